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
from typing import Any, TextIO

import attrs

from . import __version__
from .check import check_article
from .check_report import format_check_html, format_check_text
from .config import Config
from .csv_report import write_csv
from .errors import ConfigError, InputError, MissingExtraError
from .extract import extract_quotes
from .html_report import write_html
from .index_cli import add_index_parser, run_index
from .io import (
    SAMPLE_FILE,
    ReadOptions,
    error_to_dict,
    read_documents,
    write_json,
    write_match,
    write_quotes,
)
from .match import match
from .models import Document, MatchResult, Quote
from .output import OutputError, check_output, open_output
from .pin import pin_clusters
from .progress import PROGRESS_MIN_DOCUMENTS, Progress
from .report import format_quotes, format_report
from .safe import terminal_text
from .settings import (
    Settings,
    allowed_range,
    format_settings,
    load_settings,
    parse_value,
    settings_to_dict,
)
from .table import Columns

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
        if "sample" in args and not args.paths and not args.sample:
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
        _add_input_flags(command)
        _add_setting_flags(command)
        if name == "cluster":
            _report_options(command)
            _add_against(
                command,
                "make the wording of SOURCE (a press release, a transcript) the canonical "
                "text of the clusters found in it (repeatable)",
            )
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
        "--dask",
        metavar="ADDRESS",
        help="run on the Dask scheduler at ADDRESS, or on a new local cluster for 'local' "
        "(needs the dask extra; PATHs may be globs or fsspec URLs, and .parquet files)",
    )
    add_index_parser(commands)
    _add_check_command(commands)
    _add_config_command(commands)
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
    try:
        config = _settings(args).config
    except ConfigError as exc:
        print(f"quotematch: error: {exc}", file=sys.stderr)
        return 2
    if args.command == "config":
        return _run_config(args)
    if config.semantic and getattr(args, "dask", None):
        print("quotematch: error: --semantic runs locally only; leave out --dask", file=sys.stderr)
        return 2
    if config.semantic:
        from .semantic import load_model

        load_model()  # before reading anything: a missing extra fails fast
    check_output(args.output)  # an output that cannot be written fails before the work
    if args.command == "check":
        return _run_check(args, config)
    if getattr(args, "dask", None):
        return _run_dask(args, config)
    errors: list[InputError] = []
    try:
        documents = list(_documents(args, errors))
    except _Stop:
        return 1
    progress = Progress(sys.stderr, documents=len(documents), quiet=args.quiet)
    if args.command == "extract":
        with open_output(args.output) as out:
            quotes = _extracting(documents, progress, config)
            if args.format == "text":
                out.write(format_quotes(list(quotes)) + "\n")
            else:  # written as each document is read
                write_quotes(quotes, out, format=args.format, errors=errors, documents=documents)
        return 1 if errors else 0
    sources = _read_all(args.against or (), _read_options(args), errors)
    try:
        result = match(documents, progress=progress, config=config, against=sources)
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


def _run_dask(args: argparse.Namespace, config: Config | None = None) -> int:
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
            result, errors = run(read_bag(paths), config=config).compute()
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
    if args.against:
        errors = list(errors)
        sources = _read_all(args.against, _read_options(args), errors)
        pinned = pin_clusters(result.clusters, sources, config=config)
        result = attrs.evolve(result, clusters=tuple(pinned))
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
    options = _read_options(args) if "recursive" in args else None
    for item in read_documents(
        args.paths, samples=args.sample, options=options, on_skip=_report_skip
    ):
        if isinstance(item, InputError):
            errors.append(item)
            print(f"quotematch: error: {terminal_text(str(item))}", file=sys.stderr)
            if args.strict:
                raise _Stop
            continue
        yield item


def _extracting(
    documents: Sequence[Document], progress: Progress, config: Config | None = None
) -> Iterator[Quote]:
    try:
        for done, document in enumerate(documents, 1):
            yield from extract_quotes(document, config=config)
            progress("extracting", done, len(documents))
    finally:
        progress.close()


# --- input flags, and the check command ---------------------------------------------------------


def _add_input_flags(command: argparse.ArgumentParser) -> None:
    """The flags that say how to read inputs (shared by extract, cluster and check)."""
    group = command.add_argument_group("reading inputs")
    group.add_argument(
        "-r", "--recursive", action="store_true", help="read sub-directories of a directory too"
    )
    group.add_argument(
        "--encoding", metavar="NAME", help="encoding of files without a byte-order mark "
        "(default: utf-8), e.g. cp1252"
    )
    group.add_argument(
        "--columns",
        metavar="SPEC",
        type=_columns,
        default=Columns(),
        help="CSV column names, e.g. text=body,id=story_id (default: id,text,source,url,published)",
    )
    group.add_argument("--source", metavar="OUTLET", help="outlet of documents that name none")
    group.add_argument("--url", help="URL of documents that give none")
    group.add_argument(
        "--published",
        metavar="DATE",
        type=_published,
        help="publication date (ISO 8601 or RFC 2822) of documents that give none",
    )
    group.add_argument(
        "--id", dest="stdin_id", metavar="ID", default="-", help="id of a text read from - "
        "(default: -)"
    )


