"""End to end on generated news coverage: extract → cluster → variants, every stage scored.

The articles come from :mod:`benchmarks.newsroom`: invented outlets with house styles quoting
invented statements, one of them printed in thousands of versions at the medium size. One
``quotematch.match`` call runs the whole pipeline; each stage is then scored against the
generator's truth:

- **extraction**: precision/recall/F1 of quote texts per article (direct, partial and posts);
- **speakers**: accuracy on found direct quotes and posts, overall and per attribution pattern
  (the speaker must equal the truth exactly);
- **clusters**: pair precision/recall/F1 and B-cubed over the expected quotes, each labelled by
  the cluster of the extracted quote with its text (quotes not found count as singletons), plus
  how much of the most printed statement lands in one cluster;
- **variants**: on found full versions, per category. A version should carry a record of a
  category where it departs from the canonical passage, which follows the reading most versions
  print: its copy-desk changes (a misquote's too: an added "not" is an insertion), and a
  house-style feature (spelling, apostrophes, dash) where its outlet's reading is not the one at
  least two thirds of the statement's versions print (closer splits expect nothing and forbid
  nothing). When the canonical passage took a change's reading instead (a statement with few
  prints), the record sits on the other prints: a change counts as found, and such a record as
  right, when the record's canonical words are the change's (or its own words the ones
  dropped). Precision: records whose category is expected on their version, or that report
  another print's change so; records that only swap the full stop and comma news puts before an
  attribution or at a split count neither way, nor the full stop or words an ellipsis or a
  dropped word take with them. Meaning changes: versions misquoted with another negation,
  number or modal should carry a meaning flag; a flag is right on those (or reporting one from
  the other side) and on versions whose pronoun changed (``person``).

Usage (from the repository root)::

    python -m benchmarks.bench_news --articles 2000
"""

from __future__ import annotations

import argparse
import functools
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from typing import Any

from .articles import PATTERNS, Difference, ExpectedQuote
from .metrics import bcubed, pair_scores
from .newsroom import NewsCorpus, generate_news
from .outlets import features

__all__ = ["run_news", "table"]

SCORED_KINDS = frozenset({"direct", "partial", "tweet"})
# Records a change brings with it besides its own category: the full stop an ellipsis or a
# dropped word takes with it, the words an ellipsis stands for.
_TOLERATED = {"ellipsis": {"punctuation", "omission"}, "omission": {"punctuation"}}
# News's own changes: the comma before an attribution or at a split.
_NEWS_COMMAS = frozenset({"comma", "split"})
_MEANING_KIND = {"negation": "negation", "number": "number", "modal": "modal",
                 "pronoun": "person"}


def _fold(text: str) -> str:
    return " ".join(text.split())


def pair_up(expected: Sequence[ExpectedQuote], found: Sequence[Any]) -> list[Any]:
    """For each expected quote, the found quote with the same text (whitespace folded), or None.

    Each found quote pairs with at most one expected quote, in order.
    """
    pool: defaultdict[str, list[Any]] = defaultdict(list)
    for q in found:
        if q.kind in SCORED_KINDS:
            pool[_fold(q.text)].append(q)
    return [pool[_fold(e.text)].pop(0) if pool[_fold(e.text)] else None for e in expected]


DECIDED = 2 / 3
"""A house-style reading counts as the statement's when at least this share of its versions
print it; closer splits leave the canonical passage free to take either at each place."""


def _majorities(corpus: NewsCorpus) -> dict[tuple[int, str], str | None]:
    """Per (statement, feature): the value its versions print (``DECIDED``), else None."""
    votes: defaultdict[tuple[int, str], Counter[str]] = defaultdict(Counter)
    for art in corpus.articles:
        for q in art.quotes:
            if q.statement is not None:
                for feature, value in features(q.text).items():
                    votes[(q.statement, feature)][value] += 1
    out: dict[tuple[int, str], str | None] = {}
    for key, count in votes.items():
        top, n = count.most_common(1)[0]
        out[key] = top if n >= DECIDED * sum(count.values()) else None
    return out


def _categories(variant: Any) -> tuple[str, ...]:
    return tuple(variant.categories) or (variant.category,)


@functools.lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _comma_only(record: Any) -> bool:
    """True for a record whose two readings differ only by full stop against comma."""
    return bool(record.canonical_text or record.variant_text) and (
        record.canonical_text.replace(".", ",") == record.variant_text.replace(".", ","))


def _explains(record: Any, change: Difference) -> bool:
    """True when ``record``, on another version, reports ``change`` from the other side: the
    canonical passage took the changed reading, so the versions that kept the words said carry
    the record (its canonical words are the change's, or its own words are the ones dropped)."""
    after, before = _words(change.after), _words(change.before)
    canonical, printed = _words(record.canonical_text), _words(record.variant_text)
    if len(canonical) > len(after) + 2 or len(printed) > len(before) + 2:
        return False  # a longer record is about something else
    if after:
        return after <= canonical
    return bool(before) and before <= printed


