"""Joining verified links: the one-container rule for fragments, and order independence."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import cluster_quotes
from quotematch.config import Config
from quotematch.join import Container, VerifiedLink, best_container, join_links
from quotematch.link import Link

CFG = Config()


def contains(outer: int, inner: int, offset: int, score: float = 100.0) -> VerifiedLink:
    return VerifiedLink(outer, inner, Link("contains", False, offset, score, 5), 5)


def members(groups: list[list[tuple[int, int]]]) -> set[frozenset[int]]:
    return {frozenset(t for t, _ in group) for group in groups}


def test_best_container_prefers_score_then_shortness_then_lowest_text() -> None:
    assert best_container([Container(3, 20, 90.0, 0), Container(5, 15, 95.0, 0)]).text == 5
    assert best_container([Container(3, 20, 95.0, 0), Container(5, 25, 95.0, 0)]).text == 3
    assert best_container([Container(5, 20, 95.0, 0), Container(3, 20, 95.0, 0)]).text == 3


def test_a_stock_fragment_joins_the_shorter_of_two_equal_containers() -> None:
    # "to be delayed like this" sits word for word in both statements; the long one has more
    # places for a common phrase to turn up by chance, so the short one is the likelier source.
    own = "Nobody in Harrowgate wanted the ferry service to be delayed like this."
    other = (
        "We have spoken to every family on the Pellow estate, and none of them expected "
        "the roof repairs to be delayed like this, so the council will pay for their rooms "
        "until the work is finished."
    )
    clusters = cluster_quotes([own, other, "to be delayed like this"])
    assert sorted(sorted(q.text for q in c.members) for c in clusters) == [
        [own, "to be delayed like this"],
        [other],
    ]


def test_a_short_fragment_joins_only_its_best_container() -> None:
    # Texts 0 and 1 are long statements (20 words); 2 is a 5-word fragment inside both.
    lengths = [20, 20, 5]
    groups = join_links(lengths, [contains(0, 2, 3, 92.0), contains(1, 2, 8, 97.0)], CFG)
    assert members(groups) == {frozenset({0}), frozenset({1, 2})}
    assert [(1, 0), (2, 8)] in groups


def test_a_long_contained_text_joins_freely() -> None:
    lengths = [30, 30, 14]
    groups = join_links(lengths, [contains(0, 2, 3), contains(1, 2, 8)], CFG)
    assert members(groups) == {frozenset({0, 1, 2})}


def test_an_overlap_without_rare_support_is_not_used() -> None:
    overlap = Link("overlap", False, 10, 100.0, 8)
    lengths = [18, 18]
    assert len(join_links(lengths, [VerifiedLink(0, 1, overlap, 1)], CFG)) == 2
    assert join_links(lengths, [VerifiedLink(0, 1, overlap, 2)], CFG) == [[(0, 0), (1, 10)]]


LINKS = st.lists(
    st.tuples(
        st.integers(0, 5),
        st.integers(0, 5),
        st.sampled_from(["same", "contains", "overlap"]),
        st.integers(0, 6),
        st.floats(85, 100),
        st.integers(0, 4),
    ).filter(lambda t: t[0] != t[1]),
    max_size=10,
)


@settings(max_examples=100, deadline=None)
@given(
    LINKS,
    st.randoms(use_true_random=False),
    st.lists(st.integers(4, 20), min_size=6, max_size=6),
)
def test_who_joins_whom_does_not_depend_on_link_order(
    raw: list[tuple[int, int, str, int, float, int]], rng: random.Random, lengths: list[int]
) -> None:
    links = [
        VerifiedLink(a, b, Link(kind, False, offset, score, 4), rare)  # type: ignore[arg-type]
        for a, b, kind, offset, score, rare in raw
    ]
    shuffled = list(links)
    rng.shuffle(shuffled)
    first, second = join_links(lengths, links, CFG), join_links(lengths, shuffled, CFG)
    assert members(first) == members(second)
    assert sorted(t for group in first for t, _ in group) == list(range(6))


def test_a_long_text_held_word_for_word_does_not_also_join_a_loose_container() -> None:
    # Text 2 (14 words) sits word for word in text 0 and with a word changed in text 1.
    lengths = [30, 30, 14]
    groups = join_links(lengths, [contains(0, 2, 0, 100.0), contains(1, 2, 0, 88.0)], CFG)
    assert members(groups) == {frozenset({0, 2}), frozenset({1})}


def test_a_long_text_held_only_loosely_joins_its_loose_containers() -> None:
    lengths = [30, 30, 14]
    groups = join_links(lengths, [contains(0, 2, 0, 88.0), contains(1, 2, 4, 95.0)], CFG)
    assert members(groups) == {frozenset({0, 1, 2})}
    assert join_links([30, 14], [contains(0, 1, 3, 90.0)], CFG) == [[(0, 0), (1, 3)]]


ENERGY = (
    "We are sorry for the distress this outage has caused to every household in Marlow. "
    "Engineers traced it to a fault at the Hemsby substation and the supply was back by ten."
)
FERRY = (
    "We are sorry for the distress this outage has caused to every passenger in Marlow. "
    "The ferry will keep to a reduced timetable until the new engines arrive next month."
)


def test_a_stock_opening_sentence_does_not_chain_two_statements() -> None:
    # The power company's opening sentence, printed alone, is word for word in its own
    # statement and one word off the ferry operator's: it joins the first only.
    alone = "We are sorry for the distress this outage has caused to every household in Marlow."
    clusters = cluster_quotes([ENERGY, FERRY, alone])
    assert sorted(sorted(q.text for q in c.members) for c in clusters) == sorted(
        [sorted([ENERGY, alone]), [FERRY]]
    )


def test_an_excerpt_with_a_changed_word_stays_with_its_statement_when_reprinted() -> None:
    # One outlet prints an excerpt with "each" for "every"; another reprints that excerpt
    # word for word. Both are versions of the statement, held by it only loosely.
    full = (
        "We apologise to every family whose summer club was cancelled, and our staff have "
        "visited every centre in the borough to explain why the timetable went wrong."
    )
    excerpt = (
        "our staff have visited each centre in the borough to explain why the timetable "
        "went wrong"
    )
    reprint = "visited each centre in the borough to explain why the timetable went wrong"
    clusters = cluster_quotes([full, excerpt, reprint])
    assert [len(c.members) for c in clusters] == [3]
