"""Checking an article's quotes against the source they quote: statuses, variants, offsets."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quotematch
from quotematch import Document
from quotematch.check import check_article
from quotematch.check_report import format_check_html, format_check_text

# Subprocesses import this checkout's package, whatever their working folder.
_ENV = {**os.environ, "PYTHONPATH": str(Path(quotematch.__file__).resolve().parents[1])}
RELEASE = Document(
    "release",
    "PRESS RELEASE — Port Ellery Council\n\n"
    "Mayor Ines Ward today set out the coastal plan. “We will rebuild the coastal path before "
    "the summer,” Ward said. “The council has set aside £4 million, and not a penny of it "
    "will come from higher rates.”\n\n"
    "Ward thanked the volunteers who cleared the storm damage.\n",
)
TRANSCRIPT = Document(
    "transcript",
    "WARD: Thank you all for coming.\n"
    "WARD: Our harbour is the heart of this town, and we will not let it decay.\n"
    "REPORTER: When will the work start?\n"
    "WARD: In the first week of April, weather permitting.\n",
)


def _statuses(article: str, source: Document = RELEASE) -> list[str]:
    return [c.status for c in check_article(article, source).checks]


def test_a_quote_printed_as_released_is_verbatim() -> None:
    result = check_article(
        "“We will rebuild the coastal path before the summer,” the mayor said.", RELEASE
    )
    [check] = result.checks
    assert check.status == "verbatim"
    assert all(v.minor for v in check.variants)  # the comma before "the mayor said"
    assert result.all_verbatim


def test_each_misquoted_word_is_named_with_the_source_wording_and_both_places() -> None:
    article = Document(
        "tide",
        "Ward said the work was funded. "
        "“We will rebuild the coastal road before summer,” she said.",
    )
    [check] = check_article(article, RELEASE).checks
    assert check.status == "differs"
    changes = [(v.category, v.canonical_text, v.variant_text) for v in check.misquoted]
    assert changes == [("substitution", "path", "road"), ("omission", "the", "")]
    road = check.variants[0]
    [(start, end)] = road.spans
    assert article.text[start:end] == "road"
    source_start, source_end = check.variant_source_spans[0]
    assert RELEASE.text[source_start:source_end] == "path"


def test_a_dropped_negation_is_a_difference_not_a_minor_one() -> None:
    [check] = check_article(
        "“The council has set aside £4 million, and a penny of it will come from higher "
        "rates,” Ward said.",
        RELEASE,
    ).checks
    assert check.status == "differs"
    assert [(v.category, v.canonical_text) for v in check.misquoted] == [("omission", "not")]


def test_a_quote_the_source_never_made_is_not_in_source() -> None:
    assert _statuses("“We will build a new marina by June,” Ward told the crowd.") == [
        "not_in_source"
    ]


def test_a_quote_split_around_said_in_the_source_is_found_as_one() -> None:
    # The release prints "Ward said" between the two sentences; the article joins them.
    article = (
        "“We will rebuild the coastal path before the summer. The council has set aside "
        "£4 million, and not a penny of it will come from higher rates,” Ward said."
    )
    [check] = check_article(article, RELEASE).checks
    assert check.status == "verbatim", [(v.category, v.canonical_text) for v in check.variants]


def test_a_transcript_without_quote_marks_is_searched_as_text() -> None:
    article = "Ward was firm. “Our harbour is the heart of this town,” she told reporters."
    [check] = check_article(article, TRANSCRIPT).checks
    assert check.status == "verbatim"
    assert check.source_id == "transcript"
    [(start, end)] = check.source_spans
    assert TRANSCRIPT.text[start:end].startswith("Our harbour is the heart of this town")
    assert check.context[0].endswith("WARD: ")


def test_a_short_fragment_must_appear_word_for_word() -> None:
    assert _statuses("Ward vowed she would “not let it decay”.", TRANSCRIPT) == ["verbatim"]
    assert _statuses("Ward vowed she would “never let it rot”.", TRANSCRIPT) == ["not_in_source"]


def test_several_sources_are_all_searched() -> None:
    article = (
        "“We will rebuild the coastal path before the summer,” Ward said. Asked about the "
        "harbour, she said: “Our harbour is the heart of this town.”"
    )
    result = check_article(article, [RELEASE, TRANSCRIPT])
    assert [(c.status, c.source_id) for c in result.checks] == [
        ("verbatim", "release"),
        ("verbatim", "transcript"),
    ]


def test_speaker_limits_the_quotes_checked() -> None:
    article = (
        "“We will rebuild the coastal path before the summer,” Mayor Ines Ward said. "
        "“It is far too late,” said Tom Reyes, a resident."
    )
    assert len(check_article(article, RELEASE).checks) == 2
    assert [c.quote.speaker for c in check_article(article, RELEASE, speaker="ward").checks] == [
        "Ines Ward"
    ]


SOURCE_SENTENCE = (
    "the council will repair the harbour wall and widen the coastal path for cyclists and "
    "walkers before the autumn storms arrive"
)
SOURCE_WORDS = SOURCE_SENTENCE.split(" ")


@settings(max_examples=40, deadline=None)
@given(st.integers(0, len(SOURCE_WORDS) - 6), st.integers(6, 12))
def test_any_run_of_source_words_quoted_exactly_is_verbatim(start: int, length: int) -> None:
    words = SOURCE_WORDS[start : start + length]
    source = "Mayor Ines Ward said: “" + " ".join(SOURCE_WORDS).capitalize() + ".”"
    [check] = check_article(f"Ward said the plan means “{' '.join(words)}”.", source).checks
    assert check.status == "verbatim"
    assert all(v.minor for v in check.variants)


def test_text_report_names_each_status_and_difference() -> None:
    result = check_article(
        "“We will rebuild the coastal road before the summer,” Ward said. "
        "“We will build a marina,” she added.",
        RELEASE,
    )
    text = format_check_text([result])
    assert "1 differs, 1 not in source" in text
    assert "“path” → “road”" in text
    assert "NOT IN SOURCE" in text


def test_html_report_escapes_article_and_source_text() -> None:
    source = Document("s", "Ward said: “Prices <b>will</b> fall & stay low.”")
    page = format_check_html([check_article("“Prices <b>will</b> fall,” Ward said.", source)])
    assert "<b>will</b>" not in page
    assert "&lt;b&gt;will&lt;/b&gt;" in page
    assert page.startswith("<!DOCTYPE html>")


# --- the command ------------------------------------------------------------------------------


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "quotematch", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        check=False,
        env=_ENV,
    )


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "release.txt").write_text(RELEASE.text, encoding="utf-8")
    (tmp_path / "faithful.txt").write_text(
        "“We will rebuild the coastal path before the summer,” Ward said.", encoding="utf-8"
    )
    (tmp_path / "misquote.txt").write_text(
        "“We will rebuild the coastal road before the summer,” Ward said.", encoding="utf-8"
    )
    return tmp_path


def test_check_exits_0_when_every_quote_is_verbatim(files: Path) -> None:
    done = _run("check", "faithful.txt", "--against", "release.txt", cwd=files)
    assert done.returncode == 0, done.stderr
    assert "1 verbatim" in done.stdout


def test_check_exits_1_on_a_misquote_and_says_what_differs(files: Path) -> None:
    done = _run("check", "misquote.txt", "--against", "release.txt", "--format", "json", cwd=files)
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert data["all_verbatim"] is False
    [result] = data["results"]
    [check] = result["checks"]
    assert check["status"] == "differs"
    [variant] = [v for v in check["variants"] if not v["minor"]]
    assert (variant["canonical_text"], variant["variant_text"]) == ("path", "road")
    start, end = variant["source_span"]
    assert RELEASE.text[start:end] == "path"


def test_check_exits_2_when_the_source_cannot_be_read(files: Path) -> None:
    done = _run("check", "faithful.txt", "--against", "gone.txt", cwd=files)
    assert done.returncode == 2
    assert (
        done.stderr.splitlines()[0] == "quotematch: error: gone.txt: no such file; check the path"
    )


def test_check_writes_an_html_page(files: Path) -> None:
    done = _run("check", "misquote.txt", "--against", "release.txt", "--format", "html", cwd=files)
    assert done.returncode == 1
    assert "<del>path</del> <ins>road</ins>" in done.stdout


def test_words_left_out_at_a_marked_ellipsis_are_listed_but_not_a_misquote() -> None:
    [check] = check_article(
        "“We will rebuild the coastal path … not a penny of it will come from higher rates,” "
        "Ward said.",
        RELEASE,
    ).checks
    assert check.status == "verbatim"
    assert [v.category for v in check.variants if not v.minor] == ["ellipsis"]


def test_an_ellipsis_that_leaves_out_a_negation_is_a_misquote() -> None:
    [check] = check_article(
        "“The council has set aside £4 million, and … a penny of it will come from higher "
        "rates,” Ward said.",
        RELEASE,
    ).checks
    assert check.status == "differs"
    assert [(v.category, v.canonical_text) for v in check.misquoted] == [("ellipsis", "not")]


def test_an_editorial_bracket_stands_for_the_word_it_replaces() -> None:
    [check] = check_article(
        "“[The council] will rebuild the coastal path before the summer,” a spokesman said.",
        RELEASE,
    ).checks
    assert check.status == "verbatim"
    assert check.passage.startswith("We will rebuild")
    [bracket] = [v for v in check.variants if v.category == "editorial_bracket"]
    assert (bracket.canonical_text, bracket.variant_text) == ("We", "[The council]")


def test_the_passage_starts_where_the_quote_does_not_at_a_stray_the() -> None:
    # "the summer. The council..." : the quote's opening "the" is not the one of "the summer".
    [check] = check_article(
        "“The council has set aside £4 million,” Ward said.", TRANSCRIPT_AND_RELEASE
    ).checks
    assert check.status == "verbatim"
    assert check.passage.startswith("The council has set aside")


TRANSCRIPT_AND_RELEASE = Document(
    "minutes",
    "WARD: We will rebuild the coastal path before the summer. The council has set aside "
    "£4 million, and not a penny of it will come from higher rates.\n",
)
