"""The pipeline on a real Dask cluster gives the answers of quotematch.match, faults included.

One ``distributed.LocalCluster`` (two single-threaded worker processes) serves the module.
"""

from __future__ import annotations

import itertools
import json
import os
import signal
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from benchmarks.bench_dask import article_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotematch import Config, Document, InputError, RecordError, match
from quotematch.block import candidate_pairs, key_stats
from quotematch.cli import main
from quotematch.io import read_documents

distributed = pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")

from quotematch.on_dask import (  # noqa: E402
    _cluster_steps,
    _texts_of,
    documents_bag,
    list_sources,
    match_on_dask,
    read_bag,
    run,
)

# Four invented outlets print the same few statements, each in its own words.
ARTICLES = [
    Document(
        "harbour-gazette-ferry",
        "PORT ALWICK — The ferry service will resume in June, officials said on Monday.\n\n"
        "“We will restore the night crossing before the summer season begins, and every "
        "worker who lost a shift will be paid in full,” said harbour master Odile Brandt.\n\n"
        "Union steward Kasimir Olt welcomed the news. “This is the day our members have "
        "waited for since the storm,” Olt said.",
        source="Harbour Gazette",
        published="2024-05-17T08:00:00+00:00",
    ),
    Document(
        "tidewater-ledger-ferry",
        "Harbour master Odile Brandt said: “We will restore the night crossing before the "
        "summer season begins, and every worker who lost a shift will be payed in full.”\n\n"
        "“This is the day our members have waited for,” union steward Kasimir Olt said.",
        source="Tidewater Ledger",
        published="2024-05-17T09:30:00+00:00",
    ),
    Document(
        "northfield-courier-ferry",
        "Brandt promised to “restore the night crossing before the summer season” and said "
        "the council had found the money.\n\n"
        "“Every worker who lost a shift will be paid in full,” she said.\n\n"
        "“We are not going to leave the islands cut off again,” Brandt added.",
        source="Northfield Courier",
        published="2024-05-17T10:15:00+00:00",
    ),
    Document(
        "coast-weekly-ferry",
        "“We are not going to leave the islands cut off again. Not this winter, not ever,” "
        "harbour master Odile Brandt told reporters.\n\n"
        "Asked about cost, she said: “The council has found the money [for the repairs] and "
        "the works start on Tuesday.”",
        source="Coast Weekly",
    ),
    Document(
        "valley-post-library",
        "ESKDALE — The town library will open on Sundays from next month.\n\n"
        "“Reading rooms should be open when families are free to use them,” said librarian "
        "Mirela Voss. “We have hired three new staff for the weekend shifts.”",
        source="Valley Post",
        published="2024-06-02",
    ),
    Document(
        "eskdale-echo-library",
        "Librarian Mirela Voss said that “reading rooms should be open when families are "
        "free to use them”.\n\n"
        "“We've hired three new staff for the weekend shifts,” Voss said.",
        source="Eskdale Echo",
        published="2024-06-03",
    ),
    Document("one-line-brief", "“No comment,” a spokesman said."),
]


def _parts(sizes: Sequence[int]) -> list[list[Document]]:
    """``ARTICLES`` cut into consecutive partitions of the given sizes (0 gives an empty one)."""
    parts, start = [], 0
    for size in sizes:
        parts.append(ARTICLES[start : start + size])
        start += size
    assert start == len(ARTICLES)
    return parts


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture(scope="module")
def local() -> object:
    return match(ARTICLES)


def test_the_corpus_has_clusters_with_variants(local: object) -> None:
    # The comparisons below are only worth something if there is something to compare.
    clusters = local.clusters  # type: ignore[attr-defined]
    assert sum(len(c.members) > 1 for c in clusters) >= 4
    assert any(not v.minor for c in clusters for v in c.variants)


@pytest.mark.parametrize(
    "sizes",
    [
        [7],  # one partition
        [1, 1, 1, 1, 1, 1, 1],  # an article per partition
        [3, 0, 1, 3],  # an empty partition and a partition of one article
        [0, 0, 7, 0],  # empty partitions around all of it
    ],
)
def test_same_answers_as_match(client: distributed.Client, local: object, sizes: list[int]) -> None:
    result, errors = run(documents_bag(_parts(sizes))).compute()
    assert errors == []
    assert result == local  # documents, quotes, cluster ids, members, variants, coverage


