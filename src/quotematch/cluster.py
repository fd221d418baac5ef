"""Grouping the printed versions of one statement."""

from __future__ import annotations

from collections.abc import Iterable

from .config import Config, resolve_config
from .models import Cluster, Quote

__all__ = ["cluster_quotes"]


def cluster_quotes(quotes: Iterable[Quote | str], *, config: Config | None = None) -> list[Cluster]:
    """Group quotes that are versions of the same statement.

    (Placeholder: implemented in the clustering work.)
    """
    resolve_config(config)
    return []
