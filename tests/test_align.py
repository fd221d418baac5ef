"""Assembling the canonical passage and reporting each member's variants."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from quotematch import align
from quotematch.align import Assembly, apply_variants, assemble, reproduce_form
from quotematch.config import Config
from quotematch.models import Quote, Variant
from quotematch.normalize import comparison_words

CONFIG = Config()

# Word positions: We0 will1 rebuild2 the3 coastal4 path5 before6 the7 summer8
# and9 we10 will11 not12 apologise13 for14 the15 cost16.
# Characters: "rebuild" 8-15, "coastal" 20-27, "path" 28-32, "summer" 44-50,
# "," 50, "and" 52-55, "we" 56-58, "apologise" 68-77, "cost" 86-90, "." 90.
PASSAGE = (
    "We will rebuild the coastal path before the summer, and we will not apologise for the cost."
)


def _quotes(*texts: str) -> list[Quote]:
    return [Quote(id=f"q{i}", doc_id=f"d{i}", text=text) for i, text in enumerate(texts)]


def _assemble(*texts: str, offsets: list[int] | None = None) -> tuple[list[Quote], Assembly]:
    quotes = _quotes(*texts)
    return quotes, assemble(quotes, offsets or [0] * len(quotes), CONFIG)


def _of(result: Assembly, quote_id: str) -> list[Variant]:
    return [v for v in result.variants if v.quote_id == quote_id]


def _summary(variants: list[Variant]) -> list[tuple[str, str, str, bool]]:
    return [(v.category, v.canonical_text, v.variant_text, v.minor) for v in variants]


# (the odd member out, what its variants must be, why). Two members print PASSAGE.
def _edit(old: str, new: str) -> str:
    assert old in PASSAGE
    return PASSAGE.replace(old, new, 1)


CASES = [
    (
        _edit("summer,", "sumer,"),
        [("typo", "summer", "sumer", False)],
        "one letter dropped from a long word is a typo",
    ),
    (
        _edit("apologise", "apologize"),
        [("spelling_locale", "apologise", "apologize", True)],
        "US spelling of the same word",
    ),
    (
        _edit("coastal path", "Coastal Path"),
        [("case", "coastal path", "Coastal Path", True)],
        "only the case differs: one phrase, not one record per word",
    ),
    (
        _edit("summer,", "summer"),
        [("punctuation", "summer,", "summer", True)],
        "a dropped comma, shown with the word before it",
    ),
    (
        _edit("cost.", "cost,"),
        [("punctuation", "cost.", "cost,", True)],
        "sentence-final period turned into a comma before the attribution",
    ),
    (
        _edit("the coastal path", "the path"),
        [("omission", "coastal", "", False)],
        "a word left out in the middle",
    ),
    (
        _edit("path before", "path well before"),
        [("insertion", "", "well", False)],
        "a word added",
    ),
    (
        _edit("and we", "and they"),
        [("substitution", "we", "they", False)],
        "a changed pronoun",
    ),
    (
        _edit("We will rebuild", "We are going to rebuild"),
        [("substitution", "will", "are going to", False)],
        "one word printed as three is one substitution, not a rewrite",
    ),
    (
        _edit("the coastal path", "[the walkway]"),
        [("editorial_bracket", "the coastal path", "[the walkway]", False)],
        "an editorial bracket in place of the words",
    ),
    (
        _edit("summer, and we", "summer … we"),
        [("ellipsis", "summer, and", "summer …", False)],
        "an ellipsis marks the words left out",
    ),
    (
        _edit("coastal path", "Costal Path"),
        [("typo", "coastal path", "Costal Path", False)],
        "Costal Path: one phrase, a typo with a case change, not minor as a whole",
    ),
]


@pytest.mark.parametrize(("member", "expected", "why"), CASES)
def test_labelled_variants(
    member: str, expected: list[tuple[str, str, str, bool]], why: str
) -> None:
    _, result = _assemble(PASSAGE, PASSAGE, member)
    assert result.canonical == PASSAGE, why
    assert _summary(_of(result, "q2")) == expected, why
    assert _of(result, "q0") == [] and _of(result, "q1") == []
    for variant in _of(result, "q2"):
        start, end = variant.canonical_span
        assert result.canonical[start:end] == variant.canonical_text
        ((s, e),) = variant.spans
        assert member[s:e] == variant.variant_text


def test_typography_is_minor() -> None:
    canonical = "We don't know when the bridge will reopen - but it won't be this year."
    member = "We don’t know when the bridge will reopen — but it won’t be this year."
    _, result = _assemble(canonical, canonical, member)
    assert result.canonical == canonical
    assert _summary(_of(result, "q2")) == [
        ("typography", "don't", "don’t", True),
        ("typography", "reopen -", "reopen —", True),
        ("typography", "won't", "won’t", True),
    ]


def test_ampersand_for_and_is_a_substitution() -> None:
    canonical = "Sales and marketing staff will move to the new office in June."
    member = "Sales & marketing staff will move to the new office in June."
    _, result = _assemble(canonical, canonical, member)
    assert _summary(_of(result, "q2")) == [("substitution", "and", "&", False)]


def test_brackets_around_an_unchanged_word_are_minor() -> None:
    canonical = "The council said it will reopen the pier in May."
    member = "The council said [it] will reopen the pier in May."
    _, result = _assemble(canonical, canonical, member)
    assert _summary(_of(result, "q2")) == [("editorial_bracket", "it", "[it]", True)]


def test_bracketed_capital_is_one_editorial_variant() -> None:
    canonical = "we will reopen the pier in May, the harbour master said."
    member = "[W]e will reopen the pier in May, the harbour master said."
    _, result = _assemble(canonical, canonical, member)
    assert result.canonical == canonical
    assert _summary(_of(result, "q2")) == [("editorial_bracket", "we", "[W]e", False)]


@pytest.mark.parametrize("bracketed_first", [False, True])
def test_a_bracket_does_not_vote_out_the_words_it_stands_for(bracketed_first: bool) -> None:
    plain = "The new bursary is named after Corwen’s grandmother, who taught here."
    bracketed = "The new bursary is named after [Mr Pendarves’s] grandmother, who taught here."
    texts = (bracketed, plain) if bracketed_first else (plain, bracketed)
    _, result = _assemble(*texts)
    assert result.canonical == plain
    assert _summary(_of(result, f"q{texts.index(bracketed)}")) == [
        ("editorial_bracket", "Corwen’s", "[Mr Pendarves’s]", False)
    ]


def test_a_word_away_from_a_bracket_is_still_voted_out() -> None:
    # Near miss: the bracketed member abstains beside its bracket only.
    plain = "The board will reopen the pier in May, she said."
    _, result = _assemble(
        "The board will reopen the old pier in May, she said.",
        "[The board] will reopen the pier in May, she said.",
        plain,
    )
    assert result.canonical == plain


def _parts(quote_id: str, *parts: str) -> Quote:
    spans, at = [], 0
    for part in parts:
        spans.append((at, at + len(part)))
        at += len(part) + 5
    return Quote(id=quote_id, doc_id=quote_id, text=" ".join(parts), spans=tuple(spans))


def test_a_sentence_the_passage_lacks_does_not_take_the_next_ones_first_word() -> None:
    # The longest member starts at the second sentence; another prints the first sentence
    # too, and its "the" ("the loss") must not take the place of "The" ("The trawler").
    first = "We mourn the loss of our skipper, who had fished from Porthgwarra for thirty years."
    sank = "The trawler sank in calm water off Tregarrow Point at dawn, and the crew were saved,"
    help_ = "We will help the inquiry in every way we can."
    last = "Every family in the harbour has lost someone, and we want to understand why."
    quotes = [
        _parts("a", first),
        _parts("b", sank, help_, last),
        _parts("c", first, "The trawler sank … at dawn, and the crew were saved. " + help_),
    ]
    result = assemble(quotes, [0, 16, 0], CONFIG)
    assert result.canonical.startswith(first + " The trawler sank in calm water")
    assert [(v.category, v.variant_text) for v in result.variants if not v.minor] == [
        ("ellipsis", "…")
    ]


@pytest.mark.parametrize(
    "member",
    [
        "The harbour board will reopen the pier, the pier, in May, and the cafe will follow in "
        "June.",
        "The harbour board will reopen the pier in May, and in June the cafe will follow in June.",
    ],
)
def test_words_a_member_adds_around_a_repeated_word_stay_one_insertion(member: str) -> None:
    # Near miss: a repeat inside the member's own added words is not slid anywhere.
    canonical = "The harbour board will reopen the pier in May, and the cafe will follow in June."
    _, result = _assemble(canonical, canonical, member)
    assert result.canonical == canonical
    assert [v.category for v in _of(result, "q2") if not v.minor] == ["insertion"]


def test_statement_turned_question_is_not_minor() -> None:
    canonical = "The pier will reopen in May."
    _, result = _assemble(canonical, canonical, "The pier will reopen in May?")
    assert _summary(_of(result, "q2")) == [("punctuation", "May.", "May?", False)]


def test_loose_match_is_one_paraphrase_variant() -> None:
    member = "Nobody at the council is sorry for what this repair will cost"
    _, result = _assemble(PASSAGE, PASSAGE, member)
    (variant,) = _of(result, "q2")
    assert variant.category == "paraphrase"
    assert variant.variant_text == member
    assert result.coverage[2].score < CONFIG.paraphrase_score
    start, end = variant.canonical_span
    assert (start, end) == (result.coverage[2].start, result.coverage[2].end)


class TestCoverage:
    def test_fragment_covers_its_part_without_variants(self) -> None:
        _, result = _assemble(PASSAGE, PASSAGE, "rebuild the coastal path", offsets=[0, 0, 2])
        cov = result.coverage[2]
        assert (cov.quote_id, cov.start, cov.end, cov.score) == ("q2", 8, 32, 100.0)
        assert _of(result, "q2") == []

    def test_fragment_found_when_the_offset_is_a_few_words_off(self) -> None:
        _, result = _assemble(PASSAGE, PASSAGE, "rebuild the coastal path", offsets=[0, 0, 5])
        assert (result.coverage[2].start, result.coverage[2].end) == (8, 32)

    def test_fragment_found_when_the_offset_is_far_off(self) -> None:
        fragment = "we will not apologise for the cost"
        _, result = _assemble(PASSAGE, PASSAGE, fragment, offsets=[0, 0, 0])
        assert (result.coverage[2].start, result.coverage[2].end) == (56, 90)

    def test_fragment_ending_in_a_period_covers_the_comma(self) -> None:
        _, result = _assemble(PASSAGE, PASSAGE, "before the summer.", offsets=[0, 0, 6])
        assert (result.coverage[2].start, result.coverage[2].end) == (33, 51)
        assert _summary(_of(result, "q2")) == [("punctuation", "summer,", "summer.", True)]

    def test_two_pieces_and_the_whole(self) -> None:
        first = "We will rebuild the coastal path before the summer,"
        second = "and we will not apologise for the cost."
        _, result = _assemble(PASSAGE, first, second, offsets=[0, 0, 9])
        assert result.canonical == PASSAGE
        spans = [(c.quote_id, c.start, c.end) for c in result.coverage]
        assert spans == [("q0", 0, 91), ("q1", 0, 51), ("q2", 52, 91)]
        assert result.variants == ()

    def test_overlapping_pieces_assemble_into_one_passage(self) -> None:
        first = "We will rebuild the coastal path before the summer"
        second = "before the summer, and we will not apologise for the cost."
        _, result = _assemble(first, second, offsets=[0, 6])
        assert result.canonical == PASSAGE
        assert [(c.start, c.end) for c in result.coverage] == [(0, 50), (33, 91)]
        assert result.variants == ()


class TestConsensus:
    def test_majority_wins_word_by_word(self) -> None:
        texts = [
            "We will rebuild the Costal path before the summer.",
            "we will rebuild the coastal path before the summer.",
            "We will rebuild the coastal path before the sumer.",
            "We will rebuild the coastal path before summer.",
            "We will rebuild the coastal path before the summer.",
        ]
        _, result = _assemble(*texts)
        assert result.canonical == "We will rebuild the coastal path before the summer."

    def test_word_added_by_a_minority_stays_out(self) -> None:
        texts = [
            "The pier will reopen in May.",
            "The pier will reopen in May.",
            "The old pier will reopen in May.",
        ]
        _, result = _assemble(*texts)
        assert result.canonical == "The pier will reopen in May."
        assert _summary(_of(result, "q2")) == [("insertion", "", "old", False)]

    def test_word_added_by_a_majority_goes_in(self) -> None:
        texts = [
            "The pier will reopen in May.",
            "The old pier will reopen in May.",
            "The old pier will reopen in May.",
        ]
        _, result = _assemble(*texts)
        assert result.canonical == "The old pier will reopen in May."
        assert _summary(_of(result, "q0")) == [("omission", "old", "", False)]

    def test_word_one_outlet_adds_before_the_statement_stays_out(self) -> None:
        member = "And we will rebuild the coastal path before the summer"
        _, result = _assemble(PASSAGE, PASSAGE, member)
        assert result.canonical == PASSAGE
        assert _summary(_of(result, "q2")) == [
            ("insertion", "We", "And we", False),
        ]

    def test_partial_quotes_starting_later_do_not_cut_the_statement(self) -> None:
        partial = [
            Quote(id=f"p{n}", doc_id=f"p{n}", text="will rebuild the coastal path", kind="partial")
            for n in range(3)
        ]
        result = assemble([*_quotes(PASSAGE), *partial], [0, 1, 1, 1], CONFIG)
        assert result.canonical == PASSAGE
        assert [(c.start, c.end) for c in result.coverage[1:]] == [(3, 32)] * 3

    def test_tie_goes_to_the_earliest_published(self) -> None:
        early = Quote(id="b", doc_id="b", text="The pier will open.", published="2024-05-01")
        late = Quote(id="a", doc_id="a", text="The pier will reopen.", published="2024-05-02")
        for members in ([early, late], [late, early]):
            result = assemble(members, [0, 0], CONFIG)
            assert result.canonical == "The pier will open."

    def test_result_does_not_depend_on_member_order(self) -> None:
        texts = [
            PASSAGE,
            "We will rebuild the Costal Path before the summer,",
            "and they will not apologise for the cost",
            "We will rebuild the path before the summer, and we will not apologize for the cost.",
        ]
        offsets = [0, 0, 9, 0]
        quotes = _quotes(*texts)
        seen = set()
        for order in itertools.permutations(range(len(quotes))):
            result = assemble([quotes[i] for i in order], [offsets[i] for i in order], CONFIG)
            variants = tuple(
                sorted((v.quote_id, v.category, v.canonical_span) for v in result.variants)
            )
            coverage = tuple(sorted((c.quote_id, c.start, c.end) for c in result.coverage))
            seen.add((result.canonical, variants, coverage))
        assert len(seen) == 1


class TestDocumentSpans:
    ARTICLE = (
        "Harbour works\n\n"
        "“We will rebuild the Costal Path,” said Mayor Ilse Varga, “before the summer "
        "and we will not apologise for the cost.”\n"
    )

    def _article_quote(self, parts: list[str]) -> Quote:
        spans = []
        cursor = 0
        for part in parts:
            start = self.ARTICLE.index(part, cursor)
            spans.append((start, start + len(part)))
            cursor = start + len(part)
        return Quote(id="a:0", doc_id="a", text=" ".join(parts), spans=tuple(spans))

    def test_variant_spans_point_into_the_document(self) -> None:
        quote = self._article_quote(
            [
                "We will rebuild the Costal Path,",
                "before the summer and we will not apologise for the cost.",
            ]
        )
        others = _quotes(PASSAGE, PASSAGE)
        result = assemble([*others, quote], [0, 0, 0], CONFIG)
        found = _of(result, "a:0")
        assert _summary(found) == [
            ("typo", "coastal path", "Costal Path", False),
            ("punctuation", "", ",", True),
            ("punctuation", "summer,", "summer", True),
        ]
        for variant in found:
            for start, end in variant.spans:
                assert self.ARTICLE[start:end] == variant.variant_text
        # The comma after "Path" sits in the first printed part; the dropped
        # comma after "summer" is a zero-width span just after that word.
        comma = self.ARTICLE.index("Path,") + 4
        assert found[1].spans == ((comma, comma + 1),)
        summer = self.ARTICLE.index("summer and")
        assert found[2].spans == ((summer, summer + len("summer")),)

    def test_omission_is_zero_width_after_the_previous_word(self) -> None:
        article = "“We will rebuild the path before the summer,” the mayor said.\n"
        text = "We will rebuild the path before the summer,"
        start = article.index(text)
        quote = Quote(id="b:0", doc_id="b", text=text, spans=((start, start + len(text)),))
        result = assemble([*_quotes(PASSAGE, PASSAGE), quote], [0, 0, 0], CONFIG)
        (omission,) = _of(result, "b:0")
        assert omission.category == "omission"
        assert omission.canonical_text == "coastal"
        at = article.index("the path") + len("the")
        assert omission.spans == ((at, at),)


def test_identical_reprints_get_their_own_document_spans() -> None:
    text = "We will rebuild the Costal Path before the summer"
    first_article = "Mayor Ilse Varga: “" + text + ".”"
    second_article = "In a statement: “" + text + "”, the mayor wrote."
    quotes = []
    for n, article in enumerate([first_article, second_article]):
        start = article.index(text)
        span = ((start, start + len(text)),)
        quotes.append(Quote(id=f"r{n}", doc_id=f"r{n}", text=text, spans=span))
    result = assemble([*_quotes(PASSAGE, PASSAGE), *quotes], [0, 0, 0, 0], CONFIG)
    for quote, article in zip(quotes, [first_article, second_article], strict=True):
        (typo,) = _of(result, quote.id)
        ((s, e),) = typo.spans
        assert (article[s:e], typo.category) == ("Costal Path", "typo")
        assert s == article.index("Costal")
    assert [c.quote_id for c in result.coverage] == ["q0", "q1", "r0", "r1"]


def test_apply_variants_rebuilds_each_labelled_member() -> None:
    for member, _, why in CASES:
        quotes, result = _assemble(PASSAGE, PASSAGE, member)
        for quote, coverage in zip(quotes, result.coverage, strict=True):
            rebuilt = apply_variants(result.canonical, coverage, result.variants)
            assert reproduce_form(rebuilt) == reproduce_form(quote.text), why


def test_reproduce_form_ignores_only_spacing() -> None:
    assert reproduce_form("We  will ,rebuild") == reproduce_form("We will, rebuild")
    assert reproduce_form("We will rebuild") != reproduce_form("we will rebuild")
    assert reproduce_form("We will rebuild.") != reproduce_form("We will rebuild")


def test_mismatched_offsets_are_refused() -> None:
    with pytest.raises(ValueError, match="offsets"):
        assemble(_quotes("one", "two"), [0], CONFIG)


# --------------------------------------------------------------------------
# Property: applying a member's variants to the canonical passage rebuilds it.

WORDS = [
    "council", "harbour", "colour", "centre", "programme", "travelled", "offence", "water",
    "bridge", "summer", "morning", "families", "promised", "rebuild", "quickly", "never",
    "tomorrow", "station", "workers", "market", "schools", "budget", "weather", "decision",
]  # fmt: skip
EXTRA = ["really", "still", "always", "certainly", "today"]
KINDS = ["typo", "drop", "insert", "locale", "case", "mark", "bracket", "ellipsis", "double"]


@st.composite
def edited_passages(draw: st.DrawFn) -> tuple[str, str]:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=6, max_size=14, unique=True))
    canonical_words = list(words)
    marks = ["" for _ in words]
    if len(words) > 7:
        marks[draw(st.integers(1, len(words) - 3))] = ","
    marks[-1] = "."
    edited = [[w, m] for w, m in zip(canonical_words, marks, strict=True)]
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(KINDS))
        i = draw(st.integers(0, len(edited) - 1))
        word = edited[i][0]
        if kind == "typo" and len(word) > 5:
            edited[i][0] = word[:2] + word[3] + word[2] + word[4:]
        elif kind == "drop" and len(edited) > 4:
            edited.pop(i)
        elif kind == "insert":
            edited.insert(i, [draw(st.sampled_from(EXTRA)), ""])
        elif kind == "locale":
            edited[i][0] = {"harbour": "harbor", "colour": "color", "centre": "center"}.get(
                word, word
            )
        elif kind == "case":
            edited[i][0] = word.upper() if draw(st.booleans()) else word.capitalize()
        elif kind == "mark":
            edited[i][1] = draw(st.sampled_from(["", ",", ";", " —", "?", "."]))
        elif kind == "double":  # a slip that prints one word twice, or a new sentence's capital
            edited.insert(i, [word, ""] if draw(st.booleans()) else [word.capitalize(), ""])
        elif kind == "bracket":
            edited[i][0] = "[the " + word + "]"
        elif kind == "ellipsis" and 0 < i < len(edited) - 1:
            edited.pop(i)
            edited[i - 1][1] += " …"
    canonical = " ".join(w + m for w, m in zip(canonical_words, marks, strict=True))
    member = " ".join(w + m for w, m in edited)
    return canonical.capitalize(), member


@settings(max_examples=150, deadline=None)
@given(edited_passages())
@example(  # one member doubles the opening word every other version prints once
    (
        "Council harbour colour centre programme travelled.",
        "council council harbour colour centre programme Travelled travelled.",
    )
)
@example(  # the longer member is laid first, so the two agreeing ones get variants too
    (
        "Council harbour colour centre programme travelled.",
        "[the council] harbour colour centre programme really trvaelled.",
    )
)
def test_applying_variants_reproduces_every_member(case: tuple[str, str]) -> None:
    canonical, member = case
    quotes, result = _assemble(canonical, canonical, member)
    for quote, coverage in zip(quotes, result.coverage, strict=True):
        rebuilt = apply_variants(result.canonical, coverage, result.variants)
        assert reproduce_form(rebuilt) == reproduce_form(quote.text)
    text_of = {quote.id: quote.text for quote in quotes}
    for variant in result.variants:
        start, end = variant.canonical_span
        assert result.canonical[start:end] == variant.canonical_text
        ((s, e),) = variant.spans
        assert text_of[variant.quote_id][s:e] == variant.variant_text


@settings(max_examples=60, deadline=None)
@given(edited_passages(), st.integers(0, 2))
def test_fragments_of_a_member_reproduce_too(case: tuple[str, str], drop: int) -> None:
    canonical, member = case
    words = member.split(" ")
    fragment = " ".join(words[drop : len(words) - drop]) or member
    _, result = _assemble(canonical, canonical, fragment, offsets=[0, 0, drop])
    rebuilt = apply_variants(result.canonical, result.coverage[2], result.variants)
    assert reproduce_form(rebuilt) == reproduce_form(fragment)


@settings(max_examples=40, deadline=None)
@given(edited_passages(), st.permutations(range(4)))
def test_assembly_does_not_depend_on_member_order(case: tuple[str, str], order: list[int]) -> None:
    canonical, member = case
    words = member.split(" ")
    texts = [canonical, member, canonical, " ".join(words[: max(4, len(words) // 2)])]
    quotes = _quotes(*texts)
    offsets = [0, 0, 0, 0]

    def outcome(result: Assembly) -> tuple[str, list[tuple[str, str, tuple[int, int]]]]:
        found = sorted((v.quote_id, v.category, v.canonical_span) for v in result.variants)
        return result.canonical, found

    expected = outcome(assemble(quotes, offsets, CONFIG))
    shuffled = assemble([quotes[i] for i in order], [offsets[i] for i in order], CONFIG)
    assert outcome(shuffled) == expected


@settings(max_examples=80, deadline=None)
@given(edited_passages(), st.integers(1, 5))
def test_spans_of_a_quote_printed_in_two_parts_round_trip(case: tuple[str, str], cut: int) -> None:
    canonical, member = case
    words = member.split(" ")
    cut = min(cut, len(words) - 1)
    first, second = " ".join(words[:cut]), " ".join(words[cut:])
    article = "Harbour news. “" + first + "” said Ilse Varga, “" + second + "”\n"
    start_1 = article.index(first)
    start_2 = article.index(second, start_1 + len(first))
    quote = Quote(
        id="a:0",
        doc_id="a",
        text=first + " " + second,
        spans=((start_1, start_1 + len(first)), (start_2, start_2 + len(second))),
    )
    result = assemble([*_quotes(canonical, canonical), quote], [0, 0, 0], CONFIG)
    for variant in _of(result, "a:0"):
        pieces = [article[s:e] for s, e in variant.spans]
        assert " ".join(p for p in pieces if p) == variant.variant_text


def test_a_statement_printed_once_is_its_own_canonical_text() -> None:
    text = "  We will reopen the Kestrel Bay ferry by June, she said.  "
    quotes = [Quote(id=i, doc_id=i, text=text) for i in ("a", "b")]
    result = assemble(quotes, [0, 0], Config())
    assert result.canonical == "We will reopen the Kestrel Bay ferry by June, she said."
    assert [(c.start, c.end, c.score) for c in result.coverage] == [(0, 55, 100.0)] * 2
    assert result.variants == ()


def test_a_whole_quote_closing_on_a_comma_ends_the_passage_with_a_full_stop() -> None:
    article = "“The Kestrel Bay ferry will run again by June,” the operator said."
    text = "The Kestrel Bay ferry will run again by June,"
    quote = Quote(id="a", doc_id="a", text=text, spans=((1, 1 + len(text)),))
    result = assemble([quote], [0], Config())
    assert result.canonical == "The Kestrel Bay ferry will run again by June."
    assert [(c.start, c.end, c.score) for c in result.coverage] == [(0, 45, 100.0)]
    ((variant,),) = [result.variants]
    assert (variant.category, variant.canonical_text, variant.variant_text, variant.minor) == (
        "punctuation", "June.", "June,", True)
    assert [article[s:e] for s, e in variant.spans] == ["June,"]
    assert align._verbatim([quote]) == result  # found without aligning the text


def test_a_partial_quote_keeps_its_closing_comma() -> None:
    text = "run again by June,"
    quote = Quote(id="a", doc_id="a", text=text, kind="partial")
    result = assemble([quote], [0], Config())
    assert (result.canonical, result.variants) == (text, ())


@st.composite
def printed_once(draw: st.DrawFn) -> list[Quote]:
    """One text (closing on a comma or not, in one or two printed parts) printed 1-3 times."""
    _, text = draw(edited_passages())
    if draw(st.booleans()):
        text = text.rstrip(".?;,— …") + ","
    words = text.split(" ")
    cut = draw(st.integers(0, len(words) - 1))
    lead, trail = draw(st.sampled_from(["", " "])), draw(st.sampled_from(["", " "]))
    if cut:
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        if draw(st.booleans()):
            first = first.rstrip(".?;,— …") + ","
        first, second = lead + first, second + trail
        text = first + " " + second
        spans = ((2, 2 + len(first)), (10 + len(first), 10 + len(text)))
    else:
        text = lead + text + trail
        spans = ((2, 2 + len(text)),)
    kinds = draw(st.lists(st.sampled_from(["direct", "partial"]), min_size=1, max_size=3))
    return [Quote(id=f"q{i}", doc_id=f"d{i}", text=text, spans=spans, kind=kind)
            for i, kind in enumerate(kinds)]


@settings(max_examples=200, deadline=None)
@given(printed_once())
@example([Quote(id="q0", doc_id="d0", text="Council harbour, Colour centre.",
                spans=((2, 18), (25, 39)))])  # a split quote's comma stands for a full stop
@example([Quote(id="q0", doc_id="d0", text="Council harbour colour centre, ",
                spans=((2, 33),))])  # the closing comma is read past the space after it
def test_a_text_printed_once_assembles_as_its_alignment_does(members: list[Quote]) -> None:
    offsets = [0] * len(members)
    assert assemble(members, offsets, CONFIG) == align._aligned(members, offsets, CONFIG)


# ---------------------------------------------------------------------------
# Editorial brackets never leave half a pair in the passage

STATEMENT = "The harbour board said nobody would stop the dredging done like this."


def test_majority_bracket_without_its_partner_is_not_printed() -> None:
    bracketed = STATEMENT.replace("like this.", "like [the new plan].")
    _, result = _assemble(STATEMENT, bracketed, bracketed)
    assert "[" not in result.canonical and "]" not in result.canonical
    assert result.canonical.endswith("done like this.")
    assert not [v for v in result.variants if v.canonical_text in ("[", "]")]


def test_bracket_pair_most_members_print_stays() -> None:
    a = STATEMENT.replace("like this.", "like [this].")
    b = STATEMENT.replace("like this.", "like [that].")
    _, result = _assemble(STATEMENT, a, b)
    assert result.canonical.count("[") == result.canonical.count("]") == 1


def _unbalanced(text: str) -> list[str]:
    stack: list[str] = []
    stray: list[str] = []
    for ch in text:
        if ch == "[":
            stack.append(ch)
        elif ch == "]":
            if stack:
                stack.pop()
            else:
                stray.append(ch)
    return stray + stack


_WORDS = ["we", "will", "rebuild", "the", "coastal", "path", "before", "summer", "council"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_WORDS), min_size=3, max_size=8),
    st.lists(
        st.tuples(st.integers(0, 7), st.integers(1, 3), st.sampled_from(_WORDS)),
        min_size=1,
        max_size=4,
    ),
)
def test_canonical_has_no_unbalanced_bracket(
    words: list[str], edits: list[tuple[int, int, str]]
) -> None:
    plain = " ".join(words).capitalize() + "."
    members = [plain]
    for at, length, filler in edits:
        # An editorial bracket of one to three words stands in for one printed word.
        at %= len(words)
        inner = " ".join([*words[max(0, at - length + 1) : at], filler])
        members.append(" ".join([*words[:at], f"[{inner}]", *words[at + 1 :]]).capitalize() + ".")
    _, result = _assemble(*members)
    stray = _unbalanced(result.canonical)
    # A bracket a majority of members prints unbalanced may stay; none here does.
    assert not stray, (members, result.canonical)


# ---------------------------------------------------------------------------
# A changed word at a member's edge is one substitution

THREE = (
    "The sea wall failed on Sunday night. We will rebuild the coastal path before the summer."
    " Winters here are long."
)


@pytest.mark.parametrize("offset", [0, 3, 7])
def test_changed_first_word_is_one_substitution(offset: int) -> None:
    # The member starts at the second sentence; the linker may place it a few words early.
    later = "They will rebuild the coastal path before the summer. Winters here are long."
    _, result = _assemble(THREE, THREE, later, offsets=[0, 0, offset])
    assert _summary(_of(result, "q2")) == [("substitution", "We", "They", False)]
    assert result.canonical == THREE


def test_changed_last_word_is_one_substitution() -> None:
    earlier = (
        "The sea wall failed on Sunday night. We will rebuild the coastal path before the winter"
    )
    _, result = _assemble(THREE, THREE, earlier)
    assert _summary(_of(result, "q2")) == [("substitution", "summer", "winter", False)]


def test_misspelt_last_word_beside_an_added_word_keeps_its_column() -> None:
    # The longest version lays the columns: its added "really" and its misspelt last word
    # are each printed by one member, as often as the word each would pair with. The
    # misspelling is the word misspelt, not the added one changed: no "travelled trvaelled."
    full = "Our supporters have followed us to every away game this season and really trvaelled."
    part = "away game this season and travelled."
    result = assemble(_quotes(part, part, full), [8, 8, 0], CONFIG)
    assert result.canonical == full.replace("really trvaelled", "travelled")
    assert [(v.canonical_text, v.variant_text) for v in _of(result, "q2")] == [
        ("travelled", "really trvaelled")
    ]
    # A word only like the passage word (not a slip of it) still moves beside the match.
    changed = full.replace("trvaelled", "travel")
    result = assemble(_quotes(part, part, changed), [8, 8, 0], CONFIG)
    assert result.canonical.endswith("season and travelled.")


def test_a_sentence_left_out_is_reported_whole_not_shifted_along_a_repeated_word() -> None:
    # "We" opens both the sentence left out and the one after it: the omission is the
    # sentence, not "will miss him. We".
    full = (
        "He gave forty years to this club. We will miss him. We will name the new stand "
        "after him."
    )
    cut = "He gave forty years to this club. We will name the new stand after him."
    _, result = _assemble(full, full, cut)
    assert _summary(_of(result, "q2")) == [("omission", "We will miss him.", "", False)]


def test_typo_in_first_word_stays_a_typo() -> None:
    misspelt = THREE.replace("The sea", "Teh sea")
    _, result = _assemble(THREE, THREE, misspelt)
    assert [(v.canonical_text, v.variant_text) for v in _of(result, "q2")] == [("The", "Teh")]


def test_coverage_score_is_the_plain_ratio_of_the_words_also_where_they_agree() -> None:
    # assemble skips fuzz.ratio when a member's words equal its part of the passage:
    # the score must be what the ratio gives, 100 there and below it elsewhere.
    texts = [
        "We will reopen the coastal path in May, the council said.",
        "We will reopen the coastal path in May",
        "will reopen the Costal path",
        "reopen the coastal path in May",
    ]
    quotes = [Quote(id=str(i), doc_id=str(i), text=t) for i, t in enumerate(texts)]
    result = assemble(quotes, [0, 0, 1, 2], Config())
    for quote, cover in zip(quotes, result.coverage, strict=True):
        part = comparison_words(result.canonical[cover.start : cover.end])
        plain = fuzz.ratio(" ".join(comparison_words(quote.text)), " ".join(part))
        assert cover.score == plain
    assert [c.score == 100.0 for c in result.coverage] == [True, True, False, True]


# A harbour authority's statement, four sentences: A B C D. One outlet prints A B C,
# a wire prints B and D around its attribution, a live blog prints D alone.
_HARBOUR_A = "The north pier will stay closed to the public until the end of June."
_HARBOUR_B = (
    "Our divers found that two of the timber piles had rotted right through below the "
    "waterline, and that the last inspection had not looked below the surface"
)
_HARBOUR_C = "That should never have been missed."
_HARBOUR_D = (
    "We have written to every boat owner with a berth on the pier and we will refund their fees."
)


@pytest.mark.parametrize("longer", ["first", "second"])
def test_different_sentences_of_one_statement_are_assembled_in_order(longer: str) -> None:
    # Whichever version is laid first, the passage reads A B C D: the wire's last
    # sentence is not matched to C through the odd "have" they share.
    import quotematch

    lead = "Harbour master Ewan Tulloch said: “"
    a = _HARBOUR_A if longer == "first" else "The north pier will stay closed."
    gazette = f"{lead}{a} {_HARBOUR_B}. {_HARBOUR_C}”"
    wire = f"“{_HARBOUR_B},” Tulloch said. “{_HARBOUR_D}”"
    if longer == "second":
        wire = f"“{_HARBOUR_B},” Tulloch said. “{_HARBOUR_D} The pier has been there since 1894.”"
    blog = f"10:02 The harbour authority says: “{_HARBOUR_D}”"
    docs = [
        quotematch.Document("gazette", gazette),
        quotematch.Document("wire", wire),
        quotematch.Document("blog", blog),
    ]
    (cluster,) = quotematch.match(docs).clusters
    text = cluster.canonical
    assert text.index(_HARBOUR_B) < text.index(_HARBOUR_C) < text.index(_HARBOUR_D)
    # Nothing an editor must read: the wire skipped C where its parts meet.
    assert [v for v in cluster.variants if not v.minor] == []


def test_a_reordered_sentence_in_an_excerpt_is_one_reordering() -> None:
    # A broadcast prints B C with two words swapped; a split quote prints B and D.
    import quotematch

    full = f"“{_HARBOUR_A} {_HARBOUR_B}. {_HARBOUR_C}” the harbour master said."
    radio = f"TULLOCH: “{_HARBOUR_B}. That never should have been missed.”"
    wire = f"“{_HARBOUR_B},” Tulloch said. “{_HARBOUR_D}”"
    docs = [quotematch.Document(n, t) for n, t in (("a", full), ("b", radio), ("c", wire))]
    (cluster,) = quotematch.match(docs).clusters
    changed = [
        (v.category, v.canonical_text, v.variant_text) for v in cluster.variants if not v.minor
    ]
    assert changed == [("reordering", "should never", "never should")]


def test_versions_that_chain_a_long_statement_are_laid_in_order() -> None:
    # Each outlet prints two sentences, overlapping only its neighbours: A B, B C, C D, D E.
    # Laid longest first, D E met A B C before C D was laid, and was matched to it
    # through stray words; now it waits for the versions it overlaps.
    import quotematch

    e = "Repairs will cost about four hundred thousand pounds and take most of the summer."
    b = f"{_HARBOUR_B}."
    texts = [
        f"Harbour master Ewan Tulloch said: “{_HARBOUR_A} {b}”",
        f"“{b} {_HARBOUR_C}” he said.",
        f"“{_HARBOUR_C} {_HARBOUR_D}” the harbour master said.",
        f"He added: “{_HARBOUR_D} {e}”",
    ]
    docs = [quotematch.Document(f"outlet{n}", text) for n, text in enumerate(texts)]
    (cluster,) = quotematch.match(docs).clusters
    assert cluster.canonical == " ".join([_HARBOUR_A, b, _HARBOUR_C, _HARBOUR_D, e])
    assert [v for v in cluster.variants if not v.minor] == []


def test_an_ellipsis_that_cuts_long_sentences_is_one_ellipsis_record() -> None:
    # "A … D" against the whole statement: the version prints two sentences word for word
    # and says it cut the middle, so it is read word by word, not as a paraphrase.
    import quotematch

    whole = " ".join([_HARBOUR_A, f"{_HARBOUR_B}.", _HARBOUR_C, _HARBOUR_D])
    docs = [
        quotematch.Document("release", f"The harbour authority said: “{whole}”"),
        quotematch.Document("gazette", f"Tulloch said: “{whole}”"),
        quotematch.Document("blog", f"Tulloch said: “{_HARBOUR_A} … {_HARBOUR_D}”"),
    ]
    (cluster,) = quotematch.match(docs).clusters
    cut = [
        (v.category, v.variant_text)
        for v in cluster.variants
        if v.quote_id == "blog:0" and not v.minor  # the full stop the dots replaced is minor
    ]
    assert cut == [("ellipsis", "…")]


# Sentences of one invented long statement; each has its own words, and the function
# words they share ("the", "we", "have") are what once matched one outlet's sentence to
# another's.
_LONG_STATEMENT = [
    "The new ferry timetable starts on the first Monday of April.",
    "Crossings to Rathlin Point will run every forty minutes in the morning.",
    "We have listened to the island's fishermen about the early sailings.",
    "Night crossings stay as they are until the harbour wall is repaired.",
    "Fares for islanders will be frozen for another two years.",
    "We have asked the ministry to pay for a second vessel by winter.",
]



def _excerpt(first: int, last: int, skip: int | None) -> Quote:
    """An outlet printing sentences ``first..last``; split around "she said" leaving out ``skip``.

    The first part's full stop is printed as the comma before "she said".
    """
    name = f"{first}{last}{skip}"
    if skip is None or not first < skip < last:
        return Quote(id=name, doc_id=name, text=" ".join(_LONG_STATEMENT[first : last + 1]))
    head = " ".join(_LONG_STATEMENT[first:skip])[:-1] + ","
    tail = " ".join(_LONG_STATEMENT[skip + 1 : last + 1])
    spans = ((0, len(head)), (len(head) + 20, len(head) + 20 + len(tail)))
    return Quote(id=name, doc_id=name, text=f"{head} {tail}", spans=spans)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 4), st.integers(1, 3), st.none() | st.integers(1, 4)),
        min_size=2,
        max_size=5,
    )
)
def test_excerpts_of_one_statement_assemble_in_its_order(
    windows: list[tuple[int, int, int | None]],
) -> None:
    # Whatever overlapping stretches the outlets print, and whichever sentence one of them
    # skips where its quote is split, the passage holds each outlet's sentences in its order.
    _check_excerpts(windows, one_skip=True)


@pytest.mark.xfail(strict=True, reason="a known limit, documented in docs/variants.md")
@pytest.mark.parametrize(
    "windows",
    [
        [(0, 1, None), (0, 2, 1), (1, 3, 2), (2, 3, 3)],
        [(2, 1, None), (1, 3, 2), (2, 3, 3)],
        [(1, 1, None), (1, 3, 2), (2, 3, 3)],
    ],
)
def test_two_outlets_that_each_skip_a_sentence_may_misplace_one(
    windows: list[tuple[int, int, int | None]],
) -> None:
    _check_excerpts(windows, one_skip=False)


def _check_excerpts(windows: list[tuple[int, int, int | None]], one_skip: bool) -> None:
    """Assemble outlets printing ``(first, length, skip)`` windows of one statement and check
    each sentence is printed once, in each outlet's order, with no editor-facing record."""
    quotes: dict[str, Quote] = {}
    offsets: dict[str, int] = {}
    covered: set[int] = set()
    skipped = False
    for first, length, skip in windows:
        last = min(first + length, len(_LONG_STATEMENT) - 1)
        if skipped and one_skip:
            skip = None
        skipped = skipped or (skip is not None and first < skip < last)
        span = set(range(first, last + 1))
        if skip is not None and first < skip < last:
            span.discard(skip)
        if covered and not covered & span:
            continue  # no sentence in common with the others: not linked to them
        covered |= span
        quote = _excerpt(first, last, skip)
        quotes[quote.id] = quote
        offsets[quote.id] = sum(len(s.split()) for s in _LONG_STATEMENT[:first])
    members = list(quotes.values())
    result = assemble(members, [offsets[q.id] for q in members], CONFIG)
    printed = [s for s in _LONG_STATEMENT if any(s[:-1] in q.text for q in members)]
    for quote in members:
        # Each sentence once, in the order this outlet prints them (two outlets that each
        # skip to a different sentence do not say which of the two comes first).
        where = [result.canonical.find(s[:-1]) for s in _LONG_STATEMENT if s[:-1] in quote.text]
        assert -1 not in where and where == sorted(where), result.canonical
        assert all(result.canonical.count(s[:-1]) == 1 for s in _LONG_STATEMENT if s in printed)
    # Every outlet prints its sentences word for word: nothing for an editor to read.
    assert [v for v in result.variants if not v.minor] == []


