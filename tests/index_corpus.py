"""Invented multi-outlet news for the quote index tests.

A handful of statements by invented people, each printed by several invented
outlets: in full, as a fragment, with a typo, in two parts, or as a different
statement that opens with the same stock words. ``documents()`` returns
article-shaped texts built from them, each with an id, outlet and date.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

from quotematch import Document, normalize
from quotematch.index import _DERIVED

STATEMENTS = {
    "harbour": "We will rebuild the harbour wall before the winter storms arrive, and we will "
    "pay for it without raising local taxes.",
    "library": "The library stays open on Sundays because families asked for it, not because "
    "the budget allows it.",
    "strike": "Nobody wants a strike, but the drivers have waited three years for an honest "
    "offer from the company.",
    "stock": "I want to be clear about one thing: the ferry timetable will not change this "
    "summer.",
    "stock2": "I want to be clear about one thing: the hospital car park will stay free for "
    "night staff.",
}

_PRINTS = [
    # (outlet, statement, how it is printed, speaker phrase)
    ("Coastline Courier", "harbour", "full", "Mayor Ines Ward said"),
    ("Northfield Gazette", "harbour", "typo", "said Ines Ward, the mayor"),
    ("Valley Post", "harbour", "fragment", "the mayor said"),
    ("Daily Lantern", "harbour", "split", "Ward said"),
    ("Coastline Courier", "library", "full", "said councillor Tomas Brandt"),
    ("Valley Post", "library", "lower", "Tomas Brandt said"),
    ("Harbour Herald", "library", "fragment", "Brandt told reporters"),
    ("Northfield Gazette", "strike", "full", "said union organiser Leah Okafor"),
    ("Daily Lantern", "strike", "dropword", "Leah Okafor said"),
    ("Harbour Herald", "strike", "full", "Okafor said"),
    ("Valley Post", "stock", "full", "said transport chief Ravi Menon"),
    ("Coastline Courier", "stock2", "full", "said health director Ana Ruiz"),
    ("Harbour Herald", "stock", "typo", "Menon said"),
]


def _printed(text: str, how: str) -> str:
    words = text.split()
    if how == "typo":
        return text.replace("before", "befor", 1).replace("clear", "claer", 1)
    if how == "fragment":
        return " ".join(words[2:9])
    if how == "lower":
        return text.lower()
    if how == "dropword":
        return text.replace(" honest", "", 1)
    return text


def documents() -> list[Document]:
    """One article per print, dated a day apart, with an unrelated quote in some."""
    docs = []
    start = dt.datetime(2031, 3, 2, 8, 0, tzinfo=dt.timezone.utc)
    for n, (outlet, key, how, speaker) in enumerate(_PRINTS):
        text = _printed(STATEMENTS[key], how)
        if how == "split":
            words = text.split()
            cut = len(words) // 2
            body = (f"“{' '.join(words[:cut])},” {speaker}. “{' '.join(words[cut:])}”")
        elif how == "fragment":
            body = f"The plan, {speaker}, was to “{text}”."
        else:
            body = f"“{text}” {speaker} on Tuesday."
        extra = (
            f"\n\nResidents at the meeting in hall {n} were unconvinced. “We have heard "
            f"promises number {n} before,” said a resident."
            if n % 3 == 0
            else ""
        )
        docs.append(
            Document(
                f"d{n:02d}",
                f"{outlet} staff report\n\n{body}{extra}\n",
                source=outlet,
                published=start + dt.timedelta(days=n),
            )
        )
    return docs


def feed_batch(number: int) -> list[Document]:
    """Batch ``number`` of an endless invented feed: three short articles.

    Each quotes one of the shared statements (whole, or its first words) and
    one statement of its own, so every batch adds texts and changes clusters.
    """
    keys = sorted(STATEMENTS)
    docs = []
    for j in range(3):
        statement = STATEMENTS[keys[(number + j) % len(keys)]]
        if (number + j) % 2:
            statement = " ".join(statement.split()[:8])
        own = f"Item {number} of the feed, part {j}, was filed from the {keys[j]} desk"
        docs.append(Document(
            f"b{number:03d}-{j}",
            f"Feed {number}.{j}\n\n“{statement}” said a spokesperson.\n\n“{own},” the editor "
            "said.\n",
            source=f"Outlet {j}",
        ))
    return docs


@contextlib.contextmanager
def older_comparison_form() -> Iterator[None]:
    """Fold quotes as an older release might have: British spellings left as printed.

    An index written inside is stamped with that release's comparison form,
    computed as usual (no version is bumped), so it is stale once outside.
    """
    def clear() -> None:
        normalize.fold_word.cache_clear()
        normalize.comparison_fingerprint.cache_clear()

    clear()
    try:
        with mock.patch.object(normalize, "to_american", lambda word: word):
            yield
    finally:
        clear()


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of an index file's tables but ``meta``, without each document's add number."""
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = {table: sorted(db.execute(f"SELECT * FROM {table}").fetchall())
                for table in _DERIVED if table != "documents"}
        rows["documents"] = db.execute(
            "SELECT id, content, text, source, url, published FROM documents ORDER BY rowid"
        ).fetchall()
    return rows
