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

import unicodedata
from functools import lru_cache

import attrs
import regex

from .spelling import to_american

__all__ = ["Token", "comparison_form", "fold_word", "tokenize"]

# A word: letters/digits/marks with inner apostrophes ("don't", "O’Neill"),
# a number with inner separators ("3,000", "4.5"), or an ampersand.
_WORD = regex.compile(
    r"[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}\p{N}]+)*"
    r"(?:[.,][\p{N}]+)*|&"
)
_BRACKETS = regex.compile(r"\[[^\[\]\n]{0,200}\]")


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


@lru_cache(maxsize=1 << 16)
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


def comparison_form(text: str) -> str:
    """The folded words of ``text`` joined by single spaces.

    >>> comparison_form("We APOLOGISE — truly & deeply.")
    'we apologize truly and deeply'
    """
    return " ".join(t.norm for t in tokenize(text))
