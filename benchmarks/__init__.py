"""Seeded, offline benchmarks for quotematch: generators with ground truth, baselines, metrics.

Run them as modules from the repository root, for example::

    python -m benchmarks.bench_extract --articles 2000
    python -m benchmarks.bench_cluster --sizes 1000,10000

See ``docs/benchmarks.md`` for what each figure means.
"""
