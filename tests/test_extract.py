"""Behaviour of extract_quotes on article-shaped text written for these tests."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
import pytest
from benchmarks.articles import generate_articles
from hypothesis import given, settings
from hypothesis import strategies as st

import quotematch.extract as extract_module
from extract_cases import CASES, Case
from quotematch import Config, Document, Quote, _marks, extract_quotes
from quotematch.attribute import Attribution, attribute

# Replacing a module global reaches the pure-Python module, not the compiled one
# (a compiled module calls its own functions directly). CI runs the suite once on
# the sources, where these tests run, and once on the compiled build.
pure_python_only = pytest.mark.skipif(
    extract_module.__file__.endswith((".so", ".pyd")),
    reason="needs the pure-Python module: monkeypatching does not reach compiled calls",
)


def parts(text: str, quote: Quote) -> tuple[str, ...]:
    return tuple(text[start:end] for start, end in quote.spans)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_labelled_case(case: Case) -> None:
    quotes = extract_quotes(case.text)
    assert [parts(case.text, q) for q in quotes] == [w.parts for w in case.quotes], case.reason
    assert [q.kind for q in quotes] == [w.kind for w in case.quotes], case.reason
    for quote, wanted in zip(quotes, case.quotes, strict=True):
        assert quote.text == " ".join(wanted.parts)
        if wanted.kind == "tweet":
            assert quote.speaker == wanted.speaker, case.reason


def test_case_names_are_unique_and_every_case_has_a_reason() -> None:
    assert len({case.name for case in CASES}) == len(CASES)
    assert all(case.reason for case in CASES)
    assert len(CASES) >= 40


# -- spans, ids and document fields -------------------------------------------


def test_spans_point_into_the_original_text_with_marks_excluded() -> None:
    text = "Intro.\n\n“We are saddened,” said coach Ana Ruiz, “and we will honour him.”"
    (quote,) = extract_quotes(text)
    assert quote.spans == ((9, 25), (49, 72))
    assert text[8] == "“" and text[25] == "”"
    assert quote.text == "We are saddened, and we will honour him."


def test_ids_number_quotes_in_reading_order() -> None:
    text = "“One,” she said.\n\nA post here — Jo Bloggs (@jobloggs) July 3, 2023\n\n“Two,” he said."
    quotes = extract_quotes(text, doc_id="d7")
    assert [q.id for q in quotes] == ["d7:0", "d7:1", "d7:2"]
    assert [q.text for q in quotes] == ["One,", "A post here", "Two,"]
    assert {q.doc_id for q in quotes} == {"d7"}


def test_plain_text_defaults_to_doc_id_doc() -> None:
    (quote,) = extract_quotes("“Hello there,” she said.")
    assert quote.id == "doc:0" and quote.doc_id == "doc"


def test_document_fields_are_copied_and_doc_id_overrides() -> None:
    doc = Document(
        "harbour-1",
        "“Nobody sails today,” he said.",
        source="Coast Courier",
        published="2024-05-17",
    )
    (quote,) = extract_quotes(doc)
    assert quote.id == "harbour-1:0"
    assert quote.source == "Coast Courier"
    assert quote.published == dt.datetime(2024, 5, 17, tzinfo=dt.timezone.utc)
    (renamed,) = extract_quotes(doc, doc_id="other")
    assert renamed.id == "other:0" and renamed.doc_id == "other"


def test_surrounding_whitespace_inside_marks_is_not_part_of_the_span() -> None:
    text = "He said: “   spaced out words \n ” and left."
    (quote,) = extract_quotes(text)
    assert parts(text, quote) == ("spaced out words",)


# -- nested, editorial ---------------------------------------------------------


def test_nested_quote_is_recorded_on_the_outer_quote() -> None:
    text = "“She told me ‘we’re done here’ and left,” he said."
    (quote,) = extract_quotes(text)
    assert [text[s:e] for s, e in quote.nested] == ["we’re done here"]


def test_nested_quote_in_second_part_is_kept() -> None:
    text = "“We tried,” she said, “but they kept saying ‘not now’ to us.”"
    (quote,) = extract_quotes(text)
    assert len(quote.spans) == 2
    assert [text[s:e] for s, e in quote.nested] == ["not now"]


def test_editorial_brackets_and_ellipses_are_flagged() -> None:
    text = "“He [the minister] knew ... and yet… nothing,” she said."
    (quote,) = extract_quotes(text)
    assert [text[s:e] for s, e in quote.editorial] == ["[the minister]", "...", "…"]
    assert quote.text == "He [the minister] knew ... and yet… nothing,"


def test_editorial_spans_lie_inside_the_quote() -> None:
    text = "[Updated] “We will [sic] return,” Ruiz said [the next day]."
    (quote,) = extract_quotes(text)
    assert [text[s:e] for s, e in quote.editorial] == ["[sic]"]


# -- unclosed and stray marks --------------------------------------------------


def test_unclosed_quote_has_a_diagnostic_and_stops_at_its_paragraph() -> None:
    text = "“We will appeal, the lawyer said.\n\nThe hearing ended. “Good,” a clerk said."
    first, second = extract_quotes(text)
    assert first.text == "We will appeal, the lawyer said."
    assert [d.code for d in first.diagnostics] == ["unclosed-quote"]
    assert first.diagnostics[0].offset == 0
    assert second.text == "Good," and second.diagnostics == ()


def test_paragraph_without_repeated_opening_mark_is_flagged() -> None:
    text = "“We will rebuild.\nWe have done it before,” she said.\nThe 12” pipe burst."
    (quote,) = extract_quotes(text)
    assert parts(text, quote) == ("We will rebuild.", "We have done it before,")
    assert [d.code for d in quote.diagnostics] == ["missing-opening-mark"]
    assert quote.diagnostics[0].offset == text.index("We have")


def test_unclosed_quote_never_exceeds_max_quote_chars() -> None:
    text = "“" + "word " * 400
    (quote,) = extract_quotes(text, config=Config(max_quote_chars=100))
    start, end = quote.spans[0]
    assert start == 1 and end - start <= 100
    assert quote.diagnostics[0].code == "unclosed-quote"


def test_unclosed_mark_does_not_swallow_the_rest_of_a_one_line_article() -> None:
    body = "The committee met again. " * 200
    text = "Opening “remark and then " + body + "“Later,” she said."
    quotes = extract_quotes(text, config=Config(max_quote_chars=300))
    assert quotes[0].spans[0][1] - quotes[0].spans[0][0] <= 300
    assert quotes[-1].text == "Later,"


def test_lone_stray_marks_never_raise_and_produce_nothing_odd() -> None:
    for text in ["”", "’", "'", '"', "“", "« » „", "''", "``", "‘’", "a”b“c", "\"'\"'"]:
        quotes = extract_quotes(text)
        for quote in quotes:
            assert all(text[s:e] for s, e in quote.spans)


def test_stray_apostrophe_opener_does_not_hide_later_quotes() -> None:
    text = "Life in the 'burbs is quiet. “We like it,” said one resident."
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["We like it,"]


# -- multi-paragraph and split joins --------------------------------------------


def test_multi_paragraph_quote_has_one_span_per_paragraph() -> None:
    text = "She said: “First point.\n“Second point.\n“Third point,” she added."
    (quote,) = extract_quotes(text)
    assert parts(text, quote) == ("First point.", "Second point.", "Third point,")
    assert quote.diagnostics == ()


@pure_python_only
def test_split_quote_uses_the_attribution_contract(monkeypatch: pytest.MonkeyPatch) -> None:
    # An attribution the built-in fallback would not recognise ("murmured
    # the old keeper"): the join follows find_split_attribution's answer.
    text = "“The light is out,” murmured the old keeper, “and nobody came.”"
    calls: list[tuple[int, int]] = []

    def fake(text: str, start: int, end: int) -> Attribution | None:
        calls.append((start, end))
        return Attribution("the old keeper", "murmured", start, end)

    monkeypatch.setattr(extract_module, "find_split_attribution", fake)
    (quote,) = extract_quotes(text)
    assert calls == [(19, 45)]
    assert parts(text, quote) == ("The light is out,", "and nobody came.")


def test_split_needs_a_short_attribution_between_the_parts() -> None:
    text = (
        "“We tried,” she said, before the meeting broke up and the members of the board "
        "left the room one by one, “and we failed.”"
    )
    quotes = extract_quotes(text)
    assert len(quotes) == 2


def test_quotes_in_different_paragraphs_are_not_split_joined() -> None:
    text = "“We tried,” she said.\n“And we failed,” she added."
    assert len(extract_quotes(text)) == 2


@pure_python_only
def test_attribution_runs_once_over_every_extracted_quote(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Attribution sees every quote (scare quotes too) before any speaker is set,
    # once per document, and each quote carries exactly the speaker it gives.
    seen: list[list[tuple[tuple[int, int], ...]]] = []

    def fake(text: str, drafts: list[Any]) -> list[tuple[Any, ...] | None]:
        seen.append([d.spans for d in drafts])
        assert all(d.speaker is None and d.cue is None for d in drafts)
        return [None, ("Ana Ruiz", "said", "named", (37, 41), "Ruiz")]

    monkeypatch.setattr(extract_module, "changes", fake)
    text = "The “deal” is off. “We walk away,” Ruiz said."
    result = extract_quotes(text)
    assert len(seen) == 1
    assert [text[s:e] for ((s, e),) in seen[0]] == ["deal", "We walk away,"]
    assert [(q.text, q.speaker, q.cue) for q in result] == [
        ("deal", None, None),
        ("We walk away,", "Ana Ruiz", "said"),
    ]


def _unattributed(quotes: list[Quote]) -> list[Quote]:
    """``quotes`` as they were before attribution: only a post keeps its signature's name."""
    return [
        attrs.evolve(q, speaker=q.speaker if q.kind == "tweet" else None, cue=None) for q in quotes
    ]


