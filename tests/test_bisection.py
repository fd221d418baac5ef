"""The compiled binary search agrees with the standard library's."""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from quotematch import _bisection

# The module's own functions, whichever it hands out (see its docstring).
bisect_left, bisect_right = _bisection._NATIVE

# Offsets as attribution keeps them: sorted, repeats allowed, often empty.
offsets = st.lists(st.integers(-5, 60), max_size=30).map(sorted)


@given(offsets, st.integers(-10, 70))
def test_bisect_left_agrees_with_the_standard_library(a: list[int], x: int) -> None:
    assert bisect_left(a, x) == bisect.bisect_left(a, x)


@given(offsets, st.integers(-10, 70))
def test_bisect_right_agrees_with_the_standard_library(a: list[int], x: int) -> None:
    assert bisect_right(a, x) == bisect.bisect_right(a, x)


def test_a_sentence_is_found_by_its_start() -> None:
    # Sentence starts of "It rained. We lost. Then it ended.": a position inside
    # the second sentence, and its very first character, both give sentence 1.
    starts = [0, 11, 20]
    assert bisect_right(starts, 15) - 1 == 1
    assert bisect_right(starts, 11) - 1 == 1
    assert bisect_left(starts, 11) == 1
