"""The ``quotematch`` command line: a thin layer over the public API.

``quotematch extract PATH...`` lists the quotes in the inputs, and
``quotematch cluster PATH...`` groups the versions of each statement and
reports how their wording differs (as JSON, JSON Lines, a text report, a
self-contained HTML report or CSV); ``quotematch demo`` runs the bundled sample
articles through both reports. Inputs are read by :mod:`quotematch.io`;
each input problem is reported on standard error as
``quotematch: error: FILE:LINE: reason`` and everything else is still
processed. Exit status: 0 when all went well, 1 when any input problem was
reported (or the output could not be written), 2 for a usage error.

Output goes through :mod:`quotematch.output`: ``-o FILE`` is checked before
the work starts and replaced only when everything was written; a failed write
to standard output ends with one line on standard error. Every input string
shown on the terminal passes through :func:`quotematch.safe.terminal_text`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import TextIO

from . import __version__
from .config import Config
from .csv_report import write_csv
from .errors import InputError, MissingExtraError
from .extract import extract_quotes
from .html_report import write_html
from .index_cli import add_index_parser, run_index
from .io import SAMPLE_FILE, read_documents, write_match, write_quotes
from .match import match
from .models import Document, MatchResult, Quote
from .output import OutputError, check_output, open_output
from .progress import PROGRESS_MIN_DOCUMENTS, Progress
from .report import format_quotes, format_report
from .safe import terminal_text

__all__ = ["PROGRESS_MIN_DOCUMENTS", "Progress", "main"]

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
        if args.command != "demo" and not args.paths and not args.sample:
            parser.error("give at least one PATH, - for standard input, or --sample")
        if getattr(args, "min_versions", 1) < 1:
            parser.error("--min-versions must be 1 or more")
    except SystemExit as exc:  # argparse: --help, --version and usage errors
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return _demo(args) if args.command == "demo" else _run(args)
    except OutputError as exc:
        print(f"quotematch: error: {exc}", file=sys.stderr)
        return 1
    except MissingExtraError as exc:
        print(f"quotematch: error: {exc}", file=sys.stderr)
        return 2
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
        (
            "cluster",
            ("json", "jsonl", "text", "html", "csv"),
            "group versions of each statement across outlets",
        ),
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
            "-q", "--quiet", action="store_true", help="no progress bars on a terminal"
        )
        if name == "cluster":
            _report_options(command)
    demo = commands.add_parser(
        "demo",
        help="run the bundled sample articles through everything and write an HTML report",
        description="Run the bundled sample articles through the whole product: print the "
        "wording report and write the HTML report to a file (named at the end).",
    )
    demo.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        default=None,
        help=f"where to write the HTML report (default: ./{DEMO_FILE})",
    )
    demo.add_argument("-q", "--quiet", action="store_true", help="no progress bars on a terminal")
    _report_options(demo)
    commands.choices["cluster"].add_argument(
        "--semantic",
        action="store_true",
        help="also join reworded versions by meaning (needs the semantic extra)",
    )
    commands.choices["cluster"].add_argument(
        "--dask",
        metavar="ADDRESS",
        help="run on the Dask scheduler at ADDRESS, or on a new local cluster for 'local' "
        "(needs the dask extra; PATHs may be globs or fsspec URLs, and .parquet files)",
    )
    add_index_parser(commands)
    return parser


DEMO_FILE = "quotematch-demo.html"
"""The demo's HTML report, written to the current directory unless ``-o`` says otherwise."""


def _report_options(command: argparse.ArgumentParser) -> None:
    """Options of the reports people read (text, HTML and CSV)."""
    command.add_argument(
        "--min-versions",
        type=int,
        default=2,
        metavar="N",
        help="report statements printed at least N times (text, html, csv; default: 2)",
    )
    command.add_argument(
        "--hide-minor",
        action="store_true",
        help="leave out case, typography and punctuation differences (text, html, csv)",
    )
    command.add_argument(
        "--sort",
        choices=("outlets", "deviation"),
        default="outlets",
        help="statements printed by most outlets first, or with most changes first "
        "(default: outlets)",
    )


class _Stop(Exception):
    """Raised to end a ``--strict`` run at its first input error."""


