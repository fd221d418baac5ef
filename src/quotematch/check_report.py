"""How ``quotematch check`` shows its findings: a text listing and a self-contained HTML page.

Both are pure functions from :class:`~quotematch.check.CheckResult` records to
a string; the JSON form is ``CheckResult.to_dict()``.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence

from .check import CheckResult, QuoteCheck
from .models import Variant

__all__ = ["format_check_html", "format_check_text"]

_WIDTH = 100
_LABELS = {"verbatim": "verbatim", "differs": "DIFFERS", "not_in_source": "NOT IN SOURCE"}


def format_check_text(results: Sequence[CheckResult]) -> str:
    """One block per article: a summary line, then each quote with its status and differences.

    >>> from quotematch.check import check_article
    >>> result = check_article("“We will rebuild the path,” Ward said.",
    ...                        "Ward said: “We will rebuild the old path.”")
    >>> print(format_check_text([result]))
    article against source: 1 quote — 0 verbatim, 1 differs, 0 not in source
      1. DIFFERS (Ward) “We will rebuild the path,”
         source (source 12–41): “We will rebuild the old path.”
         - omission: “old” left out (source 32–35)
         - punctuation (minor): “path.” → “path,” (source 36–41)
    """
    blocks = []
    for result in results:
        counts = result.counts()
        total = len(result.checks)
        sources = ", ".join(doc.id for doc in result.sources)
        lines = [
            f"{result.article.id} against {sources}: {total} quote{'s' if total != 1 else ''}"
            f" — {counts['verbatim']} verbatim, {counts['differs']} differs, "
            f"{counts['not_in_source']} not in source"
        ]
        for number, check in enumerate(result.checks, 1):
            lines.extend(_check_lines(number, check))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) if blocks else "No articles checked."


def format_check_html(results: Sequence[CheckResult]) -> str:
    """A self-contained HTML page (no scripts, no external files) of the findings.

    Every piece of article or source text is HTML-escaped.

    >>> from quotematch.check import check_article
    >>> page = format_check_html([check_article("“<b>Hi</b> there,” Ward said.", "Hi.")])
    >>> "&lt;b&gt;Hi&lt;/b&gt;" in page and "<script" not in page
    True
    """
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        "<title>quotematch check</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
        ".verbatim{color:#1a7f37}.differs{color:#b35900}.not_in_source{color:#c00}"
        "del{background:#fdd}ins{background:#dfd}.ctx{color:#666}li{margin-bottom:1em}</style>",
        "</head><body>",
    ]
    for result in results:
        counts = result.counts()
        sources = ", ".join(doc.id for doc in result.sources)
        parts.append(f"<h1>{_e(result.article.id)} against {_e(sources)}</h1>")
        parts.append(
            f"<p>{counts['verbatim']} verbatim, {counts['differs']} differ, "
            f"{counts['not_in_source']} not in the source.</p><ol>"
        )
        for check in result.checks:
            parts.append(_check_html(check))
        parts.append("</ol>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


# --- implementation -------------------------------------------------------------------------


def _check_lines(number: int, check: QuoteCheck) -> list[str]:
    speaker = f"({check.quote.speaker}) " if check.quote.speaker else ""
    lines = _wrap(f"{number}. {_LABELS[check.status]} {speaker}“{check.quote.text}”", "  ", "     ")
    if check.status == "not_in_source":
        return lines
    where = f"{check.source_id} {check.source_spans[0][0]}–{check.source_spans[-1][1]}"
    lines.extend(_wrap(f"source ({where}): “{check.passage}”", "     ", "       "))
    for variant, (start, end) in zip(check.variants, check.variant_source_spans, strict=True):
        minor = " (minor)" if variant.minor else ""
        lines.append(
            f"     - {variant.category}{minor}: {_change(variant)} (source {start}–{end})"
            + _meaning(variant)
        )
    return lines


def _meaning(variant: Variant) -> str:
    """`` — may change the meaning: negation`` when the variant carries meaning flags."""
    flags = getattr(variant, "meaning", ())  # flags are recorded where the aligner sets them
    return f" — may change the meaning: {', '.join(map(str, flags))}" if flags else ""


def _change(variant: Variant) -> str:
    if not variant.variant_text:
        return f"“{variant.canonical_text}” left out"
    if not variant.canonical_text:
        return f"“{variant.variant_text}” added"
    return f"“{variant.canonical_text}” → “{variant.variant_text}”"


def _check_html(check: QuoteCheck) -> str:
    status = check.status
    label = _LABELS[status].lower()
    speaker = f" — {_e(check.quote.speaker)}" if check.quote.speaker else ""
    items = [f'<li><strong class="{status}">{label}</strong>{speaker}<br>']
    items.append(f"<q>{_e(check.quote.text)}</q>")
    if status != "not_in_source":
        before, after = check.context
        items.append(
            f'<br>Source ({_e(check.source_id or "")}): <span class="ctx">…{_e(before)}</span>'
            f'<mark>{_e(check.passage)}</mark><span class="ctx">{_e(after)}…</span>'
        )
        if check.variants:
            items.append("<ul>")
            for variant in check.variants:
                minor = " (minor)" if variant.minor else ""
                items.append(
                    f"<li>{_e(variant.category)}{minor}: <del>{_e(variant.canonical_text)}</del> "
                    f"<ins>{_e(variant.variant_text)}</ins>{_e(_meaning(variant))}</li>"
                )
            items.append("</ul>")
    items.append("</li>")
    return "".join(items)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _wrap(text: str, first: str, rest: str) -> list[str]:
    return textwrap.wrap(
        text, _WIDTH, initial_indent=first, subsequent_indent=rest, break_on_hyphens=False
    ) or [first.rstrip()]
