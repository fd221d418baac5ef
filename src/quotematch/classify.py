"""What kind of difference a variant is, and whether it can change what was said.

:mod:`quotematch.align` finds *where* a member's wording departs from the
canonical passage; this module names each difference:

- :func:`word_category` and :func:`mark_category` classify one printed word
  or the marks between two words;
- :func:`phrase_category` names a whole changed phrase (several differing
  words and marks with no agreeing word between them) from its parts, and
  tells spelling forms (``co-operate``/``cooperate``, ``f***``) and
  reorderings (``should have not``/``should not have``) apart;
- :func:`meaning_changes` flags the changes an editor must see first: a
  negation added or dropped, a changed number, amount or date, a changed
  name, a changed modal verb and a change of grammatical person.

See ``docs/variants.md``.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import regex
from rapidfuzz.distance import DamerauLevenshtein

from .cues import SMALL_NUMBERS, SPEECH_FORMS, TENS
from .models import MeaningChange, VariantCategory
from .normalize import ELLIPSIS_PATTERN, comparison_words, fold_word, is_bracket_mask

__all__ = [
    "PRIORITY",
    "PRONOUNS",
    "is_editors_note",
    "is_tense_change",
    "is_typo",
    "lexemes",
    "mark_category",
    "meaning_changes",
    "phrase_category",
    "record_meaning",
    "says_the_same",
    "typography_fold",
    "word_category",
]

_ELLIPSIS = regex.compile(ELLIPSIS_PATTERN)
_WORD_HYPHENS = frozenset("-‐‑")
_SYMBOLS = regex.compile(r"[%$£€¥+=#@/°]")
_BRACKETED_ELLIPSIS = regex.compile(rf"\[\s*(?:{ELLIPSIS_PATTERN})\s*\]")
_SPACES = regex.compile(r"\s+")
_WORDS = regex.compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}\p{N}]+)*(?:[.,]\p{N}+)*")
_MASKED = regex.compile(r"\p{L}[*#@$%!_\-–]{2,}\p{L}*")
_FORM_ONLY = regex.compile(r"[\s\-‐‑–—'’ʼ.]")
_HYPHENS = regex.compile(r"[\-‐‑–—]")
_ABBREVIATION_DOTS = regex.compile(r"\p{Lu}\.\p{Lu}")  # "U.S.", "U.K."
_TYPOGRAPHY = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "ʼ": "'",
        "‚": "'",
        "′": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "―": "-",
        "‒": "-",
        "−": "-",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)

PRIORITY: tuple[VariantCategory, ...] = (
    "paraphrase",
    "editorial_bracket",
    "ellipsis",
    "reordering",
    "substitution",
    "omission",
    "insertion",
    "typo",
    "spelling_locale",
    "case",
    "punctuation",
    "typography",
)
"""The categories from the most to the least telling: a phrase's main category is the first
of its parts' categories in this order."""


@lru_cache(maxsize=1 << 14)
def typography_fold(text: str) -> str:
    """``text`` with typographic variants of marks and spaces made plain.

    >>> typography_fold("don’t — “now”…")
    'don\\'t - "now"...'
    """
    folded = unicodedata.normalize("NFKC", text.translate(_TYPOGRAPHY))
    folded = folded.replace("…", "...")
    return _SPACES.sub(" ", folded)


def is_typo(a: str, b: str) -> bool:
    """A small slip on one folded word: not for short words or numbers.

    Two number or date words are never slips of each other: ``Tuesday`` for
    ``Thursday`` or ``fifteen`` for ``fifty`` changes what was said.

    >>> is_typo("summer", "sumer"), is_typo("game", "match"), is_typo("12", "13")
    (True, False, False)
    >>> is_typo("tuesday", "thursday"), is_typo("tuesday", "tuseday")
    (False, True)

    Nor is a verb and its past tense (``agree``, ``agreed``): a change of
    tense says when, so it is a ``substitution``.

    >>> is_typo("agree", "agreed"), is_typo("planned", "plan"), is_typo("agree", "agrees")
    (False, False, True)
    """
    shorter = min(len(a), len(b))
    if shorter < 4 or any(ch.isdigit() for ch in a + b):
        return False
    if a in _NUMBER_WORDS and b in _NUMBER_WORDS:
        return False
    if is_tense_change(a, b):
        return False
    distance = DamerauLevenshtein.distance(a, b)
    if shorter <= 5:
        return distance <= 1 and a[0] == b[0]
    return distance <= 2 if shorter >= 8 else distance <= 1 or (distance == 2 and a[0] == b[0])


_EDITORS_NOTE = regex.compile(r"\[\s*(?:sic|sic\.|emphasis added|emphasis mine)\s*\]", regex.I)
"""A bracketed note an editor adds beside the speaker's words, saying nothing in their name."""


def is_editors_note(canonical: str, printed: str) -> bool:
    """Whether ``printed`` is ``canonical`` with only an editor's note added (``[sic]``).

    >>> is_editors_note("for there own", "for there [sic] own")
    True
    >>> is_editors_note("own", "[their] own")
    False
    """
    plain = _EDITORS_NOTE.sub(" ", printed)
    return plain != printed and _words(plain) == _words(canonical)


def is_tense_change(a: str, b: str) -> bool:
    """Whether two folded words are one verb in the present and the past (``agree``, ``agreed``).

    >>> is_tense_change("travelled", "travel"), is_tense_change("agree", "agrees")
    (True, False)
    """
    return _is_past_tense(a, b) or _is_past_tense(b, a)


def _is_past_tense(base: str, other: str) -> bool:
    """Whether folded ``other`` is ``base`` with a past-tense ending (``-ed``, ``-d``).

    >>> _is_past_tense("decide", "decided"), _is_past_tense("plan", "planned")
    (True, True)
    """
    if not base.isalpha():
        return False
    return other in (base + "ed", base + base[-1:] + "ed", base[:-1] + "ied") or (
        base.endswith("e") and other == base + "d"
    )


