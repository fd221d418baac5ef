"""Who said a quote, and with what verb.

Attribution looks only at a bounded window around each quote, in this order:

1. the text between the parts of a split quote (``“…,” said Ana Ruiz, “…”``);
2. the rest of the sentence after the closing mark (``“…,” Ruiz said.``,
   ``“…,” said coach Ana Ruiz.``, ``“…,” the company wrote in a statement.``,
   ``“…”, according to Ruiz.``);
3. the text before the opening mark in its sentence (``Ruiz told the BBC: “…”``,
   ``According to Ruiz, “…”``, ``Ruiz said the plan was “unworkable”``), or
   the subject of a short clause ending in a colon (``Ruiz was blunt: “…”``);
4. otherwise, a quote that continues the previous statement (in the same
   paragraph, or opening the next one) inherits its speaker.

The speaker phrase found there is then resolved against the names mentioned
earlier in the document (one pass, see :mod:`quotematch.names`): a surname
becomes the fullest earlier form, ``he``/``she`` the nearest fitting person,
``it`` and ``the company`` the nearest organisation, ``the mayor`` the nearest
name given that role, a descriptor (``the Scot``, ``the 24-year-old``) the
person in view, as ``he``/``she`` would be. The speaker is always a name or ``None``: a pronoun or
role noun with nothing fitting before it, or a phrase that names no one
(``police``, ``a spokesperson``), gives ``None`` — a wrong name is worse than
none. Honorifics are dropped before a given name and kept with a bare surname
(``Dr. Amal Haddad`` → ``Amal Haddad``; ``Mr Okafor`` stays). ``cue`` is the
verb as written, lower-cased (``said``, ``told``, ``according to``). See
``docs/attribution.md`` for the full rules.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple, cast

import attrs
import regex

from . import cues
from .cues import _CUE_FORMS
from .models import Quote, Span
from .names import (
    NAME_PATTERN,
    CleanName,
    Mention,
    ascii_letters,
    ascii_twin,
    clean_name,
    is_name_word,
    scan_mentions,
)
from .names import sentence_starts as _sentence_starts

__all__ = ["Attribution", "attribute", "find_split_attribution"]


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
    forms = sorted({form for forms in _CUE_FORMS.values() for form in forms})
    backwards = cues.trie_pattern(forms, from_end=True)
    return cues.CUE_PATTERN.replace(cues.trie_pattern(forms), backwards)


_S = r"[ \u00a0]"
_ABBR_OR_INITIAL = (
    r"(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|St|Sen|Rep|Gov|Gen|Col|Capt|Lt|Sgt|Insp|Det|Supt|Cllr"
    r"|Hon|Fr|Jr|Sr)\.|\p{Lu}\.(?:\p{Lu}\.)*)(?=[ \u00a0])"
)
_W = rf"(?:{_ABBR_OR_INITIAL}|[\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}'’\-]*)"
# The same word, never given back. Where nothing that may follow a word can
# start with a letter, digit, apostrophe or hyphen, giving back part of a word
# only leads to failure, and slowly: with this form the standard engine fails
# at once. (The ``regex`` engine is slower with it, so only twins use it.)
_W_WHOLE = rf"(?:{_ABBR_OR_INITIAL}|[\p{{L}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}'’\-]*+)"
# Words that end a speaker phrase after its verb: "said Ruiz on Tuesday", "said the club in…".
_TAIL_WORDS = (
    r"in|on|at|to|during|after|before|as|when|while|who|whose|which|adding|because|and|but"
    r"|that|with|via|from|outside|following|earlier|later|yesterday|today|tonight|last|this"
    r"|told|said|says|wrote|added|than|if|about|over|into|upon|through"
)
_WPOST = rf"(?!(?:{_TAIL_WORDS})(?![\p{{L}}\p{{M}}\p{{N}}'’\-])){_W}"
_APP = (  # ", the club's captain," / ", who gave 5,000 books," / " (pictured)"
    r"(?:,[ \u00a0]+(?:[^,;:.!?“”\"‘\n]|[,.](?=\d)){1,80},|[ \u00a0]*\([^()\n]{1,40}\))"
)
_LEAD = r"[ \u00a0]*(?:,|;|[—–]|-{1,2})?[ \u00a0]*"
_CUE = cues.CUE_PATTERN


def _speaker_first(word: str) -> str:
    # After a word: a space, or an appositive opening with a comma or bracket.
    return rf"{_LEAD}(?P<sp>{word}(?:{_S}+{word}){{0,7}}?)(?P<app>{_APP})?{_S}+(?P<cue>{_CUE})"


_SPEAKER_FIRST = regex.compile(_speaker_first(_W))
_CUE_FIRST = regex.compile(rf"{_LEAD}(?P<cue>{_CUE}){_S}+(?P<sp>{_WPOST}(?:{_S}+{_WPOST}){{0,7}})")
_SPEAKER_BEFORE = regex.compile(  # reverse search: tries only phrases ending at the cue
    rf"(?r)(?:(?<=^|[\s,(—–\-:;])(?P<sp>{_W}(?:{_S}+{_W}){{0,7}})(?P<app>{_APP})?{_S}*)\Z"
)
_TOKEN = re.compile(r"[^ \u00a0]+")
_CUE_BACKWARDS = regex.compile(rf"(?r)(?P<cue>{_cue_backwards()})")
_TAIL = regex.compile(
    rf"(?:{_S}+(?:(?:to|in|on|at|during|after|before|from|via|with|outside|following|inside"
    rf"|over|ahead{_S}+of|of|about|for|while|when|as){_S}+{_W}(?:{_S}+{_W}){{0,5}}"
    rf"|(?:{'|'.join(sorted(cues.ADVERBS))})|(?:last|this|next){_S}+{_W}"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))"
    rf"{{0,3}}(?:,{_S}+(?:the|a|an|his|her|its|their|who|whose|which|\p{{N}}+)"
    rf"(?![\p{{L}}])[^,.;:!?“”\"‘’\n]{{0,60}}){{0,3}}"
    rf"{_S}*(?:[,.;:!?…]|[—–]|-{{1,2}})*{_S}*\Z"
)
_OBJECT_TAIL = regex.compile(rf"(?:{_S}+{_W}){{1,4}}")
_NAME_AT_END = regex.compile(rf"(?r)(?P<name>{NAME_PATTERN}),{_S}+\Z")
_NAME_RUN = regex.compile(NAME_PATTERN)
_APPOSITIVE_AFTER = regex.compile(rf",{_S}+(?P<name>{NAME_PATTERN})(?=[,.;:!?]|{_S}*\Z)")
# Patterns with no Unicode class run on the standard engine, which is faster on them.
_INTRODUCES_NEXT = re.compile(r"[^.!?\n“”\"]{0,80}:[ \u00a0]*[“\"‘'«„]")
_PARAGRAPH = re.compile(r"\n(?:[ \t\u00a0]*\n)*[ \t\u00a0]*")
_ISSUER = regex.compile(rf"{_S}(?:from|of|by){_S}+(?:the{_S}+)?(?P<name>{NAME_PATTERN})\Z")
_YEAR_OLD = regex.compile(r"\d+-year-old")
_AFTER_COMMA = re.compile(r",[ \u00a0]+\Z")
_ROLE_SUBJECT = regex.compile(
    rf"(?:[\p{{L}}\p{{N}}, ]{{0,30}},{_S}+)?[Tt]he{_S}+(?P<role>{'|'.join(sorted(cues.ORG_ROLES))})"
    rf"{_S}+(?:has{_S}+|had{_S}+|also{_S}+|later{_S}+)?(?:{_CUE}|confirmed|announced)"
)

# Twins of the patterns every quote tries, for text whose letters are all
# ASCII (``ascii_letters``): there they find exactly what the originals find.
_SPEAKER_FIRST_ASCII = ascii_twin(_speaker_first(_W_WHOLE))
_CUE_FIRST_ASCII = ascii_twin(_CUE_FIRST.pattern)
_APPOSITIVE_AFTER_ASCII = ascii_twin(_APPOSITIVE_AFTER.pattern)
_TAIL_ASCII = ascii_twin(_TAIL.pattern)
_OBJECT_TAIL_ASCII = ascii_twin(_OBJECT_TAIL.pattern)
_NAME_RUN_ASCII = ascii_twin(NAME_PATTERN)

_ENTITY = regex.compile(
    r"&(?:[lr][sd]quo|quot|apos|laquo|raquo|bdquo|#\d{2,5}|#x[0-9a-fA-F]{2,4});"
)
_ENTITY_BACK = regex.compile(rf"(?r){_ENTITY.pattern}\Z")
_NEAR = 600  # how far back a statement named "nearby" may be (any statement-like noun)
_REACH = 3000  # how far back (in characters) a role noun or pronoun looks for its referent
_MARKS = "“”\"‘’'«»„‚‹›"
_MARKS_SPACE = _MARKS + " "
_SKIPPED_KINDS = frozenset({"scare", "title"})
_NP_PREPOSITIONS = frozenset({"for", "of", "at", "from"})
_NP_PLACES = frozenset({"on", "in"})
_NOT_SPEAKERS = frozenset({"i", "we", "you", "who", "which", "that", "this", "there"})
_CLUB_WORDS = frozenset(
    {"club", "fc", "afc", "united", "rovers", "athletic", "wanderers", "city", "town"}
)
# Words in a name that make it a business: "the company" may stand for it.
_COMPANY_WORDS = frozenset(
    {
        "inc", "ltd", "llc", "plc", "corp", "corporation", "co", "company", "group",
        "holdings", "motors", "industries", "systems", "technologies", "labs", "energy",
        "airlines", "airways", "foods", "pharmaceuticals", "pharma", "brewery", "bakery",
        "hotels", "insurance", "bancorp", "bank", "logistics", "solutions", "software",
        "retail", "mining", "stores", "homes", "estates", "properties", "media", "trading",
    }
)  # fmt: skip
_CUE_FIRST_OBJECT = frozenset({"told", "tells", "tell", "telling"})
_CONJUNCTIONS = frozenset({"and", "but", "before", "then", "while", "as"})
# Words that may open the stretch before a cue without being the speaker:
# "…, which she described as “…”", "and Ruiz said".
_LEADING = _CONJUNCTIONS | {"which", "that", "so", "because", "although", "though", "when", "if"}


# ---------------------------------------------------------------------------
# Speaker phrases.


class _Phrase(NamedTuple):
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


def _named(clean: CleanName, passive: bool = False) -> _Phrase:
    """The name phrase for a cleaned name."""
    return _Phrase(clean.name, clean.start, clean.end, "name", "", clean.words, clean.org, passive)


_new_tuple = tuple.__new__


def _fold(word: str) -> str:
    return word.casefold().removesuffix("'s").removesuffix("’s")


def _speaker_phrase(text: str, start: int, end: int) -> _Phrase | None:
    """Validate ``text[start:end]`` as a speaker phrase, trimming adverbs and auxiliaries."""
    phrase = _speaker_phrase_cached(text[start:end])
    if phrase is None or start == 0:
        return phrase
    # The cached phrase moved to ``start``; tuple.__new__ skips _Phrase's
    # Python-level __new__, which costs more than the copy itself.
    text_, s, e, kind, head, words, org, passive = phrase
    return _new_tuple(_Phrase, (text_, s + start, e + start, kind, head, words, org, passive))


@lru_cache(maxsize=1 << 14)
def _speaker_phrase_cached(text: str) -> _Phrase | None:
    """:func:`_speaker_phrase` on a whole string; offsets relative to it."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    passive = False
    while (
        tokens
        and tokens[-1][0].islower()
        and (tokens[-1][0] in cues.ADVERBS or tokens[-1][0] in cues.AUXILIARIES)
    ):
        passive = passive or tokens[-1][0] in cues.PASSIVE_AUXILIARIES
        tokens.pop()
    while len(tokens) > 1 and (
        tokens[0][0].casefold() in _LEADING or tokens[0][0].casefold() in cues.ADVERBS
    ):
        tokens.pop(0)  # "and Ruiz said", "Later the veteran said"
    if len(tokens) > 1 and tokens[-1][0].casefold() in cues.PRONOUNS:
        # "In his resignation letter he wrote": a subject pronoun just before the
        # verb is its subject, whatever opens the sentence.
        tokens = tokens[-1:]
    if not tokens or len(tokens) > 8:
        return None
    first = tokens[0][0]
    s, e = tokens[0][1], tokens[-1][2]
    if len(tokens) == 1:
        folded = first.casefold()
        if folded in cues.GROUP_NOUNS:
            return _Phrase(first, s, e, "np", head=folded, passive=passive)  # "Police"
        if folded in cues.PRONOUNS:
            return _Phrase(folded, s, e, "pronoun", passive=passive)
        if folded == "who":
            return _Phrase(folded, s, e, "relative", passive=passive)
        if folded in _NOT_SPEAKERS:
            return None
    first_folded = first.casefold()
    determiner = first_folded in cues.DETERMINERS
    possessive = first[:1].isupper() and first.endswith(("'s", "’s"))
    words = [t[0] for t in tokens]
    if first_folded == "the" and _proper_org(words[1:]):
        # "The Ministry of Defence said", "the Home Office said": the capitalised
        # words after "the" are the organisation's own name, not a role noun.
        o_start = tokens[1][1]
        org_name = text[o_start:e]
        return _Phrase(
            org_name, o_start, e, "name", words=tuple(words[1:]), org=True, passive=passive
        )
    if (determiner or possessive) and any(
        w in _NP_PREPOSITIONS or w in _NP_PLACES for w in words[1:]
    ):  # "the head of Acme", "her post on X"
        return _np(text, tokens, passive)
    if first_folded == "the" and len(words) == 2 and cues.is_descriptor(words[1]):
        return _np(text, tokens, passive)  # "the Scot", "the Frenchman": never a name
    if determiner and len(words) > 2 and words[-1].casefold() in cues.PERSON_ROLES:
        return _np(text, tokens, passive)  # "the Acme CEO": a description, not a name
    # A name run ending the phrase: "coach Ana Ruiz", "the club's captain Ana Ruiz".
    if is_name_word(words[-1]) and not words[-1].endswith(("'s", "’s")):
        ends = [tokens[-1][2]]
        if not determiner and not possessive:
            # "Ana Ruiz of Leeds University": the name before "of", if there is one;
            # "Secretary of State John Roe": otherwise the run at the end.
            for i, word in enumerate(words[1:], 1):
                if word in _NP_PREPOSITIONS:
                    ends.insert(0, tokens[i - 1][2])
                    break
        for run_end in ends:
            clean = _last_name_run(text, s, run_end)
            if clean is not None:
                if clean.words[-1].casefold() in cues.PRONOUNS:
                    return None
                if clean.words[0].casefold() in _NOT_SPEAKERS:
                    return None
                return _named(clean, passive)
        if not (determiner or possessive):
            return None
    if determiner or possessive:
        return _np(text, tokens, passive)
    return None


