"""The comparison form of a quote: words folded for matching, with offsets back.

Normalisation is for comparing, never for reporting: every :class:`Token`
keeps the ``(start, end)`` of the word in the string it was cut from, so any
difference found between comparison forms can be shown in the original text.

Folding, in order: Unicode compatibility forms (NFKC), case (``casefold``),
typographic apostrophes to ``'``, ``&`` to ``and``, and British spellings to
American ones (see :mod:`quotematch.spelling`). Hyphens and dashes separate
words; other punctuation is dropped.
"""

from __future__ import annotations

import bisect
import decimal
import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

import attrs
import regex

from .cues import SMALL_NUMBERS, TENS
from .spelling import spelling_pairs, to_american

__all__ = [
    "COMPARISON_VERSION",
    "ELLIPSIS_PATTERN",
    "Token",
    "TokenColumns",
    "comparison_fingerprint",
    "comparison_form",
    "comparison_words",
    "ellipsis_gaps",
    "fold_word",
    "is_bracket_mask",
    "is_masked",
    "part_joins",
    "quote_gaps",
    "token_columns",
    "tokenize",
]

# A word: a masked word ("f***", "f***ing", "sh*t": one or two letters and
# stars; "f---": one letter and three hyphens or more, as "--" often stands
# for a dash), letters/digits/marks with inner apostrophes ("don't",
# "O’Neill"), a number with inner separators ("3,000", "4.5") and the letters
# written onto it ("1.2bn", "3.5km": "$1.2bn" is one amount, as "$2bn" is), or
# an ampersand. An editor's bracket standing for a swear word ("[expletive]",
# "[expletive deleted]", "[bleep]") is one masked word too, with no letters shown.
_BRACKET_MASK = (
    r"\[(?i:expletive|expletives|bleep|bleeped|censored|obscenity|swear ?word)(?i: deleted)?\]"
)
_MASKED = _BRACKET_MASK + r"|\b(?:[A-Za-z]{1,2}\*+|[A-Za-z]---+)[A-Za-z]*(?![A-Za-z0-9*-])"
# An amount written with its scale word ("1.2 billion", "400 million") is one word,
# as "1.2bn" is, and so are a share ("4%", "4 per cent") and a time of day ("9am",
# "9 a.m", the last dot left to end a sentence), so that each folds to one form
# however it is written (see fold_word).
_SCALE_WORDS = "million|billion|trillion|thousand"
_AMOUNT = (
    r"(?=\d)(?:"  # one look at the first character spares words the alternatives
    rf"\d+(?:[.,]\d+)*[ \u00a0](?:{_SCALE_WORDS})(?![A-Za-z])"
    r"|\d+(?:[.,]\d+)*(?:%|[ \u00a0](?:per[ \u00a0]cent|percent)(?![A-Za-z]))"
    r"|\d{1,2}(?:[:.]\d\d)?[ \u00a0]?(?:[ap]\.m(?=\.)|[ap]m(?![A-Za-z]))"
    r"|(?:0\d|1[3-9]|2[0-3]):[0-5]\d(?![\d:])"  # "19:00" is "7pm"
    r")"
)
_LETTERS_AND_DIGITS = (
    r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}\p{N}]+)*(?:(?:[.,][\p{N}]+)+\p{L}*)?"
)
_WORD = regex.compile(_MASKED + "|" + _AMOUNT + "|" + _LETTERS_AND_DIGITS + "|&")
# The same words in ASCII text, where \p{L} is [A-Za-z], \p{N} is [0-9] and there
# are no marks or curly apostrophes; the standard library's engine is faster.
_ASCII_WORD = re.compile(
    _MASKED + "|" + _AMOUNT + r"|[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*(?:(?:[.,][0-9]+)+[A-Za-z]*)?|&"
)
# The same words in text without a digit, where no amount can start: the amount
# alternatives cost every word a look. Reading the 20,000 quotes of
# benchmarks.generate seed 0 took 0.29 CPU s with them and 0.23 without (best of 5).
_PLAIN_WORD = regex.compile(_MASKED + "|" + _LETTERS_AND_DIGITS + "|&")
# An amount in words with its scale ("forty million", "two hundred and fifty billion") is
# one word too, read as its value, so that it folds as "£40m" and "40 million" do. Only
# texts holding a scale word look for it, so other texts pay nothing.
_UNIT_WORDS = "|".join(SMALL_NUMBERS[1:20])
_DIGIT_WORDS = "|".join(SMALL_NUMBERS[1:10])
_NUMBER_IN_WORDS = rf"(?:(?:{'|'.join(TENS)})(?:[ -](?:{_DIGIT_WORDS}))?|{_UNIT_WORDS})"
_SPELLED_AMOUNT = (
    rf"(?i:\b{_NUMBER_IN_WORDS}(?:[ -]hundred(?:(?: and)?[ -]{_NUMBER_IN_WORDS})?)?"
    r"[ \u00a0](?:million|billion|trillion)(?![\p{L}]))"
)
_SPELLED_WORD = regex.compile(
    _SPELLED_AMOUNT + "|" + _MASKED + "|" + _AMOUNT + "|" + _LETTERS_AND_DIGITS + "|&"
)
_ASCII_PLAIN_WORD = re.compile(_MASKED + r"|[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*|&")
# The same words in ASCII text without a digit, "[", "*" or "-", where no masked word can
# start either (each of its forms needs one of those marks) and the masked alternatives
# only cost every word a look: cutting the 2,828 distinct texts of benchmarks.generate
# (3,000 quotes, seed 0) with token_columns took 0.74 -> 0.64 G instructions a pass
# (valgrind --tool=callgrind). tests/test_normalize.py holds it to _ASCII_PLAIN_WORD.
_ASCII_BARE_WORD = re.compile(r"[A-Za-z0-9]+(?:'[A-Za-z0-9]+)*|&")
_DIGIT = re.compile(r"\d")


