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
import unicodedata
from functools import lru_cache

import attrs
import regex

from .spelling import to_american

__all__ = [
    "Token",
    "comparison_form",
    "comparison_words",
    "ellipsis_gaps",
    "fold_word",
    "tokenize",
]

# A word: letters/digits/marks with inner apostrophes ("don't", "O’Neill"),
# a number with inner separators ("3,000", "4.5"), or an ampersand.
_WORD = regex.compile(
    r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}\p{N}]+)*"
    r"(?:[.,][\p{N}]+)*|&"
)
_BRACKETS = regex.compile(r"\[[^\[\]\n]{0,200}\]")
_ELLIPSIS = regex.compile(r"…|\.\s?\.\s?\.")


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

    >>> fold_word("Apologise"), fold_word("O’Neill"), fold_word("&")
    ('apologize', "o'neill", 'and')
    """
    if word == "&":
        return "and"
    folded = unicodedata.normalize("NFKC", word).casefold()
    folded = folded.replace("’", "'").replace("ʼ", "'")
    return to_american(folded)


def tokenize(text: str) -> tuple[Token, ...]:
    """Cut ``text`` into comparison tokens that remember where they came from.

    >>> text = "We’ll honour it [the deal]"
    >>> [(t.norm, text[t.start:t.end]) for t in tokenize(text)]
    [("we'll", 'We’ll'), ('honor', 'honour'), ('it', 'it'), ('the', 'the'), ('deal', 'deal')]
    """
    brackets = [m.span() for m in _BRACKETS.finditer(text)] if "[" in text else []
    tokens = []
    b = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        while b < len(brackets) and brackets[b][1] <= start:
            b += 1
        editorial = b < len(brackets) and brackets[b][0] < start
        tokens.append(Token(fold_word(match.group()), start, end, editorial))
    return tuple(tokens)


def comparison_words(text: str) -> tuple[str, ...]:
    """The folded words of ``text``, without offsets: ``tokenize`` for bulk comparing.

    The words are exactly the ``norm`` of each token :func:`tokenize` would
    return, so word positions mean the same thing in both; this form skips
    building :class:`Token` records, which clustering does not need.

    >>> comparison_words("We’ll honour it [the deal]")
    ("we'll", 'honor', 'it', 'the', 'deal')
    """
    return tuple(map(fold_word, _WORD.findall(text)))


def ellipsis_gaps(text: str) -> tuple[int, ...]:
    """Word positions at which ``text`` has an ellipsis (words may be left out there).

    A position counts the comparison words before the ellipsis, so it indexes
    :func:`comparison_words`; leading and trailing ellipses count too.

    >>> ellipsis_gaps("We will rebuild … the path [...] by May...")
    (3, 5, 7)
    >>> ellipsis_gaps("No gap here.")
    ()
    """
    if "…" not in text and "." not in text:
        return ()
    marks = [m.start() for m in _ELLIPSIS.finditer(text)]
    if not marks:
        return ()
    starts = [m.start() for m in _WORD.finditer(text)]
    return tuple(dict.fromkeys(bisect.bisect_left(starts, mark) for mark in marks))


def comparison_form(text: str) -> str:
    """The folded words of ``text`` joined by single spaces.

    >>> comparison_form("We APOLOGISE — truly & deeply.")
    'we apologize truly and deeply'
    """
    return " ".join(t.norm for t in tokenize(text))
