"""People and organisations named in an article, for resolving speakers.

A *name* is a run of capitalised words, allowing particles (``de``, ``van der``,
``bin``), prefixed forms (``al-Hassan``, ``d’Alembert``), inner apostrophes and
hyphens (``O’Neill``, ``Smith-Jones``), initials (``J. K.``) and any script's
letters (``Zoë Ødegaard``, ``Łukasz Wróbel``). Leading sentence words, dates,
honorifics and job titles are stripped (``Labour MP Jane Doe`` → ``Jane Doe``,
``Dr. Amal Haddad`` → ``Amal Haddad``); what was stripped is kept as evidence
of whether the name is a person (a title, an honorific) or an organisation.

:func:`scan_mentions` makes one pass over the text outside the quotes and
records every name with its sentence, so pronouns and role nouns can be
resolved to the nearest fitting name before a quote.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import Literal, NamedTuple

import attrs
import regex

from . import cues

__all__ = [
    "NAME_PATTERN",
    "CleanName",
    "Mention",
    "clean_name",
    "is_name_word",
    "scan_mentions",
    "sentence_starts",
]

MentionKind = Literal["person", "org", "place", "unknown"]

_ABBR = (
    r"(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|St|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Insp|Det|Supt|Cllr"
    r"|Hon|Fr|Jr|Sr)\.(?=[ \u00a0])"
)
_INITIAL = r"\p{Lu}\.(?:\p{Lu}\.)*(?=[ \u00a0])"
_PREFIXED = (
    r"(?:al|el|ad|as|ash|bin|ibn|abu|ben|d|l|dell)['’\-]\p{Lu}[\p{L}\p{M}]*"
    r"(?:-\p{L}[\p{L}\p{M}]*)*"
)
# A capitalised word; an inner apostrophe is part of it unless it is a possessive 's.
_CAPW = (
    r"\p{Lu}[\p{L}\p{M}]*"
    r"(?:['’](?![sS](?![\p{L}\p{M}]))\p{L}[\p{L}\p{M}]*|-\p{L}[\p{L}\p{M}]*)*"
)
_NAMEW = rf"(?:(?=\p{{Lu}})(?:{_ABBR}|{_INITIAL}|{_CAPW})|(?=[abdel]){_PREFIXED})"
_PARTICLE = (
    r"(?:de|da|di|du|del|della|des|dos|das|do|van|von|der|den|ter|ten|le|la|bin|ibn"
    r"|al|el|y|zu|af|av|bint|ben|abu)"
)
_GAP = r"[ \u00a0]+"

NAME_PATTERN = (
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’\-.]){_NAMEW}"
    rf"(?:{_GAP}(?:{_PARTICLE}{_GAP}){{0,2}}{_NAMEW}){{0,6}}"
    r"(?![\p{L}\p{M}\p{N}])"
)
"""A run of capitalised name words (see the module docstring)."""

_NAME_RE = regex.compile(NAME_PATTERN)
# The same runs without the leading look-behind, which makes scanning a whole
# article several times faster; :func:`_run_start` checks the boundary instead.
_PLAIN_STARTS = {w.capitalize() for w in cues.STOPWORDS - cues.HONORIFICS if w.isalpha()}
# Runs never start at a capitalised function word ("The", "But", "He"...): skipping
# them in the pattern saves the per-match work for about a third of the matches.
_NOT_A_START = (
    rf"(?!(?:{cues.trie_pattern(sorted(_PLAIN_STARTS))})"
    r"(?![\p{L}\p{M}\p{N}'’\-.]))"
)
_NAME_SCAN = regex.compile(
    rf"(?=\p{{Lu}}){_NOT_A_START}(?:{_ABBR}|{_INITIAL}|{_CAPW})"
    rf"(?:{_GAP}(?:{_PARTICLE}{_GAP}){{0,2}}{_NAMEW}){{0,6}}"
    r"(?![\p{L}\p{M}\p{N}])"
)

_CUE_AFTER = regex.compile(rf"[ \u00a0]+(?:{cues.CUE_PATTERN})")
_PLAIN_BEFORE = frozenset(' \n\t\u00a0(“"‘[')  # a run after these starts where it is found
_PREFIXES = frozenset({"al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "ben", "d", "l", "dell"})
_TOKEN_RE = regex.compile(r"[^ \u00a0]+")
# The standard library's engine is faster for this simple pattern; what follows
# a candidate end (a capital letter or digit) is checked in Python.
_SENTENCE_END = re.compile(r"[.!?][\"”’)\]]*[ \u00a0]+")
_NEWLINE = re.compile(r"\n")
_ROLE_BEFORE = regex.compile(r"(?r)(?:^|[ \u00a0(])([\p{Ll}][\p{Ll}\-]+),?[ \u00a0]+\Z")
_ROLE_AFTER = regex.compile(
    r",[ \u00a0]+(?:the|a|an|its|their|his|her)[ \u00a0]+"
    r"(?:[\p{L}\p{N}\-'’]+[ \u00a0]+){0,3}?([\p{Ll}\-]+)(?=[,.;)])"
)
_PREVIOUS_WORD = regex.compile(r"(?r)([\p{L}]+)(,?)[ \u00a0]+\Z")
_LOCATIVE = frozenset(
    {"in", "at", "from", "to", "near", "across", "around", "outside", "inside", "throughout"}
)
_OBJECT_LIKE = cues.PREPOSITIONS


_PREFIXED_RE = regex.compile(_PREFIXED)


def is_name_word(token: str) -> bool:
    """True for a word that can be part of a name: capitalised, or ``al-Hassan``-like.

    >>> is_name_word("Ruiz"), is_name_word("al-Farsi"), is_name_word("said")
    (True, True, False)
    """
    return token[:1].isupper() or _PREFIXED_RE.match(token) is not None


def _run_start(text: str, start: int) -> int:
    """Where a name run found at ``start`` really starts, or -1 inside a word.

    ``Farsi`` in ``al-Farsi`` starts at the prefix; ``Phone`` in ``iPhone`` is
    not a name.
    """
    if start == 0:
        return 0
    before = text[start - 1]
    if before in "-’'":
        k = start - 1
        j = k
        while j > 0 and text[j - 1].isalpha() and k - j < 4:
            j -= 1
        if text[j:k] in _PREFIXES and (j == 0 or not text[j - 1].isalnum()):
            return j
        return -1
    if before.isalnum() or before == "." or unicodedata.category(before).startswith("M"):
        return -1
    return start


def _fold(token: str) -> str:
    return token.replace(".", "").casefold()


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


@attrs.frozen
class CleanName:
    """A name with its leading titles and sentence words stripped.

    Attributes:
        name: the name as written, from its first kept word to its last.
        start, end: where ``name`` sits in the string it was cleaned from.
        words: the kept words.
        roles: person or organisation role words that were stripped or that
            the name contains (``mp``, ``coach``, ``club``...).
        gender: ``"m"``/``"f"`` from a stripped honorific, else None.
        org: True when the name looks like an organisation (``Leeds City
            Council``, ``BBC``, ``Northwind Ltd``).
    """

    name: str
    start: int
    end: int
    words: tuple[str, ...]
    roles: frozenset[str] = frozenset()
    gender: str | None = None
    org: bool = False


def clean_name(phrase: str, offset: int = 0) -> CleanName | None:
    """Strip sentence words, dates, honorifics and titles from the front of a name run.

    Returns None when nothing name-like is left. ``offset`` is added to the
    reported ``start``/``end``.

    >>> clean_name("Labour MP Jane Doe").name
    'Jane Doe'
    >>> clean_name("Dr. Amal Haddad").name, clean_name("Mrs Ruiz").gender
    ('Amal Haddad', 'f')
    >>> clean_name("But Monday") is None
    True
    """
    parts = _clean(phrase)
    if parts is None:
        return None
    start, end, name, words, roles, gender, org = parts
    return CleanName(name, start + offset, end + offset, words, roles, gender, org)


_Cleaned = tuple[int, int, str, tuple[str, ...], frozenset[str], "str | None", bool]


@lru_cache(maxsize=1 << 14)
def _clean(phrase: str) -> _Cleaned | None:
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(phrase)]
    roles: set[str] = set()
    gender: str | None = None
    first = 0
    while first < len(tokens):
        word = _fold(tokens[first][0])
        if word in cues.HONORIFICS:
            if word in cues.MALE_HONORIFICS:
                gender = "m"
            elif word in cues.FEMALE_HONORIFICS:
                gender = "f"
        elif word in cues.TITLE_WORDS:
            if word in cues.PERSON_ROLES:
                roles.add(word)
        elif word not in cues.STOPWORDS and word not in cues.DATE_WORDS:
            break
        first += 1
    # A descriptor before a later title: "Local MP Daniel Okoro", "Acme chief Jo Lee".
    # Not inside an organisation's name ("Leeds City Council", "General Motors").
    folded_all = [_fold(t[0]) for t in tokens]
    if not any(w in cues.ORG_NAME_WORDS for w in folded_all):
        for i in range(len(tokens) - 2, first, -1):
            word = folded_all[i]
            if word in cues.HONORIFICS or (word in cues.PERSON_ROLES and word != "general"):
                if word in cues.PERSON_ROLES:
                    roles.add(word)
                first = i + 1
                break
    # Particles cannot start a name, and a trailing date or stopword is not part of it.
    last = len(tokens)
    while last > first and (
        _fold(tokens[last - 1][0]) in cues.DATE_WORDS
        or _fold(tokens[last - 1][0]) in cues.STOPWORDS
        or not is_name_word(tokens[last - 1][0])
    ):
        last -= 1
    while first < last and not is_name_word(tokens[first][0]):
        first += 1
    if first >= last:
        return None
    if (
        last - first == 1
        and first > 0
        and _fold(tokens[first - 1][0]) in cues.HONORIFICS
        and not tokens[first][0].endswith(".")
    ):
        first -= 1  # a bare surname keeps its honorific: "Mr Hale", "Dr Haddad"
    kept = tokens[first:last]
    words = tuple(t[0] for t in kept)
    folded = [_fold(w) for w in words]
    org = any(w in cues.ORG_NAME_WORDS for w in folded) or (
        len(words) <= 2 and any(_is_acronym(w) for w in words)
    )
    if org:
        roles.update(w for w in folded if w in cues.ORG_ROLES)
    start, end = kept[0][1], kept[-1][2]
    return start, end, phrase[start:end], words, frozenset(roles), gender, org


class Mention(NamedTuple):
    """A name mentioned outside the quotes.

    Attributes:
        start, end: where the mention sits in the document text.
        name: the fullest form of the name known at this point in the text
            ("Ruiz" after "Ana Ruiz" becomes "Ana Ruiz").
        kind: ``person``, ``org``, ``place`` (``South Korea``, ``Port Ellen``)
            or ``unknown`` (a single unexplained word).
        sentence: index of the sentence the mention sits in.
        subject: False when a preposition stands just before the mention or a
            possessive just after it, so it is unlikely to be the one speaking.
        roles: role words the text attaches to it ("coach", "company").
    """

    start: int
    end: int
    name: str
    kind: MentionKind
    sentence: int
    subject: bool
    roles: frozenset[str] = frozenset()


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start (always including 0), for :func:`bisect`.

    A full stop after an honorific or an initial does not end a sentence.

    >>> sentence_starts("Dr. Amal Haddad spoke. Then she left.\\nNew paragraph.")
    [0, 23, 38]
    """
    starts = [0]
    n = len(text)
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if end >= n:
            continue
        following = text[end]
        if following in '"“‘([' and end + 1 < n:
            following = text[end + 1]
        if not (following.isupper() or following.isdigit()):
            continue
        if text[match.start()] == ".":
            j = k = match.start()
            while j > 0 and k - j < 12 and text[j - 1].isalpha():
                j -= 1
            word = text[j:k]
            if word and (word.casefold() in cues.HONORIFICS or (len(word) == 1 and word.isupper())):
                continue
        starts.append(end)
    newlines = [m.end() for m in _NEWLINE.finditer(text)]
    if newlines:
        starts = sorted(set(starts).union(newlines))
    return starts