def word_category(canonical: str, printed: str) -> tuple[VariantCategory, bool]:
    """The category of one printed word against the canonical word, and whether it is minor.

    ``&`` for ``and`` is a substitution: one word printed as a sign, which
    an editor checking a quotation counts as a change of wording.

    >>> word_category("path", "Path"), word_category("apologise", "apologize")
    (('case', True), ('spelling_locale', True))
    >>> word_category("and", "&"), word_category("cannot", "can't")
    (('substitution', False), ('spelling_locale', True))
    """
    if {canonical.casefold(), printed.casefold()} == {"&", "and"}:
        return "substitution", False
    if typography_fold(canonical) == typography_fold(printed):
        return "typography", True
    if typography_fold(canonical).casefold() == typography_fold(printed).casefold():
        return "case", True
    a, b = fold_word(canonical), fold_word(printed)
    if (
        a == b
        or _is_spelling_form(canonical, printed)
        or _is_number_form(canonical, printed)
        or _is_contraction_form(canonical, printed)
    ):
        return "spelling_locale", True  # apologise, f***ing, Five for 5, can't for cannot
    if is_typo(a, b):
        return "typo", False
    return "substitution", False


def mark_category(canonical: str, printed: str) -> tuple[VariantCategory, bool]:
    """The category of differing marks between words, and whether it is minor.

    An ellipsis in brackets (``[...]``) is an ellipsis, not an editorial bracket.

    >>> mark_category(",", "."), mark_category(", and", "…"), mark_category(".", "?")
    (('punctuation', True), ('ellipsis', True), ('punctuation', False))
    >>> mark_category(" ", " [...] "), mark_category("% ", " "), mark_category("-", " ")
    (('ellipsis', True), ('substitution', False), ('spelling_locale', True))
    """
    if typography_fold(canonical).strip() == typography_fold(printed).strip():
        return "typography", True
    if _BRACKETED_ELLIPSIS.search(printed) and not _ELLIPSIS.search(canonical):
        return "ellipsis", True
    if {canonical.strip(), printed.strip()} <= {"", *_WORD_HYPHENS} and (
        canonical in _WORD_HYPHENS or printed in _WORD_HYPHENS
    ):
        # "long-term" against "long term": one word hyphenated or not.
        return "spelling_locale", True
    if _SYMBOLS.findall(canonical) != _SYMBOLS.findall(printed):
        # A sign that stands for words ("18%" against "18 per cent") is wording.
        return "substitution", False
    if "[" in printed or "]" in printed or "[" in canonical or "]" in canonical:
        return "editorial_bracket", True
    if _ELLIPSIS.search(printed) and not _ELLIPSIS.search(canonical):
        return "ellipsis", True
    questions = canonical.count("?") != printed.count("?")
    return "punctuation", not questions


def _letters(text: str) -> str:
    return _FORM_ONLY.sub("", typography_fold(text))


def _is_spelling_form(canonical: str, printed: str) -> bool:
    """One word written another way: hyphenated or joined, with letters masked, or dotted.

    >>> _is_spelling_form("U.S.", "US"), _is_spelling_form("U.S.", "us")
    (True, False)
    >>> _is_spelling_form("f***ing", "[expletive]"), _is_spelling_form("him", "[the minister]")
    (True, False)
    >>> _is_spelling_form("railway -", "-")
    False
    """
    if not canonical or not printed or canonical == printed:
        return False
    if _ABBREVIATION_DOTS.search(canonical + " " + printed) and (
        canonical.replace(".", "").strip() == printed.replace(".", "").strip()
    ):
        return True  # "U.S." against "US"
    a, b = _HYPHENS.sub("", canonical), _HYPHENS.sub("", printed)
    if a.casefold() == b.casefold():
        return True
    if _HYPHENS.search(canonical + printed) and _letters(a).casefold() == _letters(b).casefold():
        return True  # "long-term" against "long term"
    if is_bracket_mask(canonical.strip()) or is_bracket_mask(printed.strip()):
        return True  # "[expletive]" for "f***ing": a mask that shows no letter
    for masked, plain in ((canonical, printed), (printed, canonical)):
        shape = _MASKED.fullmatch(masked.strip())
        word = plain.strip()
        if shape is not None and word.isalpha() and word[:1].casefold() == masked[:1].casefold():
            return abs(len(word) - len(masked.strip())) <= 2
    return False


def _is_number_form(canonical: str, printed: str) -> bool:
    """One number written two ways: in figures and in words (``Five``, ``5``), or restated.

    >>> _is_number_form("four hundred", "400"), _is_number_form("six", "5")
    (True, False)
    >>> _is_number_form("07:42", "7.42"), _is_number_form("four hundred million", "400 million")
    (True, True)
    >>> _is_number_form("19:00", "7pm"), _is_number_form("seven o'clock", "7pm")
    (True, True)
    >>> _is_number_form("19:00", "7am"), _is_number_form("forty million pounds", "£40m")
    (False, True)
    """
    if not _is_numeral(canonical + printed):
        return False
    if _same_times(_clock_times(canonical), _clock_times(printed)) and not (
        _without_times(canonical).strip(" ,.") or _without_times(printed).strip(" ,.")
    ):
        return True  # "19:00", "7pm" and "seven o'clock" are one time of day
    a, b = (_CLOCK.sub(r"\1 \2", side.casefold()) for side in (canonical, printed))
    return a != b and says_the_same(a, b)


