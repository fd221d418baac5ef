"""CSV exports: one article per row, columns by header name, problems by line."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotematch import Document, InputError, RecordError
from quotematch.io import ReadOptions, read_path
from quotematch.table import Columns, parse_csv

ROWS = (
    "id,text,source,url,published\n"
    'h1,"“We will rebuild the coastal path,” Mayor Ines Ward said.\n\n'
    '“It is the heart of the town,” she added.",Harbour Gazette,https://gazette.example/1,'
    "2024-03-04\n"
    "h2,,Harbour Gazette,,\n"
    'h3,"“Not a penny will come from higher rates,” Ward said.",Tide Times,,'
    '"Sun, 03 Mar 2024 18:00:00 GMT"\n'
)


def _read(
    text: str, columns: Columns | None = None
) -> list[tuple[Document | InputError, int | None]]:
    return list(parse_csv(text, "feed.csv", columns or Columns(), id_prefix="feed.csv"))


def test_rows_become_documents_with_their_metadata_and_lines() -> None:
    items = _read(ROWS)
    first, line = items[0]
    assert isinstance(first, Document) and line == 2
    assert first.text.startswith("“We will rebuild") and "\n\n“It is" in first.text
    assert (first.source, first.url) == ("Harbour Gazette", "https://gazette.example/1")
    empty, line = items[1]
    assert isinstance(empty, RecordError) and line == 5  # the quoted text above spans 3 lines
    third, _ = items[2]
    assert isinstance(third, Document) and third.published is not None


def test_column_names_are_configurable_and_ids_fall_back_to_lines() -> None:
    items = _read(
        "body;outlet\n“We won,” she said.;Bay Bulletin\n", Columns.parse("text=body,source=outlet")
    )
    [(doc, _)] = items
    assert isinstance(doc, Document)
    assert (doc.id, doc.source) == ("feed.csv:2", "Bay Bulletin")


def test_a_header_without_the_text_column_is_one_error_naming_what_it_has() -> None:
    [(error, line)] = _read("story,outlet\nx,y\n")
    assert isinstance(error, InputError) and line == 1
    assert 'no "text" column (it has: story, outlet)' in str(error)


def test_a_bad_date_spoils_only_its_row() -> None:
    items = _read("id,text,published\na,One.,yesterday\nb,Two.,2024-01-02\n")
    assert isinstance(items[0][0], RecordError) and "yesterday" in str(items[0][0])
    assert isinstance(items[1][0], Document)


def test_bad_columns_spec_is_explained() -> None:
    with pytest.raises(InputError, match="write FIELD=COLUMN"):
        Columns.parse("body")


def test_a_csv_export_named_txt_is_read_as_csv(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text(ROWS, encoding="utf-8")
    ids = [getattr(item, "id", None) for item in read_path(path)]
    assert ids == ["h1", None, "h3"]


def test_flags_fill_metadata_rows_lack(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text("id,text\na,“We won,” she said.\n", encoding="utf-8")
    [doc] = read_path(path, options=ReadOptions(source="Bay Bulletin", published="2024-05-01"))
    assert isinstance(doc, Document)
    assert doc.source == "Bay Bulletin" and doc.published is not None


@given(
    st.lists(
        st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=1).filter(str.strip),
        min_size=1,
        max_size=4,
    )
)
def test_any_text_written_by_a_csv_writer_reads_back_unchanged(texts: list[str]) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(["id", "text"])
    writer.writerows([f"d{n}", text] for n, text in enumerate(texts))
    docs = [item for item, _ in _read(out.getvalue())]
    assert [(d.id, d.text) for d in docs if isinstance(d, Document)] == [
        (f"d{n}", text) for n, text in enumerate(texts)
    ]
