"""Verifying a candidate pair: are two versions the same statement, and how do they line up?

Blocking (:mod:`quotematch.block`) proposes pairs of quotes that share a pair
of words, together with the *diagonal* on which they share it: the word of the
first quote at which the second would start. :func:`verify` looks only near
that diagonal and decides between three links:

``same``
    the two versions align end to end (up to a word at either end);
``contains``
    all of the shorter version sits inside the longer one;
``overlap``
    the end of one version is the start of the other, for at least
    ``Config.min_overlap_words`` words;
``excerpt``
    the two print different stretches of one long statement and share a
    long, specific run word for word (``A B C`` and ``B D``): at least
    ``2 * Config.min_overlap_words`` words, ``min_overlap_words`` of them
    content words, and not a shared opening or a shared ending; or one is a
    reworded copy of the other (translated and back, or spun), keeping at
    least two long runs word for word and half its words in order.

In the first three cases the aligned words must cover the shorter side (or
the overlap) *completely*: a shared opening followed by different
continuations is two statements, not one, however long the opening.
Words are aligned on their folded forms (longest common
subsequence, so dropped, added and changed words are allowed), and the aligned
stretch is then scored character by character with RapidFuzz's ``ratio`` on
quotematch's 0–100 scale, so a typo costs a letter, not a word. The score is
taken twice, on all the words and on the content words alone (function words
such as "the", "not", "we" left out), and the lower counts: sentences built on
one template with different nouns do not pass for versions of each other.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Literal

import attrs
from rapidfuzz import fuzz
from rapidfuzz.distance import OSA, LCSseq

from .block import DIAGONAL_SLACK, STOP_WORDS, blocking_keys
from .config import Config
from .normalize import comparison_form, is_masked

__all__ = ["Link", "LinkKind", "best_diagonal", "nests", "similarity", "verify"]

LinkKind = Literal["same", "contains", "overlap", "excerpt"]

_SLACK = DIAGONAL_SLACK  # words of play around the diagonal, for dropped and added words
_EDGE = 1  # a shared run starting (ending) this near both versions' edges is an opening (ending)
_CONDENSED_WORDS = 8  # the longest version read as a condensed partial of another
_COPY_RUNS = 2  # long runs a reworded copy keeps word for word, at least
_COPY_SHARE = 0.75  # ... and the words shared in order make up this share of the shorter
_TYPO_LETTERS = 4  # a one-letter difference in a shorter word is another word ("got", "get")


@attrs.frozen
class Link:
    """How two versions line up.

    Attributes:
        kind: ``same``, ``contains``, ``overlap`` or ``excerpt``.
        swapped: False when ``a`` (the first argument of :func:`verify`) is the
            *outer* side: the longer version for ``same``/``contains``, the one
            whose end overlaps for ``overlap``, the one in which the shared run
            starts later for ``excerpt``; True when ``b`` is.
        offset: the word of the outer side at which the inner side starts.
        score: similarity of the aligned words, 0–100.
        words: how many words of the outer side the alignment covers.
    """

    kind: LinkKind
    swapped: bool
    offset: int
    score: float
    words: int


def _score(short: Sequence[str], long: Sequence[str], cutoff: float) -> float:
    """Letter-level similarity of two word runs, counting their content words on their own too.

    The score is the lower of RapidFuzz ``ratio`` on all the words and on the
    words outside :data:`quotematch.block.STOP_WORDS`: two sentences built on
    one template ("this is about the ferry, not the archive") share most of
    their letters, but not their content words.
    """
    joined_a, joined_b = " ".join(short), " ".join(long)
    # A masked word is the only comparison word with a "*" (see is_masked): one search of
    # the joined words instead of a call per word took verification at 100k generated
    # quotes from 3.2 to 2.4 CPU s (best of three, same candidates, same links).
    if "*" in joined_a or "*" in joined_b:
        short, long = _unmask(short, long)
        joined_a, joined_b = " ".join(short), " ".join(long)
    score = fuzz.ratio(joined_a, joined_b, score_cutoff=cutoff)
    if not score:
        return 0.0
    content_a = " ".join(w for w in short if w not in STOP_WORDS)
    content_b = " ".join(w for w in long if w not in STOP_WORDS)
    if content_a or content_b:
        score = min(score, fuzz.ratio(content_a, content_b, score_cutoff=cutoff))
    return score


def _unmask(a: Sequence[str], b: Sequence[str]) -> tuple[list[str], list[str]]:
    """Read each masked word ("f*") as the word it faces on the other side, if it starts so.

    >>> _unmask(["a", "f*", "disgrace"], ["a", "fearful", "disgrace"])
    (['a', 'fearful', 'disgrace'], ['a', 'fearful', 'disgrace'])
    """
    a, b = list(a), list(b)
    i = j = 0
    for blk in LCSseq.editops(a, b).as_matching_blocks():
        # The words between two aligned stretches, when as many on each side, face each other.
        if blk.a - i == blk.b - j:
            for x, y in zip(range(i, blk.a), range(j, blk.b), strict=True):
                if _stands_for(a[x], b[y]):
                    a[x] = b[y]
                elif _stands_for(b[y], a[x]):
                    b[y] = a[x]
        i, j = blk.a + blk.size, blk.b + blk.size
    return a, b


def _stands_for(mask: str, word: str) -> bool:
    """Whether masked ``mask`` can be ``word``: its letters open it ("f*", "fearful").

    A mask showing no letter ("*", from "[expletive]") stands for any word
    and any other mask ("f*").
    """
    if not is_masked(mask) or mask == word:
        return False
    return mask == "*" or (not is_masked(word) and word.startswith(mask[:-1]))


def _ends(blocks: Sequence[tuple[int, int, int]]) -> tuple[int, int, int, int] | None:
    """First and last matched word of an alignment: (a_first, b_first, a_end, b_end)."""
    matched = [blk for blk in blocks if blk[2]]
    if not matched:
        return None
    first, last = matched[0], matched[-1]
    return first[0], first[1], last[0] + last[2], last[1] + last[2]


def _matching(a: Sequence[str], b: Sequence[str]) -> tuple[int, int, int, int] | None:
    blocks = LCSseq.editops(a, b).as_matching_blocks()
    return _ends([(blk.a, blk.b, blk.size) for blk in blocks])


def _place(
    short: Sequence[str],
    long: Sequence[str],
    lo: int,
    hi: int,
    cutoff: float = 0.0,
    gaps: Sequence[int] = (),
) -> tuple[float, int, int]:
    """Best placement of the whole of ``short`` inside ``long[lo:hi]``: (score, start, end).

    ``gaps`` are the word positions of ellipses in ``short``: words left out
    there are not held against it, each run between ellipses is scored on its own
    (weighted by its length).
    """
    blocks = [
        (blk.a, blk.b + lo, blk.size)
        for blk in LCSseq.editops(short, long[lo:hi]).as_matching_blocks()
        if blk.size
    ]
    if not blocks:
        return 0.0, lo, lo
    bounds = [0, *(g for g in gaps if 0 < g < len(short)), len(short)]
    total = 0.0
    weight = 0
    start = end = -1
    for s0, s1 in itertools.pairwise(bounds):
        if s1 <= s0:
            continue
        inside = [(a, b, size) for a, b, size in blocks if a < s1 and a + size > s0]
        part = short[s0:s1]
        size = sum(map(len, part)) + len(part) - 1
        weight += size
        if not inside:
            continue
        a, b, n = inside[0]
        first_s, first_l = max(a, s0), b + max(a, s0) - a
        a, b, n = inside[-1]
        last_s, last_l = min(a + n, s1), b + min(a + n, s1) - a
        # Unmatched words at the ends of the run (a typo in its first word, say)
        # still have to sit somewhere: widen the stretch of ``long`` by as many.
        part_start = max(0, first_l - (first_s - s0))
        part_end = min(len(long), last_l + (s1 - last_s))
        total += size * _score(part, long[part_start:part_end], 0.0 if gaps else cutoff)
        start = part_start if start < 0 else start
        end = part_end
    if start < 0:
        return 0.0, lo, lo
    return total / weight, start, end


def _overlap(
    first: Sequence[str], second: Sequence[str], offset: int, cutoff: float
) -> tuple[float, int, int]:
    """Score the end of ``first`` against the start of ``second``.

    Returns (score, where the overlap starts in ``first``, where it ends in ``second``).
    """
    lo = max(0, offset - _SLACK - 1)
    hi = min(len(second), len(first) - offset + _SLACK + 1)
    ends = _matching(first[lo:], second[:hi])
    if ends is None:
        return 0.0, 0, 0
    f_first, s_first, f_end, s_end = ends
    start = lo + f_first - s_first
    end = s_end + (len(first) - lo - f_end)
    if start <= 0 or end >= len(second):
        return 0.0, 0, 0  # one contains the other: not an overlap
    return _score(first[start:], second[:end], cutoff), start, end


def _inside(la: int, lb: int, diagonal: int) -> tuple[bool, bool]:
    """Whether, on this diagonal, ``b`` fits inside ``a`` and ``a`` inside ``b`` (with slack)."""
    b_in_a = diagonal >= -_SLACK and diagonal + lb <= la + _SLACK
    a_in_b = diagonal <= _SLACK and diagonal + lb >= la - _SLACK
    return b_in_a, a_in_b


def nests(la: int, lb: int, diagonal: int) -> bool:
    """True when, on this diagonal, one version would lie inside the other (not an overlap).

    >>> nests(10, 4, 3), nests(10, 8, 6)
    (True, False)
    """
    return any(_inside(la, lb, diagonal))


def verify(
    a: Sequence[str],
    b: Sequence[str],
    diagonal: int,
    config: Config,
    *,
    gaps_a: Sequence[int] = (),
    gaps_b: Sequence[int] = (),
) -> Link | None:
    """Decide how two versions link, looking near ``diagonal`` (where ``b`` starts in ``a``).

    Args:
        a, b: the folded words of two versions (``normalize.comparison_words``).
        diagonal: the word of ``a`` at which ``b`` starts, as suggested by
            shared blocking keys (negative when ``b`` starts before ``a``).
        config: ``link_score``, ``min_fragment_words`` and ``min_overlap_words`` apply.
        gaps_a, gaps_b: word positions of ellipses in ``a`` and ``b``; the shorter
            side may leave out any number of words there.

    Returns:
        The :class:`Link`, or None when the two do not align well enough,
        when either has fewer than ``min_fragment_words`` words, or when they
        share only an opening (or only an ending).

    >>> from quotematch.config import Config
    >>> full = "we will rebuild the coastal path before the summer".split()
    >>> part = "rebuild the costal path".split()
    >>> link = verify(full, part, 2, Config())
    >>> link.kind, link.swapped, link.offset
    ('contains', False, 2)
    >>> other = "we will rebuild the harbour wall and the old pier".split()
    >>> verify(full, other, 0, Config()) is None
    True
    """
    la, lb = len(a), len(b)
    if min(la, lb) < config.min_fragment_words:
        return None
    cutoff = config.link_score
    b_in_a, a_in_b = _inside(la, lb, diagonal)
    if b_in_a or a_in_b:
        swapped = a_in_b and (not b_in_a or (la, a) < (lb, b))
        long, short = (b, a) if swapped else (a, b)
        start_guess = -diagonal if swapped else diagonal
        gaps = gaps_a if swapped else gaps_b
        if gaps:  # any number of words may be left out: look along the whole of ``long``
            lo, hi = 0, len(long)
        else:
            lo = max(0, start_guess - _SLACK - 1)
            hi = min(len(long), start_guess + len(short) + _SLACK + 1)
        score, start, end = _place(short, long, lo, hi, cutoff, gaps)
        if score < cutoff or score == 0:
            condensed = None if gaps else _condensed(short, long, swapped, cutoff)
            return condensed or _apart(a, b, config, (gaps_a, gaps_b))
        if (
            len(short) < config.min_overlap_words
            and not gaps
            and not _word_for_word(short, long[start:end])
        ):
            return _condensed(short, long, swapped, cutoff)
        kind: LinkKind = "same" if start <= 1 and end >= len(long) - 1 else "contains"
        return Link(kind, swapped, start, score, end - start)
    swapped = diagonal < 0
    first, second = (b, a) if swapped else (a, b)
    score, start, end = _overlap(first, second, abs(diagonal), cutoff)
    words = min(len(first) - start, end)
    if score < cutoff or score == 0 or words < config.min_overlap_words:
        return _apart(a, b, config, (gaps_a, gaps_b))
    return Link("overlap", swapped, start, score, len(first) - start)


def _word_for_word(short: Sequence[str], stretch: Sequence[str]) -> bool:
    """Whether a short version prints its stretch of the other word for word, typos aside.

    A version of fewer than ``min_overlap_words`` words is too little
    evidence to carry a changed word: the headline "WE GOT IT WRONG" is not
    a version of "... and I got it wrong" from another story, although the two
    differ by one pronoun. Each word must face an equal word, a misspelling of
    it (one letter added, dropped, changed or two swapped, in a word of four
    letters or more) or a masked form of it.

    >>> _word_for_word("rebuild the costal path".split(), "rebuild the coastal path".split())
    True
    >>> _word_for_word("we got it wrong".split(), "i got it wrong".split())
    False
    >>> _word_for_word("in 2019".split(), "in 2018".split())
    False
    """
    if len(short) != len(stretch):
        return False
    for x, y in zip(short, stretch, strict=True):
        if x == y:
            continue
        if is_masked(x) or is_masked(y):
            if _stands_for(x, y) or _stands_for(y, x):
                continue
            return False
        if (
            min(len(x), len(y)) < _TYPO_LETTERS
            or any(c.isdigit() for c in x + y)  # a changed number is no misspelling
            or OSA.distance(x, y, score_cutoff=1) > 1
        ):
            return False
    return True


def _condensed(
    short: Sequence[str], long: Sequence[str], swapped: bool, score: float
) -> Link | None:
    """A short version that condenses a stretch of the long one: every word, in order, close by.

    A partial quote often keeps a few words of one sentence and drops the
    rest ("the delay was unacceptable" for "the delay to last night's final
    was unacceptable and avoidable"). It counts when the short version has at
    most :data:`_CONDENSED_WORDS` words, two of them content words, and all of
    its words appear in order in a stretch of the long one at most twice its
    length plus two words, starting and ending on its first and last words.
    Returns a ``contains`` link over that stretch with the given ``score``, or None.

    >>> _condensed("the delay was unacceptable".split(),
    ...            "the delay to the final was unacceptable and avoidable".split(), False, 85.0)
    Link(kind='contains', swapped=False, offset=0, score=85.0, words=7)
    """
    n = len(short)
    if n > _CONDENSED_WORDS or sum(w not in STOP_WORDS for w in short) < 2:
        return None
    span = 2 * n + 2
    for start, word in enumerate(long):
        if word != short[0]:
            continue
        k = 1
        end = start + 1
        while k < n and end < len(long) and end - start < span:
            if long[end] == short[k]:
                k += 1
            end += 1
        if k == n:
            return Link("contains", swapped, start, score, end - start)
    return None


def _apart(
    a: Sequence[str],
    b: Sequence[str],
    config: Config,
    gaps: tuple[Sequence[int], Sequence[int]] = ((), ()),
) -> Link | None:
    """The link of two versions that do not line up end to end: an excerpt or a reworded copy.

    Both read one word-level alignment (longest common subsequence), taken
    only when both versions are long enough for either rule. ``gaps`` are
    the word positions where ``a`` and ``b`` say they left words out.
    """
    if min(len(a), len(b)) < _COPY_RUNS * (config.min_overlap_words - 1):
        return None
    blocks = [
        (blk.a, blk.b, blk.size) for blk in LCSseq.editops(a, b).as_matching_blocks() if blk.size
    ]
    return _excerpt(a, b, blocks, config, gaps) or _reworded_copy(a, b, blocks, config)


def _excerpt(
    a: Sequence[str],
    b: Sequence[str],
    blocks: Sequence[tuple[int, int, int]],
    config: Config,
    gaps: tuple[Sequence[int], Sequence[int]] = ((), ()),
) -> Link | None:
    """Two stretches of one long statement: a long, specific run printed word for word by both.

    The run needs ``2 * min_overlap_words`` words, ``min_overlap_words`` of
    them outside :data:`quotematch.block.STOP_WORDS`; a run that opens both
    versions (or ends both), give or take a word, is a shared opening (or
    ending) of two statements and does not count, unless one version says it
    left words out right where the two part (an ellipsis, or where its printed
    parts meet: ``A … D`` against ``A B C``): then the continuations do not
    differ, one was cut. ``blocks`` are the runs the two share in order,
    ``(i, j, size)``; ``gaps`` the word positions of each side's cuts.
    """
    need = 2 * config.min_overlap_words
    if len(a) < need or len(b) < need:
        return None
    best = (0, 0, 0)
    for i, j, size in blocks:
        # The alignment may have spent the run's first words elsewhere: take them back.
        while size and i and j and a[i - 1] == b[j - 1]:
            i, j, size = i - 1, j - 1, size + 1
        if size > best[2]:
            best = (i, j, size)
    a_start, b_start, size = best
    if size < need:
        return None
    gaps_a, gaps_b = gaps
    cut_after = a_start + size in gaps_a or b_start + size in gaps_b
    if a_start <= _EDGE and b_start <= _EDGE and not cut_after:
        return None  # a shared opening
    cut_before = a_start in gaps_a or b_start in gaps_b
    if len(a) - a_start - size <= _EDGE and len(b) - b_start - size <= _EDGE and not cut_before:
        return None  # a shared ending
    run = a[a_start : a_start + size]
    if sum(w not in STOP_WORDS for w in run) < config.min_overlap_words:
        return None
    swapped = b_start > a_start
    offset = abs(a_start - b_start)
    return Link("excerpt", swapped, offset, 100.0, size)


def _reworded_copy(
    a: Sequence[str], b: Sequence[str], blocks: Sequence[tuple[int, int, int]], config: Config
) -> Link | None:
    """One statement reworded around long runs it keeps: a translated or spun copy.

    A reprint translated and back keeps names and whole phrases but changes
    the words between them ("I want to express personally my gratitude to
    every one of the volunteers who searched the moor during all the night
    ..." for "I want to thank personally every one of the volunteers who
    searched the moor through the night ..."). It counts when at least ``_COPY_RUNS`` runs of
    ``min_overlap_words - 1`` words or more are printed word for word by both,
    none of them a shared opening or ending, holding ``min_overlap_words``
    content words between them, and all the words the two share in order
    make up three quarters of the shorter version: two statements that
    happen to share two phrases share little else, and a rebuttal that
    echoes a claim ("will cut taxes" / "will raise taxes … will never build")
    shares well under that. Returns an ``excerpt`` link on the
    diagonal of the longest run, so that joining still needs its rare keys.
    """
    if sum(size for _, _, size in blocks) < _COPY_SHARE * min(len(a), len(b)):
        return None
    runs = [
        (i, j, size)
        for i, j, size in blocks
        if size >= config.min_overlap_words - 1
        and not (i <= _EDGE and j <= _EDGE)
        and not (len(a) - i - size <= _EDGE and len(b) - j - size <= _EDGE)
    ]
    content = sum(w not in STOP_WORDS for i, _, size in runs for w in a[i : i + size])
    if len(runs) < _COPY_RUNS or content < config.min_overlap_words:
        return None
    i, j, size = max(runs, key=lambda run: run[2])
    return Link("excerpt", j > i, abs(i - j), 100.0, size)


def best_diagonal(a: Sequence[str], b: Sequence[str]) -> int | None:
    """The diagonal on which ``a`` and ``b`` share the most blocking keys, or None.

    >>> best_diagonal("we will rebuild the path".split(), "rebuild the path".split())
    2
    """
    positions: dict[int, list[int]] = {}
    for key, pos in blocking_keys(a):
        positions.setdefault(key, []).append(pos)
    votes: Counter[int] = Counter()
    for key, pos in blocking_keys(b):
        for pa in positions.get(key, ()):
            votes[pa - pos] += 1
    if not votes:
        return None
    return min(votes, key=lambda d: (-votes[d], abs(d), d))


def similarity(
    a: str,
    b: str,
    *,
    processor: Callable[[str], str] | None = None,
    score_cutoff: float | None = None,
) -> float:
    """How closely the shorter of two quotes matches its place in the longer, 0–100.

    The shorter version is aligned word by word inside the longer one and the
    aligned stretch is compared letter by letter, on all words and on the
    content words alone (the lower score counts), so a fragment printed word
    for word scores 100 against the full statement, and a typo or a dropped
    word costs only a few points. Symmetric: ``similarity(a, b) ==
    similarity(b, a)``.

    Args:
        a, b: two quote texts.
        processor: turns each text into space-separated words before
            comparing; by default quotematch's comparison form (case, marks,
            ``&``, UK/US spelling folded).
        score_cutoff: scores below it are returned as 0.

    >>> score = similarity("We will rebuild the coastal path.", "“we will rebuild the Costal Path”")
    >>> round(score, 1)
    97.4
    >>> similarity("rebuild the coastal path", "We will rebuild the coastal path, she said.")
    100.0
    """
    process = comparison_form if processor is None else processor
    wa, wb = process(a).split(), process(b).split()
    if not wa or not wb:
        return 100.0 if wa == wb else 0.0
    short, long = sorted((wa, wb), key=lambda w: (len(w), w))
    diagonal = best_diagonal(long, short)
    if diagonal is None:
        lo, hi = 0, len(long)
    else:
        lo = max(0, diagonal - _SLACK - 1)
        hi = min(len(long), diagonal + len(short) + _SLACK + 1)
    score = _place(short, long, lo, hi)[0]
    if score_cutoff is not None and score < score_cutoff:
        return 0.0
    return score