def phrase_category(
    parts: Sequence[tuple[VariantCategory, bool]],
    canonical: str,
    printed: str,
) -> tuple[VariantCategory, tuple[VariantCategory, ...], bool]:
    """Name a changed phrase from its parts: (main category, all categories, minor).

    ``parts`` are the categories of the phrase's differing words, marks and
    left-out or added words (``omission``/``insertion``), each with whether
    it is minor. The main category is the most telling part by
    :data:`PRIORITY`, except that a word left out beside a word added is a
    ``substitution``, the same words in another order a ``reordering``, and
    one word written another way (``co-operate``, ``e-mail``, ``f***``), or one
    number in figures against words (``Five`` → ``5``), a ``spelling_locale``.
    The phrase is minor only when every part is. A
    spelling form lists no other kind but ``case``: its words left out and
    changed are only how the hyphen splits them.

    >>> phrase_category([("substitution", False), ("omission", False)], "co-operate", "cooperate")
    ('spelling_locale', ('spelling_locale',), True)
    >>> phrase_category([("substitution", False), ("insertion", False)], "should have not",
    ...                 "should not have")
    ('reordering', ('reordering', 'substitution', 'insertion'), False)
    >>> phrase_category([("typo", False), ("case", True)], "pine martin", "Pine Marten")[:2]
    ('typo', ('typo', 'case'))
    """
    kinds = [category for category, _ in parts]
    minor = all(m for _, m in parts)
    if "omission" in kinds and "insertion" in kinds:
        kinds.insert(0, "substitution")
    telling = any(PRIORITY.index(kind) <= PRIORITY.index("typo") for kind in kinds)
    if telling and "editorial_bracket" not in kinds and "ellipsis" not in kinds:
        if _is_number_form(canonical, printed):
            kinds = ["spelling_locale"]
            minor = True
        elif _is_spelling_form(canonical, printed):
            a, b = _letters(canonical), _letters(printed)
            recased = a != b and a.casefold() == b.casefold()
            kinds = ["spelling_locale", "case"] if recased else ["spelling_locale"]
            minor = True
        elif _is_date_order(canonical, printed) or _is_contraction_form(canonical, printed):
            kinds = ["spelling_locale"]
            minor = True
        elif _is_reordering(canonical, printed):
            kinds.insert(0, "reordering")
            minor = False
    if set(kinds) <= _GAPS_AND_MARKS and (
        _fillers_only(canonical, printed) or _attribution_only(canonical, printed)
    ):
        minor = True  # "cheaply, um, for", "plan, she said, was": not the speaker's words
    ordered = tuple(sorted(set(kinds), key=PRIORITY.index))
    if kinds[0] in ("spelling_locale", "reordering"):
        ordered = (kinds[0], *(k for k in ordered if k != kinds[0]))
    return ordered[0], ordered, minor


_FILLERS = frozenset(("um", "umm", "uh", "er", "erm", "ah", "uhm", "hmm"))
"""Hesitation sounds a transcript keeps and an edited quote drops."""
_GAPS_AND_MARKS = frozenset(("omission", "insertion", "punctuation", "typography"))
_FILLER = regex.compile(r"\b(?:" + "|".join(sorted(_FILLERS)) + r")\b", regex.IGNORECASE)


_FILLER_PHRASE = regex.compile(r",\s*(?:you know|I mean)\s*(?=,)", regex.IGNORECASE)
"""A spoken aside set off by commas (``be, you know, getting``): a filler in a transcript."""


def _fillers_only(canonical: str, printed: str) -> bool:
    """Whether the words left out or added between ``canonical`` and ``printed`` are fillers.

    >>> _fillers_only("cheaply", "cheaply, um,"), _fillers_only("cheaply", "cheaply, sadly,")
    (True, False)
    >>> _fillers_only("be", "be, you know,"), _fillers_only("be", "be, you see,")
    (True, False)
    """
    plain_canonical, plain_printed = canonical, printed
    if "," in canonical or "," in printed:  # an aside sits between commas
        plain_canonical = _FILLER_PHRASE.sub("", canonical)
        plain_printed = _FILLER_PHRASE.sub("", printed)
    asides = plain_canonical != canonical or plain_printed != printed
    if not asides and _FILLER.search(canonical) is None and _FILLER.search(printed) is None:
        return False
    a, b = Counter(_words(plain_canonical)), Counter(_words(plain_printed))
    changed = list(((a - b) + (b - a)).elements())
    return (bool(changed) or asides) and all(word in _FILLERS for word in changed)


_ATTRIBUTION_ASIDE = regex.compile(
    r",\s*(?:he|she|they|we|I|(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}?)\s*(?:"
    + "|".join(SPEECH_FORMS)
    + r")\s*(?=,)"
)
"""An attribution printed inside the quote marks, set off by commas (``The plan, she said,
was``, ``The plan, Ms Strathdene said, was``): the outlet's words, not the speaker's."""


def _attribution_only(canonical: str, printed: str) -> bool:
    """Whether the only words left out or added are an attribution set off by commas.

    >>> _attribution_only("plan", "plan, she said,")
    True
    >>> _attribution_only("plan", "plan, Ms Hale added,")
    True
    >>> _attribution_only("plan", "plan, she feared,"), _attribution_only("plan", "plan, sadly,")
    (False, False)
    """
    if "," not in canonical and "," not in printed:
        return False
    plain_canonical = _ATTRIBUTION_ASIDE.sub("", canonical)
    plain_printed = _ATTRIBUTION_ASIDE.sub("", printed)
    if plain_canonical == canonical and plain_printed == printed:
        return False
    return _words(plain_canonical) == _words(plain_printed)


def _words(text: str) -> list[str]:
    """The folded words of ``text``, cut as clustering cuts them (``4 per cent`` is one)."""
    return list(comparison_words(text))


_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"]
)  # fmt: skip


_CLITIC_WORDS = {"re": "are", "ve": "have", "m": "am", "ll": "will"}


def _written_out(words: Sequence[str], s_as: str, d_as: str) -> list[str]:
    """``words`` with each contraction written out; ``'s`` and ``'d`` read as ``s_as``, ``d_as``."""
    out: list[str] = []
    for word in words:
        head, sep, tail = word.rpartition("'")
        if word in _CONTRACTED or word.endswith("n't"):
            out.extend(lexemes(word))
        elif sep and head and (tail in ("s", "d") or tail in _CLITIC_WORDS):
            said = s_as if tail == "s" else d_as if tail == "d" else _CLITIC_WORDS[tail]
            out.extend((head, said))
        else:
            out.append(word)
    return out


