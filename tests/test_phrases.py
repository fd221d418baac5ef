"""Variants as an editor reads them: one record per changed phrase, meaning changes flagged.

Each row is a statement as most outlets printed it, one outlet's version, the records that
version must get (category, canonical words, printed words, minor, meaning) and why.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import Document, cluster_quotes, extract_quotes, match
from quotematch.align import Assembly, apply_variants, assemble, reproduce_form
from quotematch.classify import meaning_changes
from quotematch.config import Config
from quotematch.csv_report import csv_rows
from quotematch.models import MEANING_CHANGES, Cluster, Quote, QuoteKind, Variant
from quotematch.report import format_clusters

CONFIG = Config()

_Row = tuple[str, str, list[tuple[str, str, str, bool, tuple[str, ...]]], str]

PHRASES: list[_Row] = [
    (
        "Please give generously to our pine martin appeal before the winter comes.",
        "Please give generously to our Pine Marten appeal before the winter comes.",
        [("typo", "pine martin", "Pine Marten", False, ())],
        "two adjacent changed words are one phrase; a typo in it makes it not minor",
    ),
    (
        "There's no way back for the Harrowgate line after this winter.",
        "There is no way back for the Harrowgate line after this winter.",
        [("spelling_locale", "There's", "There is", True, ())],
        "an expanded contraction is one record, not a substitution plus an insertion, and a "
        "minor form of the same words",
    ),
    (
        "I should have not signed the contract for the Orchard Street site.",
        "I should not have signed the contract for the Orchard Street site.",
        [("reordering", "have not", "not have", False, ())],
        "the same words in another order are one reordering",
    ),
    (
        "What I told the umpire was wrong. Tempers were running high all afternoon.",
        "What I told the umpire was an error. The tempers were running high all afternoon.",
        [
            ("substitution", "wrong", "an error", False, ()),
            ("insertion", "Tempers", "The tempers", False, ()),
        ],
        "a full stop both print ends the first phrase, outside it; the case change folds into "
        "the insertion",
    ),
    (
        "The Kellan ferry will resume its crossings on Tuesday once the engine is repaired.",
        "The Kellan ferry will resume its crossings on Thursday once the engine is repaired.",
        [("substitution", "Tuesday", "Thursday", False, ("number",))],
        "another weekday is another date, not a slip of the pen, however alike the letters",
    ),
    (
        "The pitch was flooded. The referee had no choice but to abandon the game at half-time.",
        "The pitch was flooded, the referee had no choice but to abandon the game at half-time.",
        [("case", "flooded. The", "flooded, the", True, ())],
        "two sentences run into one: the comma and the lower case are one change",
    ),
    (
        "The new stand at Coldharbour Way cost the club £5m and opens in August.",
        "The new stand at Coldharbour Way cost the club £5 million and opens in August.",
        [("spelling_locale", "5m", "5 million", True, ())],
        "an amount written out is the same amount, a minor form",
    ),
    (
        "Nobody at the Fernhill clinic will lose their job, the health board said on Friday.",
        "No one at the Fernhill clinic will lose their job, the health board said on Friday.",
        [("substitution", "Nobody", "No one", False, ())],
        "'no one' is nobody, not the number one",
    ),
    (
        "More than 2,400 people have signed the petition to save the Kellan Road library.",
        "More than 2400 people have signed the petition to save the Kellan Road library.",
        [("spelling_locale", "2,400", "2400", True, ())],
        "a thousands separator left out writes the same number, a minor form",
    ),
    (
        "Crews have worked round the clock to clear the Dunmore Road landslip since Tuesday.",
        "Crews have worked round-the-clock to clear the Dunmore Road landslip since Tuesday.",
        [("spelling_locale", "round the clock", "round-the-clock", True, ())],
        "a compound hyphenated on one side only is one spelling form, shown whole",
    ),
    (
        "Please co-operate with the stewards and keep the e-mail we sent for your refund.",
        "Please cooperate with the stewards and keep the email we sent for your refund.",
        [
            ("spelling_locale", "co-operate", "cooperate", True, ()),
            ("spelling_locale", "e-mail", "email", True, ()),
        ],
        "a joined or hyphenated word is a spelling form and nothing else",
    ),
    (
        "Another year on the road could do permanent damage to my voice, the singer said.",
        "Another year on the road could cause permanent damages to my voice, the singer said.",
        [("substitution", "do permanent damage", "cause permanent damages", False, ())],
        "two reworded words with one agreeing word between them are read as one phrase",
    ),
    (
        "Please ring the office and tell Dagny Holm when the ferry is running again.",
        "Please ring the office & tell Daggny Holm when the ferry is running again.",
        [("substitution", "and tell Dagny", "& tell Daggny", False, ())],
        "a joined record carries the flags of its parts: a typo in a name flags nothing",
    ),
    (
        "Crews will repair sea walls along the Porthkennack front before the storms.",
        "Crews will mend sea Walls along the Porthkennack front before the storms.",
        [
            ("substitution", "repair", "mend", False, ()),
            ("case", "walls", "Walls", True, ()),
        ],
        "a minor change one word away from a rewording stays its own record",
    ),
    (
        "We will co-operate fully and answer every e-mail from the Tenbury families.",
        "We will cooperate fully and answer every email from the Tenbury families.",
        [
            ("spelling_locale", "co-operate", "cooperate", True, ()),
            ("spelling_locale", "e-mail", "email", True, ()),
        ],
        "hyphenated and joined forms are one word spelt two ways",
    ),
    (
        "We have a long-term plan for the Harlow Fields estate and its residents.",
        "We have a long term plan for the Harlow Fields estate and its residents.",
        [("spelling_locale", "long-term", "long term", True, ())],
        "a hyphen dropped inside a word is shown with the whole word",
    ),
    (
        "It was a fucking disgrace from start to finish at Mellingford.",
        "It was a f***ing disgrace from start to finish at Mellingford.",
        [("spelling_locale", "fucking", "f***ing", True, ())],
        "a masked swear word is the same word",
    ),
    (
        "The club has not ruled out further action against the stewards.",
        "The club has ruled out further action against the stewards.",
        [("omission", "not", "", False, ("negation",))],
        "a dropped negation is a meaning change",
    ),
    (
        "Staff will receive the full payment in March, the union confirmed.",
        "Staff would receive the full payment in May, the union confirmed.",
        [
            ("substitution", "will", "would", False, ("modal",)),
            ("substitution", "March", "May", False, ("number",)),
        ],
        "a changed modal and a changed month are meaning changes",
    ),
    (
        "We are cutting 412 jobs across the Dunmore and Kilbride plants this year.",
        "We are cutting 421 jobs across the Dunmore and Kilbride plants this year.",
        [("substitution", "412", "421", False, ("number",))],
        "a changed amount is a meaning change",
    ),
    (
        "I spoke to Councillor Brannock about the bridge closure on Tuesday.",
        "I spoke to Councillor Brannigan about the bridge closure on Tuesday.",
        [("substitution", "Brannock", "Brannigan", False, ("name",))],
        "a changed name is a meaning change",
    ),
    (
        "My team let the families of Corbel Row down and I am sorry.",
        "Her team let the families of Corbel Row down and I am sorry.",
        [("substitution", "My", "Her", False, ("person",))],
        "a change of person is a meaning change",
    ),
    (
        "We will rebuild the pier and the promenade before the summer season starts.",
        "We will rebuild the pier [...] before the summer season starts.",
        [("ellipsis", "and the promenade", "[...]", False, ())],
        "an ellipsis in brackets is an ellipsis, not an editorial bracket",
    ),
    (
        "This is about the harbour – not the money, not the votes, and not the council.",
        "This is about the harbour – ... the votes, and not the council.",
        [("ellipsis", "not the money, not", "...", False, ("negation",))],
        "the dash both print stays outside the ellipsis; dropping a 'not' is flagged",
    ),
    (
        "We are cutting about 18% of the jobs at the Pellworth depot this year.",
        "We are cutting about 18 per cent of the jobs at the Pellworth depot this year.",
        [("spelling_locale", "18%", "18 per cent", True, ())],
        "a share written out in words is the same share, a minor form",
    ),
    (
        "I have never heard a whistle like that from a linesman. She should not officiate again.",
        "I have never heard a whistle like that ... She should not officiate again.",
        [("ellipsis", "from a linesman", "...", False, ()), ("punctuation", ".", "", True, ())],
        "an ellipsis ending a sentence stands for the words; the full stop it absorbs is minor",
    ),
    (
        "We didn't expect two hundred people at the Ashcombe hall.",
        "We did not expect 2 hundred people at the Ashcombe hall.",
        [
            ("spelling_locale", "didn't", "did not", True, ()),
            ("spelling_locale", "two", "2", True, ()),
        ],
        "an expanded negation and a number written in figures change nothing said",
    ),
    (
        "A ballot that closes before the members affected have been told is no ballot at all.",
        "A ballot that closes before members have been told is no ballot at all.",
        [("omission", "the members affected", "members", False, ())],
        "two words left out around one kept word are one cut phrase",
    ),
    (
        "The trust did not consult the families of Wenlow in any real sense before the vote.",
        "The trust did not in any real sense consult the families of Wenlow before the vote.",
        [
            (
                "reordering",
                "consult the families of Wenlow in any real sense",
                "in any real sense consult the families of Wenlow",
                False,
                (),
            )
        ],
        "a phrase moved five words within its sentence is one reordering",
    ),
    (
        "The trust did not warn the families of Wenlow before it closed the ward.",
        "[Wenlow Trust] did not warn the families of Wenlow before it closed the ward.",
        [("editorial_bracket", "The trust", "[Wenlow Trust]", False, ())],
        "an opening bracket stands for the sentence's first words, not only the one it pairs with",
    ),
    (
        "We gave the ball away cheaply for both goals and we paid for it.",
        "We gave the ball away cheaply, er, for both goals and we paid for it.",
        [("insertion", "cheaply", "cheaply, er,", True, ())],
        "a transcript's filler is a minor insertion",
    ),
    (
        "The Harlow Road depot will close, because we couldn't.",
        "The Harlow Road depot will close, because we could not.",
        [("spelling_locale", "couldn't", "could not", True, ())],
        "a full stop both print after the changed words is not part of the change",
    ),
    (
        "The U.K. government will publish the Tarrow report in full.",
        "The UK government will publish the Tarrow report in full.",
        [("spelling_locale", "U.K.", "UK", True, ())],
        "capitals with and without dots are one spelling",
    ),
    (
        "Fares on the Brisk Line will rise by 6% from January.",
        "Fares on the Brisk Line will rise by 6 percent from January.",
        [("spelling_locale", "6%", "6 percent", True, ())],
        "a share written out is the same share",
    ),
    (
        "The Brisk Line will reopen at 6am on Sunday.",
        "The Brisk Line will reopen at 6 a.m. on Sunday.",
        [("spelling_locale", "6am", "6 a.m.", True, ())],
        "a time of day written with dots is the same time",
    ),
    (
        "Tenants had no say at all in the sale of the Quarrybank flats.",
        "Tenants had no say whatsoever in the sale of the Quarrybank flats.",
        [("substitution", "at all", "whatsoever", False, ())],
        "the 'all' of 'at all' says no amount: an intensifier swapped, no number flag",
    ),
    (
        "Tenants at all of the Quarrybank blocks will get the new locks.",
        "Tenants at some of the Quarrybank blocks will get the new locks.",
        [("substitution", "all", "some", False, ("number",))],
        "near miss: 'all' after 'at' that counts the blocks is still an amount",
    ),
    (
        "The trust is going to sell the Quarrybank flats next spring.",
        "The trust will sell the Quarrybank flats next spring.",
        [("substitution", "is going to", "will", False, ())],
        "'going to' before a verb is the future 'will' says: no modal flag",
    ),
    (
        "The trust was going to sell the Quarrybank flats next spring.",
        "The trust will sell the Quarrybank flats next spring.",
        [("substitution", "was going to", "will", False, ("modal",))],
        "near miss: 'was going to' is 'would', not 'will'",
    ),
]


# Where an editor cuts a change: each record is the phrase that changed.
EDITOR_CUTS = [
    (
        "Parking at the Wyebrook leisure centre will cost 20 per cent more from June.",
        "Parking at the Wyebrook leisure centre will cost 25 per cent more from June.",
        [("substitution", "20", "25", False, ("number",))],
        "an amount is one compared word; the record is the figure that changed, not its unit",
    ),
    (
        "Parking at the Wyebrook leisure centre will cost 20 per cent more from June.",
        "Parking at the Wyebrook leisure centre will cost 20 percent more from June.",
        [("spelling_locale", "per cent", "percent", True, ())],
        "a share spelt another way: the record is the unit, not the figure both print",
    ),
    (
        "It was a f***ing shambles from the first whistle at Corley Park tonight.",
        "It was a [expletive] shambles from the first whistle at Corley Park tonight.",
        [("spelling_locale", "f***ing", "[expletive]", True, ())],
        "an editor's bracket for a masked swear word is another mask, minor, without context",
    ),
    (
        "They beat us with a penalty that nobody in the ground believed was fair, and we will "
        "be appealing to the federation.",
        "They Beat Us With A Penalty … We Will Be Appealing To The Federation.",
        [
            ("case", "beat us with a penalty", "Beat Us With A Penalty", True, ()),
            ("ellipsis", "that nobody in the ground believed was fair, and", "…", False, ()),
            (
                "case",
                "we will be appealing to the federation",
                "We Will Be Appealing To The Federation",
                True,
                (),
            ),
        ],
        "a headline's Title Case is apart from the clause its ellipsis cuts, and the "
        "'nobody' inside the cut clause turns nothing around",
    ),
    (
        "We will reopen the Harbour Steps before the first ferry of the spring.",
        "We will reopen harbour steps before the first ferry of the spring.",
        [("omission", "the Harbour Steps", "harbour steps", False, ())],
        "a name printed in lower case beside a word left out is one changed phrase: only "
        "words printed in Title Case stand apart as a headline's case",
    ),
    (
        "This is about the Tarrow railway - not the money, and not the votes.",
        "This is about the Tarrow - not the money, and not the votes.",
        [("omission", "railway -", "-", False, ())],
        "a word left out before a dash is an omission: a lone dash is no masked word",
    ),
    (
        "The report was handed to Inspector Kettridge on the Monday after the fire.",
        "The report was handed to Inspector Kittredge on the Monday after the fire.",
        [("typo", "Kettridge", "Kittredge", False, ("name",))],
        "a name spelt with more than one letter changed may be another person",
    ),
]



def _records(canonical: str, member: str) -> list[Variant]:
    quotes = [Quote(id=f"q{i}", doc_id=f"d{i}", text=t) for i, t in enumerate([canonical] * 2)]
    quotes.append(Quote(id="m", doc_id="m", text=member))
    result = assemble(quotes, [0, 0, 0], CONFIG)
    assert result.canonical == canonical
    rebuilt = apply_variants(result.canonical, result.coverage[2], result.variants)
    assert reproduce_form(rebuilt) == reproduce_form(member)
    return [v for v in result.variants if v.quote_id == "m"]


@pytest.mark.parametrize(("canonical", "member", "expected", "why"), [*PHRASES, *EDITOR_CUTS])
def test_one_record_per_changed_phrase(
    canonical: str,
    member: str,
    expected: list[tuple[str, str, str, bool, tuple[str, ...]]],
    why: str,
) -> None:
    found = _records(canonical, member)
    summary = [(v.category, v.canonical_text, v.variant_text, v.minor, v.meaning) for v in found]
    assert summary == expected, why
    for variant in found:
        assert variant.categories[0] == variant.category, why


def test_a_phrase_lists_every_kind_of_change_in_it() -> None:
    (record,) = _records(
        "Please give generously to our pine martin appeal before the winter comes.",
        "Please give generously to our Pine Marten appeal before the winter comes.",
    )
    assert record.categories == ("typo", "case")
    (form,) = _records(
        "Please co-operate with the stewards at the gate.",
        "Please Cooperate with the stewards at the gate.",
    )
    assert form.categories == ("spelling_locale", "case")


# Fragments printed inside a reporter's sentence, against the full statement.
STATEMENT = (
    "I wanted to see for myself what the flood had done to the estate, and I was shocked. "
    "We can confirm that the new timetable and the fare changes will not be delayed. "
    "These were costly mistakes and I take full responsibility for them."
)
FRAGMENTS = [
    (
        "to see for [himself] what the flood had done",
        ("editorial_bracket", "myself", "[himself]"),
        "an editorial bracket stands for the word it replaces",
    ),
    (
        "the new timetable…will not be delayed",
        ("ellipsis", "and the fare changes", "…"),
        "an ellipsis inside a fragment stands for the words left out",
    ),
    (
        "Costly Mistakes",
        ("case", "costly mistakes", "Costly Mistakes"),
        "headline capitals are one case change",
    ),
]


def _with_fragment(statement: str, fragment: str, offset: int) -> Assembly:
    """Two outlets print ``statement`` whole, a third prints ``fragment`` from word ``offset``."""
    quotes = [
        Quote(id="a", doc_id="a", text=statement),
        Quote(id="b", doc_id="b", text=statement),
        Quote(id="f", doc_id="f", text=fragment, kind="partial"),
    ]
    return assemble(quotes, [0, 0, offset], CONFIG)


@pytest.mark.parametrize(("fragment", "expected", "why"), FRAGMENTS)
def test_fragments_report_what_they_stand_for(
    fragment: str, expected: tuple[str, str, str], why: str
) -> None:
    offset = len(STATEMENT[: STATEMENT.lower().index(fragment.lower()[:6])].split())
    result = _with_fragment(STATEMENT, fragment, offset)
    found = [(v.category, v.canonical_text, v.variant_text) for v in result.variants]
    assert found == [expected], why


@pytest.mark.parametrize(
    ("fragment", "offset", "expected", "why"),
    [
        (
            "[the council] can confirm that the new timetable",
            17,
            ("editorial_bracket", "We", "[the council]"),
            "a bracket opening a fragment stands for the pronoun beside its first word",
        ),
        (
            "will not be delayed [this year]",
            29,
            ("editorial_bracket", "", "[this year]"),
            "a bracket after the last word, beside no pronoun, is added words",
        ),
    ],
)
def test_a_bracket_at_a_fragments_edge(
    fragment: str, offset: int, expected: tuple[str, str, str], why: str
) -> None:
    result = _with_fragment(STATEMENT, fragment, offset)
    assert result.canonical == STATEMENT
    found = [(v.category, v.canonical_text, v.variant_text) for v in result.variants]
    assert found == [expected], why


HARBOUR = (
    "The new inquiry found no fault with the crew. We must now rebuild trust with every family "
    "in the harbour, and we will start on Monday."
)


@pytest.mark.parametrize(
    ("fragment", "offset", "expected", "why"),
    [
        (
            "we may now rebuild trust with every family",
            9,
            [("case", "We", "we", True, ()), ("substitution", "must", "may", False, ("modal",))],
            "a fragment's lower-case first word only says where it starts: the change is 'must'",
        ),
        (
            "the inquiry found no fault with the crew",
            0,
            [("case", "The", "the", True, ()), ("omission", "new", "", False, ())],
            "the word left out is its own record, not 'The new' -> 'the'",
        ),
        (
            "Every household in the harbour, and we will start on Monday",
            15,
            [
                ("case", "every", "Every", True, ()),
                ("substitution", "family", "household", False, ()),
            ],
            "a capital where the quote opens is no part of the change beside it",
        ),
    ],
)
def test_a_capital_of_place_is_not_part_of_the_change_beside_it(
    fragment: str, offset: int, expected: list[tuple[object, ...]], why: str
) -> None:
    result = _with_fragment(HARBOUR, fragment, offset)
    found = [
        (v.category, v.canonical_text, v.variant_text, v.minor, v.meaning)
        for v in result.variants
    ]
    assert found == expected, why


@pytest.mark.parametrize(
    ("kind", "printed", "expected", "why"),
    [
        (
            "partial",
            "to see for himself what the flood had done",
            ("substitution", "myself", "himself", False, ("person",)),
            "a pronoun changed inside quote marks without brackets is not what the speaker said",
        ),
        (
            "direct",
            "I wanted to see for himself what the flood had done to the estate, and I was shocked.",
            ("substitution", "myself", "himself", False, ("person",)),
            "inside a whole quote the same change puts other words in the speaker's mouth",
        ),
        (
            "partial",
            "to see for yourself what the flood had done",
            ("substitution", "myself", "yourself", False, ("person",)),
            "the speaker turned into the reader is not a reframing",
        ),
    ],
)
def test_a_change_of_person_is_flagged_in_partial_and_whole_quotes(
    kind: QuoteKind, printed: str, expected: tuple[str, str, str, bool, tuple[str, ...]], why: str
) -> None:
    quotes = [
        Quote(id="a", doc_id="a", text=STATEMENT),
        Quote(id="b", doc_id="b", text=STATEMENT),
        Quote(id="f", doc_id="f", text=printed, kind=kind),
    ]
    offset = 1 if kind == "partial" else 0
    result = assemble(quotes, [0, 0, offset], CONFIG)
    found = [
        (v.category, v.canonical_text, v.variant_text, v.minor, v.meaning)
        for v in result.variants
    ]
    assert found == [expected], why


# --------------------------------------------------------------------------
# The canonical passage reads as the statement.

ARTICLE = (
    "Flood defences\n\n"
    "“The water rose faster than anyone expected in the valley,” said Ruth Amberley. "
    "“But we will rebuild every home on Weir Street.”\n"
)


def _split_quote() -> Quote:
    first = "The water rose faster than anyone expected in the valley,"
    second = "But we will rebuild every home on Weir Street."
    s1 = ARTICLE.index(first)
    s2 = ARTICLE.index(second)
    return Quote(
        id="x:0",
        doc_id="x",
        text=first + " " + second,
        spans=((s1, s1 + len(first)), (s2, s2 + len(second))),
    )


def test_a_split_quote_alone_reads_as_the_statement() -> None:
    quote = _split_quote()
    result = assemble([quote], [0], CONFIG)
    assert "valley. But we will" in result.canonical
    (comma,) = result.variants
    assert (comma.category, comma.minor) == ("punctuation", True)
    assert [ARTICLE[s:e] for s, e in comma.spans] == ["valley,"]


def test_the_attribution_comma_is_never_an_editor_facing_variant() -> None:
    whole = (
        "The water rose faster than anyone expected in the valley. "
        "But we will rebuild every home on Weir Street."
    )
    quotes = [_split_quote(), Quote(id="y:0", doc_id="y", text=whole)]
    result = assemble(quotes, [0, 0], CONFIG)
    assert result.canonical == whole
    assert all(v.minor for v in result.variants)


def test_a_statement_ending_before_she_said_keeps_its_full_stop() -> None:
    text = "We will reopen the Kestrel Bay ferry by June,"
    quotes = [Quote(id=i, doc_id=i, text=text) for i in ("a", "b")]
    result = assemble(quotes, [0, 0], CONFIG)
    assert result.canonical == "We will reopen the Kestrel Bay ferry by June."
    assert {(v.category, v.minor) for v in result.variants} == {("punctuation", True)}


def _two_parts(article: str, first: str, second: str) -> Quote:
    """The quote ``article`` prints in two parts, ``first`` and ``second``."""
    s1, s2 = article.index(first), article.index(second)
    spans = ((s1, s1 + len(first)), (s2, s2 + len(second)))
    return Quote(id="x:0", doc_id="x", text=first + " " + second, spans=spans)


def _whole_twice_and_split(statement: str, article: str, first: str, second: str) -> Assembly:
    """Two outlets print ``statement`` whole, a third the quote ``article`` prints in two parts."""
    whole = [Quote(id=i, doc_id=i, text=statement) for i in ("a", "b")]
    return assemble([*whole, _two_parts(article, first, second)], [0, 0, 0], CONFIG)


def test_whole_sentences_left_out_where_two_paragraphs_meet_are_minor() -> None:
    statement = (
        "We have found the fault in one batch of flour. Customers can return the bars to any "
        "shop for a refund. We are deeply sorry to every family affected."
    )
    first = "We have found the fault in one batch of flour."
    second = "We are deeply sorry to every family affected."
    run_on = _two_parts(f"Recall\n\n“{first}\n\n“{second}”\n", first, second)
    whole = [Quote(id=i, doc_id=i, text=statement) for i in ("a", "b")]
    result = assemble([*whole, run_on], [0, 0, 0], CONFIG)
    (left_out,) = result.variants
    assert (left_out.category, left_out.minor) == ("omission", True)
    assert left_out.canonical_text.startswith("Customers can return")
    cut = Quote(id="y:0", doc_id="y", text=first + " " + second)  # one paragraph: a cut
    (shown,) = assemble([*whole, cut], [0, 0, 0], CONFIG).variants
    assert (shown.category, shown.minor) == ("omission", False)


def test_a_split_quote_reopening_at_a_later_sentence_is_an_excerpt() -> None:
    # “We will reopen the pool on Monday,” she said. “Nobody will lose their job.”
    statement = (
        "We will reopen the pool on Monday, and the gym will follow once the new boilers "
        "are fitted. Nobody will lose their job because of the fire."
    )
    first = "We will reopen the pool on Monday,"
    second = "Nobody will lose their job because of the fire."
    result = _whole_twice_and_split(statement, f"“{first}” she said. “{second}”", first, second)
    assert result.coverage[2].score == 100.0  # scored on the sentences it prints
    assert [(v.category, v.minor) for v in result.variants] == [("omission", True)]
    assert result.variants[0].canonical_text.startswith("and the gym")


def test_a_split_quote_skipping_a_sentence_still_pairs_its_changed_last_word() -> None:
    # The words after the join lie far past where the quote starts: "June" is "May" changed,
    # not a word added after the statement.
    statement = (
        "We will not close the Marlow Street depot, and every driver will keep their job. The "
        "new buses arrive in May and the old fleet will be sold to a museum in Leeds."
    )
    first = "[The council] will not close the Marlow Street depot,"
    second = "The new buses arrive in June."
    article = f"“{first}” Ms Bell said. “{second}”"
    result = _whole_twice_and_split(statement, article, first, second)
    found = [(v.category, v.canonical_text, v.variant_text, v.meaning) for v in result.variants]
    assert found[:3] == [
        ("editorial_bracket", "We", "[The council]", ()),
        ("omission", "and every driver will keep their job.", "", ()),
        ("substitution", "May", "June", ("number",)),
    ]


def test_a_partial_quote_keeps_its_comma() -> None:
    quotes = [Quote(id=i, doc_id=i, text="a total disgrace,", kind="partial") for i in "ab"]
    assert assemble(quotes, [0, 0], CONFIG).canonical == "a total disgrace,"


# Articles from several outlets: the passage their versions assemble into must read as the
# statement, whatever one outlet's slip or split.
_HEAD = "Gorsefield manager banned\n\n"
_CASE_ARTICLES = {
    "runs-on": _HEAD + "“A call as poor as that one, she should never stand in a "
    "county final again,” Pedro Alcantara said after the match.\n",
    "split-1": _HEAD + "“I have never known an umpire to make a call as poor as that one,” "
    "Alcantara told the Wexcombe Herald.\n\n“She should never stand in a county final again,” "
    "he added.\n",
    "split-2": _HEAD + "The manager said he had “never known an umpire to make a call as "
    "poor as that one”. “She should never stand in a county final again,” he said.\n",
    "whole": _HEAD + "“In 22 seasons of coaching I have never known an umpire to make a call "
    "as poor as that one,” Alcantara said. “She should never stand in a county final "
    "again.”\n",
    "lower-split": _HEAD + "“I have never known an umpire to make a call as poor as that "
    "one,” the manager said, adding: “she should never stand in a county final again.”\n",
}


def _canonical(*outlets: str) -> str:
    quotes = [
        q for name in outlets for q in extract_quotes(Document(id=name, text=_CASE_ARTICLES[name]))
    ]
    (cluster,) = [c for c in cluster_quotes(quotes) if quotes[0] in c.members]
    return cluster.canonical


@pytest.mark.parametrize(
    ("outlets", "expected", "why"),
    [
        (
            ("runs-on", "split-1", "split-2"),
            "one, she should",
            "the capital of outlets starting a new quote gives way to the comma the passage keeps",
        ),
        (
            ("whole", "lower-split", "runs-on"),
            "one. She should",
            "after the full stop the passage keeps, the word takes the capital an outlet prints",
        ),
    ],
)
def test_a_word_takes_the_case_its_place_in_the_passage_calls_for(
    outlets: tuple[str, ...], expected: str, why: str
) -> None:
    assert expected in _canonical(*outlets), why


def test_a_quote_that_ended_its_sentence_keeps_the_full_stop_against_a_run_on_version() -> None:
    # The first outlet printed “…as that one,” he told reporters. “She should…” as two
    # quotes; the third runs the two sentences together with a comma.
    texts = [
        "In 22 seasons of coaching I have never known an umpire to make a call as poor as that "
        "one,",
        "She should never stand in a county final again,",
        "A call as poor as that one, she should never stand in a county final again,",
    ]
    quotes = [Quote(id=str(i), doc_id=str(i), text=t) for i, t in enumerate(texts)]
    result = assemble(quotes, [0, 20, 13], CONFIG)
    assert "as that one. She should never stand" in result.canonical
    assert all(v.minor for v in result.variants)


def test_a_quote_cut_mid_sentence_does_not_end_the_sentence() -> None:
    texts = [
        "We will rebuild the coastal path at Hollin Cove,",
        "before the summer, and every family will be told the date,",
        "the coastal path at Hollin Cove, before the summer, and every family",
    ]
    quotes = [Quote(id=str(i), doc_id=str(i), text=t) for i, t in enumerate(texts)]
    result = assemble(quotes, [0, 9, 3], CONFIG)
    assert "Hollin Cove, before the summer" in result.canonical


def test_a_post_written_in_lower_case_keeps_its_lower_case() -> None:
    post = "so sad for them tbh. the harbour lights weekender was the highlight of my august"
    quotes = [
        Quote(id="a", doc_id="a", text=post, kind="tweet"),
        Quote(id="b", doc_id="b", text=post, kind="tweet"),
        Quote(id="c", doc_id="c", text="So sad for them tbh. The Harbour Lights weekender was "
              "the highlight of my August."),
    ]
    canonical = assemble(quotes, [0, 0, 0], CONFIG).canonical
    assert "tbh. the harbour lights" in canonical


_STUTTER = "I’ve never known an umpire to make a call as poor as that one in all my years."


@pytest.mark.parametrize(
    ("others", "why"),
    [
        (["I I’ve never known an umpire to make a call as poor as that one in all my years."],
         "one outlet's doubled word on a tie"),
        (["I I’ve never known an umpire to make a call as poor as that one in all my years.",
          "I’ve never watched a decision as poor as that"],
         "a doubled word at the edge where a partial quote starts later"),
        ([_STUTTER,
          "Frankly I have never known an umpire to make a call as poor as that one in all "
          "my years.",
          "I’d say I’ve never known an umpire to make a call as poor as that one in all "
          "my years."],
         "one outlet's 'have' next to the others' 'I’ve'"),
        (["And I’ve never known an umpire to make a call as poor as that one in all my years.",
          "I have never known an umpire to make a call as poor as that one in all my years.",
          "I’ve honestly never known an umpire to make a call as poor as that one in all "
          "my years."],
         "added words around a contraction"),
    ],
)
def test_a_word_is_never_doubled_by_one_outlets_extra_word(others: list[str], why: str) -> None:
    texts = [_STUTTER, *others]
    quotes = [
        Quote(id=str(i), doc_id=str(i), text=t, kind="partial" if len(t) < 50 else "direct")
        for i, t in enumerate(texts)
    ]
    result = assemble(quotes, [0] * len(quotes), CONFIG)
    opening, rest = result.canonical.split(" never ", 1)
    assert opening in ("I’ve", "I have"), why
    assert rest == _STUTTER.split(" never ", 1)[1], why
    for quote, coverage in zip(quotes, result.coverage, strict=True):
        rebuilt = apply_variants(result.canonical, coverage, result.variants)
        assert reproduce_form(rebuilt) == reproduce_form(quote.text), why


@pytest.mark.parametrize(
    ("texts", "why"),
    [
        (["To everyone retiring: thank you. You made things that last."] * 2
         + ["You made things that last."],
         "the same word ending one sentence and opening the next"),
        (["Please, please lock your sheds tonight."] * 2, "a repeat every outlet prints"),
    ],
)
def test_a_repeat_the_statement_makes_stays(texts: list[str], why: str) -> None:
    quotes = [Quote(id=str(i), doc_id=str(i), text=t) for i, t in enumerate(texts)]
    assert assemble(quotes, [0] * len(quotes), CONFIG).canonical == texts[0], why


# --------------------------------------------------------------------------
# Reports put meaning changes first.


def test_report_lists_meaning_changes_first() -> None:
    canonical = "The club has not ruled out further action, the chairman said."
    member = Quote(id="m", doc_id="m", text="The club has ruled out further action.")
    case = Variant(
        quote_id="m",
        category="case",
        canonical_text="club",
        variant_text="Club",
        canonical_span=(4, 8),
        minor=True,
    )
    negation = Variant(
        quote_id="m",
        category="omission",
        canonical_text="not",
        variant_text="",
        canonical_span=(13, 16),
        meaning=("negation",),
    )
    other = Quote(id="o", doc_id="o", text=canonical)
    cluster = Cluster(
        id="c1", canonical=canonical, members=(other, member), variants=(case, negation)
    )
    lines = format_clusters([cluster]).splitlines()
    changes = [line.strip() for line in lines if "[-" in line]
    assert changes == [
        "The club has [-not-] ruled out further…  MEANING: NEGATION · OMISSION",
        "The [-club-]{+Club+} has not ruled…  case (minor)",
    ]


def test_csv_rows_show_each_change_in_context_meaning_first() -> None:
    said = "“The Wrenfield ferry will not stop running this winter,” the operator said."
    changed = said.replace("will not stop", "will stop").replace("Wrenfield", "Wrenfeld")
    result = match(
        [
            Document("a", said, source="Estuary Times"),
            Document("b", said, source="Quayside Post"),
            Document("c", changed, source="Harbour Courier"),
        ]
    )
    rows = [r for r in csv_rows(result, hide_minor=True) if r["outlet"] == "Harbour Courier"]
    assert [(r["category"], r["meaning"], r["context"]) for r in rows] == [
        ("omission", "negation", "…Wrenfield ferry will [-not-] stop running this…"),
        ("typo", "", "The [-Wrenfield-]{+Wrenfeld+} ferry will not…"),
    ]


# --------------------------------------------------------------------------
# Properties


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcdefg nort,.'’1234", max_size=40), st.text(max_size=40))
def test_meaning_flags_are_known_and_ordered(canonical: str, printed: str) -> None:
    found = meaning_changes(canonical, printed)
    assert all(flag in MEANING_CHANGES for flag in found)
    assert list(found) == sorted(found, key=MEANING_CHANGES.index)
    assert meaning_changes(canonical, canonical) == ()


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_a_sentence_reworded_throughout_still_rebuilds_the_member(data: st.DataObject) -> None:
    first = "The harbour wall will be rebuilt before the winter storms arrive."
    second = "Every family on Quay Street will be offered a place to stay tonight."
    words = second[:-1].split(" ")
    swaps = ["each", "household", "lodging", "given", "road", "this", "evening", "may"]
    # The last word stays: words past where every other version stops are a known limit.
    for i in data.draw(st.sets(st.integers(0, len(words) - 2), min_size=2, max_size=8)):
        words[i] = data.draw(st.sampled_from(swaps))
    member = first + " " + " ".join(words) + "."
    found = _records(first + " " + second, member)
    for variant in found:
        start, end = variant.canonical_span
        assert (first + " " + second)[start:end] == variant.canonical_text
        ((s, e),) = variant.spans
        assert member[s:e] == variant.variant_text


WORDS = [
    "council", "harbour", "bridge", "summer", "morning", "families", "promised", "rebuild",
    "station", "workers", "market", "schools", "budget", "weather", "decision", "ferry",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=6, max_size=12, unique=True),
    st.data(),
)
def test_records_never_overlap_and_point_into_the_texts(
    words: list[str], data: st.DataObject
) -> None:
    canonical = " ".join(words).capitalize() + "."
    edited = list(words)
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(edited) - 2))
        how = data.draw(st.sampled_from(["swap", "not", "upper", "hyphen", "drop", "word"]))
        if how == "swap":
            edited[i], edited[i + 1] = edited[i + 1], edited[i]
        elif how == "not":
            edited.insert(i + 1, "not")
        elif how == "upper":
            edited[i] = edited[i].capitalize()
        elif how == "hyphen" and len(edited[i]) > 5:
            edited[i] = edited[i][:3] + "-" + edited[i][3:]
        elif how == "drop" and len(edited) > 4:
            edited.pop(i + 1)
        elif how == "word":
            edited[i] = data.draw(st.sampled_from(["twelve", "Ashby", "would", "their"]))
    member = " ".join(edited) + "."
    quotes = [Quote(id=f"q{i}", doc_id=f"d{i}", text=t) for i, t in enumerate([canonical] * 2)]
    quotes.append(Quote(id="m", doc_id="m", text=member))
    result = assemble(quotes, [0, 0, 0], CONFIG)
    rebuilt = apply_variants(result.canonical, result.coverage[2], result.variants)
    assert reproduce_form(rebuilt) == reproduce_form(member)
    mine = [v for v in result.variants if v.quote_id == "m"]
    for before, after in itertools.pairwise(mine):
        assert before.canonical_span[1] <= after.canonical_span[0]
        assert before.spans[-1][1] <= after.spans[0][0]
    for variant in mine:
        start, end = variant.canonical_span
        assert result.canonical[start:end] == variant.canonical_text
        ((s, e),) = variant.spans
        assert member[s:e] == variant.variant_text
        assert variant.categories[0] == variant.category
        assert not variant.minor or not variant.meaning
    if member.split().count("not") != result.canonical.split().count("not"):
        assert any("negation" in v.meaning for v in mine)


def test_a_record_as_json_lists_its_categories_and_meaning() -> None:
    record = Variant(
        quote_id="b:0",
        category="substitution",
        canonical_text="will",
        variant_text="would",
        canonical_span=(3, 7),
        spans=((40, 45),),
        categories=("substitution",),
        meaning=("modal",),
    )
    assert record.to_dict() == {
        "quote": "b:0",
        "category": "substitution",
        "canonical_text": "will",
        "variant_text": "would",
        "canonical_span": [3, 7],
        "spans": [[40, 45]],
        "minor": False,
        "categories": ["substitution"],
        "meaning": ["modal"],
    }
    # A record built by hand without categories lists its category.
    plain = Variant(
        quote_id="b:0",
        category="case",
        canonical_text="a",
        variant_text="A",
        canonical_span=(0, 1),
        minor=True,
    )
    assert plain.to_dict()["categories"] == ["case"]


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), min_size=6, max_size=12, unique=True),
    st.integers(2, 4),
    st.integers(0, 2),
)
def test_a_split_quote_reproduces_and_its_attribution_comma_is_minor(
    words: list[str], cut: int, others: int
) -> None:
    first = " ".join(words[:cut]).capitalize()
    second = " ".join(words[cut:]).capitalize()
    statement = f"{first}. {second}."
    article = f"Harbour news\n\n“{first},” said Ilse Varga. “{second}.”\n"
    s1 = article.index(first)
    s2 = article.index(second, s1 + len(first))
    split = Quote(
        id="s",
        doc_id="s",
        text=f"{first}, {second}.",
        spans=((s1, s1 + len(first) + 1), (s2, s2 + len(second) + 1)),
    )
    quotes = [Quote(id=f"w{i}", doc_id=f"w{i}", text=statement) for i in range(others)]
    result = assemble([*quotes, split], [0] * (others + 1), CONFIG)
    assert result.canonical == statement
    coverage = result.coverage[-1]
    rebuilt = apply_variants(result.canonical, coverage, result.variants)
    assert reproduce_form(rebuilt) == reproduce_form(split.text)
    for variant in result.variants:
        assert variant.minor
        assert " ".join(article[s:e] for s, e in variant.spans) == variant.variant_text


@pytest.mark.parametrize(
    ("canonical", "printed"),
    [
        ("Under plan M the depot closes in spring.", "Under plan N the depot closes in spring."),
        ("Vitamin K levels were normal, she said.", "Vitamin D levels were normal, she said."),
        ("Section M of the bill is unchanged.", "Section B of the bill is unchanged."),
    ],
)
def test_a_lone_m_k_or_bn_is_a_letter_not_an_amount(canonical: str, printed: str) -> None:
    """``m``, ``k`` and ``bn`` are million, thousand and billion only right after a numeral."""
    assert "number" not in meaning_changes(canonical, printed)
    assert meaning_changes("It cost 5 m.", "It cost 5 k.") == ("number",)


# --------------------------------------------------------------------------
# Meaning flags: a number written out, the speaker's share of the blame, abbreviations.

CANAL = (
    "Our volunteers cleared forty tonnes of rubbish from the Grand Union Road towpath, "
    "and I thanked every one of them for 12,400 hours of work."
)


@pytest.mark.parametrize(
    ("written", "as_printed"),
    [
        ("forty", "40"),
        ("12,400", "twelve thousand four hundred"),
    ],
)
def test_a_number_written_another_way_is_one_minor_form_with_no_flag(
    written: str, as_printed: str
) -> None:
    """Figures for words (or words for figures) are house style: the same number was said."""
    quotes = [
        Quote(id="a", doc_id="a", text=CANAL),
        Quote(id="b", doc_id="b", text=CANAL),
        Quote(id="c", doc_id="c", text=CANAL.replace(written, as_printed)),
    ]
    found = [
        (v.category, v.canonical_text, v.variant_text, v.minor, v.meaning)
        for v in assemble(quotes, [0, 0, 0], CONFIG).variants
    ]
    assert len(found) == 1
    assert found[0][0] == "spelling_locale"
    assert found[0][3:] == (True, ())
    assert as_printed.endswith(found[0][2])


@pytest.mark.parametrize(
    ("printed", "expected", "why"),
    [
        (
            CANAL.replace("forty", "fourteen"),
            ("substitution", "forty", "fourteen", ("number",)),
            "another number is a number change",
        ),
        (
            CANAL.replace("and I thanked", "and we thanked"),
            ("substitution", "I", "we", ("person",)),
            "'I' printed as 'we' shares out what the speaker did alone",
        ),
        (
            CANAL.replace("Union Road", "Union Rd"),
            ("substitution", "Road", "Rd", ()),
            "an abbreviation names the same place",
        ),
        (
            CANAL.replace("Union Road", "Union Street"),
            ("substitution", "Road", "Street", ("name",)),
            "another word of a place's name is a name change",
        ),
    ],
)
def test_meaning_flags_of_number_person_and_name_changes(
    printed: str, expected: tuple[str, str, str, tuple[str, ...]], why: str
) -> None:
    quotes = [
        Quote(id="a", doc_id="a", text=CANAL),
        Quote(id="b", doc_id="b", text=CANAL),
        Quote(id="c", doc_id="c", text=printed),
    ]
    result = assemble(quotes, [0, 0, 0], CONFIG)
    found = [
        (v.category, v.canonical_text, v.variant_text, v.meaning)
        for v in result.variants
        if not v.minor
    ]
    assert found == [expected], why


@pytest.mark.parametrize(
    ("canonical", "printed", "expected"),
    [
        (
            "We have built 1,500 homes in Ashcombe.",
            "We have built fifteen hundred homes in Ashcombe.",
            (),
        ),
        ("I told Dan Hollis to wait outside.", "I told Duncan Hollis to wait outside.", ("name",)),
        ("We asked Jo to chair the panel.", "We asked Julio to chair the panel.", ("name",)),
        ("We thanked Mr Tallis for his help.", "We thanked Major Tallis for his help.", ("name",)),
        ("The depot on Kiln Lane will close.", "The depot on Kiln Ln will close.", ()),
    ],
)
def test_hundreds_after_a_teen_and_only_known_abbreviations_say_the_same(
    canonical: str, printed: str, expected: tuple[str, ...]
) -> None:
    """``fifteen hundred`` is 1500; a shorter name is another name unless it is a known
    abbreviation (``Ln`` for ``Lane``, not ``Dan`` for ``Duncan``)."""
    assert meaning_changes(canonical, printed) == expected


# --------------------------------------------------------------------------
# Figures restated: amounts, clock times, numbers in words at a quote's start.

_RESULTS = "Chief executive Mara Velde told analysts on Thursday: “{}” Shares in Tollbridge rose."


def _statement(texts: list[str], article: str = _RESULTS) -> Cluster:
    docs = [Document(f"d{i}", article.format(t)) for i, t in enumerate(texts)]
    clusters = match(docs).clusters
    assert len(clusters) == 1
    return clusters[0]


def test_an_amount_restated_keeps_its_scale_in_the_passage_and_flags_nothing() -> None:
    """``$2.4bn``, ``$2,400m`` and ``2.4 billion dollars`` are one amount, restated.

    Read word by word, ``2.4`` and ``bn`` voted apart: the passage lost the
    scale (``we paid $2.4to investors``) and each restatement was a number change.
    """
    cluster = _statement(
        [
            "We paid $2.4bn to investors this year and we expect margins to hold.",
            "We paid $2.4bn to investors this year and we expect margins to hold steady.",
            "We paid 2.4 billion dollars to investors this year and we expect margins to hold.",
            "We paid $2,400m to investors this year and we expect margins to hold.",
        ]
    )
    assert "$2.4bn to investors" in cluster.canonical
    assert all("number" not in v.meaning for v in cluster.variants)
    restated = [v for v in cluster.variants if v.quote_id == "d3:0"]
    assert [(v.canonical_text, v.variant_text, v.category, v.minor) for v in restated] == [
        ("2.4bn", "2,400m", "spelling_locale", True)
    ]
    written_out = [
        (v.canonical_text, v.variant_text) for v in cluster.variants if v.quote_id == "d2:0"
    ]
    assert written_out == [("$2.4bn", "2.4 billion dollars")]


def test_a_clock_time_written_two_ways_is_not_a_number_change() -> None:
    """``08:15`` and ``8.15`` are the same departure time."""
    cluster = _statement(
        [
            "The 08:15 from Carrow Junction will run again from Monday.",
            "The 08:15 from Carrow Junction will run again from Monday.",
            "The 8.15 from Carrow Junction will run again from Monday.",
        ]
    )
    [record] = cluster.variants
    assert (record.canonical_text, record.variant_text) == ("08:15", "8.15")
    assert (record.minor, record.meaning) == (True, ())


def test_a_number_in_figures_opening_a_quote_is_the_word_it_replaces() -> None:
    """``6 crews`` against ``Six crews`` at a quote's first word is one form, not an added ``6``.

    The figures version sorts first and is laid first, so ``Six`` met a
    column ``6`` at the member's edge, where a number never stood for a word.
    """
    cluster = _statement(
        [
            "Six crews spent the night at the Lowmoor mill and the fire is out.",
            "Six crews spent the night at the Lowmoor mill.",
            "6 crews spent the night at the Lowmoor mill and the fire is out.",
        ]
    )
    assert cluster.canonical.startswith("Six crews")
    [record] = [v for v in cluster.variants if v.quote_id == "d2:0"]
    assert (record.canonical_text, record.variant_text, record.minor) == ("Six", "6", True)


@pytest.mark.parametrize(
    ("canonical", "printed"),
    [
        ("It cost $2.4bn.", "It cost $2,400m."),
        ("It cost £3.5m.", "It cost 3.5 million pounds."),
        ("The 06:05 service", "The 6.05 service"),
        ("by roughly a third", "by about one third"),
        ("Sales rose 4 percent.", "Sales rose 4%."),
    ],
)
def test_a_number_restated_is_no_number_change(canonical: str, printed: str) -> None:
    assert "number" not in meaning_changes(canonical, printed)


@pytest.mark.parametrize(
    ("canonical", "printed"),
    [
        ("It cost $2.4bn.", "It cost $2,500m."),
        ("The 06:05 service", "The 6.50 service"),
        ("by roughly a third", "by roughly a quarter"),
        ("Sales rose 4%.", "Sales rose 14%."),
    ],
)
def test_another_amount_or_time_is_a_number_change(canonical: str, printed: str) -> None:
    assert "number" in meaning_changes(canonical, printed)


def test_a_share_written_three_ways_keeps_its_sign_in_the_passage() -> None:
    """``6%``, ``6 per cent`` and ``6 percent`` are one share.

    Word by word, ``percent`` paired with ``cent`` by spelling and outvoted
    the sign: the passage read ``rise by 6 cent``.
    """
    cluster = _statement(
        [
            "Fares on the Brisk Line will rise by 6% from January, the first rise.",
            "Fares on the Brisk Line will rise by 6% from January, the first rise.",
            "Fares on the Brisk Line will rise by 6 per cent from January, the first rise.",
            "Fares on the Brisk Line will rise by 6 percent from January, the first rise.",
        ]
    )
    assert "rise by 6% from January" in cluster.canonical
    assert all(v.minor and not v.meaning for v in cluster.variants)


def test_a_headline_in_title_case_is_one_case_record_across_i() -> None:
    """``I`` is capitalised on both sides, so it agrees, but it does not split a headline's case."""
    docs = [
        Document("a", "Coach Ada Lind said: “We will be back next season, I promise, and better.”"),
        Document("b", "Lind said: “We will be back next season, I promise, and better.”"),
        Document("c", "Lind: ‘We Will Be Back Next Season, I Promise’\n\nThe club went down."),
    ]
    [cluster] = match(docs).clusters
    records = [(v.canonical_text, v.variant_text, v.category, v.minor) for v in cluster.variants]
    assert records == [
        ("will be back next season, I promise", "Will Be Back Next Season, I Promise", "case", True)
    ]


