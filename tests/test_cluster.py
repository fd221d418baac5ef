"""Clustering: labelled cases for each rule, and properties that must always hold."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import Cluster, Config, InputError, Quote, cluster_quotes
from quotematch.block import RARE, blocking_keys
from quotematch.cluster import (
    _cut,
    _uncut,
    build_cluster,
    cluster_id,
    group_texts,
    words_with_gaps,
)
from quotematch.join import join_links
from quotematch.link import best_diagonal, verify
from quotematch.normalize import comparison_words, ellipsis_gaps, token_columns

FLOOD = (
    "The government has failed the families of Kestrel Bay, and I will not apologise for saying so"
)
UNDERPASS = (
    "We have cleared the flooded underpass on Mill Road, and the northbound lanes will "
    "reopen to traffic by Friday morning"
)
LIFEBOAT = (
    "The lifeboat crew went out three times overnight and brought eleven people back to "
    "shore safely"
)
LIFEBOAT_REST = (
    "brought eleven people back to shore safely, and every one of them is now recovering "
    "in hospital"
)


def groups(texts: list[str], config: Config | None = None) -> list[set[int]]:
    """The clusters of ``texts`` as sets of input positions, in cluster order."""
    return [{int(q.id) for q in c.members} for c in cluster_quotes(texts, config=config)]


def together(texts: list[str], config: Config | None = None) -> bool:
    return len(groups(texts, config)) == 1


# Each case: (reason, the versions) — all versions must form one cluster.
SAME_STATEMENT = [
    ("typo", [FLOOD, FLOOD.replace("government", "goverment")]),
    ("UK/US spelling", [FLOOD, FLOOD.replace("apologise", "apologize")]),
    ("case", [FLOOD, FLOOD.upper()]),
    ("curly marks and dash", [FLOOD, "“" + FLOOD.replace(", and", " – and") + ",”"]),
    ("ampersand", [FLOOD, FLOOD.replace(" and ", " & ")]),
    ("dropped word", [FLOOD, FLOOD.replace("failed the families", "failed families")]),
    ("added word", [FLOOD, FLOOD.replace("has failed", "has utterly failed")]),
    ("changed pronoun", [FLOOD, FLOOD.replace("and I will", "and we will")]),
    ("editorial brackets", [FLOOD, FLOOD.replace("I will", "[the minister] will")]),
    ("ellipsis", [FLOOD, FLOOD.replace(", and I", " … I")]),
    (
        "several differences at once",
        [FLOOD, "THE goverment has failed families of Kestrel Bay & we will not apologize for it"],
    ),
]


@pytest.mark.parametrize(("reason", "versions"), SAME_STATEMENT, ids=[c[0] for c in SAME_STATEMENT])
def test_versions_of_one_statement_form_one_cluster(reason: str, versions: list[str]) -> None:
    assert together(versions), reason


def test_ellipsis_standing_for_many_words_still_joins() -> None:
    # Six words ("the families of Kestrel Bay, and") left out at the ellipsis.
    cut = "The government has failed … I will not apologise for saying so"
    assert groups([FLOOD, cut]) == [{0, 1}]
    # Without the ellipsis the same words are a different, shorter statement.
    assert len(groups([FLOOD, cut.replace(" …", "")])) == 2


def test_fragment_of_four_words_joins_its_full_version() -> None:
    assert groups([FLOOD, "families of Kestrel Bay"]) == [{0, 1}]


def test_fragment_with_a_typo_joins_its_full_version() -> None:
    assert groups([UNDERPASS, "the northbound lanes will reopen to trafic"]) == [{0, 1}]


def test_fragment_of_three_words_stays_alone() -> None:
    # "of Kestrel Bay" is shorter than min_fragment_words (4).
    assert sorted(map(sorted, groups([FLOOD, "of Kestrel Bay"]))) == [[0], [1]]


def test_min_fragment_words_is_configurable() -> None:
    texts = [FLOOD, "families of Kestrel Bay"]
    assert len(groups(texts, Config(min_fragment_words=5))) == 2


def test_whole_statement_and_its_two_pieces_are_one_cluster() -> None:
    first = "We have cleared the flooded underpass on Mill Road"
    second = "the northbound lanes will reopen to traffic by Friday morning"
    assert groups([UNDERPASS, first, second]) == [{0, 1, 2}]
    # Without the whole statement nothing links the two pieces.
    assert len(groups([first, second])) == 2


def test_end_of_one_version_overlapping_the_start_of_another_joins_them() -> None:
    assert groups([LIFEBOAT, LIFEBOAT_REST]) == [{0, 1}]


def test_overlap_shorter_than_min_overlap_words_does_not_join() -> None:
    # The shared stretch "brought eleven people back to shore safely" is seven words.
    assert len(groups([LIFEBOAT, LIFEBOAT_REST], Config(min_overlap_words=8))) == 2


def test_shared_opening_with_different_continuations_is_two_statements() -> None:
    texts = [
        "We will rebuild the coastal path before the summer season begins in Harwick",
        "We will rebuild the coastal path and the harbour wall with money from the county",
    ]
    assert len(groups(texts)) == 2


def test_stock_phrase_does_not_chain_unrelated_statements() -> None:
    texts = [
        "Our thoughts and prayers are with the families of the two climbers lost on Ben Carrow",
        "Our thoughts and prayers are with the families of everyone hurt in the Dunmore fire",
        "thoughts and prayers are with the families",
    ]
    clustered = groups(texts)
    assert len(clustered) == 2
    # The stock fragment joins one of the statements, never both.
    assert {0, 1} not in [c & {0, 1} for c in clustered]


def test_short_stock_phrase_alone_links_nothing() -> None:
    texts = [
        "I have been a teacher at Fernhill Primary for thirty years",
        "I have been",
        "I have been told the bridge on Hollow Lane will close in March",
    ]
    assert len(groups(texts)) == 3


SURNAMES = [
    "Abbot", "Birch", "Carrow", "Dunmore", "Ellery", "Fenwick", "Garside", "Holloway", "Inchmore",
    "Jessop",
]


def test_a_statement_printed_in_many_versions_is_one_cluster() -> None:
    # 30 versions, each with one word changed: every key is held by more texts
    # than max_key_frequency, but the words around each key agree.
    words = f"{UNDERPASS}, and {LIFEBOAT}".split()
    versions = []
    for i in range(30):
        changed = list(words)
        changed[(i * 7) % len(words)] = SURNAMES[i % 10]
        versions.append(" ".join(changed))
    assert groups(versions, Config(max_key_frequency=10)) == [set(range(30))]


TAILS = [
    "the families of the two climbers lost on Ben Carrow last winter",
    "the delay to the ferry timetable that left passengers stranded overnight",
    "the closure of the library on Mill Road without any warning to readers",
    "the mistakes in the letters sent to parents about the new school term",
    "the confusion over parking permits in the old town centre this month",
    "the noise from the building site beside the primary school playground",
]


def test_a_stock_opening_in_many_statements_links_none_of_them() -> None:
    statements = [f"We are deeply sorry for {tail}" for tail in TAILS]
    statements += [f"Our thoughts and prayers are with {tail}" for tail in TAILS]
    # Every shared key is held by more texts than max_key_frequency: a stock
    # phrase. What follows it differs, so it links nothing the default does not.
    stock = groups(statements, Config(max_key_frequency=2))
    assert sorted(map(sorted, stock)) == sorted(map(sorted, groups(statements)))
    assert all(len(group & set(range(6))) <= 1 for group in stock)


def test_identical_quotes_from_many_outlets_are_one_cluster() -> None:
    assert groups([FLOOD] * 5) == [{0, 1, 2, 3, 4}]


def test_scare_quotes_and_titles_are_left_out_by_default() -> None:
    quotes = [
        Quote(id="a:0", doc_id="a", text="families of Kestrel Bay", kind="scare"),
        Quote(id="b:0", doc_id="b", text=FLOOD, kind="direct"),
        Quote(id="c:0", doc_id="c", text=FLOOD, kind="title"),
    ]
    clusters = cluster_quotes(quotes)
    assert [[q.id for q in c.members] for c in clusters] == [["b:0"]]
    with_titles = cluster_quotes(quotes, config=Config(cluster_kinds={"direct", "title"}))
    assert [[q.id for q in c.members] for c in with_titles] == [["b:0", "c:0"]]


def test_quotes_without_words_are_left_out() -> None:
    assert groups(["…", "", FLOOD]) == [{2}]


def test_plain_strings_become_quotes_numbered_by_position() -> None:
    (cluster,) = cluster_quotes(["families of Kestrel Bay", FLOOD])
    assert {(q.id, q.doc_id, q.text) for q in cluster.members} == {
        ("0", "0", "families of Kestrel Bay"),
        ("1", "1", FLOOD),
    }


def test_other_items_are_rejected() -> None:
    with pytest.raises(InputError, match="Quote objects or strings"):
        cluster_quotes([FLOOD, 42])  # type: ignore[list-item]


def test_cluster_ids_members_and_earliest() -> None:
    day = dt.datetime(2025, 3, 4, tzinfo=dt.timezone.utc)
    quotes = [
        Quote(id="x:0", doc_id="x", text=FLOOD, published=day + dt.timedelta(hours=3)),
        Quote(id="y:0", doc_id="y", text=FLOOD.upper(), published=day),
        Quote(id="z:0", doc_id="z", text="families of Kestrel Bay"),
        Quote(id="w:0", doc_id="w", text="The ferry to Inchmore is cancelled until Monday"),
    ]
    clusters = cluster_quotes(quotes)
    first, second = clusters
    # Ids come from the first comparison text of each cluster in sorted order.
    assert first.id == cluster_id([comparison_words("families of Kestrel Bay")])
    assert second.id == cluster_id([comparison_words(quotes[3].text)])
    assert first.id != second.id
    # Largest cluster first; members by publication time, undated ones last.
    assert [q.id for q in first.members] == ["y:0", "x:0", "z:0"]
    assert first.earliest is not None and first.earliest.id == "y:0"
    assert [q.id for q in second.members] == ["w:0"]
    assert second.earliest is None
    assert [c.quote_id for c in first.coverage] == ["y:0", "x:0", "z:0"]


def test_group_offsets_place_pieces_in_the_passage() -> None:
    whole = comparison_words(UNDERPASS)
    second = comparison_words("the northbound lanes will reopen to traffic by Friday morning")
    first = comparison_words("We have cleared the flooded underpass on Mill Road")
    texts = sorted([whole, first, second])
    (group,) = group_texts(texts)
    offsets = {texts[tid]: offset for tid, offset in group}
    # Counted by hand: "and" is word 9 of the whole statement, "the northbound" word 10.
    assert offsets == {whole: 0, first: 0, second: 10}


def test_group_offsets_of_an_overlap_chain() -> None:
    head, tail = comparison_words(LIFEBOAT), comparison_words(LIFEBOAT_REST)
    texts = sorted([head, tail])
    (group,) = group_texts(texts)
    offsets = {texts[tid]: offset for tid, offset in group}
    # "brought" is word 9 of the lifeboat sentence.
    assert offsets == {head: 0, tail: 9}


# ---- properties -------------------------------------------------------------------------

POOL = [
    FLOOD,
    FLOOD.replace("government", "goverment"),
    FLOOD.replace("and I will", "and we will"),
    "failed the families of Kestrel Bay",
    "of Kestrel Bay",
    UNDERPASS,
    "We have cleared the flooded underpass on Mill Road",
    "the northbound lanes will reopen to traffic by Friday morning",
    LIFEBOAT,
    LIFEBOAT_REST,
    "We will rebuild the coastal path before the summer season begins in Harwick",
    "We will rebuild the coastal path and the harbour wall with money from the county",
    "We will rebuild the coastal path",
    "Our thoughts and prayers are with the families of the two climbers lost on Ben Carrow",
    "Our thoughts and prayers are with the families of everyone hurt in the Dunmore fire",
    "thoughts and prayers are with the families",
    "I have been",
    "I have been told the bridge on Hollow Lane will close in March",
]


def as_sets(clusters: list[Cluster]) -> set[frozenset[str]]:
    return {frozenset(q.text for q in c.members) for c in clusters}


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(POOL), min_size=1, max_size=12).flatmap(
        lambda texts: st.tuples(st.just(texts), st.permutations(texts))
    )
)
def test_clusters_do_not_depend_on_input_order(pair: tuple[list[str], list[str]]) -> None:
    texts, shuffled = pair
    first, second = cluster_quotes(texts), cluster_quotes(shuffled)
    assert as_sets(first) == as_sets(second)
    assert [c.canonical for c in first] == [c.canonical for c in second]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(POOL), min_size=1, max_size=12))
def test_every_quote_is_in_exactly_one_cluster_sharing_words_with_its_canonical(
    texts: list[str],
) -> None:
    clusters = cluster_quotes(texts)
    ids = sorted(int(q.id) for c in clusters for q in c.members)
    assert ids == list(range(len(texts)))
    for cluster in clusters:
        canonical = set(comparison_words(cluster.canonical))
        for quote in cluster.members:
            assert canonical & set(comparison_words(quote.text))


# ---- the stages against an oracle that verifies every pair ----------------------------------


def oracle_groups(texts: list[tuple[str, ...]], config: Config) -> set[frozenset[int]]:
    """Groups from verifying *every* pair on its best diagonal: no blocking, no skipping.

    The rare support of a pair (for ``overlap`` links) is counted plainly: the
    shared keys on the diagonal (±1) held by at most ``RARE`` texts.
    """
    holders: dict[int, set[int]] = {}
    for tid, words in enumerate(texts):
        for key, _pos in blocking_keys(words):
            holders.setdefault(key, set()).add(tid)
    links = []
    for a, b in itertools.combinations(range(len(texts)), 2):
        diagonal = best_diagonal(texts[a], texts[b])
        if diagonal is None:
            continue
        link = verify(texts[a], texts[b], diagonal, config)
        if link is None:
            continue
        rare = sum(
            1
            for key, pa in blocking_keys(texts[a])
            for key_b, pb in blocking_keys(texts[b])
            if key == key_b and abs(pa - pb - diagonal) <= 1 and len(holders[key]) <= RARE
        )
        links.append((a, b, link, rare))
    groups = join_links([len(t) for t in texts], links, config)
    return {frozenset(tid for tid, _ in group) for group in groups}


def _variants(text: str) -> list[str]:
    """A statement, a typo'd version, a version with a dropped word, and a fragment."""
    words = text.split()
    typo = [*words]
    typo[3] = typo[3][:-1] + typo[3][-1] * 2
    return [
        text,
        " ".join(typo),
        " ".join(words[:5] + words[6:]),
        " ".join(words[4:10]),
        " ".join(words[-7:]),
    ]