def _is_contraction_form(canonical: str, printed: str) -> bool:
    """The same words with a contraction written out (``don't`` / ``do not``, ``We're``).

    >>> _is_contraction_form("There's", "There is"), _is_contraction_form("we'd", "we had")
    (True, True)
    >>> _is_contraction_form("don't", "do"), _is_contraction_form("we're", "we were")
    (False, False)
    """
    if "'" not in canonical + printed and "’" not in canonical + printed:
        return False
    a, b = _words(canonical), _words(printed)
    if a == b:
        return False
    return any(
        _written_out(a, s_as, d_as) == _written_out(b, s_as, d_as)
        for s_as in ("is", "has")
        for d_as in ("would", "had")
    )


def _is_date_order(canonical: str, printed: str) -> bool:
    """One date with its day and month in the other order (``March 3`` / ``3 March``).

    >>> _is_date_order("March 3, 2027", "3 March 2027"), _is_date_order("3 to 4", "4 to 3")
    (True, False)
    """
    a = _words(canonical)
    return (
        sum(w in _MONTHS for w in a) == 1
        and all(w in _MONTHS or w.isdigit() for w in a)
        and _is_reordering(canonical, printed)
    )


def _is_reordering(canonical: str, printed: str) -> bool:
    a, b = _words(canonical), _words(printed)
    return len(a) >= 2 and a != b and Counter(a) == Counter(b)


# --------------------------------------------------------------------------
# Meaning


