"""The quote index's candidate evidence, kept in its file and updated key by key.

The batch clusterer finds candidate pairs in one sweep over every text
(:func:`quotematch.block.candidate_pairs`): each blocking key votes for pairs
of the texts that hold it, on the diagonal it sits on, and each pair's votes
decide whether it is a candidate. An index cannot sweep the archive on every
``add``, so it keeps the sweep's intermediate results in its file:

* ``postings`` — each text's keys and positions, with the words after and
  before each key (what a busy key sorts its holders by);
* ``key_stats`` — how many distinct texts hold each key;
* ``slots`` — the votes (and rare votes) of every pair of texts on every
  diagonal, summed over the keys they share;
* ``pairs`` — the candidate each pair of texts makes (its best diagonal,
  support and rare support, as the batch decides them) and the verified link,
  if :func:`quotematch.link.verify` links them.

When texts come or go, only the keys they hold change their votes. A key's
votes depend on its holders (which pairs it proposes) and on how many texts
hold it (whether it is rare, busy, or a stock phrase): :class:`PairStore`
takes away the votes a touched key gave before and adds the ones it gives
now, re-decides the pairs whose votes changed, and verifies again the pairs
whose candidate changed. The texts whose links changed are what the index
must join again.

Round trips to SQLite are gathered per call, not issued key by key: the
neighbours of every new entry of a busy key are read in one statement (those
of the same key posted earlier in the call are merged in memory by
:func:`_nearest`), and the postings and key counts are written in one
statement each at the end (no key reads another key's rows). At 20k quotes
this, with the run shortcut of :meth:`PairStore._equal_run_votes`, took an
``add`` of 300 articles from 15.1 s to 10.6 s of CPU, the file's contents
unchanged. A stock key (held by more texts than ``max_key_frequency``) keeps,
while it posts its new entries, the first holder of each context it read
(:meth:`PairStore._firsts`).

Texts are ordered by content (their words, then their ellipsis positions),
as the batch clusterer numbers them: a pair is stored with its first text the
lower in that order, so diagonals and tie-breaks are the batch run's.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from .block import (
    FULL_PAIRS,
    LONE_VOTE,
    MAX_POSITION,
    NEIGHBOURS,
    POSITION_BITS,
    RARE,
    STAR,
    UNUSED,
    Candidate,
    KeyStats,
    Posting,
    equal_star_slots,
    key_columns,
    key_regime,
    key_votes,
    pair_candidate,
    star_slots,
    unpack_slot,
    words_after,
    words_before,
)
from .config import Config
from .join import Container, VerifiedLink, best_container
from .link import Link, verify

__all__ = ["PairStore", "TextRow", "decide_pair"]


_LOCAL = (STAR, NEIGHBOURS)  # regimes whose votes change only around an entry that moves

TextRow = tuple[tuple[str, ...], tuple[int, ...]]
"""A stored text: its comparison words and ellipsis positions (its content order, too)."""

Entry = tuple[int, int, bytes]  # (text, position, context) of one posting of a busy key
_CONTEXT = operator.itemgetter(2)  # an entry's context
Slot = tuple[int, int, int]  # (first text, second text, diagonal), first < second by content

# A slot's vote changes are counted in one int: each vote adds 1, and a rare vote adds _RARE
# more, so the votes and the rare votes of a slot need no second key or merge (_split takes
# them apart; a slot's changes stay far below 2**39 either way). Kept under two keys per
# slot, merged at the end, the merge alone was a loop over every change of an add.
_RARE_BITS = 40
_RARE = 1 << _RARE_BITS
_HALF_RARE = _RARE >> 1  # rounds a slot's negative rare count to the nearest multiple
_WEIGHT = (1, 1 + _RARE)  # what one vote adds, by whether it is rare


class PairStore:
    """The candidate evidence of one index file, read and updated inside one transaction.

    Args:
        cur: a cursor inside the open write (or read) transaction.
        config: the index's clustering settings.
    """

    def __init__(self, cur: sqlite3.Cursor, config: Config) -> None:
        self.cur = cur
        self.config = config
        self._texts: dict[int, TextRow] = {}
        # Postings and key counts written at the end of change(), in one statement each: a
        # key's own rows are read before they change, and no other key reads them.
        self._inserts: list[tuple[int, int, int, bytes, bytes]] = []
        self._deletes: list[tuple[int, bytes, int, int]] = []
        self._counted: list[tuple[int, int]] = []
        self._context: dict[tuple[int, int], tuple[bytes, bytes]] = {}
        self._encoded: dict[int, list[bytes]] = {}
        self._groups: dict[tuple[int, bytes], list[Entry]] = {}  # see _firsts
        self._new: set[int] = set()  # texts added by change(): no stored votes or candidates

    # --- texts ---------------------------------------------------------------------------------

    def text(self, text_id: int) -> TextRow:
        """The words and gaps of a stored text (read once per transaction)."""
        row = self._texts.get(text_id)
        if row is None:
            words, gaps = self.cur.execute(
                "SELECT words, gaps FROM texts WHERE id = ?", (text_id,)).fetchone()
            row = (_split_words(words), _split_gaps(gaps))
            self._texts[text_id] = row
        return row

    def remember(self, text_id: int, row: TextRow) -> None:
        """Cache a text just written (or about to be deleted) so it is not read back."""
        self._texts[text_id] = row

    def prefetch(self, text_ids: Iterable[int]) -> None:
        """Read the texts not cached yet among ``text_ids``, 500 to a statement.

        The holders that an add's keys read (their neighbours, their whole
        lists) are the texts its votes compare and its pairs verify: read
        together instead of one statement each, an add of 500 articles at
        28k quotes ran 32,865 statements fewer (0.25 s of SQLite's time in a
        22 s add; the add's CPU moved within the spread of runs on a loaded
        machine, docs/benchmarks.md).
        """
        missing = sorted({t for t in text_ids if t not in self._texts})
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            for text_id, words, gaps in self.cur.execute(
                    f"SELECT id, words, gaps FROM texts WHERE id IN ({','.join('?' * len(chunk))})",
                    chunk):
                self._texts[int(text_id)] = (_split_words(words), _split_gaps(gaps))

    # --- the update ----------------------------------------------------------------------------

    def change(self, added: Iterable[int] = (), removed: Iterable[int] = ()) -> set[int]:
        """Post the keys of ``added`` texts and take away those of ``removed`` ones.

        Both must be remembered (:meth:`remember`) or stored; ``added`` texts
        are already in ``texts``. Returns the texts whose verified links
        changed (a link appeared, went, or changed its support).
        """
        added, removed = sorted(set(added)), sorted(set(removed))
        self._new = set(added)
        self.prefetch(added + removed)
        holders: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)  # key -> changed
        for text_id in added + removed:
            keys, positions = key_columns(self.text(text_id)[0][:MAX_POSITION])
            for key, position in zip(keys, positions, strict=True):
                holders[key].append((text_id, position))
        gone = set(removed)
        deltas: Counter[Slot] = Counter()
        counts = self._counts(holders)
        plan = {}
        for key, changed in holders.items():
            before = counts.get(key, 0)
            step = len({t for t, _ in changed})
            after = before - step if changed[0][0] in gone else before + step
            plan[key] = (before, after, self._mode(key, before), self._mode(key, after))
        # Read in bulk what the keys below need: the holders of each key recounted whole, and
        # the neighbours of each busy key's one new entry (its only change in this call).
        whole = self._entries([key for key, (before, after, mode, then) in plan.items()
                               if not (mode[0] == then[0] == UNUSED or (
                                   mode == then and mode[0] in _LOCAL))
                               and max(before, after) > 1])
        near = self._near([(key, t, p) for key, (_, _, mode, then) in plan.items()
                           if mode == then and mode[0] == NEIGHBOURS and not gone
                           for t, p in holders[key]])
        self.prefetch(itertools.chain(
            (t for entries in whole.values() for t, _ in entries),
            (t for sides in near.values() for side in sides for t, _, _ in side)))
        for key in sorted(holders):
            changed = holders[key]
            before, after, mode, then = plan[key]
            if mode[0] == then[0] == UNUSED:
                self._post(key, changed, gone)  # a weak stock phrase: no votes before or after
            elif (key, *changed[0]) in near:
                # Each entry's neighbours among the stored holders and the entries before it
                # (kept per order as they are posted, not rebuilt from them for each entry).
                posted: tuple[list[Entry], list[Entry]] = ([], [])
                for text_id, position in changed:
                    contexts = self._contexts(text_id, position)
                    found = near[(key, text_id, position)]
                    rows = [_nearest(found[0] + posted[0], contexts[0]),
                            _nearest(found[1] + posted[1], contexts[1])]
                    self._neighbour_rows(rows, contexts, (text_id, position), 1, mode[1], deltas)
                    posted[0].append((text_id, position, contexts[0]))
                    posted[1].append((text_id, position, contexts[1]))
                self._post(key, changed, gone)
            elif mode == then and mode[0] in _LOCAL:
                # Same rule before and after: only the changed entries' neighbours move.
                for text_id, position in changed:
                    self._local(key, mode, text_id, position, text_id not in gone, deltas)
            else:
                if 1 < max(before, after) <= min(FULL_PAIRS, self.config.max_key_frequency):
                    # Every pair votes (and rarely): only the pairs with a changed entry change.
                    sign = -1 if changed[0][0] in gone else 1
                    others = [(t, p) for t, p in whole.get(key, ()) if t not in gone]
                    for entry in changed:
                        for other in others:
                            self._pair_vote(deltas, entry, other, sign)
                        others.append(entry)
                elif max(before, after) > 1:
                    kept = [(t, p) for t, p in whole.get(key, ()) if t not in gone]
                    old_entries = kept + [e for e in changed if e[0] in gone]
                    new_entries = kept + [e for e in changed if e[0] not in gone]
                    deltas.subtract(self._votes(key, old_entries, before))
                    deltas.update(self._votes(key, new_entries, after))
                self._post(key, changed, gone)
            self._count(key, after)
        self._flush()
        return self._apply(deltas)

    # --- a key's votes -------------------------------------------------------------------------

    def _counts(self, holders: Iterable[int]) -> dict[int, int]:
        """How many texts hold each of these keys now."""
        keys = list(holders)
        counts: dict[int, int] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            counts.update(self.cur.execute(
                f"SELECT key, texts FROM key_stats WHERE key IN ({','.join('?' * len(chunk))})",
                chunk))
        return counts

    def _count(self, key: int, count: int) -> None:
        self._counted.append((key, count))

    def _flush(self) -> None:
        """Write the postings and key counts that :meth:`change` gathered."""
        cur = self.cur
        cur.executemany("DELETE FROM postings WHERE key = ? AND after = ? AND text_id = ?"
                        " AND position = ?", self._deletes)
        cur.executemany("INSERT OR IGNORE INTO postings VALUES (?, ?, ?, ?, ?)", self._inserts)
        cur.executemany("INSERT OR REPLACE INTO key_stats VALUES (?, ?)",
                        [(k, n) for k, n in self._counted if n])
        cur.executemany("DELETE FROM key_stats WHERE key = ?",
                        [(k,) for k, n in self._counted if not n])
        self._inserts, self._deletes, self._counted = [], [], []

    def _mode(self, key: int, count: int) -> tuple[int, bool]:
        """How a key held by ``count`` texts votes, and whether its votes are rare.

        The regime of :func:`quotematch.block.key_votes` (-1 for a key held by
        at most ``FULL_PAIRS`` texts, whose votes are simply counted again).
        """
        regime = key_regime(key, count, count, self.config) if count > FULL_PAIRS else -1
        return regime, count <= RARE

    def _entries(self, keys: Sequence[int]) -> dict[int, list[tuple[int, int]]]:
        """The stored ``(text, position)`` postings of each key, read in chunks of keys."""
        found: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
        for i in range(0, len(keys), 500):
            chunk = keys[i:i + 500]
            for key, t, p in self.cur.execute(
                    "SELECT key, text_id, position FROM postings"
                    f" WHERE key IN ({','.join('?' * len(chunk))})", chunk):
                found[key].append((int(t), int(p)))
        return found

    def _near(self, probes: Sequence[tuple[int, int, int]]
              ) -> dict[tuple[int, int, int], list[list[Entry]]]:
        """For each ``(key, text, position)`` entry about to join a busy key: its neighbours.

        What :meth:`_neighbour_votes` reads for one entry, read here for all
        of them in one statement per order, among the stored holders only
        (:func:`_nearest` adds the entries posted before it in the same call).
        Returns, per entry, the rows found in each order (after, before).
        """
        cur = self.cur
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS probes (id INTEGER, key INTEGER,"
                    " side INTEGER, first BLOB, context BLOB, stop BLOB)")
        cur.execute("DELETE FROM temp.probes")
        rows = []
        for i, (key, text_id, position) in enumerate(probes):
            for side, context in enumerate(self._contexts(text_id, position)):
                if context:
                    first = context.split(b"\x01", 1)[0]
                    rows.append((i, key, side, first, context, first + b"\x02"))
        cur.executemany("INSERT INTO temp.probes VALUES (?, ?, ?, ?, ?, ?)", rows)
        found: list[list[list[Entry]]] = [[[], []] for _ in probes]
        for side, column in enumerate(("after", "before")):
            for i, t, p, c in cur.execute(
                    f"SELECT r.id, p.text_id, p.position, p.{column} FROM temp.probes r"
                    f" JOIN postings p ON p.key = r.key AND p.{column} IN ("
                    f"(SELECT max({column}) FROM postings WHERE key = r.key"
                    f" AND {column} >= r.first AND {column} < r.context), r.context,"
                    f" (SELECT min({column}) FROM postings WHERE key = r.key"
                    f" AND {column} > r.context AND {column} < r.stop))"
                    f" WHERE r.side = {side}"):
                found[i][side].append((int(t), int(p), c))
        return dict(zip(probes, found, strict=True))

    def _post(self, key: int, changed: Sequence[tuple[int, int]], gone: set[int]) -> None:
        self._deletes += [(key, self._contexts(t, p)[0], t, p) for t, p in changed if t in gone]
        self._inserts += [(key, t, p, *self._contexts(t, p)) for t, p in changed if t not in gone]

    def _contexts(self, text_id: int, position: int) -> tuple[bytes, bytes]:
        """The words after a key (from the second word after it) and before it, as sortable bytes.

        Up to four words each, the words before read backwards:
        what a busy key sorts its holders by. Words joined by ``\\x01`` sort
        as tuples of words do (no comparison word holds a control character).
        """
        found = self._context.get((text_id, position))
        if found is None:
            # Each word is encoded once per text, not once per context it falls in (a word
            # sits in up to eight): an add of 200 articles at 28k quotes took 7.15-7.83 s of
            # CPU against 7.75-8.20 s (interleaved runs on a shared machine).
            encoded = self._encoded.get(text_id)
            if encoded is None:
                encoded = [w.encode("utf-8") for w in self.text(text_id)[0]]
                self._encoded[text_id] = encoded
            found = (b"\x01".join(words_after(encoded, position)),
                     b"\x01".join(words_before(encoded, position)))
            self._context[(text_id, position)] = found
        return found

    def _local(self, key: int, mode: tuple[int, bool], text_id: int, position: int,
               adding: bool, deltas: Counter[Slot]) -> None:
        """Post or take away one entry of a busy key, and the votes it changes (in ``deltas``).

        The votes are those of the entry's neighbours in the key's sorted
        orders and of its run of equal context words (a busy key), or of the
        runs its words start (a stock key); see
        :func:`quotematch.block.candidate_pairs`.
        """
        cur = self.cur
        after, before = self._contexts(text_id, position)
        if not adding:
            cur.execute("DELETE FROM postings WHERE key = ? AND after = ? AND text_id = ?"
                        " AND position = ?", (key, after, text_id, position))
            self._posted(key, (text_id, position, after), adding)
        sign = 1 if adding else -1
        entry = (text_id, position)
        if mode[0] != STAR:
            self._neighbour_votes(key, (after, before), entry, sign, mode[1], deltas)
        else:
            self._run_votes(key, after, entry, sign, mode[1], deltas)
        if adding:
            cur.execute("INSERT OR IGNORE INTO postings VALUES (?, ?, ?, ?, ?)",
                        (key, text_id, position, after, before))
            self._posted(key, (text_id, position, after), adding)

    def _sorted(self, rows: list[Entry]) -> list[Entry]:
        """Entries ``(text, position, context)`` in a busy key's order: context, text, position.

        Texts are read (for their content order) only where contexts tie.
        Sorts ``rows`` in place, and may return it.
        """
        rows.sort(key=_CONTEXT)
        if len({row[2] for row in rows}) == len(rows):
            return rows  # no tie (the usual case): nothing to read or regroup
        ordered: list[Entry] = []
        for _, tied in itertools.groupby(rows, key=_CONTEXT):
            group = list(tied)
            if len(group) > 1:
                group.sort(key=lambda row: (self.text(row[0]), row[1]))
            ordered.extend(group)
        return ordered

    def _neighbour_votes(self, key: int, contexts: tuple[bytes, bytes], entry: tuple[int, int],
                         sign: int, rare: bool, deltas: Counter[Slot]
                         ) -> None:
        """Votes that change when ``entry`` enters (sign 1) or leaves (-1) a key's two orders.

        ``contexts`` holds the entry's words after and before the key (the
        ``after`` and ``before`` columns). In each order the entry pairs only with neighbours whose
        words start with the same word, so one indexed read per order finds
        them: the holders with the entry's words and with the nearest words
        on either side that start alike.
        """
        parts: list[str] = []
        params: list[object] = [key]
        for side, (column, context) in enumerate(zip(("after", "before"), contexts,
                                                     strict=True)):
            if not context:
                continue  # sorts first and pairs with nothing
            first = context.split(b"\x01", 1)[0]
            at = len(params) + 1
            params += [first, context, first + b"\x02"]  # words starting with the same word
            parts.append(
                f"SELECT {side}, text_id, position, {column} FROM postings WHERE key = ?1"
                f" AND {column} IN ((SELECT max({column}) FROM postings WHERE key = ?1"
                f" AND {column} >= ?{at} AND {column} < ?{at + 1}), ?{at + 1},"
                f" (SELECT min({column}) FROM postings WHERE key = ?1 AND {column} > ?{at + 1}"
                f" AND {column} < ?{at + 2}))")
        if not parts:
            return
        rows: list[list[Entry]] = [[], []]
        for side, t, p, c in self.cur.execute(" UNION ALL ".join(parts), params):
            rows[side].append((int(t), int(p), c))
        self._neighbour_rows(rows, contexts, entry, sign, rare, deltas)

    def _neighbour_rows(self, rows: list[list[Entry]], contexts: tuple[bytes, bytes],
                        entry: tuple[int, int], sign: int, rare: bool,
                        deltas: Counter[Slot]) -> None:
        """The votes :meth:`_neighbour_votes` counts, from the ``rows`` it read (per order)."""
        for side, context in enumerate(contexts):
            if not context:
                continue
            here = (entry[0], entry[1], context)
            ordered = self._sorted(rows[side] + [here])
            i = ordered.index(here)
            pred = ordered[i - 1] if i > 0 else None
            succ = ordered[i + 1] if i + 1 < len(ordered) else None
            if pred is not None and succ is not None:
                self._vote(deltas, pred, succ, rare, -sign)
            if pred is not None:
                self._vote(deltas, pred, here, rare, sign)
            if succ is not None:
                self._vote(deltas, here, succ, rare, sign)
            run = [row for row in ordered if row[2] == context]
            if len(run) > 2:
                self._equal_run_votes(run, here, sign, rare, deltas)

    def _equal_run_votes(self, run: list[Entry], here: Entry, sign: int, rare: bool,
                         deltas: Counter[Slot]) -> None:
        """Votes of a busy key's run of equal context words that change when ``here`` moves.

        ``run`` holds the entries with ``here``'s context in one order, ``here``
        among them, sorted (:meth:`_sorted`). A run of three or more also
        pairs each entry with its text that starts earliest, the hub
        (:func:`quotematch.block.star_slots`, which decides it from the run
        alone), except the hub's two neighbours: the votes of the run
        without the entry are taken away and those with it added (``sign`` 1
        when the entry enters, -1 when it leaves). When the entry is not the
        hub, the hub stays and only two pairs can change: the entry's own,
        and the entry's other neighbour's when the entry sits beside the hub
        (:meth:`_star_votes` counts the general case, and a test holds the two
        equal; counting whole runs, sorted twice, took a fifth of an add's profiled time
        at 20k quotes).
        """
        h = run.index(here)
        x = max(range(len(run)), key=lambda i: (run[i][1], -i))  # the hub (see star_slots)
        if x == h:
            self._star_votes([e for e in run if e != here], rare, -sign, deltas)
            self._star_votes(run, rare, sign, deltas)
            return
        if len(run) > 3 and abs(h - x) > 1:
            self._vote(deltas, run[x], here, rare, sign)  # a run of three had no star before
        elif len(run) == 3:
            self._star_votes(run, rare, sign, deltas)
        elif 0 <= 2 * h - x < len(run):
            self._vote(deltas, run[x], run[2 * h - x], rare, sign)  # now two steps from the hub

    def _star_votes(self, ordered: list[Entry], rare: bool, sign: int,
                    deltas: Counter[Slot]) -> None:
        """Count ``sign`` votes for the pairs :func:`quotematch.block.star_slots` makes of a run."""
        if len(ordered) < 3:
            return
        texts = list(dict.fromkeys(t for t, _, _ in ordered))  # in content order
        rank = {t: i for i, t in enumerate(texts)}
        slots: list[int] = []
        star_slots([((), rank[t] << POSITION_BITS | p) for t, p, _ in ordered], len(texts),
              slots.append)
        for slot in slots:
            a, b, diagonal = unpack_slot(slot, len(texts))
            deltas[(texts[a], texts[b], diagonal)] += sign * _WEIGHT[rare]

    def _run_votes(self, key: int, context: bytes, entry: tuple[int, int], sign: int,
                   rare: bool, deltas: Counter[Slot]) -> None:
        """Votes of a stock key that change when ``entry`` enters (1) or leaves (-1) its list.

        A stock key sorts its holders by the words after it and pairs each
        with the *hub* of its run: the first holder whose (non-empty) words
        after the key begin the entry's own. The entry's hub is the first
        holder whose words are the shortest such beginning; if there is none,
        the entry is the hub of every holder whose words begin with its own,
        which were paired with other hubs before. Each group of holders with
        equal words is also a star on its earliest-starting text
        (:func:`quotematch.block.equal_star_slots`), which skips the run's hub
        when the hub is one of them: :meth:`_equal_votes` counts what the entry
        changes there.
        """
        if not context:
            return
        here = (entry[0], entry[1], context)
        words = context.split(b"\x01")
        prefixes = [b"\x01".join(words[:length]) for length in range(1, len(words) + 1)]
        for prefix, first in zip(prefixes, self._firsts(key, prefixes), strict=True):
            rows = [] if first is None else [first]
            if prefix == context:
                rows.append(here)
            if rows:
                if min(rows, key=self._order) != here:
                    self._vote(deltas, rows[0], here, rare, sign)
                    equal_hub = rows[0] if prefix == context else None
                    self._equal_votes(self._groups[(key, context)], here, equal_hub, rare, sign,
                                      deltas)
                    return
                break
        # The entry is a hub: the holders whose words begin with its own change hubs.
        run = self._sorted([(int(t), int(p), c) for t, p, c in self.cur.execute(
            "SELECT text_id, position, after FROM postings WHERE key = ? AND after >= ?"
            " AND after < ?", (key, context, context + b"\x02"))])
        hub: Entry | None = None
        old_hubs = []
        for row in run:
            if hub is not None and _begins(row[2], hub[2]):
                self._vote(deltas, hub, row, rare, -sign)  # its hub without the entry
            else:
                hub = row
                old_hubs.append(row)
            self._vote(deltas, here, row, rare, sign)
        # The equal groups whose first holder was a hub lose it: the entry's own group gains the
        # entry as its hub, the others have theirs elsewhere now.
        equal = {c: list(rows) for c, rows in itertools.groupby(run, key=_CONTEXT)}
        for old in old_hubs:
            group = equal[old[2]]
            self._star_of_equals(group, old, rare, -sign, deltas)
            if old[2] == context:
                self._star_of_equals(self._sorted([*group, here]), here, rare, sign, deltas)
            else:
                self._star_of_equals(group, None, rare, sign, deltas)

    def _equal_votes(self, group: list[Entry], here: Entry, hub: Entry | None, rare: bool,
                     sign: int, deltas: Counter[Slot]) -> None:
        """Votes of a stock key's group of equal words that change when ``here`` joins or leaves.

        ``group`` holds the other holders with ``here``'s words, in order; ``hub``
        is the run's hub when it is one of them (it keeps its place, as
        ``here`` sorts after it). The group's star is its earliest-starting
        entry (then the first): when it stays, only ``here``'s own pair
        changes; when ``here`` takes its place, the whole star moves
        (:meth:`_star_of_equals` counts the general case, and a test holds the
        two equal).
        """
        if not group:
            return
        star = group[max(range(len(group)), key=lambda i: (group[i][1], -i))]
        if here[1] > star[1] or (here[1] == star[1] and self._order(here) < self._order(star)):
            for other in group:
                if other != hub:
                    if star != hub and other != star:
                        self._vote(deltas, star, other, rare, -sign)
                    self._vote(deltas, here, other, rare, sign)
        elif star != hub:
            self._vote(deltas, star, here, rare, sign)

    def _star_of_equals(self, group: list[Entry], hub: Entry | None, rare: bool, sign: int,
                        deltas: Counter[Slot]) -> None:
        """Count ``sign`` votes for the star of a stock key's group of equal words (in order).

        ``hub`` is the run's hub when it is in the group (it gets no second
        vote); see :func:`quotematch.block.equal_star_slots`.
        """
        if len(group) < 2:
            return
        texts = list(dict.fromkeys(t for t, _, _ in group))  # in content order
        rank = {t: i for i, t in enumerate(texts)}
        slots: list[int] = []
        equal_star_slots([rank[t] << POSITION_BITS | p for t, p, _ in group],
                         -1 if hub is None else group.index(hub), len(texts), slots.append)
        for slot in slots:
            a, b, diagonal = unpack_slot(slot, len(texts))
            deltas[(texts[a], texts[b], diagonal)] += sign * _WEIGHT[rare]

    def _order(self, entry: Entry) -> tuple[TextRow, int]:
        """Where an entry sorts among a busy key's entries with the same context words."""
        return self.text(entry[0]), entry[1]

    def _firsts(self, key: int, contexts: Sequence[bytes]) -> list[Entry | None]:
        """For each of these contexts, the first stored holder of a stock key that has it.

        First in :meth:`_sorted` order, None when no holder has it. Read in one
        statement for the contexts not known yet, and kept, with every holder
        of the context in order (:meth:`_equal_votes` needs them), while the
        call posts the key's other new entries (:meth:`_posted` updates them):
        the versions of a popular statement arrive together and share their
        contexts, which their key's holders share by the hundred. Reading and
        ordering those holders for every entry took 2.66 s of CPU in an add of
        500 articles at 28k quotes (17.7 s in all); kept, 0.37 s (15.4 s).
        """
        missing = [c for c in contexts if (key, c) not in self._groups]
        if missing:
            groups: defaultdict[bytes, list[Entry]] = defaultdict(list)
            for t, p, c in self.cur.execute(
                    "SELECT text_id, position, after FROM postings WHERE key = ? AND after IN"
                    f" ({','.join('?' * len(missing))})", (key, *missing)):
                groups[c].append((int(t), int(p), c))
            for context in missing:
                self._groups[(key, context)] = sorted(groups.get(context, ()), key=self._order)
        return [next(iter(self._groups[(key, c)]), None) for c in contexts]

    def _posted(self, key: int, entry: Entry, adding: bool) -> None:
        """Keep :meth:`_firsts` true after ``entry`` joined (or left) a key's postings."""
        group = self._groups.get((key, entry[2]))
        if group is None:
            return
        if not adding:
            if entry in group:
                group.remove(entry)
        elif entry not in group:
            bisect.insort(group, entry, key=self._order)

    def _vote(self, deltas: Counter[Slot], x: tuple[int, int, bytes],
              y: tuple[int, int, bytes], rare: bool, sign: int) -> None:
        """Count ``sign`` votes for the pair of two entries (none for one text's two entries)."""
        a, b = x[0], y[0]
        if a == b:
            return
        # The cached texts read directly, text() only for one not read yet: this runs for every
        # vote an add changes (about 330k in an add of 500 articles at 28k quotes).
        text_a, text_b = self._texts.get(a), self._texts.get(b)
        if (self.text(a) if text_a is None else text_a) > (
                self.text(b) if text_b is None else text_b):
            deltas[(b, a, y[1] - x[1])] += sign * _WEIGHT[rare]
        else:
            deltas[(a, b, x[1] - y[1])] += sign * _WEIGHT[rare]

    def _pair_vote(self, deltas: Counter[Slot], x: tuple[int, int],
                   y: tuple[int, int], sign: int) -> None:
        """:meth:`_vote` for a key held by few texts (its votes are rare)."""
        if x[0] != y[0]:
            if self.text(x[0]) > self.text(y[0]):
                x, y = y, x
            deltas[(x[0], y[0], x[1] - y[1])] += sign * _WEIGHT[True]

    def _votes(self, key: int, entries: Sequence[tuple[int, int]],
               count: int) -> Counter[Slot]:
        """The votes one key gives (:func:`quotematch.block.key_votes`) to its holders.

        Returns ``(first text, second text, diagonal, rare) -> votes``.
        """
        votes: Counter[Slot] = Counter()
        if len(entries) < 2 or self._mode(key, count)[0] == UNUSED:
            return votes
        local = sorted({t for t, _ in entries}, key=self.text)
        rank = {t: i for i, t in enumerate(local)}
        postings = []
        for t, p in entries:
            words = self.text(t)[0]
            postings.append(Posting(rank[t], p, tuple(words_after(words, p)),
                                    tuple(words_before(words, p))))
        for vote in key_votes(key, postings, KeyStats({key: count}), self.config):
            votes[(local[vote.a], local[vote.b], vote.diagonal)] += _WEIGHT[vote.rare]
        return votes

    # --- pairs ---------------------------------------------------------------------------------

    def _apply(self, deltas: Counter[Slot]) -> set[int]:
        """Add vote changes to ``slots``, re-decide the pairs they touch; return relinked texts."""
        changed: list[tuple[int, int, int, int, int]] = []
        emptied: list[Slot] = []
        # A pair with a text added by this call had no votes and no candidate before it: its
        # votes are its changes, so it is decided from them without reading them back.
        fresh: defaultdict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
        stored: set[tuple[int, int]] = set()
        new = self._new
        for (a, b, diagonal), total in deltas.items():
            if not total:
                continue
            r = (total + _HALF_RARE) >> _RARE_BITS  # _split, written out: one call per slot
            v = total - r * _RARE
            changed.append((a, b, diagonal, v, r))
            if v < 0:
                emptied.append((a, b, diagonal))
            if a in new or b in new:
                fresh[(a, b)].append((diagonal, v, r))
            else:
                stored.add((a, b))
        cur = self.cur
        cur.executemany(
            "INSERT INTO slots VALUES (?, ?, ?, ?, ?) ON CONFLICT (a, b, diagonal)"
            " DO UPDATE SET votes = votes + excluded.votes, rare = rare + excluded.rare",
            changed,
        )
        cur.executemany("DELETE FROM slots WHERE a = ? AND b = ? AND diagonal = ? AND votes <= 0",
                        emptied)
        return self._decide(sorted(stored), fresh)

    def _decide(self, touched: Sequence[tuple[int, int]],
                fresh: dict[tuple[int, int], list[tuple[int, int, int]]]) -> set[int]:
        """Decide the touched pairs' candidates from their votes; verify those that moved.

        ``touched`` pairs are read back from ``slots`` and ``pairs``; ``fresh``
        ones (with a text added by this call) come with all their votes
        (``(diagonal, votes, rare votes)`` rows) and had no candidate.
        Returns the texts of the pairs whose link changed (appeared, went, or
        changed its support).
        """
        cur = self.cur
        cur.execute("CREATE TEMP TABLE IF NOT EXISTS touched_pairs"
                    " (a INTEGER, b INTEGER, short INTEGER, PRIMARY KEY (a, b)) WITHOUT ROWID")
        cur.execute("DELETE FROM temp.touched_pairs")
        short = {t for t in {t for pair in touched for t in pair}
                 if len(self.text(t)[0]) <= LONE_VOTE}
        cur.executemany("INSERT INTO temp.touched_pairs VALUES (?, ?, ?)",
                        [(a, b, a in short or b in short) for a, b in touched])
        # Single votes count only for a pair with a short text (block.pair_candidate): most
        # touched pairs have nothing more, and no candidate to take away.
        cur.execute(
            "DELETE FROM temp.touched_pairs WHERE NOT short AND NOT EXISTS (SELECT 1 FROM pairs p"
            " WHERE p.a = touched_pairs.a AND p.b = touched_pairs.b) AND NOT EXISTS (SELECT 1"
            " FROM slots s WHERE s.a = touched_pairs.a AND s.b = touched_pairs.b"
            " AND s.votes > 1)")
        touched = [(int(a), int(b)) for a, b in cur.execute(
            "SELECT a, b FROM temp.touched_pairs")]
        votes: defaultdict[tuple[int, int], list[tuple[int, int, int]]] = defaultdict(list)
        for a, b, diagonal, n, rare in cur.execute(
                "SELECT s.a, s.b, s.diagonal, s.votes, s.rare FROM temp.touched_pairs t"
                " JOIN slots s ON s.a = t.a AND s.b = t.b"):
            votes[(a, b)].append((diagonal, n, rare))
        old = {(row[0], row[1]): row[2:] for row in cur.execute(
            "SELECT p.a, p.b, p.diagonal, p.support, p.rare, p.kind, p.swapped, p.offset,"
            " p.score, p.words FROM temp.touched_pairs t JOIN pairs p ON p.a = t.a AND p.b = t.b")}
        # The same filter for the fresh pairs, without a read. The words of each text, from the
        # cache directly (text() only for one not read yet): these loops run per touched pair.
        texts = self._texts
        for pair, rows in fresh.items():
            if any(n > 1 for _, n, _ in rows):
                votes[pair] = rows
                touched.append(pair)
                continue
            row_a, row_b = texts.get(pair[0]), texts.get(pair[1])
            if min(len((self.text(pair[0]) if row_a is None else row_a)[0]),
                   len((self.text(pair[1]) if row_b is None else row_b)[0])) <= LONE_VOTE:
                votes[pair] = rows
                touched.append(pair)
        relinked: set[int] = set()
        gone: list[tuple[int, int]] = []
        written: list[tuple[object, ...]] = []
        for a, b in touched:
            before = old.get((a, b))
            rows = votes.get((a, b), [])
            row_a, row_b = texts.get(a), texts.get(b)
            la = len((self.text(a) if row_a is None else row_a)[0])
            lb = len((self.text(b) if row_b is None else row_b)[0])
            candidate = decide_pair(rows, la, lb)
            if candidate is None:
                if before is not None:
                    gone.append((a, b))
                    if before[3] is not None:
                        relinked.update((a, b))
                continue
            diagonal, support, rare = candidate.diagonal, candidate.support, candidate.rare
            if before is not None and tuple(before[:3]) == (diagonal, support, rare):
                continue
            if before is not None and before[0] == diagonal:
                link = None if before[3] is None else Link(
                    before[3], bool(before[4]), before[5], before[6], before[7])
            else:
                (wa, ga), (wb, gb) = self.text(a), self.text(b)
                link = verify(wa, wb, diagonal, self.config, gaps_a=ga, gaps_b=gb)
            written.append((a, b, diagonal, support, rare, *(
                (None,) * 5 if link is None else
                (link.kind, int(link.swapped), link.offset, link.score, link.words))))
            if link is not None or (before is not None and before[3] is not None):
                relinked.update((a, b))
        cur.executemany("DELETE FROM pairs WHERE a = ? AND b = ?", gone)
        cur.executemany("INSERT OR REPLACE INTO pairs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        written)
        return relinked

    # --- links, for joining ---------------------------------------------------------------------

    def links_of(self, text_id: int) -> list[tuple[int, int, int, int, Link]]:
        """Every verified link of a text: ``(a, b, support, rare, link)``."""
        return [
            (int(a), int(b), int(s), int(r), Link(k, bool(w), o, sc, n))
            for a, b, s, r, k, w, o, sc, n in self.cur.execute(
                "SELECT a, b, support, rare, kind, swapped, offset, score, words FROM pairs"
                " WHERE (a = ? OR b = ?) AND kind IS NOT NULL", (text_id, text_id))
        ]

    def best_container(self, fragment: int) -> int | None:
        """The container a short fragment joins (:func:`quotematch.join.best_container`)."""
        options = []
        for a, b, _, _, link in self.links_of(fragment):
            outer, inner = (b, a) if link.swapped else (a, b)
            if link.kind == "contains" and inner == fragment:
                options.append((outer, link))
        if not options:
            return None
        order = sorted((t for t, _ in options), key=self.text)
        rank = {t: i for i, t in enumerate(order)}
        best = best_container(Container(rank[t], len(self.text(t)[0]), link.score, link.offset)
                              for t, link in options)
        return order[best.text]

    def joining_links(self, texts: Sequence[int]) -> list[VerifiedLink]:
        """The links among ``texts`` (numbered by their place in it), strongest first."""
        place = {t: i for i, t in enumerate(texts)}
        found: dict[tuple[int, int], tuple[int, int, Link]] = {}
        for t in texts:
            for a, b, support, rare, link in self.links_of(t):
                if a in place and b in place:
                    found[(a, b)] = (support, rare, link)
        ordered = sorted(found.items(), key=lambda item: (-item[1][0], place[item[0][0]],
                                                          place[item[0][1]]))
        return [VerifiedLink(place[a], place[b], link, rare)
                for (a, b), (_, rare, link) in ordered]


def decide_pair(rows: Iterable[Sequence[int]], len_a: int, len_b: int) -> Candidate | None:
    """The candidate a pair's votes make (:func:`quotematch.block.pair_candidate`).

    ``rows`` are ``(diagonal, votes, rare votes)`` of the pair's diagonals.
    """
    votes: dict[int, int] = {}
    rare_votes: dict[int, int] = {}
    for diagonal, n, rare in rows:
        votes[diagonal] = n
        rare_votes[diagonal] = rare
    return pair_candidate(0, 1, votes, rare_votes, len_a, len_b)


def _split(total: int) -> tuple[int, int]:
    """The votes and the rare votes a slot's counted changes hold (see ``_WEIGHT``).

    >>> _split(3 * _WEIGHT[False] - 2 * _WEIGHT[True])
    (1, -2)
    """
    rare = (total + _HALF_RARE) >> _RARE_BITS
    return total - rare * _RARE, rare


def _nearest(rows: Sequence[Entry], context: bytes) -> list[Entry]:
    """The rows :meth:`PairStore._neighbour_votes` reads for an entry with this context.

    Those whose context is the entry's, or the nearest one on either side
    that starts with the same word (nothing for an empty context).
    """
    if not context:
        return []
    first = context.split(b"\x01", 1)[0]
    stop = first + b"\x02"
    below = above = context  # the nearest contexts found so far on either side, if any
    for _, _, c in rows:  # one pass (it runs for every new entry of a busy key)
        if c < context:
            if c >= first and (below == context or c > below):
                below = c
        elif context < c < stop and (above == context or c < above):
            above = c
    return [row for row in rows if row[2] == context or row[2] == below or row[2] == above]


def _begins(context: bytes, prefix: bytes) -> bool:
    """Whether the words ``context`` begin with the (non-empty) words ``prefix``."""
    return context == prefix or context.startswith(prefix + b"\x01")


def _split_words(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(" ")) if joined else ()


def _split_gaps(text: str) -> tuple[int, ...]:
    return tuple(int(g) for g in text.split(",")) if text else ()