_ORG_LINKS = frozenset({"of", "for", "and", "on", "&"})

# A subject he/she and the word after it (a speech verb, checked against the list).
_PRONOUN_SAYS = re.compile(r"(?<![\w’'])(?P<pronoun>[Hh]e|[Ss]he)[ \u00a0]+(?P<verb>\w+)")
_SPEECH_WORDS = frozenset(cues.SPEECH_FORMS)

# Words before a name that make it the listener or the reporting outlet.
_ADDRESSED = re.compile(
    r"(?:\b(?:"
    + "|".join(sorted(cues.ADDRESS_VERBS))
    + r")|\b(?:seen|obtained|reviewed|published|reported)[ \u00a0]+by|\binterviews?[ \u00a0]+with)"
    r"(?:[ \u00a0]+the)?[ \u00a0]+\Z",
    re.IGNORECASE,
)
# The last letters of the words that pattern ends with: a necessary condition.
_ADDRESSED_ENDS = frozenset({w[-1] for w in cues.ADDRESS_VERBS} | {"y", "h", "e"})

# A sentence opening with a description in apposition to the name after it:
# "The centre's head nurse, " / "Her lawyer, " before "Petra Lind".
_APPOSITIVE_OPENING = re.compile(
    r"[\s\"“‘(]*(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \u00a0][^,.;:!?]{1,60},[ \u00a0]+"
)


def _proper_org(words: Sequence[str]) -> bool:
    """True for the words of an organisation's proper name after "the".

    Every word is capitalised or a linking word (``Ministry of Defence``,
    ``Department for Education``), it opens and ends capitalised, and it is
    more than a role: ``the Council``, ``the Prime Minister`` and ``the Scot``
    are resolved as role nouns and descriptors instead.
    """
    if not words or len(words) > 6 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    content = []
    for word in words:
        if word in _ORG_LINKS:
            continue
        if not word[:1].isupper() or word.endswith(("'s", "’s")):
            return False
        content.append(word.casefold())
    if cues.is_descriptor(words[-1]) or content[-1] in cues.PERSON_ROLES:
        return False
    roles = cues.PERSON_ROLES | cues.ORG_ROLES | cues.GROUP_NOUNS | cues.DOCUMENT_NOUNS
    return not all(word in roles for word in content)


def _last_name_run(text: str, start: int, end: int) -> CleanName | None:
    """The cleaned name run that ends exactly at ``end``, if any."""
    runs = _NAME_RUN_ASCII if ascii_letters(text, max(0, start - 1), end) else _NAME_RUN
    best = None
    for match in runs.finditer(text, start, end):
        best = match
    if best is None or best.end() != end:
        return None
    return clean_name(best.group(), best.start())


def _np(text: str, tokens: list[tuple[str, int, int]], passive: bool) -> _Phrase | None:
    if len(tokens) < 2 or len(tokens) > 8:
        return None
    s, e = tokens[0][1], tokens[-1][2]
    written = text[s:e]
    if tokens[0][0].casefold() in cues.DETERMINERS and tokens[0][0][:1].isupper():
        written = tokens[0][0].casefold() + written[len(tokens[0][0]) :]
    words = [t[0] for t in tokens]
    head = _fold(words[-1])
    # "a Ministry for Rural Affairs spokeswoman": a preposition inside a proper
    # name that modifies the last, lower-case noun does not end the head.
    inside_name = words[-1].islower()
    for i, word in enumerate(words[1:], 1):
        if inside_name and words[i - 1][:1].isupper() and word in _ORG_LINKS:
            continue
        if word in _NP_PREPOSITIONS or word in _NP_PLACES:
            head = _fold(words[i - 1])
            break
    return _Phrase(written, s, e, "np", head=head, passive=passive)


def _speaks(head: str) -> bool:
    """True for a noun that can head a speaker phrase (a role, a group, a statement)."""
    for word in (head, head[:-1] if head.endswith("s") else head):
        if (
            word in cues.PERSON_ROLES
            or word in cues.ORG_ROLES
            or word in cues.DOCUMENT_NOUNS
            or word in cues.GROUP_NOUNS
        ):
            return True
    return _YEAR_OLD.fullmatch(head) is not None or cues.is_descriptor(head.capitalize())


def _appositive_name(
    text: str, match: regex.Match[str] | re.Match[str], phrase: _Phrase
) -> _Phrase:
    """``The club's chairman, Tom Baines, said``: the name in the appositive speaks."""
    if phrase.kind != "np" or match.start("app") < 0:
        return phrase
    start, end = match.start("app") + 1, match.end("app") - 1
    while start < end and text[start] in " \u00a0(":
        start += 1
    clean = _titled_name(text, start, end)
    if clean is None or len(clean.words) < 2:
        return phrase
    return _named(clean, phrase.passive)


