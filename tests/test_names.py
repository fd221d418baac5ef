"""Names in an article: the fast paths of :mod:`quotematch.names` against their oracles.

Scanning for names runs once per document, so several steps have a quicker
form for the common case (text whose letters are all ASCII, a name of one
word). Each quicker form must give exactly what the general one gives: these
tables and hypothesis properties use the general form as the oracle.
"""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import cues
from quotematch import names as names_module
from quotematch.names import sentence_starts

# -- sentence starts ----------------------------------------------------------------

_SENTENCE_PIECES = [
    "Ana", "Ruiz", "said", "left", "it", "A", "J", "K", "x", "Mr", "mr", "MRS", "Dr", "St",
    "Prof", "professor", "Professors", "Reverend", "Baroness", "Dc", "2024", "3", "U", "S",
    ".", ".", ".", "!", "?", "...", "…", "”", "’", ")", "]", '"', "“", "‘", "(", "[",
    " ", " ", " ", "\u00a0", "\n", "\n\n", ",", "-", "'", "Abcdefghijkl", "abcdefghijklm",
]  # fmt: skip
_sentence_text = st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=40).map("".join)


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Dr. Amal Haddad spoke. Then she left.\nNew paragraph.", [0, 23, 38]),
        ("It rained. “We lost,” he said. (Then) it ended.", [0, 11, 31]),
        ("Why? 2024 was hard! Next.", [0, 5, 20]),
        ("Ask Mrs. Ruiz. Or J. K. Lee.", [0, 15]),  # an honorific, then an initial
        ("Talk to mr. Ruiz and MR. Lee.", [0]),  # honorifics in any case
        ("The U.S. team won. It is the end.", [0, 19]),  # "U.S." then a real end
        ("It ended.\u00a0Then more.  And more.", [0, 10, 22]),
        ("It ended. then more. 3 more.", [0, 21]),  # only a capital or a digit starts one
        ("It ended.\n\nThen more.\n", [0, 10, 11, 22]),
        ("Ended.", [0]),  # no sentence after the last stop
        ("Voting ends at 9 PM. Ana Ruiz won.", [0, 21]),  # a title in letters, but a time here
        ("Dep. Kyle Ross spoke. He left.", [0, 22]),  # a rank with its stop starts no sentence
    ],
)
def test_sentence_starts(text: str, starts: list[int]) -> None:
    assert sentence_starts(text) == starts
    assert names_module._sentence_starts_any(text) == starts


@settings(max_examples=500, deadline=None)
@given(_sentence_text)
def test_sentence_starts_on_ascii_text_agree_with_the_general_scan(text: str) -> None:
    assert names_module.ascii_letters(text)
    assert sentence_starts(text) == names_module._sentence_starts_any(text)


@settings(max_examples=1000, deadline=None)
@given(_sentence_text)
def test_stop_ends_read_in_place_match_the_pattern(text: str) -> None:
    # The full stops checked one by one end the sentences the pattern's scan finds.
    assert names_module._stop_ends(text) == [
        m.end() for m in names_module._ASCII_STOP_END.finditer(text)
    ]


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_SENTENCE_PIECES, "é", "Zoë", "\u2028", "\t", "!!", "?”", ".’)"]),
        max_size=40,
    ).map("".join)
)
def test_sentence_ends_found_in_place_match_the_pattern(text: str) -> None:
    # The candidate ends of text with letters outside ASCII, as the pattern's scan finds them.
    assert names_module._sentence_ends(text) == [
        m.span() for m in names_module._SENTENCE_END.finditer(text)
    ]
    assert names_module._line_starts(text) == [i + 1 for i, c in enumerate(text) if c == "\n"]


