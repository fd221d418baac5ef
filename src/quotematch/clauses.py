"""Finding the attribution clause around a quote: which words name the speaker, and the verb.

Attribution looks only at a bounded window around each quote, in this order
(:func:`find_clause`):

1. the text between the parts of a split quote (``“…,” said Ana Ruiz, “…”``);
2. the rest of the sentence after the closing mark (``“…,” Ruiz said.``,
   ``“…,” said coach Ana Ruiz.``, ``“…,” the company wrote in a statement.``,
   ``“…”, according to Ruiz.``);
3. the text before the opening mark in its sentence (``Ruiz told the BBC: “…”``,
   ``According to Ruiz, “…”``, ``Ruiz said the plan was “unworkable”``), or
   the subject of a short clause ending in a colon (``Ruiz was blunt: “…”``).

What it finds is a :class:`Phrase` as written (a name, a pronoun, a noun
phrase such as ``the club's statement``), the cue verb lower-cased
(``said``, ``told``, ``according to``) and where the clause starts. Turning
a phrase that is not a name into a speaker is :mod:`quotematch.resolve`'s job.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Final, NamedTuple

import attrs
import regex

from . import cues
from .entities import Entities
from .models import Span
from .names import (
    NAME_PATTERN,
    PLACE_OPENERS,
    TITLE_ABBREVIATIONS,
    CleanName,
    ascii_letters,
    ascii_twin,
    clean_name,
    is_name_word,
    joined_name,
    name_after_place,
    past_dateline,
    possessive_name_at,
    split_words,
    two_place_body,
    word_spans,
)

__all__ = [
    "LEADING",
    "MARKS",
    "SPACE",
    "TOKEN",
    "YEAR_OLD",
    "Attribution",
    "Clause",
    "Phrase",
    "about_a_sign",
    "find_clause",
    "find_split_attribution",
    "fold",
    "last_name_run",
    "proper_org",
    "skip_marks_back",
    "speaker_phrase",
    "year_old",
]


@attrs.frozen
class Attribution:
    """An attribution clause found in the text.

    ``speaker`` is the name or pronoun as written, ``cue`` the verb, and
    ``start``/``end`` the clause's span in the document text.
    """

    speaker: str | None
    cue: str | None
    start: int
    end: int


# ---------------------------------------------------------------------------
# Patterns. Every repetition is bounded, so no pattern can backtrack badly.


def _cue_backwards() -> str:
    """:data:`cues.CUE_PATTERN` with its verb forms factored by ending, for reverse search.

    The forms are whole words between the pattern's word boundaries, so at
    any end position at most one of them can match: both alternations find
    the same cue wherever a reverse search stops. Factored by ending, the
    reverse search is several times faster.
    """
    forms = list(cues.CUE_FORMS)
    backwards = cues.trie_pattern(forms, from_end=True)
    return cues.CUE_PATTERN.replace(cues.trie_pattern(forms), backwards)


# Module-level constants are Final, read compiled from C statics (see quotematch.cues).

_S: Final = r"[ \u00a0]"
HANDLE: Final = regex.compile(r"@[\p{L}\p{N}_]{1,30}+(?![\p{L}\p{N}_@]|\.\p{L})")
"""A social account's handle, ``@quizqueen88``: a speaker's name as a post gives it."""
_ABBR_OR_INITIAL: Final = rf"(?:(?:{TITLE_ABBREVIATIONS})\.|\p{{Lu}}\.(?:\p{{Lu}}\.)*)(?=[ \u00a0])"
# A number written with thousands separators is one word: "with 300,000 followers" (last,
# so a plain word never tries it first).
_W: Final = (
    rf"(?:{_ABBR_OR_INITIAL}|{HANDLE.pattern}|[\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}'’\-]*"
    rf"|\p{{N}}{{1,3}}(?:,\p{{N}}{{3}})++(?![\p{{N}}])|\((?:[Rr]et(?:d|\.|ired)?|[Rr]td)\))"
)
# The same word, never given back. Where nothing that may follow a word can
# start with a letter, digit, apostrophe or hyphen, giving back part of a word
# only leads to failure, and slowly: with this form the standard engine fails
# at once. (The ``regex`` engine is slower with it, so only twins use it.)
_W_WHOLE: Final = (
    rf"(?:{_ABBR_OR_INITIAL}|{HANDLE.pattern}|[\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}'’\-]*+)"
)
# Words that end a speaker phrase after its verb: "said Ruiz on Tuesday", "said the club in…".
_TAIL_WORDS: Final = (
    r"in|on|at|to|during|after|before|as|when|while|who|whose|which|adding|because|and(?!"
    r"[ \u00a0]+\p{Lu})|but"
    r"|that|with|via|from|outside|following|earlier|later|yesterday|today|tonight|last|this"
    r"|told|said|says|wrote|added|than|if|about|over|into|upon|through"
)
_WPOST: Final = rf"(?!(?:{_TAIL_WORDS})(?![\p{{L}}\p{{M}}\p{{N}}'’\-])){_W}"
# ", the club's captain," / ", who gave 5,000 books," / " (pictured)"; an age before
# another appositive (", 67, of Mill Lane,"), a dotted abbreviation (", D-Ore.,") and a
# pair of dashes (" – who split from Tom Reid in May –", " — paid £2.3m last year —": a
# decimal point in either is no sentence end).
_APP_BODY: Final = (
    r"(?:[^,;:.!?“”\"‘\n()]|\([^()\n]{1,40}\)|[,.](?=\d)|\.(?=,)"
    r"|(?<=[ \u00a0]\p{Lu})\.(?=[ \u00a0])"
    # rule *a dotted honorific inside an appositive*: ", Hon. Bisi Adeyoke,", ", Dr. Ada
    # Pell," (tried last: only where a stop stops the plainer readings)
    rf"|(?<![\p{{L}}])(?:{TITLE_ABBREVIATIONS})\.(?=[ \u00a0]\p{{Lu}})){{1,100}}"
)
# A which-clause after an appositive ending in a name is about that name: "Dr Fergus
# Tregarth, director of research at the charity Mind Forward, which was not involved in
# the study, said:" is Tregarth, not the charity (", the capital, which…" stays one clause).
_APP: Final = (
    rf"(?:(?:[ \u00a0]*\([^()\n]{{1,40}}\))?,(?:[ \u00a0]+\d{{1,3}},)?[ \u00a0]+{_APP_BODY}"
    rf"(?:[ \u00a0]\p{{Lu}}[\p{{L}}\p{{M}}'’\-]*,[ \u00a0]+which[ \u00a0]+{_APP_BODY})?,"
    r"|[ \u00a0]*\([^()\n]{1,40}\)"
    r"|[ \u00a0]+(?:[—–]|--?)[ \u00a0]+(?:[^—–;:.!?“”\"\n]|\.(?=\d)){1,80}?[ \u00a0]+(?:[—–]|--?))"
)
# An adverb between an appositive and the verb: "Calloway, 53, later added", after an
# active auxiliary too: "The bank's governor, Ida Marr, has repeatedly said". A passive
# one ("aux") is matched too, but a clause keeps it only before a passive whose subject
# speaks (cues.SPEAKING_PASSIVE: "Ida Marr, 54, is heard telling staff:", "…, was quoted
# as saying"); before any other ("was told") the appositive's name is the listener.
_ADVERB_AFTER_APP: Final = (
    r"later|also|then|earlier|previously|once|again|subsequently|repeatedly|publicly|recently"
    # how it was said: "One edit, posted by @kelbyhonk, simply added the caption"
    r"|simply|merely|just|briefly|quickly|reportedly|apparently|privately|openly|quietly"
    # how long or how often: "Its branch secretary, Casimir Threlfall, still describes
    # the closure as “…”", "Reid, 71, often tells visitors"
    r"|still|now|often|always|frequently|regularly"
)
_ACTIVE_AFTER_APP: Final = (
    rf"[ \u00a0]+(?:has|have|had|will|would)(?:[ \u00a0]+(?:{_ADVERB_AFTER_APP}))?"
    rf"|[ \u00a0]+(?:{_ADVERB_AFTER_APP})"
)
_APP_ADVERB: Final = (
    rf"(?:{_ACTIVE_AFTER_APP}"
    rf"|(?P<aux>[ \u00a0]+(?:is|was|are|were|(?:can|could|may|might|will|would)[ \u00a0]+be"
    rf"|(?:has|have|had)[ \u00a0]+been)))"
)
SPACE: Final[str] = _S
"""A space inside a clause: a plain or a no-break space."""
_LEAD: Final = r"[ \u00a0]*(?:,|;|[—–]|-{1,2})?[ \u00a0]*"
_CUE: Final = cues.CUE_PATTERN


def _speaker_first(word: str) -> str:
    # After a word: a space, or an appositive opening with a comma or bracket.
    return (
        rf"{_LEAD}(?P<sp>{word}(?:{_S}+{word}){{0,9}}?)(?P<app>{_APP})?{_APP_ADVERB}?{_S}+"
        rf"(?P<cue>{_CUE})"
    )


_SPEAKER_FIRST: Final = regex.compile(_speaker_first(_W))
_CUE_FIRST: Final = regex.compile(
    rf"{_LEAD}(?P<cue>{_CUE}){_S}+(?P<sp>{_WPOST}(?:{_S}+{_WPOST}){{0,9}})"
)
_SPEAKER_BEFORE: Final = regex.compile(  # reverse search: tries only phrases ending at the cue
    rf"(?r)(?:(?<=^|[\s,(—–\-:;])(?P<sp>{_W}(?:{_S}+{_W}){{0,7}})(?P<app>{_APP})?{_APP_ADVERB}?"
    rf"{_S}*)\Z"
)
# The same without a passive auxiliary after the appositive: where that auxiliary makes
# the name a listener ("Ida Marr, 54, was told"), the phrase is read as it was without it.
_SPEAKER_BEFORE_ACTIVE: Final = regex.compile(
    rf"(?r)(?:(?<=^|[\s,(—–\-:;])(?P<sp>{_W}(?:{_S}+{_W}){{0,7}})(?P<app>{_APP})?"
    rf"(?:{_ACTIVE_AFTER_APP})?{_S}*)\Z"
)
TOKEN: Final[re.Pattern[str]] = re.compile(r"[^ \u00a0]+")
# A possessive then lower-case words to the end: "Acme UK's head of research", and a
# plural name's possessive: "Rail Users' chief campaigner".
_OWNED_ROLE: Final = regex.compile(r"(?:['’]s|s['’])(?:[ \u00a0]+\p{Ll}[\p{L}\-]*)+\Z")
_CUE_BACKWARDS: Final = regex.compile(rf"(?r)(?P<cue>{_cue_backwards()})")
_TAIL: Final = regex.compile(
    rf"(?:{_S}+(?:(?:to|in|on|at|during|after|before|from|via|with|outside|following|inside"
    rf"|over|ahead{_S}+of|of|about|for|while|when|as){_S}+{_W}(?:{_S}+{_W}){{0,5}}"
    rf"|(?:{'|'.join(sorted(cues.ADVERBS))})|(?:last|this|next){_S}+{_W}"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))"
    rf"{{0,3}}(?:,{_S}+(?:the|a|an|his|her|its|their|who|whose|which|\p{{N}}+)"
    rf"(?![\p{{L}}])[^,.;:!?“”\"‘’\n]{{0,60}}){{0,3}}"
    rf"{_S}*(?:[,.;:!?…]|[—–]|-{{1,2}})*{_S}*\Z"
)
_OBJECT_TAIL: Final = regex.compile(rf"(?:{_S}+{_W}){{1,4}}")
_NAME_AT_END: Final = regex.compile(rf"(?r)(?P<name>{NAME_PATTERN}),{_S}+\Z")
_NAME_RUN: Final = regex.compile(NAME_PATTERN)
_APPOSITIVE_AFTER: Final = regex.compile(  # ", Paul Grant," / ", Prof Ada Holt of the University"
    rf",{_S}+(?P<role>(?:[\p{{Ll}}\d][\p{{Ll}}\d\-]*{_S}+){{0,3}})(?P<name>{NAME_PATTERN})"
    rf"(?=[,.;:!?]|{_S}*\Z|{_S}+(?:of|at|from){_S}|{_S}+\()"
)
# Patterns with no Unicode class run on the standard engine, which is faster on them.
_INTRODUCES_NEXT: Final = re.compile(r"[^.!?\n“”\"]{0,80}:[ \u00a0]*[“\"‘'«„]")
YEAR_OLD: Final[regex.Pattern[str]] = regex.compile(r"\d+-year-old")


def year_old(word: str) -> bool:
    """``YEAR_OLD.fullmatch(word) is not None``: an age written as one word (``51-year-old``).

    The literal ending is looked at first: almost no word is an age, and each call of
    a ``regex`` pattern goes through the interpreter compiled (about 9 words per
    generated article are asked).

    >>> year_old("51-year-old"), year_old("year-old"), year_old("coach")
    (True, False, False)
    """
    return word.endswith("-year-old") and YEAR_OLD.fullmatch(word) is not None

# Twins of the patterns every quote tries, for text whose letters are all
# ASCII (``ascii_letters``): there they find exactly what the originals find.
_SPEAKER_FIRST_ASCII: Final = ascii_twin(_speaker_first(_W_WHOLE))
_CUE_FIRST_ASCII: Final = ascii_twin(_CUE_FIRST.pattern)
_APPOSITIVE_AFTER_ASCII: Final = ascii_twin(_APPOSITIVE_AFTER.pattern)
_TAIL_ASCII: Final = ascii_twin(_TAIL.pattern)
_OBJECT_TAIL_ASCII: Final = ascii_twin(_OBJECT_TAIL.pattern)
_NAME_RUN_ASCII: Final = ascii_twin(NAME_PATTERN)

_ENTITY: Final = regex.compile(
    r"&(?:[lr][sd]quo|quot|apos|laquo|raquo|bdquo|#\d{2,5}|#x[0-9a-fA-F]{2,4});"
)
_ENTITY_BACK: Final = regex.compile(rf"(?r){_ENTITY.pattern}\Z")
MARKS: Final[str] = "“”\"‘’'«»„‚‹›"
_MARKS_SPACE: Final = MARKS + " "
_NP_PREPOSITIONS: Final = frozenset({"for", "of", "at", "from"})
_NP_PLACES: Final = frozenset({"on", "in", "under", "below"})  # "a reply under the clip"
_NOT_SPEAKERS: Final = frozenset({"i", "we", "you", "who", "which", "that", "this", "there"})
# Rule *an anonymous source's adjective ends the head*: "sources close to the club", "a
# person familiar with the decision" are the source, never the club or the decision.
_SOURCE_ADJECTIVES: Final = frozenset({"close", "familiar"})
_CUE_FIRST_OBJECT: Final = frozenset({"told", "tells", "tell", "telling"})
_VOX_POP: Final = frozenset({"one", "another"})
_CONJUNCTIONS: Final = frozenset({"and", "but", "before", "then", "while", "as"})
# The conjunctions that join a second verb to its sentence's subject: "and added:".
_VERB_JOINERS: Final = frozenset({"and", "but"})
# Words that may open the stretch before a cue without being the speaker:
# "…, which she described as “…”", "and Ruiz said".
LEADING: Final[frozenset[str]] = _CONJUNCTIONS | {
    "which", "that", "so", "because", "although", "though", "when", "where", "if"
}


# ---------------------------------------------------------------------------
# Speaker phrases.


class Phrase(NamedTuple):
    """A validated speaker phrase: ``kind`` is pronoun, name, np or relative.

    A name's ``text`` is the cleaned name, ``words`` its kept words and
    ``org`` whether it looks like an organisation (see :class:`CleanName`).
    """

    text: str
    start: int
    end: int
    kind: str
    head: str = ""
    words: tuple[str, ...] = ()
    org: bool = False
    passive: bool = False


Clause = tuple[Phrase, str | None, int]
"""A clause found for a quote: the speaker phrase, the cue (None after a bare colon), and
where the clause starts (what pronouns and role nouns are resolved before)."""


# "According to her, “…”": the object form after "according to" is the pronoun who speaks.
_SUBJECT_FORMS: Final = {"her": "she", "him": "he", "them": "they", "it": "it"}


def _object_pronoun(written: str, start: int) -> Phrase | None:
    """``According to her,``: the pronoun phrase ``she`` (its span as written), or None.

    >>> _object_pronoun("her", 13)[:4]
    ('she', 13, 16, 'pronoun')
    >>> _object_pronoun("her lawyer", 13) is None
    True
    """
    subject = _SUBJECT_FORMS.get(written.rstrip(",").casefold())
    if subject is None:
        return None
    return Phrase(subject, start, start + len(written.rstrip(",")), "pronoun")


def _named(clean: CleanName, passive: bool = False) -> Phrase:
    """The name phrase for a cleaned name."""
    return Phrase(clean.name, clean.start, clean.end, "name", "", clean.words, clean.org, passive)


_new_tuple: Final = tuple.__new__


def fold(word: str) -> str:
    """``word`` case-folded without a possessive ``'s``: ``Club's`` → ``club``."""
    return word.casefold().removesuffix("'s").removesuffix("’s")


def speaker_phrase(text: str, start: int, end: int) -> Phrase | None:
    """Validate ``text[start:end]`` as a speaker phrase, trimming adverbs and auxiliaries."""
    phrase: Phrase | None = _speaker_phrase_cached(
        text[start:end],
        end - start > 2
        and text[end - 1] == "s"
        and text[end - 2] in "'’"
        and possessive_name_at(text, end),
    )
    if phrase is None:
        return None
    if start:
        # The cached phrase moved to ``start``; tuple.__new__ skips Phrase's
        # Python-level __new__, which costs more than the copy itself.
        text_, s, e, kind, head, words, org, passive = phrase
        phrase = _new_tuple(Phrase, (text_, s + start, e + start, kind, head, words, org, passive))
    if phrase.head == "and" or (
        phrase.kind == "name" and text[phrase.start - 2 : phrase.start] == "& "
    ):
        return _joined(text, phrase)
    if phrase.kind == "np" and " to " in phrase.text and text[phrase.end : phrase.end + 1] == ",":
        phrase = _signed_document(text, phrase)
    if phrase.kind == "np" and phrase.text.startswith(("a ", "an ")) and " the " in phrase.text:
        reduced = _REDUCED_RELATIVE.fullmatch(phrase.text)
        if reduced is not None and not any(
            w in cues.PREPOSITIONS for w in reduced.group("thing").split()
        ):
            # Rule *a reduced relative's subject speaks*: "…, an arrangement the group
            # called “a textbook example of self-dealing”" — the group calls it so; the
            # arrangement is what it is called, not who speaks.
            return speaker_phrase(text, phrase.start + reduced.start("sp"), phrase.end)
    return phrase


# ", signed by", ", written by chairman": a document's sender in apposition after it.
_SENDER_AFTER: Final = regex.compile(
    rf",{_S}+(?:signed|written|penned|sent|co-signed|drafted|authored|issued)"
    rf"(?:{_S}+[\p{{L}}\p{{N}}]+){{0,3}}?{_S}+by{_S}"
)


def _signed_document(text: str, phrase: Phrase) -> Phrase:
    """Rule *a document to its readers, signed by its sender*: ``The chairman's letter to
    shareholders, signed by Ivo Brask, said`` is a letter, not shareholders, when a
    participle of sending or signing and *by* follow the phrase in apposition (as *from* or
    *by* inside it does, :func:`_sent_to`); the phrase is returned with the document as its
    head, else unchanged (``a letter to shareholders said`` names no sender).

    >>> t = "The chairman's letter to shareholders, signed by Ivo Brask, said"
    >>> _signed_document(t, speaker_phrase(t, 0, t.index(","))).head
    'letter'
    """
    words = phrase.text.split()
    for i in range(1, len(words) - 1):
        if words[i] == "to" and fold(words[i - 1]) in cues.DOCUMENT_NOUNS:
            if _SENDER_AFTER.match(text, phrase.end, phrase.end + 80) is None:
                return phrase
            return phrase._replace(head=fold(words[i - 1]))
    return phrase


# "an arrangement the group", "a move the union": a thing, then a subject with no "that".
_REDUCED_RELATIVE: Final = re.compile(
    r"an?[ \u00a0]+(?P<thing>(?:[a-z][a-z\-]*[ \u00a0]+){1,2})(?P<sp>the[ \u00a0]+[a-z]+)"
)


# Participles of a document passing to someone ("seen by", "obtained by", "shared with").
_DOCUMENT_PASSED: Final = frozenset(
    {"seen", "obtained", "leaked", "shared", "passed", "sent", "given", "circulated"}
)


def _seen_by(tokens: list[tuple[str, int, int]]) -> int:
    """How many tokens a document noun ends before *seen by*, *obtained by*, *shared
    with* or *passed to* (the reporter's source, not its author), else 0.

    >>> _seen_by([(w, 0, 0) for w in "A draft report seen by the Kelby Echo".split()])
    3
    >>> _seen_by([(w, 0, 0) for w in "Ana Ruiz, seen by fans as a hero".split()])
    0
    """
    for k in range(1, len(tokens) - 1):
        if (
            tokens[k][0] in _DOCUMENT_PASSED
            and tokens[k + 1][0] in ("by", "to", "with")
            and tokens[k - 1][0].rstrip(",").casefold() in cues.DOCUMENT_NOUNS
        ):
            return k
    return 0


def _past_fronted(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The subject after a fronted phrase with no comma: ``In a video on Wednesday the
    influencer`` → ``the influencer``.

    Rule *a fronted phrase without its comma*: house styles that drop the comma
    after an opening time or place (``On Monday the council said``, ``In her
    column the writer added``) leave a subject that starts at the last
    determiner; only a description of up to three words after it with no
    preposition of its own (``the head of Acme`` is left to the caller), and
    never a capitalised word (``In Kelso Ana Ruiz said`` is a name's business).

    >>> words = "In a video on Wednesday the influencer".split()
    >>> [w for w, _, _ in _past_fronted([(w, 0, 0) for w in words])]
    ['the', 'influencer']
    """
    for k in range(len(tokens) - 2, 1, -1):
        word = tokens[k][0]
        if word in cues.DETERMINERS:
            rest = [t[0] for t in tokens[k + 1 :]]
            if tokens[k - 1][0] in cues.PREPOSITIONS:
                break  # "After the match the head of the club": an object, not a subject
            if len(rest) <= 3 and all(
                w.islower() and w not in cues.PREPOSITIONS and w not in _NP_PLACES for w in rest
            ):
                return tokens[k:]
            break
    return tokens


# The prepositions that bring in who wrote or sent what the subject names: "A report by
# the regulator last year concluded:", "a statement signed by the council's secretary,
# Chief Ade Folarin, said:" — the author after them may well be the speaker.
_AGENT_PREPOSITIONS: Final = frozenset({"by", "from"})


def _cut_from_subject(text: str, start: int) -> bool:
    """True when a speaker phrase found at ``start`` opens with a lower-case preposition
    right after a lower-case word: the tail of a subject longer than the phrase's
    reach, not a subject.

    Rule *a subject's tail is no speaker*: ``A sign taped to the ticket office at Dunley
    Road yesterday read:`` leaves ``to the ticket office at Dunley Road`` within reach of
    the verb, and the place after *at* is no one who read it; the words before are the
    subject (here a sign's, which gives no speaker). A preposition opening its sentence
    or following a comma (``On Monday the council said``) is a fronted phrase, read as
    before.

    >>> text = "A sign taped to the ticket office at Dunley Road yesterday read:"
    >>> _cut_from_subject(text, text.index("to the")), _cut_from_subject(text, 0)
    (True, False)
    >>> _cut_from_subject("Fans said that, on Monday the club said", 16)
    False
    >>> text = "A report by the Vell Water Authority last year concluded:"
    >>> _cut_from_subject(text, text.index("by"))
    False
    """
    word_end = start
    while word_end < len(text) and text[word_end].isalpha():
        word_end += 1
    word = text[start:word_end]
    if word not in cues.PREPOSITIONS or word in _AGENT_PREPOSITIONS:
        return False
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[1] in " \u00a0" and before[0].islower()


def _joined(text: str, phrase: Phrase) -> Phrase:
    """``Owen and Clare Dorne said``, ``Corley & Vane said``: a couple or a firm
    speaks as one (:func:`quotematch.names.joined_name`); two people named in full stay
    two speakers (the phrase as it was)."""
    name = last_name_run(text, phrase.start, phrase.end)
    joined = joined_name(text, name) if name is not None else None
    if joined is None or (phrase.kind == "np" and joined.start != phrase.start):
        return phrase
    return _named(joined, phrase.passive)


_OWNERS: Final = frozenset({"his", "her", "their"})
_ROLE_LINKS: Final = frozenset({"to", "for"})
_TEAM_NOUNS: Final = frozenset({"colleagues", "co-authors", "coauthors", "team", "collaborators"})


_DAY_PARTS: Final = frozenset({"morning", "afternoon", "evening", "night"})
_TIME_LINKS: Final = frozenset({"on", "in", "late", "early", "last", "this"})
_THIS_OR_LAST: Final = frozenset({"last", "this"})
# What "last" or "this" dates by besides a part of the day: "last week", "this year".
_PERIODS: Final = frozenset({"week", "weekend", "month", "year"})
_NOW_WORDS: Final = frozenset({"yesterday", "today", "tonight"})


def _past_opening_time(tokens: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The subject after an opening time with no comma, else ``tokens``.

    Rule *an opening time is no part of the speaker*: ``Last night a Pellmore
    spokeswoman said``, ``On Monday a Kelby Rovers spokesman said``, ``Late last
    week the union said`` — ``last`` or ``this`` before a part of the day, a period
    or a weekday, ``on`` before a weekday, or ``yesterday``/``today``/``tonight``
    (with ``late`` or ``early`` before them and a part of the day after); what
    follows must still be a subject (a determiner or a capitalised word).

    >>> words = "Last night a Pellmore spokeswoman".split()
    >>> [w for w, _, _ in _past_opening_time([(w, 0, 0) for w in words])]
    ['a', 'Pellmore', 'spokeswoman']
    >>> words = "Last year's winner".split()
    >>> len(_past_opening_time([(w, 0, 0) for w in words]))
    3
    """
    words = [t[0].rstrip(",").casefold() for t in tokens]
    i = 1 if len(words) > 2 and words[0] in ("late", "early") else 0
    if i + 1 < len(words) and words[i] in _THIS_OR_LAST:
        if words[i + 1] not in _DAY_PARTS | _PERIODS | cues.WEEKDAYS:
            return tokens
        i += 2
    elif i + 1 < len(words) and words[i] == "on" and words[i + 1] in cues.WEEKDAYS:
        i += 2
    elif i < len(words) and words[i] in _NOW_WORDS:
        i += 1
    else:
        return tokens
    if i < len(words) and words[i] in _DAY_PARTS:
        i += 1  # "On Monday night", "Yesterday afternoon"
    if i >= len(tokens):
        return tokens
    if not (words[i] in cues.DETERMINERS or tokens[i][0][:1].isupper()):
        return tokens
    return tokens[i:]


def _before_time(tokens: list[tuple[str, int, int]]) -> int:
    """How many of ``tokens`` come before a time that ends them, else all of them.

    Rule *a time between the speaker and the verb is no part of the speaker*: ``The
    council on Tuesday evening said``, ``The ministry Tuesday said``, ``A post on the
    club's page on Monday read``, ``A spokesman last night said``, ``A report by the
    watchdog last year concluded`` — a weekday, or a month
    or feast (``cues.DATE_WORDS``) after ``on``, ``in``, ``late``, ``last``… or before a
    part of the day, or a part of the day after ``last`` or ``this``; the words before it
    are the speaker; or a week, month or year after ``last`` or ``this``. A month or
    feast alone is a name's (``Ida March``).
    """
    end = len(tokens)
    if end > 2 and tokens[-1][0] in _PERIODS and tokens[-2][0] in _THIS_OR_LAST:
        # "A report by the watchdog last year concluded": "last week", "this month"
        return end - 3 if tokens[-3][0] in ("late", "early") and end > 3 else end - 2
    timed = end > 1 and tokens[end - 1][0] in _DAY_PARTS
    if timed:
        end -= 1
    if end < 2:
        return len(tokens)
    day = tokens[end - 1][0].casefold()
    if timed and tokens[end - 1][0] in _THIS_OR_LAST and end > 1:
        end -= 1  # "last night", "this morning"; "late last night"
        return end - 1 if end > 1 and tokens[end - 1][0] in _TIME_LINKS else end
    if day not in cues.DATE_WORDS:
        return len(tokens)
    end -= 1
    if end > 1 and tokens[end - 1][0] in _TIME_LINKS:
        return end - 1
    return end if timed or day in cues.WEEKDAYS else len(tokens)


@lru_cache(maxsize=1 << 14)
def _speaker_phrase_cached(text: str, owned_name: bool = False) -> Phrase | None:
    """:func:`_speaker_phrase` on a whole string; offsets relative to it.

    ``owned_name``: the phrase ends in a name's ``'s`` before a verb
    (:func:`quotematch.names.possessive_name_at`).
    """
    tokens = word_spans(text)
    passive = False
    while (
        tokens
        and tokens[-1][0].islower()
        and (tokens[-1][0] in cues.ADVERBS or tokens[-1][0] in cues.AUXILIARIES)
    ):
        passive = passive or tokens[-1][0] in cues.PASSIVE_AUXILIARIES
        tokens.pop()
    tokens = _past_opening_time(tokens[: _before_time(tokens)])
    while len(tokens) > 1 and (
        tokens[0][0].casefold() in LEADING or tokens[0][0].casefold() in cues.ADVERBS
    ):
        tokens.pop(0)  # "and Ruiz said", "Later the veteran said"
    if (
        len(tokens) > 3
        and tokens[-3][0] == "and"
        and tokens[-2][0] in _OWNERS
        and tokens[-1][0] in _TEAM_NOUNS
    ):
        # Rule *a lead author speaks for her team*: "Ruiz and her colleagues write:",
        # "Okafor and his co-authors conclude" — the named lead, not two speakers.
        tokens = tokens[:-3]
    if tokens and tokens[-1][0][:1] == "@" and HANDLE.fullmatch(tokens[-1][0]):
        # "@quizqueen posted", "Supporters' club @TarnFans wrote": the account speaks.
        handle, h_start, h_end = tokens[-1]
        return Phrase(handle, h_start, h_end, "name", words=(handle,), passive=passive)
    if len(tokens) > 2 and tokens[0][0] == "with" and tokens[1][0].casefold() in cues.DETERMINERS:
        tokens.pop(0)  # "…, with a club spokesperson saying:": the absolute clause's subject
    seen = _seen_by(tokens)
    if seen > 0:
        # Rule *who saw a document did not write it*: "A draft report seen by the Kelby
        # Echo warns…", "An email, obtained by Reuters, says": the document speaks for its
        # issuer, never the outlet that saw it.
        word, w_start, w_end = tokens[seen - 1]
        tokens = [*tokens[: seen - 1], (word.rstrip(","), w_start, w_end - (word[-1:] == ","))]
    if len(tokens) > 1 and tokens[-1][0].casefold() in cues.PRONOUNS:
        # "In his resignation letter he wrote": a subject pronoun just before the
        # verb is its subject, whatever opens the sentence.
        tokens = tokens[-1:]
    elif len(tokens) > 2 and tokens[0][0].casefold() in cues.PREPOSITIONS:
        if len(tokens) > 3 and tokens[0][0] in PLACE_OPENERS:
            # "In Kelso Ana Ruiz said": the place is no part of the name
            tokens = tokens[name_after_place([t[0] for t in tokens]) :]
        tokens = _past_fronted(tokens)
    if not tokens or len(tokens) > 10:
        return None
    first = tokens[0][0]
    s, e = tokens[0][1], tokens[-1][2]
    if len(tokens) == 1:
        folded = first.casefold()
        if folded in cues.GROUP_NOUNS or folded in cues.BARE_DOCUMENTS:
            return Phrase(first, s, e, "np", head=folded, passive=passive)  # "Police", "Minutes"
        if folded in cues.PRONOUNS:
            return Phrase(folded, s, e, "pronoun", passive=passive)
        if folded == "who":
            return Phrase(folded, s, e, "relative", passive=passive)
        if folded in _NOT_SPEAKERS:
            return None
    first_folded = first.casefold()
    # "spokesperson for the Office of Rail and Road", its article cut off by the
    # reverse search's length limit, is read as "a spokesperson for …".
    determiner = (
        first_folded in cues.DETERMINERS
        or (
            first_folded in cues.SPOKESPERSON_NOUNS
            and len(tokens) > 1  # a lone "Spokesperson said:" has no second word
            and tokens[1][0] in ("for", "of")
        )
        # Rule *a bare document noun opens a description*: "Minutes published alongside
        # the decision said" is the minutes, as "the minutes" would be.
        or (first_folded in cues.BARE_DOCUMENTS and len(tokens) > 1 and tokens[1][0].islower())
    )
    words = [t[0] for t in tokens]
    possessive = first[:1].isupper() and (
        first.endswith(("'s", "’s"))
        # Rule *a plural name's bare apostrophe owns*: "Rovers’ announcement described"
        or (len(words) > 1 and first.endswith(("s'", "s’")) and words[1].islower())
        or (not determiner and _owned_by_name(words))
    )
    if owned_name and not determiner and is_name_word(words[-1][:-2]):
        # "Penfold's said": a firm named for its founder, or the founder misprinted
        # (which :func:`quotematch.resolve.named` tells apart); never "Penfold's
        # lawyer", whose noun speaks.
        clean = last_name_run(text, s, e - 2)
        if clean is not None:
            owned = (*clean.words[:-1], words[-1])
            return Phrase(text[clean.start : e], clean.start, e, "name", "", owned, True, passive)
    if (
        len(words) > 2
        and words[1] in _ROLE_LINKS
        and first_folded in cues.PERSON_ROLES
        and words[-1].islower()
    ):
        # Rule *a role for a party, no article*: "Counsel to the defendant, Ann Dale,
        # said", "Solicitor for the family said" — the role speaks (or the name after it).
        return Phrase(text[s:e], s, e, "np", head=first_folded, passive=passive)
    if (
        len(words) == 2
        and first_folded in _OWNERS
        and words[1][:1].isupper()
        and words[1].casefold() in cues.BENCH_STYLES
    ):
        return _np(text, tokens, passive)  # "her Honour said": the bench, never a name
    if first_folded == "the" and 2 < len(words) <= 4 and fold(words[-1]) in cues.PARTY_MEMBERS:
        return _np(text, tokens, passive)  # "the Colorado Democrat": a member described
    if (
        first_folded == "the"
        and len(words) >= 3
        and words[2] == "of"
        and words[1].casefold() in cues.PLACE_TITLES
        and words[1][:1].isupper()
        and (styled := clean_name(text[tokens[1][1] : e], tokens[1][1])) is not None
    ):
        return _named(styled, passive)  # "The Earl of Rennick said": a person styled so
    if first_folded == "the" and proper_org(words[1:]):
        # "The Ministry of Defence said", "the Home Office said": the capitalised
        # words after "the" are the organisation's own name, not a role noun.
        o_start = tokens[1][1]
        org_name = text[o_start:e]
        return Phrase(
            org_name, o_start, e, "name", words=tuple(words[1:]), org=True, passive=passive
        )
    if (
        determiner
        or possessive
        or first_folded in cues.GROUP_NOUNS
        or first_folded in cues.OFFICIAL_STAFF
    ) and any(
        w in _NP_PREPOSITIONS or w in _NP_PLACES or w == "close" for w in words[1:]
    ):  # "the head of Acme", "her post on X", "Analysts at Brockway Bank"
        # and "a source close to Cole": who is close to a person is not that person.
        return _np(text, tokens, passive)
    if first_folded == "the" and len(words) <= 4 and cues.is_descriptor(" ".join(_unaged(words))):
        # "the Scot", "the Frenchman", "the South African", "the 49-year-old Dutchman":
        # never a name
        return _np(text, tokens, passive)
    if determiner and len(words) > 2 and words[-1].casefold() in cues.PERSON_ROLES:
        return _np(text, tokens, passive)  # "the Acme CEO": a description, not a name
    if len(words) > 1 and words[-1].isdigit() and len(words[-1]) < 4 and not determiner:
        numbered = _numbered_name(text, tokens, passive)
        if numbered is not None:
            return numbered
    if not (determiner or possessive) and not is_name_word(words[-1]):
        before_of = _name_before_of(text, tokens)
        if before_of is not None:
            return _named(before_of, passive)
    # A name run ending the phrase: "coach Ana Ruiz", "the club's captain Ana Ruiz".
    if is_name_word(words[-1]) and not words[-1].endswith(("'s", "’s")):
        ends = [tokens[-1][2]]
        if not determiner and not possessive:
            # "Ana Ruiz of Leeds University": the name before "of", if there is one;
            # "Secretary of State John Roe": otherwise the run at the end. So for a name
            # before "in" and where the person is ("Terry in Leeds writes").
            for i, word in enumerate(words[1:], 1):
                if word in _NP_PREPOSITIONS or (word == "in" and is_name_word(words[i - 1])):
                    ends.insert(0, tokens[i - 1][2])
                    break
        for run_end in ends:
            clean = last_name_run(text, s, run_end)
            if clean is not None:
                if clean.words[-1].casefold() in cues.PRONOUNS:
                    return None
                if clean.words[0].casefold() in _NOT_SPEAKERS:
                    return None
                if _joint(text, s, clean.start):
                    body = two_place_body(text, clean, s)
                    if body is not None:
                        return _named(body, passive)  # "Avon and Wessex Police said"
                    # "Ruth Holt and Tom Grant said": two speakers, neither alone.
                    return Phrase(text[s:e], s, e, "np", head="and", passive=passive)
                return _named(clean, passive)
        if not (determiner or possessive):
            return None
    if determiner or possessive:
        return _np(text, tokens, passive)
    return None


def _name_before_of(text: str, tokens: list[tuple[str, int, int]]) -> CleanName | None:
    """``Sergeant Aled Morgan of Dunholt Police's roads unit``: the name of two or
    more words before the first ``of``/``at``/``for``/``from``, when the phrase after
    it ends in lower-case words (with a name at the end, ``Ana Ruiz of Leeds
    University``, the caller finds it). One word is no such name: ``Friends of the
    Earth campaigner``.

    >>> t = "Sgt Ana Ruiz of Harlow Police's dog unit"
    >>> _name_before_of(t, [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(t)]).name
    'Ana Ruiz'
    """
    for i in range(1, len(tokens) - 1):
        if tokens[i][0] in _NP_PREPOSITIONS:
            if not is_name_word(tokens[i - 1][0]):
                return None
            clean = last_name_run(text, tokens[0][1], tokens[i - 1][2])
            return clean if clean is not None and len(clean.words) >= 2 else None
    return None


def _numbered_name(text: str, tokens: list[tuple[str, int, int]], passive: bool) -> Phrase | None:
    """``Regional broadcaster Channel 6 said``, ``Radio 9 said``: a name ending in a number is a
    broadcaster's or venue's, an organisation (the name grammar reads no digits)."""
    if len(tokens) == 2 and tokens[0][0] == "No" and tokens[1][0] == "10":
        # "No 10 said:": Downing Street, as "Number 10" (a ranked "No 7" is no subject)
        s, e = tokens[0][1], tokens[1][2]
        return Phrase("No 10", s, e, "name", "", ("No", "10"), True, passive)
    if not is_name_word(tokens[-2][0]):
        return None
    clean = last_name_run(text, tokens[0][1], tokens[-2][2])
    if clean is None or clean.words[0].casefold() in _NOT_SPEAKERS:
        return None
    number, end = tokens[-1][0], tokens[-1][2]
    words = (*clean.words, number)
    return Phrase(f"{clean.name} {number}", clean.start, end, "name", "", words, True, passive)


def _owned_by_name(words: Sequence[str]) -> bool:
    """``Ms Ruiz's family``, ``Harlow Council's statement``, ``Calloway Foods' chief
    executive``: capitalised words ending in a possessive, then lower-case words only,
    or (rule *a post named for its region*) one or two capitalised words before a
    lower-case role: ``Tarrow Aid's Europe director``, ``Kell Media's UK boss``.

    A description owned by a name, like ``Ruiz's lawyer``: an unnamed person (a
    later he/she is not some earlier name) or a document of the owner. A capitalised
    word after the possessive that ends in no role is a name, not a post: ``Ruiz's
    Paper Moons tour``.
    """
    # The set, not the tuple SPEECH_FORMS of the same forms, which "in" reads through
    # (compiled, that scan cost about 47k instructions per generated article).
    if words[0].casefold() in cues.SPEECH_WORDS:
        return False  # "Read Moore's statement in full below:": an imperative, no owner
    for k, word in enumerate(words[1:-1], 1):
        if not word[:1].isupper():
            return False
        if word.endswith(("'s", "’s", "s'", "s’")):
            rest = words[k + 1 :]
            if all(w.isalpha() and w.islower() for w in rest):
                return True
            return _region_post(rest)
    return False


def _region_post(words: Sequence[str]) -> bool:
    """One or two capitalised words, then lower-case words ending in a role: the
    ``Europe director``, ``UK chief executive`` or ``Asia-Pacific head`` of an owner.

    >>> _region_post(["Europe", "director"]), _region_post(["Paper", "Moons", "tour"])
    (True, False)
    """
    k = 0
    while k < len(words) and k < 2 and words[k][:1].isupper():
        k += 1
    rest = words[k:]
    return k > 0 and all(w.isalpha() and w.islower() for w in rest) and cues.role_words(rest)


def _unaged(words: Sequence[str]) -> list[str]:
    """The words after *the* without an age: ``the 49-year-old Dutchman`` → ``Dutchman``."""
    return [w for w in words[1:] if not year_old(w)]


_ORG_LINKS: Final = frozenset({"of", "for", "and", "on", "&"})


def _joint(text: str, start: int, name_start: int) -> bool:
    """True when the name at ``name_start`` is the second of two joined by *and*.

    >>> _joint("Ruth Holt and Tom Grant", 0, 14), _joint("coach Tom Grant", 0, 6)
    (True, False)
    >>> _joint("Orlan Rail and the Drivers' Guild", 0, 28)
    True
    """
    before = text[start:name_start].rstrip(" \u00a0")
    if before.endswith(("s'", "s’")) and " " in before:
        owner = before.rsplit(None, 1)
        if owner[1][:1].isupper():
            before = owner[0]  # "Orlan Rail and the Drivers' Guild": the plural is the name's
    if before.endswith((" the", " The")):
        before = before[:-4].rstrip(" \u00a0")  # "Ruth Holt and the Treasury"
    elif " " in before and fold(before.rsplit(None, 1)[-1].rstrip(".")) in cues.HONORIFICS:
        before = before.rsplit(None, 1)[0]  # "Dr Rhiannon Price and Dr Vivek Trivedi"
    if not before.endswith((" and", " &")):
        return False
    words = before.rsplit(None, 2)
    return len(words) >= 2 and is_name_word(words[-2]) and not words[-2].endswith(",")


def proper_org(words: Sequence[str]) -> bool:
    """True for the words of an organisation's proper name after "the".

    Every word is capitalised or a linking word (``Ministry of Defence``,
    ``Department for Education``), it opens and ends capitalised, and it is
    more than a role: ``the Council``, ``the Prime Minister`` and ``the Scot``
    are resolved as role nouns and descriptors instead.
    """
    if not words or len(words) > 6 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    first = fold(words[0]).rstrip(".")
    if first in cues.HONORIFICS or (
        first in cues.CLERGY_STYLES and len(words) > 1 and fold(words[1]) in cues.REVERENDS
    ):
        return False  # "the Rev Sarah Pike", "the Hon Ann Reid", "the Rt Rev …": a titled person
    content = []
    for word in words:
        if word in _ORG_LINKS:
            continue
        if not word[:1].isupper() or word.endswith(("'s", "’s")):
            return False
        content.append(word.casefold())
    if cues.is_descriptor(" ".join(words)) or content[-1] in cues.PERSON_ROLES:
        return False
    if content[0] in cues.PERSON_ROLES and content[0] not in cues.ORG_ROLES and words[1:2] in (
        ["for"],
        ["of"],
    ):
        return False  # "the Minister for Fisheries", "the Director of Public Prosecutions": a post
    roles = cues.PERSON_ROLES | cues.ORG_ROLES | cues.GROUP_NOUNS | cues.DOCUMENT_NOUNS
    return not all(word in roles for word in content)


def last_name_run(text: str, start: int, end: int) -> CleanName | None:
    """The cleaned name run that ends exactly at ``end``, if any."""
    runs = _NAME_RUN_ASCII if ascii_letters(text, max(0, start - 1), end) else _NAME_RUN
    best = None
    for match in runs.finditer(text, start, end):
        best = match
    if best is None or best.end() != end:
        return None
    return clean_name(best.group(), best.start())


def _np(text: str, tokens: list[tuple[str, int, int]], passive: bool) -> Phrase | None:
    if len(tokens) < 2 or len(tokens) > 10:
        return None
    s, e = tokens[0][1], tokens[-1][2]
    written = text[s:e]
    if tokens[0][0].casefold() in cues.DETERMINERS and tokens[0][0][:1].isupper():
        written = tokens[0][0].casefold() + written[len(tokens[0][0]) :]
    words = [t[0] for t in tokens]
    head = fold(words[-1])
    # "a Ministry for Rural Affairs spokeswoman": a preposition inside a proper
    # name that modifies the last, lower-case noun does not end the head.
    inside_name = words[-1].islower()
    for i, word in enumerate(words[1:], 1):
        if inside_name and words[i - 1][:1].isupper() and word in _ORG_LINKS:
            continue
        if (
            word in _NP_PREPOSITIONS
            or word in _NP_PLACES
            or word in _SOURCE_ADJECTIVES
            or word == "who"  # rule *a relative clause ends the head*: "One translator who
            # signed the petition" is a translator, not the petition
            or (word == "to" and _sent_to(words, i))
        ):
            head = fold(words[i - 1])
            break
        if _document_participle(words, i):
            head = fold(words[i - 1])
            break
    return Phrase(written, s, e, "np", head=head, passive=passive)


def _sent_to(words: list[str], i: int) -> bool:
    """Rule *a document to its readers from its sender*: True when ``words[i]`` is the *to*
    after a document noun with its sender after it (*from*, *by*): ``a message to members
    from Ms Vell`` is a message, not members; ``a letter to the council`` names no sender
    and stays as it was."""
    return fold(words[i - 1]) in cues.DOCUMENT_NOUNS and any(
        word in ("from", "by") for word in words[i + 1 :]
    )


def _document_participle(words: Sequence[str], i: int) -> bool:
    """Rule *a document's participle ends its head*: ``His statement accompanying the
    results said``, ``a letter confirming the cuts said``, ``Minutes published alongside
    the decision said`` — the participle after a document noun (``cues.DOCUMENT_NOUNS``)
    describes the document, which speaks.

    >>> _document_participle(["His", "statement", "accompanying", "the", "results"], 2)
    True
    >>> _document_participle(["the", "governing", "body"], 1)
    False
    """
    word = words[i]
    return (
        i >= 1
        and word.endswith(("ing", "ed"))
        and word.islower()
        and fold(words[i - 1]) in cues.DOCUMENT_NOUNS
    )


def _speaks(head: str) -> bool:
    """True for a noun that can head a speaker phrase (a role, a group, a statement)."""
    for word in (head, head[:-1] if head.endswith("s") else head):
        if (
            word in cues.PERSON_ROLES
            or word in cues.ORG_ROLES
            or word in cues.DOCUMENT_NOUNS
            or word in cues.GROUP_NOUNS
            or word in cues.BENCH_STYLES
        ):
            return True
    return year_old(head) or cues.is_descriptor(head.capitalize())


def _appositive_name(
    text: str, match: regex.Match[str] | re.Match[str], phrase: Phrase
) -> Phrase:
    """``The club's chairman, Tom Baines, said``: the name in the appositive speaks."""
    if phrase.kind != "np" or match.start("app") < 0:
        return phrase
    start, end = match.start("app") + 1, match.end("app") - 1
    while start < end and text[start] in " \u00a0(":
        start += 1
    if text[end - 1] == ")" and (bracket := text.rfind("(", start, end)) > start:
        end = bracket  # "The leader, Ivy Pine (Con, Fernley), said": a party label
        while end > start and text[end - 1] in " \u00a0":
            end -= 1
    handle = _appositive_handle(text, match)
    if handle is not None:
        return handle
    given = _given_name(text, match.start("app"), match.end("app"))
    if given is not None:
        return given if given.kind == "name" else phrase
    clean = _titled_name(text, start, end)
    if clean is None and (last := last_name_run(text, start, end)) is not None:
        # "Mia's parents, Owen and Clare Dorne, said", "Ivo's bistro,
        # Lark & Daughters, said": a couple or a firm in apposition speaks as one.
        joined = joined_name(text, last)
        clean = joined if joined is not None and joined.start == start else None
    if clean is None:
        # "Her agent, Marguerite LeBlanc of Icon Models, said": the name before "of";
        # "Her agent, Odile Marchetti in Lyon, said": before "in".
        cut = _OF_WHERE.search(text, start, end)
        clean = _titled_name(text, start, cut.start()) if cut is not None else None
    if clean is None or (
        len(clean.words) < 2
        and phrase.head not in cues.PERSON_ROLES
        and phrase.head not in cues.ORG_ROLES
    ):
        return phrase  # one word names someone after a role: "Her husband, Rob,"
    return _named(clean, phrase.passive)


# "whose chair", "whose chief executive": *whose* and up to three lower-case words, the
# last a person's role.
_WHOSE_ROLE: Final = regex.compile(
    rf"whose{_S}+(?P<role>(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}}(?P<head>\p{{Ll}}[\p{{Ll}}\-]*))\Z"
)


def _whose_role_named(text: str, match: regex.Match[str] | re.Match[str]) -> Phrase | None:
    """Rule *a body's officer in a whose-clause speaks*: ``Dace clashed with the Tarn
    Passengers' Forum, whose chair, Ivo Belling, said in an email: “…”`` — *whose*, a
    person's role and the name in apposition after it: that name is the subject of the
    verb, as in ``The forum's chair, Ivo Belling, said``. None when the words after
    *whose* are no role (``whose daughter, Ava, said``: one word is no full name either).

    >>> t = "the Tarn Forum, whose chair, Ivo Belling, said"
    >>> m = _SPEAKER_BEFORE.search(t, 0, t.rindex(" said"))
    >>> _whose_role_named(t, m).text
    'Ivo Belling'
    """
    found = _WHOSE_ROLE.match(text, match.start("sp"), match.end("sp"))
    if found is None or found.group("head") not in cues.PERSON_ROLES:
        return None
    role = Phrase(found.group("role"), found.start("role"), found.end("role"), "np",
                  head=found.group("head"))  # fmt: skip
    named = _appositive_name(text, match, role)
    return named if named.kind == "name" else None


# The verbs of naming that "what" opens: "what the airline called", "what Marr described as".
_NAMING_CUES: Final = frozenset(
    {"called", "calls", "described", "describes", "termed", "terms", "dubbed", "dubs",
     "labelled", "labeled", "branded"}
)  # fmt: skip
_WHAT_SUBJECT: Final = regex.compile(rf"(?:^|(?<=[\s,(]))what{_S}+(?P<sp>[^,;:]+)\Z")


def _what_called(
    text: str, match: regex.Match[str] | re.Match[str], cue: str
) -> Phrase | None:
    """Rule *what someone called it*: ``Flights were cancelled in a meltdown blamed on what
    the airline called a “rostering failure”.`` — a verb of naming (called, described,
    termed, dubbed, branded) after *what* has the words between *what* and the verb as
    its subject, however long the phrase before *what* (a fronting or passive phrase that
    would otherwise hide it); None for any other verb or with no *what*.

    >>> t = "Flights were cut in a meltdown blamed on what the airline called"
    >>> m = _SPEAKER_BEFORE.search(t, 0, t.rindex(" called"))
    >>> _what_called(t, m, "called").text
    'the airline'
    """
    if cue not in _NAMING_CUES or match.start("app") >= 0:
        return None
    return _subject_after_what(text, match, _WHAT_SUBJECT)


def _subject_after_what(
    text: str, match: regex.Match[str] | re.Match[str], pattern: regex.Pattern[str]
) -> Phrase | None:
    """The subject ``pattern`` finds after *what* in ``match``'s speaker phrase (group
    ``sp``), when it is a name, a noun phrase or a pronoun; else None. Shared by the rules
    *what someone called it* and *here's what someone said*."""
    sp_start, sp_end = match.span("sp")
    if text.find("what", sp_start, sp_end) < 0:
        return None  # the common case: one substring test
    found = pattern.search(text, sp_start, sp_end)
    if found is None:
        return None
    phrase = speaker_phrase(text, *found.span("sp"))
    return phrase if phrase is not None and phrase.kind in ("name", "np", "pronoun") else None


# "Here's what he had to say:", "This is what the coach told us:": a presentative, *what*,
# the subject, perhaps a modal "had to" before the verb.
_PRESENTED_WHAT: Final = regex.compile(
    rf"(?:^|(?<=[\s(]))(?:[Hh]ere(?:['’]s|{_S}+is)|[Tt]his{_S}+is|[Bb]elow{_S}+is)"
    rf"{_S}+what{_S}+(?P<sp>[^,;:]+?)"
    rf"(?:{_S}+(?:had|has|have|wanted|needed|was{_S}+able|were{_S}+able){_S}+to)?\Z"
)


def _presented_what(
    text: str, match: regex.Match[str] | re.Match[str]
) -> Phrase | None:
    """Rule *here's what someone said*: ``He then sat down with Kelby TV. Here's what he
    had to say:`` — a presentative (*here's*, *here is*, *this is*, *below is*) and *what*
    before the speech verb has the words after *what* as its subject, never the whole
    phrase; a modal *had to*, *wanted to* before the verb is no part of it. None when the
    phrase opens otherwise (``What he said was:`` is left to the other readings).

    >>> t = "Here's what he had to say"
    >>> m = _SPEAKER_BEFORE.search(t, 0, t.rindex(" say"))
    >>> _presented_what(t, m).text
    'he'
    >>> t = "This is what the head coach told reporters"
    >>> m = _SPEAKER_BEFORE.search(t, 0, t.rindex(" told"))
    >>> _presented_what(t, m).text
    'the head coach'
    """
    return _subject_after_what(text, match, _PRESENTED_WHAT)


# ", Valmont Rail, which owns the track," after a fronting phrase: the name the relative
# clause is about.
_NAME_WHICH: Final = regex.compile(
    rf",{_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,3}}(?P<name>{NAME_PATTERN}),{_S}+(?:which|who|whose){_S}"
)


def _fronted_relative(text: str, match: regex.Match[str] | re.Match[str]) -> Phrase | None:
    """Rule *a name after a fronting phrase, with its relative clause*: ``In an email,
    Valmont Rail, which owns the track, said:`` — the pattern reads ``In an email`` as
    the speaker and the rest as its appositive; a phrase opened by a preposition names no
    speaker, so the name the relative clause is about speaks, also after up to three
    lower-case words of its kind (``In a letter in June, activist fund Marrow Hill
    Partners, which owns 4% of the firm, described…``: the fund, never *June*, a name
    the fronting phrase ends in). None otherwise.

    >>> t = "In an email, Valmont Rail, which owns the track, said"
    >>> m = _SPEAKER_BEFORE.search(t, 0, t.rindex(" said"))
    >>> _fronted_relative(t, m).text
    'Valmont Rail'
    """
    first = match.group("sp").split(maxsplit=1)[0].casefold()
    if first not in cues.PREPOSITIONS:
        # the phrase's preposition just out of the pattern's reach: "In |an open letter
        # to the board in June, …"
        before = text[max(0, match.start("sp") - 8) : match.start("sp")].split()
        if not before or before[-1].casefold() not in cues.PREPOSITIONS:
            return None
    found = _NAME_WHICH.match(text, match.start("app"), match.end("app"))
    if found is None:
        return None
    clean = clean_name(found.group("name"), found.start("name"))
    return _named(clean) if clean is not None else None


def _appositive_handle(text: str, match: regex.Match[str] | re.Match[str]) -> Phrase | None:
    """``Another viewer, @quizqueen, posted:``: the account in the appositive speaks."""
    if match.start("app") < 0:
        return None
    start, end = match.start("app") + 1, match.end("app") - 1
    while start < end and text[start] in " \u00a0":
        start += 1
    if text[start : start + 1] != "@" or HANDLE.fullmatch(text, start, end) is None:
        return None  # a handle opens with its "@": one look before the pattern
    return Phrase(text[start:end], start, end, "name", words=(text[start:end],))


def _post(text: str, start: int, end: int) -> str | None:
    """The title of a post that ``text[start:end]`` names, else None.

    ``Senior Coroner for Quarby``, ``Chief Constable of Quarby Police``,
    ``Leader of Harlow Council``: capitalised title words with a person's role
    among them, then *of* or *for* and where the post is held. Such a phrase
    is no one's name, so the name in apposition after it speaks.
    """
    words = text[start:end].split()
    if len(words) == 2 and words[0] in ("the", "The"):
        start, words = start + 4, words[1:]
    if (
        len(words) == 1
        and text[start - 4 : start] in ("the ", "The ")
        and words[0].casefold() in cues.PERSON_ROLES
    ):
        return words[0].casefold()  # "the Dean, Canon Ann Dale,": a post, not a name
    for i, word in enumerate(words):
        if word in ("of", "for"):
            title = words[:i]
            break
    else:
        if not _owned_office(text, start) or words[-1].casefold() not in _OFFICE_HEADS:
            return None
        title = words  # "the party's National Publicity Secretary": an owner's office

    if not title or not all(w[:1].isupper() or w == "and" for w in title):
        return None
    for word in reversed(title):
        if word.casefold() in cues.PERSON_ROLES:
            return word.casefold()
    return None


# The last word of an office an organisation gives, never a surname ("Bishop", "King"):
# "its Publicity Secretary", "the firm's Managing Director".
_OFFICE_HEADS: Final = frozenset(
    {"secretary", "director", "officer", "chairman", "chairwoman", "chairperson", "president",
     "manager", "spokesperson", "spokesman", "spokeswoman", "executive", "treasurer",
     "commissioner", "coordinator", "adviser", "advisor", "superintendent", "registrar"}
)  # fmt: skip


def _owned_office(text: str, start: int) -> bool:
    """True when an owner stands right before ``start``: ``the party's``, ``its``, ``their``.

    >>> _owned_office("the party’s Publicity Secretary", 12), _owned_office("said Ann", 5)
    (True, False)
    """
    before = text[max(0, start - 8) : start]
    return before.endswith(("'s ", "’s ", " its ", " their ")) or before in ("its ", "their ")


def _post_holder(
    text: str, match: regex.Match[str] | re.Match[str], phrase: Phrase
) -> Phrase:
    """``Senior Coroner for Quarby, Ruth Allen, said``: the holder of the post, named in
    apposition, speaks, not a name read inside the post (``Quarby``)."""
    role = _post(text, *match.span("sp"))
    if role is None and phrase.start > match.start("sp"):
        role = _post(text, phrase.start, phrase.end)  # "signed by the party's Secretary, …"
    if role is None:
        return phrase
    post = Phrase(match.group("sp"), *match.span("sp"), "np", head=role, passive=phrase.passive)
    holder = _appositive_name(text, match, post)
    return holder if holder.kind == "name" else phrase


# Rule *where the appositive's name is based*: "Marguerite LeBlanc of Icon Models", "Odile
# Marchetti in Lyon" — the name before where the person works or lives.
_OF_WHERE: Final = re.compile(r"[ \u00a0]+(?:of|at|from|in)[ \u00a0]+(?=[A-Z]|the[ \u00a0])")


def _clergy_styled(run: str) -> bool:
    """True when a capitalised run opens with a cleric's style: ``Very Rev Ann Dale``,
    ``Rt Rev Tom Ware``, ``Rev Ann Dale`` (which house styles write after *the*).

    >>> _clergy_styled("Very Rev Ann Dale"), _clergy_styled("Very Good Ann")
    (True, False)
    """
    words = run.casefold().replace(".", "").split()[:2]
    if words and words[0] in cues.REVERENDS:
        return True
    return len(words) == 2 and words[0] in cues.CLERGY_STYLES and words[1] in cues.REVERENDS


def _titled_name(text: str, start: int, end: int) -> CleanName | None:
    """``text[start:end]`` as a name, perhaps after lower-case title words or an age.

    ``Tom Baines``, ``senior midwife Dr Grace Adeyemi`` and ``45-year-old nurse
    Tom Reed`` are names; ``who coached Ana Ruiz`` and ``a friend of Ana Ruiz``
    are not (a function word or a preposition before the name makes it someone
    else).
    """
    run = _NAME_RUN.fullmatch(text, start, end)
    if run is not None:
        return clean_name(run.group(), start)
    best = None
    for match in _NAME_RUN.finditer(text, start, end):
        best = match
    if best is None or best.end() != end:
        return None
    lead = text[start : best.start()].split()
    if lead and lead[0] == "the" and (len(lead) > 1 or _clergy_styled(best.group())):
        # "His sister, the surveyor Ines Carrow, said": a title; "The Dean, the Very
        # Rev Ann Dale, said": a cleric's style, written after "the"
        lead = lead[1:]
    if len(lead) > 4 or not all(
        (
            word.isalpha()
            and word.islower()
            and word not in cues.STOPWORDS
            and word not in cues.PREPOSITIONS
        )
        or year_old(word)
        for word in lead
    ):
        return None
    return clean_name(best.group(), best.start())


@lru_cache(maxsize=1024)
def _fold_cue(cue: str) -> str:
    # A handful of verb forms recur in every article: fold each once.
    return " ".join(cue.casefold().split())


# A document's verb right after its noun: " read", " says" ("the patch notes read").
_DOCUMENT_VERB: Final = re.compile(
    rf"[ \u00a0]+(?P<cue>{'|'.join(sorted(cues.NOUN_CUE_VERBS))})\b"
)


def _noun_cue(text: str, match: regex.Match[str] | re.Match[str]) -> bool:
    """True when the cue a clause matched is a noun after a determiner (``cues.NOUN_CUES``:
    ``the accused``) or before a document's verb (``the patch notes read``), so the
    speaker phrase goes on past it.

    >>> t = ", solicitor for the accused Ana Ruiz said."
    >>> _noun_cue(t, _SPEAKER_FIRST.match(t, 0))
    True
    """
    if match.group("cue").casefold() not in cues.NOUN_CUES:
        return False
    words = text[match.start("sp") : match.start("cue")].split()
    if bool(words) and words[-1].casefold() in cues.DETERMINERS:
        return True
    # "the patch notes read": a noun cue right before a verb that documents take
    return bool(words) and _DOCUMENT_VERB.match(text, match.end("cue")) is not None


def _clause(text: str, pos: int, endpos: int, fast: bool) -> tuple[Phrase, str, int, int] | None:
    """An attribution clause starting at ``pos``: speaker-first, then cue-first.

    ``fast``: ``text[pos - 1:endpos]`` has only ASCII letters (the twins apply).
    """
    match: regex.Match[str] | re.Match[str] | None
    speaker_first = _SPEAKER_FIRST_ASCII if fast else _SPEAKER_FIRST
    match = speaker_first.match(text, pos, endpos)
    sp_from: int = -1
    if match is not None and match.group("cue") in cues.NOUN_CUES and _noun_cue(text, match):
        # "solicitor for the accused Ana Ruiz said": the phrase goes on to the next cue
        sp_from = match.start("sp")
        noun_end = match.end("cue")
        match = speaker_first.match(text, noun_end, endpos)
        if match is None:
            # "the patch notes read.": the document's verb right after the noun
            verb = _DOCUMENT_VERB.match(text, noun_end, endpos)
            phrase = speaker_phrase(text, sp_from, noun_end) if verb is not None else None
            if verb is not None and phrase is not None and phrase.kind == "np":
                return phrase, _fold_cue(verb.group("cue")), phrase.start, verb.end()
    if match is not None:
        cue = _fold_cue(match.group("cue"))
        if cue != "according to" and not _listener_after_appositive(match, cue):
            sp_start, sp_end = match.span("sp")
            sp_start = sp_start if sp_from < 0 else sp_from
            phrase = speaker_phrase(text, sp_start, sp_end)
            if (
                phrase is not None
                and phrase.kind != "relative"
                and not _passive(phrase, cue)
                and _GAPPED.match(text, match.end(), endpos) is None
            ):
                if phrase.kind == "np":
                    phrase = _appositive_name(text, match, phrase)
                elif phrase.kind == "name" and match.start("app") >= 0:
                    phrase = _post_holder(text, match, phrase)
                return phrase, cue, min(phrase.start, sp_start), match.end()
    match = (
        (_CUE_FIRST_ASCII if fast else _CUE_FIRST).match(text, pos, endpos)
        if _may_open_with_cue(text, pos, endpos)
        else None
    )
    if match is not None:
        cue = _fold_cue(match.group("cue"))
        if cue not in _CUE_FIRST_OBJECT:
            # The span unpacked first: compiled, speaker_phrase(text, *span) goes
            # through the interpreter (with _from_before's call, per generated
            # article: about 15k instructions fewer).
            sp_start, sp_end = match.span("sp")
            phrase = speaker_phrase(text, sp_start, sp_end)
            if (
                (phrase is not None and phrase.kind == "np")
                or match.group("sp") in _VOX_POP
                or (phrase is not None and phrase.kind == "name" and _post(text, sp_start, sp_end))
            ):  # "said HM Senior Coroner for Quarby, Ruth Allen": the post's holder
                phrase = _named_after(text, match.end("sp"), endpos, fast) or phrase
            if phrase is not None and phrase.kind != "relative":
                return phrase, cue, match.start("cue"), phrase.end
    return None


# Rule *a cue with a verb after it reports no quote*: "“…”, an account the prosecution
# said was contradicted by…" — the cue's object is the gap of a relative clause about the
# quote ("an account [that] the prosecution said [it] was…"), not the quote itself.
_GAPPED: Final = re.compile(
    r"[ \u00a0]+(?:was|were|is|are|had|has|would|could|might)[ \u00a0]"
)


# What _LEAD may hold before a cue: spaces, a comma, a semicolon or a dash.
_LEAD_CHARACTERS: Final = " \u00a0,;—–-"


def _may_open_with_cue(text: str, pos: int, endpos: int) -> bool:
    """False when ``_CUE_FIRST`` (or its twin) cannot match at ``pos``.

    Past the lead's spaces and punctuation a match opens with a cue, whose first
    two letters are in ``cues.CUE_OPENINGS``: most text after a quote (``Ruiz
    said``, ``she added``) opens with another word, settled by a look at two
    letters instead of the pattern's call.

    >>> _may_open_with_cue(" — said Ruiz.", 0, 13), _may_open_with_cue(" Ruiz said.", 0, 11)
    (True, False)
    """
    at = pos
    while at < endpos and text[at] in _LEAD_CHARACTERS:
        at += 1
    return text[at : min(at + 2, endpos)] in cues.CUE_OPENINGS


# The name an unnamed speaker went by, in the two clauses below: up to four capitalised
# words (checked by clean_name: a copy of NAME_PATTERN here would cost 30 ms to compile at
# import), or a screen name, which may hold digits or an underscore.
_WENT_BY: Final = rf"\p{{Lu}}[\p{{L}}'’\-]*(?:{_S}+\p{{Lu}}[\p{{L}}'’\-]*){{0,3}}"
_SCREEN: Final = r"\p{L}[\p{L}\p{N}_]*[\p{N}_][\p{L}\p{N}_]*"
# An account's name: a handle (``@quizqueen``) or a forum's user name (``u/quiet_owl``).
_ACCOUNT: Final = rf"{HANDLE.pattern}|(?<![\p{{L}}\p{{N}}/])u/[\p{{L}}\p{{N}}_\-]{{3,30}}+"
# Then the clause ends, after the place the speaker gave with the name if any: a phone-in's
# "who gave his name as Omar from Haldene Park" is Omar; a poster's platform ("posting
# as @quizqueen on X").
_WENT_BY_END: Final = (
    rf"(?:{_S}+(?:from|in|on){_S}+\p{{Lu}}[\p{{L}}'’\-]*(?:{_S}+\p{{Lu}}[\p{{L}}'’\-]*){{0,2}})?"
    rf"(?=[,.;:!?]|{_S}*\Z)"
)
# ", who gave his name only as Ilario": the name a vox-pop speaker gave.
# Also ", who asked that only his first name, Arjun, be used", and after a short
# appositive: ", a member of the team who gave only her first name, Lina,".
_GAVE_NAME: Final = regex.compile(
    rf",{_S}+(?:an?{_S}+[^,.;:!?\n“”\"]{{1,60}}?{_S}+(?=who{_S}))?"
    rf"(?:who{_S}+(?:gave|would(?:{_S}+only)?{_S}+give"
    rf"|identified{_S}+(?:him|her|them)sel(?:f|ves))"
    rf"(?:{_S}+only)?(?:{_S}+(?:his|her|their)(?:{_S}+first)?{_S}+name)?(?:{_S}+only)?"
    rf"(?:{_S}+as|,)|(?:known|identified){_S}+only{_S}+as"
    rf"|who{_S}+(?:asked|requested|wanted|wished){_S}+(?:that{_S}+)?(?:only{_S}+)?"
    rf"(?:his|her|their){_S}+(?:first|given){_S}+name,)"
    rf"{_S}+(?P<name>{_WENT_BY}){_WENT_BY_END}"
)


# Rule *a long title goes on past "and"*: "said the trust's deputy director of nursing and
# patient experience, Ada Holt." — the description read stops at "and"; up to four
# lower-case words after it, right before the comma, still belong to the title, so the
# name in apposition after them speaks.
_TITLE_GOES_ON: Final = regex.compile(rf"{_S}+(?:and|&)(?:{_S}+\p{{Ll}}[\p{{Ll}}\-]*){{1,4}}(?=,)")


# ", posting under the name NightOwl42," / ", posting as Brisa_K,": the account name a
# poster went by.
_POSTED_AS: Final = regex.compile(
    rf",{_S}+(?:posting|writing|commenting|going)(?:{_S}+online)?{_S}+(?:under|as|by)"
    rf"(?:{_S}+the{_S}+(?:user)?name)?{_S}+(?P<name>{_ACCOUNT}|{_WENT_BY}|{_SCREEN})"
    rf"{_WENT_BY_END}"
)
_SCREEN_NAME: Final = regex.compile(_SCREEN)
# Rule *an account in apposition*: "wrote the user, u/quiet_owl.", "wrote the thread's
# author, Marsh88." — a handle or a screen name (one with a digit or an underscore) right
# after the description, and nothing else in the appositive, is who wrote.
_ACCOUNT_AFTER: Final = regex.compile(
    rf",{_S}+(?P<name>{_ACCOUNT}|{_SCREEN})(?=[,.;:!?]|{_S}*\Z)"
)


def _given_name(text: str, pos: int, endpos: int) -> Phrase | None:
    """The name an unnamed speaker gave, in a clause at ``pos``, else None.

    ``said one woman, who gave her name only as Dana``, ``One caller, who gave his
    name only as Rob, said``: the name given, even one word (a vox pop's first
    name); ``One player, posting under the name NightOwl42, wrote``: the screen
    name, kept as written. A phrase of kind ``np`` (the name did not read as one)
    tells the caller to keep its own phrase.
    """
    given = _GAVE_NAME.match(text, pos, endpos) or _POSTED_AS.match(text, pos, endpos)
    return None if given is None else _name_given(text, *given.span("name"))


def _given_alone(text: str, match: regex.Match[str] | re.Match[str]) -> Phrase | None:
    """Rule *a vox pop with only a given name*: ``Another, who gave his first name as Aurelio,
    said:`` — a pronoun-like ``One``, ``Another`` that is no speaker phrase of its own,
    then the name given in the appositive (a name, or None)."""
    given = _given_name(text, match.start("app"), match.end("app"))
    return given if given is not None and given.kind == "name" else None


def _name_given(text: str, start: int, end: int) -> Phrase:
    """The phrase for a name an unnamed speaker went by: a screen name as written, a
    name as a name, else (kind ``np``) the words, which name no one."""
    if (
        _SCREEN_NAME.fullmatch(text, start, end) is not None
        or text[start] == "@"
        or text.startswith("u/", start)
    ):
        return Phrase(text[start:end], start, end, "name", words=(text[start:end],))
    clean = clean_name(text[start:end], start)
    if clean is None:
        return Phrase(text[start:end], start, end, "np")
    return _named(clean)


def _named_after(text: str, pos: int, endpos: int, fast: bool) -> Phrase | None:
    """The name in apposition right after a description that ends at ``pos``, if any.

    ``said Ruiz's lawyer, Paul Grant.``, ``According to the opposition leader,
    Claire Dufresne, …``: the name speaks; so does ``said one, Aisha Bello, 19``
    (one of a crowd, then named), and one after lower-case role words (``said
    one, a retired teacher Ana Ruiz``; not ``said one, who met Ana Ruiz``). A
    name of one word is not taken.
    """
    given = _given_name(text, pos, endpos)
    if given is not None:
        return given if given.kind == "name" else None
    account = _ACCOUNT_AFTER.match(text, pos, endpos)
    if account is not None:
        return _name_given(text, *account.span("name"))
    goes_on = _TITLE_GOES_ON.match(text, pos, endpos)
    if goes_on is not None:  # "director of nursing and patient experience, Ada Holt"
        pos = goes_on.end()
    appositive = _APPOSITIVE_AFTER_ASCII if fast else _APPOSITIVE_AFTER
    named = appositive.match(text, pos, endpos)
    if named is not None and not cues.role_words(named.group("role").split()):
        named = None  # "said one, who met Ana Ruiz": no role, no appositive
    clean = clean_name(named.group("name"), named.start("name")) if named else None
    if named is None and (pair := _PAIR_AFTER.match(text, pos, endpos)) is not None:
        # "said his parents, Ruth and Colin Ash.": a couple in apposition.
        last = last_name_run(text, pair.start("pair"), pair.end("pair"))
        clean = joined_name(text, last) if last is not None else None
        clean = clean if clean is not None and clean.start == pair.start("pair") else None
    return _named(clean) if clean is not None and len(clean.words) >= 2 else None


# ", Ruth and Colin Ash." / ", Corley & Vane,": two names joined in an appositive.
_PAIR_AFTER: Final = regex.compile(
    rf",{_S}+(?P<pair>\p{{Lu}}[^,.;:!?\n“”\"]{{0,60}}?{_S}(?:and|&){_S}[^,.;:!?\n“”\"]{{1,60}}?)"
    rf"(?=[,.;:!?]|{_S}*\Z)"
)


# Joining split quotes and attribution ask about the same gaps. (A clause after
# a quote is asked about once, so _from_after calls _clause directly.)
_clause_after: Final = lru_cache(maxsize=256)(_clause)


# Verbs of putting a question whose passive subject is the one who answers.
_ASKED_FORMS: Final = frozenset({"asked", "questioned", "pressed", "quizzed"})
# Words that open the question reported after it: "asked if", "pressed on whether".
_REPORTED_QUESTION: Final = frozenset(
    {"if", "whether", "about", "what", "why", "how", "when", "who", "where", "which"}
)


def _asked_before_colon(text: str, cue: str, verb_end: int, open_pos: int) -> bool:
    """True when a passive *asked* (or *pressed*, *quizzed*…) is followed by its question
    and a colon right before the quote: the one asked answers.

    Rule *the one asked answers at the colon*: ``The veteran was asked by reporters
    outside the ground if he was leaving: “I'm staying.”`` is the veteran's reply, not
    a quote that a listener heard; ``Pask was told by the club: “…”`` still names the
    listener, and ``Ruiz was asked: “Will you stay?”`` reports no question before the
    colon, so the quote is the question, not its answer.

    >>> text = "Pask was asked if he was leaving: “No.”"
    >>> _asked_before_colon(text, "asked", 14, text.index("“"))
    True
    >>> _asked_before_colon("Pask was told: “No.”", "told", 13, 15)
    False
    >>> _asked_before_colon("Pask was asked: “Will you stay?”", "asked", 14, 16)
    False
    """
    if cue.casefold() not in _ASKED_FORMS:
        return False
    between = text[verb_end:open_pos].rstrip(" \u00a0")
    if not between.endswith(":") or len(between) >= 160 or "\n" in between:
        return False
    return not _REPORTED_QUESTION.isdisjoint(between.replace(",", " ").split())


def _passive(phrase: Phrase, cue: str) -> bool:
    return phrase.passive and cues.SPEAKING_PASSIVE.fullmatch(cue) is None


def _listener_after_appositive(match: regex.Match[str] | re.Match[str], cue: str) -> bool:
    """True when a passive auxiliary after an appositive makes its name the listener:
    ``Ida Marr, 54, was told`` (not ``…, was quoted as saying``, whose subject speaks)."""
    return match.start("aux") >= 0 and cues.SPEAKING_PASSIVE.fullmatch(cue) is None


def find_split_attribution(text: str, start: int, end: int) -> Attribution | None:
    """The attribution clause that ``text[start:end]`` consists of, if it is one.

    Used to join a quote split around its attribution: ``text[start:end]`` is
    the text between the two parts, marks excluded (``, the club said. `` or
    `` said coach Ana Ruiz, ``). The clause is a speaker phrase and a cue verb in
    either order, an optional short tail (``on Tuesday``, ``in a statement``,
    ``to reporters``, an appositive after the name) and punctuation; anything
    longer is not a split attribution. The speaker is returned as written, with
    a leading job title stripped; ``start``/``end`` cover speaker, verb and tail.

    >>> text = "“We are saddened,” said coach Ana Ruiz, “and we will honour him.”"
    >>> a = find_split_attribution(text, text.index("” said") + 1, text.index(", “") + 2)
    >>> a.speaker, a.cue, text[a.start:a.end]
    ('Ana Ruiz', 'said', 'said coach Ana Ruiz')
    >>> text = "“We won,” the club said on Tuesday. “We move on.”"
    >>> find_split_attribution(text, 9, text.index("“We move")).speaker
    'the club'
    >>> find_split_attribution(text, 0, 5) is None
    True
    """
    start = max(0, start)
    end = min(len(text), end)
    if end - start > 160 or end <= start or "\n" in text[start:end]:
        return None
    fast = ascii_letters(text, max(0, start - 1), end)
    found = _clause_after(text, start, end, fast)
    if found is None:
        return None
    phrase, cue, clause_start, clause_end = found
    if phrase.kind == "np" and not _speaks(phrase.head):
        return None  # "according to the figures": not someone who speaks
    tail_start = clause_end
    tail_re = _TAIL_ASCII if fast else _TAIL
    if cue in _CUE_FIRST_OBJECT and phrase.start >= clause_start and clause_end > phrase.end:
        obj = (_OBJECT_TAIL_ASCII if fast else _OBJECT_TAIL).match(text, tail_start, end)
        if obj is not None and tail_re.match(text, obj.end(), end) is not None:
            tail_start = obj.end()
    tail = tail_re.match(text, tail_start, end)
    if tail is None:
        return None
    stop = tail.end()
    while stop > tail_start and text[stop - 1] in " \u00a0,.;:!?…—–-":
        stop -= 1
    return Attribution(phrase.text, cue, clause_start, max(stop, clause_end))


# ---------------------------------------------------------------------------
# Finding the clause for one quote.


def _skip_marks_forward(text: str, pos: int) -> int:
    """Past the closing mark(s) at ``pos``: one or two mark characters or an HTML entity."""
    if text.startswith("&", pos):
        entity = _ENTITY.match(text, pos)
        return entity.end() if entity is not None else pos
    size = len(text)
    if pos < size and text[pos] in MARKS:  # at most two marks
        pos += 1
        if pos < size and text[pos] in MARKS:
            pos += 1
    return pos


def skip_marks_back(text: str, pos: int) -> int:
    """Before the opening mark(s) that end at ``pos``."""
    if pos > 0 and text[pos - 1] == ";":
        entity = _ENTITY_BACK.search(text, max(0, pos - 10), pos)
        return entity.start() if entity is not None else pos
    if pos > 0 and text[pos - 1] in MARKS:  # at most two marks
        pos -= 1
        if pos > 0 and text[pos - 1] in MARKS:
            pos -= 1
    return pos


def _from_gaps(entities: Entities, spans: Sequence[Span]) -> Clause | None:
    text = entities.text
    for (_, e), (s, _) in pairwise(spans):
        start, end = _skip_marks_forward(text, e), skip_marks_back(text, s)
        newline = text.find("\n", start, end)
        if newline >= 0:
            end = newline  # "“…,” Ruiz said.¶“…”": the clause ends the first paragraph
        if end - start > 160 or end <= start:
            continue
        found = _clause_after(text, start, end, entities.layout.fast)
        if found is not None:
            return found[0], found[1], found[2]
    return None


# A verb's own object after it: a determiner and a word ("demanded a confidence vote").
_OWN_OBJECT: Final = re.compile(r"[ \u00a0]+(?:a|an|the|its|their|his|her|new|more)[ \u00a0]+\w")


def _from_after(entities: Entities, end: int) -> Clause | None:
    text = entities.text
    size = len(text)
    pos = end
    if pos < size and text[pos] in MARKS:  # _skip_marks_forward, without the call
        pos += 1
        if pos < size and text[pos] in MARKS:
            pos += 1
    elif text.startswith("&", pos):
        pos = _skip_marks_forward(text, pos)
    stop = min(size, pos + 200)
    newline = text.find("\n", pos, stop)
    if newline >= 0:
        stop = newline
    if text.startswith(_AS_OPENINGS, pos):
        put = _as_put(text, _AS_PUT.match(text, pos, stop))
        if put is not None:
            return put
    if _THAT_AFTER.match(text, pos, stop) is not None:
        # Rule *a second "that" after a quote reports more*: "The suit claims Ana Ruiz told
        # him to stop “playing detective,” and that Tom Reid later told her …" — a clause
        # opened by "and that" is the next thing reported, not the quote's attribution.
        return None
    found = _clause(text, pos, stop, entities.layout.fast)
    if found is None and text.startswith((" ", ","), pos):
        finding = _FOUND_AFTER.match(text, pos, stop)
        if finding is not None:
            return _document_clause(text, finding)
    if found is None:
        return _signed(text, pos, stop) if text.startswith((" ", ",", "\u00a0", ":"), pos) else None
    phrase, cue, clause_start, clause_end = found
    if (
        text.startswith(_AS_OPENINGS, pos)
        and cue.casefold() not in cues.ADDRESS_VERBS
        and _OWN_OBJECT.match(text, clause_end, stop) is not None
    ):
        # Rule *an "as" clause with its own object is no attribution*: "“…,” as the
        # opposition demanded a confidence vote" — the quote's clause is before it.
        return None
    if cue == "saying" and (at := text.find("saying", phrase.start, clause_end)) >= 0:
        quoted = _QUOTED_AS.search(text, max(pos, at - 120), at)
        carried = _quoted_as_phrase(text, quoted) if quoted is not None else None
        if quoted is not None and carried is not None:
            # "“…,” the statement quoted him as saying.": the one quoted, as before a quote
            return carried, quoted.group("verb").lower() + " as saying", carried.start
    inside = text[max(0, end - 2) : end].rstrip(_MARKS_SPACE)
    if inside.endswith((".", "!", "?", "…")) and _INTRODUCES_NEXT.match(text, clause_end, stop):
        return None  # "“….” Ruiz said: “…”" introduces the next quote
    written = text[pos:clause_end]
    if (
        inside.endswith((".", "!", "?", "…"))
        and ("not " in written or "n't " in written or "n’t " in written or "declined" in written)
        and _NOT_SAYING.search(text, pos, clause_end) is not None
    ):
        # Rule *what was not said is no attribution*: "…was “in close contact with the
        # operator.” It did not say whether…" — a new sentence of words withheld, so the
        # quote keeps the clause before it.
        return None
    return phrase, cue, clause_start


# "“…,” and that …", "“…” but that …": a coordinated reported clause after a quote.
_THAT_AFTER: Final = re.compile(r"[ \u00a0]*,?[ \u00a0]*(?:and|but|or)[ \u00a0]+that[ \u00a0]")


# A speech verb negated or declined: "did not say", "would not say", "declined to say".
_NOT_SAYING: Final = regex.compile(
    rf"(?:(?:did|does|do|would|could|will|can){_S}*(?:not|n['’]t){_S}+"
    rf"(?:immediately{_S}+|publicly{_S}+)?|(?:declined|refused){_S}+to{_S}+)"
    rf"(?:say|tell|comment|respond|specify|confirm)(?![\p{{L}}])"
)


# After a quote: "— Jane Holt, CEO of Halvard" (a pull quote's signature) and
# "was Ana Ruiz’s verdict" / "was his reply" (the owner of the words).
# (The name is checked with _NAME_RUN: a second copy of NAME_PATTERN here would
# cost 30 ms to compile at import.)
# A headline's form too: "‘…’ – drummer Ciara Brennick on her comeback" (a role
# before the name, and "on" and the topic ending a line with no full stop).
_SIGNATURE: Final = regex.compile(
    rf"(?:{_S}*(?:[—–]|(?<={_S})--?(?={_S}))|(?P<colon>:)){_S}*(?P<role>(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}})(?P<name>\p{{Lu}}[^,\n()]{{0,60}}?)"
    rf"{_S}*(?:(?P<comma>,)|\Z|(?={_S}on{_S}[^.\n]*\Z))"
)
# The words a signature allows before its name: roles with their modifiers
# (cues.TITLE_WORDS: cues.PERSON_ROLES and "former", "acting"…) and descriptions.
_SIGNATURE_ROLES: Final = cues.TITLE_WORDS | cues.PERSON_DESCRIPTIONS
_OWNED_AFTER: Final = regex.compile(
    rf",?{_S}+(?:was|is){_S}+(?P<owner>(?:\p{{Lu}}[\p{{L}}\-]*{_S}+){{0,3}}\p{{Lu}}[\p{{L}}\-]*['’]s"
    rf"|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts){_S}+(?P<noun>\p{{Ll}}+)(?={_S}*[.,;!?])"
)


_CAME_FROM: Final = regex.compile(
    rf",?{_S}+came{_S}+the{_S}+(?:\p{{Ll}}+{_S}+)?(?P<noun>\p{{Ll}}+){_S}+from{_S}+"
    rf"(?P<who>[^,.;:!?“”\"\n]{{1,60}}?)(?={_S}*[,.;!?]|{_S}*\Z)"
)


def _may_be_signed(text: str, pos: int, stop: int) -> bool:
    """False when none of ``_SIGNATURE``, ``_CAME_FROM``, ``_OWNED_AFTER`` can match at ``pos``.

    Their necessary openings: spaces and a dash, or an optional comma, spaces
    and ``came``, ``was`` or ``is``. Most text after a quote has none, and a
    look at a few characters is far cheaper than the three patterns (compiled,
    per generated article, measured: about 16k instructions fewer).
    """
    at = pos + 1 if pos < stop and text[pos] == "," else pos
    word = at
    while word < stop and (text[word] == " " or text[word] == "\u00a0"):
        word += 1
    if at == pos and word < stop and (text[word] == "—" or text[word] == "–"):
        return True
    if at == pos and word > at and text[word : word + 2] in ("- ", "-\u00a0", "--"):
        return True  # a dash typed as a spaced hyphen: "“…” - Ana Sol, prime minister"
    if at == pos and text[pos : pos + 2] in (": ", ":\u00a0"):
        return True  # "‘…’: Ysolde Parrish on bees", a headline's speaker and topic
    return word > at and text[word : word + 2] in ("ca", "wa", "is")


def _signature_frame(text: str, signed: regex.Match[str], stop: int) -> bool:
    """True when a ``_SIGNATURE`` match is a signature's frame, not a clause.

    The words before the name are only roles or descriptions ("singer",
    "former coach"), never a conjunction ("— but Tom Hale, the coach,
    disagreed"); without a comma the name and its topic end the line or the
    text, not just the window the match was cut to ("– and Tom Hale on the
    bench smiled" running past it).
    """
    words = signed.group("role").split()
    if any(word not in _SIGNATURE_ROLES for word in words):
        return False
    if signed.group("colon") is not None:
        # Rule *a quote, a colon and its speaker on a topic*: a headline's or a pull
        # quote's "‘I kept the pages in a tin’: Ysolde Parrish on bees" — only with the
        # topic ending the line, as "“…”: Ana Ruiz, 41," may open a sentence about her.
        return signed.group("comma") is None and signed.end("name") < stop and (
            stop == len(text) or text[stop] == "\n"
        )
    return signed.group("comma") is not None or stop == len(text) or text[stop] == "\n"


# A tabloid headline's quote, a colon, then who said it doing something: "‘I let the gaffer
# down’: Brackford star Callum Fenwick grovels after nightclub video".
_HEADLINE_DOER: Final = regex.compile(
    rf":{_S}+(?P<mod>\p{{Lu}}[\p{{L}}\-]*{_S}+)?(?P<role>(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}})"
    rf"(?P<name>\p{{Lu}}[\p{{L}}\-]+(?:{_S}+\p{{Lu}}[\p{{L}}\-]+){{1,2}}){_S}+(?P<verb>\p{{Ll}}+s)\b"
)


def _headline_doer(text: str, pos: int, stop: int) -> Phrase | None:
    """Rule *a headline's quote is its doer's*: the person a headline's clause after the
    quote's colon is about, named in full after at most a place and two words of role,
    with a verb in the present (``‘I let the gaffer down’: Brackford star Callum Fenwick
    grovels``), else None. Only on the first line; not a plural of people (``Kelby Town
    fans``), nor an organisation.

    >>> t = "‘Sorry’: Kelby star Ana Ruiz grovels after video"
    >>> _headline_doer(t, t.index(":"), len(t)).text
    'Ana Ruiz'
    """
    doer = _HEADLINE_DOER.match(text, pos, stop)
    if doer is None:
        return None
    roles = doer.group("role").split()
    if (doer.group("mod") and not roles) or any(w not in _SIGNATURE_ROLES for w in roles):
        return None
    if cues.people_plural(doer.group("verb")):
        return None
    clean = clean_name(doer.group("name"), doer.start("name"))
    if clean is None or clean.org or len(clean.words) < 2:
        return None
    return _named(clean)


def _signed(text: str, pos: int, stop: int) -> tuple[Phrase, None, int] | None:
    """The speaker a quote is signed with or ascribed to right after its closing mark.

    ``“…” — Jane Holt, CEO of Halvard``: the name after a dash ending the line
    or followed by a comma; ``“…,” was Ana Ruiz’s verdict.``: the owner of a
    speech noun (:data:`cues.SPEECH_NOUNS`); ``“No,” came the blunt reply from
    Hollis.``: who it came from. No speech verb, so no cue.

    >>> text = "“We won.” — Jane Holt, CEO of Halvard"
    >>> _signed(text, 9, len(text))[0].text
    'Jane Holt'
    """
    if not _may_be_signed(text, pos, stop):
        return None
    if text.startswith((": ", ":\u00a0"), pos) and text.rfind("\n", 0, pos) < 0:
        doer = _headline_doer(text, pos, stop)
        if doer is not None:
            return doer, None, doer.start
    signed = _SIGNATURE.match(text, pos, stop)
    if signed is not None:
        if _NAME_RUN.fullmatch(text, *signed.span("name")) is None:
            return None
        if not _signature_frame(text, signed, stop):
            return None
        clean = clean_name(signed.group("name"), signed.start("name"))
        if clean is not None and not clean.org:
            return _named(clean), None, clean.start
        return None
    came = _CAME_FROM.match(text, pos, stop)
    if came is not None and came.group("noun") in cues.SPEECH_NOUNS:
        phrase = speaker_phrase(text, *came.span("who"))
        ok = phrase is not None and phrase.kind in ("name", "np") and not phrase.passive
        return (phrase, None, phrase.start) if phrase is not None and ok else None
    owned = _OWNED_AFTER.match(text, pos, stop)
    if owned is None or owned.group("noun") not in cues.SPEECH_NOUNS:
        return None
    phrase = _owned_words(text, owned.start("owner"), owned.end("noun"))
    return (phrase, None, phrase.start) if phrase is not None else None


_CLOSED: Final = frozenset({"” ", "’ ", '" ', "' ", "» "})
# A possessive's ending right before a word: "Ruiz's", "RUIZ’S".
_OWNED_S: Final = frozenset({"'s", "’s", "'S", "’S"})
_TITLE_OPENS: Final = {"”": "“", "’": "‘", '"': '"', "'": "'", "»": "«"}


def _titled_description(
    text: str, lo: int, before: regex.Match[str] | re.Match[str]
) -> Phrase | None:
    """``The “Saint Ebba Close” star added:``: a description with a title in quote marks.

    The title (a show, song or album) modifies the noun after it; the phrase is
    the description from its article to that noun.

    >>> text = "The “Saint Ebba Close” star added"
    >>> m = _SPEAKER_BEFORE.search(text, 0, 28)
    >>> phrase = _titled_description(text, 0, m)
    >>> phrase.text, phrase.head
    ('the “Saint Ebba Close” star', 'star')
    """
    sp_start, sp_end = before.span("sp")
    closing = text[sp_start - 2]
    opening = text.rfind(_TITLE_OPENS[closing], lo, sp_start - 2)
    if opening < 0 or before.group("app"):
        return None
    article = text[max(lo, opening - 5) : opening].split()
    if not article or article[-1].casefold() not in ("the", "a", "an"):
        return None
    tokens = word_spans(text, sp_start, sp_end)
    if not 1 <= len(tokens) <= 2:
        return None
    start = text.rindex(article[-1], lo, opening)
    phrase = _np(text, [(article[-1], start, start + len(article[-1])), *tokens], False)
    if phrase is None or not (_speaks(phrase.head) or phrase.head in cues.PERSON_DESCRIPTIONS):
        return None
    return phrase


# Any document noun (cues.DOCUMENT_NOUNS), as one factored alternation.
_DOCUMENT: Final = cues.trie_pattern(sorted(cues.DOCUMENT_NOUNS))
_THAT_WHICH: Final = frozenset({"that ", "hich "})  # the ends of "that ", "which "
# When the document was issued, between it and its "that" or "which": "a statement
# Monday evening which read:", "a statement late on Friday, which said:", "a statement
# last night that read:" — a weekday, yesterday, today or tonight (after "on", "late",
# "early") and a part of the day, or a part of the day after "last" or "this".
_ISSUED_WHEN: Final = (
    rf"(?:{_S}+(?:(?:late|early){_S}+)?(?:on{_S}+)?"
    rf"(?:{'|'.join(sorted(day.title() for day in cues.WEEKDAYS))}|yesterday|today|tonight)"
    rf"(?:{_S}+(?:{'|'.join(sorted(_DAY_PARTS))}))?"
    rf"|{_S}+(?:last|this){_S}+(?:{'|'.join(sorted(_DAY_PARTS))}))?,?"
)
# "the trust issued a statement that read:", "Ruiz put out a short statement which
# said:": who issued it, then the document as the subject of the verb after.
_ISSUED_THAT: Final = regex.compile(
    rf"(?P<sp>[^\s,.;:!?“”\"‘(][^,.;:!?“”\"‘\n]{{0,70}}?)"
    rf"(?:,[^,.;:!?“”\"‘\n]{{1,60}},)?"  # "Felix Arnott, the club's owner, released"
    rf"(?:{_S}+(?:has|have|had|later|also|then|quickly))?"
    rf"{_S}+(?:released|issued|put{_S}+out|published|posted|shared|sent)"
    rf"{_S}+(?:a|an|the|its|his|her|their)(?:{_S}+\p{{Ll}}[\p{{Ll}}-]*){{0,2}}?"
    rf"{_S}+(?:{_DOCUMENT}){_ISSUED_WHEN}"
    rf"{_S}+(?:that|which){_S}+\Z"
)


# Rule *a notice read is whoever put it up*: "a notice the sheriff's office had taped to
# the door read:", "a notice that the council has pinned to the gate reads:" — the notice,
# then (with or without "that") who posted it and how, up to the verb "read".
_POSTED_NOTICE: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:[Aa]n?|[Tt]he)(?:{_S}+\p{{Ll}}[\p{{Ll}}-]*){{0,2}}?{_S}+notice"
    rf"{_S}+(?:(?:that|which){_S}+)?"
    rf"(?P<sp>[^\s,.;:!?“”\"‘(][^,.;:!?“”\"‘\n]{{0,50}}?)"
    rf"{_S}+(?:(?:had|has|have){_S}+)?(?:posted|taped|pinned|stuck|nailed|fixed|put{_S}+up|left"
    rf"|displayed)(?:{_S}+[^,.;:!?“”\"‘\n]{{1,80}}?)?{_S}+\Z"
)


