"""A persistent quote index in one SQLite file, for articles that arrive all day.

:class:`QuoteIndex` keeps every quote, the distinct texts they print, the
blocking keys of those texts (an indexed table, so finding a text's neighbours
never scans the archive), how many texts hold each key, and the clusters with
their canonical passages and variants.

How an ``add`` stays equal to a batch :func:`quotematch.match` over everything
indexed so far, at a cost that does not grow with the archive:

1. the new documents are extracted and their quotes stored;
2. each new text's blocking keys update the candidate evidence kept in the
   file (:mod:`quotematch._index_pairs`): the votes each key gives to pairs
   of its holders, as the batch candidate stage counts them, changed only
   where the new entries sit; the pairs whose votes changed are decided
   again by the batch rule, and verified again when their candidate moved;
3. the texts whose links changed, their stored clusters, and the clusters
   their links now join are joined again (:func:`quotematch.join.join_links`
   over the links among them), and the clusters whose texts, offsets or
   quotes changed are assembled again (:func:`quotematch.cluster.build_cluster`).
   Every other cluster keeps its texts and links, so the batch run gives it
   unchanged too.

Each ``add`` and ``remove`` is one SQLite transaction in WAL mode: a writer
killed at any moment leaves the file with exactly the transactions that
committed; readers in other processes keep reading while one process writes;
a second writer waits up to ``timeout`` seconds and then raises
:class:`~quotematch.IndexBusyError`.

The file is stamped with what its stored evidence was computed under
(:mod:`quotematch._index_stamp`): a file from a quotematch that folds, keys or
votes otherwise is *stale* — readable, but ``add`` and ``remove`` raise
:class:`~quotematch.IndexStaleError` until :meth:`QuoteIndex.rebuild`
computes everything again from the stored documents.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from ._index_file import (
    APPLICATION_ID,
    FORMAT,
    SCHEMA,
    UNSTAMPED,
    Transaction,
    connect,
    content_key,
    get_meta,
    migrate,
    set_meta,
)
from ._index_pairs import PairStore, decide_pair
from ._index_stamp import describe_staleness, evidence_stamp
from .block import LONE_VOTE, OVERLAP_RARE, RARE, key_columns
from .cluster import ProgressHook, build_cluster, words_with_gaps
from .config import Config, resolve_config
from .errors import ConfigError, IndexFileError, IndexStaleError
from .extract import extract_quotes
from .join import join_links
from .link import Link, verify
from .models import (
    Cluster,
    Coverage,
    Document,
    MatchResult,
    Quote,
    Variant,
    quote_from_mapping,
)
from .normalize import comparison_words, quote_gaps

__all__ = ["SCHEMA_VERSION", "IndexStats", "IndexUpdate", "LookupMatch", "QuoteIndex"]

SCHEMA_VERSION = 6
"""The layout written by this version; older files are migrated when opened."""
_GAPS_SINCE = 4
"""The first format whose texts hold a split quote's joins as gaps (``quote_gaps``): an older
file's texts lack them and cluster otherwise than ``match``, so it is refused, not migrated."""

_LOOKUP_CANDIDATES = 200  # stored texts verified against a looked-up text, most support first
_REBUILD_BATCH = 200  # documents a rebuild extracts and clusters at a time, inside its transaction
_DERIVED = ("memberships", "clusters", "pairs", "slots", "key_stats", "postings", "quotes",
            "texts", "documents")
"""Every table a rebuild empties and fills again from the stored documents (all but ``meta``)."""

@attrs.frozen(kw_only=True)
class IndexUpdate:
    """What one ``add`` or ``remove`` changed.

    Attributes:
        added: ids of the documents stored by this call.
        skipped: ``(document id, reason)`` for each document left unchanged
            because it is already indexed: the same id, or the same text from
            the same outlet at the same address under another id.
        removed: ids of the documents removed by this call.
        quotes: quotes stored (for ``add``) or removed (for ``remove``).
        clusters: ids of the clusters written by this call (new or changed).
        dropped: ids of the clusters that no longer exist after this call.
        affected: how many distinct texts the call joined again (see the
            module docstring): the measure of what the call cost.
    """

    added: tuple[str, ...] = ()
    skipped: tuple[tuple[str, str], ...] = ()
    removed: tuple[str, ...] = ()
    quotes: int = 0
    clusters: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    affected: int = 0

    @property
    def changed(self) -> bool:
        """False when the call left the index exactly as it was."""
        return bool(self.added or self.removed)


@attrs.frozen(kw_only=True)
class IndexStats:
    """Counts of what an index holds."""

    schema_version: int
    documents: int
    quotes: int
    texts: int
    clusters: int
    multi_clusters: int
    keys: int
    file_bytes: int
    stale: str | None = None
    """Why the stored evidence may differ from :func:`quotematch.match`, and how to rebuild
    it; None when the file is current."""

    def to_dict(self) -> dict[str, int | str | None]:
        return attrs.asdict(self)


