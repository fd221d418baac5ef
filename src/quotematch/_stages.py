"""The clustering stages the index calls, in one place.

The index groups a closed part of the corpus with the corpus-wide stock keys
left out, and assembles one group at a time; both go through here so the
index calls exactly what the batch clusterer calls.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from .align import assemble
from .cluster import _group, _member_order
from .config import Config
from .models import Cluster, Quote
from .normalize import comparison_words

__all__ = ["build_cluster", "cluster_id", "group_texts_with_stock"]


def group_texts_with_stock(
    texts: Sequence[Sequence[str]],
    config: Config,
    gaps: Sequence[Sequence[int]],
    stock: frozenset[int],
) -> list[list[tuple[int, int]]]:
    """Batch grouping of ``texts`` (in sorted order), never pairing on a ``stock`` key."""
    return _group(texts, config, gaps if any(gaps) else None, stock)


def cluster_id(quotes: Sequence[Quote]) -> str:
    """An id from the members' wording only: the same members give the same id anywhere."""
    smallest = min(" ".join(comparison_words(q.text)) for q in quotes)
    return "c" + hashlib.blake2b(smallest.encode("utf-8"), digest_size=6).hexdigest()


def build_cluster(placed: Sequence[tuple[Quote, int]], config: Config) -> Cluster:
    """Assemble one group of ``(quote, word offset)`` the way the batch clusterer does."""
    ordered = sorted(placed, key=lambda item: _member_order(item[0]))
    members = tuple(q for q, _ in ordered)
    assembly = assemble(members, [offset for _, offset in ordered], config)
    dated = [q for q in members if q.published is not None]
    return Cluster(
        id=cluster_id(members),
        canonical=assembly.canonical,
        members=members,
        variants=assembly.variants,
        coverage=assembly.coverage,
        earliest=dated[0] if dated else None,
    )
