"""Linking reworded versions by meaning (``Config(semantic=True)``, the ``semantic`` extra).

The tests that embed text need the extra (it is part of the ``test`` extra, so
CI runs them); they are skipped only when ``wordllama`` is not installed. The
tests of what happens without the extra run everywhere.
"""

from __future__ import annotations

import importlib.util
import socket
import subprocess
import sys
from collections.abc import Iterator

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotematch import Config, MissingExtraError, Quote, cluster_quotes
from quotematch.align import apply_variants, reproduce_form
from quotematch.cli import main
from quotematch.normalize import comparison_words

needs_model = pytest.mark.skipif(
    importlib.util.find_spec("wordllama") is None,
    reason="the semantic extra (wordllama) is not installed",
)

SEMANTIC = Config(semantic=True)

# An invented statement, as the council printed it, in three paragraphs.
COUNCIL = [
    "The harbour ferry will stay closed until our engineers are sure that it is safe.",
    "Families in Dunmore Quay who depend on the ferry will get free bus passes from Monday.",
    "We are sorry for the disruption and we thank residents for their patience.",
]
# The same paragraphs machine-translated into another language and back.
TRANSLATED = [
    "The ferry of the harbour will remain closed until our engineers are certain "
    "that it is secure.",
    "The families of Dunmore Quay who rely on the ferry will receive gratuitous bus passes "
    "starting from Monday.",
]
# Other statements of the same story: same names, different things said.
SAME_STORY = [
    "Engineers closed the harbour ferry after they found cracks in its hull on Friday.",
    "The bus passes for families in Dunmore Quay are a gesture, not a solution.",
]


def quote(qid: str, doc: str, text: str, spans: tuple[tuple[int, int], ...] = ()) -> Quote:
    return Quote(id=qid, doc_id=doc, text=text, spans=spans)


def outlets() -> list[Quote]:
    """Three outlets print the council's paragraphs; an aggregator prints a translation."""
    quotes = []
    for outlet in ("leader", "gazette", "wire"):
        quotes += [quote(f"{outlet}:{i}", outlet, text) for i, text in enumerate(COUNCIL)]
    quotes += [quote(f"agg:{i}", "agg", text) for i, text in enumerate(TRANSLATED)]
    quotes += [quote(f"critic:{i}", "critic", text) for i, text in enumerate(SAME_STORY)]
    return quotes


def cluster_of(clusters: list, quote_id: str) -> set[str]:
    for cluster in clusters:
        ids = {q.id for q in cluster.members}
        if quote_id in ids:
            return ids
    raise AssertionError(f"{quote_id} is in no cluster")


# --------------------------------------------------------------------------- off by default


def test_lexical_clustering_keeps_translations_apart() -> None:
    clusters = cluster_quotes(outlets())
    assert cluster_of(clusters, "agg:0") == {"agg:0"}
    assert cluster_of(clusters, "leader:0") == {"leader:0", "gazette:0", "wire:0"}


def test_clustering_without_semantic_never_loads_the_model() -> None:
    code = (
        "import sys, quotematch\n"
        "quotematch.cluster_quotes(['We will reopen the harbour ferry by Monday morning.',"
        " 'We will reopen the harbour ferry by Monday.'])\n"
        "print(sorted(m for m in ('quotematch.semantic', 'wordllama', 'tokenizers', 'safetensors')"
        " if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_missing_extra_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    from quotematch import semantic

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "wordllama" else real(name)
    )
    semantic.load_model.cache_clear()
    try:
        with pytest.raises(MissingExtraError, match=r"quotematch\[semantic\]"):
            cluster_quotes(outlets(), config=SEMANTIC)
        with pytest.raises(ImportError):  # also the builtin a caller would catch
            semantic.load_model()
    finally:
        semantic.load_model.cache_clear()


