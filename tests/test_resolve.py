"""Each resolution rule on its own: a scene built from a short article, one phrase, one answer.

The rules are also exercised end to end by the labelled cases
(``tests/attribution_cases.py``); here each is called alone, so a failure
names the rule. The last test checks that extraction's modules import only
earlier ones.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import resolve
from quotematch.clauses import TOKEN, Phrase, find_clause, speaker_phrase
from quotematch.resolve import Scene


def _phrase(text: str, written: str, after: int = 0) -> Phrase:
    start = text.index(written, after)
    phrase = speaker_phrase(text, start, start + len(written))
    assert phrase is not None
    return phrase


def _quote_at(text: str, words: str) -> int:
    return text.index(words)


def test_named_gives_the_fullest_form_of_a_surname() -> None:
    text = "Coach Ana Ruiz arrived late. “We lost,” Ruiz said."
    phrase = _phrase(text, "Ruiz", 20)
    assert resolve.named(Scene(text, []), phrase, _quote_at(text, "We lost")) == "Ana Ruiz"


def test_pronoun_she_is_the_person_in_view() -> None:
    text = "Coach Ana Ruiz arrived late. “We lost,” she said."
    phrase = _phrase(text, "she")
    assert resolve.pronoun(Scene(text, []), phrase, _quote_at(text, "We lost")) == "Ana Ruiz"


def test_pronoun_it_is_the_organisation_in_view() -> None:
    text = "Pellham Foods recalled two cereal bars. “We are sorry,” it said."
    phrase = _phrase(text, "it", text.index("”"))
    assert resolve.pronoun(Scene(text, []), phrase, _quote_at(text, "We are")) == "Pellham Foods"


def test_description_by_age_is_the_person_given_that_age() -> None:
    text = "Tom Baines met Ana Ruiz, 41, on Monday. “It went well,” the 41-year-old said."
    phrase = _phrase(text, "the 41-year-old")
    assert resolve.description(Scene(text, []), phrase, _quote_at(text, "It went")) == "Ana Ruiz"


def test_description_the_company_is_the_company_named_before() -> None:
    text = "Pellham Foods recalled two cereal bars. “We are sorry,” the company said."
    phrase = _phrase(text, "the company")
    found = resolve.description(Scene(text, []), phrase, _quote_at(text, "We are"))
    assert found == "Pellham Foods"


def test_statement_speaks_for_whoever_issued_it() -> None:
    text = (
        "Pellham Foods issued a statement on Monday.\n\n"
        "“We are deeply sorry,” the statement read."
    )
    phrase = _phrase(text, "the statement", 50)
    found = resolve.statement(Scene(text, []), phrase, _quote_at(text, "We are"))
    assert found == "Pellham Foods"


def test_spokesperson_speaks_for_the_organisation_named_in_the_phrase() -> None:
    text = "Rain closed the park. “We are sorry,” a spokesperson for Pellham Foods said."
    phrase = _phrase(text, "a spokesperson for Pellham Foods")
    found = resolve.spokesperson(Scene(text, []), phrase, _quote_at(text, "We are"))
    assert found == "Pellham Foods"


def test_continuation_carries_the_speaker_on_unless_someone_else_is_named() -> None:
    text = "“We won,” Ana Ruiz said. “We will go on.” Tom Baines left. “It was hard.”"
    scene = Scene(text, [])
    first = (text.index("We won"), text.index(",”"))
    second = (text.index("We will"), text.index(".” Tom"))
    third = (text.index("It was"), len(text) - 1)
    assert resolve.continuation(scene, [first], "Ana Ruiz", [second]) == "Ana Ruiz"
    assert resolve.continuation(scene, [second], "Ana Ruiz", [third]) is None
    assert resolve.continuation(scene, [], "Ana Ruiz", [second]) is None


def test_introduction_gives_the_issuer_of_a_statement_printed_in_full() -> None:
    text = (
        "Pellham Foods recalled two cereal bars.\n\n"
        "Pellham Foods said in a statement:\n\n"
        "“We are deeply sorry.”"
    )
    start = text.index("We are")
    assert resolve.introduction(Scene(text, []), start, 0) == "Pellham Foods"


def test_introduction_needs_an_introducing_paragraph() -> None:
    text = "Pellham Foods recalled two cereal bars.\n\n“We are deeply sorry.”"
    assert resolve.introduction(Scene(text, []), text.index("We are"), 0) is None


def test_post_needs_the_same_opening_words() -> None:
    text = "One fan wrote, “what a night that was”.\n\nwhat a day that was"
    quote = (text.index("what"), text.index("was") + 3)
    body = (text.index("what", quote[1]), len(text))
    assert resolve.post(text, [quote], [body]) is False


@pytest.mark.parametrize(
    ("text", "written", "rule", "speaker"),
    [
        ("Ana Ruiz spoke. “We won,” Ruiz said.", "Ruiz said", "named", "Ana Ruiz"),
        ("Ana Ruiz spoke. “We won,” she said.", "she", "pronoun", "Ana Ruiz"),
        ("Tom Baines spoke. “We won,” police said.", "police", "description", None),
    ],
)
def test_resolve_says_which_rule_fired(
    text: str, written: str, rule: str, speaker: str | None
) -> None:
    s = text.index("We won")
    scene = Scene(text, [])
    found = find_clause(scene.entities, [(s, s + 7)], 0)
    assert found is not None
    phrase, cue, clause_start = found
    assert text[phrase.start :].startswith(written.split()[0])
    assert cue == "said"
    assert resolve.resolve(scene, phrase, min(s, clause_start)) == (speaker, rule)


# Extraction's modules in the order data flows through them: each may import
# only modules before it.
_FLOW = (
    "models", "cues", "_marks", "_tweets", "_kinds", "names", "entities", "clauses", "resolve",
    "attribute", "extract",
)  # fmt: skip


@pytest.mark.parametrize("module", _FLOW)
def test_extraction_imports_flow_one_way(module: str) -> None:
    source = Path(resolve.__file__).with_name(f"{module}.py")
    if not source.exists():
        pytest.skip("the compiled package ships no sources")
    tree = ast.parse(source.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module is None:
                imported.update(alias.name for alias in node.names)
            else:
                imported.add(node.module.split(".")[0])
    later = set(_FLOW[_FLOW.index(module) + 1 :])
    assert not imported & later, f"{module} imports {sorted(imported & later)}"


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(["a", "B", " ", "\u00a0", "'", "\n"]), max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_last_words_are_the_last_tokens(text: str, start: int, end: int) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    tokens = [(m.group(), m.end()) for m in TOKEN.finditer(text, start, end)]
    assert resolve._last_words(text, start, end, 4) == tokens[-4:]


def test_description_a_two_word_nationality_is_the_person_in_view() -> None:
    text = "Jacques du Toit kicked the winner. “I breathed,” the South African said."
    phrase = _phrase(text, "the South African")
    assert phrase.kind == "np"  # a descriptor, never the name "South African"
    found = resolve.description(Scene(text, []), phrase, _quote_at(text, "I breathed"))
    assert found == "Jacques du Toit"


def test_answer_after_a_question_is_the_person_introduced() -> None:
    text = (
        "Harlow captain Tomasz Nowak led the side.\n\nHow does it feel?\n\n“Great.”\n\n"
        "Harlow beat Crowmarsh.\n\n“We were lucky.”"
    )
    scene = Scene(text, [])
    assert resolve.answer(scene, text.index("Great"), 0) == "Tomasz Nowak"
    assert resolve.answer(scene, text.index("We were"), 0) is None  # no question before it