@pytest.mark.parametrize("honorific", sorted(cues.HONORIFICS - cues.LETTER_TITLES))
def test_no_sentence_starts_after_an_honorific(honorific: str) -> None:
    for word in (honorific, honorific.upper(), honorific.capitalize()):
        text = f"It was {word}. Ruiz and (x{word}. Lee)."
        expected = [0, text.index("Lee")]  # "x…" is not the honorific
        assert sentence_starts(text) == names_module._sentence_starts_any(text) == expected


@pytest.mark.parametrize("title", sorted(cues.LETTER_TITLES))
def test_a_stop_after_a_title_in_letters_ends_a_sentence(title: str) -> None:
    # "CM Ana Rao" has no stop: after "at 9 PM." or "sent a DM." a sentence ends
    text = f"It was {title.upper()}. Ruiz won."
    expected = [0, text.index("Ruiz")]
    assert sentence_starts(text) == names_module._sentence_starts_any(text) == expected


# -- cleaning a one-word name -------------------------------------------------------

_ONE_WORDS = sorted(
    {w for ws in (cues.STOPWORDS, cues.DATE_WORDS, cues.HONORIFICS, cues.TITLE_WORDS,
                  cues.ORG_NAME_WORDS, cues.ORG_ROLES, cues.PERSON_ROLES) for w in ws}
)  # fmt: skip
_NAME_WORDS = [
    "Ruiz", "BBC", "U.S.", "N.H.S.", "Acme", "al-Farsi", "d’Alembert", "(Tom)", "O'Neill",
    "Zoë", "ÅSA", "iPhone", "x", "X", "St", "St.", "Mr.", "MP", "2024",
]  # fmt: skip


@pytest.mark.parametrize("word", _ONE_WORDS + _NAME_WORDS)
def test_one_word_cleaning_agrees_with_the_general_cleaning(word: str) -> None:
    for form in {word, word.capitalize(), word.upper(), word + ".", word.title()}:
        assert names_module._clean_word(form) == names_module._clean_words(form), form


@settings(max_examples=500, deadline=None)
@given(st.text(st.characters(blacklist_characters=" \u00a0"), min_size=1, max_size=12))
def test_one_word_cleaning_agrees_on_any_word(word: str) -> None:
    assert names_module._clean_word(word) == names_module._clean_words(word)


# -- the word before a name ---------------------------------------------------------

_BEFORE_PIECES = [
    "said", "coach", "the", "Zoë", "naïve", "é", "x", "ab", ",", ", ", " ", "  ", "\u00a0",
    "“", "”", "—", "(", ".", "2", "٣", "\u0301", "\n", "-", "'",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=20).map("".join))
def test_previous_word_agrees_with_its_pattern_on_any_letters(text: str) -> None:
    for start in range(len(text) + 1):
        found = names_module._PREVIOUS_WORD.search(text, max(0, start - 25), start)
        expected = (
            None if found is None
            else (found.group(1), found.start(), found.end(2), bool(found.group(2)))
        )  # fmt: skip
        assert names_module._previous_word(text, start) == expected, start


# -- whole documents with ASCII letters only ----------------------------------------


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Ruiz said", " ", "“", "”", "—", "…", "\u00a0", "«", "‹", "é", "Zoë"])
        | st.characters(),
        max_size=30,
    ).map("".join)
)
def test_whole_document_check_agrees_with_the_pattern(text: str) -> None:
    expected = names_module._NOT_ASCII_WORDY.search(text) is None
    assert names_module._ascii_text.__wrapped__(text) == expected
    assert names_module.ascii_letters(text) == names_module.ascii_letters(text, 0, len(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("“Ruiz,” she said — twice…", True), ("Zoë", False), ("a\ud800b", False), ("£5", False)],
)
def test_whole_document_check(text: str, expected: bool) -> None:
    assert names_module._ascii_text.__wrapped__(text) is expected
    assert (names_module._NOT_ASCII_WORDY.search(text) is None) is expected


