"""Word lists for attribution: speech verbs, pronouns, titles and role nouns (and the
small number words the variant flags read too).

Kept apart from the rules in :mod:`quotematch.attribute` so the lists can grow
without touching the logic. Every list is lower-case; lookups fold case.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any, Final

import regex

__all__ = [
    "ADDRESS_VERBS",
    "ADVERBS",
    "AGENT_NOUNS",
    "AGE_DECADES",
    "ALERT_NOUNS",
    "ANSWER_FORMS",
    "AS_SAYING_STEMS",
    "AS_SAYING_VERBS",
    "AUXILIARIES",
    "BENCH_ROLES",
    "BENEFIT_CREDITS",
    "BRIEF_WORDS",
    "CAPPED_NOUNS",
    "CLERGY_STYLES",
    "CLUB_WORDS",
    "CUE_FORMS",
    "CUE_PATTERN",
    "DATE_WORDS",
    "DESCRIPTOR_NOUNS",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "FEMALE_HONORIFICS",
    "FORCE_RANKS",
    "FULL_NAME_RANKS",
    "GENERIC_ORG_ROLES",
    "GOING_ON_FORMS",
    "GOVERNING_NOUNS",
    "GROUP_NOUNS",
    "HONORIFICS",
    "HONORIFIC_ROLES",
    "IRREGULAR_PASTS",
    "LEADING_ORG_ROLES",
    "LETTER_TITLES",
    "MALE_HONORIFICS",
    "MINISTRY_PORTFOLIOS",
    "NAMING_FORMS",
    "OFFICIAL_STAFF",
    "OPERATED_THINGS",
    "ORG_NAME_WORDS",
    "ORG_ROLES",
    "PANEL_NOUNS",
    "PARTICIPLE_CUES",
    "PARTY_MEMBERS",
    "PARTY_NAMES",
    "PASSIVE_AUXILIARIES",
    "PERSON_DESCRIPTIONS",
    "PERSON_ROLES",
    "PHRASE_CUES",
    "PLACE_FIRST_WORDS",
    "PLACE_LAST_WORDS",
    "PLACE_TITLES",
    "PLATFORM_NAMES",
    "PLATFORM_PATTERN",
    "PLAYER_KINDS",
    "PLAYER_ROLES",
    "PORTFOLIO_NOUNS",
    "PREPOSITIONS",
    "PRONOUNS",
    "RECORDING_MEDIA",
    "RELATION_NOUNS",
    "REVERENDS",
    "ROLE_KIN",
    "SECOND_RANKS",
    "SERVICE_PERSONNEL",
    "SIGN_NOUNS",
    "SMALL_NUMBERS",
    "SPEECH_FORMS",
    "SPEECH_NOUNS",
    "SPOKESPERSON_NOUNS",
    "STATE_KIN",
    "STOPWORDS",
    "STYLE_PAIRS",
    "STYLE_PAIR_GENDERS",
    "SUNG_FORMS",
    "TENS",
    "TITLE_WORDS",
    "TRADE_NAME_ENDS",
    "WEEKDAYS",
    "WRITING_FORMS",
    "country_forms",
    "descriptor_gender",
    "discipline",
    "family_gender",
    "given_name_gender",
    "is_demonym",
    "is_descriptor",
    "is_kin",
    "kindred",
    "officer_letters",
    "other_kind_of_player",
    "past_deed",
    "people_plural",
    "role_gender",
    "role_words",
    "trade_shaped",
    "trie_pattern",
]

# Module-level constants are Final: compiled, mypyc reads a Final from a C
# static (an int or a string is inlined) where any other module-level name is
# looked up in the module's dict at every use. Declared so in every extraction
# module: per generated article, 3.284 M -> 3.143 M instructions.

# Verbs of performing a song: what follows "she sings:" is a lyric, not her words
# to the reporter ("On the title track, Nell Garvey sings: “Carry me down…”").
SUNG_FORMS: Final[frozenset[str]] = frozenset(
    {"sings", "sang", "sing", "singing", "croons", "crooned", "raps", "rapped", "warbles",
     "warbled", "hums", "hummed", "chorus", "refrain", "lyric", "lyrics"}
)  # fmt: skip

# Speech verbs, by lemma, in the forms a news sentence uses around a quote.
_CUE_FORMS: Final[dict[str, tuple[str, ...]]] = {
    "say": ("said", "says", "say", "saying"),
    "tell": ("told", "tells", "tell", "telling"),
    "tweet": ("tweeted", "tweets", "tweet", "tweeting"),
    "post": ("posted", "posts", "posting"),
    "write": ("wrote", "writes", "written", "writing", "write"),
    "add": ("added", "adds", "adding", "add"),
    "continue": ("continued", "continues"),
    "conclude": ("concluded", "concludes", "conclude"),
    "admit": ("admitted", "admits", "admitting"),
    "insist": ("insisted", "insists", "insisting"),
    "explain": ("explained", "explains", "explaining", "explain"),
    "note": ("noted", "notes", "noting"),
    "warn": ("warned", "warns"),
    "argue": ("argued", "argues", "arguing", "argue"),
    # A party's case as court and tribunal copy reports it: "the insurer had contended:"
    "contend": ("contended", "contends"),
    "ask": ("asked", "asks", "asking"),
    "reply": ("replied", "replies", "replying"),
    "respond": ("responded", "responds"),
    # "…, stating that “…”": the participle reads the deed's subject, as "saying" does
    "state": ("stated", "states", "stating"),
    "claim": ("claimed", "claims", "claiming"),
    "declare": ("declared", "declares", "declaring"),
    "announce": ("announced", "announces"),
    "urge": ("urged", "urges"),
    "acknowledge": ("acknowledged", "acknowledges"),
    "recall": ("recalled", "recalls", "recalling"),
    "remember": ("remembered", "remembers"),
    "remark": ("remarked", "remarks"),
    "comment": ("commented", "comments", "commenting"),
    "confirm": ("confirmed", "confirms"),
    "suggest": ("suggested", "suggests"),
    "stress": ("stressed", "stresses"),
    "emphasise": ("emphasised", "emphasized", "emphasises", "emphasizes"),
    "concede": ("conceded", "concedes"),
    "observe": ("observed", "observes"),
    "answer": ("answered", "answers"),
    "shout": ("shouted", "shouts", "shouting"),
    "whisper": ("whispered", "whispers"),
    "joke": ("joked", "jokes", "joking"),
    "quip": ("quipped", "quips"),
    "boast": ("boasted", "boasts"),
    "complain": ("complained", "complains"),
    "predict": ("predicted", "predicts"),
    "promise": ("promised", "promises"),
    "vow": ("vowed", "vows"),
    "pledge": ("pledged", "pledges"),
    "retort": ("retorted", "retorts"),
    "counter": ("countered", "counters"),
    "testify": ("testified",),
    # Court and police copy of South Asian and West African papers: "“…,” she informed.",
    # "The prosecutor informed the bench that Ray Holt “…”".
    "inform": ("informed", "informs"),
    # The same papers' verbs of opinion and sworn statement: "Ravi Joshi opined that the
    # side had “…”", "the commissioner averred that the command would not tolerate “…”".
    "opine": ("opined", "opines"),
    "aver": ("averred", "avers"),
    # The same papers' verb of a charge made in words: "“…,” alleged Mr. Roy", "the
    # opposition leader alleged that the tender was “…”" (never the adjective "the alleged").
    "allege": ("alleged", "alleges"),
    # State media and wire copy quote an agency's own words: "“…,” the agency reported".
    "report": ("reported", "reports"),
    "read": ("read", "reads"),
    # "cut its forecast, citing “weak demand”": the words a subject gives as its reason.
    "cite": ("cited", "cites", "citing"),
    # The participles read a deed's subject: "reignited the feud, branding him “…”".
    "describe": ("described", "describes", "describing"),
    "call": ("called", "calls", "calling"),
    "brand": ("branded", "brands", "branding"),
    "dub": ("dubbed", "dubbing"),
    "label": ("labelled", "labeled", "labelling", "labeling"),
    # "termed the plan “a gimmick”"; never "terms", the noun of a deal
    "term": ("termed", "terming"),
    # "Kelby Town accuse agents of “blackmail”": a headline's present tense for a team
    "accuse": ("accused", "accuses", "accusing", "accuse"),
    "agree": ("agreed", "agrees"),
    "caution": ("cautioned", "cautions"),
    "plead": ("pleaded", "pleads"),
    "reveal": ("revealed", "reveals"),
    "reiterate": ("reiterated", "reiterates"),
    "maintain": ("maintained", "maintains"),
    "muse": ("mused", "muses"),
    "begin": ("began", "begins"),
    "open": ("opened", "opens"),
    "specify": ("specified", "specifies"),
    "mention": ("mentioned",),
    # "She dedicated the award to “every kid who…”": the words of a dedication are hers
    "dedicate": ("dedicated", "dedicates", "dedicating"),
    # Tabloid, celebrity and wire verbs ("she gushed", "he fumed", "she captioned
    # the post", "he penned"), and those of the Gender Gap Tracker's verb list
    # that report words (assert, assure, clarify, exclaim, reckon, remind).
    "gush": ("gushed", "gushes"),
    "fume": ("fumed", "fumes"),
    "rage": ("raged", "rages"),
    "rave": ("raved", "raves"),
    "blast": ("blasted", "blasts"),
    "slam": ("slammed", "slams"),
    "beam": ("beamed", "beams"),
    "sob": ("sobbed", "sobs"),
    "laugh": ("laughed", "laughs"),
    "sigh": ("sighed", "sighs"),
    "snap": ("snapped", "snaps"),
    "tease": ("teased", "teases"),
    "exclaim": ("exclaimed", "exclaims"),
    "assert": ("asserted", "asserts"),
    "assure": ("assured", "assures"),
    "reassure": ("reassured", "reassures"),
    "clarify": ("clarified", "clarifies"),
    "remind": ("reminded", "reminds"),
    "reckon": ("reckoned", "reckons"),
    "demand": ("demanded", "demands"),
    "caption": ("captioned", "captioning"),
    "pen": ("penned", "pens"),
    # Verbs of feature writing and of translated copy ("she affirmed", "he
    # underlined", "she reflects", "he grinned").
    "affirm": ("affirmed", "affirms"),
    "underline": ("underlined", "underlines"),
    "recount": ("recounted", "recounts"),
    "reflect": ("reflected", "reflects"),
    "wonder": ("wondered", "wonders"),
    "lament": ("lamented", "laments"),
    "confide": ("confided", "confides"),
    "enthuse": ("enthused", "enthuses"),
    "marvel": ("marvelled", "marveled", "marvels"),
    "protest": ("protested",),
    "interject": ("interjected", "interjects"),
    "repeat": ("repeated",),
    "yell": ("yelled", "yells", "yelling"),
    "scream": ("screamed", "screams", "screaming"),
    "scoff": ("scoffed", "scoffs"),
    "grin": ("grinned", "grins"),
    "smile": ("smiled", "smiles"),
    "chuckle": ("chuckled", "chuckles"),
    # Verbs of the voice, as broadcast write-ups and court copy report a raised or
    # lowered one ("“…,” he snarls back", "she muttered", "the host bellowed").
    "snarl": ("snarled", "snarls"),
    "bark": ("barked", "barks"),
    "roar": ("roared", "roars"),
    "growl": ("growled", "growls"),
    "hiss": ("hissed", "hisses"),
    "bellow": ("bellowed", "bellows"),
    "shriek": ("shrieked", "shrieks"),
    "holler": ("hollered", "hollers"),
    "mutter": ("muttered", "mutters"),
    "mumble": ("mumbled", "mumbles"),
    "murmur": ("murmured", "murmurs"),
    "splutter": ("spluttered", "splutters"),
    "stammer": ("stammered", "stammers"),
    # Naming verbs of partial quotes ("hailed a “special” display", "dismissed the
    # claims as “nonsense”"): they attribute but never join a split quote.
    "hail": ("hailed", "hails"),
    "praise": ("praised", "praises"),
    "criticise": ("criticised", "criticized", "criticises", "criticizes"),
    "condemn": ("condemned", "condemns"),
    "dismiss": ("dismissed", "dismisses"),
}

CUE_FORMS: Final[tuple[str, ...]] = tuple(
    sorted({f for forms in _CUE_FORMS.values() for f in forms})
)
"""Every cue verb form, naming verbs included ("called"), in alphabetical order."""

# Cue forms that are nouns after a determiner: "solicitor for the accused Ana Ruiz said",
# "the accused replied" — a person, never the verb of the clause.
NOUN_CUES: Final[frozenset[str]] = frozenset({"accused", "notes"})
# After a noun cue, the verbs that show it was a noun: "the patch notes read", "the
# release notes say" (a document that reads, not someone who notes).
NOUN_CUE_VERBS: Final[frozenset[str]] = frozenset(
    {"read", "reads", "say", "says", "said", "state", "states", "stated"}
)

# Lemmas whose object is a name for something ("called it “a farce”"): cues for
# a fragment, but never the verb of a statement split around its attribution.
_NAMING_LEMMAS: Final = frozenset(
    {"call", "describe", "brand", "dub", "label", "term", "accuse", "hail", "praise",
     "criticise", "condemn", "dismiss"}
)  # fmt: skip

NAMING_FORMS: Final[frozenset[str]] = frozenset(
    f for lemma in _NAMING_LEMMAS for f in _CUE_FORMS[lemma]
)
"""Every form of a naming verb: ``praised``, ``described``, ``hailed``, ``branding``."""

SPEECH_FORMS: Final[tuple[str, ...]] = tuple(
    sorted(
        {f for lemma, forms in _CUE_FORMS.items() if lemma not in _NAMING_LEMMAS for f in forms},
        key=lambda form: (-len(form), form),
    )
)
"""Every form of a speech verb, longest first: the one verb list of extraction and attribution."""
# The same forms as a set, for membership tests.
SPEECH_WORDS: Final[frozenset[str]] = frozenset(SPEECH_FORMS)
# Forms that answer someone ("she replied"): the one who asked is not the one answering.
ANSWER_FORMS: Final[frozenset[str]] = frozenset(
    f for lemma in ("reply", "answer", "respond", "retort", "counter") for f in _CUE_FORMS[lemma]
)
# Forms that set up an exchange of questions and answers: "“…?” she asked." ⏎ "“…,” he
# replied." (asking, pressing and answering).
EXCHANGE_FORMS: Final[frozenset[str]] = ANSWER_FORMS | frozenset(_CUE_FORMS["ask"]) | {"pressed"}
# Forms that write ("she wrote"): whoever reads the words aloud did not write them.
WRITING_FORMS: Final[frozenset[str]] = frozenset(
    f for lemma in ("write", "pen") for f in _CUE_FORMS[lemma]
)
# Forms that go on with one's own words ("he added"): the speaker of the quote before.
GOING_ON_FORMS: Final[frozenset[str]] = frozenset(
    f for lemma in ("add", "continue", "conclude") for f in _CUE_FORMS[lemma]
)

# What a microphone caught someone doing with words: "heard saying", "heard telling
# him", "can be heard replying" (every -ing form of a speech verb after "heard").
_HEARD_FORMS: Final[tuple[str, ...]] = tuple(
    sorted(
        (f for f in SPEECH_FORMS if f.endswith("ing") and f != "according"),
        key=lambda form: (-len(form), form),
    )
)

# The verbs a reporter, a record or an agency uses to carry someone's words on:
# "the agency quoted / cited / reported the minister as saying", "the minutes record
# the leader as saying", and their passives, "Ruiz was cited as saying".
AS_SAYING_VERBS: Final[tuple[str, ...]] = ("quoted", "cited", "reported", "recorded")
# Rule *the one quoted by an outlet speaks*: the passive may name who carried the words on
# ("Ruiz was quoted by state television as saying"); the subject still speaks, the outlet
# after "by" (up to five words) never does.
_AS_SAYING_AGENT: Final[str] = r"(?:\s+by(?:\s+[\w’'\-]+){1,5}?)?"
AS_SAYING_STEMS: Final[str] = r"(?:quot|cit)(?:e|es|ed|ing)|(?:record|report)(?:s|ed|ing)?"
"""A pattern for any form of those verbs before their object (``records``, ``quoting``)."""

# Rule *what a recording caught*: a documentary, a clip or a camera shows someone speaking
# as a microphone does: "is heard in archive footage telling investors:", "was filmed
# saying", "can be seen in the video telling fans", "was caught on camera saying". The
# place is a few words ending in the medium (footage, clip, video…), so "seen in the
# street telling" or "filmed at the match shouting at" stays out.
_RECORDING_VERBS: Final[tuple[str, ...]] = ("heard", "seen", "filmed", "recorded", "caught")
# The media a recording is in (also what "shows" someone speaking: "The clip shows …").
RECORDING_MEDIA: Final[tuple[str, ...]] = (
    "footage", "film", "clip", "clips", "video", "videos", "recording", "recordings", "tape",
    "camera", "documentary", "programme", "program", "episode", "trailer", "audio",
    "broadcast", "livestream",
)  # fmt: skip
_RECORDING_PLACE: Final[str] = (
    r"(?:\s+(?:in|on)(?:\s+[\w’'\-]+){0,3}?\s+(?:" + "|".join(RECORDING_MEDIA) + "))?"
)
_RECORDED_CUES: Final[tuple[str, ...]] = tuple(
    verb + _RECORDING_PLACE + r"\s+(?:" + "|".join(_HEARD_FORMS) + ")"
    for verb in _RECORDING_VERBS
)

PHRASE_CUES: Final[tuple[str, ...]] = (
    r"according\s+to",
    r"According\s+to",
    *(rf"{verb}{_AS_SAYING_AGENT}\s+as\s+saying" for verb in AS_SAYING_VERBS),
    *_RECORDED_CUES,
    r"heard\s+to\s+say",
    r"pointed\s+out",
    r"went\s+on",
    r"signed\s+off",
    r"hit\s+back",
    r"hits\s+back",
    r"fired\s+back",
    r"shot\s+back",
)
"""Speech cues of several words, as patterns: ``according to``, ``quoted as saying``."""

# Passive cues whose subject is still the speaker: "Ruiz was quoted (cited,
# reported, recorded) as saying",
# "Marsh was heard saying:", "she could be heard to say" (a microphone or team
# radio caught the words). Every other passive names a listener ("Ruiz was told").
SPEAKING_PASSIVE: Final = regex.compile(
    "|".join(rf"{verb}{_AS_SAYING_AGENT}\s+as\s+saying" for verb in AS_SAYING_VERBS)
    + r"|heard\s+to\s+say|"
    + "|".join(_RECORDED_CUES)
)
"""The passive cues whose subject speaks, as one pattern (``fullmatch`` a cue)."""


def trie_pattern(words: list[str], *, from_end: bool = False) -> str:
    """One regex alternation for ``words``, factored by shared prefixes.

    A factored alternation fails after one character at most positions, which
    keeps searching a sentence for any of ~150 verb forms cheap. With
    ``from_end`` it is factored by shared endings instead, for patterns
    searched backwards (the reverse search matches from the end of a word).

    >>> trie_pattern(["said", "says", "sa"])
    'sa(?:id|ys)?'
    >>> trie_pattern(["said", "paid", "aid"], from_end=True)
    '(?:p|s)?aid'
    """
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word[::-1] if from_end else word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        optional = "" in node
        branches = [
            emit(v) + regex.escape(k) if from_end else regex.escape(k) + emit(v)
            for k, v in sorted(node.items())
            if k
        ]
        if not branches:
            return ""
        if len(branches) == 1 and not optional:
            return branches[0]
        return "(?:" + "|".join(branches) + ")" + ("?" if optional else "")

    return emit(trie)


CUE_PATTERN: Final[str] = (
    r"(?<![\p{L}\p{M}\p{N}'’\-])(?:"
    + "|".join(PHRASE_CUES)
    + "|"
    + trie_pattern(list(CUE_FORMS))
    + r")(?![\p{L}\p{M}\p{N}'’\-])"
)
"""A regular-expression alternation matching any cue verb form (lower case)."""

CUE_OPENINGS: Final[frozenset[str]] = frozenset(
    {form[:2] for form in CUE_FORMS} | {phrase[:2] for phrase in PHRASE_CUES}
)
"""The first two letters of every cue form and phrase: a match of ``CUE_PATTERN``
starts with one of them, so a look at two letters rules out most words before a
pattern that needs a cue at a known place is run."""

PARTICIPLE_CUES: Final[frozenset[str]] = frozenset(
    f for f in CUE_FORMS if f.endswith("ing") and f != "saying"
) | {"saying"}
"""Cue forms that take their subject from the main clause (``…, adding: “…”``)."""

PRONOUNS: Final[frozenset[str]] = frozenset({"he", "she", "they", "it"})
ADDRESS_VERBS: Final[frozenset[str]] = frozenset(
    {"told", "tell", "tells", "telling", "asked", "interviewed", "contacted"}
)
"""Verbs whose object is who was spoken to, not who spoke."""

DETERMINERS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "one", "another", "its", "his", "her", "their", "our", "this", "that"}
)

AUXILIARIES: Final[frozenset[str]] = frozenset(
    {
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "been",
        "being", "be", "did", "does", "do", "could", "can", "may", "might", "should",
        "reportedly", "not",
    }
)  # fmt: skip
PASSIVE_AUXILIARIES: Final[frozenset[str]] = frozenset(
    {"is", "was", "were", "are", "been", "being", "be"}
)
# Verbs of what befalls a person (``died``, ``was arrested``, ``was found``): a
# sentence with one is about its subject, not a lead-in to their words.
FATE_VERBS: Final[frozenset[str]] = frozenset(
    {"died", "dies", "killed", "injured", "hurt", "wounded", "arrested", "charged",
     "jailed", "sentenced", "convicted", "detained", "remanded", "found", "murdered",
     "drowned", "hospitalised", "hospitalized"}
)  # fmt: skip
# Moods: how someone feels, after ``was`` (``Ruiz was furious.``) or, in the tabloids,
# as an epithet before a first name (``Tearful Poppy told the Flare:``), which is no
# part of the name.
MOODS: Final[frozenset[str]] = frozenset(
    {"delighted", "pleased", "thrilled", "disappointed", "frustrated", "excited",
     "surprised", "shocked", "stunned", "relieved", "determined", "convinced",
     "encouraged", "impressed", "upset", "annoyed", "worried", "concerned", "satisfied",
     "amazed", "overjoyed", "devastated", "heartbroken", "unimpressed", "undeterred",
     "unmoved", "furious", "fuming", "livid", "tearful", "emotional", "distraught",
     "gutted", "angry", "ecstatic", "elated", "seething", "outraged", "grieving",
     "defiant", "raging", "jubilant"}
)  # fmt: skip
# Participles after ``was`` that name a state of mind, not something done to the
# subject: ``Ruiz was delighted with the win.`` still leads in to her words.
STATE_PARTICIPLES: Final[frozenset[str]] = MOODS | frozenset(
    {"asked", "pressed", "questioned", "quizzed", "challenged", "tired", "bored",
     "interested", "involved", "married", "based", "born", "known", "used", "dressed"}
)  # fmt: skip

SMALL_NUMBERS: Final[tuple[str, ...]] = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty",
)  # fmt: skip
"""Number words up to twenty, each at the index of its value (``SMALL_NUMBERS[7]`` is
``seven``): a ranking's ``number one`` and a quote's ``two`` for ``2`` read them."""

TENS: Final[tuple[str, ...]] = (
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
)  # fmt: skip
"""The tens from twenty to ninety, in order (``TENS[k]`` is ``10 * (k + 2)``)."""

ADVERBS: Final[frozenset[str]] = frozenset(
    {
        "also", "later", "earlier", "then", "once", "previously", "recently", "simply",
        "quickly", "quietly", "calmly", "angrily", "firmly", "bluntly", "repeatedly",
        "again", "still", "further", "finally", "tearfully", "proudly", "candidly",
        "publicly", "privately", "famously", "yesterday", "today", "tonight",
        "initially", "subsequently", "separately", "jokingly", "frankly", "openly",
        "often", "always", "never", "just", "only", "first", "now", "allegedly", "reportedly",
        "apparently", "supposedly",
    }
)  # fmt: skip

PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {
        "in", "on", "at", "to", "of", "for", "from", "with", "by", "about", "against",
        "into", "onto", "over", "under", "after", "before", "during", "between", "among",
        "towards", "toward", "near", "behind", "beside", "across", "through", "via",
        "than", "like", "beat", "beating", "defeated", "visited", "visiting",
    }
)  # fmt: skip

# Capitalised words that start sentences or clauses but never names.
STOPWORDS: Final[frozenset[str]] = frozenset(
    {
        "the", "a", "an", "and", "but", "or", "so", "yet", "nor", "for", "if", "then",
        "when", "while", "whilst", "where", "as", "after", "before", "since", "until",
        "although", "though", "because", "however", "meanwhile", "in", "on", "at", "by",
        "everything",  # "Everything Ines Varga said on the derby": a headline's first word
        "to", "of", "from", "with", "without", "about", "under", "over", "during",
        "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
        "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "one",
        "asked", "speaking", "writing", "according", "last", "next", "earlier", "later",
        "now", "today", "yesterday", "tonight", "also", "still", "even", "just", "only",
        "not", "no", "yes", "all", "both", "some", "many", "most", "more", "other",
        "another", "each", "every", "such", "what", "which", "who", "whom", "whose",
        "why", "how", "is", "was", "are", "were", "be", "has", "have", "had", "do",
        "does", "did", "would", "could", "should", "might",
        "must", "mr", "mrs", "ms", "dr", "ask", "tell", "meet", "take", "give", "keep", "show",
        "instead", "indeed", "despite", "once", "none", "nobody", "everyone", "everybody",
        "someone", "anyone", "nothing",
        "further", "furthermore", "moreover", "separately", "elsewhere", "overall",
        "like", "unlike", "among", "amid", "against", "into", "through", "via",
        "neither", "either", "whether", "unless", "thus", "hence",
        "let", "read", "watch", "see", "click", "photo", "video", "image", "die", "das",
    }
)  # fmt: skip

WEEKDAYS: Final[frozenset[str]] = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)

DATE_WORDS: Final[frozenset[str]] = WEEKDAYS | frozenset(
    {
        "january", "february", "march", "july", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter",
    }
)  # fmt: skip

# Months that are also given names (DATE_WORDS leaves them out so that "May Ruiz"
# stays a name): after "on" they are dates ("Pellmore Ltd on May 5").
CALENDAR_WORDS: Final[frozenset[str]] = DATE_WORDS | {"april", "may", "june", "august"}

# Ranks and offices written as capital letters, with no stop, before a name: police
# ranks in South Asian and West African papers ("SP Ada Obi", "CP Musa Bello") and
# offices ("CM Raghav Naidu", "PM Ana Sol", "SHO Ramesh Kumar", a station house
# officer). Honorifics; but a stop after them ends a sentence ("at 5 PM.", "a DM.").
LETTER_TITLES: Final[frozenset[str]] = frozenset(
    {"sp", "asp", "dsp", "ssp", "csp", "acp", "dcp", "cp", "igp", "cm", "dcm", "pm", "sho",
     "dm", "sdm"}
)  # fmt: skip

# The letters of police and court posts as a paper uses them after "the" ("the PPRO
# added", "the DCP said", "the IO told the court"): always a post's holder, never a name
# of its own (a company's letters, "the BBC", are not here).
ROLE_LETTERS: Final[frozenset[str]] = LETTER_TITLES | frozenset(
    {"ppro", "pro", "dpo", "io", "dig", "aig", "cs"}
)

# Letters that are common nouns, written in capitals in any story ("an AI chatbot", "the
# ICU", "CCTV footage", "a GP"): never a speaker's name on their own, as a body's
# letters ("the BBC") may be.
COMMON_LETTERS: Final[frozenset[str]] = frozenset(
    {"ai", "agi", "llm", "tv", "gp", "er", "icu", "a&e", "dna", "gps", "vr", "ev",
     "evs", "suv", "atm", "pin", "iq", "hiv", "mri", "cctv", "sms", "usb", "wifi", "ipo",
     "gdp", "vpn", "api", "pdf", "faq", "ufo", "covid", "adhd", "ptsd", "lgbt", "lgbtq"}
)  # fmt: skip

HONORIFICS: Final[frozenset[str]] = frozenset(
    {
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "reverend",
        "sir", "dame", "sen", "rep", "gov", "gen", "col", "capt", "lt", "sgt", "insp",
        "det", "supt", "cllr", "hon", "fr", "st", "di", "dci", "ds", "dc", "dcs", "pc", "pcso",
        # the "Right" before "Hon" ("the Speaker, Rt. Hon. Femi Olaniran,", "the Rt Hon
        # Ada Lekan MP"): a style, no name, and its stop ends no sentence
        "rt",
        "lord", "lady", "baron", "baroness", "revd", "ven",
        # South Asian honorifics: "Shri Raghav Menon", "Smt Padma Rao"
        "shri", "sri", "smt", "shrimati", "kumari",
        *LETTER_TITLES,
        # US and Canadian police ranks ("Dep. Kyle Ross", "Ofc. Dana Pike", "Cst. Ian
        # Roy"), an Australian councillor ("Cr Ann Hale"), a Singaporean "Mdm Tan"
        "dep", "ofc", "cpl", "tpr", "cst", "cr", "mdm",
        # the same ranks and offices written longer, with a stop, in Canadian and US
        # papers ("Const. Ian Roy", "Coun. Ada Pell", "Ald. Ray Cole", "Commr. Ana Sol",
        # "Atty. Ann Dale")
        "const", "coun", "ald", "comm", "commr", "atty",
        # air force and navy ranks ("Flt Lt Ana Cray", "Sqn Ldr Ivo Pell", "Wg Cdr Tom
        # Reyes", "Cdr Ada Nell"): the last one gives the role (HONORIFIC_ROLES)
        "flt", "sqn", "wg", "ldr", "cdr", "cmdr",
        # the other services' abbreviated ranks, with or without a stop, as defence
        # and wire copy stack them ("Brig. Gen. Ana Cray", "Rear Adm. Ivo Pell", "Sgt
        # Maj Tom Reyes", "Pte Ada Nell", "Pfc. Ian Roy", "Gnr Ray Tull")
        "brig", "maj", "adm", "pvt", "pfc", "spc", "pte", "spr", "gnr", "bdr", "rfn", "fus",
        "mne", "gdsm", "lcpl", "lbdr", "cdre",
        # the navy's and the army's senior ratings and NCOs as letters ("PO Ana Cray",
        # "CPO Ivo Pell", "WO Tom Reyes", "CSgt Ada Nell", "SSgt Ray Tull", "Cfn Ian Roy")
        "po", "cpo", "wo", "csgt", "ssgt", "cfn",
        # Philippine papers' offices and professions before a name ("Usec. Ana Cruz",
        # "Asec. Ivo Reyes", "Engr. Tom Quimbo"); "Sec." is not here: "SEC" is also the
        # letters of a regulator ("filed with the SEC.", "the SEC said")
        "usec", "asec", "engr",
        # Filipino terms of respect before an elder's name ("Nanay Ana Cruz", "Tatay
        # Ivo Reyes", "Aling Rosa Dizon"), and an Ewe chief's style ("Togbe Kodzo Ameh
        # IV"): courtesy, not the name. Not "Lola" or "Nana", given names too.
        "nanay", "tatay", "aling", "togbe",
        # the styles of Malaysian, Singaporean, Nigerian, Indian and Kenyan papers
        # before a name ("Datuk Aziz Rahim", "Madam Lim Ai Hua", "Alhaji Sani Bello",
        # "Pandit Ravi Joshi", "Comrade Ada Obi", "Barr. Tunde Ade"): honours, courtesy
        # and religious styles, not part of the name; the two-word ones ("Tan Sri",
        # "Toh Puan", "Datuk Seri") are STYLE_PAIRS
        "madam", "madame", "datuk", "dato", "datin", "tun", "puan", "encik", "haji",
        "hajjah", "hajah", "alhaji", "alh", "alhaja", "hajiya", "mallam", "malam",
        "pandit", "thiru", "comrade", "barr",
        "msgr",  # a monsignor: "Msgr Ivo Pell"
    }
)  # fmt: skip
# Styles of two words whose first word alone is a surname or a common word ("Tan Sri
# Lim Ah Kow", "Toh Puan Aishah Ali", "Datuk Seri Wan Aziz", "Datin Paduka Ana Ali"):
# the first word, then the words that complete it. "Tan" alone is a surname ("Tan
# Wei Ling"), and "Sri" or "Seri" after a place's first word is in the place's name
# ("Taman Sri Muda").
STYLE_PAIRS: Final[dict[str, frozenset[str]]] = {
    "tan": frozenset({"sri"}), "puan": frozenset({"sri"}), "toh": frozenset({"puan"}),
    "datuk": frozenset({"seri", "paduka"}), "dato": frozenset({"seri", "sri", "paduka"}),
    "datin": frozenset({"seri", "paduka"}),
}  # fmt: skip
# The gender a two-word style gives ("Tan Sri" a man, "Puan Sri" and "Toh Puan" women).
STYLE_PAIR_GENDERS: Final[dict[str, str]] = {"tan": "m", "puan": "f", "toh": "f", "datin": "f"}
# Ranks written out that are also ordinary words or surnames ("Major", "Private",
# "Marine"): a title only before a full name ("Major Ann Coe said" is Ann Coe, the
# major), never alone ("Major said", "Private Eye", "Major League Soccer").
FULL_NAME_RANKS: Final[frozenset[str]] = frozenset(
    {"major", "brigadier", "commodore", "private", "marine", "cadet", "ensign", "midshipman",
     # the clergy's offices, surnames or a firm's name too ("Canon Ann Dale said", but
     # "Canon said it would cut jobs"; "Deacon", "Abbot")
     "canon", "deacon", "archdeacon", "monsignor", "abbot", "abbess", "prebendary"}
)  # fmt: skip
# A rank that is also its force's name: a title before a full name ("Garda Ann Coe told
# the court" is Ann Coe, an Irish police officer), alone the force ("a Garda spokesman").
FORCE_RANKS: Final[frozenset[str]] = frozenset({"garda"})
# A rank word only after another rank: "Det Con Ann Dale" is a detective constable, but at
# the head of a name run it is a given name ("Con Hurley").
SECOND_RANKS: Final[frozenset[str]] = frozenset({"con"})
# The role an abbreviated title gives the person after it: "Sen. Ruth Aldine" is
# "the senator", "Det Supt Ian Marr" "the superintendent".
HONORIFIC_ROLES: Final[dict[str, str]] = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "col": "colonel", "capt": "captain", "lt": "lieutenant", "sgt": "sergeant",
    "insp": "inspector", "di": "inspector", "dci": "inspector", "det": "detective",
    "supt": "superintendent", "dcs": "superintendent", "ds": "sergeant", "dc": "constable",
    "pc": "constable", "cllr": "councillor", "ven": "archdeacon", "fr": "priest",
    "sp": "superintendent", "asp": "superintendent", "dsp": "superintendent",
    "ssp": "superintendent", "csp": "superintendent", "acp": "commissioner",
    "dcp": "commissioner", "cp": "commissioner", "igp": "inspector",
    "dep": "deputy", "ofc": "officer", "cpl": "corporal", "tpr": "trooper",
    "cst": "constable", "cr": "councillor", "cdr": "commander", "cmdr": "commander",
    "brig": "brigadier", "maj": "major", "adm": "admiral", "pvt": "private", "pfc": "private",
    "pte": "private", "spr": "sapper", "gnr": "gunner", "bdr": "bombardier",
    "rfn": "rifleman", "fus": "fusilier", "mne": "marine", "gdsm": "guardsman",
    "lcpl": "corporal", "lbdr": "bombardier", "cdre": "commodore",
    "po": "officer", "cpo": "officer", "wo": "officer", "csgt": "sergeant",
    "ssgt": "sergeant", "cfn": "craftsman", "con": "constable",
    "const": "constable", "coun": "councillor", "ald": "alderman", "comm": "commissioner",
    "commr": "commissioner", "atty": "attorney", "usec": "undersecretary",
    "asec": "secretary", "engr": "engineer", "msgr": "monsignor",
    # West African and East African papers style a legislator "Hon.": "Hon. Ada Obi … the
    # lawmaker said"
    "hon": "lawmaker",
    # "Dr Meera Subban … the marine scientist": a doctor or professor is an expert
    "dr": "doctor", "prof": "professor", "professor": "professor",
}  # fmt: skip
# Rule *the bench's style*: how court reports name the judge or magistrate hearing the
# case after naming them once ("Judge Ann Dale … “…,” her Honour said", "his Worship
# added"): whoever sits on the bench (COURT_BENCH), never a name (quotematch.resolve).
BENCH_STYLES: Final[frozenset[str]] = frozenset({"honour", "honor", "worship"})
# A cleric's style before "Rev"/"Revd" and the office it gives: "The Rt Rev Ann Dale" is
# a bishop ("the bishop said"), "the Most Rev" an archbishop, "the Very Rev" a dean.
# ("Rt Hon" is no cleric: only before a reverend.)
REVERENDS: Final[frozenset[str]] = frozenset({"rev", "revd", "reverend"})
CLERGY_STYLES: Final[dict[str, str]] = {
    "rt": "bishop", "right": "bishop", "most": "archbishop", "very": "dean",
}  # fmt: skip
MALE_HONORIFICS: Final[frozenset[str]] = frozenset(
    {"mr", "sir", "lord", "baron", "shri", "sri", "encik", "haji", "alhaji", "alh", "mallam",
     "malam", "pandit", "thiru"}
)  # fmt: skip
FEMALE_HONORIFICS: Final[frozenset[str]] = frozenset(
    {"mrs", "ms", "miss", "dame", "lady", "baroness", "smt", "shrimati", "kumari", "mdm",
     "madam", "madame", "datin", "puan", "hajjah", "hajah", "alhaja", "hajiya"}
)  # fmt: skip

# What the armed forces and emergency services call their people, below the ranks
# that are titles ("Sapper Ray Tull", "the former sapper", "the old soldier", "the
# airman said"): a role, and a description of the person in view as he/she are.
SERVICE_PERSONNEL: Final[frozenset[str]] = frozenset(
    {
        "soldier", "sapper", "gunner", "airman", "airwoman", "sailor", "seaman",
        "rifleman", "fusilier", "guardsman", "serviceman", "servicewoman", "reservist",
        "paratrooper", "squaddie", "commando", "submariner", "aviator", "bombardier",
        "lifeboatman", "medic", "responder",
    }
)  # fmt: skip

# Titles a peer, royal or bishop is styled by with a place, and the gender each
# gives: "the Duchess of Arnvale", "the Bishop of Tolworth". With "of" after it the
# title is the person's name ("the Duchess of Arnvale said"), and alone a role
# ("the duchess thanked staff"), as "Prince Oren" is "the prince".
PLACE_TITLES: Final[dict[str, str | None]] = {
    "duke": "m", "duchess": "f", "earl": "m", "countess": "f", "marquess": "m",
    "marchioness": "f", "viscount": "m", "viscountess": "f", "archduke": "m",
    "archduchess": "f", "emperor": "m", "empress": "f", "sultan": "m", "emir": "m",
    "prince": "m", "princess": "f", "bishop": None, "archbishop": None, "oba": "m",
}  # fmt: skip

# Words that name a job or role; before a name they are a title to strip
# ("coach Ana Ruiz", "Labour MP Jane Doe").
PERSON_ROLES: Final[frozenset[str]] = SERVICE_PERSONNEL | frozenset(
    {
        "mayor", "minister", "spokesperson", "spokesman", "spokeswoman", "coach", "promoter",
        "manager", "president", "executive", "ceo", "chairman", "chairwoman", "chair",
        "chairperson", "director", "captain", "senator", "governor", "secretary",
        "undersecretary", "convener", "convenor", "coordinator", "co-ordinator",
        # the chair of an Irish council, and its deputy, in the Irish word local papers
        # print ("Cathaoirleach Cllr Ana Coyle … the Cathaoirleach warned")
        "cathaoirleach", "leas-chathaoirleach",
        "founder", "co-founder", "cofounder", "owner", "leader", "chief", "officer",
        # the shop floor's and the set's roles before a name ("Shift supervisor Kay Dunn",
        # "Production assistant Lina Corvo")
        "supervisor", "assistant",
        "judge", "justice", "lawyer", "attorney", "barrister", "solicitor", "prosecutor",
        "counsel",
        "professor", "doctor", "scientist", "researcher", "author", "novelist", "writer",
        "singer", "actor", "actress", "player", "striker", "goalkeeper", "midfielder",
        "defender", "forward", "winger", "boss", "head", "principal", "headteacher",
        "headmaster", "headmistress", "councillor", "councilman", "councilwoman",
        "councilmember", "mp", "mep", "msp", "inspector", "detective", "superintendent",
        "commissioner", "economist", "analyst", "presenter", "host", "chancellor",
        # an office held by one person as well as the body it heads: "ombudsman Ana Pell"
        # is a person, "the Rail Ombudsman" a body (cues.ORG_ROLES)
        "ombudsman",
        "premier", "king", "queen", "prince", "princess", "pope", "bishop",
        "archbishop", "rabbi", "imam", "priest", "pastor", "vicar", "cardinal",
        "treasurer", "ambassador", "envoy", "diplomat", "general", "colonel",
        "sergeant", "constable", "lieutenant", "admiral", "commander", "trainer",
        "jockey", "champion", "designer", "architect", "editor", "journalist",
        "reporter", "columnist", "photographer", "artist", "musician", "rapper",
        "drummer", "guitarist", "frontman", "frontwoman", "comedian", "filmmaker",
        "dj",  # "Radio DJ Benny Pendrick dies": a title before the name, not a station
        "cfo", "coo", "cto", "cio", "cmo",  # a chief officer by letters: "CFO Yusra Talib"
        "producer", "campaigner", "activist", "organiser", "organizer", "candidate",
        # who speaks at a conference or congress: "the veteran delegate said"
        "delegate",
        "nominee", "deputy", "vice", "representative", "rep", "congressman",
        "congresswoman", "lawmaker", "legislator", "politician", "mla", "td", "teacher",
        # "the retired schoolteacher said": a teacher by the older word
        "schoolteacher", "schoolmaster", "schoolmistress",
        "mpp", "mna", "mha", "mlc",
        # a provincial minister in South Africa (Member of the Executive Council), a county
        # legislator in Kenya (Member of County Assembly): "Health MEC Ana Dube", "the MCA"
        "mec", "mca",
        "nurse", "surgeon", "consultant", "adviser", "advisor", "aide", "negotiator",
        "partner", "sheriff", "marshal", "dean", "provost", "rector", "lecturer",
        "historian", "curator", "chef", "farmer", "midwife", "collector", "advocate",
        "corporal", "trooper",
        "entrepreneur", "investor", "banker", "strategist", "pollster", "whip",
        "speaker", "first-team", "skipper", "veteran", "defenceman", "quarterback",
        "pitcher", "batsman", "bowler", "midfield", "keeper", "referee", "umpire",
        "physician", "psychologist", "psychiatrist", "pharmacist", "dentist",
        "commentator", "pundit", "critic", "chemist", "physicist",
        "biologist", "epidemiologist", "virologist", "engineer", "developer",
        "mother", "father", "daughter", "son", "wife", "husband", "brother", "sister",
        "widow", "widower", "grandmother", "grandfather", "aunt", "uncle", "cousin",
        "eldest", "youngest",  # "Ada, the eldest,": a sibling named by birth order
        "resident", "neighbour", "neighbor", "witness", "victim", "survivor", "fan",
        "supporter", "student", "pupil", "worker", "employee", "volunteer", "source",
        "official", "agent", "operator", "pilot", "driver", "rider", "cyclist",
        "runner", "swimmer", "boxer", "fighter", "golfer", "batter", "shopkeeper",
        "landlord", "tenant", "homeowner", "parent", "mum", "mom", "dad",
        "influencer", "songwriter", "singer-songwriter", "tycoon", "billionaire",
        # the online creators of social-media stories: "Travel vlogger Ana Ruiz", "the
        # YouTuber said", "TikToker Ivo Pell"; "streamer" is a streaming firm's role too
        # ("Streamer Netflix"), so a person given it is found first, then the firm
        "vlogger", "blogger", "youtuber", "tiktoker", "podcaster", "creator", "streamer",
        "businessman", "businesswoman", "technician", "tactician",
        # a person by their line of work, as South Asian papers describe commuters and
        # witnesses: "Lakshmi Rao, a software professional, said…"
        "professional",
        "coroner", "magistrate", "recorder", "broker", "stockbroker", "auctioneer", "publican",
        "paramedic", "firefighter", "rescuer", "chaplain", "surveyor", "accountant", "planner",
        "fly-half", "scrum-half", "full-back",
        # a trade the local pages name people by: "Lifeguard Nia Pell said"
        "lifeguard", "carer", "hairdresser", "plumber", "beekeeper", "gamekeeper",
        # the high street's trades ("Fishmonger Ned Dunn … the fishmonger said"); those
        # that are common surnames too (Baker, Butcher, Barber) are left out
        "fishmonger", "cheesemonger", "ironmonger", "greengrocer", "florist", "cobbler",
        "locksmith", "newsagent", "optician", "jeweller", "jeweler", "haberdasher",
        "centre-back", "wing-back", "left-back", "right-back", "flanker", "centre-forward",
        "centre-half", "all-rounder", "wicketkeeper", "linebacker", "shortstop",
        # the cricket and rugby pages' coinages for a player ("the right-armer said",
        # "Leg-spinner Ana Cole", "the loosehead said"): kin by _BOWLER_ROLES and the rest
        "speedster", "tearaway", "right-armer", "left-armer", "leg-spinner",
        "off-spinner", "legspinner", "offspinner", "wrist-spinner", "finger-spinner",
        "leggie", "tweaker", "batswoman", "left-hander", "right-hander", "keeper-batter",
        "wicketkeeper-batter", "loosehead", "tighthead", "lock", "back-rower",
        "scrumhalf", "flyhalf", "five-eighth",
        # positions the back pages describe players by: "the hooker", "the paceman"
        "hooker", "prop", "paceman", "pacer", "seamer", "spinner", "opener", "playmaker",
        "goalie", "netminder", "goaltender", "receiver", "cornerback", "fullback", "halfback",
        "tailback", "lineman", "punter", "outfielder", "infielder", "reliever",
        "secretary-general", "director-general", "attorney-general", "solicitor-general",
        "governor-general", "surgeon-general", "commander-in-chief", "editor-in-chief",
        # the arts pages: "playwright Colm Devane", "the conductor said"
        "playwright", "dramatist", "screenwriter", "poet", "lyricist", "biographer",
        "composer", "conductor", "pianist", "violinist", "cellist", "soprano", "tenor",
        "baritone", "bassist", "vocalist", "choreographer", "sculptor", "painter",
        "illustrator", "cinematographer",
        # the showbiz pages: "her Night Owls co-star Ada Finch", "the contestant said"
        "co-star", "costar", "castmate", "co-host", "cohost", "co-presenter", "bandmate",
        "housemate", "contestant", "finalist",
        # the farming and animal pages: "vet Sara Quill", "the crofter said", "Grower Ian Brack"
        "vet", "veterinarian", "zookeeper", "grower", "crofter", "smallholder", "stockman",
        "agronomist", "ecologist", "conservationist", "ranger",
        # a pair or three who perform together, or any pair ("the duo said"): a role of
        # people and bands alike, so never the article's organisation by default
        "duo", "trio",
        # the court pages: a royal household's staff ("the equerry said")
        "courtier", "equerry",
        # the transport, defence and science pages: "Harbourmaster Ruth Penlee", "the
        # coxswain said", "Astronaut Ivo Marr" (steward and mariner, also surnames, are not)
        "harbourmaster", "harbormaster", "coxswain", "bosun", "boatswain", "deckhand",
        "purser", "stewardess", "navigator", "quartermaster", "stevedore", "mechanic",
        "padre", "astronaut", "cosmonaut", "astronomer", "oceanographer",
        # the weather pages: "Chief forecaster Ivo Marr said" is a person, while "the
        # forecaster said" after a weather body is that body (an organisation role too)
        "forecaster", "meteorologist",
        # traditional and local offices before a holder's name, often one word: "Village
        # Headman Ondala", "Regent Ana Prasetyo" (an Indonesian regency's head), "Inkosi
        # Mavela" (a Zulu chief); "Nkosi" and "Nana", also names, are not here
        "headman", "headwoman", "chieftain", "regent", "inkosi",
    }
) | frozenset(PLACE_TITLES)  # fmt: skip

# Words naming a minister's or commissioner's portfolio after "for"/"of": "Minister
# for Sustainability Ng Wei Ling", "Commissioner for Human Rights Ines Vale",
# "Minister for Foreign Affairs …". Before a name they are part of the title.
PORTFOLIO_WORDS: Final[frozenset[str]] = frozenset(
    {
        "affairs", "rights", "sustainability", "development", "infrastructure", "industry",
        "industries", "innovation", "communications", "information", "agriculture",
        "fisheries", "forestry", "tourism", "youth", "women", "children", "equality",
        "equalities", "science", "technology", "security", "welfare", "pensions", "works",
        "lands", "land", "mines", "mining", "minerals", "resources", "planning", "heritage",
        "arts", "enterprise", "employment", "climate", "change", "water", "roads",
        "railways", "aviation", "digital", "policing", "immigration", "citizenship",
        "relations", "manpower", "prosecutions", "commerce", "investment", "economy",
        "national", "social", "public", "human", "local", "regional", "rural", "urban",
        "community", "communities", "cooperatives", "cooperation", "co-operation",
        "integration", "disability", "disabilities", "services", "service", "protection",
        "safety", "higher", "skills", "training", "family", "families", "older", "people",
        "food", "sanitation", "petroleum", "power", "budget", "treasury", "revenue",
        "internal", "external", "international", "veterans", "constitutional", "legal",
        "parliamentary", "civil", "administration", "governance", "devolution",
        "logistics", "maritime", "media", "broadcasting", "wildlife", "research",
        "interior", "and", "&",
        # defence and emergency briefs: "Minister for the Armed Forces Ada Venn",
        # "Minister for Defence Procurement …", "Minister for Policing and Fire …"
        "armed", "forces", "procurement", "fire", "emergency", "emergencies", "cyber",
        "nuclear", "space", "reserves", "resilience", "crime", "prisons", "borders", "rescue",
        "ambulance",
        # relief and recovery briefs: "Minister for Disaster Management …", "Minister of
        # State for Relief and Reconstruction …"
        "disaster", "disasters", "management", "relief", "reconstruction", "recovery",
        "rehabilitation", "preparedness", "care",
    }
)  # fmt: skip

# What a US special district serves, before "District" in its name: "Pinecrest Fire
# District", "Hollis Independent School District" are bodies, not places.
DISTRICT_SERVICES: Final[frozenset[str]] = frozenset(
    {
        "school", "schools", "fire", "water", "park", "parks", "hospital", "sanitation",
        "utility", "utilities", "irrigation", "transit", "library", "sewer", "conservation",
        "health", "port", "unified", "independent", "drainage", "flood", "recreation",
        "college", "ambulance",
    }
)  # fmt: skip

# Nouns for people who speak as a group or without a name ("police said",
# "one man said", "officials told the paper"); never resolved to a name.
GROUP_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "police", "officials", "critics", "residents", "witnesses", "fans", "analysts",
        "experts", "prosecutors", "investigators", "authorities", "doctors", "scientists",
        "researchers", "organisers", "organizers", "campaigners", "protesters",
        "officers", "sources", "observers", "economists", "lawyers", "teachers",
        "parents", "students", "workers", "activists", "leaders", "ministers", "voters",
        "man", "woman", "men", "women", "people", "person", "boy", "girl", "child",
        "children", "friend", "friends", "colleague", "colleagues", "insider", "insiders",
        "family", "relatives", "locals", "neighbours", "neighbors", "passengers",
        "shoppers", "visitors", "staff", "employees", "paramedics", "firefighters",
        "troops", "soldiers", "rescuers", "medics", "nurses", "unions", "bosses",
        "commuter", "passenger", "customer", "shopper", "user", "reader", "viewer",
        "listener", "caller", "onlooker", "bystander", "motorist", "pedestrian", "tourist",
        "visitor", "local", "mourner", "protester", "demonstrator", "voter", "patient",
        "guest", "diner", "spectator", "attendee", "participant", "member", "citizen",
        # the travel pages: "Another traveller, a woman with two children, said…"
        "traveller", "traveler", "travellers", "travelers", "flyer", "holidaymaker",
    }
)  # fmt: skip

# A person named by their relation to another, which a body's name between a possessive
# and the noun qualifies: "her Civic Progress rival", "his Kelby Rovers teammate" (the
# party or club, not a person).
RELATION_NOUNS: Final[frozenset[str]] = frozenset(
    {"rival", "rivals", "opponent", "opponents", "counterpart", "counterparts", "teammate",
     "teammates", "colleague", "colleagues", "challenger", "challengers", "successor",
     "predecessor", "ally", "allies", "running-mate", "team-mate", "team-mates"}
)  # fmt: skip

# Who writes or rings in to an outlet; a phone-in's "Dana from Ely" is one (quotematch.names).
AUDIENCE_NOUNS: Final[frozenset[str]] = frozenset({"caller", "listener", "viewer", "reader"})

# A person described by what they are to the story, capitalised at the head of a
# name run ("Passenger Chloe Fenwick", "Regular Pete Ambrose"): stripped like a
# title when a name of two words or more follows.
LEADING_PERSON_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "passenger", "patient", "regular", "commuter", "customer", "shopper", "motorist",
        "pedestrian", "tourist", "visitor", "holidaymaker", "mourner", "protester",
        "demonstrator", "voter", "guest", "diner", "spectator", "attendee", "pensioner",
        "retiree", "parishioner", "churchgoer", "bystander", "onlooker", "eyewitness",
        "homeowner", "householder", "resident", "neighbour", "neighbor", "villager",
        "local", "fan", "supporter", "student", "pupil", "parent", "grandparent",
        "grandmother", "grandfather", "trader", "stallholder", "landlady", "owner",
        # a broadcast's audience: "Caller Ines Marr said", "Listener Tom Pyle wrote"
        *AUDIENCE_NOUNS, "contestant", "subscriber",
        # a trade being learnt: "Apprentice Tilly Tolbeck said", "Trainee Ivo Lund"
        "apprentice", "trainee", "intern",
        # the tabloids' tag for what someone is to the person in the story: "Pal Ivo Lund,
        # 18, said", "Hubby Tom Ash", "Stepdad Ned Vine" (not "friend", "lover" or "beau",
        # which are surnames or given names too; "pal" is, so GIVEN_NAME_TITLES has it)
        "pal", "bestie", "hubby", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancee",
        "fiancée", "sweetheart", "stepdad", "stepmum", "stepmom", "stepfather", "stepmother",
        "stepson", "stepdaughter", "stepbrother", "stepsister", "classmate", "schoolfriend",
        "flatmate", "roommate", "teammate", "team-mate", "colleague", "workmate",
    }
)  # fmt: skip

# A party to a case, as court and tribunal copy names the person it has just named:
# "Ida Farrant, 44, … The court heard that Ms Farrant had … “…,” the claimant said."
CASE_PARTIES: Final[frozenset[str]] = frozenset(
    {"claimant", "appellant", "applicant", "complainant", "defendant", "petitioner",
     "plaintiff", "respondent"}
)  # fmt: skip

# The parties to a civil suit, as a description: "the defendants said" is who was sued,
# "the plaintiff said" who sued (quotematch.resolve).
SUIT_PARTIES: Final[frozenset[str]] = frozenset(
    {"defendant", "defendants", "plaintiff", "plaintiffs"}
)

# Who a court or police story says stands charged: "Ray Holt, 34, is charged with …"
# then "the accused replied:" is Ray Holt (quotematch.resolve).
CHARGED_NOUNS: Final[frozenset[str]] = frozenset({"accused", "defendant"})
# What is done to them, after "is"/"was"/"been" ("Sgt Ann Dale charged Ray Holt": the
# officer is no accused); "pleaded" is their own act.
CHARGE_PARTICIPLES: Final[tuple[str, ...]] = (
    "charged", "accused", "arraigned", "remanded", "indicted", "convicted", "sentenced",
    "jailed",
)  # fmt: skip
# What a defendant denies or admits, as court reports put it right after the name ("Ray
# Holt, 31, of Mill Lane, denies murder", "admits two counts of fraud", "denied all
# charges"): a charge, so the person is the accused. Not a claim or wrongdoing denied.
CHARGE_WORDS: Final[tuple[str, ...]] = (
    "charge", "charges", "count", "counts", "offence", "offences", "offense", "offenses",
    "murder", "manslaughter", "assault", "assaulting", "attempted", "causing", "wounding",
    "rape", "robbery", "burglary", "theft", "fraud", "possession", "possessing", "arson",
    "kidnap", "kidnapping", "stalking", "harassment", "affray", "dangerous", "careless",
    "conspiracy", "perverting", "supplying", "handling", "stealing", "threatening",
)  # fmt: skip

# Roles a person has in private life or as a member of the public: a name before
# them is not an employer ("Quarby mother Ann Reid" names a town, not a company).
PRIVATE_ROLES: Final[frozenset[str]] = frozenset(
    {
        "mother", "father", "daughter", "son", "wife", "husband", "brother", "sister",
        "widow", "widower", "grandmother", "grandfather", "aunt", "uncle", "cousin",
        "resident", "neighbour", "neighbor", "witness", "victim", "survivor", "fan",
        "supporter", "student", "pupil", "homeowner", "tenant", "landlord", "parent",
        "mum", "mom", "dad", "source", "volunteer",
    }
)  # fmt: skip

# Titles that are more often a given name at the head of a name run ("Dean
# Whitsey"): kept there; "the dean" is still a role. A tag that is a surname too names
# its bearer alone ("said Mr Pal", "Pal said"; a firm's, "Canon said"), though "Pal Ivo
# Lund, 18," and "Canon Ann Dale" drop it.
GIVEN_NAME_TITLES: Final[frozenset[str]] = frozenset({"dean", "pal", "canon", "deacon", "abbot"})

# Letters after a name ("Alistair Mowbray KC", "Dame Ada Price DBE"): honours and
# ranks, not part of the name.
POSTNOMINALS: Final[frozenset[str]] = frozenset(
    {"kc", "qc", "obe", "mbe", "cbe", "dbe", "kbe", "frs", "phd", "jp",
     # an Irish barrister-at-law and senior counsel ("Orla Dunne BL", "Ivo Pell SC")
     "bl", "sc"}
)  # fmt: skip

# A party's one-word name that is also a title word ("Labour MP Jo Reid"): alone,
# it is the party ("Labour said"). "Green", "Democrat" and the like alone are
# surnames or people, so they are not here.
PARTY_NAMES: Final[frozenset[str]] = frozenset({"labour"})

# A government's portfolios as wire copy writes them before a ministry or an office
# ("the foreign ministry", "Health Secretary Ana Ruiz", "Defence Minister Ivo Pell"): title
# words before a name; at the head of a body's name they stay in it ("the Health
# Protection Agency", "Defence Equipment Agency": quotematch.names).
MINISTRY_PORTFOLIOS: Final[frozenset[str]] = frozenset(
    {"foreign", "finance", "defence", "defense", "interior", "health", "justice", "education",
     "economy", "transport", "trade", "home", "environment", "culture", "agriculture",
     "energy", "labour", "labor", "water", "treasury", "state", "housing", "sports", "sport"}
)  # fmt: skip

# A portfolio's words that a word of its own may qualify before an office holder's name
# ("Minister for Mental Health …", "… for Indigenous Affairs …"): not the links.
PORTFOLIO_HEADS: Final[frozenset[str]] = (PORTFOLIO_WORDS | MINISTRY_PORTFOLIOS) - {"and", "&"}

# The fields a public body oversees, first of the two it is named for ("the Standards and
# Testing Authority", "the Water and Sewerage Authority": quotematch.names): the
# portfolios, less a party's name and a body's own ("the Treasury and Kelby Council",
# "Labour and Kelby Council" are two).
BRIEF_WORDS: Final[frozenset[str]] = (
    PORTFOLIO_WORDS | MINISTRY_PORTFOLIOS | frozenset({"standards", "qualifications", "medicines"})
) - PARTY_NAMES - {"treasury", "and", "&"}

# Words that only occur in titles (stripped from the front of a name run, with
# the role words above): "Health Secretary", "Foreign Minister", "US Senator". Not
# "treasury": alone it is the body ("A Treasury spokesperson said").
_PORTFOLIO_TITLES: Final = MINISTRY_PORTFOLIOS - {"treasury"}
TITLE_WORDS: Final[frozenset[str]] = PERSON_ROLES | _PORTFOLIO_TITLES | frozenset(
    {
        "former", "ex", "acting", "interim", "new", "prime", "state",
        "labour", "conservative", "tory", "democrat", "democratic", "republican",
        "liberal", "green", "independent", "senior", "junior", "assistant", "deputy",
        "vice", "joint", "chief", "creative", "managing", "executive", "general", "shadow",
        "veteran", "star", "legendary", "late", "us", "uk", "eu", "un",
        "attorney", "solicitor", "supreme", "high", "district", "county", "city",
        "team", "club", "party", "opposition", "government", "union", "police",
        "dear",  # a letter's salutation: "Dear Edith" is Edith
    }
)  # fmt: skip

# The bodies that investigate and judge: "the Rail Accident Branch … the branch said",
# "the Lowmoor Tribunal … the tribunal said". Organisation roles, but never the article's
# organisation by default: a tribunal is not the firm it rules on.
JUDGING_BODIES: Final[frozenset[str]] = frozenset({"branch", "tribunal", "inquiry"})
# The officials who rule on a race or a contest as one panel, named in the plural:
# "the stewards' report", "the commissaires' decision", "stewards at Kelmarsh".
PANEL_NOUNS: Final[frozenset[str]] = frozenset({"stewards", "commissaires"})
ORG_ROLES: Final[frozenset[str]] = JUDGING_BODIES | frozenset(
    {
        "company", "firm", "club", "council", "group", "team", "government", "ministry",
        "department", "agency", "organisation", "organization", "charity", "business",
        "airline", "bank", "party", "union", "league", "federation", "association",
        "university", "school", "college", "hospital", "retailer", "brand", "label",
        "studio", "publisher", "carmaker", "manufacturer", "broadcaster", "network",
        "startup", "start-up", "foundation", "trust", "authority", "board", "committee",
        "commission", "court", "campaign", "society", "institute", "museum", "service",
        "police", "force", "regulator", "watchdog", "insurer", "operator", "developer",
        "supermarket", "chain", "giant", "maker", "provider", "platform", "outlet",
        "newspaper", "paper", "magazine", "site", "website", "app", "festival",
        "theatre", "theater", "venue", "band", "orchestra", "choir", "church",
        "coalition", "alliance", "consortium", "conglomerate", "lender", "utility",
        "supplier", "distributor", "partnership", "collective", "landlord",
        "club's", "side", "squad", "franchise", "bakery", "brewery", "restaurant", "cafe",
        "café", "hotel", "casino", "pub", "store", "shop", "factory", "carrier", "chainstore",
        "distillery", "winery", "pharmacy", "clinic", "lab", "laboratory", "bakers",
        "hospice", "infirmary",
        # the fashion and auction pages: "The Danish house announced … in a statement"
        "house",
        # the food pages: "the eatery said on Instagram", "the bistro said"
        "eatery", "bistro", "brasserie", "trattoria", "pizzeria", "takeaway", "gastropub",
        "deli", "patisserie", "steakhouse", "tearoom", "teahouse", "chippy",
        "promoter", "organisers", "body", "office", "employer", "tech",
        "toymaker", "drugmaker", "biotech", "chipmaker", "automaker", "planemaker", "steelmaker",
        "housebuilder", "streamer", "grocer", "fair", "exhibition", "conference",
        "movement", "weekly", "tabloid", "think-tank", "thinktank", "mutual", "ngo",
        "coastguard", "prefecture", "municipality", "directorate", "inspectorate",
        "secretariat",
        "airport", "mosque", "synagogue", "gurdwara", "temple", "cathedral", "chapel",
        "congregation", "diocese", "bureau", "syndicate", "confederation", "guild",
        # the arts pages: "the gallery said", "the four-piece said", "the quartet said"
        "gallery", "library", "ensemble", "troupe", "playhouse", "cinema", "academy",
        "conservatoire", "duo", "trio", "quartet", "quintet", "outfit",
        # the market pages: "the broker said in a note to clients" (a firm; a person
        # titled broker is found first)
        "broker", "stockbroker",
        "two-piece", "three-piece", "four-piece", "five-piece", "six-piece",
        "forecaster", "constabulary",
        # a broadcaster's or a creator's channel: "the channel said in a statement",
        # "whose YouTube channel Ghoomo Sab has 3m subscribers" (a channel, no person)
        "channel",
        # the money pages: "the ombudsman said" is the ombudsman service the article names
        "ombudsman",
        # the foreign pages: "The Embassy of Kalvar … the embassy said", "the consulate said"
        "embassy", "consulate",
        # the business pages: "The Dunmore Chamber of Commerce … the chamber warned"
        "chamber",
    }
)  # fmt: skip

# Organisation role nouns that, capitalised at the head of a name run, describe
# the organisation rather than start its name ("Toymaker Brindle", "Carmaker Voss
# Motors" → the organisation Brindle, Voss Motors). Words that also start real
# names ("Giant …", "Chain …", "Brand …", "Label …", "Studio …", "Hotel …") are
# left out.
LEADING_ORG_ROLES: Final[frozenset[str]] = frozenset(
    {
        "airline", "broadcaster", "carmaker", "toymaker", "drugmaker", "chipmaker",
        "automaker", "planemaker", "steelmaker", "housebuilder", "streamer", "grocer",
        "retailer", "supermarket", "insurer", "lender", "manufacturer", "publisher",
        "regulator", "supplier", "distributor", "provider", "conglomerate", "startup",
        "start-up", "firm", "organisers", "organizers",
    }
)  # fmt: skip

# Irregular past tenses of what a subject does ("Kestrane cut its forecast", "Pelgrave
# has shut two depots"): with the regular "-ed", the verbs that show a one-word subject
# did something (quotematch.names, quotematch.resolve).
IRREGULAR_PASTS: Final[frozenset[str]] = frozenset(
    {"cut", "sold", "made", "took", "set", "put", "lost", "won", "built", "paid", "told",
     "began", "begun", "shut", "sent", "kept", "bought", "shed", "spent", "taken", "given",
     "gave", "struck", "brought", "quit", "split",
     # what a body's talks, shares or plans did: "the Tarnby Arbitration Council broke
     # off talks", "the Orvel Group fell 4%", "the Dunmore Trust held a vote" (not
     # "rose", "hit", "bid", "beat", "left": nouns too, "the Tudor rose", "a Marvel hit")
     "broke", "fell", "held", "met", "went", "came", "ran", "got", "grew", "stood",
     "sought", "fought", "found", "chose", "threw", "flew", "fled", "became"}
)  # fmt: skip


def past_deed(verb: str) -> bool:
    """True for a past tense of a deed: ``recalled``, ``shut``, ``sold`` (not ``has``).

    >>> [past_deed(v) for v in ("recalled", "shut", "has", "closes")]
    [True, True, False, False]
    """
    return verb.endswith("ed") or verb in IRREGULAR_PASTS


GENERIC_ORG_ROLES: Final[frozenset[str]] = frozenset(
    {"company", "firm", "group", "business", "organisation", "organization", "giant", "maker"}
)

DOCUMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "statement", "letter", "report", "post", "tweet", "release", "filing", "ruling",
        "notice", "message", "email", "e-mail", "memo", "document", "note", "judgment",
        "judgement", "complaint", "lawsuit", "petition", "announcement", "update",
        "blog", "website", "press", "apology", "declaration", "communique", "communiqué",
        # a family's words for someone who has died, as police release them
        "tribute",
        "thread", "caption", "speech", "interview", "video", "text",
        # a social-media account speaks for its owner: "the show's official account commented"
        "account", "feed", "page",
        # what papers, agencies and governments publish in their own name
        "editorial", "op-ed", "newsletter", "bulletin", "advisory", "decree",
        # a forecaster's or a flood body's published alert: "the warning said"
        "warning", "alert",
        # what a meeting, an inquiry or a statistics office publishes: "the minutes said"
        "minutes", "review", "study", "guidance", "findings", "briefing",
        # an ombudsman's or a tribunal's written outcome: "the decision added"
        "decision",
        # what campaigners print and hand out: "The pamphlet, put out by Ann Reid, says:"
        "leaflet", "flyer", "pamphlet", "manifesto",
        # what the parties to a civil suit file: "the motion says", "the company's brief said"
        "motion", "brief", "suit",
        # what a judge writes with a ruling, as US courts call it: "the opinion said"
        "opinion",
        # what a software or games studio publishes with an update: "the patch notes read"
        "notes", "changelog",
    }
)  # fmt: skip

# Document nouns a report writes with no article, capitalised to open a sentence: "Minutes
# published with the decision said…", "Findings released on Monday show…" — a document, no
# name "Minutes".
# A forecaster's or a flood body's published warning ("the warning said"): a document, but
# only its issuer's when the article says whose it is (``resolve._alert_issuer``).
ALERT_NOUNS: Final[frozenset[str]] = frozenset({"warning", "alert"})
BARE_DOCUMENTS: Final[frozenset[str]] = frozenset({"minutes", "findings"})

# The social platforms whose names stand before an account, page or feed in news copy
# ("the brand's Instagram account", "The Kelby Police Facebook page"): one list for every
# rule that reads whose account a post came from.
PLATFORM_NAMES: Final[tuple[str, ...]] = (
    "Instagram", "Facebook", "TikTok", "LinkedIn", "YouTube", "Twitter", "X", "Threads",
    "Bluesky",
)  # fmt: skip
PLATFORM_PATTERN: Final = "|".join(PLATFORM_NAMES)
"""The platforms as one regular-expression alternation (``Instagram|Facebook|…``)."""

# What carries words that are not its holder's: "He put up a sign on the door.", "The
# sign outside, put up by landlord Ian Dunn: “No dogs.”" — the sign's wording, nobody's
# quote, whoever put it up, held it or pointed to it.
SIGN_NOUNS: Final[frozenset[str]] = frozenset(
    {"sign", "signs", "placard", "placards", "banner", "banners", "poster", "posters",
     "plaque", "billboard"}
)  # fmt: skip

# Nouns for what someone said, owned by the speaker before a colon or after a
# quote: "Ruiz's response: “…”", "Her verdict: “…”", "“…,” was his reply."
SPEECH_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "response", "verdict", "reply", "reaction", "answer", "retort", "words",
        "advice", "view", "message", "explanation", "assessment", "plea", "warning",
        "comment", "comments", "conclusion", "defence", "defense", "take", "summary",
        # "Her closing line: “…”", "His parting remark:", "Their promise:"
        "line", "remark", "remarks", "quip", "promise", "pledge", "vow", "tribute",
        "appeal", "argument",
    }
)  # fmt: skip

# Nouns that stand for the person already in view after "the" ("the singer
# said", "the chart-topper added"), like he/she: resolved to the most salient
# person, preferring one the article gave that role.
APPOSITIVE_LINKS: Final[frozenset[str]] = frozenset(
    {"at", "of", "for", "from", "with", "in", "on", "to"}
)
"""Prepositions that end an appositive's noun: ``, an analyst at the bank,`` is an analyst."""

