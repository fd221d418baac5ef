"""QuoteIndex: storing, clustering like the batch clusterer, looking up, removing, file errors."""

from __future__ import annotations

import itertools
import random
import sqlite3
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import quotematch
from index_corpus import documents, older_comparison_form, table_rows
from quotematch import (
    Config,
    Document,
    IndexBusyError,
    IndexFileError,
    IndexStaleError,
    QuoteIndex,
)
from quotematch import _index_file as index_file
from quotematch import index as index_module
from quotematch.io import read_samples

DOCS = documents()


def shape(cluster: quotematch.Cluster) -> tuple[Any, ...]:
    """Everything a cluster says: id, members, passage, coverage, variants, earliest."""
    return (
        cluster.id,
        tuple(q.id for q in cluster.members),
        cluster.canonical,
        tuple((c.quote_id, c.start, c.end, round(c.score, 6)) for c in cluster.coverage),
        tuple(v.to_dict().items().__repr__() for v in cluster.variants),
        cluster.earliest.id if cluster.earliest else None,
    )


def same_as_batch(index: QuoteIndex, docs: list[Document], config: Config | None = None) -> None:
    expected = sorted(shape(c) for c in quotematch.match(docs, config=config).clusters)
    assert sorted(shape(c) for c in index.clusters()) == expected


def add_in_pieces(index: QuoteIndex, docs: list[Document], rng: random.Random) -> None:
    i = 0
    while i < len(docs):
        step = rng.choice((1, 1, 2, 4))
        index.add(docs[i : i + step])
        i += step


# --- behaviour ---------------------------------------------------------------------------------