@settings(max_examples=500, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(["a", "é", "B", " ", "\u00a0", ",", "-", "ª", "’", "\n"]),
            max_size=40),
    st.integers(0, 40),
)
def test_noun_after_matches_its_plain_pattern(text: str, end: int) -> None:
    # The quick look before the pattern never changes what it finds.
    end = min(end, len(text))
    plain = names_module._MODIFIED_NOUN.match(text, end, min(len(text), end + 30))
    quick = names_module._noun_after(text, end, len(text))
    assert (quick.span() if quick else None) == (plain.span() if plain else None)


_ROLE_PIECES = [
    ", ", ",", " ", "\u00a0", "the ", "a ", "its ", "Labour ", "MP", "TD", "parish ", "priest",
    " at ", " of ", "St Finbar's", "vicar", "North-West", "O’Neill", "2024", "-", ".", ";", ")",
    "“", "”", "Zoë", "x",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ROLE_PIECES), max_size=16).map("".join), st.integers(0, 6))
def test_role_after_twin_matches_its_pattern(text: str, end: int) -> None:
    # On text whose letters are all ASCII the twin finds what the pattern finds.
    end = min(end, len(text))
    stop = min(len(text), end + 80)
    if names_module.ascii_letters(text):
        plain = names_module._ROLE_AFTER.match(text, end, stop)
        twin = names_module._ROLE_AFTER_ASCII.match(text, end, stop)
        found = (twin.span(), twin.span(1)) if twin else None
        assert found == ((plain.span(), plain.span(1)) if plain else None)


# -- the name scan on the standard engine ----------------------------------------------
# Its optional and repeated groups are entered only behind a look at their first
# character, and abbreviations are read by length: the regex-module pattern it
# stands in for is the oracle, on the pieces those groups are about.

_NAME_PIECES = [
    "Ana", "Ruiz", "O’Neill", "O'Neill", "Ruiz's", "Ruiz’s", "Ruiz’", "Jean-Luc", "Marie-", "-x",
    "van", "der", "de", "la", "bin", "ibn", "abu", "y", "zu", "al-Farsi", "el-", "d’Ambrosio",
    "l'", "dell’", "(Tom)", "(tom)", "(", ")", "Mr.", "Mrs.", "Ms.", "Capt.", "Cllr.", "Insp.",
    "Supt.", "Sgt.", "Prof.", "Xr.", "Cap.", "Mrx.", "J.", "K.", "U.S.", "Hospital", "Trust",
    "College", "Supporters'", "The", "But", "said", "S", "s", "2024", ".", ",", "’", "'", "-",
    " ", " ", " ", "\u00a0", "\n",
]  # fmt: skip


@settings(max_examples=1000, deadline=None)
@given(
    st.lists(st.sampled_from(_NAME_PIECES), max_size=24).map("".join),
    st.integers(0, 12),
    st.integers(0, 12),
)
def test_name_scan_twin_matches_the_general_scan(text: str, cut: int, trim: int) -> None:
    start, end = min(cut, len(text)), max(0, len(text) - trim)
    fast = [m.span() for m in names_module._NAME_SCAN_ASCII.finditer(text, start, end)]
    plain = [m.span() for m in names_module._NAME_SCAN.finditer(text, start, end)]
    assert fast == plain


def test_name_scan_twin_reads_every_abbreviation() -> None:
    for word in names_module._ABBR_WORDS:
        text = f"By {word}. Ana Ruiz and {word}x. Ruiz"
        fast = [m.group() for m in names_module._NAME_SCAN_ASCII.finditer(text)]
        assert fast == [m.group() for m in names_module._NAME_SCAN.finditer(text)]
        assert fast[0] == f"{word}. Ana Ruiz"


def test_name_scan_twin_reads_every_particle() -> None:
    for particle in names_module._PARTICLE[3:-1].split("|"):
        text = f"Ana {particle} Ruiz and {particle} {particle} Ruiz, then {particle} Ruiz"
        fast = [m.group() for m in names_module._NAME_SCAN_ASCII.finditer(text)]
        assert fast == [m.group() for m in names_module._NAME_SCAN.finditer(text)]
        assert fast[0] == f"Ana {particle} Ruiz"