# A bowler's kind is kin to a bowler: "the paceman" after "opening bowler Ravi Dias",
# "the right-armer" or "the tweaker" after "fast bowler Tom Reyes", "leg-spinner Ana Cole".
_BOWLER_ROLES: Final = frozenset(
    {"bowler", "paceman", "pacer", "seamer", "spinner", "quick", "speedster", "tearaway",
     "right-armer", "left-armer", "leg-spinner", "off-spinner", "legspinner", "offspinner",
     "wrist-spinner", "finger-spinner", "leggie", "tweaker"}
)  # fmt: skip
# A batter's kinds likewise: "the left-hander" after "opening batter Ray Dunn".
_BATTER_ROLES: Final = frozenset(
    {"batter", "batsman", "batswoman", "opener", "left-hander", "right-hander",
     "keeper-batter", "wicketkeeper-batter"}
)  # fmt: skip
# A rugby pack's positions: "the loosehead" after "prop Ivo Tane", "the back-rower" after
# "flanker Ned Hale" (backs are the football list's "winger", "full-back" and "fullback").
_FORWARD_ROLES: Final = frozenset(
    {"prop", "loosehead", "tighthead", "hooker", "lock", "flanker", "back-rower",
     "number-eight", "forward"}
)  # fmt: skip

# A player's kind of bowler, batter or forward describes the player in view, as the
# positions below do ("the off-spinner said", "the left-hander said").
PERSON_DESCRIPTIONS: Final[frozenset[str]] = (
    SERVICE_PERSONNEL
    | _BOWLER_ROLES
    | _BATTER_ROLES
    | _FORWARD_ROLES
    | frozenset(
    {
        "star", "superstar", "songwriter", "singer-songwriter", "chart-topper",
        "hitmaker", "influencer", "model", "tactician", "technician", "winner",
        "icon", "legend", "mogul", "tycoon", "billionaire", "millionaire",
        "businessman", "businesswoman", "sportsman", "sportswoman", "frontman",
        "star's", "actor", "actress", "singer", "presenter", "artist", "musician",
        "boss", "coach", "manager", "striker", "player", "performer", "entertainer",
        "celebrity", "personality", "athlete", "skipper", "captain", "founder",
        "chief", "executive", "ceo", "director", "leader", "chairman", "chairwoman",
        "cfo", "coo", "cto", "cio", "cmo",  # "the CFO said": a chief officer, no name
        "mother", "father", "mum", "dad", "parent", "politician", "campaigner",
        "broadcaster", "comedian", "rapper", "author", "writer", "novelist",
        "dancer", "drummer", "guitarist", "dj", "chef", "footballer", "cricketer",
        "golfer", "boxer", "jockey", "youtuber", "clubman", "clubwoman", "hurler",
        "vlogger", "blogger", "tiktoker", "podcaster", "creator",
        "sprinter", "swimmer", "all-rounder", "frontwoman", "gaffer", "guard",
        # a player's position, as the back pages describe the player in view
        "winger", "midfielder", "defender", "goalkeeper", "keeper", "forward", "hooker",
        "prop", "fly-half", "scrum-half", "flanker", "paceman", "seamer", "spinner",
        "batsman", "quarterback", "receiver", "pitcher", "centre-half", "centre-back",
        "full-back", "wing-back", "left-back", "right-back", "centre-forward",
        # the showbiz pages: "the Emberly nominee", "the former teen heartthrob"
        "nominee", "heartthrob", "starlet", "socialite", "crooner",
        # the tabloids' epithets for the star in view: "the telly favourite", "the soap hunk"
        "favourite", "favorite", "hunk", "sensation", "idol", "hero", "heroine", "darling",
        "funnyman", "funnywoman", "stalwart", "hopeful",
        # and for her looks: "the brunette beauty", "the blonde bombshell", "the stunner"
        "beauty", "bombshell", "stunner", "brunette", "blonde", "redhead",
        # the food and drink pages: "the restaurateur", "the barista", "the landlady"
        "restaurateur", "barista", "landlady", "foodie",
    }
    )
)  # fmt: skip

