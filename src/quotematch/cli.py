"""The ``quotematch`` command line: a thin layer over the public API.

``quotematch extract PATH...`` lists the quotes in the inputs,
``quotematch cluster PATH...`` groups the versions of each statement and
reports how their wording differs (``--against SOURCE`` makes a source's
wording canonical), ``quotematch check ARTICLE --against SOURCE`` holds an
article's quotes against their source (:mod:`quotematch.check`), and
``quotematch config`` prints the effective settings (:mod:`quotematch.settings`).
Inputs are read by :mod:`quotematch.io`;
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
from typing import Any, TextIO

import attrs

from . import __version__
from .check import check_article
from .check_report import format_check_html, format_check_text
from .config import Config
from .errors import ConfigError, InputError
from .extract import extract_quotes
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
from .pin import pin_clusters
from .report import format_quotes, format_report
from .settings import (
    Settings,
    allowed_range,
    format_settings,
    load_settings,
    parse_value,
    settings_to_dict,
)
from .table import Columns

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
        if "sample" in args and not args.paths and not args.sample:
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
            help="a text, .jsonl, .csv or .html file, a directory of them, "
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
        _add_input_flags(command)
        _add_setting_flags(command)
        if name == "cluster":
            _add_against(
                command,
                "make the wording of SOURCE (a press release, a transcript) the canonical "
                "text of the clusters found in it (repeatable)",
            )
    _add_check_command(commands)
    _add_config_command(commands)
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
    try:
        config = _settings(args).config
    except ConfigError as exc:
        print(f"quotematch: error: {exc}", file=sys.stderr)
        return 2
    if args.command == "config":
        return _run_config(args)
    if args.command == "check":
        return _run_check(args, config)
    if getattr(args, "dask", None):
        return _run_dask(args, config)
    errors: list[InputError] = []
    try:
        documents = list(_documents(args, errors))
    except _Stop:
        return 1
    out = io.StringIO()
    if args.command == "extract":
        quotes = _extract_all(documents, quiet=args.quiet, config=config)
        if args.format == "text":
            out.write(format_quotes(quotes) + "\n")
        else:
            write_quotes(quotes, out, format=args.format, errors=errors, documents=documents)
    else:
        progress = Progress(sys.stderr, total=len(documents), label="matching", quiet=args.quiet)
        progress.note(f"matching {len(documents)} documents…")
        sources = _read_all(args.against or (), _read_options(args), errors)
        result = match(documents, config=config, against=sources)
        progress.close()
        return _write_match(result, args, errors)
    if not _write(out.getvalue(), args.output):
        return 1
    return 1 if errors else 0


def _write_match(
    result: MatchResult, args: argparse.Namespace, errors: Sequence[InputError]
) -> int:
    """Write ``cluster``'s result in the format asked for; the exit status of the run."""
    out = io.StringIO()
    if args.format == "text":
        out.write(format_report(result) + "\n")
    else:
        write_match(result, out, format=args.format, errors=errors)
    if not _write(out.getvalue(), args.output):
        return 1
    return 1 if errors else 0


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
    progress = Progress(sys.stderr, total=PROGRESS_MIN_DOCUMENTS, label="", quiet=args.quiet)
    progress.note(f"matching on Dask ({args.dask})…")
    try:
        with connect(args.dask):
            result, errors = run(read_bag(paths), config=config).compute()
    except OSError as exc:  # the scheduler cannot be reached
        progress.close()
        print(f"quotematch: error: --dask {args.dask}: {exc}", file=sys.stderr)
        return 2
    progress.close()
    for error in errors:
        print(f"quotematch: error: {error}", file=sys.stderr)
        if args.strict:
            return 1
    if args.against:
        errors = list(errors)
        sources = _read_all(args.against, _read_options(args), errors)
        pinned = pin_clusters(result.clusters, sources, config=config)
        result = attrs.evolve(result, clusters=tuple(pinned))
    return _write_match(result, args, errors)


def _documents(args: argparse.Namespace, errors: list[InputError]) -> Iterator[Document]:
    for item in read_documents(
        args.paths, samples=args.sample, options=_read_options(args), on_skip=_report_skip
    ):
        if isinstance(item, InputError):
            errors.append(item)
            print(f"quotematch: error: {item}", file=sys.stderr)
            if args.strict:
                raise _Stop
            continue
        yield item


def _extract_all(
    documents: Sequence[Document], *, quiet: bool, config: Config | None = None
) -> list[Quote]:
    progress = Progress(sys.stderr, total=len(documents), label="extracting", quiet=quiet)
    quotes: list[Quote] = []
    for done, document in enumerate(documents, 1):
        quotes.extend(extract_quotes(document, config=config))
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
    print(f"quotematch: skipped: {path}: {reason}", file=sys.stderr)


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
            print(f"quotematch: error: {item}", file=sys.stderr)
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
    out = io.StringIO()
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
    if not _write(out.getvalue(), args.output):
        return 2
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
    for name in attrs.fields_dict(Config):
        group.add_argument(
            f"--{name.replace('_', '-')}",
            dest=f"setting_{name}",
            metavar="VALUE",
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
    out = io.StringIO()
    if args.format == "json":
        write_json(settings_to_dict(settings), out)
    else:
        out.write(format_settings(settings) + "\n")
    return 0 if _write(out.getvalue(), None) else 1