def _word_pattern(text: str) -> re.Pattern[str] | regex.Pattern[str]:
    """The word pattern for ``text``: the plain ones when it has no digit (same words, faster)."""
    if "illion" in text or "ILLION" in text:
        return _SPELLED_WORD
    if _DIGIT.search(text) is None:
        if not text.isascii():
            return _PLAIN_WORD
        return _ASCII_PLAIN_WORD if "[" in text or "*" in text or "-" in text else _ASCII_BARE_WORD
    return _ASCII_WORD if text.isascii() else _WORD


_MASK = re.compile(r"[*-]")
_BRACKET_MASK_WORD = re.compile(_BRACKET_MASK)
_SCALED = re.compile(rf"(\d+(?:[.,]\d+)*)[ \u00a0]?({_SCALE_WORDS}|bn|m|k)")
_SCALE_VALUES = {"thousand": 3, "k": 3, "million": 6, "m": 6, "billion": 9, "bn": 9, "trillion": 12}
_THOUSANDS = re.compile(r",(?=\d{3}(?!\d))")
_SHARE = re.compile(r"(\d+(?:[.,]\d+)*)[ \u00a0]?(?:%|per[ \u00a0]cent|percent)")
_TIME = re.compile(r"(\d{1,2})(?:[:.](\d\d))?[ \u00a0]?([ap])\.?m")
_CLOCK_24 = re.compile(r"(\d\d):(\d\d)")
_BRACKETS = regex.compile(r"\[[^\[\]\n]{0,200}\]")
ELLIPSIS_PATTERN = r"…|\.\s?\.\s?\."
"""An ellipsis as printed: the character, or three full stops with at most a space between."""
_ELLIPSIS = regex.compile(ELLIPSIS_PATTERN)


@attrs.frozen
class Token:
    """One word of a quote in comparison form.

    Attributes:
        norm: the folded word used for comparing.
        start, end: where the word sits in the string it was cut from.
        editorial: True when the word stands inside editorial ``[brackets]``.
    """

    norm: str
    start: int
    end: int
    editorial: bool = False


