"""Paragraph splitting, mark finding and the signature look-up, against plain reference versions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch._marks import _ENTITY, _TOKEN, _lines, _split_lines, marks, paragraphs, trim
from quotematch._tweets import _KEYED, _WINDOW, _candidates, _find, _keys_present, find_posts
from quotematch.models import Span

_LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_ODD_SPACES = "\u200b\u200c\u200d\u2060\ufeff\u00a0\u3000\t "


def reference_paragraphs(text: str) -> list[Span]:
    """Paragraphs the slow, obvious way: one line at a time, trimmed, soft wraps merged."""
    result: list[Span] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        start, end = trim(text, offset, offset + len(line))
        offset += len(line)
        if start == end:
            continue
        if result:
            last, first = text[result[-1][1] - 1], text[start]
            if first in "”»,.;:!?)]}" or ((last.isalnum() or last in ",;") and first.islower()):
                result[-1] = (result[-1][0], end)
                continue
        result.append((start, end))
    return result


paragraph_text = st.lists(
    st.sampled_from([*_LINE_BREAKS, *_ODD_SPACES, *"aZé.,”(“", "\r\n", "We won"]),
    max_size=40,
).map("".join)


@settings(max_examples=300)
@given(paragraph_text)
def test_paragraphs_match_the_reference(text: str) -> None:
    assert paragraphs(text) == reference_paragraphs(text)


newline_text = st.lists(
    st.sampled_from(["\n", "\n\n", *_ODD_SPACES, *"aZé.,”(“", " \n ", "We won"]), max_size=40
).map("".join)


@settings(max_examples=300)
@given(newline_text)
def test_lines_found_in_place_match_splitlines(text: str) -> None:
    # Text whose only line break is "\n" takes the path that reads lines in place.
    assert _lines(text) == _split_lines(text)
    assert paragraphs(text) == reference_paragraphs(text)


def test_lines_of_an_article_read_in_place() -> None:
    text = "Pier reopens\n\n  \u200b“It took a year,” said Ana Ruiz. \n\t\nShe smiled.\n"
    assert _lines(text) == _split_lines(text) == [
        (0, 12), (text.index("“"), text.index(". \n") + 1), (text.index("She"), len(text) - 1)
    ]


def test_paragraphs_on_every_line_break_and_zero_width_space() -> None:
    text = "\u200bThe pier reopens.\u2028\ufeff\n  “It took a year.”\u200d\r\n\x0cShe smiled."
    # Three lines once the zero-width spaces and the empty line are dropped.
    first = (1, 18)
    second = (text.index("“"), text.index("”") + 1)
    third = (text.index("She"), len(text))
    assert paragraphs(text) == [first, second, third]


def test_a_soft_wrap_joins_lines_across_a_unicode_line_separator() -> None:
    text = "The council said it would\u2028reconsider the plan."
    assert paragraphs(text) == [(0, len(text))]


mark_text = st.lists(
    st.sampled_from([
        *"\"“”„«»‚'‘’`&", "``", "''", "‘‘", "’’", "&quot;", "&rsquo;", "&#8217;", "&amp;",
        "&apos", "&apos;", "a", "Z", "é", "7", "_", " ", "\n", "(", "We won",
    ]),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=500)
@given(mark_text, st.integers(0, 4), st.integers(0, 4))
def test_marks_are_what_the_token_pattern_finds(text: str, lead: int, cut: int) -> None:
    start = min(lead, len(text))
    end = max(start, len(text) - cut)
    want = []
    for found in _TOKEN.finditer(text, start, end):
        i, j = found.span()
        mark = _ENTITY.get(found.group(), found.group())
        # The pattern leaves out inner apostrophes written as characters itself.
        written_out = found.group().startswith("&") and mark in ("’", "'")
        inner = i > 0 and j < len(text) and text[i - 1].isalnum() and text[j].isalnum()
        if not (written_out and inner):
            want.append((i, j, mark))
    assert list(marks(text, start, end)) == want


def reference_candidates(text: str, paras: list[Span]) -> list[int]:
    return [
        number
        for number, (start, end) in enumerate(paras)
        if text.find("(@", max(start, end - _WINDOW), end) >= 0
    ]


signature_text = st.lists(
    st.sampled_from(["(@", "(", "@", "We won", " ", "\n", "\n\n", "x" * 120, ")", "(@ab)"]),
    max_size=14,
).map("".join)


@settings(max_examples=300)
@given(signature_text)
def test_signature_candidates_match_a_look_at_every_paragraph(text: str) -> None:
    paras = paragraphs(text)
    assert _candidates(text, paras) == reference_candidates(text, paras)


keyed_text = st.lists(
    st.sampled_from(
        ["(@", "(", "@", " by", "by @", "Post", "Posted", "A post shared", " ", "\n", "x"]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=300)
@given(keyed_text, st.integers(0, 40))
def test_the_handle_search_matches_a_plain_find(text: str, start: int) -> None:
    assert _find(text, "(@", start) == text.find("(@", start)


@settings(max_examples=300)
@given(keyed_text)
def test_the_keys_found_from_by_are_the_keys_in_the_text(text: str) -> None:
    # a key with a handle is looked for only after "by @" (with a name, "(@" finds it)
    handled = "by @" in text
    expected = [key for key, _, needs in _KEYED if not needs and key in text]
    expected += [key for key, _, needs in _KEYED if needs and handled and key in text]
    assert _keys_present(text) == expected


def test_a_signature_far_from_its_paragraph_end_is_not_a_candidate() -> None:
    body = "Fans queued from dawn (@harbourfc had warned them). " + "They sang. " * 30
    text = body + "\n\nWhat a night! — Jo Bloggs (@jobloggs) July 3, 2023"
    paras = paragraphs(text)
    assert _candidates(text, paras) == [1]
    [post] = find_posts(text, paras)
    assert text[post.body[0] : post.body[1]] == "What a night!"
    assert post.handle == "@jobloggs"


def test_no_signature_mark_means_no_posts() -> None:
    text = "The ferry ran late.\n\n“We are sorry,” the operator said."
    assert find_posts(text, paragraphs(text)) == []