ORACLE_POOL = sorted(
    {v for statement in POOL if len(statement.split()) >= 10 for v in _variants(statement)}
    | set(POOL)
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(ORACLE_POOL), min_size=1, max_size=16, unique=True))
def test_blocked_stages_group_as_the_all_pairs_oracle(texts: list[str]) -> None:
    cfg = Config()
    distinct = sorted({comparison_words(t) for t in texts})
    blocked = {frozenset(tid for tid, _ in group) for group in group_texts(distinct, cfg)}
    assert blocked == oracle_groups(distinct, cfg)


def test_cluster_id_from_the_callers_words_equals_the_id_from_the_texts() -> None:
    # cluster_quotes passes the words it folded already; the id must be the one the texts give.
    texts = [
        "We will rebuild … the coastal path before summer.",
        "we will rebuild the costal path",
        "Rebuild the coastal path [before] summer",
    ]
    quotes = [Quote(id=str(i), doc_id=str(i), text=t) for i, t in enumerate(texts)]
    from_texts = build_cluster(quotes, [0, 0, 2], Config())
    named = [words_with_gaps(comparison_words(t), ellipsis_gaps(t)) for t in texts]
    assert "…" in named[0]
    from_words = build_cluster(quotes, [0, 0, 2], Config(), id_words=named)
    assert from_words == from_texts
    assert from_texts.id == cluster_id(named[::-1])
    assert [c.id for c in cluster_quotes(quotes)] == [from_texts.id]


