"""A griffe extension for the docs site: show docstrings' ``>>>`` examples as Python code.

quotematch's docstrings carry bare doctest examples (run by pytest's ``--doctest-modules``).
Read as Markdown, their output lines would turn into block quotes and reference links; this
wraps each run of example lines in a ``pycon`` fence before the docstring is rendered.
"""

from __future__ import annotations

from typing import Any

import griffe


def fence_doctests(text: str) -> str:
    """Wrap every block of ``>>>`` lines (with their output, up to a blank line) in a fence."""
    out: list[str] = []
    inside = False
    indent = ""
    for line in text.splitlines():
        stripped = line.lstrip()
        if not inside and stripped.startswith(">>>"):
            indent = line[: len(line) - len(stripped)]
            out.append(f"{indent}```pycon")
            inside = True
        elif inside and not stripped:
            out.append(f"{indent}```")
            inside = False
        out.append(line)
    if inside:
        out.append(f"{indent}```")
    return "\n".join(out)


class DoctestFences(griffe.Extension):
    """Fence the doctest examples of every documented object."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_doctests(obj.docstring.value)