# --------------------------------------------------------------------------
# Times, amounts in words, dates, contractions, tenses and asides restated.

_FERRY = "The harbour master, Ines Corr, said on Monday: “{}” The ferry company did not comment."


def test_a_time_an_amount_and_a_date_restated_are_one_statement_with_minor_records() -> None:
    """``7pm``/``19:00``/``seven o'clock``, ``forty million pounds``/``£40m`` and
    ``May 9``/``9 May`` say the same: one statement, and no record an editor must check."""
    base = (
        "The new pier will open to passengers at 7pm on May 9, and the repairs costing "
        "forty million pounds are finished."
    )
    cluster = _statement(
        [
            base,
            base,
            base.replace("7pm on May 9", "19:00 on 9 May").replace("forty million pounds", "£40m"),
            base.replace("7pm", "seven o'clock"),
        ],
        _FERRY,
    )
    records = {(v.canonical_text.rstrip(","), v.variant_text.rstrip(",")) for v in cluster.variants}
    assert records == {
        ("7pm", "19:00"), ("May 9", "9 May"), ("forty million pounds", "£40m"),
        ("7pm", "seven o'clock"),
    }  # fmt: skip
    assert all(v.minor and v.category == "spelling_locale" and not v.meaning
               for v in cluster.variants)


@pytest.mark.parametrize(
    ("canonical", "printed"),
    [
        ("The pier opens at 7pm.", "The pier opens at 7am."),
        ("The pier opens at 19:00.", "The pier opens at 9pm."),
        ("Repairs cost forty million pounds.", "Repairs cost £45m."),
    ],
)
def test_another_time_or_amount_in_words_is_a_number_change(canonical: str, printed: str) -> None:
    assert meaning_changes(canonical, printed) == ("number",)


