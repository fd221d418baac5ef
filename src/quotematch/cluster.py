"""Grouping the printed versions of one statement.

The stages, each a value in and a value out (the SQLite index and the Dask
pipeline call the same functions):

1. every quote of a clustered kind is folded to its comparison words once;
   quotes with identical words (many outlets print the same text) become one
   *distinct text*, numbered in sorted order so nothing depends on input order;
2. :func:`quotematch.block.candidate_pairs` proposes pairs of texts sharing
   blocking keys, deciding about each key from the corpus-wide
   :class:`quotematch.block.KeyStats`;
3. :func:`verify_candidates` verifies them with :func:`quotematch.link.verify`
   (strongest first);
4. :func:`quotematch.join.join_links` joins the links into groups, a short
   fragment joining only its best container;
5. with ``Config.semantic``, :mod:`quotematch.semantic` joins groups that
   reword one another (machine translations, spun copies), by meaning;
6. :func:`build_cluster` assembles each group (:func:`quotematch.align.assemble`)
   and names it with :func:`cluster_id`, derived from its texts alone.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs

from .align import Assembly, assemble
from .block import OVERLAP_RARE, Candidate, KeyStats, candidate_pairs
from .config import Config, resolve_config
from .errors import InputError
from .join import (
    UnionFind,
    VerifiedLink,
    anchors,
    could_anchor,
    is_loose,
    join_links,
    settled,
)
from .link import verify
from .models import Cluster, Quote, Variant
from .normalize import TokenColumns, comparison_words, quote_gaps, token_columns
from .rewrites import merge_all
from .speakers import agree_on_speaker

__all__ = [
    "ProgressHook",
    "build_cluster",
    "cluster_id",
    "cluster_quotes",
    "group_texts",
    "verify_candidates",
    "words_with_gaps",
]

ProgressHook = Callable[[str, int, "int | None"], None]
"""``hook(stage, done, total)``: how far a long step has got (``total`` None when unknown)."""


def verify_candidates(
    texts: Sequence[Sequence[str]],
    candidates: Iterable[Candidate],
    config: Config,
    *,
    gaps: Sequence[Sequence[int]] | None = None,
) -> list[VerifiedLink]:
    """Run :func:`quotematch.link.verify` on each candidate, in the order given.

    A pair of long texts (``2 * min_overlap_words`` words or more each) that
    earlier links already joined is not verified again when the pair is
    :func:`quotematch.join.settled` (each side that could be held inside the
    other is anchored, :func:`quotematch.join.anchors`) or when its link could
    anchor neither side (:func:`quotematch.join.could_anchor`; a text with an
    ellipsis or a join of printed parts is always verified): its link could
    not change which texts :func:`quotematch.join.join_links` puts together
    (a loose container of an anchored text is not used, and one of an
    unanchored text joins texts already joined). Loose containers
    (:func:`quotematch.join.is_loose`) join nothing here.

    Args:
        texts: the comparison words of each distinct text.
        candidates: from :func:`quotematch.block.candidate_pairs`, strongest first.
        config: ``link_score``, ``min_fragment_words``, ``min_overlap_words`` apply.
        gaps: for each text, the word positions of its ellipses, or None.

    >>> texts = ["we will rebuild the coastal path".split(), "rebuild the costal path".split()]
    >>> [(v.a, v.b, v.link.kind) for v in verify_candidates(
    ...     texts, candidate_pairs(texts, Config()), Config())]
    [(0, 1, 'contains')]
    """
    long_words = 2 * config.min_overlap_words
    joined = UnionFind(len(texts))
    anchored: set[int] = set()
    lengths = [len(t) for t in texts]
    links = []
    for candidate in candidates:
        a, b = candidate.a, candidate.b
        both_long = lengths[a] >= long_words and lengths[b] >= long_words
        if both_long and joined.find(a) == joined.find(b):
            gapped = gaps is not None and bool(gaps[a] or gaps[b])
            if settled(lengths[a], lengths[b], a in anchored, b in anchored) or not (
                gapped or could_anchor(texts[a], texts[b])
            ):
                continue
        if gaps is None:
            link = verify(texts[a], texts[b], candidate.diagonal, config)
        else:
            link = verify(
                texts[a], texts[b], candidate.diagonal, config, gaps_a=gaps[a], gaps_b=gaps[b]
            )
        if link is None:
            continue
        links.append(VerifiedLink(a, b, link, candidate.rare))
        if both_long and not is_loose(link) and (
            link.kind not in ("overlap", "excerpt") or candidate.rare >= OVERLAP_RARE
        ):
            joined.union(a, b)
            if anchors(link):
                anchored.add(a if link.swapped else b)
    return links


def group_texts(
    texts: Sequence[Sequence[str]],
    config: Config | None = None,
    *,
    gaps: Sequence[Sequence[int]] | None = None,
    stats: KeyStats | None = None,
    progress: ProgressHook | None = None,
) -> list[list[tuple[int, int]]]:
    """Group distinct texts (as folded words) into statements: the three stages in a row.

    Args:
        texts: the comparison words of each distinct text; a text's index is
            its id. Number them in sorted order of their words, so that ties
            are broken by content.
        config: ``max_key_frequency``, ``link_score``, ``min_fragment_words``
            and ``min_overlap_words`` apply.
        gaps: for each text, the word positions of its ellipses and of the
            joins of its printed parts (:func:`quotematch.normalize.quote_gaps`),
            where it may leave words out; None when no text has any.
        stats: corpus-wide key statistics; None for those of ``texts``.
        progress: told ``("comparing", 0, None)`` while candidate pairs are
            found, then ``("verifying", n, pairs)`` as they are verified.

    Returns:
        One list per statement of ``(text id, word offset)``: where each text
        starts in the statement's assembled passage (the earliest at 0).
        Groups and their entries are in text-id order; every text is in
        exactly one group.

    >>> texts = [
    ...     "the council will rebuild the coastal path before summer".split(),
    ...     "will rebuild the costal path".split(),
    ...     "our thoughts are with the families".split(),
    ... ]
    >>> group_texts(texts)
    [[(0, 0), (1, 2)], [(2, 0)]]
    """
    cfg = resolve_config(config)
    if progress is not None:
        progress("comparing", 0, None)
    candidates = candidate_pairs(texts, cfg, stats=stats)
    shown = candidates if progress is None else _counted(candidates, "verifying", progress)
    links = verify_candidates(texts, shown, cfg, gaps=gaps)
    return join_links([len(t) for t in texts], links, cfg)


def _counted(
    items: Sequence[Candidate], stage: str, progress: ProgressHook, every: int = 512
) -> Iterator[Candidate]:
    """``items``, telling ``progress`` every ``every`` items and at the end how many were taken."""
    total = len(items)
    for done, item in enumerate(items, 1):
        yield item
        if done % every == 0 or done == total:
            progress(stage, done, total)


def cluster_id(texts: Iterable[Sequence[str]]) -> str:
    """A cluster's name, derived from its members' comparison words alone.

    The same texts give the same id in every run, in any order, in the batch
    clusterer, an index or a distributed run: ``"c"`` and 16 hex digits of
    BLAKE2b of the first text in sorted order (distinct texts belong to one
    cluster only, so two clusters of one run never share it). A cluster keeps
    its id when new versions join it, unless one of them sorts first.

    >>> cluster_id([["we", "will", "rebuild"], ["rebuild", "the", "path"]])
    'c55d1c96bfac6cffa'
    >>> cluster_id([["rebuild", "the", "path"], ["we", "will", "rebuild"]])
    'c55d1c96bfac6cffa'
    """
    first = min(" ".join(words) for words in texts)
    return "c" + hashlib.blake2b(first.encode("utf-8"), digest_size=8).hexdigest()


_NEVER = _dt.datetime.max.replace(tzinfo=_dt.timezone.utc)


def _member_order(quote: Quote) -> tuple[_dt.datetime, str, str]:
    return (quote.published or _NEVER, quote.doc_id, quote.id)


def _as_quotes(quotes: Iterable[Quote | str]) -> list[Quote]:
    result = []
    for i, item in enumerate(quotes):
        if isinstance(item, Quote):
            result.append(item)
        elif isinstance(item, str):
            result.append(Quote(id=str(i), doc_id=str(i), text=item))
        else:
            raise InputError(
                f"cluster_quotes takes Quote objects or strings; item {i} is a "
                f"{type(item).__name__}"
            )
    return result


def cluster_quotes(
    quotes: Iterable[Quote | str],
    *,
    config: Config | None = None,
    progress: ProgressHook | None = None,
) -> list[Cluster]:
    """Group quotes that are versions of the same statement.

    Quotes of kinds outside ``Config.cluster_kinds`` (scare quotes and titles
    by default) and quotes without a single word are left out. Every other
    quote is in exactly one cluster; a quote that links to no other is a
    cluster of one. The result does not depend on the order of ``quotes``:
    clusters come largest first (ties by canonical text), each named by
    :func:`cluster_id` from its members' words, and members are listed by
    publication time, document and id.

    Args:
        quotes: :class:`Quote` objects, or plain strings (the string at
            position ``i`` becomes a quote with id and doc id ``str(i)``).
        config: thresholds; see :class:`quotematch.Config`.
        progress: called as ``progress(stage, done, total)`` while it works
            (``comparing``, ``verifying``, then ``assembling`` per statement),
            for a progress bar; see :func:`group_texts`.

    Raises:
        InputError: an item is neither a Quote nor a string.

    >>> clusters = cluster_quotes([
    ...     "We will rebuild the coastal path before the summer.",
    ...     "“We will rebuild the costal path before the summer,”",
    ...     "rebuild the coastal path",
    ...     "Our thoughts are with the families.",
    ... ])
    >>> [[q.id for q in c.members] for c in clusters]
    [['0', '1', '2'], ['3']]
    """
    cfg = resolve_config(config)
    by_words: dict[tuple[tuple[str, ...], tuple[int, ...]], list[Quote]] = {}
    cuts: dict[str, _Cut] = {}
    for quote in _as_quotes(quotes):
        if quote.kind not in cfg.cluster_kinds:
            continue
        cut = cuts.get(quote.text)
        if cut is None:
            cut = cuts[quote.text] = _cut(quote.text)
        words = cut[0]
        if words:
            by_words.setdefault((words, quote_gaps(quote.text, quote.spans)), []).append(quote)
    distinct = sorted(by_words)
    texts = [words for words, _ in distinct]
    gaps = [gap for _, gap in distinct]
    groups = group_texts(texts, cfg, gaps=gaps if any(gaps) else None, progress=progress)
    reworded: list[list[list[tuple[int, int]]]] = [[] for _ in groups]
    if cfg.semantic:
        printed = [by_words[d] for d in distinct]
        groups, reworded = _join_by_meaning(texts, groups, printed, cfg)
    clusters = []
    for done, (group, others) in enumerate(zip(groups, reworded, strict=True), 1):
        members = [quote for tid, _ in group for quote in by_words[distinct[tid]]]
        offsets = [offset for tid, offset in group for _ in by_words[distinct[tid]]]
        extra = [quote for g in others for tid, _ in g for quote in by_words[distinct[tid]]]
        named = [words_with_gaps(*distinct[tid]) for g in (group, *others) for tid, _ in g]
        tokens = _uncut(members, cuts)
        clusters.append(
            build_cluster(members, offsets, cfg, reworded=extra, id_words=named, tokens=tokens)
        )
        if progress is not None and (done % 256 == 0 or done == len(groups)):
            progress("assembling", done, len(groups))
    clusters.sort(key=lambda c: (-len(c.members), c.canonical, [q.id for q in c.members]))
    return clusters


_Cut = tuple[tuple[str, ...], "array[int]", "array[int]", "tuple[bool, ...] | None"]
"""A printed text's words cut once (see :func:`_cut`): norms, starts, ends, brackets."""


