"""The benchmark suite: every stage, quality and speed, peers in the same run, one command.

``python -m benchmarks --size small|medium|large [--only extract,cluster,...]`` runs the
sections below on seeded, generated data (offline, repeatable), prints one markdown table per
section and writes every figure to a JSON result file together with the machine, the Python and
library versions, the commit and the date.

Sections:

``extract``
    quotematch against a naive double-quote regex on generated articles whose attribution mix
    follows real news (:mod:`benchmarks.articles`): throughput, precision/recall/F1, speaker
    accuracy overall and per attribution pattern, multi-part quotes joined.
``cluster``
    clustering quotes/s, peak memory and quality (pair P/R/F1, B-cubed, fragment recall) as the
    corpus grows (:mod:`benchmarks.generate`), with the growth exponent fitted on log-log axes;
    MinHash LSH (datasketch, the ``bench`` extra) and ``Config(semantic=True)`` (the
    ``semantic`` extra: its precision on the generator's hard negatives and its CPU time against
    the lexical run) in the same run.
``peers``
    exhaustive rapidfuzz ``ratio``, ``partial_ratio`` and ``token_set_ratio`` over all pairs
    (``process.cdist``), measured on a sample and projected to the cluster sizes.
``news``
    end to end on generated news coverage (:mod:`benchmarks.bench_news`): invented outlets with
    house styles quote invented statements, one of them in thousands of versions at the medium
    size; one ``quotematch.match`` run is scored at every stage against the generator's truth
    (extraction P/R/F1, speaker accuracy per pattern, cluster pair P/R/F1 and B-cubed, variant
    P/R per category and for meaning changes).
``variants``
    variant precision/recall per category (and for meaning changes) against the differences the
    generator applied.
``index``
    the SQLite quote index: ingest articles/s and lookup p50/p95 as it grows, bytes per quote
    (:mod:`benchmarks.bench_index`).
``dask``
    the whole pipeline locally and on a Dask ``LocalCluster`` of two workers, answers compared
    (:mod:`benchmarks.bench_dask`; needs the ``dask`` extra, left out without it).
``devset``
    with ``--devset FOLDER`` (hand-annotated articles in the ``gold.json`` + ``articles/`` layout
    described in docs/benchmarks.md): extraction, speaker accuracy per pattern, cluster pair F1
    and variants found, as a separate table.

Generated data shows speed, scaling and whether quotematch handles the patterns the generators
write; it is not a measure of accuracy on real news, and the tables say so (``CAVEATS``).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from . import devset as devset_mod
from .articles import PATTERNS, generate_articles
from .bench_cluster import _spawn
from .generate import MEANING_OPS, OP_CATEGORY, apply_op, generate_corpus
from .machine import describe_machine, quotematch_build
from .metrics import extraction_scores, growth_exponent, labels_from_clusters, pair_scores
from .peers import UnionFind, naive_quotes

__all__ = ["SECTIONS", "SIZES", "main", "run_suite"]

SIZES: dict[str, dict[str, Any]] = {
    "small": {"articles": 300, "news": 300, "repeat": 1, "cluster": [1000, 3000],
              "minhash_max": 3000, "peer_sample": 300, "variants": 2000, "index": (300, 100),
              "dask": [200]},
    "medium": {"articles": 2000, "news": 5000, "repeat": 3, "cluster": [1000, 10000, 100000],
               "minhash_max": 100000, "peer_sample": 1000, "variants": 10000,
               "index": (5000, 1000), "dask": [2000]},
    "large": {"articles": 5000, "news": 20000, "repeat": 5,
              "cluster": [1000, 10000, 100000, 1000000], "minhash_max": 100000,
              "peer_sample": 2000, "variants": 100000,
              "index": (50000, 10000), "dask": [2000, 20000]},
}
"""What each ``--size`` runs. ``small`` finishes in under a minute (the CI smoke test)."""

SECTIONS = ("extract", "news", "cluster", "peers", "variants", "index", "dask", "devset")
SCORED_KINDS = frozenset({"direct", "partial", "tweet"})
PEER_SCORERS = ("ratio", "partial_ratio", "token_set_ratio")
PEER_CUTOFF = 90

CAVEATS = (
    "What generated data cannot show:",
    "- accuracy on real news: every sentence, name and attribution here comes from templates "
    "the rules were written against, so the scores say the patterns are handled, not that "
    "real articles are (hand-annotated articles, `--devset`, are the closer measure);",
    "- wording real outlets change that the generators never do: paraphrase, reordering, "
    "translation, quotes rebuilt from memory, speakers named only by role across paragraphs;",
    "- real page text: boilerplate, captions, bylines, HTML left-overs, broken encodings;",
    "- the real shape of coverage: how many outlets print a statement, how they trim it, and "
    "which stock phrases collide, follow the generators' choices, not measurements;",
    "- times on this machine when it was shared: CPU seconds are the steadier figure.",
)
"""Printed under every table: what the generated corpora cannot tell."""



# --------------------------------------------------------------------------- environment


def environment() -> dict[str, Any]:
    """Machine, Python, library versions, commit and date: the head of every result file."""
    root = Path(__file__).resolve().parent.parent
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                            cwd=root).stdout.strip() or None
    versions = {}
    for name in ("quotematch", "rapidfuzz", "regex", "attrs", "datasketch", "matplotlib"):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {
        "machine": describe_machine(),
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "quotematch_build": quotematch_build(),
        "versions": versions,
        "commit": commit,
        "date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def _best_time(fn: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall and best CPU seconds of ``repeat`` calls."""
    wall = cpu = float("inf")
    for _ in range(max(1, repeat)):
        start, cpu_start = time.perf_counter(), time.process_time()
        fn()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - cpu_start)
    return wall, cpu


