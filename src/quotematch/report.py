"""Plain-text reports a copy editor can skim in a terminal.

Two views, both pure functions from records to a string:

- :func:`format_quotes`: every quote, grouped by document (``extract --format text``);
- :func:`format_clusters`: every statement printed more than once, largest first,
  with its canonical text, who printed which part, and each wording difference
  as ``“canonical words” → “variant words”  [category]`` (``cluster --format text``).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from .models import Cluster, Coverage, MatchResult, Quote, Variant

__all__ = ["format_clusters", "format_quotes", "format_report"]

_WIDTH = 100
_NOTHING = "(nothing)"


def format_quotes(quotes: Iterable[Quote]) -> str:
    """A numbered listing of quotes, grouped by document in input order.

    Each line gives the kind, the speaker (and cue verb or handle) and the text.

    >>> q = Quote(id="a:0", doc_id="a.txt", text="We won", speaker="Ana Ruiz", cue="said")
    >>> print(format_quotes([q]))
    a.txt — 1 quote
      1. direct · Ana Ruiz (said)
         “We won”
    """
    groups: dict[str, list[Quote]] = {}
    for quote in quotes:
        groups.setdefault(quote.doc_id, []).append(quote)
    blocks = []
    for doc_id, members in groups.items():
        source = members[0].source
        title = f"{doc_id} ({source})" if source else doc_id
        lines = [f"{title} — {_count(len(members), 'quote')}"]
        for number, quote in enumerate(members, 1):
            lines.append(f"  {number}. {quote.kind} · {_speaker(quote)}")
            lines.extend(_wrap(f"“{quote.text}”", "     "))
            lines.extend(f"     ! {d.code}: {d.message}" for d in quote.diagnostics)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "No quotes found."


def format_clusters(clusters: Sequence[Cluster]) -> str:
    """The wording report: clusters with two or more versions, largest first, then the rest.

    For each cluster: its canonical text, the earliest version when dates are
    known, and each version (outlet, document, speaker, which part of the
    canonical text it prints) followed by its differences from the canonical
    text. Minor differences (case, typography, punctuation) are marked
    ``(minor)``; statements printed only once are listed briefly at the end.

    >>> a = Quote(id="a:0", doc_id="a", text="the coastal path fund", source="Gazette")
    >>> b = Quote(id="b:0", doc_id="b", text="the Costal Path fund", source="Courier")
    >>> typo = Variant(quote_id="b:0", category="typo", canonical_text="coastal path",
    ...                variant_text="Costal Path", canonical_span=(4, 16))
    >>> print(format_clusters([Cluster(id="c1", canonical="the coastal path fund",
    ...                                members=(a, b), variants=(typo,))]))
    c1 · 2 versions · 2 outlets
      “the coastal path fund”
      ● Gazette · a · speaker unknown
          same wording
      ● Courier · b · speaker unknown
          “coastal path” → “Costal Path”  [typo]
    """
    ordered = sorted(clusters, key=lambda c: -len(c.members))
    shared = [c for c in ordered if len(c.members) > 1]
    single = [c for c in ordered if len(c.members) <= 1]
    blocks = [_cluster_block(c) for c in shared]
    if single:
        lines = [f"Printed once ({len(single)}):"]
        for cluster in single:
            for quote in cluster.members:
                text = textwrap.shorten(quote.text, width=70, placeholder=" …")
                lines.append(f"  {_outlet(quote)} · {_speaker(quote)}: “{text}”")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "No clusters found."


def format_report(result: MatchResult) -> str:
    """A one-line summary of a match result, then :func:`format_clusters`.

    >>> print(format_report(MatchResult(documents=(), quotes=(), clusters=())))
    0 documents · 0 quotes · 0 statements printed more than once
    <BLANKLINE>
    No clusters found.
    """
    shared = sum(1 for c in result.clusters if len(c.members) > 1)
    summary = (
        f"{_count(len(result.documents), 'document')} · {_count(len(result.quotes), 'quote')} · "
        f"{_count(shared, 'statement')} printed more than once"
    )
    return f"{summary}\n\n{format_clusters(result.clusters)}"


# --- implementation -------------------------------------------------------------------------


def _cluster_block(cluster: Cluster) -> str:
    outlets = {q.source or q.doc_id for q in cluster.members}
    lines = [
        f"{cluster.id} · {_count(len(cluster.members), 'version')} · "
        f"{_count(len(outlets), 'outlet')}"
    ]
    lines.extend(_wrap(f"“{cluster.canonical}”", "  "))
    if cluster.earliest is not None and cluster.earliest.published is not None:
        first = cluster.earliest
        lines.append(f"  earliest: {_outlet(first)} · {first.doc_id}, {first.published:%Y-%m-%d}")
    coverage = {c.quote_id: c for c in cluster.coverage}
    variants: dict[str, list[Variant]] = {}
    for variant in cluster.variants:
        variants.setdefault(variant.quote_id, []).append(variant)
    for quote in cluster.members:
        part = _part(cluster.canonical, coverage.get(quote.id))
        member = f"  ● {_outlet(quote)} · {quote.doc_id} · {_speaker(quote)}"
        if part and len(member) + len(part) > _WIDTH:
            lines.extend([member, f"    {part.removeprefix(' · ')}"])
        else:
            lines.append(member + part)
        mine = variants.get(quote.id, [])
        if not mine:
            lines.append("      same wording")
        # Changes that may alter what was said come first, then in reading order.
        for variant in sorted(mine, key=lambda v: not v.meaning):
            lines.append(f"      {_variant_line(variant)}")
    return "\n".join(lines)


def _variant_line(variant: Variant) -> str:
    old = f"“{variant.canonical_text}”" if variant.canonical_text else _NOTHING
    new = f"“{variant.variant_text}”" if variant.variant_text else _NOTHING
    minor = " (minor)" if variant.minor else ""
    meaning = f" !{', '.join(variant.meaning)}" if variant.meaning else ""
    return f"{old} → {new}  [{variant.category}]{minor}{meaning}"


def _part(canonical: str, coverage: Coverage | None) -> str:
    """`` · words 5–12 of 30`` for a member that prints only part of the passage."""
    if coverage is None:
        return ""
    total = len(canonical.split())
    first = len(canonical[: coverage.start].split()) + 1
    last = len(canonical[: coverage.end].split())
    if first <= 1 and last >= total:
        return " · whole passage"
    return f" · part: words {first}–{last} of {total}"


def _speaker(quote: Quote) -> str:
    name = quote.speaker or "speaker unknown"
    if quote.handle:
        name = f"{name} (@{quote.handle.lstrip('@')})"
    elif quote.cue:
        name = f"{name} ({quote.cue})"
    return name


def _outlet(quote: Quote) -> str:
    return quote.source or quote.doc_id


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=_WIDTH,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent.rstrip()]
