"""Quote index benchmark: ingest rate and lookup latency as a QuoteIndex grows.

Articles from :mod:`benchmarks.articles` are added in batches (one transaction
each) to a fresh index file; at every checkpoint the table gets a row with the
ingest rate over the articles added since the previous row, the median and
95th-percentile time of ``lookup`` (wall-clock and CPU) for quotes already indexed (each with its
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


def run_index(articles: int, *, batch: int = 100, every: int = 1000, lookups: int = 100,
              seed: int = 0, max_minutes: float | None = None, path: str | None = None
              ) -> list[dict[str, float]]:
    """Grow an index batch by batch; one row of ingest and lookup figures every ``every`` articles.

    Each row: articles and quotes so far, ingest articles/s (wall and CPU) over the articles
    added since the previous row, the last add's wall seconds, lookup p50/p95 in ms, and the
    file's bytes per quote. Stops early once ``max_minutes`` of ingest are spent.
    """
    rng = random.Random(seed)
    probe_rng = random.Random(seed + 1)
    folder = tempfile.mkdtemp(prefix="qm-bench-index-")
    path = path or os.path.join(folder, "bench.db")
    rows: list[dict[str, float]] = []
    added = 0
    spent = segment_time = segment_cpu = 0.0
    segment_articles = 0
    recent: list[str] = []
    with QuoteIndex(path) as index:
        while added < articles:
            # Ids carry the seed: a run with another seed grows an existing file (--db).
            made = [generate_article(rng, f"s{seed}a{added + i}") for i in range(batch)]
            docs = [Document(a.id, a.text) for a in made]
            recent = [q.text for a in made for q in a.quotes if len(q.text.split()) > 5] + recent
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
            if added % every and added < articles:
                continue
            timings = []
            cpu_timings = []
            for text in probe_rng.sample(recent, min(lookups, len(recent))):
                probe = " ".join(text.split()[1:])
                start = time.perf_counter()
                cpu = time.process_time()
                index.lookup(probe)
                cpu_timings.append((time.process_time() - cpu) * 1000)
                timings.append((time.perf_counter() - start) * 1000)
            stats = index.stats()
            rows.append({
                "articles": added, "quotes": stats.quotes, "texts": stats.texts,
                "ingest_wall": segment_articles / segment_time,
                "ingest_cpu": segment_articles / segment_cpu if segment_cpu else 0.0,
                "last_add_s": took,
                "lookup_p50_ms": statistics.median(timings) if timings else 0.0,
                "lookup_p95_ms": _percentile(timings, 0.95) if timings else 0.0,
                "lookup_cpu_p50_ms": statistics.median(cpu_timings) if cpu_timings else 0.0,
                "lookup_cpu_p95_ms": _percentile(cpu_timings, 0.95) if cpu_timings else 0.0,
                "bytes_per_quote": stats.file_bytes / stats.quotes if stats.quotes else 0.0,
            })
            segment_time = segment_cpu = 0.0
            segment_articles = 0
            if max_minutes is not None and spent > max_minutes * 60:
                break
    return rows


def table(rows: Sequence[dict[str, float]]) -> str:
    """The rows of :func:`run_index` as a markdown table."""
    lines = [
        "| articles | quotes | texts | ingest, articles/s (wall) | ingest, articles/s (CPU) | "
        "last add, s (wall) | lookup p50, ms | lookup p95, ms | lookup p50, ms (CPU) | "
        "lookup p95, ms (CPU) | file bytes/quote |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['articles']:,} | {r['quotes']:,} | {r['texts']:,} | {r['ingest_wall']:,.1f} | "
            f"{r['ingest_cpu']:,.1f} | {r['last_add_s']:.1f} | {r['lookup_p50_ms']:.1f} | "
            f"{r['lookup_p95_ms']:.1f} | {r.get('lookup_cpu_p50_ms', 0.0):.1f} | "
            f"{r.get('lookup_cpu_p95_ms', 0.0):.1f} | {r['bytes_per_quote']:,.0f} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=100, help="articles per add (transaction)")
    parser.add_argument("--every", type=int, default=1000, help="articles between table rows")
    parser.add_argument("--lookups", type=int, default=100, help="lookups timed per row")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--max-minutes", type=float, default=None,
                        help="stop after the first row past this much ingest time")
    parser.add_argument("--db", default=None,
                        help="index file (default: a temporary file); an existing index grows "
                             "from its size (give a seed not used for it yet)")
    args = parser.parse_args(argv)
    print(describe_machine())
    print(f"batch {args.batch} articles per add; {args.lookups} lookups per row; seed {args.seed}")
    print()
    rows = run_index(args.articles, batch=args.batch, every=args.every, lookups=args.lookups,
                     seed=args.seed, max_minutes=args.max_minutes, path=args.db)
    print(table(rows))


if __name__ == "__main__":
    main()