@pytest.mark.parametrize(
    ("canonical", "printed"),
    [
        ("We open at 7pm on Friday.", "We open at 19:00 on Friday."),
        ("We open at seven o'clock on Friday.", "We open at 7pm on Friday."),
        ("We open at noon on Friday.", "We open at 12:00 on Friday."),
        ("It will cost £40m.", "It will cost forty million pounds."),
    ],
)
def test_a_time_or_amount_restated_is_no_number_change(canonical: str, printed: str) -> None:
    assert meaning_changes(canonical, printed) == ()


def test_a_change_of_tense_is_a_substitution_not_a_typo() -> None:
    """``agreed`` for ``agree`` says when: an editor reads it as another word, not a slip."""
    [record] = _records(
        "The ferry crews agree that the Holm Island timetable must change this spring.",
        "The ferry crews agreed that the Holm Island timetable must change this spring.",
    )
    assert (record.category, record.canonical_text, record.variant_text, record.minor) == (
        "substitution", "agree", "agreed", False,
    )  # fmt: skip


def test_a_spoken_aside_a_transcript_keeps_is_minor() -> None:
    """``, you know,`` in a broadcast transcript is a filler, as ``um`` is."""
    [record] = _records(
        "I think the first job is getting the Holm Island ferry running again by the weekend.",
        "I think the first job is, you know, getting the Holm Island ferry running again by the "
        "weekend.",
    )
    assert (record.category, record.minor) == ("insertion", True)