def _ratio(hit: int, total: int) -> float | None:
    return hit / total if total else None


# --------------------------------------------------------------------------- extract


def run_extract(n_articles: int, repeat: int, seed: int) -> dict[str, Any]:
    """Extraction speed and quality on generated articles with real news's attribution mix."""
    import quotematch

    articles = generate_articles(n_articles, seed=seed)
    texts = [a.text for a in articles]
    found: list[list[quotematch.Quote]] = []

    def run() -> None:
        found[:] = [quotematch.extract_quotes(t, doc_id=a.id)
                    for t, a in zip(texts, articles, strict=True)]

    naive: list[list[str]] = []

    def run_naive() -> None:
        naive[:] = [naive_quotes(t) for t in texts]

    wall, cpu = _best_time(run, repeat)
    naive_wall, _ = _best_time(run_naive, repeat)
    expected = [[q.text for q in a.quotes] for a in articles]
    got = [[q.text for q in qs if q.kind in SCORED_KINDS] for qs in found]
    p, r, f, _ = extraction_scores(got, expected)
    np_, nr, nf, _ = extraction_scores(naive, expected)
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    joined = multi = 0
    for art, qs in zip(articles, found, strict=True):
        by_text = {" ".join(q.text.split()): q for q in qs if q.kind in SCORED_KINDS}
        by_spans = {tuple(q.spans) for q in qs}
        for want in art.quotes:
            if len(want.spans) > 1:
                multi += 1
                joined += tuple(want.spans) in by_spans
            if want.pattern is None:
                continue
            hit = by_text.get(" ".join(want.text.split()))
            if hit is None:
                continue
            total[want.pattern] += 1
            right[want.pattern] += hit.speaker == want.speaker
    return {
        "articles": n_articles,
        "mean_kb": sum(len(t.encode()) for t in texts) / len(texts) / 1024 if texts else 0.0,
        "quotes_expected": sum(len(e) for e in expected),
        "articles_per_s": n_articles / wall,
        "articles_per_cpu_s": n_articles / cpu,
        "naive_articles_per_s": n_articles / naive_wall,
        "slowdown_vs_naive": (n_articles / naive_wall) / (n_articles / wall),
        "precision": p, "recall": r, "f1": f,
        "naive_precision": np_, "naive_recall": nr, "naive_f1": nf,
        "speaker_accuracy": _ratio(sum(right.values()), sum(total.values())),
        "speaker_n": sum(total.values()),
        "speaker_by_pattern": {k: {"right": right[k], "n": total[k],
                                   "accuracy": _ratio(right[k], total[k])} for k in PATTERNS},
        "multi_part_joined": joined, "multi_part": multi,
    }


