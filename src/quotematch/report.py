"""Plain-text reports a copy editor can skim in a terminal.

Two views, both pure functions from records to a string:

- :func:`format_quotes`: every quote, grouped by document (``extract --format text``);
- :func:`format_clusters`: every statement printed at least twice, most outlets
  first, with its canonical text, who printed which part, and each wording
  difference in context as ``…the [-Coastal-]{+Costal+} Path…  typo``
  (``cluster --format text``).

Every string that came from input passes through :func:`~quotematch.safe.terminal_text`,
so no escape sequence or carriage return from an article reaches the terminal.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence

from .models import Cluster, Coverage, MatchResult, Quote
from .safe import terminal_text
from .views import Change, Order, Statement, count, marked, part_words, statements

__all__ = ["format_clusters", "format_quotes", "format_report"]

_WIDTH = 100


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
        title = f"{_t(doc_id)} ({_t(source)})" if source else _t(doc_id)
        lines = [f"{title} — {count(len(members), 'quote')}"]
        for number, quote in enumerate(members, 1):
            lines.append(f"  {number}. {quote.kind} · {_speaker(quote)}")
            lines.extend(_wrap(f"“{_t(quote.text)}”", "     "))
            lines.extend(f"     ! {d.code}: {_t(d.message)}" for d in quote.diagnostics)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "No quotes found."


def format_clusters(
    clusters: Sequence[Cluster],
    *,
    min_versions: int = 2,
    hide_minor: bool = False,
    order: Order = "outlets",
    color: bool = False,
) -> str:
    """The wording report: statements printed by the most outlets first, each change in context.

    For each statement: its id, how many versions and outlets print it and how
    many of those print it word for word, its speaker (flagged when outlets
    name different people), the canonical passage, then each version (outlet,
    document, date, which part of the passage it prints) with its changes,
    meaning changes first. A change is shown with a few words around it as
    ``[-canonical words-]{+printed words+}`` and its category; minor ones
    (case, typography, punctuation) are marked ``minor`` or left out with
    ``hide_minor``. Statements with fewer than ``min_versions`` versions are
    counted at the end, not listed. ``color`` adds terminal colours on top of
    the same text marks (meaning is never carried by colour alone).

    >>> from quotematch.models import Variant
    >>> a = Quote(id="a:0", doc_id="a", text="the coastal path fund", source="Gazette")
    >>> b = Quote(id="b:0", doc_id="b", text="the Costal Path fund", source="Courier")
    >>> typo = Variant(quote_id="b:0", category="typo", canonical_text="coastal path",
    ...                variant_text="Costal Path", canonical_span=(4, 16))
    >>> print(format_clusters([Cluster(id="c1", canonical="the coastal path fund",
    ...                                members=(a, b), variants=(typo,))]))
    c1 · 2 versions · 2 outlets · 1 verbatim · speaker unknown
      “the coastal path fund”
      ● Gazette · a: same wording
      ● Courier · b
          the [-coastal path-]{+Costal Path+} fund  typo
    """
    paint = _Paint(color)
    shown = statements(clusters, min_versions=min_versions, order=order)
    blocks = [_statement_block(s, hide_minor=hide_minor, paint=paint) for s in shown]
    hidden = sum(1 for c in clusters if len(c.members) < min_versions)
    if hidden:
        blocks.append(
            paint.dim(
                f"{count(hidden, 'statement')} with fewer than {min_versions} versions not "
                f"shown (--min-versions {max(1, min_versions - 1)} shows more)"
            )
        )
    return "\n\n".join(blocks) if blocks else "No clusters found."


def format_report(
    result: MatchResult,
    *,
    min_versions: int = 2,
    hide_minor: bool = False,
    order: Order = "outlets",
    color: bool = False,
) -> str:
    """A one-line summary of a match result, then :func:`format_clusters`.

    >>> print(format_report(MatchResult(documents=(), quotes=(), clusters=())))
    0 documents · 0 quotes · 0 statements printed more than once
    <BLANKLINE>
    No clusters found.
    """
    shared = sum(1 for c in result.clusters if len(c.members) > 1)
    summary = (
        f"{count(len(result.documents), 'document')} · {count(len(result.quotes), 'quote')} · "
        f"{count(shared, 'statement')} printed more than once"
    )
    report = format_clusters(
        result.clusters, min_versions=min_versions, hide_minor=hide_minor, order=order, color=color
    )
    return f"{_Paint(color).bold(summary)}\n\n{report}"


# --- implementation -------------------------------------------------------------------------


class _Paint:
    """Terminal colours (SGR codes) when ``on``; the identity otherwise."""

    def __init__(self, on: bool) -> None:
        self.on = on

    def _sgr(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.on and text else text

    def bold(self, text: str) -> str:
        return self._sgr(text, "1")

    def dim(self, text: str) -> str:
        return self._sgr(text, "2")

    def deleted(self, text: str) -> str:
        return self._sgr(text, "31")

    def inserted(self, text: str) -> str:
        return self._sgr(text, "32")

    def warning(self, text: str) -> str:
        return self._sgr(text, "1;33")


def _statement_block(statement: Statement, *, hide_minor: bool, paint: _Paint) -> str:
    cluster = statement.cluster
    speaker = _t(statement.speaker) if statement.speaker else "speaker unknown"
    if statement.conflict:
        named = sorted({_t(q.speaker) for q in cluster.members if q.speaker})
        speaker = paint.warning(f"speaker disputed: {' / '.join(named) or speaker}")
    heading = (
        f"{paint.bold(_t(cluster.id))} · {count(len(statement.versions), 'version')} · "
        f"{count(len(statement.outlets), 'outlet')} · {statement.verbatim_outlets} verbatim · "
        f"{speaker}"
    )
    lines = [heading]
    lines.extend(_wrap(f"“{_t(cluster.canonical)}”", "  "))
    if cluster.earliest is not None and cluster.earliest.published is not None:
        first = cluster.earliest
        when = f"{first.published:%Y-%m-%d}"
        lines.append(paint.dim(f"  earliest: {_outlet(first)} · {_t(first.doc_id)}, {when}"))
    for version in statement.versions:
        quote = version.quote
        member = f"  ● {_outlet(quote)} · {_t(quote.doc_id)}"
        if quote.published is not None:
            member += f" · {quote.published:%Y-%m-%d}"
        if quote.speaker != statement.speaker:
            member += f" · {_speaker(quote)}"
        part = _part(cluster.canonical, version.coverage)
        changes = version.shown(hide_minor=hide_minor)
        same = ""
        if not changes:
            same = ": minor changes only" if version.changes else ": same wording"
        if len(member) + len(part) + len(same) > _WIDTH:
            lines.append(member)
            member = f"    {part.removeprefix(' · ')}"
        else:
            member += part
        lines.append(member + paint.dim(same))
        part_span = (version.coverage.start, version.coverage.end) if version.coverage else None
        for change in changes:
            lines.append(f"      {_change_line(cluster.canonical, change, paint, part_span)}")
    return "\n".join(lines)


def _change_line(
    canonical: str, change: Change, paint: _Paint, within: tuple[int, int] | None
) -> str:
    """``…rebuild the [-Coastal-]{+Costal+} Path fund…  typo`` (colours on top when painting)."""
    variant = change.variant
    before, old, new, after = marked(canonical, variant, within=within)
    label = change.label + (" (minor)" if change.minor else "")
    if variant.similarity is not None:  # a member joined by meaning (Config.semantic)
        label += f" (similarity {variant.similarity:.0f})"
    label = paint.warning(label.upper()) if change.meaning else paint.dim(label)
    return f"{_t(before)}{paint.deleted(_t(old))}{paint.inserted(_t(new))}{_t(after)}  {label}"


def _part(canonical: str, coverage: Coverage | None) -> str:
    """`` · part: words 5–12 of 30`` for a member that prints only part of the passage."""
    words = part_words(canonical, coverage)
    return f" · part: words {words[0]}–{words[1]} of {words[2]}" if words else ""


def _speaker(quote: Quote) -> str:
    name = quote.speaker or "speaker unknown"
    if quote.handle:
        name = f"{name} (@{quote.handle.lstrip('@')})"
    elif quote.cue:
        name = f"{name} ({quote.cue})"
    return _t(name)


def _outlet(quote: Quote) -> str:
    return _t(quote.source or quote.doc_id)


def _t(text: str) -> str:
    """Untrusted text, safe to print on a terminal."""
    return terminal_text(text)


def _wrap(text: str, indent: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=_WIDTH,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [indent.rstrip()]
