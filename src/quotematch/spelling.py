"""British to American spelling, for comparing quotes printed in either style.

Only the comparison form is folded; reports always show the words as printed.
"""

from __future__ import annotations

__all__ = ["is_locale_pair", "to_american"]

# A seed table; words map from their British to their American spelling.
_BRITISH_TO_AMERICAN: dict[str, str] = {
    "apologise": "apologize",
    "apologised": "apologized",
    "honour": "honor",
    "offence": "offense",
    "defence": "defense",
    "colour": "color",
    "centre": "center",
}


def to_american(word: str) -> str:
    """The American spelling of a folded word, or the word itself.

    >>> to_american("honour"), to_american("honor"), to_american("sorry")
    ('honor', 'honor', 'sorry')
    """
    return _BRITISH_TO_AMERICAN.get(word, word)


def is_locale_pair(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are the British and American spellings of one word.

    >>> is_locale_pair("Apologise", "apologize"), is_locale_pair("cat", "cot")
    (True, False)
    """
    a, b = a.casefold(), b.casefold()
    return a != b and to_american(a) == to_american(b)
