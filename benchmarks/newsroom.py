"""Generated news coverage with ground truth for every span, speaker, cluster and difference.

The end-to-end benchmark (:mod:`benchmarks.bench_news`) runs extraction and clustering on these
articles and scores every stage against what the generator wrote. The model:

- A *story* has an invented place, an organisation and two people (one "she", one "he"), and a
  handful of *statements*: what a person said aloud, what the organisation put out in a
  statement, what a person posted. Some statements open with the same 8–12 words as an earlier
  one of the story and then say something else, and many hold stock phrases ("thoughts and
  prayers", "at the end of the day"): distractors that share words but not a statement.
- Coverage is skewed the way real coverage is: the first story is covered by ``lead_share`` of
  all articles and nearly every one of them quotes its first statement, so at 5,000 articles one
  statement is printed in over two thousand versions; the other stories and statements follow a
  Zipf tail.
- Each article is one outlet's (:mod:`benchmarks.outlets`) piece on one story: a headline, a
  dateline lead, three to six of the story's statements, quotes said to this outlet alone
  (statements with one version), narration with apostrophes and stray marks, a scare quote now
  and then. The outlet's house style decides spelling, marks, apostrophes, dashes, splits around
  the attribution, partial quotes and excerpts, embedded posts and its copy desk's changes.
- Attribution follows the mix counted on real news (see :data:`benchmarks.articles.PATTERNS`):
  named speakers, statements as subject, unattributed continuation paragraphs, pronouns,
  descriptions ("the 41-year-old said", "the council said in a statement") and embedded posts.

The ground truth of each quote (:class:`benchmarks.articles.ExpectedQuote`): its text (parts
joined by one space, marks excluded), spans into the article, speaker (as the article names them
most fully), kind, attribution pattern, the statement it prints (its true cluster), its role
(``full``, or ``fragment`` for excerpts and partial quotes) and its differences from the
statement's words. A split quote's first part ends in a comma where the statement had a full
stop, and a quote followed by its attribution does too: news writes them so, and the truth
records them as ``split`` and ``comma`` differences.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import attrs

from . import vocab
from .articles import (
    _APOSTROPHE_LINES,
    _DAYS,
    _STRAY_LINES,
    Article,
    Difference,
    ExpectedQuote,
    _Builder,
    _cap,
    _Person,
)
from .generate import Statement, fragment_window, make_statement
from .outlets import MARKS, Outlet, copy_edit, house_style, make_outlets

__all__ = ["NewsCorpus", "Said", "generate_news"]

MEDIA = ("spoken", "statement", "post")
_NAMES = frozenset(vocab.FIRST_NAMES_F + vocab.FIRST_NAMES_M)
# A speaker's surname never appears in narration lines ("O’Neill’s bar").
_SURNAMES = tuple(s for s in vocab.SURNAMES if not any(s in line for line in _APOSTROPHE_LINES))


@attrs.frozen
class Said:
    """One statement as its speaker made it.

    Attributes:
        statement: its words (the base every printed version departs from) and where its
            stock phrases and shared opening sit.
        speaker: the person's full name, or the organisation's name.
        medium: ``spoken`` (a person, aloud), ``statement`` (the organisation, in writing) or
            ``post`` (a person, on social media).
        story: the index of its story.
        handle: the poster's handle for posts, "" otherwise.
    """

    statement: Statement
    speaker: str
    medium: str
    story: int
    handle: str = ""

    @property
    def text(self) -> str:
        return self.statement.text


@attrs.frozen
class NewsCorpus:
    """Generated articles from several outlets and the statements they quote.

    ``ExpectedQuote.statement`` indexes ``statements``; ``Article.outlet`` names one of
    ``outlets``.
    """

    articles: tuple[Article, ...]
    outlets: tuple[Outlet, ...]
    statements: tuple[Said, ...]


@attrs.frozen
class _Story:
    place: str
    org: str
    org_role: str
    people: tuple[_Person, ...]
    statements: tuple[int, ...]  # into the corpus's statements, most quoted first


# --------------------------------------------------------------------------- stories


def _handle(p: _Person) -> str:
    return (p.first + p.last).replace("’", "").replace("-", "").lower()


def _said(rng: random.Random, speaker: str, medium: str, story: int, taken: Sequence[str],
          *, prefix: Sequence[str] = (), handle: str = "") -> Said:
    """A fresh statement whose words name none of the story's people (one antecedent each)."""
    for _ in range(30):
        if medium == "post":
            text = " ".join(vocab.sentence(rng, uk=rng.random() < 0.5)
                            for _ in range(rng.choice((1, 2))))
            if len(text) > 270:
                continue
            stmt = Statement(text, frozenset())
        else:
            stmt = make_statement(rng, prefix=prefix)
        if not any(last in stmt.text for last in taken):
            break
    return Said(stmt, speaker, medium, story, handle)