def _titled_name(text: str, start: int, end: int) -> CleanName | None:
    """``text[start:end]`` as a name, perhaps after lower-case title words.

    ``Tom Baines`` and ``senior midwife Dr Grace Adeyemi`` are names; ``who
    coached Ana Ruiz`` and ``a friend of Ana Ruiz`` are not (a function word
    or a preposition before the name makes it someone else).
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
    if len(lead) > 4 or not all(
        word.isalpha()
        and word.islower()
        and word not in cues.STOPWORDS
        and word not in cues.PREPOSITIONS
        for word in lead
    ):
        return None
    return clean_name(best.group(), best.start())


@lru_cache(maxsize=1024)
def _fold_cue(cue: str) -> str:
    # A handful of verb forms recur in every article: fold each once.
    return " ".join(cue.casefold().split())


def _clause(text: str, pos: int, endpos: int, fast: bool) -> tuple[_Phrase, str, int, int] | None:
    """An attribution clause starting at ``pos``: speaker-first, then cue-first.

    ``fast``: ``text[pos - 1:endpos]`` has only ASCII letters (the twins apply).
    """
    match: regex.Match[str] | re.Match[str] | None
    match = (_SPEAKER_FIRST_ASCII if fast else _SPEAKER_FIRST).match(text, pos, endpos)
    if match is not None:
        cue = _fold_cue(match.group("cue"))
        if cue != "according to":
            sp_start, sp_end = match.span("sp")
            phrase = _speaker_phrase(text, sp_start, sp_end)
            if phrase is not None and phrase.kind != "relative" and not _passive(phrase, cue):
                if phrase.kind == "np":
                    phrase = _appositive_name(text, match, phrase)
                return phrase, cue, min(phrase.start, sp_start), match.end()
    match = (_CUE_FIRST_ASCII if fast else _CUE_FIRST).match(text, pos, endpos)
    if match is not None:
        cue = _fold_cue(match.group("cue"))
        if cue not in _CUE_FIRST_OBJECT:
            phrase = _speaker_phrase(text, *match.span("sp"))
            if phrase is not None and phrase.kind == "np":
                # "said Ruiz's lawyer, Paul Grant.": the name in apposition speaks.
                appositive = _APPOSITIVE_AFTER_ASCII if fast else _APPOSITIVE_AFTER
                named = appositive.match(text, match.end("sp"), endpos)
                clean = clean_name(named.group("name"), named.start("name")) if named else None
                if clean is not None and len(clean.words) >= 2:
                    phrase = _named(clean)
            if phrase is not None and phrase.kind != "relative":
                return phrase, cue, match.start("cue"), phrase.end
    return None


# Joining split quotes and attribution ask about the same gaps. (A clause after
# a quote is asked about once, so _from_after calls _clause directly.)
_clause_after = lru_cache(maxsize=256)(_clause)


def _passive(phrase: _Phrase, cue: str) -> bool:
    return phrase.passive and cue != "quoted as saying"


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
# Resolution.


_UNNAMED = "unnamed"
_SPOKESPERSON = "spokesperson"  # a said entry: an organisation's spokesperson spoke
_SPOKESPERSON_GENDER = {"spokesman": "m", "spokeswoman": "f"}
"""The kind of a remembered speaker who is a person with no name."""


class _Said(NamedTuple):
    """A speaker found by attribution, kept as a mention for later pronouns."""

    start: int
    name: str
    kind: str
    sentence: int


class _Salient(NamedTuple):
    """The most salient entities after each mention (see :func:`_salience`).

    ``person[i]`` is the person mentioned most often up to and including
    mention ``i`` (ties go to the latest), ``male``/``female`` the same among
    people whose known gender fits (or is unknown), ``org`` among organisations.
    """

    person: list[str]
    male: list[str]
    female: list[str]
    org: list[str]


_LEDE_WEIGHT = 2  # a mention in the headline or first paragraphs counts this many times


def _salience(
    mentions: Sequence[Mention], gender: dict[str, str], paragraphs: list[int]
) -> _Salient:
    """How salient each entity is at each mention: one pass, in reading order.

    Salience is the number of mentions so far, with headline and lede
    mentions (the first two paragraphs) weighted up: the article's protagonist
    is the one it names first and most. Counts only grow, so the running
    maximum is exact.
    """
    lede = paragraphs[2] if len(paragraphs) > 2 else 1 << 62
    counts: dict[str, int] = {}
    best = ["", "", "", ""]
    out = _Salient([], [], [], [])
    for m in mentions:
        name = m.name
        if m.kind == "person" or m.kind == "org":
            score = counts.get(name, 0) + (_LEDE_WEIGHT if m.start < lede else 1)
            counts[name] = score
            if m.kind == "org":
                if score >= counts.get(best[3], 0):
                    best[3] = name
            else:
                if score >= counts.get(best[0], 0):
                    best[0] = name
                g = gender.get(name)
                if g != "f" and score >= counts.get(best[1], 0):
                    best[1] = name
                if g != "m" and score >= counts.get(best[2], 0):
                    best[2] = name
        out.person.append(best[0])
        out.male.append(best[1])
        out.female.append(best[2])
        out.org.append(best[3])
    return out


# Document nouns that a reporter's "the statement" can point back to; a website,
# a report or an interview is rarely what "it read" means.
_ISSUED = cues.DOCUMENT_NOUNS - {
    "website", "press", "blog", "update", "note", "report", "video", "interview", "speech"
}  # fmt: skip
# Searched only in a sentence or a paragraph; the standard engine on a factored
# alternation is the cheaper of the two engines here.
_DOCUMENT_WORD = re.compile(rf"\b(?:{cues.trie_pattern(sorted(_ISSUED))})\b", re.IGNORECASE)


class _Context:
    """Everything attribution precomputes once per document."""

    def __init__(self, text: str, quotes: Sequence[Quote]) -> None:
        self.text = text
        self.fast = ascii_letters(text)
        self.starts = _sentence_starts(text)
        self.paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
        spans = [span for q in quotes for span in q.spans]
        for q in quotes:
            if q.kind == "tweet" and q.spans:
                # An embedded post and its signature line stand outside the story:
                # the names there are no referents for the reporter's pronouns.
                end = text.find("\n", q.spans[-1][1])
                spans.append((q.spans[0][0], len(text) if end < 0 else end))
        spans.sort()
        gaps: list[tuple[int, int]] = []
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
        self.mentions, self.index = scan_mentions(text, gaps, self.starts)
        self.mention_starts = [m.start for m in self.mentions]
        self.kinds: dict[str, str] = {}
        for m in self.mentions:
            if m.kind != "unknown":
                self.kinds.setdefault(m.name, m.kind)
        self.said: list[_Said] = []
        self.said_starts: list[int] = []
        self.unnamed_starts: list[int] = []
        self.document_said: set[int] = set()  # where a statement or letter was the speaker
        self.spokesperson_gender: dict[int, str] = {}  # where a spokesperson spoke: m, f or ""
        self.gender: dict[str, str] = dict(self.index.gender)
        self.salient = _salience(self.mentions, self.gender, self.paragraphs)
        self._gaps = gaps
        self._gap_starts = [start for start, _ in gaps]
        self.by_name: dict[str, tuple[list[int], list[Span]]] | None = None

    def sentence(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def latest_document(self, lo: int, hi: int, noun: str | None = None) -> Span | None:
        """The last statement-like noun (or ``noun``) in ``text[lo:hi]``, outside quotes.

        Searched on demand in a bounded window, never over the whole article:
        most quotes need no document at all, and ``str.rfind`` for one known
        noun costs next to nothing.
        """
        text = self.text
        lo = max(0, lo)
        if noun is not None:
            size, at = len(text), hi
            while True:
                at = text.rfind(noun, lo, at)
                if at < 0:
                    return None
                end = at + len(noun)
                if (
                    (at == 0 or not text[at - 1].isalpha())
                    and (end >= size or not text[end].isalpha())
                    and self._outside_quotes(at)
                ):
                    return (at, end)
        found: Span | None = None
        for match in _DOCUMENT_WORD.finditer(text, lo, hi):
            if self._outside_quotes(match.start()):
                found = match.span()
        return found

    def _outside_quotes(self, pos: int) -> bool:
        """True when ``pos`` lies in the reporter's text, not inside a quote or post."""
        gaps = self._gaps
        i = bisect_right(self._gap_starts, pos) - 1
        return i >= 0 and pos < gaps[i][1]

    def previous_sentence(self, sentence: int) -> int:
        """The sentence before ``sentence``, skipping blank lines; -1 at the start."""
        starts, text = self.starts, self.text
        previous = sentence - 1
        while previous >= 0 and not text[starts[previous] : starts[previous + 1]].strip():
            previous -= 1
        return previous

    def latest_mention(self, name: str, limit: int) -> Span | None:
        """Where ``name`` was last mentioned before ``limit`` (else its first mention)."""
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
        found = by_name.get(name)
        if found is None:
            return None
        i = bisect_left(found[0], limit) - 1
        return found[1][max(0, i)]

    def mention_of(self, speaker: str | None, phrase: _Phrase) -> Span | None:
        """The span naming ``speaker``: the phrase itself when it is a name, else its referent."""
        if speaker is None:
            return None
        if phrase.kind == "name" and phrase.end > phrase.start:
            return (phrase.start, phrase.end)
        found = self.latest_mention(speaker, phrase.start)
        if found is None:
            # "A Ministry for Rural Affairs spokeswoman": named inside the phrase only.
            at = self.text.find(speaker, phrase.start, phrase.end)
            if at >= 0:
                return (at, at + len(speaker))
        return found

    def paragraph(self, pos: int) -> int:
        return bisect_right(self.paragraphs, pos) - 1

    def mention_at(self, start: int) -> Mention | None:
        i = bisect_left(self.mention_starts, start)
        if i < len(self.mentions) and self.mentions[i].start == start:
            return self.mentions[i]
        return None

    def resolve(self, phrase: _Phrase, limit: int) -> str | None:
        """The speaker a phrase stands for, from names mentioned before ``limit``."""
        if phrase.kind == "name":
            # self.mention_at(phrase.start), without the call
            mentions = self.mentions
            i = bisect_left(self.mention_starts, phrase.start)
            if i < len(mentions):
                mention = mentions[i]
                if mention.start == phrase.start and len(mention.name) >= len(phrase.text):
                    return mention.name
            return self.index.expand(phrase.text, phrase.words)
        if phrase.kind == "pronoun":
            return self._pronoun(phrase.text, limit)
        if phrase.kind == "np":
            return self._role(phrase, limit)
        return None

    def _pronoun(self, pronoun: str, limit: int, documents: bool = True) -> str | None:
        """``he``/``she`` → a person in view; ``it``/``they`` → an organisation in view.

        ``documents``: whether ``it`` may stand for a statement named nearby
        (False when resolving the owner of a statement, which would loop).
        """
        if pronoun in ("he", "she"):
            return self._person(limit, "m" if pronoun == "he" else "f")
        role = self._role_subject(limit)
        if role is not None:
            # "The club said it would act. “…,” it read.": the role noun's referent.
            named = self._role(_Phrase(f"the {role}", 0, 0, "np", head=role), limit)
            if named is not None:
                return named
        if pronoun == "it" and documents:
            # "“…,” the letter reads. It goes on: “…”": the document just quoted.
            j = bisect_left(self.said_starts, limit) - 1
            if (
                j >= 0
                and self.said[j].start in self.document_said
                and self.paragraph(limit) - self.paragraph(self.said[j].start) <= 1
            ):
                return self.said[j].name
            # "The post opens with an admission: “…” It then moves on: “…”": the
            # document the sentence before is about speaks for its issuer.
            here = self.sentence(limit)
            for sentence in (here, self.previous_sentence(here)):
                if sentence >= 0:
                    issuer = self._document_subject(sentence, limit)
                    if issuer is not None:
                        return issuer
        # "the council's statement struck a conciliatory note. “…,” it said.":
        # a statement named in this sentence or the one before speaks for its issuer.
        here = self.sentence(limit)
        floor = self.starts[max(0, self.previous_sentence(here))]
        floor = max(floor, limit - _NEAR)  # a sentence can run on for ever in odd text
        document = self.latest_document(floor, limit) if documents else None
        if document is not None:
            issuer = self._issuer_at(document[0])
            if issuer is not None and issuer in self.index.orgs:
                return issuer
        found = self._org(limit, None, 3 if pronoun == "it" else 1)
        if found is not None or pronoun != "it":
            return found
        return self.salient_org(limit)

    def _document_subject(self, sentence: int, limit: int) -> str | None:
        """The issuer of a statement or post that opens ``sentence`` as its subject."""
        lo = self.starts[sentence]
        document = self.latest_document(lo, min(limit, lo + 40))
        if document is None:
            return None
        start, end = document
        noun = self.text[start:end].casefold()
        opening = self.text[lo:start].split()
        if not opening or len(opening) > 3:
            return None
        first = opening[0].strip('“"‘').casefold()
        if first not in ("the", "its", "his", "her", "their") and not first.endswith(("'s", "’s")):
            return None
        phrase = _Phrase(f"the {noun}", lo, end, "np", head=noun)
        return self._issuer(phrase, limit)

    def salient_person(self, limit: int, gender: str | None) -> str | None:
        """The most salient person mentioned before ``limit`` whose gender fits."""
        i = bisect_left(self.mention_starts, limit) - 1
        if i < 0:
            return None
        salient = self.salient
        table = (
            salient.person if gender is None else salient.male if gender == "m" else salient.female
        )
        return table[i] or None

    def salient_org(self, limit: int) -> str | None:
        """The most salient organisation mentioned before ``limit``."""
        i = bisect_left(self.mention_starts, limit) - 1
        name = self.salient.org[i] if i >= 0 else ""
        if not name:
            return None
        latest = self.latest_mention(name, limit)
        if latest is not None and self._addressed(latest[0]):
            return None  # only ever the outlet someone spoke to
        return name

    def _possessor(self, start: int, end: int, limit: int) -> str | None:
        """The owner named just before a noun at ``end``: ``its``, ``her``, ``the club's``.

        Up to two lower-case modifiers may stand between (``the club's earlier
        apology``, ``their official statement``).
        """
        text = self.text
        words = list(_TOKEN.finditer(text, start, end))
        k = len(words)
        for _ in range(3):
            if k == 0:
                return None
            word = words[k - 1].group()
            folded = word.casefold()
            if folded in ("its", "their"):
                return self._pronoun("it", limit, documents=False)
            if folded in ("his", "her"):
                return self._person(limit, "m" if folded == "his" else "f")
            if folded.endswith(("'s", "’s", "s'", "s’")):
                owner_end = words[k - 1].end() - (2 if folded.endswith("s") else 1)
                if word[:1].isupper():
                    clean = _last_name_run(text, max(start, owner_end - 60), owner_end)
                    if clean is None:
                        return None
                    return self.index.expand(clean.name, clean.words)
                head = _fold(word)
                if k >= 2 and words[k - 2].group().casefold() == "the":
                    return self._role(_Phrase(f"the {head}", 0, 0, "np", head=head), limit)
                return None
            if not word.islower() or folded in cues.DETERMINERS or folded in cues.PREPOSITIONS:
                return None
            k -= 1
        return None

    def _issuer(self, phrase: _Phrase, limit: int) -> str | None:
        """Who issued the statement, post or letter a phrase names.

        Its owner when the phrase has one (``its statement``, ``the club's
        apology``); else the issuer of the same kind of document the reporter
        mentioned last (``Ruiz said in a statement``, ``the 51-year-old issued
        a statement``); else the latest speaker nearby; else the most salient
        organisation.
        """
        text = self.text
        head_at = -1
        for token in _TOKEN.finditer(text, phrase.start, phrase.end):
            if _fold(token.group()) == phrase.head:
                head_at = token.start()
                break
        if head_at > phrase.start:
            owner = self._possessor(phrase.start, head_at, limit)
            if owner is not None:
                return owner
        floor = limit - _REACH
        same = self.latest_document(floor, phrase.start, phrase.head)
        if same is not None:
            found = self._issuer_at(same[0])
            if found is not None:
                return found
        # "The club for its part said … “…”, the statement read.": no statement
        # named before, so the entity the last sentences are about issued it.
        here = self.sentence(phrase.start)
        for sentence in (here, self.previous_sentence(here)):
            if sentence >= 0:
                subject = self._subject_of(sentence, phrase.start)
                if subject is not None:
                    return subject
        near = self.paragraphs[max(0, self.paragraph(phrase.start) - 2)]
        other = self.latest_document(max(floor, near, phrase.start - _NEAR), phrase.start)
        if other is not None:
            found = self._issuer_at(other[0])
            if found is not None:
                return found
        return self._author(limit) or self.salient_org(limit)

    def _issuer_at(self, start: int) -> str | None:
        """Who issued the document the reporter mentions at ``start``."""
        sentence = self.sentence(start)
        lo = self.starts[sentence]
        owner = self._possessor(max(lo, start - 80), start, start)
        if owner is not None:
            return owner
        # An attribution in the same sentence: "Brackenhill said in a statement".
        k = bisect_right(self.said_starts, start) - 1
        for said in self.said[max(0, k) : k + 2]:
            if said.sentence == sentence and said.kind != _UNNAMED:
                return said.name
        return self._subject_of(sentence, start)

    def _subject_of(self, sentence: int, limit: int) -> str | None:
        """The person or organisation a sentence is about: its opening description or first name."""
        lo = self.starts[sentence]
        described = self._opening_description(lo, limit)
        if described is not None:
            return described
        mentions = self.mentions
        i = bisect_left(self.mention_starts, lo)
        stop = min(len(mentions), i + 8)
        while i < stop and mentions[i].start < limit:
            m = mentions[i]
            i += 1
            if m.kind in ("person", "org") and m.subject and not self._addressed(m.start):
                following = mentions[i] if i < stop else None
                if (
                    m.kind == "org"
                    and following is not None
                    and following.kind == "person"
                    and following.roles
                    and following.start - m.end < 30
                    and not self.text[m.end : following.start].strip(" \u00a0").count(" ")
                ):
                    continue  # "School principal Rafe Draycott": the person is the subject
                return m.name
        return self._pronoun_subject(lo, limit)

    def _pronoun_subject(self, lo: int, limit: int) -> str | None:
        """``In a letter to residents, she says…``: a he/she reporting in the sentence.

        A sentence naming nobody as its subject is about the person its
        subject pronoun stands for, when that pronoun heads a speech verb.
        """
        text = self.text
        for found in _PRONOUN_SAYS.finditer(text, lo, min(limit, lo + 200)):
            if found.group("verb").casefold() in _SPEECH_WORDS:
                pronoun = found.group("pronoun").casefold()
                return self._person(found.start(), "m" if pronoun == "he" else "f")
        return None

    def _opening_description(self, lo: int, limit: int, gender: str | None = None) -> str | None:
        """``The fiery Portuguese, …`` / ``But the 51-year-old …``: the described entity.

        A sentence opening with a definite description of a person or an
        organisation is about the entity the description resolves to.
        """
        tokens = _TOKEN.findall(self.text, lo, min(limit, lo + 80))
        k = 0
        while (
            k < len(tokens)
            and k < 3
            and (
                tokens[k].casefold().strip(",") in _LEADING or tokens[k].casefold() in cues.ADVERBS
            )
        ):
            k += 1
        if k >= len(tokens) or tokens[k].casefold() != "the":
            return None
        for word in tokens[k + 1 : k + 5]:
            bare = word.strip(',.;:“”"‘’()')
            head = _fold(bare)
            if head in cues.ORG_ROLES and not word.endswith(("'s", "’s")):
                return self._role(_Phrase(f"the {head}", 0, 0, "np", head=head), limit)
            if (
                head in cues.PERSON_DESCRIPTIONS
                or head in cues.DESCRIPTOR_NOUNS
                or _YEAR_OLD.fullmatch(head) is not None
                or cues.is_descriptor(bare)
            ):
                if head in cues.PERSON_ROLES:
                    titled = self._titled(limit, head)
                    if titled is not None:
                        return titled
                return self.salient_person(limit, gender or cues.descriptor_gender(bare))
            if word.endswith(",") or (bare.islower() and bare in cues.STOPWORDS):
                return None
        return None

    def _role_subject(self, limit: int) -> str | None:
        """The organisation role noun (``club``) that opens this sentence or the one before."""
        here = self.sentence(limit)
        for sentence in (here, self.previous_sentence(here)):
            if sentence < 0:
                break
            start = self.starts[sentence]
            opening = _ROLE_SUBJECT.match(self.text, start, min(limit, start + 80))
            if opening is not None:
                return opening.group("role").casefold()
        return None

    def _person(self, limit: int, gender: str | None) -> str | None:
        """The person a pronoun or a descriptor (``the Scot``) before ``limit`` stands for.

        The first subject-like person in the nearest earlier sentence naming
        one, unless that is only a name in a clause fronting this very sentence
        (``Asked if Mensah would start, he said``) or only objects and
        possessives: then the latest speaker, if one spoke in this paragraph
        or the one before; otherwise None.
        """
        name, pos = self._nearest_person(limit, gender)
        unnamed = self._unnamed_since(limit)
        if name is not None and pos > unnamed and not self._fronted(pos, limit):
            # "The fiery Portuguese … laid into official Tom Hale. He said:": the
            # sentence is about its opening description, not the name further on.
            sentence = self.sentence(pos)
            if _APPOSITIVE_OPENING.fullmatch(self.text, self.starts[sentence], pos):
                return name  # "The centre's head nurse, Petra Lind, added": the name is it
            described = self._opening_description(self.starts[sentence], pos, gender)
            if described is not None and (
                gender is None or self.gender.get(described, gender) == gender
            ):
                return described
            return name
        speaker = self._recent_speaker(limit, gender)
        if speaker is not None:
            return speaker
        if name is not None and pos > unnamed and self._fronted(pos, limit):
            # "Asked whether Baines would go, she said": someone before that clause.
            start = self.starts[self.sentence(limit)]
            earlier, at = self._nearest_person(start, gender)
            if earlier is not None and at > unnamed:
                return earlier
        if name is not None:
            return name if pos > unnamed else None
        return self.salient_person(limit, gender) if unnamed < 0 else None

    def _unnamed_since(self, limit: int) -> int:
        """Where the latest unnamed speaker (``One teacher said``) before ``limit`` was
        attributed, in this paragraph or the one before; -1 when there is none.

        A pronoun after such a speaker most likely stands for them, so no
        earlier name may be given to it: a wrong name is worse than none.
        """
        floor = self.paragraphs[max(0, self.paragraph(limit) - 1)]
        j = bisect_left(self.unnamed_starts, limit) - 1
        # One bisection over the unnamed speakers alone: walking back over every
        # earlier speaker in the paragraph made a paragraph of n pronoun quotes
        # cost n^2.
        if j >= 0 and self.unnamed_starts[j] >= floor:
            return self.unnamed_starts[j]
        return -1

    def _fronted(self, pos: int, limit: int) -> bool:
        """True when ``pos`` lies in a clause that fronts the sentence of ``limit``.

        ``Asked if Mensah would start, he said``: the sentence opens with a
        function word or a participle (``Asked``, ``When``, ``Speaking``), and
        the pronoun or descriptor at ``limit`` opens the main clause right
        after a comma (not ``…, which he described``).
        """
        text = self.text
        start = self.starts[self.sentence(limit)]
        if pos < start or _AFTER_COMMA.search(text, max(start, limit - 4), limit) is None:
            return False
        here = text[limit : limit + 12].split()
        if not here or (here[0] not in cues.PRONOUNS and here[0].casefold() != "the"):
            return False
        opening = text[start:pos].lstrip(' \u00a0"“‘(').split(maxsplit=1)
        if not opening:
            return False
        first = opening[0].casefold()
        return first in cues.STOPWORDS or first.endswith(("ed", "ing"))

    def _recent_speaker(self, limit: int, gender: str | None) -> str | None:
        """The latest person attributed in this paragraph or the one before, or None."""
        floor = self.paragraphs[max(0, self.paragraph(limit) - 1)]
        j = bisect_left(self.said_starts, limit) - 1
        while j >= 0 and self.said[j].start >= floor:
            said = self.said[j]
            j -= 1
            if said.kind == _UNNAMED:
                return None  # the latest speaker has no name
            if said.kind == _SPOKESPERSON:
                if self._spokesperson_fits(said.start, gender):
                    return said.name
                continue
            if said.kind != "person":
                continue
            if gender is not None and self.gender.get(said.name, gender) != gender:
                continue
            return said.name
        return None

    def _nearest_person(self, limit: int, gender: str | None) -> tuple[str | None, int]:
        """The first subject-like person in the nearest earlier sentence naming one.

        Returns the name and where it is mentioned; ``(None, -1)`` when that
        sentence has only objects and possessives, or no sentence in reach
        names a person.
        """
        floor = limit - _REACH // 2
        best_sentence = -1
        found: list[tuple[int, str, bool]] = []
        mentions, said_list, genders = self.mentions, self.said, self.gender
        i = bisect_left(self.mention_starts, limit) - 1
        j = bisect_left(self.said_starts, limit) - 1
        while i >= 0 or j >= 0:
            if j >= 0 and (i < 0 or said_list[j].start > mentions[i].start):
                said = said_list[j]
                j -= 1
                pos, name, kind, sentence = said
                subject = True
            else:
                m = mentions[i]
                i -= 1
                pos, name, kind, sentence, subject = m.start, m.name, m.kind, m.sentence, m.subject
            if pos < floor or (best_sentence >= 0 and sentence != best_sentence):
                break
            if kind == _SPOKESPERSON and self._spokesperson_fits(pos, gender):
                best_sentence = sentence
                found.append((pos, name, True))
                continue
            if kind != "person":
                continue
            if gender is not None and genders.get(name, gender) != gender:
                continue
            best_sentence = sentence
            found.append((pos, name, subject))
        if not found:
            return None, -1
        found.sort()
        for pos, name, subject in found:
            if subject:
                return name, pos
        return None, -1  # only objects and possessives ("O’Neill’s bar")

    def _spokesperson_fits(self, pos: int, gender: str | None) -> bool:
        """True when the spokesperson who spoke at ``pos`` can be ``he``/``she``.

        Only a spokesman or spokeswoman can: a writer calls a genderless
        ``spokesperson`` neither, so the pronoun is someone else's.
        """
        return gender is None or self.spokesperson_gender.get(pos, "") == gender

    def _org(self, limit: int, role: str | None, paragraphs: int) -> str | None:
        """The nearest earlier organisation (fitting ``role`` when given)."""
        found = self._org_mention(limit, role, paragraphs)
        return found.name if found is not None else None

    def _org_mention(self, limit: int, role: str | None, paragraphs: int) -> Mention | None:
        """The nearest organisation before ``limit``; for a role, the most salient that fits.

        ``the company`` after ``Harlan Motors … analysts at Brockway Bank`` is
        the company the article is about, not the last one named.
        """
        floor = max(self.paragraphs[max(0, self.paragraph(limit) - paragraphs)], limit - _REACH)
        i = bisect_left(self.mention_starts, limit) - 1
        best: Mention | None = None
        best_count = 0
        while i >= 0 and self.mentions[i].start >= floor:
            m = self.mentions[i]
            i -= 1
            if m.kind != "org":
                continue
            if role is not None and (role in m.roles or _name_fits_role(m.name, role)):
                if best is not None and m.name == best.name:
                    continue
                count = self._mentions_before(m.name, limit)
                if count >= best_count:  # a tie goes to the one the article named first
                    best, best_count = m, count
            if role is None and not self._addressed(m.start):
                return m
        return best

    def _mentions_before(self, name: str, limit: int) -> int:
        """How often ``name`` was mentioned before ``limit``."""
        if self.by_name is None:
            self.latest_mention(name, limit)  # builds the index
        found = self.by_name.get(name) if self.by_name is not None else None
        if found is None:
            return 0
        lede = self.paragraphs[2] if len(self.paragraphs) > 2 else len(self.text)
        return bisect_left(found[0], limit) + (_LEDE_WEIGHT - 1) * bisect_left(found[0], lede)

    def _addressed(self, start: int) -> bool:
        """True when the name at ``start`` is who was spoken to or who reports.

        ``told the Daily Post``, ``seen by the Harbour Times``, ``in an
        interview with Radio Wend``: an outlet or listener is not one that can
        speak in the next quote; ``it`` or ``the group`` never resolves to it.
        """
        # The pattern ends in spaces after one of a few words: a look at the last
        # letter before the spaces rules out most names without running it
        # (compiled, per generated article: 62k instructions → 45k).
        text = self.text
        lo = max(0, start - 40)
        stripped = text[lo:start].rstrip(" \u00a0")
        if not stripped or len(stripped) == start - lo:
            return False
        if stripped[-1].casefold() not in _ADDRESSED_ENDS:
            return False
        return _ADDRESSED.search(text, lo, start) is not None

    def _role(self, phrase: _Phrase, limit: int) -> str | None:
        """A role noun phrase resolved to an earlier name, or None."""
        head = phrase.head
        definite = phrase.text.startswith(("the ", "its "))
        resolved: str | None = None
        if head in cues.DOCUMENT_NOUNS:
            # "a statement from Rovers FC said": whoever the statement is from.
            issuer = _ISSUER.search(phrase.text)
            clean = clean_name(issuer.group("name")) if issuer is not None else None
            if clean is not None:
                return self.index.expand(clean.name, clean.words)
        if head in cues.SPOKESPERSON_NOUNS:
            return self._spoken_for(phrase, limit)
        if head in cues.DOCUMENT_NOUNS and (
            definite
            or phrase.text.split()[0] in cues.DETERMINERS
            or phrase.text.split()[0].endswith(("'s", "’s"))
        ):
            return self._issuer(phrase, limit)
        if definite and _YEAR_OLD.fullmatch(head):
            resolved = self._aged(head.split("-", 1)[0], limit) or self._person(limit, None)
        elif definite and head in cues.PERSON_ROLES:
            resolved = self._titled(limit, head, _modifiers(phrase.text))
            if resolved is None and (
                head in cues.DESCRIPTOR_NOUNS or head in cues.PERSON_DESCRIPTIONS
            ):
                resolved = self._person(limit, None)  # "the veteran": as he/she
                if resolved is None:
                    resolved = self.salient_person(limit, None)
        elif definite and head in cues.PERSON_DESCRIPTIONS:
            # "the singer-songwriter", "the chart-topper": the person in view.
            resolved = self._person(limit, None) or self.salient_person(limit, None)
        elif definite and cues.is_descriptor(phrase.text.split()[-1]):
            # "the Scot", "the Frenchman": the person already in view, as he/she.
            if not self._described_other(phrase.text.split()[-1], limit):
                resolved = self._person(limit, cues.descriptor_gender(head))
        elif definite and head in cues.ORG_ROLES:
            resolved = self._org(limit, head, 1000)  # the whole reach back
            if resolved is None and head in cues.GENERIC_ORG_ROLES:
                resolved = self._org(limit, None, 3)
            if resolved is None:
                resolved = self.salient_org(limit)  # "the authority": the article's organisation
        return resolved

    def _aged(self, age: str, limit: int) -> str | None:
        """The person the article gave this age: ``Ruiz, 41,`` / ``41-year-old Ana Ruiz``."""
        text = self.text
        floor = max(0, limit - _REACH)
        mentions, starts = self.mentions, self.mention_starts
        for written, after in (
            (f", {age},", False),
            (f" ({age})", False),
            (f"{age}-year-old ", True),
        ):
            at = text.rfind(written, floor, limit)
            if at < 0:
                continue
            # After "41-year-old " the name follows; before ", 41," it ends there.
            i = bisect_left(starts, at + len(written)) if after else bisect_left(starts, at) - 1
            if 0 <= i < len(mentions):
                m = mentions[i]
                near = m.start == at + len(written) if after else m.end == at
                if near and m.kind == "person":
                    return m.name
        return None

    def _spoken_for(self, phrase: _Phrase, limit: int) -> str | None:
        """The organisation a spokesperson speaks for: named, described, or the most salient.

        ``an Acme spokesperson``, ``a spokesperson for the club``, ``a company
        spokesman``: a spokesperson's words are the organisation's.
        """
        text = self.text
        words = [t for t in _TOKEN.finditer(text, phrase.start, phrase.end)]
        named = self._org_before_spokesperson(words)
        if named is not None:
            return named
        for i, token in enumerate(words):
            word = token.group()
            folded = word.casefold()
            if folded in cues.SPOKESPERSON_NOUNS:
                continue
            if folded in ("for", "of", "at") and i + 1 < len(words):
                rest = _speaker_phrase(text, words[i + 1].start(), phrase.end)
                if rest is not None and rest.kind in ("name", "np"):
                    found = self.resolve(rest, limit)
                    if found is not None:
                        return found
                break
            if word[:1].isupper() and folded not in cues.DETERMINERS:
                clean = clean_name(
                    word.rstrip(",").removesuffix("'s").removesuffix("’s"), token.start()
                )
                if clean is not None:
                    return self.index.expand(clean.name, clean.words)
            if folded in cues.ORG_ROLES:
                named = self._role(_Phrase(f"the {folded}", 0, 0, "np", head=folded), limit)
                if named is not None:
                    return named
        return self.salient_org(limit)

    def _org_before_spokesperson(self, words: Sequence[re.Match[str]]) -> str | None:
        """``A Ministry for Rural Affairs spokeswoman``: the proper name before the noun.

        A name of several words linked by ``of``/``for``/``and`` is the
        organisation's whole name, not its first word.
        """
        k = next(
            (i for i, t in enumerate(words) if t.group().casefold() in cues.SPOKESPERSON_NOUNS), -1
        )
        lo = 1 if words and words[0].group().casefold() in cues.DETERMINERS else 0
        if k - lo < 3:
            return None  # one or two words: the word-by-word rule below handles them
        run = [t.group() for t in words[lo:k]]
        if not _proper_org(run):
            return None
        clean = clean_name(self.text[words[lo].start() : words[k - 1].end()], words[lo].start())
        if clean is None:
            return None
        return self.index.expand(clean.name, clean.words)

    def _described_other(self, word: str, limit: int) -> bool:
        """True when ``the <word>`` already stood for someone else in this or the last sentence.

        ``Royce met the Australian. The Australian said:`` — the descriptor is
        the one Royce met, not Royce. An earlier use as a speaker (``said the
        Dane``) or as a sentence's subject does not count.
        """
        sentence = self.sentence(limit)
        lo = self.starts[max(0, sentence - 1)]
        pattern = re.compile(rf"(?<![\w])[Tt]he[ \u00a0]+{re.escape(word)}(?![\w])")
        for found in pattern.finditer(self.text, lo, limit):
            start = found.start()
            if start in self.starts or self.text[lo:start].strip() == "":
                continue
            i = bisect_left(self.said_starts, start - 30)
            if i < len(self.said_starts) and self.said_starts[i] <= start:
                continue  # it spoke there ("said the Dane"): the same person
            return True
        return False

    def _titled(self, limit: int, role: str, modifiers: Sequence[str] = ()) -> str | None:
        """The latest earlier person given ``role`` (within a long article's reach).

        A person given a kindred title (``ROLE_KIN``: a manager is a boss, an
        education secretary a minister) fits when nobody was given ``role``
        itself. ``modifiers`` (``the Harlow boss``) must be written just before
        the person's title (``Harlow Town manager Ben Ekwueme``); when nobody
        fits them, the modifiers are ignored.
        """
        kin = cues.ROLE_KIN.get(role, frozenset())
        floor = limit - _REACH
        mentions, roles = self.mentions, self.index.roles
        exact: str | None = None
        kindred: str | None = None
        i = bisect_left(self.mention_starts, limit) - 1
        while i >= 0 and mentions[i].start >= floor:
            m = mentions[i]
            i -= 1
            if m.kind != "person":
                continue
            known = roles.get(m.name, set())
            if role in m.roles or role in known:
                if not modifiers or self._modified_by(i + 1, modifiers):
                    exact = m.name
                    break
            elif (
                kindred is None
                and (not kin.isdisjoint(m.roles) or not kin.isdisjoint(known))
                and (not modifiers or self._modified_by(i + 1, modifiers))
            ):
                kindred = m.name
        found = exact or kindred
        if found is None and modifiers:
            return self._titled(limit, role)
        return found

    def _modified_by(self, i: int, modifiers: Sequence[str]) -> bool:
        """True when every modifier is written before mention ``i``, in its sentence and
        after any other person named there (``Harlow Town manager Ben Ekwueme``)."""
        m = self.mentions[i]
        lo = self.starts[m.sentence]
        k = i - 1
        while k >= 0 and self.mentions[k].sentence == m.sentence:
            if self.mentions[k].kind == "person":  # someone else's title ends there
                lo = max(lo, self.mentions[k].end)
                break
            k -= 1
        before = self.text[lo : m.start]
        return all(
            re.search(rf"(?<!\w){re.escape(word)}(?!\w)", before) is not None for word in modifiers
        )

    def _author(self, limit: int) -> str | None:
        """Whoever issued a statement: the latest speaker or organisation nearby."""
        floor = max(self.paragraphs[max(0, self.paragraph(limit) - 2)], limit - _REACH)
        j = bisect_left(self.said_starts, limit) - 1
        said = self.said[j] if j >= 0 and self.said[j].start >= floor else None
        org = self._org_mention(limit, None, 2)
        if said is None:
            return org.name if org is not None else None
        if org is None:
            return said.name
        return said.name if said.start > org.start else org.name

    def remember(self, name: str, pos: int, phrase: _Phrase) -> None:
        """Keep a resolved speaker as a mention at ``pos``, for later pronouns."""
        if phrase.kind == "pronoun":
            kind = "org" if phrase.text in ("it", "they") else "person"
            if phrase.text in ("he", "she"):
                self.gender.setdefault(name, "m" if phrase.text == "he" else "f")
        elif phrase.kind == "name" and phrase.org:
            kind = "org"
        elif phrase.head in cues.SPOKESPERSON_NOUNS:
            # "a council spokeswoman said … she added": a person speaking for it.
            kind = _SPOKESPERSON
            self.spokesperson_gender[pos] = _SPOKESPERSON_GENDER.get(phrase.head, "")
        else:
            if phrase.head in cues.DOCUMENT_NOUNS:
                self.document_said.add(pos)
            kind = self.kinds.get(name, "person" if phrase.kind == "name" else "np")
        sentence = bisect_right(self.starts, pos) - 1  # self.sentence(pos), without the call
        said = _new_tuple(_Said, (pos, name, kind, sentence))
        starts = self.said_starts
        if not starts or starts[-1] <= pos:  # _add_said's usual case, without the call
            self.said.append(said)
            starts.append(pos)
        else:
            self._add_said(said)

    def _add_said(self, said: _Said) -> None:
        starts = self.said_starts
        if not starts or starts[-1] <= said.start:  # the usual case: in reading order
            self.said.append(said)
            starts.append(said.start)
            return
        at = bisect_right(starts, said.start)
        self.said.insert(at, said)
        starts.insert(at, said.start)

    def remember_unnamed(self, pos: int, phrase: _Phrase) -> None:
        """Keep a speaker who is a person but has no name (``A spokesman said``)."""
        head = phrase.head
        if phrase.kind != "np" or head in cues.ORG_ROLES or head in cues.DOCUMENT_NOUNS:
            return
        if head in cues.GROUP_NOUNS:
            return
        self._add_said(_Said(pos, "", _UNNAMED, self.sentence(pos)))
        starts = self.unnamed_starts
        starts.insert(bisect_right(starts, pos), pos)

    def remember_plain(self, name: str, pos: int) -> None:
        """Keep a speaker that no clause named (a continuation) for later pronouns."""
        kind = self.kinds.get(name, "person")
        self._add_said(_Said(pos, name, kind, self.sentence(pos)))