# Role nouns a later description uses for a person first given another title:
# "Harlow manager Ben Ekwueme … the Harlow boss", "the education secretary, Lorna
# Vickers … the minister", "its chief operating officer … the executive".
ROLE_KIN: Final[dict[str, frozenset[str]]] = {
    "boss": frozenset(
        {"manager", "coach", "ceo", "chief", "executive", "head", "chairman",
         "chairwoman", "chair", "director", "leader", "owner", "founder", "president"}
    ),
    "manager": frozenset({"boss", "coach"}),
    "gaffer": frozenset({"manager", "boss", "coach"}),  # the back pages' word for a manager
    "designer": frozenset({"director"}),  # a fashion house's creative director
    # "the senior investigating officer" after "Detective Chief Inspector Amit Sharma";
    # "the police officer" after "Police Lt. Col. Ivo Reyes", the commissioned ranks of
    # forces ranked like an army
    "officer": frozenset(
        {"detective", "inspector", "constable", "sergeant", "superintendent", "commissioner",
         "lieutenant", "colonel", "major", "commander"}
    ),
    "coach": frozenset({"boss", "manager", "trainer"}),
    # a parish's clergy: "the priest" after "the Rev Ann Dale, vicar of St Mary's"
    "priest": frozenset({"vicar", "rector", "pastor", "chaplain", "curate"}),
    # a church's senior clergy: "the prelate" after "Archbishop Ivo Marr"; "the cleric"
    # for any of its clergy, or a mosque's or a synagogue's
    "prelate": frozenset({"bishop", "archbishop", "cardinal", "pope"}),
    "cleric": frozenset(
        {"bishop", "archbishop", "cardinal", "pope", "priest", "imam", "rabbi", "vicar",
         "pastor", "chaplain", "rector", "curate"}
    ),
    "minister": frozenset({"secretary", "chancellor"}),
    "secretary": frozenset({"minister"}),
    "executive": frozenset(
        {"ceo", "chief", "officer", "director", "president", "chairman", "chairwoman"}
    ),
    "chief": frozenset({"ceo", "executive", "head"}),
    # a team's captain is its skipper on the back pages: "Chennai captain … the Chennai skipper"
    "skipper": frozenset({"captain"}),
    "captain": frozenset({"skipper"}),
    "lawmaker": frozenset(
        {"mp", "senator", "congressman", "congresswoman", "representative", "legislator"}
    ),
    # the same seat in the other word: "Hon. Ivo Marr, the MP for Kelby … the legislator"
    "legislator": frozenset(
        {"mp", "senator", "congressman", "congresswoman", "representative", "lawmaker"}
    ),
    "politician": frozenset(
        {"mp", "mep", "msp", "senator", "minister", "councillor", "mayor", "lawmaker"}
    ),
    # "Nina Ross, a stockbroker, … the broker said": the person, not a firm
    "broker": frozenset({"stockbroker"}),
    # the family's own word for a parent: "Her mother, Jo Shaw, … the mum said"
    "mum": frozenset({"mother"}),
    "mom": frozenset({"mother"}),
    "dad": frozenset({"father"}),
    "mother": frozenset({"mum", "mom"}),
    "father": frozenset({"dad"}),
}  # fmt: skip

