"""The quote index's SQLite file: its layout, connections, transactions and errors.

:mod:`quotematch.index` says what is stored and when; this module says how
the file is laid out (``SCHEMA``, its version and the migrations from older
versions) and turns SQLite's failures into quotematch's errors: a lock held
too long becomes :class:`~quotematch.IndexBusyError`, a file that is not an
index (or is damaged) becomes :class:`~quotematch.IndexFileError`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Callable

from .errors import IndexBusyError, IndexFileError

__all__ = [
    "APPLICATION_ID",
    "FORMAT",
    "MIGRATIONS",
    "PRAGMAS",
    "SCHEMA",
    "UNSTAMPED",
    "Transaction",
    "connect",
    "content_key",
    "file_error",
    "get_meta",
    "migrate",
    "set_meta",
]

APPLICATION_ID = 0x51544D58  # "QTMX" in SQLite's header: this file is a quotematch index
FORMAT = "quotematch-index"

SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    source TEXT,
    url TEXT,
    published TEXT,
    batch INTEGER NOT NULL,
    title TEXT,
    format TEXT
);
CREATE TABLE texts (
    id INTEGER PRIMARY KEY,
    words TEXT NOT NULL,
    gaps TEXT NOT NULL,
    UNIQUE (words, gaps)
);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents (id),
    text_id INTEGER REFERENCES texts (id),
    source TEXT,
    speaker TEXT,
    published TEXT,
    record TEXT NOT NULL
);
CREATE INDEX quotes_doc ON quotes (doc_id);
CREATE INDEX quotes_text ON quotes (text_id);
CREATE TABLE key_stats (key INTEGER PRIMARY KEY, texts INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE clusters (
    id TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    canonical TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE TABLE memberships (
    text_id INTEGER PRIMARY KEY REFERENCES texts (id),
    cluster_id TEXT NOT NULL,
    offset INTEGER NOT NULL
);
CREATE INDEX memberships_cluster ON memberships (cluster_id);
"""

_PAIRS = """
CREATE TABLE postings (
    key INTEGER NOT NULL,
    text_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    after BLOB NOT NULL,
    before BLOB NOT NULL,
    PRIMARY KEY (key, after, text_id, position)
) WITHOUT ROWID;
CREATE INDEX postings_before ON postings (key, before);
CREATE TABLE slots (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    diagonal INTEGER NOT NULL,
    votes INTEGER NOT NULL,
    rare INTEGER NOT NULL,
    PRIMARY KEY (a, b, diagonal)
) WITHOUT ROWID;
CREATE TABLE pairs (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    diagonal INTEGER NOT NULL,
    support INTEGER NOT NULL,
    rare INTEGER NOT NULL,
    kind TEXT,
    swapped INTEGER,
    offset INTEGER,
    score REAL,
    words INTEGER,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX pairs_b ON pairs (b);
"""
"""The candidate evidence (see quotematch._index_pairs): keys with the words around them,
votes per pair and diagonal, candidates and links."""

SCHEMA += _PAIRS

UNSTAMPED = "none"
"""The ``stamp`` of a file written before files were stamped (see quotematch._index_stamp)."""



def content_key(text: str, source: str | None = None, url: str | None = None) -> str:
    """What makes two documents the same article (the ``documents.content`` column).

    The same text from the same outlet at the same address is one article sent
    again under another id. The same text from another outlet, or at another
    address (a wire story reprinted word for word), is another document: it is
    stored and its quotes are members of their clusters, as ``match`` counts them.
    A text without outlet or address is keyed by the text alone.

    >>> content_key("Text.", "Gazette") == content_key("Text.", "Courier")
    False
    >>> content_key("Text.") == content_key("Text.", None, None)
    True
    """
    if source is None and url is None:
        data = text
    else:
        data = json.dumps([text, source, url], ensure_ascii=False)
    return hashlib.blake2b(data.encode("utf-8"), digest_size=16).hexdigest()


def _to_format_6(cur: sqlite3.Cursor) -> None:
    """Format 6 keys a document by its text, outlet and address (:func:`content_key`);
    format 5 keyed it by its text alone, which took a reprint from another outlet for
    a document already indexed. Format 6 also keeps a document's title and input
    format, which the JSON outputs report (unknown, so empty, for older documents)."""
    cur.execute("ALTER TABLE documents ADD COLUMN title TEXT")
    cur.execute("ALTER TABLE documents ADD COLUMN format TEXT")
    rows = cur.execute("SELECT id, text, source, url FROM documents"
                       " WHERE source IS NOT NULL OR url IS NOT NULL").fetchall()
    cur.executemany("UPDATE documents SET content = ? WHERE id = ?",
                    [(content_key(text, source, url), doc_id)
                     for doc_id, text, source, url in rows])


