"""Embedded social-media posts: a body followed by a signature line.

A post embedded in an article and flattened to text ends with a signature
such as ``— Jo Bloggs (@jobloggs) July 3, 2023``, sometimes followed or
preceded by a media link (``pic.twitter.com/…``, ``https://t.co/…``). The body
is the rest of that paragraph, or the paragraph before when the signature
stands on its own line.
"""

from __future__ import annotations

import re
from typing import Final

import attrs

from ._bisection import bisect_right
from ._marks import positions, trim
from .cues import SPEECH_WORDS
from .models import Span

__all__ = ["Post", "find_posts"]

# Module-level constants are Final, read compiled from C statics (see quotematch.cues).

_MONTH: Final = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE: Final = (
    rf"(?:{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?,?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_LINK: Final = r"(?:(?:https?://)?(?:www\.)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)/\S*)"
_SIGNATURE: Final = re.compile(
    r"(?:(?<!\S)-{1,2}|—|–|&mdash;|&ndash;|&#8212;)[ \t\u00a0]*"
    r"(?P<name>(?:(?! - )[^\n()—–]){1,80}?)[ \t\u00a0]*"
    r"\([ \t]*(?P<handle>@[A-Za-z0-9_]{1,30})[ \t]*\)[ \t\u00a0]*"
    rf"(?P<date>{_DATE})(?:\s*{_LINK})*[\s.]*$"
)
# The same signature standing alone on its line, without the dash.
_BARE_SIGNATURE: Final = re.compile(
    r"(?P<name>[^\n()—–]{1,80}?)[ \t\u00a0]*"
    r"\([ \t]*(?P<handle>@[A-Za-z0-9_]{1,30})[ \t]*\)[ \t\u00a0]*"
    rf"(?P<date>{_DATE})(?:\s*{_LINK})*[\s.]*$"
)
_TRAILING_LINK: Final = re.compile(_LINK + r"$")
_WINDOW: Final = 240
"""The signature must sit within this many characters of the paragraph's end."""


@attrs.frozen
class Post:
    """One embedded post: body span, the paragraphs it uses, name and handle."""

    body: Span
    paragraphs: tuple[int, ...]
    name: str
    handle: str
    earlier: tuple[Span, ...] = ()
    """Body paragraphs before the signature's paragraph, for a post over several."""


def _strip_links(text: str, start: int, end: int) -> Span:
    start, end = trim(text, start, end)
    while start < end:
        space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        token_start = space + 1 if space >= start else start
        if _TRAILING_LINK.match(text, token_start, end) is None:
            break
        start, end = trim(text, start, token_start)
    return start, end


def _candidates(text: str, paras: list[Span]) -> list[int]:
    """The paragraphs with ``(@`` near their end, found from the text's ``(@`` alone.

    Jumping from one ``(@`` to the next costs nothing on the many articles
    that have none, instead of a look at every paragraph.
    """
    found: list[int] = []
    at = text.find("(@")
    if at < 0 or not paras:
        return found
    starts = [start for start, _ in paras]
    while at >= 0:
        number = bisect_right(starts, at) - 1
        if number < 0:
            at = text.find("(@", paras[0][0])
            continue
        end = paras[number][1]
        if at + 2 <= end:
            if at >= end - _WINDOW:
                found.append(number)
                at = text.find("(@", end)
            else:
                at = text.find("(@", end - _WINDOW)
        else:
            at = text.find("(@", at + 1)
    return found


# The characters a signature's dash opens with: "-", "—", "–" or an entity's "&".
_DASH_FIRSTS: Final = "-—–&"


def _signature_search(text: str, start: int, end: int) -> re.Match[str] | None:
    """``_SIGNATURE.search(text, start, end)``, tried only where a dash can open it.

    Every branch of the pattern opens with a literal dash or ``&``, so the
    leftmost match starts at one of them: ``str.find`` jumps to each and the
    pattern is matched there, in text order, instead of being tried at every
    character of the window (a dash in a post's text makes the search try
    each such place all the same).
    """
    for at in positions(text, _DASH_FIRSTS, start, end):
        match = _SIGNATURE.match(text, at, end)
        if match is not None:
            return match
    return None


def find_posts(text: str, paras: list[Span], max_chars: int = 2000) -> list[Post]:
    """The embedded posts among ``paras``, in reading order.

    A body longer than ``max_chars`` is not taken for a post.

    >>> text = "Up the Rovers! pic.twitter.com/x1 — Jo Bloggs (@jobloggs) July 3, 2023"
    >>> post = find_posts(text, [(0, len(text))])[0]
    >>> text[post.body[0]:post.body[1]], post.name, post.handle
    ('Up the Rovers!', 'Jo Bloggs', '@jobloggs')
    """
    posts: list[Post] = []
    used: set[int] = set()
    for number in _candidates(text, paras):
        start, end = paras[number]
        window = max(start, end - _WINDOW)
        match = _signature_search(text, window, end)
        if match is None and end - start <= _WINDOW:
            match = _BARE_SIGNATURE.match(text, start, end)
        if match is None:
            continue
        name = match.group("name").strip()
        if not name:
            continue
        body = _strip_links(text, start, match.start())
        numbers: tuple[int, ...] = (number,)
        if body[0] >= body[1] and number > 0 and number - 1 not in used:
            previous = paras[number - 1]
            body = _strip_links(text, previous[0], previous[1])
            numbers = (number - 1, number)
        if body[0] >= body[1] or body[1] - body[0] > max_chars:
            continue
        earlier = _earlier_paragraphs(
            text, paras, numbers[0], used, max_chars - (body[1] - body[0])
        )
        numbers = tuple(range(numbers[0] - len(earlier), numbers[0])) + numbers
        used.update(numbers)
        posts.append(Post(body, numbers, name, match.group("handle"), earlier))
    return posts


_SINGULAR_FORMS: Final = ("I", "I’m", "I'm", "I’ve", "I've", "I’ll", "I'll", "my", "My", "me")
_FIRST_PERSON: Final = re.compile(
    r"(?<![\w’'])(?:"
    + "|".join((*_SINGULAR_FORMS, "we", "We", "our", "Our", "us"))
    + r")(?![\w’'])"
)
_SINGULAR: Final = frozenset(form.casefold() for form in _SINGULAR_FORMS)
_SENTENCE_STOP: Final = re.compile(r"[.!?]")
_MAX_EARLIER: Final = 6


def _reports(piece: str, singular: bool) -> bool:
    """True when the paragraph ``piece`` reports what someone said: it has a speech verb.

    ``We asked the club, which said…`` is the outlet's *we*, and a column's
    ``I asked the club, which said…`` the writer's; but after ``My son had
    two bites…`` (``singular``: opening with *I* or *my*) only the first
    sentence is read, so ``The label says NOTHING about nuts`` stays the
    poster's own words.

    >>> _reports("I asked the club, which said no.", True)
    True
    >>> _reports("My son ate one. The label says nothing.", True)
    False
    """
    if singular:
        stop = _SENTENCE_STOP.search(piece)
        piece = piece[: stop.end()] if stop is not None else piece
    return not SPEECH_WORDS.isdisjoint(_WORD.findall(piece.casefold()))


_WORD: Final = re.compile(r"[a-z]+")


def _earlier_paragraphs(
    text: str, paras: list[Span], number: int, used: set[int], budget: int
) -> tuple[Span, ...]:
    """The post's own paragraphs before paragraph ``number`` (its signature's), if any.

    A post runs over blank-line-separated paragraphs when the ones just before
    its signature read as the poster's words: opening in the first person, with
    no quote marks, not ending in a colon, and not reporting anyone's words
    (:func:`_reports`). The reporter's
    paragraph that introduces the post (``She posted on X:``, ``Varga wrote on
    Sunday.``) fails those tests and stays narrative.
    """
    found: list[Span] = []
    at = number - 1
    while at >= 0 and at not in used and len(found) < _MAX_EARLIER:
        start, end = paras[at]
        piece = text[start:end]
        opening = _FIRST_PERSON.match(piece.lstrip())
        if (
            piece.rstrip().endswith(":")
            or any(mark in piece for mark in '“”"«»‘„')
            or opening is None  # "I’ve spent today…", "We…"
            or _reports(piece, opening.group().casefold() in _SINGULAR)
            or end - start > budget
        ):
            break  # the reporter's: it introduces, quotes or reports someone
        budget -= end - start
        found.append(trim(text, start, end))
        at -= 1
    found.reverse()
    return tuple(found)
