"""Sentences an editor reads as rewritten: one ``paraphrase`` record, not many small ones.

A translated or spun reprint changes a sentence in many places at once:
"What I wrote in the newsletter and later on the parish website was unfair."
printed as "What I wrote inside the bulletin and after on the website of the
parish was an injustice." Word by word that is four changes, none of
which an editor would count on its own: the sentence was rewritten. A single
changed word in an otherwise faithful sentence ("allowed" for "permitted") is
a substitution, and stays one.

For every member of every cluster (joined by wording or, with
``Config.semantic``, by meaning), :func:`merge_rewritten` replaces the records
of each *rewritten* sentence of the canonical passage (at least ``_MIN_CHANGES``
records that change words, together changing at least ``_MIN_SHARE`` of the
words of the sentence that the member prints, or ``_DENSE_CHANGES`` changing
``_DENSE_SHARE`` of them) by one ``paraphrase`` record
from its first change to its last; rewritten sentences in a row, in one
printed part, become one record, and so does a short changed sentence next
to them ("We are deeply sorry." before a rewritten "Families trust us ...":
a sentence of at most ``_SHORT_WORDS`` words is too short to be judged on
its own). A rewording that ends the member's part at most ``_TAIL_WORDS``
words before its sentence ends rewords the sentence's end too ("and I got it
wrong." printed as "and I was mistaken"): the record runs to the sentence's
end. Records of other sentences are kept as they are, and together the
records still rebuild the member (:func:`quotematch.apply_variants`). A
sentence holding an ellipsis or an editorial bracket is edited, not
rewritten: a translation does not print an editor's marks, and its changes
stay word by word.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import regex

from .classify import record_meaning
from .models import Coverage, Quote, Variant
from .normalize import comparison_words
from .phrases import document_spans

__all__ = ["merge_all", "merge_rewritten"]

_MIN_CHANGES = 3  # records changing words in one sentence, at least
_MIN_SHARE = 0.35  # ... changing at least this share of its words: a translation changes
# most phrases; an outlet's three edits in a long sentence (8 of 30 words) stay word by word
_DENSE_CHANGES = 2  # ... or this many records changing at least this share of its words:
_DENSE_SHARE = 0.5  # "held up as planned" printed as "stood firm as they had hoped"
_SHORT_WORDS = 5  # a changed sentence this short joins a rewritten sentence next to it
_TAIL_WORDS = 2  # a rewording that ends its part this near its sentence's end rewords the end
_ENDS = regex.compile(r"[.!?…]")
_SENTENCE_END = regex.compile(r"[.!?…]+[\"'”’»)]*\s+")


def _sentence_starts(canonical: str) -> list[int]:
    """Where each sentence of ``canonical`` starts (character offsets, the first is 0)."""
    return [0, *(m.end() for m in _SENTENCE_END.finditer(canonical))]


def _text_offset(quote: Quote, at: int) -> int:
    """The offset in ``quote.text`` of document offset ``at`` (the inverse of its spans).

    A quote without spans is its own document; an offset outside every part
    (which records never hold) maps to the end of the text.
    """
    base = 0
    for start, end in quote.spans:
        if start <= at <= end:
            return base + at - start
        base += end - start + 1
    return at if not quote.spans else base - 1


def _part(quote: Quote, record: Variant) -> int:
    """Which printed part of ``quote`` (split around "she said", or paragraphs) a record is in."""
    at = record.spans[0][0] if record.spans else 0
    return sum(1 for start, _ in quote.spans[1:] if start <= at)


def _changed_words(record: Variant) -> int:
    return max(
        len(comparison_words(record.canonical_text)), len(comparison_words(record.variant_text))
    )


def _rewritten(records: Sequence[Variant], sentence: str) -> bool:
    """Whether the records of one sentence rewrite it (see the module docstring).

    ``sentence`` is the part of the sentence that the member prints. An
    ellipsis or editorial bracket among them says an editor cut the
    sentence, not that it was rewritten.
    """
    if any(r.category in ("ellipsis", "editorial_bracket") for r in records):
        return False
    wording = [r for r in records if _rewords([r])]
    changed = sum(_changed_words(r) for r in wording)
    words = len(comparison_words(sentence))
    if len(wording) >= _MIN_CHANGES and changed >= _MIN_SHARE * words:
        return True
    return len(wording) >= _DENSE_CHANGES and changed >= _DENSE_SHARE * words


def _part_end(quote: Quote, at: int) -> int:
    """The offset in ``quote.text`` where the printed part holding text offset ``at`` ends."""
    base = 0
    for start, end in quote.spans:
        if at <= base + end - start:
            return base + end - start
        base += end - start + 1
    return len(quote.text)


def _sentence_tail(canonical: str, hi: int) -> int:
    """Where the sentence holding offset ``hi`` ends, marks included, if within ``_TAIL_WORDS``.

    ``hi`` itself when no word or more than ``_TAIL_WORDS`` words follow it in
    its sentence.

    >>> _sentence_tail("and I got it wrong. We lost.", 12), _sentence_tail("I got it.", 8)
    (19, 8)
    >>> _sentence_tail("and I got it wrong. We lost. Then more.", 19)  # already at an end
    19
    """
    if canonical[:hi].rstrip(" \"'”’»)")[-1:] in (".", "!", "?", "…"):
        return hi  # the sentence already ended: the next one is not its tail
    found = _SENTENCE_END.search(canonical, hi)
    end = len(canonical[: found.start() if found else len(canonical)].rstrip())
    words = len(comparison_words(canonical[hi:end]))
    if not words or words > _TAIL_WORDS:
        return hi
    return len(canonical[: found.end() if found else len(canonical)].rstrip())


def _merged(quote: Quote, canonical: str, records: Sequence[Variant]) -> Variant | None:
    """One ``paraphrase`` record from the first of ``records`` to the last.

    When the last record ends the member's printed part, the record runs on
    to the end of its sentence if only a word or two are left there
    (:func:`_sentence_tail`). None when no record says where the member
    prints it (no ``spans``): then there is no stretch of the member to
    report, and the records stay as they are.
    """
    lo = min(r.canonical_span[0] for r in records)
    hi = max(r.canonical_span[1] for r in records)
    points = [_text_offset(quote, p) for r in records for span in r.spans for p in span]
    if not points:
        return None
    m_lo, m_hi = min(points), max(points)
    if not any(ch.isalnum() for ch in quote.text[m_hi : _part_end(quote, m_hi)]):
        hi = _sentence_tail(canonical, hi)
    old, new = canonical[lo:hi], quote.text[m_lo:m_hi]
    similarities = [r.similarity for r in records if r.similarity is not None]
    before = canonical[:lo].rstrip()
    return Variant(
        quote_id=quote.id,
        category="paraphrase",
        canonical_text=old,
        variant_text=new,
        canonical_span=(lo, hi),
        spans=document_spans(quote, m_lo, m_hi),
        meaning=record_meaning("paraphrase", False, old, new, not before or before[-1] in ".!?"),
        similarity=max(similarities) if similarities else None,
    )


def merge_rewritten(
    quote: Quote,
    canonical: str,
    records: Sequence[Variant],
    cover: tuple[int, int] | None = None,
) -> tuple[Variant, ...]:
    """The records of one member, with each run of rewritten sentences as one record.

    Args:
        quote: the member.
        canonical: its cluster's canonical passage.
        records: the member's variant records (on ``canonical``).
        cover: the stretch of ``canonical`` the member prints (its
            :class:`~quotematch.Coverage`); the whole passage when None.

    Returns:
        The records in passage order: those of rewritten sentences (see the
        module docstring) replaced by one ``paraphrase`` record per run of
        such sentences, the others unchanged.

    >>> canonical = "What I wrote in the newsletter was unfair. We apologise."
    >>> quote = Quote(id="m", doc_id="m",
    ...               text="What I wrote inside the parish bulletin was an injustice.")
    >>> def rec(old, new, where, at):
    ...     return Variant(quote_id="m", category="substitution", canonical_text=old,
    ...                    variant_text=new, canonical_span=where, spans=(at,))
    >>> records = [rec("in", "inside", (13, 15), (13, 19)),
    ...            rec("newsletter", "parish bulletin", (20, 30), (24, 39)),
    ...            rec("unfair", "an injustice", (35, 41), (44, 56))]
    >>> [(r.category, r.canonical_text, r.variant_text) for r in merge_rewritten(
    ...     quote, canonical, records)]
    [('paraphrase', 'in the newsletter was unfair', 'inside the parish bulletin was an injustice')]
    """
    ordered = sorted(records, key=lambda r: (r.canonical_span, r.spans))
    if sum(not r.minor for r in ordered) < _DENSE_CHANGES:
        # No sentence is rewritten with fewer than two records that change words (minor ones
        # never do), and a short sentence merges only beside a rewritten one: most members
        # stop here without folding any words (merging 0.16 -> 0.11 CPU s of 6.5 s
        # clustering 20k generated quotes, benchmarks.generate seed 0).
        return tuple(ordered)
    starts = _sentence_starts(canonical)
    bounds = [*starts[1:], len(canonical)]
    lo, hi = cover if cover is not None else (0, len(canonical))

    def sentence_of(record: Variant) -> int:
        at = record.canonical_span[0]
        for k, end in enumerate(bounds):
            if at < end:
                return k
        return len(bounds) - 1

    result: list[Variant] = []
    run: list[tuple[bool, list[Variant]]] = []
    last = -2
    for k, grouped in itertools.groupby(ordered, key=sentence_of):
        group = list(grouped)
        printed = canonical[max(starts[k], lo) : max(min(bounds[k], hi), starts[k], lo)]
        if not comparison_words(printed):  # records at the edge of what the member prints
            printed = canonical[starts[k] : bounds[k]]
        rewritten = _rewritten(group, printed)
        short = len(comparison_words(printed)) <= _SHORT_WORDS and _rewords(group)
        follows = bool(run) and k == last + 1 and _part(quote, group[0]) == _part(
            quote, run[-1][1][-1]
        )
        if run and not ((rewritten or short) and follows):
            result.extend(_run_records(quote, canonical, run))
            run = []
        if rewritten or short:
            run.append((rewritten, group))
            last = k
        else:
            result.extend(group)
    if run:
        result.extend(_run_records(quote, canonical, run))
    return tuple(result)


def _rewords(records: Sequence[Variant]) -> bool:
    """Whether any of ``records`` changes words (not only marks, and not minor)."""
    return any(
        not r.minor and (comparison_words(r.canonical_text) or comparison_words(r.variant_text))
        for r in records
    )


def _run_records(
    quote: Quote, canonical: str, run: Sequence[tuple[bool, Sequence[Variant]]]
) -> list[Variant]:
    """A run of sentences in a row: one record when one of them is rewritten.

    Short sentences (see the module docstring) join a rewritten one; on their
    own, their records stay as they are. The record runs from the first
    change of words to the last, and on over a changed mark that ends the
    sentence; other marks changed before or after (a comma the member stops
    at) stay records of their own.
    """
    records = [r for _, group in run for r in group]
    if not any(rewritten for rewritten, _ in run):
        return records
    wording = [k for k, r in enumerate(records) if _rewords([r])]
    first, last = wording[0], wording[-1] + 1
    while last < len(records) and _ENDS.search(records[last].canonical_text):
        last += 1  # the rewritten sentence's own end ("saw it." printed "has seen it,")
    return [
        *records[:first],
        *_merged_or_kept(quote, canonical, records[first:last]),
        *records[last:],
    ]


def _merged_or_kept(quote: Quote, canonical: str, run: Sequence[Variant]) -> list[Variant]:
    """The run as one ``paraphrase`` record, or its records as they are (see :func:`_merged`)."""
    merged = _merged(quote, canonical, run)
    return list(run) if merged is None else [merged]


def merge_all(
    quotes: Sequence[Quote],
    canonical: str,
    records: Sequence[Variant],
    coverage: Sequence[Coverage] = (),
) -> tuple[Variant, ...]:
    """:func:`merge_rewritten` for every member, its records kept in member order.

    ``coverage`` says which stretch of ``canonical`` each member prints (a
    member without one is measured against the whole passage).
    """
    covers = {c.quote_id: (c.start, c.end) for c in coverage}
    by_quote: dict[str, list[Variant]] = {}
    for record in records:
        by_quote.setdefault(record.quote_id, []).append(record)
    result: list[Variant] = []
    for quote in quotes:
        own = by_quote.pop(quote.id, [])
        if own:
            result.extend(merge_rewritten(quote, canonical, own, covers.get(quote.id)))
    for rest in by_quote.values():
        result.extend(rest)
    return tuple(result)