@lru_cache(maxsize=1 << 18)
def fold_word(word: str) -> str:
    """Fold one word for comparison.

    A masked word folds to its letters before the mask and ``*``, to match
    any word that starts so (see :func:`is_masked`).

    >>> fold_word("Apologise"), fold_word("O’Neill"), fold_word("&"), fold_word("F***ing")
    ('apologize', "o'neill", 'and', 'f*')
    >>> fold_word("[expletive deleted]")
    '*'
    """
    if word == "&":
        return "and"
    if word[:1].isdigit():
        amount = _amount(word)
        if amount is not None:
            return amount
    elif " " in word or "-" in word:
        spelled = _spelled_amount(word)
        if spelled is not None:
            return spelled
    if word[:1] == "[" and is_bracket_mask(word):
        return "*"  # "[expletive]": a mask that shows no letter
    mask = _MASK.search(word)
    if mask is not None:
        return word[: mask.start()].casefold() + "*"
    folded = unicodedata.normalize("NFKC", word).casefold()
    folded = folded.replace("’", "'").replace("ʼ", "'")
    return to_american(folded)


def _amount(word: str) -> str | None:
    """One form for an amount with its scale, a share or a time of day; None for any other word.

    ``1.2bn``, ``1.2 billion`` and ``1,200m`` are one amount written three
    ways, as news copy restates figures; they fold alike so that they align
    as one word and vote together for the passage. So do ``4%``, ``4 per
    cent`` and ``4 percent``, and ``9am``, ``9 a.m`` and ``9.00am``.

    >>> _amount("1.2bn"), _amount("1,200m"), _amount("1.2 billion"), _amount("30k")
    ('1200000000', '1200000000', '1200000000', '30000')
    >>> _amount("4 per cent"), _amount("4.5%"), _amount("9 a.m"), _amount("9.30pm")
    ('4%', '4.5%', '9am', '9:30pm')
    >>> _amount("19:00"), _amount("07:42"), _amount("00:15")
    ('7pm', '7:42am', '12:15am')
    >>> _amount("3.5km"), _amount("1,200")
    (None, None)
    """
    folded = word.casefold()
    share = _SHARE.fullmatch(folded)
    if share is not None:
        return share.group(1) + "%"
    clock = _CLOCK_24.fullmatch(folded)
    if clock is not None:  # a 24-hour time, as its 12-hour form ("19:00" is "7pm")
        hour24, minutes24 = int(clock.group(1)), clock.group(2)
        on_dial = str(hour24 % 12 or 12)
        at24 = f"{on_dial}:{minutes24}" if minutes24 != "00" else on_dial
        return f"{at24}{'pm' if hour24 >= 12 else 'am'}"
    time = _TIME.fullmatch(folded)
    if time is not None:
        hour, minutes, half = time.groups()
        at = f"{int(hour)}:{minutes}" if minutes and minutes != "00" else str(int(hour))
        return f"{at}{half}m"
    scaled = _SCALED.fullmatch(folded)
    if scaled is None:
        return None
    figures = _THOUSANDS.sub("", scaled.group(1))
    if "," in figures:  # a decimal comma ("1,5 million")
        figures = figures.replace(",", ".")
    value = decimal.Decimal(figures).scaleb(_SCALE_VALUES[scaled.group(2)])
    return f"{value.normalize():f}".removesuffix(".0")


_UNITS = {word: n for n, word in enumerate(SMALL_NUMBERS)}
_TENS = {word: 10 * n for n, word in enumerate(TENS, start=2)}
_SPELLED_SCALES = {"million": 10**6, "billion": 10**9, "trillion": 10**12}


def _spelled_amount(word: str) -> str | None:
    """The value of an amount in words with its scale (``forty million``); None otherwise.

    >>> _spelled_amount("forty million"), _spelled_amount("Two hundred and fifty-five billion")
    ('40000000', '255000000000')
    >>> _spelled_amount("long-term")
    """
    parts = [p for p in re.split(r"[ \u00a0-]+", word.casefold()) if p != "and"]
    if len(parts) < 2 or parts[-1] not in _SPELLED_SCALES:
        return None
    value = 0
    for part in parts[:-1]:
        if part == "hundred":
            value *= 100
        elif part in _UNITS or part in _TENS:
            value += _TENS[part] if part in _TENS else _UNITS[part]
        else:
            return None
    return str(value * _SPELLED_SCALES[parts[-1]])