# Rule *a chief officer's letters*: the word of a title that says which chief officer
# ("chief financial officer", "finance chief") and the letters the title is known by,
# so "the CFO" finds Yusra Talib after "Chief Financial Officer Yusra Talib".
_OFFICER_REMITS: Final[dict[str, str]] = {
    "executive": "ceo", "financial": "cfo", "finance": "cfo", "operating": "coo",
    "operations": "coo", "technology": "cto", "technical": "cto", "information": "cio",
    "marketing": "cmo",
}  # fmt: skip


def officer_letters(words: Sequence[str]) -> str | None:
    """The letters a chief officer's title is known by, from the title's words (lower case).

    ``chief financial officer``, ``finance chief`` and ``finance director`` are the
    CFO; ``chief executive`` the CEO; ``chief operating officer`` the COO. Only a
    remit next to *chief* (or *finance* before *director*) counts: an ``executive
    director`` is no chief officer.

    >>> officer_letters(["chief", "financial", "officer"]), officer_letters(["finance", "chief"])
    ('cfo', 'cfo')
    >>> officer_letters(["its", "chief", "executive"]), officer_letters(["executive", "director"])
    ('ceo', None)
    """
    last = len(words) - 1
    for i, word in enumerate(words):
        if word == "chief":
            if i < last and words[i + 1] in _OFFICER_REMITS:
                return _OFFICER_REMITS[words[i + 1]]
            if i > 0 and words[i - 1] in _OFFICER_REMITS:
                return _OFFICER_REMITS[words[i - 1]]
        elif word == "director" and i > 0 and words[i - 1] in ("finance", "financial"):
            return "cfo"
    return None


