"""The candidate evidence a QuoteIndex keeps equals the batch candidate stage's, after any edits.

The index updates per-pair votes key by key as texts arrive and leave (busy
keys only around the entry that moved); here that evidence is compared with a
plain run of :func:`quotematch.block.candidate_pairs` over the stored texts,
on texts from a small vocabulary, so keys are held by many texts and cross
every threshold (rare, busy, stock) in both directions.
"""

from __future__ import annotations

import random
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotematch import Config, Document, IndexFileError, QuoteIndex
from quotematch._index_pairs import PairStore
from quotematch.block import candidate_pairs

_WORDS = ["harbour", "wall", "the", "ferry", "not"]

Evidence = set[tuple[tuple[str, ...], tuple[str, ...], int, int, int]]


def stored_and_batch(path: Path, config: Config) -> tuple[Evidence, Evidence]:
    with sqlite3.connect(path) as db:
        texts = {t: (tuple(w.split(" ")), g) for t, w, g in db.execute(
            "SELECT id, words, gaps FROM texts")}
        stored = {(texts[a][0], texts[b][0], d, s, r) for a, b, d, s, r in db.execute(
            "SELECT a, b, diagonal, support, rare FROM pairs")}
    ordered = [words for words, _ in sorted(texts.values())]
    batch = {(ordered[c.a], ordered[c.b], c.diagonal, c.support, c.rare)
             for c in candidate_pairs(ordered, config)}
    return stored, batch


@st.composite
def word_salad(draw: st.DrawFn) -> list[Document]:
    docs = []
    for n in range(draw(st.integers(20, 50))):
        words = draw(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=9))
        docs.append(Document(f"r{n}", f"Report {n}\n\n“{' '.join(words).capitalize()},” "
                                      f"said Ana Ruiz of outlet {n}.\n"))
    return docs


_FIXTURE_OK = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


@settings(max_examples=30, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(docs=word_salad(), seed=st.integers(0, 2**16),
       stock_limit=st.sampled_from([3, 8, 12, 500]))
def test_votes_kept_key_by_key_give_the_batch_candidates(
    tmp_path_factory: pytest.TempPathFactory, docs: list[Document], seed: int, stock_limit: int
) -> None:
    config = Config(max_key_frequency=stock_limit)
    rng = random.Random(seed)
    path = tmp_path_factory.mktemp("pairs") / "q.db"
    order = docs[:]
    rng.shuffle(order)
    with QuoteIndex(path, config=config) as index:
        i = 0
        while i < len(order):
            step = rng.choice((1, 1, 3))
            index.add(order[i:i + step])
            i += step
        stored, batch = stored_and_batch(path, config)
        assert stored == batch
        for doc in rng.sample(docs, len(docs) // 2):
            index.remove(doc.id)
        stored, batch = stored_and_batch(path, config)
        assert stored == batch



@settings(max_examples=20, deadline=None, suppress_health_check=_FIXTURE_OK)
@given(docs=word_salad(), seed=st.integers(0, 2**16),
       stock_limit=st.sampled_from([3, 8, 500]))
def test_texts_added_back_after_removal_give_the_batch_candidates(
    tmp_path_factory: pytest.TempPathFactory, docs: list[Document], seed: int, stock_limit: int
) -> None:
    # A pair with a text new to an add is decided from that add's votes alone (nothing is read
    # back): removing a text must leave none of its votes behind, even when its id is reused.
    config = Config(max_key_frequency=stock_limit)
    rng = random.Random(seed)
    path = tmp_path_factory.mktemp("pairs") / "q.db"
    with QuoteIndex(path, config=config) as index:
        index.add(docs)
        gone = rng.sample(docs, len(docs) // 2)
        for doc in gone:
            index.remove(doc.id)
        rng.shuffle(gone)
        for i in range(0, len(gone), 4):
            index.add(gone[i:i + 4])
        with sqlite3.connect(path) as db:
            leftover = db.execute("SELECT count(*) FROM slots WHERE votes <= 0").fetchone()
        assert leftover == (0,)
        stored, batch = stored_and_batch(path, config)
        assert stored == batch

def _harbour_reports() -> list[Document]:
    """Three versions of one statement and an unrelated one, a report each."""
    return [Document(f"r{n}", f"Report {n}\n\n“{text},” said Ana Ruiz of outlet {n}.\n")
            for n, text in enumerate([
                "We will rebuild the harbour wall before the winter storms arrive",
                "We will rebuild the harbour wall before the winter",
                "Rebuild the harbour wall before the winter storms",
                "The ferry timetable will not change this summer",
            ])]


@pytest.mark.parametrize("version", [1, 2, 3])
def test_a_file_from_before_split_quotes_had_gaps_is_refused_with_how_to_rebuild(
    tmp_path: Path, version: int
) -> None:
    # Formats 1 to 3 stored a quote printed in parts without the gaps where its parts meet,
    # so its texts would cluster otherwise than a batch run: the file is refused, untouched.
    path = tmp_path / "q.db"
    with QuoteIndex(path) as index:
        index.add(_harbour_reports()[:3])
    with sqlite3.connect(path) as db:
        db.executescript(
            f"UPDATE meta SET value = '{version}' WHERE name = 'schema_version';"
            f"PRAGMA user_version = {version};")
    with pytest.raises(IndexFileError, match=rf"older quotematch \(index format {version}\)"
                       r".*rebuild it.*`quotematch index add`"):
        QuoteIndex(path)
    with sqlite3.connect(path) as db:  # left as it was
        assert db.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone() == (
            str(version),)


@settings(max_examples=200, deadline=None)
@given(entries=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 6)), min_size=3,
                        max_size=12, unique=True),
       pick=st.integers(0, 11), sign=st.sampled_from([1, -1]))
