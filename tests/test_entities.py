"""The article's layout and entity model (``quotematch.entities``)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch.entities import Entities, Layout, paragraph_starts

# The plain reference for paragraph_starts: what the pattern finds.
_PARAGRAPH = re.compile(r"\n(?:[ \t\u00a0]*\n)*[ \t\u00a0]*")


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", ".", " ", "\t", "\u00a0", "\n", "\r", "“"])))
def test_paragraph_starts_match_the_plain_pattern(text: str) -> None:
    assert paragraph_starts(text) == [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


def test_layout_knows_sentences_paragraphs_and_the_reporters_text() -> None:
    text = "Ana Ruiz spoke. She left.\n\n“We won,” she said."
    layout = Layout(text, [])
    assert layout.paragraphs == [0, text.index("“")]
    assert layout.sentence(text.index("She")) == 1
    assert layout.paragraph(text.index("We")) == 1
    assert layout.outside_quotes(0)


def test_entities_group_a_surname_with_the_full_name_and_rank_salience() -> None:
    text = "Coach Ana Ruiz met Tom Baines. Later Ruiz spoke to Pellham Foods staff."
    entities = Entities(Layout(text, []))
    assert [m.name for m in entities.mentions] == [
        "Ana Ruiz", "Tom Baines", "Ana Ruiz", "Pellham Foods"
    ]  # fmt: skip
    assert entities.salient_person(len(text), None) == "Ana Ruiz"
    assert entities.salient_org(len(text)) == "Pellham Foods"
    assert entities.latest_mention("Ana Ruiz", len(text)) == (37, 41)


def test_the_outlet_is_a_name_only_told_and_getting_in_touch() -> None:
    text = (
        "Ann Reid said she cried, she told the Gazette. Fenmoor Water cancelled the bill "
        "after the Gazette got in touch. Ann Reid told Fenmoor Water in May."
    )
    entities = Entities(Layout(text, []))
    assert entities.outlets == frozenset({"Gazette"})  # Fenmoor Water acts in the story
    assert entities.addressed(text.index("Gazette got"))
    assert not entities.addressed(text.index("Fenmoor Water cancelled"))
    quiet = "Ann Reid told the Gazette. The Gazette revealed the bill after it got in touch."
    assert Entities(Layout(quiet, [])).outlets == frozenset()  # it reports: it acts


def test_a_name_before_a_job_title_and_a_person_is_their_employer() -> None:
    text = (
        "Wend Warriors won. Warriors director of rugby Owen Prowe smiled. "
        "At the final, Quarby mother Ann Reid cheered. Harlow Town defender Luca Moretti scored."
    )
    kinds = {m.name: m.kind for m in Entities(Layout(text, [])).mentions}
    assert kinds["Wend Warriors"] == "org"  # every mention, the first one too
    assert kinds["Harlow Town"] == "org"
    assert kinds["Owen Prowe"] == kinds["Luca Moretti"] == "person"
    assert kinds["Quarby"] != "org"  # a mother is not employed by her town
