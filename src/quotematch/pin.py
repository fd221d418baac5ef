"""A source's wording as the canonical text: finding a passage in a source, and pinning it.

A press release, a transcript or a post is what outlets quote. To hold their
quotes against it (``quotematch check``) or to make it the canonical passage
of the clusters it belongs to (``cluster --against``), two steps:

1. :func:`find_passage` looks for a text in every quote the source prints and
   in the source's whole text (a transcript has no quote marks), with the
   clusterer's own blocking keys (:func:`quotematch.link.best_diagonal`) and
   verifier (:func:`quotematch.link.verify`, ``Config.link_score``); a text
   shorter than ``Config.min_fragment_words`` must appear word for word. The
   best-scoring place wins, a quote the source prints on a tie;
2. :func:`pinned_assembly` aligns the members with that passage by
   :func:`quotematch.align.assemble`, the passage given more votes than all
   the members together, so its wording wins every vote: the canonical text
   is the source's, and every departure of a member is a variant.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import regex
from rapidfuzz.distance import Indel, MatchingBlock

from .align import Assembly, assemble
from .block import STOP_WORDS
from .config import Config, resolve_config
from .extract import extract_quotes
from .link import best_diagonal, verify
from .models import Cluster, Document, Quote, Span
from .normalize import comparison_words, ellipsis_gaps, token_columns

__all__ = [
    "Passage",
    "SourcePlace",
    "find_passage",
    "pin_clusters",
    "pinned_assembly",
    "source_places",
]

_TRAILING_MARKS = regex.compile(r"[.,;:!?…]+")


@attrs.frozen
class SourcePlace:
    """Somewhere a text may sit in a source: a quote the source prints, or its whole text."""

    holder: Quote
    printed: bool  # a quote the source prints (preferred on equal scores)
    words: tuple[str, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]


@attrs.frozen
class Passage:
    """Where a text was found in a source.

    Attributes:
        pin: the source's wording as a quote of the source document (its
            spans index the source text).
        score: similarity of the text to it, 0–100.
        skip: the word of the text at which the passage starts (0 unless the
            text begins before it).
    """

    pin: Quote
    score: float
    skip: int


def source_places(sources: Iterable[Document], config: Config | None = None) -> list[SourcePlace]:
    """Every place of ``sources`` a text may be found in, for :func:`find_passage`.

    >>> [p.printed for p in source_places([Document("s", "Ward said: “We will rebuild it.”")])]
    [True, False]
    """
    cfg = resolve_config(config)
    places = []
    for source in sources:
        for quote in extract_quotes(source, config=cfg):
            if quote.kind in cfg.cluster_kinds:
                places.append(_place(quote, True))
        whole = Quote(
            id=f"{source.id}:text",
            doc_id=source.id,
            text=source.text,
            spans=((0, len(source.text)),),
        )
        places.append(_place(whole, False))
    return places


def find_passage(
    text: str, places: Sequence[SourcePlace], config: Config | None = None
) -> Passage | None:
    """The source passage ``text`` is a version of, or None when no place verifies.

    >>> places = source_places([Document("s", "Ward said: “We will rebuild the old path.”")])
    >>> found = find_passage("We will rebuild the path", places)
    >>> found.pin.text, found.pin.spans
    ('We will rebuild the old path.', ((12, 41),))
    """
    cfg = resolve_config(config)
    norms, _, _, editorial = token_columns(text)
    words = tuple(norms)
    if not words:
        return None
    gaps = ellipsis_gaps(text)
    found = [f for place in places if (f := _locate(words, gaps, place, cfg)) is not None]
    if not found:
        return None
    rank = {id(place): n for n, place in enumerate(places)}
    score, place, first, end, skip = max(found, key=lambda f: (f[0], f[1].printed, -rank[id(f[1])]))
    first, end, skip = _tighten(place.words, first, end, words, editorial, skip)
    holder = place.holder
    start = place.starts[first]
    stop = place.ends[end - 1]
    tail = _TRAILING_MARKS.match(holder.text, stop)
    if tail is not None:
        stop = tail.end()
    pin = Quote(
        id=f"{holder.doc_id}:passage",
        doc_id=holder.doc_id,
        text=holder.text[start:stop],
        spans=_part_spans(holder, start, stop),
        kind="direct",
    )
    return Passage(pin, score, skip)


def pinned_assembly(
    pin: Quote, pin_offset: int, members: Sequence[Quote], offsets: Sequence[int], config: Config
) -> Assembly:
    """Align ``members`` with the passage ``pin``, whose wording wins every vote.

    :func:`quotematch.align.assemble` aligns members that print the same
    text once and lets them vote with their number; the passage is given
    one copy more than there are members, so it outvotes all of them on every
    word, every mark and every column kept or dropped. The copies are left
    out of the result: its coverage and variants are the members'.

    Args:
        pin: the source passage (see :func:`find_passage`).
        pin_offset: the word of the members' passage at which ``pin`` starts.
        members, offsets: the quotes and the words at which each starts.
        config: as for :func:`quotematch.align.assemble`.

    >>> pin = Quote(id="s", doc_id="s", text="We will rebuild the centre.")
    >>> members = [Quote(id=str(i), doc_id=str(i), text="We will rebuild the center.")
    ...            for i in range(3)]
    >>> result = pinned_assembly(pin, 0, members, [0, 0, 0], Config())
    >>> result.canonical, sorted({v.variant_text for v in result.variants})
    ('We will rebuild the centre.', ['center'])
    """
    copies = [attrs.evolve(pin, id=f"{pin.id}#{k}") for k in range(len(members) + 1)]
    assembly = assemble((*copies, *members), [pin_offset] * len(copies) + list(offsets), config)
    mine = {copy.id for copy in copies}
    return Assembly(
        assembly.canonical,
        tuple(c for c in assembly.coverage if c.quote_id not in mine),
        tuple(v for v in assembly.variants if v.quote_id not in mine),
    )


def pin_clusters(
    clusters: Iterable[Cluster], sources: Iterable[Document], *, config: Config | None = None
) -> list[Cluster]:
    """``clusters`` with the source's wording as the canonical passage of each found in it.

    A cluster whose canonical passage is found in a source (:func:`find_passage`)
    is assembled again with that passage pinned (:func:`pinned_assembly`): its
    ``canonical`` is the source's wording, each member's departure from it is
    a variant, and ``pinned`` names the source document. Other clusters are
    returned unchanged, in the same order.

    >>> from quotematch import cluster_quotes
    >>> clusters = cluster_quotes(["We will rebuild the town center by May.",
    ...                            "We will rebuild the town center by May,"])
    >>> release = Document("release", "Ward said: “We will rebuild the town centre by May.”")
    >>> [c] = pin_clusters(clusters, [release])
    >>> c.canonical, c.pinned
    ('We will rebuild the town centre by May.', 'release')
    >>> [(v.quote_id, v.category, v.canonical_text, v.variant_text) for v in c.variants][:2]
    [('0', 'spelling_locale', 'centre', 'center'), ('1', 'spelling_locale', 'centre', 'center')]
    """
    cfg = resolve_config(config)
    places = source_places(sources, cfg)
    result = []
    for cluster in clusters:
        passage = find_passage(cluster.canonical, places, cfg) if places else None
        if passage is None:
            result.append(cluster)
            continue
        offsets = [len(comparison_words(cluster.canonical[: c.start])) for c in cluster.coverage]
        assembly = pinned_assembly(passage.pin, passage.skip, cluster.members, offsets, cfg)
        result.append(
            attrs.evolve(
                cluster,
                canonical=assembly.canonical,
                variants=assembly.variants,
                coverage=assembly.coverage,
                pinned=passage.pin.doc_id,
            )
        )
    return result


# --- implementation -------------------------------------------------------------------------

_Found = tuple[float, SourcePlace, int, int, int]  # score, place, first word, end word, skip


def _place(holder: Quote, printed: bool) -> SourcePlace:
    norms, starts, ends, _ = token_columns(holder.text)
    return SourcePlace(holder, printed, tuple(norms), tuple(starts), tuple(ends))


def _tighten(
    have: Sequence[str],
    first: int,
    end: int,
    words: Sequence[str],
    editorial: Sequence[bool],
    skip: int,
) -> tuple[int, int, int]:
    """Cut the found region ``have[first:end]`` down to the words ``words`` stand for.

    The verifier looks a few words either side of where a text sits, and a
    longest common subsequence happily matches a text's opening "the" with a
    "the" two words too early. So the region is cut to the first and last
    words the two share, leaving out a lone shared function word at either
    edge when the source has more words between it and the next shared word
    than the text has. It is then widened again by the text's own words
    outside the shared ones: one source word for an editorial bracket there
    ("[The council] will" stands for "We will"), one for each other word.
    Returns the new ``(first, end, skip)``.
    """
    blocks = [
        b for b in Indel.opcodes(list(have[first:end]), list(words)).as_matching_blocks() if b.size
    ]
    while len(blocks) > 1 and _stray(blocks[0], blocks[1], words):
        blocks.pop(0)
    while len(blocks) > 1 and _stray(blocks[-1], blocks[-2], words):
        blocks.pop()
    if not blocks:
        return first, end, skip
    head, tail = blocks[0], blocks[-1]
    before = min(head.a, _source_words(editorial[: head.b]))
    after = min(end - first - tail.a - tail.size, _source_words(editorial[tail.b + tail.size :]))
    return first + head.a - before, first + tail.a + tail.size + after, max(0, head.b - before)


def _stray(edge: MatchingBlock, other: MatchingBlock, words: Sequence[str]) -> bool:
    """A lone shared function word, more source words than text words away from ``other``."""
    if edge.size != 1 or words[edge.b] not in STOP_WORDS:
        return False
    source_gap: int = abs(other.a - edge.a) - 1
    text_gap: int = abs(other.b - edge.b) - 1
    return source_gap > text_gap


def _source_words(editorial: Sequence[bool]) -> int:
    """How many source words the text's words ``editorial`` flags stand for (a bracket: one)."""
    plain = sum(1 for flag in editorial if not flag)
    return plain + (1 if any(editorial) else 0)


