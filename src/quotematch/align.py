"""Assembling a cluster's canonical passage and each member's variants.

Like overlapping sequencing reads assembled into one sequence, the members of
a cluster are aligned word by word into *columns* (one per word slot of the
passage). Members printing the same text are aligned once and vote with
their number; a cluster whose members all print one plain text (a statement
printed once, or reprinted word for word) is that text, with no alignment at
all. Members are added longest first; each is aligned to the columns near
the position the linker found for it with
:func:`rapidfuzz.distance.Indel.opcodes` (a longest common subsequence over
lists of comparison words, in C++), its gaps are slid next to the rest of
its words, and the non-matching stretches are paired word by word. Words a
member adds open new columns.

The canonical passage keeps, column by column, the word most members print
there (in its most common printed form), and drops a column when more of the
members whose printed part spans it leave it out than print it. Ties go to
the member printed first (earliest ``published``), then the longest, then
by text and id, so the result does not depend on the order of the members.
The passage reads as the statement: the comma a split quote prints before
"she said" votes as the full stop it replaced.

Each member's differences then fall out of its columns: a word in a dropped
column is added, a canonical column inside its part that it skips is left
out, a word printed differently is named by :mod:`quotematch.classify`, and
so are differing marks between words. Every agreeing word (or agreeing mark)
ends a stretch; :mod:`quotematch.phrases` turns each stretch into one record
per changed phrase, and each record gets its meaning flags here. See
``docs/variants.md``.
"""

from __future__ import annotations

import bisect
import collections
import itertools
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import attrs
import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein, Opcode

from .classify import (
    PRONOUNS,
    is_tense_change,
    is_typo,
    lexemes,
    mark_category,
    record_meaning,
    says_the_same,
    word_category,
)
from .config import Config
from .models import MEANING_CHANGES, Coverage, MeaningChange, Quote, Variant
from .normalize import (
    _WORD,
    ELLIPSIS_PATTERN,
    TokenColumns,
    fold_word,
    part_joins,
    token_columns,
)
from .phrases import (
    Edit,
    Phrase,
    document_spans,
    group_phrases,
    reproduce_form,
    trimmed,
)

__all__ = ["Assembly", "apply_variants", "assemble", "reproduce_form"]

_SPACES = regex.compile(r"\s+")
_Rank = tuple[float, int, str, str]  # published, -word count, text, id: lower wins ties
_MINIMUM_SIMILARITY = 0.5  # least word similarity for pairing words of unequal stretches
_ELLIPSIS_END = regex.compile(rf"(?:{ELLIPSIS_PATTERN})$")
_ELLIPSIS_IN = regex.compile(ELLIPSIS_PATTERN)
_SPACE_OR_COMMA = " ,\t\n\r\u00a0"
_STOPS = (".", "!", "?")  # marks that end a sentence
_ANCHOR_RUN = 3  # matched words in a row that place a member for sure (see _diverging_edges)
_BRACKET_REACH = 2  # passage words an opening bracket may stand for before its match


@attrs.frozen
class Assembly:
    """The canonical passage of a cluster, where each member sits in it, and how it differs.

    ``coverage`` has one entry per member, in the members' order; ``variants``
    lists each member's variants in member order, and within a member in
    reading order (the order :func:`apply_variants` expects).
    """

    canonical: str
    coverage: tuple[Coverage, ...]
    variants: tuple[Variant, ...]


# --------------------------------------------------------------------------
# Forms used for deciding categories and for the reproduce property


def apply_variants(canonical: str, coverage: Coverage, variants: Iterable[Variant]) -> str:
    """Rebuild a member's text from the canonical passage and its variants.

    Takes the member's part ``canonical[coverage.start:coverage.end]`` and
    replaces each variant's ``canonical_span`` by its ``variant_text``
    (variants of other members are ignored). The result equals the
    member's text in :func:`reproduce_form`. A space is added where an
    inserted word would otherwise run into its neighbour.

    >>> from quotematch.models import Coverage, Variant
    >>> canonical = "We will rebuild the coastal path."
    >>> cov = Coverage(quote_id="q", start=0, end=33, score=95.0)
    >>> typo = Variant(quote_id="q", category="typo", canonical_text="coastal",
    ...                variant_text="Costal", canonical_span=(20, 27))
    >>> added = Variant(quote_id="q", category="insertion", canonical_text="",
    ...                 variant_text="soon", canonical_span=(8, 8))
    >>> apply_variants(canonical, cov, [typo, added])
    'We will soon rebuild the Costal path.'
    """
    own = sorted(
        (v for v in variants if v.quote_id == coverage.quote_id),
        key=lambda v: (v.canonical_span[0], v.canonical_span[1]),
    )
    pieces: list[str] = []
    last = ""  # the last character written so far
    cursor = coverage.start
    for variant in own:
        start, end = variant.canonical_span
        start = max(start, cursor)
        kept = canonical[cursor:start]
        if kept:
            pieces.append(kept)
            last = kept[-1]
        text = variant.variant_text
        after = canonical[end : end + 1] if end < coverage.end else ""
        if start == end:
            # An insertion: keep it apart from the words on either side.
            lead = text[:1].isalnum() or text[:1] in ("[", "(", "…", ".")
            if last and not last.isspace() and lead:
                text = " " + text
            if after.isalnum() and text and not text[-1].isspace():
                text = text + " "
        else:
            if last.isalnum() and text[:1].isalnum():
                text = " " + text
            if after.isalnum() and (text[-1:].isalnum() or (not text and last.isalnum())):
                text = text + " "
        if text:
            pieces.append(text)
            last = text[-1]
        cursor = max(cursor, end)
    pieces.append(canonical[cursor : coverage.end])
    return "".join(pieces)


@lru_cache(maxsize=1 << 12)
def _sep_form(sep: str) -> str:
    return reproduce_form(sep)


# --------------------------------------------------------------------------
# Members and columns


class _Column:
    """One word slot of the passage being assembled (working state, not a result)."""

    __slots__ = ("key", "pos", "stop", "votes")

    def __init__(self, key: str, pos: float) -> None:
        self.key = key
        self.pos = pos
        self.votes: dict[int, int] = {}  # member index -> token index
        self.stop = False  # some member ends a sentence after this word


def _column_index(cols: Sequence[_Column]) -> dict[_Column, int]:
    """Each column's index in ``cols``.

    Columns hash and compare by identity (``_Column`` defines neither), so
    they are their own keys. Keyed by ``id(column)`` instead, the calls to
    ``id`` (9 M when assembling 100k generated quotes) made assembly 2-3%
    slower (1,283 clusters sampled from that run, the two versions alternated
    in one process: best 0.526 against 0.544 CPU s, median 0.555 against 0.569).
    """
    return {c: k for k, c in enumerate(cols)}


def _current_index(cols: Sequence[_Column], index_of: dict[_Column, int]) -> dict[_Column, int]:
    """``index_of`` while it still indexes ``cols``, else a new :func:`_column_index`.

    :func:`_align` only ever inserts columns, so an index as long as ``cols``
    is still right: most members (fragments, versions of the whole) open no
    column, and the index built for the member before serves them too. At 20k
    generated quotes (benchmarks.generate seed 0) the 12,358 members placed
    after the first build 4,868 indexes of 200k entries in all, not 12,358 of
    511k; in the compiled build the indexes were 1.8% of assembly's
    instructions (callgrind, 3k quotes). ``tests/test_align.py`` holds it to a
    fresh index.
    """
    return index_of if len(index_of) == len(cols) else _column_index(cols)


class _Member:
    __slots__ = (
        "anchored",
        "columns",
        "editorial",
        "ends",
        "gapped",
        "hints",
        "index",
        "joins",
        "norms",
        "quote",
        "rank",
        "seps",
        "starts",
        "stops",
        "text",
        "votes",
        "weight",
        "whole",
    )

    def __init__(
        self, index: int, quote: Quote, weight: int, whole: int, tokens: TokenColumns | None
    ) -> None:
        self.index = index
        self.quote = quote
        self.weight = weight  # how many members print exactly this text
        self.whole = whole  # how many of them are whole statements, not partial quotes
        self.text = text = quote.text
        # The words as parallel lists (no record per word): folded form, where
        # each starts and ends in the text, and whether it is inside [brackets].
        # ``tokens`` is token_columns(text) when the caller cut it already.
        self.norms, self.starts, self.ends, self.editorial = (
            token_columns(text) if tokens is None else tokens
        )
        nexts = [*self.starts[1:], len(text)] if self.starts else []
        self.seps = [text[end:start] for end, start in zip(self.ends, nexts, strict=True)]
        # Where the printed parts of a split quote meet (the joining space).
        self.joins = _joins(quote)
        self.gapped = bool(self.joins) or (  # "..." needs three dots
            ("…" in text or text.count(".") >= 3) and _ELLIPSIS_IN.search(text) is not None
        )
        # The marks each word votes for: a comma that a split quote prints
        # before its attribution stands for the end of the sentence.
        self.votes = self.seps
        if self.joins:
            self.votes = [
                _statement_mark(sep, text[nxt : nxt + 1], self.joins, end)
                for sep, end, nxt in zip(self.seps, self.ends, nexts, strict=True)
            ]
        if self.votes and quote.kind != "partial" and self.seps[-1].strip() == ",":
            self.votes = [*self.votes[:-1], "."]
        # The words after which the member ends a sentence (marks the columns, see _Column).
        self.stops = [
            t for t, vote in enumerate(self.votes) if vote != " " and vote.rstrip().endswith(_STOPS)
        ]
        published = quote.published.timestamp() if quote.published else float("inf")
        self.rank: _Rank = (published, -len(self.norms), text, quote.id)
        self.columns: list[_Column | None] = [None] * len(self.norms)
        # Where sentences the passage does not hold yet go (see _diverging_edges): the
        # unpaired words from this word on open columns before (True) or after this column.
        self.hints: dict[int, tuple[_Column, bool]] = {}
        self.anchored = True  # some run of its words matched the passage (see _later)