def is_bracket_mask(text: str) -> bool:
    """True for an editor's bracket standing for a swear word ("[expletive]", "[bleep]").

    >>> is_bracket_mask("[expletive deleted]"), is_bracket_mask("[the council]")
    (True, False)
    >>> is_bracket_mask("-")
    False
    """
    return _BRACKET_MASK_WORD.fullmatch(text) is not None


def is_masked(norm: str) -> bool:
    """True for the folded form of a masked word ("f*" from "f***" or "f---").

    >>> is_masked(fold_word("f---")), is_masked("fun")
    (True, False)
    """
    return norm.endswith("*")


def tokenize(text: str) -> tuple[Token, ...]:
    """Cut ``text`` into comparison tokens that remember where they came from.

    >>> text = "We’ll honour it [the deal]"
    >>> [(t.norm, text[t.start:t.end]) for t in tokenize(text)]
    [("we'll", 'We’ll'), ('honor', 'honour'), ('it', 'it'), ('the', 'the'), ('deal', 'deal')]
    """
    norms, starts, ends, editorial = token_columns(text)
    return tuple(map(Token, norms, starts, ends, editorial))


TokenColumns = tuple[list[str], list[int], list[int], list[bool]]
"""What :func:`token_columns` returns: a text's norms, starts, ends and editorial flags."""


def token_columns(text: str) -> TokenColumns:
    """:func:`tokenize` as four parallel lists: norms, starts, ends and editorial flags.

    The same tokens without a record per word, for assembling many quotes.

    >>> token_columns("We’ll [not] go")
    (["we'll", 'not', 'go'], [0, 7, 12], [5, 10, 14], [False, True, False])
    """
    words = _word_pattern(text)
    spans = [m.span() for m in words.finditer(text)]
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    norms = [fold_word(text[start:end]) for start, end in spans]
    if "[" not in text:
        return norms, starts, ends, [False] * len(spans)
    brackets = [m.span() for m in _BRACKETS.finditer(text)]
    editorial = []
    b = 0
    for start in starts:
        while b < len(brackets) and brackets[b][1] <= start:
            b += 1
        editorial.append(b < len(brackets) and brackets[b][0] < start)
    return norms, starts, ends, editorial