class NameIndex:
    """The name forms seen so far, for expanding surnames and short forms.

    ``Ruiz`` → the latest earlier full name ending in ``Ruiz``; ``Northwind``
    → the latest earlier organisation name starting with ``Northwind``; failing
    both, ``Tom`` (as in ``Sir Tom``) → the latest earlier person named ``Tom …``.
    """

    __slots__ = (
        "_by_first",
        "_by_given",
        "_by_last",
        "gender",
        "known",
        "orgs",
        "persons",
        "roles",
    )

    def __init__(self) -> None:
        self._by_last: dict[str, str] = {}
        self._by_first: dict[str, str] = {}
        self._by_given: dict[str, str] = {}
        self.persons: set[str] = set()
        self.orgs: set[str] = set()
        self.known: set[str] = set()
        self.gender: dict[str, str] = {}
        self.roles: dict[str, set[str]] = {}

    def add(
        self,
        name: str,
        words: tuple[str, ...],
        *,
        person: bool,
        org: bool,
        gender: str | None,
        roles: frozenset[str],
    ) -> None:
        self.known.add(name)
        if person:
            self.persons.add(name)
        if org:
            self.orgs.add(name)
        if gender:
            self.gender.setdefault(name, gender)
        if roles:
            self.roles.setdefault(name, set()).update(roles)
        if len(words) >= 2:
            if org:
                self._by_first[words[0]] = name
            else:
                self._by_last[words[-1]] = name
                if _fold(words[0]) not in cues.HONORIFICS and not words[0].endswith("."):
                    self._by_given[words[0]] = name

    def expand(self, name: str, words: tuple[str, ...]) -> str:
        """The fullest earlier form of a name, or the name itself."""
        if len(words) == 1:
            word = words[0]
            return (
                self._by_last.get(word)
                or self._by_first.get(word)
                or self._by_given.get(word)
                or name
            )
        if len(words) == 2 and _fold(words[0]) in cues.HONORIFICS:
            # "Mr Hale" after "Tom Hale"; "Sir Tom" after "Tom Baines".
            full = self._by_last.get(words[1]) or self._by_given.get(words[1])
            return full if full is not None and full != name else name
        if len(words) == 2 and words[0].endswith("."):
            full = self._by_last.get(words[-1])
            if full is not None and full.startswith(words[0][0]):
                return full
        return name


