"""The one configuration object that flows through every stage.

All knobs live here, with their defaults documented in one place. A caller
passes ``config=Config(...)`` (or ``None`` for the defaults); stages never take
loose keyword arguments for thresholds.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from .errors import ConfigError
from .models import QUOTE_KINDS, QuoteKind

__all__ = ["Config", "resolve_config"]


def _kinds(value: str | Iterable[str]) -> frozenset[QuoteKind]:
    items = [value] if isinstance(value, str) else list(value)
    unknown = sorted(k for k in items if k not in QUOTE_KINDS)
    if unknown:
        raise ConfigError(f"unknown quote kind(s) {unknown}; choose from {list(QUOTE_KINDS)}")
    return frozenset(k for k in QUOTE_KINDS if k in items)


def _positive(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value <= 0:
        raise ConfigError(f"{attribute.name} must be positive, got {value!r}")


def _score(instance: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not 0 <= value <= 100:
        raise ConfigError(f"{attribute.name} must be between 0 and 100, got {value!r}")


@attrs.frozen(kw_only=True)
class Config:
    """Thresholds and switches for extraction, clustering and variants.

    Attributes:
        max_quote_chars: an unclosed quote mark stops the quote at the end of
            its paragraph, and never later than this many characters.
        cluster_kinds: the quote kinds that take part in clustering; scare
            quotes and titles are left out by default.
        min_fragment_words: a fragment shorter than this (in words) never
            joins a cluster through containment.
        min_overlap_words: the least number of words by which the end of one
            version must overlap the start of another to link them.
        link_score: the least similarity (0–100) of the overlapping wording
            for two versions to count as the same statement.
        paraphrase_score: a member whose similarity to its part of the
            canonical passage falls below this is reported as a paraphrase
            rather than word by word.
        max_key_frequency: blocking keys shared by more distinct quote texts
            than this are crowded: they pair only texts whose following
            words agree (the versions of a popular statement), not every
            text that holds them (the statements sharing a stock phrase).
        semantic: also join reworded versions of a statement (machine
            translations, spun copies, paraphrases) by meaning; needs the
            ``semantic`` extra (see :mod:`quotematch.semantic`). Off by
            default, and the lexical result does not change while it is off.
        semantic_score: the least similarity of meaning (cosine × 100) for
            ``semantic`` to join two versions that also share content words.

    >>> Config(min_fragment_words=5).min_fragment_words
    5
    """

    max_quote_chars: int = attrs.field(default=2000, validator=_positive)
    cluster_kinds: frozenset[QuoteKind] = attrs.field(
        default=frozenset({"direct", "partial", "tweet"}), converter=_kinds
    )
    min_fragment_words: int = attrs.field(default=4, validator=_positive)
    min_overlap_words: int = attrs.field(default=6, validator=_positive)
    link_score: float = attrs.field(default=85.0, validator=_score)
    paraphrase_score: float = attrs.field(default=70.0, validator=_score)
    max_key_frequency: int = attrs.field(default=500, validator=_positive)
    semantic: bool = False
    semantic_score: float = attrs.field(default=75.0, validator=_score)


DEFAULT_CONFIG = Config()


def resolve_config(config: Config | None = None, **overrides: Any) -> Config:
    """Return ``config`` (or the defaults) with ``overrides`` applied.

    >>> resolve_config(None, link_score=90.0).link_score
    90.0
    """
    base = DEFAULT_CONFIG if config is None else config
    if not overrides:
        return base
    try:
        return attrs.evolve(base, **overrides)
    except TypeError as exc:
        raise ConfigError(f"unknown configuration option: {exc}") from None
