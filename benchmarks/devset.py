"""Scoring quotematch on a folder of hand-annotated articles (``--devset FOLDER``).

The folder holds ``articles/*.txt`` (UTF-8, read with ``newline=""``) and ``gold.json``:

- ``quotes``: ``{id, doc, text, start, end, kind, speaker, cluster, attribution}`` per quoted
  span, where ``doc`` is the article's file name and ``start``/``end`` index its text;
  ``attribution`` names the pattern (``name``, ``pronoun``, ``statement``…);
- ``variants`` (optional): ``{a, a_span, b, b_span, category, editor_relevant}`` per
  difference: ``b`` the id of the quote printing it, ``a`` one printing the reference reading,
  and each span the words' offsets in that quote's document.

Scores, each computed here and documented in docs/benchmarks.md: span precision/recall/F1 over
direct, partial and tweet quotes (a predicted part matches a gold span when their overlap is at
least 0.8 of their union); speaker accuracy on matched direct quotes and posts with a gold
speaker, overall and per pattern (right when the gold name, a word of it of four letters or more,
or the post's handle, appears in the predicted speaker: an article that names someone only by
surname is scored on the surname); cluster pair precision/recall/F1 over gold
clustered quotes of four words or more; variants found: gold editor-relevant differences (not
truncations) that a predicted record overlaps, on either quote of the pair (the canonical
reading may be either side's).
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

__all__ = ["score_folder", "table"]

_SCORED = frozenset({"direct", "partial", "tweet"})
_MATCH = 0.8


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if inter > 0 and union > 0 else 0.0


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding spaces and punctuation, so a kept comma does not count."""
    while start < end and not text[start].isalnum():
        start += 1
    while end > start and not text[end - 1].isalnum():
        end -= 1
    return start, end


def _speaker_right(gold: str, speaker: str | None, handle: str | None) -> bool:
    if gold.startswith("@") and handle and handle.lstrip("@").lower() == gold[1:].lower():
        return True
    if not speaker:
        return False
    said = speaker.lower()
    words = [w for w in gold.lower().lstrip("@").replace("-", " ").split() if len(w) >= 4]
    return gold.lower().lstrip("@") in said or any(w in said for w in words)


def _recorded(records: dict[str, list[tuple[int, int]]], quote: Any,
              span: Sequence[int] | None) -> bool:
    """True when a predicted record on ``quote`` overlaps ``span`` (or sits inside it)."""
    if quote is None or span is None:
        return False
    lo, hi = span
    return any(min(e, hi) > max(s, lo) or (s == e and lo <= s <= hi)
               for s, e in records.get(quote.id, []))


