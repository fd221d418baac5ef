"""Speaker attribution: who said each quote, and with what verb.

Three layers: a table of labelled article-shaped cases (each with the reason
it is there), unit tests for split attributions and name cleaning, and
hypothesis properties (never raises, keeps ids and order, idempotent). The
last section runs the real extractor end to end.
"""

from __future__ import annotations

import datetime as dt
import time

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import clauses as clauses_module
from quotematch import cues, extract_quotes
from quotematch import entities as entities_module
from quotematch import names as names_module
from quotematch.attribute import attribute, find_split_attribution
from quotematch.models import Diagnostic, Quote
from quotematch.names import clean_name, scan_mentions, sentence_starts

Part = str | tuple[str, ...]


def make_quotes(text: str, parts: list[Part], kinds: dict[int, str] | None = None) -> list[Quote]:
    """Quote records for ``parts`` found in order in ``text`` (a tuple = one multi-span quote)."""
    quotes = []
    cursor = 0
    for i, part in enumerate(parts):
        pieces = part if isinstance(part, tuple) else (part,)
        spans = []
        for piece in pieces:
            start = text.index(piece, cursor)
            spans.append((start, start + len(piece)))
            cursor = start + len(piece)
        quotes.append(
            Quote(
                id=f"doc:{i}",
                doc_id="doc",
                text=" ".join(pieces),
                spans=tuple(spans),
                kind=(kinds or {}).get(i, "direct"),  # type: ignore[arg-type]
            )
        )
    return quotes


def speakers(text: str, parts: list[Part], kinds: dict[int, str] | None = None) -> list:
    return [q.speaker for q in attribute(text, make_quotes(text, parts, kinds))]


# ---------------------------------------------------------------------------
# The labelled cases: (text, quote parts, expected speakers, reason).