def _posted_notice(text: str, lo: int, stop: int) -> Phrase | None:
    """Who put up the notice whose verb ``read`` starts at ``stop``, else None.

    >>> text = "By noon, a notice the sheriff's office had taped to the door read:"
    >>> _posted_notice(text, 0, text.index("read")).text
    "the sheriff's office"
    >>> _posted_notice("A notice taped to the door read:", 0, 27) is None
    True
    """
    return _found_phrase(_POSTED_NOTICE.search(text, lo, stop))


def _found_phrase(found: regex.Match[str] | None) -> Phrase | None:
    """The name or noun phrase in a pattern's ``sp`` group, else None: the shared end of
    the rules that find a notice's poster or sender."""
    if found is None:
        return None
    phrase = speaker_phrase(found.string, *found.span("sp"))
    return phrase if phrase is not None and phrase.kind in ("name", "np") else None


# Rule *a notice sent by someone is theirs*: "A notice sent by the company to customers on
# Wednesday read:" — a written thing, a passive verb of sending or issuing and *by*, the
# sender, then perhaps where, to whom or when, and the verb *read*.
_SENT_BY: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:[Aa]n?|[Tt]he)(?:{_S}+\p{{Ll}}[\p{{Ll}}-]*){{0,2}}?{_S}+"
    rf"(?:notice|letter|email|e-mail|message|memo|text|leaflet|circular|note){_S}+"
    rf"(?:sent|posted|issued|emailed|published|circulated|distributed|delivered|signed)"
    rf"{_S}+by{_S}+(?P<sp>[^\s,.;:!?“”\"‘(][^,.;:!?“”\"‘\n]{{0,50}}?)"
    rf"(?:{_S}+(?:to|on|in|at|last|this|earlier|late|overnight)(?![\p{{L}}])"
    rf"[^,.;:!?“”\"‘\n]{{0,60}}?)?{_S}+\Z"
)


