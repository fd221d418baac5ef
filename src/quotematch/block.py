"""Blocking keys, their corpus-wide statistics, and the candidate pairs they propose.

Comparing every quote with every other is quadratic, so quotematch only
compares quotes that share a *blocking key*: a pair of nearby words. This
module is the first of the three clustering stages (candidates, then
:func:`quotematch.link.verify`, then :func:`quotematch.join.join_links`); the
batch clusterer, an index and a distributed run all call
:func:`candidate_pairs`, so every path through quotematch proposes the same
candidates.

Keys are word bigrams ``(w[i], w[i+1])`` and skip-bigrams ``(w[i], w[i+2])``
of the comparison form (see :mod:`quotematch.normalize`). A single typo or a
changed word breaks at most two bigrams and two skip-bigrams, so a fragment of
four words with one typo still shares a key with its fuller version. Keys made
only of very common function words ("of the", "I have") are never produced:
they would pair every quote with every other and prove nothing.

Each key is a non-negative 62-bit integer computed from CRC-32 of the words,
so it is the same in every process and on every platform (Python's own
``hash`` of a string is not) and can be stored in an index. Its lowest bit is
1 when one of its words is a function word (see :func:`is_weak`).
"""

from __future__ import annotations

import itertools
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple, TypeVar

import attrs

from .config import Config

__all__ = [
    "DIAGONAL_SLACK",
    "FULL_PAIRS",
    "LONE_VOTE",
    "MOST_VOTES",
    "OVERLAP_RARE",
    "RARE",
    "STOP_WORDS",
    "WEAK_CROWDED",
    "Candidate",
    "KeyStats",
    "Posting",
    "Vote",
    "blocking_keys",
    "candidate_pairs",
    "is_weak",
    "key_columns",
    "key_postings",
    "key_stats",
    "key_votes",
    "pair_candidate",
]

