"""Untrusted text in the places it is written: the terminal and JSON Lines."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from quotematch.safe import jsonl_line, lone_surrogate, terminal_text


def test_escape_sequences_become_visible_text() -> None:
    assert terminal_text("a\x1b[31mred\x1b[0m") == "a\\x1b[31mred\\x1b[0m"
    assert terminal_text("title\x1b]0;owned\x07") == "title\\x1b]0;owned\\x07"
    assert terminal_text("c1 csi \x9b2J") == "c1 csi \\x9b2J"


def test_line_breaks_and_tabs_become_spaces_so_a_line_stays_one_line() -> None:
    assert terminal_text("we will\r\nstay\there") == "we will  stay here"
    assert terminal_text("over\rwrite") == "over write"


def test_bidirectional_controls_and_line_separators_are_shown_escaped() -> None:
    assert terminal_text("Ana\u202eziuR") == "Ana\\u202eziuR"
    assert terminal_text("one\u2028two") == "one\\u2028two"


def test_ordinary_news_text_is_left_alone() -> None:
    text = "“We won’t go — ever,” said Zoë Ødegård (São Paulo), 50 % of €3…"
    assert terminal_text(text) is text


@given(st.text())
def test_terminal_text_never_holds_a_control_character(text: str) -> None:
    shown = terminal_text(text)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in shown)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
def test_jsonl_line_is_one_line_for_every_line_reader_and_round_trips(text: str) -> None:
    line = jsonl_line({"text": text})
    assert len(line.splitlines()) == 1  # str.splitlines splits on U+2028, U+2029 and U+0085 too
    assert json.loads(line) == {"text": text}


def test_json_lines_hold_no_raw_control_character_a_terminal_would_act_on() -> None:
    line = jsonl_line({"text": "csi \x9b2J esc \x1b[0m del \x7f"})
    assert line == '{"text": "csi \\u009b2J esc \\u001b[0m del \\u007f"}'


def test_lone_surrogates_are_found_where_they_are() -> None:
    assert lone_surrogate("fine 🌊") is None
    assert lone_surrogate("bad \udc80") == 4