# Rule *a specialist is any expert*: a generic noun for someone who knows a field
# ("the infection specialist", "the expert", "the doctor") describes a person
# glossed with any particular expertise ("a consultant virologist", "a paediatrician").
_EXPERT_HEADS: Final = frozenset(
    {"specialist", "expert", "scientist", "researcher", "academic", "doctor", "medic",
     "clinician"}
)  # fmt: skip
_EXPERTS: Final = frozenset(
    {"scientist", "researcher", "professor", "economist", "physicist", "chemist",
     "physician", "surgeon", "doctor", "paediatrician", "pediatrician", "pharmacist",
     "dentist", "consultant", "lecturer", "academic", "specialist", "expert", "clinician",
     "medic", "statistician", "geneticist", "anaesthetist", "anesthetist"}
)  # fmt: skip


# Rule *a discipline for the one academic in view*: a researcher's field ("the
# astronomer", "the glaciologist", "the historian") describes a person the article
# titled only as an academic ("Prof Ivo Rask", "Dr Ana Cray", "lead researcher …");
# ``resolve._titled`` takes it only when exactly one such person is in view.
_ACADEMIC_TITLES: Final = frozenset(
    {"professor", "doctor", "scientist", "researcher", "academic", "lecturer"}
)
_DISCIPLINES: Final = frozenset(
    {"astronomer", "astrophysicist", "physicist", "geophysicist", "chemist", "biochemist",
     "geochemist", "oceanographer", "geographer", "demographer", "geneticist",
     "statistician", "mathematician", "economist", "historian", "botanist"}
)  # fmt: skip


def discipline(head: str) -> bool:
    """True for a researcher's field as a noun (``astronomer``, ``-ologist``).

    >>> discipline("glaciologist"), discipline("astronomer"), discipline("photographer")
    (True, True, False)
    """
    return head in _DISCIPLINES or head.endswith("ologist")


def kindred(noun: str, head: str) -> bool:
    """True when a person given the role ``noun`` may be described as *the* ``head``.

    The same noun, its kin (``ROLE_KIN``: a manager is a ``boss``), or, for a
    generic noun of expertise (specialist, expert, scientist, researcher,
    doctor…), any particular expertise: a word ending in *-ologist* or
    *-iatrist*, or one of a short list (surgeon, physician, economist…). The
    test is lexical and small on purpose.

    >>> kindred("virologist", "specialist"), kindred("manager", "boss")
    (True, True)
    >>> kindred("farmer", "specialist"), kindred("virologist", "firefighter")
    (False, False)
    """
    if noun == head or noun in ROLE_KIN.get(head, ()):
        return True
    if noun in _ACADEMIC_TITLES and discipline(head):
        return True  # "Prof Ivo Rask … the astronomer": a discipline for an academic
    return head in _EXPERT_HEADS and (noun in _EXPERTS or noun.endswith(("ologist", "iatrist")))


# A player capped by a country, after its name: "the former Wales international"
# is a person; "the international community" is not (no capitalised word before).
CAPPED_NOUNS: Final[frozenset[str]] = frozenset({"international"})

# A player's positions are kin to each other: "the forward" after "striker Kwame Asante".
_PLAYER_ROLES: Final = frozenset(
    {"player", "striker", "forward", "winger", "midfielder", "defender", "goalkeeper",
     "keeper", "attacker", "centre-back", "full-back", "centre-half"}
)  # fmt: skip
ROLE_KIN.update({role: _PLAYER_ROLES - {role} for role in _PLAYER_ROLES})
# Who plays and who picks the side are never one another: "the coach" is not the
# midfielder in view, "the striker" not the manager.
PLAYER_ROLES: Final[frozenset[str]] = _PLAYER_ROLES | {"captain", "skipper"}
BENCH_ROLES: Final[frozenset[str]] = frozenset({"coach", "manager", "boss", "gaffer", "tactician"})
# The kinds of player a cricket or rugby side is made of, each family kin within itself.
PLAYER_KINDS: Final[tuple[frozenset[str], ...]] = (_BOWLER_ROLES, _BATTER_ROLES, _FORWARD_ROLES)


def other_kind_of_player(roles: Iterable[str], head: str) -> bool:
    """Rule *a batter is not the right-armer*: True when ``head`` is a kind of player
    (:data:`PLAYER_KINDS`) and ``roles``, a person's, hold another kind and none of
    ``head``'s family (an all-rounder given both keeps either).

    >>> other_kind_of_player({"batter"}, "right-armer"), other_kind_of_player({"seamer"}, "bowler")
    (True, False)
    """
    family = next((kind for kind in PLAYER_KINDS if head in kind), None)
    if family is None:
        return False
    held = set(roles)
    return held.isdisjoint(family) and any(not held.isdisjoint(kind) for kind in PLAYER_KINDS)


# The kinds of bowler, of batter and of forward (defined by PERSON_DESCRIPTIONS) are kin.
ROLE_KIN.update({role: _BOWLER_ROLES - {role} for role in _BOWLER_ROLES})
ROLE_KIN.update({role: _BATTER_ROLES - {role} for role in _BATTER_ROLES})
ROLE_KIN.update(
    {role: ROLE_KIN.get(role, frozenset()) | (_FORWARD_ROLES - {role}) for role in _FORWARD_ROLES}
)

# Rule *a profession's other word*: a person introduced with one word of a profession
# is described later with another of the same family ("Ms Tandy's solicitor, Ruth
# Calloway, …" then "the employment lawyer said"; "train driver … the motorman").
# Each family is kin within itself; the description finds a person only when exactly
# one person in view was given a word of its family (``resolve._titled``).
# Who sits on the bench: "Magistrate Ann Dale" or "Justice Ann Dale" … "the judge said".
COURT_BENCH: Final[frozenset[str]] = frozenset({"judge", "justice", "magistrate"})
PROFESSION_FAMILIES: Final[tuple[frozenset[str], ...]] = (
    frozenset({"lawyer", "solicitor", "barrister", "attorney", "counsel", "advocate"}),
    frozenset({"journalist", "editor", "reporter", "correspondent", "columnist"}),
    frozenset({"pilot", "aviator", "airman"}),
    frozenset({"driver", "motorman", "trainman"}),
    frozenset({"investigator", "inspector"}),
    COURT_BENCH,
    # A programme's hosts: "his co-host Ada Finch" is the presenter too.
    frozenset({"presenter", "host", "co-host", "cohost", "co-presenter", "anchor", "co-anchor"}),
)
PROFESSION_WORDS: Final[frozenset[str]] = frozenset().union(*PROFESSION_FAMILIES)
ROLE_KIN.update(
    {role: ROLE_KIN.get(role, frozenset()) | (family - {role})
     for family in PROFESSION_FAMILIES for role in family}
)  # fmt: skip

# The people who govern an organisation: "the trust's trustees said" is the trust.
GOVERNING_NOUNS: Final[frozenset[str]] = frozenset(
    {"trustees", "directors", "governors", "board", "management", "leadership", "owners"}
)

# Nouns for who speaks for an organisation: their words are the organisation's.
SPOKESPERSON_NOUNS: Final[frozenset[str]] = frozenset(
    {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "rep"}
)

# A body's officers, who write its findings in its name: "Inspectors from the Wexmoor
# Care Agency wrote: …" is the agency's verdict; so is a research team's note to clients,
# published under its firm's name ("Analysts at Corvane Capital wrote in a note").
OFFICIAL_STAFF: Final[frozenset[str]] = frozenset(
    {"inspectors", "auditors", "officials", "investigators", "examiners", "regulators",
     "analysts", "economists", "strategists"}
)  # fmt: skip

# Who issues a document on someone's behalf: "Tyler's management issued a statement. It
# read: …" is Tyler's statement (a family speaks for itself, so it is not here).
AGENT_NOUNS: Final[frozenset[str]] = (
    GOVERNING_NOUNS
    | SPOKESPERSON_NOUNS
    | {
        "representatives", "reps", "lawyer", "lawyers", "solicitor", "solicitors",
        "attorney", "attorneys", "publicist", "agent", "camp", "team", "office", "campaign",
    }
)  # fmt: skip
CLUB_WORDS: Final[frozenset[str]] = frozenset(
    {"club", "fc", "afc", "rfc", "rufc", "united", "rovers", "athletic", "wanderers", "city",
     "town", "rangers", "albion", "harriers", "fk", "sc", "cf", "sk", "bk"}
)
"""Words in a name that make it a club's: "the club" may stand for ``Kelby Rovers``."""

