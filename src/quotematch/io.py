"""Reading documents from files and writing results: the one module that touches files.

Readers turn paths into :class:`~quotematch.Document` records; writers turn
quotes and match results into JSON. The core stages never read or print.

What the readers accept (see ``docs/formats.md``); the format is chosen by the
name's extension and checked against the content, so a web page or a CSV file
is never read as plain text:

- a **text file** (``.txt`` or any other name): one document (unless its
  content is JSON Lines, CSV or HTML, read as such). Its id is the
  file name, or its path relative to the folder argument it was found in.
  Metadata comes from a *sidecar* ``story.json`` next to ``story.txt``
  (``{"source", "url", "published", "title"}``) and from :class:`ReadOptions`;
- a **JSON Lines file** (``.jsonl``, ``.ndjson``): one document per line,
  ``{"id", "text", "source", "url", "published"}``, ``id`` and ``text`` required;
- a **CSV file** (``.csv``, ``.tsv``): one document per row, columns named by
  the header (:class:`quotematch.table.Columns`);
- an **HTML page** (``.html``, ``.htm``): the article in it, through
  trafilatura (:mod:`quotematch.webpage`; the ``html`` extra);
- a **directory**: the files above, sorted by name; sub-directories only with
  ``recursive``; other files and hidden files are skipped (and reported
  through ``on_skip``);
- ``-``: standard input, read as JSON Lines, CSV or HTML when its content is
  one of them, otherwise as one plain-text document (id ``ReadOptions.stdin_id``).

Text is decoded by :func:`quotematch.decode.decode` (UTF-8 with or without a
byte-order mark, UTF-16/32 with one, or ``ReadOptions.encoding``) with no
newline translation, so offsets are code points of the file as decoded:
``\\r\\n`` stays two characters, and a UTF-8 byte-order mark in a text file
is kept as ``U+FEFF`` at offset 0 (it is dropped at the start of a JSON Lines
or CSV file, where it is not part of any document).

Bad input does not stop the reader: :func:`read_documents` yields each
problem as an :class:`~quotematch.InputError` (``ReadError``, ``DecodeError``,
``RecordError``) in input order, between the documents it could read, so a
caller can report every problem and still process everything else. A document
whose id was already read is reported as an error and skipped; ids are never
rewritten, because callers join results back to their own records by id.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO, Literal, TextIO

import attrs

from .dates import parse_published
from .decode import bom_encoding, decode, decode_error
from .errors import DecodeError, InputError, ReadError, RecordError, shorten
from .models import Document, MatchResult, Quote
from .safe import jsonl_line, lone_surrogate
from .table import Columns, looks_like_csv, parse_csv
from .webpage import looks_like_html, page_document

__all__ = [
    "SAMPLE_FILE",
    "ReadOptions",
    "duplicate_error",
    "error_to_dict",
    "parse_jsonl",
    "read_documents",
    "read_path",
    "read_samples",
    "record_document",
    "write_json",
    "write_jsonl",
    "write_match",
    "write_quotes",
]

SAMPLE_FILE = "samples/articles.jsonl"
"""The bundled sample articles, relative to the ``quotematch`` package."""

_BOM = b"\xef\xbb\xbf"
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_CSV_SUFFIXES = (".csv", ".tsv")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_TEXT_SUFFIXES = (".txt", ".text")
_DIRECTORY_SUFFIXES = _TEXT_SUFFIXES + _JSONL_SUFFIXES + _CSV_SUFFIXES + _HTML_SUFFIXES
_SIDECAR_SUFFIX = ".json"
_SIDECAR_FIELDS = ("source", "url", "published", "title")
_STDIN_NAME = "<stdin>"
_RECORD_HINT = 'each line must be one JSON object such as {"id": "a1", "text": "..."}'


@attrs.frozen(kw_only=True)
class ReadOptions:
    """How to read inputs: what the ``extract``/``cluster``/``check`` input flags set.

    Attributes:
        recursive: read sub-directories of a directory too.
        encoding: the encoding of files without a byte-order mark (default UTF-8).
        columns: which CSV column holds each field.
        source, url, published: metadata for every document that does not
            carry its own (from its record, sidecar or page).
        stdin_id: the id of a plain-text document read from standard input.

    >>> ReadOptions(published="Sun, 03 Mar 2024 18:00:00 GMT").published.day
    3
    """

    recursive: bool = False
    encoding: str | None = None
    columns: Columns = attrs.field(factory=Columns)
    source: str | None = None
    url: str | None = None
    published: Any = attrs.field(default=None, converter=parse_published)
    stdin_id: str = "-"

    def fill(self, doc: Document) -> Document:
        """``doc`` with the fields it lacks taken from these options."""
        if (self.source is None or doc.source is not None) and (
            (self.url is None or doc.url is not None)
            and (self.published is None or doc.published is not None)
        ):
            return doc
        return attrs.evolve(
            doc,
            source=doc.source if doc.source is not None else self.source,
            url=doc.url if doc.url is not None else self.url,
            published=doc.published if doc.published is not None else self.published,
        )


SkipHandler = Callable[[str, str], None]
"""Called with ``(path, reason)`` for each file or folder a directory read passes over."""


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    samples: bool = False,
    stdin: BinaryIO | None = None,
    options: ReadOptions | None = None,
    on_skip: SkipHandler | None = None,
) -> Iterator[Document | InputError]:
    """Read every document in ``paths``, yielding problems in place rather than raising.

    Args:
        paths: text, ``.jsonl``, ``.csv`` or ``.html`` files, directories, or
            ``-`` for ``stdin``.
        samples: read the bundled sample articles first.
        stdin: where ``-`` reads from (default: the process's standard input).
        options: recursion, encoding, CSV columns and default metadata.
        on_skip: told about each file or sub-directory a directory read skips.

    Returns:
        An iterator of documents and :class:`~quotematch.InputError` values, in
        input order. A second document with an id already read is an error and
        is skipped.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "ruiz-herald.txt").write_text("“We won,” Ruiz said.", encoding="utf-8")
    >>> [getattr(item, "id", item) for item in read_documents([folder, folder / "gone.txt"])]
    ... # doctest: +ELLIPSIS
    ['ruiz-herald.txt', ReadError(...)]
    """
    opts = options if options is not None else ReadOptions()
    seen: dict[str, str] = {}
    sources: list[Iterable[tuple[Document | InputError, str, int | None]]] = []
    if samples:
        sources.append(_parse_jsonl(_sample_bytes(), SAMPLE_FILE, ReadOptions()))
    for path in paths:
        sources.append(_Reader(opts, stdin, on_skip).path(os.fspath(path)))
    for source in sources:
        for item, where, line in source:
            if isinstance(item, Document):
                place = f"{where}:{line}" if line is not None else where
                first = seen.get(item.id)
                if first is not None:
                    yield duplicate_error(item.id, first, where, line)
                    continue
                seen[item.id] = place
            yield item


def read_path(
    path: str | os.PathLike[str],
    *,
    stdin: BinaryIO | None = None,
    options: ReadOptions | None = None,
    on_skip: SkipHandler | None = None,
) -> Iterator[Document | InputError]:
    """Read one path (any input :func:`read_documents` takes), yielding problems in place.

    >>> [type(item).__name__ for item in read_path("no/such/article.txt")]
    ['ReadError']
    """
    opts = options if options is not None else ReadOptions()
    for item, _, _ in _Reader(opts, stdin, on_skip).path(os.fspath(path)):
        yield item


def read_samples() -> Iterator[Document | InputError]:
    """The sample articles shipped with quotematch.

    >>> docs = list(read_samples())
    >>> all(isinstance(d, Document) for d in docs) and len(docs) >= 8
    True
    """
    return parse_jsonl(_sample_bytes(), SAMPLE_FILE)


def parse_jsonl(data: bytes, path: str) -> Iterator[Document | InputError]:
    """Parse JSON Lines bytes into documents, yielding a ``RecordError`` for each bad line.

    Args:
        data: the raw bytes; each line is decoded on its own, so one line that
            is not UTF-8 spoils only itself.
        path: the name to put in error messages.

    >>> lines = b'{"id": "a", "text": "Hi"}\\n{"id": "b"}\\n'
    >>> [str(item) for item in parse_jsonl(lines, "feed.jsonl")][1]  # doctest: +ELLIPSIS
    'feed.jsonl:2: the record has no "text" field; ...'
    """
    for item, _, _ in _parse_jsonl(data, path, ReadOptions()):
        yield item


def error_to_dict(error: InputError) -> dict[str, Any]:
    """The JSON form of an input problem, as written in ``"errors"`` lists.

    >>> error_to_dict(ReadError("no such file", path="a.txt"))
    {'error': 'ReadError', 'path': 'a.txt', 'line': None, 'message': 'no such file'}
    """
    return {
        "error": type(error).__name__,
        "path": error.path,
        "line": error.line,
        "message": error.reason,
    }


def write_jsonl(records: Iterable[Mapping[str, Any]], stream: TextIO) -> int:
    """Write one JSON object per line (UTF-8 text, not ASCII-escaped); return how many.

    U+2028, U+2029 and U+0085 are escaped so that every record stays on one line.

    >>> import io
    >>> out = io.StringIO()
    >>> write_jsonl([{"text": "Señor"}], out), out.getvalue()
    (1, '{"text": "Señor"}\\n')
    """
    count = 0
    for record in records:
        stream.write(jsonl_line(record))
        stream.write("\n")
        count += 1
    return count


def write_json(record: Mapping[str, Any], stream: TextIO) -> None:
    """Write one JSON document, each list's items on a line of their own, as they are produced.

    A list-valued field (or any iterator, consumed here) is written one compact
    item per line, so a large result is compact, streams without being built
    in memory first, and still reads and diffs line by line.

    >>> import io
    >>> out = io.StringIO()
    >>> write_json({"quotes": iter([{"id": "a:0"}, {"id": "b:0"}]), "errors": []}, out)
    >>> print(out.getvalue(), end="")
    {"quotes": [
    {"id": "a:0"},
    {"id": "b:0"}
    ],
    "errors": []}
    """
    stream.write("{")
    for number, (key, value) in enumerate(record.items()):
        stream.write(",\n" if number else "")
        stream.write(json.dumps(key) + ": ")
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Iterable):
            stream.write(jsonl_line(value))
            continue
        opened = False
        for item in value:
            stream.write(",\n" if opened else "[\n")
            stream.write(jsonl_line(item))
            opened = True
        stream.write("\n]" if opened else "[]")
    stream.write("}\n")


def write_quotes(
    quotes: Iterable[Quote],
    stream: TextIO,
    *,
    format: Literal["jsonl", "json"] = "jsonl",
    errors: Sequence[InputError] = (),
    documents: Sequence[Document] = (),
) -> None:
    """Write quotes as ``extract`` does: JSON Lines, or ``{"quotes", "documents", "errors"}`` JSON.

    Given the ``documents`` the quotes came from, each quote record also
    carries its document's ``url``, and the JSON form lists the documents
    (with the extracted text of web pages, which the offsets index). Input
    errors are listed only in the JSON form (JSON Lines holds quotes only).

    >>> import io
    >>> out = io.StringIO()
    >>> write_quotes([Quote(id="a:0", doc_id="a", text="We won", spans=((1, 7),))], out)
    >>> json.loads(out.getvalue())["spans"]
    [[1, 7]]
    """
    urls = {doc.id: doc.url for doc in documents}
    if format == "jsonl":
        write_jsonl((_quote_record(q, urls) for q in quotes), stream)
    else:
        write_json(
            {
                "quotes": (_quote_record(q, urls) for q in quotes),
                "documents": (_document_record(doc) for doc in documents),
                "errors": (error_to_dict(e) for e in errors),
            },
            stream,
        )


def write_match(
    result: MatchResult,
    stream: TextIO,
    *,
    format: Literal["json", "jsonl"] = "json",
    errors: Sequence[InputError] = (),
) -> None:
    """Write a match result as ``cluster`` does.

    ``json`` is ``MatchResult.to_dict()`` plus the ``"documents"`` (with the
    extracted text of web pages) and an ``"errors"`` list; ``jsonl`` is one
    cluster per line, each with its members' full quote records under
    ``"quotes"`` so every line stands on its own. Quote records carry their
    document's ``url``.

    >>> import io
    >>> out = io.StringIO()
    >>> write_match(MatchResult(documents=(), quotes=(), clusters=()), out)
    >>> sorted(json.loads(out.getvalue()))
    ['clusters', 'documents', 'errors', 'quotes']
    """
    urls = {doc.id: doc.url for doc in result.documents}
    if format == "jsonl":
        write_jsonl(
            (
                {**c.to_dict(), "quotes": [_quote_record(q, urls) for q in c.members]}
                for c in result.clusters
            ),
            stream,
        )
    else:
        write_json(
            {
                "quotes": (_quote_record(q, urls) for q in result.quotes),
                "clusters": (c.to_dict() for c in result.clusters),
                "documents": (_document_record(doc) for doc in result.documents),
                "errors": (error_to_dict(e) for e in errors),
            },
            stream,
        )


def _quote_record(quote: Quote, urls: Mapping[str, str | None]) -> dict[str, Any]:
    record = quote.to_dict()
    record["url"] = urls.get(quote.doc_id)
    return record


def _document_record(doc: Document) -> dict[str, Any]:
    """A document as the JSON outputs list it: the text only where it is not the file's own."""
    return doc.to_dict(text=doc.format == "html")