def _joins(quote: Quote) -> tuple[int, ...]:
    """Offsets in ``quote.text`` of the spaces that join its printed parts."""
    return part_joins(quote.spans)


def _at_join(joins: Sequence[int], start: int, end: int) -> bool:
    """Whether the text between ``start`` and ``end`` holds a join of two printed parts."""
    k = bisect.bisect_left(joins, start)
    return k < len(joins) and joins[k] < end


def _statement_mark(sep: str, following: str, joins: Sequence[int], start: int) -> str:
    """The marks ``sep`` stand for in the statement (see :class:`_Member`).

    ``“We lost,” she said. “But we will…”`` is printed as two parts joined
    by ``", "``; the comma replaced the full stop that ends the sentence.
    """
    if (
        joins
        and following.isupper()
        and sep.strip() == ","
        and _at_join(joins, start, start + len(sep))
    ):
        return ". "
    return sep


def _similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if ("'" in a or "'" in b) and lexemes(a)[0] == lexemes(b)[0]:
        # A contraction and the word it starts with: "i've" pairs with "i".
        return 0.9
    if _has_digit(a) != _has_digit(b) and says_the_same(a, b):
        return 0.9  # one number in figures and in words: "5" pairs with "five"
    return float(Levenshtein.normalized_similarity(a, b))


def _pair(cols: Sequence[str], toks: Sequence[str], loose: bool) -> list[tuple[int, int]]:
    """Pair the words of a non-matching stretch: (column, token) index pairs, in order.

    Stretches of equal length inside a member pair word for word (``loose``);
    otherwise only words similar enough pair, chosen by a small dynamic
    programme that maximises the total similarity.
    """
    n, m = len(cols), len(toks)
    if not n or not m:
        return []
    if loose and n == m:
        return [(i, i) for i in range(n)]
    if n * m > 400:
        # Unusually long stretch: pair only identical neighbours by position.
        return [(i, i) for i in range(min(n, m)) if cols[i] == toks[i]]
    sim = [[_similarity(c, t) for t in toks] for c in cols]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            take = sim[i][j] + below[j + 1] if sim[i][j] >= _MINIMUM_SIMILARITY else -1.0
            row[j] = max(take, below[j], row[j + 1])
    pairs = []
    i = j = 0
    while i < n and j < m:
        s = sim[i][j]
        if s >= _MINIMUM_SIMILARITY and best[i][j] == s + best[i + 1][j + 1]:
            pairs.append((i, j))
            i += 1
            j += 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


_NUMBER_WORDS_AT_EDGE = 4  # the most words of a number in words a leading figure stands for


def _edge_pairs(cols: Sequence[str], toks: Sequence[str], leading: bool) -> list[tuple[int, int]]:
    """Pair one or two unmatched words at a member's edge with the passage words beside it.

    A fragment printed as ``can contain peanuts`` against ``they may contain
    peanuts`` has changed ``may``: the words inside its quote marks are the
    speaker's, so the word next to its first match is taken as changed rather
    than added, when the passage has a word there. A number never stands for
    a word this way (a post's thread counter ``1/3`` is not ``We hired``),
    except the same number in words (``5 crews`` for ``Five crews``, ``300
    trees`` for ``Three hundred trees``).
    """
    n, m = len(cols), len(toks)
    if m > 2 or n < m:
        return []
    if leading and m == 1 and _has_digit(toks[0]):
        # "300 trees" for "Three hundred trees": the figure pairs with the first word of
        # the number, so the words after it read as part of one change, "Three hundred" → "300".
        for end in range(n, max(n - _NUMBER_WORDS_AT_EDGE, 1), -1):
            for k in range(min(end, _NUMBER_WORDS_AT_EDGE), 1, -1):
                if says_the_same(" ".join(cols[end - k : end]), toks[0]):
                    return [(end - k, 0)]
    pairs = [(n - m + k, k) for k in range(m)] if leading else [(k, k) for k in range(m)]
    if any(
        _has_digit(cols[c]) != _has_digit(toks[t]) and not says_the_same(cols[c], toks[t])
        for c, t in pairs
    ):
        return []
    return pairs


def _edge_bracket(
    found: list[tuple[int, int]],
    cols: Sequence[_Column],
    stretch: tuple[int, int],
    bracket: Sequence[str],
    leading: bool,
) -> list[tuple[int, int]]:
    """Pair an editorial bracket at a member's edge: the pronoun it stands for, or nothing.

    ``[the government] will prioritise`` against ``We will prioritise``: the
    bracket stands for the pronoun it replaces, as it does inside a member,
    so its word nearest the match pairs with the passage's pronoun beside
    the match (the rest of the bracket is added words, and the record is
    ``We`` → ``[the government]``). A pairing by spelling (``found``, as
    :func:`_pair` gave it for the ``m`` bracketed words against the passage
    words ``cols[stretch]``) stands when it stays in the sentence the member
    borders: ``like [that].`` for ``like this.``, not ``[this year]`` for the
    next sentence's ``These``. Beside any other word the bracket is added
    (``help them [the families]``), and stays unpaired.

    A bracket that opens a member with a pronoun (``[they have] asked`` or
    ``[they] asked`` for ``… and we have asked``) stands for the passage's
    pronoun among as many words before the match (two at least) and the
    words between it and the match: the record is ``we have`` → ``[they
    have]`` or ``[they]``, whatever the words spell like.
    """
    lo, hi = stretch
    m = len(bracket)
    if leading and bracket[0] in PRONOUNS:
        for k in range(max(lo, hi - max(m, 2)), hi):
            if cols[k].key in PRONOUNS and not any(cols[j].stop for j in range(k, hi - 1)):
                return [(k - lo + i, i) for i in range(min(m, hi - k))]
    if found:
        at = lo + (found[-1][0] if leading else found[0][0])
        between = range(at, hi) if leading else range(max(lo - 1, 0), at)
        if not any(cols[k].stop for k in between):
            return found
    beside = hi - 1 if leading else lo
    if hi <= lo or cols[beside].key not in PRONOUNS:
        return []
    return [(beside - lo, m - 1 if leading else 0)]


def _drifts(
    pairs: Sequence[tuple[int, int]], stretch: Sequence[_Column], word: str, leading: bool
) -> bool:
    """Whether a member's one edge ``word``, paired by ``pairs``, skips well-printed passage words.

    At a member's first (``leading``) or last unmatched ``stretch`` of passage
    words, the words between the pairing and the member's matched words
    would be reported as left out. A changed first word (``They will``
    against ``… on Sunday night. We will``) pairs by spelling with ``the`` a
    sentence earlier, and a changed last word (``the winter`` against ``the
    summer. Winters …``) with the next sentence's first, reading as words
    dropped; the word beside the match is the one changed, as it is inside a
    member. Skipped words fewer members print than the paired one (another
    outlet's added word between ``Frankly`` and ``the``) keep the pairing.
    When they are printed by as many and no sentence ends between, a
    ``word`` that is a slip of the paired one (``trvaelled`` for
    ``travelled``), or the same verb in another tense (``travel``), is that
    word changed, not the one beside it: it keeps the pairing, where moving
    it would leave the two spellings in two columns and the passage reading
    ``travelled trvaelled``.
    """
    at = pairs[-1][0] if leading else pairs[0][0]
    skipped = stretch[at + 1 :] if leading else stretch[:at]
    votes = len(stretch[at].votes)
    if not skipped or any(len(c.votes) < votes for c in skipped):
        return False
    tie = all(len(c.votes) == votes for c in skipped)
    crossed = stretch[at:] if leading else skipped
    in_sentence = not any(c.stop for c in crossed)
    key = stretch[at].key
    return not (tie and in_sentence and (is_typo(key, word) or is_tense_change(key, word)))


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


_Op = tuple[str, int, int, int, int]  # tag, token start/end, column start/end (window-relative)


