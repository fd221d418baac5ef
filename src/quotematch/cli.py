"""The ``quotematch`` command line: a thin layer over the public API.

``quotematch extract PATH...`` lists the quotes in the inputs, and
``quotematch cluster PATH...`` groups the versions of each statement and
reports how their wording differs. Inputs are read by :mod:`quotematch.io`;
each input problem is reported on standard error as
``quotematch: error: FILE:LINE: reason`` and everything else is still
processed. Exit status: 0 when all went well, 1 when any input problem was
reported (or the output could not be written), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import time
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import TextIO

from . import __version__
from .errors import InputError
from .extract import extract_quotes
from .index_cli import add_index_parser, run_index
from .io import SAMPLE_FILE, read_documents, write_match, write_quotes
from .match import match
from .models import Document, Quote
from .report import format_quotes, format_report

__all__ = ["Progress", "main"]

PROGRESS_MIN_DOCUMENTS = 50
"""Below this many documents a run is quick and shows no progress line."""


class Progress:
    """A one-line progress counter on a terminal; silent when the stream is not a terminal.

    >>> import io
    >>> progress = Progress(io.StringIO(), total=500, label="extracting")
    >>> progress.enabled
    False
    """

    def __init__(self, stream: TextIO, *, total: int, label: str, quiet: bool = False) -> None:
        isatty = getattr(stream, "isatty", None)
        self.enabled = not quiet and total >= PROGRESS_MIN_DOCUMENTS and bool(isatty and isatty())
        self.stream = stream
        self.total = total
        self.label = label
        self._last = 0.0

    def update(self, done: int) -> None:
        """Redraw the line, at most ten times a second (and always at the end)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if done < self.total and now - self._last < 0.1:
            return
        self._last = now
        self.stream.write(f"\rquotematch: {self.label} {done}/{self.total} documents")
        self.stream.flush()

    def note(self, text: str) -> None:
        """Show one status line (for a stage that reports no counts of its own)."""
        if self.enabled:
            self.stream.write(f"\rquotematch: {text}")
            self.stream.flush()

    def close(self) -> None:
        """Erase the line so the next message starts clean."""
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit status.

    >>> main(["--version"])  # doctest: +ELLIPSIS
    quotematch ...
    0
    """
    parser = _parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "index":
            return run_index(args, _write)
        if not args.paths and not args.sample:
            parser.error("give at least one PATH, - for standard input, or --sample")
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("quotematch: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`quotematch ... | head`): not worth a message. Point stdout
        # at /dev/null so the interpreter's final flush does not complain either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


# --- implementation -------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quotematch",
        description="Find quoted statements in news articles, group the versions printed by "
        "different outlets, and report how their wording differs.",
    )
    parser.add_argument("--version", action="version", version=f"quotematch {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, formats, summary in (
        ("extract", ("jsonl", "json", "text"), "list every quote with its speaker and offsets"),
        ("cluster", ("json", "jsonl", "text"), "group versions of each statement across outlets"),
    ):
        command = commands.add_parser(name, help=summary, description=summary)
        command.add_argument(
            "paths",
            nargs="*",
            metavar="PATH",
            help="a text file, a .jsonl file, a directory of them (not recursive), "
            "or - for standard input",
        )
        command.add_argument(
            "--format", choices=formats, default=formats[0], help=f"default: {formats[0]}"
        )
        command.add_argument(
            "--sample", action="store_true", help="also read the bundled sample articles"
        )
        command.add_argument(
            "--strict", action="store_true", help="stop at the first input error, writing nothing"
        )
        command.add_argument(
            "-o", "--output", metavar="FILE", help="write here instead of standard output"
        )
        command.add_argument(
            "-q", "--quiet", action="store_true", help="no progress line on a terminal"
        )
    commands.choices["cluster"].add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on the Dask scheduler at ADDRESS, or on a new local cluster for 'local' "
        "(needs the dask extra; PATHs may be globs or fsspec URLs, and .parquet files)",
    )
    add_index_parser(commands)
    return parser


class _Stop(Exception):
    """Raised to end a ``--strict`` run at its first input error."""


def _run(args: argparse.Namespace) -> int:
    if getattr(args, "dask", None):
        return _run_dask(args)
    errors: list[InputError] = []
    try:
        documents = list(_documents(args, errors))
    except _Stop:
        return 1
    out = io.StringIO()
    if args.command == "extract":
        quotes = _extract_all(documents, quiet=args.quiet)
        if args.format == "text":
            out.write(format_quotes(quotes) + "\n")
        else:
            write_quotes(quotes, out, format=args.format, errors=errors)
    else:
        progress = Progress(sys.stderr, total=len(documents), label="matching", quiet=args.quiet)
        progress.note(f"matching {len(documents)} documents…")
        result = match(documents)
        progress.close()
        if args.format == "text":
            out.write(format_report(result) + "\n")
        else:
            write_match(result, out, format=args.format, errors=errors)
    if not _write(out.getvalue(), args.output):
        return 1
    return 1 if errors else 0


def _run_dask(args: argparse.Namespace) -> int:
    """``cluster --dask``: the same output as the local run, computed on a Dask cluster."""
    try:
        from .on_dask import connect, read_bag, run
    except ImportError as exc:
        print(f"quotematch: error: {exc}", file=sys.stderr)
        return 2
    paths = list(args.paths)
    if args.sample:
        paths.insert(0, str(resources.files("quotematch").joinpath(SAMPLE_FILE)))
    progress = Progress(sys.stderr, total=PROGRESS_MIN_DOCUMENTS, label="", quiet=args.quiet)
    progress.note(f"matching on Dask ({args.dask})…")
    try:
        with connect(args.dask):
            result, errors = run(read_bag(paths)).compute()
    except OSError as exc:  # the scheduler cannot be reached
        progress.close()
        print(f"quotematch: error: --dask {args.dask}: {exc}", file=sys.stderr)
        return 2
    progress.close()
    for error in errors:
        print(f"quotematch: error: {error}", file=sys.stderr)
        if args.strict:
            return 1
    out = io.StringIO()
    if args.format == "text":
        out.write(format_report(result) + "\n")
    else:
        write_match(result, out, format=args.format, errors=errors)
    if not _write(out.getvalue(), args.output):
        return 1
    return 1 if errors else 0


def _documents(args: argparse.Namespace, errors: list[InputError]) -> Iterator[Document]:
    for item in read_documents(args.paths, samples=args.sample):
        if isinstance(item, InputError):
            errors.append(item)
            print(f"quotematch: error: {item}", file=sys.stderr)
            if args.strict:
                raise _Stop
            continue
        yield item


def _extract_all(documents: Sequence[Document], *, quiet: bool) -> list[Quote]:
    progress = Progress(sys.stderr, total=len(documents), label="extracting", quiet=quiet)
    quotes: list[Quote] = []
    for done, document in enumerate(documents, 1):
        quotes.extend(extract_quotes(document))
        progress.update(done)
    progress.close()
    return quotes


def _write(text: str, output: str | None) -> bool:
    """Write ``text`` as UTF-8 to ``output`` (or standard output); report failure on stderr."""
    if output is None:
        sys.stdout.flush()
        buffer = getattr(sys.stdout, "buffer", None)
        if buffer is None:  # a replaced stdout (tests, notebooks) takes text
            sys.stdout.write(text)
        else:
            buffer.write(text.encode("utf-8"))
            buffer.flush()
        return True
    try:
        with open(output, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
    except OSError as exc:
        print(
            f"quotematch: error: {output}: cannot write the output ({exc.strerror or exc}); "
            "check that the directory exists and is writable",
            file=sys.stderr,
        )
        return False
    return True