def test_an_entry_moving_in_a_run_changes_the_votes_of_its_whole_star(
    entries: list[tuple[int, int]], pick: int, sign: int
) -> None:
    # The shortcut (only the pairs beside the hub change) against counting the run's star
    # without and with the entry.
    store = PairStore(sqlite3.connect(":memory:").cursor(), Config())
    for t in range(6):
        store.remember(t, (("harbour", f"w{t}"), ()))
    run = store._sorted([(t, p, b"wall") for t, p in entries])
    here = run[pick % len(run)]
    fast: Counter[tuple[int, int, int]] = Counter()
    store._equal_run_votes(run, here, sign, True, fast)
    plain: Counter[tuple[int, int, int]] = Counter()
    store._star_votes([e for e in run if e != here], True, -sign, plain)
    store._star_votes(run, True, sign, plain)
    assert {k: v for k, v in fast.items() if v} == {k: v for k, v in plain.items() if v}



@settings(max_examples=200, deadline=None)
@given(entries=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 6)), min_size=2,
                        max_size=12, unique=True),
       pick=st.integers(0, 11), hub_first=st.booleans(), sign=st.sampled_from([1, -1]))
def test_an_entry_moving_in_a_stock_keys_equal_group_changes_the_votes_of_its_star(
    entries: list[tuple[int, int]], pick: int, hub_first: bool, sign: int
) -> None:
    # The shortcut (only the entry's own pair changes unless it becomes the group's star)
    # against counting the group's star without and with the entry. The run's hub, when it
    # is in the group, is its first holder and the entry sorts after it.
    store = PairStore(sqlite3.connect(":memory:").cursor(), Config())
    for t in range(6):
        store.remember(t, (("harbour", f"w{t}"), ()))
    group = store._sorted([(t, p, b"wall") for t, p in entries])
    here = group[1 + pick % (len(group) - 1)] if hub_first else group[pick % len(group)]
    hub = group[0] if hub_first else None
    others = [e for e in group if e != here]
    fast: Counter[tuple[int, int, int]] = Counter()
    store._equal_votes(others, here, hub, True, sign, fast)
    plain: Counter[tuple[int, int, int]] = Counter()
    store._star_of_equals(others, hub, True, -sign, plain)
    store._star_of_equals(group, hub, True, sign, plain)
    assert {k: v for k, v in fast.items() if v} == {k: v for k, v in plain.items() if v}


_AFTER = st.lists(st.sampled_from([b"wall", b"the", b"ferry"]), max_size=3).map(b"\x01".join)


@settings(max_examples=100, deadline=None)
@given(steps=st.lists(st.tuples(st.booleans(), st.integers(0, 5), st.integers(0, 3), _AFTER),
                      min_size=1, max_size=25))
def test_a_stock_keys_first_holders_kept_while_posting_equal_fresh_reads(
    steps: list[tuple[bool, int, int, bytes]]
) -> None:
    # The first holder of each context that _firsts keeps while entries come and go, against
    # reading the key's postings afresh and ordering them as a busy key does (_sorted).
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE postings (key INTEGER, text_id INTEGER, position INTEGER,"
               " after BLOB, before BLOB, PRIMARY KEY (key, after, text_id, position))")
    store = PairStore(db.cursor(), Config())
    for t in range(6):
        store.remember(t, (("harbour", f"w{5 - t}"), ()))
    contexts = sorted({after for *_, after in steps})
    for adding, t, p, after in steps:
        store._firsts(7, contexts)  # known before the change, kept through it
        if adding:
            db.execute("INSERT OR IGNORE INTO postings VALUES (7, ?, ?, ?, x'')", (t, p, after))
        else:
            db.execute("DELETE FROM postings WHERE key = 7 AND text_id = ? AND position = ?"
                       " AND after = ?", (t, p, after))
        store._posted(7, (t, p, after), adding)
        plain = []
        for context in contexts:
            rows = store._sorted([(t, p, c) for t, p, c in db.execute(
                "SELECT text_id, position, after FROM postings WHERE key = 7 AND after = ?",
                (context,))])
            plain.append(rows[0] if rows else None)
        assert store._firsts(7, contexts) == plain
