"""Blocking keys: the one function that proposes candidate pairs.

Comparing every quote with every other is quadratic, so quotematch only
compares quotes that share a *blocking key*: a pair of nearby words. The batch
clusterer (and any index built on it) calls :func:`blocking_keys`, so every
path through quotematch proposes the same candidates.

Keys are word bigrams ``(w[i], w[i+1])`` and skip-bigrams ``(w[i], w[i+2])``
of the comparison form (see :mod:`quotematch.normalize`). A single typo or a
changed word breaks at most two bigrams and two skip-bigrams, so a fragment of
four words with one typo still shares a key with its fuller version. Keys made
only of very common function words ("of the", "I have") are never produced:
they would pair every quote with every other and prove nothing.

Each key is a non-negative 62-bit integer computed from CRC-32 of the words,
so it is the same in every process and on every platform (Python's own
``hash`` of a string is not) and can be stored in an index. Its lowest bit is
1 when one of its words is a function word (see :func:`is_weak`).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["STOP_WORDS", "blocking_keys", "is_weak", "key_columns"]

_STOP_TEXT = """
    a about after all also am an and any are as at be because been before being but by
    can could did do does doing don't for from had has have having he he's her here hers
    him his how i i'm i've i'll i'd if in into is isn't it it's its just let's me more most
    my no not now of off on once only or other our ours out over own said say says she
    she's should so some such than that that's the their theirs them then there there's
    these they they're this those through to too under until up us very was wasn't we
    we're we've we'll were what when where which while who whom why will with won't would
    you you're your yours
"""
STOP_WORDS: frozenset[str] = frozenset(_STOP_TEXT.split())
"""Function words that never make a key on their own (a key needs one other word)."""

_BODY = (1 << 62) - 2  # the lowest bit is the WEAK flag
_SKIP = 0x2545F4914F6CDD1D  # mixed into skip-bigram keys so they never equal bigram keys


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode("utf-8"))


def blocking_keys(norms: Sequence[str]) -> list[tuple[int, int]]:
    """The blocking keys of a quote's folded words, each with the position it starts at.

    Args:
        norms: the comparison-form words of one quote (``Token.norm``).

    Returns:
        ``(key, position)`` pairs in position order, bigram before skip-bigram.
        Two quotes that share a key at positions ``i`` and ``j`` are aligned on
        the diagonal ``i - j``: the second quote would start at word ``i - j``
        of the first.

    >>> keys = blocking_keys(["we", "will", "rebuild", "the", "path"])
    >>> [position for _, position in keys]
    [0, 1, 2, 2, 3]
    >>> keys == blocking_keys(("we", "will", "rebuild", "the", "path"))
    True
    >>> blocking_keys(["of", "the", "in"])
    []
    """
    keys, positions = key_columns(norms)
    return list(zip(keys, positions, strict=True))


def key_columns(norms: Sequence[str]) -> tuple[list[int], list[int]]:
    """:func:`blocking_keys` as two parallel lists, keys and positions (for bulk indexing).

    >>> key_columns(["rebuild", "the", "path"])[1]
    [0, 0, 1]
    """
    hashes = list(map(_word_hash, norms))
    stop = [w in STOP_WORDS for w in norms]
    keys: list[int] = []
    positions: list[int] = []
    add_key = keys.append
    add_pos = positions.append
    last = len(hashes) - 1
    for i in range(last):
        h = hashes[i] * 0x100000001B3
        if not (stop[i] and stop[i + 1]):
            add_key(((h + hashes[i + 1]) & _BODY) | (stop[i] or stop[i + 1]))
            add_pos(i)
        if i + 1 < last and stop[i + 1] and not (stop[i] and stop[i + 2]):
            add_key((((h + hashes[i + 2]) ^ _SKIP) & _BODY) | (stop[i] or stop[i + 2]))
            add_pos(i)
    return keys, positions


def is_weak(key: int) -> bool:
    """True for a key that pairs a function word with another word ("the path").

    Such keys are more common than keys of two content words ("coastal path");
    a busy weak key is not worth pairing its texts on.

    >>> [is_weak(key) for key, _ in blocking_keys(["the", "coastal", "path"])]
    [True, False]
    """
    return bool(key & 1)