@pytest.mark.parametrize(
    "member",
    [
        "The timetable, she said, was never going to survive the winter on the Corran line.",
        "The timetable, Ms Okoro added, was never going to survive the winter on the Corran line.",
    ],
)
def test_an_attribution_printed_inside_the_quote_marks_is_minor(member: str) -> None:
    """The outlet's "she said" inside the marks is not a word the speaker added."""
    [record] = _records(
        "The timetable was never going to survive the winter on the Corran line.", member
    )
    assert (record.category, record.minor, record.meaning) == ("insertion", True, ())


def test_an_attribution_aside_needs_a_speech_verb() -> None:
    [record] = _records(
        "The timetable was never going to survive the winter on the Corran line.",
        "The timetable, she feared, was never going to survive the winter on the Corran line.",
    )
    assert not record.minor


@pytest.mark.parametrize(
    ("canonical", "member", "cut"),
    [
        ("The sea wall at Pennick is failing — slowly, but it is failing. We start in May.",
         "The sea wall at Pennick is failing … We start in May.", "— slowly, but it is failing"),
        ("The sea wall at Pennick is failing, slowly but surely, and we start work in May.",
         "The sea wall at Pennick is failing … and we start work in May.",
         ", slowly but surely,"),
    ],
)  # fmt: skip
def test_an_ellipsis_for_a_stretch_of_words_is_the_words_it_cut(
    canonical: str, member: str, cut: str
) -> None:
    """The mark the cut words start with goes with them; no agreeing word is pulled in."""
    records = _records(canonical, member)
    assert [(r.category, r.canonical_text, r.variant_text) for r in records if not r.minor] == [
        ("ellipsis", cut, "…")
    ]


