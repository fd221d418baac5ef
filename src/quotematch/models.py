"""The immutable records that flow between quotematch's stages.

Every offset in these records is a code-point offset into the *original*
text the caller gave us, so ``document.text[start:end]`` is always the exact
substring that was reported.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any, Literal, get_args

import attrs

from .dates import parse_published

__all__ = [
    "Cluster",
    "Coverage",
    "Diagnostic",
    "Document",
    "MatchResult",
    "MeaningChange",
    "Quote",
    "QuoteKind",
    "Span",
    "Variant",
    "VariantCategory",
]

Span = tuple[int, int]
"""A half-open ``(start, end)`` range of code points."""

QuoteKind = Literal["direct", "partial", "tweet", "scare", "title"]
QUOTE_KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)

VariantCategory = Literal[
    "typo",
    "spelling_locale",
    "case",
    "punctuation",
    "typography",
    "omission",
    "insertion",
    "substitution",
    "editorial_bracket",
    "ellipsis",
    "paraphrase",
    "reordering",
]
VARIANT_CATEGORIES: tuple[VariantCategory, ...] = get_args(VariantCategory)

MeaningChange = Literal["negation", "number", "name", "modal", "person"]
MEANING_CHANGES: tuple[MeaningChange, ...] = get_args(MeaningChange)


def _to_datetime(value: object) -> _dt.datetime | None:
    """A datetime, a date, or an ISO 8601 or RFC 2822 string (see :mod:`quotematch.dates`)."""
    return parse_published(value)


@attrs.frozen
class Document:
    """One article: its text and what is known about where it came from.

    ``title`` and ``format`` are filled by the readers (``format`` is
    ``"html"`` for a web page, whose ``text`` is the extracted article).

    >>> Document("a1", "“We won,” she said.", source="Daily Example").source
    'Daily Example'
    """

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    published: _dt.datetime | None = attrs.field(default=None, converter=_to_datetime)
    title: str | None = None
    format: str | None = None

    def to_dict(self, *, text: bool = False) -> dict[str, Any]:
        """What the JSON outputs say about a document (``text`` included on request).

        ``format`` is how it was read (``text``, ``jsonl``, ``csv``, ``html``,
        or None when built in code).

        >>> Document("a1", "Hi", source="Gazette").to_dict()["source"]
        'Gazette'
        """
        record: dict[str, Any] = {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "format": self.format,
        }
        if text:
            record["text"] = self.text
        return record


@attrs.frozen
class Diagnostic:
    """Something odd in the text that extraction worked around.

    ``code`` is a stable machine-readable name (``unclosed-quote``,
    ``unmatched-close``...), ``message`` says it for people, and ``offset``
    points at the offending place in the document text.
    """

    code: str
    message: str
    offset: int


@attrs.frozen(kw_only=True)
class Quote:
    """One quoted statement, possibly printed in several parts.

    Attributes:
        id: unique within a run, ``"<doc_id>:<n>"`` for extracted quotes.
        doc_id: the id of the document the quote came from.
        text: the parts joined by one space.
        spans: where each part sits in the document text, marks excluded.
        kind: ``direct``, ``partial``, ``tweet``, ``scare`` or ``title``.
        speaker: who said it, as the article names them most fully, or None.
        cue: the attribution verb (``said``, ``told``, ``wrote``...), or None.
        handle: the social-media handle of a ``tweet``'s author, or None.
        editorial: spans of editorial brackets and ellipses inside the quote.
        nested: spans of quotes nested inside this one (marks excluded).
        diagnostics: what was odd about this quote's marks.
        source, published: copied from the document, for reporting.
        speaker_rule: which attribution rule gave ``speaker`` (``named``,
            ``pronoun``, ``description``, ``statement``, ``spokesperson``,
            ``continuation``, ``exchange``, ``introduction``, ``afterword``, ``repeated``,
            ``headline``, ``post``...),
            or None.
        speaker_span: where the mention naming the speaker sits in the
            document text (the name in the clause, or the earlier mention a
            pronoun or description was resolved to), or None.
        speaker_phrase: the speaker phrase as written in the attribution
            clause ("a spokesperson for the club", "she"), kept even when it
            resolves to no one; None when no clause was found.
    """

    id: str
    doc_id: str
    text: str
    spans: tuple[Span, ...] = ()
    kind: QuoteKind = "direct"
    speaker: str | None = None
    cue: str | None = None
    handle: str | None = None
    editorial: tuple[Span, ...] = ()
    nested: tuple[Span, ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    source: str | None = None
    published: _dt.datetime | None = attrs.field(default=None, converter=_to_datetime)
    speaker_rule: str | None = None
    speaker_span: Span | None = None
    speaker_phrase: str | None = None

    def document_offset(self, index: int) -> int:
        """Map an offset into ``text`` to the offset in the document text.

        The end of a part maps to the end of that part in the document; the
        joining space after it maps to the start of the next part. Quotes
        built from plain strings (no spans) map to themselves.

        >>> q = Quote(id="d:0", doc_id="d", text="We won and we will", spans=((1, 7), (20, 31)))
        >>> q.document_offset(0), q.document_offset(6), q.document_offset(7)
        (1, 7, 20)
        """
        if not self.spans:
            return index
        base = 0
        for start, end in self.spans:
            length = end - start
            if index <= base + length:
                return start + (index - base)
            base += length + 1
        return self.spans[-1][1]

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready record written by ``quotematch extract --format jsonl``."""
        return {
            "id": self.id,
            "doc": self.doc_id,
            "text": self.text,
            "spans": [[start, end] for start, end in self.spans],
            "speaker": self.speaker,
            "kind": self.kind,
            "cue": self.cue,
            "handle": self.handle,
            "editorial": [[start, end] for start, end in self.editorial],
            "nested": [[start, end] for start, end in self.nested],
            "diagnostics": [
                {"code": d.code, "message": d.message, "offset": d.offset} for d in self.diagnostics
            ],
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "speaker_rule": self.speaker_rule,
            "speaker_span": list(self.speaker_span) if self.speaker_span else None,
            "speaker_phrase": self.speaker_phrase,
        }