def _diverging_edges(
    member: _Member, cols: Sequence[_Column], window: tuple[int, int], opcodes: Iterable[Opcode]
) -> list[_Op]:
    """Leave a member's first or last sentences unaligned when they are other sentences.

    Two outlets print different sentences of one long statement: one ``A B
    C``, the other ``B D`` (``“B,” she said. “D.”``). Aligned word by word,
    ``D`` would be matched to ``C`` through the odd ``have`` or ``we`` they
    share, and the passage would read as neither. When the words after the
    member's last run of :data:`_ANCHOR_RUN` matched words start a sentence in
    the member and in the passage, and only odd words of them match (fewer than
    half, and no :data:`_ANCHOR_RUN` in a row), they are other sentences: they
    are left unpaired (tag ``skip``). Those printed straight after the matched
    words open columns there, before the passage's next sentence; those
    printed after a gap (where the member's parts meet, or an ellipsis) open
    after the passage's sentence at the end of the member's window
    (``member.hints``), so ``B D`` then ``A B C`` and ``A B C`` then ``B D``
    both give ``A B C D``. (Opening them right after the next sentence, the
    least the gap can have skipped, put a later sentence first more often
    when outlets skip two sentences.) The member's first sentences are
    treated the same way, and so are whole sentences between two runs
    (:func:`_diverging_middles`). A reworded last sentence shares more
    words, or does not start where a sentence starts, and is aligned as before.
    """
    ws, we = window
    ops: list[_Op] = [
        (op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end) for op in opcodes
    ]
    member.hints = {}
    anchors = _anchor_indexes(ops)
    member.anchored = bool(anchors)
    if not anchors:
        return ops
    ops, anchors = _diverging_middles(member, cols, ws, ops, anchors)
    n = len(member.norms)
    last = ops[anchors[-1]]
    t_end, c_end = last[2], last[4]
    if _diverges(ops[anchors[-1] + 1 :], n - t_end, (we - ws) - c_end) and (
        t_end - 1 in member.stops and cols[ws + c_end - 1].stop
    ):
        gap = next((t for t in range(t_end, n) if _gap_before(member, t)), None)
        if gap is not None:
            k = we - 1  # after the passage's sentence at the window's end
            while k + 1 < len(cols) and not cols[k].stop:
                k += 1
            member.hints[gap] = (cols[k], False)
            if gap > t_end:  # printed straight after the match: right after it
                member.hints[t_end] = (cols[ws + c_end - 1], False)
        ops = [*ops[: anchors[-1] + 1], ("skip", t_end, n, c_end, we - ws)]
    first = ops[anchors[0]]
    t_start, c_start = first[1], first[3]
    if _diverges(ops[: anchors[0]], t_start, c_start) and (
        t_start - 1 in member.stops and cols[ws + c_start - 1].stop
    ):
        gap = next((t for t in range(t_start, 0, -1) if _gap_before(member, t)), None)
        if gap is not None:
            k = ws  # before the passage's sentence at the window's start
            while k > 0 and not cols[k - 1].stop:
                k -= 1
            member.hints[0] = (cols[k], True)
            if gap < t_start:  # printed straight before the match: right before it
                member.hints[gap] = (cols[ws + c_start], True)
        ops = [("skip", 0, t_start, 0, c_start), *ops[anchors[0] :]]
    return ops


def _diverging_middles(
    member: _Member, cols: Sequence[_Column], ws: int, ops: list[_Op], anchors: list[int]
) -> tuple[list[_Op], list[int]]:
    """Leave unaligned the whole sentences a member prints between two anchors after a gap.

    ``“B,” she said. “D E.”`` against a passage ``B C E``: between the
    anchors ``B`` and ``E`` the member prints ``D`` where the passage has
    ``C``. When both are whole sentences, they share only odd words (as in
    :func:`_diverging_edges`) and the member skipped words right before or
    right after ``D`` (its parts meet, or an ellipsis), ``D`` is another
    sentence: after a gap before it, it opens columns before ``E``; printed
    straight after ``B`` (the gap after it), it opens columns right after
    ``B`` (``member.hints``). Returns the operations and the indexes
    of the anchors among them.
    """
    if not member.gapped:
        return ops, anchors
    out: list[_Op] = []
    done = 0
    for a1, a2 in itertools.pairwise(anchors):
        left, right = ops[a1], ops[a2]
        t1, c1, t2, c2 = left[2], left[4], right[1], right[3]
        gap_start, gap_end = _gap_before(member, t1), _gap_before(member, t2)
        if (
            (gap_start or gap_end)
            and _diverges(ops[a1 + 1 : a2], t2 - t1, c2 - c1)
            and {t1 - 1, t2 - 1} <= set(member.stops)
            and cols[ws + c1 - 1].stop
            and cols[ws + c2 - 1].stop
        ):
            out.extend(ops[done : a1 + 1])
            out.append(("skip", t1, t2, c1, c2))
            done = a2
            if not gap_start:  # printed straight after ``B``
                member.hints[t1] = (cols[ws + c1 - 1], False)
    if not done:
        return ops, anchors
    out.extend(ops[done:])
    return out, _anchor_indexes(out)


def _anchor_indexes(ops: Sequence[_Op]) -> list[int]:
    """Where the runs of at least :data:`_ANCHOR_RUN` matched words are among ``ops``."""
    return [k for k, op in enumerate(ops) if op[0] == "equal" and op[2] - op[1] >= _ANCHOR_RUN]


def _gap_before(member: _Member, t: int) -> bool:
    """Whether the member skips words before its word ``t``: its parts meet there, or at "…"."""
    start, end = member.ends[t - 1], member.starts[t]
    return _at_join(member.joins, start, end) or bool(_ELLIPSIS_IN.search(member.text, start, end))


def _diverges(ops: Sequence[_Op], tokens: int, columns: int) -> bool:
    """Whether a member's ``tokens`` edge words and the passage's ``columns`` there barely match."""
    if tokens < _ANCHOR_RUN or columns < _ANCHOR_RUN:
        return False
    runs = [t2 - t1 for tag, t1, t2, _, _ in ops if tag == "equal"]
    return max(runs, default=0) < _ANCHOR_RUN and sum(runs) * 2 < tokens


def _place(member: _Member, cols: list[_Column], window: tuple[int, int]) -> int:
    """Align ``member`` to ``cols[window]``; record its pairings; return matched word count."""
    ws, we = window
    keys = [c.key for c in cols[ws:we]]
    norms = member.norms
    ops = _diverging_edges(member, cols, window, Indel.opcodes(norms, keys))
    pairs: list[tuple[int, int]] = []  # (token, column index within window)
    matched = 0
    pending: list[tuple[int, int, int, int]] = []  # token start/end, column start/end
    first = True

    def flush(last: bool) -> None:
        if not pending:
            return
        t1, t2 = pending[0][0], pending[-1][1]
        c1, c2 = pending[0][2], pending[-1][3]
        inner = not first and not last
        found = _pair(keys[c1:c2], norms[t1:t2], inner)
        if first != last and t2 > t1 and all(member.editorial[t1:t2]):
            found = _edge_bracket(found, cols, (ws + c1, ws + c2), norms[t1:t2], leading=first)
        elif first != last and (
            not found
            or (
                t2 - t1 == 1
                and "'" not in norms[t1]
                and _drifts(found, cols[ws + c1 : ws + c2], norms[t1], leading=first)
            )
        ):
            found = _edge_pairs(keys[c1:c2], norms[t1:t2], leading=first) or found
        for ci, ti in found:
            pairs.append((t1 + ti, c1 + ci))
        pending.clear()

    for op in ops:
        tag, t1, t2, c1, c2 = op
        if tag == "skip":
            continue  # a sentence the passage does not hold here (see _diverging_edges)
        if tag == "equal":
            flush(False)
            first = False
            pairs.extend(zip(range(t1, t2), range(c1, c2), strict=True))
            # Bracketed words are the outlet's: they do not count as evidence of place.
            matched += t2 - t1 - sum(member.editorial[t1:t2])
        else:
            pending.append((t1, t2, c1, c2))
    flush(True)
    pairs.sort()
    for ti, ci in pairs:
        member.columns[ti] = cols[ws + ci]
    return matched


def _open_columns(member: _Member, cols: list[_Column], positions: list[float]) -> None:
    """Give the member's unpaired words new columns, next to its paired neighbours."""
    columns = member.columns
    n = len(columns)
    t = 0
    while t < n:
        if columns[t] is not None:
            t += 1
            continue
        run_end = t + 1
        while run_end < n and columns[run_end] is None and run_end not in member.hints:
            run_end += 1
        after = columns[run_end] if run_end < n else None
        before = columns[t - 1] if t else None
        if t in member.hints:  # sentences the passage does not hold here (_diverging_edges)
            column, ahead = member.hints[t]
            after, before = (column, None) if ahead else (None, column)
        count = run_end - t
        if after is not None:
            at = cols.index(after)
            base = after.pos if at else after.pos - count
            new = [_Column(member.norms[t + k], base + (k if not at else 0)) for k in range(count)]
        elif before is not None:
            at = cols.index(before) + 1
            last = at == len(cols)
            base = before.pos
            new = [
                _Column(member.norms[t + k], base + (k + 1 if last else 0)) for k in range(count)
            ]
        else:
            at = len(cols)
            base = positions[-1] + 1 if positions else 0.0
            new = [_Column(member.norms[t + k], base + k) for k in range(count)]
        cols[at:at] = new
        positions[at:at] = [c.pos for c in new]
        columns[t:run_end] = new
        t = run_end


def _placed(member: _Member, index_of: dict[_Column, int]) -> list[tuple[int, int]]:
    """``(word, column index)`` of each of the member's words that has a column."""
    return [(t, index_of[c]) for t, c in enumerate(member.columns) if c is not None]


def _trim_islands(member: _Member, cols: list[_Column], placed: list[tuple[int, int]]) -> bool:
    """Move a few edge words stranded far from the rest of the member next to it.

    Alignment by longest common subsequence may match a member's first or
    last words to the same words far away in the passage (``we will`` at
    the start instead of later on). Such an island is unpaired and its words
    are matched again to the columns right next to the rest of the member.
    ``placed`` is :func:`_placed`; returns whether any word moved (then it is stale).
    Words matched inside one sentence of the passage stay: a condensed
    partial ("The closure was careless." for "The closure of the
    Harrowgate footbridge [on Quarry Lane] was careless") keeps a few
    words of a sentence, far apart.
    """
    if len(placed) < 3:
        return False
    moved = False
    limit = 3 + len(member.norms) // 2
    for edge in (0, 1):
        seq = placed if edge == 0 else placed[::-1]
        for k in range(1, min(3, len(seq) - 1)):
            gap = abs(seq[k][1] - seq[k - 1][1]) - 1
            if gap <= limit or _one_sentence(cols, seq[k][1], seq[k - 1][1]):
                continue
            island = sorted(t for t, _ in seq[:k])
            moved = True
            for t in island:
                member.columns[t] = None
            anchor_token, anchor = seq[k]
            step = -1 if edge == 0 else 1
            for t in sorted(island, reverse=edge == 0):
                at = anchor + step * abs(anchor_token - t)
                if 0 <= at < len(cols) and _similarity(cols[at].key, member.norms[t]) >= 0.5:
                    member.columns[t] = cols[at]
            break
    return moved