@attrs.frozen(kw_only=True)
class LookupMatch:
    """A stored cluster that a looked-up text belongs to.

    Attributes:
        cluster: the cluster, with every stored version.
        kind: how the text lines up with its closest member (``same``,
            ``contains``, ``overlap``; see :mod:`quotematch.link`).
        score: similarity of the text to that member, 0–100.
        variants: how the text departs from ``cluster.canonical``; offsets
            point into the looked-up text.
    """

    cluster: Cluster
    kind: str
    score: float
    variants: tuple[Variant, ...]


class QuoteIndex:
    """A persistent, incremental quote index stored in one SQLite file.

    Args:
        path: the index file; created (with its directory left as it is) when
            it does not exist.
        config: clustering settings; stored in a new file, and must match
            the stored ones when given for an existing file.
        timeout: seconds a writer waits for another process's write to finish
            before raising :class:`~quotematch.IndexBusyError`.

    Raises:
        IndexFileError: the file is not a quotematch index, is damaged, or
            was written by a newer quotematch.
        ConfigError: ``config`` differs from the one the index was built with.

    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "quotes.db")
    >>> with QuoteIndex(path) as index:
    ...     update = index.add([
    ...         Document("a", "“We will rebuild the coastal path,” the mayor said."),
    ...         Document("b", "The mayor said: “We will rebuild the costal path.”"),
    ...     ])
    ...     [c.canonical for c in index.clusters()]
    ['We will rebuild the coastal path.']
    >>> with QuoteIndex(path) as index:
    ...     index.add([Document("a", "anything")]).skipped
    (('a', 'already indexed under this id'),)
    """

    def __init__(self, path: str | os.PathLike[str], *, config: Config | None = None,
                 timeout: float = 5.0) -> None:
        self.path = os.fspath(path)
        self.timeout = timeout
        self._db = connect(self.path, timeout)
        try:
            self.config = self._open(config)
        except BaseException:
            self._db.close()
            raise

    # --- context and lifetime ------------------------------------------------------------------

    def __enter__(self) -> QuoteIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the file; committed work is already on disk."""
        self._db.close()

    # --- writing -------------------------------------------------------------------------------

    def add(self, documents: Iterable[Document | str]) -> IndexUpdate:
        """Extract, store and cluster ``documents`` in one transaction.

        A document whose id is already indexed, or whose text, outlet and
        address are those of an indexed document, is skipped and listed in
        ``IndexUpdate.skipped`` with the reason; the same text from another
        outlet (a reprint) is stored, as ``match`` counts it. A plain string
        becomes a document whose id is its content hash.

        Raises:
            IndexBusyError: another process kept the index locked past ``timeout``.
            IndexStaleError: the file was built by another comparison form (see
                :meth:`rebuild`); nothing is changed.
        """
        docs = [d if isinstance(d, Document) else Document(content_key(d)[:16], d)
                for d in documents]
        with self._reading() as cur:
            self._refuse_if_stale(cur)  # before the work of extracting
        extracted = [(d, _content(d), extract_quotes(d, config=self.config))
                     for d in docs]
        with self._writing() as cur:
            self._refuse_if_stale(cur)  # another process may have changed the file meanwhile
            batch = int(get_meta(cur, "batch", "0")) + 1
            update = self._ingest(cur, [(d, c, q, batch) for d, c, q in extracted])
            if update.added:
                set_meta(cur, "batch", str(batch))
        return update

    def rebuild(self, *, progress: ProgressHook | None = None) -> IndexUpdate:
        """Compute everything again from the stored documents, with this quotematch.

        Every quote is extracted again and every text, key, vote, link and
        cluster computed again, as a new index given the same documents in the
        order they were added would hold them; then the file is stamped as
        current (see :attr:`stale`). It all happens in one transaction:
        readers keep seeing the old contents until it commits, and a rebuild
        that is killed or fails leaves the file exactly as it was. Documents
        keep their ids and the number of the ``add`` that stored them.

        Args:
            progress: called as ``progress("rebuilding", done, total)`` with
                the documents done so far.

        Returns:
            ``added``: every document, ``quotes``: the quotes now stored,
            ``clusters``: the clusters now stored, ``dropped``: the cluster
            ids that no longer exist.

        Raises:
            IndexBusyError: another process kept the index locked past ``timeout``.
        """
        with self._writing() as cur:
            stored = cur.execute(f"SELECT {_DOCUMENT}, batch"
                                 " FROM documents ORDER BY rowid").fetchall()
            old_clusters = {cid for (cid,) in cur.execute("SELECT id FROM clusters")}
            for table in _DERIVED:
                cur.execute(f"DELETE FROM {table}")
            quotes = affected = 0
            if progress is not None:
                progress("rebuilding", 0, len(stored))
            for start in range(0, len(stored), _REBUILD_BATCH):
                chunk = [(_document(row[:-1]), row[-1])
                         for row in stored[start:start + _REBUILD_BATCH]]
                update = self._ingest(cur, [
                    (d, _content(d), extract_quotes(d, config=self.config), b)
                    for d, b in chunk])
                quotes += update.quotes
                affected += update.affected
                if progress is not None:
                    progress("rebuilding", start + len(chunk), len(stored))
            set_meta(cur, "stamp", evidence_stamp(_config_json(self.config)))
            clusters = tuple(cid for (cid,) in cur.execute("SELECT id FROM clusters ORDER BY id"))
        return IndexUpdate(added=tuple(str(row[0]) for row in stored), quotes=quotes,
                           clusters=clusters, dropped=tuple(sorted(old_clusters - set(clusters))),
                           affected=affected)

    def remove(self, doc_id: str) -> IndexUpdate:
        """Remove a document and its quotes; the clusters it touched are decided again.

        Removing an id that is not indexed changes nothing (``IndexUpdate.changed`` is False).

        Raises:
            IndexStaleError: the file was built by another comparison form (see
                :meth:`rebuild`); nothing is changed.
        """
        with self._writing() as cur:
            self._refuse_if_stale(cur)
            if cur.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                return IndexUpdate()
            rows = cur.execute(
                "SELECT id, text_id FROM quotes WHERE doc_id = ?", (doc_id,)
            ).fetchall()
            cur.execute("DELETE FROM quotes WHERE doc_id = ?", (doc_id,))
            cur.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
            touched = {t for _, t in rows if t is not None}
            dropped = {t for t in touched if not cur.execute(
                "SELECT 1 FROM quotes WHERE text_id = ? LIMIT 1", (t,)).fetchone()}
            changes = self._recluster(cur, touched - dropped, removed=dropped)
        return IndexUpdate(removed=(doc_id,), quotes=len(rows), clusters=changes.written,
                           dropped=changes.dropped, affected=changes.affected)

    # --- reading -------------------------------------------------------------------------------

    @property
    def stale(self) -> str | None:
        """Why this file's answers may differ from :func:`quotematch.match`, or None.

        A file is stale when the quotematch that computed its stored evidence
        (comparison forms, keys, votes, links, clusters) folded, keyed or
        voted otherwise than this one, or when it predates the stamp that
        says so (index format 4). It can still be read; :meth:`add` and
        :meth:`remove` refuse until :meth:`rebuild` (or ``quotematch index
        rebuild DB``) recomputes it.
        """
        with self._reading() as cur:
            return self._staleness(cur)

    def cluster(self, cluster_id: str) -> Cluster | None:
        """The cluster with this id, or None."""
        with self._reading() as cur:
            row = cur.execute(
                "SELECT id, record FROM clusters WHERE id = ?", (cluster_id,)
            ).fetchone()
            return None if row is None else _load_cluster(cur, row[0], row[1])

    def clusters(
        self,
        *,
        since: _dt.datetime | str | None = None,
        speaker: str | None = None,
        outlet: str | None = None,
        min_size: int = 1,
    ) -> list[Cluster]:
        """Stored clusters, largest first (ties by canonical text), optionally filtered.

        Args:
            since: only clusters with a member published at or after this time.
            speaker: only clusters with a member attributed to this speaker
                (exact name, case ignored).
            outlet: only clusters with a member from this source (case ignored).
            min_size: only clusters with at least this many members.
        """
        where = ["c.size >= ?"]
        params: list[object] = [min_size]
        for column, value in (("published", _iso(_as_time(since))), ("speaker", speaker),
                              ("source", outlet)):
            if value is None:
                continue
            test = "q.published >= ?" if column == "published" else f"lower(q.{column}) = lower(?)"
            where.append(
                "EXISTS (SELECT 1 FROM memberships m JOIN quotes q ON q.text_id = m.text_id"
                f" WHERE m.cluster_id = c.id AND {test})"
            )
            params.append(value)
        with self._reading() as cur:
            rows = cur.execute(
                f"SELECT id, record FROM clusters c WHERE {' AND '.join(where)}"
                " ORDER BY c.size DESC, c.canonical, c.id",
                params,
            ).fetchall()
            return [_load_cluster(cur, cid, record) for cid, record in rows]

    def lookup(self, text: str | Quote) -> list[LookupMatch]:
        """The stored clusters that ``text`` is a version of, closest first.

        The text is compared with the stored texts that share a blocking key
        with it, by the same verification the clusterer uses; for each cluster
        found, the result says how the text departs from its canonical passage.

        >>> import tempfile, os
        >>> path = os.path.join(tempfile.mkdtemp(), "quotes.db")
        >>> with QuoteIndex(path) as index:
        ...     _ = index.add([Document("a", "“We will rebuild the coastal path,” she said.")])
        ...     found = index.lookup("We will rebuild the costal path")
        >>> [(v.canonical_text, v.variant_text) for v in found[0].variants if not v.minor]
        [('coastal', 'costal')]
        """
        quote = text if isinstance(text, Quote) else Quote(id="lookup", doc_id="lookup",
                                                            text=text)
        words = comparison_words(quote.text)
        gaps = quote_gaps(quote.text, quote.spans)
        if not words:
            return []
        keys, positions = key_columns(words)
        with self._reading() as cur:
            best: dict[str, tuple[float, str, int]] = {}
            for text_id, diagonal in self._lookup_candidates(cur, keys, positions, len(words)):
                stored, stored_gaps, cluster_id, offset = cur.execute(
                    "SELECT t.words, t.gaps, m.cluster_id, m.offset FROM texts t"
                    " JOIN memberships m ON m.text_id = t.id WHERE t.id = ?",
                    (text_id,),
                ).fetchone()
                link = verify(_words(stored), words, diagonal, self.config,
                              gaps_a=_gaps(stored_gaps), gaps_b=gaps)
                if link is None:
                    continue
                # Where the looked-up text starts in the cluster's passage, in words.
                start = offset - link.offset if link.swapped else offset + link.offset
                if cluster_id not in best or link.score > best[cluster_id][0]:
                    best[cluster_id] = (link.score, link.kind, start)
            found = []
            for cluster_id, (score, kind, start) in best.items():
                (record,) = cur.execute(
                    "SELECT record FROM clusters WHERE id = ?", (cluster_id,)
                ).fetchone()
                cluster = _load_cluster(cur, cluster_id, record)
                found.append(
                    LookupMatch(cluster=cluster, kind=kind, score=score,
                                variants=self._differences(cur, cluster, quote, start))
                )
        found.sort(key=lambda m: (-m.score, -len(m.cluster.members), m.cluster.id))
        return found

    def stats(self) -> IndexStats:
        """How many documents, quotes, texts, clusters and keys the index holds."""
        with self._reading() as cur:
            def count(sql: str) -> int:
                return int(cur.execute(sql).fetchone()[0])

            return IndexStats(
                schema_version=int(get_meta(cur, "schema_version", "0")),
                documents=count("SELECT count(*) FROM documents"),
                quotes=count("SELECT count(*) FROM quotes"),
                texts=count("SELECT count(*) FROM texts"),
                clusters=count("SELECT count(*) FROM clusters"),
                multi_clusters=count("SELECT count(*) FROM clusters WHERE size > 1"),
                keys=count("SELECT count(*) FROM key_stats"),
                file_bytes=_file_bytes(self.path),
                stale=self._staleness(cur),
            )

    def result(self) -> MatchResult:
        """Everything indexed, as :func:`quotematch.match` would return it, for the writers.

        Documents (with their text) and quotes are in the order they were added.
        """
        with self._reading() as cur:
            documents = tuple(
                _document(row)
                for row in cur.execute(f"SELECT {_DOCUMENT} FROM documents ORDER BY rowid")
            )
            quotes = tuple(
                quote_from_mapping(json.loads(record))
                for (record,) in cur.execute("SELECT record FROM quotes ORDER BY rowid")
            )
        return MatchResult(documents=documents, quotes=quotes, clusters=tuple(self.clusters()))

    # --- implementation ------------------------------------------------------------------------

    def _open(self, config: Config | None) -> Config:
        """Check the file is an index this version reads; create or migrate it when needed.

        Opening an existing, current index only reads, so it never waits for a writer.
        """
        with self._reading() as cur:
            version = self._version(cur)
        if version is None or version < SCHEMA_VERSION:
            with self._writing() as cur:
                version = self._version(cur)  # another process may have got there first
                if version is None:
                    self._create(cur, resolve_config(config))
                for step in range(version or SCHEMA_VERSION, SCHEMA_VERSION):
                    migrate(cur, step)
        with self._reading() as cur:
            stored = _config_from_json(get_meta(cur, "config", "{}"))
        if config is not None and _config_json(config) != _config_json(stored):
            raise ConfigError(
                f"{self.path}: the index was built with other clustering settings "
                f"({_config_json(stored)}); open it without a config or use a new file"
            )
        return stored

    def _version(self, cur: sqlite3.Cursor) -> int | None:
        """The file's schema version; None for an empty file (a new index)."""
        app_id = cur.execute("PRAGMA application_id").fetchone()[0]
        tables = cur.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
        if app_id == 0 and tables[0] == 0:
            return None
        if app_id != APPLICATION_ID or get_meta(cur, "format", "") != FORMAT:
            raise IndexFileError(
                "is an SQLite database but not a quotematch index; "
                "give a new file name to create an index", path=self.path)
        version = int(get_meta(cur, "schema_version", "0"))
        if version > SCHEMA_VERSION:
            raise IndexFileError(
                f"was written by a newer quotematch (index format {version}; this "
                f"version reads up to {SCHEMA_VERSION}); upgrade quotematch", path=self.path)
        if version < _GAPS_SINCE:
            raise IndexFileError(
                f"was written by an older quotematch (index format {version}) that did not "
                "store where a split quote's parts meet, so it would cluster those quotes "
                "otherwise than `quotematch match`; rebuild it: move the file aside and run "
                "`quotematch index add` on a new file with the same articles", path=self.path)
        return version

    def check(self) -> list[str]:
        """SQLite's full ``integrity_check`` of the file: an empty list when it is sound.

        Reads every page, so it takes time proportional to the file's size.
        """
        with self._reading() as cur:
            problems = [str(row[0]) for row in cur.execute("PRAGMA integrity_check")]
        return [] if problems == ["ok"] else problems

    def _create(self, cur: sqlite3.Cursor, config: Config) -> None:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                cur.execute(statement)
        cur.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        cur.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        for name, value in (("format", FORMAT), ("schema_version", str(SCHEMA_VERSION)),
                            ("config", _config_json(config)), ("batch", "0"),
                            ("stamp", evidence_stamp(_config_json(config)))):
            set_meta(cur, name, value)

    def _staleness(self, cur: sqlite3.Cursor) -> str | None:
        reason = describe_staleness(get_meta(cur, "stamp", UNSTAMPED),
                                    evidence_stamp(_config_json(self.config)))
        if reason is None:
            return None
        return (f"{reason}; rebuild it from its stored documents with "
                f"`quotematch index rebuild {self.path}`")

    def _refuse_if_stale(self, cur: sqlite3.Cursor) -> None:
        reason = self._staleness(cur)
        if reason is not None:
            raise IndexStaleError(f"refusing to write: {reason}", path=self.path)

    def _ingest(self, cur: sqlite3.Cursor,
                extracted: Sequence[tuple[Document, str, Sequence[Quote], int]]) -> IndexUpdate:
        """Store extracted documents (each with its content key and batch) and cluster them.

        A document already stored (same id, or same text, outlet and address) is skipped
        with the reason.
        """
        added: list[str] = []
        skipped: list[tuple[str, str]] = []
        seen_ids: set[str] = set()
        seen_content: dict[str, str] = {}
        new_texts: set[int] = set()
        touched_texts: set[int] = set()
        quotes = 0
        for doc, content, doc_quotes, batch in extracted:
            reason = self._duplicate(cur, doc.id, content, seen_ids, seen_content)
            if reason:
                skipped.append((doc.id, reason))
                continue
            seen_ids.add(doc.id)
            seen_content[content] = doc.id
            cur.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc.id, content, doc.text, doc.source, doc.url, _iso(doc.published), batch,
                 doc.title, doc.format),
            )
            for quote in doc_quotes:
                text_id = self._store_quote(cur, quote, new_texts)
                if text_id is not None:
                    touched_texts.add(text_id)
            quotes += len(doc_quotes)
            added.append(doc.id)
        changes = _Changes()
        if added:
            changes = self._recluster(cur, touched_texts, added=new_texts)
        return IndexUpdate(added=tuple(added), skipped=tuple(skipped), quotes=quotes,
                           clusters=changes.written, dropped=changes.dropped,
                           affected=changes.affected)

    def _writing(self) -> Transaction:
        return Transaction(self._db, self.path, self.timeout, write=True)

    def _reading(self) -> Transaction:
        return Transaction(self._db, self.path, self.timeout, write=False)

    @staticmethod
    def _duplicate(cur: sqlite3.Cursor, doc_id: str, content: str, seen_ids: set[str],
                   seen_content: dict[str, str]) -> str | None:
        if doc_id in seen_ids or cur.execute(
            "SELECT 1 FROM documents WHERE id = ?", (doc_id,)
        ).fetchone():
            return "already indexed under this id"
        other = seen_content.get(content)
        if other is None:
            row = cur.execute("SELECT id FROM documents WHERE content = ?", (content,)).fetchone()
            other = None if row is None else row[0]
        if other is not None:
            return f"same text, outlet and address as document {other!r}, already indexed"
        return None

    def _store_quote(self, cur: sqlite3.Cursor, quote: Quote, new_texts: set[int]) -> int | None:
        """Store one quote; return its text id (None when it takes no part in clustering)."""
        text_id = None
        words = comparison_words(quote.text)
        if quote.kind in self.config.cluster_kinds and words:
            gaps = quote_gaps(quote.text, quote.spans)
            joined, gap_text = " ".join(words), ",".join(map(str, gaps))
            row = cur.execute(
                "SELECT id FROM texts WHERE words = ? AND gaps = ?", (joined, gap_text)
            ).fetchone()
            if row is None:
                text_id = int(cur.execute(
                    "INSERT INTO texts (words, gaps) VALUES (?, ?)", (joined, gap_text)
                ).lastrowid or 0)
                new_texts.add(text_id)
            else:
                text_id = int(row[0])
        cur.execute(
            "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)",
            (quote.id, quote.doc_id, text_id, quote.source, quote.speaker,
             _iso(quote.published), json.dumps(quote.to_dict(), ensure_ascii=False)),
        )
        return text_id

    def _recluster(self, cur: sqlite3.Cursor, touched: set[int], *,
                   added: Iterable[int] = (), removed: Iterable[int] = ()) -> _Changes:
        """Update the candidate evidence for texts added or removed; join their statements again.

        ``touched`` texts gained or lost a quote: their clusters are assembled
        again even when their texts stay together. ``removed`` texts lost
        their last quote and are deleted here.
        """
        store = PairStore(cur, self.config)
        removed = set(removed)
        stale: set[str] = set()
        seeds = set(added) | set(touched)
        for text_id in removed:
            store.text(text_id)  # read before the row goes
            mates = self._mates(cur, text_id)
            seeds |= mates
            row = cur.execute(
                "SELECT cluster_id FROM memberships WHERE text_id = ?", (text_id,)).fetchone()
            if row is not None:
                stale.add(row[0])
        seeds |= store.change(added=added, removed=removed)
        for text_id in removed:
            cur.execute("DELETE FROM memberships WHERE text_id = ?", (text_id,))
            cur.execute("DELETE FROM texts WHERE id = ?", (text_id,))
        seeds -= removed
        return self._rejoin(cur, store, seeds, touched, stale)

    @staticmethod
    def _mates(cur: sqlite3.Cursor, text_id: int) -> set[int]:
        """The texts in the stored cluster of ``text_id`` (itself included)."""
        return {int(t) for (t,) in cur.execute(
            "SELECT m2.text_id FROM memberships m1 JOIN memberships m2"
            " ON m2.cluster_id = m1.cluster_id WHERE m1.text_id = ?", (text_id,))} | {text_id}

    def _affected(self, cur: sqlite3.Cursor, store: PairStore, seeds: set[int]) -> set[int]:
        """The texts whose statements must be joined again when the ``seeds``' links changed.

        A statement is the set of texts its used links connect. Whether a
        link is used depends on the link and on the links of its two texts
        (a fragment joins only its best container), so only links touching a
        seed can have started or stopped joining. The affected texts are the
        seeds' stored clusters (which may split) and, for every link of a
        seed that joins now, the stored cluster at its other end (which may
        merge): a union of whole statements of the new state.
        """
        affected: set[int] = set()
        for seed in seeds:
            affected |= self._mates(cur, seed)
            for a, b, _support, rare, link in store.links_of(seed):
                other = b if a == seed else a
                if other not in affected and self._joins(store, a, b, rare, link):
                    affected |= self._mates(cur, other)
        return affected

    def _joins(self, store: PairStore, a: int, b: int, rare: int, link: Link) -> bool:
        """Whether :func:`quotematch.join.join_links` may use this link (False: it surely won't)."""
        if link.kind in ("overlap", "excerpt") and rare < OVERLAP_RARE:
            return False
        outer, inner = (b, a) if link.swapped else (a, b)
        short = len(store.text(inner)[0]) < 2 * self.config.min_overlap_words
        if link.kind == "contains" and short:
            return store.best_container(inner) == outer
        return True

    def _rejoin(self, cur: sqlite3.Cursor, store: PairStore, seeds: set[int],
                touched: set[int], stale: set[str]) -> _Changes:
        """Join the affected texts again and write back the clusters that changed."""
        affected = self._affected(cur, store, seeds)
        ordered = sorted(affected, key=store.text)
        old: dict[int, tuple[str | None, int | None]] = {t: (None, None) for t in ordered}
        # Memberships read 500 texts to a statement and clusters written in one statement per
        # table at the end (nothing below reads them back): an add of 500 articles at 28k quotes
        # assembles about 6,700 clusters, and ran five statements for each (0.25 s of SQLite's
        # time in a 22 s add; the add's CPU moved within the spread of runs on a loaded machine).
        for i in range(0, len(ordered), 500):
            chunk = ordered[i:i + 500]
            for text_id, cluster_id, offset in cur.execute(
                    "SELECT text_id, cluster_id, offset FROM memberships"
                    f" WHERE text_id IN ({','.join('?' * len(chunk))})", chunk):
                old[int(text_id)] = (cluster_id, offset)
        old_clusters = {cid for cid, _ in old.values() if cid is not None} | stale
        old_size = Counter(cid for cid, _ in old.values() if cid is not None)
        groups = join_links([len(store.text(t)[0]) for t in ordered],
                            store.joining_links(ordered), self.config)
        written: list[str] = []
        kept: set[str] = set()
        cluster_rows: list[tuple[str, int, str, str]] = []
        member_rows: list[tuple[int, str, int]] = []
        for group in groups:
            placed = [(ordered[i], offset) for i, offset in group]
            first = old[placed[0][0]][0]
            if first is not None and (first not in stale and old_size[first] == len(placed)
                                      and all(old[t] == (first, off) for t, off in placed)
                                      and not any(t in touched for t, _ in placed)):
                kept.add(first)
                continue
            cluster = self._build(cur, placed, store)
            cluster_rows.append((cluster.id, len(cluster.members), cluster.canonical,
                                 json.dumps(_cluster_record(cluster), ensure_ascii=False)))
            member_rows += [(t, cluster.id, off) for t, off in placed]
            kept.add(cluster.id)
            written.append(cluster.id)
        cur.executemany("INSERT OR REPLACE INTO clusters VALUES (?, ?, ?, ?)", cluster_rows)
        cur.executemany("INSERT OR REPLACE INTO memberships VALUES (?, ?, ?)", member_rows)
        dropped = sorted(old_clusters - kept)
        cur.executemany("DELETE FROM clusters WHERE id = ?", [(c,) for c in dropped])
        return _Changes(tuple(sorted(written)), tuple(dropped), len(ordered))

    def _build(self, cur: sqlite3.Cursor, placed: Sequence[tuple[int, int]],
               store: PairStore) -> Cluster:
        """The cluster of the ``placed`` texts, named from their stored words (not folded again)."""
        members = self._placed_quotes(cur, placed)
        return build_cluster([q for q, _ in members], [o for _, o in members], self.config,
                             id_words=[words_with_gaps(*store.text(t)) for t, _ in placed])

    @staticmethod
    def _placed_quotes(cur: sqlite3.Cursor,
                       placed: Iterable[tuple[int, int]]) -> list[tuple[Quote, int]]:
        """The quotes printing each text, each with its text's word offset."""
        return [
            (quote_from_mapping(json.loads(record)), offset)
            for text_id, offset in placed
            for (record,) in cur.execute("SELECT record FROM quotes WHERE text_id = ?",
                                         (text_id,))
        ]

    def _lookup_candidates(self, cur: sqlite3.Cursor, keys: Sequence[int],
                           positions: Sequence[int], length: int) -> list[tuple[int, int]]:
        """Stored texts worth verifying against a looked-up text, with their diagonals.

        Every key of the text held by at most ``max_key_frequency`` stored
        texts votes for each holder on the diagonal it sits on (counted in
        SQLite, from the indexed postings); a holder is a candidate when its
        votes pass the batch rule (:func:`quotematch._index_pairs.decide_pair`).
        At most ``_LOOKUP_CANDIDATES``, most support first.
        """
        if not keys:
            return []
        probe = ",".join("(?, ?)" for _ in keys)
        rows = cur.execute(
            f"WITH probe (key, pos) AS (VALUES {probe})"
            " SELECT p.text_id, p.position - probe.pos, count(*), sum(k.texts <= ?),"
            " length(t.words) - length(replace(t.words, ' ', '')) + 1"
            " FROM probe JOIN key_stats k ON k.key = probe.key AND k.texts <= ?"
            " JOIN postings p ON p.key = probe.key JOIN texts t ON t.id = p.text_id"
            " GROUP BY p.text_id, p.position - probe.pos",
            [v for pair in zip(keys, positions, strict=True) for v in pair]
            + [RARE, self.config.max_key_frequency],
        ).fetchall()
        by_text: dict[int, list[tuple[int, int, int]]] = {}
        lengths: dict[int, int] = {}
        for text_id, diagonal, n, rare, stored_length in rows:
            by_text.setdefault(text_id, []).append((diagonal, n, rare))
            lengths[text_id] = stored_length
        found = []
        for text_id, votes in by_text.items():
            if length > LONE_VOTE and lengths[text_id] > LONE_VOTE and all(
                    n <= 1 for _, n, _ in votes):
                continue  # single votes count only for a short text (see decide_pair)
            candidate = decide_pair(votes, lengths[text_id], length)
            if candidate is not None:
                found.append((-candidate.support, text_id, candidate.diagonal))
        found.sort()
        return [(text_id, diagonal) for _, text_id, diagonal in found[:_LOOKUP_CANDIDATES]]

    def _differences(self, cur: sqlite3.Cursor, stored: Cluster, quote: Quote,
                     start: int) -> tuple[Variant, ...]:
        """How ``quote`` departs from the cluster's passage, assembled with its members.

        The members are ``stored``'s quotes (already read), in the order the
        cluster is assembled in: by text, then as stored.
        """
        by_id = {q.id: q for q in stored.members}
        members = [
            (by_id.get(quote_id) or quote_from_mapping(json.loads(record)), int(offset))
            for quote_id, record, offset in cur.execute(
                "SELECT q.id, q.record, m.offset FROM memberships m JOIN quotes q"
                " ON q.text_id = m.text_id WHERE m.cluster_id = ? ORDER BY m.text_id, q.rowid",
                (stored.id,))]
        probe = attrs.evolve(quote, id="\x00lookup", published=None)
        low = min(0, start)
        cluster = build_cluster([q for q, _ in members] + [probe],
                                [o - low for _, o in members] + [start - low], self.config)
        return tuple(attrs.evolve(v, quote_id=quote.id)
                     for v in cluster.variants if v.quote_id == probe.id)