def _sent_by(text: str, lo: int, stop: int) -> Phrase | None:
    """Who sent the notice, letter or message whose verb ``read`` starts at ``stop``
    (:data:`_SENT_BY`), else None.

    >>> text = "A notice sent by the company to customers on Wednesday read:"
    >>> _sent_by(text, 0, text.index("read")).text
    'the company'
    >>> _sent_by("A notice sent to customers read:", 0, 27) is None
    True
    """
    return _found_phrase(_SENT_BY.search(text, lo, stop))


def _issued_document(text: str, lo: int, stop: int) -> Phrase | None:
    """Rule *a document that read is its issuer's*: the issuer when ``text[lo:stop]``
    ends ``X released a statement that`` (before ``read:``/``said:``), else None.

    >>> text = "Later, the trust issued a brief statement that read:"
    >>> phrase = _issued_document(text, 0, text.index("read"))
    >>> phrase.text, phrase.kind, phrase.head
    ('the trust', 'np', 'trust')
    >>> text = "The university issued a statement Monday evening which read:"
    >>> _issued_document(text, 0, text.index("read")).text
    'the university'
    """
    issued = _ISSUED_THAT.search(text, lo, stop)
    if issued is None:
        return None
    phrase = speaker_phrase(text, *issued.span("sp"))
    return phrase if phrase is not None and phrase.kind in ("name", "np", "pronoun") else None