CASES = [
    (
        "“We are saddened,” Ruiz said.",
        ["We are saddened,"],
        ["Ruiz"],
        "name then verb after the quote; no fuller form earlier, so as written",
    ),
    (
        "Coach Ana Ruiz spoke after the game.\n\n“We are saddened,” said Ruiz.",
        ["We are saddened,"],
        ["Ana Ruiz"],
        "verb then name; surname expanded to the fullest earlier form, title dropped",
    ),
    (
        "“It is bold,” said creative director Tom Baines, the label's founder.",
        ["It is bold,"],
        ["Tom Baines"],
        "job title before the name and trailing appositive both dropped",
    ),
    (
        "Labour MP Jane Doe told the Evening Courier: “This is a scandal.”",
        ["This is a scandal."],
        ["Jane Doe"],
        "capitalised party and title stripped; attribution before the quote with an outlet",
    ),
    (
        "According to Dr. Amal Haddad, “the data is clear”.",
        ["the data is clear"],
        ["Amal Haddad"],
        "according to; honorifics are stripped",
    ),
    (
        "Ana Ruiz was furious at the final whistle.\n\n"
        "“It was a foul,” she told reporters after the match.",
        ["It was a foul,"],
        ["Ana Ruiz"],
        "she resolved to the nearest earlier person; told + listener + tail",
    ),
    (
        "Northwind Energy raised its prices again on Monday.\n\n"
        "“We know this is hard for families,” the company wrote in a statement.",
        ["We know this is hard for families,"],
        ["Northwind Energy"],
        "the company resolved to the nearest earlier organisation",
    ),
    (
        "Northwind Energy raised prices.\n\n“We regret the increase,” it said.",
        ["We regret the increase,"],
        ["Northwind Energy"],
        "it resolved to the nearest earlier organisation",
    ),
    (
        "Rovers FC confirmed the death of their former captain.\n\n"
        "“We are saddened,” the club said.",
        ["We are saddened,"],
        ["Rovers FC"],
        "the club resolved to a name that reads as a club",
    ),
    (
        "“We are saddened,” the club said.",
        ["We are saddened,"],
        [None],
        "a role noun with no earlier referent names no one: None",
    ),
    (
        "Mayor Jane Holt cut the ribbon. “It is a great day,” the mayor said.",
        ["It is a great day,"],
        ["Jane Holt"],
        "the mayor resolved to the name that carried the title",
    ),
    (
        "The new minister, Ruth van der Berg, arrived late. “We act now,” the minister said.",
        ["We act now,"],
        ["Ruth van der Berg"],
        "role given before the name in an appositive; particles kept in the name",
    ),
    (
        "Kim Lee retired on Friday. “That is absurd,” the 34-year-old said.",
        ["That is absurd,"],
        ["Kim Lee"],
        "the N-year-old is a person reference",
    ),
    (
        "The council wrote: “All libraries reopen in March.”",
        ["All libraries reopen in March."],
        [None],
        "colon introduction; a role noun with nothing to resolve to gives None",
    ),
    (
        "Ruiz said: “We won.” Baines said: “They cheated.”",
        ["We won.", "They cheated."],
        ["Ruiz", "Baines"],
        "an introduction after a finished quote belongs to the next quote",
    ),
    (
        "Ruiz, who joined the club in 2019, told the Harbour Times on Monday: “I am staying.”",
        ["I am staying."],
        ["Ruiz"],
        "appositive between name and verb, listener and day before the colon",
    ),
    (
        "Asked about Baines, Ruiz said: “He is fine.”",
        ["He is fine."],
        ["Ruiz"],
        "the name after the fronted clause is the subject, not the one asked about",
    ),
    (
        "Ruiz said the decision was “a disgrace” and walked out.",
        ["a disgrace"],
        ["Ruiz"],
        "a partial quote inside the reporter's sentence",
    ),
    (
        "Ruiz has said she was “never consulted” about the move.",
        ["never consulted"],
        ["Ruiz"],
        "has said",
    ),
    (
        "“Go home,” Ruiz was quoted as saying.",
        ["Go home,"],
        ["Ruiz"],
        "was quoted as saying",
    ),
    (
        "“Stay safe tonight,” Ruiz tweeted on Sunday.",
        ["Stay safe tonight,"],
        ["Ruiz"],
        "tweeted, with a day after it",
    ),
    (
        "Zoë Ødegaard and Łukasz Wróbel met in Gdańsk. “Hello,” Wróbel said. “Hi,” said Ødegaard.",
        ["Hello,", "Hi,"],
        ["Łukasz Wróbel", "Zoë Ødegaard"],
        "non-ASCII names and surname expansion",
    ),
    (
        "Mr. Omar al-Farsi, 54, said: “Never again.” Later al-Farsi added: “Not ever.”",
        ["Never again.", "Not ever."],
        ["Omar al-Farsi", "Omar al-Farsi"],
        "prefixed surname; age appositive; honorific stripped",
    ),
    (
        "“The figures speak for themselves,” Mr Okafor said.",
        ["The figures speak for themselves,"],
        ["Okafor"],
        "an honorific before a bare surname is the role, not the name",
    ),
    (
        "Tom Hale chairs the board. “It is the council’s fault,” Mr Hale said.",
        ["It is the council’s fault,"],
        ["Tom Hale"],
        "honorific and surname expand to the earlier full name",
    ),
    (
        "&ldquo;We don&rsquo;t give up,&rdquo; Ruiz said.",
        ["We don&rsquo;t give up,"],
        ["Ruiz"],
        "quote marks written as HTML entities",
    ),
    (
        "Seán O’Neill spoke first. “No,” O’Neill said.",
        ["No,"],
        ["Seán O’Neill"],
        "apostrophe inside a name",
    ),
    (
        "Ana Ruiz praised Tom Baines. “He was brilliant,” she said.",
        ["He was brilliant,"],
        ["Ana Ruiz"],
        "she goes to the subject of the previous sentence, not its object",
    ),
    (
        "Mrs Ana Ruiz thanked Tom Baines. “It was a team effort,” he said.",
        ["It was a team effort,"],
        ["Tom Baines"],
        "he skips a person known to be a woman from her honorific",
    ),
    (
        "The report names Ruiz as “a person of interest”.",
        ["a person of interest"],
        [None],
        "a quote about someone, with no speech verb: no speaker",
    ),
    (
        "“Ruiz is the best coach we have had,” one supporter said.",
        ["Ruiz is the best coach we have had,"],
        [None],
        "a name inside the quote is not the speaker (and 'one supporter' names no one)",
    ),
    (
        "The sun rose over the harbour. “A new day,” she said.",
        ["A new day,"],
        [None],
        "a pronoun with no person mentioned earlier stays None",
    ),
    (
        "The team arrived in New Zealand on Monday. “It is great to be here,” she said.",
        ["It is great to be here,"],
        [None],
        "a place after a preposition is not a person",
    ),
    (
        "South Korea said the talks had failed. “We are disappointed,” she said.",
        ["We are disappointed,"],
        [None],
        "a two-word place is not a person",
    ),
    (
        "Google said the outage was over. “We apologise,” she said.",
        ["We apologise,"],
        [None],
        "a single unexplained word before a verb may be an organisation: not a person",
    ),
    (
        "Ruiz was asked: “Will you stay?”",
        ["Will you stay?"],
        [None],
        "a passive verb names the listener, not the speaker",
    ),
    (
        "The sign on the door simply said “Closed”.",
        ["Closed"],
        [None],
        "a noun phrase that names no one who speaks is not a speaker",
    ),
    (
        "Police said the man was “known to officers”.",
        ["known to officers"],
        [None],
        "a group noun names no one",
    ),
    (
        "A spokesperson for the Department of Transport said the plan was “under review”.",
        ["under review"],
        ["Department of Transport"],
        "a spokesperson's words are the organisation's",
    ),
    (
        "Ana Ruiz said her group would complain to the regulator, which she described as "
        "“asleep at the wheel”.",
        ["asleep at the wheel"],
        ["Ana Ruiz"],
        "relative clause subject: she → the earlier name in the same sentence",
    ),
    (
        "The club's chairman, Tom Baines, said in a statement that the result was “unacceptable”.",
        ["unacceptable"],
        ["Tom Baines"],
        "role phrase with the name as its appositive",
    ),
    (
        "US Secretary of State John Roe said: “We are ready.”",
        ["We are ready."],
        ["John Roe"],
        "a title with 'of' in it is stripped, the name after it kept",
    ),
    (
        "Ana Ruiz of the Fair Bills Alliance said: “Bills are too high.”",
        ["Bills are too high."],
        ["Ana Ruiz"],
        "a name followed by 'of' and an organisation keeps the name",
    ),
    (
        "“No comment,” said Ruiz’s lawyer, Paul Grant.",
        ["No comment,"],
        ["Paul Grant"],
        "a role phrase after the verb, with the name in apposition",
    ),
    (
        "Ana Ruiz (pictured) said: “Fine.”",
        ["Fine."],
        ["Ana Ruiz"],
        "a parenthesis between name and verb",
    ),
    (
        "Sir Tom Baines spoke first. “Yes,” Sir Tom said.",
        ["Yes,"],
        ["Tom Baines"],
        "a given name after an honorific expands to the earlier full name",
    ),
    (
        "Detective Inspector Sarah Wells led the search.\n\n"
        "“Anyone with information should call,” DI Wells added.",
        ["Anyone with information should call,"],
        ["Sarah Wells"],
        "police rank abbreviations are honorifics",
    ),
    (
        "Officials said the bridge was unsafe. “It will close,” she said.",
        ["It will close,"],
        [None],
        "a group is not a person a pronoun can stand for",
    ),
    (
        "Ana Ruiz was blunt: “We lost.”",
        ["We lost."],
        ["Ana Ruiz"],
        "the subject of a short clause ending in a colon",
    ),
    (
        "Ruiz reacted to Baines's claim: “We lost.”",
        ["We lost."],
        [None],
        "a colon clause naming two people gives no speaker",
    ),
    (
        "The reason is simple: “We lost.”",
        ["We lost."],
        [None],
        "a colon clause whose subject is not a speaker",
    ),
    (
        "“Closed,” read the sign.",
        ["Closed,"],
        [None],
        "verb then a noun phrase that is not a speaker",
    ),
    (
        "Fans sang outside the ground. “We love you,” they said.",
        ["We love you,"],
        [None],
        "they with no organisation nearby stays None",
    ),
    (
        "Ruiz said he was proud and added: “It was our day.”",
        ["It was our day."],
        ["Ruiz"],
        "a second verb joined by 'and' takes the first verb's subject",
    ),
    (
        "Baines, who coached Ruiz for a decade, said she was “the best I have seen”.",
        ["the best I have seen"],
        ["Baines"],
        "the name in the appositive is not the speaker",
    ),
    # -- the reporter's own sentence: its subject speaks when its verb reports --
    (
        "The Green Party's housing spokesperson, Maya Lindqvist, accused the council of "
        "“dragging its feet” on repairs.",
        ["dragging its feet"],
        ["Maya Lindqvist"],
        "accused X of: a reporting verb; 'ROLE, NAME,' subject gives the name",
    ),
    (
        "The inquiry's chair, retired judge Sir Alan Brereton, said residents had been "
        "“let down at every turn”.",
        ["let down at every turn"],
        ["Alan Brereton"],
        "appositive subject with lower-case title words and an honorific before the name",
    ),
    (
        "The group's founder, who trained under Jon Blake, warned of “a lost generation”.",
        ["a lost generation"],
        [None],
        "a relative clause in the appositive names someone else, who is not the speaker",
    ),
    (
        "Ferris Holt, the festival's founder, stepped down in May. In a farewell email he "
        "wrote that the event had been “the joy of my life”.",
        ["the joy of my life"],
        ["Ferris Holt"],
        "a subject pronoun after an opening phrase is resolved like any pronoun",
    ),
    (
        "Baroness (Ruth) Aldine chaired the panel. In her report she said the scheme was "
        "“beyond repair”.",
        ["beyond repair"],
        ["Ruth Aldine"],
        "a given name in brackets after a title is part of the name; Baroness is an honorific",
    ),
    # -- role nouns and descriptors ----------------------------------------------
    (
        "Harwick Rovers were fined on Monday.\n\nThe fine was the largest this season.\n\n"
        "Fans were angry.\n\nTickets will cost more.\n\n"
        "The club said in a statement it would appeal. “We believe the ruling is wrong,” it read.",
        ["We believe the ruling is wrong,"],
        ["Harwick Rovers"],
        "'it' after a sentence whose subject is 'the club' stands for the club's name",
    ),
    (
        "Coach Lena Marsh was in no mood to celebrate. After the draw, the Dane said her "
        "side had been “second best all night”.",
        ["second best all night"],
        ["Lena Marsh"],
        "'the Dane' is a descriptor, never a name: the previous sentence's subject",
    ),
    (
        "“We were second best,” the Frenchman said.",
        ["We were second best,"],
        [None],
        "a descriptor with no one named before it gives None, not 'Frenchman'",
    ),
    (
        "“It was a long season,” said Tom Hale. Later the veteran said he was “not done yet”.",
        ["It was a long season,", "not done yet"],
        ["Tom Hale", "Tom Hale"],
        "'the veteran' with no one titled veteran stands for the person in view",
    ),
    (
        "Pellham Foods cut 200 jobs.\n\nThe bakery will close.\n\nUnions were angry.\n\n"
        "Talks failed.\n\nThe company said on Monday it had no choice. “We regret this,” it added.",
        ["We regret this,"],
        ["Pellham Foods"],
        "'the company' fits an organisation whose name reads as a business, however far back",
    ),
    (
        "Premier Alan Royce met the Norwegian on Monday. The Norwegian said: “It went well.”",
        ["It went well."],
        [None],
        "a descriptor that already stood for someone else (an object) is not the subject",
    ),
    (
        "Coach Lena Marsh was upbeat. “We go again,” said the Dane. The Dane added that it "
        "was “a fine night”.",
        ["We go again,", "a fine night"],
        ["Lena Marsh", "Lena Marsh"],
        "a descriptor that spoke before still stands for the same person",
    ),
    # -- pronouns prefer the speaker in view over a name mentioned in passing ----
    (
        "“We move on,” said manager Ivo Brandt.\n\n"
        "Asked whether Dele Okafor would be fit for Saturday, he said: “Ask me on Friday.”",
        ["We move on,", "Ask me on Friday."],
        ["Ivo Brandt", "Ivo Brandt"],
        "a name in a clause fronting the pronoun's own sentence is not its referent",
    ),
    (
        "“We were robbed,” said Ivo Brandt.\n\nOn Dele Okafor's injury, he said: “He is out.”",
        ["We were robbed,", "He is out."],
        ["Ivo Brandt", "Ivo Brandt"],
        "only a possessive in the nearest sentence: the latest speaker is taken",
    ),
    (
        "“We feel ignored,” said resident Amir Khan.\n\n"
        "Mayor Tom Grant said the city would buy two buses, which he described as “a stopgap”.",
        ["We feel ignored,", "a stopgap"],
        ["Amir Khan", "Tom Grant"],
        "a pronoun after its own sentence's subject is that subject, not the previous speaker",
    ),
    # -- names with a possessive inside ------------------------------------------
    (
        "Campaign group Riverside Residents' Association said: “The plan ignores us.”",
        ["The plan ignores us."],
        ["Riverside Residents' Association"],
        "a plural possessive before Association stays inside the name",
    ),
    (
        "Visitors were turned away on Friday. St Columba’s Hospital said: “No ward will close.”",
        ["No ward will close."],
        ["St Columba’s Hospital"],
        "a saint's possessive before Hospital is part of the name; St is not an honorific here",
    ),
    (
        "The Ministry of Transport said the tender was “open and competitive”.",
        ["open and competitive"],
        ["Ministry of Transport"],
        "capitalised words after 'the', linked by 'of', are an organisation's own name",
    ),
    (
        "“No decision has been taken,” the Home Office said.",
        ["No decision has been taken,"],
        ["Home Office"],
        "an organisation named with 'the' after the quote",
    ),
    (
        "Juan Ortiz, the council leader, spoke first. One resident, who has lived on the estate "
        "for forty years, said the plan was “a disgrace”. She said: “Nobody asked us.”",
        ["a disgrace", "Nobody asked us."],
        [None, None],
        "a pronoun after an unnamed speaker stands for them, not for an earlier name",
    ),
    (
        "“We will appeal,” said Marta Quist. A spokesman for the insurer said: “We note the "
        "ruling.” He added: “We have nothing further to say.”",
        ["We will appeal,", "We note the ruling.", "We have nothing further to say."],
        ["Marta Quist", None, None],
        "the latest speaker has no name, so 'he' gets none rather than a wrong one",
    ),
    (
        "Her lawyer, Sam Okoye, told the Valley Herald the case would go on. In a post, the "
        "group wrote: “We will keep going.”",
        ["We will keep going."],
        [None],
        "an outlet someone spoke to is not who 'the group' is",
    ),
]


