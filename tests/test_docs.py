"""The examples in the docs pages run, and print what the pages say they print.

A page's ```python blocks run in order in one namespace, and its ```console
blocks run each ``$ command`` (``quotematch`` is this checkout's) in the
scratch folder the page's Python makes (its ``folder``), comparing its output
(standard output and error together) with the lines that follow it;
``$ echo $?`` shows the previous exit status. Pages write only in their
scratch folder, so the examples can run from any working folder.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import quotematch

# Subprocesses import this checkout's package, whatever their working folder.
_ENV = {**os.environ, "PYTHONPATH": str(Path(quotematch.__file__).resolve().parents[1])}
DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = ["check.md", "configuration.md", "formats.md"]
_BLOCK = re.compile(r"^```(python|console)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def _console(block: str, cwd: Path) -> None:
    status = 0
    commands: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            commands[-1][1].append(line)
    for command, expected in commands:
        if command == "echo $?":
            assert [str(status)] == expected, f"exit status of the command before `{command}`"
            continue
        argv = shlex.split(command)
        if argv[0] == "quotematch":
            argv = [sys.executable, "-m", "quotematch", *argv[1:]]
        done = subprocess.run(
            argv, cwd=cwd, capture_output=True, text=True, encoding="utf-8", check=False, env=_ENV
        )
        status = done.returncode
        shown = (done.stdout + done.stderr).rstrip("\n").splitlines()
        assert shown == expected, f"output of `{command}`"


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {"__name__": f"docs_{page}"}
    blocks = _BLOCK.findall((DOCS / page).read_text(encoding="utf-8"))
    assert blocks, f"{page} has no examples"
    for language, code in blocks:
        if language == "python":
            exec(compile(code, f"docs/{page}", "exec"), namespace)
        else:
            folder = namespace.get("folder", tmp_path)
            assert isinstance(folder, Path)
            _console(code, folder)
