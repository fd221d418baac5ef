"""The variant table as CSV: one row per change, one row for each version with none to show.

For a spreadsheet or a newsroom's own tools: every row names the statement,
the version (outlet, document, date) and one change with its
category, whether it is minor, whether it changes the meaning, and the
change in context (``…the [-coastal-]{+Costal+} path…``). A version
with no change to show (none at all, or only minor ones with ``hide_minor``)
is one row with the change columns empty, so every version has a row. Rows follow
the report's order (:func:`quotematch.views.statements`). Cells that a
spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``)
are prefixed with an apostrophe.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import TextIO

from .models import MatchResult
from .views import Order, Statement, marked, statements

__all__ = ["CSV_COLUMNS", "csv_rows", "write_csv"]

CSV_COLUMNS = (
    "cluster",
    "canonical",
    "speaker",
    "speaker_conflict",
    "versions",
    "outlets",
    "quote",
    "doc",
    "outlet",
    "published",
    "quote_speaker",
    "category",
    "categories",
    "meaning",
    "minor",
    "canonical_text",
    "variant_text",
    "canonical_start",
    "canonical_end",
    "context",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_rows(
    result: MatchResult,
    *,
    min_versions: int = 2,
    hide_minor: bool = False,
    order: Order = "outlets",
) -> Iterator[dict[str, str]]:
    """The rows :func:`write_csv` writes, as dicts keyed by :data:`CSV_COLUMNS`.

    >>> from quotematch import Document, match
    >>> said = "“We will keep every branch library open all winter,” Ruiz said."
    >>> result = match([Document("a", said, source="Gazette"), Document("b", said, source="Post"),
    ...                 Document("c", said.replace("will", "will not"), source="Courier")])
    >>> [(r["outlet"], r["category"], r["variant_text"], r["meaning"])
    ...  for r in csv_rows(result, hide_minor=True)]
    [('Gazette', '', '', ''), ('Post', '', '', ''), ('Courier', 'insertion', 'not', 'negation')]
    """
    for statement in statements(result.clusters, min_versions=min_versions, order=order):
        yield from _statement_rows(statement, hide_minor=hide_minor)


def write_csv(
    result: MatchResult,
    stream: TextIO,
    *,
    min_versions: int = 2,
    hide_minor: bool = False,
    order: Order = "outlets",
) -> int:
    """Write the variant table with a header row; return the number of rows after it.

    >>> import io
    >>> out = io.StringIO()
    >>> write_csv(MatchResult(documents=(), quotes=(), clusters=()), out)
    0
    >>> out.getvalue().split(",")[:3]
    ['cluster', 'canonical', 'speaker']
    """
    writer = csv.DictWriter(stream, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in csv_rows(result, min_versions=min_versions, hide_minor=hide_minor, order=order):
        writer.writerow({key: _cell(value) for key, value in row.items()})
        count += 1
    return count


# --- implementation -------------------------------------------------------------------------


def _statement_rows(statement: Statement, *, hide_minor: bool) -> Iterator[dict[str, str]]:
    cluster = statement.cluster
    shared = {
        "cluster": cluster.id,
        "canonical": cluster.canonical,
        "speaker": statement.speaker or "",
        "speaker_conflict": _flag(statement.conflict),
        "versions": str(len(statement.versions)),
        "outlets": str(len(statement.outlets)),
    }
    for version in statement.versions:
        quote = version.quote
        own = {
            **shared,
            "quote": quote.id,
            "doc": quote.doc_id,
            "outlet": version.outlet,
            "published": quote.published.isoformat() if quote.published else "",
            "quote_speaker": quote.speaker or "",
        }
        changes = version.shown(hide_minor=hide_minor)
        coverage = version.coverage
        within = (coverage.start, coverage.end) if coverage else None
        if not changes:
            yield {**own, **dict.fromkeys(CSV_COLUMNS[11:], "")}
        for change in changes:
            variant = change.variant
            yield {
                **own,
                "category": variant.category,
                "categories": "+".join(change.categories),
                "meaning": change.meaning or "",
                "minor": _flag(change.minor),
                "canonical_text": variant.canonical_text,
                "variant_text": variant.variant_text,
                "canonical_start": str(variant.canonical_span[0]),
                "canonical_end": str(variant.canonical_span[1]),
                "context": "".join(marked(cluster.canonical, variant, within=within)),
            }


def _flag(value: bool) -> str:
    return "yes" if value else "no"


def _cell(value: str) -> str:
    """Neutralise text a spreadsheet would evaluate as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value
