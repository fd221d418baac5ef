"""The ``quotematch`` command line: a thin layer over the public API."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status. (Placeholder.)"""
    print("quotematch: not implemented yet", file=sys.stderr)
    return 2
