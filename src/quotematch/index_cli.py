"""``quotematch index ...``: the command line over :class:`~quotematch.QuoteIndex`.

``add DB PATH...`` stores documents (a transaction per batch of
``--batch`` documents), ``lookup DB TEXT`` finds the stored versions of a
statement, ``report DB`` writes every cluster as ``cluster`` does, ``stats DB``
counts what the index holds, ``remove DB DOC_ID`` takes a document out and
``rebuild DB`` computes everything again from the stored documents (after an
upgrade changed how quotes are compared; a stale index says so on every
command). Problems with the index file are reported as
``quotematch: error: DB: reason`` with exit status 1.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Iterator
from typing import Any

from .csv_report import write_csv
from .errors import InputError, QuotematchError
from .html_report import write_html
from .index import LookupMatch, QuoteIndex
from .io import read_documents, write_json, write_match
from .models import Document
from .progress import Progress
from .report import format_clusters, format_report

__all__ = ["add_index_parser", "run_index"]

DEFAULT_BATCH = 100
"""Documents per transaction for ``index add``."""


def add_index_parser(commands: Any) -> None:
    """Register ``index`` and its sub-commands on the main parser's sub-command set."""
    summary = "keep a persistent quote index in one SQLite file, for feeds"
    index = commands.add_parser("index", help=summary, description=summary)
    actions = index.add_subparsers(dest="action", required=True, metavar="ACTION")

    add = actions.add_parser("add", help="extract, store and cluster documents")
    add.add_argument("db", metavar="DB", help="the index file (created if missing)")
    add.add_argument("paths", nargs="+", metavar="PATH",
                     help="text or .jsonl files, directories, or - for standard input")
    add.add_argument("--batch", type=int, default=DEFAULT_BATCH,
                     help=f"documents per transaction (default: {DEFAULT_BATCH})")
    add.add_argument("--timeout", type=float, default=30.0,
                     help="seconds to wait for another writer (default: 30)")

    lookup = actions.add_parser("lookup", help="find the stored versions of a statement")
    lookup.add_argument("db", metavar="DB")
    lookup.add_argument("text", metavar="TEXT", help="the statement's wording")
    lookup.add_argument("--format", choices=("text", "json"), default="text")

    report = actions.add_parser("report", help="write every stored cluster")
    report.add_argument("db", metavar="DB")
    report.add_argument("--format", choices=("text", "json", "jsonl", "html", "csv"),
                        default="text")
    report.add_argument("-o", "--output", metavar="FILE",
                        help="write here instead of standard output")

    stats = actions.add_parser("stats", help="count what the index holds")
    stats.add_argument("db", metavar="DB")
    stats.add_argument("--format", choices=("text", "json"), default="text")

    remove = actions.add_parser("remove", help="take a document out of the index")
    remove.add_argument("db", metavar="DB")
    remove.add_argument("doc_id", metavar="DOC_ID")

    rebuild_help = ("compute every quote, key and cluster again from the stored documents "
                    "(needed after an upgrade that changed how quotes are compared)")
    rebuild = actions.add_parser(
        "rebuild", help=rebuild_help,
        description=rebuild_help + ". One transaction: readers keep the old contents until it "
        "commits, and an interrupted rebuild leaves the file as it was.")
    rebuild.add_argument("db", metavar="DB")
    rebuild.add_argument("--timeout", type=float, default=30.0,
                         help="seconds to wait for another writer (default: 30)")
    rebuild.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def run_index(args: argparse.Namespace, write: Any) -> int:
    """Run one ``index`` action; ``write(text, output)`` writes the result (see cli)."""
    out = io.StringIO()
    if args.action != "add" and not os.path.exists(args.db):
        print(f"quotematch: error: {args.db}: no index here; create one with "
              "`quotematch index add DB PATH...`", file=sys.stderr)
        return 1
    try:
        status = _ACTIONS[args.action](args, out)
    except QuotematchError as exc:
        print(f"quotematch: error: {exc}", file=sys.stderr)
        return 1
    if not write(out.getvalue(), getattr(args, "output", None)):
        return 1
    return status