def _modifiers(written: str) -> tuple[str, ...]:
    """The capitalised words between the determiner and the head: ``the Harlow boss``.

    >>> _modifiers("the Harlow boss"), _modifiers("the club's new boss")
    (('Harlow',), ())
    """
    words = written.split()[1:-1]
    return tuple(
        w for w in words if w[:1].isupper() and not w.endswith(("'s", "’s")) and w.isalpha()
    )


def _name_fits_role(name: str, role: str) -> bool:
    words = {w.casefold() for w in name.split()}
    if role in ("club", "side", "team", "squad"):
        return bool(words & _CLUB_WORDS)
    if role in cues.GENERIC_ORG_ROLES and words & _COMPANY_WORDS:
        return True  # "the company": "Pellham Foods", "Acme Holdings plc"
    return role in words


# ---------------------------------------------------------------------------
# Finding the clause for one quote.


def _skip_marks_forward(text: str, pos: int) -> int:
    """Past the closing mark(s) at ``pos``: one or two mark characters or an HTML entity."""
    if text.startswith("&", pos):
        entity = _ENTITY.match(text, pos)
        return entity.end() if entity is not None else pos
    size = len(text)
    if pos < size and text[pos] in _MARKS:  # at most two marks
        pos += 1
        if pos < size and text[pos] in _MARKS:
            pos += 1
    return pos


