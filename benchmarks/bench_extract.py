"""Extraction benchmark: quotematch.extract_quotes against a naive double-quote regex.

Both run in this one process over the same seeded articles (:mod:`benchmarks.articles`,
~3 KB each, attributed in real news's mix of patterns), through
:func:`benchmarks.suite.run_extract`. Throughput is articles per second of wall time over the
whole set, best of ``--repeat`` passes, and the same per second of CPU time (steadier on a
shared machine). Precision, recall and F1 compare quote texts per article; speaker accuracy is
over the direct quotes and posts both found and expected, overall and per attribution pattern.
The articles are generated, not real news: the scores say whether the extractor handles the
generator's patterns, not how it does on real articles.

textacy's ``direct_quotations`` is not measured: it needs a spaCy language
model, which cannot be installed offline here.

Usage (from the repository root)::

    taskset -c 1 python -m benchmarks.bench_extract --articles 2000
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from .machine import describe_machine
from .suite import run_extract


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    r = run_extract(args.articles, args.repeat, args.seed)
    print(f"Machine: {describe_machine()}\n")
    print(f"Corpus: benchmarks.articles seed {args.seed}: {r['articles']} generated articles, "
          f"mean {r['mean_kb']:.1f} KB, {r['quotes_expected']} expected quotes "
          f"({r['multi_part']} in several parts). Best of {args.repeat} passes.\n")
    print("| extractor | articles/s (wall, 1 core) | articles/CPU s | precision | recall | F1 "
          "| speaker accuracy | multi-part quotes joined |")
    print("|---|---|---|---|---|---|---|---|")
    print(f"| quotematch.extract_quotes | {r['articles_per_s']:,.0f} "
          f"| {r['articles_per_cpu_s']:,.0f} | {r['precision']:.3f} | {r['recall']:.3f} "
          f"| **{r['f1']:.3f}** | {r['speaker_accuracy']:.3f} (of {r['speaker_n']}) "
          f"| {r['multi_part_joined']} / {r['multi_part']} |")
    print(f"| naive double-quote regex | {r['naive_articles_per_s']:,.0f} | "
          f"| {r['naive_precision']:.3f} | {r['naive_recall']:.3f} | **{r['naive_f1']:.3f}** "
          "| n/a | n/a |")
    print("| textacy direct_quotations | not run: needs a spaCy model (offline here) "
          "| | | | | | |")
    print("\n| attribution pattern | quotes | speaker accuracy |\n|---|---|---|")
    for name, v in r["speaker_by_pattern"].items():
        acc = "n/a" if v["accuracy"] is None else f"{v['accuracy']:.3f}"
        print(f"| {name} | {v['n']} | {acc} |")


if __name__ == "__main__":
    main()