_STOP_TEXT = """
    a about after all also am an and any are as at be because been before being but by
    can could did do does doing don't for from had has have having he he's her here hers
    him his how i i'm i've i'll i'd if in into is isn't it it's its just let's me more most
    my no not now of off on once only or other our ours out over own said say says she
    she's should so some such than that that's the their theirs them then there there's
    these they they're this those through to too under until up us very was wasn't we
    we're we've we'll were what when where which while who whom why will with won't would
    you you're your yours
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_TEXT.split())
"""Function words that never make a key on their own (a key needs one other word)."""

DIAGONAL_SLACK: int = 2
"""Words of play around a diagonal, for dropped and added words (blocking and verifying)."""
RARE: int = 8
"""A key held by at most this many distinct texts is specific wording, not a common phrase."""
OVERLAP_RARE: int = 2
"""Votes from rare keys that an end-to-start ``overlap`` link needs."""

_BODY = (1 << 62) - 2  # the lowest bit is the WEAK flag
_SKIP = 0x2545F4914F6CDD1D  # mixed into skip-bigram keys so they never equal bigram keys


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def blocking_keys(norms: Sequence[str]) -> list[tuple[int, int]]:
    """The blocking keys of a quote's folded words, each with the position it starts at.

    Args:
        norms: the comparison-form words of one quote (``Token.norm``).

    Returns:
        ``(key, position)`` pairs in position order, bigram before skip-bigram.
        Two quotes that share a key at positions ``i`` and ``j`` are aligned on
        the diagonal ``i - j``: the second quote would start at word ``i - j``
        of the first.

    >>> keys = blocking_keys(["we", "will", "rebuild", "the", "path"])
    >>> [position for _, position in keys]
    [0, 1, 2, 2, 3]
    >>> keys == blocking_keys(("we", "will", "rebuild", "the", "path"))
    True
    >>> blocking_keys(["of", "the", "in"])
    []
    """
    keys, positions = key_columns(norms)
    return list(zip(keys, positions, strict=True))


def key_columns(norms: Sequence[str]) -> tuple[list[int], list[int]]:
    """:func:`blocking_keys` as two parallel lists, keys and positions (for bulk indexing).

    >>> key_columns(["rebuild", "the", "path"])[1]
    [0, 0, 1]
    """
    hashes = list(map(_word_hash, norms))
    stop = [w in STOP_WORDS for w in norms]
    keys: list[int] = []
    positions: list[int] = []
    last = len(hashes) - 1
    for i in range(last):
        # h = hashes[i] * 0x100000001B3, written so that compiled code keeps it in a
        # machine word: mypyc does so only below 2**62 and allocates a Python integer
        # for each step above (the product has 73 bits). Only the low 62 bits reach a
        # key (the _BODY mask) and the factor is 2**40 + 0x1B3, so the 2**40 part needs
        # only the low 22 bits of the hash. The keys of the 17,615 distinct texts of
        # 20k generated quotes, this module compiled: 0.21 -> 0.14 CPU s (two runs each).
        # tests/test_block.py checks the keys against the plain product.
        h = ((hashes[i] & 0x3FFFFF) << 40) + hashes[i] * 0x1B3
        if not (stop[i] and stop[i + 1]):
            keys.append(((h + hashes[i + 1]) & _BODY) | (stop[i] or stop[i + 1]))
            positions.append(i)
        if i + 1 < last and stop[i + 1] and not (stop[i] and stop[i + 2]):
            keys.append((((h + hashes[i + 2]) ^ _SKIP) & _BODY) | (stop[i] or stop[i + 2]))
            positions.append(i)
    return keys, positions



def is_weak(key: int) -> bool:
    """True for a key that pairs a function word with another word ("the path").

    Such keys are more common than keys of two content words ("coastal path");
    a weak key held by very many texts is not worth pairing its texts on.

    >>> [is_weak(key) for key, _ in blocking_keys(["the", "coastal", "path"])]
    [True, False]
    """
    return bool(key & 1)


# --------------------------------------------------------------------------- key statistics


@attrs.frozen
class KeyStats:
    """How many distinct texts hold each blocking key, over a whole corpus.

    Every decision :func:`candidate_pairs` takes about a key as a whole (a
    crowded key that pairs only texts whose next words agree, a *rare* key
    that counts as specific wording, a busy key whose texts are paired only
    with their neighbours) is taken from these counts. Built with :func:`key_stats`; statistics of
    disjoint sets of distinct texts add up with :meth:`merge` or
    :meth:`combine`, so partitions of a corpus or batches of an index can be
    counted apart. (A text counted in two parts is counted twice: deduplicate
    texts first.)

    >>> a = key_stats([["rebuild", "the", "path"]])
    >>> b = key_stats([["rebuild", "the", "wall"], ["rebuild", "the", "path"]])
    >>> key = blocking_keys(["rebuild", "the"])[0][0]
    >>> a.texts(key), a.merge(b).texts(key)
    (1, 3)
    """

    counts: Mapping[int, int] = attrs.field(factory=dict)

    def texts(self, key: int) -> int:
        """How many distinct texts hold ``key`` (0 for a key never seen)."""
        return self.counts.get(key, 0)

    def split(self, shard: Callable[[int], int], parts: int) -> list[KeyStats]:
        """The statistics cut into ``parts`` by ``shard(key)`` (for a run that shuffles keys).

        >>> halves = key_stats([["rebuild", "the", "path"]]).split(lambda key: key % 2, 2)
        >>> [len(part.counts) for part in halves], KeyStats.combine(halves).texts(
        ...     blocking_keys(["rebuild", "the"])[0][0])
        ([1, 2], 1)
        """
        counts: list[dict[int, int]] = [{} for _ in range(parts)]
        for key, held in self.counts.items():
            counts[shard(key)][key] = held
        return [KeyStats(part) for part in counts]

    def merge(self, other: KeyStats) -> KeyStats:
        """The statistics of both corpora together (texts are assumed disjoint)."""
        return KeyStats.combine([self, other])

    @staticmethod
    def combine(parts: Iterable[KeyStats]) -> KeyStats:
        """The statistics of all ``parts`` together.

        >>> KeyStats.combine([key_stats([["coastal", "path"]])] * 2).counts.popitem()[1]
        2
        """
        total: Counter[int] = Counter()
        for part in parts:
            total.update(part.counts)
        return KeyStats(dict(total))


def key_stats(texts: Iterable[Sequence[str]]) -> KeyStats:
    """Count, for each blocking key, the distinct texts that hold it.

    Args:
        texts: the comparison words of each *distinct* text.

    >>> stats = key_stats([["rebuild", "the", "path"], ["rebuild", "the", "wall"]])
    >>> sorted(stats.counts.values())  # "rebuild the" is held by both
    [1, 1, 1, 1, 2]
    """
    counts: Counter[int] = Counter()
    for words in texts:
        counts.update(set(key_columns(words[:_POS_MASK])[0]))
    return KeyStats(dict(counts))


# --------------------------------------------------------------------------- candidate pairs


class Candidate(NamedTuple):
    """A pair of texts worth verifying, and where they would line up.

    A named tuple rather than an attrs record: a large corpus makes millions.

    Attributes:
        a, b: indices into the texts given to :func:`candidate_pairs` (``a < b``).
        diagonal: the word of ``a`` at which ``b`` would start.
        support: how many shared keys vote for this diagonal (±1 for the best one).
        rare: how many of those keys are held by at most :data:`RARE` texts.
    """

    a: int
    b: int
    diagonal: int
    support: int
    rare: int


_POS_BITS = 16
_POS_MASK = (1 << _POS_BITS) - 1
_DIAG_BITS = 17
_DIAG_BIAS = 1 << 16
FULL_PAIRS: int = 6  # posting lists up to this size pair every entry with every other
_CONTEXT = 4  # words of context used to sort a large posting list
LONE_VOTE: int = 7  # a text this short inside another needs only one vote (longer: a quarter)
MOST_VOTES: int = 3
"""The most votes a text inside another ever needs, however long the shorter of the two.