def _columns(spec: str) -> Columns:
    try:
        return Columns.parse(spec)
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.reason) from None


def _published(value: str) -> str:
    try:
        ReadOptions(published=value)
    except InputError as exc:
        raise argparse.ArgumentTypeError(exc.reason) from None
    return value


def _read_options(args: argparse.Namespace) -> ReadOptions:
    return ReadOptions(
        recursive=args.recursive,
        encoding=args.encoding,
        columns=args.columns,
        source=args.source,
        url=args.url,
        published=args.published,
        stdin_id=args.stdin_id,
    )


def _report_skip(path: str, reason: str) -> None:
    print(f"quotematch: skipped: {terminal_text(path)}: {reason}", file=sys.stderr)


def _add_check_command(commands: Any) -> None:
    summary = "check each quote in an article against the source it quotes"
    command = commands.add_parser("check", help=summary, description=summary)
    command.add_argument(
        "articles", nargs="+", metavar="ARTICLE", help="the article(s): any input PATH takes"
    )
    _add_against(
        command,
        "the source: a press release, transcript or post, in any input format (repeatable)",
        required=True,
    )
    command.add_argument(
        "--format", choices=("text", "json", "html"), default="text", help="default: text"
    )
    command.add_argument(
        "--speaker", metavar="NAME", help="check only quotes whose speaker contains NAME"
    )
    command.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )
    _add_input_flags(command)
    _add_setting_flags(command)


def _add_against(command: argparse.ArgumentParser, help: str, *, required: bool = False) -> None:
    command.add_argument(
        "--against", action="append", required=required, metavar="SOURCE", help=help
    )


def _read_all(
    paths: Sequence[str], options: ReadOptions, errors: list[InputError]
) -> list[Document]:
    """Every document in ``paths``; each problem printed as one line and added to ``errors``."""
    docs = []
    for item in read_documents(paths, options=options, on_skip=_report_skip):
        if isinstance(item, InputError):
            errors.append(item)
            print(f"quotematch: error: {terminal_text(str(item))}", file=sys.stderr)
        else:
            docs.append(item)
    return docs


def _run_check(args: argparse.Namespace, config: Config) -> int:
    """Exit status: 0 every quote verbatim, 1 a quote differs or is missing, 2 unreadable input."""
    options = _read_options(args)
    errors: list[InputError] = []

    sources = _read_all(args.against, options, errors)
    articles = _read_all(args.articles, options, errors)
    if not sources or not articles:
        what = "source" if not sources else "article"
        print(f"quotematch: error: no {what} could be read; nothing was checked", file=sys.stderr)
        return 2
    results = [
        check_article(doc, sources, speaker=args.speaker, config=config) for doc in articles
    ]
    with open_output(args.output) as out:
        if args.format == "json":
            write_json(
                {
                    "results": [r.to_dict() for r in results],
                    "all_verbatim": all(r.all_verbatim for r in results),
                    "errors": [error_to_dict(e) for e in errors],
                },
                out,
            )
        elif args.format == "html":
            out.write(format_check_html(results))
        else:
            out.write(format_check_text(results) + "\n")
    if errors:
        return 2
    return 0 if all(result.all_verbatim for result in results) else 1


# --- settings: flags, config files and the config command ----------------------------------------


def _add_setting_flags(command: argparse.ArgumentParser) -> None:
    """``--config FILE`` and one flag per :class:`Config` field (``--link-score 90``)."""
    group = command.add_argument_group(
        "settings (override quotematch.toml or [tool.quotematch] in pyproject.toml)"
    )
    group.add_argument(
        "--config", metavar="FILE", help="read settings from FILE instead of searching for one"
    )
    group.add_argument(
        "--no-config", action="store_true", help="ignore config files; defaults and flags only"
    )
    for name, field in attrs.fields_dict(Config).items():
        switch = isinstance(field.default, bool)  # a bare ``--semantic`` turns it on
        group.add_argument(
            f"--{name.replace('_', '-')}",
            dest=f"setting_{name}",
            metavar="true|false" if switch else "VALUE",
            nargs="?" if switch else None,
            const="true" if switch else None,
            help=allowed_range(name),
        )


def _add_config_command(commands: Any) -> None:
    summary = "print the effective settings and where each came from"
    command = commands.add_parser("config", help=summary, description=summary)
    command.add_argument(
        "--format", choices=("text", "json"), default="text", help="default: text (TOML)"
    )
    _add_setting_flags(command)


def _settings(args: argparse.Namespace) -> Settings:
    """The run's settings: defaults, then the config file, then flags. Raises ConfigError."""
    flags = {
        name: parse_value(name, text)
        for name in attrs.fields_dict(Config)
        if (text := getattr(args, f"setting_{name}", None)) is not None
    }
    return load_settings(
        file=getattr(args, "config", None),
        flags=flags,
        search=not getattr(args, "no_config", False),
    )


def _run_config(args: argparse.Namespace) -> int:
    settings = _settings(args)
    with open_output(None) as out:
        if args.format == "json":
            write_json(settings_to_dict(settings), out)
        else:
            out.write(format_settings(settings) + "\n")
    return 0
