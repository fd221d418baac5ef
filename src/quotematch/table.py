"""Reading articles from a CSV (or TSV) export: one article per row, columns named by a header.

Newsroom systems and spreadsheets export articles as CSV. The header names
the columns; which column holds what is a :class:`Columns` record (defaults
``id,text,source,url,published``; only the text column is required). Rows
are read with the standard library's :mod:`csv`, so quoted fields may hold
commas, quote marks and line breaks; a row's line is the line it starts on.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import attrs

from .errors import InputError, RecordError, shorten
from .models import Document

__all__ = ["Columns", "looks_like_csv", "parse_csv"]

_DELIMITERS = (",", "\t", ";")


@attrs.frozen(kw_only=True)
class Columns:
    """Which CSV column holds each document field.

    >>> Columns.parse("text=body,id=story_id").text
    'body'
    """

    id: str = "id"
    text: str = "text"
    source: str = "source"
    url: str = "url"
    published: str = "published"

    @classmethod
    def parse(cls, spec: str) -> Columns:
        """Read ``field=column,...`` (as given to ``--columns``); unnamed fields keep defaults.

        Raises:
            InputError: an unknown field or an entry without ``=``.
        """
        fields = {f.name for f in attrs.fields(cls)}
        values: dict[str, str] = {}
        for entry in (e.strip() for e in spec.split(",")):
            if not entry:
                continue
            field, sep, column = entry.partition("=")
            if not sep or field.strip() not in fields or not column.strip():
                raise InputError(
                    f"bad --columns entry {shorten(entry)!r}; write FIELD=COLUMN with FIELD one "
                    f"of {', '.join(sorted(fields))}, e.g. --columns text=body,id=story_id"
                )
            values[field.strip()] = column.strip()
        return cls(**values)


def looks_like_csv(text: str, columns: Columns) -> bool:
    """True when the first line is a CSV header naming the text column.

    >>> looks_like_csv("id,text,source\\n1,Hi,Gazette\\n", Columns())
    True
    >>> looks_like_csv("The mayor said, at last, that text is fine.", Columns())
    False
    """
    header = text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r")
    delimiter = _delimiter(header)
    if delimiter not in header:
        return False
    try:
        names = [name.strip() for name in next(csv.reader([header], delimiter=delimiter), [])]
    except csv.Error:
        return False
    return columns.text in names


def parse_csv(
    text: str, path: str, columns: Columns, *, id_prefix: str
) -> Iterator[tuple[Document | InputError, int | None]]:
    """Documents from CSV text, each with the line its row starts on; problems in place.

    A row without an id (no id column, or an empty cell) gets ``id_prefix:LINE``.

    >>> rows = 'id,text,source\\na1,"“We won,” she said.",Gazette\\na2,,Gazette\\n'
    >>> found = list(parse_csv(rows, "feed.csv", Columns(), id_prefix="feed.csv"))
    >>> found[0][0].id, found[0][0].source, found[0][1]
    ('a1', 'Gazette', 2)
    >>> str(found[1][0])
    'feed.csv:3: the row has an empty "text" column; give the article text or remove the row'
    """
    lines = text.lstrip("\ufeff").split("\n", 1)
    delimiter = _delimiter(lines[0].strip("\r"))
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=delimiter)
    try:
        header = [name.strip() for name in next(reader)]
    except StopIteration:
        yield InputError("the CSV file is empty; it needs a header line", path=path), None
        return
    except csv.Error as exc:
        yield InputError(f"the CSV header cannot be read ({exc})", path=path, line=1), 1
        return
    if columns.text not in header:
        shown = shorten(", ".join(header))
        yield (
            InputError(
                f'the CSV header has no "{columns.text}" column (it has: {shown}); name the text '
                "column with --columns text=NAME",
                path=path,
                line=1,
            ),
            1,
        )
        return
    where = {name: header.index(name) for name in header}
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield (
                InputError(
                    f"the CSV cannot be read past this row ({exc}); check its quoting",
                    path=path,
                    line=start,
                ),
                start,
            )
            return
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        yield _row_document(row, where, columns, path, line, id_prefix), line


def _row_document(
    row: list[str], where: dict[str, int], columns: Columns, path: str, line: int, prefix: str
) -> Document | InputError:
    def cell(name: str) -> str | None:
        at = where.get(name)
        if at is None or at >= len(row):
            return None
        value = row[at].strip() if name != columns.text else row[at]
        return value or None

    text = cell(columns.text)
    if text is None:
        return RecordError(
            f'the row has an empty "{columns.text}" column; give the article text or remove '
            "the row",
            path=path,
            line=line,
        )
    try:
        return Document(
            cell(columns.id) or f"{prefix}:{line}",
            text,
            source=cell(columns.source),
            url=cell(columns.url),
            published=cell(columns.published),
            format="csv",
        )
    except InputError as exc:
        return RecordError(
            f'"{columns.published}": {exc.reason}; correct the date or empty the cell',
            path=path,
            line=line,
        )


def _delimiter(header: str) -> str:
    return max(_DELIMITERS, key=header.count)