def comparison_words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, without offsets: ``tokenize`` for bulk comparing.

    The words are exactly the ``norm`` of each token :func:`tokenize` would
    return, so word positions mean the same thing in both; this form skips
    building :class:`Token` records, which clustering does not need.

    >>> comparison_words("We’ll honour it [the deal]")
    ("we'll", 'honor', 'it', 'the', 'deal')
    """
    words = _word_pattern(text)
    return tuple(map(fold_word, words.findall(text)))


def ellipsis_gaps(text: str) -> tuple[int, ...]:
    """Word positions at which ``text`` has an ellipsis (words may be left out there).

    A position counts the comparison words before the ellipsis, so it indexes
    :func:`comparison_words`; leading and trailing ellipses count too.

    >>> ellipsis_gaps("We will rebuild … the path [...] by May...")
    (3, 5, 7)
    >>> ellipsis_gaps("No gap here.")
    ()
    """
    if "…" not in text and text.count(".") < 3:  # "..." needs three dots
        return ()
    marks = [m.start() for m in _ELLIPSIS.finditer(text)]
    if not marks:
        return ()
    starts = [m.start() for m in _word_pattern(text).finditer(text)]
    return tuple(dict.fromkeys(bisect.bisect_left(starts, mark) for mark in marks))


def part_joins(spans: Sequence[tuple[int, int]]) -> tuple[int, ...]:
    """Offsets in a quote's text of the spaces that join its printed parts.

    A quote's text is its printed parts (``spans`` into the document) joined
    by one space each.

    >>> part_joins([(10, 20), (40, 45), (60, 70)])
    (10, 16)
    """
    joins: list[int] = []
    base = 0
    for start, end in spans[:-1]:
        base += end - start
        joins.append(base)
        base += 1
    return tuple(joins)


def quote_gaps(text: str, spans: Sequence[tuple[int, int]] = ()) -> tuple[int, ...]:
    """Word positions at which a quote may have left words out: its ellipses and its joins.

    Where a split quote's printed parts meet (``“A,” she said. “C.”``) the
    outlet may have skipped the statement's middle sentence, just as an
    ellipsis says it did, so clustering treats the join as a gap
    (:func:`quotematch.link.verify`): ``A`` and ``C`` each have to be found
    in the other version, in order, but not side by side.

    >>> text = "We will rebuild the path. It will open by May."
    >>> quote_gaps(text), quote_gaps(text, [(0, 25), (40, 60)])
    ((), (5,))
    """
    gaps = ellipsis_gaps(text)
    joins = part_joins(spans)
    if not joins:
        return gaps
    words = _word_pattern(text)
    starts = [m.start() for m in words.finditer(text)]
    at_joins = (bisect.bisect_left(starts, join) for join in joins)
    return tuple(sorted({*gaps, *(g for g in at_joins if 0 < g < len(starts))}))


def comparison_form(text: str) -> str:
    """The folded words of ``text`` joined by single spaces.

    >>> comparison_form("We APOLOGISE — truly & deeply.")
    'we apologize truly and deeply'
    """
    return " ".join(t.norm for t in tokenize(text))


COMPARISON_VERSION = 1
"""The version of the folding *code*: raise it by hand when a change to this module's
functions alters the comparison form in a way that neither its tables nor the probes of
:func:`comparison_fingerprint` show (a change to a table or a pattern shows by itself)."""

_PROBES = (
    "We’ll honour the Programme & apologise... to the neighbours [of the harbour]",
    "It cost £1.2bn, up 3.5% (or 4 per cent) since 2019; 3,000 jobs, $2bn and 40m more.",
    "Twenty-five million people; forty two thousand; one hundred and six; a third.",
    "The train leaves at 9.30am, not 10 p.m. or 11:45 PM.",
    "F***ing h--- no, he said; don't, can't, won't, it's, O'Neill, O’Neill’s.",
    "What a [expletive deleted] mess, [Bleep] it [sic].",
    "ÉCOLE naïve ﬁnance Straße İstanbul 1st 2nd 3rd — co-operate, e-mail, re-elect.",
    "We will rebuild the path … by May . . . and then [...] open it.",
)
"""Texts that exercise every folding rule; their folded form is part of the fingerprint."""


@lru_cache(maxsize=1)
def comparison_fingerprint() -> str:
    """A digest of everything the comparison form of a quote depends on.

    It covers :data:`COMPARISON_VERSION` (for code changes), the tables and
    patterns the folding reads (spellings, number words, scales, the word
    and ellipsis patterns) and the folded words and gaps of texts that
    exercise each rule, so a change to any table, pattern or folding that the
    probes reach changes the fingerprint without anyone remembering to bump
    a constant. A stored comparison form (the quote index keeps one per text)
    is current only while the fingerprint it was made under is.

    >>> len(comparison_fingerprint())
    32
    """
    patterns = [p.pattern for p in (_WORD, _ASCII_WORD, _PLAIN_WORD, _SPELLED_WORD,
                                    _ASCII_PLAIN_WORD, _MASK, _BRACKET_MASK_WORD, _SCALED,
                                    _THOUSANDS, _SHARE, _TIME, _BRACKETS, _ELLIPSIS)]
    described = {
        "version": COMPARISON_VERSION,
        "spellings": spelling_pairs(),
        "numbers": [SMALL_NUMBERS, TENS, sorted(_SCALE_VALUES.items()),
                    sorted(_SPELLED_SCALES.items())],
        "patterns": patterns,
        "probes": [[comparison_words(t), quote_gaps(t, ((0, 20), (21, len(t))))]
                   for t in _PROBES],
    }
    data = json.dumps(described, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.blake2b(data, digest_size=16).hexdigest()
