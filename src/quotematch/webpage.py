"""Reading a saved web page: the article's text and metadata, through trafilatura.

A news page is mostly not the article: navigation, scripts, related links,
comments and footers hold quote marks too. `trafilatura
<https://trafilatura.readthedocs.io>`_ finds the article body and reads the
page's metadata (``og:site_name``, ``article:published_time``, the canonical
link, JSON-LD). It is an optional dependency: ``pip install "quotematch[html]"``.
Nothing is downloaded: the page is read from the bytes given.

The document's ``text`` is the extracted article, one paragraph per block
with a blank line between blocks, and every offset reported for the page
points into that text, not into the HTML. ``quotematch extract --format json``
and ``cluster --format json`` list it under ``"documents"``; in Python it is
``read_path("page.html")``'s document ``.text``.
"""

from __future__ import annotations

from typing import Any

from .errors import InputError
from .models import Document

__all__ = ["HTML_EXTRA_HINT", "looks_like_html", "page_document"]

HTML_EXTRA_HINT = 'reading HTML needs the html extra: pip install "quotematch[html]"'
"""The message for an HTML input when trafilatura is not installed."""

_HTML_STARTS = ("<!doctype html", "<html", "<?xml", "<head", "<body", "<!--")


def looks_like_html(text: str) -> bool:
    """True when ``text`` opens like an HTML page (a doctype, ``<html>``, ``<head>`` or ``<body>``).

    >>> looks_like_html("  <!DOCTYPE html><html>…"), looks_like_html("“<b>” is a tag,” he said.")
    (True, False)
    """
    start = text.lstrip("\ufeff \t\r\n")[:200].lower()
    if start.startswith("<!--"):
        return "<html" in text[:4000].lower()
    return start.startswith(_HTML_STARTS) and (
        "<html" in start or "<head" in start or "<body" in start or start.startswith("<!doctype")
    )


def page_document(page: str, doc_id: str, *, path: str | None = None) -> Document:
    """The article in an HTML page as a :class:`Document` (title, outlet, URL and date as found).

    Raises:
        InputError: trafilatura is not installed (the message names the
            extra), or the page holds no article text.

    >>> html = ('<html><head><meta property="og:site_name" content="Harbour Gazette">'
    ...         '<script>var s = "“not a quote,” said nobody";</script></head><body><article>'
    ...         '<p>“We will rebuild the coastal path before the summer,” Mayor Ines Ward '
    ...         'said on Monday at the harbour wall.</p></article></body></html>')
    >>> doc = page_document(html, "path.html")
    >>> doc.source, doc.text[:30]
    ('Harbour Gazette', '“We will rebuild the coastal p')
    """
    try:
        import trafilatura
    except ImportError:
        raise InputError(HTML_EXTRA_HINT, path=path) from None
    found: Any = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_images=False
    )
    if found is None:
        raise InputError(
            "found no article text in the HTML page; save the article's own page, "
            "or give its text as a .txt file",
            path=path,
        )
    meta = found if isinstance(found, dict) else found.as_dict()
    lines = [line.strip() for line in (meta.get("text") or "").split("\n")]
    text = "\n\n".join(line for line in lines if line)
    if not text:
        raise InputError("the HTML page's article has no text", path=path)
    try:
        return Document(
            doc_id,
            text,
            source=meta.get("sitename") or meta.get("hostname") or None,
            url=meta.get("url") or None,
            published=meta.get("date") or None,
            title=meta.get("title") or None,
            format="html",
        )
    except InputError:  # a date the page's metadata gives in a form we do not trust
        return Document(
            doc_id,
            text,
            source=meta.get("sitename") or meta.get("hostname") or None,
            url=meta.get("url") or None,
            title=meta.get("title") or None,
            format="html",
        )
