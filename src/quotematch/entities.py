"""The article's people and organisations, and where its sentences and paragraphs are.

Built once per article, before any quote is attributed: :class:`Layout` holds
where each sentence and paragraph starts and which stretches are the
reporter's own text (between the quotes); :class:`Entities` holds every name
mentioned there (one pass, :func:`quotematch.names.scan_mentions`), typed
person or organisation, grouped by entity, with its salience at each mention.
Attribution asks both; neither knows about quotes' speakers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final, NamedTuple

from . import cues
from ._bisection import bisect_left, bisect_right
from .models import Quote, Span
from .names import (
    TITLE_CASE_SMALL,
    Mention,
    NameIndex,
    ascii_letters,
    scan_mentions,
    sentence_starts,
)

__all__ = [
    "LEDE_WEIGHT", "Entities", "Layout", "Salient", "employs", "live_entries", "paragraph_starts",
    "plain_breaks", "plain_ranks", "presumed_gender", "pronoun_after", "salience",
    "title_case_headline",
]

_MARKS: Final = "“”\"‘’'«»„‚‹›"  # clauses.MARKS (clauses imports this module)


class Layout:
    """Where an article's sentences and paragraphs start, and where the reporter writes.

    ``gaps`` are the stretches outside the quotes and embedded posts (up to a
    little after the last quote), in order: the text names are scanned in.
    """

    def __init__(self, text: str, quotes: Sequence[Quote]) -> None:
        self.text = text
        self.fast = ascii_letters(text)
        self.starts = sentence_starts(text)
        self.paragraphs = paragraph_starts(text)
        self.gaps = _reporter_text(text, quotes)
        self.gap_starts = [start for start, _ in self.gaps]
        self.entries = live_entries(text)

    def entry(self, pos: int) -> int:
        """Where the live blog's entry that ``pos`` lies in starts; 0 in other articles
        and before a live blog's first entry."""
        i = bisect_right(self.entries, pos) - 1
        return self.entries[i] if i >= 0 else 0

    def sentence(self, pos: int) -> int:
        """The index of the sentence ``pos`` lies in."""
        return bisect_right(self.starts, pos) - 1

    def paragraph(self, pos: int) -> int:
        """The index of the paragraph ``pos`` lies in."""
        return bisect_right(self.paragraphs, pos) - 1

    def previous_sentence(self, sentence: int) -> int:
        """The sentence before ``sentence``, skipping blank lines; -1 at the start."""
        starts, text = self.starts, self.text
        previous = sentence - 1
        while previous >= 0 and not text[starts[previous] : starts[previous + 1]].strip():
            previous -= 1
        return previous

    def reported_sentence_before(self, sentence: int) -> int:
        """The sentence before ``sentence`` that the reporter wrote, skipping blank lines
        and up to eight sentences that lie wholly inside a quote; -1 at the start.

        >>> t = "The board met. “We sold it. We had to,” the minutes said."
        >>> layout = Layout(t, [Quote(id="q", doc_id="d", text="", spans=((16, 38),))])
        >>> t[layout.starts[layout.reported_sentence_before(layout.sentence(50))]:][:14]
        'The board met.'
        """
        previous = self.previous_sentence(sentence)
        for _ in range(8):
            if previous < 0 or not self._quoted_sentence(previous):
                break
            previous = self.previous_sentence(previous)
        return previous

    def _quoted_sentence(self, sentence: int) -> bool:
        """True when every word of ``sentence`` lies inside a quote."""
        starts, text = self.starts, self.text
        end = starts[sentence + 1] if sentence + 1 < len(starts) else len(text)
        lo, hi = starts[sentence], end
        while lo < hi and (text[lo].isspace() or text[lo] in _MARKS):
            lo += 1
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in _MARKS):
            hi -= 1
        if lo >= hi:
            return False
        gaps = self.gaps
        i = bisect_right(self.gap_starts, lo) - 1
        if i >= 0 and gaps[i][1] > lo:
            return False  # the sentence opens in the reporter's text
        return not (i + 1 < len(gaps) and gaps[i + 1][0] < hi)

    def outside_quotes(self, pos: int) -> bool:
        """True when ``pos`` lies in the reporter's text, not inside a quote or post."""
        gaps = self.gaps
        i = bisect_right(self.gap_starts, pos) - 1
        return i >= 0 and pos < gaps[i][1]


