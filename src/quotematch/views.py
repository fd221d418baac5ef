"""What the reports show: each statement with its versions and their changes, in reading order.

The text, HTML and CSV reports all read clusters through this one module, so
they agree on which statements are shown (``min_versions``), in which order
(most outlets first, or most deviating first), which differences are minor,
which change the meaning, and how many outlets print the passage verbatim.

Ordering: meaning changes first, then other wording changes, then minor ones;
statements with more outlets first (``order="outlets"``) or with more meaning
and wording changes first (``order="deviation"``), ties broken by cluster id
so the order never depends on the input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Literal

import attrs

from .models import Cluster, Coverage, Quote, Span, Variant

__all__ = [
    "Change",
    "Order",
    "Statement",
    "Version",
    "context",
    "count",
    "marked",
    "part_words",
    "segments",
    "statements",
]

Order = Literal["outlets", "deviation"]


@attrs.frozen
class Change:
    """One variant as a report shows it.

    Attributes:
        variant: the record itself.
        categories: its categories, main one first.
        meaning: why it changes the meaning ("negation", "number", ...), or None.
    """

    variant: Variant
    categories: tuple[str, ...]
    meaning: str | None

    @property
    def minor(self) -> bool:
        return self.variant.minor and self.meaning is None

    @property
    def label(self) -> str:
        """The visible tag: ``typo``, ``case+typo``, ``meaning: negation · substitution``."""
        tag = "+".join(self.categories)
        return f"meaning: {self.meaning} · {tag}" if self.meaning else tag


@attrs.frozen
class Version:
    """One member of a statement: the quote, the part of the passage it prints, its changes."""

    quote: Quote
    coverage: Coverage | None
    changes: tuple[Change, ...]

    @property
    def outlet(self) -> str:
        return self.quote.source or self.quote.doc_id

    @property
    def verbatim(self) -> bool:
        """True when the version prints the words of its part of the passage unchanged.

        Minor differences (case, typography, punctuation, locale spelling) do
        not count: "keeps warm." and "keeps warm," before "she said" are the
        same words.
        """
        return all(c.minor for c in self.changes)

    def shown(self, *, hide_minor: bool) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if not (hide_minor and c.minor))


@attrs.frozen
class Statement:
    """A cluster as a report shows it.

    Attributes:
        cluster: the record itself.
        speaker: who said it (the cluster's speaker, else the name its members give most).
        conflict: True when outlets name different people as the speaker.
        versions: its members, each with its changes, meaning changes first.
    """

    cluster: Cluster
    speaker: str | None
    conflict: bool
    versions: tuple[Version, ...]

    @property
    def outlets(self) -> tuple[str, ...]:
        """The distinct outlets that print it, in member order."""
        return tuple(dict.fromkeys(v.outlet for v in self.versions))

    @property
    def meaning_changes(self) -> int:
        return sum(1 for v in self.versions for c in v.changes if c.meaning)

    @property
    def wording_changes(self) -> int:
        return sum(1 for v in self.versions for c in v.changes if not c.minor)

    @property
    def verbatim_outlets(self) -> int:
        """How many outlets print the words of their part of the passage unchanged, every time."""
        changed = {v.outlet for v in self.versions if not v.verbatim}
        return sum(1 for outlet in self.outlets if outlet not in changed)


def statements(
    clusters: Iterable[Cluster], *, min_versions: int = 2, order: Order = "outlets"
) -> list[Statement]:
    """The clusters with at least ``min_versions`` members, as statements in report order.

    >>> a = Quote(id="a:0", doc_id="a", text="We will stay", source="Gazette", speaker="Ana Ruiz")
    >>> b = Quote(id="b:0", doc_id="b", text="We will not stay", source="Courier")
    >>> added = Variant(quote_id="b:0", category="insertion", canonical_text="",
    ...                 variant_text="not", canonical_span=(8, 8))
    >>> [s] = statements([Cluster(id="c1", canonical="We will stay", members=(a, b),
    ...                           variants=(added,), speaker="Ana Ruiz")])
    >>> s.speaker, s.outlets, s.verbatim_outlets, s.versions[1].changes[0].label
    ('Ana Ruiz', ('Gazette', 'Courier'), 1, 'insertion')
    """
    shown = [_statement(c) for c in clusters if len(c.members) >= min_versions]
    if order == "deviation":
        shown.sort(
            key=lambda s: (-s.meaning_changes, -s.wording_changes, -len(s.outlets), s.cluster.id)
        )
    else:
        shown.sort(
            key=lambda s: (
                -len(s.outlets),
                -len(s.versions),
                -s.meaning_changes,
                -s.wording_changes,
                s.cluster.id,
            )
        )
    return shown


def context(
    canonical: str, span: Span, *, words: int = 3, within: Span | None = None
) -> tuple[str, str]:
    """Up to ``words`` words of ``canonical`` before and after ``span``, "…" where cut.

    ``within`` limits the context to the part of the passage a version prints.

    >>> context("We will rebuild the Coastal Path fund from the ground up", (20, 27), words=2)
    ('…rebuild the ', ' Path fund…')
    >>> context("We will rebuild the Coastal Path fund", (16, 19), within=(8, 37))
    ('rebuild ', ' Coastal Path fund')
    """
    low, high = within if within is not None else (0, len(canonical))
    start, end = span
    before = canonical[low:start].split(" ") if start > low else [""]
    after = canonical[end:high].split(" ") if high > end else [""]
    head = " ".join(before[-(words + 1) :])
    tail = " ".join(after[: words + 1])
    if len(before) > words + 1:
        head = "…" + head
    if len(after) > words + 1:
        tail = tail + "…"
    return head, tail


def marked(
    canonical: str, variant: Variant, *, words: int = 3, within: Span | None = None
) -> tuple[str, str, str, str]:
    """A change in context as four pieces: before, ``[-old-]``, ``{+new+}``, after.

    The reports show every change this way (the text report paints the two
    middle pieces; the CSV joins them), so that an editor reads the phrase
    that changed among the words around it. An empty side is an empty piece.

    >>> typo = Variant(quote_id="b", category="typo", canonical_text="Coastal",
    ...                variant_text="Costal", canonical_span=(20, 27))
    >>> "".join(marked("We will rebuild the Coastal Path fund from the ground up", typo))
    '…will rebuild the [-Coastal-]{+Costal+} Path fund from…'
    """
    before, after = context(canonical, variant.canonical_span, words=words, within=within)
    old = f"[-{variant.canonical_text}-]" if variant.canonical_text else ""
    new = f"{{+{variant.variant_text}+}}" if variant.variant_text else ""
    if not old and after[:1].isalnum():  # an inserted word: keep it apart from the next one
        after = " " + after
    return before, old, new, after


def segments(
    canonical: str, version: Version, *, hide_minor: bool = False
) -> Iterator[str | Change]:
    """A version read against the passage: its part of ``canonical``, changes in place.

    Yields the passage's text between changes as strings and each change as a
    :class:`Change` (a minor change, when hidden, is yielded as its printed text).

    >>> q = Quote(id="b:0", doc_id="b", text="the Costal path")
    >>> typo = Variant(quote_id="b:0", category="typo", canonical_text="Coastal",
    ...                variant_text="Costal", canonical_span=(4, 11))
    >>> [s] = [v for v in statements([Cluster(id="c", canonical="the Coastal path",
    ...        members=(q, q), variants=(typo,))])]
    >>> [p if isinstance(p, str) else p.label for p in segments(s.cluster.canonical, s.versions[0])]
    ['the ', 'typo', ' path']
    """
    start, end = (
        (version.coverage.start, version.coverage.end) if version.coverage else (0, len(canonical))
    )
    cursor = start
    for change in sorted(version.changes, key=lambda c: c.variant.canonical_span):
        left, right = change.variant.canonical_span
        left = max(left, cursor)
        if left > cursor:
            yield canonical[cursor:left]
        if hide_minor and change.minor:
            yield change.variant.variant_text
        else:
            yield change
        cursor = max(cursor, right)
    if cursor < end:
        yield canonical[cursor:end]


def part_words(canonical: str, coverage: Coverage | None) -> tuple[int, int, int] | None:
    """``(first, last, total)`` words of the passage a version prints; None for all of it.

    >>> part_words("a b c d e", Coverage(quote_id="q", start=2, end=5, score=100.0))
    (2, 3, 5)
    """
    if coverage is None:
        return None
    total = len(canonical.split())
    first = len(canonical[: coverage.start].split()) + 1
    last = len(canonical[: coverage.end].split())
    if first <= 1 and last >= total:
        return None
    return first, last, total


def count(n: int, noun: str) -> str:
    """``1 outlet``, ``3 outlets``.

    >>> count(1, "outlet"), count(3, "outlet")
    ('1 outlet', '3 outlets')
    """
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


# --- implementation -------------------------------------------------------------------------


def _statement(cluster: Cluster) -> Statement:
    coverage = {c.quote_id: c for c in cluster.coverage}
    changes: dict[str, list[Change]] = {}
    for variant in cluster.variants:
        changes.setdefault(variant.quote_id, []).append(_change(variant))
    versions = tuple(
        Version(q, coverage.get(q.id), tuple(sorted(changes.get(q.id, ()), key=_change_order)))
        for q in cluster.members
    )
    return Statement(cluster, _speaker(cluster), _conflict(cluster), versions)


def _change(variant: Variant) -> Change:
    ordered = (variant.category, *(c for c in variant.categories if c != variant.category))
    return Change(variant, tuple(str(c) for c in ordered), ", ".join(variant.meaning) or None)


def _change_order(change: Change) -> tuple[int, int, int]:
    rank = 0 if change.meaning else 2 if change.minor else 1
    return (rank, *change.variant.canonical_span)


def _speaker(cluster: Cluster) -> str | None:
    return cluster.speaker


def _conflict(cluster: Cluster) -> bool:
    return bool(cluster.speaker_conflicts)