def _one_sentence(cols: Sequence[_Column], a: int, b: int) -> bool:
    """Whether columns ``a`` and ``b`` lie in one sentence: no sentence ends between them."""
    lo, hi = min(a, b), max(a, b)
    return not any(cols[k].stop for k in range(lo, hi))


def _close_gaps(member: _Member, cols: list[_Column], placed: list[tuple[int, int]]) -> None:
    """Slide matched words across a gap onto an identical neighbouring column.

    A longest common subsequence does not care where its gaps go, so a
    fragment's first word may match an earlier copy of that word and leave a
    gap (a false omission) after it. Words in the first half of the member
    slide right to close such gaps, words in the second half slide left.
    ``placed`` is :func:`_placed` (updated here as words slide).
    """
    half = len(placed) // 2
    norms = member.norms
    for i in range(half - 1, -1, -1):
        t, c = placed[i]
        t2, c2 = placed[i + 1]
        if t2 == t + 1 and c2 > c + 1 and cols[c2 - 1].key == norms[t]:
            member.columns[t] = cols[c2 - 1]
            placed[i] = (t, c2 - 1)
    for i in range(max(half, 1), len(placed)):
        t, c = placed[i]
        t0, c0 = placed[i - 1]
        if t == t0 + 1 and c > c0 + 1 and cols[c0 + 1].key == norms[t]:
            member.columns[t] = cols[c0 + 1]
            placed[i] = (t, c0 + 1)


def _close_insertions(member: _Member, placed: list[tuple[int, int]]) -> None:
    """Slide a matched word across words the member adds onto its own copy of that word.

    The mirror of :func:`_close_gaps`. A member that prints a sentence the
    passage does not hold yet before one it does (``We mourn the loss of
    our skipper. The boat sank…`` laid on ``The boat sank…``) may match the
    ``the`` of its first sentence to the passage's ``The`` and leave its own
    ``The``, with the words before it, as words added between two
    neighbouring columns. Where the member's word just before its next
    matched neighbour equals the matched word, the match moves there, so the
    added words stand before it: words in the first half of the member slide
    right, words in the second half slide left. ``placed`` is :func:`_placed`
    (updated here as words slide).
    """
    half = len(placed) // 2
    norms, columns = member.norms, member.columns
    for i in range(half - 1, -1, -1):
        t, c = placed[i]
        t2, c2 = placed[i + 1]
        if c2 == c + 1 and t2 > t + 1 and norms[t2 - 1] == norms[t]:
            columns[t2 - 1], columns[t] = columns[t], None
            placed[i] = (t2 - 1, c)
    for i in range(max(half, 1), len(placed)):
        t, c = placed[i]
        t0, c0 = placed[i - 1]
        if c == c0 + 1 and t > t0 + 1 and norms[t0 + 1] == norms[t]:
            columns[t0 + 1], columns[t] = columns[t], None
            placed[i] = (t0 + 1, c)


def _slide_to_sentences(
    member: _Member, cols: list[_Column], placed: list[tuple[int, int]]
) -> None:
    """Slide a gap inside the member along repeated words until it holds whole sentences.

    A member that leaves out ``I hope readers will understand.`` before ``I
    will still visit`` matches its ``I`` to either ``I``; the alignment takes
    the first, and the words left out read ``hope readers will understand.
    I``. Where the words at one edge of a gap equal the member's words
    beside it, the gap can move that far without changing what matches;
    it moves when that makes it start after a sentence's end or end with one
    (as marked by the members laid so far), and stays put otherwise.
    ``placed`` is :func:`_placed` (updated here as words slide).
    """
    if not placed or placed[-1][1] - placed[0][1] == len(placed) - 1:
        return  # no column left out between two of its words: nothing can slide
    norms = member.norms
    gaps = [
        i
        for i, ((t, c), (t2, c2)) in enumerate(itertools.pairwise(placed))
        if c2 > c + 1 and t2 == t + 1
    ]
    for i in gaps:
        t, c = placed[i]
        t2, c2 = placed[i + 1]
        if t2 != t + 1 or c2 <= c + 1:
            continue  # an earlier slide closed it
        width = c2 - c - 1
        best, best_shift = _sentence_fit(cols, c + 1, c2 - 1), 0
        for k in range(1, width + 1):  # right: the member's words before the gap move past it
            j = i - k + 1
            if j < 0 or placed[j] != (t - k + 1, c - k + 1):
                break
            if norms[t - k + 1] != cols[c2 - k].key:
                break
            fit = _sentence_fit(cols, c + 1 - k, c2 - 1 - k)
            if fit > best:
                best, best_shift = fit, k
        for k in range(1, width + 1):  # left: the member's words after the gap move before it
            j = i + k
            if j >= len(placed) or placed[j] != (t + k, c2 + k - 1):
                break
            if norms[t + k] != cols[c + k].key:
                break
            fit = _sentence_fit(cols, c + 1 + k, c2 - 1 + k)
            if fit > best:
                best, best_shift = fit, -k
        for k in range(abs(best_shift)):
            j, step = (i - k, width) if best_shift > 0 else (i + 1 + k, -width)
            tj, cj = placed[j]
            member.columns[tj] = cols[cj + step]
            placed[j] = (tj, cj + step)


def _sentence_fit(cols: Sequence[_Column], first: int, last: int) -> int:
    """How well columns ``first..last`` hold whole sentences: 0, 1 or 2 of their edges do."""
    return int(first == 0 or cols[first - 1].stop) + int(cols[last].stop)


# --------------------------------------------------------------------------
# Voting


_Tally = dict[str, tuple[int, _Rank]]  # option -> (votes, best-ranked voter)


def _vote(tally: _Tally, option: str, rank: _Rank, weight: int) -> None:
    entry = tally.get(option)
    if entry is None:
        tally[option] = (weight, rank)
    else:
        tally[option] = (entry[0] + weight, min(entry[1], rank))


def _winner(tally: _Tally) -> str:
    """The option with the most votes; ties go to the best-ranked voter."""
    return min(tally, key=lambda option: (-tally[option][0], tally[option][1]))


@lru_cache(maxsize=1 << 12)
def _collapse(sep: str) -> str:
    return _SPACES.sub(" ", sep) if len(sep) > 1 else sep


@lru_cache(maxsize=1 << 12)
def _nonspace_prefix(sep: str) -> str:
    for k, ch in enumerate(sep):
        if ch.isspace():
            return sep[:k]
    return sep


def assemble(
    members: Sequence[Quote],
    offsets: Sequence[int],
    config: Config,
    *,
    tokens: Mapping[str, TokenColumns] | None = None,
) -> Assembly:
    """Build the canonical passage from ``members`` and align every member to it.

    Args:
        members: the quotes of one cluster.
        offsets: for each member, the approximate word position (in
            :func:`quotematch.normalize.tokenize` words) at which it starts in
            the passage, as found when linking the members; a few words off
            is fine.
        config: ``paraphrase_score`` decides when a member is reported as one
            ``paraphrase`` variant instead of word by word.
        tokens: :func:`quotematch.normalize.token_columns` of members' texts,
            by text, when the caller has cut them already (the lists are
            read, never changed); a text missing is cut here. The result is
            the same either way.

    Returns:
        The canonical passage, one :class:`Coverage` per member (character
        offsets into the passage) and all members' :class:`Variant` records.

    >>> from quotematch.config import Config
    >>> from quotematch.models import Quote
    >>> quotes = [Quote(id=str(i), doc_id=str(i), text=t) for i, t in enumerate([
    ...     "We will reopen the coastal path in May.",
    ...     "We will reopen the coastal path in May.",
    ...     "We will reopen the Costal Path",
    ... ])]
    >>> result = assemble(quotes, [0, 0, 0], Config())
    >>> result.canonical
    'We will reopen the coastal path in May.'
    >>> [(v.category, v.canonical_text, v.variant_text) for v in result.variants]
    [('typo', 'coastal path', 'Costal Path')]
    >>> result.coverage[2].start, result.coverage[2].end
    (0, 31)
    """
    if len(offsets) != len(members):
        raise ValueError(f"got {len(members)} members but {len(offsets)} offsets; give one each")
    if not members:
        return Assembly("", (), ())
    if all(quote.text == members[0].text for quote in members):
        verbatim = _verbatim(members)
        if verbatim is not None:
            return verbatim
    return _aligned(members, offsets, config, tokens)


