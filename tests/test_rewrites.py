"""Rewritten sentences reported as one ``paraphrase`` record (:mod:`quotematch.rewrites`)."""

from __future__ import annotations

import importlib.util

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotematch import Config, Quote, cluster_quotes
from quotematch.align import apply_variants, reproduce_form
from quotematch.models import Cluster, Variant, VariantCategory
from quotematch.rewrites import merge_rewritten

# An invented council statement as three outlets printed it, and two reprints.
PRINTED = (
    "The storm damaged forty homes on Quarry Road overnight. What we said at the meeting on "
    "Tuesday was a mistake, and we apologise for it."
)
# Translated: the second sentence changed in three places.
REWRITTEN = (
    "The storm damaged forty homes on Quarry Road overnight. What we declared during the reunion "
    "of Tuesday was an error, and we apologise for it."
)
# One phrase swapped: an edit an editor counts on its own.
EDITED = (
    "The storm damaged forty homes on Quarry Road overnight. What we said at the meeting on "
    "Tuesday was an error, and we apologise for it."
)


def outlets() -> list[Quote]:
    """Three outlets print the statement as issued, one a translation, one an edit."""
    printed = [("gazette", PRINTED), ("leader", PRINTED), ("wire", PRINTED)]
    printed += [("digest", REWRITTEN), ("post", EDITED)]
    return [Quote(id=f"{doc}:0", doc_id=doc, text=text) for doc, text in printed]


def lexical_cluster() -> Cluster:
    (cluster,) = cluster_quotes(outlets())
    return cluster


def records_of(cluster: Cluster, qid: str) -> list[tuple[str, str, str]]:
    return [
        (v.category, v.canonical_text, v.variant_text)
        for v in cluster.variants
        if v.quote_id == qid
    ]


def merged(cluster: Cluster, qid: str) -> tuple[Quote, tuple[Variant, ...]]:
    member = next(q for q in cluster.members if q.id == qid)
    own = [v for v in cluster.variants if v.quote_id == qid]
    return member, merge_rewritten(member, cluster.canonical, own)


def test_a_sentence_changed_in_three_places_is_one_paraphrase() -> None:
    cluster = lexical_cluster()
    expected = [
        (
            "paraphrase",
            "said at the meeting on Tuesday was a mistake",
            "declared during the reunion of Tuesday was an error",
        )
    ]
    assert records_of(cluster, "digest:0") == expected  # joined by wording, no Config.semantic
    _, records = merged(cluster, "digest:0")
    assert [(v.category, v.canonical_text, v.variant_text) for v in records] == expected
    assert records[0].similarity is None  # joined by wording, not by meaning


def test_a_sentence_with_an_ellipsis_or_bracket_is_edited_not_rewritten() -> None:
    # Brackets and ellipses are an editor's marks, which a translation does not print:
    # the sentence's changes stay word by word, however many.
    canonical = "What I wrote in the newsletter was unfair. We apologise."
    text = "What I published inside the bulletin … was an injustice."
    quote = Quote(id="m", doc_id="m", text=text)

    def rec(category: VariantCategory, old: str, new: str) -> Variant:
        c, t = canonical.index(old), text.index(new)
        return Variant(
            quote_id="m",
            category=category,
            canonical_text=old,
            variant_text=new,
            canonical_span=(c, c + len(old)),
            spans=((t, t + len(new)),),
        )

    edits = [
        rec("substitution", "wrote in", "published inside"),
        rec("ellipsis", "newsletter", "bulletin …"),
        rec("substitution", "unfair", "an injustice"),
    ]
    assert merge_rewritten(quote, canonical, edits) == tuple(edits)
    translated = [*edits[:1], rec("substitution", "newsletter", "bulletin"), *edits[2:]]
    assert [r.category for r in merge_rewritten(quote, canonical, translated)] == ["paraphrase"]


def test_a_single_swapped_phrase_stays_a_substitution() -> None:
    cluster = lexical_cluster()
    _, records = merged(cluster, "post:0")
    assert [(v.category, v.canonical_text, v.variant_text) for v in records] == [
        ("substitution", "a mistake", "an error")
    ]


def test_merged_records_still_rebuild_the_member() -> None:
    cluster = lexical_cluster()
    for qid in ("digest:0", "post:0"):
        member, records = merged(cluster, qid)
        cover = next(c for c in cluster.coverage if c.quote_id == qid)
        rebuilt = apply_variants(cluster.canonical, cover, records)
        assert reproduce_form(rebuilt) == reproduce_form(member.text)