# Rule *as someone put it*: "“…,” as one reader, Ada Pell, put it to me." and "As the
# historian Ivo Marsh puts it in his memoir, “…”": who put it so speaks. Only "as" with
# "put it": "put" alone is no speech verb ("she put it on the table").
_AS_OPENINGS: Final = (" as ", ", as ", "\u00a0as ")
_AS_PUT: Final = regex.compile(
    rf",?{_S}*(?<![\p{{L}}])[Aa]s{_S}+(?P<sp>[^.!?;:“”\"\n]{{1,80}}?),?{_S}+"
    rf"(?:(?:has|had|once|memorably|so|succinctly){_S}+)?(?P<cue>put|puts){_S}+it(?![\p{{L}}])"
)
# What may stand between "puts it" and the quote it introduces: "in her study of …, ".
_PUT_TAIL: Final = regex.compile(r"[^“”\"‘’.!?;\n]{0,100}?[,:]?[ \u00a0]*")


def _as_put(text: str, put: regex.Match[str] | None) -> Clause | None:
    """The speaker of an *as … put it* clause ``put`` (see ``_AS_PUT``), or None."""
    if put is None:
        return None
    sp_start, sp_end = put.span("sp")
    comma = text.find(",", sp_start, sp_end)
    phrase = speaker_phrase(text, sp_start, comma if comma >= 0 else sp_end)
    if phrase is not None and phrase.kind == "np" and comma >= 0:
        # "as one reader, Ada Pell from Harnby, put it": the name in apposition
        phrase = _named_after(text, comma, sp_end + 1, False) or phrase
    if phrase is None or phrase.kind == "relative":
        return None
    return phrase, put.group("cue"), phrase.start