def _skip_marks_back(text: str, pos: int) -> int:
    """Before the opening mark(s) that end at ``pos``."""
    if pos > 0 and text[pos - 1] == ";":
        entity = _ENTITY_BACK.search(text, max(0, pos - 10), pos)
        return entity.start() if entity is not None else pos
    if pos > 0 and text[pos - 1] in _MARKS:  # at most two marks
        pos -= 1
        if pos > 0 and text[pos - 1] in _MARKS:
            pos -= 1
    return pos


def _from_gaps(ctx: _Context, spans: Sequence[Span]) -> tuple[_Phrase, str | None, int] | None:
    text = ctx.text
    for (_, e), (s, _) in pairwise(spans):
        start, end = _skip_marks_forward(text, e), _skip_marks_back(text, s)
        if end - start > 160 or end <= start or text.find("\n", start, end) >= 0:
            continue
        found = _clause_after(text, start, end, ctx.fast)
        if found is not None:
            return found[0], found[1], found[2]
    return None


def _from_after(ctx: _Context, end: int) -> tuple[_Phrase, str | None, int] | None:
    text = ctx.text
    size = len(text)
    pos = end
    if pos < size and text[pos] in _MARKS:  # _skip_marks_forward, without the call
        pos += 1
        if pos < size and text[pos] in _MARKS:
            pos += 1
    elif text.startswith("&", pos):
        pos = _skip_marks_forward(text, pos)
    stop = min(size, pos + 200)
    newline = text.find("\n", pos, stop)
    if newline >= 0:
        stop = newline
    found = _clause(text, pos, stop, ctx.fast)
    if found is None:
        return None
    phrase, cue, clause_start, clause_end = found
    inside = text[max(0, end - 2) : end].rstrip(_MARKS_SPACE)
    if inside.endswith((".", "!", "?", "…")) and _INTRODUCES_NEXT.match(text, clause_end, stop):
        return None  # "“….” Ruiz said: “…”" introduces the next quote
    return phrase, cue, clause_start


