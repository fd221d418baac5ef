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
import string
import unicodedata
from collections.abc import Container, Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Final, Literal, NamedTuple

import attrs
import regex

from . import cues
from ._bisection import bisect_right

__all__ = [
    "NAME_PATTERN",
    "PLACE_OPENERS",
    "TITLE_ABBREVIATIONS",
    "TITLE_CASE_SMALL",
    "CleanName",
    "Mention",
    "ascii_letters",
    "ascii_twin",
    "clean_name",
    "is_name_word",
    "joined_name",
    "name_after_place",
    "past_dateline",
    "possessive_name_at",
    "scan_mentions",
    "sentence_starts",
    "speaker_name",
    "split_words",
    "two_place_body",
    "word_spans",
    "written_as_place",
]

MentionKind = Literal["person", "org", "place", "unknown"]

# Module-level constants are Final, read compiled from C statics (see quotematch.cues).

TITLE_ABBREVIATIONS: Final = (
    "Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Rt|St|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Insp|Det|Supt|Cllr"
    "|Hon|Fr|Jr|Sr|Dep|Ofc|Cpl|Tpr|Cst|Cr|Mdm|Flt|Sqn|Wg|Ldr|Cdr|Cmdr"
    "|Brig|Maj|Adm|Pvt|Pfc|Spc|Pte|Spr|Gnr|Bdr|Rfn|Fus|Mne|Gdsm|LCpl|Cdre"
    "|Const|Coun|Ald|Comm|Commr|Atty|Usec|Asec|Engr|Alh|Barr|Smt|Shri|Sri"
)
"""Titles abbreviated with a full stop inside a name (``Sgt. Ana Ruiz``), as a pattern's
alternatives: the stop ends no sentence."""
# The alternatives factored by shared prefixes (cues.trie_pattern): the name pattern tries
# them at every capitalised word, and the plain alternation cost about 8% of that
# pattern's time on the generated articles (30.4 against 32.8 ms for 200 articles).
TITLE_ABBREVIATIONS_TRIE: Final = cues.trie_pattern(sorted(TITLE_ABBREVIATIONS.split("|")))
_ABBR: Final = rf"(?:{TITLE_ABBREVIATIONS_TRIE})\.(?=[ \u00a0]+\S)"
# An abbreviation's or initial's full stop is part of a name only before a space and more
# text on the line: "Sen. \n" is a sentence end, as "Sen.\n" is (a "\r\n" break reads " \n").
_INITIAL: Final = r"\p{Lu}\.(?:\p{Lu}\.)*(?=[ \u00a0]+\S)"
_PREFIXED: Final = (
    r"(?:al|el|ad|as|ash|bin|ibn|abu|ben|d|l|dell)['’\-]\p{Lu}[\p{L}\p{M}]*"
    r"(?:-\p{L}[\p{L}\p{M}]*)*"
)
# A capitalised word; an inner apostrophe is part of it unless it is a possessive 's.
# A possessive stays inside a name only before a word that heads an institution's
# name: "Northgate Supporters' Trust", "St Eadwulf's Hospital", "King's College".
_POSSESSIVE_HEADS: Final = (
    "Academy|Alliance|Association|Cathedral|Centre|Center|Church|Clinic|Club|College"
    "|Collective|Cooperative|Co-operative"
    "|Federation|Foundation|Fund|Guild|Hall|Home|Hospice|Hospital|Infirmary|Institute|League"
    "|Office|School|Society|Trust|Union"
    "|Bakery|Café|Cafe|Diner|Garage|Market|Pharmacy|Restaurant|Shop|Store|Stores"
)  # "Office": "the Sheriff's Office", "the Information Commissioner's Office"
_INNER_PARTS: Final = r"(?:['’](?![sS](?![\p{L}\p{M}]))\p{L}[\p{L}\p{M}]*|-\p{L}[\p{L}\p{M}]*)"
# A plural possessive stays inside a name before a word that heads a body of people only
# after it: "Kelby Citizens’ Watch", "the Farmers’ Party", "Tarrow Parents’ Council" (never
# "Ruiz's Party", which is Ruiz's).
_PLURAL_POSSESSIVE_HEADS: Final = (
    "Action|Assembly|Coalition|Committee|Congress|Council|Forum|Group|Movement|Network|Party"
    "|Watch"
)
_POSSESSIVE_BEFORE_HEAD: Final = (
    rf"(?:['’][sS]?(?=[ \u00a0](?:{_POSSESSIVE_HEADS})(?![\p{{L}}\p{{M}}\p{{N}}'’\-]))"
    rf"|(?<=[sS])['’](?=[ \u00a0](?:{_PLURAL_POSSESSIVE_HEADS})(?![\p{{L}}\p{{M}}\p{{N}}'’\-])))"
)
# A shop or firm named for its founder speaks and acts under its possessive: "Penfold's
# said it accepted the findings", "Grocer Penfold's to pay suppliers", "Penfold's, the
# supermarket chain,". A possessive directly before a speech verb's past form, an
# auxiliary, a headline's "to" or an appositive is part of the name; before a noun
# ("Penfold's lawyer") it is the owner's, as always.
_POSSESSIVE_NAME_NEXT: Final = tuple(
    sorted(
        {f for f in cues.SPEECH_FORMS if " " not in f and f.endswith("ed")}
        | {"said", "says", "told", "wrote", "has", "had", "is", "was", "will", "would", "also",
           "to"}
    )
)  # fmt: skip
_AFTER_POSSESSIVE_NAME: Final = (
    rf"[ \u00a0]+(?:{cues.trie_pattern(list(_POSSESSIVE_NAME_NEXT))})"
    r"(?![\p{L}\p{M}\p{N}'’\-])|,[ \u00a0]+(?:the|a|an)[ \u00a0]"
)
_POSSESSIVE_NAME: Final = rf"['’][sS](?={_AFTER_POSSESSIVE_NAME})"
_AFTER_POSSESSIVE_NAME_RE: Final = regex.compile(_AFTER_POSSESSIVE_NAME)


def possessive_name_at(text: str, end: int) -> bool:
    """True when the ``'s`` ending at ``end`` belongs to a name (``_POSSESSIVE_NAME``).

    >>> text = "Penfold's said it would pay. Penfold's lawyer agreed."
    >>> possessive_name_at(text, 9), possessive_name_at(text, 39)
    (True, False)
    """
    return _AFTER_POSSESSIVE_NAME_RE.match(text, end) is not None
_CAPW_TAIL: Final = rf"{_INNER_PARTS}*(?:{_POSSESSIVE_BEFORE_HEAD}|{_POSSESSIVE_NAME})?"
_CAPW: Final = rf"\p{{Lu}}[\p{{L}}\p{{M}}]*{_CAPW_TAIL}"


def _inner_word(capw: str) -> str:
    """A name word after the first, with ``capw`` as its capitalised-word form.

    Inside a run, a given name may stand in brackets: "Lord (Peter) Hensley",
    "Thomas (Tom) Baines"; so may a retired officer's mark after the rank, which
    the name drops: "Colonel (retd) Ian Marr", "Cpl (Ret.) Ana Cray".
    """
    return (
        rf"(?:(?=\p{{Lu}})(?:{_ABBR}|{_INITIAL}|{capw})|(?=[abdel]){_PREFIXED}"
        rf"|\((?:(?=\p{{Lu}}){capw}|{_RETIRED})\)(?=[ \u00a0]))"
    )


# "(retd)", "(rtd)", "(Ret.)", "(retired)": a retired officer's rank, before the name.
_RETIRED: Final = r"(?:[Rr]et(?:d|\.|ired)?|[Rr]td)"
_RETIRED_MARK: Final = re.compile(rf"\({_RETIRED}\)")


_NAMEW: Final = rf"(?:(?=\p{{Lu}})(?:{_ABBR}|{_INITIAL}|{_CAPW})|(?=[abdel]){_PREFIXED})"
_NAMEW_INNER: Final = _inner_word(_CAPW)
_PARTICLE: Final = (
    r"(?:de|da|di|du|del|della|des|dos|das|do|van|von|der|den|ter|ten|le|la|bin|ibn"
    r"|al|el|y|zu|af|av|bint|ben|abu)"
)
_GAP: Final = r"[ \u00a0]+"

NAME_PATTERN: Final = (
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}'’\-.]){_NAMEW}"
    rf"(?:{_GAP}(?:{_PARTICLE}{_GAP}){{0,2}}{_NAMEW_INNER}){{0,6}}"
    r"(?![\p{L}\p{M}\p{N}])"
)
"""A run of capitalised name words (see the module docstring)."""

_NAME_RE: Final = regex.compile(NAME_PATTERN)
# The same runs without the leading look-behind, which makes scanning a whole
# article several times faster; :func:`_run_start` checks the boundary instead.
_PLAIN_STARTS: Final = {w.capitalize() for w in cues.STOPWORDS - cues.HONORIFICS if w.isalpha()}
# Runs never start at a capitalised function word ("The", "But", "He"...): skipping
# them in the pattern saves the per-match work for about a third of the matches.
_NOT_A_START: Final = (
    rf"(?!(?:{cues.trie_pattern(sorted(_PLAIN_STARTS))})"
    r"(?![\p{L}\p{M}\p{N}'’\-.]))"
)
_NAME_REST: Final = (
    rf"(?:{_GAP}(?:{_PARTICLE}{_GAP}){{0,2}}{_NAMEW_INNER}){{0,6}}"
    r"(?![\p{L}\p{M}\p{N}])"
)
_NAME_SCAN: Final = regex.compile(
    rf"(?=\p{{Lu}}){_NOT_A_START}(?:{_ABBR}|{_INITIAL}|{_CAPW}){_NAME_REST}"
)

_ASCII_CLASSES: Final = {
    r"\p{Lu}": "A-Z", r"\p{Ll}": "a-z", r"\p{L}": "A-Za-z", r"\p{M}": "", r"\p{N}": "0-9"
}  # fmt: skip


def _ascii_pattern(pattern: str) -> str:
    r"""``pattern`` with its Unicode classes narrowed to ASCII, for the standard engine.

    Only valid on text whose letters, marks and digits are all ASCII (see
    :data:`_NOT_ASCII_WORDY`): there both patterns match the same strings.

    >>> _ascii_pattern(r"\p{Lu}[\p{L}\p{M}]*")
    '[A-Z][A-Za-z]*'
    """
    out: list[str] = []
    i, inside = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            if pattern.startswith("\\p{", i):
                j = pattern.index("}", i) + 1
                narrow = _ASCII_CLASSES[pattern[i:j]]
                out.append(narrow if inside else f"[{narrow}]")
                i = j
                continue
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if char == "[" and not inside:
            inside = True
        elif char == "]" and inside:
            inside = False
        out.append(char)
        i += 1
    return "".join(out)


def _after_first(words: list[str]) -> str:
    r"""Abbreviations whose first letter is already read, then their full stop.

    Grouped by length, each group checked by one look-behind after the dot: the
    standard engine skips a branch that opens with a literal at the cost of one
    comparison, where a look-behind opening every branch is run in full.

    >>> _after_first(["Dr", "Mr", "Mrs"])
    '(?:(?:r)\\.(?<=(?:Dr|Mr)\\.)|(?:rs)\\.(?<=(?:Mrs)\\.))'
    """
    by_size: dict[int, list[str]] = {}
    for word in sorted(words, key=len):
        by_size.setdefault(len(word), []).append(word)
    groups = [
        rf"(?:{cues.trie_pattern(sorted({w[1:] for w in same}))})\.(?<=(?:{'|'.join(same)})\.)"
        for same in by_size.values()
    ]
    return f"(?:{'|'.join(groups)})"


def _firsts(pattern: str) -> str:
    """The first letters of an alternation of plain words, as a character class body.

    >>> _firsts("(?:van|von|de)")
    'dv'
    """
    return "".join(sorted({word[0] for word in pattern[3:-1].split("|")}))


_ABBR_WORDS: Final = TITLE_ABBREVIATIONS.split("|")
# The pieces of _NAME_SCAN for the standard engine, each optional or repeated
# group written so that the engine enters it only where it can match: a
# ``(?:X)?`` as ``(?:X|)``, and a repetition behind a look at the characters it
# must start with. On the standard engine every entry into a repeated group
# costs an allocation and its bookkeeping, and most name words have no inner
# apostrophe, no possessive before an institution and no further word. Both
# forms match the same strings and try them in the same order. With the
# abbreviations read by length (:func:`_after_first`), per generated article
# the scan takes about 46k fewer instructions (callgrind, the pattern over the
# text between the quotes of 199 generated articles: 359k -> 313k).
_CAPW_TAIL_ASCII: Final = (
    rf"(?:(?=['’\-]){_INNER_PARTS}*|)(?:{_POSSESSIVE_BEFORE_HEAD}|{_POSSESSIVE_NAME}|)"
)
_CAPW_ASCII: Final = rf"\p{{Lu}}[\p{{L}}\p{{M}}]*{_CAPW_TAIL_ASCII}"
_REST_FIRSTS: Final = "".join(sorted(set("abdel" + _firsts(_PARTICLE))))  # after "(" or a capital
_NAME_REST_ASCII: Final = (
    rf"(?:(?=[ \u00a0]+[A-Z({_REST_FIRSTS}])"
    rf"(?:{_GAP}(?:(?=[{_firsts(_PARTICLE)}])(?:{_PARTICLE}{_GAP}){{0,2}}|)"
    rf"{_inner_word(_CAPW_ASCII)}){{0,6}}|)"
    r"(?![\p{L}\p{M}\p{N}])"
)
# _NAME_SCAN for text whose letters are all ASCII, on the standard engine. It
# reads the first capital before anything else, which lets the engine jump
# from capital to capital, and checks the stop words looking back from it.
_NAME_SCAN_ASCII: Final = re.compile(
    "[A-Z]"
    + _ascii_pattern(rf"(?<=(?!{_NOT_A_START[3:-1]})\p{{Lu}})")
    + rf"(?:{_after_first(_ABBR_WORDS)}(?=[ \u00a0]+\S)"
    + r"|\.(?:[A-Z]\.)*(?=[ \u00a0]+\S)"
    + _ascii_pattern(rf"|{_CAPW_ASCII[6:]})")
    + _ascii_pattern(_NAME_REST_ASCII)
)
# Any character that the two patterns could treat differently: a letter,
# mark or digit outside ASCII.
_NOT_ASCII_WORDY: Final = re.compile("[^\x00-\x7f\u00a0\u2010-\u2027\u2030-\u205e«»‹›]")


def ascii_letters(text: str, start: int = 0, end: int | None = None) -> bool:
    """True when ``text[start:end]`` has no letter, mark or digit outside ASCII.

    On such text a pattern and its :func:`ascii_twin` find the same matches.

    >>> ascii_letters("“Ruiz,” she said — twice."), ascii_letters("Zoë said")
    (True, False)
    """
    if start == 0 and end is None:
        return _ascii_text(text)
    return _NOT_ASCII_WORDY.search(text, start, len(text) if end is None else end) is None


_ASCII_BYTES: Final = bytes(range(128))


@lru_cache(maxsize=16)
def _ascii_text(text: str) -> bool:
    # Extraction and attribution both ask about the whole document. The pattern
    # never matches an ASCII character, so it is run on what is left without
    # them: deleting the ASCII bytes of the UTF-8 form is several times quicker
    # than the pattern's scan of a whole document, and leaves whole characters.
    if text.isascii():
        return True
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return _NOT_ASCII_WORDY.search(rest.decode("utf-8", "surrogatepass")) is None


def _optionals_as_branches(pattern: str) -> str:
    r"""``pattern`` with each greedy optional group ``(…)?`` written ``(?:(…)|)``.

    Both forms match the same strings, tried in the same order, with the same
    groups set. The standard engine runs a ``?`` after a group through its
    general repeat, which allocates and keeps books each time it is reached; a
    choice with an empty branch does neither. Measured on the pattern every
    quote tries after its closing mark (``clauses._SPEAKER_FIRST_ASCII``, its
    calls from 199 generated articles replayed under callgrind): 133k -> 121k
    instructions per article.

    >>> _optionals_as_branches(r"a(?:,b)?(?P<x>c[)?])??d\(e\)?")
    'a(?:(?:,b)|)(?P<x>c[)?])??d\\(e\\)?'
    """
    stack: list[list[str]] = [[]]
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            stack[-1].append(pattern[i : i + 2])
            i += 2
        elif char == "[":
            j = i + 1 + (pattern[i + 1] == "^")
            j += pattern[j] == "]"  # a "]" first is a member
            while pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            stack[-1].append(pattern[i : j + 1])
            i = j + 1
        elif char == "(":
            stack.append(["("])
            i += 1
        elif char == ")":
            group = "".join(stack.pop()) + ")"
            after = pattern[i + 1 : i + 3]
            if after[:1] == "?" and after[1:] not in ("?", "+"):
                stack[-1].append(f"(?:{group}|)")
                i += 2
            else:
                stack[-1].append(group)
                i += 1
        else:
            stack[-1].append(char)
            i += 1
    return "".join(stack[0])


def ascii_twin(pattern: str) -> re.Pattern[str]:
    r"""``pattern`` (for ``regex``) compiled for the standard engine, Unicode classes narrowed.

    The standard engine is faster on the short matches attribution makes; use
    the twin only where :func:`ascii_letters` holds. Optional groups are
    written as choices (:func:`_optionals_as_branches`), which the standard
    engine runs faster.

    >>> ascii_twin(r"\p{Lu}\p{Ll}+").findall("Ana and Ruiz")
    ['Ana', 'Ruiz']
    """
    return re.compile(_optionals_as_branches(_ascii_pattern(pattern)))


def _name_runs(text: str, start: int, end: int) -> Iterator[re.Match[str] | regex.Match[str]]:
    """The name runs of ``_NAME_SCAN`` in ``text[start:end]``, on the fastest engine that fits."""
    if ascii_letters(text, start, end):
        return _NAME_SCAN_ASCII.finditer(text, start, end)
    return _NAME_SCAN.finditer(text, start, end)


_CUE_AFTER: Final = regex.compile(rf"[ \u00a0]+(?:{cues.CUE_PATTERN})")
_PLAIN_BEFORE: Final = frozenset(' \n\t\u00a0(“"‘[')  # a run after these starts where it is found
_PREFIXES: Final = frozenset(
    {"al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "ben", "d", "l", "dell"}
)
_TOKEN_RE: Final = re.compile(r"[^ \u00a0]+")


def word_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, int, int]]:
    """The words of ``text[start:end]`` (runs of characters other than a space or a
    no-break space) with their offsets in ``text``.

    The same list as ``[(m.group(), m.start(), m.end()) for m in
    _TOKEN_RE.finditer(text, start, end)]``, found by ``str.find``: compiled,
    each match of the pattern costs a step of its iterator and three method
    calls through the interpreter, where ``str.find`` and a slice are native.
    Used for the names cleaned, the speaker phrases read and the sentences
    whose subject or issuer is looked for (measured in docs/benchmarks.md).

    >>> word_spans("  Ana  Ruiz said", 1)
    [('Ana', 2, 5), ('Ruiz', 7, 11), ('said', 12, 16)]
    """
    size = len(text)
    start = max(start, 0)
    stop_at = size if end is None else min(end, size)
    if text.find("\u00a0", start, stop_at) >= 0:
        return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text, start, stop_at)]
    spans: list[tuple[str, int, int]] = []
    at = start
    while at < stop_at:
        stop = text.find(" ", at, stop_at)
        if stop < 0:
            stop = stop_at
        if stop > at:
            spans.append((text[at:stop], at, stop))
        at = stop + 1
    return spans


