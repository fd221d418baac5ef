"""The comparison form: folded words that keep their place in the original text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch.normalize import (
    _WORD,
    comparison_form,
    comparison_words,
    ellipsis_gaps,
    fold_word,
    quote_gaps,
    token_columns,
    tokenize,
)


def test_folding_covers_case_marks_ampersand_and_spelling() -> None:
    assert comparison_words("We’ll HONOUR the Offence & the Defence") == (
        "we'll",
        "honor",
        "the",
        "offense",
        "and",
        "the",
        "defense",
    )


def test_dashes_split_words_and_punctuation_goes() -> None:
    assert comparison_form("“Yes – absolutely,” … [she] said.") == "yes absolutely she said"


def test_editorial_brackets_are_marked() -> None:
    tokens = tokenize("He [the mayor] agreed")
    assert [(t.norm, t.editorial) for t in tokens] == [
        ("he", False),
        ("the", True),
        ("mayor", True),
        ("agreed", False),
    ]


def test_fold_word_is_idempotent_on_examples() -> None:
    for word in ("Apologise", "O’Neill", "&", "COLOUR"):
        assert fold_word(fold_word(word)) == fold_word(word)


@settings(max_examples=100)
@given(st.text(alphabet="ab’'&-–[] .,3Éé\u00a0", max_size=40))
def test_comparison_words_are_the_token_norms_and_offsets_point_into_the_text(text: str) -> None:
    tokens = tokenize(text)
    assert comparison_words(text) == tuple(t.norm for t in tokens)
    for token in tokens:
        assert fold_word(text[token.start : token.end]) == token.norm


def test_quote_gaps_add_the_joins_of_printed_parts_to_the_ellipses() -> None:
    # "We won … the cup," she said. "It was close." -> parts at 0-17 and 31-44 of the article.
    text = "We won … the cup, It was close."
    assert quote_gaps(text) == (2,)
    assert quote_gaps(text, [(1, 18), (31, 44)]) == (2, 4)
    # A part without words adds no gap at the end.
    assert quote_gaps("We won. —", [(0, 7), (20, 21)]) == ()


def test_ellipsis_gaps_count_the_words_before_each_ellipsis() -> None:
    assert ellipsis_gaps("We have … cleared it. . . and [...] reopened") == (2, 4, 5)
    assert ellipsis_gaps("…we have") == (0,)
    assert ellipsis_gaps("Version 4.5, not 3.") == ()


_ASCII_TEXT = st.text(st.sampled_from(list("aZk09'.,&-[] \"\t\n?")), max_size=60)


@given(st.one_of(_ASCII_TEXT, st.text(st.characters(max_codepoint=127), max_size=60)))
def test_ascii_words_match_the_unicode_pattern(text: str) -> None:
    # The ASCII fast path must cut exactly the words the Unicode pattern cuts.
    _, starts, ends, _ = token_columns(text)
    assert list(zip(starts, ends, strict=True)) == [m.span() for m in _WORD.finditer(text)]


def test_a_masked_word_is_one_word_that_keeps_its_first_letters() -> None:
    assert comparison_words("It was a f***ing disgrace") == ("it", "was", "a", "f*", "disgrace")
    assert comparison_words("a f--- disgrace, a sh*t show") == (
        *("a", "f*", "disgrace"),
        *("a", "sh*", "show"),
    )
    # Two hyphens often stand for a dash, and one joins a compound: neither masks a word.
    assert comparison_words("the plan--which failed") == ("the", "plan", "which", "failed")
    assert comparison_words("well-funded") == ("well", "funded")
    assert [t.norm for t in tokenize("a f***ing disgrace")] == ["a", "f*", "disgrace"]


def test_an_amount_folds_to_its_value_however_it_is_written() -> None:
    """``$2.4bn``, ``2.4 billion`` and ``2,400m`` compare as one word.

    Other figures stay as printed.
    """
    assert (
        comparison_words("paid $2.4bn")
        == comparison_words("paid 2.4 billion")
        == comparison_words("paid $2,400m")
        == ("paid", "2400000000")
    )
    assert (
        comparison_words("up 6 per cent at 6 a.m.")
        == comparison_words("up 6% at 6am")
        == (
            "up",
            "6%",
            "at",
            "6am",
        )
    )
    assert comparison_words("a 3.5km walk on 14 March 2025") == (
        "a",
        "3.5km",
        "walk",
        "on",
        "14",
        "march",
        "2025",
    )


@given(st.text(alphabet=st.sampled_from("ab Zé’'-*.,%&½\u00a0 xq"), max_size=40))
@settings(max_examples=300, deadline=None)
def test_the_word_pattern_for_text_without_digits_finds_the_same_words(text: str) -> None:
    """The fast pattern for digit-free text is the full one minus amounts, which need a digit."""
    from quotematch import normalize

    full = normalize._ASCII_WORD if text.isascii() else normalize._WORD
    assert normalize._word_pattern(text).findall(text) == full.findall(text)


def test_a_time_on_the_24_hour_clock_folds_to_its_12_hour_form() -> None:
    """``19:00`` is ``7pm``: outlets print a timetable's clock or the reader's, one time."""
    evening = comparison_words("The last ferry to Holm Island leaves at 19:00 on Fridays")
    assert evening == comparison_words("The last ferry to Holm Island leaves at 7pm on Fridays")
    assert comparison_words("doors open at 07:45 and close at 23:30") == (
        "doors", "open", "at", "7:45am", "and", "close", "at", "11:30pm",
    )  # fmt: skip
    # Morning or evening is not said: "10:30" stays two figures.
    assert comparison_words("from 10:30 on Monday") == ("from", "10", "30", "on", "monday")


def test_an_amount_in_words_with_its_scale_is_one_word_read_as_its_value() -> None:
    """``forty million pounds`` is ``£40m`` restated; ``forty people`` is a plain number."""
    assert comparison_words("a grant of forty million pounds for the harbour") == (
        "a", "grant", "of", "40000000", "pounds", "for", "the", "harbor",
    )  # fmt: skip
    assert comparison_words("a grant of £40m") == ("a", "grant", "of", "40000000")
    assert comparison_words("Two hundred and fifty million homes, not forty people")[:2] == (
        "250000000",
        "homes",
    )
    assert comparison_words("forty people and a million thanks") == (
        "forty", "people", "and", "a", "million", "thanks",
    )  # fmt: skip


def test_ellipsis_positions_count_an_amount_in_words_as_one_word() -> None:
    text = "We will spend forty million pounds … on the Wrayton bypass"
    words = comparison_words(text)
    [gap] = ellipsis_gaps(text)
    assert words[gap : gap + 2] == ("on", "the")


@given(st.integers(0, 23), st.integers(0, 59))
def test_every_24_hour_time_that_is_one_time_of_day_reads_as_its_12_hour_form(
    hour: int, minute: int
) -> None:
    printed = f"{hour:02d}:{minute:02d}"
    if 10 <= hour <= 12:  # morning or evening is not said
        figures = ("at", str(hour), f"{minute:02d}", "today")
        assert comparison_words(f"at {printed} today") == figures
        return
    dial = str(hour % 12 or 12) + (f":{minute:02d}" if minute else "")
    twelve = f"{dial}{'pm' if hour >= 12 else 'am'}"
    assert comparison_words(f"at {printed} today") == comparison_words(f"at {twelve} today")


_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen"]  # fmt: skip
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _in_words(n: int) -> str:
    """An oracle: 1–999 written out the British way (``two hundred and fifty-five``)."""
    hundreds, rest = divmod(n, 100)
    if rest < 10:
        below = _ONES[rest - 1] if rest else ""
    elif rest < 20:
        below = _TEENS[rest - 10]
    else:
        tens, ones = divmod(rest, 10)
        below = _TENS_WORDS[tens - 2] + (f"-{_ONES[ones - 1]}" if ones else "")
    if not hundreds:
        return below
    return f"{_ONES[hundreds - 1]} hundred" + (f" and {below}" if below else "")


@given(st.integers(1, 999), st.sampled_from(["million", "billion"]))
def test_every_amount_in_words_with_its_scale_reads_as_its_figures(n: int, scale: str) -> None:
    short = {"million": "m", "billion": "bn"}[scale]
    assert comparison_words(f"a grant of {_in_words(n)} {scale} pounds") == comparison_words(
        f"a grant of {n}{short} pounds"
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcXYZ09' &.,\n*-[]()", max_size=60))
def test_bare_ascii_words_are_the_plain_pattern_s_where_no_mark_can_start_a_masked_word(
    text: str,
) -> None:
    """The speed pattern for ASCII text without "[", "*" or "-" finds the plain pattern's words."""
    from quotematch import normalize

    plain = [m.span() for m in normalize._ASCII_PLAIN_WORD.finditer(text)]
    if "[" not in text and "*" not in text and "-" not in text:
        assert [m.span() for m in normalize._ASCII_BARE_WORD.finditer(text)] == plain
    chosen = normalize._word_pattern(text)
    if not any(ch.isdigit() for ch in text) and "illion" not in text:
        assert [m.span() for m in chosen.finditer(text)] == plain


def test_bare_ascii_words_in_quotes() -> None:
    from quotematch import normalize

    for text in ["We don't know & we won't say", "f*** that", "a [bleep] day", "f--- off"]:
        plain = [m.span() for m in normalize._ASCII_PLAIN_WORD.finditer(text)]
        assert [m.span() for m in normalize._word_pattern(text).finditer(text)] == plain