def test_cannot_written_as_cant_is_a_minor_form() -> None:
    [record] = _records(
        "We cannot keep the Corran line open through another winter like this one.",
        "We can't keep the Corran line open through another winter like this one.",
    )
    assert (record.category, record.minor, record.meaning) == ("spelling_locale", True, ())


@pytest.mark.parametrize(
    ("canonical", "printed", "expected"),
    [
        ("power was back in all homes by nine", "power was back in most homes by nine",
         ("number",)),
        ("and many of the stalls will stay shut", "and few of the stalls will stay shut",
         ("number",)),
        ("we wrote to every family in the parish", "we wrote to each family in the parish", ()),
        ("there were some 400 runners at the quay", "there were about 400 runners at the quay",
         ()),
    ],
)  # fmt: skip
def test_a_changed_quantifier_is_a_number_change(
    canonical: str, printed: str, expected: tuple[str, ...]
) -> None:
    """``all homes`` printed as ``most homes`` says another amount; ``every`` is ``each``."""
    assert meaning_changes(canonical, printed) == expected


def test_a_bound_on_an_amount_left_out_is_a_number_change() -> None:
    """``by more than a third`` printed as ``by a third`` changes the amount said."""
    [record] = _records(
        "Bookings on the Holm Island ferry have fallen by more than a third since the spring.",
        "Bookings on the Holm Island ferry have fallen by a third since the spring.",
    )
    assert (record.category, record.canonical_text, record.meaning) == (
        "omission", "more than", ("number",),
    )  # fmt: skip
    # The same words before a plain word bound nothing.
    [other] = _records(
        "The crews on the Holm Island ferry care more than ever about the timetable.",
        "The crews on the Holm Island ferry care ever about the timetable.",
    )
    assert other.meaning == ()