# --------------------------------------------------------------------------- cluster


def run_cluster(sizes: Sequence[int], minhash_max: int, seed: int,
                progress: Callable[[str], None]) -> dict[str, Any]:
    """quotematch (and MinHash LSH where installed) at each size, each run in its own process."""
    methods = ["quotematch"]
    try:
        import datasketch  # type: ignore[import-untyped]  # noqa: F401

        methods.append("minhash")
    except ImportError:
        progress("datasketch is not installed (the bench extra): MinHash LSH left out")
    if importlib.util.find_spec("wordllama") is not None:
        methods.append("semantic")  # Config(semantic=True): its precision and time against lexical
    else:
        progress("wordllama is not installed (the semantic extra): semantic linking left out")
    runs = []
    for n in sizes:
        for method in methods:
            if method == "minhash" and n > minhash_max:
                continue
            progress(f"cluster: {method} at {n:,} quotes")
            runs.append(_spawn(method, n, seed, timeout=3600.0))
    ok = [r for r in runs if r["method"] == "quotematch" and "error" not in r]
    fit = {
        "time": growth_exponent([r["n"] for r in ok], [r["cpu_seconds"] for r in ok]),
        # Memory above the corpus's own; runs that add under 16 MiB say nothing about growth.
        "memory": growth_exponent(
            [r["n"] for r in ok if r["rss_mib"] - r["rss_corpus_mib"] >= 16],
            [r["rss_mib"] - r["rss_corpus_mib"] for r in ok
             if r["rss_mib"] - r["rss_corpus_mib"] >= 16]),
    }
    for r in runs:
        if "error" not in r:
            r["quotes_per_s"] = r["n"] / r["seconds"] if r["seconds"] else None
    return {"runs": runs, "growth_exponent": fit}


# --------------------------------------------------------------------------- peers


def run_peers(sample: int, sizes: Sequence[int], seed: int) -> dict[str, Any]:
    """Exhaustive rapidfuzz scorers over all pairs of a sample, projected to larger corpora."""
    from rapidfuzz import fuzz, process, utils

    import quotematch

    corpus = generate_corpus(sample, seed=seed)
    texts = list(corpus.texts)
    start = time.process_time()
    clusters = quotematch.cluster_quotes(texts)
    qm_cpu = time.process_time() - start
    qm_labels = labels_from_clusters(len(texts), ([int(q.id) for q in c.members]
                                                  for c in clusters))
    qm = pair_scores(qm_labels, corpus.statement_ids, corpus.roles)
    result: dict[str, Any] = {"sample": sample, "cutoff": PEER_CUTOFF, "scorers": {},
                              "quotematch": {"cpu_seconds": qm_cpu, "f1": qm.f1,
                                             "precision": qm.precision, "recall": qm.recall}}
    pairs = sample * (sample - 1) / 2
    for name in PEER_SCORERS:
        scorer = getattr(fuzz, name)
        start = time.process_time()
        matrix = process.cdist(texts, texts, scorer=scorer, processor=utils.default_process,
                               score_cutoff=PEER_CUTOFF, dtype="uint8", workers=1)
        seconds = time.process_time() - start
        uf = UnionFind(sample)
        rows, cols = matrix.nonzero()
        for i, j in zip(rows.tolist(), cols.tolist(), strict=True):
            if i < j:
                uf.union(i, j)
        s = pair_scores(uf.labels(), corpus.statement_ids, corpus.roles)
        rate = sample * sample / seconds if seconds else float("inf")
        result["scorers"][name] = {
            "cpu_seconds": seconds, "comparisons_per_s": rate,
            "f1": s.f1, "precision": s.precision, "recall": s.recall,
            "time_vs_quotematch": seconds / qm_cpu if qm_cpu else None,
            "projected_seconds": {str(n): n * n / rate for n in sizes},
        }
    result["pairs"] = pairs
    return result


# --------------------------------------------------------------------------- variants