def _cut(text: str) -> _Cut:
    """``text``'s :func:`quotematch.normalize.token_columns`, kept compact until assembling.

    Clustering folds every printed text to its words, and assembling cuts the
    texts of each aligned cluster into words again, with offsets: cut once,
    here, and handed to :func:`quotematch.align.assemble` by :func:`_uncut`.
    Offsets wait in ``array`` form (4 bytes a word instead of a list slot and,
    past 256, an integer object of their own) and brackets as None for a text
    without "[", which holds none. ``tests/test_cluster.py`` checks the
    clusters against cutting in :func:`quotematch.align.assemble`.
    """
    norms, starts, ends, editorial = token_columns(text)
    brackets = tuple(editorial) if "[" in text else None
    return tuple(norms), array("i", starts), array("i", ends), brackets


def _uncut(members: Sequence[Quote], cuts: dict[str, _Cut]) -> dict[str, TokenColumns]:
    """The :func:`_cut` words of the texts ``members`` print, as lists, taken out of ``cuts``.

    A text printed by quotes in two clusters (the same words with other
    gaps) is cut again in the second; a cluster of one printed text is not
    aligned and needs none.
    """
    tokens: dict[str, TokenColumns] = {}
    first = members[0].text
    if all(quote.text == first for quote in members):
        cuts.pop(first, None)
        return tokens
    for quote in members:
        text = quote.text
        if text in tokens:
            continue
        cut = cuts.pop(text, None)
        if cut is not None:
            norms, starts, ends, brackets = cut
            editorial = [False] * len(norms) if brackets is None else list(brackets)
            tokens[text] = (list(norms), list(starts), list(ends), editorial)
    return tokens