def test_an_editors_sic_beside_the_speakers_words_is_minor() -> None:
    """``[sic]`` says the speaker's slip was printed as written: nothing said changed."""
    [record] = _records(
        "The trust have ignored there own patients on the Holm Island ward for a year.",
        "The trust have ignored there [sic] own patients on the Holm Island ward for a year.",
    )
    assert (record.category, record.variant_text, record.minor) == (
        "editorial_bracket", "[sic]", True,
    )  # fmt: skip
    # A bracket that adds the outlet's words still needs an editor's eye.
    [added] = _records(
        "The trust have ignored their own patients on the Holm Island ward for a year.",
        "The trust have ignored their own patients on the Holm Island [surgical] ward for a year.",
    )
    assert (added.category, added.minor) == ("editorial_bracket", False)


FOOTBRIDGE = (
    "The closure of the Harrowgate footbridge was careless and needless, and I have asked "
    "our surveyors to report to me by Thursday on how the inspection was missed."
)


@pytest.mark.parametrize(
    ("fragment", "offset", "expected", "why"),
    [
        (
            "The closure was careless.",
            0,
            [
                ("omission", "of the Harrowgate footbridge", ""),
                ("punctuation", "careless", "careless."),
            ],
            "a condensed partial leaves words out; it is no paraphrase however short",
        ),
        (
            "[she has] asked our surveyors to report to me by Thursday",
            10,
            [("editorial_bracket", "I have", "[she has]")],
            "an opening bracket with a pronoun and its verb stands for the pronoun and its verb",
        ),
        (
            "[she] asked our surveyors to report to me by Thursday",
            10,
            [("editorial_bracket", "I have", "[she]")],
            "an opening pronoun in brackets stands for the passage's pronoun and the verb after it",
        ),
    ],
)
def test_partials_report_the_words_they_change(
    fragment: str, offset: int, expected: list[tuple[str, str, str]], why: str
) -> None:
    result = _with_fragment(FOOTBRIDGE, fragment, offset)
    assert result.canonical == FOOTBRIDGE
    found = [(v.category, v.canonical_text, v.variant_text) for v in result.variants]
    assert found == expected, why