def score_folder(folder: Path) -> dict[str, Any]:
    """Run ``quotematch.match`` on the folder's articles and score it against ``gold.json``."""
    import quotematch

    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    names = sorted({q["doc"] for q in gold["quotes"]} | set(gold.get("documents", {})))
    texts = {}
    for name in names:
        with open(folder / "articles" / name, encoding="utf-8", newline="") as f:
            texts[name] = f.read()
    result = quotematch.match([quotematch.Document(n, texts[n]) for n in names])
    parts = [(q.doc_id, _trim(texts[q.doc_id], s, e), q) for q in result.quotes for s, e in q.spans]
    by_doc: dict[str, list[tuple[tuple[int, int], Any]]] = {}
    for doc, span, q in parts:
        by_doc.setdefault(doc, []).append((span, q))
    gold_scored = [g for g in gold["quotes"] if g["kind"] in _SCORED]
    matched: dict[str, Any] = {}
    for g in gold_scored:
        gs = _trim(texts[g["doc"]], g["start"], g["end"])
        best = max(((_overlap(gs, sp), q) for sp, q in by_doc.get(g["doc"], [])),
                   key=lambda t: t[0], default=(0.0, None))
        if best[0] >= _MATCH:
            matched[g["id"]] = best[1]
    gold_spans = [(g["doc"], _trim(texts[g["doc"]], g["start"], g["end"]), g["kind"])
                  for g in gold["quotes"]]
    tp = fp = 0
    for doc, span, q in parts:
        kinds = [k for d, gs, k in gold_spans if d == doc and _overlap(gs, span) >= _MATCH]
        if kinds:
            tp += any(k in _SCORED for k in kinds)
        elif q.kind in _SCORED:
            fp += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = len(matched) / len(gold_scored) if gold_scored else 0.0
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for g in gold_scored:
        q = matched.get(g["id"])
        if q is None or not g.get("speaker") or g["kind"] not in ("direct", "tweet"):
            continue
        pattern = g.get("attribution") or "unlabelled"
        total[pattern] += 1
        right[pattern] += _speaker_right(g["speaker"], q.speaker, q.handle)
    cluster_of = {q.id: c.id for c in result.clusters for q in c.members}
    clustered = [g for g in gold_scored if g.get("cluster") and len(g["text"].split()) >= 4]
    ptp = pfp = pfn = 0
    for i, a in enumerate(clustered):
        for b in clustered[i + 1:]:
            same = a["cluster"] == b["cluster"]
            qa, qb = matched.get(a["id"]), matched.get(b["id"])
            pred = qa is not None and qb is not None and (
                qa is qb or cluster_of.get(qa.id, qa.id) == cluster_of.get(qb.id, qb.id))
            ptp += same and pred
            pfp += pred and not same
            pfn += same and not pred
    pp = ptp / (ptp + pfp) if ptp + pfp else 0.0
    pr = ptp / (ptp + pfn) if ptp + pfn else 0.0
    records: dict[str, list[tuple[int, int]]] = {}
    for c in result.clusters:
        for v in c.variants:
            records.setdefault(v.quote_id, []).extend(v.spans)
    wanted = [v for v in gold.get("variants", []) if v.get("editor_relevant", True)
              and v.get("category") != "truncation"]
    found: Counter[str] = Counter()
    want: Counter[str] = Counter()
    for v in wanted:
        want[v["category"]] += 1
        found[v["category"]] += any(
            _recorded(records, matched.get(v.get(side)), v.get(f"{side}_span"))
            for side in ("b", "a"))
    return {
        "folder": str(folder),
        "documents": len(names),
        "extract": {"precision": precision, "recall": recall,
                    "f1": 2 * precision * recall / (precision + recall)
                    if precision + recall else 0.0},
        "speaker_accuracy": sum(right.values()) / sum(total.values()) if total else None,
        "speaker_by_pattern": {k: {"right": right[k], "n": total[k]} for k in sorted(total)},
        "cluster_pairs": {"precision": pp, "recall": pr,
                          "f1": 2 * pp * pr / (pp + pr) if pp + pr else 0.0},
        "variants_found": {k: {"found": found[k], "n": want[k]} for k in sorted(want)},
        "variants_found_total": [sum(found.values()), sum(want.values())],
    }


def table(score: dict[str, Any]) -> str:
    """The hand-annotated folder's scores as markdown."""
    ex, cp = score["extract"], score["cluster_pairs"]
    acc = score["speaker_accuracy"]
    lines: Sequence[str] = [
        f"### Hand-annotated articles ({score['documents']} documents, {score['folder']})", "",
        "| measure | value |", "|---|---|",
        f"| extraction P / R / F1 | {ex['precision']:.3f} / {ex['recall']:.3f} / "
        f"**{ex['f1']:.3f}** |",
        f"| speaker accuracy | **{'n/a' if acc is None else f'{acc:.3f}'}** |",
        *(f"| speaker, {k} | {v['right']} / {v['n']} |"
          for k, v in score["speaker_by_pattern"].items()),
        f"| cluster pair P / R / F1 | {cp['precision']:.3f} / {cp['recall']:.3f} / "
        f"**{cp['f1']:.3f}** |",
        f"| variants found | **{score['variants_found_total'][0]} / "
        f"{score['variants_found_total'][1]}** |",
        *(f"| variants, {k} | {v['found']} / {v['n']} |"
          for k, v in score["variants_found"].items()),
    ]
    return "\n".join(lines)
