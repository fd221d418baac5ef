"""The HTML variant report: one self-contained file that opens from disk with no network.

``quotematch cluster … --format html -o report.html`` writes it. The page
holds its data as JSON in a ``<script type="application/json">`` block and a
small script (``assets/report.js``) that renders it: per statement the
speaker (flagged when outlets name different people), the canonical passage
with a count over each place the versions differ, and every version aligned
under it with each change marked ``<del>``/``<ins>`` and a visible text label
of its category (meaning changes first, labelled ``meaning: …``). A toolbar
filters by speaker, outlet, category and meaning change, searches, hides minor
differences and sorts by outlets or by deviation; ``/`` focuses the search
and ``j``/``k`` move between statements. Choosing a marked place in the
passage (click, or Enter) lists every version's reading of it there.
Statements are rendered fifty at a time, so a report of thousands stays
quick to open and filter.

Article text, ids, outlet names, speakers and URLs are untrusted: the script
places them with ``textContent`` and attributes only; the JSON block escapes
``<``, ``>`` and ``&`` so no string can close it; links are made only for
``http`` and ``https`` URLs; and the page's Content-Security-Policy allows no
network at all and runs only the report's own script and style, named by
their SHA-256 hashes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from collections.abc import Sequence
from importlib import resources
from typing import Any, TextIO
from urllib.parse import urlsplit

from . import __version__
from .errors import InputError
from .models import MatchResult
from .views import Change, Order, Statement, count, part_words, segments, statements

__all__ = ["html_report", "safe_url", "write_html"]

_JSON_IN_HTML = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def write_html(
    result: MatchResult,
    stream: TextIO,
    *,
    min_versions: int = 2,
    hide_minor: bool = False,
    order: Order = "outlets",
    errors: Sequence[InputError] = (),
    title: str = "quotematch report",
) -> None:
    """Write the report page to ``stream``, one statement at a time.

    Args:
        result: what :func:`quotematch.match` found.
        min_versions: leave out statements printed fewer times than this.
        hide_minor: start with minor differences hidden (the page can switch).
        order: start sorted by ``"outlets"`` or ``"deviation"`` (the page can switch).
        errors: input problems to list at the top of the page.
        title: the page's title.

    >>> import io
    >>> from quotematch import MatchResult
    >>> out = io.StringIO()
    >>> write_html(MatchResult(documents=(), quotes=(), clusters=()), out)
    >>> out.getvalue().startswith("<!DOCTYPE html>")
    True
    """
    script = _asset("report.js")
    style = _asset("report.css")
    urls = {d.id: safe_url(d.url) for d in result.documents}
    shown = statements(result.clusters, min_versions=min_versions, order=order)
    other: Order = "deviation" if order == "outlets" else "outlets"
    other_rank = {
        s.cluster.id: n
        for n, s in enumerate(statements(result.clusters, min_versions=min_versions, order=other))
    }
    hidden = sum(1 for c in result.clusters if len(c.members) < min_versions)
    summary = (
        f"{count(len(result.documents), 'document')} · {count(len(result.quotes), 'quote')} · "
        f"{count(len(shown), 'statement')} printed at least {count(min_versions, 'time')}"
        + (f" ({hidden} printed fewer times not shown)" if hidden else "")
    )
    stream.write(_head(title, script, style, summary, errors))
    stream.write('<script type="application/json" id="qm-data">')
    stream.write(_json({"order": order, "hideMinor": hide_minor}).removesuffix("}"))
    stream.write(', "statements": [\n')
    for n, statement in enumerate(shown):
        ranks = {order[0]: n, other[0]: other_rank[statement.cluster.id]}
        record = _statement_record(statement, urls, ranks)
        stream.write((",\n" if n else "") + _json(record))
    stream.write("\n]}</script>\n")
    stream.write(f"<script>{script}</script>\n</body>\n</html>\n")


def html_report(result: MatchResult, **options: Any) -> str:
    """The report page as a string (see :func:`write_html` for the options).

    >>> from quotematch import MatchResult
    >>> "Content-Security-Policy" in html_report(MatchResult(documents=(), quotes=(), clusters=()))
    True
    """
    import io

    out = io.StringIO()
    write_html(result, out, **options)
    return out.getvalue()


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http or https URL with a host, else None.

    >>> safe_url("https://example.com/a?b=1"), safe_url("javascript:alert(1)")
    ('https://example.com/a?b=1', None)
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ord(c) < 0x20 or c.isspace() for c in url.strip()):
        return None
    return url.strip()


# --- implementation -------------------------------------------------------------------------


def _asset(name: str) -> str:
    folder = resources.files("quotematch").joinpath("assets")
    return folder.joinpath(name).read_text(encoding="utf-8")


def _hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _head(
    title: str, script: str, style: str, summary: str, errors: Sequence[InputError]
) -> str:
    policy = (
        f"default-src 'none'; script-src {_hash(script)}; style-src {_hash(style)}; "
        "img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    problems = ""
    if errors:
        items = "".join(f"<li>{html.escape(str(e))}</li>" for e in errors)
        problems = (
            f'<section class="errors"><p>{count(len(errors), "input problem")} '
            f"(those inputs were skipped):</p><ul>{items}</ul></section>\n"
        )
    e = html.escape
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{e(policy)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="quotematch {e(__version__)}">
<title>{e(title)}</title>
<style>{style}</style>
</head>
<body>
<header class="top"><h1>{e(title)}</h1><p>{e(summary)}</p></header>
<form class="toolbar" role="search" aria-label="Filter statements" id="toolbar">
<label>Search <input type="search" id="f-search" placeholder="words, names, outlets"></label>
<label>Speaker <select id="f-speaker"><option value="">all</option></select></label>
<label>Outlet <select id="f-outlet"><option value="">all</option></select></label>
<label>Change <select id="f-category"><option value="">any</option></select></label>
<label><input type="checkbox" id="f-meaning"> meaning changes only</label>
<label><input type="checkbox" id="f-minor"> hide minor differences</label>
<label>Sort <select id="f-sort"><option value="outlets">most outlets</option>\
<option value="deviation">most changes</option></select></label>
<span class="keys">Keys: <kbd>/</kbd> search · <kbd>j</kbd> <kbd>k</kbd> next, previous</span>
</form>
{problems}<p class="status" id="status" role="status" aria-live="polite">\
This report needs JavaScript to show its statements.</p>
<main id="statements"></main>
<p class="status"><button type="button" class="more" id="more" hidden>Show more</button></p>
"""


