"""Extraction benchmark: quotematch.extract_quotes against a naive double-quote regex.

Both run in this one process over the same seeded articles
(:mod:`benchmarks.articles`, ~3 KB each). Throughput is articles per second
of wall time over the whole set, best of ``--repeat`` passes, and the same per
second of CPU time (steadier on a shared machine). Precision,
recall and F1 compare quote texts per article; speaker accuracy is over the
quotes both found and expected. The articles are generated, not real news:
the scores say whether the extractor handles the generator's patterns, not
how it does on real articles.

textacy's ``direct_quotations`` is not measured: it needs a spaCy language
model, which cannot be installed offline here.

Usage (from the repository root)::

    taskset -c 1 python -m benchmarks.bench_extract --articles 2000
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence

from .articles import Article, generate_articles
from .machine import describe_machine
from .metrics import extraction_scores
from .peers import naive_quotes

SCORED_KINDS = frozenset({"direct", "partial", "tweet"})


def _time(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall time and best CPU time of ``repeat`` calls, in seconds."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        start, cpu_start = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - cpu_start)
    return wall, cpu


def _speaker_accuracy(found: Sequence[Sequence[tuple[str, str | None]]],
                      articles: Sequence[Article]) -> tuple[float, int]:
    right = total = 0
    for got, art in zip(found, articles, strict=True):
        speakers = {" ".join(t.split()): s for t, s in got}
        for q in art.quotes:
            key = " ".join(q.text.split())
            if key in speakers:
                total += 1
                right += speakers[key] == q.speaker
    return (right / total if total else 0.0), total


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    import quotematch

    articles = generate_articles(args.articles, seed=args.seed)
    texts = [a.text for a in articles]
    expected = [[q.text for q in a.quotes] for a in articles]
    mean_kb = sum(len(t.encode()) for t in texts) / len(texts) / 1024

    qm_results: list[list[quotematch.Quote]] = []

    def run_quotematch() -> None:
        qm_results[:] = [quotematch.extract_quotes(t, doc_id=a.id)
                         for t, a in zip(texts, articles, strict=True)]

    naive_results: list[list[str]] = []

    def run_naive() -> None:
        naive_results[:] = [naive_quotes(t) for t in texts]

    qm_seconds = _time(run_quotematch, args.repeat)
    naive_seconds = _time(run_naive, args.repeat)

    qm_texts = [[q.text for q in got if q.kind in SCORED_KINDS] for got in qm_results]
    qm_p, qm_r, qm_f, _ = extraction_scores(qm_texts, expected)
    qm_spk, qm_spk_n = _speaker_accuracy(
        [[(q.text, q.speaker) for q in got if q.kind in SCORED_KINDS] for got in qm_results],
        articles)
    multi = [(k, q) for k, a in enumerate(articles) for q in a.quotes if len(q.spans) > 1]
    joined = sum(1 for k, q in multi if any(tuple(g.spans) == q.spans for g in qm_results[k]))
    nv_p, nv_r, nv_f, _ = extraction_scores(naive_results, expected)

    n_quotes = sum(len(e) for e in expected)
    print(f"Machine: {describe_machine()}\n")
    print(f"Corpus: benchmarks.articles seed {args.seed}: {len(articles)} generated articles, "
          f"mean {mean_kb:.1f} KB, {n_quotes} expected quotes ({len(multi)} in several parts). "
          f"Best of {args.repeat} passes.\n")
    print("| extractor | articles/s (wall, 1 core) | articles/CPU s | precision | recall | F1 "
          "| speaker accuracy "
          "| multi-part quotes joined |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| quotematch.extract_quotes | {len(texts) / qm_seconds[0]:,.0f} "
          f"| {len(texts) / qm_seconds[1]:,.0f} | {qm_p:.3f} | {qm_r:.3f} "
          f"| **{qm_f:.3f}** | {qm_spk:.3f} (of {qm_spk_n}) | {joined} / {len(multi)} |")
    print(f"| naive double-quote regex | {len(texts) / naive_seconds[0]:,.0f} "
          f"| {len(texts) / naive_seconds[1]:,.0f} | {nv_p:.3f} "
          f"| {nv_r:.3f} | **{nv_f:.3f}** | n/a | n/a |")
    print("| textacy direct_quotations | not run: needs a spaCy model (offline here) "
          "| | | | | | |")


if __name__ == "__main__":
    main()