def _put_before(text: str, lo: int, open_pos: int) -> Clause | None:
    """*As … puts it* before the quote it introduces, with nothing but a place or a
    source between (``As Ivo Marsh puts it in his memoir, “…”``)."""
    found: regex.Match[str] | None = None
    for match in _AS_PUT.finditer(text, lo, open_pos):
        found = match  # the last: the one nearest the quote
    if (
        found is None
        or _PUT_TAIL.fullmatch(text, found.end(), open_pos) is None
        or _CUE_BACKWARDS.search(text, found.end(), open_pos) is not None
    ):
        return None  # "As the usher put it back, Brandt said:": Brandt's clause
    return _as_put(text, found)


# Rule *a message is its sender's*: "…sent Mia Lorne a text that read:", "…bombarded her
# with 90 messages, including one that read:" — a message written to someone, quoted
# after a relative clause of reading, is the words of the person the sentence is about.
_MESSAGE_READ: Final = regex.compile(
    rf"(?:(?:(?:text|message|email|e-mail|note|letter|voicemail)s?|one){_S}+(?:that|which)"
    rf"|one{_S}+of{_S}+which){_S}+(?:read|reads|said|says){_S}*(?:in{_S}+part)?{_S}*:?{_S}*\Z"
)
_MESSAGE_SENT: Final = regex.compile(r"\b(?:sent|bombarded|texted|messaged|emailed|wrote)\b")


# Rule *a statement posted to someone's own channels is theirs*: a statement, post,
# message or video, a participle of putting it out, and the owner of the account, page,
# channel or website it went on (`the singer's`, `Ana Ruiz's`, `his`), then perhaps when,
# before *read* or *said* and the colon: the owner speaks, however long the subject.
_OWNED_CHANNEL_POST: Final = regex.compile(
    rf"(?:An?|The)(?:{_S}+\p{{Ll}}[\p{{Ll}}\-]*){{0,2}}?{_S}+"
    rf"(?:statement|post|message|video|letter|note|update){_S}+"
    rf"(?:posted|published|shared|uploaded|put{_S}+out|released|issued){_S}+"
    rf"(?:on|to|across|via){_S}+"
    rf"(?:(?P<owner>the{_S}+\p{{Ll}}[\p{{Ll}}\-]*|{NAME_PATTERN})['’]s?|(?P<pronoun>his|her|their))"
    rf"(?:{_S}+(?:official|verified|own|personal))?"
    rf"(?:{_S}+(?:social{_S}+media|social|{cues.PLATFORM_PATTERN}|online)){{0,2}}"
    rf"{_S}+(?:channels?|accounts?|pages?|feeds?|profiles?|website|site|blog|handles?|platforms)"
    rf"(?![\p{{L}}])(?:{_S}+(?!by(?![\p{{L}}]))(?:[^,.;:!?“”\"‘\n]|\.(?=\d)){{1,60}}?)?"
    rf"{_S}+(?:read|reads|said|says)(?:{_S}+\p{{Ll}}+ly)?:?{_S}*\Z"
)
_POSSESSIVE_SUBJECT: Final = {"his": "he", "her": "she", "their": "they"}
_POSTED_CUES: Final = frozenset({"said", "says", "read", "reads"})
_PUT_OUT: Final = ("posted", "published", "shared", "uploaded", "put out", "released", "issued")


def _channel_owner(text: str, lo: int, open_pos: int) -> Phrase | None:
    """Who owns the channels the statement before ``open_pos`` was posted to
    (:data:`_OWNED_CHANNEL_POST`), as a phrase to resolve, else None.

    >>> text = "A statement posted to the singer's social media channels at 4.30pm read:"
    >>> _channel_owner(text, 0, len(text))[:4]
    ('the singer', 22, 32, 'np')
    >>> text = "A statement posted on her Instagram account read:"
    >>> _channel_owner(text, 0, len(text))[:4]
    ('she', 22, 25, 'pronoun')
    >>> _channel_owner("A statement posted by the club read:", 0, 36) is None
    True
    """
    found = _OWNED_CHANNEL_POST.match(text, lo, open_pos)
    if found is None:
        return None
    if found.group("pronoun") is not None:
        start, end = found.span("pronoun")
        return Phrase(_POSSESSIVE_SUBJECT[found.group("pronoun")], start, end, "pronoun")
    start, end = found.span("owner")
    phrase = speaker_phrase(text, start, end)
    return phrase if phrase is not None and phrase.kind in ("name", "np") else None


_OPENED: Final = frozenset({"opened", "opens"})
# An object of its own after "opened": "an inquiry", "the show", "its doors", "their case".
_OPENED_OBJECT: Final = re.compile(r"[ \u00a0]+(?:a|an|the|its|their)[ \u00a0]+\w")


def _message_sender(entities: Entities, lo: int, open_pos: int) -> Phrase | None:
    """The person who sent the message a quote at ``open_pos`` is introduced as
    (``_MESSAGE_READ``): the name nearest before the sentence's verb of sending, when it
    is a person's and a subject (``Mia Lorne said Owen Dacre sent her a text`` is his);
    None when the sentence names no one so (``Police sent residents a letter that read:``
    keeps its other readings)."""
    text = entities.text
    found = _MESSAGE_READ.search(text, max(lo, open_pos - 80), open_pos)
    if found is None:
        return None
    sent = _MESSAGE_SENT.search(text, lo, found.start())
    if sent is None:
        return None
    i = bisect_left(entities.mention_starts, sent.start()) - 1
    if i < 0 or entities.mentions[i].start < lo:
        return None
    m = entities.mentions[i]  # the name nearest the verb, and only if it is a person's
    if m.kind != "person" or not m.subject:
        return None
    clean = clean_name(text[m.start : m.end], m.start)
    return _named(clean) if clean is not None else None


