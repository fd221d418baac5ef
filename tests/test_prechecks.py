"""The cheap string tests run before rarely matching patterns never change what is found.

Each pre-check is compared with the plain pattern it guards, on text built
from the pieces those patterns care about (cue forms, dashes, commas, spaces).
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import clauses, cues, names, resolve

_CUE_WORDS = list(cues.CUE_FORMS)
_PIECES = [
    " ", "\u00a0", ",", ".", "—", "–", "-", "The ", "the ", "club ", "came ", "was ", "is ",
    "his ", "Ana Ruiz’s ", "reply", "verdict", " from ", " of ", " by ", "Rovers FC",
    "according to", "According to", "Zoë ", "sä", "x", "\n", *_CUE_WORDS[::7],
]  # fmt: skip
_texts = st.lists(st.sampled_from(_PIECES), max_size=14).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(0, 60), st.integers(0, 60))
def test_cue_after_agrees_with_its_pattern(text: str, end: int, width: int) -> None:
    end = min(end, len(text))
    stop = min(len(text), end + width)
    plain = names._CUE_AFTER.match(text, end, stop) is not None
    assert names._cue_after(text, end, stop) is plain


def test_every_cue_opening_is_a_listed_pair() -> None:
    # What the pattern itself could start with, letter by letter, is in the set.
    firsts = {c for c in map(chr, range(0x3000)) if names._CUE_AFTER.match(" " + c, partial=True)}
    assert firsts <= set(string.ascii_letters + " \u00a0")
    for first in firsts - {" ", "\u00a0"}:
        for second in map(chr, range(0x800)):
            if names._CUE_AFTER.match(" " + first + second, partial=True):
                assert first + second in names._CUE_PAIRS or second in " \u00a0"
    assert names._cue_after("Ruiz said.", 4, 10) and not names._cue_after("Ruiz left.", 4, 10)


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(0, 60), st.integers(0, 60))
def test_signature_check_never_hides_a_match(text: str, pos: int, width: int) -> None:
    pos = min(pos, len(text))
    stop = min(len(text), pos + width)
    if not clauses._may_be_signed(text, pos, stop):
        for pattern in (clauses._SIGNATURE, clauses._CAME_FROM, clauses._OWNED_AFTER):
            assert pattern.match(text, pos, stop) is None


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(0, 60))
def test_role_subject_check_never_hides_a_match(text: str, start: int) -> None:
    start = min(start, len(text))
    if not resolve._may_open_with_role(text, start):
        assert resolve._ROLE_SUBJECT.match(text, start, min(len(text), start + 80)) is None


def test_role_subject_check_passes_the_openings_that_match() -> None:
    for text in ("The club said it would appeal.", "In a post, the club said no."):
        assert resolve._ROLE_SUBJECT.match(text, 0, len(text)) is not None
        assert resolve._may_open_with_role(text, 0)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_issuer_check_never_hides_a_match(text: str) -> None:
    found, plain = resolve._issuer_named(text), resolve._ISSUER.search(text)
    assert (found and found.span()) == (plain and plain.span())


@settings(max_examples=300, deadline=None)
@given(_texts, st.integers(0, 60), st.integers(0, 80))
def test_the_check_never_hides_an_opening_the(text: str, lo: int, width: int) -> None:
    # The plain form: some word of the stretch folds to "the".
    lo = min(lo, len(text))
    hi = min(len(text), lo + width)
    plain = any(word.casefold() == "the" for word in resolve.TOKEN.findall(text, lo, hi))
    if plain:
        assert resolve._may_hold_the(text, lo, hi)


def test_the_check_reads_any_case_and_rules_out_the_rest() -> None:
    assert resolve._may_hold_the("Then THE club said", 0, 18)
    assert not resolve._may_hold_the("Ruiz, smiling, said", 0, 19)