A quarter of the shorter text's words assumes most of its keys vote. In a large
corpus most word pairs are crowded, and a crowded key votes only with the hub of
its run (a weak one held by very many texts not at all), so a 20-word fragment
printed word for word inside its statement may get 3 votes where the quarter
rule asked for 5. The verifier decides the extra pairs. At 100k generated quotes
with ``max_key_frequency`` 50 (the crowding 1M quotes have at 500) this lifted
cluster F1 from 0.974 to 0.980 for 15% more candidates; at the default limit,
0.9887 to 0.9889 for 42% more (verifying them: 2.0 to 3.3 CPU s); a cap of 2
reached 0.985 under crowding but cost precision and 2.7 times the candidates at
the default limit."""
WEAK_CROWDED: int = 4  # a weak key held by more than this many times max_key_frequency: unused


def _postings(
    texts: Sequence[Sequence[str]], stats: KeyStats | None
) -> Iterator[tuple[int, list[int], int]]:
    """Posting lists (``text << 16 | position``) of the keys held by two texts or more.

    Each comes with its key and the number of distinct texts holding the key:
    from ``stats`` when given, else counted in ``texts``. The index is a dict
    from key to its list of entries. It was two flat arrays linked entry to
    entry, so that the cycle collector had fewer objects to scan (with a list
    per key the stage took 4.2 s against 3.1 s with the collector off at 30k
    quotes, plain Python). Compiled, reading an array goes through the generic
    item protocol, two new integers a read, and the lists won: the candidate
    stage on 200k generated quotes in the compiled build (this module alone
    compiled, the rest plain, in the full clustering run) 35.3 -> 31.8 CPU s,
    for 816 -> 1,003 MiB peak (measured after verifying); plain Python, the
    same within noise at 20k (2.96-3.33 s against 3.07-3.12 s).
    """
    chains: dict[int, list[int]] = {}
    for tid, words in enumerate(texts):
        base = tid << _POS_BITS
        keys, positions = key_columns(words[:_POS_MASK])
        for key, pos in zip(keys, positions, strict=True):
            chain = chains.get(key)
            if chain is None:
                chains[key] = [base | pos]
            else:
                chain.append(base | pos)
    held = None if stats is None else stats.counts.get
    for key, chain in chains.items():
        p = len(chain)
        if p < 2 or (p == 2 and chain[0] >> _POS_BITS == chain[1] >> _POS_BITS):
            continue  # one text only
        if held is None:
            count = p
            if count > 2:
                count = len({e >> _POS_BITS for e in chain})
        else:
            count = held(key, 0)
        yield key, chain, count


# How a key pairs the texts that hold it (decided by _regime from KeyStats alone).
_UNUSED, _EVERY_PAIR, _NEIGHBOURS, _STAR = range(4)


def _regime(key: int, held: int, entries: int, config: Config) -> int:
    """How the ``entries`` postings of a key held by ``held`` distinct texts pair their texts.

    Every pair with every other (up to ``FULL_PAIRS`` texts, and always for a
    list of two entries of such a key); neighbours in the list sorted by the
    words around the key (a busy key); the star on each run's first text (a
    crowded key, held by more than ``max_key_frequency`` texts, and a crowded
    weak key, see :func:`is_weak`, held by at most ``WEAK_CROWDED`` times as
    many); not at all (a weak key held by more still: a function word beside a
    very common word, "the council", says nothing about which statement a text
    is).

    A fragment of a popular statement may hold few keys but crowded weak ones
    ("in the valley", "for the families"): without them it met no full version.
    With 100k generated quotes and ``max_key_frequency`` 50 (the share of
    crowded keys 1M quotes have at 500), using crowded weak keys up to 4 times
    the limit lifted cluster F1 from 0.961 to 0.971 (fragment recall 0.922 to
    0.946, pair precision 0.9957 to 0.9944) for 15-25% more time finding
    candidates; using all of them gave 0.976 for 60% more.
    """
    crowded = held > config.max_key_frequency
    if crowded and key & 1 and held > WEAK_CROWDED * config.max_key_frequency:
        return _UNUSED
    if held <= FULL_PAIRS and (entries == 2 or not crowded):
        return _EVERY_PAIR
    return _STAR if crowded else _NEIGHBOURS


_Word = TypeVar("_Word", str, bytes)  # a word, or its UTF-8 bytes (the index sorts by those)


def _after(words: Sequence[_Word], position: int) -> Sequence[_Word]:
    """What a busy key's list is sorted by first: ``_CONTEXT`` words from the key's second one."""
    return words[position + 2 : position + 2 + _CONTEXT]


def _before(words: Sequence[_Word], position: int) -> Sequence[_Word]:
    """What a busy key's list is sorted by second: ``_CONTEXT`` words before it, nearest first."""
    # One reversed slice, not a slice and its reverse (the stop must stay >= 0:
    # -1 would mean the last word): 0.64 -> 0.39 CPU s per 2 M calls (100k
    # generated quotes make 2.1 M); tests/test_block.py checks the plain slice.
    if position > _CONTEXT:
        return words[position - 1 : position - 1 - _CONTEXT : -1]
    return words[position - 1 :: -1] if position else words[:0]


