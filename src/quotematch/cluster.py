"""Grouping the printed versions of one statement.

The stages, each a value in and a value out:

1. every quote of a clustered kind is folded to its comparison words once;
   quotes with identical words (many outlets print the same text) become one
   *distinct text*, numbered in sorted order so nothing depends on input order;
2. :func:`quotematch.block.blocking_keys` indexes the distinct texts; keys
   held by more than ``Config.max_key_frequency`` texts are stock phrases
   and are not used; pairs sharing a key vote for a diagonal;
3. pairs with enough votes on one diagonal are verified by
   :func:`quotematch.link.verify` (strongest first);
4. ``same`` and ``overlap`` links, and ``contains`` links whose inner side is
   long, join components; a short contained fragment joins only the component
   of its best container, so fragments never chain different statements;
5. each component is assembled by :func:`quotematch.align.assemble`.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import gc
import itertools
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence

from .align import Assembly, assemble
from .block import key_columns
from .config import Config, resolve_config
from .errors import InputError
from .link import _SLACK, verify
from .models import Cluster, Quote, Variant
from .normalize import comparison_words, ellipsis_gaps

__all__ = ["cluster_quotes", "group_texts"]

_POS_BITS = 16
_POS_MASK = (1 << _POS_BITS) - 1
_DIAG_BITS = 17
_DIAG_BIAS = 1 << 16
_FULL_PAIRS = 6  # posting lists up to this size pair every entry with every other
_OVERLAP_RARE = 2  # an overlap link needs this many votes from rare keys
_RARE = 8  # a key held by at most this many texts is specific wording, not a common phrase
_CONTEXT = 4  # words of context used to sort a large posting list
_LONE_VOTE = 7  # a text this short inside another needs only one vote (longer: a quarter)


class _UnionFind:
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
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return False
        if rx > ry:
            rx, ry = ry, rx
        self.parent[ry] = rx
        return True


def _postings(texts: Sequence[Sequence[str]], max_frequency: int) -> list[list[int]]:
    """Posting lists (``text << 16 | position``) of the keys shared by 2..max texts.

    A key seen once (most keys) is stored as a bare int, not a list.
    """
    index: dict[int, int | list[int]] = {}
    get = index.get
    for tid, words in enumerate(texts):
        base = tid << _POS_BITS
        keys, positions = key_columns(words[:_POS_MASK])
        for key, pos in zip(keys, positions, strict=True):
            old = get(key)
            if old is None:
                index[key] = base | pos
            elif isinstance(old, int):
                index[key] = [old, base | pos]
            else:
                old.append(base | pos)
    result = []
    for entries in index.values():
        if isinstance(entries, int) or entries[0] >> _POS_BITS == entries[-1] >> _POS_BITS:
            continue  # one text only (entries are in text order)
        if len(entries) > max_frequency and (
            len({e >> _POS_BITS for e in entries}) > max_frequency
        ):
            continue
        result.append(entries)
    return result


def _neighbours(entries: list[int], texts: Sequence[Sequence[str]]) -> list[int]:
    """A large posting list cut down to neighbours: sorted by what follows, then by what precedes.

    Versions of one statement continue (and open) alike, so they sort next to
    each other; pairing each entry with its neighbour in both orders keeps the
    work linear in the list's length, and neighbours that link join each other
    through the cluster. Only neighbours that also share the word next to the
    key are paired. Returns the vote slot of each pair of different texts
    (see :func:`_candidates`).
    """
    n = len(texts)
    after = []
    before = []
    for e in entries:
        words = texts[e >> _POS_BITS]
        p = e & _POS_MASK
        after.append((words[p + 2 : p + 2 + _CONTEXT], e))
        before.append((words[max(0, p - _CONTEXT) : p][::-1], e))
    after.sort()
    before.sort()
    slots: list[int] = []
    add = slots.append
    for order in (after, before):
        for (words, x), (other, y) in itertools.pairwise(order):
            # The key and the word next to it: a trigram, rarer than the key.
            if words and other and words[0] == other[0]:
                if x > y:
                    x, y = y, x
                tx, ty = x >> _POS_BITS, y >> _POS_BITS
                if tx != ty:
                    add(
                        ((tx * n + ty) << _DIAG_BITS)
                        + (x & _POS_MASK)
                        - (y & _POS_MASK)
                        + _DIAG_BIAS
                    )
    return slots


def _candidates(
    texts: Sequence[Sequence[str]], config: Config
) -> list[tuple[int, int, int, int, int]]:
    """Candidate pairs ``(support, rare support, a, b, diagonal)``, strongest first.

    Every pair of entries of a posting list votes for its (pair, diagonal)
    slot. A slot is one integer, ``(a * n + b) << 17 | (diagonal + 2**16)``,
    written as the sum of a *left* part of ``a``'s entry and a *right* part of
    ``b``'s, so that the counting runs in ``collections.Counter``'s C loop.
    Votes from keys held by at most ``_RARE`` texts (specific wording) and
    from the others are counted apart, each slot once, and added up after, so
    that the *rare* support of a pair is known.
    """
    n = len(texts)
    rare_votes: Counter[int] = Counter()
    votes: Counter[int] = Counter()  # the common votes first, then all of them
    slots: list[int] = []  # rare slots not yet counted
    busy: list[int] = []  # common slots not yet counted
    add = slots.append
    for entries in _postings(texts, config.max_key_frequency):
        p = len(entries)
        if p == 2:
            x, y = entries
            add(
                (((x >> _POS_BITS) * n + (y >> _POS_BITS)) << _DIAG_BITS)
                + (x & _POS_MASK)
                - (y & _POS_MASK)
                + _DIAG_BIAS
            )
            continue
        if p > _FULL_PAIRS:
            new = _neighbours(entries, texts)
        else:
            tids = [e >> _POS_BITS for e in entries]
            left = [
                ((t * n) << _DIAG_BITS) + (e & _POS_MASK) + _DIAG_BIAS
                for t, e in zip(tids, entries, strict=True)
            ]
            right = [
                (t << _DIAG_BITS) - (e & _POS_MASK) for t, e in zip(tids, entries, strict=True)
            ]
            new = [
                left[i] + right[j]
                for i in range(p - 1)
                for j in range(i + 1, p)
                if tids[i] != tids[j]
            ]
        (busy if p > _RARE else slots).extend(new)
        if len(slots) > 1 << 20:
            rare_votes.update(slots)
            slots.clear()
        if len(busy) > 1 << 20:
            votes.update(busy)
            busy.clear()
    rare_votes.update(slots)
    votes.update(busy)
    del slots, busy
    votes.update(rare_votes)
    lengths = [len(t) for t in texts]
    # A pair's best slot has the most votes. A pair whose slots all have one
    # vote passes below only when one text is inside the other and the shorter
    # has at most _LONE_VOTE words, so single votes are looked at only for
    # pairs with such a short text (most slots have one vote; few texts are short).
    slots = [slot for slot, count in votes.items() if count > 1]
    lone = [slot for slot, count in votes.items() if count == 1]
    short = {t for t, length in enumerate(lengths) if length <= _LONE_VOTE}
    if short:
        slots.extend(
            slot
            for slot in lone
            for a, b in (divmod(slot >> _DIAG_BITS, n),)
            if a in short or b in short
        )
    del lone
    best: dict[int, tuple[int, int, int]] = {}  # pair -> (votes, -|diagonal|, -diagonal)
    diag_mask = (1 << _DIAG_BITS) - 1
    for slot in slots:
        diagonal = (slot & diag_mask) - _DIAG_BIAS
        rank = (votes[slot], -abs(diagonal), -diagonal)
        pair = slot >> _DIAG_BITS
        old = best.get(pair)
        if old is None or rank > old:
            best[pair] = rank
    result = []
    rare_get = rare_votes.get
    slack = _SLACK
    for pair, (support, _distance, negative) in best.items():
        a, b = divmod(pair, n)
        la, lb = lengths[a], lengths[b]
        diagonal = -negative
        # nests(la, lb, diagonal), written out: this loop runs once per pair.
        if (diagonal >= -slack and diagonal + lb <= la + slack) or (
            diagonal <= slack and diagonal + lb >= la - slack
        ):
            # One inside the other: most of the shorter one's keys should agree.
            shorter = la if la < lb else lb
            if support < (shorter // 4 if shorter > _LONE_VOTE else 1):
                continue
            nested = True
        elif support < _OVERLAP_RARE:
            continue
        else:
            nested = False
        slot = (pair << _DIAG_BITS) + diagonal + _DIAG_BIAS
        rare = rare_get(slot - 1, 0) + rare_get(slot, 0) + rare_get(slot + 1, 0)
        if rare >= _OVERLAP_RARE or nested:
            result.append((support, rare, a, b, diagonal))
    result.sort(key=lambda c: (-c[0], c[2], c[3]))
    return result


def group_texts(
    texts: Sequence[Sequence[str]],
    config: Config | None = None,
    *,
    gaps: Sequence[Sequence[int]] | None = None,
) -> list[list[tuple[int, int]]]:
    """Group distinct texts (as folded words) into statements.

    Args:
        texts: the comparison words of each distinct text; a text's index is its id.
        config: ``max_key_frequency``, ``link_score``, ``min_fragment_words``
            and ``min_overlap_words`` apply.
        gaps: for each text, the word positions of its ellipses
            (:func:`quotematch.normalize.ellipsis_gaps`), where it may leave
            words out; None when no text has any.

    Returns:
        One list per statement of ``(text id, word offset)``: where each text
        starts in the statement's assembled passage (the earliest at 0).
        Groups and their entries are in text-id order; every text is in
        exactly one group.

    >>> texts = [
    ...     "the council will rebuild the coastal path before summer".split(),
    ...     "will rebuild the costal path".split(),
    ...     "our thoughts are with the families".split(),
    ... ]
    >>> group_texts(texts)
    [[(0, 0), (1, 2)], [(2, 0)]]
    """
    cfg = resolve_config(config)
    with _collector_paused():
        return _group(texts, cfg, gaps)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while building millions of small, acyclic objects.

    The collector would otherwise rescan the growing index again and again
    (a third of the run time at 100k quotes); nothing built here has cycles.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _group(
    texts: Sequence[Sequence[str]], cfg: Config, gaps: Sequence[Sequence[int]] | None = None
) -> list[list[tuple[int, int]]]:
    n = len(texts)
    uf = _UnionFind(n)
    long_words = 2 * cfg.min_overlap_words
    edges: list[tuple[int, int, int]] = []  # (outer, inner, offset of inner in outer)
    deferred: list[tuple[int, int, int]] = []
    containers: defaultdict[int, list[tuple[float, int, int, int]]] = defaultdict(list)
    lengths = [len(t) for t in texts]
    for _support, rare, a, b, diagonal in _candidates(texts, cfg):
        both_long = lengths[a] >= long_words and lengths[b] >= long_words
        if both_long and uf.find(a) == uf.find(b):
            continue
        if gaps is None:
            link = verify(texts[a], texts[b], diagonal, cfg)
        else:
            link = verify(texts[a], texts[b], diagonal, cfg, gaps_a=gaps[a], gaps_b=gaps[b])
        if link is None or (link.kind == "overlap" and rare < _OVERLAP_RARE):
            continue
        outer, inner = (b, a) if link.swapped else (a, b)
        if link.kind == "contains" and lengths[inner] < long_words:
            containers[inner].append((-link.score, -lengths[outer], outer, link.offset))
        elif both_long:
            if uf.union(outer, inner):
                edges.append((outer, inner, link.offset))
        else:
            deferred.append((outer, inner, link.offset))
    for outer, inner, offset in deferred:
        if outer not in containers and inner not in containers and uf.union(outer, inner):
            edges.append((outer, inner, offset))
    for fragment in sorted(containers):
        _score, _length, outer, offset = min(containers[fragment])
        if uf.union(outer, fragment):
            edges.append((outer, fragment, offset))
    return _place_groups(n, uf, edges)


def _place_groups(
    n: int, uf: _UnionFind, edges: Sequence[tuple[int, int, int]]
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


_NEVER = _dt.datetime.max.replace(tzinfo=_dt.timezone.utc)


def _member_order(quote: Quote) -> tuple[_dt.datetime, str, str]:
    return (quote.published or _NEVER, quote.doc_id, quote.id)


def _as_quotes(quotes: Iterable[Quote | str]) -> list[Quote]:
    result = []
    for i, item in enumerate(quotes):
        if isinstance(item, Quote):
            result.append(item)
        elif isinstance(item, str):
            result.append(Quote(id=str(i), doc_id=str(i), text=item))
        else:
            raise InputError(
                f"cluster_quotes takes Quote objects or strings; item {i} is a "
                f"{type(item).__name__}"
            )
    return result


def cluster_quotes(quotes: Iterable[Quote | str], *, config: Config | None = None) -> list[Cluster]:
    """Group quotes that are versions of the same statement.

    Quotes of kinds outside ``Config.cluster_kinds`` (scare quotes and titles
    by default) and quotes without a single word are left out. Every other
    quote is in exactly one cluster; a quote that links to no other is a
    cluster of one. The result does not depend on the order of ``quotes``:
    clusters are numbered ``c0, c1, ...`` largest first (ties by canonical
    text) and members are listed by publication time, document and id.

    Args:
        quotes: :class:`Quote` objects, or plain strings (the string at
            position ``i`` becomes a quote with id and doc id ``str(i)``).
        config: thresholds; see :class:`quotematch.Config`.

    Raises:
        InputError: an item is neither a Quote nor a string.

    >>> clusters = cluster_quotes([
    ...     "We will rebuild the coastal path before the summer.",
    ...     "“We will rebuild the costal path before the summer,”",
    ...     "rebuild the coastal path",
    ...     "Our thoughts are with the families.",
    ... ])
    >>> [[q.id for q in c.members] for c in clusters]
    [['0', '1', '2'], ['3']]
    """
    cfg = resolve_config(config)
    with _collector_paused():
        return _cluster(_as_quotes(quotes), cfg)


def _cluster(quotes: Sequence[Quote], cfg: Config) -> list[Cluster]:
    by_words: dict[tuple[tuple[str, ...], tuple[int, ...]], list[Quote]] = {}
    for quote in quotes:
        if quote.kind not in cfg.cluster_kinds:
            continue
        words = comparison_words(quote.text)
        if words:
            by_words.setdefault((words, ellipsis_gaps(quote.text)), []).append(quote)
    distinct = sorted(by_words)
    texts = [words for words, _ in distinct]
    gaps = [gap for _, gap in distinct]
    groups = _group(texts, cfg, gaps if any(gaps) else None)
    reworded: list[list[list[tuple[int, int]]]] = [[] for _ in groups]
    if cfg.semantic:
        weights = [len(by_words[d]) for d in distinct]
        groups, reworded = _join_by_meaning(texts, groups, weights, cfg)
    built = []
    for group, others in zip(groups, reworded, strict=True):
        placed = sorted(
            ((quote, offset) for tid, offset in group for quote in by_words[distinct[tid]]),
            key=lambda item: _member_order(item[0]),
        )
        members = tuple(quote for quote, _ in placed)
        assembly = assemble(members, [offset for _, offset in placed], cfg)
        if others:
            extra = [q for g in others for tid, _ in g for q in by_words[distinct[tid]]]
            members, assembly = _add_reworded(members, assembly, extra, cfg)
        dated = [q for q in members if q.published is not None]
        earliest = dated[0] if dated else None
        built.append((members, assembly, earliest))
    built.sort(key=lambda b: (-len(b[0]), b[1].canonical, [q.id for q in b[0]]))
    return [
        Cluster(
            id=f"c{n}",
            canonical=assembly.canonical,
            members=members,
            variants=assembly.variants,
            coverage=assembly.coverage,
            earliest=earliest,
        )
        for n, (members, assembly, earliest) in enumerate(built)
    ]


def _join_by_meaning(
    texts: Sequence[Sequence[str]],
    groups: list[list[tuple[int, int]]],
    weights: Sequence[int],
    cfg: Config,
) -> tuple[list[list[tuple[int, int]]], list[list[list[tuple[int, int]]]]]:
    """Join lexical groups that are rewordings of one another (``Config.semantic``).

    Returns the main group of every joined statement and, beside it, the
    groups joined to it by meaning.
    """
    from .semantic import join_reworded, reworded_links

    plain = [[tid for tid, _ in group] for group in groups]
    joined = join_reworded(plain, reworded_links(texts, plain, cfg), weights)
    return [groups[main] for main, _ in joined], [[groups[g] for g in rest] for _, rest in joined]


def _add_reworded(
    members: tuple[Quote, ...], assembly: Assembly, extra: Sequence[Quote], cfg: Config
) -> tuple[tuple[Quote, ...], Assembly]:
    """Add members joined by meaning: placed on the canonical passage, described as paraphrases."""
    from .semantic import reworded_variants

    coverage = {c.quote_id: c for c in assembly.coverage}
    variants: defaultdict[str, list[Variant]] = defaultdict(list)
    for v in assembly.variants:
        variants[v.quote_id].append(v)
    for quote in extra:
        cover, records = reworded_variants(quote, assembly.canonical)
        coverage[quote.id] = cover
        variants[quote.id].extend(records)
    everyone = tuple(sorted((*members, *extra), key=_member_order))
    return everyone, Assembly(
        assembly.canonical,
        tuple(coverage[q.id] for q in everyone),
        tuple(v for q in everyone for v in variants.pop(q.id, ())),
    )
