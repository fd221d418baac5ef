"""The baselines quotematch is measured against, run side by side in the same benchmark.

- :func:`naive_quotes`: the "pair the double quotes" regex people reach for first.
- :func:`exhaustive_partial_ratio`: every pair scored with rapidfuzz
  ``fuzz.partial_ratio`` (``utils.default_process``: lower case, punctuation
  stripped), pairs at or above the cutoff joined by union-find.
- :func:`minhash_lsh`: datasketch MinHash over word 3-gram shingles of the same
  processed text, an LSH index at a Jaccard threshold, candidates joined by
  union-find without further checking (the usual near-duplicate recipe).

textacy's ``direct_quotations`` is not run: it needs a spaCy language model,
which cannot be installed offline here.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Sequence

import attrs

__all__ = [
    "ExhaustiveRun",
    "UnionFind",
    "exhaustive_pairs",
    "exhaustive_partial_ratio",
    "minhash_lsh",
    "naive_quotes",
]

_NAIVE = re.compile(r'["“”]([^"“”]*)["“”]')


def naive_quotes(text: str) -> list[str]:
    """Texts between consecutive double quote marks, straight or curly, in order.

    >>> naive_quotes('“We won,” she said. He said "fine".')
    ['We won,', 'fine']
    """
    return _NAIVE.findall(text)


class UnionFind:
    """Disjoint sets over ``0..n-1`` with path halving and union by size.

    >>> uf = UnionFind(4); uf.union(0, 1); uf.union(2, 3); uf.union(1, 0)
    >>> uf.labels()
    [0, 0, 2, 2]
    """

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]

    def labels(self) -> list[int]:
        return [self.find(i) for i in range(len(self.parent))]


@attrs.frozen
class ExhaustiveRun:
    """What an exhaustive all-pairs run found and what it cost."""

    labels: list[int]
    pairs: list[tuple[int, int]]
    comparisons: int
    seconds: float

    @property
    def rate(self) -> float:
        """Comparisons per second."""
        return self.comparisons / self.seconds if self.seconds else float("inf")


def exhaustive_pairs(
    texts: Sequence[str],
    accept: Callable[[int, int], bool],
) -> ExhaustiveRun:
    """Every unordered pair ``(i, j)``, ``i < j``, for which ``accept(i, j)`` holds.

    The slow, obviously right oracle for blocking recall.

    >>> run = exhaustive_pairs(["a", "b", "a"], lambda i, j: i + j == 2)
    >>> run.pairs, run.labels, run.comparisons
    ([(0, 2)], [0, 1, 0], 3)
    """
    start = time.perf_counter()
    n = len(texts)
    uf = UnionFind(n)
    pairs = []
    for i in range(n):
        for j in range(i + 1, n):
            if accept(i, j):
                pairs.append((i, j))
                uf.union(i, j)
    seconds = time.perf_counter() - start
    return ExhaustiveRun(uf.labels(), pairs, n * (n - 1) // 2, seconds)


def exhaustive_partial_ratio(
    texts: Sequence[str], *, cutoff: float = 90.0, chunk: int = 256
) -> ExhaustiveRun:
    """All pairs scored with ``fuzz.partial_ratio`` on processed text, joined at ``cutoff``.

    Rows are scored in chunks against the columns at and after the chunk, so
    about ``n²/2`` comparisons are made (the few inside each chunk's diagonal
    block are counted too, and ``comparisons`` includes them).

    >>> run = exhaustive_partial_ratio(["We will rebuild the bridge", "we will rebuild the bridge!",
    ...                                 "Nobody wanted this"])
    >>> run.labels[0] == run.labels[1] != run.labels[2]
    True
    """
    import numpy as np
    from rapidfuzz import fuzz, process, utils

    start = time.perf_counter()
    processed = [utils.default_process(t) for t in texts]
    n = len(processed)
    uf = UnionFind(n)
    pairs: list[tuple[int, int]] = []
    comparisons = 0
    for r0 in range(0, n, chunk):
        r1 = min(n, r0 + chunk)
        scores = process.cdist(
            processed[r0:r1],
            processed[r0:],
            scorer=fuzz.partial_ratio,
            score_cutoff=cutoff,
            dtype=np.uint8,
            workers=1,
        )
        comparisons += (r1 - r0) * (n - r0)
        rows, cols = np.nonzero(scores)
        for a, b in zip(rows.tolist(), cols.tolist(), strict=True):
            i, j = r0 + a, r0 + b
            if i < j:
                pairs.append((i, j))
                uf.union(i, j)
    seconds = time.perf_counter() - start
    return ExhaustiveRun(uf.labels(), pairs, comparisons, seconds)


def _shingles(text: str, k: int) -> list[bytes]:
    words = text.split()
    if len(words) <= k:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)]


def minhash_lsh(
    texts: Sequence[str],
    *,
    threshold: float = 0.5,
    num_perm: int = 128,
    shingle_words: int = 3,
    seed: int = 1,
) -> list[int]:
    """Cluster labels from datasketch MinHash LSH over word shingles (needs the ``bench`` extra).

    >>> labels = minhash_lsh(["we will rebuild the old bridge by the summer",
    ...                       "We will rebuild the old bridge by the summer!",
    ...                       "nobody in the town wanted the rent to rise like this"])
    >>> labels[0] == labels[1] != labels[2]
    True
    """
    from datasketch import MinHash, MinHashLSH  # type: ignore[import-untyped]
    from rapidfuzz import utils

    shingle_sets = [_shingles(utils.default_process(t), shingle_words) for t in texts]
    hashes = MinHash.bulk(shingle_sets, num_perm=num_perm, seed=seed)
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    uf = UnionFind(len(texts))
    for i, mh in enumerate(hashes):
        for j in lsh.query(mh):
            uf.union(i, j)
        lsh.insert(i, mh)
    return uf.labels()