def duplicate_error(doc_id: str, first: str, path: str, line: int | None) -> InputError:
    """The error for a second document with an id already read at ``first`` (kept there).

    >>> print(duplicate_error("a1", "feed.jsonl:3", "more.jsonl", 7))  # doctest: +ELLIPSIS
    more.jsonl:7: document id 'a1' was already read from feed.jsonl:3; this copy is skipped...
    """
    cls = RecordError if line is not None else InputError
    return cls(
        f"document id {shorten(doc_id, quoted=True)} was already read from {first}; this copy "
        "is skipped. Give every document a distinct id (pass the folder that holds both files, "
        'whose ids are then paths relative to it, or change the record\'s "id")',
        path=path,
        line=line,
    )


def record_document(
    record: object, path: str, line: int, *, format: str | None = None
) -> Document | InputError:
    """The document in one parsed record (a JSON Lines line or a table row), or why not.

    Args:
        record: the parsed record; ``id`` and ``text`` are required, ``source``,
            ``url``, ``published`` and ``title`` optional, other fields ignored.
        path, line: where the record came from, for the error message.
        format: what the document's ``format`` says it was read from.

    >>> record_document({"id": 7, "text": "Hi"}, "feed.jsonl", 1).id
    '7'
    >>> str(record_document({"id": "a"}, "feed.jsonl", 2))  # doctest: +ELLIPSIS
    'feed.jsonl:2: the record has no "text" field; ...'
    """

    def bad(reason: str) -> RecordError:
        return RecordError(reason, path=path, line=line)

    if not isinstance(record, Mapping):
        return bad(f"the line is a JSON {type(record).__name__}, not an object; {_RECORD_HINT}")
    for field in ("id", "text"):
        if field not in record or record[field] is None:
            return bad(f'the record has no "{field}" field; {_RECORD_HINT}')
    doc_id = record["id"]
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    if not isinstance(doc_id, str) or not doc_id:
        return bad(f'"id" must be a non-empty string, not {shorten(repr(record["id"]))}')
    if not isinstance(record["text"], str):
        return bad(f'"text" must be a string, not {type(record["text"]).__name__}')
    for field in ("source", "url", "title"):
        if record.get(field) is not None and not isinstance(record[field], str):
            return bad(f'"{field}" must be a string or null, not {shorten(repr(record[field]))}')
    for field in ("id", "text", "source", "url", "title"):
        value = record.get(field) if field != "id" else doc_id
        at = lone_surrogate(value) if isinstance(value, str) else None
        if at is not None:
            return bad(
                f'"{field}" holds a lone surrogate (\\u{ord(str(value)[at]):04x}) at character '
                f"{at}, which is not text any output can hold; correct the record's encoding"
            )
    try:
        return Document(
            doc_id,
            record["text"],
            source=record.get("source"),
            url=record.get("url"),
            published=record.get("published"),
            title=record.get("title"),
            format=format,
        )
    except InputError as exc:
        return bad(f'"published": {exc.reason}; correct the date or remove the field')