def test_cli_reports_missing_extra(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from quotematch import semantic

    def missing() -> semantic.StaticModel:
        raise MissingExtraError('install "quotematch[semantic]"')

    monkeypatch.setattr(semantic, "load_model", missing)
    assert main(["cluster", "--semantic", "--sample"]) == 2
    assert "quotematch[semantic]" in capsys.readouterr().err


# --------------------------------------------------------------------------- the model, offline


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    yield


@needs_model
def test_model_loads_from_the_bundled_files_without_network(no_network: None) -> None:
    from quotematch import semantic

    semantic.load_model.cache_clear()
    model = semantic.load_model()
    assert model.table.shape == (32000, 256)
    vectors = model.embed(
        [
            comparison_words("We are deeply sorry for the delay."),
            comparison_words("We apologise profoundly for the delay."),
            comparison_words("The ferry timetable changes in May."),
        ]
    )
    assert float(vectors[0] @ vectors[1]) > float(vectors[0] @ vectors[2]) + 0.2
    # wordllama's own code (which would configure logging and may download) never ran.
    assert "wordllama" not in sys.modules


@needs_model
def test_clustering_by_meaning_makes_no_network_call(no_network: None) -> None:
    from quotematch import semantic

    semantic.load_model.cache_clear()
    assert cluster_of(cluster_quotes(outlets(), config=SEMANTIC), "agg:0") >= {"leader:0", "agg:0"}


# --------------------------------------------------------------------------- linking


@needs_model
def test_translated_paragraphs_join_their_statement() -> None:
    clusters = cluster_quotes(outlets(), config=SEMANTIC)
    assert cluster_of(clusters, "agg:0") == {"leader:0", "gazette:0", "wire:0", "agg:0"}
    assert cluster_of(clusters, "agg:1") == {"leader:1", "gazette:1", "wire:1", "agg:1"}


@needs_model
def test_other_statements_of_the_same_story_stay_apart() -> None:
    clusters = cluster_quotes(outlets(), config=SEMANTIC)
    assert cluster_of(clusters, "critic:0") == {"critic:0"}
    assert cluster_of(clusters, "critic:1") == {"critic:1"}
    assert cluster_of(clusters, "leader:2") == {"leader:2", "gazette:2", "wire:2"}


@needs_model
@pytest.mark.parametrize(
    ("reason", "original", "other"),
    [
        (
            "shared opening, different continuation",
            "The harbour ferry will stay closed until our engineers have replaced the hull.",
            "The harbour ferry will stay closed because the council has run out of money.",
        ),
        (
            "same names, different event",
            "Crews rescued 40 people from houses on Millbrook Lane and Tanner Row overnight.",
            "Millbrook Lane, Tanner Row and the Eastgate estate were worst hit by the flood.",
        ),
        (
            "short fragment inside another statement",
            "Our thoughts are with everyone on Millbrook Lane tonight.",
            "Millbrook Lane",
        ),
        (
            "the same words in another order",
            "This winter the council will close the Dunmore library and keep the pool open.",
            "This winter the council will close the pool and keep the Dunmore library open.",
        ),
    ],
)
def test_hard_negatives_are_not_linked(reason: str, original: str, other: str) -> None:
    clusters = cluster_quotes([original, other], config=SEMANTIC)
    assert len(clusters) == 2, reason


# Statements one person makes about one story: the speaker eases the threshold, and must not
# join them.
SAME_SPEAKER_NEGATIVES = [
    (
        "shared opening, different continuation",
        "The harbour ferry will stay closed until our engineers are sure that it is safe.",
        "The harbour ferry will stay closed until the council has found the money to repair it.",
    ),
    (
        "one phrase and a number swapped, the rest verbatim",
        "We are shrinking our team of drivers at Pellworth by about 18 percent this year.",
        "We are shrinking our list of routes at Pellworth by about 30 percent this year.",
    ),
    (
        "same plan, different services",
        "We will keep the Marlow Street library open on Sundays and we will hire two more staff.",
        "We will keep the Marlow Street swimming pool open on Sundays and we will cut the opening "
        "hours.",
    ),
    (
        "same names, different event",
        "Crews rescued 40 people from houses on Millbrook Lane and Tanner Row overnight.",
        "Millbrook Lane, Tanner Row and the Eastgate estate were worst hit by the flood.",
    ),
]


@needs_model
@pytest.mark.parametrize(("reason", "original", "other"), SAME_SPEAKER_NEGATIVES)
def test_hard_negatives_by_one_speaker_are_not_linked(
    reason: str, original: str, other: str
) -> None:
    quotes = [
        Quote(id="a:0", doc_id="a", text=original, speaker="Ines Ward"),
        Quote(id="b:0", doc_id="b", text=other, speaker="Councillor Ines Ward"),
    ]
    assert len(cluster_quotes(quotes, config=SEMANTIC)) == 2, reason


@needs_model
@pytest.mark.parametrize(("reason", "original", "other"), SAME_SPEAKER_NEGATIVES)
def test_hard_negatives_in_versions_of_one_article_are_not_linked(
    reason: str, original: str, other: str
) -> None:
    shared = [
        "The council will publish the full report on the Quarry Road flooding by March.",
        "Every household that lost belongings will receive a grant of 500 pounds next week.",
    ]
    quotes = [
        Quote(id=f"{doc}:{i}", doc_id=doc, text=t) for doc in "ab" for i, t in enumerate(shared)
    ]
    quotes += [Quote(id="a:2", doc_id="a", text=original), Quote(id="b:2", doc_id="b", text=other)]
    assert ["a:2"] in members(quotes), reason


# Translated back into English: the model alone puts it just below the threshold.
NURSES = (
    "Our nurses have worked without a break for three weeks and the ward at Brisby General "
    "cannot go on like this."
)
NURSES_TRANSLATED = (
    "Our nurses have worked without pause during three weeks and the service of Brisby General "
    "cannot continue like that."
)


def members(quotes: list[Quote]) -> list[list[str]]:
    return sorted(sorted(q.id for q in c.members) for c in cluster_quotes(quotes, config=SEMANTIC))


@needs_model
def test_the_same_speaker_is_evidence_for_a_rewording() -> None:
    said = [
        Quote(id="a:0", doc_id="a", text=NURSES, speaker="Ines Ward"),
        Quote(id="b:0", doc_id="b", text=NURSES_TRANSLATED, speaker="Ines Ward"),
    ]
    assert members(said) == [["a:0", "b:0"]]
    unattributed = [attrs.evolve(q, speaker=None) for q in said]
    assert members(unattributed) == [["a:0"], ["b:0"]]


@needs_model
def test_a_version_of_the_same_article_is_evidence_for_a_rewording() -> None:
    report = "The council will publish the full report on the Quarry Road flooding by March."
    grant = "Every household that lost belongings will receive a grant of 500 pounds next week."
    original = [
        Quote(id="gazette:0", doc_id="gazette", text=report),
        Quote(id="gazette:1", doc_id="gazette", text=grant),
        Quote(id="gazette:2", doc_id="gazette", text=NURSES),
    ]
    translated = Quote(id="digest:2", doc_id="digest", text=NURSES_TRANSLATED)
    # The digest reprints two of the gazette's statements: it is a version of that article.
    copies = [
        Quote(id="digest:0", doc_id="digest", text=report),
        Quote(id="digest:1", doc_id="digest", text=grant),
    ]
    assert ["digest:2", "gazette:2"] in members([*original, *copies, translated])
    # Alone, the translation stays apart: nothing else vouches for it.
    assert ["digest:2"] in members([*original, translated])


@needs_model
def test_a_reworded_fragment_needs_the_same_speaker() -> None:
    fragment = "we will reopen the Quarry Road bridge before the winter"
    reworded = "we are going to open again the bridge of Quarry Road before winter"
    said = [
        Quote(id="a:0", doc_id="a", text=fragment, speaker="Ines Ward"),
        Quote(id="b:0", doc_id="b", text=reworded, speaker="Ines Ward"),
    ]
    assert members(said) == [["a:0", "b:0"]]
    assert members([attrs.evolve(q, speaker=None) for q in said]) == [["a:0"], ["b:0"]]


@needs_model
def test_a_reworded_member_is_aligned_word_by_word_where_it_can_be() -> None:
    original = (
        "I have been coaching at Brindle Park for twelve years and not once have I seen fans "
        "behave like that. They should not be allowed inside a stadium again."
    )
    translated = (
        "I am coaching at Brindle Park since twelve years and not one time I saw supporters behave "
        "like this. They should not be permitted inside a stadium again."
    )
    quotes = [
        Quote(id="a:0", doc_id="a", text=original, speaker="Tom Birch"),
        Quote(id="b:0", doc_id="b", text=original, speaker="Tom Birch"),
        Quote(id="c:0", doc_id="c", text=translated, speaker="Tom Birch"),
    ]
    (cluster,) = cluster_quotes(quotes, config=SEMANTIC)
    records = [v for v in cluster.variants if v.quote_id == "c:0"]
    # The rewritten sentence is one record; the sentence with one word swapped names the word.
    assert [(v.category, v.canonical_text, v.variant_text) for v in records] == [
        (
            "paraphrase",
            "have been coaching at Brindle Park for twelve years and not once have I seen fans "
            "behave like that.",
            "am coaching at Brindle Park since twelve years and not one time I saw supporters "
            "behave like this.",
        ),
        ("substitution", "allowed", "permitted"),
    ]
    assert all(v.similarity is not None for v in records)


@needs_model
@pytest.mark.parametrize(
    ("reworded", "changed", "flag"),
    [
        (
            "The ferry of the harbour will remain closed during four weeks until our engineers "
            "are certain that it is secure.",
            ("three weeks", "four weeks"),
            "number",
        ),
        (
            "The ferry of the harbour will not remain closed for three weeks until our engineers "
            "are certain that it is secure.",
            ("will stay", "will not remain"),
            "negation",
        ),
    ],
    ids=["number", "negation"],
)
def test_meaning_change_in_a_rewording_is_reported_not_split(
    reworded: str, changed: tuple[str, str], flag: str
) -> None:
    original = (
        "The harbour ferry will stay closed for three weeks until our engineers are sure "
        "that it is safe."
    )
    clusters = cluster_quotes([original, original, reworded], config=SEMANTIC)
    assert len(clusters) == 1
    (record,) = [v for v in clusters[0].variants if v.quote_id == "2"]
    assert record.category == "paraphrase"
    assert changed[0] in record.canonical_text and changed[1] in record.variant_text
    assert flag in record.meaning  # flagged as a change of what was said


@needs_model
def test_links_do_not_depend_on_input_order() -> None:
    quotes = outlets()
    forward = cluster_quotes(quotes, config=SEMANTIC)
    backward = cluster_quotes(quotes[::-1], config=SEMANTIC)
    assert [[q.id for q in c.members] for c in forward] == [
        [q.id for q in c.members] for c in backward
    ]


# --------------------------------------------------------------------------- the report


@needs_model
def test_reworded_member_gets_paraphrase_records_with_similarity() -> None:
    clusters = cluster_quotes(outlets(), config=SEMANTIC)
    (cluster,) = [c for c in clusters if "agg:0" in {q.id for q in c.members}]
    assert cluster.canonical == COUNCIL[0]  # the reworded member does not vote
    records = [v for v in cluster.variants if v.quote_id == "agg:0"]
    assert [v.category for v in records] == ["paraphrase"]
    # The opening word both print alike ("The") is left out of the record.
    assert records[0].canonical_text == COUNCIL[0].removeprefix("The ")
    assert records[0].variant_text == TRANSLATED[0].removeprefix("The ")
    similarity = records[0].similarity
    assert similarity is not None and 75 <= similarity <= 100
    (cover,) = [c for c in cluster.coverage if c.quote_id == "agg:0"]
    assert cover.score == similarity
    assert records[0].to_dict()["similarity"] == similarity
    # Members joined by their wording carry no similarity, and their records are as before.
    assert all(v.similarity is None for v in cluster.variants if v.quote_id != "agg:0")
    assert "similarity" not in cluster_quotes(COUNCIL[:1] * 2)[0].to_dict()["variants"]


@needs_model
def test_a_member_in_two_parts_is_aligned_part_by_part() -> None:
    from quotematch.semantic import reworded_variants

    canonical = " ".join(COUNCIL)
    first, second = TRANSLATED
    text = f"{first} {second}"
    # Printed as two parts around "the council said", 30 characters apart in the document.
    spans = ((10, 10 + len(first)), (40 + len(first), 40 + len(first) + len(second)))
    member = quote("agg:0", "agg", text, spans)
    cover, records = reworded_variants(member, canonical)
    MONDAY = " from Monday."
    # Words and marks both print alike at either end of a part are no difference:
    # "The" and the full stop of the first, "from Monday." of the second.
    assert [(v.category, v.canonical_text, v.variant_text) for v in records] == [
        ("paraphrase", COUNCIL[0][4:-1], first[4:-1]),
        ("paraphrase", COUNCIL[1].removesuffix(MONDAY), second.removesuffix(MONDAY)),
    ]
    assert canonical[cover.start : cover.end] == f"{COUNCIL[0]} {COUNCIL[1]}"
    assert records[0].spans == ((10 + 4, 10 + len(first) - 1),)
    start = 40 + len(first)
    assert records[-1].spans == ((start, start + len(second) - len(MONDAY)),)
    assert reproduce_form(apply_variants(canonical, cover, records)) == reproduce_form(text)


@needs_model
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(TRANSLATED + SAME_STORY + COUNCIL), min_size=1, max_size=3),
    st.sampled_from([" ", ", ", ". ", " – "]),
)
def test_records_rebuild_the_member(pieces: list[str], joint: str) -> None:
    from quotematch.semantic import reworded_variants

    text = joint.join(pieces)
    cover, records = reworded_variants(quote("m", "d", text), " ".join(COUNCIL))
    assert reproduce_form(apply_variants(" ".join(COUNCIL), cover, records)) == reproduce_form(
        text
    )
    assert all(v.similarity == cover.score for v in records)