def _aligned(
    members: Sequence[Quote],
    offsets: Sequence[int],
    config: Config,
    tokens: Mapping[str, TokenColumns] | None = None,
) -> Assembly:
    """:func:`assemble` by aligning the members word by word (no shortcut)."""
    # Members printing exactly the same text are aligned once and vote with their number.
    groups: dict[str, list[int]] = {}
    for i, quote in enumerate(members):
        groups.setdefault(quote.text, []).append(i)
    people: list[_Member] = []
    starts: list[int] = []
    for n, indices in enumerate(groups.values()):
        first = min(indices, key=lambda i: _quote_rank(members[i]))
        whole = sum(members[i].kind != "partial" for i in indices)
        quote = members[first]
        cut = None if tokens is None else tokens.get(quote.text)
        people.append(_Member(n, quote, len(indices), whole, cut))
        starts.append(offsets[first])
    cols = _align(people, starts)
    canon_cols, spans = _keep(people, cols)
    words = _printed_words(people, cols, canon_cols)
    canon_cols, words, canon_norms = _undouble(people, cols, spans, canon_cols, words)
    canon_index = {k: n for n, k in enumerate(canon_cols)}
    seps = _balanced_brackets(_printed_marks(people, cols, canon_cols))
    words = _sentence_case(people, cols, canon_cols, words, seps)
    pieces: list[str] = []
    word_spans: list[tuple[int, int]] = []
    cursor = 0
    for word, sep in zip(words, seps, strict=True):
        word_spans.append((cursor, cursor + len(word)))
        pieces.append(word)
        pieces.append(sep)
        cursor += len(word) + len(sep)
    canonical = "".join(pieces)

    spans = [
        _bracket_opening(member, cols, span, canon_cols)
        for member, span in zip(people, spans, strict=True)
    ]
    found = [
        _member_variants(
            member,
            cols,
            (lo, hi),
            canon_cols,
            canon_index,
            canonical,
            word_spans,
            canon_norms,
            config,
        )
        for member, (lo, hi) in zip(people, spans, strict=True)
    ]
    coverage: list[Coverage] = []
    variants: list[Variant] = []
    group_of = {text: n for n, text in enumerate(groups)}
    for quote in members:
        start, end, score, raw = found[group_of[quote.text]]
        coverage.append(Coverage(quote_id=quote.id, start=start, end=end, score=score))
        variants.extend(_variant(quote, canonical, phrase) for phrase in raw)
    return Assembly(canonical, tuple(coverage), tuple(variants))


def _align(people: Sequence[_Member], starts: Sequence[int]) -> list[_Column]:
    """Lay the members into columns, longest first, each near its linker position."""
    queue = collections.deque(sorted(people, key=lambda p: (p.rank[1], p.rank)))  # longest first
    cols: list[_Column] = []
    positions: list[float] = []
    deferred: set[int] = set()
    index_of: dict[_Column, int] = {}
    while queue:
        member = queue.popleft()
        m = len(member.norms)
        if not m:
            continue
        offset = float(starts[member.index])
        if not cols:
            cols = [_Column(norm, offset + k) for k, norm in enumerate(member.norms)]
            positions = [c.pos for c in cols]
            member.columns = list(cols)
        else:
            slack = 3 + m // 8
            ws = bisect.bisect_left(positions, offset - slack)
            we = bisect.bisect_right(positions, offset + m + slack)
            if member.gapped:
                # Where its parts meet (or at an ellipsis) it may skip any number of
                # words, as linking allows: the words after a gap can lie far past the window.
                we = len(cols)
            matched = _place(member, cols, (ws, we)) if we > ws else 0
            if matched < m and (ws > 0 or we < len(cols)):
                # The linker's position was far off: try the whole passage.
                first_try = member.columns, member.hints, member.anchored
                member.columns = [None] * m
                if _place(member, cols, (0, len(cols))) <= matched:
                    member.columns, member.hints, member.anchored = first_try
            if _later(member, queue, deferred):
                continue
            index_of = _current_index(cols, index_of)
            placed = _placed(member, index_of)
            if _trim_islands(member, cols, placed):
                placed = _placed(member, index_of)
            _close_gaps(member, cols, placed)
            _close_insertions(member, placed)
            _slide_to_sentences(member, cols, placed)
            _open_columns(member, cols, positions)
        for t, column in enumerate(member.columns):
            assert column is not None
            column.votes[member.index] = t
        for t in member.stops:
            stopped = member.columns[t]
            assert stopped is not None
            stopped.stop = True
    return cols


def _later(member: _Member, queue: collections.deque[_Member], deferred: set[int]) -> bool:
    """Put back a member that shares no run of words with the passage laid so far.

    Versions that chain a long statement (``A B``, ``B C``, ``C D``, ``D E``)
    each overlap only their neighbours: laid longest first, ``D E`` would be
    matched to ``A B C`` through stray words. Such a member (with
    :data:`_ANCHOR_RUN` words matched in a row nowhere) waits until the others
    are laid, once; returns whether it was put back.
    """
    if member.anchored or member.index in deferred or not queue:
        return False
    if len(member.norms) < 2 * _ANCHOR_RUN:
        return False
    deferred.add(member.index)
    member.columns = [None] * len(member.norms)
    member.hints = {}
    queue.append(member)
    return True


def _keep(
    people: Sequence[_Member], cols: Sequence[_Column]
) -> tuple[list[int], list[tuple[int, int]]]:
    """The canonical columns, and the span of columns of each member.

    A column stays when more of the members spanning it print a word there
    than leave it out; see :func:`_trim_edges` and :func:`_tie_keeps`.
    """
    # Which columns each member spans, and the canonical columns: a column
    # stays when more of the members spanning it print a word there than not.
    width = len(cols)
    index_of = _column_index(cols)
    present = [0] * width  # weight of members printing a (non-bracketed) word here
    printed = [0] * width  # weight of members printing any word here
    spanning = [0] * (width + 1)  # difference array of the weight spanning each column
    opens = [0] * width  # weight of whole statements printed (nearly) in full starting here
    closes = [0] * width  # ... and ending here
    spans: list[tuple[int, int]] = []
    skips: list[list[tuple[int, int]]] = []
    for member in people:
        if not member.norms:
            spans.append((0, -1))
            skips.append([])
            continue
        idx = [index_of[c] for c in member.columns if c is not None]
        lo, hi = idx[0], idx[-1]
        spans.append((lo, hi))
        weight = member.weight
        spanning[lo] += weight
        spanning[hi + 1] -= weight
        # Sentences it skips where its parts meet (or at an ellipsis), and words
        # an editorial bracket stands in for, are not voted against.
        bracketed = any(member.editorial)
        skips.append(_skipped(member, idx, bracketed) if member.gapped or bracketed else [])
        for a, b in skips[-1]:
            spanning[a] -= weight
            spanning[b] += weight
        if (hi - lo + 1) * 5 >= width * 4:  # a version of (nearly) the whole passage
            opens[lo] += member.whole
            closes[hi] += member.whole
        # Words inside editorial brackets are the outlet's, not the speaker's:
        # they never vote a column into the passage.
        for k, editorial in zip(idx, member.editorial, strict=True):
            printed[k] += weight
            if not editorial:
                present[k] += weight
    keep = []
    absent = []
    running = 0
    for k in range(width):
        running += spanning[k]
        absent.append(running - printed[k])
        if present[k] != absent[k]:
            keep.append(present[k] > absent[k])
        else:
            keep.append(present[k] > 0 and _tie_keeps(k, people, spans, skips, cols[k]))
    _trim_edges(keep, present, absent, opens, closes)
    return [k for k in range(width) if keep[k]], spans


def _printed_words(
    people: Sequence[_Member], cols: Sequence[_Column], canon_cols: Sequence[int]
) -> list[str]:
    """The printed form of each canonical word: the one most members print."""
    words: list[str] = []
    bracketed = any(True in member.editorial for member in people)
    for k in canon_cols:
        marks = cols[k].votes
        if not bracketed:
            # Usually every member prints the word alike: settle that at once.
            forms = {
                member.text[member.starts[t] : member.ends[t]]
                for mi, t in marks.items()
                for member in (people[mi],)
            }
            if len(forms) == 1:
                words.append(forms.pop())
                continue
        votes = [(people[mi], t) for mi, t in cols[k].votes.items() if not people[mi].editorial[t]]
        forms = {member.text[member.starts[t] : member.ends[t]] for member, t in votes}
        if len(forms) == 1:
            words.append(forms.pop())
            continue
        by_norm: dict[str, _Tally] = {}
        norms: _Tally = {}
        for member, t in votes:
            surface = member.text[member.starts[t] : member.ends[t]]
            norm = member.norms[t]
            _vote(norms, norm, member.rank, member.weight)
            _vote(by_norm.setdefault(norm, {}), surface, member.rank, member.weight)
        words.append(_winner(by_norm[_winner(norms)]))
    return words


_CLITIC_WORDS: dict[str, frozenset[str]] = {
    "'ve": frozenset(["have"]),
    "'re": frozenset(["are"]),
    "'m": frozenset(["am"]),
    "'s": frozenset(["is", "has"]),
    "'ll": frozenset(["will", "shall"]),
    "'d": frozenset(["would", "had"]),
    "n't": frozenset(["not"]),
}
"""What the end of a contraction stands for: ``I've`` already says ``have``."""


def _covers(word: str, other: str) -> bool:
    """Whether folded ``word`` already says ``other``: ``i've`` covers ``i`` and ``have``."""
    if word == other:
        return False
    for clitic, meant in _CLITIC_WORDS.items():
        if word.endswith(clitic) and len(word) > len(clitic):
            return other == word[: -len(clitic)] or other in meant
    return False


def _doubled(a: str, b: str) -> bool:
    """Whether two neighbouring folded words say one word twice (``the the``, ``I I've``)."""
    if a == b:
        return True
    return ("'" in a or "'" in b) and (_covers(a, b) or _covers(b, a))