def test_sentences_printed_in_two_parts_are_not_merged_across_them() -> None:
    canonical = "We said it at the meeting. We meant it at the time."
    # Printed as 'We told it in the reunion,' the mayor said, 'We intended it in the moment.'
    first, second = "We told it in the reunion.", "We intended it in the moment."
    text = f"{first} {second}"
    spans = ((1, 1 + len(first)), (40, 40 + len(second)))
    member = Quote(id="m", doc_id="m", text=text, spans=spans)

    def rec(old: str, new: str, where: tuple[int, int], at: tuple[int, int]) -> Variant:
        return Variant(
            quote_id="m",
            category="substitution",
            canonical_text=old,
            variant_text=new,
            canonical_span=where,
            spans=(at,),
        )

    records = [
        rec("said", "told", (3, 7), (4, 8)),
        rec("at", "in", (11, 13), (12, 14)),
        rec("meeting", "reunion", (18, 25), (19, 26)),
        rec("meant", "intended", (30, 35), (43, 51)),
        rec("at", "in", (39, 41), (55, 57)),
        rec("time", "moment", (46, 50), (62, 68)),
    ]
    result = merge_rewritten(member, canonical, records)
    assert [(v.canonical_text, v.variant_text) for v in result] == [
        ("said it at the meeting", "told it in the reunion"),
        ("meant it at the time", "intended it in the moment"),
    ]
    assert [v.spans for v in result] == [((4, 26),), ((43, 68),)]


@pytest.mark.skipif(
    importlib.util.find_spec("wordllama") is None,
    reason="the semantic extra (wordllama) is not installed",
)
def test_clustering_with_semantic_reports_the_rewritten_sentence_once() -> None:
    (cluster,) = cluster_quotes(outlets(), config=Config(semantic=True))
    assert records_of(cluster, "digest:0") == [
        (
            "paraphrase",
            "said at the meeting on Tuesday was a mistake",
            "declared during the reunion of Tuesday was an error",
        )
    ]
    assert records_of(cluster, "post:0") == [("substitution", "a mistake", "an error")]


# An outlet's edits in a long sentence: five small changes in its 30 words.
LONG = (
    "The surgeons found a tear in my shoulder tendon, and the advice is that if I keep "
    "bowling through the summer I could do lasting harm to my arm."
)
HOUSE_EDITED = (
    "The surgeons found a tear in my shoulder tendon, and the advice was that if I go on "
    "bowling during the summer I could cause lasting harms to my arm."
)


def test_a_few_edits_in_a_long_sentence_stay_word_by_word() -> None:
    quotes = [
        Quote(id=f"{doc}:0", doc_id=doc, text=text)
        for doc, text in (("a", LONG), ("b", LONG), ("c", HOUSE_EDITED))
    ]
    (cluster,) = cluster_quotes(quotes)
    own = [v for v in cluster.variants if v.quote_id == "c:0"]
    wording = [v for v in own if not v.minor]
    assert len(wording) >= 3  # enough changes to be counted by the rule
    member = next(q for q in cluster.members if q.id == "c:0")
    records = merge_rewritten(member, cluster.canonical, own)
    assert "paraphrase" not in {v.category for v in records}


def test_records_without_spans_are_kept_not_merged() -> None:
    cluster = lexical_cluster()
    member = next(q for q in cluster.members if q.id == "digest:0")
    bare = [
        Variant(
            quote_id=v.quote_id,
            category=v.category,
            canonical_text=v.canonical_text,
            variant_text=v.variant_text,
            canonical_span=v.canonical_span,
        )
        for v in cluster.variants
        if v.quote_id == "digest:0"
    ]
    assert list(merge_rewritten(member, cluster.canonical, bare)) == bare


def records_at(canonical: str, text: str, pairs: list[tuple[str, str]]) -> list[Variant]:
    """Substitution records turning each ``old`` of ``canonical`` into ``new`` of ``text``.

    Each pair is looked up left to right in both texts; the member's offsets
    are its own (a quote without spans is its own document).
    """
    records = []
    c_at = m_at = 0
    for old, new in pairs:
        c = canonical.index(old, c_at)
        m = text.index(new, m_at)
        records.append(
            Variant(
                quote_id="m",
                category="substitution",
                canonical_text=old,
                variant_text=new,
                canonical_span=(c, c + len(old)),
                spans=((m, m + len(new)),),
            )
        )
        c_at, m_at = c + len(old), m + len(new)
    return records


SEA_WALL = (
    "The new sea wall held as it was designed to, but the surge that came in on Sunday night "
    "was beyond anything it was built for."
)


