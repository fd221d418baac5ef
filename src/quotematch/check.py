"""Checking an article's quotes against the source they quote.

A fact-checker holds an article against the press release, transcript or post
its quotes came from and asks, for each quote: is this what was said? This
module answers with the same stages the clusterer uses, so a quote and its
source are compared exactly as two outlets' versions would be:

1. the article's quotes are extracted (:func:`quotematch.extract_quotes`),
   keeping the kinds in ``Config.cluster_kinds``;
2. each quote is *located* in every source document
   (:func:`quotematch.pin.find_passage`): in each quote the source itself
   prints, and in the source's whole text (a transcript has no quote marks).
   Blocking keys suggest where and :func:`quotematch.link.verify` decides,
   with ``Config.link_score``; a quote shorter than
   ``Config.min_fragment_words`` must appear word for word. The best-scoring
   place wins, a quote the source prints on a tie;
3. the quote is aligned to that *source passage* with
   :func:`quotematch.pin.pinned_assembly`, the source's wording winning every
   vote: the canonical passage is the source's wording and every departure of
   the quote is a :class:`~quotematch.Variant`, with its meaning flags.

A quote is ``verbatim`` when it has no variants but minor ones (case,
typography, punctuation, spelling) and edits it marks itself (an ellipsis, an
editorial bracket) that are not flagged as changing the meaning; ``differs``
when it has others (:attr:`QuoteCheck.misquoted`); and ``not_in_source`` when
no place in the source passes verification.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

import attrs
import regex

from .classify import meaning_changes
from .config import Config, resolve_config
from .extract import extract_quotes
from .models import Document, Quote, Span, Variant
from .normalize import comparison_words, ellipsis_gaps, token_columns
from .pin import SourcePlace, find_passage, pinned_assembly, source_places

__all__ = ["CheckResult", "CheckStatus", "QuoteCheck", "check_article"]

CheckStatus = Literal["verbatim", "differs", "not_in_source"]

_MARKED_EDITS = frozenset({"ellipsis", "editorial_bracket"})
_CONTEXT_CHARS = 80  # characters of source text shown on each side of a passage
_SPACES = regex.compile(r"\s+")


@attrs.frozen(kw_only=True)
class QuoteCheck:
    """What the source says where an article quotes it.

    Attributes:
        quote: the article's quote (offsets into the article text).
        status: ``verbatim``, ``differs`` or ``not_in_source``.
        score: similarity of the quote to the source passage, 0–100
            (0 when not in the source).
        source_id: the id of the source document the passage is in.
        passage: the source's wording of the part the quote prints (the
            canonical text that ``variants`` index).
        source_spans: where ``passage`` sits in the source document's text.
        context: up to 80 characters of source text before and after the passage.
        variants: every departure of the quote from ``passage``; each
            ``canonical_span`` indexes ``passage`` and each of ``spans`` the
            article text.
        variant_source_spans: for each variant (same order), where its
            source wording sits in the source document's text.
    """

    quote: Quote
    status: CheckStatus
    score: float = 0.0
    source_id: str | None = None
    passage: str = ""
    source_spans: tuple[Span, ...] = ()
    context: tuple[str, str] = ("", "")
    variants: tuple[Variant, ...] = ()
    variant_source_spans: tuple[Span, ...] = ()

    @property
    def misquoted(self) -> tuple[Variant, ...]:
        """The variants that make the quote not what was said.

        All but minor ones (case, typography, punctuation, spelling) and the
        edits the article marks itself, an ellipsis for words left out or an
        editorial ``[bracket]`` for words replaced, unless such an edit leaves
        out or replaces a negation ("not", "never", "n't"…) or is flagged as
        changing the meaning.
        """
        return tuple(
            v
            for v in self.variants
            if not v.minor and (v.category not in _MARKED_EDITS or _changes_meaning(v))
        )

    def to_dict(self) -> dict[str, Any]:
        """The JSON record written by ``quotematch check --format json``."""
        return {
            "quote": self.quote.to_dict(),
            "status": self.status,
            "score": round(self.score, 2),
            "source_id": self.source_id,
            "passage": self.passage,
            "source_spans": [list(span) for span in self.source_spans],
            "context": {"before": self.context[0], "after": self.context[1]},
            "variants": [
                {**variant.to_dict(), "source_span": list(span)}
                for variant, span in zip(self.variants, self.variant_source_spans, strict=True)
            ],
        }


@attrs.frozen(kw_only=True)
class CheckResult:
    """Every checked quote of one article, in reading order.

    In ``to_dict()``, the article and the sources are listed as documents
    (``Document.to_dict``), with their text when it was extracted from a web
    page: the quote spans index the article's text and the source spans the
    source's.
    """

    article: Document
    sources: tuple[Document, ...]
    checks: tuple[QuoteCheck, ...]

    @property
    def all_verbatim(self) -> bool:
        """True when every quote was found verbatim (also when the article quotes nobody)."""
        return all(c.status == "verbatim" for c in self.checks)

    def counts(self) -> dict[CheckStatus, int]:
        """How many quotes have each status.

        >>> check_article("No quotes here.", "Nothing either.").counts()
        {'verbatim': 0, 'differs': 0, 'not_in_source': 0}
        """
        result: dict[CheckStatus, int] = {"verbatim": 0, "differs": 0, "not_in_source": 0}
        for check in self.checks:
            result[check.status] += 1
        return result

    def to_dict(self) -> dict[str, Any]:
        """The JSON document written by ``quotematch check --format json``."""
        return {
            "article": self.article.to_dict(text=self.article.format == "html"),
            "sources": [doc.to_dict(text=doc.format == "html") for doc in self.sources],
            "all_verbatim": self.all_verbatim,
            "counts": self.counts(),
            "checks": [check.to_dict() for check in self.checks],
        }


def check_article(
    article: Document | str,
    against: Document | str | Iterable[Document | str],
    *,
    config: Config | None = None,
    speaker: str | None = None,
) -> CheckResult:
    """Check every quote in ``article`` against the source wording in ``against``.

    Args:
        article: the article, as a :class:`Document` or plain text (id ``article``).
        against: the source: one document or text (a press release, a
            transcript, a post), or several (id ``source``, ``source-1``… for
            plain text).
        config: thresholds; ``cluster_kinds``, ``link_score``,
            ``min_fragment_words`` and ``paraphrase_score`` apply.
        speaker: check only quotes whose speaker contains this text (any case).

    Returns:
        One :class:`QuoteCheck` per quote, in reading order.

    >>> source = "Mayor Ines Ward said: “We will rebuild the coastal path before the summer.”"
    >>> article = ("“We will rebuild the coastal road before summer,” the mayor said. "
    ...            "“Nobody will pay more,” she added.")
    >>> result = check_article(article, source)
    >>> [c.status for c in result.checks]
    ['differs', 'not_in_source']
    >>> [(v.category, v.canonical_text, v.variant_text) for v in result.checks[0].misquoted]
    [('substitution', 'path', 'road'), ('omission', 'the', '')]
    >>> result.all_verbatim
    False
    """
    cfg = resolve_config(config)
    doc = article if isinstance(article, Document) else Document("article", article)
    sources = _as_documents(against)
    places = source_places(sources, cfg)
    wanted = speaker.casefold() if speaker else None
    checks = []
    for quote in extract_quotes(doc, config=cfg):
        if quote.kind not in cfg.cluster_kinds or not comparison_words(quote.text):
            continue
        if wanted is not None and wanted not in (quote.speaker or "").casefold():
            continue
        checks.append(_check_quote(quote, places, sources, cfg))
    return CheckResult(article=doc, sources=sources, checks=tuple(checks))


# --- implementation -------------------------------------------------------------------------


def _changes_meaning(variant: Variant) -> bool:
    """A marked edit flagged as changing the meaning, or that leaves out or replaces a negation."""
    if variant.meaning:
        return True
    return "negation" in meaning_changes(variant.canonical_text, variant.variant_text)


def _as_documents(against: Document | str | Iterable[Document | str]) -> tuple[Document, ...]:
    items = [against] if isinstance(against, (Document, str)) else list(against)
    docs = []
    for n, item in enumerate(items):
        if isinstance(item, Document):
            docs.append(item)
        else:
            docs.append(Document("source" if n == 0 else f"source-{n}", item))
    return tuple(docs)


def _check_quote(
    quote: Quote, places: Sequence[SourcePlace], sources: Sequence[Document], cfg: Config
) -> QuoteCheck:
    passage = find_passage(quote.text, places, cfg)
    if passage is None:
        return QuoteCheck(quote=quote, status="not_in_source")
    pin = passage.pin
    if ellipsis_gaps(quote.text):  # words left out at an ellipsis: name the rest word by word
        cfg = attrs.evolve(cfg, paraphrase_score=0)
    assembly = pinned_assembly(pin, passage.skip, [quote], [0], cfg)
    variants = assembly.variants
    to_source = _passage_map(assembly.canonical, pin)
    source = next(doc for doc in sources if doc.id == pin.doc_id)
    first, last = pin.spans[0][0], pin.spans[-1][1]
    check = QuoteCheck(
        quote=quote,
        status="verbatim",
        score=passage.score,
        source_id=source.id,
        passage=assembly.canonical,
        source_spans=pin.spans,
        context=(_context(source.text[:first], before=True), _context(source.text[last:])),
        variants=variants,
        variant_source_spans=tuple(
            (to_source(v.canonical_span[0]), to_source(v.canonical_span[1])) for v in variants
        ),
    )
    return attrs.evolve(check, status="differs") if check.misquoted else check


def _passage_map(canonical: str, pin: Quote) -> Callable[[int], int]:
    """A function from offsets in the assembled passage to offsets in the source document.

    The passage holds the pinned source words in order (its marks between
    words may be tidied), so word ``i`` of one is word ``i`` of the other.
    """
    c_norms, c_starts, c_ends, _ = token_columns(canonical)
    p_norms, p_starts, p_ends, _ = token_columns(pin.text)
    same = c_norms == p_norms

    def to_source(offset: int) -> int:
        if not same or not c_starts:
            return pin.document_offset(min(offset, len(pin.text)))
        i = bisect.bisect_right(c_starts, offset) - 1
        if i < 0:
            local = max(0, p_starts[0] - (c_starts[0] - offset))
        elif offset <= c_ends[i]:
            local = p_starts[i] + (offset - c_starts[i])
        else:  # between words: count from the end of the word before
            limit = p_starts[i + 1] if i + 1 < len(p_starts) else len(pin.text)
            local = min(p_ends[i] + (offset - c_ends[i]), limit)
        return pin.document_offset(local)

    return to_source


def _context(text: str, *, before: bool = False) -> str:
    """Up to ``_CONTEXT_CHARS`` characters next to a passage, cut at a space, spaces collapsed."""
    if before:
        piece = text[-_CONTEXT_CHARS:]
        if len(text) > _CONTEXT_CHARS and " " in piece:
            piece = piece[piece.index(" ") + 1 :]
    else:
        piece = text[:_CONTEXT_CHARS]
        if len(text) > _CONTEXT_CHARS and " " in piece:
            piece = piece[: piece.rindex(" ")]
    return _SPACES.sub(" ", piece)
