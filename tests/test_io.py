"""Readers and writers: every input shape, every input problem, and nothing lost around them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from quotematch import (
    Cluster,
    DecodeError,
    Document,
    InputError,
    MatchResult,
    Quote,
    ReadError,
    RecordError,
    Variant,
    extract_quotes,
)
from quotematch.io import (
    ReadOptions,
    error_to_dict,
    parse_jsonl,
    read_documents,
    read_path,
    read_samples,
    write_json,
    write_jsonl,
    write_match,
    write_quotes,
)
from quotematch.table import Columns, looks_like_csv

ARTICLE = (
    "Port Ellery will rebuild its cliff-top walk.\r\n\r\n"
    "“We will rebuild the Coastal Path fund,” Mayor Delia Marsh said.\r\n"
)


def _record(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False)


def _ids(items: list[Document | InputError]) -> list[str]:
    return [item.id if isinstance(item, Document) else type(item).__name__ for item in items]


# --- text files ------------------------------------------------------------------------------


def test_text_file_is_one_document_named_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "ruiz-herald.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    [doc] = read_path(path)
    assert isinstance(doc, Document)
    assert doc.id == "ruiz-herald.txt"
    assert doc.text == ARTICLE  # "\r\n" kept: offsets are code points of the file as decoded


def test_a_leading_byte_order_mark_stays_in_a_text_document(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "“Yes,” she said.".encode())
    [doc] = read_path(path)
    assert isinstance(doc, Document)
    assert doc.text == "\ufeff“Yes,” she said."
    assert doc.text[2:5] == "Yes"  # BOM at 0, the opening mark at 1


def test_any_extension_other_than_jsonl_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("Plain words.", encoding="utf-8")
    assert _ids(list(read_path(path))) == ["story.md"]


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_any_text_survives_the_byte_round_trip(text: str) -> None:
    # Standard input goes through the same decoder as files, without a file per example.
    # The leading "x" keeps the input plain text (stdin is JSONL only if it starts with an
    # object, HTML only if it starts with a tag); a first line that is a CSV header naming a
    # "text" column makes it a CSV file.
    assume(not looks_like_csv("x" + text, Columns()))
    stream = io.BytesIO(("x" + text).encode("utf-8"))
    [doc] = read_path("-", stdin=stream)
    assert isinstance(doc, Document)
    assert doc.text == "x" + text


# --- directories -----------------------------------------------------------------------------


def test_directory_reads_txt_and_jsonl_sorted_and_not_recursively(tmp_path: Path) -> None:
    (tmp_path / "b-courier.txt").write_text("B", encoding="utf-8")
    (tmp_path / "a-gazette.txt").write_text("A", encoding="utf-8")
    (tmp_path / "c-feed.jsonl").write_text(_record(id="wire-1", text="C") + "\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("editor backup", encoding="utf-8")
    (tmp_path / "older").mkdir()
    (tmp_path / "older" / "d-post.txt").write_text("D", encoding="utf-8")
    assert _ids(list(read_path(tmp_path))) == ["a-gazette.txt", "b-courier.txt", "wire-1"]


def test_a_directory_with_nothing_to_read_is_reported(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    [error] = read_path(tmp_path)
    assert isinstance(error, InputError)
    assert str(tmp_path) in str(error)
    assert "no .txt, .jsonl, .csv or .html files" in str(error)


# --- JSON Lines ------------------------------------------------------------------------------


def test_jsonl_records_become_documents_with_their_metadata(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        _record(
            id="hg-1",
            text="“We won,” she said.\n",
            source="Harbour Gazette",
            url="https://example.com/hg-1",
            published="2024-03-04T08:15:00+00:00",
            section="sport",
        ),
        "",
        _record(id=7, text="Second"),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, second = read_path(path)
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.text == "“We won,” she said.\n"
    assert first.source == "Harbour Gazette"
    assert first.url == "https://example.com/hg-1"
    assert first.published is not None
    assert first.published.isoformat() == "2024-03-04T08:15:00+00:00"
    assert second.id == "7"  # a numeric id is taken as its decimal string


def test_a_byte_order_mark_at_the_start_of_a_jsonl_file_is_not_an_error() -> None:
    data = b"\xef\xbb\xbf" + _record(id="a", text="A").encode()
    assert _ids(list(parse_jsonl(data, "feed.jsonl"))) == ["a"]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "a", "text": ', "not valid JSON"),
        ('["a", "text"]', "not an object"),
        ('{"text": "no id"}', 'no "id" field'),
        ('{"id": "a"}', 'no "text" field'),
        ('{"id": "", "text": "x"}', '"id" must be a non-empty string'),
        ('{"id": "a", "text": 5}', '"text" must be a string'),
        ('{"id": "a", "text": "x", "source": 3}', '"source" must be a string'),
        ('{"id": "a", "text": "x", "published": "last Tuesday"}', "ISO 8601"),
    ],
)
def test_a_bad_record_names_file_line_and_reason(line: str, reason: str) -> None:
    data = "\n".join([_record(id="ok-1", text="A"), line, _record(id="ok-2", text="B")]).encode()
    items = list(parse_jsonl(data, "wire.jsonl"))
    assert _ids(items) == ["ok-1", "RecordError", "ok-2"]  # the lines around it still count
    error = items[1]
    assert isinstance(error, RecordError)
    assert (error.path, error.line) == ("wire.jsonl", 2)
    assert str(error).startswith("wire.jsonl:2: ")
    assert reason in str(error)


def test_invalid_utf8_on_one_jsonl_line_spoils_only_that_line() -> None:
    bad = b'{"id": "b", "text": "caf\xe9"}'
    data = b"\n".join([_record(id="a", text="A").encode(), bad, _record(id="c", text="C").encode()])
    items = list(parse_jsonl(data, "feed.jsonl"))
    assert _ids(items) == ["a", "DecodeError", "c"]
    error = items[1]
    assert isinstance(error, DecodeError)
    assert error.line == 2
    offset = data.index(b"\xe9")
    assert f"byte {offset}" in str(error)
    assert "UTF-8" in str(error)


# --- standard input --------------------------------------------------------------------------


def test_stdin_plain_text_is_one_document_called_dash() -> None:
    stream = io.BytesIO("The mayor said: “All libraries reopen in March.”\n".encode())
    [doc] = read_path("-", stdin=stream)
    assert isinstance(doc, Document)
    assert doc.id == "-"
    assert doc.text == "The mayor said: “All libraries reopen in March.”\n"


def test_stdin_that_starts_with_a_json_object_is_read_as_jsonl() -> None:
    data = "\n" + _record(id="w1", text="A") + "\n" + _record(id="w2", text="B") + "\n"
    assert _ids(list(read_path("-", stdin=io.BytesIO(data.encode())))) == ["w1", "w2"]


def test_stdin_that_merely_starts_with_a_brace_is_text() -> None:
    stream = io.BytesIO(b"{Editor's note: corrected} The council wrote ...")
    assert _ids(list(read_path("-", stdin=stream))) == ["-"]


# --- problems do not stop the run ------------------------------------------------------------


def test_missing_file_is_a_read_error_that_says_what_to_do(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    [error] = read_path(missing)
    assert isinstance(error, ReadError)
    assert isinstance(error, OSError)
    assert str(error) == f"{missing}: no such file; check the path"


def test_invalid_utf8_text_file_names_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes(b"First line\nSecond line\nCaf\xe9 owner said no.\n")
    [error] = read_path(path)
    assert isinstance(error, DecodeError)
    assert (error.path, error.line) == (str(path), 3)
    assert str(error).startswith(f"{path}:3: invalid UTF-8 at byte 26 (e9)")


def test_documents_and_errors_come_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A", encoding="utf-8")
    (tmp_path / "c.txt").write_text("C", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff")
    paths = [tmp_path / "a.txt", tmp_path / "missing.txt", tmp_path / "bad.txt", tmp_path / "c.txt"]
    assert _ids(list(read_documents(paths))) == ["a.txt", "ReadError", "DecodeError", "c.txt"]


def test_a_repeated_id_is_reported_and_the_copy_skipped(tmp_path: Path) -> None:
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "one" / "story.txt").write_text("first", encoding="utf-8")
    (tmp_path / "two" / "story.txt").write_text("second", encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text(_record(id="story.txt", text="third") + "\n", encoding="utf-8")
    items = list(read_documents([tmp_path / "one", tmp_path / "two", feed]))
    assert _ids(items) == ["story.txt", "InputError", "RecordError"]
    assert isinstance(items[0], Document) and items[0].text == "first"
    first_place = str(tmp_path / "one" / "story.txt")
    assert first_place in str(items[1]) and str(tmp_path / "two" / "story.txt") in str(items[1])
    assert isinstance(items[2], RecordError) and items[2].line == 1
    assert first_place in str(items[2])


# --- the bundled samples ---------------------------------------------------------------------


def test_samples_are_complete_documents_with_distinct_ids() -> None:
    docs = list(read_samples())
    assert all(isinstance(d, Document) for d in docs)
    assert 8 <= len(docs) <= 12
    ids = [d.id for d in docs if isinstance(d, Document)]
    assert len(set(ids)) == len(ids)
    for doc in docs:
        assert isinstance(doc, Document)
        assert doc.source and doc.published is not None
        assert doc.url is not None and doc.url.startswith(
            ("https://example.com/", "https://example.org/")
        )


def test_samples_hold_the_differences_quotematch_is_for() -> None:
    texts = "\n".join(d.text for d in read_samples() if isinstance(d, Document))
    for needle in [
        "Costal Path fund",  # a typo
        "rebuild coastal path fund",  # a dropped "the" and a case change
        "We apologise unreservedly",
        "We apologize unreservedly",  # UK/US spelling
        "from the ground up,” Mayor Delia Marsh said on Monday, “and",  # split around the verb
        "The council wrote: “All libraries reopen in March.”",  # colon-introduced
        "— Brightwater Ferries (@brightwaterferry) March 9, 2024",  # embedded post
        "so-called “storm levy”",  # scare quote
        "“Open Doors, Open Books” campaign",  # title
        "keeps warm.\n\n“We closed them",  # a quote running over paragraphs
    ]:
        assert needle in texts, needle
    assert len(list(read_documents([], samples=True))) == len(list(read_samples()))


# --- writers ---------------------------------------------------------------------------------

QUOTE = Quote(
    id="hg:0",
    doc_id="hg",
    text="We will rebuild the Coastal Path fund,",
    spans=((1, 39),),
    speaker="Delia Marsh",
    cue="said",
    source="Harbour Gazette",
)
OTHER = Quote(
    id="nc:0", doc_id="nc", text="We will rebuild the Costal Path fund,", spans=((1, 38),)
)


def test_jsonl_writer_keeps_non_ascii_text_readable() -> None:
    out = io.StringIO()
    assert write_jsonl([{"text": "“Señora”"}, {"text": "b"}], out) == 2
    assert out.getvalue() == '{"text": "“Señora”"}\n{"text": "b"}\n'


def test_quotes_as_jsonl_are_one_quote_record_per_line() -> None:
    out = io.StringIO()
    write_quotes([QUOTE, OTHER], out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["hg:0", "nc:0"]
    assert records[0]["spans"] == [[1, 39]]
    assert records[0]["speaker"] == "Delia Marsh"
    assert records[0]["doc"] == "hg"


def test_quotes_as_json_list_the_input_errors_too() -> None:
    out = io.StringIO()
    write_quotes([QUOTE], out, format="json", errors=[ReadError("no such file", path="x.txt")])
    data = json.loads(out.getvalue())
    assert [q["id"] for q in data["quotes"]] == ["hg:0"]
    assert data["errors"] == [
        {"error": "ReadError", "path": "x.txt", "line": None, "message": "no such file"}
    ]


def test_match_result_as_json_and_as_one_cluster_per_line() -> None:
    variant = Variant(
        quote_id="nc:0",
        category="typo",
        canonical_text="Coastal",
        variant_text="Costal",
        canonical_span=(20, 27),
        spans=((21, 27),),
    )
    cluster = Cluster(
        id="c1",
        canonical="We will rebuild the Coastal Path fund,",
        members=(QUOTE, OTHER),
        variants=(variant,),
    )
    result = MatchResult(documents=(), quotes=(QUOTE, OTHER), clusters=(cluster,))
    out = io.StringIO()
    write_match(result, out, errors=[RecordError("bad", path="f.jsonl", line=3)])
    data = json.loads(out.getvalue())
    assert data["clusters"][0]["members"] == ["hg:0", "nc:0"]
    assert data["clusters"][0]["variants"][0]["variant_text"] == "Costal"
    assert data["errors"][0]["line"] == 3
    out = io.StringIO()
    write_match(result, out, format="jsonl")
    [line] = out.getvalue().splitlines()
    record = json.loads(line)
    assert record["id"] == "c1"
    assert [q["text"] for q in record["quotes"]] == [QUOTE.text, OTHER.text]


def test_write_json_is_one_document_ending_in_a_newline() -> None:
    out = io.StringIO()
    write_json({"a": [1]}, out)
    assert json.loads(out.getvalue()) == {"a": [1]}
    assert out.getvalue().endswith("}\n")


def test_error_to_dict_keeps_the_reason_without_the_location() -> None:
    record = error_to_dict(DecodeError("invalid UTF-8 at byte 4", path="a.txt", line=2))
    assert record == {
        "error": "DecodeError",
        "path": "a.txt",
        "line": 2,
        "message": "invalid UTF-8 at byte 4",
    }


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"])))
def test_any_text_survives_the_jsonl_round_trip(text: str) -> None:
    line = json.dumps({"id": "a", "text": text})
    [doc] = parse_jsonl(line.encode("utf-8"), "feed.jsonl")
    assert isinstance(doc, Document)
    assert doc.text == text


# --- folders, sidecars, flags and encodings ----------------------------------------------------


def _outlets(root: Path) -> None:
    for outlet in ("gazette", "courier"):
        (root / outlet).mkdir()
        (root / outlet / "story.txt").write_text(f"“We won,” {outlet} reported.", encoding="utf-8")


def test_recursive_ids_are_paths_relative_to_the_folder(tmp_path: Path) -> None:
    _outlets(tmp_path)
    items = list(read_documents([tmp_path], options=ReadOptions(recursive=True)))
    assert _ids(items) == ["courier/story.txt", "gazette/story.txt"]


def test_without_recursive_each_skipped_folder_and_file_is_reported(tmp_path: Path) -> None:
    _outlets(tmp_path)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    (tmp_path / "top.txt").write_text("Top.", encoding="utf-8")
    skipped: list[tuple[str, str]] = []
    items = list(read_documents([tmp_path], on_skip=lambda p, why: skipped.append((p, why))))
    assert _ids(items) == ["top.txt"]
    assert [(Path(p).name, why.split(";")[0]) for p, why in skipped] == [
        ("courier", "a sub-directory"),
        ("gazette", "a sub-directory"),
        ("photo.jpg", "not a .txt, .jsonl, .csv or .html file"),
    ]


def test_a_sidecar_gives_a_text_file_its_metadata(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("“We won,” she said.", encoding="utf-8")
    (tmp_path / "story.json").write_text(
        json.dumps(
            {
                "source": "Harbour Gazette",
                "url": "https://gazette.example/1",
                "published": "Sun, 03 Mar 2024 18:00:00 GMT",
            }
        ),
        encoding="utf-8",
    )
    skipped: list[str] = []
    [doc] = read_documents([tmp_path], on_skip=lambda p, why: skipped.append(p))
    assert isinstance(doc, Document)
    assert (doc.source, doc.url, doc.published.day) == (
        "Harbour Gazette",
        "https://gazette.example/1",
        3,
    )  # type: ignore[union-attr]
    assert skipped == []  # a sidecar is not a skipped file


def test_a_bad_sidecar_is_one_error_and_the_rest_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "a.json").write_text('{"published": "soon"}', encoding="utf-8")
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    items = list(read_path(tmp_path))
    assert _ids(items) == ["RecordError", "b.txt"]
    assert str(items[0]).startswith(f"{tmp_path / 'a.json'}: \"published\": published date 'soon'")


def test_flags_fill_what_documents_do_not_say(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text(
        _record(id="b", text="B.", source="Own") + "\n", encoding="utf-8"
    )
    options = ReadOptions(source="Flag Times", url="https://flag.example", published="2024-02-01")
    docs = [d for d in read_path(tmp_path, options=options) if isinstance(d, Document)]
    assert [(d.id, d.source, d.url) for d in docs] == [
        ("a.txt", "Flag Times", "https://flag.example"),
        ("b", "Own", "https://flag.example"),
    ]


def test_stdin_text_takes_the_id_given() -> None:
    [doc] = read_path("-", stdin=io.BytesIO(b"Plain."), options=ReadOptions(stdin_id="wire-7"))
    assert isinstance(doc, Document) and doc.id == "wire-7"


def test_utf16_files_and_named_encodings_are_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("“Oui,” dit-elle.".encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes((_record(id="b", text="Café.") + "\n").encode("utf-16"))
    (tmp_path / "c.txt").write_bytes("Crème brûlée.".encode("cp1252"))
    items = list(read_path(tmp_path, options=ReadOptions(encoding="cp1252")))
    assert [getattr(d, "text", d) for d in items] == ["“Oui,” dit-elle.", "Café.", "Crème brûlée."]


def test_a_url_is_written_with_every_quote(tmp_path: Path) -> None:
    doc = Document("a", "“We won,” she said.", url="https://gazette.example/1")
    quotes = extract_quotes(doc)
    out = io.StringIO()
    write_quotes(quotes, out, documents=[doc])
    assert json.loads(out.getvalue())["url"] == "https://gazette.example/1"


def test_json_lines_saved_as_txt_are_read_as_json_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.txt"
    path.write_text(_record(id="a1", text="“We won,” she said.") + "\n", encoding="utf-8")
    assert _ids(list(read_path(path))) == ["a1"]


def test_standard_input_is_read_as_csv_or_html_when_it_is_one() -> None:
    rows = io.BytesIO("id,text\na1,“We won,” she said.\n".encode())
    assert _ids(list(read_path("-", stdin=rows))) == ["a1"]
    page = io.BytesIO(
        b"<!DOCTYPE html><html><body><article><p>\xe2\x80\x9cWe will rebuild the coastal path "
        b"before the summer,\xe2\x80\x9d Mayor Ines Ward said on Monday at the harbour wall.</p>"
        b"</article></body></html>"
    )
    [doc] = read_path("-", stdin=page, options=ReadOptions(stdin_id="page"))
    assert isinstance(doc, Document)
    assert (doc.id, doc.format) == ("page", "html")
    assert doc.text.startswith("“We will rebuild")