_NEGATIONS = frozenset(
    [
        "not",
        "no",
        "never",
        "nothing",
        "none",
        "nobody",
        "neither",
        "nor",
        "nowhere",
        "cannot",
        "without",
    ]
)
_MODALS = frozenset(
    ["will", "would", "shall", "should", "can", "could", "may", "might", "must", "ought"]
)
_PERSON: dict[str, str] = {
    # "I" and "we" are both the speaker, but "I let them down" printed as "we let
    # them down" shares out the blame: singular and plural count as two persons.
    **{w: "first" for w in ["i", "me", "my", "mine", "myself"]},
    **{w: "first plural" for w in ["we", "us", "our", "ours", "ourselves"]},
    **{w: "second" for w in ["you", "your", "yours", "yourself", "yourselves"]},
    **{
        w: "third"
        for w in [
            "he",
            "him",
            "his",
            "himself",
            "she",
            "her",
            "hers",
            "herself",
            "they",
            "them",
            "their",
            "theirs",
            "themselves",
        ]
    },
}
PRONOUNS = frozenset([*_PERSON, "it", "its", "itself"])
"""Folded personal pronouns: the words an editorial ``[bracket]`` most often stands for."""
_SCALES = {"m": "million", "bn": "billion", "k": "thousand"}  # "£1.5m", "$2bn", "30k" split
"""Scale abbreviations after a numeral; only right after one (in "plan M" the M is a name)."""
_TENS = {word: 10 * n for n, word in enumerate(TENS, start=2)}
_SCALE_VALUES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_NUMBER_WORDS = frozenset(
    [
        *SMALL_NUMBERS,
        *_TENS,
        "hundred",
        *_SCALE_VALUES,
        "dozen",
        "half",
        "quarter",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "once",
        "twice",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "tomorrow",
        "tonight",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "day",
        "days",
        "hour",
        "hours",
    ]
)
_CONTRACTED: dict[str, tuple[str, ...]] = {
    "won't": ("will", "not"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "shan't": ("shall", "not"),
    "ain't": ("not",),
}
_SUFFIXES: dict[str, tuple[str, ...]] = {"'ll": ("will",), "'d": ("would",)}
_CLITICS = frozenset(("s", "re", "ve", "m"))  # 's, 're, 've, 'm: the head word says enough


def lexemes(word: str) -> tuple[str, ...]:
    """A folded word as the words it stands for.

    >>> lexemes("didn't"), lexemes("we'll"), lexemes("there's"), lexemes("won't")
    (('did', 'not'), ('we', 'will'), ('there',), ('will', 'not'))
    >>> lexemes("o'neill")
    ("o'neill",)
    """
    if word in _CONTRACTED:
        return _CONTRACTED[word]
    if word.endswith("n't"):
        return (word[:-3], "not")
    for suffix, meaning in _SUFFIXES.items():
        if word.endswith(suffix):
            return (word[: -len(suffix)], *meaning)
    head, sep, tail = word.rpartition("'")
    return (head,) if sep and tail in _CLITICS else (word,)


_SCALED = regex.compile(r"(\d[\d.,]*)(m|bn|k)")
_FRACTIONS = frozenset(("third", "quarter", "half"))
_CLOCK = regex.compile(r"(?<![\d.,:])(\d{1,2})[:.](\d{2})(?![\d.,:\p{L}])")
"""A time of day, ``07:42`` or ``7.42``: read as hours and minutes alike."""
_TIME_OF_DAY = regex.compile(
    r"(?<![\d.,:])(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s?(?P<half>[ap])\.?m\b"
    r"|(?P<h24>\d{1,2})[:.](?P<m24>\d{2})(?![\d.,:\p{L}])"
    r"|(?P<oclock>\d{1,2}|"
    + "|".join(SMALL_NUMBERS[1:13])
    + r")\s+o['’]clock\b|(?P<word>noon|midday|midnight)\b)",
    regex.IGNORECASE,
)
"""A time of day as news copy prints it: ``7pm``, ``7.30 p.m.``, ``19:00``, ``07:42``,
``seven o'clock``, ``noon``."""


_MAYBE_TIME = regex.compile(r"\d|clock|noon|midday|midnight", regex.IGNORECASE)
"""What every time of day holds: texts without it are not searched for one."""


def _clock_times(text: str) -> list[frozenset[tuple[int, int]]]:
    """The times of day in ``text``, each as the (hour, minute) on a 24-hour clock it may be.

    ``7pm`` and ``19:00`` are one reading; ``7:30`` and ``seven o'clock`` say
    neither morning nor evening, so they may be either.

    >>> [sorted(t) for t in _clock_times("from 19:00 until seven o'clock")]
    [[(19, 0)], [(7, 0), (19, 0)]]
    >>> _clock_times("it rose 4.5 points, to 31:40"), _clock_times("we met at noon")
    ([], [frozenset({(12, 0)})])
    """
    found: list[frozenset[tuple[int, int]]] = []
    for m in _TIME_OF_DAY.finditer(text):
        if m.group("half"):
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if 1 <= hour <= 12 and minute < 60:
                evening = 12 if m.group("half") in "pP" else 0
                found.append(frozenset({(hour % 12 + evening, minute)}))
        elif m.group("h24"):
            hour, minute = int(m.group("h24")), int(m.group("m24"))
            if hour > 23 or minute > 59:
                continue
            unambiguous = hour == 0 or hour >= 13 or m.group("h24").startswith("0")
            found.append(frozenset({(hour, minute)}) if unambiguous else _either_half(hour, minute))
        elif m.group("oclock"):
            said = m.group("oclock").casefold()
            found.append(_either_half(int(said) if said.isdigit() else _UNITS[said], 0))
        else:
            found.append(frozenset({(0 if m.group("word").casefold() == "midnight" else 12, 0)}))
    return found


def _either_half(hour: int, minute: int) -> frozenset[tuple[int, int]]:
    """A clock time said without morning or evening: both readings."""
    return frozenset({(hour % 12, minute), (hour % 12 + 12, minute)})


def _same_times(
    a: Sequence[frozenset[tuple[int, int]]], b: Sequence[frozenset[tuple[int, int]]]
) -> bool:
    """Whether two lists of times of day can be the same times, in order."""
    return bool(a) and len(a) == len(b) and all(x & y for x, y in zip(a, b, strict=True))


def _without_times(text: str) -> str:
    """``text`` with its times of day left out, so that their digits count as no number."""
    return _TIME_OF_DAY.sub(" ", text)


_SOMEONE = frozenset(("no", "any", "every", "some"))  # "no one" is a person, not a number
_THOUSANDS = regex.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_UNITS = {word: n for n, word in enumerate(SMALL_NUMBERS)}
"""Number words up to twenty and the number each stands for, so ``two`` and ``2`` agree."""
_AFTER_FIGURES = frozenset(["hundred", *_SCALE_VALUES])  # "1.5 million" stays figure and word


def _spelled_numbers(words: Sequence[str]) -> list[str]:
    """``words`` with each number written in words replaced by its numeral.

    ``forty`` is ``40`` and ``twelve thousand four hundred`` (``-`` and
    ``and`` inside it allowed) is ``12400``, as ``12,400`` folds, so a
    number written out says the same as its figures. Two numbers side by
    side stay two (``two three-bedroom``); ``one`` after ``no``, ``any``,
    ``every`` or ``some`` is a person (``no one``), and ``hundred``,
    ``thousand``… after a figure stay words (``1.5 million``, see
    :func:`_numbers`).

    >>> _spelled_numbers(["twelve", "thousand", "four", "hundred", "homes"])
    ['12400', 'homes']
    >>> _spelled_numbers(["two", "hundred", "and", "fifty", "two", "three", "bedroom"])
    ['252', '3', 'bedroom']
    >>> _spelled_numbers(["fifteen", "hundred", "homes"])
    ['1500', 'homes']
    >>> _spelled_numbers(["no", "one", "saw", "forty", "of", "them"])
    ['no', 'one', 'saw', '40', 'of', 'them']
    """
    out: list[str] = []
    k = 0
    while k < len(words):
        end, value = _read_number(words, k)
        if end == k:
            out.append(words[k])
            k += 1
        else:
            out.append(str(value))
            k = end
    return out


def _read_number(words: Sequence[str], start: int) -> tuple[int, int]:
    """Read one number in words from ``words[start]``: (index after it, its value)."""
    if start and words[start] == "one" and words[start - 1] in _SOMEONE:
        return start, 0
    if start and words[start] in _AFTER_FIGURES and _is_numeral(words[start - 1]):
        return start, 0
    total = current = 0
    k = end = start
    while k < len(words):
        w = words[k]
        below = current % 100
        if w in _UNITS and (below == 0 or (below >= 20 and below % 10 == 0 and _UNITS[w] < 10)):
            current += _UNITS[w]
        elif w in _TENS and below == 0:
            current += _TENS[w]
        elif w == "hundred" and (current < 10 or (current < 100 and total == 0)):
            # "fifteen hundred" is 1500: hundreds after 11-99 before any larger word
            current = (current or 1) * 100
        elif w in _SCALE_VALUES and _SCALE_VALUES[w] > total % _SCALE_VALUES[w] + current:
            total += (current or 1) * _SCALE_VALUES[w]
            current = 0
        elif w == "and" and end > start and k + 1 < len(words) and words[k + 1] in _UNITS | _TENS:
            k += 1
            continue
        else:
            break
        k += 1
        end = k
    return end, total + current


def says_the_same(canonical: str, printed: str) -> bool:
    """Whether two wordings are the same words written another way.

    A contraction and the words it stands for, and a number in words or
    figures, say the same: such a change is a form, not a rewording.

    >>> says_the_same("didn't", "did not"), says_the_same("two", "2"), says_the_same("do", "cause")
    (True, True, False)
    >>> says_the_same("£40m", "forty million pounds"), says_the_same("£40m", "forty million")
    (True, False)
    """
    if ("&" in canonical) != ("&" in printed):
        return False  # a sign for "and" is a change of wording (see word_category)
    return _said_amounts(canonical) == _said_amounts(printed)


def _said_amounts(text: str) -> list[str]:
    """The words of ``text`` as said: contractions written out, numbers and amounts as values."""
    words = [x for w in _words(_currency_words(text)) for x in lexemes(w)]
    return [_figure(x) for x in _amounts(_spelled_numbers(words))]


_CURRENCY_SIGNS = {"£": "pounds", "$": "dollars", "€": "euros"}
_CURRENCY = regex.compile(
    r"([£$€])\s?(\d[\d.,]*(?:\s?(?:bn|m|k)\b|\s(?:million|billion|thousand|trillion)\b)?)",
    regex.IGNORECASE,
)


def _currency_words(text: str) -> str:
    """``text`` with each currency sign written as the word after its amount.

    ``£40m`` and ``forty million pounds``, ``$1.2bn`` and ``1.2 billion
    dollars`` are one amount restated: news copy spells out an amount where
    another outlet prints figures and a sign.

    >>> _currency_words("it cost £40m and $1.2 billion")
    'it cost 40m pounds and 1.2 billion dollars'
    """
    if "£" not in text and "$" not in text and "€" not in text:
        return text
    return _CURRENCY.sub(lambda m: f"{m.group(2)} {_CURRENCY_SIGNS[m.group(1)]}", text)


def _figure(word: str) -> str:
    """A numeral without thousands separators or leading zeros.

    >>> _figure("2,400"), _figure("07"), _figure("people")
    ('2400', '7', 'people')
    """
    if not _is_numeral(word):
        return word
    return _THOUSANDS.sub("", word).lstrip("0") or "0"


def _amounts(words: Sequence[str]) -> list[str]:
    """``words`` with each figure and the scale after it read as one value (``400 million``).

    >>> _amounts(["400", "million", "pounds"]) == _amounts(["400000000", "pounds"])
    True
    """
    out: list[str] = []
    for w in words:
        if out and _is_numeral(out[-1]) and (w in _SCALES or w in _SCALE_VALUES):
            out[-1] = fold_word(f"{out[-1]} {w}")  # "1.5 m", not "plan m" or "vitamin k"
        elif _SCALED.fullmatch(w):  # "5m" is "5 million"
            out.append(fold_word(w))
        else:
            out.append(w)
    return out


_QUANTIFIERS: dict[str, str] = {
    "all": "all", "every": "all", "each": "all", "most": "most", "many": "many",
    "some": "some", "several": "some", "few": "few",
}  # fmt: skip
"""Words that say how many of something, each with the amount it says: ``all homes`` and
``every home`` say one amount, ``most homes`` another."""


def _numbers(words: Sequence[str]) -> Counter[str]:
    """The number, amount and date words, numerals and number words alike.

    ``two`` = ``2``, and a numeral's thousands separators do not count
    (``2,400`` = ``2400``); ``m``, ``bn`` and ``k`` are ``million``,
    ``billion`` and ``thousand`` (``£1.5m``, which folds to ``1.5 m``, is
    ``£1.5 million``: a record may hold only the ``m``).
    ``one`` after ``no``, ``any``, ``every`` or ``some`` is a person, not a
    number (``no one`` = ``nobody``). An amount counts by its value, so a
    figure restated (``$1.2bn``, ``$1,200m``, ``1.2 billion dollars``) is
    the same number, and so are a leading zero (``07``) and ``one third``
    against ``a third``. A quantifier counts as the amount it says
    (:data:`_QUANTIFIERS`): ``all`` and ``every`` alike, ``most`` another;
    before a number (``some 400``, ``all 23``) it says no amount of its own.

    >>> sorted(_numbers(["2,400", "people", "on", "tuesday"]).elements())
    ['2400', 'tuesday']
    >>> _numbers(["no", "one", "will", "lose", "one", "job"])
    Counter({'1': 1})
    >>> _numbers(["1.5", "m"]) == _numbers(["1.5", "million"]) == _numbers(["1.5m"])
    True
    >>> _numbers(["1.2", "bn"]) == _numbers(["1,200", "m"]) == _numbers(["1.2", "billion"])
    True
    >>> _numbers(["07", "42"]) == _numbers(["7", "42"])
    True
    >>> _numbers(["one", "third"]) == _numbers(["third"])
    True
    >>> _numbers(["all", "homes"]) == _numbers(["every", "home"]) != _numbers(["most", "homes"])
    True
    """
    found: Counter[str] = Counter()
    spelled = _amounts(_spelled_numbers(words))
    for k, w in enumerate(spelled):
        if w == "1" and k + 1 < len(spelled) and spelled[k + 1] in _FRACTIONS:
            continue  # "one third" is "a third"
        if _is_numeral(w):
            found[_figure(w)] += 1
        elif w in _NUMBER_WORDS and not (w == "one" and k and spelled[k - 1] in _SOMEONE):
            found[w] += 1
        elif w in _QUANTIFIERS and not _counted_next(spelled, k) and not _idiom_all(spelled, k):
            found[_QUANTIFIERS[w]] += 1
    return found


_ALL_IDIOMS = frozenset(("at", "after", "above"))
"""Words after which ``all`` is an idiom, not an amount: ``at all``, ``after all``,
``above all``."""


def _idiom_all(words: Sequence[str], k: int) -> bool:
    """Whether word ``k`` is the ``all`` of ``no talks at all`` (``whatsoever``),
    ``after all`` or ``above all``, which says no amount.

    >>> _idiom_all(["no", "talks", "at", "all"], 3), _idiom_all(["at", "all", "homes"], 1)
    (True, True)
    >>> _idiom_all(["all", "homes"], 0), _idiom_all(["for", "all", "homes"], 1)
    (False, False)
    """
    return words[k] == "all" and k > 0 and words[k - 1] in _ALL_IDIOMS


def _counted_next(words: Sequence[str], k: int) -> bool:
    """Whether a number follows word ``k``: ``some 400``, ``all 23 shows`` say the number's amount.

    >>> _counted_next(["some", "400", "homes"], 0), _counted_next(["some", "homes"], 0)
    (True, False)
    """
    return k + 1 < len(words) and (_is_numeral(words[k + 1]) or words[k + 1] in _NUMBER_WORDS)


def _is_numeral(word: str) -> bool:
    """Whether ``word`` holds a digit (``1.5``, ``2,400``), so a scale after it is an amount."""
    return any(ch.isdigit() for ch in word)


def _names(text: str, sentence_start: bool) -> Counter[str]:
    """The capitalised words of ``text`` that do not open a sentence, folded."""
    found: Counter[str] = Counter()
    opening = sentence_start
    last = 0
    for m in _WORDS.finditer(text):
        word = m.group()
        between = text[last : m.start()].rstrip()
        if between:
            opening = between[-1] in ".!?:\"“‘'"
        last = m.end()
        if word[:1].isupper() and not opening and not word.isupper():
            folded = fold_word(word)
            if lexemes(folded)[0] != "i":
                found[folded] += 1
        opening = False
    return found


_NOT_AFTER_GOING_TO = frozenset(
    ["the", "a", "an", "this", "that", "these", "those", "my", "your", "his", "her", "its", "our",
     "their", "some", "any", "every", "each", "all", "no", "one", "school", "work", "bed", "court"]
)  # fmt: skip
"""Words after ``going to`` that make it a journey (``going to the coast``), not the future."""


def _modals(words: Sequence[str], names: Counter[str]) -> Counter[str]:
    """The modals among the lexemes ``words`` (not the month ``May`` in ``names``).

    ``going to`` (``gonna``) before a verb is the future that ``will`` says, and
    ``would`` after ``was`` or ``were``: ``is going to accept`` and ``will accept``
    say the same, ``going to the coast`` is a journey.

    >>> none: Counter[str] = Counter()
    >>> _modals(["is", "going", "to", "accept"], none) == _modals(["will", "accept"], none)
    True
    >>> _modals(["was", "gonna", "close"], none), _modals(["going", "to", "the", "coast"], none)
    (Counter({'would': 1}), Counter())
    """
    found = Counter(w for w in words if w in _MODALS and w not in names)
    for k, w in enumerate(words):
        if w == "going" and k + 1 < len(words) and words[k + 1] == "to":
            after = k + 2
        elif w == "gonna":
            after = k + 1
        else:
            continue
        if after < len(words) and words[after] in _NOT_AFTER_GOING_TO:
            continue
        found["would" if k and words[k - 1] in ("was", "were") else "will"] += 1
    return found


def meaning_changes(
    canonical: str, printed: str, sentence_start: bool = False
) -> tuple[MeaningChange, ...]:
    """The ways in which ``printed`` may say something other than ``canonical``.

    ``negation``: a not, never, no (or ``n't``) added or dropped;
    ``number``: a number, amount or date word changed; ``name``: a
    capitalised word that does not open a sentence changed (not just its
    case or spacing); ``modal``: will, would, can, may, must… changed;
    ``person``: my → her, we → they. ``sentence_start`` says that both
    texts open a sentence, so their first word is not taken for a name.

    >>> meaning_changes("will not", "will")
    ('negation',)
    >>> meaning_changes("must", "may"), meaning_changes("412 staff", "421 staff")
    (('modal',), ('number',))
    >>> meaning_changes("didn't", "did not"), meaning_changes("my team", "her team")
    ((), ('person',))
    >>> meaning_changes("I let them down", "we let them down")
    ('person',)
    """
    if _letters(canonical).casefold() == _letters(printed).casefold():
        return ()
    a = [lexeme for word in _words(canonical) for lexeme in lexemes(word)]
    b = [lexeme for word in _words(printed) for lexeme in lexemes(word)]
    numbers_a, numbers_b = _numbers(a), _numbers(b)
    times_a: list[frozenset[tuple[int, int]]] = []
    times_b: list[frozenset[tuple[int, int]]] = []
    if _MAYBE_TIME.search(canonical) or _MAYBE_TIME.search(printed):
        times_a, times_b = _clock_times(canonical), _clock_times(printed)
    clock_changed = False
    if times_a or times_b:  # "19:00" is "7pm", "07:42" is "7.42"
        numbers_a = _numbers([x for w in _words(_without_times(canonical)) for x in lexemes(w)])
        numbers_b = _numbers([x for w in _words(_without_times(printed)) for x in lexemes(w)])
        clock_changed = not _same_times(times_a, times_b)
    names_a, names_b = _names(canonical, sentence_start), _names(printed, sentence_start)
    found: list[MeaningChange] = []
    if sum(w in _NEGATIONS for w in a) != sum(w in _NEGATIONS for w in b):
        found.append("negation")
    # "May" inside a sentence is the month.
    months_a, months_b = Counter(may=names_a["may"]), Counter(may=names_b["may"])
    if numbers_a + months_a != numbers_b + months_b or clock_changed:
        found.append("number")
    # A name left out or changed; a capitalised word replacing plain words ("pine
    # martin" → "Pine Marten") is a case change, not a new name.
    lost = [w for w in names_a - Counter(b) - months_a if w not in _NUMBER_WORDS]
    new = [w for w in names_b - Counter(a) - months_b if w not in _NUMBER_WORDS]
    lost, new = _unabbreviated(lost, new)
    if lost or (new and (names_a or not a)):
        found.append("name")
    # "May" the month is not "may" the modal.
    modals_a, modals_b = _modals(a, names_a), _modals(b, names_b)
    if modals_a != modals_b:
        found.append("modal")
    persons_a = Counter(_PERSON[w] for w in a if w in _PERSON)
    persons_b = Counter(_PERSON[w] for w in b if w in _PERSON)
    if set(persons_a) != set(persons_b) and persons_a and persons_b:
        found.append("person")
    return tuple(found)


def _unabbreviated(lost: Sequence[str], new: Sequence[str]) -> tuple[list[str], list[str]]:
    """The names left out and added, less those printed as their abbreviation (``Road``, ``Rd``)."""
    lost, new = list(lost), list(new)
    for word in list(lost):
        short = next((w for w in new if _abbreviates(w, word) or _abbreviates(word, w)), None)
        if short is not None:
            lost.remove(word)
            new.remove(short)
    return lost, new


# The abbreviations news copy prints for a word of a name, folded: short form → the
# words it stands for. A closed list: a short name is as often another name
# ("Dan" is not "Duncan", "Mr" not "Major").
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    short: frozenset(words.split())
    for short, words in {
        "rd": "road", "st": "street saint", "ave": "avenue", "av": "avenue", "ln": "lane",
        "sq": "square", "pl": "place", "ct": "court", "cres": "crescent", "blvd": "boulevard",
        "hwy": "highway", "mt": "mount mountain", "ft": "fort", "pt": "point", "dr": "drive doctor",
        "ltd": "limited", "co": "company county", "corp": "corporation", "inc": "incorporated",
        "bros": "brothers", "intl": "international", "natl": "national", "univ": "university",
        "dept": "department", "govt": "government", "assn": "association",
        "prof": "professor", "rev": "reverend", "gen": "general", "col": "colonel",
        "capt": "captain", "maj": "major", "lt": "lieutenant", "sgt": "sergeant",
        "supt": "superintendent", "insp": "inspector", "det": "detective", "cllr": "councillor",
        "gov": "governor", "sen": "senator", "rep": "representative", "jr": "junior",
        "sr": "senior",
    }.items()
}  # fmt: skip