# --- implementation -------------------------------------------------------------------------

_Located = tuple[Document | InputError, str, int | None]


def _sample_bytes() -> bytes:
    return resources.files("quotematch").joinpath(SAMPLE_FILE).read_bytes()


class _Reader:
    """One path argument's walk: files and directories to documents, with the run's options."""

    def __init__(
        self, options: ReadOptions, stdin: BinaryIO | None, on_skip: SkipHandler | None
    ) -> None:
        self.options = options
        self.stdin = stdin
        self.on_skip = on_skip

    def path(self, path: str) -> Iterator[_Located]:
        if path == "-":
            yield from self._stdin()
        elif os.path.isdir(path):
            yield from self._directory(path, path)
        else:
            yield from self._file(path, Path(path).name)

    def _skip(self, path: str, reason: str) -> None:
        if self.on_skip is not None:
            self.on_skip(path, reason)

    def _directory(self, path: str, root: str) -> Iterator[_Located]:
        try:
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as exc:
            yield ReadError(_os_reason(exc, "directory"), path=path), path, None
            return
        names = {e.name for e in entries}
        found = False
        for entry in entries:
            if entry.name.startswith("."):
                continue
            where = os.path.join(path, entry.name)
            if entry.is_dir():
                if self.options.recursive:
                    found = True
                    yield from self._directory(where, root)
                else:
                    self._skip(where, "a sub-directory; give --recursive to read it")
                continue
            lower = entry.name.lower()
            if lower.endswith(_DIRECTORY_SUFFIXES):
                found = True
                doc_id = os.path.relpath(where, root).replace(os.sep, "/")
                yield from self._file(where, doc_id)
            elif lower.endswith(_SIDECAR_SUFFIX) and any(
                entry.name[: -len(_SIDECAR_SUFFIX)] + suffix in names
                for suffix in _TEXT_SUFFIXES + _HTML_SUFFIXES
            ):
                continue  # a sidecar: read with its document
            else:
                self._skip(where, "not a .txt, .jsonl, .csv or .html file")
        if not found and path == root:
            yield (
                InputError(
                    "the directory holds no .txt, .jsonl, .csv or .html files"
                    + (
                        ""
                        if self.options.recursive
                        else " (give --recursive to search sub-directories)"
                    )
                    + "; name the files to read, or point at the directory that holds them",
                    path=path,
                ),
                path,
                None,
            )

    def _file(self, path: str, doc_id: str) -> Iterator[_Located]:
        try:
            data = _read_bytes(path)
        except ReadError as exc:
            yield exc, path, None
            return
        lower = path.lower()
        if lower.endswith(_JSONL_SUFFIXES) or (
            not lower.endswith(_CSV_SUFFIXES + _HTML_SUFFIXES) and _looks_like_jsonl(data)
        ):
            yield from _parse_jsonl(data, path, self.options)
            return
        try:
            text, _ = decode(data, path, self.options.encoding)
        except DecodeError as exc:
            yield exc, path, None
            return
        if lower.endswith(_CSV_SUFFIXES) or (
            not lower.endswith(_HTML_SUFFIXES) and looks_like_csv(text, self.options.columns)
        ):
            yield from self._csv(text, path, doc_id)
        elif lower.endswith(_HTML_SUFFIXES) or looks_like_html(text):
            yield self._page(text, path, doc_id), path, None
        else:
            yield self._text(text, path, doc_id), path, None

    def _csv(self, text: str, path: str, doc_id: str) -> Iterator[_Located]:
        for item, line in parse_csv(text, path, self.options.columns, id_prefix=doc_id):
            yield (self.options.fill(item) if isinstance(item, Document) else item), path, line

    def _page(self, text: str, path: str, doc_id: str) -> Document | InputError:
        try:
            doc = page_document(text, doc_id, path=path)
        except InputError as exc:
            return exc
        return self._with_sidecar(doc, path)

    def _text(self, text: str, path: str, doc_id: str) -> Document | InputError:
        return self._with_sidecar(Document(doc_id, text, format="text"), path)

    def _with_sidecar(self, doc: Document, path: str) -> Document | InputError:
        sidecar = os.path.splitext(path)[0] + _SIDECAR_SUFFIX
        if path == _STDIN_NAME or not os.path.isfile(sidecar):
            return self.options.fill(doc)
        try:
            fields = _sidecar_fields(sidecar)
            merged = {k: v for k, v in fields.items() if getattr(doc, k) is None}
            return self.options.fill(attrs.evolve(doc, **merged))
        except InputError as exc:
            return RecordError(
                f"{exc.reason}; the document {shorten(doc.id, quoted=True)} was not read, "
                "fix the sidecar",
                path=sidecar,
                line=exc.line,
            )

    def _stdin(self) -> Iterator[_Located]:
        stream = self.stdin if self.stdin is not None else sys.stdin.buffer
        try:
            data = stream.read()
        except OSError as exc:
            yield ReadError(_os_reason(exc, "input"), path=_STDIN_NAME), _STDIN_NAME, None
            return
        if _looks_like_jsonl(data):
            yield from _parse_jsonl(data, _STDIN_NAME, self.options)
            return
        try:
            text, _ = decode(data, _STDIN_NAME, self.options.encoding)
        except DecodeError as exc:
            yield exc, _STDIN_NAME, None
            return
        doc_id = self.options.stdin_id
        if looks_like_csv(text, self.options.columns):
            yield from self._csv(text, _STDIN_NAME, doc_id)
        elif looks_like_html(text):
            yield self._page(text, _STDIN_NAME, doc_id), _STDIN_NAME, None
        else:
            yield self._text(text, _STDIN_NAME, doc_id), _STDIN_NAME, None


