"""The cheap string tests run before rarely matching patterns never change what is found.

Each pre-check is compared with the plain pattern it guards, on text built
from the pieces those patterns care about (cue forms, dashes, commas, spaces).
"""

from __future__ import annotations

import string

from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import _tweets, clauses, cues, names, resolve

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
                assert first + second in cues.CUE_OPENINGS or second in " \u00a0"
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


# Pieces for the document, age, letters and handle checks: what their patterns read.
_DOC_PIECES = [
    " ", "\u00a0", ",", ":", ".", "\n", "In ", "Under ", "Through ", "its ", "his ", "her ",
    "their ", "first ", "latest ", "report", "statement ", "letter ", "from ", "by ", "of ",
    "written ", "wrote", "left ", "sent ", "penned ", "had ", "that ", "which ", "the ", "The ",
    "Pellmore Ltd", "Ana Ruiz", "Zoë Lind", "'s ", "mother, ", "signed ", "started ",
    "managing director ", "ward ", "member", "Eastwick ", "A ", "One ", "user ", "called ",
    "named ", "Brisa_K ", "was blunt", "@kelby_eye", "@", "51", "-year-old", "year-old", "CM",
    "IGP", "cs", "who ", "29", "x",
]  # fmt: skip
_doc_texts = st.lists(st.sampled_from(_DOC_PIECES), max_size=14).map("".join)


@settings(max_examples=400, deadline=None)
@given(_doc_texts)
def test_word_checks_agree_with_their_patterns(text: str) -> None:
    assert clauses.year_old(text) is (clauses.YEAR_OLD.fullmatch(text) is not None)
    assert resolve._title_letters(text) is (resolve._LETTERS.fullmatch(text) is not None)
    if not text.endswith("member"):
        assert resolve._WARD_MEMBER.fullmatch(text) is None
    if text[:1] != "@":
        assert clauses.HANDLE.fullmatch(text) is None


@settings(max_examples=400, deadline=None)
@given(_doc_texts, st.integers(0, 60), st.integers(0, 130))
def test_document_checks_agree_with_their_patterns(text: str, start: int, width: int) -> None:
    start = min(start, len(text))
    stop = min(len(text), start + width)
    found = resolve._sent_from(text, start, stop)
    plain = resolve._SENT_FROM.match(text, start, stop)
    assert (found and found.span()) == (plain and plain.span())
    plain_own = resolve._FRONTED_OWN.fullmatch(text, start, stop) is not None
    assert resolve._fronted_own(text, start, stop) is plain_own
    window = text[start:stop]
    if "from" not in window and "of" not in window and "by" not in window:
        assert resolve._FROM.search(text, start, stop) is None
    if text[start : start + 1] != ",":
        assert resolve._SIGNED_BY.match(text, start, stop) is None
        assert names._WHO_AFTER.match(text, start) is None
        assert names._AGE_AFTER.match(text, start) is None
    if text[stop - 1 : stop] != ":":
        assert clauses._CALLED_OPENING.match(text, start, stop) is None


def test_document_checks_pass_what_their_patterns_find() -> None:
    text = "In its first report, the board said"
    assert resolve._fronted_own(text, 0, text.index("report"))
    text = "In their annual review, the trustees said"  # "their" holds none of its, his, her
    assert resolve._fronted_own(text, 0, text.index("review"))
    text = "the memo, signed by managing director Ana Ruiz, said"
    assert resolve._SIGNED_BY.match(text, text.index(","), len(text)) is not None
    text = "A user called Brisa_K was blunt:"
    assert clauses._called_subject(text, 0, len(text)) is not None
    assert clauses.year_old("51-year-old") and resolve._title_letters("IGP")


@settings(max_examples=400, deadline=None)
@given(_texts, st.integers(0, 60), st.integers(0, 60))
def test_cue_first_check_never_hides_a_match(text: str, pos: int, width: int) -> None:
    pos = min(pos, len(text))
    stop = min(len(text), pos + width)
    if not clauses._may_open_with_cue(text, pos, stop):
        assert clauses._CUE_FIRST.match(text, pos, stop) is None
        assert clauses._CUE_FIRST_ASCII.match(text, pos, stop) is None


def test_cue_first_check_passes_the_clauses_that_match() -> None:
    for text in (" said Ruiz.", ", according to Ruiz.", " — wrote Ana Ruiz,", "; added the club"):
        assert clauses._CUE_FIRST.match(text, 0, len(text)) is not None
        assert clauses._may_open_with_cue(text, 0, len(text))


_VERDICT_PIECES = [
    " ", "\u00a0", ",", "Fenn’s ", "The club's ", "verdict", "statement ", "in full", "was ",
    "is ", "were ", "are ", "remained ", "remains ", "blunt", "this ", "list ", "to ", "on ",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_VERDICT_PIECES), max_size=12).map("".join))
def test_verdict_check_never_hides_a_match(text: str) -> None:
    if not clauses._may_be_verdict(text, 0, len(text)):
        assert clauses._OWNED_VERDICT.match(text, 0, len(text)) is None


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(["al", "el", "ash", "dell", "d", "l", "bin", "-", "'", "’", "Farsi", "x",
                         "é", "Ó", "said", "the"]),
        max_size=5,
    ).map("".join)
)
def test_name_word_check_agrees_with_its_pattern(token: str) -> None:
    plain = token[:1].isupper() or names._PREFIXED_RE.match(token) is not None
    assert names.is_name_word(token) is plain


_LEDE_PIECES = [
    " ", "\u00a0", ".", "\n", "She ", "We ", "we ", "I ", "spoke ", "speaks ", "talked ", "talks ",
    "chatted ", "sat ", "down ", "to ", "with ", "us", "interviews", "conversation", "asked",
    "Q&A", "caught ", "up ", "met ", "quizzed ", "her", "Rain fell", "Jo Reid",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LEDE_PIECES), max_size=12).map("".join))
def test_interview_check_agrees_with_its_pattern(text: str) -> None:
    plain = resolve._INTERVIEW_LEDE.search(text, 0, len(text)) is not None
    assert resolve._interview_lede(text, 0, len(text)) is plain


# Signatures of embedded posts, whole and in pieces, among dashes and other text.
_SIGNATURE_PIECES = [
    " ", "\n", ".", "-", "--", "—", "–", "&mdash;", "&ndash;", "&#8212;", "&amp;", "Jo Bloggs",
    " - ", "(@jobloggs)", "( @kit_99 )", "(", ")", "July 3, 2023", "3 July 2023", "2023-07-03",
    " pic.twitter.com/x1", " https://t.co/ab", "Up the Rovers!", "x",
]  # fmt: skip
_signature_texts = st.lists(st.sampled_from(_SIGNATURE_PIECES), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_signature_texts, st.integers(0, 80), st.integers(0, 120))
def test_signature_search_agrees_with_its_pattern(text: str, start: int, width: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + width)
    plain = _tweets._SIGNATURE.search(text, start, end)
    found = _tweets._signature_search(text, start, end)
    assert (found.span() if found else None) == (plain.span() if plain else None)
    assert (found.groupdict() if found else None) == (plain.groupdict() if plain else None)


def test_signature_search_finds_a_post_s_signature_after_a_dash_in_its_text() -> None:
    text = "Back home – at last! — Kit Arden (@kitarden) May 2, 2024"
    found = _tweets._signature_search(text, 0, len(text))
    assert found is not None and found.group("name") == "Kit Arden"