@attrs.frozen
class _Changes:
    """What a re-decision wrote: clusters written and dropped, texts decided again."""

    written: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    affected: int = 0


def _config_json(config: Config) -> str:
    values = attrs.asdict(config)
    values["cluster_kinds"] = sorted(values["cluster_kinds"])
    return json.dumps(values, sort_keys=True)


def _config_from_json(text: str) -> Config:
    return Config(**json.loads(text))


_DOCUMENT = "id, text, source, url, published, title, format"
"""The columns :func:`_document` reads back."""


def _document(row: Sequence[Any]) -> Document:
    """A stored document as it was added (its ``_DOCUMENT`` columns)."""
    doc_id, text, source, url, published, title, form = row
    return Document(doc_id, text, source=source, url=url, published=published, title=title,
                    format=form)


def _content(doc: Document) -> str:
    return content_key(doc.text, doc.source, doc.url)


def _iso(value: _dt.datetime | None) -> str | None:
    return None if value is None else value.astimezone(_dt.timezone.utc).isoformat()


def _as_time(value: _dt.datetime | str | None) -> _dt.datetime | None:
    return None if value is None else Document("", "", published=value).published


def _words(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(" ")) if joined else ()


def _gaps(text: str) -> tuple[int, ...]:
    return tuple(int(g) for g in text.split(",")) if text else ()