def _from_before(ctx: _Context, start: int, floor: int) -> tuple[_Phrase, str | None, int] | None:
    text = ctx.text
    open_pos = _skip_marks_back(text, start)
    para_start = ctx.paragraphs[ctx.paragraph(open_pos)] if open_pos > 0 else 0
    if para_start > floor and not text[para_start:open_pos].strip():
        # A quote opening its paragraph after "In a statement, the club said:\n\n".
        colon = text[max(floor, para_start - 300) : para_start].rstrip()
        if not colon.endswith(":"):
            return None
        open_pos = max(floor, para_start - 300) + len(colon)
        para_start = ctx.paragraphs[ctx.paragraph(open_pos - 1)]
    lo = max(floor, ctx.starts[ctx.sentence(open_pos)] if open_pos > 0 else 0, open_pos - 300)
    lo = max(lo, para_start)
    if open_pos - lo < 3:
        return None
    stop = open_pos
    while True:
        match = _CUE_BACKWARDS.search(text, lo, stop)
        if match is None:
            return _colon_subject(ctx, lo, open_pos) if stop == open_pos else None
        stop = match.start()
        cue = _fold_cue(match.group("cue"))
        if cue in ("according to",):
            after = (_CUE_FIRST_ASCII if ctx.fast else _CUE_FIRST).match(
                text, match.start(), open_pos
            )
            if after is not None:
                phrase = _speaker_phrase(text, after.start("sp"), after.end("sp"))
                if phrase is not None and phrase.kind not in ("relative",):
                    return phrase, cue, match.start()
            return None
        before = _SPEAKER_BEFORE.search(text, max(lo, stop - 120), stop)
        phrase = None
        if before is not None:
            phrase = _speaker_phrase(text, *before.span("sp"))
            if phrase is not None and phrase.kind == "np":
                phrase = _appositive_name(text, before, phrase)
        if phrase is not None and phrase.kind == "relative":
            named = _NAME_AT_END.search(text, max(lo, phrase.start - 80), phrase.start)
            clean = clean_name(named.group("name"), named.start()) if named else None
            phrase = _named(clean) if clean is not None else None
        if phrase is not None and not _passive(phrase, cue):
            if phrase.kind == "pronoun" or before is None:
                return phrase, cue, phrase.start  # "… posted on X. She writes:"
            return phrase, cue, min(phrase.start, before.start("sp"))
        preceding = text[max(lo, match.start() - 12) : match.start()].split()
        chained = cue in cues.PARTICIPLE_CUES or (
            bool(preceding) and preceding[-1].casefold() in _CONJUNCTIONS
        )
        if not chained:
            return None


