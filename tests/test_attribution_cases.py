"""The labelled attribution table: each case's speaker and the rule that gave it."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


_BROKEN = [c for c in CASES if "\n" in c.text and "\r" not in c.text]


def _speakers(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """Each quote's speaker and rule, and the text its speaker span points at."""
    return [
        (
            q.speaker,
            q.speaker_rule,
            None if q.speaker_span is None else text[slice(*q.speaker_span)],
        )
        for q in extract_quotes(text)
    ]


@pytest.mark.parametrize("brk", ["\r\n", "\r"])
def test_every_case_reads_the_same_with_windows_or_old_mac_line_breaks(brk: str) -> None:
    # Every case, not a sample: a rule that misreads one of them under "\r\n" shows here on
    # every run ("Sen." before a Windows line break was once read as a title's full stop).
    wrong = [c.reason for c in _BROKEN if _speakers(c.text.replace("\n", brk)) != _speakers(c.text)]
    assert wrong == []


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(_BROKEN), st.data())
def test_windows_and_old_mac_line_breaks_give_the_same_speakers(
    case: Case, data: st.DataObject
) -> None:
    lines = case.text.split("\n")
    if data.draw(st.booleans(), label="bare carriage returns"):
        text = "\r".join(lines)
    else:  # "\r\n" and "\n" mixed, as pasted text has them
        breaks = data.draw(
            st.lists(
                st.sampled_from(["\n", "\r\n"]), min_size=len(lines) - 1, max_size=len(lines) - 1
            )
        )
        text = "".join(line + brk for line, brk in zip(lines, [*breaks, ""], strict=True))
    assert _speakers(text) == _speakers(case.text), case.reason
