"""The text report, on hand-built clusters whose expected lines are written out by hand."""

from __future__ import annotations

from quotematch import Cluster, Coverage, Diagnostic, Document, MatchResult, Quote, Variant
from quotematch.report import format_clusters, format_quotes, format_report

CANONICAL = (
    "We will rebuild the Coastal Path fund from the ground up, and every penny will be spent "
    "where the storm hit hardest."
)  # 22 words
FRAGMENT_START = CANONICAL.index("Coastal")
FRAGMENT_END = CANONICAL.index("up,") + 2  # "Coastal Path fund from the ground up": words 5-11

GAZETTE = Quote(
    id="hg:0",
    doc_id="hg",
    text=CANONICAL,
    speaker="Delia Marsh",
    cue="said",
    source="Harbour Gazette",
    published="2024-03-04T08:15:00+00:00",
)
COURIER = Quote(
    id="nc:0",
    doc_id="nc",
    text=CANONICAL.replace("Coastal", "Costal").replace("hardest.", "hardest,"),
    speaker="Delia Marsh",
    source="Northfield Courier",
    published="2024-03-04T11:40:00+00:00",
)
LEDGER = Quote(
    id="tl:0",
    doc_id="tl",
    text="rebuild coastal path fund from the ground up",
    source="Tidewater Ledger",
    published="2024-03-05",
)
COASTAL = Cluster(
    id="c1",
    canonical=CANONICAL,
    members=(GAZETTE, COURIER, LEDGER),
    variants=(
        Variant(
            quote_id="nc:0",
            category="typo",
            canonical_text="Coastal",
            variant_text="Costal",
            canonical_span=(20, 27),
        ),
        Variant(
            quote_id="nc:0",
            category="punctuation",
            canonical_text=".",
            variant_text=",",
            canonical_span=(len(CANONICAL) - 1, len(CANONICAL)),
            minor=True,
        ),
        Variant(
            quote_id="tl:0",
            category="omission",
            canonical_text="the",
            variant_text="",
            canonical_span=(16, 19),
        ),
    ),
    coverage=(
        Coverage(quote_id="hg:0", start=0, end=len(CANONICAL), score=100.0),
        Coverage(quote_id="nc:0", start=0, end=len(CANONICAL), score=97.0),
        Coverage(quote_id="tl:0", start=FRAGMENT_START, end=FRAGMENT_END, score=95.0),
    ),
    earliest=GAZETTE,
)
LIBRARIES = Cluster(
    id="c2",
    canonical="All libraries reopen in March.",
    members=(
        Quote(id="pe:0", doc_id="pe", text="All libraries reopen in March.", source="Post"),
        Quote(id="nc:1", doc_id="nc", text="All libraries really reopen in March.", source="Cour"),
    ),
    variants=(
        Variant(
            quote_id="nc:1",
            category="insertion",
            canonical_text="",
            variant_text="really",
            canonical_span=(14, 14),
        ),
    ),
)
ONCE = Cluster(
    id="c3",
    canonical="bear with us for one more season",
    members=(Quote(id="hg:1", doc_id="hg", text="bear with us for one more season"),),
)


def test_clusters_come_largest_first_whatever_the_input_order() -> None:
    report = format_clusters([LIBRARIES, ONCE, COASTAL])
    assert report.index("c1 · 3 versions · 3 outlets") < report.index("c2 · 2 versions · 2 outlets")


def test_each_member_then_its_differences_canonical_to_variant() -> None:
    lines = format_clusters([COASTAL]).splitlines()
    start = lines.index("  ● Harbour Gazette · hg · Delia Marsh (said) · whole passage")
    assert lines[start:] == [
        "  ● Harbour Gazette · hg · Delia Marsh (said) · whole passage",
        "      same wording",
        "  ● Northfield Courier · nc · Delia Marsh · whole passage",
        "      “Coastal” → “Costal”  [typo]",
        "      “.” → “,”  [punctuation] (minor)",
        "  ● Tidewater Ledger · tl · speaker unknown · part: words 5–11 of 22",
        "      “the” → (nothing)  [omission]",
    ]