def build_cluster(
    members: Sequence[Quote],
    offsets: Sequence[int],
    config: Config,
    *,
    reworded: Sequence[Quote] = (),
    id_words: Iterable[Sequence[str]] | None = None,
    tokens: Mapping[str, TokenColumns] | None = None,
) -> Cluster:
    """Assemble one group of quotes into a :class:`Cluster`.

    Args:
        members: the quotes of one statement, in any order.
        offsets: for each member, the word of the passage at which it starts
            (from :func:`quotematch.join.join_links`).
        config: ``paraphrase_score`` applies (see :func:`quotematch.align.assemble`).
        reworded: quotes joined to the statement by meaning
            (``Config.semantic``): they do not vote on the canonical passage,
            and each is described by :func:`quotematch.semantic.reworded_variants`.
        id_words: the comparison words (with "…" at ellipses) of every text of
            ``members`` and ``reworded``, when the caller has them already
            (:func:`cluster_quotes` does); None to fold the texts here. Folding
            them again took a tenth of assembling at 100k generated quotes.
        tokens: :func:`quotematch.normalize.token_columns` of members' texts,
            by text, when the caller has them (see :func:`quotematch.align.assemble`).

    Returns:
        The cluster: members listed by publication time (undated last),
        document id and quote id; its canonical passage, coverage and
        variants; its earliest dated member; the speaker its members agree on
        and the members naming someone else
        (:func:`quotematch.speakers.agree_on_speaker`); and its :func:`cluster_id`.

    >>> cluster = build_cluster(
    ...     [Quote(id="b", doc_id="b", text="rebuild the coastal path"),
    ...      Quote(id="a", doc_id="a", text="We will rebuild the coastal path.")],
    ...     [2, 0], Config())
    >>> cluster.canonical, [q.id for q in cluster.members]
    ('We will rebuild the coastal path.', ['a', 'b'])
    """
    placed = sorted(zip(members, offsets, strict=True), key=lambda item: _member_order(item[0]))
    ordered = tuple(quote for quote, _ in placed)
    assembly = assemble(ordered, [offset for _, offset in placed], config, tokens=tokens)
    if reworded:
        ordered, assembly = _add_reworded(ordered, assembly, reworded)
    # Rewritten sentences (a translated or spun reprint) read as one paraphrase record each.
    assembly = attrs.evolve(
        assembly,
        variants=merge_all(ordered, assembly.canonical, assembly.variants, assembly.coverage),
    )
    dated = [q for q in ordered if q.published is not None]
    speaker, conflicts = agree_on_speaker(ordered)
    return Cluster(
        id=cluster_id(id_words if id_words is not None else (_id_words(q) for q in ordered)),
        canonical=assembly.canonical,
        members=ordered,
        variants=assembly.variants,
        coverage=assembly.coverage,
        earliest=dated[0] if dated else None,
        speaker=speaker,
        speaker_conflicts=conflicts,
    )


