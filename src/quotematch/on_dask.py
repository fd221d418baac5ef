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
import heapq
import itertools
import json
import operator
import os
import pickle
import posixpath
import uuid
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import attrs

from .block import (
    CONTEXT,
    NO_VOTES,
    PLACE,
    Candidate,
    KeyStats,
    Posting,
    key_needs,
    key_stats,
    key_votes,
    pair_candidate,
    posting,
    text_keys,
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
from .normalize import comparison_words, quote_gaps

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


# A distinct text: its content id, its comparison words and its gaps (ellipses, part joins).
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


def _ids_by_shard(entries: Sequence[_Entry], partition: int, parts: int) -> list[list[_Copy]]:
    """A partition's document ids, cut by id shard (so all copies of an id meet)."""
    shards: list[list[_Copy]] = [[] for _ in range(parts)]
    for copy in _ids(entries, partition):
        shards[zlib.crc32(copy[0].encode("utf-8")) % parts].append(copy)
    return shards


def _repeats_by_partition(
    pieces: Sequence[Sequence[_Copy]], parts: int
) -> list[list[tuple[tuple[int, int], str]]]:
    """For one id shard: every copy after an id's first (with where the first was read),
    cut by the partition that holds it."""
    copies: defaultdict[str, list[_Copy]] = defaultdict(list)
    for copy in itertools.chain.from_iterable(pieces):
        copies[copy[0]].append(copy)
    out: list[list[tuple[tuple[int, int], str]]] = [[] for _ in range(parts)]
    for found in copies.values():
        if len(found) > 1:
            found.sort(key=lambda c: c[1])
            for _, position, _ in found[1:]:
                out[position[0]].append((position, found[0][2]))
    return out


def _extract_partition(
    entries: Sequence[_Entry],
    repeats: Sequence[Sequence[tuple[tuple[int, int], str]]],
    config: Config,
) -> _Part:
    skip = {position[1]: first for position, first in itertools.chain.from_iterable(repeats)}
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
    """A 128-bit content id of a text (its comparison words and gaps).

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
            gaps = quote_gaps(quote.text, quote.spans)
            result.append(((text_id(words, gaps), words, gaps), quote))
    return result


# A distinct text as the clustering steps need it: its comparison words, its gaps and
# its content id. Sorted, these are in content order (words, then gaps): the order in which
# quotematch.cluster_quotes numbers texts, so a text's *rank* in it is its number everywhere.
_Ranked = tuple[tuple[str, ...], tuple[int, ...], int]

_SAMPLE = 64
"""Texts each partition offers for choosing the boundaries of the rank ranges."""

# A pair's votes from one key shard, seven numbers in a row of an array("i"): a, b, diagonal,
# votes, rare votes, len(a), len(b).
_VOTE = 7
_POSITION = 16  # a posting's text and position travel as one number: text << 16 | position


class _Postings(NamedTuple):
    """One range's postings for one key shard, as flat arrays of machine integers and one string.

    Only keys that vote are sent (:func:`quotematch.block.key_needs`), and the
    words around a key only for a key that needs them (a busy key); ``keys``,
    ``entries`` and ``lengths`` cost 8 bytes each per posting and no Python
    object in transit or while a key shard holds them, and the words around
    the keys are one string (:func:`_pack_context`) cut at ``ends``.
    """

    keys: array[int]
    entries: array[int]  # text << 16 | position
    lengths: array[int]  # the text's number of words
    context: str  # each posting's packed (after, before), empty for a key that needs none
    ends: array[int]  # where each posting's context ends in ``context``

    def contexts(self) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]] | None]:
        """Each posting's (after, before) words, or None where its key needs no context."""
        start = 0
        for end in self.ends:
            yield _unpack_context(self.context[start:end]) if end > start else None
            start = end


# The words around a key in one string: the words after it, a record separator, the words
# before it, each list joined by a unit separator. Comparison words are made of word
# characters, so neither separator occurs in them; the result is never empty.
_WORD_SEPARATOR = "\x1f"
_SIDE_SEPARATOR = "\x1e"


def _pack_context(after: Sequence[str], before: Sequence[str]) -> str:
    """``after`` and ``before`` as one string (:func:`_unpack_context` reverses it).

    >>> _unpack_context(_pack_context(("the", "path"), ()))
    (('the', 'path'), ())
    """
    return _WORD_SEPARATOR.join(after) + _SIDE_SEPARATOR + _WORD_SEPARATOR.join(before)


def _unpack_context(packed: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    after, _, before = packed.partition(_SIDE_SEPARATOR)
    return (
        tuple(after.split(_WORD_SEPARATOR)) if after else (),
        tuple(before.split(_WORD_SEPARATOR)) if before else (),
    )


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


def _starts(lengths: Sequence[Sequence[int]]) -> list[int]:
    """The first rank of each range (given its texts' lengths): what the ranges before it hold."""
    return [0, *itertools.accumulate(map(len, lengths))][: len(lengths)]


def _key_shard(key: int, parts: int) -> int:
    return (key >> 1) % parts  # the lowest bit is the weak flag: leave it out of the spread


def _pair_shard(a: int, b: int, parts: int) -> int:
    return (a * 0x9E3779B1 + b) % parts


def _combine_stats(pieces: Sequence[KeyStats]) -> KeyStats:
    """:meth:`KeyStats.combine` as a task: a function of this module pickles by name.

    Where ``block`` is compiled, ``KeyStats.combine`` is a method object that
    cloudpickle cannot send to a worker.
    """
    return KeyStats.combine(pieces)


def _range_stats(texts: Sequence[_Ranked], parts: int) -> list[KeyStats]:
    """A range's key statistics (distinct texts per key), cut by key shard."""
    return key_stats(t[0] for t in texts).split(lambda key: _key_shard(key, parts), parts)


def _key_uses(
    pieces: Sequence[KeyStats], stats: KeyStats, config: Config
) -> list[tuple[array[int], array[int]]]:
    """For each range, which of its keys of this shard vote, and which of those need context.

    ``pieces`` are the ranges' statistics for this shard, ``stats`` their sum:
    every key's corpus-wide count, from which :func:`~quotematch.block.key_needs`
    decides.
    """
    answers = []
    for piece in pieces:
        place, context = array("q"), array("q")
        for key in piece.counts:
            need = key_needs(key, stats.texts(key), config)
            if need == CONTEXT:
                context.append(key)
            elif need != NO_VOTES:
                place.append(key)
        answers.append((place, context))
    return answers


def _emit_postings(
    texts: Sequence[_Ranked],
    starts: Sequence[int],
    range_: int,
    uses: Sequence[tuple[array[int], array[int]]],
    parts: int,
) -> list[_Postings]:
    """The postings of a range's texts for the keys that vote, cut by key shard, in key order.

    In key order, a key shard reads each key's postings from every range in one
    merge (:func:`_key_runs`) without holding them as objects.
    """
    needs = dict.fromkeys(itertools.chain.from_iterable(p for p, _ in uses), PLACE)
    needs.update(dict.fromkeys(itertools.chain.from_iterable(c for _, c in uses), CONTEXT))
    # Per key shard: keys, entries, lengths and packed context ("" when the key needs none).
    shards: list[tuple[array[int], array[int], array[int], list[str]]] = [
        (array("q"), array("q"), array("i"), []) for _ in range(parts)
    ]
    for rank, (words, _gaps, _tid) in enumerate(texts, starts[range_]):
        length = len(words)
        keys, positions = text_keys(words)
        for key, position in zip(keys, positions, strict=True):
            need = needs.get(key, NO_VOTES)
            if need == NO_VOTES:
                continue
            shard_keys, entries, lengths, context = shards[_key_shard(key, parts)]
            shard_keys.append(key)
            entries.append(rank << _POSITION | position)
            lengths.append(length)
            if need == CONTEXT:
                p = posting(words, rank, position)
                context.append(_pack_context(p.after, p.before))
            else:
                context.append("")
    return [_by_key(*shard) for shard in shards]


def _by_key(
    keys: array[int], entries: array[int], lengths: array[int], context: Sequence[str]
) -> _Postings:
    """Postings sorted by key (a key's postings stay in the order they were emitted)."""
    order = sorted(range(len(keys)), key=keys.__getitem__)
    ordered = [context[i] for i in order]
    return _Postings(
        array("q", [keys[i] for i in order]),
        array("q", [entries[i] for i in order]),
        array("i", [lengths[i] for i in order]),
        "".join(ordered),
        array("q", itertools.accumulate(map(len, ordered))),
    )


def _key_runs(pieces: Sequence[_Postings]) -> Iterator[tuple[int, list[tuple[int, int, Any]]]]:
    """Each key of a shard with its (entry, length, context) from every piece, in key order.

    The pieces are in key order (:func:`_by_key`), so one merge visits them key
    by key and only the current key's postings are gathered.
    """
    merged = heapq.merge(
        *(
            zip(piece.keys, piece.entries, piece.lengths, piece.contexts(), strict=True)
            for piece in pieces
        ),
        key=operator.itemgetter(0),
    )
    for key, run in itertools.groupby(merged, key=operator.itemgetter(0)):
        yield key, [(entry, length, context) for _, entry, length, context in run]


# A vote slot of a key shard, one number: (a << 31 | b) << 18 | diagonal + 2**17. Its
# value, one number too: votes << 24 | rare votes.
_SLOT_DIAGONAL = 18
_DIAGONAL_BIAS = 1 << 17
_COUNT = 24


def _key_shard_votes(
    pieces: Sequence[_Postings], stats: KeyStats, parts: int, config: Config
) -> list[array[int]]:
    """Step one for every key of a shard (:func:`quotematch.block.key_votes`), cut by pair shard.

    The shard holds every posting of its keys and their corpus-wide statistics
    (the ranges' statistics combined), so each key votes as in the local run.
    Postings stay in the arrays they came in; only the key being decided has
    its postings as objects. Votes of one pair from several keys of the shard
    are summed (a dict of one number to one number) before they move.
    """
    mask = (1 << _POSITION) - 1
    lengths: dict[int, int] = {}
    summed: dict[int, int] = {}
    for key, run in _key_runs(pieces):
        postings = []
        for entry, length, context in run:
            text = entry >> _POSITION
            after, before = context or ((), ())
            postings.append(Posting(text, entry & mask, after, before))
            lengths[text] = length
        for vote in key_votes(key, postings, stats, config):
            slot = (vote.a << 31 | vote.b) << _SLOT_DIAGONAL | vote.diagonal + _DIAGONAL_BIAS
            summed[slot] = summed.get(slot, 0) + (1 << _COUNT | vote.rare)
    out = [array("i") for _ in range(parts)]  # 4 bytes a number: up to 2**31 distinct texts
    low = (1 << _COUNT) - 1
    for slot, value in summed.items():
        pair, diagonal = slot >> _SLOT_DIAGONAL, (slot & _SLOT_MASK) - _DIAGONAL_BIAS
        a, b = pair >> 31, pair & _TEXT_MASK
        out[_pair_shard(a, b, parts)].extend(
            (a, b, diagonal, value >> _COUNT, value & low, lengths[a], lengths[b])
        )
    return out


_SLOT_MASK = (1 << _SLOT_DIAGONAL) - 1
_TEXT_MASK = (1 << 31) - 1
_ROW_INDEX = 40  # a vote row of a pair shard: (a << 31 | b) << 64 | piece << 40 | index
_ROW = 64
_PIECE_MASK = (1 << (_ROW - _ROW_INDEX)) - 1


def _pair_shard_candidates(pieces: Sequence[array[int]]) -> list[Candidate]:
    """Step two for every pair of a shard (:func:`quotematch.block.pair_candidate`).

    The shard's vote rows are read pair by pair, in (a, b) order: only the
    current pair's diagonals are a dict at a time.
    """
    # One number per row, in (a, b) order: a << 31 | b, then which piece, then where in it.
    rows = sorted(
        (piece[i] << 31 | piece[i + 1]) << _ROW | n << _ROW_INDEX | i
        for n, piece in enumerate(pieces)
        for i in range(0, len(piece), _VOTE)
    )
    found = []
    index = (1 << _ROW_INDEX) - 1
    for pair, run in itertools.groupby(rows, key=lambda row: row >> _ROW):
        votes: Counter[int] = Counter()
        rare: Counter[int] = Counter()
        length_a = length_b = 0
        for row in run:
            piece = pieces[(row >> _ROW_INDEX) & _PIECE_MASK]
            i = row & index
            _, _, diagonal, count, rare_count, length_a, length_b = piece[i : i + _VOTE]
            votes[diagonal] += count
            rare[diagonal] += rare_count
        a, b = pair >> 31, pair & _TEXT_MASK
        candidate = pair_candidate(a, b, votes, rare, length_a, length_b)
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
    texts: Sequence[_Ranked], starts: Sequence[int], range_: int, requests: Sequence[Sequence[int]]
) -> list[list[_Ranked]]:
    """A range's texts for each pair shard that asked, with their ranks in place of content ids."""
    start = starts[range_]
    return [[(texts[r - start][0], texts[r - start][1], r) for r in wanted] for wanted in requests]


def _verify_shard(
    candidates: Sequence[Candidate], answers: Sequence[Sequence[_Ranked]], config: Config
) -> list[_Placed]:
    """Verify a pair shard's candidates strongest first, as the local run does.

    A pair of long texts already joined (and settled, see
    :func:`quotematch.join.settled`) by stronger links of this shard is not
    verified. The local run, which sees every stronger candidate, has joined
    and anchored such a pair by then too, so it skips at least what a shard
    skips; a link a shard makes and the local run skipped joins texts that
    stronger links already joined and anchors none that was not anchored,
    which changes neither the groups nor the offsets.
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


class _Graph:
    """A Dask task graph written out key by key, in one dict.

    Built from ``dask.delayed`` values and ``bag.from_delayed``, the pipeline's
    graph cost time that grows much faster than its tasks: each delayed value
    carries (and Dask culls) the graph of all it depends on, so at 10 input
    partitions building it took 3 CPU seconds on the client and at 20 more
    than 5 minutes. Here each step adds plain tasks ``(function, *arguments)``
    (an argument that is a key, or a list of keys, is replaced by its value),
    and the graph is handed to Dask once.
    """

    def __init__(self, token: str) -> None:
        self.token = token
        self.tasks: dict[Any, Any] = {}

    def key(self, step: str, *index: int) -> tuple[Any, ...]:
        """The key of one task of ``step`` (a step's tasks share a name, as Dask expects)."""
        return (f"quotematch-{step}-{self.token}", *index)

    def step(self, name: str, tasks: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
        """Add one task per item of ``tasks`` (``(function, *arguments)``); their keys."""
        keys = []
        for i, task in enumerate(tasks):
            key = self.key(name, i)
            self.tasks[key] = task
            keys.append(key)
        return keys

    def exchange(self, name: str, outputs: Sequence[Any], parts: int) -> list[list[Any]]:
        """An all-to-all shuffle: for each ``j``, the keys of the ``j``-th share of every output.

        Each output is a list of ``parts`` shares; one small task picks each
        share, so a consumer fetches its share and not the whole output.
        """
        picked: list[list[Any]] = [[] for _ in range(parts)]
        for i, out in enumerate(outputs):
            for j in range(parts):
                key = self.key(name, i, j)
                self.tasks[key] = (operator.getitem, out, j)
                picked[j].append(key)
        return picked


def _literal(value: Any) -> tuple[Any, ...]:
    """A task giving ``value`` (pickled, so Dask does not look for keys inside it)."""
    return (pickle.loads, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


class _ClusterGraph(NamedTuple):
    """The keys of the clustering steps, one per partition (or shard) and step.

    Every field but ``tables`` is there to be looked at (tests, the benchmark's
    byte counts); ``tables`` (content id, group, offset) feeds the assembly.
    """

    cut: list[Any]  # each partition's texts by content range
    ranges: list[Any]  # each range's distinct texts, in rank order
    stats: list[Any]  # each range's key statistics, by key shard
    uses: list[Any]  # each key shard's answer to each range: its keys that vote
    emitted: list[Any]  # each range's postings, by key shard
    votes: list[Any]  # each key shard's summed votes, by pair shard
    candidates: list[Any]  # each pair shard's candidates, strongest first
    requests: list[Any]  # each pair shard's wanted ranks, by range
    answers: list[Any]  # each range's texts for each pair shard
    links: list[Any]  # each pair shard's verified links
    where: list[Any]  # each range's (group, offset) per text, in rank order


def _cluster_graph(g: _Graph, text_parts: Sequence[Any], config: Config) -> _ClusterGraph:
    """Add the clustering steps over the texts of each partition (keys) to ``g``."""
    parts = len(text_parts)
    distinct = g.step("distinct", ((_distinct, p) for p in text_parts))
    samples = g.step("sample", ((_sample, d) for d in distinct))
    (boundaries,) = g.step("boundaries", [(_boundaries, samples, parts)])
    cut = g.step("by-range", ((_by_range, d, boundaries) for d in distinct))
    ranges = g.step("range", ((_merge_range, p) for p in g.exchange("cut", cut, parts)))
    lengths = g.step("lengths", ((_lengths, r) for r in ranges))
    (starts,) = g.step("starts", [(_starts, lengths)])
    range_stats = g.step("range-stats", ((_range_stats, r, parts) for r in ranges))
    by_key = g.exchange("stats-by-key", range_stats, parts)
    shard_stats = g.step("key-stats", ((_combine_stats, p) for p in by_key))
    uses = g.step(
        "uses", ((_key_uses, p, s, config) for p, s in zip(by_key, shard_stats, strict=True))
    )
    emitted = g.step(
        "postings",
        (
            (_emit_postings, r, starts, j, u, parts)
            for j, (r, u) in enumerate(zip(ranges, g.exchange("use", uses, parts), strict=True))
        ),
    )
    votes = g.step(
        "votes",
        (
            (_key_shard_votes, p, s, parts, config)
            for p, s in zip(g.exchange("by-key", emitted, parts), shard_stats, strict=True)
        ),
    )
    candidates = g.step(
        "candidates", ((_pair_shard_candidates, p) for p in g.exchange("by-pair", votes, parts))
    )
    requests = g.step("requests", ((_requests, c, starts) for c in candidates))
    answers = g.step(
        "answer",
        (
            (_answer, r, starts, j, asked)
            for j, (r, asked) in enumerate(
                zip(ranges, g.exchange("ask", requests, parts), strict=True)
            )
        ),
    )
    links = g.step(
        "verify",
        (
            (_verify_shard, c, got, config)
            for c, got in zip(candidates, g.exchange("words", answers, parts), strict=True)
        ),
    )
    (joined,) = g.step("join", [(_join, lengths, links, config)])
    where = g.step("where", ((operator.getitem, joined, j) for j in range(parts)))
    return _ClusterGraph(
        cut, ranges, range_stats, uses, emitted, votes, candidates, requests, answers, links, where
    )


def _cluster_steps(
    text_parts: Sequence[Sequence[tuple[_Text, Quote]]], config: Config
) -> _ClusterGraph:
    """Every clustering step's outputs for these partitions of texts, run in this thread.

    For tests and benchmarks: ``text_parts`` are what the extraction step
    hands on (:func:`_texts_of` of each partition's quotes).
    """
    import dask

    g = _Graph(uuid.uuid4().hex)
    texts = g.step("texts", (_literal(list(part)) for part in text_parts))
    graph = _cluster_graph(g, texts, config)
    values = dask.get(g.tasks, [list(field) for field in graph])
    return _ClusterGraph(*(list(v) for v in values))


def _text_ids(texts: Sequence[_Ranked]) -> list[int]:
    """The content ids of texts: all the assembly needs of them once they are clustered."""
    return [t[2] for t in texts]


def _cut_ids(cut: Sequence[Sequence[_Ranked]]) -> list[list[int]]:
    return [_text_ids(share) for share in cut]


def _clustered(texts: Sequence[tuple[_Text, Quote]]) -> list[tuple[int, Quote]]:
    """A partition's clustered quotes with their texts' content ids (the words are not kept)."""
    return [(text[0], quote) for text, quote in texts]


def _groups_for_partitions(
    texts: Sequence[int],
    where: Sequence[tuple[int, int]],
    cut: Sequence[Sequence[int]],
) -> list[list[tuple[int, int]]]:
    """For each partition, the (group, word offset) of each text it sent to this range."""
    placed = dict(zip(texts, where, strict=True))
    return [[placed[tid] for tid in share] for share in cut]


def _quotes_by_group(
    quotes: Sequence[tuple[int, Quote]],
    cut: Sequence[Sequence[int]],
    groups: Sequence[Sequence[tuple[int, int]]],
    parts: int,
) -> list[list[tuple[int, Quote, int]]]:
    """A partition's clustered quotes with their group and word offset, cut by group shard."""
    placed = {
        tid: w
        for share, answer in zip(cut, groups, strict=True)
        for tid, w in zip(share, answer, strict=True)
    }
    shards: list[list[tuple[int, Quote, int]]] = [[] for _ in range(parts)]
    for tid, quote in quotes:
        group, offset = placed[tid]
        shards[group % parts].append((group, quote, offset))
    return shards


def _build_shard(
    pieces: Sequence[Sequence[tuple[int, Quote, int]]], config: Config
) -> list[Cluster]:
    """The clusters of one group shard, each assembled from its quotes and their offsets."""
    members: defaultdict[int, tuple[list[Quote], list[int]]] = defaultdict(lambda: ([], []))
    for group, quote, offset in itertools.chain.from_iterable(pieces):
        quotes, offsets = members[group]
        quotes.append(quote)
        offsets.append(offset)
    return [build_cluster(*members[group], config) for group in sorted(members)]


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


def _write_part(
    clusters: Sequence[Cluster], number: int, directory: str, format: str
) -> list[int]:
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
    return [len(clusters)]  # a bag partition: a list


def _write_errors(errors: Sequence[InputError], number: int, directory: str) -> list[int]:
    import fsspec

    from .io import error_to_dict

    fs, root = fsspec.core.url_to_fs(directory)
    fs.makedirs(f"{root}/errors", exist_ok=True)
    with fs.open(f"{root}/errors/part-{number:05d}.jsonl", "w", encoding="utf-8") as handle:
        for error in errors:
            handle.write(json.dumps(error_to_dict(error), ensure_ascii=False) + "\n")
    return [len(errors)]


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

        g = _Graph(uuid.uuid4().hex)  # writing is not pure: a new name each time
        clusters, errors = self.clusters, self.errors
        g.step(
            "written",
            (
                (_write_part, (clusters.name, n), n, directory, format)
                for n in range(clusters.npartitions)
            ),
        )
        g.step(
            "written-errors",
            ((_write_errors, (errors.name, n), n, directory) for n in range(errors.npartitions)),
        )
        bags = _bags(g, [clusters, errors], ("written", "written-errors"))
        counts, _ = dask.compute(bags["written"], bags["written-errors"])
        return int(sum(counts))

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
    cfg = resolve_config(config)
    parts = entries.npartitions
    g = _Graph(_token(entries.name, repr(cfg)))
    inputs = [(entries.name, n) for n in range(parts)]
    ids = g.step("ids", ((_ids_by_shard, p, n, parts) for n, p in enumerate(inputs)))
    repeats = g.step(
        "repeats", ((_repeats_by_partition, p, parts) for p in g.exchange("id-shard", ids, parts))
    )
    extracted = g.step(
        "extract",
        (
            (_extract_partition, p, r, cfg)
            for p, r in zip(inputs, g.exchange("repeat", repeats, parts), strict=True)
        ),
    )
    texts = g.step("texts", ((getattr, p, "texts") for p in extracted))
    clustered = g.step("clustered", ((_clustered, t) for t in texts))
    steps = _cluster_graph(g, texts, cfg)
    # From here on only content ids: the words of the texts are not held to the end.
    range_ids = g.step("range-ids", ((_text_ids, r) for r in steps.ranges))
    cut_ids = g.step("cut-ids", ((_cut_ids, c) for c in steps.cut))
    groups = g.step(
        "groups",
        (
            (_groups_for_partitions, r, w, c)
            for r, w, c in zip(
                range_ids, steps.where, g.exchange("sent", cut_ids, parts), strict=True
            )
        ),
    )
    by_group = g.step(
        "by-group",
        (
            (_quotes_by_group, q, c, got, parts)
            for q, c, got in zip(
                clustered, cut_ids, g.exchange("group", groups, parts), strict=True
            )
        ),
    )
    for name in ("documents", "quotes", "errors"):
        g.step(name, ((getattr, p, name) for p in extracted))
    g.step(
        "clusters", ((_build_shard, p, cfg) for p in g.exchange("to-build", by_group, parts))
    )
    bags = _bags(g, [entries], ("documents", "quotes", "errors", "clusters"))
    return DaskMatch(**bags)


def _token(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).hexdigest()


def _bags(g: _Graph, sources: Sequence[Any], steps: Sequence[str]) -> dict[str, Any]:
    """The tasks of each of ``steps`` as a Dask bag (a partition per task) over ``g``."""
    from dask.bag import Bag
    from dask.highlevelgraph import HighLevelGraph

    layers: dict[str, Any] = {}
    dependencies: dict[str, set[str]] = {}
    for source in sources:
        layers.update(source.dask.layers)
        dependencies.update(source.dask.dependencies)
    main = g.key("graph")[0]
    outputs = {}
    for step in steps:
        name = g.key(step)[0]
        outputs[step] = name
        layers[name] = {key: task for key, task in g.tasks.items() if key[0] == name}
        dependencies[name] = {main}
    layers[main] = {key: task for key, task in g.tasks.items() if key[0] not in layers}
    dependencies[main] = {name for source in sources for name in source.__dask_layers__()}
    graph = HighLevelGraph(layers, dependencies)
    return {step: Bag(graph, name, len(layers[name])) for step, name in outputs.items()}


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
