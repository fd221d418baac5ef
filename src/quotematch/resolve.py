"""Resolving a speaker phrase against the article's entities: each rule a named unit.

A clause (:mod:`quotematch.clauses`) gives a phrase as written; :func:`resolve`
turns it into a speaker with the rule its phrase calls for, and the quote
records that rule as ``speaker_rule``:

- ``named``: a name becomes the fullest form the article gives it (``Ruiz`` →
  ``Ana Ruiz``);
- ``pronoun``: ``he``/``she`` → the person in view, ``it``/``they`` → the
  organisation in view (or the statement just quoted);
- ``description``: ``the mayor``, ``the 24-year-old``, ``the Scot``, ``the
  company`` → the person or organisation the article described that way, or
  the one in view;
- ``statement``: ``the statement``, ``its letter``, ``the club's apology`` →
  whoever issued it;
- ``spokesperson``: ``a spokesperson for the club`` → the club.

Quotes with no clause of their own have four more rules: ``afterword`` (the
next sentence says whose words they were), ``continuation`` (the previous
quote's speaker carries on), ``introduction`` (a statement printed in full
after an introducing paragraph) and ``post`` (a quote that copies the
embedded post after it). The speaker is always a name (or a ministry named
by its portfolio, or a person's family) or ``None``: a wrong name is worse
than none.

:class:`Scene` is what the rules read: the article's layout and entities
(:mod:`quotematch.entities`) and the speakers attributed so far
(:class:`Spoken`), which later pronouns may stand for.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Final, NamedTuple

import regex

from . import cues
from ._bisection import bisect_left, bisect_right
from .clauses import (
    HANDLE,
    LEADING,
    MARKS,
    SPACE,
    TOKEN,
    Phrase,
    about_a_sign,
    fold,
    last_name_run,
    proper_org,
    skip_marks_back,
    speaker_phrase,
    topic_label,
    year_old,
)
from .entities import Entities, Layout, employs, pronoun_after
from .models import Quote, Span
from .names import (
    NAME_PATTERN,
    Mention,
    clean_name,
    split_words,
    word_spans,
    written_as_place,
)

__all__ = [
    "NO_TURN",
    "Scene",
    "Spoken",
    "Turn",
    "afterword",
    "claim_maker",
    "continuation",
    "description",
    "exchange",
    "handle_lead",
    "headline",
    "headline_lines",
    "headline_mention",
    "headline_named",
    "headline_title",
    "headline_title_fits",
    "headline_title_holder",
    "in_headline",
    "introduction",
    "lead_in",
    "mention_of",
    "named",
    "narration",
    "post",
    "pronoun",
    "resolve",
    "rule_of",
    "signature",
    "signed_off",
    "spokesperson",
    "statement",
]

# Module-level constants are Final, read compiled from C statics (see quotematch.cues).

_S: Final = SPACE
# Rule *an issuer's adjective is no part of its name*: "a report from the nonpartisan
# Legislative Fiscal Office", "a study by the independent Orrin Institute" — up to two
# lower-case words after *the* that are no preposition or conjunction ("the lawyers for
# Ruiz" is someone else's).
_ISSUER: Final = regex.compile(
    rf"{_S}(?:from|of|by){_S}+(?:the{_S}+"
    rf"(?:(?!(?:for|of|at|in|on|to|with|and|or|by|from|about)(?![\p{{L}}\-]))"
    rf"\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}})?(?P<name>{NAME_PATTERN})\Z"
)
_AFTER_COMMA: Final = re.compile(r",[ \u00a0]+\Z")
# "a post on the critic Ivo Marr's blog": the owner of the page a post is on; "a notice on
# Kelby ABC's Facebook page": a platform's name may stand before the page.
_PAGE_OWNER: Final = regex.compile(
    rf"{_S}on{_S}+(?:the{_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}})?(?P<name>{NAME_PATTERN})['’]s"
    rf"(?:{_S}+\p{{Lu}}[\p{{L}}\-]*)?{_S}+\p{{L}}+\Z"
)
# What a page holds besides a post: a notice, statement, message or letter put up on it.
_PAGE_NOTICES: Final = frozenset({"notice", "statement", "message", "letter", "announcement"})
_ROLE_SUBJECT: Final = regex.compile(
    rf"(?:[\p{{L}}\p{{N}}, ]{{0,30}},{_S}+)?[Tt]he{_S}+(?P<role>{'|'.join(sorted(cues.ORG_ROLES))})"
    rf"{_S}+(?:has{_S}+|had{_S}+|also{_S}+|later{_S}+)?(?:{cues.CUE_PATTERN}|confirmed|announced"
    # Rule *a body that would not answer*: "The bureau did not answer questions. In a
    # statement, it said…", "The agency declined to comment further. “…,” it added."
    rf"|(?:did|does|would|could)(?:{_S}+not|n['’]t)|declined|refused)(?![\p{{L}}\-])"
)
# ", signed by managing director Odile Fenwright,": who signed the document before it;
# ", started by parish councillor Ann Kerr,": who started a petition or a campaign letter;
# ", filed in the Dorrance County Superior Court by Hettie Brannagan,": who filed a suit, up
# to seven words (a court's name) between.
_SIGNED_BY: Final = regex.compile(
    rf",{_S}+(?:(?:signed|written|penned|sent|co-signed|drafted|authored|started|launched"
    rf"|prepared|compiled|produced"
    rf"|organised|organized|created|issued|posted|shared|published|uploaded|distributed"
    rf"|circulated|(?:put|sent|handed){_S}+out|read(?:{_S}+out)?"
    rf"|filed|brought|lodged|submitted)(?:{_S}+[\p{{L}}\p{{N}}]+){{0,7}}?"
    rf"{_S}+(?:by|on{_S}+behalf{_S}+of)"
    # a byline's bare "by": "The report, by inspector Dr Ivo Marsh, stated:"; a sender's
    # bare "from": "The written statement, from minister Ivo Marsh, said"
    rf"|by|from){_S}+"
    rf"(?:\p{{Ll}}[\p{{Ll}}\-]*(?:['’]s)?,?{_S}+){{0,3}}"
    # a parent body's possessive before a unit's name: "by the Army's Trials Unit"
    rf"(?:\p{{Lu}}[\p{{L}}\-]*['’]s{_S}+(?=\p{{Lu}}))?"
    rf"(?P<name>{NAME_PATTERN}(?:{_S}+&{_S}+{NAME_PATTERN})?)"
    # the name ends at a comma, or at "and" going on with the document's history:
    # ", organised by the Fenmoor Tenants' Union and first reported by the Echo, said"
    rf"(?:,(?:{_S}+(?P<holder>{NAME_PATTERN}),)?|(?={_S}+and{_S}+\p{{Ll}}))"
)
_NEAR: Final = 600  # how far back a statement named "nearby" may be (any statement-like noun)
_REACH: Final = 3000  # how far back (in characters) a role noun or pronoun looks for its referent
# Rule *a company is no campaign*: "the company", "the firm" never stand for a body whose
# name says it is an alliance, a union, a public body or a charity.
_COMPANY_HEADS: Final = cues.GENERIC_ORG_ROLES - {"group", "organisation", "organization"}
_NOT_COMPANY_WORDS: Final = frozenset(
    {
        "alliance", "association", "union", "council", "society", "federation", "foundation",
        "trust", "institute", "agency", "authority", "commission", "ministry", "department",
        "police", "service", "university", "college", "school", "hospital", "hospice",
        "infirmary", "church",
        "league", "party", "coalition", "campaign", "charity", "court", "parliament",
        "government", "coastguard", "regulator", "watchdog", "committee", "directorate",
        "inspectorate", "secretariat", "ombudsman", "guild", "municipality", "municipal",
        "prefecture", "governorate",
        # an event is no company: "a company spokesperson" is never "the Wexby Trade Forum"
        # where someone spoke, nor a festival or a prize
        "forum", "conference", "summit", "expo", "festival", "awards", "prize",
    }
)  # fmt: skip
# Words in a name that make it a business: "the company" may stand for it.
_COMPANY_WORDS: Final = frozenset(
    {
        "inc", "ltd", "llc", "llp", "plc", "corp", "corporation", "co", "company", "group",
        "holdings", "motors", "industries", "systems", "technologies", "labs", "energy",
        "airlines", "airways", "foods", "pharmaceuticals", "pharma", "brewery", "bakery",
        "hotels", "insurance", "bancorp", "bank", "logistics", "solutions", "software",
        "retail", "mining", "stores", "homes", "estates", "properties", "media", "trading",
        "developments", "lettings", "automotive", "therapeutics", "biosciences", "diagnostics",
    }
)  # fmt: skip

# A subject he/she and the word after it (a speech verb, checked against the list).
_HE_SHE: Final = r"[Hh]e|[Ss]he"
_PRONOUN_SAYS: Final = re.compile(rf"(?<![\w’'])(?P<pronoun>{_HE_SHE})[ \u00a0]+(?P<verb>\w+)")

# What glosses a description with the name it goes by, up to the name: "identified as ",
# "named as ", "named locally as ", "formally identified as ".
_IDENTIFIED_AS: Final = re.compile(
    r"(?:identified|named)(?:[ \u00a0]+[a-z]+ly)?[ \u00a0]+as[ \u00a0]+"
)

# A sentence opening with a description in apposition to the name after it:
# "The centre's head nurse, " / "Her lawyer, " before "Petra Lind".
_APPOSITIVE_OPENING: Final = re.compile(
    r"[\s\"“‘(]*(?:[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)[ \u00a0][^,.;:!?]{1,60},[ \u00a0]+"
)



def _appositive_opening(text: str, start: int, pos: int) -> bool:
    """True when the sentence at ``start`` opens with a description and a comma
    right before the name at ``pos``, honorifics aside.

    ``The centre's head nurse, Petra Lind, added`` / ``The leader of the
    council, Cllr Ann Ray, has urged``: the sentence is about the name.

    >>> _appositive_opening("The leader of the council, Cllr Ann Ray, said", 0, 32)
    True
    >>> _appositive_opening("The leader met Ann Ray", 0, 15)
    False

    Lower-case title words may stand before the name too: ``The paper's
    second author, postdoctoral researcher Ines Ballard, counted…`` is about her,
    not someone the description would resolve to.

    >>> _appositive_opening("The paper's second author, researcher Ines Ballard, counted", 0, 38)
    True
    >>> _appositive_opening("The leader, who met Ann Ray, said", 0, 20)
    False
    >>> _appositive_opening("The captain, 19-year-old Ana Ruiz, said", 0, 25)
    True

    Rule *whom a description is identified as is its subject*: ``identified as`` or
    ``named as`` (an adverb between: ``named locally as``) may stand before the name.

    >>> _appositive_opening("The guard, identified as Tomas Quirke, broke it", 0, 25)
    True
    >>> _appositive_opening("The guard, who identified Tomas Quirke, broke it", 0, 29)
    False
    """
    found = _APPOSITIVE_OPENING.match(text, start, pos)
    if found is None:
        return False
    if _IDENTIFIED_AS.fullmatch(text, found.end(), pos) is not None:
        return True  # "The guard, identified as Tomas Quirke, broke the window"
    between = text[found.end() : pos].split()
    titles = [
        w
        for w in between
        # an age is no title: "Their skipper, 20-year-old Ana Ruiz, scored twice"
        if w.rstrip(".").casefold() not in cues.HONORIFICS and not year_old(w)
    ]
    return len(between) <= 3 and (
        not titles
        or (
            titles == between[: len(titles)]
            and titles[-1] in cues.PERSON_ROLES
            and all(_title_word(w) for w in titles)
        )
    )


def _title_word(word: str) -> bool:
    """A word of a title before a name: lower case (``doctoral researcher``) or an
    abbreviation in capitals (``PhD student``, ``GP``), never a function word or a
    capitalised word that may be a name.

    >>> [_title_word(w) for w in ("researcher", "PhD", "GP", "Tom", "who")]
    [True, True, True, False, False]
    """
    return (
        word.isalpha()
        and (word.islower() or not word[1:].islower())
        and word not in cues.STOPWORDS
    )


# Document nouns that a reporter's "the statement" can point back to; a website,
# a report or an interview is rarely what "it read" means.
_ISSUED: Final = cues.DOCUMENT_NOUNS - {
    "website", "press", "blog", "update", "note", "report", "video", "interview", "speech",
    "text", "minutes", "review", "study", "guidance", "findings", "briefing",
}  # fmt: skip  # ("within minutes" is no document)
# Searched only in a sentence or a paragraph; the standard engine on a factored
# alternation is the cheaper of the two engines here.
_DOCUMENT_WORD: Final = re.compile(rf"\b(?:{cues.trie_pattern(sorted(_ISSUED))})\b", re.IGNORECASE)


# ---------------------------------------------------------------------------
# The speakers attributed so far.


_UNNAMED: Final = "unnamed"
"""The kind of a remembered speaker who is a person with no name."""
_SPOKESPERSON: Final = "spokesperson"  # a said entry: an organisation's spokesperson spoke
_SPOKESPERSON_GENDER: Final = {"spokesman": "m", "spokeswoman": "f"}

_new_tuple: Final = tuple.__new__


class _Said(NamedTuple):
    """A speaker found by attribution, kept as a mention for later pronouns."""

    start: int
    name: str
    kind: str
    sentence: int


class Spoken:
    """The speakers attributed so far in an article, in text order, for later pronouns.

    ``said`` holds every resolved or unnamed speaker where its clause starts;
    ``document_said`` where a statement or letter spoke; ``spokesperson_gender``
    where a spokesperson spoke (``m``, ``f`` or ``""``).
    """

    def __init__(self, layout: Layout, entities: Entities) -> None:
        self.layout = layout
        self.entities = entities
        self.said: list[_Said] = []
        self.said_starts: list[int] = []
        self.unnamed_starts: list[int] = []
        self.nameless_starts: list[int] = []  # every clause whose speaker has no name
        self.document_said: set[int] = set()
        self.spokesperson_gender: dict[int, str] = {}

    def remember(self, name: str, pos: int, phrase: Phrase) -> None:
        """Keep a resolved speaker as a mention at ``pos``, for later pronouns."""
        if phrase.kind == "pronoun":
            kind = "org" if phrase.text in ("it", "they") else "person"
            if phrase.text in ("he", "she"):
                self.entities.learn_gender(name, "m" if phrase.text == "he" else "f")
        elif phrase.kind == "name" and phrase.org:
            kind = "org"
        elif phrase.head in cues.SPOKESPERSON_NOUNS:
            # "a council spokeswoman said … she added": a person speaking for it.
            kind = _SPOKESPERSON
            self.spokesperson_gender[pos] = _SPOKESPERSON_GENDER.get(phrase.head, "")
        else:
            if phrase.head in cues.DOCUMENT_NOUNS:
                self.document_said.add(pos)
            kind = self.entities.kinds.get(name, "person" if phrase.kind == "name" else "np")
        sentence = bisect_right(self.layout.starts, pos) - 1  # layout.sentence(pos), inlined
        self._add(_new_tuple(_Said, (pos, name, kind, sentence)))

    def _add(self, said: _Said) -> None:
        starts = self.said_starts
        if not starts or starts[-1] <= said.start:  # the usual case: in reading order
            self.said.append(said)
            starts.append(said.start)
            return
        at = bisect_right(starts, said.start)
        self.said.insert(at, said)
        starts.insert(at, said.start)

    def remember_unnamed(self, pos: int, phrase: Phrase) -> None:
        """Keep a speaker who is a person but has no name (``A spokesman said``); keep
        where any clause found no name (``Residents said``), for its document's issuer."""
        nameless = self.nameless_starts
        nameless.insert(bisect_right(nameless, pos), pos)
        head = phrase.head
        if phrase.kind != "np" or head in cues.ORG_ROLES or head in cues.DOCUMENT_NOUNS:
            return
        if head in cues.GROUP_NOUNS:
            return
        self._add(_Said(pos, "", _UNNAMED, self.layout.sentence(pos)))
        starts = self.unnamed_starts
        starts.insert(bisect_right(starts, pos), pos)

    def remember_plain(self, name: str, pos: int) -> None:
        """Keep a speaker that no clause named (a continuation) for later pronouns."""
        kind = self.entities.kinds.get(name, "person")
        self._add(_Said(pos, name, kind, self.layout.sentence(pos)))

    def back_from(self, limit: int, paragraphs: int) -> Iterator[_Said]:
        """The speakers before ``limit``, latest first, in its paragraph and the
        ``paragraphs`` before it."""
        floor = self.layout.paragraphs[max(0, self.layout.paragraph(limit) - paragraphs)]
        j = bisect_left(self.said_starts, limit) - 1
        while j >= 0 and self.said[j].start >= floor:
            yield self.said[j]
            j -= 1

    def unnamed_since(self, limit: int) -> int:
        """Where the latest unnamed speaker (``One teacher said``) before ``limit`` was
        attributed, in this paragraph or the one before; -1 when there is none.

        A pronoun after such a speaker most likely stands for them, so no
        earlier name may be given to it: a wrong name is worse than none.
        """
        layout = self.layout
        floor = layout.paragraphs[max(0, layout.paragraph(limit) - 1)]
        j = bisect_left(self.unnamed_starts, limit) - 1
        # One bisection over the unnamed speakers alone: walking back over every
        # earlier speaker in the paragraph made a paragraph of n pronoun quotes
        # cost n^2.
        if j >= 0 and self.unnamed_starts[j] >= floor:
            return self.unnamed_starts[j]
        return -1

    def spokesperson_fits(self, pos: int, gender: str | None) -> bool:
        """True when the spokesperson who spoke at ``pos`` can be ``he``/``she``.

        Only a spokesman or spokeswoman can: a writer calls a genderless
        ``spokesperson`` neither, so the pronoun is someone else's.
        """
        return gender is None or self.spokesperson_gender.get(pos, "") == gender


class Scene:
    """What the rules read for one article: its layout, its entities, who has spoken.

    ``quotes`` are the article's quotes (or drafts: only ``spans`` and
    ``kind`` are read), to tell the reporter's text from theirs.
    """

    def __init__(self, text: str, quotes: Sequence[Quote]) -> None:
        self.text = text
        self.layout = Layout(text, quotes)
        self.entities = Entities(self.layout)
        self.spoken = Spoken(self.layout, self.entities)
        # The one-word companies of rule *a one-word company is the story's subject*,
        # found on first use (see _lone_company).
        self.lone_companies: tuple[Span, str, str] | None = None
        # The police forces the article names, found on first use (see _police_record).
        self.police_forces: frozenset[str] | None = None


# ---------------------------------------------------------------------------
# The rules.


# Documents whose verb names them too: what was posted or tweeted is a post or tweet.
_VERBED_DOCUMENTS: Final = frozenset({"post", "tweet"})


def latest_document(scene: Scene, lo: int, hi: int, noun: str | None = None) -> Span | None:
    """The last statement-like noun (or ``noun``) in ``text[lo:hi]``, outside quotes.

    Searched on demand in a bounded window, never over the whole article:
    most quotes need no document at all, and ``str.rfind`` for one known
    noun costs next to nothing.
    """
    text = scene.text
    lo = max(0, lo)
    if noun is not None:
        size, at = len(text), hi
        while True:
            at = text.rfind(noun, lo, at)
            if at < 0:
                return None
            end = at + len(noun)
            if noun in _VERBED_DOCUMENTS and text.startswith("ed", end):
                end += 2  # rule *a post is what was posted*: "Nine Rivers Films posted…"
            if (
                (at == 0 or not text[at - 1].isalpha())
                and (end >= size or not text[end].isalpha())
                and scene.layout.outside_quotes(at)
            ):
                return (at, end)
    found: Span | None = None
    for match in _DOCUMENT_WORD.finditer(text, lo, hi):
        if scene.layout.outside_quotes(match.start()):
            found = match.span()
    return found


def mention_of(scene: Scene, speaker: str | None, phrase: Phrase) -> Span | None:
    """The span naming ``speaker``: the phrase itself when it is a name, else its referent."""
    if speaker is None:
        return None
    if phrase.kind in ("name", "np"):
        holder = _office_holder(scene, phrase)
        if holder is not None and holder.name == speaker:
            return (holder.start, holder.end)  # "Cabinet Secretary for Lands Ivo Pell said:"
    if (
        phrase.kind == "name"
        and phrase.end > phrase.start
        and (speaker == phrase.text or len(phrase.words) > 1 or not phrase.org)
        # "the Deputy CM" (rule *a title's letters stand for its holder*) names no one
        and (not _title_letters(phrase.words[-1]) or phrase.words[-1] in speaker)
    ):
        return (phrase.start, phrase.end)  # not a nickname ("the Magpies"): see _nickname
    # "Derek Ollen's family" (rule *a family speaks as one*): where Derek Ollen is named.
    found = scene.entities.latest_mention(speaker.removesuffix(_FAMILY), phrase.start)
    if found is None:
        # "A Ministry for Rural Affairs spokeswoman": named inside the phrase only,
        # or (for "she" after it) in the sentence before, though not as one mention.
        at = scene.text.find(speaker, phrase.start, phrase.end)
        if at < 0:
            at = scene.text.rfind(speaker, max(0, phrase.start - _NEAR), phrase.start)
        if at < 0 and speaker[:1] == "@":
            # "One edit, posted by the account @kelbyhonk, added": in the appositive
            at = scene.text.find(speaker, phrase.end, phrase.end + 120)
        if at >= 0:
            return (at, at + len(speaker))
        if " " in speaker:
            # "Emrys and Carys Pendle" (rule *a couple named as a pair*): the other of
            # the pair has no mention of its own; the given name written there names them.
            given = speaker.split(None, 1)[0]
            at = scene.text.rfind(f"{given} and ", max(0, phrase.start - _REACH), phrase.start)
            if at >= 0:
                return (at, at + len(given))
        place, _, noun = speaker.rpartition(" ")
        if place and noun in cues.PANEL_NOUNS:
            # "Kelmarsh stewards" (rule *a panel's ruling is the panel's*): where the
            # article placed the panel ("stewards at Kelmarsh")
            at = scene.text.rfind(place, max(0, phrase.start - _REACH), phrase.start)
            if at >= 0:
                return (at, at + len(place))
    return found


def resolve(
    scene: Scene, phrase: Phrase, limit: int, cue: str | None = None
) -> tuple[str | None, str]:
    """The speaker a clause's phrase stands for, and the rule that gave it.

    Names mentioned before ``limit`` are the candidates. The rule is chosen by
    the phrase (:func:`rule_of`) and recorded on the quote even when it finds
    nobody. ``cue``, the clause's verb, tells a pronoun that answers (``she
    replied``) or goes on (``he added``).

    >>> from quotematch.clauses import speaker_phrase
    >>> text = "Coach Ana Ruiz arrived late. “We lost,” she said."
    >>> scene = Scene(text, [])
    >>> resolve(scene, speaker_phrase(text, text.index("she"), text.index(" said")), 30)
    ('Ana Ruiz', 'pronoun')
    """
    rule = rule_of(phrase)
    if phrase.kind in ("name", "np"):
        holder = _office_holder(scene, phrase)
        if holder is not None:
            return holder.name, "named"
    if phrase.kind == "name":
        return named(scene, phrase, limit), rule
    if phrase.kind == "pronoun":
        return pronoun(scene, phrase, limit, cue), rule
    if phrase.kind == "np":
        poster = _posted_by(scene, phrase)
        return (poster if poster is not None else _role(scene, phrase, limit)), rule
    return None, rule


# Rule *a post is its account's*, in apposition: "One of the edits, posted by the account
# @kelbyhonk, added the caption “…”" — the account that posted it, whatever the noun.
_POSTED_BY: Final = regex.compile(
    rf",{_S}+(?:first{_S}+)?(?:posted|shared|uploaded|tweeted|reposted|made)"
    rf"(?:{_S}+[\p{{L}}\p{{N}}]+){{0,3}}?{_S}+by{_S}+"
    rf"(?:(?:the|an?){_S}+(?:account|user|profile|page|channel){_S}+)?(?P<handle>{HANDLE.pattern}),"
)


def _posted_by(scene: Scene, phrase: Phrase) -> str | None:
    """The handle of the account a phrase's appositive says posted it, or None.

    >>> text = "One edit, posted by the account @kelbyhonk, added the caption “me”."
    >>> from quotematch.clauses import speaker_phrase
    >>> _posted_by(Scene(text, []), speaker_phrase(text, 0, 8))
    '@kelbyhonk'
    """
    text = scene.text
    if text[phrase.end : phrase.end + 1] != ",":
        return None  # the common case: no appositive, one character looked at
    found = _POSTED_BY.match(text, phrase.end, phrase.end + 120)
    return None if found is None else found.group("handle")


# The words of an office and its brief before its holder's name: "Minister of State for
# Trade and Industry", "Cabinet Secretary for Lands", "Commissioner for Human Rights".
_BRIEF_WORDS: Final = (
    cues.PORTFOLIO_WORDS
    | cues.TITLE_WORDS
    | frozenset({"of", "for", "the", "and", "state", "cabinet", "federal", "provincial"})
)


def _office_holder(scene: Scene, phrase: Phrase) -> Mention | None:
    """The person named after an office and its brief, as the scan read the name, or None.

    Rule *a portfolio belongs to the title*, in a clause: ``said Minister of State for
    Trade and Industry Ana Ruiz`` and ``Cabinet Secretary for Lands Ivo Pell said:`` name
    Ana Ruiz and Ivo Pell, whom the article's scan read past the brief; the clause's
    phrase holds the brief (a description) or stops before it (a title alone). Only
    when every word between is a title, a brief's word or *of*/*for*/*and*, or a word
    of the brief's own before its noun (``Minister for Indigenous Affairs Ana Ruiz``).

    >>> text = "“Yes,” said Minister for Trade and Industry Ana Ruiz."
    >>> from quotematch.clauses import speaker_phrase
    >>> _office_holder(Scene(text, []), speaker_phrase(text, 12, len(text) - 1)).name
    'Ana Ruiz'
    """
    text = scene.text
    window = text[max(0, phrase.start - 5) : phrase.end + 5]
    if " for " not in window and " of " not in window:
        return None  # the common case: no office's brief in or after the phrase
    mentions = scene.entities.mentions
    i = bisect_right(scene.entities.mention_starts, phrase.start)
    if i >= len(mentions):
        return None
    mention = mentions[i]
    if mention.kind != "person" or mention.start - phrase.start > 120:
        return None
    between = text[phrase.start : mention.start].split()
    if not between or between[-1].casefold() not in cues.PORTFOLIO_WORDS:
        return None
    if not all(
        fold(word) in _BRIEF_WORDS
        or (i < len(between) - 1 and fold(between[i + 1]) in cues.PORTFOLIO_HEADS)
        for i, word in enumerate(between)
    ):
        return None  # a word of the brief's own ("Mental Health") only before its noun
    if mention.end == phrase.end:
        return mention  # "said Minister for Trade and Industry Ana Ruiz"
    if phrase.kind == "name" and mention.end > phrase.end and not text[
        mention.end : mention.end + 1
    ].isalnum():
        after = text[mention.end : mention.end + 12].split()
        if after and fold(after[0].rstrip(":,")) in cues.SPEECH_WORDS:
            return mention  # "Cabinet Secretary for Lands Ivo Pell said:"
    return None


def rule_of(phrase: Phrase) -> str:
    """The name of the rule that resolves ``phrase`` (recorded as ``speaker_rule``).

    >>> from quotematch.clauses import speaker_phrase
    >>> [rule_of(speaker_phrase(p, 0, len(p))) for p in ("Ana Ruiz", "she", "the statement")]
    ['named', 'pronoun', 'statement']
    """
    if phrase.kind == "name":
        return "named"
    if phrase.kind == "pronoun":
        return "pronoun"
    if phrase.head in cues.DOCUMENT_NOUNS:
        return "statement"
    if phrase.head in cues.SPOKESPERSON_NOUNS:
        return "spokesperson"
    return "description"


# How far into the story a headline's role looks for its holder ("… CEO:").
_HEADLINE_HOLDER_REACH: Final = 1500


def named(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """Rule ``named``: a name stands for the fullest form the article gives it (``Ruiz`` →
    ``Ana Ruiz``)."""
    joined = "and" in phrase.words or "&" in phrase.words
    if joined and _joined(scene, phrase) is None:
        return None
    found = scene.entities.named(phrase.start, phrase.text, phrase.words)
    if joined and (found is None or phrase.text not in found):
        return phrase.text  # "Tom & Ana": not "Tom Reyes", the mention opening it
    if (
        found == phrase.text
        and len(phrase.words) >= 2
        and fold(phrase.words[-1]) in cues.PERSON_ROLES
        and phrase.end <= scene.text.find("\n")  # in the headline
    ):
        # Rule *a headline's body and role is the holder the story names*: "Tarvell
        # Regional CEO: “…”" over a story that names "Tarvell Regional Airways chief
        # executive Ingrid Solberg" is hers; nobody so titled, the words as written.
        role = fold(phrase.words[-1])
        owner = [fold(w) for w in phrase.words[:-1]]
        holder = _titled(scene, _HEADLINE_HOLDER_REACH, role, owner)
        if holder is not None:
            return holder
    if (
        found == phrase.text
        and _title_letters(phrase.words[-1])
        and all(fold(w) in cues.TITLE_WORDS for w in phrase.words[:-1])
        and scene.text[phrase.start - 4 : phrase.start] in ("the ", "The ")
        and not _named_before(scene, found, phrase.start)
    ):
        # "said the CS": the Cabinet Secretary; "the Deputy CM"
        holder = _letters_holder(scene, _written_letters(phrase.words), limit)
        if holder is not None or fold(phrase.words[-1]) in cues.ROLE_LETTERS:
            return holder  # "the PPRO added" with no officer named: nobody, not "PPRO"
    if (
        found == phrase.text
        and len(phrase.words) == 1
        and scene.text[phrase.start - 4 : phrase.start] in ("the ", "The ")
        and ((kind := fold(found)) in cues.ORG_ROLES or kind == "palace")
    ):
        body = _capitalised_kind(scene, kind, phrase.start - 4, limit)
        if body is not None:
            return body or None
    if found == phrase.text and phrase.org and len(phrase.words) == 1:
        club = _nickname(scene, phrase, limit)
        if club is not None:
            return club or None
    return found


def _capitalised_kind(scene: Scene, kind: str, at: int, limit: int) -> str | None:
    """Rule *a capitalised kind after "the" is the body in view*: "The Wexcombe Trust has
    apologised. The Trust said: …" (``at``: where *the* is) is the trust, as "the trust
    said" is, not a body called "Trust". ``""`` when two bodies of that kind are named
    (which one?), None when none is (the word as written stays)."""
    if _bodies_of_kind(scene, kind, at) > 1:
        return ""  # "the Wexcombe Trust will merge with the Ardley Trust"
    # an empty span: the word itself is no body in view
    body = description(scene, Phrase(f"the {kind}", at, at, "np", head=kind), limit)
    return body if body is not None and fold(body) != kind else None


def _bodies_of_kind(scene: Scene, kind: str, limit: int) -> int:
    """How many organisations named before ``limit`` end in the word ``kind``
    (``Wexcombe Trust`` and ``Ardley Trust`` are two of kind ``trust``)."""
    names = {
        m.name
        for m in scene.entities.mentions[: bisect_left(scene.entities.mention_starts, limit)]
        if m.kind == "org" and fold(m.name.rsplit(None, 1)[-1]) == kind
    }
    return len(names)


# A title's letters: "the CS", "the IGP", "the CM".
_LETTERS: Final = re.compile(r"[A-Z]{2,4}")


def _title_letters(word: str) -> bool:
    """``_LETTERS.fullmatch(word) is not None``: two to four capitals (``CS``, ``IGP``).

    The length is looked at first: most words asked are longer, and the pattern's
    call goes through the interpreter compiled.

    >>> _title_letters("CM"), _title_letters("Ruiz"), _title_letters("UEFAX")
    (True, False, False)
    """
    return 2 <= len(word) <= 4 and _LETTERS.fullmatch(word) is not None
# The capitalised words of a title right after "the" in an appositive: ", the Chief
# Minister of Velora," → "Chief Minister".
_TITLE_AFTER: Final = re.compile(
    r",[ \u00a0]+the[ \u00a0]+((?:[A-Z][\w\-]*[ \u00a0]+(?:of[ \u00a0]+)?)*[A-Z][\w\-]*)"
)
_TITLE_LINKS: Final = frozenset({"of", "for", "and", "&"})


def _named_before(scene: Scene, name: str, limit: int) -> bool:
    """True when the article mentions ``name`` before ``limit``."""
    span = scene.entities.latest_mention(name, limit)
    return span is not None and span[0] < limit


def _initials(title: str) -> str:
    """The letters a capitalised title is shortened to: every capitalised word's and
    hyphen part's first letter, an honorific left out, links (*of*, *for*) skipped.

    >>> _initials("Energy Cabinet Secretary"), _initials("Inspector-General of Police")
    ('ECS', 'IGP')
    >>> _initials("Chief Minister Shri"), _initials("CP")
    ('CM', 'CP')
    """
    letters: list[str] = []
    for word in title.split():
        folded = word.casefold()
        if folded in _TITLE_LINKS:
            continue
        if word.isupper() and folded in cues.HONORIFICS:
            letters.append(word)  # a rank written as its letters: "CP Musa Bello"
        elif folded not in cues.HONORIFICS:
            letters.extend(part[0] for part in word.split("-") if part[:1].isupper())
    return "".join(letters)


def _written_letters(words: Sequence[str]) -> str:
    """The letters a speaker phrase ending in letters asks for: ``CS``, ``Deputy CM`` → ``DCM``.

    >>> _written_letters(["CS"]), _written_letters(["Deputy", "CM"])
    ('CS', 'DCM')
    """
    return _initials(" ".join(words[:-1])) + words[-1]


_BRACKETED: Final = re.compile(r"\([^()\n]{0,40}\)")


def _title_before(text: str, lo: int, start: int) -> str:
    """The capitalised title written right before a name at ``start`` (from ``lo``):
    ``Energy Cabinet Secretary`` in ``Energy Cabinet Secretary Amina Otieno``; a
    bracketed remit is left out (``Assistant Commissioner of Police (Cyber Security)``)."""
    words = _BRACKETED.sub(" ", text[lo:start]).split()
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in _TITLE_LINKS):
        if words[k - 1][-1:] in ",.;:":
            break
        k -= 1
    return " ".join(words[k:])


# A title opening the sentence, then its holder after a comma: "The police public
# relations officer for the command, DSP Ada Obi," (a rank's letters may come first).
_TITLE_OPENING: Final = re.compile(
    r"(?:^|(?<=[\s\"“]))[Tt]he[ \u00a0]+((?:[\w\-]+[ \u00a0]+){1,5}?[\w\-]+)"
    r"(?:[ \u00a0]+(?:in|of|for|at)[ \u00a0]+[^,;:.!?\n]{1,30})?,[ \u00a0]+"
    r"(?:[A-Z][A-Za-z]{1,4}\.?[ \u00a0]+)?\Z"
)


def _word_initials(title: str) -> str:
    """The letters of a title written in words of any case, links left out.

    >>> _word_initials("police public relations officer"), _word_initials("Chief of Staff")
    ('PPRO', 'CS')
    """
    return "".join(w[0] for w in title.split() if w not in _TITLE_LINKS).upper()


def _letters_holder(scene: Scene, letters: str, limit: int) -> str | None:
    """Rule *a title's letters stand for its holder*: ``said the CS`` after ``Energy
    Cabinet Secretary Amina Otieno``, ``the CM`` after ``Chief Minister Shri Ravi
    Menon`` or ``Ravi Menon, the Chief Minister of Velora,``, ``the IGP`` after
    ``Inspector-General of Police Musa Bello``: the latest person whose title, just
    before the name or in an appositive after it, ends in words with those initials.
    None when no one's title fits (``the BBC``, ``the EU``: an organisation's letters).
    """
    text = scene.text
    for _, m in _persons_back(scene, limit):
        lo = max(scene.layout.starts[m.sentence], m.start - 60)
        if _initials(_title_before(text, lo, m.start)).endswith(letters):
            return m.name
        opening = _TITLE_OPENING.search(text, scene.layout.starts[m.sentence], m.start)
        if opening is not None and _word_initials(opening.group(1)) == letters:
            return m.name  # "The police public relations officer, Ada Obi," → the PPRO
        after = _TITLE_AFTER.match(text, m.end, min(len(text), m.end + 60))
        if after is not None and letters in (
            _initials(after.group(1).split(" of ")[0]),  # "the Chief Minister of Velora"
            _initials(after.group(1)),  # "the Assistant Commissioner of Police"
        ):
            return m.name
    return None


def _joined(scene: Scene, phrase: Phrase) -> str | None:
    """A couple or a firm (:func:`quotematch.names.joined_name`) as written, unless the
    article has named its parts as other people: ``Ruiz and Tom Grant`` after ``Ana
    Ruiz`` (a surname is no partner's given name), ``Tom and Ana Kirk`` after ``Tom
    Reyes``, ``Tom & Ana`` after ``Tom Reyes`` and ``Ana Kirk`` are two speakers (None);
    an organisation's own *and* (``Office of Rail and Road``) passes."""
    words = phrase.words
    link = words.index("and") if "and" in words else words.index("&")
    index = scene.entities.index
    left = " ".join(words[:link])
    known = index.expand(left, words[:link])
    left_person = known is not None and known != left and known in index.persons
    if not phrase.org:
        # A couple shares the surname: a known person of another surname is someone else.
        return None if left_person and known.split()[-1] != words[-1] else phrase.text
    right = " ".join(words[link + 1 :])
    known_right = index.expand(right, words[link + 1 :])
    right_person = known_right is not None and known_right in index.persons
    return None if left_person and right_person else phrase.text


def _nickname(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """``the Kestrels said``: a team's nickname stands for the club.

    A capitalised plural after *the*, named for the first time, is the club
    whose name starts with its stem (``Kestrel Rovers``), else the club the
    article is about, else nobody (``""``); None (keep the name as written) in
    an article that names no club (``the Greens said``).

    >>> from quotematch.clauses import speaker_phrase
    >>> text = "Kestrel Rovers sacked their coach. “We wish him well,” the Kestrels said."
    >>> at = text.index("the Kest")
    >>> _nickname(Scene(text, []), speaker_phrase(text, at, at + 12), at)
    'Kestrel Rovers'
    """
    word = phrase.text
    if not (
        word.endswith("s")
        and word[:1].isupper()
        and not word.isupper()
        and scene.text[max(0, phrase.start - 4) : phrase.start].casefold() == "the "
    ):
        return None
    entities = scene.entities
    i = bisect_left(entities.mention_starts, phrase.start)
    earlier = entities.mentions[max(0, i - 200) : i]  # bounded: the cost stays linear
    if any(m.name == word for m in earlier):
        return None  # the article names it so elsewhere: a name of its own
    clubs = False
    for m in reversed(earlier):
        if m.kind == "org" and m.name.split()[0] in (word[:-1], word[:-2]):
            return m.name
        clubs = clubs or (
            m.kind != "person" and not cues.CLUB_WORDS.isdisjoint(m.name.casefold().split())
        )  # "Kestrel Rovers", and "Harlow Town" (a place, or a club)
    if not clubs:
        return None
    if _MATCH_OPPONENT.search(scene.text, max(0, phrase.start - _REACH), phrase.start):
        return ""  # "Harlow Town beat Crowmarsh": two sides, and either may be the Magpies
    # A sports story: the nickname is a club's, the one the article is about or nobody.
    return _role(scene, Phrase("the club", 0, 0, "np", head="club"), limit) or ""


# A match against another side named in the story: "beat Crowmarsh", "drew with Kelby".
_MATCH_OPPONENT: Final = regex.compile(
    r"(?<![\p{L}])(?:beat|beaten[ \u00a0]+by|drew[ \u00a0]+with|lost[ \u00a0]+to|faced?"
    r"|played|against|v|vs)\.?[ \u00a0]+(?:the[ \u00a0]+)?\p{Lu}"
)


def pronoun(scene: Scene, phrase: Phrase, limit: int, cue: str | None = None) -> str | None:
    """Rule ``pronoun``: ``he``/``she`` → a person in view; ``it``/``they`` → an
    organisation in view (see :func:`_pronoun`); ``It read:`` after a sentence
    naming a statement → whoever issued it, a person too. ``cue``: the clause's verb."""
    reads = phrase.text == "it" and _READS.match(scene.text, phrase.end) is not None
    if reads and _sign_in_view(scene, limit):
        return None
    return _pronoun(scene, phrase.text, limit, reads=reads, cue=(cue or "").casefold())


# A pronoun and its verb set off by commas inside what it reports: ", she wrote, “".
_SPLIT_REPORT: Final = regex.compile(rf"{_S}*\p{{Ll}}+(?:{_S}+\p{{Ll}}+)?,{_S}*[“\"‘']")


def _named_in_split_report(scene: Scene, limit: int, name: str) -> bool:
    """True when the he/she at ``limit`` is set off by commas inside the sentence it
    reports (``Coyle's approach, she wrote, “would leave …”``) and ``name`` is named in
    the reported words before it: whoever *she* is, she is not the one she names.

    >>> text = "Ida Marr ruled. Ana Ruiz's plan, she wrote, “would fail.”"
    >>> at = text.index("she")
    >>> _named_in_split_report(Scene(text, []), at, "Ana Ruiz")
    True
    >>> text = "Ida Marr ruled. Ana Ruiz, 41, said she would appeal."
    >>> _named_in_split_report(Scene(text, []), text.index("she"), "Ana Ruiz")
    False
    """
    text = scene.text
    lo = scene.layout.starts[scene.layout.sentence(limit)]
    if not text.startswith(", ", limit - 2) or any(m in text[lo:limit] for m in "“”\"«»"):
        return False
    end = limit + 3 if text.startswith("she", limit) else limit + 2
    if _SPLIT_REPORT.match(text, end, end + 40) is None:
        return False
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, lo)
    while i < len(mentions) and mentions[i].start < limit:
        if mentions[i].name == name:
            return True
        i += 1
    return False


def _sign_in_view(scene: Scene, limit: int) -> bool:
    """Rule *what a sign reads is nobody's quote*: ``By the afternoon a handwritten sign
    had been taped to the gates. It read: “…”`` — ``It read`` right after a sentence
    about a sign, placard or banner (``cues.SIGN_NOUNS``, this sentence or the one before)
    is the sign's wording, not the words of the organisation in view.

    >>> t = "Kelby Council shut the pool. A sign was taped to the door. It read: “Closed.”"
    >>> _sign_in_view(Scene(t, []), t.index("It read"))
    True
    """
    layout = scene.layout
    here = layout.sentence(limit)
    before = layout.previous_sentence(here)
    lo = layout.starts[before if before >= 0 else here]
    return about_a_sign(scene.text[max(lo, limit - 400) : limit])


# "His campaign went further.", "Her re-election campaign hit back": a person's campaign
# opening a sentence.
_CAMPAIGN_OPENING: Final = regex.compile(
    rf"(?P<owner>His|Her){_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+)?(?:campaign|camp){_S}+\p{{Ll}}"
)


def _campaign_opening(scene: Scene, limit: int) -> str | None:
    """Rule *a person's campaign speaks for them*, for *they*: the sentence before the one
    at ``limit``, in its paragraph, opens with *his* or *her* and the person's campaign
    (``His campaign went further. In a fundraising email, they wrote: “…”``), so *they*
    is the campaign, which speaks for the person it is for (as ``his campaign said``
    does); else None.

    >>> text = "Dennis Falk laughed. His campaign went further. In an email, they wrote: “No.”"
    >>> _campaign_opening(Scene(text, []), text.index("they"))
    'Dennis Falk'
    """
    layout = scene.layout
    here = layout.sentence(limit)
    before = layout.previous_sentence(here)
    if before < 0 or layout.paragraph(layout.starts[before]) != layout.paragraph(limit):
        return None
    lo = layout.starts[before]
    found = _CAMPAIGN_OPENING.match(scene.text, lo, layout.starts[here])
    if found is None:
        return None
    person = _person(scene, lo, "m" if found.group("owner") == "His" else "f")
    return person if person is not None and scene.entities.kinds.get(person) == "person" else None


# A document's verbs after "it": "It read:", "it continues", "It went on"; and "It said:"
# right after a document is named, since "it" never stands for its issuer if a person.
_READS: Final = re.compile(
    r"[ \u00a0]+(?:read|reads|began|begins|continued|continues|went[ \u00a0]+on"
    r"|said|says|stated|states)\b"
)


# Rule *an owner's reply is a statement*: "Halvern Land's reply stated that it would …",
# "the council's response said": an owner's reply speaks for the owner, as an owner's
# statement does.
_OWNED_REPLIES: Final = frozenset({"reply", "response", "answer"})


def _held(text: str) -> bool:
    """True when a phrase holds a possessive: ``Halvern Land's reply``, ``Brisk Homes' reply``.

    >>> _held("Halvern Land's reply"), _held("the reply")
    (True, False)
    """
    return any(mark in text for mark in ("'s ", "’s ", "s' ", "s’ "))


def _role(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """A noun phrase resolved by the rule its head calls for."""
    head = phrase.head
    if head in cues.DOCUMENT_NOUNS or (head in _OWNED_REPLIES and _held(phrase.text)):
        return statement(scene, phrase, limit)
    if head in cues.SPOKESPERSON_NOUNS:
        return spokesperson(scene, phrase, limit)
    return description(scene, phrase, limit)


def _pronoun(
    scene: Scene,
    pronoun: str,
    limit: int,
    documents: bool = True,
    reads: bool = False,
    cue: str = "",
) -> str | None:
    """``he``/``she`` → a person in view; ``it``/``they`` → an organisation in view.

    ``documents``: whether ``it`` may stand for a statement named nearby
    (False when resolving the owner of a statement, which would loop);
    ``reads``: ``it`` is the subject of a document's verb (``It read:``), so
    it stands for a statement named nearby whoever issued it; ``cue``: the verb
    of a he/she (see :func:`_person`).
    """
    if pronoun in ("he", "she"):
        gender = "m" if pronoun == "he" else "f"
        spoken = _reported_spokesperson(scene, limit, gender)
        found = spoken or _person(scene, limit, gender, cue=cue)
        if found is not None and _named_in_split_report(scene, limit, found):
            # Rule *a name in the words a pronoun reports is not the pronoun*: "Marsh's
            # opinion anticipated that objection. Coyle's approach, she wrote, “…”" — she
            # reports what Coyle's approach would do, so she is not Coyle: the person
            # before this sentence, or nobody.
            start = scene.layout.starts[scene.layout.sentence(limit)]
            earlier = _person(scene, start, gender, cue=cue)
            return earlier if earlier != found else None
        if found is None and scene.entities.presumed:
            # Rule *a given name is weak evidence of gender*: a he/she no one of that
            # presumed gender takes goes by what the article says alone.
            scene.entities.weigh_given_names(False)
            try:
                found = _person(scene, limit, gender, cue=cue)
            finally:
                scene.entities.weigh_given_names(True)
        return found
    if pronoun == "they":
        # "A spokesperson for the force said officers were reviewing CCTV. “…,” they
        # said.": the organisation spoken for, not the last name in the sentence.
        spoken = _reported_spokesperson(scene, limit, "")
        if spoken is not None:
            return spoken
        owner = _campaign_opening(scene, limit)
        if owner is not None:
            return owner
        if _group_opening(scene, limit):
            return None  # "Residents were furious. “…,” they said.": the residents
    layout = scene.layout
    role = _role_subject(scene, limit)
    if role is not None:
        # "The club said it would act. “…,” it read.": the role noun's referent.
        named = _role(scene, Phrase(f"the {role}", 0, 0, "np", head=role), limit)
        if named is not None:
            return named
    if pronoun == "it" and documents:
        # "“…,” the letter reads. It goes on: “…”": the document just quoted.
        j = bisect_left(scene.spoken.said_starts, limit) - 1
        if (
            j >= 0
            and scene.spoken.said[j].start in scene.spoken.document_said
            and layout.paragraph(limit) - layout.paragraph(scene.spoken.said[j].start) <= 1
        ):
            return scene.spoken.said[j].name
        # "The post opens with a confession: “…” It then moves on: “…”": the
        # document the sentence before is about speaks for its issuer.
        here = scene.layout.sentence(limit)
        for sentence in (here, scene.layout.previous_sentence(here)):
            if sentence >= 0:
                issuer = _document_subject(scene, sentence, limit)
                if issuer is not None:
                    return issuer
    # "the council's statement took a gentler line. “…,” it said.":
    # a statement named in this sentence or the one before speaks for its issuer.
    here = scene.layout.sentence(limit)
    floor = scene.layout.starts[max(0, scene.layout.previous_sentence(here))]
    floor = max(floor, limit - _NEAR)  # a sentence can run on for ever in odd text
    document = latest_document(scene, floor, limit) if documents else None
    if document is not None:
        issuer = _issuer_at(scene, document[0])
        if issuer is not None and (reads or issuer in scene.entities.index.orgs):
            return issuer  # "The 24-year-old released a statement. It read: “…”"
    if reads and documents:
        noted = _note_sentence(scene, limit)
        if noted >= 0:
            return _opening_name(scene, noted, limit)
    if pronoun == "they":
        staff = _staff_of(scene, limit)
        if staff is not None:
            return staff
    found = _org(scene, limit, None, 3 if pronoun == "it" else 1)
    if found is not None or pronoun != "it":
        return found
    # "Korvex said on Tuesday profits fell. “…,” it said.": with no organisation
    # named, the one-word company the story opens with (as for "the firm").
    # Only a name the scan found: an ordinary word opening the story ("Inflation has
    # slowed…") may be what *it* stands for, where "the firm" rules it out.
    return scene.entities.salient_org(limit) or _lone_company(scene, limit, openings=False)


# What someone writes by hand and leaves or sends, which "it read" may stand for (not
# among the statements a reporter's "the note" points back to: "of note", "took note").
_NOTE_WORDS: Final = re.compile(
    r"\b(?:a|an|the|his|her|their|its)[ \u00a0]+(?:[a-z-]+[ \u00a0]+)?(?:note|card|inscription)\b"
)


def _note_sentence(scene: Scene, limit: int) -> int:
    """The sentence before ``limit`` (or the one before that) that names a note or card
    written by someone, else -1: ``“…,” it read.`` after ``A neighbour left a note on
    the door.`` is the note's wording."""
    layout = scene.layout
    here = layout.sentence(limit)
    for sentence in (here, layout.previous_sentence(here)):
        if sentence < 0:
            break
        lo = layout.starts[sentence]
        if _NOTE_WORDS.search(scene.text, lo, min(limit, lo + 400)) is not None:
            return sentence
    return -1


def _opening_name(scene: Scene, sentence: int, limit: int) -> str | None:
    """Rule *a note is its writer's*: the person or organisation whose name opens
    ``sentence`` (``Ada Reid left a note``), else None, as for ``A benefactor, who would
    not give a name, left a note``: a writer with no name, not the organisation
    in view."""
    lo = scene.layout.starts[sentence]
    i = bisect_left(scene.entities.mention_starts, lo)
    if i >= len(scene.entities.mentions):
        return None
    m = scene.entities.mentions[i]
    if m.start >= limit or m.kind not in ("person", "org"):
        return None
    return m.name if not scene.text[lo : m.start].strip(" \u00a0\n\"“‘") else None


_GROUP_LEADS: Final = frozenset({"the", "many", "some", "most", "other", "several", "local"})
# Unnamed groups that have spokespeople of their own: "Police are appealing for
# witnesses. “…,” a spokesperson said." (passengers or fans have none).
_OFFICIAL_GROUPS: Final = frozenset(
    {"police", "officials", "authorities", "investigators", "prosecutors", "officers",
     "organisers", "organizers"}
)  # fmt: skip


def _group_opening(
    scene: Scene, limit: int, groups: frozenset[str] = cues.GROUP_NOUNS
) -> bool:
    """True when the sentence before ``limit``'s opens with an unnamed group as its
    subject (``Residents were furious.``, ``The club's fans booed.``, ``Many local
    parents agree.``, or two people, ``Ana Ruiz and Tom Baines run the pub.``): a
    *they* right after is that group, which has no one name, not the organisation the
    story is about; the plural of any noun for a person counts (``Judges praised…``).
    Not a firm's staff (``Analysts at Kestrel Capital…``: rule *a firm's staff speak for
    it*). ``groups``: the nouns that count."""
    layout, text = scene.layout, scene.text
    sentence = layout.previous_sentence(layout.sentence(limit))
    if sentence < 0:
        return False
    lo = layout.starts[sentence]
    if groups is cues.GROUP_NOUNS and _pair_opening(scene, lo, limit):
        return True
    words = text[lo : min(limit, lo + 80)].lstrip(' \u00a0"“‘(').split()[:6]
    for k, word in enumerate(words[:4]):
        bare = word.strip(".,;:!?").casefold()
        if (
            bare in groups or (groups is cues.GROUP_NOUNS and cues.people_plural(bare))
        ) and bare.endswith(("s", "ple", "men", "ren", "ff", "ice")):
            after = words[k + 1 : k + 2]
            return not (after and after[0] in ("at", "of", "from", "for"))
        if k and word[:1].isupper() and not word.endswith(("'s", "’s")):
            return False  # a name before the noun: "Kelby Rovers fans" belong to someone
        if not (bare in _GROUP_LEADS or word.endswith(("'s", "’s")) or word[:1].islower()):
            return False
    return False


def _pair_opening(scene: Scene, lo: int, limit: int) -> bool:
    """True when the sentence at ``lo`` opens with two people joined by *and* (``Ana
    Ruiz and Tom Baines run the Red Lion.``): a *they* after it is the pair, not the
    pub they run."""
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, lo)
    if i + 1 >= len(mentions) or mentions[i + 1].start >= limit:
        return False
    first, second = mentions[i], mentions[i + 1]
    return (
        first.kind == "person"
        and second.kind == "person"
        and not scene.text[lo : first.start].strip(' \u00a0"“‘(')
        and scene.text[first.end : second.start] in (" and ", " & ")
    )


# Rule *a firm's staff speak for it*: "Analysts at Kestrel Capital, led by Ivo Renn, were
# more cautious. “…,” they wrote." — people who work at a named organisation, as a group.
_STAFF_AT: Final = regex.compile(
    r"[\s\"“‘(]*(?:The[ \u00a0]+)?(?:[\p{Lu}][\p{Ll}]+[ \u00a0]+)?"
    r"(?:[Aa]nalysts|[Ee]conomists|[Rr]esearchers|[Ss]cientists|[Ss]trategists|[Ee]ngineers"
    r"|[Ll]awyers|[Ee]xperts|[Oo]fficials|[Ss]taff)[ \u00a0]+(?:at|from)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?"
)


def _staff_of(scene: Scene, limit: int) -> str | None:
    """The organisation whose staff, as a group, open this sentence or the one before:
    ``Analysts at Kestrel Capital … were more cautious. “…,” they wrote.`` → Kestrel
    Capital (not a person or place named there)."""
    layout, entities = scene.layout, scene.entities
    here = layout.sentence(limit)
    for sentence in (here, layout.previous_sentence(here)):
        if sentence < 0:
            break
        found = _STAFF_AT.match(scene.text, layout.starts[sentence], limit)
        if found is not None:
            m = entities.mention_at(found.end())
            if m is not None and m.kind in ("org", "unknown"):
                return m.name
            return None
    return None


_NAMED_BODY: Final = rf"[\p{{Lu}}\d][\w&'’.\-]*(?:{_S}+[\p{{Lu}}\d][\w&'’.\-]*){{0,5}}"
_SPOKESPERSON_OPENING: Final = regex.compile(
    rf"[\s\"“‘(]*(?P<np>(?:An?|The)(?:{_S}+[^.!?;:\n“”\"]{{0,60}}?)?{_S}+"
    rf"(?P<noun>spokes(?:(?P<g>wo)?man|(?P<p>person)))"
    # "for Channel 4", "for the club": whom the spokesperson speaks for, before the verb
    # (also "for the Riverside Health Trust": a body's name after "the")
    # (also "for the energy regulator, Ofgrid,": a role and the body's name after it)
    rf"(?:{_S}+(?:for|at|of){_S}+(?:the{_S}+(?:\p{{Ll}}+{_S}+)?\p{{Ll}}+,{_S}+{_NAMED_BODY},"
    rf"|the{_S}+\p{{Ll}}+|(?:the{_S}+)?{_NAMED_BODY}))?)"
    # "has just told us", "had earlier said": an auxiliary and an adverb before the verb
    rf"{_S}+(?:(?:also|later|earlier|just|since|already|has|had|have){_S}+){{0,2}}(?P<verb>\w+)"
)  # (the verb is checked against the list in Python: the whole cue pattern here
#    would cost 20 ms to compile at import)


def _reported_spokesperson(scene: Scene, limit: int, gender: str) -> str | None:
    """``A Home Office spokeswoman said the rise was needed. “…,” she added.``

    A spokesman or spokeswoman who opens the sentence before and is reported
    there, not quoted, is who ``he``/``she`` stands for: the organisation
    spoken for. Nobody else may be named between that sentence and the pronoun.
    ``gender`` is ``m`` for ``he``, ``f`` for ``she`` and ``""`` for ``they``,
    which only a genderless spokesperson is: after ``A spokesman for the council
    said residents had complained``, ``they`` are the residents, not the council.
    """
    layout = scene.layout
    here = layout.sentence(limit)
    begin = layout.starts[here]
    # The pronoun's own sentence when words of it come before ``limit`` (a bounded
    # look: a sentence can run on for ever in odd text), else the one before.
    opened = limit - begin > 12 or scene.text[begin:limit].strip(" \u00a0" + MARKS)
    sentence = here if opened else layout.previous_sentence(here)
    if sentence < 0:
        return None
    # Rule *the spokeswoman's paragraph*: in the pronoun's own paragraph any verb will do
    # ("A spokeswoman for Hexley Council pointed to its figures. “…,” she said.").
    same = layout.paragraph(layout.starts[sentence]) == layout.paragraph(limit)
    opening = _reported_opening(scene, sentence, limit, any_verb=same)
    if opening is None:
        return None
    spoken_gender = "" if opening.group("p") is not None else "f" if opening.group("g") else "m"
    if spoken_gender != gender:
        return None  # "a spokesperson" is never he/she, "a spokesman" never they
    entities = scene.entities
    i = bisect_left(entities.mention_starts, opening.end())
    if (
        i < len(entities.mentions)
        and entities.mentions[i].start < limit
        and (entities.mentions[i].kind == "person")
    ):
        return None  # someone named after it, closer to the pronoun
    return _spoken_for(scene, _opening_phrase(scene, opening), limit)


def _reported_opening(
    scene: Scene, sentence: int, limit: int, any_verb: bool = False
) -> regex.Match[str] | None:
    """A spokesperson opening ``sentence`` as the subject of a speech verb (of any verb
    with ``any_verb``), or None."""
    lo = scene.layout.starts[sentence]
    if scene.text.find("spokes", lo, min(limit, lo + 200)) < 0:
        return None  # the common case, settled by one substring search
    opening = _SPOKESPERSON_OPENING.match(scene.text, lo, min(limit, lo + 200))
    if opening is None or not (any_verb or opening.group("verb") in cues.SPEECH_WORDS):
        return None
    return opening


def _opening_phrase(scene: Scene, opening: regex.Match[str]) -> Phrase:
    """The spokesperson noun phrase a :data:`_SPOKESPERSON_OPENING` match found."""
    start, end = opening.span("np")
    if scene.text[end - 1] == ",":
        end -= 1  # "for the energy regulator, Ofgrid,": the name closes the phrase
    written = scene.text[start:end]
    return Phrase(written[0].lower() + written[1:], start, end, "np", head=opening.group("noun"))


def _document_subject(scene: Scene, sentence: int, limit: int) -> str | None:
    """The issuer of a statement or post that opens ``sentence`` as its subject."""
    lo = scene.layout.starts[sentence]
    document = latest_document(scene, lo, min(limit, lo + 40))
    if document is None:
        return None
    start, end = document
    noun = scene.text[start:end].casefold()
    opening = scene.text[lo:start].split()
    if not opening or len(opening) > 3:
        return None
    first = opening[0].strip('“"‘').casefold()
    if first not in ("the", "its", "his", "her", "their") and not first.endswith(("'s", "’s")):
        return None
    phrase = Phrase(f"the {noun}", lo, end, "np", head=noun)
    return _issuer(scene, phrase, limit)


def _possessor(scene: Scene, start: int, end: int, limit: int) -> str | None:
    """The owner named just before a noun at ``end``: ``its``, ``her``, ``the club's``.

    Up to two lower-case modifiers may stand between (``the club's earlier
    apology``, ``their official statement``).
    """
    text = scene.text
    words = _last_words(text, start, end, 4)  # the loop reads no further back
    k = len(words)
    for _ in range(3):
        if k == 0:
            return None
        word = words[k - 1][0]
        folded = word.casefold()
        if folded in ("its", "their"):
            return _pronoun(scene, "it", limit, documents=False)
        if folded in ("his", "her"):
            return _person(scene, limit, "m" if folded == "his" else "f")
        if folded.endswith(("'s", "’s", "s'", "s’")):
            owner_end = words[k - 1][1] - (2 if folded.endswith("s") else 1)
            if word[:1].isupper():
                clean = last_name_run(text, max(start, owner_end - 60), owner_end)
                if clean is None:
                    return None
                return scene.entities.named(clean.start, clean.name, clean.words)
            head = fold(word)
            if k >= 2 and words[k - 2][0].casefold() == "the":
                return _role(scene, Phrase(f"the {head}", 0, 0, "np", head=head), limit)
            if head == "family" and k >= 2:
                # Rule *a family speaks as one*, owned: "His family's statement read:",
                # "Ruiz's family's tribute" — the family's, never the person it mourns.
                kin = _possessor(scene, start, owner_end - len("family"), limit)
                if kin is not None and scene.entities.kinds.get(kin) == "person":
                    return kin + _FAMILY
            return None
        if not word.islower() or folded in cues.DETERMINERS or folded in cues.PREPOSITIONS:
            return None
        k -= 1
    return None


def _issuing_body(text: str, start: int, head_at: int) -> str | None:
    """The body noun (:data:`_ISSUING_BODIES`) standing between an article at ``start``
    and a document noun at ``head_at`` (``A council statement``), else None.

    >>> t = "A council statement read"
    >>> _issuing_body(t, 0, t.index("statement")), _issuing_body("A joint statement", 0, 8)
    ('council', None)
    """
    words = text[start:head_at].split()
    if len(words) != 2 or words[0].casefold() not in ("a", "an", "the"):
        return None
    body = words[1].casefold()
    return body if body in _ISSUING_BODIES else None


# The bodies whose noun, right before a document noun, names its issuer ("a council
# statement", "a police report"): organisation roles, but not a medium or a place the
# document is on or in ("a website post", "a court filing", "a paper note").
_ISSUING_BODIES: Final = frozenset(
    {
        "council", "company", "firm", "club", "government", "ministry", "department",
        "agency", "police", "union", "party", "league", "federation", "association",
        "university", "school", "college", "hospital", "trust", "authority", "board",
        "committee", "commission", "regulator", "airline", "bank", "charity", "campaign",
        "team", "embassy", "consulate", "church", "diocese", "chamber", "operator", "carrier",
        "retailer", "insurer", "lender", "watchdog", "coastguard", "constabulary",
        "municipality", "prefecture", "directorate", "foundation", "society", "institute",
    }
)  # fmt: skip


def _named_modifier(scene: Scene, start: int, head_at: int) -> str | None:
    """Rule *a named statement is its namer's*: the organisation or person the article
    names whose name stands right before a document noun at ``head_at``, after
    ``start`` (``The Brandle Water statement read:`` → Brandle Water); None for any
    other capitalised word there (``The Tuesday statement``, a place)."""
    text = scene.text
    end = start + len(text[start:head_at].rstrip(" \u00a0"))
    clean = last_name_run(text, start, end)
    if clean is None:
        return None
    name = scene.entities.index.expand(clean.name, clean.words)
    if name is None or scene.entities.kinds.get(name) not in ("org", "person"):
        return None
    return name


def _last_words(text: str, start: int, end: int, most: int) -> list[tuple[str, int]]:
    """The last ``most`` words (``TOKEN`` runs) of ``text[start:end]``, in order, with their ends.

    Read backwards from ``end``: an owner is named just before its noun, and
    tokenising the whole stretch before a statement noun for the last few
    words cost about 33k instructions more per generated article (compiled).
    """
    found: list[tuple[str, int]] = []
    at = end
    while len(found) < most:
        while at > start and (text[at - 1] == " " or text[at - 1] == "\u00a0"):
            at -= 1
        if at <= start:
            break
        word_end = at
        while at > start and text[at - 1] != " " and text[at - 1] != "\u00a0":
            at -= 1
        found.append((text[at:word_end], word_end))
    found.reverse()
    return found


# A document's owner written as a role: "the bureau's", "The agency's".
_ROLE_OWNED: Final = re.compile(r"\b[Tt]he[ \u00a0]+(?P<role>[a-z][a-z\-]*)['’]s[ \u00a0]")


def _issuer(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """Who issued the statement, post or letter a phrase names.

    Its owner when the phrase has one (``its statement``, ``the club's
    apology``); else the issuer of the same kind of document the reporter
    mentioned last (``Ruiz said in a statement``, ``the 51-year-old issued
    a statement``); else the latest speaker nearby; else the most salient
    organisation.
    """
    text = scene.text
    head_at = -1
    for word, word_start, _ in word_spans(text, phrase.start, phrase.end):
        if fold(word) == phrase.head:
            head_at = word_start
            break
    if head_at > phrase.start:
        owner = _possessor(scene, phrase.start, head_at, limit) or _named_modifier(
            scene, phrase.start, head_at
        )
        if owner is not None:
            return owner
        body = _issuing_body(text, phrase.start, head_at)
        if body is not None:
            # Rule *a body's noun before a document is its issuer*: "A council statement
            # read:", "a company filing shows", "the club statement said" — the council,
            # company or club the article names, as "the council said" would be; no such
            # body named, nobody (never the councillor or the firm quoted last).
            return description(scene, Phrase(f"the {body}", 0, 0, "np", head=body), limit)
        owned = _ROLE_OWNED.search(text, phrase.start, head_at)
        if owned is not None and owned.group("role") in _NAMED_FOR_KIND:
            # Rule *a described owner or nobody*: "The bureau's report said" with no
            # bureau named is nobody's, not the ship or shop the report is about.
            return None
    if any(mark in text[phrase.start : head_at] for mark in _CLOSING_APOSTROPHES) and (
        panel := _panel_owner(text, phrase.start, head_at)
    ):
        # Rule *a panel's ruling is the panel's*: "The stewards' report said:" is the
        # stewards', never the rider it punished (whom the sentences before are about);
        # "The Arvel stewards' decision document" places the panel in its own words.
        return _panel(scene, panel, max(limit, head_at))
    if phrase.head == "report" and head_at > phrase.start and _police_record(text, head_at):
        # Rule *a police record is the force's*: "the arrest report read" is the words of
        # the force the article names, never the suspect it is about nor the station
        # that obtained it; with no force or several, nobody.
        return _police_force(scene)
    floor = limit - _REACH
    if phrase.head in _POST_NOUNS or phrase.head in _PAGE_NOTICES:
        account = _posting_account(scene, phrase.start) if phrase.head in _POST_NOUNS else None
        if account is not None:
            return account
        owner_at = (
            _PAGE_OWNER.search(text, phrase.start, phrase.end) if " on " in phrase.text else None
        )
        if owner_at is not None:
            # Rule *a post on someone's page is theirs*: "A post on the critic Ivo
            # Marr's blog called it “…”" is Marr's, not the person in view; so is a
            # notice or statement on a named owner's page ("A notice on Kelby ABC's
            # Facebook page read:" is the club's, not a street named before).
            clean = clean_name(owner_at.group("name"), owner_at.start("name"))
            if clean is not None:
                return scene.entities.named(clean.start, clean.name, clean.words)
    same = latest_document(scene, floor, phrase.start, phrase.head)
    if (head_at > phrase.start and _joint(text, phrase.start, head_at)) or (
        same is not None and _joint(text, same[0] - 7, same[0])
    ):
        # "a joint statement": issued by several, none of them alone — unless they
        # are the members of one body ("Leaders of the Tallis Group agreed …,
        # according to a joint communique"), which speaks.
        return _members_body(scene, same[0] if same is not None else phrase.start)
    own = _own_sender(scene, head_at) if head_at >= 0 else None
    if own is not None:
        return own
    taken = False
    while (
        same is not None
        and _timed_by(text, same[0])
        and _sent_from(text, same[0], same[0] + 120) is None
    ):
        # Rule *a document as a point in time is no one's*: "Asked whether his cousin
        # knew before the announcement, Casimir said …" dates the question; Casimir
        # issued nothing, so a later "The announcement reads:" is not his ("after a
        # letter from Cllr Venn" still names its sender).
        same = latest_document(scene, floor, same[0], phrase.head)
    while (
        same is not None
        and _taken_in(text, scene.layout.starts[scene.layout.sentence(same[0])], same[0])
        and _sent_from(text, same[0], same[0] + 120) is None
    ):
        # "Ana Ruiz rejected the report.": she did not write it; an earlier one may say who.
        taken = True
        same = latest_document(scene, floor, same[0], phrase.head)
    if same is not None:
        found = _issuer_at(scene, same[0])
        if found is not None:
            return found
        sentence = scene.layout.sentence(same[0])
        if _nameless_sentence(scene, sentence) or _fronted_unnamed(
            scene, scene.layout.starts[sentence], same[0]
        ):
            return None
    if taken:
        return None  # named only as what someone received or judged: its issuer is unknown
    here = scene.layout.sentence(phrase.start)
    if phrase.head == "report":
        inspector = _report_author(scene, here, phrase.start)
        if inspector is not None:
            return inspector
    if phrase.head in _POST_NOUNS:
        owner = _appeal_owner(scene, limit)
        if owner is not None:
            return owner
    # "The club said … “…”, the statement read.": no statement
    # named before, so the entity the last sentences are about issued it.
    study: bool = phrase.head in _STUDY_NOUNS
    # Rule *a quoted sentence has no subject*: "The department released more details.
    # “… . …,” the news release said." — the reporter's sentence before the quote's.
    for sentence in (here, scene.layout.reported_sentence_before(here)):
        if sentence >= 0:
            subject = _subject_of(scene, sentence, phrase.start, study)
            if subject is not None:
                return subject
    near = scene.layout.paragraphs[max(0, scene.layout.paragraph(phrase.start) - 2)]
    other = latest_document(scene, max(floor, near, phrase.start - _NEAR), phrase.start)
    if other is not None:
        found = _issuer_at(scene, other[0])
        if found is not None:
            return found
    if phrase.head in _STUDY_NOUNS:
        # Rule *a study is no speaker's*: "The audit is harsher than the mayor. “…,”
        # as the report puts it." — a body's paper, not the words of whoever spoke last.
        return _org(scene, limit, None, 2) or scene.entities.salient_org(limit)
    return _author(scene, limit) or scene.entities.salient_org(limit)


_CLOSING_APOSTROPHES: Final = ("'", "’")

# What police write up, before "report": "the arrest report", "a police report", "the
# booking report".
_POLICE_RECORDS: Final = frozenset({"arrest", "police", "booking"})
# Words that make a name a police force's: "Kelby Police", "Ostwin County Sheriff's
# Office", "the Harlow Constabulary", "the State Highway Patrol".
_FORCE_WORDS: Final = frozenset(
    {"police", "sheriff's", "sheriff’s", "sheriff", "constabulary", "patrol"}
)


def _police_record(text: str, head_at: int) -> bool:
    """True when the word right before the document noun at ``head_at`` says the police
    wrote it (``the arrest report``, ``a police report``).

    >>> t = "the arrest report read"
    >>> _police_record(t, t.index("report")), _police_record("the annual report", 11)
    (True, False)
    """
    words = text[max(0, head_at - 20) : head_at].split()
    return bool(words) and words[-1].casefold() in _POLICE_RECORDS


def _police_force(scene: Scene) -> str | None:
    """The one police force the article names (an organisation with a force's word in its
    name, :data:`_FORCE_WORDS`), else None; found once per article."""
    if scene.police_forces is None:
        scene.police_forces = frozenset(
            m.name
            for m in scene.entities.mentions
            if m.kind == "org" and not _FORCE_WORDS.isdisjoint(m.name.casefold().split())
        )
    forces = scene.police_forces
    if len(forces) != 1:
        return None
    return next(iter(forces))


def _panel_owner(text: str, start: int, head_at: int) -> str | None:
    """The panel noun (``cues.PANEL_NOUNS``) owning the document noun at ``head_at``
    (``the stewards' report`` → ``stewards``), else None.

    >>> text = "The stewards' decision document said"
    >>> _panel_owner(text, 0, text.index("decision")), _panel_owner(text, 0, text.index("doc"))
    ('stewards', 'stewards')
    >>> _panel_owner(text, 0, 4)
    """
    for word in text[start:head_at].split()[-2:]:
        # the owner right before the document noun, or before a word of a compound one
        # ("the stewards' decision document")
        if word.endswith(("s'", "s’")) and word[:-1].casefold() in cues.PANEL_NOUNS:
            return word[:-1].casefold()
    return None


def _panel(scene: Scene, noun: str, limit: int) -> str | None:
    """The panel of ``noun`` (``stewards``) the article placed, as ``Kelmarsh stewards``:
    written ``stewards at Kelmarsh`` or ``the Kelmarsh stewards``, the latest before
    ``limit``; None when it never said whose they are (a panel has no name of its own).
    """
    place: str | None = None
    for found in _PANEL_PLACE.finditer(scene.text, max(0, limit - _REACH), limit):
        words: list[str] = (found.group("before") or found.group("after")).split()
        if words[0].casefold() in cues.DETERMINERS:
            words = words[1:]  # "The Arvel commissaires": the place after the article
        if words and (found.group("noun") or found.group("noun2")).casefold() == noun:
            place = " ".join(words)
    return f"{place} {noun}" if place else None


_PLACE_WORDS: Final = rf"\p{{Lu}}[\p{{L}}\-]*(?:{_S}+\p{{Lu}}[\p{{L}}\-]*){{0,3}}"
_PANEL_PLACE: Final = regex.compile(
    rf"(?:(?P<before>{_PLACE_WORDS}){_S}+(?P<noun>[Ss]tewards|[Cc]ommissaires)(?![\p{{L}}])"
    rf"|(?<![\p{{L}}])(?P<noun2>[Ss]tewards|[Cc]ommissaires){_S}+(?:at|of|for){_S}+"
    rf"(?:the{_S}+)?(?P<after>{_PLACE_WORDS}))"
)


# What bodies, inquiries and researchers publish, which no one quoted nearby wrote.
_STUDY_NOUNS: Final = frozenset({"report", "review", "study", "findings", "survey", "audit"})


# Rule *a post is its account's*: "The post, first shared by an account called
# @harrowby_truth, …" or "An account called @kelby_eye posted that …" before "the post
# said": the account the reporter named as posting it (not a person's handle in brackets
# after their name, "Ana Ruiz (@anaruiz)", who is named).
_POST_NOUNS: Final = frozenset({"post", "tweet", "thread", "caption", "account", "video", "clip"})
_POSTING_ACCOUNT: Final = regex.compile(
    rf"(?:(?<![\p{{L}}])(?:account|user|profile|page){_S}+(?:called|named){_S}+"
    rf"|(?<![\p{{L}}])(?:posted|shared|published|written|uploaded)"
    rf"(?:{_S}+[\p{{L}}\p{{N}}]+){{0,3}}?{_S}+by{_S}+"
    rf"(?:(?:the|an?){_S}+(?:account|user|profile|page){_S}+)?)(?P<handle>{HANDLE.pattern})"
    rf"|(?<![\p{{L}}])(?:account|user|profile|page|channel){_S}+calling{_S}+"
    rf"(?:himself|herself|itself|themselves){_S}+(?P<styled>{NAME_PATTERN})"
    rf"|(?:(?P<owner>\p{{Lu}}[\p{{L}}'’\-]*(?:{_S}+\p{{Lu}}[\p{{L}}'’\-]*){{0,3}}){_S}+\("
    rf"|(?<![(\p{{L}}]))(?P<poster>{HANDLE.pattern})\)?"
    rf"{_S}+(?:\p{{Ll}}+ly{_S}+)?(?:posted|shared|tweeted|wrote|claimed)(?![\p{{L}}])"
)


# Rule *an appeal's post is its owner's*: "The council's Facebook appeal to trace a spaniel's
# has been shared 3,000 times." ⏎ "“…,” the post read." — the post is the appeal its owner
# put up, not the words of anyone its story is about. The owner's possessive, then up to
# a platform's name and one more word, then the appeal.
# An appeal or a plea counts only put up somewhere ("Facebook appeal", "online plea"):
# "the council's appeal against the ruling" is a court's business, not a post.
_OWNED_APPEAL: Final = regex.compile(
    rf"['’]s(?:{_S}+(?P<where>\p{{Lu}}[\p{{L}}\-]*|online))?(?:{_S}+\p{{Ll}}[\p{{Ll}}\-]*)?"
    rf"{_S}+(?P<noun>appeal|post|page|plea|message|update)s?(?![\p{{L}}])"
)


# Rule *a named page's post is its owner's*: "The Kelby Police Facebook page was less
# diplomatic." ⏎ "“…,” the post read." — a name written before a platform and its page or
# account owns the posts read from it (a name, then the platform, perhaps one more word).
_NAMED_PAGE: Final = regex.compile(
    rf"(?P<owner>\p{{Lu}}[\p{{L}}\-]*(?:{_S}+\p{{Lu}}[\p{{L}}\-]*){{0,4}}?){_S}+"
    rf"(?:{cues.PLATFORM_PATTERN})"
    rf"(?:{_S}+\p{{Ll}}[\p{{Ll}}\-]*)?{_S}+(?:page|account|feed|channel)s?(?![\p{{L}}])"
)


def _named_page_owner(scene: Scene, lo: int, limit: int) -> str | None:
    """The owner named before a platform's page between ``lo`` and ``limit``
    (:data:`_NAMED_PAGE`), in its fullest known form; None when there is none.

    >>> text = "The Kelby Police Facebook page was blunt.\\n\\n“Gone,” the post read."
    >>> _named_page_owner(Scene(text, []), 0, text.index("“"))
    'Kelby Police'
    """
    text = scene.text
    if text.find(" page", lo, limit) < 0 and text.find(" account", lo, limit) < 0 and (
        text.find(" feed", lo, limit) < 0 and text.find(" channel", lo, limit) < 0
    ):
        return None  # the common case: no page named, a few substring searches
    found: regex.Match[str] | None = None
    for match in _NAMED_PAGE.finditer(text, lo, limit):
        found = match  # the last one before the quote
    if found is None:
        return None
    clean = clean_name(found.group("owner"), found.start("owner"))
    if clean is None:
        return None
    return scene.entities.named(clean.start, clean.name, clean.words) or clean.name


def _appeal_owner(scene: Scene, limit: int) -> str | None:
    """The owner of an appeal or post named before ``limit`` (the quote), in its paragraph
    or the one before (rule *an appeal's post is its owner's*): ``the council's`` as the
    council the article named, ``Kelby Zoo's`` as Kelby Zoo; None when none is named.

    >>> text = "Ashby Council's Facebook appeal was shared widely.\\n\\n“Help,” the post read."
    >>> _appeal_owner(Scene(text, []), text.index("“"))
    'Ashby Council'
    >>> text = "Ashby Council's appeal against the fine failed.\\n\\n“Help,” the post read."
    >>> _appeal_owner(Scene(text, []), text.index("“")) is None
    True
    """
    layout = scene.layout
    lo = layout.paragraphs[max(0, layout.paragraph(limit) - 1)]
    found: regex.Match[str] | None = None
    for match in _OWNED_APPEAL.finditer(scene.text, lo, limit):
        found = match  # the last one before the quote
    if found is None:
        return _named_page_owner(scene, lo, limit)
    if found.group("noun") in ("appeal", "plea") and not found.group("where"):
        return None
    return _possessor(scene, lo, found.start() + 2, limit)


def _posting_account(scene: Scene, limit: int) -> str | None:
    """The account the reporter named as posting before ``limit`` in its paragraph, or in
    the paragraph before when a quote opens this one (rule *a post is its account's*).

    >>> text = "The post was shared by an account called @kelby_eye. “No,” the post said."
    >>> _posting_account(Scene(text, []), text.index("the post"))
    '@kelby_eye'
    """
    text, layout = scene.text, scene.layout
    reach = max(0, limit - _NEAR)
    if text.find("@", reach, limit) < 0 and text.find(" calling ", reach, limit) < 0:
        return None  # the common case: no handle in reach, one substring search
    paragraph = layout.paragraph(limit)
    lo = layout.paragraphs[paragraph]
    if not layout.outside_quotes(lo) or text[lo : lo + 1] in MARKS:
        lo = layout.paragraphs[max(0, paragraph - 1)]  # a quote opens the paragraph
    elif paragraph >= 2 and text[layout.paragraphs[paragraph - 1]] in MARKS:
        # "In a follow-up post, the account wrote:" right after a paragraph the post's
        # words open: the account named in the paragraph before that one
        lo = layout.paragraphs[paragraph - 2]
    lo = max(lo, reach)
    found = None
    for match in _POSTING_ACCOUNT.finditer(text, lo, limit):
        if layout.outside_quotes(match.start()):
            found = match
    if found is not None and found.group("styled") is not None:
        # "a user calling himself Dr Ravi Pell": the name the account goes by
        clean = clean_name(found.group("styled"), found.start("styled"))
        if clean is None:
            return None
        return scene.entities.named(clean.start, clean.name, clean.words) or clean.name
    if found is None or found.group("owner") is None:
        return found and (found.group("handle") or found.group("poster"))
    # "Ana Ruiz (@anaruiz) posted": the person named, whose handle it is
    clean = clean_name(found.group("owner"), found.start("owner"))
    return None if clean is None else scene.entities.named(clean.start, clean.name, clean.words)


# "Leaders of the nine-nation Varn Council", "Foreign ministers from the Tallis Group".
_MEMBERS_OF: Final = regex.compile(
    rf"(?:[Ll]eaders|[Mm]embers|[Mm]inisters|[Hh]eads{_S}+of{_S}+(?:state|government)"
    rf"|[Dd]elegates|[Gg]overnments|[Ss]tates|[Cc]ountries|[Nn]ations){_S}+(?:of|from){_S}+"
    rf"(?:the{_S}+)?(?:[\p{{Ll}}\p{{N}}][\p{{Ll}}\p{{N}}\-]*{_S}+)?\Z"
)


def _members_body(scene: Scene, at: int) -> str | None:
    """The organisation whose members the sentence at ``at`` names as a group
    (``Leaders of the nine-nation Varn Council``): the issuer of their joint
    statement. None when the sentence names no such body.

    Rule *a body's members write as the body*: a joint communique of a council's
    leaders is the council's; a joint statement of two named firms stays no one's.
    """
    layout, entities = scene.layout, scene.entities
    sentence = layout.sentence(at)
    lo = layout.starts[sentence]
    i = bisect_left(entities.mention_starts, lo)
    while i < len(entities.mentions) and entities.mentions[i].start < at:
        m = entities.mentions[i]
        i += 1
        if m.kind == "org" and _MEMBERS_OF.search(scene.text, max(lo, m.start - 60), m.start):
            return m.name
    return None


# Verbs whose object is a document someone else issued: "Tom Baines received a letter",
# "He opened the email"; and verbs that judge one, "Ana Ruiz rejected the report".
# ("read" is not one: "her solicitor read a statement" reads her own words; nor "sent",
# "handed": "Pellmore sent a letter" is Pellmore's.)
_RECEIVES_DOCUMENT: Final = frozenset(
    {"received", "receives", "got", "gets", "opened", "opens", "obtained", "leaked"}
)
_TAKES_DOCUMENT: Final = _RECEIVES_DOCUMENT | frozenset(
    {"rejected", "rejects", "criticised", "criticized", "criticises", "criticizes",
     "dismissed", "dismisses", "slammed", "slams", "condemned", "condemns", "questioned",
     "questions", "disputed", "disputes", "challenged", "challenges", "welcomed", "welcomes",
     "mocked", "mocks"}
)  # fmt: skip


# Prepositions that make a document a point in time: "before the announcement".
_TIME_PREPOSITIONS: Final = frozenset(
    {"before", "after", "since", "until", "following", "ahead", "awaiting", "pending"}
)
_TIMED_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that"})


def _timed_by(text: str, start: int) -> bool:
    """True when the document noun at ``start`` follows a preposition of time and a
    determiner, perhaps with one lower-case word between (``before the announcement``,
    ``after the official statement``, ``ahead of the report``): it dates something
    and names no issuer.

    >>> t = "Asked if he knew before the announcement, Ivo said"
    >>> _timed_by(t, t.index("announcement"))
    True
    >>> t = "Ivo made the announcement on Monday"
    >>> _timed_by(t, t.index("announcement"))
    False
    """
    words = text[max(0, start - 40) : start].split()[-4:]
    if not words or words[-1].casefold() not in _TIMED_DETERMINERS:
        if len(words) < 2 or not words[-1].islower() or words[-2] not in _TIMED_DETERMINERS:
            return False
        words = words[:-1]
    words = words[:-1]
    if words and words[-1] == "of":
        words = words[:-1]  # "ahead of the report"
    return bool(words) and words[-1].casefold() in _TIME_PREPOSITIONS


def _taken_in(text: str, lo: int, start: int) -> bool:
    """True when the document noun at ``start`` is the object of a verb of receiving
    or judging (``_TAKES_DOCUMENT``, among the three words before it in its sentence,
    which starts at ``lo``) and has no owner written before it (``the council's
    report`` says who issued it).

    >>> text = "Tom Baines received a stern letter from his employer."
    >>> _taken_in(text, 0, text.index("letter"))
    True
    >>> text = "Pellmore sent Tom Baines its letter."
    >>> _taken_in(text, 0, text.index("letter"))
    False
    """
    words = text[max(lo, start - 50) : start].split()[-3:]
    for word in reversed(words):
        if word[-1:] in ",;:" or word.endswith(("'s", "’s", "s'", "s’")) or word in _OWNERS:
            return False
        if word.casefold() in _TAKES_DOCUMENT:
            return True
    return False


# "run by the Academy Trust", "owned by": who has a thing, not who judged it.
_HELD_BY: Final = frozenset(
    {"run", "owned", "founded", "operated", "led", "managed", "funded", "backed", "sponsored",
     "acquired", "bought", "controlled", "supported", "employed", "used", "attended"}
)  # fmt: skip


def _report_author(scene: Scene, here: int, limit: int) -> str | None:
    """``Northcote Academy was rated inadequate by the Schools Inspection Board.`` then ``“…,” the
    report said``: a report is the work of the organisation the passive verb of
    this sentence or the one before names after *by* (who inspected, reviewed or
    rated), not the subject it judged. Not an outlet (``seen by the Post``), nor an
    owner (``run by the Academy Trust``)."""
    text, entities = scene.text, scene.entities
    sentence = scene.layout.previous_sentence(here)
    lo = scene.layout.starts[sentence if sentence >= 0 else here]
    for m in _orgs_back(entities, lo, limit):
        before = text[max(lo, m.start - 50) : m.start].split()
        if before and before[-1] == "the":
            before.pop()
        if len(before) >= 4 and before[-1] in ("from", "of") and before[-2] in _INSPECTORS:
            # "inspected by officers from Wexleigh Borough Council": whom they work for
            before = before[:-2] if before[-3] == "by" else before[:-3]
        if (
            len(before) >= 2
            and before[-1] == "by"
            and before[-2].casefold() not in _HELD_BY
            and not entities.addressed(m.start)
        ):
            return m.name
    return None


# Who inspects for a body: "visited by officers from Pellam Council", "by inspectors of
# the Care Board", "by health inspectors from" (one modifier word before the noun).
_INSPECTORS: Final = frozenset(
    {"officers", "officer", "inspectors", "inspector", "officials", "auditors", "assessors",
     "staff", "experts", "examiners"}
)  # fmt: skip


def _persons_back(scene: Scene, limit: int) -> Iterator[tuple[int, Mention]]:
    """The people mentioned within reach before ``limit``, the latest first, with
    their index in the mention list."""
    mentions = scene.entities.mentions
    floor = limit - _REACH
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= floor:
        if mentions[i].kind == "person":
            yield i, mentions[i]
        i -= 1


def _persons_ahead(scene: Scene, limit: int) -> Iterator[tuple[int, Mention]]:
    """The people mentioned within reach after ``limit``, in order, with their index in
    the mention list."""
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, limit)
    while i < len(mentions) and mentions[i].start < limit + _REACH:
        if mentions[i].kind == "person":
            yield i, mentions[i]
        i += 1


def _sole_name(names: Iterable[str]) -> str | None:
    """The one name ``names`` holds, or None when it holds none or two that differ
    (two holders of a title: which one spoke is not said)."""
    found: str | None = None
    for name in names:
        if found is not None and found != name:
            return None
        found = name
    return found


def _orgs_back(entities: Entities, lo: int, limit: int) -> Iterator[Mention]:
    """The organisations mentioned from ``lo`` up to ``limit``, the latest first."""
    mentions = entities.mentions
    i = bisect_left(entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= lo:
        if mentions[i].kind == "org":
            yield mentions[i]
        i -= 1


def _joint(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` has the word *joint* (``their joint statement``).

    >>> _joint("the joint statement", 0, 10), _joint("the statement", 0, 4)
    (True, False)
    """
    at = text.find("joint ", max(0, start), end)
    return at >= 0 and (at == 0 or not text[at - 1].isalpha())


def _issuer_named(text: str) -> regex.Match[str] | None:
    """``_ISSUER.search(text)``: the name after *from*/*of*/*by* ending ``text``.

    The pattern needs "from", "of" or "by": most phrases have none, and the
    substring tests are far cheaper than the search (compiled, per generated
    article, measured: about 10k instructions fewer).

    >>> _issuer_named("a statement from Rovers FC").group("name")
    'Rovers FC'
    >>> _issuer_named("a report from the nonpartisan Fiscal Office").group("name")
    'Fiscal Office'
    >>> _issuer_named("a letter from the lawyers for Ana Ruiz") is None
    True
    """
    if "of" in text or "by" in text or "from" in text:
        return _ISSUER.search(text)
    return None


# "a post on Tidewell's blog", "a notice in the council's newsletter": where it appeared.
_PLATFORM_OWNED: Final = regex.compile(
    rf"{_S}(?:on|in){_S}+(?P<name>{NAME_PATTERN})['’]s?{_S}+(?:official{_S}+)?"
    r"(?:blog|website|site|page|account|channel|feed|newsletter|forum)(?![\p{L}])"
)


def _platform_owner(scene: Scene, written: str) -> str | None:
    """Rule *a post on a body's blog is the body's*: ``A post on Tidewell's blog
    announcing the round said`` is Tidewell's, not the speaker quoted last — the owner
    of the blog, website, page, account, channel, feed or newsletter it appeared on.

    >>> _platform_owner(Scene("", []), "A post on Kelby Mills’ website")
    'Kelby Mills'
    """
    if " on " not in written and " in " not in written:
        return None  # the pattern needs one of its words: most phrases have neither
    found = _PLATFORM_OWNED.search(written)
    clean = clean_name(found.group("name")) if found is not None else None
    return scene.entities.index.expand(clean.name, clean.words) if clean is not None else None


# What an outlet publishes under its own name: its review, editorial, column, article.
_OUTLET_PIECES: Final = frozenset({"review", "editorial", "article", "column", "leader", "piece"})
# "A review on the gaming site Hexwire", "an editorial in the weekly magazine Tidings":
# the outlet's noun, then its name, ending the phrase.
_OUTLET_NAMED: Final = regex.compile(
    rf"{_S}(?:on|in){_S}+the{_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}}"
    rf"(?:site|website|blog|magazine|newspaper|paper|journal|outlet|weekly|daily|tabloid)"
    rf",?{_S}+(?P<name>{NAME_PATTERN})\Z"
)


def _outlet_of_piece(scene: Scene, phrase: Phrase) -> str | None:
    """Rule *a review is its outlet's*: ``A review on the gaming site Hexwire concluded:``
    is Hexwire's, not the speaker quoted last — a piece an outlet publishes
    (:data:`_OUTLET_PIECES`) in or on the outlet its noun and name give. A post on a
    site is no such piece: its writer is someone else.

    >>> _outlet_of_piece(Scene("", []), Phrase("A review on the gaming site Hexwire", 0, 35,
    ...     "np", head="review"))
    'Hexwire'
    """
    if phrase.head not in _OUTLET_PIECES or " the " not in phrase.text:
        return None
    found = _OUTLET_NAMED.search(phrase.text)
    clean = clean_name(found.group("name")) if found is not None else None
    return scene.entities.index.expand(clean.name, clean.words) if clean is not None else None


def _linked_owner(scene: Scene, written: str) -> str | None:
    """The name after *from*/*of*/*by* ending a phrase (``a statement from Rovers FC``,
    ``the prefecture of Haute-Morvienne``), in its fullest form, or None."""
    issuer = _issuer_named(written)
    clean = clean_name(issuer.group("name")) if issuer is not None else None
    return scene.entities.index.expand(clean.name, clean.words) if clean is not None else None


# Rule *a document to its readers from its sender*: whom it went to may stand between the
# document and its sender ("a message to members from Ms Vell", "a letter to parents from
# the headteacher"): up to three words after *to*.
_TO_READERS: Final = rf"(?:{_S}+to{_S}+(?:[\p{{L}}'’\-]+{_S}+){{0,2}}?[\p{{L}}'’\-]+)?"
# "a letter from Pellmore Ltd", "an email from the Kelby Trust": the sender; "a note
# written by Ana Ruiz", "the judgment by Judge Ivo Marr" (rule *a document by someone is
# theirs*), "the letter Ana Ruiz had left for her son": its writer.
_SENT_FROM: Final = regex.compile(
    rf"\p{{L}}+,?{_TO_READERS}{_S}+(?:from|(?:written|penned|left|sent|organi[sz]ed|drafted)"
    rf"{_S}+by){_S}+(?:the{_S}+)?"
    rf"(?P<name>{NAME_PATTERN})"
    rf"|\p{{L}}+{_S}+by{_S}+(?:the{_S}+)?(?P<name>{NAME_PATTERN})"
    rf"|\p{{L}}+{_S}+(?:(?:that|which){_S}+)?(?P<name>{NAME_PATTERN}){_S}+(?:had{_S}+)?"
    rf"(?:written|wrote|left|sent|penned)(?![\p{{L}}])"
)


# Words one of _SENT_FROM's forms must hold ("by": written by or alone; "wr": wrote).
_SENT_WORDS: Final = ("from", "by", "wr", "left", "sent", "penned")


def _sent_from(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """``_SENT_FROM.match(text, start, stop)``, tried only when a word it needs is there.

    Most documents are named with no sender or writer after them: a few substring
    searches settle it where the pattern's call costs thousands of instructions.

    >>> t = "Ruiz read a letter from Pellmore Ltd."
    >>> _sent_from(t, t.index("letter"), len(t)).group("name"), _sent_from(t, 0, 9)
    ('Pellmore Ltd', None)
    """
    window = text[start:stop]
    if not any(word in window for word in _SENT_WORDS):
        return None
    return _SENT_FROM.match(text, start, stop)


# "read to the court by her husband, Tomas Brell," / "through his sister, Ana Marr,":
# a relative named in apposition after the word that carries the family's words.
_KIN_READER: Final = regex.compile(
    rf"(?:by|through|from){_S}+(?:his|her|their){_S}+(?P<kin>\p{{Ll}}+(?:-in-law)?),{_S}+"
    rf"(?P<name>{NAME_PATTERN}),"
)


def _family_reader(scene: Scene, start: int) -> str | None:
    """Rule *a family speaks through the relative it names*: ``In a statement read to the
    court by her husband, Tomas Brell, the family said: “…”`` is Tomas Brell, the one
    relative the sentence names as carrying the family's words; None when the sentence
    before ``the family`` at ``start`` names no relative so (``the family`` alone)."""
    text = scene.text
    lo = scene.layout.starts[scene.layout.sentence(start)]
    if text.find(",", lo, start) < 0:
        return None  # no apposition: the common case, settled without the pattern
    for found in _KIN_READER.finditer(text, lo, start):
        if not cues.is_kin(found.group("kin")):
            continue
        clean = clean_name(found.group("name"), found.start("name"))
        if clean is not None:
            return scene.entities.named(clean.start, clean.name, clean.words)
    return None


def _own_sender(scene: Scene, head_at: int) -> str | None:
    """Rule *a document's sender named with it*: ``The open letter, organised by the
    Pellmore Staff Union, said the book…`` — the sender or organiser written right after
    the document noun the quote's clause names, before any earlier mention of the same
    kind of document (whose signers may be unnamed)."""
    text = scene.text
    sender = _sent_from(text, head_at, min(len(text), head_at + 60))
    if sender is None or text.startswith(("'s ", "’s "), sender.end()):
        return None
    clean = clean_name(sender.group("name"), sender.start("name"))
    return scene.entities.named(clean.start, clean.name, clean.words) if clean else None


_KIN_NAMED: Final = regex.compile(
    rf"['’]s{_S}+\p{{Ll}}+(?:-in-law)?,{_S}+(?P<name>{NAME_PATTERN})"
)


# Rule *a family's tribute through the police is the family's*: "Police released a
# statement from his family.", "Police issued a tribute on behalf of her family.", "His
# family issued a statement through Morland Police." — the family, not the force.
# (also "Mr Orme's family", "Tolland's family": a name's possessive for the pronoun)
_FAMILY_OWNER: Final = (
    rf"(?:\p{{Lu}}[\p{{L}}\-]*\.?{_S}+){{0,2}}\p{{Lu}}[\p{{L}}\-]*['’]s"
)
_FAMILY_SENDER: Final = regex.compile(
    rf"\p{{L}}+(?:{_S}+on{_S}+\p{{Lu}}\p{{Ll}}+day)?{_S}+(?:from|on{_S}+behalf{_S}+of)"
    rf"{_S}+(?P<kin>(?:his|her|their|{_FAMILY_OWNER}){_S}+(?:\p{{Ll}}+{_S}+)?family)"
    r"(?![\p{L}'’])"
)
_FAMILY_ISSUING: Final = regex.compile(
    rf"[\s\"“‘(]*(?P<kin>(?:His|Her|Their|{_FAMILY_OWNER}){_S}+(?:\p{{Ll}}+{_S}+)?family){_S}+"
    rf"(?:(?:has|have|had){_S}+)?(?:issued|released|shared|put{_S}+out){_S}"
)


def _family_issuer(scene: Scene, lo: int, start: int) -> str | None:
    """The family that issued the document mentioned at ``start`` in the sentence at
    ``lo`` (:data:`_FAMILY_SENDER`, :data:`_FAMILY_ISSUING`), resolved as ``his
    family said`` is; None when the sentence names no family."""
    text = scene.text
    found = _FAMILY_SENDER.match(text, start, min(len(text), start + 80))
    if found is None:
        found = _FAMILY_ISSUING.match(text, lo, start)
    if found is None:
        return None
    phrase = speaker_phrase(text, found.start("kin"), found.end("kin"))
    if phrase is None:
        return None
    return resolve(scene, phrase, start)[0]


def _issuer_at(scene: Scene, start: int) -> str | None:
    """Who issued the document the reporter mentions at ``start``."""
    sentence = scene.layout.sentence(start)
    lo = scene.layout.starts[sentence]
    family = _family_issuer(scene, lo, start)
    if family is not None:
        return family
    sender = _sent_from(scene.text, start, min(len(scene.text), start + 120))
    if sender is not None and scene.text.startswith(("'s ", "’s "), sender.end()):
        # "a letter from Kevin Darrow's mother, Elaine Darrow": the one in apposition
        # after the kin word, else nobody named (never Kevin Darrow himself).
        kin = _KIN_NAMED.match(scene.text, sender.end(), min(len(scene.text), sender.end() + 80))
        if kin is None:
            return None
        clean = clean_name(kin.group("name"), kin.start("name"))
        return scene.entities.named(clean.start, clean.name, clean.words) if clean else None
    if sender is not None:
        # "Tom Baines received a letter from Pellmore Ltd": the sender, not the subject.
        clean = clean_name(sender.group("name"), sender.start("name"))
        if clean is not None:
            return scene.entities.named(clean.start, clean.name, clean.words)
    if sender is None:
        described = _described_sender(scene, start)
        if described is not None:
            return described
    if _taken_in(scene.text, lo, start):
        return None  # "Tom Baines opened the email": he received it, from someone unnamed
    if start - lo <= _FRONTED_REACH and _fronted_own(scene.text, lo, start):
        # Rule *a fronted document is its sentence's speaker's*: "In its first report,
        # released on Friday, the Crossing Safety Board said …" — "its" points ahead, to
        # the body the sentence attributes, not back to the last organisation named.
        k = bisect_right(scene.spoken.said_starts, start)
        for said in scene.spoken.said[k : k + 1]:
            if said.sentence == sentence and said.kind != _UNNAMED:
                return said.name
    owner = _possessor(scene, max(lo, start - 80), start, start)
    if owner is None:
        owner = _agents_owner(scene, lo, start)
    if owner is not None:
        return owner
    # An attribution in the same sentence: "Heatherdown said in a statement".
    k = bisect_right(scene.spoken.said_starts, start) - 1
    for said in scene.spoken.said[max(0, k) : k + 2]:
        if said.sentence == sentence and said.kind != _UNNAMED:
            return said.name
    if _nameless_sentence(scene, sentence):
        return None
    return _subject_of(scene, sentence, start) or _fronted_issuer(scene, lo, start)


# "a statement from the author", "a letter from the headteacher": a person's noun right
# after *from the*.
_FROM_THE: Final = regex.compile(
    rf"\p{{L}}+{_TO_READERS}{_S}+from{_S}+(?P<phrase>the{_S}+(?P<noun>\p{{Ll}}[\p{{Ll}}-]*))(?![\p{{L}}'’-])"
)


def _described_sender(scene: Scene, start: int) -> str | None:
    """Rule *a statement from the author*: ``Penwright released a statement from the
    author, which reads in full:`` — the person the description after *from* stands for
    (as ``the author said`` would), not the publisher that released it; None when the
    document at ``start`` is not *from* a person's noun or nobody fits it.
    """
    text = scene.text
    stop = min(len(text), start + 80)
    if text.find(" from the ", start, stop) < 0:
        return None  # most documents: no sender described
    found = _FROM_THE.match(text, start, stop)
    if found is None or not _person_noun(found["noun"]):
        return None
    phrase = Phrase(found["phrase"], found.start("phrase"), found.end("phrase"), "np",
                    head=found["noun"])  # fmt: skip
    resolved = description(scene, phrase, start)
    if resolved is None or scene.entities.kinds.get(resolved) != "person":
        return None
    return resolved


# A sentence opening on its subject's own document: "In its first report, ", "In her
# written judgment, " (up to two modifiers between the owner and the document).
_FRONTED_REACH: Final = 60  # characters: "In their latest quarterly " and no more
_FRONTED_OWN: Final = regex.compile(
    rf"[\s\u00a0]*(?:In|Under|Through){_S}+(?:its|their|his|her)(?:{_S}+\p{{Ll}}[\p{{Ll}}-]*){{0,2}}{_S}+"
)


def _fronted_own(text: str, lo: int, start: int) -> bool:
    """``_FRONTED_OWN.fullmatch(text, lo, start) is not None``, asked only when the
    stretch holds one of the pattern's possessives: most sentences have none before
    their document noun, and a substring search is far cheaper than the pattern's
    call.

    >>> t = "In its first report, the board said"
    >>> _fronted_own(t, 0, t.index("report")), _fronted_own("The club said in a ", 0, 19)
    (True, False)
    >>> _fronted_own("In their ", 0, 9)
    True
    """
    window = text[lo:start]
    if "its" not in window and "his" not in window and "her" not in window and (
        "their" not in window
    ):
        return False
    return _FRONTED_OWN.fullmatch(text, lo, start) is not None


def _nameless_sentence(scene: Scene, sentence: int) -> bool:
    """Rule *an unnamed issuer stays unnamed*: True when a clause in ``sentence`` gave
    its quote no named speaker. ``In a statement, the family of one of the victims
    said: “…”`` then ``“…,” the statement continued.``: the statement is theirs, who
    have no name, not the officer quoted before them."""
    nameless = scene.spoken.nameless_starts
    i = bisect_left(nameless, scene.layout.starts[sentence])
    return i < len(nameless) and scene.layout.sentence(nameless[i]) == sentence


def _fronted_main(text: str, lo: int, start: int) -> int | None:
    """Where the main clause starts after a phrase that fronts the sentence at ``lo``
    with the document at ``start`` (``In a statement after the meeting, |the…``)."""
    if text[lo : lo + 3].casefold() != "in " or start - lo > 20:
        return None
    comma = text.find(",", start, start + 80)
    if comma < 0:
        return None
    main = comma + 1
    while main < len(text) and text[main] in "  ":
        main += 1
    return main


def _fronted_issuer(scene: Scene, lo: int, start: int) -> str | None:
    """``In a statement after the meeting, the university said it would…``: the
    subject of the main clause after a phrase that fronts the sentence with the
    document (a name, he/she, or a description such as ``the university``)."""
    main = _fronted_main(scene.text, lo, start)
    if main is None:
        return None
    return _clause_subject(scene, main, min(len(scene.text), main + 80), lo)


def _fronted_unnamed(scene: Scene, lo: int, start: int) -> bool:
    """Rule *an unnamed issuer stays unnamed*, in reported speech: True when the main
    clause after a fronted document opens with a description that stands for no one
    named (``In a victim impact statement read to the court, the worker said he…``):
    the statement is that unnamed person's, not the article's most salient name."""
    text = scene.text
    main = _fronted_main(text, lo, start)
    if main is None:
        return False
    words = text[main : main + 40].split()[:2]
    if len(words) < 2 or words[0].casefold() not in ("the", "a", "an") or not words[1].islower():
        return False
    return _clause_subject(scene, main, min(len(text), main + 80), lo) is None


def _agents_owner(scene: Scene, lo: int, start: int) -> str | None:
    """Rule *agents issue for their client*: ``Tyler's management issued a statement``
    (a sentence opening with a possessive name and an agent noun, ``cues.AGENT_NOUNS``)
    → the owner, Tyler, not the organisation in view."""
    text = scene.text
    hi = min(start, lo + 60)
    if text.find("'s ", lo, hi) < 0 and text.find("’s ", lo, hi) < 0:
        return None  # the common case: no possessive, settled by one substring search
    tokens = list(TOKEN.finditer(text, lo, hi))[:5]
    for k in range(len(tokens) - 1):
        word = tokens[k].group()
        if not word[:1].isupper():
            return None  # only a name opening the sentence owns the agents
        if word.endswith(("'s", "’s")):
            agent = tokens[k + 1].group()
            if agent.casefold() not in cues.AGENT_NOUNS or not agent.islower():
                return None  # "The Haldane County Sheriff's Office": a name, not her office
            named = _named_agents(scene, tokens[k + 1].end(), start)
            if named is not None:
                return named
            return _possessor(scene, lo, tokens[k + 1].start(), start)
    return None


# The agents' own name in apposition: "management company, Northgate Management," — up to
# two lower-case words after the agent noun, then the name between commas.
_AGENTS_APPOSITION: Final = regex.compile(
    rf"(?:{_S}+\p{{Ll}}+){{0,2}},{_S}+(?P<name>\p{{Lu}}[\p{{L}}\p{{M}}'’&.\- ]{{0,60}}?),"
)


def _named_agents(scene: Scene, at: int, limit: int) -> str | None:
    """Rule *named agents issue in their own name*: ``Morrow's management company,
    Northgate Management, has issued a statement`` → Northgate Management, an organisation
    the article names in apposition after the agent noun ending at ``at``; an unnamed
    ``Tyler's management issued a statement`` stays the client's (:func:`_agents_owner`).

    >>> t = "Ida Vell sang. Vell's management firm, Pike Artists, issued a statement."
    >>> _named_agents(Scene(t, []), t.index(" firm"), t.index("statement"))
    'Pike Artists'
    >>> t = "Ida Vell sang. Vell's management, she said, issued a statement."
    >>> _named_agents(Scene(t, []), t.index(", she"), t.index("statement")) is None
    True
    """
    found = _AGENTS_APPOSITION.match(scene.text, at, limit)
    if found is None:
        return None
    clean = clean_name(found.group("name"), found.start("name"))
    if clean is None:
        return None
    name = scene.entities.named(clean.start, clean.name, clean.words)
    return name if name is not None and scene.entities.kinds.get(name) == "org" else None


# A sentence opened by a thing and what it is to do, up to a name: "The race to replace
# retiring Rep. ", "A bid to oust ", "The campaign to recall Mayor ".
_THING_TO_DO: Final = regex.compile(
    rf"(?:The|A|An){_S}+\p{{Ll}}[\p{{Ll}}\-]*{_S}+to{_S}+\p{{Ll}}+{_S}+"
    rf"(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}}(?:\p{{Lu}}\p{{L}}*\.?{_S}+)?\Z"
)


def _subject_of(scene: Scene, sentence: int, limit: int, study: bool = False) -> str | None:
    """The person or organisation a sentence is about: its opening description or first name.

    ``study``: the sentence is looked at for the author of a study or report, which a
    name after a thing and a copula is not (rule *a name in the predicate is no subject*).
    """
    lo = scene.layout.starts[sentence]
    described = _opening_description(scene, lo, limit)
    if described is not None:
        return described
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, lo)
    stop = min(len(mentions), i + 8)
    while i < stop and mentions[i].start < limit:
        m = mentions[i]
        i += 1
        if m.kind in ("person", "org") and m.subject and not scene.entities.addressed(m.start):
            if study and _in_predicate(scene.text, lo, m.start):
                break  # "The audit is harsher than the mayor, Tom Reid.": about the audit
            if _THING_TO_DO.match(scene.text, lo, m.start) is not None:
                # Rule *what a thing is to do to someone is no subject*: "The race to
                # replace retiring Rep. Howard Blaylock, a Republican, is rated a toss-up"
                # is about the race; the man it would replace is its object.
                continue
            following = mentions[i] if i < stop else None
            if (
                m.kind == "org"
                and following is not None
                and following.kind == "person"
                and (
                    (
                        (following.roles or _seat_between(scene.text, m.end, following.start))
                        and following.start - m.end < 30
                        and not scene.text[m.end : following.start].strip(" \u00a0").count(" ")
                    )
                    or employs(scene.text, m, following)
                    or _office_then_holder(scene.text, m, following)
                )
            ):
                # "School principal Rafe Draycott", "Voss Motors chief executive Karl
                # Brandt", "Board member Ada Lisle": the person is the subject
                continue
            return m.name
    return _pronoun_subject(scene, lo, limit)


def _office_then_holder(text: str, office: Mention, holder: Mention) -> bool:
    """Rule *an office's holder in apposition*: ``signed by the County Executive Committee
    Member for Health, Dr Nyokabi Wachira,`` — a name read as a body whose words hold a
    person's office (``member``, ``secretary``, ``minister``…), then a comma, perhaps an
    honorific, and a person: the office is that person's title, and the person the subject.

    >>> t = "the Committee Member for Health, Dr Ann Oduya, blamed"
    >>> m = Mention(4, 31, "Committee Member for Health", "org", 0, True)
    >>> h = Mention(36, 45, "Ann Oduya", "person", 0, True)
    >>> _office_then_holder(t, m, h)
    True
    """
    between = text[office.end : holder.start]
    if not between.startswith(", ") or len(between) > 12:
        return False
    honorific = between[2:].strip(" \u00a0").rstrip(".")
    if honorific and (" " in honorific or fold(honorific) not in cues.HONORIFICS):
        return False
    return any(
        fold(word) == "member" or fold(word) in cues.PERSON_ROLES for word in office.name.split()
    )


def _seat_between(text: str, end: int, start: int) -> bool:
    """Rule *a body's member is a person*: ``member`` alone between a body's name and a
    person's (``Board member Ada Lisle``, ``Board trustee Ivo Rand``) makes the person
    the subject, as a role noun does (``School principal Rafe Draycott``)."""
    return text[end:start].strip(" \u00a0") in ("member", "trustee")


# Rule *a name in the predicate is no subject*: a sentence that opens with a thing and
# a copula ("The audit is harsher than the mayor, Tom Reid.") is about the thing.
_THING_THEN_COPULA: Final = regex.compile(
    rf"[\s\"“‘]*(?:The|A|An|Its|Their){_S}+(?:[\p{{Ll}}'’\-]+{_S}+){{0,4}}?"
    rf"(?:is|was|are|were){_S}"
)


def _in_predicate(text: str, lo: int, start: int) -> bool:
    """True when the sentence from ``lo`` opens with a lower-case noun phrase and a
    copula before the name at ``start`` (see ``_THING_THEN_COPULA``)."""
    return start - lo < 200 and _THING_THEN_COPULA.match(text, lo, start) is not None


def _pronoun_subject(scene: Scene, lo: int, limit: int) -> str | None:
    """``In a letter to residents, she says…``: a he/she reporting in the sentence.

    A sentence naming nobody as its subject is about the person its
    subject pronoun stands for, when that pronoun heads a speech verb.
    """
    text = scene.text
    for found in _PRONOUN_SAYS.finditer(text, lo, min(limit, lo + 200)):
        if found.group("verb").casefold() in cues.SPEECH_WORDS:
            pronoun = found.group("pronoun").casefold()
            return _person(scene, found.start(), "m" if pronoun == "he" else "f")
    return None


def _of_someone(folded: str) -> bool:
    """True for a noun for a person or people after a possessive: one that names what a
    person is or does (:func:`_person_noun`), a rival, a spokesperson or lawyer, kin,
    or a plural of people (``The Welshman's coach``, ``The singer's fans``)."""
    return (
        _person_noun(folded)
        or folded in cues.RELATION_NOUNS
        or folded in cues.AGENT_NOUNS
        or folded in cues.LEADING_PERSON_NOUNS
        or cues.is_kin(folded)
        or cues.people_plural(folded)
        or cues.is_descriptor(folded)
    )


def _owner_is_topic(tokens: Sequence[str], j: int) -> bool:
    """True when ``tokens[j]``, a possessive right after *the*, describes a person
    (``Welshman's``, ``33-year-old's``) and the sentence goes on with no person of
    theirs in its next two words (``rise has``, ``form this``), so it is about them.

    >>> _owner_is_topic(["The", "Welshman’s", "rise", "has"], 1)
    True
    >>> _owner_is_topic(["The", "Welshman’s", "former", "coach"], 1)
    False
    >>> _owner_is_topic(["The", "club’s", "form", "has"], 1)
    False
    """
    owner = tokens[j].strip(',.;:“”"‘’()')[:-2]
    folded = fold(owner)
    if not (year_old(folded) or cues.is_descriptor(owner)) or folded in cues.ORG_ROLES:
        return False
    for word in tokens[j + 1 : j + 3]:
        head = fold(word.strip(',.;:“”"‘’()'))
        if _of_someone(head) or head.endswith(("'s", "’s")) or not head.isalpha():
            return False
    return j + 1 < len(tokens)


def _body_in_apposition(scene: Scene, after: int) -> str | None:
    """The organisation named between commas right after ``after`` (a description's comma).

    Rule *a body's name after its description*: ``In a statement, the state's road safety
    agency, Pathwise Authority, said…`` is about Pathwise Authority, not the most salient
    organisation nor a road the sentence names later.
    """
    text = scene.text
    if after <= 0 or text[after : after + 1] != " ":
        return None
    m = scene.entities.mention_at(after + 1)
    if m is None or m.kind != "org" or text[m.end : m.end + 1] != ",":
        return None
    return m.name


def _opening_description(
    scene: Scene, lo: int, limit: int, gender: str | None = None
) -> str | None:
    """``The fiery Portuguese, …`` / ``But the 51-year-old …``: the described entity.

    A sentence opening with a definite description of a person or an
    organisation is about the entity the description resolves to.
    """
    hi = min(limit, lo + 80)
    if not _may_hold_the(scene.text, lo, hi):
        return None  # most sentences: no word to open with "the"
    tokens = split_words(scene.text, lo, hi)
    # Each opening word is folded once: compiled, str.casefold is a method call
    # through the interpreter, and the tests below asked for it up to four times.
    k = 0
    folded = tokens[0].casefold() if tokens else ""
    while (
        k < len(tokens) and k < 3 and (folded.strip(",") in LEADING or folded in cues.ADVERBS)
    ):
        k += 1
        folded = tokens[k].casefold() if k < len(tokens) else ""
    if k < len(tokens) and tokens[k] in _DATE_FRONT_FORMS:  # a set look-up settles most
        k += _dated_opening(tokens, k)
        folded = tokens[k].casefold() if k < len(tokens) else ""
    if k < len(tokens) and folded != "the":
        k = _past_fronted_time_or_place(tokens, k)
        folded = tokens[k].casefold() if k < len(tokens) else ""
    if k >= len(tokens) or folded != "the":
        return None
    if _ranked_opening(tokens[k : k + 6]):
        return scene.entities.salient_person(limit, gender)
    owned = False
    for j in range(k + 1, min(len(tokens), k + 5)):
        word = tokens[j]
        bare = word.strip(',.;:“”"‘’()')
        head = fold(bare)
        if j == k + 1 and head in _LOCAL_BODIES and word == bare and _verb_next(tokens, j):
            # Rule *a local body opening its sentence*: "In a statement to the station, the
            # district said it would…" is about the district named before (the latest name
            # ending in "District"), as "the district said" beside a quote is.
            return _named_body(scene, limit, head) or (
                _dateline_place(scene) if head in _DATELINE_BODIES else None
            )
        if head in cues.ORG_ROLES and not word.endswith(("'s", "’s")):
            if bare[:1].isupper() and _noun_follows(tokens, j):
                continue  # "The League Two club": a name modifying the noun after it
            if _person_role_follows(tokens, j):
                # Rule *a body's officer is no body*: "The casino owner, Ivo Darrant,
                # said…" is about the owner, not the casino.
                break
            if word.endswith(","):
                named = _body_in_apposition(scene, scene.text.find(word, lo, hi) + len(word))
                if named is not None:
                    return named
            return _role(scene, Phrase(f"the {head}", 0, 0, "np", head=head), limit)
        if not owned and word.endswith(("'s", "’s")) and not _capped([bare]):
            if j == k + 1 and _owner_is_topic(tokens, j):
                # Rule *a described person's thing is about that person*: "The
                # Welshman's rise has been dizzying.", "The 33-year-old's form…"
                owner = bare[:-2]
                if year_old(fold(owner)):
                    aged = _aged(scene, fold(owner).split("-", 1)[0], limit)
                    if aged is not None and (
                        gender is None or scene.entities.gender.get(aged, gender) == gender
                    ):
                        return aged
                return scene.entities.salient_person(
                    lo, gender or cues.descriptor_gender(owner)
                )
            # Rule *whose it is is not the subject*: "The star's manager was asked…"
            # is about someone of the star's; only a title after it may name them.
            owned = True
            continue
        if year_old(head) and j == k + 1:
            # Rule *an age opening the sentence is the person given it*: "Warehouse
            # picker Tolu Ardagh, 34, bought a van from Kellerby Motors. The 34-year-old
            # said he…" is Ardagh, not whoever is most salient.
            aged = _aged(scene, head.split("-", 1)[0], limit)
            if aged is not None and (
                gender is None or scene.entities.gender.get(aged, gender) == gender
            ):
                return aged
        if not owned and (
            _capped(tokens[k + 1 : j + 1])
            or head in cues.PERSON_DESCRIPTIONS
            or head in cues.DESCRIPTOR_NOUNS
            or year_old(head)
            or (
                cues.is_descriptor(bare)
                and not _name_goes_on(tokens, j)
                and not _body_noun_next(tokens, j)
            )
        ):
            if _yet_to_be_named(tokens, j):
                return None
            if head in cues.PERSON_ROLES:
                held = _holder_named_after(scene, lo, limit, head)
                if held is not None and (
                    gender is None or scene.entities.gender.get(held, gender) == gender
                ):
                    return held
                titled = _titled(scene, limit, head)
                if titled is not None:
                    return titled
            # Rule *a description looks back*: the one it describes was named before
            # its sentence ("The Emberly nominee credits her friend Tobin Quarrie…"
            # is not Quarrie), so salience is read where the sentence starts.
            return scene.entities.salient_person(lo, gender or cues.descriptor_gender(bare))
        if (
            head in cues.PERSON_ROLES
            and (j == k + 1 or (j > k + 1 and tokens[k + 1].endswith(("'s", "’s"))))
            and (titled := _titled(scene, limit, head)) is not None
        ):
            # "The union's general secretary hit back.", "The paceman was modest.":
            # the one titled so (or with a kindred title: a seamer is a bowler).
            return titled
        if word.endswith(",") or (bare.islower() and bare in cues.STOPWORDS):
            return None
    return None


def _holder_named_after(scene: Scene, lo: int, limit: int, role: str) -> str | None:
    """The person given ``role`` by name later in the sentence at ``lo``, or None.

    Rule *an office named before its holder*: ``The Chairman of the Vell Traders
    Union Anil Desa said …`` opens with the office and names its holder before the
    verb; a he/she after it is Desa, not whoever was in view before the sentence.
    Only a name that follows the office directly, with nothing but capitalised words
    and *of*/*the*/*and* between, holds it: in ``The party chief took a swipe at
    Chief Minister Rekha Iyer`` the verb comes first, and Iyer is not the chief.
    """
    entities = scene.entities
    sentence = scene.layout.sentence(lo)
    i = first = bisect_left(entities.mention_starts, lo)
    while i < len(entities.mentions) and i < first + 6:
        m = entities.mentions[i]
        if m.sentence != sentence or m.start > limit:
            return None
        if m.kind == "person" and role in m.roles:
            return m.name if _office_then_name(scene.text, lo, m.start, role) else None
        i += 1
    return None


def _office_then_name(text: str, lo: int, at: int, role: str) -> bool:
    """True when ``text[lo:at]`` is only an office: capitalised words, the office's
    own words and *of*/*the*/*and*/*for* (``The Chairman of the Vell Traders
    Union``), no verb or other lower-case word before the name at ``at``.

    >>> _office_then_name("The chairman of the Vell Union Anil Desa", 0, 31, "chairman")
    True
    >>> _office_then_name("The party chief took a swipe at Chief Minister Rekha", 0, 47, "chief")
    False
    >>> _office_then_name("Asked about it, the Chairman of the Vell Union Anil", 0, 47, "chairman")
    True
    """
    own = set(role.casefold().split())
    words = _WORDS.findall(text, lo, at)
    # Read from the office's own word: a fronted phrase before it ("Contacted for
    # comment, the Chairman of …") is no verb between the office and its holder.
    start = next((n for n, word in enumerate(words) if word.casefold() in own), 0)
    for word in words[start:]:
        folded = word.casefold()
        if not (word[:1].isupper() or folded in _OFFICE_LINKS or folded in own):
            return False
    return True


def _past_fronted_time_or_place(tokens: Sequence[str], k: int) -> int:
    """Rule *a fronted time or place is not the subject*: the token after up to two
    short phrases ending in a comma that open a sentence at ``tokens[k]`` (``Afterwards,
    in the wings, the star was asked…``, ``On Monday night, the singer…``), else ``k``.

    A phrase is at most four words, none capitalised but its first and days or
    months, so one naming someone (``Speaking to Oswin Tarr, the star…``) is no
    fronting, and nor is a description with an appositive (``The singer, 27,``).

    >>> _past_fronted_time_or_place("Afterwards, in the wings, the star was asked".split(), 0)
    4
    >>> _past_fronted_time_or_place("After meeting Oswin Tarr, the star left".split(), 0)
    0
    """
    for _ in range(2):
        if k >= len(tokens) or tokens[k].casefold() == "the":
            return k
        end = -1
        for j in range(k, min(len(tokens), k + 4)):
            word = tokens[j].rstrip(",")
            if j > k and word[:1].isupper() and word.casefold() not in cues.DATE_WORDS:
                return k
            if tokens[j].endswith(","):
                end = j
                break
        if end < 0:
            return k
        k = end + 1
    return k


# Prepositions that front a sentence with its date: "By Saturday the brand had…".
_DATE_FRONTS: Final = frozenset({"by", "on", "until", "since", "last", "late", "early"})
_DATE_FRONT_FORMS: Final = _DATE_FRONTS | {word.capitalize() for word in _DATE_FRONTS}


def _dated_opening(tokens: Sequence[str], k: int) -> int:
    """How many of ``tokens[k:]`` front the sentence with its date (0 or 2).

    Rule *a dated opening is no subject*: ``By Saturday the brand had withdrawn it.``,
    ``On Monday, the club said…`` are about the description after the date.

    >>> _dated_opening(["By", "Sunday", "the", "brand"], 0), _dated_opening(["By", "the"], 0)
    (2, 0)
    >>> _dated_opening(["Last", "night", "the", "charity"], 0)
    2
    """
    if k + 1 >= len(tokens) or tokens[k].casefold() not in _DATE_FRONTS:
        return 0
    after = tokens[k + 1].rstrip(",").casefold()
    if after in cues.CALENDAR_WORDS or (tokens[k].casefold() == "last" and after in _LAST_SPANS):
        return 2  # "On Monday the club…", "Last night the charity…"
    return 0


# What "last" dates a sentence by without a day's name: "Last night the charity called…".
_LAST_SPANS: Final = frozenset({"night", "week", "weekend", "month", "year"})


def _body_noun_next(tokens: Sequence[str], j: int) -> bool:
    """True when the word after ``tokens[j]`` is an organisation's role noun.

    Rule *a nationality before a body noun describes the body*: ``The Danish house
    announced…``, ``the Dutch bank said`` are an organisation, not ``the French``
    describing the person in view (``The Irish midfielder`` is one).

    >>> _body_noun_next(["The", "French", "house"], 1)
    True
    >>> _body_noun_next(["The", "Irish", "midfielder"], 1)
    False
    """
    if tokens[j][-1:] in ",.;:" or j + 1 >= len(tokens):
        return False
    head = fold(tokens[j + 1].strip(',.;:“”"‘’()'))
    return head in cues.ORG_ROLES and head not in cues.PERSON_ROLES


def _may_hold_the(text: str, lo: int, hi: int) -> bool:
    """False when no word of ``text[lo:hi]`` folds to *the*.

    Case folding goes letter by letter, so a word that folds to *the* leaves
    *the* in the folded stretch: one fold and one substring search settle most
    sentences without splitting them into words (compiled, with the other checks
    of the same change, per generated article: 3.768 M -> 3.601 M instructions).

    >>> _may_hold_the("But THE coach said", 0, 18), _may_hold_the("Ruiz said", 0, 9)
    (True, False)
    """
    return "the" in text[lo:hi].casefold()


# Rule *a description still to be named is nobody yet*: "The winner will be announced
# in June.", "The new chair is yet to be appointed." — whoever it is, the article has not
# named them, so the sentence is about no one in view.
_TO_BE: Final = (
    ("will", "be"), ("would", "be"), ("is", "to", "be"), ("are", "to", "be"),
    ("is", "yet", "to", "be"), ("has", "yet", "to", "be"), ("have", "yet", "to", "be"),
)  # fmt: skip
_CHOSEN: Final = frozenset(
    {
        "announced", "named", "chosen", "revealed", "picked", "selected", "decided",
        "crowned", "appointed", "unveiled", "elected", "confirmed", "identified",
    }
)  # fmt: skip


def _yet_to_be_named(tokens: Sequence[str], j: int) -> bool:
    """True when the description at ``tokens[j]`` is the subject of a verb saying who it
    is will be made known later (``The winner will be announced``).

    >>> _yet_to_be_named(["The", "winner", "will", "be", "announced", "in", "June."], 1)
    True
    >>> _yet_to_be_named(["The", "winner", "will", "be", "delighted."], 1)
    False
    """
    after = [t.casefold() for t in tokens[j + 1 : j + 6]]
    for aux in _TO_BE:
        n = len(aux)
        if tuple(after[:n]) == aux and len(after) > n:
            return after[n].strip(",.;:") in _CHOSEN
    return False


def _name_goes_on(tokens: Sequence[str], j: int) -> bool:
    """True when a capitalised word follows ``tokens[j]`` in the same phrase.

    Rule *a nationality opening a name is no descriptor*: ``The Irish Farmers'
    Association said`` and ``The Scottish Rugby Union said`` open with an
    organisation's name, not with ``the Irish`` describing the person in view.

    >>> _name_goes_on(["The", "Irish", "Farmers'", "Association"], 1)
    True
    >>> _name_goes_on(["The", "Irish", "midfielder"], 1), _name_goes_on(["The", "Scot,"], 1)
    (False, False)
    """
    if tokens[j][-1:] in ",.;:" or j + 1 >= len(tokens):
        return False
    return tokens[j + 1][:1].isupper()


def _ranked_opening(tokens: Sequence[str]) -> bool:
    """True when ``tokens`` (from *the*) open with a player named by ranking: ``the world
    No 7 paused``, ``the top seed``; not a bare number (``the No 7 bus``).

    >>> _ranked_opening(["the", "world", "No", "7", "paused."])
    True
    >>> _ranked_opening(["the", "No", "7", "bus", "was"])
    False
    >>> _ranked_opening(["The", "club's", "number", "one", "priority", "is"])
    False
    """
    joined = " ".join(tokens)
    found = _RANKED.match(joined)
    if found is None or joined[found.end() : found.end() + 1].isalnum():
        return False  # "the No 7s": not a whole word
    words = found.group().casefold().split()
    if words[-1] != "seed" and words[1] in ("no", "no.", "number"):
        return False
    return _ends_noun_phrase(joined[found.end() :].split()[:1])


def _ends_noun_phrase(after: Sequence[str]) -> bool:
    """True when the word in ``after`` (none at the end) cannot go on the noun phrase
    before it: punctuation, a name, or a verb (``the world No 7 paused``), not a noun
    (``the club's number one priority``)."""
    if not after or not after[0][:1].isalpha() or after[0][:1].isupper():
        return True
    word = after[0].strip(',.;:“”"‘’()').casefold()
    return (
        word in cues.SPEECH_WORDS
        or word in cues.AUXILIARIES
        or word in cues.ADVERBS
        or word.endswith("ed")
        or (word.endswith("s") and not word.endswith("ss"))
    )


def _person_role_follows(tokens: Sequence[str], j: int) -> bool:
    """True when the word after an organisation's role noun at ``tokens[j]`` is a
    person's role that it modifies (``The casino owner``, ``the hotel manager``), not
    an organisation's role as well (``the club operator`` stays the club's).

    >>> _person_role_follows(["The", "casino", "owner,"], 1)
    True
    >>> _person_role_follows(["The", "casino", "said"], 1)
    False
    >>> _person_role_follows(["The", "casino"], 1)
    False
    """
    if tokens[j].endswith(",") or j + 1 >= len(tokens):
        return False
    head = fold(tokens[j + 1].strip(',.;:“”"‘’()'))
    return head in cues.PERSON_ROLES and head not in cues.ORG_ROLES


def _noun_follows(tokens: Sequence[str], j: int) -> bool:
    """True when a lower-case role noun ends the capitalised words after ``tokens[j]``.

    ``The League Two club``, ``the Premier League side``: the capitalised
    words name what modifies the noun; the noun is the description.
    """
    for token in tokens[j + 1 : j + 4]:
        bare = token.strip(',.;:“”"‘’()')
        if bare[:1].isupper():
            continue
        head = fold(bare)
        return head in cues.ORG_ROLES or head in cues.PERSON_ROLES
    return False


def _capped(words: Sequence[str]) -> bool:
    """True when ``words`` (after *the*) end in a country's cap: ``former Wales international``.

    >>> _capped(["former", "Wales", "international"]), _capped(["international"])
    (True, False)
    """
    last = words[-1].rstrip(",.;:") if words else ""
    return (
        last in cues.CAPPED_NOUNS and len(words) >= 2 and words[-2][:1].isupper()
    )


def _may_open_with_role(text: str, start: int) -> bool:
    """False when ``_ROLE_SUBJECT`` cannot match at ``start``: a necessary condition.

    A match opens with ``the``/``The`` or has its comma within the first 31
    characters; most sentences have neither, and two string tests are far
    cheaper than the pattern (compiled, per generated article, measured:
    about 18k instructions fewer).
    """
    return text[start : start + 3] in ("The", "the") or "," in text[start : start + 31]


def _role_subject(scene: Scene, limit: int) -> str | None:
    """The organisation role noun (``club``) that opens this sentence or the one before."""
    here = scene.layout.sentence(limit)
    for sentence in (here, scene.layout.previous_sentence(here)):
        if sentence < 0:
            break
        start = scene.layout.starts[sentence]
        if not _may_open_with_role(scene.text, start):
            continue
        opening = _ROLE_SUBJECT.match(scene.text, start, min(limit, start + 80))
        if opening is not None:
            return opening.group("role").casefold()
        if sentence == here and _names_org_subject(scene, start, limit):
            # Rule *a named subject is nearer than a role*: "The regulator said… In a
            # statement, Corbel said it accepted… “…,” it said." is Corbel.
            break
    return None


def _names_org_subject(scene: Scene, lo: int, hi: int) -> bool:
    """True when an organisation is the subject of a mention in ``text[lo:hi]``."""
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, lo)
    while i < len(mentions) and mentions[i].start < hi:
        if mentions[i].kind == "org" and mentions[i].subject:
            return True
        i += 1
    return False


# A sentence opened by a subject pronoun of each gender.
_OPENING_PRONOUN: Final = {"m": ("He ", "He\u00a0"), "f": ("She ", "She\u00a0")}


def _person(
    scene: Scene,
    limit: int,
    gender: str | None,
    *,
    cue: str = "",
    bodies: bool = True,
    opened: bool = False,
) -> str | None:
    """The person a pronoun or a descriptor (``the Scot``) before ``limit`` stands for.

    The first subject-like person in the nearest earlier sentence naming
    one, unless that is only a name in a clause fronting this very sentence
    (``Asked if Mensah would start, he said``) or only objects and
    possessives: then the latest speaker, if one spoke in this paragraph
    or the one before; otherwise None. ``cue``: the pronoun's verb, when it
    answers (``she replied``) or goes on (``he added``).

    ``bodies`` False for a description: rule *a person's description is no
    spokesperson*. A *he* or *she* right after ``A spokesperson for the Harbour Awards
    said: “…”`` may be that spokesperson, so the body; ``the singer``, ``the
    Tarrow-born singer`` or ``the Scot`` describes someone the article named, so the
    latest speaker taken is a person.

    ``opened``: called again for the *he* or *she* that opens the sentence naming the
    person found (rule *a sentence opened by the pronoun keeps its referent*), so
    never a third time.
    """
    name, pos = _nearest_person(scene, limit, gender, bodies)
    if name is not None:
        name, pos = _past_fronting(scene, name, pos, limit, gender)
    question = _question_at(scene, pos, limit, False) if name is not None else None
    if question is None and name is not None and cue and _not_the_author(scene, pos, limit, cue):
        # Rule *who asks does not reply*: "Counsel Hugo Pellam asked whether the forms
        # were signed. “They were not,” she replied." — someone before the asker, or none.
        # Rule *who reads a letter aloud did not write it*: "Coroner Ian Ormsby read it
        # aloud. “…,” she wrote." — the writer named before the reader, or none.
        question = _Question("quoted", pos)
    if (
        question is None
        and name is not None
        and cue not in cues.GOING_ON_FORMS
        and _put_question(scene, pos, limit)
    ):
        # Rule *an interviewer's question is not answered by the interviewer*: "In an
        # interview with the Gazette's Marta Quell, Ostrova …" ⏎ "“Do you regret it?”"
        # (given to Quell) ⏎ "“Not for a second,” she said." — not Quell.
        question = _Question("quoted", pos)
    if question is not None:
        # '“…, could you?” Thrale asked.' ⏎ '“I saw it,” she said.': who asks does not answer.
        return _answerer(scene, question, limit, gender, name)
    if (
        name is not None
        and (
            _object_pronoun(scene, pos, gender)
            if gender is not None
            else _object_pronoun(scene, pos, "m") or _object_pronoun(scene, pos, "f")
        )
        # Rule *who goes on is the one who spoke*: "Judge Ada Quince told him: “…”"
        # then "“…,” she added." — the judge, not the one she spoke to; and so for any
        # verb when the judge's own words to him were the quote right before.
        and not (
            (cue in cues.GOING_ON_FORMS or _quoted_in_sentence(scene, pos, limit, name, gender))
            and _recent_speaker(scene, limit, gender) == name
        )
    ):
        # "Her co-star, Clive Redmond, persuaded her to take the part. “…,” she
        # laughs.": he is not the "her" he persuaded, so not this "she" either; nor
        # is the host who "put it to him" the one "the 58-year-old" describes.
        start = scene.layout.starts[scene.layout.sentence(pos)]
        name, pos = _nearest_person(scene, start, gender, bodies)
    reported = _unnamed_subject(scene, limit, gender)
    if reported >= 0 and pos < reported:
        question = _question_at(scene, reported, limit, True)
        if question is not None:
            # "One reporter asked whether the minister had…" ⏎ "“…,” she said.": the one asked.
            return _answerer(scene, question, limit, gender, None)
        return None  # "One mother, who asked not to be named, said…": she has no name
    described = _described_before(scene, limit, pos, gender)
    if described is not None:
        return described
    unnamed = scene.spoken.unnamed_since(limit)
    if name is not None and pos > unnamed and not _fronted(scene, pos, limit):
        # "The fiery Portuguese … laid into official Tom Hale. He said:": the
        # sentence is about its opening description, not the name further on.
        sentence = scene.layout.sentence(pos)
        opening = scene.layout.starts[sentence]
        if (
            not opened
            and gender is not None
            and scene.text.startswith(_OPENING_PRONOUN[gender], opening)
            and pos > opening
        ):
            # Rule *a sentence opened by the pronoun keeps its referent*: "He was less
            # calm about the penalty, given when Ostwin Pask went down." then "“…,” he
            # said." — the man the opening "He" stands for, not one named inside it.
            earlier = _person(scene, opening, gender, bodies=bodies, opened=True)
            if earlier is not None:
                return earlier
        closing = _closing_source(scene, sentence, limit, gender)
        if closing is not None:
            return closing
        if _appositive_opening(scene.text, scene.layout.starts[sentence], pos):
            return name  # "The centre's head nurse, Petra Lind, added": the name is it
        if _cited_source(scene.text, scene.layout.starts[sentence], pos):
            # Rule *the source cited speaks on*: "The old seal had been ill for weeks,
            # according to the aquarium's vet, Dr Anselm Pellinger." ⏎ "“…,” he said."
            # — the source the sentence cites, not what it opens with.
            return name
        described = _opening_description(scene, scene.layout.starts[sentence], pos, gender)
        if (
            described is not None
            and scene.entities.kinds.get(described) != "org"
            and (gender is None or scene.entities.gender.get(described, gender) == gender)
        ):
            return described
        return name
    speaker = _recent_speaker(scene, limit, gender, bodies)
    if speaker is not None:
        return speaker
    if name is not None and pos > unnamed and _fronted(scene, pos, limit):
        # "Asked whether Baines would go, she said": someone before that clause.
        start = scene.layout.starts[scene.layout.sentence(limit)]
        earlier, at = _nearest_person(scene, start, gender, bodies)
        if earlier is not None and at > unnamed:
            return earlier
    if name is not None:
        return name if pos > unnamed else None
    if not opened and gender is not None and unnamed < 0:
        carried = _opened_before(scene, limit, gender, bodies)
        if carried is not None:
            return carried
    if unnamed < 0 and scene.layout.entry(limit) > 0:
        return _speaker_running_on(scene, limit, gender)
    if unnamed >= 0:
        return None
    return scene.entities.salient_person(limit, gender)


def _opened_before(scene: Scene, limit: int, gender: str, bodies: bool) -> str | None:
    """Rule *a pronoun carried through the sentence before*: a he/she with no person in
    view whose sentence before (in this paragraph or the one before) opens with the same
    pronoun stands for that pronoun's referent: ``Brann, who left the firm, said the
    resignation was “a start”.`` ⏎ ``She said she had spoken to Sandu only once.`` ⏎
    ``“She walked past me,” she said.`` → Brann, not Sandu, named only as an object
    there, though named more often in the story. None when that sentence opens otherwise.
    """
    layout = scene.layout
    here = layout.sentence(limit)
    before = layout.reported_sentence_before(here)
    if before < 0 or layout.paragraph(limit) - layout.paragraph(layout.starts[before]) > 1:
        return None
    opening = layout.starts[before]
    while opening < limit and scene.text[opening] in " \t\u00a0\n":
        opening += 1
    if not scene.text.startswith(_OPENING_PRONOUN[gender], opening):
        return None
    return _person(scene, opening, gender, bodies=bodies, opened=True)


# A live blog's time line: "14:06", "2.05pm", "14.31 GMT".
_ENTRY_CLOCK: Final = re.compile(r"[ \t\u00a0]*(\d{1,2})[:.](\d{2})[ \t\u00a0]*([AaPp])?")


def _entry_minutes(text: str, start: int) -> int | None:
    """The time of day, in minutes, of the live blog's entry whose time line starts at
    ``start``, or None.

    >>> _entry_minutes("14:06\\nText", 0), _entry_minutes("2.05pm\\nText", 0)
    (846, 845)
    """
    clock = _ENTRY_CLOCK.match(text, start)
    if clock is None:
        return None
    hours, minutes = int(clock.group(1)), int(clock.group(2))
    if clock.group(3) in ("p", "P") and hours < 12:
        hours += 12
    return hours * 60 + minutes


def _speaker_running_on(scene: Scene, limit: int, gender: str | None) -> str | None:
    """Rule *a live blog's speaker runs on*: ``14:06`` ⏎ ``Ruiz opens with a joke: “…”``
    ⏎ ``14:11`` ⏎ ``The big claim: the chip is “…”, she says.`` — a pronoun in an entry
    that names and brings in no one (no name, role or group before it) goes on with the
    person quoted last in the entry just before, when the blog runs oldest first (that
    entry's time is earlier). Else None: a live blog's entry that names no one takes
    nobody from another entry.
    """
    entries = scene.layout.entries
    k = bisect_right(entries, limit) - 1
    if k < 1:
        return None
    here, before = entries[k], entries[k - 1]
    now, then = _entry_minutes(scene.text, here), _entry_minutes(scene.text, before)
    if now is None or then is None or then >= now:
        return None  # newest first, or times that say no order
    if _other_person_in(scene, here, limit):
        return None  # "A woman waiting outside told us …": someone new in this entry
    j = bisect_left(scene.spoken.said_starts, here) - 1
    if j < 0 or scene.spoken.said[j].start < before:
        return None
    said = scene.spoken.said[j]
    if said.kind != "person":
        return None
    if gender is not None and scene.entities.gender.get(said.name, gender) != gender:
        return None
    return said.name


_ACCORDING_TO: Final = re.compile(
    r"\baccording[ \u00a0]+to[ \u00a0]+(?:[^;:!?\n“”\"]{0,60}?[ \u00a0,.])?\Z"
)


def _cited_source(text: str, lo: int, pos: int) -> bool:
    """True when the name at ``pos`` is what *according to* cites in the sentence from
    ``lo``: ``according to Dr Anselm Pellinger``, ``according to the aquarium's vet,
    Dr Anselm Pellinger`` (up to 60 characters of role between; not a name after a
    clause ending in a colon or semicolon, nor one further on).

    >>> text = "It had been ill, according to the aquarium's vet, Dr Anselm Pellinger."
    >>> _cited_source(text, 0, text.index("Dr"))
    True
    >>> _cited_source(text, 0, 0)
    False
    """
    at = text.find("according", max(lo, pos - 90), pos)
    return at >= 0 and _ACCORDING_TO.search(text, at, pos) is not None


# ", Amaro-Finch said." / ", said Amaro-Finch." closing a sentence (a verb word and the stop).
_CLOSING_SAID: Final = re.compile(r"[ \u00a0]+(?P<verb>[a-z]+)[ \u00a0]*[.!]")
_OPENING_SAID: Final = re.compile(r",[ \u00a0]+(?P<verb>[a-z]+)[ \u00a0]+\Z")


def _closing_source(scene: Scene, sentence: int, limit: int, gender: str | None) -> str | None:
    """Rule *the source a sentence closes on speaks on*: the person whose speech verb
    closes ``sentence`` after a comma (``Her client has not seen the video, Mara Quist
    said.``, ``…, said Mara Quist.``), of ``gender`` when known, else None: a he/she
    right after is the reporter's source going on, not someone the reported words name.
    """
    layout, text, entities = scene.layout, scene.text, scene.entities
    lo = layout.starts[sentence]
    hi = layout.starts[sentence + 1] if sentence + 1 < len(layout.starts) else limit
    i = bisect_left(entities.mention_starts, min(hi, limit)) - 1
    if i < 0:
        return None
    mention = entities.mentions[i]
    if mention.start < lo or mention.kind != "person":
        return None
    before = text[max(lo, mention.start - 30) : mention.start]
    after = _CLOSING_SAID.match(text, mention.end)
    opening = _OPENING_SAID.search(before)
    if after is not None and before.rstrip(" \u00a0").endswith(","):
        verb = after.group("verb")
    elif opening is not None and text[mention.end : mention.end + 1] in (".", "!"):
        verb = opening.group("verb")
    else:
        return None
    if verb not in cues.SPEECH_WORDS:
        return None
    if gender is not None and entities.gender.get(mention.name, gender) != gender:
        return None
    return mention.name


# "asked.", "asked whether", "asked Ms Blom if": a question put, not a favour ("asked for").
_ASKS: Final = re.compile(r"\bask(?:ed|s)\b")
_QUESTION_AFTER: Final = re.compile(
    r"[ \u00a0]*(?:[.,;:?!]|\Z|(?:[^ \u00a0.,;:?!]+[ \u00a0]+){0,3}?"
    r"(?P<wh>whether|if|why|how|what|when|where|who|about)\b)"
)
# A question quoted is put to someone when it speaks to them: "Will you resign?"
_YOU: Final = re.compile(r"\b[Yy]ou(?:r|rs|rself)?\b")
# "asked whether the minister had…": the one a reporter's question is put to, by role.
_ASKED_ROLE: Final = re.compile(
    r"[ \u00a0]+(?:whether|if)[ \u00a0]+the[ \u00a0]+(?P<role>[a-z][a-z\-]*)\b"
)


def _put_question(scene: Scene, pos: int, limit: int) -> bool:
    """True when ``pos`` lies in a paragraph before ``limit``'s that is nothing but a
    quoted question put to someone (``“Do you regret it?”``: it ends in ``?`` and a
    closing mark and speaks to a *you*), so whoever it was given to asked it."""
    layout, text = scene.layout, scene.text
    if pos == 0 or text[pos - 1] not in _OPENING_MARKS:
        return False  # the common case: a name in the reporter's text, not a quote's start
    here = layout.paragraph(pos)
    if here == layout.paragraph(limit):
        return False
    lo = layout.paragraphs[here]
    hi = layout.paragraphs[here + 1] if here + 1 < len(layout.paragraphs) else len(text)
    hi = min(hi, limit)
    para = text[lo:hi].strip()
    return (
        0 < len(para) <= 300
        and para[0] in _OPENING_MARKS
        and para.endswith(("?”", '?"', "?’", "?'"))
        and _YOU.search(para) is not None
    )


_READ_ALOUD: Final = frozenset({"read", "reads"})
# "a letter she had written", "the poem he wrote": the reader's own writing.
_OWN_WRITING: Final = re.compile(
    r"\b(?:she|he)[ \u00a0]+(?:had[ \u00a0]+|has[ \u00a0]+)?(?:written|wrote|penned)\b"
)


def _not_the_author(scene: Scene, pos: int, limit: int, cue: str) -> bool:
    """True when the person at ``pos`` cannot have said what a he/she with ``cue``
    says: the first reporting verb after them, in their sentence and before
    ``limit``, is *asked* and ``cue`` answers (``Hugo Pellam asked whether…`` then
    *she replied*), or is *read* and ``cue`` writes (``Ian Ormsby read it aloud``
    then *she wrote*) in a later sentence (``read aloud a letter she had written`` is
    her own letter)."""
    if cue in cues.ANSWER_FORMS:
        key, verbs = "ask", None
    elif cue in cues.WRITING_FORMS:
        key, verbs = "read", _READ_ALOUD
    else:
        return False
    text, layout = scene.text, scene.layout
    sentence = layout.sentence(pos)
    end = layout.starts[sentence + 1] if sentence + 1 < len(layout.starts) else len(text)
    end = min(end, limit, pos + 160)
    if text.find(key, pos, end) < 0:
        return False  # the common case, settled by one substring search
    if verbs is not None and (
        layout.sentence(limit) == sentence or _OWN_WRITING.search(text, pos, end) is not None
    ):
        # "Ada Frome read aloud a letter she had written to her late husband: “…”" (or
        # then "she wrote"): the reader reading her own words is their writer.
        return False
    verb = _REPORTED_CLAUSE.search(text, pos, end)
    if verb is None:
        return False
    if verbs is not None:
        return verb.group() in verbs
    # Rule *the one asked replies*: "Dorn was asked what she was proudest of." then
    # "“The bypass,” she replied." — a passive *asked* names who answers, not who asks.
    return (
        _ASKS.fullmatch(verb.group()) is not None
        and _PASSIVE_BEFORE.search(text, pos, verb.start()) is None
    )


# "was asked", "had been asked", "were later asked": the one asked, not the asker.
_PASSIVE_BEFORE: Final = re.compile(
    r"(?<![^ \u00a0])(?:was|were|is|are|been|being|be)[ \u00a0]+"
    r"(?:[a-z]+ly[ \u00a0]+|later[ \u00a0]+)?\Z"
)


class _Question(NamedTuple):
    """A question put in the sentence before an answer (see :func:`_question_at`).

    ``kind``: ``quoted`` (``“…, could you?” Thrale asked.``), ``to`` (``Pratt asked
    Ms Blom whether…``: ``at`` is the addressee's mention) or ``reporter`` (``One
    reporter asked whether the minister…``: ``at`` is where the verb ends).
    """

    kind: str
    at: int


def _question_at(scene: Scene, pos: int, limit: int, unnamed: bool) -> _Question | None:
    """The question the subject at ``pos`` puts in its sentence, when the quote at
    ``limit`` answers it; None when it puts none (its first speech verb is not
    *asked*) or may be asking itself (``She asked why nobody was held to account.
    “Someone must answer,” she said.``).

    ``unnamed``: the asker has no name (``One reporter asked…``).
    """
    text, layout = scene.text, scene.layout
    sentence = layout.sentence(pos)
    end = layout.starts[sentence + 1] if sentence + 1 < len(layout.starts) else len(text)
    end = min(end, limit, pos + 160)
    if text.find("ask", pos, end) < 0:
        return None  # the common case, settled by one substring search
    verb = _REPORTED_CLAUSE.search(text, pos, end)
    if verb is None or _ASKS.fullmatch(verb.group()) is None:
        return None  # the common case: a reporting verb that is not a question's
    put = _QUESTION_AFTER.match(text, verb.end(), end)
    if put is not None and put.group("wh"):
        if unnamed:
            return _Question("reporter", verb.end())
        entities = scene.entities
        i = bisect_left(entities.mention_starts, verb.end())
        if (
            i < len(entities.mentions)
            and entities.mentions[i].start < put.start("wh")
            and entities.mentions[i].kind == "person"
        ):
            return _Question("to", i)  # "Pratt asked Ms Blom whether the money had gone"
        return None  # "Ruiz asked how the council could justify it": perhaps her own
    if put is None and "?" not in text[verb.start() - 4 : verb.start()]:
        return None  # "asked for more time"
    if layout.paragraph(limit) == layout.paragraph(pos):
        return None  # '“Who pays?” she asked. “Not us,” she added.': a question of her own
    opening = layout.paragraphs[layout.paragraph(pos)]
    if _YOU.search(text, max(opening, verb.start() - 300), verb.start()) is None:
        return None  # '“Where is the money going?” asked Ann Reid.': put to no one
    return _Question("quoted", verb.end())  # '“…, could you?” asked Thrale.' ⏎ '“…,” she said.'


def _answerer(
    scene: Scene, question: _Question, limit: int, gender: str | None, asker: str | None
) -> str | None:
    """Who answers ``question`` (see :func:`_question_at`) with a he/she.

    The addressee named after *asked*; for a reporter's question the person
    given the role it names (``asked whether the minister…``); else (and for
    a quoted question) the latest person before the question's sentence who
    is not the asker: the one in view at a news conference or on the stand.
    """
    entities, layout = scene.entities, scene.layout
    if question.kind == "to":
        m = entities.mentions[question.at]
        return m.name if gender is None or entities.gender.get(m.name, gender) == gender else None
    if question.kind == "reporter":
        role = _ASKED_ROLE.match(scene.text, question.at, limit)
        if role is not None and role.group("role") in cues.PERSON_ROLES:
            return _titled(scene, limit, role.group("role"))
    start = layout.starts[layout.sentence(question.at)]
    for _ in range(3):
        name, pos = _nearest_person(scene, start, gender)
        if name is None or name != asker:
            return name
        start = layout.starts[layout.sentence(pos)]
    return None


def _quoted_in_sentence(
    scene: Scene, pos: int, limit: int, name: str, gender: str | None
) -> bool:
    """True when ``name``, mentioned at ``pos``, is the speaker of the last quote before
    ``limit``, was attributed it in that very sentence, is of ``gender`` (or of no known
    gender and the quote goes on saying ``you`` to the one told, not ``I``) and told
    rather than asked: ``Sentencing her, Judge Ada Quince told her: “…”`` ⏎
    ``“…,” she said.`` — the judge speaks on to her; she did not answer (an answer is
    marked: ``she replied``, or her name; a question is answered)."""
    said = scene.spoken.said
    j = bisect_left(scene.spoken.said_starts, limit) - 1
    if j < 0 or said[j].name != name or said[j].sentence != scene.layout.sentence(pos):
        return False
    # Told, not asked (a question is answered); and of the pronoun's gender, as written,
    # or, of a gender the article never gave, still speaking to the one told ("you").
    if "?" in scene.text[said[j].start : limit]:
        return False
    known = scene.entities.gender.get(name)
    return known == gender if known is not None else _addresses_listener(scene.text, limit)


_FIRST_PERSON: Final = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "me", "my", "myself"})
_SECOND_PERSON: Final = frozenset({"you", "your", "you're", "you’re", "you've", "you’ve"})


def _addresses_listener(text: str, start: int) -> bool:
    """True when the paragraph from ``start`` speaks to someone (``you``) and not of the
    speaker (``I``): the words of one who goes on telling, not of the one told."""
    end = text.find("\n", start)
    paragraph = text[start:end] if end >= 0 else text[start:]
    words = {w.strip("“”\"‘’',.;:!?—–()").casefold() for w in paragraph.split()}
    return not words.isdisjoint(_SECOND_PERSON) and words.isdisjoint(_FIRST_PERSON)


# "persuaded her to", "told him.": an object pronoun, not a possessive ("her team").
_OBJECT_PRONOUN: Final = {
    "m": re.compile(r"\bhim\b"),
    "f": re.compile(
        r"\bher\b(?=[ \u00a0]*(?:[.,;:!?]|(?:to|and|that|about|into|on|in|for|with|as|at"
        r"|from|up|off|out|back|down|over)\b))"
        # "Gaunt told her the budget was spent": "her" then a determiner or a clause is the
        # object of a verb of telling ("told her team" is a possessive: not here)
        r"|\b(?:told|tells|asked|asks|gave|gives|showed|shows|warned|informed|assured"
        r"|promised|reminded|offered|sent)[ \u00a0]her(?=[ \u00a0]+(?:the|a|an|that|this|it|he"
        r"|she|they|we|there|what|how|why|when|nothing|everything)\b)"
    ),
}


def _object_pronoun(scene: Scene, pos: int, gender: str) -> bool:
    """True when the sentence naming a person at ``pos`` has, after the name, an object
    pronoun of ``gender`` (``persuaded her to``, ``thanked him``): someone else, whom a
    following he/she most likely stands for (a writer would not use it for either)."""
    stop = pos + 200
    if scene.text.find(" him" if gender == "m" else " her", pos, stop) < 0:
        return False  # the common case, settled by one substring search
    layout = scene.layout
    sentence = layout.sentence(pos)
    end = layout.starts[sentence + 1] if sentence + 1 < len(layout.starts) else len(scene.text)
    end = min(end, stop)
    own = end
    reported = _REPORTED_CLAUSE.search(scene.text, pos, end)
    if reported is not None:
        # "Ana Ruiz said the injury had left her in tears": the her of a reported
        # clause is most likely the subject herself, not someone else.
        own = reported.start()
    # Searched to the sentence's end, so "put it to her that" still sees the word after
    # "her" (a search stopped at "that" could not), then kept to the name's own clause.
    found = _OBJECT_PRONOUN[gender].search(scene.text, pos, end)
    if found is None or found.start() >= own:
        return False
    # Rule *the object named before "him" is who "him" is*: "District Judge Ada Quince
    # fined Pask £300 and banned him for a year." — "him" is Pask, named between, so a
    # he or she after the sentence may still be its subject.
    entities = scene.entities
    i = bisect_left(entities.mention_starts, pos) + 1  # past the subject's own mention
    while i < len(entities.mentions) and entities.mentions[i].start < found.start():
        m = entities.mentions[i]
        i += 1
        if m.kind == "person" and entities.gender.get(m.name, gender) == gender:
            return False
    return True


# Where a name's own clause gives way to what it reports or a clause about something else:
# a speech verb of the one list (not one whose object is the pronoun: "told her to") or a
# word that opens another clause.
_REPORTED_CLAUSE: Final = re.compile(
    r"\b(?:"
    + cues.trie_pattern(
        sorted({*cues.SPEECH_FORMS, "that", "who", "which", "because", "after", "when", "while"})
    )
    + r")\b(?![ \u00a0]+(?:him|her)\b)"
)


# "One mother, who asked not to be named, said" / "A neighbour told us" / "One dairy
# farmer in Kent, who …, said": a person without a name opening a sentence as the
# subject of a speech verb, a place or employer after the noun allowed.
# One pattern per number of words before the noun (none to two), tried in turn: with
# one pattern and a lazy count, "One dairy farmer in Kent" stops at the noun "dairy".
_UNNAMED_OPENINGS: Final = tuple(
    regex.compile(
        rf"[\s\"“‘(]*(?:[Oo]ne|[Aa]nother|[Aa]n?){_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{{n}}}"
        rf"(?P<noun>\p{{Ll}}[\p{{Ll}}\-]*)"
        # "one woman waiting with a pushchair": a participle's few words after the noun
        rf"(?:{_S}+\p{{Ll}}+ing(?:{_S}+[^,.!?\n]{{1,40}}?)?"
        rf"(?={_S}+(?:\p{{Ll}}+ed|said|says|told|tells|spoke|shook|was|is){_S}))?"
        rf"(?:{_S}+(?:in|from|at|near|on){_S}+[^,.!?\n]{{1,40}}?)?(?:,[^.!?\n]{{0,100}}?,)?"
        rf"{_S}+(?:also{_S}+|later{_S}+)?(?P<verb>\w+)"
    )
    for n in range(3)
)


# What reporters write of a person they leave unnamed: "who asked that her name not be
# used", "who did not want to be named", "who asked not to be identified", "speaking on
# condition of anonymity", "who did not want his firm named", "who declined to give her
# full name", "who did not give her name", "who asked to be identified only by her call
# sign" (or "known only as"). A he/she right after stands for that person.
_ANONYMOUS: Final = regex.compile(
    rf"\b(?:(?:asked|wished|wanted|preferred|requested|did{_S}+not{_S}+want|didn['’]t{_S}+want"
    rf"|does{_S}+not{_S}+want|doesn['’]t{_S}+want){_S}+(?:that{_S}+)?"
    rf"(?:(?P<owner>her|his|their){_S}+(?:full{_S}+|real{_S}+|sur)?(?:name|firm|company"
    rf"|business|employer|school|family){_S}+(?:not{_S}+be{_S}+(?:used|published|given"
    rf"|printed)|(?:to{_S}+be{_S}+|be{_S}+)?(?:withheld|named|used|published|identified))"
    rf"|not{_S}+to{_S}+be{_S}+(?:named|identified)|to{_S}+be{_S}+anonymous"
    rf"|to{_S}+be{_S}+(?:identified|named|known){_S}+only{_S}+(?:by|as)"
    rf"|to{_S}+remain{_S}+anonymous|anonymity)"
    rf"|(?:declined{_S}+to|refused{_S}+to|did{_S}+not|didn['’]t|would{_S}+not|wouldn['’]t)"
    rf"{_S}+(?:be{_S}+(?:named|identified)|give{_S}+(?P<giver>her|his|their)"
    rf"{_S}+(?:full{_S}+|last{_S}+|sur)?name)"
    rf"|on{_S}+(?:the{_S}+)?condition{_S}+of{_S}+anonymity|spoke{_S}+anonymously)\b"
)


def _anonymous_before(scene: Scene, limit: int, gender: str | None) -> int:
    """Where the sentence before ``limit``'s (or ``limit``'s own) starts when it says
    someone is left unnamed (:data:`_ANONYMOUS`), else -1. ``her name`` is no ``he``."""
    layout = scene.layout
    here = layout.sentence(limit)
    sentence = layout.previous_sentence(here)
    text = scene.text
    if (
        sentence > 0
        and gender is not None
        and _PRONOUN_OPENING.match(text, layout.starts[sentence]) is not None
        and (text[layout.starts[sentence]] == "H") == (gender == "m")
    ):
        # Rule *the unnamed one's own sentence goes on*: "I met a man outside the mill, who
        # asked not to be named. He had worked there for years." ⏎ "“…,” he said." —
        # a sentence of his he, in its paragraph, keeps the one left unnamed before it.
        earlier = layout.previous_sentence(sentence)
        if earlier >= 0 and layout.paragraph(layout.starts[earlier]) == layout.paragraph(
            layout.starts[sentence]
        ):
            sentence = earlier
    lo = layout.starts[sentence if sentence >= 0 else here]
    lo = max(lo, limit - _NEAR)  # a sentence can run on for ever in odd text
    if text.find("nonym", lo, limit) < 0 and text.find("name", lo, limit) < 0 and (
        text.find("identif", lo, limit) < 0
    ):
        return -1  # the common case, settled by substring searches
    found = _ANONYMOUS.search(text, lo, limit)
    if found is None:
        return -1
    begin = layout.starts[layout.sentence(found.start())]
    if gender is not None and _anonymous_gender(text, begin, found) not in (None, gender):
        return -1
    if text.startswith(("She ", "He "), begin) and _named_in_view(scene, begin, gender):
        # Rule *a pronoun that asks for anonymity is someone in view*: "Amina, not her
        # real name, was 19 … She asked that her real name not be used." — she is Amina,
        # not a new person with no name.
        return -1
    return begin


def _named_in_view(scene: Scene, begin: int, gender: str | None) -> bool:
    """True when a person the article named (of ``gender``) is the subject in view at
    ``begin``, in its paragraph or the one before, with no one unnamed brought in since
    (``A woman was detained.``: her *she* is not the name before)."""
    name, pos = _nearest_person(scene, begin, gender)
    layout = scene.layout
    return (
        name is not None
        and layout.paragraph(begin) - layout.paragraph(pos) <= 1
        and _SOMEONE_UNNAMED.search(scene.text, pos, begin) is None
    )


# A sentence that brings in a person with no name: "A woman was detained.", "One resident…".
_SOMEONE_UNNAMED: Final = regex.compile(r"(?:[.!?]\s+|\n\s*)(?:A|An|One|Another)\s+\p{Ll}")


def _anonymous_gender(text: str, begin: int, found: regex.Match[str]) -> str | None:
    """The gender of the person :data:`_ANONYMOUS` leaves unnamed: ``her name``, else a
    gendered noun before it (``One mother, who asked not to be named,``), else the
    first ``he``/``she`` after it in the sentence (``…, said she was worried``)."""
    owner = found.group("owner") or found.group("giver")
    if owner in ("her", "his"):
        return "f" if owner == "her" else "m"
    words: list[str] = _WORDS.findall(text, begin, found.start())
    for word in reversed(words[-6:]):
        gender = cues.descriptor_gender(word.casefold())
        if gender is not None:
            return gender
    after = _HE_OR_SHE.search(text, found.end(), min(len(text), found.end() + 80))
    if after is None:
        return None
    return "f" if after.group().casefold() == "she" else "m"


_HE_OR_SHE: Final = re.compile(rf"\b(?:{_HE_SHE})\b")


def _unnamed_subject(scene: Scene, limit: int, gender: str | None = None) -> int:
    """Where the sentence before ``limit``'s starts, when a person with no name
    reports there (``One mother, who asked not to be named, said she was
    worried.``), else -1: a he/she right after stands for that person, so no
    earlier name may be given to it (the rule of :meth:`Spoken.unnamed_since`
    for a speaker reported rather than quoted). Not when the noun's gender is
    not the pronoun's: after *One mother … said*, *he* is somebody else."""
    anonymous = _anonymous_before(scene, limit, gender)
    if anonymous >= 0:
        return anonymous
    layout, text = scene.layout, scene.text
    sentence = layout.previous_sentence(layout.sentence(limit))
    if sentence < 0:
        return -1
    lo = layout.starts[sentence]
    if _undescribed_subject(scene, lo, limit, gender):
        return lo
    opening_words = text[lo : lo + 12].lstrip(' \u00a0"“‘(')
    start = lo  # where the subject's opening is matched
    if opening_words.startswith(("One ", "Another ", "A ", "An ")):
        openings, verbs = _UNNAMED_OPENINGS, cues.SPEECH_WORDS
    elif (fronted := _fronted_someone(text, lo, limit)) >= 0:
        # Rule *someone brought in after a fronting phrase*: "At the crossing outside the
        # church, one woman waiting with a pushchair summed up the mood." — the main
        # clause's unnamed subject is the one in view, as at a sentence's start.
        openings, verbs, start = _UNNAMED_OPENINGS, cues.SPEECH_WORDS, fronted
    elif opening_words.startswith(("His ", "Her ", "Their ", "The ")):
        openings, verbs = (_POSSESSED_OPENING,), _TELLING
    elif opening_words.startswith(("My ", "Our ")):
        return _narrators_kin(scene, lo, limit, gender)
    else:
        return -1  # the common case, settled by one string test
    found = next(
        (
            found
            for opening in openings
            if (found := opening.match(text, start, min(limit, start + 200))) is not None
            and (
                found.group("verb") in verbs
                or (openings is _UNNAMED_OPENINGS and _acts(text, found.start("verb"), limit))
            )
        ),
        None,
    )
    if (
        found is None
        or (found.group("noun") not in cues.GROUP_NOUNS
        and found.group("noun") not in cues.PERSON_ROLES)
        or (start != lo and found.group("noun") in cues.SPOKESPERSON_NOUNS)
        or (gender and cues.descriptor_gender(found.group("noun")) not in (None, gender))
    ):
        return -1
    if openings is not _UNNAMED_OPENINGS and (
        _names_person(scene, lo, found.start("verb"))
        or _titled(scene, limit, found.group("noun")) is not None
    ):
        return -1  # "Her lawyer, Tom Reid, said", or a lawyer the article has named
    return lo


# A fronting phrase, its comma, then a main clause brought in by "one", "another", "a" or
# "an": "At the bus stop, one man…", "Outside the court on Friday, a woman…".
_FRONTED_SOMEONE: Final = regex.compile(
    rf"[^.!?\n“”\"]{{3,80}}?,{_S}+(?=(?:one|another|an?){_S}+\p{{Ll}})"
)


# The adverbs and prepositions that front a reporter's scene: "Outside, one man…",
# "Inside the hall, a woman…", "Later, another voter…".
_SCENE_FRONTING: Final = frozenset(
    {"Outside", "Inside", "Nearby", "Later", "Elsewhere", "Meanwhile", "Down", "Up", "Back",
     "Along", "Around", "Opposite", "Beyond", "Within", "Upstairs", "Downstairs", "Earlier"}
)  # fmt: skip


def _fronted_someone(text: str, lo: int, limit: int) -> int:
    """Where the main clause of the sentence at ``lo`` starts when a fronting phrase
    opens it and the clause brings in someone with ``one``/``another``/``a``/``an``
    (``At the crossing, |one woman…``), else -1.

    >>> t = "At the bus stop, one man shook his head."
    >>> t[_fronted_someone(t, 0, len(t)):]
    'one man shook his head.'
    >>> _fronted_someone("Ana Ruiz, a nurse, said so.", 0, 27)
    -1
    >>> t = "Outside the court, a woman wept."
    >>> t[_fronted_someone(t, 0, len(t)):]
    'a woman wept.'
    """
    if text[lo : lo + 1].islower() or ", " not in text[lo : min(limit, lo + 90)]:
        return -1  # the common case: no fronting comma near the start, one substring search
    first = text[lo : lo + 12].split(maxsplit=1)[:1]
    if not first or (
        first[0].casefold() not in cues.PREPOSITIONS and first[0] not in _SCENE_FRONTING
    ):
        return -1  # "Kamla Devi, a widow, …": a name and its apposition, no fronting phrase
    found = _FRONTED_SOMEONE.match(text, lo, min(limit, lo + 90))
    return found.end() if found is not None else -1


# Rule *a described subject the article never names keeps the pronoun*: "In a victim
# impact statement, the woman said she no longer felt safe." / "The girl told police
# she had run." — the subject opening the sentence (or its main clause after a
# fronting comma), a person's noun and then a speech verb.
_DESCRIBED_SUBJECT: Final = regex.compile(
    rf"(?:[^.!?\n“”\"]{{0,120}}?,{_S}+)?[\"“‘(]?(?P<the>[Tt]he){_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}}?"
    rf"(?P<noun>\p{{Ll}}[\p{{Ll}}\-]*){_S}+(?:also{_S}+|later{_S}+|then{_S}+)?(?P<verb>\w+)"
)


def _undescribed_subject(scene: Scene, lo: int, limit: int, gender: str | None) -> bool:
    """True when the sentence at ``lo`` reports a person by a description that names
    nobody in the article (``the woman said she …``, ``the victim told police``):
    a he/she right after stands for that person, not an earlier name.

    The noun must be a person's (a gendered noun, a descriptor, a role or a party to
    a case) of the pronoun's gender; a description that resolves to someone
    (``the nurse`` after ``nurse Ana Cray``), or a name in apposition, is not.
    """
    text = scene.text
    found = _DESCRIBED_SUBJECT.match(text, lo, min(limit, lo + 220))
    if found is None or found.group("verb") not in cues.SPEECH_WORDS:
        return False
    noun = found.group("noun")
    noun_gender = cues.descriptor_gender(noun)
    if noun_gender is None and not (
        noun in cues.CASE_PARTIES or noun in cues.PERSON_ROLES or cues.is_descriptor(noun)
    ):
        return False
    if gender is not None and noun_gender not in (None, gender):
        return False
    if _names_person(scene, lo, found.start("verb")):
        return False  # "The woman, Ana Ruiz, said": named in apposition
    return _opening_description(scene, found.start("the"), limit, gender) is None


# "My mother was less polite.", "Our eldest son, now 30, disagrees.": the narrator's kin.
_NARRATORS_KIN: Final = regex.compile(
    rf"[\s\"“‘(]*(?:My|Our){_S}+(?P<noun>\p{{Ll}}[\p{{Ll}}\-]*)(?![\p{{L}}'’])"
    rf"(?:{_S}+(?P<noun>\p{{Ll}}+)(?![\p{{L}}'’]))?"
)


def _narrators_kin(scene: Scene, lo: int, limit: int, gender: str | None) -> int:
    """``lo`` when the sentence there opens with the narrator's unnamed relative of
    ``gender``, else -1.

    Rule *a narrator's kin are unnamed*: in first-person copy, ``My mother was less
    polite. “…,” she told me.`` quotes the mother, whom the article never names,
    so no earlier name may be given to *she*. A relative named in the sentence
    (``My mum, Ana Ruiz, …``) or of the other gender (*my brother* … *she*) is not.
    """
    found = _NARRATORS_KIN.match(scene.text, lo, limit)
    if found is None:
        return -1
    kin = next(filter(None, map(cues.family_gender, found.captures("noun"))), None)
    if kin is None or (gender is not None and kin != gender):
        return -1
    sentence = scene.layout.sentence(lo)
    end = scene.layout.starts[sentence + 1] if sentence + 1 < len(scene.layout.starts) else limit
    return -1 if _names_person(scene, lo, min(end, limit)) else lo


def _acts(text: str, verb: int, limit: int) -> bool:
    """True when the sentence whose verb starts at ``verb`` (ending before ``limit``)
    tells what its subject did, with no other he/she in it: ``A neighbour stopped to
    watch.``, ``One resident was less impressed.`` — the unnamed person is the one in
    view, so a he/she right after is theirs, not an earlier name's. Not what befell
    them (``A man, 34, was arrested``: the next he/she is an officer or the person in
    view) nor a sentence with a he/she of its own (``A customer waved as she worked``:
    she is someone already in view)."""
    end = text.find(".", verb, limit)
    sentence = text[verb : end if end >= 0 else limit]
    return not _befalls(sentence) and _HE_OR_SHE.search(sentence) is None


# Rule *an unnamed relation speaks*: "Her neighbour, a retired teacher, nodded." / "The
# unit's commander, who gave only his call sign, says…": a person the article gives no
# name, owned by someone, the subject of a speech verb or a nod.
_POSSESSED_OPENING: Final = regex.compile(
    rf"[\s\"“‘(]*(?:His|Her|Their|The{_S}+\p{{Ll}}[\p{{Ll}}\-]*['’]s){_S}+"
    rf"(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+)?(?P<noun>\p{{Ll}}[\p{{Ll}}\-]*)"
    rf"(?:,[^.!?\n]{{0,100}}?,)?{_S}+(?:also{_S}+|later{_S}+)?(?P<verb>\w+)"
)
_TELLING: Final = cues.SPEECH_WORDS | {"nodded", "nods", "shrugged", "shrugs"}


def _names_person(scene: Scene, lo: int, hi: int) -> bool:
    """True when a person is named between ``lo`` and ``hi``."""
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, lo)
    while i < len(mentions) and mentions[i].start < hi:
        if mentions[i].kind == "person":
            return True
        i += 1
    return False


def _past_fronting(
    scene: Scene, name: str, pos: int, limit: int, gender: str | None
) -> tuple[str, int]:
    """``Speaking on ITV's Morning Mugs, Brenda told hosts…``: the person opening the
    main clause, not a name in the clause that fronts the sentence (a show, a place)."""
    text, layout = scene.text, scene.layout
    lo = layout.starts[layout.sentence(pos)]
    first = text[lo : lo + 16].split(None, 1)
    word = first[0].casefold() if first else ""
    if word not in _FRONTING and not (word.endswith("ing") and pos > lo + len(word)):
        return name, pos  # the common case: the sentence opens with its subject
    comma = text.find(",", lo, min(limit, pos + 200))
    if comma < pos:
        # The name is not inside the fronting clause (``Speaking after the game, Ana
        # Ruiz thanked her coach, Sam Okafor``): it is the main clause's subject.
        return name, pos
    entities = scene.entities
    i = bisect_left(entities.mention_starts, comma)
    if i < len(entities.mentions):
        m = entities.mentions[i]
        if (
            m.kind == "person"
            and m.subject
            and not text[comma + 1 : m.start].strip(" \u00a0")
            and (gender is None or entities.gender.get(m.name, gender) == gender)
        ):
            return m.name, m.start
    return name, pos


# A sentence opening with a subject's he or she ("He lost his card…").
_PRONOUN_OPENING: Final = re.compile(r"(?:He|She)[ \u00a0]+[a-z]")


def _described_before(scene: Scene, limit: int, pos: int, gender: str | None) -> str | None:
    """``The 34-year-old dancer shared the news. “…,” she captioned it.``: the person
    the sentence before describes, when it names nobody and is nearer than the
    name at ``pos`` (which may be a show or a team taken for a person)."""
    layout, text = scene.layout, scene.text
    sentence = layout.previous_sentence(layout.sentence(limit))
    for _ in range(2):
        if sentence <= 0 or layout.starts[sentence] <= pos or gender is None:
            break
        if _PRONOUN_OPENING.match(text, layout.starts[sentence]) is None or (
            (text[layout.starts[sentence]] in "Hh") != (gender == "m")
        ):
            break
        # "The Welshman's rise has been dizzying. He lost his card…" ⏎ "“…,” he said.":
        # a sentence going on about him with his pronoun keeps the one described before.
        sentence = layout.previous_sentence(sentence)
    if sentence < 0 or layout.starts[sentence] <= pos:
        return None
    lo = layout.starts[sentence]
    described: str | None = None
    if "the " in text[lo : lo + 24].casefold():
        described = _opening_description(scene, lo, limit, gender)
    if described is None and _opens_fronted(text, lo):
        # Rule *a description after a fronting clause is the sentence's subject*:
        # "Asked whether he would stand again, the senator laughed. “…,” he said." —
        # the senator, not a spokesman quoted in the paragraph before.
        described = _fronted_description(scene, lo, limit, gender)
    if described is None or scene.entities.kinds.get(described) != "person":
        return None
    if gender is not None and scene.entities.gender.get(described, gender) != gender:
        return None
    return described


def _fronted_description(scene: Scene, lo: int, limit: int, gender: str | None) -> str | None:
    """The description opening the main clause of a fronted sentence at ``lo``
    (``Pressed on the deal, the 61-year-old shrugged.``), or None: the first
    comma after which a clause opens with *the*, within the sentence."""
    text = scene.text
    end = min(limit, lo + 300)
    comma = text.find(", the ", lo, end)
    if comma < 0:
        return None
    return _opening_description(scene, comma + 2, limit, gender)


def _fronted(scene: Scene, pos: int, limit: int) -> bool:
    """True when ``pos`` lies in a clause that fronts the sentence of ``limit``.

    ``Asked if Mensah would start, he said``: the sentence opens with a
    function word or a participle (``Asked``, ``When``, ``Speaking``), and
    the pronoun or descriptor at ``limit`` opens the main clause right
    after a comma (not ``…, which he described``).
    """
    text = scene.text
    start = scene.layout.starts[scene.layout.sentence(limit)]
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


def _recent_speaker(
    scene: Scene, limit: int, gender: str | None, bodies: bool = True
) -> str | None:
    """The latest person attributed in this paragraph or the one before, or None; a
    spokesperson's body too unless ``bodies`` is False."""
    for said in scene.spoken.back_from(limit, 1):
        if said.kind == _UNNAMED:
            return None  # the latest speaker has no name
        if said.kind == _SPOKESPERSON:
            if bodies and scene.spoken.spokesperson_fits(said.start, gender):
                return said.name
            continue
        if said.kind != "person":
            continue
        if gender is not None and scene.entities.gender.get(said.name, gender) != gender:
            continue
        return said.name
    return None


def _nearest_person(
    scene: Scene, limit: int, gender: str | None, bodies: bool = True
) -> tuple[str | None, int]:
    """The first subject-like person in the nearest earlier sentence naming one (or a
    spokesperson, standing for the body, unless ``bodies`` is False).

    Returns the name and where it is mentioned; ``(None, -1)`` when that
    sentence has only objects and possessives, or no sentence in reach
    names a person.
    """
    # Rule *a live blog's pronoun stays in its entry*: the person named in the entry's
    # earlier paragraphs, never one from the entry above or below it.
    floor = max(limit - _REACH // 2, scene.layout.entry(limit))
    best_sentence = -1
    found: list[tuple[int, str, bool]] = []
    mentions, said_list, genders = scene.entities.mentions, scene.spoken.said, scene.entities.gender
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    j = bisect_left(scene.spoken.said_starts, limit) - 1
    while i >= 0 or j >= 0:
        if j >= 0 and (i < 0 or said_list[j].start > mentions[i].start):
            said = said_list[j]
            j -= 1
            pos, name, kind, sentence = said
            subject = True
            end = -1
        else:
            m = mentions[i]
            i -= 1
            pos, name, kind, sentence, subject = m.start, m.name, m.kind, m.sentence, m.subject
            end = m.end
        if pos < floor or (best_sentence >= 0 and sentence != best_sentence):
            break
        if kind == _SPOKESPERSON and bodies and scene.spoken.spokesperson_fits(pos, gender):
            best_sentence = sentence
            found.append((pos, name, True))
            continue
        if kind != "person":
            continue
        if gender is not None and genders.get(name, gender) != gender:
            written = scene.text[pos:end] if end > 0 else ""
            namesake = scene.entities.namesake(name, written, gender) if written else None
            if namesake is None:
                continue
            name = namesake  # "Lindgren laughed … she said": the Lindgren who is a she
        best_sentence = sentence
        found.append((pos, name, subject))
    if not found:
        return None, -1
    found.sort()
    for pos, name, subject in found:
        if subject:
            return _interviewee(scene.text, found, pos) or (name, pos)
    pos, name, _ = found[0]
    if _possessive_opening(scene, pos, name, gender):
        return name, pos
    return None, -1  # only objects and possessives ("O’Neill’s bar")


# The sentence's own he/she (or his/her) after a possessive that opens it.
_OWN_PRONOUN: Final = {
    "m": re.compile(r"\b(?:he|his|him)\b"),
    "f": re.compile(r"\b(?:she|her)\b"),
}


def _possessive_opening(scene: Scene, pos: int, name: str, gender: str | None) -> bool:
    """Rule *a sentence opened by a person's own is about that person*: True when the
    possessive of ``name`` at ``pos`` opens its sentence, owns no person (``Ferris's
    voice``, not ``Ferris's barrister`` or ``Ferris's family``) and the sentence goes on
    with a he/she of that person's gender: ``Ferris's voice broke as he described the
    fire.`` ⏎ ``“…,” he told the jury.`` is Ferris, though named only as an owner."""
    text, layout = scene.text, scene.layout
    sentence = layout.sentence(pos)
    lo = layout.starts[sentence]
    if text[lo:pos].strip(" \u00a0\n“\"‘'"):
        return False
    end = layout.starts[sentence + 1] if sentence + 1 < len(layout.starts) else len(text)
    owned = text[pos : min(end, pos + 120)].split(None, 2)
    if len(owned) < 3 or not owned[0].endswith(("'s", "’s", "s'", "s’")):
        return False
    head = fold(owned[1].strip(",.;:"))
    if _person_noun(head) or head in cues.GROUP_NOUNS:
        return False
    known = scene.entities.gender.get(name, gender)
    if known is None or (gender is not None and known != gender):
        return False
    return _OWN_PRONOUN[known].search(text, pos, min(end, pos + 200)) is not None


def _interviewee(
    text: str, found: Sequence[tuple[int, str, bool]], pos: int
) -> tuple[str, int] | None:
    """Rule *the reporter is not the one quoted*: ``Our reporter Ana Vell has been speaking
    to Dr Tom Reid, a junior doctor.`` ⏎ ``“…,” the 29-year-old said.`` — when the subject
    at ``pos`` is given as an interviewer (:data:`_INTERVIEWERS`) and speaks *to* or sits
    down *with* a person named next in ``found`` (that sentence's people, in order), that
    person is the one in view, else None.
    """
    lead = text[max(0, pos - 30) : pos].casefold().split()[-3:]
    if not {w.removesuffix("'s").removesuffix("’s") for w in lead} & _INTERVIEWERS:
        return None
    for other, name, _ in found:
        if other > pos:
            return (name, other) if _INTERVIEWED.search(text, pos, other) else None
    return None


def _org(
    scene: Scene,
    limit: int,
    role: str | None,
    paragraphs: int,
    unlike: frozenset[str] = frozenset(),
) -> str | None:
    """The nearest earlier organisation (fitting ``role`` when given), in its fullest form
    (:func:`_fullest_org`)."""
    found = _org_mention(scene, limit, role, paragraphs, unlike)
    return _fullest_org(scene, found, limit) if found is not None else None


def _fullest_org(scene: Scene, found: Mention, limit: int) -> str:
    """Rule *a body by its fullest name*: ``found``'s name, or the fuller one a later
    mention of the same words took before ``limit``. ``publisher Quillon`` in a headline,
    ``Quillon Interactive`` in the story, then ``Quillon said``: ``the publisher`` is
    Quillon Interactive, as the article names it most fully.
    """
    entities, text = scene.entities, scene.text
    written = text[found.start : found.end]
    prefix = found.name + " "
    mentions = entities.mentions
    i = bisect_left(entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start > found.start:
        m = mentions[i]
        i -= 1
        if m.kind == "org" and m.name.startswith(prefix) and text[m.start : m.end] == written:
            return m.name
    return found.name


def _org_mention(
    scene: Scene,
    limit: int,
    role: str | None,
    paragraphs: int,
    unlike: frozenset[str] = frozenset(),
) -> Mention | None:
    """The nearest organisation before ``limit``; for a role, the most salient that fits.

    ``the company`` after ``Dorvan Motors … analysts at Brockway Bank`` is
    the company the article is about, not the last one named. With no role,
    an organisation with a word of ``unlike`` in its name is passed over.
    One the text gives the role (``Environmental group ClearSkies``) beats one
    whose name only fits it (``Stavely Energy`` for ``the group``).
    """
    layout = scene.layout
    floor = max(layout.paragraphs[max(0, layout.paragraph(limit) - paragraphs)], limit - _REACH)
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    best: Mention | None = None
    best_count = 0
    best_given = False
    while i >= 0 and scene.entities.mentions[i].start >= floor:
        m = scene.entities.mentions[i]
        i -= 1
        if m.kind != "org":
            continue
        if role is not None and (role in m.roles or _name_fits_role(m.name, role)):
            if best is not None and m.name == best.name:
                best_given = best_given or role in m.roles
                continue
            given = role in m.roles
            count = scene.entities.mentions_before(m.name, limit)
            if (given, count) >= (best_given, best_count):  # a tie: the one named first
                best, best_count, best_given = m, count, given
        if role is None and unlike and not (
            unlike.isdisjoint(m.name.casefold().split()) and unlike.isdisjoint(m.roles)
        ):
            continue  # "the company" is no "Fair Play Alliance", no "the debt charity Oakline"
        if role is None and _RELATIVE_OBJECT.search(scene.text, max(0, m.start - 60), m.start):
            continue  # "Tarn Trust, which runs Kelby Hospital, said…": the trust, not its hospital
        if role is None and not scene.entities.addressed(m.start):
            after = scene.entities.mentions[i + 2] if i + 2 < len(scene.entities.mentions) else None
            if m.subject and (after is None or not employs(scene.text, m, after)):
                return m
            # Rule *an employer is not the subject*: after "Sofia Marr, a fund manager
            # at Kestrel Capital, said…" or "Jefferies analyst Ed Ray wrote", "the
            # company" is the one the sentences are about (the caller falls back to
            # the most salient), not the employer.
    return best


# Rule *what a body runs is not the body*: an organisation right after "which" or "that"
# and a verb ("…, which runs Kelby Hospital,", "…, which owns the Marlow Centre,") is what
# the organisation before it runs or owns; "it" and the organisation nearest stand for
# the one the relative clause is about.
_RELATIVE_OBJECT: Final = re.compile(
    r",[ \u00a0]+(?:which|that)[ \u00a0]+(?:also[ \u00a0]+|now[ \u00a0]+)?(?:runs|ran|owns|owned"
    r"|operates|operated|manages|managed|oversees|oversaw|controls|controlled|funds|funded"
    r"|regulates|regulated|represents|represented|includes|included|bought|acquired)"
    r"[ \u00a0]+(?:the[ \u00a0]+)?\Z"
)


def statement(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """Rule ``statement``: a statement, post or letter as subject speaks for its issuer.

    ``a statement from Rovers FC`` names it; ``the statement``, ``its
    statement`` and ``the club's apology`` are resolved by :func:`_issuer`.
    """
    issuer = _statement_issuer(scene, phrase, limit)
    if (
        issuer is not None
        and " from the " in phrase.text
        and scene.entities.kinds.get(issuer) == "person"
        and _from_no_person(scene, phrase)
    ):
        # Rule *a statement from a thing is no person's*: "a statement from the show read"
        # with no show the article names is nobody known, never the co-star quoted last.
        return None
    return issuer


def _from_no_person(scene: Scene, phrase: Phrase) -> bool:
    """True when ``phrase`` is a document *from the* something that is no person, no group
    of people and no kin (``a statement from the show``, ``a notice from the festival``).

    >>> text = "a statement from the show"
    >>> _from_no_person(Scene(text, []), Phrase(text, 0, len(text), "np", head="statement"))
    True
    """
    at = phrase.text.find(" from the ")
    words = phrase.text[at + len(" from the ") :].split()
    if not words or len(words) > 3 or not all(w[:1].islower() for w in words):
        return False
    head = fold(words[-1])
    return not (
        head in cues.PERSON_ROLES
        or head in cues.GROUP_NOUNS
        or head in cues.RELATION_NOUNS
        or head in cues.AUDIENCE_NOUNS
        or cues.is_kin(head)
        or cues.is_descriptor(head)
    )


# Rule *a notice put up by nobody named is the place's or nobody's*: a notice (a sign,
# cues.SIGN_NOUNS, is nobody's before this) and a participle of putting it there, then where.
_PUT_UP_NOTICES: Final = frozenset({"notice", "notices"})
_PUT_UP: Final = regex.compile(
    rf"{_S}(?:taped|pinned|stuck|nailed|fixed|posted|attached|displayed|plastered|hung"
    rf"|hanging|put{_S}+up|left){_S}+(?:up{_S}+)?(?:to|on|at|in|outside|above|across|by|over)"
    rf"{_S}+(?:(?P<owner>the{_S}+\p{{Ll}}[\p{{Ll}}\-]*)['’]s{_S}+)?"
)


def _put_up_owner(
    scene: Scene, put_up: regex.Match[str], start: int, limit: int
) -> str | None:
    """Who put up a notice no one is said to have put up (:data:`_PUT_UP`): the body whose
    door, gate or window it was on, when the place is *the* and a noun the article's
    description of an organisation (``A notice taped to the arena's doors read:`` → the
    arena the story names), else None — never the person in view, who did not write it.

    >>> text = "Ivo Marr cancelled. A notice taped to the door read: “CLOSED.”"
    >>> at = text.index("A notice")
    >>> phrase = Phrase("A notice taped to the door", at, at + 26, "np", head="notice")
    >>> _put_up_owner(Scene(text, []), _PUT_UP.search(phrase.text), at, at) is None
    True
    """
    if put_up.group("owner") is None:
        return None
    begin = start + put_up.start("owner")
    owner = Phrase(put_up.group("owner"), begin, start + put_up.end("owner"), "np",
                   head=fold(put_up.group("owner").split()[-1]))
    found, _ = resolve(scene, owner, limit)
    if found is None or scene.entities.kinds.get(found) != "org":
        return None
    return found


def _statement_issuer(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """:func:`statement`, before the check that a thing's document is no person's."""
    head = phrase.head
    # "a statement from Rovers FC said": whoever the statement is from.
    issuer = (
        _linked_owner(scene, phrase.text)
        or _platform_owner(scene, phrase.text)
        or _outlet_of_piece(scene, phrase)
        or _described_issuer(scene, phrase, limit)
    )
    if issuer is not None:
        return issuer or None
    if head in _PUT_UP_NOTICES and " by " not in phrase.text:
        put_up = _PUT_UP.search(phrase.text)
        if put_up is not None:
            return _put_up_owner(scene, put_up, phrase.start, limit)
    if head in cues.SPOKESPERSON_NOUNS:
        return _spoken_for(scene, phrase, limit)
    if head in _OWNED_ONLY and not _owned(phrase.text, head):
        return None  # "The text of the agreement reads:": the wording, not anyone's words
    if head in _PUBLIC_POSTS and phrase.text.split()[0].casefold() in _ONE_OF_MANY:
        # Rule *one post of many*: "“…,” read one post on Tuesday." / "another comment
        # said": one of many posts by people the story does not name, not the post of
        # the body the sentence before was about.
        return None
    # The pattern opens with a comma: one look at the next character settles most phrases.
    signer = (
        _SIGNED_BY.match(scene.text, phrase.end, phrase.end + 120)
        if scene.text[phrase.end : phrase.end + 1] == ","
        else None
    )
    if signer is not None:
        # "the memo, signed by managing director Odile Fenwright, said": the signer; "signed
        # by the party's National Publicity Secretary, Mr Femi Ade," the title's holder.
        which = "name"
        if signer.group("holder") and fold(signer.group("name").split()[-1]) in cues.PERSON_ROLES:
            which = "holder"
        clean = clean_name(signer.group(which), signer.start(which))
        if clean is not None:
            return scene.entities.named(clean.start, clean.name, clean.words)
    if head in cues.ALERT_NOUNS and phrase.text.casefold() == f"the {head}":
        return _alert_issuer(scene, head, phrase.start)
    if head in _SUIT_NOUNS and phrase.text.casefold() == f"the {head}":
        # Rule *a suit is its plaintiff's*: "Ida Marr sued Zephyro. … the lawsuit says" is
        # Ida Marr; never the party it was filed against.
        suer = _party_to_suit(scene, limit, "plaintiff")
        if suer is not None:
            return suer
        issuer = _issuer(scene, phrase, limit)
        if issuer is not None and issuer == _party_to_suit(scene, limit, "defendant"):
            return None
        return issuer
    if (
        phrase.text.startswith(("the ", "its "))
        or phrase.text.split()[0] in cues.DETERMINERS
        or phrase.text.split()[0].casefold() in cues.BARE_DOCUMENTS  # "Minutes … said"
        or any(w.endswith(("'s", "’s", "s'", "s’")) for w in phrase.text.split()[:-1])
    ):  # "the club's apology", "Harlow Council's statement", "Calloway Foods' letter"
        issuer = _issuer(scene, phrase, limit)
        if head in _BODY_DOCUMENTS and issuer is not None and (
            scene.entities.kinds.get(issuer) == "person"
        ):
            # Rule *minutes are a body's*: "Minutes released in May showed two
            # members dissented. “…,” the minutes said." — the body that met, never the
            # official quoted last, nor the venue where he spoke: the article's body.
            return scene.entities.salient_org(limit) or _org(scene, limit, None, 3)
        if issuer is not None and phrase.text.startswith("its ") and (
            scene.entities.kinds.get(issuer) == "person"
        ):
            # Rule *its document is no person's*: "The panel accepted Ms Ruiz's version of
            # events. Its ruling reads:" — an unnamed body's, not the person whose version
            # was named last.
            return None
        return issuer
    return description(scene, phrase, limit)


# "has upgraded its warning", "the Met Service's red alert": a body's own warning, a
# possessive and up to three words before the noun.
_OWNED_ALERT: Final = regex.compile(rf"(?:\b[Ii]ts|['’]s){_S}+(?:[\p{{L}}\-]+{_S}+){{0,3}}\Z")


def _alert_issuer(scene: Scene, head: str, start: int) -> str | None:
    """Rule *a warning is its issuer's*: ``the warning`` or ``the alert`` at ``start``
    speaks for the body whose own warning an earlier sentence named (``The Ostmark Met
    Service has issued its first red alert. “…,” the alert said.``), else None: a warning
    no one is said to have issued (``A red alert is in force.``) is not the body in view.

    >>> text = "The Ostmark Met Service raised its alert. “Go,” the alert said."
    >>> _alert_issuer(Scene(text, []), "alert", text.index("the alert"))
    'Ostmark Met Service'
    """
    text, layout = scene.text, scene.layout
    at = text.rfind(head, max(0, start - _NEAR), start)
    if at < 0:
        return None
    lo = layout.starts[layout.sentence(at)]
    if _OWNED_ALERT.search(text, max(lo, at - 60), at) is None:
        return None
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, lo)
    while i < len(mentions) and mentions[i].start < at:
        if mentions[i].kind == "org":
            return mentions[i].name
        i += 1
    return None


# What a plaintiff files: "the lawsuit says", "the suit alleges", "the complaint states".
_SUIT_NOUNS: Final = frozenset({"lawsuit", "suit", "complaint"})
_PERSONAL_OWNERS: Final = ("his ", "her ", "their ", "His ", "Her ", "Their ")
# What only a body issues: the record of its meeting.
_BODY_DOCUMENTS: Final = frozenset({"minutes"})
# What the public posts, and the words that pick one of many: "one post", "another tweet".
_PUBLIC_POSTS: Final = frozenset({"post", "tweet", "comment", "message", "reply", "caption"})
_ONE_OF_MANY: Final = frozenset({"one", "another"})
# Document nouns that are someone's words only with an owner: "Finn's wall text",
# "her text" speak for their owner; "the text of the deal" is the deal's wording.
_OWNED_ONLY: Final = frozenset({"text"})
_OWNERS: Final = frozenset({"his", "her", "their", "its", "my", "our", "your"})


def _owned(noun_phrase: str, head: str) -> bool:
    """True when ``noun_phrase`` names an owner before its ``head`` noun (``her
    text``, ``Dara Finn's wall text``; not ``the text of her speech``)."""
    words = noun_phrase.split()
    folded = [w.casefold() for w in words]
    words = words[: folded.index(head)] if head in folded else words[:-1]
    return any(w.casefold() in _OWNERS or w.endswith(("'s", "’s", "s'", "s’")) for w in words)


# ... or a named owner's office, campaign or family: "a statement from Quint's office",
# "an email from Dr Vell's lawyers" (resolved as "Quint's office said" would be).
_FROM: Final = regex.compile(
    r"[ \u00a0](?:from|of|by)[ \u00a0]+(?=(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)[ \u00a0]"
    r"|(?:\p{Lu}[\p{L}\-]*\.?[ \u00a0]+){0,2}\p{Lu}[\p{L}\-]*(?:['’]s|s['’])[ \u00a0]+\p{Ll})"
)


def _described_issuer(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """``a statement from the Lindqvist campaign``, ``a letter from the union``: the
    description after *from*/*of*/*by*, resolved as it would be as a subject; None
    when it resolves to no one (the caller then looks for the issuer elsewhere), but
    ``""`` (nobody) for a body's unit whose body the article does not name."""
    window = scene.text[phrase.start : phrase.end]
    if "from" not in window and "of" not in window and "by" not in window:
        return None  # the pattern needs one of its words: a substring search settles most
    linked = _FROM.search(scene.text, phrase.start, phrase.end)
    if linked is None:
        return None
    rest = speaker_phrase(scene.text, linked.end(), phrase.end)
    if rest is None or rest.kind != "np":
        return None
    found, _ = resolve(scene, rest, limit)
    if found is None and rest.head in _OWNED_UNITS and _owned_unit(rest.text):
        return ""  # "a letter from the council's licensing team", no council named: nobody's
    if found is None and rest.text[:1].isupper():
        # "a statement from Quint's lawyer": a named owner's agent the article does not
        # name is nobody known, never the issuer of an earlier statement
        return ""
    return found


def spokesperson(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """Rule ``spokesperson``: a spokesperson's words are the organisation's (see
    :func:`_spoken_for`); ``the spokesperson`` after a named one (``Foreign Ministry
    spokesperson Mao Ling``) is that person."""
    if phrase.text.casefold() == f"the {phrase.head}":
        named = _titled(scene, limit, phrase.head) or _earlier_spokesperson(scene, limit)
        if named is not None:
            return named
    return _spoken_for(scene, phrase, limit)


def _earlier_spokesperson(scene: Scene, limit: int) -> str | None:
    """``A Hexley Council spokesperson said it was “exploring options”. … “…,” the
    spokesperson said.``: the organisation the latest spokesperson spoke for.

    Only a spokesperson attributed in this paragraph or the two before, so
    ``the spokesperson`` is not handed to the article's most salient
    organisation (another company's boss named in between) when the
    article has just said whose spokesperson it is.
    """
    for said in scene.spoken.back_from(limit, 2):
        if said.kind == _SPOKESPERSON:
            return said.name or None
    floor = scene.layout.paragraphs[max(0, scene.layout.paragraph(limit) - 2)]
    # "A council spokesperson said it was exploring options.": reported, not quoted.
    # Rule *the spokesman keeps his organisation*: "A Brisklane spokesman rejected the
    # claim. “…,” the spokesman said." is Brisklane's, whatever the first verb, not
    # the union quoted before him.
    sentence = scene.layout.previous_sentence(scene.layout.sentence(limit))
    if sentence < 0 or scene.layout.starts[sentence] < floor:
        return None
    opening = _reported_opening(scene, sentence, limit, any_verb=True)
    if opening is not None:
        return _spoken_for(scene, _opening_phrase(scene, opening), limit)
    trailing = _trailing_spokesperson(scene, sentence, limit)
    return _spoken_for(scene, trailing, limit) if trailing is not None else None


# "…, a rep for the singer confirmed to Glint.": a spokesperson after a comma, reporting
# the sentence's news with a speech verb (checked in Python) within a few words.
_TRAILING_SPOKESPERSON: Final = regex.compile(
    rf",{_S}+(?P<np>an?(?:{_S}+\p{{Ll}}[\p{{Ll}}\-]*)?{_S}+"
    rf"(?P<noun>spokes(?:wo)?(?:man|person)|representative|rep)"
    rf"(?:{_S}+for{_S}+[^,.;:!?“”\"\n]{{1,60}})?)(?![\p{{L}}])"
)


def _trailing_spokesperson(scene: Scene, sentence: int, limit: int) -> Phrase | None:
    """Rule *a spokesperson reporting the news speaks for whom they represent*: ``Vale and
    Marchetti are engaged, a rep for the singer confirmed to Glint.`` ⏎ ``“…,” the rep
    said.`` — the spokesperson phrase after a comma in ``sentence``, up to its speech
    verb (``a rep for the singer``), else None.

    >>> text = "Ana Ruiz is engaged, a rep for the singer confirmed to us. “Yes,” the rep said."
    >>> _trailing_spokesperson(Scene(text, []), 0, text.index("“")).text
    'a rep for the singer'
    """
    lo = scene.layout.starts[sentence]
    hi = min(limit, lo + 400)
    text = scene.text
    if text.find(" rep", lo, hi) < 0 and text.find(" spokes", lo, hi) < 0:
        return None  # the common case, settled by two substring searches
    found = _TRAILING_SPOKESPERSON.search(text, lo, hi)
    if found is None:
        return None
    start, end = found.span("np")
    words = list(TOKEN.finditer(text, start, end))
    for k, word in enumerate(words):
        if k > 1 and fold(word.group()) in cues.SPEECH_WORDS:
            # "a rep for the singer confirmed": the phrase ends before the verb
            end = words[k - 1].end()
            break
    else:
        # the verb right after a phrase with no "for": "a spokesman said"
        after = TOKEN.match(text, end + 1) if end + 1 < hi else None
        if after is None or fold(after.group()) not in cues.SPEECH_WORDS:
            return None
    return Phrase(text[start:end], start, end, "np", head=found.group("noun"))


# A relative introduced by name: "his wife Maureen", "Ruiz's son, Kyle,", "her husband Tom".
_KIN_BEFORE: Final = regex.compile(
    r"(?r)(?:(?<![\p{L}'’])(?:[Hh]is|[Hh]er|[Tt]heir)|\p{L}['’]s)"
    r"[ \u00a0]+(?P<kin>\p{Ll}+),?[ \u00a0]+\Z"
)


def _named_kin(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """Rule *a relative named once*: ``His wife said`` → the wife the article named.

    ``Philip Dorner and his wife Rosina took them to court.`` … ``His wife said:``
    — a kinship noun after a possessive is the person the article introduced as
    that relative of the same owner (``his wife Rosina``, ``Dorner's son, Kyle,``),
    the latest first; None when it named none, or named the relative of someone
    else (``Tom Reed's wife Ana`` is not the wife of ``his`` when *his* is another man).
    """
    head = phrase.head
    owner = _possessor(scene, phrase.start, phrase.end - len(head), limit)
    if owner is None:
        return None
    text, mentions = scene.text, scene.entities.mentions
    floor = limit - _REACH
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= floor:
        m = mentions[i]
        i -= 1
        if m.kind not in ("person", "unknown") or m.name == owner:
            continue
        found = _KIN_BEFORE.search(text, max(0, m.start - 40), m.start)
        if found is None or found.group("kin") != head:
            continue
        kin_start = found.start("kin")
        if _possessor(scene, max(0, kin_start - 60), kin_start, kin_start) == owner:
            return m.name
    if head in _SPOUSES:
        return _spouse_in_pair(scene, owner, head, limit)
    return None


_SPOUSES: Final = frozenset({"husband", "wife", "partner", "spouse"})
# A couple named with one surname: "Emrys and Carys Pendle".
_PAIR: Final = regex.compile(
    rf"(?<![\p{{L}}'’])(?P<one>\p{{Lu}}\p{{Ll}}+){_S}+and{_S}+(?P<two>\p{{Lu}}\p{{Ll}}+){_S}+"
    rf"(?P<surname>\p{{Lu}}[\p{{L}}'’\-]+)(?![\p{{L}}'’\-])"
)


def _spouse_in_pair(scene: Scene, owner: str, head: str, limit: int) -> str | None:
    """Rule *a couple named as a pair*: ``Emrys and Carys Pendle say …`` then ``“…,”
    Carys Pendle said`` and ``“…,” her husband said`` — the husband is the other of the
    pair (the latest pair in reach that holds the owner); None when the article says
    that one's gender is not the noun's.

    >>> text = "Emrys and Carys Pendle sued. “No,” Carys Pendle said. “Yes,” her husband said."
    >>> _spouse_in_pair(Scene(text, []), "Carys Pendle", "husband", text.rindex("“"))
    'Emrys Pendle'
    """
    found: str | None = None
    for pair in _PAIR.finditer(scene.text, max(0, limit - _REACH), limit):
        surname = pair.group("surname")
        one, two = f"{pair.group('one')} {surname}", f"{pair.group('two')} {surname}"
        if owner == two:
            found = one
        elif owner == one:
            found = two
    wanted = cues.family_gender(head)
    if found is not None and wanted is not None:
        # the kinship noun is the article's word: it outweighs what a given name suggests
        known = scene.entities.article_gender.get(found)
        if known is not None and known != wanted:
            return None
    return found


# A player named by ranking or seeding, as sport reports do: "the world No 7", "the
# women's world number one", "the British No 1", "the No 2 seed", "the top seed".
_RANKED: Final = re.compile(
    rf"the (?:[\w'’]+ ){{0,2}}(?:no\.?|number) ?(?:\d{{1,3}}|{'|'.join(cues.SMALL_NUMBERS[1:11])})"
    r"(?: seed)?|the (?:top|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|\d{1,2}(?:st|nd|rd|th)) seed",
    re.IGNORECASE,
)


# "the ward member", "the Eastwick ward member": a local councillor, named for the ward.
_WARD_MEMBER: Final = regex.compile(
    rf"the(?:{_S}+\p{{Lu}}[\p{{L}}\-]*)*{_S}+ward{_S}+member"
)


_AUTHORS: Final = frozenset({"authors", "author", "co-authors", "writers"})
# A body's working parts, named with their owner: "the council's licensing team".
_OWNED_UNITS: Final = frozenset({"team", "unit", "division", "section"})


def _owned_unit(written: str) -> bool:
    """True when ``written`` is *the* + an owner's possessive + up to two lower-case
    words + the unit noun (``the council's licensing team``), not a team of its own
    (``the team``, ``the Harlow team``).

    >>> _owned_unit("the council's licensing team"), _owned_unit("the home team")
    (True, False)
    """
    words = written.split()
    return (
        2 <= len(words) <= 5
        and words[1].endswith(("'s", "’s"))
        and all(w.islower() for w in words[2:])
    )


def _authored_before(scene: Scene, phrase: Phrase) -> Phrase | None:
    """Rule *the authors of the study just named*: ``A 2023 study by the Tarn Basin Lab
    compared twelve creeks. “…,” the authors wrote.`` — bare ``the authors`` stand for a
    study, report or review named in their sentence or the one before (``cues``' study
    nouns), read as ``the study`` at the phrase; None when no such paper was named there.
    """
    here = scene.layout.sentence(phrase.start)
    before = scene.layout.previous_sentence(here)
    lo = scene.layout.starts[before if before >= 0 else here]
    latest: tuple[int, str] | None = None
    for noun in _STUDY_NOUNS | {"paper"}:
        found = latest_document(scene, max(lo, phrase.start - _NEAR), phrase.start, noun)
        if found is not None and (latest is None or found[0] > latest[0]):
            latest = (found[0], noun)
    if latest is None:
        return None
    return Phrase(f"the {latest[1]}", phrase.start, phrase.end, "np", head=latest[1])


def _owning_document(phrase: Phrase) -> Phrase | None:
    """``the report's`` in ``the report's authors``, as a phrase of its own, when the
    owner is a document (``cues.DOCUMENT_NOUNS``); else None.

    >>> _owning_document(Phrase("The report's authors", 0, 20, "np", head="authors")).text
    'The report'
    """
    owner = phrase.text[: -len(phrase.head)].rstrip()
    if not owner.endswith(("'s", "’s")):
        return None
    owner = owner[:-2]
    head = owner.rsplit(None, 1)[-1].casefold()
    if head not in cues.DOCUMENT_NOUNS:
        return None
    return Phrase(owner, phrase.start, phrase.start + len(owner), "np", head=head)


def _whole_org(scene: Scene, phrase: Phrase) -> str | None:
    """Rule *a body named in full after "the"*: ``the Centre for Soil and Rural
    Justice said`` is that body, whose name the scan read whole, not a centre's
    unnamed staff; None when the phrase is not one organisation's name."""
    if not phrase.text[4:5].isupper():
        return None
    mention = scene.entities.mention_at(phrase.start + 4)
    if mention is None or mention.kind != "org" or mention.end != phrase.end:
        return None
    return mention.name


# A one-word owner's possessive, then lower-case words: "Valdoria's finance minister".
_PLACE_OWNED: Final = regex.compile(
    r"(?P<owner>\p{Lu}[\p{L}\-]+)['’]s(?P<role>(?:[ \u00a0]+\p{Ll}[\p{L}\-]*)+)"
)


def _place_role(scene: Scene, phrase: Phrase) -> Phrase | None:
    """Rule *a place's office is the office*: ``Valdoria's finance minister`` is read as
    ``the finance minister`` — a person's role owned by a place (no person or body the
    article names), as a country's or town's office holder is written. ``Ruiz's lawyer``
    and ``Korvex's chief executive`` keep their owner. None when the rule does not apply.
    """
    if phrase.head not in cues.PERSON_ROLES:
        return None
    owned = _PLACE_OWNED.fullmatch(phrase.text)
    if owned is None:
        return None
    owner = owned.group("owner")
    named = scene.entities.named(phrase.start, owner, (owner,))
    if named is not None and scene.entities.kinds.get(named) in ("person", "org"):
        return None
    return phrase._replace(text="the" + owned.group("role"))


# Rule *the network a show airs on*: "The gala airs Sept. 21 on TVC One." — what a
# programme airs, is broadcast, shown or streamed on is the channel that "the network",
# "the broadcaster" or "the channel" later stands for.
_AIRS_ON: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:airs|aired|airing|air|broadcast|broadcasts|shown|screened|screens"
    rf"|streams|streamed|streaming|televised)(?:{_S}+(?:[^.!?;\n“”\"]|\.(?={_S}*[\d\p{{Ll}}]))"
    rf"{{0,40}}?)?{_S}+on{_S}+(?:the{_S}+)?(?P<name>{NAME_PATTERN})"
)
_CHANNEL_NOUNS: Final = frozenset({"network", "broadcaster", "channel", "station", "streamer"})
_AIRS_REACH: Final = 1500  # characters back from the quote: the story's last few paragraphs


def _aired_on(scene: Scene, limit: int) -> str | None:
    """The channel the latest programme before ``limit`` airs on (:data:`_AIRS_ON`), when
    the article names it as an organisation; else None (``airs on Fridays``).

    >>> text = "The gala airs Sept. 21 on Stellan TV. “Fine,” the network said."
    >>> _aired_on(Scene(text, []), text.index("“"))
    'Stellan TV'
    """
    latest = None
    for found in _AIRS_ON.finditer(scene.text, max(0, limit - _AIRS_REACH), limit):
        latest = found
    if latest is None:
        return None
    mention = scene.entities.mention_at(latest.start("name"))
    if mention is None or scene.entities.kinds.get(mention.name) != "org":
        return None  # "airs on Fridays", "shown on Channel Ruby's rival": no channel named
    return mention.name


def description(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """Rule ``description``: ``the mayor``, ``the 29-year-old``, ``the Scot``, ``the
    company`` → the earlier person or organisation it describes, or None."""
    head = phrase.head
    if head in _CHANNEL_NOUNS and phrase.text.casefold() == f"the {head}":
        channel = _aired_on(scene, limit)
        if channel is not None:
            return channel
    if head == "police" and phrase.text.casefold() in ("police", "the police"):
        # Rule *the police are the force the story names*: "Mother charged, police say"
        # over a story naming the Dunmore Police Department; with none or two, nobody.
        return _police_force(scene)
    place_role = _place_role(scene, phrase)
    if place_role is not None:
        return description(scene, place_role, limit)
    definite = phrase.text.startswith(("the ", "its "))
    resolved: str | None = None
    if head in _PARTS_OF_BODIES and (whole := _body_of_part(scene, phrase)) is not None:
        return whole
    if head in cues.BENCH_STYLES:
        return _on_the_bench(scene, limit)
    if head == "dissent" and phrase.text.casefold() == "the dissent":
        return _dissenter(scene, limit)
    if "family of " in phrase.text and (of := _FAMILY_OF.match(phrase.text)) is not None:
        return _family_of(scene, phrase, of.end(), limit)
    if head in cues.CHARGED_NOUNS and phrase.text.casefold() == f"the {head}":
        charged = _charged(scene, limit)
        if charged is not None:
            return charged
    if head in cues.SUIT_PARTIES and phrase.text.casefold() == f"the {head}":
        return _party_to_suit(scene, limit, head)
    if definite and _unnamed_by_request(scene.text, phrase.end):
        return None
    if definite and _left_unnamed(scene, phrase, limit):
        return None
    if head in cues.PLACE_TITLES and (styled := _place_styled(scene, phrase)) is not None:
        return styled  # "The Bishop of Tolworth said": a name, not a description
    if definite and head in cues.PANEL_NOUNS:
        return _panel(scene, head, limit)  # "the stewards said": the panel, as its ruling
    if (
        definite
        and head in cues.ORG_ROLES
        and phrase.text[4:5].isupper()
        and phrase.text.count(" ") == 1
        and (of_kind := _capitalised_kind(scene, head, phrase.start, limit)) is not None
    ):
        return of_kind or None  # "The Diocese said", written as a name
    if head in cues.GOVERNING_NOUNS and phrase.text.endswith(head):
        # "the trust's trustees", "its board": the organisation that owns them.
        owner = _possessor(scene, phrase.start, phrase.end - len(head), limit)
        if owner is None and head in _BODY_GOVERNORS and phrase.text.casefold() == f"the {head}":
            # Rule *the trustees speak for the body in view*: "The Brisby Hebrew
            # Congregation will close. … the trustees wrote:" — its governing body.
            owner = _org(scene, limit, None, 3) or scene.entities.salient_org(limit)
        if owner is not None or head not in cues.ORG_ROLES:
            return owner
        # "the board" with no owner: a body named as one (the Wexmoor Health Board)
    if head in _OWNED_UNITS and definite and _owned_unit(phrase.text):
        # Rule *a body's team speaks for the body*: "the council's licensing team said"
        # is the council's, or nobody's when no council is named — never the business
        # the team wrote to.
        return _possessor(scene, phrase.start, phrase.end - len(head), limit)
    if head in _AUTHORS and phrase.text.endswith(head):
        document = _owning_document(phrase)
        if document is None and definite and phrase.text.casefold() == "the authors":
            document = _authored_before(scene, phrase)
        if document is not None:
            # Rule *a document's authors speak for its issuer*: "The report's authors
            # write that …" is whoever issued the report, as "the report said" is.
            return statement(scene, document, limit)
    # The literal ending first: the pattern's call costs far more than the look.
    if definite and phrase.text.endswith("member") and _WARD_MEMBER.fullmatch(phrase.text):
        # Rule *a ward member is a councillor*: "Independent councillor Brian Tovell said …"
        # then "the Eastwick ward member said": the latest councillor, not nobody.
        return _titled(scene, limit, "councillor")
    if head in cues.OFFICIAL_STAFF and not definite:
        return _body_of_officers(scene, phrase)
    if head == "office" and (post_office := _titled_office(phrase.text)) is not None:
        return post_office  # "the District Collector's office": an office, no holder named
    if head in _CLIENTS_BODIES and not definite and phrase.text.endswith(head):
        # Rule *a person's campaign speaks for them*: "His campaign said", "Vorne's
        # office said", "her camp said" — the person whose it is, as "Mallory's
        # management said" (a single agent, "her lawyer", is someone else: not here).
        owner = _possessor(scene, phrase.start, phrase.end - len(head), limit)
        if owner is not None and scene.entities.kinds.get(owner) == "person":
            return owner
    if head in _GOVERNMENT_BODIES and not definite and (body := _BODY.fullmatch(phrase.text)):
        return _body_name(body)  # "Italy's foreign ministry said"
    if head in _FORCES and (force := _government_body(scene, phrase, limit)) is not None:
        return force  # "the Norwegian army said", "the army said" after it
    if definite and head in _NAMED_KINDS and phrase.text.casefold() == f"the {head}":
        # Rule *a body's role noun fits its kind of name*, for the nouns that name no
        # organisation otherwise: "the military" after "the Korvell Armed Forces said".
        named_kind = _org(scene, limit, head, 3)
        if named_kind is not None:
            return named_kind
    if head == "family" and definite and phrase.text.casefold() == "the family":
        reader = _family_reader(scene, phrase.start)
        if reader is not None:
            return reader
    if head == "family" and phrase.text.endswith(head) and not definite:
        # Rule *a family speaks as one*: "his family said", "Ruiz's family said" —
        # the family of the person named, a speaker of its own.
        owner = _possessor(scene, phrase.start, phrase.end - len(head), limit)
        if owner is None or scene.entities.kinds.get(owner) != "person":
            return None
        return owner + _FAMILY
    if not definite and cues.family_gender(head) is not None and phrase.text.endswith(head):
        kin = _named_kin(scene, phrase, limit)
        if kin is not None:
            return kin
    if (
        not definite
        and phrase.text.startswith(_PERSONAL_OWNERS)
        and head in cues.ORG_ROLES
        and phrase.text.endswith(head)
    ):
        # Rule *the body names itself*, owned: "His Vantaro team said", "her Kelby Rovers
        # club said" — the organisation named inside the phrase, not its owner (a name
        # owning it, "Norway's data watchdog", is the owner: not this rule).
        inside = _org_within(scene, phrase, owned=True)
        if inside is not None:
            return inside
    if definite and year_old(head):
        years = head.split("-", 1)[0]
        resolved = (
            _aged(scene, years, limit)
            or _aged_pronoun(scene, years, limit)
            or _unaged_person(scene, years, limit, _fronted_gender(scene, phrase.start))
        )
    elif definite and _RANKED.fullmatch(phrase.text):
        # "the world No 7", "the British number one", "the top seed": a player named by
        # ranking, the person in view as for he/she.
        resolved = _person_in_view(scene, limit)
    elif definite and (age := _personal_modifier(phrase.text)) is not None and (
        head not in cues.ORG_ROLES or (head in _EITHER_ROLES and _lifetime(age))
    ):
        # "the 59-year-old physicist", "the Lebanese-born scientist": a person given
        # that title, else the modifier says a person in view, as "the 59-year-old" does;
        # also for a role of people and firms alike with a person's age ("the 29-year-old
        # streamer"), not a firm's ("the 150-year-old operator").
        if head in cues.PERSON_ROLES:
            resolved = _titled(scene, limit, head, _modifiers(phrase.text))
        if not resolved and age:
            resolved = _aged(scene, age, limit) or _unaged_person(scene, age, limit)
        resolved = resolved or (None if age else _person(scene, limit, None, bodies=False))
    elif definite and head in cues.PERSON_ROLES:
        modifiers = _modifiers(phrase.text)
        resolved = _titled(scene, limit, head, modifiers)
        if resolved is None and not modifiers:
            resolved = _named_after_opening(scene, head, limit)
        if resolved is None and head in _HOSTS:
            resolved = _show_host(scene, limit)
        elif resolved is not None and not modifiers and not _holds(scene, resolved, head):
            subject = _lone_subject_before(scene, limit)
            if subject is not None and cues.PRIVATE_ROLES.isdisjoint(
                scene.entities.index.roles.get(subject, ())
            ):
                resolved = subject  # not "Ana Ruiz, a resident," for "the officer"
        elif resolved is not None and not modifiers and head in cues.PROFESSION_WORDS:
            resolved = _colleague_subject(scene, limit, resolved, head) or resolved
        titled = resolved is not None
        if resolved is None and head in cues.STATE_KIN and not modifiers:
            # Rule *the widow is the person in view*: a kinship noun of a state of life
            # ("the widow said", "the grandfather said") describes the person in view of
            # its gender, as "the gran" does; not one introduced as someone else's.
            gender = cues.descriptor_gender(head)
            resolved = _person(scene, limit, gender)
            if resolved is not None and (
                _introduced_other(scene, head, limit)
                or _written_gender(scene, resolved, limit) not in (None, gender)
            ):
                resolved = None  # "Rosa Pell, 84, who was carried from her home": no widower
        elif resolved is None and (
            head in cues.DESCRIPTOR_NOUNS
            or head in cues.PERSON_DESCRIPTIONS
            or _former(phrase.text)  # "the former Ireland midfielder": a past career
        ):
            resolved = _person_in_view(scene, limit)  # "the veteran": as he/she
            if resolved is not None and not modifiers:
                resolved = _untitled_subject(scene, limit, resolved, head)
            if resolved is not None and (
                _not_on_the_bench(scene, limit, resolved, head, _former(phrase.text))
                or cues.other_kind_of_player(scene.entities.index.roles.get(resolved, ()), head)
                or _introduced_other(scene, head, limit)
                or _relative_only(scene, resolved, phrase.text, head)
            ):
                resolved = None
        if resolved is not None and _other_post(
            scene, limit, resolved, phrase.text, head, modifiers, titled
        ):
            return None
        if resolved is None and head in cues.ORG_ROLES:
            # Rule *a role of people and firms alike*: "the operator" with no one titled
            # so is the organisation given that role or named for it (Greyfell Coaches);
            # never the article's organisation by default ("the landlord" may be a person),
            # only a trade's noun for the one business the article names.
            resolved = _either_org(scene, phrase, limit, head)
            if resolved is None and head in _BROKER_ROLES:
                resolved = _named_broker(scene, limit)
            if resolved is None and head in _TRADE_NOUNS and _issues_document(scene, phrase):
                resolved = _sole_company(scene, limit)
    elif definite and (head in cues.PERSON_DESCRIPTIONS or _capped(phrase.text.split()[1:])):
        # "the singer-songwriter", "the chart-topper": the person in view.
        if not _introduced_other(scene, head, limit):
            resolved = _person_in_view(scene, limit)
            if resolved is not None and phrase.text.count(" ") == 1:
                resolved = _untitled_subject(scene, limit, resolved, head)
            if resolved is not None and cues.other_kind_of_player(
                scene.entities.index.roles.get(resolved, ()), head
            ):
                resolved = None
    elif definite and head in cues.AGE_DECADES:
        # Rule *an age in words*: "the nonagenarian" is the person the article gave an
        # age in that decade ("Norman Reece, 91,"), else the person in view.
        first = cues.AGE_DECADES[head]
        aged = _aged_in_decade(scene, first, limit)
        if len(aged) == 1:
            resolved = aged[0]
        elif not aged and not _introduced_other(scene, head, limit):
            resolved = _undecaded_person(scene, first, limit)
        # two people in that decade ("Vera Platt, 93, and Jim Tate, 91"): None
    elif definite and (
        cues.is_descriptor(described := phrase.text.split()[-1])
        or cues.is_descriptor(described := phrase.text.split(None, 1)[-1])
    ):
        # "the Scot", "the Frenchman", "the South African": the person already in
        # view, as he/she.
        if described.casefold() in cues.PARTY_MEMBERS:
            # Rule *a party label is the member the article labelled so*: "Tory councillor
            # Ann Roe … Lib Dem Ivo Dale …" then "the Tory said" is Ann Roe.
            resolved = _labelled_person(scene, described, limit)
        if (
            resolved is None
            and not _described_other(scene, described, limit)
            and not _introduced_other(scene, described, limit)
        ):
            resolved = _person(scene, limit, cues.descriptor_gender(head), bodies=False)
    elif definite and head == "district" and _district_service(phrase.text) is not None:
        resolved = _special_district(scene, phrase, limit)
    elif definite and head == "system" and _care_system(phrase.text):
        # Rule *a health system is its hospitals' body*: "a spokesperson for the health
        # system" after "Lakemoor Health Partners" is that body
        resolved = _org(scene, limit, "system", 1000)
    elif definite and head in cues.ORG_ROLES:
        modifiers = _modifiers(phrase.text)
        resolved = _org_within(scene, phrase)  # "the Harlow Nurses union said"
        resolved = resolved or _sentence_org(scene, phrase, head)
        resolved = resolved or _opening_org_before(scene, phrase, head)
        if resolved is None and head in _COMPANY_HEADS:
            resolved = _firm_just_named(scene, phrase)
        if modifiers and resolved is None:  # "the French carmaker": written with "French"
            resolved = _modified_org(scene, limit, head, modifiers)
        # "the prefecture of Haute-Morvienne": the body of the place or name after "of".
        resolved = resolved or _linked_owner(scene, phrase.text)
        resolved = resolved or _org(scene, limit, head, 1000)  # the whole reach back
        if resolved is None and head not in _GOVERNMENT_BODIES:
            resolved = _role_subject_org(scene, limit, head)
        if resolved is None and head in cues.GENERIC_ORG_ROLES:
            unlike = _NOT_COMPANY_WORDS if head in _COMPANY_HEADS else frozenset()
            resolved = _org(scene, limit, None, 3, unlike)
        if resolved is None and (head in _GOVERNMENT_BODIES or head in _AGENCIES):
            resolved = _government_body(scene, phrase, limit)
        if resolved is None and (
            head not in _GOVERNMENT_BODIES
            and head not in cues.PERSON_ROLES
            and head not in cues.JUDGING_BODIES
        ):
            # "the authority": the article's organisation, unless its name says it is
            # another kind ("the council" is no "Tallowmere Buses"); not for "the
            # operator", who may be a person nobody named
            # Rule *the body this paragraph is about*: "Kelso Mutual told me the delay was
            # its error. “…,” the society said." is Kelso Mutual, not the firm the
            # article named most; else the article's organisation.
            resolved = _paragraph_org(scene, limit)
            if resolved is None or _other_kind(head, resolved):
                resolved = _lede_described_org(scene, head, limit) or scene.entities.salient_org(
                    limit
                )
            if (
                resolved is not None
                and head in _COMPANY_HEADS
                and not _NOT_COMPANY_WORDS.isdisjoint(scene.entities.given_roles(resolved))
            ):
                # Rule *a company is no campaign*, by what the article calls it: after
                # "the debt charity Oakline", "the firm" is never Oakline.
                resolved = None
            if resolved is not None and head in _MAKER_HEADS and _other_kind(head, resolved):
                # the business nearest in reach, passing over the court it sued in
                resolved = _org(scene, limit, None, 3, _NOT_MAKER_WORDS)
            if resolved is not None and (
                _other_kind(head, resolved)
                or (
                    (head in _VENUES or head in _TRADE_NOUNS)
                    and _introduced_other(scene, head, limit)
                )
            ):
                # Rule *a venue the article brought in unnamed*: "Quarrow Council fined
                # a bistro on Mill Lane." then "“…,” the bistro said." is that bistro,
                # which has no name here, not the council the story is about; so too
                # a trade's noun ("A milk supplier, who asked not to be named, said")
                resolved = None
        if resolved is None and head in _COMPANY_HEADS:
            resolved = _lone_company(scene, limit)
        if resolved is None and (
            head in _COMPANY_HEADS
            or (head in _TRADE_NOUNS and not _introduced_other(scene, head, limit))
        ):
            # not "A timber supplier, who asked not to be named, said …" ⏎ "the supplier
            # said": that one, whom the article left unnamed
            resolved = _sole_company(scene, limit)
    elif definite and head == "member" and (labelled := _member_labelled(scene, phrase, limit)):
        resolved = labelled  # "the SNP member": the one "SNP councillor Ann Roe"
    elif definite and _word_like(head) and head not in cues.GROUP_NOUNS:
        # "the infection specialist": a title the article gave nobody, for the person
        # just introduced, else one given a kindred title ("a consultant virologist")
        resolved = (
            _whole_org(scene, phrase)
            or _just_introduced(scene, limit, phrase.text, head)
            or _titled(scene, limit, head)
        )
        if resolved is None and phrase.text.casefold() == f"the {head}":
            # Rule *a body named for its kind*: "the zoo", "the sanctuary" after
            # "Ashcombe Zoo", "the Tarnley Otter Sanctuary": the latest name in reach
            # ending in that word, as "the county" is (never a person's name).
            resolved = _named_body(scene, limit, head)
        veteran = phrase.text.split()
        if (
            resolved is None
            and len(veteran) == 3
            and veteran[1].casefold() in cues.DESCRIPTOR_NOUNS
            and not _introduced_other(scene, head, limit)
        ):
            # Rule *a veteran of a trade nobody was given is the person in view*: "Lyrac
            # president Yannick Beaufort said…" ⏎ "“…,” the veteran administrator said."
            # — a descriptor before a title the article gave no one reads as it alone.
            resolved = _person_in_view(scene, limit)
    if resolved is None and definite and head in cues.PERSON_ROLES:
        resolved = _just_introduced(scene, limit, phrase.text, head)
    if resolved is None and definite and _word_like(head):
        resolved = _glossed(scene, limit, phrase.text, head)  # "the hydrologist"
    if head == "couple" and phrase.text.casefold() == "the couple":
        return _couple(scene, limit)
    if resolved is None and definite and _title_letters(phrase.text.rsplit(None, 1)[-1]):
        # "the CP said": the commissioner; "the Deputy CM": a title ending in the letters
        resolved = _letters_holder(scene, _written_letters(phrase.text.split()[1:]), limit)
    if resolved is None and phrase.text.startswith(("a ", "an ")):
        resolved = _named_next(scene, phrase)
    if resolved is None and head in _LOCAL_BODIES and phrase.text.casefold() == f"the {head}":
        # "The county said in a statement:" after "Haldane County", "the district said"
        # after "Hollis Independent School District"; "The city said" in the dateline's city.
        resolved = _named_body(scene, limit, head) or (
            _dateline_place(scene) if head in _DATELINE_BODIES else None
        )
    if definite and phrase.text.casefold() == f"the {head}" and (
        resolved is None or _titled_otherwise(scene, resolved, head)
    ):
        # The story's own unnamed subject, named later; also over a person in view the
        # article titled otherwise ("Det Sgt Ana Leith" is no pensioner).
        resolved = _lede_described(scene, head, limit) or resolved
    if resolved is not None and definite and _former(phrase.text):
        resolved = _former_holder(scene, limit, resolved, phrase)
    elif resolved is not None and definite and "new" in phrase.text.casefold().split()[1:-1]:
        resolved = _new_holder(scene, limit, resolved)
    elif resolved is None and definite and head in cues.PERSON_ROLES:
        resolved = _named_later(scene, limit, phrase.text, head)
    if resolved is None and definite:
        resolved = _title_used(scene, phrase.text, limit)
    if resolved is not None and resolved.isupper() and resolved.casefold() == head:
        return None  # "A MUSEUM in Tarrow has…": the lede shouts the word, names no museum
    return resolved


# People and parts of a body that speak for it when the body is named after them:
# "Campaigners from the group Shelf Life Quarrendon", "the Tarn chapter of the Tenants Guild".
_PARTS_OF_BODIES: Final = frozenset(
    {"members", "organisers", "organizers", "campaigners", "activists", "volunteers",
     "chapter", "branch", "affiliate"}
)  # fmt: skip
# What stands between that noun and the body's name.
_PART_LINK: Final = regex.compile(
    rf"{_S}+(?:of|from){_S}+(?:the{_S}+)?(?:(?:group|campaign|charity|union|movement"
    rf"|network|coalition|organi[sz]ation|association|society){_S}+)?\Z"
)


def _body_of_part(scene: Scene, phrase: Phrase) -> str | None:
    """Rule *a body's members speak for the body named after them*: ``Campaigners from the
    group Shelf Life Quarrendon told the paper`` and ``The Tarn chapter of the Tenants Guild
    said`` are that group or guild, when the phrase ends in its name (an organisation of
    the entity model); ``Organisers said`` and ``Residents of Hollin`` (a place) stay as
    they were.
    """
    text, mentions = scene.text, scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, phrase.start)
    while i < len(mentions) and mentions[i].end < phrase.end:
        i += 1
    if i == len(mentions) or mentions[i].end != phrase.end or mentions[i].kind != "org":
        return None
    m = mentions[i]
    at = text.rfind(phrase.head, phrase.start, m.start)
    if at < 0:
        at = text.casefold().rfind(phrase.head, phrase.start, m.start)
    if at < 0 or _PART_LINK.match(text, at + len(phrase.head), m.start) is None:
        return None
    return m.name


_TITLE_GAP: Final = re.compile(r"(?:[ \u00a0]+[a-z][a-z\-]*){0,2}[ \u00a0]+")


def _title_used(scene: Scene, written: str, limit: int) -> str | None:
    """Rule *a title before a name describes its holder*: ``Four-time champion jockey
    Rhoswen Mallaby spoke.`` then ``the four-time champion added`` is Rhoswen Mallaby —
    the latest person in reach whose name follows the description's words
    (``four-time champion``), up to two lower-case title words between; else None.

    >>> text = "Four-time champion jockey Rhoswen Mallaby spoke. Then the four-time champion added"
    >>> _title_used(Scene(text, []), "the four-time champion", len(text))
    'Rhoswen Mallaby'
    """
    key = written.split(None, 1)[-1].casefold()
    if key == written.casefold():
        return None  # the description is one word: nothing to look for after "the"
    text = scene.text
    for _, m in _persons_back(scene, limit):
        lo = max(0, m.start - len(key) - 40)
        before = text[lo : m.start].casefold()
        at = before.rfind(key)
        if (
            at >= 0
            and (at == 0 or not before[at - 1].isalnum())
            and _TITLE_GAP.fullmatch(before, at + len(key)) is not None
        ):
            return m.name
    return None


def _word_like(head: str) -> bool:
    """True when ``head`` is a word, hyphenated or not: ``hydrologist``, and the compounds
    the back pages and trades coin for people (``right-armer``, ``left-hander``,
    ``tight-head``), which no list can hold in full.

    >>> _word_like("right-armer"), _word_like("hydrologist"), _word_like("29-year-old")
    (True, True, False)
    """
    return head.replace("-", "").isalpha() and not head.startswith("-")


# "A VET has urged…", "A young farmer from Oakby has been…", "An elderly reader who…":
# a lede that opens with someone it has not named yet (up to three words before the noun).
_LEDE_SOMEONE: Final = regex.compile(
    rf"(?i:an?){_S}+(?:[\w'’-]+{_S}+){{0,3}}?(?P<noun>[\w'’-]+)"
    rf"{_S}+(?:(?i:who|has|have|had|was|is|says|said|from|in|at|of|on)\b|,)"
)


def _lede_described(scene: Scene, head: str, limit: int) -> str | None:
    """Rule *the lede's unnamed subject is named next*: ``A VET has urged dog owners to…``
    ⏎ ``Sara Quill, a partner at a Pellworth practice, said…`` ⏎ ``“…,” the vet said.`` —
    the noun the lede opened with, unnamed, is the person the story names next as the
    subject opening a sentence (within the two paragraphs after the lede), and a later
    *the vet* is that person.

    Only the exact noun counts, and only a lede (one of the article's first three
    paragraphs) that opens with it; the person must open a sentence (a subject, not one
    the subject met); with no such person before ``limit``, None.
    """
    layout, text = scene.layout, scene.text
    paragraphs = layout.paragraphs
    lede = _lede_someone(scene, limit)
    if lede is None:
        return None
    p, found = lede
    if found.group("noun").casefold() != head or _other_person_in(
        scene, found.end(), layout.starts[layout.sentence(found.start()) + 1]
        if layout.sentence(found.start()) + 1 < len(layout.starts) else len(text)
    ):
        return None
    end = paragraphs[p + 3] if p + 3 < len(paragraphs) else len(text)
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, found.end())
    while i < len(mentions) and mentions[i].start < min(end, limit):
        m = mentions[i]
        i += 1
        if m.kind != "person" or not m.subject:
            continue
        opening = text[layout.starts[layout.sentence(m.start)] : m.start].strip()
        if opening and not opening.istitle():
            continue  # "… who called out Ada Marr": not the sentence's subject
        return m.name
    return None


def _lede_described_org(scene: Scene, head: str, limit: int) -> str | None:
    """Rule *the lede's unnamed body is named next*: ``An exam board has apologised…`` ⏎
    ``The Northern Assessment Council (NAC) said…`` ⏎ ``the board said`` — the body the
    lede opened with, unnamed, is the organisation opening the next paragraph, not the
    most salient name (``BTEC``, the qualification in the headline). None when that
    paragraph opens with no organisation, or one whose name is of another kind
    (:func:`_other_kind`), or starts after ``limit``.
    """
    lede = _lede_someone(scene, limit)
    if lede is None or lede[1].group("noun").casefold() != head:
        return None
    layout, entities = scene.layout, scene.entities
    if lede[0] + 1 >= len(layout.paragraphs):
        return None
    start = layout.paragraphs[lede[0] + 1]
    first = layout.sentence(start)
    i = bisect_left(entities.mention_starts, start)
    if i >= len(entities.mentions) or entities.mentions[i].start >= limit:
        return None
    m = entities.mentions[i]
    opening = scene.text[start : m.start].strip(" \u00a0" + MARKS)
    if (
        m.kind == "org"
        and m.sentence == first
        and opening in ("", "The")  # "Parents at Kelby Academy said": not the body
        and not _other_kind(head, m.name)
    ):
        return m.name
    return None


def _lede_someone(scene: Scene, limit: int) -> tuple[int, regex.Match[str]] | None:
    """The first of the article's first three paragraphs that opens with someone unnamed
    (``A VET has urged…``), as its index and the match, if any starts before ``limit``."""
    paragraphs = scene.layout.paragraphs
    for p in range(min(3, len(paragraphs))):
        lo = paragraphs[p]
        found = _LEDE_SOMEONE.match(scene.text, lo, min(limit, lo + 80))
        if found is not None:
            return p, found
    return None


# A body's officers: "the chief executive", "the director", "the chairman".
_OFFICER_HEADS: Final = frozenset(
    {"chief", "executive", "ceo", "cfo", "coo", "cto", "cio", "cmo", "director", "chairman",
     "chairwoman", "founder"}
)  # fmt: skip


def _relative_only(scene: Scene, person: str, written: str, head: str) -> bool:
    """Rule *a body's officer is no relative*: ``His daughter, Lia Orme, said her father
    waited for hours.`` then ``The board's chief executive wrote: “…”`` — a body's
    officer (a title after a possessive: ``the board's``, ``the trust's``) whom the
    article titled nobody is not a person in view it brought in only as someone's
    relative (every title given them is a family word), so the speaker is None.
    A plain ``the director`` may still be a relative who runs the family firm.

    >>> _OFFICER_HEADS >= {"executive", "director"}, "daughter" in _OFFICER_HEADS
    (True, False)
    """
    if head not in _OFFICER_HEADS or ("'s " not in written and "’s " not in written):
        return False
    roles = scene.entities.index.roles.get(person)
    if not roles:
        return False
    return all(cues.is_kin(role) for role in roles)


def _titled_otherwise(
    scene: Scene, person: str, head: str, written: Iterable[str] = ()
) -> bool:
    """True when the article gave ``person`` a title (read from the article's index and
    the mention's own ``written`` roles) and none of their titles is ``head`` or its kin:
    then *the* ``head`` is somebody else (``Det Sgt Ana Leith`` is no pensioner; ``His
    father, Tom Reilly,`` is no priest; ``Violist Tom Rye`` no pensioner either).

    One answer for every rule that asks: a person titled both ``head`` and something
    else (``a nurse and councillor``) may still be *the nurse*.

    >>> scene = Scene("Det Sgt Ana Leith spoke. Ana Leith left.", [])
    >>> [_titled_otherwise(scene, "Ana Leith", noun) for noun in ("pensioner", "officer")]
    [True, False]
    """
    if scene.entities.kinds.get(person) != "person":
        return False
    roles = {*scene.entities.index.roles.get(person, ()), *written}
    return bool(roles) and not any(cues.kindred(role, head) for role in roles)


def _other_person_in(scene: Scene, lo: int, hi: int) -> bool:
    """True when ``text[lo:hi]`` names a person or brings in one by a noun of family, a
    role or a group (``A mother has paid tribute to her son``): the next name may be
    that other person, not the one the lede opened with."""
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, lo)
    if i < len(mentions) and mentions[i].start < hi and mentions[i].kind == "person":
        return True
    for word in _WORDS.findall(scene.text, lo, hi):
        folded = word.casefold()
        if cues.is_kin(folded) or folded in cues.PERSON_ROLES or folded in cues.GROUP_NOUNS:
            return True
    return False


def _place_styled(scene: Scene, phrase: Phrase) -> str | None:
    """The person a phrase names by a title of a place (``the Duchess of Arnvale``,
    one mention of the entity model), or None when the phrase is only the title."""
    at = phrase.start + 4 if phrase.text.startswith("the ") else phrase.start
    m = scene.entities.mention_at(at)
    if m is None or m.kind != "person" or m.end > phrase.end:
        return None
    return m.name


def _named_later(scene: Scene, limit: int, written: str, head: str) -> str | None:
    """Rule *a title named later*: ``The housing minister said: “…”`` with nobody so
    titled before, and further on ``Housing Minister Delia Farrowby`` or ``Delia
    Farrowby, the housing minister,``: the one person the article later gives that
    whole title (within reach after the quote).

    Only for a title of two words or more (``the chief constable``, not ``the
    minister``, which a later minister of something else may be), none of them past
    (``former``) or possessive; None when two people are later given it. A body's own
    one-word title is as whole (rule *its title named later*, :func:`_own_title_later`).
    """
    words = written.casefold().split()[1:]
    if written.startswith("its ") and len(words) == 1:
        return _own_title_later(scene, limit, head)
    if len(words) < 2 or any(w in _FORMER or "'" in w or "’" in w for w in words):
        return None
    joined = r"[ \u00a0]+".join(map(regex.escape, words))
    title = regex.compile(rf"(?<![\p{{L}}]){joined}(?![\p{{L}}])")
    mentions, text = scene.entities.mentions, scene.text
    holders: list[str] = []
    for i, m in _persons_ahead(scene, limit):
        if head not in m.roles:
            continue
        lo = max(scene.layout.starts[m.sentence], m.start - 60)
        if i >= 1 and lo < mentions[i - 1].end <= m.start:
            lo = mentions[i - 1].end  # another's title ends at the name before
        after = _APPOSITIVE_AFTER.match(text, m.end, min(len(text), m.end + 80))
        written_with = text[lo : m.start] + (after.group() if after is not None else "")
        if title.search(written_with.casefold()) is not None:
            holders.append(m.name)
    return _sole_name(holders)


def _own_title_later(scene: Scene, limit: int, head: str) -> str | None:
    """Rule *its title named later*: ``the airline slashed its forecast and its boss
    admitted “…”`` then ``Chief executive Cole Darby, 52, said`` is Darby. A body's own
    title (``its governor``, ``its chairman``, ``its boss``) has one holder, so the one
    person given that title or its kin (:func:`quotematch.cues.kindred`) within reach
    after the quote is it; None when two people are. A deputy or a former holder
    (``deputy governor Ana Ruiz``) is another post, passed over.
    """
    text = scene.text
    holders: list[str] = []
    for _, m in _persons_ahead(scene, limit):
        if not any(cues.kindred(role, head) for role in m.roles):
            continue
        lo = max(scene.layout.starts[m.sentence], m.start - 40)
        before = text[lo : m.start].casefold().split()
        if not any(w in _OTHER_POSTS or w in _FORMER for w in before):
            holders.append(m.name)
    return _sole_name(holders)


# Words that end the noun of "a fitness influencer with 300,000 followers", "a
# pensioner who …", "an activist from Kelby": what follows describes the noun.
_NOUN_ENDS: Final = frozenset({"with", "who", "from", "in", "at", "of", "on", "whose"})
# Nouns for someone a story leaves unnamed on purpose: never the next paragraph's name.
_UNNAMED_NOUNS: Final = frozenset(
    {"witness", "source", "passer-by", "onlooker", "bystander", "neighbour", "neighbor",
     "resident", "spokesperson", "spokesman", "spokeswoman", "official", "insider"}
)  # fmt: skip


def _named_next(scene: Scene, phrase: Phrase) -> str | None:
    """Rule *a delayed lede*: ``A fitness influencer with 300,000 followers has claimed
    that … “…”.`` then a paragraph opening ``In a video, Tilda Marsh told viewers:`` —
    a person described, not named, in the story's first paragraph is the person whom
    the next paragraph opens with, speaking. Only when nobody was named before (the
    lede), and the noun is a person's (not ``a witness``, whom stories leave unnamed).

    >>> text = "A chef has claimed that salt is “overrated”.\\n\\nAna Ruiz said: “It is.”"
    >>> _named_next(Scene(text, []), Phrase("a chef", 0, 6, "np", head="chef"))
    'Ana Ruiz'
    """
    words = phrase.text.casefold().split()[1:]
    noun = next((k for k, w in enumerate(words) if w in _NOUN_ENDS), len(words))
    if noun == 0 or words[noun - 1] in _UNNAMED_NOUNS or not _person_noun(words[noun - 1]):
        return None
    if next(_persons_back(scene, phrase.start), None) is not None:
        return None  # not the lede: someone is already named
    layout, entities, text = scene.layout, scene.entities, scene.text
    paragraph = layout.paragraph(phrase.start) + 1
    if paragraph >= len(layout.paragraphs):
        return None
    lo = layout.paragraphs[paragraph]
    i = bisect_left(entities.mention_starts, lo)
    if i >= len(entities.mentions):
        return None
    m = entities.mentions[i]
    opening = text[lo : m.start]
    if m.kind != "person" or not (opening.strip() == "" or opening.endswith(", ")):
        return None  # the paragraph opens with no person, or with one named in passing
    if any(c in opening for c in ".;:!?\"“"):
        return None
    if _answers_the_lede(scene, m, opening, words[noun - 1]):
        return None  # "The chain's manager, Rob Kerr, said": the one who answers the claim
    clause = text[m.end : m.end + 160].split(":")[0].split("“")[0].split('"')[0]
    said = any(w.strip(",.;") in cues.SPEECH_WORDS for w in clause.split())
    return m.name if said else None


def _answers_the_lede(scene: Scene, m: Mention, opening: str, noun: str) -> bool:
    """True when the paragraph after a delayed lede gives the person it opens with a role
    other than the lede's ``noun``: before the name (``The chain's manager, Rob Kerr,``,
    ``Headteacher Dawn Platt``) or in an appositive after it (``Rob Kerr, the chain's
    manager,``). Such a person is introduced to answer the claim, not as its maker; the
    same noun (``The influencer, Tilda Marsh,``), an age or a fronted phrase (``In a
    video, Tilda Marsh told viewers:``) passes.

    >>> text = "A chef has claimed X.\\n\\nThe café's owner, Ana Ruiz, said it was not."
    >>> scene = Scene(text, [])
    >>> _answers_the_lede(scene, scene.entities.mentions[0], "The café's owner, ", "chef")
    True
    """
    text = scene.text
    appositive = ""
    if text.startswith(", ", m.end):
        close = text.find(",", m.end + 2, m.end + 80)
        appositive = text[m.end + 2 : close] if close > 0 else ""
    written = [w.strip(",").removesuffix("'s").removesuffix("’s") for w in opening.split()]
    given = {*m.roles, *(w.casefold() for w in (*written, *appositive.split()))}
    return any(
        (role in cues.PERSON_ROLES or role in cues.PERSON_DESCRIPTIONS)
        and not cues.kindred(role, noun)
        for role in given
    )


# Rule *a one-word company is the story's subject*: "Kestrane has recalled 40,000 kettles…"
# then "the firm said": a business named by one capitalised word at the start of a
# sentence, with no other evidence, is not found by the name scan (an ordinary word
# opening a sentence looks the same); a company noun that finds no organisation takes
# that subject. The verb must be a past tense, with *has*/*had* or alone, so the subject
# did something; plurals ("Retailers have…", "Shoppers complained…") and gerunds
# ("Flooding closed…") are not a company's name.
_COMPANY_OPENING: Final = regex.compile(
    r"(?P<name>\p{Lu}\p{Ll}[\p{Ll}\-]*)[ \u00a0]+(?:(?:has|had)[ \u00a0]+)?"
    r"(?P<verb>\p{Ll}+)[ \u00a0]"
)


# The first word after a name in its sentence that shows a gender: "Rosa Pell, 84, who
# was carried from her home" is a woman.
def _written_gender(scene: Scene, name: str, limit: int) -> str | None:
    """What the article says of ``name``'s gender: what it knows (an honorific, a
    he/she resolved), else the first gendered pronoun after its latest mention
    before ``limit``, in that mention's sentence, else what its given name suggests
    (:func:`entities.presumed_gender`); None when nothing says.

    >>> scene = Scene("Rosa Pell, 84, who lost her home, was rescued. “Thanks.”", [])
    >>> _written_gender(scene, "Rosa Pell", 50)
    'f'
    """
    known = scene.entities.gender.get(name)
    if known is not None and name not in scene.entities.presumed:
        return known
    span = scene.entities.latest_mention(name, limit)
    if span is None:
        return known
    # else only the given name says (a weaker word than the sentence's)
    return pronoun_after(scene.layout, span, limit) or known


def _person_in_view(scene: Scene, limit: int) -> str | None:
    """The person a description (``the veteran``, ``the singer``) stands for as
    he/she would (:func:`_person`), else the article's most salient person.

    Rule *an unnamed person stays unnamed*: not that salient person when the
    sentence before reports someone left unnamed (``One soldier, who asked not to
    be named, said the walls were wet. “…,” the soldier said.``): the description is
    that person, who has no name.
    """
    found = _person(scene, limit, None, bodies=False)
    if found is None or scene.entities.gender.get(found) is not None:
        # Rule *the description takes the pronouns before it*: "Kid Lumo's speech was cut
        # short when his microphone went dead." ⏎ "“…,” the rapper shouted." — the
        # reporter's he/his in the sentence before says whom the description is about,
        # not the woman named more often.
        gender = _pronoun_gender_before(scene, limit)
        if gender is not None and (
            found is None or scene.entities.gender.get(found, gender) != gender
        ):
            found = _person(scene, limit, gender, bodies=False)
    if found is None and _unnamed_subject(scene, limit) < 0:
        found = scene.entities.salient_person(limit, None)
    return found


_MALE_WORDS: Final = frozenset({"he", "his", "him", "himself"})
_FEMALE_WORDS: Final = frozenset({"she", "her", "hers", "herself"})


def _pronoun_gender_before(scene: Scene, limit: int) -> str | None:
    """``m`` or ``f`` when the reporter's sentence before the one at ``limit`` uses the
    pronouns of one gender only (``… when his microphone went dead, just as he was …``),
    else None.

    >>> text = "Kid Lumo's speech ended when his microphone died. “No,” the rapper said."
    >>> _pronoun_gender_before(Scene(text, []), text.index("the rapper"))
    'm'
    """
    layout = scene.layout
    sentence = layout.reported_sentence_before(layout.sentence(limit))
    if sentence < 0:
        return None
    lo = layout.starts[sentence]
    hi = layout.starts[sentence + 1] if sentence + 1 < len(layout.starts) else limit
    words = {w.casefold() for w in _WORDS.findall(scene.text, lo, min(hi, limit))}
    male, female = not words.isdisjoint(_MALE_WORDS), not words.isdisjoint(_FEMALE_WORDS)
    if male == female:
        return None
    return "m" if male else "f"


def _unnamed_by_request(text: str, end: int) -> bool:
    """True when a description ending at ``end`` is glossed as left unnamed.

    Rule *an unnamed person stays unnamed*: ``The father, 38, who asked not to be
    named, said:`` — a person the article introduces here and will not name, never
    the person in view. Only in an appositive after the description, before its
    clause ends (``The coroner, who did not name the firm, said`` names nobody's
    anonymity).

    >>> _unnamed_by_request("The father, 38, who asked not to be named, said:", 10)
    True
    >>> _unnamed_by_request("The coroner, who did not name the firm, said:", 11)
    False
    """
    if not text.startswith(",", end):
        return False
    stop = min(len(text), end + _APPOSITIVE_REACH)
    for mark in ".:;“\"‘\n":
        at = text.find(mark, end, stop)
        if at >= 0:
            stop = at
    return _ANONYMOUS.search(text, end, stop) is not None


_APPOSITIVE_REACH: Final = 90

# The person a sentence brings in without a name, as its subject: "A member of the county
# assembly, who would not be identified,", "One nurse, who did not want to be named,":
# the noun, and the words of an office after it ("of the county assembly").
_UNNAMED_NOUN: Final = regex.compile(
    rf"[\s\"“‘(]*(?:One|Another|An?){_S}+(?:[\p{{Ll}}\p{{Lu}}][\p{{L}}\-]*{_S}+){{0,3}}?"
    rf"(?P<noun>\p{{Ll}}[\p{{Ll}}\-]*)(?={_S}*,|{_S}+of{_S})"
    rf"(?:{_S}+of{_S}+(?P<office>(?:the{_S}+)?\p{{Ll}}+(?:{_S}+\p{{Ll}}+){{0,3}}))?"
)
_OFFICE_LINKS: Final = frozenset({"of", "the", "for", "and"})


def _left_unnamed(scene: Scene, phrase: Phrase, limit: int) -> bool:
    """True when ``the <noun>`` describes the person the sentence before left unnamed.

    Rule *an unnamed subject keeps its description*: ``A member of the county assembly,
    who would not be identified, called the levy unlawful. “…,” the MCA said.`` and
    ``One nurse, who did not want to be named, said … “…,” the nurse said.`` quote
    that person, not a named MCA or nurse from earlier. The description must be the
    subject's own noun or the letters of its office (*member of the county assembly* →
    MCA); any other (``the mayor said`` after it) is someone else.

    >>> text = "A nurse, who asked not to be named, spoke. “No,” the nurse said."
    >>> from quotematch.clauses import speaker_phrase
    >>> at = text.index("the nurse")
    >>> _left_unnamed(Scene(text, []), speaker_phrase(text, at, at + 9), at)
    True
    """
    begin = _anonymous_before(scene, limit, None)
    if begin < 0:
        return False
    found = _UNNAMED_NOUN.match(scene.text, begin, limit)
    if found is None:
        return _one_of_them(scene.text, begin, limit, phrase.text)
    noun = found.group("noun")
    if phrase.text.casefold() == f"the {noun}":
        return True
    office = found.group("office")
    last = phrase.text.rsplit(None, 1)[-1]
    if office is None or not _title_letters(last) or phrase.text.count(" ") != 1:
        return False
    letters = noun[0].upper()
    for word in office.split():  # "of the county assembly for the ruling side": a prefix
        if word not in _OFFICE_LINKS:
            letters += word[0].upper()
            if letters == last:
                return True
    return False


# "Executives at two labels back it, but one, who asked not to be named, said": one of
# a plural noun, left unnamed in the appositive after "one" ("one of them").
_ONE_OF_THEM: Final = regex.compile(
    rf"(?<![\p{{L}}])[Oo]ne(?:{_S}+of{_S}+them)?,{_S}+(?:who|speaking){_S}"
)


def _one_of_them(text: str, begin: int, limit: int, written: str) -> bool:
    """Rule *one of them stays unnamed*: True when the sentence from ``begin`` brings in
    people by the plural of the description's noun and then leaves one of them unnamed
    (``Executives at two of the three big distributors back the complaint, but one, who
    asked not to be named, said…`` ⏎ ``“…,” the executive said.``): that one, not an
    executive the article named before.

    >>> t = "Executives at two labels back it, but one, who asked not to be named, said no."
    >>> _one_of_them(t, 0, len(t), "the executive"), _one_of_them(t, 0, len(t), "the lawyer")
    (True, False)
    """
    words = written.split()
    if len(words) != 2 or words[0] != "the":
        return False
    noun = words[1].casefold()
    plural = regex.compile(
        rf"(?<![\p{{L}}])(?i:{regex.escape(noun)}s|{regex.escape(noun)}es"
        rf"|{regex.escape(noun[:-1])}ies)(?![\p{{L}}])"
    )
    group = plural.search(text, begin, limit)
    return group is not None and _ONE_OF_THEM.search(text, group.end(), limit) is not None


def _lone_company(scene: Scene, limit: int, *, openings: bool = True) -> str | None:
    """The one-word subject a company noun stands for when the article names no
    organisation: a mention of unknown kind that opens its sentence (``Korvex said on
    Tuesday…``), else the first sentence of the reporter's text, after the headline, that
    opens with a capitalised word and a past tense (``Kestrane has recalled…``); None
    when neither is there. ``openings=False`` takes only the mention.

    >>> text = "Kettles recalled\\n\\nKestrane has recalled 40,000 kettles. “Sorry,” the firm said."
    >>> _lone_company(Scene(text, []), text.index("“"))
    'Kestrane'
    >>> text = "Shoppers complained on Monday. “Sorry,” the firm said."
    >>> _lone_company(Scene(text, []), text.index("“")) is None
    True
    """
    found = scene.lone_companies
    if found is None:
        found = scene.lone_companies = _lone_companies(scene)
    (mentioned, opened), by_mention, by_opening = found
    if 0 <= mentioned < limit:
        return by_mention
    if openings and 0 <= opened < limit:
        return by_opening
    return None


# Rule *a firm described by its trade*: "Drivers at Harrowgate Tarnway … In a short
# statement, the operator said:", "Quillmoor rejected it. … the lender wrote:" — a
# business's trade noun (and "the firm", "the company") stands for the one business the
# article has named so far, though its name fits no trade; with two businesses in reach,
# or none, nobody.
_TRADE_NOUNS: Final = frozenset(
    {"operator", "lender", "insurer", "retailer", "supplier", "provider", "developer",
     "carrier", "manufacturer", "maker", "chain", "business"}
)  # fmt: skip


# "said in a statement", "In a letter, the operator said": words issued as a body's.
_IN_DOCUMENT: Final = regex.compile(
    rf"(?i:in|via){_S}+(?:a|an|its){_S}+(?:(?P<adj>\p{{Ll}}+){_S}+)?(?P<noun>\p{{Ll}}+)"
)


def _issues_document(scene: Scene, phrase: Phrase) -> bool:
    """True when the clause of ``phrase`` says it spoke in a document (``the operator said
    in a statement``, ``In a letter, the developer said``): a noun of people and firms
    alike (``the operator``) is then the firm, not a crane's operator nobody named. The
    document may carry a participle phrase of its own before the subject (``In a statement
    posted to its website, the operator said``)."""
    text = scene.text
    lo = max(scene.layout.starts[scene.layout.sentence(phrase.start)], phrase.start - 80)
    hi = min(len(text), phrase.end + 40)
    # "In a statement posted to its website": the noun may stand where an adjective would
    return any(
        found.group("noun") in cues.DOCUMENT_NOUNS or found.group("adj") in cues.DOCUMENT_NOUNS
        for found in _IN_DOCUMENT.finditer(text, lo, hi)
    )


def _sole_company(scene: Scene, limit: int) -> str | None:
    """The one organisation before ``limit`` (within reach) whose name has no public body's,
    union's or charity's word (``_NOT_COMPANY_WORDS``) and that is not the outlet told
    (``told the Quayside Courier``); None when there are none or several.

    >>> text = "Staff at Vellow Foods walked out, the Brix Union said. “…,” the operator said."
    >>> _sole_company(Scene(text, []), text.index("“"))
    'Vellow Foods'
    >>> text = "Vellow Foods and Tarn Holdings both said no. “…,” the operator said."
    >>> _sole_company(Scene(text, []), text.index("“")) is None
    True
    """
    entities = scene.entities
    found: str | None = None
    i = bisect_left(entities.mention_starts, limit) - 1
    while i >= 0 and entities.mentions[i].start >= limit - _REACH:
        m = entities.mentions[i]
        i -= 1
        if (
            m.kind != "org"
            or m.name == found
            or not _NOT_COMPANY_WORDS.isdisjoint(m.name.casefold().split())
            or not _NOT_COMPANY_WORDS.isdisjoint(entities.given_roles(m.name))
            or entities.addressed(m.start)
        ):
            continue  # nor one the article calls a charity: "the debt charity Oakline"
        if found is not None:
            return None  # two businesses: which one?
        found = m.name
    return found


def _lone_companies(scene: Scene) -> tuple[Span, str, str]:
    """Where the article first names a one-word company each way (-1 for never) and
    that name: as a mention of unknown kind opening its sentence, and as the subject
    opening a sentence of the reporter's text after the headline. Read once per article,
    so each quote's look-up costs nothing more (the article's length, not its square)."""
    entities = scene.entities
    starts = scene.layout.starts
    mentioned, by_mention = -1, ""
    for m in entities.mentions:
        if (
            m.kind == "unknown"
            and " " not in m.name
            and starts[m.sentence] == m.start
            and _company_word(scene.text, m.name)
        ):
            mentioned, by_mention = m.start, m.name
            break
    text = scene.text
    headline = text.find("\n")
    if text[:headline].rstrip().endswith((".", "!", "?", "”", '"')):
        headline = -1  # the first line is a sentence of the story, not a headline
    opened, by_opening = -1, ""
    for start in starts:
        if start <= headline or not scene.layout.outside_quotes(start):
            continue  # a headline's first word ("Recall ordered for…") is no subject
        found = _COMPANY_OPENING.match(text, start, min(len(text), start + 60))
        if (
            found is not None
            and (cues.past_deed(verb := found.group("verb")) or verb in cues.SPEECH_WORDS)
            and _company_word(text, found.group("name"))
        ):
            opened, by_opening = start, found.group("name")
            break
    return (mentioned, opened), by_mention, by_opening


def _company_word(text: str, word: str) -> bool:
    """True when a capitalised ``word`` may be a company's one-word name: not a plural,
    a gerund, a common word, a date, a group, a role, a nationality, nor a name the
    article writes as a place (``in Wickmere``)."""
    folded = word.casefold()
    return not (
        written_as_place(text, word)
        or folded.endswith(("s", "ing"))
        or folded in cues.STOPWORDS
        or folded in cues.DATE_WORDS
        or folded in cues.GROUP_NOUNS
        or folded in cues.PERSON_ROLES
        or folded in cues.ORG_ROLES
        or cues.is_descriptor(word)
    )


# The governing body of an organisation, which writes in its name ("the trustees wrote"); not
# "owners" or "management", who may be the owners of a person's dog or a band's managers.
_BODY_GOVERNORS: Final = frozenset({"trustees", "governors", "directors"})

# Words before a title that make it another post than the bare title: the deputy
# leader is not the leader, the former prime minister not the prime minister.
# ("former" is not one: "The club sacked manager Ivo Petrak. … the former boss" is him.)
_OTHER_POSTS: Final = frozenset({"deputy", "assistant", "vice", "opposition", "shadow"})


def _other_post(
    scene: Scene,
    limit: int,
    person: str,
    written: str,
    head: str,
    modifiers: Sequence[str],
    titled: bool,
) -> bool:
    """True when the article gave ``person`` a post that the description ``written``
    says is not theirs, so that *the* ``head`` is somebody it has not named.

    - the description qualifies the title (``the opposition leader``, ``the deputy
      leader``) and the person's title was written without that word (``Kelby Council
      leader Ana Ruiz``);
    - it names an employer the person's title did not (``the Dunmore manager`` after
      ``Kelby Rovers manager Tom Baines``: that title belongs to another club);
    - found only as the person in view (``titled`` False) for a title owned by
      someone (*the company's chief executive*), they hold a job that is not ``head``
      nor its kin (``Ana Ruiz, the union's leader,``); a private role (mother,
      neighbour) is no job. (Without an owner, *the coach* for someone glossed
      otherwise is too often the same person under another word: not checked.)

    Rule *a nationality is no employer*: ``the Belgian designer`` for ``Atelier Morvane
    creative director Ana Ruiz`` says where she is from, not that another house employs
    her; a nationality counts against a title only when the title names a country
    (``England manager Tom Baines`` is no *Italian manager*).
    """
    words = written.casefold().split()[1:-1]
    # "chief" before an office (_OFFICES): "the chief justice" is none of the bench's other
    # justices; but a chief executive is an executive's whole title, not another post.
    qualifiers = {w for w in words if w in _OTHER_POSTS or (w == "chief" and head in _OFFICES)}
    roles = scene.entities.index.roles.get(person, set())
    kin = {r for r in roles if cues.kindred(r, head)}
    if not titled and ("'s " in written or "’s " in written):
        jobs = {r for r in roles if r in cues.PERSON_ROLES and r not in cues.PRIVATE_ROLES}
        return bool(jobs) and not kin
    if not kin:
        return False
    titles = _title_words(scene, limit, person, kin)
    if qualifiers and titles and not any(
        qualifiers <= set(title.casefold().split()) for title, _ in titles
    ):
        return True
    if modifiers and _lone_nickname(scene, modifiers, head):
        return False
    return bool(modifiers) and bool(titles) and all(
        employer
        and not _written_with(title, modifiers)
        and not _stems_in(title, modifiers)
        and not _origin_only(title, modifiers)
        for title, employer in titles
    )


def _origin_only(title: str, modifiers: Sequence[str]) -> bool:
    """True when every modifier is a nationality and no word of ``title`` names a
    country or its people: the modifiers say where the holder is from.

    >>> _origin_only("Atelier Morvane creative director ", ("Belgian",))
    True
    >>> _origin_only("England manager ", ("Italian",)), _origin_only("Kelby ", ("Dunmore",))
    (False, False)
    """
    if not all(cues.is_demonym(word) for word in modifiers):
        return False
    return not any(
        cues.is_demonym(form)
        for word in _WORDS.findall(title)
        if word[:1].isupper()
        for form in cues.country_forms(word)
    )


def _lone_nickname(scene: Scene, modifiers: Sequence[str], head: str) -> bool:
    """Rule *a club's nickname names no other club*: ``Kelby Rovers manager Tom Baines``
    then ``the Mariners boss said`` is Baines when the modifier is a capitalised plural
    (``Mariners``, ``Blues``) that opens no organisation the article names and he is the
    only person it gives that title or its kin; the nickname cannot say which of two
    managers, nor is ``the Dunmore boss`` (no plural) or ``the Harriers boss`` after
    ``Sedgebrook Harriers`` anyone's nickname for his club.
    """
    if not all(m[:1].isupper() and m.endswith("s") and len(m) >= 4 for m in modifiers):
        return False
    kinds = scene.entities.kinds
    for name, kind in kinds.items():
        if kind == "org" and name not in modifiers and _stems_in(name, modifiers):
            return False  # "Sedgebrook Harriers": the modifier names a club in the article
    holders = 0
    for roles in scene.entities.index.roles.values():
        if any(cues.kindred(role, head) for role in roles):
            holders += 1
    return holders == 1


def _not_on_the_bench(scene: Scene, limit: int, person: str, head: str, former: bool) -> bool:
    """Rule *the coach is not the player in view*: ``Midfielder Jorik Almsted was sent
    off. “…,” said the coach.`` and ``“I am delighted,” Almsted said. “He was
    outstanding,” added the coach.`` — a bench role (``cues.BENCH_ROLES``) nobody
    was given is not a person given a player's role, nor the one who spoke just
    before by name (a writer going on with them writes *he added*): nobody.

    Not when the person holds the role or its kin (``Rovers manager Ian Marr`` is
    *the boss*), nor for other descriptions (*the veteran added* is the speaker).
    The other way round, a player's position is not a person titled with a bench role
    alone (``Manager Ian Marr was furious.`` then ``admitted the centre-half``: nobody);
    a ``former`` player's position is a past career, which a manager may have had.
    """
    roles = scene.entities.index.roles.get(person, set())
    if head in cues.PLAYER_ROLES and not former:
        return not roles.isdisjoint(cues.BENCH_ROLES) and roles.isdisjoint(cues.PLAYER_ROLES)
    if head not in cues.BENCH_ROLES:
        return False
    if any(cues.kindred(role, head) for role in roles):
        return False
    if not roles.isdisjoint(cues.PLAYER_ROLES):
        return True
    if _leads_players(scene, limit, person):
        return False
    latest = next(scene.spoken.back_from(limit, 1), None)
    return latest is not None and latest.name == person


# "his players", "her Kelby side", "his squad": the people a manager picks (not "by her
# side", "on his side": a place beside someone, a party to a quarrel).
_HIS_PLAYERS: Final = re.compile(
    r"(?<!\bby )(?<!\bat )(?<!\bon )(?<!\bto )(?<!\bfrom )"
    r"\b(?:his|her)[ \u00a0]+(?:[A-Z][\w'’-]*[ \u00a0]+)?(?:players|side|squad|stars)\b"
)


def _leads_players(scene: Scene, limit: int, person: str) -> bool:
    """Rule *who has players is on the bench*: ``Dara Quigley tore into his players.``
    gives Quigley no title, but the players are his to pick: a later ``the Hornets boss
    added`` is him even right after his own words (a writer going on with a manager
    varies the name). True when a sentence of the reporter's that names ``person`` in
    reach gives them players, a side or a squad after the name.

    >>> text = "Dara Quigley tore into his Kelby players. Then the boss added"
    >>> _leads_players(Scene(text, []), len(text), "Dara Quigley")
    True
    """
    mentions, starts, text = scene.entities.mentions, scene.layout.starts, scene.text
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= limit - _REACH:
        m = mentions[i]
        i -= 1
        if m.name != person:
            continue
        end = starts[m.sentence + 1] if m.sentence + 1 < len(starts) else len(text)
        if _HIS_PLAYERS.search(text, m.end, min(end, limit)) is not None:
            return True
    return False


def _stems_in(written: str, modifiers: Sequence[str]) -> bool:
    """True when a word of ``written`` opens like a modifier: a club's nickname
    (``the Kestrels boss`` for ``Kestrel Rovers manager``).

    >>> _stems_in("Kestrel Rovers manager ", ("Kestrels",)), _stems_in("Kelby ", ("Dunmore",))
    (True, False)
    """
    stems = {w[:5].casefold() for w in modifiers if len(w) >= 5}
    return any(w[:5].casefold() in stems for w in written.split() if len(w) >= 5)


def _title_words(
    scene: Scene, limit: int, person: str, roles: set[str]
) -> list[tuple[str, bool]]:
    """The words written before each mention of ``person`` that gave one of ``roles``
    (back to a comma or the sentence's start; for an appositive name, the phrase before
    its comma: ``the shadow secretary of state for transport, Ana Ruiz,``), each with
    whether an organisation is named among them (an employer: ``Kelby Rovers manager``)."""
    mentions, text = scene.entities.mentions, scene.text
    found: list[tuple[str, bool]] = []
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= limit - _REACH:
        m = mentions[i]
        i -= 1
        if m.name != person or not (m.roles & roles):
            continue
        first = scene.layout.starts[m.sentence]
        lo = max(first, text.rfind(",", first, m.start) + 1)
        if lo > first and not text[lo : m.start].strip():
            lo = max(first, text.rfind(",", first, lo - 1) + 1)
        employer = i >= 0 and mentions[i].kind == "org" and mentions[i].start >= lo
        found.append((text[lo : m.start], employer))
    return found


def _body_of_officers(scene: Scene, phrase: Phrase) -> str | None:
    """Rule *officers write for their body*: ``Inspectors from the Wexmoor Care
    Agency wrote:`` → the agency (``cues.OFFICIAL_STAFF``); not a person named after
    *from* (``officials from Ana Ruiz's team`` names her team, not her)."""
    owner = _linked_owner(scene, phrase.text)
    if owner is None and (at := _STAFF_AT.match(scene.text, phrase.start, phrase.end)):
        # "Analysts at Corvane Capital wrote in a note": rule *a firm's staff speak for it*
        firm = scene.entities.mention_at(at.end())
        owner = firm.name if firm is not None and firm.kind in ("org", "unknown") else None
    if owner is None or scene.entities.kinds.get(owner) == "person":
        return None
    return owner


def _couple(scene: Scene, limit: int) -> str | None:
    """``the couple said`` after ``Ana and Luis Ferreira said``: the latest couple who
    spoke as one (:func:`quotematch.names.joined_name`) in this paragraph or the three
    before, else None."""
    for said in scene.spoken.back_from(limit, 3):
        if said.kind == "person" and " and " in said.name:
            return said.name
    return None


# Rule *the city is the dateline's*: "the city", "the town" or "the village" as a
# speaker is the local government of the place the story is filed from.
# Local governments and districts that speak as "the county", "the district".
_LOCAL_BODIES: Final = frozenset(
    {"city", "town", "village", "county", "township", "borough", "parish", "district"}
)
_DATELINE_BODIES: Final = frozenset({"city", "town", "village"})
# A wire dateline opening one of the first paragraphs: "DUNMORE FLATS, Neb. — …".
_DATELINE: Final = regex.compile(
    r"(?:^|\n)[ \u00a0]*(?P<place>\p{Lu}[\p{Lu}\p{M}'’\-.]*(?:[ \u00a0]+\p{Lu}[\p{Lu}\p{M}'’\-.]*)"
    r"{0,3})(?:,[^\n—–]{1,25}?)?[ \u00a0]+(?:[—–]|-{1,2})[ \u00a0]"
)


def _verb_next(tokens: Sequence[str], j: int) -> bool:
    """True when the word after ``tokens[j]`` is a speech verb or an auxiliary, so the
    noun at ``j`` is its subject (``the district said``, ``the county has``), not a
    modifier of a noun after it (``the district court``, ``the county council``).

    >>> _verb_next(["the", "district", "said"], 1), _verb_next(["the", "district", "court"], 1)
    (True, False)
    """
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1].casefold()
    return after in cues.SPEECH_WORDS or after in cues.AUXILIARIES


def _named_body(scene: Scene, limit: int, head: str) -> str | None:
    """Rule *a local body speaks as its kind*: the latest name within reach ending in
    ``head`` (``Haldane County``, ``Pinecrest Fire District``), of a place or a body."""
    mentions = scene.entities.mentions
    floor = limit - _REACH
    kindred = _DISTRICT_NAME_ENDS if head == "district" else frozenset()
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= floor:
        m = mentions[i]
        i -= 1
        if m.kind != "person" and (
            (last := m.name.rsplit(None, 1)[-1].casefold()) == head
            or (last in kindred and m.kind == "org" and " " in m.name)
        ):
            return m.name
    return None


# Rule *a school district is named for its schools*: US papers call a district by the
# schools it runs ("Ostwin Valley Schools", "Pell County Public Schools", "Harnell
# Unified", "Ridge Creek ISD"), and "the district said" is that body.
_DISTRICT_NAME_ENDS: Final = frozenset({"schools", "unified", "isd", "usd"})


def _dateline_place(scene: Scene) -> str | None:
    """The place of the article's dateline (``DUNMORE FLATS, Neb. —``), written as the
    article writes it in the body (``Dunmore Flats``), else in title case; None without one.

    >>> _dateline_place(Scene("Storm hits\\n\\nDUNMORE FLATS, Neb. — Dunmore Flats woke.", []))
    'Dunmore Flats'
    """
    text = scene.text
    layout = scene.layout
    reach = layout.paragraphs[min(3, len(layout.paragraphs) - 1)] + 200
    found = _DATELINE.search(text, 0, min(len(text), reach))
    if found is None or len(found.group("place")) < 3:
        return None
    place = found.group("place").casefold()
    for mention in scene.entities.mentions:
        if mention.name.casefold() == place and not mention.name.isupper():
            return mention.name
    return " ".join(w.capitalize() for w in found.group("place").split())


def _opening_org_before(scene: Scene, phrase: Phrase, head: str) -> str | None:
    """Rule *the club that opens the sentence before*: ``Vesterholm FK confirmed the sale.
    “…,” the club said.`` — a role noun after a quote stands for the organisation that
    opens the sentence just before the quote's, in the same paragraph, as its subject,
    when that organisation fits the role, however salient another club is.

    >>> text = ("Ashcombe Rovers signed him. Ashcombe Rovers paid £3m.\\n\\n"
    ...         "Vesterholm FK confirmed the sale. “We thank him,” the club said.")
    >>> start = text.index("the club")
    >>> _opening_org_before(Scene(text, []), Phrase("the club", start, start + 8, "np"), "club")
    'Vesterholm FK'
    """
    layout, entities = scene.layout, scene.entities
    here = layout.sentence(phrase.start)
    before = layout.previous_sentence(here)
    if before < 0:
        return None
    lo, hi = layout.starts[before], layout.starts[here]
    if layout.paragraph(lo) != layout.paragraph(phrase.start):
        return None
    i = bisect_left(entities.mention_starts, lo)
    if i >= len(entities.mentions):
        return None
    m = entities.mentions[i]
    if (
        m.start >= hi
        or m.kind != "org"
        or not m.subject
        or scene.text[lo : m.start].strip(" \u00a0\"“‘(")
        or not (head in m.roles or _name_fits_role(m.name, head))
    ):
        return None
    return _fullest_org(scene, m, phrase.start)


def _sentence_org(scene: Scene, phrase: Phrase, head: str) -> str | None:
    """Rule *the company just named*: ``Shares in chipmaker Veltor Systems fell after the
    company cut its forecast`` — a role noun stands for the organisation its own
    sentence named before it and that fits the role, however salient another is."""
    entities = scene.entities
    lo = scene.layout.starts[scene.layout.sentence(phrase.start)]
    i = bisect_left(entities.mention_starts, phrase.start) - 1
    while i >= 0 and entities.mentions[i].start >= lo:
        m = entities.mentions[i]
        i -= 1
        if m.kind == "org" and (head in m.roles or _name_fits_role(m.name, head)):
            return m.name
    return None


def _firm_just_named(scene: Scene, phrase: Phrase) -> str | None:
    """Rule *the firm just named by a preposition*: ``Repairs are contracted to Veltrox
    Pacific. “…,” the company said.`` — ``the company`` (or ``the firm``) is a name of
    two or more words of no known kind that is the last name before it in its
    paragraph, written after a preposition (``to``, ``by``, ``with``…), so a
    business whose name has no firm's word is not passed over for the airline the
    story is about. Not a name after *the* or a possessive (``the Sea Verity``, ``its
    Ossel Pulse kettle``: a ship, a product), nor one written as a place.

    >>> text = "Repairs are contracted to Veltrox Pacific. “We did it,” the company said."
    >>> start = text.index("the company")
    >>> _firm_just_named(Scene(text, []), Phrase("the company", start, start + 11, "np"))
    'Veltrox Pacific'
    """
    layout, entities = scene.layout, scene.entities
    floor = layout.paragraphs[layout.paragraph(phrase.start)]
    i = bisect_left(entities.mention_starts, phrase.start) - 1
    if i < 0:
        return None
    m = entities.mentions[i]
    if m.start < floor or m.kind != "unknown" or " " not in m.name:
        return None
    before = scene.text[max(floor, m.start - 12) : m.start].split()
    if not before or before[-1] not in _FIRM_PREPOSITIONS:
        return None
    if written_as_place(scene.text, m.name) or entities.addressed(m.start):
        return None
    return m.name


# The prepositions a firm is named after in the clause that hands it a job.
_FIRM_PREPOSITIONS: Final = frozenset({"to", "by", "with", "from"})


def _org_within(scene: Scene, phrase: Phrase, owned: bool = False) -> str | None:
    """Rule *the body names itself*: ``The Harlow Nurses union said`` is the union
    named inside the phrase (an organisation the entity model found there), not
    an earlier union; a description whose only name is a compound modifier (``the
    Vantor-owned brand``) has none, and is resolved as a role noun. ``owned``: the
    phrase opens with an owner (``His Vantaro-Wrenn team``), so a name of no known
    kind between the owner and the role noun is the body's too."""
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, phrase.start)
    while i < len(mentions) and mentions[i].end <= phrase.end:
        if mentions[i].kind == "org" or (owned and mentions[i].kind == "unknown"):
            return mentions[i].name
        i += 1
    return None


def _role_subject_org(scene: Scene, limit: int, head: str) -> str | None:
    """Rule *another word for the body just named*: ``The coastguard urged visitors to
    take care. “…,” the agency added.`` — an organisation noun that fits no named
    body is the one another role noun opening this sentence or the one before
    stands for."""
    role = _role_subject(scene, limit)
    if role is None or role == head:
        return None
    found = _org(scene, limit, role, 1000)
    return None if found is None or _other_kind(head, found) else found


_FAMILY: Final = "'s family"
# Rule *a family speaks as one*, named after "of": "The family of Jowan Trenerry said".
_FAMILY_OF: Final = re.compile(r"(?:[Tt]he[ \u00a0]+)?family[ \u00a0]+of[ \u00a0]+(?=\S)")


def _family_of(scene: Scene, phrase: Phrase, rest: int, limit: int) -> str | None:
    """``The family of Jowan Trenerry``, ``the family of Mr Trenerry``: that person's
    family (``<the person>'s family``), the words after *of* (from ``rest`` in the
    phrase) resolved as a speaker; None when they name no person (``the family of a
    man who died``, a body)."""
    text = scene.text
    if phrase.end - phrase.start != len(phrase.text):
        return None  # a phrase that is not the text's own: no offsets to read names at
    owner = speaker_phrase(text, phrase.start + rest, phrase.end)
    if owner is None:
        return None
    found = resolve(scene, owner, limit)[0]
    if found is None or scene.entities.kinds.get(found) != "person":
        return None
    return found + _FAMILY
# Rule *a titled office speaks as an office*: "issued by the District Collector's office",
# "the Chief Minister's office said" — a capitalised title (its last word a title, no
# name after it) owning a lower-case "office" is the office of that post, a body that
# speaks in its own name (as "the Sheriff's Office" is), not its holder and not no one.
_TITLED_OFFICE: Final = regex.compile(
    rf"(?:[Tt]he{_S}+)?(?P<office>(?P<title>\p{{Lu}}[\p{{Ll}}\-]+(?:{_S}+\p{{Lu}}[\p{{Ll}}\-]+){{0,3}})"
    rf"['’]s{_S}+office)"
)


def _titled_office(written: str) -> str | None:
    """The office a phrase names by its post's capitalised title (rule *a titled office
    speaks as an office*), else None: ``the Governor's office`` is a titled office,
    ``Pell's office`` (a name) and ``the governor's office`` (a title in lower case,
    read as the holder's staff) are not.

    >>> _titled_office("the District Collector's office"), _titled_office("Pell's office")
    ("District Collector's office", None)
    """
    found = _TITLED_OFFICE.fullmatch(written)
    if found is None or fold(found.group("title").split()[-1]) not in cues.TITLE_WORDS:
        return None
    return found.group("office")


# The bodies that speak for one person (rule *a person's campaign speaks for them*).
_CLIENTS_BODIES: Final = frozenset({"campaign", "camp", "office"})
# Rule *a ministry is no other body*: "the ministry said" after "The finance ministry
# welcomed it" (no name) is not the central bank the article is about.
_GOVERNMENT_BODIES: Final = frozenset({"ministry", "department"})
# Rule *a ministry named by its portfolio*: wire copy names a government's ministries in
# lower case ("the foreign ministry", "Italy's finance ministry"); that phrase is their name.
_PORTFOLIOS: Final = cues.MINISTRY_PORTFOLIOS
# Rule *a nation's armed forces*: wire copy names an army by its country alone ("the
# Norwegian military said", "Valtor's air force said"); that phrase is its name, and "the
# army" later in reach is the same army. Without a country ("the army") it names nobody.
# A government is named the same way ("the Perovian government", "Perovia's government"),
# and "the government" or "a government spokesperson" later in reach is that government.
_FORCES: Final = frozenset({"army", "military", "navy", "force", "government"})
_ARMS: Final = {"army": "military"}  # "the Norwegian army … the military said": one body
_BODY: Final = regex.compile(
    r"(?:(?P<owner>\p{Lu}[\p{L}\-]*(?:[ \u00a0]\p{Lu}[\p{L}\-]*){0,2}['’]s)|[Tt]he|[Ii]ts)"
    r"[ \u00a0]+(?:(?P<demonym>\p{Lu}\p{Ll}+(?:-(?:run|controlled|led|backed))?"
    r"|(?P<acronym>\p{Lu}{2,5}))[ \u00a0]+)?"
    r"(?P<body>(?P<portfolio>\p{Ll}+)[ \u00a0]+(?:ministry|department)"
    r"|(?P<force>army|military|navy|air[ \u00a0]force|government)"
    r"|(?:\p{Ll}+[ \u00a0]+){1,2}(?P<agency>agency|office|watchdog|directorate|inspectorate))"
    r"(?![\p{L}])"
)
# Rule *an agency named by its remit*: "the UN refugee agency said", "the UN human rights
# office said" — an owner's acronym or country and the remit in lower case name it; "the
# agency said" later in reach is the latest such body (before any other organisation).
_AGENCIES: Final = frozenset({"agency", "office", "watchdog", "directorate", "inspectorate"})


def _body_kind(head: str) -> str:
    """What kind of body ``head`` names: a ministry or department, an army (the military),
    a navy, an air force, an agency, an office, a watchdog."""
    if head in _FORCES or head in _AGENCIES:
        return _ARMS.get(head, head)
    return "ministry"


def _government_body(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """A ministry named by its portfolio in lower case: ``the foreign ministry said`` is
    the ``foreign ministry``; ``the ministry said`` after ``The finance ministry welcomed
    the decision`` (within reach, in the reporter's text) is the ``finance ministry``, and
    after ``Italy's foreign ministry summoned…`` it is ``Italy's foreign ministry``.

    >>> text = "The finance ministry welcomed it. “Good,” the ministry said."
    >>> at = text.index("the ministry")
    >>> _government_body(Scene(text, []), Phrase("the ministry", at, at + 12, "np",
    ...                  head="ministry"), at)
    'finance ministry'
    """
    written = _BODY.fullmatch(phrase.text)
    if written is not None and (written.group("portfolio") is not None or _body_name(written)):
        return _body_name(written)  # "the foreign ministry", "Italy's foreign ministry"
    if len(phrase.text.split()) != 2 and phrase.text.casefold() != "the air force":
        return None
    kind = _body_kind(phrase.head)
    found = None
    for body in _BODY.finditer(scene.text, max(0, limit - _REACH), limit):
        written_kind = _body_kind(body.group("force") or body.group("agency") or "ministry")
        if (
            written_kind.endswith(kind)  # the same kind of body: an army is no ministry
            and _body_name(body) is not None
            and scene.layout.outside_quotes(body.start())
        ):
            found = body
    return _body_name(found) if found is not None else None


def _body_name(body: regex.Match[str]) -> str | None:
    """The name a ministry's phrase gives it: ``foreign ministry``, ``Italy's foreign
    ministry``, ``Italian foreign ministry``, ``Morvane health ministry``, ``Dovar-run health
    ministry``; None for no portfolio (``the new ministry``) or a date before it."""
    demonym = body.group("demonym") or body.group("acronym")
    if demonym is not None and demonym.casefold() in cues.DATE_WORDS:
        return None
    if body.group("force") is not None or body.group("agency") is not None:
        if demonym is None and body.group("owner") is None:
            return None  # "the army", "the refugee agency": whose, the text has not said
    elif body.group("portfolio") not in _PORTFOLIOS or body.group("acronym") is not None:
        return None
    return " ".join(part for part in (body.group("owner"), demonym, body.group("body")) if part)


_FORMER: Final = frozenset({"former", "ex", "retired", "one-time", "onetime"})


def _former(written: str) -> bool:
    """True for a description of a past role: ``the former Ireland midfielder``.

    A career the article need not have given the person in view, so it is
    resolved as *he*/*she* are when nobody holds the title.

    >>> _former("the former Ireland midfielder"), _former("the ex-England captain")
    (True, True)
    >>> _former("the midfielder")
    False
    """
    return any(
        word in _FORMER or word.startswith("ex-") for word in written.casefold().split()[1:-1]
    )


# A past post written with a person: "Former prime minister Greta Lindqvar", "His
# predecessor, Ian Marr,", "Ian Marr, the then-manager,", "The club sacked manager Ivo
# Petrak"; after the name, a departure: "Ivo Petrak, who resigned in May,".
_PAST_POST: Final = regex.compile(
    r"(?<![\p{L}])(?:former|ex-|one-time|onetime|retired|then-|predecessor|outgoing"
    r"|sacked|fired|ousted|dismissed|axed|replaced|succeeded|succeeds|emeritus)",
    regex.IGNORECASE,
)
_LEFT_POST: Final = regex.compile(
    rf"[^.;:!?\n]{{0,40}}?(?<![\p{{L}}])(?:resigned|stepped{_S}+down|was{_S}+(?:sacked|fired"
    rf"|ousted|dismissed|axed|replaced)|left{_S}+office)(?![\p{{L}}])"
)


def _former_holder(scene: Scene, limit: int, resolved: str, phrase: Phrase) -> str | None:
    """Rule *a former holder is not the sitting one*: ``Prime Minister Oskar Varnell
    … His predecessor, Greta Lindqvar, …`` then ``the former prime minister said`` is
    Lindqvar, not Varnell.

    ``resolved`` (found as for the title alone) stays when a mention of them is
    written with a past post (:func:`_past_post`), or when nothing written with
    them gives the title (``the former Ireland midfielder``: a career the article
    need not have given). When the article gave them the title without a past post,
    the latest other person written with one speaks (``His predecessor, Greta
    Lindqvar,``); failing that, nobody when the title is styled before their name
    (``Prime Minister Oskar Varnell``, or its letters for ``the former PM``): a
    wrong name is worse than none; else still them (a plain ``manager Ivo Petrak``
    may have left the post by the time he speaks).
    """
    head = phrase.head
    last = phrase.text.rsplit(None, 1)[-1]
    letters = _written_letters(phrase.text.split()[1:]) if _title_letters(last) else ""
    sitting = styled = False
    for i, m in _persons_back(scene, limit):
        if m.name != resolved:
            continue
        if _past_post(scene, i):
            return resolved
        lo = max(scene.layout.starts[m.sentence], m.start - 60)
        title = _title_before(scene.text, lo, m.start)
        kin = any(cues.kindred(role, head) for role in m.roles)
        lettered = bool(letters) and _initials(title).endswith(letters)  # "the former PM"
        sitting = sitting or kin or lettered
        styled = styled or lettered or (kin and head in title.casefold().split())
    if not sitting:
        return resolved
    for i, m in _persons_back(scene, limit):
        if m.name != resolved and _past_post(scene, i):
            return m.name
    return None if styled else resolved


def _new_holder(scene: Scene, limit: int, resolved: str) -> str | None:
    """Rule *a new holder is not the one who left*: ``Ana Ruiz was sworn in … She
    succeeds Bishop Emeritus Tom Vale`` then ``the new bishop said`` is Ruiz, not Vale.

    ``resolved`` (found as for the title alone) stays unless a mention of them is
    written with a past post (:func:`_past_post`); then the most mentioned other
    person in reach written with none (the lede's weighing; the first named on a tie)
    speaks, else nobody: a wrong name is worse than none.
    """
    people = list(_persons_back(scene, limit))
    if not any(m.name == resolved and _past_post(scene, i) for i, m in people):
        return resolved
    entities = scene.entities
    best, weight = None, 1
    for i, m in people:
        if m.name != resolved and not _past_post(scene, i):
            count = entities.mentions_before(m.name, limit)
            if count >= weight:  # latest first: a tie goes to the one named first
                best, weight = m.name, count
    return best


def _past_post(scene: Scene, i: int) -> bool:
    """True when mention ``i`` is written with a past post (:data:`_PAST_POST`):
    in the words before it, back to its sentence's start or the person named before
    it there, or in an appositive right after it."""
    mentions, text = scene.entities.mentions, scene.text
    m = mentions[i]
    lo = max(scene.layout.starts[m.sentence], m.start - 60)
    if i > 0 and lo < mentions[i - 1].end <= m.start:
        lo = mentions[i - 1].end  # "Varnell attacked his predecessor, Lindqvar": not Varnell's
    if _PAST_POST.search(text, lo, m.start) is not None:
        return True
    if _LEFT_POST.match(text, m.end, min(len(text), m.end + 60)) is not None:
        return True
    after = _APPOSITIVE_AFTER.match(text, m.end, min(len(text), m.end + 80))
    return after is not None and _PAST_POST.search(after.group()) is not None


_APPOSITIVE_ROLE: Final = (", a ", ", an ", ", the ")


def _past_honorifics(opening: str) -> str:
    """``opening`` without the honorifics that end it, which belong to the name after it:
    ``the lawmaker representing Ugbenu North, Hon.`` → ``the lawmaker representing Ugbenu
    North,`` (Nigerian, Ghanaian and Kenyan papers style a legislator so).

    >>> _past_honorifics("The MP for Ikeji, Hon."), _past_honorifics("Union leader")
    ('The MP for Ikeji,', 'Union leader')
    """
    words = opening.split()
    while len(words) > 1 and fold(words[-1].rstrip(".")) in cues.HONORIFICS:
        words.pop()
    return " ".join(words) if len(words) < len(opening.split()) else opening


def _just_introduced(scene: Scene, limit: int, written: str, head: str) -> str | None:
    """Rule *a role for the person just introduced*: ``Dr Ruth Adebayo, a consultant
    microbiologist, said… “…,” the infection specialist said.`` — a title nobody holds is
    the person the sentence before, in this paragraph, opens with and glosses with a role.

    Not when that gloss is another known role (``John Smith, a farmer, …`` then *the
    firefighter*: someone else), nor for a possessive description (*the woman's husband*
    is the husband of someone, not the someone).
    """
    if "'s " in written or "’s " in written:
        return None
    layout = scene.layout
    before = layout.previous_sentence(layout.sentence(limit))
    if before < 0:
        return None
    across: bool = layout.paragraph(layout.starts[before]) != layout.paragraph(limit)
    if across:
        before = _lone_sentence_before(scene, limit)
        if before < 0:
            return None
    lo = layout.starts[before]
    i = bisect_left(scene.entities.mention_starts, lo)
    if i >= len(scene.entities.mentions):
        return None
    mentions = scene.entities.mentions
    end = layout.starts[before + 1] if before + 1 < len(layout.starts) else limit
    first = i
    while first < len(mentions) and (
        mentions[first].kind != "person" or not mentions[first].subject
    ):
        first += 1  # "Brenmoor's captain, Ilse Verbruggen,": the club opens the sentence
    if first == len(mentions) or mentions[first].start >= min(end, limit):
        return None
    m = mentions[first]
    opening = _past_honorifics(scene.text[lo : m.start].strip(" \u00a0\n"))
    if across and (
        scene.text.startswith(_APPOSITIVE_ROLE, m.end)
        or _introduced_other(scene, head, limit)
        or _lede_opens_with(scene, head, limit)
    ):
        return None  # "Dara Kemp, a client of …" ⏎ "the broker"; "who robbed a widow" ⏎ "the widow"
    if scene.text.startswith(_APPOSITIVE_ROLE, m.end):
        if first == i and not opening.count(" ") and not _other_role(scene.text, m.end, head):
            return m.name
        return None
    # Rule *a description for the person just described*: ``Brenmoor's captain, Ilse
    # Verbruggen, took the blame.`` / ``Hale frowns.`` then *the defender*, *the
    # potter*: the sentence before is about one person, its subject, who is the one
    # described (a writer varies the name with what the person does).
    if (
        not _fresh_description(written, head)  # "the 40-year-old economist": another's age
        or (
            opening.count(" ")
            and not opening.endswith(",")
            and not _HEARD_THAT.search(opening)
            and not _title_opening(opening)
        )
        # a long opening only when it is the very title, glossed before the name: "the
        # lawmaker representing Ugbenu North State Constituency, Hon. NAME," ⏎ "the lawmaker"
        or (len(opening) > 60 and not (opening.endswith(",") and head in opening.split()))
    ):
        return None
    if across and _titled_otherwise(scene, m.name, head, m.roles):
        return None  # "His father, Tom Reilly, has appealed." ⏎ "the priest": someone else
    return m.name if _persons_in(scene, first, end) == 1 else None


# Words that open a clause or a verb, never a gloss: ", who helped a soldier," is about
# someone else's soldier; ", a member of the board," glosses the name before it.
_NOT_GLOSS_WORDS: Final = frozenset(
    {"who", "whom", "whose", "which", "that", "and", "or", "but", "was", "is", "has",
     "had", "said", "says", "when", "where", "after", "before", "while", "with", "by"}
)  # fmt: skip
# A gloss after a name: ", cabinet member for culture,", ", the bank's chief economist,";
# before one: "The Coastal Survey's senior hydrologist, Dr " (honorifics before the name).
_GLOSS_AFTER: Final = regex.compile(
    rf",{_S}+(?P<words>(?:[\p{{L}}'’\-]+{_S}+){{0,4}}?)(?P<head>\p{{Ll}}[\p{{Ll}}\-]*)"
    rf"(?=[,.;]|{_S}+(?:of|for|at|in|to|on|with)(?![\p{{L}}]))"
)
_GLOSS_BEFORE: Final = regex.compile(
    rf"(?P<words>(?:[\p{{L}}'’\-]+{_S}+){{0,3}}?)(?P<head>\p{{Ll}}[\p{{Ll}}\-]*),?{_S}+"
    rf"(?:\p{{Lu}}[\p{{L}}.]*{_S}+){{0,2}}\Z"
)


def _gloss_fits(match: regex.Match[str] | None, head: str, modifiers: Sequence[str]) -> bool:
    """True when a gloss ``match`` has ``head`` as its last word, every word of
    ``modifiers`` before it and no word that opens a clause."""
    if match is None or match.group("head") != head:
        return False
    words = [w.casefold() for w in match.group("words").split()]
    if not _NOT_GLOSS_WORDS.isdisjoint(words):
        return False
    return all(m in words for m in modifiers)


def _glossed(scene: Scene, limit: int, written: str, head: str) -> str | None:
    """Rule *a word the article glossed someone with*: ``The Coastal Survey's
    senior hydrologist, Dr Ida Vell, said …`` or ``Cllr Ana Rudd, cabinet member for
    housing, said …`` then ``“…,” the hydrologist said.`` / ``the cabinet
    member said`` — a title in no list of roles is the one person the article
    wrote that word next to, in apposition before or after the name.

    None when two people were glossed so (no guess between them), and a gloss
    must be the name's own: ``Tom Bale, who pulled a soldier from the car,``
    glosses nobody as *the soldier*.
    """
    words = [w for w in written.split()[1:-1] if w.isalpha()]
    found = _glossed_with(scene, limit, head, [w.casefold() for w in words])
    if found is None and any(not w.islower() for w in words):
        # Rule *a capitalised modifier the gloss left out*: "Owen Brathay, a committee
        # member," then "the Kelsby member said" (where he sits for) — as for a title
        # (:func:`_titled`), modifiers no gloss holds are let go; only the lower-case
        # ones ("the cabinet member") must still be there.
        found = _glossed_with(scene, limit, head, [w for w in words if w.islower()])
    return found


def _glossed_with(scene: Scene, limit: int, head: str, modifiers: Sequence[str]) -> str | None:
    """:func:`_glossed` for a gloss holding every word of ``modifiers``."""
    text, mentions = scene.text, scene.entities.mentions
    floor = max(0, limit - _REACH)
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    found: str | None = None
    while i >= 0 and mentions[i].start >= floor:
        m = mentions[i]
        i -= 1
        if m.kind == "org" or m.name == found:
            continue
        lo = scene.layout.starts[m.sentence]
        after = _GLOSS_AFTER.match(text, m.end, min(limit, m.end + 80))
        before = _GLOSS_BEFORE.search(text, max(lo, m.start - 80), m.start)
        if _gloss_fits(after, head, modifiers) or _gloss_fits(before, head, modifiers):
            if found is not None:
                return None  # two people glossed so: no guess
            found = m.name
    return found


def _lede_opens_with(scene: Scene, head: str, limit: int) -> bool:
    """True when the lede opened with ``head`` unnamed (``A BEEKEEPER has thanked her
    neighbour…``): rule *the lede's unnamed subject is named next* decides who *the
    beekeeper* is, not the person a later one-sentence paragraph introduces."""
    lede = _lede_someone(scene, limit)
    return lede is not None and lede[1].group("noun").casefold() == head


# A court's or a body's report of what it heard or found, before the person it is
# about: "The tribunal heard that Ms Rowe had …" is a sentence about Ms Rowe.
_HEARD_THAT: Final = re.compile(r"\b(?:heard|was told|found|ruled)[ \u00a0]+that$")


def _title_opening(opening: str) -> bool:
    """True when the words opening a sentence before its subject's name are a title
    of up to four words that ends in a role: ``Farmers' leader``, ``Union regional
    secretary`` (the subject is still the one person the sentence is about); not a
    fronted clause, which holds a function word (``After the vote union leader``).

    >>> _title_opening("Farmers' leader"), _title_opening("After the talks union leader")
    (True, False)
    """
    words: list[str] = [w.strip("'’").casefold() for w in opening.split()]
    if len(words) > 4 or words[-1] not in cues.PERSON_ROLES:
        return False
    return all(w not in cues.STOPWORDS and w.isalpha() for w in words)
# Modifiers that make the description someone else: "the other passenger".
_OTHER_MODIFIERS: Final = frozenset(
    {"other", "another", "second", "third", "fellow", "first", "new", "same", "former"}
)
# Modifiers only a person has: "the retired postwoman" is a person, whatever the noun.
_PERSON_MODIFIERS: Final = frozenset(
    {"retired", "unemployed", "self-employed", "widowed", "pregnant", "disabled"}
)


def _fresh_description(written: str, head: str) -> bool:
    """Whether ``written`` describes a person afresh: *the*, lower-case words with no age
    or count, then a noun for a person (``the student``, ``the retired postwoman``,
    ``the claimant``); not ``the other passenger``, ``the 40-year-old economist`` (an
    age given someone else) nor ``the agreement`` (a document, nobody's title).

    >>> _fresh_description("the retired postwoman", "cook")
    True
    >>> _fresh_description("the other student", "student"), _fresh_description("the cook", "cook")
    (False, False)
    """
    words = written.casefold().split()
    if len(words) < 2 or words[0] != "the":
        return False
    modifiers = words[1:-1]
    if any(
        not word.replace("-", "").isalpha() or word in _OTHER_MODIFIERS for word in modifiers
    ):
        return False
    return (
        _person_noun(head)
        or head in cues.CASE_PARTIES
        or any(word in _PERSON_MODIFIERS for word in modifiers)
    )


def _lone_sentence_before(scene: Scene, limit: int) -> int:
    """Rule *a description for the person the paragraph before introduced*: ``Passenger
    Ivy Marsh, 19, said there was “a bang”.`` ⏎ ``“…,” the student said.`` — the one
    sentence of the paragraph before, when the quote at ``limit`` opens its own paragraph
    (news gives a new speaker a line of their own, then describes them afresh); else -1.
    """
    layout, text = scene.layout, scene.text
    here = layout.paragraph(limit)
    opening = layout.paragraphs[here]
    lead = text[opening:limit]
    first = opening + len(lead) - len(lead.lstrip())
    if here < 1 or first > limit or (first < limit and layout.outside_quotes(first + 1)):
        # the paragraph opens with the reporter's words, not the quote nor the
        # description itself ("The student said: “…”" opens with the phrase at limit)
        return -1
    before = layout.previous_sentence(layout.sentence(opening))
    if before < 0 or layout.paragraph(layout.starts[before]) != here - 1:
        return -1
    earlier = layout.previous_sentence(before)
    if earlier >= 0 and layout.paragraph(layout.starts[earlier]) == here - 1:
        # A paragraph of several sentences introduces one person only when its last
        # sentence names the first person in it: "Not every delegate was convinced. Philippa
        # Quennell urged caution." ⏎ "“…,” the veteran delegate said."
        mentions = scene.entities.mentions
        i = bisect_left(scene.entities.mention_starts, layout.paragraphs[here - 1])
        while i < len(mentions) and mentions[i].kind != "person":
            i += 1
        if i == len(mentions) or mentions[i].start < layout.starts[before]:
            return -1  # not one person's introduction
    return before


_AGENT_ENDINGS: Final = ("er", "or", "ist", "ian")


def _person_noun(head: str) -> bool:
    """True for a noun that names what a person is or does: a known role or
    description, or an agent noun (``potter``, ``sculptor``, ``cellist``).

    >>> _person_noun("potter"), _person_noun("architect"), _person_noun("agreement")
    (True, True, False)
    """
    return (
        head in cues.PERSON_ROLES
        or head in cues.PERSON_DESCRIPTIONS
        or (head.endswith(_AGENT_ENDINGS) and head not in cues.DOCUMENT_NOUNS)
    )


# Rule *a programme's host is its presenter*: "the mid-morning phone-in with Dana
# Ferriby", "a show presented by Dana Ferriby" — then "the presenter said" is her,
# not the guest who spoke last.
_HOSTS: Final = frozenset({"presenter", "host"})
_SHOW_WITH: Final = regex.compile(
    rf"(?:(?:phone-in|show|programme|program|podcast|broadcast){_S}+with"
    rf"|(?:presented|hosted|fronted){_S}+by){_S}+(?P<name>{NAME_PATTERN})"
)


def _show_host(scene: Scene, limit: int) -> str | None:
    """The person named last before ``limit`` as a programme's host (``phone-in with
    Dana Ferriby``, ``presented by …``), as the article names them most fully."""
    shows = list(_SHOW_WITH.finditer(scene.text, max(0, limit - _REACH), limit))
    if not shows:
        return None
    found = shows[-1]
    at = bisect_left(scene.entities.mention_starts, found.start("name"))
    mentions = scene.entities.mentions
    if at >= len(mentions) or mentions[at].start != found.start("name"):
        return None
    return mentions[at].name if mentions[at].kind == "person" else None


def _holds(scene: Scene, name: str, role: str) -> bool:
    """Whether the article gave ``name`` the title ``role`` itself, not a kindred one."""
    if role in scene.entities.index.roles.get(name, set()):
        return True
    return any(m.name == name and role in m.roles for m in scene.entities.mentions)


def _lone_subject_before(scene: Scene, limit: int) -> str | None:
    """Rule *a kindred title yields to the sentence's subject*: ``Kirkhope captain Ben
    Ransome was more blunt.`` then ``"…," the defender said.`` — the one person the
    sentence just before the quote is about (its subject, the first person it names),
    not a goalkeeper titled paragraphs up whose position is merely kin to *defender*.
    Only when the title was given to nobody exactly and the description has no
    modifier (``the Harlow boss`` picks by its modifier); None when that sentence
    names no one, or more than one person as a subject.
    """
    layout = scene.layout
    before = layout.previous_sentence(layout.sentence(limit))
    if before < 0:
        return None
    lo = layout.starts[before]
    end = min(limit, layout.starts[before + 1] if before + 1 < len(layout.starts) else limit)
    mentions = scene.entities.mentions
    first = bisect_left(scene.entities.mention_starts, lo)
    while first < len(mentions) and mentions[first].kind != "person":
        first += 1  # "Kirkhope captain Ben Ransome": the club before its captain
    if first >= len(mentions) or mentions[first].start >= end:
        return None
    m = mentions[first]
    if not m.subject or _persons_in(scene, first, end) != 1:
        return None
    return m.name


def _colleague_subject(scene: Scene, limit: int, found: str, head: str) -> str | None:
    """Rule *co-hosts share the title*: ``Breakfast presenter Tom Reid and his co-host
    Ada Finch …`` ⏎ ``Finch cut in as he wrapped up. “…,” the presenter said.`` — the one
    person the sentence before is about, when the article gave that person a word of the
    same profession (``cues.PROFESSION_FAMILIES``: a co-host is a presenter, a barrister a
    lawyer), not ``found``, the last one titled with the very word; else None.
    """
    subject = _lone_subject_before(scene, limit)
    if subject is None or subject == found:
        return None
    held = scene.entities.index.roles.get(subject, set())
    return subject if any(cues.kindred(noun, head) for noun in held) else None


def _untitled_subject(scene: Scene, limit: int, found: str, head: str) -> str:
    """Rule *a description passes over a person titled otherwise*: ``Director Edna
    Marsh told me …`` ⏎ ``The cast is led by Lola Quist as the widow. “…,” the actress
    said.`` — the person in view (``found``, the director) was given another title, so
    the actress is the one other person named from the sentence before up to the quote, when
    the article gave that person no other title either and named the director nowhere
    there (a captain just named is still *the defender*). Else ``found``.
    """
    if not _titled_otherwise(scene, found, head):
        return found
    layout, entities = scene.layout, scene.entities
    before = layout.previous_sentence(layout.sentence(limit))
    lo = layout.starts[max(0, before)]
    others: set[str] = set()
    mentions = entities.mentions
    for k in range(bisect_left(entities.mention_starts, lo), len(mentions)):
        m = mentions[k]
        if m.start >= limit:
            break
        if m.name == found:
            return found  # "Corvisa's captain, Ilmar Destro, praised …, the defender said"
        if m.kind == "person":
            others.add(m.name)
    fitting = [other for other in others if not _titled_otherwise(scene, other, head)]
    if not fitting and not others - {found}:
        # Rule *a description passes over a person titled otherwise*, to the story's
        # subject: nobody else named near, so the most salient person titled nothing else.
        salient = scene.entities.salient_person(limit, None)
        if salient is not None and salient != found and not _titled_otherwise(scene, salient, head):
            return salient
    return fitting[0] if len(fitting) == 1 else found


def _persons_in(scene: Scene, first: int, end: int) -> int:
    """How many distinct people the mentions from index ``first`` up to ``end`` name,
    not counting a possessive or one after a preposition (``Brenmoor's``, ``to Ruiz``)."""
    mentions = scene.entities.mentions
    names: set[str] = set()
    for k in range(first, len(mentions)):
        m = mentions[k]
        if m.start >= end:
            break
        if m.kind == "person" and m.subject:
            names.add(m.name)
    return len(names)


def _other_role(text: str, at: int, head: str) -> bool:
    """Whether the appositive gloss at ``at`` (``, a farmer,``) names a known role or
    description other than ``head`` and its kin: then the gloss says who that person is,
    and *the* ``head`` is somebody else.

    >>> _other_role("Ann Bell, a farmer, lost her barn.", 8, "firefighter")
    True
    >>> _other_role("Ann Bell, a consultant microbiologist, said", 8, "specialist")
    False
    >>> _other_role("Ann Bell, a consultant virologist, said", 8, "specialist")
    False
    """
    end = text.find(",", at + 2, at + 80)
    words = regex.findall(r"[\p{L}-]+", text[at : end if end > 0 else at + 80].casefold())
    for n, word in enumerate(words):
        if n and word in _GLOSS_ENDS:
            words = words[:n]  # "a farmer at Mill Farm": the gloss's noun ends it
            break
    noun = words[-1] if len(words) > 1 else ""
    return not cues.kindred(noun, head) and (
        noun in cues.PERSON_ROLES or noun in cues.PERSON_DESCRIPTIONS
    )


_GLOSS_ENDS: Final = cues.APPOSITIVE_LINKS | {"who", "which"}


_LIFETIME: Final = 100  # an age in years no firm given a person's role is likely to be


def _lifetime(age: str) -> bool:
    """True for an age in years a person's life spans: ``29``, not ``150`` nor ``""``.

    >>> _lifetime("29"), _lifetime("150"), _lifetime("")
    (True, False, False)
    """
    return age.isdigit() and 0 < int(age) < _LIFETIME


def _personal_modifier(written: str) -> str | None:
    """Rule *a personal modifier makes a person*: the age in ``the 62-year-old economist``,
    ``""`` for another modifier only a person has (``the Lebanese-born scientist``, ``the
    49-year-old Dutchman``), else None.

    >>> _personal_modifier("the 62-year-old economist"), _personal_modifier("the economist")
    ('62', None)
    >>> _personal_modifier("the Lebanese-born scientist")
    ''
    """
    words = written.split()
    found = None
    for word in words[1:-1]:
        if year_old(word):
            return word.split("-", 1)[0]
        if word.endswith("-born"):
            found = ""
    return found


def _aged(scene: Scene, age: str, limit: int) -> str | None:
    """The person the article gave this age: ``Ruiz, 41,`` / ``41-year-old Ana Ruiz`` /
    ``Ruiz, aged 41,`` / ``At 41, Ana Ruiz``."""
    text = scene.text
    floor = max(0, limit - _REACH)
    mentions, starts = scene.entities.mentions, scene.entities.mention_starts
    for written, after in (
        (f", {age},", False),
        (f" ({age})", False),
        (f"{age}-year-old ", True),
        (f", aged {age},", False),
        (f"At {age}, ", True),  # a profile's "At 81, Marguerite Olande still paints…"
        (f"Aged {age}, ", True),
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


def _aged_in_decade(scene: Scene, first: int, limit: int) -> list[str]:
    """The people the article gave an age from ``first`` to ``first + 9`` (:func:`_aged`).

    Rule *two fit equally*: ``Vera Platt, 93, and her neighbour Jim Tate, 91,`` then
    ``the nonagenarian said`` fits both, so the caller names neither.
    """
    people: list[str] = []
    for age in range(first, first + 10):
        found = _aged(scene, str(age), limit)
        if found is not None and found not in people:
            people.append(found)
    return people


def _undecaded_person(scene: Scene, first: int, limit: int) -> str | None:
    """*The octogenarian* when nobody was given an age in that decade: the person in
    view, unless the article gave that person an age outside it (``Ana Ruiz, 62,``)."""
    person = _person(scene, limit, None)
    if person is None:
        return None
    for found in _STATED_AGE.finditer(scene.text, max(0, limit - _REACH), limit):
        other = found.group(1) or found.group(2)
        if not first <= int(other) < first + 10 and _aged(scene, other, limit) == person:
            return None
    return person


# Rule *an age said of he or she*: "Owain Garrow has kept bees for 46 years. He is 71
# now." — the age belongs to the person named last before the pronoun, in its paragraph.
_PRONOUN_AGE: Final = regex.compile(
    r"\b(?:[Hh]e|[Ss]he)(?:'s|’s|\s+(?:is|turned|turns))(?:\s+now)?\s+(\d{1,3})"
    r"(?=\s*(?:[,.;]|now\b|this\b|last\b|years?\b))"
    r"|\b[Nn]ow\s+(\d{1,3}),\s+(?:he|she)\b"
)


def _aged_pronoun(scene: Scene, age: str, limit: int) -> str | None:
    """The person ``He is 71 now`` or ``Now 71, she…`` gives this age: the last person
    named before the pronoun in its paragraph, else None."""
    text = scene.text
    at = -1
    for found in _PRONOUN_AGE.finditer(text, max(0, limit - _REACH), limit):
        if (found.group(1) or found.group(2)) == age:
            at = found.start()
    if at < 0:
        return None
    mentions = scene.entities.mentions
    i = bisect_left(scene.entities.mention_starts, at) - 1
    para_start = text.rfind("\n", 0, at)
    while i >= 0 and mentions[i].start > para_start:
        if mentions[i].kind == "person":
            return mentions[i].name
        i -= 1
    return None


_STATED_AGE: Final = regex.compile(r", (\d{1,3}),|\b(\d{1,3})-year-old\b")


def _unaged_person(
    scene: Scene, age: str, limit: int, gender: str | None = None
) -> str | None:
    """*The 40-year-old* when nobody was given that age: the person in view, as he/she
    (of ``gender`` when the sentence gave one), unless the article gave that person
    another age (``Ana Ruiz, 62,``): then the 40-year-old is someone it has not named.
    """
    person = _person(scene, limit, gender)
    if person is not None and scene.entities.kinds.get(person) == "org":
        # Rule *an age is a person's*: a spokesman's body is who "he" may speak for, but
        # not who "the 54-year-old" is — the most salient person of that gender instead.
        person = scene.entities.salient_person(limit, gender)
    if person is None:
        return None
    for found in _STATED_AGE.finditer(scene.text, max(0, limit - _REACH), limit):
        other = found.group(1) or found.group(2)
        if other != age and _aged(scene, other, limit) == person:
            return None
    return person


# A clause fronted before the subject, ending at its comma: "Asked whether she would
# stand again, ", "Speaking after his release, ", "When pressed on her future, ".
_FRONTED_CLAUSE: Final = regex.compile(
    rf"[\s\"“‘(]*(?:Asked|Pressed|Questioned|Speaking|Talking|Reflecting|Looking|Writing"
    rf"|When|After|Before|As){_S}[^,.;:!?\n“”\"]{{1,80}},{_S}+\Z"
)
_FRONTED_SUBJECT: Final = regex.compile(r"\b(?:she|he)\b")


def _fronted_gender(scene: Scene, at: int) -> str | None:
    """The gender a clause fronted before the subject at ``at`` gives it.

    Rule *a fronted clause's pronoun is its subject's*: ``Pressed on whether she would
    stand again, the 52-year-old said:`` — the one described is a woman, so not the man
    quoted just before. Only a subject's he/she, the first: ``Asked what he would do
    without her`` is a man; ``Asked about her,`` (an object) gives none.

    >>> text = "Pressed on whether she would stand again, the 52-year-old said: “Perhaps.”"
    >>> _fronted_gender(Scene(text, []), text.index("the 52"))
    'f'
    """
    lo = scene.layout.starts[scene.layout.sentence(at)]
    fronted = _FRONTED_CLAUSE.match(scene.text, lo, at)
    if fronted is None:
        return None
    found = _FRONTED_SUBJECT.search(scene.text, fronted.start(), at)
    if found is None:
        return None
    return "f" if found.group() == "she" else "m"


def _spoken_for(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """The organisation a spokesperson speaks for: named, described, or the most salient.

    ``an Acme spokesperson``, ``a spokesperson for the club``, ``a company
    spokesman``: a spokesperson's words are the organisation's; ``a spokesperson for
    Mr Pennick`` and ``Mr Pennick's spokesperson`` speak for that person, as one for a
    club speaks for the club (the person is the speaker, never ``None``).
    """
    text = scene.text
    words = [t for t in TOKEN.finditer(text, phrase.start, phrase.end)]
    named = _org_before_spokesperson(scene, words)
    if named is None and ("'s" in phrase.text or "’s" in phrase.text):
        named = _possessive_owner(scene, words)  # looked at only with a possessive
    if named is not None:
        return named
    kind = ""
    for i, token in enumerate(words):
        word = token.group()
        folded = word.casefold()
        if folded in cues.SPOKESPERSON_NOUNS:
            continue
        if folded in ("for", "of", "at") and i + 1 < len(words):
            numbered = _NUMBERED_NAME.fullmatch(text, words[i + 1].start(), phrase.end)
            if numbered is not None:
                return numbered.group()  # "a spokesperson for ITV2", "for Channel 4"
            rest = speaker_phrase(text, words[i + 1].start(), phrase.end)
            if rest is not None and rest.kind in ("name", "np"):
                found, _ = resolve(scene, rest, limit)
                if (
                    found is not None
                    and rest.kind == "np"
                    and rest.head in cues.ORG_ROLES
                    and scene.entities.kinds.get(found) == "person"
                ):
                    # Rule *a spokesperson speaks for a body*: "a spokeswoman for the
                    # broadcaster" is the broadcaster the article names, not the presenter
                    # "the broadcaster" alone would describe; nobody when none is named.
                    found = _either_org(scene, rest, limit, rest.head)
                body = scene.entities.mention_at(rest.start)
                if found is None and body is not None and body.kind == "org":
                    # "a spokeswoman for Norbury Fire and Rescue Service": one body the
                    # entity model named there, though its "and" reads as two speakers
                    found = body.name
                if found is not None:
                    return found
                # "A spokesperson for Norway's data watchdog": a body the article
                # does not name is the one this paragraph is about, or nobody; never
                # the most salient organisation.
                return _paragraph_org(scene, limit)
            break
        if word[:1].isupper() and folded not in cues.DETERMINERS:
            clean = clean_name(
                word.rstrip(",").removesuffix("'s").removesuffix("’s"), token.start()
            )
            if clean is not None:
                index = scene.entities.index
                full = index.expand(clean.name, clean.words)
                if full == clean.name and len(clean.words) == 1:
                    full = index.org_ending(clean.name) or full
                owner = _not_a_person(scene, full)
                if owner is None and len(clean.words) == 1:
                    owner = _org_word_before(scene, clean.name, token.start())
                return owner
        if (
            word.islower()
            and folded not in cues.ORG_ROLES
            and i + 1 < len(words)
            and words[i + 1].group().casefold() in cues.SPOKESPERSON_NOUNS
            and (of_kind := _named_body(scene, limit, folded)) is not None
        ):
            # Rule *a spokesperson of a body named for its kind*: "a palace spokesman"
            # after "Harwood Palace" speaks for it, not for the most salient trust.
            return of_kind
        if folded in cues.GENERIC_ORG_ROLES and (
            (about := _paragraph_org(scene, limit)) is not None
            and not _other_kind(folded, about)
        ):
            # Rule *a company spokesman speaks for the paragraph's company*: "Kestrel
            # Avionics, which also bid, said it would appeal. “…,” a company spokesman
            # said." is Kestrel Avionics, not the firm the article named most.
            return about
        if folded in cues.ORG_ROLES:
            named = _role(scene, Phrase(f"the {folded}", 0, 0, "np", head=folded), limit)
            if named is not None:
                return named
            kind = folded
    found = (
        _paragraph_org(scene, limit)
        or _paragraph_either(scene, limit)
        or _reported_body_before(scene, limit)
    )
    if found is None and _group_opening(scene, limit, _OFFICIAL_GROUPS):
        # "Police are appealing for witnesses. “…,” a spokesperson said.": the police's,
        # a body with no name here, not the firm the story is about.
        return None
    found = found or scene.entities.salient_org(limit)
    if found is not None and kind and _other_kind(kind, found):
        return None  # "A county council spokesman" in a story about a bus firm
    return found


# Where people eat, drink and stay: an organisation that a body acts on as often as it
# speaks ("fined a bistro", "inspected a takeaway").
_VENUES: Final = frozenset(
    {"restaurant", "cafe", "café", "pub", "bakery", "hotel", "eatery", "bistro", "brasserie",
     "trattoria", "pizzeria", "takeaway", "gastropub", "deli", "patisserie", "steakhouse",
     "tearoom", "teahouse", "chippy", "shop", "store", "bar"}
)  # fmt: skip


def _other_kind(head: str, name: str) -> bool:
    """Rule *a body's kind is in its name*: True when the organisation ``name`` is
    plainly not a ``head``: a public body's or a campaign's word (``council``,
    ``union``, ``charity``…) for a business's name (``Tallowmere Buses``, ``Pellham
    Foods Ltd``), or a company's word for a public body's name. Used only where
    the article's organisation would otherwise be taken by default.

    >>> _other_kind("council", "Tallowmere Buses"), _other_kind("council", "Orkley Council")
    (True, False)
    >>> _other_kind("company", "Fair Play Alliance"), _other_kind("company", "Lumenfold")
    (True, False)
    >>> _other_kind("council", "Petal & Stem")
    True
    >>> _other_kind("airline", "Tullagh Airport"), _other_kind("carmaker", "Airport Road Motors")
    (True, False)
    """
    words = {w.casefold() for w in name.split()}
    if head in _NAMED_FOR_KIND:
        # "the council" is a body whose name says council: never "Petal & Stem", the
        # florist the council wrote to, however salient the florist is.
        return not _name_fits_role(name, head)
    if head in _REGULATOR_HEADS:
        # "the regulator" is never the firm it fined: a lender's or a company's name
        return not words.isdisjoint(_REGULATED_WORDS)
    if head in _NOT_COMPANY_WORDS:
        return head not in words and not words.isdisjoint(_OTHER_THAN_BODY)
    if head in _MAKER_HEADS:
        last = name.rsplit(None, 1)[-1].casefold() if name.strip() else ""
        return last in _FACILITY_WORDS or not words.isdisjoint(_NOT_COMPANY_WORDS)
    return head in _COMPANY_HEADS and not words.isdisjoint(_NOT_COMPANY_WORDS)


# Bodies whose name always carries their kind's word, or a kindred one (rule *a body's kind
# is in its name*): a council is "Wexley Borough Council", a bureau "the Vessel Health
# Bureau" or "Statistics Norvia", a government "the Scottish Government", a ministry "the
# Home Office"; a place's name used for its council is a place, and an aid agency is no
# government: never an organisation the default could take.
_NAMED_FOR_KIND: Final = frozenset({"council", "bureau", "government", "ministry"})


# A business named by what it makes or sells: "the drugmaker" is no "Marnholt Regulatory
# Agency", "the label" no "Kelso County Circuit Court" (rule *a body's kind is in its
# name*), however salient the regulator or the court where the label filed its lawsuit.
_MAKER_HEADS: Final = frozenset(
    {"carmaker", "automaker", "drugmaker", "housebuilder", "manufacturer", "toymaker",
     "chipmaker", "planemaker", "steelmaker", "label", "brand", "retailer", "airline",
     "publisher", "broadcaster", "streamer", "supermarket", "insurer", "lender",
     "startup", "start-up", "carrier", "chain", "brewery", "distillery"}
)  # fmt: skip
# Places a business is at, not businesses of a maker's kind, when their name ends in the
# word: "the airline" is no "Tullagh Airport", "the publisher" no "Marlow Museum" (rule *a
# body's kind is in its name*), however salient the airport the airline's jet landed at.
_FACILITY_WORDS: Final = frozenset(
    {"airport", "airfield", "stadium", "museum", "zoo", "library", "prison"}
)  # fmt: skip
_NOT_MAKER_WORDS: Final = _NOT_COMPANY_WORDS | _FACILITY_WORDS


# A sports club's own name words: "the union", "the league" or "the council" is no
# "Castlegate RFC" or "Harlow Rovers" (rule *a body's kind is in its name*); a city's or
# a town's name may be its council's, and "United" opens the United Nations.
_SPORT_CLUB_WORDS: Final = cues.CLUB_WORDS - {"city", "town", "united"}


def _not_a_person(scene: Scene, owner: str) -> str | None:
    """``owner`` when it is no person: a person's name as a bare modifier (``a
    Northline spokesperson`` where the article took Northline for a person) is more
    likely a misread organisation than the person, so nobody is named. (The
    possessive, ``Mr Hale's spokesperson``, names the person: :func:`_possessive_owner`.)"""
    return None if owner in scene.entities.index.persons else owner


def _org_word_before(scene: Scene, word: str, limit: int) -> str | None:
    """Rule *a one-word body before its spokesperson*: ``word`` when the article named it,
    that one word alone, as an organisation before ``limit`` (``carmaker Kelbrook``),
    though its name reads as a person's elsewhere (a headline's ``new Kelbrook Arno
    hatchback``): ``A Kelbrook spokesman`` speaks for Kelbrook, not for nobody. Only
    mentions within :data:`_REACH` are read, so the look stays linear in the article.
    """
    entities, text = scene.entities, scene.text
    mentions = entities.mentions
    floor = limit - _REACH
    i = bisect_left(entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= floor:
        m = mentions[i]
        i -= 1
        if m.kind == "org" and text[m.start : m.end] == word:
            return word
    return None


def _possessive_owner(scene: Scene, words: Sequence[re.Match[str]]) -> str | None:
    """``Mr Hale's spokesperson``, ``Tom Hale's rep``: the person (or body) whose
    spokesperson it is, the same speaker as ``a spokesperson for Mr Hale`` gives.

    One convention for a spokesperson's two forms: the speaker is whoever the
    spokesperson speaks for. Only a capitalised name directly before the noun, ending
    in a possessive; ``her spokeswoman`` names no one.
    """
    k = next(
        (i for i, t in enumerate(words) if t.group().casefold() in cues.SPOKESPERSON_NOUNS), -1
    )
    if k < 1 or not words[k - 1].group().endswith(("'s", "’s")):
        return None
    lo = k - 1
    while (
        lo > 0
        and words[lo - 1].group()[:1].isupper()
        and words[lo - 1].group().casefold() not in cues.DETERMINERS
    ):
        lo -= 1
    start = words[lo].start()
    clean = clean_name(scene.text[start : words[k - 1].end() - 2], start)
    if clean is None:
        return None
    return scene.entities.index.expand(clean.name, clean.words)


_OPENING_WORDS: Final = 3  # "His club, Ashvale United, said": the name opens its sentence


# A broadcaster's or venue's name with a number in it, which the name grammar
# does not read as a name: "ITV2", "Channel 4", "BBC Radio 5 Live", "Studio 54".
_NUMBERED_NAME: Final = regex.compile(
    r"(?=[^\n]*\d)\p{Lu}[\p{L}\p{N}&'’-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{N}&'’-]*|\d+))*"
)


def _paragraph_org(scene: Scene, limit: int) -> str | None:
    """An organisation opening a sentence earlier in this paragraph, the latest first.

    ``His club, Ashvale United, said it was aware. “…,” a spokesperson said.``:
    the spokesperson speaks for the organisation the paragraph is about, not
    for the one the article named most (the league in its first line).
    """
    layout, entities = scene.layout, scene.entities
    floor = layout.paragraphs[layout.paragraph(limit)]
    for m in _orgs_back(entities, floor, limit):
        opening = scene.text[layout.starts[m.sentence] : m.start]
        if len(opening.split()) <= _OPENING_WORDS and not entities.addressed(m.start):
            return m.name
    return None


def _either_org(scene: Scene, phrase: Phrase, limit: int, head: str) -> str | None:
    """``the operator``, ``the landlord``: a role of people and firms alike, with no
    person titled so.

    The organisation given that role wins; else, rule *the body this paragraph
    opens with*: ``Kelmoor Power reconnected 4,000 homes overnight. In its update,
    the operator said:`` is Kelmoor Power, the body the paragraph is about,
    not a name elsewhere that only fits the word (``Rail`` in a list of bullet
    points); not when the paragraph already brought the word in for another
    (``Quenbury Council fined the operator.``); else one whose name fits.
    """
    fits = _org_mention(scene, limit, head, 1000)
    if fits is not None and head in fits.roles:
        return fits.name
    floor = scene.layout.paragraphs[scene.layout.paragraph(limit)]
    word = rf"(?<![\p{{L}}]){regex.escape(head)}(?![\p{{L}}])"
    brought_in = regex.search(word, scene.text[floor : phrase.start])
    if brought_in is None:
        paragraph = _paragraph_org(scene, limit)
        if paragraph is not None:
            return paragraph
    return fits.name if fits is not None else None


def _paragraph_either(scene: Scene, limit: int) -> str | None:
    """Rule *a body given a role of people and firms alike*: ``The operator, Quenbury
    Trams, said sorry to travellers. “…,” a spokeswoman said.`` — a name opening a sentence
    of this paragraph that only such a role typed as a person (no honorific, no
    gender) is the body a bare spokesperson speaks for."""
    layout, entities = scene.layout, scene.entities
    floor = layout.paragraphs[layout.paragraph(limit)]
    mentions = entities.mentions
    i = bisect_left(entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= floor:
        m = mentions[i]
        i -= 1
        if (
            m.kind == "person"
            and m.roles
            and m.roles <= _EITHER_ROLES
            and m.name not in entities.article_gender  # a given name alone: "Gordon Homes"
            and len(scene.text[layout.starts[m.sentence] : m.start].split()) <= _OPENING_WORDS
        ):
            return m.name
    return None


_EITHER_ROLES: Final = cues.ORG_ROLES & cues.PERSON_ROLES


def _reported_body_before(scene: Scene, limit: int) -> str | None:
    """Rule *a body reported, then its spokesperson quoted*: ``Rail regulator Tallow said
    it had written to the operators.`` ⏎ ``“…,” a spokeswoman said.`` — a quote opening
    its paragraph, right after a paragraph of the reporter's own words (no quote in it),
    speaks for the organisation opening a sentence of that paragraph, not for the one
    the article named most. None when the quote's paragraph has words before it.
    """
    layout, entities, text = scene.layout, scene.entities, scene.text
    here = layout.paragraph(limit)
    if here < 1:
        return None
    start = layout.paragraphs[here]
    if text[start:limit].strip(" \t\u00a0" + MARKS) or limit - start > _LABEL_REACH:
        return None
    lo = layout.paragraphs[here - 1]
    if any(mark in text[lo:start] for mark in _OPENING_MARKS):
        return None
    for m in _orgs_back(entities, lo, start):
        opening = text[layout.starts[m.sentence] : m.start]
        if len(opening.split()) <= _OPENING_WORDS and not entities.addressed(m.start):
            return m.name
    return None


def _org_before_spokesperson(scene: Scene, words: Sequence[re.Match[str]]) -> str | None:
    """``A Ministry for Rural Affairs spokeswoman``: the proper name before the noun.

    A name of several words linked by ``of``/``for``/``and`` is the
    organisation's whole name, not its first word.
    """
    k = next(
        (i for i, t in enumerate(words) if t.group().casefold() in cues.SPOKESPERSON_NOUNS), -1
    )
    lo = 1 if words and words[0].group().casefold() in cues.DETERMINERS else 0
    if k - lo < 2:
        return None  # one word: the word-by-word rule below handles it
    numbered = _NUMBERED_NAME.fullmatch(scene.text, words[lo].start(), words[k - 1].end())
    if numbered is not None:
        return numbered.group()  # "a No 10 spokesperson", "a Channel 4 spokeswoman"
    run = [t.group() for t in words[lo:k]]
    if not proper_org(run):
        return None
    clean = clean_name(scene.text[words[lo].start() : words[k - 1].end()], words[lo].start())
    if clean is None:
        return None
    return scene.entities.index.expand(clean.name, clean.words)


# What may stand between a party label and the name it labels: "Tory councillor Ann Roe",
# "Lib Dem MP Ivo Dale", "Green Party candidate Tam Orr".
_LABEL_GAP: Final = regex.compile(r"(?:[ \u00a0]+(?:\p{Ll}+|[A-Z]{2,4}|Party))*[ \u00a0]+")


def _labelled_person(scene: Scene, label: str, limit: int) -> str | None:
    """The one person named right after ``label`` in reach before ``limit``, if one.

    ``Tory councillor Ann Roe`` and ``Ann Roe (Tory)`` label Ann Roe; two people
    labelled so, or none, give None.
    """
    found: set[str] = set()
    pattern = re.compile(rf"(?<![\w]){re.escape(label)}(?![\w])")
    mentions = scene.entities.mentions
    for match in pattern.finditer(scene.text, max(0, limit - 2 * _REACH), limit):
        gap = _LABEL_GAP.match(scene.text, match.end(), min(limit, match.end() + 40))
        after = gap.end() if gap is not None else -1
        i = bisect_left(scene.entities.mention_starts, after)
        if i < len(mentions) and mentions[i].start == after and mentions[i].kind == "person":
            found.add(mentions[i].name)
            continue
        opening = scene.text.rfind("(", max(0, match.start() - 2), match.start())
        i = bisect_left(scene.entities.mention_starts, opening) - 1
        if (
            opening >= 0
            and i >= 0
            and mentions[i].kind == "person"
            and scene.text[mentions[i].end : opening].strip() == ""
        ):
            found.add(mentions[i].name)
    return next(iter(found)) if len(found) == 1 else None


def _member_labelled(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """``the SNP member``, ``the Lib Dem member``: the one person the article labelled
    with that party (``SNP councillor Ann Roe``), else None.

    A party's label is a party member's word (``cues.PARTY_MEMBERS``), a party's
    name (``Labour``) or two to four capitals (``SNP``).
    """
    words = phrase.text.split()
    if not 3 <= len(words) <= 4 or words[-1] != "member":
        return None
    label = " ".join(words[1:-1])
    folded = label.casefold()
    if not (
        folded in cues.PARTY_MEMBERS
        or folded in cues.PARTY_NAMES
        or (label.isupper() and label.isalpha() and 2 <= len(label) <= 4)
    ):
        return None
    return _labelled_person(scene, label, limit)


def _described_other(scene: Scene, word: str, limit: int) -> bool:
    """True when ``the <word>`` already stood for someone else in this or the last sentence.

    ``Royce met the Australian. The Australian said:`` — the descriptor is
    the one Royce met, not Royce. An earlier use as a speaker (``said the
    Dane``) or as a sentence's subject does not count.
    """
    sentence = scene.layout.sentence(limit)
    lo = scene.layout.starts[max(0, sentence - 1)]
    pattern = re.compile(rf"(?<![\w])[Tt]he[ \u00a0]+{re.escape(word)}(?![\w])")
    for found in pattern.finditer(scene.text, lo, limit):
        start = found.start()
        if start in scene.layout.starts or scene.text[lo:start].strip() == "":
            continue
        i = bisect_left(scene.spoken.said_starts, start - 30)
        if i < len(scene.spoken.said_starts) and scene.spoken.said_starts[i] <= start:
            continue  # it spoke there ("said the Dane"): the same person
        return True
    return False


# "robbed a gran", "lifted an injured airman", "lives with her gran", "a second soldier": the
# noun brought in for someone other than the sentence's subject. Up to two words may stand
# between the determiner and the noun ("a wounded", "an injured young").
_OTHER_DETERMINERS: Final = r"(?:a|an|her|his|their|another|one)"
# Words after which an indefinite noun describes the subject itself: "Tull, a soldier,",
# "Tull was a soldier", "known as a lad who".
_PREDICATE_WORDS: Final = frozenset(
    {"was", "is", "were", "are", "be", "been", "being", "became", "becomes", "as", "remains"}
)


_NAME_AFTER_COMMA: Final = re.compile(r",[ \u00a0]+[A-Z]")  # "A soldier, Ray Tull,"


# "A nurse has told a court…", "A retired nurse says…": a sentence opening with a person's
# role, indefinite, as the subject of a speech verb (up to two words before the noun).
_ROLE_OPENING: Final = regex.compile(
    rf"[\"“‘(]?An?{_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}}?(?P<noun>\p{{Ll}}[\p{{Ll}}\-]*)"
    rf"{_S}+(?:(?:has|have|had){_S}+)?(?P<verb>\p{{Ll}}+)(?![\p{{L}}])"
)


def _named_after_opening(scene: Scene, head: str, limit: int) -> str | None:
    """Rule *a story's unnamed subject is the person it names next*: ``A nurse has told a
    court she feared for her life.`` ⏎ ``Maria Keane, 41, was stabbed…`` — ``the nurse`` is
    Maria Keane, the person opening the next sentence, when nobody is titled so.

    Only the first sentence of the article's first two paragraphs (after the headline)
    that opens with ``a``/``an`` and ``head`` as the subject of a speech verb (``A nurse
    was stabbed…`` may be followed by her attacker's name), and only a person named at
    the opening of the sentence after it, before ``limit``.

    >>> text = "Attack\\n\\nA nurse has told a court of it.\\n\\nMaria Keane, 41, was hurt."
    >>> _named_after_opening(Scene(text, []), "nurse", len(text))
    'Maria Keane'
    """
    layout, text, entities = scene.layout, scene.text, scene.entities
    paragraphs = layout.paragraphs
    for number in (1, 2):
        if number >= len(paragraphs) or paragraphs[number] >= limit:
            return None
        lo = paragraphs[number]
        opening = _ROLE_OPENING.match(text, lo, min(limit, lo + 80))
        if (
            opening is None
            or opening.group("noun") != head
            or opening.group("verb") not in cues.SPEECH_WORDS
        ):
            continue  # "A nurse was stabbed…": not the one who speaks
        starts = layout.starts
        sentence = layout.sentence(lo) + 1
        size = len(starts)
        while sentence + 1 < size and text[starts[sentence] : starts[sentence + 1]].isspace():
            sentence += 1  # the blank line between paragraphs
        if sentence >= size:
            return None
        after = starts[sentence]
        i = bisect_left(entities.mention_starts, after)
        if i >= len(entities.mentions):
            return None
        m = entities.mentions[i]
        if m.kind != "person" or m.start >= limit or text[after : m.start].strip(' \u00a0"“‘('):
            return None
        return m.name
    return None


def _introduced_other(scene: Scene, noun: str, limit: int) -> bool:
    """True when ``noun`` was brought in for someone else in this sentence or the last
    (the last before up to two quotes with their clauses).

    Rule *a description the article gave someone else*: ``Ken Moss was jailed for
    robbing a gran.`` then ``“…,” the gran said.`` — the gran is the one he robbed,
    not Ken Moss, the person in view; nor is ``the soldier`` the medic who ``pulled a
    wounded soldier from the wreck``. Not when the noun describes the subject in
    apposition or as its predicate (``Ray Tull, a former soldier,``, ``Tull was a
    soldier``), which is that person.

    >>> _introduced_other(Scene("Ken Moss robbed a gran. “No,” the gran said.", []), "gran", 31)
    True
    >>> _introduced_other(Scene("Ray Tull, a soldier, spoke. “No,” the soldier said.", []),
    ...                   "soldier", 33)
    False
    """
    layout, text = scene.layout, scene.text
    previous = layout.previous_sentence(layout.sentence(limit))
    for _ in range(2):
        if previous <= 0 or text[layout.starts[previous]] not in _OPENING_MARKS:
            break
        # "Ella Shaw, 8, lives with her gran. “…,” Ella said. “…,” the gran said.": a
        # quote with its clause between brings nobody in, so the sentence before it counts.
        previous = layout.previous_sentence(previous)
    lo = layout.starts[max(0, previous)]
    pattern = re.compile(
        rf"(?<![\w]){_OTHER_DETERMINERS}(?:[ \u00a0]+[\w'’-]+){{0,2}}?[ \u00a0]+"
        rf"{re.escape(noun)}(?![\w'’-])",
        re.IGNORECASE,
    )
    for found in pattern.finditer(scene.text, lo, limit):
        before = text[max(lo, found.start() - 20) : found.start()].rstrip()
        words = before.split()
        if before.endswith((",", "(", "—", "–")) or (
            words and words[-1].casefold() in _PREDICATE_WORDS
        ):
            continue  # "Tull, a soldier,", "Tull was a soldier": the subject itself
        if not words and _NAME_AFTER_COMMA.match(text, found.end()):
            continue  # "A soldier, Ray Tull, said": named where brought in
        return True
    return False


def _titled(scene: Scene, limit: int, role: str, modifiers: Sequence[str] = ()) -> str | None:
    """The latest earlier person given ``role`` (within a long article's reach).

    A person given a kindred title (``ROLE_KIN``: a manager is a boss, an
    education secretary a minister) fits when nobody was given ``role``
    itself. ``modifiers`` (``the Harlow boss``) must be written just before
    the person's title (``Harlow Town manager Ben Ekwueme``); when nobody
    fits them, the modifiers are ignored.
    """
    roles = scene.entities.index.roles
    exact: str | None = None
    kindred: str | None = None
    # Rule *a profession's other word*: "the lawyer" for the one solicitor in view, never
    # for one of two people given words of that family (cues.PROFESSION_FAMILIES).
    # So, too, a discipline for an academic: "the astronomer" for the one professor in
    # view, and only for the person named last ("Dr Wren Aldous led the survey. … Mato
    # Ferrin said … the ecologist said" is not Dr Aldous).
    discipline: bool = cues.discipline(role)
    unique: bool = discipline or role in cues.PROFESSION_WORDS
    rivals: bool = False
    latest: str | None = None
    rides: bool = role in _JOCKEY_ROLES
    for at, m in _persons_back(scene, limit):
        latest = latest or m.name
        known = roles.get(m.name, set())
        if role in m.roles or role in known or (rides and _ridden_by(scene.text, m.start)):
            if not modifiers or _modified_by(scene, at, modifiers):
                exact = m.name
                break
        elif (
            (kindred is None or (unique and kindred != m.name))
            and (not discipline or kindred is not None or m.name == latest)
            and any(cues.kindred(noun, role) for noun in (*m.roles, *known))
            and (not modifiers or _modified_by(scene, at, modifiers))
        ):
            rivals = kindred is not None
            kindred = kindred or m.name
    found = exact or (None if rivals else kindred)
    if found is None and modifiers:
        return _titled(scene, limit, role)
    return found


# Rule *who rides a horse is its jockey*: racing copy names the jockey after "under" or
# "ridden by" ("Stormcrest finished third under Ciaran Roe"), with no title, so "the
# jockey said" is that rider, not the trainer titled earlier.
_JOCKEY_ROLES: Final = frozenset({"jockey", "rider"})
_RIDDEN_BY: Final = re.compile(r"(?:\bunder|\bridden[ \u00a0]+by)[ \u00a0]+\Z")


def _ridden_by(text: str, start: int) -> bool:
    """True when the name at ``start`` follows *under* or *ridden by* (a horse's rider).

    >>> text = "Stormcrest finished third under Ciaran Roe."
    >>> _ridden_by(text, text.index("Ciaran")), _ridden_by(text, 0)
    (True, False)
    """
    return _RIDDEN_BY.search(text, max(0, start - 12), start) is not None


# A charge right after a person's name, in the name's sentence: "Ray Holt (34), of Mill
# Park, is charged with", "Ada Pell, 41, was remanded", "Tom Dee pleaded not guilty", and
# as trial reports write it, "Ray Holt, 31, denies murder", "admits two counts of theft",
# "is on trial", "stands trial".
_CHARGED_AFTER: Final = re.compile(
    rf"[^.;:!?\n“”\"]{{0,90}}?\b(?:(?:{'|'.join(sorted(cues.PASSIVE_AUXILIARIES))})"
    rf"[ \u00a0]+(?:\w+[ \u00a0]+)?(?:{'|'.join(cues.CHARGE_PARTICIPLES)})|pleaded"
    r"|(?:denie[sd]|admit(?:s|ted))[ \u00a0]+(?:[\w\-]+[ \u00a0]+){0,3}?"
    rf"(?:{'|'.join(cues.CHARGE_WORDS)})"
    r"|(?:on|stands?|standing|stood)[ \u00a0]+trial)\b"
)


def _charged(scene: Scene, limit: int) -> str | None:
    """Rule *the accused is the person charged*: ``the accused replied`` or ``the
    defendant said`` is the one person in reach whose sentence says, right after the
    name, that they were charged, remanded, arraigned or pleaded, deny or admit a
    charge or are on trial; with two so described (co-accused), nobody.

    >>> text = "Ray Holt (34) is charged with theft. On arrest, the accused replied: “No.”"
    >>> _charged(Scene(text, []), text.index("“"))
    'Ray Holt'
    """
    found: str | None = None
    for _, m in _persons_back(scene, limit):
        if m.name != found and _CHARGED_AFTER.match(scene.text, m.end, limit) is not None:
            if found is not None:
                return None
            found = m.name
    return found


# Rule *a civil suit's parties*: the words around a name that make it the one sued
# ("sued Zephyro", "a lawsuit against Zephyro", "Zephyro … asked a judge to dismiss") or
# the one suing ("Ida Marr sued", "Ida Marr filed the lawsuit").
_SUED_BEFORE: Final = re.compile(
    r"(?:\b(?:sued|sues|suing)|\b(?:lawsuit|suit|complaint|claim|action)s?"
    r"(?:[ \u00a0]+filed)?[ \u00a0]+against)[ \u00a0]+"
    # the second of two sued: "sued Tollbridge Haulage and Quarry Freight"
    r"(?:[^.;:!?\n“”\"]{1,50}?[ \u00a0]and[ \u00a0]+)?(?:the[ \u00a0]+)?"
    # Rule *a sued party's kind before its name*: "sued pharmacy chain Halvorsen Drug Co",
    # "sued the ride-hailing firm Zephyro": up to three lower-case words that are no
    # preposition ("sued on behalf of Ida Marr" names the suer's client).
    r"(?:(?!(?:on|of|for|by|with|in|at|over|after|to|behalf|and|or)[ \u00a0])"
    r"[a-z][a-z\-]*[ \u00a0]+){0,3}\Z"
)
_SUED_AFTER: Final = re.compile(
    r"\.?[^.;:!?\n“”\"]{0,40}?\b(?:(?:asked|asks|moved|moves|petitioned)[ \u00a0]+"
    r"(?:(?:a|the)[ \u00a0]+)?(?:[\w\-]+[ \u00a0]+){0,2}?(?:judge|court)[ \u00a0]+to[ \u00a0]+"
    r"(?:dismiss|throw[ \u00a0]+out|toss)"
    # passive, as headlines write it: "Joggly sued over data", "Joggly was sued in May"
    r"|(?:(?:was|were|is|are|been|being)[ \u00a0]+)?sued[ \u00a0]+(?:over|for|by|after|in)"
    r")\b"
)
# "sued" is the suer's act only before its object ("Ida Marr sued Zephyro", "sued the
# firm"), not in the passive ("Zephyro sued over fees", "was sued by").
_SUING_AFTER: Final = re.compile(
    r"\.?[^.;:!?\n“”\"]{0,60}?(?<!was )(?<!were )(?<!been )(?<!being )(?<!is )"
    r"\b(?:(?:has|have|had)[ \u00a0]+)?(?:(?:sued|sues)[ \u00a0]+"
    r"(?:the|a|an|his|her|their|its|[A-Z])|filed[ \u00a0]+(?:a|the)[ \u00a0]+"
    r"(?:[\w\-]+[ \u00a0]+){0,3}?(?:lawsuit|suit|complaint|claim)\b)"
)


def _party_to_suit(scene: Scene, limit: int, head: str) -> str | None:
    """Rule *a civil suit's parties*: ``the defendants said`` in a civil case is the
    one person or organisation in reach the article says was sued (``sued Zephyro``,
    ``a lawsuit against Zephyro``, ``Zephyro has asked a judge to dismiss``); ``the
    plaintiff said`` the one who sued. Two so described (co-defendants), or none, give
    nobody: a court story's many names are no guide to which party speaks.

    >>> text = "Ida Marr sued Zephyro Inc. in May. “It is baseless,” the defendant said."
    >>> _party_to_suit(Scene(text, []), text.index("“"), "defendant")
    'Zephyro Inc'
    >>> _party_to_suit(Scene(text, []), text.index("“"), "plaintiff")
    'Ida Marr'
    """
    sued = head.startswith("defendant")
    text, mentions = scene.text, scene.entities.mentions
    floor = limit - _REACH
    found: str | None = None
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= floor:
        m = mentions[i]
        i -= 1
        if m.kind not in ("person", "org") or m.name == found:
            continue
        if sued:
            fits = (
                _SUED_BEFORE.search(text, max(0, m.start - 40), m.start) is not None
                or _SUED_AFTER.match(text, m.end, limit) is not None
            )
        else:
            fits = _SUING_AFTER.match(text, m.end, limit) is not None
        if fits:
            if found is not None and not _same_entity(found, m.name):
                return None
            if found is None or len(m.name) > len(found):
                found = m.name
    return found


# "Justice Ida Coyle, joined by Justices Paul Renner and Ida Sorensen, dissented.": a
# judge's dissent after the name, perhaps past an appositive between commas.
_DISSENTED: Final = regex.compile(
    rf"(?:,[^.;:!?“”\"\n]{{1,100}}?,)?{_S}+(?:also{_S}+|partly{_S}+)?dissented(?![\p{{L}}])"
)


def _dissenter(scene: Scene, limit: int) -> str | None:
    """Rule *the dissent is its writer's*: ``the dissent said`` in a court story is the
    one person in reach the article says dissented (``Justice Ida Coyle, joined by two
    colleagues, dissented.``); two dissenting apart, or none, give nobody.

    >>> text = "Justice Ida Coyle, joined by Tom Reid, dissented. “No,” the dissent said."
    >>> _dissenter(Scene(text, []), text.index("“"))
    'Ida Coyle'
    """
    found: str | None = None
    for _, m in _persons_back(scene, limit):
        if _DISSENTED.match(scene.text, m.end, min(limit, m.end + 130)) is None:
            continue
        if found is not None and found != m.name:
            return None
        found = m.name
    return found


def _same_entity(one: str, other: str) -> bool:
    """True when one name's words are all in the other's (``Zephyro`` in a headline,
    ``Zephyro Mobility Inc`` in the text): two mentions of one entity.

    >>> _same_entity("Zephyro", "Zephyro Mobility Inc"), _same_entity("Ida Marr", "Zephyro")
    (True, False)
    """
    a, b = set(one.split()), set(other.split())
    return a <= b or b <= a


def _on_the_bench(scene: Scene, limit: int) -> str | None:
    """Rule *the bench's style* (``cues.BENCH_STYLES``): ``her Honour said`` is the one
    person in reach the article titled judge, justice or magistrate; with two on the
    bench (a magistrate at the bail hearing, a judge at the trial), nobody.

    >>> text = "Judge Ann Dale jailed Ray Holt. “It was cruel,” her Honour said."
    >>> _on_the_bench(Scene(text, []), text.index("“"))
    'Ann Dale'
    """
    roles = scene.entities.index.roles
    found: str | None = None
    for _, m in _persons_back(scene, limit):
        seated: bool = not cues.COURT_BENCH.isdisjoint(m.roles) or not cues.COURT_BENCH.isdisjoint(
            roles.get(m.name, ())
        )
        if seated and m.name != found:
            if found is not None:
                return None
            found = m.name
    return found


def _modified_by(scene: Scene, i: int, modifiers: Sequence[str]) -> bool:
    """True when every modifier is written before mention ``i``, in its sentence and
    after any other person named there (``Harlow Town manager Ben Ekwueme``)."""
    m = scene.entities.mentions[i]
    lo = scene.layout.starts[m.sentence]
    k = i - 1
    while k >= 0 and scene.entities.mentions[k].sentence == m.sentence:
        if scene.entities.mentions[k].kind == "person":  # someone else's title ends there
            lo = max(lo, scene.entities.mentions[k].end)
            break
        k -= 1
    return _written_with(scene.text[lo : m.start], modifiers)


def _written_with(written: str, modifiers: Sequence[str]) -> bool:
    """True when every modifier stands in ``written`` as a word, in any form of its
    country (``the Welsh boss`` in ``Wales manager``: ``cues.country_forms``)."""
    return all(
        any(
            re.search(rf"(?<!\w){re.escape(form)}(?!\w)", written) is not None
            for form in cues.country_forms(word)
        )
        for word in modifiers
    )


def _modified_org(scene: Scene, limit: int, role: str, modifiers: Sequence[str]) -> str | None:
    """The latest organisation given ``role`` and written with ``modifiers``.

    ``German carmaker Voss and French carmaker Oreno`` … ``the French
    carmaker`` is Oreno: each modifier (or its country, ``cues.country_forms``)
    stands between the mention before and this one in its sentence (``French
    carmaker Oreno``) or in an appositive right after it (``Oreno, the French
    carmaker,``). None when no organisation fits; the caller then ignores the
    modifiers.
    """
    mentions, text = scene.entities.mentions, scene.text
    floor = limit - _REACH
    i = bisect_left(scene.entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= floor:
        m = mentions[i]
        i -= 1
        if m.kind != "org" or not (role in m.roles or _name_fits_role(m.name, role)):
            continue
        lo = scene.layout.starts[m.sentence]
        if i >= 0 and mentions[i].sentence == m.sentence:
            lo = mentions[i].end
        lo = max(lo, text.rfind(",", lo, m.start) + 1)  # not the mention before's appositive
        after = _APPOSITIVE_AFTER.match(text, m.end, min(len(text), m.end + 80))
        if _written_with(text[lo : m.start] + (after.group() if after else ""), modifiers):
            return m.name
    return None


# ", the French carmaker," right after a name: where its modifiers may stand.
_APPOSITIVE_AFTER: Final = re.compile(r",[ \u00a0]+(?:the|an?)[ \u00a0][^,.;:\n]{1,60}")


def _author(scene: Scene, limit: int) -> str | None:
    """Whoever issued a statement: the latest speaker or organisation nearby."""
    floor = max(scene.layout.paragraphs[max(0, scene.layout.paragraph(limit) - 2)], limit - _REACH)
    j = bisect_left(scene.spoken.said_starts, limit) - 1
    said = scene.spoken.said[j] if j >= 0 and scene.spoken.said[j].start >= floor else None
    org = _org_mention(scene, limit, None, 2)
    if said is None:
        return org.name if org is not None else None
    if org is None:
        return said.name
    return said.name if said.start > org.start else org.name


def _modifiers(written: str) -> tuple[str, ...]:
    """The capitalised words between the determiner and the head: ``the Harlow boss``;
    for a minister or secretary also the word of the office, as its title is written
    before a name (``the prime minister``: ``Prime``, so not ``Foreign Minister Ada Quell``).

    >>> _modifiers("the Harlow boss"), _modifiers("the club's new boss")
    (('Harlow',), ())
    >>> _modifiers("the prime minister"), _modifiers("the new minister")
    (('Prime',), ())
    """
    words = written.split()
    found = tuple(
        w
        for w in words[1:-1]
        if w[:1].isupper() and not w.endswith(("'s", "’s")) and w.isalpha()
    )
    if len(words) > 2 and words[-1].casefold() in _OFFICES:
        found += tuple(w.capitalize() for w in words[1:-1] if w in _OFFICE_WORDS)
    return found


# Rule *an office is in its title*: "the prime minister", "the foreign secretary" are the
# person titled so ("Prime Minister Halvard Rees"), not the latest of any minister; with
# no one titled so, any minister, as before. So too a bench's or a force's head: "the
# chief justice" is "Chief Justice Omar Haq", not "Justice Sara Lodhi" named after him
# on the same bench, and "the chief minister", "the chief constable", "the deputy mayor".
_OFFICES: Final = frozenset(
    {"minister", "secretary", "justice", "judge", "constable", "commissioner", "mayor"}
)
_OFFICE_WORDS: Final = frozenset(
    {"prime", "foreign", "defence", "defense", "finance", "interior", "health", "home",
     "justice", "deputy", "first", "economy", "trade", "education", "environment",
     "transport", "culture", "energy", "agriculture", "chief", "vice", "assistant"}
)  # fmt: skip


def _district_service(text: str) -> str | None:
    """The service before *district* in a description (``the fire district`` → ``fire``),
    when it is one a US special district serves (``cues.DISTRICT_SERVICES``), else None."""
    words = text.casefold().split()
    if len(words) >= 3 and words[-2] in cues.DISTRICT_SERVICES:
        return words[-2]
    return None


_CARE_WORDS: Final = frozenset({"health", "healthcare", "hospital", "hospitals", "medical"})


def _care_system(text: str) -> bool:
    """True for a description of a US hospital network (``the health system``, ``the
    hospital system``): *system* after a word of care.

    >>> _care_system("the health system"), _care_system("the school system")
    (True, False)
    """
    words = text.casefold().split()
    return len(words) >= 3 and words[-2] in _CARE_WORDS


def _special_district(scene: Scene, phrase: Phrase, limit: int) -> str | None:
    """Rule *a special district by its service*: ``the fire district said``, ``the school
    district said`` → the body the article named ``… Fire (Protection) District`` or ``…
    School District``: a district's name with that service in it, else None (``the
    district`` alone may be a place)."""
    service = _district_service(phrase.text)
    found = _org(scene, limit, "district", 1000)
    if found is None or service not in found.casefold().split():
        return None
    return found


def _name_fits_role(name: str, role: str) -> bool:
    words = {w.casefold() for w in name.split()}
    if role in ("club", "side", "team", "squad"):
        return bool(words & cues.CLUB_WORDS)
    if role in cues.GENERIC_ORG_ROLES and words & _COMPANY_WORDS:
        return True  # "the company": "Pellham Foods", "Acme Holdings plc"
    if role in ("watchdog", "regulator") and words & _REGULATOR_WORDS:
        return True  # "the watchdog": "Financial Conduct Authority"
    if role in _CARRIER_ROLES and words & _CARRIER_WORDS and not words & _NOT_COMPANY_WORDS:
        return True  # "the operator": "Greyfell Coaches"
    if role in _GOVERNMENT_BODIES and words & _DEPARTMENT_WORDS:
        return True  # "the department": "Home Office", "Foreign Ministry"
    if role in _BROKER_ROLES and words & _BROKER_WORDS:
        return True  # "the broker said in a note": "Fairmoor Securities"
    if role == "party" and words & _PARTY_HEADS and words & _POLITICAL_WORDS:
        return True  # "the party": "Orvane Democratic Movement", "All Progressives Congress"
    if role in _MAKER_HEADS and not words.isdisjoint(_PUBLIC_BODY_WORDS):
        return False  # "the lender" is no "Consumer Lending Standards Authority"
    if not words.isdisjoint(_KINDRED_NAME_WORDS.get(role, ())):
        return True  # "the agency": "Statistics Norvia"; "the union": "Drivers' Guild"
    return role in words


# Rule *a business is no public body*: a regulator's, a court's or a ministry's name may
# carry a trade's word ("Consumer Credit Council", "Mortgage Ombudsman", "Airline
# Passengers Tribunal"), but "the lender", "the insurer" or "the airline" never stands
# for it. Not "union", "society" or "association": "Harbour Credit Union" and "Harrowgate
# Building Society" lend.
_PUBLIC_BODY_WORDS: Final = frozenset(
    {"authority", "commission", "regulator", "watchdog", "ombudsman", "agency", "ministry",
     "department", "council", "court", "government", "inspectorate", "committee",
     "directorate", "tribunal", "charity", "campaign"}
)  # fmt: skip


# Rule *a body's role noun fits its kind of name*: news calls a body by what it is, not
# by the word in its name — "the agency" or "the bureau" for "Statistics Norvia", "the
# forecaster" for "the Met Bureau", "the union" for "the Shopworkers' Guild", "the
# lender" for "Harrowgate Building Society", "the authority" for a council.
# "the carmaker" for "Velmont Motors", "the drugmaker" for "Quell Therapeutics", "the
# developer" or "the housebuilder" for "Larkfield Developments" or "Ashcombe Homes".
_CARMAKER_WORDS: Final = frozenset({"motors", "motor", "automotive", "cars", "autos", "auto"})
_DRUGMAKER_WORDS: Final = frozenset(
    {"pharma", "pharmaceuticals", "pharmaceutical", "therapeutics", "biosciences", "biotech",
     "bio", "biologics", "genomics"}
)  # fmt: skip
_BUILDER_WORDS: Final = frozenset({"developments", "homes", "properties", "construction"})
_KINDRED_NAME_WORDS: Final[dict[str, frozenset[str]]] = {
    # "the agency" for a US regulator: "Public Utilities Commission", "Port Authority",
    # "Department of Ecology"
    "agency": frozenset(
        {"statistics", "bureau", "office", "administration", "executive", "lettings",
         "commission", "authority", "department"}
    ),
    "bureau": frozenset({"statistics", "agency", "office"}),
    "office": frozenset({"statistics", "bureau", "agency"}),
    "forecaster": frozenset({"met", "weather", "meteorological", "bureau"}),
    "union": frozenset(
        {"guild", "alliance", "federation", "confederation", "brotherhood", "syndicate"}
    ),
    "lender": frozenset({"bank", "building", "mortgage", "mortgages", "credit", "loans"}),
    "insurer": frozenset({"insurance", "assurance", "insurers"}),
    "charity": frozenset({"foundation", "trust", "appeal", "aid", "relief", "sanctuary"}),
    "authority": frozenset({"council", "agency", "executive", "commission"}),
    "body": frozenset({"association", "federation", "council", "institute", "commission"}),
    # "the group" for a supporters', residents' or campaign group: "Kelby Supporters'
    # Association", "Save Our Pier Alliance", "Harlow Tenants' Coalition"
    "group": frozenset({"association", "alliance", "coalition", "collective"}),
    "carmaker": _CARMAKER_WORDS,
    "automaker": _CARMAKER_WORDS,
    "manufacturer": _CARMAKER_WORDS,
    "drugmaker": _DRUGMAKER_WORDS,
    "biotech": _DRUGMAKER_WORDS,  # "the biotech said" of "Varnex Bio"
    # "the developer" builds homes (Developments, Homes) or games (the games pages:
    # "Marrow Games", "Tallis Interactive"; never the game or the car a sentence names)
    "developer": _BUILDER_WORDS
    | frozenset({"games", "studios", "interactive", "software", "entertainment"}),
    "housebuilder": _BUILDER_WORDS,
    "studio": frozenset({"games", "studios", "interactive", "entertainment", "animation"}),
    # "the health system" (a US hospital network) for "Lakemoor Health Partners", not
    # for one of its hospitals ("Kelby Regional Medical Center")
    "system": frozenset({"health", "healthcare"}),
    # the defence pages: "the military" for the "Korvell Armed Forces" or the "National
    # Army" (not a ministry of defence, which is no army); "the shipyard" for the builder
    # whose name says it builds ships ("Halvard Marine Engineering", "Tyne Shipbuilders")
    "military": frozenset({"armed", "army"}),
    "army": frozenset({"armed"}),
    "shipyard": frozenset(
        {"marine", "shipbuilding", "shipbuilders", "shipyard", "shipyards", "dockyard"}
    ),
}


_NAMED_KINDS: Final = frozenset({"military", "army", "shipyard"})


# Rule *a party is named for a movement*: many parties of Africa and Asia are a Movement,
# a Congress, an Alliance or a Front with a political word ("Orvane Democratic Movement",
# "All Progressives Congress", "United Democratic Alliance", "Patriotic Front"); "the party"
# may stand for them, never for a "Trades Union Congress" or a "Fair Play Alliance".
_PARTY_HEADS: Final = frozenset({"movement", "congress", "alliance", "front", "fighters"})
_POLITICAL_WORDS: Final = frozenset(
    {"democratic", "democrats", "progressive", "progressives", "peoples", "people's",
     "people’s", "national", "liberal", "socialist", "republican", "freedom", "patriotic",
     "unity", "popular", "revolutionary", "conservative", "nationalist", "federalist"}
)  # fmt: skip
# Rule *a regulator is named as a body that regulates*: "the watchdog" or "the regulator"
# for the "Savings Standards Board", the "Gaming Inspectorate", the "Office for Rail"; never
# the firm it fined (a building society, a bank), however often the story names it.
_REGULATOR_WORDS: Final = frozenset(
    {"authority", "commission", "regulator", "ombudsman", "agency", "board", "inspectorate",
     "office", "watchdog", "commissioner"}
)  # fmt: skip
# Rule *a carrier is named for what it runs*: "the operator", "the carrier" may stand for
# "Northmoor Railways", "Greyfell Coaches", "Skyvane Air", "Isleway Ferries".
# A government department's names: "the department" may stand for the "Home Office".
_DEPARTMENT_WORDS: Final = frozenset({"office", "ministry", "department"})
_CARRIER_ROLES: Final = frozenset({"operator", "carrier", "airline"})
# Rule *a broker is named for its trade*: the market pages call a stockbroking firm "the
# broker" ("“…,” the broker said in a note to clients") after "Tessellate Capital Markets
# cut its target"; a person titled broker ("insurance broker Ann Reid") is found first.
# (Only a name the entity model already holds for an organisation: "Finch Securities"
# after "an analyst at" stays the analyst's employer, not a body in view.)
_BROKER_ROLES: Final = frozenset({"broker", "stockbroker"})
def _named_broker(scene: Scene, limit: int) -> str | None:
    """Rule *the broker's analysts speak for it*: ``Analysts at Brackwater Securities said
    the figures were “soft”. “…,” the broker said in a note to clients.`` — the latest
    name in this paragraph or the one before that ends in a broker's word and is no
    person, though the entity model holds it only as the analysts' employer (typing it
    an organisation would make it the *company* of every later sentence)."""
    layout, entities = scene.layout, scene.entities
    floor = layout.paragraphs[max(0, layout.paragraph(limit) - 1)]
    mentions = entities.mentions
    i = bisect_left(entities.mention_starts, limit) - 1
    while i >= 0 and mentions[i].start >= floor:
        m = mentions[i]
        i -= 1
        last: str = m.name.rsplit(None, 1)[-1].casefold()
        if m.kind != "person" and " " in m.name and last in _BROKER_WORDS:
            return m.name
    return None


_BROKER_WORDS: Final = frozenset(
    {"securities", "stockbrokers", "brokers", "brokerage", "markets", "capital", "equities"}
)
_CARRIER_WORDS: Final = frozenset(
    {
        "air", "airways", "airlines", "aviation", "rail", "railway", "railways", "railroad",
        "trains", "buses", "bus", "coaches", "ferries", "ferry", "trams", "shipping",
        "cruises",
    }
)  # fmt: skip
# Name words of a business or a club: a public body's word is none of those (_other_kind).
_OTHER_THAN_BODY: Final = _COMPANY_WORDS | _CARRIER_WORDS | _SPORT_CLUB_WORDS
_REGULATOR_HEADS: Final = frozenset({"regulator", "watchdog"})
# What the firms a regulator fines are called: "Cranmere Building Society", "Orme Mutual".
_REGULATED_WORDS: Final = _COMPANY_WORDS | frozenset(
    {"building", "society", "mutual", "mortgages", "loans", "lender"}
)


def lead_in(scene: Scene, start: int, floor: int) -> str | None:
    """Rule ``introduction``, in a paragraph: the subject of the sentence right before a quote.

    ``Ana Ruiz was defiant after the vote. “We will be back.”`` — a quote with
    no clause of its own that opens a sentence inside its paragraph, right
    after a reporter's sentence about one person, is theirs; so is one after
    an organisation's sentence that reports its words (``The FA said it would
    review the tackle. “We will look at the footage.”``). Nobody when that
    sentence names another person (``Ruiz met Tom Baines.``) or is about an
    organisation that does not speak in it (``The council closed the library.
    “It is a disgrace.”`` may quote anyone).
    """
    text, layout = scene.text, scene.layout
    open_pos = skip_marks_back(text, start)
    here = layout.sentence(open_pos)
    para_start = layout.paragraphs[layout.paragraph(open_pos)]
    begin = layout.starts[here]
    if open_pos <= para_start or open_pos - begin > 12:
        return None  # (bounded: a sentence can run on for ever in odd text)
    lead = text[begin:open_pos].strip(" \u00a0")
    if lead and not _beat(lead):
        return None
    sentence = layout.previous_sentence(here)
    if sentence < 0 or layout.starts[sentence] < max(para_start, floor):
        return None
    lo = layout.starts[sentence]
    if _opens_fronted(text, lo):
        # "Asked by analyst Yusuf Adeyemi about the contract, Ostby was frank.":
        # the main clause's subject; the names in the fronting clause are not others.
        subject, lo = _main_clause_subject(scene, lo, open_pos, lo)
    else:
        subject = _subject_of(scene, sentence, open_pos)
        if (
            subject is None
            or _opens_with_pronoun(text, lo)
            or _FRONTED_PRONOUN.match(text, lo, open_pos) is not None
        ):
            # "She faces Tom Baines in the final. “…”": she is the subject, not Baines;
            # "At the top, he talks about the night a ferry, the Grey Gull, …": he.
            subject = _pronoun_opening(scene, lo, open_pos, start) or subject
    if subject is not None and _wording_from_elsewhere(text[lo:open_pos]):
        return None  # "Ruiz opened the letter on Tuesday. “Your tenancy ends…”": its wording
    entities = scene.entities
    kind = entities.kinds.get(subject) if subject is not None else None
    if kind != "person" and not (
        kind == "org"
        and not cues.SPEECH_WORDS.isdisjoint(text[max(lo, open_pos - 400) : open_pos].split())
    ):
        return None  # an organisation's sentence leads to its words only if it speaks
    if kind == "person" and _pronoun_judges(scene, lo, open_pos):
        return subject
    i = bisect_left(entities.mention_starts, lo)
    for m in entities.mentions[i : i + 8]:
        if m.start >= open_pos:
            break
        if (
            m.name != subject
            and m.kind == "person"
            and not text.startswith(("'s", "’s"), m.end)  # "Ekwueme's opposite number"
        ):
            return None  # someone else in the sentence: whose words are these?
    return subject


# "The top reply came from @ward_liz:", "A kinder take came from Ana Ruiz." before a quote.
_CAME_FROM: Final = regex.compile(
    rf"(?:came|comes|arrived|was){_S}+from{_S}+(?P<who>{HANDLE.pattern}|{NAME_PATTERN})"
    rf"[.:]{_S}*\Z"
)
# "@night_nell later posted an update." opening the sentence before a quote.
_HANDLE_OPENS: Final = regex.compile(HANDLE.pattern + r"(?=[ \u00a0]+\p{Ll})")


def handle_lead(scene: Scene, start: int, floor: int) -> str | None:
    """Rule ``introduction``, for accounts: the handle that the words right before a
    quote say it comes from.

    Rule *a take comes from its account*: in stories built from a thread, ``The top
    reply came from @ward_liz: “…”`` and ``A kinder take came from @delta_sleeps.
    “…”`` give the account (or the name) after *came from*; ``@night_nell later posted
    an update. “…”`` gives the account opening the sentence before. Only in the
    quote's own paragraph, after the previous quote.
    """
    text, layout = scene.text, scene.layout
    open_pos = skip_marks_back(text, start)
    lo = max(floor, layout.paragraphs[layout.paragraph(open_pos)], open_pos - 200)
    if open_pos <= lo:
        return None
    # One substring search settles the common case (no "from" before the quote).
    came = _CAME_FROM.search(text, lo, open_pos) if text.find("from", lo, open_pos) >= 0 else None
    if came is not None:
        who = came.group("who")
        if who.startswith("@"):
            return who
        clean = clean_name(who, came.start("who"))
        return None if clean is None else scene.entities.named(clean.start, clean.name, clean.words)
    here = layout.sentence(open_pos)
    sentence_start = layout.starts[here]
    if open_pos - sentence_start > 200 or text[sentence_start:open_pos].strip(" \u00a0"):
        return None  # the quote does not open its sentence
    before = layout.previous_sentence(here)
    if before < 0 or layout.starts[before] < lo or text[layout.starts[before]] != "@":
        return None
    opens = _HANDLE_OPENS.match(text, layout.starts[before], open_pos)
    return None if opens is None else opens.group()


# A short place or time phrase fronting a sentence whose subject is he/she.
_FRONTED_PRONOUN: Final = regex.compile(
    rf"(?:At|In|On|Later|Back|Outside|Inside|Upstairs|Downstairs)\b[^,.;:!?\n\"“]{{0,30}},{_S}+"
    rf"(?=(?:he|she){_S})."
)
# A beat before the words of the person the sentence before is about: "X is silent. Then: “…”"


def _opens_with_pronoun(text: str, lo: int) -> bool:
    """True when the sentence at ``lo`` opens with *He* or *She*, its subject."""
    return text.startswith(("He ", "She "), lo)


def _pronoun_opening(scene: Scene, lo: int, end: int, quote: int) -> str | None:
    """``He is already at work on the next one. “…”``: the person a sentence's
    opening he/she stands for, unless the sentence tells what befell them
    (``She was taken to hospital.``) or the quote at ``quote`` speaks of them
    (``He has scored 20 goals. “He is the best I have coached.”``)."""
    text = scene.text
    fronted = _FRONTED_PRONOUN.match(text, lo, end)
    if fronted is not None:
        lo = fronted.end() - 1  # "At the top, he talks about the night …": the pronoun
        word = text[lo : lo + 4].capitalize()
    else:
        word = text[lo : lo + 4]
    if (
        not _opens_with_pronoun(word, 0)  # capitalised after a fronted phrase
        or _befalls(text[lo:end])
        or _wording_from_elsewhere(text[lo:end])
    ):
        return None
    pronoun = word.split(None, 1)[0]
    if text[quote : quote + 4].split(None, 1)[:1] == [pronoun]:
        return None
    person = _person(scene, lo, "m" if pronoun == "He" else "f")
    if person is None or _spoken_of(scene, person, text[quote : quote + 200]):
        return None
    return person


# First words of a clause fronting a sentence: "Asked about his future, the
# 31-year-old smiled." / "Speaking after the game, Ruiz was upbeat."
_FRONTING: Final = frozenset(
    {"asked", "pressed", "questioned", "quizzed", "challenged", "speaking", "talking",
     "responding", "reacting", "reflecting", "discussing", "addressing", "turning",
     "looking", "when", "after", "on", "about", "despite"}
)  # fmt: skip


def narration(scene: Scene, start: int, floor: int) -> str | None:
    """Rule ``introduction``, across paragraphs: a quote paragraph after one about its speaker.

    ``Asked whether he would return, Farrow laughed.`` / ``“Never say
    never.”`` — a quote with no clause that opens its paragraph, right after
    a reporter's paragraph that quotes nothing and whose last sentence is
    about one person (or an organisation that speaks in it), is theirs:
    news writing puts the speaker in the line before and lets the next
    paragraph be their words. Nobody when that sentence names another
    person, or ends in a question (an interview's, see :func:`answer`).
    """
    text, layout = scene.text, scene.layout
    here = layout.paragraph(start)
    if here == 0:
        return None
    para_start = layout.paragraphs[here]
    if text[para_start:start].strip(" \t\u00a0" + MARKS):
        return None
    intro_start = layout.paragraphs[here - 1]
    if intro_start < floor:
        return None  # a quote in between: continuation's business
    intro_end = len(text[intro_start:para_start].rstrip()) + intro_start
    if intro_end <= intro_start or text[intro_end - 1] not in ".!":
        return None
    if any(mark in text[intro_start:intro_end] for mark in _OPENING_MARKS):
        return None
    sentence = layout.sentence(intro_end - 1)
    lo = max(layout.starts[sentence], intro_start)
    subject: str | None = None
    if _opens_fronted(text, lo):
        subject, lo = _main_clause_subject(scene, lo, intro_end, layout.starts[sentence])
    else:
        # "Vale grew up in Newry. Her father ran a shop.": the last sentence that
        # has a subject, among the paragraph's last three.
        for _ in range(3):
            opening = max(layout.starts[sentence], intro_start)
            subject = _subject_of(scene, sentence, intro_end)
            if subject is not None and _opens_with_pronoun(text, opening):
                # "She faces Tom Baines in the final.": she, not the name after the verb.
                subject = _pronoun_opening(scene, opening, intro_end, start) or subject
            if subject is not None or layout.starts[sentence] <= intro_start:
                break
            sentence = layout.previous_sentence(sentence)
        lo = max(layout.starts[sentence], intro_start)
    if subject is None or _befalls(text[lo:intro_end]):
        return None  # "Ruiz, 34, died in hospital.": a sentence about them, not by them
    if _wording_from_elsewhere(text[lo:intro_end]):
        return None  # "Ruiz received an email from her landlord.": the email's wording
    following = layout.paragraphs[here + 1] if here + 1 < len(layout.paragraphs) else len(text)
    if _spoken_of(
        scene, subject, text[start:following], _owner_of_kin(scene, subject, lo, intro_end)
    ) and not (
        # Rule *a body's statement names the body*: "In a statement, Pathwise Authority
        # said…" then "“Pathwise Authority reviews every site…”" is its own wording.
        scene.entities.kinds.get(subject) == "org"
        and "statement" in text[lo:intro_end].casefold()
    ):
        return None  # "“She was a wonderful mother.”": words about them, so not theirs
    return _sole_subject(scene, subject, lo, intro_end)


def _wording_from_elsewhere(sentence: str) -> bool:
    """True when a sentence says its subject got a document from someone or put up a
    sign (``She received a letter from the council.``, ``He opened the email.``, ``He put
    up a sign.``): a
    quote after it is that document's or sign's wording, not the subject's words.
    Documents counted in the plural (``He said the ministry had received 2,000
    complaints from parents.``, ``hundreds of letters``) are a tally, no one
    document whose wording could follow.

    >>> _wording_from_elsewhere("She received a letter from the council.")
    True
    >>> _wording_from_elsewhere("He said they had received 2,000 complaints from parents.")
    False
    """
    words = [w.strip(".,;:!?").casefold() for w in sentence.split()]
    for i, word in enumerate(words):
        if word in cues.SIGN_NOUNS:
            return True
        if word.endswith("s") and _counted(words, i):
            continue  # "received 900 complaints": a tally, not a document's wording
        if word.rstrip("s") in cues.DOCUMENT_NOUNS and (
            "from" in words[i + 1 : i + 3]
            or _RECEIVES_DOCUMENT & set(words[:i])
        ):
            return True
    return False


_TALLY_WORDS: Final = frozenset({"dozens", "hundreds", "thousands", "scores", "millions"})


def _counted(words: Sequence[str], i: int) -> bool:
    """True when ``words[i]`` follows a count: a number (``2,000 complaints``) or
    ``hundreds of``."""
    if i >= 1 and any(ch.isdigit() for ch in words[i - 1]):
        return True
    return i >= 2 and words[i - 1] == "of" and words[i - 2] in _TALLY_WORDS


def _opens_fronted(text: str, lo: int) -> bool:
    """True when the sentence at ``lo`` opens with a fronting clause (``Asked…``)."""
    first = text[lo : lo + 16].split(None, 1)
    return bool(first) and first[0].casefold() in _FRONTING


def _main_clause_subject(
    scene: Scene, lo: int, end: int, sentence_start: int
) -> tuple[str | None, int]:
    """The subject opening the main clause after a fronting clause, and where it starts.

    ``Asked about the fitness of Tom Wren, who limped off, the 52-year-old was
    cautious.``: the main clause's subject, after one of the commas; names in the
    fronting clause are not it.
    """
    text = scene.text
    subject: str | None = None
    comma = text.find(",", lo, end)
    while subject is None and 0 <= comma < end:
        lo = comma + 1
        while lo < end and text[lo] in " \u00a0":
            lo += 1
        subject = _clause_subject(scene, lo, end, sentence_start)
        comma = text.find(",", lo, end)
    return subject, lo


# ", whose farm would be split by the road,": what befell the subject's own, not the subject.
_WHOSE_CLAUSE: Final = regex.compile(r",[ \u00a0]+whose[ \u00a0][^,.;:]*,")


def _befalls(sentence: str) -> bool:
    """True when a sentence tells what happened to its subject: a passive verb
    (``was arrested``, ``has been named``) or a verb of fate (``died``, ``found``).

    A *whose* clause between commas tells what befell something the subject owns, not
    the subject (``Ivo Marr, whose farm would be split by the road, told the Gazette…``).

    >>> _befalls("Ivo Marr, whose farm would be split by the road, told us he was glad.")
    False
    >>> _befalls("Ivo Marr, 61, was arrested on Monday.")
    True
    """
    words = [w.strip(".,;:!?").casefold() for w in _WHOSE_CLAUSE.sub(",", sentence).split()]
    cut = next(
        (i + (w in cues.SPEECH_WORDS) for i, w in enumerate(words)
         if w in _SUBORDINATORS or w in cues.SPEECH_WORDS),
        len(words),
    )  # fmt: skip
    # "She added that the songs were written at home.", "Mila said she was keen to
    # start a family.": what follows a subordinator or a speech verb is not her fate.
    words = words[:cut]
    for before, word in zip(["", *words], words, strict=False):
        if word in cues.FATE_VERBS:
            return True
        if (
            before in cues.PASSIVE_AUXILIARIES
            and word.endswith(("ed", "en", "wn"))
            and word not in cues.STATE_PARTICIPLES
            and word not in _NO_PARTICIPLES
        ):
            return True
    return False


# Adjectives and adverbs with a participle's ending: "was keen", "is often", "were open".
_NO_PARTICIPLES: Final = frozenset({"keen", "open", "even", "often", "green", "golden"})


_SUBORDINATORS = frozenset(
    {"that", "which", "who", "whom", "because", "after", "before", "when", "while", "if",
     "where", "since", "until", "although", "though"}
)  # fmt: skip


def _spoken_of(scene: Scene, subject: str, quote: str, owner: str | None = None) -> bool:
    """True when a quote names ``subject`` or opens with their he/she (``“She was a
    wonderful mother”``): someone else speaking about them. A he/she later in the quote
    is too often a third person the speaker talks about (``he will not be ready``).
    ``owner``: a person of the subject's gender whose relation the subject was
    introduced as (``Rosie's old teacher, Janet Hollis``), whom the he/she may be."""
    split = quote.split()
    words = {w.strip(".,;:!?'’“”\"").casefold() for w in split}
    if words & {w.casefold() for w in subject.split() if w[:1].isupper() and len(w) > 2}:
        return True
    gender = scene.entities.gender.get(subject)
    if owner is not None:
        return False  # rule *a relation speaks of whose relation they are*
    opening = split[0].strip("“”\"'‘’").casefold() if split else ""
    return opening == {"m": "he", "f": "she"}.get(gender or "", "-")


def _owner_of_kin(scene: Scene, subject: str, lo: int, end: int) -> str | None:
    """Rule *a relation speaks of whose relation they are*: the person, of ``subject``'s
    gender, whose possessive opens the sentence at ``lo`` before the subject's name
    (``Rosie's former teacher, Janet Hollis, 58, was in the queue.``), else None. A
    quote after it opening with *she* is the teacher's words about Rosie, not words
    about the teacher.
    """
    gender = scene.entities.gender.get(subject)
    if gender is None:
        return None
    entities = scene.entities
    i = bisect_left(entities.mention_starts, lo)
    mentions = entities.mentions
    if i + 1 >= len(mentions) or mentions[i + 1].start >= end:
        return None
    owner, named = mentions[i], mentions[i + 1]
    if (
        named.name != subject
        or owner.kind != "person"
        or owner.name == subject
        or scene.text[lo : owner.start].strip(' \u00a0"“‘(')
        or not scene.text.startswith(("'s ", "’s "), owner.end)
        or named.start - owner.end > 60
        or entities.gender.get(owner.name) != gender
    ):
        return None
    return owner.name


def _clause_subject(scene: Scene, lo: int, end: int, sentence_start: int) -> str | None:
    """The person or organisation a main clause at ``lo`` opens with, or None.

    A name there, ``he``/``she`` (resolved before the sentence, so not to a
    name in the fronting clause), or a description (``the 52-year-old``).
    """
    text, entities = scene.text, scene.entities
    word = text[lo : lo + 4].casefold()
    if word.startswith(("he ", "she ")):
        return _person(scene, sentence_start, "m" if word.startswith("he ") else "f")
    if word.startswith("the "):
        return _opening_description(scene, lo, end)
    if word.startswith(("a ", "an ")):
        return _opening_spokesperson(scene, lo, end, sentence_start)
    i = bisect_left(entities.mention_starts, lo)
    if i < len(entities.mentions) and entities.mentions[i].start == lo:
        m = entities.mentions[i]
        if m.kind in ("person", "org") and not entities.addressed(m.start):
            return m.name
    return None


def _opening_spokesperson(scene: Scene, lo: int, end: int, sentence_start: int) -> str | None:
    """Rule *a fronted statement given by a spokesperson is the body's*: ``In a statement,
    a council spokesperson said a plan would follow.`` — the body the spokesperson speaks
    for (rule ``spokesperson``) issued the statement a later ``the statement said`` names;
    a main clause opened by *a*/*an* and no spokesperson's noun before its speech verb
    gives None.

    >>> text = "Kelby Council met. In a statement, a council spokesperson said no."
    >>> at = text.index("a council")
    >>> _opening_spokesperson(Scene(text, []), at, len(text), text.index("In"))
    'Kelby Council'
    """
    words = word_spans(scene.text, lo, end)[:8]
    for k, (word, _, _) in enumerate(words):
        if fold(word.rstrip(",:")) in cues.SPEECH_WORDS:
            if k == 0:
                return None
            phrase = speaker_phrase(scene.text, lo, words[k - 1][2])
            if phrase is None or phrase.kind != "np" or phrase.head not in cues.SPOKESPERSON_NOUNS:
                return None
            return spokesperson(scene, phrase, sentence_start)
    return None


# Verbs by which a subject judges or thanks the person it names, then speaks of
# them: "Osei also singled out goalkeeper Tom Ridley." The speech verbs and the
# naming verbs of cues (praised, hailed, criticised) count too.
_JUDGING: Final = frozenset(
    {"singled", "thanked", "blamed", "credited", "defended", "backed", "lauded", "paid"}
) | (frozenset(cues.CUE_FORMS) - {"asked", "asks"})  # whoever was asked answers


# Nouns of praise or thanks in a predicate that judges whom it names: "reserved special
# praise for", "heaped praise on", "had warm thanks for".
_PRAISE_NOUNS: Final = frozenset({"praise", "thanks", "tribute", "tributes"})


def _judges(text: str, name_end: int, end: int) -> bool:
    """True when the verb right after a name (``also`` or an adverb between) judges,
    thanks or speaks about someone: ``Osei also singled out``, ``Ruiz praised``, or
    when a noun of praise comes within four words (``Osei reserved special praise
    for``).

    >>> _judges("Osei reserved special praise for Tom Ridley.", 4, 44)
    True
    >>> _judges("Osei met Tom Ridley.", 4, 20)
    False
    """
    words = text[name_end : min(end, name_end + 50)].split()[:4]
    if not _PRAISE_NOUNS.isdisjoint(word.strip(",") for word in words):
        return True
    for word in words[:3]:
        word = word.strip(",")
        if word in _JUDGING:
            return True
        if word not in cues.ADVERBS and word != "also":
            return False
    return False


# "He" or "she" as the subject of a sentence, after anything that fronts it.
_SUBJECT_PRONOUN: Final = regex.compile(r"(?<![\p{L}'’])(?:[Hh]e|[Ss]he)(?=[ \u00a0])")


def _pronoun_judges(scene: Scene, lo: int, end: int) -> bool:
    """True when the sentence at ``lo`` has *he* or *she* for its subject, before any
    name, and the verb after it judges or thanks (:func:`_judges`).

    Rule *a pronoun's praise is its own*: ``In the same post, she thanked her coach
    Ida Brill.`` and ``She saved special praise for Brill.`` are about Brill, and a
    quote after them in the same paragraph is in the words of whom *she* stands
    for, as after ``Osei thanked Brill.``; ``She met Ida Brill.`` still leaves the
    quote no one's, and so does a paragraph break between (rule *introduction*
    across paragraphs keeps its own test).
    """
    text, entities = scene.text, scene.entities
    pronoun = _SUBJECT_PRONOUN.search(text, lo, min(end, lo + 60))
    if pronoun is None:
        return False
    i = bisect_left(entities.mention_starts, lo)
    if i < len(entities.mentions) and entities.mentions[i].start < pronoun.start():
        return False
    return _judges(text, pronoun.end(), end)


def _sole_subject(scene: Scene, subject: str | None, lo: int, end: int) -> str | None:
    """``subject`` when it is a person, or an organisation with a speech verb in
    ``text[lo:end]``, and no other person is named there, except in a possessive
    or a relative clause about the subject (``The presenter, who has two children
    with Tom Pike, said…``)."""
    if subject is None:
        return None
    text, entities = scene.text, scene.entities
    kind = entities.kinds.get(subject)
    if kind != "person" and not (
        kind == "org" and not cues.SPEECH_WORDS.isdisjoint(text[max(lo, end - 400) : end].split())
    ):
        return None
    aside = text.find(", who", lo, end)
    aside_end = text.find(",", aside + 2, end) if aside >= 0 else -1
    i = bisect_left(entities.mention_starts, lo)
    for m in entities.mentions[i : i + 8]:
        if m.start >= end:
            break
        if m.name == subject:
            if _judges(text, m.end, end):
                return subject  # "Osei singled out Tom Ridley.": her words about him
            continue
        if aside < m.start < aside_end:
            continue
        # Someone else in the sentence ("spoke to Tom Baines", an untyped full
        # name too): whose words are these?
        other = m.kind == "person" or (m.kind == "unknown" and " " in m.name)
        if other and not text.startswith(("'s", "’s"), m.end):
            return None
    return subject


_INTRODUCES: Final = regex.compile(
    r"(?:in[ \u00a0]+full|below|as[ \u00a0]+follows|key[ \u00a0]+part|reads?|excerpt)"
    r"[^\n]{0,40}[.:][ \u00a0]*\Z",
    regex.IGNORECASE,
)


def _earlier_document_issuer(scene: Scene, document: Span, intro_start: int) -> str | None:
    """Rule *the letter is the one the story mentioned*: the issuer of the document an
    introduction names with *the* (``Here is the letter in full:``, ``Here is the key line
    from the filing:``), found where the story first brings that document in, with *a*
    or *an* and up to three words before the noun, within ``_NEAR`` characters before the
    introduction: ``Arnaud announced her departure in a letter to staff.`` → Arnaud, not
    the firm named last; None when no such mention or it names no issuer.

    >>> t = ("Ana Ruiz quit in a letter to staff. A review by Kell Law starts soon.\\n\\n"
    ...      "Here is the letter in full:\\n\\n“I am going.”")
    >>> scene = Scene(t, [])
    >>> at = t.index("the letter in") + 4
    >>> _earlier_document_issuer(scene, (at, at + 6), t.index("Here"))
    'Ana Ruiz'
    """
    text = scene.text
    if not text.endswith("the ", max(0, document[0] - 20), document[0]) and (
        _DEFINITE_DOCUMENT.search(text, max(0, document[0] - 40), document[0]) is None
    ):
        return None
    noun = text[document[0] : document[1]].casefold()
    lo = max(0, intro_start - _NEAR)
    earlier = latest_document(scene, lo, intro_start, noun)
    if earlier is None:
        return None
    if _INDEFINITE_DOCUMENT.search(text, max(lo, earlier[0] - 60), earlier[0]) is None:
        return None
    return _issuer_at(scene, earlier[0])


# "the letter", "the key line from the filing": *the* and up to three words before the noun.
_DEFINITE_DOCUMENT: Final = regex.compile(
    rf"(?<![\p{{L}}])the{_S}+(?:[\p{{Ll}}\-]+{_S}+){{0,3}}(?:from{_S}+the{_S}+)?\Z",
    regex.IGNORECASE,
)
# "in a letter", "in a stock exchange filing": *a* or *an* and up to three lower-case words.
_INDEFINITE_DOCUMENT: Final = regex.compile(
    rf"(?<![\p{{L}}])an?{_S}+(?:[\p{{Ll}}\-]+{_S}+){{0,3}}\Z"
)


# "the brand's Instagram account", "Ruiz's official Facebook page": an owner, then the
# account it posts from.
_OWNED_ACCOUNT: Final = regex.compile(
    rf"['’]s{_S}+(?:official{_S}+|own{_S}+|verified{_S}+)?"
    rf"(?:(?:{cues.PLATFORM_PATTERN}|social{_S}+media|[Ww]eb{_S}?site|online)"
    rf"{_S}+)?(?:account|page|feed|channel|profile|website|site|blog)(?![\p{{L}}])"
)


def _account_owner(scene: Scene, lo: int, hi: int) -> str | None:
    """Rule *a statement posted on an account is its owner's*: the owner of the account
    an introduction says the statement was posted on, ``Here is the statement in full, as
    posted on the brand's Instagram account:`` → the brand in view (``the brand's`` is
    resolved as ``the brand`` is), ``…on Kelby Rovers' website:`` → Kelby Rovers; None
    when the introduction names no owned account or its owner is no one known.

    >>> t = ("Orla Vance has pulled its campaign. Critics at the Penn Trust were angry.\\n\\n"
    ...      "Here is the statement, as posted on the brand's Instagram account:\\n\\n“Sorry.”")
    >>> _account_owner(Scene(t, []), t.index("Here"), t.index(":\\n"))
    'Orla Vance'
    """
    text = scene.text
    if text.find("'s ", lo, hi) < 0 and text.find("’s ", lo, hi) < 0:
        return None  # the common case: no possessive, one or two substring searches
    found = None
    for match in _OWNED_ACCOUNT.finditer(text, lo, hi):
        if scene.layout.outside_quotes(match.start()):
            found = match
    if found is None:
        return None
    return _possessor(scene, lo, found.start() + 2, found.start())


def introduction(scene: Scene, start: int, floor: int) -> str | None:
    """Rule ``introduction``: the issuer named by the paragraph introducing a statement in full.

    ``The company’s statement in full:`` / ``Read Ruiz’s statement below.`` /
    ``The trust has issued a statement. This is the relevant passage:`` — a quote
    opening its paragraph right after a reporter's paragraph ending in a colon
    (or saying the text follows in full) is the introduced statement. Its
    speaker is the issuer of the statement or post that paragraph names, else
    the subject of its last sentence.
    """
    text = scene.text
    here = scene.layout.paragraph(start)
    para_start = scene.layout.paragraphs[here]
    if here == 0 or text[para_start:start].strip(" \t\u00a0" + MARKS):
        return None
    intro_start = scene.layout.paragraphs[here - 1]
    if intro_start < floor:
        return None
    intro = text[intro_start:para_start].rstrip()
    if not intro or not (intro.endswith(":") or _INTRODUCES.search(intro) is not None):
        return None
    intro_end = intro_start + len(intro)
    document = latest_document(scene, max(intro_start, intro_end - _NEAR), intro_end)
    if document is not None:
        issuer = _issuer_at(scene, document[0])
        if issuer is not None:
            return issuer
    sentence = scene.layout.sentence(intro_end - 1)
    if topic_label(text[max(intro_start, scene.layout.starts[sentence]) : intro_end].strip()):
        return None  # "On the fitness of Jonjo Maddrell:": whom the answer is about
    while sentence >= 0 and scene.layout.starts[sentence] >= intro_start:
        subject = _subject_of(scene, sentence, intro_end)
        if subject is not None:
            return subject
        sentence -= 1
    if document is not None:
        issuer = _account_owner(scene, intro_start, intro_end) or _earlier_document_issuer(
            scene, document, intro_start
        )
        if issuer is not None:
            return issuer
        # "Here is the statement in full:" names no issuer: the organisation
        # the sentences before are about issued it.
        sentence = scene.layout.previous_sentence(scene.layout.sentence(intro_start))
        for _ in range(2):
            if sentence < 0:
                break
            subject = _subject_of(scene, sentence, intro_start)
            if subject is not None and scene.entities.kinds.get(subject) == "org":
                return subject
            sentence = scene.layout.previous_sentence(sentence)
        org = scene.entities.salient_org(intro_start)
        if org is not None:
            return org
    return None


# A quote ending its line, then a line that signs it: "— Councillor Ann Ray, on the budget".
_SIGNED_LINE: Final = regex.compile(
    r"[\"”’'.,!?]*[ \u00a0]*\n[ \u00a0]*[—–―][ \u00a0]*(?P<who>[^,;(\n—–]{2,80})"
    r"(?=[,;(\n]|\Z|[ \u00a0]+[—–])"
)


def _signed_line(scene: Scene, signed: regex.Match[str]) -> str | None:
    """The speaker a dash line signs: ``— Councillor Ann Ray, on the budget`` → Ann Ray;
    ``— A spokesperson for the Hexham Show, after …`` → the Hexham Show.

    Rule *a round-up signs each quote*: weekly round-ups, quote boxes and pull quotes
    print a quote on its own line and the speaker on the next, after a dash. The
    phrase before the first comma is read as a clause's subject would be.
    """
    start, end = signed.span("who")
    phrase = speaker_phrase(scene.text, start, end)
    if phrase is None or phrase.kind == "pronoun":
        return None
    return resolve(scene, phrase, start)[0]


_AFTERWORD: Final = regex.compile(
    r"[\"”’'.,!?]*\s{0,4}"
    r"(?:(?:That|This|Those|These|Such)[ \u00a0]+(?:was|were|is|are|has[ \u00a0]+been)[ \u00a0]+"
    r"(?:the[ \u00a0]+|an?[ \u00a0]+)?(?:\p{Ll}[\p{Ll}\-]*[ \u00a0]+){0,2}?"
    r"(?P<noun>\p{Ll}+)[ \u00a0]+(?:of|from)"
    r"|So[ \u00a0]+(?:said|says))[ \u00a0]+"
    r"(?P<lead>(?:\p{Ll}[\p{Ll}\-]*[ \u00a0]+){0,3})"
)


# Rule *words said by someone, after them*: "“We expected arrests.” The words were shouted
# by one protester, a former teacher called Bram Oakes, …" / "The remarks were made by
# Ivo Tran" — a speech noun, a passive speech verb and *by*, then the name: after at most
# three lower-case words (a role), or after one of a crowd and the name they go by.
_UTTERED: Final = frozenset({"made", "spoken", "uttered", "delivered", "chanted"})
_PASSIVE_AFTERWORD: Final = regex.compile(
    r"[\"”’'.,!?]*\s{0,4}(?:The|Those|These|His|Her|Their)[ \u00a0]+(?P<noun>\p{Ll}+)[ \u00a0]+"
    r"(?:was|were|had[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+(?:\p{Ll}+ly[ \u00a0]+)?"
    r"(?P<verb>\p{Ll}+)[ \u00a0]+by[ \u00a0]+"
    r"(?:(?:one|an?|the)[ \u00a0]+[\p{Ll}\-]+,[ \u00a0]+(?:an?[ \u00a0]+)?"
    r"(?:[\p{L}\-]+[ \u00a0]+){0,3}?(?:named|called)[ \u00a0]+"
    r"|(?:\p{Ll}[\p{Ll}\-]*[ \u00a0]+){0,3})"
)


# A sign-off ending a note, sign or letter printed in full: "Love, Rosie x",
# "Thanks, Tom", "Best wishes, Ana Ruiz" (a kiss or two may follow the name).
_SIGN_OFF: Final = regex.compile(
    rf"(?:\A|[.!?,…]){_S}+(?:With{_S}+)?(?:[Ll]ove|[Tt]hanks|[Tt]hank{_S}+you|[Cc]heers|[Rr]egards"
    rf"|[Kk]ind{_S}+regards|[Bb]est{_S}+wishes|[Bb]est|[Yy]ours|[Mm]any{_S}+thanks)[,!]?{_S}+"
    rf"(?P<name>\p{{Lu}}[\p{{Ll}}'’\-]+(?:{_S}+\p{{Lu}}[\p{{Ll}}'’\-]+)?)"
    rf"(?:{_S}*(?:x+|X+))?[.!]?{_S}*\Z"
)


def signed_off(scene: Scene, spans: Sequence[Span]) -> str | None:
    """Rule *a signed note is its signer's*: the person the article named whose name
    signs off a sign's, note's or letter's words (``a handwritten sign in the window
    read: “Sold out! Back at 8. Love, Rosie x”`` → Rosie Pendleton), else None.

    >>> text = "Chef Rosa Penn shut early. A sign on the door read: “Sold out! Love, Rosa x”"
    >>> spans = ((text.index("Sold"), len(text) - 1),)
    >>> signed_off(Scene(text, [Quote(id="q", doc_id="d", text="", spans=spans)]), spans)
    'Rosa Penn'
    """
    if not spans:
        return None
    start, end = spans[-1]
    end = len(scene.text[start:end].rstrip(" \u00a0" + MARKS)) + start
    found = _SIGN_OFF.search(scene.text, max(start, end - 60) - 1, end)
    if found is None or found.start("name") < start:
        return None
    name = found.group("name")
    entities = scene.entities
    full = entities.named(found.start("name"), name, tuple(name.split()))
    if full is None or entities.kinds.get(full) != "person":
        return None
    return full


def afterword(scene: Scene, end: int) -> str | None:
    """Rule ``afterword``: the person or organisation the sentence right after a quote names.

    ``“We couldn't let it close.”`` then ``That was the verdict of Glenna
    Morrow, …`` / ``So says chef Ana Ruiz.``: a quote with no clause whose
    next sentence opens by saying whose words they were is theirs: a speech
    noun (``verdict``, ``message``, ``words``) then ``of``/``from``, or ``So
    says``, then the name, after at most three lower-case words such as a
    role (``baker Ivo Tran``) and none a function word (``critics of Tom
    Baines`` are not Baines). ``That was the year of Ruiz's debut`` names a person too, but as no
    one's words.
    """
    signed = _SIGNED_LINE.match(scene.text, end, min(len(scene.text), end + 200))
    if signed is not None:
        return _signed_line(scene, signed)
    window = min(len(scene.text), end + 160)
    # str.find first: the passive pattern needs its "by", and most quotes have none after.
    found = None if scene.text.find("by", end, window) < 0 else _PASSIVE_AFTERWORD.match(
        scene.text, end, window
    )
    if found is not None and (
        found.group("noun") in cues.SPEECH_NOUNS
        and (found.group("verb") in cues.SPEECH_FORMS or found.group("verb") in _UTTERED)
    ):
        m = scene.entities.mention_at(found.end())
        return m.name if m is not None and m.kind == "person" else None
    found = _AFTERWORD.match(scene.text, end, min(len(scene.text), end + 120))
    if found is None or (found.group("noun") or "words") not in cues.SPEECH_NOUNS:
        return None
    if any(w in cues.STOPWORDS for w in found.group("lead").split()):
        return None  # "the message from critics of Tom Baines": not Baines's words
    entities = scene.entities
    i = bisect_left(entities.mention_starts, found.end())
    if i < len(entities.mentions):
        m = entities.mentions[i]
        if m.start == found.end() and m.kind in ("person", "org"):
            return m.name
    return None


# Rule *a claim and its maker*: "A claim that the bridge cost “three times the budget”
# has been shared 20,000 times." then "The claim was made by councillor Ivo Dunford…".
_CLAIM_NOUNS: Final = "claim|allegation|suggestion|assertion|remark|comment|boast|warning"
_CLAIM_OPENING: Final = regex.compile(
    rf"[\s\"“‘(]*(?:An?|The){_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,2}}?(?P<noun>{_CLAIM_NOUNS})"
    rf"{_S}+that{_S}"
)
_CLAIM_MADE: Final = regex.compile(
    rf"[\s\"“‘(]*(?:The|That|This){_S}+(?:\p{{Ll}}+{_S}+)?(?P<noun>{_CLAIM_NOUNS})s?{_S}+"
    rf"(?:was|were|had{_S}+been){_S}+(?:first{_S}+)?made{_S}+by{_S}+"
    rf"(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+){{0,3}}"
)


def claim_maker(scene: Scene, start: int, end: int) -> str | None:
    """Rule ``afterword``, for a claim: who made the claim a quote is printed in.

    ``A claim that the bridge cost “three times the budget” has been shared 20,000
    times.`` then, within the next three sentences, ``The claim was made by councillor
    Ivo Dunford in a video`` → Ivo Dunford: the sentence holding the quote opens with
    a claim (an allegation, a remark…) *that*, and a later one says who made it.

    >>> text = "A claim that it cost “a fortune” spread. The claim was made by Ivo Dunford."
    >>> claim_maker(Scene(text, []), text.index("a fortune"), text.index("” spread"))
    'Ivo Dunford'
    """
    layout, text = scene.layout, scene.text
    here = layout.sentence(start)
    opening = _CLAIM_OPENING.match(text, layout.starts[here], start)
    if opening is None:
        return None
    last = layout.sentence(end)
    paragraph = layout.paragraph(end)
    for sentence in range(last + 1, min(last + 4, len(layout.starts))):
        lo = layout.starts[sentence]
        if layout.paragraph(lo) > paragraph + 1:
            break
        made = _CLAIM_MADE.match(text, lo, min(len(text), lo + 120))
        if made is None or made.group("noun") != opening.group("noun"):
            continue
        m = scene.entities.mention_at(made.end())
        return m.name if m is not None and m.kind in ("person", "org") else None
    return None


def continuation(
    scene: Scene, previous: Sequence[Span], speaker: str | None, spans: Sequence[Span]
) -> str | None:
    """Rule ``continuation``: the previous quote's ``speaker``, when this quote carries on
    its statement.

    ``previous`` is the previous quote's spans (empty when there is none or
    it was an embedded post). The quote must follow it in the same paragraph,
    or open the next one, with no other person named in between.
    """
    if not previous or speaker is None:
        return None
    text = scene.text
    prev_end = previous[-1][1]
    start = spans[0][0]
    if prev_end > start:
        return None
    if _CROWD_AFTER.match(text, spans[-1][1], min(len(text), spans[-1][1] + 60)) is not None:
        return None  # "“Almsted, Almsted!” rang around the ground": a chant, nobody's words
    here, there = scene.layout.paragraph(start), scene.layout.paragraph(prev_end)
    if here != there and _asked_after(scene, prev_end, there):
        return _earlier_answer(scene, text, start, here, there)
    if here != there:
        para_start = scene.layout.paragraphs[here]
        opening = text[para_start : skip_marks_back(text, start)].strip(" \t\u00a0")
        if here - there >= 3 and _time_line(scene, there + 1) and _topic_header(scene, there + 2):
            there += 1  # "14:06" ⏎ "On the fitness of Jonjo Maddrell:": a new entry's topic
        headed = _topic_header(scene, there + 1)
        if (opening and not _answer_label(opening) and not _beat(opening)) or not (
            here - there == 1
            or (
                here - there == 2
                and (
                    headed
                    or _about(scene, there + 1, speaker)
                    or _question(scene, there + 1)
                    or _interview_prompt(scene, there + 1)
                )
            )
            or (here - there == 3 and headed and _question(scene, there + 2))
        ):
            return None
        if headed:
            # "On Villarejo's first month:": a topic header names whom the answer is about
            prev_end = scene.layout.paragraphs[there + 2]
    if _coordinated_that(text, prev_end, start):
        return speaker  # "… had made “…” of Ana Ruiz and that there was “…”": one verb's
    mentions = scene.entities.mentions
    i = bisect_right(scene.entities.mention_starts, prev_end)
    while i < len(mentions) and mentions[i].start < start:
        m = mentions[i]
        if (
            m.kind == "person"
            and m.name != speaker
            and not _conveyor(text, prev_end, m.start)
            and not _speakers_kin(text, prev_end, m.start, m.end)
        ):
            return None
        i += 1
    return speaker


# "his wife, Diane", "her eldest son, Tom": a kinship noun owned by a pronoun, a comma,
# and the name in apposition, closed by a comma or the sentence's end.
_KIN_APPOSITIVE: Final = regex.compile(
    rf"\b(?:his|her|their){_S}+(?:\p{{Ll}}[\p{{Ll}}\-]*{_S}+)?(?P<kin>\p{{Ll}}+),{_S}+$"
)


def _speakers_kin(text: str, lo: int, start: int, end: int) -> bool:
    """Rule *the speaker's kin in the speaker's clause do not speak*: True when the
    person named at ``start:end`` is a relative given in apposition within the clause of
    the quote before (ending at ``lo``), in its sentence: ``“…,” said Ivo Brandt, who
    sheltered in the cellar with his wife, Lotte. “…”`` — the next part is still
    Brandt's, the wife being background to him.

    >>> t = "“Go,” said Ivo Brandt, who hid with his wife, Lotte. “Now.”"
    >>> _speakers_kin(t, 4, t.index("Lotte"), t.index("Lotte") + 5)
    True
    >>> t = "“Go,” said Ivo Brandt. His wife, Lotte, shook her head. “Now.”"
    >>> _speakers_kin(t, 4, t.index("Lotte"), t.index("Lotte") + 5)
    False
    """
    if _SENTENCE_BREAK.search(text, lo, start) is not None:
        return False  # the name is in a sentence of its own, which may introduce it
    found = _KIN_APPOSITIVE.search(text, max(lo, start - 40), start)
    if found is None:
        return False
    kin = found.group("kin")
    if cues.family_gender(kin) is None and kin not in _KIN_EITHER:
        return False
    return text[end : end + 1] in (",", ".")


_KIN_EITHER: Final = frozenset({"partner", "spouse", "cousin", "child", "parent", "grandchild"})
_SENTENCE_BREAK: Final = re.compile(r"[.!?][\"”’']?[ \u00a0\n]+[\"“‘']?[A-Z]")


# "… and that", "… but also that", "… and added that": a second clause of what was said,
# joined to the first by a conjunction, with no subject of its own before "that".
_AND_THAT: Final = regex.compile(
    rf"(?<![\p{{L}}])(?:and|but){_S}+(?:also{_S}+|then{_S}+)?"
    rf"(?:(?P<verb>\p{{Ll}}+){_S}+)?that(?![\p{{L}}'’])"
)


def _coordinated_that(text: str, lo: int, hi: int) -> bool:
    """Rule *a second that-clause is the first one's*: True when the words ``lo:hi``
    between two quotes, in one sentence, join a second clause of reported speech to the
    first with *and that* or *but that* (or *and* and a speech verb with no subject
    before *that*: ``but concluded that``). ``Reid said the tackle made “…” with Ivo
    Dane's head and that there was “…”`` — both are Reid's, though Dane is named between.

    >>> t = "“a” of Ivo Dane and that there was “b”"
    >>> _coordinated_that(t, 3, t.index("“b"))
    True
    >>> t = "“a”, and Ivo Dane thought that it was “b”"
    >>> _coordinated_that(t, 3, t.index("“b"))
    False
    """
    gap = text[lo:hi].strip("“”\"‘’' \t\u00a0")
    if "that" not in gap or any(stop in gap for stop in ".!?;\n“”\""):
        return False
    found = _AND_THAT.search(gap)
    if found is None:
        return False
    verb = found.group("verb")
    return verb is None or verb in cues.SPEECH_WORDS


# "said in a statement read out from the stage by compere Oren Tabb", "in a letter
# delivered by her solicitor, Ann Kerr": who carried the words, after a document noun and
# a participle and "by", with at most three lower-case words (a role) before the name.
_CONVEYED_BY: Final = regex.compile(
    rf"(?r)\b(?:statement|letter|message|note|tribute|speech|eulogy|apology)\b"
    rf"[^.!?;:“”\"\n]{{0,60}}?\b(?:read|delivered|released|issued|shared|posted|presented)\b"
    rf"[^.!?;:“”\"\n]{{0,40}}?\bby(?:{_S}+\p{{Ll}}[\p{{Ll}}'’\-]*,?){{0,3}}{_S}+\Z"
)


def _conveyor(text: str, lo: int, start: int) -> bool:
    """Rule *who reads a statement out does not make it theirs*: True when the person
    named at ``start`` carried the words of the quote before (ending at ``lo``) in that
    quote's own clause: ``“…,” Ana Ruiz said in a statement read out by compere Oren
    Tabb. “…”`` — the next part is still Ruiz's, not Tabb's.

    >>> t = "“Go,” Ana Ruiz said in a statement read out by compere Oren Tabb. “Now.”"
    >>> _conveyor(t, t.index(" Ana"), t.index("Oren"))
    True
    >>> t = "“Go,” Ana Ruiz said. Her lawyer Oren Tabb read it out. “Now.”"
    >>> _conveyor(t, t.index(" Ana"), t.index("Oren"))
    False
    """
    if "by" not in text[max(lo, start - 40) : start]:
        return False  # most names: no "by" just before them
    return _CONVEYED_BY.search(text, max(lo, start - 160), start) is not None


def _asked_after(scene: Scene, end: int, paragraph: int) -> bool:
    """Rule *a question quoting someone is put to another*: True when the reporter's
    words after a quote ending at ``end`` close its paragraph with a question mark.

    ``Your co-star Ivo Marr has called you “a joy to work with”. Is the feeling
    mutual?`` ⏎ ``“Ivo is a treasure.”`` — the interviewer quotes Marr to ask the
    interviewee, so the answer paragraph carries on nobody's quote.
    """
    paragraphs = scene.layout.paragraphs
    stop = paragraphs[paragraph + 1] if paragraph + 1 < len(paragraphs) else len(scene.text)
    after = scene.text[end:stop].rstrip()
    return after.endswith("?") and len(after) > 2 and after.count("\n") == 0


def _earlier_answer(scene: Scene, text: str, start: int, here: int, there: int) -> str | None:
    """The interviewee a question quoting someone else was put to: the person who spoke
    last in the paragraph before that question, when the quote at ``start`` opens the
    paragraph right after it (``“…”`` ⏎ ``Your co-star has called you “…”. Fair?`` ⏎
    ``“…”``), else None."""
    layout = scene.layout
    if here - there != 1 or text[layout.paragraphs[here] : start].strip(" \t\u00a0" + MARKS):
        return None
    latest = next(scene.spoken.back_from(layout.paragraphs[there], 1), None)
    if latest is None or latest.kind != "person" or not latest.name:
        return None
    return latest.name


class Turn(NamedTuple):
    """One attributed quote, as a later quote of an exchange reads it."""

    spans: Sequence[Span]
    speaker: str | None
    cue: str | None
    rule: str | None


NO_TURN: Final = Turn((), None, None, None)


def exchange(scene: Scene, earlier: Turn, previous: Turn, spans: Sequence[Span]) -> str | None:
    """Rule ``exchange``: the turns of a questioning the article has set up.

    ``“Were the brakes ever tested, Ms Reyes?” he asked.`` ⏎ ``“Not that I can recall,”
    she replied.`` ⏎ ``“But you signed this log, didn't you?”`` ⏎ ``“I signed it.”`` — a quote
    paragraph with no clause, after two quote paragraphs of two speakers of which one
    asked and the other answered, is the questioner's when it asks again and the
    answerer's when it answers the question before it. Only when one of those two was
    given an asking or replying verb (or was itself a turn): ``“Why?” she said.`` ⏎
    ``“Because,” he said.`` ⏎ ``“Who knows?”`` carries on his words.
    """
    if not earlier.spans or not previous.spans or earlier.speaker is None:
        return None
    if previous.speaker is None or earlier.speaker == previous.speaker:
        return None
    if not (
        earlier.cue in cues.EXCHANGE_FORMS
        or previous.cue in cues.EXCHANGE_FORMS
        or previous.rule == "exchange"
    ):
        return None
    layout = scene.layout
    here = layout.paragraph(spans[0][0])
    if (
        layout.paragraph(previous.spans[0][0]) != here - 1
        or layout.paragraph(earlier.spans[0][0]) != here - 2
        or layout.paragraph(previous.spans[-1][1]) != here - 1
    ):
        return None
    asks = _asks(scene.text, earlier.spans)
    if asks == _asks(scene.text, previous.spans) or asks != _asks(scene.text, spans):
        return None
    return earlier.speaker


def _asks(text: str, spans: Sequence[Span]) -> bool:
    """Whether a quote ends in a question mark (inside its marks)."""
    start, end = spans[-1]
    return text[start:end].rstrip(" \u00a0\"”’'").endswith("?")


# Rule *a chant is nobody's*: what follows a quote that a crowd sang or chanted —
# "“…!” rang around the ground", "“…” was the chant from the away end", "“…” chanted
# the fans" — so it carries on no one's statement.
_CROWD_AFTER: Final = regex.compile(
    rf"[”\"’'!?,.]*{_S}*(?:rang(?:{_S}+(?:out|around|round))?|echoed|went{_S}+up|boomed"
    rf"|(?:was|were){_S}+(?:the{_S}+)?(?:chant|cry|song|refrain|chorus|sung|chanted)"
    rf"|came{_S}+the{_S}+(?:chant|cry|song)"
    rf"|(?:chanted|sang|roared){_S}+(?:the{_S}+)?(?:crowd|fans|supporters|protesters|marchers"
    rf"|demonstrators))(?![\p{{L}}])"
)
_WORDS: Final = re.compile(r"\w+")
_ABOUT_LIMIT: Final = 200  # characters: one short sentence of narration between two quotes


def _about(scene: Scene, paragraph: int, speaker: str) -> bool:
    """A short reporter's paragraph that goes on about ``speaker`` and quotes nothing.

    ``“…,” she says.`` / ``She describes long shifts.`` / ``“…”``: a feature
    interview's narration between two paragraphs of one speaker's words. It
    must open with the speaker's pronoun (he or she, as the article knows
    them) and have no quote marks; a person named there is checked by the caller.
    """
    layout = scene.layout
    start = layout.paragraphs[paragraph]
    end = layout.paragraphs[paragraph + 1]  # a later paragraph holds the quote
    body = scene.text[start:end].strip()
    if not body or len(body) > _ABOUT_LIMIT or any(mark in body for mark in '"“”‘«»'):
        return False
    first = body.split(None, 1)[0].casefold()
    gender = scene.entities.gender.get(speaker)
    return (first == "she" and gender == "f") or (first == "he" and gender == "m")


_OPENING_MARKS: Final = '"“”‘«»„'  # quote marks that are never an apostrophe


def _question(scene: Scene, paragraph: int) -> bool:
    """A short reporter's paragraph that asks a question: an interview's question.

    ``How does it feel?`` between two quote paragraphs with no attribution:
    the answers are one interviewee's. A prompt put as a statement to the
    interviewee counts too: ``Your critics say the plan failed.`` opens with
    *you* or *your*, which narration does not use.
    """
    layout = scene.layout
    if paragraph + 1 >= len(layout.paragraphs):
        return False
    # "**How does it feel?**": a transcript's question set in bold
    body = scene.text[layout.paragraphs[paragraph] : layout.paragraphs[paragraph + 1]]
    body = body.strip().strip("*_").rstrip()
    return (
        0 < len(body) <= _ABOUT_LIMIT
        and (body.endswith("?") or _PROMPT.match(body) is not None)
        and not any(mark in body for mark in _OPENING_MARKS)
    )


# An interviewer's prompt put as a statement: "Your critics say …", "You were the favourite."
_PROMPT: Final = re.compile(r"(?:You|Your)[ \u00a0][^\n]*[.!]\Z")
# A transcript's label before an answer: "A: “…”", "Answer: “…”".
_ANSWER_LABEL: Final = re.compile(r"(?:A|Answer)[ \u00a0]*[:.\-–—]\Z")
# How far before a quote its paragraph may start for the words between to be such a label
# (or marks and spaces): reading further would cost a paragraph per quote.
_LABEL_REACH: Final = 40


# The words that open a beat of the telling: "Then, after a pause:", "Later:", "At last:".
_BEAT_OPENERS: Final = frozenset(
    {"then", "later", "finally", "eventually", "afterwards", "again", "and", "after", "at",
     "moments", "minutes"}
)  # fmt: skip
_BEAT_LENGTH: Final = 6
"""How many words a beat before a quote may have at most."""


def _beat(opening: str) -> bool:
    """Rule *a beat of the telling carries the words on*: True when the text before a
    quote in its paragraph or sentence is a short lead-in of time alone, ending in a colon
    or a comma — ``Then, after a pause:``, ``Later:``, ``Finally,`` — that names nobody: no
    capitalised word after its first, no pronoun, no role or person noun. The quote
    carries on the previous paragraph's speaker as a bare quote paragraph would;
    ``Then his coach:`` or ``Later, one fan:`` names another.

    >>> _beat("Then, after a pause:"), _beat("Later, one fan:"), _beat("Then Ana Ruiz:")
    (True, False, False)
    """
    if not opening.endswith((":", ",")):
        return False
    words = [word.strip(",;:").casefold() for word in opening.split()]
    written = opening.split()
    if not words or len(words) > _BEAT_LENGTH or words[0] not in _BEAT_OPENERS:
        return False
    for word, raw in zip(words[1:], written[1:], strict=True):
        if (
            raw[:1].isupper()
            or word in cues.PRONOUNS
            or word in _POSSESSIVES
            or word in cues.PERSON_ROLES
            or word in cues.PERSON_DESCRIPTIONS
            or word in _COUNTED_PEOPLE
        ):
            return False
    return True


_POSSESSIVES: Final = frozenset({"his", "her", "their", "its"})
_COUNTED_PEOPLE: Final = frozenset({"one", "another", "someone", "somebody", "others"})


def _answer_label(opening: str) -> bool:
    """True when the text before a quote in its paragraph is a transcript's answer
    label (``A:``), so the quote still opens its paragraph.

    >>> _answer_label("A:"), _answer_label("Answer:"), _answer_label("Ana Ruiz:")
    (True, True, False)
    """
    return _ANSWER_LABEL.match(opening) is not None


def _interview_prompt(scene: Scene, paragraph: int) -> bool:
    """Rule *an interview's prompt*: in an article its headline or lede calls an
    interview (``Q&A with …``, ``She spoke to us``), a short reporter's paragraph
    with no quote marks between two answers is the interviewer's prompt, even put
    as a statement (``Some travellers feel forgotten.``). A person named in it is
    checked by the caller."""
    layout = scene.layout
    if paragraph + 1 >= len(layout.paragraphs):
        return False
    body = scene.text[layout.paragraphs[paragraph] : layout.paragraphs[paragraph + 1]].strip()
    if not 0 < len(body) <= _ABOUT_LIMIT or any(mark in body for mark in _OPENING_MARKS):
        return False
    lede_end = layout.paragraphs[min(2, len(layout.paragraphs) - 1)]
    return _interview_lede(scene.text, 0, lede_end)


# A lede that says an interview follows: "spoke to us", "talked to Jo Reid", "we asked".
_INTERVIEW_LEDE: Final = re.compile(
    r"\b(?:spoke|speaks|talked|talks|chatted|sat[ \u00a0]+down)[ \u00a0]+(?:to|with)\b"
    r"|\binterview|\bconversation\b|\b[Ww]e[ \u00a0]+asked\b|\bQ&A\b"
    # the writer meeting the subject: "We caught up with him in his studio", "I met her"
    r"|\b(?:[Ww]e|I)[ \u00a0]+(?:caught[ \u00a0]+up[ \u00a0]+with|met|quizzed)\b"
)
# A word each branch of _INTERVIEW_LEDE holds.
_INTERVIEW_WORDS: Final = (
    "spoke", "speaks", "talk", "chatted", "sat", "interview", "conversation", "asked", "Q&A",
    "caught", "met", "quizzed",
)  # fmt: skip


def _interview_lede(text: str, lo: int, hi: int) -> bool:
    """``_INTERVIEW_LEDE.search(text, lo, hi) is not None``, run only when a word one of
    its branches needs is there.

    The pattern opens with a word boundary, so the engine tries it at every
    character of a lede; a few substring searches rule out most ledes first.

    >>> _interview_lede("She spoke to us about it.", 0, 25), _interview_lede("Rain fell.", 0, 10)
    (True, False)
    """
    window = text[lo:hi]
    if not any(word in window for word in _INTERVIEW_WORDS):
        return False
    return _INTERVIEW_LEDE.search(text, lo, hi) is not None


# A paragraph that is one short question about he or she: "Does she regret the move?",
# "Is he worried about the vote?" (an auxiliary, the pronoun, up to twelve words).
_THIRD_PERSON_QUESTION: Final = regex.compile(
    rf"(?:Does|Did|Is|Was|Has|Had|Would|Will|Could|Can|Should){_S}+(?P<pronoun>she|he)"
    rf"(?:{_S}+[\p{{L}}’'\-]+){{1,12}}\?\s*"
)


def answer(scene: Scene, start: int, floor: int) -> str | None:
    """Rule ``introduction``, in an interview: the first answer after the first question.

    ``Harlow captain Tomasz Nowak has led the side to the fourth round. We
    spoke to him.`` / ``How does it feel?`` / ``“It hasn't sunk in.”`` — a quote
    opening its paragraph after a question paragraph, itself after a reporter's
    paragraph about one person, is that person's answer (later answers follow
    by ``continuation``).
    """
    text, layout = scene.text, scene.layout
    here = layout.paragraph(start)
    if here < 2 or start - layout.paragraphs[here] > _LABEL_REACH:
        return None  # no question before it, or words before the quote in its paragraph
    opening = text[layout.paragraphs[here] : start].strip(" 	 " + MARKS)
    if opening and not _answer_label(opening):
        return None
    asked = here - 1
    asker = _THIRD_PERSON_QUESTION.fullmatch(
        text, layout.paragraphs[asked], layout.paragraphs[here]
    )
    if asker is not None and not opening:
        # Rule *a profile asks about its subject*: "Does she regret taking the job?" ⏎
        # "“Never.”" — the writer's question about he or she, answered by them.
        at = asker.start("pronoun")
        said = Phrase(asker.group("pronoun").casefold(), at, asker.end("pronoun"), "pronoun")
        return pronoun(scene, said, at)
    if _topic_header(scene, asked - 1) and _question(scene, asked):
        asked -= 1  # "On the derby:" ⏎ "Q: Is it a big game?" ⏎ "A: “…”"
    if asked < 1:
        return None
    intro_start = layout.paragraphs[asked - 1]
    if intro_start < floor or not (_question(scene, asked) or _topic_header(scene, asked)):
        return None
    intro_end = layout.paragraphs[asked]
    if any(mark in text[intro_start:intro_end] for mark in _OPENING_MARKS):
        return None  # the paragraph before the question quotes someone: not an intro
    handed = _handed_over(text, intro_start, intro_end)
    if handed is not None:
        return _lead_in_speaker(scene, handed)
    intro = scene.entities.mentions[
        bisect_left(scene.entities.mention_starts, intro_start) : bisect_left(
            scene.entities.mention_starts, intro_end
        )
    ]
    opener = _interviewee_opening(scene, intro_start, intro_end)
    if opener is not None:
        return opener
    people = {m.name for m in intro if m.kind == "person"}
    if len(people) > 1:
        people = _interviewed(text, intro, intro_start, intro_end) or people
    if not people:
        lead = _lead_in(text, intro_start, intro_end)
        if lead is not None:
            # Rule *a transcript's lead-in*: "The visiting coach was asked about the
            # transfer." ⏎ "Here's what he had to say:" ⏎ a question ⏎ "“…”": the answers are
            # the one the pronoun (or "the coach") stands for, as it would be in a clause.
            return _lead_in_speaker(scene, lead)
        # "Before her Proms debut, the Dutch cellist talked to us…": the one the
        # interview is with is the person the headline and the lede are about.
        if not _interview_lede(text, intro_start, intro_end):
            return None  # a subhead asking a question, not an interview
        return scene.entities.salient_person(intro_end, None)
    if len(people) != 1:
        return None  # several people: whose answers are these?
    return people.pop()


# A paragraph that hands over to a transcript: "Here's what he had to say:", "Here is what she
# told reporters:", "He was asked about the sale:" (the pronoun, then its verb, and a
# colon ending the paragraph).
_LEAD_IN: Final = regex.compile(
    rf"(?<![\p{{L}}’'])(?:(?P<pronoun>[Hh]e|[Ss]he)|(?P<description>the(?:{_S}+\p{{Ll}}[\p{{Ll}}-]*){{1,3}}))"
    rf"{_S}+(?:said|says|told|tells|had{_S}+to{_S}+say|answered|replied|(?:was|is){_S}+asked)"
    rf"(?![\p{{L}}])[^\n:]{{0,120}}:\s*\Z"
)


def _lead_in_speaker(scene: Scene, lead: regex.Match[str]) -> str | None:
    """The person a transcript's lead-in (``Here is what she said:``, ``Here is what the
    coach told reporters:``) stands for, resolved as in a clause; None for anyone else."""
    pronoun = lead.group("pronoun")
    if pronoun is not None:
        return _person(scene, lead.start(), "m" if pronoun.casefold() == "he" else "f")
    phrase = speaker_phrase(scene.text, lead.start("description"), lead.end("description"))
    if phrase is None or phrase.kind != "np":
        return None
    found, _ = resolve(scene, phrase, lead.start())
    return found if found is not None and scene.entities.kinds.get(found) == "person" else None


def _lead_in(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The he/she of a paragraph ``text[start:end]`` handing over to a transcript, or None.

    Asked only of a paragraph ending in a colon, which one string test settles.

    >>> t = "Here is what she told reporters:\\n\\n"
    >>> _lead_in(t, 0, len(t)).group("pronoun"), _lead_in("He said no.\\n", 0, 12)
    ('she', None)
    """
    body = text[start:end].rstrip()
    if not body.endswith(":"):
        return None
    return _LEAD_IN.search(text, start, start + len(body))


# Rule *everything he said*: "… spoke to the media on Friday. Here's everything he said."
# hands over to the answers below it as a lead-in with a colon does (the verb, then up to
# a few words: "Here is what the manager told reporters.").
_HANDED_OVER: Final = regex.compile(
    rf"(?<![\p{{L}}’'])Here(?:'s|’s|{_S}+is){_S}+(?:everything|all|what){_S}+"
    rf"(?:(?P<pronoun>he|she)|(?P<description>the(?:{_S}+\p{{Ll}}[\p{{Ll}}-]*){{1,3}}))"
    rf"{_S}+(?:said|had{_S}+to{_S}+say|told(?:{_S}+[\p{{L}}-]+){{1,3}})[.:]?\s*\Z"
)


def _handed_over(text: str, start: int, end: int) -> regex.Match[str] | None:
    """The he/she (or description) of a paragraph ``text[start:end]`` whose last
    sentence hands over to the answers below: ``Here's everything he said.``; None else.

    >>> t = "Ines Varga met the press. Here is everything she said.\\n\\n"
    >>> _handed_over(t, 0, len(t)).group("pronoun"), _handed_over("Here it is.\\n", 0, 12)
    ('she', None)
    """
    at = text.rfind("Here", start, end)
    if at < 0:
        return None  # the common case: no hand-over in the paragraph
    return _HANDED_OVER.match(text, at, start + len(text[start:end].rstrip()))


# A transcript's topic header: "On team news:", "**On his future:**" — "On", a few words
# and a colon ending a short paragraph.
_TOPIC_HEADER: Final = regex.compile(rf"On{_S}+[^\n.!?;:“”\"]{{1,60}}:\Z")
_HEADER_LIMIT: Final = 90  # characters, with the marks of bold and the line breaks
# A live blog entry's time on a line of its own above the header: "14:06" ⏎ "On …:".
_ENTRY_TIME: Final = re.compile(r"\d{1,2}[:.]\d{2}(?:[ \u00a0]*[AaPp]\.?[Mm]\.?)?")


def _time_line(scene: Scene, paragraph: int) -> bool:
    """True when ``paragraph`` holds only a live blog entry's time (``14:06``)."""
    layout = scene.layout
    if paragraph + 1 >= len(layout.paragraphs):
        return False
    lo, hi = layout.paragraphs[paragraph], layout.paragraphs[paragraph + 1]
    return hi - lo <= 16 and _ENTRY_TIME.fullmatch(scene.text[lo:hi].strip()) is not None


def _topic_header(scene: Scene, paragraph: int) -> bool:
    """Rule *a transcript's topic header*: a short paragraph ``On team news:`` between
    an answer and the next (or a hand-over and the first) puts a subject to the one
    answering, as a question does. Not a reporter's lead-in with a speech verb (``On
    Monday the minister said:``), whose quote is someone's new words."""
    layout = scene.layout
    if paragraph < 0 or paragraph + 1 >= len(layout.paragraphs):
        return False
    lo, hi = layout.paragraphs[paragraph], layout.paragraphs[paragraph + 1]
    if hi - lo > _HEADER_LIMIT + 60:
        return False  # the common case: a paragraph of prose, never sliced
    body = scene.text[lo:hi].strip().strip("*_").rstrip()
    if topic_label(body):
        # Rule *a live blog's topic line*: "14:06" ⏎ "On the fitness of captain Jonjo
        # Maddrell, who limped off last weekend:" — a longer topic, a relative clause
        # about whom it names, is a header all the same.
        return True
    if len(body) > _HEADER_LIMIT or _TOPIC_HEADER.match(body) is None:
        return False
    return all(w.casefold() not in cues.SPEECH_WORDS for w in _WORDS.findall(body))


# The interviewer's verb before the one interviewed: "Callum Reyes sat down with Ada
# Pine", "Our reporter spoke to …", "We caught up with …".
_INTERVIEWED: Final = re.compile(
    r"\b(?:spoke|speaks|speaking|talked|talks|talking|chatted|chats|chatting"
    r"|sat[ \u00a0]+down|sits[ \u00a0]+down|sitting[ \u00a0]+down"
    r"|caught[ \u00a0]+up|catches[ \u00a0]+up|catching[ \u00a0]+up"
    # Rule *questions put to someone*: "We put three questions to Dr Ana Pike", "The
    # paper posed five questions to the minister": a short interview's one answerer.
    r"|(?:put|puts|putting|posed|poses|posing)(?:[ \u00a0]+[\w-]+){0,2}?[ \u00a0]+questions)"
    r"[ \u00a0]+(?:to|with)[ \u00a0]"
)


# Who interviews, not who is interviewed: "The Courier's reporter spoke to her".
_INTERVIEWERS: Final = frozenset(
    {"reporter", "correspondent", "editor", "writer", "journalist", "interviewer", "host",
     "presenter", "we", "i", "our"}
)  # fmt: skip


def _interviewee_opening(scene: Scene, start: int, end: int) -> str | None:
    """Rule *the one who spoke to an outlet*: ``The 41-year-old talked to the Courier's
    Night Desk. An edited transcript follows.`` — the paragraph introducing an interview
    opens with a description or he/she that talks *to* someone: that person answers, not
    the show or outlet named after the verb. None for an interviewer's opening (``The
    paper's reporter sat down with her``) or a name opening it (named: see
    :func:`_interviewed`)."""
    text = scene.text
    word = text[start : start + 4].casefold()
    if not word.startswith(("the ", "he ", "she ")):
        return None
    verb = _INTERVIEWED.search(text, start, min(end, start + 200))
    if verb is None:
        return None
    opening = text[start : verb.start()]
    words = {w.removesuffix("'s").removesuffix("’s") for w in opening.casefold().split()}
    if words & _INTERVIEWERS or "," in opening:
        return None
    subject = _clause_subject(scene, start, verb.end(), start)
    if subject is None or scene.entities.kinds.get(subject) != "person":
        return None
    return subject


def _interviewed(
    text: str, intro: Sequence[Mention], start: int, end: int
) -> set[str] | None:
    """Rule *the one interviewed*: the one person named after the interviewer's verb.

    ``Sport editor Callum Reyes sat down with Ada Pine, who …`` names two people;
    the answers are Ada Pine's, the one the reporter spoke *to* or sat down
    *with*. None when the verb is missing or names more than one after it
    (``spoke to Ada Pine and Tom Baines``).
    """
    verb = _INTERVIEWED.search(text, start, end)
    if verb is None:
        return None
    after = [m for m in intro if m.kind in ("person", "unknown") and m.start >= verb.end()]
    names = {m.name for m in after}
    if len(names) != 1 or all(m.kind != "person" for m in after):
        return None
    return names


def _opening_words(text: str, start: int, end: int) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(text, start, min(end, start + 120))][:6]


def post(text: str, spans: Sequence[Span], post_spans: Sequence[Span]) -> bool:
    """Rule ``post``: ``One fan wrote, “…”`` right before the embedded post it copies.

    True when the quote (``spans``) opens with the opening words of the
    embedded post that follows it (``post_spans``): it is that post, quoted
    inline, and the post's author said it.

    >>> text = "One fan wrote, “we love this new song so much”.\\n\\nwe love this new song so much"
    >>> q = (text.index("we"), text.index("much") + 4)
    >>> post(text, [q], [(text.index("we", q[1]), len(text))])
    True
    """
    if not spans or post_spans[0][0] - spans[-1][1] > 400:
        return False
    words = _opening_words(text, spans[0][0], spans[-1][1])
    return len(words) >= 4 and words == _opening_words(text, *post_spans[0])[: len(words)]


_HEADLINE_REACH: Final = 300  # a headline is one short first line (as attribute._HEADLINE_CHARS)


def in_headline(text: str, spans: Sequence[Span]) -> bool:
    """True when a quote at ``spans`` lies in the article's headline: a first line of at
    most 300 characters that is no sentence (no full stop or other sentence end in the
    reporter's words around its quotes).

    >>> in_headline("Coach: ‘We will be back’\\n\\nText.", [(8, 23)])
    True
    >>> in_headline("Fans rallied. One wrote, ‘Go on’.\\n\\nText.", [(26, 31)])
    False
    """
    if not spans:
        return False
    line_start = 0
    for line_end in headline_lines(text):
        if spans[-1][1] <= line_end:
            if spans[0][0] < line_start:
                return False
            frame = text[line_start : spans[0][0]] + " " + text[spans[-1][1] : line_end]
            return _SENTENCE_END.search(frame) is None
        if _SENTENCE_END.search(text, line_start, line_end) is not None:
            return False  # a sentence above: the body has begun
        line_start = text.find("\n", line_end) + 1
        while text[line_start : line_start + 1] in ("\r", "\n"):
            line_start += 1
    return False


_DECK_LINES: Final = 3  # a headline, then at most two lines of deck or standfirst


def headline_lines(text: str) -> list[int]:
    """Where each line of the headline block ends: the first line and, under it, up to
    two more short lines (a deck or standfirst: ``Studio blames ‘a market that has
    changed’``) before a byline (``By …``); each at most 300 characters.

    >>> headline_lines("Jobs cut\\n\\nStudio blames ‘a hard year’\\n\\nBy Ann Lee\\n\\nText.")
    [8, 37]
    """
    ends: list[int] = []
    start = 0
    while len(ends) < _DECK_LINES and start < len(text):
        end = text.find("\n", start, start + _HEADLINE_REACH + 1)
        if end < 0:
            break
        if ends and text.startswith("By ", start):
            break  # the byline closes the headline block
        ends.append(end)
        start = end + 1
        while text[start : start + 1] in ("\r", "\n"):
            start += 1
    return ends


# Rule *a headline's title is the one the story titles so*: the title a headline gives its
# quote's speaker, as a label before it ("Sheriff on fatal crash: ‘…’", "Fire chief: “…”")
# or signed after it ("‘We will not stop at one’ - Minister", "‘Pay the nurses’ – Governor",
# as African and South Asian papers write it).
_HEADLINE_ROLE: Final = regex.compile(
    r"[\s\"“‘']*(?P<role>[A-Z][a-z]+(?:[ \u00a0][a-z]+)?)(?:[ \u00a0]+on[ \u00a0][^:\n]{1,80})?"
    r":[ \u00a0]*[‘“'\"]?\Z"
)
_SIGNED_TITLE: Final = regex.compile(
    r"[ \u00a0]*[-–—][ \u00a0]*(?P<role>\p{Lu}[\p{L}\-]*(?:[ \u00a0]\p{Lu}[\p{L}\-]*)?)"
    r"[ \u00a0]*(?=\n|\Z)"
)


def headline_title(text: str, spans: Sequence[Span]) -> str | None:
    """The person's title a headline gives its quote (at ``spans``), lower case, from a
    label before it or a signature after it; None when it gives none.

    >>> text = "Sheriff on crash: ‘Somebody saw it’\\n\\nText."
    >>> headline_title(text, [(19, 34)])
    'sheriff'
    >>> text = "Satellite in orbit: ‘A proud day’ - Minister\\n\\nText."
    >>> headline_title(text, [(21, 32)])
    'minister'
    >>> text = "Flood relief: ‘No family left behind’ - Governor\\n\\nText."
    >>> headline_title(text, [(15, 36)])
    'governor'
    >>> headline_title("‘A proud day’ - Ana Ruiz\\n\\nText.", [(1, 12)])
    """
    end = spans[-1][1]
    close = end + 1 if text[end : end + 1] in ("’", "”", "'", '"') else end
    for found in (  # a label that is no title ("Flood relief:") leaves the signature
        _HEADLINE_ROLE.match(text, 0, spans[0][0]),
        _SIGNED_TITLE.match(text, close, min(len(text), close + 40)),
    ):
        role = found.group("role").rsplit(None, 1)[-1].casefold() if found else None
        if role in cues.PERSON_ROLES:
            return role
    return None


def headline_title_holder(scene: Scene, title: str) -> tuple[str, Span] | None:
    """The one person the article gives the headline's ``title`` or its kin
    (``cues.kindred``), with their first mention; None when it gives it to nobody or to
    two (``Sheriff Ida Varro`` and ``Former sheriff Tom Pell``).

    >>> text = "Sheriff on crash: ‘Somebody saw it’\\n\\nSheriff Ida Varro spoke."
    >>> headline_title_holder(Scene(text, []), "sheriff")
    ('Ida Varro', (45, 54))
    """
    roles = scene.entities.index.roles
    holders: dict[str, Span] = {}
    for mention in scene.entities.mentions:
        if mention.kind == "person" and mention.name not in holders and any(
            cues.kindred(role, title) for role in roles.get(mention.name, ())
        ):
            holders[mention.name] = (mention.start, mention.end)
    if len(holders) != 1:
        return None
    return next(iter(holders.items()))


# "Calloway & Finch boss:" — a name, then a person's role noun, then the colon.
_ROLE_LABEL: Final = regex.compile(rf"{_S}+(?P<role>\p{{Ll}}+):")


def headline_org_role(scene: Scene, org: str, span: Span) -> str | None:
    """Rule *a firm's boss is no firm*: the person's role a headline label gives after the
    organisation named at ``span`` (``Calloway & Finch boss: ‘…’`` → ``boss``); None when
    no role noun of a person ends the label or ``org`` is no organisation.

    >>> text = "Kell & Dane boss: ‘We got it wrong’\\n\\nKell & Dane chief executive Ann Bro spoke."
    >>> headline_org_role(Scene(text, []), "Kell & Dane", (0, 11))
    'boss'
    """
    if scene.entities.kinds.get(org) != "org":
        return None
    found = _ROLE_LABEL.match(scene.text, span[1], span[1] + 40)
    if found is None or found.group("role") not in cues.PERSON_ROLES:
        return None
    return found.group("role")


def headline_org_holder(scene: Scene, org: str, title: str) -> tuple[str, Span] | None:
    """The one person the article names right after ``org`` and a role that is ``title``
    or its kin (``Calloway & Finch chief executive Harriet Quayle`` for ``boss``), with that
    mention; else the one person given the title at all (:func:`headline_title_holder`).

    >>> text = ("Kell & Dane boss: ‘We got it wrong’\\n\\nKell & Dane chief executive Ann Bro "
    ...         "and finance director Tom Lee spoke.")
    >>> headline_org_holder(Scene(text, []), "Kell & Dane", "boss")
    ('Ann Bro', (65, 72))
    """
    text = scene.text
    holders: dict[str, Span] = {}
    for mention in scene.entities.mentions:
        if mention.kind != "person" or mention.name in holders:
            continue
        lead = text[max(0, mention.start - len(org) - 40) : mention.start]
        at = lead.rfind(org)
        if at < 0:
            continue
        words = lead[at + len(org) :].split()
        if 1 <= len(words) <= 3 and all(word.islower() for word in words) and any(
            cues.kindred(word, title) or word == title for word in words
        ):
            holders[mention.name] = (mention.start, mention.end)
    if len(holders) == 1:
        return next(iter(holders.items()))
    return None if holders else headline_title_holder(scene, title)


# A sentence end in a line's own words: "Fans rallied. One fan wrote, “…”." Not the dot of
# a firm's or a person's abbreviation or an initial: "Hartley & Co. cuts outlook as CEO
# admits: ‘…’", "Dr. Ruiz: ‘…’", "U.S. envoy: ‘…’" are headlines, no sentences.
_SENTENCE_END: Final = re.compile(
    r"(?:(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)"
    r"(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\b[A-Z])[.]|[!?])(?:[ \u00a0]|[’”'\"]?\Z)"
)


_HEADLINE_WORDS: Final = 3  # fewer words repeat by chance ("No way", "Never again")


def headline(text: str, spans: Sequence[Span], later: Sequence[Span]) -> bool:
    """Rule ``headline``: a quote in the headline repeats words of a later quote.

    ``‘I'LL KNOCK HIM OUT’ Achebe fires warning`` above ``He said: “… I'll
    knock him out.”``: headlines quote the story's own quotes, in any case,
    so the headline's quote was said by whoever said the later one. True when
    the quote (``spans``) lies on the first line and its words, at least
    three, run inside the later quote (``later``), or, six or more, are that
    quote with a middle cut out (:func:`_cut_from`).

    >>> text = "‘WE WILL WIN IT’ says coach\\n\\n“I promise we will win it,” Ruiz said."
    >>> first = text.index("WE"), text.index("’")
    >>> headline(text, [first], [(text.index("I p"), text.index(",”"))])
    True
    """
    if not spans or not later or not in_headline(text, spans):
        return False
    words = [w.casefold() for w in _WORDS.findall(text, spans[0][0], spans[-1][1])]
    if len(words) < _HEADLINE_WORDS:
        return False
    body = [w.casefold() for lo, hi in later for w in _WORDS.findall(text, lo, hi)]
    size = len(words)
    if any(body[i : i + size] == words for i in range(len(body) - size + 1)):
        return True
    return size >= _CUT_WORDS and _cut_from(words, body)


# Rule *a headline cuts the quote it repeats*: "‘We over-ordered, and we paid for it’" above
# "“We over-ordered in garden lines, and we paid for it in margin”" — the headline drops a
# middle, as sub-editors do without marking it; two runs of the later quote's words, in
# order, each of two words or more, six words in all (fewer repeat by chance).
_CUT_WORDS: Final = 6


def _cut_from(words: list[str], body: list[str]) -> bool:
    """True when ``words`` is two runs of ``body``, in order, each of two words or more.

    >>> _cut_from("we sold and we paid".split(), "we sold sofas and we paid for it".split())
    True
    >>> _cut_from("we paid and we sold".split(), "we sold sofas and we paid for it".split())
    False
    """
    size = len(words)
    for cut in range(2, size - 1):
        head, tail = words[:cut], words[cut:]
        for i in range(len(body) - cut + 1):
            if body[i : i + cut] != head:
                continue
            rest = body[i + cut :]
            if any(
                rest[k : k + len(tail)] == tail for k in range(1, len(rest) - len(tail) + 1)
            ):
                return True
    return False


# A speaker's own "I" in a headline's quote: "‘I Was Told It Was A Virus’".
_HEADLINE_FIRST_PERSON: Final = re.compile(
    r"(?<![\w'’])(?:I|I['’](?:m|ve|ll|d)|[Mm]e|[Mm]y)(?![\w'’])"
)


def headline_subject(
    scene: Scene, spans: Sequence[Span], later: Sequence[Span], speaker: str
) -> bool:
    """Rule *a headline's first-person quote is the story's subject's*: True when the
    headline's quote at ``spans`` says *I*, *me* or *my* and ``speaker``, who said the
    first later quote (at ``later``), is the article's most salient person there — the one
    the lede is about. ``‘I Was Told It Was A Virus’`` over ``When Ana Vell rang her GP…``
    ⏎ ``‘I remember the paramedic…,’ she says`` is Ana Vell's, though the body never repeats
    the headline's words (:func:`headline` would give it then). A headline quote with no
    *I* (``‘Sadly far too common’``) or a first quote by someone the lede is not about
    gets no one.

    >>> text = "‘I Was Lucky’\\n\\nAna Vell was ill. ‘It was bad,’ she said."
    >>> scene = Scene(text, [])
    >>> headline_subject(scene, [(1, 12)], [(text.index("It"), text.index(",’"))], "Ana Vell")
    True
    """
    if _HEADLINE_FIRST_PERSON.search(scene.text, spans[0][0], spans[-1][1]) is None:
        return False
    if scene.entities.kinds.get(speaker) != "person":
        return False
    return scene.entities.salient_person(later[0][0], None) == speaker


def headline_named(scene: Scene, spans: Sequence[Span]) -> Mention | None:
    """Rule *a headline's name, then its words*: the person a headline names right before
    its quote (``Osric Pendle ‘truly ashamed’ after tirade``), or None.

    Tabloid and agency headlines set a name and the words that person used with no verb
    between; only a quote opening in lower case (a phrase of the speaker's, not a
    title such as ``Tessa Vine ‘Salt & Honey’ tops chart``) right after the name, with
    nothing but a space between. The caller gives it to that person only when a later
    quote is theirs, so ``Osric Pendle ‘truly ashamed’`` over his agent's
    ``“He is truly ashamed,” said Dina Moor`` stays with no one.

    >>> text = "Osric Pendle ‘truly ashamed’ after row\\n\\nOsric Pendle apologised."
    >>> headline_named(Scene(text, []), [(text.index("‘"), text.index(" after"))]).name
    'Osric Pendle'
    """
    text = scene.text
    open_at = spans[0][0]
    while open_at < spans[-1][1] and text[open_at] in MARKS:
        open_at += 1
    if not text[open_at : open_at + 1].islower():
        return None
    mark = open_at - 1
    while mark > 0 and text[mark - 1] in MARKS:
        mark -= 1
    if mark < 2 or text[mark - 1] not in " \u00a0":
        return None
    entities = scene.entities
    i = bisect_left(entities.mention_starts, mark) - 1
    if i < 0:
        return None
    mention = entities.mentions[i]
    if mention.end != mark - 1 or mention.kind != "person":
        return None
    return mention


def headline_title_fits(scene: Scene, spans: Sequence[Span], speaker: str) -> bool:
    """False when the headline titles the speaker of its quote (at ``spans``) with a
    job the article gave ``speaker`` neither that job nor its kin: ``‘We will rebuild,’
    vows mayor`` is not a resident, Tom Baines, whose later quote repeats the words.

    A speaker the article gave no role, or a headline with no title, fits: ``‘WE WILL
    WIN IT’ says coach`` above ``Ruiz said`` is Ruiz.
    """
    text = scene.text
    end = text.find("\n")
    titles = {
        found.group().casefold()
        for found in _WORDS.finditer(text, 0, end)
        if not any(lo <= found.start() < hi for lo, hi in spans)
        and found.group().casefold() in cues.PERSON_ROLES
    }
    roles = scene.entities.index.roles.get(speaker, set())
    if not titles or not roles:
        return True
    return any(cues.kindred(role, title) for role in roles for title in titles)


def headline_mention(text: str, speaker: str, spans: Sequence[Span]) -> Span | None:
    """Where the headline names ``speaker`` (by the last word of the name), outside the
    quote at ``spans``, or None: a headline's quote goes to the story's speaker only
    when the headline names them.

    >>> headline_mention("‘WE WILL WIN’ Ruiz fires warning\\n\\nText.", "Ana Ruiz", [(1, 12)])
    (14, 18)
    """
    end = text.find("\n")
    surname = speaker.split()[-1]
    for found in _WORDS.finditer(text, 0, end):
        if found.group() == surname and not any(lo <= found.start() < hi for lo, hi in spans):
            return found.span()
    return None


def signature(text: str, author: str, body_end: int, body_start: int = -1) -> Span | None:
    """Where a post's ``author`` is named in its signature line after the body, or (a
    TikTok embed's handle) on the line that opens it, before ``body_start``.

    >>> text = "We won.\\n— Jo Bell (@jo) May 1, 2024"
    >>> signature(text, "Jo Bell", 7)
    (10, 17)
    >>> signature("@jo.eats Noodles ♬ original sound - Jo", "@jo.eats", 16, 9)
    (0, 8)
    """
    at = text.find(author, body_end)
    if at < 0 and body_start > 0:
        at = text.rfind(author, max(0, body_start - 120), body_start)
    return (at, at + len(author)) if at >= 0 else None