def _abbreviates(short: str, word: str) -> bool:
    """Whether folded ``short`` is a known abbreviation of ``word`` (``rd`` for ``road``,
    ``ave`` for ``avenue``; not ``dan`` for ``duncan`` or ``mr`` for ``major``).

    >>> _abbreviates("rd", "road"), _abbreviates("ltd", "limited"), _abbreviates("dan", "duncan")
    (True, True, False)
    """
    return word in _ABBREVIATIONS.get(short, ())


def _renamed(canonical: str, printed: str, sentence_start: bool) -> bool:
    """Whether a typo changes a name by more than a slip of one letter.

    >>> _renamed("Kettridge", "Kittredge", False), _renamed("Dagny", "Daggny", False)
    (True, False)
    """
    a, b = _names(canonical, sentence_start), _names(printed, sentence_start)
    if not a or not b or a == b:
        return False
    return DamerauLevenshtein.distance(" ".join(sorted(a)), " ".join(sorted(b))) > 1


_ADDED_OR_LEFT_OUT = frozenset(("omission", "insertion", "ellipsis"))
_NEGATION_REACH = 4
"""The most words left out or added that flag a negation among them ("not", "no longer", "will
never again"): a longer stretch is a clause cut, which the record already shows."""
_REWORDED = frozenset(("substitution", "reordering", "paraphrase"))


