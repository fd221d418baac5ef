"""Scores for the benchmarks: pairwise clustering metrics and extraction precision/recall.

Pairwise metrics are computed from counts per (predicted cluster, true
statement) cell, so they cost time linear in the number of quotes: no pair
is ever enumerated, even at a million quotes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence

import attrs

__all__ = [
    "PairScores",
    "extraction_scores",
    "labels_from_clusters",
    "pair_scores",
    "pairs_within",
]


def pairs_within(size: int) -> int:
    """Unordered pairs among ``size`` items.

    >>> pairs_within(1), pairs_within(4)
    (0, 6)
    """
    return size * (size - 1) // 2


@attrs.frozen
class PairScores:
    """Pair precision/recall/F1 of a clustering, overall and by kind of pair.

    ``*_true`` count the pairs within one true statement, ``*_pred`` the pairs
    within one predicted cluster, ``*_hit`` the pairs that are both. For
    ``fragment→full`` a pair is one fragment (or piece) and one full version.
    """

    all_true: int
    all_pred: int
    all_hit: int
    full_true: int
    full_pred: int
    full_hit: int
    frag_true: int
    frag_pred: int
    frag_hit: int

    @staticmethod
    def _ratio(hit: int, total: int) -> float:
        return hit / total if total else 1.0

    @property
    def precision(self) -> float:
        return self._ratio(self.all_hit, self.all_pred)

    @property
    def recall(self) -> float:
        return self._ratio(self.all_hit, self.all_true)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def full_precision(self) -> float:
        return self._ratio(self.full_hit, self.full_pred)

    @property
    def full_recall(self) -> float:
        return self._ratio(self.full_hit, self.full_true)

    @property
    def frag_precision(self) -> float:
        return self._ratio(self.frag_hit, self.frag_pred)

    @property
    def frag_recall(self) -> float:
        return self._ratio(self.frag_hit, self.frag_true)


def pair_scores(
    predicted: Sequence[Hashable],
    truth: Sequence[Hashable],
    roles: Sequence[str] | None = None,
) -> PairScores:
    """Pairwise scores of predicted cluster labels against true statement labels.

    Args:
        predicted: a cluster label per quote (quotes in no cluster need a label of their own).
        truth: the true statement label per quote.
        roles: ``full``, ``fragment`` or ``piece`` per quote; all ``full`` when omitted.

    >>> s = pair_scores(["a", "a", "a", "b"], [1, 1, 2, 2])
    >>> s.all_true, s.all_pred, s.all_hit
    (2, 3, 1)
    >>> round(s.precision, 3), round(s.recall, 3), round(s.f1, 3)
    (0.333, 0.5, 0.4)
    """
    if len(predicted) != len(truth):
        raise ValueError("predicted and truth must label the same quotes")
    roles = roles if roles is not None else ["full"] * len(truth)
    cell: Counter[tuple[Hashable, Hashable, bool]] = Counter()
    for p, t, role in zip(predicted, truth, roles, strict=True):
        cell[(p, t, role == "full")] += 1
    pred_full: Counter[Hashable] = Counter()
    pred_frag: Counter[Hashable] = Counter()
    true_full: Counter[Hashable] = Counter()
    true_frag: Counter[Hashable] = Counter()
    hit_full: Counter[Hashable] = Counter()  # keyed by (predicted, true) cell
    hit_frag: Counter[Hashable] = Counter()
    for (p, t, is_full), n in cell.items():
        if is_full:
            pred_full[p] += n
            true_full[t] += n
            hit_full[(p, t)] += n
        else:
            pred_frag[p] += n
            true_frag[t] += n
            hit_frag[(p, t)] += n

    def totals(full: Counter[Hashable], frag: Counter[Hashable]) -> tuple[int, int, int]:
        keys = set(full) | set(frag)
        every = sum(pairs_within(full[k] + frag[k]) for k in keys)
        full_pairs = sum(pairs_within(full[k]) for k in keys)
        frag_pairs = sum(full[k] * frag[k] for k in keys)
        return every, full_pairs, frag_pairs

    all_pred, full_pred, frag_pred = totals(pred_full, pred_frag)
    all_true, full_true, frag_true = totals(true_full, true_frag)
    all_hit, full_hit, frag_hit = totals(hit_full, hit_frag)
    return PairScores(
        all_true=all_true,
        all_pred=all_pred,
        all_hit=all_hit,
        full_true=full_true,
        full_pred=full_pred,
        full_hit=full_hit,
        frag_true=frag_true,
        frag_pred=frag_pred,
        frag_hit=frag_hit,
    )


def labels_from_clusters(n: int, clusters: Iterable[Iterable[int]]) -> list[int]:
    """A cluster label per position; positions in no cluster get a singleton label.

    >>> labels_from_clusters(4, [[0, 2]])
    [0, 1, 0, 2]
    """
    labels = [-1] * n
    next_label = 0
    for members in clusters:
        members = list(members)
        if not members:
            continue
        for i in members:
            labels[i] = next_label
        next_label += 1
    for i in range(n):
        if labels[i] == -1:
            labels[i] = next_label
            next_label += 1
    return labels


def extraction_scores(
    found: Sequence[Sequence[str]], expected: Sequence[Sequence[str]]
) -> tuple[float, float, float, int]:
    """Precision, recall and F1 of extracted quote texts, matched per article as multisets.

    Texts are compared with runs of whitespace folded to one space. Returns
    ``(precision, recall, f1, matched)``.

    >>> extraction_scores([["We won,", "a"]], [["We  won,", "b", "c"]])
    (0.5, 0.3333333333333333, 0.4, 1)
    """
    hit = n_found = n_expected = 0
    for got, want in zip(found, expected, strict=True):
        g = Counter(" ".join(t.split()) for t in got)
        w = Counter(" ".join(t.split()) for t in want)
        hit += sum((g & w).values())
        n_found += sum(g.values())
        n_expected += sum(w.values())
    p = hit / n_found if n_found else 0.0
    r = hit / n_expected if n_expected else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f, hit


def bcubed(predicted: Sequence[Hashable], truth: Sequence[Hashable]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 (Bagga and Baldwin 1998), in linear time.

    Each item's precision is the share of its predicted cluster that shares its true label;
    its recall, the share of its true cluster that shares its predicted label; both averaged.

    >>> tuple(round(x, 3) for x in bcubed(["a", "a", "b"], [1, 1, 1]))
    (1.0, 0.556, 0.714)
    """
    if len(predicted) != len(truth):
        raise ValueError("predicted and truth must label the same items")
    if not truth:
        return 0.0, 0.0, 0.0
    cell: Counter[tuple[Hashable, Hashable]] = Counter(zip(predicted, truth, strict=True))
    pred_size: Counter[Hashable] = Counter(predicted)
    true_size: Counter[Hashable] = Counter(truth)
    n = len(truth)
    p = sum(k * k / pred_size[pr] for (pr, _t), k in cell.items()) / n
    r = sum(k * k / true_size[t] for (_pr, t), k in cell.items()) / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def growth_exponent(sizes: Sequence[float], values: Sequence[float]) -> float | None:
    """The slope of log(value) against log(size), least squares: 1.0 is linear growth.

    >>> round(growth_exponent([1000, 10000, 100000], [1.0, 10.0, 100.0]), 3)
    1.0
    """
    import math

    points = [(math.log(s), math.log(v)) for s, v in zip(sizes, values, strict=True)
              if s > 0 and v > 0]
    if len(points) < 2:
        return None
    mx = sum(x for x, _ in points) / len(points)
    my = sum(y for _, y in points) / len(points)
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if sxx == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in points) / sxx