def score_variants(corpus: NewsCorpus, pairs: Sequence[tuple[ExpectedQuote, Any]],
                   records: dict[str, list[Any]],
                   wrong: list[tuple[ExpectedQuote, Any]] | None = None) -> dict[str, Any]:
    """Variant precision/recall per category and for meaning changes (see the module doc).

    ``wrong``, when given, collects each record counted wrong with the version it sits on.
    """
    majority = _majorities(corpus)
    versions: defaultdict[int, list[tuple[ExpectedQuote, Any]]] = defaultdict(list)
    for exp, got in pairs:
        if exp.role == "full" and got is not None and exp.statement is not None:
            versions[exp.statement].append((exp, got))
    want: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    made: Counter[str] = Counter()
    good: Counter[str] = Counter()
    meaning = Counter[str]()
    for sid, group in versions.items():
        changes = [(got.id, d) for exp, got in group for d in exp.differences
                   if d.feature is None and (d.category or d.op in _MEANING_KIND)]
        every = [(got.id, r) for _exp, got in group for r in records.get(got.id, [])]
        commas = any(d.op in _NEWS_COMMAS for exp, _got in group for d in exp.differences)
        for exp, got in group:
            recs = records.get(got.id, [])
            others = [r for qid, r in every if qid != got.id] if exp.differences else []
            expected: set[str] = set()
            allowed: set[str] = set()
            for d in exp.differences:
                allowed |= _TOLERATED.get(d.op, set())
                if d.category is None or d.feature is not None:
                    continue
                expected.add(d.category)
                want[d.category] += 1
                hit[d.category] += (d.category in {c for v in recs for c in _categories(v)}
                                    or any(_explains(r, d) for r in others))
            for feature, value in features(exp.text).items():
                top = majority.get((sid, feature))
                category = "spelling_locale" if feature == "spelling" else "typography"
                if top is None:
                    allowed.add(category)
                elif value != top:
                    expected.add(category)
                    want[category] += 1
                    hit[category] += category in {c for v in recs for c in _categories(v)}
            for v in recs:
                cats = set(_categories(v))
                if commas and _comma_only(v):
                    continue
                if cats & expected or any(_explains(v, d) for qid, d in changes
                                          if qid != got.id):
                    made[v.category] += 1
                    good[v.category] += 1
                elif not cats & allowed:
                    made[v.category] += 1
                    if wrong is not None:
                        wrong.append((exp, v))
            kinds = {_MEANING_KIND[d.op] for d in exp.differences if d.op in _MEANING_KIND}
            misquotes = [d for d in exp.differences if d.op in _MEANING_KIND and
                         d.op != "pronoun"]
            flagged = [v for v in recs if v.meaning]
            meaning["expected"] += bool(misquotes)
            meaning["found"] += bool(misquotes) and (bool(flagged) or any(
                r.meaning and _explains(r, d) for r in others for d in misquotes))
            meaning["flagged"] += len(flagged)
            meaning["flagged_right"] += sum(
                bool(set(v.meaning) & kinds) or any(
                    _explains(v, d) for qid, d in changes
                    if qid != got.id and d.op in _MEANING_KIND) for v in flagged)
    cats = sorted(set(want) | set(made))
    per = {c: {"expected": want[c], "reported": made[c],
               "precision": good[c] / made[c] if made[c] else None,
               "recall": hit[c] / want[c] if want[c] else None} for c in cats}
    m = dict(meaning)
    return {
        "per_category": per,
        "precision": sum(good.values()) / sum(made.values()) if made else None,
        "recall": sum(hit.values()) / sum(want.values()) if want else None,
        "meaning_changes": {**m,
                            "recall": m["found"] / m["expected"] if m.get("expected") else None,
                            "precision": m["flagged_right"] / m["flagged"]
                            if m.get("flagged") else None},
    }