def _part_spans(holder: Quote, start: int, stop: int) -> tuple[Span, ...]:
    """Where ``holder.text[start:stop]`` sits in its document: one span per printed part it touches.

    ``holder.text`` is its parts joined by one space, so part ``k`` begins
    ``len(parts before) + k`` characters into the text.
    """
    result = []
    at = 0
    for first, last in holder.spans:
        lo, hi = max(start, at), min(stop, at + last - first)
        if lo < hi:
            result.append((first + lo - at, first + hi - at))
        at += last - first + 1
    return tuple(result)


def _locate(
    words: Sequence[str], gaps: Sequence[int], place: SourcePlace, cfg: Config
) -> _Found | None:
    """Where ``words`` sit in ``place``, or None."""
    have = place.words
    n = len(words)
    if n < cfg.min_fragment_words:
        target = tuple(words)
        for i in range(len(have) - n + 1):
            if have[i : i + n] == target:
                return (100.0, place, i, i + n, 0)
        return None
    diagonal = best_diagonal(have, words)
    if diagonal is None:
        return None
    link = verify(have, words, diagonal, cfg, gaps_b=gaps)
    if link is None and gaps:  # an ellipsis may also stand for no words, or a word or two
        link = verify(have, words, diagonal, cfg)
    if link is None:
        return None
    if link.kind == "overlap":
        if link.swapped:  # the text's end is the start of the place
            return (link.score, place, 0, link.words, link.offset)
        return (link.score, place, link.offset, len(have), 0)
    if link.swapped:  # the whole place sits inside the text
        return (link.score, place, 0, len(have), link.offset)
    return (link.score, place, link.offset, link.offset + link.words, 0)
