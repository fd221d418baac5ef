"""The whole pipeline, local against Dask: wall time, peak memory, and whether the answers agree.

A seeded corpus of multi-outlet articles (each quoting a few versions from
:func:`benchmarks.generate.generate_corpus` in article-shaped paragraphs) is
written to JSON Lines files in a temporary directory, one partition per file.
Then, each in its own subprocess so peak memory is its own:

* ``local``: :func:`quotematch.io.read_documents` and :func:`quotematch.match`
  in one process;
* ``dask``: :func:`quotematch.on_dask.match_on_dask` on a ``LocalCluster`` of
  ``--workers`` single-threaded worker processes (peak memory per worker from
  the workers' own ``ru_maxrss``; CPU time is the client's plus the workers').

Wall time covers reading, matching and gathering the result, not writing the
corpus, starting the cluster or the workers' first import of quotematch.

Both results are compared (documents, quotes, cluster ids, members, variants).

With ``--shuffle-bytes`` it measures instead what the clustering steps move
between tasks: the clustering graph of :mod:`quotematch.on_dask` runs on Dask's
synchronous scheduler over ``--parts`` partitions, every share that one task
hands to another is pickled (as Dask ships it between processes) and counted,
per clustered quote; the one-node join is timed and its peak memory traced.

Usage (from the repository root; the ``dask`` extra installed)::

    python -m benchmarks.bench_dask --articles 2000,20000 --workers 2
    python -m benchmarks.bench_dask --shuffle-bytes --articles 20000 --parts 10
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .generate import generate_corpus
from .machine import describe_machine
from .vocab import FIRST_NAMES_F, FIRST_NAMES_M, SURNAMES

ARTICLES_PER_FILE = 2000
QUOTES_PER_ARTICLE = 4


def article_records(n_articles: int, *, seed: int = 0) -> Iterator[dict[str, str]]:
    """``n_articles`` JSON records of articles, each quoting generated versions of statements."""
    corpus = generate_corpus(n_articles * QUOTES_PER_ARTICLE, seed=seed)
    rng = random.Random(seed)
    texts = corpus.texts
    for i in range(n_articles):
        paragraphs = [f"Report {i} from the {rng.choice(SURNAMES)} Valley."]
        for text in texts[i * QUOTES_PER_ARTICLE : (i + 1) * QUOTES_PER_ARTICLE]:
            name = f"{rng.choice(FIRST_NAMES_F + FIRST_NAMES_M)} {rng.choice(SURNAMES)}"
            paragraphs.append(f"“{text.rstrip('.')},” said {name}.")
        yield {
            "id": f"a{i}",
            "text": "\n\n".join(paragraphs),
            "source": f"Outlet {i % 37}",
            "published": f"2024-05-{1 + i % 28:02d}",
        }


def write_corpus(folder: Path, n_articles: int, *, seed: int = 0) -> list[Path]:
    """:func:`article_records` as JSON Lines files of ``ARTICLES_PER_FILE``; their paths."""
    paths: list[Path] = []
    out = None
    for i, record in enumerate(article_records(n_articles, seed=seed)):
        if i % ARTICLES_PER_FILE == 0:
            if out is not None:
                out.close()
            paths.append(folder / f"articles-{i // ARTICLES_PER_FILE:05d}.jsonl")
            out = paths[-1].open("w", encoding="utf-8")
        assert out is not None
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    if out is not None:
        out.close()
    return paths


def _maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm_up() -> None:
    import quotematch.on_dask

    quotematch.extract_quotes("“We will rebuild the path,” said Ana Ruiz.")


def _worker_usage() -> tuple[float, float]:
    """A worker's peak RSS (MiB) and CPU seconds so far."""
    return _maxrss_mib(), _cpu_seconds()


