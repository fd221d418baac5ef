"""Who said a quote, and with what verb."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from .models import Quote

__all__ = ["Attribution", "attribute", "find_split_attribution"]


@attrs.frozen
class Attribution:
    """An attribution clause found in the text.

    ``speaker`` is the name or pronoun as written, ``cue`` the verb, and
    ``start``/``end`` the clause's span in the document text.
    """

    speaker: str | None
    cue: str | None
    start: int
    end: int


def find_split_attribution(text: str, start: int, end: int) -> Attribution | None:
    """The attribution clause that ``text[start:end]`` consists of, if it is one.

    Used to join a quote split around its attribution: the text between the
    two parts (``, the club said. `` or `` said coach Ana Ruiz, ``).
    (Placeholder: implemented in the attribution work.)
    """
    return None


def attribute(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Fill in ``speaker`` and ``cue`` for quotes extracted from ``text``.

    (Placeholder: implemented in the attribution work.)
    """
    return list(quotes)