_OPTIONAL_PIECES = ["a", "b", ",", " ", "(", ")", "-", "x", "ab", "a,b", "(b)", "a a", "\\"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_OPTIONAL_PIECES), max_size=12).map("".join))
def test_optionals_as_branches_match_like_the_plain_optionals(text: str) -> None:
    plain = re.compile(r"(?P<x>a(?:,b)?)?[ ]*(?:\((?P<y>[^()]*)\))?(?:-?x)??b?(?:a |b)?+")
    fast = re.compile(names_module._optionals_as_branches(plain.pattern))
    assert fast.pattern != plain.pattern
    for pos in range(len(text) + 1):
        got, want = fast.match(text, pos), plain.match(text, pos)
        assert (got and [got.span(g) for g in range(3)]) == (
            want and [want.span(g) for g in range(3)]
        )


# -- cleaning a name run: what is stripped around the name ----------------------------


@pytest.mark.parametrize(
    ("run", "name"),
    [
        ("Senate Majority Leader Carl Whitby", "Carl Whitby"),  # a title after an org word
        ("Harlow Town Council Leader Ivy Marsh", "Ivy Marsh"),
        ("Leeds City Council", "Leeds City Council"),  # no title: the organisation stays
        ("Passenger Chloe Fenwick", "Chloe Fenwick"),  # what she is to the story
        ("Local Government Association", "Local Government Association"),  # an org's name
        ("Patient Smith", "Patient Smith"),  # one word after: may be a name
        ("Alistair Mowbray KC", "Alistair Mowbray"),  # letters after the name
        ("Mowbray KC", "Mowbray KC"),  # a single word keeps them (it may be the name)
    ],
)
def test_clean_name_strips_titles_descriptions_and_letters(run: str, name: str | None) -> None:
    clean = names_module.clean_name(run)
    assert (clean.name if clean is not None else None) == name


def test_a_double_surname_expands_to_the_full_name_before_it() -> None:
    index = names_module.NameIndex()
    full = ("Diego", "Fernández", "Ruiz")
    index.add("Diego Fernández Ruiz", full, person=True, org=False, gender=None, roles=frozenset())
    assert index.expand("Fernández Ruiz", ("Fernández", "Ruiz")) == "Diego Fernández Ruiz"
    assert index.expand("Ana Ruiz", ("Ana", "Ruiz")) == "Ana Ruiz"  # another Ruiz


# -- a name someone gave: one rule, two things it sets ---------------------------------


@pytest.mark.parametrize(
    ("text", "word", "kind", "gender"),
    [
        # what "his first name, X" used to set: the gender (and so a person)
        ("A porter, who gave only his first name, Idris, said no.", "Idris", "person", "m"),
        ("The nurse, identified only by her given name, Wenna, left.", "Wenna", "person", "f"),
        ("A cook who gave his christian name as Bertil was there.", "Bertil", "person", "m"),
        # what "gave … name only as X" used to set: a person, of no known gender when
        # "their" or "themselves" is all the text says
        ("A fan, who gave their name only as Kit, said it was cold.", "Kit", "person", None),
        ("A rider, who identified themselves only as Jory, waved.", "Jory", "person", None),
        ("A pensioner who gave his name only as Arlo left.", "Arlo", "person", "m"),
        ("One woman, who identified herself only as Bea, said no.", "Bea", "person", "f"),
        # near misses: no name given, so nothing is set
        ("The village is known as Larkby.", "Larkby", "unknown", None),
        ("Residents of this name as Larkby met.", "Larkby", "unknown", None),  # not "his name"
    ],
)
def test_a_name_someone_gave_is_a_person(
    text: str, word: str, kind: str, gender: str | None
) -> None:
    mentions, index = names_module.scan_mentions(
        text, [(0, len(text))], names_module.sentence_starts(text)
    )
    found = [m for m in mentions if m.name == word]
    assert [m.kind for m in found] == [kind]
    assert index.gender.get(word) == gender