def _colon_subject(ctx: _Context, lo: int, open_pos: int) -> tuple[_Phrase, None, int] | None:
    """``Ruiz was blunt: “…”``: the subject of a short clause ending in a colon.

    No speech verb, so the cue stays None. Only a name or he/she/it, and only
    when nobody else is named in the clause. A one-word name must be known
    from elsewhere in the article (a surname, an organisation).
    """
    text = ctx.text
    head = text[lo:open_pos].rstrip(" \u00a0")
    if not head.endswith(":"):
        return None
    if len(head) > 80:
        return _colon_sentence_subject(ctx, lo, lo + len(head) - 1)
    owned = _owned_document(text, lo, lo + len(head) - 1)
    if owned is not None:
        return owned, None, owned.start
    comma = head.rfind(",")
    for begin in (lo, lo + comma + 1) if comma >= 0 else (lo,):
        tokens = list(_TOKEN.finditer(text, begin, lo + len(head) - 1))
        if not tokens or len(tokens) > 8:
            continue
        names = [t for t in tokens[1:] if is_name_word(t.group())]
        for k in range(min(4, len(tokens)), 0, -1):
            if any(t.start() >= tokens[k - 1].end() for t in names):
                continue  # someone else named later in the clause
            phrase = _speaker_phrase(text, tokens[0].start(), tokens[k - 1].end())
            if phrase is None or phrase.kind not in ("name", "pronoun"):
                continue
            if phrase.kind == "name" and len(phrase.words) == 1:
                resolved = ctx.resolve(phrase, phrase.start)
                if resolved is None or (resolved == phrase.text and resolved not in ctx.kinds):
                    continue
            return phrase, None, phrase.start
    return _colon_sentence_subject(ctx, lo, lo + len(head) - 1)


def _owned_document(text: str, lo: int, end: int) -> _Phrase | None:
    """``The Kettleham General Hospital’s statement in full:``: the owner's statement."""
    tokens = list(_TOKEN.finditer(text, lo, end))[:10]
    for d in range(1, len(tokens)):
        noun = _fold(tokens[d].group().rstrip(","))
        if noun in cues.DOCUMENT_NOUNS and tokens[d - 1].group().endswith(("'s", "’s")):
            phrase = _speaker_phrase(text, tokens[0].start(), tokens[d].end())
            if phrase is not None and phrase.kind == "np":
                return phrase
    return None


_SUBJECT_HEADS = cues.PERSON_DESCRIPTIONS | cues.PERSON_ROLES | cues.ORG_ROLES | cues.DOCUMENT_NOUNS


def _colon_sentence_subject(ctx: _Context, lo: int, colon: int) -> tuple[_Phrase, None, int] | None:
    """``Ruiz, who founded the firm in 2014, also addressed staff directly: “…”``.

    The subject of a longer sentence introducing a quote with a colon: a name
    opening the sentence (or its main clause, after a fronted phrase and a
    comma), or a definite description there (``the coach published a
    message on the club's website:``, ``The post opens with an admission:``).
    """
    text = ctx.text
    if colon - lo > 250:
        return None
    first_comma = text.find(",", lo, colon)
    for begin in (lo, first_comma + 1) if first_comma >= 0 else (lo,):
        tokens = _TOKEN.findall(text, begin, min(colon, begin + 80))
        starts = [m.start() for m in _TOKEN.finditer(text, begin, min(colon, begin + 80))]
        if len(tokens) < 2:
            continue
        if tokens[0].casefold() in ("the", "its", "their", "his", "her") or tokens[0].endswith(
            ("'s", "’s")
        ):
            for k in range(1, min(4, len(tokens))):
                word = tokens[k].rstrip(",")
                if (
                    word.endswith(("'s", "’s"))
                    and k + 1 < len(tokens)
                    and _fold(tokens[k + 1].rstrip(",")) in cues.DOCUMENT_NOUNS
                ):
                    continue  # "The company’s statement in full:": the statement
                if _fold(word) in _SUBJECT_HEADS or cues.is_descriptor(word):
                    phrase = _speaker_phrase(text, starts[0], starts[k] + len(word))
                    if phrase is not None and phrase.kind in ("np", "name"):
                        return phrase, None, phrase.start
                    break
                if not word.islower() and k > 1:
                    break
            continue
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
            continue
        end = starts[k - 1] + len(tokens[k - 1].rstrip(","))
        phrase = _speaker_phrase(text, starts[0], end)
        if phrase is not None and phrase.kind == "name":
            # Only a name the article treats as a person or organisation.
            resolved = ctx.resolve(phrase, phrase.start)
            if resolved is not None and ctx.kinds.get(resolved) in ("person", "org"):
                return phrase, None, phrase.start
    return None


_INTRODUCES = regex.compile(
    r"(?:in[ \u00a0]+full|below|as[ \u00a0]+follows|key[ \u00a0]+part|reads?|excerpt)"
    r"[^\n]{0,40}[.:][ \u00a0]*\Z",
    regex.IGNORECASE,
)