def test_versions_from_several_outlets_form_one_cluster(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        update = index.add(DOCS[:4])
        assert update.added == ("d00", "d01", "d02", "d03")
        harbour = [c for c in index.clusters() if "harbour wall" in c.canonical]
        assert len(harbour) == 1
        assert {q.source for q in harbour[0].members} == {
            "Coastline Courier", "Northfield Gazette", "Valley Post", "Daily Lantern"}
        assert harbour[0].earliest is not None and harbour[0].earliest.doc_id == "d00"
        typo = [v for v in harbour[0].variants if v.category == "typo"]
        assert [(v.canonical_text, v.variant_text) for v in typo] == [("before", "befor")]


def test_readding_the_same_id_or_the_same_article_changes_nothing(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS[:3])
        before = index.stats()
        resent = attrs.evolve(DOCS[1], id="copy")  # the same article under a new id
        update = index.add([DOCS[0], resent])
        assert not update.changed
        assert update.skipped == (
            ("d00", "already indexed under this id"),
            ("copy", "same text, outlet and address as document 'd01', already indexed"),
        )
        assert index.stats() == before


_WIRE = (
    "HOLLOWAY BAY (Tidewater Press) — The regional ferry operator said on Tuesday it would "
    "add two evening sailings from next month after a winter of cancellations.\n\n"
    "“We let passengers down this winter and we owe them a timetable they can plan a week "
    "around,” said Marta Lindqvist, the operator's chief executive.\n\n"
    "The new sailings start on 3 March.\n"
)


def _reprints() -> list[Document]:
    """One wire story printed word for word by three outlets, and rewritten by a fourth."""
    return [
        Document("wire-1", _WIRE, source="Tidewater Press", url="https://press.example/1"),
        Document("gazette-7", _WIRE, source="Holloway Gazette", url="https://gazette.example/7"),
        Document("echo-2", _WIRE, source="Island Echo", url="https://echo.example/2"),
        Document("mail-4", "Ferry chief apologises\n\nMarta Lindqvist said: “We let "
                 "passengers down this winter and we owe them a timetable they can plan a "
                 "week around.”\n", source="Bay Mail"),
    ]


def as_format_5(db: sqlite3.Connection) -> None:
    """Drop what format 6 added to the documents table (their title and input format)."""
    db.execute("ALTER TABLE documents DROP COLUMN title")
    db.execute("ALTER TABLE documents DROP COLUMN format")


def test_documents_come_back_with_their_title_and_input_format(tmp_path: Path) -> None:
    # `index report` writes each document's title and format as `quotematch cluster` does.
    docs = [attrs.evolve(d, title=f"Headline {n}", format="jsonl")
            for n, d in enumerate(_reprints())]
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(docs[:2])
        index.add(docs[2:])
        assert index.result().documents == tuple(docs)
        index.rebuild()
        assert index.result().documents == tuple(docs)


@pytest.mark.parametrize("pieces", [[4], [1, 1, 1, 1], [2, 2]])
def test_a_reprint_from_another_outlet_counts_as_in_match(tmp_path: Path,
                                                          pieces: list[int]) -> None:
    # A multi-outlet corpus holds wire stories reprinted word for word: each outlet's
    # copy is a version of the statement for match, so it is for the index.
    docs = _reprints()
    with QuoteIndex(tmp_path / "q.db") as index:
        start = 0
        for size in pieces:
            update = index.add(list(reversed(docs))[start:start + size])
            assert update.skipped == ()
            start += size
        [ferry] = [c for c in index.clusters() if "timetable" in c.canonical]
        assert {q.source for q in ferry.members} == {
            "Tidewater Press", "Holloway Gazette", "Island Echo", "Bay Mail"}
        same_as_batch(index, docs)


def test_an_older_index_is_rekeyed_so_reprints_are_stored(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    wire, gazette, *_ = _reprints()
    with QuoteIndex(path) as index:
        index.add([wire])
    with sqlite3.connect(path) as db:  # as format 5 wrote it: the text's hash alone
        db.execute("UPDATE documents SET content = ?", (index_file.content_key(wire.text),))
        as_format_5(db)
        db.execute("UPDATE meta SET value = '5' WHERE name = 'schema_version'")
        db.execute("PRAGMA user_version = 5")
    with QuoteIndex(path) as index:
        assert index.stats().schema_version == index_module.SCHEMA_VERSION
        assert index.result().documents == (wire,)
        assert index.add([attrs.evolve(wire, id="wire-1-again")]).skipped == (
            ("wire-1-again", "same text, outlet and address as document 'wire-1', "
             "already indexed"),)
        assert index.add([gazette]).added == ("gazette-7",)


def test_a_batch_with_the_same_document_twice_stores_it_once(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        update = index.add([DOCS[0], DOCS[0]])
        assert update.added == ("d00",)
        assert update.skipped == (("d00", "already indexed under this id"),)


def test_the_index_survives_closing_and_reopening(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS[:6])
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS[6:])
        same_as_batch(index, DOCS)


def test_cluster_by_id_and_filters(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS)
        clusters = index.clusters()
        assert [len(c.members) for c in clusters] == sorted(
            (len(c.members) for c in clusters), reverse=True)
        first = clusters[0]
        assert index.cluster(first.id) == first
        assert index.cluster("c-none") is None
        library = index.clusters(speaker="tomas brandt")
        assert [("library" in c.canonical.lower()) for c in library] == [True]
        assert all(
            any(q.source == "Harbour Herald" for q in c.members)
            for c in index.clusters(outlet="harbour herald")
        )
        late = index.clusters(since="2031-03-13")
        assert late and all(
            any(q.published and q.published.day >= 13 for q in c.members) for c in late)
        assert all(len(c.members) >= 3 for c in index.clusters(min_size=3))


def test_lookup_finds_the_statement_and_says_how_the_text_differs(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS)
        found = index.lookup("Nobody wants a strke, but the drivers have waited three years")
        assert found
        best = found[0]
        assert "strike" in best.cluster.canonical
        assert best.kind == "contains"
        changes = [(v.canonical_text, v.variant_text, v.category)
                   for v in best.variants if not v.minor]
        assert changes == [("strike", "strke", "typo")]
        assert index.lookup("An entirely unrelated sentence about gardening clubs.") == []
        assert index.lookup("") == []


def test_remove_takes_a_document_out_and_redecides_its_clusters(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS)
        update = index.remove("d01")
        assert update.changed and update.removed == ("d01",) and update.quotes == 1
        rest = [d for d in DOCS if d.id != "d01"]
        same_as_batch(index, rest)
        assert not index.remove("d01").changed
        index.add([DOCS[1]])
        same_as_batch(index, DOCS)


def test_removing_every_document_leaves_an_empty_index(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS)
        for doc in DOCS:
            index.remove(doc.id)
        stats = index.stats()
        assert (stats.documents, stats.quotes, stats.texts, stats.clusters, stats.keys) == (
            0, 0, 0, 0, 0)


def test_stats_count_what_was_stored(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS)
        stats = index.stats()
    result = quotematch.match(DOCS)
    assert stats.documents == len(DOCS)
    assert stats.quotes == len(result.quotes)
    assert stats.clusters == len(result.clusters)
    assert stats.multi_clusters == sum(1 for c in result.clusters if len(c.members) > 1)
    assert stats.schema_version == index_module.SCHEMA_VERSION
    assert stats.file_bytes > 0


def test_result_holds_every_document_and_quote_in_the_order_added(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS[5:])
        index.add(DOCS[:5])
        result = index.result()
    assert list(result.documents) == DOCS[5:] + DOCS[:5]
    batch = quotematch.match(DOCS[5:] + DOCS[:5])
    assert [q.to_dict() for q in result.quotes] == [q.to_dict() for q in batch.quotes]


# --- same answers as batch ---------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_the_bundled_sample_in_random_pieces_clusters_as_batch(tmp_path: Path, seed: int) -> None:
    docs = [d for d in read_samples() if isinstance(d, Document)]
    rng = random.Random(seed)
    rng.shuffle(docs)
    with QuoteIndex(tmp_path / "q.db") as index:
        add_in_pieces(index, docs, rng)
        same_as_batch(index, docs)


_FIXTURE_OK = [HealthCheck.function_scoped_fixture]


@settings(max_examples=20, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(
    order=st.permutations(range(len(DOCS))),
    cuts=st.lists(st.integers(1, len(DOCS) - 1), max_size=5),
    removed=st.sets(st.integers(0, len(DOCS) - 1), max_size=3),
    stock_limit=st.sampled_from([500, 2, 3]),
)
def test_any_split_and_order_clusters_as_batch(
    tmp_path_factory: pytest.TempPathFactory,
    order: list[int],
    cuts: list[int],
    removed: set[int],
    stock_limit: int,
) -> None:
    # A tiny stock limit makes keys cross it as texts arrive and leave.
    config = Config(max_key_frequency=stock_limit)
    docs = [DOCS[i] for i in order]
    bounds = [0, *sorted(set(cuts)), len(docs)]
    path = tmp_path_factory.mktemp("prop") / "q.db"
    with QuoteIndex(path, config=config) as index:
        for start, end in itertools.pairwise(bounds):
            index.add(docs[start:end])
        same_as_batch(index, docs, config)
        for i in sorted(removed):
            index.remove(DOCS[i].id)
        same_as_batch(index, [d for d in docs if DOCS.index(d) not in removed], config)


def test_a_fragment_whose_best_container_arrives_later_moves_to_it(tmp_path: Path) -> None:
    fragment = Document("f", "The mayor promised to “rebuild the harbour wall before”.")
    docs = [fragment, *DOCS[:4]]
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add([fragment])
        assert len(index.clusters()) == 1
        index.add(DOCS[:4])
        same_as_batch(index, docs)


# --- the file ----------------------------------------------------------------------------------


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are my notes, not a database.\n" * 50)
    with pytest.raises(IndexFileError, match=r"notes\.db: is not a usable quotematch index"):
        QuoteIndex(path)


def test_another_sqlite_database_is_not_taken_for_an_index(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(IndexFileError, match="not a quotematch index"):
        QuoteIndex(path)
    with sqlite3.connect(path) as db:  # and it was left as it was
        assert db.execute("SELECT name FROM sqlite_master").fetchall() == [("people",)]


def test_a_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(IndexFileError, match="is a directory"):
        QuoteIndex(tmp_path)


def test_an_index_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    QuoteIndex(path).close()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '99' WHERE name = 'schema_version'")
    with pytest.raises(IndexFileError, match=r"newer quotematch \(index format 99"):
        QuoteIndex(path)


def test_an_older_index_is_migrated_when_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "q.db"
    with QuoteIndex(path) as index:
        index.add(DOCS[:3])
    current = index_module.SCHEMA_VERSION
    monkeypatch.setattr(index_module, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(
        index_file.MIGRATIONS, current, "CREATE TABLE notes (doc_id TEXT, note TEXT)")
    with QuoteIndex(path) as index:
        assert index.stats().schema_version == current + 1
        assert index.stats().documents == 3
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT count(*) FROM notes").fetchone() == (0,)
        assert db.execute("PRAGMA user_version").fetchone() == (current + 1,)


def test_a_different_config_for_an_existing_index_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    QuoteIndex(path, config=Config(link_score=90.0)).close()
    with QuoteIndex(path) as index:
        assert index.config.link_score == 90.0
    with pytest.raises(quotematch.ConfigError, match="other clustering settings"):
        QuoteIndex(path, config=Config())


def test_a_damaged_file_is_a_clear_error_not_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    with QuoteIndex(path) as index:
        index.add(DOCS)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : 3 * page] = b"\xa5" * (2 * page)  # scribble over the pages after the header
    path.write_bytes(bytes(data))
    with pytest.raises(IndexFileError, match="is not a usable quotematch index"), QuoteIndex(
        path
    ) as index:
        index.stats()
        index.clusters()
        assert index.check() == []


def test_a_second_writer_waits_then_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    QuoteIndex(path).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer in the middle of its transaction
    try:
        with QuoteIndex(path, timeout=0.2) as index:  # opening an index only reads
            assert index.stats().documents == 0
            with pytest.raises(IndexBusyError, match="another process is writing"):
                index.add(DOCS[:1])
            assert isinstance(IndexBusyError("x", path="p"), TimeoutError)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with QuoteIndex(path, timeout=0.2) as index:
        assert index.add(DOCS[:1]).added == ("d00",)


_VOCAB = ["harbour", "wall", "ferry", "council", "budget", "drivers", "the", "will", "not", "we",
          "rebuild", "summer", "storms", "taxes"]


@st.composite
def dense_corpus(draw: st.DrawFn) -> list[Document]:
    """Documents quoting sentences from a tiny vocabulary, and slices of them.

    Texts share many keys, so stock keys, nested fragments and chains of
    overlaps are common: the cases where a partial re-clustering could drift.
    """
    words = st.sampled_from(_VOCAB)
    sentences = draw(st.lists(st.lists(words, min_size=4, max_size=12), min_size=2, max_size=5))
    docs = []
    for n in range(draw(st.integers(3, 9))):
        quotes = []
        for _ in range(draw(st.integers(1, 2))):
            base = draw(st.sampled_from(sentences))
            start = draw(st.integers(0, len(base) - 3))
            end = draw(st.integers(start + 3, len(base)))
            quotes.append(" ".join(base[start:end]).capitalize())
        body = " ".join(f"“{q},” said Ana Ruiz of outlet {n}." for q in quotes)
        docs.append(Document(f"r{n}", f"Report {n}\n\n{body}\n", source=f"Outlet {n % 3}"))
    return docs


@settings(max_examples=60, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(
    docs=dense_corpus(),
    seed=st.integers(0, 2**16),
    stock_limit=st.sampled_from([2, 3, 4, 500]),
)
def test_dense_corpora_in_any_pieces_cluster_as_batch(
    tmp_path_factory: pytest.TempPathFactory, docs: list[Document], seed: int, stock_limit: int
) -> None:
    config = Config(max_key_frequency=stock_limit)
    rng = random.Random(seed)
    order = docs[:]
    rng.shuffle(order)
    path = tmp_path_factory.mktemp("dense") / "q.db"
    with QuoteIndex(path, config=config) as index:
        add_in_pieces(index, order, rng)
        same_as_batch(index, docs, config)
        gone = rng.sample(docs, rng.randint(0, len(docs) - 1))
        for doc in gone:
            index.remove(doc.id)
        same_as_batch(index, [d for d in docs if d not in gone], config)


def test_keys_that_became_stock_phrases_are_decided_as_in_the_whole_corpus(
    tmp_path: Path,
) -> None:
    # With a stock limit of 2, "harbour council", "ferry wall", "wall wall" ... are held by
    # more texts than that. Added one article at a time, each re-decision sees only part of
    # the corpus, where such a key may be held by two texts or fewer: it must still be
    # treated as the stock phrase it is corpus-wide, as the batch run over everything does.
    quotes = [
        ["Storms harbour council not", "Harbour council not not drivers"],
        ["Budget council harbour taxes"],
        ["Summer the will ferry wall wall"],
        ["Ferry wall wall harbour", "The will ferry wall wall"],
        ["Not not drivers budget"],
        ["Storms storms harbour council", "Harbour council not"],
        ["Will ferry wall wall harbour"],
        ["Council harbour taxes", "Wall wall harbour"],
    ]
    docs = [
        Document(f"r{n}", f"Report {n}\n\n" + " ".join(
            f"“{q},” said Ana Ruiz of outlet {n}." for q in texts) + "\n")
        for n, texts in enumerate(quotes)
    ]
    config = Config(max_key_frequency=2)
    with QuoteIndex(tmp_path / "q.db", config=config) as index:
        for doc in docs:
            index.add([doc])
        same_as_batch(index, docs, config)


def test_an_add_redecides_only_the_texts_its_keys_reach(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        # Four prints of the harbour statement: four distinct texts (the split print
        # has the full one's words, but where its parts meet it may have left words
        # out, so it is a text of its own).
        index.add(DOCS[:4])
        lone = Document("x", "“Quarterly orchard yields exceeded forecasts,” growers said.")
        assert index.add([lone]).affected == 1
        fifth = Document("y", "“We will rebuild the harbour wall before the winter storms "
                              "arrive,” a councillor said.")
        update = index.add([fifth])
        assert update.affected == 5
        assert len(update.clusters) == 1


def test_stored_clusters_equal_the_batch_clusters_field_for_field(tmp_path: Path) -> None:
    with QuoteIndex(tmp_path / "q.db") as index:
        index.add(DOCS[7:])
        index.add(DOCS[:7])
        stored = sorted(index.clusters(), key=lambda c: c.id)
    assert stored == sorted(quotematch.match(DOCS).clusters, key=lambda c: c.id)


# --- the stamp and rebuild ---------------------------------------------------------------------


def stale_index(path: Path, docs: list[Document]) -> None:
    """An index of ``docs`` (added in pieces) written by a release that folded quotes otherwise."""
    with older_comparison_form(), QuoteIndex(path) as index:
        add_in_pieces(index, docs, random.Random(3))
        assert index.stale is None  # current for the release that wrote it


def test_an_index_from_another_comparison_form_is_stale_readable_and_refuses_writes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "q.db"
    stale_index(path, DOCS)
    before = table_rows(path)
    with QuoteIndex(path) as index:
        reason = index.stale
        assert reason is not None and "comparison form" in reason
        assert f"quotematch index rebuild {path}" in reason
        assert index.stats().stale == reason
        assert index.stats().documents == len(DOCS)
        assert index.lookup("We will rebuild the harbour wall before the winter storms")
        assert index.clusters()
        with pytest.raises(IndexStaleError, match=r"refusing to write.*index rebuild"):
            index.add([Document("new", "“A statement nobody printed before,” she said.")])
        with pytest.raises(IndexStaleError) as raised:
            index.remove(DOCS[0].id)
        assert raised.value.path == str(path)
    assert table_rows(path) == before  # nothing written


def test_rebuild_makes_the_file_equal_to_a_fresh_index_of_its_documents(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    stale_index(path, DOCS)
    stored_words = table_rows(path)["texts"]
    seen: list[tuple[str, int, int | None]] = []
    with QuoteIndex(path) as index:
        update = index.rebuild(progress=lambda *call: seen.append(call))
        assert index.stale is None
        assert update.added == tuple(d.id for d in DOCS)
        assert update.quotes == index.stats().quotes
        same_as_batch(index, DOCS)
        index.add([Document("new", "“A statement nobody printed before,” she said.")])
        index.remove("new")
    assert seen[0] == ("rebuilding", 0, len(DOCS)) and seen[-1][1:] == (len(DOCS), len(DOCS))
    with QuoteIndex(tmp_path / "fresh.db") as fresh:
        fresh.add(DOCS)
    assert table_rows(path) == table_rows(tmp_path / "fresh.db")
    assert table_rows(path)["texts"] != stored_words  # "harbour" is folded now


def test_a_format_4_index_is_migrated_to_an_unstamped_stale_file(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    with QuoteIndex(path) as index:
        index.add(DOCS[:5])
    with sqlite3.connect(path) as db:  # as a format 4 file was: no stamp
        as_format_5(db)
        db.execute("DELETE FROM meta WHERE name = 'stamp'")
        db.execute("UPDATE meta SET value = '4' WHERE name = 'schema_version'")
        db.execute("PRAGMA user_version = 4")
    with QuoteIndex(path) as index:
        stats = index.stats()
        assert stats.schema_version == index_module.SCHEMA_VERSION
        assert stats.stale is not None and "written before index files recorded" in stats.stale
        with pytest.raises(IndexStaleError):
            index.add(DOCS[5:])
        index.rebuild()
        assert index.stale is None
        index.add(DOCS[5:])
        same_as_batch(index, DOCS)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone() == (index_module.SCHEMA_VERSION,)


def test_a_rebuild_that_fails_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "q.db"
    stale_index(path, DOCS)
    before = table_rows(path)

    def fail(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    with QuoteIndex(path) as index:
        monkeypatch.setattr(index, "_recluster", fail)
        with pytest.raises(RuntimeError, match="disk on fire"):
            index.rebuild()
        assert index.stale is not None
    assert table_rows(path) == before


def test_a_rebuild_after_adds_and_removals_equals_a_fresh_index_of_what_is_left(
    tmp_path: Path,
) -> None:
    rng = random.Random(8)
    order = rng.sample(DOCS, len(DOCS))
    path = tmp_path / "q.db"
    with QuoteIndex(path) as index:
        add_in_pieces(index, order, rng)
        for doc in rng.sample(order, 4):
            index.remove(doc.id)
        left = [d for d in order if d.id in {kept.id for kept in index.result().documents}]
        index.rebuild()
        same_as_batch(index, left)
    with QuoteIndex(tmp_path / "fresh.db") as fresh:
        fresh.add(left)
    assert table_rows(path) == table_rows(tmp_path / "fresh.db")