MIGRATIONS: dict[int, str | Callable[[sqlite3.Cursor], None]] = {
    # Formats 1 to 3 (postings without context, then ordered by key alone; texts without a
    # split quote's joins as gaps) are refused when opened and rebuilt (quotematch.index).
    # Format 5 stamps the file with what its stored evidence depends on; nobody knows what
    # a format 4 file was built under, so it is marked unstamped (stale until rebuilt).
    4: f"INSERT OR REPLACE INTO meta VALUES ('stamp', '{UNSTAMPED}')",
    5: _to_format_6,
}
"""SQL (or a function of the cursor) that lifts a file from version ``n`` to ``n + 1``;
applied in order when opened."""


PRAGMAS = (
    # In WAL mode a commit is durable against a killed process once it is in the WAL file;
    # NORMAL skips the fsync of each commit (the WAL is synced at checkpoints), so a power
    # cut or an OS crash may lose the last commits, never the file's consistency.
    "synchronous = NORMAL",
    "cache_size = -65536",  # 64 MiB of pages per connection (SQLite default: 2 MiB)
    "temp_store = MEMORY",  # the per-call scratch tables never touch the disk
    "journal_size_limit = 67108864",  # the WAL shrinks back to 64 MiB after a checkpoint
)
"""Connection settings of every index connection (writers and readers)."""


class Transaction:
    """``with``: one SQLite transaction; a write one takes the write lock first.

    A lock held past the timeout becomes :class:`IndexBusyError`; a damaged
    file becomes :class:`IndexFileError`.
    """

    def __init__(self, db: sqlite3.Connection, path: str, timeout: float, *, write: bool) -> None:
        self.db, self.path, self.timeout, self.write = db, path, timeout, write

    def __enter__(self) -> sqlite3.Cursor:
        cur = self.db.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE" if self.write else "BEGIN")
        except sqlite3.OperationalError as exc:
            raise _busy_or_file_error(self.path, self.timeout, exc) from None
        except sqlite3.DatabaseError as exc:
            raise file_error(self.path, exc) from None
        return cur

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: object) -> None:
        if exc_type is None:
            try:
                self.db.execute("COMMIT")
            except sqlite3.OperationalError as error:
                self.db.execute("ROLLBACK")
                raise _busy_or_file_error(self.path, self.timeout, error) from None
        elif self.db.in_transaction:
            self.db.execute("ROLLBACK")
        if isinstance(exc, sqlite3.DatabaseError):
            raise file_error(self.path, exc) from None


def connect(path: str, timeout: float) -> sqlite3.Connection:
    if os.path.isdir(path):
        raise IndexFileError("is a directory, not an index file", path=path)
    try:
        db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise IndexFileError(f"cannot be opened ({exc})", path=path) from None
    try:
        db.execute("PRAGMA journal_mode = WAL").fetchone()
        for pragma in PRAGMAS:
            db.execute(f"PRAGMA {pragma}")
    except sqlite3.OperationalError as exc:
        db.close()
        raise _busy_or_file_error(path, timeout, exc) from None
    except sqlite3.DatabaseError as exc:
        db.close()
        raise file_error(path, exc) from None
    return db


def _busy_or_file_error(path: str, timeout: float,
                        exc: sqlite3.OperationalError) -> IndexBusyError | IndexFileError:
    if "locked" in str(exc) or "busy" in str(exc):
        return IndexBusyError(
            f"another process is writing to this index and did not finish within "
            f"{timeout:g} s; try again, or give a longer timeout", path=path)
    return file_error(path, exc)


def file_error(path: str, exc: sqlite3.DatabaseError) -> IndexFileError:
    return IndexFileError(
        f"is not a usable quotematch index ({exc}); it may be damaged or another kind of "
        "file: restore it from a copy or rebuild it with `quotematch index add`", path=path)


def migrate(cur: sqlite3.Cursor, version: int) -> None:
    """Lift the file from ``version`` to ``version + 1`` (inside the open transaction)."""
    step = MIGRATIONS[version]
    if callable(step):
        step(cur)
    else:
        for statement in step.split(";"):
            if statement.strip():
                cur.execute(statement)
    set_meta(cur, "schema_version", str(version + 1))
    cur.execute(f"PRAGMA user_version = {version + 1}")


def get_meta(cur: sqlite3.Cursor, name: str, default: str) -> str:
    row = cur.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    return default if row is None else str(row[0])


def set_meta(cur: sqlite3.Cursor, name: str, value: str) -> None:
    cur.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))


