"""Kinds of quotes (quotematch._kinds): slogans on signs, banners, placards and shirts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotematch import _kinds, extract_quotes
from quotematch._kinds import classify


def kinds(text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in extract_quotes(text)]


@pytest.mark.parametrize(
    ("text", "slogan"),
    [
        (
            'Outside the library many held signs reading "Save Our Branches." as the vote began.',
            "Save Our Branches.",
        ),
        (
            "Parents waved placards that read “No More Cuts” outside Hollin Street school.",
            "No More Cuts",
        ),
        (
            "Islanders unfurled banners saying ‘Hands Off Our Ferries’ at the quay.",
            "Hands Off Our Ferries",
        ),
        (
            "Volunteers wore T-shirts emblazoned with “Every Book Counts” all weekend.",
            "Every Book Counts",
        ),
        (
            "A single sign that read: “keep the lights on in Dunmore” hung from the railings.",
            "keep the lights on in Dunmore",
        ),
        (
            "Drivers passed a banner which said “Toll Free by 2030!” on the ring road.",
            "Toll Free by 2030!",
        ),
    ],
)
def test_a_slogan_on_a_sign_is_a_title(text: str, slogan: str) -> None:
    assert kinds(text) == [(slogan, "title")]


def test_a_slogan_is_a_title_even_after_a_speech_verb_elsewhere_in_the_sentence() -> None:
    text = "Organiser Dev Mehta said marchers carried placards reading “Fund Our Buses.”"
    assert kinds(text) == [("Fund Our Buses.", "title")]


def test_speech_after_a_sign_word_is_not_a_slogan() -> None:
    # The sign is the subject, but the words are spoken by a person, with no
    # reading/saying word right before the mark.
    text = "Ruiz pointed at the sign. “We asked for this one last spring,” she said."
    assert kinds(text) == [("We asked for this one last spring,", "direct")]


def test_a_long_passage_after_a_sign_is_not_a_slogan() -> None:
    text = (
        "The notice on the gate, a sign reading “The council has closed this park until further "
        "notice because the paths flooded in the storm last week”, went up on Monday."
    )
    assert [kind for _, kind in kinds(text)] == ["partial"]


def test_a_word_that_merely_ends_in_sign_does_not_count() -> None:
    text = "The pair began to design, saying “We wanted it bright.”"
    assert kinds(text) == [("We wanted it bright.", "direct")]


def test_split_slogan_quote_is_never_a_title() -> None:
    # Joined parts around an attribution are one statement: direct, not title.
    text = "“Save our branches,” the signs read, “before it is too late.”"
    assert [kind for _, kind in kinds(text)] == ["direct"]


def test_classify_slogan_offsets() -> None:
    text = "Crowds held signs reading “No Ferry, No Future” on the pier."
    open_pos = text.index("“")
    end = text.index("”")
    assert classify(text, open_pos, open_pos + 1, end, 0) == "title"
    assert classify(text.replace("reading", "near"), open_pos - 3, open_pos - 2, end - 3, 0) != (
        "title"
    )


@given(
    before=st.text(alphabet=" \t\u00a0\n", max_size=5),
    words=st.text(max_size=200),
)
def test_a_quote_opening_its_paragraph_is_direct_as_the_full_reading_says(
    before: str, words: str
) -> None:
    # classify settles a quote with nothing but blanks before it as "direct" without
    # reading its words; the full reading of the words must agree.
    assert _kinds._classify_after(before, words) == "direct"
    text = before + "“" + words + "”"
    start = len(before) + 1
    assert _kinds.classify(text, len(before), start, start + len(words), 0) == "direct"
