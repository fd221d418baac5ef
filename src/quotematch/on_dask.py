"""The whole pipeline on a Dask cluster: the answers of :func:`quotematch.match`, past one machine.

Needs the ``dask`` extra (``pip install 'quotematch[dask]'``: dask, distributed
and pyarrow). Every step is a Dask task or a Dask shuffle; the stage
functions are the ones the local run calls, so the answers are the same by
construction (``docs/dask.md``):

1. **read**: paths, directories and globs of any fsspec URL. A ``.jsonl`` or
   ``.parquet`` file is one partition; ``.txt`` files (one article each) are
   read a few dozen to a partition. Bad records become
   :class:`~quotematch.InputError` values naming their file and line.
2. **ids**: document ids are shuffled by id; a second document with an id
   already read (earlier partition, earlier line) is reported and skipped,
   as the local reader does.
3. **extract** per partition with :func:`quotematch.extract_quotes`.
4. **texts**: each clustered quote's comparison words (its *text*) get a
   content id (a 128-bit BLAKE2b digest), so no step needs to know how many
   texts there are.
5. **cluster** the distinct texts with the clustering stages, every step but
   the last in parallel: a sample sort gives each distinct text its *rank* in
   content order (the number :func:`quotematch.cluster_quotes` gives it);
   each range of ranks emits its postings (:func:`quotematch.block.key_postings`)
   and key statistics, shuffled by key; each key shard votes
   (:func:`quotematch.block.key_votes`) with its keys' corpus-wide statistics;
   votes are shuffled by pair and decided (:func:`quotematch.block.pair_candidate`);
   each pair shard fetches its texts' words from their ranges and verifies
   its candidates (:func:`quotematch.cluster.verify_candidates`); one task
   joins the links (:func:`quotematch.join.join_links`).
6. **assemble**: quotes are shuffled to their text's group and each cluster's
   canonical passage and variants are built in parallel.
7. **write**: clusters and variants as JSON Lines or Parquet, one file per
   partition, or gathered into a :class:`~quotematch.MatchResult`.

Nothing here changes process-wide state, so threaded and process workers
alike can run it.
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import itertools
import json
import os
import posixpath
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import attrs

from .block import (
    Candidate,
    KeyStats,
    Posting,
    key_postings,
    key_stats,
    key_votes,
    pair_candidate,
)
from .cluster import build_cluster, verify_candidates
from .config import Config, resolve_config
from .errors import InputError, ReadError
from .extract import extract_quotes
from .io import (
    _parse_jsonl,
    _text_document,
    duplicate_error,
    record_document,
)
from .join import VerifiedLink, join_links
from .models import Cluster, Document, MatchResult, Quote
from .normalize import comparison_words, ellipsis_gaps

if TYPE_CHECKING:
    import dask.bag
    from distributed import Client

__all__ = [
    "EXTRA_HINT",
    "DaskMatch",
    "Source",
    "cluster_record",
    "connect",
    "documents_bag",
    "list_sources",
    "match_on_dask",
    "read_bag",
    "run",
    "text_id",
    "variant_records",
]

EXTRA_HINT = "the Dask pipeline needs the dask extra: pip install 'quotematch[dask]'"
"""The message shown when dask, distributed or pyarrow is missing."""

TEXT_FILES_PER_PARTITION = 64
"""How many one-article text files are read into one partition."""

Format = Literal["jsonl", "text", "parquet"]
_SUFFIXES: dict[str, Format] = {".jsonl": "jsonl", ".parquet": "parquet", ".txt": "text"}
_GLOB = frozenset("*?[")

# An entry of the document stream: a document or an input problem, where it was read
# (file, or file:line) and its line (None for a whole-file document).
_Entry = tuple[Document | InputError, str, int | None]


def _dask_bag() -> Any:
    try:
        import dask.bag
    except ImportError as exc:  # pragma: no cover - the test extra installs dask
        raise ImportError(EXTRA_HINT) from exc
    return dask.bag


def _delayed() -> Any:
    try:
        from dask import delayed
    except ImportError as exc:  # pragma: no cover - the test extra installs dask
        raise ImportError(EXTRA_HINT) from exc
    return delayed


# --- reading ------------------------------------------------------------------------------------


@attrs.frozen
class Source:
    """One input file: its URL (a local path or any fsspec URL) and how to read it.

    >>> Source.of("feeds/2024-05-17.jsonl").format
    'jsonl'
    """

    url: str
    format: Format

    @classmethod
    def of(cls, url: str) -> Source:
        """The source for ``url``, its format told by its suffix (text when none fits)."""
        suffix = posixpath.splitext(url.lower())[1]
        return cls(url, _SUFFIXES.get(suffix, "text"))


def list_sources(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Source], list[InputError]]:
    """The files to read, in the order the local run reads them, and the paths that failed.

    A directory gives its ``.txt``, ``.jsonl`` and ``.parquet`` files sorted by
    name (not recursive, hidden files skipped); a glob gives its matches sorted;
    anything else is one file. ``-`` (standard input) is not supported here:
    workers cannot read the caller's standard input.

    >>> import pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> for name in ("b.jsonl", "a.txt", ".hidden.txt"):
    ...     _ = (folder / name).write_text("", encoding="utf-8")
    >>> found, problems = list_sources([folder, folder / "none*.jsonl"])
    >>> [(posixpath.basename(s.url), s.format) for s in found], len(problems)
    ([('a.txt', 'text'), ('b.jsonl', 'jsonl')], 1)
    """
    from fsspec.core import url_to_fs

    sources: list[Source] = []
    problems: list[InputError] = []
    for raw in paths:
        path = os.fspath(raw)
        if path == "-":
            problems.append(
                InputError(
                    "standard input cannot be read on a Dask cluster; write it to a file first",
                    path="-",
                )
            )
            continue
        try:
            fs, inner = url_to_fs(path)
            if any(c in inner for c in _GLOB):
                found = sorted(fs.glob(inner))
                if not found:
                    problems.append(ReadError("no file matches this pattern", path=path))
                sources.extend(Source.of(_url(fs, path, f)) for f in found)
            elif fs.isdir(inner):
                names = sorted(
                    posixpath.basename(f.rstrip("/"))
                    for f in fs.ls(inner, detail=False)
                    if fs.isfile(f)
                )
                kept = [
                    n
                    for n in names
                    if not n.startswith(".") and posixpath.splitext(n.lower())[1] in _SUFFIXES
                ]
                if not kept:
                    problems.append(
                        InputError(
                            "the directory holds no .txt, .jsonl or .parquet files "
                            "(sub-directories are not searched); name the files to read, or "
                            "point at the directory that holds them",
                            path=path,
                        )
                    )
                sources.extend(Source.of(_child(path, n)) for n in kept)
            elif fs.exists(inner):
                sources.append(Source.of(path))
            else:
                problems.append(ReadError("no such file; check the path", path=path))
        except (OSError, ValueError) as exc:
            problems.append(ReadError(f"cannot list this path ({exc}); check it", path=path))
        except ImportError as exc:  # an fsspec protocol whose package is not installed
            problems.append(
                ReadError(f"{exc}; install the fsspec package for this URL scheme", path=path)
            )
    return sources, problems


def _url(fs: Any, given: str, found: str) -> str:
    """A glob match as a URL workers can open (a plain path for local files)."""
    if "://" not in given:
        return str(found)
    return str(fs.unstrip_protocol(found))


def _child(directory: str, name: str) -> str:
    if "://" in directory:
        return directory.rstrip("/") + "/" + name
    return os.path.join(directory, name)


def read_source(source: Source) -> list[_Entry]:
    """Read one source: its documents and its problems, each with where it was read.

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "feed.jsonl"
    >>> _ = path.write_text('{"id": "a", "text": "Hi"}\\n{"id": "b"}\\n', encoding="utf-8")
    >>> [(type(item).__name__, line) for item, _, line in read_source(Source.of(str(path)))]
    [('Document', 1), ('RecordError', 2)]
    """
    import fsspec

    try:
        with fsspec.open(source.url, "rb") as handle:
            if source.format == "parquet":
                return _read_parquet(handle, source.url)
            data = handle.read()
    except (OSError, ValueError) as exc:
        problem = ReadError(f"cannot read the file ({exc}); check it", path=source.url)
        return [(problem, source.url, None)]
    if source.format == "jsonl":
        return list(_parse_jsonl(data, source.url))
    name = posixpath.basename(source.url.rstrip("/"))
    return [(_text_document(data, source.url, name), source.url, None)]


_PARQUET_COLUMNS = ("id", "text", "source", "url", "published")


def _read_parquet(handle: Any, url: str) -> list[_Entry]:
    """Each row of a Parquet file as a record (row numbers count from 1, like lines)."""
    import pyarrow.parquet as pq

    table = pq.read_table(handle)
    present = [c for c in _PARQUET_COLUMNS if c in table.column_names]
    entries: list[_Entry] = []
    for number, row in enumerate(table.select(present).to_pylist(), 1):
        entries.append((record_document(row, url, number), url, number))
    return entries


def _read_sources(sources: Sequence[Source]) -> list[_Entry]:
    return [entry for source in sources for entry in read_source(source)]


def read_bag(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_files_per_partition: int = TEXT_FILES_PER_PARTITION,
) -> dask.bag.Bag:
    """A Dask bag of the documents (and input problems) in ``paths``, in input order.

    Each ``.jsonl`` or ``.parquet`` file is one partition; consecutive ``.txt``
    files are grouped ``text_files_per_partition`` to a partition. Paths that
    cannot be listed become problems in the first partition.
    """
    bag, delayed = _dask_bag(), _delayed()
    sources, problems = list_sources(paths)
    chunks: list[list[Source]] = []
    for source in sources:
        if (
            source.format == "text"
            and chunks
            and chunks[-1][-1].format == "text"
            and len(chunks[-1]) < text_files_per_partition
        ):
            chunks[-1].append(source)
        else:
            chunks.append([source])
    head: list[_Entry] = [(p, p.path or "", None) for p in problems]
    parts = [delayed(_read_sources, pure=True)(chunk) for chunk in chunks]
    if head or not parts:
        parts.insert(0, delayed(list, pure=True)(head))
    return bag.from_delayed(parts)


def documents_bag(partitions: Sequence[Sequence[Document]]) -> dask.bag.Bag:
    """A Dask bag of in-memory documents, one partition per inner sequence (empty ones too).

    Each document is read from ``<memory>``; mostly useful in tests and notebooks.

    >>> documents_bag([[Document("a", "Hi")], []]).npartitions
    2
    """
    bag, delayed = _dask_bag(), _delayed()
    parts = [delayed(_in_memory, pure=True)(list(part), n) for n, part in enumerate(partitions)]
    return bag.from_delayed(parts)


def _in_memory(documents: Sequence[Document], partition: int) -> list[_Entry]:
    return [(d, f"<memory>#{partition}", i + 1) for i, d in enumerate(documents)]


# --- ids and extraction -------------------------------------------------------------------------


# A distinct text: its content id, its comparison words and its ellipsis gaps.
_Text = tuple[int, tuple[str, ...], tuple[int, ...]]


@attrs.frozen
class _Part:
    """What one partition yields: its documents, quotes and problems, in input order,
    and each clustered quote with its text (:func:`_texts_of`)."""

    documents: list[Document]
    quotes: list[Quote]
    errors: list[InputError]
    texts: list[tuple[_Text, Quote]]


def _ids(entries: Sequence[_Entry], partition: int) -> list[_Copy]:
    return [
        (item.id, (partition, n), f"{where}:{line}" if line is not None else where)
        for n, (item, where, line) in enumerate(entries)
        if isinstance(item, Document)
    ]


_Copy = tuple[str, tuple[int, int], str]  # document id, (partition, entry), where it was read


def _repeats(group: tuple[str, list[_Copy]]) -> list[tuple[tuple[int, int], str]]:
    """For one document id: every copy after the first, with where the first was read."""
    copies = sorted(group[1], key=lambda c: c[1])
    first = copies[0][2]
    return [(position, first) for _, position, _ in copies[1:]]


def _extract_partition(
    entries: Sequence[_Entry],
    partition: int,
    repeats: Sequence[tuple[tuple[int, int], str]],
    config: Config,
) -> _Part:
    skip = {position[1]: first for position, first in repeats if position[0] == partition}
    part = _Part([], [], [], [])
    for n, (item, where, line) in enumerate(entries):
        if isinstance(item, InputError):
            part.errors.append(item)
        elif n in skip:
            part.errors.append(duplicate_error(item.id, skip[n], where, line))
        else:
            part.documents.append(item)
            part.quotes.extend(extract_quotes(item, config=config))
    part.texts.extend(_texts_of(part.quotes, config))
    return part


# --- clustering -------------------------------------------------------------------------------


def text_id(words: Sequence[str], gaps: Sequence[int] = ()) -> int:
    """A 128-bit content id of a text (its comparison words and ellipsis gaps).

    The same in every process and run, so texts can be shuffled, joined and
    de-duplicated by it without numbering them first.

    >>> text_id(("we", "won")) == text_id(["we", "won"]) != text_id(("we", "won"), (1,))
    True
    """
    digest = hashlib.blake2b(digest_size=16)
    digest.update("\x1f".join(words).encode("utf-8"))
    digest.update(b"\x1e" + ",".join(map(str, gaps)).encode("ascii"))
    return int.from_bytes(digest.digest(), "big")


def _texts_of(quotes: Iterable[Quote], config: Config) -> list[tuple[_Text, Quote]]:
    result = []
    for quote in quotes:
        if quote.kind not in config.cluster_kinds:
            continue
        words = comparison_words(quote.text)
        if words:
            gaps = ellipsis_gaps(quote.text)
            result.append(((text_id(words, gaps), words, gaps), quote))
    return result


# A distinct text as the clustering steps need it: its comparison words, its ellipsis gaps and
# its content id. Sorted, these are in content order (words, then gaps): the order in which
# quotematch.cluster_quotes numbers texts, so a text's *rank* in it is its number everywhere.
_Ranked = tuple[tuple[str, ...], tuple[int, ...], int]

_SAMPLE = 64
"""Texts each partition offers for choosing the boundaries of the rank ranges."""

# A posting on its way to its key's shard: the key, the posting, its text's length.
_KeyRecord = tuple[int, Posting, int]
# A pair's votes from one key shard: a, b, diagonal, votes, rare votes, len(a), len(b).
_VoteRecord = tuple[int, int, int, int, int, int, int]
# A verified link with its candidate's place in the candidate order: -support, a, b, link.
_Placed = tuple[int, int, int, VerifiedLink]


def _distinct(texts: Iterable[tuple[_Text, Quote]]) -> list[_Ranked]:
    """A partition's distinct texts, in content order."""
    return sorted({(words, gaps, tid) for (tid, words, gaps), _ in texts})