def _words_changed(canonical: str, printed: str) -> int:
    """How many words a record adds or leaves out, not counting words on both sides.

    A record can carry a neighbour whose case changed with the word added
    ("summer morning" → "Summer not Morning" adds one word, not three).

    >>> _words_changed("summer morning", "Summer not Morning")
    1
    >>> _words_changed("that nobody in the ground believed was fair, and", "…")
    9
    """
    before, after = Counter(_words(canonical)), Counter(_words(printed))
    return sum((before - after).values()) + sum((after - before).values())


_QUALIFIERS = frozenset(
    ["more than", "less than", "fewer than", "at least", "at most", "up to", "almost", "nearly",
     "over", "under", "roughly", "approximately", "around", "about"]
)  # fmt: skip
"""Words that bound or hedge the amount after them: ``by more than half`` is not ``by half``."""


def _qualifies_amount(canonical: str, printed: str, following: str) -> bool:
    """Whether the words left out or added bound the amount that ``following`` starts with.

    >>> _qualifies_amount("more than", "", "a third of"), _qualifies_amount("", "almost", "40")
    (True, True)
    >>> _qualifies_amount("more than", "", "ever before"), _qualifies_amount("sadly", "", "40")
    (False, False)
    """
    changed = " ".join(_words(canonical or printed))
    return (
        not (canonical and printed)
        and changed in _QUALIFIERS
        and bool(_numbers(_words(following)[:2]))
    )