BRACKETED = [
    "Rebuild the coastal path [before] summer",
    "We will rebuild [the council's] costal path before summer",
    "[The council] will rebuild the coastal path before the summer",
]


@settings(max_examples=20, deadline=None)
@given(st.lists(st.sampled_from(POOL + BRACKETED), min_size=1, max_size=8))
def test_words_cut_once_assemble_as_words_cut_when_assembling(texts: list[str]) -> None:
    # cluster_quotes cuts each printed text once and hands the words to assemble.
    quotes = [Quote(id=str(i), doc_id=str(i), text=t) for i, t in enumerate(texts)]
    cuts = {t: _cut(t) for t in texts}
    tokens = _uncut(quotes, cuts)
    assert tokens == ({} if len(set(texts)) == 1 else {t: token_columns(t) for t in texts})
    assert not cuts
    offsets = [0] * len(quotes)
    plain = build_cluster(quotes, offsets, Config())
    assert build_cluster(quotes, offsets, Config(), tokens=tokens) == plain


def test_a_reworded_copy_joins_and_reports_its_changed_phrases() -> None:
    from test_link import APOLOGY, TRANSLATED

    (cluster,) = cluster_quotes([APOLOGY, APOLOGY, TRANSLATED])
    assert cluster.canonical == APOLOGY
    assert ("wait", "attend") in {
        (v.canonical_text, v.variant_text) for v in cluster.variants if v.quote_id == "2"
    }


