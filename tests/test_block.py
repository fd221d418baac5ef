"""Blocking keys: stable, positioned, and robust to one changed word in a short fragment."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch.block import (
    _CONTEXT,
    CONTEXT,
    MAX_POSITION,
    MOST_VOTES,
    NO_VOTES,
    POSITION_BITS,
    STOP_WORDS,
    WEAK_CROWDED,
    Candidate,
    KeyStats,
    Posting,
    _by_context,
    _earliest,
    blocking_keys,
    candidate_pairs,
    is_weak,
    key_columns,
    key_needs,
    key_postings,
    key_stats,
    key_votes,
    pair_candidate,
    posting,
    text_keys,
    words_before,
)
from quotematch.config import Config
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


# ---- key statistics and candidate pairs -------------------------------------------------

STATEMENTS = [
    "The council will rebuild the harbour wall at Porthcarrow before the winter storms",
    "the council will rebuild the harbor wal at Porthcarrow before the winter storms",
    "rebuild the harbour wall at Porthcarrow",
    "We have cleared the flooded underpass on Mill Road and the lanes will reopen",
    "cleared the flooded underpass on Mill Road",
    "Our thoughts are with the families of the two climbers lost on Ben Carrow",
    "thoughts are with the families",
    "The ferry to Inchmore is cancelled until Monday because of the storm",
]
TEXT_SETS = st.lists(st.sampled_from(STATEMENTS), min_size=1, max_size=8, unique=True).map(
    lambda texts: sorted(comparison_words(t) for t in texts)
)


def test_key_stats_count_distinct_texts_not_occurrences() -> None:
    stats = key_stats([comparison_words("the path and the path"), comparison_words("the path")])
    (key, _), *_ = blocking_keys(comparison_words("the path"))
    assert stats.texts(key) == 2
    assert stats.texts(12345) == 0


@settings(max_examples=40, deadline=None)
@given(TEXT_SETS, st.integers(min_value=0, max_value=8))
def test_key_stats_of_parts_add_up_to_the_whole(texts: list[tuple[str, ...]], cut: int) -> None:
    whole = key_stats(texts)
    assert key_stats(texts[:cut]).merge(key_stats(texts[cut:])) == whole
    assert KeyStats.combine([key_stats([t]) for t in texts]) == whole


@settings(max_examples=40, deadline=None)
@given(TEXT_SETS)
def test_candidates_with_the_texts_own_statistics_are_the_default(
    texts: list[tuple[str, ...]],
) -> None:
    cfg = Config()
    assert candidate_pairs(texts, cfg, stats=key_stats(texts)) == candidate_pairs(texts, cfg)


def test_candidates_pair_a_fragment_with_its_full_version_on_its_diagonal() -> None:
    texts = sorted(comparison_words(t) for t in STATEMENTS[:3])
    pairs = {(texts[c.a], texts[c.b]): c for c in candidate_pairs(texts, Config())}
    full, part = comparison_words(STATEMENTS[0]), comparison_words(STATEMENTS[2])
    candidate = pairs[(part, full)] if (part, full) in pairs else pairs[(full, part)]
    # "rebuild" is word 3 of the full statement.
    assert abs(candidate.diagonal) == 3
    assert candidate.support >= 4 and candidate.rare == candidate.support


def test_keys_the_corpus_calls_stock_pair_only_texts_whose_next_words_agree() -> None:
    opening = "We are deeply sorry for the"
    full = "long delay to the Kestrel ferry timetable and the Harwick bus routes"
    texts = sorted(
        comparison_words(f"{opening} {tail}")
        for tail in (full, full.removesuffix(" routes"), "families of the two climbers")
    )
    cfg = Config()
    # With their own statistics every shared key is rare: all three are paired.
    assert len(candidate_pairs(texts, cfg)) == 3
    # The corpus holds every key in 1,000 texts: stock phrases. Only the fragment
    # and the statement it continues like are still paired, on their keys
    # without function words ("deeply sorry", "kestrel ferry", ...).
    crowded = KeyStats({key: 1000 for t in texts for key, _ in blocking_keys(t)})
    pairs = [(texts[c.a], texts[c.b]) for c in candidate_pairs(texts, cfg, stats=crowded)]
    assert [sorted(map(len, pair)) for pair in pairs] == [[17, 18]]


def test_a_fragment_meets_its_statement_under_crowded_keys_whose_hubs_end_early() -> None:
    # Every key of the fragment is crowded, and for each one another report's quote ends one
    # word after it, so that quote sorts first among the key's holders and is the hub of its
    # run. The fragment and the statement agree on all four following words: each group of
    # equal words pairs with its earliest-starting text too, so the two still meet.
    statement = ("the council said it will rebuild the harbour wall at kestrel bay before the"
                 " winter storms arrive this year")
    fragment = "rebuild the harbour wall at kestrel bay before the winter storms"
    words = fragment.split()
    ending = [f"residents asked to {' '.join(words[: end])}" for end in range(3, 12)]
    texts = sorted(comparison_words(t) for t in (statement, fragment, *ending))
    keys = {key for t in texts for key, _ in blocking_keys(t)}
    crowded = KeyStats({key: 1000 for key in keys})
    pairs = {(texts[c.a], texts[c.b]) for c in candidate_pairs(texts, Config(), stats=crowded)}
    assert tuple(sorted((comparison_words(statement), comparison_words(fragment)))) in pairs


def test_a_crowded_keys_equal_words_pair_with_their_earliest_starting_text() -> None:
    # One key's holders: a quote ending one word after it (the hub of the run), and three
    # whose next four words are equal. Each of the three pairs with the hub, and the two
    # others also with the one in which the key sits furthest in (it starts earliest).
    key = blocking_keys(("rebuild", "the"))[0][0]
    after = ("harbour", "wall", "at", "kestrel")
    postings = [Posting(0, 3, ("harbour",), ()), Posting(1, 0, after, ()),
                Posting(2, 5, after, ()), Posting(3, 1, after, ())]
    votes = key_votes(key, postings, KeyStats({key: 1000}), Config())
    assert sorted((v.a, v.b, v.diagonal) for v in votes) == [
        (0, 1, 3), (0, 2, -2), (0, 3, 2), (1, 2, -5), (2, 3, 4)]
    # When the hub is one of the equal holders, it gets one vote from the key, not two.
    postings[0] = Posting(0, 3, after, ())
    votes = key_votes(key, postings, KeyStats({key: 1000}), Config())
    assert sorted((v.a, v.b, v.diagonal) for v in votes) == [
        (0, 1, 3), (0, 2, -2), (0, 3, 2), (1, 2, -5), (2, 3, 4)]


def test_a_fragment_of_crowded_weak_keys_still_meets_the_statement_it_continues_like() -> None:
    # "in the flooded valley" style wording: every key of the fragment pairs a function word
    # with another word, and the corpus holds each in many texts (up to WEAK_CROWDED times the
    # limit). The fragment and the statement whose next words agree are still paired; the
    # statement that shares only the opening words is not.
    statement = "the water was in the homes of the families on the hill above the town"
    other = "the water was in the shops by the river"
    fragment = "in the homes of the families on the hill"
    texts = sorted(comparison_words(t) for t in (statement, other, fragment))
    cfg = Config(max_key_frequency=100)
    keys = {key for t in texts for key, _ in blocking_keys(t)}
    fragment_keys = {key for key, _ in blocking_keys(comparison_words(fragment))}
    assert all(is_weak(key) for key in fragment_keys)
    crowded = KeyStats({key: WEAK_CROWDED * 100 for key in keys})
    pairs = {(texts[c.a], texts[c.b]) for c in candidate_pairs(texts, cfg, stats=crowded)}
    assert tuple(sorted((comparison_words(statement), comparison_words(fragment)))) in pairs
    assert all(comparison_words(other) not in pair for pair in pairs)
    # Held by more than WEAK_CROWDED times the limit, weak keys are not used at all.
    busier = KeyStats({key: WEAK_CROWDED * 100 + 1 for key in keys})
    assert candidate_pairs(texts, cfg, stats=busier) == []


@settings(max_examples=40, deadline=None)
@given(TEXT_SETS, st.integers(min_value=1, max_value=3))
def test_new_texts_with_the_stored_texts_they_share_a_key_with_get_the_batch_candidates(
    texts: list[tuple[str, ...]], new_count: int
) -> None:
    """What an index does: call on new texts plus stored ones sharing a key, with corpus stats."""
    cfg = Config()
    new = set(texts[-new_count:])
    new_keys = {key for t in new for key, _ in blocking_keys(t)}
    called = [t for t in texts if t in new or new_keys & {k for k, _ in blocking_keys(t)}]
    stats = key_stats(texts)
    batch = {
        (texts[c.a], texts[c.b], c.diagonal, c.support, c.rare)
        for c in candidate_pairs(texts, cfg)
        if texts[c.a] in new or texts[c.b] in new
    }
    incremental = {
        (called[c.a], called[c.b], c.diagonal, c.support, c.rare)
        for c in candidate_pairs(called, cfg, stats=stats)
        if called[c.a] in new or called[c.b] in new
    }
    assert incremental == batch


def test_on_busy_keys_every_version_pairs_with_the_version_starting_earliest_around_it() -> None:
    # Seven outlets print one statement: once in full, six times in overlapping
    # excerpts. The corpus holds every key in 100 texts, so each key pairs its
    # texts only with their neighbours in sorted order; an excerpt that sorts
    # away from the full version must still be paired with it, not only with
    # the excerpts it overlaps (which may not link).
    full = (
        "The council will rebuild the harbour wall at Porthcarrow before the winter "
        "storms and the spring tides reach the old fish market"
    )
    excerpts = [
        "harbour wall at Porthcarrow before the winter storms and",
        "rebuild the harbour wall at Porthcarrow before the winter",
        "will rebuild the harbour wall at Porthcarrow before the winter storms",
        "the harbour wall at Porthcarrow before the winter storms and the spring",
        "council will rebuild the harbour wall at Porthcarrow before the winter storms and",
        "rebuild the harbour wall at Porthcarrow before the winter storms and the spring tides",
    ]
    texts = sorted(comparison_words(t) for t in [full, *excerpts])
    busy = KeyStats({key: 100 for t in texts for key, _ in blocking_keys(t)})
    candidates = candidate_pairs(texts, Config(), stats=busy)
    whole = comparison_words(full)
    for excerpt in map(comparison_words, excerpts):
        (pair,) = [c for c in candidates if {texts[c.a], texts[c.b]} == {whole, excerpt}]
        start = " ".join(whole).index(" ".join(excerpt))
        offset = " ".join(whole)[:start].count(" ")
        assert pair.diagonal == (offset if texts[pair.a] == whole else -offset), excerpt
        assert pair.support >= len(excerpt) // 4


# ---- the two steps one at a time: what a distributed run and an index call ----------------


def _candidates_step_by_step(
    texts: Sequence[tuple[str, ...]], config: Config, stats: KeyStats
) -> list[Candidate]:
    """A plain reference: postings by key, key_votes per key, votes summed, pair_candidate."""
    by_key: defaultdict[int, list[Posting]] = defaultdict(list)
    for number, words in enumerate(texts):
        for key, entry in key_postings(words, number):
            by_key[key].append(entry)
    votes: defaultdict[tuple[int, int], Counter[int]] = defaultdict(Counter)
    rare: defaultdict[tuple[int, int], Counter[int]] = defaultdict(Counter)
    for key, postings in by_key.items():
        for vote in key_votes(key, postings[::-1], stats, config):  # any order will do
            votes[vote.a, vote.b][vote.diagonal] += 1
            rare[vote.a, vote.b][vote.diagonal] += vote.rare
    found = [
        pair_candidate(a, b, votes[a, b], rare[a, b], len(texts[a]), len(texts[b]))
        for a, b in votes
    ]
    return sorted((c for c in found if c), key=lambda c: (-c.support, c.a, c.b))


# Few words, so keys are shared by many texts: busy keys (more than six texts) and, with a
# small max_key_frequency, crowded ones, weak and not.
CROWDED_TEXTS = st.lists(
    st.lists(
        st.sampled_from(["the", "we", "harbour", "wall", "rebuild", "council", "path", "and"]),
        min_size=1,
        max_size=14,
    ).map(tuple),
    min_size=1,
    max_size=24,
    unique=True,
).map(sorted)


@settings(max_examples=300, deadline=None)
@given(CROWDED_TEXTS, st.sampled_from([1, 2, 3, 5, 7, 10, 500]))
def test_the_packed_batch_gives_the_candidates_of_the_two_steps(
    texts: list[tuple[str, ...]], max_key_frequency: int
) -> None:
    config = Config(max_key_frequency=max_key_frequency)
    stats = key_stats(texts)
    expected = _candidates_step_by_step(texts, config, stats)
    assert candidate_pairs(texts, config, stats=stats) == expected
    assert candidate_pairs(texts, config) == expected


@settings(max_examples=200, deadline=None)
@given(CROWDED_TEXTS, st.sampled_from([1, 2, 3, 5, 7, 10, 500]))
def test_postings_carry_only_what_their_key_needs_and_the_candidates_stay(
    texts: list[tuple[str, ...]], max_key_frequency: int
) -> None:
    # A distributed run sends no posting of a key that cannot vote and no context for a key
    # that pairs every text with every other: the candidates must not change.
    config = Config(max_key_frequency=max_key_frequency)
    stats = key_stats(texts)
    by_key: defaultdict[int, list[Posting]] = defaultdict(list)
    for number, words in enumerate(texts):
        keys, positions = text_keys(words)
        for key, position in zip(keys, positions, strict=True):
            need = key_needs(key, stats.texts(key), config)
            if need == NO_VOTES:
                assert key_votes(key, key_postings_of(texts, key), stats, config) == []
                continue
            full = posting(words, number, position)
            by_key[key].append(full if need == CONTEXT else full._replace(after=(), before=()))
    votes: defaultdict[tuple[int, int], Counter[int]] = defaultdict(Counter)
    rare: defaultdict[tuple[int, int], Counter[int]] = defaultdict(Counter)
    for key, postings in by_key.items():
        for vote in key_votes(key, postings, stats, config):
            votes[vote.a, vote.b][vote.diagonal] += 1
            rare[vote.a, vote.b][vote.diagonal] += vote.rare
    found = [
        pair_candidate(a, b, votes[a, b], rare[a, b], len(texts[a]), len(texts[b]))
        for a, b in votes
    ]
    assert sorted((c for c in found if c), key=lambda c: (-c.support, c.a, c.b)) == (
        candidate_pairs(texts, config)
    )


def key_postings_of(texts: Sequence[tuple[str, ...]], key: int) -> list[Posting]:
    return [p for n, words in enumerate(texts) for k, p in key_postings(words, n) if k == key]


def test_the_steps_see_busy_and_crowded_keys() -> None:
    # The property above is only worth something if such corpora reach every kind of key.
    opening = ("we", "rebuild", "the", "harbour", "wall", "and", "path")
    texts = sorted({opening[: 2 + i % 6] + ("council",) * (i // 6) for i in range(24)})
    stats = key_stats(texts)
    assert stats.texts(blocking_keys(("we", "rebuild"))[0][0]) == 24  # busy, or crowded at 3
    for limit in (3, 500):
        config = Config(max_key_frequency=limit)
        expected = candidate_pairs(texts, config)
        assert expected
        assert _candidates_step_by_step(texts, config, stats) == expected


def test_key_votes_need_every_posting_of_the_key_in_any_order() -> None:
    texts = sorted(
        comparison_words(t)
        for t in (
            "We will rebuild the harbour wall before winter",
            "we will rebuild the harbor wall",
            "The council will rebuild the path",
        )
    )
    stats = key_stats(texts)
    key = blocking_keys(("will", "rebuild"))[0][0]
    postings = [p for n, t in enumerate(texts) for k, p in key_postings(t, n) if k == key]
    assert len(postings) == 3
    votes = key_votes(key, postings, stats, Config())
    assert votes == key_votes(key, postings[::-1], stats, Config())
    # Every pair of the three texts votes, each on the diagonal "will rebuild" sits on, rarely.
    assert sorted((v.a, v.b) for v in votes) == [(0, 1), (0, 2), (1, 2)]
    assert all(v.rare for v in votes)
    # Crowded (stock) in the corpus and weak: only texts whose following words agree vote
    # ("harbor wall" after "rebuild the", not "path"), and none above WEAK_CROWDED times the limit.
    weak = blocking_keys(("rebuild", "the"))[0][0]
    weak_postings = [p for n, t in enumerate(texts) for k, p in key_postings(t, n) if k == weak]
    harbour = sorted(n for n, t in enumerate(texts) if "harbor" in t)
    crowded = key_votes(weak, weak_postings, KeyStats({weak: 1000}), Config())
    assert [[v.a, v.b] for v in crowded] == [harbour]
    assert not crowded[0].rare
    most = 1 + WEAK_CROWDED * Config().max_key_frequency
    assert key_votes(weak, weak_postings, KeyStats({weak: most}), Config()) == []


def test_pair_candidate_takes_the_best_diagonal_and_its_neighbours_rare_votes() -> None:
    # Five keys say b starts at word 3 of a, one says word 4 (a dropped word), two say 9.
    votes = {3: 5, 4: 1, 9: 2}
    rare = {3: 2, 4: 1, 9: 2}
    candidate = pair_candidate(0, 1, votes, rare, 20, 12)
    assert candidate == Candidate(0, 1, 3, 6, 3)  # the dropped word's vote counts too
    # A long pair overlapping end to start needs two rare votes.
    assert pair_candidate(0, 1, {15: 3}, {15: 1}, 20, 12) is None
    assert pair_candidate(0, 1, {15: 3}, {15: 2}, 20, 12) == Candidate(0, 1, 15, 3, 2)


def test_a_word_added_halfway_splits_the_votes_and_the_pair_still_counts_them_all() -> None:
    # A 16-word version and the same with a word added after word 8, in a corpus where most
    # of their keys are crowded: two keys before the added word vote for diagonal 0, one
    # after it for -1. Neither diagonal alone has the three votes a 16-word text needs.
    assert pair_candidate(0, 1, {0: 2}, {}, 16, 17) is None
    assert pair_candidate(0, 1, {0: 2, -1: 1}, {}, 16, 17) == Candidate(0, 1, 0, 3, 0)
    assert pair_candidate(0, 1, {0: 2, -3: 1}, {}, 16, 17) is None  # not neighbours


def test_a_long_text_inside_another_needs_at_most_most_votes() -> None:
    # A 40-word fragment inside a 60-word version whose keys are mostly crowded: three
    # votes on one diagonal make it a candidate, where a quarter of 40 words would be 10.
    assert MOST_VOTES < 40 // 4
    assert pair_candidate(0, 1, {5: MOST_VOTES}, {}, 60, 40) == Candidate(0, 1, 5, MOST_VOTES, 0)
    assert pair_candidate(0, 1, {5: MOST_VOTES - 1}, {}, 60, 40) is None
    # An overlap end to start still needs its rare votes.
    assert pair_candidate(0, 1, {40: MOST_VOTES}, {40: 1}, 60, 40) is None


def test_stray_single_votes_on_neighbouring_diagonals_make_no_candidate() -> None:
    assert pair_candidate(0, 1, {3: 1, 4: 1, 5: 1}, {3: 1, 4: 1, 5: 1}, 20, 12) is None
    # A short text (at most LONE_VOTE words) inside the other needs only one vote anyway.
    assert pair_candidate(0, 1, {3: 1, 4: 1}, {}, 20, 6) is not None


def test_keys_are_the_same_in_every_release() -> None:
    # Keys are stored in indexes: two bigrams and a bridging skip-bigram, pinned.
    assert key_columns(("rebuild", "the", "wall")) == (
        [2343371880243132911, 414508042224445154, 391222070525013449],
        [0, 0, 1],
    )


def _plain_key_columns(words: Sequence[str]) -> tuple[list[int], list[int]]:
    """Keys as first defined: CRC-32 of the first word times 0x100000001B3, plus the second's."""
    crc = [zlib.crc32(w.encode("utf-8")) for w in words]
    stop = [w in STOP_WORDS for w in words]
    body, skip = (1 << 62) - 2, 0x2545F4914F6CDD1D
    keys, positions = [], []
    for i in range(len(words) - 1):
        if not (stop[i] and stop[i + 1]):
            keys.append(((crc[i] * 0x100000001B3 + crc[i + 1]) & body) | (stop[i] or stop[i + 1]))
            positions.append(i)
        if i + 2 < len(words) and stop[i + 1] and not (stop[i] and stop[i + 2]):
            mixed = (crc[i] * 0x100000001B3 + crc[i + 2]) ^ skip
            keys.append((mixed & body) | (stop[i] or stop[i + 2]))
            positions.append(i)
    return keys, positions


