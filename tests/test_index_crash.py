"""QuoteIndex under a feed: a writer killed at random moments, readers in other processes.

Each test runs writers in subprocesses and stays bounded (a few seconds).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import quotematch
from index_corpus import feed_batch, older_comparison_form, table_rows
from quotematch import QuoteIndex

_TESTS = Path(__file__).parent
_SRC = Path(quotematch.__file__).parent.parent

_WRITER = """
import sys
from index_corpus import feed_batch, older_comparison_form, table_rows
from quotematch import QuoteIndex
path, batches = sys.argv[1], int(sys.argv[2])
with QuoteIndex(path, timeout=30) as index:
    start = index.stats().documents // 3  # resume the feed where it stopped
    print("ready", flush=True)
    for number in range(start, batches):
        if index.add(feed_batch(number)).added:
            print(number, flush=True)
"""


def _writer(path: Path, batches: int) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(_SRC), str(_TESTS)])}
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), str(batches)],
        stdout=subprocess.PIPE, text=True, env=env,
    )


def _batches_held(index: QuoteIndex) -> int:
    """How many whole batches, from the first, the index holds (fails on any partial batch)."""
    ids = {d.id for d in index.result().documents}
    held = 0
    while {d.id for d in feed_batch(held)} <= ids:
        held += 1
    expected = {d.id for n in range(held) for d in feed_batch(n)}
    assert ids == expected, f"documents beyond {held} whole batches: {sorted(ids - expected)}"
    return held


def test_a_writer_killed_at_random_moments_leaves_exactly_the_committed_batches(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.db"
    rng = random.Random(11)
    held = 0
    for _ in range(12):
        writer = _writer(path, 200)
        if rng.random() < 0.25:
            time.sleep(rng.uniform(0.0, 0.5))  # while it starts and opens the file
        else:
            assert writer.stdout is not None and writer.stdout.readline() == "ready\n"
            time.sleep(rng.uniform(0.0, 0.4))  # while it adds, somewhere in a transaction
        writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate()
        reported = [int(line) for line in output.split() if line != "ready"]
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        with QuoteIndex(path) as index:
            now = _batches_held(index)
            # Every batch the writer saw committed is there; at most one more (killed
            # between its commit and its print) may be.
            last = max(reported, default=held - 1)
            assert last + 1 <= now <= last + 2
            held = now
            docs = [d for n in range(held) for d in feed_batch(n)]
            expected = quotematch.match(docs)
            assert index.stats().documents == len(docs)
            assert sorted(tuple(q.id for q in c.members) for c in index.clusters()) == sorted(
                tuple(q.id for q in c.members) for c in expected.clusters)
    assert held > 0, "no batch ever committed: the kills came too early to test anything"


def test_readers_in_another_process_see_whole_batches_while_a_writer_adds(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.db"
    QuoteIndex(path).close()
    writer = _writer(path, 25)
    seen = []
    with QuoteIndex(path) as index:
        while writer.poll() is None:
            stats = index.stats()
            assert stats.documents % 3 == 0  # never half a batch
            members = sum(len(c.members) for c in index.clusters())
            assert stats.quotes <= members <= index.stats().quotes  # the feed only grows
            seen.append(stats.documents)
            time.sleep(0.01)
        assert writer.wait(timeout=60) == 0
        assert seen == sorted(seen)
        assert index.stats().documents == 75
        assert _batches_held(index) == 25


_REBUILDER = """
import sys
from quotematch import QuoteIndex
with QuoteIndex(sys.argv[1], timeout=30) as index:
    print("ready", flush=True)
    index.rebuild(progress=lambda stage, done, total: print(done, flush=True))
    print("done", flush=True)
"""


def _rebuilder(path: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(_SRC), str(_TESTS)])}
    return subprocess.Popen([sys.executable, "-c", _REBUILDER, str(path)],
                            stdout=subprocess.PIPE, text=True, env=env)


def test_a_rebuild_killed_at_random_moments_leaves_the_old_file_or_the_rebuilt_one(
    tmp_path: Path,
) -> None:
    docs = [d for n in range(40) for d in feed_batch(n)]
    stale = tmp_path / "stale.db"
    with older_comparison_form(), QuoteIndex(stale) as index:
        for start in range(0, len(docs), 30):
            index.add(docs[start : start + 30])
    assert not Path(f"{stale}-wal").exists()  # closed: the file alone is the index
    with QuoteIndex(tmp_path / "fresh.db") as fresh:
        fresh.add(docs)
    old, new = table_rows(stale), table_rows(tmp_path / "fresh.db")
    assert old != new

    # A whole rebuild, to learn how long one takes on this machine now.
    whole = tmp_path / "whole.db"
    shutil.copy(stale, whole)
    rebuilder = _rebuilder(whole)
    assert rebuilder.stdout is not None and rebuilder.stdout.readline() == "ready\n"
    began = time.monotonic()
    output, _ = rebuilder.communicate(timeout=120)
    took = time.monotonic() - began
    assert output.split()[-1] == "done"
    assert table_rows(whole) == new
    with QuoteIndex(whole) as index:
        assert index.stale is None

    rng = random.Random(5)
    killed_midway = 0
    for attempt in range(8):
        path = tmp_path / f"killed{attempt}.db"
        shutil.copy(stale, path)
        rebuilder = _rebuilder(path)
        assert rebuilder.stdout is not None and rebuilder.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, took))
        rebuilder.send_signal(signal.SIGKILL)
        output, _ = rebuilder.communicate()
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        with QuoteIndex(path) as index:
            rebuilt = index.stale is None
            assert index.stats().documents == len(docs)
        assert table_rows(path) == (new if rebuilt else old)
        killed_midway += not rebuilt and "0" in output.split()
    assert killed_midway, "no kill landed inside a rebuild: nothing was tested"
