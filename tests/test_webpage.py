"""Web pages: the article's quotes and metadata, never the page's scripts, menus or footers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from quotematch import Document, InputError, extract_quotes
from quotematch.io import read_path
from quotematch.webpage import HTML_EXTRA_HINT, looks_like_html, page_document

PARAGRAPHS = [
    "Port Ellery will rebuild its cliff-top walk before the summer season, the council said.",
    "“We will rebuild the coastal path before the summer,” Mayor Ines Ward said on Monday. "
    "“Not a penny of it will come from higher rates.”",
    "Residents had asked for the work since the February storms. “It cannot come soon enough,” "
    "said Tom Reyes, who runs a cafe on the front.",
]
TEXT = "\n\n".join(PARAGRAPHS)


def _page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html><head><title>Path to be rebuilt | Harbour Gazette</title>"
        '<meta property="og:site_name" content="Harbour Gazette">'
        '<meta property="article:published_time" content="2024-03-04T08:15:00+00:00">'
        '<link rel="canonical" href="https://gazette.example/news/path">'
        '<script>var promo = "“Subscribe now,” said nobody";</script></head><body>'
        '<nav><a href="/">Home</a> <a href="/news">“Latest” news</a></nav>'
        f"<article>{body}</article>"
        "<footer>© Harbour Gazette. “Read more,” our editors say.</footer></body></html>"
    )


def test_a_page_gives_the_same_quotes_as_its_text() -> None:
    doc = page_document(_page(PARAGRAPHS), "path.html")
    from_page = [(q.text, q.speaker, q.kind) for q in extract_quotes(doc)]
    from_text = [(q.text, q.speaker, q.kind) for q in extract_quotes(Document("t", TEXT))]
    assert from_page == from_text
    assert not any("Subscribe" in text or "Read more" in text for text, _, _ in from_page)


def test_offsets_point_into_the_extracted_text() -> None:
    doc = page_document(_page(PARAGRAPHS), "path.html")
    for quote in extract_quotes(doc):
        assert " ".join(doc.text[s:e] for s, e in quote.spans) == quote.text


def test_a_page_gives_outlet_date_url_and_title() -> None:
    doc = page_document(_page(PARAGRAPHS), "path.html")
    assert doc.source == "Harbour Gazette"
    assert doc.url == "https://gazette.example/news/path"
    assert doc.published is not None and doc.published.date().isoformat() == "2024-03-04"
    assert doc.title is not None and "Path to be rebuilt" in doc.title
    assert doc.format == "html"


def test_a_page_saved_as_txt_is_still_read_as_a_page(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(_page(PARAGRAPHS), encoding="utf-8")
    [doc] = read_path(path)
    assert isinstance(doc, Document)
    assert doc.format == "html"
    assert "<p>" not in doc.text


def test_without_trafilatura_each_page_is_one_error_naming_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    (tmp_path / "a.html").write_text(_page(PARAGRAPHS), encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    items = list(read_path(tmp_path))
    assert isinstance(items[0], InputError)
    assert str(items[0]) == f"{tmp_path / 'a.html'}: {HTML_EXTRA_HINT}"
    assert isinstance(items[1], Document)


def test_a_page_with_no_article_is_an_error() -> None:
    with pytest.raises(InputError, match="no article text"):
        page_document("<html><body></body></html>", "empty.html")


def test_prose_that_mentions_a_tag_is_not_a_page() -> None:
    assert not looks_like_html("“<html> is a tag,” the teacher said.")
    assert looks_like_html("\ufeff<!doctype html>\n<html>")
