"""British/American spelling: the table, its inflections, and the words it must leave alone."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotematch.normalize import comparison_form
from quotematch.spelling import _BRITISH_TO_AMERICAN, is_locale_pair, to_american

# (British, American, why it is here)
PAIRS = [
    ("apologise", "apologize", "-ise verb"),
    ("apologised", "apologized", "-ise past tense"),
    ("apologises", "apologizes", "-ise third person"),
    ("apologising", "apologizing", "-ise participle"),
    ("organisation", "organization", "-isation noun"),
    ("organisations", "organizations", "-isation plural"),
    ("recognised", "recognized", "-ise past tense"),
    ("analyse", "analyze", "-yse verb"),
    ("paralysed", "paralyzed", "-yse past tense"),
    ("honour", "honor", "-our noun"),
    ("honours", "honors", "-our plural"),
    ("honoured", "honored", "-our verb"),
    ("labour", "labor", "-our noun"),
    ("neighbours", "neighbors", "-our plural"),
    ("favourite", "favorite", "-ourite"),
    ("colourful", "colorful", "-our compound"),
    ("centre", "center", "-re noun"),
    ("centres", "centers", "-re plural"),
    ("theatre", "theater", "-re noun"),
    ("kilometres", "kilometers", "-re unit"),
    ("offence", "offense", "-ence noun"),
    ("defences", "defenses", "-ence plural"),
    ("licence", "license", "-ence noun"),
    ("travelled", "traveled", "doubled l, past"),
    ("travelling", "traveling", "doubled l, participle"),
    ("cancelled", "canceled", "doubled l, past"),
    ("labelled", "labeled", "doubled l, past"),
    ("modelled", "modeled", "doubled l, past"),
    ("counsellor", "counselor", "doubled l, -or"),
    ("jeweller", "jeweler", "doubled l, -er"),
    ("catalogue", "catalog", "-ogue"),
    ("dialogue", "dialog", "-ogue"),
    ("programme", "program", "whole word"),
    ("ageing", "aging", "whole word"),
    ("grey", "gray", "whole word"),
    ("jewellery", "jewelry", "whole word"),
    ("mould", "mold", "whole word"),
    ("plough", "plow", "whole word"),
    ("tyre", "tire", "whole word"),
    ("kerb", "curb", "whole word"),
    ("cheque", "check", "whole word"),
    ("manoeuvre", "maneuver", "whole word"),
    ("paediatric", "pediatric", "ae"),
    ("oestrogen", "estrogen", "oe"),
    ("anaesthetic", "anesthetic", "ae"),
    ("fulfil", "fulfill", "single l"),
    ("enrolment", "enrollment", "single l"),
    ("sceptical", "skeptical", "sc/sk"),
]

# Words that an open-ended suffix rule would wrongly rewrite.
UNCHANGED = [
    "rise", "advertise", "compromise", "exercise", "surprise", "wise", "otherwise",
    "promise", "premise", "franchise", "televise", "supervise", "revise", "devise",
    "comprise", "despise", "enterprise", "merchandise", "advertised", "surprised",
    "four", "hour", "your", "tour", "pour", "flour", "our", "acre", "ogre", "genre",
    "fence", "hence", "science", "evidence", "well", "all", "dial", "greyhound",
    "improvisation", "color", "center", "traveled",
]  # fmt: skip


@pytest.mark.parametrize(("british", "american", "why"), PAIRS)
def test_british_spelling_folds_to_american(british: str, american: str, why: str) -> None:
    assert to_american(british) == american, why
    assert to_american(american) == american
    assert is_locale_pair(british, american)
    assert is_locale_pair(american.capitalize(), british)


@pytest.mark.parametrize("word", UNCHANGED)
def test_words_outside_the_table_stay_as_they_are(word: str) -> None:
    assert to_american(word) == word
    assert not is_locale_pair(word, word)


def test_table_holds_a_few_hundred_pairs() -> None:
    assert len(_BRITISH_TO_AMERICAN) >= 300


def test_different_words_are_not_a_locale_pair() -> None:
    assert not is_locale_pair("colour", "flavour")
    assert not is_locale_pair("tire", "tyres")
    assert not is_locale_pair("we", "they")


def test_comparison_form_uses_the_table() -> None:
    assert comparison_form("The Council apologised for the kerb.") == comparison_form(
        "The council apologized for the curb"
    )


@given(st.sampled_from(sorted(_BRITISH_TO_AMERICAN)))
def test_folding_is_idempotent(word: str) -> None:
    # An American spelling is never itself rewritten, so folding twice changes nothing.
    once = to_american(word)
    assert once != word
    assert to_american(once) == once