@pytest.mark.parametrize(("text", "parts", "expected", "reason"), CASES, ids=[c[3] for c in CASES])
def test_labelled_cases(text: str, parts: list[Part], expected: list, reason: str) -> None:
    assert speakers(text, parts) == expected, reason


def test_cue_is_the_verb_as_written_lower_cased() -> None:
    text = (
        "According to Ana Ruiz, “the data is clear”. “It always was,” she added. "
        "“Go,” Ruiz was quoted as saying. “Stop,” Ruiz tweeted."
    )
    parts: list[Part] = ["the data is clear", "It always was,", "Go,", "Stop,"]
    result = attribute(text, make_quotes(text, parts))
    assert [q.cue for q in result] == ["according to", "added", "quoted as saying", "tweeted"]


def test_split_quote_takes_its_speaker_from_the_gap() -> None:
    text = "“We are saddened,” said coach Ana Ruiz, “and we will honour him.”"
    result = attribute(text, make_quotes(text, [("We are saddened,", "and we will honour him.")]))
    assert (result[0].speaker, result[0].cue) == ("Ana Ruiz", "said")


def test_introduction_ending_the_previous_paragraph() -> None:
    text = (
        "Rovers FC confirmed the news on Sunday.\n\n"
        "In a statement, the club said:\n\n"
        "“We are saddened by the loss of a true friend.”"
    )
    result = attribute(text, make_quotes(text, ["We are saddened by the loss of a true friend."]))
    assert (result[0].speaker, result[0].cue) == ("Rovers FC", "said")


