"""Untrusted text made safe for the place it is written: a terminal, a JSON Lines file.

Article text, document ids, outlet names and file names come from outside and
may hold anything: escape sequences that recolour or retitle a terminal
(``ESC [``, ``ESC ]``), a carriage return that overwrites what was printed,
bidirectional overrides that reorder a line, line separators that JSON allows
raw but line-oriented readers split on, and lone surrogates that no encoder
accepts. This module holds the rules for each place; the writers call them.
"""

from __future__ import annotations

import json

import regex

__all__ = [
    "jsonl_line",
    "lone_surrogate",
    "terminal_text",
]

# C0 and C1 controls and DEL, bidirectional embeddings/overrides/isolates, line and paragraph
# separators, and the byte-order mark / zero-width no-break space when not at the start.
_UNSAFE = regex.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2028\u2029\u2066-\u2069]")
_BLANKS = {"\t": " ", "\n": " ", "\r": " "}
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
# Characters JSON allows raw inside strings but that line-oriented readers treat as line ends
# (U+2028, U+2029, U+0085) or that a terminal acts on (DEL and the C1 controls, U+0085 among them).
_JSON_ESCAPES = str.maketrans(
    {
        "\u2028": "\\u2028",
        "\u2029": "\\u2029",
        **{chr(code): f"\\u{code:04x}" for code in range(0x7F, 0xA0)},
    }
)


def terminal_text(text: str) -> str:
    """``text`` with nothing a terminal would act on: controls shown as ``\\x1b``-style escapes.

    Tabs and line breaks become single spaces (a report line stays one line);
    every other control character, bidirectional control and line separator is
    written as a visible backslash escape, so the reader sees that it was there.

    >>> terminal_text("Mayor\\x1b]0;pwned\\x07 said\\r\\nhello")
    'Mayor\\\\x1b]0;pwned\\\\x07 said  hello'
    """
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(_escape, text)


def jsonl_line(record: object) -> str:
    """One JSON Lines line (no newline): UTF-8 text, with U+2028, U+2029, DEL and C1 escaped.

    JSON allows those raw inside strings, but many line readers split on
    U+2028, U+2029 and U+0085, which would cut one record into several lines,
    and a terminal acts on C1 controls (``\x9b`` starts an escape sequence).
    ``json.dumps`` already escapes the C0 controls.

    >>> jsonl_line({"text": "one\\u2028two\\x85three"})
    '{"text": "one\\\\u2028two\\\\u0085three"}'
    """
    return json.dumps(record, ensure_ascii=False).translate(_JSON_ESCAPES)


def lone_surrogate(text: str) -> int | None:
    """The offset of the first lone surrogate in ``text`` (which cannot be encoded), or None.

    A JSON file may spell one (``"\\ud800"``); Python decodes it into a string
    that every encoder rejects, so a reader reports such a record instead.

    >>> lone_surrogate("ok"), lone_surrogate("bad \\ud800 here")
    (None, 4)
    """
    match = _SURROGATE.search(text)
    return match.start() if match else None


def _escape(match: regex.Match[str]) -> str:
    char = match.group()
    blank = _BLANKS.get(char)
    if blank is not None:
        return blank
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