def _text_document(
    data: bytes, path: str, doc_id: str, options: ReadOptions | None = None
) -> Document | InputError:
    """One plain-text document from a file's bytes (decoded as :func:`decode` does)."""
    opts = options if options is not None else ReadOptions()
    try:
        text, _ = decode(data, path, opts.encoding)
    except DecodeError as exc:
        return exc
    return opts.fill(Document(doc_id, text, format="text"))


def _sidecar_fields(path: str) -> dict[str, Any]:
    """The metadata in a sidecar JSON file, checked; raises InputError naming the problem."""
    data = _read_bytes(path)
    try:
        record = json.loads(data.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"the sidecar is not valid UTF-8 JSON ({shorten(str(exc))})") from None
    if not isinstance(record, dict):
        raise InputError('the sidecar must be one JSON object such as {"source": "Gazette"}')
    fields: dict[str, Any] = {}
    for name in _SIDECAR_FIELDS:
        value = record.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise InputError(f'"{name}" must be a string, not {shorten(repr(value))}')
        fields[name] = value
    if "published" in fields:
        try:
            fields["published"] = parse_published(fields["published"])
        except InputError as exc:
            raise InputError(f'"published": {exc.reason}') from None
    return fields


def _looks_like_jsonl(data: bytes) -> bool:
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    for raw in data.split(b"\n", 20):
        if raw.strip():
            try:
                return isinstance(json.loads(raw), dict)
            except ValueError:
                return False
    return False


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise ReadError(_os_reason(exc, "file"), path=path) from None