def _undouble(
    people: Sequence[_Member],
    cols: Sequence[_Column],
    spans: Sequence[tuple[int, int]],
    canon_cols: list[int],
    words: list[str],
) -> tuple[list[int], list[str], list[str]]:
    """Leave out a word of the passage that only repeats its neighbour.

    Members aligned word by word can leave ``I I've`` or ``I've have`` in the
    passage: one outlet's extra ``I`` (or its ``have`` next to another's
    ``I've``) wins its column on a tie or where nobody else spans it. A
    repeat stays only when every member that prints either word prints both
    (``please, please``, as printed; see :func:`_printed_together`);
    otherwise the contraction is kept, since it already says the other word,
    or else of two equal words the one more members print there (one
    outlet's doubled opening word must not push out the word every other
    outlet prints), the first on a tie. Returns the columns, the words and
    their folded forms (case aside, which the words keep from here on).
    """
    folded = [fold_word(word) for word in words]
    if not any(_doubled(a, b) for a, b in itertools.pairwise(folded)):
        return canon_cols, words, folded  # the usual case: nothing to look at
    keep_cols: list[int] = []
    keep_words: list[str] = []
    keep_folded: list[str] = []
    n = 0
    while n < len(words):
        if n + 1 < len(words):
            a, b = folded[n], folded[n + 1]
            k1, k2 = canon_cols[n], canon_cols[n + 1]
            if _doubled(a, b) and not _printed_together(people, cols, spans, (k1, k2), (a, b)):
                if _covers(b, a) or (
                    a == b and _support(people, cols, k2) > _support(people, cols, k1)
                ):
                    n += 1  # keep the contraction, or the better-printed word, that follows
                    continue
                keep_cols.append(k1)
                keep_words.append(words[n])
                keep_folded.append(a)
                n += 2  # drop the following word
                continue
        keep_cols.append(canon_cols[n])
        keep_words.append(words[n])
        keep_folded.append(folded[n])
        n += 1
    return keep_cols, keep_words, keep_folded


def _support(people: Sequence[_Member], cols: Sequence[_Column], k: int) -> int:
    """How many members (by weight) print a word in column ``k``."""
    votes = cols[k].votes
    return sum(member.weight for member in people if member.index in votes)


def _printed_together(
    people: Sequence[_Member],
    cols: Sequence[_Column],
    spans: Sequence[tuple[int, int]],
    pair: tuple[int, int],
    folded: tuple[str, str],
) -> bool:
    """Whether the members agree on printing both words as chosen.

    A member printing both with a mark other than a comma between them
    (``thank you. You``, ``the … the``) settles it. Otherwise every member
    printing a word in either column must print both, except a partial quote
    that starts at the second word or ends at the first; and at least two
    members, or all of them, must print both.
    """
    k1, k2 = pair
    together = 0
    agreed = True
    for member, (lo, hi) in zip(people, spans, strict=True):
        t1, t2 = cols[k1].votes.get(member.index), cols[k2].votes.get(member.index)
        if t1 is None and t2 is None:
            continue
        if t1 is None or t2 is None:
            edge = (t1 is None and lo == k2) or (t2 is None and hi == k1)
            agreed = agreed and edge and member.quote.kind == "partial"
        elif (member.norms[t1], member.norms[t2]) != folded:
            agreed = False
        elif member.seps[t1].strip(_SPACE_OR_COMMA):
            return True  # a stop or a gap between them: two words meant (``thank you. You``)
        else:
            together += member.weight
    if not agreed:
        return False
    return together >= 2 or together == sum(member.weight for member in people)


def _sentence_case(
    people: Sequence[_Member],
    cols: Sequence[_Column],
    canon_cols: Sequence[int],
    words: Sequence[str],
    seps: Sequence[str],
) -> list[str]:
    """Make each word's case agree with the mark before it in the passage.

    The words and the marks are voted on apart, so a passage could read
    ``from a linesman, He should`` (the capital from outlets that print ``He``
    where their sentence starts, the comma from one that runs the sentence
    on) or ``from a linesman. he should``. When every member printing the
    chosen form owes its case to where it stands in its own text (a capital
    at a sentence start, lower case inside a sentence), the form that fits
    the passage's own mark is taken, if some member prints it. A capital the
    members print inside their sentences (a name, ``I``) or lower case they
    print after a full stop (a post written all in lower case) stays.
    """
    result = list(words)
    for n in range(1, len(words)):
        before = seps[n - 1].strip()
        word = words[n]
        if before.endswith(_STOPS) and not _ELLIPSIS_END.search(before):
            upper = True
        elif before in ("", ",", ";"):
            upper = False
        else:
            continue
        if word[:1].isupper() == upper or word[:1].isupper() == word[:1].islower():
            continue
        folded = fold_word(word)
        tally: _Tally = {}
        for mi, t in cols[canon_cols[n]].votes.items():
            member = people[mi]
            if member.editorial[t] or member.norms[t] != folded:
                continue
            surface = member.text[member.starts[t] : member.ends[t]]
            if surface[:1].isupper() == upper:
                _vote(tally, surface, member.rank, member.weight)
            elif not _case_from_place(member, t, not upper):
                break  # this member's case is the word's own, not its place's
        else:
            if tally:
                result[n] = _winner(tally)
    return result


def _case_from_place(member: _Member, t: int, upper: bool) -> bool:
    """Whether word ``t`` of ``member`` owes its printed case to where it stands.

    The first word of a quote may be either (a capital where the quote
    starts, lower case where it starts inside a sentence); later, a capital
    after a full stop and lower case after anything else.
    """
    if t == 0:
        return True
    return member.votes[t - 1].strip().endswith((".", "!", "?", ":")) == upper


def _placed_capital(member: _Member, t: int, canonical: str, cs: int) -> bool:
    """Whether word ``t`` differs from the passage's word at ``cs`` only by a capital of place.

    A fragment printing ``we may`` where the passage's sentence starts ``We
    must``, or a quote opening ``Every patient`` inside the passage's
    sentence: each side's case is the one its place gives (see
    :func:`_case_from_place`; the passage's capital where its sentence
    starts, lower case inside one). A name's capital (``Pine Marten``
    printed ``pine marten``) is no capital of place.
    """
    printed = member.text[member.starts[t] : member.ends[t]]
    word = canonical[cs : cs + len(printed)]
    upper = printed[:1].isupper()
    if printed[1:] != word[1:] or upper == word[:1].isupper():
        return False
    passage_starts = not canonical[:cs].strip() or canonical[:cs].rstrip().endswith(_STOPS)
    return word[:1].isupper() == passage_starts and _case_from_place(member, t, upper)


def _printed_marks(
    people: Sequence[_Member], cols: Sequence[_Column], canon_cols: Sequence[int]
) -> list[str]:
    """The marks after each canonical word: those most members print there.

    A whole quote that ends at a word with a full stop (or with the comma
    that stood for one before "she said") votes there too, when a member
    prints the next word capitalised: it printed the end of that sentence, so a
    version running the sentence on with a comma does not make the passage
    read ``from a linesman, he should`` against ``from a linesman. He should``.
    """
    seps: list[str] = []
    last = len(canon_cols) - 1
    last_columns = {member.columns[-1] for member in people if member.columns}
    for n, k in enumerate(canon_cols):
        tally: _Tally = {}
        marks = cols[k].votes
        if n == last:
            # The passage ends with the marks of the members that end here.
            for mi, t in marks.items():
                member = people[mi]
                if t == len(member.norms) - 1:
                    _vote(tally, member.votes[t].rstrip(), member.rank, member.weight)
            seps.append(_winner(tally) if tally else "")
            continue
        nxt = cols[canon_cols[n + 1]]
        direct_seps = {
            member.votes[t]
            for mi, t in marks.items()
            for member in (people[mi],)
            if t + 1 < len(member.norms) and member.columns[t + 1] is nxt
        }
        if cols[k] not in last_columns:
            # No member ends here, so no sentence enders: the usual column asks
            # nothing more. With the inlined slot_end of _member_variants,
            # assembling 100k generated quotes took 13.0-13.2 CPU s, 13.5-14.6 before.
            enders: list[tuple[_Member, str]] = []
            if len(direct_seps) == 1:
                seps.append(_collapse(direct_seps.pop()))  # the usual case: one mark
                continue
        else:
            enders = _sentence_enders(people, marks, nxt)
            if any(sep.strip() not in ("", ",", ";") for sep in direct_seps):
                enders = []  # they compete only with a sentence run on
            if len(direct_seps) == 1 and all(
                sep == _collapse(s) for _, sep in enders for s in direct_seps
            ):
                seps.append(_collapse(direct_seps.pop()))  # the usual case: one mark
                continue
        for member, sep in enders:
            _vote(tally, sep, member.rank, member.weight)
        inner = [(people[mi], t) for mi, t in marks.items() if t + 1 < len(people[mi].norms)]
        # Prefer the marks of members whose next word is the passage's next word.
        direct = [(member, member.votes[t]) for member, t in inner if member.columns[t + 1] is nxt]
        if direct:
            common = direct[0][1]
            if not enders and all(sep == common for _, sep in direct):
                seps.append(_collapse(common))
                continue
            for member, sep in direct:
                _vote(tally, _collapse(sep), member.rank, member.weight)
        else:
            for member, t in inner:
                _vote(tally, _collapse(member.votes[t]), member.rank, member.weight)
        seps.append(_winner(tally) if tally else " ")
    return seps


_PAIRS = {"]": "[", ")": "("}