def test_a_split_quote_that_skips_a_sentence_joins_the_whole_statement() -> None:
    # A wire story prints the first and last sentences around its attribution; the
    # middle one is left out where the two printed parts meet, as an ellipsis says.
    import quotematch

    full = (
        "“We will reopen the Tarn Street library on Monday, with its opening hours "
        "unchanged. The reading room on the first floor needs new wiring and will stay "
        "shut until the spring. Nobody will lose their job because of the fire,” the "
        "council's chief executive, Moira Feltham, said."
    )
    split = (
        "“We will reopen the Tarn Street library on Monday, with its opening hours "
        "unchanged,” Feltham said. “Nobody will lose their job because of the fire.”"
    )
    docs = [quotematch.Document("gazette", full), quotematch.Document("wire", split)]
    (cluster,) = quotematch.match(docs).clusters
    assert [q.doc_id for q in cluster.members] == ["gazette", "wire"]
    skipped = [v for v in cluster.variants if v.quote_id == "wire:0" and v.category == "omission"]
    assert [v.canonical_text.startswith("The reading room") for v in skipped] == [True]
    assert all(v.minor for v in skipped)  # an excerpt, not a cut


def test_a_split_quote_whose_second_part_is_elsewhere_stays_apart() -> None:
    # The join lets words be left out, not the parts be found in another statement.
    import quotematch

    first = (
        "“We will reopen the Tarn Street library on Monday, with its opening hours "
        "unchanged,” the council said."
    )
    split = (
        "“We will reopen the Tarn Street library on Monday, with its opening hours "
        "unchanged,” Feltham said. “The swimming baths on Carver Road will need a new "
        "roof before they can reopen next year.”"
    )
    other = (
        "“The leisure centre on Carver Road will need a new boiler before it can "
        "reopen,” a spokesman said."
    )
    docs = [quotematch.Document(n, t) for n, t in (("a", first), ("b", split), ("c", other))]
    clusters = quotematch.match(docs).clusters
    assert sorted(sorted(q.doc_id for q in c.members) for c in clusters) == [["a", "b"], ["c"]]


def test_a_bracketed_expletive_links_to_the_masked_word() -> None:
    full = (
        "The board have made a f***ing mess of this club, and every supporter in the east "
        "stand knows it."
    )
    fragment = "The board have made a [expletive] mess of this club."
    assert together([full, full.replace("f***ing", "f---ing"), fragment])
