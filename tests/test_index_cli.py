"""``quotematch index ...``, run through ``cli.main`` (output captured by capsys)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotematch
from index_corpus import documents, older_comparison_form
from quotematch.cli import main


def _write_articles(folder: Path) -> list[quotematch.Document]:
    docs = documents()
    folder.mkdir()
    with open(folder / "feed.jsonl", "w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps({"id": doc.id, "text": doc.text, "source": doc.source,
                                     "published": doc.published.isoformat()
                                     if doc.published else None}) + "\n")
    return docs


def test_add_then_stats_report_lookup_and_remove(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = _write_articles(tmp_path / "in")
    db = str(tmp_path / "q.db")
    assert main(["index", "add", db, str(tmp_path / "in"), "--batch", "4"]) == 0
    assert capsys.readouterr().out.startswith(f"added {len(docs)} documents")

    assert main(["index", "add", db, str(tmp_path / "in")]) == 0
    again = capsys.readouterr().out
    assert "skipped d00: already indexed under this id" in again
    assert again.endswith(f"added 0 documents (0 quotes), skipped {len(docs)}; "
                          "0 clusters written\n")

    assert main(["index", "stats", db, "--format", "json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["documents"] == len(docs)

    assert main(["index", "report", db, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    batch = quotematch.match(docs)
    assert sorted(sorted(c["members"]) for c in report["clusters"]) == sorted(
        sorted(q.id for q in c.members) for c in batch.clusters)

    assert main(["index", "report", db]) == 0
    assert capsys.readouterr().out.startswith(f"{len(docs)} documents · ")

    assert main(["index", "lookup", db, "the library stays open on Sundays, because "
                 "families asked"]) == 0
    found = capsys.readouterr().out
    assert "The library stays open on Sundays" in found
    assert "your text:" in found

    assert main(["index", "lookup", db, "Nobody wants a strike", "--format", "json"]) == 0
    matches = json.loads(capsys.readouterr().out)["matches"]
    assert matches and "strike" in matches[0]["cluster"]["canonical"]

    assert main(["index", "remove", db, "d00"]) == 0
    assert capsys.readouterr().out.startswith("removed d00 (")
    assert main(["index", "remove", db, "d00"]) == 1
    assert "not in the index" in capsys.readouterr().out


@pytest.mark.parametrize("form", ["json", "jsonl", "text", "html", "csv"])
def test_report_writes_what_cluster_writes_over_the_same_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str
) -> None:
    _write_articles(tmp_path / "in")
    db = str(tmp_path / "q.db")
    assert main(["index", "add", db, str(tmp_path / "in"), "--batch", "5"]) == 0
    capsys.readouterr()
    assert main(["cluster", "--format", form, str(tmp_path / "in")]) == 0
    batch = capsys.readouterr().out
    assert main(["index", "report", db, "--format", form]) == 0
    assert capsys.readouterr().out == batch


def test_a_missing_or_foreign_file_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = str(tmp_path / "none.db")
    assert main(["index", "stats", missing]) == 1
    assert "no index here" in capsys.readouterr().err
    assert not Path(missing).exists()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01 not sqlite " * 100)
    assert main(["index", "lookup", str(junk), "anything"]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"quotematch: error: {junk}: is not a usable quotematch index")
    assert "Traceback" not in err


def test_add_reports_unreadable_inputs_and_stores_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_articles(tmp_path / "in")
    db = str(tmp_path / "q.db")
    assert main(["index", "add", db, str(tmp_path / "in"), str(tmp_path / "nothing.txt")]) == 1
    captured = capsys.readouterr()
    assert "nothing.txt" in captured.err
    assert captured.out.startswith("added 13 documents")


def test_a_stale_index_says_so_refuses_add_and_is_rebuilt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs = _write_articles(tmp_path / "in")
    db = str(tmp_path / "q.db")
    with older_comparison_form():
        assert main(["index", "add", db, str(tmp_path / "in")]) == 0
    capsys.readouterr()

    assert main(["index", "stats", db]) == 0
    out = capsys.readouterr().out
    assert f"documents: {len(docs)}\n" in out
    assert "stale: yes, it was built by a quotematch that differs from this one in the " \
        "comparison form" in out
    assert main(["index", "lookup", db, "Nobody wants a strike"]) == 0
    captured = capsys.readouterr()
    assert "strike" in captured.out
    assert captured.err.startswith(f"quotematch: warning: {db}: it was built by")
    assert main(["index", "add", db, str(tmp_path / "in")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"quotematch: error: {db}: refusing to write:")
    assert f"`quotematch index rebuild {db}`" in err

    assert main(["index", "rebuild", db]) == 0
    assert capsys.readouterr().out.startswith(f"rebuilt {db}: {len(docs)} documents, ")
    assert main(["index", "stats", db, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["stale"] is None
    assert main(["index", "lookup", db, "Nobody wants a strike"]) == 0
    assert capsys.readouterr().err == ""
