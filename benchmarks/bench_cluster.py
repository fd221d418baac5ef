"""Clustering benchmark: quotematch.cluster_quotes against exhaustive fuzzy search and MinHash LSH.

Every (method, size) runs in its own subprocess on the same seeded corpus
(:mod:`benchmarks.generate`), so its peak memory (``ru_maxrss``) is its own.
Wall time covers the clustering call only, not generating the corpus.

Usage (from the repository root; ``taskset -c 1`` pins it to one core)::

    taskset -c 1 python -m benchmarks.bench_cluster                 # 1k and 10k
    taskset -c 1 python -m benchmarks.bench_cluster --sizes 1000,10000,100000
    python -m benchmarks.bench_cluster --sizes 1000 --blocking-recall

Methods: ``quotematch``, ``semantic`` (quotematch with ``Config(semantic=True)``,
``semantic`` extra), ``minhash`` (datasketch, ``bench`` extra) and
``exhaustive`` (rapidfuzz ``partial_ratio`` ≥ 90 over all pairs, measured up to
``--exhaustive-max`` quotes and projected above from the measured rate).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any

from .generate import QuoteCorpus, generate_corpus
from .machine import describe_machine
from .metrics import PairScores, bcubed, labels_from_clusters, pair_scores
from .peers import exhaustive_partial_ratio, minhash_lsh

METHODS = ("quotematch", "minhash", "exhaustive", "semantic")
MINHASH_SETTINGS = "word 3-gram shingles, num_perm=128, threshold=0.5"


def _maxrss_mib() -> float:
    # Linux reports ru_maxrss in KiB.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def quotematch_labels(texts: Sequence[str], *, semantic: bool = False) -> list[int]:
    """Cluster labels from ``quotematch.cluster_quotes`` on plain strings (ids are positions).

    ``semantic`` also joins reworded versions by meaning (the ``semantic`` extra).
    """
    import quotematch

    config = quotematch.Config(semantic=semantic)
    clusters = quotematch.cluster_quotes(list(texts), config=config)
    return labels_from_clusters(len(texts), ([int(q.id) for q in c.members] for c in clusters))


# --------------------------------------------------------------------------- blocking recall


def link_oracle(texts: Sequence[str]) -> list[tuple[int, int]] | None:
    """Every pair ``i < j`` that quotematch's link verifier accepts, found without blocking.

    For each pair this is exactly ``link.verify(a, b, link.best_diagonal(a, b), Config())``
    on the comparison words; ``best_diagonal`` is None (and the pair rejected)
    only when the two share no blocking key at all, so pairs are gathered
    through an inverted index of *all* keys, with none of the frequency caps
    or neighbour trimming the clusterer's blocking applies. Returns None when
    ``quotematch.link`` is not available.
    """
    try:
        from quotematch.block import blocking_keys
        from quotematch.config import Config
        from quotematch.link import verify
        from quotematch.normalize import comparison_words
    except ImportError:
        return None
    cfg = Config()
    words = [comparison_words(t) for t in texts]
    keyed = [blocking_keys(w) for w in words]
    postings: dict[int, list[tuple[int, int]]] = {}
    for i, keys in enumerate(keyed):
        for key, pos in keys:
            postings.setdefault(key, []).append((i, pos))
    pairs: list[tuple[int, int]] = []
    for i, keys in enumerate(keyed):
        votes: Counter[tuple[int, int]] = Counter()
        for key, pos in keys:
            for j, pos_j in postings[key]:
                if j > i:
                    votes[(j, pos - pos_j)] += 1
        best: dict[int, tuple[int, int, int]] = {}
        for (j, diagonal), count in votes.items():
            rank = (-count, abs(diagonal), diagonal)  # best_diagonal's choice: smallest rank
            if j not in best or rank < best[j]:
                best[j] = rank
        for j in sorted(best):
            if verify(words[i], words[j], best[j][2], cfg) is not None:
                pairs.append((i, j))
    return pairs


def blocking_recall(corpus: QuoteCorpus) -> dict[str, Any]:
    """Share of the link oracle's pairs that the blocked quotematch run also joins.

    "Also joins" means the two quotes end up in one cluster of
    ``cluster_quotes``: an upper bound on the share of those pairs that
    blocking proposed directly.
    """
    texts = corpus.texts
    start = time.perf_counter()
    oracle = link_oracle(texts)
    if oracle is None:
        return {"error": "quotematch.link not available"}
    oracle_seconds = time.perf_counter() - start
    labels = quotematch_labels(texts)
    found = sum(1 for i, j in oracle if labels[i] == labels[j])
    roles = corpus.roles
    frag_pairs = [(i, j) for i, j in oracle if (roles[i] == "full") != (roles[j] == "full")]
    frag_found = sum(1 for i, j in frag_pairs if labels[i] == labels[j])
    sid = corpus.statement_ids
    true_pairs = [(i, j) for i, j in oracle if sid[i] == sid[j]]
    true_found = sum(1 for i, j in true_pairs if labels[i] == labels[j])
    return {
        "true_pairs": len(true_pairs),
        "true_recall": true_found / len(true_pairs) if true_pairs else 1.0,
        "verified_pairs": len(oracle),
        "found": found,
        "recall": found / len(oracle) if oracle else 1.0,
        "fragment_pairs": len(frag_pairs),
        "fragment_found": frag_found,
        "fragment_recall": frag_found / len(frag_pairs) if frag_pairs else 1.0,
        "oracle_seconds": oracle_seconds,
    }


# --------------------------------------------------------------------------- worker


def run_worker(method: str, n: int, seed: int) -> dict[str, Any]:
    """Generate the corpus, run one method on it, score it; runs inside the subprocess."""
    corpus = generate_corpus(n, seed=seed)
    # Import each method's libraries first: timing and memory then leave the imports out.
    if method in ("quotematch", "blocking"):
        import quotematch  # noqa: F401
    elif method == "semantic":
        from quotematch.semantic import load_model

        load_model()  # loading the model (about 0.4 s of CPU) is left out like an import
    elif method == "minhash":
        import datasketch  # type: ignore[import-untyped]  # noqa: F401
    elif method == "exhaustive":
        import numpy  # noqa: F401
        import rapidfuzz  # noqa: F401
    rss_corpus = _maxrss_mib()
    extra: dict[str, Any] = {}
    start = time.perf_counter()
    cpu_start = time.process_time()
    if method == "quotematch":
        labels = quotematch_labels(corpus.texts)
    elif method == "semantic":
        labels = quotematch_labels(corpus.texts, semantic=True)
    elif method == "minhash":
        labels = minhash_lsh(corpus.texts)
    elif method == "exhaustive":
        run = exhaustive_partial_ratio(corpus.texts)
        labels = run.labels
        extra["comparisons"] = run.comparisons
    elif method == "blocking":
        result = blocking_recall(corpus)
        result.update(method=method, n=n, seconds=time.perf_counter() - start)
        return result
    else:
        raise SystemExit(f"unknown method {method!r}; choose from {METHODS}")
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    if "comparisons" in extra:
        # CPU time, not wall time: on a shared machine the projection should not
        # depend on how busy the other core's neighbours were.
        extra["rate"] = extra["comparisons"] / cpu_seconds if cpu_seconds else float("inf")
    scores = pair_scores(labels, corpus.statement_ids, corpus.roles)
    b_precision, b_recall, b_f1 = bcubed(labels, corpus.statement_ids)
    extra.update(bcubed_precision=b_precision, bcubed_recall=b_recall, bcubed_f1=b_f1)
    sizes = Counter(labels)
    return {
        "method": method,
        "n": n,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "rss_mib": _maxrss_mib(),
        "rss_corpus_mib": rss_corpus,
        "clusters": len(sizes),
        "statements": len(set(corpus.statement_ids)),
        "largest": max(sizes.values()) if sizes else 0,
        "scores": _scores_dict(scores),
        **extra,
    }


def _scores_dict(s: PairScores) -> dict[str, float]:
    return {
        "f1": s.f1,
        "precision": s.precision,
        "recall": s.recall,
        "full_precision": s.full_precision,
        "full_recall": s.full_recall,
        "frag_precision": s.frag_precision,
        "frag_recall": s.frag_recall,
    }


def _spawn(method: str, n: int, seed: int, timeout: float) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.bench_cluster", "--worker", method,
           "--sizes", str(n), "--seed", str(seed)]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        done = subprocess.run(cmd, cwd=root, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"method": method, "n": n, "error": f"timed out after {timeout:.0f} s"}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        return {"method": method, "n": n, "error": tail[0]}
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


# --------------------------------------------------------------------------- table


def _fmt(x: float) -> str:
    return f"{x:.3f}"


def _human(n: int) -> str:
    return f"{n // 1000}k" if n % 1000 == 0 and n < 1_000_000 else (
        f"{n // 1_000_000}M" if n % 1_000_000 == 0 else str(n))


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.2f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.1f} min"
    return f"{seconds / 3600:.1f} h"


def table(results: Sequence[dict[str, Any]], rate: float | None,
          projected_sizes: Sequence[int]) -> str:
    """The markdown table of all runs, with projected exhaustive rows."""
    head = ("| N | method | wall time | CPU time | peak RSS (MiB) | KiB/quote "
            "| clusters / statements "
            "| largest "
            "| full→full P | full→full R | frag→full P | frag→full R | cluster P | cluster R "
            "| cluster F1 |")
    lines = [head, "|" + "---|" * 15]
    for r in results:
        name = {"minhash": "MinHash LSH", "exhaustive": "partial_ratio ≥ 90 (all pairs)"}.get(
            r["method"], r["method"])
        if "error" in r:
            lines.append(f"| {_human(r['n'])} | {name} | {r['error']} |" + " |" * 12)
            continue
        s = r["scores"]
        lines.append(
            f"| {_human(r['n'])} | {name} | {_duration(r['seconds'])} "
            f"| {_duration(r['cpu_seconds'])} | {r['rss_mib']:.0f} "
            f"(corpus {r['rss_corpus_mib']:.0f}) "
            f"| {(r['rss_mib'] - r['rss_corpus_mib']) * 1024 / r['n']:.1f} "
            f"| {r['clusters']} / {r['statements']} "
            f"| {r['largest']} | {_fmt(s['full_precision'])} | {_fmt(s['full_recall'])} "
            f"| {_fmt(s['frag_precision'])} | {_fmt(s['frag_recall'])} | {_fmt(s['precision'])} "
            f"| {_fmt(s['recall'])} | **{_fmt(s['f1'])}** |"
        )
    if rate:
        for n in projected_sizes:
            seconds = n * (n - 1) / 2 / rate
            lines.append(
                f"| {_human(n)} | partial_ratio ≥ 90 (all pairs) | ~{_duration(seconds)} "
                f"projected ({rate:,.0f} comparisons per CPU second) |" + " |" * 12
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000",
                        help="comma-separated corpus sizes (default: 1000,10000)")
    parser.add_argument("--methods", default="quotematch,minhash,exhaustive",
                        help=f"comma-separated, from {','.join(METHODS)}")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--exhaustive-max", type=int, default=1000,
                        help="largest size measured exhaustively; larger ones are projected")
    parser.add_argument("--minhash-max", type=int, default=100_000)
    parser.add_argument("--blocking-recall", action="store_true",
                        help="also measure blocking recall at sizes up to 3000")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per run")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    sizes = [int(float(s)) for s in args.sizes.split(",") if s]
    if args.worker:
        print(json.dumps(run_worker(args.worker, sizes[0], args.seed)))
        return
    methods = [m for m in args.methods.split(",") if m]
    results: list[dict[str, Any]] = []
    rate: float | None = None
    for n in sizes:
        for method in methods:
            if method == "exhaustive" and n > args.exhaustive_max:
                continue
            if method == "minhash" and n > args.minhash_max:
                continue
            r = _spawn(method, n, args.seed, args.timeout)
            print(f"# {method} n={n}: {r.get('error') or _duration(r['seconds'])}",
                  file=sys.stderr)
            results.append(r)
            if method == "exhaustive" and "rate" in r:
                rate = r["rate"]
    projected = [n for n in sorted({*sizes, 10_000, 100_000, 1_000_000})
                 if n > args.exhaustive_max]
    print(f"Machine: {describe_machine()}\n")
    print(f"Corpus: benchmarks.generate seed {args.seed}. MinHash LSH: {MINHASH_SETTINGS}.\n")
    print(table(results, rate if "exhaustive" in methods else None, projected))
    if args.blocking_recall:
        print("\n| N | pairs quotematch.link accepts (no blocking) | joined by the blocked run "
              "| blocking recall | fragment→full pairs | fragment→full recall "
              "| same-statement pairs | their recall |\n|---|---|---|---|---|---|---|---|")
        for n in sizes:
            if n > 3000:
                continue
            r = _spawn("blocking", n, args.seed, args.timeout)
            if "error" in r:
                print(f"| {_human(n)} | {r['error']} | | | | | | |")
            else:
                print(f"| {_human(n)} | {r['verified_pairs']} | {r['found']} "
                      f"| {_fmt(r['recall'])} | {r['fragment_pairs']} "
                      f"| {_fmt(r['fragment_recall'])} | {r['true_pairs']} "
                      f"| {_fmt(r['true_recall'])} |")


if __name__ == "__main__":
    main()