def record_meaning(
    category: VariantCategory,
    minor: bool,
    canonical: str,
    printed: str,
    sentence_start: bool = False,
    following: str = "",
) -> tuple[MeaningChange, ...]:
    """The meaning flags of one record: :func:`meaning_changes`, where they apply.

    Words reworded (a substitution, reordering or paraphrase) get every flag.
    Words left out or added (an omission, insertion or ellipsis) get only
    ``negation``, and only when they are few (:data:`_NEGATION_REACH`):
    dropping a "not" reverses a statement, while dropping a name or a number
    shortens it, which the record already shows, and a whole clause left out
    at an ellipsis ("that nobody in the ground believed was fair") takes its "nobody" with
    it without turning what is left around. Slips and forms (spelling, case,
    typography, punctuation), editorial brackets and minor records get none:
    the same word was meant. A typo gets ``name`` when it is in a name (a
    capitalised word inside a sentence on both sides) and changes more than
    one letter (``Kettridge`` → ``Kittredge``, not ``Dagny`` → ``Daggny``): a
    name spelled that differently may be another person. A bound or hedge on an
    amount left out or added (``more than``, ``almost`` before ``half`` or
    ``40`` in ``following``, the canonical text after the record) flags
    ``number``: the amount said changed.

    >>> record_meaning("omission", False, "more than", "", following="half of them")
    ('number',)
    >>> record_meaning("omission", False, "not", "")
    ('negation',)
    >>> record_meaning("omission", False, "412", ""), record_meaning("typo", False, "would", "woud")
    ((), ())
    >>> record_meaning("ellipsis", False, "that nobody in the ground believed was fair, and", "…")
    ()
    >>> record_meaning("typo", False, "Kettridge", "Kittredge")
    ('name',)
    >>> record_meaning("typo", False, "Kettridge", "Kittredge", sentence_start=True)
    ()
    """
    if minor:
        return ()
    if category in _REWORDED:
        return meaning_changes(canonical, printed, sentence_start)
    if category == "typo":
        return ("name",) if _renamed(canonical, printed, sentence_start) else ()
    if (
        category in _ADDED_OR_LEFT_OUT
        and _negations(canonical) != _negations(printed)
        and _words_changed(canonical, printed) <= _NEGATION_REACH
    ):
        return ("negation",)
    if category in _ADDED_OR_LEFT_OUT and _qualifies_amount(canonical, printed, following):
        return ("number",)
    return ()


def _negations(text: str) -> int:
    return sum(lexeme in _NEGATIONS for word in _words(text) for lexeme in lexemes(word))