def _kinds(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """The first known type of each name, except that the body's *org* outranks the
    headline's *person*.

    Rule *the body types a headline's name*: a headline gives a name no company to
    judge it by (``Pennywise Homestores to Shut Westmarsh Store`` reads like a person's
    name), so when the body types it an organisation (``Pennywise Homestores is to close
    its store``), the organisation it is.
    """
    kinds: dict[str, str] = {}
    line_end = text.find("\n")
    headline: set[str] = set()
    for m in mentions:
        if m.kind == "unknown":
            continue
        if m.name not in kinds:
            kinds[m.name] = m.kind
            if m.end <= line_end:
                headline.add(m.name)
        elif m.name in headline and m.kind == "org" and m.start > line_end:
            kinds[m.name] = "org"
            headline.discard(m.name)
    return kinds


def plain_breaks(text: str) -> str:
    """``text`` with every line break written ``\\n``, at the same offsets.

    Articles saved on Windows break lines with ``\\r\\n``, and some old feeds
    with a bare ``\\r``; every rule that reads sentences, lines and paragraphs
    looks for ``\\n``. ``\\r\\n`` becomes a space and ``\\n`` (trailing blank
    space ends a line anywhere) and a bare ``\\r`` becomes ``\\n``, so the
    result has the length of ``text`` and every offset found in it points
    into ``text`` as well.

    >>> plain_breaks("One.\\r\\n\\r\\nTwo.\\rThree.")
    'One. \\n \\nTwo.\\nThree.'
    """
    if "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


# A rank written with a slash before a name: a grade's letter ("S/Sgt" staff sergeant,
# "C/Sgt", "L/Cpl", "A/Insp" acting, "T/Det Supt" temporary) or two ranks ("Flt/Lt").
_SLASH_RANK: Final = re.compile(
    r"(?<![\w/.'’\-])([A-Z][A-Za-z]{0,3})/([A-Z][A-Za-z]{1,4})(?=\.?[ \u00a0]+[A-Z])"
)


def plain_ranks(text: str) -> str:
    """``text`` with each rank written with a slash read as a rank, at the same offsets.

    Rule *a slash rank is a rank*: the name grammar ends a word at ``/``, so a
    grade's letter and its slash become blank space (``S/Sgt Ivo Marr`` reads
    ``Sgt Ivo Marr``, a sergeant) and a slash between two ranks a space
    (``Flt/Lt`` reads ``Flt Lt``). Only before an honorific (``cues.HONORIFICS``)
    and a capitalised word: ``AC/DC`` and ``and/or`` stay.

    >>> plain_ranks("said S/Sgt Ivo Marr, Flt/Lt Ana Cray and AC/DC Tours")
    'said   Sgt Ivo Marr, Flt Lt Ana Cray and AC/DC Tours'
    """
    if "/" not in text:
        return text
    pieces: list[str] = []
    last = 0
    for match in _SLASH_RANK.finditer(text):
        grade = match.group(1)
        if match.group(2).casefold() not in cues.HONORIFICS:
            continue
        if len(grade) == 1:
            blank = "  "
        elif grade.casefold() in cues.HONORIFICS:
            blank = grade + " "
        else:
            continue
        pieces.append(text[last : match.start()])
        pieces.append(blank)
        last = match.end(1) + 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# A live blog's entry opens with its time alone on a line: "14:52", "14.52 GMT", "2.52pm".
# The pattern opens with its line break, a literal the engine jumps to (the first line is
# the headline, never a time).
_ENTRY_TIME: Final = re.compile(
    r"\n[ \t\u00a0]*\d{1,2}[:.]\d{2}(?:[ \t\u00a0]*[AaPp]\.?[Mm]\.?)?(?:[ \t\u00a0]+[A-Z]{2,4})?"
    r"[ \t\u00a0\r]*(?=\n|\Z)"
)
_LIVE_ENTRIES: Final = 3
"""How many time lines make an article a live blog."""


def live_entries(text: str) -> list[int]:
    """Where each entry of a live blog starts (its time line), in text order, newest
    first or oldest first; ``[]`` for an article with fewer than three such lines.

    >>> live_entries("Storm\\n\\n14:52\\nRoads shut.\\n\\n14:31\\nA tree fell.\\n\\n2.05pm\\nRain.")
    [7, 26, 46]
    >>> live_entries("Kick-off\\n\\n19:45\\nThe teams are out.")
    []
    """
    if ":" not in text and "." not in text:
        return []
    found = [line.start() + 1 for line in _ENTRY_TIME.finditer(text)]
    return found if len(found) >= _LIVE_ENTRIES else []


def paragraph_starts(text: str) -> list[int]:
    """Where each paragraph starts: 0, and the end of each run of line breaks and blank space.

    A paragraph break is a line break, then any blank lines, then the spaces
    or tabs opening the next line (the pattern ``\\n(?:[ \\t\\u00a0]*\\n)*[ \\t\\u00a0]*``),
    found in a plain loop: compiled, per generated article, about 68k instructions
    fewer than the pattern, whose every match builds a match object.

    >>> paragraph_starts("One.\\n\\n  Two.\\nThree. \\n \\n")
    [0, 8, 13, 23]
    """
    starts = [0]
    size = len(text)
    at = text.find("\n")
    while at >= 0:
        end = at + 1
        while True:
            # [ \t\u00a0]* and then, if a newline follows, the blank line it ends.
            k = end
            while k < size and (text[k] == " " or text[k] == "\t" or text[k] == "\u00a0"):
                k += 1
            if k < size and text[k] == "\n":
                end = k + 1
                continue
            end = k
            break
        starts.append(end)
        at = text.find("\n", end)
    return starts


def _reporter_text(text: str, quotes: Sequence[Quote]) -> list[Span]:
    """The stretches of ``text`` outside the quotes, in order (see :class:`Layout`)."""
    spans = [span for q in quotes for span in q.spans]
    for q in quotes:
        if q.kind == "tweet" and q.spans:
            # An embedded post and its signature line stand outside the story:
            # the names there are no referents for the reporter's pronouns.
            end = text.find("\n", q.spans[-1][1])
            spans.append((q.spans[0][0], len(text) if end < 0 else end))
    spans.sort()
    gaps: list[Span] = []
    cursor = 0
    size = len(text)
    for s, e in spans:
        if not (0 <= s <= size and 0 <= e <= size):
            s, e = max(0, min(s, size)), max(0, min(e, size))
        if s > cursor:
            gaps.append((cursor, s))
        if e > cursor:
            cursor = e
    # Names after the last quote's attribution can never be a referent.
    horizon = min(len(text), cursor + 300)
    if cursor < horizon:
        gaps.append((cursor, horizon))
    return gaps


class Salient(NamedTuple):
    """The most salient entities after each mention (see :func:`salience`).

    ``person[i]`` is the person mentioned most often up to and including
    mention ``i`` (ties go to the latest), ``male``/``female`` the same among
    people whose known gender fits (or is unknown), ``org`` among organisations.
    """

    person: list[str]
    male: list[str]
    female: list[str]
    org: list[str]


# Module-level constants are Final, read compiled from C statics (see quotematch.cues).

LEDE_WEIGHT: Final[int] = 2
"""A mention in the headline or first paragraphs counts this many times."""


def salience(
    mentions: Sequence[Mention],
    gender: dict[str, str],
    paragraphs: list[int],
    bylines: frozenset[int] = frozenset(),
) -> Salient:
    """How salient each entity is at each mention: one pass, in reading order.

    Salience is the number of mentions so far, with headline and lede
    mentions (the first two paragraphs) weighted up: the article's protagonist
    is the one it names first and most. Counts only grow, so the running
    maximum is exact. Mentions at the offsets in ``bylines`` (the writer's
    name, :func:`_bylines`) do not count: the writer is nobody's *he* or *she*.
    """
    lede = paragraphs[2] if len(paragraphs) > 2 else 1 << 62
    counts: dict[str, int] = {}
    best = ["", "", "", ""]
    out = Salient([], [], [], [])
    for m in mentions:
        name = m.name
        if (m.kind == "person" or m.kind == "org") and m.start not in bylines:
            score = counts.get(name, 0) + (LEDE_WEIGHT if m.start < lede else 1)
            counts[name] = score
            if m.kind == "org":
                if score >= counts.get(best[3], 0):
                    best[3] = name
            else:
                if score >= counts.get(best[0], 0):
                    best[0] = name
                # Rule *a known he or she beats an unknown on a tie*: of two people as
                # salient, a he/she is the one the article gave that gender.
                g = gender.get(name)
                male, female = best[1], best[2]
                if g != "f" and _more_salient(score, counts.get(male, 0), g, gender.get(male), "m"):
                    best[1] = name
                if g != "m" and _more_salient(
                    score, counts.get(female, 0), g, gender.get(female), "f"
                ):
                    best[2] = name
        out.person.append(best[0])
        out.male.append(best[1])
        out.female.append(best[2])
        out.org.append(best[3])
    return out


def _more_salient(
    score: int, best: int, gender: str | None, best_gender: str | None, fits: str
) -> bool:
    """True when a person of ``score`` and ``gender`` takes the lead in the table of
    people of gender ``fits`` from the one leading with ``best``: a higher score, or
    the same one unless the leader's gender is known to fit and this one's is not
    (``Kayla Brennan`` and ``Jordan Okafor``, named as often, leave *she* to Kayla)."""
    if score != best:
        return score > best
    return gender == fits or best_gender != fits


_BYLINE_ENDS: Final = ("\n", ",", " and ", " in ")


def _bylines(text: str, mentions: Sequence[Mention]) -> frozenset[int]:
    """Where the writer's name stands in a byline: ``By Ann Lowe`` ending a
    line (or before ``,``, ``and``, ``in``), at a line's or a sentence's start.

    >>> t = "Letters found in an attic. By Ann Lowe\\nThe trunk was full."
    >>> sorted(_bylines(t, [Mention(30, 38, "Ann Lowe", "person", 1, False)]))
    [30]
    >>> _bylines("Written by Ann Lowe\\n", [Mention(11, 19, "Ann Lowe", "person", 0, False)])
    frozenset()
    """
    found: list[int] = []
    if text.find("By ") < 0:
        return frozenset()  # the common case, settled by one substring search
    for m in mentions:
        start = m.start
        if (
            start >= 3
            and text.startswith("By ", start - 3)
            and (start == 3 or text[start - 4] in "\n ")
            and (m.end == len(text) or text.startswith(_BYLINE_ENDS, m.end))
        ):
            found.append(start)
    return frozenset(found)


_OF_FIELD: Final = frozenset({"of", "for"})  # "director of rugby", "head of content"


def employs(text: str, before: Mention, after: Mention) -> bool:
    """True when ``before`` employs ``after``: the name, a job title, the person.

    ``Harlow Town defender Luca Moretti``, ``Voss chief executive Karl Brandt``,
    ``Warriors director of rugby Owen Price``: lower-case title words (and one
    ``of``/``for`` field) between two names of one sentence. A private role
    (``Quarby mother Ann Reid``) names no employer.

    >>> text = "Harlow Town defender Luca Moretti"
    >>> town = Mention(0, 11, "Harlow Town", "place", 0, True)
    >>> employs(text, town, Mention(21, 33, "Luca Moretti", "person", 0, True))
    True
    >>> text = "Voss Motors chief executive Dr Karl Brandt"
    >>> voss = Mention(0, 11, "Voss Motors", "org", 0, True)
    >>> employs(text, voss, Mention(31, 42, "Karl Brandt", "person", 0, True))
    True
    """
    if after.kind != "person" or before.sentence != after.sentence:
        return False
    if after.start - before.end > 40:
        return False
    if text.startswith(("'s ", "’s "), before.end):
        return _heads_firm(text[before.end + 3 : after.start])
    if text[before.end : before.end + 1] != " ":
        return False
    words = text[before.end : after.start].split()
    while words and words[-1].rstrip(".").casefold() in cues.HONORIFICS:
        words.pop()  # "Voss Motors chief executive Dr Karl Brandt": the title's honorific
    if len(words) >= 3 and words[-2] in _OF_FIELD and words[-1].islower():
        words = words[:-2]
    if not 1 <= len(words) <= 3 or not all(w.islower() and w in cues.TITLE_WORDS for w in words):
        return False
    return any(w in cues.PERSON_ROLES and w not in cues.PRIVATE_ROLES for w in words)


# Rule *a firm's head in apposition*: "Tarnway's managing director, Oona Brell," —
# titles only a business gives (a person has a campaign director, never a chief
# executive), so the owner of the title is an organisation.
_FIRM_HEADS: Final = frozenset(
    {"managing director", "chief executive", "ceo", "chairman", "chairwoman", "founder"}
)


def _heads_firm(title: str) -> bool:
    """True when ``title`` (the words between ``’s`` and a name) is a business's own head
    in apposition: ``managing director,``, ``new chief executive,``.

    >>> _heads_firm("managing director, "), _heads_firm("campaign director, ")
    (True, False)
    """
    title = title.rstrip()
    if not title.endswith(","):
        return False
    words = title[:-1].split()
    return (
        1 <= len(words) <= 3
        and all(w.islower() for w in words)
        and any(" ".join(words[i:]) in _FIRM_HEADS for i in range(len(words)))
    )


# The last word of an award's category: "Best New Artist", "BEST SUPPORTING ACTRESS".
_CATEGORY_NOUNS: Final = frozenset(
    {
        "act", "actor", "actress", "album", "artist", "band", "comedy", "director", "documentary",
        "drama", "duo", "film", "group", "newcomer", "performance", "picture", "player", "record",
        "screenplay", "series", "single", "song", "video",
    }
)  # fmt: skip


def _award_category(name: str) -> bool:
    """Rule *an award's category is no one*: ``Best New Artist``, ``BEST HIP-HOP ACT`` — a
    name opening with *Best* and ending in a category noun (:data:`_CATEGORY_NOUNS`) is the
    prize a live blog's heading or a winners' list names, never a person or a body, so a
    later *she* or *he* passes it by. ``George Best`` and ``Best Buy`` are names.

    >>> _award_category("BEST NEW ARTIST"), _award_category("Best Buy"), _award_category("Best")
    (True, False, False)
    """
    words = name.split()
    return (
        len(words) >= 2
        and words[0].casefold() == "best"
        and words[-1].rsplit("-", 1)[-1].casefold() in _CATEGORY_NOUNS
    )


def _employers_as_orgs(text: str, mentions: list[Mention], index: NameIndex) -> list[Mention]:
    """The mentions with every name the article shows employing someone typed an organisation.

    A team or firm with no organisation word in its name (``Wend Warriors``,
    ``Harlow Town``) reads as a person or a place until a job title shows it
    employs someone; every mention of it then is the organisation, so ``he``
    never resolves to it and ``the club`` does. One look per pair of
    neighbouring mentions.
    """
    employers = {
        before.name
        for before, after in pairwise(mentions)
        if before.kind != "org" and employs(text, before, after)
    }
    if not employers:
        return mentions
    for name in employers:
        index.persons.discard(name)
        index.orgs.add(name)
    return [m._replace(kind="org") if m.name in employers else m for m in mentions]


def _surnames_named_later(mentions: list[Mention], index: NameIndex) -> list[Mention]:
    """The mentions with a surname written before the full name typed a person.

    Rule *a surname before the full name is a person*: a headline (``Maddow-Lusk
    freezes fuel duty``) and a live blog printed newest first (``14.31 Maddow-Lusk
    confirms …`` above ``14.12 The chancellor, Edwin Maddow-Lusk, is on his feet``)
    write the surname before the name in full, so ``he says`` after it is that person,
    not the last person named in full above it, and is named as the article names that
    person in full further down (one entity, as a surname after the full name is). Only
    a word of no known kind that opens a clause (not after a preposition: ``flights to
    Kelby``), and only when one person of that surname is named.
    """
    found: list[Mention] | None = None
    for i, m in enumerate(mentions):
        if m.kind != "unknown" or not m.subject or " " in m.name:
            continue
        holder = index.surname_holder(m.name)
        if holder is None:
            continue
        if found is None:
            found = list(mentions)
        found[i] = m._replace(kind="person", name=holder)
    return mentions if found is None else found


# Words before a holder's name, in its sentence, that make them someone else than the
# title's holder now: a past or next holder, or a relation ("his son, Prince Tomas").
_OTHER_HOLDER: Final = re.compile(
    r"\b(?:former|predecessor|late|retired|ex|acting|next|his|her|their|its)\b", re.IGNORECASE
)


def _styled_holders(text: str, mentions: list[Mention], styled: dict[str, str]) -> dict[str, str]:
    """Each name styled by a title of a place, mapped to the one person the article
    names with that title.

    Rule *a title of a place is its holder*: "The Bishop of Tolworth has written to
    every parish …" then "The Rt Rev Ann Dale, 58, said …": one bishop, so every
    mention of the Bishop of Tolworth is Ann Dale. Not when two people are given the
    title, nor a former holder, a predecessor or a relation given it in their sentence
    (``her predecessor, Bishop Tom Ware``, ``his son, Prince Tomas``).
    """
    holders: dict[str, str] = {}
    for name, role in styled.items():
        found: set[str] = set()
        others: set[str] = set()
        for m in mentions:
            if m.kind != "person" or role not in m.roles or m.name == name or m.name in styled:
                continue
            lo = max(0, m.start - 40)
            lo = max(lo, text.rfind("\n", lo, m.start) + 1, text.rfind(". ", lo, m.start) + 2)
            if _OTHER_HOLDER.search(text, lo, m.start) is not None:
                others.add(m.name)
            found.add(m.name)
        if len(found) == 1 and not others:
            holders[name] = found.pop()
    return holders


# Words before a name that make it the listener or the reporting outlet.
_ADDRESSED: Final = re.compile(
    r"(?:\b(?:"
    + "|".join(sorted(cues.ADDRESS_VERBS))
    + r")|\b(?:seen|obtained|reviewed|published|reported)[ \u00a0]+by|\binterviews?[ \u00a0]+with"
    r"|\bcopied[ \u00a0]+to|\bshared[ \u00a0]+with)"
    r"(?:[ \u00a0]+the)?[ \u00a0]+\Z",
    re.IGNORECASE,
)
# What a reporting outlet does in its own story: "after the Gazette got in touch", "the
# Gazette approached the firm", "when contacted by the Gazette" (rule *the outlet never
# speaks*); a cheap search for the words first.
_CONTACT_WORDS: Final = ("touch", "contacted", "approached", "reached")
_CONTACTING: Final = re.compile(
    r"[ \u00a0]+(?:(?:has|had|have|first|later|then|again)[ \u00a0]+){0,2}"
    r"(?:(?:got|get|gets|getting)[ \u00a0]+in[ \u00a0]+touch|contacted|approached|reached"
    r"[ \u00a0]+out)\b"
)
_CONTACTED_BY: Final = re.compile(
    r"\b(?:contacted|approached)[ \u00a0]+by(?:[ \u00a0]+the)?[ \u00a0]+\Z", re.IGNORECASE
)
# The last letters of the words that pattern ends with: a necessary condition.
_ADDRESSED_ENDS: Final = frozenset({w[-1] for w in cues.ADDRESS_VERBS} | {"y", "h", "e", "o"})
# The words that pattern's last word (or the word before its "the") ends with.
_ADDRESSED_LAST: Final = (*sorted(cues.ADDRESS_VERBS), "by", "with")


def _may_be_addressed(stripped: str) -> bool:
    """False when ``_ADDRESSED`` cannot match ``stripped`` (plus the spaces after it).

    On ASCII text a match ends with a word ending in one of its verbs, in *by*
    or in *with*, or in *copied to*, perhaps followed by *the*: one split of the stretch settles
    most names (*said*, *and*, *the* end in the right letters) without running
    the pattern (compiled, it ran about three times per generated article, for
    about 41k instructions).
    Text outside ASCII may match case-insensitively in other ways (``K`` for
    ``k``), so there the pattern decides.

    >>> _may_be_addressed("she told"), _may_be_addressed("an interview with the")
    (True, True)
    >>> _may_be_addressed("Ruiz said"), _may_be_addressed("and the")
    (False, False)
    >>> _may_be_addressed("copied to the"), _may_be_addressed("went to the")
    (True, False)
    """
    if not stripped.isascii():
        return True
    tail = stripped.lower().split()[-3:]
    if tail and tail[-1] == "the":
        tail.pop()
    if not tail:
        return False
    if tail[-1] == "to":  # "copied to the Gazette"
        return len(tail) > 1 and tail[-2] == "copied"
    return tail[-1].endswith(_ADDRESSED_LAST)


# The words a company's legal or group name ends in, which headlines drop: "Khanyisa
# Retail flags…" over "Khanyisa Retail Holdings said", "Lembah Jaya to list" over "Lembah
# Jaya Bhd".
_LEGAL_ENDS: Final = frozenset(
    {"holdings", "group", "ltd", "limited", "plc", "inc", "corp", "corporation", "bhd",
     "berhad", "pte", "tbk", "llc", "co", "company", "incorporated",
     # kind words a headline drops as readily: "Corvane Health" for "… Health Systems"
     "systems", "industries", "technologies", "enterprises"}
)  # fmt: skip


def _players_clubs(text: str, mentions: list[Mention]) -> list[Mention]:
    """Rule *a player's body is a club*: a body named right before a player's role and a
    person (``Port Tarrow winger Eli Vonn``, ``Kelby captain Ana Ruiz``) is given the role
    ``club``, so ``the club`` finds it though no club word is in its name, rather than an
    opponent whose name has one (``Lindmark BK``). One pass over pairs of mentions.

    >>> text = "Port Tarrow winger Eli Vonn scored."
    >>> ms = [Mention(0, 11, "Port Tarrow", "org", 0, True, frozenset()),
    ...       Mention(19, 27, "Eli Vonn", "person", 0, True, frozenset({"winger"}))]
    >>> sorted(_players_clubs(text, ms)[0].roles)
    ['club']
    """
    out = list(mentions)
    for i in range(len(out) - 1):
        m, p = out[i], out[i + 1]
        if m.kind != "org" or p.kind != "person" or p.start - m.end > 20:
            continue
        between = text[m.end : p.start].split()
        if len(between) == 1 and between[0] in cues.PLAYER_ROLES:
            out[i] = m._replace(roles=m.roles | {"club"})
    return out


def _short_forms_first(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a company's short name, written before its full name, mapped to it.

    Rule *a firm's short name drops its kind*, read backwards: the headline and the
    lede often name a company without the words its legal name ends in (``Khanyisa
    Retail flags weaker consumer`` over ``Khanyisa Retail Holdings said…``); the
    scan, which maps later short forms to the full name, sees the short one first.
    Only names of two words or more, and only when one full name fits.
    """
    full_of: dict[str, str] = {}
    for m in mentions:
        if m.kind != "org":
            continue
        words = m.name.split()
        for cut in (1, 2):
            if len(words) - cut < 2 or not all(w.casefold() in _LEGAL_ENDS for w in words[-cut:]):
                break
            short = " ".join(words[:-cut])
            if full_of.get(short, m.name) != m.name:
                full_of[short] = ""  # two firms of that short name: neither
            else:
                full_of[short] = m.name
    if not full_of:
        return mentions
    return [
        m._replace(name=full_of[m.name]) if m.kind == "org" and full_of.get(m.name) else m
        for m in mentions
    ]


# A he/she or his/her/him after a person's name in its sentence.
_GENDERED_AFTER: Final = re.compile(r"\b(?:(?P<f>she|her|herself)|he|his|him|himself)\b")


def pronoun_after(layout: Layout, span: Span, limit: int) -> str | None:
    """The gender of the first he/she, his/her… after the name at ``span``, in its
    sentence, within 120 characters and before ``limit``; None when there is none.

    >>> t = "Rosa Pell, 84, who lost her home, was rescued. He said so."
    >>> pronoun_after(Layout(t, []), (0, 9), len(t)), pronoun_after(Layout(t, []), (0, 9), 20)
    ('f', None)
    """
    sentence = layout.sentence(span[0])
    starts = layout.starts
    end = starts[sentence + 1] if sentence + 1 < len(starts) else len(layout.text)
    found = _GENDERED_AFTER.search(layout.text, span[1], min(end, limit, span[1] + 120))
    if found is None:
        return None
    return "f" if found.group("f") else "m"


# "Kessler himself", "Ruiz herself": an intensive reflexive right after a person's name.
_REFLEXIVE_AFTER: Final = re.compile(r"[ \u00a0]+(?:(?P<f>herself)|himself)\b")


def _reflexive_gender(text: str, mentions: Sequence[Mention], gender: dict[str, str]) -> None:
    """Rule *a name's own reflexive says the gender*: ``Kessler himself was in a combative
    mood`` makes Kessler a man, as an honorific would (``Ruiz herself said`` a woman),
    for a person of no gender the article gave otherwise.

    >>> t = "Tom Reid himself was there. Ana Ruiz told herself to wait."
    >>> g: dict[str, str] = {}
    >>> _reflexive_gender(t, [Mention(0, 8, "Tom Reid", "person", 0, True, frozenset()),
    ...     Mention(28, 36, "Ana Ruiz", "person", 1, True, frozenset())], g)
    >>> g
    {'Tom Reid': 'm'}
    """
    for m in mentions:
        if m.kind != "person" or m.name in gender:
            continue
        found = _REFLEXIVE_AFTER.match(text, m.end, m.end + 12)
        if found is not None:
            gender[m.name] = "f" if found.group("f") else "m"


def presumed_gender(name: str) -> str | None:
    """The gender a person's full name suggests by its given name, or None.

    Rule *a given name is weak evidence of gender*: the first word of a name of
    two or more words, when :func:`cues.given_name_gender` knows it (``Winifred
    Toothill``: ``f``). A surname alone, or an initial, says nothing.

    >>> presumed_gender("Winifred Toothill"), presumed_gender("Ben Rayne")
    ('f', 'm')
    >>> presumed_gender("Mary"), presumed_gender("Sam Okafor"), presumed_gender("J. Lowe")
    (None, None, None)
    """
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    return cues.given_name_gender(words[0])


_WORD: Final = re.compile(r"[^\W\d_][\w'’\-]*")
_TITLE_CASE_WORDS: Final = 3
"""How many words of four letters or more a headline needs to be read as title case."""


def _common_word(body: str, word: str) -> bool:
    """True when ``word`` is a speech verb or a function word (``cues``), or ``body``
    writes it (or a word of its stem: ``Cancels``, ``cancelled``) in lower case, and
    ``body`` never writes it capitalised after a word or comma (only, if at all, at a
    sentence's start): a common word, not a name."""
    lower = word[0].lower() + word[1:]
    folded = word.casefold()
    if (
        folded not in cues.SPEECH_WORDS
        and folded not in cues.STOPWORDS
        and re.search(rf"(?<![\w'’\-]){re.escape(lower[: max(4, len(lower) - 2)])}", body) is None
    ):
        return False
    inside = rf"(?<=[\w,;&)’'][ \u00a0])(?<!\b[Ii] ){re.escape(word)}(?![\w'’\-])"
    return re.search(inside, body) is None


def _verb_of_headline(head: str, body: str, match: re.Match[str]) -> bool:
    """True for a headline's word right before a small lower-case word or a number
    (``Stakes the``, ``Bets on``, ``Crash 19%``) that the story never writes: a verb, as a
    name in a title-case line is followed by its verb (the test of
    ``names._title_case_stranger``)."""
    following = head[match.end() + 1 : match.end() + 6].split(None, 1)
    return (
        head[match.end() : match.end() + 1] == " "
        and bool(following)
        and (following[0] in TITLE_CASE_SMALL or following[0][:1].isdigit())
        and match.group() not in body
    )


def _beyond_named_word(head: str, body: str, match: re.Match[str]) -> bool:
    """True for a headline's word right after a capitalised word the story writes, when
    the story never writes this word at all nor the two together: the name is the word
    before, this one the headline's (``Stratocore Outage Live: …`` over a story naming
    ``Stratocore`` alone is no person *Stratocore Outage*). Rule *a headline's word
    the story never writes is not its name's*."""
    before = head[: match.start()]
    if not before.endswith(" "):
        return False
    previous = before[:-1].rsplit(None, 1)[-1] if before.strip() else ""
    if not previous[:1].isupper() or not previous.isalpha():
        return False
    word = match.group()
    return (
        re.search(rf"(?<![\w'’\-]){re.escape(previous)}(?![\w'’\-])", body) is not None
        and f"{previous} {word}" not in body
        and re.search(rf"(?<![\w'’\-]){re.escape(word)}(?![\w'’\-])", body, re.IGNORECASE)
        is None
    )


def title_case_headline(text: str) -> str:
    """``text`` with the words of a title-case headline that are no names in lower case.

    Rule *a title-case headline's capitals are no names*: ``Aid Agency Warns Funding
    Gap Will Leave 400,000 Without Shelter`` capitalises every word, so its runs of
    capitals say nothing of who is named. In a first line whose words of four letters
    or more are all capitalised (not all in capitals, and ending in no stop), a word
    goes to lower case when the story never writes it capitalised after another word
    and it is a speech verb or a function word, or the story writes it (or its stem)
    in lower case: ``Estmark Says Border Talks With Kalvar`` keeps ``Estmark`` and
    ``Kalvar``, and a name the story never writes again stays too. A word the story
    never writes that stands before a small lower-case word is a verb and goes to
    lower case as well (``a Singer Stakes the Farm``). Every offset is kept; a
    headline in sentence case or in capitals, and the story, are left as written.

    >>> text = "Estmark Says Talks With Kalvar Stall\\n\\nEstmark says talks with Kalvar stall."
    >>> title_case_headline(text)[:36]
    'Estmark says talks with Kalvar stall'
    """
    end = text.find("\n")
    if end <= 0:
        return text
    head, body = text[:end], text[end:]
    if head.rstrip().endswith((".", "!", "?", ":")):
        return text  # a sentence, not a headline
    words = [m for m in _WORD.finditer(head) if len(m.group()) >= 4]
    if len(words) < _TITLE_CASE_WORDS or head.upper() == head:
        return text
    if any(not m.group()[0].isupper() for m in words):
        return text
    pieces: list[str] = []
    last = 0
    for match in _WORD.finditer(head):
        word = match.group()
        if not word[0].isupper() or word.isupper():
            continue
        if (
            not _common_word(body, word)
            and not _verb_of_headline(head, body, match)
            and not _beyond_named_word(head, body, match)
        ):
            continue
        lowered = word[0].lower()
        if len(lowered) != 1:
            continue
        pieces.append(head[last : match.start()])
        pieces.append(lowered)
        last = match.start() + 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


class Entities:
    """The people and organisations an article names in the reporter's text.

    ``mentions`` in reading order, each with the fullest form of its name so
    far; ``kinds`` the first known type of each name; ``gender`` what the
    article says of each person's gender (attribution adds what a resolved
    he/she shows, :meth:`learn_gender`); ``salient`` the most salient entity
    at each mention.
    """

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.text = layout.text
        scanned = title_case_headline(layout.text)
        mentions, self.index = scan_mentions(scanned, layout.gaps, layout.starts)
        if "Best " in scanned or "BEST " in scanned:  # one scan: most articles name no prize
            mentions = [m for m in mentions if not _award_category(m.name)]
        mentions = _employers_as_orgs(layout.text, mentions, self.index)
        mentions = _short_forms_first(mentions)
        mentions = _surnames_named_later(mentions, self.index)
        mentions = _players_clubs(layout.text, mentions)
        # a name styled by a title of a place → the person named with that title
        self.holders: dict[str, str] = {}
        if self.index.styled:
            self.holders = _styled_holders(layout.text, mentions, self.index.styled)
            if self.holders:
                mentions = [
                    m._replace(name=self.holders[m.name]) if m.name in self.holders else m
                    for m in mentions
                ]
        self.mentions = mentions
        self.mention_starts = [m.start for m in self.mentions]
        self.kinds: dict[str, str] = _kinds(self.text, self.mentions)
        # what the article says of each person's gender, and that with what given
        # names suggest (``presumed``: names whose gender only the given name suggests)
        self.article_gender: dict[str, str] = dict(self.index.gender)
        if "self" in self.text:  # "himself", "herself": most articles have neither
            _reflexive_gender(self.text, self.mentions, self.article_gender)
        self.named_gender: dict[str, str] = dict(self.article_gender)
        self.presumed: set[str] = set()
        for name, kind in self.kinds.items():
            if kind == "person" and name not in self.named_gender:
                given = presumed_gender(name)
                if given is not None:
                    self.named_gender[name] = given
                    self.presumed.add(name)
        if self.presumed:
            self._drop_contradicted()
        self.gender: dict[str, str] = self.named_gender
        self.bylines = _bylines(self.text, self.mentions)
        self.salient = salience(self.mentions, self.gender, layout.paragraphs, self.bylines)
        self.named_salient = self.salient
        self.article_salient: Salient | None = None
        self.by_name: dict[str, tuple[list[int], list[Span]]] | None = None
        self.roles_by_name: dict[str, frozenset[str]] | None = None
        self.outlets: frozenset[str] = frozenset()
        if any(word in self.text for word in _CONTACT_WORDS):  # four scans, no pattern
            self.outlets = self._outlets()

    def _drop_contradicted(self) -> None:
        """What the article says wins over a given name: a presumed gender that a
        his/her after one of the person's mentions contradicts (``Carol Bednarek, who
        has run his bakery for 30 years,``) is dropped, so the person is of no known
        gender until a he/she is resolved to them."""
        for m in self.mentions:
            name = m.name
            if name in self.presumed:
                said = pronoun_after(self.layout, (m.start, m.end), len(self.text))
                if said is not None and said != self.named_gender[name]:
                    self.presumed.discard(name)
                    del self.named_gender[name]

    def _outlets(self) -> frozenset[str]:
        """Rule *the outlet never speaks*: the names of the publication writing the article.

        ``…,” she told the Gazette.`` ⏎ ``Fenmoor Water cancelled the bill after the
        Gazette got in touch.`` — a name that someone was spoken to as, and that the
        article otherwise only has getting in touch, contacting or approaching (or being
        the one contacted by), is the outlet: :meth:`addressed` at every mention of it,
        so ``a spokesman for the firm`` is never the paper. A name that does anything
        else in the story (``Brightwell sent her a bill``) is not.
        """
        told: set[str] = set()
        other: set[str] = set()
        text = self.text
        for m in self.mentions:
            if m.kind == "person":
                continue
            if self._addressed_at(m.start):
                told.add(m.name)
            elif _CONTACTING.match(text, m.end) is None and (
                _CONTACTED_BY.search(text, max(0, m.start - 30), m.start) is None
            ):
                other.add(m.name)
        return frozenset(told - other)

    def learn_gender(self, name: str, gender: str) -> None:
        """Record that ``name`` was referred to as ``he`` (``m``) or ``she`` (``f``).

        The first thing the article says stays; it replaces a gender only the given
        name suggested (:func:`presumed_gender`).
        """
        self.article_gender.setdefault(name, gender)
        if name in self.presumed:
            self.presumed.discard(name)
            self.named_gender[name] = gender
        else:
            self.named_gender.setdefault(name, gender)

    def weigh_given_names(self, weigh: bool) -> None:
        """Whether ``gender`` and ``salient`` count what given names suggest (the
        default) or only what the article says: a he/she that no person of that
        presumed gender can take is resolved again without them (``Carol Bednarek
        runs the bakery. “…,” he said.`` is Carol Bednarek)."""
        if weigh:
            self.gender, self.salient = self.named_gender, self.named_salient
            return
        article = self.article_salient
        if article is None:
            article = salience(
                self.mentions, self.article_gender, self.layout.paragraphs, self.bylines
            )
            self.article_salient = article
        self.gender, self.salient = self.article_gender, article

    def namesake(self, name: str, written: str, gender: str) -> str | None:
        """Rule *a shared surname goes by the he/she*: the one other person whose full
        name ends in the bare surname ``written`` (a mention read as ``name``) and whose
        known gender is ``gender`` when ``name``'s is not; else None. ``Ava Lindgren`` …
        ``Erik Lindgren`` … ``Lindgren laughed. “…,” she said.`` — she is Ava.
        """
        if " " in written or self.gender.get(name, gender) == gender:
            return None
        fitting: list[str] = [
            other
            for other, kind in self.kinds.items()
            if kind == "person"
            and other != name
            and other.rsplit(" ", 1)[-1] == written
            and self.gender.get(other) == gender
        ]
        return fitting[0] if len(fitting) == 1 else None

    def named(self, start: int, written: str, words: tuple[str, ...]) -> str | None:
        """The entity a name written at ``start`` stands for: its fullest known form."""
        mentions = self.mentions
        i = bisect_left(self.mention_starts, start)
        if i < len(mentions):
            mention = mentions[i]
            if mention.start == start and len(mention.name) >= len(written):
                return mention.name
        if i > 0 and mentions[i - 1].end >= start + len(written) > mentions[i - 1].start:
            # written inside a longer name the scan read whole: "said Free the |Ponies|"
            return mentions[i - 1].name
        expanded = self.index.expand(written, words)
        return self.holders.get(expanded, expanded) if self.holders else expanded

    def mention_at(self, start: int) -> Mention | None:
        """The mention that starts at ``start``, if any."""
        i = bisect_left(self.mention_starts, start)
        if i < len(self.mentions) and self.mentions[i].start == start:
            return self.mentions[i]
        return None

    def _by_name(self) -> dict[str, tuple[list[int], list[Span]]]:
        by_name = self.by_name
        if by_name is None:
            by_name = {}
            for m in self.mentions:
                entry = by_name.get(m.name)
                if entry is None:
                    by_name[m.name] = entry = ([], [])
                entry[0].append(m.start)
                entry[1].append((m.start, m.end))
            self.by_name = by_name
        return by_name

    def given_roles(self, name: str) -> frozenset[str]:
        """The role words the article gives ``name`` anywhere (``the debt charity Oakline``
        → ``charity``), built once for the whole article."""
        roles = self.roles_by_name
        if roles is None:
            found: dict[str, set[str]] = {}
            for m in self.mentions:
                if m.roles:
                    found.setdefault(m.name, set()).update(m.roles)
            roles = self.roles_by_name = {n: frozenset(r) for n, r in found.items()}
        return roles.get(name, frozenset())

    def latest_mention(self, name: str, limit: int) -> Span | None:
        """Where ``name`` was last mentioned before ``limit`` (else its first mention)."""
        found = self._by_name().get(name)
        if found is None:
            return None
        i = bisect_left(found[0], limit) - 1
        return found[1][max(0, i)]

    def named_outside(self, name: str, lo: int, hi: int) -> bool:
        """True when ``name`` is mentioned somewhere other than ``text[lo:hi]``."""
        found = self._by_name().get(name)
        if found is None:
            return False
        starts = found[0]
        return starts[0] < lo or bisect_left(starts, hi) < len(starts)

    def mentions_before(self, name: str, limit: int) -> int:
        """How often ``name`` was mentioned before ``limit``, lede mentions weighted up."""
        found = self._by_name().get(name)
        if found is None:
            return 0
        paragraphs = self.layout.paragraphs
        lede = paragraphs[2] if len(paragraphs) > 2 else len(self.text)
        return bisect_left(found[0], limit) + (LEDE_WEIGHT - 1) * bisect_left(found[0], lede)

    def salient_person(self, limit: int, gender: str | None) -> str | None:
        """The most salient person mentioned before ``limit`` whose gender fits."""
        i = bisect_left(self.mention_starts, limit) - 1
        if i < 0:
            return None
        salient = self.salient
        table = (
            salient.person if gender is None else salient.male if gender == "m" else salient.female
        )
        name = table[i]
        if not name or (gender is not None and self.gender.get(name, gender) != gender):
            return None  # the table was built before a he/she taught this name's gender
        return name

    def salient_org(self, limit: int) -> str | None:
        """The most salient organisation mentioned before ``limit``."""
        i = bisect_left(self.mention_starts, limit) - 1
        name = self.salient.org[i] if i >= 0 else ""
        if not name:
            return None
        latest = self.latest_mention(name, limit)
        if latest is not None and self.addressed(latest[0]):
            return None  # only ever the outlet someone spoke to
        return name

    def addressed(self, start: int) -> bool:
        """True when the name at ``start`` is who was spoken to or who reports.

        ``told the Daily Post``, ``seen by the Harbour Times``, ``in an
        interview with Radio Wend``: an outlet or listener is not one that can
        speak in the next quote; ``it`` or ``the group`` never resolves to it;
        nor does any mention of the article's own outlet (:meth:`_outlets`).
        """
        if self.outlets:
            mention = self.mention_at(start)
            if mention is not None and mention.name in self.outlets:
                return True
        return self._addressed_at(start)

    def _addressed_at(self, start: int) -> bool:
        """True when the words before ``start`` make the name there a listener or outlet."""
        # The pattern ends in spaces after one of a few words: a look at the last
        # letter before the spaces rules out most names without running it
        # (compiled, per generated article: 62k instructions → 45k).
        text = self.text
        lo = max(0, start - 40)
        stripped = text[lo:start].rstrip(" \u00a0")
        if not stripped or len(stripped) == start - lo:
            return False
        if stripped[-1].casefold() not in _ADDRESSED_ENDS or not _may_be_addressed(stripped):
            return False
        return _ADDRESSED.search(text, lo, start) is not None