_TEXTS = [case.text for case in CASES] + [a.text for a in generate_articles(40, seed=11)]


@pytest.mark.parametrize("text", _TEXTS, ids=[f"text{i}" for i in range(len(_TEXTS))])
def test_extract_quotes_attributes_as_attribute_does(text: str) -> None:
    # extract_quotes attributes drafts and builds each quote once; the public
    # attribute() on the same quotes without speakers must give the very same records.
    quotes = extract_quotes(text)
    assert attribute(text, _unattributed(quotes)) == quotes


# -- embedded posts --------------------------------------------------------------


def test_tweet_sets_speaker_and_handle_and_drops_link_and_signature() -> None:
    text = (
        "The mayor responded online.\n\n"
        "Roads reopen at 6pm tonight. Thanks for your patience https://t.co/Qw3rTy "
        "— Ana Ruiz (@MayorAnaRuiz) March 12, 2024\n\n"
        "Not everyone was convinced."
    )
    (quote,) = extract_quotes(text)
    assert quote.kind == "tweet"
    assert quote.text == "Roads reopen at 6pm tonight. Thanks for your patience"
    assert quote.speaker == "Ana Ruiz" and quote.handle == "@MayorAnaRuiz"


def test_tweet_with_quote_marks_inside_records_them_as_nested() -> None:
    text = "Told the ref it was “never a penalty” and I stand by it — Sam Cole (@sc) 2 May 2024"
    (quote,) = extract_quotes(text)
    assert quote.kind == "tweet"
    assert [text[s:e] for s, e in quote.nested] == ["never a penalty"]