def scan_mentions(
    text: str, gaps: Sequence[tuple[int, int]], starts: Sequence[int]
) -> tuple[list[Mention], NameIndex]:
    """Every name mentioned in ``text`` inside the ``gaps`` (the text between quotes).

    Args:
        text: the document text.
        gaps: sorted, non-overlapping ``(start, end)`` stretches to scan.
        starts: sentence starts from :func:`sentence_starts`.

    Returns:
        The mentions in text order, and the index of name forms after the
        whole pass (its gender and role evidence covers the whole document).

    >>> text = "Coach Ana Ruiz arrived. Later Ruiz left."
    >>> mentions, _ = scan_mentions(text, [(0, len(text))], sentence_starts(text))
    >>> [(m.name, m.kind, sorted(m.roles)) for m in mentions]
    [('Ana Ruiz', 'person', ['coach']), ('Ana Ruiz', 'person', [])]
    """
    index = NameIndex()
    mentions: list[Mention] = []
    person_roles, org_roles = cues.PERSON_ROLES, cues.ORG_ROLES
    for gap_start, gap_end in gaps:
        for match in _NAME_SCAN.finditer(text, gap_start, gap_end):
            run_start = match.start()
            if run_start and text[run_start - 1] not in _PLAIN_BEFORE:
                run_start = _run_start(text, run_start)
            if run_start < gap_start:
                continue
            parts = _clean(text[run_start : match.end()])
            if parts is None:
                continue
            rel_start, rel_end, name, words, roles, gender, org = parts
            start, end = run_start + rel_start, run_start + rel_end
            sentence = bisect_right(starts, start) - 1
            expanded = index.expand(name, words)
            if expanded != name and expanded in index.orgs:
                org = True  # "Northwind" after "Northwind Energy"
            if (
                rel_start == 0
                and len(words) == 1
                and not org
                and not roles
                and expanded == name
                and name not in index.known
                and not text[starts[sentence] : start].strip(' \u00a0"“‘([')
                and (
                    name.casefold() in cues.GROUP_NOUNS
                    or _CUE_AFTER.match(text, end, min(len(text), end + 40)) is None
                )
            ):
                continue  # an ordinary capitalised word opening a sentence
            previous = (
                _PREVIOUS_WORD.search(text, max(0, start - 25), start)
                if start and text[start - 1] in " \u00a0"
                else None
            )
            prev_word = previous.group(1).casefold() if previous is not None else ""
            extra: set[str] = set()
            if prev_word in person_roles or prev_word in org_roles:
                extra.add(prev_word)
            if previous is not None and previous.group(2):
                # "The minister, Ruth van der Berg," / "A spokesperson for Acme, Jo Smith,":
                # a role shortly before the comma, and no preposition before the name.
                prev_word = ""
                if text.startswith(",", end):
                    lead = text[max(0, previous.start() - 40) : previous.end()].split()[-4:]
                    extra.update(w for w in lead if w.casefold() in person_roles and w.islower())
            if text.startswith((", which", ", whose ", ", that "), end):
                extra.add("organisation")  # people take "who"
            if text.startswith(",", end):
                after = _ROLE_AFTER.match(text, end, min(len(text), end + 80))
                if after is not None:
                    word = after.group(1)
                    if word in person_roles or word in org_roles:
                        extra.add(word)
            if extra:
                roles = roles | extra
                org = org or bool(extra & org_roles - person_roles)
            person = False
            if not org and prev_word == "the" and not roles & person_roles:
                org = True  # "the Daily Planet", "the Fair Bills Alliance"
            place = (
                not org
                and not roles
                and len(words) >= 2
                and words[0].casefold() in cues.PLACE_FIRST_WORDS
                and expanded not in index.persons
            )
            if not org and not place and name.casefold() not in cues.GROUP_NOUNS:
                person = bool(expanded != name or len(words) >= 2 or gender or roles)
                person = person or expanded in index.persons
                if prev_word in _LOCATIVE and expanded not in index.persons:
                    person = False
            kind: MentionKind = (
                "org" if org else "place" if place else "person" if person else "unknown"
            )
            possessive = text.startswith(("'s", "’s"), end)
            subject = prev_word not in _OBJECT_LIKE and not possessive
            index.add(expanded, words, person=person, org=org, gender=gender, roles=roles)
            mentions.append(Mention(start, end, expanded, kind, sentence, subject, roles))
    return mentions, index
