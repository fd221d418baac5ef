"""Verifying candidate pairs and the public similarity scorer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from quotematch import Config
from quotematch.block import STOP_WORDS
from quotematch.link import _score, _unmask, best_diagonal, similarity, verify
from quotematch.normalize import comparison_words, is_masked

CFG = Config()
FULL = comparison_words(
    "The council will rebuild the harbour wall at Porthcarrow before the winter storms"
)


def test_same_reading_with_a_typo() -> None:
    other = comparison_words(
        "the council will rebuild the harbor wal at Porthcarrow before the winter storms"
    )
    link = verify(FULL, other, 0, CFG)
    assert link is not None
    assert (link.kind, link.offset, link.words) == ("same", 0, len(FULL))
    assert CFG.link_score <= link.score < 100


def test_contained_fragment_is_placed_where_it_starts() -> None:
    part = comparison_words("rebuild the harbour wall at Porthcarrow")
    link = verify(part, FULL, -3, CFG)  # the fragment first: the roles are swapped
    assert link is not None
    assert (link.kind, link.swapped, link.offset, link.words) == ("contains", True, 3, 6)
    assert link.score == 100


def test_overlap_of_end_and_start() -> None:
    tail = comparison_words(
        "harbour wall at Porthcarrow before the winter storms arrive and the ferry stops"
    )
    link = verify(FULL, tail, 5, CFG)  # "harbour" is word 5 of FULL
    assert link is not None
    assert (link.kind, link.swapped, link.offset, link.words) == ("overlap", False, 5, 8)
    assert link.score == 100
    # The same pair seen from the other side.
    back = verify(tail, FULL, -5, CFG)
    assert back is not None
    assert (back.kind, back.swapped, back.offset, back.words) == ("overlap", True, 5, 8)


def test_overlap_shorter_than_min_overlap_words_is_no_link() -> None:
    tail = comparison_words("before the winter storms arrive and the ferry stops running")
    assert verify(FULL, tail, 9, CFG) is None  # four shared words only


def test_shared_opening_then_different_words_is_no_link() -> None:
    other = comparison_words(
        "The council will rebuild the harbour wall only if the county pays half the bill"
    )
    assert verify(FULL, other, 0, CFG) is None


def test_same_template_with_other_nouns_is_no_link() -> None:
    # Most letters agree ("this is about the ... not the ... not the ..."), the nouns do not.
    a = comparison_words("we will not stop and this is about the teacher not the ballot not the")
    b = comparison_words(
        "we will not stop and this is about the bakery not the vigil not the striker"
    )
    assert verify(b, a, 0, CFG) is None


def test_versions_shorter_than_a_fragment_never_link() -> None:
    assert verify(FULL, comparison_words("the harbour wall"), 4, CFG) is None


def test_words_left_out_at_an_ellipsis_are_not_held_against_a_version() -> None:
    cut = comparison_words("The council will rebuild … before the winter storms")
    # Seen as plain words, five are missing: at best a condensed partial at the cutoff.
    plain = verify(FULL, cut, 0, CFG)
    assert plain is None or plain.score == CFG.link_score
    link = verify(FULL, cut, 0, CFG, gaps_b=(4,))
    assert link is not None and link.score == 100.0
    assert (link.kind, link.offset, link.score) == ("same", 0, 100)


def test_best_diagonal() -> None:
    assert best_diagonal(FULL, comparison_words("harbour wall at Porthcarrow")) == 5
    assert best_diagonal(FULL, comparison_words("nothing shared here")) is None


def test_similarity_scores() -> None:
    assert similarity("Rebuild the harbour wall!", FULL_TEXT) == 100
    assert similarity("rebuild the harbor wall", FULL_TEXT) == 100  # spelling is folded
    # One letter missing, compared folded. All words: "rebuild the harbor wal" (22
    # characters) against "rebuild the harbor wall" (23), 2 * 22 / 45 = 97.8; content
    # words: "rebuild harbor wal" (18) against "rebuild harbor wall" (19), 2 * 18 / 37 =
    # 97.3. The lower counts.
    assert similarity("rebuild the harbour wal", FULL_TEXT) == pytest.approx(200 * 18 / 37)
    assert similarity("rebuild the harbour wal", FULL_TEXT, score_cutoff=99) == 0
    assert similarity("", "") == 100 and similarity("", FULL_TEXT) == 0


def test_similarity_processor_replaces_the_comparison_form() -> None:
    assert similarity("A B", "a b", processor=lambda s: s) < 100
    assert similarity("A B", "a b", processor=str.lower) == 100


FULL_TEXT = "The council will rebuild the harbour wall at Porthcarrow before the winter storms"

PHRASES = st.lists(
    st.sampled_from(
        ["the", "council", "will", "rebuild", "harbour", "harbor", "wall", "wal", "at", "storms"]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=100)
@given(PHRASES, PHRASES)
def test_similarity_is_symmetric_and_on_the_0_to_100_scale(a: str, b: str) -> None:
    score = similarity(a, b)
    assert score == similarity(b, a)
    assert 0 <= score <= 100


@settings(max_examples=50)
@given(PHRASES)
def test_a_text_is_fully_similar_to_itself(a: str) -> None:
    assert similarity(a, a) == 100


# ---- excerpts: two stretches of one long statement ----------------------------------------

SUPPLIER = (
    "we have suspended every order from that mill while the inquiry runs its course and our "
    "food safety team is working with the county inspectors"
)


def test_two_excerpts_sharing_a_long_middle_link_as_an_excerpt() -> None:
    first = comparison_words(
        f"We traced the fault to one mill near Arden. {SUPPLIER}. Nobody else in the county "
        "has been affected by the recall so far."
    )
    second = comparison_words(f"{SUPPLIER} on a full review of every product line")
    link = verify(first, second, 9, CFG)
    assert link is not None and link.kind == "excerpt"
    # The shared run starts at word 9 of the first and word 0 of the second.
    assert (link.swapped, link.offset, link.words) == (False, 9, len(SUPPLIER.split()))


def test_a_shared_opening_or_ending_is_not_an_excerpt() -> None:
    run = comparison_words(SUPPLIER)
    tail_a = comparison_words(
        "until the end of the month at the earliest, when the mill at Arden reopens its doors "
        "to inspectors from three counties and the ministry"
    )
    tail_b = comparison_words(
        "and the council in Holloway has been told of every step we took since the first "
        "child fell ill at the Fernhill nursery in May"
    )
    assert verify((*run, *tail_a), (*run, *tail_b), 0, CFG) is None
    assert verify((*tail_a, *run), (*tail_b, *run), 0, CFG) is None


def test_a_shared_opening_cut_by_an_ellipsis_is_an_excerpt() -> None:
    # "A … D" against "A B C": the ellipsis says words were left out where the two
    # part, so the continuations do not differ; one version was cut.
    tail_a = comparison_words(
        "Nobody else in the county has been affected by the recall so far, and the mill at "
        "Arden will stay shut."
    )
    tail_b = comparison_words(
        "The council in Holloway has been told of every step we took since the first child "
        "fell ill at the Fernhill nursery in May."
    )
    run = comparison_words(SUPPLIER)
    cut = len(run)
    link = verify((*run, *tail_a), (*run, *tail_b), 0, CFG, gaps_b=(cut,))
    assert link is not None and link.kind == "excerpt"
    # The same at the end: "A … C" against "B C".
    link = verify((*tail_a, *run), (*tail_b, *run), 0, CFG, gaps_b=(len(tail_b),))
    assert link is not None and link.kind == "excerpt"
    # A cut elsewhere in the version does not make a shared opening an excerpt.
    assert verify((*run, *tail_a), (*run, *tail_b), 0, CFG, gaps_b=(cut + 2,)) is None


def test_a_shared_run_of_function_words_is_not_an_excerpt() -> None:
    run = "it was what it was and it is what it is for all of us"
    a = comparison_words(f"Arden said on Monday that {run} and the mill stays shut until spring")
    b = comparison_words(f"The mayor of Holloway told us {run} but the ferry runs again in March")
    assert verify(a, b, -1, CFG) is None


# An invented mountain rescue leader's thanks, and a reprint translated into another language
# and back.
APOLOGY = (
    "I want to thank personally every one of the volunteers who searched the moor through the "
    "night for Tomas, and I am so grateful that he is safe. No family should ever have to wait "
    "like that."
)
TRANSLATED = (
    "I want to express personally my gratitude to every one of the volunteers who searched the "
    "moor during all the night for Tomas, and I am so content to know him in safety. "
    "No family should ever have to attend like that."
)


def test_a_reworded_copy_keeping_long_runs_links() -> None:
    a, b = comparison_words(APOLOGY), comparison_words(TRANSLATED)
    link = verify(a, b, 0, CFG)
    assert link is not None and link.kind == "excerpt"
    # Along the longest run kept, "every one of the volunteers who searched the moor": word 5
    # of the thanks, word 8 of the translation.
    assert (link.swapped, link.offset, link.words) == (True, 3, 9)


@pytest.mark.parametrize(
    ("reason", "other"),
    [
        (
            "two phrases in common, little else",
            "Nobody thanked every one of the volunteers who came, and the rescue team say no "
            "family should ever have to search a moor at night without a radio.",
        ),
        (
            "one run kept, the rest another statement",
            "I want to thank personally every driver who stayed off the moor road, and it will "
            "open again on Friday once the snow is cleared.",
        ),
    ],
)
def test_statements_sharing_a_few_runs_are_not_a_reworded_copy(reason: str, other: str) -> None:
    a, b = comparison_words(APOLOGY), comparison_words(other)
    for diagonal in range(-3, 4):
        assert verify(a, b, diagonal, CFG) is None, reason


def test_a_rebuttal_echoing_a_claim_is_not_a_reworded_copy() -> None:
    claim = comparison_words(
        "We will cut taxes for working families and we will build three hundred thousand "
        "homes every single year until the end of this parliament"
    )
    rebuttal = comparison_words(
        "Labour will raise taxes for working families and will never build three hundred "
        "thousand homes in a single year, it is a fantasy"
    )
    for diagonal in range(-3, 4):
        assert verify(claim, rebuttal, diagonal, CFG) is None


def test_a_masked_word_reads_as_the_word_it_stands_for() -> None:
    full = comparison_words("It was a fucking shambles and every fan in the ground knew it")
    for masked in ("a f***ing shambles and every fan", "a f--- shambles and every fan"):
        link = verify(full, comparison_words(masked), 2, CFG)
        assert link is not None and link.score == 100.0, masked
    # A mask does not stand for a word starting with another letter.
    link = verify(full, comparison_words("a d*** shambles and every fan"), 2, CFG)
    assert link is None or link.score < 100.0


def test_a_condensed_partial_links_inside_its_sentence() -> None:
    full = comparison_words(
        "The delay to last night's final was unacceptable and avoidable, and we will be "
        "asking the league for answers"
    )
    link = verify(full, comparison_words("The delay was unacceptable."), 0, CFG)
    assert link is not None and (link.kind, link.offset) == ("contains", 0)
    # Too far apart to be one condensed sentence.
    assert verify(full, comparison_words("The delay was for answers"), 0, CFG) is None
    # Only one content word: anything could condense to it.
    assert verify(full, comparison_words("the delay was and"), 0, CFG) is None


def test_a_short_version_with_a_changed_word_links_nothing() -> None:
    # A headline from another story shares three of four words with a sentence's ending.
    full = comparison_words(
        "I was far too sure about how quickly our online shop would expand, and I got it "
        "wrong."
    )
    ending = len(full) - 4
    assert verify(full, comparison_words("WE GOT IT WRONG"), ending, CFG) is None
    assert verify(comparison_words("We got it wrong"), comparison_words("I got it wrong"), 0,
                  CFG) is None
    # The same words, or a misspelling of one of them, still link.
    for version in ("‘I Got It Wrong’", "I got it wrnog", "and I got it wrong"):
        link = verify(full, comparison_words(version), ending, CFG)
        assert link is not None and link.kind == "contains", version
    # Six words or more carry a changed word as before.
    link = verify(full, comparison_words("expand, and we got it wrong"), ending - 2, CFG)
    assert link is not None and link.kind == "contains"


@given(st.lists(st.sampled_from(["got", "it", "wrong", "we", "i", "fast", "grow"]),
                min_size=4, max_size=5))
def test_a_short_version_links_only_to_its_own_words_or_their_misspellings(
    words: list[str],
) -> None:
    full = comparison_words("we were too slow and fast and i got it wrong about how we grow")
    diagonal = best_diagonal(full, words)
    link = None if diagonal is None else verify(full, words, diagonal, CFG)
    if link is not None and link.score > CFG.link_score:
        stretch = full[link.offset : link.offset + link.words]
        assert len(stretch) == len(words)
        assert all(x == y for x, y in zip(words, stretch, strict=True))


def _plain_score(short: list[str], long: list[str], cutoff: float) -> float:
    """The word-run score as first written: a masked word found by asking every word."""
    if any(map(is_masked, short)) or any(map(is_masked, long)):
        short, long = _unmask(short, long)
    score = fuzz.ratio(" ".join(short), " ".join(long), score_cutoff=cutoff)
    if not score:
        return 0.0
    content_a = " ".join(w for w in short if w not in STOP_WORDS)
    content_b = " ".join(w for w in long if w not in STOP_WORDS)
    if content_a or content_b:
        score = min(score, fuzz.ratio(content_a, content_b, score_cutoff=cutoff))
    return score


_RUN_WORDS = st.lists(
    st.sampled_from(["the", "we", "harbour", "harbor", "f*", "fearful", "flood", "a*b", "wall"]),
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(_RUN_WORDS, _RUN_WORDS, st.sampled_from([0.0, 50.0, 85.0]))
def test_the_run_score_finds_masked_words_as_asking_each_word_does(
    short: list[str], long: list[str], cutoff: float
) -> None:
    assert _score(short, long, cutoff) == _plain_score(short, long, cutoff)
