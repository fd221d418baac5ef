"""The labelled attribution table: each case's speaker and the rule that gave it."""

from __future__ import annotations

import pytest

from attribution_cases import CASES, KNOWN_LIMITS, Case
from quotematch import extract_quotes
from quotematch.models import Quote


def _quote(case: Case) -> Quote:
    """The first quote (in reading order) whose text holds the case's words."""
    found = [q for q in extract_quotes(case.text) if case.part in q.text]
    assert found, f"{case.part!r} should be in a quote"
    return found[0]


@pytest.mark.parametrize("case", CASES, ids=[f"{c.pattern}:{c.reason}" for c in CASES])
def test_attribution_case(case: Case) -> None:
    quote = _quote(case)
    assert quote.speaker == case.speaker, case.reason
    if case.speaker is not None:
        assert quote.speaker_rule == case.rule, case.reason
        span = quote.speaker_span
        assert span is not None, "a resolved speaker carries the span naming it"
        named = case.text[span[0] : span[1]]
        speaker = case.speaker.casefold()  # "Katie" names "KATIE HOLLOWAY" too
        assert named.split()[-1].strip("’'s").casefold() in speaker or named.casefold() in speaker


def test_the_table_is_large_and_covers_every_pattern() -> None:
    patterns = {c.pattern for c in CASES}
    assert len(CASES) >= 150
    assert patterns == {
        "named", "statement", "none", "pronoun", "description", "spokesperson", "not-speakers",
        "posts",
    }  # fmt: skip
    assert all(c.reason for c in CASES)


@pytest.mark.parametrize("case", KNOWN_LIMITS, ids=[c.reason for c in KNOWN_LIMITS])
@pytest.mark.xfail(strict=True, reason="a known limit, documented in docs/attribution.md")
def test_known_limit(case: Case) -> None:
    assert _quote(case).speaker == case.speaker, case.reason
