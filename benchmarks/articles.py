"""A seeded generator of ~3 KB news-article-shaped texts with their ground-truth quotes.

Everything is invented: people, outlets, places and what they say. Each
article mixes the quoting styles quotematch must handle — direct quotes with
the attribution after them (``“…,” Ruiz said.``), split quotes, quotes that
run over several paragraphs, colon quotes, partial quotes inside the
reporter's sentence, embedded posts signed ``— Name (@handle) Month D, YYYY``,
nested quotes, editorial brackets and ellipses — with apostrophes (don't,
O’Neill, the players’ union, ’90s, rock ’n’ roll) and a few stray marks. The
quote style is per article: curly double marks, straight double marks, or
British single marks.

The ground truth lists, per article, each quote's text (parts joined by one
space, marks excluded), spans, speaker and kind. Scare quotes are in the text
but not in the truth: they are not statements.
"""

from __future__ import annotations

import itertools
import random

import attrs

from . import vocab

__all__ = [
    "PATTERNS", "Article", "Difference", "ExpectedQuote", "generate_articles", "part_patterns"
]

PATTERNS = ("name", "statement", "none", "pronoun", "description", "embedded")
"""How a direct quote or post is attributed, as counted on real news:

``name`` the speaker named in the quote's clause (“…,” Ruiz said); ``statement`` the statement as
subject (“…,” the statement read; its statement continued); ``none`` nothing in the quote's
paragraph (a statement printed in full after an introducing sentence: one quote, a part per
paragraph); ``pronoun`` (“…,” she added); ``description`` (“…,” the 41-year-old said; the
club said); ``embedded`` an embedded post's signature.
"""


@attrs.frozen
class Difference:
    """One way a printed quote departs from the words its speaker said.

    Attributes:
        op: the generator's change (``typo``, ``spelling_locale``, ``negation``, ``split``...).
        category: the variant category quotematch should report for it (a misquote has one
            too, and is also scored as a meaning flag), or None for news's own commas.
        feature: for house-style changes that every quote of an outlet carries, what the
            outlet chose (``spelling``, ``apostrophe``, ``dash``); None for one-off changes.
        value: the outlet's choice for ``feature`` (``us``, ``’``, ``–``), "" otherwise.
        before: the words the change replaced ("" for an insertion or a comma).
        after: the words it printed instead ("" for an omission); where one change touched
            several places (every locale word of a quote), their words in order.
    """

    op: str
    category: str | None
    feature: str | None = None
    value: str = ""
    before: str = ""
    after: str = ""


@attrs.frozen
class ExpectedQuote:
    """One quote an extractor should find."""

    text: str
    spans: tuple[tuple[int, int], ...]
    speaker: str | None
    kind: str
    pattern: str | None = None
    """How the article attributes it (see ``PATTERNS``); None for partial quotes."""
    statement: int | None = None
    """The statement it prints (its true cluster), when the generator knows one."""
    role: str = "full"
    """``full`` for the whole statement, ``fragment`` for an excerpt or partial quote."""
    differences: tuple[Difference, ...] = ()
    """How the printed words depart from the statement's (see ``Difference``)."""


def part_patterns(text: str, quote: ExpectedQuote) -> list[str]:
    """The attribution pattern of each paragraph ``quote`` is printed over, in order.

    Real news was counted by paragraph: a statement carried on into the next
    paragraph is one quote, but that paragraph has no attribution of its own
    (``none``). Partial quotes have no pattern, so no entries.
    """
    if quote.pattern is None:
        return []
    found = [quote.pattern]
    for (_, end), (start, _) in itertools.pairwise(quote.spans):
        if "\n" in text[end:start]:
            found.append("none")
    return found


@attrs.frozen
class Article:
    """One generated article and the quotes in it."""

    id: str
    text: str
    quotes: tuple[ExpectedQuote, ...]
    style: str
    outlet: str | None = None


@attrs.define
class _Person:
    first: str
    last: str
    pronoun: str
    title: str
    age: int = 0

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


_STYLES = {"curly": ("“", "”", "‘", "’"), "straight": ('"', '"', "'", "'"),
           "british": ("‘", "’", "“", "”")}