@needs_model
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(COUNCIL + TRANSLATED + SAME_STORY), min_size=1, max_size=8))
def test_semantic_links_only_add_to_lexical_clusters(texts: list[str]) -> None:
    lexical = [{q.id for q in c.members} for c in cluster_quotes(texts)]
    semantic = [{q.id for q in c.members} for c in cluster_quotes(texts, config=SEMANTIC)]
    for group in lexical:
        assert any(group <= joined for joined in semantic)
    assert sorted(i for g in semantic for i in g) == sorted(str(i) for i in range(len(texts)))


def test_join_keeps_the_most_printed_group_as_main() -> None:
    from quotematch.semantic import Reworded, join_reworded

    groups = [[0], [1, 2], [3]]
    links = [Reworded(0, 1, 80.0, 3), Reworded(3, 0, 78.0, 2)]
    assert join_reworded(groups, links, [1, 1, 1, 1]) == [(1, [0, 2])]
    assert join_reworded(groups, links, [5, 1, 1, 1]) == [(0, [1, 2])]
    assert join_reworded(groups, [], [1, 1, 1, 1]) == [(0, []), (1, []), (2, [])]


@needs_model
@settings(deadline=None)
@given(st.integers(min_value=1, max_value=40))
def test_prefix_sums_match_cumsum(n: int) -> None:
    import numpy as np

    from quotematch.semantic import _prefix_sums

    vectors = np.random.default_rng(n).standard_normal((n, 8)).astype(np.float32)
    expected = np.concatenate([np.zeros((1, 8), np.float32), np.cumsum(vectors, axis=0)])
    np.testing.assert_allclose(_prefix_sums(vectors), expected, rtol=1e-5, atol=1e-5)