def _run(args: argparse.Namespace) -> int:
    if getattr(args, "semantic", False) and getattr(args, "dask", None):
        print("quotematch: error: --semantic runs locally only; leave out --dask", file=sys.stderr)
        return 2
    if getattr(args, "semantic", False):
        from .semantic import load_model

        load_model()  # before reading anything: a missing extra fails fast
    check_output(args.output)  # an output that cannot be written fails before the work
    if getattr(args, "dask", None):
        return _run_dask(args)
    errors: list[InputError] = []
    try:
        documents = list(_documents(args, errors))
    except _Stop:
        return 1
    progress = Progress(sys.stderr, documents=len(documents), quiet=args.quiet)
    if args.command == "extract":
        with open_output(args.output) as out:
            quotes = _extracting(documents, progress)
            if args.format == "text":
                out.write(format_quotes(list(quotes)) + "\n")
            else:  # written as each document is read
                write_quotes(quotes, out, format=args.format, errors=errors)
        return 1 if errors else 0
    try:
        result = match(documents, config=Config(semantic=args.semantic), progress=progress)
    finally:
        progress.close()
    with open_output(args.output) as out:
        _write_result(result, out, args, errors, color=args.output is None and _colour(sys.stdout))
    return 1 if errors else 0


def _write_result(
    result: MatchResult,
    out: TextIO,
    args: argparse.Namespace,
    errors: Sequence[InputError],
    *,
    color: bool,
) -> None:
    options = {"min_versions": args.min_versions, "hide_minor": args.hide_minor, "order": args.sort}
    if args.format == "text":
        out.write(format_report(result, color=color, **options) + "\n")
    elif args.format == "html":
        write_html(result, out, errors=errors, **options)
    elif args.format == "csv":
        write_csv(result, out, **options)
    else:
        write_match(result, out, format=args.format, errors=errors)


def _demo(args: argparse.Namespace) -> int:
    target = args.output or _demo_target()
    check_output(target)
    args.paths, args.sample, args.strict, args.format = [], True, False, "text"
    errors: list[InputError] = []
    documents = list(_documents(args, errors))
    progress = Progress(sys.stderr, documents=len(documents), quiet=args.quiet)
    try:
        result = match(documents, progress=progress)
    finally:
        progress.close()
    with open_output(None) as out:
        _write_result(result, out, args, errors, color=_colour(sys.stdout))
    args.format = "html"
    with open_output(target) as out:
        _write_result(result, out, args, errors, color=False)
    shown = terminal_text(os.path.abspath(target))
    with open_output(None) as out:
        out.write(f"\nThe HTML report is in {shown}: open it in a web browser.\n")
    return 1 if errors else 0


def _demo_target() -> str:
    """``./quotematch-demo.html``, or the same name in the temporary directory if . is read-only."""
    if os.access(os.getcwd(), os.W_OK | os.X_OK):
        return DEMO_FILE
    return os.path.join(tempfile.gettempdir(), DEMO_FILE)


def _colour(stream: TextIO) -> bool:
    """Colours only on a terminal, and never when ``NO_COLOR`` is set (no-color.org)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR")


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
    progress = Progress(sys.stderr, documents=PROGRESS_MIN_DOCUMENTS, quiet=args.quiet)
    progress(f"matching on Dask ({terminal_text(args.dask)})", 0, None)
    try:
        with connect(args.dask):
            result, errors = run(read_bag(paths)).compute()
    except OSError as exc:  # the scheduler cannot be reached
        progress.close()
        print(
            f"quotematch: error: --dask {terminal_text(args.dask)}: {terminal_text(str(exc))}",
            file=sys.stderr,
        )
        return 2
    progress.close()
    for error in errors:
        print(f"quotematch: error: {terminal_text(str(error))}", file=sys.stderr)
        if args.strict:
            return 1
    with open_output(args.output) as out:
        _write_result(result, out, args, errors, color=args.output is None and _colour(sys.stdout))
    return 1 if errors else 0


def _write(text: str, output: str | None) -> bool:
    """Write ``text`` to ``output`` (or stdout) through :func:`open_output`; False if not."""
    try:
        with open_output(output) as out:
            out.write(text)
    except OutputError as exc:
        print(f"quotematch: error: {exc}", file=sys.stderr)
        return False
    return True


def _documents(args: argparse.Namespace, errors: list[InputError]) -> Iterator[Document]:
    for item in read_documents(args.paths, samples=args.sample):
        if isinstance(item, InputError):
            errors.append(item)
            print(f"quotematch: error: {terminal_text(str(item))}", file=sys.stderr)
            if args.strict:
                raise _Stop
            continue
        yield item


def _extracting(documents: Sequence[Document], progress: Progress) -> Iterator[Quote]:
    try:
        for done, document in enumerate(documents, 1):
            yield from extract_quotes(document)
            progress("extracting", done, len(documents))
    finally:
        progress.close()
