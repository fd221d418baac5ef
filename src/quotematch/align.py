"""Assembling a cluster's canonical passage and each member's variants."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from rapidfuzz import fuzz

from .config import Config
from .models import Coverage, Quote, Variant

__all__ = ["Assembly", "assemble"]


@attrs.frozen
class Assembly:
    """The canonical passage of a cluster, where each member sits in it, and how it differs."""

    canonical: str
    coverage: tuple[Coverage, ...]
    variants: tuple[Variant, ...]


def assemble(members: Sequence[Quote], offsets: Sequence[int], config: Config) -> Assembly:
    """Build the canonical passage from ``members`` and align every member to it.

    ``offsets[i]`` is the (approximate) word position at which member ``i``
    starts in the passage, as found when linking the members.
    (Placeholder: the longest member stands in for the consensus.)
    """
    canonical = max(members, key=lambda q: (len(q.text), q.text)).text
    coverage = []
    for quote in members:
        al = fuzz.partial_ratio_alignment(quote.text, canonical)
        assert al is not None  # only None when a score_cutoff is given
        coverage.append(
            Coverage(quote_id=quote.id, start=al.dest_start, end=al.dest_end, score=al.score)
        )
    return Assembly(canonical, tuple(coverage), ())
