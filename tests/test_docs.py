"""The examples in README.md and docs/*.md run, and print what the pages say they print.

The blocks of one page run in order, in one namespace and one scratch folder, as a reader would
type them:

- a ```` ```pycon ```` block, or a ```` ```python ```` block of ``>>>`` lines, runs as a doctest
  (its printed output must match);
- any other ```` ```python ```` block runs as a script and must not raise;
- a ```` ```console ```` block runs each ``$ command`` (``quotematch`` is this checkout's) and
  compares its output (standard output and error together) with the lines that follow it;
  ``$ echo $?`` shows the previous exit status.
"""

from __future__ import annotations

import doctest
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import quotematch

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(python|pycon|console)[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
# Subprocesses import this checkout's package, whatever their working folder.
_ENV = {**os.environ, "PYTHONPATH": str(Path(quotematch.__file__).resolve().parents[1])}


def _examples() -> list[tuple[str, str, str]]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            found.append((f"{page.relative_to(ROOT)}:{line}", match.group(1), match.group(2)))
    return found


EXAMPLES = _examples()


def test_the_pages_hold_examples() -> None:
    pages = {where.split(":")[0] for where, _, _ in EXAMPLES}
    assert {"README.md", "docs/quickstart.md", "docs/concepts.md", "docs/recipes.md"} <= pages


def test_every_fence_is_closed() -> None:
    for page in PAGES:
        fences = [
            line
            for line in page.read_text(encoding="utf-8").splitlines()
            if line.lstrip().startswith("```")
        ]
        assert len(fences) % 2 == 0, f"{page.name}: an unclosed ``` fence"


def _doctest(code: str, where: str, names: dict[str, object]) -> None:
    test = doctest.DocTestParser().get_doctest(code, names, where, where, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    report: list[str] = []
    runner.run(test, out=report.append, clear_globs=False)
    assert runner.failures == 0, "".join(report)
    names.update(test.globs)  # the doctest ran on a copy


def _console(block: str, where: str, cwd: Path) -> None:
    status = 0
    commands: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        else:
            commands[-1][1].append(line)
    for command, expected in commands:
        if command == "echo $?":
            assert [str(status)] == expected, f"{where}: exit status before `{command}`"
            continue
        argv = shlex.split(command)
        if argv[0] == "quotematch":
            argv = [sys.executable, "-m", "quotematch", *argv[1:]]
        done = subprocess.run(
            argv, cwd=cwd, capture_output=True, text=True, encoding="utf-8", check=False, env=_ENV
        )
        status = done.returncode
        shown = (done.stdout + done.stderr).rstrip("\n").splitlines()
        assert shown == expected, f"{where}: output of `{command}`"


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_the_examples_of_each_page_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # files an example writes land in a scratch folder
    names: dict[str, object] = {"__name__": "__docs__"}
    for where, kind, code in EXAMPLES:
        if not where.startswith(f"{page.relative_to(ROOT)}:"):
            continue
        if kind == "console":
            _console(code, where, tmp_path)
        elif kind == "pycon" or code.lstrip().startswith(">>>"):
            _doctest(code, where, names)
        else:
            exec(compile(code, where, "exec"), names)