# A speech verb and the "that" of what it reports, up to five words apart: "She added
# that …", "told MPs that", "said on Tuesday that", "said in a separate statement
# that".
_REPORTED_THAT: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:{_CUE})(?:{_S}+[\p{{L}}\p{{N}}'’\-]+){{0,5}}?{_S}+that(?![\p{{L}}])"
)


def _past_handle_line(colon: str) -> str:
    """``colon`` (the text before a quote's paragraph, stripped at its end) without a
    last line holding only a handle. Rule *a handle line under a colon signs the post it
    introduces*: ``Ana Ruiz replied on Threads:`` ⏎⏎ ``@anaruiz`` ⏎ ``“…”`` is read as
    if the handle line were not there, so the introducing clause speaks.

    >>> _past_handle_line("Ruiz replied:\\n\\n@anaruiz")
    'Ruiz replied:'
    >>> _past_handle_line("Ruiz replied to @anaruiz")
    'Ruiz replied to @anaruiz'
    """
    cut = colon.rfind("\n")
    if cut < 0 or HANDLE.fullmatch(colon, cut + 1) is None:
        return colon
    return colon[:cut].rstrip()


def _from_before(entities: Entities, start: int, floor: int) -> Clause | None:
    text = entities.text
    open_pos = skip_marks_back(text, start)
    layout = entities.layout
    para_start = layout.paragraphs[layout.paragraph(open_pos)] if open_pos > 0 else 0
    introduced = para_start > floor and not text[para_start:open_pos].strip()
    if introduced:
        # A quote opening its paragraph after "In a statement, the club said:\n\n".
        colon = text[max(floor, para_start - 300) : para_start].rstrip()
        if not colon.endswith(":"):
            colon = _past_handle_line(colon)
        if not colon.endswith(":"):
            return None
        open_pos = max(floor, para_start - 300) + len(colon)
        para_start = entities.layout.paragraphs[entities.layout.paragraph(open_pos - 1)]
    lo = max(floor, layout.starts[layout.sentence(open_pos)] if open_pos > 0 else 0, open_pos - 300)
    lo = past_dateline(text, max(lo, para_start))  # "PORT ARDEN, May 4 (Wire) - …"
    if open_pos - lo < 3:
        return None
    called = _called_subject(text, lo, open_pos)
    if called is not None:
        return called, None, called.start
    if text.find("put", lo, open_pos) >= 0:  # the one search most sentences stop at
        put = _put_before(text, lo, open_pos)
        if put is not None:
            return put
    if text.find("reading", lo, open_pos) >= 0:  # before "notes" or "names" is read as a verb
        reader = _recorded_reader(text, lo, open_pos)
        if reader is not None:
            return reader, None, reader.start
        # "She closed the show by reading a message from a listener:": the message's writer
        behalf = _read_for(text, lo, open_pos)
        if behalf is not None and behalf.kind != "pronoun":
            return behalf, "read", behalf.start
    if any(text.find(verb, lo, open_pos) >= 0 for verb in _RECORDING_SHOWS):
        shown = _shown_speaking(text, lo, open_pos)
        if shown is not None:
            head = text[lo:open_pos].rstrip(" \u00a0")
            # no colon: the participle right before the quote is its cue
            return shown, None if head.endswith(":") else head.rsplit(None, 1)[-1], shown.start
    tail = text[max(lo, open_pos - 24) : open_pos]
    if "read" in tail or "said" in tail or "says" in tail:
        sender = _message_sender(entities, lo, open_pos)
        if sender is not None:
            return sender, "read", sender.start
        owner = _channel_owner(text, lo, open_pos)
        if owner is not None:
            said = text.rfind("said", lo, open_pos) > text.rfind("read", lo, open_pos)
            cue = "said" if said else "read"
            return owner, cue, owner.start
    stop = open_pos
    verb_seen = False  # only nouns ("in the comments") so far: a colon clause may remain
    participle: tuple[str, int] | None = None  # the first ", saying" with no subject of its own
    while True:
        match = _CUE_BACKWARDS.search(text, lo, stop)
        if match is None:
            if participle is not None:
                # "Ann Reid paid tribute, saying: “…”": no speech verb before the
                # participle, so the sentence's subject speaks.
                return _participle_subject(entities, lo, participle)
            finds = _document_finds(text, lo, open_pos) if " that " in text[lo:open_pos] else None
            if finds is None and " that " in text[lo:open_pos]:
                finds = _owned_stance(text, lo, open_pos)
            if finds is None and " ruled that " in text[lo:open_pos]:
                finds = _ruled_that(text, lo, open_pos)
            if finds is not None:
                return finds
            return None if verb_seen else _colon_subject(entities, lo, open_pos)
        stop = match.start()
        if (
            _NOUN_BEFORE.search(text, max(lo, stop - 7), stop) is not None
            or _owned_noun(text, stop)
            or _object_noun(text, stop, match.end())
            or _counted_participle(text, stop, match.end())
        ):
            continue  # "Colm Reddy wrote in the comments:": a noun, not the verb
        if match.group("cue").casefold() in _OPENED and _OPENED_OBJECT.match(
            text, match.end(), open_pos
        ):
            # Rule *what is opened is no speech*: "The board has opened an inquiry into
            # its “guilt-free” labels", "opened the show with a jab at the “eco”
            # confetti": a deed with its own object; "the post opens with:" still speaks.
            continue
        if _no_speaking_form(text, max(lo, stop - 8), stop, match.group("cue")):
            # "said in written submissions that", "said it would be read “…”"; a passive
            # "read" is still a verb, so its sentence ends in no colon clause.
            verb_seen = verb_seen or match.group("cue").casefold() == "read"
            continue
        if _after_document(text, max(lo, stop - 30), stop):
            continue  # "said in a statement posted on its website that": a participle
        verb_seen = True
        cue = _fold_cue(match.group("cue"))
        if cue in _POSTED_CUES and any(text.find(put, lo, stop) >= 0 for put in _PUT_OUT):
            owner = _channel_owner(text, lo, match.end())
            if owner is not None:
                # "A statement posted to the band's channels said the four-piece had “…”"
                return owner, cue, owner.start
        if cue in _READ_CUES:
            behalf = _read_for(text, stop, open_pos)
            if behalf is not None and behalf.kind != "pronoun":
                # "on her behalf" is the rule of _on_behalf, which finds her name
                return behalf, cue, behalf.start
        if cue == "saying":
            quoted = _QUOTED_AS.search(text, max(lo, stop - 120), stop)
            if quoted is not None:
                # "The agency quoted the Maritime Works Ministry as saying that …",
                # "The minutes record Cllr Ann Reid as saying:": the one quoted.
                phrase = _quoted_as_phrase(text, quoted)
                if phrase is not None:
                    return phrase, quoted.group("verb").lower() + " as saying", phrase.start
        if cue in cues.NAMING_FORMS:
            agent = _BY_AGENT_AS.match(text, match.end(), open_pos)
            if agent is not None:
                # Rule *a passive naming verb's agent speaks*: "The book was praised by the
                # critic Ola Venn as “…”" is Venn's phrase, not the book's.
                phrase = speaker_phrase(text, *agent.span("sp"))
                if phrase is not None and phrase.kind == "name":
                    return phrase, cue, phrase.start
        if cue in ("according to",):
            after = (_CUE_FIRST_ASCII if entities.layout.fast else _CUE_FIRST).match(
                text, match.start(), open_pos
            )
            if after is not None:
                phrase = speaker_phrase(text, after.start("sp"), after.end("sp"))
                if phrase is None:
                    phrase = _object_pronoun(after.group("sp"), after.start("sp"))
                if phrase is not None and phrase.kind == "np":
                    # "According to the opposition leader, Claire Dufresne, the …"
                    fast = entities.layout.fast
                    phrase = _named_after(text, after.end("sp"), open_pos, fast) or phrase
                if phrase is not None and phrase.kind not in ("relative",):
                    return phrase, cue, match.start()
            return None
        if text[stop - 5 : stop] in _THAT_WHICH:
            issuer = _issued_document(text, max(lo, stop - 160), stop)
            if issuer is not None and introduced:
                # A statement printed in its own paragraphs after "… that read:" is
                # the rule *introduction*'s, which finds its issuer in that paragraph.
                return None
            if issuer is not None:
                return issuer, cue, issuer.start
        if cue in ("read", "reads") and text.find("notice", max(lo, stop - 200), stop) >= 0:
            poster = _posted_notice(text, max(lo, stop - 200), stop)
            if poster is not None:
                return poster, cue, poster.start
        before = _SPEAKER_BEFORE.search(text, max(lo, stop - 120), stop)
        if before is not None and _listener_after_appositive(before, cue):
            before = _SPEAKER_BEFORE_ACTIVE.search(text, max(lo, stop - 120), stop)
        phrase = None
        what = (
            (_what_called(text, before, cue) or _presented_what(text, before))
            if before is not None
            else None
        )
        if what is not None:
            return what, cue, what.start
        if before is not None and _cut_from_subject(text, before.start("sp")):
            before = None
        if before is not None:
            sp_start, sp_end = before.span("sp")  # unpacked first: see _clause
            phrase = speaker_phrase(text, sp_start, sp_end)
            if phrase is not None and phrase.kind in ("name", "np") and before.start("app") >= 0:
                phrase = _fronted_relative(text, before) or phrase  # not "in June"
            if phrase is not None and phrase.kind == "np":
                phrase = _appositive_name(text, before, phrase)
            elif phrase is not None and phrase.kind == "name" and before.start("app") >= 0:
                phrase = _post_holder(text, before, phrase)
                if phrase.start > sp_start and _office_of_body(text, sp_start, phrase.start):
                    office = _office_start(text, sp_start)
                    phrase = _opening_name(
                        text, lo, Phrase(text[office:sp_end], office, sp_end, "np")
                    )
                elif phrase.start > sp_start and _from_body(text, sp_start, phrase.start):
                    opening = _opening_name(
                        text, lo, Phrase(before.group("sp"), sp_start, sp_end, "np")
                    )
                    if opening.kind == "name":
                        phrase = opening  # else the body, as before: no name opens the sentence
            elif phrase is None and _OWNED_ROLE.search(before.group("sp")) is not None:
                # "Cancer Action UK's head of research, Dr Claire Whitfield, said": a
                # named owner's role, then the name in the appositive speaks.
                owned = _appositive_name(
                    text, before, Phrase(before.group("sp"), *before.span("sp"), "np")
                )
                phrase = owned if owned.kind == "name" else None
            elif phrase is None and text[before.start("sp") - 2 : before.start("sp")] in _CLOSED:
                phrase = _titled_description(text, max(lo, before.start("sp") - 80), before)
            if phrase is None and before.start("app") >= 0:
                phrase = (
                    _whose_role_named(text, before)
                    or _appositive_handle(text, before)
                    or _given_alone(text, before)
                    or _role_past_relative(text, lo, before)
                    or _fronted_relative(text, before)
                )
        if (
            phrase is None
            and cue in ("read", "reads")
            and text.find(" by ", max(lo, stop - 200), stop) >= 0
        ):
            # a notice's sender, when the phrase before "read" is too long to be one
            sender = _sent_by(text, max(lo, stop - 200), stop)
            if sender is not None:
                return sender, cue, sender.start
        if (
            phrase is not None
            and phrase.kind == "np"
            and before is not None
            and before.start("app") >= 0
            and phrase.start - lo > 3
            and text[phrase.start - 2] == ","
        ):
            phrase = _opening_name(text, lo, phrase)
        if phrase is not None and phrase.kind == "relative":
            named = _NAME_AT_END.search(text, max(lo, phrase.start - 80), phrase.start)
            clean = clean_name(named.group("name"), named.start()) if named else None
            phrase = _named(clean) if clean is not None else None
        if (
            phrase is not None
            and phrase.kind == "np"
            and phrase.text[phrase.text.rfind(" ") + 1 :] in _VERB_JOINERS
        ):
            # "A spokesperson for Kaelin confirmed the deal but said the firm “…”": a
            # clause and its joiner, no speaker phrase; the second verb takes the first
            # one's subject (below).
            phrase = None
        if phrase is not None and phrase.kind == "np" and _holds_said(phrase.text):
            # "The communique said member states “…”": "states" is a noun in what was
            # said; the verb before it ("said") has the subject.
            continue
        if phrase is not None and phrase.kind == "np" and " " in phrase.text:
            record = _document_records(text, phrase)
            if record is not None:
                return record
            passage = None
            if " of " in phrase.text:  # one substring test settles most phrases
                passage = _PASSAGE_PHRASE.fullmatch(text, phrase.start, phrase.end)
            owner = _passage_owner(text, passage) if passage is not None else None
            if owner is not None:  # "The relevant part of Ruiz's evidence reads:"
                return owner, cue, owner.start
        if phrase is not None and (
            not _passive(phrase, cue) or _asked_before_colon(text, cue, match.end(), open_pos)
        ):
            if phrase.kind == "pronoun" or before is None:
                return phrase, cue, phrase.start  # "… posted on X. She writes:"
            return phrase, cue, min(phrase.start, before.start("sp"))
        if phrase is None and cue in _EVIDENCE_CUES:
            continue  # "Reid said the new rent reflected “…”": a thing shows, Reid speaks
        if (
            phrase is None
            and cue not in cues.SPEECH_WORDS
            and cue not in cues.PARTICIPLE_CUES  # ", branding him “…”": the subject's deed
            and " " not in cue
        ):
            continue  # "said in a stitch that brands “…”": a noun, the verb is further back
        preceding = text[max(lo, match.start() - 12) : match.start()].split()
        chained = cue in cues.PARTICIPLE_CUES or (
            bool(preceding) and preceding[-1].casefold() in _CONJUNCTIONS
        )
        if not chained and phrase is None and _REPORTED_THAT.search(text, lo, stop) is not None:
            # Rule *a verb inside reported speech is not the quote's*: "She added that both
            # sides had agreed to a swap, and that lists would follow “…”" — the verb
            # whose "that" clause holds it speaks.
            continue
        if not chained:
            if participle is not None and (phrase is None or _passive(phrase, cue)):
                # "Tom Reid was criticised after telling MPs that …": the verb before a
                # participle has no speaking subject of its own; the sentence's does.
                return _participle_subject(entities, lo, participle)
            return None
        if participle is None and preceding[-1:]:
            if cue in cues.PARTICIPLE_CUES and preceding[-1].endswith(","):
                participle = (cue, text.rfind(",", lo, match.start()))
            elif cue in cues.PARTICIPLE_CUES and preceding[-1].casefold() in _SUBORDINATORS:
                # "… after telling MPs that": the main clause ends before "after".
                participle = (cue, text.rfind(preceding[-1], lo, match.start()))
            elif preceding[-1] in _VERB_JOINERS:  # "Kit shared the clip and added:"
                # rule *a second verb takes the first one's subject*, after "and" or "but"
                # ("Kit has not spoken since, but posted on X:")
                comma = text.rfind(",", lo, match.start())
                joiner = text.rfind(f" {preceding[-1]} ", lo, match.start())
                participle = (cue, comma if comma > lo else joiner)


_SAID_FORMS: Final = frozenset({"said", "says", "told", "tells", "wrote", "writes"})


def _holds_said(written: str) -> bool:
    """True when a noun phrase holds a finite speech verb after its first word: it is a
    clause (``The communique said member``), not a speaker phrase.

    >>> _holds_said("The communique said member"), _holds_said("the said company")
    (True, False)
    """
    return not _SAID_FORMS.isdisjoint(written.casefold().split()[2:])


# The verbs of a document's finding, before the quote ("The review found that …") and
# after it ("“…,” the review found."); "concluded" and "held" only before it ("concluded"
# after a quote is a speech verb already).
_FINDING_VERBS: Final = "found|finds|ruled|rules|determined"


# Rule *a document's finding is its issuer's words*: "The tribunal's written decision,
# published on Friday, found that the rider had “…”" — a document (cues.DOCUMENT_NOUNS)
# opening the sentence, perhaps after an owner and a word or two and with an appositive
# after it, then a verb of finding and "that", with no speech verb after it.
_DOCUMENT_FINDS: Final = regex.compile(
    rf"(?P<doc>(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er){_S}+(?:[\p{{L}}’'\-]+{_S}+){{0,3}}?"
    rf"(?:{_DOCUMENT}))"
    rf"(?:,[^,.;:!?“”\"\n]{{1,80}},)?{_S}+(?:also{_S}+)?"
    rf"(?P<verb>{_FINDING_VERBS}|concluded|concludes|held){_S}+that{_S}"
)


# Rule *a document's finding after the quote*: "“…,” the study found." — a document
# (cues.DOCUMENT_NOUNS) after the closing mark with a verb of finding that ends the
# clause speaks as "the study said" would; "found" is no speech verb for anyone else
# ("“…,” police found" is not written, and "was found" befalls a person).
_FOUND_AFTER: Final = regex.compile(
    rf",?{_S}+(?P<doc>(?:[Tt]he|[Ii]ts|[Tt]heir){_S}+(?:[\p{{L}}’'\-]+{_S}+){{0,3}}?"
    rf"(?:{_DOCUMENT}))"
    rf"{_S}+(?:also{_S}+)?(?P<verb>{_FINDING_VERBS})(?=[.,;]|\Z)"
)


# Rule *an owner's stated line is theirs*: "The club's official line, given on Friday, was
# that it “remains committed to the ground”", "Ruiz's response was that the figures were
# “simply wrong”" — an owner's possessive, a noun of a stated position, a copula and
# *that* open the sentence, and the owner speaks.
_OWNED_STANCE: Final = regex.compile(
    rf"(?P<owner>(?:[Tt]he{_S}+)?(?:[\p{{L}}’'\-]+{_S}+){{0,3}}?[\p{{L}}\-]+)['’]s{_S}+"
    rf"(?:(?:official|stated|public|formal|initial|only){_S}+)?"
    rf"(?P<noun>line|position|response|reply|answer|stance|argument|explanation|defence"
    rf"|defense)(?:,[^,.;:!?“”\"\n]{{1,80}},)?{_S}+(?:was|is|has{_S}+been|remains){_S}+that{_S}"
)


def _owned_stance(text: str, lo: int, open_pos: int) -> Clause | None:
    """The owner of a stated position opening the sentence from ``lo`` (rule *an owner's
    stated line is theirs*, :data:`_OWNED_STANCE`), else None.

    >>> t = "The club's official line, given on Friday, was that it “remains committed”."
    >>> found = _owned_stance(t, 0, t.index("“"))
    >>> found[0].text, found[1]
    ('the club', None)
    >>> _owned_stance("The club's line manager said that it “was”.", 0, 38) is None
    True
    """
    found = _OWNED_STANCE.match(text, lo, open_pos)
    if found is None:
        return None
    phrase = speaker_phrase(text, found.start("owner"), found.end("owner"))
    if phrase is None or phrase.kind == "pronoun":
        return None
    return phrase, None, phrase.start


# Rule *who ruled speaks for the ruling*: "At a hearing on Thursday, Judge Franklin Ashby
# ruled that prosecutors had ‘no reasonable basis’" — a name or a noun phrase (after a
# fronted phrase and its comma, perhaps), then "ruled that", up to the quote.
_RULED_THAT: Final = regex.compile(
    rf"(?:[^,;:.!?“”\"\n]{{1,60}},{_S}+)?"
    rf"(?P<sp>(?:[Tt]he{_S}+)?(?:[\p{{L}}’'.\-]+{_S}+){{0,4}}?[\p{{L}}’'.\-]+)"
    rf"{_S}+(?:(?:also|later|then){_S}+)?ruled{_S}+that{_S}"
)


# Who may rule, as a noun phrase: a person's role (judge, referee) or a body's (court, panel).
_RULERS: Final = cues.PERSON_ROLES | cues.ORG_ROLES


def _ruled_that(text: str, lo: int, open_pos: int) -> Clause | None:
    """The judge, court or panel that ``ruled that`` what the quote at ``open_pos`` says,
    opening the sentence from ``lo`` (rule *who ruled speaks for the ruling*), else None.

    >>> t = "At a hearing, Judge Ivo Marr ruled that the claim had “no merit”."
    >>> found = _ruled_that(t, 0, t.index("“"))
    >>> found[0].text, found[1]
    ('Ivo Marr', 'ruled')
    >>> _ruled_that("The decision was ruled that way “by fiat”.", 0, 32) is None
    True
    """
    found = _RULED_THAT.match(text, lo, open_pos)
    if found is None:
        return None
    phrase = speaker_phrase(text, *found.span("sp"))
    if phrase is None or phrase.kind not in ("name", "np"):
        return None
    if phrase.kind == "np" and phrase.head not in _RULERS:
        return None
    return phrase, "ruled", phrase.start


def _document_finds(text: str, lo: int, open_pos: int) -> Clause | None:
    """The document and its verb when the sentence from ``lo`` opens with a document
    finding what the quote at ``open_pos`` says (:data:`_DOCUMENT_FINDS`), else None.

    >>> t = "The panel's decision, published on Friday, found that he had “erred”."
    >>> found = _document_finds(t, 0, t.index("“"))
    >>> found[0].text, found[1]
    ("the panel's decision", 'found')
    """
    found = _DOCUMENT_FINDS.match(text, lo, open_pos)
    return _document_clause(text, found) if found is not None else None


# Rule *a document records what was said*: "The minutes recorded that four members had
# argued that …", "The report found that residents felt …": the document opening the
# subject reports the words, not the people it reports on.
_RECORDS: Final = regex.compile(
    rf"(?P<doc>(?:[Tt]he|[Ii]ts|[Tt]heir){_S}+(?:[\p{{L}}\-]+{_S}+){{0,2}}?"
    rf"(?:{_DOCUMENT}))"
    rf"{_S}+(?:also{_S}+)?(?P<verb>recorded|records|noted|notes|showed|shows|found|finds"
    rf"|reported|reports|stated|states|said|says){_S}+that{_S}"
)


def _document_records(text: str, phrase: Phrase) -> Clause | None:
    """The document and its verb when ``phrase`` opens with a document reporting what
    others said (rule *a document records what was said*), else None.

    >>> t = "The minutes recorded that four members"
    >>> found = _document_records(t, Phrase(t, 0, len(t), "np", head="members"))
    >>> found[0].text, found[1]
    ('the minutes', 'recorded')
    """
    if " that " not in phrase.text:
        return None  # one substring test settles most phrases
    found = _RECORDS.match(text, phrase.start, phrase.end)
    return _document_clause(text, found) if found is not None else None


def _document_clause(text: str, found: regex.Match[str]) -> Clause | None:
    """The clause of a document pattern's match: its ``doc`` group read as a noun phrase
    and its ``verb``; None when the group is no noun phrase."""
    doc = speaker_phrase(text, *found.span("doc"))
    if doc is None or doc.kind != "np":
        return None
    return doc, found.group("verb"), doc.start


# "quoted the Maritime Works Ministry as saying", "cited the minister as saying", "the
# minutes record the leader as saying": the reporter's source, its words carried on.
# An appositive may stand between the one quoted and "as": "Cllr Ann Reid, then
# leader of the council, as saying", "the minister, Ana Voss, as saying".
_QUOTED_AS: Final = regex.compile(
    rf"(?<![\p{{L}}])(?P<verb>{cues.AS_SAYING_STEMS}){_S}+(?P<sp>[^,.;:!?\"“”]{{2,80}}?)"
    rf"(?:,{_S}+(?P<app>[^,.;:!?\"“”]{{2,80}}?),)?{_S}+as{_S}+\Z"
)


# "praised by the critic Ola Venn as", "described by Cllr Tam Rudd, the opposition
# leader, as": a naming verb's agent, up to three lower-case words before the name (not
# a preposition: "described by nurses at Kelby General as" is the nurses').
_BY_AGENT_AS: Final = regex.compile(
    rf"{_S}+by{_S}+(?:(?!(?:at|of|from|for|in|on|with|to){_S})\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,3}}"
    rf"(?P<sp>{NAME_PATTERN})"
    rf"(?:,{_S}+[^,.;:!?\"“”]{{2,80}}?,)?{_S}+as{_S}*\Z"
)


def _quoted_as_phrase(text: str, quoted: regex.Match[str]) -> Phrase | None:
    """The one a *quoted … as saying* clause quotes: its object, or the name in an
    appositive after a role (``the minister, Ana Voss, as saying`` → Ana Voss).

    >>> t = "Reuters quoted the minister, Ana Voss, as "
    >>> _quoted_as_phrase(t, _QUOTED_AS.search(t)).text
    'Ana Voss'
    >>> t = "The minutes record Cllr Ann Reid, then leader of the council, as "
    >>> _quoted_as_phrase(t, _QUOTED_AS.search(t)).text
    'Ann Reid'
    >>> t = "The statement quoted him as "
    >>> _quoted_as_phrase(t, _QUOTED_AS.search(t))[:4]
    ('he', 21, 24, 'pronoun')
    """
    phrase = speaker_phrase(text, *quoted.span("sp"))
    if phrase is None:
        # "the statement quoted him as saying": the pronoun he, someone in view
        return _object_pronoun(quoted.group("sp"), quoted.start("sp"))
    if phrase.kind not in ("name", "np"):
        return None
    if phrase.kind == "np" and quoted.start("app") >= 0:
        named = speaker_phrase(text, *quoted.span("app"))
        if named is not None and named.kind == "name":
            return named
    return phrase


def _after_document(text: str, lo: int, stop: int) -> bool:
    """True when the word ending just before ``stop`` is a document noun: a speech verb
    after it (``a statement posted on its website``, ``a video shared on X``) is a
    participle describing the document, not the sentence's verb, whose subject comes
    before (*The commission said in a statement posted … and urged “…”*).

    Only after *in*, *on* or *via* and a determiner: ``The statement said`` is the verb.

    >>> t = "said in a statement posted online"
    >>> _after_document(t, 0, t.index("posted")), _after_document(t, 0, t.index("in"))
    (True, False)
    >>> _after_document("The statement said", 0, 14)
    False
    """
    words = text[lo:stop].split()
    return (
        len(words) >= 3
        and text[stop - 1 : stop] == " "
        and fold(words[-1]) in cues.DOCUMENT_NOUNS
        and words[-2] in _DOCUMENT_DETERMINERS
        and words[-3] in _DOCUMENT_PREPOSITIONS
    )


_DOCUMENT_DETERMINERS: Final = frozenset({"a", "an", "its", "his", "her", "their", "the"})
_DOCUMENT_PREPOSITIONS: Final = frozenset({"in", "on", "via"})




# Speech verbs that also say what a thing shows: with no speaker as subject ("the new
# rent reflected", "the figures suggest") they report nobody, and the verb before them
# in the sentence ("Reid said the new rent reflected “current market rates”") is the one.
_EVIDENCE_CUES: Final = frozenset(
    {"reflected", "reflects", "suggested", "suggests", "confirmed", "confirms", "underlined",
     "underlines"}
)  # fmt: skip
# Words that tie a participle to the main clause before them: "was criticised after telling".
_SUBORDINATORS: Final = frozenset({"after", "before", "while", "when", "by"})


# A determiner right before a cue's form makes it a noun: "in the comments", "her remarks".
_NOUN_BEFORE: Final = re.compile(r"\b(?:the|a|an|his|her|its|their|our)[ \u00a0]+\Z")
# Rule *a written thing and a thing being read are no speech*: "written" right after a
# preposition is an adjective ("said in written submissions that …"), and "read" after
# "be", "been" or "being" is passive ("said the memoir would be read “line by line”"): the
# speech verb before them is the quote's.
_PREPOSITION_BEFORE_WRITTEN: Final = re.compile(r"\b(?:in|by|with|through|via|under)[ \u00a0]+\Z")
_BE_BEFORE: Final = re.compile(r"\b(?:be|been|being)[ \u00a0]+\Z")


def _no_speaking_form(text: str, lo: int, stop: int, cue: str) -> bool:
    """True when the cue ``cue`` at ``stop`` is an adjective or a passive that speaks
    for no one (rule *a written thing and a thing being read are no speech*).

    >>> t = "Ivo Penn said in written submissions that"
    >>> _no_speaking_form(t, 0, t.index("written"), "written")
    True
    >>> t = "Ivo Penn said the memoir would be read"
    >>> _no_speaking_form(t, 0, t.index("read"), "read")
    True
    >>> t = "Ivo Penn has written to the council"
    >>> _no_speaking_form(t, 0, t.index("written"), "written")
    False
    """
    folded = cue.casefold()
    if folded == "written":
        return _PREPOSITION_BEFORE_WRITTEN.search(text, lo, stop) is not None
    if folded == "read":
        return _BE_BEFORE.search(text, lo, stop) is not None
    return False
# Words whose "'s" is "is" or "has", so a cue after them is a verb: "she's said", "it's
# claimed", "there's talk".
_CONTRACTED: Final = frozenset(
    {"he", "she", "it", "who", "that", "there", "what", "here", "where", "everyone", "nobody"}
)


# A preposition or a verb's particle right before a cue's form in -s: "turned off comments".
_PREPOSITION_BEFORE: Final = re.compile(
    r"(?<![\w'’])(?:off|of|on|in|with|without|from|about|over|under)[ \u00a0]+\Z"
)


def _object_noun(text: str, stop: int, end: int) -> bool:
    """True when the cue's form at ``text[stop:end]`` ends in *-s* after a preposition or
    a particle, which makes it a plural noun: rule *a preposition's object is no verb*,
    ``she turned off comments on her page, but shared one thought:`` has no verb
    *comments*, so the sentence's subject introduces the quote. Only forms that are
    the plural of a speech or document noun (``cues.SPEECH_NOUNS``,
    ``cues.DOCUMENT_NOUNS``): ``A neighbour who looked on says:`` keeps its verb.

    >>> t = "She turned off comments on her page, but shared one thought:"
    >>> _object_noun(t, t.index("comments"), t.index("comments") + 8)
    True
    >>> t = "A neighbour who looked on says:"
    >>> _object_noun(t, t.index("says"), t.index("says") + 4)
    False
    """
    if text[end - 1 : end] != "s":
        return False
    noun = fold(text[stop : end - 1])
    if noun not in cues.SPEECH_NOUNS and noun not in cues.DOCUMENT_NOUNS:
        return False
    return _PREPOSITION_BEFORE.search(text, max(0, stop - 9), stop) is not None


# A count before a participle: "two added dates", "three reported cases".
_COUNT_BEFORE: Final = re.compile(
    rf"(?<![\w'’])(?:{'|'.join(cues.SMALL_NUMBERS[2:])}|\d+)[ \u00a0]+\Z"
)
_DETERMINED_COUNT: Final = re.compile(
    r"\b(?:the|all|both|these|those)[ \u00a0]+\S+[ \u00a0]+\Z", re.IGNORECASE
)


def _counted_participle(text: str, stop: int, end: int) -> bool:
    """True when the cue's form at ``text[stop:end]`` is a participle between a count and
    a plural noun: rule *a counted participle is no verb*, ``sales for two added
    dates had “…”`` has no verb *added*, as ``the added dates`` has none; the verb
    is further back (``The promoter said``). Not a count that is the subject
    (``The two added that…``, ``Both added:``).

    >>> t = "sales for two added dates had"
    >>> _counted_participle(t, t.index("added"), t.index("added") + 5)
    True
    >>> t = "The two added dates"
    >>> _counted_participle(t, t.index("added"), t.index("added") + 5)
    False
    """
    if text[end - 2 : end] != "ed" or _COUNT_BEFORE.search(text, max(0, stop - 12), stop) is None:
        return False
    if _DETERMINED_COUNT.search(text, max(0, stop - 24), stop) is not None:
        return False
    noun = TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return noun is not None and noun.group().islower() and noun.group().endswith("s")


def _owned_noun(text: str, stop: int) -> bool:
    """True when a possessive stands right before the cue's form at ``stop``, which makes
    it a noun: rule *an owner's demands are a noun*, ``Reid called the union's demands
    “…”`` is Reid's verb *called*, not the union's verb *demands* (not ``she's said``).

    >>> _owned_noun("called the union's demands", 19), _owned_noun("she's said", 6)
    (True, False)
    """
    if text[stop - 1 : stop] != " " or text[stop - 3 : stop - 1] not in ("'s", "’s"):
        return False  # the common case: no possessive before the cue
    start = stop - 3
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return start < stop - 3 and text[start : stop - 3].casefold() not in _CONTRACTED


def _role_past_relative(
    text: str, lo: int, before: regex.Match[str] | re.Match[str]
) -> Phrase | None:
    """``The chair of the trust, which runs the school, Ann Reid, said``: a role, a
    relative clause about what it heads, then the name in a second appositive.

    The search sees ``which runs the school`` as the subject and the name as its
    appositive; only a person's role opening the sentence before that clause
    makes the name the speaker (``The founder, who trained under Jon Blake,
    warned`` has no second appositive and stays unnamed).
    """
    app_start = before.start("app")
    relative = max(text.rfind(", which ", lo, app_start), text.rfind(", where ", lo, app_start))
    if relative <= lo:
        return None
    role = speaker_phrase(text, lo, relative)
    if role is None or role.kind != "np" or role.head not in cues.PERSON_ROLES:
        return None
    named = _appositive_name(text, before, role)
    return named if named.kind == "name" else None


# A description opening a sentence, then its comma: "The state police commissioner, " (what
# follows up to the main clause's comma is the appositive's name).
_DESCRIBED_THEN: Final = re.compile(
    r"[\"“‘(]*(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \u00a0][^,;:.!?\n“”\"]{1,60},[ \u00a0]+"
)


def _participle_subject(
    entities: Entities, lo: int, participle: tuple[str, int]
) -> Clause | None:
    """``Ann Reid paid tribute, saying: “…”``, ``She took to Instagram, writing:``: a
    participle after a clause with no speech verb takes the sentence's subject
    (a name, a description or he/she opening it), as tributes are reported; so
    does a speech verb joined by *and* to a deed (``Kit shared the clip and added:``)."""
    cue, comma = participle  # where the main clause ends
    first = TOKEN.search(entities.text, lo, comma) if comma > lo else None
    if first is None:
        return None
    text = entities.text
    subordinate = _subordinate_subject(text, lo, comma)
    if subordinate is not None:
        return subordinate, cue, subordinate.start
    described = _DESCRIBED_THEN.match(text, first.start(), comma)
    if described is not None:
        # "The state police commissioner, CP Ada Obi, visited the scene and urged
        # residents to “…”": the main clause ends with the appositive's name; it speaks.
        clean = clean_name(text[described.end() : comma], described.end())
        if clean is not None and len(clean.words) >= 2 and clean.end == comma:
            return _named(clean), cue, clean.start
    word = first.group().lstrip("\"“‘(")
    if word.casefold() in cues.PRONOUNS and word[:1].isupper():
        start = first.end() - len(word)
        return Phrase(word.casefold(), start, first.end(), "pronoun"), cue, start
    if text.find("spokes", first.start(), comma) >= 0:
        # Rule *a spokesperson who declined still speaks*: "A palace spokesman declined
        # to comment, saying only that she was “…”" — the spokesperson opening the
        # sentence, whatever the verb, speaks for the organisation.
        opening = _SPOKESPERSON_SUBJECT.match(text, first.start(), comma)
        if opening is not None:
            phrase = speaker_phrase(text, *opening.span("sp"))
            if phrase is not None and phrase.kind == "np":
                return phrase, cue, phrase.start
    tokens = list(TOKEN.finditer(text, first.start(), comma))[:9]
    for k in range(1, len(tokens)):
        # "Former world champion Lena Holt paid tribute": the name before the verb.
        last = tokens[k - 1].group().rstrip(",")
        if not tokens[k].group()[:1].islower() or not is_name_word(last):
            continue
        if _title_follows(tokens, k):
            continue  # "Radio chef Piers Oduya": a title after a modifier, the name follows
        phrase = speaker_phrase(text, first.start(), tokens[k - 1].start() + len(last))
        if phrase is None or phrase.kind != "name":
            continue  # "Former world": a title before the name
        resolved = entities.named(phrase.start, phrase.text, phrase.words)
        if resolved is not None and entities.kinds.get(resolved) in ("person", "org"):
            return phrase, cue, phrase.start
        break
    found = _colon_sentence_subject(entities, lo, comma)
    return (found[0], cue, found[2]) if found is not None else None


def _title_follows(tokens: Sequence[re.Match[str]], k: int) -> bool:
    """True when the lower-case words from ``tokens[k]`` are a title before a name.

    ``Radio chef Piers Oduya``, and rule *a body's word before a modified title*:
    ``Museum artistic director Wen Osterby``, ``Club deputy head Ivo Marr``
    opening a sentence: the body's word modifies the title, and the name after it
    is the subject.
    """
    if tokens[k].group() in cues.PERSON_ROLES:
        return True
    if k != 1 or len(tokens) < 4 or not tokens[k].group().isalpha():
        return False  # only the word opening the sentence, then one modifier and a title
    return tokens[k + 1].group() in cues.PERSON_ROLES and tokens[k + 2].group()[:1].isupper()


# A spokesperson opening a sentence, then a verb: "A palace spokesman declined", "A
# spokeswoman for the Harbour Trust would not", "The spokesman for the club refused".
_SPOKESPERSON_SUBJECT: Final = regex.compile(
    rf"[\"“‘(]*(?P<sp>(?:An?|The)(?:{_S}+[^,;:.!?\n“”\"]{{0,40}}?)?{_S}+spokes(?:wo)?(?:man|person)"
    rf"(?:{_S}+(?:for|at|of){_S}+(?:the{_S}+\p{{Ll}}+|(?:the{_S}+)?\p{{Lu}}[\w&'’.\-]*"
    rf"(?:{_S}+\p{{Lu}}[\w&'’.\-]*){{0,5}}))?){_S}+\p{{Ll}}"
)


# "… after the company cut its forecast, citing": the clause right before the participle.
_SUBORDINATE: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:after|as|when|because|since){_S}+"
    rf"(?P<sp>the{_S}+\p{{Ll}}+|(?:\p{{Lu}}[\p{{L}}\-]*{_S}+){{0,3}}\p{{Lu}}[\p{{L}}\-]*)"
    rf"{_S}+\p{{Ll}}+(?:[^,;:.!?]*)\Z"
)


def _subordinate_subject(text: str, lo: int, comma: int) -> Phrase | None:
    """The subject of a clause after *after*, *as*, *when*, *because* or *since* that
    runs up to the participle's comma: the participle is that clause's.

    Rule *a participle follows the nearest clause*: ``Shares in Veltor fell after the
    company cut its forecast, citing “weak demand”`` — the company cites, not the
    shares. Only a role noun of an organisation or person, or a name, counts.

    >>> t = "Shares fell after the company cut its forecast, citing"
    >>> _subordinate_subject(t, 0, t.index(",")).text
    'the company'
    >>> _subordinate_subject("Ana Ruiz left after the rain stopped, saying", 0, 36) is None
    True
    """
    found = _SUBORDINATE.search(text, lo, comma)
    if found is None:
        return None
    phrase = speaker_phrase(text, *found.span("sp"))
    if phrase is None or phrase.kind not in ("name", "np"):
        return None
    head = phrase.head
    if phrase.kind == "np" and not (head in cues.ORG_ROLES or head in cues.PERSON_ROLES):
        return None
    return phrase


_OFFICE_LINKS: Final = frozenset({"of", "at", "for"})


def _office_of_body(text: str, start: int, name_start: int) -> bool:
    """True when an appositive at ``start`` is a person's office in the body named at
    ``name_start``, after a comma: ``, chief executive of Larch Homes,``.

    Rule *a name, its office, then a relative clause*: in ``Ada Venn, chief executive
    of Larch Homes, who will lead the new group, said:`` the body is no speaker; the
    name opening the sentence is (:func:`_opening_name`). Not ``a friend of Ann Reid``
    (no office) nor ``said Tom Reid, of Larch Homes`` (nothing before *of*).

    The office may open with lower-case words the speaker's phrase left out (``, medical
    director of Calder Hospitals NHS Trust,``), and the body may take an article (``,
    chief executive of the Tidewell Trust, a housing charity,``: a second appositive on the
    body, which the rule *two appositives after a name* reads the same way).

    >>> text = "Ada Venn, chief executive of Larch Homes, who"
    >>> _office_of_body(text, 10, 29), _office_of_body("Tom, a friend of Ann Reid", 5, 17)
    (True, False)
    >>> text = "Ada Venn, medical director of the Larch Trust, who"
    >>> _office_of_body(text, 18, 34)
    True
    """
    opens = _office_start(text, start)
    if opens < 0:
        return False
    lead = text[opens:name_start].split()
    if lead[-1:] == ["the"]:
        lead.pop()
    return (
        len(lead) >= 2
        and lead[-1] in _OFFICE_LINKS
        and any(word in cues.PERSON_ROLES for word in lead[:-1])
    )


def _office_start(text: str, start: int) -> int:
    """Where an office at ``start`` opens after its comma, taking in up to three
    lower-case words before ``start`` (``, medical director of``), or -1 when no comma
    opens it."""
    before = text[max(0, start - 40) : start]
    comma = before.rfind(", ")
    if comma < 0:
        return -1
    words = before[comma + 2 :].split()
    if len(words) > 3 or not all(word.islower() for word in words):
        return -1
    return start - len(before) + comma + 2


def _from_body(text: str, start: int, name_start: int) -> bool:
    """True when an appositive at ``start`` only says which body the person before it is
    from: ``, of the Larch Trust,`` or ``, from Larch Homes,``.

    Rule *a name, where they are from, then a relative clause*: in ``Prof Ada Venn, of
    the Larch Trust, who was not involved in the study, said:`` the trust is no
    speaker; the name opening the sentence is (:func:`_opening_name`).

    >>> _from_body("Ada Venn, of the Larch Trust, who", 10, 17)
    True
    >>> _from_body("Ada Venn, a friend of Larch Homes, who", 10, 22)
    False
    """
    if text[start - 2 : start] != ", ":
        return False
    lead = text[start:name_start].split()
    return lead in (["of"], ["from"], ["of", "the"], ["from", "the"])


