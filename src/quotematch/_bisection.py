"""Binary search over sorted offsets, for the compiled extraction modules.

The standard library's :func:`bisect.bisect_left` and :func:`bisect.bisect_right`
with their ``lo``/``hi``/``key`` arguments left out, on lists of ints. Compiled
with the modules that call them, a search is a native call over native ints;
the standard library's functions are reached through the interpreter's calling
convention and compare every item as an object (per generated article, the
extraction's 50-odd searches: about 97k instructions fewer). As plain Python the
standard library's functions, written in C, are the faster ones, and the module
hands those out instead.
"""

from __future__ import annotations

import bisect
from typing import Final

__all__ = ["bisect_left", "bisect_right"]


def bisect_left(a: list[int], x: int) -> int:
    """Where ``x`` goes in the sorted list ``a``, before any items equal to it.

    >>> bisect_left([0, 4, 4, 9], 4), bisect_left([0, 4, 4, 9], 5)
    (1, 3)
    """
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def bisect_right(a: list[int], x: int) -> int:
    """Where ``x`` goes in the sorted list ``a``, after any items equal to it.

    >>> bisect_right([0, 4, 4, 9], 4), bisect_right([0, 4, 4, 9], -1)
    (3, 0)
    """
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


_NATIVE: Final = (bisect_left, bisect_right)
"""The functions above, kept for the test that holds them to the standard library's."""

if __file__.endswith(".py"):
    # Not compiled: callers import the standard library's functions instead
    # (pure Python, per generated article: about 0.2 M instructions fewer).
    globals().update(bisect_left=bisect.bisect_left, bisect_right=bisect.bisect_right)