def _file_bytes(path: str) -> int:
    return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))


def _cluster_record(cluster: Cluster) -> dict[str, Any]:
    """A cluster as stored: its passage, member ids, and every field of its coverage and variants.

    Variants and coverage are stored field by field (``attrs.asdict``), so a
    field added to them later is kept too, and read back with its default
    from files written before it existed.
    """
    return {
        "canonical": cluster.canonical,
        "members": [q.id for q in cluster.members],
        "coverage": [attrs.asdict(c) for c in cluster.coverage],
        "earliest": cluster.earliest.id if cluster.earliest else None,
        "variants": [attrs.asdict(v) for v in cluster.variants],
        "speaker": cluster.speaker,
        "speaker_conflicts": list(cluster.speaker_conflicts),
    }


def _tuples(value: Any) -> Any:
    """JSON lists back into the tuples the records hold."""
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _load_cluster(cur: sqlite3.Cursor, cluster_id: str, record_text: str) -> Cluster:
    record = json.loads(record_text)
    # The members read 500 to a statement rather than one each (a popular statement's
    # cluster holds thousands); with lookup's members no longer read twice (_differences),
    # 200 lookups at 28k quotes took about 13% less CPU (p50 9.2 -> 7.9 ms).
    quotes = {}
    members = record["members"]
    for i in range(0, len(members), 500):
        chunk = members[i:i + 500]
        for quote_id, text in cur.execute(
                f"SELECT id, record FROM quotes WHERE id IN ({','.join('?' * len(chunk))})",
                chunk):
            quotes[quote_id] = quote_from_mapping(json.loads(text))
    return Cluster(
        id=cluster_id,
        canonical=record["canonical"],
        members=tuple(quotes[q] for q in record["members"]),
        variants=tuple(
            Variant(**{name: _tuples(value) for name, value in v.items()})
            for v in record["variants"]
        ),
        coverage=tuple(Coverage(**c) for c in record["coverage"]),
        earliest=quotes[record["earliest"]] if record["earliest"] else None,
        speaker=record.get("speaker"),
        speaker_conflicts=tuple(record.get("speaker_conflicts", ())),
    )

