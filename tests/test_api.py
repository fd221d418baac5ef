"""The public API is a deliberate list: changing it means changing this test."""

from __future__ import annotations

from importlib import metadata

import quotematch


def test_public_names_are_pinned() -> None:
    assert quotematch.__all__ == [
        "CheckResult",
        "Cluster",
        "Config",
        "ConfigError",
        "Coverage",
        "DecodeError",
        "Diagnostic",
        "Document",
        "IndexBusyError",
        "IndexFileError",
        "IndexStaleError",
        "InputError",
        "MatchResult",
        "MeaningChange",
        "MissingExtraError",
        "Quote",
        "QuoteCheck",
        "QuoteIndex",
        "QuoteKind",
        "QuotematchError",
        "ReadError",
        "RecordError",
        "Variant",
        "VariantCategory",
        "check_article",
        "cluster_quotes",
        "comparison_form",
        "extract_quotes",
        "match",
    ]


def test_public_names_are_sorted_and_all_importable() -> None:
    assert quotematch.__all__ == sorted(quotematch.__all__)
    for name in quotematch.__all__:
        assert getattr(quotematch, name) is not None, name


def test_version_matches_the_installed_metadata() -> None:
    assert quotematch.__version__ == metadata.version("quotematch")