def test_quote_opening_a_paragraph_after_narrative_about_one_person_is_theirs() -> None:
    text = "Ana Ruiz spoke to the crowd.\n\n“We won.”"
    assert speakers(text, ["We won."]) == ["Ana Ruiz"]


def test_quote_opening_a_paragraph_after_narrative_about_two_people_has_no_speaker() -> None:
    text = "Ana Ruiz spoke to Tom Baines.\n\n“We won.”"
    assert speakers(text, ["We won."]) == [None]


def test_quote_opening_a_paragraph_after_narrative_about_a_silent_organisation() -> None:
    text = "Harlow Council closed the library.\n\n“It is a disgrace.”"
    assert speakers(text, ["It is a disgrace."]) == [None]


def test_continuation_paragraph_inherits_the_speaker() -> None:
    text = (
        "Ana Ruiz spoke first.\n\n"
        "“We won,” she said.\n\n"
        "“It was hard but we kept going.”\n\n"
        "“Next week is another story,” Tom Baines said."
    )
    parts: list[Part] = ["We won,", "It was hard but we kept going.", "Next week is another story,"]
    result = attribute(text, make_quotes(text, parts))
    assert [q.speaker for q in result] == ["Ana Ruiz", "Ana Ruiz", "Tom Baines"]
    assert result[1].cue is None  # inherited, not said


def test_quote_in_same_paragraph_after_an_attributed_one_continues_it() -> None:
    text = "“We won,” Ruiz said after the long final on Sunday in Leeds. “It was hard.”"
    assert speakers(text, ["We won,", "It was hard."]) == ["Ruiz", "Ruiz"]


def test_continuation_blocked_when_someone_else_is_named_in_between() -> None:
    text = (
        "“We won,” Ana Ruiz said. Tom Baines, the rival coach, was less happy.\n\n"
        "“The penalty was never a penalty.”"
    )
    assert speakers(text, ["We won,", "The penalty was never a penalty."]) == ["Ana Ruiz", None]


def test_unattributed_quote_that_is_not_a_continuation_has_no_speaker() -> None:
    text = "The town was quiet.\n\nFans held banners reading “Never forget”."
    assert speakers(text, ["Never forget"]) == [None]


def test_existing_speaker_is_left_alone() -> None:
    text = "Great day at the match! — Jo Bloggs (@jobloggs) July 3, 2023\n\n“Yes,” Ruiz said."
    quotes = make_quotes(text, ["Great day at the match!", "Yes,"])
    quotes[0] = Quote(
        id=quotes[0].id,
        doc_id="doc",
        text=quotes[0].text,
        spans=quotes[0].spans,
        kind="tweet",
        speaker="Jo Bloggs",
        handle="@jobloggs",
    )
    result = attribute(text, quotes)
    assert result[0] is quotes[0]
    assert result[1].speaker == "Ruiz"


def test_scare_quotes_and_titles_get_no_speaker() -> None:
    text = "Ruiz said the so-called “reform” would fail, citing the film “Dark Water”."
    result = attribute(text, make_quotes(text, ["reform", "Dark Water"], {0: "scare", 1: "title"}))
    assert [q.speaker for q in result] == [None, None]


def test_pronoun_chain_follows_the_resolved_speaker() -> None:
    text = (
        "Tom Baines stood down on Monday.\n\n"
        "“It is time,” he said.\n\n"
        "“I leave with pride,” he added."
    )
    assert speakers(text, ["It is time,", "I leave with pride,"]) == ["Tom Baines", "Tom Baines"]


def test_statement_read_goes_to_the_organisation_that_issued_it() -> None:
    text = (
        "Harbour Rail Ltd issued a statement late on Friday.\n\n"
        "“Services will resume on Monday,” the statement read."
    )
    assert speakers(text, ["Services will resume on Monday,"]) == ["Harbour Rail Ltd"]


# Whole articles: several speakers, pronouns, role nouns and organisations.

RAIL_ARTICLE = (
    "Harbour Rail Ltd has cancelled all weekend services after a landslip near Port Ellen, "
    "leaving thousands of passengers stranded.\n\n"
    "In a statement, the company said: “Safety comes first. We are sorry for the disruption.”\n\n"
    "Engineers worked through the night, according to the firm's operations director, "
    "Priya Nair. “The slope is still moving,” she told the Coast Courier. "
    "“We cannot put trains on it yet.”\n\n"
    "Local MP Daniel Okoro called the closure “the last straw” for commuters.\n\n"
    "“People have been patient for years,” Okoro said. “Their patience has run out.”\n\n"
    "Passengers were less diplomatic. “It is a joke,” said one commuter, who asked not to be "
    "named.\n\n"
    "Nair said repairs would take “at least a fortnight”."
)

LIBRARY_ARTICLE = (
    "Mayor Jane Holt opened the new library in Eastfield on Saturday.\n\n"
    "“Books change lives,” the mayor said. “This building will too.”\n\n"
    "The architect, Tom Reyes, said the design was “a conversation with the river”.\n\n"
    "“We wanted light everywhere,” he said.\n\n"
    "Northwind Media, which donated 5,000 titles, said it was “proud to help”.\n\n"
    "“Reading is for everyone,” it said in a statement.\n\n"
    "Holt added: “Come and see for yourselves.”"
)


