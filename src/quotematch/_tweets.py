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
_HANDLE: Final = (
    r"@[A-Za-z0-9_]{1,30}(?:[.\-][A-Za-z0-9_]{1,30}){0,4}"  # @jo, @jo.bloggs.bsky.social
    r"(?:@[A-Za-z0-9\-]{1,60}(?:\.[A-Za-z0-9\-]{1,60}){1,4})?"  # Mastodon's @jo@town.social
)
_TIME: Final = (
    r"(?:,?[ \t\u00a0]+(?:at[ \t\u00a0]+)?\d{1,2}[:.]\d{2}[ \t\u00a0]*"
    r"(?:[AaPp]\.?[Mm]\.?)?(?:[ \t\u00a0]+[A-Z]{2,4})?)?"
)
_WEEKDAY: Final = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t\u00a0]+)?"
_NAME: Final = r"(?P<name>(?:(?! - )[^\n()—–]){1,80}?)"
_SIGNATURE: Final = re.compile(
    r"(?:(?<!\S)-{1,2}|—|–|&mdash;|&ndash;|&#8212;)[ \t\u00a0]*" + _NAME + r"[ \t\u00a0]*"
    rf"\([ \t]*(?P<handle>{_HANDLE})[ \t]*\)[ \t\u00a0]*"
    rf"(?P<date>{_DATE}){_TIME}(?:\s*{_LINK})*[\s.]*$"
)
# The same signature standing alone on its line, without the dash.
_BARE_SIGNATURE: Final = re.compile(
    r"(?P<name>[^\n()—–]{1,80}?)[ \t\u00a0]*"
    rf"\([ \t]*(?P<handle>{_HANDLE})[ \t]*\)[ \t\u00a0]*"
    rf"(?P<date>{_DATE}){_TIME}(?:\s*{_LINK})*[\s.]*$"
)
# Other networks' embeds end in a line of their own shape, each opening with a
# fixed phrase (the key the signature is looked up by):
# Instagram ``A post shared by Jo Bloggs (@jobloggs)`` (a date may follow),
# Facebook ``Posted by Harbour FC on Friday, 3 May 2024`` (the date is
# required: ``Posted by Jo on Facebook`` is narrative), Threads ``Post by
# @jobloggs`` (``View on Threads`` may follow).
_SHARED_BY: Final = re.compile(
    r"A post shared by[ \t\u00a0]+(?:"
    + _NAME
    + rf"[ \t\u00a0]*\([ \t]*(?P<handle>{_HANDLE})[ \t]*\)|(?P<alone>{_HANDLE}))"
    rf"(?:[ \t\u00a0]+on[ \t\u00a0]+{_WEEKDAY}{_DATE}{_TIME})?[\s.]*$"
)
_POSTED_BY: Final = re.compile(
    r"Posted by[ \t\u00a0]+(?P<name>[^\n()—–@]{1,80}?)[ \t\u00a0]+on[ \t\u00a0]+"
    rf"{_WEEKDAY}{_DATE}{_TIME}[\s.]*$"
)
_POST_BY: Final = re.compile(
    rf"Post by[ \t\u00a0]+(?P<alone>{_HANDLE})(?:[ \t\u00a0·|-]*View on Threads)?[\s.]*$"
)
# Each key, its pattern, and whether its line always carries an @handle.
_KEYED: Final = (
    ("A post shared by", _SHARED_BY, True),
    ("Posted by", _POSTED_BY, False),
    ("Post by @", _POST_BY, True),
)
# A TikTok embed flattened to text opens with its author's handle and ends with the
# clip's sound (``@jobloggs Caption #fyp ♬ original sound - Jo Bloggs``): the sound may be
# someone else's song, so the author is the handle, the body what stands between.
_SOUND: Final = "♬"
_TIKTOK_AUTHOR: Final = re.compile(rf"[ \t\u00a0]*(?P<handle>{_HANDLE})(?=\s|$)")
_EMBED_LINES: Final = 3
"""How many lines before the sound's the embed's handle may stand on."""
_EMBED_HEADER: Final = re.compile(r"View this post on Instagram\s*")
"""The line a flattened Instagram embed opens with, not the poster's words."""
# Two shapes open with the handle instead of closing with a signature (rule *a line
# that opens with a handle opens a post*):
# a post printed as ``@jobloggs: Up the Rovers!`` on a line of its own (the display name
# may follow the handle in brackets: ``@jobloggs (Jo Bloggs): …``), and a post
# copied from X: a header line ``Jo Bloggs @jobloggs`` (the handle may stand in brackets,
# ``Jo Bloggs (@jobloggs)``, as a live blog prints it; or the name and the handle
# on two lines), the text, then the line ``7:03 PM · Dec 7, 2026`` (a view count
# may follow). A handle inside a sentence (``Follow @jobloggs for updates: …``),
# a header with no time line under it, and a time line with no header above it
# are the reporter's.
_HANDLE_LINE: Final = re.compile(
    rf"(?P<handle>{_HANDLE})(?:[ \t\u00a0]*\((?P<name>[^\n()@:“”\"]{{1,50}})\))?:[ \t\u00a0]+(?=\S)"
)
# The display name first, the handle in brackets: ``Jo Bloggs (@jobloggs): Up the Rovers!``
# (a live blog's inline post).
_NAMED_LINE: Final = re.compile(
    r"(?P<name>[^\n()@:“”\"—–]{1,50}?)[ \t\u00a0]*"
    rf"\([ \t]*(?P<handle>{_HANDLE})[ \t]*\):[ \t\u00a0]+(?=\S)"
)
_STAMP: Final = re.compile(
    r"\d{1,2}[:.]\d{2}(?:[ \t\u00a0]*[AaPp]\.?[Mm]\.?)?[ \t\u00a0]*·[ \t\u00a0]*"
    rf"{_DATE}(?:[ \t\u00a0]*·[ \t\u00a0]*[\d.,]+[KkMm]?[ \t\u00a0]+Views?)?[\s.]*$"
)
# The handle may stand in brackets (``Jo Bloggs (@jobloggs)``, a live blog's card over
# the post it prints).
_HEADER: Final = re.compile(
    r"(?:(?P<name>[^\n@()—–:“”\"]{1,50}?)[ \t\u00a0]+)?"
    rf"(?P<open>\([ \t]*)?(?P<handle>{_HANDLE})(?(open)[ \t]*\))"
    r"(?:[ \t\u00a0]*·[ \t\u00a0]*Follow)?[ \t\u00a0]*(?=\n|$)"
)
_STAMP_MARK: Final = "·"
_COPIED_LINES: Final = 8
"""How many lines of text a copied post may run over between its header and time line."""
_NAME_PARTICLES: Final = frozenset(
    {"al", "and", "bin", "da", "de", "di", "du", "la", "le", "of", "the", "van", "von"}
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
    """``start:end`` trimmed, without trailing media links or an embed's header line
    (``View this post on Instagram``, which is not the poster's words)."""
    if text[start : start + 4] == "View":
        header = _EMBED_HEADER.match(text, start, end)
        start = header.end() if header is not None else start
    start, end = trim(text, start, end)
    while start < end:
        space = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
        token_start = space + 1 if space >= start else start
        if _TRAILING_LINK.match(text, token_start, end) is None:
            break
        start, end = trim(text, start, token_start)
    return start, end


def _find(text: str, mark: str, start: int) -> int:
    """``text.find(mark, start)``; ``(@`` is found from its rare ``@`` alone.

    A one-character search runs at memory speed where a longer one walks the
    text (per generated article, pure Python: about 6 µs, callgrind: about
    20k instructions fewer), and most articles have no ``@`` at all.

    >>> _find("a (b) @x (@y", "(@", 0), _find("(@y", "(@", 0), _find("no", "(@", 0)
    (9, 0, -1)
    """
    if mark != "(@":
        return text.find(mark, start)
    at = text.find("@", start + 1)
    while at >= 0 and text[at - 1] != "(":
        at = text.find("@", at + 1)
    return at - 1 if at >= 0 else -1


def _candidates(text: str, paras: list[Span], mark: str = "(@") -> list[int]:
    """The paragraphs with ``mark`` (a signature's key) near their end, found from ``mark`` alone.

    Jumping from one ``mark`` to the next costs nothing on the many articles
    that have none, instead of a look at every paragraph.
    """
    found: list[int] = []
    at = _find(text, mark, 0)
    if at < 0 or not paras:
        return found
    starts = [start for start, _ in paras]
    size = len(mark)
    while at >= 0:
        number = bisect_right(starts, at) - 1
        if number < 0:
            at = _find(text, mark, paras[0][0])
            continue
        end = paras[number][1]
        if at + size <= end:
            if at >= end - _WINDOW:
                found.append(number)
                at = _find(text, mark, end)
            else:
                at = _find(text, mark, end - _WINDOW)
        else:
            at = _find(text, mark, at + 1)
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


def _keys_present(text: str) -> list[str]:
    """The keys of :data:`_KEYED` the text holds whose lines :func:`_candidates` must
    look for (those without a handle first).

    Instagram's and Threads' lines carry a handle: with a name, ``(@`` finds their
    paragraph already; alone (``A post shared by @jo``, ``Post by @jo``), the handle
    follows ``by``, so they are looked for only after an ``@`` that follows ``by``
    (a one-character search runs at memory speed, where each longer key walks the
    text: per generated article, pure Python, about 8 µs fewer than a search per key).

    >>> _keys_present("Lovely. Posted by Ann Lee on 3 May 2024"), _keys_present("Made by hand")
    (['Posted by'], [])
    >>> _keys_present("Back on Monday. Post by @jo")
    ['Post by @']
    """
    present = [key for key, _, handled in _KEYED if not handled and key in text]
    at = text.find("@")
    while at >= 0:
        if text.startswith("by ", at - 3):
            present.extend(key for key, _, handled in _KEYED if handled and key in text)
            break
        at = text.find("@", at + 1)
    return present


def _keyed_signature(text: str, start: int, end: int) -> tuple[int, str, str] | None:
    """The Instagram, Facebook or Threads signature ending the paragraph ``start:end``
    (:data:`_KEYED`): where it starts, its name and its handle, else None.

    The name of a signature with a handle alone (``Post by @jobloggs``) is the
    handle; a Facebook page's signature has no handle (``""``).
    """
    window = max(start, end - _WINDOW)
    for key, pattern, _handled in _KEYED:
        at = text.find(key, window, end)
        while at >= 0:
            match = pattern.match(text, at, end)
            if match is not None:
                groups = match.groupdict()
                alone: str | None = groups.get("alone")
                if alone:
                    return at, alone, alone
                name: str = (groups.get("name") or "").strip()
                return (at, name, groups.get("handle") or "") if name else None
            at = text.find(key, at + 1, end)
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
    numbers_found: list[int] = _candidates(text, paras)
    for key in _keys_present(text):
        numbers_found = sorted({*numbers_found, *_candidates(text, paras, key)})
    if _SOUND in text:
        for number in _candidates(text, paras, _SOUND):
            post = _tiktok_post(text, paras, number, used, max_chars)
            if post is not None:
                used.update(post.paragraphs)
                posts.append(post)
        numbers_found = [number for number in numbers_found if number not in used]
    for number in numbers_found:
        start, end = paras[number]
        window = max(start, end - _WINDOW)
        match = _signature_search(text, window, end)
        if match is None and end - start <= _WINDOW:
            match = _BARE_SIGNATURE.match(text, start, end)
        lowest = 0  # the first paragraph a body on its own may be
        if match is not None:
            at, name, handle = match.start(), match.group("name").strip(), match.group("handle")
        else:
            keyed = _keyed_signature(text, start, end)
            if keyed is None:
                continue
            at, name, handle = keyed
            lowest = 1  # not the headline over a blog's "Posted by" byline
        if not name:
            continue
        body = _strip_links(text, start, at)
        numbers: tuple[int, ...] = (number,)
        # a signature alone on its line signs the paragraph before
        if body[0] >= body[1] and number > lowest and number - 1 not in used:
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
        posts.append(Post(body, numbers, name, handle, earlier))
    extra = len(posts)
    if _STAMP_MARK in text:
        for number in _candidates(text, paras, _STAMP_MARK):
            copied = _copied_post(text, paras, number, used, max_chars)
            if copied is not None and used.isdisjoint(copied.paragraphs):
                used.update(copied.paragraphs)
                posts.append(copied)
    for handled in _handle_line_posts(text, paras, used, max_chars):
        used.update(handled.paragraphs)
        posts.append(handled)
    if len(posts) > 1 and (_SOUND in text or len(posts) > extra):
        posts.sort(key=lambda post: post.body[0])
    return posts


def _tiktok_post(
    text: str, paras: list[Span], number: int, used: set[int], max_chars: int
) -> Post | None:
    """The TikTok embed whose sound line ends paragraph ``number``, else None.

    Rule *a clip's author is the handle it opens with*: the embed opens with the
    author's ``@handle`` and ends with ``♬`` and the sound's name, on one line or
    over up to :data:`_EMBED_LINES` lines (handle, caption, sound); the body is the
    caption between. A paragraph that does not open with a handle, with no such
    line before it, is the reporter's (``the clip, set to ♬ …``), and so is a line
    between with quote marks.

    >>> text = "@kelby.eats Best noodles in town #fyp ♬ original sound - Kelby Eats"
    >>> post = _tiktok_post(text, [(0, len(text))], 0, set(), 2000)
    >>> text[post.body[0]:post.body[1]], post.handle
    ('Best noodles in town #fyp', '@kelby.eats')
    """
    start, end = paras[number]
    sound = text.rfind(_SOUND, max(start, end - _WINDOW), end)
    if sound < 0 or "\n" in text[sound:end].strip():
        return None  # the sound's name is the embed's last line
    first = number
    author = _TIKTOK_AUTHOR.match(text, start, sound)
    while author is None and number - first < _EMBED_LINES and first > 0:
        first -= 1
        if first in used or any(mark in text[paras[first][0] : paras[first][1]] for mark in '“”"'):
            return None
        author = _TIKTOK_AUTHOR.match(text, *paras[first])
    if author is None:
        return None
    pieces: list[Span] = []
    for at in range(first, number + 1):
        lo = author.end() if at == first else paras[at][0]
        piece = _strip_links(text, lo, sound if at == number else paras[at][1])
        if piece[0] < piece[1]:
            pieces.append(piece)
    if not pieces or sum(hi - lo for lo, hi in pieces) > max_chars:
        return None
    handle = author.group("handle")
    numbers = tuple(range(first, number + 1))
    return Post(pieces[-1], numbers, handle, handle, tuple(pieces[:-1]))


def _display_name(text: str, start: int, end: int) -> str | None:
    """The account's display name when ``start:end`` reads as one (``Jo Bloggs``,
    ``Friends of the Earth``), else None: a line of up to six words, none lower-case
    but name particles (``This from the mayor`` is the reporter's), ending in no
    sentence stop.

    >>> line = "Jo Bloggs"
    >>> _display_name(line, 0, 9), _display_name("Reaction from Jo", 0, 16)
    ('Jo Bloggs', None)
    """
    name = text[start:end].strip()
    words = name.split()
    if not words or len(words) > 6 or name[-1] in ".:;,!?" or "\n" in name:
        return None
    for word in words:
        if word[0].islower() and word not in _NAME_PARTICLES:
            return None
    return name


def _copied_post(
    text: str, paras: list[Span], number: int, used: set[int], max_chars: int
) -> Post | None:
    """The post copied from X whose time line is paragraph ``number``, else None.

    Walking back from the time line over at most :data:`_COPIED_LINES` lines of
    text, the nearest line that is a header (``Jo Bloggs @jobloggs``; an ``@jobloggs``
    line alone takes the name from the line above it when that reads as a name)
    opens the post; the lines between are its text.

    >>> text = "Jo Bloggs @jobloggs\\nUp the Rovers!\\n7:03 PM · Dec 7, 2026"
    >>> paras = [(0, 19), (20, 34), (35, 56)]
    >>> post = _copied_post(text, paras, 2, set(), 2000)
    >>> text[post.body[0]:post.body[1]], post.name, post.handle, post.paragraphs
    ('Up the Rovers!', 'Jo Bloggs', '@jobloggs', (0, 1, 2))
    """
    start, end = paras[number]
    if _STAMP.match(text, start, end) is None:
        return None
    at = number - 1
    while at >= 0 and number - at <= _COPIED_LINES + 1 and at not in used:
        lo, hi = paras[at]
        header = _HEADER.match(text, lo, hi)
        name: str | None = None
        first = at
        if header is not None:
            name_lo = header.start("name")
            if name_lo >= 0:
                name = _display_name(text, name_lo, header.end("name"))
            else:
                name = header.group("handle")
                above = _display_name(text, *paras[at - 1]) if at > 0 else None
                if above is not None and at - 1 not in used:
                    first, name = at - 1, above
        if header is None or name is None:
            at -= 1
            continue
        # the text: the rest of the header's paragraph (a wrapped line), then each line
        pieces = [_strip_links(text, header.end(), hi)]
        pieces.extend(_strip_links(text, *paras[line]) for line in range(at + 1, number))
        pieces = [piece for piece in pieces if piece[0] < piece[1]]
        if not pieces or sum(piece[1] - piece[0] for piece in pieces) > max_chars:
            return None
        numbers = tuple(range(first, number + 1))
        return Post(pieces[-1], numbers, name, header.group("handle"), tuple(pieces[:-1]))
    return None


def _handle_line_posts(text: str, paras: list[Span], used: set[int], max_chars: int) -> list[Post]:
    """The posts printed as ``@jobloggs: Up the Rovers!`` (or ``@jobloggs (Jo Bloggs): …``,
    the display name in brackets, or ``Jo Bloggs (@jobloggs): …``, the handle in
    brackets), each a paragraph of its own, and the posts under a header line with no
    time line (:func:`_headed_post`).

    The headline is never one; the handle (or the display name before it) must open
    the paragraph and a colon follow it, so ``Follow @jobloggs for updates: …`` and
    ``She replied to @jobloggs: …`` stay narrative. Only the paragraphs with ``@``
    are looked at, found from ``@`` alone.

    >>> text = "Rovers win\\n\\nShe wrote:\\n\\n@jobloggs: Up the Rovers!"
    >>> [(text[p.body[0]:p.body[1]], p.handle) for p in _handle_line_posts(
    ...     text, [(0, 10), (12, 22), (24, 49)], set(), 2000)]
    [('Up the Rovers!', '@jobloggs')]
    """
    found: list[Post] = []
    if not paras:
        return found
    starts = [start for start, _ in paras]
    at = text.find("@", paras[0][1])
    while at >= 0:
        number = bisect_right(starts, at) - 1
        start, end = paras[number]
        if number not in used:
            line: tuple[Span, str, str] | None = _line_post(text, start, end, at)
            if line is not None:
                body, name, handle = line
                if body[0] < body[1] and body[1] - body[0] <= max_chars:
                    found.append(Post(body, (number,), name, handle))
            elif at - start <= _HEADER_NAME:
                headed = _headed_post(text, paras, number, used, max_chars)
                if headed is not None:
                    found.append(headed)
                    end = paras[headed.paragraphs[-1]][1]
        at = text.find("@", end)
    return found


def _line_post(text: str, start: int, end: int, at: int) -> tuple[Span, str, str] | None:
    """The body, name and handle of the post printed as the paragraph ``start:end``
    whose first ``@`` is at ``at`` (``@jobloggs: …``, ``@jobloggs (Jo Bloggs): …`` or
    ``Jo Bloggs (@jobloggs): …``), else None. The name is the handle unless the
    display name reads as one (:func:`_display_name`).

    >>> _line_post("Jo Bloggs (@jobloggs): Up!", 0, 26, 11)
    ((23, 26), 'Jo Bloggs', '@jobloggs')
    >>> _line_post("Reaction from Jo (@jobloggs): Up!", 0, 33, 18) is None
    True
    """
    if at == start:
        line = _HANDLE_LINE.match(text, start, end)
        if line is None:
            return None
        handle = line.group("handle")
        shown = _display_name(text, *line.span("name")) if line.group("name") else None
        return _strip_links(text, line.end(), end), shown or handle, handle
    if text[at - 1] != "(":
        return None
    line = _NAMED_LINE.match(text, start, end)
    if line is None:
        return None
    shown = _display_name(text, *line.span("name"))
    if shown is None:
        return None  # "She replied to Jo (@jobloggs): …" is the reporter's
    return _strip_links(text, line.end(), end), shown, line.group("handle")


_HEADER_NAME: Final = 60
"""How far into a header line (``Jo Bloggs @jobloggs``) its handle may stand."""
_HEADED_WORDS: Final = 5
"""How many words the text under a header with no time line must have at least."""


def _breaks(text: str, start: int, end: int) -> int:
    """How many line breaks the gap ``start:end`` between two paragraphs holds
    (``\\r\\n`` and ``\\r`` count one each).

    >>> _breaks("a\\r\\n\\r\\nb", 1, 5), _breaks("a\\rb", 1, 2)
    (2, 1)
    """
    gap = text[start:end]
    return gap.count("\n") + gap.count("\r") - gap.count("\r\n")


def _headed_post(
    text: str, paras: list[Span], number: int, used: set[int], max_chars: int
) -> Post | None:
    """The post under the header line ``Jo Bloggs @jobloggs`` (paragraph ``number``)
    printed with no time line, else None.

    The header opens a block (a blank line before it) and reads as a name
    (:func:`_display_name`); the post's text is the lines straight under it, to the
    block's end, at least :data:`_HEADED_WORDS` words with one in lower case. A
    header with a blank line under it, a byline (``Jo Bloggs @jobloggs`` over
    ``Health correspondent``) and a line inside a sentence are the reporter's.

    >>> text = "Ferry strike\\n\\nJo Bloggs @jobloggs\\nNo ferries until the swell drops."
    >>> post = _headed_post(text, [(0, 12), (14, 33), (34, 67)], 1, set(), 2000)
    >>> text[post.body[0]:post.body[1]], post.name, post.handle, post.paragraphs
    ('No ferries until the swell drops.', 'Jo Bloggs', '@jobloggs', (1, 2))
    >>> text = "Ferry strike\\n\\nJo Bloggs (@jobloggs)\\nNo ferries until the swell drops."
    >>> post = _headed_post(text, [(0, 12), (14, 35), (36, 69)], 1, set(), 2000)
    >>> text[post.body[0]:post.body[1]], post.name, post.handle
    ('No ferries until the swell drops.', 'Jo Bloggs', '@jobloggs')
    """
    start, end = paras[number]
    if number == 0 or _breaks(text, paras[number - 1][1], start) < 2:
        return None
    header = _HEADER.match(text, start, end)
    if header is None or header.start("name") < 0 or header.end() != end:
        return None
    name = _display_name(text, header.start("name"), header.end("name"))
    if name is None:
        return None
    last = number
    while (
        last + 1 < len(paras)
        and last - number < _COPIED_LINES
        and last + 1 not in used
        and _breaks(text, paras[last][1], paras[last + 1][0]) == 1
        and _HEADER.match(text, *paras[last + 1]) is None
        and _STAMP.match(text, *paras[last + 1]) is None
    ):
        last += 1
    pieces = [_strip_links(text, *paras[line]) for line in range(number + 1, last + 1)]
    pieces = [piece for piece in pieces if piece[0] < piece[1]]
    words = [word for piece in pieces for word in text[piece[0] : piece[1]].split()]
    if (
        len(words) < _HEADED_WORDS
        or not any(word[0].islower() for word in words)
        or sum(piece[1] - piece[0] for piece in pieces) > max_chars
    ):
        return None
    numbers = tuple(range(number, last + 1))
    return Post(pieces[-1], numbers, name, header.group("handle"), tuple(pieces[:-1]))


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