def _make_story(rng: random.Random, index: int, said: list[Said]) -> _Story:
    """A story's cast and statements, appended to ``said``; shared openings marked on both."""
    place = vocab.place_name(rng)
    org_kind, org_role = rng.choice(vocab.ORG_KINDS)
    lasts = rng.sample(_SURNAMES, 2)
    ages = rng.sample(range(24, 71), 2)
    people = (
        _Person(rng.choice(vocab.FIRST_NAMES_F), lasts[0], "she", rng.choice(vocab.TITLES),
                ages[0]),
        _Person(rng.choice(vocab.FIRST_NAMES_M), lasts[1], "he", rng.choice(vocab.TITLES),
                ages[1]),
    )
    org = f"{place} {org_kind}"
    ids: list[int] = []
    for _ in range(rng.randint(3, 7)):
        medium = rng.choices(MEDIA, weights=(50, 40, 10))[0]
        person = rng.choice(people)
        speaker = org if medium == "statement" else person.full
        prefix: list[str] = []
        spoken = [i for i in ids if said[i].medium != "post"]
        if medium != "post" and spoken and rng.random() < 0.3:
            other = rng.choice(spoken)
            words = said[other].text.split()
            k = rng.randint(8, 12)
            if len(words) >= k + 6:
                prefix = words[:k]
                prefix[-1] = prefix[-1].rstrip(".,;:!?")
                if said[other].statement.shared_prefix < k:
                    said[other] = attrs.evolve(
                        said[other], statement=attrs.evolve(said[other].statement,
                                                            shared_prefix=k))
        ids.append(len(said))
        said.append(_said(rng, speaker, medium, index, lasts, prefix=prefix,
                          handle=_handle(person) if medium == "post" else ""))
    return _Story(place, org, org_role, people, tuple(ids))


# --------------------------------------------------------------------------- articles