def run_variants(n: int, seed: int) -> dict[str, Any]:
    """Variant records against the generator's differences, per category and for meaning changes.

    A version's expected categories are those of the differences the generator applied to it
    (``OP_CATEGORY``). Recall: the share of (version, category) that a record of that category
    on the version reports. Precision: the share of the records on versions the generator
    changed whose category is one it applied (exact prints are left out, since the canonical
    passage itself may differ from the base text). For meaning changes, one version of about
    every tenth statement gets a dropped or added "not", another number or another modal; a
    record flagged as a meaning change should sit on exactly those versions.
    """
    import random

    import quotematch

    corpus = generate_corpus(n, seed=seed)
    texts = list(corpus.texts)
    ops = [set(o) if role == "full" else set() for o, role in zip(corpus.ops, corpus.roles,
                                                                  strict=True)]
    rng = random.Random(seed)
    for base in corpus.statements:
        if rng.random() < 0.1:
            op = rng.choice(MEANING_OPS)
            changed = apply_op(rng, base, op)
            if changed is not None and changed != base:
                texts.append(changed)
                ops.append({op})
    clusters = quotematch.cluster_quotes(texts)
    records: defaultdict[int, list[Any]] = defaultdict(list)
    for c in clusters:
        for v in c.variants:
            records[int(v.quote_id)].append(v)
    hit: Counter[str] = Counter()
    want: Counter[str] = Counter()
    good: Counter[str] = Counter()
    made: Counter[str] = Counter()
    meaning = {"expected": 0, "found": 0, "flagged": 0, "flagged_right": 0}
    flags = {flag: {"expected": 0, "found": 0, "flagged": 0, "flagged_right": 0}
             for flag in FLAG_OPS}
    for i, applied in enumerate(ops):
        got = records.get(i, [])
        flagged = [v for v in got if getattr(v, "meaning", None)]
        meaning["flagged"] += len(flagged)
        for flag, op in FLAG_OPS.items():
            with_flag = [v for v in got if flag in getattr(v, "meaning", ())]
            row = flags[flag]
            row["flagged"] += len(with_flag)
            if op in applied:
                row["expected"] += 1
                row["found"] += bool(with_flag)
                row["flagged_right"] += len(with_flag)
        if set(applied) & set(MEANING_OPS):
            meaning["expected"] += 1
            meaning["found"] += bool(flagged)
            meaning["flagged_right"] += len(flagged)
            continue
        if not applied:
            continue
        expected = {OP_CATEGORY[op] for op in applied}
        reported = {cat for v in got for cat in _categories(v)}
        for cat in expected:
            want[cat] += 1
            hit[cat] += cat in reported
        for v in got:
            made[v.category] += 1
            good[v.category] += bool(set(_categories(v)) & expected)
    cats = sorted(set(want) | set(made))
    per = {c: {"precision": _ratio(good[c], made[c]), "recall": _ratio(hit[c], want[c]),
               "expected": want[c], "reported": made[c]} for c in cats}
    return {
        "quotes": len(texts),
        "per_category": per,
        "precision": _ratio(sum(good.values()), sum(made.values())),
        "recall": _ratio(sum(hit.values()), sum(want.values())),
        "meaning_changes": {**meaning,
                            "recall": _ratio(meaning["found"], meaning["expected"]),
                            "precision": _ratio(meaning["flagged_right"], meaning["flagged"])},
        "meaning_flags": {flag: {**row, "recall": _ratio(row["found"], row["expected"]),
                                 "precision": _ratio(row["flagged_right"], row["flagged"])}
                          for flag, row in flags.items()},
    }


FLAG_OPS = {"negation": "negation", "number": "number", "modal": "modal", "person": "pronoun"}
"""Each meaning flag and the generator's difference it should sit on. The pronoun swaps include
some within one person (``i`` → ``we``, ``he`` → ``she``), so the person flag's recall is a lower
bound; a negation flag on a dropped "not" (an omission or an ellipsis) counts as wrong here."""


def _categories(variant: Any) -> tuple[str, ...]:
    """Every category a record carries (a phrase record may list several)."""
    listed = getattr(variant, "categories", None)
    return tuple(listed) if listed else (variant.category,)


# --------------------------------------------------------------------------- tables


def _f(x: float | None, digits: int = 3) -> str:
    return "n/a" if x is None else f"{x:.{digits}f}"