def test_rail_article() -> None:
    parts: list[Part] = [
        "Safety comes first. We are sorry for the disruption.",
        ("The slope is still moving,", "We cannot put trains on it yet."),
        "the last straw",
        ("People have been patient for years,", "Their patience has run out."),
        "It is a joke,",
        "at least a fortnight",
    ]
    result = attribute(RAIL_ARTICLE, make_quotes(RAIL_ARTICLE, parts))
    assert [(q.speaker, q.cue) for q in result] == [
        ("Harbour Rail Ltd", "said"),  # the company, not the place named after it
        ("Priya Nair", "told"),  # she: the director named in the sentence before
        ("Daniel Okoro", "called"),  # "Local MP" stripped
        ("Daniel Okoro", "said"),  # surname expanded
        (None, "said"),  # an unnamed commuter
        ("Priya Nair", "said"),
    ]


def test_library_article() -> None:
    parts: list[Part] = [
        ("Books change lives,", "This building will too."),
        "a conversation with the river",
        "We wanted light everywhere,",
        "proud to help",
        "Reading is for everyone,",
        "Come and see for yourselves.",
    ]
    result = attribute(LIBRARY_ARTICLE, make_quotes(LIBRARY_ARTICLE, parts))
    assert [q.speaker for q in result] == [
        "Jane Holt",  # the mayor → Mayor Jane Holt
        "Tom Reyes",  # the architect, Tom Reyes,
        "Tom Reyes",  # he → the person named in the previous sentence
        "Northwind Media",  # appositive with a number in it
        "Northwind Media",  # it → the organisation (", which" marks it as one)
        "Jane Holt",
    ]


# ---------------------------------------------------------------------------
# find_split_attribution


def _gap(text: str, before: str, after: str) -> tuple[int, int]:
    """The stretch between the closing mark after ``before`` and the opening mark of ``after``."""
    start = text.index(before) + len(before) + 1
    end = text.index(after, start) - 1
    return start, end


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "clause"),
    [
        (
            "“We are saddened,” the club said. “Our thoughts are with the family.”",
            "the club",
            "said",
            "the club said",
        ),
        (
            "“We are saddened,” said coach Ana Ruiz, “and we will honour him.”",
            "Ana Ruiz",
            "said",
            "said coach Ana Ruiz",
        ),
        ("“We lost,” she told reporters. “We will be back.”", "she", "told", "she told reporters"),
        ("“We lost,” Ruiz added, “but we learned.”", "Ruiz", "added", "Ruiz added"),
        (
            "“We lost,” Ruiz said on Tuesday. “We learned.”",
            "Ruiz",
            "said",
            "Ruiz said on Tuesday",
        ),
        (
            "“We lost,” the company said in a statement. “We learned.”",
            "the company",
            "said",
            "the company said in a statement",
        ),
        (
            "“We lost,” said Ruiz, the club's captain. “We learned.”",
            "Ruiz",
            "said",
            "said Ruiz, the club's captain",
        ),
        ("“We lost”, Ruiz said, “and we learned.”", "Ruiz", "said", "Ruiz said"),
        ("“We lost,” Ruiz said Tuesday. “We learned.”", "Ruiz", "said", "Ruiz said Tuesday"),
    ],
)
def test_split_attribution_found(text: str, speaker: str, cue: str, clause: str) -> None:
    first = text[1 : text.index("”")]
    second = text[text.rindex("“") + 1 : -1]
    start, end = _gap(text, first, second)
    found = find_split_attribution(text, start, end)
    assert found is not None
    assert (found.speaker, found.cue, text[found.start : found.end]) == (speaker, cue, clause)


@pytest.mark.parametrize(
    "text",
    [
        "“We lost.” The team flew home on Sunday and trained on Monday. “We learned.”",
        "“We lost.” Ruiz said the team had played badly all season. “We learned.”",
        "“We lost.” Then the bus left. “We learned.”",
        "“We lost.” “We learned.”",
        "“We lost,” according to the figures. “We learned.”",
    ],
)
def test_split_attribution_rejects_other_text(text: str) -> None:
    first = text[1 : text.index("”")]
    second = text[text.rindex("“") + 1 : -1]
    start, end = _gap(text, first, second)
    assert find_split_attribution(text, start, end) is None


def test_split_attribution_ignores_out_of_range_and_long_stretches() -> None:
    text = "“A,” Ruiz said. “B.”"
    assert find_split_attribution(text, 50, 60) is None
    assert find_split_attribution(text, -5, 0) is None
    long_text = "“A,” " + "word " * 100 + "Ruiz said. “B.”"
    assert find_split_attribution(long_text, 4, len(long_text) - 3) is None


def test_split_attribution_rejects_a_stretch_of_names() -> None:
    for n in (1, 3, 10_000):
        text = "“A,” " + "Ruiz " * n + "“B.”"
        assert find_split_attribution(text, 4, len(text) - 4) is None


# ---------------------------------------------------------------------------
# Names


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Labour MP Jane Doe", "Jane Doe"),
        ("Dr. Amal Haddad", "Amal Haddad"),
        ("Mr Okafor", "Mr Okafor"),
        ("Sir Tom", "Sir Tom"),
        ("Creative director Tom Baines", "Tom Baines"),
        ("But Ana Ruiz", "Ana Ruiz"),
        ("On Monday Ana Ruiz", "Ana Ruiz"),
        ("Ruth van der Berg", "Ruth van der Berg"),
        ("Jean-Luc Picard-Smith", "Jean-Luc Picard-Smith"),
        ("Health Secretary Jo McDonald", "Jo McDonald"),
        ("Jane Green", "Jane Green"),
    ],
)
def test_clean_name(phrase: str, name: str) -> None:
    cleaned = clean_name(phrase)
    assert cleaned is not None
    assert cleaned.name == name
    assert phrase[cleaned.start : cleaned.end] == name