def _introduction(ctx: _Context, start: int, floor: int) -> tuple[str] | None:
    """The issuer named by the paragraph that introduces a statement printed in full.

    ``The company’s statement in full:`` / ``Read Ruiz’s statement below.`` /
    ``The council has put out a statement. Here's the key part:`` — a quote
    opening its paragraph right after a reporter's paragraph ending in a colon
    (or saying the text follows in full) is the introduced statement. Its
    speaker is the issuer of the statement or post that paragraph names, else
    the subject of its last sentence.
    """
    text = ctx.text
    here = ctx.paragraph(start)
    para_start = ctx.paragraphs[here]
    if here == 0 or text[para_start:start].strip(" \t\u00a0" + _MARKS):
        return None
    intro_start = ctx.paragraphs[here - 1]
    if intro_start < floor:
        return None
    intro = text[intro_start:para_start].rstrip()
    if not intro or not (intro.endswith(":") or _INTRODUCES.search(intro) is not None):
        return None
    intro_end = intro_start + len(intro)
    document = ctx.latest_document(max(intro_start, intro_end - _NEAR), intro_end)
    if document is not None:
        issuer = ctx._issuer_at(document[0])
        if issuer is not None:
            return (issuer,)
    sentence = ctx.sentence(intro_end - 1)
    while sentence >= 0 and ctx.starts[sentence] >= intro_start:
        subject = ctx._subject_of(sentence, intro_end)
        if subject is not None:
            return (subject,)
        sentence -= 1
    if document is not None:
        # "Here is the statement in full:" names no issuer: the organisation
        # the sentences before are about issued it.
        sentence = ctx.previous_sentence(ctx.sentence(intro_start))
        for _ in range(2):
            if sentence < 0:
                break
            subject = ctx._subject_of(sentence, intro_start)
            if subject is not None and ctx.kinds.get(subject) == "org":
                return (subject,)
            sentence = ctx.previous_sentence(sentence)
        org = ctx.salient_org(intro_start)
        if org is not None:
            return (org,)
    return None


def _continues(
    ctx: _Context, previous: Quote | _Draft | None, speaker: str | None, spans: Sequence[Span]
) -> str | None:
    """The previous quote's ``speaker``, when this quote carries on its statement."""
    if previous is None or speaker is None or not previous.spans:
        return None
    text = ctx.text
    prev_end = previous.spans[-1][1]
    start = spans[0][0]
    if prev_end > start:
        return None
    here, there = ctx.paragraph(start), ctx.paragraph(prev_end)
    if here != there:
        para_start = ctx.paragraphs[here]
        opening = text[para_start : _skip_marks_back(text, start)].strip(" \t\u00a0")
        if here - there != 1 or opening:
            return None
    i = bisect_right(ctx.mention_starts, prev_end)
    while i < len(ctx.mentions) and ctx.mentions[i].start < start:
        m = ctx.mentions[i]
        if m.kind == "person" and m.name != speaker:
            return None
        i += 1
    return speaker


def attribute(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """Fill in ``speaker`` and ``cue`` for quotes extracted from ``text``.

    Quotes must be in reading order with spans into ``text``. A quote that
    already has a speaker (an embedded post) is left alone, and so are scare
    quotes and titles, which have no speaker. The result has the same quotes,
    ids and order.

    >>> from quotematch.models import Quote
    >>> text = (
    ...     "Coach Ana Ruiz was upbeat.\\n\\n“We played well,” she said. “We will improve.”\\n\\n"
    ...     "“It is a start,” Ruiz added."
    ... )
    >>> def q(i, part):
    ...     s = text.index(part)
    ...     return Quote(id=f"d:{i}", doc_id="d", text=part, spans=((s, s + len(part)),))
    >>> quotes = [q(0, "We played well,"), q(1, "We will improve."), q(2, "It is a start,")]
    >>> [(r.speaker, r.cue) for r in attribute(text, quotes)]
    [('Ana Ruiz', 'said'), ('Ana Ruiz', None), ('Ana Ruiz', 'added')]
    """
    found = _changes(text, quotes)
    return [
        quote if change is None else _with_speaker(quote, *change)
        for quote, change in zip(quotes, found, strict=True)
    ]


def _with_speaker(
    quote: Quote,
    speaker: str | None,
    cue: str | None,
    rule: str | None = None,
    span: Span | None = None,
    phrase: str | None = None,
) -> Quote:
    """``quote`` with a new ``speaker`` and ``cue``, equal to what ``attrs.evolve`` makes.

    Naming every field is about twice as fast as ``attrs.evolve``, which
    looks each one up by name; a test checks that no field is left out.
    """
    return Quote(
        id=quote.id,
        doc_id=quote.doc_id,
        text=quote.text,
        spans=quote.spans,
        kind=quote.kind,
        speaker=speaker,
        cue=cue,
        handle=quote.handle,
        editorial=quote.editorial,
        nested=quote.nested,
        diagnostics=quote.diagnostics,
        source=quote.source,
        published=quote.published,
        speaker_rule=rule,
        speaker_span=span,
        speaker_phrase=phrase,
    )


class _Draft(NamedTuple):
    """The fields of a quote that attribution reads, before its :class:`Quote` is built.

    :func:`quotematch.extract.extract_quotes` attributes these and then builds
    each quote once, with its speaker, instead of building it twice.
    """

    spans: tuple[Span, ...]
    kind: str
    speaker: str | None = None
    cue: str | None = None


_Change = tuple[str | None, str | None, str | None, Span | None, str | None]
"""What attribution sets on a quote: speaker, cue, rule, mention span, phrase as written."""


def _rule_of(phrase: _Phrase) -> str:
    """The name of the rule that resolves ``phrase`` (recorded on the quote)."""
    if phrase.kind == "name":
        return "named"
    if phrase.kind == "pronoun":
        return "pronoun"
    if phrase.head in cues.DOCUMENT_NOUNS:
        return "statement"
    if phrase.head in cues.SPOKESPERSON_NOUNS:
        return "spokesperson"
    return "description"


def _changes(text: str, quotes: Sequence[Quote] | Sequence[_Draft]) -> list[_Change | None]:
    """What :func:`attribute` changes per quote (see :data:`_Change`), or None to keep it.

    Reads only ``spans``, ``kind``, ``speaker`` and ``cue`` of each quote, so
    drafts give the same answer as the quotes built from them.
    """
    if not quotes:
        return []
    # The context reads only ``spans`` and ``kind``, which a draft has too.
    ctx = _Context(text, cast("Sequence[Quote]", quotes))
    result: list[_Change | None] = []
    previous: Quote | _Draft | None = None
    previous_speaker: str | None = None
    previous_end = 0
    n = len(text)
    for quote in quotes:
        spans = quote.spans
        for s, e in spans:
            if not 0 <= s <= e <= n:
                spans = tuple((s, e) for s, e in quote.spans if 0 <= s <= e <= n)
                break
        if not spans or (quote.speaker is None and quote.kind in _SKIPPED_KINDS):
            result.append(None)
            continue
        if quote.kind == "tweet":
            result.append(None)  # speaker and handle come from its signature
            previous = None  # and a post does not carry the story's statement on
            previous_end = max(previous_end, spans[-1][1])
            continue
        found = (
            (_from_gaps(ctx, spans) if len(spans) > 1 else None)
            or _from_after(ctx, spans[-1][1])
            or _from_before(ctx, spans[0][0], previous_end)
        )
        change: _Change | None
        speaker: str | None
        if quote.speaker is not None:
            change = None  # already attributed (an embedded post): keep it
            speaker = quote.speaker
        elif found is not None:
            phrase, cue, clause_start = found
            speaker = ctx.resolve(phrase, min(spans[0][0], clause_start))
            written = text[phrase.start : phrase.end] if phrase.end > phrase.start else phrase.text
            change = (speaker, cue, _rule_of(phrase), ctx.mention_of(speaker, phrase), written)
        else:
            speaker = _continues(ctx, previous, previous_speaker, spans)
            rule = "continuation" if speaker is not None else None
            introduced = None
            if speaker is None:
                introduced = _introduction(ctx, spans[0][0], previous_end)
                if introduced is not None:
                    speaker, rule = introduced[0], "introduction"
            changed = speaker is not None or quote.cue is not None
            span = ctx.latest_mention(speaker, spans[0][0]) if speaker is not None else None
            change = (speaker, None, rule, span, None) if changed else None
        if speaker is not None:
            # Register where the speaker was named, for later pronouns. The same
            # call happens when the result is attributed again (idempotence).
            if found is not None:
                ctx.remember(speaker, found[2], found[0])
            else:
                ctx.remember_plain(speaker, spans[0][0])
        elif found is not None:
            ctx.remember_unnamed(found[2], found[0])
        result.append(change)
        previous = quote
        previous_speaker = speaker
        previous_end = max(previous_end, spans[-1][1])
    _copies_of_posts(text, quotes, result)
    return result


_WORDS = re.compile(r"\w+")


def _opening_words(text: str, start: int, end: int) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text, start, min(end, start + 120))][:6]


def _copies_of_posts(
    text: str, quotes: Sequence[Quote] | Sequence[_Draft], result: list[_Change | None]
) -> None:
    """``One fan wrote, “…”`` right before the embedded post it copies: the post's author.

    A quote whose clause names nobody (``One fan``, ``a user``) and whose
    opening words are the opening words of the embedded post that follows it
    is that post, quoted inline.
    """
    for i in range(len(quotes) - 1):
        change = result[i]
        post = quotes[i + 1]
        if change is None or change[0] is not None or change[4] is None:
            continue
        if post.kind != "tweet" or post.speaker is None or not post.spans:
            continue
        spans = quotes[i].spans
        if not spans or post.spans[0][0] - spans[-1][1] > 400:
            continue
        words = _opening_words(text, spans[0][0], spans[-1][1])
        if len(words) >= 4 and words == _opening_words(text, *post.spans[0])[: len(words)]:
            at = text.find(post.speaker, post.spans[-1][1])  # the name in its signature
            span = (at, at + len(post.speaker)) if at >= 0 else None
            result[i] = (post.speaker, change[1], "post", span, change[4])