def tables(result: dict[str, Any]) -> str:
    """Every section of a result as markdown, in the order run."""
    out = [f"Machine: {result['environment']['machine']}", ""]
    ex = result.get("extract")
    if ex:
        out += [
            f"### Extraction ({ex['articles']:,} generated articles, {ex['quotes_expected']:,} "
            "quotes; attribution mix of real news)", "",
            "| extractor | articles/s | articles/CPU s | precision | recall | F1 "
            "| speaker accuracy | multi-part joined |", "|---|---|---|---|---|---|---|---|",
            f"| quotematch | {ex['articles_per_s']:,.0f} | {ex['articles_per_cpu_s']:,.0f} "
            f"| {_f(ex['precision'])} | {_f(ex['recall'])} | **{_f(ex['f1'])}** "
            f"| {_f(ex['speaker_accuracy'])} (of {ex['speaker_n']}) "
            f"| {ex['multi_part_joined']} / {ex['multi_part']} |",
            f"| naive double-quote regex | {ex['naive_articles_per_s']:,.0f} | "
            f"| {_f(ex['naive_precision'])} | {_f(ex['naive_recall'])} "
            f"| **{_f(ex['naive_f1'])}** | n/a | n/a |", "",
            f"quotematch is {ex['slowdown_vs_naive']:.0f}× slower than the regex.", "",
            "| attribution pattern | quotes | speaker accuracy |", "|---|---|---|",
        ]
        for k, v in ex["speaker_by_pattern"].items():
            out.append(f"| {k} | {v['n']} | {_f(v['accuracy'])} |")
        out.append("")
    if result.get("news"):
        from . import bench_news

        out += [bench_news.table(result["news"]), ""]
    cl = result.get("cluster")
    if cl:
        out += ["### Clustering (generated quote versions)", "",
                "| N | method | wall | CPU | quotes/s | peak RSS MiB | pair P | pair R "
                "| pair F1 | B-cubed F1 | frag→full R |", "|---" * 11 + "|"]
        for r in cl["runs"]:
            if "error" in r:
                out.append(f"| {r['n']:,} | {r['method']} | {r['error']} |" + " |" * 8)
                continue
            s = r["scores"]
            out.append(
                f"| {r['n']:,} | {r['method']} | {r['seconds']:.2f} s | {r['cpu_seconds']:.2f} s "
                f"| {r['quotes_per_s']:,.0f} | {r['rss_mib']:.0f} | {_f(s['precision'])} "
                f"| {_f(s['recall'])} | **{_f(s['f1'])}** | {_f(r.get('bcubed_f1'))} "
                f"| {_f(s['frag_recall'])} |")
        g = cl["growth_exponent"]
        out += ["", f"Growth exponent (log-log fit over sizes; 1.0 is linear): CPU time "
                f"{_f(g['time'], 2)}, memory {_f(g['memory'], 2)}.", ""]
        ratios = _semantic_ratios(cl["runs"])
        if ratios:
            out += ["CPU time with `semantic` / without: " + ", ".join(
                f"{r:.2f} at {n:,}" for n, r in ratios) + ".", ""]
    pe = result.get("peers")
    if pe:
        q = pe["quotematch"]
        out += [f"### Exhaustive peers ({pe['sample']:,} quotes, all pairs, score ≥ "
                f"{pe['cutoff']})", "",
                "| method | CPU | × quotematch | pair P | pair R | pair F1 | projected at "
                + ", ".join(next(iter(pe["scorers"].values()))["projected_seconds"]) + " |",
                "|---|---|---|---|---|---|---|",
                f"| quotematch | {q['cpu_seconds']:.2f} s | 1 | {_f(q['precision'])} "
                f"| {_f(q['recall'])} | **{_f(q['f1'])}** | |"]
        for name, s in pe["scorers"].items():
            proj = ", ".join(_human_seconds(v) for v in s["projected_seconds"].values())
            out.append(f"| rapidfuzz {name} | {s['cpu_seconds']:.2f} s "
                       f"| {_f(s['time_vs_quotematch'], 1)} | {_f(s['precision'])} "
                       f"| {_f(s['recall'])} | **{_f(s['f1'])}** | {proj} |")
        out.append("")
    va = result.get("variants")
    if va:
        out += [f"### Variants per category ({va['quotes']:,} generated quote versions)", "",
                "| category | expected | reported | precision | recall |", "|---|---|---|---|---|"]
        for c, v in va["per_category"].items():
            out.append(f"| {c} | {v['expected']} | {v['reported']} | {_f(v['precision'])} "
                       f"| {_f(v['recall'])} |")
        m = va["meaning_changes"]
        out += [f"| **all** | | | {_f(va['precision'])} | {_f(va['recall'])} |",
                f"| meaning changes (flag) | {m['expected']} | {m['flagged']} "
                f"| {_f(m['precision'])} | {_f(m['recall'])} |"]
        for flag, row in va.get("meaning_flags", {}).items():
            out.append(f"| flag `{flag}` ({FLAG_OPS[flag]} changes) | {row['expected']} "
                       f"| {row['flagged']} | {_f(row['precision'])} | {_f(row['recall'])} |")
        out.append("")
    if result.get("index"):
        from . import bench_index

        out += ["### Quote index (SQLite), growing in batches of 100 articles", "",
                bench_index.table(result["index"]), ""]
    if result.get("dask"):
        from . import bench_dask

        out += ["### Local against Dask (LocalCluster, 2 workers)", "",
                bench_dask.table(result["dask"]), ""]
    dv = result.get("devset")
    if dv:
        out += [devset_mod.table(dv), ""]
    out += CAVEATS
    return "\n".join(out)