@pytest.mark.parametrize(
    ("phrase", "name", "span"),
    [
        ("Baroness (Ruth) Aldine", "Ruth Aldine", "(Ruth) Aldine"),
        ("Thomas (Tom) Baines", "Thomas Baines", "Thomas (Tom) Baines"),
        ("Ana Ruiz (Labour)", "Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_clean_name_with_a_bracketed_word(phrase: str, name: str, span: str) -> None:
    """A bracketed given name after a title is the given name; elsewhere (a nickname) dropped."""
    cleaned = clean_name(phrase)
    assert cleaned is not None
    assert (cleaned.name, phrase[cleaned.start : cleaned.end]) == (name, span)


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("Fans of Northgate Supporters' Trust met.", ["Fans", "Northgate Supporters' Trust"]),
        ("She was treated at St Ebba’s Hospital.", ["She", "St Ebba’s Hospital"]),
        ("Ruiz's lawyer and Okafor's United teammates", ["Ruiz", "Okafor", "United"]),
    ],
)
def test_possessive_kept_inside_an_institution_name(text: str, runs: list[str]) -> None:
    """A possessive joins the next word only when that word heads an institution's name."""
    pattern = regex.compile(names_module.NAME_PATTERN)
    assert [m.group() for m in pattern.finditer(text)] == runs


@pytest.mark.parametrize("phrase", ["The", "But Monday", "However", "In January"])
def test_clean_name_rejects_non_names(phrase: str) -> None:
    assert clean_name(phrase) is None


def test_mentions_skip_quote_interiors_and_sentence_openers() -> None:
    text = "But the mayor spoke. “Tom Baines must go,” Jane Holt said."
    inside = (text.index("Tom"), text.index("go,") + 3)
    gaps = [(0, inside[0]), (inside[1], len(text))]
    mentions, _ = scan_mentions(text, gaps, sentence_starts(text))
    assert [m.name for m in mentions] == ["Jane Holt"]


def test_organisation_detection() -> None:
    text = "Staff at Leeds City Council and the BBC met Ana Ruiz."
    mentions, _ = scan_mentions(text, [(0, len(text))], sentence_starts(text))
    kinds = {m.name: m.kind for m in mentions}
    assert kinds == {"Leeds City Council": "org", "BBC": "org", "Ana Ruiz": "person"}


# ---------------------------------------------------------------------------
# Properties

_pieces = st.sampled_from(
    [
        "“",
        "”",
        '"',
        "‘",
        "’",
        " said ",
        " Ruiz ",
        " she ",
        ", ",
        ". ",
        "\n\n",
        "Ana Ruiz",
        " the club ",
        " according to ",
        ": ",
        "al-",
        "Dr. ",
        " told ",
        "x",
    ]
)
_texts = st.one_of(st.text(max_size=300), st.lists(_pieces, max_size=40).map("".join))


@st.composite
def texts_and_quotes(draw: st.DrawFn) -> tuple[str, list[Quote]]:
    text = draw(_texts)
    n = len(text)
    quotes = []
    for i in range(draw(st.integers(0, 5))):
        k = draw(st.integers(0, 3))
        bounds = sorted(draw(st.lists(st.integers(-3, n + 3), min_size=2 * k, max_size=2 * k)))
        spans = tuple((bounds[j], bounds[j + 1]) for j in range(0, len(bounds), 2))
        speaker = draw(st.sampled_from([None, None, None, "Jo Bloggs"]))
        kind = draw(st.sampled_from(["direct", "partial", "scare", "tweet"]))
        quotes.append(
            Quote(id=f"d:{i}", doc_id="d", text="q", spans=spans, kind=kind, speaker=speaker)
        )
    return text, quotes


@settings(max_examples=150, deadline=None)
@given(texts_and_quotes())
def test_never_raises_and_keeps_ids_in_order(case: tuple[str, list[Quote]]) -> None:
    text, quotes = case
    result = attribute(text, quotes)
    assert [q.id for q in result] == [q.id for q in quotes]
    for before, after in zip(quotes, result, strict=True):
        assert after.spans == before.spans
        assert after.text == before.text
        if before.speaker is not None:
            assert after == before


@settings(max_examples=150, deadline=None)
@given(texts_and_quotes())
def test_idempotent(case: tuple[str, list[Quote]]) -> None:
    text, quotes = case
    once = attribute(text, quotes)
    assert attribute(text, once) == once


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), st.integers(-5, 210), st.integers(-5, 210))
def test_split_attribution_never_raises(text: str, start: int, end: int) -> None:
    found = find_split_attribution(text, start, end)
    if found is not None:
        assert max(0, start) <= found.start < found.end <= min(len(text), end)


def test_idempotent_on_an_article() -> None:
    text = (
        "Ana Ruiz spoke first.\n\n“We won,” she said.\n\n“It was hard.”\n\n"
        "Northwind Ltd disagreed. “We will appeal,” it said."
    )
    quotes = make_quotes(text, ["We won,", "It was hard.", "We will appeal,"])
    once = attribute(text, quotes)
    assert [q.speaker for q in once] == ["Ana Ruiz", "Ana Ruiz", "Northwind Ltd"]
    assert attribute(text, once) == once


# ---------------------------------------------------------------------------
# Hostile input stays linear: compare the work on two sizes (8x apart) rather
# than holding either to a time limit. Linear growth gives a ratio near 8;
# quadratic growth would give 64.

_HOSTILE = {
    "role nouns, no newlines": "Jo Lee met Al Roe. “x,” the mayor said. “y,” the statement read. ",
    "adjacent marks": "“”",
    "quotes with pronouns": "“We won,” she said. ",
    "capitalised words": "Ana Ruiz Tom Baines ",
}


def _cost(text: str) -> float:
    quotes = [
        Quote(id=f"d:{i}", doc_id="d", text="", spans=((m.start() + 1, m.end() - 1),))
        for i, m in enumerate(regex.finditer(r"“[^“”]*”", text))
    ]
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        attribute(text, quotes)
        best = min(best, time.process_time() - started)
    return best


@pytest.mark.parametrize("unit", list(_HOSTILE.values()), ids=list(_HOSTILE))
def test_cost_grows_linearly(unit: str) -> None:
    small = _cost(unit * 500 + "“z,” he said.")
    large = _cost(unit * 4000 + "“z,” he said.")
    assert large / max(small, 1e-4) < 30


# ---------------------------------------------------------------------------
# End to end through the real extractor (these need extraction to be in place).

