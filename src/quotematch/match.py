"""The whole pipeline: extract quotes from documents, cluster them, report variants."""

from __future__ import annotations

from collections.abc import Iterable

from .cluster import ProgressHook, cluster_quotes
from .config import Config, resolve_config
from .extract import extract_quotes
from .models import Document, MatchResult, Quote

__all__ = ["match"]


def match(
    documents: Iterable[Document | str],
    *,
    config: Config | None = None,
    progress: ProgressHook | None = None,
) -> MatchResult:
    """Extract every quote from ``documents`` and group the versions of each statement.

    A plain string at position ``i`` becomes a document with id ``str(i)``.
    ``progress``, when given, is called as ``progress("extracting", n, documents)``
    after each document and then as :func:`~quotematch.cluster_quotes` calls it.

    >>> docs = [Document("a", "“We will rebuild the coastal path,” the mayor said."),
    ...         Document("b", "The mayor said: “We will rebuild the Costal Path.”"),
    ...         Document("c", "“We will rebuild the coastal path,” said Mayor Ines Ward.")]
    >>> result = match(docs)
    >>> len(result.quotes), len(result.clusters)
    (3, 1)
    >>> result.clusters[0].canonical
    'We will rebuild the coastal path.'
    >>> [(v.quote_id, v.canonical_text, v.variant_text, v.category)
    ...  for v in result.clusters[0].variants if not v.minor]
    [('b:0', 'coastal path', 'Costal Path', 'typo')]
    """
    cfg = resolve_config(config)
    docs = tuple(
        d if isinstance(d, Document) else Document(str(i), d) for i, d in enumerate(documents)
    )
    found: list[Quote] = []
    for done, doc in enumerate(docs, 1):
        found.extend(extract_quotes(doc, config=cfg))
        if progress is not None:
            progress("extracting", done, len(docs))
    quotes = tuple(found)
    clusters = tuple(cluster_quotes(quotes, config=cfg, progress=progress))
    return MatchResult(documents=docs, quotes=quotes, clusters=clusters)