def _opening_name(text: str, lo: int, phrase: Phrase) -> Phrase:
    """Rule *two appositives after a name*: ``Sofia Marr, a fund manager at Kestrel,
    which holds the stock, said`` — the name opening the sentence speaks, not the role.

    Only a name that opens its sentence: ``In Leeds, a spokesman, who …, said`` is
    not Leeds.
    """
    named = _NAME_AT_END.search(text, max(lo, phrase.start - 80), phrase.start)
    if named is None or text[lo : named.start()].strip(_MARKS_SPACE):
        return phrase
    clean = clean_name(named.group("name"), named.start())
    if clean is None:
        return phrase
    for word in text[named.start() : clean.start].split():
        folded = word.casefold()
        if folded in cues.HONORIFICS:
            continue  # "Dr Ana Vell, …": a title, though "dr" is a stopword too
        if folded in cues.PREPOSITIONS or folded in cues.STOPWORDS:
            return phrase  # "In London, a spokesman …": a place after a preposition
    if len(clean.words) < 2 and not any(
        word in cues.PERSON_ROLES or word in cues.ORG_ROLES or word in cues.PERSON_DESCRIPTIONS
        for word in phrase.text.casefold().split()
    ):
        return phrase  # "Paris, the capital, which …, said": one word, glossed as no speaker
    return _named(clean, phrase.passive)


# The time a live blog's entry opens with, then a dash: "4.55 pm — ", "14:05 - ".
_ENTRY_STAMP: Final = regex.compile(
    rf"\d{{1,2}}[:.]\d{{2}}(?:{_S}*[AaPp]\.?[Mm]\.?)?{_S}*[—–-]{_S}+"
)


# A live blog's or a Q&A's topic before the answer: "On the fitness of Jonjo Maddrell:",
# "On his future:", "As for Ruiz's contract:".
_TOPIC_OPENING: Final = regex.compile(
    rf"(?:On|About|Regarding|As{_S}+for|As{_S}+to){_S}+(?:the|his|her|their|its|\p{{Lu}}[\w\-]*['’]s)"
    rf"{_S}+(?P<rest>[^,:]*)(?:,{_S}+(?P<after>\p{{L}}+)[^:]*)?:"
)
_RELATIVE_WORDS: Final = frozenset({"who", "which", "whose", "where", "whom"})


def topic_label(head: str) -> bool:
    """Rule *a topic's label names no speaker*: True for a clause before a colon that only
    says what the answer after it is about (``On the fitness of captain Jonjo Maddrell, who
    limped off last weekend:``, ``On his future:``): the one named there is spoken about,
    so the quote is the speaker in view's. Not ``On the day, Ruiz was blunt:``, whose
    clause after the comma has a subject of its own, nor a long clause with no comma and
    no *of* (``On the pitch Ruiz was blunt:``).

    >>> topic_label("On the fitness of captain Jonjo Maddrell, who limped off:")
    True
    >>> topic_label("On his future:"), topic_label("On the day, Ruiz was blunt:")
    (True, False)
    """
    found = _TOPIC_OPENING.fullmatch(head)
    if found is None:
        return False
    after = found.group("after")
    if after is not None:
        return after.casefold() in _RELATIVE_WORDS
    rest = found.group("rest")
    return " of " in f" {rest} " or len(rest.split()) <= 2


_OPENING_PRONOUN: Final = re.compile(r"(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey)(?=['’](?:s|d|ll|re|ve)\b|$)")


def _opening_pronoun(text: str, token: re.Match[str]) -> Phrase | None:
    """The subject pronoun a colon's clause opens with (``He's`` → ``he``), else None.

    >>> t = "He's not having it:"
    >>> _opening_pronoun(t, TOKEN.match(t)).text
    'he'
    """
    found = _OPENING_PRONOUN.match(token.group())
    if found is None:
        return None
    start = token.start()
    return speaker_phrase(text, start, start + found.end())


def _colon_subject(entities: Entities, lo: int, open_pos: int) -> tuple[Phrase, None, int] | None:
    """``Ruiz was blunt: “…”``: the subject of a short clause ending in a colon.

    No speech verb, so the cue stays None. Only a name or he/she/it, and only
    when nobody else is named in the clause. A one-word name must be known
    from elsewhere in the article (a surname, an organisation).
    """
    text = entities.text
    head = text[lo:open_pos].rstrip(" \u00a0")
    if not head.endswith(":"):
        return None
    stamp = _ENTRY_STAMP.match(text, lo, open_pos) if head[:1].isdigit() else None
    if stamp is not None:
        # a live blog's entry opening with its time: "4.55 pm — Housing Minister Ana Ruiz:"
        lo, head = stamp.end(), text[stamp.end() : open_pos].rstrip(" \u00a0")
    last = head[-16:-1].rsplit(None, 1)
    if last and last[-1].casefold() in cues.SUNG_FORMS:
        return None  # "Nell Garvey sings:": a lyric follows, not her words
    if head[:1] in "OARoar" and topic_label(head):
        return None  # "On the fitness of captain Jonjo Maddrell:": who is spoken about
    if about_a_sign(head):
        return None  # "The sign outside, put up by landlord Ian Dunn:": the sign's wording
    if _HERE_IT_IS.match(head) is not None:
        return None  # "Here it is in full:": the text that follows, no one who speaks
    passage = _PASSAGE_OF.match(text, lo, lo + len(head)) if " of " in head else None
    if passage is not None:
        owner = _passage_owner(text, passage)
        if owner is not None:
            return owner, None, owner.start
    if len(head) > 80:
        return _colon_sentence_subject(entities, lo, lo + len(head) - 1)
    owned = _owned_document(text, lo, lo + len(head) - 1)
    if owned is not None:
        return owned, None, owned.start
    sent = _SENT_FROM.match(text, lo, lo + len(head))
    if sent is not None:
        # Rule *a message from someone*: a live blog's "Email from Neville in Stockleigh:",
        # "A text from Ana Ruiz:": the one it came from (a reader's given name alone too),
        # never the place after "in".
        clean = clean_name(sent.group("name"), sent.start("name"))
        if clean is not None:
            return _named(clean), None, clean.start
    glossed = _NAME_THEN_GLOSS.match(text, lo, lo + len(head))
    if glossed is not None:
        # A live blog's or a panel's "Tom Baines, Conservative:": the name, then a gloss.
        clean = clean_name(glossed.group("name"), glossed.start("name"))
        if clean is not None and len(clean.words) >= 2:
            return _named(clean), None, clean.start
    comma = head.rfind(",")
    if comma > 0 and _DOING_AFTER_COMMA.match(head, comma + 1) is not None:
        # Rule *a participle after the comma is what the speaker is doing*: "Ravens coach
        # Alun Brack, speaking to Tryline TV:" — the one before the comma speaks; whoever
        # is spoken to, written in or replied to after it is no subject.
        head = head[:comma] + ":"
        comma = head.rfind(",")
    appositive = _described_then_named(text, lo, head, comma)
    if appositive is not None:
        return appositive, None, appositive.start
    for begin in (lo, lo + comma + 1) if comma >= 0 else (lo,):
        tokens = list(TOKEN.finditer(text, begin, lo + len(head) - 1))
        if not tokens or len(tokens) > 8:
            continue
        names = [t for t in tokens[1:] if is_name_word(t.group())]
        # up to six words: a name after a title of two and an honorific ("Chief
        # executive Dr Omar Pell:", a press release's label for the quote after it)
        for k in range(min(6, len(tokens)), 0, -1):
            if any(t.start() >= tokens[k - 1].end() for t in names):
                continue  # someone else named later in the clause
            phrase = speaker_phrase(text, tokens[0].start(), tokens[k - 1].end())
            if phrase is None or phrase.kind not in ("name", "pronoun"):
                continue
            if phrase.kind == "pronoun" and phrase.start > tokens[0].start():
                # Rule *an object pronoun is no colon's subject*: "He's not having it:",
                # "On Monday, she put it simply:" — "it" is what is had or put; the
                # pronoun opening the clause (its contraction too) speaks.
                phrase = _opening_pronoun(text, tokens[0])
                if phrase is None:
                    continue  # a shorter clause may still open with a name: "Ruiz"
            if phrase.kind == "name" and len(phrase.words) == 1:
                resolved = entities.named(phrase.start, phrase.text, phrase.words)
                if resolved is None or (resolved == phrase.text and resolved not in entities.kinds):
                    continue
            elif phrase.kind == "name" and text[phrase.start - 3 : phrase.start - 1] in _OWNED_S:
                # Rule *what a possessive owns is no speaker*: a headline's "ILVES'S X
                # MELTDOWN:" or "Ruiz's Big Night:" names the owner's deed, not a person,
                # unless the article names it outside this clause ("Ruiz's coach Tom Hale:").
                resolved = entities.named(phrase.start, phrase.text, phrase.words)
                if resolved is None or not entities.named_outside(resolved, lo, open_pos):
                    continue
            return phrase, None, phrase.start
    return _colon_sentence_subject(entities, lo, lo + len(head) - 1)


# Rule *what a recording caught someone reading*: "In-car footage captured Tam Gethryn
# reading the route card:", "The camera caught Ana Vell reading out the names:" — a
# recording's verb, the one it caught, then *reading* (out, aloud) and what was read.
_RECORDED_READER: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:captured|caught|recorded|filmed|shows|showed|show|heard)"
    rf"{_S}+(?P<name>{NAME_PATTERN}){_S}+reading(?:{_S}+(?:out|aloud))?"
    rf"(?:{_S}+[^,.;!?:\n“”\"]{{1,60}}?)?:\Z"
)


def _recorded_reader(text: str, lo: int, open_pos: int) -> Phrase | None:
    """The one a recording caught reading, in a clause from ``lo`` ending in a colon
    before the quote at ``open_pos`` (:data:`_RECORDED_READER`), else None.

    >>> t = "Footage captured Tam Gethryn reading the route card: “Square right.”"
    >>> _recorded_reader(t, 0, t.index("“")).text
    'Tam Gethryn'
    """
    head = text[lo:open_pos].rstrip(" \u00a0")
    reader = _RECORDED_READER.search(text, lo, lo + len(head))
    if reader is None:
        return None
    clean = clean_name(reader.group("name"), reader.start("name"))
    return _named(clean) if clean is not None else None


# Rule *what a recording shows someone saying*: "The clip shows the 34-year-old turning
# away from the door and saying:", "Footage showed Ana Vell telling the crowd:" — a
# recording (cues.RECORDING_MEDIA) as the subject, its verb, the one it shows, perhaps a
# deed and "and", then a speech verb's participle (cues.PARTICIPLE_CUES) and at most a
# short object before the colon.
_SHOWN_SPEAKING: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:shows|showed|show|captured|captures|caught|catches|filmed)"
    rf"{_S}+(?P<who>{NAME_PATTERN}|the{_S}+[\p{{Ll}}\d][\p{{Ll}}\d\-]*(?:{_S}+\p{{Ll}}[\p{{Ll}}\-]*)??)"
    rf"(?:{_S}+[^,.;!?:\n“”\"]{{1,80}}?{_S}+and)?{_S}+(?P<verb>\p{{Ll}}+ing)"
    rf"(?:(?:{_S}+[^,.;!?:\n“”\"]{{1,50}}?)?:)?\Z"
)
_RECORDING_SHOWS: Final = ("show", "captur", "caught", "catches", "filmed")


def _shown_speaking(text: str, lo: int, open_pos: int) -> Phrase | None:
    """The one a recording shows speaking, in a clause from ``lo`` ending in a colon
    before the quote at ``open_pos`` (:data:`_SHOWN_SPEAKING`), else None.

    Rule *a recording shows someone saying it*: with no colon, the participle right
    before the quote (``The clip, filmed on a phone, appears to show the actor shouting
    “…” at a runner``) — the one shown speaks, whatever stands between the recording
    and its verb.

    >>> t = "The clip shows the 34-year-old turning away and saying: “No.”"
    >>> _shown_speaking(t, 0, t.index("“")).text
    'the 34-year-old'
    >>> t = "Footage showed Ana Vell telling the crowd: “Go home.”"
    >>> _shown_speaking(t, 0, t.index("“")).text
    'Ana Vell'
    >>> t = "The report shows the council spending £2m and adding: “…”"
    >>> _shown_speaking(t, 0, t.index("“")) is None
    True
    """
    head = text[lo:open_pos].rstrip(" \u00a0")
    shown = _SHOWN_SPEAKING.search(text, lo, lo + len(head))
    if shown is None or shown.group("verb") not in cues.PARTICIPLE_CUES:
        return None
    subject = text[lo : shown.start()].casefold().split()
    if not any(word.strip(",") in cues.RECORDING_MEDIA for word in subject):
        return None  # "The report shows the council adding:": no recording
    if text[shown.start("who") : shown.start("who") + 4] != "the ":
        clean = clean_name(shown.group("who"), shown.start("who"))
        return _named(clean) if clean is not None else None
    return speaker_phrase(text, shown.start("who"), shown.end("who"))


# "Her spokesman read out a statement from the mayor:", "Tom Rudd read a statement on
# behalf of the family outside court:", "…read a short statement on her behalf:", "…by
# reading an email from a listener in Ely:".
_READ_FOR: Final = regex.compile(
    r"\bread(?:ing)?(?:[ \u00a0]+out)?[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\p{Ll}\-]+[ \u00a0]+)?"
    r"(?:statement|letter|message|email|e-mail)[ \u00a0]+(?:(?:from|on[ \u00a0]+behalf[ \u00a0]+of)"
    r"[ \u00a0]+(?P<who>[^,:;.\n“”\"]{1,50}?)|on[ \u00a0]+(?P<own>her|his|their)[ \u00a0]+behalf)"
    r"(?:[ \u00a0]+(?:outside|at|in|after|to|on)[ \u00a0][^,:;.\n]{0,40})?[ \u00a0]*:[ \u00a0]*\Z"
)
_READ_CUES: Final = frozenset({"read", "read out"})


def _read_for(text: str, lo: int, end: int) -> Phrase | None:
    """Rule *a statement read out speaks for its author*: ``Her spokesman, Tom Rudd, read
    out a statement from the mayor: “…”`` quotes the mayor, not the one reading; so do
    ``read a statement on behalf of Ada Pell:`` and ``read a statement on her behalf:``
    (*she*). None when the clause reads no statement for anyone (``Rudd read it aloud:``).

    >>> t = "Tom Rudd read out a statement from the mayor:"
    >>> _read_for(t, 0, len(t))[:4]
    ('the mayor', 35, 44, 'np')
    """
    found = _READ_FOR.search(text, lo, end)
    if found is None:
        return None
    if found.group("own") is not None:
        return _object_pronoun(found.group("own"), found.start("own"))
    return speaker_phrase(text, found.start("who"), found.end("who"))


def _described_then_named(text: str, lo: int, head: str, comma: int) -> Phrase | None:
    """Rule *one of many, then their name*: the name in ``Another kite-flyer, Ossian
    Brade, was more forgiving:`` (``head``, from ``lo``; ``comma`` its last comma).

    Someone described only by lower-case words (:data:`_UNNAMED_LEAD`), then their full
    name between two commas, then a short predicate naming nobody else: the name
    speaks, whatever noun describes them. Not ``Another visitor, who came with Ossian
    Brade, was blunt:`` (a clause, not a name) nor ``A fan, Ana Pike, sided with Ossian
    Brade:`` (someone else named after it).
    """
    first = head.find(",")
    if first <= 0 or first >= comma or _UNNAMED_LEAD.fullmatch(text, lo, lo + first) is None:
        return None
    begin = lo + first + 1
    while text[begin] in " \u00a0":
        begin += 1
    phrase = speaker_phrase(text, begin, lo + comma)
    if (
        phrase is None
        or phrase.kind != "name"
        or (len(phrase.words) < 2 and not _audience_lead(text, lo, lo + first))
        or phrase.start != begin
        or phrase.end != lo + comma
        or any(is_name_word(t.group()) for t in TOKEN.finditer(head, comma + 1, len(head) - 1))
    ):
        return None
    return phrase


def _audience_lead(text: str, lo: int, hi: int) -> bool:
    """True when the description ``text[lo:hi]`` ends in an audience noun (reader, caller,
    listener, viewer): rule *a reader goes by a given name alone*, so ``A reader, Holly,
    got in touch:`` names her by the one word, as a live blog prints a reader.

    >>> _audience_lead("A reader", 0, 8), _audience_lead("A neighbour", 0, 11)
    (True, False)
    """
    words = text[lo:hi].split()
    return bool(words) and words[-1] in cues.AUDIENCE_NOUNS


# Rule *"here it is" hands over a text*: "Here it is in full:", "Here they are:", "And here
# it is:" — the pronoun is the post or statement printed below, not its author, who is
# left to the paragraph introducing it (rule ``introduction``).
_HERE_IT_IS: Final = regex.compile(
    rf"(?:And{_S}+|So{_S}+)?[Hh]ere{_S}+(?:it{_S}+is|they{_S}+are|this{_S}+is)(?![\p{{L}}])[^:]{{0,40}}:\Z"
)


def about_a_sign(head: str) -> bool:
    """Rule *a sign's words are nobody's quote*: True when a clause before a colon is
    about a sign, placard or banner (``cues.SIGN_NOUNS``), so the words after the colon
    are its wording, not a quote of whoever put it up, held it or pointed to it.

    >>> about_a_sign("The sign outside, put up by landlord Ian Dunn:")
    True
    >>> about_a_sign("Ella Shaw pointed to the banner behind the goal:")
    True
    >>> about_a_sign("Mayor Lisa Ford signed off with a warning:")
    False
    """
    if not any(stem in head for stem in _SIGN_STEMS):
        return False  # the common case: a few substring searches, no loop over words
    return any(w.strip(".,;:!?'’\"“”").casefold() in cues.SIGN_NOUNS for w in head.split())


# Every sign noun's letters after its first (so "Sign" and "sign" both hold one): a
# substring test rules most clauses out; a case-blind pattern searched the clause at
# every position and cost about 8,000 instructions per generated article (callgrind).
_SIGN_STEMS: Final = tuple(sorted({noun[1:].removesuffix("s") for noun in cues.SIGN_NOUNS}))


# Rule *a passage of someone's words*: "The full passage of her remarks to the committee
# was:", "The relevant part of Ruiz's evidence reads:" — the owner of the words quoted.
# Capitalised words, a name's shape: a copy of NAME_PATTERN here would cost about as much
# again to compile at import as the rest of the pattern (callgrind, 30 generated articles).
_CAPPED: Final = r"\p{Lu}[\p{L}'’\-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’\-]*){0,3}"
_PASSAGE: Final = (
    rf"(?:[Tt]he|[Aa]){_S}+(?:\p{{Ll}}+{_S}+){{0,2}}(?:passage|text|transcript|wording|part"
    rf"|section|excerpt|extract|version){_S}+of{_S}+(?P<owner>[Hh]is|[Hh]er|[Tt]heir"
    rf"|{_CAPPED}['’]s){_S}+(?:\p{{Ll}}+{_S}+)?(?P<noun>remarks|speech|words|comments"
    rf"|statement|evidence|answer|testimony|interview|letter|post|address|reply)"
)
_PASSAGE_OF: Final = regex.compile(
    rf"{_PASSAGE}(?:{_S}+[^:“”\"\n]{{1,80}}?)?{_S}+(?:was|is|read|reads|ran|runs|went){_S}*:\Z"
)
_PASSAGE_PHRASE: Final = regex.compile(rf"{_PASSAGE}(?:{_S}+[^:“”\"\n]{{1,80}}?)?")


def _passage_owner(text: str, passage: regex.Match[str]) -> Phrase | None:
    """The owner a :data:`_PASSAGE_OF` clause names: *he*/*she*/*they* for a possessive
    pronoun, else the name before *'s*.

    >>> t = "The full text of her speech was:"
    >>> _passage_owner(t, _PASSAGE_OF.match(t)).text
    'she'
    """
    start, end = passage.span("owner")
    owner = passage.group("owner").casefold()
    if owner in _POSSESSIVE_PRONOUNS:
        return Phrase(_POSSESSIVE_PRONOUNS[owner], start, end, "pronoun")
    phrase = speaker_phrase(text, start, end - 2)
    return phrase if phrase is not None and phrase.kind == "name" else None


_OPENING_CONJUNCTIONS: Final = frozenset({"But", "And", "Yet", "So"})
# "Another kite-flyer," / "A third resident," / "Her younger sister,": someone described
# only by lower-case words, before the comma of an appositive that names them.
_UNNAMED_LEAD: Final = regex.compile(
    rf"(?:An?|Another|One|Fellow|Her|His|Their|Our){_S}+(?:\p{{Ll}}[\p{{Ll}}'’\-]*{_S}+){{0,2}}"
    rf"\p{{Ll}}[\p{{Ll}}'’\-]*"
)
# "A user called Brisa_K was more forgiving:", "One fan named Dario Pell was blunter:":
# an unnamed one of many, then the name they go by, in a short clause before a colon.
_CALLED_OPENING: Final = regex.compile(
    rf"(?:An?|One|Another){_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{1,2}}(?:called|named){_S}+"
    rf"(?P<name>\p{{Lu}}[\p{{L}}'’\-]*(?:{_S}+\p{{Lu}}[\p{{L}}'’\-]*){{0,2}}"
    rf"|\p{{L}}[\p{{L}}\p{{N}}_]*[\p{{N}}_][\p{{L}}\p{{N}}_]*)"
    rf"{_S}+[^:“”\"\n]{{1,50}}:\Z"
)
# "Email from Neville in Stockleigh:", "A text from Ana Ruiz:": a message's noun, "from",
# a name and perhaps its place, ending the clause before the quote.
_SENT_FROM: Final = regex.compile(
    rf"(?:(?:An?|The){_S}+)?(?i:email|e-mail|text|message|comment|letter|note){_S}+from"
    rf"{_S}+(?P<name>{NAME_PATTERN})(?:{_S}+(?:in|from|of){_S}+{NAME_PATTERN})?:\Z"
)
# ", speaking to …:", ", writing in …:", ", responding to …:" — a lower-case participle
# opening the last part of a colon clause.
_DOING_AFTER_COMMA: Final = regex.compile(rf"{_S}+\p{{Ll}}+ing{_S}+[^,]*:\Z")
_NAME_THEN_GLOSS: Final = regex.compile(
    rf"(?P<name>{NAME_PATTERN}),{_S}+[^,:;.!?\n“”\"]{{1,40}}:\Z"
)
_POSSESSIVE_PRONOUNS: Final = {"his": "he", "her": "she", "its": "it", "their": "they"}


def _called_subject(text: str, lo: int, open_pos: int) -> Phrase | None:
    """``A user called Brisa_K was more forgiving: “…”``: the name the one speaking goes
    by, in a short clause (from ``lo``) ending in a colon before the quote at
    ``open_pos``; *called* here names, it is no speech verb."""
    end = len(text[lo:open_pos].rstrip(" \u00a0\n")) + lo
    if text[end - 1 : end] != ":":
        return None  # the pattern ends with the colon: one look settles most clauses
    called = _CALLED_OPENING.match(text, lo, end)
    if called is None:
        return None
    given = _name_given(text, *called.span("name"))
    return given if given.kind == "name" else None


def _owned_words(text: str, lo: int, end: int) -> Phrase | None:
    """``Ruiz’s response:`` / ``Her verdict:``: the owner of what was said, before a colon.

    >>> _owned_words("Ruiz’s response", 0, 15).text, _owned_words("Her verdict", 0, 11).text
    ('Ruiz', 'she')
    >>> _owned_words("Her closing line", 0, 16).text
    'she'
    >>> _owned_words("Her line manager", 0, 16) is None
    True
    """
    tokens = split_words(text, lo, end)
    if not 2 <= len(tokens) <= 5 or tokens[-1].casefold() not in cues.SPEECH_NOUNS:
        return None
    # One lower-case word may stand between owner and noun: "Her closing line:",
    # "Ruiz’s blunt reply:".
    owned = -3 if len(tokens) >= 3 and tokens[-2].isalpha() and tokens[-2].islower() else -2
    owner = tokens[0]
    pronoun = _POSSESSIVE_PRONOUNS.get(owner.casefold())
    if pronoun is not None:
        if len(tokens) == 2 or (len(tokens) == 3 and owned == -3):
            return Phrase(pronoun, lo, lo + len(owner), "pronoun")
        return None
    if len(tokens) + owned < 0 or not tokens[owned].endswith(("'s", "’s")):
        return None
    phrase = speaker_phrase(text, lo, text.rindex(tokens[owned], lo, end) + len(tokens[owned]) - 2)
    return phrase if phrase is not None and phrase.kind == "name" else None


# Rule *an owner's verdict was blunt*: "Fenn’s verdict was blunt:", "Her reply, given to a
# podcast in June, was short:", "Ruiz’s response to the critics was simple:" — the owned
# speech noun (then an appositive or a phrase on what it answers), a copula and up to three
# lower-case words before the colon.
_OWNED_VERDICT: Final = regex.compile(
    rf"(?P<noun>[^,:;.!?\n“”\"]{{2,40}}?)"
    rf"(?:{_S}+(?:to|on|about|for|in|at){_S}+[^,:;.!?\n“”\"]{{1,40}}?)?"
    rf"(?:,[^,:;.!?\n“”\"]{{1,60}},)?"
    rf"{_S}+(?:was|is|were|are|remained|remains)(?:{_S}+\p{{Ll}}+){{0,3}}\Z"
)