def _statement_record(
    statement: Statement, urls: dict[str, str | None], ranks: dict[str, int]
) -> dict[str, Any]:
    cluster = statement.cluster
    members = []
    for version in statement.versions:
        quote = version.quote
        words = part_words(cluster.canonical, version.coverage)
        part = f"words {words[0]}–{words[1]} of {words[2]}" if words else None
        members.append(
            {
                "outlet": version.outlet,
                "doc": quote.doc_id,
                "date": f"{quote.published:%Y-%m-%d}" if quote.published else None,
                "url": urls.get(quote.doc_id),
                "speaker": quote.speaker,
                "part": part,
                "segs": [_segment(piece) for piece in segments(cluster.canonical, version)],
            }
        )
    return {
        "id": cluster.id,
        "canonical": cluster.canonical,
        "speaker": statement.speaker,
        "conflict": statement.conflict,
        "speakers": sorted({q.speaker for q in cluster.members if q.speaker}),
        "outlets": list(statement.outlets),
        "verbatim": statement.verbatim_outlets,
        "meaning": statement.meaning_changes,
        "heat": _heat(statement),
        "rank": ranks,
        "members": members,
    }


def _segment(piece: str | Change) -> str | dict[str, Any]:
    if isinstance(piece, str):
        return piece
    variant = piece.variant
    return {
        "s": variant.canonical_span[0],
        "e": variant.canonical_span[1],
        "f": variant.canonical_text,
        "t": variant.variant_text,
        "cat": variant.category,
        "cats": list(piece.categories),
        "label": piece.label,
        "minor": piece.minor,
        "meaning": piece.meaning,
    }


def _heat(statement: Statement) -> list[list[int]]:
    """``[start, end, versions, versions with a non-minor change]`` per place that differs."""
    places: list[tuple[int, int, str, bool]] = sorted(
        (*c.variant.canonical_span, v.quote.id, c.minor)
        for v in statement.versions
        for c in v.changes
    )
    merged: list[list[Any]] = []
    for start, end, quote_id, minor in places:
        if merged and (start < merged[-1][1] or (start == end == merged[-1][1])):
            last = merged[-1]
            last[1] = max(last[1], end)
            last[2].add(quote_id)
            if not minor:
                last[3].add(quote_id)
        else:
            merged.append([start, end, {quote_id}, set() if minor else {quote_id}])
    return [[s, e, len(every), len(major)] for s, e, every, major in merged]


def _json(value: Any) -> str:
    """JSON that cannot end the ``<script>`` block it sits in, whatever its strings hold."""
    return json.dumps(value, ensure_ascii=False).translate(_JSON_IN_HTML)
