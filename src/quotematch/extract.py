"""Finding quoted statements in article text."""

from __future__ import annotations

from .config import Config, resolve_config
from .models import Document, Quote

__all__ = ["extract_quotes"]


def extract_quotes(
    text_or_document: str | Document,
    *,
    doc_id: str | None = None,
    config: Config | None = None,
) -> list[Quote]:
    """Every quoted statement in an article, in reading order.

    (Placeholder: implemented in the extraction work.)
    """
    resolve_config(config)
    return []
