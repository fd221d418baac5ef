"""The command line, run through its real entry points (``python -m quotematch`` and the script)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import quotematch
from quotematch import Document
from quotematch.cli import main
from quotematch.io import read_samples
from quotematch.progress import PROGRESS_MIN_DOCUMENTS, Progress

# A byte-order mark, Windows line ends and a character outside the BMP before the quotes:
# offsets that count code points of the file as decoded must still land on the words.
ARTICLE = (
    "\ufeffPort Ellery will rebuild its storm-hit cliff walk. 🌊\r\n\r\n"
    "“We will rebuild the Coastal Path fund from the ground up,” Mayor Delia Marsh said on "
    "Monday. “Every penny will be spent where the storm hit hardest.”\r\n\r\n"
    "Work starts in April.\r\n"
)
FIRST_WORDS = "We will rebuild the Coastal Path fund from the ground up"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run ``python -m quotematch`` with ``args``; stdout and stderr decoded as UTF-8."""
    done = subprocess.run(
        [sys.executable, "-m", "quotematch", *args],
        input=stdin,
        capture_output=True,
        check=False,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def jsonl(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def assert_spans_round_trip(record: dict[str, Any], text: str) -> None:
    parts = [text[start:end] for start, end in record["spans"]]
    assert parts, record
    assert " ".join(parts) == record["text"], record


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "marsh-gazette.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    return path


# --- entry points and usage ------------------------------------------------------------------


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0
    assert done.stdout == f"quotematch {quotematch.__version__}\n"


def test_the_installed_script_runs() -> None:
    script = Path(sys.executable).parent / "quotematch"
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("quotematch ")


@pytest.mark.parametrize(
    "args",
    [
        (),
        ("extract",),
        ("cluster",),
        ("extract", "--format", "xml", "a.txt"),
        ("cluster", "--format", "xml", "a.txt"),
        ("cluster", "--min-versions", "0", "--sample"),
        ("demo", "--format", "json"),
        ("summarise", "a.txt"),
    ],
)
def test_usage_errors_exit_2_without_a_traceback(args: tuple[str, ...]) -> None:
    done = run(*args)
    assert done.returncode == 2
    assert "usage:" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_no_paths_says_what_to_give() -> None:
    assert "give at least one PATH, - for standard input, or --sample" in run("extract").stderr


# --- extract ---------------------------------------------------------------------------------


def test_extract_jsonl_offsets_point_into_the_file_as_decoded(article: Path) -> None:
    done = run("extract", str(article))
    assert (done.returncode, done.stderr) == (0, "")  # not a terminal: no progress line
    records = jsonl(done.stdout)
    assert records, "no quote extracted"
    text = article.read_bytes().decode("utf-8")
    for record in records:
        assert {"id", "doc", "text", "spans", "speaker", "kind"} <= set(record)
        assert record["doc"] == "marsh-gazette.txt"
        assert_spans_round_trip(record, text)
    # Counted by hand: BOM (1), headline (50), space and wave (2), two CRLFs (4), opening mark (1).
    assert records[0]["spans"][0][0] == text.index(FIRST_WORDS) == 58


def test_extract_json_is_one_document_with_quotes_and_errors(article: Path) -> None:
    done = run("extract", "--format", "json", str(article))
    assert done.returncode == 0
    data = json.loads(done.stdout)
    assert set(data) == {"quotes", "errors"}
    assert data["errors"] == []
    assert isinstance(data["quotes"], list)


def test_extract_json_lists_the_article_quote(article: Path) -> None:
    data = json.loads(run("extract", "--format", "json", str(article)).stdout)
    assert any(q["text"].startswith(FIRST_WORDS) for q in data["quotes"])


def test_extract_text_is_a_readable_listing(article: Path) -> None:
    done = run("extract", "--format", "text", str(article))
    assert done.returncode == 0
    assert "marsh-gazette.txt" in done.stdout
    assert "Coastal Path fund" in done.stdout


def test_extract_reads_standard_input() -> None:
    done = run("extract", "-", stdin=ARTICLE.encode("utf-8"))
    assert done.returncode == 0
    records = jsonl(done.stdout)
    assert records and {r["doc"] for r in records} == {"-"}
    for record in records:
        assert_spans_round_trip(record, ARTICLE)


def test_extract_sample_offsets_round_trip_into_the_sample_texts() -> None:
    texts = {d.id: d.text for d in read_samples() if isinstance(d, Document)}
    done = run("extract", "--sample")
    assert (done.returncode, done.stderr) == (0, "")
    records = jsonl(done.stdout)
    assert {r["doc"] for r in records} == set(texts)  # every sample article has quotes
    for record in records:
        assert_spans_round_trip(record, texts[record["doc"]])


# --- bad input -------------------------------------------------------------------------------


@pytest.fixture
def bad_inputs(tmp_path: Path) -> list[str]:
    (tmp_path / "latin1.txt").write_bytes(b"Headline\nThe caf\xe9 owner said no.\n")
    (tmp_path / "wire.jsonl").write_text(
        '{"id": "w1", "text": "Fine."}\n{"id": "w2", "text": \n', encoding="utf-8"
    )
    return [str(tmp_path / "gone.txt"), str(tmp_path / "latin1.txt"), str(tmp_path / "wire.jsonl")]


def test_each_bad_input_is_reported_and_the_rest_processed(
    article: Path, bad_inputs: list[str]
) -> None:
    gone, latin1, wire = bad_inputs
    done = run("extract", "--format", "json", gone, latin1, str(article), wire)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines() == [
        f"quotematch: error: {gone}: no such file; check the path",
        f"quotematch: error: {latin1}:2: invalid UTF-8 at byte 16 (e9); save the file as UTF-8 "
        "(for example: iconv -f cp1252 -t utf-8 FILE > FILE.utf8)",
        f"quotematch: error: {wire}:2: not valid JSON (Expecting value at column 22); each line "
        'must be one JSON object such as {"id": "a1", "text": "..."}',
    ]
    data = json.loads(done.stdout)
    assert [(e["error"], e["path"], e["line"]) for e in data["errors"]] == [
        ("ReadError", gone, None),
        ("DecodeError", latin1, 2),
        ("RecordError", wire, 2),
    ]


def test_quotes_of_good_inputs_are_still_written(article: Path, bad_inputs: list[str]) -> None:
    done = run("extract", *bad_inputs, str(article))
    assert done.returncode == 1
    assert {r["doc"] for r in jsonl(done.stdout)} == {"marsh-gazette.txt"}


def test_strict_stops_at_the_first_error_and_writes_nothing(
    article: Path, bad_inputs: list[str]
) -> None:
    done = run("extract", "--strict", str(article), *bad_inputs)
    assert done.returncode == 1
    assert done.stdout == ""
    assert len(done.stderr.splitlines()) == 1
    assert done.stderr.startswith(f"quotematch: error: {bad_inputs[0]}: ")


def test_an_unwritable_output_is_an_error_not_a_traceback(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "no-such-dir" / "out.jsonl"
    done = run("extract", str(article), "-o", str(target))
    assert done.returncode == 1
    assert f"quotematch: error: {target}: cannot write the output" in done.stderr
    assert "Traceback" not in done.stderr


def test_output_file_gets_what_stdout_would(article: Path, tmp_path: Path) -> None:
    target = tmp_path / "quotes.json"
    done = run("extract", "--format", "json", str(article), "-o", str(target))
    assert (done.returncode, done.stdout) == (0, "")
    assert set(json.loads(target.read_text(encoding="utf-8"))) == {"quotes", "errors"}


def test_no_progress_line_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    feed = tmp_path / "many.jsonl"
    lines = [
        json.dumps({"id": f"d{i}", "text": f"“We opened branch {i},” the bank said."})
        for i in range(PROGRESS_MIN_DOCUMENTS + 10)
    ]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for command in ("extract", "cluster"):
        done = run(command, str(feed))
        assert (done.returncode, done.stderr) == (0, "")


@pytest.mark.parametrize(("extra", "shown"), [((), True), (("--quiet",), False)])
@pytest.mark.parametrize(
    ("command", "stages"),
    [("extract", (b"extracting",)), ("cluster", (b"extracting", b"comparing", b"assembling"))],
)
def test_progress_bars_on_a_terminal_unless_quiet(
    tmp_path: Path, extra: tuple[str, ...], shown: bool, command: str, stages: tuple[bytes, ...]
) -> None:
    import os
    import pty
    import select

    feed = tmp_path / "many.jsonl"
    total = PROGRESS_MIN_DOCUMENTS + 10
    said = "“We opened branch {} of the bank today,” it said."
    lines = [json.dumps({"id": f"d{i}", "text": said.format(i % 7)}) for i in range(total)]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "quotematch", command, str(feed), *extra],
            stdout=subprocess.PIPE,
            stderr=follower,
            check=False,
        )
        written = b""
        while select.select([leader], [], [], 0)[0]:
            chunk = os.read(leader, 65536)
            if not chunk:
                break
            written += chunk
    finally:
        os.close(follower)
        os.close(leader)
    assert done.returncode == 0
    for stage in stages:
        assert (b"quotematch: " + stage in written) is shown
    assert (f"/{total} [".encode() in written) is shown  # tqdm's "done/total [time" counter
    assert b"Traceback" not in written


# --- cluster ---------------------------------------------------------------------------------


def test_cluster_sample_json_has_quotes_clusters_and_errors() -> None:
    done = run("cluster", "--sample")
    assert (done.returncode, done.stderr) == (0, "")
    data = json.loads(done.stdout)
    assert set(data) == {"quotes", "clusters", "errors"}
    quote_ids = {q["id"] for q in data["quotes"]}
    for cluster in data["clusters"]:
        assert {"id", "canonical", "members", "variants"} <= set(cluster)
        assert set(cluster["members"]) <= quote_ids
        for variant in cluster["variants"]:
            assert {"quote", "category", "canonical_text", "variant_text"} <= set(variant)


def test_cluster_sample_groups_the_coastal_path_statement_across_outlets() -> None:
    data = json.loads(run("cluster", "--sample").stdout)
    doc_of = {q["id"]: q["doc"] for q in data["quotes"]}
    [coastal] = [c for c in data["clusters"] if "from the ground up" in c["canonical"]]
    assert {doc_of[m] for m in coastal["members"]} == {
        "harbour-gazette-coastal-path",
        "northfield-courier-coastal-path",
        "tidewater-ledger-coastal-path",
    }
    typos = [v for v in coastal["variants"] if v["category"] == "typo"]
    assert [doc_of[v["quote"]] for v in typos] == ["northfield-courier-coastal-path"]
    assert "Costal" in typos[0]["variant_text"]
    assert "Coastal" in typos[0]["canonical_text"]


def test_cluster_offsets_point_into_documents_and_the_canonical_text() -> None:
    texts = {d.id: d.text for d in read_samples() if isinstance(d, Document)}
    data = json.loads(run("cluster", "--sample").stdout)
    quotes = {q["id"]: q for q in data["quotes"]}
    assert quotes, "no quote extracted from the samples"
    for quote in quotes.values():
        assert_spans_round_trip(quote, texts[quote["doc"]])
    variants = [(c, v) for c in data["clusters"] for v in c["variants"]]
    assert variants, "no wording variant found in the samples"
    for cluster, variant in variants:
        start, end = variant["canonical_span"]
        assert cluster["canonical"][start:end] == variant["canonical_text"], variant
        text = texts[quotes[variant["quote"]]["doc"]]
        printed = " ".join(text[s:e] for s, e in variant["spans"])
        assert printed == variant["variant_text"], variant


def test_cluster_jsonl_is_one_self_contained_cluster_per_line() -> None:
    done = run("cluster", "--sample", "--format", "jsonl")
    assert done.returncode == 0
    clusters = jsonl(done.stdout)
    assert clusters, "no cluster found in the samples"
    for cluster in clusters:
        assert [q["id"] for q in cluster["quotes"]] == cluster["members"]


def test_cluster_text_report_starts_with_a_summary() -> None:
    done = run("cluster", "--sample", "--format", "text")
    assert done.returncode == 0
    assert done.stdout.startswith("9 documents · ")


def test_cluster_reports_bad_input_and_still_reads_the_rest(bad_inputs: list[str]) -> None:
    done = run("cluster", "--sample", "--format", "text", *bad_inputs)
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == 3
    assert "Traceback" not in done.stderr
    assert done.stdout.startswith("10 documents · ")  # 9 samples and the good wire record


# --- in process ------------------------------------------------------------------------------


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_draws_a_bar_per_stage_on_a_terminal_and_erases_it() -> None:
    stream = _Terminal()
    progress = Progress(stream, documents=PROGRESS_MIN_DOCUMENTS)
    progress("extracting", 1, PROGRESS_MIN_DOCUMENTS)
    progress("assembling", 1, 3)
    progress.close()
    written = stream.getvalue()
    assert "quotematch: extracting:   0%|" in written
    assert f"| 0/{PROGRESS_MIN_DOCUMENTS} [" in written
    assert "quotematch: assembling:   0%|" in written
    assert "| 0/3 [" in written
    assert written.endswith("\r")  # leave=False: the last bar is cleared


def test_a_stage_of_unknown_length_keeps_redrawing_its_time_until_it_ends() -> None:
    import threading

    class _Counting(_Terminal):
        def __init__(self) -> None:
            super().__init__()
            self.redraws = threading.Semaphore(0)

        def write(self, text: str) -> int:
            self.redraws.release()
            return super().write(text)

    stream = _Counting()
    progress = Progress(stream, documents=PROGRESS_MIN_DOCUMENTS, tick=0.01)
    progress("comparing", 0, None)  # nothing more is reported until the stage ends
    for _ in range(5):  # the first draw, then redraws by the helper thread
        assert stream.redraws.acquire(timeout=30)
    progress.close()
    assert not [t for t in threading.enumerate() if t.name == "quotematch-progress"]
    assert "\rquotematch: comparing: 00:00 so far" in stream.getvalue()


@pytest.mark.parametrize(
    ("total", "quiet"), [(PROGRESS_MIN_DOCUMENTS - 1, False), (PROGRESS_MIN_DOCUMENTS, True)]
)
def test_progress_stays_silent_for_short_runs_or_quiet(total: int, quiet: bool) -> None:
    stream = _Terminal()
    progress = Progress(stream, documents=total, quiet=quiet)
    progress("extracting", total, total)
    progress("comparing", 0, None)
    progress.close()
    assert stream.getvalue() == ""


def test_main_returns_the_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "gone.txt")]) == 1
    gone = tmp_path / "gone.txt"
    assert capsys.readouterr().err == f"quotematch: error: {gone}: no such file; check the path\n"