def _os_reason(exc: OSError, what: str) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"no such {what}; check the path"
    if isinstance(exc, PermissionError):
        return f"permission denied; check the {what}'s permissions"
    return f"cannot read the {what} ({exc.strerror or exc}); check that it is a readable {what}"


def _jsonl_lines(
    data: bytes, path: str, options: ReadOptions
) -> Iterator[tuple[int, str | DecodeError]]:
    """Each non-blank line with its number; a UTF-8 line that does not decode spoils only itself."""
    encoding = bom_encoding(data)
    if encoding in ("utf-16", "utf-32") or (encoding is None and options.encoding):
        try:
            text, _ = decode(data, path, options.encoding)
        except DecodeError as exc:
            yield exc.line or 1, exc
            return
        for number, line in enumerate(text.split("\n"), 1):
            if line.strip():
                yield number, line
        return
    base = len(_BOM) if data.startswith(_BOM) else 0
    for number, raw in enumerate(data[base:].split(b"\n"), 1):
        start = base
        base += len(raw) + 1
        if not raw.strip():
            continue
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            error = decode_error(raw, exc, path, "utf-8", start)
            yield number, DecodeError(error.reason, path=path, line=number)


def _parse_jsonl(
    data: bytes, path: str, options: ReadOptions | None = None
) -> Iterator[_Located]:
    options = options if options is not None else ReadOptions()
    for number, line in _jsonl_lines(data, path, options):
        if isinstance(line, DecodeError):
            yield line, path, number
        else:
            yield _record_document(line, path, number, options), path, number


def _record_document(
    line: str, path: str, number: int, options: ReadOptions
) -> Document | InputError:
    try:
        record = json.loads(line)
    except ValueError as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        column = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        return RecordError(
            f"not valid JSON ({reason}{column}); {_RECORD_HINT}", path=path, line=number
        )
    doc = record_document(record, path, number, format="jsonl")
    return options.fill(doc) if isinstance(doc, Document) else doc