def _key_slots(
    entries: Sequence[int],
    regime: int,
    n: int,
    after: Sequence[Sequence[str]] | None = None,
    before: Sequence[Sequence[str]] | None = None,
) -> list[int]:
    """The vote slots of one key: its entries (``text << 16 | position``, increasing) paired.

    A slot is ``(a * n + b) << 17`` plus the diagonal (biased by ``1 << 16``)
    for texts ``a < b`` of ``n``. ``after`` and ``before`` are each entry's
    context (:func:`_after`, :func:`_before`), needed for the neighbour
    regimes only (``before`` for ``_NEIGHBOURS``).
    """
    if regime == _EVERY_PAIR:
        p = len(entries)
        tids = [e >> _POS_BITS for e in entries]
        left = [
            ((t * n) << _DIAG_BITS) + (e & _POS_MASK) + _DIAG_BIAS
            for t, e in zip(tids, entries, strict=True)
        ]
        right = [(t << _DIAG_BITS) - (e & _POS_MASK) for t, e in zip(tids, entries, strict=True)]
        return [
            left[i] + right[j] for i in range(p - 1) for j in range(i + 1, p) if tids[i] != tids[j]
        ]
    if after is None or (regime == _NEIGHBOURS and before is None):
        raise ValueError("a busy key's entries need their context")
    return _neighbours(entries, regime == _STAR, n, after, before)


def _neighbours(
    entries: Sequence[int],
    stock: bool,
    n: int,
    after: Sequence[Sequence[str]],
    before: Sequence[Sequence[str]] | None,
) -> list[int]:
    """A large posting list cut down to neighbours: sorted by what follows, then by what precedes.

    Versions of one statement continue (and open) alike, so they sort next to
    each other; pairing each entry with its neighbour in both orders keeps the
    work linear in the list's length, and neighbours that link join each other
    through the cluster. Only neighbours that also share the word next to the
    key are paired; each run of equal context words also pairs with its
    text that starts earliest (:func:`_star`). For a ``stock`` key (held by more than
    ``max_key_frequency`` texts) only the order by what follows is used, and
    neighbours are paired only when all of the next ``_CONTEXT`` words agree
    (as far as the shorter text goes):
    what surrounds a stock phrase differs from statement to statement, while
    the versions of one popular statement agree around nearly every key.
    Returns the vote slot of each pair of different texts (see :func:`_key_slots`).
    """
    by_after = _by_context(after, entries)
    slots: list[int] = []
    add = slots.append
    if stock:
        _stock_stars(by_after, n, add)
        return slots
    orders = [by_after]
    if before is not None:
        orders.append(_by_context(before, entries))
    for order in orders:
        start = 0  # the first entry of the current run of equal context words
        for i, ((words, x), (other, y)) in enumerate(itertools.pairwise(order), 1):
            # The key and the word next to it: a trigram, rarer than the key.
            if words and other and words[0] == other[0]:
                if x > y:
                    x, y = y, x
                tx, ty = x >> _POS_BITS, y >> _POS_BITS
                if tx != ty:
                    slots.append(
                        ((tx * n + ty) << _DIAG_BITS)
                        + (x & _POS_MASK)
                        - (y & _POS_MASK)
                        + _DIAG_BIAS
                    )
                if words == other:
                    continue
            if i - start > 2:
                _star(order[start:i], n, add)
            start = i
        if len(order) - start > 2:
            _star(order[start:], n, add)
    return slots


_CONTEXT_OF = itemgetter(0)


def _by_context(
    context: Sequence[Sequence[_Word]], entries: Sequence[int]
) -> list[tuple[Sequence[_Word], int]]:
    """``(context, entry)`` pairs sorted by context, then entry: ``sorted(zip(context, entries))``.

    The entries come in increasing order (:func:`_key_slots`) and the sort is
    stable, so sorting by the context alone gives the same order; comparing the
    contexts alone (tuples of words) skips a level of tuple comparison: sorting
    the busy keys' lists took 2.1 -> 1.5 CPU s at 100k generated quotes
    (60,208 busy keys, 2.6 M entries). tests/test_block.py checks it against
    the plain sort.
    """
    return sorted(zip(context, entries, strict=True), key=_CONTEXT_OF)


def _earliest(entries: Iterable[int]) -> int:
    """Where in ``entries`` the key sits furthest into its text (the first such, on a tie).

    ``max(range(len(entries)), key=lambda i: (entries[i] & _POS_MASK, -i))``
    without a call and a tuple per entry: 0.44 -> 0.24 CPU s per 500k runs of
    3-12 entries (100k generated quotes make 560k); tests/test_block.py checks
    it against that plain form.
    """
    positions = [e & _POS_MASK for e in entries]
    return positions.index(max(positions))


