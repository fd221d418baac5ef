"""The HTML report in a real browser: Debian's Chromium, driven by Playwright.

The report made from the sample articles must show each change where it
belongs, and every filter, the search, the sort and the keyboard must change
what is shown; a report made from hostile articles must show their text and
run none of it, under a Content-Security-Policy that blocks all network use.

Chromium comes from the system (``apt-get install chromium``); Playwright's
own browser download is never used. These tests are skipped when
``QUOTEMATCH_SKIP_BROWSER=1`` (CI runs them in one of its two passes) or when
Chromium is missing on a developer's machine; with ``CI`` set, a missing
Chromium is a failure, not a skip.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from quotematch import Cluster, Coverage, Document, MatchResult, Quote, Variant
from quotematch.html_report import write_html

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("QUOTEMATCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _why_not_run() -> str | None:
    if os.environ.get("QUOTEMATCH_SKIP_BROWSER") == "1":
        return "QUOTEMATCH_SKIP_BROWSER=1: the browser tests run in the other CI pass"
    missing = []
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        missing.append(f"Chromium ({CHROMIUM}; apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append('Playwright (pip install ".[test]")')
    if not missing:
        return None
    reason = "the browser tests need " + " and ".join(missing)
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must run them", pytrace=False)
    return reason


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    reason = _why_not_run()
    if reason:
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        chromium = driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Page:
    """A loaded report page, recording console messages, page errors, dialogs and requests."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.console: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.responses: list[str] = []
        self.page = browser.new_page(viewport={"width": 1200, "height": 1000})
        self.page.on("console", lambda m: self.console.append((m.type, m.text)))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("response", lambda r: self.responses.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def shown(self) -> list[str]:
        """The ids of the statements on screen, in order."""
        return list(
            self.page.eval_on_selector_all(
                "article.statement", "els => els.map(e => e.dataset.id)"
            )
        )

    def status(self) -> str:
        return str(self.page.inner_text("#status"))

    def problems(self) -> list[str]:
        errors = [text for kind, text in self.console if kind in ("error", "warning")]
        return errors + self.errors


def _sample_report(folder: Path) -> Path:
    target = folder / "sample.html"
    done = subprocess.run(
        [sys.executable, "-m", "quotematch", "cluster", "--sample", "--format", "html",
         "-o", str(target)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return target


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _sample_report(tmp_path_factory.mktemp("sample"))


@pytest.fixture
def sample(browser: Any, sample_report: Path) -> Iterator[Page]:
    page = Page(browser, sample_report)
    yield page
    page.page.close()


def _change(page: Page, outlet: str, category: str) -> dict[str, str]:
    """The change of ``category`` in the version printed by ``outlet``, with its surroundings."""
    found = page.page.evaluate(
        """([outlet, category]) => {
            for (const item of document.querySelectorAll("ol.versions > li")) {
                if (item.querySelector(".outlet").textContent !== outlet) continue;
                const change = item.querySelector(".chg.cat-" + category);
                if (!change) continue;
                const before = change.previousSibling ? change.previousSibling.textContent : "";
                const after = change.nextSibling ? change.nextSibling.textContent : "";
                const del = change.querySelector("del"), ins = change.querySelector("ins");
                return {del: del ? del.textContent : "", ins: ins ? ins.textContent : "",
                        tag: change.querySelector(".tag").textContent, before, after};
            }
            return null;
        }""",
        [outlet, category],
    )
    assert found is not None, f"no {category} change shown for {outlet}"
    return dict(found)


# --- the sample report -----------------------------------------------------------------------


def test_the_sample_report_loads_without_errors_and_shows_every_statement(sample: Page) -> None:
    assert sample.problems() == []
    assert sample.status() == "Showing 5 of 5 statements."
    assert len(sample.shown()) == 5
    assert sample.requests == [sample.url]  # nothing fetched beyond the file itself


def test_changes_are_marked_where_they_are_with_a_visible_label(
    sample: Page, tmp_path: Path
) -> None:
    typo = _change(sample, "Northfield Courier", "typo")
    assert (typo["del"], typo["ins"], typo["tag"]) == ("Coastal", "Costal", "typo")
    assert typo["before"].endswith("We will rebuild the ")
    assert typo["after"].startswith(" Path fund from the ground up")
    omission = _change(sample, "Tidewater Ledger", "omission")  # one changed phrase
    assert (omission["del"], omission["ins"]) == ("the Coastal Path", "coastal path")
    assert omission["tag"] == "omission+case"
    assert omission["before"].endswith("rebuild ")
    assert omission["after"].startswith(" fund from the ground up")
    locale = _change(sample, "Tidewater Ledger", "spelling_locale")
    assert (locale["del"], locale["ins"]) == ("apologise", "apologize")
    assert locale["tag"] == "spelling_locale · minor"
    sample.page.screenshot(path=str(tmp_path / "sample-report.png"), full_page=True)
    assert (tmp_path / "sample-report.png").stat().st_size > 10_000


def test_choosing_a_place_in_the_passage_lists_every_reading_of_it(sample: Page) -> None:
    mark = sample.page.locator("mark.heat", has_text="Coastal").first
    mark.click()
    note = sample.page.locator(".place-note:visible")
    assert note.locator("strong").inner_text() == "At “the Coastal Path”:"  # overlapping changes
    readings = note.locator("li").all_inner_texts()
    assert [" ".join(r.split()) for r in readings] == [
        "Northfield Courier: Coastal Costal typo",
        "Tidewater Ledger: the Coastal Path coastal path omission+case",
    ]
    sample.page.locator("mark.heat", has_text="apologise").first.focus()
    sample.page.keyboard.press("Enter")
    assert note.count() == 2  # the first statement's note stays open
    headings = sorted(note.nth(i).locator("strong").inner_text() for i in range(2))
    assert headings == ["At “apologise”:", "At “the Coastal Path”:"]
    assert sample.problems() == []


def test_no_label_lives_in_css_generated_content(sample: Page) -> None:
    generated = sample.page.evaluate(
        """() => [...document.querySelectorAll("*")].flatMap(e =>
             ["::before", "::after"].map(p => getComputedStyle(e, p).content))
             .filter(c => c && c !== "none" && c !== "normal")"""
    )
    assert generated == []


@pytest.mark.parametrize(
    ("control", "value", "expected"),
    [
        ("#f-outlet", "Port Ellery Post", 2),
        ("#f-speaker", "Tom Baines", 1),
        ("#f-category", "typo", 1),
        ("#f-category", "punctuation", 4),
    ],
)
def test_each_filter_narrows_what_is_shown(
    sample: Page, control: str, value: str, expected: int
) -> None:
    sample.page.select_option(control, value)
    assert len(sample.shown()) == expected
    assert sample.status() == f"Showing {expected} of {expected} statement" + (
        "s" if expected != 1 else ""
    ) + " (5 in the report)."
    sample.page.select_option(control, "")
    assert len(sample.shown()) == 5


def test_search_finds_words_outlets_and_nothing_for_nonsense(sample: Page) -> None:
    sample.page.fill("#f-search", "apologise")
    assert len(sample.shown()) == 1
    sample.page.fill("#f-search", "kestrel bay")
    assert len(sample.shown()) == 2  # the outlet prints the ferry and the libraries statements
    sample.page.fill("#f-search", "no such words anywhere")
    assert sample.shown() == []
    assert sample.status() == "Showing 0 of 0 statements (5 in the report)."


def test_hiding_minor_differences_hides_only_minor_marks(sample: Page) -> None:
    count = "els => els.length"
    assert sample.page.eval_on_selector_all(".chg.minor", count) > 0
    typos = sample.page.eval_on_selector_all(".chg.cat-typo", count)
    sample.page.check("#f-minor")
    assert sample.page.eval_on_selector_all(".chg.minor", count) == 0
    assert sample.page.eval_on_selector_all(".chg.cat-typo", count) == typos == 1
    # Every punctuation change is minor. The company's post prints the statement's first sentence
    # and adds one of its own: one insertion ("Refunds…"), the full stop both print outside it.
    sample.page.select_option("#f-category", "punctuation")
    assert sample.shown() == []
    sample.page.select_option("#f-category", "insertion")
    texts = [
        sample.page.locator(f'article.statement[data-id="{shown}"]').inner_text()
        for shown in sample.shown()
    ]
    assert any("Refunds are being processed today" in text for text in texts)


def test_keyboard_search_and_statement_navigation(sample: Page) -> None:
    page = sample.page
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("/")
    assert page.evaluate("document.activeElement.id") == "f-search"
    page.keyboard.type("libraries")
    assert len(sample.shown()) == 2
    page.keyboard.press("Escape")
    assert len(sample.shown()) == 5
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "f-speaker"
    page.locator("body").click(position={"x": 5, "y": 5})
    ids = sample.shown()
    focused = "document.activeElement.dataset.id"
    page.keyboard.press("j")
    assert page.evaluate(focused) == ids[0]
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate(focused) == ids[2]
    page.keyboard.press("k")
    assert page.evaluate(focused) == ids[1]


# --- hand-built reports: meaning changes, sorting, paging --------------------------------------


def _quote(doc: str, text: str, outlet: str, speaker: str | None = None) -> Quote:
    return Quote(id=f"{doc}:0", doc_id=doc, text=text, source=outlet, speaker=speaker)


def _built(tmp_path: Path, clusters: list[Cluster], name: str) -> Path:
    docs = tuple(Document(q.doc_id, q.text) for c in clusters for q in c.members)
    result = MatchResult(documents=docs, quotes=(), clusters=tuple(clusters))
    target = tmp_path / name
    with target.open("w", encoding="utf-8") as out:
        write_html(result, out)
    return target


def _verbatim(cid: str, text: str, outlets: tuple[str, ...]) -> Cluster:
    members = tuple(_quote(f"{cid}-{n}", text, o, "Ines Ward") for n, o in enumerate(outlets))
    return Cluster(id=cid, canonical=text, members=members)


def test_meaning_changes_filter_and_lead_the_deviation_sort(browser: Any, tmp_path: Path) -> None:
    stay = "We will stay open all winter."
    negated = Cluster(
        id="c-negated",
        canonical=stay,
        members=(
            _quote("a", stay, "Harbour Gazette", "Ines Ward"),
            _quote("b", "We will not stay open all winter.", "Northfield Courier", "Ines Ward"),
        ),
        variants=(
            Variant(
                quote_id="b:0",
                category="insertion",
                canonical_text="",
                variant_text="not",
                canonical_span=(8, 8),
                meaning=("negation",),
            ),
        ),
        coverage=(
            Coverage(quote_id="a:0", start=0, end=len(stay), score=100.0),
            Coverage(quote_id="b:0", start=0, end=len(stay), score=90.0),
        ),
    )
    popular = _verbatim("c-popular", "The ferry runs at dawn.", ("P1", "P2", "P3"))
    page = Page(browser, _built(tmp_path, [negated, popular], "meaning.html"))
    assert page.problems() == []
    assert page.shown() == ["c-popular", "c-negated"]  # most outlets first
    page.page.select_option("#f-sort", "deviation")
    assert page.shown() == ["c-negated", "c-popular"]
    page.page.check("#f-meaning")
    assert page.shown() == ["c-negated"]
    tag = page.page.inner_text(".chg.meaning .tag")
    assert tag == "meaning: negation · insertion"
    assert page.page.inner_text(".chg.meaning ins") == "not"
    page.page.close()


def test_a_large_report_renders_a_page_at_a_time(browser: Any, tmp_path: Path) -> None:
    clusters = [
        _verbatim(f"c{n:04d}", f"Statement number {n} was printed twice.", ("A", "B"))
        for n in range(1200)
    ]
    page = Page(browser, _built(tmp_path, clusters, "large.html"))
    assert page.problems() == []
    assert len(page.shown()) == 50
    assert page.status() == "Showing 50 of 1200 statements."
    page.page.click("#more")
    assert len(page.shown()) == 100
    assert page.page.evaluate("document.activeElement.dataset.id") == page.shown()[50]
    page.page.fill("#f-search", "number 1199 ")
    assert page.shown() == ["c1199"]
    page.page.close()


# --- hostile articles ------------------------------------------------------------------------

PAYLOADS = (
    "<script>window.__pwned = 'script'</script>",
    "<img src=x onerror=\"window.__pwned = 'img'\">",
    '" onmouseover="window.__pwned = \'attr\'" x="',
    "</script><script>window.__pwned = 'breakout'</script>",
    "javascript:window.__pwned = 'link'",
)


def _hostile_feed(tmp_path: Path) -> Path:
    quote = (
        f"“We will {PAYLOADS[0]} rebuild {PAYLOADS[1]} the fund {PAYLOADS[3]} now,” "
        "said Ana Ruiz."
    )
    records = [
        {
            "id": f"evil-{n}{PAYLOADS[2]}",
            "text": quote if n else quote.replace("rebuild", "rebiuld"),
            "source": f"Outlet {n} {PAYLOADS[n % len(PAYLOADS)]}",
            "url": url,
        }
        for n, url in enumerate(
            [
                PAYLOADS[4],
                "https://example.com/a\"onmouseover=\"window.__pwned='attr'",
                "JaVaScRiPt:window.__pwned='upper'",
                "data:text/html,<script>window.__pwned='data'</script>",
            ]
        )
    ]
    path = tmp_path / f"hostile{PAYLOADS[2]}.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def test_a_hostile_report_shows_the_text_and_runs_none_of_it(
    browser: Any, tmp_path: Path
) -> None:
    target = tmp_path / "hostile.html"
    done = subprocess.run(
        [sys.executable, "-m", "quotematch", "cluster", str(_hostile_feed(tmp_path)),
         "--format", "html", "-o", str(target)],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    page = Page(browser, target)
    assert page.problems() == []
    for link in page.page.query_selector_all("a"):
        link.hover()
    page.page.mouse.move(600, 400)
    assert page.page.evaluate("window.__pwned") is None
    assert page.dialogs == []
    text = page.page.inner_text("main")
    assert PAYLOADS[0] in text and PAYLOADS[3] in text
    assert "Outlet 1 " + PAYLOADS[1] in text
    hrefs = page.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert hrefs and all(h.startswith("https://example.com/") for h in hrefs)
    handlers = page.page.evaluate(
        """() => [...document.querySelectorAll("*")].flatMap(e =>
             [...e.attributes].map(a => a.name).filter(n => n.startsWith("on")))"""
    )
    assert handlers == []
    page.page.screenshot(path=str(tmp_path / "hostile-report.png"), full_page=True)
    page.page.close()


def test_the_policy_blocks_network_and_scripts_not_its_own(
    browser: Any, sample_report: Path
) -> None:
    page = Page(browser, sample_report)
    blocked = page.page.evaluate(
        """async () => {
            const s = document.createElement("script");
            s.textContent = "window.__injected = 1";
            document.body.appendChild(s);
            const img = document.createElement("img");
            img.src = "https://example.com/pixel.png";
            document.body.appendChild(img);
            let fetched = "allowed";
            try { await fetch("https://example.com/"); } catch (e) { fetched = "blocked"; }
            return [window.__injected === undefined, fetched];
        }"""
    )
    assert blocked == [True, "blocked"]
    assert page.responses == [page.url]  # Chromium may start the image request; CSP cancels it
    violations = [text for kind, text in page.console if "Content Security Policy" in text]
    assert len(violations) >= 3  # the script, the image and the fetch were each refused
    page.page.close()
