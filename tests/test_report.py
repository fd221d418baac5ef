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
    speaker="Delia Marsh",
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


def test_each_member_then_its_differences_in_context() -> None:
    lines = format_clusters([COASTAL]).splitlines()
    start = lines.index("  ● Harbour Gazette · hg · 2024-03-04: same wording")
    assert lines[start:] == [
        "  ● Harbour Gazette · hg · 2024-03-04: same wording",
        "  ● Northfield Courier · nc · 2024-03-04",
        "      …will rebuild the [-Coastal-]{+Costal+} Path fund from…  typo",
        "      …the storm hit hardest[-.-]{+,+}  punctuation (minor)",
        "  ● Tidewater Ledger · tl · 2024-03-05 · speaker unknown · part: words 5–11 of 22",
        "      [-the-] Coastal Path fund…  omission",  # no context from outside its part
    ]


def test_hide_minor_leaves_out_minor_changes_only() -> None:
    lines = format_clusters([COASTAL], hide_minor=True).splitlines()
    assert "      …will rebuild the [-Coastal-]{+Costal+} Path fund from…  typo" in lines
    assert not any("punctuation" in line for line in lines)


def test_a_version_with_only_minor_changes_says_so_when_they_are_hidden() -> None:
    minor_only = Cluster(
        id="c5",
        canonical="We will stay.",
        members=(
            Quote(id="a:0", doc_id="a", text="We will stay."),
            Quote(id="b:0", doc_id="b", text="We will stay,"),
        ),
        variants=(
            Variant(
                quote_id="b:0",
                category="punctuation",
                canonical_text=".",
                variant_text=",",
                canonical_span=(12, 13),
                minor=True,
            ),
        ),
    )
    assert "  ● b · b: minor changes only" in format_clusters([minor_only], hide_minor=True)


def test_cluster_heading_canonical_text_and_earliest_version() -> None:
    lines = format_clusters([COASTAL]).splitlines()
    assert lines[0] == "c1 · 3 versions · 3 outlets · 1 verbatim · Delia Marsh"
    assert lines[1].startswith("  “We will rebuild the Coastal Path fund")
    assert "  earliest: Harbour Gazette · hg, 2024-03-04" in lines
    assert all(len(line) <= 100 for line in lines[:3])


def test_a_long_member_line_puts_its_coverage_on_the_next_line() -> None:
    long_name = Quote(
        id="kb:0",
        doc_id="kestrel-bay-chronicle-coastal-path",
        text="coastal path fund from the ground up",
        speaker="Delia Marsh-Hale",
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
        "Delia Marsh-Hale (told reporters)"
    )
    assert lines[lines.index(member) + 1] == "    part: words 5–11 of 22: same wording"
    assert all(len(line) <= 100 for line in lines)


def test_an_insertion_reads_as_added_words_in_their_place() -> None:
    lines = format_clusters([LIBRARIES]).splitlines()
    assert "      All libraries {+really+} reopen in March.  insertion" in lines


def test_statements_printed_once_are_counted_not_listed() -> None:
    report = format_clusters([ONCE, LIBRARIES])
    assert report.endswith(
        "1 statement with fewer than 2 versions not shown (--min-versions 1 shows more)"
    )
    assert "c3 ·" not in report
    assert "c3 · 1 version · 1 outlet" in format_clusters([ONCE, LIBRARIES], min_versions=1)


def test_sort_by_deviation_puts_the_most_changed_statement_first() -> None:
    three_clean = Cluster(
        id="c0",
        canonical="Nobody should be cut off.",
        members=tuple(
            Quote(id=f"{d}:9", doc_id=d, text="Nobody should be cut off.", source=d)
            for d in ("x", "y", "z")
        ),
    )
    by_outlets = format_clusters([LIBRARIES, three_clean])
    by_deviation = format_clusters([LIBRARIES, three_clean], order="deviation")
    assert by_outlets.index("c0 ·") < by_outlets.index("c2 ·")
    assert by_deviation.index("c2 ·") < by_deviation.index("c0 ·")


def test_colour_only_on_request_and_never_instead_of_the_text_marks() -> None:
    plain = format_clusters([COASTAL])
    painted = format_clusters([COASTAL], color=True)
    assert "\x1b[" not in plain
    assert "\x1b[31m[-Coastal-]\x1b[0m\x1b[32m{+Costal+}\x1b[0m" in painted


def test_control_characters_from_input_never_reach_the_terminal() -> None:
    hostile = Quote(
        id="e:0",
        doc_id="evil\x1b]0;owned\x07.txt",
        text="We will\r\x1b[2J stay",
        source="Outlet\x9b31m",
        speaker="Ana\u202eRuiz",
    )
    cluster = Cluster(id="c7", canonical=hostile.text, members=(hostile, hostile))
    for report in (format_clusters([cluster], color=True), format_quotes([hostile])):
        assert "\r" not in report
        assert "\x9b" not in report and "\u202e" not in report
        assert "\x1b]" not in report and "\x1b[2J" not in report
        assert "evil\\x1b]0;owned\\x07.txt" in report


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
    assert "\x1b" not in format_report(result)
    assert format_report(result, color=True).startswith("\x1b[1m2 documents")


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