def _stock_stars(
    by_after: Sequence[tuple[Sequence[str], int]], n: int, add: Callable[[int], None]
) -> None:
    """The pairs a stock key makes of its entries sorted by the words after it: two stars.

    Star, not chain: each entry whose following words agree with the first of
    its run (as far as the shorter text goes) pairs with that first entry, the
    run's *hub*, so the versions of a popular statement all vote for pairs
    with one hub, key after key. Entries with no word after the key pair with
    nothing.

    The hub is the first entry in sorted order, often a text that ends a word
    or two after the key, so a fragment and the full version that agree on all
    the following words would never vote for each other. So each run of
    *equal* following words is also a star (:func:`_equal_star`) on its text
    that starts earliest (the key sits furthest into it), the likeliest
    container of the others, as :func:`_star` does for a busy key. At 100k
    generated quotes with ``max_key_frequency`` 50 (the crowding 1M quotes
    have at 500) this lifted cluster F1 from 0.9798 to 0.9860 (fragment
    recall 0.962 to 0.977) for 5% more candidates; at 20k quotes and the
    default limit, 0.9881 to 0.9883 (precision 0.9879 to 0.9883). A star on
    the first text of each equal run instead gave 0.9858 and 0.9879
    (precision 0.9873): the first text in sorted order is no likelier a
    container than any other.
    """
    hub_words: Sequence[str] = ()
    hub = 0
    group_words: Sequence[str] | None = None
    group: list[int] = []
    skip = -1  # where in the group the run's hub sits, when it does
    for words, y in by_after:
        if not words:
            continue  # sorts first; pairs with nothing and is nobody's hub
        if words == group_words:
            group.append(y)
        else:
            if len(group) > 1:
                _equal_star(group, skip, n, add)
            group_words, group = words, [y]
            if not (hub_words and words[: len(hub_words)] == hub_words[: len(words)]):
                hub_words, hub, skip = words, y, 0
                continue
            skip = -1
        x = hub
        tx, ty = x >> _POS_BITS, y >> _POS_BITS
        if tx != ty:
            if tx > ty:
                x, y, tx, ty = y, x, ty, tx
            add(((tx * n + ty) << _DIAG_BITS) + (x & _POS_MASK) - (y & _POS_MASK) + _DIAG_BIAS)
    if len(group) > 1:
        _equal_star(group, skip, n, add)


def _equal_star(group: Sequence[int], skip: int, n: int, add: Callable[[int], None]) -> None:
    """Pair a stock key's entries with equal following words with their earliest-starting text.

    ``group`` holds the entries (``text << 16 | position``) in sorted order;
    ``skip`` is where the run's hub sits in it (-1: elsewhere), already paired
    with every entry of the group, so it gets no second vote from this key.
    The entry in which the key sits furthest from the start (then the first)
    is the group's star.
    """
    head = _earliest(group)
    if head == skip:
        return
    x = group[head]
    for i, y in enumerate(group):
        if i != head and i != skip:
            a, b = (x, y) if x < y else (y, x)
            ta, tb = a >> _POS_BITS, b >> _POS_BITS
            if ta != tb:
                add(((ta * n + tb) << _DIAG_BITS) + (a & _POS_MASK) - (b & _POS_MASK) + _DIAG_BIAS)


def _star(run: Sequence[tuple[Sequence[str], int]], n: int, add: Callable[[int], None]) -> None:
    """Pair every entry of a run with equal context words with the run's earliest-starting text.

    The versions of one statement agree around a key, so they form a run in
    the sorted posting list; pairing neighbours alone would chain them, and a
    fragment would pair only with a sibling fragment that it may merely
    overlap. The text in which the key sits furthest from the start (then the
    lowest) starts earliest: the likeliest container of the others, the same
    text key after key, so the votes go to the same pair (at 300k generated
    quotes this lifted fragment recall from 0.956 to 0.972 and cluster F1 from
    0.975 to 0.981, for a quarter more candidates to verify). It needs the
    postings alone, so a key decides the same way wherever it is counted.
    Neighbours of the hub are already paired.
    """
    hub = _earliest(e for _, e in run)
    x = run[hub][1]
    for i, (_, y) in enumerate(run):
        if abs(i - hub) > 1:
            a, b = (x, y) if x < y else (y, x)
            ta, tb = a >> _POS_BITS, b >> _POS_BITS
            if ta != tb:
                add(((ta * n + tb) << _DIAG_BITS) + (a & _POS_MASK) - (b & _POS_MASK) + _DIAG_BIAS)


# --------------------------------------------------------------------------- the steps one by one


class Posting(NamedTuple):
    """One text's occurrence of a blocking key: what :func:`key_votes` needs to know of it.

    Attributes:
        text: the text's number, the same in every part of a corpus: texts are
            numbered in sorted order of their words (see :func:`candidate_pairs`).
        position: the word of the text at which the key starts.
        after: up to four words from ``position + 2`` on (a busy key's list is
            sorted by them).
        before: up to four words before ``position``, nearest first.
    """

    text: int
    position: int
    after: tuple[str, ...]
    before: tuple[str, ...]


class Vote(NamedTuple):
    """One key's vote for two texts lining up: ``b`` would start at word ``diagonal`` of ``a``.

    ``rare`` when the key is held by at most :data:`RARE` distinct texts.
    """

    a: int
    b: int
    diagonal: int
    rare: bool


def key_postings(words: Sequence[str], text: int) -> list[tuple[int, Posting]]:
    """Each blocking key of one text with its :class:`Posting`: what a text sends to its keys.

    A distributed run emits these per part of the corpus and brings each
    key's postings together (a shuffle by key) for :func:`key_votes`.

    >>> [(p.text, p.position, p.after, p.before) for _, p in key_postings(
    ...     ("we", "will", "rebuild", "the", "path"), 7)][2]
    (7, 2, ('path',), ('will', 'we'))
    """
    keys, positions = text_keys(words)
    return [(key, posting(words, text, pos)) for key, pos in zip(keys, positions, strict=True)]