def run_news(n_articles: int, seed: int = 0) -> dict[str, Any]:
    """Generate ``n_articles``, run ``quotematch.match`` on them and score every stage."""
    import quotematch

    corpus = generate_news(n_articles, seed=seed)
    docs = [quotematch.Document(a.id, a.text, source=a.outlet) for a in corpus.articles]
    start, cpu = time.perf_counter(), time.process_time()
    result = quotematch.match(docs)
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu
    by_doc: defaultdict[str, list[Any]] = defaultdict(list)
    for q in result.quotes:
        by_doc[q.doc_id].append(q)
    pairs: list[tuple[ExpectedQuote, Any]] = []
    n_found = 0
    for art in corpus.articles:
        found = by_doc.get(art.id, [])
        n_found += sum(q.kind in SCORED_KINDS for q in found)
        pairs += zip(art.quotes, pair_up(art.quotes, found), strict=True)
    hits = sum(got is not None for _, got in pairs)
    precision = hits / n_found if n_found else 0.0
    recall = hits / len(pairs) if pairs else 0.0
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for exp, got in pairs:
        if got is not None and exp.pattern is not None:
            total[exp.pattern] += 1
            right[exp.pattern] += got.speaker == exp.speaker
    cluster_of = {q.id: c.id for c in result.clusters for q in c.members}
    predicted = [cluster_of.get(got.id, got.id) if got is not None else f"missed{i}"
                 for i, (_, got) in enumerate(pairs)]
    truth = [exp.statement for exp, _ in pairs]
    roles = [exp.role for exp, _ in pairs]
    ps = pair_scores(predicted, truth, roles)
    bp, br, bf = bcubed(predicted, truth)
    top, top_n = Counter(truth).most_common(1)[0]
    top_labels = Counter(p for p, t in zip(predicted, truth, strict=True) if t == top)
    records: defaultdict[str, list[Any]] = defaultdict(list)
    for c in result.clusters:
        for v in c.variants:
            records[v.quote_id].append(v)
    return {
        "articles": n_articles,
        "outlets": len(corpus.outlets),
        "statements": len(set(truth)),
        "quotes_expected": len(pairs),
        "mean_kb": sum(len(a.text.encode()) for a in corpus.articles) / 1024 / n_articles,
        "seconds": wall, "cpu_seconds": cpu,
        "articles_per_s": n_articles / wall if wall else None,
        "extract": {"precision": precision, "recall": recall,
                    "f1": 2 * precision * recall / (precision + recall)
                    if precision + recall else 0.0},
        "speaker_accuracy": sum(right.values()) / sum(total.values()) if total else None,
        "speaker_n": sum(total.values()),
        "speaker_by_pattern": {k: {"right": right[k], "n": total[k],
                                   "accuracy": right[k] / total[k] if total[k] else None}
                               for k in PATTERNS},
        "clusters": {"precision": ps.precision, "recall": ps.recall, "f1": ps.f1,
                     "frag_recall": ps.frag_recall, "bcubed_precision": bp,
                     "bcubed_recall": br, "bcubed_f1": bf,
                     "top_statement_versions": top_n,
                     "top_statement_in_one_cluster": top_labels.most_common(1)[0][1] / top_n},
        "variants": score_variants(corpus, pairs, records),
    }


def _f(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def table(r: dict[str, Any]) -> str:
    """The end-to-end scores as markdown."""
    ex, cl, va = r["extract"], r["clusters"], r["variants"]
    m = va["meaning_changes"]
    lines = [
        f"### End to end on generated news ({r['articles']:,} articles by {r['outlets']} "
        f"outlets, {r['quotes_expected']:,} quotes of {r['statements']:,} statements; the "
        f"most printed has {cl['top_statement_versions']:,} versions)", "",
        "| stage | measure | value |", "|---|---|---|",
        f"| pipeline | `match` wall / CPU, articles/s | {r['seconds']:.1f} s / "
        f"{r['cpu_seconds']:.1f} s, {r['articles_per_s']:,.0f} |",
        f"| extract | P / R / F1 | {_f(ex['precision'])} / {_f(ex['recall'])} / "
        f"**{_f(ex['f1'])}** |",
        f"| speakers | accuracy (of {r['speaker_n']:,}) | **{_f(r['speaker_accuracy'])}** |",
        *(f"| speakers | {k} ({v['n']:,}) | {_f(v['accuracy'])} |"
          for k, v in r["speaker_by_pattern"].items()),
        f"| cluster | pair P / R / F1 | {_f(cl['precision'])} / {_f(cl['recall'])} / "
        f"**{_f(cl['f1'])}** |",
        f"| cluster | B-cubed P / R / F1 | {_f(cl['bcubed_precision'])} / "
        f"{_f(cl['bcubed_recall'])} / **{_f(cl['bcubed_f1'])}** |",
        f"| cluster | excerpt and partial → full pair recall | {_f(cl['frag_recall'])} |",
        f"| cluster | most printed statement in one cluster | "
        f"{_f(cl['top_statement_in_one_cluster'])} |",
        f"| variants | all categories P / R | {_f(va['precision'])} / {_f(va['recall'])} |",
        *(f"| variants | {c} ({v['expected']:,} expected, {v['reported']:,} reported) P / R "
          f"| {_f(v['precision'])} / {_f(v['recall'])} |"
          for c, v in va["per_category"].items()),
        f"| variants | meaning changes ({m.get('expected', 0)} misquotes, "
        f"{m.get('flagged', 0)} flags) P / R | {_f(m['precision'])} / {_f(m['recall'])} |",
    ]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    from .machine import describe_machine

    print(f"Machine: {describe_machine()}\n")
    print(table(run_news(args.articles, args.seed)))


if __name__ == "__main__":
    main()
