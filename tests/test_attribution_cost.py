"""Attribution stays linear on adversarial articles: operation counts, not time.

The work is counted as Python-level calls (``sys.setprofile``) while one
document is attributed, for a paragraph repeated ``n`` and ``2n`` times.
Linear work doubles; quadratic work would quadruple. Counting calls needs the
pure-Python modules: a compiled module makes no profiled calls.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import attribute as attribute_module
from quotematch import extract_quotes
from quotematch.attribute import attribute
from quotematch.models import Quote

pure_python_only = pytest.mark.skipif(
    attribute_module.__file__.endswith((".so", ".pyd")),
    reason="counts Python calls, which a compiled module does not make",
)

_UNITS = {
    "pronoun quotes after one name": "“We won,” she said. ",
    "statements as subject": "Acme Ltd met Jo Lee. “x,” the mayor said. “y,” the statement read. ",
    "unnamed speakers and pronouns": "“a,” one teacher said. “b,” she said. ",
    "spokespeople and descriptions": "“a,” a company spokesperson said. “b,” the singer said. ",
    "organisation pronouns": "“a,” it added. “b,” its statement read. “c,” they said. ",
    "introduced statements": "The company’s statement in full:\n\n“We are sorry.”\n\n",
    "capitalised words": "Ana Ruiz Tom Baines Storm Ada the Northolm estate ",
    "lead-in sentences": "Ana Ruiz was defiant. “We won.” The Kestrels said “a” ",
    "reported spokespeople": "A Home Office spokesman said it was fair. “a,” he added. ",
    "joint speakers and titles": "Ruth Holt and Tom Grant said “a” The “Saint Road” star said “b” ",
    "long organisation names": "the Office of Rail and Road and the Bank of England and Acme ",
    "a sentence that never ends": "Ana Ruiz spoke and “a” she said and “b” and then ",
}


def _quotes(text: str) -> list[Quote]:
    return [
        Quote(id=f"d:{i}", doc_id="d", text="", spans=((m.start() + 1, m.end() - 1),))
        for i, m in enumerate(regex.finditer(r"“[^“”]*”", text))
    ]


def _calls(text: str) -> int:
    quotes = _quotes(text)
    count = 0

    def profile(frame: Any, event: str, arg: Any) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        attribute(text, quotes)
    finally:
        sys.setprofile(None)
    return count


@pure_python_only
@pytest.mark.parametrize("unit", list(_UNITS.values()), ids=list(_UNITS))
def test_attribution_work_doubles_when_the_article_doubles(unit: str) -> None:
    lead = "Ana Ruiz spoke. "
    small = _calls(lead + unit * 400)
    large = _calls(lead + unit * 800)
    assert large / small < 2.3, (small, large)


@pure_python_only
@settings(max_examples=15, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "“We won,” she said. ",
                "“x,” the statement read. ",
                "Jo Lee met Acme Ltd. ",
                "“y,” a spokesperson said. ",
                "“z,” it added. ",
                "\n\n",
                "The club’s statement in full:\n\n",
                "“w,” the 29-year-old said. ",
            ]
        ),
        min_size=3,
        max_size=8,
    )
)
def test_any_mix_of_attributions_costs_linear_work(pieces: list[str]) -> None:
    unit = "".join(pieces)
    small = _calls(unit * 60)
    large = _calls(unit * 120)
    assert large / max(small, 1) < 2.4, (small, large)


_SPEAKERS = st.sampled_from(["Ana Ruiz", "Tom Baines", "Acme Ltd", "Ferrow Athletic"])
_CLAUSES = st.sampled_from(
    ["she said", "he said", "it added", "the statement read", "the company said",
     "a spokesperson said", "the singer said", "said {name}", "{name} said"]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_SPEAKERS, _CLAUSES, st.booleans()), min_size=1, max_size=6))
def test_a_resolved_speaker_is_mentioned_before_the_quote_or_in_its_clause(
    story: list[tuple[str, str, bool]],
) -> None:
    # Whatever the mix, attribution never invents a speaker: the name it gives
    # is one the article mentioned before the quote ends or in the clause.
    paragraphs = []
    for name, clause, mention in story:
        lead = f"{name} spoke on Monday. " if mention else ""
        paragraphs.append(f"{lead}“We will carry on,” {clause.format(name=name)}.")
    text = "\n\n".join(paragraphs)
    for quote in extract_quotes(text):
        if quote.speaker is None or quote.kind == "tweet":
            continue
        end = quote.spans[-1][1] + 60
        assert quote.speaker in text[:end], (quote.speaker, text)
        assert quote.speaker_span is not None
        start, stop = quote.speaker_span
        assert stop <= end and text[start:stop] in quote.speaker