def test_title_abbreviations_factored_match_the_plain_alternation() -> None:
    """The name pattern reads the abbreviated titles as a trie; the plain alternation is
    the oracle, for every title, with a stop, without one and as a longer word's start."""
    fast_pattern = names_module.NAME_PATTERN
    plain_pattern = fast_pattern.replace(
        names_module.TITLE_ABBREVIATIONS_TRIE, f"(?:{names_module.TITLE_ABBREVIATIONS})"
    )
    assert plain_pattern != fast_pattern
    fast, plain = regex.compile(fast_pattern), regex.compile(plain_pattern)
    for word in names_module.TITLE_ABBREVIATIONS.split("|"):
        for text in (
            f"said {word}. Ana Ruiz of the unit.",
            f"{word} Tom Reyes and {word}s. Ray Dunn",
            f"The {word}. End. {word}ly Ann {word}.",
        ):
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], text


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Mrs Ana Kellow", "Ana Kellow"),
        ("Ms Orla Penhale", "Orla Penhale"),
        ("Dr. Piet Varno", "Piet Varno"),
        ("Prof Lena Dorsey", "Lena Dorsey"),
        ("Sir Tam Brodie", "Tam Brodie"),
        ("Dame Ivy Holcombe", "Ivy Holcombe"),
        ("Rev Joel Amberley", "Joel Amberley"),
        ("Cllr Ruth Pennock", "Ruth Pennock"),
        ("Det Insp Mark Gully", "Mark Gully"),
        ("Judge Hana Wexley", "Hana Wexley"),
        ("Apprentice Tilly Tolbeck", "Tilly Tolbeck"),
        ("Chef Remy Halvane", "Remy Halvane"),
        ("Sister Maud Kilbane", "Maud Kilbane"),
        ("Mr Achebe-Ward", "Achebe-Ward"),
        ("Ivo Pell MP", "Ivo Pell"),
        ("Joint Commissioner", None),
        ("Chief Constable", None),
        # near misses: the title word is part of the name
        ("Ava Judge", "Ava Judge"),
        ("Sister Agnes", "Sister Agnes"),
        ("Sir Tam Brodie Trust", "Sir Tam Brodie Trust"),
        ("St John Ambulance", "St John Ambulance"),
        ("Duchess of Ormesby", "Duchess of Ormesby"),
        ("Prince Oren", "Prince Oren"),
        ("Mr and Mrs Ash", "Mr and Mrs Ash"),
        ("Dean Harwood", "Dean Harwood"),
    ],
)
def test_speaker_name_drops_the_titles_before_a_name(written: str, name: str | None) -> None:
    """Rule *a speaker is a name*: titles, honorifics and ranks before a name are the role."""
    assert names_module.speaker_name(written) == name


@given(st.lists(st.sampled_from(["Ana", "Pell", "Mr", "Dr", "Chef", "Joint", "Trust", "of"]),
                min_size=1, max_size=5))
def test_speaker_name_keeps_a_tail_of_the_name(words: list[str]) -> None:
    """What speaker_name returns is always the end part of what it was given (or None)."""
    written = " ".join(words)
    name = names_module.speaker_name(written)
    assert name is None or written.find(name) >= 0
    assert name is None or names_module.speaker_name(name) == name


