"""Shared pytest setup: make the repository's ``benchmarks`` package importable.

CI installs quotematch itself from a built package, but the benchmark
generators live beside it in ``benchmarks/`` and are tested from here.
"""

from __future__ import annotations

import sys
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)