# First words of place names, which act like organisations ("South Korea said
# it would..."), never like people.
PLACE_FIRST_WORDS: Final[frozenset[str]] = frozenset(
    {
        "north", "south", "east", "west", "new", "san", "santa", "los", "las", "saint",
        "fort", "port", "mount", "lake", "upper", "lower", "greater", "central", "river",
        "loch", "glen", "cape", "isle", "lough",
        "northern", "southern", "eastern", "western", "united", "downing", "wall",
        # Malay and Indonesian places: an estate, a road, a village, a hill, a river,
        # an island, a town, a lane, a cape, a bay ("Taman Sri Melur", "Jalan Kebun",
        # "Kampung Baru", "Bukit Indah", "Sungai Buloh", "Pulau Tekong")
        "taman", "jalan", "kampung", "kampong", "bukit", "sungai", "pulau", "bandar",
        "lorong", "tanjung", "teluk", "kuala",
    }
)  # fmt: skip

# Last words of place names ("Tanhouse Lane", "Brisby Park"): never a person.
PLACE_LAST_WORDS: Final[frozenset[str]] = frozenset(
    {
        "lane", "road", "street", "row", "avenue", "drive", "way", "close", "crescent",
        "square", "park", "bridge", "river", "estate", "arena", "stadium", "valley",
        "hill", "hills", "heath", "common", "green", "terrace", "gardens", "place",
        "island", "islands", "bay", "beach", "harbour", "harbor", "county", "province",
        "district", "borough", "village", "town", "mountains", "forest", "coast",
        # the roads a transport story names: "Kelso Highway", "the Dunmore Motorway"
        "highway", "motorway", "freeway", "boulevard",
        # an electoral seat, as Nigerian, Indian and Kenyan papers name it: "Ugbenu North
        # Federal Constituency", "Kariamu Ward" is left out (Ward is a surname)
        "constituency",
        # the units of local government: "Vasseur Parish" (Louisiana's counties, an
        # English civil parish), "Clark Township", "Rivas Municipality"
        "parish", "township", "municipality",
    }
)  # fmt: skip

# Acronyms of bodies news names by their letters alone, with the name they stand for.
# Such an acronym is that body, not the initials of another body the story named in
# full ("the Northern Heritage Society" … "an NHS spokeswoman"), unless the story
# prints it in brackets after that name.
KNOWN_ACRONYMS: Final[dict[str, str]] = {
    "NHS": "National Health Service",
    "BBC": "British Broadcasting Corporation",
    "ITV": "Independent Television",
    "FBI": "Federal Bureau of Investigation",
    "CIA": "Central Intelligence Agency",
    "NSA": "National Security Agency",
    "IMF": "International Monetary Fund",
    "WHO": "World Health Organization",
    "WTO": "World Trade Organization",
    "NATO": "North Atlantic Treaty Organization",
    "OPEC": "Organization of the Petroleum Exporting Countries",
    "FIFA": "Fédération Internationale de Football Association",
    "UEFA": "Union of European Football Associations",
    "IOC": "International Olympic Committee",
    "CBI": "Confederation of British Industry",
    "TUC": "Trades Union Congress",
    "FCA": "Financial Conduct Authority",
    "ONS": "Office for National Statistics",
    "IFS": "Institute for Fiscal Studies",
    "ECB": "European Central Bank",
    "HMRC": "HM Revenue and Customs",
    "DWP": "Department for Work and Pensions",
    "RAF": "Royal Air Force",
    "RSPCA": "Royal Society for the Prevention of Cruelty to Animals",
    "RSPB": "Royal Society for the Protection of Birds",
    "NSPCC": "National Society for the Prevention of Cruelty to Children",
    "BMA": "British Medical Association",
    "RCN": "Royal College of Nursing",
    "NFU": "National Farmers' Union",
    "NASA": "National Aeronautics and Space Administration",
    "EPA": "Environmental Protection Agency",
    "FDA": "Food and Drug Administration",
    "SEC": "Securities and Exchange Commission",
    "CDC": "Centers for Disease Control and Prevention",
    "IRS": "Internal Revenue Service",
    "DVLA": "Driver and Vehicle Licensing Agency",
    "HSE": "Health and Safety Executive",
    "CPS": "Crown Prosecution Service",
    "RNLI": "Royal National Lifeboat Institution",
    "OECD": "Organisation for Economic Co-operation and Development",
}

# Words inside an organisation's name ("Northwind Energy Ltd", "Leeds City Council").
ORG_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "inc", "ltd", "llc", "llp", "plc", "corp", "corporation", "co", "company", "companies",
        "limited", "bhd", "berhad", "pte", "tbk",  # "Lembah Jaya Bhd", "Seng Lee Pte Ltd"
        "group", "holdings", "partners", "club", "fc", "afc", "united", "rovers",
        "athletic", "wanderers", "rangers", "albion", "harriers", "city", "council",
        "ministry", "department", "office",
        "agency", "authority", "university", "college", "school", "institute",
        "directorate", "inspectorate", "secretariat",
        "foundation", "trust", "association", "federation", "league", "union",
        "committee", "commission", "party", "bank", "police", "service", "services",
        "government", "airlines", "airways", "motors", "industries", "systems",
        "technologies", "labs", "media", "news", "press", "times", "post", "herald",
        "gazette", "tribune", "journal", "telegraph", "guardian", "observer", "radio",
        "tv", "television", "network", "studios", "records", "entertainment", "energy",
        "oil", "gas", "power", "water", "rail", "railways", "airport", "hospital",
        "health", "nhs", "army", "navy", "force", "forces", "court", "parliament",
        "senate", "congress", "assembly", "board", "society", "museum", "gallery",
        "theatre", "theater", "orchestra", "church", "charity", "fund", "capital",
        "ventures", "pharmaceuticals", "pharma", "foods", "brewery", "bakery",
        "hotels", "resorts", "insurance", "finance", "financial", "bancorp", "club's",
        "council's", "team", "cooperative", "co-op", "alliance", "coalition", "centre",
        "street", "hall", "palace", "kremlin", "pentagon", "center", "laboratory",
        "laboratories", "lab", "observatory", "clinic", "trading",
        "partnership", "books", "publishing", "stores", "shops", "markets", "homes", "estates",
        "properties", "logistics", "solutions", "consulting", "software", "games",
        "pictures", "films", "productions", "music", "brands", "retail", "mining",
        "interactive", "animation",  # the games pages: "Tallis Interactive"
        # the makers of the aviation and motor pages: "Halvern Aircraft's program chief"
        "aircraft", "aerospace", "aeronautics", "aviation", "automotive",
        "ferries", "buses", "coaches", "trains", "railway", "travel", "tours", "cruises",
        "farms", "dairies", "brewing", "supplies", "telecom", "communications", "mutual",
        "movement", "market", "store", "shop", "diner", "restaurant", "café", "cafe",
        "pharmacy", "garage", "hospice", "infirmary", "cathedral",
        # faith pages: "the Al-Noor Mosque", "Brisby Hebrew Congregation", "Diocese of Wray"
        "mosque", "synagogue", "gurdwara", "temple", "chapel", "congregation", "diocese",
        # public bodies: "Statistics Norvia", "the Met Bureau", "Sandholme Coastguard"
        "statistics", "bureau", "coastguard", "constabulary", "guild",
        # bodies of science, rights and aid copy: "the Meridian Space Consortium", "the
        # Bureau of Immigration Enforcement", "the Drovers' Guild"
        "consortium", "syndicate", "confederation",
        # "the Home Finance Ombudsman Service", "the Rail Ombudsman": a public body
        "ombudsman",
        # the fashion pages: the French for a house or a workshop opening a house's name
        # ("Atelier Vesna"), never a person's
        "maison", "atelier",
        # the animal pages: "Hollowmere Zoo", "Quillbrook Dog Rescue", "Lathmore Donkey
        # Sanctuary", "Carbury Cat Shelter" are places and charities, never people
        "zoo", "aquarium", "rescue", "sanctuary", "shelter",
        # the business pages: "Hollinford Chamber of Commerce", "the Wexby Chamber of Trade"
        "chamber",
        # the arts pages: "the Almsworth Prize for Fiction", "the Tarrow Film Festival", "the
        # Kelby Music Awards" are run by a body that speaks for them, never a person
        "prize", "awards", "festival",
        # the US schools pages: a school named without "School" ("Alder Creek
        # Elementary", "Pine Hollow Elementary") is a school, never a person
        "elementary",
        # and a district named for the schools it runs ("Ostwin Valley Schools", "Harnell
        # Unified"): a body, never a person
        "schools", "unified",
    }
)  # fmt: skip

# Rule *a firm named for its trade*: the last word of a name of two or more words that
# makes it a business on the money pages ("Harrowgate Savings", "Sunmead Holidays",
# "Corbray Wealth"). Alone they are common nouns opening a sentence ("Savings rates
# fell", "Holidays cost more"), so one word is no organisation. "Credit" ends a lender's
# name ("Pellmoor Credit") but not a benefit's ("Universal Credit": BENEFIT_CREDITS).
TRADE_NAME_ENDS: Final[frozenset[str]] = frozenset(
    {
        # the lending and biotech pages: "Pellmoor Credit", "Varnex Bio", "Ostry Genomics"
        # (not "Securities": a broker an analyst works at is no body in view, see
        # resolve._named_broker)
        "credit", "bio", "biotech", "biologics", "genomics",
        "savings", "lending", "loans", "mortgages", "assurance", "wealth", "investments",
        "holidays", "broadband", "telecoms", "utilities",
        # housing, motoring and medicine pages: "Larkfield Developments", "Ashby Lettings",
        # "Vornic Automotive", "Quell Therapeutics", "Tamsin Biosciences", "Orvale Diagnostics"
        "developments", "lettings", "automotive", "therapeutics", "biosciences", "diagnostics",
        # the resources, energy and freight pages: "Corvel Minerals", "Tamsin Resources",
        # "Orlo Petroleum", "Pell Renewables", "Gannet Stevedores", "Marrow Haulage"
        "minerals", "resources", "metals", "petroleum", "exploration", "midstream",
        "renewables", "stevedores", "haulage", "shipping",
        # the shipping pages: a ship's operator or manager ("Calloway Lines", "Orlen Ship
        # Management", "Varne Tankers")
        "lines", "management", "tankers",
        # the travel pages: an airline named by its last word ("Southmoor Air", "Kestrel
        # Aviation"); "Air" opening a name is a rank ("Air Marshal"), not this
        "air", "aviation",
        # the engineering and space pages: a maker or supplier ("Venmore Hydraulics",
        # "Quellin Fluidics", "Arrowby Aerospace", "Tarnwell Electronics")
        "hydraulics", "fluidics", "electronics", "robotics", "dynamics", "aerospace",
        "avionics", "photonics", "optics", "engineering", "semiconductors",
        # the chip pages: a chipmaker or the plant that makes its chips ("Orvane
        # Semiconductor", "Tessaly Silicon", "Kelvane Foundry", "Marrow Devices")
        "semiconductor", "silicon", "foundry", "foundries", "microelectronics", "devices",
        # the building and quarrying pages: "Hollick Aggregates", "Tarn Construction"
        "aggregates", "quarries", "quarrying", "construction", "contractors", "builders",
    }
)  # fmt: skip

# The words before "Credit" that make it a state benefit, not a lender: "Universal Credit",
# "Pension Credit", "Working Tax Credit".
BENEFIT_CREDITS: Final[frozenset[str]] = frozenset({"universal", "pension", "tax"})

# Last words of a government portfolio ("Minister for Fisheries and Maritime Works",
# "Secretary for Water Resources"): a run ending in one names a brief, never a person.
PORTFOLIO_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "affairs", "relations", "resources", "development", "security", "planning",
        "infrastructure", "innovation", "welfare", "fisheries", "irrigation", "tourism",
        "employment", "pensions", "communities", "procurement", "sanitation",
    }
)  # fmt: skip

# Nouns that describe a person already named rather than name anyone: "the
# veteran", "the youngster". After "the" they stand for a person as he/she do.
# A member of a party, after "the": "the Republican said", "the Colorado Democrat", "the
# Tory", "the Lib Dem", "the Green": the politician in view, as a nationality is.
PARTY_MEMBERS: Final[frozenset[str]] = frozenset(
    {"republican", "democrat", "tory", "conservative", "lib dem", "green"}
)
# An age in words, and the first year of its decade: "the nonagenarian said" is a person
# of 90 to 99, described as "the 91-year-old" would be.
AGE_DECADES: Final[dict[str, int]] = {
    "quinquagenarian": 50, "sexagenarian": 60, "septuagenarian": 70, "octogenarian": 80,
    "nonagenarian": 90, "centenarian": 100, "supercentenarian": 110,
}  # fmt: skip
DESCRIPTOR_NOUNS: Final[frozenset[str]] = frozenset(
    {"veteran", "youngster", "teenager", "newcomer", "rookie", "debutant", "pensioner",
     # a stage of life, as the human-interest pages describe the person in view ("the
     # brave schoolboy", "the teen", "the lad", "the octogenarian")
     "teen", "schoolboy", "schoolgirl", "lad", "lass", "boy", "girl",
     "octogenarian", "nonagenarian", "centenarian", "septuagenarian",
     # a grandparent by the family's own word ("the gran", "the grandad")
     "gran", "granny", "grandma", "nan", "nana", "grandad", "granddad", "grandpa",
     "retiree"}
) | frozenset(AGE_DECADES)  # fmt: skip

# What a business runs, before a role of people and firms alike: "Ferry operator
# Brandle Lines", "rail operator Kestra" are companies; "camera operator Ann Bell",
# "crane operator Tom Hale" stay people (those words are not here).
OPERATED_THINGS: Final[frozenset[str]] = frozenset(
    {
        "ferry", "ferries", "bus", "buses", "coach", "rail", "railway", "train", "tram",
        "airline", "airport", "port", "network", "mobile", "broadband", "pipeline", "grid",
        "energy", "water", "tour", "cruise", "shipping", "freight", "haulage", "satellite",
        "telecoms", "lottery", "casino", "utility", "toll", "transit", "metro",
    }
)  # fmt: skip

# Kinship nouns a story also uses, after "the", for the person in view, whose state
# of life they name rather than a tie to someone named: "Among those rescued was Rosa
# Pell, 84. … the widow said", "the grandfather said". Roles too ("his widow, Ann,").
STATE_KIN: Final[frozenset[str]] = frozenset(
    {"widow", "widower", "grandmother", "grandfather", "grandparent"}
)

# Capitalised nationality words that describe a person ("the Scot said"): never a
# name. Words ending in -man/-woman ("the Frenchman") are covered by rule.
_DEMONYMS: Final[frozenset[str]] = frozenset(
    {
        "scot", "briton", "brit", "swede", "dane", "finn", "pole", "czech", "slovak",
        "serb", "croat", "slovene", "bosnian", "greek", "turk", "spaniard", "kiwi",
        "aussie", "yank", "argentine", "swiss", "portuguese", "chinese", "japanese",
        "vietnamese", "lebanese", "senegalese", "congolese", "maltese", "thai", "iraqi",
        "israeli", "pakistani", "bangladeshi", "kenyan", "ugandan", "nigerian",
        "ghanaian", "australian", "american", "canadian", "mexican", "brazilian",
        "colombian", "chilean", "peruvian", "italian", "german", "belgian", "austrian",
        "hungarian", "romanian", "bulgarian", "ukrainian", "russian", "norwegian",
        "icelandic", "egyptian", "moroccan", "algerian", "tunisian", "indian", "iranian",
        "jamaican", "cameroonian", "ivorian", "uruguayan", "venezuelan", "estonian",
        "latvian", "lithuanian", "georgian", "armenian", "albanian", "kosovan", "cypriot",
        "afghan", "syrian", "saudi", "emirati", "qatari", "south african", "welsh",
        "irish", "scottish", "english", "dutch", "french", "british", "spanish",
        "cornish", "northerner", "southerner", "londoner", "mancunian", "scouser",
        "geordie", "glaswegian", "parisian", "berliner", "texan", "californian",
        "new yorker", "bostonian", "dubliner", "yorkshireman", "ulsterman",
        "new zealander", "south korean", "north korean", "northern irishman",
        "puerto rican", "costa rican", "sri lankan", "saudi arabian",
        "ethiopian", "eritrean", "somali", "sudanese", "tanzanian", "rwandan", "burundian",
        "zimbabwean", "zambian", "namibian", "botswanan", "angolan", "mozambican",
        "malawian", "malian", "liberian", "gambian", "guinean", "gabonese", "togolese",
        "libyan", "jordanian", "kuwaiti", "bahraini", "omani", "yemeni", "filipino",
        "indonesian", "malaysian", "singaporean", "taiwanese", "korean", "mongolian",
        "kazakh", "uzbek", "belarusian", "moldovan", "montenegrin", "macedonian",
        "slovenian", "serbian", "croatian", "slovakian", "luxembourger", "cuban",
        "dominican", "haitian", "bahamian", "barbadian", "trinidadian", "ecuadorian",
        "bolivian", "paraguayan", "panamanian", "guatemalan", "honduran", "nepali",
        "nepalese", "burmese", "cambodian", "fijian", "samoan", "tongan",
        # the nationalities of conflict and diplomacy copy
        "palestinian", "kurdish", "turkish", "azerbaijani", "chadian", "nigerien",
        "chechen", "salvadoran", "nicaraguan", "danish", "finnish", "swedish", "polish",
    }
)  # fmt: skip


