"""The command line against hostile and broken input and output: clear messages, nothing lost."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

STORY = "“We will rebuild the Coastal Path fund,” said Mayor Delia Marsh."


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "quotematch", *args], capture_output=True, check=False, cwd=cwd
    )


def feed(tmp_path: Path, *lines: str, name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def record(doc_id: str, text: str, **fields: str) -> str:
    return json.dumps({"id": doc_id, "text": text, **fields})  # ASCII: "\ud800" stays escaped


@pytest.mark.parametrize("fmt", ["json", "jsonl", "text", "html", "csv"])
def test_a_lone_surrogate_is_one_bad_record_and_the_rest_is_written(
    tmp_path: Path, fmt: str
) -> None:
    path = feed(
        tmp_path,
        record("gazette", STORY, source="Harbour Gazette"),
        record("broken", "“We will \ud800 stay,” she said."),
        record("courier", STORY.replace("Coastal", "Costal"), source="Northfield Courier"),
    )
    done = run("cluster", "--format", fmt, str(path))
    assert done.returncode == 1
    assert done.stderr.decode() == (
        f"quotematch: error: {path}:2: \"text\" holds a lone surrogate (\\ud800) at character 9, "
        "which is not text any output can hold; correct the record's encoding\n"
    )
    out = done.stdout.decode("utf-8")
    assert "Costal" in out and "Coastal" in out


def test_a_failed_run_does_not_empty_an_existing_output(tmp_path: Path) -> None:
    target = tmp_path / "clusters.json"
    target.write_text("yesterday's clusters", encoding="utf-8")
    done = run("cluster", str(tmp_path / "missing-dir" / "x.txt"), "--strict", "-o", str(target))
    assert done.returncode == 1
    assert target.read_text(encoding="utf-8") == "yesterday's clusters"
    assert sorted(os.listdir(tmp_path)) == ["clusters.json"]


def test_an_unwritable_output_fails_before_any_input_is_read(tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "report.html"
    done = run("cluster", str(tmp_path / "gone.txt"), "--format", "html", "-o", str(target))
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        f"quotematch: error: {target}: cannot write the output (its directory does not exist)"
    ]  # the missing input was never read, so it is not reported


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize("command", [("cluster", "--sample"), ("extract", "--sample")])
def test_a_failed_standard_output_ends_with_one_clear_line(command: tuple[str, ...]) -> None:
    with open("/dev/full", "wb") as full:
        done = subprocess.run(
            [sys.executable, "-m", "quotematch", *command],
            stdout=full,
            stderr=subprocess.PIPE,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "quotematch: error: standard output: cannot write the output (No space left on device)"
    ]


def test_control_characters_in_input_never_reach_the_terminal(tmp_path: Path) -> None:
    evil = "\x1b]0;owned\x07\x1b[2J\r"
    path = feed(
        tmp_path,
        record(f"id{evil}", f"“We will{evil} rebuild the fund,” said Ana Ruiz.", source=evil),
        record("b", "“We will rebuild the fund,” said Ana Ruiz."),
        record("c", "not json" + evil)[:-1],
        name=f"feed{evil}.jsonl",
    )
    for command in ("extract", "cluster"):
        extra = ("--min-versions", "1") if command == "cluster" else ()
        done = run(command, "--format", "text", *extra, str(path))
        assert done.returncode == 1
        for stream in (done.stdout, done.stderr):
            assert b"\x1b" not in stream and b"\x07" not in stream and b"\r" not in stream
        assert b"\\x1b]0;owned\\x07" in done.stdout
        assert b"feed\\x1b]0;owned\\x07\\x1b[2J .jsonl:3: not valid JSON" in done.stderr


def test_line_separators_in_text_stay_escaped_in_json_lines(tmp_path: Path) -> None:
    texts = ["“One\u2028two,” she said.", "“Three\u2029four,” he said.", "“Five\x85six,” I said."]
    path = feed(tmp_path, *(record(f"d{i}", t) for i, t in enumerate(texts)))
    done = run("extract", str(path))
    assert done.returncode == 0
    lines = done.stdout.decode("utf-8").splitlines()  # splits on U+2028, U+2029 and U+0085 too
    assert len(lines) == 3
    assert [json.loads(line)["text"] for line in lines] == [
        "One\u2028two,",
        "Three\u2029four,",
        "Five\x85six,",
    ]


def test_csv_is_one_row_per_change_and_one_per_verbatim_version(tmp_path: Path) -> None:
    path = feed(
        tmp_path,
        record("gazette", STORY, source="Harbour Gazette"),
        record("courier", STORY.replace("Coastal", "Costal"), source="Northfield Courier"),
        record("post", STORY, source="=HYPERLINK(\"http://x\")"),
    )
    done = run("cluster", "--format", "csv", str(path))
    assert done.returncode == 0
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode("utf-8"))))
    columns = ("outlet", "category", "minor", "canonical_text", "variant_text")
    # Members in document order; within one, wording changes before minor ones. Every version
    # prints "fund," where the statement's sentence ends "fund." (a minor difference).
    assert [tuple(r[c] for c in columns) for r in rows] == [
        ("Northfield Courier", "typo", "no", "Coastal", "Costal"),
        ("Northfield Courier", "punctuation", "yes", "fund.", "fund,"),
        ("Harbour Gazette", "punctuation", "yes", "fund.", "fund,"),
        ("'=HYPERLINK(\"http://x\")", "punctuation", "yes", "fund.", "fund,"),  # not a formula
    ]
    hidden = run("cluster", "--format", "csv", "--hide-minor", str(path))
    rows = list(csv.DictReader(io.StringIO(hidden.stdout.decode("utf-8"))))
    assert [tuple(r[c] for c in columns) for r in rows] == [
        ("Northfield Courier", "typo", "no", "Coastal", "Costal"),
        ("Harbour Gazette", "", "", "", ""),  # a version with nothing to show is still a row
        ("'=HYPERLINK(\"http://x\")", "", "", "", ""),
    ]
    assert {r["cluster"] for r in rows} == {rows[0]["cluster"]}
    assert rows[0]["versions"] == "3"


def test_min_versions_and_hide_minor_shape_the_text_report(tmp_path: Path) -> None:
    path = feed(
        tmp_path,
        record("a", "“We will stay.” said Ana Ruiz. “Nobody asked me,” she added."),
        record("b", "“We will stay,” Ruiz said."),
    )
    default = run("cluster", "--format", "text", str(path)).stdout.decode()
    assert "Nobody asked me" not in default
    assert "with fewer than 2 versions not shown" in default
    everything = run("cluster", "--format", "text", "--min-versions", "1", str(path))
    assert "Nobody asked me" in everything.stdout.decode()
    assert "punctuation" in default
    hidden = run("cluster", "--format", "text", "--hide-minor", str(path)).stdout.decode()
    assert "punctuation" not in hidden
    assert "minor changes only" in hidden


def test_demo_prints_the_report_and_writes_the_html_file_it_names(tmp_path: Path) -> None:
    done = run("demo", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    assert out.startswith("9 documents · ")
    target = tmp_path / "quotematch-demo.html"
    assert out.rstrip().endswith(f"The HTML report is in {target}: open it in a web browser.")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Costal" in page