class _Desk:
    """Writes one outlet's article about one story, recording the truth as it goes."""

    def __init__(self, rng: random.Random, outlet: Outlet, story: _Story,
                 said: list[Said]) -> None:
        self.rng = rng
        self.outlet = outlet
        self.story = story
        self.said = said
        self.open, self.close = MARKS[outlet.marks][:2]
        self.b = _Builder()
        self.quotes: list[ExpectedQuote] = []
        self.introduced: set[str] = set()
        self.aged: set[str] = set()
        self.last_named: _Person | None = None
        self.person_of = {p.full: p for p in story.people}

    # -- words ---------------------------------------------------------------

    def _styled(self, text: str) -> str:
        """Narration in the outlet's spelling and apostrophes."""
        return house_style(self.outlet, text)[0]

    def _sentence(self) -> str:
        """A narration sentence that names no one: every pronoun and description in the
        article then has exactly one fitting antecedent, the story's people."""
        for _ in range(50):
            s = vocab.sentence(self.rng, uk=self.outlet.spelling == "uk")
            if not _NAMES & set(s.split()):
                break
        return self._styled(s)

    def _name(self, p: _Person) -> str:
        """Title and full name (or full name and age) first, then the surname."""
        self.last_named = p
        if p.full in self.introduced:
            return p.last
        self.introduced.add(p.full)
        r = self.rng.random()
        if r < 0.45:
            return f"{p.title} {p.full}"
        if r < 0.75:
            self.aged.add(p.full)
            return f"{p.full}, {p.age},"
        return p.full

    def _record(self, spans: list[tuple[int, int]], sid: int, kind: str, pattern: str | None,
                role: str, diffs: Sequence[Difference]) -> None:
        full = self.b.text()
        text = " ".join(full[s:e] for s, e in spans)
        self.quotes.append(ExpectedQuote(text, tuple(spans), self.said[sid].speaker, kind,
                                         pattern, sid, role, tuple(diffs)))

    def _open_part(self, text: str) -> tuple[int, int]:
        self.b.add(self.open)
        return self.b.part(text)

    # -- paragraphs ----------------------------------------------------------

    def headline_and_lead(self) -> None:
        st, p = self.story, self.story.people[0]
        nouns = self.rng.sample(vocab.NOUNS, 2)
        self.b.add(f"{st.place} {nouns[0]} plan faces {self.rng.choice(vocab.ADJECTIVES)} "
                   f"{nouns[1]} test\n\n{st.place.upper()} {self.outlet.dash} ")
        self.introduced.add(p.full)
        self.last_named = p
        self.b.add(self._styled(
            f"The {st.org} has {self.rng.choice(vocab.VERBS)[1]} plans for the {nouns[0]} "
            f"after months of pressure from residents, {p.title} {p.full} confirmed on "
            f"{self.rng.choice(_DAYS)}."))

    def narration(self) -> None:
        nouns = self.rng.sample(vocab.NOUNS, 2)
        line = self.rng.choice(_APOSTROPHE_LINES).format(
            day=self.rng.choice(_DAYS), noun=nouns[0], noun2=nouns[1],
            adj=self.rng.choice(vocab.ADJECTIVES))
        lines = [line]
        if self.rng.random() < 0.1:
            lines.append(self.rng.choice(_STRAY_LINES).format(noun=nouns[1]))
        lines.append(self._sentence().replace("We ", "Officials ", 1))
        if self.rng.random() < 0.15:
            lines.append(f"Critics say the so-called {self.open}{nouns[1]}{self.close} has "
                         f"cost {self.story.place} more than it saved.")
        self.b.add(self._styled(" ".join(lines[:1])) + " " + " ".join(lines[1:]))

    def quote(self, sid: int) -> None:
        """Print statement ``sid`` the way this outlet would, then maybe a continuation."""
        said, o, r = self.said[sid], self.outlet, self.rng.random()
        if said.medium == "post" and o.embeds_posts:
            self._post(sid)
        elif said.medium != "statement" and r < o.partial_rate:
            self._partial(sid)
        else:
            self._direct(sid, excerpt=r < o.partial_rate + o.excerpt_rate)

    def _version(self, sid: int, window: tuple[int, int] | None
                 ) -> tuple[str, list[Difference]]:
        base = self.said[sid].text
        if window is not None:
            base = " ".join(base.split()[window[0]:window[1]])
        text, style = house_style(self.outlet, base)
        diffs = list(style)
        if window is None:
            text, edits = copy_edit(self.rng, self.outlet, text)
            diffs += edits
        return text, diffs

    def _post(self, sid: int) -> None:
        said = self.said[sid]
        p = self.person_of[said.speaker]
        text, diffs = house_style(self.outlet, said.text)
        span = self.b.part(text)
        if self.rng.random() < 0.4:
            code = "".join(self.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGH23456789")
                           for _ in range(10))
            self.b.add(f" pic.twitter.com/{code}")
        self.b.add(f" — {p.full} (@{said.handle}) {self.rng.choice(vocab.MONTHS)} "
                   f"{self.rng.randint(1, 28)}, {self.rng.randint(2019, 2025)}")
        self._record([span], sid, "tweet", "embedded", "full", diffs)

    def _partial(self, sid: int) -> None:
        said = self.said[sid]
        window = fragment_window(self.rng, said.statement)
        if window is None:
            self._direct(sid, excerpt=False)
            return
        text, diffs = self._version(sid, window)
        text = text.rstrip(".,;:!?")
        p = self.person_of[said.speaker]
        lead = self.rng.choice(("said it was time", "warned that", "described it as",
                                "insisted that"))
        self.b.add(f"{_cap(self._name(p))} {lead} {self.open}")
        span = self.b.part(text)
        self.b.add(f"{self.close} {self.rng.choice(vocab.TIMES)}.")
        self._record([span], sid, "partial", None, "fragment", diffs)

    def _pattern(self, said: Said) -> str:
        """An attribution pattern that fits the speaker, in real news's proportions."""
        if said.medium == "statement":
            return self.rng.choices(("statement", "description", "in_full", "name"),
                                    weights=(35, 25, 25, 15))[0]
        p = self.person_of[said.speaker]
        options = [("name", 40.0)]
        if self.last_named is p:
            options.append(("pronoun", 110.0))
        if p.full in self.aged:
            options.append(("description", 30.0))
        return self.rng.choices([k for k, _ in options], weights=[w for _, w in options])[0]

    def _direct(self, sid: int, *, excerpt: bool) -> None:
        said = self.said[sid]
        window = fragment_window(self.rng, said.statement) if excerpt else None
        text, diffs = self._version(sid, window)
        role = "full" if window is None else "fragment"
        pattern = self._pattern(said)
        if said.medium == "statement":
            self._organisation(sid, text, diffs, role, pattern)
            return
        p = self.person_of[said.speaker]
        cut = self._split_point(text)
        if pattern == "name" and self.rng.random() < 0.3:
            verb = "wrote on social media" if said.medium == "post" else "told reporters"
            self.b.add(f"{_cap(self._name(p))} {verb}: ")
            span = self._open_part(text)
            self.b.add(self.close)
            self._record([span], sid, "direct", pattern, role, diffs)
        elif cut is not None and self.rng.random() < self.outlet.split_rate:
            first = self._open_part(_comma(text[:cut]))
            self.b.add(f"{self.close} {self._attribution(p, pattern, said)}.")
            # The rest in the same paragraph, or carried on as the next one.
            self.b.add(" " if self.rng.random() < 0.5 else "\n\n")
            second = self._open_part(text[cut + 1:])
            self.b.add(self.close)
            self._record([first, second], sid, "direct", pattern, role,
                         [*diffs, Difference("split", None)])
        else:
            span = self._open_part(_comma(text))
            self.b.add(f"{self.close} {self._attribution(p, pattern, said)}.")
            self._record([span], sid, "direct", pattern, role, _comma_diffs(text, diffs))
        self._continuation(said)

    def _attribution(self, p: _Person, pattern: str, said: Said) -> str:
        verb = "wrote" if said.medium == "post" else self.rng.choice(
            ("said", "said", "said", "added", "insisted", "admitted"))
        if pattern == "pronoun":
            self.last_named = p
            return f"{p.pronoun} {verb}"
        if pattern == "description":
            self.last_named = p
            return f"the {p.age}-year-old {verb}"
        name = self._name(p)
        if self.rng.random() < 0.5:
            return f"{name} {verb}"
        return f"{verb} {name.rstrip(',')}"

    def _organisation(self, sid: int, text: str, diffs: list[Difference], role: str,
                      pattern: str) -> None:
        st = self.story
        day = self.rng.choice(_DAYS)
        comma = _comma_diffs(text, diffs)
        if pattern == "statement":
            self.b.add(f"The {st.org} issued a statement on {day}.\n\n")
            span = self._open_part(_comma(text))
            self.b.add(f"{self.close} the statement read.")
            self._record([span], sid, "direct", pattern, role, comma)
        elif pattern == "description":
            span = self._open_part(_comma(text))
            self.b.add(f"{self.close} {st.org_role} said in a statement.")
            self._record([span], sid, "direct", pattern, role, comma)
        elif pattern == "in_full":
            self.b.add(self._styled(f"The {st.org}’s statement in full:") + "\n\n")
            cut = self._split_point(text)
            if cut is None:
                spans = [self._open_part(text)]
            else:  # a paragraph a sentence, each closed: one quote in two parts
                spans = [self._open_part(text[:cut])]
                self.b.add(f"{self.close}\n\n")
                spans.append(self._open_part(text[cut + 1:]))
            self.b.add(self.close)
            self._record(spans, sid, "direct", "none", role, diffs)
        else:
            span = self._open_part(_comma(text))
            self.b.add(f"{self.close} the {st.org} said.")
            self._record([span], sid, "direct", pattern, role, comma)

    def _continuation(self, said: Said) -> None:
        """Sometimes a next paragraph adds words said to this outlet, with their own clause.

        (Unattributed, the paragraph would be a second part of the quote before
        it, which is one statement printed by every outlet: its own clause keeps
        the one-off words a quote of their own.)
        """
        if self.rng.random() >= 0.2:
            return
        one_off = _said(self.rng, said.speaker, "spoken", said.story,
                        [p.last for p in self.story.people])
        self.said.append(one_off)
        sid = len(self.said) - 1
        text, diffs = self._version(sid, None)
        self.b.add("\n\n")
        span = self._open_part(_comma(text))
        p = self.person_of[said.speaker]
        self.last_named = p
        self.b.add(f"{self.close} {p.pronoun} added.")
        self._record([span], sid, "direct", "pronoun", "full", _comma_diffs(text, diffs))

    @staticmethod
    def _split_point(text: str) -> int | None:
        """Where a two-sentence quote can be split: the space after its first full stop."""
        words = text.split(" ")
        pos = 0
        for i, w in enumerate(words[:-3]):
            pos += len(w)
            if i >= 3 and w.endswith(".") and not w.endswith("..."):
                return pos
            pos += 1
        return None