def test_signature_needs_a_date() -> None:
    text = "Thanks to everyone who came — Jo Bloggs (@jobloggs)"
    assert extract_quotes(text) == []


def test_post_paragraph_does_not_join_quotes_around_it() -> None:
    text = "“We will win.\nGo Rovers! — Rovers FC (@roversfc) May 1, 2024\n“And we did,” she said."
    quotes = extract_quotes(text)
    assert [q.kind for q in quotes] == ["direct", "tweet", "direct"]
    assert quotes[0].diagnostics[0].code == "unclosed-quote"


@pytest.mark.parametrize(
    ("lines", "body", "speaker", "handle"),
    [
        # Instagram: a header line, the caption, "A post shared by" (a date may follow)
        (
            ["View this post on Instagram", "Back in the saddle. Thank you, team.",
             "A post shared by Rosa Quintrell (@rosaquintrell)"],
            "Back in the saddle. Thank you, team.", "Rosa Quintrell", "@rosaquintrell",
        ),
        (
            ["Back in the saddle. A post shared by @rosa.q on Jan 3, 2026 at 4:15pm PST"],
            "Back in the saddle.", "@rosa.q", "@rosa.q",
        ),
        # Facebook: "Posted by" a page on a date; a page has no handle
        (
            ["News: all nine lambs are feeding well.",
             "Posted by Hollowmere Farm Park on Friday, 3 May 2024"],
            "News: all nine lambs are feeding well.", "Hollowmere Farm Park", None,
        ),
        # Bluesky and Mastodon: the X shape with a dotted or two-part handle, a time after
        (
            ["Back on the bike tomorrow. — Lena Fasching (@lenaf.bsky.social) "
             "January 14, 2026 at 10:02 AM"],
            "Back on the bike tomorrow.", "Lena Fasching", "@lenaf.bsky.social",
        ),
        (
            ["Back on the bike tomorrow. — Lena Fasching (@lenaf@velo.social) 3 May 2025"],
            "Back on the bike tomorrow.", "Lena Fasching", "@lenaf@velo.social",
        ),
        # Threads: "Post by @handle", "View on Threads" after it
        (
            ["Back on the bike tomorrow.", "Post by @lenaf · View on Threads"],
            "Back on the bike tomorrow.", "@lenaf", "@lenaf",
        ),
    ],
)
def test_other_networks_signatures_make_a_post_and_leave_the_lead_in(
    lines: list[str], body: str, speaker: str, handle: str | None
) -> None:
    text = "Cyclists return to Kelvale\n\nLater she wrote to fans:\n\n" + "\n\n".join(
        lines
    )
    (post,) = extract_quotes(text)
    assert post.kind == "tweet" and post.text == body
    assert (post.speaker, post.handle, post.speaker_rule) == (speaker, handle, "post")