def _add(args: argparse.Namespace, out: io.StringIO) -> int:
    errors = 0
    added = skipped = quotes = 0
    changed: set[str] = set()

    def documents() -> Iterator[Document]:
        nonlocal errors
        for item in read_documents(args.paths):
            if isinstance(item, InputError):
                errors += 1
                print(f"quotematch: error: {item}", file=sys.stderr)
            else:
                yield item

    with QuoteIndex(args.db, timeout=args.timeout) as index:
        batch: list[Document] = []
        for document in [*documents(), None]:
            if document is not None:
                batch.append(document)
            if batch and (document is None or len(batch) >= max(1, args.batch)):
                update = index.add(batch)
                batch = []
                added += len(update.added)
                skipped += len(update.skipped)
                quotes += update.quotes
                changed.update(update.clusters)
                for doc_id, reason in update.skipped:
                    out.write(f"skipped {doc_id}: {reason}\n")
        out.write(f"added {added} documents ({quotes} quotes), skipped {skipped}; "
                  f"{len(changed)} clusters written\n")
    return 1 if errors else 0


def _warn_if_stale(index: QuoteIndex) -> None:
    """Say on standard error that the answers may differ from `match`, and how to fix it."""
    reason = index.stale
    if reason is not None:
        print(f"quotematch: warning: {index.path}: {reason}", file=sys.stderr)


def _lookup(args: argparse.Namespace, out: io.StringIO) -> int:
    with QuoteIndex(args.db) as index:
        _warn_if_stale(index)
        found = index.lookup(args.text)
    if args.format == "json":
        write_json({"matches": [_match_dict(m) for m in found]}, out)
        return 0
    if not found:
        out.write("No stored version of this statement.\n")
    for match in found:
        out.write(f"{match.kind} · {match.score:.0f} · ")
        out.write(format_clusters([match.cluster], min_versions=1) + "\n")
        changes = [v for v in match.variants if not v.minor]
        out.write("  your text: " + ("same wording" if not changes else "; ".join(
            f"“{v.canonical_text}” → “{v.variant_text}” [{v.category}]" for v in changes)))
        out.write("\n\n")
    return 0


def _match_dict(match: LookupMatch) -> dict[str, Any]:
    return {
        "cluster": {**match.cluster.to_dict(),
                    "quotes": [q.to_dict() for q in match.cluster.members]},
        "kind": match.kind,
        "score": round(match.score, 2),
        "variants": [v.to_dict() for v in match.variants],
    }


def _report(args: argparse.Namespace, out: io.StringIO) -> int:
    with QuoteIndex(args.db) as index:
        _warn_if_stale(index)
        result = index.result()
    if args.format == "text":
        out.write(format_report(result) + "\n")
    elif args.format == "html":
        write_html(result, out)
    elif args.format == "csv":
        write_csv(result, out)
    else:
        write_match(result, out, format=args.format)
    return 0


def _stats(args: argparse.Namespace, out: io.StringIO) -> int:
    with QuoteIndex(args.db) as index:
        stats = index.stats().to_dict()
    if args.format == "json":
        out.write(json.dumps(stats, indent=2) + "\n")
    else:
        stale = stats.pop("stale")
        out.writelines(f"{name.replace('_', ' ')}: {value}\n" for name, value in stats.items())
        out.write("stale: no\n" if stale is None else f"stale: yes, {stale}\n")
    return 0


def _remove(args: argparse.Namespace, out: io.StringIO) -> int:
    with QuoteIndex(args.db) as index:
        update = index.remove(args.doc_id)
    if not update.changed:
        out.write(f"{args.doc_id} is not in the index; nothing changed\n")
        return 1
    out.write(f"removed {args.doc_id} ({update.quotes} quotes); "
              f"{len(update.clusters)} clusters written, {len(update.dropped)} dropped\n")
    return 0


def _rebuild(args: argparse.Namespace, out: io.StringIO) -> int:
    with QuoteIndex(args.db, timeout=args.timeout) as index:
        progress = Progress(sys.stderr, documents=index.stats().documents, quiet=args.quiet)
        try:
            update = index.rebuild(progress=progress)
        finally:
            progress.close()
    out.write(f"rebuilt {args.db}: {len(update.added)} documents, {update.quotes} quotes, "
              f"{len(update.clusters)} clusters\n")
    return 0


_ACTIONS = {"add": _add, "lookup": _lookup, "report": _report, "stats": _stats,
            "remove": _remove, "rebuild": _rebuild}