def _fingerprint(result: Any) -> str:
    """A digest of what ``quotematch cluster --format json`` would write for ``result``."""
    text = json.dumps(result.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8")).hexdigest()[:16]


def run_one(method: str, paths: Sequence[str], workers: int) -> dict[str, Any]:
    """One measured run (called in a subprocess)."""
    import quotematch
    from quotematch.io import read_documents

    if method == "local":
        start, cpu = time.perf_counter(), _cpu_seconds()
        documents = [d for d in read_documents(paths) if isinstance(d, quotematch.Document)]
        result = quotematch.match(documents)
        wall = time.perf_counter() - start
        return {
            "wall": wall,
            "cpu": _cpu_seconds() - cpu,
            "rss": _maxrss_mib(),
            "client_cpu": None,
            "load": os.getloadavg()[0],
            "workers_rss": [],
            "quotes": len(result.quotes),
            "clusters": len(result.clusters),
            "fingerprint": _fingerprint(result),
        }
    from distributed import Client, LocalCluster

    from quotematch.on_dask import match_on_dask

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, dashboard_address=None, memory_limit=0
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(_warm_up)  # imports and compiled patterns: once per worker, not per run
        before = client.run(_worker_usage)
        start, cpu = time.perf_counter(), _cpu_seconds()
        result, _errors = match_on_dask(paths)
        wall = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu
        after = client.run(_worker_usage)
    # Each worker's peak, and how far it rose above the worker's peak before the run.
    workers_rss = sorted((after[w][0], after[w][0] - before.get(w, (0.0, 0.0))[0]) for w in after)
    client_cpu = cpu
    cpu += sum(after[w][1] - before[w][1] for w in after if w in before)
    return {
        "wall": wall,
        "cpu": cpu,
        "client_cpu": client_cpu,
        "load": os.getloadavg()[0],
        "rss": _maxrss_mib(),
        "workers_rss": workers_rss,
        "quotes": len(result.quotes),
        "clusters": len(result.clusters),
        "fingerprint": _fingerprint(result),
    }


def _spawn(method: str, paths: Sequence[str], workers: int) -> dict[str, Any]:
    command = [
        sys.executable,
        "-m",
        "benchmarks.bench_dask",
        "--worker",
        method,
        "--workers",
        str(workers),
        *paths,
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"{method} run failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def run_sizes(
    sizes: Sequence[int],
    workers: int,
    seed: int,
    on_row: Callable[[dict[str, Any]], None] | None = None,
) -> list[dict[str, Any]]:
    """Local and Dask runs at each size, each in its own process, with their answers compared.

    ``on_row`` is told of each run as soon as it is done (a long run shows what it has).
    """
    rows = []
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            paths = [str(p) for p in write_corpus(Path(tmp), size, seed=seed)]
            local = {"articles": size, "method": "local", "same_answers": None}
            local.update(_spawn("local", paths, workers))
            if on_row is not None:
                on_row(local)
            dask = {"articles": size, "method": "Dask"}
            dask.update(_spawn("dask", paths, workers))
        dask["same_answers"] = local["fingerprint"] == dask["fingerprint"]
        if on_row is not None:
            on_row(dask)
        rows.extend((local, dask))
    return rows


HEADER = (
    "| articles | quotes | clusters | method | wall time | CPU time (client's) | peak RSS (MiB) | "
    "peak RSS per worker (MiB; rise in the run) | load after | same answers |\n"
    "|---|---|---|---|---|---|---|---|---|---|"
)


def table_row(r: dict[str, Any]) -> str:
    """One run of :func:`run_sizes` as a markdown table row (same answers: on the Dask row)."""
    per_worker = ", ".join(f"{x:.0f} (+{grown:.0f})" for x, grown in r["workers_rss"]) or "–"
    same = {None: "–", True: "yes", False: "**no**"}[r["same_answers"]]
    client = "" if r.get("client_cpu") is None else f" ({r['client_cpu']:.1f} s)"
    return (
        f"| {r['articles']:,} | {r['quotes']:,} | {r['clusters']:,} | {r['method']} | "
        f"{r['wall']:.1f} s | {r['cpu']:.1f} s{client} | {r['rss']:.0f} | {per_worker} | "
        f"{r.get('load', 0):.1f} | {same} |"
    )


def table(rows: Sequence[dict[str, Any]]) -> str:
    """The runs of :func:`run_sizes` as a markdown table."""
    return "\n".join([HEADER, *map(table_row, rows)])


def _pickled(shares: Sequence[Any]) -> tuple[int, int]:
    """Bytes of the shares pickled one by one, and how many records they hold."""
    size = sum(len(pickle.dumps(share, protocol=5)) for share in shares)
    return size, sum(len(share) for share in shares)


def shuffle_bytes(n_articles: int, parts: int, seed: int) -> list[tuple[str, float, float, str]]:
    """What each clustering step hands on, per clustered quote: (step, bytes, records, note)."""
    import tracemalloc

    import quotematch
    from quotematch.config import resolve_config
    from quotematch.on_dask import _cluster_steps, _join, _texts_of

    config = resolve_config(None)
    records = list(article_records(n_articles, seed=seed))
    size = -(-len(records) // parts)
    text_parts = []
    for start in range(0, size * parts, size):
        documents = [
            quotematch.Document(r["id"], r["text"], source=r["source"], published=r["published"])
            for r in records[start : start + size]
        ]
        quotes = [q for d in documents for q in quotematch.extract_quotes(d, config=config)]
        text_parts.append(_texts_of(quotes, config))
    quotes = sum(len(p) for p in text_parts)
    steps = _cluster_steps(text_parts, config)
    texts = sum(len(r) for r in steps.ranges)
    rows = []

    def row(step: str, shares: Sequence[Any], count: int, note: str) -> None:
        size = sum(len(pickle.dumps(share, protocol=5)) for share in shares)
        rows.append((step, size / quotes, count / quotes, note))

    def shares(outputs: Sequence[Sequence[Any]]) -> list[Any]:
        return [share for out in outputs for share in out]

    cut = shares(steps.cut)
    row("texts to their content range", cut, sum(map(len, cut)), "words, gaps, content id")
    stats = shares(steps.stats)
    row("key statistics to their key shard", [s.counts for s in stats],
        sum(len(s.counts) for s in stats), "distinct texts per key, per range")
    uses = shares(steps.uses)
    row("keys that vote, back to their range", uses,
        sum(len(a) + len(b) for a, b in uses), "key (arrays)")
    postings = shares(steps.emitted)
    context = sum(1 for p in postings for c in p.contexts() if c)
    row("postings to their key shard", postings, sum(len(p.keys) for p in postings),
        f"key, text rank and position, length (arrays); for "
        f"{context / max(1, sum(len(p.keys) for p in postings)):.0%} of them (busy keys) "
        "the 4 words after and the 4 before")
    votes = shares(steps.votes)
    row("votes to their pair shard", votes, sum(len(v) // 7 for v in votes),
        "a, b, diagonal, votes, rare votes, two lengths (an array; summed per key shard)")
    requests = shares(steps.requests)
    row("requests for words", requests, sum(map(len, requests)), "ranks")
    answers = shares(steps.answers)
    row("words to the pair shards", answers, sum(map(len, answers)), "words, gaps, rank")
    row("verified links to the join task", steps.links, sum(map(len, steps.links)),
        "-support, a, b, link")
    lengths = [[len(t[0]) for t in r] for r in steps.ranges]
    tracemalloc.start()
    start = time.process_time()
    _join(lengths, steps.links, config)
    join_cpu = time.process_time() - start
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    link_count = sum(len(part) for part in steps.links)
    rows.append(("(join task) distinct texts per quote", texts / quotes, texts / quotes,
                 f"{quotes:,} clustered quotes"))
    rows.append(("(join task) peak memory per distinct text", peak / texts, link_count / texts,
                 f"records column: verified links per text; {join_cpu:.2f} s CPU "
                 f"for {texts:,} texts"))
    return rows


class _StepMemory:
    """A ``dask.callbacks.Callback`` measuring, with ``tracemalloc``, what each step holds.

    For each step (the task name without its token): the most memory one of its
    tasks allocated above what was held when it started, and the memory held
    when the whole run peaked, with the task then running.
    """

    def __init__(self) -> None:
        self.transient: dict[str, int] = {}
        self.peak = 0
        self.peak_task = ""
        self.held_at_peak = 0
        self._start = 0

    @staticmethod
    def step(key: Any) -> str:
        name = key[0] if isinstance(key, tuple) else str(key)
        name = name.removeprefix("quotematch-")
        return name.rsplit("-", 1)[0]

    def callback(self) -> Any:
        import tracemalloc

        from dask.callbacks import Callback

        def pretask(key: Any, dsk: Any, state: Any) -> None:
            tracemalloc.reset_peak()
            self._start = tracemalloc.get_traced_memory()[0]

        def posttask(key: Any, result: Any, dsk: Any, state: Any, worker: Any) -> None:
            _, peak = tracemalloc.get_traced_memory()
            step = self.step(key)
            self.transient[step] = max(self.transient.get(step, 0), peak - self._start)
            if peak > self.peak:
                self.peak, self.peak_task, self.held_at_peak = peak, step, self._start

        return Callback(pretask=pretask, posttask=posttask)


def memory_profile(n_articles: int, parts: int, seed: int) -> list[tuple[str, float]]:
    """Bytes per clustered quote: the run's peak and each step's own peak (one process)."""
    import tracemalloc

    import quotematch
    from quotematch.on_dask import documents_bag, run

    records = list(article_records(n_articles, seed=seed))
    size = -(-len(records) // parts)
    partitions = [
        [
            quotematch.Document(r["id"], r["text"], source=r["source"], published=r["published"])
            for r in records[start : start + size]
        ]
        for start in range(0, size * parts, size)
    ]
    del records
    _warm_up()
    meter = _StepMemory()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    with meter.callback():
        result, _ = run(documents_bag(partitions)).compute(scheduler="sync")
    tracemalloc.stop()
    quotes = sum(len(c.members) for c in result.clusters)
    rows = [
        ("peak held by the run", (meter.peak - base) / quotes),
        (f"held when it peaked (in {meter.peak_task})", (meter.held_at_peak - base) / quotes),
    ]
    for step, grown in sorted(meter.transient.items(), key=lambda item: -item[1]):
        rows.append((f"one {step} task at its peak", grown / quotes))
    return rows


def bytes_table(rows: Sequence[tuple[str, float, float, str]], quotes_note: str) -> str:
    """The rows of :func:`shuffle_bytes` as a markdown table."""
    lines = [
        f"| step ({quotes_note}) | bytes per clustered quote | records per quote | what |",
        "|---|---|---|---|",
    ]
    for step, size, count, note in rows:
        lines.append(f"| {step} | {size:,.0f} | {count:.2f} | {note} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", default="2000,20000", help="comma-separated sizes")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shuffle-bytes", action="store_true", help="count shuffled bytes")
    parser.add_argument("--memory", action="store_true", help="memory per step (tracemalloc)")
    parser.add_argument(
        "--parts", type=int, default=10, help="partitions for --shuffle-bytes and --memory"
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("paths", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(run_one(args.worker, args.paths, args.workers)))
        return
    print(describe_machine())
    print()
    if args.memory:
        for size in [int(s) for s in args.articles.split(",")]:
            print(f"| {size:,} articles, {args.parts} partitions, one process | bytes per quote |")
            print("|---|---|")
            for what, size_per_quote in memory_profile(size, args.parts, args.seed):
                print(f"| {what} | {size_per_quote:,.0f} |")
            print()
        return
    if args.shuffle_bytes:
        for size in [int(s) for s in args.articles.split(",")]:
            note = f"{size:,} articles, {args.parts} partitions"
            print(bytes_table(shuffle_bytes(size, args.parts, args.seed), note))
            print()
        return
    print(
        f"Corpus: {QUOTES_PER_ARTICLE} generated quote versions per article "
        f"(benchmarks.generate seed {args.seed}), {ARTICLES_PER_FILE} articles per "
        f"JSON Lines file (one partition each). Dask: LocalCluster, {args.workers} "
        "single-threaded worker processes."
    )
    print()
    print(f"Load average before the runs: {os.getloadavg()[0]:.1f} (the machine is shared).")
    print()
    print(HEADER, flush=True)
    sizes = [int(s) for s in args.articles.split(",")]
    run_sizes(sizes, args.workers, args.seed, lambda row: print(table_row(row), flush=True))


if __name__ == "__main__":
    main()