@pytest.mark.parametrize(
    "text",
    [
        # no date: narrative about a post, not its signature
        "Cyclists return\n\nThe photo was posted by Jo Arden on Facebook.\n\nFans loved it.",
        "Cyclists return\n\nA post shared by the club (@kelvalerc) drew 900 comments.",
        # a blog's byline under the headline does not make the headline a post
        "Cyclists return to Kelvale\n\nPosted by Jo Arden on 3 May 2024\n\nThe race is back.",
    ],
)
def test_narrative_and_bylines_are_not_other_networks_posts(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind == "tweet"] == []


@pytest.mark.parametrize(
    ("lines", "body", "speaker", "handle"),
    [
        # a post printed as "@handle: text" on its own line, after the lead-in
        (
            ["Minutes later she wrote:", "@NellVantry: Not my best night. Back stronger x"],
            "Not my best night. Back stronger x", "@NellVantry", "@NellVantry",
        ),
        # ... or after a line that names the poster, with no colon
        (
            ["Her coach Bram Ostley was quick to respond.",
             "@BramOstley: Proud of every one of them. Onwards pic.twitter.com/Zx81"],
            "Proud of every one of them. Onwards", "@BramOstley", "@BramOstley",
        ),
        # ... with the display name in brackets after the handle
        (
            ["The club posted this tribute:",
             "@KelvaleRFC (Kelvale Rugby Club): Rest easy, skipper. One of our own."],
            "Rest easy, skipper. One of our own.", "Kelvale Rugby Club", "@KelvaleRFC",
        ),
        # a post copied from X: "Name @handle", the text, the time line
        (
            ["Reaction from the harbourmaster:", "Ines Moravec @InesMoravecHM",
             "Ferries suspended until the swell drops. Stay off the pier.",
             "6:41 AM · Mar 2, 2026"],
            "Ferries suspended until the swell drops. Stay off the pier.",
            "Ines Moravec", "@InesMoravecHM",
        ),
        # the name and the handle on two lines, the text on two, a view count after the time
        (
            ["Ines Moravec", "@InesMoravecHM", "Ferries suspended.", "Stay off the pier.",
             "18:41 · 2 Mar 2026 · 12.4K Views"],
            "Stay off the pier.", "Ines Moravec", "@InesMoravecHM",
        ),
        # the display name first, the handle in brackets (a live blog's inline post)
        (
            ["Her coach was quick to respond.",
             "Bram Ostley (@BramOstley): Proud of every one of them. Onwards"],
            "Proud of every one of them. Onwards", "Bram Ostley", "@BramOstley",
        ),
        # a header line and the text straight under it, with no time line
        (
            ["Reaction from the harbourmaster:",
             "Ines Moravec @InesMoravecHM\nFerries suspended until the swell drops.\n"
             "Stay off the pier."],
            "Stay off the pier.", "Ines Moravec", "@InesMoravecHM",
        ),
    ],
)
def test_posts_that_open_with_the_handle(
    lines: list[str], body: str, speaker: str, handle: str
) -> None:
    text = "Ferry strike enters third day\n\nCrews walked out at dawn.\n\n" + "\n\n".join(lines)
    posts = [quote for quote in extract_quotes(text) if quote.kind == "tweet"]
    assert len(posts) == 1
    (post,) = posts
    assert post.text.endswith(body) and text[post.spans[-1][0] : post.spans[-1][1]] == body
    assert (post.speaker, post.handle, post.speaker_rule) == (speaker, handle, "post")


