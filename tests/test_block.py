"""Blocking keys: stable, positioned, and robust to one changed word in a short fragment."""

from __future__ import annotations

import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch.block import STOP_WORDS, blocking_keys, is_weak, key_columns
from quotematch.normalize import comparison_words

WORDS = st.lists(
    st.sampled_from(["the", "of", "we", "harbour", "wall", "rebuild", "council", "path", "and"]),
    max_size=15,
)


def test_bigrams_and_bridging_skip_bigrams() -> None:
    words = comparison_words("rebuild the coastal path")
    keys = blocking_keys(words)
    # rebuild-the, rebuild-(the)-coastal, the-coastal, coastal-path: four keys.
    assert [pos for _, pos in keys] == [0, 0, 1, 2]
    assert len({key for key, _ in keys}) == 4


def test_function_words_alone_make_no_key() -> None:
    assert blocking_keys(comparison_words("I have been there for them")) == []


def test_shared_key_gives_the_alignment_diagonal() -> None:
    full = comparison_words("The council said it will rebuild the harbour wall this spring")
    part = comparison_words("rebuild the harbour wall")
    in_full = dict(blocking_keys(full))
    diagonals = {in_full[key] - pos for key, pos in blocking_keys(part) if key in in_full}
    assert diagonals == {5}  # "rebuild" is word 5 of the full statement


def test_one_changed_word_in_a_four_word_fragment_leaves_a_shared_key() -> None:
    full = comparison_words("The council will rebuild the harbour wall at Porthcarrow")
    full_keys = {key for key, _ in blocking_keys(full)}
    for fragment in (
        "rebuild teh harbour wall",
        "rebiuld the harbour wall",
        "rebuild the harbour wal",
        "rebuild the harbor wall",
    ):
        assert full_keys & {key for key, _ in blocking_keys(comparison_words(fragment))}, fragment


def test_keys_are_the_same_in_every_process() -> None:
    code = (
        "from quotematch.block import blocking_keys;"
        "print(blocking_keys(['rebuild', 'the', 'harbour', 'wall']))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        run = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(run.stdout)
    assert outputs == {str(blocking_keys(["rebuild", "the", "harbour", "wall"])) + "\n"}


@settings(max_examples=100)
@given(WORDS)
def test_keys_are_deterministic_and_in_range(words: list[str]) -> None:
    keys = blocking_keys(words)
    assert keys == blocking_keys(tuple(words))
    columns = key_columns(words)
    assert keys == list(zip(columns[0], columns[1], strict=True))
    for key, pos in keys:
        assert 0 <= key < 1 << 62
        assert 0 <= pos < len(words) - 1
        assert not (
            words[pos] in STOP_WORDS
            and words[pos + 1] in STOP_WORDS
            and (pos + 2 >= len(words) or words[pos + 2] in STOP_WORDS)
        )


def test_weak_keys_are_those_with_a_function_word() -> None:
    keys = blocking_keys(comparison_words("rebuild the coastal path"))
    # rebuild-the, rebuild-(the)-coastal, the-coastal, coastal-path
    assert [is_weak(key) for key, _ in keys] == [True, False, True, False]