# Countries whose adjective or people are not the name plus a regular ending (see
# :func:`country_forms`): "the Italian captain" is the one titled "Italy captain".
# A hand list of the common ones; regular forms (Kenyan, Brazilian, Croatian,
# Japanese, Israeli) are derived.
_IRREGULAR_COUNTRIES: Final[dict[str, tuple[str, ...]]] = {
    "italian": ("Italy",), "hungarian": ("Hungary",), "french": ("France",),
    "frenchman": ("France",), "frenchwoman": ("France",),
    "dutch": ("Netherlands", "Holland"), "dutchman": ("Netherlands", "Holland"),
    "german": ("Germany",), "spanish": ("Spain",), "spaniard": ("Spain",),
    "welsh": ("Wales",), "welshman": ("Wales",), "irish": ("Ireland",),
    "irishman": ("Ireland",), "scottish": ("Scotland",), "scot": ("Scotland",),
    "scots": ("Scotland",), "english": ("England",), "englishman": ("England",),
    "british": ("Britain", "UK"), "briton": ("Britain", "UK"), "brit": ("Britain", "UK"),
    "swiss": ("Switzerland",), "greek": ("Greece",), "turkish": ("Turkey", "Türkiye"),
    "turk": ("Turkey", "Türkiye"), "danish": ("Denmark",), "dane": ("Denmark",),
    "swedish": ("Sweden",), "swede": ("Sweden",), "finnish": ("Finland",),
    "finn": ("Finland",), "polish": ("Poland",), "pole": ("Poland",),
    "norwegian": ("Norway",), "portuguese": ("Portugal",), "chinese": ("China",),
    "lebanese": ("Lebanon",), "maltese": ("Malta",), "peruvian": ("Peru",),
    "belgian": ("Belgium",), "argentine": ("Argentina",), "argentinian": ("Argentina",),
    "filipino": ("Philippines",), "thai": ("Thailand",), "icelandic": ("Iceland",),
    "american": ("America", "US", "USA"), "mexican": ("Mexico",), "moroccan": ("Morocco",),
    "czech": ("Czechia",), "croat": ("Croatia",), "serb": ("Serbia",),
    "slovak": ("Slovakia",), "slovene": ("Slovenia",), "bosnian": ("Bosnia",),
    "kiwi": ("Zealand",), "zealander": ("Zealand",), "aussie": ("Australia",),
    "cypriot": ("Cyprus",), "afghan": ("Afghanistan",), "saudi": ("Saudi",),
    "emirati": ("UAE", "Emirates"), "ivorian": ("Ivory",), "kosovan": ("Kosovo",),
    "somali": ("Somalia",), "ukrainian": ("Ukraine",), "canadian": ("Canada",),
    "monegasque": ("Monaco",), "luxembourgish": ("Luxembourg",),
}  # fmt: skip
_DEMONYMS_OF: Final[dict[str, tuple[str, ...]]] = {}
for _demonym, _countries in _IRREGULAR_COUNTRIES.items():
    for _country in _countries:
        _DEMONYMS_OF[_country.casefold()] = (
            *_DEMONYMS_OF.get(_country.casefold(), ()), _demonym.capitalize()
        )


def country_forms(word: str) -> tuple[str, ...]:
    """``word`` and the other words that name its country or its people, capitalised.

    A modifier in a description (``the Italian captain``, ``the French
    carmaker``) is matched against the words written before a title (``Italy
    captain Marco Bellini``, ``French carmaker Oreno``) in these forms. The
    irregular ones come from a hand list (``Italian`` → ``Italy``, ``Dutch`` →
    ``Netherlands``); regular endings are undone (``Kenyan`` → ``Kenya``,
    ``Brazilian`` → ``Brazil``, ``Croatian`` → ``Croatia``, ``Japanese`` →
    ``Japan``, ``Israeli`` → ``Israel``, ``Chilean`` → ``Chile``) and, for a
    country, added (``Italy`` → ``Italian``, ``Kenya`` → ``Kenyan``). A few
    of the forms undone are no words (``Chilea``); they match nothing.

    >>> country_forms("Italian"), country_forms("Dutch")
    (('Italian', 'Italy'), ('Dutch', 'Netherlands', 'Holland'))
    >>> "Lanka" in country_forms("Lankan"), "Brazil" in country_forms("Brazilian")
    (True, True)
    >>> "Italian" in country_forms("Italy"), "Kenyan" in country_forms("Kenya")
    (True, True)
    >>> country_forms("Harlow"), country_forms("harlow")
    (('Harlow',), ('harlow',))
    """
    if not word[:1].isupper():
        return (word,)
    folded = word.casefold()
    irregular = _IRREGULAR_COUNTRIES.get(folded)
    if irregular is not None:
        return (word, *irregular)
    forms = [word]
    stem = word
    if folded.endswith("ian") and len(folded) > 6:  # Croatian, Brazilian
        forms += [stem[:-1], stem[:-3]]
    elif folded.endswith("ean") and len(folded) > 5:  # Chilean
        forms += [stem[:-3] + "e", stem[:-1]]
    elif folded.endswith("an") and len(folded) > 4:  # Kenyan, Uruguayan
        forms += [stem[:-1], stem[:-2]]
    elif folded.endswith("ese") and len(folded) > 6:  # Japanese, Senegalese
        forms.append(stem[:-3])
    elif folded.endswith("i") and len(folded) > 4:  # Israeli, Pakistani
        forms.append(stem[:-1])
    else:  # a country: Italy, Kenya, Croatia
        forms += _DEMONYMS_OF.get(folded, ())
        if folded.endswith("a"):
            forms.append(stem + "n")
    return tuple(forms)


# "mother-of-two", "dad-of-three": a person described by their children, with gender.
_FAMILY_HEADS: Final[dict[str, str]] = {
    "mother": "f", "mum": "f", "mom": "f", "grandmother": "f", "grandma": "f", "gran": "f",
    "father": "m", "dad": "m", "grandfather": "m", "grandad": "m", "granddad": "m",
    "granny": "f", "nan": "f", "nana": "f", "grandpa": "m",
    # kin before a name ("his granddaughter Leah Greer", "her husband, Tom,") give the gender
    "daughter": "f", "son": "m", "wife": "f", "husband": "m", "widow": "f", "widower": "m",
    "sister": "f", "brother": "m", "niece": "f", "nephew": "m", "granddaughter": "f",
    "grandson": "m", "aunt": "f", "uncle": "m", "stepdaughter": "f", "stepson": "m",
    # a partner before a name ("her fiance Ruari Penhale", "his girlfriend Ada") says the
    # gender as a relative does; the showbiz pages name partners this way
    "fiance": "m", "fiancé": "m", "fiancee": "f", "fiancée": "f", "boyfriend": "m",
    "girlfriend": "f",
}  # fmt: skip


def _family_head(folded: str) -> str | None:
    """``mother`` for ``mother-of-two``; None for a word that is not such a compound.

    Also a family word a generation on or still to come: ``great-grandmother``,
    ``great-great-grandad``, ``mum-to-be``, ``dad-to-be`` (the person in view, with
    that gender), but not the bare word (``mother`` is a role, asked elsewhere).

    >>> _family_head("mum-of-three"), _family_head("state-of-the-art")
    ('mum', None)
    >>> _family_head("great-grandmother"), _family_head("mum-to-be"), _family_head("great-deal")
    ('grandmother', 'mum', None)
    """
    if "-" not in folded:
        return None  # the common case: asked of every word after "the"
    head, of, _ = folded.partition("-of-")
    if of:
        return head if head in _FAMILY_HEADS else None
    bare = folded.removesuffix("-to-be")
    while bare.startswith("great-"):
        bare = bare[6:]
    return bare if bare != folded and bare in _FAMILY_HEADS else None


# Given names of Arabic, Urdu and Malay origin that end like "Welshman" ("Abdulrahman
# Al Kaabi", "Ataur Rehman", "Sulaiman Osei"): a name, not a man from somewhere.
_GIVEN_MAN_ENDINGS: Final[tuple[str, ...]] = ("rahman", "rehman", "aiman", "ayman", "eiman")


def is_descriptor(word: str, *, before_name: bool = False) -> bool:
    """True for a word that after "the" describes a named person: a nationality, a descriptor.

    ``before_name``: the word opens a run of name words, where an unfamiliar word
    ending in ``-i`` is a given name far more often than a demonym (``Noraini Abdul
    Ghafar``, ``Nkechi Ada Obi``, ``Lakshmi Devi Rao``), so only a listed one counts.

    >>> is_descriptor("Scot"), is_descriptor("Frenchman"), is_descriptor("Guardian")
    (True, True, False)
    >>> is_descriptor("Nkechi"), is_descriptor("Nkechi", before_name=True)
    (True, False)
    """
    folded = word.casefold()
    if folded in DESCRIPTOR_NOUNS or _family_head(folded) is not None:
        return True
    if not word[:1].isupper() or folded in PERSON_ROLES:
        return False  # "the Chairman" is a role, "the fireman" nobody named
    return (
        folded in _DEMONYMS
        or folded in PARTY_MEMBERS
        or (
            folded.endswith(("man", "woman"))
            and len(folded) > 6
            and " " not in folded
            and not folded.endswith(_GIVEN_MAN_ENDINGS)
        )
        or (_demonym_shaped(folded) and not (before_name and folded.endswith("i")))
    )


def is_demonym(word: str) -> bool:
    """True for a capitalised nationality word: ``Belgian``, ``Dutch``, ``Kastrovian``.

    Only the listed ones and the unfamiliar ones ending in ``-ian`` or ``-ese``: a
    word in ``-i`` or ``-ish`` before a noun is as often a brand (``the Hitachi boss``).

    >>> is_demonym("Belgian"), is_demonym("Kastrovian"), is_demonym("Tory")
    (True, True, False)
    >>> is_demonym("Hitachi"), is_demonym("belgian")
    (False, False)
    """
    folded = word.casefold()
    if not word[:1].isupper():
        return False
    return (
        folded in _DEMONYMS
        or folded in _IRREGULAR_COUNTRIES
        or (folded.endswith(("ian", "ese")) and _demonym_shaped(folded))
    )


# Capitalised words ending like a demonym that name a paper, a faith, a person or a car.
_NOT_DEMONYMS: Final[frozenset[str]] = frozenset(
    {
        "guardian", "christian", "smithsonian", "adrian", "julian", "damian", "fabian",
        "sebastian", "vivian", "lillian", "marian", "brian", "maximilian", "ferrari",
        "maserati", "bugatti", "lamborghini", "ducati", "hyundai", "suzuki", "kawasaki",
        "mitsubishi", "corinthian", "parish", "finish", "polish", "radish",
    }
)  # fmt: skip


def _demonym_shaped(folded: str) -> bool:
    """True for one unfamiliar word shaped like a demonym: ``Kastrovian``, ``Doravi``.

    Rule *a demonym describes, never names*: writers call a person from a place
    the list does not know (an invented or rare nationality) by its demonym, a
    stem and ``-ian``, ``-ese``, ``-ish`` or ``-i``. Only a capitalised word after
    *the* is asked, so ``the Guardian`` (kept out by name) is the only kind of
    miss, and the resolved person must be in view.

    >>> _demonym_shaped("kastrovian"), _demonym_shaped("doravi"), _demonym_shaped("guardian")
    (True, True, False)
    >>> _demonym_shaped("ian"), _demonym_shaped("mali"), _demonym_shaped("kastrovian corp")
    (False, False, False)
    """
    return (
        folded.endswith(("ian", "ese", "ish", "i"))
        and len(folded) > 5
        and folded.isalpha()
        and folded not in _NOT_DEMONYMS
    )


def family_gender(word: str) -> str | None:
    """The gender a kinship noun gives the name after it: ``his granddaughter Leah Greer``.

    >>> family_gender("daughter"), family_gender("chairman"), family_gender("friend")
    ('f', None, None)
    """
    return _FAMILY_HEADS.get(word.casefold())