@settings(max_examples=300)
@given(st.lists(st.one_of(st.text(min_size=1, max_size=12), st.sampled_from(sorted(STOP_WORDS)))))
def test_keys_are_the_plain_product_of_the_word_hashes(words: list[str]) -> None:
    # key_columns keeps the product in a machine word (only its low 62 bits count).
    assert key_columns(words) == _plain_key_columns(words)


# The neighbour regimes' speed tricks against the plain code they replace.
ENTRY_LISTS = st.lists(
    st.tuples(st.integers(min_value=0, max_value=40), st.integers(min_value=0, max_value=60)),
    min_size=1,
    max_size=30,
    unique=True,
).map(lambda pairs: sorted(t << POSITION_BITS | p for t, p in pairs))
CONTEXTS = st.lists(st.sampled_from(["the", "harbour", "wall", "rebuild", "path"]), max_size=4).map(
    tuple
)


@settings(max_examples=200, deadline=None)
@given(ENTRY_LISTS, st.data())
def test_sorting_by_context_alone_keeps_the_plain_order(
    entries: list[int], data: st.DataObject
) -> None:
    context = data.draw(st.lists(CONTEXTS, min_size=len(entries), max_size=len(entries)))
    assert _by_context(context, entries) == sorted(zip(context, entries, strict=True))


@settings(max_examples=200, deadline=None)
@given(ENTRY_LISTS)
def test_the_earliest_starting_entry_is_the_plain_maximum(entries: list[int]) -> None:
    plain = max(range(len(entries)), key=lambda i: (entries[i] & MAX_POSITION, -i))
    assert _earliest(entries) == plain


def test_the_earliest_starting_entry_is_the_first_of_a_tie() -> None:
    # Three versions hold the key four words in; the first in order is the star.
    entries = [7 << POSITION_BITS | 4, 9 << POSITION_BITS | 2, 12 << POSITION_BITS | 4]
    assert _earliest(entries) == 0


@settings(max_examples=200, deadline=None)
@given(WORDS, st.integers(min_value=0, max_value=16))
def test_the_words_before_a_key_are_the_plain_reversed_window(
    words: list[str], position: int
) -> None:
    position = min(position, len(words))
    plain = tuple(words)[max(0, position - _CONTEXT) : position][::-1]
    assert words_before(tuple(words), position) == plain
    assert words_before(words, position) == list(plain)