def test_copied_post_lines_after_the_header_stay_out_of_the_narrative() -> None:
    text = (
        "Ferry strike\n\nIncoming:\n\nInes Moravec @InesMoravecHM\n"
        "“Ferries suspended,” says the notice. Stay off the pier.\n"
        "6:41 AM · Mar 2, 2026\n\n“We are talking,” the union said."
    )
    quotes = extract_quotes(text)
    assert [(q.kind, q.speaker) for q in quotes][:1] == [("tweet", "Ines Moravec")]
    assert [q.kind for q in quotes] == ["tweet", "direct"]
    assert quotes[0].text == "“Ferries suspended,” says the notice. Stay off the pier."


@pytest.mark.parametrize(
    "text",
    [
        # a handle inside the reporter's sentence, even before a colon
        "Ferry strike\n\nFollow @InesMoravecHM for updates: crossings resume at noon.",
        "Ferry strike\n\nShe replied to @BramOstley: the crossing stays shut.",
        "Ferry strike\n\n@InesMoravecHM said: “Crossings resume at noon.”",
        "Ferry strike\n\n@InesMoravecHM (the harbour account) said crossings resume at noon.",
        # a handle alone, or opening the headline
        "Ferry strike\n\n@InesMoravecHM:",
        "@InesMoravecHM: the account every islander follows\n\nIt has 40,000 followers.",
        # a header with no time line under it, a time line with no header above it
        "Ferry strike\n\nInes Moravec @InesMoravecHM\n\nShe runs the harbour.",
        "Ferry strike\n\nCrossings resume at noon.\n\n6:41 AM · Mar 2, 2026",
        # a name before a bracketed handle that reads as a sentence, or with no colon
        "Ferry strike\n\nShe replied to Bram (@BramOstley): the crossing stays shut.",
        "Ferry strike\n\nBram Ostley (@BramOstley) said crossings resume at noon.",
        # a header over a byline's role, or inside a wrapped sentence
        "Ferry strike\n\nInes Moravec @InesMoravecHM\nHarbour Correspondent\n\nCrews walked out.",
        "Ferry strike\n\nThe notice was shared by\nInes Moravec @InesMoravecHM\n"
        "Crossings resume at noon today, she added.",
        # a sentence ending in a handle is no header
        "Ferry strike\n\nThis from the harbourmaster @InesMoravecHM\n\n"
        "Crossings resume at noon.\n\n6:41 AM · Mar 2, 2026",
    ],
)
def test_handles_in_narrative_are_not_posts(text: str) -> None:
    assert [q.text for q in extract_quotes(text) if q.kind == "tweet"] == []