def _id_words(quote: Quote) -> Sequence[str]:
    """A quote's comparison words with "…" at its gaps: what names its cluster."""
    return words_with_gaps(comparison_words(quote.text), quote_gaps(quote.text, quote.spans))


def words_with_gaps(words: Sequence[str], gaps: Sequence[int]) -> Sequence[str]:
    """``words`` with "…" inserted at each of the word positions ``gaps``."""
    if not gaps:
        return words
    marked = list(words)
    for gap in reversed(gaps):
        marked.insert(gap, "…")
    return marked


def _join_by_meaning(
    texts: Sequence[Sequence[str]],
    groups: list[list[tuple[int, int]]],
    printed: Sequence[Sequence[Quote]],
    cfg: Config,
) -> tuple[list[list[tuple[int, int]]], list[list[list[tuple[int, int]]]]]:
    """Join lexical groups that are rewordings of one another (``Config.semantic``).

    ``printed`` holds the quotes that print each text. Returns the main group
    of every joined statement and, beside it, the groups joined to it by
    meaning (see :func:`quotematch.semantic.join_reworded`).
    """
    from .semantic import join_reworded, reworded_links, speaker_words

    plain = [[tid for tid, _ in group] for group in groups]
    speakers = [speaker_words(quotes) for quotes in printed]
    documents = [frozenset(quote.doc_id for quote in quotes) for quotes in printed]
    links = reworded_links(texts, plain, cfg, speakers=speakers, documents=documents)
    joined = join_reworded(plain, links, [len(quotes) for quotes in printed])
    return [groups[main] for main, _ in joined], [[groups[g] for g in rest] for _, rest in joined]


def _add_reworded(
    members: tuple[Quote, ...], assembly: Assembly, reworded: Sequence[Quote]
) -> tuple[tuple[Quote, ...], Assembly]:
    """Add members joined by meaning: placed on the canonical passage, described as paraphrases."""
    from .semantic import reworded_variants

    coverage = {c.quote_id: c for c in assembly.coverage}
    variants: defaultdict[str, list[Variant]] = defaultdict(list)
    for v in assembly.variants:
        variants[v.quote_id].append(v)
    for quote in reworded:
        cover, records = reworded_variants(quote, assembly.canonical)
        coverage[quote.id] = cover
        variants[quote.id].extend(records)
    everyone = tuple(sorted((*members, *reworded), key=_member_order))
    return everyone, Assembly(
        assembly.canonical,
        tuple(coverage[q.id] for q in everyone),
        tuple(v for q in everyone for v in variants.pop(q.id, ())),
    )