def test_a_fragment_is_measured_on_the_words_it_prints() -> None:
    # A reprint quotes eight words of a long sentence, two of its phrases reworded.
    text = "resisted as it had been designed to"
    member = Quote(id="m", doc_id="m", text=text)
    records = records_at(SEA_WALL, text, [("held", "resisted"), ("was", "had been")])
    printed = (SEA_WALL.index("held"), SEA_WALL.index(" to,") + 3)
    result = merge_rewritten(member, SEA_WALL, records, printed)
    assert [(v.category, v.canonical_text, v.variant_text) for v in result] == [
        ("paraphrase", "held as it was", "resisted as it had been")
    ]
    # Measured on the whole sentence, two changes are edits, kept word by word.
    assert merge_rewritten(member, SEA_WALL, records) == tuple(records)


APOLOGY = (
    "We are truly sorry. Parents rely on us to tell them what is in our toys, and this time "
    "we failed them. We will publish the full findings."
)


def test_a_short_changed_sentence_joins_the_rewritten_one_next_to_it() -> None:
    text = (
        "We are sincerely sorry. The parents count on us to explain to them what goes into our "
        "toys, and this time we disappointed them."
    )
    member = Quote(id="m", doc_id="m", text=text)
    pairs = [
        ("truly", "sincerely"),
        ("Parents", "The parents"),
        ("rely on", "count on"),
        ("tell", "explain to"),
        ("is in", "goes into"),
        ("failed them", "disappointed them"),
    ]
    result = merge_rewritten(member, APOLOGY, records_at(APOLOGY, text, pairs))
    assert [(v.category, v.canonical_text, v.variant_text) for v in result] == [
        (
            "paraphrase",
            "truly sorry. Parents rely on us to tell them what is in our toys, and this time "
            "we failed them",
            "sincerely sorry. The parents count on us to explain to them what goes into our toys, "
            "and this time we disappointed them",
        )
    ]
    # Without the rewritten sentence next to it, the short one keeps its substitution.
    alone = merge_rewritten(member, APOLOGY, records_at(APOLOGY, text, pairs[:2]))
    assert [(v.category, v.canonical_text) for v in alone] == [
        ("substitution", "truly"),
        ("substitution", "Parents"),
    ]


def test_a_rewording_that_ends_the_quote_rewords_the_end_of_its_sentence() -> None:
    canonical = (
        "I was too confident about how quickly the shop would find buyers, and I read it wrong. "
        "We ordered too much stock."
    )
    text = (
        "I was too confiding about the rapidity with which the shop would find buyers, and I was "
        "mistaken"
    )
    member = Quote(id="m", doc_id="m", text=text)
    pairs = [
        ("confident", "confiding"),
        ("how quickly", "the rapidity with which"),
        ("read it", "was mistaken"),
    ]
    result = merge_rewritten(member, canonical, records_at(canonical, text, pairs))
    assert [(v.category, v.canonical_text, v.variant_text) for v in result] == [
        (
            "paraphrase",
            "confident about how quickly the shop would find buyers, and I read it wrong.",
            "confiding about the rapidity with which the shop would find buyers, and I was "
            "mistaken",
        )
    ]
    # A member that goes on after the rewording has not reworded the sentence's end.
    longer = Quote(id="m", doc_id="m", text=f"{text} and sorry")
    result = merge_rewritten(longer, canonical, records_at(canonical, longer.text, pairs))
    assert [v.canonical_text for v in result] == [
        "confident about how quickly the shop would find buyers, and I read it"
    ]


# Words an outlet or a translation may swap, each with a stand-in.
SWAPS = {
    "truly": "sincerely",
    "sorry": "regretful",
    "Parents": "The parents",
    "tell": "say to",
    "is in": "is inside",
    "toys": "products",
    "failed them": "disappointed them",
    "publish": "release",
    "full": "complete",
}


@pytest.mark.skipif(
    importlib.util.find_spec("wordllama") is None,
    reason="the semantic extra (wordllama) is not installed",
)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sets(st.sampled_from(sorted(SWAPS)), min_size=1))
def test_merged_records_rebuild_any_edited_member(swapped: set[str]) -> None:
    text = APOLOGY
    for old in sorted(swapped, key=APOLOGY.index):
        text = text.replace(old, SWAPS[old], 1)
    quotes = [Quote(id=f"{doc}:0", doc_id=doc, text=APOLOGY) for doc in ("a", "b", "c")]
    quotes.append(Quote(id="d:0", doc_id="d", text=text))
    for cluster in cluster_quotes(quotes, config=Config(semantic=True)):
        for member in cluster.members:
            cover = next(c for c in cluster.coverage if c.quote_id == member.id)
            own = [v for v in cluster.variants if v.quote_id == member.id]
            rebuilt = apply_variants(cluster.canonical, cover, own)
            assert reproduce_form(rebuilt) == reproduce_form(member.text)