END_TO_END = [
    (
        "“The pool was our lifeline,” said Marguerite Dubois, 71, a retired swimming coach. "
        "“Where now?”\n\nDubois said she would write to the council.",
        [("The pool was our lifeline, Where now?", "Marguerite Dubois")],
    ),
    (
        "The club announced the death of its former captain on Saturday.\n\n"
        "“We are saddened,” the club said. “Our thoughts are with the family.”\n\n"
        "Coach Ana Ruiz led the tributes. “He was the heart of this team,” Ruiz said.",
        [
            ("We are saddened, Our thoughts are with the family.", None),
            ("He was the heart of this team,", "Ana Ruiz"),
        ],
    ),
    (
        "Harbour Council has approved the new budget.\n\n"
        "The council wrote: “All libraries reopen in March.”\n\n"
        "Councillor Priya Nair welcomed the news. “It is a good day for readers,” she said.",
        [
            ("All libraries reopen in March.", "Harbour Council"),
            ("It is a good day for readers,", "Priya Nair"),
        ],
    ),
    (
        "Tom Baines, the company's chief executive, spoke to staff on Monday.\n\n"
        "“We are saddened,” said Baines, “and we will honour him.”\n\n"
        "“Nothing will change,” he added.",
        [
            ("We are saddened, and we will honour him.", "Tom Baines"),
            ("Nothing will change,", "Tom Baines"),
        ],
    ),
    (
        "Critics were quick to respond. According to Dr. Amal Haddad, the plan is "
        "“a recipe for delay”.\n\n"
        "“Nobody asked the patients,” Haddad told the Valley Gazette.",
        [
            ("a recipe for delay", "Amal Haddad"),
            ("Nobody asked the patients,", "Amal Haddad"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), END_TO_END)
def test_extract_quotes_end_to_end(text: str, expected: list[tuple[str, str | None]]) -> None:
    found = [(q.text, q.speaker) for q in extract_quotes(text, doc_id="e2e")]
    assert found == expected


# -- the standard-engine twins used on ASCII-letter text ---------------------------
# Attribution runs faster patterns when a document's letters are all ASCII. These
# properties compare each twin with the pattern it stands in for, as an oracle.

_TWIN_WORDS = [
    "Ana", "Ruiz", "Mr.", "Dr. ", "St.", "J. K.", "O'Neill", "O’Neill", "al-Farsi", "van der",
    "de", "The", "But", "Also", "said", "says", "told", "according to", "added", "the club",
    "coach", "spokesperson", "on Tuesday", "in a statement", "who", "Ruiz's", "U.S.", "Acme",
    "Ltd", ", ", ". ", ": ", "“", "”", "’", "'", "—", " ", " ", "\u00a0", "\n", "2024", "-",
]  # fmt: skip
_twin_text = st.lists(st.sampled_from(_TWIN_WORDS), max_size=30).map("".join)


def _spans(matches: object) -> list[tuple[tuple[int, int], ...]]:
    return [
        tuple(m.span(g) for g in range(m.re.groups + 1))  # type: ignore[attr-defined]
        for m in matches  # type: ignore[attr-defined]
    ]


@settings(max_examples=300, deadline=None)
@given(_twin_text, st.integers(0, 12))
def test_name_scan_twin_finds_the_same_runs(text: str, cut: int) -> None:
    assert names_module.ascii_letters(text)
    start = min(cut, len(text))
    assert _spans(names_module._NAME_SCAN_ASCII.finditer(text, start)) == _spans(
        names_module._NAME_SCAN.finditer(text, start)
    )


@settings(max_examples=300, deadline=None)
@given(_twin_text, st.integers(0, 12))
def test_attribution_twins_match_what_the_originals_match(text: str, cut: int) -> None:
    start = min(cut, len(text))
    for original, twin in [
        (clauses_module._SPEAKER_FIRST, clauses_module._SPEAKER_FIRST_ASCII),
        (clauses_module._CUE_FIRST, clauses_module._CUE_FIRST_ASCII),
        (clauses_module._TAIL, clauses_module._TAIL_ASCII),
        (clauses_module._OBJECT_TAIL, clauses_module._OBJECT_TAIL_ASCII),
        (clauses_module._APPOSITIVE_AFTER, clauses_module._APPOSITIVE_AFTER_ASCII),
        (clauses_module._NAME_RUN, clauses_module._NAME_RUN_ASCII),
    ]:
        assert _spans([m for m in [twin.match(text, start)] if m]) == _spans(
            [m for m in [original.match(text, start)] if m]
        )


@settings(max_examples=300, deadline=None)
@given(_twin_text.map(lambda t: t + " Ana"))
def test_previous_word_agrees_with_its_pattern(text: str) -> None:
    start = len(text) - 3
    found = names_module._PREVIOUS_WORD.search(text, max(0, start - 25), start)
    expected = (
        None if found is None
        else (found.group(1), found.start(), found.end(2), bool(found.group(2)))
    )  # fmt: skip
    assert names_module._previous_word(text, start) == expected


def test_non_ascii_letter_elsewhere_does_not_change_the_speakers() -> None:
    # "naïve" sends the whole document down the Unicode path; "naive" keeps it on
    # the ASCII one. Same length, so the spans must match too.
    body = (
        "Coach Ana Ruiz spoke after the match at Westford Park.\n\n"
        "“We were {} at the back,” she said. “We will learn.”\n\n"
        "Club chairman Tom Baines agreed. “It was a hard day,” Baines told reporters.\n\n"
        "“Nobody panicked,” said Ruiz."
    )
    plain = extract_quotes(body.format("naive"))
    accented = extract_quotes(body.format("naïve"))
    assert [(q.spans, q.speaker, q.cue) for q in plain] == [
        (q.spans, q.speaker, q.cue) for q in accented
    ]
    assert [q.speaker for q in plain] == ["Ana Ruiz", "Tom Baines", "Ana Ruiz"]


def test_attribution_changes_only_speaker_and_cue() -> None:
    # Every other field of an attributed quote comes through unchanged, whatever
    # the record holds: editorial marks, nested spans, diagnostics, source and date.
    text = "“We [the club] will “fight” on … to the end,” said coach Ana Ruiz."
    (plain,) = make_quotes(text, ["We [the club] will “fight” on … to the end,"])
    s = plain.spans[0][0]
    quote = attrs.evolve(
        plain,
        editorial=((s + 3, s + 13), (s + 30, s + 31)),
        nested=((s + 20, s + 25),),
        diagnostics=(Diagnostic("nested-marks", "a quote inside a quote", s + 19),),
        source="Westford Gazette",
        published="2024-05-17T09:30:00+01:00",
        handle=None,
    )
    (result,) = attribute(text, [quote])
    assert (result.speaker, result.cue) == ("Ana Ruiz", "said")
    assert (result.speaker_rule, result.speaker_phrase) == ("named", "Ana Ruiz")
    assert result.speaker_span is not None
    assert text[slice(*result.speaker_span)] == "Ana Ruiz"
    evidence = ("speaker", "cue", "speaker_rule", "speaker_span", "speaker_phrase")
    for field in attrs.fields(Quote):
        if field.name not in evidence:
            assert getattr(result, field.name) == getattr(quote, field.name), field.name
    assert result.published == dt.datetime(
        2024, 5, 17, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )


def test_out_of_range_spans_are_ignored_for_attribution() -> None:
    # A span past the end of the text is skipped; the valid one still finds its speaker.
    text = "“We will be back,” said Tom Baines."
    (quote,) = make_quotes(text, ["We will be back,"])
    odd = attrs.evolve(quote, spans=(quote.spans[0], (len(text) + 5, len(text) + 9)))
    (result,) = attribute(text, [odd])
    assert (result.speaker, result.cue) == ("Tom Baines", "said")
    assert result.spans == odd.spans


# -- the reverse cue search, factored by word endings -------------------------------

_CUE_ORACLE = regex.compile(rf"(?r)(?P<cue>{cues.CUE_PATTERN})")
_CUE_FORMS = list(cues.CUE_FORMS)
_CUE_PIECES = [
    *_CUE_FORMS, "quoted as saying", "pointed out", "went on", "According to", "according\nto",
    "Said", "ask", "aid", "s", "ed", "ing", "re", "Ruiz", "é", "’", "'", "-", ",", ". ", " ",
    "\u00a0", "\n", "“", "2",
]  # fmt: skip


def test_cue_forms_are_plain_lower_case_words() -> None:
    # The reverse pattern relies on it: between word boundaries, at most one
    # form can end at any one place, so the order of the alternation is moot.
    assert all(form.isalpha() and form.islower() for form in _CUE_FORMS)
    assert clauses_module._CUE_BACKWARDS.pattern != _CUE_ORACLE.pattern


@settings(max_examples=500, deadline=None)
@given(
    st.lists(st.sampled_from(_CUE_PIECES), max_size=25).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_reverse_cue_search_finds_what_the_plain_pattern_finds(
    text: str, lo: int, cut: int
) -> None:
    lo, stop = min(lo, len(text)), max(0, len(text) - cut)
    found = clauses_module._CUE_BACKWARDS.search(text, lo, stop)
    expected = _CUE_ORACLE.search(text, lo, stop)
    assert (found and found.span("cue")) == (expected and expected.span("cue"))


@pytest.mark.parametrize("form", _CUE_FORMS)
def test_reverse_cue_search_finds_every_form(form: str) -> None:
    text = f"Ana Ruiz {form}: “"
    found = clauses_module._CUE_BACKWARDS.search(text, 0, len(text) - 3)
    assert found is not None and found.group("cue") == form


def _skip_forward_oracle(text: str, pos: int) -> int:
    stop = min(len(text), pos + 2)
    while pos < stop and text[pos] in clauses_module.MARKS:
        pos += 1
    return pos


def _skip_back_oracle(text: str, pos: int) -> int:
    stop = max(0, pos - 2)
    while pos > stop and text[pos - 1] in clauses_module.MARKS:
        pos -= 1
    return pos


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="“”\"‘’'«» ab,.", max_size=8), st.integers(0, 8))
def test_skipping_marks_steps_over_at_most_two(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert clauses_module._skip_marks_forward(text, pos) == _skip_forward_oracle(text, pos)
    if not text[:pos].endswith(";"):
        assert clauses_module.skip_marks_back(text, pos) == _skip_back_oracle(text, pos)


@settings(max_examples=300, deadline=None)
@given(_twin_text, st.integers(0, 12))
def test_name_run_twin_finds_the_same_runs(text: str, cut: int) -> None:
    start = min(cut, len(text))
    twin = clauses_module._NAME_RUN_ASCII.finditer(text, start)
    assert _spans(twin) == _spans(clauses_module._NAME_RUN.finditer(text, start))


_ADDRESS_WORDS = st.sampled_from(
    ["told", "Told", "tells", "asked", "seen by", "Seen  by", "obtained by", "interview with",
     "interviews with", "said", "by", "with", "the", "THE", "retold", "lathe", "X", "\u00a0",
     "\n", ",", "ſ", "contacted", "Interviewed", "telling", "(told", "nearby", "K", "asKed",
     "the\u00a0"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_ADDRESS_WORDS, max_size=6), st.sampled_from([" ", "  ", "\u00a0", "", "\n"]))
def test_addressed_matches_its_plain_pattern(words: list[str], gap: str) -> None:
    # The quick test of the last letter never changes what the pattern decides.
    text = " ".join(words) + gap + "Harbour Times said."
    start = len(text) - len("Harbour Times said.")
    entities = entities_module.Entities(entities_module.Layout(text, []))
    plain = entities_module._ADDRESSED.search(text, max(0, start - 40), start) is not None
    assert entities.addressed(start) == plain


def test_an_inline_copy_of_a_post_takes_its_handle_too() -> None:
    text = (
        "Fans rallied. One fan wrote, “rest up, we will wait.”\n\n"
        "rest up, we will wait. — Mags (@magsfan) March 3, 2024"
    )
    copy, post = extract_quotes(text)
    assert (post.kind, post.handle) == ("tweet", "@magsfan")
    assert (copy.speaker, copy.speaker_rule, copy.handle) == ("Mags", "post", "@magsfan")
    # The public attribute() path gives the copy the same handle as extract_quotes.
    bare = [attrs.evolve(copy, speaker=None, cue=None, handle=None), post]
    again = attribute(text, bare)[0]
    assert (again.speaker, again.handle) == ("Mags", "@magsfan")


def test_a_quote_attributed_by_name_keeps_no_handle() -> None:
    text = "Fans rallied. “We will wait,” Ana Ruiz said.\n\nrest up — Mags (@magsfan) March 3, 2024"
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.handle) == ("Ana Ruiz", None)


def test_a_quote_without_spans_does_not_stop_the_headline_rule() -> None:
    # A caller may pass a quote built from a plain string (no spans) ahead of the
    # story's quotes; the headline's quote after it still takes its speaker.
    text = "‘WE WILL WIN IT’ Ruiz fires warning\n\n“I promise we will win it,” Ana Ruiz said."
    quotes = make_quotes(text, ["WE WILL WIN IT", "I promise we will win it,"])
    loose = Quote(id="doc:loose", doc_id="doc", text="We will win")
    result = attribute(text, [loose, *quotes])
    assert [(q.speaker, q.speaker_rule) for q in result] == [
        (None, None),
        ("Ana Ruiz", "headline"),
        ("Ana Ruiz", "named"),
    ]


@given(
    st.lists(
        st.sampled_from(
            ["The", "sign", "Signs", "designer", "campaign", "banner", "Posters", "plaque,",
             "billboard:", "pointed", "to", "Ana", "Ruiz", "resigned", "placards", "foreign"]
        ),
        max_size=12,
    )
)
def test_the_sign_prefilter_agrees_with_reading_every_word(words: list[str]) -> None:
    # clauses.about_a_sign rules most clauses out by substring before reading words;
    # the plain reading of every word is the reference.
    head = " ".join(words) + ":"
    plain = any(w.strip(".,;:!?'’\"“”").casefold() in cues.SIGN_NOUNS for w in head.split())
    assert clauses_module.about_a_sign(head) == plain