def _semantic_ratios(runs: Sequence[dict[str, Any]]) -> list[tuple[int, float]]:
    """(size, CPU time of the ``semantic`` run / the ``quotematch`` run) where both ran."""
    cpu = {(r["method"], r["n"]): r["cpu_seconds"] for r in runs if "error" not in r}
    return [(n, cpu[("semantic", n)] / cpu[("quotematch", n)])
            for method, n in sorted(cpu, key=lambda k: k[1])
            if method == "semantic" and cpu.get(("quotematch", n))]


def _human_seconds(s: float) -> str:
    if s < 120:
        return f"{s:.1f} s"
    if s < 7200:
        return f"{s / 60:.0f} min"
    if s < 2 * 86400:
        return f"{s / 3600:.1f} h"
    return f"{s / 86400:.0f} d"


# --------------------------------------------------------------------------- plots


def plots(result: dict[str, Any], folder: Path) -> list[Path]:
    """Log-log time and memory against corpus size, quality per category and pattern (PNGs)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    cl = result.get("cluster")
    if cl:
        fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
        for method in sorted({r["method"] for r in cl["runs"]}):
            ok = [r for r in cl["runs"] if r["method"] == method and "error" not in r]
            ax1.plot([r["n"] for r in ok], [r["cpu_seconds"] for r in ok], "o-", label=method)
            ax2.plot([r["n"] for r in ok], [r["rss_mib"] for r in ok], "o-", label=method)
        for ax, label in ((ax1, "CPU seconds"), (ax2, "peak RSS (MiB)")):
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_xlabel("quotes")
            ax.set_ylabel(label)
            ax.grid(True, which="both", alpha=0.3)
            ax.legend()
        fig.suptitle("Clustering: time and memory against corpus size")
        fig.tight_layout()
        written.append(folder / "bench-cluster-scaling.png")
        fig.savefig(written[-1], dpi=100)
        plt.close(fig)
    bars: list[tuple[str, dict[str, float | None]]] = []
    news = result.get("news")
    if result.get("variants"):
        bars.append(("variant recall per category (quote versions)",
                     {c: v["recall"] for c, v in result["variants"]["per_category"].items()}))
    if news:
        bars.append(("end to end: variant recall per category",
                     {c: v["recall"] for c, v in news["variants"]["per_category"].items()}))
    if result.get("extract"):
        bars.append(("speaker accuracy per attribution pattern (articles)",
                     {k: v["accuracy"] for k, v in
                      result["extract"]["speaker_by_pattern"].items()}))
    if news:
        bars.append(("end to end: speaker accuracy per attribution pattern",
                     {k: v["accuracy"] for k, v in news["speaker_by_pattern"].items()}))
    if bars:
        cols = min(2, len(bars))
        rows = (len(bars) + cols - 1) // cols
        fig, axes = plt.subplots(rows, cols, figsize=(6 * cols, 4 * rows), squeeze=False)
        for ax in axes.flat[len(bars):]:
            ax.set_visible(False)
        for ax, (title, values) in zip(axes.flat, bars, strict=False):
            names = list(values)
            ax.barh(names, [values[n] or 0.0 for n in names])
            ax.set_xlim(0, 1)
            ax.set_title(title)
            ax.grid(True, axis="x", alpha=0.3)
        fig.tight_layout()
        written.append(folder / "bench-quality.png")
        fig.savefig(written[-1], dpi=100)
        plt.close(fig)
    return written


# --------------------------------------------------------------------------- driver


def run_suite(size: str, only: Sequence[str], *, seed: int = 0, devset: Path | None = None,
              progress: Callable[[str], None] = lambda _m: None) -> dict[str, Any]:
    """Run the chosen sections at one size and return every figure (see the module docstring)."""
    plan = SIZES[size]
    result: dict[str, Any] = {"environment": environment(), "size": size, "seed": seed,
                              "sections": list(only)}
    if "extract" in only:
        progress(f"extract: {plan['articles']:,} articles")
        result["extract"] = run_extract(plan["articles"], plan["repeat"], seed)
    if "news" in only:
        from . import bench_news

        progress(f"news: {plan['news']:,} articles, extract → cluster → variants")
        result["news"] = bench_news.run_news(plan["news"], seed)
    if "cluster" in only:
        result["cluster"] = run_cluster(plan["cluster"], plan["minhash_max"], seed, progress)
    if "peers" in only:
        progress(f"peers: all pairs of {plan['peer_sample']:,} quotes")
        result["peers"] = run_peers(plan["peer_sample"], plan["cluster"], seed)
    if "variants" in only:
        progress(f"variants: {plan['variants']:,} quote versions")
        result["variants"] = run_variants(plan["variants"], seed)
    if "index" in only:
        from . import bench_index

        articles, every = plan["index"]
        progress(f"index: {articles:,} articles in batches of 100")
        result["index"] = bench_index.run_index(articles, every=every, seed=seed)
    if "dask" in only:
        try:
            import distributed  # noqa: F401
        except ImportError:
            progress("dask: the dask extra is not installed, section left out")
        else:
            from . import bench_dask

            progress(f"dask: local against a LocalCluster at {plan['dask']} articles")
            result["dask"] = bench_dask.run_sizes(plan["dask"], 2, seed)
    if "devset" in only and devset is not None:
        progress(f"devset: {devset}")
        result["devset"] = devset_mod.score_folder(devset)
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="quotematch's benchmark suite: quality and speed of every stage, peers in "
                    "the same run, on seeded generated data.")
    parser.add_argument("--size", choices=sorted(SIZES), default="small",
                        help="small (under a minute), medium or large (default: small)")
    parser.add_argument("--only", default=",".join(SECTIONS),
                        help=f"comma-separated sections from {','.join(SECTIONS)}")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--devset", type=Path,
                        help="a folder of hand-annotated articles (gold.json + articles/)")
    parser.add_argument("--out", type=Path,
                        help="the JSON result file (default: benchmarks/results/"
                             "<date>-<size>.json)")
    parser.add_argument("--plots", type=Path, help="write PNG plots into this folder")
    args = parser.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(only) - set(SECTIONS))
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    if "devset" in only and args.devset is None and args.only != ",".join(SECTIONS):
        parser.error("the devset section needs --devset FOLDER")
    if args.devset is not None and not (args.devset / "gold.json").is_file():
        parser.error(f"{args.devset}: no gold.json there")

    def progress(message: str) -> None:
        print(f"# {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    result = run_suite(args.size, only, seed=args.seed, devset=args.devset, progress=progress)
    result["seconds"] = time.perf_counter() - started
    out = args.out or (Path(__file__).resolve().parent / "results"
                       / f"{time.strftime('%Y%m%d-%H%M%S', time.gmtime())}-{args.size}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(tables(result))
    if args.plots is not None:
        for path in plots(result, args.plots):
            progress(f"plot: {path}")
    progress(f"results: {out} ({result['seconds']:.0f} s)")
    return 0