def _balanced_brackets(seps: Sequence[str]) -> list[str]:
    """``seps`` without the brackets that open or close nothing in the passage.

    Each mark is voted on its own, so a bracket most members print after one
    word (``like [the plan].``) can win while its partner, printed after words
    that lose their own votes, does not: the passage would read ``like [this.``.
    A bracket stays only with its partner; a mark left empty between two
    words becomes a space.

    >>> _balanced_brackets([" [", "."])
    [' ', '.']
    >>> _balanced_brackets([" [", "] ", "."])
    [' [', '] ', '.']
    """
    drop: set[tuple[int, int]] = set()
    open_at: list[tuple[int, int, str]] = []  # (mark, character, bracket)
    for n, sep in enumerate(seps):
        for k, ch in enumerate(sep):
            if ch in "[(":
                open_at.append((n, k, ch))
            elif ch in _PAIRS:
                if open_at and open_at[-1][2] == _PAIRS[ch]:
                    open_at.pop()
                else:
                    drop.add((n, k))
    drop.update((n, k) for n, k, _ in open_at)
    if not drop:
        return list(seps)
    last = len(seps) - 1
    result = []
    for n, sep in enumerate(seps):
        kept = "".join(ch for k, ch in enumerate(sep) if (n, k) not in drop)
        result.append(_SPACES.sub(" ", kept) if kept or n == last else " ")
    return result


def _sentence_enders(
    people: Sequence[_Member], marks: dict[int, int], following: _Column
) -> list[tuple[_Member, str]]:
    """The whole quotes ending at a column with the end of a sentence, and the mark each votes.

    Only where some member prints the next word with a capital: a quote
    cut mid-sentence (``“We will rebuild the path,” she said, “before the
    summer.”``) leaves lower case after it.
    """
    if not any(
        people[mi].text[people[mi].starts[t]].isupper() for mi, t in following.votes.items()
    ):
        return []
    found = []
    for mi, t in marks.items():
        member = people[mi]
        if t + 1 != len(member.norms) or member.quote.kind == "partial":
            continue
        mark = member.votes[t].strip()
        if mark.endswith(_STOPS) and not _ELLIPSIS_END.search(mark):
            found.append((member, mark + " "))
    return found


def _in_order(words: Sequence[str], part: Sequence[str]) -> bool:
    """Whether every word of ``words`` is in ``part``, in order: a condensed partial.

    "The closure was careless." for "The closure of the Harrowgate
    footbridge was careless" leaves words out and changes none; it is
    reported as the words left out, however few of the part's words it keeps.

    >>> _in_order("the closure was careless".split(), "the closure of it was careless".split())
    True
    >>> _in_order("the repair was careless".split(), "the closure was careless".split())
    False
    """
    k = 0
    for word in words:
        while k < len(part) and part[k] != word:
            k += 1
        if k == len(part):
            return False
        k += 1
    return True


def _paraphrase(cstart: int, cend: int, mstart: int, mend: int) -> Phrase:
    return Phrase("paraphrase", ("paraphrase",), cstart, cend, mstart, mend, False)


def _variant(quote: Quote, canonical: str, phrase: Phrase) -> Variant:
    """The record of one changed phrase of ``quote``, with its meaning flags.

    A record that joins smaller changes (across one agreeing word) carries
    the flags of those changes, each judged as
    on its own: a typo inside it flags nothing, a "not" left out inside it
    flags ``negation``. In a partial quote, the speaker's own pronouns turned
    into the third person (``for myself`` → ``for himself``) are the
    reporter's reframing of the attribution: minor, with no meaning flag. In
    a whole quote the same change puts other words in the speaker's mouth.
    """
    cs, ce, ms, me = phrase.cstart, phrase.cend, phrase.mstart, phrase.mend
    old, new = canonical[cs:ce], quote.text[ms:me]
    flags: set[MeaningChange] = set()
    for piece in phrase.pieces():
        before, after = canonical[piece.cstart : piece.cend], quote.text[piece.mstart : piece.mend]
        head = canonical[: piece.cstart].rstrip()
        opening = not head or head[-1] in ".!?"
        following = canonical[piece.cend : piece.cend + 40]
        flags.update(record_meaning(piece.category, piece.minor, before, after, opening, following))
    return Variant(
        quote_id=quote.id,
        category=phrase.category,
        canonical_text=old,
        variant_text=new,
        canonical_span=(cs, ce),
        spans=document_spans(quote, ms, me),
        minor=phrase.minor,
        categories=phrase.categories,
        meaning=tuple(flag for flag in MEANING_CHANGES if flag in flags),
    )


def _verbatim(members: Sequence[Quote]) -> Assembly | None:
    """The assembly of members that all print one plain text, found without aligning it.

    Most clusters are a statement printed once (or reprinted word for word),
    and aligning such a text with itself gives back the text between its first
    and last word with its marks as printed, except the marks a statement
    reads differently (:class:`_Member`): a whole quote's closing comma (``“We
    will rebuild,” she said``) ends the passage with a full stop, reported as
    one punctuation variant of the last word. This is that result, for texts
    where it is certain: the text (stripped) starts with a word, ends with a
    word and marks without a space, has single ordinary spaces only and no
    editorial brackets, and no printed part but the last ends in a comma (a
    split quote's comma may stand for a full stop, :func:`_statement_mark`).
    Returns None for any other text. Half of a generated add's clusters were
    texts with that closing comma or printed in parts, which the alignment
    took about 1 ms each to give back; ``tests/test_align.py`` holds this
    equal to the alignment (:func:`_aligned`).
    """
    quote = members[0]
    text = quote.text
    body = text.strip()
    if "[" in body or "  " in body or not body.isprintable():
        return None
    last = body[body.rfind(" ") + 1 :]
    if _WORD.match(body) is None or _WORD.search(last) is None:
        return None
    if any(text[:join].rstrip().endswith(",") or text[join:].lstrip().startswith(",")
           for join in _joins(quote)):
        return None
    variants: tuple[Variant, ...] = ()
    whole = [q.kind != "partial" for q in members]
    if body.endswith(",") and any(whole):
        # The statement ends at the last word, with a full stop for the comma.
        if text != body or not all(whole) or _WORD.fullmatch(last[:-1]) is None:
            return None
        start = len(body) - len(last)
        body = body[:-1] + "."
        end = start + len(last)
        phrase = Phrase("punctuation", ("punctuation",), start, end, start, end, True)
        variants = tuple(_variant(q, body, phrase) for q in members)
    end = len(body)
    coverage = tuple(Coverage(quote_id=q.id, start=0, end=end, score=100.0) for q in members)
    return Assembly(body, coverage, variants)


def _trim_edges(
    keep: list[bool],
    present: Sequence[int],
    absent: Sequence[int],
    opens: Sequence[int],
    closes: Sequence[int],
) -> None:
    """Leave out one or two words that a few members add before or after the passage.

    Nobody spans the words a member prints before everyone else starts, so
    no vote drops them. When at least twice as many (and two or more) other
    versions of nearly the whole passage, not partial quotes, start right
    after them, they are the member's additions ("And we will...") rather
    than the start of the statement. The same holds at the end.
    """
    width = len(keep)
    for run in (2, 1):
        if run >= width:
            continue
        if all(absent[k] == 0 for k in range(run)):
            support = max(present[:run])
            if opens[run] >= max(2, 2 * support):
                keep[:run] = [False] * run
                break
    for run in (2, 1):
        if run >= width:
            continue
        edge = width - 1 - run
        if all(absent[k] == 0 for k in range(edge + 1, width)):
            support = max(present[edge + 1 :])
            if closes[edge] >= max(2, 2 * support):
                keep[edge + 1 :] = [False] * run
                break


def _skipped(
    member: _Member, idx: Sequence[int], bracketed: bool = False
) -> list[tuple[int, int]]:
    """The column ranges ``[a, b)`` a member leaves out where it skips words (:func:`_gap_before`).

    ``idx`` is the column index of each of its words, in order. With
    ``bracketed`` (the member prints an editorial bracket), the columns
    beside a bracketed word that the member does not print are left out too:
    the bracket stands for them (``with [Mr Welland's] family`` says nothing
    against ``with Tobiah's family``), so they are not voted out of the passage.
    """
    ed = member.editorial
    return [
        (idx[t] + 1, idx[t + 1])
        for t in range(len(idx) - 1)
        if idx[t + 1] > idx[t] + 1
        and (_gap_before(member, t + 1) or (bracketed and (ed[t] or ed[t + 1])))
    ]


def _tie_keeps(
    k: int,
    people: Sequence[_Member],
    spans: Sequence[tuple[int, int]],
    skips: Sequence[Sequence[tuple[int, int]]],
    column: _Column,
) -> bool:
    """Break an even vote on column ``k``: the best-ranked member spanning it decides.

    A member that skips column ``k`` where its parts meet takes no part.
    """
    best: tuple[_Rank, bool] | None = None
    for member, (lo, hi), skipped in zip(people, spans, skips, strict=True):
        if lo <= k <= hi and not any(a <= k < b for a, b in skipped):
            t = column.votes.get(member.index)
            if t is not None and member.editorial[t]:
                continue
            if best is None or member.rank < best[0]:
                best = (member.rank, t is not None)
    return best is not None and best[1]


def _quote_rank(quote: Quote) -> tuple[float, str]:
    return (quote.published.timestamp() if quote.published else float("inf"), quote.id)


# --------------------------------------------------------------------------
# One member's variants