@needs_model
def test_text_report_shows_the_similarity() -> None:
    from quotematch.report import format_clusters

    clusters = cluster_quotes(outlets(), config=SEMANTIC)
    (record,) = [v for c in clusters for v in c.variants if v.quote_id == "agg:0"]
    assert record.similarity is not None
    line = f"{{+{TRANSLATED[0][4:]}+}}  paraphrase (similarity {record.similarity:.0f})"
    assert line in format_clusters(clusters)


@needs_model
def test_a_rewording_said_by_someone_else_is_another_statement() -> None:
    council = [
        Quote(id=f"{o}:0", doc_id=o, text=COUNCIL[0], speaker="Harbour Master Ilse Varga")
        for o in ("leader", "gazette")
    ]
    other = Quote(id="agg:0", doc_id="agg", text=TRANSLATED[0], speaker="Councillor Tom Birch")
    unknown = Quote(id="wire:0", doc_id="wire", text=TRANSLATED[0] + " ", speaker=None)
    assert len(cluster_quotes([*council, other], config=SEMANTIC)) == 2
    named = attrs.evolve(other, speaker="Ilse Varga")
    assert len(cluster_quotes([*council, named], config=SEMANTIC)) == 1
    assert len(cluster_quotes([*council, unknown], config=SEMANTIC)) == 1