@attrs.frozen(kw_only=True)
class Variant:
    """One place where a member's wording departs from the canonical text.

    Attributes:
        quote_id: the member quote this variant belongs to.
        category: what kind of difference it is (see ``VariantCategory``).
        canonical_text: the canonical words at this place ("" for an insertion).
        variant_text: the member's words at this place ("" for an omission).
        canonical_span: where ``canonical_text`` sits in ``Cluster.canonical``.
        spans: where ``variant_text`` sits in the member's document text;
            a zero-width span marks the place of an omission.
        minor: True for differences an editor would not care about
            (case, typography, punctuation, spelling forms).
        categories: every kind of difference inside the changed phrase,
            the main ``category`` first (``("typo", "case")`` for
            ``Pine Marten`` → ``pine martin``).
        meaning: the ways the change may alter what was said, in the order
            ``negation``, ``number``, ``name``, ``modal``, ``person``;
            empty when it cannot (see ``docs/variants.md``).
        similarity: for a member joined to its cluster by meaning
            (``Config.semantic``), its similarity to the canonical passage
            (0–100); None otherwise.
    """

    quote_id: str
    category: VariantCategory
    canonical_text: str
    variant_text: str
    canonical_span: Span
    spans: tuple[Span, ...] = ()
    minor: bool = False
    categories: tuple[VariantCategory, ...] = ()
    meaning: tuple[MeaningChange, ...] = ()
    similarity: float | None = None

    def to_dict(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "quote": self.quote_id,
            "category": self.category,
            "canonical_text": self.canonical_text,
            "variant_text": self.variant_text,
            "canonical_span": list(self.canonical_span),
            "spans": [[start, end] for start, end in self.spans],
            "minor": self.minor,
            "categories": list(self.categories or (self.category,)),
            "meaning": list(self.meaning),
        }
        if self.similarity is not None:
            record["similarity"] = self.similarity
        return record


