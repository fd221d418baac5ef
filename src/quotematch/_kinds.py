"""What kind of quote a pair of marks holds: statement, fragment, scare quote or title.

The decision reads only the quote's own words and the few words around its
marks, so it is cheap and does not depend on the rest of the article.
"""

from __future__ import annotations

import re
from typing import Final

from .cues import NAMING_FORMS, SPEECH_FORMS
from .models import QuoteKind

__all__ = ["SPEECH_CUES", "classify"]

# Module-level constants are Final, read compiled from C statics (see quotematch.cues).

SPEECH_CUES: Final[str] = "|".join(SPEECH_FORMS)
"""The speech verbs of :data:`quotematch.cues.SPEECH_FORMS` as one alternation."""


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_SPEECH: Final = frozenset(SPEECH_FORMS)
# Words after which a short quote is a reported fragment rather than a scare quote.
_REPORTING: Final = _SPEECH | _word_set(
    "call calls called calling described describes describing labelled labeled branded "
    "termed dismissed accused praised condemned hailed slammed criticised criticized "
    "dubbed likened compared urging saying statement according"
) | NAMING_FORMS  # every form of a naming verb: a headline's "accuse", "brands", "slams"
# Words right before a name of a work, a slogan or a button label.
_TITLE_CUES: Final = _word_set(
    "film movie book novel memoir biography song single album record track show series "
    "programme program podcast documentary play musical opera poem painting sculpture "
    "exhibition campaign slogan motto hashtag titled entitled called named dubbed button "
    "tab menu link app game brand banner headline column initiative scheme motion bill "
    "act operation project festival tour label sign sticker click clicked clicking press "
    "pressed pressing tap tapped tapping select selected choose chose hit sang sung "
    "singing chanted chanting anthem hymn "
    # the television pages' kinds of show: "the drama “Heart of the Sea”", and the
    # words Latin American and Philippine outlets print for a soap ("the teleserye “…”")
    "drama sitcom soap serial miniseries docuseries telenovela teleserye"
)
# Something that carries a slogan, then a word introducing its wording, right
# before the mark: signs reading “…”, placards that read “…”, a T-shirt saying “…”.
_SLOGAN: Final = re.compile(
    r"(?<![\w-])(?:signs?|banners?|placards?|posters?|billboards?|stickers?|badges?"
    r"|(?:t-?)?shirts?|tee-?shirts?|hoodies?|flags?|boards?|sashes|sash)"
    r"\s+(?:(?:that|which)\s+)?(?:(?:all|each)\s+)?"
    r"(?:read|reads|reading|said|says|saying|bore|bearing|proclaimed|proclaiming"
    r"|declared|declaring|emblazoned\s+with|printed\s+with)"
    r"\s*[:,]?\s*$",
    re.IGNORECASE,
)
_SLOGAN_VERBS: Final = _word_set(
    "read reads reading said says saying bore bearing proclaimed proclaiming declared "
    "declaring with"
)
_SLOGAN_WORDS: Final = 12
"""The longest slogan, in words; a longer quote after a sign is read as speech."""
_STRIP: Final = ",:;.!?()[]\"'“”‘’«»"
_SENTENCE_START: Final = frozenset(".!?:;—–")
_LOOKBACK: Final = 80


def _tail_words(before: str, count: int) -> list[str]:
    return [word.strip(_STRIP).casefold() for word in before[-60:].rsplit(None, count)[-count:]]


def _first_letter(words: str) -> str:
    for ch in words:
        if ch.isalpha():
            return ch
        if ch.isdigit() or ch in "£$€¥#@":
            return "A"
    return ""


_SMALL_WORDS: Final = _word_set("of the and a an in on at to for with by or")


def _title_case(words: str, count: int) -> bool:
    """True for a short name of a work: two to six words, each capitalised but small ones.

    >>> _title_case("Saint Ebba Close", 3), _title_case("Best Day of My Life", 5)
    (True, True)
    >>> _title_case("Worst day ever", 3), _title_case("Disgrace", 1)
    (False, False)
    """
    if not 2 <= count <= 6 or words.rstrip()[-1:] in ",.!?…":
        return False
    parts = words.split()
    return (
        parts[0][:1].isupper()
        and all(w[:1].isupper() or w in _SMALL_WORDS for w in parts[1:])
        and parts[-1][:1].isupper()
    )


def _reported(before: str) -> bool:
    """Whether the reporter's own words before the quote, in its sentence, report speech."""
    cut = before.rfind(". ")
    sentence = before[cut + 1 :] if cut >= 0 else before
    return any(word.strip(_STRIP).casefold() in _REPORTING for word in sentence.split())


def classify(text: str, open_pos: int, start: int, end: int, para_start: int) -> QuoteKind:
    """The kind of the quote whose opening mark sits at ``open_pos``.

    ``(start, end)`` is its first part, ``para_start`` where its paragraph begins.
    A quote that opens its paragraph is a statement: with no words of the
    reporter's before it, none of the cues for a title, a slogan, a fragment
    or a scare quote can apply. Most quotes in news open their paragraph, so
    they are settled without a look at their words.

    >>> text = "The film “Northern Lights” opens today."
    >>> classify(text, 9, 10, 25, 0)
    'title'
    """
    before = text[max(para_start, open_pos - _LOOKBACK) : open_pos]
    if not before or before.isspace():
        return "direct"
    return _classify_after(before, text[start:end])


def _classify_after(before: str, words: str) -> QuoteKind:
    """:func:`classify` for the quote ``words`` after the reporter's ``before``."""
    count = len(words.split(maxsplit=_SLOGAN_WORDS))  # exact up to 12, else 13
    prev = before.rstrip()[-1:]
    initial = words[:1]
    if not initial.isalpha():
        initial = _first_letter(words)
    upper = initial.isupper()
    last = words.rstrip()[-1:]

    tail = _tail_words(before, 2)
    last_word = tail[-1] if tail else ""
    if last_word in ("the", "a", "an") and _title_case(words, count):
        return "title"  # the “Saint Ebba Close” star, a “Paper Moons” era
    if last_word[-1:] == "s" and last_word[:-1] in _TITLE_CUES and _title_case(words, count):
        # Rule *one of several works, then its title*: "one of the decade's most-streamed
        # guitar singles, “Paper Lanterns”" — a plural work noun, then a title-case name.
        return "title"
    if last_word in ("on", "the", "a", "an") and len(tail) > 1:
        last_word = tail[0]  # clicked on “Save”, called the “Queen of Pop”
    if count <= 8 and upper and last not in (",", ".") and last_word in _TITLE_CUES:
        return "title"
    if (
        count <= _SLOGAN_WORDS
        and tail
        and tail[-1] in _SLOGAN_VERBS
        and _SLOGAN.search(before, max(0, len(before) - 40)) is not None
    ):
        return "title"  # signs reading “Save Our Branches.”
    if count <= 4 and (last_word == "so-called" or tail == ["so", "called"]):
        return "scare"
    if not prev or prev in _SENTENCE_START:
        return "direct"
    if prev == "," and (upper or not initial or _reported(before)):
        return "direct"
    if prev in "”’\"'»" and (upper or not initial):
        return "direct"
    if count <= 2 and last not in ",.!?…":
        return "partial" if _reported(before) else "scare"
    ends = last in ".!?"
    if (upper and (ends or last_word in _SPEECH)) or (ends and last_word in _SPEECH):
        return "direct"
    return "partial"