def text_keys(words: Sequence[str]) -> tuple[list[int], list[int]]:
    """The blocking keys of a text and their positions, as the candidate steps count them.

    :func:`key_columns` of the text's first 65,535 words (a position fits in 16 bits).

    >>> text_keys(("rebuild", "the", "path")) == key_columns(["rebuild", "the", "path"])
    True
    """
    return key_columns(words[:_POS_MASK])


def posting(words: Sequence[str], text: int, position: int) -> Posting:
    """The :class:`Posting` of the key at ``position`` of ``text`` (whose words are ``words``).

    >>> posting(("we", "will", "rebuild", "the", "path"), 7, 2)
    Posting(text=7, position=2, after=('path',), before=('will', 'we'))
    """
    return Posting(text, position, tuple(_after(words, position)), tuple(_before(words, position)))


# What a key's postings must carry to its votes (see key_needs).
NO_VOTES: int = 0
PLACE: int = 1
CONTEXT: int = 2


def key_needs(key: int, held: int, config: Config) -> int:
    """What :func:`key_votes` needs of a key's postings, from the key's corpus-wide count alone.

    :data:`NO_VOTES`: nothing, the key votes for no pair (it is held by one
    distinct text, or it is a crowded weak key: :func:`is_weak`).
    :data:`PLACE`: text and position only, every text holding it is paired
    with every other. :data:`CONTEXT`: also the words around it
    (:attr:`Posting.after`, :attr:`Posting.before`), by which a busy key's
    list is sorted. A distributed run learns ``held`` first and ships each
    posting with no more than its key needs.

    >>> key = blocking_keys(["coastal", "path"])[0][0]
    >>> [key_needs(key, held, Config()) for held in (1, 2, 7)]
    [0, 1, 2]
    """
    if held < 2:
        return NO_VOTES
    regime = _regime(key, held, 3, config)  # three entries or more: the general case
    if regime == _UNUSED:
        return NO_VOTES
    return PLACE if regime == _EVERY_PAIR else CONTEXT


def key_votes(
    key: int, postings: Iterable[Posting], stats: KeyStats, config: Config
) -> list[Vote]:
    """The votes of one blocking key: the first step of :func:`candidate_pairs`, a key at a time.

    Every pair of texts holding the key votes for the diagonal it sits on
    (a busy or crowded key: only the pairs :func:`candidate_pairs` describes).
    The votes of a key depend only on its postings and on what ``stats`` says
    of it, so a corpus split into parts gives the votes of the whole corpus as
    long as every posting of the key is passed.

    Args:
        key: the blocking key.
        postings: every posting of ``key`` in the corpus (:func:`key_postings`), any order.
        stats: corpus-wide key statistics (:func:`key_stats`, :meth:`KeyStats.combine`).
        config: ``max_key_frequency`` applies.

    >>> texts = [("rebuild", "the", "coastal", "path"), ("we", "will", "rebuild", "the", "path")]
    >>> key, first = key_postings(texts[0], 0)[0]
    >>> other = [p for k, p in key_postings(texts[1], 1) if k == key]
    >>> key_votes(key, [first, *other], key_stats(texts), Config())
    [Vote(a=0, b=1, diagonal=-2, rare=True)]
    """
    entries = sorted(postings)
    held = stats.texts(key)
    regime = _regime(key, held, len(entries), config)
    if regime == _UNUSED or len(entries) < 2:
        return []
    n = entries[-1].text + 1
    packed = [(p.text << _POS_BITS) | p.position for p in entries]
    after = None if regime == _EVERY_PAIR else [p.after for p in entries]
    before = [p.before for p in entries] if regime == _NEIGHBOURS else None
    rare = held <= RARE
    return [Vote(*_unpack(slot, n), rare) for slot in _key_slots(packed, regime, n, after, before)]


def _unpack(slot: int, n: int) -> tuple[int, int, int]:
    """The texts ``a < b`` (of ``n``) and the diagonal of a vote slot (see :func:`_key_slots`)."""
    a, b = divmod(slot >> _DIAG_BITS, n)
    return a, b, (slot & ((1 << _DIAG_BITS) - 1)) - _DIAG_BIAS