def _sample(texts: Sequence[_Ranked]) -> list[_Ranked]:
    step = max(1, len(texts) // _SAMPLE)
    return list(texts[step // 2 :: step])


def _boundaries(samples: Sequence[Sequence[_Ranked]], parts: int) -> list[_Ranked]:
    """``parts - 1`` texts that cut content order into ranges of about equal size."""
    pooled = sorted(itertools.chain.from_iterable(samples))
    if not pooled:
        return []
    return [pooled[len(pooled) * i // parts] for i in range(1, parts)]


def _by_range(texts: Sequence[_Ranked], boundaries: Sequence[_Ranked]) -> list[list[_Ranked]]:
    """A partition's texts cut into the content ranges (copies of a text land in one range)."""
    ranges: list[list[_Ranked]] = [[] for _ in range(len(boundaries) + 1)]
    for text in texts:
        ranges[bisect.bisect_right(boundaries, text)].append(text)
    return ranges


def _merge_range(pieces: Sequence[Sequence[_Ranked]]) -> list[_Ranked]:
    """One content range's distinct texts, in order: rank ``start + i`` for the i-th."""
    return sorted(set(itertools.chain.from_iterable(pieces)))


def _starts(counts: Sequence[int]) -> list[int]:
    """The first rank of each range: what the ranges before it hold."""
    return [0, *itertools.accumulate(counts)][: len(counts)]


def _key_shard(key: int, parts: int) -> int:
    return (key >> 1) % parts  # the lowest bit is the weak flag: leave it out of the spread


def _pair_shard(a: int, b: int, parts: int) -> int:
    return (a * 0x9E3779B1 + b) % parts


def _emit_postings(
    texts: Sequence[_Ranked], start: int, parts: int
) -> list[tuple[list[_KeyRecord], KeyStats]]:
    """Each text's postings and this range's key statistics, cut by key shard."""
    shards: list[list[_KeyRecord]] = [[] for _ in range(parts)]
    for rank, (words, _gaps, _tid) in enumerate(texts, start):
        length = len(words)
        for key, posting in key_postings(words, rank):
            shards[_key_shard(key, parts)].append((key, posting, length))
    stats = key_stats(t[0] for t in texts).split(lambda key: _key_shard(key, parts), parts)
    return list(zip(shards, stats, strict=True))


def _key_shard_votes(
    pieces: Sequence[tuple[list[_KeyRecord], KeyStats]], parts: int, config: Config
) -> list[list[_VoteRecord]]:
    """Step one for every key of a shard (:func:`quotematch.block.key_votes`), cut by pair shard.

    The shard holds every posting of its keys and their corpus-wide statistics
    (the ranges' statistics combined), so each key votes as in the local run.
    Votes of one pair from several keys of the shard are summed before they move.
    """
    stats = KeyStats.combine(s for _, s in pieces)
    by_key: defaultdict[int, list[Posting]] = defaultdict(list)
    lengths: dict[int, int] = {}
    for records, _ in pieces:
        for key, posting, length in records:
            by_key[key].append(posting)
            lengths[posting.text] = length
    summed: Counter[tuple[int, int, int]] = Counter()
    rare: Counter[tuple[int, int, int]] = Counter()
    for key, postings in by_key.items():
        if len(postings) > 1:
            for vote in key_votes(key, postings, stats, config):
                slot = (vote.a, vote.b, vote.diagonal)
                summed[slot] += 1
                rare[slot] += vote.rare
    out: list[list[_VoteRecord]] = [[] for _ in range(parts)]
    for (a, b, diagonal), votes in summed.items():
        out[_pair_shard(a, b, parts)].append(
            (a, b, diagonal, votes, rare[a, b, diagonal], lengths[a], lengths[b])
        )
    return out


def _pair_shard_candidates(pieces: Sequence[Sequence[_VoteRecord]]) -> list[Candidate]:
    """Step two for every pair of a shard (:func:`quotematch.block.pair_candidate`)."""
    votes: defaultdict[tuple[int, int], Counter[int]] = defaultdict(Counter)
    rare: defaultdict[tuple[int, int], Counter[int]] = defaultdict(Counter)
    lengths: dict[int, int] = {}
    for a, b, diagonal, count, rare_count, length_a, length_b in itertools.chain.from_iterable(
        pieces
    ):
        votes[a, b][diagonal] += count
        rare[a, b][diagonal] += rare_count
        lengths[a], lengths[b] = length_a, length_b
    found = []
    for (a, b), counts in votes.items():
        candidate = pair_candidate(a, b, counts, rare[a, b], lengths[a], lengths[b])
        if candidate is not None:
            found.append(candidate)
    found.sort(key=lambda c: (-c.support, c.a, c.b))
    return found


def _requests(candidates: Sequence[Candidate], starts: Sequence[int]) -> list[list[int]]:
    """The texts a pair shard needs, cut by the range that holds them."""
    wanted: list[list[int]] = [[] for _ in starts]
    for rank in sorted({c.a for c in candidates} | {c.b for c in candidates}):
        wanted[bisect.bisect_right(starts, rank) - 1].append(rank)
    return wanted


def _answer(
    texts: Sequence[_Ranked], start: int, requests: Sequence[Sequence[int]]
) -> list[list[_Ranked]]:
    """A range's texts for each pair shard that asked, with their ranks in place of content ids."""
    return [[(texts[r - start][0], texts[r - start][1], r) for r in wanted] for wanted in requests]


def _verify_shard(
    candidates: Sequence[Candidate], answers: Sequence[Sequence[_Ranked]], config: Config
) -> list[_Placed]:
    """Verify a pair shard's candidates strongest first, as the local run does.

    A pair of long texts already joined by stronger links of this shard is not
    verified. The local run, which sees every stronger candidate, has joined
    such a pair by then too, so it skips at least what a shard skips; a link a
    shard makes and the local run skipped joins texts that stronger links
    already joined, which changes neither the groups nor the offsets.
    """
    texts = sorted(itertools.chain.from_iterable(answers), key=lambda t: t[2])
    local = {t[2]: n for n, t in enumerate(texts)}
    numbered = [c._replace(a=local[c.a], b=local[c.b]) for c in candidates]
    support = {(c.a, c.b): c.support for c in candidates}
    links = verify_candidates(
        [t[0] for t in texts], numbered, config, gaps=[t[1] for t in texts]
    )
    placed = []
    for link in links:
        a, b = texts[link.a][2], texts[link.b][2]
        placed.append((-support[a, b], a, b, link._replace(a=a, b=b)))
    return placed


def _lengths(texts: Sequence[_Ranked]) -> list[int]:
    return [len(t[0]) for t in texts]


def _join(
    lengths: Sequence[Sequence[int]], links: Sequence[Sequence[_Placed]], config: Config
) -> list[list[tuple[int, int]]]:
    """Join every verified link in candidate order (one task): each range's (group, offset)."""
    all_lengths = list(itertools.chain.from_iterable(lengths))
    ordered = sorted(itertools.chain.from_iterable(links), key=lambda p: p[:3])
    groups = join_links(all_lengths, [p[3] for p in ordered], config)
    where: list[tuple[int, int]] = [(0, 0)] * len(all_lengths)
    for number, group in enumerate(groups):
        for rank, offset in group:
            where[rank] = (number, offset)
    cut = [0, *itertools.accumulate(len(part) for part in lengths)]
    return [where[a:b] for a, b in itertools.pairwise(cut)]


def _join_rows(
    texts: Sequence[_Ranked], where: Sequence[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """A range's rows of the join table: (content id, group, word offset)."""
    return [(t[2], group, offset) for t, (group, offset) in zip(texts, where, strict=True)]


def _exchange(outputs: Sequence[Any], parts: int) -> list[list[Any]]:
    """An all-to-all shuffle: for each ``j``, the ``j``-th share of every output (as tasks)."""
    return [[out[j] for out in outputs] for j in range(parts)]


class _ClusterGraph(NamedTuple):
    """The clustering steps as Dask tasks, one per partition (or shard) and step.

    Every field but ``tables`` is there to be looked at (tests, the benchmark's
    byte counts); ``tables`` (content id, group, offset) feeds the assembly.
    """

    cut: list[Any]  # each partition's texts by content range
    ranges: list[Any]  # each range's distinct texts, in rank order
    emitted: list[Any]  # each range's postings and key statistics, by key shard
    votes: list[Any]  # each key shard's summed votes, by pair shard
    candidates: list[Any]  # each pair shard's candidates, strongest first
    requests: list[Any]  # each pair shard's wanted ranks, by range
    answers: list[Any]  # each range's texts for each pair shard
    links: list[Any]  # each pair shard's verified links
    tables: list[Any]  # each range's join table rows


def _cluster_graph(text_parts: Sequence[Any], config: Config) -> _ClusterGraph:
    """The clustering steps over the texts of each partition, as Dask tasks."""
    delayed = _delayed()
    parts = len(text_parts)
    distinct = [delayed(_distinct, pure=True)(p) for p in text_parts]
    boundaries = delayed(_boundaries, pure=True)(
        [delayed(_sample, pure=True)(d) for d in distinct], parts
    )
    cut = [delayed(_by_range, pure=True, nout=parts)(d, boundaries) for d in distinct]
    ranges = [delayed(_merge_range, pure=True)(p) for p in _exchange(cut, parts)]
    starts = delayed(_starts, pure=True)([delayed(len, pure=True)(r) for r in ranges])
    emitted = [
        delayed(_emit_postings, pure=True, nout=parts)(r, starts[j], parts)
        for j, r in enumerate(ranges)
    ]
    votes = [
        delayed(_key_shard_votes, pure=True, nout=parts)(p, parts, config)
        for p in _exchange(emitted, parts)
    ]
    candidates = [delayed(_pair_shard_candidates, pure=True)(p) for p in _exchange(votes, parts)]
    requests = [delayed(_requests, pure=True, nout=parts)(c, starts) for c in candidates]
    answers = [
        delayed(_answer, pure=True, nout=parts)(r, starts[j], asked)
        for j, (r, asked) in enumerate(zip(ranges, _exchange(requests, parts), strict=True))
    ]
    links = [
        delayed(_verify_shard, pure=True)(c, got, config)
        for c, got in zip(candidates, _exchange(answers, parts), strict=True)
    ]
    lengths = [delayed(_lengths, pure=True)(r) for r in ranges]
    where = delayed(_join, pure=True, nout=parts)(lengths, links, config)
    tables = [delayed(_join_rows, pure=True)(r, where[j]) for j, r in enumerate(ranges)]
    return _ClusterGraph(
        cut, ranges, emitted, votes, candidates, requests, answers, links, tables
    )


def _place(group: tuple[int, list[tuple[str, Any]]]) -> list[tuple[int, tuple[Quote, int]]]:
    """The quotes of one text, each with its text's group and word offset."""
    records = group[1]
    where = next((r[1] for r in records if r[0] == "g"), None)
    if where is None:  # cannot happen: every text is in a group
        raise AssertionError("a text without a group")
    number, offset = where
    return [(number, (r[1], offset)) for r in records if r[0] == "q"]


def _build(group: tuple[int, list[tuple[Quote, int]]], config: Config) -> Cluster:
    return build_cluster([q for q, _ in group[1]], [offset for _, offset in group[1]], config)


def _order(clusters: Iterable[Cluster]) -> list[Cluster]:
    """Largest first, ties by canonical text and member ids, as the local run lists them."""
    return sorted(clusters, key=lambda c: (-len(c.members), c.canonical, [q.id for q in c.members]))


# --- writing -----------------------------------------------------------------------------------


def cluster_record(cluster: Cluster) -> dict[str, Any]:
    """One row of the ``clusters`` table: ``Cluster.to_dict()`` without its variants.

    >>> from quotematch import cluster_quotes
    >>> sorted(cluster_record(cluster_quotes(["We won the cup."])[0]))
    ['canonical', 'coverage', 'earliest', 'id', 'members', 'pinned', 'speaker', 'speaker_conflicts']
    """
    record = cluster.to_dict()
    del record["variants"]
    return record


def variant_records(cluster: Cluster) -> list[dict[str, Any]]:
    """The rows of the ``variants`` table for one cluster: its id, then ``Variant.to_dict()``."""
    return [{"cluster": cluster.id, **v.to_dict()} for v in cluster.variants]


def _schemas() -> tuple[Any, Any]:
    import pyarrow as pa

    span = pa.list_(pa.int64())
    clusters = pa.schema(
        [
            ("id", pa.string()),
            ("canonical", pa.string()),
            ("members", pa.list_(pa.string())),
            (
                "coverage",
                pa.list_(
                    pa.struct(
                        [
                            ("quote", pa.string()),
                            ("start", pa.int64()),
                            ("end", pa.int64()),
                            ("score", pa.float64()),
                        ]
                    )
                ),
            ),
            ("earliest", pa.string()),
            ("pinned", pa.string()),  # the source document with --against, else null
        ]
    )
    variants = pa.schema(
        [
            ("cluster", pa.string()),
            ("quote", pa.string()),
            ("category", pa.string()),
            ("canonical_text", pa.string()),
            ("variant_text", pa.string()),
            ("canonical_span", span),
            ("spans", pa.list_(span)),
            ("minor", pa.bool_()),
            ("categories", pa.list_(pa.string())),
            ("meaning", pa.list_(pa.string())),
        ]
    )
    return clusters, variants


def _table(rows: Sequence[dict[str, Any]], schema: Any) -> Any:
    """Rows as an Arrow table of ``schema``; a field the schema lacks is kept as JSON text."""
    import pyarrow as pa

    extra = sorted({key for row in rows for key in row} - set(schema.names))
    for key in extra:
        schema = schema.append(pa.field(key, pa.string()))
    if extra:
        rows = [
            {**row, **{k: json.dumps(row[k], ensure_ascii=False) for k in extra if k in row}}
            for row in rows
        ]
    return pa.Table.from_pylist(list(rows), schema=schema)


def _write_part(clusters: Sequence[Cluster], number: int, directory: str, format: str) -> int:
    import fsspec

    tables = {
        "clusters": [cluster_record(c) for c in clusters],
        "variants": [r for c in clusters for r in variant_records(c)],
    }
    fs, root = fsspec.core.url_to_fs(directory)
    for name, rows in tables.items():
        fs.makedirs(f"{root}/{name}", exist_ok=True)
        path = f"{root}/{name}/part-{number:05d}.{format}"
        if format == "parquet":
            import pyarrow.parquet as pq

            schema = _schemas()[0 if name == "clusters" else 1]
            with fs.open(path, "wb") as handle:
                pq.write_table(_table(rows, schema), handle)
        else:
            with fs.open(path, "w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(clusters)


def _write_errors(errors: Sequence[InputError], number: int, directory: str) -> int:
    import fsspec

    from .io import error_to_dict

    fs, root = fsspec.core.url_to_fs(directory)
    fs.makedirs(f"{root}/errors", exist_ok=True)
    with fs.open(f"{root}/errors/part-{number:05d}.jsonl", "w", encoding="utf-8") as handle:
        for error in errors:
            handle.write(json.dumps(error_to_dict(error), ensure_ascii=False) + "\n")
    return len(errors)


# --- the pipeline ---------------------------------------------------------------------------------


@attrs.frozen
class DaskMatch:
    """The pipeline as Dask collections: nothing has run until one is computed or written.

    Attributes:
        documents, quotes, errors: bags in input order.
        clusters: a bag of clusters, in no particular order (:meth:`compute`
            lists them largest first, as the local run does).
    """

    documents: dask.bag.Bag
    quotes: dask.bag.Bag
    errors: dask.bag.Bag
    clusters: dask.bag.Bag

    def write(self, directory: str, *, format: Literal["jsonl", "parquet"] = "jsonl") -> int:
        """Write clusters, variants and input problems under ``directory`` (any fsspec URL).

        Each partition writes ``clusters/part-NNNNN``, ``variants/part-NNNNN``
        (``.jsonl`` or ``.parquet``) and ``errors/part-NNNNN.jsonl``; the tables
        are described in ``docs/dask.md``. Returns the number of clusters.
        """
        import dask

        delayed = _delayed()
        clusters = self.clusters.to_delayed()
        errors = self.errors.to_delayed()
        writes = [
            delayed(_write_part, pure=False)(c, n, directory, format)
            for n, c in enumerate(clusters)
        ] + [delayed(_write_errors, pure=False)(e, n, directory) for n, e in enumerate(errors)]
        counts = dask.compute(*writes)
        return int(sum(counts[: len(clusters)]))

    def compute(self, **kwargs: Any) -> tuple[MatchResult, list[InputError]]:
        """Run everything and gather what :func:`quotematch.match` returns, plus the problems."""
        import dask

        documents, quotes, errors, clusters = dask.compute(
            self.documents, self.quotes, self.errors, self.clusters, **kwargs
        )
        result = MatchResult(
            documents=tuple(documents), quotes=tuple(quotes), clusters=tuple(_order(clusters))
        )
        return result, list(errors)


def run(entries: dask.bag.Bag, *, config: Config | None = None) -> DaskMatch:
    """The whole pipeline over a bag from :func:`read_bag` or :func:`documents_bag`.

    Nothing runs yet: compute the result (:meth:`DaskMatch.compute`) or write it
    (:meth:`DaskMatch.write`). Each shuffle has as many partitions as ``entries``.

    Args:
        entries: the documents to match.
        config: thresholds; see :class:`quotematch.Config`.

    >>> docs = [Document("a", "“We will rebuild the coastal path,” the mayor said."),
    ...         Document("b", "The mayor said: “We will rebuild the costal path.”")]
    >>> result, problems = run(documents_bag([docs[:1], [], docs[1:]])).compute(scheduler="sync")
    >>> [q.id for q in result.clusters[0].members], problems
    (['a:0', 'b:0'], [])
    """
    bag, delayed = _dask_bag(), _delayed()
    cfg = resolve_config(config)
    inputs = entries.to_delayed()
    ids = bag.from_delayed([delayed(_ids, pure=True)(p, n) for n, p in enumerate(inputs)])
    repeats = (
        ids.groupby(lambda r: r[0], shuffle="tasks")
        .filter(lambda g: len(g[1]) > 1)
        .map(_repeats)
        .flatten()
    ).to_delayed(optimize_graph=False)
    repeats_all = delayed(_concat, pure=True)(repeats)
    parts = [
        delayed(_extract_partition, pure=True)(p, n, repeats_all, cfg) for n, p in enumerate(inputs)
    ]
    documents = bag.from_delayed([p.documents for p in parts])
    quotes = bag.from_delayed([p.quotes for p in parts])
    errors = bag.from_delayed([p.errors for p in parts])
    keyed = bag.from_delayed([p.texts for p in parts])
    tables = _cluster_graph([p.texts for p in parts], cfg).tables
    placed = bag.concat(
        [
            keyed.map(lambda r: (r[0][0], ("q", r[1]))),
            bag.from_delayed(tables).map(lambda r: (r[0], ("g", (r[1], r[2])))),
        ]
    )
    by_text = placed.groupby(lambda r: r[0], shuffle="tasks").map(
        lambda g: (g[0], [record for _, record in g[1]])
    )
    clusters = (
        by_text.map(_place)
        .flatten()
        .groupby(lambda r: r[0], shuffle="tasks")
        .map(lambda g: (g[0], [placement for _, placement in g[1]]))
        .map(_build, cfg)
    )
    return DaskMatch(documents=documents, quotes=quotes, errors=errors, clusters=clusters)


def _concat(lists: Sequence[Sequence[Any]]) -> list[Any]:
    return list(itertools.chain.from_iterable(lists))


@contextlib.contextmanager
def connect(address: str) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a new local cluster for ``"local"``.

    ``"local"`` starts a :class:`distributed.LocalCluster` with one single-threaded
    worker process per core, closed again when the block ends.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pragma: no cover - the test extra installs distributed
        raise ImportError(EXTRA_HINT) from exc
    if address != "local":
        with Client(address) as client:
            yield client
        return
    workers = os.cpu_count() or 1
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        yield client


def match_on_dask(
    paths: Iterable[str | os.PathLike[str]],
    *,
    config: Config | None = None,
    text_files_per_partition: int = TEXT_FILES_PER_PARTITION,
    **compute: Any,
) -> tuple[MatchResult, list[InputError]]:
    """:func:`quotematch.match` over files, run on the current Dask scheduler.

    Returns what ``match`` returns for the same documents, and every input
    problem (with its file and line) in input order. Use it inside
    ``with distributed.Client(...)``; ``compute`` keywords go to
    :func:`dask.compute` (``scheduler="sync"`` runs it in this thread).

    >>> import pathlib, tempfile
    >>> feed = pathlib.Path(tempfile.mkdtemp()) / "feed.jsonl"
    >>> lines = '{"id": "a", "text": "“We won,” Ruiz said."}\\n{"id": 2}\\n'
    >>> _ = feed.write_text(lines, encoding="utf-8")
    >>> result, problems = match_on_dask([feed], scheduler="sync")
    >>> [c.canonical for c in result.clusters], [p.line for p in problems]
    (['We won.'], [2])
    """
    entries = read_bag(paths, text_files_per_partition=text_files_per_partition)
    return run(entries, config=config).compute(**compute)