# Rule *a given name is weak evidence of gender*: the given names a reader of the
# English-language press takes for one gender — the common names of the UK, Ireland, the US,
# Canada and Australia, of India, Pakistan, Nigeria, Ghana, Kenya, South Africa and the
# Philippines, and the European, Latin American, Arabic and Japanese names their papers print
# (Chinese and Korean given names, mostly borne by either, are left out). Chosen by hand from
# national lists of common given names, keeping a name only when readers of most of these
# papers would take it for one gender: names borne by either (Jo, Sam, Alex, Chris, Jean,
# Andrea, Nicola, Robin, Leslie, Jordan, Taylor, Kim, Ashley, Sasha, Morgan, Hilary, Lindsay,
# Kelly, Jamie, Ali, Noor, Rene, Simone, Dominique; Jan, Joan and Marian, men's names in
# Dutch, Catalan and Polish; Farah, a Somali man's) are left out, and so are names that are
# also common words or titles (Will, May, June, Hope, Faith, Earl, Sultan). Used for
# a couple who share a surname written once ("Bernadette and Alan Shipley", then "Mrs
# Shipley"), and by the article's entity model as the weakest evidence of a person's gender.
_FEMALE_GIVEN: Final[frozenset[str]] = frozenset(
    {"aarti", "abena", "abigail", "achieng", "ada", "adaeze", "adaora", "adele", "adriana",
     "adrienne", "adwoa", "afua", "agatha", "agnes", "agnieszka", "aileen", "aine", "aisha",
     "aishwarya", "aisling", "akiko", "akinyi", "akosua", "alejandra", "alessandra",
     "alexandra", "alice", "alicia", "alison", "allison", "amaka", "amanda", "amber", "amelia",
     "amina", "amy", "ana", "anastasia", "angela", "angelina", "angharad", "anita", "anja",
     "anjali", "anjana", "anke", "ann", "anna", "annabel", "annabelle", "anne", "annette",
     "annie", "annika", "antoinette", "aoife", "aparna", "archana", "arlene", "asha", "asma",
     "astrid", "atieno", "audrey", "ava", "ayesha", "ayumi", "barbara", "beata", "beatriz",
     "bella", "benazir", "bernadette", "bernice", "beryl", "beth", "bethan", "bethany", "betsy",
     "betty", "beverley", "beverly", "birgit", "blanche", "bonnie", "brenda", "brianna",
     "bridget", "brigitte", "brittany", "bronwen", "bronwyn", "brooke", "bukola", "bushra",
     "camila", "camilla", "candice", "caoimhe", "carla", "carly", "carmen", "carol", "carole",
     "carolina", "caroline", "carolyn", "carys", "cassandra", "catalina", "catherine", "catrin",
     "cecilia", "celia", "cerys", "charlene", "charlotte", "cheryl", "chiamaka", "chiara",
     "chinwe", "chioma", "chloe", "christiane", "christina", "christine", "ciara", "cindy",
     "claire", "clara", "clare", "claudia", "claudine", "clodagh", "colleen", "constance",
     "consuelo", "cora", "corazon", "cristina", "cynthia", "dagmar", "daisy", "daniela",
     "daphne", "debbie", "deborah", "debra", "deepa", "deepika", "deirdre", "delia", "denise",
     "diana", "diane", "dianne", "divya", "dolores", "donna", "dora", "doreen", "doris",
     "dorota", "dorothy", "edith", "edna", "efua", "eileen", "eilidh", "eimear", "ekaterina",
     "elaine", "eleanor", "elena", "eleri", "elisa", "elisabeth", "elise", "eliza", "elizabeth",
     "elke", "ella", "ellen", "ellie", "eloise", "elsa", "elsie", "emiko", "emilia", "emily",
     "emma", "erica", "erin", "esther", "ethel", "eunice", "eva", "eve", "ewa", "fatemeh",
     "fatima", "fatma", "federica", "felicity", "fernanda", "ffion", "fiona", "fionnuala",
     "florence", "folake", "folasade", "frances", "francesca", "francoise", "freya", "funke",
     "funmilayo", "gabriela", "gabrielle", "gail", "geeta", "gemma", "georgia", "georgina",
     "geraldine", "gertrude", "ghada", "gillian", "gina", "giorgia", "gita", "giulia", "gladys",
     "gloria", "grace", "graciela", "grainne", "greta", "gudrun", "gwen", "gwendolyn",
     "gwyneth", "hanan", "hannah", "harriet", "haruka", "hazel", "heather", "heidi", "heike",
     "helen", "helena", "helga", "henrietta", "hermione", "hilda", "hina", "hiroko", "holly",
     "huda", "ida", "ifeoma", "ilse", "imelda", "imogen", "indira", "ines", "ingrid", "ioana",
     "irene", "irina", "iris", "isabel", "isabela", "isabella", "isabelle", "isla", "ivana",
     "ivy", "iwona", "jacqueline", "jana", "jane", "janet", "janice", "janine", "jasmine",
     "jaya", "jeanette", "jeannette", "jemima", "jenna", "jennie", "jennifer", "jenny",
     "jessica", "jill", "joanna", "joanne", "jocelyn", "johanna", "josefina",
     "josephine", "joyce", "juana", "juanita", "judith", "judy", "julia", "julie", "juliet",
     "juliette", "junko", "justine", "karen", "karin", "karina", "katarzyna", "kate",
     "katharine", "katherine", "kathleen", "kathryn", "kathy", "katie", "katja", "katrina",
     "kavita", "kayla", "keiko", "khadija", "kimberly", "kirsten", "kirsty", "kristen",
     "kristina", "kyoko", "lakshmi", "lalitha", "lara", "larissa", "latifa", "laura", "lauren",
     "layla", "leah", "leanne", "leila", "lena", "leona", "leonie", "leticia", "lillian",
     "lily", "linda", "lindiwe", "lisa", "lorena", "lorna", "lorraine", "louisa", "louise",
     "lowri", "lubna", "lucia", "lucinda", "lucy", "ludmila", "lydia", "lynda", "lynne",
     "mabel", "madeleine", "madeline", "madhuri", "maeve", "magdalena", "maggie", "maire",
     "mairead", "malala", "malgorzata", "mamata", "mandy", "marcela", "marcia", "margaret",
     "margo", "marguerite", "maria", "mariam", "mariana", "marianne", "maricel",
     "marie", "mariko", "marilyn", "marina", "marisol", "marites", "marjorie", "marlene",
     "marta", "martha", "martina", "mary", "maryam", "matilda", "maud", "maureen", "mavis",
     "maxine", "meena", "meera", "megan", "megumi", "melanie", "melinda", "melissa", "mercedes",
     "mhairi", "michaela", "michelle", "michiko", "mildred", "millie", "miranda", "miriam",
     "moira", "molly", "mona", "monica", "monika", "monique", "muriel", "myra", "nadia",
     "nadine", "naledi", "nalini", "nancy", "nandini", "naoko", "naomi", "nasreen", "natalia",
     "natalie", "natalya", "natasha", "nathalie", "nawal", "neha", "nell", "nellie", "ngozi",
     "niamh", "nicole", "nina", "nirmala", "nisha", "njeri", "nkechi", "nneka", "nomsa",
     "nomvula", "nora", "norah", "noreen", "noriko", "norma", "nosipho", "nuala", "octavia",
     "oksana", "olga", "olive", "olivia", "orla", "orlaith", "padma", "paige", "palesa",
     "pamela", "paola", "patricia", "patsy", "paula", "paulina", "pauline", "pearl", "peggy",
     "penelope", "penny", "petra", "philippa", "phoebe", "phyllis", "pilar", "polly", "pooja",
     "poonam", "preeti", "priscilla", "priya", "priyanka", "rabia", "rachael", "rachel",
     "radha", "rania", "raquel", "rasha", "rebecca", "rebekah", "reem", "rekha", "renate",
     "rhiannon", "rhonda", "rita", "ritu", "roberta", "rocio", "roisin", "rosa", "rosalie",
     "rosalind", "rose", "rosemary", "rosie", "rowena", "roxanne", "ruby", "ruth", "sabine",
     "sabrina", "sachiko", "saima", "sally", "salma", "samantha", "samia", "samira", "sana",
     "sandra", "sangeeta", "saoirse", "sara", "sarah", "sarita", "savitri", "scarlett", "seema",
     "selina", "serena", "shabana", "shalini", "shanti", "sharon", "shazia", "sheila", "sheryl",
     "shilpa", "shirley", "shobha", "shreya", "shweta", "sian", "sigrid", "silvia", "sinead",
     "siobhan", "smita", "sneha", "sofia", "soledad", "sonia", "sophia", "sophie", "souad",
     "stella", "stephanie", "sunanda", "sunita", "susan", "susanne", "sushma", "suzanne",
     "svetlana", "swati", "sylvia", "sylvie", "tamara", "tanya", "tara", "tatiana", "tatyana",
     "teresa", "teresita", "tessa", "thandi", "thandiwe", "thelma", "theresa", "tiffany",
     "tina", "tomoko", "tracey", "tracy", "trudy", "ulla", "ulrike", "una", "ursula", "usha",
     "valentina", "valeria", "valerie", "vandana", "vanessa", "vera", "veronica", "veronika",
     "vicky", "victoria", "vidya", "vivienne", "wambui", "wanda", "wanjiku", "wanjiru", "wendy",
     "whitney", "winifred", "ximena", "yasmin", "yasmine", "yelena", "yetunde", "yoko",
     "yolanda", "yuko", "yulia", "yumiko", "yvette", "yvonne", "zahra", "zainab", "zanele",
     "zara", "zeinab", "zeynep", "zoe", "zofia", "zuzana"}
)  # fmt: skip
_MALE_GIVEN: Final[frozenset[str]] = frozenset(
    {"aaron", "abdul", "abdullah", "abhishek", "abraham", "adam", "adebayo", "adel", "adewale",
     "adil", "aditya", "adrian", "aengus", "agustin", "ahmad", "ahmed", "ahmet", "aidan",
     "ajay", "akshay", "alan", "alasdair", "albert", "alberto", "alec", "aled", "alejandro",
     "aleksandr", "alessandro", "alexander", "alexei", "alexey", "alfie", "alfonso", "alfred",
     "alistair", "allan", "alun", "alvaro", "ambrose", "amir", "amit", "amitabh", "anand",
     "anders", "andre", "andreas", "andres", "andrew", "andrzej", "andy", "angus", "anil",
     "anthony", "antoine", "antonio", "antony", "anurag", "anwar", "archibald", "archie",
     "arjun", "armando", "arnaud", "arnold", "arthur", "arturo", "arun", "arvind", "ashish",
     "ashok", "asif", "austin", "ayman", "babatunde", "barry", "bashar", "basil", "ben",
     "benedict", "benigno", "benjamin", "benoit", "bernard", "bernd", "bert", "bertie", "bilal",
     "bill", "billy", "bjorn", "bob", "bobby", "bongani", "boris", "bradley", "brendan",
     "brett", "brian", "bruce", "bryan", "bryn", "byron", "callum", "calvin", "carl", "carlos",
     "cathal", "cecil", "cesar", "chad", "charles", "chidi", "chinedu", "christian",
     "christoph", "christopher", "chukwuemeka", "cian", "ciaran", "clarence", "claus",
     "clifford", "clint", "clive", "colin", "colm", "colum", "conall", "connor", "conor",
     "conrad", "cormac", "craig", "cristian", "curtis", "cyril", "dafydd", "daisuke", "damian",
     "damien", "dan", "daniel", "danilo", "danny", "darragh", "darren", "darryl", "dave",
     "david", "dean", "declan", "deepak", "denis", "dennis", "derek", "dermot", "desmond",
     "dewi", "diarmuid", "didier", "diego", "dieter", "dilip", "dimitris", "dinesh", "dmitri",
     "dmitry", "dominic", "don", "donal", "donald", "doug", "douglas", "duncan", "dylan",
     "eamon", "eamonn", "eddie", "edgar", "edmund", "eduardo", "edward", "edwin", "elijah",
     "elliot", "elliott", "emeka", "emiliano", "emlyn", "emmanuel", "emre", "emrys", "enda",
     "enrico", "enrique", "eoin", "eric", "erik", "ernest", "ernesto", "esteban", "ethan",
     "eugene", "evan", "ewan", "fabian", "fabio", "fadi", "fahad", "faisal", "farooq",
     "federico", "felipe", "felix", "ferdinand", "fergal", "fergus", "fernando", "finbar",
     "finlay", "finn", "fintan", "florian", "francesco", "francis", "francisco", "francois",
     "frank", "franklin", "franz", "fraser", "fred", "freddie", "frederick", "friedrich",
     "fumio", "gabriel", "ganesh", "gareth", "garry", "gary", "gaurav", "gavin", "geoff",
     "geoffrey", "george", "georgios", "geraint", "gerald", "gerard", "gerardo", "gerhard",
     "gethin", "gianni", "gilbert", "giorgos", "giovanni", "giuseppe", "glen", "glenn",
     "gonzalo", "gopal", "gordon", "graeme", "graham", "grant", "greg", "gregory", "guillaume",
     "guillermo", "gunther", "gustavo", "guy", "gwilym", "gwyn", "hamid", "hamish", "hamza",
     "hans", "harish", "harold", "harrison", "harry", "harvey", "hassan", "hector", "heinrich",
     "helmut", "hemant", "hendrik", "henrik", "henry", "herbert", "hideki", "hiroshi", "hisham",
     "horace", "horst", "howard", "hugh", "hugo", "humphrey", "hussain", "hussein", "huw",
     "hywel", "iain", "ian", "ibrahim", "ichiro", "idris", "ieuan", "ignacio", "igor",
     "ikechukwu", "imran", "isaac", "ivan", "iwan", "jabulani", "jack", "jacob", "jacques",
     "jagdish", "jaime", "jake", "jamal", "james", "jared", "jason", "jasper", "javed",
     "javier", "jeff", "jeffrey", "jens", "jeremy", "jerome", "jerry", "jesse", "jim", "jimmy",
     "joachim", "joaquin", "joe", "joel", "johan", "john", "johnny", "jon", "jonathan", "jorge",
     "jose", "joseph", "josh", "joshua", "juan", "julian", "julio", "jurgen", "justin",
     "kamran", "kapil", "karan", "karim", "karl", "kayode", "kazuo", "keith", "kemal", "ken",
     "kenji", "kenneth", "kenta", "kevin", "khalid", "kieran", "klaus", "kofi", "koji", "kojo",
     "kostas", "krzysztof", "kunle", "kwabena", "kwaku", "kwame", "kwesi", "kyle", "lachlan",
     "lalit", "lance", "larry", "lars", "laurence", "laurent", "lawrence", "len", "lenny",
     "leo", "leon", "leonard", "lewis", "liam", "lionel", "lloyd", "lorenzo", "lothar", "louis",
     "luca", "lucas", "luigi", "luis", "luke", "lyndon", "magnus", "mahesh", "mahmood",
     "mahmoud", "majid", "malcolm", "mandla", "manish", "manmohan", "manoj", "manuel", "marcel",
     "marcelo", "marco", "marcus", "mario", "mark", "markus", "marshall", "martin", "marvin",
     "masahiro", "massimo", "mateo", "mathieu", "matias", "mats", "matt", "matteo", "matthew",
     "matthias", "maurice", "mauricio", "max", "maxwell", "mehmet", "meirion", "melvin",
     "michael", "mick", "mickey", "miguel", "mike", "mikhail", "miles", "mitchell", "mohamed",
     "mohammad", "mohammed", "mohan", "morris", "muhammad", "mukesh", "murat", "murray", "musa",
     "mustafa", "nabil", "nadeem", "naoki", "narendra", "nasir", "nathan", "nathaniel",
     "naveen", "nawaz", "ned", "neil", "neville", "niall", "nicholas", "nick", "nicolas",
     "nigel", "nikhil", "nikolai", "nikos", "nils", "nitin", "noah", "noel", "norman", "obinna",
     "octavio", "oisin", "olaf", "oleg", "oliver", "olivier", "ollie", "olusegun", "omar",
     "orlando", "oscar", "oswald", "otto", "owen", "pablo", "padraic", "padraig", "pankaj",
     "paolo", "patrick", "paul", "pavel", "pedro", "percy", "pete", "peter", "phil", "philip",
     "philippe", "phillip", "pierre", "pieter", "pietro", "piotr", "pradeep", "prakash",
     "pramod", "prashant", "praveen", "qasim", "quentin", "rafael", "rahul", "rainer",
     "rajendra", "rajesh", "rajiv", "rakesh", "ralph", "ramesh", "rami", "ramon", "randall",
     "randy", "rashid", "raul", "ravi", "ray", "raymond", "reginald", "renato", "reynaldo",
     "rhodri", "rhys", "ricardo", "richard", "rick", "ricky", "rob", "robbie", "robert",
     "roberto", "rod", "rodney", "rodrigo", "rogelio", "roger", "rohan", "rohit", "roland",
     "rolando", "romeo", "ron", "ronald", "ronan", "ronnie", "rory", "ross", "roy", "ruairi",
     "rupert", "russell", "ryan", "saad", "sachin", "saeed", "salim", "salman", "salvador",
     "samir", "samuel", "sandeep", "sanjay", "santiago", "santosh", "satish", "satoshi",
     "scott", "seamus", "sean", "sebastian", "sebastien", "segun", "sergei", "sergey", "sergio",
     "seth", "shahid", "shane", "shaun", "shigeru", "shinji", "shinzo", "shyam", "sibusiso",
     "siddharth", "silvio", "simon", "sipho", "siyabonga", "spencer", "srinivas", "stanley",
     "stefan", "stefano", "stephen", "steve", "steven", "stewart", "stuart", "subhash",
     "sudhir", "sunil", "suresh", "sushil", "sven", "tadhg", "takashi", "takeshi", "tarek",
     "tariq", "taro", "ted", "teddy", "terence", "tetsuya", "thabo", "themba", "theo",
     "theodore", "thierry", "thomas", "tim", "timothy", "tobias", "toby", "todd", "tom",
     "tomas", "tomasz", "tommy", "tomos", "tony", "travis", "trevor", "tristan", "troy",
     "tshepo", "tunde", "umar", "umberto", "usman", "uwe", "varun", "venkatesh", "vernon",
     "vicente", "victor", "vijay", "vikram", "viktor", "vinay", "vince", "vincent", "vinod",
     "vishal", "vittorio", "vivek", "vladimir", "volker", "walid", "wallace", "walt", "walter",
     "waqar", "warren", "waseem", "wasim", "wayne", "wesley", "wilfred", "willem", "william",
     "willie", "winston", "wojciech", "wolfgang", "xavier", "yakubu", "yannis", "yasir", "yogesh",
     "youssef", "yousuf", "yuri", "yusuf", "yusuke", "yves", "zachary", "zafar", "zahid",
     "ziad", "zubair"}
)  # fmt: skip


def given_name_gender(word: str) -> str | None:
    """The gender a reader takes from a given name alone, or None (rare or either).

    Accents do not count (``Zoë``, ``José``); a hyphenated name goes by the parts the
    lists know, when they agree (``Karl-Heinz``, ``Jean-Pierre``, ``Anne-Marie``).

    >>> given_name_gender("Bernadette"), given_name_gender("Alan"), given_name_gender("Jo")
    ('f', 'm', None)
    >>> given_name_gender("Jean-Pierre"), given_name_gender("Zoë"), given_name_gender("Ann-Bob")
    ('m', 'f', None)
    """
    folded = _unaccented(word.casefold())
    found = _listed_gender(folded)
    if found is not None or "-" not in folded:
        return found
    parts = {_listed_gender(part) for part in folded.split("-")} - {None}
    return parts.pop() if len(parts) == 1 else None


def _listed_gender(folded: str) -> str | None:
    """``f``/``m`` when a folded given name is on one of the lists, else None."""
    if folded in _FEMALE_GIVEN:
        return "f"
    if folded in _MALE_GIVEN:
        return "m"
    return None


def _unaccented(word: str) -> str:
    """``word`` without its accents: ``zoë`` → ``zoe``."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Words for people related to each other as a group ("the couple", "their parents").
_KIN_GROUPS: Final[frozenset[str]] = frozenset(
    {"couple", "parents", "siblings", "twins", "family", "spouses", "grandparents", "newlyweds"}
)


def is_kin(word: str) -> bool:
    """True for a word of family: a kinship noun, its plural, or a group such as *couple*.

    >>> is_kin("brothers"), is_kin("couple"), is_kin("wife"), is_kin("owner")
    (True, True, True, False)
    """
    folded = word.casefold()
    return folded in _FAMILY_HEADS or folded[:-1] in _FAMILY_HEADS or folded in _KIN_GROUPS


def descriptor_gender(word: str) -> str | None:
    """``"m"`` for ``Frenchman``, ``"f"`` for ``Frenchwoman`` or ``mother``, else None.

    >>> descriptor_gender("Dutchwoman"), descriptor_gender("Scot"), descriptor_gender("mother")
    ('f', None, 'f')
    """
    folded = word.casefold()
    family = folded if folded in _FAMILY_HEADS else _family_head(folded)
    if family is not None:
        return _FAMILY_HEADS[family]
    if folded.endswith("woman") or folded.endswith("girl") or folded == "lass":
        return "f"
    if folded.endswith("man") or folded.endswith("boy") or folded == "lad":
        return "m"
    return None


# Titles and descriptions before a name that only one gender bears: "Actress Yara Dunn",
# "Chairwoman Ada Pell". Of the -man words only those never written of a woman ("Chairman
# Ada Pell", "Spokesman", "Batsman" are).
_FEMALE_ROLES: Final[frozenset[str]] = frozenset(
    {"actress", "countess", "duchess", "archduchess", "empress", "headmistress", "heroine",
     "landlady", "marchioness", "princess", "stewardess", "viscountess", "hostess",
     "waitress", "heiress", "songstress", "comedienne"}
)  # fmt: skip
_MALE_ROLES: Final[frozenset[str]] = frozenset(
    {"businessman", "sportsman", "frontman", "funnyman"}
)


def role_gender(word: str) -> str | None:
    """The gender a title or description before a name gives: rule *a gendered role
    noun says the gender* (``Actress Yara Dunn``: ``"f"``), else None.

    >>> role_gender("actress"), role_gender("chairwoman"), role_gender("chairman")
    ('f', 'f', None)
    >>> role_gender("frontman"), role_gender("witness")
    ('m', None)
    """
    folded = word.casefold()
    if folded in _FEMALE_ROLES or folded.endswith("woman"):
        return "f"
    return "m" if folded in _MALE_ROLES else None


def people_plural(folded: str) -> bool:
    """True for the plural of a noun for people: ``owners``, ``parents``, ``residents``.

    Rule *a plural of people is never in a name*: written before names at the
    start of a sentence (``Owners Hana and Rob Pell moved…``, ``Parents Ivo and Dee
    Marr said``), it says what they are, as ``Passenger`` does before one name.

    >>> people_plural("owners"), people_plural("neighbours"), people_plural("roberts")
    (True, True, False)
    >>> people_plural("owner"), people_plural("sons"), people_plural("news")
    (False, False, False)
    """
    if not folded.endswith("s"):
        return False
    singular = folded[:-1]
    return singular in LEADING_PERSON_NOUNS or (
        singular in PERSON_ROLES and singular not in _FAMILY_HEADS
    )


def trade_shaped(folded: str) -> bool:
    """True for a word shaped like a trade or calling (``violist``, ``florist``,
    ``optician``): before a full name it is a title, not a given name.

    No given name ends so; Nordic surnames in ``-quist`` do and are kept.

    >>> trade_shaped("violist"), trade_shaped("optician"), trade_shaped("lindquist")
    (True, True, False)
    >>> trade_shaped("christ"), trade_shaped("brian")
    (False, False)
    """
    return (
        (folded.endswith("ist") and len(folded) >= 7 and not folded.endswith("quist"))
        or (folded.endswith("ician") and len(folded) >= 8)
    )


def role_words(words: Sequence[str]) -> bool:
    """True for no words, or lower-case words ending in a role or an age: ``former minister``.

    What may stand between a comma or ``of`` and a name without changing
    whose name it is (``said one of them, former minister Ada Pine``, ``the
    verdict of baker Ivo Tran``, ``The driver, 45-year-old Tom Reed,``); ``who
    met`` or ``critics of`` may not.

    >>> role_words([]), role_words(["retired", "teacher"]), role_words(["who", "met"])
    (True, True, False)
    >>> role_words(["45-year-old"]), role_words(["45-year-old", "nurse"]), role_words(["45"])
    (True, True, False)
    """
    if not words:
        return True
    last = words[-1]
    return (last in PERSON_ROLES or _AGED.fullmatch(last) is not None) and not any(
        w in STOPWORDS for w in words
    )


_AGED: Final = regex.compile(r"\d{1,3}-year-old")
