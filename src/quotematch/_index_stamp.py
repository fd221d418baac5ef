"""The quote index's stamp: a fingerprint of everything its stored evidence depends on.

An index file keeps, for every text, the comparison form it had when it was
added (its folded words and gaps), the blocking keys of those words, the votes
the keys gave, and the links and clusters they led to. A later quotematch may
fold, key or vote otherwise, and then the file's answers for such texts would
silently differ from :func:`quotematch.match` on the same documents. So the file
records (in its ``meta`` table) the stamp it was written under, and an index
whose stamp differs from this quotematch's is *stale*: it can be read, but not
written, until it is rebuilt from its stored documents
(:meth:`quotematch.QuoteIndex.rebuild`).

The stamp has four parts, each a short digest so that a stale file can say
which one moved:

- ``comparison``: :func:`quotematch.normalize.comparison_fingerprint`, computed
  from the normalisation tables and patterns, the folded form of probe texts,
  and :data:`quotematch.normalize.COMPARISON_VERSION` for code changes;
- ``keys``: the blocking keys of probe texts and the constants of the
  candidate rule (:mod:`quotematch.block`), computed;
- ``evidence``: :data:`EVIDENCE_VERSION`, raised by hand when code that shapes
  the stored votes, links or clusters changes in a way nothing above shows;
- ``config``: the clustering settings the file was built with.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache

from . import block
from ._index_file import UNSTAMPED
from .normalize import comparison_fingerprint

__all__ = ["EVIDENCE_VERSION", "describe_staleness", "evidence_stamp"]

EVIDENCE_VERSION = 1
"""Raise by hand when the index's keys, votes, verification, joining or assembly change
in a way the computed parts of the stamp do not show."""

_KEY_PROBES = (
    "we will rebuild the harbor wall before the winter storms arrive",
    "i want to be clear about one thing the ferry timetable will not change",
    "of the and to a in is it that for on 2,000 9:30am o'neill",
)
"""Folded words whose blocking keys are part of the stamp (stop words and content words
mixed); already in comparison form, so this part does not move with the folding."""

_PARTS = ("comparison", "keys", "evidence", "config")
_NAMES = {
    "comparison": "the comparison form of quotes (how words are folded)",
    "keys": "the blocking keys and candidate rules",
    "evidence": "the stored votes, links or clusters",
    "config": "the clustering settings",
}


def _digest(value: object) -> str:
    data = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.blake2b(data, digest_size=8).hexdigest()


@lru_cache(maxsize=1)
def _keys_fingerprint() -> str:
    constants = [sorted(block.STOP_WORDS), block.DIAGONAL_SLACK, block.RARE, block.OVERLAP_RARE,
                 block.FULL_PAIRS, block.LONE_VOTE, block.MOST_VOTES, block.WEAK_CROWDED]
    probes = [block.key_columns(text.split()) for text in _KEY_PROBES]
    return _digest([constants, probes])


def evidence_stamp(config_json: str) -> str:
    """The stamp (JSON) an index built with these settings gets from this quotematch.

    Args:
        config_json: the clustering settings as the index stores them.

    >>> sorted(json.loads(evidence_stamp("{}")))
    ['comparison', 'config', 'evidence', 'keys']
    """
    parts = {
        "comparison": comparison_fingerprint()[:16],
        "keys": _keys_fingerprint(),
        "evidence": str(EVIDENCE_VERSION),
        "config": _digest(json.loads(config_json)),
    }
    return json.dumps(parts, sort_keys=True)


def describe_staleness(stored: str, current: str) -> str | None:
    """Why an index stamped ``stored`` is stale under the ``current`` stamp; None when it is not.

    >>> describe_staleness("none", evidence_stamp("{}"))[:37]
    'it was written before index files rec'
    >>> describe_staleness(evidence_stamp("{}"), evidence_stamp("{}")) is None
    True
    """
    if stored == current:
        return None
    try:
        old = json.loads(stored)
    except ValueError:
        old = None
    if stored == UNSTAMPED or not isinstance(old, dict):
        return ("it was written before index files recorded the comparison form of their "
                "quotes, so its answers may differ from `quotematch match` on the same documents")
    new = json.loads(current)
    moved = [_NAMES[p] for p in _PARTS if old.get(p) != new.get(p)] or ["its stamp"]
    return (f"it was built by a quotematch that differs from this one in {'; '.join(moved)}, so "
            "its answers may differ from `quotematch match` on the same documents")