_APOSTROPHE_LINES = (
    "The players’ union did not respond on {day}.",
    "It was the town’s worst week since the ’90s, when the {noun} last closed.",
    "Fans of rock ’n’ roll queued outside O’Neill’s bar on {day}.",
    "The shop’s Spring 24’ range sold out within an hour.",
    "Residents didn’t expect the {noun} to reopen before the {noun2} did.",
    "The council’s own figures, published on {day}, show the {noun} is {adj}.",
)
_STRAY_LINES = (
    'The band released a 12" single about the {noun} in the ’90s.',
    "Its goalkeeper, who stands 6'4\", had warned about the {noun} for months.",
)
_DAYS = vocab.words_of("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
_CUES_END = ("said", "said", "said", "added", "told reporters", "insisted", "admitted")


def _cap(text: str) -> str:
    """Upper-case the first letter, for a name with a job title opening a sentence."""
    return text[:1].upper() + text[1:]


class _Builder:
    """Appends text and remembers where each quoted part lands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def part(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.add(text)
        return start, self.pos

    def text(self) -> str:
        return "".join(self.parts)


class _Writer:
    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.open, self.close, self.inner_open, self.inner_close = _STYLES[style]
        self.style = style
        self.uk = rng.random() < 0.5
        self.b = _Builder()
        self.quotes: list[ExpectedQuote] = []
        firsts = rng.sample(vocab.FIRST_NAMES_F, 2) + rng.sample(vocab.FIRST_NAMES_M, 2)
        lasts = rng.sample(vocab.SURNAMES, 4)
        ages = rng.sample(range(24, 71), 4)
        self.people = [
            _Person(f, s, "she" if i < 2 else "he", rng.choice(vocab.TITLES), ages[i])
            for i, (f, s) in enumerate(zip(firsts, lasts, strict=True))
        ]
        rng.shuffle(self.people)
        self.people = self.people[:3]
        self.place = vocab.place_name(rng)
        org_kind, self.org_role = rng.choice(vocab.ORG_KINDS)
        self.org = f"{self.place} {org_kind}"
        self.introduced: set[str] = set()
        self.last_named: _Person | None = None
        self.org_named = False
        self.aged: set[str] = set()  # people introduced with their age ("Ruiz, 41,")

    # -- words ---------------------------------------------------------------

    def _sentence(self) -> str:
        # Names inside sentences must not share a surname with the article's speakers, or
        # "Baines said" would have two fitting antecedents.
        taken = {p.last for p in self.people}
        for _ in range(20):
            s = vocab.sentence(self.rng, uk=self.uk)
            if not any(last in s for last in taken):
                break
        if self.style == "straight":
            s = s.replace("’", "'")
        return s

    def _statement(self, sentences: int = 1) -> str:
        text = " ".join(self._sentence() for _ in range(sentences))
        r = self.rng.random()
        words = text.split(" ")
        if r < 0.08 and len(words) > 8:
            i = self.rng.randrange(2, len(words) - 3)
            words[i : i + 2] = ["…" if self.rng.random() < 0.5 else "..."]
        elif r < 0.16:
            i = self.rng.randrange(1, len(words) - 1)
            words[i] = f"[the {self.rng.choice(vocab.NOUNS)}]"
        return " ".join(words)

    def _fill(self, template: str) -> str:
        nouns = self.rng.sample(vocab.NOUNS, 2)
        return template.format(day=self.rng.choice(_DAYS), noun=nouns[0], noun2=nouns[1],
                               adj=self.rng.choice(vocab.ADJECTIVES))

    def _name(self, p: _Person) -> str:
        """How the article names ``p`` now: title and full name first, surname later."""
        self.last_named = p
        if p.full not in self.introduced:
            self.introduced.add(p.full)
            if self.rng.random() < 0.5:
                return f"{p.title} {p.full}"
            if self.rng.random() < 0.5:
                self.aged.add(p.full)
                return f"{p.full}, {p.age},"
            return p.full
        return p.last

    @staticmethod
    def _comma(sentence: str) -> str:
        return sentence[:-1] + "," if sentence.endswith(".") else sentence

    def _record(self, spans: list[tuple[int, int]], speaker: str | None, kind: str,
                pattern: str | None = None) -> None:
        full = self.b.text()
        text = " ".join(full[start:end] for start, end in spans)
        self.quotes.append(ExpectedQuote(text, tuple(spans), speaker, kind,
                                         pattern if kind != "partial" else None))

    # -- paragraphs ----------------------------------------------------------

    def lead(self) -> None:
        p = self.people[0]
        self.b.add(f"{self.place.upper()} — ")
        self.last_named = p
        self.introduced.add(p.full)
        nouns = self.rng.sample(vocab.NOUNS, 2)
        self.b.add(
            f"The {self.org} has {self.rng.choice(vocab.VERBS)[1]} plans for the "
            f"{nouns[0]} after months of pressure from residents, {p.title} {p.full} "
            f"confirmed on {self.rng.choice(_DAYS)}. The {nouns[1]} will stay "
            f"{self.rng.choice(vocab.ADJECTIVES)} {self.rng.choice(vocab.TIMES)}."
        )
        self.org_named = True

    def narration(self) -> None:
        lines = [self._fill(self.rng.choice(_APOSTROPHE_LINES))]
        if self.rng.random() < 0.15:
            stray = self._fill(self.rng.choice(_STRAY_LINES))
            lines.append(stray)
        lines.append(self._sentence().replace("We ", "Officials ", 1))
        if self.style == "straight":
            lines = [ln.replace("’", "'") for ln in lines]
        self.b.add(" ".join(lines))

    def _end_attribution(self) -> tuple[str, str, str]:
        """An attribution after a quote, the speaker it names and its pattern."""
        r = self.rng.random()
        last = self.last_named
        if last is not None and r < 0.2:
            return f"{last.pronoun} {self.rng.choice(_CUES_END)}.", last.full, "pronoun"
        if self.org_named and r < 0.32:
            return f"{self.org_role} said in a statement.", self.org, "description"
        aged = [p for p in self.people if p.full in self.aged]
        if aged and r < 0.5:
            p = self.rng.choice(aged)
            self.last_named = p
            return f"the {p.age}-year-old {self.rng.choice(_CUES_END)}.", p.full, "description"
        p = self.rng.choice(self.people)
        name = self._name(p)
        if self.rng.random() < 0.5:
            return f"{name} {self.rng.choice(_CUES_END)}.", p.full, "name"
        return f"said {name.rstrip(',')}.", p.full, "name"

    def direct(self) -> None:
        span = self._open_part(self._comma(self._statement(self.rng.choice((1, 1, 2)))))
        self.b.add(self.close + " ")
        attribution, speaker, pattern = self._end_attribution()
        self.b.add(attribution)
        spans = [span]
        if self.rng.random() < 0.35:  # the next paragraph carries on: one quote, two parts
            self.b.add("\n\n")
            spans.append(self._open_part(self._statement(self.rng.choice((1, 2)))))
            self.b.add(self.close)
        self._record(spans, speaker, "direct", pattern)

    def statement(self) -> None:
        """The organisation's statement, introduced once, then quoted as the subject."""
        self.org_named = True
        day = self.rng.choice(_DAYS)
        if self.rng.random() < 0.5:
            self.b.add(f"The {self.org} issued a statement on {day}.\n\n")
            first = self._open_part(self._comma(self._statement()))
            self.b.add(f"{self.close} the statement read.")
        else:
            self.b.add(f"In a statement released on {day}, {self.org_role} apologised. ")
            first = self._open_part(self._comma(self._statement()))
            self.b.add(f"{self.close} its statement continued.")
        self._record([first], self.org, "direct", "statement")
        if self.rng.random() < 0.5:
            self.b.add("\n\n")
            more = self._open_part(self._comma(self._statement()))
            self.b.add(f"{self.close} it added.")
            self._record([more], self.org, "direct", "pronoun")

    def in_full(self) -> None:
        """A statement printed in full: an introducing sentence, then one quote a paragraph."""
        if self.rng.random() < 0.5:
            self.org_named = True
            self.b.add(f"The {self.org}’s statement in full:")
            speaker = self.org
        else:
            p = self.rng.choice(self.people)
            self.b.add(f"{_cap(self._name(p))} later released a statement that read:")
            speaker = p.full
        spans = []
        for _ in range(self.rng.choice((2, 3))):  # one quote, a part per paragraph
            self.b.add("\n\n")
            spans.append(self._open_part(self._statement(self.rng.choice((1, 2)))))
            self.b.add(self.close)
        self._record(spans, speaker, "direct", "none")

    def pronoun_first(self) -> None:
        """A pronoun before the quote: She continued, “…”"""
        p = self.last_named or self.people[0]
        self.last_named = p
        self.b.add(f"{p.pronoun.capitalize()} {self.rng.choice(('continued', 'added'))}, ")
        span = self._open_part(self._statement())
        self.b.add(self.close)
        self._record([span], p.full, "direct", "pronoun")

    def _open_part(self, text: str) -> tuple[int, int]:
        self.b.add(self.open)
        return self.b.part(text)

    def split(self) -> None:
        first = self._open_part(self._comma(self._statement()))
        self.b.add(self.close + " ")
        p = self.rng.choice(self.people)
        name = self._name(p)
        if self.rng.random() < 0.5:
            self.b.add(f"{name} said. ")
            second = self._open_part(self._statement())
        else:
            self.b.add(f"said {name.rstrip(',')}, ")
            rest = self._statement()
            second = self._open_part("and " + vocab.lower_first(rest))
        self.b.add(self.close)
        self._record([first, second], p.full, "direct", "name")

    def multi_paragraph(self) -> None:
        p = self.rng.choice(self.people)
        name = self._name(p)
        spans = []
        if self.rng.random() < 0.5:
            self.b.add(f"{_cap(name)} said: ")
            spans.append(self._open_part(self._statement(2)))
        else:
            spans.append(self._open_part(self._comma(self._statement())))
            self.b.add(f"{self.close} {name} said. ")
            spans.append(self._open_part(self._statement()))
        for _ in range(self.rng.choice((1, 1, 2))):
            self.b.add("\n\n")
            spans.append(self._open_part(self._statement(self.rng.choice((1, 2)))))
        self.b.add(self.close)
        self._record(spans, p.full, "direct", "name")

    def colon(self) -> None:
        if self.org_named and self.rng.random() < 0.4:
            self.b.add(f"In a statement, {self.org_role} wrote: ")
            speaker, pattern = self.org, "description"
        else:
            p = self.rng.choice(self.people)
            self.b.add(f"{_cap(self._name(p))} told reporters: ")
            speaker, pattern = p.full, "name"
        span = self._open_part(self._statement())
        self.b.add(self.close)
        self._record([span], speaker, "direct", pattern)

    def partial(self) -> None:
        p = self.rng.choice(self.people)
        nouns = self.rng.sample(vocab.NOUNS, 2)
        adjs = self.rng.sample(vocab.ADJECTIVES, 2)
        self.b.add(f"{_cap(self._name(p))} described the {nouns[0]} as {self.open}")
        span = self.b.part(f"a {adjs[0]} and {adjs[1]} {nouns[1]}")
        self.b.add(f"{self.close} and called for a review {self.rng.choice(vocab.TIMES)}.")
        self._record([span], p.full, "partial")

    def scare(self) -> None:
        noun = self.rng.choice(vocab.NOUNS)
        self.b.add(f"Critics say the so-called {self.open}{noun}{self.close} has cost "
                   f"{self.place} more than it saved.")

    def nested(self) -> None:
        p = self.rng.choice(self.people)
        other = self.rng.choice([q for q in self.people if q is not p] or [p])
        inner = self._sentence().rstrip(".")
        inner = inner[0].lower() + inner[1:]
        self.b.add(self.open)
        span = self.b.part(
            f"{other.first} told me {self.inner_open}{inner}{self.inner_close} and left,")
        self.b.add(f"{self.close} {self._name(p)} said.")
        self._record([span], p.full, "direct", "name")

    def tweet(self) -> None:
        p = self.rng.choice(self.people)
        span = self.b.part(self._sentence())
        if self.rng.random() < 0.5:
            code = "".join(self.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789")
                           for _ in range(10))
            self.b.add(f" pic.twitter.com/{code}")
        handle = (p.first + p.last).replace("’", "").replace("-", "").lower()
        year = self.rng.randint(2019, 2025)
        self.b.add(f" — {p.full} (@{handle}) {self.rng.choice(vocab.MONTHS)} "
                   f"{self.rng.randint(1, 28)}, {year}")
        self._record([span], p.full, "tweet", "embedded")


# Paragraph kinds and weights. The mix of attribution patterns over direct quotes and posts
# comes out near the one counted on real news (about a fifth each named, statement-as-subject
# and unattributed, then pronouns, descriptions and embedded posts); see ``PATTERNS``.
_PARAGRAPHS = (
    ("narration", 18), ("direct", 18), ("split", 4), ("multi_paragraph", 3), ("colon", 4),
    ("partial", 8), ("scare", 4), ("nested", 2), ("tweet", 4), ("statement", 14),
    ("in_full", 4), ("pronoun_first", 2),
)


def generate_article(rng: random.Random, article_id: str, *, target_chars: int = 3000) -> Article:
    """One invented article of about ``target_chars`` characters, with its quotes."""
    style = rng.choices(("curly", "straight", "british"), weights=(60, 25, 15))[0]
    w = _Writer(rng, style)
    nouns = rng.sample(vocab.NOUNS, 2)
    w.b.add(f"{w.place} {nouns[0]} plan faces {rng.choice(vocab.ADJECTIVES)} {nouns[1]} test\n\n")
    w.lead()
    names = [n for n, _ in _PARAGRAPHS]
    weights = [k for _, k in _PARAGRAPHS]
    while w.b.pos < target_chars - 150:
        w.b.add("\n\n")
        getattr(w, rng.choices(names, weights)[0])()
    return Article(article_id, w.b.text(), tuple(w.quotes), style)


def generate_articles(n: int, *, seed: int = 0, target_chars: int = 3000) -> list[Article]:
    """``n`` invented articles with their ground-truth quotes, the same for the same seed.

    >>> arts = generate_articles(2, seed=1)
    >>> all(a.text[s:e] in q.text for a in arts for q in a.quotes for s, e in q.spans)
    True
    """
    rng = random.Random(seed)
    return [generate_article(rng, f"a{i}", target_chars=target_chars) for i in range(n)]
