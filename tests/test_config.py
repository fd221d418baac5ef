"""One immutable configuration object, checked when it is built."""

from __future__ import annotations

import pytest

from quotematch import Config, ConfigError
from quotematch.config import resolve_config


def test_defaults_leave_scare_quotes_and_titles_out_of_clustering() -> None:
    assert Config().cluster_kinds == frozenset({"direct", "partial", "tweet"})


def test_a_single_kind_may_be_given_as_a_string() -> None:
    assert Config(cluster_kinds="direct").cluster_kinds == frozenset({"direct"})


def test_unknown_kind_is_refused_with_the_choices() -> None:
    with pytest.raises(ConfigError, match="choose from"):
        Config(cluster_kinds={"direct", "rumour"})


@pytest.mark.parametrize("field", ["link_score", "paraphrase_score"])
def test_scores_must_lie_on_the_0_to_100_scale(field: str) -> None:
    with pytest.raises(ConfigError, match=field):
        Config(**{field: 101})


def test_counts_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="min_fragment_words"):
        Config(min_fragment_words=0)


def test_overrides_are_merged_without_touching_the_original() -> None:
    base = Config(link_score=80.0)
    merged = resolve_config(base, min_overlap_words=8)
    assert (merged.link_score, merged.min_overlap_words) == (80.0, 8)
    assert base.min_overlap_words == Config().min_overlap_words


def test_unknown_override_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown configuration option"):
        resolve_config(None, thresold=3)


def test_config_is_frozen() -> None:
    with pytest.raises(AttributeError):
        Config().link_score = 1.0  # type: ignore[misc]
