"""Settings: defaults, then a config file found upwards, then flags; every bad value named."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import quotematch
from quotematch import Config, ConfigError
from quotematch.settings import allowed_range, find_config_file, load_settings

# Subprocesses import this checkout's package, whatever their working folder.
_ENV = {**os.environ, "PYTHONPATH": str(Path(quotematch.__file__).resolve().parents[1])}


def test_quotematch_toml_is_found_from_a_sub_folder(tmp_path: Path) -> None:
    (tmp_path / "quotematch.toml").write_text("link_score = 90\n", encoding="utf-8")
    (tmp_path / "a" / "b").mkdir(parents=True)
    settings = load_settings(start=tmp_path / "a" / "b")
    assert settings.config.link_score == 90.0
    assert settings.origins["link_score"] == str(tmp_path / "quotematch.toml")
    assert settings.origins["min_fragment_words"] == "default"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.quotematch]\ncluster_kinds = ["direct"]\n', encoding="utf-8"
    )
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "pyproject.toml").write_text("[tool.ruff]\n", encoding="utf-8")
    assert find_config_file(tmp_path / "pkg") == tmp_path / "pyproject.toml"
    assert load_settings(start=tmp_path / "pkg").config.cluster_kinds == frozenset({"direct"})


def test_the_nearest_file_wins_and_files_are_not_merged(tmp_path: Path) -> None:
    (tmp_path / "quotematch.toml").write_text("link_score = 90\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "quotematch.toml").write_text("min_overlap_words = 8\n", encoding="utf-8")
    config = load_settings(start=tmp_path / "sub").config
    assert (config.min_overlap_words, config.link_score) == (8, Config().link_score)


def test_flags_override_the_file(tmp_path: Path) -> None:
    (tmp_path / "quotematch.toml").write_text("link_score = 90\n", encoding="utf-8")
    settings = load_settings(start=tmp_path, flags={"link_score": 95})
    assert settings.config.link_score == 95.0
    assert settings.origins["link_score"] == "--link-score"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("link_score = 120", "link_score = 120 is out of range; allowed: a number from 0 to 100"),
        ("min_fragment_words = 2.5", "min_fragment_words = 2.5 is not a whole number"),
        ("min_fragment_words = true", "min_fragment_words = True is not a whole number"),
        ("cluster_kinds = ['rumour']", "unknown quote kind(s) ['rumour']"),
        ("link_scor = 90", "unknown key 'link_scor'; the keys are max_quote_chars"),
        ("link_score = ", "not valid TOML"),
    ],
)
def test_bad_values_name_the_file_the_key_and_the_range(
    tmp_path: Path, line: str, message: str
) -> None:
    path = tmp_path / "quotematch.toml"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_settings(start=tmp_path)
    assert str(caught.value).startswith(f"{path}: ")
    assert message in str(caught.value)


def test_every_config_field_has_a_described_range() -> None:
    for name in attrs.fields_dict(Config):
        assert allowed_range(name)


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotematch", *args],
        capture_output=True, text=True, encoding="utf-8", cwd=cwd, check=False, env=_ENV,
    )  # fmt: skip


def test_config_command_prints_each_value_and_where_it_came_from(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        "[tool.quotematch]\nlink_score = 90\n", encoding="utf-8"
    )
    done = _run("config", "--format", "json", "--min-overlap-words", "8", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)["settings"]
    assert data["link_score"] == {
        "value": 90.0,
        "from": str((tmp_path / "pyproject.toml").resolve()),
        "allowed": "a number from 0 to 100",
    }
    assert data["min_overlap_words"]["from"] == "--min-overlap-words"
    assert data["max_key_frequency"]["from"] == "default"


def test_a_bad_setting_stops_the_run_with_one_line_and_status_2(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("“We won,” she said.", encoding="utf-8")
    done = _run("extract", "a.txt", "--link-score", "high", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "quotematch: error: --link-score: 'high' is not a number from 0 to 100\n"


def test_settings_reach_extraction(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A “so-called” plan. “We won,” she said.", encoding="utf-8")
    assert len(json.loads(_run("cluster", "a.txt", cwd=tmp_path).stdout)["clusters"]) == 1
    (tmp_path / "quotematch.toml").write_text(
        'cluster_kinds = ["direct", "scare"]\n', encoding="utf-8"
    )
    done = _run("cluster", "a.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["clusters"]) == 2  # the scare quote now takes part


def test_every_setting_is_documented_with_its_default() -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "configuration.md").read_text(
        encoding="utf-8"
    )
    for name, field in attrs.fields_dict(Config).items():
        default = field.default
        if isinstance(default, frozenset):
            shown = "`[" + ", ".join(f'"{kind}"' for kind in sorted(default)) + "]`"
        elif isinstance(default, bool):
            shown = "true" if default else "false"  # as written in TOML
        else:
            shown = str(default)
        assert f"| `{name}` | {shown} |" in page, name