@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cuts=st.lists(st.integers(0, len(ARTICLES)), max_size=4))
def test_partition_boundaries_do_not_matter(
    client: distributed.Client, local: object, cuts: list[int]
) -> None:
    edges = [0, *sorted(cuts), len(ARTICLES)]
    sizes = [b - a for a, b in itertools.pairwise(edges)]
    result, _ = run(documents_bag(_parts(sizes))).compute()
    assert result.clusters == local.clusters  # type: ignore[attr-defined]


def _write_inputs(folder: Path) -> None:
    """The articles as a JSON Lines file with one broken line, a Parquet file and text files."""
    folder.mkdir()
    lines = [json.dumps({"id": d.id, "text": d.text, "source": d.source}) for d in ARTICLES[:3]]
    lines.insert(1, '{"id": "broken", "text": "an unfinished record')
    (folder / "a-feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    import pyarrow as pa

    rows = [{"id": d.id, "text": d.text, "source": d.source} for d in ARTICLES[3:5]]
    pq.write_table(pa.Table.from_pylist(rows), folder / "b-feed.parquet")
    for d in ARTICLES[5:]:
        (folder / f"{d.id}.txt").write_text(d.text, encoding="utf-8")


def test_files_and_a_malformed_record(client: distributed.Client, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write_inputs(folder)
    result, errors = match_on_dask([str(folder)])
    # The broken line is reported with its file and line; everything else is matched.
    assert [(type(e), e.path, e.line) for e in errors] == [
        (RecordError, str(folder / "a-feed.jsonl"), 2)
    ]
    texts = {d.id: d.text for d in ARTICLES}
    assert {d.id for d in result.documents} == {d.id for d in ARTICLES[:5]} | {
        f"{d.id}.txt" for d in ARTICLES[5:]
    }
    assert all(texts.get(d.id, texts.get(d.id[:-4])) == d.text for d in result.documents)
    assert result.clusters == match(result.documents).clusters


def test_cli_gives_the_local_output(
    client: distributed.Client, tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for d in ARTICLES:
        (folder / f"{d.id}.txt").write_text(d.text, encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["cluster", "--format", "json", str(folder)]) == 1
    here = capsysbinary.readouterr()
    address = client.scheduler.address
    assert main(["cluster", "--dask", address, "--format", "json", str(folder)]) == 1
    there = capsysbinary.readouterr()
    assert there.out == here.out
    assert there.err == here.err


def test_cli_dask_local_starts_and_closes_its_own_cluster(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    for d in ARTICLES[:3]:
        (tmp_path / f"{d.id}.txt").write_text(d.text, encoding="utf-8")
    assert main(["cluster", "--format", "jsonl", str(tmp_path)]) == 0
    here = capsysbinary.readouterr().out
    assert main(["cluster", "--dask", "local", "--format", "jsonl", str(tmp_path)]) == 0
    assert capsysbinary.readouterr().out == here


def test_duplicate_ids_across_partitions_are_reported_as_locally(
    client: distributed.Client, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "x", "text": ARTICLES[0].text}) + "\n", encoding="utf-8")
    second.write_text(
        json.dumps({"id": "y", "text": ARTICLES[1].text})
        + "\n"
        + json.dumps({"id": "x", "text": ARTICLES[2].text})
        + "\n",
        encoding="utf-8",
    )
    result, errors = match_on_dask([str(first), str(second)])
    read = list(read_documents([first, second]))
    local_errors = [item for item in read if isinstance(item, InputError)]
    assert [str(e) for e in errors] == [str(e) for e in local_errors]
    assert result == match([d for d in read if isinstance(d, Document)])


def test_a_killed_worker_does_not_change_the_result(
    client: distributed.Client, local: object
) -> None:
    entries = documents_bag(_parts([2, 2, 2, 1]))
    persisted = client.persist(entries)
    distributed.wait(persisted)
    holders = {w for workers in client.who_has(persisted).values() for w in workers}
    victim = sorted(holders)[0]
    pid = client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)  # its partitions are lost and must be recomputed
    result, errors = run(persisted).compute()
    assert errors == []
    assert result == local
    # The kill really happened: the worker process is gone.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and victim in client.scheduler_info()["workers"]:
        time.sleep(0.1)
    assert pid not in client.run(os.getpid).values()


def test_writes_clusters_and_variants(
    client: distributed.Client, local: object, tmp_path: Path
) -> None:
    clusters = local.clusters  # type: ignore[attr-defined]
    matched = run(documents_bag(_parts([3, 0, 1, 3])))
    assert matched.write(str(tmp_path / "pq"), format="parquet") == len(clusters)
    table = pq.read_table(tmp_path / "pq" / "clusters").to_pylist()
    assert sorted((r["id"], r["members"]) for r in table) == sorted(
        (c.id, [q.id for q in c.members]) for c in clusters
    )
    # Every field of every variant survives the Parquet round trip, as typed columns.
    variants = pq.read_table(tmp_path / "pq" / "variants").to_pylist()
    expected = [{"cluster": c.id, **v.to_dict()} for c in clusters for v in c.variants]
    assert sorted(map(repr, variants)) == sorted(map(repr, expected))
    matched.write(str(tmp_path / "js"))
    rows = [
        json.loads(line)
        for part in sorted((tmp_path / "js" / "variants").iterdir())
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert len(rows) == sum(len(c.variants) for c in clusters)


def test_sources_in_the_local_order_and_problems_named(tmp_path: Path) -> None:
    for name in ("b.txt", "a.jsonl", "c.parquet", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text("", encoding="utf-8")
    found, problems = list_sources(
        [str(tmp_path), str(tmp_path / "z*.txt"), "-", "nosuchscheme://feeds/a.jsonl"]
    )
    assert [(Path(s.url).name, s.format) for s in found] == [
        ("a.jsonl", "jsonl"),
        ("b.txt", "text"),
        ("c.parquet", "parquet"),
    ]
    assert [p.path for p in problems] == [
        str(tmp_path / "z*.txt"),
        "-",
        "nosuchscheme://feeds/a.jsonl",
    ]


def test_an_unreadable_path_is_reported_and_the_rest_still_runs(
    client: distributed.Client, tmp_path: Path
) -> None:
    (tmp_path / "ok.txt").write_text(ARTICLES[0].text, encoding="utf-8")
    result, errors = read_bag_compute([str(tmp_path / "gone.jsonl"), str(tmp_path / "ok.txt")])
    assert [e.path for e in errors] == [str(tmp_path / "gone.jsonl")]
    assert [d.id for d in result.documents] == ["ok.txt"]


def read_bag_compute(paths: list[str]) -> tuple[object, list[InputError]]:
    result, errors = run(read_bag(paths)).compute()
    return result, errors


# ---- candidates by key and by pair, on a corpus with busy and crowded keys ---------------------

# Generated statements printed in many versions: with max_key_frequency at 6, many keys are
# crowded (star on a hub), others busy (neighbours only), most rare.
CROWDED = Config(max_key_frequency=6)


@pytest.fixture(scope="module")
def generated() -> list[Document]:
    return [
        Document(r["id"], r["text"], source=r["source"], published=r["published"])
        for r in article_records(100, seed=3)
    ]


def _cut(documents: Sequence[Document], parts: int) -> list[list[Document]]:
    """Consecutive partitions of growing sizes, and an empty second one for three or more."""
    n = len(documents)
    edges = sorted({0, n, *(n * k * k // (parts * parts) for k in range(parts))})
    chunks = [list(documents[a:b]) for a, b in itertools.pairwise(edges)]
    return [*chunks[:1], [], *chunks[1:]] if parts >= 3 else chunks


@pytest.mark.parametrize("parts", [1, 2, 5])
def test_candidates_by_key_and_by_pair_are_the_local_candidates(
    generated: list[Document], parts: int
) -> None:
    from quotematch import extract_quotes

    chunks = _cut(generated, parts)
    text_parts = [
        _texts_of([q for d in chunk for q in extract_quotes(d, config=CROWDED)], CROWDED)
        for chunk in chunks
    ]
    texts = sorted({words for part in text_parts for (_, words, _), _ in part})
    stats = key_stats(texts)
    assert sum(held > 6 for held in stats.counts.values()) >= 20  # crowded keys are there
    steps = _cluster_steps(text_parts, CROWDED)
    ranges, candidates = steps.ranges, steps.candidates
    # Every text has its content rank, whichever partitions held its copies.
    assert [words for r in ranges for words, _, _ in r] == texts
    expected = candidate_pairs(texts, CROWDED)
    assert len(expected) > 200
    found = sorted((c for shard in candidates for c in shard), key=lambda c: (-c.support, c.a, c.b))
    assert found == expected


def test_same_answers_with_busy_and_crowded_keys(
    client: distributed.Client, generated: list[Document]
) -> None:
    local = match(generated, config=CROWDED)
    assert sum(len(c.members) > 5 for c in local.clusters) >= 5
    for parts in (2, 5):
        result, errors = run(documents_bag(_cut(generated, parts)), config=CROWDED).compute()
        assert errors == []
        assert result == local