# -- determinism -----------------------------------------------------------------


def test_same_input_same_output() -> None:
    text = "\n\n".join(case.text for case in CASES)
    assert extract_quotes(text) == extract_quotes(text)


# -- the mark tokenizer ------------------------------------------------------------

_PLAIN_TOKEN = re.compile(
    "``|''|‘‘|’’|[\"“”„«»'‘’‚]"
    "|&(?:quot|ldquo|rdquo|lsquo|rsquo|bdquo|laquo|raquo|apos|#34|#39|#822[0-2]|#821[6-8]);"
)


def _kept(text: str, found: re.Match[str]) -> bool:
    """False for the apostrophe the scan always skips: one ' or ’ between letters or digits."""
    i, j = found.span()
    return not (
        found.group() in ("'", "’") and i > 0 and j < len(text)
        and text[i - 1].isalnum() and text[j].isalnum()
    )  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet="ab1 ’‘'\"“”`&quot;é\n", max_size=40),
    st.integers(0, 3),
)
def test_mark_tokens_are_the_plain_alternation_less_inner_apostrophes(text: str, cut: int) -> None:
    # The scan's pattern leaves out inner apostrophes itself; what it hands on
    # must be what the plain alternation finds once they are skipped.
    start = min(cut, len(text))
    got = [(m.span(), m.group()) for m in _marks._TOKEN.finditer(text, start) if _kept(text, m)]
    want = [(m.span(), m.group()) for m in _PLAIN_TOKEN.finditer(text, start) if _kept(text, m)]
    assert got == want


def test_inner_apostrophes_never_reach_the_scan() -> None:
    text = "O’Neill’s players’ union said they don't mind ’90s rock ’n’ roll."
    tokens = [m.group() for m in _marks._TOKEN.finditer(text)]
    assert tokens == ["’", "’", "’", "’"]  # players’, ’90s, ’n’ (two)


