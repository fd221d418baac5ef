"""Shared pytest setup: make the repository's ``benchmarks`` package importable.

CI installs quotematch itself from a built package, but the benchmark
generators live beside it in ``benchmarks/`` and are tested from here.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest
from _pytest.doctest import DoctestItem
from hypothesis import settings

# No wall-clock limit on any property: hypothesis's default 200 ms deadline per example
# fails on a loaded machine, and speed is the benchmarks' business, not the tests'.
settings.register_profile("quotematch", deadline=None)
settings.load_profile("quotematch")

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Skip the examples of :mod:`quotematch.semantic` when its extra is not installed.

    The ``test`` extra installs it, so CI runs them; a plain install without
    the extra still runs every other test. With ``CI`` set, a missing extra
    stops the run instead: there the semantic tests must not skip.
    """
    if importlib.util.find_spec("wordllama") is not None:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            "the semantic extra (wordllama) is not installed; CI must run the semantic tests"
        )
    skip = pytest.mark.skip(reason="the semantic extra (wordllama) is not installed")
    for item in items:
        if isinstance(item, DoctestItem) and item.name.startswith("quotematch.semantic."):
            item.add_marker(skip)
