"""Joining verified links into statements: the third clustering stage.

:func:`quotematch.block.candidate_pairs` proposes pairs,
:func:`quotematch.link.verify` links them, and :func:`join_links` turns the
links into groups of texts, each with the word offset at which every text
starts in the group's passage. Links between long texts join groups freely;
a short fragment joins only the group of its *best container*
(:func:`best_container`), so a stock fragment printed inside two different
statements never chains them. A long text held by another long one only with
changed words (a *loose* container, :func:`is_loose`) joins it only when
no version prints it word for word (:func:`anchors`). So "…caused to
customers." held word for word by "…caused to customers. The outage…" and,
with one word changed, by "…caused to passengers. On Friday…" does not
chain the two statements.

Which texts end up together depends only on the set of links, not on their
order; the order decides only which link places a text when several could
(the first one that joins it), which matters for offsets alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .block import OVERLAP_RARE
from .config import Config
from .link import Link

__all__ = [
    "Container",
    "UnionFind",
    "VerifiedLink",
    "anchors",
    "best_container",
    "could_anchor",
    "is_loose",
    "join_links",
    "settled",
]


class VerifiedLink(NamedTuple):
    """A candidate pair that :func:`quotematch.link.verify` linked.

    Attributes:
        a, b: indices of the two texts.
        link: how they line up.
        rare: the candidate's rare support
            (:attr:`quotematch.block.Candidate.rare`); an ``overlap`` needs
            :data:`quotematch.block.OVERLAP_RARE`.
    """

    a: int
    b: int
    link: Link
    rare: int


class Container(NamedTuple):
    """A text that contains a short fragment, as one option for that fragment."""

    text: int
    length: int
    score: float
    offset: int


def best_container(options: Iterable[Container]) -> Container:
    """The container a short fragment joins: the best score, then the shortest, then the first.

    Among containers that hold the fragment equally well, the shortest is the
    likeliest to be its statement: a few words of common phrasing ("to be
    delayed like this") turn up by chance in a long text of another statement
    far more often than in a short one, since a longer text has more places
    for them. At 100k generated quotes with ``max_key_frequency`` 50 (the
    crowding of 1M quotes) the shortest gave fragment precision 0.9917 →
    0.9936 and recall 0.9770 → 0.9793 against the longest.

    "First" is the lowest text index, which is content order when texts are
    numbered in sorted order of their words (as :func:`quotematch.cluster_quotes`
    does). An incremental caller that learns of a new container re-decides with
    this function and moves the fragment when the answer changes.

    >>> best_container([Container(4, 20, 92.0, 3), Container(2, 30, 92.0, 5)])
    Container(text=4, length=20, score=92.0, offset=3)
    """
    return min(options, key=lambda c: (-c.score, c.length, c.text, c.offset))


PERFECT = 100.0
"""The score of a ``contains`` link whose outer side prints the inner word for word (folded)."""


def is_loose(link: Link) -> bool:
    """Whether a link is a *loose* container: ``contains`` with some word changed.

    Between two long texts, a loose container is not trusted to join groups on
    its own: a long sentence that opens two statements ("We are deeply sorry
    for the disruption this has caused to customers.") sits word for word in
    its own statement and, with one word changed, in another ("…caused to
    passengers."). The text joins its loose containers only when nothing
    anchors it (:func:`anchors`).

    >>> is_loose(Link("contains", False, 0, 86.4, 12))
    True
    >>> is_loose(Link("contains", False, 0, 100.0, 12))
    False
    >>> is_loose(Link("same", False, 0, 86.4, 12))
    False
    """
    return link.kind == "contains" and link.score < PERFECT


def anchors(link: Link) -> bool:
    """Whether a link anchors its inner side: prints it word for word inside another text.

    An anchored text's loose containers (:func:`is_loose`) are not used: a
    sentence printed word for word in one statement and with a word changed
    in another belongs to the first. A text held only loosely by every
    version that holds it (an outlet's excerpt with "each" for "every", a
    sentence that two versions print with different changes) joins them all.

    >>> anchors(Link("contains", True, 0, 100.0, 12)), anchors(Link("same", False, 0, 100.0, 12))
    (True, False)
    """
    return link.kind == "contains" and link.score >= PERFECT


def could_anchor(a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether a link between two texts could anchor one (:func:`anchors`): a cheap test.

    A ``contains`` link scores 100 only when the inner text's words stand word
    for word in the outer one, so two texts neither of which prints the
    other's words as one run cannot anchor each other. A masked word
    (``f***``) reads as the word it faces, so a text holding one may.

    >>> could_anchor("the coastal path".split(), "we will rebuild the coastal path".split())
    True
    >>> could_anchor("the costal path".split(), "we will rebuild the coastal path".split())
    False
    """
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    inner, outer = " ".join(short), " ".join(long)
    if "*" in inner or "*" in outer:
        return True
    return f" {inner} " in f" {outer} "


def settled(length_a: int, length_b: int, a_anchored: bool, b_anchored: bool) -> bool:
    """Whether a link between two texts could not be a loose container of an unanchored text.

    The inner side of a ``contains`` link is never the longer text, so the
    pair is settled when every side that could be inner is anchored.

    >>> settled(20, 14, False, True), settled(20, 14, True, False), settled(14, 14, True, False)
    (True, False, False)
    """
    return (length_a > length_b or a_anchored) and (length_b > length_a or b_anchored)


class UnionFind:
    """Disjoint sets over ``0..n-1``; the root of a set is its lowest member."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, x: int, y: int) -> bool:
        """Join the sets of ``x`` and ``y``; False when they were already one."""
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return False
        if rx > ry:
            rx, ry = ry, rx
        self.parent[ry] = rx
        return True


def join_links(
    lengths: Sequence[int],
    links: Iterable[VerifiedLink | tuple[int, int, Link, int]],
    config: Config,
) -> list[list[tuple[int, int]]]:
    """Group texts by their verified links.

    ``same``, ``overlap`` and ``excerpt`` links, and ``contains`` links whose inner side has
    at least ``2 * config.min_overlap_words`` words and is printed word for
    word, join groups. A long inner side held only loosely (:func:`is_loose`)
    joins its loose containers too, unless another link anchors it
    (:func:`anchors`): then its loose containers are not used. A shorter
    inner side (a fragment) joins only the group of its
    :func:`best_container`, and a link touching such a fragment otherwise
    (for instance ``same`` with another short text) is not used. An
    ``overlap`` or ``excerpt`` with fewer than
    :data:`quotematch.block.OVERLAP_RARE` rare votes is not used.

    Args:
        lengths: the number of words of every text (its index is its id).
        links: every verified link, strongest first (the order decides only
            offsets, see the module docstring).
        config: ``min_overlap_words`` applies.

    Returns:
        One list per group of ``(text id, word offset)``, where the offset is
        the word of the group's passage at which the text starts (the earliest
        at 0). Groups are ordered by their lowest text id, entries by text id;
        every text is in exactly one group.

    >>> from quotematch.link import Link
    >>> links = [(0, 1, Link("contains", False, 2, 100.0, 4), 4)]
    >>> join_links([8, 4, 5], links, Config())
    [[(0, 0), (1, 2)], [(2, 0)]]
    """
    n = len(lengths)
    uf = UnionFind(n)
    long_words = 2 * config.min_overlap_words
    edges: list[tuple[int, int, int]] = []  # (outer, inner, offset of inner in outer)
    deferred: list[tuple[int, int, int]] = []
    containers: defaultdict[int, list[Container]] = defaultdict(list)
    loose: defaultdict[int, list[Container]] = defaultdict(list)
    anchored: set[int] = set()
    for a, b, link, rare in links:
        if link.kind in ("overlap", "excerpt") and rare < OVERLAP_RARE:
            continue
        outer, inner = (b, a) if link.swapped else (a, b)
        if link.kind == "contains" and lengths[inner] < long_words:
            containers[inner].append(Container(outer, lengths[outer], link.score, link.offset))
        elif lengths[a] >= long_words and lengths[b] >= long_words:
            if is_loose(link):
                loose[inner].append(Container(outer, lengths[outer], link.score, link.offset))
                continue
            if anchors(link):
                anchored.add(inner)
            if uf.union(outer, inner):
                edges.append((outer, inner, link.offset))
        else:
            deferred.append((outer, inner, link.offset))
    for inner in sorted(loose):
        if inner not in anchored:
            for option in loose[inner]:
                if uf.union(option.text, inner):
                    edges.append((option.text, inner, option.offset))
    for outer, inner, offset in deferred:
        if outer not in containers and inner not in containers and uf.union(outer, inner):
            edges.append((outer, inner, offset))
    for fragment in sorted(containers):
        best = best_container(containers[fragment])
        if uf.union(best.text, fragment):
            edges.append((best.text, fragment, best.offset))
    return _place_groups(n, uf, edges)


def _place_groups(
    n: int, uf: UnionFind, edges: Sequence[tuple[int, int, int]]
) -> list[list[tuple[int, int]]]:
    """Word offsets of every text in its group, walking the links that joined it."""
    adjacent: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    for outer, inner, offset in edges:
        adjacent[outer].append((inner, offset))
        adjacent[inner].append((outer, -offset))
    offsets: dict[int, int] = {}
    groups: defaultdict[int, list[int]] = defaultdict(list)
    for tid in range(n):
        root = uf.find(tid)
        groups[root].append(tid)
        if root == tid:
            offsets[tid] = 0
            stack = [tid]
            while stack:
                here = stack.pop()
                for there, offset in adjacent.get(here, ()):
                    if there not in offsets:
                        offsets[there] = offsets[here] + offset
                        stack.append(there)
    result = []
    for root in sorted(groups):
        members = groups[root]
        low = min(offsets[t] for t in members)
        result.append([(t, offsets[t] - low) for t in members])
    return result