def test_cluster_heading_canonical_text_and_earliest_version() -> None:
    lines = format_clusters([COASTAL]).splitlines()
    assert lines[0] == "c1 · 3 versions · 3 outlets"
    assert lines[1].startswith("  “We will rebuild the Coastal Path fund")
    assert "  earliest: Harbour Gazette · hg, 2024-03-04" in lines
    assert all(len(line) <= 100 for line in lines[:3])


def test_a_long_member_line_puts_its_coverage_on_the_next_line() -> None:
    long_name = Quote(
        id="kb:0",
        doc_id="kestrel-bay-chronicle-coastal-path",
        text="coastal path fund from the ground up",
        speaker="Delia Marsh",
        cue="told reporters",
        source="Kestrel Bay Chronicle",
    )
    cluster = Cluster(
        id="c9",
        canonical=CANONICAL,
        members=(GAZETTE, long_name),
        coverage=(
            Coverage(quote_id="hg:0", start=0, end=len(CANONICAL), score=100.0),
            Coverage(quote_id="kb:0", start=FRAGMENT_START, end=FRAGMENT_END, score=99.0),
        ),
    )
    lines = format_clusters([cluster]).splitlines()
    member = (
        "  ● Kestrel Bay Chronicle · kestrel-bay-chronicle-coastal-path · "
        "Delia Marsh (told reporters)"
    )
    assert lines[lines.index(member) + 1] == "    part: words 5–11 of 22"
    assert all(len(line) <= 100 for line in lines)


def test_an_insertion_reads_as_nothing_to_words() -> None:
    assert "      (nothing) → “really”  [insertion]" in format_clusters([LIBRARIES]).splitlines()


def test_statements_printed_once_are_listed_briefly_at_the_end() -> None:
    report = format_clusters([ONCE, LIBRARIES])
    once = "Printed once (1):\n  hg · speaker unknown: “bear with us for one more season”"
    assert report.endswith(once)
    assert "c3 ·" not in report


def test_no_clusters_says_so() -> None:
    assert format_clusters([]) == "No clusters found."


def test_report_summary_counts_documents_quotes_and_shared_statements() -> None:
    result = MatchResult(
        documents=(Document("hg", "x"), Document("nc", "y")),
        quotes=(GAZETTE, COURIER, LEDGER),
        clusters=(COASTAL, ONCE),
    )
    first = format_report(result).splitlines()[0]
    assert first == "2 documents · 3 quotes · 1 statement printed more than once"


def test_quote_listing_groups_by_document_and_numbers_within_each() -> None:
    tweet = Quote(
        id="hg:2",
        doc_id="hg",
        text="Refunds are being processed today.",
        kind="tweet",
        speaker="Brightwater Ferries",
        handle="brightwaterferry",
        source="Harbour Gazette",
    )
    unclosed = Quote(
        id="kb:0",
        doc_id="kb",
        text="not the service our crews are proud of",
        kind="partial",
        diagnostics=(Diagnostic("unclosed-quote", "no closing mark", 40),),
    )
    assert format_quotes([GAZETTE, tweet, unclosed]).splitlines()[:2] == [
        "hg (Harbour Gazette) — 2 quotes",
        "  1. direct · Delia Marsh (said)",
    ]
    listing = format_quotes([GAZETTE, tweet, unclosed])
    assert "  2. tweet · Brightwater Ferries (@brightwaterferry)" in listing
    assert "kb — 1 quote\n  1. partial · speaker unknown\n     “not the service" in listing
    assert "     ! unclosed-quote: no closing mark" in listing


def test_quote_listing_wraps_long_text_under_its_heading() -> None:
    lines = format_quotes([GAZETTE]).splitlines()
    assert all(len(line) <= 100 for line in lines)
    assert " ".join(line.strip() for line in lines[2:]) == f"“{CANONICAL}”"


def test_no_quotes_says_so() -> None:
    assert format_quotes([]) == "No quotes found."