def test_a_condensed_partial_stays_in_place_beside_a_bracketed_addition() -> None:
    added = FOOTBRIDGE.replace("footbridge was", "footbridge [on Quarry Lane] was")
    quotes = [
        Quote(id="a", doc_id="a", text=FOOTBRIDGE),
        Quote(id="b", doc_id="b", text=FOOTBRIDGE),
        Quote(id="c", doc_id="c", text=added),
        Quote(id="f", doc_id="f", text="The closure was careless.", kind="partial"),
    ]
    result = assemble(quotes, [0, 0, 0, 0], CONFIG)
    assert result.canonical == FOOTBRIDGE
    cover = next(c for c in result.coverage if c.quote_id == "f")
    assert FOOTBRIDGE[cover.start : cover.end].startswith("The closure of the Harrowgate")


def test_a_figure_opening_a_version_replaces_the_number_in_words() -> None:
    statement = "Three hundred trees will be planted along the Wyebrook towpath by 2028."
    quotes = [
        Quote(id="a", doc_id="a", text=statement),
        Quote(id="b", doc_id="b", text=statement),
        Quote(id="c", doc_id="c", text=statement.replace("Three hundred", "300")),
    ]
    result = assemble(quotes, [0, 0, 1], CONFIG)
    found = [(v.category, v.canonical_text, v.variant_text, v.minor) for v in result.variants]
    assert found == [("spelling_locale", "Three hundred", "300", True)]