@pytest.mark.parametrize(
    ("text", "persons"),
    [
        ("Sen. Wilhelmina Ebbing, D-Grand Rapids, voted no.", ["Wilhelmina Ebbing"]),
        ("Rep. Cal Voorhees (R-New Braunfels) voted no.", ["Cal Voorhees"]),
        ("Rep. Cal Voorhees, I-Vt., voted no.", ["Cal Voorhees"]),
        # near misses: a hyphenated given name is a person's
        ("The panel heard Oswin Tarr, I-Ling Chen and Ada Marr.", ["Oswin Tarr", "I-Ling Chen",
                                                                 "Ada Marr"]),
        ("The prize went to her mentor, D-Ray Quist, on Friday.", ["D-Ray Quist"]),
    ],
)
def test_a_party_and_seat_is_no_person(text: str, persons: list[str]) -> None:
    mentions, _ = names_module.scan_mentions(text, [(0, len(text))], sentence_starts(text))
    assert [m.name for m in mentions if m.kind == "person"] == persons


# -- a programme is no person ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Nadia Tremlow is leaving Brekkie Hour after nine years.", "Brekkie Hour", "unknown"),
        ("Hugh Penhallow quits Skillet Nights for a rival channel.", "Skillet Nights", "unknown"),
        ("He was the host of Skillet Nights for a decade.", "Skillet Nights", "unknown"),
        ("She became a presenter on Brekkie Hour in 2019.", "Brekkie Hour", "unknown"),
        # near misses: a person left behind, a person's own work, a person after "of"
        ("The coach quit, leaving Ana Ruiz in charge.", "Ana Ruiz", "person"),
        ("Kit Darrow is the star of Ana Ruiz's new film.", "Ana Ruiz", "person"),
        ("It was a portrait of Ana Ruiz at her desk.", "Ana Ruiz", "person"),
    ],
)
def test_a_programme_left_or_hosted_is_no_person(text: str, name: str, kind: str) -> None:
    mentions, _ = names_module.scan_mentions(
        text, [(0, len(text))], names_module.sentence_starts(text)
    )
    assert [m.kind for m in mentions if m.name == name] == [kind]


# Words split at spaces and no-break spaces, with other white space and marks
# inside them, and windows that start or end anywhere (past the end too).
_word_text = st.text(alphabet=" \u00a0\n\tab’“.,Z", max_size=40)
_TOKEN_ORACLE = re.compile(r"[^ \u00a0]+")


@given(_word_text, st.integers(-3, 45), st.one_of(st.none(), st.integers(-3, 45)))
def test_word_spans_are_the_token_pattern_s_matches(text: str, start: int, end: int | None) -> None:
    expected = [
        (m.group(), m.start(), m.end())
        for m in (
            _TOKEN_ORACLE.finditer(text, start)
            if end is None
            else _TOKEN_ORACLE.finditer(text, start, end)
        )
    ]
    assert names_module.word_spans(text, start, end) == expected


@given(_word_text, st.integers(0, 45), st.one_of(st.none(), st.integers(0, 45)))
def test_split_words_are_the_token_pattern_s_words(text: str, start: int, end: int | None) -> None:
    oracle = _TOKEN_ORACLE
    expected = oracle.findall(text, start) if end is None else oracle.findall(text, start, end)
    assert names_module.split_words(text, start, end) == expected


def test_word_spans_in_a_credit_line() -> None:
    text = "Photo:\u00a0Ana Ruiz  for the Kelby Gazette"
    assert names_module.word_spans(text, 7) == [
        ("Ana", 7, 10),
        ("Ruiz", 11, 15),
        ("for", 17, 20),
        ("the", 21, 24),
        ("Kelby", 25, 30),
        ("Gazette", 31, 38),
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Rule *a name that speaks is a body*: read as a place for its last word only
        ("Kestrel Bay confirmed on Monday that the show will return.", "org"),
        ("Marlow Harbour said the channel was closed.", "org"),
        # near misses: a place in the sentence of someone else's speech verb, or not speaking
        ("A captain on Kestrel Bay says crossings are late.", "place"),
        ("Kestrel Bay is calm today.", "place"),
    ],
)
def test_a_place_named_name_that_speaks_is_a_body(text: str, kind: str) -> None:
    mentions, _ = names_module.scan_mentions(text, [(0, len(text))], sentence_starts(text))
    assert [m.kind for m in mentions] == [kind]
