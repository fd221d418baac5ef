"""Reading documents from files and writing results: the one module that touches files.

Readers turn paths into :class:`~quotematch.Document` records; writers turn
quotes and match results into JSON. The core stages never read or print.

What the readers accept (see ``docs/formats.md``):

- a **text file**: one document; its id is the file name (``ruiz-herald.txt``);
- a **JSON Lines file** (name ending in ``.jsonl``): one document per line,
  ``{"id", "text", "source", "url", "published"}``, ``id`` and ``text`` required,
  other fields ignored, blank lines skipped;
- a **directory**: its ``.txt`` and ``.jsonl`` files, sorted by name, *not*
  recursive (hidden files are skipped);
- ``-``: standard input, read as JSON Lines when its first non-blank line is a
  JSON object, otherwise as one plain-text document with id ``-``.

Text is decoded from UTF-8 bytes with no newline translation, so offsets are
code points of the file as decoded: ``\\r\\n`` stays two characters, and a
leading byte-order mark in a text file is kept as ``U+FEFF`` at offset 0
(it is dropped at the start of a JSON Lines file, where it is not part of any
document).

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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO, Literal, TextIO

from .errors import DecodeError, InputError, ReadError, RecordError
from .models import Document, MatchResult, Quote
from .safe import jsonl_line, lone_surrogate

__all__ = [
    "SAMPLE_FILE",
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
_DIRECTORY_SUFFIXES = (".txt", ".jsonl")
_STDIN_NAME = "<stdin>"
_UTF8_HINT = "save the file as UTF-8 (for example: iconv -f cp1252 -t utf-8 FILE > FILE.utf8)"
_RECORD_HINT = 'each line must be one JSON object such as {"id": "a1", "text": "..."}'


def read_documents(
    paths: Iterable[str | os.PathLike[str]],
    *,
    samples: bool = False,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | InputError]:
    """Read every document in ``paths``, yielding problems in place rather than raising.

    Args:
        paths: text files, ``.jsonl`` files, directories, or ``-`` for ``stdin``.
        samples: read the bundled sample articles first.
        stdin: where ``-`` reads from (default: the process's standard input).

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
    seen: dict[str, str] = {}
    sources: list[Iterable[tuple[Document | InputError, str, int | None]]] = []
    if samples:
        sources.append(_parse_jsonl(_sample_bytes(), SAMPLE_FILE))
    for path in paths:
        sources.append(_located_path(os.fspath(path), stdin))
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
    path: str | os.PathLike[str], *, stdin: BinaryIO | None = None
) -> Iterator[Document | InputError]:
    """Read one path (text file, ``.jsonl`` file, directory or ``-``), yielding problems in place.

    >>> [type(item).__name__ for item in read_path("no/such/article.txt")]
    ['ReadError']
    """
    for item, _, _ in _located_path(os.fspath(path), stdin):
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
    for item, _, _ in _parse_jsonl(data, path):
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
) -> None:
    """Write quotes as ``extract`` does: JSON Lines, or ``{"quotes", "errors"}`` JSON.

    Input errors are listed only in the JSON form (JSON Lines holds quotes only).

    >>> import io
    >>> out = io.StringIO()
    >>> write_quotes([Quote(id="a:0", doc_id="a", text="We won", spans=((1, 7),))], out)
    >>> json.loads(out.getvalue())["spans"]
    [[1, 7]]
    """
    if format == "jsonl":
        write_jsonl((q.to_dict() for q in quotes), stream)
    else:
        write_json(
            {
                "quotes": (q.to_dict() for q in quotes),
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

    ``json`` is ``MatchResult.to_dict()`` plus an ``"errors"`` list; ``jsonl``
    is one cluster per line, each with its members' full quote records under
    ``"quotes"`` so every line stands on its own.

    >>> import io
    >>> out = io.StringIO()
    >>> write_match(MatchResult(documents=(), quotes=(), clusters=()), out)
    >>> sorted(json.loads(out.getvalue()))
    ['clusters', 'errors', 'quotes']
    """
    if format == "jsonl":
        write_jsonl(
            ({**c.to_dict(), "quotes": [q.to_dict() for q in c.members]} for c in result.clusters),
            stream,
        )
    else:
        write_json(
            {
                "quotes": (q.to_dict() for q in result.quotes),
                "clusters": (c.to_dict() for c in result.clusters),
                "errors": (error_to_dict(e) for e in errors),
            },
            stream,
        )


def duplicate_error(doc_id: str, first: str, path: str, line: int | None) -> InputError:
    """The error for a second document with an id already read at ``first`` (kept there).

    >>> print(duplicate_error("a1", "feed.jsonl:3", "more.jsonl", 7))  # doctest: +ELLIPSIS
    more.jsonl:7: document id 'a1' was already read from feed.jsonl:3; this copy is skipped...
    """
    cls = RecordError if line is not None else InputError
    return cls(
        f"document id {doc_id!r} was already read from {first}; this copy is "
        "skipped. Give every document a distinct id (rename the file, or change "
        'the record\'s "id")',
        path=path,
        line=line,
    )


def record_document(record: object, path: str, line: int) -> Document | InputError:
    """The document in one parsed record (a JSON Lines line or a table row), or why not.

    Args:
        record: the parsed record; ``id`` and ``text`` are required, ``source``,
            ``url`` and ``published`` optional, other fields ignored.
        path, line: where the record came from, for the error message.

    >>> record_document({"id": 7, "text": "Hi"}, "feed.jsonl", 1)
    Document(id='7', text='Hi', source=None, url=None, published=None)
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
        return bad(f'"id" must be a non-empty string, not {record["id"]!r}')
    if not isinstance(record["text"], str):
        return bad(f'"text" must be a string, not {type(record["text"]).__name__}')
    for field in ("source", "url"):
        if record.get(field) is not None and not isinstance(record[field], str):
            return bad(f'"{field}" must be a string or null, not {record[field]!r}')
    for field in ("id", "text", "source", "url"):
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
        )
    except InputError as exc:
        return bad(f'"published": {exc.reason}; correct the date or remove the field')


# --- implementation -------------------------------------------------------------------------

_Located = tuple[Document | InputError, str, int | None]


def _sample_bytes() -> bytes:
    return resources.files("quotematch").joinpath(SAMPLE_FILE).read_bytes()


def _located_path(path: str, stdin: BinaryIO | None) -> Iterator[_Located]:
    if path == "-":
        yield from _read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        return
    if os.path.isdir(path):
        yield from _read_directory(path)
        return
    try:
        data = _read_bytes(path)
    except ReadError as exc:
        yield exc, path, None
        return
    if path.lower().endswith(".jsonl"):
        yield from _parse_jsonl(data, path)
    else:
        yield _text_document(data, path, Path(path).name), path, None


def _read_directory(path: str) -> Iterator[_Located]:
    try:
        names = sorted(
            entry.name
            for entry in os.scandir(path)
            if not entry.name.startswith(".")
            and entry.name.lower().endswith(_DIRECTORY_SUFFIXES)
            and entry.is_file()
        )
    except OSError as exc:
        yield ReadError(_os_reason(exc, "directory"), path=path), path, None
        return
    if not names:
        yield (
            InputError(
                "the directory holds no .txt or .jsonl files (sub-directories are not searched); "
                "name the files to read, or point at the directory that holds them",
                path=path,
            ),
            path,
            None,
        )
        return
    for name in names:
        yield from _located_path(os.path.join(path, name), None)


def _read_stdin(stream: BinaryIO) -> Iterator[_Located]:
    try:
        data = stream.read()
    except OSError as exc:
        yield ReadError(_os_reason(exc, "input"), path=_STDIN_NAME), _STDIN_NAME, None
        return
    if _looks_like_jsonl(data):
        yield from _parse_jsonl(data, _STDIN_NAME)
    else:
        yield _text_document(data, _STDIN_NAME, "-"), _STDIN_NAME, None


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


def _text_document(data: bytes, path: str, doc_id: str) -> Document | InputError:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _decode_error(data, exc, path, 0)
    return Document(doc_id, text)


def _decode_error(data: bytes, exc: UnicodeDecodeError, path: str, base: int) -> DecodeError:
    """A DecodeError for ``data`` (which starts at byte ``base`` of the file, on line 1 of it)."""
    line = data.count(b"\n", 0, exc.start) + 1
    bad = data[exc.start : exc.end]
    return DecodeError(
        f"invalid UTF-8 at byte {base + exc.start} ({bad.hex(' ')}); {_UTF8_HINT}",
        path=path,
        line=line,
    )


def _parse_jsonl(data: bytes, path: str) -> Iterator[_Located]:
    base = 0
    if data.startswith(_BOM):
        base = len(_BOM)
    lines = data[base:].split(b"\n")
    for number, raw in enumerate(lines, 1):
        start = base
        base += len(raw) + 1
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            error = _decode_error(raw, exc, path, start)
            yield DecodeError(error.reason, path=path, line=number), path, number
            continue
        yield _record_document(line, path, number), path, number


def _record_document(line: str, path: str, number: int) -> Document | InputError:
    try:
        record = json.loads(line)
    except ValueError as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        column = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        return RecordError(
            f"not valid JSON ({reason}{column}); {_RECORD_HINT}", path=path, line=number
        )
    return record_document(record, path, number)
