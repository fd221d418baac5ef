"""The Python examples in README.md and docs/*.md run, so the documentation cannot drift.

A ```` ```pycon ```` block, or a ```` ```python ```` block of ``>>>`` lines, is run as a doctest
(its printed output must match); any other ```` ```python ```` block is run as a script and must
not raise. The blocks of one page run in order and share their names, as a reader would type them.
"""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(python|pycon)[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)


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
        fences = [line for line in page.read_text(encoding="utf-8").splitlines()
                  if line.lstrip().startswith("```")]
        assert len(fences) % 2 == 0, f"{page.name}: an unclosed ``` fence"


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_the_examples_of_each_page_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # files an example writes land in a scratch folder
    names: dict[str, object] = {"__name__": "__docs__"}
    for where, kind, code in EXAMPLES:
        if not where.startswith(f"{page.relative_to(ROOT)}:"):
            continue
        if kind == "pycon" or code.lstrip().startswith(">>>"):
            test = doctest.DocTestParser().get_doctest(code, names, where, where, 0)
            runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
            report: list[str] = []
            runner.run(test, out=report.append, clear_globs=False)
            assert runner.failures == 0, "".join(report)
            names.update(test.globs)  # the doctest ran on a copy
        else:
            exec(compile(code, where, "exec"), names)