def pair_candidate(
    a: int,
    b: int,
    votes: Mapping[int, int],
    rare_votes: Mapping[int, int],
    length_a: int,
    length_b: int,
) -> Candidate | None:
    """The decision on one pair from all its votes: the second step of :func:`candidate_pairs`.

    Args:
        a, b: the two texts (``a < b``).
        votes: for each diagonal, how many keys vote for it (rare and common).
        rare_votes: for each diagonal, how many of those keys are rare.
        length_a, length_b: the texts' numbers of words.

    Returns:
        The :class:`Candidate` on the pair's best diagonal, or None when its
        votes are too few.

    A pair counts the votes of its best diagonal and the two beside it: a
    dropped or added word moves every key after it one diagonal over, so a
    version with such a change splits its votes between two neighbouring
    diagonals. It needs two votes on the best diagonal itself unless one text
    is short (at most :data:`LONE_VOTE` words), so that single stray votes on
    three diagonals never make a candidate.

    >>> pair_candidate(0, 1, {-2: 4}, {-2: 4}, 4, 8)
    Candidate(a=0, b=1, diagonal=-2, support=4, rare=4)
    >>> pair_candidate(0, 1, {-2: 1}, {-2: 1}, 20, 30) is None
    True
    >>> pair_candidate(0, 1, {0: 3, 1: 3}, {}, 24, 25)  # a word added halfway
    Candidate(a=0, b=1, diagonal=0, support=6, rare=0)
    """
    if not votes:
        return None
    # The most votes, then the diagonal nearest 0, then the lower one (as _strongest ranks).
    diagonal = max(votes, key=lambda d: (votes[d], -abs(d), -d))
    if votes[diagonal] < 2 and min(length_a, length_b) > LONE_VOTE:
        return None
    support = sum(votes.get(d, 0) for d in (diagonal - 1, diagonal, diagonal + 1))
    need = _rare_needed(length_a, length_b, diagonal, support)
    if need is None:
        return None
    rare = sum(rare_votes.get(d, 0) for d in (diagonal - 1, diagonal, diagonal + 1))
    return Candidate(a, b, diagonal, support, rare) if rare >= need else None


