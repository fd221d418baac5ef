"""Output files are replaced only when complete; unwritable ones fail before any work."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from quotematch.output import OutputError, check_output, open_output


def test_a_complete_write_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old report", encoding="utf-8")
    with open_output(str(target)) as out:
        out.write("new report")
    assert target.read_text(encoding="utf-8") == "new report"
    assert os.listdir(tmp_path) == ["report.json"]  # no temporary file left behind


def test_a_failed_run_leaves_the_old_file_untouched(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old report", encoding="utf-8")
    with pytest.raises(RuntimeError), open_output(str(target)) as out:
        out.write("half a rep")
        raise RuntimeError("the run failed half-way")
    assert target.read_text(encoding="utf-8") == "old report"
    assert os.listdir(tmp_path) == ["report.json"]


def test_the_new_file_keeps_the_old_files_permissions(tmp_path: Path) -> None:
    target = tmp_path / "shared.csv"
    target.write_text("a", encoding="utf-8")
    target.chmod(0o640)
    with open_output(str(target)) as out:
        out.write("b")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_text_that_no_encoder_accepts_is_written_escaped(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    with open_output(str(target)) as out:
        out.write("bad \ud800 text")
    assert target.read_bytes() == b"bad \\ud800 text"


@pytest.mark.parametrize(
    ("name", "reason"),
    [("missing/out.json", "its directory does not exist"), (".", "it is a directory")],
)
def test_an_unwritable_output_is_refused_up_front(tmp_path: Path, name: str, reason: str) -> None:
    with pytest.raises(OutputError, match=reason):
        check_output(str(tmp_path / name))


def test_a_file_name_with_escape_sequences_is_reported_safely(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        check_output(str(tmp_path / "no\x1b]0;x\x07dir" / "out.json"))
    assert "\x1b" not in str(caught.value)
    assert "no\\x1b]0;x\\x07dir" in str(caught.value)