# The verbs _OWNED_VERDICT ends on, each with the space before it.
_VERDICT_VERBS: Final = tuple(
    space + verb for space in " \u00a0" for verb in ("was", "is", "were", "are", "remain")
)


def _may_be_verdict(text: str, lo: int, end: int) -> bool:
    """False when ``_OWNED_VERDICT`` cannot match ``text[lo:end]``: none of its verbs is
    there. Most colon clauses (``The club's statement in full:``) have none, and the
    pattern, with its lazy stretches, costs several microseconds a call when it fails.

    >>> _may_be_verdict("Fenn's verdict was blunt", 0, 24), _may_be_verdict("Its reply", 0, 9)
    (True, False)
    """
    window = text[lo:end]
    return any(verb in window for verb in _VERDICT_VERBS)


def _owned_document(text: str, lo: int, end: int) -> Phrase | None:
    """``The Kettleham General Hospital’s statement in full:``: the owner's statement;
    ``Fenn’s verdict was blunt:``: the owner of what was said (:data:`_OWNED_VERDICT`)."""
    tokens = list(TOKEN.finditer(text, lo, end))[:10]
    if 2 <= len(tokens) <= 4:
        owned = _owned_words(text, tokens[0].start(), tokens[-1].end())
        if owned is not None:
            return owned
    verdict = (
        _OWNED_VERDICT.match(text, lo, end)
        if len(tokens) > 3 and _may_be_verdict(text, lo, end)
        else None
    )
    if verdict is not None:
        owned = _owned_words(text, lo, verdict.end("noun"))
        if owned is not None:
            return owned
    for d in range(1, len(tokens)):
        noun = fold(tokens[d].group().rstrip(","))
        if noun in cues.DOCUMENT_NOUNS and tokens[d - 1].group().endswith(("'s", "’s")):
            phrase = speaker_phrase(text, tokens[0].start(), tokens[d].end())
            if phrase is not None and phrase.kind == "np":
                return phrase
    return None


_SUBJECT_HEADS: Final = (
    cues.PERSON_DESCRIPTIONS | cues.PERSON_ROLES | cues.ORG_ROLES | cues.DOCUMENT_NOUNS
)


# A sentence opening with a role and the name in apposition: "The union's regional
# secretary, Bryony McAllister, …"; also a role with a hyphen and a title in lower case
# before the name: "The tycoon's ex-wife, socialite Ada Pell, …" (not "and" or "or",
# which join a second person: "The club's captain, and Ivo Marr, …"; nor a name listed
# with another after it: "The tycoon's ex-wife, Ada Pell, and his sister, Kit Dunn, …").
_ROLE_THEN_NAME: Final = regex.compile(
    rf"[\p{{Lu}}][^,:;.!?\n“”\"]{{0,60}}?[ \u00a0](?P<role>\p{{Ll}}+(?:-\p{{Ll}}+)*)"
    rf"(?:{_S}+of{_S}+[^,:;.!?\n“”\"]{{1,50}}?)?,{_S}+"
    rf"(?:(?!(?:and|or|with|who|whose)[ \u00a0])\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}}"
    rf"(?P<name>{NAME_PATTERN}),{_S}(?!and[ \u00a0])"
)


def _appositive_role(word: str) -> bool:
    """True for a person's role before an appositive name, also one held before
    (``ex-wife``, ``ex-manager``: the role after *ex-*).

    >>> _appositive_role("secretary"), _appositive_role("ex-wife"), _appositive_role("ex-pat")
    (True, True, False)
    """
    return word in cues.PERSON_ROLES or (word[:3] == "ex-" and word[3:] in cues.PERSON_ROLES)


def _colon_sentence_subject(
    entities: Entities, lo: int, colon: int
) -> tuple[Phrase, None, int] | None:
    """``Ruiz, who founded the firm in 2014, also addressed staff directly: “…”``.

    The subject of a longer sentence introducing a quote with a colon: a name
    opening the sentence (or its main clause, after a fronted phrase and a
    comma), or a definite description there (``the coach posted a
    note on the team's forum:``, ``The post opens with a confession:``).
    """
    text = entities.text
    if colon - lo > 250:
        return None
    opening = TOKEN.match(text, lo, colon)
    if opening is not None and opening.group() in _OPENING_CONJUNCTIONS:
        # "But the star hinted at heartbreak, sharing a photo with the caption:": the
        # conjunction linking to the sentence before is not part of the subject.
        lo = opening.end() + 1
    appositive = _ROLE_THEN_NAME.match(text, lo, colon)
    first_comma = text.find(",", lo, colon)
    if appositive is None and first_comma >= 0:
        # "In a post on X, Folio's chief executive, Tamsin Achebe, took a swipe:": the
        # same after a fronted phrase.
        after_comma = first_comma + 1
        while after_comma < colon and text[after_comma] in " \u00a0":
            after_comma += 1
        appositive = _ROLE_THEN_NAME.match(text, after_comma, colon)
    if (
        appositive is not None
        and _appositive_role(appositive.group("role"))
        and appositive.group("role") not in cues.SPOKESPERSON_NOUNS  # speaks for another
    ):
        # "The union's regional secretary, Bryony McAllister, was clear about it:"
        clean = clean_name(appositive.group("name"), appositive.start("name"))
        if clean is not None and len(clean.words) >= 2:
            return _named(clean), None, clean.start
    elif appositive is not None and appositive.group("role") in cues.ORG_ROLES:
        # Rule *a body's role, then its name*: "The publisher, Nettlewick Games, has
        # issued a statement:" — the body the article names, not the role's last holder;
        # not when someone is named after it ("…, has hired Ada Moss, who was blunt:").
        clean = clean_name(appositive.group("name"), appositive.start("name"))
        later = split_words(text, appositive.end(), colon)
        if clean is not None and not any(
            is_name_word(word) and fold(word.rstrip(",.")) not in cues.CALENDAR_WORDS
            for word in later
        ):
            resolved = entities.named(clean.start, clean.name, clean.words)
            if resolved is not None and entities.kinds.get(resolved) == "org":
                return _named(clean), None, clean.start
    for begin in (lo, first_comma + 1) if first_comma >= 0 else (lo,):
        tokens = split_words(text, begin, min(colon, begin + 80))
        starts = [m.start() for m in TOKEN.finditer(text, begin, min(colon, begin + 80))]
        if len(tokens) < 2:
            continue
        if tokens[0].casefold() in ("a", "an"):
            spoken_for = _spokesperson_opening(text, tokens, starts)
            if spoken_for is not None:
                return spoken_for, None, spoken_for.start
        if tokens[0].casefold() in ("the", "its", "their", "his", "her") or tokens[0].endswith(
            ("'s", "’s")
        ):
            for k in range(1, min(4, len(tokens))):
                word = tokens[k].rstrip(",")
                if (
                    word.endswith(("'s", "’s"))
                    and k + 1 < len(tokens)
                    and fold(tokens[k + 1].rstrip(",")) in cues.DOCUMENT_NOUNS
                ):
                    continue  # "The company’s statement in full:": the statement
                if (
                    fold(word) in _SUBJECT_HEADS
                    or cues.is_descriptor(word)
                    or _aged_subject(tokens, k)  # "The 36-year-old shared…"
                ):
                    titled = None
                    if k + 1 < len(tokens) and fold(word) in cues.PERSON_ROLES:
                        # Rule *a role, then the name*: "Her former co-star Dina Farrow,
                        # who played her sister, weighed in:" — the name speaks.
                        titled = _name_then_verb(text, tokens, starts, k + 1)
                    if titled is not None:
                        return titled, None, titled.start
                    phrase = speaker_phrase(text, starts[0], starts[k] + len(word))
                    if phrase is not None and phrase.kind in ("np", "name"):
                        return phrase, None, phrase.start
                    break
                if not word.islower() and k > 1:
                    # "Her co-host Dina Farrow paid tribute": the name after the role.
                    titled = _name_then_verb(text, tokens, starts, k)
                    if titled is not None:
                        return titled, None, titled.start
                    break
            continue
        titled = _titled_opening(text, tokens, starts)
        if titled is not None:
            return titled, None, titled.start
        k = 0
        while k < min(4, len(tokens)) and is_name_word(tokens[k].rstrip(",")):
            k += 1
            if tokens[k - 1].endswith(","):
                break
        if k == 0 or k >= len(tokens):
            continue
        after = tokens[k].casefold()
        if not (tokens[k - 1].endswith(",") and after in ("who", "whose")) and not (
            not tokens[k - 1].endswith(",") and tokens[k].islower()
        ):
            comma = starts[k - 1] + len(tokens[k - 1]) - 1
            if not tokens[k - 1].endswith(",") or _APPOSITIVE_THEN_VERB.match(text, comma) is None:
                continue  # "Tilly, a yoga teacher, shared…" and "Cara Holt, 31, shared…" go on
        end = starts[k - 1] + len(tokens[k - 1].rstrip(","))
        phrase = speaker_phrase(text, starts[0], end)
        if phrase is not None and phrase.kind == "name":
            # Only a name the article treats as a person or organisation.
            resolved = entities.named(phrase.start, phrase.text, phrase.words)
            if resolved is not None and entities.kinds.get(resolved) in ("person", "org"):
                return phrase, None, phrase.start
    return None


def _spokesperson_opening(
    text: str, tokens: Sequence[str], starts: Sequence[int]
) -> Phrase | None:
    """Rule *a spokesperson opening a colon's clause speaks*: ``A spokesperson for the
    Harbour Awards has been in touch: “…”``, ``A spokesman for Tarrow FC issued a
    statement on Sunday:`` — *a* or *an*, a spokesperson noun (``cues.SPOKESPERSON_NOUNS``),
    *for*, *of* or *at* and a capitalised name, and nobody named after it in the clause:
    that phrase, resolved as a spokesperson's.

    >>> t = "A spokesperson for the Harbour Awards has been in touch:"
    >>> words = t.split()
    >>> at = [t.index(w) for w in words]
    >>> _spokesperson_opening(t, words, at).text
    'a spokesperson for the Harbour Awards'
    >>> t = "A spokesperson for the singer was unrepentant:"
    >>> _spokesperson_opening(t, t.split(), [t.index(w) for w in t.split()]) is None
    True
    """
    if len(tokens) < 4 or fold(tokens[1]) not in cues.SPOKESPERSON_NOUNS:
        return None
    if tokens[2].casefold() not in ("for", "of", "at"):
        return None
    j = 4 if tokens[3].casefold() == "the" else 3
    first = j
    while j < len(tokens) and tokens[j][:1].isupper():
        j += 1
        if tokens[j - 1].endswith(","):
            break
    if j == first:
        return None  # "for the singer": a body the article may never name
    if any(
        is_name_word(word) and fold(word.rstrip(",.")) not in cues.CALENDAR_WORDS
        for word in tokens[j:]
    ):
        return None  # "… replied to a post by Tom Bell:": the words may be his
    end = starts[j - 1] + len(tokens[j - 1].rstrip(","))
    phrase = speaker_phrase(text, starts[0], end)
    if phrase is None or phrase.kind != "np" or phrase.head not in cues.SPOKESPERSON_NOUNS:
        return None
    return phrase


def _aged_subject(tokens: Sequence[str], k: int) -> bool:
    """True when ``tokens[k]`` is an age standing for a person before a verb.

    ``The 36-year-old shared the news…`` is a person; ``The 120-year-old pier
    reopened…`` is a pier (a noun, not a verb, follows the age).

    >>> _aged_subject(["The", "36-year-old", "shared"], 1)
    True
    >>> _aged_subject(["The", "120-year-old", "pier", "reopened"], 1)
    False
    >>> _aged_subject(["The", "31-year-old,", "whose"], 1)
    True
    """
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1].casefold()
    if tokens[k].endswith(",") and after in ("who", "whose"):
        # Rule *an age before "who" is a person*: "The 31-year-old, whose third album
        # topped the charts, had postponed two concerts, telling fans…"
        return year_old(tokens[k][:-1])
    if not year_old(tokens[k]):
        return False
    return after.endswith("ed") or after in cues.AUXILIARIES or after in _DEED_VERBS


# Common verbs of a deed that do not end in -ed: "The 36-year-old took to Instagram".
_DEED_VERBS: Final = frozenset(
    {"took", "went", "made", "gave", "wrote", "told", "also", "later", "then", "has", "had"}
)  # fmt: skip


# An appositive between a name opening its sentence and a lower-case verb.
_APPOSITIVE_THEN_VERB: Final = regex.compile(rf"(?:{_APP}){_APP_ADVERB}?{_S}+\p{{Ll}}")


def _titled_opening(text: str, tokens: Sequence[str], starts: Sequence[int]) -> Phrase | None:
    """Rule *a title opening a colon's sentence*: the name after a role of up to five
    words opening the sentence, its first capitalised (``Flight director Orla Penhale
    could barely get the words out:``, ``Race commentator and former driver Ana Pike,
    who called the finish, was close to tears:``), as after a possessive.

    >>> t = "Flight director Orla Penhale could barely get the words out"
    >>> words = t.split()
    >>> _titled_opening(t, words, [t.index(w) for w in words]).text
    'Orla Penhale'
    """
    if not tokens[0][:1].isupper() or fold(tokens[0]) in cues.DETERMINERS:
        return None
    for j in range(1, min(6, len(tokens) - 2)):
        word = tokens[j]
        if not word.islower() or word.endswith(","):
            return None
        if fold(word) in cues.PERSON_ROLES and tokens[j + 1][:1].isupper():
            return _name_then_verb(text, tokens, starts, j + 1)
    return None


def _name_then_verb(
    text: str, tokens: Sequence[str], starts: Sequence[int], k: int
) -> Phrase | None:
    """A full name after a possessive and a lower-case role, then a lower-case word.

    ``Her co-host Dina Farrow paid tribute`` → Dina Farrow: the role is
    stripped, two name words at least, and the verb right after the name, or
    an appositive before it (``Her co-star Dina Farrow, who played her sister,
    weighed in``), as for a name opening the sentence.
    """
    j = k
    while j < min(k + 4, len(tokens)) and is_name_word(tokens[j].rstrip(",")):
        j += 1
        if tokens[j - 1].endswith(","):
            break
    if j - k < 2 or j >= len(tokens):
        return None
    last = tokens[j - 1]
    end = starts[j - 1] + len(last.rstrip(","))
    if not last.endswith(","):
        if not tokens[j].islower():
            return None
    elif tokens[j] not in ("who", "whose") and _APPOSITIVE_THEN_VERB.match(text, end) is None:
        return None  # "Her co-star Dina Farrow, Ana Pike and…": no verb of hers in view
    phrase = speaker_phrase(text, starts[k], end)
    return phrase if phrase is not None and phrase.kind == "name" else None


_SENTENCE_END_REACH: Final = 250
# What may follow the verb of a clause ending the sentence: "said Monday", "said on Tuesday".
_CLOSING_TIME: Final = cues.DATE_WORDS | _DAY_PARTS | _TIME_LINKS | cues.ADVERBS


def _sentence_end_clause(entities: Entities, end: int) -> Clause | None:
    """Rule *a clause ending the sentence speaks for its quote*: ``The administration is
    “finalizing new measures” against Drovia over the seizure, press secretary Camille
    Otero said Monday.`` — a quote with no clause of its own, in a sentence whose last
    comma opens a speaker and a speech verb with nothing after them but a time (and no
    other quote between)."""
    text = entities.text
    end = _skip_marks_forward(text, end)  # past the quote's own closing mark
    stop = end
    limit = min(len(text), end + _SENTENCE_END_REACH)
    while stop < limit and text[stop] not in ".!?\n":
        if text[stop] in MARKS and not (
            text[stop - 1].isalpha() and text[stop + 1 : stop + 2].isalpha()
        ):
            return None  # another quote (not an apostrophe, "week’s") before the end
        stop += 1
    if stop >= limit or text[stop] not in ".!?":
        return None
    comma = text.rfind(", ", end, stop)
    if comma < 0:
        return None
    found = _clause(text, comma, stop, entities.layout.fast)
    if found is None:
        return None
    phrase, cue, clause_start, clause_end = found
    if any(w.casefold() not in _CLOSING_TIME for w in text[clause_end:stop].split()):
        return None
    return phrase, cue, clause_start


def find_clause(entities: Entities, spans: Sequence[Span], floor: int) -> Clause | None:
    """The attribution clause of a quote with these ``spans``, if it has one.

    Looked for between the parts, then after the quote, then before it (no
    further back than ``floor``, the end of the previous quote).

    >>> from quotematch.entities import Entities, Layout
    >>> text = "Ana Ruiz spoke. “We won,” she said."
    >>> s = text.index("We")
    >>> phrase, cue, start = find_clause(Entities(Layout(text, [])), [(s, s + 7)], 0)
    >>> phrase.text, phrase.kind, cue, text[start:]
    ('she', 'pronoun', 'said', 'she said.')
    """
    if len(spans) > 1:
        found = _from_gaps(entities, spans)
        if found is not None:
            return found
    found = _from_after(entities, spans[-1][1])
    if found is not None and _colon_before(entities.text, spans[0][0], spans[-1][1]):
        # Rule *a colon's quote is its clause's*: "Manager Ana Ruiz said: “… low.” Police
        # said they were “following leads”." — the quote ends its sentence and the clause
        # before its colon introduced it; the next sentence's clause is another's.
        return _from_before(entities, spans[0][0], floor) or found
    if found is not None and _reporting_record(found[0]):
        own = _own_speech_clause(entities, spans[0][0], floor)
        if own is not None:
            return own
    found = found or _from_before(entities, spans[0][0], floor)
    if found is None:
        found = _sentence_end_clause(entities, spans[-1][1])
    if found is not None:
        # A cheap look first: "behalf" is rare, the rule's patterns are not free.
        lo = max(0, min(found[0].start, found[2]) - 120)
        hi = found[0].end + 120
        if entities.text.find("behalf", lo, hi) >= 0:
            return _on_behalf(entities, found, spans) or found
    return found


# Rule *words read out on someone's behalf are theirs*: "Varley's solicitor, Ines Okoro,
# read a statement on his behalf: “…”" is Varley's statement, as is "Okoro, reading a
# statement on behalf of Colm Varley, said:"; the reader only carries it. Not "Varley said
# in a statement read on his behalf" (Varley is who it speaks for) nor "Okoro, speaking on
# behalf of the families," (a spokesperson who speaks in her own words).
_READS_OUT: Final = regex.compile(
    rf"(?:read|reads|reading)(?:{_S}+out)?{_S}+(?:a|an|the|his|her|their)(?:{_S}+[\p{{Ll}}\-]+)?"
    rf"{_S}+(?:statement|letter|tribute|message){_S}+"
)
_DOCUMENT_READ_BY: Final = regex.compile(rf"read{_S}+(?:out{_S}+)?by{_S}")
_BEHALF: Final = regex.compile(
    rf"on{_S}+(?:behalf{_S}+of{_S}+(?P<of>\p{{Lu}}[^,.;:!?“”\"‘’\n]{{0,60}}?)"
    rf"(?=[,.;:!?“”\"‘’\n]|{_S}+(?:by|outside|at|in|after|before|on){_S})"
    rf"|(?P<own>\p{{Lu}}[^,.;:!?“”\"\n]{{0,60}}?)['’]s?{_S}+behalf"
    rf"|(?P<pro>his|her|their){_S}+behalf)"
)
_AGENTS_OWNER: Final = regex.compile(
    rf"(?:(?P<name>\p{{Lu}}[^,.;:!?“”\"\n]{{0,60}}?)['’]s?|(?P<pro>[Hh]is|[Hh]er|[Tt]heir))"
    rf"{_S}+(?:[\p{{Ll}}\-]+{_S}+)?(?:lawyer|solicitor|barrister|counsel|attorney|advocate"
    rf"|agent|publicist|representative|spokesman|spokeswoman|spokesperson|son|daughter"
    rf"|wife|husband|mother|father|brother|sister|partner|friend)\b"
)


def _on_behalf(entities: Entities, found: Clause, spans: Sequence[Span]) -> Clause | None:
    """The clause ``found`` with the one its statement was read for as the speaker, or
    None when the clause reads nothing out on anyone's behalf (see ``_BEHALF``)."""
    text = entities.text
    phrase, cue, start = found
    layout = entities.layout
    lo = layout.starts[layout.sentence(min(phrase.start, start))]
    hi = min(len(text), phrase.end + 160)
    if phrase.end <= spans[0][0]:
        hi = min(hi, spans[0][0])  # never inside the quote
    document = phrase.kind == "np" and fold(phrase.head) in cues.DOCUMENT_NOUNS
    reads = None if document else _READS_OUT.search(text, phrase.end, hi)
    if reads is None and not (
        (document and _DOCUMENT_READ_BY.search(text, phrase.end, hi))
        or _DOCUMENT_READ_BY.search(text, max(0, phrase.start - 12), phrase.start)
    ):
        return None  # nobody reads a statement out here ("a statement read by Okoro")
    behalf = _BEHALF.search(text, reads.end() if reads is not None else phrase.end, hi)
    if behalf is None:
        return None
    if behalf.group("pro") is not None:
        owner = _AGENTS_OWNER.search(text, lo, hi if document else phrase.end)
        if owner is None:
            return None
        if owner.group("pro") is not None:
            subject = {"his": "he", "her": "she", "their": "they"}[owner.group("pro").casefold()]
            return Phrase(subject, owner.start("pro"), owner.end("pro"), "pronoun"), cue, start
        named_start, named_end = owner.span("name")
    else:
        named_start, named_end = behalf.span("of") if behalf.group("of") else behalf.span("own")
    clean = last_name_run(text, named_start, named_end)
    if clean is None:
        return None  # "on behalf of the families": nobody named
    return _named(clean), cue, start


# Rule *a record reports the speaker its clause names*: "Loman told detectives the owner
# “let me borrow it,” the affidavit states", "… , court papers show": the document after
# the quote is the reporter's source; the speech verb before the quote has the speaker.
# The nouns of what court, police and officials file, with cues.DOCUMENT_NOUNS.
_RECORD_NOUNS: Final = cues.DOCUMENT_NOUNS | frozenset(
    {"affidavit", "papers", "records", "documents", "indictment", "transcript", "filings",
     "warrant", "summons", "submission", "submissions", "dossier", "file"}
)  # fmt: skip


# Rule *an outlet relays the speaker its clause names*: "He told the envoy that Orvane
# “will defend its waters”, the agency said" — a news agency, broadcaster or paper after
# the quote passes on the words of the one whose speech verb takes the quote before it.
_RELAY_NOUNS: Final = frozenset(
    {"agency", "broadcaster", "media", "television", "tv", "radio", "newspaper", "paper",
     "outlet", "channel", "wire", "daily", "tabloid", "website"}
)  # fmt: skip


def _reporting_record(phrase: Phrase) -> bool:
    """True when a clause's subject is a record (``the affidavit``, ``court papers``) or an
    outlet that relays what it reports (``the agency``, ``state media``)."""
    return phrase.kind == "np" and (
        fold(phrase.head) in _RECORD_NOUNS or fold(phrase.head) in _RELAY_NOUNS
    )


def _own_speech_clause(entities: Entities, start: int, floor: int) -> Clause | None:
    """The clause before the quote at ``start`` whose speech verb takes the quote as its
    object in the same sentence run (``Loman said the owner “…”``), else None.

    Not a clause whose verb is parted from the quote by a comma or a full stop
    (``Loman wrote herself cheques, some labelled “groceries”``: a label, not her words),
    nor one whose subject is itself a record.
    """
    text = entities.text
    open_pos = skip_marks_back(text, start)
    layout = entities.layout
    if open_pos <= 0 or not text[layout.starts[layout.sentence(open_pos)] : open_pos].strip():
        return None  # the quote opens its sentence ("“…,” the report says."): no clause before
    own = _from_before(entities, start, floor)
    if own is None or own[1] is None or _reporting_record(own[0]):
        return None
    verb = text.rfind(own[1], own[0].end, open_pos)
    if verb < 0 or any(mark in text[verb:open_pos] for mark in ",.;:!?\n"):
        return None
    return own


def _colon_before(text: str, start: int, end: int) -> bool:
    """True when a colon introduces the quote at ``start`` and the quote, ending at
    ``end``, ends its own sentence (``Ruiz said: “We won.”``).

    >>> t = "Ruiz said: “We won.” Police said so."
    >>> _colon_before(t, t.index("We"), t.index("” P"))
    True
    """
    before = text[max(0, start - 4) : start].rstrip(_MARKS_SPACE)
    inside = text[max(0, end - 2) : end].rstrip(_MARKS_SPACE)
    return before.endswith(":") and inside.endswith((".", "!", "?", "…"))