def test_cli_refuses_semantic_on_dask(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cluster", "--semantic", "--dask", "local", "--sample"]) == 2
    assert "--semantic runs locally only" in capsys.readouterr().err


@needs_model
def test_a_reworded_fragment_covers_only_the_words_it_prints() -> None:
    from quotematch.semantic import reworded_variants

    canonical = (
        "We play every match like it is the final one we will ever get to play at Brindle Park."
    )
    member = quote("m", "d", "We play each game like it was the final one")
    cover, records = reworded_variants(member, canonical)
    # The passage's words after "the final one" are not printed: a shorter part, not an omission.
    assert canonical[cover.start : cover.end] == "We play every match like it is the final one"
    assert [(v.category, v.canonical_text, v.variant_text) for v in records] == [
        ("paraphrase", "every match like it is", "each game like it was")
    ]
    rebuilt = apply_variants(canonical, cover, records)
    assert reproduce_form(rebuilt) == reproduce_form(member.text)


# ------------------------------------------------------------- lone texts in their article

# A harbour master's two statements and a lifeboat coxswain's, printed by two papers; a
# translated reprint prints the first and the coxswain's as issued, and one more short quote.
HARBOUR = (
    "The harbour will reopen to fishing boats on Monday once the divers have checked the moorings."
)
WISHES = (
    "We wish every injured crew member a speedy recovery, and we thank the lifeboat volunteers "
    "who went out in the storm."
)
LAUNCH = (
    "We launched at two in the morning and the waves were higher than anything I have seen in "
    "thirty years."
)


def harbour_reports(lone: str, speaker: str | None, *, reprinted: bool = True) -> list[Quote]:
    said = [(HARBOUR, "Ines Ward"), (WISHES, "Ines Ward"), (LAUNCH, "Tom Birch")]
    quotes = [
        Quote(id=f"{doc}:{i}", doc_id=doc, text=text, speaker=who)
        for doc in ("gazette", "leader")
        for i, (text, who) in enumerate(said)
    ]
    copied = [0, 2] if reprinted else [0]  # two statements in common: a version of the report
    quotes += [
        Quote(id=f"digest:{i}", doc_id="digest", text=said[i][0], speaker=said[i][1])
        for i in copied
    ]
    return [*quotes, Quote(id="digest:9", doc_id="digest", text=lone, speaker=speaker)]


@needs_model
def test_a_lone_reworded_fragment_joins_its_speakers_statement_in_a_reprint() -> None:
    clusters = cluster_quotes(harbour_reports("a rapid recovery", "Ines Ward"), config=SEMANTIC)
    assert cluster_of(clusters, "digest:9") == {"digest:9", "gazette:1", "leader:1"}
    (cluster,) = [c for c in clusters if "digest:9" in {q.id for q in c.members}]
    wording = [
        (v.canonical_text, v.variant_text)
        for v in cluster.variants
        if v.quote_id == "digest:9" and not v.minor
    ]
    assert wording == [("speedy", "rapid")]  # the passage word it rewords, not an insertion


@needs_model
@pytest.mark.parametrize(
    ("reason", "lone", "speaker", "reprinted"),
    [
        ("said by someone else", "a rapid recovery", "Tom Birch", True),
        ("said by no one named", "a rapid recovery", None, True),
        ("the speaker's own new words", "the new pier will open in the spring", "Ines Ward", True),
        ("not a version of the article printing the statement", "a rapid recovery", "Ines Ward",
         False),
        ("too short to be judged", "rapid recovery", "Ines Ward", True),
    ],
)
def test_a_lone_text_stays_apart_without_both_speaker_and_article(
    reason: str, lone: str, speaker: str | None, reprinted: bool
) -> None:
    clusters = cluster_quotes(harbour_reports(lone, speaker, reprinted=reprinted), config=SEMANTIC)
    assert cluster_of(clusters, "digest:9") == {"digest:9"}, reason


@needs_model
@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(harbour_reports("a rapid recovery", "Ines Ward")))
def test_lone_links_do_not_depend_on_input_order(quotes: list[Quote]) -> None:
    assert members(list(quotes)) == members(harbour_reports("a rapid recovery", "Ines Ward"))


@needs_model
@pytest.mark.parametrize(
    ("passage", "printed", "expected"),
    [
        (
            "The new sea wall held as it was designed to, but the surge that came in on Sunday "
            "night was beyond anything it was built for.",
            "resisted as it had been designed to",
            [("held as it was", "resisted as it had been")],
        ),
        (
            "The club said: We wish Ana a speedy recovery. She will be back.",
            "a rapid recovery",
            [("speedy", "rapid")],
        ),
    ],
)
def test_a_reworded_fragments_first_words_face_the_words_they_reword(
    passage: str, printed: str, expected: list[tuple[str, str]]
) -> None:
    # The model puts "held" far from "resisted" and "speedy" far from "rapid": the run
    # closest in meaning leaves them out, and the member's first words would read as added.
    from quotematch.semantic import reworded_variants

    _, records = reworded_variants(Quote(id="m", doc_id="m", text=printed), passage)
    assert [(v.canonical_text, v.variant_text) for v in records if not v.minor] == expected
