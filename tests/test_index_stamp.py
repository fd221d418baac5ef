"""The quote index's stamp: computed from what the stored evidence depends on."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from quotematch import _index_stamp, normalize
from quotematch._index_file import UNSTAMPED
from quotematch._index_stamp import describe_staleness, evidence_stamp

CONFIG = '{"link_score": 85.0}'


@pytest.fixture(autouse=True)
def fresh_fingerprints() -> Iterator[None]:
    """Each test computes the fingerprints under its own patches, and leaves none cached."""
    normalize.comparison_fingerprint.cache_clear()
    normalize.fold_word.cache_clear()
    yield
    normalize.comparison_fingerprint.cache_clear()
    normalize.fold_word.cache_clear()


def test_the_stamp_is_the_same_each_time_it_is_computed() -> None:
    first = evidence_stamp(CONFIG)
    normalize.comparison_fingerprint.cache_clear()
    assert evidence_stamp(CONFIG) == first
    assert describe_staleness(first, evidence_stamp(CONFIG)) is None


def test_a_changed_spelling_table_changes_the_comparison_part(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = json.loads(evidence_stamp(CONFIG))
    pairs = normalize.spelling_pairs()
    monkeypatch.setattr(normalize, "spelling_pairs", lambda: (*pairs, ("kerb", "curb")))
    normalize.comparison_fingerprint.cache_clear()
    after = json.loads(evidence_stamp(CONFIG))
    assert after["comparison"] != before["comparison"]
    assert {k: v for k, v in after.items() if k != "comparison"} == {
        k: v for k, v in before.items() if k != "comparison"}
    reason = describe_staleness(json.dumps(before), json.dumps(after))
    assert reason is not None and "in the comparison form of quotes" in reason


def test_a_folding_that_changes_behaviour_shows_without_a_version_bump(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = evidence_stamp(CONFIG)
    monkeypatch.setattr(normalize, "_TIME", re.compile(r"(?!x)x"))  # times unfolded
    normalize.comparison_fingerprint.cache_clear()
    normalize.fold_word.cache_clear()
    assert evidence_stamp(CONFIG) != before


def test_the_version_constants_and_the_settings_each_move_the_stamp(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = evidence_stamp(CONFIG)
    assert evidence_stamp('{"link_score": 90.0}') != before
    monkeypatch.setattr(_index_stamp, "EVIDENCE_VERSION", _index_stamp.EVIDENCE_VERSION + 1)
    reason = describe_staleness(before, evidence_stamp(CONFIG))
    assert reason is not None and "stored votes, links or clusters" in reason
    monkeypatch.undo()
    monkeypatch.setattr(normalize, "COMPARISON_VERSION", normalize.COMPARISON_VERSION + 1)
    normalize.comparison_fingerprint.cache_clear()
    assert json.loads(evidence_stamp(CONFIG))["comparison"] != json.loads(before)["comparison"]


def test_a_file_from_before_stamps_or_with_a_garbled_stamp_is_stale() -> None:
    for stored in (UNSTAMPED, "", "{not json", "[1, 2]"):
        reason = describe_staleness(stored, evidence_stamp(CONFIG))
        assert reason is not None and reason.startswith("it was written before index files")