def _member_variants(
    member: _Member,
    cols: Sequence[_Column],
    span: tuple[int, int],
    canon_cols: Sequence[int],
    canon_index: dict[int, int],
    canonical: str,
    word_spans: Sequence[tuple[int, int]],
    canon_norms: Sequence[str],
    config: Config,
) -> tuple[int, int, float, list[Phrase]]:
    quote = member.quote
    text = quote.text
    starts, ends, editorial = member.starts, member.ends, member.editorial
    lo, hi = span
    # The canonical words inside the member's span of columns (its part).
    c_first = bisect.bisect_left(canon_cols, lo)
    c_last = bisect.bisect_right(canon_cols, hi) - 1
    body_start = len(text) - len(text.lstrip())
    body_end = len(text.rstrip())
    if c_first > c_last:
        if body_start >= body_end:
            return 0, 0, 0.0, []
        return 0, 0, 0.0, [_paraphrase(0, 0, body_start, body_end)]

    def slot_end(c: int) -> int:
        return word_spans[c + 1][0] if c + 1 < len(word_spans) else len(canonical)

    start = word_spans[c_first][0]
    end = word_spans[c_last][1]
    # The member's last word is in column ``hi``: does it end on a canonical word
    # (or end a sentence after words it adds there)?
    ends_on_word = hi in canon_index and bool(member.seps[-1].strip())
    if ends_on_word or _inserted_tail(member, cols, hi, canon_index):
        end += len(_nonspace_prefix(canonical[end : slot_end(c_last)]))
    part = canon_norms[c_first : c_last + 1]
    if member.gapped:
        part = _printed_part(member, cols, span, canon_index, canon_norms)
    # Most members print their part's words as the passage does: equal words score 100
    # (fuzz.ratio of equal strings). With one placement list per member in _align and the
    # equal runs of _place paired in C: 1.18 -> 1.04 CPU s assembling 2,000 clusters sampled
    # from 100k generated quotes (best of 3); tests/test_align.py checks the plain ratio.
    score = 100.0 if member.norms == part else fuzz.ratio(" ".join(member.norms), " ".join(part))
    if text[body_start:body_end] == canonical[start:end]:
        return start, end, score, []
    if score < config.paraphrase_score and not _in_order(member.norms, part):
        return start, end, score, [_paraphrase(start, end, body_start, body_end)]

    cells: list[tuple[int | None, int | None]] = []  # (canonical word, member word) per column
    index = member.index
    for k in range(lo, hi + 1):
        t = cols[k].votes.get(index)
        c = canon_index.get(k)
        if t is not None or c is not None:
            cells.append((c, t))
    edits: list[Edit] = []
    run = 0
    prefix_end = starts[0]
    if text[body_start:prefix_end].strip():
        ms, me = body_start, len(text[:prefix_end].rstrip())
        category, minor = mark_category("", text[ms:me])
        bracket = category == "editorial_bracket"
        edits.append(Edit("mark", start, start, ms, me, run, category, minor, bracket))
    last_slot = start  # end of the previous canonical slot, without trailing space
    last_token_end = prefix_end
    compound = False  # the marks before this word join it to the last one on one side only
    for c, t in cells:
        if c is not None:
            cs, ce = word_spans[c]
            # slot_end(c) inlined (c < c_last here): a call per word was 5% of this
            # function's profiled time at 100k generated quotes (see _printed_marks).
            c_slot = end if c == c_last else word_spans[c + 1][0]
        if t is not None:
            t_start, t_end = starts[t], ends[t]
            m_slot = starts[t + 1] if t + 1 < len(starts) else body_end
        if c is not None and t is not None:
            printed = text[t_start:t_end]
            word = canonical[cs:ce]
            if printed != word and editorial[t]:
                edits.append(Edit("word", cs, ce, t_start, t_end, run, editorial=True))
            elif printed != word:
                category, minor = word_category(word, printed)
                placed = category == "case" and _placed_capital(member, t, canonical, cs)
                edits.append(
                    Edit("word", cs, ce, t_start, t_end, run, category, minor, placed=placed)
                )
            elif not editorial[t] and not compound:
                # A bracketed word printed as in the passage still belongs with
                # its brackets, so it does not end the stretch; nor does the middle
                # word of a compound hyphenated on one side only ("round-the-clock").
                run += 1
            compound = False
            csep, msep = canonical[ce:c_slot], text[t_end:m_slot]
            last_token_end = t_end + len(_nonspace_prefix(msep))
            if csep != msep and _sep_form(csep) != _sep_form(msep):
                a, b, x, y = trimmed(canonical, ce, c_slot, text, t_end, m_slot)
                category, minor = mark_category(canonical[a:b], text[x:y])
                edge = t + 1 == len(starts) or _at_join(member.joins, t_end, m_slot)
                if edge and category == "punctuation":
                    # The marks at the end of a printed part (a full stop turned
                    # into a comma before "she said") are a change on their own.
                    run += 1
                edits.append(
                    Edit("mark", a, b, x, y, run, category, minor, category == "editorial_bracket")
                )
                compound = category == "spelling_locale"
                run += edge and category == "punctuation"
                # Words left out here sit after the marks both print (" – " in
                # " – … " against " – "), so that the change holds neither twice.
                last_token_end = max(last_token_end, x)
            elif msep.strip():
                # An agreeing mark (a full stop, a comma) ends the changed phrase.
                run += 1
            last_slot = ce + len(canonical[ce:c_slot].rstrip())
        elif c is not None:
            stop = cs + len(canonical[cs:c_slot].rstrip())
            edits.append(Edit("omit", cs, stop, last_token_end, last_token_end, run))
            last_slot = stop
        elif t is not None:
            stop = t_start + len(text[t_start:m_slot].rstrip())
            at = max(last_slot, edits[-1].cend if edits else last_slot)
            edits.append(Edit("insert", at, at, t_start, stop, run, editorial=editorial[t]))
            last_token_end = t_end + len(_nonspace_prefix(text[t_end:m_slot]))
    phrases = group_phrases(edits, canonical, text, word_spans, (starts, ends))
    if member.joins:
        phrases = [_excerpted(p, canonical, member.joins) for p in phrases]
    return start, end, score, phrases


def _bracket_opening(
    member: _Member, cols: Sequence[_Column], span: tuple[int, int], canon_cols: Sequence[int]
) -> tuple[int, int]:
    """A member's columns, from its sentence's start when an opening bracket stands for it.

    ``[Kelsall District Council] did not consult…`` against ``The council did
    not consult…``: the bracket's last word pairs with ``council``, so the
    member's part would start there and ``The`` would sit outside it, giving
    ``council`` → ``[Kelsall District Council]``. The bracket replaces the
    sentence's first words, so when at most two passage words the member does
    not print lie between the sentence's start and its first printed word,
    its part starts at the sentence: ``The council`` → ``[Kelsall District
    Council]``.
    """
    lo, hi = span
    if not member.editorial or not member.editorial[0]:
        return span
    c = bisect.bisect_left(canon_cols, lo)
    k = c
    while k > 0 and c - k < _BRACKET_REACH and not cols[canon_cols[k - 1]].stop:
        if member.index in cols[canon_cols[k - 1]].votes:
            return span
        k -= 1
    if k == c or (k > 0 and not cols[canon_cols[k - 1]].stop):
        return span
    return canon_cols[k], hi


def _inserted_tail(
    member: _Member, cols: Sequence[_Column], hi: int, canon_index: dict[int, int]
) -> bool:
    """Whether the member ends a sentence after words it adds after a canonical word.

    ``…because we did not.`` against ``…because we didn't.``: ``not`` is added
    after ``didn't``, and the full stop both print ends both, so it belongs in
    the member's part and not in the changed phrase (``didn't`` → ``did not``).
    Added words in ``[brackets]`` are the outlet's, not the statement's end.
    """
    if not member.seps or member.seps[-1].strip()[-1:] not in _STOPS or member.editorial[-1]:
        return False
    k = hi
    while k >= 0 and k not in canon_index:
        if member.index not in cols[k].votes:
            return False
        k -= 1
    return k >= 0 and k != hi


def _printed_part(
    member: _Member,
    cols: Sequence[_Column],
    span: tuple[int, int],
    canon_index: dict[int, int],
    canon_norms: Sequence[str],
) -> list[str]:
    """The passage words a member's part holds, less those it skips where its parts meet or at "…".

    ``“A,” she said. “C.”`` may leave out the statement's ``B`` between its
    printed parts, as ``A … C`` says it did (see :func:`_excerpted`): it is
    scored against ``A C``, so that a version printing two sentences word for
    word is not taken for a paraphrase of the three.
    """
    index = member.index
    part: list[str] = []
    last = -1  # the member's latest word
    for k in range(span[0], span[1] + 1):
        t = cols[k].votes.get(index)
        c = canon_index.get(k)
        if t is not None:
            last = t
        if c is None:
            continue
        skipped = (
            t is None
            and 0 <= last < len(member.starts) - 1
            and _gap_before(member, last + 1)
        )
        if not skipped:
            part.append(canon_norms[c])
    return part


def _excerpted(phrase: Phrase, canonical: str, joins: Sequence[int]) -> Phrase:
    """Sentences left out where two printed parts meet are minor: an excerpt, not a cut.

    An article that prints a statement's first and third paragraphs as one
    run-on quote chose what to print, as a member printing only part of the
    passage does; the record stays (the member is rebuilt from its records)
    but is folded away with the minor ones. So does a split quote that
    closes mid-sentence before its attribution and reopens at a later
    sentence (``“We will prioritise the longest lists,” he said. “That is a
    guarantee.”``): the words left out run to the end of a sentence, and the
    reader sees the quote close there.
    """
    if phrase.category != "omission" or phrase.minor:
        return phrase
    left_out = canonical[phrase.cstart : phrase.cend].strip()
    if left_out.endswith(_STOPS) and _at_join(joins, phrase.mstart, phrase.mstart + 2):
        return attrs.evolve(phrase, minor=True)
    return phrase