def test_new_quote_builds_what_quote_builds() -> None:
    # _new_quote fills Quote's slots directly: it must set every field, in
    # attrs' order, and agree with Quote(...) once ``published`` is converted.
    names = [field.name for field in attrs.fields(Quote)]
    assert names[-1] == "speaker_phrase" and len(names) == 16
    assert all(f.validator is None for f in attrs.fields(Quote))
    when = dt.datetime(2024, 5, 17, 9, 30, tzinfo=dt.timezone.utc)
    values: dict[str, Any] = {
        "id": "d:3", "doc_id": "d", "text": "We won", "spans": ((1, 7),), "kind": "partial",
        "speaker": "Ana Ruiz", "cue": "said", "handle": "@ana", "editorial": ((2, 3),),
        "nested": ((4, 5),), "diagnostics": (), "source": "wire", "published": when,
        "speaker_rule": "named", "speaker_span": (8, 16), "speaker_phrase": "Ruiz",
    }  # fmt: skip
    built = extract_module._new_quote(*(values[name] for name in names))
    expected = Quote(**values)
    assert built == expected
    assert repr(built) == repr(expected)
    assert [getattr(built, name) for name in names] == [getattr(expected, name) for name in names]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="ab .[]…\u00a0\n", max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), min_size=1, max_size=3),
)
def test_editorial_starts_cover_every_editorial_mark(
    text: str, cuts: list[tuple[int, int]]
) -> None:
    # extract_quotes skips the scan of a quote when no start lies within its
    # spans: that must never skip a quote that has editorial marks.
    spans = tuple((min(a, b), max(a, b)) for a, b in cuts)
    starts = extract_module._editorial_starts(text)
    assert starts == sorted(starts)
    found = [m.span() for s, e in spans for m in extract_module._EDITORIAL.finditer(text, s, e)]
    assert all(start in starts for start, _ in found)
    if found:
        assert any(s <= p < e for s, e in spans for p in starts)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 4000), st.sampled_from(["“x\n", "“word word word\n\n", "“a b\n\n‘c\n"]))
def test_an_unclosed_quote_over_paragraphs_stops_at_max_quote_chars(count: int, unit: str) -> None:
    # A quote that runs on over paragraphs without closing is cut at the
    # configured length, counted over the whole quote, not per paragraph.
    text = unit * count
    for quote in extract_quotes(text, config=Config(max_quote_chars=500)):
        assert quote.spans[-1][1] - quote.spans[0][0] <= 501


def test_a_post_over_several_paragraphs_is_one_quote_with_a_part_per_paragraph() -> None:
    # The poster's first-person paragraphs before the signature belong to the
    # post; the reporter's introducing paragraph stays narrative.
    text = (
        "Council leader Ines Varga posted on Sunday night.\n\n"
        "I have spent today in Eastmoor talking to families. We got it wrong.\n\n"
        "Our crews will be back tomorrow.\n\n"
        "And you have my word: nobody will be left alone. — Ines Varga (@inesvarga) "
        "November 16, 2025\n\nThe council met on Monday."
    )
    (post,) = extract_quotes(text)
    assert post.kind == "tweet" and (post.speaker, post.handle) == ("Ines Varga", "@inesvarga")
    assert [text[s:e] for s, e in post.spans] == [
        "I have spent today in Eastmoor talking to families. We got it wrong.",
        "Our crews will be back tomorrow.",
        "And you have my word: nobody will be left alone.",
    ]


def test_a_post_does_not_take_the_reporters_paragraph_before_it() -> None:
    # A paragraph introducing the post with a colon, or one quoting someone,
    # is the reporter's, even in the first person.
    for lead in ("We asked her about it and she posted:", "“We are sorry,” she told us."):
        text = f"{lead}\n\nWe got it wrong. — Ines Varga (@inesvarga) November 16, 2025"
        posts = [q for q in extract_quotes(text) if q.kind == "tweet"]
        assert [text[s:e] for q in posts for s, e in q.spans] == ["We got it wrong."]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from([".", " ", "\n", "\u00a0", "\u2028", "a", "…"])))
def test_dot_starts_match_the_pattern(text: str) -> None:
    # Dots found by text.find and two looks are where the pattern's scan starts a match.
    assert extract_module._dot_starts(text) == [
        m.start() for m in extract_module._DOTS.finditer(text)
    ]


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(["a", ".", " ", "[", "]", "…", "\n", "\t"]), max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=3),
)
def test_editorial_marks_match_the_plain_scan(text: str, cuts: list[tuple[int, int]]) -> None:
    # Trying the pattern only where a mark can start finds what scanning each span finds.
    spans = tuple(sorted((min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts))
    plain = tuple(
        m.span() for s, e in spans for m in extract_module._EDITORIAL.finditer(text, s, e)
    )
    starts = extract_module._editorial_starts(text)
    assert extract_module._editorial(text, spans, starts) == plain
