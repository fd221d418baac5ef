"""Where one QuoteIndex ``add`` spends its CPU time, step by step.

Copies an index file (so the same add can be timed against two versions of
quotematch on the same file), adds ``--articles`` generated articles in one
``add``, and prints the CPU time of each step: extraction, storing the
quotes, key emission, the reads of the candidate evidence, the votes of busy,
stock and recounted keys, writing the postings, writing the votes and
deciding the pairs (with verification), joining the affected texts again and
assembling their clusters, and the commit. Each step is timed by a wrapper
around the function that does it (steps nest: "slots write + decide"
includes "decide pairs", which includes "verification"); the add's total is
the process's CPU time, SQLite's work included. Also prints the bytes the
process wrote, and the lookup p50/p95 (CPU) of 100 texts of the add.

When ``quotematch._index_pairs`` is compiled (mypyc), its functions call one
another directly and its classes cannot be wrapped, so its steps are shown as
not timed; the add's total and the other steps still are.

Usage (from the repository root)::

    python -m benchmarks.bench_index --db grown.db --articles 2000 --batch 500 --seed 1
    python -m benchmarks.bench_index_parts grown.db --articles 500 --seed 77
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
import types
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import quotematch._index_file as index_file
import quotematch._index_pairs as index_pairs
import quotematch.index as index_module
from quotematch import Document, QuoteIndex
from quotematch.extract import extract_quotes

from .articles import generate_article
from .bench_index import _percentile
from .machine import describe_machine

_STEPS: tuple[tuple[Any, str, str], ...] = (
    (index_module, "extract_quotes", "extraction"),
    (index_module.QuoteIndex, "_store_quote", "store quotes and texts"),
    (index_pairs, "key_columns", "key emission"),
    (index_pairs.PairStore, "_counts", "read key counts"),
    (index_pairs.PairStore, "_entries", "read holders of recounted keys"),
    (index_pairs.PairStore, "_near", "read neighbours of busy keys' entries"),
    (index_pairs.PairStore, "_neighbour_rows", "busy keys' votes"),
    (index_pairs.PairStore, "_local", "stock keys' votes (reads included)"),
    (index_pairs.PairStore, "_votes", "recounted keys' votes"),
    (index_pairs.PairStore, "_flush", "write postings and key counts"),
    (index_pairs.PairStore, "_apply", "slots write + decide"),
    (index_pairs.PairStore, "_decide", "  decide pairs"),
    (index_pairs, "verify", "    verification"),
    (index_pairs.PairStore, "change", "candidate evidence, in all"),
    (index_module.QuoteIndex, "_rejoin", "join again and write clusters"),
    (index_module.QuoteIndex, "_build", "  assemble clusters"),
    (index_file.Transaction, "__exit__", "commit"),
)


def _written() -> int:
    """Bytes this process has caused to be written to storage (Linux), or 0."""
    try:
        with open("/proc/self/io") as io:
            fields = dict(line.split(": ") for line in io.read().splitlines())
        return int(fields["write_bytes"])
    except OSError:
        return 0


def _timed(owner: Any, name: str, label: str, spent: Counter[str]) -> Callable[[], None]:
    """Wrap ``owner.name`` to add its CPU time to ``spent[label]``; return the undo."""
    original = getattr(owner, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    setattr(owner, name, wrapper)
    return lambda: setattr(owner, name, original)


def _compiled(owner: Any) -> bool:
    """Whether ``owner`` (a module or a class) was compiled, so wrapping it times nothing."""
    module = owner if isinstance(owner, types.ModuleType) else sys.modules[owner.__module__]
    return not str(getattr(module, "__file__", "")).endswith(".py")


def _timed_steps() -> list[tuple[Any, str, str]]:
    """The steps that can be timed here (none of a compiled module's)."""
    return [(owner, name, label) for owner, name, label in _STEPS if not _compiled(owner)]


def run_parts(path: str, articles: int, seed: int) -> tuple[dict[str, float], Counter[str]]:
    """One add of ``articles`` generated articles to a copy of ``path``; totals and steps."""
    folder = tempfile.mkdtemp(prefix="qm-bench-parts-")
    copy = os.path.join(folder, "index.db")
    shutil.copy(path, copy)
    rng = random.Random(seed)
    docs = [Document(a.id, a.text)
            for a in (generate_article(rng, f"parts{seed}a{i}") for i in range(articles))]
    spent: Counter[str] = Counter()
    undo = [_timed(owner, name, label, spent) for owner, name, label in _timed_steps()]
    try:
        with QuoteIndex(copy) as index:
            before = index.stats().quotes
            written = _written()
            start = time.process_time()
            update = index.add(docs)
            cpu = time.process_time() - start
            written = _written() - written
            probes = [q.text for d in docs[:200] for q in extract_quotes(d)
                      if len(q.text.split()) > 5]
            lookups = []
            for text in random.Random(seed + 1).sample(probes, min(100, len(probes))):
                start = time.process_time()
                index.lookup(" ".join(text.split()[1:]))
                lookups.append((time.process_time() - start) * 1000)
            stats = index.stats()
    finally:
        for step in undo:
            step()
        shutil.rmtree(folder, ignore_errors=True)
    totals = {
        "quotes_before": before, "quotes_added": update.quotes, "cpu_s": cpu,
        "articles_per_cpu_s": articles / cpu, "written_mb": written / 1e6,
        "lookup_cpu_p50_ms": statistics.median(lookups),
        "lookup_cpu_p95_ms": _percentile(lookups, 0.95),
        "bytes_per_quote": stats.file_bytes / stats.quotes,
    }
    return totals, spent


def table(totals: dict[str, float], spent: Counter[str]) -> str:
    """The step times of :func:`run_parts` as a markdown table."""
    lines = [
        f"add of {totals['quotes_added']:,.0f} quotes to {totals['quotes_before']:,.0f}: "
        f"{totals['cpu_s']:.2f} s of CPU ({totals['articles_per_cpu_s']:.1f} articles per CPU "
        f"second), {totals['written_mb']:,.0f} MB written; lookup p50 / p95 "
        f"{totals['lookup_cpu_p50_ms']:.1f} / {totals['lookup_cpu_p95_ms']:.1f} ms of CPU; "
        f"{totals['bytes_per_quote']:,.0f} file bytes per quote (WAL included)",
        "",
        "| step | CPU, s | share |",
        "|---|---:|---:|",
    ]
    timed = {label for _, _, label in _timed_steps()}
    for _, _, label in _STEPS:
        if label not in timed:
            lines.append(f"| {label} | compiled: not timed | |")
            continue
        lines.append(f"| {label} | {spent[label]:.2f} | {spent[label] / totals['cpu_s']:.0%} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", help="an index file (not changed: the add goes to a copy)")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=77)
    args = parser.parse_args(argv)
    print(describe_machine())
    print()
    print(table(*run_parts(args.db, args.articles, args.seed)))


if __name__ == "__main__":
    main()
