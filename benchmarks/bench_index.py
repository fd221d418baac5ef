"""Quote index benchmark: ingest rate and lookup latency as a QuoteIndex grows.

Articles from :mod:`benchmarks.articles` are added in batches (one transaction
each) to a fresh index file; at every checkpoint the table gets a row with the
ingest rate over the articles added since the previous row, the median and
95th-percentile time of ``lookup`` for quotes already indexed (each with its
first word dropped, so it is a version, not a copy), and the file size per
quote. Ingest is given as wall-clock and as CPU time of this process
(SQLite runs in-process, so its work counts): on a shared machine the CPU
figure is the steadier one. Generating the articles is not timed.

Usage (from the repository root; ``taskset -c 1`` pins it to one core)::

    taskset -c 1 python -m benchmarks.bench_index --articles 5000 --every 1000
    taskset -c 1 python -m benchmarks.bench_index --articles 100000 --max-minutes 30
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from collections.abc import Sequence

from quotematch import Document, QuoteIndex

from .articles import generate_article
from .machine import describe_machine


def _percentile(values: Sequence[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=100, help="articles per add (transaction)")
    parser.add_argument("--every", type=int, default=1000, help="articles between table rows")
    parser.add_argument("--lookups", type=int, default=100, help="lookups timed per row")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-minutes", type=float, default=None,
                        help="stop after the first row past this much ingest time")
    parser.add_argument("--db", default=None, help="index file (default: a temporary file)")
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    probe_rng = random.Random(args.seed + 1)
    folder = tempfile.mkdtemp(prefix="qm-bench-index-")
    path = args.db or os.path.join(folder, "bench.db")
    print(describe_machine())
    print(f"batch {args.batch} articles per add; {args.lookups} lookups per row; seed {args.seed}")
    print()
    print("| articles | quotes | texts | ingest, articles/s (wall) | ingest, articles/s (CPU) | "
          "last add, s (wall) | lookup p50, ms | lookup p95, ms | file bytes/quote |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    added = 0
    spent = 0.0
    segment_time = 0.0
    segment_cpu = 0.0
    segment_articles = 0
    recent: list[str] = []
    with QuoteIndex(path) as index:
        while added < args.articles:
            batch = [generate_article(rng, f"a{added + i}") for i in range(args.batch)]
            docs = [Document(a.id, a.text) for a in batch]
            recent = [q.text for a in batch for q in a.quotes if len(q.text.split()) > 5] + recent
            del recent[5000:]
            start = time.perf_counter()
            cpu = time.process_time()
            index.add(docs)
            took = time.perf_counter() - start
            segment_cpu += time.process_time() - cpu
            spent += took
            segment_time += took
            segment_articles += len(docs)
            added += len(docs)
            if added % args.every and added < args.articles:
                continue
            timings = []
            for text in probe_rng.sample(recent, min(args.lookups, len(recent))):
                probe = " ".join(text.split()[1:])
                start = time.perf_counter()
                index.lookup(probe)
                timings.append((time.perf_counter() - start) * 1000)
            stats = index.stats()
            print(f"| {added:,} | {stats.quotes:,} | {stats.texts:,} | "
                  f"{segment_articles / segment_time:,.1f} | "
                  f"{segment_articles / segment_cpu:,.1f} | "
                  f"{took:.1f} | {statistics.median(timings):.1f} | "
                  f"{_percentile(timings, 0.95):.1f} | {stats.file_bytes / stats.quotes:,.0f} |",
                  flush=True)
            segment_time = 0.0
            segment_cpu = 0.0
            segment_articles = 0
            if args.max_minutes is not None and spent > args.max_minutes * 60:
                print(f"\nstopped after {spent / 60:.1f} minutes of ingest (--max-minutes)")
                break


if __name__ == "__main__":
    main()
