"""``python -m benchmarks``: the whole benchmark suite (see :mod:`benchmarks.suite`)."""

from __future__ import annotations

import sys

from .suite import main

sys.exit(main())