def test_a_sentence_printed_between_two_matches_after_a_gap_is_another_sentence() -> None:
    # “B,” she said. “D E.” against “B C,” she said. “E.”: between B and E one prints D,
    # the other C, each next to a gap; D is not C reworded, and the passage reads B C D E.
    b, c, d, e = _LONG_STATEMENT[2:6]
    split = [(f"{b[:-1]}, {d} {e}", len(b)), (f"{b} {c[:-1]}, {e}", len(b) + 1 + len(c))]
    quotes = [
        Quote(id=str(n), doc_id=str(n), text=text, spans=((0, at), (at + 20, len(text) + 19)))
        for n, (text, at) in enumerate(split)
    ]
    result = assemble(quotes, [0, 0], CONFIG)
    assert result.canonical == " ".join([b, c, d, e])
    assert [v for v in result.variants if not v.minor] == []


def test_columns_are_indexed_by_identity_as_with_id() -> None:
    """The column index (a speed trick) equals the plain ``id(column)`` index it replaced.

    Two columns holding the same word at the same position are still two slots.
    """
    from quotematch.align import _Column, _column_index

    cols = [_Column("path", 3.0), _Column("path", 3.0), _Column("the", 2.0)]
    index = _column_index(cols)
    reference = {id(c): k for k, c in enumerate(cols)}
    assert len(index) == 3
    assert [index[c] for c in cols] == [reference[id(c)] for c in cols] == [0, 1, 2]
    assert _Column("path", 3.0) not in index


def test_the_column_index_is_kept_only_while_no_column_was_inserted() -> None:
    """:func:`align._current_index` (a speed trick) equals a fresh index after every step."""
    from quotematch.align import _Column, _column_index, _current_index

    cols = [_Column("we", 0.0), _Column("will", 1.0)]
    index = _current_index(cols, {})
    assert index == _column_index(cols)
    assert _current_index(cols, index) is index
    cols[1:1] = [_Column("not", 1.0)]
    fresh = _current_index(cols, index)
    assert fresh is not index and fresh == _column_index(cols) == {c: k for k, c in enumerate(cols)}