def _comma(text: str) -> str:
    """The quote as printed before its attribution: a final full stop becomes a comma, and a
    quote ending on a word gains one (“…,” she said)."""
    if text.endswith("."):
        return text[:-1] + ","
    return text + "," if text[-1:].isalnum() else text


def _comma_diffs(text: str, diffs: Sequence[Difference]) -> list[Difference]:
    """``diffs`` and, when ``_comma`` changes ``text``, the comma it adds."""
    return [*diffs, Difference("comma", None)] if _comma(text) != text else list(diffs)


# --------------------------------------------------------------------------- corpus


def _story_weights(n: int, lead_share: float) -> list[float]:
    tail = [1.0 / (i + 1) for i in range(1, n)]
    total = sum(tail) or 1.0
    return [lead_share] + [(1 - lead_share) * w / total for w in tail]


def generate_news(n_articles: int, *, seed: int = 0, lead_share: float = 0.45,
                  outlets: int = 8) -> NewsCorpus:
    """``n_articles`` articles by ``outlets`` invented outlets, with their ground truth.

    >>> news = generate_news(6, seed=1)
    >>> len(news.articles), all(q.statement is not None for a in news.articles for q in a.quotes)
    (6, True)
    """
    rng = random.Random(seed)
    desks = make_outlets(rng, outlets)
    said: list[Said] = []
    stories = [_make_story(rng, i, said) for i in range(max(4, n_articles // 25))]
    weights = _story_weights(len(stories), lead_share)
    articles = []
    for i in range(n_articles):
        story = rng.choices(stories, weights)[0]
        outlet = rng.choice(desks)
        desk = _Desk(rng, outlet, story, said)
        desk.headline_and_lead()
        chosen = _pick_statements(rng, story)
        for sid in chosen:
            desk.b.add("\n\n")
            if rng.random() < 0.8:
                desk.narration()
                desk.b.add("\n\n")
            desk.quote(sid)
        for _ in range(rng.choice((1, 2))):
            desk.b.add("\n\n")
            desk.narration()
        articles.append(Article(f"n{i}", desk.b.text(), tuple(desk.quotes), outlet.marks,
                                outlet.name))
    return NewsCorpus(tuple(articles), desks, tuple(said))


def _pick_statements(rng: random.Random, story: _Story) -> list[int]:
    """Three to six of the story's statements; the first (the one everyone quotes) most often."""
    ids = list(story.statements)
    k = min(len(ids), rng.randint(3, 6))
    picked = [ids[0]] if rng.random() < 0.9 else []
    rest = ids[1:] if picked else ids
    weights = [1.0 / (j + 1) ** 1.2 for j in range(len(rest))]
    while len(picked) < k and rest:
        j = rng.choices(range(len(rest)), weights)[0]
        picked.append(rest.pop(j))
        weights.pop(j)
    rng.shuffle(picked)
    return picked
