"""Blocking keys: the one function that proposes candidate pairs.

The batch clusterer (and any index built on it) calls :func:`blocking_keys`,
so every path through quotematch proposes the same candidates.
"""

from __future__ import annotations

__all__: list[str] = []