def _rare_needed(length_a: int, length_b: int, diagonal: int, support: int) -> int | None:
    """How many rare votes (±1 diagonal) a pair with ``support`` votes on ``diagonal`` needs.

    None: it is not a candidate whatever its rare votes. One text inside the
    other needs a quarter as many votes as the shorter has words (one for a
    text of at most ``LONE_VOTE`` words, never more than :data:`MOST_VOTES`)
    and no rare vote; texts overlapping
    end to start need :data:`OVERLAP_RARE` votes and as many rare ones.
    """
    slack = DIAGONAL_SLACK
    # quotematch.link.nests(length_a, length_b, diagonal), written out: this runs once per pair.
    if (diagonal >= -slack and diagonal + length_b <= length_a + slack) or (
        diagonal <= slack and diagonal + length_b >= length_a - slack
    ):
        shorter = length_a if length_a < length_b else length_b
        need = min(shorter // 4, MOST_VOTES) if shorter > LONE_VOTE else 1
        return 0 if support >= need else None
    return OVERLAP_RARE if support >= OVERLAP_RARE else None


# --------------------------------------------------------------------------- the batch


def candidate_pairs(
    texts: Sequence[Sequence[str]], config: Config, *, stats: KeyStats | None = None
) -> list[Candidate]:
    """Pairs of texts that share enough blocking keys on one diagonal, strongest first.

    Every pair of texts sharing a key votes for the diagonal the key sits on.
    A key held by at most :data:`RARE` texts also counts as a *rare* vote; a
    key held by more than 6 texts pairs each text only with its neighbours
    when the list is sorted by the words after (and before) the key, and with
    the text of its run of equal context words that starts earliest; a key
    held by more than ``config.max_key_frequency`` texts (a stock phrase or a
    popular statement) pairs only texts whose following words agree, each
    with the first of its run; a weak one (:func:`is_weak`) held by more than
    ``WEAK_CROWDED`` times that many is not used. A pair's best diagonal is the one with most votes;
    the pair is a candidate when, on it, one text would sit inside the other
    and it has at least a quarter as many votes (±1 diagonal) as the shorter
    text has words (one vote for a text of at most 7 words, and never more
    than :data:`MOST_VOTES`, two of them on the best diagonal), or when the two
    would overlap end to start with at least :data:`OVERLAP_RARE` rare votes.

    This is two steps a distributed run takes apart: :func:`key_votes` for
    each key (from its :func:`key_postings`), the votes summed per pair, then
    :func:`pair_candidate` for each pair. Here they run on packed integers
    (a text and position in one, a pair and diagonal in one) sharing the
    steps' rule code; a property test checks both give the same candidates.

    Args:
        texts: the comparison words of each distinct text, numbered in sorted
            order of their words (so that ties between candidates, broken by
            index, are broken by content).
        config: ``max_key_frequency`` applies.
        stats: corpus-wide key statistics (:func:`key_stats`); every per-key
            decision is taken from them, so a caller that passes only the
            texts sharing a key with some new texts gets, for those keys, the
            decisions of the whole corpus. None: the statistics of ``texts``.

    Returns:
        :class:`Candidate` records, by support (highest first), then ``a``, ``b``.

    >>> texts = [
    ...     "rebuild the coastal path".split(),
    ...     "we will rebuild the coastal path before summer".split(),
    ...     "thoughts are with the families".split(),
    ... ]
    >>> candidate_pairs(texts, Config())
    [Candidate(a=0, b=1, diagonal=-2, support=4, rare=4)]
    """
    n = len(texts)
    rare_votes: Counter[int] = Counter()
    votes: Counter[int] = Counter()  # the common votes first, then all of them
    slots: list[int] = []  # rare slots not yet counted
    busy: list[int] = []  # common slots not yet counted
    for key, entries, count in _postings(texts, stats):
        p = len(entries)
        regime = _regime(key, count, p, config)
        if regime == _UNUSED:
            continue
        if p == 2 and regime == _EVERY_PAIR:  # most lists: _key_slots written out
            x, y = entries
            slot = (
                (((x >> _POS_BITS) * n + (y >> _POS_BITS)) << _DIAG_BITS)
                + (x & _POS_MASK)
                - (y & _POS_MASK)
                + _DIAG_BIAS
            )
            (slots if count <= RARE else busy).append(slot)
            continue
        if regime == _EVERY_PAIR:
            new = _key_slots(entries, regime, n)
        else:
            after = [_after(texts[e >> _POS_BITS], e & _POS_MASK) for e in entries]
            before = (
                [_before(texts[e >> _POS_BITS], e & _POS_MASK) for e in entries]
                if regime == _NEIGHBOURS
                else None
            )
            new = _key_slots(entries, regime, n, after, before)
        (busy if count > RARE else slots).extend(new)
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
    return _strongest(votes, rare_votes, [len(t) for t in texts])


def _strongest(
    votes: Counter[int], rare_votes: Counter[int], lengths: Sequence[int]
) -> list[Candidate]:
    """:func:`pair_candidate` for every pair of packed vote slots, strongest first."""
    n = len(lengths)
    # A pair's best slot has the most votes. A pair whose slots all have one
    # vote passes _rare_needed only when one text is inside the other and the
    # shorter has at most LONE_VOTE words (a longer one needs 8 // 4 = 2 votes,
    # an overlap OVERLAP_RARE = 2), so single votes are looked at only for pairs
    # with such a short text (most slots have one vote; few texts are short).
    # A slot's rank packed in one integer, to compare as the tuple (votes, -|diagonal|,
    # -diagonal): the votes above bit 36, then 2**16 - |diagonal| and 2**16 - diagonal, each
    # below 2**18 (a diagonal is under 2**16 either way). One pass over the votes, no tuple
    # per slot: 0.62-0.65 -> 0.50-0.54 CPU s compiled at 20k generated quotes (319k vote
    # slots; plain Python it paid little, 2.28 -> 2.22 s at 100k). The property test of
    # candidate_pairs against the two plain steps (tests/test_block.py) checks the choice.
    short = [length <= LONE_VOTE for length in lengths]
    best: dict[int, int] = {}  # pair -> packed rank of its best slot
    diag_mask = (1 << _DIAG_BITS) - 1
    for slot, count in votes.items():
        pair = slot >> _DIAG_BITS
        if count == 1 and not (short[pair // n] or short[pair % n]):
            continue
        diagonal = (slot & diag_mask) - _DIAG_BIAS
        rank = (count << 36) | ((_DIAG_BIAS - abs(diagonal)) << 18) | (_DIAG_BIAS - diagonal)
        if rank > best.get(pair, -1):
            best[pair] = rank
    result = []
    rare_get = rare_votes.get
    votes_get = votes.get
    for pair, rank in best.items():
        a, b = divmod(pair, n)
        support = rank >> 36
        diagonal = _DIAG_BIAS - (rank & 0x3FFFF)
        slot = (pair << _DIAG_BITS) + diagonal + _DIAG_BIAS
        if support < 2 and lengths[a] > LONE_VOTE and lengths[b] > LONE_VOTE:
            continue
        support += votes_get(slot - 1, 0) + votes_get(slot + 1, 0)
        need = _rare_needed(lengths[a], lengths[b], diagonal, support)
        if need is None:
            continue
        rare = rare_get(slot - 1, 0) + rare_get(slot, 0) + rare_get(slot + 1, 0)
        if rare >= need:
            result.append(Candidate(a, b, diagonal, support, rare))
    result.sort(key=lambda c: (-c.support, c.a, c.b))
    return result


# ---------------------------------------------------------------- for callers that keep the votes
# An incremental caller (the quote index) keeps each key's votes and changes them only around the
# entry that moves, re-running these pieces of the stage: under these names they are part of the
# stage's contract with it (the underscored names stay this module's own).

UNUSED: int = _UNUSED
"""Regime of a weak key held by over ``WEAK_CROWDED`` times the crowded limit: no votes."""
NEIGHBOURS: int = _NEIGHBOURS
"""Regime of a busy key: neighbours in its two sorted orders, and each equal run's hub."""
STAR: int = _STAR
"""Regime of a crowded key: the first entry of each run pairs with the run."""
POSITION_BITS: int = _POS_BITS
"""A packed entry is ``text << POSITION_BITS | position``."""
MAX_POSITION: int = _POS_MASK
"""Keys come from a text's first ``MAX_POSITION`` words (a position must fit its bits)."""
key_regime = _regime
words_after = _after
words_before = _before
star_slots = _star
equal_star_slots = _equal_star
unpack_slot = _unpack
__all__ += ["MAX_POSITION", "NEIGHBOURS", "POSITION_BITS", "STAR", "UNUSED",
            "equal_star_slots", "key_regime", "star_slots", "unpack_slot", "words_after",
            "words_before"]