@attrs.frozen(kw_only=True)
class Coverage:
    """Which part of the cluster's canonical passage a member prints.

    ``start``/``end`` index ``Cluster.canonical``; ``score`` is the member's
    similarity to that part on quotematch's 0–100 scale (higher is closer).
    """

    quote_id: str
    start: int
    end: int
    score: float


@attrs.frozen(kw_only=True)
class Cluster:
    """All printed versions of one statement.

    Attributes:
        id: derived from the members' words (``"c"`` and 16 hex digits), the same in every run.
        canonical: the passage assembled from the members, word by word the
            reading most of them agree on.
        members: the quotes in the cluster.
        variants: every member's departures from ``canonical``.
        coverage: for each member (same order), the part of ``canonical`` it covers.
        earliest: the member published first, when dates are known.
        speaker: the person most members name as the speaker, in the fullest
            form printed ("Helen Okafor" for "Dr Okafor" and "Helen Okafor"),
            or None when no member names one.
        speaker_conflicts: the ids of the members that name a different
            person: empty when the members agree.
        pinned: the id of the source document whose wording is ``canonical``
            (``cluster --against``, :func:`quotematch.pin.pin_clusters`), or None.
    """

    id: str
    canonical: str
    members: tuple[Quote, ...]
    variants: tuple[Variant, ...] = ()
    coverage: tuple[Coverage, ...] = ()
    earliest: Quote | None = None
    speaker: str | None = None
    speaker_conflicts: tuple[str, ...] = ()
    pinned: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "canonical": self.canonical,
            "members": [q.id for q in self.members],
            "coverage": [
                {"quote": c.quote_id, "start": c.start, "end": c.end, "score": round(c.score, 2)}
                for c in self.coverage
            ],
            "earliest": self.earliest.id if self.earliest else None,
            "variants": [v.to_dict() for v in self.variants],
            "speaker": self.speaker,
            "speaker_conflicts": list(self.speaker_conflicts),
            "pinned": self.pinned,
        }


@attrs.frozen(kw_only=True)
class MatchResult:
    """What :func:`quotematch.match` found in a set of documents."""

    documents: tuple[Document, ...]
    quotes: tuple[Quote, ...]
    clusters: tuple[Cluster, ...]

    def to_dict(self) -> dict[str, Any]:
        """The JSON document written by ``quotematch cluster --format json``."""
        return {
            "quotes": [q.to_dict() for q in self.quotes],
            "clusters": [c.to_dict() for c in self.clusters],
        }


def quote_from_mapping(record: Mapping[str, Any]) -> Quote:
    """Rebuild a :class:`Quote` from its ``to_dict`` form (the inverse of ``Quote.to_dict``)."""
    return Quote(
        id=str(record["id"]),
        doc_id=str(record["doc"]),
        text=str(record["text"]),
        spans=tuple((int(s), int(e)) for s, e in record.get("spans", ())),
        kind=record.get("kind", "direct"),
        speaker=record.get("speaker"),
        cue=record.get("cue"),
        handle=record.get("handle"),
        editorial=tuple((int(s), int(e)) for s, e in record.get("editorial", ())),
        nested=tuple((int(s), int(e)) for s, e in record.get("nested", ())),
        diagnostics=tuple(
            Diagnostic(d["code"], d["message"], int(d["offset"]))
            for d in record.get("diagnostics", ())
        ),
        source=record.get("source"),
        published=record.get("published"),
        speaker_rule=record.get("speaker_rule"),
        speaker_span=_span_or_none(record.get("speaker_span")),
        speaker_phrase=record.get("speaker_phrase"),
    )


def _span_or_none(value: Any) -> Span | None:
    """A ``[start, end]`` pair from a record as a span, or None."""
    if not value:
        return None
    start, end = value
    return (int(start), int(end))