def split_words(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """The words of ``text[start:end]``, split at spaces and no-break spaces.

    The same list as ``_TOKEN_RE.findall(text, start, end)``, by ``str.split``
    (see :func:`word_spans`).

    >>> split_words("the\u00a0club  said", 0, 12)
    ['the', 'club', 'sa']
    """
    part = text[start:] if end is None else text[start:end]
    if "\u00a0" in part:
        part = part.replace("\u00a0", " ")
    return [word for word in part.split(" ") if word]
# A candidate sentence end, as :func:`_sentence_ends` finds it (the pattern is
# its reference); what follows (a capital letter or digit) is checked in Python.
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’')\]]*[ \u00a0]+")


def _not_after_words(words: Iterable[str]) -> str:
    """Look-behinds that fail right after ``words`` and a full stop (ASCII text only).

    :func:`_sentence_starts_any` reads at most 12 letters back from the stop, so a
    word of 12 letters may end a longer one and a longer word never counts.
    """
    by_size: dict[int, list[str]] = {}
    for word in sorted(words):
        if word.isascii() and word.isalpha() and len(word) <= 12:
            by_size.setdefault(len(word), []).append(word)
    return "".join(
        rf"(?<!{'' if size == 12 else '(?<![A-Za-z])'}(?i:{'|'.join(group)})\.)"
        for size, group in sorted(by_size.items())
    )


# Sentence ends in text whose letters are all ASCII, with every check of
# _sentence_starts_any in the pattern: a capital or digit follows, perhaps after
# an opening mark, and a full stop does not follow an honorific or an initial.
# Each pattern starts with one literal character, which the engine can skip to
# quickly; a pattern starting with a choice of characters is scanned slowly.
_ASCII_END_TAIL: Final = r"[\"”’')\]]*[ \u00a0]+(?=[\"“‘'(\[]?[A-Z0-9])"
# Honorifics after which a full stop is the abbreviation's, not a sentence's end.
_STOPPED_TITLES: Final = cues.HONORIFICS - cues.LETTER_TITLES
_ASCII_STOP_END: Final = re.compile(
    rf"\.(?={_ASCII_END_TAIL})(?<!(?<![A-Za-z])[A-Z]\.){_not_after_words(_STOPPED_TITLES)}"
    + _ASCII_END_TAIL
)
_ASCII_MARK_ENDS: Final = tuple(
    (mark, re.compile(re.escape(mark) + _ASCII_END_TAIL)) for mark in "!?"
)
_ROLE_BEFORE: Final = regex.compile(r"(?r)(?:^|[ \u00a0(])([\p{Ll}][\p{Ll}\-]+),?[ \u00a0]+\Z")
# The head is a lower-case role or a member's letters (", the Labour MP,"), and may
# be followed by the seat or body it serves (", the TD for Cork North-West,").
_ROLE_AFTER: Final = regex.compile(
    # not a phrase that opens with a preposition: "Corrick, with her baby son," says
    # who is with the person, not what the word before it is
    r",[ \u00a0]+(?!(?:with|without|alongside|near|to|by|in|on|at)[ \u00a0])"
    # Rule *a participle's place is no role*: ", speaking outside the club," says where
    # the person spoke, not that the name is the club
    r"(?!\p{Ll}+ing[ \u00a0])"
    r"(?:(?:the|a|an|its|their|his|her)[ \u00a0]+)?"
    r"(?:[\p{L}\p{N}\-'’]+[ \u00a0]+){0,3}?([\p{Ll}\-]+|\p{Lu}{2,4})"
    # ", the parish priest at St Finbar's,", ", vicar of the parish,": the role before a
    # place or body it serves (with or without an article)
    # ", the union representing the district's teachers,": whom the role serves
    r"(?:[ \u00a0]+(?:at|of|for|in|with|from|on|representing|serving)[ \u00a0]+"
    r"[^,.;)\n“”\"]{1,40}?)?(?=[,.;)])"
)
# Its twin on the standard engine, for text whose letters are all ASCII: on the
# hand-annotated articles the pattern cost about 4 µs a call on the regex module.
_ROLE_AFTER_ASCII: Final = ascii_twin(_ROLE_AFTER.pattern)

_OBJECT_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def _predicate_after(text: str, found: str, end: int) -> bool:
    """True when what ``_ROLE_AFTER`` found after a name's closing comma is the verb of
    its sentence and the verb's object, ending the sentence: ``The minister, Ivo Marr,
    thanked the board.`` — a deed, so the board is no role of his (``Ivo Marr, named
    the club's captain in May, said`` closes with a comma: an appositive).

    >>> _predicate_after("x, thanked the board.", ", thanked the board", 20)
    True
    >>> _predicate_after("x, the board chairman.", ", the board chairman", 21)
    False
    """
    words = found.split()
    return (
        len(words) >= 4
        and words[1].endswith("ed")
        and words[1].islower()
        and words[2] in _OBJECT_DETERMINERS
        and text[end : end + 1] == "."
    )
# Rule *a field names its expert*: ", a reader in epidemiology at …", ", professor of
# cardiology,", ", head of virology at …" — a post in a field ending in -ology makes the
# person its -ologist, so "the epidemiologist" describes them.
_FIELD_AFTER: Final = regex.compile(
    r",[ \u00a0]+(?:(?:the|a|an)[ \u00a0]+)?(?:[\p{Ll}\-]+[ \u00a0]+){1,3}?(?:in|of)[ \u00a0]+"
    r"(?:[\p{Ll}\-]+[ \u00a0]+)?(?P<field>\p{Ll}+olog)y\b"
)
# What a club does and a town does not, right after its name: "Port Ellen Town have
# signed…", "Harlow City said in a statement", "Kelby United beat…". Rule *a club named
# for its town*: such a name ending in a club word (cues.CLUB_WORDS) is an organisation.
_CLUB_ACTS: Final = regex.compile(
    r"[ \u00a0]+(?:(?:have|has|had|will|were|are|was|is)[ \u00a0]+)?(?:also[ \u00a0]+)?"
    r"(?:said|says|confirmed|announced|signed|sacked|appointed|beat|drew|lost|won|thrashed"
    r"|edged|face|faces|faced|play|plays|played|released|unveiled|parted|completed|apologised"
    r"|apologized|denied)(?![\p{L}])"
)
_PREVIOUS_WORD: Final = regex.compile(r"(?r)([\p{L}]+)(,?)[ \u00a0]+\Z")
_ASCII_LETTERS: Final = string.ascii_letters
# Rule *a traded name is a company*: "Halvorsen Freight shares fell", "shares in Halvorsen
# Freight", "Pellworth's stock": only an organisation has shares that trade ("Ana Ruiz shares
# her recipe" is a verb; "Ruiz's shares in the club" a holding).
_TRADED_AFTER: Final = regex.compile(
    r"(?:['’]s)?[ \u00a0]+(?:share[ \u00a0]price(?![\p{L}])|(?:shares|stock)[ \u00a0]+"
    r"(?:(?:have|had|were|was|are|is|closed|ended|finished|opened)[ \u00a0]+)?"
    r"(?:fell|fallen|rose|risen|slid|slumped|jumped|climbed|dropped|gained|lost|plunged|plummeted"
    r"|surged|tumbled|soared|sank|sunk|dipped|rallied|traded|trading|down|up|higher|lower|flat"
    r"|\d)(?![\p{L}]))"
)
"""A market move after the name: ``shares fell``, ``stock closed up``, ``share price`` —
not ``shares concerns`` or ``stock has never been higher`` (a person's standing)."""
# The pattern's possible openings: a tuple test rules out almost every name cheaply.
# "Pellmore said on Monday it would…": a name that reports about itself as *it* is an
# organisation (a person would be *he*/*she*). The speech verb is the one list's.
# What a firm intends: the only report that types a name a person could bear
# ("Developer Carla Ness said it was a painful choice": *it* is the choice).
_INTENT_AFTER_IT: Final = (
    "would", "will", "planned", "plans", "expected", "expects", "hoped", "hopes", "intended",
    "intends",
)  # fmt: skip
# What armies, groups and firms report doing in wire copy: "Harrow said it fired…";
# not when the deed is done to the speaker's own ("said it killed three of his lambs").
_DEEDS_AFTER_IT: Final = (
    "fired", "launched", "targeted", "struck", "attacked", "intercepted", "seized", "captured",
    "destroyed", "downed", "killed", "repelled", "detained", "deployed", "withdrew",
    "evacuated", "suspended",
)  # fmt: skip
_SAID_IT: Final = regex.compile(
    rf"[ \u00a0]+(?:{cues.trie_pattern(sorted(cues.SPEECH_FORMS))})"
    r"(?:[ \u00a0]+(?!it\b)[\p{L}\p{N}]+){0,3}?[ \u00a0]+(?:that[ \u00a0]+)?it[ \u00a0]+"
    rf"({'|'.join(_INTENT_AFTER_IT + _DEEDS_AFTER_IT)}"
    r"|was|is|had|has|could|did|does|remained|remains)\b"
)
_PERSONAL_OBJECT: Final = regex.compile(r"[^.;:!?\"“”]{0,40}?\b(?:his|her|him)\b")


def _said_it(text: str, end: int, size: int, *, person_like: bool = False) -> bool:
    """True when a speech verb after a name at ``end`` reports *it* (:data:`_SAID_IT`).

    A name that may be a person's (``person_like``: a role of people and firms
    alike before it) counts only with a verb of intent after *it*; a deed
    counts only when not done to *his* or *her* own.

    The word after the name is looked up first: most names are followed by no
    speech verb, and one set lookup is far cheaper than the pattern.

    >>> _said_it("Ivo Brandt said it killed four of his hens", 10, 43)
    False
    >>> _said_it("Morvanka said it launched two drones", 8, 36)
    True
    >>> _said_it("Carla Ness said it was a painful choice", 10, 39, person_like=True)
    False
    >>> _said_it("Kestrel Grid said it would restore power", 12, 40, person_like=True)
    True
    >>> _said_it("Ardley Homes said it was “disappointed” by it", 12, 45, person_like=True)
    True
    """
    space = text.find(" ", end + 1, end + 20)
    if space < 0 or text[end + 1 : space] not in cues.SPEECH_WORDS:
        return False
    found = _SAID_IT.match(text, end, min(size, end + 60))
    if found is None:
        return False
    verb = found.group(1)
    if verb in _DEEDS_AFTER_IT:
        return _PERSONAL_OBJECT.match(text, found.end(), min(size, found.end() + 60)) is None
    if verb in _INTENT_AFTER_IT or not person_like:
        return True
    # "Developer Northwind Homes said it was disappointed": a state of mind is the
    # name's own, where "it was a painful choice" is about something else
    after = text[found.end() : found.end() + 30].split(maxsplit=1)
    return (
        verb in ("was", "is")
        and bool(after)
        and after[0].strip("\"“”‘’',.") in cues.STATE_PARTICIPLES
    )


# Rule *a name that owns "its" is an organisation*: "Kestrane has recalled 40,000 of its
# kettles", "Brindle cut its forecast": a one-word name whose own verb (has, had, said,
# says, a past tense) is followed in the same clause by *its* is a body, not a person
# (*his*/*her*) nor an ordinary word opening the sentence ("Residents have…", "Flooding
# closed…" own nothing); not a future ("Elderbury will reopen its cycleway": towns plan
# too), nor a name the article writes as a place. The verb is looked up before the
# pattern runs.
_OWNING_VERBS: Final = frozenset({"has", "had", "said", "says"})
# Where a place is written: "in Harlow", "across Harlow" (a town owns *its* too: "Harlow
# has lost its last bank"). Not "at" ("staff at Kestrane") nor "of".
_PLACED: Final = (" in ", " across ", " near ", " around ", " outside ", " throughout ")
_OWNS_ITS: Final = regex.compile(
    r"[ \u00a0]+\p{Ll}+(?:[ \u00a0]+(?:also|now|already|been))?"
    r"[^.!?;:\n“”\"‘’]{0,80}?(?<![\p{L}])its(?![\p{L}])"
)


def _owns_its(text: str, end: int, size: int) -> bool:
    """True when the one-word name ending at ``end`` is the subject of a verb that
    owns *its* in the same clause (:data:`_OWNS_ITS`).

    >>> _owns_its("Kestrane has recalled 40,000 of its kettles.", 8, 45)
    True
    >>> _owns_its("Brindle cut its forecast.", 7, 25)
    True
    >>> _owns_its("Residents have lost its support.", 9, 32)
    False
    >>> _owns_its("Flooding closed the road and its bridge.", 8, 40)
    False
    """
    if text.endswith("ing", end - 3, end):
        return False  # "Flooding closed…": a gerund opening the sentence names nothing
    space = text.find(" ", end + 1, end + 16)
    if space < 0:
        return False
    verb = text[end + 1 : space]
    if verb not in _OWNING_VERBS and not cues.past_deed(verb):
        return False
    return _OWNS_ITS.match(text, end, min(size, end + 100)) is not None


# Rule *a name whose own verb acts on "its" is an organisation*: "Harbridge Foods cut its
# forecast", "Pennywise Homestores is to close its Westmarsh store". For a name of two or
# more words (a person's shape) only with *its* the verb's own object, right after it (or
# after "is to", "has", "will"): in "Ana Ruiz said the club had lost its way" *its* is the
# club's, so the looser reach of _OWNS_ITS is kept for one-word names.
_ACTS_ON_ITS: Final = regex.compile(
    r"[ \u00a0]+(?:(?:is|was|has|had|will|would)[ \u00a0]+(?:to[ \u00a0]+)?)?"
    r"\p{Ll}+[ \u00a0]+its(?![\p{L}])"
)


def written_as_place(text: str, name: str) -> bool:
    """True when the article writes ``name`` after a preposition of place anywhere
    (``in Harlow``, ``across Harlow``): a town that owns *its* is no company. Read only
    for a name that owns *its* (:func:`_owns_its`), so rarely.

    >>> written_as_place("Harlow has lost its bank. Shops in Harlow shut.", "Harlow")
    True
    >>> written_as_place("Kestrane has recalled its kettles. Staff at Kestrane…", "Kestrane")
    False
    """
    return any(f"{link}{name}" in text for link in _PLACED)


_TRADED_STARTS: Final = (" shares", " stock", " share ", "'s shares", "’s shares", "'s stock",
                          "’s stock", "'s share ", "’s share ")  # fmt: skip
_TRADED_BEFORE: Final = ("shares in ", "shares of ", "stake in ", "Shares in ", "Shares of ")
# Rule *a name on a flight is its airline*: "A Ternwing Atlantic flight was diverted",
# "the Pelwyn jet": what the name modifies is a carrier's aircraft, so the name is the
# airline a later "the airline" or "the carrier" speaks for (not a modifier to drop).
_FLOWN_WORDS: Final = ("flights", "flight", "plane", "jet", "airliner", "aircraft")
_FLOWN: Final = frozenset(_FLOWN_WORDS)
_FLOWN_STARTS: Final = tuple(" " + word for word in _FLOWN_WORDS)  # a cheap test first
_FLOWN_NOUN: Final = re.compile(rf" (?:{'|'.join(_FLOWN_WORDS)})(?![A-Za-z])")
_FLOWN_BY: Final = re.compile(
    rf" (?:{'|'.join(_FLOWN_WORDS)}),? (?:operated|owned|built|made|leased|chartered|flown|run)\b"
)
_FLOWN_TO: Final = (" from ", " to ", " in ", " for ", " at ", " over ")


def _flown_otherwise(text: str, name: str, end: int) -> bool:
    """True when the name before a flight is no airline: a place the article flies from,
    to or over (``the Mallenby flight`` after ``flights to Mallenby``) or the aircraft's
    maker (``a Corvane jet operated by Ternwing Atlantic``).

    >>> _flown_otherwise("The Mallenby flight left. Flights to Mallenby resumed.", "Mallenby", 12)
    True
    >>> _flown_otherwise("A Ternwing Atlantic flight left Harrowby.", "Ternwing Atlantic", 19)
    False
    """
    if _FLOWN_BY.match(text, end, end + 40) is not None:
        return True
    return any(f"{link}{name}" in text for link in _FLOWN_TO)
_LOCATIVE: Final = frozenset(
    {"in", "at", "from", "to", "near", "across", "around", "outside", "inside", "throughout"}
)
_OBJECT_LIKE: Final = cues.PREPOSITIONS
# Prepositions of place before "the" and a name: "in the Brook End", "at the Co-op".
_WHERE_WORDS: Final = frozenset(
    {"in", "at", "into", "inside", "outside", "near", "behind", "beside", "across", "through"}
)


_PREFIXED_RE: Final = regex.compile(_PREFIXED)


def is_name_word(token: str) -> bool:
    """True for a word that can be part of a name: capitalised, or ``al-Hassan``-like.

    >>> is_name_word("Ruiz"), is_name_word("al-Farsi"), is_name_word("said")
    (True, True, False)
    """
    if token[:1].isupper():
        return True
    # _PREFIXED needs an apostrophe or a hyphen right after its prefix of one to four
    # letters: a look at those characters settles ordinary lower-case words, which
    # would otherwise each cost a call of the pattern.
    head = token[1:5]
    if "-" not in head and "'" not in head and "’" not in head:
        return False
    return _PREFIXED_RE.match(token) is not None


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


def _trade_named(folded: Sequence[str]) -> bool:
    """True for a name of two or more words ending in a trade's word (``Pellmoor Credit``,
    ``Varnex Bio``, ``Ashby Lettings``): a business, though its first word says nothing;
    not a state benefit (``Universal Credit``, ``Pension Credit``).

    >>> _trade_named(["pellmoor", "credit"]), _trade_named(["universal", "credit"])
    (True, False)
    >>> _trade_named(["savings"]), _trade_named(["varnex", "bio"])
    (False, True)
    """
    if len(folded) < 2 or folded[-1] not in cues.TRADE_NAME_ENDS:
        return False
    return folded[-1] != "credit" or folded[-2] not in cues.BENEFIT_CREDITS


def _firm_words(words: Sequence[str]) -> bool:
    """True when a name's own words make it a body: an organisation's word in it
    (``Calloway Ferries``) or a trade's word ending it (``Harwick Shipping``).

    >>> _firm_words(("Harwick", "Shipping")), _firm_words(("Sea", "Verity"))
    (True, False)
    """
    folded = [_fold(w) for w in words]
    return _trade_named(folded) or not cues.ORG_NAME_WORDS.isdisjoint(folded)


def _is_acronym(token: str) -> bool:
    letters = token.replace(".", "")
    return 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper()


_VOWELS: Final = frozenset("AEIOUY")


def _personal_initials(words: tuple[str, ...]) -> bool:
    """True for a person's name opened by initials, a stop after each letter, as South
    Asian and American papers write them (``D.M. Perera``, ``J.R. Hollis``): a person,
    not an acronym's body. Not a country's letters (``U.S. Steel``).

    >>> _personal_initials(("D.M.", "Perera")), _personal_initials(("U.S.", "Steel"))
    (True, False)
    >>> _personal_initials(("BBC", "Radio")), _personal_initials(("D.M.", "PLC"))
    (False, False)
    """
    first = words[0]
    return (
        len(words) == 2
        and len(first) in (4, 6)
        and first[1::2] == "." * (len(first) // 2)
        and _fold(first) not in _NATIONAL
        and first != "U.N."
        and words[1][:1].isupper()
        and words[1][1:].islower()
    )


def _holder_after_body(text: str, run_start: int, run_end: int) -> tuple[int, int, str] | None:
    """Where a body's name ends and its office holder's begins in one run of capitals,
    and the office, or None.

    South Asian papers write an office of a body straight before its holder's name,
    with no comma: ``Convener of the Orla Growers' Association D.M. Perera said`` is
    D.M. Perera, the convener. Only after ``<office> of the``, with two name words or
    more after the body's last word and a comma or a speech verb after them.

    >>> t = "Chairman of the Vell Traders Union Anil Desa said it."
    >>> _holder_after_body(t, 16, 44)
    (34, 35, 'chairman')
    >>> _holder_after_body("Head of the Vell Traders Union said", 12, 30) is None
    True
    """
    before = text[max(0, run_start - 40) : run_start].split()
    if (
        len(before) < 3
        or before[-1].casefold() != "the"
        or before[-2] != "of"
        or before[-3].casefold() not in cues.PERSON_ROLES
    ):
        return None
    after = text[run_end : run_end + 16].split(None, 1)
    if not (text.startswith(",", run_end) or (after and after[0] in cues.SPEECH_WORDS)):
        return None
    spans = word_spans(text[run_start:run_end])
    body = -1
    for i, (word, _, _) in enumerate(spans):
        if _body_word(_fold(word).rstrip("'’")):
            body = i
    tail = spans[body + 1 :]
    if body < 1 or len(tail) < 2:
        return None
    for word, _, _ in tail:
        folded = _fold(word)
        if word[1::2] == "." * (len(word) // 2) and len(word) % 2 == 0:
            continue  # an initial, "D.M.", though "DM" is an office's letters
        if (
            not word[:1].isupper()
            or folded in cues.TITLE_WORDS
            or folded in cues.HONORIFICS
            or folded in cues.STOPWORDS
            or folded in cues.DATE_WORDS
            or folded in cues.ORG_NAME_WORDS
        ):
            return None
    return run_start + spans[body][2], run_start + tail[0][1], before[-3].casefold()


def _tabloid_opening(text: str, start: int, words: tuple[str, ...]) -> bool:
    r"""True when a two-word name opens a paragraph with its first word in capitals.

    Tabloid and regional papers set the first word of a story in capitals
    (``DOM Achebe has vowed…``, ``KATIE Rowe has…``): the word is a given name,
    not an acronym. An initialism has no vowel after its first letter (``BBC
    Breakfast``, ``NHS England``) and a name word or a title after it names a
    body (``ASDA Stores``); the headline, in capitals or not, is not a lede.
    Only the story's first paragraph opens so (no full stop before it in the
    body), and the story names its subject again: the surname alone or the
    given name in title case (``Achebe said``); ``OPEC Members agreed…`` does
    neither.

    >>> _tabloid_opening("Row\n\nDOM Achebe has vowed. Achebe", 5, ("DOM", "Achebe"))
    True
    >>> _tabloid_opening("Row\n\nNHS England said", 5, ("NHS", "England"))
    False
    >>> _tabloid_opening("Cut\n\nOPEC Members agreed.", 5, ("OPEC", "Members"))
    False
    """
    first, second = words
    return (
        start > 0
        and text[start - 1] == "\n"
        and len(first) >= 3
        and first.isupper()
        and not _VOWELS.isdisjoint(first[1:])
        and not second.isupper()
        and _fold(second) not in cues.ORG_NAME_WORDS
        and _fold(second) not in cues.TITLE_WORDS
        and _first_paragraph(text, start)
        and _named_again(text, start, (first.capitalize(), second))
    )


# A lower-case noun then a capitalised word: "star Lia", "favourite Ros".
_DESCRIBED_NAME: Final = re.compile(r"([a-z][a-z'’-]*)[ \u00a0]+[A-Z]")


# Organisation words that are also gerunds: "Trading in the shares", "Mining in the valley".
_GERUND_BODY_WORDS: Final = frozenset(
    word for word in cues.ORG_NAME_WORDS if word.endswith("ing") and len(word) > 5
)


def _opening_gerund(text: str, start: int, end: int, word: str, starts: list[int]) -> bool:
    """True for an organisation's word ending in *-ing* that opens its sentence alone,
    before a lower-case word: the activity, not a body.

    Rule *a gerund opening a sentence is no body*: ``Trading in the carmaker's shares has
    been suspended.``, ``Mining in the valley ended in 1984.`` name nobody, so a later
    statement cannot be given to a body called *Trading*; ``Hallam Trading said`` and a
    word of the article's own name (``Pelmont Mining``) keep their names.

    >>> t = "Shares fell. Trading in them was suspended."
    >>> _opening_gerund(t, 13, 20, "Trading", [0, 13])
    True
    >>> _opening_gerund("Shares fell. Trading said so.", 13, 20, "Trading", [0, 13])
    False
    """
    if _fold(word) not in _GERUND_BODY_WORDS or end >= len(text) - 2 or text[end] != " ":
        return False
    if not text[end + 1].islower():
        return False
    sentence = bisect_right(starts, start) - 1
    if sentence < 0 or text[starts[sentence] : start].strip(" \t\u00a0\"“‘'("):
        return False
    space = text.find(" ", end + 1, end + 16)
    after = text[end + 1 : space] if space > 0 else ""
    return after not in cues.SPEECH_FORMS and after not in _OWNING_VERBS


def _shouted_opening_word(text: str, start: int, end: int, word: str, starts: list[int]) -> bool:
    r"""True for a common word a tabloid sets in capitals to open its story.

    Rule *a shouted opening word is no name*: ``POP star Lia Venn has…``, ``TELLY
    favourite Ros Kemble…``: one word in capitals opening the story, then a lower-case
    noun describing a person and that person's name, is the story's first word shouted,
    not a body a later ``the star's spokesperson`` could speak for. Not an initialism
    (no vowel after its first letter: ``BBC presenter Jo Lutz``), nor a word the article
    writes in capitals again (``UEFA delegate Ivo Lenz… a UEFA spokesman``), nor one
    before no such noun and name (``FIFA officials confirmed…``).

    >>> _shouted_opening_word("POP star Lia Venn has wed.", 0, 3, "POP", [0])
    True
    >>> _shouted_opening_word("BBC presenter Jo Lutz said.", 0, 3, "BBC", [0])
    False
    >>> _shouted_opening_word("FIFA officials met.", 0, 4, "FIFA", [0])
    False
    >>> t = "UEFA delegate Ivo Lenz met. A UEFA spokesman said."
    >>> _shouted_opening_word(t, 0, 4, "UEFA", [0, 28])
    False
    """
    if (
        len(word) < 3
        or not word.isupper()
        or not word.isalpha()
        or _VOWELS.isdisjoint(word[1:])
        or text[end : end + 1] != " "
    ):
        return False
    described = _DESCRIBED_NAME.match(text, end + 1)
    if described is None or described.group(1).casefold() not in cues.PERSON_DESCRIPTIONS:
        return False  # "FIFA officials confirmed…": no one described and named after it
    if starts[bisect_right(starts, start) - 1] != start and text[start - 1 : start] != "\n":
        return False  # not a sentence's first word
    if start and not _first_paragraph(text, start):
        return False  # only the story's first word is shouted so (and read once)
    return re.search(rf"(?<![\w]){re.escape(word)}(?![\w])", text[end:]) is None


# A sentence ending before a space or a line break (the other pattern wants a space).
_ENDED_SENTENCE: Final = re.compile(r"[.!?][\"'”’]?\s")


def _first_paragraph(text: str, start: int) -> bool:
    """True when ``start`` lies past the headline and no sentence of the body ends
    before it (a byline or a time line may come first: they have no full stop)."""
    headline_end = text.find("\n")
    return 0 <= headline_end < start and _ENDED_SENTENCE.search(text, headline_end, start) is None


def _named_again(text: str, start: int, forms: tuple[str, ...]) -> bool:
    """True when one of ``forms`` stands alone as a word anywhere in ``text`` other
    than at ``start`` (the story's first words), as a subject named again does."""
    for form in forms:
        for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
            if not start <= match.start() <= start + len(forms[0]) + 1:
                return True
    return False


def _initials(words: tuple[str, ...]) -> str | None:
    """The acronym an organisation's name gives, or None.

    News names a body in full once and by its letters after (``the Food
    Standards Authority`` … ``an FSA spokesperson``), often without writing
    the letters in brackets; both are one entity. Linking words do not count.

    >>> _initials(("Royal", "Society", "for", "the", "Protection", "of", "Birds"))
    'RSPB'
    >>> _initials(("Kelby", "Rovers")) is None  # two letters of a two-word name: too weak
    True
    """
    letters = "".join(w[0] for w in words if w[:1].isupper())
    if not 3 <= len(letters) <= 5 or not letters.isalpha():
        return None
    return letters


def _kind_initials(words: tuple[str, ...]) -> list[str]:
    """The letters of the body's kind at the end of its name, after the place it serves.

    Rule *a body by the letters of its kind*: ``Stanwick and Vale Integrated Care Board``
    is ``the ICB`` after it, ``Harnley Clinical Commissioning Group`` ``the CCG``: the
    initials of every run of three to five capitalised words ending the name, short of the
    whole (:func:`_initials` gives those). A full name's own letters come first; a kind's
    letters are another body's once that body was named with them first.

    >>> _kind_initials(("Stanwick", "and", "Vale", "Integrated", "Care", "Board"))
    ['VICB', 'ICB']
    >>> _kind_initials(("Food", "Standards", "Authority"))
    []
    """
    capitals = [w[0] for w in words if w[:1].isupper()]
    found: list[str] = []
    for k in range(1, len(capitals)):
        letters = "".join(capitals[k:])
        if 3 <= len(letters) <= 5 and letters.isalpha():
            found.append(letters)
    return found


def _may_stand_for(initials: str, name: str) -> bool:
    """True when ``initials`` may be read as the short form of ``name``: any letters
    but a well-known body's (``cues.KNOWN_ACRONYMS``), which stand for that body only.

    >>> _may_stand_for("NHS", "Northern Heritage Society")
    False
    >>> _may_stand_for("NHS", "National Health Service"), _may_stand_for("PFB", "Pay Board")
    (True, True)
    """
    known = cues.KNOWN_ACRONYMS.get(initials)
    return known is None or known.casefold() == name.casefold()


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


# Rule *a speaker is a name*: the words written before a name that say what the
# person is (honorifics, ranks, offices, occupations, a party to a case) are their
# role, not their name, and so are the letters after it ("MP", "KC"). An honorific is
# dropped even before a bare surname ("Mr Okafor" is Okafor); a title or occupation
# word only before two words or more ("Chef Remy Halvane"), since a lone word after
# it may be the name it is part of. "St" opens saints' names and places, and a place's
# title is part of how its holder is named ("Prince Oren", "Duchess of Ormesby"):
# both stay.
_SPEAKER_HONORIFICS: Final = cues.HONORIFICS - {"st"}
# Courtesy titles, dropped before a bare surname too; a rank's letters there may be a
# given name ("Maj Strandvik" is a florist called Maj).
_BARE_SURNAME_HONORIFICS: Final = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord",
     "lady", "rev", "revd", "reverend", "cllr", "fr", "mdm", "smt", "shri", "sri",
     "madam", "madame", "datuk", "dato", "datin", "tun", "puan", "encik", "haji", "hajjah",
     "hajah", "alhaji", "alh", "alhaja", "hajiya", "mallam", "malam", "pandit", "thiru",
     "comrade", "barr", "nanay", "tatay", "aling", "togbe"}
)  # fmt: skip
# The numbers after a chief's or monarch's name ("Kodzo Ameh IV"), and a son's ("Ivo
# Pell III"): the surname is the word before.
_REGNAL: Final = frozenset({"II", "III", "IV", "V", "VI", "VII", "VIII", "IX"})
# Honorifics that are also a word of places' names after their first word ("Taman Sri
# Melati", "Bandar Seri Alam"): there, part of the place.
_PLACE_STYLES: Final = frozenset({"sri", "seri"})
_TITLE_MODIFIERS: Final = frozenset(
    {"acting", "interim", "senior", "junior", "assistant", "deputy", "vice", "chief",
     "former", "joint", "additional", "principal", "head", "elder"}
)  # fmt: skip
# frozenset(...) of the keys, not ``.keys()``: a frozenset less a dict's keys is a plain
# set at run time, which the compiled build rejects where it expects a frozenset.
_SPEAKER_ROLES: Final = (
    cues.PERSON_ROLES
    | cues.FULL_NAME_RANKS
    | cues.LEADING_PERSON_NOUNS
    | cues.CASE_PARTIES
    | _TITLE_MODIFIERS
) - frozenset(cues.PLACE_TITLES) - cues.GIVEN_NAME_TITLES


@lru_cache(maxsize=1 << 10)
def speaker_name(name: str) -> str | None:
    """``name`` as a speaker: the person's name without the titles written around it.

    Rule *a speaker is a name*: honorifics, ranks, offices and occupation
    words before a name, and letters after it, are the person's role
    (``Apprentice Tilly Tolbeck`` is Tilly Tolbeck, ``Mr Achebe-Ward`` Achebe-Ward,
    ``Ivo Pell MP`` Ivo Pell); a title with no name after it (``Joint
    Commissioner``) names nobody: None. Organisations' names, names joined by
    *and* or *&* (``Mr and Mrs Ash``) and titles of a place are left as written.

    >>> speaker_name("Apprentice Tilly Tolbeck"), speaker_name("Mr Achebe-Ward")
    ('Tilly Tolbeck', 'Achebe-Ward')
    >>> speaker_name("Joint Commissioner") is None, speaker_name("Ava Judge")
    (True, 'Ava Judge')
    >>> speaker_name("Duchess of Ormesby"), speaker_name("Sir Ivo Pell Trust")
    ('Duchess of Ormesby', 'Sir Ivo Pell Trust')
    """
    words = name.split()
    if not words or "and" in words or "&" in words:
        return name
    if words[-1] == "office" and words[-2:-1] and words[-2].endswith(("'s", "’s")):
        return name  # "Deputy Commissioner's office": a post's office, a body's name
    folded = [_fold(word) for word in words]
    roles = _SPEAKER_ROLES
    if all(w in _SPEAKER_HONORIFICS or w in roles for w in folded) or _tiered_office(words):
        return None  # "Joint Commissioner", "Dr", "Provincial Minister": a title, no one's name
    cleaned = _clean(name)
    if cleaned is not None and cleaned[6]:
        return name  # "Judge Business School": an organisation's name
    first = 0
    while first < len(words) - 1 and is_name_word(words[first + 1]):
        word = folded[first]
        if (
            word in cues.STYLE_PAIRS
            and len(words) - first >= 4
            and folded[first + 1] in cues.STYLE_PAIRS[word]
        ):
            first += 2  # "Tan Sri Lim Ah Kow", "Puan Sri Aina Ali": a style of two words
            continue
        if not (
            ((word in _BARE_SURNAME_HONORIFICS or len(words) - first >= 3)
            and (word in _SPEAKER_HONORIFICS or _second_rank(folded, first)))
            or (
                (word in roles or word in cues.FORCE_RANKS)
                and len(words) - first >= 3
                and words[first][:1].isupper()
            )
        ):
            break
        first += 1
    last = len(words)
    if last - first >= 3 and folded[-1] in _AFTER_NAME and words[-1].isupper():
        last -= 1  # "Ivo Pell MP": the seat's letters, after the name
    if first == 0 and last == len(words):
        return name
    at = 0
    for word in words[:first]:
        at = name.index(word, at) + len(word)
    begin = name.index(words[first], at)
    end = name.rindex(words[last - 1]) + len(words[last - 1])
    return name[begin:end]


def _second_rank(folded: Sequence[str], at: int) -> bool:
    """True when ``folded[at]`` is a rank word only after another rank (``cues.SECOND_RANKS``)
    and follows one: ``Det Con Ann Dale``, not ``Con Hurley``.

    >>> _second_rank(["det", "con", "ann", "dale"], 1), _second_rank(["con", "hurley"], 0)
    (True, False)
    """
    return at > 0 and folded[at] in cues.SECOND_RANKS and folded[at - 1] in cues.HONORIFICS


_Cleaned = tuple[int, int, str, tuple[str, ...], frozenset[str], "str | None", bool]


@lru_cache(maxsize=1 << 14)
def _clean(phrase: str) -> _Cleaned | None:
    """:func:`clean_name`'s work, kept: a name recurs through an article."""
    if not phrase or " " in phrase or "\u00a0" in phrase:
        return _clean_words(phrase)
    return _clean_word(phrase)


# One word that is no name on its own: _clean_words strips sentence words and
# dates from both ends and honorifics and titles from the front, but keeps
# "St" when an organisation's name word is in the phrase ("St" itself, then).
_NOT_ALONE: Final = (
    cues.STOPWORDS
    | cues.DATE_WORDS
    | ((cues.HONORIFICS | cues.TITLE_WORDS) - (cues.ORG_NAME_WORDS & {"st"}))
    | cues.COMMON_LETTERS  # "an AI chatbot": no body called AI
) - cues.GIVEN_NAME_TITLES


def _clean_word(word: str) -> _Cleaned | None:
    """:func:`_clean_words` for a phrase of one word, as most are, without its loops."""
    folded = _fold(word)
    if (folded in _NOT_ALONE and folded not in cues.PARTY_NAMES) or not is_name_word(word):
        return None
    org = folded in cues.ORG_NAME_WORDS or folded in cues.PARTY_NAMES or _is_acronym(word)
    roles = frozenset((folded,)) if org and folded in cues.ORG_ROLES else frozenset()
    return 0, len(word), word, (word,), roles, None, org


# Words that end an institution's name ("Home Office", "Green Party").
_BODY_WORDS: Final = cues.ORG_ROLES | cues.ORG_NAME_WORDS
# A country's letters before one more word name a national body, not a title before a
# name: "UK Finance", "UK Athletics", "US Soccer" (but "US Senator" is a title).
_NATIONAL: Final = frozenset({"uk", "us", "eu"})


# The grade of a rank that ends in "Class": "Sgt 1st Class", "Petty Officer Second Class".
_CLASS_ORDINALS: Final = frozenset({"first", "second", "third"})


def _body_word(word: str) -> bool:
    """True for a word that heads an institution's name, in the plural too (``Hospitals``).

    >>> _body_word("council"), _body_word("hospitals"), _body_word("ruiz")
    (True, True, False)
    """
    return word in _BODY_WORDS or (word.endswith("s") and word[:-1] in _BODY_WORDS)


# Rule *a body's local chapter*: after a county's or district's name, letters in capitals
# are a body's acronym ("the Quenbury County ACVR", "the Orrick Parish TVCA"), never a
# tabloid's shouted verb.
_CHAPTER_PLACES: Final = frozenset({"county", "district", "borough", "province", "parish"})
# Nouns of a place before "of" and its name: "the emirate of Dar Kellam", "the town of
# Ossery" (not "state": "the state of Ana Ruiz's health").
_PLACE_OF: Final = frozenset(
    {"emirate", "sultanate", "kingdom", "city", "town", "village", "province", "island",
     "islands", "republic", "municipality", "borough", "county"}
)  # fmt: skip


def _place_of(text: str, of: int) -> bool:
    """True when the word before ``of`` at ``of`` is a noun of a place (``the town of``).

    >>> _place_of("the emirate of Dar Kellam", 12), _place_of("the chief of Ana", 10)
    (True, False)
    """
    before = text[max(0, of - 14) : of].split()
    return bool(before) and before[-1].casefold() in _PLACE_OF


def _clean_words(phrase: str) -> _Cleaned | None:
    tokens = word_spans(phrase)
    folded_all = [_fold(t[0]) for t in tokens]
    if (
        len(tokens) == 2
        and folded_all[0] in _NATIONAL
        and tokens[0][0].isupper()
        and folded_all[1] not in cues.PERSON_ROLES
        and is_name_word(tokens[1][0])
        and not tokens[1][0].endswith(("'s", "’s"))
    ):
        return 0, tokens[1][2], phrase[: tokens[1][2]], (tokens[0][0], tokens[1][0]), (
            frozenset()
        ), None, True
    roles: set[str] = set()
    gender: str | None = None
    first = 0
    saint = not cues.ORG_NAME_WORDS.isdisjoint(folded_all)
    described_org = False
    if len(tokens) >= 2 and folded_all[0] in cues.LEADING_ORG_ROLES:
        # "Toymaker Brindle", "Organisers of the Kelby Fair": a role noun, then the name.
        roles.add(folded_all[0])
        described_org = True
        first = 1
    while first < len(tokens):
        word = folded_all[first]
        if word == "st" and saint:
            break  # "St Columba's Hospital": a saint's name, not an honorific
        if (
            saint
            and word in cues.HONORIFICS
            and folded_all[-1] in cues.ORG_NAME_WORDS
            and len(tokens) - first >= 3
        ):
            break  # "the Sir Tam Brodie Trust": the honorific is in the body's name
        if (
            word in cues.CLERGY_STYLES
            and first + 1 < len(tokens)
            and folded_all[first + 1] in cues.REVERENDS
        ):
            roles.add(cues.CLERGY_STYLES[word])  # "The Rt Rev Ann Dale": a bishop
            first += 1
            continue
        if (
            word in cues.STYLE_PAIRS
            and first + 2 < len(tokens)
            and folded_all[first + 1] in cues.STYLE_PAIRS[word]
            and tokens[first][0][:1].isupper()
        ):
            # "Tan Sri Lim Ah Kow", "Datuk Seri Wan Aziz": a style of two words
            gender = gender or cues.STYLE_PAIR_GENDERS.get(word)
            first += 2
            continue
        if word in cues.HONORIFICS or _second_rank(folded_all, first):
            if word in cues.HONORIFIC_ROLES:
                roles.add(cues.HONORIFIC_ROLES[word])
            if word in cues.MALE_HONORIFICS:
                gender = "m"
            elif word in cues.FEMALE_HONORIFICS:
                gender = "f"
        elif word in cues.TITLE_WORDS and word not in cues.GIVEN_NAME_TITLES:
            if (
                word in cues.PLACE_TITLES
                and first + 2 < len(tokens)
                and folded_all[first + 1] == "of"
                and tokens[first][0][:1].isupper()
            ):
                # Rule *a title of a place is a name*: "the Duchess of Arnvale" is one
                # person, styled so, not a title before someone called "of Arnvale".
                roles.add(word)
                gender = gender or cues.PLACE_TITLES[word]
                break
            if (
                word in cues.PLACE_FIRST_WORDS
                and first + 1 < len(tokens)
                and folded_all[first + 1] not in cues.TITLE_WORDS
                and folded_all[first + 1] not in cues.PERSON_ROLES
            ):
                break  # "New Zealand", "New Harlow City": a place's name, not "new boss"
            if word == "father" and tokens[first][0] == "Father":
                roles.add("priest")  # "Father Ruairi Fennell": a priest's title, as "Fr"
                gender = "m"
            elif word in cues.PERSON_ROLES:
                roles.add(word)
                gender = gender or cues.role_gender(word)  # "Chairwoman Ada Pell"
        elif (
            len(tokens) - first >= 3
            and (word == "class" or (word in _CLASS_ORDINALS and folded_all[first + 1] == "class"))
            and not saint
        ):
            pass  # "Sgt 1st Class Ivo Dean", "Private First Class Ana Ruiz": a rank's end
        elif "-of-" in word and cues.is_descriptor(word):
            gender = gender or cues.descriptor_gender(word)  # "Mother-of-two Ann Reid"
        elif (
            (
                word in cues.LEADING_PERSON_NOUNS
                or word in cues.PERSON_DESCRIPTIONS
                or cues.is_descriptor(tokens[first][0], before_name=True)  # "Welshman Gareth Prowe"
            )
            and len(tokens) - first >= 3
            and not saint  # "Local Government Association", "Student Loans Company"
        ):
            # "Passenger Chloe Fenwick", "Model Saskia Vandermeer": what they are
            gender = gender or cues.role_gender(word)  # "Actress Yara Dunn"
        elif (
            len(tokens) - first >= 3  # first: most names are two words
            and not saint  # "Marine Conservation Society", "Methodist Central Hall"
            and (
                word in cues.FULL_NAME_RANKS
                or word in cues.FORCE_RANKS
                or cues.trade_shaped(word)
            )
        ):
            roles.add(word)  # "Major Ann Coe", "Violist Tom Rye": a title before a full name
        elif (
            word in cues.MOODS
            and first == 0
            and len(tokens) >= 2
            and (
                tokens[0][0][1:].islower()
                or (tokens[0][0].isupper() and not tokens[1][0].isupper())
            )
            and not saint
        ):
            # "Fuming Jo", "Tearful Poppy Ravensworth": a tabloid's mood, not a name; so
            # is the story's opening word shouted before a name in mixed case ("FUMING Jo
            # Reid tore into…"), not in a headline of capitals ("ANGRY FANS").
            pass
        elif cues.people_plural(word) and len(tokens) - first >= 2 and not saint:
            pass  # "Owners Hana and Rob Pell": a plural of people is never in a name
        elif word == "emeritus" and roles and len(tokens) - first >= 2:
            pass  # "Bishop Emeritus Aldo Ferrante": the title he retired from, not his name
        elif (
            "-" in word
            and word.rsplit("-", 1)[1][:1].isalpha()
            and tokens[first][0].rsplit("-", 1)[1][:1].islower()
            and len(tokens) - first >= 3
            and not saint
        ):
            pass  # "Oscar-winner Clive Redmond", "Grammy-nominated Ana Ruiz": a description
        elif word not in cues.STOPWORDS and word not in cues.DATE_WORDS:
            break
        first += 1
    if (
        (0 < first < len(tokens) and all(_body_word(w) for w in folded_all[first:]))
        or (first == len(tokens) >= 2 and folded_all[-1] in _BODY_WORDS)
        or (first == len(tokens) == 1 and folded_all[0] in cues.PARTY_NAMES)
    ):
        # "Home Office", "Justice Department": title words naming an institution,
        # not a title before a name; so are title words alone when the last one
        # names a body ("Green Party", "Labour Party", "State Police").
        while folded_all[first - 1] in cues.TITLE_WORDS and first > 0:
            first -= 1
            described_org = True
    elif 0 < first < len(tokens) - 1 and any(_body_word(w) for w in folded_all[first:]):
        # Rule *a portfolio opens a body's name*: "the Health Protection Agency", "Defence
        # Equipment Agency" keep the word a minister's title would lose ("Health Secretary
        # Ana Ruiz"); only portfolios go back, not "former" or "chief".
        while first > 0 and folded_all[first - 1] in cues.MINISTRY_PORTFOLIOS:
            first -= 1
            described_org = described_org or _body_word(folded_all[-1])
    # A descriptor before a later title: "Local MP Daniel Okoro", "Acme chief Jo Lee",
    # "Senate Majority Leader Ana Ruiz". Not inside an organisation's name ("Leeds
    # City Council", "General Motors"): no organisation word may follow the title.
    for i in range(len(tokens) - 2, first, -1):
        if saint and not cues.ORG_NAME_WORDS.isdisjoint(folded_all[i + 1 :]):
            break
        word = folded_all[i]
        if word in _PLACE_STYLES and folded_all[i - 1] in cues.PLACE_FIRST_WORDS:
            continue  # "Taman Sri Melati", "Bandar Seri Alam": the place's own word
        if word in cues.HONORIFICS or (word in cues.PERSON_ROLES and word != "general"):
            if word in cues.PERSON_ROLES:
                roles.add(word)
            elif word in cues.HONORIFIC_ROLES and not cues.PERSON_ROLES.intersection(
                folded_all[first:i]
            ):
                # "Laguna Sur Gov. Ramon Tabora", "Ohio Sen. Ana Ruiz": a place before
                # the abbreviated title; the title still gives the role ("the governor")
                roles.add(cues.HONORIFIC_ROLES[word])
            elif i - 1 > first and folded_all[i - 1] in cues.PERSON_ROLES:
                # "Hollis County Schools Superintendent Dr. Renee Pak": the title
                # before the honorific is hers, so "the superintendent" finds her.
                roles.add(folded_all[i - 1])
            # "Public Works Minister Mrs Ada Pell": the honorific still says her gender
            gender = _honorific_gender(word) or gender
            first = i + 1
            break
    # Particles cannot start a name, and a trailing date or stopword is not part of it.
    last = len(tokens)
    if last - first >= 3 and (
        folded_all[-1] in cues.POSTNOMINALS or folded_all[-1] in _SEAT_LETTERS
    ):
        last -= 1  # "Alistair Mowbray KC", "Oliver Grantham MP": letters after the name
        if folded_all[-1] in _SEAT_LETTERS:
            roles.add(folded_all[-1])
    if (
        last - first >= 2
        and len(tokens[last - 1][0]) >= 4
        and tokens[last - 1][0].isupper()
        and not tokens[last - 2][0].isupper()
        and folded_all[last - 2] not in _CHAPTER_PLACES
    ):
        last -= 1  # "Mia and Rory SPLIT": a tabloid's shouted verb, not a surname
    while last > first and (
        folded_all[last - 1] in cues.DATE_WORDS
        or (
            folded_all[last - 1] in cues.STOPWORDS
            # "Kelby Citizens’ Watch": a body's head after a plural possessive is its name
            and not (last - 1 > first and tokens[last - 2][0].endswith(("s'", "s’")))
        )
        or not is_name_word(tokens[last - 1][0])
    ):
        last -= 1
    while first < last and (
        not is_name_word(tokens[first][0].removeprefix("("))
        or _RETIRED_MARK.fullmatch(tokens[first][0]) is not None  # "Lt Col (Ret.) Ada Marr"
    ):
        first += 1
    if first >= last or (last - first == 1 and folded_all[first] in cues.COMMON_LETTERS):
        return None  # nothing left, or letters that are a common noun ("an AI chatbot")
    folded = folded_all[first:last]
    if "(" in phrase:
        # "Lord (Peter) Hensley" → "Peter Hensley"; "Thomas (Tom) Baines" → "Thomas Baines".
        tokens = tokens[: first + 1] + [t for t in tokens[first + 1 : last] if t[0][0] != "("]
        if tokens[first][0][0] == "(":
            word, s, e = tokens[first]
            tokens[first] = (word[1:-1], s, e)
        last = len(tokens)
        folded = [_fold(t[0]) for t in tokens[first:last]]
    styled = False
    if (
        last - first == 1
        and first > 0
        and folded_all[first - 1] in cues.HONORIFICS
        and not tokens[first][0].endswith(".")
    ):
        first -= 1  # a bare surname keeps its honorific: "Mr Hale", "Dr Haddad"
        folded.insert(0, folded_all[first])
        styled = True
    kept = tokens[first:last]
    words = tuple(t[0] for t in kept)
    org = (
        described_org
        or not cues.ORG_NAME_WORDS.isdisjoint(folded)
        or _trade_named(folded)
        or (len(folded) >= 2 and folded[-1] == "district" and folded[-2] in cues.DISTRICT_SERVICES)
        or (
            len(words) <= 2
            # a post's letters kept before a bare surname are no acronym: "CP Danmusa"
            and any(_is_acronym(w) for w in (words[1:] if styled else words))
            and not _personal_initials(words)
            # "KATIE HOLLOWAY": a tabloid's capitals, not an acronym
            and not (len(words) == 2 and all(w.isupper() for w in words))
        )
    )
    if org:
        roles.update(w for w in folded if w in cues.ORG_ROLES)
    start, end = kept[0][1], kept[-1][2]
    name = " ".join(words) if "(" in phrase[start:end] else phrase[start:end]
    return start, end, name, words, frozenset(roles), gender, org


# Second words of the countries whose names open with "United", a word of clubs' names
# ("Kelby United"): "United States", "United Kingdom", "United Arab Emirates" are places,
# so "the carmaker" or "the company" never resolves to one ("United Nations" is a body).
_UNITED_PLACES: Final = frozenset({"States", "Kingdom", "Arab", "Republic", "Provinces"})


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

    A sentence starts after ``.``, ``!`` or ``?`` (and any closing quote marks
    or brackets) and spaces, before a capital or a digit; a full stop after an
    honorific or an initial does not end a sentence. Every line starts one too.

    >>> sentence_starts("Dr. Amal Haddad spoke. Then she left.\\nNew paragraph.")
    [0, 23, 38]
    """
    if not ascii_letters(text):
        return _sentence_starts_any(text)
    starts = [0]
    starts += _stop_ends(text)
    for mark, pattern in _ASCII_MARK_ENDS:
        if mark in text:
            starts += [m.end() for m in pattern.finditer(text)]
    starts += _line_starts(text)
    # Sentence ends follow a space and line starts a newline: no duplicates.
    starts.sort()
    return starts


# The honorifics of _ASCII_STOP_END's look-behinds, as _stop_ends reads them.
_STOPPED_ASCII: Final = frozenset(
    word for word in _STOPPED_TITLES if word.isascii() and word.isalpha() and len(word) <= 12
)
_ASCII_CLOSERS: Final = frozenset("\"”’')]")
_ASCII_OPENERS: Final = frozenset("\"“‘'([")


def _stop_ends(text: str) -> list[int]:
    """The ends of ``_ASCII_STOP_END.finditer(text)``, for text whose letters are ASCII.

    ``text.find`` jumps from full stop to full stop, and the pattern's checks
    are read off the characters around each: closing marks, spaces, then a
    capital or a digit (perhaps after an opening mark) after it; before it,
    not an initial and not an honorific (up to 12 letters back, as the
    look-behinds read). The pattern's scan cost about 70k instructions more
    per generated article (compiled, callgrind).

    >>> _stop_ends("Dr. Amal Haddad spoke. Then J. Lee left.”  (Next)")
    [23, 43]
    """
    found: list[int] = []
    size = len(text)
    at = text.find(".")
    while at >= 0:
        end = _past_stop(text, at)
        following = end + 1 if 0 < end < size and text[end] in _ASCII_OPENERS else end
        if (
            end > 0
            and following < size
            and ("A" <= text[following] <= "Z" or "0" <= text[following] <= "9")
            and not _stopped_word(text, at)
        ):
            found.append(end)
        at = text.find(".", at + 1)
    return found


def _past_stop(text: str, at: int) -> int:
    """Where a sentence's end at ``text[at]`` (a stop) is left: past the closing marks
    and the spaces after it, as ``_SENTENCE_END`` reads them; -1 when no space follows."""
    size = len(text)
    end = at + 1
    while end < size and text[end] in _ASCII_CLOSERS:
        end += 1
    spaces = end
    while end < size and (text[end] == " " or text[end] == "\u00a0"):
        end += 1
    return end if end > spaces else -1


def _sentence_ends(text: str) -> list[tuple[int, int]]:
    """The spans of ``_SENTENCE_END.finditer(text)``, found by ``text.find``.

    The pattern opens with a choice of characters, which the engine tests at
    every character of the text; each stop found by ``text.find`` is checked
    in place instead (:func:`_past_stop`). Its matches never overlap: what
    follows a stop is closing marks and spaces.

    >>> _sentence_ends("Yes! No.” Why?  Ok.")
    [(3, 5), (7, 10), (13, 16)]
    """
    found: list[tuple[int, int]] = []
    for stop in ".!?":
        at = text.find(stop)
        while at >= 0:
            end = _past_stop(text, at)
            if end > 0:
                found.append((at, end))
            at = text.find(stop, at + 1)
    found.sort()
    return found


def _stopped_word(text: str, stop: int) -> bool:
    """True when the letters before the full stop at ``stop`` are an initial or an
    honorific (``_ASCII_STOP_END``'s look-behinds: at most 12 letters are read)."""
    k = stop
    while k > 0 and stop - k < 12 and text[k - 1] in _ASCII_LETTERS:
        k -= 1
    if stop - k == 1:
        return "A" <= text[k] <= "Z" or text[k].lower() in _STOPPED_ASCII
    return k < stop and text[k:stop].lower() in _STOPPED_ASCII


def _line_starts(text: str) -> list[int]:
    """Where each line after the first starts: past each ``"\\n"``.

    Found by text.find (compiled, a native call): splitting the text into lines
    and summing their lengths took about 26k instructions more per generated
    article.

    >>> _line_starts("One.\\nTwo.\\n")
    [5, 10]
    """
    found: list[int] = []
    at = text.find("\n")
    while at >= 0:
        at += 1
        found.append(at)
        at = text.find("\n", at)
    return found


def _sentence_starts_any(text: str) -> list[int]:
    """:func:`sentence_starts` for any text, checking each candidate end in Python."""
    starts = [0]
    n = len(text)
    # The sentence ends and line starts found by text.find, not by the patterns'
    # scans (compiled, on text with letters outside ASCII, as real news has).
    for stop, end in _sentence_ends(text):
        if end >= n:
            continue
        following = text[end]
        if following in "\"“‘'([" and end + 1 < n:
            following = text[end + 1]
        if not (following.isupper() or following.isdigit()):
            continue
        if text[stop] == ".":
            j = k = stop
            while j > 0 and k - j < 12 and text[j - 1].isalpha():
                j -= 1
            word = text[j:k]
            if word and (word.casefold() in _STOPPED_TITLES or (len(word) == 1 and word.isupper())):
                continue
        starts.append(end)
    newlines = _line_starts(text)
    if newlines:
        # No duplicates to drop: a sentence start follows a space, a line start a newline.
        starts += newlines
        starts.sort()
    return starts


# Rule *a club's short name is the club*: the last words of a club's name that news
# uses alone ("Rovers said", "a United spokesperson"), standing for that club before any
# longer body they open as a modifier ("the United Supporters' Trust").
_CLUB_TAILS: Final = frozenset({"rovers", "united", "athletic", "wanderers"})


class NameIndex:
    """The name forms seen so far, for expanding surnames and short forms.

    ``Ruiz`` → the latest earlier full name ending in ``Ruiz``; ``Northwind``
    → the latest earlier organisation name starting with ``Northwind``; failing
    both, ``Tom`` (as in ``Sir Tom``) → the latest earlier person named ``Tom …``.
    """

    __slots__ = (
        "_by_first",
        "_by_given",
        "_by_head",
        "_by_initials",
        "_by_last",
        "_by_lead",
        "_by_tail",
        "_org_tails",
        "_surnamed",
        "gender",
        "known",
        "orgs",
        "persons",
        "roles",
        "styled",
    )

    def __init__(self) -> None:
        self._by_last: dict[str, str] = {}
        self._by_first: dict[str, str] = {}
        self._by_given: dict[str, str] = {}
        self._by_tail: dict[str, str] = {}
        # a person's first two words, as Malaysian papers name "Wan Azmir Wan Hashim" again
        self._by_lead: dict[str, str] = {}
        # an organisation's name without its kind word: "Halden Seas" → "Halden Seas Cruises"
        self._by_head: dict[str, str] = {}
        self._by_initials: dict[str, str] = {}
        # each organisation of several words by its last word: "Kestrels" → "Marlow Kestrels"
        self._org_tails: dict[str, list[str]] = {}
        self._surnamed: dict[str, list[str]] = {}
        self.persons: set[str] = set()
        self.orgs: set[str] = set()
        self.known: set[str] = set()
        self.gender: dict[str, str] = {}
        self.roles: dict[str, set[str]] = {}
        # names styled by a title of a place ("Bishop of Tolworth") and that title
        self.styled: dict[str, str] = {}

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
                first = self._by_first.get(words[0])
                if first is None or first.split()[-1] != words[0]:
                    # "United" stays "Harlow United", the club, after "United Supporters'
                    # Trust" (rule *a club's short name is the club*)
                    self._by_first[words[0]] = name
                if _fold(words[-1]) in _CLUB_TAILS:
                    # kept with the first words, so expanding a short form costs no extra
                    # look-up: "United" → "Harlow United"
                    self._by_first[words[-1]] = name
                tails = self._org_tails.setdefault(words[-1], [])
                if name not in tails:
                    tails.append(name)
                initials = _initials(words)
                if initials is not None and _may_stand_for(initials, name):
                    self._by_initials[initials] = name
                for kind in _kind_initials(words):
                    if _may_stand_for(kind, name):
                        self._by_initials.setdefault(kind, name)
                if len(words) >= 4 and (" of " in name or " for " in name):
                    head = _body_head(name)
                    if head != words[0] and _fold(head) == "chamber":
                        # "the Tolvard Chamber of Commerce", then "the Chamber said":
                        # that body (a council, an institute are role nouns: "the
                        # Institute said" finds its body by kind), unless two were named
                        known = self._by_first.get(head)
                        run_on = known is None or name.startswith(known)  # its longer form
                        self._by_first[head] = name if run_on else ""
                if len(words) >= 3 and _fold(words[-1]) in cues.ORG_NAME_WORDS:
                    # Rule *a firm's short name drops its kind*: "Halden Seas Cruises",
                    # then "Halden Seas disputed the finding" is the same firm.
                    self._by_head[" ".join(words[:-1])] = name
            else:
                same = self._surnamed.setdefault(words[-1], [])
                if not (
                    any(other != name for other in same)
                    and any(cues.family_gender(role) is not None for role in roles)
                ):
                    # Rule *a relative does not take the surname*: after "Solly Abara"
                    # and "his wife, Corinne Abara", a lone "Abara" is still Solly.
                    self._by_last[words[-1]] = name
                if not same or same[-1] != name:
                    same.append(name)  # "Walter Greer", then "his granddaughter Leah Greer"
                if len(words) >= 3 and words[-1] in _REGNAL and words[-2] not in self._by_last:
                    # Rule *a regnal number is no surname*: "Kodzo Ameh IV", a chief, then
                    # "Togbe Ameh said" is the same person
                    self._by_last[words[-2]] = name
                    self._surnamed.setdefault(words[-2], []).append(name)
                if "-" in words[-1] and _romanised_given(words[-2], words[-1]):
                    # "Yvonne Kwok Mei-ling", "Leung Chi-keung": the surname before the
                    # given name is what "Kwok said" and "Mr Leung" write
                    self._by_last[words[-2]] = name
                    self._surnamed.setdefault(words[-2], []).append(name)
                if _fold(words[0]) not in cues.HONORIFICS and not words[0].endswith("."):
                    self._by_given[words[0]] = name
                for k in range(1, len(words) - 1):
                    # "Diego Fernández Ruiz" → "Fernández Ruiz", "Niamh Ó Briain" → "Ó
                    # Briain", "Thiago Alves da Silva" → "Alves da Silva"
                    self._by_tail[" ".join(words[k:])] = name
                if len(words) >= 3 and _fold(words[0]) not in cues.HONORIFICS:
                    # Rule *a Malay name's given names*: "Wan Azmir Wan Hashim", "Siti
                    # Aishah Ibrahim", then "said Wan Azmir", "Siti Aishah added": the
                    # person's given names, written without the father's name
                    self._by_lead[" ".join(words[:2])] = name
                if name.isupper():
                    # "KATIE HOLLOWAY" in a tabloid's capitals, then "Katie", "Holloway"
                    self._by_last[words[-1].capitalize()] = name
                    self._by_given[words[0].capitalize()] = name

    def surname_holder(self, word: str) -> str | None:
        """The one person the article names in full with surname ``word``, or None
        (nobody, or two people of that surname)."""
        same = self._surnamed.get(word)
        if same is None or len(same) != 1 or same[0] not in self.persons:
            return None
        return same[0]

    def org_ending(self, word: str) -> str | None:
        """The one organisation of several words the article names ending in ``word``,
        or None (none, or two of them: ``Ordwick Ravens`` and ``Penhale Ravens``).

        Rule *a spokesperson's body by its short name*: ``Marlow Kestrels`` then ``a
        Kestrels spokesperson`` speaks for Marlow Kestrels, as the article named it.
        """
        same = self._org_tails.get(word)
        if same is None or len(same) != 1:
            return None
        return same[0]

    def add_bracketed(self, name: str, words: tuple[str, ...], after: str) -> None:
        """Letters printed in brackets right after an organisation's name (``after``
        the name) are that name's, a well-known acronym's too: ``the Northern
        Heritage Society (NHS)`` … ``an NHS spokeswoman`` is the society."""
        initials = _initials(words)
        if initials is not None and after.startswith(f" ({initials})"):
            self._by_initials[initials] = name

    def _of_gender(self, full: str, surname: str, honorific: str) -> str | None:
        """``full`` (the latest full name ending in ``surname``), or when the honorific
        says another gender, the latest earlier one of that gender: ``Mr Greer`` after
        ``Walter Greer`` and ``his granddaughter Leah Greer`` is Walter Greer. None when
        every one of them is of the other gender.

        Rule *a couple's honorific picks neither*: when the latest is of no known
        gender and another of that surname fits as well (``retired couple Bertram and
        Hilde Quennell`` then ``Mr Quennell``), only one known to be of that gender is
        taken, else None — the name stays as written rather than the wrong partner.
        """
        wanted = _honorific_gender(honorific)
        if wanted is None:
            return full  # the common case
        known = self.gender.get(full)
        if known == wanted:
            return full
        fitting: list[str] = [
            other
            for other in self._surnamed.get(surname, ())
            if self.gender.get(other, wanted) == wanted
        ]
        if known is None and len(fitting) < 2:
            return full
        sure: list[str] = [other for other in fitting if self.gender.get(other) == wanted]
        if sure:
            return sure[-1]
        if known is None:
            # Rule *a couple's given names say who is Mrs*: "Bernadette and Alan Shipley"
            # then "Mrs Shipley" is Bernadette, by the one given name of that gender.
            named: list[str] = [
                other
                for other in fitting
                if cues.given_name_gender(other.split()[0]) == wanted
            ]
            if len(named) == 1:
                return named[0]
        # one other of that gender; of two (a couple named after "Mr Marrick" was
        # written), neither: the name stays as written
        return fitting[0] if known is not None and len(fitting) == 1 else None

    def shouted(self, word: str) -> str | None:
        """The person a surname in capitals stands for, or None.

        A transcript's speaker label (``VALKOVA: “…”``) writes in capitals a
        surname the article also writes in title case; ``BBC`` matches no one.
        Not a given name: a dateline's town in capitals (``VARDAL, Norway``)
        may open the name of an event (``the Vardal Open``).
        """
        if len(word) < 2 or not word.isupper():
            return None
        return self._by_last.get(word.capitalize())

    def expand(self, name: str, words: tuple[str, ...]) -> str:
        """The fullest earlier form of a name, or the name itself."""
        if len(words) == 1:
            word = words[0]
            return (
                self._by_last.get(word)
                or self._by_first.get(word)
                or self._by_given.get(word)
                or self._by_initials.get(word)
                or self.shouted(word)
                or name
            )
        if len(words) == 2 and _fold(words[0]) in cues.HONORIFICS:
            # "Mr Hale" after "Tom Hale"; "Sir Tom" after "Tom Baines".
            full = self._by_last.get(words[1])
            if full is not None:
                full = self._of_gender(full, words[1], _fold(words[0]))
            full = full or self._by_given.get(words[1])
            return full if full is not None and full != name else name
        if len(words) == 2 and words[0].endswith("."):
            full = self._by_last.get(words[-1])
            if full is not None and full.startswith(words[0][0]):
                return full
        if self._by_head:
            full = self._by_head.get(" ".join(words))
            if full is not None:
                return full
        if self._by_tail:
            # a double surname or a surname with its particle, after the full name;
            # "De Vries" after "Kees de Vries"
            full = self._by_tail.get(" ".join(words)) or self._by_tail.get(
                " ".join((words[0].lower(), *words[1:]))
            )
            if full is not None:
                return full
        if len(words) == 2 and self._by_lead:
            return self._by_lead.get(" ".join(words)) or name
        return name


def _honorific_gender(honorific: str) -> str | None:
    if honorific in cues.MALE_HONORIFICS:
        return "m"
    return "f" if honorific in cues.FEMALE_HONORIFICS else None


def _operated_before(text: str, role: tuple[str, int, int, bool] | None) -> bool:
    """True when the word before ``role`` (a role of people and firms alike) names
    what a business runs: ``Ferry operator`` (see ``cues.OPERATED_THINGS``).

    >>> t = "Ferry operator Brandle Lines"
    >>> _operated_before(t, _previous_word(t, 15)), _operated_before("Crane operator Tom", None)
    (True, False)
    """
    if role is None:
        return False
    before = _previous_word(text, role[1])
    return before is not None and not before[3] and before[0].casefold() in cues.OPERATED_THINGS


# A person's office and "of (the)" before a body's noun: "chairman of the board".
# Bodies that no name follows in apposition ("the council Ann Rudd" is no council's
# name, while "the firm Kelby Preserves" or "the club Ashby Rovers" is the body's).
_OFFICERS_BODIES: Final = frozenset({"board", "committee", "council", "trust", "commission"})
_OFFICER_OF: Final = regex.compile(
    r"(?r)(?<![\p{L}\-])(\p{L}+)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?\Z"
)


def _officer_of(text: str, at: int) -> str | None:
    """Rule *an officer of a body*: the office before ``of the`` and the body's noun at
    ``at``, which then names the body the person holds it in, not the person.

    ``chairman of the board Tom Ash`` is the board's chairman, a person (a body that
    takes its name after its noun, ``owner of the firm Kelby Preserves``, is never asked);
    a relation (``a fan of the trust``) is no office.

    >>> text = "chairperson of the board Fr Colm Brennan"
    >>> _officer_of(text, text.index("board"))
    'chairperson'
    >>> text = "a lifelong fan of the trust Ann Rudd"
    >>> _officer_of(text, text.index("trust")) is None
    True
    """
    found = _OFFICER_OF.search(text, max(0, at - 40), at)
    if found is None:
        return None
    word = found.group(1).casefold()  # "Chair of the trust Ann Rudd said"
    return word if word in cues.PERSON_ROLES and word not in cues.PRIVATE_ROLES else None


# Rule *a retired trade is a person's*: "retired postal carrier Walter Ingersoll", "a
# retired shop owner", "71-year-old pharmacy worker": "retired" or an age up to two
# words before a role that a business may bear makes the name after it a person.
_RETIRED_BEFORE: Final = regex.compile(
    r"(?<![\p{L}\-])(?:[Rr]etired|\d{1,3}-year-old)[ \u00a0]+(?:\p{Ll}[\p{Ll}\-]*[ \u00a0]+)?\Z"
)


def _previous_word(text: str, start: int) -> tuple[str, int, int, bool] | None:
    """The word just before ``start`` as ``_PREVIOUS_WORD`` finds it.

    Returns ``(word, start, end, comma)``: ``end`` is past the comma when one
    follows the word. Plain string work for
    ASCII letters; anything else goes to the pattern, so both always agree.

    >>> _previous_word("said coach, Ana", 12)
    ('coach', 5, 11, True)
    """
    lo = start - 25 if start > 25 else 0  # the builtin max() is slow to call
    spaced = text[lo:start].rstrip(" \u00a0")
    j = lo + len(spaced)
    if j == start:
        return None
    comma = spaced.endswith(",")
    k = j - 1 if comma else j
    # The ASCII letters ending text[lo:k]. When a letter outside ASCII comes just
    # before them the word is longer: the check below sees that letter and hands
    # the search to the pattern.
    m = lo + len(text[lo:k].rstrip(_ASCII_LETTERS))
    edge = m - 1 if m > lo else lo
    if not text[edge:k].isascii() and not ascii_letters(text, edge, k):
        found = _PREVIOUS_WORD.search(text, lo, start)
        if found is None:
            return None
        return found.group(1), found.start(), found.end(2), bool(found.group(2))
    if m == k:
        return None
    return text[m:k], m, j, comma


# "Harlow v. Dent": the parties of a court case are named, but the case speaks not.
_CASE_NEAR: Final = regex.compile(r"[ \u00a0]+(?:v|vs)\.?[ \u00a0]+\p{Lu}")
_CASE_BEFORE: Final = regex.compile(r"(?r)(?:^|[ \u00a0])(?:v|vs)\.?[ \u00a0]+\Z")
# A member's seat after the name ("Oliver Grantham MP"): a role too.
# TD (Ireland), MPP (Ontario), MNA (Quebec, Pakistan), MHA, MLC: the same, elsewhere.
_SEAT_LETTERS: Final = frozenset({"mp", "mep", "msp", "mla", "td", "mpp", "mna", "mha", "mlc"})
# Letters after a name that are no part of it: honours and seats ("Ivo Pell MP").
_AFTER_NAME: Final = cues.POSTNOMINALS | _SEAT_LETTERS
# Time zones after a live blog's timestamps ("14.02 GMT"): no one who speaks.
_TIME_ZONES: Final = frozenset(
    {"GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "ET", "PT"}
)
# Rule *a caption's label is no name*: papers set the label of a photo caption in
# capitals before a colon ("PICTURED: …", "PICTURED ABOVE: …", "INSET: …", "TOP LEFT: …");
# the words say where the picture is, not who is in it.
_CAPTION_LABELS: Final = frozenset(
    {"pictured", "above", "below", "left", "right", "inset", "top", "bottom", "centre",
     "center", "far", "main"}
)  # fmt: skip
_EVENT_WORDS: Final = frozenset(
    {"storm", "hurricane", "typhoon", "cyclone", "tropical", "operation"}
)
# ", the retail dashboard" / ", a new app": an appositive naming a thing, not a role.
_THING_AFTER: Final = regex.compile(
    r",[ \u00a0]+(?:the|a|an|its|their)[ \u00a0]+(?:[\p{Ll}\p{N}\-]+[ \u00a0]+){0,3}?"
    r"(?P<noun>dashboard|app|product|platform|device|phone|drug|vaccine|bar|drink|car|model"
    r"|game|film|show|album|song|book|series|tool|software|service|programme|program|ship"
    r"|building|estate|road|river|bridge|scheme|tour|festival|brand|range|line|campaign)"
    r"(?![\p{L}])"
)


def _thing_after(text: str, end: int, stop: int) -> bool:
    """True when an appositive after the name at ``end`` glosses it as a thing
    (:data:`_THING_AFTER`: ``Ossel Pulse, the retail dashboard,``), not when the thing's
    noun only qualifies a person's (``Lakshmi Rao, a software professional,``, ``Ivo
    Marr, a software engineer``): rule *a trade's noun before a person's is no thing*.

    >>> _thing_after("Ossel Pulse, the retail dashboard, was", 11, 40)
    True
    >>> _thing_after("Ana Rao, a software professional who", 7, 36)
    False
    """
    found = _THING_AFTER.match(text, end, stop)
    if found is None:
        return False
    following = text[found.end() : found.end() + 30].split(maxsplit=1)[:1]
    return not following or following[0].strip(",.;:").casefold() not in cues.PERSON_ROLES


# A work's noun right before its title: "her new album Harbour Lights", "That
# album, Harbour Lights, is her third": the title names a thing, never a speaker.
_WORK_NOUNS: Final = frozenset(
    {"album", "single", "song", "film", "movie", "documentary", "series", "sitcom",
     "novel", "memoir", "book", "musical", "podcast", "ep", "mixtape", "exhibition",
     "debut", "novella", "sequel", "opera", "ballet", "poem", "anthology", "collection",
     "ad", "advert", "advertisement", "commercial"}
)  # fmt: skip  (not "play" or "show": verbs before a person, "photos show Ana Ruiz")
# Rule *a ship is no company*: a vessel's noun right before a name ("the passenger vessel
# Sea Verity", "the tanker Cassia Dawn", "cargo ship Morning Halvard") or a ship's prefix
# opening it ("MV Sea Verity") names a ship, in every mention: never a firm that "the
# company" stands for, nor a person who speaks. Its operator is named apart.
_VESSEL_NOUNS: Final = frozenset(
    {"ship", "vessel", "ferry", "tanker", "freighter", "trawler", "yacht", "liner",
     "containership", "bulker", "dredger", "tugboat", "tug", "barge", "cutter", "steamer"}
)  # fmt: skip
_SHIP_PREFIXES: Final = frozenset({"MV", "MS", "MT", "SS", "RMS", "M/V", "FV"})
# Rule *a programme is no person*: the words before a name that make it a show or a
# post one leaves, not someone: "is leaving Brekkie Hour after nine years", "quits Skillet
# Live", "the host of Night Shift", "a presenter on Brunch Club".
_SHOW_LEADS: Final = frozenset(
    {"leaving", "quits", "quitting", "of", "on",
     # a host's verbs in the present: "who now presents Fry Up Friday", "she hosts Night
     # Shift" (not "presented Ana Ruiz with a medal", nor the past "hosted" of a dinner)
     "presents", "presenting", "hosts", "hosting", "fronts", "fronting"}
)  # fmt: skip
# The words after a person one leaves behind: "leaving Ana Ruiz in charge", "as caretaker".
_LEFT_WITH: Final = frozenset({"in", "as", "with", "behind", "to", "alone", "stranded", "without"})
_SHOW_HOSTS: Final = frozenset(
    {"host", "hosts", "co-host", "presenter", "presenters", "co-presenter", "anchor",
     "co-anchor", "star", "stars", "regular", "contestant", "contestants", "panellist",
     "panelist"}
)  # fmt: skip


def _shows_object(text: str, previous: tuple[str, int, int, bool] | None, end: int) -> bool:
    """True when the word ``previous`` (before a name ending at ``end``) makes that name
    a programme or a post left: ``leaving``/``quits`` or a host's verb (``presents``,
    ``hosting``) directly before it (not ``leaving Ana Ruiz in charge``, whom the one
    leaving leaves, nor ``presents Ana Ruiz with``), or ``of``/``on`` after a host's
    noun (``the host of``, ``a presenter on``); never across a comma.

    >>> text = "She is the host of Night Shift."
    >>> _shows_object(text, ("of", 16, 18, False), 30), _shows_object(text, ("is", 4, 6, False), 30)
    (True, False)
    >>> _shows_object("a picture of Ana Ruiz", ("of", 10, 12, False), 21)
    False
    >>> leaving = ("leaving", 0, 7, False)
    >>> _shows_object("leaving Ana Ruiz in charge", leaving, 16)
    False
    >>> _shows_object("leaving Night Shift after nine years", leaving, 19)
    True
    >>> _shows_object("hosts Night Shift on Radio Tarn", ("hosts", 0, 5, False), 17)
    True
    """
    if previous is None or previous[3]:
        return False
    word = previous[0].casefold()
    if word not in _SHOW_LEADS:
        return False
    if word not in ("of", "on"):
        after = text[end : end + 12].split(None, 1)
        return not after or after[0].casefold() not in _LEFT_WITH
    host = _previous_word(text, previous[1])
    return host is not None and not host[3] and host[0].casefold() in _SHOW_HOSTS


_AGE_AFTER: Final = regex.compile(r",[ \u00a0]*\d{1,3}(?![\d.,]\d)")
# Rule *who is a person*: "Bale, who grew up in Hull, started his career" — a relative
# *who* after a lone surname says it is someone (a company or a town takes *which*).
_WHO_AFTER: Final = re.compile(r",[ \u00a0]+who[ \u00a0]")
# ", who lectures in politics at…": the verb of a relative clause right after a name.
_WHO_DOES: Final = re.compile(r",[ \u00a0]+who[ \u00a0]+([a-z]+?)(e?s)[ \u00a0]")


# A sentence's opening participle phrase that ends in the one spoken to: "Speaking to the
# Lookout,", "Talking to reporters at the gate,".
_FRONTED_LISTENER: Final = re.compile(
    r"[\"“‘'(\[]?(?:Speaking|Talking|Writing|Chatting)[ \u00a0]+(?:exclusively[ \u00a0]+)?to"
    r"(?:[ \u00a0]+the)?[ \u00a0]+\Z"
)


def _fronted_listener(text: str, sentence_start: int, at: int) -> bool:
    """True when the name at ``at`` is who the sentence's opening participle speaks to.

    Rule *the one spoken to in a fronted clause has no appositive*: in ``Speaking to the
    Lookout, the mum added:`` the comma closes the opening phrase and ``the mum`` is the
    subject of the sentence, not a role of the Lookout.

    >>> _fronted_listener("Speaking to the Lookout, the mum added", 0, 16)
    True
    >>> _fronted_listener("She spoke to Ana Ruiz, the mayor, on Monday", 0, 13)
    False
    """
    opening = text[sentence_start:at].lstrip(" \u00a0")
    return len(opening) < 50 and _FRONTED_LISTENER.match(opening) is not None


def _given_and_who(text: str, words: Sequence[str], end: int) -> bool:
    """Rule *a given name and a who make a person*: ``Oliver Hill, who runs the bakery,``
    and ``Wendy Parish, 44,`` name people, though *Hill* and *Parish* end places' names:
    a first word that is a known given name (not a place's first word) and a relative
    *who* or an age after the comma. ``Victoria Park, which…`` stays a place.

    >>> _given_and_who("Oliver Hill, who runs it", ["Oliver", "Hill"], 11)
    True
    >>> _given_and_who("Victoria Park, which opens", ["Victoria", "Park"], 13)
    False
    """
    if words[0].casefold() in cues.PLACE_FIRST_WORDS or cues.given_name_gender(words[0]) is None:
        return False
    return _WHO_AFTER.match(text, end) is not None or _AGE_AFTER.match(text, end) is not None


def _relative_doer(text: str, end: int) -> str | None:
    """Rule *what a person does is their role*: ``Dr Ana Pell, who lectures in politics at
    the institute,`` is later ``the lecturer`` — the role noun of the relative clause's verb
    (``cues.PERSON_ROLES``: lectures → lecturer, teaches → teacher, coaches → coach).

    >>> t = "Ana Pell, who lectures in politics, spoke."
    >>> _relative_doer(t, 8), _relative_doer("Ana Pell, who runs a cafe, spoke.", 8)
    ('lecturer', None)
    """
    found = _WHO_DOES.match(text, end, min(len(text), end + 40))
    if found is None:
        return None
    stem, ending = found.group(1), found.group(2)
    full = stem + ending[:-1]  # "lecture", "teach", "coach"
    for noun in (full + "r", full + "er", full, stem, stem + "er"):
        if noun in cues.PERSON_ROLES and noun not in cues.PRIVATE_ROLES:
            return noun
    return None
# Rule *a name someone gave is a person*, one rule for the word after it: "a passenger
# who gave her name only as Marisol", "identified himself only as Kofi", "known only as
# Dee", "who gave only his first name, Tomas,", "identified only by her first name, Lina",
# and the names conflict and crime copy gives sources: "by her call sign, Kestrel", "his
# nom de guerre, Abu Tarik", "his nickname, Moth", "her pseudonym, Ines".
# One word, but the article says it is someone's name, and "his"/"her"/"himself" says
# whose. Either "as" ends the phrase or a first/given name is named ("his first name,
# Tomas"); "his name Tomas" alone is not enough.
_GAVE_NAME_AS: Final = regex.compile(
    r"(?<![\p{L}])(?:(?P<owner>[Hh]is|[Hh]er|[Tt]heir)[ \u00a0]+"
    r"(?:(?:(?:first|given|christian)[ \u00a0]+name|nickname|pseudonym|call[ \u00a0\-]?sign"
    r"|nom[ \u00a0]+de[ \u00a0]+guerre),?(?:[ \u00a0]+only)?(?:[ \u00a0]+as)?"
    r"|name(?:[ \u00a0]+only)?[ \u00a0]+as)"
    r"|(?P<self>him|her|them)sel(?:f|ves)(?:[ \u00a0]+only)?[ \u00a0]+as"
    r"|known[ \u00a0]+only[ \u00a0]+as"
    # "a boy called Kyle", "a woman named Ama": a person introduced by a given name alone
    r"|(?<![\p{L}])(?:[Aa]n?|[Oo]ne)[ \u00a0]+(?P<kind>boy|girl|man|woman|lad|pupil|student|"
    r"teenager|child|youngster|resident|customer|worker|nurse|driver)[ \u00a0]+(?:called|named))"
    r"[ \u00a0]+$"
)
_GAVE_NAME_WORDS: Final = frozenset(
    {"name", "as", "nickname", "pseudonym", "sign", "call-sign", "callsign", "guerre",
     "called", "named"}
)  # fmt: skip
# The gender a noun for someone introduced by a given name gives ("a girl called Ama").
_KIND_GENDER: Final = {"boy": "m", "lad": "m", "man": "m", "girl": "f", "woman": "f"}


def _given_name_gender(text: str, at: int) -> str | None:
    """``"m"``/``"f"``/``""`` when the word at ``at`` is a name someone gave
    (:data:`_GAVE_NAME_AS`; ``""``: a person of no known gender), else None.

    >>> t = "A resident, who gave only his first name, Tomas, said"
    >>> _given_name_gender(t, t.index("Tomas")), _given_name_gender("the name Tomas", 9)
    ('m', None)
    >>> _given_name_gender("a fan known only as Dee", 20)
    ''
    >>> _given_name_gender("a boy called Kyle", 13), _given_name_gender("a firm called Vant", 14)
    ('m', None)
    """
    found = _GAVE_NAME_AS.search(text, max(0, at - 40), at)
    if found is None:
        return None
    kind = found.group("kind")
    if kind is not None:
        return _KIND_GENDER.get(kind, "")  # "a boy called Kyle": a man
    owner = (found.group("owner") or found.group("self") or "").casefold()
    return "f" if owner == "her" else "m" if owner in ("his", "him") else ""


# Rule *a phone-in's caller*: "Dana from Ely" — a lone word, then *from* and a capitalised word.
_FROM_PLACE: Final = regex.compile(r"[ \u00a0]+from[ \u00a0]+(?P<place>\p{Lu}[\p{L}\-]*)")
# ... or where they are and that they rang in: "Dana in Ely rang in", "Rafe from Fenby phoned in"
_RANG_IN: Final = regex.compile(
    r"[ \u00a0]+(?:from|in)[ \u00a0]+\p{Lu}[\p{L}\-]*(?:[ \u00a0]+\p{Lu}[\p{L}\-]*)?,?"
    r"[ \u00a0]+(?:rang|called|phoned|wrote|texted|emailed)[ \u00a0]+in(?![\p{L}])"
)


def _audience_member(text: str, sentence_start: int, start: int, end: int) -> bool:
    """True when the lone word from ``start`` to ``end`` is a caller, listener, reader or
    viewer introduced by a first name and where they are from: ``First caller is Dana from
    Ely``, ``Another listener, Rafe from Coldharbour, said`` — a noun of
    :data:`cues.AUDIENCE_NOUNS` among the four words before it in its sentence, and
    ``from`` and a capitalised word after it (not a month or a day); or, with no such noun,
    where they are and that they rang in: ``Dana in Ely rang in to say``.

    >>> t = "The first caller was Dana from Ely."
    >>> _audience_member(t, 0, 21, 25), _audience_member("Dana from Ely rang.", 0, 0, 4)
    (True, False)
    >>> _audience_member("A reader, Tom from Ely, wrote.", 0, 10, 13)
    True
    >>> _audience_member("Readers in Wales from March pay more.", 0, 11, 16)
    False
    >>> _audience_member("Dana in Ely rang in to say so.", 0, 0, 4)
    True
    """
    if _RANG_IN.match(text, end) is not None:
        return True
    place = _FROM_PLACE.match(text, end)
    if place is None or place.group("place").casefold() in cues.CALENDAR_WORDS:
        return False  # not "Readers in Kelso from March"
    lead = text[max(sentence_start, start - 40) : start].split()[-4:]
    return any(
        word.strip(",:").casefold().rstrip("s") in cues.AUDIENCE_NOUNS for word in lead
    )


_FRONTING_PARTICIPLES: Final = frozenset({"asked", "speaking", "talking", "writing"})
# Rule *a share of the takings is no body*: "Womenswear, which makes up around half of
# revenue, was flat" — a line of business first met glossed by its share of sales is a part
# of the firm, not a firm of its own that "the company" could stand for (a name met before,
# or owned, "Vell, which makes up half of Ardo's sales", keeps what else it is).
_SHARE_OF: Final = regex.compile(
    r",[ \u00a0]+(?:which|that)[ \u00a0]+(?:makes?|made|accounts?|accounted|represents?"
    r"|represented|contributes?|contributed|generates?|generated|brings?|brought)"
    r"[ \u00a0]+(?:up[ \u00a0]+|for[ \u00a0]+|in[ \u00a0]+)?(?:[^.;:!?'’]|\.\d){0,40}?"
    r"\b(?:of|its|the)[ \u00a0]+(?:the[ \u00a0]+)?(?:\p{L}+[ \u00a0]+){0,2}?"
    r"(?:revenue|revenues|sales|turnover|profits?|earnings|income)\b"
)
# Rule *a title runs on to its comma*: capitalised words a name run stopped short of
# ("It" in "the ad, Gift Like You Mean It, depicted") still belong to the title.
_TITLE_TAIL: Final = regex.compile(r"(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’]*){1,3},")


def _titled_apposition(text: str, sentence_start: int, noun_start: int, end: int) -> bool:
    """True when ``the album, Harbour Lights,`` names the album, not a person.

    Not when the noun ends a fronted phrase ("In the film, Tom Hale, 52,
    plays…", "Asked about the new single, Ana Ruiz…": the name is the
    sentence's subject) or when an age follows the name (", 29,").
    """
    if _AGE_AFTER.match(text, end) is not None:
        return False
    lead = text[sentence_start:noun_start].strip(" \u00a0\"“‘([").split()
    if lead and lead[0].casefold() in _FRONTING_PARTICIPLES:
        lead = lead[1:]
    return not (
        lead
        and lead[0].casefold() in cues.PREPOSITIONS
        and len(lead) <= 5
        and all(word.islower() for word in lead[1:])
    )


_MODIFIED_NOUN: Final = regex.compile(r"[ \u00a0]+(?P<noun>\p{Ll}[\p{Ll}\-]*)(?![\p{L}'’])")
_MODIFIED_NOUN_ASCII: Final = ascii_twin(_MODIFIED_NOUN.pattern)


def _noun_after(text: str, end: int, size: int) -> regex.Match[str] | re.Match[str] | None:
    """``_MODIFIED_NOUN.match(text, end, min(size, end + 30))``, found the cheapest way.

    The pattern needs spaces and then a lower-case letter: a name followed by
    a comma, a full stop, a possessive or a capital is ruled out by a look at
    a character or two; on ASCII text its twin on the standard engine finds
    the same match at a fraction of the cost (per generated article,
    compiled: about 9k instructions fewer for the look, 21k more for the twin).
    """
    stop = min(size, end + 30)
    at = end
    while at < stop and (text[at] == " " or text[at] == "\u00a0"):
        at += 1
    if at == end or at >= stop or not text[at].islower():
        return None  # every \p{Ll} letter is lower-case to str.islower
    if text[end:stop].isascii():
        return _MODIFIED_NOUN_ASCII.match(text, end, stop)
    return _MODIFIED_NOUN.match(text, end, stop)


def _cue_after(text: str, end: int, stop: int) -> bool:
    """``_CUE_AFTER.match(text, end, stop) is not None``, found the cheapest way.

    A match is spaces, then a cue whose first two letters are in
    ``cues.CUE_OPENINGS``: a look at those two letters rules out most words without
    running the pattern (compiled, per generated article, measured: about 10k
    instructions fewer).
    """
    at = end
    while at < stop and (text[at] == " " or text[at] == "\u00a0"):
        at += 1
    if at == end or text[at : min(at + 2, stop)] not in cues.CUE_OPENINGS:
        return False
    return _CUE_AFTER.match(text, end, stop) is not None


# "has issued a statement", "released a short update": a body putting out its words.
_ISSUES_AFTER: Final = regex.compile(
    r"[ \u00a0]+(?:(?:has|have|had)[ \u00a0]+)?(?:issued|released|published)[ \u00a0]+"
    r"(?:a|an)[ \u00a0]+(?P<first>\p{Ll}+)(?:[ \u00a0]+(?P<second>\p{Ll}+))?"
)


def _issues_after(text: str, end: int, stop: int) -> bool:
    """True when the words after a name say it issued a document (``Brisby Safari
    Park has issued a statement``): a place issues nothing, its body does.

    >>> _issues_after("Brisby Park has issued a statement.", 11, 35)
    True
    >>> _issues_after("Brisby Park has issued a refund.", 11, 32)
    False
    """
    found = _ISSUES_AFTER.match(text, end, stop)
    # the noun, or the one after an adjective: "a statement about…", "a short statement"
    return found is not None and (
        found.group("first") in cues.DOCUMENT_NOUNS
        or (found.group("second") or "") in cues.DOCUMENT_NOUNS
    )


# A sentence opening on the reporter's own interview, up to the name of whom they spoke
# to: "We've been speaking to ", "I spoke to ", "We have talked with ".
_WE_SPOKE_TO: Final = regex.compile(
    r"(?:We|I)(?:['’]ve|[ \u00a0]+have)?(?:[ \u00a0]+been)?[ \u00a0]+"
    r"(?:(?:spoke|spoken|speaking|talked|talking|caught[ \u00a0]+up)[ \u00a0]+(?:to|with)"
    # rule *whom we put it to answers*: "We put that criticism to ", "I put the claim to "
    r"|put(?:ting)?[ \u00a0]+(?:it|this|that|these|those|the|our)(?:[ \u00a0]+\p{Ll}+)?"
    r"[ \u00a0]+to)[ \u00a0]+"
)

_HEADLINE_REACH: Final = 200  # a headline is one short first line


def _in_shouted_headline(text: str, start: int) -> bool:
    r"""True when ``start`` lies in a first line written all in capitals.

    ``TV STAR'S WEDDING HELL``: a tabloid headline in capitals tells no name
    from an ordinary word, so none of its words is taken for a name.

    >>> _in_shouted_headline("TV STAR'S WEDDING HELL\n\nText.", 3)
    True
    >>> _in_shouted_headline("NHS chief Ana Ruiz quits\n\nText.", 0)
    False
    """
    line_end = text.find("\n", 0, _HEADLINE_REACH)
    if start >= line_end:
        return False
    line = text[:line_end]
    return line.count(" ") >= 2 and not any(c.islower() for c in line)


def _title_case_stranger(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    r"""True for a name in a first line written in Title Case that the story never
    writes again: ``At Corrowby, a Cook Bets the House on Smoke`` capitalises every word,
    so ``Cook Bets`` looks like a name; a name the story is about recurs below it (its
    last word: the surname, the body's head). A run that opens with a speech verb
    (``Boss Admits``, ``Chief Warns``) is the headline's verb, never a name.

    A Title Case line: see :func:`_title_case_line`.

    >>> text = "In Tarrow, a Cook Bets the House on Smoke\n\nIdris Vell smokes fish."
    >>> _title_case_stranger(text, text.index("Bets"), text.index(" the"), ("Bets",))
    True
    >>> text = "In Tarrow, a Cook Bets the House on Smoke\n\nThe cook, Bets Marr, smokes."
    >>> _title_case_stranger(text, text.index("Bets"), text.index(" the"), ("Bets",))
    False
    >>> text = "Cook Bets Marr fined\n\nMarr smokes fish."
    >>> _title_case_stranger(text, text.index("Bets"), text.index(" fined"), ("Bets", "Marr"))
    False
    >>> text = "Cook Bets the House, Wins Prize\n\nIdris Vell smokes fish."
    >>> _title_case_stranger(text, text.index("Cook"), text.index(","), ("Cook", "Bets"))
    True
    >>> text = "Cook Bets the House, Kelby Hears\n\nIdris Vell smokes fish."
    >>> _title_case_stranger(text, text.index("Kelby"), text.index("\n"), ("Kelby", "Hears"))
    True
    >>> text = "Meet the Maker: Bets Marr\n\nThe potter, 29, smokes fish."
    >>> _title_case_stranger(text, text.index("Bets"), text.index("\n"), ("Bets", "Marr"))
    False
    >>> text = "Mill Boss Admits Pay Was Too Low\n\nThe boss, Ida Renn, spoke."
    >>> _title_case_stranger(text, text.index("Admits"), text.index(" Pay"), ("Admits",))
    True
    >>> text = "Tarrow Bakery to Shut Ferne Branch With Loss of Jobs\n\nThe Ferne shop closes."
    >>> _title_case_stranger(text, 17, 44, ("Shut", "Ferne", "Branch", "With", "Loss"))
    True
    """
    # Only a run that reads as a verb: a speech verb ("Boss Admits 'We Got It Wrong'"), or
    # a lower-case article or preposition or a number right after it ("Bets the House",
    # "Shares Crash 19%"), as a name in a Title Case line is followed by its verb; or a run
    # that ends a headline's clause at a comma ("Worker Punched Over Late Order, Court
    # Hears") or makes the whole clause after one ("…, Court Hears"). Looked at first:
    # most names fail it, and the line is then never read.
    speech = words[0].lower() in cues.SPEECH_WORDS
    at_comma = text[end : end + 1] == "," or (
        text[end : end + 2].lstrip(" \r")[:1] == "\n" and text[max(0, start - 2) : start] == ", "
    )
    if not speech and not at_comma:
        following: list[str] = text[end + 1 : end + 6].split(None, 1)
        if (
            text[end : end + 1] != " "
            or not following
            or not (following[0] in TITLE_CASE_SMALL or following[0][:1].isdigit())
        ):
            first = text.find("\n", 0, _HEADLINE_REACH)
            if start >= first or end > first:
                return False
            return _headline_case_stranger(text[:first], start, text[first:], words)
    line_end = _title_case_line(text)
    if start >= line_end or end > line_end:
        return False
    if speech:
        return True
    # A name the story is about recurs below: its last word, the surname or the body's
    # head ("Westmarsh" recurs alone in "Shut Westmarsh Store", so the last word is asked).
    return words[-1] not in text[line_end:]


def _title_case_line(text: str) -> int:
    r"""The end of the first line when it is a headline in Title Case, else -1.

    Four or more words with no sentence end, three or more words of four or more
    letters, each capitalised.

    >>> _title_case_line("A Cook Bets the House on Smoke\n\nText."), _title_case_line("Ana wins.\n")
    (30, -1)
    """
    line_end = text.find("\n", 0, _HEADLINE_REACH)
    if line_end < 0 or text[:line_end].rstrip().endswith((".", "!", "?", ":")):
        return -1  # a sentence, not a headline
    line: list[str] = text[:line_end].split()
    long_words: list[str] = [w for w in line if len(w) >= 4 and w[:1].isalpha()]
    if len(line) < 4 or len(long_words) < 3 or not all(w[:1].isupper() for w in long_words):
        return -1
    return line_end


def _headline_cut(text: str, start: int, end: int, words: tuple[str, ...]) -> int:
    r"""Where a run in a Title Case headline ends as a name: rule *a headline's run is
    cut to the name the story writes*.

    A Title Case headline capitalises its verbs and nouns too, so ``Tessmore & Vine
    Drops Novel After Staff Revolt`` reads as one long name. When the story below
    never writes the whole run but writes its first words as a name (``Vine``,
    ``Harlow Prize`` for ``Harlow Prize Shortlist``), the name is those words; otherwise the
    run's ``end`` is kept (``Meet the Maker: Bets Marr`` over a story that calls her
    the potter).

    >>> text = "Harlow Prize Shortlist: Six Debuts Make the Cut\n\nThe Harlow Prize named six."
    >>> _headline_cut(text, 0, 22, ("Harlow", "Prize", "Shortlist"))
    12
    >>> text = "Meet the Maker: Bets Marr\n\nThe potter, 29, smokes fish."
    >>> _headline_cut(text, 16, 25, ("Bets", "Marr")) == 25
    True
    >>> text = "Tarrow Mills to Shut Kelby Mill\n\nTarrow Mills is to close. The Tarrow site shut."
    >>> _headline_cut(text, 0, 12, ("Tarrow", "Mills"))
    12
    """
    line_end = _title_case_line(text)
    if len(words) < 2 or start >= line_end or end > line_end:
        return end
    body = text[line_end:]
    if _written_as_name(body, text[start:end]):
        return end
    prefix = text[start:end]
    for _ in range(len(words) - 1):
        cut = prefix.rfind(" ")
        if cut <= 0:
            break
        prefix = prefix[:cut].rstrip()
        if _written_as_name(body, prefix):
            return start + len(prefix)
    return end


def _written_as_name(body: str, name: str) -> bool:
    r"""True when ``body`` writes ``name`` as a whole run of words inside a sentence.

    A single word not where a sentence opens, where any word is capitalised
    (``Council approved…`` says nothing of a headline's ``Council Approves``); a run of
    two or more words anywhere, as its later words keep their capitals only in a name
    (``Tarrow Mills is to close…`` writes the headline's ``Tarrow Mills``).

    >>> _written_as_name("\n\nTarrow Mills is to close.", "Tarrow Mills")
    True
    >>> _written_as_name("\n\nCouncil approved it.", "Council")
    False
    """
    several = " " in name
    at = body.find(name)
    while at >= 0:
        after = body[at + len(name) : at + len(name) + 1]
        before = body[max(0, at - 2) : at]
        # not a sentence's first word, unless the run is of several words
        inside = several or before[:1] not in (".", "!", "?", "\n", "")
        if inside and not (after.isalnum() or before[-1:].isalnum()):
            return True
        at = body.find(name, at + 1)
    return False


TITLE_CASE_SMALL: Final = frozenset(
    {"a", "an", "the", "on", "in", "of", "to", "for", "at", "with", "from", "and", "or"}
)
# The small words a headline capitalises with the rest ("Police Arrest Six Over Attack On
# Market Traders", "Premier Pledges $310m Rebuild As Ramping Hits Record").
_HEADLINE_SMALL: Final = TITLE_CASE_SMALL | frozenset({"as", "by", "over", "after", "into", "up"})


def _headline_case_stranger(line: str, start: int, body: str, words: tuple[str, ...]) -> bool:
    r"""Rule *a headline that capitalises every word names no one the story does not*:
    in a first line whose small words are capitalised too (``Premier Pledges $310m Rebuild
    As Ramping Hits Record``), a verb or noun reads as a name (``Pledges``), so a run one
    of whose words the body never writes is no name (``Pledges``, ``Arrest Six Over Attack
    On Oja``); a name the story is about recurs below it, or stands after the line's
    colon as the one the piece is about (``Meet The Maker: Orla Benn``).

    >>> _headline_case_stranger("Premier Pledges $310m Rebuild As Ramping Hits Record", 8,
    ...     "\n\nThe Premier, Ana Ruiz, spoke.", ("Pledges",))
    True
    >>> _headline_case_stranger("Ruiz Pledges $310m Rebuild As Ramping Hits Record", 0,
    ...     "\n\nThe Premier, Ana Ruiz, spoke.", ("Ruiz",))
    False
    >>> _headline_case_stranger("Premier pledges $310m rebuild as ramping hits record", 0,
    ...     "\n\nThe Premier, Ana Ruiz, spoke.", ("Premier",))
    False
    >>> _headline_case_stranger("Meet The Maker: Orla Benn", 16, "\n\nThe potter, 29.",
    ...     ("Orla", "Benn"))
    False
    """
    if line.rstrip().endswith((".", "!", "?", ":")) or ":" in line[:start]:
        return False  # a sentence, not a headline; or the name a headline's label gives
    lettered: list[str] = [w for w in line.split() if w[:1].isalpha()]
    if len(lettered) < 4 or not all(w[:1].isupper() for w in lettered):
        return False
    if not any(w.casefold() in _HEADLINE_SMALL for w in lettered):
        return False  # a run of names ("Tom Ash And Ivo Pell"): nothing shows the style
    return any(len(word) >= 3 and word not in body for word in words)


# The role words of a chief officer's title ("Chief executive Sam Oyo" keeps "executive").
_OFFICER_WORDS: Final = frozenset({"chief", "director", "executive", "officer"})


def _officer_title(text: str, sentence_start: int, start: int, end: int, comma: bool) -> str | None:
    """The chief officer's letters of the title written next to the name at ``start``.

    The title before the name (``Chief Financial Officer Yusra Talib``, ``its
    finance chief, Ola Berg,``) or in an appositive after it (``Ola Berg, the
    group's finance director,``): ``cues.officer_letters`` of its words.

    >>> _officer_title("Chief Financial Officer Yusra Talib spoke.", 0, 24, 36, False)
    'cfo'
    >>> _officer_title("Ola Berg, the group's finance director, spoke.", 0, 0, 8, True)
    'cfo'
    """
    before: list[str] = text[max(sentence_start, start - 45) : start].casefold().split()[-4:]
    letters = cues.officer_letters([w.strip(",") for w in before])
    if letters is None and comma:
        after: list[str] = text[end + 1 : end + 50].casefold().split(",", 1)[0].split()
        letters = cues.officer_letters(after)
    return letters


def _field_expert(text: str, end: int, size: int) -> str | None:
    """The expert a post in a field makes the person whose name ends at ``end``
    (:data:`_FIELD_AFTER`), else None.

    >>> _field_expert("Dr Ivo Penn, a reader in epidemiology at Marle,", 11, 48)
    'epidemiologist'
    >>> _field_expert("Dr Ivo Penn, a reader in history at Marle,", 11, 42) is None
    True
    """
    if text.find("ology", end, min(size, end + 80)) < 0:
        return None  # the common case, settled by one substring search
    found = _FIELD_AFTER.match(text, end, min(size, end + 80))
    return None if found is None else found.group("field") + "ist"


def _whose_person(text: str, end: int, roles: set[str] | None) -> bool:
    """True when ``NAME, whose …`` at ``end`` describes a person, not an organisation.

    ``Acme, whose shares fell`` and ``Acme, whose family of brands…`` are a
    company; ``campaigner Tom Ash, whose mother waited`` and ``Tom Ash,
    whose son plays`` are people: a person's role before the name, or a
    relative after *whose* (``cues.PRIVATE_ROLES``).

    >>> _whose_person("Tom Ash, whose mother waited", 7, None)
    True
    >>> _whose_person("Acme, whose shares fell", 4, None)
    False
    >>> _whose_person("Ruth Tanner, whose bungalow flooded", 11, None)
    True
    >>> _whose_person("Marta Quill, whose home was flooded", 11, None)
    True
    >>> _whose_person("Pellgrove, whose home market is Norway", 9, None)
    False
    """
    if roles and not roles.isdisjoint(cues.PERSON_ROLES):
        return True
    following = text[end + 8 : end + 40].split(maxsplit=2)
    if len(following) == 3 and _before_kin(following[0].casefold()):
        following = following[1:]  # "whose seven-year-old daughter", "whose late husband"
    if not following:
        return False
    word = following[0].casefold()
    # "whose son", "whose parents", "whose children": a family; "whose bungalow",
    # "whose career": what only a person has
    if (
        word in cues.PRIVATE_ROLES
        or word[:-1] in cues.PRIVATE_ROLES
        or word == "children"
        or cues.family_gender(word) is not None
        or word in _PERSONAL_THINGS
    ):
        return True
    # "whose home was flooded" is a person's; "whose home market", "whose partner
    # airline" a firm's: the word must not head a longer noun
    bare = word.rstrip(",.;:)")
    if bare not in _SHARED_THINGS:
        return False
    rest = following[1:2]
    return bare != word or not rest or rest[0] in cues.AUXILIARIES


def _before_kin(word: str) -> bool:
    """True for a word that may stand between *whose* and a relative: an age or a kin adjective.

    ``Ana Vaipulu, whose seven-year-old daughter…``, ``whose late husband…``,
    ``whose 12-year-old son…``, ``whose three children…``, ``whose 2 sons``: the relative
    after it still makes the name a person.

    >>> _before_kin("seven-year-old"), _before_kin("late"), _before_kin("three")
    (True, True, True)
    >>> _before_kin("shares"), _before_kin("one")
    (False, False)
    """
    return (
        word.endswith("-old")
        or word in _KIN_ADJECTIVES
        or word in cues.SMALL_NUMBERS[2:]
        or word.isdigit()
    )


# Between "whose" and a relative: "whose late husband", "whose eldest son".
_KIN_ADJECTIVES: Final = frozenset(
    {"late", "elderly", "young", "teenage", "baby", "infant", "eldest", "youngest", "oldest",
     "disabled", "newborn", "adult", "twin", "estranged", "former"}
)  # fmt: skip
# After "Name, whose": a pet, a career or a funeral belongs to a person, not a firm.
_PERSONAL_THINGS: Final = frozenset(
    {
        "bungalow", "flat", "cottage", "garden", "bike", "dog", "cat", "pet", "career", "death",
        "funeral", "birthday", "wedding", "boyfriend", "girlfriend",
    }
)  # fmt: skip
# What firms have too ("whose home market", "whose car sales", "whose partner airline",
# "whose family of brands"): a person's only when a verb follows ("whose home was
# flooded", "whose family have farmed here since 1840").
_SHARED_THINGS: Final = frozenset({"house", "home", "car", "life", "body", "partner", "family"})


def _party_and_seat(text: str, start: int, words: tuple[str, ...]) -> bool:
    """Rule *a party and seat is no one*: True for ``D-Fort Worth`` in ``Rep. Ana Colquist,
    D-Fort Worth,`` or ``(R-New Mexico)`` after a name.

    A legislator's party letter and state or district is not a person who could be
    named between two parts of her quote. ``her aide, D-Ray Colquist,`` (a lower-case
    word before) and ``Oswin Tarr, I-Ling Chen`` (``I-`` before a second word) are people.

    >>> text = "said Rep. Ana Colquist, D-Fort Worth."
    >>> _party_and_seat(text, text.index("D-"), ("D-Fort", "Worth"))
    True
    """
    first = words[0]
    if len(first) < 3 or not (first[0] in "DR" or (first[0] == "I" and len(words) == 1)):
        return False
    if text[start - 2 : start] not in (", ", " ("):
        return False
    before: list[str] = text[max(0, start - 24) : start - 2].split()
    return bool(before) and before[-1][:1].isupper()


def _slogan_with_i(text: str, start: int, end: int) -> bool:
    """Rule *a run going on with "I" is a slogan*: True when the capitalised run at
    ``start``–``end``, inside a sentence after a lower-case word, is followed by *I* and
    another capitalised word, the Title Case of a campaign's, song's or chant's name
    (``whose Blues Till I Die campaign``): no
    person, so no referent for a later *his*. A name opening its sentence or line is kept
    (a headline's ``Vance I Will Be Back``).

    >>> t = "the trust, whose Blues Till I Die campaign raised £60,000"
    >>> _slogan_with_i(t, t.index("Blues"), t.index(" I "))
    True
    >>> t = "Vance I Will Be Back"
    >>> _slogan_with_i(t, 0, 5)
    False
    """
    nxt = text[end + 3 : end + 4]
    if not nxt.isupper():
        return False
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[1] == " " and before[0].isalpha() and before[0].islower()


def _not_an_entity(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """True for a capitalised phrase the article does not treat as a person or organisation.

    A single letter (``X`` the platform, an initial alone); a word of a
    headline in capitals; a compound modifier
    (``Quarby-based``); a legislator's party and seat (``D-Fort Worth``,
    :func:`_party_and_seat`); a party to a court case (``Harlow v. Dent``); a name
    alone on its line (a photo credit or byline); a caption's label in capitals
    before its colon (``PICTURED ABOVE: Ana Ruiz…``); a name used as a modifier
    after an article (``the Northolm estate``, ``a PR move``) unless the noun
    is a role that types it (``the Vantor brand``, ``the Birchholm coach``); the
    capitals of a model's designation (``TJ`` in ``the TJ-190s``).
    """
    last = words[-1]
    if len(words) == 1 and (len(last.rstrip(".")) <= 1 or last in _TIME_ZONES):
        return True  # the platform X, an initial alone; "14.02 GMT" in a live blog
    if text[end : end + 1] == ":" and all(_fold(word) in _CAPTION_LABELS for word in words):
        return True  # "PICTURED ABOVE: Ana Ruiz on the moor": a caption's label
    if start < _HEADLINE_REACH and words[0].isupper() and _in_shouted_headline(text, start):
        return True
    if start < _HEADLINE_REACH and _title_case_stranger(text, start, end, words):
        return True
    hyphen = last.rfind("-")
    if (
        0 < hyphen < len(last) - 1
        and last[hyphen + 1].islower()
        and not (len(words) >= 2 and _romanised_given(words[-2], last))
    ):
        return True  # "Quarby-based", "Vantor-owned": a compound modifier
    if words[0][1:2] == "-" and _party_and_seat(text, start, words):
        return True
    if text[end : end + 3] == " I " and _slogan_with_i(text, start, end):
        return True  # "whose Blues Till I Die campaign": a slogan's words, no one's name
    size = len(text)
    if (
        last.isupper()
        and text[end : end + 1] == "-"
        and text[end + 1 : end + 2].isdigit()
    ):
        return True  # "the TJ-190", "an RX-8": a model's letters and number, no body

    # Cheap string tests first: these run for every name in every article.
    if (
        text[end : end + 2] == " v" and _CASE_NEAR.match(text, end, min(size, end + 6))
    ) or (
        " v" in text[max(0, start - 5) : start]
        and _CASE_BEFORE.search(text, max(0, start - 5), start)
    ):
        return True
    # Bounded look-arounds: a credit line is short, and a scan to the nearest
    # newline would make a text without newlines cost n^2.
    # The line's end first: most names have none within reach, and then the
    # search back for its start is not needed.
    line_end = text.find("\n", end, end + 8)
    if line_end < 0 and size - end <= 8:
        line_end = size
    lo = max(0, start - 16)
    line_start = -1
    if line_end >= 0:
        line_start = text.rfind("\n", lo, start) + 1 or (0 if lo == 0 else -1)
    if line_start >= 0 and line_end >= 0:
        lead = text[line_start:start].strip(" \t\u00a0").casefold()
        if (not lead or lead in _CREDIT_LEADS) and not text[end:line_end].strip(" \t\u00a0."):
            return True  # a photo credit or byline alone on its line
    if _in_byline(text, start, end):
        return True
    if (
        (start == 0 or text[start - 1] == "\n")  # the place: "TREVIK, Oct 12 (Lantern Wire) --"
        or text[start - 1 : start] == "("  # its agency
        or (text[start - 2 : start] == ", " and text[start - 3 : start - 2].isupper())
    ) and _in_dateline(text, start):  # its country: "DOVRIK, Varnia —"
        return True
    # The noun after the name, read at most once: both checks below may want it
    # (a second read runs the pattern again on the same stretch). With the other
    # changes of the name scan, compiled, building the entity model per generated
    # article: 1.136 M -> 1.049 M instructions.
    noun: regex.Match[str] | re.Match[str] | None = None
    noun_read = False
    if len(words) == 1:
        # "Software company Osselworks", "Fashion label Vantor": a modifier of the
        # description that introduces the name, not an organisation of its own.
        noun = _noun_after(text, end, size)
        noun_read = True
        if (
            noun is not None
            and noun.group("noun") in cues.ORG_ROLES
            and text[noun.end() : noun.end() + 2].strip()[:1].isupper()
        ):
            return True
    before = text[max(0, start - 4) : start].casefold()
    if before.endswith(("'s ", "’s ", "its ")):
        if not noun_read:
            noun = _noun_after(text, end, size)
        if noun is not None and noun.group("noun") in cues.PERSON_ROLES:
            stop = text[noun.end() : noun.end() + 1]
            if not stop or stop in ".,;:":
                # "the group's Middle East director.", "its Asia chief,": a region or
                # desk the title is for, not a person.
                return True
    if (
        before.endswith((" a ", " an ", "the "))
        or before in ("an ", "a ")
        or (len(words) == 1 and _owned_modifier(text, start, end))
    ):
        if not noun_read:
            noun = _noun_after(text, end, size)
        if noun is not None:
            word = noun.group("noun")
            if (
                len(words) == 1
                and last.endswith(_DEMONYM_ENDINGS)
                and word not in _ALL_CUE_WORDS
                and word not in cues.AUXILIARIES
                and not word.endswith("ed")
            ):
                return True  # "the Ostrevian side", "a Valtorian bank": an adjective of a place
            if (
                word not in cues.PERSON_ROLES
                and word not in cues.ORG_ROLES
                and (word not in _FLOWN or _flown_otherwise(text, text[start:end], end))
                and word not in cues.STOPWORDS
                and word not in cues.PREPOSITIONS
                and word not in cues.AUXILIARIES
                and word not in cues.ADVERBS
                and word not in _ALL_CUE_WORDS
                and not cues.past_deed(word)  # "the Tarnby Council broke off talks"
            ):
                # "the BBC met Ana Ruiz": a verb, when a name or an article follows it;
                # "the Northolm defences had": a plural noun only before an auxiliary.
                after = text[noun.end() : noun.end() + 20].split(maxsplit=1)
                follow = after[0] if after else ""
                plural = word.endswith("s") and not word.endswith("ss")
                folded = follow.casefold()
                if plural:
                    # "the Denver analytics company", "the Northolm defences had"
                    if (
                        folded in cues.AUXILIARIES
                        or not follow[:1].isalpha()
                        or (
                            follow.islower()
                            and folded not in cues.STOPWORDS
                            and folded not in _OBJECT_STARTS
                        )
                    ):
                        return True
                elif (
                    not follow[:1].isupper()
                    and folded not in _OBJECT_STARTS
                    and folded.rstrip(".,;:") not in _VERB_PARTICLES
                ):
                    return True
    return False


_OWNERS_BEFORE: Final = frozenset({"the", "a", "an", "its", "their"})
# Possessive determiners before a name that modifies the noun after it.
_OWNING_PRONOUNS: Final = frozenset({"his", "her", "their", "our", "my", "your"})


# The second parts of compound modifiers short enough to pass for a syllable of a given
# name: "Hong Kong-based", "Sha Tin-born", "Mayor-elect" (longer ones, and those ending
# in -ed, are never a syllable: "-owned", "-listed", "-designate").
_MODIFIER_TAILS: Final = frozenset(
    {"based", "born", "run", "era", "style", "wide", "bound", "made", "free", "like", "type",
     "area", "class", "level", "only", "held", "ish", "esque", "day", "year", "week",
     "month", "time", "side", "gate", "mania", "phile", "phobe", "size", "tier", "ready",
     "proof", "elect", "owner", "host", "star", "chair", "law", "up", "down", "in", "out",
     "on", "off", "over", "back", "led", "ward", "wards"}
)  # fmt: skip


def _romanised_given(surname: str, given: str) -> bool:
    """True when ``given`` is a romanised given name of two syllables joined by a hyphen
    and written after ``surname``, as Hong Kong, Taiwanese and Korean names are.

    Rule *a hyphenated given name after the surname*: ``Kwok Mei-ling``, ``Leung
    Chi-keung``, ``Park Ji-hoon``, ``Tsai Ing-wen`` are people whose surname comes
    first, not compound modifiers as ``Quarby-based`` is: each part is a short
    syllable, the second in lower case and no modifier's ending, after a short
    capitalised surname.

    >>> _romanised_given("Kwok", "Mei-ling"), _romanised_given("Park", "Ji-hoon")
    (True, True)
    >>> _romanised_given("Hong", "Kong-based"), _romanised_given("Kelby", "Town-owned")
    (False, False)
    """
    head, _, tail = given.partition("-")
    return (
        2 <= len(surname) <= 6
        and surname.isalpha()
        and surname[0].isupper()
        and surname[1:].islower()
        and 1 <= len(head) <= 5
        and head.isalpha()
        and head[0].isupper()
        and head[1:].islower()
        and 2 <= len(tail) <= 6
        and tail.isalpha()
        and tail.islower()
        and not tail.endswith("ed")
        and tail not in _MODIFIER_TAILS
        and tail not in cues.TITLE_WORDS
    )


def _owned_modifier(text: str, start: int, end: int) -> bool:
    """True when an article or possessive and adjectives come right before ``start``
    and a lower-case word right after ``end``.

    Rule *a name between a possessive and its noun is a modifier*: ``the show's
    official TikTok account``, ``its own Velo app`` name a platform or brand as an
    adjective does, as ``the Northolm estate`` does (the noun after it is asked by
    the caller). Up to two lower-case words may stand between, none a verb or
    function word: ``the club asked Ruiz`` and ``told the BBC`` are not such a
    phrase. Asked of most one-word names, so a look at the next two characters
    settles the common case before the words before are split.

    >>> t = "the show's official TikTok account"
    >>> _owned_modifier(t, t.index("TikTok"), t.index(" account"))
    True
    >>> _owned_modifier("he told Ruiz about it", 8, 12)
    False
    """
    if not (text[end : end + 1] == " " and text[end + 1 : end + 2].islower()):
        return False  # the common case: no lower-case noun after the name
    if start < 2 or not text[start - 2 : start - 1].isalpha():
        return False
    before = text[max(0, start - 40) : start].split()
    for word in reversed(before[-3:]):
        if word in _OWNERS_BEFORE or word.endswith(("'s", "’s")):
            return True
        if (
            not (word.isalpha() and word.islower())
            or word.endswith("ed")
            or word in _ALL_CUE_WORDS
            or word in cues.STOPWORDS
            or word in cues.PREPOSITIONS
            or word in cues.AUXILIARIES
        ):
            return False  # "the club asked Ruiz", "the club signed Ruiz": a verb's object
    return False


def _in_byline(text: str, start: int, end: int) -> bool:
    """True for a name on a short byline line: ``By Hannah Price, Political Correspondent``.

    >>> _in_byline("By Hannah Price, Political Correspondent\\n\\nText.", 17, 40)
    True
    """
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    # A slice, not text.startswith("By ", line_start), whose start argument costs a
    # call through the interpreter compiled.
    if (line_start == 0 and start > 80) or text[line_start : line_start + 3] != "By ":
        return False
    line_end = text.find("\n", end, end + 80)
    line = text[line_start : line_end if line_end >= 0 else end + 80]
    return len(line) <= 100 and not any(mark in line for mark in ".!?:“\"")


# A wire dateline opening a paragraph: "TREVIK, Oct 12 (Lantern Wire) --", "DOVRIK,
# Varnia —", "LONDON (Courier Wire) -": a place in capitals, a date or country, the
# agency in brackets, then a dash.
_DATELINE: Final = regex.compile(
    r"\p{Lu}[\p{Lu}\-.'’]+(?:[ \u00a0]\p{Lu}[\p{Lu}\-.'’]+){0,3}"
    r"(?:,[ \u00a0][^()\n—–\-]{1,40}?)?(?:[ \u00a0]\([^()\n]{1,60}\))?[ \u00a0]*(?:--|[-—–])"
)


# Rule *a dateline ends in a colon*: the house style of papers in Malaysia, Pakistan
# and India, "KOTA BAHRU: The state will…", "NEW DELHI (Wire): Police said…": the place
# in capitals, an agency in brackets, a colon and the lede's first word. Only near the
# top of the article (the first paragraphs): further down, capitals and a colon are a
# transcript's speaker label ("HOLT: We will…"), and never before a quotation mark.
_COLON_DATELINE: Final = regex.compile(
    r"\p{Lu}[\p{Lu}\-.'’]+(?:[ \u00a0]\p{Lu}[\p{Lu}\-.'’]+){0,3}"
    r"(?:[ \u00a0]\([^()\n]{1,60}\))?:[ \u00a0]+(?=\p{Lu}\p{Ll})"
)
# How far into the article a dateline ending in a colon may open a line: a headline,
# a standfirst and a byline come before it.
_COLON_DATELINE_REACH: Final = 600


def _in_dateline(text: str, start: int) -> bool:
    """True for a name in a wire dateline (the place, the agency), which is no speaker.

    >>> _in_dateline("TREVIK, Oct 12 (Lantern Wire) -- Troops said", 16)
    True
    >>> _in_dateline("Floods\\n\\nKOTA LESTARI: The state said", 8)
    True
    >>> _in_dateline("THOUSANDS of nurses marched.", 0)
    False
    """
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    if (line_start == 0 and start > 80) or not text[line_start : line_start + 2].isupper():
        return False  # the common case: no line of capitals opens here
    found = _DATELINE.match(text, line_start, min(len(text), line_start + 140))
    if found is None and line_start < _COLON_DATELINE_REACH:
        found = _COLON_DATELINE.match(text, line_start, min(len(text), line_start + 140))
    return found is not None and start < found.end()


def past_dateline(text: str, start: int) -> int:
    """Where the lede opening at ``start`` begins after a wire dateline there, else ``start``
    (rule *a dateline is no speaker*: ``PORT ARDEN, May 4 (Wire) - The minister …``).

    >>> past_dateline("TREVIK, Oct 12 (Lantern Wire) -- Troops said", 0)
    33
    """
    if not text[start : start + 2].isupper():
        return start  # the common case: no capitals open here
    found = _DATELINE.match(text, start, min(len(text), start + 140))
    if found is None:
        return start
    end = found.end()
    while end < len(text) and text[end] in " \u00a0":
        end += 1
    return end


_CREDIT_LEADS: Final = frozenset(
    {"photo:", "picture:", "image:", "credit:", "photograph:", "pic:", "by", "source:", "©"}
)
# "the Grand Lumenra hit back", "the Ossel Trust spoke out": a verb and its
# particle, not a noun the name modifies.
_VERB_PARTICLES: Final = frozenset({"back", "out"})
# Rule *a demonym is an adjective*: a word with a nationality's ending before a noun.
_DEMONYM_ENDINGS: Final = ("ian", "ean", "ese")
_OBJECT_STARTS: Final = cues.DETERMINERS | {"him", "them", "us", "me", "it", "her", "his"}


_ALL_CUE_WORDS: Final = frozenset(cues.SPEECH_FORMS)
# What ends the clause of a name written last in it: "the kettle's maker, Quillet."
_CLAUSE_CLOSE: Final = (".", ";", ")")


def _firm_glossed_before(text: str, previous: tuple[str, int, int, bool]) -> bool:
    """True when the word before the comma before a name is a noun only a body is
    (``cues.ORG_ROLES`` less people's roles) with *the* or a possessive before it.

    >>> t = "She wrote to the kettle's maker, Quillet."
    >>> _firm_glossed_before(t, ("maker", t.index("maker"), t.index(","), True))
    True
    >>> t = "I thanked the coach, Ann Dale."
    >>> _firm_glossed_before(t, ("coach", t.index("coach"), t.index(","), True))
    False
    """
    word = previous[0]
    if not word.islower() or word not in _ORG_ONLY:
        return False
    lead: list[str] = text[max(0, previous[1] - 30) : previous[1]].split()[-2:]
    return any(w in ("the", "its", "their") or w.endswith(("'s", "’s")) for w in lead)
# Roles only an organisation has, made once (per call, the set difference cost
# about 35k instructions per generated article).
_ORG_ONLY: Final = cues.ORG_ROLES - cues.PERSON_ROLES
# Roles of people and of organisations alike (developer, operator, owner): *it*
# reported after the name settles which.
_EITHER_ROLES: Final = cues.ORG_ROLES & cues.PERSON_ROLES
# A sentence opening with a role and a clause before the comma of an appositive
# name: "The brand she was working with, Coral Tide," / "Her new label, Quarry Lane,".
_OPENING_ROLE: Final = re.compile(
    r"[\s\"“‘(]*(?:(?:(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \u00a0]+"
    # "The band's label,", "The county council's cabinet member,": the owner, of up to
    # three words, is no role
    r"(?:(?:[a-z][\w\-]*[ \u00a0]+){0,2}[a-z][\w\-]*['’]s[ \u00a0]+)?"
    # "Whitaker's management company,": a name's possessive in the article's place
    r"|(?:[A-Z][\w\-]*[ \u00a0]+){0,2}[A-Z][\w\-]*['’]s[ \u00a0]+)"
    r"([a-z][\w\-]*)"
    # "Counsel to the defendant, Ann Dale,": a role for a party, with no article
    r"|([A-Z][a-z\-]+)(?=[ \u00a0]+(?:to|for)[ \u00a0]))"
    r"(?:[ \u00a0]+([a-z][\w\-]*))?[^,.;:!?\"“”]{0,50},\Z"
)


# Rule *an office with its remit before the name*: "Outside parliament, the independent
# senator for the Southern Isles, Ana Ruiz," / "But the shadow secretary of state for
# housing and communities, Tom Reid,": a role and the remit it holds, opening the sentence
# or a clause after a comma, before the appositive name; the words before the remit's
# preposition are the role ("director general"). So too after a quote's closing mark and
# its speech verb, the inverted attribution: "'…,' said the Minister for Science and
# Innovation, Hon. Ana Ruiz," is the minister (not "After meeting the minister for
# housing, Ana Ruiz said", whose comma ends a clause in front of her).
_OFFICE_WITH_REMIT: Final = re.compile(
    r"(?:\A|,[ \u00a0]+|[\"”’'][ \u00a0]+(?:"
    + "|".join(cues.SPEECH_FORMS)
    + r")[ \u00a0]+)[\s\"“‘(]*(?:(?:And|But|Now|Meanwhile|Later)[ \u00a0]+)?"
    r"(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \u00a0]+"
    r"((?:[A-Za-z][\w\-]*[ \u00a0]+){0,3}?[A-Za-z][\w\-]*)"
    r"[ \u00a0]+(?:of|for|on|at|to|in)[ \u00a0]+[^,.;:!?\"“”]{1,70},\Z"
)


def _office_with_remit(text: str, sentence_start: int, comma_end: int) -> set[str]:
    """The person's role in an office written with its remit before an appositive name.

    >>> text = "Outside parliament, the independent senator for the Southern Isles, Ana"
    >>> sorted(_office_with_remit(text, 0, text.index("Ana") - 1))
    ['senator']
    >>> text = "After meeting the minister for housing, Ana Ruiz said"
    >>> sorted(_office_with_remit(text, 0, text.index("Ana") - 1))
    []
    >>> text = "Tom left. The chair of the trust, Ana Ruiz said"
    >>> sorted(_office_with_remit(text, 10, text.index("Ana") - 1))
    ['chair']
    >>> text = "“We won,” said the Minister for Sport and Youth, Hon. Ana Ruiz."
    >>> sorted(_office_with_remit(text, 0, text.index("Hon.") - 1))
    ['minister']
    """
    if comma_end - sentence_start > 160:
        return set()
    # The leftmost: the whole appositive, not a clause inside its remit. A slice, as
    # \A matches only at a string's real start.
    office = _OFFICE_WITH_REMIT.search(text[sentence_start:comma_end])
    if office is None:
        return set()
    roles = cues.PERSON_ROLES
    return {w.casefold() for w in office.group(1).split() if w.casefold() in roles}


def _capital_office(lead: Sequence[str]) -> set[str]:
    """The role of an office written with capitals after *the*, as in ``The Home
    Secretary, Ana Ruiz,``: ``{"secretary"}``, so ``the Home Secretary`` later finds her.

    Only a capitalised run right after *the* ending in a person's role counts
    (``The Kestrel Times,`` names no office).

    >>> sorted(_capital_office(["opened", "The", "Health", "Secretary,"]))
    ['secretary']
    >>> sorted(_capital_office(["The", "Kestrel", "Times,"]))
    []
    """
    words = [w.rstrip(",") for w in lead]
    for j in range(len(words) - 2, -1, -1):
        if words[j] in ("the", "The"):
            office = words[j + 1 :]
            if all(w.istitle() for w in office) and office[-1].casefold() in cues.PERSON_ROLES:
                return {office[-1].casefold()}
            break
    return set()


def _seat_before(lead: Sequence[str]) -> set[str]:
    """The seat an appositive's letters name, as in ``The local MP, Ana Ruiz,`` or ``Their
    MSP, Ana Ruiz,``: ``{"mp"}``, so ``the MP`` later finds her.

    Only letters of :data:`_SEAT_LETTERS` in capitals after a lowercase word, an article or
    a possessive (not ``Ivo Pell MP, Ana Ruiz and …``, a list of names).

    >>> sorted(_seat_before(["The", "local", "MP,"])), sorted(_seat_before(["Ivo", "Pell", "MP,"]))
    (['mp'], [])
    """
    words = [w.rstrip(",") for w in lead]
    for j in range(1, len(words)):
        word, before = words[j], words[j - 1]
        if (
            word.isupper()
            and word.casefold() in _SEAT_LETTERS
            and (
                before.islower()
                or before in ("The", "A", "An", "His", "Her", "Their", "Our", "Its")
                or before.endswith(("'s", "’s"))
            )
        ):
            return {word.casefold()}
    return set()


def _bracketed_remit(text: str, start: int, end: int) -> bool:
    """True for a bracketed remit inside a title: ``Assistant Commissioner of Police (Cyber
    Security) Ana Rao`` — capitalised words that all name a portfolio (cues.PORTFOLIO_WORDS)
    between brackets are part of the title, never a person or a body of their own.

    >>> t = "Assistant Commissioner of Police (Cyber Security) Ana Rao said"
    >>> _bracketed_remit(t, t.index("Cyber"), t.index(")")), _bracketed_remit(t, 0, 6)
    (True, False)
    """
    if start < 1 or text[start - 1] != "(" or text[end : end + 1] != ")":
        return False
    return all(w.casefold() in cues.PORTFOLIO_WORDS for w in text[start:end].split())


def _opening_role(text: str, sentence_start: int, comma_end: int) -> set[str]:
    """The role word opening the sentence whose appositive name follows ``comma_end``.

    >>> text = "The brand she was working with, Coral Tide, said"
    >>> sorted(_opening_role(text, 0, 31))
    ['brand']
    >>> sorted(_opening_role("The band's label, Quarry Lane, said", 0, 17))
    ['label']
    >>> sorted(_opening_role("Counsel to the accused, Ann Dale, said", 0, 23))
    ['counsel']
    >>> sorted(_opening_role("The county council's housing chief, Ann Dale, said", 0, 35))
    ['chief']
    >>> sorted(_opening_role("Ruiz's management company, Tall Pine Artists, said", 0, 26))
    ['company']
    """
    if comma_end - sentence_start > 90:
        return set()
    opening = _OPENING_ROLE.match(text, sentence_start, comma_end)
    if opening is None:
        return set()
    roles = cues.PERSON_ROLES | cues.ORG_ROLES
    return {w.casefold() for w in opening.groups() if w is not None and w.casefold() in roles}


# What joins the parts of one organisation's name: "Bank of England", "Office for
# Budget Review", "Royal Society for the Protection of Birds", "Office of Rail and Road".
_ORG_LINKS: Final = frozenset({" of ", " for ", " on ", " of the ", " for the ", " on the "})
_ORG_AND: Final = frozenset({" and ", " & "})
# Heads of names that run on after "and" ("Department for Business and Trade"); a
# bank or a university before "and" is more often one of two ("the Bank of England
# and Barclays").
_FIRM_ENDS: Final = frozenset(
    {"Co", "Co.", "Company", "Sons", "Daughters", "Partners", "Associates"}
)
# A place and its surroundings opening a body's name ("Wexcombe and District Hospitals
# Trust", "Harlow & District Angling Club").
_AND_DISTRICT_FORMS: Final = (
    " and District ", " & District ", " and County ", " & County ", " and Districts "
)
_AND_DISTRICT: Final = frozenset(_AND_DISTRICT_FORMS)
# Last words of a service named for two places ("the Avon and Wessex Police", "the
# Dunholm and Wear Ambulance Service"); a council or a club after "the X and" is
# more often the second of two ("talks between the Treasury and Kelby Council").
_SERVICE_ENDS: Final = frozenset(
    {
        "police", "constabulary", "service", "services", "ambulance", "fire", "rescue",
        "health", "trust", "board",
    }
)  # fmt: skip
_AND_HEADS: Final = frozenset(
    {
        "department", "ministry", "office", "secretary", "institute", "institution",
        "society", "academy", "commission", "federation", "association", "agency",
        "authority", "service", "board", "committee", "council", "centre", "center",
        "chamber",
    }
)  # fmt: skip


# A name joined before another by *and* or *&*: "Owen and Clare Dorne",
# "Corley & Vane" (up to three capitalised words before the link).
_JOINED_BEFORE: Final = regex.compile(
    r"(?r)(?<![\p{L}\p{M}\p{N}'’\-&.])(?P<left>\p{Lu}[\p{L}\p{M}'’\-]*\.?"
    r"(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’\-]*){0,2})[ \u00a0]+(?P<link>and|&)[ \u00a0]+\Z"
)


def joined_name(text: str, name: CleanName) -> CleanName | None:
    """``name`` with the name joined before it, when the two speak as one; else None.

    A couple who share a surname (``Owen and Clare Dorne``, ``Mr and Mrs
    Reid``: one given name or honorific, then a person's full name) is one
    speaker, as a family is; so is a firm (``Corley & Vane``, ``Harrow and
    Sons``). Two people named in full (``Ruth Holt and Tom Grant``) are not.

    >>> text = "Owen and Clare Dorne said"
    >>> joined_name(text, clean_name("Clare Dorne", 9)).name
    'Owen and Clare Dorne'
    >>> text = "Corley & Vane said"
    >>> joined = joined_name(text, clean_name("Vane", 9))
    >>> joined.name, joined.org
    ('Corley & Vane', True)
    >>> joined_name("Ruth Holt and Tom Grant said", clean_name("Tom Grant", 14)) is None
    True
    """
    left = _JOINED_BEFORE.search(text, max(0, name.start - 60), name.start)
    if left is None:
        return None
    words = left.group("left").split()
    link = left.group("link")
    joined = f"{left.group('left')} {link} {text[name.start : name.end]}"
    if link == "&" or name.words[-1] in _FIRM_ENDS:
        firm = (*words, link, *name.words)
        return CleanName(joined, left.start(), name.end, firm, name.roles, None, True)
    first = words[0].rstrip(".")
    honorific = first.casefold() in cues.HONORIFICS
    couple = len(words) == 1 and (len(name.words) >= 2 or honorific) and not name.org
    if not couple or (
        not honorific and (first.casefold() in cues.STOPWORDS or first[1:].isupper())
    ):
        return None  # "And Ruiz", "BBC and Ana Ruiz": no couple
    pair = (words[0], link, *name.words)
    return CleanName(joined, left.start(), name.end, pair, name.roles, None, False)


# Auxiliaries that open a question and are given names or months too: "Will Orvik
# open a second site?" asks about Orvik; it names no "Will Orvik".
_QUESTION_OPENERS: Final = ("Will ", "Can ", "May ", "Shall ")
_QUESTION_FIRSTS: Final = frozenset(opener[0] for opener in _QUESTION_OPENERS)


def _past_question_opener(
    text: str, start: int, end: int, starts: list[int], known: Container[str]
) -> int:
    """Where a name run at ``start`` really starts when it opens a question with an
    auxiliary (``Will Orvik open…?``): after the auxiliary, unless the article has
    named someone so (``Will Orvik`` in full) or the sentence asks nothing.

    >>> text = "Will Orvik open a second site?"
    >>> _past_question_opener(text, 0, 10, [0], set())
    5
    >>> _past_question_opener("Will Orvik spoke.", 0, 10, [0], set())
    0
    """
    if text[start:end] in known:
        return start
    i = bisect_right(starts, start) - 1
    if i < 0 or starts[i] != start:
        return start
    stop = starts[i + 1] if i + 1 < len(starts) else len(text)
    line_end = text.find("\n", start, stop)
    asked = text[start : line_end if line_end >= 0 else stop].rstrip(" \u00a0\"”’'")
    if not asked.endswith("?") or " " not in text[start:end]:
        return start
    return text.index(" ", start) + 1


# Prepositions of place that open a sentence's scene before its subject ("Outside Kelby
# Park on Sunday, fan Ana Ruiz said"): capitalised only because they open it.
_SCENE_OPENERS: Final = (
    "Outside ", "Inside ", "Near ", "Behind ", "Beside ", "Across ", "Around ", "Beneath ",
)  # fmt: skip
_SCENE_FIRSTS: Final = frozenset(opener[0] for opener in _SCENE_OPENERS)
# What follows a place named in a sentence's opening scene: a preposition or a time.
_SCENE_AFTER: Final = regex.compile(
    r"[ \u00a0](?:on|in|at|during|after|before|last|this|yesterday|today|tonight|earlier)\b"
)


def _past_scene_opener(text: str, start: int, end: int, starts: list[int]) -> int:
    """Where a name run at ``start`` really starts when it opens a sentence with a
    preposition of place (rule *a sentence's opening scene is no name*): ``Outside
    Kelby Park on Sunday, fan Ana Ruiz said`` names the place ``Kelby Park``, never
    someone called ``Outside Kelby Park``. Only when a preposition or a time follows
    the run, as after a scene: ``Across Borders, the charity, said`` and ``Inside
    Track said`` are a charity and a firm of those names.

    >>> text = "Outside Kelby Park on Sunday, fan Ana Ruiz said it."
    >>> _past_scene_opener(text, 0, 18, [0])
    8
    >>> _past_scene_opener("Across Borders, the charity, said it.", 0, 14, [0])
    0
    """
    i = bisect_right(starts, start) - 1
    if i < 0 or starts[i] != start or " " not in text[start:end]:
        return start
    if _SCENE_AFTER.match(text, end) is None:
        return start
    return text.index(" ", start) + 1


# A portfolio's words: its own, and title words that are no role ("Foreign", "Health").
# Rule *an office with its portfolio is no name*: one of these offices after the tier of
# government it serves, before "for"/"of" and the portfolio, is a title ("Federal
# Minister for Planning", "Provincial Secretary of Health", "Regional Commissioner for
# Lake Province"), never a person called so; a name before the office stays one
# ("Mara Secretary of the food bank"), and "deputy", "state", "prime"… are title words.
_PORTFOLIO_OFFICES: Final = frozenset({"minister", "secretary", "undersecretary", "commissioner"})
_OFFICE_TIERS: Final = frozenset(
    {"federal", "provincial", "regional", "national", "union", "cabinet", "municipal"}
)


def _tiered_office(words: Sequence[str]) -> bool:
    """True for an office after its tier: ``Federal Minister``, ``Provincial Secretary``.

    >>> _tiered_office(("Federal", "Minister")), _tiered_office(("Mara", "Secretary"))
    (True, False)
    """
    return (
        len(words) >= 2
        and _fold(words[-1]) in _PORTFOLIO_OFFICES
        and all(_fold(w) in _OFFICE_TIERS for w in words[:-1])
    )

_PORTFOLIO: Final = cues.PORTFOLIO_WORDS | (cues.TITLE_WORDS - cues.PERSON_ROLES)
# What links an office to its portfolio: "Minister for Health", "Secretary of State".
_PORTFOLIO_LINKS: Final = frozenset({" for", " of ", "for ", "the ", "and "})
# A capitalised word before "for"/"of" (and "the"), ending where the portfolio starts
# or goes on after "and" ("Minister for Trade and Industry …"); an office when it is
# a person's role.
_OFFICE_BEFORE: Final = re.compile(
    r"(?:^|[ \u00a0\n\r])(?:[A-Z][a-z]+-)?([A-Z][a-z]+)[ \u00a0]+(?:for|of)(?:[ \u00a0]+the)?"
    r"(?:(?:[ \u00a0]+[A-Z][\w\-]*){1,3}[ \u00a0]+(?:and|&))?[ \u00a0]+\Z"
)


# Rule *a campaign is named for its demand*: "Save the Children", "Free the Ponies", "Stop
# the Pylons" — an imperative, a lower-case "the", then the name run; one name.
_CAMPAIGN_VERBS: Final = frozenset(
    {"Save", "Free", "Stop", "Ban", "Protect", "Scrap", "Reclaim", "Defend", "End", "Fight"}
)


def _campaign_start(text: str, the_at: int) -> int:
    """Where a campaign's name starts when a run after ``the `` at ``the_at`` is one
    (:data:`_CAMPAIGN_VERBS` right before it, not after a letter), else -1.

    >>> text = "Members of Free the Ponies said"
    >>> _campaign_start(text, text.index("the P"))
    11
    >>> _campaign_start("They want to free the Ponies", 18)
    -1
    """
    begin = the_at - 1
    if begin < 1 or text[begin] != " ":
        return -1
    while begin > 0 and text[begin - 1].isalpha() and the_at - begin <= 9:
        begin -= 1
    if text[begin : the_at - 1] not in _CAMPAIGN_VERBS:
        return -1
    return begin if begin == 0 or not text[begin - 1].isalnum() else -1


def _past_portfolio(text: str, start: int, end: int) -> tuple[int, str | None]:
    """Where a name run after an office's ``for``/``of`` really starts, and the office.

    Rule *a portfolio belongs to the title*: ``Minister for Sustainability Ng Wei
    Ling`` and ``Commissioner for Human Rights Ines Vale`` name ``Ng Wei Ling`` and
    ``Ines Vale``, ministers; the portfolio's words (``cues.PORTFOLIO_WORDS``) are
    passed while a person's name of two words or more remains. Any other run is left
    as it is: ``a spokesperson for Acme Foods`` and ``Chair of the Local Government
    Association`` name bodies.

    >>> text = "Minister for Human Rights Ines Vale said"
    >>> _past_portfolio(text, 13, 35)
    (26, 'minister')
    >>> _past_portfolio("a spokesperson for Acme Foods", 19, 29)
    (19, None)
    """
    lo = max(0, start - 40)
    window = text[lo:start]
    if " of " not in window and " for " not in window:
        return start, None  # the common case ("the Kestrel Times"), without the pattern
    before = _OFFICE_BEFORE.search(text, lo, start)
    if before is None:
        return start, None
    office = before.group(1).casefold()  # "Inspector-General of Police": the general
    if office != "state" and office not in cues.PERSON_ROLES:
        return start, None  # "the Bank of …", "the Ministry of …": no one's office
    words = text[start:end].split()
    k = 0
    while len(words) - k > 2:
        if _fold(words[k]) in _PORTFOLIO:
            k += 1
        elif len(words) - k > 3 and _fold(words[k + 1]) in cues.PORTFOLIO_HEADS:
            k += 2  # "Minister for Mental Health …": a qualifier before a portfolio's noun
        else:
            break
    if k == 0:
        return start, None
    if office == "state":
        office = "minister"  # "Minister of State for …", "Secretary of State for …"
        if text.rfind("Secretary", max(0, before.start() - 12), before.start()) >= 0:
            office = "secretary"
    at = start
    for word in words[:k]:
        at = text.index(word, at) + len(word)
    while text[at] in " \u00a0":
        at += 1
    whole, rest = _clean(text[start:end]), _clean(text[at:end])
    # "Minister for the Armed Forces Ada Venn": the body word is the portfolio's own
    body_passed = any(_fold(word) in cues.ORG_NAME_WORDS for word in words[:k])
    if (whole is not None and whole[6] and not body_passed) or (
        rest is None or rest[6] or len(rest[3]) < 2
    ):
        return start, None  # "Chair of the Local Government Association": a body's name
    return at, office


def _linked_org(
    text: str, last: Mention, start: int, end: int, person: bool, org: bool = False
) -> str | None:
    """The whole name when the run at ``start`` continues the organisation ``last``.

    An organisation name followed by *of*/*for*/*on* and a capitalised run is one
    name (``the Ministry of Defence``); after such a link, *and* joins a short
    run that is not a known person too (``the Office of Rail and Road``), but
    never two organisations (``Voss Motors and Brindle`` stays two).

    >>> text = "the Office of Rail and Road said"
    >>> office = Mention(4, 10, "Office", "org", 0, True)
    >>> _linked_org(text, office, 14, 18, False)
    'Office of Rail'
    >>> _linked_org(text, Mention(4, 18, "Office of Rail", "org", 0, True), 23, 27, False)
    'Office of Rail and Road'

    ``& Co``, ``and Sons`` end a firm's name after anyone's name: ``Linnell &
    Co`` is the firm, even where Linnell is also the chef who owns it (``Ruiz
    and Co``, written with *and*, is a person and friends).

    >>> text = "Linnell & Co said"
    >>> _linked_org(text, Mention(0, 7, "Marco Linnell", "person", 0, True), 10, 12, False)
    'Linnell & Co'

    A name joined by ``&`` to a word that is no known person is one firm (rule *an
    ampersand joins a firm*); a person's name after it is not (``Tom & Ana Kirk``):

    >>> text = "the publisher, Harrow & Pike, said"
    >>> _linked_org(text, Mention(15, 21, "Harrow", "unknown", 0, True), 24, 28, False)
    'Harrow & Pike'
    >>> _linked_org("Tom & Ana Kirk", Mention(0, 3, "Tom", "unknown", 0, True), 6, 14, True)

    After *the*, one word, *and* and an organisation's name are one body: the
    health boards, police forces and fire services named for two places (``the
    Avon and Wessex Police``, ``the Dunholm and Wear Ambulance Service``), so ``it``
    is never another body the first word also opens. The run at ``start`` must
    be an organisation by its own words (``org``) and end in a service's word: a
    council or a club there is the second of two (``the Treasury and Kelby
    Council``, ``the Dunmore and Kelby Rovers fans``).

    >>> text = "the Avon and Wessex Police said"
    >>> _linked_org(text, Mention(4, 8, "Avon", "unknown", 0, True), 13, 26, False, True)
    'Avon and Wessex Police'
    >>> text = "the Treasury and Kelby Council said"
    >>> _linked_org(text, Mention(4, 12, "Treasury", "unknown", 0, True), 17, 30, False, True)

    The same at the start of a sentence and after a preposition (``Millbrook and
    District NHS Trust said``, ``a spokesman for Avon and Wessex Police``).

    A place *and District* (or *and County*) opens one body's name, with or without *the*:

    >>> text = "Wexcombe and District Hospitals Trust said"
    >>> _linked_org(text, Mention(0, 8, "Wexcombe", "unknown", 0, True), 22, 37, False, True)
    'Wexcombe and District Hospitals Trust'
    """
    link = text[last.end : start]
    if link in _ORG_AND and text[start:end] in _FIRM_ENDS and (link == " & " or end - start > 3):
        return text[last.start : end]
    if link == " & " and not person and last.kind != "person":
        # Rule *an ampersand joins a firm*: "Harrow & Pike", "Marr & Tully" name one
        # firm, as joined_name reads them in a clause; not two people named in full
        # ("Tom Reyes & Ana Kirk") nor a given name before a couple's ("Tom & Ana Kirk").
        return text[last.start : end]
    if (
        org
        # the run after "and" starts at "District" when no "the" opens the body's name
        # ("…, Wexcombe and District Hospitals Trust says")
        and (link in _AND_DISTRICT or text.startswith(_AND_DISTRICT_FORMS, last.end))
        and last.kind != "person"
        and " " not in text[last.start : last.end]
    ):
        # "Wexcombe and District Hospitals NHS Foundation Trust": a body named for a
        # place and its district, with or without "the"
        return text[last.start : end]
    if (
        org
        and last.kind != "person"
        and _opens_body(text, last.start)
        and _two_places(text, last.start, last.end, start, end)
    ):
        return text[last.start : end]
    if org and _service_and_service(text, last, start, end):
        return text[last.start : end]
    if last.kind != "org" or text[last.start : last.end] != last.name:
        return None
    if link == " of " and _firm_of_partners(last.name) and " " not in text[start:end]:
        # Rule *a firm of a place is the firm*: "Harrow & Pike of Kelby" is the firm
        # Harrow & Pike, based in Kelby; "Harrow & Pike Society of Kelby" is one name.
        return None
    if link in _ORG_LINKS:
        return None if _dated(text, start, end) else text[last.start : end]
    if (
        link in _ORG_AND
        and (" of " in last.name or " for " in last.name)
        and _fold(_body_head(last.name)) in _AND_HEADS
        and (
            (not person and " " not in text[start:end])
            # "Centre for Land and Rural Justice": its field goes on after "and"
            or _portfolio_run(text[start:end])
        )
        and not text.startswith(("'s", "’s"), end)
    ):
        return text[last.start : end]
    return None


def _body_head(name: str) -> str:
    """The word of a body's name before its first *of* or *for*: ``Office`` of ``Office
    for Budget Review``, ``Chamber`` of ``Tolvard Chamber of Trade``.

    >>> _body_head("Office for Budget Review"), _body_head("Tolvard Chamber of Trade")
    ('Office', 'Chamber')
    """
    before = name.split(" of ", 1)[0].split(" for ", 1)[0].split()
    return before[-1] if before else ""


def _portfolio_run(run: str) -> bool:
    """True when ``run``, after a body's *and*, goes on with its field (``Centre for
    Soil and Rural Justice``, ``Institute for Peace and Human Rights``): two or three
    words that open and end with a field's word (cues.BRIEF_WORDS), none an
    organisation's (``the Ministry of Lands and Kelby City Council``, ``the Department
    of Energy and National Grid`` name two bodies).

    >>> _portfolio_run("Rural Justice"), _portfolio_run("Human Rights")
    (True, True)
    >>> _portfolio_run("Kelby City Council"), _portfolio_run("National Grid")
    (False, False)
    >>> _portfolio_run("Public Health England"), _portfolio_run("Social Services Board")
    (False, False)
    """
    words = [_fold(w) for w in run.split()]
    return (
        2 <= len(words) <= 3
        and words[0] in cues.BRIEF_WORDS
        and words[-1] in cues.BRIEF_WORDS
        and all(w not in cues.ORG_NAME_WORDS and w not in _AND_HEADS for w in words)
    )


def _firm_of_partners(name: str) -> bool:
    """True when ``name`` is a firm named for its partners, joined by an ampersand
    (``Harrow & Pike``, ``Marr & Tully Ltd``), whose last word is no body's head
    (``Arts & Crafts Society`` names a body that ``of`` may continue).

    >>> _firm_of_partners("Harrow & Pike"), _firm_of_partners("Marr & Tully Ltd")
    (True, True)
    >>> _firm_of_partners("Arts & Crafts Society"), _firm_of_partners("Ministry")
    (False, False)
    """
    if " & " not in name:
        return False
    last = _fold(name.rsplit(None, 1)[-1])
    return last in _FIRM_SUFFIXES or last not in cues.ORG_NAME_WORDS


# A firm's legal or partners' ending, after which "of" names where the firm is.
_FIRM_SUFFIXES: Final = frozenset(
    {"ltd", "plc", "llp", "llc", "inc", "limited", "co", "company", "sons", "partners"}
)


def _service_and_service(text: str, last: Mention, start: int, end: int) -> bool:
    """True when a run ending in a service's word, *and*, and a run of service words name
    one body: ``Cardale Fire and Rescue Service``, ``Kelby Fire and Rescue Authority``.

    The second run holds no place (``Wessex Police and Avon Fire Service`` stay two),
    so a long organisation before a title (``… Rescue Service group manager Tom Holt``)
    is not read as a person called ``Cardale Fire``.

    >>> text = "Cardale Fire and Rescue Service group manager"
    >>> _service_and_service(text, Mention(0, 12, "Cardale Fire", "person", 0, True), 17, 31)
    True
    >>> text = "Wessex Police and Avon Fire Service"
    >>> _service_and_service(text, Mention(0, 13, "Wessex Police", "org", 0, True), 18, 35)
    False
    """
    words = text[start:end].split()
    return (
        text[last.end : start] == " and "
        and " " in text[last.start : last.end]
        and _fold(text[last.start : last.end].rsplit(None, 1)[-1]) in _SERVICE_ENDS
        and all(_fold(w) in _SERVICE_ENDS or _fold(w) in _AND_HEADS for w in words)
    )


def _two_places(text: str, first: int, first_end: int, start: int, end: int) -> bool:
    """True when one word at ``first``, *and*, and the run at ``start`` name one body.

    Health boards, police forces and fire services are named for two places
    (``Avon and Wessex Police``, ``Millbrook and District NHS Trust``): the run
    after *and* ends in a service's word and the word before is no body's word
    (``the Treasury and Kelby Council`` are two bodies, a council being no service).

    >>> _two_places("Avon and Wessex Police", 0, 4, 9, 22)
    True
    >>> _two_places("Treasury and Kelby Council", 0, 8, 13, 26)
    False

    Rule *a body named for two briefs*: a regulator or agency is named for the two
    fields it oversees (``Standards and Testing Authority``, ``Equality and Human Rights
    Commission``): a brief's word (``cues.BRIEF_WORDS``) before *and*, two or more words
    after it ending in a public body's word (``_AND_HEADS``).

    >>> _two_places("Water and Sewerage Authority", 0, 5, 10, 28)
    True
    >>> _two_places("Labour and Kelby Council", 0, 6, 11, 24)
    False
    """
    if text[first_end:start] != " and " or " " in text[first:first_end]:
        return False
    last = _fold(text[max(start, text.rfind(" ", start, end) + 1) : end])
    if _fold(text[first:first_end]) in cues.BRIEF_WORDS and " " in text[start:end] and (
        last in _AND_HEADS
    ):
        return True
    if _fold(text[first:first_end]) in cues.ORG_NAME_WORDS:
        return False
    return last in _SERVICE_ENDS or (last in _TRADES_ENDS and " " in text[start:end])


# Rule *a union of two trades*: "the Dyers and Cloth Finishers Union", "the Bakers and
# Confectioners Guild" name one body for the trades it joins; two or more words after
# *and* ending in the body's word (one word, "Tollmere and Unity Union", is no such name).
_TRADES_ENDS: Final = frozenset({"union", "guild", "confederation", "federation"})


def two_place_body(text: str, name: CleanName, phrase_start: int) -> CleanName | None:
    """``name`` with the place joined before it by *and*, when the two name one body.

    A speaker phrase ``Millbrook and District NHS Trust`` (opening the phrase
    at ``phrase_start``, or after *the* or a preposition) is one organisation,
    not two speakers (:func:`_two_places`).

    >>> two_place_body("Avon and Wessex Police said", clean_name("Wessex Police", 9), 0).name
    'Avon and Wessex Police'
    >>> two_place_body("Ruth Holt and Wessex Police", clean_name("Wessex Police", 14), 0) is None
    True
    """
    if not name.org or not text.startswith(" and ", name.start - 5):
        return None
    first_end = name.start - 5
    first = max(text.rfind(" ", 0, first_end), text.rfind("\n", 0, first_end)) + 1
    if (
        first < phrase_start
        or not is_name_word(text[first:first_end])
        or not (first == phrase_start or _opens_body(text, first))
        or not _two_places(text, first, first_end, name.start, name.end)
    ):
        return None
    words = (text[first:first_end], "and", *name.words)
    return CleanName(text[first : name.end], first, name.end, words, name.roles, None, True)


def _dropped_opening(text: str, start: int, end: int, sentence: int) -> Mention | None:
    """The one capitalised word opening a sentence before `` and `` and the run at ``start``.

    A sentence's first word is no name on its own, so the scan drops it; before
    ``and`` and a service's name (``Millbrook and District NHS Trust said``) it is
    the first place of the body's name (:func:`_two_places`), which
    :func:`_linked_org` then joins.

    >>> _dropped_opening("Millbrook and District NHS Trust said", 14, 32, 0)[:4]
    (0, 9, 'Millbrook', 'unknown')
    >>> _dropped_opening("Tom and Kelby Council said", 8, 20, 0) is None
    True
    """
    if text.startswith(" & ", start - 3):
        return _dropped_before_ampersand(text, start, sentence)
    if not text.startswith(" and ", start - 5):
        return None
    word_start = text.rfind(" ", 0, start - 5) + 1
    line_start = text.rfind("\n", 0, start - 5) + 1
    word_start = max(word_start, line_start)
    if (
        not _opens_body(text, word_start)
        or not is_name_word(text[word_start : start - 5])
        or not _two_places(text, word_start, start - 5, start, end)
    ):
        return None
    return Mention(word_start, start - 5, text[word_start : start - 5], "unknown", sentence, True)


def _dropped_before_ampersand(text: str, start: int, sentence: int) -> Mention | None:
    """The one capitalised word opening a sentence or a line before `` & `` and the run
    at ``start``: rule *an ampersand joins a firm* at a sentence's start too.

    ``Harrow & Pike has cancelled the book.``: the scan drops a sentence's first word,
    which here opens the firm's name; :func:`_linked_org` then joins the two.

    >>> _dropped_before_ampersand("Harrow & Pike has cancelled it.", 9, 0)[:4]
    (0, 6, 'Harrow', 'unknown')
    >>> _dropped_before_ampersand("He & Pike left.", 5, 0) is None
    True
    """
    word_end = start - 3
    word_start = max(text.rfind(" ", 0, word_end), text.rfind("\n", 0, word_end)) + 1
    word = text[word_start:word_end]
    if not is_name_word(word) or word.casefold() in cues.STOPWORDS:
        return None
    opening = text[max(0, word_start - 2) : word_start]
    if word_start and not (opening.endswith("\n") or opening[:1] in ".!?"):
        return None  # not a sentence's first word: the scan has read it already
    return Mention(word_start, word_end, word, "unknown", sentence, True)


# What opens a body named "<portfolio> for <place>": a sentence or a line, "the" or a
# preposition other than "of" ("Secretary of State for Wales" is a post).
_PORTFOLIO_OPENERS: Final = ("the ", " for ", "from ", " at ", " by ", "with ", "\n", ". ")


def _portfolio_opening(text: str, start: int) -> int:
    """Where a body named for its remit and a place opens, the run at ``start`` its
    place: ``Transport for Northern Districts``, ``Housing for Wexby``; else -1.

    Rule *a remit for a place is one body*: one capitalised portfolio word (which
    alone is a title word, :data:`cues.MINISTRY_PORTFOLIOS`) right before ``for``
    and the name, opening a sentence or after *the* or a preposition.

    >>> _portfolio_opening("A spokesman for Transport for Ardley said", 30)
    16
    >>> _portfolio_opening("the Secretary of State for Ardley", 27)
    -1
    """
    at = start - 5
    if at <= 0 or text[at] != " ":
        return -1
    word_start = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at)) + 1
    word = text[word_start:at]
    if (
        not word[:1].isupper()
        or not word[1:].islower()
        or _fold(word) not in cues.MINISTRY_PORTFOLIOS
        or _fold(word) == "state"
    ):
        return -1
    if word_start == 0 or text[max(0, word_start - 5) : word_start].endswith(_PORTFOLIO_OPENERS):
        return word_start
    return -1


def _opens_body(text: str, start: int) -> bool:
    """True when the word at ``start`` may open a body named for two places.

    After *the* or a preposition (``for``, ``from``, ``of``, ``at``, ``by``, ``with``),
    or at the start of a line or sentence: ``Millbrook and District NHS Trust said``.

    >>> _opens_body("A spokesman for Avon and Wessex Police", 16), _opens_body("Tom met Avon", 8)
    (True, False)
    """
    if start == 0 or text[start - 1] == "\n" or text[max(0, start - 2) : start] == ". ":
        return True
    return text[max(0, start - 5) : start].casefold().endswith(_BODY_OPENERS)


# Words before a body named for two places: "the Avon and Wessex Police", "for Avon and …".
_BODY_OPENERS: Final = ("the ", " for ", "from ", " of ", " at ", " by ", "with ")


def _possessive_name(
    index: NameIndex, name: str, words: tuple[str, ...], org: bool
) -> tuple[str, tuple[str, ...], str, bool]:
    """A name kept with its ``'s`` (``_POSSESSIVE_NAME``): a firm, or a known person misprinted.

    ``Penfold's said`` after ``Tom Penfold`` is that person, the ``'s`` a slip;
    otherwise it is a shop or firm named for its founder (``Sainsbury's``), an
    organisation. Returns the name, its words, its fullest form and whether it
    is an organisation.

    >>> index = NameIndex()
    >>> index.add("Tom Penfold", ("Tom", "Penfold"), person=True, org=False, gender=None,
    ...           roles=frozenset())
    >>> _possessive_name(index, "Penfold's", ("Penfold's",), False)
    ('Penfold', ('Penfold',), 'Tom Penfold', False)
    >>> _possessive_name(index, "Lorne's", ("Lorne's",), False)
    ("Lorne's", ("Lorne's",), "Lorne's", True)
    """
    stem_words = (*words[:-1], words[-1][:-2])
    stem = name[:-2]
    full = index.expand(stem, stem_words)
    if full in index.persons:
        return stem, stem_words, full, org
    return name, words, index.expand(name, words), True


def _dated(text: str, start: int, end: int) -> bool:
    """True when the run at ``start`` opens with a day or month: ``Pellmore Ltd on
    Monday``, ``Kelby Rovers on May 5`` date the news, no body is named so.

    >>> _dated("Pellmore Ltd on Monday", 16, 22), _dated("Committee on Health", 13, 19)
    (True, False)
    """
    first = text[start:end].split(None, 1)
    return bool(first) and first[0].casefold() in cues.CALENDAR_WORDS


# Rule *a title of a place is a name*: "the Duchess of Arnvale", "the Bishop of
# Tolworth" is one person styled so (cues.PLACE_TITLES), not the title of someone
# called "of Arnvale" nor a body like "the Ministry of Defence".
_PLACE_TITLE_WORDS: Final = "|".join(sorted(t.capitalize() for t in cues.PLACE_TITLES))
_PLACE_STYLE: Final = regex.compile(
    rf"(?:(?:The|THE)[ \u00a0]+)?(?P<title>{_PLACE_TITLE_WORDS})[ \u00a0]+of[ \u00a0]+"
    r"(?P<place>\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+){0,2})"
)


def _place_styled(styled: regex.Match[str], index: NameIndex, sentence: int) -> Mention:
    """The person a :data:`_PLACE_STYLE` match names, entered in ``index`` with the
    title as role and the gender it gives (``Duchess`` a woman, ``Bishop`` either).

    >>> index, text = NameIndex(), "The Earl of Wexdale's visit"
    >>> m = _place_styled(_PLACE_STYLE.match(text), index, 0)
    >>> m.name, m.kind, sorted(m.roles), m.start, index.gender.get("Earl of Wexdale")
    ('Earl of Wexdale', 'person', ['earl'], 4, 'm')
    >>> m.subject, _place_styled(_PLACE_STYLE.match("The Earl of Wexdale said"), index, 0).subject
    (False, True)
    """
    place = styled.group("place")
    owner = place.endswith(("'s", "’s"))
    if owner:
        # Rule *a styled owner is no subject*: "the Duke of Carrowmere's former aide" is
        # what the sentence is about, not who acts, as "Ana Ruiz's aide" would be.
        place = place[:-2]
    title = styled.group("title")
    name = f"{title} of {place}"
    role = title.casefold()
    roles = frozenset({role})
    index.add(name, tuple(name.split()), person=True, org=False,
              gender=cues.PLACE_TITLES[role], roles=roles)  # fmt: skip
    index.styled[name] = role
    start = styled.start("title")
    return Mention(start, start + len(name), name, "person", sentence, not owner, roles)


def _portfolio_of_org(text: str, last: Mention, run_start: int, start: int) -> bool:
    """True when the words a run lost at its head are a portfolio ending an organisation's name.

    Rule *a ministry keeps its portfolio*: ``the Ministry of Foreign Affairs``,
    ``the Department of Home Affairs`` — after an organisation and *of*/*for*, the
    portfolio words (``cues.MINISTRY_PORTFOLIOS``) that a minister's title would lose
    (``Foreign Minister Ada Quell``) name the body's remit. Not a title before a person
    (``the Ministry of Health Minister Ana Ruiz``: *minister* is no portfolio).

    >>> text = "The Ministry of Foreign Affairs said"
    >>> _portfolio_of_org(text, Mention(4, 12, "Ministry", "org", 0, True), 16, 24)
    True
    >>> text = "The Ministry of Health Minister Ana Ruiz said"
    >>> _portfolio_of_org(text, Mention(4, 12, "Ministry", "org", 0, True), 16, 31)
    False
    """
    return (
        last.kind == "org"
        and text[last.start : last.end] == last.name
        and text[last.end : run_start] in _ORG_LINKS
        and all(_fold(w) in cues.MINISTRY_PORTFOLIOS for w in text[run_start:start].split())
    )


def _link_title_word(
    text: str, mentions: list[Mention], index: NameIndex, start: int, end: int
) -> None:
    """``the Ministry of Culture``, ``the Ministry of Defence``: a title word that is no
    name alone (``Culture Secretary Ann Bell``) still ends an organisation's name after
    ``of``/``for``; the last mention grows to take it in.

    >>> mentions = [Mention(4, 12, "Ministry", "org", 0, True, frozenset())]
    >>> _link_title_word("The Ministry of Culture said", mentions, NameIndex(), 16, 23)
    >>> mentions[0].name, mentions[0].end
    ('Ministry of Culture', 23)
    """
    last = mentions[-1]
    if last.kind != "org" or text[last.start : last.end] != last.name:
        return
    if " " in text[start:end] and not all(
        _fold(w) in cues.MINISTRY_PORTFOLIOS for w in text[start:end].split()
    ):
        return  # "the Ministry of Foreign Trade" grows; other title words alone do not
    whole = text[last.start : end]
    index.add(whole, tuple(whole.split()), person=False, org=True, gender=None, roles=last.roles)
    mentions[-1] = last._replace(end=end, name=whole)


# "Kim, who asked us not to use her surname," / "who gave no surname": after the name.
_NO_SURNAME: Final = re.compile(
    r",[ \u00a0]+who[ \u00a0]+(?:asked|wished|preferred|did[ \u00a0]+not[ \u00a0]+want)"
    r"[^,.;:!?\n]{0,30}?[ \u00a0](?P<pronoun>his|her)[ \u00a0]+(?:surname|last[ \u00a0]+name"
    r"|full[ \u00a0]+name)"
)


# "Amina, not her real name, was 19 when…": a pseudonym given to protect a person
# (rule *a name that is not the real one is a person*).
_NOT_REAL_NAME: Final = re.compile(
    r",[ \u00a0]+not[ \u00a0]+(?P<pronoun>his|her)[ \u00a0]+real[ \u00a0]+name[,.]"
)


def _no_surname_gender(text: str, end: int) -> str | None:
    """The gender of a one-word name ending at ``end`` (at the comma after it) before
    ``, who asked us not to use her surname`` or ``, not her real name,``, else None.

    Rule *a first name given alone is a person*: a resident or worker who gives
    only a first name is later *he* or *she*, never an unknown capitalised word.

    >>> _no_surname_gender("Kim, who asked us not to use her surname, said", 3)
    'f'

    A pseudonym is a person too (``Amina, not her real name, was 19``):

    >>> _no_surname_gender("Amina, not her real name, was 19", 5)
    'f'
    """
    found = _NO_SURNAME.match(text, end, end + 90)
    if found is None:
        found = _NOT_REAL_NAME.match(text, end, end + 30)
    if found is None:
        return None
    return "m" if found.group("pronoun").casefold() == "his" else "f"


_ORDINAL_ENDS: Final = frozenset({"st", "nd", "rd", "th"})
_THE_ORDINAL: Final = re.compile(
    r"(?<![\w])[Tt]he[ \u00a0]+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)"
    r"[ \u00a0]+\Z"
)


def _after_the_ordinal(text: str, at: int) -> bool:
    """True for a name at ``at`` after *the* and an ordinal: ``the 2nd Harrowgate Fusiliers``.

    Rule *a numbered unit is a body*: a regiment, a fleet or a congress named
    with its number is an organisation, as a name after *the* is, never the
    *he* of the sentences after it.

    >>> t = "Arthur Pell of the 2nd Harrowgate Fusiliers"
    >>> _after_the_ordinal(t, t.index("Harrowgate")), _after_the_ordinal(t, t.index("Pell"))
    (True, False)
    """
    return _THE_ORDINAL.search(text, max(0, at - 16), at) is not None


# A preposition before a capital "The" inside a sentence: a title follows
# ("a production of The Tempest", "a role in The Long Shore").
_TITLE_BEFORE: Final = re.compile(r"(?<![\w])(?:of|in|on|from|with|starring)[ \u00a0]+\Z")


_NICK_OPENS: Final = frozenset("'‘\"“")
_NICK_CLOSES: Final = frozenset("'’\"”")


def _nickname_between(text: str, before: int, after: int) -> str | None:
    """The nickname quoted between two stretches of reporter's text, if that is what
    lies there: ``Natalia 'Nat' Orrell`` — one capitalised word in quote marks with a
    space either side (the quote's marks are in the stretches); else None. The caller
    joins it only between two name runs (``it 'Pure' rubbish`` joins nothing).

    >>> text = "Star Natalia 'Nat' Orrell split."
    >>> _nickname_between(text, 14, 17)
    'Nat'
    >>> _nickname_between("It was a 'very' good year.", 10, 14) is None
    True
    """
    if after - before > 20 or after + 1 >= len(text):
        return None
    if text[before - 1] not in _NICK_OPENS or text[before - 2] != " ":
        return None
    if text[after] not in _NICK_CLOSES or text[after + 1] != " ":
        return None
    word = text[before:after]
    if not word[:1].isupper() or not word.isalpha():
        return None
    return word


def _given_before_nickname(text: str, end: int, starts: list[int]) -> int:
    """Where the given name ending at ``end`` starts, before a quoted nickname that opens
    its sentence (``Margaret 'Peggy' Dunleavy, of Orchard Rise,``), else -1.

    Rule *a nickname opening the sentence*: the scan reads no capitalised word alone
    at a sentence's start as a name, so the given name before the nickname is read
    here: one capitalised word, first in its sentence or line, that is no role or
    honorific (``Actress 'Peg' Dunne`` keeps her role out of her name).

    >>> text = "Margaret 'Peggy' Dunleavy won."
    >>> _given_before_nickname(text, 8, [0]), _given_before_nickname("Coach 'Ty' Rowe won.", 5, [0])
    (0, -1)
    """
    begin = end
    while begin > 0 and text[begin - 1].isalpha():
        begin -= 1
    word = text[begin:end]
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
        return -1
    sentence_start = starts[bisect_right(starts, begin) - 1] == begin
    if not (begin == 0 or text[begin - 1] == "\n" or sentence_start):
        return -1
    folded = _fold(word)
    if folded in cues.PERSON_ROLES or folded in cues.HONORIFICS or folded in cues.ORG_ROLES:
        return -1
    return begin


# Prepositions of place that open a sentence before a place and then a name, with no
# comma between: "In Kelso Ana Ruiz said", "At Kestrel Foods Tom Rye said".
# ("Near", "Outside"… open a name run of their own, read as one name.)
PLACE_OPENERS: Final = frozenset({"In", "At"})


def name_after_place(words: Sequence[str]) -> int:
    """Where the name starts in ``words`` opening a sentence with a place, or 0.

    Rule *a place after an opening preposition is no forename*: ``In Kelso Ana
    Ruiz said``, with no comma after the place, puts the place first, so of three
    or more capitalised words after the preposition the last two are the name and
    the rest the place (``New Harlow``, ``Kestrel Foods``). Only when every word
    after the preposition is capitalised (``Ana de la Cruz`` is never cut) and the
    last is no possessive (``In Mary Ann Coe's view``). Shared by the name scan and
    the clause's speaker phrase, so both read the same name.

    >>> name_after_place(["In", "Kelso", "Ana", "Ruiz"]), name_after_place(["In", "Kelso", "Ruiz"])
    (2, 0)
    >>> name_after_place(["With", "Kelso", "Ana", "Ruiz"]), name_after_place(["Ana", "Ruiz"])
    (0, 0)
    """
    if (
        len(words) < 4
        or words[0] not in PLACE_OPENERS
        or words[-1].endswith(("'s", "’s", ","))
        or not all(w[:1].isupper() for w in words[1:])
    ):
        return 0
    return len(words) - 2


def _place_before_name(
    text: str, start: int, end: int, words: tuple[str, ...], starts: list[int]
) -> int:
    """Where the name starts in a run after a sentence-opening preposition of place,
    or -1 (:func:`name_after_place`; the preposition is outside the run). Runs of
    three words are rare, so the hot path seldom comes here.

    >>> text = "In Kelso Ana Ruiz said it."
    >>> _place_before_name(text, 3, 17, ("Kelso", "Ana", "Ruiz"), [0])
    9
    >>> _place_before_name("Kelso Ana Ruiz said it.", 0, 14, ("Kelso", "Ana", "Ruiz"), [0])
    -1
    """
    if start < 3 or text[start - 1] != " " or text[end : end + 1] in ("'", "’"):
        return -1  # "In Mary Ann Coe's view": a possessive, the person's view
    previous = _previous_word(text, start)
    if previous is None or previous[3] or not name_after_place((previous[0], *words)):
        return -1
    opener = previous[1]
    if starts[bisect_right(starts, opener) - 1] != opener:
        return -1  # "… said In Kelso": not the sentence's first word
    j = end - len(words[-1])
    while j > start and text[j - 1] in " \u00a0":
        j -= 1
    cut = j - len(words[-2])
    return cut if cut > start and text[cut:j] == words[-2] else -1


def scan_mentions(
    text: str, gaps: Sequence[tuple[int, int]], starts: list[int]
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
    person_roles, org_roles, org_only = cues.PERSON_ROLES, cues.ORG_ROLES, _ORG_ONLY
    relations = cues.RELATION_NOUNS
    group_nouns, place_words = cues.GROUP_NOUNS, cues.PLACE_FIRST_WORDS
    honorifics = cues.HONORIFICS
    place_last = cues.PLACE_LAST_WORDS
    places: set[str] = set()
    things: set[str] = set()  # titles of works: "the album, Harbour Lights,"
    ships: set[str] = set()  # "the vessel Sea Verity", in every mention
    known, persons, orgs = index.known, index.persons, index.orgs
    # index.add, index.expand and mentions.append are called directly: compiled,
    # a bound method kept in a local is called through the interpreter, with its
    # keyword arguments parsed on every call (per generated article: about 15k
    # fewer instructions).
    by_last, by_first, by_given = index._by_last, index._by_first, index._by_given
    by_initials = index._by_initials
    new_mention = tuple.__new__  # Mention(...) without the Python-level __new__
    size = len(text)
    everywhere = ascii_letters(text)
    headline_end = text.find("\n")
    previous_end = -1
    styled_end = -1
    for gap_start, gap_end in gaps:
        nick = _nickname_between(text, previous_end, gap_start) if previous_end > 1 else None
        previous_end = gap_end
        runs = (
            _NAME_SCAN_ASCII.finditer(text, gap_start, gap_end)
            if everywhere
            else _name_runs(text, gap_start, gap_end)
        )
        for match in runs:
            run_start, run_end = match.span()
            if run_start and text[run_start - 1] not in _PLAIN_BEFORE:
                run_start = _run_start(text, run_start)
            if run_start < gap_start:
                continue
            # The first letter looked at before the generic startswith, whose start
            # argument costs a call through the interpreter compiled.
            if text[run_start] in _QUESTION_FIRSTS and text.startswith(
                _QUESTION_OPENERS, run_start
            ):
                run_start = _past_question_opener(text, run_start, run_end, starts, known)
            elif text[run_start] in _SCENE_FIRSTS and text.startswith(_SCENE_OPENERS, run_start):
                run_start = _past_scene_opener(text, run_start, run_end, starts)
            portfolio_office: str | None = None
            if text[run_start - 4 : run_start] in _PORTFOLIO_LINKS:
                run_start, portfolio_office = _past_portfolio(text, run_start, run_end)
                campaign = (
                    _campaign_start(text, run_start - 4)
                    if portfolio_office is None and text[run_start - 4 : run_start] == "the "
                    else -1
                )
                if campaign >= 0:
                    if mentions and mentions[-1].start == campaign:
                        mentions.pop()  # "Free", read alone before "the Ponies"
                    run_start = campaign
            if run_start < styled_end:
                continue  # the place of a title already taken in: "the Earl of |Wexdale|"
            if text[run_start - 1] == "(" and _bracketed_remit(text, run_start, run_end):
                continue
            parts = _clean(text[run_start:run_end])
            if parts is None:
                if (
                    mentions
                    and text[mentions[-1].end : run_start] in _ORG_LINKS
                    and not _dated(text, run_start, run_end)
                ):
                    _link_title_word(text, mentions, index, run_start, run_end)
                styled = (
                    _PLACE_STYLE.match(text, run_start, min(size, run_end + 60))
                    if text[run_end : run_end + 4] == " of "  # most runs: no regex run
                    else None
                )
                if styled is not None and cues.ORG_NAME_WORDS.isdisjoint(
                    _fold(w) for w in styled.group("place").split()
                ):
                    styled_end = styled.end()
                    at = bisect_right(starts, run_start) - 1
                    mentions.append(_place_styled(styled, index, at))
                continue
            rel_start, rel_end, name, words, roles, gender, org = parts
            if portfolio_office is not None:
                roles = roles | {portfolio_office}
            start, end = run_start + rel_start, run_start + rel_end
            if rel_start and mentions and _portfolio_of_org(text, mentions[-1], run_start, start):
                # "the Ministry of Foreign Affairs": the portfolio ends the body's name
                start, rel_start, org = run_start, 0, True
                name = " ".join(text[start:end].split())
                words = tuple(name.split())
            if _not_an_entity(text, start, end, words):
                continue
            if start < headline_end and len(words) > 1:
                cut = _headline_cut(text, start, end, words)
                if cut < end:
                    shorter = _clean(text[start:cut])
                    if shorter is None:
                        continue
                    rel_start, rel_end, name, words, roles, gender, org = shorter
                    start, end = start + rel_start, start + rel_end
            if (text[end : end + 5] == " for " or text[end : end + 4] == " of ") and _tiered_office(
                words
            ):
                continue  # "Federal Minister for Planning Ana Sol": an office, no name
            if len(words) == 1 and _shouted_opening_word(text, start, end, words[0], starts):
                continue  # "POP star Lia Venn has…": the story's first word in capitals
            if org and len(words) == 1 and _opening_gerund(text, start, end, words[0], starts):
                continue  # "Trading in its shares was suspended": an activity, no body
            if org and len(words) == 2 and _tabloid_opening(text, start, words):
                org = False  # "DOM Achebe has vowed…": a name, its first word in capitals
                words = (words[0].capitalize(), words[1])
                name = words[0] + name[len(words[0]) :]
            # text.startswith(",", end), without the generic method call that a
            # start argument costs compiled (with the possessive test below, per
            # generated article: about 50k instructions fewer).
            if nick is not None:
                last = mentions[-1] if mentions else None
                first_name = last.name if last is not None else ""
                titled_given = False
                title = ""
                if " " in first_name:
                    # "Gov. Ramon 'Monching' Tabora": a title before the given name, whose
                    # role the person keeps ("the governor")
                    title, _, first_name = first_name.partition(" ")
                    titled_given = _fold(title) in honorifics and " " not in first_name
                if (
                    last is not None
                    and start == gap_start + 2
                    and last.end == gap_start - len(nick) - 2
                    and (" " not in last.name or titled_given)
                    and not org
                ):
                    # "Natalia 'Nat' Orrell": one person, whom "Nat" names later
                    del mentions[-1]
                    name, words = f"{first_name} {name}", (first_name, *words)
                    start = last.end - len(first_name)
                    role = cues.HONORIFIC_ROLES.get(_fold(title)) if titled_given else None
                    if role is not None:
                        roles = roles | {role}
                    index._by_given[nick] = name
                elif start == gap_start + 2 and not org and len(words) == 1:
                    given_end = gap_start - len(nick) - 2
                    given_start = _given_before_nickname(text, given_end, starts)
                    if given_start >= 0 and (last is None or last.end <= given_start):
                        # "Margaret 'Peggy' Dunleavy, 72, …" opening a sentence: the given
                        # name, left unread there as any capitalised first word is
                        first_name = text[given_start:given_end]
                        name, words = f"{first_name} {name}", (first_name, *words)
                        start = given_start
                        index._by_given[nick] = name
                nick = None
            comma = end < size and text[end] == ","
            sentence = bisect_right(starts, start) - 1
            if len(words) == 1:  # NameIndex.expand's first case, inlined: the common one
                word = words[0]
                expanded = (
                    by_last.get(word)
                    or by_first.get(word)
                    or by_given.get(word)
                    or by_initials.get(word)
                    or index.shouted(word)
                    or name
                )
            else:
                if len(words) > 2 and not rel_start and not org and not roles:
                    cut = _place_before_name(text, run_start, end, words, starts)
                    placed = _clean(text[cut:run_end]) if cut > 0 else None
                    if placed is not None:
                        # "In Kelso Ana Ruiz said": the same last word, so ``end`` holds
                        run_start = cut
                        rel_start, rel_end, name, words, roles, gender, org = placed
                        start = run_start + rel_start
                expanded = index.expand(name, words)
            held_office: str | None = None
            held = (
                _holder_after_body(text, run_start, run_end)
                if rel_start or (org and len(words) >= 3)
                else None
            )
            if held is not None:
                # Rule *an office of a body, then its holder*: the body is named, then
                # the person holding the office before it ("Convener of the …")
                body_end, holder_start, held_office = held
                body = text[run_start:body_end]
                held_parts = _clean(text[holder_start:run_end])
                if held_parts is not None:
                    body_roles = frozenset(w for w in _fold(body).split() if w in org_roles)
                    index.add(body, tuple(body.split()), person=False, org=True, gender=None,
                              roles=body_roles)  # fmt: skip
                    mentions.append(
                        new_mention(Mention, (run_start, body_end, body, "org",
                                              bisect_right(starts, run_start) - 1, False,
                                              body_roles))
                    )  # fmt: skip
                    run_start = holder_start
                    rel_start, rel_end, name, words, roles, gender, org = held_parts
                    start, end = run_start + rel_start, run_start + rel_end
                    roles = roles | {held_office}
                    expanded = index.expand(name, words)
            if end - start > 2 and text[end - 1] in "sS" and text[end - 2] in "'’":
                name, words, expanded, org = _possessive_name(index, name, words, org)
            same = expanded == name
            folded = name.casefold()  # once: each call is a method call compiled
            if expanded in orgs and (not same or folded not in org_roles):
                # "Northwind" after "Northwind Energy"; "Parcelwise" after "Parcelwise,
                # the app,": once an organisation, always one (not a role word:
                # "Council" in "Council leader Ivy Marsh" is no name for later).
                org = True
            if (
                rel_start == 0
                and same
                and len(words) == 1
                # "Theatre apologises…": a lone role noun opening the headline is a common noun
                and (
                    (not org and not roles)
                    or (start < headline_end and folded in org_roles)
                )
                and name not in known
                and not text[starts[sentence] : start].strip(' \u00a0"“‘([')
                and not comma  # "Vantor, the French label, …"
                and (
                    folded in group_nouns
                    or not _cue_after(text, end, min(size, end + 40))
                )
                and (
                    folded in group_nouns
                    or not _owns_its(text, end, size)
                    or written_as_place(text, name)
                )
                and not text.startswith(_AND_DISTRICT_FORMS, end)  # "Wexcombe and District…"
                and _RANG_IN.match(text, end) is None  # "Dana in Ely rang in": a caller
            ):
                continue  # an ordinary capitalised word opening a sentence
            # Before a stripped honorific, the word before the run: "The Labour
            # leader, Sir Keir Adebayo," has its role before the comma.
            at = start
            titled = bool(rel_start) and _fold(text[run_start:start].split()[0]) in honorifics
            if titled:
                at = run_start
            previous = _previous_word(text, at) if at and text[at - 1] in " \u00a0" else None
            prev_word = previous[0].casefold() if previous is not None else ""
            if prev_word == "the" and len(words) == 1 and cues.is_descriptor(name):
                continue  # "the Scot": describes someone named, names no one
            if prev_word in ("the", "a", "an") and end < run_end and roles & _SEAT_LETTERS:
                continue  # "the Fianna Fáil TD": a party's member described, no one named
            if not gender and previous is not None and previous[0].islower():
                # "his granddaughter Leah Greer", "her husband, Tom,": kin give the gender
                gender = cues.family_gender(previous[0])
            given: str | None = None
            if len(words) == 1 and previous is not None and previous[0] in _GAVE_NAME_WORDS:
                given = _given_name_gender(text, start)  # "who gave her name only as Mari"
                gender = gender or given
            if (
                given is None
                and len(words) == 1
                and _audience_member(text, starts[sentence], start, end)
            ):
                given = ""  # "Another caller, Dana from Ely, said": a person, gender unknown
            if not gender and comma and len(words) == 1:
                gender = _no_surname_gender(text, end)  # "Kim, who asked … her surname,"
            if previous is not None and previous[0] == "The" and _TITLE_BEFORE.search(
                text, max(0, previous[1] - 6), previous[1]
            ):
                continue  # "a production of The Tempest": a title, not who speaks
            extra: set[str] | None = None
            if (
                (prev_word in person_roles or prev_word in org_roles)
                and not (previous is not None and previous[3])
                and held_office is None  # the body's last word is not the holder's role
                and portfolio_office is None  # "Commissioner of Police Ada Obi": no police
            ):
                extra = {prev_word}  # "coach Ana Ruiz", not "published by the club, Ruiz said"
                if rel_start and not titled and text[run_start - 1 : run_start] == " ":
                    # "senior coroner Judge Ann Pell": the office before the title is
                    # a role too, so "the coroner" finds her as "the judge" does.
                    office = _previous_word(text, run_start)
                    if office is not None and not office[3] and office[0] in person_roles:
                        extra.add(office[0])
                if prev_word in _EITHER_ROLES and _operated_before(text, previous):
                    org = True  # "Ferry operator Brandle Lines": a firm, not a person
                elif prev_word in _OFFICERS_BODIES and not org and previous is not None:
                    officer = _officer_of(text, previous[1])
                    if officer is not None:
                        extra = {officer}  # "chairman of the board Tom Ash": its chairman
            if (
                titled
                and prev_word in cues.CLERGY_STYLES
                and _fold(text[run_start:start].split()[0]) in cues.REVERENDS
            ):
                extra = {cues.CLERGY_STYLES[prev_word]}  # "The Most Rev Ellis Tanaka"
            if previous is not None and previous[3]:
                # "The minister, Ruth van der Berg," / "A spokesperson for Acme, Jo Smith,":
                # a role shortly before the comma, and no preposition before the name.
                prev_word = ""
                if comma:
                    lead = text[max(0, previous[1] - 40) : previous[2]].split()[-4:]
                    found = {
                        w.rstrip(",") for w in lead if w.rstrip(",") in person_roles and w.islower()
                    }
                    if not found:
                        found = _capital_office(lead)
                    if not found:
                        found = _seat_before(lead)
                    if not found:
                        found = _opening_role(text, starts[sentence], previous[2])
                    if not found:
                        found = _office_with_remit(text, starts[sentence], previous[2])
                    if found:
                        extra = found if extra is None else extra | found
                        org = org or not found.isdisjoint(org_only)
                elif text[end : end + 1] in _CLAUSE_CLOSE and _firm_glossed_before(text, previous):
                    # Rule *a firm glossed before its name*: "wrote to the kettle's maker,
                    # Quillet." — a body's noun right before the comma, the name ending the
                    # clause (not "thanked the club, Ann Dale said": a speaker).
                    org = True
            if comma:
                if (
                    text.startswith((", which", ", that "), end)
                    and (
                        expanded in known  # "Kelby, which makes up half of sales," named before
                        or _SHARE_OF.match(text, end, min(size, end + 90)) is None
                    )
                ) or (
                    text.startswith(", whose ", end)
                    and expanded not in persons  # "Lindgren, whose debut…" after Petra Lindgren
                    # Rule *a titled name is a person*: "State Rep. Ada Holt, whose district
                    # includes Elmfield," / "Mr Tom Ash, whose…": a title's role or
                    # gender before the name, never a body's
                    and not (rel_start and (gender or not roles.isdisjoint(cues.PERSON_ROLES)))
                    and not _whose_person(text, end, extra)
                ):
                    extra = {"organisation"} if extra is None else extra | {"organisation"}
                role_after = _ROLE_AFTER_ASCII if everywhere else _ROLE_AFTER
                after = role_after.match(text, end, min(size, end + 80))
                if after is not None and _predicate_after(text, after.group(0), after.end()):
                    after = None  # "The minister, Ivo Marr, thanked the board.": his deed
                if after is not None:
                    word = after.group(1).casefold()  # ", the Labour MP,": the role "mp"
                    # ", an analyst at the bank": the head is the noun before the
                    # preposition, not the last word.
                    words_after = after.group(0).split()
                    for k in range(2, len(words_after) - 1):
                        if words_after[k] in cues.APPOSITIVE_LINKS:
                            word = words_after[k - 1].strip(",.;)").casefold()
                            break
                    # Rule *a relative who is no body*: ", who joins Kelvane's board," names
                    # what the person joins or serves, not what the name is.
                    if (
                        word in person_roles and not _fronted_listener(text, starts[sentence], at)
                    ) or (word in org_roles and _WHO_AFTER.match(text, end) is None):
                        extra = {word} if extra is None else extra | {word}
                expert = _field_expert(text, end, size)
                if expert is not None:
                    extra = {expert} if extra is None else extra | {expert}
                doer = _relative_doer(text, end)
                if doer is not None:
                    extra = {doer} if extra is None else extra | {doer}
            if extra:
                roles = roles | extra
                org = org or (
                    not extra.isdisjoint(org_only)
                    and not (
                        previous is not None
                        and not previous[3]
                        and _RETIRED_BEFORE.search(text, max(0, previous[1] - 30), previous[1])
                    )
                )
            if not roles.isdisjoint(_OFFICER_WORDS):
                letters = _officer_title(text, starts[sentence], start, end, comma)
                if letters is not None:
                    roles = roles | {letters}  # "Chief Financial Officer Ana Ruiz" is the CFO
            if not org and not gender and (
                (prev_word in ("in", "of") and text.endswith(_TRADED_BEFORE, max(0, at - 10), at))
                or (
                    text[end + 1 : end + 2] == "s"  # every form's second letter
                    and text.startswith(_TRADED_STARTS, end)
                    and _TRADED_AFTER.match(text, end, end + 40) is not None
                )
            ):
                org = True  # a traded name is a company: "Halvorsen Freight shares fell"
            if (
                not org
                and not gender
                and text.startswith(_FLOWN_STARTS, end)
                and _FLOWN_NOUN.match(text, end, end + 12) is not None
                and text[max(0, at - 4) : at].casefold().endswith(("a ", "an ", "the "))
                and not _flown_otherwise(text, name, end)
            ):
                org = True  # "A Ternwing Atlantic flight": the airline
                roles = roles | {"airline"}
            if (
                not org
                and not gender
                and (not roles or roles <= _EITHER_ROLES)  # "Operator Kestrel Grid said it…"
                and end < size
                and text[end] == " "
                and _said_it(text, end, size, person_like=bool(roles))
            ):
                org = True  # "Pellmore said on Monday it would…": it, not he or she
            if (
                not org
                and not gender
                and not roles
                and len(words) == 1
                and folded not in group_nouns
                and not cues.people_plural(folded)  # "Judges praised its menu": people
                and expanded not in persons
                and _owns_its(text, end, size)
                and not written_as_place(text, name)
            ):
                org = True  # "Kestrane has recalled 40,000 of its kettles"
            if (
                not org
                and not gender
                and not roles
                and len(words) >= 2
                and _ACTS_ON_ITS.match(text, end, min(size, end + 40)) is not None
            ):
                org = True  # "Pennywise Homestores is to close its Westmarsh store"
                persons.discard(expanded)  # a Title Case headline took it for a person
            person = False
            if (
                not org
                and (
                    prev_word == "the"
                    or (prev_word[-2:] in _ORDINAL_ENDS and _after_the_ordinal(text, at))
                )
                and not titled  # "The Rev Sarah Pike led the service": a person
                and roles.isdisjoint(person_roles)
                and words[0].casefold() not in place_words
                and words[-1].casefold() not in place_last
                and (same or expanded not in places)
            ):
                org = True  # "the Daily Planet", "the Fair Bills Alliance"
            if (
                not org
                and prev_word in _OWNING_PRONOUNS
                and not titled
                and expanded not in persons
                and roles.isdisjoint(person_roles)
                and (noun := _noun_after(text, end, size)) is not None
                and (noun.group("noun") in person_roles or noun.group("noun") in relations)
            ):
                # Rule *a body between a possessive and a person's role*: "Her Civic
                # Progress rival, Tom Reid," and "his Kelby Rovers teammate" name the
                # party or club the rival or teammate is from, not a person.
                org = True
            if org and words[0] == "United" and len(words) >= 2 and words[1] in _UNITED_PLACES:
                org = False  # "the United States", "the United Kingdom": a country, no club
            place = (
                not org
                and not roles
                and len(words) >= 2
                and (words[0].casefold() in place_words or words[-1].casefold() in place_last)
                and expanded not in persons
                and not (comma and _given_and_who(text, words, end))
            ) or (not same and expanded in places)
            if (
                not place
                and not org
                and not roles
                and prev_word == "of"
                and previous is not None
                and text[end : end + 2] not in ("'s", "’s")
                and _place_of(text, previous[1])
            ):
                # Rule *the town of a name is a place*: "the flag carrier of the emirate of
                # Dar Kellam" names a place, never a he or she
                place = True
            if (
                place
                and words[-1].casefold() in cues.CLUB_WORDS
                and _CLUB_ACTS.match(text, end, min(size, end + 50)) is not None
            ):
                place, org = False, True  # "Port Ellen Town signed…": a club, not the town
            elif (
                place
                and not roles
                and len(words) >= 2
                and words[-1].casefold() in place_last
                and not text[starts[sentence] : start].strip(' \u00a0"“‘([')
                and (
                    _cue_after(text, end, min(size, end + 30))
                    or _issues_after(text, end, min(size, end + 50))
                )
            ):
                # Rule *a name that speaks is a body*: "Kestrel Bay confirmed…",
                # "Marlow Harbour said": a name read as a place for its last word only is,
                # opening a sentence as the subject of a speech verb, the body of that
                # name (not in "A contestant on Lost Island says she…"); so is one that
                # issues a statement ("Brisby Safari Park has issued a statement.").
                place, org = False, True
            if not org and not place and folded not in group_nouns:
                person = bool(not same or len(words) >= 2 or gender or roles)
                person = person or given is not None
                person = person or expanded in persons
                # _WHO_AFTER and _AGE_AFTER open with a comma: ``comma`` rules most out
                person = person or (comma and _WHO_AFTER.match(text, end) is not None)
                if (
                    prev_word in _LOCATIVE
                    and expanded not in persons
                    and (not comma or _AGE_AFTER.match(text, end) is None)
                    # "speaking to Dr Ana Kirk": a person's title; not "flights to St Ives"
                    and not (titled and _fold(text[run_start:start].split()[0]) != "st")
                ):
                    person = False  # "flights to Port Ellen"; not "paid to Colin Marsh, 71,"
                if person and len(words) >= 2 and words[-1].casefold() in cues.PORTFOLIO_NOUNS:
                    person = False  # "… for Fisheries and Maritime Works": a brief, no one
            kind: MentionKind = (
                "org" if org else "place" if place else "person" if person else "unknown"
            )
            if kind != "place" and not roles and (
                expanded in ships
                or (
                    (
                        (words[0] in _SHIP_PREFIXES and len(words) >= 2)
                        or (
                            previous is not None
                            and not previous[3]
                            and previous[0] in _VESSEL_NOUNS  # "the ferry Sea Verity"
                        )
                    )
                    and not _firm_words(words)  # "the ferry Harwick Shipping had chartered"
                )
            ):
                kind = "unknown"  # a ship: "the vessel Sea Verity", then "the Sea Verity"
                person = org = False
                ships.add(expanded)
            elif (
                kind == "person"
                and not roles
                and comma
                and _thing_after(text, end, min(size, end + 60))
            ):
                kind = "unknown"  # "Ossel Pulse, the retail dashboard": a product
                person = False
                things.add(expanded)
            elif kind == "person" and not roles and (
                expanded in things
                or (
                    previous is not None
                    and previous[0].casefold() in _WORK_NOUNS
                    and (
                        not previous[3]  # "album Harbour Lights"
                        or (
                            (comma or _TITLE_TAIL.match(text, end) is not None)
                            and _titled_apposition(text, starts[sentence], previous[1], end)
                        )
                    )
                )
                or (
                    prev_word in _SHOW_LEADS
                    and not gender
                    and len(words) >= 2
                    and expanded not in persons
                    and text[end : end + 2] not in ("'s", "’s")  # "the star of Ana Ruiz's film"
                    and _shows_object(text, previous, end)
                )
            ):
                kind = "unknown"  # a title: "Harbour Lights was recorded"
                person = False
                if previous is None or not previous[3]:
                    things.add(expanded)  # in every mention; "album, Harbour Lights," only here
            elif kind != "org" and words[0].casefold() in _EVENT_WORDS and len(words) >= 2:
                kind = "place"  # "Storm Maribel", "Hurricane Ada": an event, not a speaker
                person = False
            if kind == "place":
                places.add(expanded)
            possessive = text[end : end + 2]
            subject = prev_word not in _OBJECT_LIKE and possessive != "'s" and possessive != "’s"
            if subject and prev_word == "the" and previous is not None and not previous[3]:
                # Rule *a place after "in the" is no subject*: "Harwick Albion, whose fans
                # were housed in the Brook End, condemned it." — the stand is where they
                # were, as "in Brook End" would be; "they" is never the stand.
                before = _previous_word(text, previous[1])
                subject = before is None or before[3] or before[0] not in _WHERE_WORDS
            if not subject and kind == "person" and possessive[:1] != "'" and possessive != "’s":
                # Rule *whom we spoke to speaks*: "We've been speaking to Dr Ana Kirk, who
                # says…" opens the interview; she is who "she said" goes on with.
                subject = _WE_SPOKE_TO.fullmatch(text, starts[sentence], at) is not None
            if (org or text[start - 3 : start] == " & ") and not (
                mentions and start - mentions[-1].end <= 9
            ):
                opening = _dropped_opening(text, start, end, sentence)
                if opening is not None:
                    mentions.append(opening)  # "Millbrook and District NHS Trust said"
            if text[start - 4 : start] == "for " and (
                opened := _portfolio_opening(text, start)
            ) >= 0:
                # "Transport for Northern Districts", "Justice for Families": one body
                start, expanded = opened, text[opened:end]
                words, kind, person, org = tuple(expanded.split()), "org", False, True
                subject = not text[max(0, opened - 5) : opened].endswith(_PORTFOLIO_OPENERS[1:6])
            if mentions and start - mentions[-1].end <= 16:  # " and Districts " the longest link
                last = mentions[-1]
                whole = _linked_org(text, last, start, end, person or expanded in known, org)
                if whole is not None:
                    # "the Office for Budget Review": one organisation, not "Office"
                    # and a person called "Budget Review".
                    del mentions[-1]
                    start, expanded, words = last.start, whole, tuple(whole.split())
                    kind, person, org, subject = "org", False, True, last.subject
                    roles, sentence = roles | last.roles, last.sentence
            if kind == "person" and len(words) == 2:
                opener = _pair_opener(text, starts[sentence], start, sentence)
                if opener is not None and (not mentions or mentions[-1].end <= opener.start):
                    # Rule *a pair opening its sentence*: "Tom and Jodie Penrick opened
                    # the shop." — the lone first word was passed over as any sentence's
                    # capital; it is the pair's first name all the same.
                    mentions.append(opener)
            if kind == "person" and len(words) == 2 and mentions:
                couple = _couple(text, mentions[-1], start, end, words)
                if couple is not None:
                    # "Tom and Jodie Penrick": Tom is a Penrick too
                    index.add(couple, (mentions[-1].name, words[1]), person=True, org=False,
                              gender=None, roles=frozenset())
                    mentions[-1] = mentions[-1]._replace(name=couple, kind="person")
            index.add(expanded, words, person=person, org=org, gender=gender, roles=roles)
            if org and end + 1 < size and text[end] == " " and text[end + 1] == "(":
                index.add_bracketed(expanded, words, text[end : end + 8])
            mentions.append(
                new_mention(Mention, (start, end, expanded, kind, sentence, subject, roles))
            )
    return mentions, index


def _couple(
    text: str, last: Mention, start: int, end: int, words: tuple[str, ...]
) -> str | None:
    """``Tom and Jodie Penrick``: the given name before *and* with the surname after.

    Couples, parents and siblings share one surname written once; the first
    given name is a person of that surname. Only a lone word never seen as a
    name of its own, right before *and* or *&*, with a word of family
    (:func:`cues.is_kin`) or a plural of people (``Owners``) a few words before or
    after: ``a loan from Hollin and Rosa Quint`` names a firm and its owner.

    >>> m = Mention(0, 3, "Tom", "unknown", 0, True, frozenset())
    >>> _couple("Tom and Jodie Penrick, a couple from Ash", m, 8, 21, ("Jodie", "Penrick"))
    'Tom Penrick'
    >>> _couple("Tom and Jodie Penrick", m, 8, 21, ("Jodie", "Penrick")) is None
    True
    """
    if last.kind not in ("unknown", "person") or " " in last.name or last.end > start:
        return None
    if text[last.end : start] not in (" and ", " & ", "\u00a0and\u00a0"):
        return None
    if _fold(last.name) in cues.HONORIFICS or not last.name[1:].islower():
        return None  # "Mr and Mrs Penrick"; "BBC and Jo Lee"
    # the sentence's last six words before the pair and first four after it
    before = _SENTENCE_STOP.split(text[max(0, last.start - 60) : last.start])[-1].split()[-6:]
    after = _SENTENCE_STOP.split(text[end : end + 40], maxsplit=1)[0].split()[:4]
    if not any(_kin_or_people(word.strip(",;:()'’")) for word in before + after) and not (
        _pair_next(text, end)
    ):
        return None
    return f"{last.name} {words[1]}"


def _pair_opener(text: str, lo: int, start: int, sentence: int) -> Mention | None:
    """The lone given name opening the sentence from ``lo`` right before *and* and the
    name at ``start`` (``Tom and Jodie Penrick``), as a mention of unknown kind; else None."""
    head = text[lo:start]
    for link in (" and ", " & "):
        if head.endswith(link):
            word = head[: -len(link)]
            if word.isalpha() and word[:1].isupper() and word[1:].islower():
                return Mention(lo, lo + len(word), word, "unknown", sentence, True, frozenset())
    return None


def _pair_next(text: str, end: int) -> bool:
    """True when the sentence after the one ending past ``end`` opens by calling the names
    a couple or a pair (``Tom and Jodie Penrick opened the shop in 1990.`` ⏎ ``The couple
    announced…``): the family word a reader takes the pair by, one sentence on.

    >>> _pair_next("Tom and Jodie Penrick opened it. The couple said so.", 21)
    True
    >>> _pair_next("Tom and Jodie Penrick opened it. The shop said so.", 21)
    False
    """
    stop = _SENTENCE_STOP.search(text, end, end + 300)
    if stop is None:
        return False
    opening = text[stop.end() : stop.end() + 40].split()[:2]
    return (
        len(opening) == 2
        and opening[0].strip("\"“‘'") in ("The", "the")
        and (_kin_or_people(opening[1].strip(",;:")) or opening[1].strip(",;:") == "pair")
    )


def _kin_or_people(word: str) -> bool:
    """A word of family, or a plural of people (``Owners Hana and Rob Pell``): either
    says the names around it are people who may share a surname."""
    return cues.is_kin(word) or cues.people_plural(word.casefold())


_SENTENCE_STOP: Final = re.compile(r"[.!?\n]")
