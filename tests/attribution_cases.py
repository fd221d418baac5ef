"""Labelled attribution cases: article-shaped text, one quote each, and who said it.

Every person, company and place here is invented. Each case names the quote by
a few of its words (``part``), the speaker a careful reader gives it (as the
article names them most fully, or None), the rule that should give it (the
``speaker_rule`` recorded on the quote) and a one-line reason. Cases are
grouped by the way real news attributes a quote: a name in the quote's clause,
a statement or post as the subject, no attribution in the quote's own
paragraph, a pronoun, a description, a spokesperson, and capitalised words that
are not speakers.
"""

from __future__ import annotations

from typing import NamedTuple


class Case(NamedTuple):
    pattern: str
    text: str
    part: str
    speaker: str | None
    rule: str | None
    reason: str


def _case(
    pattern: str, text: str, part: str, speaker: str | None, rule: str | None, reason: str
) -> Case:
    return Case(pattern, text, part, speaker, rule, reason)


NAMED = "named"
STATEMENT = "statement"
NONE = "none"
PRONOUN = "pronoun"
DESCRIPTION = "description"
SPOKESPERSON = "spokesperson"
NOT_SPEAKERS = "not-speakers"
POSTS = "posts"

# A questioning at an inquiry, with the verbs of its first two turns left open.
_INQUIRY = (
    "Ana Reyes, who ran the depot from 2016, was cross-examined by Tom Hale KC "
    "for the families.\n\nMr Hale showed her a maintenance log.\n\n“Were the "
    "brakes on that bus ever tested, Ms Reyes?” he {ask}.\n\n“Not that I can "
    "recall,” she {reply}. “The workshop kept its own records.”\n\n“But you "
    "signed this log every month, didn't you?”\n\n“I signed a great many things, "
    "yes.”"
)

# A fact-check of a clip whose poster goes by a name, not a handle.
_SALT_CLIP = (
    "Viral video falsely claims salt 'banned across Asia'\n\nA video seen a million times "
    "claims that table salt has been 'banned across Asia'. That is not true, writes our "
    "fact-check team.\n\nThe clip, posted on Friday by a user calling himself Dr Ivo Marsh, "
    "shows a man in a lab coat standing by a stove.\n\n'Every country has banned this "
    "poison,' the video says.\n\nIn a follow-up post, the account, which has 20,000 "
    "followers, wrote: 'They are hiding this from you.'"
)

# A press conference printed as a transcript after a lead-in that names nobody.
_TRANSCRIPT = (
    "Ashvale manager Greta Vollmer faced the media on Thursday ahead of the derby.\n\n"
    "The 44-year-old was asked about the injury to her captain.\n\nHere is what she told "
    "reporters:\n\nWill he be fit?\n\n“We will know on Friday. I'm not a doctor.”\n\n"
    "Is it a blow?\n\n“Of course it is a blow. He is our best player.”"
)

# A death the police announced, for the cases of a family's tribute.
_MOURNED = "Jowan Trenerry, 19, from Carwinnen, died in hospital on Saturday.\n\n"

# A golf report: the winner quoted, then the runner-up, before a sentence about the winner.
_GLENMORE = (
    "Tomos Rhydderch won the Glenmore Classic by two shots on Sunday, ahead of the "
    "Canadian Pierce Lavallee.\n\n“I just kept swinging,” Rhydderch said.\n\n"
    "Lavallee, who led after three rounds, was philosophical. “Tomos was too good for "
    "all of us,” he said.\n\n"
)
_GLENMORE_CLIMB = (
    _GLENMORE + "The Welshman’s climb has been rapid. He lost his playing rights a year ago.\n\n"
    "“There were weeks I wanted to sell my clubs,” he said. “My father talked me out of "
    "it.\n\n“I owe him this one.”"
)

# A press conference printed under topic headers, for the cases of "everything she said".
_COUPLE_RETIRING = (
    "Bakery to close after 30 years\n\nColin and Moira Stravane opened the Mill Lane "
    "bakery in 1994.\n\nThe couple announced their retirement on Monday.\n\nMr "
    "Stravane, 66, said: “Our ovens have earned a rest.”\n\nMrs Stravane added: “We "
    "will miss the early mornings.”"
)

_EVERYTHING_SAID = (
    "Everything Ines Varga said on injuries and the cup tie\n\nCaptain Dario Pell missed "
    "training on Thursday.\n\nKelby Rovers manager Ines Varga spoke to the media on Friday "
    "ahead of the cup tie with Ormside. Here is everything she said.\n\nOn team news:\n\n"
    "“Dario has a knock on his knee, so we will see tomorrow. Everyone else is fit.”\n\n"
    "On Dario's fitness:\n\n“He is settling in well after the injury and works every day.”"
    "\n\nOn the cup:\n\nQ: Is the cup a priority?\n\nA: “Every game is a priority for us. "
    "The fans love the cup.”\n\nOn her future:\n\nVarga was asked about reports linking her "
    "with Ormside.\n\n“I have two years left and I am happy here,” the Kelby boss said."
)


CASES: tuple[Case, ...] = (
    # -- fact-checks, live blogs and columns: glosses, 'as … put it', posts, leaflets ---
    _case(
        DESCRIPTION,
        "The Coastal Survey's senior hydrologist, Dr Wenna Trevasco, said the tide had "
        "peaked.\n\n“The river will fall by morning,” the hydrologist said.",
        "river will fall",
        "Wenna Trevasco",
        "description",
        "a title in no list of roles, written before the name in apposition, is that person",
    ),
    _case(
        DESCRIPTION,
        "Cllr Emlyn Pengelly, portfolio holder for transport, defended the new bus "
        "lanes.\n\n“The buses are fuller than ever,” the portfolio holder said.",
        "fuller than ever",
        "Emlyn Pengelly",
        "description",
        "a title in no list of roles, written after the name in apposition, is that person",
    ),
    _case(
        DESCRIPTION,
        "Caius Brenchley, who pulled a wounded glazier from the van, was praised by "
        "police.\n\n“I could not breathe in there,” the glazier said.",
        "could not breathe",
        None,
        None,
        "a word in a relative clause after a name glosses someone else, not the name",
    ),
    _case(
        DESCRIPTION,
        "Dr Ione Fellowes, a volcanologist at Harnby, and Dr Joost Arnhem, a volcanologist at "
        "Daventree College, studied the eruption.\n\n“The vent is still open,” the volcanologist "
        "said.",
        "vent is still open",
        None,
        None,
        "two people glossed with the same word: no guess between them",
    ),
    _case(
        NAMED,
        "Commuters are weary. “We were promised a bridge, and we got a consultation,” as one "
        "commuter, Ysolde Carrack from Millbeck, put it to me.",
        "promised a bridge",
        "Ysolde Carrack",
        "named",
        "'as one commuter, NAME, put it' after a quote names the one who put it so",
    ),
    _case(
        NAMED,
        "We admire the thrifty. As the economist Lucan Dewhirst puts it in his new book on "
        "household budgets, “Debt is a promise your future self never agreed to.”",
        "Debt is a promise",
        "Lucan Dewhirst",
        "named",
        "'As NAME puts it in his book,' before a quote introduces it",
    ),
    _case(
        NAMED,
        "Jessamy Quarles read the verdict aloud. As the usher put it back in the file, Quarles "
        "said: “That is the end of it.”",
        "end of it",
        "Jessamy Quarles",
        "named",
        "'put it' that is no speech (put it back) leaves the clause of the quote alone",
    ),
    _case(
        STATEMENT,
        "The inquiry's final report is harsher than the minister, Ottoline "
        "Skarsgrove.\n\n“Spending was out of control for a decade,” the report said.",
        "out of control",
        None,
        None,
        "a name after a thing and a copula is no author of a report",
    ),
    _case(
        DESCRIPTION,
        "Kestrow Water reconnected 9,000 homes overnight. In its update, the operator said: "
        "“Supply is back for 9,000 homes.”",
        "Supply is back",
        "Kestrow Water",
        "description",
        "a role of people and firms alike is the body the paragraph opens with",
    ),
    _case(
        DESCRIPTION,
        "Quaintree Council fined the operator of the 42 route on Monday. In a statement, the "
        "operator said: “We will appeal the fine.”",
        "appeal the fine",
        None,
        None,
        "the paragraph brought 'the operator' in as another body: not the council",
    ),
    _case(
        SPOKESPERSON,
        "The operator, Daventree Quays, said sorry to travellers. “We are sorry for the "
        "cancellations,” a spokeswoman said.",
        "sorry for the",
        "Daventree Quays",
        "spokesperson",
        "a name typed only by a role of people and firms alike is the body a spokeswoman speaks "
        "for",
    ),
    _case(
        STATEMENT,
        "The Ennisford Pier Trust said the pier was intact after the storm. “Ennisford Pier "
        "gone. Unbelievable,” read one post.",
        "Pier gone",
        None,
        None,
        "one post of many is an unnamed member of the public's",
    ),
    _case(
        POSTS,
        "The clip was shared by the account @fenwick_truth, which has 12,000 followers. “Wake "
        "up, Fenwick,” the account wrote.",
        "Wake up",
        "@fenwick_truth",
        "statement",
        "an account named by its handle as sharing a clip keeps the @",
    ),
    _case(
        POSTS,
        "How a sleepy cat became a meme\n\nOne of the most shared edits, posted by the "
        "account @catnapdaily, simply added the caption “me in every Monday meeting”.",
        "every Monday meeting",
        "@catnapdaily",
        "description",
        "a post of any noun is the account its appositive says posted it, past an adverb",
    ),
    _case(
        POSTS,
        _SALT_CLIP,
        "banned this poison",
        "Ivo Marsh",
        "statement",
        "the video is the clip's, posted by a user who goes by a name",
    ),
    _case(
        POSTS,
        _SALT_CLIP,
        "hiding this from you",
        "Ivo Marsh",
        "statement",
        "the account after a quote paragraph is the one named posting two paragraphs up",
    ),
    _case(
        POSTS,
        "Storm photo is old\n\nThe clip, filmed by a passer-by, shows the flooded road."
        "\n\n“Nobody is coming to help us,” the video says.",
        "Nobody is coming",
        None,
        "statement",
        "near miss: a clip filmed by someone unnamed is no account's post",
    ),
    _case(
        STATEMENT,
        "Campaigners say the pool is doomed. The pamphlet, put out by Cllr Florian Ostwick, "
        "states: “The pool will close in May.”",
        "pool will close",
        "Florian Ostwick",
        "statement",
        "a leaflet put out by someone is theirs",
    ),
    _case(
        STATEMENT,
        "Parents were angry. The flyer, handed out at the school gates by campaigner Perpetua "
        "Veyne, says: “Your children deserve better.”",
        "deserve better",
        "Perpetua Veyne",
        "statement",
        "a flyer handed out by someone is theirs",
    ),
    _case(
        DESCRIPTION,
        "A MUSEUM in Dunwick has returned a stolen harp to the Carrack family.\n\n“It was the "
        "right thing to do,” the museum said.",
        "right thing",
        None,
        None,
        "a common noun shouted in capitals at the start of a lede names no body",
    ),
    # -- the speaker named in the quote's clause ------------------------------------
    _case(
        NAMED,
        "“We will appeal,” Ruiz said. Ana Ruiz leads the union.",
        "We will appeal",
        "Ana Ruiz",
        "named",
        "a surname before its full form is the person the article names in full",
    ),
    _case(
        NAMED,
        "Ana Ruiz leads the union. “We will appeal,” Ruiz said.",
        "We will appeal",
        "Ana Ruiz",
        "named",
        "a surname after the full name expands to it",
    ),
    _case(
        NAMED,
        "“The bridge reopens on Monday,” said council engineer Tom Baines.",
        "The bridge",
        "Tom Baines",
        "named",
        "a job title before the name is stripped",
    ),
    _case(
        NAMED,
        "“Prices will fall,” said Priya Shah, the bank’s chief economist.",
        "Prices will fall",
        "Priya Shah",
        "named",
        "an appositive after the name is not part of it",
    ),
    _case(
        NAMED,
        "Harbour master Tom Baines said: “Nobody sails until the wind drops.”",
        "Nobody sails",
        "Tom Baines",
        "named",
        "speaker and verb before a colon",
    ),
    _case(
        NAMED,
        "“We were robbed,” Kestrel Rovers manager Dan Hollis told reporters.",
        "We were robbed",
        "Dan Hollis",
        "named",
        "a club name and role before the name",
    ),
    _case(
        NAMED,
        "According to Mira Castell, “the data is clear.”",
        "the data is clear",
        "Mira Castell",
        "named",
        "according to names the source",
    ),
    _case(
        NAMED,
        "“It is a good deal,” Castell added, “for everyone.”",
        "It is a good deal",
        "Castell",
        "named",
        "a split quote takes the name between its parts",
    ),
    _case(
        NAMED,
        "Dr. Amal Haddad said: “The ward is full.”",
        "The ward is full",
        "Amal Haddad",
        "named",
        "an honorific before a full name is dropped",
    ),
    _case(
        NAMED,
        "Mr Okafor said: “The figures speak for themselves.”",
        "The figures",
        "Okafor",
        "named",
        "an honorific before a bare surname is the role: the speaker is the surname",
    ),
    _case(
        NAMED,
        "“I nearly dropped the tray,” said Apprentice Corin Madley.",
        "nearly dropped",
        "Corin Madley",
        "named",
        "an occupation word before a full name is the role, not the name",
    ),
    _case(
        NAMED,
        "“The sauce is the secret,” said Chef Remy Halvane of the Quayside.",
        "sauce is the secret",
        "Remy Halvane",
        "named",
        "a cook's title before a full name is the role",
    ),
    _case(
        NAMED,
        "“We are full tonight,” said Sister Maud Kilbane, who runs the ward.",
        "full tonight",
        "Maud Kilbane",
        "named",
        "a nurse's title before a full name is the role",
    ),
    _case(
        NAMED,
        "“The road is unsafe,” said Cllr Ruth Pennock.",
        "road is unsafe",
        "Ruth Pennock",
        "named",
        "a councillor's honorific is dropped",
    ),
    _case(
        NAMED,
        "“Inquiries continue,” Det Insp Mark Gully said.",
        "Inquiries continue",
        "Mark Gully",
        "named",
        "a detective's two-word rank is dropped",
    ),
    _case(
        NAMED,
        "“You are a danger to others,” Judge Hana Wexley told him.",
        "danger to others",
        "Hana Wexley",
        "named",
        "a judge's title before a full name is the role",
    ),
    _case(
        NAMED,
        "“A great honour,” said Dame Ivy Holcombe. “I am delighted,” said Sir Tam Brodie.",
        "delighted",
        "Tam Brodie",
        "named",
        "a knight’s honorific is dropped, as a dame’s is",
    ),
    _case(
        NAMED,
        "“We pray for them,” said Rev Joel Amberley.",
        "pray for them",
        "Joel Amberley",
        "named",
        "a cleric's honorific is dropped",
    ),
    _case(
        NAMED,
        "“I am sad it has come to this,” Mrs Penhale-Ward said.",
        "sad it has come",
        "Penhale-Ward",
        "named",
        "an honorific before a double-barrelled surname is dropped",
    ),
    _case(
        NAMED,
        "“The data are clear,” Prof Orsolya Dent said.",
        "data are clear",
        "Orsolya Dent",
        "named",
        "a professor's abbreviated title is dropped",
    ),
    _case(
        NAMED,
        "“I never meant to deceive anyone,” said Defendant Ivo Marrable.",
        "meant to deceive",
        "Ivo Marrable",
        "named",
        "a party to a case written as a title is the role",
    ),
    _case(
        NAMED,
        "“We will be watching,” said Joint Commissioner of Police Rakesh Ardwen.",
        "be watching",
        "Rakesh Ardwen",
        "named",
        "a joint office with its portfolio before a full name is the role",
    ),
    _case(
        NAMED,
        "“Vote for the bridge,” wrote Elder Ruth Kane in the parish newsletter.",
        "Vote for the bridge",
        "Ruth Kane",
        "named",
        "a church elder's title before a full name is the role",
    ),
    _case(
        NAMED,
        "“It was very late,” Ava Judge said.",
        "very late",
        "Ava Judge",
        "named",
        "near miss: a surname that is also a title stays in the name",
    ),
    _case(
        NAMED,
        "“Every child deserves a bike,” said Sister Agnes.",
        "deserves a bike",
        "Agnes",
        "named",
        "a religious title before a given name alone is the role too",
    ),
    _case(
        NAMED,
        "“We are open again,” the Sir Tam Brodie Trust said.",
        "open again",
        "Sir Tam Brodie Trust",
        "named",
        "near miss: an honorific inside a body's name is part of that name",
    ),
    _case(
        NAMED,
        "“No comment,” said the Duchess of Ormesby.",
        "No comment",
        "Duchess of Ormesby",
        "named",
        "near miss: a title of a place is how its holder is named",
    ),
    _case(
        NAMED,
        "Police closed the bridge.\n\n“We are watching the roads,” said Joint Commissioner.",
        "watching the roads",
        None,
        None,
        "a title with no name after it names no one",
    ),
    _case(
        NAMED,
        "“I have no regrets,” Jonas Brandt, 41, said on Tuesday.",
        "I have no regrets",
        "Jonas Brandt",
        "named",
        "an age appositive between name and verb",
    ),
    _case(
        NAMED,
        "“The line is safe,” Northwind Rail said in a statement.",
        "The line is safe",
        "Northwind Rail",
        "named",
        "an organisation named as the subject",
    ),
    _case(
        NAMED,
        "“We act now,” said Ruth van der Berg.",
        "We act now",
        "Ruth van der Berg",
        "named",
        "name particles stay in the name",
    ),
    _case(
        NAMED,
        "“That was the plan,” Lena Marsh reiterated.",
        "That was the plan",
        "Lena Marsh",
        "named",
        "reiterated is a speech verb like any other",
    ),
    _case(
        NAMED,
        "“We have enough beds,” health minister Carla Dunmore insisted.",
        "We have enough beds",
        "Carla Dunmore",
        "named",
        "a lower-case title run before the name",
    ),
    _case(
        NAMED,
        "“We will not strike,” said Harwell Union general secretary Bea Ockley.",
        "We will not strike",
        "Bea Ockley",
        "named",
        "an organisation and a title before the name",
    ),
    _case(
        NAMED,
        "Tom Baines, who ran the club for a decade, said: “It was my life.”",
        "It was my life",
        "Tom Baines",
        "named",
        "a relative clause between the name and the verb",
    ),
    _case(
        NAMED,
        "“The bridge is safe,” the engineer, Tom Baines, said.",
        "The bridge is safe",
        "Tom Baines",
        "named",
        "a name in apposition to a role speaks",
    ),
    _case(
        NAMED,
        "“Stay indoors,” warned Inspector Joel Marr.",
        "Stay indoors",
        "Joel Marr",
        "named",
        "a rank is a title",
    ),
    _case(
        NAMED,
        "“Sales doubled,” Orla Finch, who founded Finch & Co, told the Valley Herald.",
        "Sales doubled",
        "Orla Finch",
        "named",
        "the outlet spoken to is not the speaker",
    ),
    _case(
        NAMED,
        "“It is over,” Kestrel Rovers said.",
        "It is over",
        "Kestrel Rovers",
        "named",
        "a club's own name",
    ),
    _case(
        NAMED,
        "Maya Okonkwo was blunt: “This is a disgrace.”",
        "This is a disgrace",
        "Maya Okonkwo",
        "named",
        "the subject of a short clause ending in a colon",
    ),
    _case(
        NAMED,
        "Maya Okonkwo, who has chaired the trust since 2019 and led two reviews of its spending, "
        "also addressed the staff directly: “You deserved better.”",
        "You deserved better",
        "Maya Okonkwo",
        "named",
        "the subject of a long introducing sentence with a relative clause",
    ),
    _case(
        NAMED,
        "“Cut the fares,” urged Kemi Adeyemi.",
        "Cut the fares",
        "Kemi Adeyemi",
        "named",
        "urged takes the speaker after it",
    ),
    _case(
        NAMED,
        "“I am not leaving,” Brisby Park manager Ivo Lenz said.",
        "I am not leaving",
        "Ivo Lenz",
        "named",
        "a place name inside the title run is not the speaker",
    ),
    _case(
        NAMED,
        "Bram Tesser, the Orvale Group’s founder, said: “We are not for sale.”",
        "We are not for sale",
        "Bram Tesser",
        "named",
        "a possessive organisation in the appositive does not speak",
    ),
    # -- the statement or post as subject -------------------------------------------
    _case(
        STATEMENT,
        "Calloway Foods said in a statement on Monday that it had recalled the bars.\n\n"
        "“We are deeply sorry,” the statement said.",
        "We are deeply sorry",
        "Calloway Foods",
        "statement",
        "the statement the reporter named is the company's",
    ),
    _case(
        STATEMENT,
        "The league said it would “not tolerate” the chants. “We have closed the file,” its "
        "statement read.",
        "We have closed the file",
        None,
        None,
        "its statement: the league is never named, so no one",
    ),
    _case(
        STATEMENT,
        "Ferrow Athletic said it would “not tolerate” the chants. "
        "“We have closed the file,” its statement read.",
        "We have closed the file",
        "Ferrow Athletic",
        "statement",
        "its statement is the organisation's",
    ),
    _case(
        STATEMENT,
        "Singer Tallis Moore cancelled her tour on Tuesday.\n\n“I am heartbroken,” her post read.",
        "I am heartbroken",
        "Tallis Moore",
        "statement",
        "her post is the singer's",
    ),
    _case(
        STATEMENT,
        "Tallis Moore cancelled her tour.\n\n“I am heartbroken,” her post on Instagram read.",
        "I am heartbroken",
        "Tallis Moore",
        "statement",
        "a platform after the post is not the speaker",
    ),
    _case(
        STATEMENT,
        "Tallis Moore cancelled her tour.\n\n“I am heartbroken,” her post on X reads.",
        "I am heartbroken",
        "Tallis Moore",
        "statement",
        "the platform X is not a speaker",
    ),
    _case(
        STATEMENT,
        "Ferrow City Council apologised on Monday.\n\n“We got it wrong,” the council’s statement "
        "said.",
        "We got it wrong",
        "Ferrow City Council",
        "statement",
        "the council's statement: the council",
    ),
    _case(
        STATEMENT,
        "Ferrow Athletic apologised again.\n\n“We let our fans down,” the club’s earlier apology "
        "read.",
        "We let our fans down",
        "Ferrow Athletic",
        "statement",
        "a possessive with an adjective before apology",
    ),
    _case(
        STATEMENT,
        "Coach Ivo Lenz issued a statement on the club’s website on Sunday.\n\n"
        "“I was wrong,” the statement read.",
        "I was wrong",
        "Ivo Lenz",
        "statement",
        "the subject of the sentence that issued the statement",
    ),
    _case(
        STATEMENT,
        "But yesterday the 44-year-old coach Ivo Lenz posted a statement online.\n\n"
        "“I was wrong,” the statement read.",
        "I was wrong",
        "Ivo Lenz",
        "statement",
        "whoever posted the statement",
    ),
    _case(
        STATEMENT,
        "Orvale Group chief executive Dana Pike’s memo was leaked on Friday.\n\n"
        "“We will cut costs,” the memo read.",
        "We will cut costs",
        "Dana Pike",
        "statement",
        "a possessive name before the memo",
    ),
    _case(
        STATEMENT,
        "Dana Pike wrote to staff on Friday.\n\n“We will cut costs,” the letter said.",
        "We will cut costs",
        "Dana Pike",
        "statement",
        "the latest speaker when no letter was named",
    ),
    _case(
        STATEMENT,
        "Dana Pike’s post opened the week.\n\nThe post opens with a confession: “I got it wrong.”",
        "I got it wrong",
        "Dana Pike",
        "statement",
        "the post as the subject of a colon clause",
    ),
    _case(
        STATEMENT,
        "Dana Pike’s post was shared widely.\n\nThe post opens with a confession: “I got it "
        "wrong.” "
        "It then turns to the staff: “You built this.”",
        "You built this",
        "Dana Pike",
        "pronoun",
        "'it' after a sentence about the post is the post",
    ),
    _case(
        STATEMENT,
        "Merrow Water said it would compensate customers.\n\n“We apologise,” it added.",
        "We apologise",
        "Merrow Water",
        "pronoun",
        "it after the company's sentence",
    ),
    _case(
        STATEMENT,
        "By Friday evening, the council’s statement took a gentler line. "
        "“We hear how upset residents are,” it said. Ferrow City Council runs the defences.",
        "We hear how upset residents are",
        None,
        "pronoun",
        "the council is never named before the quote, so nothing resolves",
    ),
    _case(
        STATEMENT,
        "Ferrow City Council apologised. By Friday evening, the council’s statement took "
        "a gentler line. “We hear how upset residents are,” it said.",
        "We hear how upset residents are",
        "Ferrow City Council",
        "pronoun",
        "it: the statement named in the sentence before",
    ),
    _case(
        STATEMENT,
        "“Stay away from the river,” the notice from Ferrow City Council read.",
        "Stay away",
        "Ferrow City Council",
        "statement",
        "a notice from an organisation",
    ),
    _case(
        STATEMENT,
        "Calloway Foods recalled the bars.\n\n“We are sorry,” the company’s statement read.",
        "We are sorry",
        "Calloway Foods",
        "statement",
        "the company's statement",
    ),
    _case(
        STATEMENT,
        "Calloway Foods recalled the bars.\n\n“We are sorry,” continued the communique.",
        "We are sorry",
        "Calloway Foods",
        "statement",
        "a communique after the company",
    ),
    _case(
        STATEMENT,
        "Ferrow Athletic released a statement. “The matter is closed,” the statement specified.",
        "The matter is closed",
        "Ferrow Athletic",
        "statement",
        "specified is a speech verb",
    ),
    _case(
        STATEMENT,
        "Ferrow Athletic said the coach had been fined. “He has apologised,” the statement "
        "concluded.",
        "He has apologised",
        "Ferrow Athletic",
        "statement",
        "the statement of the organisation that spoke",
    ),
    _case(
        STATEMENT,
        "The Harwell Trust published its annual report.\n\n"
        "“Demand has never been higher,” its statement began.",
        "Demand has never been higher",
        "Harwell Trust",
        "statement",
        "its statement began",
    ),
    _case(
        STATEMENT,
        "Tallis Moore posted on Instagram.\n\n“I’ll be back,” the post concluded.",
        "I’ll be back",
        "Tallis Moore",
        "statement",
        "the post of whoever posted",
    ),
    _case(
        STATEMENT,
        "Ivo Lenz apologised in a letter to fans.\n\n“I let you down,” the letter read.",
        "I let you down",
        "Ivo Lenz",
        "statement",
        "the letter a named person wrote",
    ),
    _case(
        STATEMENT,
        "Merrow Water apologised.\n\n“Supplies are back,” read a statement from the firm.",
        "Supplies are back",
        "Merrow Water",
        "statement",
        "a statement from the firm",
    ),
    _case(
        STATEMENT,
        "Dana Pike announced the cuts in a post on LinkedIn.\n\n“Today is hard,” the post began.",
        "Today is hard",
        "Dana Pike",
        "statement",
        "the post a person announced something in",
    ),
    # -- no attribution in the quote's own paragraph ----------------------------------
    _case(
        NONE,
        "Calloway Foods recalled two cereal bars on Monday.\n\nThe company’s statement in full:\n\n"
        "“We are recalling two bars.\n\n“We are deeply sorry.”",
        "We are deeply sorry",
        "Calloway Foods",
        "statement",
        "a statement printed in full over paragraphs is one quote: the company's",
    ),
    _case(
        NONE,
        "Calloway Foods recalled two cereal bars on Monday.\n\nThe company’s statement in full:\n\n"
        "“We are recalling two bars.\n\n“We are deeply sorry.”",
        "We are recalling",
        "Calloway Foods",
        "statement",
        "the company's statement introduced by a colon",
    ),
    _case(
        NONE,
        "Tallis Moore cancelled her tour.\n\nRead Moore’s statement in full below:\n\n"
        "“I am heartbroken.\n\n“I will be back.”",
        "I am heartbroken",
        "Tallis Moore",
        "introduction",
        "a possessive name in the introducer",
    ),
    _case(
        NONE,
        "Tallis Moore cancelled her tour.\n\nRead Moore’s statement in full below:\n\n"
        "“I am heartbroken.\n\n“I will be back.”",
        "I will be back",
        "Tallis Moore",
        "introduction",
        "later paragraphs belong to the introduced statement",
    ),
    _case(
        NONE,
        "Striker Ben Tull, 24, has been banned for six matches after a clash with a referee."
        "\n\nHarlow Rovers published a statement from the striker on Friday, which reads in "
        "full:\n\n\"I let my team-mates down. I apologise to the referee.\n\n\"I will take "
        "the punishment and come back a better player.\"",
        "come back a better player",
        "Ben Tull",
        "introduction",
        "a statement from the striker, released by his club, is the striker's",
    ),
    _case(
        NONE,
        "Singer Ava Prewhitt has cancelled her tour because of illness.\n\nHer label, "
        "Northgate Records, shared a statement from the singer, which reads:\n\n“I am "
        "heartbroken to let my fans down. I will be back on stage next year.”",
        "heartbroken to let my fans",
        "Ava Prewhitt",
        "introduction",
        "the person a description after 'a statement from' stands for, not the label sharing it",
    ),
    _case(
        NONE,
        "Striker Ben Tull, 24, has been banned for six matches after a clash with a referee."
        "\n\nHarlow Rovers published a statement from the club's board on Friday, which reads "
        "in full:\n\n\"The board supports the ban and will help Ben learn from it.\"",
        "board supports the ban",
        "Harlow Rovers",
        "introduction",
        "near miss: a statement from a body's board is the body's, not the player's",
    ),
    _case(
        NONE,
        "Chief executive Dana Pike announced the cuts in a post, which we reproduce in full "
        "below.\n\n"
        "“This week has been the worst of my career.\n\n“The mistake is mine.”",
        "This week has been the worst",
        "Dana Pike",
        "introduction",
        "an introducer saying the text follows in full",
    ),
    _case(
        NONE,
        "The council has issued a statement. This is the relevant passage:\n\n"
        "“The defences held.”\n\nFerrow City Council runs the defences.",
        "The defences held",
        None,
        "introduction",
        "the council, never named before, resolves to no one",
    ),
    _case(
        NONE,
        "Ferrow City Council met on Monday.\n\nThe council has issued a statement. This is the "
        "relevant passage:"
        "\n\n“The defences held.”",
        "The defences held",
        "Ferrow City Council",
        "introduction",
        "the subject of the sentence that put out the statement",
    ),
    _case(
        NONE,
        "Ferrow Athletic’s statement read in full:\n\n“The matter is closed.\n\n“We move on.”",
        "We move on",
        "Ferrow Athletic",
        "statement",
        "a statement read in full, second paragraph",
    ),
    _case(
        NONE,
        "“We will rebuild,” said Mayor Lotte Viran.\n\n“It will take years.”",
        "It will take years",
        "Lotte Viran",
        "named",
        "a quote paragraph after a quote of the same speaker: one statement, its clause's rule",
    ),
    _case(
        NONE,
        "“We will rebuild,” said Mayor Lotte Viran. “It will take years.”",
        "It will take years",
        "Lotte Viran",
        "named",
        "a second part after the attribution joins the quote",
    ),
    _case(
        NONE,
        "“We will rebuild,” said Mayor Lotte Viran.\n\n“It will take years.\n\n“But we will do "
        "it.”",
        "But we will do it",
        "Lotte Viran",
        "named",
        "a continuation of a continuation: one statement",
    ),
    _case(
        NONE,
        "“We will rebuild,” said Mayor Lotte Viran.\n\nThe opposition leader, Sam Orrey, "
        "disagreed.\n\n"
        "“It will take years.”",
        "It will take years",
        "Sam Orrey",
        "introduction",
        "someone else named between: no continuation, the paragraph's subject speaks",
    ),
    _case(
        NONE,
        "Ivo Lenz said: “I was wrong.\n\n“I apologise to the referee.”",
        "I apologise",
        "Ivo Lenz",
        "named",
        "an open quote running on into the next paragraph is one quote",
    ),
    _case(
        NONE,
        "Lotte Viran addressed the crowd. She said:\n\n“We will rebuild.”",
        "We will rebuild",
        "Lotte Viran",
        "pronoun",
        "an introducer with a pronoun and a colon",
    ),
    _case(
        NONE,
        "Orvale Group released the following statement:\n\n“We are reviewing the claims.”",
        "We are reviewing",
        "Orvale Group",
        "named",
        "the subject of a clause ending in a colon",
    ),
    _case(
        NONE,
        "Tallis Moore wrote to fans on Tuesday. This is what she said:\n\n“I need to rest.”",
        "I need to rest",
        "Tallis Moore",
        "pronoun",
        "a colon introducer with a pronoun subject",
    ),
    _case(
        NONE,
        "The weather turned on Sunday.\n\n“It was chaos.”",
        "It was chaos",
        None,
        None,
        "a quote with no introducer and no speaker anywhere",
    ),
    # ---- a statement in full after its issuer's description, appositive name and roads
    _case(
        NONE,
        "Parents at Corrow Primary want a crossing supervisor back by the school gate.\n\n"
        "In a statement, the state's road safety agency, Pathwise Authority, said the Kelso "
        "Bypass site was being reviewed.\n\n"
        "“Supervisors are given out by traffic counts at each site. The Corrow site will be "
        "looked at again in March.”",
        "Supervisors are given out",
        "Pathwise Authority",
        "introduction",
        "a body's name after its description is the subject, not a road named later",
    ),
    _case(
        NONE,
        "Parents at Corrow Primary want a crossing supervisor back by the school gate.\n\n"
        "In a statement, Pathwise Authority said the Kelso Highway site was being reviewed.\n\n"
        "“Pathwise Authority gives out supervisors by traffic counts at each site.”",
        "gives out supervisors",
        "Pathwise Authority",
        "introduction",
        "a body's statement in full may name the body itself: still its words",
    ),
    _case(
        NONE,
        "Lorries were stuck on the Kelso Highway for six hours on Friday.\n\n"
        "“Nobody told us anything all night.”",
        "Nobody told us",
        None,
        "introduction",
        "near miss: a highway is a place, not a body whose words follow",
    ),
    _case(
        NONE,
        "Ana Drewett died at home on Sunday, her family said in a statement.\n\n"
        "“Ana was the kindest mother anyone could have.”",
        "the kindest mother",
        None,
        "introduction",
        "near miss: words naming a person after a statement about her are not hers",
    ),
    _case(
        NONE,
        "Parents at Corrow Primary want a crossing supervisor back by the school gate.\n\n"
        "In a statement, the roads agency said the Kelso Highway site was being reviewed.\n\n"
        "“Supervisors are given out by traffic counts at each site.”",
        "Supervisors are given out",
        None,
        "introduction",
        "a highway named in the introduction is a place, never the statement's issuer",
    ),
    # -- pronouns -----------------------------------------------------------------------
    _case(
        PRONOUN,
        "Ana Ruiz chairs the board. “We are ready,” she said.",
        "We are ready",
        "Ana Ruiz",
        "pronoun",
        "she: the person just named",
    ),
    _case(
        PRONOUN,
        "Tom Baines coached the side for years. “I loved it,” he said.",
        "I loved it",
        "Tom Baines",
        "pronoun",
        "he: the subject of the sentence before",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz met Tom Baines on Monday. “It went well,” she said.",
        "It went well",
        "Ana Ruiz",
        "pronoun",
        "she: the woman, not the man named last",
    ),
    _case(
        PRONOUN,
        "Mr Baines met Ana Ruiz on Monday. “It went well,” he said.",
        "It went well",
        "Baines",
        "pronoun",
        "he: the man, by his honorific",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz has run the charity since 2015. It now has 40 staff.\n\n"
        "“We are stretched,” she said.",
        "We are stretched",
        "Ana Ruiz",
        "pronoun",
        "she reaches back past a sentence with no person",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz spoke first.\n\n“We are ready,” she said. “We have trained hard.”",
        "We have trained hard",
        "Ana Ruiz",
        "pronoun",
        "a second part after a pronoun attribution",
    ),
    _case(
        PRONOUN,
        "Tom Baines arrived late. He was calm.\n\nHe said: “We will win.”",
        "We will win",
        "Tom Baines",
        "pronoun",
        "he before a colon",
    ),
    _case(
        PRONOUN,
        "Campaigners often cite the ruling in Harlow v. Dent Holdings. Rita Ilbury disagrees.\n\n"
        "“Labels must be true,” she said.",
        "Labels must be true",
        "Rita Ilbury",
        "pronoun",
        "a court case is not a referent",
    ),
    _case(
        PRONOUN,
        "Rita Ilbury runs the allergy charity. Campaigners often cite the ruling in Harlow v. Dent "
        "Holdings.\n\n“Labels must be true,” she said.",
        "Labels must be true",
        "Rita Ilbury",
        "pronoun",
        "she skips the parties of a court case",
    ),
    _case(
        PRONOUN,
        "Council leader Ines Varga posted on X a few minutes ago. She writes: “We got it wrong.”",
        "We got it wrong",
        "Ines Varga",
        "pronoun",
        "the platform X before 'She writes'",
    ),
    _case(
        PRONOUN,
        "The fiery coach Ivo Lenz was sent off before laying into referee Paul Dane on TV.\n\n"
        "He raged: “It was a disgrace.”",
        "It was a disgrace",
        "Ivo Lenz",
        "pronoun",
        "he: the subject, not the man he attacked",
    ),
    _case(
        PRONOUN,
        "Ivo Lenz spoke again. The fiery Austrian was sent off before laying into referee Paul "
        "Dane.\n\n"
        "He raged: “It was a disgrace.”",
        "It was a disgrace",
        "Ivo Lenz",
        "pronoun",
        "a sentence opening with a description is about the described person",
    ),
    _case(
        PRONOUN,
        "Dana Pike founded Orvale. The cuts fall on the team behind Orvale Beam, the retail "
        "dashboard. “I was too optimistic,” she wrote.",
        "I was too optimistic",
        "Dana Pike",
        "pronoun",
        "a product glossed as a dashboard is not a person",
    ),
    _case(
        PRONOUN,
        "Singer Tallis Moore cancelled the tour.\n\nThe Kestrel Court shows are off.\n\n"
        "“I am sorry,” she added.",
        "I am sorry",
        "Tallis Moore",
        "pronoun",
        "the most salient woman when no sentence nearby names one",
    ),
    _case(
        PRONOUN,
        "A teacher at the school spoke to us. “We were scared,” she said. Ana Ruiz is the head.",
        "We were scared",
        None,
        "pronoun",
        "she after an unnamed speaker is that speaker: no name",
    ),
    _case(
        PRONOUN,
        "Merrow Water apologised on Monday.\n\n“We are sorry,” it said.",
        "We are sorry",
        "Merrow Water",
        "pronoun",
        "it: the organisation",
    ),
    _case(
        PRONOUN,
        "Ferrow Athletic lost again. The club said it would act. “We will act,” it said.",
        "We will act",
        "Ferrow Athletic",
        "pronoun",
        "it: the club the sentence is about",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz took the stand. Asked whether Tom Baines would resign, she said: “No.”",
        "No",
        "Ana Ruiz",
        "pronoun",
        "a name in a fronted clause is not who 'she' is",
    ),
    _case(
        PRONOUN,
        "Tom Baines said the plan would work.\n\n“It is simple,” he told the Valley Herald.",
        "It is simple",
        "Tom Baines",
        "pronoun",
        "he told an outlet",
    ),
    _case(
        PRONOUN,
        "Tallis Moore has called off her autumn dates. In a tearful post, she wrote: "
        "“I need rest.”",
        "I need rest",
        "Tallis Moore",
        "pronoun",
        "she after a fronted phrase",
    ),
    _case(
        PRONOUN,
        "Ines Varga, the council leader, visited Eastmoor. “I am sorry,” she said.",
        "I am sorry",
        "Ines Varga",
        "pronoun",
        "she with a place named after the person",
    ),
    _case(
        PRONOUN,
        "Ms Pike and Tom Baines met. “We agreed,” he said.",
        "We agreed",
        "Tom Baines",
        "pronoun",
        "he: not the woman named first",
    ),
    _case(
        PRONOUN,
        "Lotte Viran toured the site.\n\n“It is worse than I thought,” she said later.",
        "It is worse",
        "Lotte Viran",
        "pronoun",
        "an adverb after the verb",
    ),
    _case(
        PRONOUN,
        "Tallis Moore thanked her fans. ''I will be back,'' she signed off.",
        "I will be back",
        "Tallis Moore",
        "pronoun",
        "signed off is a speech verb",
    ),
    # -- a possessive description opening a sentence: the sentence is about that person --
    _case(
        PRONOUN,
        _GLENMORE_CLIMB,
        "There were weeks",
        "Tomos Rhydderch",
        "pronoun",
        "'The Welshman's climb…' then 'he said': the one described, not the last speaker",
    ),
    _case(
        PRONOUN,
        _GLENMORE_CLIMB,
        "I owe him this one",
        "Tomos Rhydderch",
        "pronoun",
        "the paragraph continuing that quote follows its speaker",
    ),
    _case(
        PRONOUN,
        _GLENMORE
        + "The 31-year-old’s form this season has been patchy.\n\n"
        "“There were weeks I wanted to sell my clubs,” he said.",
        "There were weeks",
        "Tomos Rhydderch",
        "pronoun",
        "'The 31-year-old's form…': an age's possessive opens a sentence about its owner",
    ),
    _case(
        PRONOUN,
        _GLENMORE
        + "The Welshman’s former coach was watching from the grandstand.\n\n"
        "“There were weeks I wanted to sell my clubs,” he said.",
        "There were weeks",
        "Pierce Lavallee",
        "pronoun",
        "near miss: a person of the described one's is not the described one",
    ),
    _case(
        PRONOUN,
        _GLENMORE
        + "The tournament’s prize fund has doubled since last year.\n\n"
        "“There were weeks I wanted to sell my clubs,” he said.",
        "There were weeks",
        "Pierce Lavallee",
        "pronoun",
        "near miss: a possessive of no person describes nobody",
    ),
    # -- descriptions ----------------------------------------------------------------
    _case(
        DESCRIPTION,
        "Calloway Foods recalled the bars.\n\n“We are sorry,” the company said.",
        "We are sorry",
        "Calloway Foods",
        "description",
        "the company: the organisation named",
    ),
    _case(
        DESCRIPTION,
        "Calloway Brewery recalled the cans.\n\n“We are sorry,” declared the brewery in a notice.",
        "We are sorry",
        "Calloway Brewery",
        "description",
        "the brewery: the organisation with that word",
    ),
    _case(
        DESCRIPTION,
        "Vantor, the French label, cut prices.\n\n“Luxury must be fair,” the brand said.",
        "Luxury must be fair",
        "Vantor",
        "description",
        "the brand: the organisation described as a label",
    ),
    _case(
        DESCRIPTION,
        "Orvale Motors recalled 3,000 cars.\n\n“Safety comes first,” the carmaker said.",
        "Safety comes first",
        "Orvale Motors",
        "description",
        "the carmaker: the company in view",
    ),
    _case(
        DESCRIPTION,
        "Kestrel Rovers striker Joe Marlow, 29, scored twice.\n\n“I was lucky,” the 29-year-old "
        "said.",
        "I was lucky",
        "Joe Marlow",
        "description",
        "an age description: the person of that age",
    ),
    _case(
        DESCRIPTION,
        "Singer Tallis Moore cancelled the tour.\n\n“I am gutted,” the singer said.",
        "I am gutted",
        "Tallis Moore",
        "description",
        "the singer: the person given that role",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore cancelled the tour.\n\n“I am gutted,” the British singer-songwriter wrote.",
        "I am gutted",
        "Tallis Moore",
        "description",
        "a description with a nationality",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore cancelled the tour.\n\nThe chart-topper went on, “I am gutted.”",
        "I am gutted",
        "Tallis Moore",
        "description",
        "a hyphenated description before the quote",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore cancelled the tour.\n\nThe Saint Ebba Close star added: “I am gutted.”",
        "I am gutted",
        "Tallis Moore",
        "description",
        "an unmarked title inside a description",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore cancelled the tour.\n\nPhoto: Getty Images\n\n“I am gutted,” the star said.",
        "I am gutted",
        "Tallis Moore",
        "description",
        "a photo credit is not a referent",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore cancelled the tour.\nGetty Images\n\n“I am gutted,” the star said.",
        "I am gutted",
        "Tallis Moore",
        "description",
        "a credit line alone is not a referent",
    ),
    _case(
        DESCRIPTION,
        "Orvale CEO Dana Pike cut 400 jobs.\n\n“I own this,” the Orvale CEO wrote.",
        "I own this",
        "Dana Pike",
        "description",
        "the company CEO: the person with that role",
    ),
    _case(
        DESCRIPTION,
        "Ivo Lenz was fined. “I accept it,” said the Austrian.",
        "I accept it",
        "Ivo Lenz",
        "description",
        "a nationality stands for the person in view",
    ),
    _case(
        DESCRIPTION,
        "Ivo Lenz was fined on Monday.\n\n“I accept it,” declared the Austrian technician.",
        "I accept it",
        "Ivo Lenz",
        "description",
        "an adjective and a role noun",
    ),
    _case(
        DESCRIPTION,
        "Coach Ivo Lenz was fined.\n\n“I accept it,” the coach said.",
        "I accept it",
        "Ivo Lenz",
        "description",
        "the coach: the person called coach",
    ),
    _case(
        DESCRIPTION,
        "Ferrow City Council met on Monday.\n\n“We acted fast,” the council said.",
        "We acted fast",
        "Ferrow City Council",
        "description",
        "the council: the council named",
    ),
    _case(
        DESCRIPTION,
        "Ferrow City Council met on Monday.\n\n“We acted fast,” the authority said.",
        "We acted fast",
        "Ferrow City Council",
        "description",
        "an organisation description with no fitting name: the article's organisation",
    ),
    _case(
        DESCRIPTION,
        "Ferrow Athletic sacked its coach.\n\n“It was time,” the club said.",
        "It was time",
        "Ferrow Athletic",
        "description",
        "the club: the club named",
    ),
    _case(
        DESCRIPTION,
        "Dana Pike runs Orvale, the Denver analytics company.\n\n“We grew too fast,” the firm "
        "said.",
        "We grew too fast",
        "Orvale",
        "description",
        "the firm: the company described",
    ),
    _case(
        DESCRIPTION,
        "Kestrel Rovers veteran Joe Marlow retired.\n\n“It is time,” the veteran said.",
        "It is time",
        "Joe Marlow",
        "description",
        "the veteran: the person so described",
    ),
    _case(
        DESCRIPTION,
        "Presenter Nia Holloway left the show.\n\n“It was a privilege,” the presenter said.",
        "It was a privilege",
        "Nia Holloway",
        "description",
        "the presenter: the person given that role",
    ),
    _case(
        DESCRIPTION,
        "Nia Holloway left the show on Friday.\n\n“It was a privilege,” the TV presenter said.",
        "It was a privilege",
        "Nia Holloway",
        "description",
        "a person description without a matching role",
    ),
    _case(
        DESCRIPTION,
        "Joe Marlow won the Golden Boot.\n\n“It is for my dad,” the Golden Boot winner said.",
        "It is for my dad",
        "Joe Marlow",
        "description",
        "a capitalised award inside a description",
    ),
    _case(
        DESCRIPTION,
        "Influencer Cara Bell apologised.\n\n“I was wrong,” the influencer said.",
        "I was wrong",
        "Cara Bell",
        "description",
        "the influencer: the person given that role",
    ),
    _case(
        DESCRIPTION,
        "Vantor owns the shoe brand Leontine.\n\n“We are proud,” the Vantor-owned brand said.",
        "We are proud",
        "Leontine",
        "description",
        "a compound modifier is not the speaker",
    ),
    _case(
        DESCRIPTION,
        "Hugo Brandt coaches the side.\n\n“We were robbed,” the boss said.",
        "We were robbed",
        "Hugo Brandt",
        "description",
        "the boss: the person in view",
    ),
    _case(
        DESCRIPTION,
        "A fan at the ground said: “We deserve better.”",
        "We deserve better",
        None,
        "description",
        "an unnamed person names no one",
    ),
    _case(
        DESCRIPTION,
        "“We want answers,” residents said.",
        "We want answers",
        None,
        "description",
        "a group noun names no one",
    ),
    _case(
        DESCRIPTION,
        "Police said: “Stay away from the area.”",
        "Stay away",
        None,
        "description",
        "police speak as a group",
    ),
    # -- spokespeople ------------------------------------------------------------------
    _case(
        SPOKESPERSON,
        "Orvale cut 400 jobs.\n\n“We do not expect more cuts,” an Orvale spokesperson said.",
        "We do not expect",
        "Orvale",
        "spokesperson",
        "a named organisation's spokesperson",
    ),
    _case(
        SPOKESPERSON,
        "Orvale Group cut 400 jobs.\n\n“We do not expect more cuts,” a company spokesman said.",
        "We do not expect",
        "Orvale Group",
        "spokesperson",
        "a company spokesman: the company",
    ),
    _case(
        SPOKESPERSON,
        "Ferrow Athletic fined the coach.\n\n“It is closed,” a spokeswoman for the club said.",
        "It is closed",
        "Ferrow Athletic",
        "spokesperson",
        "a spokeswoman for the club",
    ),
    _case(
        SPOKESPERSON,
        "“The line is open,” a spokesperson for Northwind Rail said.",
        "The line is open",
        "Northwind Rail",
        "spokesperson",
        "a spokesperson for a named organisation",
    ),
    _case(
        SPOKESPERSON,
        "Merrow Water restored supplies.\n\n“We are sorry,” a spokesperson said.",
        "We are sorry",
        "Merrow Water",
        "spokesperson",
        "a bare spokesperson speaks for the article's organisation",
    ),
    _case(
        SPOKESPERSON,
        "Merrow Water restored supplies.\n\nA spokesperson said: “We are sorry.”",
        "We are sorry",
        "Merrow Water",
        "spokesperson",
        "a spokesperson before the quote",
    ),
    _case(
        SPOKESPERSON,
        "Merrow Water restored supplies. “We are sorry,” said a spokesman for the utility.",
        "We are sorry",
        "Merrow Water",
        "spokesperson",
        "a spokesman for the utility",
    ),
    _case(
        SPOKESPERSON,
        "Orvale cut jobs.\n\n“No more cuts,” the Orvale spokesperson added.",
        "No more cuts",
        "Orvale",
        "spokesperson",
        "the named organisation's spokesperson",
    ),
    _case(
        SPOKESPERSON,
        "The weather turned.\n\n“Stay home,” a spokesperson said.",
        "Stay home",
        None,
        "spokesperson",
        "a spokesperson with no organisation in the article",
    ),
    _case(
        SPOKESPERSON,
        "Ferrow City Council closed the road.\n\n“It is unsafe,” the council spokesman said.",
        "It is unsafe",
        "Ferrow City Council",
        "spokesperson",
        "the council spokesman",
    ),
    # ---- a body named for its remit and a place, or a chamber of trade
    _case(
        SPOKESPERSON,
        "Night buses in Wexdale will stop at midnight from June.\n\n"
        "A spokeswoman for Transport for Wexdale said: “Fewer than forty people a night "
        "use the late routes.”",
        "Fewer than forty people",
        "Transport for Wexdale",
        "spokesperson",
        "'Transport for <place>': a remit and a place name one body, not the place",
    ),
    _case(
        PRONOUN,
        "Night buses in Wexdale will stop at midnight from June.\n\n"
        "A spokesman for Transport for Wexdale said the routes were “too costly to run”.\n\n"
        "“Fewer than forty people a night use them,” he said.",
        "Fewer than forty people",
        "Transport for Wexdale",
        "pronoun",
        "'he' after a spokesman for 'Transport for <place>': the whole body",
    ),
    _case(
        NONE,
        "Traders in Ossby say the new parking fees will empty the high street.\n\n"
        "Ossby Chamber of Commerce has given us this statement:\n\n"
        "“Charging on Sundays will send families to the retail park instead.”",
        "Charging on Sundays",
        "Ossby Chamber of Commerce",
        "named",
        "a chamber of commerce is one body: its name runs on past 'of'",
    ),
    _case(
        NAMED,
        "The Minister of Health for Wexdale, Ana Pellow, opened the ward.\n\n"
        "“This ward will serve the whole valley,” Pellow said.",
        "This ward will serve",
        "Ana Pellow",
        "named",
        "near miss: a portfolio after 'Minister of' is a post, not a body's first word",
    ),
    _case(
        NAMED,
        "The council chamber was full for the vote on Tuesday.\n\n"
        "“We will not pay to park outside our own shops,” said trader Ena Colbert.",
        "We will not pay",
        "Ena Colbert",
        "named",
        "near miss: a council chamber is a room, no speaker",
    ),
    # -- a spokesperson's body by its short name, named in full before ----------------
    _case(
        SPOKESPERSON,
        "Rival side Marlow Kestrels, who had lodged the complaint, welcomed the ruling.\n\n"
        "“The rules mean nothing unless they bite,” a Kestrels spokesperson said.",
        "The rules mean nothing",
        "Marlow Kestrels",
        "spokesperson",
        "a club's short name before 'spokesperson': the club as the article named it",
    ),
    _case(
        SPOKESPERSON,
        "Grendon Vale Hospitals Trust opened the ward.\n\n"
        "“It will help thousands,” a Trust spokesman said.",
        "It will help thousands",
        "Grendon Vale Hospitals Trust",
        "spokesperson",
        "a body's last word before 'spokesman': the body named in full",
    ),
    _case(
        SPOKESPERSON,
        "The Kestrels beat Marlow on Saturday.\n\n"
        "“It was a fair result,” a Kestrels spokesperson said.",
        "It was a fair result",
        "Kestrels",
        "spokesperson",
        "near miss: a short name never given in full stays as written",
    ),
    _case(
        SPOKESPERSON,
        "Marlow Kestrels beat Penhale Kestrels in the final.\n\n"
        "“The rules mean nothing unless they bite,” a Kestrels spokesperson said.",
        "The rules mean nothing",
        None,
        "spokesperson",
        "near miss: two bodies end in the short name, so it picks neither",
    ),
    # -- capitalised words that are not speakers --------------------------------------
    _case(
        NOT_SPEAKERS,
        "Vantor showed its Spring/Summer 2024 collection in Paris. Designer Elsa Varn took a "
        "bow.\n\n"
        "“It is about light,” she said.",
        "It is about light",
        "Elsa Varn",
        "pronoun",
        "a season is not a speaker",
    ),
    _case(
        NOT_SPEAKERS,
        "Storm Maribel flooded 300 homes. Council leader Ines Varga visited on Monday.\n\n"
        "“I am sorry,” she said.",
        "I am sorry",
        "Ines Varga",
        "pronoun",
        "a named storm is not a speaker",
    ),
    _case(
        NOT_SPEAKERS,
        "Ines Varga visited on Monday. Storm Maribel flooded 300 homes.\n\n“We are sorry,” it "
        "said.",
        "We are sorry",
        None,
        "pronoun",
        "it: a storm is not an organisation",
    ),
    _case(
        NOT_SPEAKERS,
        "Rita Ilbury cited Harlow v. Dent.\n\n“The law is clear,” she said.",
        "The law is clear",
        "Rita Ilbury",
        "pronoun",
        "a court case is not a referent",
    ),
    _case(
        NOT_SPEAKERS,
        "Calloway Foods, the Quarby-based bakery, recalled the bars.\n\n“We are sorry,” it added.",
        "We are sorry",
        "Calloway Foods",
        "pronoun",
        "a compound modifier is not an organisation",
    ),
    _case(
        NOT_SPEAKERS,
        "Flood defences on the Eastmoor estate failed.\n\n“We are sorry,” the council said.\n\n"
        "Ferrow City Council runs them.",
        "We are sorry",
        None,
        "description",
        "a place modifying a noun is not the council",
    ),
    _case(
        NOT_SPEAKERS,
        "Ferrow City Council met. Flood defences on the Eastmoor estate failed.\n\n"
        "“We are sorry,” the council said.",
        "We are sorry",
        "Ferrow City Council",
        "description",
        "the council, not the estate",
    ),
    _case(
        NOT_SPEAKERS,
        "Was it courage or a PR stunt? Dana Pike’s post drew praise.\n\n"
        "“I own this,” the post said.",
        "I own this",
        "Dana Pike",
        "statement",
        "a PR stunt is not a speaker",
    ),
    _case(
        NOT_SPEAKERS,
        "Residents of Tanhouse Lane were evacuated. Fire officer Gail Storrow led the rescue.\n\n"
        "“It was hard,” she said.",
        "It was hard",
        "Gail Storrow",
        "pronoun",
        "a street is not a person",
    ),
    _case(
        NOT_SPEAKERS,
        "Fire officer Gail Storrow led the rescue on Tanhouse Lane.\n\n“It was hard,” she said.",
        "It was hard",
        "Gail Storrow",
        "pronoun",
        "a street after the person is not a referent",
    ),
    _case(
        NOT_SPEAKERS,
        "The River Wend burst its banks. Mayor Lotte Viran was there.\n\n“It was awful,” she said.",
        "It was awful",
        "Lotte Viran",
        "pronoun",
        "a river is not a person",
    ),
    _case(
        NOT_SPEAKERS,
        "Lotte Viran was there when the Wend burst its banks.\n\n“It was awful,” she said.",
        "It was awful",
        "Lotte Viran",
        "pronoun",
        "a river's short name is not a person",
    ),
    _case(
        NOT_SPEAKERS,
        "Ivo Lenz lost to Tollen Rangers on Saturday.\n\n“We were robbed,” he said.",
        "We were robbed",
        "Ivo Lenz",
        "pronoun",
        "an opposing club is not he",
    ),
    _case(
        NOT_SPEAKERS,
        "Tallis Moore posted the news.\n\n“I need rest,” she wrote on Instagram.",
        "I need rest",
        "Tallis Moore",
        "pronoun",
        "a platform after the verb is not the speaker",
    ),
    _case(
        NOT_SPEAKERS,
        "Tallis Moore cancelled the Paper Harbour tour.\n\n“I am sorry,” she said.",
        "I am sorry",
        "Tallis Moore",
        "pronoun",
        "a tour name is not a person",
    ),
    _case(
        NOT_SPEAKERS,
        "In January, Tallis Moore cancelled the tour.\n\n“I am sorry,” she said.",
        "I am sorry",
        "Tallis Moore",
        "pronoun",
        "a month is not a person",
    ),
    _case(
        NOT_SPEAKERS,
        "“I am sorry,” the Tallis Moore fan said. Fan clubs met in Leeds.",
        "I am sorry",
        None,
        "description",
        "a name modifying 'fan' is not the speaker",
    ),
    _case(
        NOT_SPEAKERS,
        "Dana Pike sold Orvale Beam, the dashboard, in 2021.\n\n“It was time,” she said.",
        "It was time",
        "Dana Pike",
        "pronoun",
        "a product is not she",
    ),
    _case(
        NOT_SPEAKERS,
        "Hurricane Ada hit the coast. Governor Rosa Teague toured the damage.\n\n"
        "“We will rebuild,” she said.",
        "We will rebuild",
        "Rosa Teague",
        "pronoun",
        "a hurricane is not a person",
    ),
    _case(
        NOT_SPEAKERS,
        "Operation Lantern ended on Monday. Detective Sam Orrey led it.\n\n“We got them,” he said.",
        "We got them",
        "Sam Orrey",
        "pronoun",
        "a named operation is not a person",
    ),
    # -- a tabloid's shouted first word is no name ----------------------------------------
    _case(
        NOT_SPEAKERS,
        "POP star Lia Venn has hit back at trolls who mocked her festival outfit.\n\n"
        "The singer, 27, wore a sequinned jumpsuit on stage at Harrowfield.\n\n"
        "The star’s spokesperson said: “Lia had a wonderful night and thanks her fans.”",
        "Lia had a wonderful night",
        None,
        None,
        "'POP star Lia Venn': the shouted first word is no body her spokesperson speaks for",
    ),
    _case(
        NOT_SPEAKERS,
        "TELLY favourite Marnie Quell has hit back at critics of her new show.\n\n"
        "The star’s spokesperson said: “Marnie is proud of the show and thanks every viewer.”",
        "Marnie is proud",
        None,
        None,
        "'TELLY favourite Marnie Quell': a shouted common word before a described name",
    ),
    _case(
        SPOKESPERSON,
        "FIFA officials confirmed the draw would go ahead in Doha.\n\n"
        "“We are ready,” the spokesman said.",
        "We are ready",
        "FIFA",
        "spokesperson",
        "near miss: a body in capitals before a plural noun, no name after, stays a body",
    ),
    _case(
        SPOKESPERSON,
        "UEFA delegate Ivo Lenz has left the meeting early.\n\n"
        "“He had a flight to catch,” a UEFA spokesman said.",
        "He had a flight",
        "UEFA",
        "spokesperson",
        "near miss: a word in capitals the article writes again is a body's name",
    ),
    # -- embedded posts and inline copies ---------------------------------------------
    _case(
        POSTS,
        "Fans rallied.\n\nRest up, we will wait for you — Mags (@magsfan) March 3, 2024\n\nMore "
        "follows.",
        "Rest up",
        "Mags",
        "post",
        "an embedded post's signature names its author",
    ),
    _case(
        POSTS,
        "Ines Varga posted on Sunday.\n\nWe got it wrong and I am sorry. — Ines Varga (@inesvarga) "
        "November 16, 2025",
        "We got it wrong",
        "Ines Varga",
        "post",
        "a post by someone named in the story",
    ),
    _case(
        POSTS,
        "Ines Varga posted on Sunday.\n\nWe got it wrong and I am sorry. — Ines Varga (@inesvarga) "
        "November 16, 2025\n\n“We will review it,” she said later.",
        "We will review it",
        "Ines Varga",
        "pronoun",
        "the post's author is who 'she' refers to after it",
    ),
    _case(
        POSTS,
        "Fans rallied. One fan wrote, “rest up, we will wait.”\n\nrest up, we will wait. — Mags "
        "(@magsfan) March 3, 2024",
        "rest up, we will wait.",
        "Mags",
        "post",
        "an inline copy of a post takes the post's author",
    ),
    _case(
        DESCRIPTION,
        "Dorvan Motors cut its forecast on Monday.\n\nAnalysts at Brockway Bank were unimpressed."
        "\n\n“We remain confident,” the company said.",
        "We remain confident",
        "Dorvan Motors",
        "description",
        "the company: the article's company, not the bank named last",
    ),
    _case(
        PRONOUN,
        "Mara Lind runs Dorvan Motors.\n\n“The guidance is vague,” said Tom Reyes, an analyst "
        "at the "
        "bank.\n\n“It will take a year,” he added.",
        "It will take a year",
        "Tom Reyes",
        "pronoun",
        "an appositive 'an analyst at the bank' makes a person, not a bank",
    ),
    _case(
        SPOKESPERSON,
        "Software company Orvale cut 400 jobs.\n\n“No more cuts,” a company spokesperson said.",
        "No more cuts",
        "Orvale",
        "spokesperson",
        "a capitalised word before 'company Orvale' is not an organisation",
    ),
    _case(
        DESCRIPTION,
        "Hollis Parfitt, 61, runs the orchard. Coach Brenna Quaife disagreed.\n\n"
        "“The harvest matters more,” the 61-year-old said.",
        "The harvest matters more",
        "Hollis Parfitt",
        "description",
        "an age description: the person given that age, not the person named last",
    ),
    _case(
        DESCRIPTION,
        "Coach Brenna Quaife spoke first. Veteran 61-year-old Hollis Parfitt followed.\n\n"
        "Quaife left early.\n\n“The harvest matters more,” the 61-year-old said.",
        "The harvest matters more",
        "Hollis Parfitt",
        "description",
        "an age written before the name",
    ),
    _case(
        NONE,
        "Patients were moved overnight.\n\nThe Wend General Hospital’s statement in full:\n\n"
        "“Our staff worked through the night.”",
        "Our staff worked",
        "Wend General Hospital",
        "statement",
        "a multi-word organisation's statement printed in full",
    ),
    _case(
        NONE,
        "Pupils were sent home early.\n\nSchool principal Rafe Draycott later released a statement "
        "that read:\n\n“We will reopen on Monday.”",
        "We will reopen",
        "Rafe Draycott",
        "introduction",
        "the subject is the person, not the common word before the title",
    ),
    # -- general rules of news English: role nouns, spokespeople, documents ------
    _case(
        DESCRIPTION,
        "Toymaker Brindle has recalled 40,000 kites after reports of injuries.\n\n“Safety "
        "comes first,” the toymaker said in a statement.",
        "Safety comes first",
        "Brindle",
        "description",
        "a role noun before an organisation's name types it; the role noun later refers to it",
    ),
    _case(
        DESCRIPTION,
        "Software firm Ostrel lost the contract on Tuesday.\n\nAnalysts expected the "
        "decision.\n\n“We are disappointed,” the firm said.",
        "We are disappointed",
        "Ostrel",
        "description",
        "software firm Ostrel ... the firm",
    ),
    _case(
        DESCRIPTION,
        "Cody Marsh left school at 16. The label he signed with, Quarry Lane Records, "
        "said the album was delayed.\n\n“The release will follow in spring,” the record "
        "label said.",
        "The release will",
        "Quarry Lane Records",
        "description",
        "appositive org after role noun 'the label', later 'the record label'",
    ),
    _case(
        DESCRIPTION,
        "Carmaker Voss Motors will cut 300 jobs at its Ardley plant.\n\nUnions said they "
        "were shocked.\n\n“This was a difficult decision,” the carmaker said.",
        "This was a difficult",
        "Voss Motors",
        "description",
        "carmaker before the name, later 'the carmaker'",
    ),
    _case(
        DESCRIPTION,
        "Retailer Pennyway has closed 12 stores.\n\n“Trading has been tough,” the retailer said.",
        "Trading has been",
        "Pennyway",
        "description",
        "retailer Pennyway ... the retailer",
    ),
    _case(
        DESCRIPTION,
        "Energy supplier Gridwell raised its prices again.\n\nCustomers complained "
        "online.\n\n“Wholesale costs have risen,” the supplier said.",
        "Wholesale costs",
        "Gridwell",
        "description",
        "last word of a compound role noun matches",
    ),
    _case(
        NONE,
        "Organisers of the Kelby Food Fair have cancelled this year's event because of "
        "flooding.\n\nA notice on the fair's website said:\n\n“We are heartbroken to cancel.”",
        "We are heartbroken",
        "Kelby Food Fair",
        "statement",
        "organisers of X speak for X",
    ),
    _case(
        SPOKESPERSON,
        "Farmers have waited months for payments.\n\nA Ministry for Rural Affairs "
        "spokeswoman said: “Payments will be made this week.”",
        "Payments will",
        "Ministry for Rural Affairs",
        "spokesperson",
        "an org name with 'for' before spokeswoman",
    ),
    _case(
        SPOKESPERSON,
        "Waiting lists grew again in May.\n\nA Department of Health and Care spokesperson "
        "said: “We are investing in more staff.”",
        "We are investing",
        "Department of Health and Care",
        "spokesperson",
        "an org name with 'of' and 'and' before spokesperson",
    ),
    _case(
        SPOKESPERSON,
        "The line closed on Friday.\n\n“Repairs are under way,” a Network for Rail and "
        "Roads spokesman said.",
        "Repairs are under",
        "Network for Rail and Roads",
        "spokesperson",
        "after the quote, an org name with 'for' and 'and'",
    ),
    _case(
        DESCRIPTION,
        "Harlow Town manager Ben Ekwueme praised his players. Crowmarsh boss Ada Fenn was "
        "less happy.\n\n“We deserved it,” the Harlow boss added.",
        "We deserved it",
        "Ben Ekwueme",
        "description",
        "the modifier picks the manager of Harlow, not the other boss",
    ),
    _case(
        DESCRIPTION,
        "Crowmarsh boss Ada Fenn was unhappy. Harlow Town manager Ben Ekwueme praised his "
        "players.\n\n“It was a penalty,” the Crowmarsh boss said.",
        "It was a penalty",
        "Ada Fenn",
        "description",
        "the modifier picks the earlier, less recent boss",
    ),
    _case(
        DESCRIPTION,
        "Kestrel Bank chief executive Mara Holt defended the bonus. Finlow Group chief "
        "executive Tom Idris declined to comment.\n\n“Talent costs money,” the Kestrel boss "
        "said.",
        "Talent costs money",
        "Mara Holt",
        "description",
        "boss ~ chief executive; modifier matches Kestrel",
    ),
    _case(
        DESCRIPTION,
        "MPs questioned the education secretary, Lorna Vickers, about school "
        "budgets.\n\n“Every school will get more,” the minister replied.",
        "Every school",
        "Lorna Vickers",
        "description",
        "a secretary of state is a minister",
    ),
    _case(
        DESCRIPTION,
        "Shares in Palvo fell after its chief operating officer, Amit Rao, resigned.\n\n“I "
        "leave with pride,” the executive said.",
        "I leave with pride",
        "Amit Rao",
        "description",
        "a chief operating officer is an executive",
    ),
    _case(
        DESCRIPTION,
        "Housing minister Dara Quill visited the estate on Monday.\n\n“These homes are "
        "unacceptable,” the minister said.",
        "These homes",
        "Dara Quill",
        "description",
        "housing minister ... the minister",
    ),
    _case(
        DESCRIPTION,
        "The health secretary, Owen Prowe, announced the plan in parliament.\n\nDoctors "
        "welcomed it.\n\n“This is a turning point,” the minister said.",
        "This is a turning",
        "Owen Prowe",
        "description",
        "health secretary ... the minister",
    ),
    _case(
        PRONOUN,
        "Nurse manager Hilda Marsh has run the ward for 20 years. Hilda Marsh said the "
        "ward was full. Ms Marsh praised her team.\n\nThe centre's head nurse, Petra Lind, "
        "added that staff were exhausted. “We cannot go on,” she said.",
        "We cannot go on",
        "Petra Lind",
        "pronoun",
        "the subject of the previous sentence beats the salient woman",
    ),
    _case(
        PRONOUN,
        "Dr Ana Ruiz founded the clinic. Ana Ruiz said she was proud. Ruiz thanked "
        "donors.\n\nThe clinic's finance director, Maria Ostby, warned that money was "
        "short.\n\n“We have six months,” she said.",
        "We have six months",
        "Maria Ostby",
        "pronoun",
        "a pronoun opening the next paragraph takes the previous sentence's subject",
    ),
    _case(
        PRONOUN,
        "Tom Hale owns the mill. Mr Hale said he would stay. Hale has lived here for "
        "years.\n\nHis neighbour, Jon Pratt, said the noise was constant. “I cannot sleep,” "
        "he said.",
        "I cannot sleep",
        "Jon Pratt",
        "pronoun",
        "appositive subject beats salient man",
    ),
    _case(
        NONE,
        "Organisers of the Wrenfield Music Festival cancelled Saturday's shows after a "
        "storm.\n\nHere is the statement in full:\n\n“We are sorry to everyone who "
        "travelled.”",
        "We are sorry",
        "Wrenfield Music Festival",
        "introduction",
        "statement in full with no issuer: the org the story is about",
    ),
    _case(
        NONE,
        "The Bramley Arts Festival has been cancelled. Tickets will be refunded, the "
        "festival's website said.\n\nThe statement, posted on its website, read:\n\n“Safety "
        "must come first.”",
        "Safety must",
        "Bramley Arts Festival",
        "statement",
        "the statement posted on its website: the salient org",
    ),
    _case(
        STATEMENT,
        "In the letter, seen by the Harbour Times, Dr Ivo Banks says the hospital is "
        "failing.\n\n“Patients wait for hours,” the letter reads.",
        "Patients wait",
        "Ivo Banks",
        "statement",
        "the letter's writer; the outlet that saw it never speaks",
    ),
    _case(
        STATEMENT,
        "In the letter, seen by the Harbour Times, Dr Ivo Banks says the hospital is "
        "failing.\n\n“Patients wait for hours,” the letter reads.\n\nIt goes on: “Staff are "
        "at breaking point.”",
        "Staff are at",
        "Ivo Banks",
        "pronoun",
        "it goes on: the letter, whose writer is Ivo Banks",
    ),
    _case(
        STATEMENT,
        "In an email seen by the Daily Ledger, Sara Bloom tells staff the office will "
        "close.\n\n“This is not a decision I take lightly,” the email says.",
        "This is not a decision",
        "Sara Bloom",
        "statement",
        "the email's writer, not the outlet",
    ),
    _case(
        STATEMENT,
        "The Lenmoor Water Authority has banned hosepipes. Resident Kai Dunn said in an "
        "emailed statement that he was angry. In a statement, the authority said it would "
        "review the ban weekly.\n\n“Reservoirs are low,” the statement said.",
        "Reservoirs are low",
        "Lenmoor Water Authority",
        "statement",
        "the most recent statement's issuer, resolved to its organisation",
    ),
    _case(
        STATEMENT,
        "The Dunmore Housing Trust apologised to tenants. Tenant Lia Kerr said in a "
        "statement she wanted answers. In a statement, the trust said repairs would "
        "begin.\n\n“We have let tenants down,” the statement added.",
        "We have let",
        "Dunmore Housing Trust",
        "statement",
        "the trust's statement is the most recent",
    ),
    _case(
        DESCRIPTION,
        "Drugmaker Pellion said its trial had failed.\n\nShares fell 20%.\n\n“We will learn "
        "from this,” the drugmaker said.",
        "We will learn",
        "Pellion",
        "description",
        "drugmaker Pellion ... the drugmaker",
    ),
    _case(
        DESCRIPTION,
        "Airline Skerra cancelled 80 flights on Friday because of a strike by "
        "pilots.\n\n“We apologise to passengers,” the airline said.",
        "We apologise",
        "Skerra",
        "description",
        "airline Skerra ... the airline",
    ),
    _case(
        DESCRIPTION,
        "The singer's new album is out on Friday through Pale Harbour Music, the label he "
        "joined in 2019.\n\n“It is his best work,” the label said.",
        "It is his best",
        "Pale Harbour Music",
        "description",
        "an org named, then described by an appositive role noun",
    ),
    _case(
        DESCRIPTION,
        "Insurer Calloway Mutual will refund customers who were overcharged.\n\n“We got "
        "this wrong,” the insurer said.",
        "We got this",
        "Calloway Mutual",
        "description",
        "insurer before a two-word name",
    ),
    _case(
        DESCRIPTION,
        "Budget chain Larkspur Hotels closed three sites. Staff were told on "
        "Monday.\n\n“The sites were losing money,” the chain said.",
        "The sites were",
        "Larkspur Hotels",
        "description",
        "lower-case role noun before the name",
    ),
    _case(
        NONE,
        "Organisers of the Tarnby Half Marathon have moved the race to October.\n\nIn a "
        "statement, they said:\n\n“The heat is too dangerous for runners.”",
        "The heat is",
        "Tarnby Half Marathon",
        "pronoun",
        "organisers of an event speak for it",
    ),
    _case(
        SPOKESPERSON,
        "Three inmates escaped on Sunday.\n\n“An investigation is under way,” a Prison "
        "Service of Wendmark spokesperson said.",
        "An investigation",
        "Prison Service of Wendmark",
        "spokesperson",
        "an org name with 'of' and a place",
    ),
    _case(
        SPOKESPERSON,
        "The bridge will close for a month.\n\nAn Office for Roads and Bridges spokesman "
        "said: “Safety work cannot wait.”",
        "Safety work",
        "Office for Roads and Bridges",
        "spokesperson",
        "'An' before a multi-word org",
    ),
    _case(
        DESCRIPTION,
        "Ossel Rovers coach Sal Mendes was sent off. Blackpike United manager Jo Kemp "
        "stayed calm.\n\n“The referee was poor,” the Ossel coach said.",
        "The referee was",
        "Sal Mendes",
        "description",
        "modifier matches the coach of Ossel",
    ),
    _case(
        DESCRIPTION,
        "Ossel Rovers coach Sal Mendes was sent off. Blackpike United manager Jo Kemp "
        "stayed calm.\n\n“We kept our heads,” the Blackpike boss said.",
        "We kept our",
        "Jo Kemp",
        "description",
        "the Blackpike boss is its manager, not the coach named just before",
    ),
    _case(
        DESCRIPTION,
        "Tarrow Bank chief executive Lena Voss and Drummond Group chief Ray Aske met on "
        "Monday.\n\n“The talks were useful,” the Drummond boss said.",
        "The talks were",
        "Ray Aske",
        "description",
        "two executives in one sentence; the modifier chooses",
    ),
    _case(
        DESCRIPTION,
        "Questions were put to the foreign secretary, Hal Brennock, in the Commons.\n\n“Our "
        "position is clear,” the minister said.",
        "Our position",
        "Hal Brennock",
        "description",
        "a foreign secretary is a minister",
    ),
    _case(
        DESCRIPTION,
        "The company's chief executive, Nia Oduya, said profits rose.\n\nInvestors were "
        "pleased.\n\n“We have a strong year ahead,” the executive added.",
        "We have a strong",
        "Nia Oduya",
        "description",
        "a chief executive is the executive",
    ),
    _case(
        DESCRIPTION,
        "Culture minister Peter Alsop opened the gallery.\n\n“Art belongs to everyone,” the "
        "secretary of state said.",
        "Art belongs",
        "Peter Alsop",
        "description",
        "a minister called the secretary of state",
    ),
    _case(
        DESCRIPTION,
        "The club sacked manager Ivo Petrak on Sunday.\n\n“I am sad to leave,” the former "
        "boss said.",
        "I am sad",
        "Ivo Petrak",
        "description",
        "former boss is the manager just sacked",
    ),
    _case(
        PRONOUN,
        "Carla Benn ran the shelter for a decade. Carla Benn said she loved it. Ms Benn "
        "retired last year.\n\nHer successor, Judith Orme, said donations had halved. “We "
        "are struggling,” she said.",
        "We are struggling",
        "Judith Orme",
        "pronoun",
        "a possessive appositive subject beats the salient woman",
    ),
    _case(
        PRONOUN,
        "Mr Haskell has led the union since 2010. Haskell said he would stand again.\n\nThe "
        "union's treasurer, Owen Blythe, warned that funds were low.\n\n“We cannot afford a "
        "long strike,” he said.",
        "We cannot afford",
        "Owen Blythe",
        "pronoun",
        "treasurer appositive subject in the previous paragraph",
    ),
    _case(
        PRONOUN,
        "Kemi Adair founded the charity. Adair said she was proud of it.\n\nIts director, "
        "Sam Rhee, added that demand had doubled. “We need more volunteers,” she said.",
        "We need more",
        "Sam Rhee",
        "pronoun",
        "unknown gender fits; the appositive subject is recent",
    ),
    _case(
        NONE,
        "The Hollin Jazz Festival has been called off. Ticket holders will be refunded, "
        "the festival's website said.\n\nHere is the statement in full:\n\n“We are "
        "devastated.”",
        "We are devastated",
        "Hollin Jazz Festival",
        "introduction",
        "statement in full after sentences about the festival",
    ),
    _case(
        NONE,
        "Gannet Ferries has suspended its Isle of Rum route. Passengers were stranded for "
        "hours.\n\nThe full statement reads:\n\n“We apologise for the disruption.”",
        "We apologise for",
        "Gannet Ferries",
        "statement",
        "the full statement reads: the company the article is about",
    ),
    _case(
        STATEMENT,
        "In a letter seen by the Wexford Courier, Professor Anya Lund tells the board she "
        "will resign.\n\n“I can no longer support the plan,” the letter says.",
        "I can no longer",
        "Anya Lund",
        "statement",
        "the letter's writer, not the outlet that saw it",
    ),
    _case(
        STATEMENT,
        "In an interview with Radio Dunmere, Mayor Tessa Hale defended the budget. In a "
        "letter to residents, seen by the Dunmere Echo, she says cuts are needed.\n\n“We "
        "must balance the books,” the letter reads.",
        "We must balance",
        "Tessa Hale",
        "statement",
        "the outlet in 'seen by' and 'interview with' is never a speaker",
    ),
    _case(
        STATEMENT,
        "In the memo, obtained by the Capital Ledger, chief executive Rob Hanley tells "
        "managers to cut costs.\n\n“Every pound counts,” the memo says.\n\nIt continues: “We "
        "will review spending weekly.”",
        "We will review",
        "Rob Hanley",
        "pronoun",
        "it continues after the memo: the memo's writer",
    ),
    _case(
        STATEMENT,
        "The Corby Rail Authority has cut services. Commuter Dev Lal said in an emailed "
        "statement that he was furious. In a statement, the authority said it would "
        "restore trains in May.\n\n“We thank passengers for their patience,” the statement "
        "said.",
        "We thank passengers",
        "Corby Rail Authority",
        "statement",
        "the latest statement is the authority's",
    ),
    _case(
        STATEMENT,
        "Fenwick Council has closed the library. Campaigner Rhys Dale said in a statement "
        "that he would fight it. In a statement, the council said it had no "
        "choice.\n\n“Budgets are tight,” the statement said.",
        "Budgets are tight",
        "Fenwick Council",
        "statement",
        "the council's statement, not the campaigner's earlier one",
    ),
    _case(
        PRONOUN,
        "Fenwick Council closed the library. Jo Bell was angry.\n\n“We had no choice,” a "
        "council spokeswoman said. “Budgets are tight,” she added.",
        "Budgets are tight",
        "Fenwick Council",
        "pronoun",
        "she after a spokeswoman's quote is the spokeswoman, speaking for the council",
    ),
    _case(
        PRONOUN,
        "Dorvan Motors will shut its Ardley plant.\n\nA spokesman for Dorvan Motors said: "
        "“The plant is too old.”\n\nHe added: “Staff will be offered other roles.”",
        "Staff will be",
        "Dorvan Motors",
        "pronoun",
        "he opening the next paragraph after a spokesman's quote",
    ),
    _case(
        PRONOUN,
        "Sales at Corvell Software fell. Mara Lind, the chief executive, wrote to staff.\n\n"
        "“Growth slowed,” a company spokesperson said.\n\n“I got it wrong,” she wrote.",
        "I got it wrong",
        "Mara Lind",
        "pronoun",
        "a genderless spokesperson is not she: the named woman is",
    ),
    _case(
        DESCRIPTION,
        "Publisher Hartwell Books has dropped the memoir. The author, Jem Soto, is "
        "furious.\n\n“The book was never fact-checked,” the publisher said.",
        "The book was",
        "Hartwell Books",
        "description",
        "publisher before the name; an author named between",
    ),
    _case(
        DESCRIPTION,
        "Streamer Flickbox has cancelled the show after one season.\n\n“We are proud of "
        "it,” the streamer said.",
        "We are proud",
        "Flickbox",
        "description",
        "streamer Flickbox",
    ),
    _case(
        DESCRIPTION,
        "Regulator Ofwend fined the company £2m. The firm, Dunlin Water, "
        "apologised.\n\n“We accept the fine,” the water company said.",
        "We accept the fine",
        "Dunlin Water",
        "description",
        "the water company is the firm named, not the regulator",
    ),
    _case(
        DESCRIPTION,
        "Lowmoor coach Pia Drent was happy. Eastcliff manager Sam Orr was not.\n\n“We "
        "were robbed,” the Eastcliff manager said.",
        "We were robbed",
        "Sam Orr",
        "description",
        "exact title plus modifier",
    ),
    _case(
        DESCRIPTION,
        "Lowmoor coach Pia Drent was happy. Eastcliff manager Sam Orr was not.\n\n“We "
        "deserved three points,” the Lowmoor manager said.",
        "We deserved three",
        "Pia Drent",
        "description",
        "kindred title with modifier beats the exact title without it",
    ),
    _case(
        PRONOUN,
        "Mayor Tilda Crane opened the bridge. Crane said she was delighted.\n\nThe town's "
        "engineer, Rosa Miel, said the work took two years.\n\n“It was a huge job,” she "
        "said.",
        "It was a huge",
        "Rosa Miel",
        "pronoun",
        "appositive subject of the previous paragraph",
    ),
    _case(
        STATEMENT,
        "In an email seen by the Vale Gazette, the head teacher, Omar Sayed, tells "
        "parents the school will close early.\n\n“This is for safety,” the email says.",
        "This is for safety",
        "Omar Sayed",
        "statement",
        "appositive writer of the email; outlet excluded",
    ),
    _case(
        STATEMENT,
        "Lenholm Council told the Vale Gazette it would review the decision. In a "
        "statement, the council said it regretted the closure.\n\n“We understand the "
        "anger,” the statement said.",
        "We understand",
        "Lenholm Council",
        "statement",
        "told the X: the council, not the paper",
    ),
    _case(
        NONE,
        "The Brackwater Book Festival has been postponed. Organisers blamed the "
        "storm.\n\nThe statement in full:\n\n“We will be back in spring.”",
        "We will be back",
        "Brackwater Book Festival",
        "statement",
        "statement in full; the festival is what the article is about",
    ),
    # -- across genres: sport, celebrity, business, court, politics, live blogs, wire ---
    # ---- sport
    _case(
        DESCRIPTION,
        "Kestrel Rovers manager Dan Hollis was furious after the 2-1 defeat at Harlow.\n\n"
        "“We were robbed in the last minute,” the Kestrels boss said.",
        "We were robbed",
        "Dan Hollis",
        "description",
        "a nickname modifier before 'boss' that nobody was titled with is ignored",
    ),
    _case(
        DESCRIPTION,
        "Striker Leon Achterberg, 29, scored twice as Harlow Town beat Crowmarsh.\n\n"
        "The 29-year-old, who joined from Kestrel Rovers in the summer, said: “I feel at home "
        "here.”",
        "I feel at home",
        "Leon Achterberg",
        "description",
        "an age description with a relative clause before the verb",
    ),
    _case(
        NAMED,
        "Harlow Town beat Crowmarsh 3-0 on Saturday.\n\n"
        "Speaking after the game, Ben Ekwueme said: “The lads were superb.”",
        "The lads were superb",
        "Ben Ekwueme",
        "named",
        "a fronted participle clause before the named speaker",
    ),
    _case(
        NAMED,
        "Harlow Town beat Crowmarsh 3-0.\n\nEkwueme told BBC Radio Harlow: “We deserved it.”",
        "We deserved it",
        "Ekwueme",
        "named",
        "the outlet after 'told' is the listener, not the speaker",
    ),
    _case(
        PRONOUN,
        "Ben Ekwueme praised midfielder Tom Reid after the win. “He was everywhere today,” "
        "he said.",
        "He was everywhere",
        "Ben Ekwueme",
        "pronoun",
        "he is the subject of the previous sentence, not its object",
    ),
    _case(
        PRONOUN,
        "Harlow manager Ben Ekwueme was full of praise for his side.\n\n"
        "Crowmarsh boss Ada Fenn was less happy. “We were second best,” she said.",
        "We were second best",
        "Ada Fenn",
        "pronoun",
        "the opposite number introduced in the sentence before",
    ),
    _case(
        DESCRIPTION,
        "Leon Achterberg scored twice for Harlow Town.\n\n"
        "Speaking to BBC Sport, the striker said: “It was a special night.”",
        "It was a special night",
        "Leon Achterberg",
        "description",
        "a description after a fronted 'Speaking to OUTLET' clause",
    ),
    _case(
        NAMED,
        "“I have never felt better,” Achterberg, 29, told Sky Sports.",
        "I have never felt",
        "Achterberg",
        "named",
        "an age appositive between name and verb",
    ),
    _case(
        DESCRIPTION,
        "Ada Fenn has been in charge of Crowmarsh since 2021.\n\n"
        "“We have to respond,” the Crowmarsh boss told reporters.",
        "We have to respond",
        "Ada Fenn",
        "description",
        "a club modifier before 'boss' for a person who was never given a title",
    ),
    # ---- entertainment
    _case(
        PRONOUN,
        "Tallis Moore has announced a break from music.\n\n"
        "She captioned the post: “Taking some time for me.”",
        "Taking some time",
        "Tallis Moore",
        "pronoun",
        "captioned is a speech verb in celebrity news",
    ),
    _case(
        NAMED,
        "Tallis Moore has announced a break from music.\n\n"
        "Taking to Instagram, Moore wrote: “Taking some time for me.”",
        "Taking some time",
        "Tallis Moore",
        "named",
        "'Taking to Instagram' before the named writer",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore has announced a break from music.\n\n"
        "Posting on X, formerly Twitter, the singer wrote: “I need to rest.”",
        "I need to rest",
        "Tallis Moore",
        "description",
        "the platform name X is not a speaker",
    ),
    _case(
        NAMED,
        "Tallis Moore shared a video with fans on Sunday.\n\n"
        "In the clip, Moore says: “I love you all.”",
        "I love you all",
        "Tallis Moore",
        "named",
        "a fronted 'In the clip' before the speaker",
    ),
    _case(
        NONE,
        "Tallis Moore has split from her partner.\n\n"
        "A source close to the star told the Daily Ledger: “They are still friends.”",
        "They are still friends",
        None,
        None,
        "an anonymous source is nobody's name",
    ),
    _case(
        PRONOUN,
        "Tallis Moore looked emotional on stage.\n\n“This means the world,” she gushed.",
        "This means the world",
        "Tallis Moore",
        "pronoun",
        "gushed is a tabloid speech verb",
    ),
    _case(
        PRONOUN,
        "Tallis Moore was not impressed by the review.\n\n"
        "“Some people just love to hate,” she hit back.",
        "Some people",
        "Tallis Moore",
        "pronoun",
        "hit back is a speech verb",
    ),
    _case(
        NAMED,
        "The brand she was working with, Coral Tide, said it was “saddened” by the "
        "row.\n\n“We never asked for that,” the swimwear brand said.",
        "We never asked",
        "Coral Tide",
        "description",
        "a brand introduced by an appositive subject, later a modified description",
    ),
    # ---- business
    _case(
        NAMED,
        "Shares in Halvard Group fell 8%.\n\n"
        "“Demand has softened,” Halvard Group said in a filing with regulators.",
        "Demand has softened",
        "Halvard Group",
        "named",
        "a company name as the subject of said in a filing",
    ),
    _case(
        DESCRIPTION,
        "Shares in Halvard Group fell 8% on Tuesday.\n\n"
        "The firm said in a filing: “Demand has softened.”",
        "Demand has softened",
        "Halvard Group",
        "description",
        "the firm is the company named before",
    ),
    _case(
        NAMED,
        "Halvard Group posted record profits.\n\n"
        "Jane Holt, CEO of Halvard Group, said: “This was our best year.”",
        "This was our best year",
        "Jane Holt",
        "named",
        "press-release form NAME, TITLE of ORG, said:",
    ),
    _case(
        NAMED,
        "Halvard Group posted record profits.\n\n"
        "“This was our best year,” said Jane Holt, Chief Executive Officer at Halvard Group.",
        "This was our best year",
        "Jane Holt",
        "named",
        "a capitalised title after the name is not part of it",
    ),
    _case(
        DESCRIPTION,
        "Voss Motors recalled 40,000 cars.\n\n"
        "“Safety is our first priority,” the carmaker said in a statement on Tuesday.",
        "Safety is our first",
        "Voss Motors",
        "description",
        "the carmaker is the company the article is about",
    ),
    _case(
        SPOKESPERSON,
        "Shares in Halvard Group fell 8%.\n\n"
        "“We do not comment on market rumours,” a spokesperson for Halvard said.",
        "We do not comment",
        "Halvard Group",
        "spokesperson",
        "a spokesperson for the short name of the company",
    ),
    _case(
        NAMED,
        "Voss Motors chief executive Karl Brandt said the recall was “a precaution”.",
        "a precaution",
        "Karl Brandt",
        "named",
        "a company and title before the name in a partial quote",
    ),
    # ---- court
    _case(
        NAMED,
        "Dent, 44, was jailed for six years.\n\n"
        "Judge Mary Caldwell told the court: “You showed no remorse.”",
        "You showed no remorse",
        "Mary Caldwell",
        "named",
        "Judge is a title before the name",
    ),
    _case(
        DESCRIPTION,
        "Judge Mary Caldwell jailed Dent for six years.\n\n"
        "“You showed no remorse,” the judge told the court.",
        "You showed no remorse",
        "Mary Caldwell",
        "description",
        "the judge is the person titled Judge",
    ),
    _case(
        NAMED,
        "Dent, 44, was jailed for six years at Harlow Crown Court.\n\n"
        "Sentencing Dent, Judge Mary Caldwell said: “You showed no remorse.”",
        "You showed no remorse",
        "Mary Caldwell",
        "named",
        "a fronted participle clause naming the defendant",
    ),
    _case(
        NAMED,
        "Dent denies fraud.\n\n"
        "Prosecuting, Liam Ferris told jurors: “This was a calculated scheme.”",
        "This was a calculated",
        "Liam Ferris",
        "named",
        "Prosecuting, NAME told jurors",
    ),
    _case(
        NAMED,
        "Dent denies fraud.\n\nProsecutor Liam Ferris said: “This was a calculated scheme.”",
        "This was a calculated",
        "Liam Ferris",
        "named",
        "Prosecutor is a title",
    ),
    _case(
        NOT_SPEAKERS,
        "The appeal in Harlow v. Dent was heard on Monday.\n\n“The law is clear,” the judge said.",
        "The law is clear",
        None,
        None,
        "parties of a court case are not the judge",
    ),
    _case(
        NAMED,
        "In a statement read outside court, Dent’s solicitor, Ruth Aldine, said: "
        "“My client will appeal.”",
        "My client will appeal",
        "Ruth Aldine",
        "named",
        "an appositive subject after a possessive role",
    ),
    # ---- politics
    _case(
        PRONOUN,
        "Ruth Holt faced questions over the cuts on Monday.\n\n"
        "Asked whether she would resign, she said: “Not a chance.”",
        "Not a chance",
        "Ruth Holt",
        "pronoun",
        "Asked whether she…, she said",
    ),
    _case(
        NAMED,
        "“We will not back down,” Holt told the BBC.",
        "We will not back down",
        "Holt",
        "named",
        "told the BBC: the outlet is the listener",
    ),
    _case(
        NAMED,
        "Ruth Holt wrote on X: “The vote is tomorrow.”",
        "The vote is tomorrow",
        "Ruth Holt",
        "named",
        "wrote on X: the platform is not the speaker",
    ),
    _case(
        DESCRIPTION,
        "Minister Ruth Aldine defends school cuts\n\n"
        "The education budget will fall by 4% next year.\n\n"
        "Asked about the cuts, the minister replied: “We have no choice.”",
        "We have no choice",
        "Ruth Aldine",
        "description",
        "a title given only in the headline",
    ),
    _case(
        PRONOUN,
        "Ruth Holt said she had spoken to the prime minister, Tom Grant, on Sunday. "
        "“We agreed on a plan,” she added.",
        "We agreed on a plan",
        "Ruth Holt",
        "pronoun",
        "the subject of the previous sentence, not the last name mentioned",
    ),
    _case(
        PRONOUN,
        "Ruth Holt met her opposite number, Sara Obi, in Brussels on Tuesday.\n\n"
        "“It was a frank discussion,” she said afterwards.",
        "It was a frank",
        "Ruth Holt",
        "pronoun",
        "the subject of the previous sentence, not the appositive object",
    ),
    _case(
        NAMED,
        "Cllr Ana Ruiz (Lab, Eastfield) said: “Residents deserve better.”",
        "Residents deserve better",
        "Ana Ruiz",
        "named",
        "a bracketed party and ward after the councillor's name",
    ),
    _case(
        NAMED,
        "The library will close in May.\n\n"
        "“It is a lifeline,” said Mary Jones, 67, from Eastfield.",
        "It is a lifeline",
        "Mary Jones",
        "named",
        "age and home town after the name",
    ),
    _case(
        NAMED,
        "“We were ready,” Holt, 54, told Reuters by telephone.",
        "We were ready",
        "Holt",
        "named",
        "wire style: age, told OUTLET by telephone",
    ),
    _case(
        NONE,
        "The talks collapsed.\n\n"
        "“Nobody expected this,” said one official, who spoke on condition of anonymity.",
        "Nobody expected this",
        None,
        None,
        "an anonymous official is nobody's name",
    ),
    _case(
        STATEMENT,
        "Ruth Holt published an open letter to parents on Friday.\n\n"
        "In it, Holt says: “Schools must stay open.”",
        "Schools must stay open",
        "Ruth Holt",
        "named",
        "In it, NAME says",
    ),
    _case(
        STATEMENT,
        "Ruth Holt published an open letter to parents on Friday.\n\n"
        "In it, she writes: “Schools must stay open.”",
        "Schools must stay open",
        "Ruth Holt",
        "pronoun",
        "In it, she writes: the author of the letter",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore cancelled the tour.\n\nThe Paper Moons hitmaker added: “I am gutted.”",
        "I am gutted",
        "Tallis Moore",
        "description",
        "an album title inside a description",
    ),
    # ---- politics, conflict and labour copy: party names, abbreviated titles, unions
    _case(
        DESCRIPTION,
        "The Liberal Party said on Sunday it would field candidates in every seat in the "
        "county.\n\n“We are ready for the fight and we will win it,” the party said.",
        "We are ready for the fight",
        "Liberal Party",
        "description",
        "a party's name made of title words (Liberal, Party) is an organisation",
    ),
    _case(
        DESCRIPTION,
        "Gov. Ellen Marsh and her challenger, businessman Paul Tidey, met for a televised "
        "debate.\n\n“My record speaks for itself,” the governor said.",
        "My record speaks",
        "Ellen Marsh",
        "description",
        "an abbreviated title (Gov.) gives its role: the governor",
    ),
    _case(
        DESCRIPTION,
        "Det Supt Ruth Penwarden is leading the investigation, with her deputy Simon Rhee."
        "\n\n“We are keeping an open mind,” the superintendent said.",
        "keeping an open mind",
        "Ruth Penwarden",
        "description",
        "a police rank's abbreviation (Supt) gives its role: the superintendent",
    ),
    _case(
        DESCRIPTION,
        "The Transit Workers Union backed the deal on Friday.\n\nThe Kelso Tram Staff union "
        "said: “We will not sign this agreement.”",
        "We will not sign",
        "Kelso Tram Staff",
        "description",
        "an organisation named inside its description speaks, not an earlier union",
    ),
    _case(
        PRONOUN,
        "Congresswoman Lena Voss missed the vote on Tuesday.\n\nVoss’s office issued a "
        "statement later that day. “The congresswoman was with her family in hospital,” it read.",
        "with her family in hospital",
        "Lena Voss",
        "pronoun",
        "a politician's office issues a statement in her name",
    ),
    _case(
        DESCRIPTION,
        "The Norwegian army said on Monday that two of its vehicles had been hit.\n\n"
        "“Nobody was hurt in either incident,” the military said.",
        "Nobody was hurt",
        "Norwegian army",
        "description",
        "an army named by its country is the army (or military) said later",
    ),
    _case(
        DESCRIPTION,
        "Chile’s navy said: “The vessel was escorted out of our waters before dawn.”",
        "escorted out of our waters",
        "Chile’s navy",
        "description",
        "a country's navy, as written, is its name",
    ),
    _case(
        DESCRIPTION,
        "Smoke rose over the port.\n\n“We are investigating the blast,” the army said.",
        "investigating the blast",
        None,
        "description",
        "an army no country was given for names nobody",
    ),
    _case(
        DESCRIPTION,
        "The Morvane health ministry said on Sunday that 31 people had died.\n\n“Hospitals "
        "are overwhelmed and running out of fuel,” the ministry said.",
        "Hospitals are overwhelmed",
        "Morvane health ministry",
        "description",
        "a ministry named by its territory, not a nationality, keeps the place",
    ),
    _case(
        DESCRIPTION,
        "The Dovar-run interior ministry said the crossing would stay shut.\n\n“The decision "
        "is final,” the ministry said.",
        "The decision is final",
        "Dovar-run interior ministry",
        "description",
        "a ministry run by a movement (X-run) keeps its modifier",
    ),
    _case(
        NONE,
        "“Prices will rise,” said Tom Abbot, the bank’s Asia Pacific economist. “We expect "
        "more cuts next year.”",
        "We expect more cuts",
        "Tom Abbot",
        "continuation",
        "a region before a title (the bank's Asia Pacific economist) names no one in between",
    ),
    _case(
        PRONOUN,
        "Fisherman Tom Prowe, 58, lost his boat in the storm. “It was all I had,” he said."
        "\n\nHis brother, a retired lifeboat volunteer, nodded. “Tom never missed a tide,” "
        "he said.",
        "Tom never missed a tide",
        None,
        "pronoun",
        "he after an unnamed relation who nods is that relation, not the last named man",
    ),
    _case(
        PRONOUN,
        "Lieutenant Pavel Soroka showed us the dugout where he sleeps.\n\nThe battalion’s "
        "surgeon, who asked to be identified only by his first name, says supplies are short. "
        "“We reuse bandages now,” he says.",
        "We reuse bandages now",
        None,
        "pronoun",
        "he after an unnamed officer of a unit who speaks is that officer",
    ),
    _case(
        PRONOUN,
        "Singer Mara Lind won the award on Sunday.\n\nHer husband, Tom Reid, said he was "
        "proud. “She earned every minute of this,” he said.",
        "She earned every minute",
        "Tom Reid",
        "pronoun",
        "a relation named in the appositive is no unnamed speaker",
    ),
    _case(
        DESCRIPTION,
        "Negotiator Samir Haddad met the envoys in the capital on Monday.\n\n“We are ready "
        "to sign tomorrow,” the Palestinian said.",
        "ready to sign tomorrow",
        "Samir Haddad",
        "description",
        "a nationality of conflict copy describes the person in view, it is no name",
    ),
    _case(
        NAMED,
        "Assembly Secretary-General Maria Ostrova said: “All parties must show restraint.”",
        "All parties must show restraint",
        "Maria Ostrova",
        "named",
        "a hyphenated title (Secretary-General) is stripped like any title",
    ),
    _case(
        DESCRIPTION,
        "Assembly Secretary-General Maria Ostrova flew in on Monday.\n\n“The fighting must "
        "stop now,” the secretary-general said.",
        "The fighting must stop",
        "Maria Ostrova",
        "description",
        "the hyphenated title later stands for the person given it",
    ),
    _case(
        NAMED,
        "The minister resigned on Friday night.\n\nLabour said in a statement: “This "
        "government is falling apart in front of our eyes.”",
        "falling apart in front of our eyes",
        "Labour",
        "named",
        "a party's one-word name that is also a title word (Labour) speaks alone",
    ),
    _case(
        SPOKESPERSON,
        "The Kremlin accused the envoy of lying.\n\n“We do not comment on leaked "
        "documents,” a No 10 spokeswoman said.",
        "We do not comment on leaked",
        "No 10",
        "spokesperson",
        "a spokesperson for a numbered name (No 10) speaks for it, not for the last body named",
    ),
    _case(
        PRONOUN,
        "Drones hit fuel depot\n\nORLEN, March 2 (Wire) - Morvanka said it launched two "
        "drones at the depot overnight. “This is only the beginning,” it said in a statement.",
        "This is only the beginning",
        "Morvanka",
        "pronoun",
        "a name that reports a deed of its own as it (said it launched) is an organisation",
    ),
    _case(
        NOT_SPEAKERS,
        "Fuel depot burns after strike\n\nVESKA, May 9 (Baltic Wire) - A fuel depot burned "
        "through the night after a drone strike, officials said. “The fire is now under "
        "control,” it said.",
        "The fire is now under control",
        None,
        "pronoun",
        "the place and agency of a wire dateline are no organisation for it",
    ),
    _case(
        DESCRIPTION,
        "GENEVA (Wire) - The UN refugee agency said on Friday that more than 90,000 people "
        "had crossed the border. Its chief, Ama Osei, flew to the camps.\n\n“The needs are "
        "enormous and growing by the hour,” the agency said.",
        "The needs are enormous",
        "UN refugee agency",
        "description",
        "an agency named by its owner and remit in lower case is the agency said later",
    ),
    _case(
        PRONOUN,
        "National secretary Sam Orrell told the conference the union would ballot members."
        "\n\nOperations director Mark Tully said: “The railway cannot afford these demands.”"
        "\n\nThe union’s national secretary was scathing. “The company has not even read our "
        "proposals,” he said.",
        "has not even read our proposals",
        "Sam Orrell",
        "pronoun",
        "a sentence opening with an organisation's titled officer is about the one titled so",
    ),
    _case(
        STATEMENT,
        "Governor Ellen Marsh attacked her rival at a rally on Saturday.\n\nA statement from "
        "the Pike campaign read: “Voters will not be fooled by these attacks.”",
        "Voters will not be fooled",
        "Pike",
        "statement",
        "a statement from a described body is that body's, not the last person named",
    ),
    _case(
        DESCRIPTION,
        "The district plans to close Ashgrove Elementary next year.\n\n"
        "Board president Osric Vane said no vote would be taken before March.\n\n"
        "We contacted the Kelby Teachers Association, the union representing the district's "
        "teachers, for comment.\n\n"
        "“Our members at Ashgrove are worried about their jobs,” the union said in a "
        "statement.",
        "Our members at Ashgrove",
        "Kelby Teachers Association",
        "description",
        "'the union representing…' after a body's name gives it that role: 'the union' finds it",
    ),
    _case(
        NAMED,
        "The district plans to close Ashgrove Elementary next year.\n\n"
        "Parents met Dana Kirwin, the head representing the school's staff, on Tuesday.\n\n"
        "“We will fight this,” Kirwin said.",
        "We will fight this",
        "Dana Kirwin",
        "named",
        "near miss: a person's role before 'representing' makes no body of her",
    ),
    # ---- live blog
    _case(
        PRONOUN,
        "10.42am: Ruth Holt has just spoken to reporters outside the ministry. She said: "
        "“We will publish the figures today.”",
        "We will publish",
        "Ruth Holt",
        "pronoun",
        "a live-blog time stamp before the sentence",
    ),
    # ---- press release
    _case(
        NONE,
        "Halvard Group posted record profits.\n\n"
        "“This was our best year,” said Jane Holt, chief executive of Halvard Group. "
        "“Our staff made it happen.”",
        "Our staff made it",
        "Jane Holt",
        "continuation",
        "a second quote in the same paragraph inherits",
    ),
    _case(
        NONE,
        "Halvard Group said in a statement:\n\n"
        "“We are proud of our results.\n\n"
        "“We thank our staff.”",
        "We thank our staff",
        "Halvard Group",
        "named",
        "a statement printed over two paragraphs is one quote",
    ),
    _case(
        STATEMENT,
        "Halvard Group issued a statement on Monday. “We are proud of our results,” it "
        "read.\n\nThe statement continued: “We thank our staff.”",
        "We thank our staff",
        "Halvard Group",
        "statement",
        "the statement continued: its issuer",
    ),
    # ---- wire/broadsheet
    _case(
        NAMED,
        "“The numbers don’t add up,” said Priya Shah, an economist at Brockway Bank.",
        "The numbers",
        "Priya Shah",
        "named",
        "an indefinite appositive with an organisation",
    ),
    _case(
        NAMED,
        "“The numbers don’t add up,” Brockway Bank economist Priya Shah wrote in a note "
        "to clients.",
        "The numbers",
        "Priya Shah",
        "named",
        "organisation and title before the name, wrote in a note",
    ),
    _case(
        PRONOUN,
        "Priya Shah, an economist at Brockway Bank, expects rates to fall. “The data is "
        "clear,” she said.",
        "The data is clear",
        "Priya Shah",
        "pronoun",
        "pronoun to the appositive subject, not the bank",
    ),
    _case(
        DESCRIPTION,
        "The Office for Budget Review cut its growth forecast.\n\n"
        "“Growth will be weaker,” the watchdog said.",
        "Growth will be weaker",
        "Office for Budget Review",
        "description",
        "the watchdog is the organisation the article is about",
    ),
    _case(
        PRONOUN,
        "Voss Motors said the recall was voluntary. “No injuries have been reported,” it added.",
        "No injuries",
        "Voss Motors",
        "pronoun",
        "it after a company subject",
    ),
    _case(
        SPOKESPERSON,
        "The strike enters its third day.\n\nA Downing Street spokesman said: “The door is open.”",
        "The door is open",
        "Downing Street",
        "spokesperson",
        "a spokesman of a place-named institution",
    ),
    _case(
        NAMED,
        "The strike enters its third day.\n\n“We are monitoring the situation,” the White House "
        "said in a statement.",
        "We are monitoring",
        "White House",
        "named",
        "the White House as an organisation's own name",
    ),
    _case(
        NAMED,
        "Tallis Moore opened up about the tour.\n\n"
        "Speaking on Daybreak Mug with Ana and Dev, Moore said: “I was exhausted.”",
        "I was exhausted",
        "Tallis Moore",
        "named",
        "a show title with names in a fronted clause is not the speaker",
    ),
    _case(
        NAMED,
        "Tallis Moore opened up about the tour.\n\n"
        "In an interview with Vogue, Moore said: “I was exhausted.”",
        "I was exhausted",
        "Tallis Moore",
        "named",
        "a magazine in a fronted interview clause",
    ),
    _case(
        NAMED,
        "“I was exhausted,” said Moore, whose album Paper Moons is out in May.",
        "I was exhausted",
        "Moore",
        "named",
        "an album title in a whose-clause after the name",
    ),
    _case(
        DESCRIPTION,
        "Leon Achterberg left Harlow Town for Kestrel Rovers in 2022.\n\n"
        "“I still love the club,” the former Harlow striker said.",
        "I still love",
        "Leon Achterberg",
        "description",
        "a former-club modifier in a person description",
    ),
    _case(
        NAMED,
        "Harlow Town are fourth.\n\n"
        "Harlow boss Ben Ekwueme, whose side travel to Crowmarsh next, said: “We fear no one.”",
        "We fear no one",
        "Ben Ekwueme",
        "named",
        "a whose-clause between name and verb",
    ),
    _case(
        PRONOUN,
        "Ruth Holt criticised Sara Obi’s plan on Monday. “It will not work,” she said.",
        "It will not work",
        "Ruth Holt",
        "pronoun",
        "the subject, not the possessive",
    ),
    _case(
        NAMED,
        "Halvard Group cut its forecast.\n\n“Demand has softened,” Halvard said in a regulatory "
        "filing on Monday.",
        "Demand has softened",
        "Halvard Group",
        "named",
        "a short form of the company expands",
    ),
    _case(
        DESCRIPTION,
        "Halvard Group cut its forecast.\n\n"
        "The company, which employs 3,000 people, said: “Demand has softened.”",
        "Demand has softened",
        "Halvard Group",
        "description",
        "the company with a relative clause before the verb",
    ),
    _case(
        DESCRIPTION,
        "Halvard Group cut its forecast.\n\nThe Denver-based company said: “Demand has softened.”",
        "Demand has softened",
        "Halvard Group",
        "description",
        "a compound modifier inside the description",
    ),
    _case(
        NAMED,
        "Brindle cut 200 jobs.\n\n"
        "Brindle’s chief executive, Karl Brandt, said: “It was a hard decision.”",
        "It was a hard",
        "Karl Brandt",
        "named",
        "a possessive role with the name in apposition",
    ),
    _case(
        NAMED,
        "Brindle cut 200 jobs.\n\n"
        "In a letter to shareholders, Karl Brandt wrote: “It was a hard decision.”",
        "It was a hard",
        "Karl Brandt",
        "named",
        "a fronted letter clause",
    ),
    _case(
        NAMED,
        "Brindle cut 200 jobs.\n\nKarl Brandt wrote in a LinkedIn post: “It was a hard decision.”",
        "It was a hard",
        "Karl Brandt",
        "named",
        "wrote in a post on a platform",
    ),
    _case(
        STATEMENT,
        "Karl Brandt announced the cuts on LinkedIn.\n\n"
        "The post, which has been shared 9,000 times, read: “It was a hard decision.”",
        "It was a hard",
        "Karl Brandt",
        "statement",
        "the post with a relative clause before read",
    ),
    _case(
        NAMED,
        "Dent was cleared on Friday.\n\n"
        "Defence barrister Sara Obi said her client was “deeply relieved”.",
        "deeply relieved",
        "Sara Obi",
        "named",
        "a two-word title before the name in reported speech",
    ),
    _case(
        NAMED,
        "The trial continues.\n\nThe jury heard that Dent told a friend: “I will make him pay.”",
        "I will make him pay",
        "Dent",
        "named",
        "the subject of the verb nearest the quote, inside a that-clause",
    ),
    _case(
        NAMED,
        "Ruth Holt faced hecklers in Harlow.\n\n"
        "Holt, speaking at the party conference, said: “We will deliver.”",
        "We will deliver",
        "Ruth Holt",
        "named",
        "a participle appositive between name and verb",
    ),
    _case(
        NAMED,
        "The vote was close.\n\nLabour’s Ruth Holt said: “We will deliver.”",
        "We will deliver",
        "Ruth Holt",
        "named",
        "a party possessive before the name",
    ),
    _case(
        NAMED,
        "The vote was close.\n\nSpeaking in the Commons, Holt told MPs: “We will deliver.”",
        "We will deliver",
        "Holt",
        "named",
        "a fronted Commons clause",
    ),
    _case(
        NAMED,
        "Halvard Group posted record profits.\n\n"
        "“This was our best year,” commented Jane Holt, managing director.",
        "This was our best year",
        "Jane Holt",
        "named",
        "press-release verb before the name, a title after it",
    ),
    _case(
        NAMED,
        "Ruth Holt: “We will not resign”\n\nThe minister faced calls to quit on Monday.",
        "We will not resign",
        "Ruth Holt",
        "named",
        "a headline of the form NAME: quote",
    ),
    _case(
        NAMED,
        "Voss Motors recalled 40,000 cars.\n\n"
        "“No injuries have been reported,” Voss Motors said in an emailed statement.",
        "No injuries",
        "Voss Motors",
        "named",
        "an emailed statement",
    ),
    _case(
        PRONOUN,
        "Ben Ekwueme was pleased with the point.\n\n"
        "“We showed character,” he told the club’s website.",
        "We showed character",
        "Ben Ekwueme",
        "pronoun",
        "the club's website is the listener",
    ),
    _case(
        NAMED,
        "Leon Achterberg scored the winner.\n\n"
        "Posting on social media after the match, Achterberg wrote: “What a night.”",
        "What a night",
        "Leon Achterberg",
        "named",
        "a fronted posting clause",
    ),
    _case(
        NONE,
        "Tallis Moore said:\n\n“I am taking a break.”\n\n“I will be back next year.”",
        "I will be back",
        "Tallis Moore",
        "named",
        "a second closed quote paragraph after an introduced one: one statement",
    ),
    _case(
        NAMED,
        "The search for the boy continues.\n\nHis mother, Ann Reid, said: “Please come home.”",
        "Please come home",
        "Ann Reid",
        "named",
        "a possessive role with the name in apposition",
    ),
    _case(
        NAMED,
        "Mother-of-two Ann Reid, 34, was rescued by boat.\n\nAnn said: “I thought we would drown.”",
        "I thought we would",
        "Ann Reid",
        "named",
        "a given name after the full name",
    ),
    _case(
        DESCRIPTION,
        "Mother-of-two Ann Reid, 34, was rescued by boat.\n\n"
        "The mum-of-two said: “I thought we would drown.”",
        "I thought we would",
        "Ann Reid",
        "description",
        "a hyphenated family description repeated",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore, 27, found fame on Sunset Villa.\n\n"
        "The Sunset Villa star, 27, told fans: “I need a rest.”",
        "I need a rest",
        "Tallis Moore",
        "description",
        "a show title and an age inside the description",
    ),
    _case(
        NOT_SPEAKERS,
        "Sales of the Spring/Summer 2024 collection fell.\n\n“We are disappointed,” she said.",
        "We are disappointed",
        None,
        None,
        "a season is nobody; no person is in view",
    ),
    _case(
        NOT_SPEAKERS,
        "The Vantor-owned brand cut prices in March.\n\n"
        "“We listen to our customers,” the brand said.",
        "We listen",
        None,
        None,
        "a compound modifier is not the brand's name",
    ),
    _case(
        NAMED,
        "Shares fell.\n\n“This is temporary,” said Karl Brandt, CEO, Brindle.",
        "This is temporary",
        "Karl Brandt",
        "named",
        "press-release signature NAME, TITLE, COMPANY",
    ),
    _case(
        DESCRIPTION,
        "Harlow Town beat Crowmarsh 2-0.\n\n"
        "Striker Leon Achterberg, who scored both goals, was delighted. “It was my best game,” "
        "the Dutchman said.",
        "It was my best game",
        "Leon Achterberg",
        "description",
        "a nationality descriptor for the player in view",
    ),
    _case(
        PRONOUN,
        "Harlow Town beat Crowmarsh 2-0 on Saturday. Leon Achterberg scored both goals.\n\n"
        "Manager Ben Ekwueme said the win was deserved. “He was unplayable,” he said.",
        "He was unplayable",
        "Ben Ekwueme",
        "pronoun",
        "he is the manager who is the subject, not the scorer",
    ),
    _case(
        SPOKESPERSON,
        "Trains were cancelled.\n\n“We are sorry,” a spokesperson for the Office of Rail "
        "and Road said.",
        "We are sorry",
        "Office of Rail and Road",
        "spokesperson",
        "spokesperson for an org with of and and",
    ),
    _case(
        SPOKESPERSON,
        "Trains were cancelled.\n\nA spokesperson for the Office of Rail and Road said: "
        "“We are sorry.”",
        "We are sorry",
        "Office of Rail and Road",
        "spokesperson",
        "an organisation name with 'and' after 'a spokesperson for'",
    ),
    _case(
        NAMED,
        "Tallis Moore has split from her partner.\n\n"
        "Moore – who split from Tom Reid in May – said: “I am happy now.”",
        "I am happy now",
        "Tallis Moore",
        "named",
        "a dash appositive naming someone else between speaker and verb",
    ),
    _case(
        NAMED,
        "Ruth Holt and Tom Grant said in a joint statement: “We will work together.”",
        "We will work together",
        None,
        None,
        "a joint statement of two people names no single speaker",
    ),
    _case(
        NAMED,
        "The library will close in May.\n\n"
        "Resident Mary Jones, 67, of Mill Lane, said: “It is a lifeline.”",
        "It is a lifeline",
        "Mary Jones",
        "named",
        "age and address appositives after the name",
    ),
    _case(
        NAMED,
        "“Crews rescued 61 people,” said Wendmoor Fire and Rescue Service group manager Gail "
        "Storrow.",
        "Crews rescued",
        "Gail Storrow",
        "named",
        "an organisation name with 'and' before the title",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore cancelled the tour.\n\nThe “Saint Ebba Close” star added: “I am gutted.”",
        "I am gutted",
        "Tallis Moore",
        "description",
        "a title in quote marks inside a description",
    ),
    _case(
        NAMED,
        "Ruth Holt is under pressure over the figures.\n\nKey event\n\n14:05 Holt: “We will "
        "publish the figures today.”",
        "We will publish",
        "Ruth Holt",
        "named",
        "a live-blog line: NAME colon quote",
    ),
    _case(
        STATEMENT,
        "Ruth Holt and Tom Grant issued a joint statement on Monday.\n\n"
        "“We will work together,” the statement read.",
        "We will work together",
        None,
        None,
        "a joint statement of two people has no single issuer",
    ),
    _case(
        NONE,
        "Fans queued overnight for tickets.\n\n"
        "“I’ve been here since 4am,” said one, Aisha Bello, 19.",
        "I’ve been here",
        "Aisha Bello",
        "named",
        "said one, NAME, AGE: the name after 'one'",
    ),
    _case(
        SPOKESPERSON,
        "Trains were cancelled.\n\n"
        "“We are sorry,” a spokesperson for the Office of Rail and Road said.",
        "We are sorry",
        "Office of Rail and Road",
        "spokesperson",
        "an organisation name with 'and' after the quote",
    ),
    _case(
        NAMED,
        "Halvard Group posted record profits.\n\n“This was our best year.” — Jane Holt, CEO of "
        "Halvard Group",
        "This was our best year",
        "Jane Holt",
        "named",
        "a press-release pull quote signed with a dash",
    ),
    _case(
        NAMED,
        "Ana Ruiz saw her club relegated.\n\nRuiz’s response: “We will be back.”",
        "We will be back",
        "Ana Ruiz",
        "named",
        "a possessive and a colon",
    ),
    _case(
        NAMED,
        "The club was relegated on Saturday.\n\n“We will be back,” was Ana Ruiz’s verdict.",
        "We will be back",
        "Ana Ruiz",
        "named",
        "was NAME's verdict after the quote",
    ),
    _case(
        NAMED,
        "The club was relegated on Saturday.\n\nRuiz, for her part, said: “We will be back.”",
        "We will be back",
        "Ruiz",
        "named",
        "a parenthetical between name and verb",
    ),
    _case(
        NAMED,
        "Ana Ruiz was relegated with the club.\n\nBut Ruiz insisted: “We will be back.”",
        "We will be back",
        "Ana Ruiz",
        "named",
        "a conjunction before the speaker",
    ),
    _case(
        NONE,
        "Ana Ruiz was defiant after the vote. “We will be back.”",
        "We will be back",
        "Ana Ruiz",
        "introduction",
        "the subject of the sentence right before an unattributed quote",
    ),
    _case(
        NONE,
        "Ana Ruiz met Tom Baines after the vote. “We will be back.”",
        "We will be back",
        None,
        None,
        "two people in the sentence before: nobody",
    ),
    _case(
        NAMED,
        "“We will be back,” Ruiz said of the decision.",
        "We will be back",
        "Ruiz",
        "named",
        "said of the decision",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz watched from the stands. Her verdict: “We will be back.”",
        "We will be back",
        "Ana Ruiz",
        "pronoun",
        "her verdict: a possessive pronoun before a colon",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz said the club had been unlucky.\n\nShe added: “We will be back.”\n\n"
        "Tom Baines, the chairman, was less sure. “We need investment,” he said.",
        "We need investment",
        "Tom Baines",
        "pronoun",
        "he after a new person is introduced with a role appositive",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz said the club had been unlucky.\n\n“We will be back,” she said. “The "
        "players gave everything.”\n\nShe thanked the fans.",
        "The players gave",
        "Ana Ruiz",
        "pronoun",
        "a split quote continuing after the pronoun clause",
    ),
    _case(
        NAMED,
        "Police are appealing for witnesses.\n\nDet Insp Sara Obi said: “Someone knows something.”",
        "Someone knows",
        "Sara Obi",
        "named",
        "stacked police ranks before the name",
    ),
    _case(
        NAMED,
        "Police are appealing for witnesses.\n\nDetective Inspector Sara Obi, of Harlow CID, "
        "said: “Someone knows something.”",
        "Someone knows",
        "Sara Obi",
        "named",
        "full rank and an of-unit appositive",
    ),
    _case(
        SPOKESPERSON,
        "A man has been arrested.\n\nA spokesperson for Harlow Police said: “Inquiries are "
        "ongoing.”",
        "Inquiries",
        "Harlow Police",
        "spokesperson",
        "a spokesperson for a police force",
    ),
    _case(
        NAMED,
        "A man has been arrested.\n\nHarlow Police said in a statement: “Inquiries are ongoing.”",
        "Inquiries",
        "Harlow Police",
        "named",
        "a police force speaks as an organisation",
    ),
    _case(
        PRONOUN,
        "Kestrel Rovers have sacked manager Dan Hollis.\n\n"
        "In a statement, the club said: “We thank Dan for his work.” It added: “A new manager "
        "will be named soon.”",
        "A new manager",
        "Kestrel Rovers",
        "pronoun",
        "it after the club's statement is the club, not the sacked manager",
    ),
    _case(
        DESCRIPTION,
        "Kestrel Rovers have sacked manager Dan Hollis after six defeats.\n\n"
        "“We thank Dan for his work,” the club said.",
        "We thank Dan",
        "Kestrel Rovers",
        "description",
        "the club, not the person it sacked",
    ),
    _case(
        STATEMENT,
        "Kestrel Rovers have sacked manager Dan Hollis.\n\n"
        "“We thank Dan for his work,” a club statement read.",
        "We thank Dan",
        "Kestrel Rovers",
        "statement",
        "a club statement: the club's document",
    ),
    _case(
        NAMED,
        "Harlow Council has approved the plan.\n\n"
        "Council leader Rosina Hallidan wrote on Facebook: “This is a great day.”",
        "This is a great day",
        "Rosina Hallidan",
        "named",
        "wrote on Facebook",
    ),
    _case(
        PRONOUN,
        "Rosina Hallidan has resigned as council leader.\n\n"
        "In a post on X, she wrote: “It has been an honour.”",
        "It has been an honour",
        "Rosina Hallidan",
        "pronoun",
        "a fronted post clause with the platform X",
    ),
    _case(
        NAMED,
        "Rosina Hallidan has resigned.\n\n"
        "Hallidan, 58, who has led the council since 2019, said: “It has been an honour.”",
        "It has been an honour",
        "Rosina Hallidan",
        "named",
        "age then a relative clause between name and verb",
    ),
    _case(
        NAMED,
        "The bill passed.\n\n“It is a historic day,” said Senator Ruth Aldine (D-Oregon).",
        "It is a historic day",
        "Ruth Aldine",
        "named",
        "US party and state in brackets after the name",
    ),
    _case(
        NAMED,
        "The bill passed.\n\n“It is a historic day,” Sen. Ruth Aldine, D-Ore., said.",
        "It is a historic day",
        "Ruth Aldine",
        "named",
        "abbreviated title and party-state appositive",
    ),
    _case(
        NAMED,
        "The bill passed.\n\nRep. Tom Grant, R-Texas, told reporters: “It is a bad day.”",
        "It is a bad day",
        "Tom Grant",
        "named",
        "Rep. and a party-state appositive before the verb",
    ),
    _case(
        PRONOUN,
        "Ruth Aldine introduced the bill. Tom Grant opposed it.\n\n"
        "“It is a historic day,” Aldine said. “We fought for this.”\n\n"
        "Grant was unmoved. “It will cost jobs,” he said.",
        "It will cost jobs",
        "Tom Grant",
        "pronoun",
        "he after a new subject opens the paragraph",
    ),
    _case(
        STATEMENT,
        "Coral Tide has apologised.\n\nThe swimwear label's statement read: “We got it wrong.”",
        "We got it wrong",
        "Coral Tide",
        "statement",
        "a described organisation's possessive statement",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore won best album on Sunday.\n\n“I can’t believe it,” the 27-year-old "
        "singer-songwriter said.",
        "I can’t believe",
        "Tallis Moore",
        "description",
        "age and a hyphenated role in a description",
    ),
    _case(
        NAMED,
        "“I can’t believe it,” said Moore, who won for Paper Moons.",
        "I can’t believe",
        "Moore",
        "named",
        "an album title in a relative clause",
    ),
    _case(
        NONE,
        "Harlow Council said in a statement:\n\n“We regret the closure.”\n\n"
        "“We will review our decision.”",
        "We will review",
        "Harlow Council",
        "named",
        "a statement's second paragraph, each closed: one statement",
    ),
    _case(
        NONE,
        "Harlow Council released a statement that read:\n\n“We regret the closure. We will "
        "review our decision.”",
        "We regret",
        "Harlow Council",
        "introduction",
        "a statement that read: then the statement",
    ),
    _case(
        NOT_SPEAKERS,
        "Harlow Council closed the library on Monday. “It is a disgrace.”",
        "It is a disgrace",
        None,
        None,
        "an organisation's sentence before an unattributed quote names no speaker",
    ),
    _case(
        NOT_SPEAKERS,
        "Tickets sold out in minutes. “It is madness.”",
        "It is madness",
        None,
        None,
        "a sentence about no one before an unattributed quote",
    ),
    _case(
        NOT_SPEAKERS,
        "Ana Ruiz spoke after her mother, Mary Ruiz, died. “She was my rock.”",
        "She was my rock",
        None,
        None,
        "two people in the sentence before an unattributed quote",
    ),
    _case(
        NONE,
        "Ruiz’s lawyer, Paul Grant, spoke to reporters. “My client is innocent.”",
        "My client is innocent",
        "Paul Grant",
        "introduction",
        "the appositive subject of the sentence before an unattributed quote",
    ),
    _case(
        NOT_SPEAKERS,
        "Ruth Holt and the Treasury said in a joint statement: “We agree.”",
        "We agree",
        None,
        None,
        "a person and an organisation speaking jointly",
    ),
    _case(
        NAMED,
        "“We won,” said one of the players, Tom Reid.",
        "We won",
        "Tom Reid",
        "named",
        "one of a group, then named in apposition",
    ),
    _case(
        PRONOUN,
        "The Office for Budget Review and Ruth Holt disagree. “It is wrong,” she said.",
        "It is wrong",
        "Ruth Holt",
        "pronoun",
        "she is never an organisation opening the sentence",
    ),
    _case(
        NAMED,
        "The Bank of England and Barclays both cut rates. “We had no choice,” Barclays said.",
        "We had no choice",
        "Barclays",
        "named",
        "a bank of a place and another bank stay two organisations",
    ),
    _case(
        NAMED,
        "Kestrel Rovers have parted company with Dan Hollis.\n\n"
        "“We wish Dan well,” the Kestrels said in a statement.",
        "We wish Dan well",
        "Kestrel Rovers",
        "named",
        "a team's nickname from its name stands for the club",
    ),
    _case(
        NAMED,
        "Kestrel Rovers sacked Dan Hollis on Monday.\n\n“We wish him well,” the Magpies said.",
        "We wish him well",
        "Kestrel Rovers",
        "named",
        "a nickname in a story about one club is that club",
    ),
    _case(
        NOT_SPEAKERS,
        "Harlow Town beat Crowmarsh on Saturday.\n\n“We were poor,” the Magpies said.",
        "We were poor",
        None,
        None,
        "a nickname with two sides in the story: neither, and not the nickname",
    ),
    _case(
        STATEMENT,
        "Kestrel Rovers have parted company with Dan Hollis.\n\n"
        "A statement on the club’s website read: “We wish Dan well.”",
        "We wish Dan well",
        "Kestrel Rovers",
        "statement",
        "a statement on the club's website",
    ),
    _case(
        STATEMENT,
        "Tallis Moore has cancelled her tour.\n\n"
        "The 200-word statement, posted on Instagram, read: “I need to rest.”",
        "I need to rest",
        "Tallis Moore",
        "statement",
        "a statement with a participle appositive",
    ),
    _case(
        STATEMENT,
        "Ruth Holt has resigned.\n\n“It has been an honour,” read her resignation letter.",
        "It has been an honour",
        "Ruth Holt",
        "statement",
        "verb before a possessive document",
    ),
    _case(
        NAMED,
        "Ruth Holt has resigned.\n\n“It has been an honour,” Ms Holt, 61, wrote in her "
        "resignation letter, which was seen by the Harbour Times.",
        "It has been an honour",
        "Ruth Holt",
        "named",
        "an honorific surname after the full name, and a paper that saw the letter",
    ),
    _case(
        DESCRIPTION,
        "Voss Motors has recalled 40,000 cars.\n\n“Safety comes first,” the Stuttgart-based "
        "firm said.",
        "Safety comes first",
        "Voss Motors",
        "description",
        "a place-based compound modifier in an organisation description",
    ),
    _case(
        NONE,
        "Voss Motors has recalled 40,000 cars.\n\n“Safety comes first,” said Voss in a "
        "statement. “We are contacting owners.”",
        "We are contacting",
        "Voss Motors",
        "named",
        "a statement split around said and a short form of the company",
    ),
    _case(
        NONE,
        "Harlow Town manager Ben Ekwueme was furious after the defeat.\n\n"
        "“We were robbed,” he said.\n\n"
        "Ekwueme’s opposite number Ada Fenn disagreed. “It was a fair result.”",
        "It was a fair result",
        "Ada Fenn",
        "introduction",
        "a possessive of someone else does not block the sentence's subject",
    ),
    _case(
        NONE,
        "Harlow Town lost to Crowmarsh after a late penalty.\n\n"
        "The Football Association said it would review the incident. “We will look at the "
        "footage.”",
        "We will look",
        "Football Association",
        "introduction",
        "an organisation that speaks in the sentence before an unattributed quote",
    ),
    _case(
        SPOKESPERSON,
        "Bus fares will rise in March.\n\nA Department for Transport and Roads spokeswoman "
        "said the rise was needed. “Costs have gone up,” she added.",
        "Costs have gone",
        "Department for Transport and Roads",
        "pronoun",
        "the spokeswoman of a multi-word department",
    ),
    _case(
        SPOKESPERSON,
        "Visa fees will rise in April.\n\nA Home Office spokesman said: “The fees cover the "
        "cost of the service.”",
        "The fees cover",
        "Home Office",
        "spokesperson",
        "title words that name an institution stay in its name",
    ),
    _case(
        PRONOUN,
        "Visa fees will rise in April.\n\nA Home Office spokesman said the rise was fair. He "
        "added: “The fees cover the cost of the service.”",
        "The fees cover",
        "Home Office",
        "pronoun",
        "he after a reported spokesman is the department",
    ),
    _case(
        PRONOUN,
        "Visa fees will rise in April. Ruth Holt is angry.\n\nA Home Office spokesman said the "
        "rise was fair. “It is a scandal,” she said.",
        "It is a scandal",
        "Ruth Holt",
        "pronoun",
        "she after a spokesman is not the spokesman",
    ),
    _case(
        NAMED,
        "Dan Hollis was asked about his future.\n\n“No,” came the reply from Hollis.",
        "No",
        "Dan Hollis",
        "named",
        "came the reply from NAME after the quote",
    ),
    _case(
        DESCRIPTION,
        "Kestrel Rovers were asked about the sacking.\n\n“No comment,” came the curt response "
        "from the club.",
        "No comment",
        "Kestrel Rovers",
        "description",
        "came the response from a described organisation",
    ),
    _case(
        PRONOUN,
        "Tallis Moore is on holiday.\n\nShe shared a photo alongside the caption: “Sun’s out.”",
        "Sun’s out",
        "Tallis Moore",
        "pronoun",
        "an Instagram caption introduced by its poster",
    ),
    _case(
        NAMED,
        "Ana Ruiz lost her seat.\n\nSpeaking to reporters, a visibly emotional Ruiz said: “It "
        "hurts.”",
        "It hurts",
        "Ana Ruiz",
        "named",
        "an article and adjectives before the name",
    ),
    _case(
        NAMED,
        "Ana Ruiz lost her seat. Tom Grant won.\n\nRuiz, meanwhile, said: “It hurts.”",
        "It hurts",
        "Ana Ruiz",
        "named",
        "a parenthetical adverb between name and verb",
    ),
    _case(
        STATEMENT,
        "Ruth Holt and Tom Grant met in Harlow.\n\nA joint statement from Holt and Grant read: "
        "“We agree.”",
        "We agree",
        None,
        None,
        "a joint statement from two people",
    ),
    _case(
        DESCRIPTION,
        "Tallis Moore posted a video on TikTok.\n\nIn the video, the influencer said: “Be kind.”",
        "Be kind",
        "Tallis Moore",
        "description",
        "a fronted 'In the video' and a celebrity description",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz, 41, a nurse from Harlow, was among those rescued.\n\n“The water came so "
        "fast,” she said.",
        "The water came",
        "Ana Ruiz",
        "pronoun",
        "she after an age and a role appositive",
    ),
    # -- forms of fewer outlets: titles, letters after names, demonyms, employers -----
    _case(
        NAMED,
        "Senate Majority Leader Carl Whitby told reporters he was “confident” the bill "
        "would pass.\n\n“We have the votes,” Whitby said.",
        "We have the votes",
        "Carl Whitby",
        "named",
        "a title with an organisation word before it is stripped from the name",
    ),
    _case(
        NAMED,
        "Harlow Town Council Leader Ivy Marsh opened the library.\n\n"
        "“It is a great day,” Marsh said.",
        "It is a great day",
        "Ivy Marsh",
        "named",
        "a council's leader: the council's name and the title are stripped",
    ),
    _case(
        NAMED,
        "Lifeguard Bryn Tamblyn said: “We pulled four swimmers from the rip today.”",
        "We pulled four swimmers",
        "Bryn Tamblyn",
        "named",
        "a trade in the list of roles ('Lifeguard') before a full name is a title, not a forename",
    ),
    _case(
        DESCRIPTION,
        "Lifeguard Bryn Tamblyn, 24, was on duty when the rip formed.\n\n“It pulled them "
        "out in seconds,” the lifeguard said.",
        "It pulled them out",
        "Bryn Tamblyn",
        "description",
        "the trade stripped from the name is kept as his role, so 'the lifeguard' finds him",
    ),
    _case(
        NAMED,
        "Major Iona Faskin said: “The bridge will carry tanks by Friday.”",
        "The bridge will carry",
        "Iona Faskin",
        "named",
        "a rank written out ('Major') before a full name is a title",
    ),
    _case(
        NAMED,
        "Tom Major, 60, runs the island ferry.\n\n“We are closed until the storm passes,” "
        "Major said.",
        "We are closed",
        "Tom Major",
        "named",
        "a rank that is also a surname is a title only before a full name, never alone",
    ),
    _case(
        NAMED,
        "Harpist Cerys Moll said: “The new hall sounds wonderful.”",
        "The new hall sounds",
        "Cerys Moll",
        "named",
        "a word shaped like a calling ('-ist') before a full name is a title, not a forename",
    ),
    _case(
        NAMED,
        "Ana Maria Vesk said: “The water rose over the doorstep.”",
        "The water rose over",
        "Ana Maria Vesk",
        "named",
        "a name of three words opening its sentence stays whole",
    ),
    _case(
        NAMED,
        "The river burst its banks on Monday. In Dunmore Petra Vesk said: “The water rose "
        "over the doorstep.”",
        "The water rose over",
        "Petra Vesk",
        "named",
        "a place after an opening preposition, with no comma, is not part of the name",
    ),
    _case(
        NAMED,
        "In Dunmore Petra Vesk watched the water rise.\n\n“It rose over the doorstep,” "
        "Vesk said.",
        "It rose over the",
        "Petra Vesk",
        "named",
        "the name scan reads the same name after the place, so her surname expands to it",
    ),
    _case(
        PRONOUN,
        "In Ana Maria Vesk's view the plan fails. “It will not work,” she said.",
        "It will not work",
        None,
        "pronoun",
        "a possessive after the name is the person's view: no place is cut from the name",
    ),
    _case(
        NAMED,
        "Passenger Chloe Fenwick said the airline had offered “no information at all”.",
        "no information",
        "Chloe Fenwick",
        "named",
        "a capitalised 'Passenger' opening the sentence says what she is, not who",
    ),
    _case(
        PRONOUN,
        "Regular Pete Ambrose, 70, has drunk at the pub since 1975.\n\n"
        "“He would give you his last pound,” he said.",
        "He would give",
        "Pete Ambrose",
        "pronoun",
        "a regular at the pub: 'Regular' is not his given name",
    ),
    _case(
        NAMED,
        "After the verdict, her barrister, Alistair Mowbray KC, said: “She has been "
        "vindicated.”",
        "She has been",
        "Alistair Mowbray",
        "named",
        "letters after a name (KC) are not part of it",
    ),
    _case(
        PRONOUN,
        "Wend Warriors beat the champions on Saturday.\n\nWarriors director of rugby Owen "
        "Prowe was full of praise.\n\n“Jacques has ice in his veins,” he said.",
        "Jacques has ice",
        "Owen Prowe",
        "pronoun",
        "a team named before a job title employs the person: 'he' is never the team",
    ),
    _case(
        DESCRIPTION,
        "Harlow Town defender Luca Moretti has apologised for his comments.\n\n"
        "The club said in a statement that it had “spoken to Luca” about them.",
        "spoken to Luca",
        "Harlow Town",
        "description",
        "a town's name before 'defender' is the player's club",
    ),
    _case(
        PRONOUN,
        "Quarby mother Ann Reid, 34, found the dog on Monday.\n\n“It was shaking,” she said.",
        "It was shaking",
        "Ann Reid",
        "pronoun",
        "a private role names no employer: the town stays a place",
    ),
    _case(
        DESCRIPTION,
        "Fly-half Jacques du Toit kicked 17 points for Wend Warriors.\n\n"
        "“I just told myself to breathe,” the South African said.",
        "I just told myself",
        "Jacques du Toit",
        "description",
        "a two-word nationality is a descriptor, and a rugby position a title",
    ),
    _case(
        DESCRIPTION,
        "Senior coroner Catherine Loxley said she would write to the highways authority.\n\n"
        "“The risks at this junction were known,” the coroner said.",
        "The risks",
        "Catherine Loxley",
        "description",
        "a coroner is a title: 'the coroner' is the person given it",
    ),
    _case(
        DESCRIPTION,
        "Creative director Ottavio de la Rosa sent out 48 looks.\n\nVogue Runway's Anna "
        "Feld called it “a masterclass”.\n\n“It is a very good moment,” the designer added.",
        "It is a very good moment",
        "Ottavio de la Rosa",
        "description",
        "a fashion house's creative director is its designer, not the critic in view",
    ),
    _case(
        DESCRIPTION,
        "Storm Ivo live: thousands without power\n\n13.30 GMT\n\nThe energy firm Pellgrid "
        "says 48,000 homes are without electricity.\n\n13.41 GMT\n\nIn a post on X, the "
        "company wrote: “Our teams will work through the night.”",
        "Our teams will work",
        "Pellgrid",
        "description",
        "a live blog's time zone (GMT) is not an organisation",
    ),
    _case(
        DESCRIPTION,
        "TV presenter KATIE HOLLOWAY has revealed a secret health battle.\n\n"
        "The 38-year-old told the magazine: “There were days I couldn't get up.”",
        "There were days",
        "KATIE HOLLOWAY",
        "description",
        "a tabloid's name in capitals is a person, not an acronym",
    ),
    _case(
        DESCRIPTION,
        "TV presenter KATIE HOLLOWAY has revealed a secret health battle.\n\n"
        "Katie, who hosts the breakfast show Daybreak Mug, was diagnosed last year.\n\n"
        "“My husband has been my rock,” the mum-of-two said.",
        "My husband",
        "KATIE HOLLOWAY",
        "description",
        "the given name in lower case after the name in capitals is the same person",
    ),
    _case(
        NAMED,
        "Halbrook Bank made a profit of £4bn.\n\nAnalysts at Pelham Securities described "
        "the figures as “solid if unspectacular”.",
        "solid if",
        "Pelham Securities",
        "description",
        "a capitalised group noun opening the sentence is no name: its firm's analysts speak",
    ),
    _case(
        PRONOUN,
        "According to the opposition leader, Claire Dufresne, the tram is a bottomless "
        "pit.\n\n“The citizens of Lyonne deserve the truth,” she affirmed.",
        "The citizens",
        "Claire Dufresne",
        "pronoun",
        "translated copy's 'affirmed' is a speech verb",
    ),
    _case(
        PRONOUN,
        "Niamh Walsh spent eight months in rehabilitation.\n\n“Every day was a small "
        "battle,” she reflects. “Some days I lost.”",
        "Every day",
        "Niamh Walsh",
        "pronoun",
        "a feature's 'she reflects' is a speech verb",
    ),
    _case(
        DESCRIPTION,
        "Ashvale striker Diego Fernández Ruiz scored from the spot.\n\nFernández Ruiz, who "
        "joined from Sevilla, was delighted.\n\n“I have waited a long time,” the Spaniard "
        "said.",
        "I have waited",
        "Diego Fernández Ruiz",
        "description",
        "a double surname after the full name is the same person",
    ),
    _case(
        PRONOUN,
        "Niamh Ó Briain will run the marathon on Sunday.\n\nÓ Briain, now 34, spent eight "
        "months in rehabilitation.\n\n“Every day was a small battle,” she says.",
        "Every day",
        "Niamh Ó Briain",
        "pronoun",
        "a surname with its particle after the full name is the same person",
    ),
    _case(
        PRONOUN,
        "Broker David Hollis said other lenders were likely to follow.\n\n“It's a price "
        "war now,” he said.",
        "price war",
        "David Hollis",
        "pronoun",
        "a broker's job title is stripped from the name",
    ),
    _case(
        NONE,
        "'Nobody believed in us'\n\nHalden Rovers' captain Tomasz Nowak has led the side to "
        "the fourth round. We spoke to him before Saturday's tie.\n\nHow does it feel?\n\n"
        "“Honestly, it hasn't sunk in.”",
        "it hasn't sunk in",
        "Tomasz Nowak",
        "introduction",
        "an interview's first answer, after a question, is the person introduced",
    ),
    _case(
        NONE,
        "Brisby Rovers' captain Tomasz Nowak has led the side to the fourth round.\n\n"
        "How does it feel?\n\n“Honestly, it hasn't sunk in.”\n\nDo you fancy your chances?"
        "\n\n“Why not? It's eleven against eleven.”",
        "eleven against",
        "Tomasz Nowak",
        "continuation",
        "a later answer, after another question, continues the interviewee",
    ),
    _case(
        NONE,
        "Tomasz Nowak met coach Ana Ruiz on Monday.\n\nWhat happens now?\n\n“We wait.”",
        "We wait",
        None,
        None,
        "two people before the question: whose answer is it?",
    ),
    _case(
        NAMED,
        "The mayor, Jean-Paul Morel, defended the tram.\n\nAccording to the opposition "
        "leader, Mrs. Claire Dufresne, the project “has become a bottomless pit”.",
        "bottomless pit",
        "Claire Dufresne",
        "named",
        "'according to' a role and the name in apposition: the name, not the role",
    ),
    _case(
        STATEMENT,
        "Brightwells is to close 40 stores, according to a memo seen by the Quarby "
        "Herald.\n\n“These decisions have not been taken lightly,” the memo, signed by "
        "managing director Odile Fenwright, said.",
        "These decisions",
        "Odile Fenwright",
        "statement",
        "a document signed by a named person speaks for its signer",
    ),
    _case(
        NONE,
        "Voss Motors will cut 3,000 jobs.\n\nVoss Motors chief executive Karl Brandt was "
        "upbeat on Tuesday. “We are stronger than ever.”",
        "stronger than ever",
        "Karl Brandt",
        "introduction",
        "a sentence about a firm's chief executive is about the person, not the firm",
    ),
    _case(
        DESCRIPTION,
        "Model Saskia Vandermeer lands first cover\n\nDutch model Saskia Vandermeer has "
        "landed her first magazine cover.\n\nThe 21-year-old posted the cover with the "
        "caption: “Pinch me.”",
        "Pinch me",
        "Saskia Vandermeer",
        "description",
        "a capitalised description opening the headline ('Model') is not a given name",
    ),
    _case(
        NAMED,
        "Dutch model Saskia Vandermeer landed a cover.\n\nHer agent, Marguerite LeBlanc of "
        "Icon Models, said: “Saskia has worked incredibly hard for this.”",
        "worked incredibly hard",
        "Marguerite LeBlanc",
        "named",
        "an appositive name followed by 'of' and her firm",
    ),
    _case(
        NAMED,
        "Alpine glaciers are shrinking.\n\n“The numbers are alarming,” said the study's lead "
        "author, Prof Ingrid Halvorsen of the University of Bergen.",
        "The numbers",
        "Ingrid Halvorsen",
        "named",
        "a role, then the name in apposition followed by 'of' and a university",
    ),
    _case(
        NAMED,
        "Kestrel Rovers signed winger Thiago Alves da Silva from Porto.\n\n“I am happy,” "
        "Alves da Silva told the club's website.",
        "I am happy",
        "Thiago Alves da Silva",
        "named",
        "a surname of three words after the full name is the same person",
    ),
    _case(
        NAMED,
        "Brandon Holloway appeared in court on Thursday.\n\nHolloway's attorney, Marcus T. "
        "Bell, said his client “vehemently denies” the charges.",
        "vehemently denies",
        "Marcus T. Bell",
        "named",
        "a middle initial inside the appositive name",
    ),
    _case(
        NAMED,
        "Scientists found a fossil in China.\n\nDr Samuel van der Merwe, a palaeontologist "
        "at the Natural History Museum who was not involved in the research, said the "
        "fossil was “beautifully preserved”.",
        "beautifully preserved",
        "Samuel van der Merwe",
        "named",
        "a long appositive (a role and a who-clause) between the name and the verb",
    ),
    _case(
        DESCRIPTION,
        "When Gemma Fairley started shivering, she put it down to a bug.\n\n“I went to bed "
        "thinking I'd feel better,” says the 41-year-old mother-of-two from Ashby.",
        "I went to bed",
        "Gemma Fairley",
        "description",
        "an age before a family description: the family description is the descriptor",
    ),
    _case(
        NAMED,
        "Harlow boss Miguel Ortega hailed a “special” performance after the 3-2 win.",
        "special",
        "Miguel Ortega",
        "named",
        "'hailed' attributes a partial quote, as 'described' does",
    ),
    _case(
        SPOKESPERSON,
        "Soap star Dean Whitsey has split from his fiancée.\n\nDean's rep said: “We won't be "
        "commenting on his private life.”",
        "We won't be",
        "Dean Whitsey",
        "spokesperson",
        "'Dean' before a surname is a given name, and his rep speaks for him ('a rep for Dean')",
    ),
    _case(
        DESCRIPTION,
        "Harlow beat Crowmarsh 3-2.\n\nCrowmarsh manager Pete Doyle was left fuming.\n\n"
        "“We threw it away,” said the former Ireland midfielder.",
        "We threw it away",
        "Pete Doyle",
        "description",
        "a former career ('the former Ireland midfielder') is the person in view",
    ),
    _case(
        NAMED,
        "Gemma Fairley spent 11 days in intensive care.\n\nHer husband, Rob, recalls: “The "
        "doctors told me to prepare for the worst.”",
        "The doctors told me",
        "Rob",
        "named",
        "a one-word name in apposition to a person's role",
    ),
    _case(
        SPOKESPERSON,
        "Foreign Ministry spokesperson Mao Ling urged restraint on Thursday.\n\n“Dialogue is "
        "the only way,” Mao said.\n\nThe spokesperson further stressed that the country "
        "“firmly opposes” unilateral action.",
        "firmly opposes",
        "Mao Ling",
        "spokesperson",
        "'the spokesperson' after a named spokesperson is that person",
    ),
    _case(
        NAMED,
        "Teachers in Wendshire have voted to strike.\n\nThe teaching union's regional "
        "secretary, Bryony McAllister, was clear about the reason for the result: “Our "
        "members have had enough.”",
        "Our members",
        "Bryony McAllister",
        "named",
        "a role and a name in apposition open the sentence that a colon ends",
    ),
    _case(
        DESCRIPTION,
        "Labour leader vows to scrap fees\n\nBy Hannah Price, Political Correspondent\n\n"
        "The Labour leader, Sir Keir Adebayo, has vowed to scrap fees.\n\nSpeaking at the "
        "conference, the Labour leader said: “No young person should start in debt.”",
        "No young person",
        "Keir Adebayo",
        "description",
        "a role before an honorific and a name in apposition; a byline names no one",
    ),
    _case(
        DESCRIPTION,
        "The Tory education spokesman, Oliver Grantham MP, called the plan a fantasy.\n\n"
        "“They cannot say how they would pay for it,” the Conservative MP told reporters.",
        "They cannot say",
        "Oliver Grantham",
        "description",
        "'MP' after a name is a seat, not part of the name, and a title for 'the MP'",
    ),
    _case(
        PRONOUN,
        "Tomás Herrera has baked bread in Dunmere for 31 years.\n\nHis daughter Lucía, 28, "
        "now runs the business side.\n\n“Dad would give the bread away if I let him,” she "
        "laughs.",
        "Dad would give",
        "Lucía",
        "pronoun",
        "a feature's 'she laughs' is a speech verb",
    ),
    _case(
        NAMED,
        "Tech billionaire Rex Calloway attacked the regulators.\n\nCalloway, 53, later added "
        "in a video: “We will fight this all the way.”",
        "We will fight",
        "Rex Calloway",
        "named",
        "an adverb between the age appositive and the verb",
    ),
    _case(
        NAMED,
        "Shares in Fenwick Water fell 22% after the utility scrapped its dividend.\n\nThe "
        "regulator, Ofwat, said it was “monitoring the situation closely”.",
        "monitoring the situation",
        "Ofwat",
        "named",
        "a one-word organisation in apposition to an organisation's role",
    ),
    _case(
        PRONOUN,
        "Two beaver kits have been born.\n\n“We were thrilled,” said project officer Hettie "
        "Brennan-Ward.\n\nLocal farmer Geoff Tilling, whose land borders the site, has been "
        "less enthusiastic. “They have flooded two of my fields,” he said.",
        "flooded two",
        "Geoff Tilling",
        "pronoun",
        "', whose' follows people as often as organisations: it types nobody",
    ),
    _case(
        NAMED,
        "Junior doctors will strike next month.\n\nCommittee co-chairs Dr Rhiannon Price and "
        "Dr Vivek Trivedi said ministers had “failed to make a credible offer”.",
        "failed to make",
        None,
        None,
        "two speakers joined by 'and', each with an honorific",
    ),
    _case(
        DESCRIPTION,
        "STRICTLY star Anton Petrov has opened up about his heartbreak.\n\nThe Russian-born "
        "dancer, 44, told us: “I smiled every Saturday but inside I was falling apart.”",
        "I smiled",
        "Anton Petrov",
        "description",
        "'the dancer' describes the person in view, as 'the singer' does",
    ),
    _case(
        PRONOUN,
        "Gales closed the coast road.\n\nForecaster Tom Vell said more wind was due.\n\n"
        "The leader of Ferrow Council, Cllr Ada Pine, has urged people to stay at home.\n\n"
        "“Please do not travel,” she said.",
        "Please do not travel",
        "Ada Pine",
        "pronoun",
        "she after a sentence opening with a role, a comma and an honorific before the name",
    ),
    _case(
        NONE,
        "Shop saved by villagers\n\n“We couldn't let it close.”\n\nThat was the verdict of "
        "Glenda Marr, one of 200 residents who bought the shop.",
        "We couldn't let it close",
        "Glenda Marr",
        "afterword",
        "the next sentence says whose words they were",
    ),
    _case(
        NONE,
        "“Bread is a promise.”\n\nSo says baker Ivo Tran, who opens at four every morning.",
        "Bread is a promise",
        "Ivo Tran",
        "afterword",
        "so says, a role, then the name",
    ),
    _case(
        NONE,
        "“It was the year everything changed.”\n\nThat was the year of Ivo Tran's first "
        "shop. Tran opened it alone.",
        "It was the year",
        None,
        None,
        "a sentence about a year names a person, but not as the quote's speaker",
    ),
    _case(
        NONE,
        "“We couldn't let it close.”\n\nThat was the message from critics of Tom Baines, who "
        "sold the shop.",
        "We couldn't let it close",
        None,
        None,
        "the words after of/from must be a role at most: critics of Baines are not Baines",
    ),
    _case(
        NAMED,
        "Rebels met Hattie Lomas.\n\n“Towns must decide,” said one of them, who met Hattie "
        "Lomas.",
        "Towns must decide",
        None,
        "description",
        "a clause after the comma is not an appositive: no name",
    ),
    _case(
        NAMED,
        "Rebels signed the amendment.\n\n“Towns must decide,” said one of them, former "
        "minister Hattie Lomas.",
        "Towns must decide",
        "Hattie Lomas",
        "named",
        "one of a group, then a role and the name in apposition",
    ),
    _case(
        DESCRIPTION,
        "HOTEL WEDDING HELL\n\nA couple's wedding at the Grand Orrell was ruined by a flood."
        "\n\nBut bosses at the Grand Orrell hit back. A spokesman said: “We offered a full "
        "refund.”",
        "We offered a full refund",
        "Grand Orrell",
        "spokesperson",
        "a headline in capitals names no one; the hotel that hit back is the organisation",
    ),
    _case(
        PRONOUN,
        "Brisby Town manager Stu Marr says his side must be ruthless.\n\nThe former Wales "
        "international also confirmed that captain Ben Okoro will miss Saturday's game.\n\n"
        "“Ben's a big loss,” he said.",
        "Ben's a big loss",
        "Stu Marr",
        "pronoun",
        "he after a sentence opening with a country's cap: that person, not the name after",
    ),
    _case(
        DESCRIPTION,
        "Brisby Town manager Stu Marr was upbeat.\n\n“We go again,” the former Wales "
        "international said.",
        "We go again",
        "Stu Marr",
        "description",
        "a country's cap after the: the person in view",
    ),
    _case(
        PRONOUN,
        "Minister Ola Brandt flew to Geneva.\n\nThe international community urged talks with "
        "Ivo Renn.\n\n“We are ready,” he said.",
        "We are ready",
        "Ivo Renn",
        "pronoun",
        "the international community is not a person: he is the name in that sentence",
    ),
    _case(
        SPOKESPERSON,
        "Chef Marco Lenn hit back at a critic.\n\nHis restaurant group, Lenn & Co, said "
        "bookings were fine. “We are fully booked,” a spokeswoman said.",
        "We are fully booked",
        "Lenn & Co",
        "spokesperson",
        "& Co ends a firm's name even after a person's surname",
    ),
    _case(
        PRONOUN,
        "Harlow Town striker Kofi Mensah has apologised for his red card.\n\nThe 24-year-old "
        "released a statement on social media on Sunday.\n\nIt read: “I let my team-mates "
        "and the fans down.”",
        "I let my team-mates",
        "Kofi Mensah",
        "pronoun",
        "'It read:' after a person's statement is that person, not his club",
    ),
    _case(
        DESCRIPTION,
        "The Financial Conduct Authority has fined Brockway Bank £28m.\n\nThe watchdog said "
        "the lender had “fallen well short” of the standards expected.",
        "fallen well short",
        "Financial Conduct Authority",
        "description",
        "a watchdog is an authority, not the most salient bank",
    ),
    _case(
        DESCRIPTION,
        "Kees de Vries won the final.\n\nHis opponent, Welshman Gareth Prowe-Morgan, was "
        "gracious in defeat. “He was too good tonight,” said the 41-year-old.",
        "too good tonight",
        "Gareth Prowe-Morgan",
        "description",
        "a capitalised nationality heading a full name is stripped from it",
    ),
    _case(
        NAMED,
        "Dutch darts star Kees de Vries won the Grand Slam.\n\n“I dreamed about this,” "
        "said De Vries, 27.",
        "I dreamed",
        "Kees de Vries",
        "named",
        "a particle capitalised inside the sentence is the same surname",
    ),
    _case(
        DESCRIPTION,
        "Detective Chief Inspector Amit Sharma said officers had several leads.\n\n“We will "
        "not rest,” the senior investigating officer added.",
        "We will not rest",
        "Amit Sharma",
        "description",
        "a detective inspector is the officer of 'the senior investigating officer'",
    ),
    _case(
        NAMED,
        "Budget live: the reaction\n\n12:01\n\nAna Ruiz (Labour): “This budget fails working "
        "families.”\n\n12:04\n\nTom Baines, Conservative: “Nonsense from start to finish.”",
        "Nonsense from start",
        "Tom Baines",
        "named",
        "a live blog's 'Name, Party:' before the quote",
    ),
    _case(
        PRONOUN,
        "Dr Sam Ofori resigned on Monday.\n\nHealth campaigner Tom Ash, whose mother waited 19 "
        "hours for a bed, called it a start. “But it fixes nothing,” he added.",
        "But it fixes nothing",
        "Tom Ash",
        "pronoun",
        "a person's role before 'Name, whose': a person, not an organisation",
    ),
    _case(
        PRONOUN,
        "Dr Sam Ofori resigned on Monday.\n\nTom Ash, whose son plays for the club, was "
        "angry. “It fixes nothing,” he said.",
        "It fixes nothing",
        "Tom Ash",
        "pronoun",
        "a family word after whose: a person",
    ),
    _case(
        DESCRIPTION,
        "Acme, whose family of brands includes Zest, cut 200 jobs.\n\n“We regret this,” "
        "the company said.",
        "We regret this",
        "Acme",
        "description",
        "whose family of brands: still a company",
    ),
    # -- business, science and world news: markets, studies, ministries ---------------
    _case(
        SPOKESPERSON,
        "A spokeswoman for Dunmere Water said crews were working overnight. “We apologise "
        "for the delay,” she said.",
        "We apologise",
        "Dunmere Water",
        "pronoun",
        "a spokeswoman with no word before the noun, speaking for a named body, is she",
    ),
    _case(
        SPOKESPERSON,
        "A spokesperson for Channel 9 said the quiz would return in spring.\n\n“It will be "
        "back,” the spokesperson said.",
        "It will be back",
        "Channel 9",
        "spokesperson",
        "the spokesperson is the one reported before, for a numbered broadcaster",
    ),
    _case(
        PRONOUN,
        "Speaking after the final, Nell Arkwright thanked her coach, Ivo Brandt. “We worked "
        "hard for this,” she said.",
        "We worked hard",
        "Nell Arkwright",
        "pronoun",
        "a name in apposition after the main clause's subject is not the subject",
    ),
    _case(
        PRONOUN,
        "Coach Elske Tait picked the squad. Nell Arkwright said the injury had left her in "
        "tears. “It was the hardest month of my life,” she said.",
        "It was the hardest",
        "Nell Arkwright",
        "pronoun",
        "her inside what the subject reports is the subject herself, not someone else",
    ),
    _case(
        PRONOUN,
        "Headteacher Ewan Lusk defended the decision on Monday. One mother, who asked not to be "
        "named, said she was worried. “We have done everything we can,” he said.",
        "We have done",
        "Ewan Lusk",
        "pronoun",
        "an unnamed mother before it does not block a he",
    ),
    _case(
        DESCRIPTION,
        "Joel Brannock, a farmer, lost his barn in the blaze. “It went up in minutes,” the "
        "firefighter said.",
        "It went up",
        None,
        "description",
        "the person just introduced is a farmer: the firefighter is someone else",
    ),
    _case(
        DESCRIPTION,
        "Edda Voss, a nurse, treated the boy at the scene. “He was very lucky,” the woman's "
        "husband said.",
        "He was very lucky",
        None,
        "description",
        "a possessive description is not the person just introduced",
    ),
    _case(
        DESCRIPTION,
        "Dr Ilse Varga, a consultant microbiologist, said the ward had reopened. “We moved fast,” "
        "the infection specialist said.",
        "We moved fast",
        "Ilse Varga",
        "description",
        "a title nobody holds, after a gloss that is no known role: the person just introduced",
    ),
    _case(
        DESCRIPTION,
        "Petra Lund, 62, spoke first at the hearing. “It was a fair process,” the 40-year-old "
        "economist said.",
        "It was a fair process",
        None,
        "description",
        "an age the article gave nobody, while it gave another: an unnamed person",
    ),
    _case(
        NAMED,
        "Marta Quell shares concerns about the tunnel plan. “It is too costly,” Quell said.",
        "It is too costly",
        "Marta Quell",
        "named",
        "shares concerns is not a market move: still a person",
    ),
    _case(
        NAMED,
        "Tobin Reyes's stock has never been higher in the party. “I am humbled,” Reyes said.",
        "I am humbled",
        "Tobin Reyes",
        "named",
        "a person's stock with no market verb: still a person",
    ),
    _case(
        NAMED,
        "Shares in Harwell Mining fell 8% on Monday. “We remain confident,” Harwell said.",
        "We remain confident",
        "Harwell Mining",
        "named",
        "shares in a name that fell: a traded company",
    ),
    _case(
        DESCRIPTION,
        "Grenholm, the capital, which hosts the games, said it was ready: “We are ready.”",
        "We are ready",
        None,
        "description",
        "a name opening the sentence glossed as no speaker's role (a city) does not speak",
    ),
    _case(
        DESCRIPTION,
        "Dr Wren Aldous led the survey of the reef.\n\nAsked about the delay, Mato Ferrin said "
        "he understood it. “Reefs do not keep office hours,” the 47-year-old ecologist said.",
        "Reefs do not",
        "Mato Ferrin",
        "description",
        "an aged role nobody holds: the person in view, as for the bare age",
    ),
    _case(
        DESCRIPTION,
        "Una Kell, a strategist at Dorne Bank, said: “Rates peak here.” The 51-year-old "
        "strategist, a former trader herself, added: “Bonds will rally.”",
        "Bonds will rally",
        "Una Kell",
        "description",
        "an aged role with an appositive before the verb",
    ),
    _case(
        STATEMENT,
        "The Harrow Lantern, a monthly, said in an editorial that it would keep printing.\n\n"
        "“We answer to readers,” the editorial said.",
        "We answer to readers",
        "Harrow Lantern",
        "statement",
        "an editorial is a document its paper issues",
    ),
    _case(
        DESCRIPTION,
        "Shares in Merrow Cable slid 9% after the group cut its dividend.\n\n"
        "Ola Brent, an analyst at Finch Securities, called the cut overdue.\n\n"
        "“We are protecting the balance sheet,” the company said.",
        "protecting the balance sheet",
        "Merrow Cable",
        "description",
        "a traded name is a company; the analyst's employer is not the subject",
    ),
    _case(
        DESCRIPTION,
        "Dunmore Rail shares rose on Monday.\n\nKestine Tull analyst Amos Reyd said the plan "
        "was sound.\n\n“Freight volumes will recover,” the company said.",
        "Freight volumes",
        "Dunmore Rail",
        "description",
        "an employer before a job title is not the company the sentences are about",
    ),
    _case(
        PRONOUN,
        "The Pensions Authority fined Brackley Mutual £9m.\n\nThe watchdog said the insurer "
        "had misled savers.\n\nIn a reply, Brackley said it would not appeal. “We accept the "
        "penalty,” it said.",
        "We accept the penalty",
        "Brackley Mutual",
        "pronoun",
        "it: a named subject of its own sentence is nearer than a role subject before",
    ),
    _case(
        NAMED,
        "Rhian Dowd, a trader at Selsey Partners, which shorts the bank, said the sale was "
        "“a fire sale”.",
        "a fire sale",
        "Rhian Dowd",
        "named",
        "two appositives after a name opening the sentence: the name speaks",
    ),
    _case(
        SPOKESPERSON,
        "In Geneva, a spokeswoman for the agency, who asked not to be named, said the talks "
        "were “stalled”.",
        "stalled",
        None,
        None,
        "two appositives after a fronted place: the place never speaks",
    ),
    _case(
        NAMED,
        "Orbis did not comment. On its website, Orbis's chief operating officer, Lenka Marov, "
        "answered the critics head on: “We ship in March.”",
        "We ship in March",
        "Lenka Marov",
        "named",
        "a role and its appositive name after a fronted phrase, before a colon",
    ),
    _case(
        STATEMENT,
        "The defence ministry said in a statement that shells had come from the Tarvonian "
        "side of the river.\n\n“We will respond,” the statement said.",
        "We will respond",
        "defence ministry",
        "statement",
        "a demonym before a noun is an adjective, never an issuer: the ministry issued it",
    ),
    _case(
        DESCRIPTION,
        "Nimbly, the grocery-delivery app, lost 4,000 orders in the outage.\n\nThe Data "
        "Protection Commissioner's Office said it had asked for a report. Nimbly said the "
        "fault was fixed.\n\n“No card details were exposed,” the company said.",
        "No card details",
        "Nimbly",
        "description",
        "an organisation stays one after its appositive; an Office after a possessive is one name",
    ),
    _case(
        NAMED,
        "“The border stays open,” the Minister for Home Affairs, Reza Tamari, told a briefing.",
        "The border stays open",
        "Reza Tamari",
        "named",
        "the Minister for a brief is a post: the appositive name speaks",
    ),
    _case(
        NONE,
        "“We signed,” Varnia's Secretary for Ports and Maritime Affairs, Lotte Brandt, told "
        "reporters as she left the chamber shortly before midnight. “The rest is detail.”",
        "The rest is detail",
        "Lotte Brandt",
        "continuation",
        "a portfolio's last words name a brief, not a person between the two quotes",
    ),
    _case(
        DESCRIPTION,
        "Its treasurer, Aurelio Vance, said reserves were low. Asked about a levy, the "
        "58-year-old Argentine said: “Not this year.”",
        "Not this year",
        "Aurelio Vance",
        "description",
        "an aged nationality word is a description, never a name",
    ),
    _case(
        DESCRIPTION,
        "Prof Ulla Brinck, a glaciologist at Skarvik University, reviewed the data. The "
        "Danish-born researcher said: “The melt is faster than modelled.”",
        "The melt is faster",
        "Ulla Brinck",
        "description",
        "a birthplace modifier says a person in view when nobody holds the title",
    ),
    _case(
        DESCRIPTION,
        "The Central Bank of Orvania left rates unchanged.\n\nThe economy ministry backed the "
        "move. “Stability comes first,” the ministry said.",
        "Stability comes first",
        "economy ministry",
        "description",
        "a ministry named by its portfolio in lower case is that ministry, not the bank",
    ),
    _case(
        DESCRIPTION,
        "Prof Idris Kirkhope, a hydrologist at Calder University, said the gauges had failed. "
        "“We were flying blind for six hours,” the flood expert said.",
        "We were flying blind",
        "Idris Kirkhope",
        "description",
        "a title nobody holds is the person the sentence before opens with and glosses",
    ),
    _case(
        DESCRIPTION,
        "Talia Green, a nurse on the ward, said the heating broke in May.\n\n"
        "“It is freezing at night,” the specialist said.",
        "It is freezing at night",
        None,
        None,
        "the person just introduced must be in the quote's own paragraph",
    ),
    _case(
        NAMED,
        "Bo Lund, a shopkeeper on the square, said the fire started at dawn. “Nobody was "
        "hurt,” the police said.",
        "Nobody was hurt",
        None,
        None,
        "a group never stands for the person just introduced",
    ),
    _case(
        PRONOUN,
        "Its chair, Elske Kettle, said: “The code works.”\n\nA week later, she said the "
        "review was over. “We are done,” she said.",
        "We are done",
        "Elske Kettle",
        "pronoun",
        "a fronted time phrase is no unnamed speaker: the pronoun is the subject",
    ),
    _case(
        DESCRIPTION,
        "Police held the activist Rui Tavares overnight.\n\nTavares's Civic Dawn Movement "
        "said in a statement that he was unharmed. “He will be back on the streets,” the "
        "movement said.",
        "He will be back",
        "Civic Dawn Movement",
        "description",
        "a political movement is an organisation its description finds",
    ),
    # -- back pages, showbiz and local pages: skippers, clubmen, spokespeople --------
    _case(
        DESCRIPTION,
        "Tarrow Tigers skipper Owen Blyth praised his bowlers. Kelsey Kings captain Dev "
        "Anand blamed the pitch.\n\n“We lost the toss and the game,” the Kelsey skipper "
        "said.",
        "We lost the toss",
        "Dev Anand",
        "description",
        "a captain is the skipper: the modifier picks the other side's captain",
    ),
    _case(
        DESCRIPTION,
        "Roisin Dunleavy has been the county's best forward all summer.\n\n“We owe the "
        "supporters a performance,” said the Glenmore clubwoman.",
        "We owe the supporters",
        "Roisin Dunleavy",
        "description",
        "a clubman or clubwoman is the player in view",
    ),
    _case(
        SPOKESPERSON,
        "Ferrybank Buses to cut route 9\n\nFerrybank Buses director Alan Croft said "
        "Ferrybank Buses would cut the route.\n\nA Wexmoor Borough "
        "Council spokeswoman said it was reviewing the timetable.\n\n“We are talking to "
        "every operator,” the spokeswoman said.",
        "We are talking to every operator",
        "Wexmoor Borough Council",
        "spokesperson",
        "the spokesperson: the one the sentence before reported, not the salient firm",
    ),
    _case(
        SPOKESPERSON,
        "Ferrybank Buses to cut route 9\n\nFerrybank Buses director Alan Croft said "
        "Ferrybank Buses would cut the route.\n\nA Wexmoor Borough "
        "Council spokesperson called the decision “regrettable”.\n\n“We will keep pressing "
        "for a service,” the spokesperson added.",
        "We will keep pressing",
        "Wexmoor Borough Council",
        "spokesperson",
        "the spokesperson: the spokesperson quoted a paragraph earlier",
    ),
    _case(
        SPOKESPERSON,
        "Reality star Kacey Lomax has left the show.\n\nA spokesperson for Channel 7 said: "
        "“Her wellbeing comes first.”",
        "Her wellbeing comes first",
        "Channel 7",
        "spokesperson",
        "a broadcaster's name with a number in it is the organisation spoken for",
    ),
    _case(
        SPOKESPERSON,
        "Defender Callum Reay has retired at 33.\n\nDunford Athletic also paid tribute, "
        "with a club spokesman saying: “He gave us everything.”",
        "He gave us everything",
        "Dunford Athletic",
        "spokesperson",
        "with a spokesman saying: the absolute clause's subject speaks",
    ),
    _case(
        NONE,
        "Tobin Rhee took the bus for 30 years.\n\nAsked whether he would miss the "
        "route, Rhee shrugged.\n\n“I'll walk. I've got two good legs.”",
        "I'll walk",
        "Tobin Rhee",
        "introduction",
        "a quote paragraph after a fronted clause: the main clause's subject",
    ),
    _case(
        NONE,
        "Coach Ilse Marten has rebuilt the squad.\n\n“We had to start again,” Marten "
        "said.\n\nPressed on her own future, the 47-year-old was more guarded.\n\n"
        "“That is for the board to decide.”",
        "That is for the board",
        "Ilse Marten",
        "introduction",
        "a description as the main clause's subject, after a fronted clause",
    ),
    _case(
        NONE,
        "Singer Maeve Tolan, who toured with Dara Quill last year, is back.\n\nShe "
        "added that the new songs were written at home.\n\n“My kitchen table is my "
        "studio now.”",
        "My kitchen table",
        "Maeve Tolan",
        "introduction",
        "a narration paragraph whose subject is a pronoun reporting her words",
    ),
    _case(
        NONE,
        "The presenter Gail Oduya left the network in May.\n\nThe broadcaster, who "
        "worked alongside Ron Petts for a decade, said she needed a rest.\n\n“I was "
        "exhausted, plain and simple.”",
        "I was exhausted",
        "Gail Oduya",
        "introduction",
        "a person named in the subject's relative clause does not block it",
    ),
    _case(
        NONE,
        "Ruth Pell ran the shop for years.\n\nRuth Pell met Harry Voss in 1990.\n\n"
        "“It was the best day of my life.”",
        "It was the best day",
        None,
        None,
        "two people in the narration sentence: whose words these are is unknown",
    ),
    _case(
        PRONOUN,
        "Mira Scott said the scheme would go ahead.\n\nOne father, who did not want to be "
        "named, said he feared for his son.\n\n“The road is a racetrack,” he said.",
        "The road is a racetrack",
        None,
        "pronoun",
        "a pronoun after an unnamed person reported, not quoted: no name",
    ),
    _case(
        NOT_SPEAKERS,
        "Tilly Brennan wrote every song herself.\n\nThe album, Paper Kites, is her "
        "second. The Galway native made it in a barn.\n\n“It's the first record I'm "
        "proud of,” she says.",
        "It's the first record",
        "Tilly Brennan",
        "pronoun",
        "the title of an album named after its noun is never a person",
    ),
    _case(
        NAMED,
        "‘We were written off’ – captain Ollie Brand on the comeback\n\nHarwell came from "
        "three down to draw.",
        "We were written off",
        "Ollie Brand",
        "named",
        "a headline's dash, a role and a name, then 'on' and the topic",
    ),
    _case(
        STATEMENT,
        "Kelsall Rovers have sacked manager Rob Dyer.\n\nThe National League club, who "
        "have lost six in a row, announced the decision in a statement.\n\nIt read: "
        "“We thank Rob for his service.”",
        "We thank Rob",
        "Kelsall Rovers",
        "pronoun",
        "a league's name modifying 'club' is not the issuer: the club is",
    ),
    _case(
        PRONOUN,
        "Actor Niamh Rourke almost said no to the part.\n\nHer agent, Felix Brandt, "
        "talked her into it.\n\n“I owe him a very expensive dinner,” she jokes.",
        "I owe him",
        "Niamh Rourke",
        "pronoun",
        "the subject who talked her into it is not the she who speaks next",
    ),
    _case(
        PRONOUN,
        "Figure Skating Gala star Lena Vogt is expecting a baby.\n\nThe 29-year-old "
        "skater shared a photo on Sunday.\n\n“Our little team is growing,” she wrote.",
        "Our little team",
        "Lena Vogt",
        "pronoun",
        "the sentence before describes the person in view: nearer than a show's name",
    ),
    _case(
        NONE,
        "Leah Marsh is the club's new captain.\n\nMarsh was born in Stockport. Her "
        "brother played for the reserves.\n\n“Football was all we talked about at home.”",
        "Football was all",
        "Leah Marsh",
        "introduction",
        "the narration's last sentence has no subject: the one before it does",
    ),
    _case(
        NONE,
        "Coach Ines Baptiste was pleased with the win.\n\nBaptiste also praised "
        "goalkeeper Sam Okoye, who saved a penalty.\n\n“Sam was a wall today.”",
        "Sam was a wall",
        "Ines Baptiste",
        "introduction",
        "a subject who praises someone named goes on to speak of them",
    ),
    _case(
        NONE,
        "Host Ravi Das asked Mo Lennon what went wrong.\n\n“Everything, honestly.”",
        "Everything, honestly",
        None,
        None,
        "whoever was asked answers: the asker is not the speaker",
    ),
    _case(
        NAMED,
        "Emmy-winner Dara Keogh has a new series.\n\n“It's the best thing I've made,” "
        "Dara Keogh said.",
        "It's the best thing",
        "Dara Keogh",
        "named",
        "an award compound before a name describes the person, it is not part of the name",
    ),
    _case(
        NONE,
        "Guard Malik Dorsey was ejected in the third quarter.\n\nAsked about the "
        "ejection, the veteran guard shrugged.\n\n“I'd do it again.”",
        "I'd do it again",
        "Malik Dorsey",
        "introduction",
        "a basketball guard is the person in view",
    ),
    _case(
        PRONOUN,
        "Soap star Wendy Hale is leaving after 20 years.\n\nAppearing on Channel 9's Sunny "
        "Side Up, Wendy told the hosts: “It was time.”\n\nShe added: “I will miss the cast.”",
        "I will miss the cast",
        "Wendy Hale",
        "pronoun",
        "a show named in the clause fronting the sentence is not its subject",
    ),
    _case(
        DESCRIPTION,
        "Kenya captain Joseph Wambua was upbeat. Uganda skipper Isaac Okello was not.\n\n"
        "“We bowled badly,” the Ugandan captain said.",
        "We bowled badly",
        "Isaac Okello",
        "description",
        "a demonym modifier matches the country before the person's title",
    ),
    _case(
        NONE,
        "Lena Varga, 34, died in hospital on Tuesday.\n\n“She was a wonderful mother "
        "and we will miss her every day.”",
        "She was a wonderful mother",
        None,
        None,
        "a death is not a lead-in: the next paragraph's words are about her, not hers",
    ),
    _case(
        NONE,
        "Owen Brack, 41, was arrested at his home in Dunmore on Monday.\n\n“We are "
        "shocked and we ask for privacy.”",
        "We are shocked",
        None,
        None,
        "a passive sentence tells what befell its subject, not who speaks next",
    ),
    _case(
        NONE,
        "Mr Brack was jailed for six years at Dunmore Crown Court.\n\n“Justice has "
        "finally been done for our family.”",
        "Justice has finally",
        None,
        None,
        "a sentencing is not a lead-in to the sentenced man's words",
    ),
    _case(
        NONE,
        "Lena Varga moved to Dunmore in 2009 to open a bakery.\n\n“Lena never "
        "stopped working for this town.”",
        "Lena never stopped",
        None,
        None,
        "a quote that names the paragraph's subject is someone speaking about her",
    ),
    _case(
        NONE,
        "“We won the cup.” — but Tom Hale, the coach, disagreed.",
        "We won the cup",
        None,
        None,
        "a dash and a conjunction open a clause about someone, not a signature",
    ),
    _case(
        NONE,
        "“We won the cup.” – Tom Hale on the bench smiled as the fans in the north stand "
        "stayed to cheer the team for a long time after the lights had gone out across the "
        "rest of the old ground in the rain and the last of the buses had left the car park",
        "We won the cup",
        None,
        None,
        "a line cut by the search window is no signature's 'on' and topic",
    ),
    _case(
        PRONOUN,
        "Asked about the new single, Ana Ruiz, 29, laughed. “It is about my dad,” she said.",
        "It is about my dad",
        "Ana Ruiz",
        "pronoun",
        "a name after a fronted phrase ending in a work noun is the subject, not the title",
    ),
    _case(
        PRONOUN,
        "In the film, Tom Hale, 52, plays a retired detective.\n\n“I loved the part,” he said.",
        "I loved the part",
        "Tom Hale",
        "pronoun",
        "an age after the name marks a person, not a film's title",
    ),
    # -- launches, disasters and showbiz: a deed then a participle, anonymous sources --
    _case(
        NAMED,
        "Presenter Orla Kemp tried to calm the studio down, telling the guests: “Let's all "
        "take a moment.”",
        "take a moment",
        "Orla Kemp",
        "named",
        "a participle after a deed that is not speech takes the sentence's subject",
    ),
    _case(
        NAMED,
        "Milo Radford is back in Britain.\n\nRadford shared a photo from the airport, "
        "writing: “Home at last after six long months.”",
        "Home at last",
        "Milo Radford",
        "named",
        "a post described, then the participle writing: the sentence's subject",
    ),
    _case(
        NAMED,
        "The show ends next week.\n\nHer co-host Dina Farrow paid tribute, saying: “Nobody "
        "worked harder on this show than Sam.”",
        "Nobody worked harder",
        "Dina Farrow",
        "named",
        "a possessive role before the subject's name, then a deed and saying:",
    ),
    _case(
        DESCRIPTION,
        "Singer Beau Lark was arrested last week.\n\nThe chart-topping singer later took to "
        "his Instagram story, writing: “Don't believe the rumours.”",
        "Don't believe",
        "Beau Lark",
        "description",
        "a description as the subject of a deed, then writing:",
    ),
    _case(
        PRONOUN,
        "Mayor Ann Bright opened the bridge.\n\nOne nurse from Dunmore, who crosses it daily, "
        "said it had been a long wait. “Two years of detours,” she said.",
        "Two years of detours",
        None,
        None,
        "an unnamed person with a place after the noun reports, then she: no earlier name",
    ),
    _case(
        DESCRIPTION,
        "TV host Rob Penn and Lara Cole fell out last year.\n\nA source close to Cole said: "
        "“Lara has moved on and wishes him well.”",
        "Lara has moved on",
        None,
        None,
        "a source close to a person is not that person",
    ),
    _case(
        DESCRIPTION,
        "Singer Nia Vale split from Theo Grant in May.\n\nSources close to Nia Vale said: "
        "“She is happier than ever.”",
        "happier than ever",
        None,
        None,
        "sources close to a named person are not that person",
    ),
    _case(
        STATEMENT,
        "Police were called to the Orbit Club in Leeds.\n\nSinger Kez Mallory was later "
        "released.\n\nMallory's management issued a statement on Monday. It read: “Kez was "
        "protecting a friend.”",
        "protecting a friend",
        "Kez Mallory",
        "pronoun",
        "a statement issued by a person's management is that person's",
    ),
    _case(
        STATEMENT,
        "Tolworth Athletic have suspended the coach. Police are investigating.\n\nJo Finch's "
        "lawyers released a statement. It said: “She denies every allegation.”",
        "denies every allegation",
        "Jo Finch",
        "pronoun",
        "it said right after a person's lawyers released a statement: the person",
    ),
    _case(
        STATEMENT,
        "Tolworth Athletic have suspended the coach.\n\nJo Finch's publicist released a "
        "statement on Friday.\n\n“She is resting at home,” the statement read.",
        "resting at home",
        "Jo Finch",
        "statement",
        "the statement read after a publicist issued it for a client",
    ),
    _case(
        NOT_SPEAKERS,
        "EXCLUSIVE: Sun Villa's Mia and Rory SPLIT weeks after final\n\n“It's for the best,” "
        "Rory told friends.",
        "for the best",
        "Rory",
        "named",
        "a tabloid headline's shouted verb after a given name is not a surname",
    ),
    _case(
        DESCRIPTION,
        "Pellmore to refund players after outage\n\nPellmore said on Monday it would refund "
        "every player.\n\nThe Fair Play Alliance, which had called for refunds, welcomed the "
        "move.\n\n“We will contact players by email,” the company said.",
        "contact players by email",
        "Pellmore",
        "description",
        "the company is not a campaign group named later; a name reporting about itself as it",
    ),
    _case(
        PRONOUN,
        "Brindlecast said it would close two studios.\n\nTom Reyes, a union official, "
        "criticised the plan.\n\n“We regret the decision,” it said.",
        "regret the decision",
        "Brindlecast",
        "pronoun",
        "a one-word name that said it would is an organisation it may stand for",
    ),
    _case(
        DESCRIPTION,
        "Three kayakers were rescued off Bryher Point.\n\nHM Coastguard said the group had "
        "capsized.\n\nThe RNLI's Trevose lifeboat also launched, and RNLI crews searched the "
        "bay.\n\nThe "
        "coastguard warned paddlers to check forecasts. “Conditions changed within minutes,” "
        "the agency said.",
        "Conditions changed within minutes",
        "HM Coastguard",
        "description",
        "another noun for the body a role noun opening the sentence before stands for",
    ),
    _case(
        DESCRIPTION,
        "Floods cut off two villages in the Arlemont valley.\n\n“Roads will stay closed "
        "until Friday,” the prefecture of Haute-Morvienne said in a statement.",
        "Roads will stay closed",
        "Haute-Morvienne",
        "description",
        "an organisation noun of a named place speaks for that place's body",
    ),
    # -- courts, obituaries and council pages: party labels, questions and answers ----
    _case(
        NAMED,
        "Members approved the library budget by 31 votes to 20.\n\nCllr Rowan Tilley (Lib "
        "Dem), who chairs the scrutiny panel, said: “We were given no figures at all.”",
        "We were given no figures",
        "Rowan Tilley",
        "named",
        "a party label in brackets, then a who-clause, before the verb",
    ),
    _case(
        NAMED,
        "The bin contract was extended for a year.\n\nThe council's deputy leader, Cllr Omar "
        "Fadel (Lab, Eastcombe), told the meeting: “The money is simply not there.”",
        "The money is simply",
        "Omar Fadel",
        "named",
        "a name in apposition keeps its party label and ward out of the name",
    ),
    _case(
        PRONOUN,
        "Witness Hannah Pell told the jury she saw the van leave just after midnight.\n\n“You "
        "could not have seen the number plate from there, could you?” asked Gideon Thrale KC, "
        "for the defence.\n\n“I saw it clearly,” she replied.",
        "I saw it clearly",
        "Hannah Pell",
        "pronoun",
        "who asks a question in cross-examination does not answer it",
    ),
    _case(
        PRONOUN,
        "Education Minister Dara Quill unveiled the plan on Monday.\n\n“It is a fudge,” said "
        "union leader Kath Brody.\n\nOne reporter asked whether the minister had read the "
        "inspectors' report.\n\n“I have read every page of it,” she said.",
        "I have read every page",
        "Dara Quill",
        "pronoun",
        "an unnamed reporter's question is answered by the one it names by role",
    ),
    _case(
        PRONOUN,
        "Greta Blom, 41, chairs the audit panel.\n\nCouncillor Joe Pratt asked Ms Blom whether "
        "the money had gone. “It has not,” she said.",
        "It has not",
        "Greta Blom",
        "pronoun",
        "a question put to a named person is answered by that person",
    ),
    _case(
        PRONOUN,
        "Ann Reid met Tom Hale.\n\nCouncillor Dana Pratt spoke next. “Who is going to pay for "
        "this?” she asked. “Not the developers,” she added.",
        "Not the developers",
        "Dana Pratt",
        "pronoun",
        "a question of the speaker's own, answered in the same paragraph, is still hers",
    ),
    _case(
        PRONOUN,
        "Tom Hale chairs the harbour trust.\n\n“Where is all the money going?” asked resident "
        "Ann Reid.\n\n“We have paid the levy for years,” she said.",
        "We have paid the levy",
        "Ann Reid",
        "pronoun",
        "a question that speaks to no one ('you') is the asker's complaint, not put to another",
    ),
    _case(
        PRONOUN,
        "Tom Hale chairs the library trust.\n\nAnn Reid asked how the council could justify "
        "the cuts. “It is a disgrace,” she said.",
        "It is a disgrace",
        "Ann Reid",
        "pronoun",
        "a question reported with no one named to put it to may be the asker's own",
    ),
    _case(
        PRONOUN,
        "Fire chief Dana Kerr briefed reporters on Monday.\n\n“The blaze started in the "
        "kitchen,” Kerr said.\n\nA reporter asked whether the crews had had enough water."
        "\n\n“We had plenty, and we used all of it,” she said.",
        "We had plenty",
        "Dana Kerr",
        "pronoun",
        "a reporter's question is answered by the person holding the briefing",
    ),
    _case(
        NAMED,
        "The weatherman Colin Brack has died aged 71.\n\nRegional broadcaster Channel 6 said "
        "in a tribute: “Colin brightened forty years of wet Mondays for our viewers.”",
        "brightened forty years",
        "Channel 6",
        "named",
        "a broadcaster's name ends in a number, after its role word",
    ),
    _case(
        NAMED,
        "The weatherman Colin Brack has died aged 71.\n\n“He never once read an autocue "
        "wrong,” Radio 9 said in a tribute.",
        "never once read an autocue",
        "Radio 9",
        "named",
        "a station's numbered name speaks after the quote",
    ),
    _case(
        DESCRIPTION,
        "Edna Fallow, who grew Fallow's Pharmacy from one counter into a chain of 30 shops, "
        "has died aged 88.\n\n“Edna knew every customer by name,” the company said.",
        "Edna knew every customer",
        "Fallow's Pharmacy",
        "description",
        "a shop's possessive name is one organisation, so the company finds it",
    ),
    _case(
        NAMED,
        "Mourners filled the chapel for Abe Linton.\n\n“He never missed a Saturday,” said "
        "Carla Diaz, manager of Linton's Garage.",
        "He never missed a Saturday",
        "Carla Diaz",
        "named",
        "a person glossed as the manager of a possessive-named shop is still the speaker",
    ),
    _case(
        STATEMENT,
        "Brenton Borough Council closed two libraries on Friday.\n\nBrenton Borough Council's "
        "statement said: “We had no other way to balance the budget.”",
        "We had no other way",
        "Brenton Borough Council",
        "statement",
        "a statement owned by a name of several words speaks for that name",
    ),
    _case(
        PRONOUN,
        "Kai Oduro, 29, was jailed for six years.\n\nDet Sgt Lena Fry said: “He showed no "
        "remorse.”\n\nMr Oduro's barrister said: “My client will appeal.” He added: “The "
        "sentence is far too long.”",
        "The sentence is far too long",
        None,
        None,
        "an unnamed barrister owned by a titled name speaks, so his 'he' is not the officer",
    ),
    _case(
        NAMED,
        "Edwin Cray, 64, died after a fall at Millbeck Hospital.\n\nAssistant Coroner for "
        "North Quarby, Dr Priya Nair, said: “The fall could not have been foreseen.”",
        "could not have been foreseen",
        "Priya Nair",
        "named",
        "a coroner's post and area before the name in apposition",
    ),
    _case(
        NAMED,
        "Two officers were hurt in the raid.\n\n“Officers acted with great courage,” said "
        "Chief Constable of Quarby Police, Martin Oake.",
        "acted with great courage",
        "Martin Oake",
        "named",
        "a chief constable's post after the verb, then the holder's name",
    ),
    _case(
        NAMED,
        "The budget passed on Thursday.\n\nLeader of Dunmore Council, Cllr Grace Penn, said: "
        "“We will not raise the tax this year.”",
        "We will not raise the tax",
        "Grace Penn",
        "named",
        "a council leader's post is no organisation speaking",
    ),
    _case(
        PRONOUN,
        "Mourners packed the chapel for Nora Quinlan, 88.\n\nThe Rev Alison Hay led the "
        "service. “Nora never missed a Sunday,” she said.",
        "Nora never missed a Sunday",
        "Alison Hay",
        "pronoun",
        "a minister titled after 'The' is a person, not an organisation",
    ),
    _case(
        NAMED,
        "Mourners packed the chapel for Nora Quinlan, 88.\n\n“Nora never missed a Sunday,” "
        "said the Rev Alison Hay.",
        "Nora never missed a Sunday",
        "Alison Hay",
        "named",
        "the honorific after 'the' is dropped before a given name, as without it",
    ),
    _case(
        PRONOUN,
        "Walter Greer, a retired fisherman, has died aged 88.\n\nHarbour master Dilys Roe "
        "said: “The port will not be the same.”\n\nAt the funeral, his granddaughter Leah "
        "Greer spoke first.\n\n“Grandad taught me every knot I know,” she said.\n\nMr "
        "Greer's boat was moored outside the church.",
        "Grandad taught me every knot",
        "Leah Greer",
        "pronoun",
        "a kinship noun gives the relative's gender, and 'Mr Greer' is the father, not her",
    ),
    _case(
        NAMED,
        "Thornby Bowls Club has paid tribute to its founder, Iris Vane.\n\nLong-standing "
        "member Colm Reddy wrote in the comments: “Iris built this green with her own hands.”",
        "Iris built this green",
        "Colm Reddy",
        "named",
        "a speech verb's form after 'the' ('in the comments') is a noun, not the cue",
    ),
    _case(
        NAMED,
        "Shed break-ins in Arnley have doubled this year.\n\n“We patrol the allotments every "
        "night now,” said PCSO Kim Lowe.",
        "We patrol the allotments",
        "Kim Lowe",
        "named",
        "a community support officer's rank is an honorific, dropped before the given name",
    ),
    _case(
        NAMED,
        "Snooker great Vic Darrow has died aged 77.\n\nFormer world champion Lena Holt paid "
        "tribute, saying: “Vic made the game look easy.”",
        "Vic made the game look easy",
        "Lena Holt",
        "named",
        "a participle after a clause with no speech verb takes the sentence's subject",
    ),
    _case(
        PRONOUN,
        "Snooker great Vic Darrow has died aged 77.\n\nPresenter Kate Rowe worked beside him "
        "for 20 years. She took to Instagram, writing: “Rest easy, Vic.”",
        "Rest easy, Vic",
        "Kate Rowe",
        "pronoun",
        "a pronoun subject before a participle speaks, as a name does",
    ),
    # -- known gaps of news text: demonyms, possessive names, clubs, line breaks, glosses -
    _case(
        DESCRIPTION,
        "Italy beat Wales 3-1 in Parma on Saturday.\n\nWales captain Rhodri Vane was booked "
        "early. Italy captain Dario Lenzi scored twice.\n\n“We were second best,” the Welsh "
        "captain said.",
        "We were second best",
        "Rhodri Vane",
        "description",
        "a demonym with an irregular country: Welsh is the Wales captain, not the latest one",
    ),
    _case(
        DESCRIPTION,
        "France drew 1-1 with Spain in Lyon.\n\nSpain coach Iker Solano was angry. France "
        "coach Remy Castel was calm.\n\n“We were robbed,” the Spanish coach said.",
        "We were robbed",
        "Iker Solano",
        "description",
        "Spanish is Spain: the coach titled with the country, not the person in view",
    ),
    _case(
        DESCRIPTION,
        "Germany beat the Netherlands 2-0.\n\nNetherlands coach Joost Aalders was angry. "
        "Germany coach Lars Henning was calm.\n\n“It was not a penalty,” the Dutch coach said.",
        "It was not a penalty",
        "Joost Aalders",
        "description",
        "Dutch is the Netherlands",
    ),
    _case(
        DESCRIPTION,
        "Oreno, the French carmaker, and Kessler, the German carmaker, both cut jobs on "
        "Monday.\n\n“It hurts everyone,” the German carmaker said.",
        "It hurts everyone",
        "Kessler",
        "description",
        "an organisation description's nationality picks the one written with it",
    ),
    _case(
        DESCRIPTION,
        "French carmaker Oreno and German carmaker Kessler both cut jobs on Monday.\n\n“We had "
        "no choice,” the German carmaker said.",
        "We had no choice",
        "Kessler",
        "description",
        "a nationality before the role and the name, for an organisation",
    ),
    _case(
        DESCRIPTION,
        "Kelby Town have signed striker Jonah Mbeki on a two-year deal.\n\n“We are delighted "
        "to welcome Jonah,” the club said.",
        "We are delighted",
        "Kelby Town",
        "description",
        "a club named for its town signs players: the club, not a place",
    ),
    _case(
        PRONOUN,
        "Port Carrick Town said in a statement that manager Ivo Renn had left.\n\n“We thank "
        "Ivo for his work,” it added.",
        "We thank Ivo",
        "Port Carrick Town",
        "pronoun",
        "a club named with a place word speaks in a statement: it is the club",
    ),
    _case(
        PRONOUN,
        "New Tarrow City beat Crowmarsh 2-0 on Saturday.\n\n“A great day for the club,” it "
        "said in a statement.",
        "A great day",
        "New Tarrow City",
        "pronoun",
        "'New' opening a place's or club's name is part of it, not a title",
    ),
    _case(
        NONE,
        "Residents of Kelby Town packed the hall on Monday.\n\n“We will fight this,” the club "
        "said.",
        "We will fight this",
        None,
        None,
        "a town that does nothing a club does stays a place",
    ),
    _case(
        NOT_SPEAKERS,
        "Kelby Town beat Crowmarsh 3-1 on Saturday.\n\n“We were poor,” the Magpies said.",
        "We were poor",
        None,
        None,
        "a nickname when the club named for its town played another side: neither",
    ),
    _case(
        DESCRIPTION,
        "Flu admissions rose again in March. Dr Hana Olsen, a consultant virologist, said the "
        "rise was expected. “We will see more before it falls,” the infection specialist said.",
        "We will see more",
        "Hana Olsen",
        "description",
        "a specialist is any expert: a virologist just introduced is the infection specialist",
    ),
    _case(
        DESCRIPTION,
        "Flu admissions rose again in March.\n\nDr Hana Olsen, a consultant virologist, has "
        "studied the new strain.\n\nHealth minister Tom Vale said hospitals were ready.\n\n"
        "“We will see more cases,” the expert said.",
        "We will see more cases",
        "Hana Olsen",
        "description",
        "the expert is the person given a particular expertise, not the minister named last",
    ),
    _case(
        DESCRIPTION,
        "Flu admissions rose again. Ann Bell, an activist, said the rise was expected. “We "
        "will see more,” the infection specialist said.",
        "We will see more",
        None,
        None,
        "an activist is no specialist: the infection specialist is someone else",
    ),
    _case(
        NONE,
        "Presenter Ola Brandt got engaged in Lisbon in May.\n\nSpeaking to a weekly magazine "
        "last month, Ola said she was keen to slow down.\n\n“I have worked every weekend for "
        "ten years.”",
        "I have worked",
        "Ola Brandt",
        "introduction",
        "what follows a speech verb is her words, not her fate: 'said she was keen' speaks",
    ),
    _case(
        NONE,
        "Goalkeeper Ivo Renn was often the last to leave training.\n\n“I loved the extra "
        "hours.”",
        "I loved the extra",
        "Ivo Renn",
        "introduction",
        "'was often' is no passive verb: the sentence is about him, not what befell him",
    ),
    _case(
        PRONOUN,
        "Shares in Orvale rose 4% on Monday.\n\nAnalysts at Kestrel Capital, led by Ivo Renn, "
        "were more cautious. “We would want to see the full data first,” they wrote.",
        "We would want",
        "Kestrel Capital",
        "pronoun",
        "they after a firm's analysts as a group is the firm, not the analyst leading them",
    ),
    _case(
        PRONOUN,
        "Fans of Kelby Rovers marched on Monday. “We want our club back,” they said.",
        "We want our club",
        None,
        None,
        "fans of a club are not its staff: they is nobody named",
    ),
    _case(
        PRONOUN,
        "Its chair, Elske Kettle, said: “The code works.”\n\nOne dairy farmer in Kent, who "
        "asked not to be named, said he had waited 90 days. “You cannot run a farm on "
        "promises,” he said.",
        "You cannot run a farm",
        None,
        None,
        "an unnamed speaker reported with a modifier and a place after the noun blocks names",
    ),
    _case(
        DESCRIPTION,
        "Valtor's foreign ministry summoned the Ostrevian ambassador on Tuesday.\n\n“These "
        "remarks are unacceptable,” the ministry said.",
        "These remarks",
        "Valtor's foreign ministry",
        "description",
        "a ministry named with its country's possessive keeps the country",
    ),
    _case(
        DESCRIPTION,
        "Rates were left unchanged.\n\n“Inflation is falling,” the finance ministry said.",
        "Inflation is falling",
        "finance ministry",
        "description",
        "the portfolio and the noun are the ministry's name in wire copy",
    ),
    _case(
        DESCRIPTION,
        "Tributes have been paid to Derek Ollen, 74, who died after a crash on the B2110.\n\n"
        "In a statement released through police, his family said: “Derek was a devoted "
        "husband and a proud grandad.”",
        "Derek was a devoted",
        "Derek Ollen's family",
        "description",
        "a family speaks as one: his family is the family of the man the tribute is for",
    ),
    _case(
        DESCRIPTION,
        "Singer Ana Ruiz, 34, died on Monday.\n\n“She lit up every room,” Ruiz's family said.",
        "She lit up",
        "Ana Ruiz's family",
        "description",
        "a named person's family speaks, not the person",
    ),
    _case(
        DESCRIPTION,
        "The Norwegian foreign ministry summoned the envoy on Monday.\n\n“This is "
        "unacceptable,” the ministry said.",
        "This is unacceptable",
        "Norwegian foreign ministry",
        "description",
        "a ministry named with its nationality keeps it",
    ),
    _case(
        DESCRIPTION,
        "The envoy was summoned.\n\n“This is unacceptable,” Valtor's foreign ministry said.",
        "This is unacceptable",
        "Valtor's foreign ministry",
        "description",
        "a country's ministry as the subject of the verb is that ministry, not the country",
    ),
    _case(
        DESCRIPTION,
        "The painting was sold abroad on Monday.\n\nThe Ministry of Culture said it was "
        "aware of the sale.\n\n“We are looking into it,” the ministry said.",
        "We are looking",
        "Ministry of Culture",
        "description",
        "a title word (Culture, Defence) still ends a ministry's name after 'of'",
    ),
    _case(
        STATEMENT,
        "Two engineers from Pellora were arrested in Varsk on Monday.\n\nThe Ministry of "
        "Foreign Affairs of the Republic of Pellora on Tuesday issued the following "
        "statement:\n\n“We call for the release of both engineers without delay.\n\n“Our "
        "embassy stands ready to help their families.”",
        "call for the release",
        "Ministry of Foreign Affairs of the Republic of Pellora",
        "named",
        "a ministry's portfolio of title words (Foreign, Home) stays in its name after 'of'",
    ),
    _case(
        DESCRIPTION,
        "Flood barriers were ordered on Friday.\n\nThe Department of Home Affairs said it had "
        "paid for them.\n\n“They will be in place by June,” the department said.",
        "in place by June",
        "Department of Home Affairs",
        "description",
        "two portfolio words before the remit end the department's name",
    ),
    _case(
        NAMED,
        "The budget was cut on Friday.\n\nA letter from the Ministry of Health reached "
        "Foreign Minister Oda Brannick on Monday.\n\n“Clinics will stay open,” Brannick said.",
        "Clinics will stay",
        "Oda Brannick",
        "named",
        "near miss: a title before a name after the ministry's is no part of its name",
    ),
    _case(
        NAMED,
        "Shoppers queued outside the Harrowgate store on Saturday.\n\n“We are sorry for the "
        "delays,” Brindley's said.",
        "We are sorry",
        "Brindley's",
        "named",
        "a shop named for its founder speaks with its 's",
    ),
    _case(
        SPOKESPERSON,
        "Grocer Brindley's to pay farmers sooner\n\nBrindley's, the supermarket chain, was "
        "fined £3m by the watchdog on Tuesday.\n\nBrindley's said it accepted the ruling. "
        "“We have changed how we pay,” a spokeswoman for the retailer said.",
        "We have changed",
        "Brindley's",
        "spokesperson",
        "the retailer is the shop named with its 's, not a person called Brindley",
    ),
    _case(
        NAMED,
        "Shares in Tollbridge Labs slid.\n\nNot every broker took fright. Ines Harrow at "
        "Caldwell Holdings said: “A bad quarter is not a bad company.”",
        "A bad quarter",
        "Ines Harrow",
        "named",
        "a name ending in s before the verb is no possessive name: the person at the firm speaks",
    ),
    _case(
        NAMED,
        "Chef Colm Brindley, 58, was fined for breaching hygiene rules.\n\n“I accept the "
        "fine,” Brindley's said.",
        "I accept the fine",
        "Colm Brindley",
        "named",
        "a known person's name with a stray 's before the verb is that person",
    ),
    _case(
        SPOKESPERSON,
        "Colm Brindley, 58, denies two counts of fraud.\n\n“He will clear his name,” "
        "Brindley's spokesperson said.",
        "He will clear",
        "Colm Brindley",
        "spokesperson",
        "a person's spokesperson speaks for him, as 'a spokesperson for Mr Brindley' does",
    ),
    _case(
        SPOKESPERSON,
        "Orla Penrose, 44, was cleared of fraud on Monday.\n\n“Ms Penrose is relieved and "
        "will rest with her family,” her spokeswoman said. Penrose's lawyer, Abel Quist, "
        "said: “The case should never have come to court.”",
        "Ms Penrose is relieved",
        None,
        None,
        "'her spokeswoman' names no one here: only a named owner is spoken for",
    ),
    _case(
        SPOKESPERSON,
        "Orla Penrose, 44, was cleared of fraud on Monday.\n\n“Ms Penrose is relieved and "
        "will rest with her family,” Ms Penrose's spokeswoman said.",
        "Ms Penrose is relieved",
        "Orla Penrose",
        "spokesperson",
        "'Ms Penrose's spokeswoman' speaks for her, the same as 'a spokeswoman for Ms Penrose'",
    ),
    _case(
        SPOKESPERSON,
        "Tarn Wexley, the festival's founder, has been charged with theft.\n\n“Mr Wexley "
        "will plead not guilty,” Tarn Wexley's spokesperson told reporters.",
        "will plead not guilty",
        "Tarn Wexley",
        "spokesperson",
        "a full name with a possessive before 'spokesperson' is whom the spokesperson speaks for",
    ),
    _case(
        DESCRIPTION,
        "Orla Penrose, 44, was cleared of fraud on Monday.\n\n“The case should never have "
        "come to court,” Penrose's lawyer said.",
        "The case should never",
        None,
        None,
        "a lawyer is no spokesperson: a person's lawyer speaks as the lawyer, not for the record",
    ),
    _case(
        DESCRIPTION,
        "Colm Brindley, 58, denies two counts of fraud.\n\n“My client is innocent,” "
        "Brindley's lawyer said.",
        "My client is innocent",
        None,
        None,
        "a person's lawyer is not the person",
    ),
    _case(
        DESCRIPTION,
        "Health minister Jo Pellow defended the cuts on Monday.\n\n“The minister has been "
        "clear,” the minister's office said.",
        "has been clear",
        None,
        None,
        "the minister's office speaks, not the minister",
    ),
    _case(
        NONE,
        "Coach Ivy Farrow was asked whether she would stay.\r\n\r\nFarrow smiled and said "
        "nothing for a moment.\r\n\r\n“I am going nowhere.”",
        "I am going nowhere",
        "Ivy Farrow",
        "introduction",
        "a quote paragraph after narration, with Windows line breaks",
    ),
    # ---- sport, consumer and community pages
    _case(
        NAMED,
        "Wren Halloway won the sprint in Dunmore.\n\nAs she crossed the line, Halloway "
        "could be heard shouting to her team.\n\nMoments later Halloway was heard saying: "
        "“That one was for my dad.”",
        "That one was for my dad",
        "Wren Halloway",
        "named",
        "'was heard saying' (a microphone or team radio caught it) keeps its subject as speaker",
    ),
    _case(
        NAMED,
        "Pit wall chief Oren Tasker kept calm.\n\n“Box this lap, box this lap,” Tasker "
        "was heard to say over the radio.",
        "Box this lap",
        "Oren Tasker",
        "named",
        "'was heard to say' is no passive that names a listener",
    ),
    _case(
        SPOKESPERSON,
        "Walkers raised £3,000 for St Brannoc's Hospice in Tilby.\n\nA spokesman for St "
        "Brannoc's Hospice said: “Every pound pays for care at home.”",
        "Every pound pays",
        "St Brannoc's Hospice",
        "spokesperson",
        "a hospice is an institution: 'St' before it is a saint, and the name keeps its 's",
    ),
    _case(
        DESCRIPTION,
        "Nurses at the Royal Carrow Infirmary were praised by inspectors.\n\n“We are proud "
        "of every one of them,” the infirmary said.",
        "We are proud",
        "Royal Carrow Infirmary",
        "description",
        "'the infirmary' is an organisation noun that finds the infirmary just named",
    ),
    _case(
        PRONOUN,
        "Two quad bikes were taken from a farm near Oxley.\n\nA spokesperson for Selbury "
        "Police said the theft happened overnight and officers were checking ANPR cameras. "
        "“We would urge anyone offered a quad bike to call us,” they said.",
        "We would urge anyone",
        "Selbury Police",
        "pronoun",
        "'they' after a reported spokesperson is the organisation spoken for, not a later acronym",
    ),
    _case(
        PRONOUN,
        "A spokesman for Fernhold District Council said tenants had complained about damp "
        "for months. “We have been ignored for years,” they said.",
        "We have been ignored",
        None,
        None,
        "'they' after a spokesman is not the body he spoke for (he would be 'he')",
    ),
    _case(
        NONE,
        "Orla Brandt, 41, runs the florist on Quay Street. She received a letter from the "
        "council last week. “Your lease will not be renewed.”",
        "Your lease",
        None,
        None,
        "a letter she received is someone else's wording, not hers",
    ),
    _case(
        NONE,
        "Piet Vossen has run the cafe for 15 years. He put up a sign on the door on Monday. "
        "“Closed until further notice.”",
        "Closed until",
        None,
        None,
        "the words of a sign he put up are not his speech",
    ),
    _case(
        NONE,
        "Lena Varga signed the accord on Friday. The text of the agreement reads: “Both "
        "sides will withdraw their troops by June.”",
        "Both sides will withdraw",
        None,
        None,
        "'the text of' an agreement is its wording; a text is someone's only with an owner",
    ),
    _case(
        NONE,
        "Harwick Athletic have signed Lena Varga. The club's number one priority is "
        "promotion. “We want to go up this season.”",
        "We want to go up",
        None,
        None,
        "'number one' before a noun is no ranked player ('the world No 7' is)",
    ),
    _case(
        SPOKESPERSON,
        "The Pensions Fairness Board said it had received 300 complaints about the scheme."
        "\n\n“Savers should ask for a written quote,” a PFB spokeswoman said.",
        "Savers should ask",
        "Pensions Fairness Board",
        "spokesperson",
        "an acronym is the body named in full earlier whose initials it spells",
    ),
    _case(
        NAMED,
        "Regulator the Water Standards Office fined Tarrow Water £2m.\n\n“This was a "
        "serious failure,” the WSO said.",
        "This was a serious",
        "Water Standards Office",
        "named",
        "a body's letters after its full name are the same body, in its fullest form",
    ),
    _case(
        NAMED,
        "Brisby wins in straight sets\n\nWorld No 5 Petra Brisby beat Ines Moura 6-2, 6-4 on "
        "Friday. This is what she said afterwards.\n\nQ: How did the wind affect you?\n\n"
        "BRISBY: “It was swirling all the time, so I kept the ball low.”",
        "It was swirling",
        "Petra Brisby",
        "named",
        "a transcript's speaker label in capitals is the person of that surname",
    ),
    _case(
        PRONOUN,
        "Brook fires warning at Doyle\n\nKAI Brook has warned Tommy Doyle he will not last "
        "the distance at the Marrow Arena in June.\n\nThe unbeaten cruiserweight, 26, did not "
        "hold back.\n\nHe said: “I have been patient and now it is time.”",
        "I have been patient",
        "Kai Brook",
        "pronoun",
        "a tabloid's first word in capitals is a given name, not an acronym naming a body",
    ),
    _case(
        NAMED,
        "Waiting lists fall\n\nNHS Selbury said waiting lists fell by a tenth.\n\n“Staff "
        "have worked incredibly hard,” NHS Selbury said.",
        "Staff have worked",
        "NHS Selbury",
        "named",
        "an initialism opening the story stays an organisation's name",
    ),
    _case(
        NONE,
        "‘I WILL BE BACK NEXT YEAR’ Rhys Kettle in fighting mood after Tollmoor defeat\n\n"
        "RHYS Kettle "
        "lost in four sets on Saturday.\n\nThe 24-year-old was downbeat but defiant. “It hurts "
        "now, but I will be back next year,” Kettle said.",
        "I WILL BE BACK",
        "Rhys Kettle",
        "headline",
        "a headline's quote repeats the words of a later quote: the same speaker",
    ),
    _case(
        NONE,
        "‘Never again’ says Tollmoor crowd\n\nFans booed at the end. “Never again will I pay "
        "this much,” said Ada Venn, 61.",
        "Never again",
        None,
        None,
        "two words repeat by chance: too few to make a headline's quote a later speaker's",
    ),
    _case(
        PRONOUN,
        "Its chair, Elske Kettle, said: “The code works.”\n\nOne haulier in Kent, who did not "
        "want his firm named, said he was owed £9,000. “I am the bank now,” he said.",
        "I am the bank now",
        None,
        None,
        "a speaker the reporter leaves unnamed (his firm not named) blocks the earlier name",
    ),
    _case(
        PRONOUN,
        "Volunteer Colin Ashby has run the Tillbrook food bank for six years.\n\nAmong those "
        "queuing on Friday was a nurse in her fifties, who asked that her name not be used.\n\n"
        "“I work full time and I still cannot make it to the end of the month,” she said.",
        "I work full time",
        None,
        None,
        "she after a person left unnamed ('asked that her name not be used'): no earlier name",
    ),
    _case(
        PRONOUN,
        "Coach Dana Pryor watched from the stands.\n\nBeside her stood a parent, who asked "
        "that his name not be used.\n\n“We should not have played,” she said.",
        "We should not have played",
        "Dana Pryor",
        "pronoun",
        "'his name' left unnamed is no 'she': the earlier woman still speaks",
    ),
    _case(
        DESCRIPTION,
        "Lena Sorvik beat Mia Castell 6-1, 6-3 in Tarrow on Friday.\n\n“I served really "
        "well today,” the world No 4 said.",
        "I served really well",
        "Lena Sorvik",
        "description",
        "a player named by ranking ('the world No 4') is the person in view",
    ),
    # US statehouse copy, award nights and agency copy: a party and seat, a court
    # passed over, one of many then their name.
    _case(
        NAMED,
        "The state House voted 61-38 on Thursday to raise the age for buying e-cigarettes.\n\n"
        "“Every vape shop near a high school is a business plan aimed at kids,” said state "
        "Rep. Wendell Ostrowski, D-Grand Rapids, who wrote the bill. “We closed that door today.”",
        "We closed that door today",
        "Wendell Ostrowski",
        "continuation",
        "a party letter and a two-word seat after a legislator's name is no second person",
    ),
    _case(
        NAMED,
        "Farm groups opposed the water bill.\n\n“This bill goes too far,” said state Sen. Mavis "
        "Kestova (R-North Platte). “Adults can decide for themselves how they irrigate.”",
        "Adults can decide",
        "Mavis Kestova",
        "continuation",
        "a bracketed party and seat is no one named between the parts of her quote",
    ),
    _case(
        DESCRIPTION,
        "Quillon Audio Group sued the rapper on Monday in Harrowgate County Circuit Court, "
        "seeking $1.4 million.\n\n“We kept every promise we made to him,” the label said in a "
        "statement.",
        "kept every promise",
        "Quillon Audio Group",
        "description",
        "'the label' is the business that sued, not the court the suit was filed in",
    ),
    _case(
        DESCRIPTION,
        "Passengers filed a claim on Monday in the Brightlingsea District Court over cancelled "
        "flights.\n\n“We will defend ourselves vigorously,” the airline said.",
        "defend ourselves vigorously",
        None,
        None,
        "near miss: a court is never 'the airline', even when it is the only body named",
    ),
    _case(
        NAMED,
        "Organisers closed the Wexley Kite Fair early after a gale.\n\nAnother kite-flyer, "
        "Ossian Brade, was more forgiving: “You cannot argue with the wind.”",
        "argue with the wind",
        "Ossian Brade",
        "named",
        "one of many described by any noun, then their name: the appositive's name speaks",
    ),
    _case(
        NAMED,
        "Organisers closed the Wexley Kite Fair early after a gale.\n\nA third stallholder, "
        "Perpetua Quask, was blunter still: “Nobody told us a thing until noon.”",
        "Nobody told us a thing",
        "Perpetua Quask",
        "named",
        "an ordinal and an unlisted noun before the appositive's name: the name speaks",
    ),
    _case(
        NONE,
        "Organisers closed the Wexley Kite Fair early after a gale.\n\nAnother kite-flyer, "
        "who had driven down with Ossian Brade, was more forgiving: “You cannot argue with "
        "the wind.”",
        "argue with the wind",
        None,
        None,
        "near miss: a relative clause naming a companion is no appositive name",
    ),
    _case(
        NONE,
        "Singer Maelle Drusko took home three prizes at the Quarry Bay Music Awards.\n\n"
        "Afterwards, in the wings, the star was asked what came next for her.\n\n"
        "“A month in bed, then straight back into the studio.”",
        "A month in bed",
        "Maelle Drusko",
        "introduction",
        "a fronted time and place before 'the star … was asked': the answer paragraph is hers",
    ),
    _case(
        NONE,
        "Balloonist Corentin Abelard landed in a barley field after 19 hours aloft.\n\n"
        "Hours later, the aviator was asked whether he would try again.\n\n"
        "“Next year, and higher.”",
        "and higher",
        "Corentin Abelard",
        "introduction",
        "a fronted time before the description that opens the sentence: the answer is his",
    ),
    _case(
        NONE,
        "Singer Maelle Drusko took home three prizes at the Quarry Bay Music Awards.\n\n"
        "The star's manager was asked what came next.\n\n"
        "“A short break and then the tour.”",
        "short break",
        None,
        None,
        "near miss: the star's manager opening the sentence is someone of hers, not the star",
    ),
    _case(
        NAMED,
        "Storms shut the Pellhollow Folk Weekend on its last day.\n\n“The safety of everyone on "
        "site has to come first,” festival founder Ilse Marquard said in a statement read out "
        "at the gates by compere Bastian Odukwe. “We are heartbroken too.”",
        "heartbroken too",
        "Ilse Marquard",
        "continuation",
        "who read a statement out, named in its clause, does not break the speaker's next part",
    ),
    _case(
        NAMED,
        "Doretta Vance, 81, was evicted from the Holm Street flats in March.\n\n“I raised four "
        "children in that flat,” Vance said in a letter delivered to the council by her "
        "nephew, Anselm Krooke. “I ask only to go home.”",
        "ask only to go home",
        "Doretta Vance",
        "continuation",
        "a letter delivered by a relative with an appositive name: still the writer's words",
    ),
    _case(
        NONE,
        "Storms shut the Pellhollow Folk Weekend on its last day.\n\n“The safety of everyone on "
        "site has to come first,” festival founder Ilse Marquard said in a statement. Host "
        "Bastian Odukwe read it aloud at the gates. “Go home safely, everyone.”",
        "Go home safely",
        "Bastian Odukwe",
        "introduction",
        "near miss: a reader in a sentence of his own is no conveyor: the words after are his",
    ),
    _case(
        DESCRIPTION,
        "FAIRMOOR — Schools will reopen Thursday after the boiler fire, officials said.\n\n"
        "Tamsin Ssali, whose twins attend Larch Grove Elementary, said parents were relieved.\n\n"
        "Fairmoor Public Schools Superintendent Dr. Odalys Brecken said counselors would be on "
        "hand. “Our students have been through a lot this week,” the superintendent said.",
        "been through a lot",
        "Odalys Brecken",
        "description",
        "an organisation's name, a title and an honorific: the title is the person's",
    ),
    _case(
        DESCRIPTION,
        "Orrinford General Hospital Consultant Dr Imre Castellane treated the boy.\n\n"
        "Tamsin Ssali, a neighbour, said the family was close.\n\n"
        "“We will learn from this,” the consultant said.",
        "learn from this",
        "Imre Castellane",
        "description",
        "a hospital's name, 'Consultant' and 'Dr' before the name: 'the consultant' is him",
    ),
    _case(
        DESCRIPTION,
        "Fairmoor Public Schools Superintendent Dr. Odalys Brecken visited Larch Grove "
        "Elementary.\n\n“The children were so brave,” the principal said.",
        "so brave",
        None,
        None,
        "near miss: the superintendent's title is hers, so 'the principal' is someone else",
    ),
    _case(
        STATEMENT,
        "Two deputies were cleared on Friday over the arrest outside the Elm Street market.\n\n"
        "“He was only reaching for his phone,” family lawyer Ottilie Varga said.\n\n"
        "In a statement, the Quenbury County ACVR called for an independent review. “Our "
        "community deserves answers,” the statement read.",
        "deserves answers",
        "Quenbury County ACVR",
        "statement",
        "a county's name then an acronym is a body's local chapter, not a shouted verb",
    ),
    _case(
        NONE,
        "Jonno Pike, 31, bogeyed the last hole in Carrow on Sunday.\n\n“It was a good "
        "week,” Pike said.\n\nAsked about the final hole, the world No 2 shrugged.\n\n“It "
        "happens. You move on to the next one.”",
        "It happens. You move on",
        "Jonno Pike",
        "introduction",
        "a paragraph about a player named by ranking introduces the quote paragraph after it",
    ),
    _case(
        SPOKESPERSON,
        "Savings group Pennywell said rates lagged.\n\nUK Lending, the lenders' trade body, "
        "disagreed.\n\n“Customers have never had more choice,” a UK Lending spokeswoman said.",
        "Customers have never had",
        "UK Lending",
        "spokesperson",
        "a country's letters before one word name a national body, not a title before a name",
    ),
    _case(
        NAMED,
        "Selectors met on Monday.\n\n“The squad will be named on Friday,” UK Rowing said.",
        "The squad will be named",
        "UK Rowing",
        "named",
        "'UK Rowing' speaks as a body; 'UK' is no title stripped from a name",
    ),
    _case(
        DESCRIPTION,
        "Rwanda's Celestin Mugabo was third in Tarrow.\n\nMugabo, 23, ran a personal best."
        "\n\n“The crowd carried me home,” the Rwandan said.",
        "The crowd carried me home",
        "Celestin Mugabo",
        "description",
        "a nationality after 'the' describes the athlete in view; it names no one",
    ),
    _case(
        PRONOUN,
        "Twelve homes in Brackwater flooded on Sunday.\n\nEdith Marlow, whose cottage "
        "backs onto the stream, said: “The water came up in minutes.”\n\n“We have lost "
        "everything downstairs,” she added.",
        "We have lost everything",
        "Edith Marlow",
        "pronoun",
        "'Name, whose cottage' is a person, so 'she' finds her",
    ),
    _case(
        NAMED,
        "The café was opened in May by brother and sister Ravi and Anita Sen.\n\n“We grew "
        "up above a shop,” said Anita.\n\nRavi, who trained in Lyon, added: “Cooking is all "
        "we ever wanted to do.”",
        "Cooking is all",
        "Ravi Sen",
        "named",
        "'Ravi and Anita Sen': the first given name shares the surname written once",
    ),
    _case(
        NAMED,
        "Bakery saved\n\nThe bakery reopened with a loan from Hollin and Rosa Quint, its "
        "owner.\n\n“We are proud to have helped,” Hollin said.",
        "proud to have helped",
        "Hollin",
        "named",
        "a firm before 'and Rosa Quint' with no word of family near: no couple",
    ),
    _case(
        NAMED,
        "Police thanked Dunmere and Ivo Brandt for their help after the flood. “We were glad "
        "to help,” Dunmere said.",
        "glad to help",
        "Dunmere",
        "named",
        "'Dunmere and Ivo Brandt' without a family word: Dunmere is not a Brandt",
    ),
    _case(
        PRONOUN,
        "Break-in\n\nLandlord Pieter Vance said it was the second burglary at the pub this "
        "month. “I have had enough,” he said.",
        "I have had enough",
        "Pieter Vance",
        "pronoun",
        "a role of people and firms alike and 'said it was': it is the burglary, he a person",
    ),
    _case(
        PRONOUN,
        "Homes plan dropped\n\nDeveloper Carla Ness said it was a painful choice to scrap the "
        "scheme. “I am sorry for the families,” she said.",
        "sorry for the families",
        "Carla Ness",
        "pronoun",
        "'said it was a painful choice': it is the choice, so a developer stays a person",
    ),
    _case(
        SPOKESPERSON,
        "Wind farm refused\n\nCouncillors rejected the plan on Tuesday.\n\nDeveloper Calder "
        "Greenworks said it was disappointed by the vote.\n\nA spokeswoman for the company said: "
        "“We spent two years listening to residents.”",
        "two years listening",
        "Calder Greenworks",
        "spokesperson",
        "a state of mind after 'said it was' is the developer's own: an organisation",
    ),
    _case(
        NAMED,
        "Dog attack\n\nIvo Brandt said it killed four of his hens overnight. “I have never seen "
        "anything like it,” Brandt said.",
        "never seen anything",
        "Ivo Brandt",
        "named",
        "'said it killed … his hens': a deed done to his own, not the name's deed",
    ),
    _case(
        PRONOUN,
        "Expansion\n\nPellgrove, whose home market is Norway, will open 30 shops in "
        "Denmark.\n\n“Denmark is our next step,” it said.",
        "our next step",
        "Pellgrove",
        "pronoun",
        "'whose home market': a firm's home, a noun after it; not a person's home",
    ),
    _case(
        PRONOUN,
        "Routes\n\nOspra, whose partner airline went bust in May, added four routes. “We are "
        "growing,” it said.",
        "We are growing",
        "Ospra",
        "pronoun",
        "'whose partner airline': firms have partners too",
    ),
    _case(
        PRONOUN,
        "Jobs\n\nBrackmore, whose car sales fell 12% last year, will cut 300 jobs. “We have no "
        "choice,” it said.",
        "We have no choice",
        "Brackmore",
        "pronoun",
        "'whose car sales': a carmaker, not a person's car",
    ),
    _case(
        PRONOUN,
        "Flood\n\nMarta Quill, whose home was flooded twice, said the council had done "
        "nothing. “We are on our own,” she said.",
        "We are on our own",
        "Marta Quill",
        "pronoun",
        "'whose home was flooded': a verb after home, a person's",
    ),
    # -- schools, health, science and arts pages: inspectors, study authors, reviews ----
    _case(
        DESCRIPTION,
        "Recording a narrative conclusion, assistant coroner Judge Miriam Oakes said the "
        "delay had contributed to the death.\n\n“The warning signs were there for three "
        "days,” the coroner said.",
        "The warning signs",
        "Miriam Oakes",
        "description",
        "an office before a title word is a role too: assistant coroner Judge Miriam Oakes",
    ),
    _case(
        PRONOUN,
        "Dunholm City Council gritted the roads overnight.\n\nThe Dunholm and Wear Ambulance "
        "Service said it had answered 900 calls.\n\n“Please only call us in an emergency,” it "
        "said.",
        "Please only call",
        "Dunholm and Wear Ambulance Service",
        "pronoun",
        "after the, one word, and, then a body's name: one body named for two places",
    ),
    _case(
        PRONOUN,
        "Professor Owen Trask, of Merriton University, led the survey.\n\nThe paper's second "
        "author, postdoctoral researcher Ines Ballard, counted the nests by hand.\n\n“Half of "
        "them were empty,” she said.",
        "Half of them",
        "Ines Ballard",
        "pronoun",
        "an appositive subject after lower-case title words is the sentence's subject",
    ),
    _case(
        SPOKESPERSON,
        "Harwick County Council declared a major incident.\n\nNetwork operator Kestrel Grid "
        "said it would restore power by Friday.\n\nA spokesman for the company said: “Crews "
        "are working through the night.”",
        "Crews are working",
        "Kestrel Grid",
        "spokesperson",
        "a role of people and firms alike (operator) and it reported after: an organisation",
    ),
    _case(
        PRONOUN,
        "Novelist Petra Lindgren has a new book out.\n\nLindgren, whose debut Salt Lines won the "
        "Harbour Prize, told the Evening Courier that the book began as a diary.\n\n“I wrote "
        "it on the night bus,” she said.",
        "I wrote it",
        "Petra Lindgren",
        "pronoun",
        "a known person stays one before , whose; a debut's title is no person",
    ),
    _case(
        DESCRIPTION,
        "Playwright Colm Devane's new drama stars Ruth Ebbs as his mother.\n\n“I needed "
        "twenty years to write it,” the playwright said.",
        "I needed twenty",
        "Colm Devane",
        "description",
        "arts titles are roles: Playwright before a name is stripped and found again",
    ),
    _case(
        NONE,
        "Tomas Vidal has written four novels in six years.\n\nHe is now working on a fifth. "
        "“It is about my father, and he knows it.”",
        "It is about my father",
        "Tomas Vidal",
        "introduction",
        "a quote right after a sentence opened by he/she about what the person does",
    ),
    _case(
        NOT_SPEAKERS,
        "On the title track, singer Nell Garvey sings: “Carry me down to the water.” It is "
        "the album's best moment.",
        "Carry me down",
        None,
        None,
        "a lyric after sings: is no one's words to the reporter",
    ),
    _case(
        NONE,
        "Cellist Anouk Brandt on practice, prizes and her first teacher\n\nBefore her Proms "
        "debut, the Dutch cellist talked to us about nerves.\n\n**Do you practise every "
        "day?**\n\n“Four hours, and never on a Sunday.”",
        "Four hours",
        "Anouk Brandt",
        "introduction",
        "a transcript's bold question after a lede naming no one: the interview's subject",
    ),
    _case(
        STATEMENT,
        "Northcote Academy was rated inadequate by the Schools Inspection Board after a visit "
        "in May.\n\n“Pupils do not feel safe at lunchtime,” the report said.",
        "Pupils do not feel safe",
        "Schools Inspection Board",
        "statement",
        "a report is the work of who rated or inspected (by, after a passive verb)",
    ),
    _case(
        STATEMENT,
        "Dorvan College raised its fees on Monday.\n\nStudent Maya Okon, 19, joined the protest. "
        "“I work two jobs,” she said.\n\nIn a statement on Tuesday, the college said it would "
        "expand its bursaries.\n\n“No student will be priced out,” the statement said.",
        "No student will be priced out",
        "Dorvan College",
        "statement",
        "In a statement, the college said: the main clause's subject issued it",
    ),
    _case(
        DESCRIPTION,
        "The Wexmoor Health Board closed two wards after an outbreak of norovirus.\n\n"
        "“Visiting is suspended until further notice,” the board said.",
        "Visiting is suspended",
        "Wexmoor Health Board",
        "description",
        "the board with no owner is a body named as one, not only a company's directors",
    ),
    _case(
        DESCRIPTION,
        "At 81, Marguerite Olande still paints every morning.\n\nHer gallerist, Piet van Loon, "
        "calls her tireless. “She outworks all of us,” he says.\n\n“I paint because I cannot "
        "sleep,” the 81-year-old says.",
        "I paint because",
        "Marguerite Olande",
        "description",
        "a profile's age before the name (At 81, …) gives the age description its person",
    ),
    _case(
        PRONOUN,
        "“The mud flats are shrinking,” said Dr Lena Park, the survey's lead author.\n\nThe "
        "survey's second author, PhD candidate Tom Ferris, said the silt had doubled.\n\n"
        "“It rained every single day,” he said.",
        "It rained every",
        "Tom Ferris",
        "pronoun",
        "an abbreviation in capitals (PhD) among the title words before an appositive name",
    ),
    _case(
        SPOKESPERSON,
        "The Copper Wires cancel their autumn tour\n\nIndie band The Copper Wires have "
        "cancelled their tour. The band's label, Marsh Hall Records, said the dates would be "
        "rescheduled.\n\n“Refunds are automatic,” a label spokeswoman said.",
        "Refunds are automatic",
        "Marsh Hall Records",
        "spokesperson",
        "The band's label, NAME,: the possessive's owner is no role; the label is",
    ),
    _case(
        STATEMENT,
        "The last room holds the weaver's early tapestries. Dara Finn's wall text reads "
        "simply: “I made these for my mother, who never saw them.”",
        "I made these for my mother",
        "Dara Finn",
        "statement",
        "a text as the subject (a wall text, her text) is its owner's, like a statement",
    ),
    # -- feature, rights and club pages: plural subjects, posts by region, ages in words -
    _case(
        PRONOUN,
        "Corinne Vell was eight when the mill closed and her father, Aldo Vell, lost his "
        "job.\n\n“We were told to go home and not come back,” she remembers. “So we did.”",
        "So we did",
        "Corinne Vell",
        "pronoun",
        "remember is a speech verb of memoir and features, like recall",
    ),
    _case(
        DESCRIPTION,
        "The Harbin Trust will close its museum in May.\n\n“We have run out of road,” the "
        "trustees write. “Nobody regrets it more than we do.”",
        "Nobody regrets it more",
        "Harbin Trust",
        "description",
        "a plural subject takes the verb's plain present: the trustees write",
    ),
    _case(
        DESCRIPTION,
        "Corvane Bank reported a loss. “We expect a better second half,” its directors explain.",
        "We expect a better second half",
        "Corvane Bank",
        "description",
        "the plain present after a plural owned noun: its directors explain",
    ),
    _case(
        NONE,
        "At Pellow Primary, Ms Ada Crewe told pupils to write “I will listen” ten times.",
        "I will listen",
        None,
        None,
        "near miss: to write before the words of a line to copy out names no speaker",
    ),
    _case(
        NAMED,
        "Aid is running short, the charity Parrow Aid said.\n\n“The stores are empty,” said "
        "Parrow Aid's Africa director, Pilar Monteverde.",
        "The stores are empty",
        "Pilar Monteverde",
        "named",
        "a post named for its region after an owner's name: the name in apposition speaks",
    ),
    _case(
        NAMED,
        "Prices will rise, the firm said.\n\n“We have no choice,” said Kell Media's UK chief "
        "executive, Ross Abernathy.",
        "We have no choice",
        "Ross Abernathy",
        "named",
        "a country's letters as the region of a post: UK chief executive, then the name",
    ),
    _case(
        SPOKESPERSON,
        "Aid is running short, the charity Parrow Aid said.\n\n“The stores are empty,” said "
        "Parrow Aid's Africa director.",
        "The stores are empty",
        None,
        None,
        "near miss: a post by region with no name after it names no one",
    ),
    _case(
        DESCRIPTION,
        "The choir's oldest singer, 93-year-old Edna Farrow, joined in 1951. Its conductor, "
        "Tom Lisle, is new.\n\n“I have sung under eleven conductors,” the nonagenarian said.",
        "I have sung under eleven",
        "Edna Farrow",
        "description",
        "an age in words is the person given an age in that decade",
    ),
    _case(
        DESCRIPTION,
        "Walter Brune, 84, still runs the ferry. His nephew Colm Brune, 41, keeps the books."
        "\n\n“I will stop when the river does,” the octogenarian said.",
        "I will stop when the river",
        "Walter Brune",
        "description",
        "the octogenarian is the man of 84, not the relative named after him",
    ),
    _case(
        DESCRIPTION,
        "Ruth Hale, 62, opened the shop in 1990.\n\n“Business was better then,” the "
        "octogenarian said.",
        "Business was better then",
        None,
        None,
        "near miss: the person in view was given an age outside the decade",
    ),
    _case(
        DESCRIPTION,
        "Bram Tollet has farmed the valley for 50 years. He is 74 now.\n\nThe inspector, Dr "
        "Lina Vesk, found the cause in 2021. “It was a fungus,” Vesk says.\n\n“I check the "
        "trees every morning,” the 74-year-old says.",
        "I check the trees",
        "Bram Tollet",
        "description",
        "an age said of he or she belongs to the person named before the pronoun",
    ),
    _case(
        DESCRIPTION,
        "Bram Tollet has farmed the valley for 50 years. He is 30 miles from town.\n\nThe "
        "inspector, Dr Lina Vesk, 30, found the cause in 2021. “It was a fungus,” Vesk says."
        "\n\n“I check the trees every morning,” the 30-year-old says.",
        "I check the trees",
        "Lina Vesk",
        "description",
        "near miss: a number of miles after he is is no age",
    ),
    _case(
        SPOKESPERSON,
        "The comet was found in images from the Haldane Sky Survey, a telescope run by the "
        "Lorian Space Consortium.\n\nThe consortium said the find showed the value of old "
        "images. ‘We keep every frame,’ a spokeswoman said.",
        "We keep every frame",
        "Lorian Space Consortium",
        "spokesperson",
        "a consortium is a body's name word, after a first word shaped like a demonym too",
    ),
    _case(
        DESCRIPTION,
        "Inspectors from the Bureau of Food Standards closed two bakeries, according to the "
        "Lowry Traders Association.\n\n“The premises were unsafe,” the bureau said.",
        "The premises were unsafe",
        "Bureau of Food Standards",
        "description",
        "a bureau heads a name that runs on after of, and the bureau finds it",
    ),
    _case(
        PRONOUN,
        "Officers from the Bureau of Food Standards closed two bakeries, according to the "
        "Lowry Traders Association.\n\nThe bureau did not answer questions about the "
        "closures. In a short statement, it said: “The premises were unsafe.”",
        "The premises were unsafe",
        "Bureau of Food Standards",
        "pronoun",
        "it after a body that would not answer is that body, not the one named last",
    ),
    _case(
        PRONOUN,
        "Officers from the Bureau of Food Standards closed two bakeries, according to the "
        "Lowry Traders Association.\n\nThe bureau declined to say how many staff it had. "
        "“We act on every complaint,” it added.",
        "We act on every complaint",
        "Bureau of Food Standards",
        "pronoun",
        "a body that declined to say something is the subject the next it stands for",
    ),
    _case(
        DESCRIPTION,
        "The fight broke out at Ashmere RFC on Saturday.\n\nThe regional union said: “We are "
        "aware of an incident and are speaking to both clubs.”",
        "We are aware of an incident",
        None,
        None,
        "a union is not the rugby club in view: a club's name words say another kind",
    ),
    _case(
        DESCRIPTION,
        "The town's team, Ashmere Rovers, lost again. “Crowds are falling,” the league said.",
        "Crowds are falling",
        None,
        None,
        "the league is no club named Rovers, though it is the only body in view",
    ),
    _case(
        DESCRIPTION,
        "The fight broke out at Ashmere RFC on Saturday.\n\n“We are aware of an incident,” "
        "the club said.",
        "We are aware of an incident",
        "Ashmere RFC",
        "description",
        "near miss: the club is still the rugby club",
    ),
    _case(
        STATEMENT,
        "Insp Maud Tarrant said: “We have charged a man.”\n\nIn a statement read by their "
        "solicitor, the parents of one of the boys said: “He was a kind and gentle son.”\n\n"
        "“We ask for privacy,” the statement continued.",
        "We ask for privacy",
        None,
        None,
        "a statement whose issuers have no name stays theirs, not the officer's before",
    ),
    _case(
        STATEMENT,
        "Insp Maud Tarrant said: “We have charged a man.”\n\nIn a statement read by their "
        "solicitor, Tom Orley's family said: “He was a kind and gentle son.”\n\n“We ask for "
        "privacy,” the statement continued.",
        "We ask for privacy",
        "Tom Orley's family",
        "statement",
        "near miss: a family named by its owner issues the statement it continues",
    ),
    _case(
        PRONOUN,
        "Dr Lena Voss treats refugees at the clinic. Tariq, not his real name, fled in 2019."
        "\n\n“I cannot go back,” he says.",
        "I cannot go back",
        "Tariq",
        "pronoun",
        "a name that is not the real one is a person, with the gender its pronoun gives",
    ),
    _case(
        PRONOUN,
        "Samira, not her real name, reached the coast in June. Now 23, she works in a laundry. "
        "She asked that her name not be used because her family does not know where she is."
        "\n\n“I sleep with the light on,” she says.",
        "I sleep with the light on",
        "Samira",
        "pronoun",
        "a she who asks for anonymity is the person in view, not a new one with no name",
    ),
    _case(
        PRONOUN,
        "Insp Ruth Garrow led the raid.\n\nA woman was detained at the scene. She asked not to "
        "be named.\n\n“I was only cleaning there,” she said.",
        "I was only cleaning there",
        None,
        None,
        "near miss: after a woman brought in with no name, her anonymity leaves her unnamed",
    ),
    _case(
        DESCRIPTION,
        "The Pellham Trust published a report on Monday into care homes.\n\n“Residents were "
        "left alone for hours,” the report's authors write.",
        "Residents were left alone",
        "Pellham Trust",
        "description",
        "a document's authors speak for whoever issued it, as the report itself would",
    ),
    _case(
        DESCRIPTION,
        "Inspectors from the Care Standards Board visited Ashby House, run by Pellham Homes. "
        "Their report was published on Monday.\n\n“Residents were left alone for hours,” the "
        "report's authors write.",
        "Residents were left alone",
        "Care Standards Board",
        "description",
        "the report's authors are its inspectors' board, not the home they judged",
    ),
    _case(
        DESCRIPTION,
        "Tom Reyes, a care worker, read it first. A report on care homes came out on Monday."
        "\n\n“Residents were left alone for hours,” the report's authors write.",
        "Residents were left alone",
        None,
        None,
        "near miss: a report nobody is said to have issued has authors with no name",
    ),
    _case(
        NAMED,
        "The trial ran for two years at Hallam Infirmary. Dr Nkechi Arlow led it; Tom Brede ran "
        "the statistics.\n\nIn a summary posted online, Arlow and her colleagues write: “The "
        "benefit was small but real.”",
        "The benefit was small but real",
        "Nkechi Arlow",
        "named",
        "a lead author and her colleagues write as the named lead",
    ),
    _case(
        NAMED,
        "Dr Nkechi Arlow and Tom Brede ran the trial.\n\n“The benefit was small but real,” Arlow "
        "and Brede write.",
        "The benefit was small but real",
        None,
        None,
        "near miss: two named authors stay two speakers",
    ),
    # -- defence and emergency pages, arts desks, press releases ------------------------
    _case(
        PRONOUN,
        "The depot at Farrowby will shut next year.\n\nMinister for the Armed Forces Ingrid "
        "Sallow told MPs the choice had been hard.\n\n“It served us for eighty years,” she said.",
        "served us for eighty",
        "Ingrid Sallow",
        "pronoun",
        "a portfolio with 'the' and a body word, opening a paragraph, is the minister's title",
    ),
    _case(
        PRONOUN,
        "Three hangars will be sold. Minister for Defence Procurement Rhodri Felsham said the "
        "money would go on drones. “We are buying for the next war,” he said.",
        "buying for the next war",
        "Rhodri Felsham",
        "pronoun",
        "a procurement brief is a portfolio, not the first word of the minister's name",
    ),
    _case(
        NAMED,
        "Two stations will merge.\n\nCommissioner for Fire and Rescue Bettina Carew said "
        "crews would not be cut.\n\n“Nobody will wait longer,” Carew said.",
        "Nobody will wait longer",
        "Bettina Carew",
        "named",
        "'Fire and Rescue' is the brief; the commissioner is Bettina Carew",
    ),
    _case(
        NAMED,
        "The Armed Forces Welfare Fund gave £2m to the appeal.\n\n“Every family will be "
        "helped,” said Osric Bellamy, who chairs it.",
        "Every family will be",
        "Osric Bellamy",
        "named",
        "near miss: the body's name holds portfolio words and stays a body",
    ),
    _case(
        NAMED,
        "The charity's accounts were published on Monday.\n\nThe chair of the Veterans "
        "Housing Association, Colm Drewitt, said: “We have never been busier.”",
        "never been busier",
        "Colm Drewitt",
        "named",
        "near miss: 'Veterans Housing Association' after 'chair of the' is a body, not a brief",
    ),
    _case(
        DESCRIPTION,
        "Walter Crake landed in France in 1944 with the engineers. Mr Crake was given the "
        "Croix de Guerre in 2012.\n\nSpeaking at the time, the former sapper said: “I was "
        "only doing my job.”",
        "only doing my job",
        "Walter Crake",
        "description",
        "a soldier's trade after 'the former' is the veteran in view, as 'he' would be",
    ),
    _case(
        DESCRIPTION,
        "Lance Bombardier Tegan Hollis, 24, pulled two men from the wreck.\n\n“I didn't "
        "think, I just ran,” the gunner said.",
        "I just ran",
        "Tegan Hollis",
        "description",
        "'the gunner' is the artillery soldier the article just named",
    ),
    _case(
        DESCRIPTION,
        "Bertram Adewunmi flew Tornados for 22 years before he retired to Wensley.\n\n“You "
        "never forget your first sortie,” the old airman said.",
        "first sortie",
        "Bertram Adewunmi",
        "description",
        "an airman with a modifier is still the person in view",
    ),
    _case(
        DESCRIPTION,
        "Ruth Penhallow joined the Navy at 17 and served on three frigates.\n\n“The sea "
        "gets into you,” the former servicewoman said.",
        "gets into you",
        "Ruth Penhallow",
        "description",
        "a serviceman or servicewoman is the person in view",
    ),
    _case(
        DESCRIPTION,
        "Colonel Imogen Tarrant said repairs to the Kilby Lines blocks would start in May."
        "\n\nOne soldier, who asked not to be named, said the showers had not worked since "
        "June. “My kit goes mouldy,” the soldier said.",
        "kit goes mouldy",
        None,
        "description",
        "near miss: the soldier is the one left unnamed, not the colonel in view",
    ),
    _case(
        DESCRIPTION,
        "Crews from Ashby Vale station were called at 3am. Watch Manager Dilys Marrow said "
        "the family had been trapped upstairs.\n\nThe mother, 41, who asked not to be "
        "named, said: “I could hear them on the stairs and I couldn't see a thing.”",
        "couldn't see a thing",
        None,
        "description",
        "a description glossed as left unnamed is a new person, not the one in view",
    ),
    _case(
        DESCRIPTION,
        "Coroner Lydia Farrant opened the inquest on Tuesday.\n\nThe coroner, who did not "
        "name the haulage firm, said: “The brakes had failed some time before.”",
        "brakes had failed",
        "Lydia Farrant",
        "description",
        "near miss: 'did not name' someone else is no anonymity of the speaker",
    ),
    _case(
        NAMED,
        "Marine Dufresnoy, who leads the group in the regional assembly, spoke in Vallard."
        "\n\n“We will win,” Marine Dufresnoy said.",
        "We will win",
        "Marine Dufresnoy",
        "named",
        "near miss: a given name that is a service noun elsewhere stays the name",
    ),
    _case(
        NAMED,
        "Two housing trusts in the Fenmoor valley will merge in April.\n\nCordelia Baptiste, "
        "chief executive of Wrenfield Homes, who will lead the new trust, said:\n\n“This is "
        "about better repairs for every tenant.”",
        "better repairs for every tenant",
        "Cordelia Baptiste",
        "named",
        "a name, its office in a body, then a relative clause: the name speaks, not the body",
    ),
    _case(
        NAMED,
        "The survey of 2,000 drivers was published on Monday. Rufus Abiodun, head of research "
        "at Pellam Analytics, which ran it, said: “Nobody trusts the charging maps.”",
        "charging maps",
        "Rufus Abiodun",
        "named",
        "'head of research at' a firm, then 'which…': the head speaks",
    ),
    _case(
        NAMED,
        "Saplings were planted along the Ossel on Saturday. Magnus Tregear, a friend of "
        "Hollis Brand, who organised the day, said: “We did this for him.”",
        "did this for him",
        "Magnus Tregear",
        "named",
        "near miss: 'a friend of' is no office; the name opening the sentence speaks as before",
    ),
    _case(
        NAMED,
        "The managing director of Tolvern Foods, who joined in 2019, said: “Our ovens run "
        "on biogas now.” Tolvern Foods employs 90 people.",
        "ovens run on biogas",
        None,
        "description",
        "near miss: no name opens the sentence; the unnamed director is not the firm",
    ),
    _case(
        NAMED,
        "Skelbay Lifeboat Station has raised £80,000 for a new boathouse.\n\nStation "
        "manager Capt Iona Drever: “Every penny came from people who live here.”",
        "Every penny came",
        "Iona Drever",
        "named",
        "a press release's label: a two-word title, a rank and the name before a colon",
    ),
    _case(
        NAMED,
        "The Harrowby Hospice appeal closed on Friday.\n\nMedical director Dr Sunniva Orme: "
        "‘The new beds open in March.’",
        "new beds open",
        "Sunniva Orme",
        "named",
        "a title and 'Dr' before the name, then the quote after a colon",
    ),
    _case(
        NONE,
        "Wrenfield Homes built 300 flats last year.\n\nIts biggest scheme in the new town "
        "centre: “Sixty flats above the old market.”",
        "Sixty flats above",
        None,
        None,
        "near miss: a long phrase before a colon that names no one is no speaker",
    ),
    _case(
        DESCRIPTION,
        "Visitors to the Ostlere Gallery in Brantham have complained about a room of "
        "mirrors.\n\nThe gallery said in a statement: ‘Every visitor is welcome to disagree.’",
        "welcome to disagree",
        "Ostlere Gallery",
        "description",
        "'the gallery' is the gallery the article named, as 'the museum' is",
    ),
    _case(
        DESCRIPTION,
        "Indie band The Gorse Hymns have cancelled their spring tour.\n\n“We are gutted, "
        "truly,” the four-piece said.",
        "gutted, truly",
        "Gorse Hymns",
        "description",
        "a band named by its size ('the four-piece') is the band in view",
    ),
    _case(
        DESCRIPTION,
        "The Tallis Row Quartet will play its last concert in June.\n\n“Forty years is "
        "enough,” the quartet said.",
        "Forty years is enough",
        "Tallis Row Quartet",
        "description",
        "'the quartet' is the quartet named before",
    ),
    _case(
        DESCRIPTION,
        "The Brackley Street Library will open on Sundays from May.\n\n“Readers asked and "
        "we listened,” the library said.",
        "we listened",
        "Brackley Street Library",
        "description",
        "'the library' is the library named before",
    ),
    _case(
        DESCRIPTION,
        "Folk duo Harebell Lane have split after nine years.\n\n“We need to rest our "
        "voices,” the duo said.",
        "rest our voices",
        "Harebell Lane",
        "description",
        "'the duo' is the act the article gave that role",
    ),
    _case(
        DESCRIPTION,
        "Orla Penhale and Idris Marsh, who run the Cobbled Yard café, won an award from the "
        "Dunmere Food Guild on Friday.\n\n“We still can't believe it,” the duo said.",
        "still can't believe",
        None,
        "description",
        "near miss: a pair of people is 'the duo' too, never the article's organisation",
    ),
    _case(
        DESCRIPTION,
        "Three walkers were brought down from Cragside Pike by Aldmoor Mountain Rescue on "
        "Sunday.\n\n“We were stupid and we know it,” the trio said.",
        "we know it",
        None,
        "description",
        "near miss: three people rescued are 'the trio', not the rescue team",
    ),
    _case(
        NAMED,
        "Cellist Petra Achterhof plays on four of the songs. Achterhof’s own verdict, given "
        "to a fan podcast in May, was blunt: “It is the strangest record we have made.”",
        "strangest record we have made",
        "Petra Achterhof",
        "named",
        "an owner's speech noun, an appositive, then 'was blunt:' before the quote",
    ),
    _case(
        NAMED,
        "The Marlow Playhouse will close for a year. Director Ines Caraway was asked about "
        "the cost. Caraway’s answer was simple: “We cannot afford to stay open.”",
        "cannot afford to stay open",
        "Ines Caraway",
        "named",
        "'X’s answer was simple:' gives X",
    ),
    _case(
        PRONOUN,
        "Dancer Lowri Achebe left the company in June.\n\nHer response to the critics, in "
        "a post on Sunday, was short: “Watch me next year.”",
        "Watch me next year",
        "Lowri Achebe",
        "pronoun",
        "'Her response to the critics … was short:': the owner is she",
    ),
    _case(
        NONE,
        "Tomas Grishaw was found guilty of fraud at Welbury Crown Court.\n\nThe jury’s "
        "verdict was unanimous: “Guilty on all counts.”",
        "Guilty on all counts",
        None,
        None,
        "near miss: a jury's verdict names no person or body that speaks",
    ),
    _case(
        NONE,
        "Rosa Pell joined the bank in 2019.\n\nHer line manager’s verdict was brief: “She is "
        "the best hire we have made.”",
        "best hire we have made",
        None,
        None,
        "near miss: 'her line manager’s verdict' is someone else's, not hers",
    ),
    _case(
        DESCRIPTION,
        "Pelgrave Homes fell 4 per cent after a profit warning. Tessellate Capital Markets "
        "cut its target price.\n\n“We see more pain ahead,” the broker wrote.",
        "more pain ahead",
        "Tessellate Capital Markets",
        "description",
        "a broker's name ending in Capital Markets fits 'the broker'",
    ),
    _case(
        DESCRIPTION,
        "Premiums will rise again in spring, according to insurance broker Delphine Rask of "
        "Stowe Capital.\n\n“Drivers should shop around now,” the broker said.",
        "shop around now",
        "Delphine Rask",
        "description",
        "near miss: a person titled broker is the broker, not her firm",
    ),
    # -- a firm named for its trade, typed so by the name's last word -------------------
    _case(
        DESCRIPTION,
        "Shares in Quarvell Engineering fell 4 per cent on Monday.\n\nAnalysts at Brackwater "
        "Securities said the figures were “soft”. “Quarvell has more to do on costs,” the "
        "broker said in a note to clients.",
        "more to do on costs",
        "Brackwater Securities",
        "description",
        "'the broker' after analysts at a firm named for broking is that firm",
    ),
    _case(
        DESCRIPTION,
        "A courier from Lisby bought a van in 2019 through Pellmoor Credit.\n\nPellmoor "
        "rejected his complaint. In its final letter, the lender wrote: “We do not accept "
        "that you lost money.”",
        "do not accept that you lost",
        "Pellmoor Credit",
        "description",
        "a name ending in Credit is a lender, not a person: the lender's letter is its own",
    ),
    _case(
        DESCRIPTION,
        "Families on Universal Credit will wait longer for their first payment, Ostwin "
        "Building Society warned.\n\n“Many will borrow to bridge the gap,” the lender said.",
        "borrow to bridge the gap",
        "Ostwin Building Society",
        "description",
        "near miss: Universal Credit is a benefit, never the lender",
    ),
    _case(
        DESCRIPTION,
        "The Drug Standards Office declined to approve Varnex Bio's treatment for "
        "migraine.\n\nVarnex, whose shares fell 30 per cent, said it would appeal. “We "
        "are deeply disappointed by the ruling,” the biotech said in a statement.",
        "deeply disappointed by the ruling",
        "Varnex Bio",
        "description",
        "a name ending in Bio is a biotech firm, and 'the biotech' is that firm",
    ),
    _case(
        DESCRIPTION,
        "Ostry Genomics agreed to buy a rival lab on Tuesday.\n\nThe deal needs "
        "approval from regulators. “This gives us scale in Europe,” the biotech said.",
        "gives us scale in Europe",
        "Ostry Genomics",
        "description",
        "a name ending in Genomics is a biotech firm too",
    ),
    _case(
        DESCRIPTION,
        "Fenby Mutual said a third of its older borrowers now claim Pension Credit.\n\n“We "
        "will freeze their rates until April,” the lender said.",
        "freeze their rates until April",
        "Fenby Mutual",
        "description",
        "near miss: Pension Credit, named last, is a benefit, not the lender",
    ),
    _case(
        DESCRIPTION,
        "Shares in Merrow Cable slid 9% after the group cut its dividend.\n\nTomas Leat, an "
        "analyst at Pike Securities, called the cut overdue.\n\n“We are protecting the "
        "balance sheet,” the company said.",
        "protecting the balance sheet",
        "Merrow Cable",
        "description",
        "near miss: a broker an analyst works at is no company in view",
    ),
    _case(
        DESCRIPTION,
        "Analysts at Brackwater Securities called the results “soft”.\n\nShares in "
        "Quarvell fell 4 per cent.\n\nThe chairman will step down in May.\n\n“The "
        "board has run out of road,” the broker said.",
        "run out of road",
        None,
        "description",
        "near miss: a broker named three paragraphs up is out of reach",
    ),
    _case(
        DESCRIPTION,
        "The bulk carrier Morning Halvard ran aground off Kessel on Monday, according to "
        "salvage firm Brightwater Marine.\n\nThe vessel's manager, Orlen Ship Management, said "
        "the crew were safe.\n\n“No fuel has leaked into the bay,” the company said.",
        "No fuel has leaked",
        "Orlen Ship Management",
        "description",
        "a ship's manager named for its trade (Management, Lines) is a firm, not a person",
    ),
    _case(
        DESCRIPTION,
        "Divers searched the strait where the passenger vessel Sea Verity sank.\n\nThe "
        "ferry's operator, Calloway Lines, issued a statement. It says the Sea Verity passed "
        "its inspection in March.\n\n“The ship was safe to sail,” the company said.",
        "safe to sail",
        "Calloway Lines",
        "description",
        "a ship named after 'the vessel' is no company, in every mention; its operator is",
    ),
    _case(
        DESCRIPTION,
        "Crews unloaded the ferry Harwick Shipping had chartered.\n\n“The crossing will "
        "resume on Friday,” the company said.",
        "crossing will resume",
        "Harwick Shipping",
        "description",
        "near miss: a firm's name after a vessel's noun is still the firm",
    ),
    # -- a person described by a title the person in view was not given -------------------
    _case(
        DESCRIPTION,
        "Review: a slow-burning triumph at the boatyard\n\nDirector Edna Marsh, who staged "
        "the play in a barn, told me she wanted audiences “to feel the wait”.\n\n“If "
        "you are restless at the interval, good,” Marsh said.\n\nThe cast is led by Lola "
        "Quist as the widow, a part she turned down twice. “I was scared of it,” the "
        "actress said.",
        "I was scared of it",
        "Lola Quist",
        "description",
        "the director in view is titled otherwise: the actress is the one person just named",
    ),
    _case(
        DESCRIPTION,
        "Hattie Lowther sells tenth novel\n\nHattie Lowther, 52, has sold her tenth crime novel "
        "to Grindle Press. Lowther began writing at 40.\n\nGrindle's fiction director, Owen "
        "Pask, said: “It is her darkest book yet.”\n\nThe book will be published in May.\n\n"
        "“I wrote it in a caravan in the rain,” the novelist said.",
        "caravan in the rain",
        "Hattie Lowther",
        "description",
        "the novelist passes over the director in view to the story's subject, titled nothing else",
    ),
    _case(
        DESCRIPTION,
        "Hattie Lowther sells tenth novel\n\nHattie Lowther, 52, has sold her tenth crime novel "
        "to Grindle Press. Lowther began writing at 40.\n\nGrindle's fiction director, Owen "
        "Pask, said: “It is her darkest book yet.”\n\nThe book will be published in May.\n\n"
        "“We could not be prouder of it,” the director said.",
        "could not be prouder",
        "Owen Pask",
        "description",
        "near miss: the director is still the one titled so",
    ),
    _case(
        DESCRIPTION,
        "Actor Tom Vane breaks down on live TV\n\nActor Tom Vane broke down in tears on "
        "live TV today.\n\nThe Coldharbour Way actor, 41, told Morning Mug hosts Gary Pell "
        "and Nina Rusk it had been “the hardest year”.\n\nWiping away tears, he said: "
        "“My mum was my biggest fan.”\n\nNina reached across the sofa to comfort him. "
        "“Take your time, love,” the presenter said.",
        "Take your time, love",
        "Nina Rusk",
        "description",
        "the actor in view is no presenter: the host the sentence before names is",
    ),
    _case(
        DESCRIPTION,
        "Singer Ana Bell breaks down on live TV\n\nSinger Ana Bell broke down in tears on "
        "live TV today.\n\nShe told Morning Mug hosts Gary Pell and Nina Rusk it had been "
        "“the hardest year”.\n\nNina reached across the sofa to comfort her. “He was my "
        "biggest fan,” the singer said.",
        "He was my biggest fan",
        "Ana Bell",
        "description",
        "near miss: the person in view holds the title, so the host just named is not taken",
    ),
    # -- a short quote inside the reporter's sentence: the reporting verb's subject ---
    _case(
        NAMED,
        "Fuel duty will not be cut this year. The Treasury's chief secretary, Hestia "
        "Langbourne, has repeatedly insisted that the freeze is “the responsible choice”.",
        "the responsible choice",
        "Hestia Langbourne",
        "named",
        "ROLE, NAME, then an auxiliary and an adverb before the verb: the name speaks",
    ),
    _case(
        NAMED,
        "Councillor Ysolde Marchetti was booed by residents after claiming that the new car "
        "park was “a gift to the town”. The meeting was adjourned.",
        "a gift to the town",
        "Ysolde Marchetti",
        "named",
        "a passive main clause, then after + participle: its subject speaks",
    ),
    _case(
        NAMED,
        "The transport secretary, Corwin Adeyemi-Hale, faced calls to resign after telling "
        "a select committee that the strikes had been “entirely avoidable”.",
        "entirely avoidable",
        "Corwin Adeyemi-Hale",
        "named",
        "ROLE, NAME, a deed, then after + participle: the appositive's name speaks",
    ),
    _case(
        NAMED,
        "The head of the Brackenfold Housing Association, which manages 4,000 homes, "
        "Desmond Okafor-Lunn, said the repairs were ‘long overdue and fully funded’.",
        "long overdue",
        "Desmond Okafor-Lunn",
        "named",
        "ROLE, a relative clause about what it heads, then NAME: the name speaks",
    ),
    # -- social posts quoted in the story: accounts and captions -----------------------
    _case(
        POSTS,
        "Viewers turned on the judges after the final. One regular, @crumbandcrust, "
        "tweeted: “Worst decision in the show's history.”",
        "Worst decision",
        "@crumbandcrust",
        "named",
        "a vox-pop word, then the account's handle in the appositive: the handle speaks",
    ),
    _case(
        POSTS,
        "The striker was stretchered off. Fans' group @OsterleyOnTour wrote on X: “Chin up, "
        "we will be waiting for you.”",
        "Chin up",
        "@OsterleyOnTour",
        "named",
        "a description then a handle before the verb: the account speaks",
    ),
    _case(
        POSTS,
        "The presenter Lorna Achterberg has not commented on the split. But the presenter "
        "dropped a hint on Sunday, sharing a picture of an empty beach with the caption: "
        "“Quiet days ahead.”",
        "Quiet days ahead",
        "Lorna Achterberg",
        "description",
        "a caption after a sentence opening with But: the subject after the conjunction",
    ),
    _case(
        NOT_SPEAKERS,
        "Readers can write to letters@valeherald.example, the editor said: “We read them all.”",
        "We read them all",
        None,
        None,
        "an e-mail address is no account handle; the editor here is no one named",
    ),
    # -- an interview's prompt put as a statement ---------------------------------------
    _case(
        NONE,
        "Goalkeeper Idris Fenwick-Moss has kept twelve clean sheets. We spoke to him after "
        "training.\n\nHow are the legs?\n\n“Tired, but I'm loving every minute.”\n\nYou were "
        "dropped twice last season.\n\n“That hurt, and it made me work harder.”",
        "That hurt",
        "Idris Fenwick-Moss",
        "continuation",
        "a prompt opening with You and ending in a full stop is a question like one with ?",
    ),
    _case(
        NAMED,
        "Councillor Brendan Oakes opened the budget session.\n\nThe chair of the audit "
        "panel, Lucinda Farrow, stood to ask: “Why were these accounts never checked?”",
        "Why were these accounts",
        "Lucinda Farrow",
        "named",
        "ROLE of SOMETHING, NAME, before a colon: the name in the appositive speaks",
    ),
    _case(
        NAMED,
        "The novelist Teo Vantreck died on Sunday at 81.\n\nHis sister, the architect "
        "Marisol Vantreck, said in a statement: “Teo was generous to a fault.”",
        "Teo was generous",
        "Marisol Vantreck",
        "named",
        "an appositive name after 'the' and a lower-case title is the speaker",
    ),
    _case(
        NAMED,
        "Queues stretched along Harlow Road.\n\n“We just want the buses back,” said one "
        "commuter, who gave his name only as Rafael.",
        "We just want the buses",
        "Rafael",
        "named",
        "the name a vox-pop speaker gave ('who gave his name only as'), even one word",
    ),
    _case(
        PRONOUN,
        "Back to my old school\n\nThe head teacher, Ravi Donnel, met me at the gate.\n\n"
        "“Some of it has changed,” he said.\n\nIn a Year 8 class, I asked a boy called Teo "
        "about the new rules. “It is fine, honestly,” he told me.",
        "fine, honestly",
        "Teo",
        "pronoun",
        "a boy introduced by a given name alone ('a boy called …') is a person 'he' finds",
    ),
    _case(
        PRONOUN,
        "Back to my old school\n\nThe head teacher, Ravi Donnel, met me at the gate.\n\n"
        "A girl named Ama said the rules were fair. “We talk more now,” she said.",
        "talk more now",
        "Ama",
        "pronoun",
        "a girl introduced by a given name alone is a woman 'she' finds",
    ),
    _case(
        PRONOUN,
        "Locks recalled\n\nIvo Marr, a locksmith, checked the doors. A firm called Vantor "
        "made the locks. “They are safe,” he said.",
        "They are safe",
        "Ivo Marr",
        "pronoun",
        "near miss: a firm called by a name is no person for 'he'",
    ),
    _case(
        NAMED,
        "Listeners rang the phone-in about the bin changes.\n\nOne caller, who gave his name "
        "only as Darren, said: 'They raised our rent and now they cut the collections.'",
        "raised our rent",
        "Darren",
        "named",
        "the name a caller gave, in an appositive before the speech verb",
    ),
    _case(
        NAMED,
        "The patch went live on Tuesday.\n\nOne player, posting under the name NightOwl42, "
        "wrote: \"I have a new laptop and it runs terribly.\"",
        "runs terribly",
        "NightOwl42",
        "named",
        "a screen name a poster went by, kept as written",
    ),
    _case(
        NAMED,
        "The patch went live on Tuesday.\n\nA user called Brisa_K was more forgiving: "
        "\"The game itself is great. Fix the frame rate.\"",
        "game itself is great",
        "Brisa_K",
        "named",
        "'a user called' a name, before a colon: the name speaks ('called' names, says nothing)",
    ),
    _case(
        NAMED,
        "The patch went live on Tuesday.\n\nOne player, posting under the bridge, wrote: "
        "\"I have a new laptop and it runs terribly.\"",
        "runs terribly",
        None,
        None,
        "near miss: 'posting under' a place names no one",
    ),
    _case(
        NAMED,
        "The patch went live on Tuesday.\n\nA user called the studio lazy: \"Fix the frame "
        "rate.\"",
        "Fix the frame",
        None,
        None,
        "near miss: 'called' with a lower-case object is a verb, not a name given",
    ),
    _case(
        DESCRIPTION,
        "The Health Secretary, Oren Castlemaine, visited Ferncliffe General on Monday.\n\n"
        "Nurses lined the corridor in silence.\n\nLater the Health Secretary said: “Waiting "
        "lists will fall this winter.”",
        "Waiting lists will fall",
        "Oren Castlemaine",
        "description",
        "a capitalised office before an appositive name is that person's role for later",
    ),
    _case(
        NAMED,
        "Snow closed the Cragmoor pass overnight.\n\n“Keep off the hill roads unless you "
        "must,” said Sergeant Idris Mallon of Northmoor Constabulary's rural patrol team.",
        "Keep off the hill roads",
        "Idris Mallon",
        "named",
        "NAME of ORGANISATION's unit after the verb, no comma: the name before 'of' speaks",
    ),
    _case(
        DESCRIPTION,
        "Brambleford Academy has been told to improve.\n\nInspectors from the Learning "
        "Quality Agency wrote: “Leaders have not acted on earlier warnings.”",
        "Leaders have not acted",
        "Learning Quality Agency",
        "description",
        "a body's inspectors from a named organisation write in its name",
    ),
    # -- capitals, "and" and initials that are not the name they look like ---------
    _case(
        PRONOUN,
        "Output cut agreed\n\nEPAC Members agreed on Monday to cut output by a tenth. “The "
        "market is oversupplied,” he said.",
        "The market is oversupplied",
        None,
        "pronoun",
        "an acronym opening the story before a plural noun is no tabloid's shouted given name",
    ),
    _case(
        PRONOUN,
        "Stake sold\n\nAVELO Investors said on Friday it had sold its stake in Marlow Foods. "
        "“We have no regrets,” it said.",
        "We have no regrets",
        "AVELO Investors",
        "pronoun",
        "a firm's name in capitals opening the story keeps its printed form",
    ),
    _case(
        DESCRIPTION,
        "Talks between the Treasury and Brenmoor Council collapsed on Tuesday. “We have made "
        "a fair offer,” the council said.",
        "We have made a fair offer",
        "Brenmoor Council",
        "description",
        "the X and Y Council are two bodies: only police, fire and health services share a name",
    ),
    _case(
        DESCRIPTION,
        "Stewards kept apart the Ashby and Marlow Rovers fans at the derby on Saturday. “Our "
        "fans were attacked,” the club said.",
        "Our fans were attacked",
        "Marlow Rovers",
        "description",
        "two clubs' fans after the: the club is the one named by its own words",
    ),
    _case(
        SPOKESPERSON,
        "The Northern Heritage Society opened its archive to the public on Monday.\n\n"
        "Hospitals across Tollmoor are also under strain this winter.\n\n“Beds are full every "
        "night,” an NHS spokeswoman said.",
        "Beds are full",
        "NHS",
        "spokesperson",
        "a well-known acronym is its own body, not the initials of a body named earlier",
    ),
    _case(
        SPOKESPERSON,
        "The Northern Heritage Society (NHS) opened its archive to the public on Monday.\n\n"
        "“Come and see it,” an NHS spokeswoman said.",
        "Come and see it",
        "Northern Heritage Society",
        "spokesperson",
        "a well-known acronym printed in brackets after a body's name is that body's",
    ),
    # -- joint speakers, accounts, first names and unnamed sources ---------------------
    _case(
        NAMED,
        "Celebrity chef Rory Ballantine opened his first restaurant in Kelsey in 2009.\n\n"
        "His sister, Fiona Ballantine, runs front of house.\n\n“We argue about the menu "
        "every single week,” Ballantine said.",
        "argue about the menu",
        "Rory Ballantine",
        "named",
        "a relative named later with the same surname does not take the bare surname",
    ),
    _case(
        PRONOUN,
        "Folk singer Edwin Quarmby has died aged 80.\n\nHis daughter, Maud Quarmby, said he "
        "had been ill for several months.\n\nViolinist Sam Pickersgill, who toured with him for a "
        "decade, wrote on Facebook that he had lost \"the best of us\".\n\nQuarmby was born "
        "in Ebbsley in 1944. He learned the fiddle from an uncle.\n\n“I only ever wanted to "
        "be asked back,” he said in a radio interview in 2010.",
        "wanted to be asked back",
        "Edwin Quarmby",
        "pronoun",
        "the bare surname after his daughter's full name is still the singer, so he is too",
    ),
    _case(
        NAMED,
        "Folk singer Edwin Quarmby has died aged 80.\n\nHis daughter, Maud Quarmby, said he "
        "had been ill for several months.\n\n“He loved a crowd more than anything,” said "
        "Ms Quarmby.",
        "loved a crowd",
        "Maud Quarmby",
        "named",
        "near miss: an honorific of her gender still names the relative",
    ),
    _case(
        NAMED,
        "Centre-back Tom Hale missed the game with a knee injury.\n\nMidfielder Ivy Hale, "
        "who is no relation, scored twice.\n\n“It was a special night for the whole squad,” "
        "Hale said.",
        "special night",
        "Ivy Hale",
        "named",
        "near miss: a namesake not introduced as kin takes the surname from the one before",
    ),
    _case(
        NAMED,
        "Tributes were paid to Mia Dorne, 16, who died after a fall in June.\n\n"
        "In a statement, Mia’s parents, Owen and Clare Dorne, said: “She lit up every room.”",
        "She lit up every room",
        "Owen and Clare Dorne",
        "named",
        "a couple who share a surname, in apposition to a family description, speak as one",
    ),
    _case(
        NAMED,
        "Luis Ferreira, 9, was hit by a van outside his school.\n\n"
        "Ana and Luis Ferreira said in a statement: “He was our whole world.”",
        "our whole world",
        "Ana and Luis Ferreira",
        "named",
        "a given name joined to a full name is a couple speaking as one",
    ),
    _case(
        NAMED,
        "Valda Reece died at home in March.\n\n“She never missed a match,” said her "
        "grandparents, Edith and Norman Reece.",
        "never missed a match",
        "Edith and Norman Reece",
        "named",
        "a couple in apposition after the verb",
    ),
    _case(
        NAMED,
        "Tom Ash, 19, was stabbed in Harlow in May.\n\nMr and Mrs Ash said: “Tom was kind.”",
        "Tom was kind",
        "Mr and Mrs Ash",
        "named",
        "two honorifics of one surname are a couple",
    ),
    _case(
        NAMED,
        "A tenant of Mill Court won damages on Friday.\n\nCorley & Vane, the law firm that "
        "acted for the landlord, said: “We will appeal.”",
        "We will appeal",
        "Corley & Vane",
        "named",
        "'&' inside a firm's name before an appositive: the firm, not its last word",
    ),
    _case(
        SPOKESPERSON,
        "Opinion | The myth of the lone genius\n\nBy Tom Reed\n\nIn his memoir, the investor "
        "Ivo Dunne says he built it all alone.\n\nI asked the publisher, Pell & Norris, whether "
        "the cover would change. “We are looking at the text again,” a spokesperson said.",
        "looking at the text again",
        "Pell & Norris",
        "spokesperson",
        "a firm named with an ampersand is one organisation in the article's mentions",
    ),
    _case(
        NAMED,
        "Tenants lose appeal\n\n“We will appeal again,” said Marr & Tully in a statement.",
        "appeal again",
        "Marr & Tully",
        "named",
        "a firm with an ampersand after the verb is the whole firm, not its first name",
    ),
    _case(
        DESCRIPTION,
        "Tenants lose appeal\n\nThe solicitors Marr & Tully act for the families. “The ruling "
        "is wrong,” the firm said.",
        "ruling is wrong",
        "Marr & Tully",
        "description",
        "the firm is the firm named with an ampersand",
    ),
    _case(
        PRONOUN,
        "Shop to close\n\nTom & Ana Kirk have run the shop for 30 years. “We are not "
        "leaving,” they said.",
        "not leaving",
        None,
        "pronoun",
        "near miss: a given name and a couple's full name joined by an ampersand are no firm",
    ),
    _case(
        NAMED,
        "Chef Ivo Lark opened a second bistro in May.\n\nIvo’s bistro, Lark & Daughters, said "
        "in a statement: “The remarks were a joke.”",
        "The remarks were a joke",
        "Lark & Daughters",
        "named",
        "a firm named with '&' in apposition to a description owned by a person",
    ),
    _case(
        NAMED,
        "Ana Ruiz chairs the board and Tom Grant runs the fund.\n\n"
        "Ruiz and Tom Grant said: “We disagree on nothing.”",
        "We disagree on nothing",
        None,
        None,
        "a surname the article has given someone is no partner's given name: two speakers",
    ),
    _case(
        STATEMENT,
        "Dancer Tessa Vane won the Golden Shoe award on Monday night.\n\n"
        "Poplife Live’s official account commented: “A worthy winner at last!”",
        "A worthy winner",
        "Poplife Live",
        "statement",
        "a social-media account speaks for its owner, as a statement does",
    ),
    _case(
        STATEMENT,
        "Kestrel Rovers signed winger Tom Ash from Harlow Town on Monday.\n\n"
        "“He is one of us,” the club’s Instagram feed said.",
        "He is one of us",
        "Kestrel Rovers",
        "statement",
        "the club's feed is the club's",
    ),
    _case(
        NAMED,
        "Presenter Lina Okoye and her brother, Kit Barrow, filmed a charity swim on Sunday.\n\n"
        "Kit, a lifeguard, reposted the clip and added: “Cold but worth it.”",
        "Cold but worth it",
        "Kit Barrow",
        "named",
        "a speech verb joined by 'and' to a deed takes the sentence's subject, a given name",
    ),
    _case(
        PRONOUN,
        "Chief executive Marta Quell said the closure of the depot was final.\n\nContacted by "
        "email, one former driver, who asked not to be named because she hopes to be rehired, "
        "said staff had heard rumours for weeks. “Nobody told us anything,” she said.",
        "Nobody told us anything",
        None,
        "pronoun",
        "an unnamed speaker after a fronted phrase, in lower case, blocks the earlier name",
    ),
    _case(
        NONE,
        "Fire chief: ‘We will catch the arsonist’\n\nHARLOW — Harlow Fire Chief Nadia Brook "
        "vowed on Monday to catch whoever set fire to the Mill Lane depot.\n\n"
        "“We will catch the arsonist. The town deserves nothing less,” Brook said.",
        "We will catch the arsonist",
        "Nadia Brook",
        "headline",
        "a headline quote whose speaker is named only later takes the body quote it repeats",
    ),
    _case(
        NONE,
        "Carmaker Orvane slumps after warning: ‘The party is over’\n\nShares in Orvane "
        "fell 9 per cent after an analyst cut her rating.\n\nIn a note to clients, Ruth Keel "
        "of Pellam Bank moved the stock to sell.\n\n‘The party is over,’ she wrote.",
        "The party is over",
        "Ruth Keel",
        "headline",
        "a headline's frame names the story's subject; the body quote it repeats names the speaker",
    ),
    _case(
        SPOKESPERSON,
        "Pellow, the Leeds payroll firm, said hackers had copied staff records.\n\n"
        "“We will write to everyone affected,” the company said.\n\nA spokesman for Norway’s "
        "data watchdog said it was “in contact with Pellow about the breach”.",
        "in contact with Pellow",
        None,
        None,
        "a spokesperson for a body the article never names is nobody, not the salient firm",
    ),
    _case(
        SPOKESPERSON,
        "Pellow, the Leeds payroll firm, said hackers had copied staff records.\n\n"
        "The Office of the Data Umpire said it had opened an inquiry. A spokesman for the "
        "umpire said: “We expect answers within a week.”",
        "We expect answers",
        "Office of the Data Umpire",
        "spokesperson",
        "a spokesperson for an unresolved role speaks for the body this paragraph opens with",
    ),
    _case(
        DESCRIPTION,
        "Hail flattens crops near Dunmore Flats\n\nDUNMORE FLATS, Neb. — A hailstorm shredded "
        "corn and soybean fields around Dunmore Flats on Friday.\n\nFarmer Cal Wendt, 61, "
        "lost most of his crop. “Twenty minutes and it was gone,” he said.\n\nThe town said "
        "in a statement: “Crews will clear the county roads by Monday.”",
        "Crews will clear",
        "Dunmore Flats",
        "description",
        "'the town' as a speaker is the place of the dateline, as the body writes it",
    ),
    _case(
        DESCRIPTION,
        "A hailstorm shredded corn fields around Dunmore Flats on Friday.\n\nThe town said "
        "in a statement: “Crews will clear the roads by Monday.”",
        "Crews will clear",
        None,
        None,
        "with no dateline, 'the town' names no one",
    ),
    _case(
        NONE,
        "Finance chief Maren Ostby said the loss would not recur.\n\nAsked by Pellam "
        "Bank analyst Yusuf Adeyemi about the freight contract, Ostby was frank. “We lost it "
        "on price. We will win the next one.”",
        "We lost it on price",
        "Maren Ostby",
        "introduction",
        "the sentence before the quote opens with 'Asked by' a named analyst: its main clause's "
        "subject speaks",
    ),
    _case(
        NAMED,
        "Radio chef Piers Oduya has renewed his quarrel with the critic Len Varga, branding "
        "him “a menu with legs”.",
        "a menu with legs",
        "Piers Oduya",
        "named",
        "a naming verb's participle after a deed takes the sentence's subject, past a title",
    ),
    _case(
        NAMED,
        "Councillor Ivy Marsh walked out of the meeting, accusing the leader of “treating "
        "residents with contempt”.",
        "treating residents",
        "Ivy Marsh",
        "named",
        "'accusing' after a deed: the subject of the sentence",
    ),
    _case(
        NONE,
        "Q&A: the head chef of Orvik Hotels\n\nLena Sandvik joined Orvik Hotels as head chef "
        "in May. We met her in its kitchen garden.\n\nWhat is on the menu this "
        "summer?\n\n“Whatever the garden gives us.”\n\nWill Orvik open a second "
        "restaurant?\n\n“Not this year. Ask me again in the spring.”",
        "Not this year",
        "Lena Sandvik",
        "continuation",
        "an interview question opening with 'Will' names no person 'Will Orvik' to break the "
        "answers",
    ),
    _case(
        DESCRIPTION,
        "Tiago Ferreira, 9, was hit by a van outside his school.\n\nAna and Luis Ferreira "
        "said in a statement: “He was our whole world.”\n\n“We thank the paramedics who "
        "tried so hard,” the couple added.",
        "We thank the paramedics",
        "Ana and Luis Ferreira",
        "description",
        "'the couple' is the couple who last spoke as one",
    ),
    _case(
        DESCRIPTION,
        "Ana Ruiz and Tom Grant married in Harlow in May.\n\n“We thank everyone who came,” "
        "the couple said.",
        "We thank everyone",
        None,
        None,
        "'the couple' with no couple who spoke as one names no one",
    ),
    _case(
        NAMED,
        "Island Hearts stars Tom Reyes and Ana Kirk split in May, weeks after the final.\n\n"
        "Tom & Ana said in a joint post: “We remain the best of friends.”",
        "best of friends",
        None,
        None,
        "two people the article has named, joined by '&', are two speakers, not a firm",
    ),
    _case(
        NAMED,
        "Island Hearts star Tom Reyes split from his partner in May.\n\nTom and Ana Kirk "
        "said: “We remain the best of friends.”",
        "best of friends",
        None,
        None,
        "a given name the article gave a person of another surname is no partner: two speakers",
    ),
    # -- a description for the person just described, and demonyms -------------------
    _case(
        DESCRIPTION,
        "Brenmoor drew 1-1 with Kestle.\n\nBrenmoor's captain, Ilse Verbruggen, took the "
        "blame. 'I misjudged the cross,' the midfielder said. 'It's on me.'",
        "I misjudged the cross",
        "Ilse Verbruggen",
        "description",
        "a title for the subject of the sentence before, glossed in front ('X's captain, Y,')",
    ),
    _case(
        DESCRIPTION,
        "Corran Hale has carved spoons for forty years.\n\nHale frowns at the question. "
        "“Nobody needs a fancy spoon,” says the woodworker.",
        "Nobody needs a fancy spoon",
        "Corran Hale",
        "description",
        "an agent noun nobody holds is the one person the sentence before is about",
    ),
    _case(
        DESCRIPTION,
        "Tomas Reyl met Ines Kober at the harbour. “The nets are empty,” the fisherman said.",
        "The nets are empty",
        None,
        "description",
        "two people in the sentence before: the description is neither for sure",
    ),
    _case(
        DESCRIPTION,
        "The storm left Jana Merk stranded. “The nets are empty,” the fisherman said.",
        "The nets are empty",
        None,
        "description",
        "a person who is not the sentence's subject is not the one just described",
    ),
    _case(
        DESCRIPTION,
        "In rowing, Piet Drossaert of Club Venn won the single sculls in a headwind.\n\n"
        "“My arms are gone,” said the Kastrovian, who also won last year.",
        "My arms are gone",
        "Piet Drossaert",
        "description",
        "an unfamiliar demonym (-ian, -ese, -ish, -i) describes the person in view, never names",
    ),
    _case(
        NAMED,
        "The Guardian ran the story first. “We stand by it,” the Guardian said.",
        "We stand by it",
        "Guardian",
        "named",
        "a paper's name shaped like a demonym stays a name",
    ),
    # -- pronouns: first names given alone, bylines, numbered units, the narrator's kin ---
    _case(
        PRONOUN,
        "“I heard the roof go,” said Petra Lansky, 51, who slept in her van.\n\n"
        "A neighbour, who gave only his first name, Osric, said the school had flooded. "
        "“The water came up to the windows,” he said.",
        "The water came up",
        "Osric",
        "pronoun",
        "a first name given alone after 'his first name,' is a man, not the woman before",
    ),
    _case(
        PRONOUN,
        "Velmora's community manager, who asked to be identified only by her first name, "
        "Ines, told us the post was a joke. “We never meant it,” she said.",
        "We never meant it",
        "Ines",
        "pronoun",
        "'identified only by her first name, X' gives a woman; the brand is never 'she'",
    ),
    _case(
        PRONOUN,
        "Old letters found in a barn. By Clara Dunleavy\n\nThe letters were written by "
        "Sergeant Hugh Arkwright of the 4th Holmesdale Lancers. In one he writes: “The mud is "
        "winning.”",
        "The mud is winning",
        "Hugh Arkwright",
        "pronoun",
        "neither the byline's writer nor a numbered regiment is the 'he' of the story",
    ),
    _case(
        PRONOUN,
        "Dear Edith: a brother's letters home\n\nThe letters were sent by Tom Arkwright to "
        "his sister, Edith, in 1917.\n\nEdith kept a diary too. When the last letter came "
        "she wrote: “He sounds tired.”",
        "He sounds tired",
        "Edith",
        "pronoun",
        "a letter's salutation ('Dear Edith') is no part of the name",
    ),
    _case(
        NONE,
        "I left the bank in March. My manager, Colm Reddy, said nothing.\n\n"
        "My mother was less polite. “You have lost your mind,” she told me.",
        "You have lost your mind",
        None,
        None,
        "in first-person copy, 'my mother' is an unnamed speaker: no earlier name for 'she'",
    ),
    _case(
        PRONOUN,
        "Sara Quint opened the shop in May.\n\nMy brother was doubtful. “It will work,” "
        "she told me.",
        "It will work",
        "Sara Quint",
        "pronoun",
        "the narrator's kin of the other gender leaves 'she' to the person in view",
    ),
    # -- round-ups: a quote on its line, the speaker signing the next after a dash -------
    _case(
        NAMED,
        "The week in quotes\n\nON HOUSING\n“We will not build on the meadow.”\n"
        "— Councillor Ivo Marsh, on the Eastfold plan\n\nON RAIL\n“The timetable is fiction.”\n"
        "— Rena Cole, chair of the Westline Passengers Group",
        "We will not build",
        "Ivo Marsh",
        "afterword",
        "a round-up signs a quote on the next line: dash, title and name, then a comma",
    ),
    _case(
        NAMED,
        "The week in quotes\n\nON HOUSING\n“We will not build on the meadow.”\n"
        "— Councillor Ivo Marsh, on the Eastfold plan\n\nON RAIL\n“The timetable is fiction.”\n"
        "— Rena Cole, chair of the Westline Passengers Group",
        "timetable is fiction",
        "Rena Cole",
        "afterword",
        "each quote of a round-up takes its own signature, not the one before",
    ),
    _case(
        SPOKESPERSON,
        "AND FINALLY\n“She only ate the rosette.”\n— A spokesperson for the Kelby Pony Club, "
        "after the winner was disqualified",
        "only ate the rosette",
        "Kelby Pony Club",
        "afterword",
        "a signing spokesperson speaks for the body named",
    ),
    _case(
        NONE,
        "What the report found:\n“Nothing is settled.”\n— Schools will reopen on Monday\n"
        "— Talks resume in May",
        "Nothing is settled",
        None,
        None,
        "a dashed list of findings after a quote signs nothing",
    ),
    # -- reported speech that carries a partial quote ------------------------------------
    _case(
        STATEMENT,
        "The Federal Ballot Commission said in a statement posted on its website that only "
        "55 percent of ballots had been counted and urged “all parties to stay calm until the "
        "count is complete.”",
        "all parties to stay calm",
        "Federal Ballot Commission",
        "named",
        "a participle after a document ('a statement posted on') is not the clause's verb",
    ),
    _case(
        STATEMENT,
        "Leaders of the six-nation Tallis Group agreed on Friday to extend the fishing ban, "
        "according to a joint communique.\n\nThe communique said member states “will review "
        "the quotas every spring” but gave no dates.",
        "will review the quotas",
        "Tallis Group",
        "statement",
        "a joint communique of a body's leaders is the body's; 'member states' is no verb",
    ),
    _case(
        STATEMENT,
        "Harlow Foods and Kestrel Bank agreed a deal, according to a joint statement.\n\n"
        "The statement said both firms “will keep every branch open.”",
        "keep every branch open",
        None,
        "statement",
        "a joint statement of two named firms stays no one's",
    ),
    _case(
        NAMED,
        "The state broadcaster quoted the Maritime Works Ministry as saying that the "
        "captain had “ignored three warnings”.",
        "ignored three warnings",
        "Maritime Works Ministry",
        "named",
        "'quoted X as saying' gives X, the reporter's source",
    ),
    _case(
        DESCRIPTION,
        "The Bank of Ostria held rates, and the Bank of Ostria said more cuts could wait.\n\n"
        "Shares in carmaker Orvane Motors fell after the company cut its forecast, citing "
        "“weaker demand in Europe”.",
        "weaker demand in Europe",
        "Orvane Motors",
        "description",
        "'citing' after a clause: that clause's subject, the company its sentence named",
    ),
    _case(
        NAMED,
        "Fans weighed in. Fellow baker Ros Tandy said in a video that brands “treat bakers "
        "like free adverts.”",
        "treat bakers like free adverts",
        "Ros Tandy",
        "named",
        "'brands' after 'that' is a noun: the speech verb further back has the subject",
    ),
    # -- a quote after a sentence about its speaker, with no speech verb ------------------
    _case(
        NONE,
        "It is seven on a Saturday at Ladle, the cafe the Brannock sisters run.\n\n"
        "Then Nell, the eldest, speaks. “Who took the big pan?”",
        "Who took the big pan",
        "Nell",
        "introduction",
        "a first name glossed as 'the eldest' is a person, the subject of the sentence before",
    ),
    _case(
        POSTS,
        "The question drew 4,000 replies.\n\nThe loudest reply came from @harbour_jo: “Tell "
        "the manager today.”",
        "Tell the manager today",
        "@harbour_jo",
        "introduction",
        "a reply that 'came from' an account is that account's",
    ),
    _case(
        POSTS,
        "The question drew 4,000 replies.\n\n@night_owl_kat later posted an update. “We "
        "talked. She is fine now.”",
        "We talked",
        "@night_owl_kat",
        "introduction",
        "an account opening the sentence before a quote of its own paragraph speaks",
    ),
    _case(
        NONE,
        "Ewan Quennell kept the light for thirty years.\n\nQuennell, when I tell him this, is "
        "quiet for a long moment. Then: “She was always cleverer than me.”",
        "always cleverer than me",
        "Ewan Quennell",
        "introduction",
        "'Then:' before a quote is a beat, the sentence before still says who speaks",
    ),
    _case(
        NONE,
        "The queue ran out of the door.\n\nKim, who asked us not to use her surname, said "
        "she only wanted a tea. “I am not fussy. I am allergic.”",
        "I am not fussy",
        "Kim",
        "introduction",
        "a first name whose surname is withheld ('her surname') is a person",
    ),
    _case(
        NONE,
        "Ana Ruiz met Tom Bell at the gate.\n\nThen the lights went out. Then: “Nobody "
        "move.”",
        "Nobody move",
        None,
        None,
        "a beat after a sentence about no one gives no speaker",
    ),
    _case(
        NONE,
        "The question drew 4,000 replies.\n\nThe loudest reply came from across the room. "
        "“Tell the manager today.”",
        "Tell the manager today",
        None,
        None,
        "'came from' a place, not an account or a name, gives no speaker",
    ),
    _case(
        NONE,
        "Ewan Quennell kept the light for thirty years.\n\nAt the top, he talks about the "
        "night a ferry, the Grey Gull, lost power off the point. “The sea was over the "
        "rail. I could not see them.\n\n“They saw the light, though. They all came home.”",
        "They saw the light",
        "Ewan Quennell",
        "introduction",
        "a sentence opening 'At the top, he …' is about him, not the boat named inside it",
    ),
    _case(
        NONE,
        "Ewan Quennell kept the light for thirty years.\n\nAt the top, he talks about the "
        "night Rob Hallidan lost his boat. “The sea was over the rail.”",
        "The sea was over the rail",
        None,
        None,
        "another person named in the sentence: the words may be either's",
    ),
    # -- one-word companies, directorates, promoters and agents ------------------------
    _case(
        DESCRIPTION,
        "Toaster recall widens\n\nBy a staff reporter\n\nOrvilla has recalled around 8,000 "
        "of its Brava toasters after reports of sparking.\n\n“We are sorry,” the firm said.",
        "We are sorry",
        "Orvilla",
        "description",
        "a one-word name that owns 'its' is a company: 'the firm' finds it",
    ),
    _case(
        NONE,
        "Orvilla has recalled around 8,000 of its Brava toasters after reports of sparking."
        "\n\n“Safety is our priority,” the company said.\n\n“Every owner will get a refund.”",
        "Every owner",
        "Orvilla",
        "description",
        "a quote paragraph after a one-word company's quote joins it and is the company's",
    ),
    _case(
        DESCRIPTION,
        "Pelgrave has shut two depots in the north and moved 300 jobs to Wexcombe.\n\n"
        "“This was a hard decision,” the company said.",
        "hard decision",
        "Pelgrave",
        "description",
        "with no organisation named, 'the company' is the one-word subject that opens the story",
    ),
    _case(
        DESCRIPTION,
        "Tarlix said on Thursday that its sales had halved.\n\n“It has been a tough year,” "
        "the business said.",
        "tough year",
        "Tarlix",
        "description",
        "a one-word subject that reported through a speech verb is the business",
    ),
    _case(
        DESCRIPTION,
        "Shoppers complained about the queues on Saturday.\n\n“We are looking into it,” "
        "the firm said.",
        "looking into it",
        None,
        None,
        "a plural opening the story is no company's name",
    ),
    _case(
        DESCRIPTION,
        "Flooding closed the road and its bridge on Monday.\n\n“Crews are on site,” the "
        "company said.",
        "Crews are on site",
        None,
        None,
        "a gerund opening the story owns nothing and names no company",
    ),
    _case(
        PRONOUN,
        "Midwinter has cancelled its Dorran tour dates. Its singer, Ola Brennick, was ill."
        "\n\n“I am gutted,” she said.",
        "I am gutted",
        "Ola Brennick",
        "pronoun",
        "'she' is still the person after a band that owns 'its'",
    ),
    _case(
        PRONOUN,
        "Rainfall in Harrow Vale was the lowest since 1921.\n\nThe Transport "
        "Directorate said hosepipe bans would start on Monday. In a statement it said: “We "
        "recognise the inconvenience.”",
        "recognise the inconvenience",
        "Transport Directorate",
        "pronoun",
        "a directorate is a body: 'it' is the directorate, not the place named before",
    ),
    _case(
        DESCRIPTION,
        "Shelling hit Darvost overnight.\n\nThe Darvost health directorate said the toll "
        "would rise. “Our wards are full,” the directorate said.",
        "Our wards are full",
        "Darvost health directorate",
        "description",
        "a directorate named by its place and remit in lower case is that body",
    ),
    _case(
        DESCRIPTION,
        "Shelling hit Darvost overnight.\n\nThe health directorate said the toll would rise."
        " “Our wards are full,” the directorate said.",
        "Our wards are full",
        None,
        None,
        "a directorate with no place or owner before its remit names no one",
    ),
    _case(
        PRONOUN,
        "Kai Brandt beat Tomas Reyes in Glasgow last year.\n\nPromoter Nadia Fenwick, of "
        "Fenwick Fight Nights, said the rematch sold out within an hour.\n\n“The demand has "
        "been unbelievable,” she told reporters.",
        "demand has been unbelievable",
        "Nadia Fenwick",
        "pronoun",
        "a promoter before a name may be a person: 'she' is the promoter, not her firm",
    ),
    _case(
        PRONOUN,
        "Promoter Ray Dunmore said the Harlow card had sold out.\n\n“The demand has been "
        "huge,” he said.",
        "demand has been huge",
        "Ray Dunmore",
        "pronoun",
        "'he' after 'Promoter Ray Dunmore' is the man, not nobody",
    ),
    _case(
        DESCRIPTION,
        "Promoter Brightlane Events said it would refund every fan.\n\n“We are sorry,” the "
        "promoter said.",
        "We are sorry",
        "Brightlane Events",
        "description",
        "a promoter that reports as 'it' is a firm, and 'the promoter' finds it",
    ),
    _case(
        DESCRIPTION,
        "Developer Ardley Homes said it would appeal against the refusal.\n\n“We are "
        "disappointed,” the developer said.",
        "We are disappointed",
        "Ardley Homes",
        "description",
        "a role of people and firms given to no person is the firm given it",
    ),
    _case(
        DESCRIPTION,
        "Developer Ardley Homes said it would appeal. Site manager Ivo Brandt, a developer "
        "for 30 years, agreed.\n\n“We will build it,” the developer said.",
        "We will build it",
        "Ivo Brandt",
        "description",
        "a person given the role still comes first",
    ),
    _case(
        NAMED,
        "Beach Villa favourites Natalia 'Nat' Orrell and Kieran Voss have split.\n\nNat, 25, "
        "hinted at the split on Instagram, sharing a selfie with the caption: “Choosing "
        "peace x.”",
        "Choosing peace",
        "Natalia Orrell",
        "named",
        "a nickname in quote marks inside a name names that person later",
    ),
    _case(
        NAMED,
        "Winger Tobias “Tobi” Mensah scored twice on Saturday.\n\n“It was a good night for "
        "us,” Tobi said.",
        "good night for us",
        "Tobias Mensah",
        "named",
        "a nickname in curly double marks works the same",
    ),
    _case(
        NAMED,
        "Winger Tobias Mensah called the pitch 'Terrible' on Saturday.\n\n“We adapted,” "
        "Terrible said.",
        "We adapted",
        "Terrible",
        "named",
        "a capitalised word in quote marks after a lower-case word is no nickname",
    ),
    _case(
        DESCRIPTION,
        "Senator Ada Vorne missed a third debate on Tuesday.\n\nHer campaign said: “The "
        "senator is unwell and will return next week.”",
        "senator is unwell",
        "Ada Vorne",
        "description",
        "a person's campaign speaks for them, as their management does",
    ),
    _case(
        DESCRIPTION,
        "Governor Tom Reddick faces a recall vote in May.\n\nReddick's office said: “The "
        "governor will fight it.”",
        "governor will fight it",
        "Tom Reddick",
        "description",
        "a politician's office, named by the possessive, is the politician",
    ),
    _case(
        DESCRIPTION,
        "The Tidy Streets campaign collected 4,000 names in a week.\n\nThe campaign said: "
        "“We will not stop.”",
        "will not stop",
        "Tidy Streets",
        "description",
        "'the campaign' with no owner is still the campaign the article named",
    ),
    _case(
        DESCRIPTION,
        "Harlow Council approved the budget on Monday.\n\nThe council's office said: “We "
        "will reply to every letter.”",
        "reply to every letter",
        "Harlow Council",
        "description",
        "an organisation's office is the organisation, not a person",
    ),
    _case(
        PRONOUN,
        "Tarlix said on Thursday that sales had halved.\n\n“It has been a tough year,” it "
        "said in a statement.",
        "tough year",
        "Tarlix",
        "pronoun",
        "'it' with no organisation named is the one-word subject that reported",
    ),
    _case(
        PRONOUN,
        "Inflation has slowed for a third month in a row.\n\n“The worst is over,” it said.",
        "worst is over",
        None,
        None,
        "'it' never takes an ordinary word opening the story, as 'the firm' may",
    ),
    _case(
        NAMED,
        "Talks between Orlan Rail and its drivers ended on Friday.\n\nIn a joint statement, "
        "Orlan Rail and the Drivers' Guild said: “We are pleased to confirm a deal.”",
        "pleased to confirm",
        None,
        None,
        "a joint statement of a firm and a body whose name opens with a plural possessive "
        "is two speakers, not the body's last word",
    ),
    _case(
        NAMED,
        "Talks between Orlan Rail and its drivers ended on Friday.\n\nThe Drivers' Guild "
        "said: “We are pleased to confirm a deal.”",
        "pleased to confirm",
        "Drivers' Guild",
        "named",
        "a body whose name opens with a plural possessive speaks alone under its whole name",
    ),
    _case(
        NAMED,
        "The prime minister faced fresh questions over the loan on Tuesday.\n\nNo 10 said: "
        "“The prime minister has full confidence in the chancellor.”",
        "full confidence",
        "No 10",
        "named",
        "'No 10' is Downing Street, a speaker as 'Number 10' is",
    ),
    _case(
        NAMED,
        "Dara Venn, the world No 10, lost in Melbourne.\n\n“I am fine,” Venn said.",
        "I am fine",
        "Dara Venn",
        "named",
        "a ranking 'No 10' inside an appositive is no speaker",
    ),
    _case(
        DESCRIPTION,
        "Wexcombe and District Hospitals NHS Foundation Trust must save £40m this year.\n\n"
        "“We are confident of meeting the target,” the trust said.",
        "confident of meeting",
        "Wexcombe and District Hospitals NHS Foundation Trust",
        "description",
        "a place 'and District' opens one body's name, not a place and a second body",
    ),
    _case(
        NAMED,
        "Talks between Ruth Hale and District Council leaders ended late.\n\n“Good talks,” "
        "Hale said.",
        "Good talks",
        "Ruth Hale",
        "named",
        "a person before 'and District' is no part of the body's name",
    ),
    _case(
        DESCRIPTION,
        "Wickmere has lost its last bank branch. Traders in Wickmere say trade is down.\n\n"
        "“We are reviewing the decision,” the company said.",
        "reviewing the decision",
        None,
        None,
        "a town that owns 'its' is written as a place elsewhere: no company",
    ),
    _case(
        DESCRIPTION,
        "If the tender fails, Elmbury will reopen its old cycleway.\n\n“We are ready,” the "
        "firm said.",
        "We are ready",
        None,
        None,
        "a future with 'its' (towns plan too) types no company",
    ),
    # -- transport desks and back pages: operators, carriers, positions -------------------
    _case(
        DESCRIPTION,
        "Tarrow Ferries has cancelled every sailing to the island until Monday.\n\n"
        "Orkley Council said it would open the community hall for stranded visitors.\n\n"
        "“Safety has to come first in these winds,” the operator said.",
        "Safety has to come first",
        "Tarrow Ferries",
        "description",
        "'the operator' nobody is titled is the organisation named for what it runs",
    ),
    _case(
        SPOKESPERSON,
        "Drivers at Greyfell Coaches will strike next week after pay talks failed.\n\n"
        "\"We have tabled a generous offer,\" a spokesman for the operator said.",
        "generous offer",
        "Greyfell Coaches",
        "spokesperson",
        "a spokesman for 'the operator' speaks for the coach firm",
    ),
    _case(
        DESCRIPTION,
        "Dozens of flights by Pelwyn Airways were grounded on Friday after a software fault.\n\n"
        "Arnside Airport said its terminal had been busier than at Christmas.\n\n"
        "“We apologise to everyone whose journey was disrupted,” the carrier said.",
        "We apologise to everyone",
        "Pelwyn Airways",
        "description",
        "'the carrier' is the airline, not the airport named after it",
    ),
    _case(
        DESCRIPTION,
        "Tower crane operator Jim Bell was first on the scene at the Brisby Quay site.\n\n"
        "“The wind just took it,” the operator said.",
        "The wind just took it",
        "Jim Bell",
        "description",
        "a person titled 'operator' comes before any firm",
    ),
    _case(
        DESCRIPTION,
        "The Department for Transport has ordered a review of the Wendlow bridge closure.\n\n"
        "“We want a full account of what went wrong,” the operator said.",
        "We want a full account",
        None,
        None,
        "a ministry of transport is not the operator",
    ),
    _case(
        DESCRIPTION,
        "Tenants at Hollis Court say damp has ruined their furniture.\n\n"
        "The landlord said the flats had been inspected in March.\n\n"
        "“We will send surveyors this week,” the landlord said.",
        "send surveyors",
        None,
        None,
        "'the landlord' may be a person: no organisation is taken by default",
    ),
    _case(
        DESCRIPTION,
        "Tannock Rangers prop Ewan Shields has been banned for three weeks.\n\n"
        "The 31-year-old was cited for a dangerous clear-out.\n\n"
        "“I accept the ban and I'll learn from it,” the prop said.",
        "I accept the ban",
        "Ewan Shields",
        "description",
        "a player's position is his role: 'the prop'",
    ),
    _case(
        PRONOUN,
        "Opening bowler Ruwan Jayasekara took six wickets as Coralport won by 90 runs.\n\n"
        "“Ruwan was outstanding,” captain Thilak Mendis said.\n\n"
        "The seamer was more understated. “I just hit my lengths,” he said.",
        "I just hit my lengths",
        "Ruwan Jayasekara",
        "pronoun",
        "a sentence opened by a role ('the seamer', kin to a bowler) is about the one titled so",
    ),
    _case(
        PRONOUN,
        "Captain Suresh Wijeratne praised his side after the first Test in Kellan was abandoned."
        "\n\nThe opener was washed out after two days of rain. “It is frustrating for "
        "everyone,” he said.",
        "It is frustrating",
        "Suresh Wijeratne",
        "pronoun",
        "a role word nobody holds ('the opener', a match) leaves he to the person in view",
    ),
    # ---- faith pages: a cleric's style gives the office
    _case(
        DESCRIPTION,
        "The Bishop of Wrayford has backed striking nurses.\n\n"
        "The Rt Rev Helen Castell wrote to parishes that their claim was fair.\n\n"
        "“Nobody who has sat with the dying can doubt what nurses give,” the bishop wrote.",
        "Nobody who has sat",
        "Helen Castell",
        "description",
        "'the Rt Rev' is a bishop's style: 'the bishop' finds her",
    ),
    _case(
        NAMED,
        "Wrayford Cathedral is to host a night shelter. The Rt Rev Helen Castell said: "
        "“We have room and we have blankets.”",
        "We have room",
        "Helen Castell",
        "named",
        "a cleric's style before a name is stripped like an honorific, not read as a body's name",
    ),
    _case(
        DESCRIPTION,
        "The Archbishop of Carnmoor has called the cuts a betrayal.\n\n"
        "The Most Rev Dr Ellis Tanaka, enthroned in April, spoke to clergy on Tuesday.\n\n"
        "“Justice that only the rich can afford is not justice,” the archbishop said.",
        "Justice that only",
        "Ellis Tanaka",
        "description",
        "'the Most Rev' is an archbishop's style",
    ),
    _case(
        DESCRIPTION,
        "Harmouth Cathedral will open its doors to rough sleepers, the Very Rev Owen "
        "Prideaux has announced.\n\n“Nobody should freeze on our steps,” the dean said.",
        "Nobody should freeze",
        "Owen Prideaux",
        "description",
        "'the Very Rev' is a dean's style",
    ),
    _case(
        DESCRIPTION,
        "The Rt Hon Jane Mallory MP opened the new hospice wing in Dunmarrow on Friday.\n\n"
        "“It is a place of real kindness,” the bishop said.",
        "real kindness",
        None,
        None,
        "'Rt Hon' is no cleric's style: no one here is a bishop",
    ),
    # ---- vox pops: a given name alone is a person
    _case(
        PRONOUN,
        "Residents queued for bottled water in Pellham on Sunday after the mains burst.\n\n"
        "A pensioner who gave his name only as Arturo said he had waited two hours. "
        "“We were told it would be fixed by lunch,” he said.",
        "fixed by lunch",
        "Arturo",
        "pronoun",
        "a one-word name someone gave is a person a later he stands for",
    ),
    _case(
        PRONOUN,
        "Fans were turned away from the Orchard Lane ground on Saturday.\n\n"
        "One woman, who identified herself only as Bea, said she had driven three hours. "
        "“I feel cheated,” she said.",
        "I feel cheated",
        "Bea",
        "pronoun",
        "'identified herself only as Bea': a woman's name, so she is Bea",
    ),
    _case(
        PRONOUN,
        "Volunteer Ruth Amberley has cleared the path to the hamlet on her own.\n\n"
        "The hamlet, known as Larkby, lost its bus in 2019. “Nobody else was going to do "
        "it,” she said.",
        "Nobody else was going",
        "Ruth Amberley",
        "pronoun",
        "a place 'known as' a name is no person: she is still the volunteer",
    ),
    # ---- interviews: prompts put as statements, transcript labels
    _case(
        NONE,
        "'We fly where the money is': Q&A with Corvane chief Dara Holm\n\n"
        "Corvane chief executive Dara Holm took over the regional airline last year. She spoke "
        "to Air Trade Monthly about fares and routes.\n\nWhy did you drop the Elsby route?\n\n"
        "\"It lost money every single month. Sentiment doesn't fill seats.\"\n\n"
        "Some travellers in Elsby feel forgotten.\n\n"
        "\"I hear them. We will go back when the demand is there.\"",
        "I hear them",
        "Dara Holm",
        "continuation",
        "in an interview, a prompt put as a statement is the interviewer's: the answers go on",
    ),
    _case(
        NONE,
        "Crew chief explains late whistle in Ridgefield win\n\n"
        "Official Marta Quiñones explained the call in a pool report after the game.\n\n"
        "Q: Why was the foul called after the buzzer?\n\n"
        "A: \"The contact happened before the horn. Replay confirmed it.\"",
        "contact happened before the horn",
        "Marta Quiñones",
        "introduction",
        "a transcript's 'A:' before the answer still leaves it opening its paragraph",
    ),
    _case(
        NONE,
        "Ferry fares to rise by 8 per cent\n\n"
        "Isleway chief executive Rona Beattie said on Monday that fares would rise in April."
        "\n\n\"Fuel has gone up and we cannot absorb it all,\" she said.\n\n"
        "The firm carried 1.2 million passengers last year.\n\n"
        "\"We expect a strong summer season.\"",
        "strong summer season",
        None,
        None,
        "outside an interview a reporter's paragraph between two quotes is narration, no prompt",
    ),
    # ---- petitions and letters: who started them
    _case(
        STATEMENT,
        "A campaign to save the Lindell Road library has gathered 3,000 names.\n\n"
        "Lindell Council wants to close the branch in April. The petition, launched by retired "
        "librarian Moira Quayle, says: \"A town without a library is a town without a heart.\"",
        "town without a heart",
        "Moira Quayle",
        "statement",
        "a petition 'launched by' someone is theirs, not the council's it is aimed at",
    ),
    _case(
        STATEMENT,
        "Lindell Council wrote to tenants of Mill Row on Friday.\n\n"
        "The letter, addressed to tenant Moira Quayle, said: \"Your flat will be refurbished "
        "from May.\"",
        "refurbished from May",
        "Lindell Council",
        "statement",
        "a letter addressed to someone is not theirs",
    ),
    # ---- a body's kind is in its name
    _case(
        SPOKESPERSON,
        "Villagers in Treloweth say they will be stranded after Tallowmere Buses withdraws the "
        "12 route.\n\nThe operator blamed falling passenger numbers.\n\n"
        "A county council spokesman said: \"We are looking at every option.\"",
        "every option",
        None,
        None,
        "a council's spokesman in a story about a bus firm speaks for no named body",
    ),
    _case(
        DESCRIPTION,
        "Tallowmere Buses will withdraw the 12 route in May.\n\n"
        "The operator said it was in talks with the county council about a minibus.\n\n"
        "\"We are looking at every option,\" the council said.",
        "every option",
        None,
        None,
        "'the council' is not the bus firm the sentence before was about",
    ),
    _case(
        SPOKESPERSON,
        "Tallowmere Buses will withdraw the 12 route in May, leaving Treloweth without a service."
        "\n\nKernow County Council has been asked to fund a replacement.\n\n"
        "A council spokesman said: \"We are looking at every option.\"",
        "every option",
        "Kernow County Council",
        "spokesperson",
        "a council named in the article is still the council's spokesman's",
    ),
    _case(
        DESCRIPTION,
        "Tallowmere Buses will withdraw the 12 route in May, leaving Treloweth without a service."
        "\n\n\"Passenger numbers have halved since 2019,\" the company said.",
        "Passenger numbers",
        "Tallowmere Buses",
        "description",
        "a bus firm is a company",
    ),
    _case(
        DESCRIPTION,
        "Pellow Methodist Chapel to close after 160 years\n\n"
        "The Pellow Methodist Chapel will hold its last service on Easter Sunday, its "
        "congregation has been told.\n\nIn a letter to members, the trustees wrote: "
        "\"This has been the hardest decision any of us have had to make.\"",
        "hardest decision",
        "Pellow Methodist Chapel",
        "description",
        "'the trustees' with no owner govern the body in view and write in its name",
    ),
    _case(
        DESCRIPTION,
        "Parents at Ashcombe Primary School have been told it will become an academy.\n\n"
        "\"We believe this is the right future for the school,\" the governors said in a letter.",
        "right future",
        "Ashcombe Primary School",
        "description",
        "a school's governors speak for the school",
    ),
    _case(
        DESCRIPTION,
        "Retired miner Alun Prowe has left his medals to the town.\n\n"
        "\"He wanted them where people could see them,\" the trustees said.",
        "where people could see",
        None,
        None,
        "'the trustees' with no organisation in view name no one",
    ),
    # ---- faith, travel and sport pages: bodies and roles of their own
    _case(
        DESCRIPTION,
        "Father Eamon Brosnahan has led the parish of St Bride's in Ballinmore for 30 years.\n\n"
        "“I have buried too many young men,” the priest said.",
        "buried too many",
        "Eamon Brosnahan",
        "description",
        "'Father' before a name is a priest's title",
    ),
    _case(
        DESCRIPTION,
        "Tom Reilly said his son had been refused a place at St Finbar's School.\n\n"
        "His father, Tom Reilly, has appealed.\n\n“We only want what is fair,” the priest said.",
        "what is fair",
        None,
        None,
        "a family's father is no priest",
    ),
    _case(
        DESCRIPTION,
        "Ruth Penhale said the roof of St Ives Chapel needed £80,000 of repairs.\n\n"
        "The Rev Mark Tulley, vicar of the parish, was more hopeful. “We have saved the roof "
        "before,” said the vicar.",
        "saved the roof",
        "Mark Tulley",
        "description",
        "a role in apposition without an article, before what it serves: ', vicar of the parish,'",
    ),
    _case(
        DESCRIPTION,
        "Worshippers at the Al-Huda Mosque in Brenton have raised £20,000 for flood victims.\n\n"
        "“The response from our community has been humbling,” the mosque said in a statement.",
        "humbling",
        "Al-Huda Mosque",
        "description",
        "a mosque is an organisation and speaks as one",
    ),
    _case(
        DESCRIPTION,
        "Flights at Kessingham Airport were running normally on Friday despite the rail strike."
        "\n\n“It is business as usual for passengers,” the airport said.",
        "business as usual",
        "Kessingham Airport",
        "description",
        "'the airport' is the airport the article named",
    ),
    _case(
        DESCRIPTION,
        "The Home Office has confirmed that the Grange Hotel in Wexby will stop housing asylum "
        "seekers in March.\n\n“We are committed to closing all asylum hotels,” the department "
        "said in a statement.",
        "closing all asylum hotels",
        "Home Office",
        "description",
        "'the department' is a government department named an Office",
    ),
    _case(
        DESCRIPTION,
        "Corby Vale's Jamie Oduya, who scored the winner, disagreed with the visitors.\n\n"
        "“The ref was spot on,” said the winger.",
        "spot on",
        "Jamie Oduya",
        "description",
        "a player's position describes the player in view, as 'the striker' does",
    ),
    # -- broad rules kept off ordinary news text: dates, second clauses, passers-by -------
    _case(
        NAMED,
        "“I will stay and fight,” Tom Hale told reporters. Ana Ruiz, the chairman, said: "
        "“I will stay out of it.”",
        "stay out of it",
        "Ana Ruiz",
        "named",
        "a second speaker's clause after a full stop is no split: two quotes, two speakers",
    ),
    _case(
        NAMED,
        "“We will stay,” Tom Hale told reporters on Monday. “We will fight on.”",
        "fight on",
        "Tom Hale",
        "named",
        "one clause between two parts still joins them",
    ),
    _case(
        DESCRIPTION,
        "Tom Hale was sacked by Pellmore Ltd on Monday.\n\n“We wish him well,” the company "
        "said.",
        "wish him well",
        "Pellmore Ltd",
        "description",
        "a weekday after 'on' dates the news: no body is called 'Pellmore Ltd on Monday'",
    ),
    _case(
        DESCRIPTION,
        "Kelby Rovers on May 5 sold their ground.\n\n“It was the only way,” the club said.",
        "only way",
        "Kelby Rovers",
        "description",
        "a month that is also a given name is a date after 'on'",
    ),
    _case(
        DESCRIPTION,
        "The Select Committee on Health questioned Tom Hale.\n\n“Waiting lists are too "
        "long,” the committee said.",
        "Waiting lists",
        "Select Committee on Health",
        "description",
        "a body's name still runs on across 'on'",
    ),
    _case(
        PRONOUN,
        "Baker Ana Ruiz opened the shop in 2010.\n\nA neighbour stopped to watch. “It is the "
        "best bread in town,” she said.",
        "best bread",
        None,
        None,
        "a passer-by opening the sentence before is the she in view, not the baker",
    ),
    _case(
        PRONOUN,
        "Mayor Ana Ruiz cut the ribbon on Saturday.\n\nOne resident was less impressed. “It "
        "is a waste of money,” she said.",
        "waste of money",
        None,
        None,
        "an unnamed resident's mood, then she: the resident, who has no name",
    ),
    _case(
        PRONOUN,
        "Det Insp Tom Baines led the inquiry.\n\nA man, 34, was arrested on Friday. “We are "
        "not looking for anyone else,” he said.",
        "anyone else",
        "Tom Baines",
        "pronoun",
        "what befell an unnamed man leaves the detective in view",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz has run the shop for 20 years. A customer waved as she worked. “I love this "
        "place,” she said.",
        "love this place",
        "Ana Ruiz",
        "pronoun",
        "a sentence with its own she keeps the named woman in view",
    ),
    _case(
        DESCRIPTION,
        "Kelby Rovers manager Tom Baines praised his players.\n\n“We were robbed,” the "
        "Dunmore manager said.",
        "We were robbed",
        None,
        None,
        "another club's manager: the one titled is Kelby's, so the Dunmore manager is unnamed",
    ),
    _case(
        DESCRIPTION,
        "Kelby Rovers manager Tom Baines praised his players.\n\n“We were superb,” the Kelby "
        "manager said.",
        "We were superb",
        "Tom Baines",
        "description",
        "the modifier written before the title picks its holder",
    ),
    _case(
        DESCRIPTION,
        "Kelby Council leader Ana Ruiz opened the new pool.\n\n“It is long overdue,” the "
        "opposition leader said.",
        "long overdue",
        None,
        None,
        "the opposition leader is not the council's leader",
    ),
    _case(
        DESCRIPTION,
        "Opposition leader Ana Ruiz visited the pool.\n\n“It is long overdue,” the "
        "opposition leader said.",
        "long overdue",
        "Ana Ruiz",
        "description",
        "a qualifier written in the person's title still fits",
    ),
    _case(
        DESCRIPTION,
        "Ana Ruiz, the union’s leader, called the strike on Monday.\n\n“The offer is fair,” "
        "the company’s chief executive said.",
        "offer is fair",
        None,
        None,
        "the person in view holds another job: the company's chief executive is unnamed",
    ),
    _case(
        DESCRIPTION,
        "Ana Ruiz, the union’s leader, called the strike on Monday.\n\n“We have no choice,” "
        "the union’s boss said.",
        "no choice",
        "Ana Ruiz",
        "description",
        "a kindred title with an owner is still the person in view",
    ),
    _case(
        DESCRIPTION,
        "Goalkeeper Milo Garrec let in a soft goal early on.\n\n“We were sloppy,” said the "
        "coach, Edda Brandt.\n\nDunholm captain Piet Vangelder was more blunt.\n\n“Dreadful. "
        "There's no other word,” the defender said.",
        "no other word",
        "Piet Vangelder",
        "description",
        "a kindred title yields to the subject of the sentence just before",
    ),
    _case(
        DESCRIPTION,
        "Winger Tasio Marv was booked twice.\n\nThe Ossel Vale skipper, Hal Dorsey, "
        "disagreed.\n\n“We never stopped running,” the midfielder said.",
        "never stopped running",
        "Hal Dorsey",
        "description",
        "the club before the captain does not hide the sentence's subject",
    ),
    _case(
        DESCRIPTION,
        "Defender Milo Garrec was booked twice.\n\nDunholm captain Piet Vangelder was more "
        "blunt.\n\n“Dreadful. There's no other word,” the defender said.",
        "no other word",
        "Milo Garrec",
        "description",
        "near miss: a person given the title itself keeps it over the sentence's subject",
    ),
    _case(
        DESCRIPTION,
        "Cllr Ann Pike opened the debate on the library overspend.\n\nIndependent councillor "
        "Kevin Marr said he had \"lost patience\" with the delays.\n\n\"It's always the same "
        "excuses,\" the Eastfield ward member said.",
        "same excuses",
        "Kevin Marr",
        "description",
        "a ward member is the latest councillor",
    ),
    _case(
        DESCRIPTION,
        "Shopkeeper Kevin Marr said he had \"lost patience\" with the delays.\n\n\"It's "
        "always the same excuses,\" the Eastfield ward member said.",
        "same excuses",
        None,
        None,
        "near miss: a ward member with no councillor named is nobody in view",
    ),
    _case(
        DESCRIPTION,
        "Listeners rang the mid-morning phone-in with Dana Ferriby about parking charges."
        "\n\nThe deputy leader of Garsdon Council, Councillor Alan Prewett, came on the "
        "programme.\n\n'We consulted widely,' Cllr Prewett replied.\n\n'Consulted? Your "
        "residents are furious,' the presenter said.",
        "residents are furious",
        "Dana Ferriby",
        "description",
        "the presenter is the host the programme was named 'with', not the guest",
    ),
    _case(
        DESCRIPTION,
        "The podcast, presented by Dana Ferriby, returns this week.\n\nIts guest, the "
        "novelist Alan Prewett, spoke about his new book.\n\n'I wrote it in a shed,' he said."
        "\n\n'A shed? Tell us more,' said the host.",
        "Tell us more",
        "Dana Ferriby",
        "description",
        "the host is the one a show is 'presented by'",
    ),
    _case(
        DESCRIPTION,
        "Listeners rang the phone-in with Dana Ferriby about parking charges.\n\nRadio "
        "presenter Alan Prewett, a guest, disagreed.\n\n'It is fair,' the presenter said.",
        "It is fair",
        "Alan Prewett",
        "description",
        "near miss: a person titled presenter keeps the title over the programme's host",
    ),
    _case(
        DESCRIPTION,
        "Morning Brew presenter Colm Aherne and his co-host Priti Dalal clashed over fuel "
        "duty on Monday.\n\nDalal, 39, interrupted as he read out the figures. “Those numbers "
        "are a year old,” the presenter said.",
        "numbers are a year old",
        "Priti Dalal",
        "description",
        "co-hosts share the title: the presenter is the co-host the sentence before is about",
    ),
    _case(
        DESCRIPTION,
        "The Late Desk host Ruth Okafor and co-presenter Ben Saltash took over the show in "
        "March.\n\nSaltash laughed off the ratings. “We have been on air for six weeks,” the "
        "host said.",
        "on air for six weeks",
        "Ben Saltash",
        "description",
        "a co-presenter is the host the sentence before names as its subject",
    ),
    _case(
        DESCRIPTION,
        "Morning Brew presenter Colm Aherne and his co-host Priti Dalal spoke to the "
        "minister.\n\nThe guest, economist Rob Tennant, disagreed. “Those numbers are a "
        "year old,” the presenter said.",
        "numbers are a year old",
        "Colm Aherne",
        "description",
        "near miss: a guest the sentence before is about holds no host's title",
    ),
    _case(
        DESCRIPTION,
        "Striker Ivo Marsh scored twice for Cleve Town.\n\nDefender Ola Brandt was sent "
        "off late on. “We deserved the points,” the striker said.",
        "deserved the points",
        "Ivo Marsh",
        "description",
        "near miss: a player's positions are kin, not one profession: the striker is named",
    ),
    _case(
        NAMED,
        "‘We will rebuild,’ vows mayor\n\nMayor Ana Ruiz toured the flooded streets on "
        "Sunday.\n\nTom Baines, a resident, said: “We will rebuild, but we need help.”",
        "We will rebuild,",
        None,
        None,
        "the headline's mayor is not the resident whose later quote repeats three of its words",
    ),
    _case(
        NAMED,
        "‘We will rebuild’: mayor\n\nMayor Ana Ruiz toured the flooded streets on Sunday.\n\n"
        "“We will rebuild, whatever it costs,” Ruiz said.",
        "We will rebuild",
        "Ana Ruiz",
        "headline",
        "the headline's title fits the speaker of the later quote",
    ),
    _case(
        STATEMENT,
        "Tom Baines received a letter from Pellmore Ltd on Monday.\n\n“Your contract ends on "
        "Friday,” the letter said.",
        "contract ends",
        "Pellmore Ltd",
        "statement",
        "who received a letter did not write it: its sender did",
    ),
    _case(
        STATEMENT,
        "Tom Baines opened the email on Monday.\n\n“Your contract ends on Friday,” the email "
        "said.",
        "contract ends",
        None,
        None,
        "the one who opened an email is not its sender, whom the article does not name",
    ),
    _case(
        STATEMENT,
        "Kelby Council published its report on Monday.\n\nAna Ruiz rejected the report.\n\n"
        "“The library is not viable,” the report said.",
        "not viable",
        "Kelby Council",
        "statement",
        "a report someone rejected is the one named before, issued by its owner",
    ),
    _case(
        STATEMENT,
        "Pellmore Ltd sent Tom Baines a letter on Monday.\n\n“Your contract ends on Friday,” "
        "the letter said.",
        "contract ends",
        "Pellmore Ltd",
        "statement",
        "the sender of a letter is the sentence's subject",
    ),
    _case(
        NONE,
        "Tom Baines has lived on Mill Lane for 30 years.\n\nHe opened the letter on Tuesday. "
        "“Your tenancy ends on 1 June.”",
        "tenancy ends",
        None,
        None,
        "a quote after the reader of a letter is its wording, not his words",
    ),
    _case(
        NONE,
        "Tom Baines received an email from his landlord on Tuesday.\n\n“Your tenancy ends on 1 "
        "June.”",
        "tenancy ends",
        None,
        None,
        "a quote paragraph after the receiver of an email is its wording",
    ),
    _case(
        PRONOUN,
        "Kelby Rovers sacked manager Tom Baines on Monday.\n\nThe club’s fans were furious. "
        "“It is a disgrace,” they said.",
        "a disgrace",
        None,
        None,
        "they after a sentence about the fans are the fans, not the club",
    ),
    _case(
        PRONOUN,
        "Kelby Council closed the library on Monday.\n\nResidents were furious. “It is a "
        "disgrace,” they said.",
        "a disgrace",
        None,
        None,
        "they after residents opening the sentence are the residents",
    ),
    _case(
        PRONOUN,
        "Kelby Council closed the library on Monday. “It is the right call,” they said.",
        "right call",
        "Kelby Council",
        "pronoun",
        "they after a sentence about a named body is that body",
    ),
    _case(
        NONE,
        "Ana Ruiz is standing for mayor.\n\nShe praised Tom Baines, who is standing too.\n\n"
        "“He is a decent man.”",
        "decent man",
        None,
        None,
        "a name after a she-sentence's verb is its object: the quote after it is not his",
    ),
    _case(
        NONE,
        "“We will fight on,” Ana Ruiz said.\n\nShe faces Tom Baines in the final round. “I "
        "have the votes.”",
        "the votes",
        None,
        None,
        "she faces a named rival: the quote after that sentence is not the rival's",
    ),
    _case(
        NONE,
        "Ana Ruiz is standing for mayor.\n\nShe added that she had knocked on every door in "
        "Kelby.\n\n“I have the votes.”",
        "the votes",
        "Ana Ruiz",
        "introduction",
        "a she-sentence naming no other person leads to her words",
    ),
    _case(
        SPOKESPERSON,
        "A Kelby Buses coach crashed on the A38 on Friday.\n\nPolice are appealing for "
        "witnesses. “Anyone with dashcam footage should come forward,” a spokesperson said.",
        "dashcam footage",
        None,
        None,
        "a bare spokesperson after police open the sentence speaks for the police, not the firm",
    ),
    _case(
        SPOKESPERSON,
        "A Kelby Buses coach crashed on the A38 on Friday.\n\nPassengers were shaken. “Our "
        "thoughts are with everyone on board,” a spokesperson said.",
        "thoughts are with",
        "Kelby Buses",
        "spokesperson",
        "passengers do not have a spokesperson: the firm in the story speaks",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz and Tom Baines run the Red Lion in Kelby.\n\n“We love it here,” they said.",
        "love it here",
        None,
        None,
        "they after two people opening the sentence are the pair, not the pub they run",
    ),
    _case(
        PRONOUN,
        "Ana Ruiz, 42, was jailed for four years on Friday.\n\nA relative, who did not give "
        "her name, wept outside court. “She is not a bad person,” she said.",
        "not a bad person",
        None,
        None,
        "a relative who did not give her name is the she in view, not the woman jailed",
    ),
    # -- markets, lifestyle and health pages: chief officers, relatives after "whose" -----
    _case(
        DESCRIPTION,
        "Holmquist Freight's chief financial officer, Maren Holt, presented the results. Chief "
        "executive Piet Lund said demand was steady.\n\n“Our cash position has never been "
        "stronger,” the CFO told analysts.",
        "Our cash position",
        "Maren Holt",
        "description",
        "'the CFO' is the person whose title spells it, not a name 'CFO'",
    ),
    _case(
        DESCRIPTION,
        "Chief Operating Officer Lena Park and chief executive Omar Vidal met the unions on "
        "Friday.\n\n“Every depot stays open,” the COO said.",
        "Every depot",
        "Lena Park",
        "description",
        "'the COO' after a capitalised 'Chief Operating Officer' title",
    ),
    _case(
        DESCRIPTION,
        "Chief Executive Anne Toll opened the call. Finance chief Ravi Nadkarni walked through the "
        "numbers.\n\n“We will not chase volume,” the CEO said.",
        "chase volume",
        "Anne Toll",
        "description",
        "'the CEO' is the chief executive, not the finance chief in view",
    ),
    _case(
        DESCRIPTION,
        "Chief executive Sam Oyo announced the cuts. Executive director Jo Hart spoke "
        "next.\n\n“Nobody takes this lightly,” the CEO said.",
        "Nobody takes this",
        "Sam Oyo",
        "description",
        "an 'executive director' is no chief executive: 'the CEO' skips her",
    ),
    _case(
        DESCRIPTION,
        "Council leader Ed Marsh said the school would reopen. Priya Nandi, whose nine-year-old "
        "son is a pupil there, said families were relieved. “It has been a long month,” the "
        "mother-of-three said.",
        "a long month",
        "Priya Nandi",
        "description",
        "'whose nine-year-old son' makes the name a person (an age before the relative)",
    ),
    _case(
        DESCRIPTION,
        "Brisby Mills, whose 150-year-old factory closed in May, said it would cut 40 jobs. "
        "Union organiser Tom Rudd was angry.\n\n“This is a painful decision,” the company said.",
        "painful decision",
        "Brisby Mills",
        "description",
        "an age before a thing after 'whose' leaves the name a company",
    ),
    _case(
        NAMED,
        "The council approved the plan.\n\nProf Ana Whitsey, head of nutrition at the charity "
        "Food First, which campaigns for free school meals, said: “This is a good first step.”",
        "good first step",
        "Ana Whitsey",
        "named",
        "a which-clause after an appositive ending in a name is about that name, not the speaker",
    ),
    _case(
        SPOKESPERSON,
        "The bid values the firm at £2bn.\n\nA spokesman for Ostrow Bank, which advises the "
        "seller, said: “We do not comment on deals.”",
        "comment on deals",
        "Ostrow Bank",
        "spokesperson",
        "a which-clause right after the speaker's own phrase stays one appositive",
    ),
    _case(
        DESCRIPTION,
        "Pellam Foods raised the price of its own-brand bread for the third time this year.\n\n"
        "Lobby group Shop Fair hit back on Tuesday. “Shoppers are paying for the company's "
        "mistakes,” the campaign group said.",
        "Shoppers are paying",
        "Shop Fair",
        "description",
        "'the group' is the body the text calls a group, not a firm whose name only fits it",
    ),
    _case(
        DESCRIPTION,
        "Kestrel Holdings cut its profit forecast on Monday. Analysts at Brockway Bank said the "
        "warning was a surprise.\n\n“We are taking decisive action,” the group said.",
        "decisive action",
        "Kestrel Holdings",
        "description",
        "with no body called a group, 'the group' is still the company the story is about",
    ),
    _case(
        NONE,
        "MEET THE MAKER: Orla Benn\n\nThe Leeds-born ceramicist, 29, won the Makers' Prize last "
        "month. We caught up with her at her kiln in Otley.\n\nWhat got you started?\n\n“My "
        "grandmother had a wheel in her garage.”",
        "My grandmother had",
        "Orla Benn",
        "introduction",
        "an interview lede 'We caught up with her' under a headline naming her: her answers",
    ),
    _case(
        NONE,
        "Five minutes with: Dev Anand\n\nThe new head chef at the Quayside has cooked in four "
        "countries. I met him between lunch and dinner service.\n\nWhat is your comfort food?"
        "\n\n“Dal, every time.”",
        "Dal, every time",
        "Dev Anand",
        "introduction",
        "'I met him' before the first question: an interview with the person the story is about",
    ),
    _case(
        NONE,
        "Hiker Tom Lake rescued from Skarn Fell\n\nSearch teams caught up with the walkers near "
        "the summit on Sunday after a six-hour search.\n\nWhat went wrong?\n\n“The forecast "
        "changed in an hour.”",
        "forecast changed",
        None,
        None,
        "'caught up with' said of others, not the writer: a subhead's question, no interview",
    ),
    _case(
        NAMED,
        "A pensioner waited 14 hours for a bed.\n\nScarbrook and District Hospitals Trust said "
        "it had “apologised unreservedly” to the family.",
        "apologised unreservedly",
        "Scarbrook and District Hospitals Trust",
        "named",
        "a trust named for two places opening the sentence is one body, not two speakers",
    ),
    _case(
        NAMED,
        "A ward at Kelby General was closed.\n\n“Our staff are stretched beyond anything I "
        "have known,” said the trust's deputy director of nursing and patient experience, "
        "Wendy Orrall. “We need more beds.”",
        "stretched beyond anything",
        "Wendy Orrall",
        "named",
        "a long title goes on past 'and' to the name after its comma",
    ),
    _case(
        NAMED,
        "A ward at Kelby General was closed.\n\n“Our staff are stretched beyond anything I "
        "have known,” said the head of estates and facilities, Wendy Orrall.",
        "stretched beyond anything",
        "Wendy Orrall",
        "named",
        "an office's title with 'and' then the holder's name",
    ),
    _case(
        NAMED,
        "A ward at Kelby General was closed.\n\n“Our staff are stretched beyond anything I "
        "have known,” said the head of nursing and her deputies, who met Wendy Orrall.",
        "stretched beyond anything",
        None,
        None,
        "near miss: a relative clause after 'and' names no holder",
    ),
    _case(
        PRONOUN,
        "Heavy rain flooded the valley.\n\nSouthmoor Fire and Rescue Service group manager Ian "
        "Brackley said crews had rescued nine people.\n\n“Our teams have been out all night,” "
        "he said.",
        "out all night",
        "Ian Brackley",
        "pronoun",
        "a fire and rescue service before a title is one body, not a man called Southmoor Fire",
    ),
    _case(
        NAMED,
        "Heavy rain flooded the valley.\n\n“Stay away from the river,” said Ann Fire and "
        "Tom Rescue.",
        "Stay away",
        None,
        None,
        "near miss: two people whose surnames are service words stay two speakers",
    ),
    _case(
        SPOKESPERSON,
        "Two men were arrested in Tarwick.\n\nA spokeswoman for Dunmere and Wold Police said: "
        "“Both remain in custody.”",
        "remain in custody",
        "Dunmere and Wold Police",
        "spokesperson",
        "a police force named for two places after 'for' is one body",
    ),
    _case(
        NAMED,
        "The inquiry opened in May.\n\nRuth Holt and Wold Police said in a statement: “We "
        "welcome its findings.”",
        "welcome its findings",
        None,
        None,
        "a person's surname before 'and' and a force: still two speakers",
    ),
    _case(
        NAMED,
        "The closure was announced on Friday.\n\nThe landlord, Wharfmoor Estates, said the new "
        "rent reflected “current market rates”.",
        "current market rates",
        "Wharfmoor Estates",
        "named",
        "a thing that 'reflected' the words says nothing: the verb before it speaks",
    ),
    _case(
        NAMED,
        "Farmer Ivo Brandt said the new figures suggested “a turning point for the valley”.",
        "a turning point",
        "Ivo Brandt",
        "named",
        "'the figures suggested' inside what Brandt said: his words",
    ),
    _case(
        NAMED,
        "Ivo Brandt said the sign read “Closed until further notice”.",
        "Closed until further",
        None,
        None,
        "a sign that reads words has them: not what the man who mentions it said",
    ),
    _case(
        DESCRIPTION,
        "Chef Bettina Uzor has announced the closure of her Hoxley restaurant.\n\nThe "
        "36-year-old announced it on Instagram on Sunday, captioning a photo of her team: "
        "“Five years, one very tired chef.”",
        "one very tired chef",
        "Bettina Uzor",
        "description",
        "an age opening a deed's sentence is its subject for the participle after it",
    ),
    _case(
        DESCRIPTION,
        "Designer Kit Averell unveiled her last collection on Friday.\n\nThe 120-year-old mill "
        "hosted the show, announcing on its website: “Tickets are sold out.”",
        "Tickets are sold out",
        None,
        None,
        "an age before a noun (a mill) is no person: the designer is not its subject",
    ),
    # -- house styles of many countries: seats, portfolios, ranks, a title's letters ---
    _case(
        DESCRIPTION,
        "Niamh Brosnan, the Fianna Fáil TD for Kerry South, criticised the scheme.\n\n"
        "“It is a year late and a euro short,” the TD said.",
        "a year late",
        "Niamh Brosnan",
        "description",
        "a member's letters head an appositive with the seat after them: the TD",
    ),
    _case(
        DESCRIPTION,
        "Ciarán Molloy TD raised the closures in the chamber.\n\n“Rural towns are being "
        "hollowed out,” the Galway West TD said.",
        "hollowed out",
        "Ciarán Molloy",
        "description",
        "TD after a name is a member's seat, as MP is",
    ),
    _case(
        DESCRIPTION,
        "Navdeep Bhullar MPP said the bill had been rushed.\n\n“Nobody had time to read it,” "
        "the MPP said.",
        "Nobody had time",
        "Navdeep Bhullar",
        "description",
        "a provincial member's letters (MPP) after a name give the role",
    ),
    _case(
        DESCRIPTION,
        "Tom Hale met Ruth Keane, the editor of The Kestrel Times, on Monday.\n\n“We will "
        "publish the letters,” the MP said.",
        "publish the letters",
        None,
        "description",
        "near miss: an editor of a capitalised title is no MP",
    ),
    _case(
        STATEMENT,
        "Rural Affairs Minister Morven Lyall defended the scheme on Monday.\n\nThe Scottish "
        "Crofters' Federation said in a statement that payments were months late.\n\n“Our "
        "members cannot wait any longer,” the statement said.",
        "cannot wait",
        "Scottish Crofters' Federation",
        "statement",
        "a nationality opening an organisation's name is no descriptor of the person in view",
    ),
    _case(
        STATEMENT,
        "Winger Rhys Garrow was dropped on Friday.\n\nThe Welshman said in a statement that "
        "he was hurt.\n\n“I will fight for my place,” the statement said.",
        "fight for my place",
        "Rhys Garrow",
        "statement",
        "near miss: a nationality alone after the still describes the person in view",
    ),
    _case(
        PRONOUN,
        "Assistant Superintendent Ngozi Eze said the suspects fled into the bush.\n\n"
        "According to her, “The team recovered two rifles and a motorcycle.”",
        "two rifles",
        "Ngozi Eze",
        "pronoun",
        "an object pronoun after 'according to' is who speaks",
    ),
    _case(
        PRONOUN,
        "Harbour officer Idris Cole closed the slipway on Sunday.\n\nAccording to him, “The "
        "swell will not drop before Wednesday.”",
        "swell will not drop",
        "Idris Cole",
        "pronoun",
        "'according to him' as 'according to her'",
    ),
    _case(
        NAMED,
        "Minister for Rural Development Lim Kah Seng opened the centre on Saturday.\n\n"
        "“Every village will have one by next year,” said Mr Lim.",
        "Every village",
        "Lim Kah Seng",
        "named",
        "a portfolio after 'Minister for' belongs to the title; the name puts its surname first",
    ),
    _case(
        NAMED,
        "Commissioner for Human Rights Ilse Marnaq visited the camp.\n\n“Conditions here "
        "are unacceptable,” Marnaq said.",
        "unacceptable",
        "Ilse Marnaq",
        "named",
        "a portfolio of two words is no part of the name after it",
    ),
    _case(
        DESCRIPTION,
        "Tom Hale, the Chair of the Rural Affairs Agency, said funding was late.\n\n“We need "
        "more inspectors,” the agency said.",
        "more inspectors",
        "Rural Affairs Agency",
        "description",
        "near miss: a body's name after an office's 'of' keeps its first words",
    ),
    _case(
        PRONOUN,
        "Commissioner of Police Yakubu Danladi paraded the suspects on Monday.\n\n“Crime "
        "does not pay in this state,” he said.",
        "Crime does not pay",
        "Yakubu Danladi",
        "pronoun",
        "a rank 'of Police' is the person's office, not an organisation he is",
    ),
    _case(
        NAMED,
        "Education Cabinet Secretary Njeri Wambugu announced the new calendar.\n\n“Schools "
        "will open on January 6,” said the CS.",
        "Schools will open",
        "Njeri Wambugu",
        "named",
        "a title's letters after 'the' stand for the person with that title",
    ),
    _case(
        NAMED,
        "Arvind Patil, the Chief Minister of Velora, toured the camps.\n\n“Nobody will be "
        "left behind,” the CM said.",
        "left behind",
        "Arvind Patil",
        "description",
        "a title in an appositive gives its letters too",
    ),
    _case(
        NAMED,
        "CM Raghav Naidu opened the bridge. Deputy CM Pawan Reddi said the funds were "
        "released.\n\n“Not a single rupee will be wasted,” the Deputy CM said.",
        "single rupee",
        "Pawan Reddi",
        "named",
        "an office's letters before a name are a title; 'the Deputy CM' is its holder",
    ),
    _case(
        NAMED,
        "SHO Ramesh Kadam said the accused had been arrested.\n\n“He has confessed,” SHO "
        "Kadam said.",
        "has confessed",
        "Ramesh Kadam",
        "named",
        "a station house officer's letters are an honorific: the fullest form",
    ),
    _case(
        DESCRIPTION,
        "Inspector-General of Police Musa Garba addressed the officers.\n\n“Discipline is "
        "not optional,” the IGP said.",
        "not optional",
        "Musa Garba",
        "description",
        "a hyphenated title's letters: Inspector-General of Police, the IGP",
    ),
    _case(
        NAMED,
        "Finance Director Rosa Benn spoke on Monday.\n\n“We will not pay,” the BBC said.",
        "We will not pay",
        "BBC",
        "named",
        "near miss: letters no one's title spells stay an organisation's",
    ),
    _case(
        DESCRIPTION,
        "Property developer Kestrel Homes said it would appeal. Its founder, Ana Ruiz, was "
        "upbeat.\n\n“We will build those homes,” the developer said.",
        "We will build",
        "Kestrel Homes",
        "description",
        "a role of people and firms alike, given to no person, is the organisation's",
    ),
    _case(
        DESCRIPTION,
        "Crane operator Arvind Menezes was on the site when the wall fell.\n\n“I saw it coming "
        "down,” the operator said.",
        "coming down",
        "Arvind Menezes",
        "description",
        "near miss: the same role given to a person is the person",
    ),
    _case(
        DESCRIPTION,
        "Kelby Power raised its prices on Monday.\n\n“I saw it coming down,” the operator "
        "said.",
        "coming down",
        None,
        "description",
        "near miss: an operator nobody was called is not the article's organisation",
    ),
    _case(
        PRONOUN,
        "Chancellor Judith Penhale sat down after 70 minutes.\n\nHer closing line: “This is "
        "a budget for working families.”",
        "working families",
        "Judith Penhale",
        "pronoun",
        "an owned speech noun with an adjective before the colon",
    ),
    _case(
        NAMED,
        "Chancellor Judith Penhale sat down after 70 minutes. Her line manager, Tom Hale, "
        "wrote on the board: “This is a budget for working families.”",
        "working families",
        "Tom Hale",
        "named",
        "near miss: 'her line manager' names someone else",
    ),
    _case(
        NAMED,
        "District Collector Smt Meena Iyer visited the relief camps.\n\n“Food packets are "
        "reaching every family,” Smt Iyer said.",
        "Food packets",
        "Meena Iyer",
        "named",
        "Smt and Shri are honorifics: the fullest form the article uses",
    ),
    _case(
        NAMED,
        "Dep. Lena Brandt answered the call just after midnight.\n\n“He was very "
        "cooperative,” Dep. Brandt said.",
        "very cooperative",
        "Lena Brandt",
        "named",
        "a US deputy's abbreviated rank is an honorific whose stop ends no sentence",
    ),
    _case(
        NAMED,
        "Retiree Goh Siew Hwa, 70, was first in the queue.\n\n“I come here every morning,” "
        "said Mdm Goh.",
        "every morning",
        "Goh Siew Hwa",
        "named",
        "Mdm is an honorific before a surname written first",
    ),
    _case(
        NAMED,
        "Mayor Fiona Coxall said the council was disappointed.\n\n“We had the funding and "
        "the operators,” Cr Coxall said.",
        "the funding",
        "Fiona Coxall",
        "named",
        "an Australian councillor's Cr is an honorific",
    ),
    _case(
        NAMED,
        "Key quote\n\n\"We will not be bullied by anyone\" - Prime Minister Ana Sollis, "
        "speaking in parliament",
        "not be bullied",
        "Ana Sollis",
        "named",
        "a live blog's pull quote signed after a dash typed as a spaced hyphen",
    ),
    _case(
        NOT_SPEAKERS,
        "The motto \"Never give up\" - Tom Hale's words - hangs over the door.",
        "Never give up",
        None,
        None,
        "near miss: a spaced hyphen before a possessive is no signature",
    ),
    _case(
        STATEMENT,
        "The statement, signed by the party's National Publicity Secretary, Mr Kunle "
        "Adesanya, read in part: “The election was a charade.”",
        "a charade",
        "Kunle Adesanya",
        "named",
        "a capitalised office after an owner is no name: its holder in apposition signs",
    ),
    _case(
        STATEMENT,
        "Tom Hale runs the depot.\n\n“Costs must fall,” said the memo, signed by the firm's "
        "Managing Director, Ann Vale, on Friday.",
        "Costs must fall",
        "Ann Vale",
        "statement",
        "a document signed by an owner's office: the office's holder in apposition",
    ),
    _case(
        NAMED,
        "Acme's Ann Bishop, Tom Hale, said: “We are ready for the audit.”",
        "ready for the audit",
        "Ann Bishop",
        "named",
        "near miss: a surname that is also a role word after an owner stays a name",
    ),
    _case(
        DESCRIPTION,
        "Dr Ilse Norgaard, of the Coral Coast Marine Institute, said the nets caught "
        "turtles.\n\n“They are a relic,” the marine scientist said.",
        "a relic",
        "Ilse Norgaard",
        "description",
        "Dr or Prof before a name makes the person an expert: 'the scientist'",
    ),
    _case(
        DESCRIPTION,
        "Dr Ruth Keane runs the village surgery. Farmer Tom Hale found the sheep.\n\n“I "
        "have never seen anything like it,” the farmer said.",
        "never seen anything",
        "Tom Hale",
        "description",
        "near miss: a doctor is no farmer",
    ),
    _case(
        DESCRIPTION,
        "State Rep. Carla Voss introduced the bill on Tuesday.\n\n“This is long overdue,” "
        "the Republican said.",
        "long overdue",
        "Carla Voss",
        "description",
        "a party's member after 'the' describes the politician in view, as a nationality does",
    ),
    _case(
        DESCRIPTION,
        "Sen. Mark Udell voted against the measure.\n\n“I could not support it,” the "
        "Colorado Democrat said.",
        "could not support",
        "Mark Udell",
        "description",
        "a state before the party's member: still a description, not a name",
    ),
    _case(
        NAMED,
        "The Republican National Committee said it would appeal.\n\n“We will win this,” "
        "the Republican National Committee said.",
        "win this",
        "Republican National Committee",
        "named",
        "near miss: a party word inside an organisation's name",
    ),
    # -- US local pages: districts, counties and the sheriff's office -------------------
    _case(
        DESCRIPTION,
        "Officials with the Calloway Unified School District said classes would resume on "
        "Monday.\n\n“The safety of our students comes first,” the district said.",
        "safety of our students",
        "Calloway Unified School District",
        "description",
        "'the district' is the district the article named",
    ),
    _case(
        DESCRIPTION,
        "Dunmore County commissioners approved the new jail on Tuesday.\n\n“This will save "
        "taxpayers money,” the county said in a statement.",
        "save taxpayers money",
        "Dunmore County",
        "description",
        "'the county' speaks as the county the article named",
    ),
    _case(
        STATEMENT,
        "The Cedar Run Fire District said in a news release that two firefighters were "
        "hurt.\n\n“Both are expected to make a full recovery,” the release said.",
        "full recovery",
        "Cedar Run Fire District",
        "statement",
        "a fire, school or water district is a body, not a place",
    ),
    _case(
        STATEMENT,
        "The Dunmore County Sheriff's Office said in a news release that two deputies were "
        "hurt.\n\n“Both are expected to make a full recovery,” the release said.",
        "full recovery",
        "Dunmore County Sheriff's Office",
        "statement",
        "a capitalised Office after a possessive is the name's, not an agent's office",
    ),
    # -- tabloid, community and broadcast pages: voices, ages, stages of life ---------
    _case(
        NAMED,
        "Episode three ends on the quay.\n\n“Get off my boat,” Orla Penhallow snarls at "
        "the stranger.",
        "Get off my boat",
        "Orla Penhallow",
        "named",
        "a verb of the voice in the present tense, as a recap tells a scene",
    ),
    _case(
        PRONOUN,
        "Presenter Ivo Castellane loses his patience with a contestant.\n\n“That is the "
        "wrong answer, again!” he yells.",
        "wrong answer",
        "Ivo Castellane",
        "pronoun",
        "he yells: a raised voice reports words as said does",
    ),
    _case(
        NAMED,
        "“We were robbed out there,” Fenna Okoro muttered as she left the pitch.",
        "robbed out there",
        "Fenna Okoro",
        "named",
        "a lowered voice reports words too",
    ),
    _case(
        NAMED,
        "Tam Voyle was heard telling the referee: “That was never a penalty.”",
        "never a penalty",
        "Tam Voyle",
        "named",
        "heard telling: what a microphone caught, any speech verb after heard",
    ),
    _case(
        NAMED,
        "Residents said they heard shouting from the flat. “It went on for an hour,” said "
        "Pia Lindqvist.",
        "went on for an hour",
        "Pia Lindqvist",
        "named",
        "heard shouting in the sentence before does not attribute the quote",
    ),
    _case(
        NAMED,
        "The van was found in a ditch.\n\nThe driver, 52-year-old Cormac Tilney, told "
        "reporters: “I never saw the cyclist.”",
        "never saw the cyclist",
        "Cormac Tilney",
        "named",
        "an age before the name in apposition: the name speaks",
    ),
    _case(
        NAMED,
        "The van was found in a ditch.\n\nThe driver, who had overtaken 52-year-old Cormac "
        "Tilney, told reporters: “I never saw the cyclist.”",
        "never saw the cyclist",
        None,
        None,
        "a name after a verb in the appositive is someone else",
    ),
    _case(
        DESCRIPTION,
        "Kit Amberley, nine, from Pellow, ran the whole route with his dad.\n\n“My feet are "
        "killing me but I did it!” the delighted schoolboy said.",
        "My feet are killing me",
        "Kit Amberley",
        "description",
        "a stage of life with an adjective describes the person in view",
    ),
    _case(
        DESCRIPTION,
        "Ivy Tresize, 97, was lifted from her flooded bungalow by firefighters.\n\n“I have "
        "never seen water like it,” the great-grandmother said.",
        "never seen water like it",
        "Ivy Tresize",
        "description",
        "a family word a generation on is a woman in view, as the grandmother is",
    ),
    _case(
        DESCRIPTION,
        "Shona Kettering, 31, was due to give birth next week when the flat flooded.\n\n“We "
        "have lost everything we bought for the baby,” the mum-to-be said.",
        "lost everything",
        "Shona Kettering",
        "description",
        "a family word still to come describes the woman in view",
    ),
    _case(
        DESCRIPTION,
        "Crews were called to the flats at 2am.\n\n“I was so scared I could not breathe,” "
        "the schoolgirl said.",
        "so scared",
        None,
        None,
        "a stage of life with nobody in view names nobody",
    ),
    _case(
        DESCRIPTION,
        "Crews were called to the flats at 2am.\n\n“It was terrifying,” said the father of "
        "the schoolgirl, Ross Pennick.",
        "It was terrifying",
        "Ross Pennick",
        "named",
        "a stage-of-life word inside another's description is not the speaker",
    ),
    _case(
        PRONOUN,
        "Founders Tilda and Marek Roscoe started the cafe in an old chapel. Tilda does the "
        "baking.\n\n“People queue from seven,” she said.",
        "People queue from seven",
        "Tilda Roscoe",
        "pronoun",
        "a plural of people before a couple is no part of the first name",
    ),
    _case(
        NAMED,
        "Caller Gwen Arbery told the show: “The buses never come on time.”",
        "buses never come",
        "Gwen Arbery",
        "named",
        "a broadcast's audience word before a name says what she is",
    ),
    _case(
        NAMED,
        "The Tenants Union said: “Rents are out of control.”",
        "Rents are out of control",
        "Tenants Union",
        "named",
        "a plural of people inside an organisation's name stays in it",
    ),
    _case(
        PRONOUN,
        "Comedian Saul Denner mocked a heckler.\n\nIn a clip shared on the festival's "
        "official Veltro account, Denner turns to the crowd.\n\n“You paid for a ticket, "
        "mate,” he shouts.",
        "You paid for a ticket",
        "Saul Denner",
        "pronoun",
        "a platform named between a possessive and its noun is a modifier, not a person",
    ),
    _case(
        NAMED,
        "The charity's chief executive Ossel Vasey said: “Demand has never been higher.”",
        "Demand has never been higher",
        "Ossel Vasey",
        "named",
        "a name after a possessive and its title still speaks",
    ),
    _case(
        NONE,
        "Q&A: the new netball captain\n\nSports writer Ilse Marrow sat down with Bex Tandy, "
        "who takes over the side this term.\n\nSo, how does it feel?\n\n“Unreal, honestly. "
        "I only joined in first year.”",
        "Unreal, honestly",
        "Bex Tandy",
        "introduction",
        "the answers are the one the interviewer sat down with, not the interviewer",
    ),
    _case(
        NONE,
        "Q&A: the new netball captain\n\nSports writer Ilse Marrow spoke to Bex Tandy and "
        "Cal Rusk about the season.\n\nHow does it feel?\n\n“Unreal, honestly. I only "
        "joined in first year.”",
        "Unreal, honestly",
        None,
        None,
        "two people interviewed: whose answer it is stays open",
    ),
    _case(
        DESCRIPTION,
        "Retired vet Anselm Dorner and his wife Rosina took their neighbours to court.\n\n"
        "Outside court, Mr Dorner said: “It has cost us our savings.”\n\nHis wife said: “We "
        "only wanted some light.”",
        "only wanted some light",
        "Rosina",
        "description",
        "his wife: the relative the article named as his wife",
    ),
    _case(
        DESCRIPTION,
        "Marta Quell, 63, was hurt in the crash. Her son, Tobias, drove her to hospital.\n\n"
        "“She is lucky to be alive,” her son said.",
        "lucky to be alive",
        "Tobias",
        "description",
        "her son: named once in apposition, after the owner's possessive",
    ),
    _case(
        DESCRIPTION,
        "Ivo Brandt and his wife Lena run the corner shop.\n\nNeighbour Stellan Oake said "
        "he heard the blast from his kitchen. “It shook the whole house,” he said.\n\nHis "
        "wife said: “We thought it was thunder.”",
        "thought it was thunder",
        None,
        None,
        "his wife after another man: not the wife named as Ivo Brandt's",
    ),
    _case(
        DESCRIPTION,
        "On Radio Tarn's drive-time show, Osric Vell told presenter Nadia Brook: “It is stop, "
        "start, all afternoon.”\n\nBrook put it to him that the new rules had made the game "
        "safer.\n\n“Safer, yes, but far slower,” the 61-year-old said.",
        "but far slower",
        "Osric Vell",
        "description",
        "the host who put it to him is not the one the age describes",
    ),
    _case(
        DESCRIPTION,
        "Coach Ilka Stroud praised her players after the win.\n\n“They were magnificent out "
        "there,” the 44-year-old said.",
        "magnificent out there",
        "Ilka Stroud",
        "description",
        "a possessive her is no one else: the coach is the one described",
    ),
    _case(
        DESCRIPTION,
        "Travel influencer Corin Ashby has deleted the clip.\n\nIn a video on Thursday the "
        "influencer said: “I stand by every word.”",
        "stand by every word",
        "Corin Ashby",
        "description",
        "a fronted time and place with no comma before the description that speaks",
    ),
    _case(
        DESCRIPTION,
        "Harrowgate District Council closed the car park in May.\n\nOn Monday the council "
        "said: “The surface is unsafe.”",
        "surface is unsafe",
        "Harrowgate District Council",
        "description",
        "a fronted day with no comma before an organisation's role noun",
    ),
    _case(
        DESCRIPTION,
        "Harrowgate Rovers lost again on Saturday.\n\nAfter the match the head of the "
        "supporters' trust said: “Enough is enough.”",
        "Enough is enough",
        None,
        None,
        "a determiner after a preposition starts an object, not the subject",
    ),
    # -- former holders, answers, going on, bench roles, chants, letters, later titles ----
    _case(
        DESCRIPTION,
        "Prime Minister Aurel Voskin faced questions on Monday. His predecessor, Henna "
        "Dalgrist, attacked the plan.\n\n“This is a tax on the young,” the former prime "
        "minister said.",
        "a tax on the young",
        "Henna Dalgrist",
        "description",
        "'the former prime minister' is the predecessor, not the sitting prime minister",
    ),
    _case(
        DESCRIPTION,
        "Prime Minister Aurel Voskin faced questions on Monday.\n\n“This is a tax on the "
        "young,” the former PM said.",
        "a tax on the young",
        None,
        None,
        "'the former PM' is never the one styled Prime Minister: nobody named fits",
    ),
    _case(
        DESCRIPTION,
        "Prime Minister Aurel Voskin faced questions on Monday. His predecessor, Henna "
        "Dalgrist, attacked the plan.\n\n“We will not change course,” the prime minister said.",
        "not change course",
        "Aurel Voskin",
        "description",
        "near miss: 'the prime minister' with no 'former' is still the sitting one",
    ),
    _case(
        DESCRIPTION,
        "Quillby Rangers manager Anselm Dray was asked about his predecessor, Corin Hethe.\n\n"
        "“I wish him well,” the former manager said.",
        "I wish him well",
        "Corin Hethe",
        "description",
        "'the former manager' is the predecessor named, not the manager in post",
    ),
    _case(
        PRONOUN,
        "Counsel for the trust, Ossel Mabbe, asked whether the forms had been signed.\n\n"
        "“They were not,” she replied.\n\nWitness Talia Grent had worked there for a decade.",
        "They were not",
        None,
        None,
        "who asks does not reply: 'she replied' after counsel's question is not counsel",
    ),
    _case(
        PRONOUN,
        "Talia Grent took the stand on Tuesday. Counsel Ossel Mabbe asked whether the forms "
        "had been signed.\n\n“They were not,” she replied.",
        "They were not",
        "Talia Grent",
        "pronoun",
        "'she replied' to counsel's question is the witness before him",
    ),
    _case(
        PRONOUN,
        "Mayor Ilsa Fenwold asked why the depot had closed without notice.\n\n“Nobody told "
        "us,” she said.",
        "Nobody told us",
        "Ilsa Fenwold",
        "pronoun",
        "near miss: 'she said' (no reply) after her own question is still the mayor",
    ),
    _case(
        PRONOUN,
        "Dorrin Paske, 34, admitted fraud at Keldmoor Crown Court. Judge Caspar Whitlaw told "
        "him: “You preyed on the trusting.”\n\n“You will go to prison,” he added.",
        "go to prison",
        "Caspar Whitlaw",
        "pronoun",
        "'he added' goes on from the judge who spoke, not the defendant he told",
    ),
    _case(
        PRONOUN,
        "Councillor Jude Ambry met finance officer Lorcan Teague on Friday. Teague told her "
        "the budget was spent.\n\n“We cannot fund everything,” she said.",
        "cannot fund everything",
        "Jude Ambry",
        "pronoun",
        "'told her the budget…': she is the one told, not the teller of unknown gender",
    ),
    _case(
        PRONOUN,
        "Coach Ines Varrow told her players they had been lucky.\n\n“We were second best,” "
        "she said.",
        "second best",
        "Ines Varrow",
        "pronoun",
        "near miss: 'told her players' is a possessive, not someone else told",
    ),
    _case(
        DESCRIPTION,
        "Quillby Rangers slipped to ninth after a 3-0 defeat at Ormside. Midfielder Tobin "
        "Skerrit was sent off.\n\n“It is not good enough,” said the coach.",
        "not good enough",
        None,
        None,
        "'the coach' nobody was given is not the midfielder in view",
    ),
    _case(
        DESCRIPTION,
        "Tobin Skerrit scored twice for Quillby Rangers. “I am delighted,” Skerrit said.\n\n"
        "“He was outstanding,” added the coach.",
        "He was outstanding",
        None,
        None,
        "'added the coach' right after the scorer's own quote is someone else",
    ),
    _case(
        DESCRIPTION,
        "Quillby Rangers coach Anselm Dray watched from the stand. Tobin Skerrit scored "
        "twice. “I am delighted,” Skerrit said.\n\n“He was outstanding,” added the coach.",
        "He was outstanding",
        "Anselm Dray",
        "description",
        "near miss: a coach the article titled still speaks as 'the coach'",
    ),
    _case(
        DESCRIPTION,
        "Tobin Skerrit scored twice for Quillby Rangers. “I am delighted,” Skerrit said.\n\n"
        "“We go again on Tuesday,” the 24-year-old added.",
        "We go again",
        "Tobin Skerrit",
        "description",
        "near miss: a description that is no bench role still goes on with the speaker",
    ),
    _case(
        NONE,
        "“We deserved it,” Tobin Skerrit said.\n\n“Skerrit, Skerrit!” rang around the ground "
        "as he left.",
        "Skerrit, Skerrit",
        None,
        None,
        "a chant that 'rang around the ground' is nobody's, not the last speaker's",
    ),
    _case(
        NONE,
        "“We deserved it,” Tobin Skerrit said.\n\n“We go again on Tuesday.”",
        "We go again",
        "Tobin Skerrit",
        "named",
        "near miss: a bare quote paragraph after his, with no chant verb, is still his",
    ),
    _case(
        STATEMENT,
        "Coroner Tiberius Faulk read a letter Wenna Trask had left for her son.\n\n“I am "
        "sorry for everything,” the letter said.",
        "sorry for everything",
        "Wenna Trask",
        "statement",
        "a letter someone had left speaks for its writer, not the coroner reading it",
    ),
    _case(
        STATEMENT,
        "Judge Caspar Whitlaw read a letter from Dorrin Paske's mother, Hilde Paske.\n\n"
        "“He is a good boy,” the letter read.",
        "a good boy",
        "Hilde Paske",
        "statement",
        "a letter from X's mother, Y is Y's, never X's",
    ),
    _case(
        PRONOUN,
        "Wenna Trask, 52, left a note for her son before she died, the inquest heard. Coroner "
        "Tiberius Faulk read it aloud.\n\n“I am sorry for everything,” she wrote.",
        "sorry for everything",
        "Wenna Trask",
        "pronoun",
        "who reads a note aloud did not write it: 'she wrote' is its writer",
    ),
    _case(
        PRONOUN,
        "Wenna Trask, 52, died in May, the inquest heard. Coroner Tiberius Faulk read the "
        "findings aloud.\n\n“Her care fell short,” he said.",
        "Her care fell short",
        "Tiberius Faulk",
        "pronoun",
        "near miss: the reader still speaks when the verb is 'said', not 'wrote'",
    ),
    _case(
        PRONOUN,
        "Bryony Tull, 68, read aloud a letter she had written to her late brother: “I still "
        "keep your boots by the door.”",
        "keep your boots",
        "Bryony Tull",
        "pronoun",
        "who reads aloud a letter she wrote herself reads her own words: the reader",
    ),
    _case(
        PRONOUN,
        "Bryony Tull, 68, read aloud a letter she had written to her late brother.\n\n“I still "
        "keep your boots by the door,” she wrote.",
        "keep your boots",
        "Bryony Tull",
        "pronoun",
        "her own letter read aloud, then 'she wrote': still the reader who wrote it",
    ),
    _case(
        DESCRIPTION,
        "The health secretary said waiting lists would fall. “We have turned a corner,” the "
        "health secretary said.\n\nHealth Secretary Ysolde Marrick spoke during a visit to "
        "Wexholm General Hospital.",
        "turned a corner",
        "Ysolde Marrick",
        "description",
        "an official quoted by title and named later with that title is that person",
    ),
    _case(
        DESCRIPTION,
        "The housing minister said: “We have heard the tenants.”\n\nYsolde Marrick, the "
        "housing minister, later met tenants' leaders.",
        "heard the tenants",
        "Ysolde Marrick",
        "description",
        "the whole title in an appositive later names the official quoted first",
    ),
    _case(
        DESCRIPTION,
        "“We have heard the tenants,” the minister said.\n\nFinance Minister Ysolde Marrick "
        "later met tenants' leaders.",
        "heard the tenants",
        None,
        None,
        "near miss: one title word ('the minister') is not looked for further on",
    ),
    _case(
        PRONOUN,
        "In an interview with the Lantern Post's Marta Quellin, Ostrovic spoke about the "
        "split.\n\n“Do you regret it?”\n\n“Not for a second,” she said.",
        "Not for a second",
        None,
        None,
        "an interviewer's question paragraph is not answered by the interviewer",
    ),
    _case(
        PRONOUN,
        "“We were never consulted,” Mayor Ilsa Fenwold said.\n\n“Would you accept this?”"
        "\n\n“Nobody would,” she added.",
        "Nobody would",
        "Ilsa Fenwold",
        "pronoun",
        "near miss: 'she added' after a question paragraph goes on with the one who spoke",
    ),
    # -- documents, bodies and their staff; posts' accounts; ledes and colons ------------
    _case(
        STATEMENT,
        "Rate-setters at the Bank of Corvalia were split at their May meeting, minutes "
        "published on Wednesday show.\n\n“Members judged that inflation had peaked,” the "
        "minutes said.",
        "inflation had peaked",
        "Bank of Corvalia",
        "statement",
        "a meeting's minutes are a document: the body that met issued them",
    ),
    _case(
        STATEMENT,
        "Rate-setters at the Bank of Corvalia were split, minutes published on Wednesday "
        "show.\n\nAccording to the minutes, most members felt that “waiting is the safer "
        "course”.",
        "safer course",
        "Bank of Corvalia",
        "statement",
        "'according to the minutes' is the body whose minutes they are",
    ),
    _case(
        STATEMENT,
        "Rate-setters at the Bank of Corvalia were split, minutes published on Wednesday "
        "show.\n\nThe minutes recorded that two members had argued that holding rates "
        "“risked an avoidable recession”.",
        "avoidable recession",
        "Bank of Corvalia",
        "statement",
        "a document that records what members argued reports the words, not the members",
    ),
    _case(
        NAMED,
        "Rate-setters at the Bank of Corvalia were split.\n\nTom Reyes, a former member, "
        "said the minutes recorded that members were “deeply at odds”.",
        "deeply at odds",
        "Tom Reyes",
        "named",
        "a person who says what the minutes recorded speaks, not the minutes",
    ),
    _case(
        DESCRIPTION,
        "Wages rose 3 per cent in the year to June.\n\nStatistics Norvia said pay grew in "
        "every region.\n\n“Growth was strongest in hospitality,” the agency said.",
        "strongest in hospitality",
        "Statistics Norvia",
        "description",
        "a statistics office named 'Statistics X' is an agency, not a person",
    ),
    _case(
        STATEMENT,
        "Statistics Norvia said pay grew in every region.\n\n“Growth was strongest in "
        "hospitality,” the agency said.\n\nIts report added: “Vacancies continue to fall.”",
        "Vacancies continue",
        "Statistics Norvia",
        "statement",
        "'its report' after the agency spoke is the agency's",
    ),
    _case(
        DESCRIPTION,
        "Fog warning for the coast\n\nThe Met Bureau has issued a yellow warning for fog "
        "along the Carrick coast until noon. “Visibility may drop quickly,” the forecaster "
        "said.",
        "Visibility may drop",
        "Met Bureau",
        "description",
        "'the forecaster' is the weather body named for its kind, not another organisation",
    ),
    _case(
        DESCRIPTION,
        "Ana Ruiz, a weather forecaster at Kelby FM, warned of fog on the bypass.\n\n“Stay "
        "off the roads if you can,” the forecaster said.",
        "Stay off the roads",
        "Ana Ruiz",
        "description",
        "'the forecaster' given to a person is that person, not a body",
    ),
    _case(
        DESCRIPTION,
        "Wrenhaven Unified School District will keep its schools shut on Friday because of "
        "the heat.\n\n“Several buildings have no air conditioning,” the school district "
        "said in a statement.",
        "Several buildings have no air",
        "Wrenhaven Unified School District",
        "description",
        "'the school district' is the body named '… School District'",
    ),
    _case(
        DESCRIPTION,
        "Crews from Quarrowby Fire District spent the night on the ridge.\n\n“Wells are "
        "running low,” the water district said.",
        "Wells are running low",
        None,
        None,
        "near miss: 'the water district' is no fire district the article named",
    ),
    _case(
        STATEMENT,
        "Quenmore Ambulance Service has missed its response targets for a year.\n\nAn "
        "internal memo seen by the Dunstow Mercury says: “Crews are queuing outside every "
        "hospital in the county.”",
        "Crews are queuing",
        "Quenmore Ambulance Service",
        "statement",
        "a document 'seen by' an outlet speaks for its issuer, never for the outlet",
    ),
    _case(
        STATEMENT,
        "Harlsey Council is to close three libraries. A briefing note, obtained by the "
        "Dunstow Mercury, warns that the cuts will be “deeply unpopular”.",
        "deeply unpopular",
        "Harlsey Council",
        "statement",
        "a document 'obtained by' an outlet, set off by commas, is the body's",
    ),
    _case(
        NAMED,
        "Quenmore Ambulance Service has missed its targets.\n\nPelloway, seen by many as "
        "the service's next chief, said: “We need more crews, not more managers.”",
        "We need more crews",
        "Pelloway",
        "named",
        "near miss: a person 'seen by' others is still the one who speaks",
    ),
    _case(
        PRONOUN,
        "Brunhold Health Partnership, which runs Jorvell Community Hospital, said it had "
        "suspended two surgeons.\n\n“Patient safety comes first,” it said.",
        "Patient safety comes first",
        "Brunhold Health Partnership",
        "pronoun",
        "'it' is the body a 'which runs' clause is about, not the hospital it runs",
    ),
    _case(
        PRONOUN,
        "Brunhold Health Partnership, which runs Jorvell Community Hospital, faced "
        "questions. Jorvell Community Hospital later apologised.\n\n“We got this wrong,” "
        "it said.",
        "We got this wrong",
        "Jorvell Community Hospital",
        "pronoun",
        "near miss: the body run becomes the subject of a later sentence of its own",
    ),
    _case(
        DESCRIPTION,
        "Outpatient clinics will reopen on Monday, Grayhallow and District Health Board "
        "says.\n\n“Please check your letter before you travel,” the health board said.",
        "check your letter",
        "Grayhallow and District Health Board",
        "description",
        "a place 'and District' opens a body's name with no 'the' before it too",
    ),
    _case(
        PRONOUN,
        "Ilfra Maddock and County officials toured the new ward on Friday.\n\n“It is "
        "spotless,” she said.",
        "It is spotless",
        "Ilfra Maddock",
        "pronoun",
        "near miss: a person named in full before 'and County' is no body's place",
    ),
    _case(
        DESCRIPTION,
        "Measles cases rose for a third month, the Health Screening Agency said on "
        "Tuesday.\n\n“Two doses of the vaccine give lasting protection,” the agency said.",
        "Two doses of the vaccine",
        "Health Screening Agency",
        "description",
        "a portfolio word opening a body's name stays in it, unlike a minister's title",
    ),
    _case(
        PRONOUN,
        "Education Secretary Corvanne Tesselby visited Fenlake Academy on Monday.\n\n“The "
        "teachers here are remarkable,” she said.",
        "teachers here are remarkable",
        "Corvanne Tesselby",
        "pronoun",
        "near miss: a portfolio before a minister's title and a name is still a title",
    ),
    _case(
        PRONOUN,
        "Frost warning for the Dales\n\nDuty forecaster Kwabena Ostrander said the cold "
        "would last until Tuesday.\n\n“Grit your paths before you go to bed,” he said.",
        "Grit your paths",
        "Kwabena Ostrander",
        "pronoun",
        "a forecaster titled before a name is a person, so 'he' finds him",
    ),
    _case(
        DESCRIPTION,
        "Meteorologist Ilse Varnhagen, of the Haskeld Weather Service, tracked the storm "
        "overnight.\n\n“It has turned north,” the meteorologist said on Tuesday.",
        "It has turned north",
        "Ilse Varnhagen",
        "description",
        "'the meteorologist' is the person titled so, not the weather body she works for",
    ),
    _case(
        DESCRIPTION,
        "The Haskeld Weather Service upgraded its wind warning to amber on Friday. Gusts "
        "could reach 70mph.\n\n“Expect delays to ferries,” the forecaster said.",
        "Expect delays to ferries",
        "Haskeld Weather Service",
        "description",
        "near miss: with no person titled forecaster, 'the forecaster' is the weather body",
    ),
    _case(
        DESCRIPTION,
        "Bus drivers reject pay offer\n\nThe Drivers' Guild has rejected a 3 per cent offer "
        "from Corvel Buses.\n\nIn a statement, the union said: “This offer is an insult to "
        "our members.”",
        "an insult to our members",
        "Drivers' Guild",
        "description",
        "'the union' is a workers' guild, alliance or federation whose name lacks 'union'",
    ),
    _case(
        SPOKESPERSON,
        "Fire at takeaway\n\nCrews were called to a blaze at a takeaway on Mill Street. “The "
        "fire was confined to the kitchen,” a spokeswoman for Wexmoor Fire and Rescue "
        "Service said.",
        "confined to the kitchen",
        "Wexmoor Fire and Rescue Service",
        "spokesperson",
        "a spokesperson for one body whose name has 'and' speaks for that body",
    ),
    _case(
        SPOKESPERSON,
        "Dog rescued\n\nA terrier was lifted from a ledge at Carrick Point. “He was cold but "
        "unhurt,” said a spokesman for Carrick Coastguard.",
        "cold but unhurt",
        "Carrick Coastguard",
        "spokesperson",
        "a coastguard station named for its place is an organisation",
    ),
    _case(
        SPOKESPERSON,
        "Councillor Ivo Dunford made the claim in a video.\n\nWhen contacted, a "
        "spokesperson for Mr Dunford said: “The councillor stands by the figure.”",
        "stands by the figure",
        "Ivo Dunford",
        "spokesperson",
        "'a spokesperson for Mr X' speaks for that person, as one for a club speaks for it",
    ),
    _case(
        SPOKESPERSON,
        "Tom Reyes and Colm Brindley deny the charges.\n\n“Both will fight this,” said a "
        "spokesman for Tom Reyes and Colm Brindley.",
        "Both will fight",
        None,
        None,
        "a spokesperson for two people named in full speaks for neither alone",
    ),
    _case(
        DESCRIPTION,
        "Halbrook Bank made a profit of £4bn.\n\nEconomists at Corvane Capital wrote in a "
        "note to clients: “The results make a cut in dividends unlikely.”",
        "cut in dividends",
        "Corvane Capital",
        "description",
        "a research team's note to clients is its firm's",
    ),
    _case(
        DESCRIPTION,
        "Halbrook Bank made a profit of £4bn.\n\nWorkers at Halbrook Bank said: “We have "
        "not had a rise in three years.”",
        "rise in three years",
        None,
        None,
        "workers at a firm are no firm's research staff: they speak for themselves",
    ),
    _case(
        STATEMENT,
        "A post claiming the Harrowby bridge will close for a year is false.\n\nThe post, "
        "first shared on Monday by an account called @harrowby_truth, was viewed 80,000 "
        "times.\n\n“The bridge shuts for twelve months from Friday,” the post said.",
        "shuts for twelve months",
        "@harrowby_truth",
        "statement",
        "'the post' is the account the reporter named as sharing it",
    ),
    _case(
        STATEMENT,
        "Ferry rumour\n\nAn account called @kelby_eye posted on Sunday that the ferry would "
        "stop.\n\n“No more ferries after May,” the post read.",
        "No more ferries",
        "@kelby_eye",
        "statement",
        "an account named as posting gives 'the post' its author",
    ),
    _case(
        STATEMENT,
        "Vote result\n\nAn account called @kelby_eye posted on Sunday that the ferry would "
        "stop.\n\nAna Ruiz (@anaruiz) posted on Monday about the vote. “We won,” the post "
        "read.",
        "We won",
        "Ana Ruiz",
        "statement",
        "a person's handle in brackets after the name gives the person, not an earlier account",
    ),
    _case(
        NONE,
        "The sign in the café window, put up by owner Lorna Beck: “No laptops after noon.”",
        "No laptops after noon",
        None,
        None,
        "a sign's wording is nobody's quote, even when the clause names who put it up",
    ),
    _case(
        NONE,
        "Winger Ross Tate pointed to the banner behind the goal: “Tate out.”",
        "Tate out",
        None,
        None,
        "who points to a banner did not write it: its wording, not his words",
    ),
    _case(
        NAMED,
        "Mayor Lisa Ford signed off with a warning: “Buy local or lose the high street.”",
        "Buy local",
        "Lisa Ford",
        "named",
        "near miss: 'signed' is no sign; the colon clause's subject speaks",
    ),
    _case(
        DESCRIPTION,
        "Garden guru's claim has no basis\n\nA gardening influencer with more than 200,000 "
        "followers has claimed that spraying milk on roses can “cure any blight in a "
        "week”.\n\nIn a video posted on Monday, Tilda Marsh told viewers: “I have not lost a "
        "rose in ten years.”",
        "cure any blight",
        "Tilda Marsh",
        "description",
        "a delayed lede: the person the lede describes is named speaking in the next paragraph",
    ),
    _case(
        DESCRIPTION,
        "A dog groomer has claimed that a council “fined her for parking outside her own "
        "salon”.\n\nThe council's parking chief, Len Orme, said the fine was lawful.",
        "fined her for parking",
        None,
        None,
        "a delayed lede: a person the next paragraph brings in by another role answers the claim",
    ),
    _case(
        DESCRIPTION,
        "A dog groomer has claimed that a council “fined her for parking outside her own "
        "salon”.\n\nLen Orme, the council's parking chief, said the fine was lawful.",
        "fined her for parking",
        None,
        None,
        "a delayed lede: another role in an appositive after the name is not the lede's person",
    ),
    _case(
        DESCRIPTION,
        "A dog groomer has claimed that a council “fined her for parking outside her own "
        "salon”.\n\nThe groomer, Tess Wyld, said she would appeal.",
        "fined her for parking",
        "Tess Wyld",
        "description",
        "near miss: the next paragraph names the person by the lede's own noun",
    ),
    _case(
        DESCRIPTION,
        "A dog groomer has claimed that a council “fined her for parking outside her own "
        "salon”.\n\nTess Wyld, 34, who opened the salon in 2019, said she would appeal.",
        "fined her for parking",
        "Tess Wyld",
        "description",
        "near miss: an age and a relative clause present the lede's person",
    ),
    _case(
        DESCRIPTION,
        "Crash on the A61\n\nA witness said the road was “covered in glass”.\n\nTom Reyes, "
        "who lives nearby, said: “It was terrible.”",
        "covered in glass",
        None,
        None,
        "a witness is left unnamed on purpose: not the next paragraph's speaker",
    ),
    _case(
        PRONOUN,
        "Correction\n\nAn article misquoted councillor Ann Kerr. She said the plan was “in "
        "trouble”, not “dead”.\n\nThe full text of her speech to the committee was: “I would "
        "say this plan is in trouble.”",
        "I would say",
        "Ann Kerr",
        "pronoun",
        "'the full text of her speech was:' gives the words to the holder of 'her'",
    ),
    _case(
        NAMED,
        "Tom Reyes gave evidence on Tuesday.\n\nThe relevant part of Tom Reyes's evidence "
        "reads: “I never saw the letter.”",
        "never saw the letter",
        "Tom Reyes",
        "named",
        "a passage of a named person's evidence is that person's words",
    ),
    _case(
        STATEMENT,
        "Tom Reyes signed the deal on Tuesday.\n\nThe text of the agreement reads: “Both "
        "sides will withdraw.”",
        "Both sides",
        None,
        None,
        "the text of an agreement is its wording, no one's words",
    ),
    _case(
        NAMED,
        "A man stole a collection box from the Kelby Hospice shop. Shop manager Ana Ruiz "
        "said: “It is the lowest of the low. That money was for patients.” Kelby Police said "
        "they were “following several lines of inquiry”.",
        "lowest of the low",
        "Ana Ruiz",
        "named",
        "a quote introduced by a colon that ends its sentence is its clause's, not the next",
    ),
    _case(
        NAMED,
        "A man stole a collection box from the Kelby Hospice shop. Shop manager Ana Ruiz "
        "said: “It is the lowest of the low.” Kelby Police said they were “following several "
        "lines of inquiry”.",
        "following several",
        "Kelby Police",
        "named",
        "the next sentence's partial quote stays with its own clause",
    ),
    _case(
        NONE,
        "FACT CHECK\n\nA claim that the new Harrow footbridge cost “three times the budget” "
        "has been shared 9,000 times. We looked at the figures.\n\nThe claim was made by "
        "councillor Ivo Dunford in a video posted on Sunday.",
        "three times the budget",
        "Ivo Dunford",
        "afterword",
        "a claim quoted in the lede is whoever a later sentence says made it",
    ),
    _case(
        NONE,
        "A suggestion that the park would close “within weeks” spread on Tuesday. Tom Reyes "
        "said that was wrong.\n\nThe park was made by the Victorians.",
        "within weeks",
        None,
        None,
        "a claim whose maker no sentence names has no speaker, whoever denies it",
    ),
    # -- a description the article just gave someone else -------------------------------
    _case(
        DESCRIPTION,
        "Dale Brook, 41, was jailed for mugging a gran at a bus stop in Wroxby.\n\n"
        "“I will never feel safe again,” the gran said in a statement.",
        "never feel safe",
        None,
        None,
        "the gran is the one he mugged, not the man in view",
    ),
    _case(
        DESCRIPTION,
        "Lifeguard Nia Pell dragged a schoolboy from the weir on Sunday.\n\n“The water pulled "
        "my legs down,” the schoolboy said.",
        "pulled my legs",
        None,
        None,
        "the schoolboy is the one she rescued",
    ),
    _case(
        DESCRIPTION,
        "Flt Lt Omar Keane, 33, winched an injured airman off the cliff.\n\n“I thought nobody "
        "would come,” the airman said.",
        "nobody would come",
        None,
        None,
        "words between the determiner and the noun: an injured airman is someone else",
    ),
    _case(
        DESCRIPTION,
        "Cpl Rhea Stone led the patrol. A second soldier, who has not been named, was hurt."
        "\n\n“I owe her everything,” the soldier said.",
        "owe her everything",
        None,
        None,
        "a sentence brought in a second soldier, unnamed: not the corporal",
    ),
    _case(
        DESCRIPTION,
        "Rory Vance, a former soldier, opened the new memorial garden in Wroxby.\n\n“It is for "
        "the lads who never came home,” the soldier said.",
        "never came home",
        "Rory Vance",
        "description",
        "near miss: a soldier in apposition is the person named",
    ),
    _case(
        DESCRIPTION,
        "Rory Vance was a soldier for twenty years before he took over the farm.\n\n“It is a "
        "quieter life,” the soldier said.",
        "quieter life",
        "Rory Vance",
        "description",
        "near miss: a soldier as the predicate is the subject",
    ),
    _case(
        DESCRIPTION,
        "A porter has won his claim against the Pellow Hospital trust.\n\nThe "
        "porter's solicitor, Ruth Penwarden, said the ruling would be read "
        "closely.\n\n“Every employer in the county should take note,” the employment "
        "lawyer said.",
        "Every employer in the county",
        "Ruth Penwarden",
        "description",
        "a lawyer is the one solicitor in view: one profession, another word for it",
    ),
    _case(
        DESCRIPTION,
        "A commuter train hit the buffers at Kelby station.\n\nIts driver, Tom "
        "Brackley, was taken to hospital.\n\n“The brakes did not respond and I could "
        "do nothing,” the motorman said.",
        "The brakes did not respond",
        "Tom Brackley",
        "description",
        "a motorman is the train's driver: one profession, another word for it",
    ),
    _case(
        DESCRIPTION,
        "A porter has won his claim against the Pellow Hospital trust.\n\nThe trust's "
        "barrister, Hugo Penn, had said the rota was safe. The porter's solicitor, "
        "Ruth Penwarden, said the ruling would be read closely.\n\n“Every employer in "
        "the county should take note,” the employment lawyer said.",
        "Every employer in the county",
        None,
        None,
        "a barrister and a solicitor in view: 'the lawyer' could be either, so no one",
    ),
    _case(
        DESCRIPTION,
        "A bus crashed into a shop front in Kelby on Monday.\n\nCommuter Ivy Marsh, "
        "22, said there was “a loud crunch and then glass everywhere”.\n\n“The whole "
        "bus shook and the windows went,” the student said.",
        "The whole bus shook",
        "Ivy Marsh",
        "description",
        "a new description for the one person the one-sentence paragraph before introduced",
    ),
    _case(
        DESCRIPTION,
        "Energy bills will rise in April.\n\nPensioner Edna Pollard, 71, from Kelby, "
        "said her bill had doubled.\n\n“I sit in my coat in the evenings now,” the "
        "retired postwoman said.",
        "I sit in my coat",
        "Edna Pollard",
        "description",
        "'retired' makes any noun a person's: the one person just introduced",
    ),
    _case(
        DESCRIPTION,
        "A tenant has won her claim against a letting agent.\n\nThe court heard that "
        "Ms Tresidder had reported the leak to her landlord four times.\n\n“I was "
        "frightened the ceiling would come down on the children,” the claimant said.",
        "I was frightened the ceiling",
        "Tresidder",
        "description",
        "a party to the case is the one person the court heard about in the paragraph before",
    ),
    _case(
        DESCRIPTION,
        "A bus crashed into a shop front in Kelby on Monday.\n\nCommuter Ivy Marsh, "
        "22, and her friend Tom Bell, a teacher, said there was “a loud "
        "crunch”.\n\n“The whole bus shook and the windows went,” the student said.",
        "The whole bus shook",
        None,
        None,
        "two people introduced in the paragraph before: 'the student' is neither for sure",
    ),
    _case(
        DESCRIPTION,
        "A bus crashed into a shop front in Kelby on Monday.\n\nCommuter Ivy Marsh, "
        "22, said there was “a loud crunch”.\n\n“The whole bus shook and the windows "
        "went,” the other student said.",
        "The whole bus shook",
        None,
        None,
        "'the other student' is someone besides the person just introduced",
    ),
    _case(
        DESCRIPTION,
        "A bus crashed into a shop front in Kelby on Monday.\n\nCommuter Ivy Marsh, "
        "22, said there was “a loud crunch”. The driver was treated by "
        "paramedics.\n\n“The whole bus shook and the windows went,” the student said.",
        "The whole bus shook",
        None,
        None,
        "a paragraph of several sentences is no one person's introduction",
    ),
    # -- a body's documents, and words attributed after them -----------------------------
    _case(
        DESCRIPTION,
        "A tram derailed in Kelby on Thursday.\n\nOperator Kelby Metro said two "
        "carriages had left the rails.\n\nInspectors from the Tram Accident Branch "
        "arrived on Friday. The branch said: “We will publish what we find within a "
        "month.”",
        "We will publish what we find",
        "Tram Accident Branch",
        "description",
        "'the branch' is the body named with Branch, as 'the board' is a board",
    ),
    _case(
        DESCRIPTION,
        "A cleaner has won her claim against Stanwell Homes.\n\nStanwell Homes said "
        "it would appeal.\n\nIn its ruling, the tribunal said: “The firm kept no "
        "record of the complaints it says it answered.”",
        "kept no record of the complaints",
        None,
        None,
        "a tribunal nobody named is not the firm it ruled on",
    ),
    _case(
        STATEMENT,
        "A lorry struck a level crossing barrier near Kelby Airport.\n\nIn its first "
        "report, released on Friday, the Crossing Safety Board said the warning "
        "lights “had failed some minutes before”.\n\nThe report added: “The driver "
        "could not have seen the barrier in time to stop.”",
        "could not have seen the barrier",
        "Crossing Safety Board",
        "statement",
        "'its report' fronting a sentence is the report of the body that sentence attributes",
    ),
    _case(
        STATEMENT,
        "A shop worker has won her claim after a tribunal found she was "
        "bullied.\n\nThe panel accepted Ms Ruiz's version of events. Its ruling "
        "reads: “The claimant gave her evidence plainly and did not waver.”",
        "gave her evidence plainly",
        None,
        None,
        "'its ruling' is an unnamed body's, never the person whose version was named last",
    ),
    _case(
        NONE,
        "Cyclists held a slow ride across the Kelby bridge on Saturday.\n\n“We will "
        "be back every weekend until it is safe.” The words were yelled by a marcher, "
        "a former teacher called Bram Oakes, from the bridge steps.",
        "We will be back every weekend",
        "Bram Oakes",
        "afterword",
        "words yelled by one of a crowd, named after the quote: a passive attribution",
    ),
    _case(
        NONE,
        "The mayor has defended her budget.\n\n“This budget protects every library in "
        "the city.” The remarks were made by deputy mayor Ivo Tran at a rally.",
        "protects every library",
        "Ivo Tran",
        "afterword",
        "remarks made by a role and a name, after the quote",
    ),
    _case(
        NONE,
        "The mayor has defended her budget.\n\n“This budget protects every library in "
        "the city.” The remarks were criticised by opposition councillor Tom Reed.",
        "protects every library",
        None,
        None,
        "words criticised by someone are not theirs",
    ),
    _case(
        NAMED,
        "Ferry fares will rise by a fifth.\n\nThe Rail Users' chief campaigner, Dana "
        "Roe, said the rise was “hard to justify in any way at all”.",
        "hard to justify",
        "Dana Roe",
        "named",
        "a plural name's possessive before a role, then the name in apposition",
    ),
    _case(
        NONE,
        _INQUIRY.format(ask="asked", reply="replied"),
        "signed this log every month",
        "Tom Hale",
        "exchange",
        "a question after an answer, in an exchange the verbs set up, is the questioner's",
    ),
    _case(
        NONE,
        _INQUIRY.format(ask="asked", reply="replied"),
        "I signed a great many things",
        "Ana Reyes",
        "exchange",
        "the answer to a turn's question is the answerer's",
    ),
    _case(
        NONE,
        _INQUIRY.format(ask="said", reply="said"),
        "signed this log every month",
        "Ana Reyes",
        "continuation",
        "with no asking or replying verb, a question after a quote carries its speaker on",
    ),
    _case(
        DESCRIPTION,
        "Poppy Lurie, 7, lives with her nan in Tadley. “She reads to me every night,” Poppy "
        "said. “She is my little star,” the nan said.",
        "my little star",
        None,
        None,
        "the nan brought in two sentences back, a quote and its clause between: not the girl",
    ),
    _case(
        DESCRIPTION,
        "Rita Lurie, 81, a proud nan of six, lives in Tadley.\n\n“They keep me young,” the "
        "nan said.",
        "keep me young",
        "Rita Lurie",
        "description",
        "near miss: a nan in apposition is the person named",
    ),
    _case(
        DESCRIPTION,
        "Edna Pyle, 94, and her brother Walt Pyle, 92, were winched from the roof.\n\n“We "
        "held on to the chimney,” the nonagenarian said.",
        "held on to the chimney",
        None,
        None,
        "two people in their nineties fit 'the nonagenarian' equally: neither is named",
    ),
    _case(
        DESCRIPTION,
        "Edna Pyle, 94, was winched from the roof with her son Rob, 60.\n\n“We held on to the "
        "chimney,” the nonagenarian said.",
        "held on to the chimney",
        "Edna Pyle",
        "description",
        "near miss: one person in their nineties is the nonagenarian",
    ),
    _case(
        DESCRIPTION,
        "Nurse Ada Rigg helped a nonagenarian from the blaze.\n\n“She carried me out,” the "
        "nonagenarian said.",
        "carried me out",
        None,
        None,
        "an age in words brought in for someone else, with no age given: not the nurse",
    ),
    _case(
        DESCRIPTION,
        "Dara Kemp, a stockbroker, was sacked in May. Her firm, Ferrand Securities, said she "
        "broke its rules.\n\n“I was made the scapegoat,” the broker said.",
        "made the scapegoat",
        "Dara Kemp",
        "description",
        "a person given 'stockbroker' is 'the broker', not the firm named for its trade",
    ),
    _case(
        DESCRIPTION,
        "Dara Kemp, a client of Ferrand Securities, lost her savings in May.\n\n“We followed "
        "the rules,” the broker said.",
        "followed the rules",
        None,
        None,
        "near miss: a client of a broker is no broker",
    ),
    _case(
        DESCRIPTION,
        "Isla Marr, 10, swam the lake for the hospice. Her mother, Kim Marr, 41, rowed beside "
        "her.\n\n“I could not be prouder,” the mum said.",
        "could not be prouder",
        "Kim Marr",
        "description",
        "'the mum' is the person the article called her mother, not the child in view",
    ),
    # -- 'as saying' after any carrying verb, the one asked replies, a lone name with
    # -- 'who', kin of a state of life, a service's operator, a statement named by its issuer
    _case(
        NAMED,
        "Councillors were warned about the roof in 2021, the papers show.\n\nThe minutes "
        "of the March meeting record Cllr Wenna Trelawny, then chair of the estates "
        "board, as saying: “We cannot keep patching this roof.”",
        'keep patching this roof',
        'Wenna Trelawny',
        'named',
        'the minutes record someone, an appositive after them, as saying: the one recorded',
    ),
    _case(
        NAMED,
        "Dock workers walked out at Grevholm on Monday.\n\nThe state news agency cited "
        "Ports Minister Halvard Ekdahl as saying: “The terminal will reopen by Friday.”",
        'terminal will reopen',
        'Halvard Ekdahl',
        'named',
        'an agency cited someone as saying: the one cited, not the agency',
    ),
    _case(
        NAMED,
        "Ports Minister Halvard Ekdahl met the unions on Tuesday.\n\nEkdahl was later "
        "reported as saying that the strike was “a matter for the courts alone”.",
        'matter for the courts',
        'Halvard Ekdahl',
        'named',
        "a passive 'reported as saying' names the speaker, as 'quoted as saying' does",
    ),
    _case(
        NAMED,
        "The wire service quoted the harbour master, Solveig Brandvik, as saying: “No "
        "ship will dock until the crane is checked.”",
        'No ship will dock',
        'Solveig Brandvik',
        'named',
        "a role and its holder in apposition before 'as saying': the holder",
    ),
    _case(
        NAMED,
        "Tenants at Corrow House had complained for months.\n\nThe housing office "
        "recorded the complaint as closed, saying: “No further action is needed at "
        "this address.”",
        'No further action',
        None,
        None,
        "near miss: 'recorded the complaint as closed' quotes no one as saying",
    ),
    _case(
        NAMED,
        "Aid lorries crossed into Dovrany on Sunday.\n\nThe region's water minister, Edda "
        "Kroll, was quoted by the state broadcaster as saying the crossing was “a first "
        "step, not a solution”.",
        'a first step',
        'Edda Kroll',
        'named',
        "'was quoted by the broadcaster as saying': the one quoted, never the outlet",
    ),
    _case(
        NAMED,
        "Talks resumed in Varsk.\n\nColm Ardery was quoted by the Vesper News Agency as "
        "saying: “We are closer than we were in May.”",
        'closer than we were',
        'Colm Ardery',
        'named',
        "an agency after 'quoted by' is who carried the words, not who said them",
    ),
    _case(
        NAMED,
        "Tenants at Marle Court had waited a year.\n\nThe appeal was recorded by the clerk "
        "as withdrawn, saying: “The landlord has since repaired the roof.”",
        'since repaired the roof',
        None,
        None,
        "near miss: 'recorded by the clerk as withdrawn' quotes no one as saying",
    ),
    _case(
        PRONOUN,
        "Former councillor Marguerite Osei-Lamb has died aged 88.\n\nHer successor, "
        "Dafydd Penrose, said: “People still tell me what she did for them.”\n\nIn a "
        "2019 interview, Osei-Lamb was asked what she was proudest of.\n\n“The lifeboat "
        "station,” she replied. “We raised every penny ourselves.”",
        'raised every penny',
        'Marguerite Osei-Lamb',
        'pronoun',
        'the one who was asked replies, not the speaker before',
    ),
    _case(
        PRONOUN,
        "Counsel Ines Barrowby asked whether the logbook had been signed that "
        "night.\n\n“It had not,” she replied.",
        'It had not',
        None,
        'pronoun',
        "near miss: an active 'asked' is the asker, who does not reply",
    ),
    _case(
        PRONOUN,
        "Crowds queued overnight outside the Halloran Arena.\n\nPromoter Dag Rosswall "
        "said: “We have never sold out this fast.”\n\nVessna, who rose to fame on a "
        "talent show in 2019, told the crowd it would be her last tour.\n\n“I need to be "
        "home for a while,” she said.",
        'home for a while',
        'Vessna',
        'pronoun',
        "a one-word name followed by 'who' is a person, whom the pronoun after stands for",
    ),
    _case(
        DESCRIPTION,
        "Floodwater reached the rooftops of Sallowby overnight.\n\nAmong those rescued "
        "was Edwina Crossthwaite, 86, who was lifted from her kitchen by "
        "firefighters.\n\n“I have never seen the river like it,” the widow said.",
        'never seen the river',
        'Edwina Crossthwaite',
        'description',
        'the widow: a kinship noun of a state of life is the person in view',
    ),
    _case(
        DESCRIPTION,
        "Snow cut off the hamlet of Ravensgill for three days.\n\nAmong those helped was "
        "Aldous Pemberton, 91, whose neighbours dug out his door.\n\n“They were "
        "marvellous, all of them,” the grandfather said.",
        'marvellous, all of them',
        'Aldous Pemberton',
        'description',
        'the grandfather: the person in view, of that gender',
    ),
    _case(
        DESCRIPTION,
        "Floodwater reached the rooftops of Sallowby overnight.\n\nAmong those rescued "
        "was Edwina Crossthwaite, 86, who was lifted from her kitchen by "
        "firefighters.\n\n“I have never seen the river like it,” the widower said.",
        'never seen the river',
        None,
        'description',
        "near miss: the widower is no woman the article calls 'her'",
    ),
    _case(
        DESCRIPTION,
        "Lorcan Fitzhenry, 33, who robbed a widow in her own home, was jailed on "
        "Friday.\n\n“I still cannot sleep at night,” the widow said.",
        'cannot sleep at night',
        None,
        'description',
        'near miss: the widow he robbed is not the robber',
    ),
    _case(
        DESCRIPTION,
        "Gales closed the Tarnwick causeway on Thursday.\n\nThe Coastal Weather Office "
        "had warned of gusts of 70mph.\n\nFerry operator Skellan Lines said all sailings "
        "had been cancelled.\n\n“The safety of our passengers comes first,” the company "
        "said.",
        'safety of our passengers',
        'Skellan Lines',
        'description',
        "a ferry operator is a company, so 'the company' is it",
    ),
    _case(
        DESCRIPTION,
        "A tower crane came down in Hollinwick during the storm.\n\nCrane operator "
        "Bertrand Okonjo said he had climbed down minutes before.\n\n“I felt the whole "
        "jib move,” the operator said.",
        'whole jib move',
        'Bertrand Okonjo',
        'description',
        'near miss: a crane operator is a person',
    ),
    _case(
        STATEMENT,
        "Kelderby Water, which owns the reservoir, found cracks in the "
        "spillway.\n\nChief Constable Maris Odunsi said nobody would return before "
        "Friday.\n\nThe Kelderby Water statement read: “We are very sorry for the "
        "disruption.”",
        'very sorry for the disruption',
        'Kelderby Water',
        'statement',
        "a statement named by its issuer's name is that issuer's, not the last speaker's",
    ),
    _case(
        STATEMENT,
        "Chief Constable Maris Odunsi said nobody would return before Friday.\n\nThe "
        "Tuesday statement read: “We will keep residents informed.”",
        'keep residents informed',
        'Maris Odunsi',
        'statement',
        "near miss: a day before 'statement' names no issuer",
    ),
    _case(
        NAMED,
        "Marisol Arkwright has died aged 94.\n\nHer first library, at Fenwold, was "
        "praised by the critic Casimir Dunleavy as “a building that asks you to stay”.",
        'asks you to stay',
        'Casimir Dunleavy',
        'named',
        "a passive naming verb's agent: praised by the critic … as “…” is the critic's phrase",
    ),
    _case(
        NAMED,
        "The bypass plan was criticised by Cllr Perpetua Ndiaye, the opposition "
        "leader, as “a waste of public money”.",
        'waste of public money',
        'Perpetua Ndiaye',
        'named',
        "a passive naming verb's agent with an appositive before 'as'",
    ),
    _case(
        NAMED,
        "The ward was described by nurses at Kelby General as “a war zone every single "
        "night”.",
        'war zone every single night',
        None,
        None,
        'near miss: the name after a preposition is where the agents work, not the agent',
    ),
    _case(
        NAMED,
        "At the rest centre, retired couple Anselm and Greta Pillinger said they had left "
        "with only the cat.\n\n“We have never seen the beck so high,” said Mr Pillinger.",
        "beck so high",
        "Pillinger",
        "named",
        "a couple's honorific picks neither partner when no gender is known: the surname",
    ),
    _case(
        NAMED,
        "Anselm Pillinger, 70, and his granddaughter, Greta Pillinger, were rescued.\n\n"
        "“We have never seen the beck so high,” said Mr Pillinger.",
        "beck so high",
        "Anselm Pillinger",
        "named",
        "near miss: a granddaughter is a woman, so Mr is the other of the surname",
    ),
    # -- farming, money and showbiz pages: ledes, trades, interviews, reported bodies ---
    _case(
        PRONOUN,
        "Soap star Ines Calloway splits from fiance Ruari Penhale\n\n"
        "Ines Calloway has announced that she and fiance Ruari Penhale are to part after six "
        "years.\n\nThe actress, 33, announced the split on Instagram on Friday.\n\n"
        "“We will always be friends,” she wrote.",
        "always be friends",
        "Ines Calloway",
        "pronoun",
        "a fiance before a name is a man, as a husband is, so 'she' is not him",
    ),
    _case(
        PRONOUN,
        "Ines Calloway said her fiance had moved out. Tamsin Orrey, 31, a friend, shared the "
        "news on Instagram.\n\n“We will always be friends,” she wrote.",
        "always be friends",
        "Tamsin Orrey",
        "pronoun",
        "a partner's noun before a verb gives nobody a gender",
    ),
    _case(
        PRONOUN,
        "Warehouse picker Dainton Obuya, 41, bought a used van through Kellerby Motor "
        "Finance.\n\nThe 41-year-old said the fee came as a shock. “Nobody "
        "mentioned it,” he said.",
        "Nobody mentioned it",
        "Dainton Obuya",
        "pronoun",
        "a sentence opening with an age is about the person given that age, not the firm named",
    ),
    _case(
        PRONOUN,
        "Van buyer Dainton Obuya wins refund\n\n"
        "Warehouse picker Dainton Obuya, 41, bought a van. His brother Lemuel Obuya, 38, "
        "was the guarantor.\n\nThe 38-year-old said he signed without reading it. “I "
        "trusted the salesman,” he said.",
        "trusted the salesman",
        "Lemuel Obuya",
        "pronoun",
        "the age picks which of two people the opening description is",
    ),
    _case(
        DESCRIPTION,
        "An insurer must pay for a flooded kitchen, the Home Finance Ombudsman Service has "
        "ruled.\n\n“The policy covered escape of water,” the ombudsman wrote.",
        "covered escape of water",
        "Home Finance Ombudsman Service",
        "description",
        "the ombudsman is the ombudsman service the article names",
    ),
    _case(
        DESCRIPTION,
        "Tarrow Insurance refused the claim for the flooded kitchen.\n\n"
        "“The policy covered escape of water,” the ombudsman wrote.",
        "covered escape of water",
        None,
        "description",
        "an ombudsman the article never names is not the insurer it judged",
    ),
    _case(
        STATEMENT,
        "Tarrow Insurance refused the claim. The Home Finance Ombudsman Service published "
        "its decision on Monday.\n\nThe decision added: “Tarrow should pay £250 for the upset.”",
        "should pay £250",
        "Home Finance Ombudsman Service",
        "statement",
        "an ombudsman's decision speaks for whoever the decision was named with",
    ),
    _case(
        NAMED,
        "A care home must repay a resident's family, after a ruling by ombudsman Marisol "
        "Quenneville.\n\nThe home had charged for visits that never happened.\n\n"
        "“The family should never have had to chase this,” Quenneville said.",
        "should never have had to chase",
        "Marisol Quenneville",
        "named",
        "a lower-case 'ombudsman' before a full name is her post: the surname finds her",
    ),
    _case(
        PRONOUN,
        "Ombudsman Tadhg Ó Ciardha ruled against the county council on Tuesday.\n\n"
        "“A family waited eleven months for a reply,” he said.",
        "waited eleven months",
        "Tadhg Ó Ciardha",
        "pronoun",
        "'Ombudsman' opening a sentence is a title before the name, accents and all",
    ),
    _case(
        PRONOUN,
        "Ombudsman Siobhán Ní Bhriain ruled against the county council on Tuesday.\n\n"
        "“A family waited eleven months for a reply,” she said.",
        "waited eleven months",
        "Siobhán Ní Bhriain",
        "pronoun",
        "an accented given name after the title is found as a plain one is",
    ),
    _case(
        DESCRIPTION,
        "Q. My mother's savings account with Harrowgate Savings was frozen for months.\n\n"
        "A. Harrowgate has admitted to me that it lost the paperwork. “We are sorry for the "
        "distress,” the society said.",
        "sorry for the distress",
        "Harrowgate Savings",
        "description",
        "a firm named for its trade is an organisation: 'the society' finds it",
    ),
    _case(
        DESCRIPTION,
        "Q. We booked a cottage through Sunmead Holidays, which cancelled. Sunmead kept the "
        "deposit.\n\nA. Sunmead has now refunded it.\n\n"
        "Q. My father's bond with Harrowgate Savings has been frozen since June.\n\n"
        "A. Harrowgate has admitted to me that it lost the paperwork. “We are sorry for the "
        "distress,” the society said.",
        "sorry for the distress",
        "Harrowgate Savings",
        "description",
        "the body this paragraph opens with, not the firm the article named most",
    ),
    _case(
        DESCRIPTION,
        "Orkley Council approved the depot. Tallowmere Buses Ltd will run it. Tallowmere "
        "Buses Ltd said it was pleased.\n\nTallowmere Buses Ltd welcomed the vote. “It "
        "is a good day,” the council said.",
        "a good day",
        "Orkley Council",
        "description",
        "the paragraph's body is passed over when its name says it is another kind",
    ),
    _case(
        SPOKESPERSON,
        "Savings rates fell again in March, figures show.\n\n"
        "“Rates have peaked,” a spokesperson said.",
        "Rates have peaked",
        None,
        None,
        "a trade word alone opening a sentence is a common noun, not a body to speak for",
    ),
    _case(
        PRONOUN,
        "Rewilding plans for Corrie Dubh have divided the glen.\n\nSome are wary. Alasdair Gunn, "
        "whose family has kept sheep on the hill for a century, fears for the school.\n\n"
        "“Without the flocks there is no school,” he says.",
        "no school",
        "Alasdair Gunn",
        "pronoun",
        "'whose family has kept sheep' is a person's family, not a firm's",
    ),
    _case(
        PRONOUN,
        "Talk show host Mirela Ochoa split from Corin Vell in June.\n\n"
        "Mirela's Night Owls co-star Bettany Ruse also sent her support. “She is the strongest "
        "woman I know,” she told us.",
        "strongest woman",
        "Bettany Ruse",
        "pronoun",
        "a show named before 'co-star' is her employer, not a person she could be",
    ),
    _case(
        PRONOUN,
        "Hollis Varga nearly quit acting after the flop, she has said.\n\n"
        "The Emberly nominee credits her old friend Tobin Quarrie with persuading her to keep "
        "going.\n\n"
        "“He told me to stop sulking,” she recalled.",
        "stop sulking",
        "Hollis Varga",
        "pronoun",
        "'the Emberly nominee' opening the sentence is the star in view, not the friend it names",
    ),
    _case(
        DESCRIPTION,
        "Dog walkers told to use leads after sheep deaths\n\n"
        "A VET has warned walkers to muzzle their dogs near lambing fields around "
        "Pellworth.\n\n"
        "Morwenna Tresize, a partner at a practice in the town, said she had seen four "
        "attacks.\n\n“Most of them die of shock,” the vet said.",
        "die of shock",
        "Morwenna Tresize",
        "description",
        "the lede's unnamed 'a vet' is the person the story names next as a subject",
    ),
    _case(
        DESCRIPTION,
        "A VET has warned walkers to muzzle their dogs.\n\n"
        "Police interviewed Morwenna Tresize's neighbour about the attacks.\n\n"
        "“Most of them die of shock,” the vet said.",
        "die of shock",
        None,
        "description",
        "a name that is no sentence's subject is not the lede's unnamed vet",
    ),
    _case(
        DESCRIPTION,
        "A VET has warned walkers to muzzle their dogs.\n\n"
        "Farmer Cadan Pascoe lost nine ewes in one night.\n\n"
        "“Most of them die of shock,” the crofter said.",
        "die of shock",
        None,
        "description",
        "the lede's noun must be the description's own: a vet is no crofter",
    ),
    _case(
        DESCRIPTION,
        "A PENSIONER has been left 900 pounds out of pocket after a parcel scam.\n\n"
        "Edwin Harrop, 78, from Selby Cross, said he had paid a fake courier.\n\n"
        "Det Sgt Ana Leith said inquiries continued.\n\n“I feel such a fool,” the pensioner said.",
        "such a fool",
        "Edwin Harrop",
        "description",
        "the lede's unnamed pensioner, not the officer in view, who has another role",
    ),
    _case(
        DESCRIPTION,
        "A BEEKEEPER has lost 40 hives to vandals.\n\nCorin Atley said the damage was found on "
        "Sunday.\n\n“Years of work, gone overnight,” the beekeeper said.",
        "gone overnight",
        "Corin Atley",
        "description",
        "a lede's unnamed trade named in the next paragraph",
    ),
    _case(
        DESCRIPTION,
        "A SHOPKEEPER who chased off a robber with a broom has been praised.\n\nPolice said a "
        "man had been arrested.\n\nRaj Kohli, 52, said he acted on instinct.\n\n“I did not "
        "think,” the shopkeeper said.",
        "did not think",
        "Raj Kohli",
        "description",
        "the lede's subject is named two paragraphs on, after an unnamed body speaks",
    ),
    _case(
        DESCRIPTION,
        "A SHOPKEEPER has been praised.\n\nPolice arrested Tom Bray on Monday.\n\n“I did not "
        "think,” the shopkeeper said.",
        "did not think",
        None,
        "description",
        "near miss: the one arrested is no sentence's subject, so not the lede's shopkeeper",
    ),
    _case(
        DESCRIPTION,
        "A BEEKEEPER has thanked her neighbour for saving six hives from a fire.\n\n"
        "Aurelio Venn, 70, carried the hives to safety.\n\n“I owe him everything,” the "
        "beekeeper said.",
        "owe him everything",
        None,
        "description",
        "near miss: a lede that brings in a second person may name that one next",
    ),
    _case(
        DESCRIPTION,
        "Q. My policy with Orbury Assurance lapsed.\n\nA. Orbury admitted to me that it sent "
        "no reminder. “We got this wrong,” the insurer said.",
        "got this wrong",
        "Orbury Assurance",
        "description",
        "a firm named for its trade: 'the insurer' finds an assurance firm",
    ),
    _case(
        DESCRIPTION,
        "The Rail Ombudsman has upheld a complaint against Kelby Trains.\n\n“Passengers were "
        "misled,” the ombudsman said.",
        "were misled",
        "Rail Ombudsman",
        "description",
        "the ombudsman is the ombudsman body, not the operator it judged",
    ),
    _case(
        PRONOUN,
        "Reality star Tia Mensah splits from boyfriend Rory Kell\n\nTia Mensah and her "
        "boyfriend Rory Kell have split.\n\nThe influencer, 25, posted on Sunday.\n\n“It is "
        "for the best,” she wrote.",
        "for the best",
        "Tia Mensah",
        "pronoun",
        "a boyfriend is a man: 'she' is not him",
    ),
    _case(
        NONE,
        "Juno Harker talks about her new role.\n\n"
        "Your director Ebbe Lund describes you as “the calmest person on set”. Do you agree?\n\n"
        "“Ebbe is far too generous. He carried me through the night shoots.”",
        "far too generous",
        None,
        None,
        "a question quoting someone is put to another: the answer does not carry on his quote",
    ),
    _case(
        NONE,
        "Juno Harker talks to us about her new film.\n\nWhat was the shoot like?\n\n"
        "“Cold. We filmed on a glacier for a month.”\n\n"
        "Your director Ebbe Lund describes you as “the calmest person on set”. Do you agree?"
        "\n\n“Ebbe is far too generous. He carried me through the night shoots.”",
        "far too generous",
        "Juno Harker",
        "continuation",
        "the answer after a question quoting someone is the interviewee's who answered before",
    ),
    _case(
        PRONOUN,
        "Juno Harker spoke about the night shoots.\n\n"
        "“Who pays for all this?” she asked. Nobody answered her?\n\n"
        "“I do, in the end,” she said.",
        "in the end",
        "Juno Harker",
        "pronoun",
        "a pronoun clause of its own is still read after a question paragraph",
    ),
    _case(
        SPOKESPERSON,
        "Billwise warns of hidden rises\n\n"
        "Campaign group Billwise said the rises were hidden in small print. “It should "
        "stop,” said its director, Ama Boateng.\n\n"
        "Rail regulator Tallis said it had written to every operator.\n\n"
        "“Operators must show prices in pounds,” a spokeswoman said.",
        "show prices in pounds",
        "Tallis",
        "spokesperson",
        "a body reported in the paragraph before a spokesperson's quote is the one spoken for",
    ),
    _case(
        SPOKESPERSON,
        "Billwise warns of hidden rises\n\n"
        "Campaign group Billwise said the rises were hidden in small print.\n\n"
        "Rail regulator Tallis said it had written to every operator, adding: “We expect "
        "answers.”\n\n“Operators must show prices in pounds,” a spokeswoman said.",
        "show prices in pounds",
        "Billwise",
        "spokesperson",
        "not when the paragraph before quotes someone: the article's body as before",
    ),
    # -- an object pronoun then "that": the one spoken to answers ----------------------
    _case(
        PRONOUN,
        "Asked about the closures, Councillor Wendeline Pardoe replied: “We had no choice.”"
        "\n\nPresenter Caspar Ildridge put it to her that the libraries had been promised. "
        "“That promise was made before the cuts,” she said.",
        "made before the cuts",
        "Wendeline Pardoe",
        "pronoun",
        "the host who put it to her that… is not the she who answers",
    ),
    _case(
        PRONOUN,
        "Health minister Rosalind Achterberg defended the plan on Monday.\n\nInterviewer "
        "Bram Oyelowo-Tate told her that nurses were leaving. “I hear that every day,” she "
        "said.",
        "I hear that every day",
        "Rosalind Achterberg",
        "pronoun",
        "told her that…: the her is someone else, whom the next she stands for",
    ),
    _case(
        PRONOUN,
        "Sigrun Brandvik spoke first.\n\nDagny Ferrars explained that the board had told "
        "her nothing. “It was a shambles,” she said.",
        "It was a shambles",
        "Dagny Ferrars",
        "pronoun",
        "near miss: a her inside what the subject explained is the subject herself",
    ),
    _case(
        PRONOUN,
        "Sigrun Brandvik spoke first.\n\nDagny Ferrars said the verdict gave her that hope "
        "back. “It is a start,” she said.",
        "It is a start",
        "Dagny Ferrars",
        "pronoun",
        "near miss: her then that, inside a reported clause, is still the subject",
    ),
    # -- what a recording caught: heard, seen, filmed… in the footage, saying -------------
    _case(
        NAMED,
        "Founder Linnea Osterhout, who declined to be interviewed, is heard in archive "
        "footage telling shareholders in 2018: “We will own this market within three years.”",
        "own this market",
        "Linnea Osterhout",
        "named",
        "a documentary's archive: heard in the footage telling, after an appositive",
    ),
    _case(
        NAMED,
        "Skipper Jago Pemberley was filmed in the clip telling his crew: “Nobody goes ashore "
        "until the nets are mended.”",
        "Nobody goes ashore",
        "Jago Pemberley",
        "named",
        "filmed telling: a camera catches words as a microphone does",
    ),
    _case(
        NAMED,
        "“I never signed that order,” Governor Maud Elsinore can be seen in the video saying.",
        "never signed that order",
        "Maud Elsinore",
        "named",
        "can be seen in the video saying, after the quote",
    ),
    _case(
        NAMED,
        "Agnes Wrathley, 71, is heard telling the caller: “Do not ring this number again.”",
        "ring this number",
        "Agnes Wrathley",
        "named",
        "an age appositive, then a passive whose subject speaks",
    ),
    _case(
        NAMED,
        "Magistrate Hollis Vantongeren, who retired in May, was quoted as saying: “The law "
        "is not a blunt instrument.”",
        "not a blunt instrument",
        "Hollis Vantongeren",
        "named",
        "quoted as saying after a which-clause appositive",
    ),
    _case(
        NAMED,
        "Teacher Ruben Castellio, 45, was told: “Clear your desk by Friday.”",
        "Clear your desk",
        None,
        None,
        "near miss: after an appositive, was told makes the name the listener",
    ),
    # -- an agency or paper that reports: state media quoting its own words ----------------
    _case(
        NAMED,
        "“Preparations for the parade are complete,” the Orvenic Press Agency (OPA) reported.",
        "parade are complete",
        "Orvenic Press Agency",
        "named",
        "state media's words: the agency reported, an acronym in brackets after it",
    ),
    _case(
        NAMED,
        "“The reservoir is at its lowest for forty years,” reported the Kesselby Courier.",
        "lowest for forty years",
        "Kesselby Courier",
        "named",
        "reported before the paper's name",
    ),
    _case(
        NAMED,
        "“The harbour will reopen on Monday,” the Tavrin Gazette reports.",
        "harbour will reopen",
        "Tavrin Gazette",
        "named",
        "the present tense of a paper's report",
    ),
    _case(
        NAMED,
        "“I am leaving the band,” Koji Marrell told friends, the Daily Lantern reported.",
        "leaving the band",
        "Koji Marrell",
        "named",
        "near miss: the paper that reported a told-clause is not its speaker",
    ),
    _case(
        PRONOUN,
        "The fire was reported at 3am. Station Officer Dana Reyes led the crews. “It spread "
        "very fast,” she said.",
        "spread very fast",
        "Dana Reyes",
        "pronoun",
        "near miss: a fire that was reported is no speaker",
    ),
    # -- a phone-in caller's name and place ----------------------------------------------
    _case(
        NAMED,
        "The mayor took calls on the breakfast show.\n\nOne caller, who gave his name as "
        "Omar from Haldene Park, told her: “The buses never turn up after eight.”",
        "never turn up after eight",
        "Omar",
        "named",
        "a phone-in caller gives a name and a place: the name speaks",
    ),
    _case(
        NAMED,
        "“The library was the only warm place we had,” said one listener, who gave her name "
        "only as Fenna from Lower Brackett.",
        "only warm place we had",
        "Fenna",
        "named",
        "the same after the quote, with a place of two words",
    ),
    _case(
        NAMED,
        "The mayor took calls on the breakfast show.\n\n“The buses never turn up after "
        "eight,” said one caller from Haldene Park.",
        "never turn up after eight",
        None,
        None,
        "near miss: a caller from a place, with no name given, stays unnamed",
    ),
    # -- a name a source goes by: call sign, nom de guerre, nickname -------------------------
    _case(
        PRONOUN,
        "Ilse Varganova runs the bakery on Kettle Street. “We bake at night now,” she says."
        "\n\nAcross the square, a paramedic who asked to be identified only by her call sign, "
        "Wren, is restocking an ambulance.\n\n“Nobody sleeps here any more,” she says.",
        "Nobody sleeps here",
        "Wren",
        "pronoun",
        "a call sign given as the name a source goes by is the person the next she is",
    ),
    _case(
        PRONOUN,
        "Commander Levan Iskanov briefed reporters on Monday. “The bridge is ours,” he said."
        "\n\nA volunteer who gave only his nickname, Badger, guards the checkpoint. “We will "
        "hold it,” he says.",
        "We will hold it",
        "Badger",
        "pronoun",
        "a one-word nickname given as a source's name is a person, not the commander before",
    ),
    _case(
        PRONOUN,
        "Ilse Varganova runs the bakery on Kettle Street. “We bake at night now,” she says."
        "\n\nAcross the square, a paramedic who asked to be identified only by her initials "
        "is restocking an ambulance.\n\n“Nobody sleeps here any more,” she says.",
        "Nobody sleeps here",
        None,
        None,
        "asked to be identified only by her initials: she is left unnamed, not the baker",
    ),
    _case(
        PRONOUN,
        "Ilse Varganova runs the bakery on Kettle Street.\n\nThe patrol's call sign, Wren, "
        "was painted on the truck. “We bake at night now,” she says.",
        "We bake at night",
        "Ilse Varganova",
        "pronoun",
        "near miss: a call sign that is no one's (no his or her before it) names no person",
    ),
    # -- the plural of a noun for a person names a group, not a firm ---------------------
    _case(
        NOT_SPEAKERS,
        "The Larkmoor Arms has been named Pub of the Year by the Ale Guild.\n\nJudges praised "
        "its cellar. In their report, they wrote: “The best-kept beer in the county.”",
        "best-kept beer",
        None,
        None,
        "judges opening a sentence are people with no one name, not a firm that owns its",
    ),
    _case(
        NOT_SPEAKERS,
        "Inspectors criticised its kitchen. “The fridges were warm,” they wrote.",
        "fridges were warm",
        None,
        None,
        "the plural of any person noun (inspector) opening a sentence: they are the group",
    ),
    _case(
        NOT_SPEAKERS,
        "Vantersons cut its forecast on Tuesday. “Demand has fallen,” it said.",
        "Demand has fallen",
        "Vantersons",
        "pronoun",
        "near miss: a one-word firm ending in s that is no person noun's plural owns its",
    ),
    # -- the food pages' words for a venue ------------------------------------------------
    _case(
        DESCRIPTION,
        "Osteria Belvane, a family-run restaurant in Quarrow, announced its closure on Sunday."
        "\n\n“It breaks our hearts to lock the door,” the eatery said on Instagram.",
        "breaks our hearts",
        "Osteria Belvane",
        "description",
        "the eatery is the restaurant the story is about",
    ),
    _case(
        DESCRIPTION,
        "Pellory's, a tiny bistro on Mill Lane, has lost its lease.\n\n“We have nowhere to "
        "go,” the bistro said in a post.",
        "nowhere to go",
        "Pellory's",
        "description",
        "the bistro given that role in an appositive",
    ),
    _case(
        DESCRIPTION,
        "Brackmoor Council fined a bistro on Tanner Row £2,000 for hygiene breaches.\n\n“We "
        "will appeal,” the bistro said.",
        "We will appeal",
        None,
        None,
        "near miss: a bistro the council acted on, brought in unnamed, is not the council",
    ),
    _case(
        DESCRIPTION,
        "Brackmoor Council fined a restaurant on Tanner Row £2,000 for hygiene breaches.\n\n"
        "“We will appeal,” the restaurant said.",
        "We will appeal",
        None,
        None,
        "near miss: the same for a restaurant, which the default organisation once took",
    ),
    # -- an office is in its title: the prime minister is not the foreign minister ----------
    _case(
        DESCRIPTION,
        "Prime Minister Torvald Eskedal addressed the nation on Tuesday. Foreign Minister "
        "Brit Hallum flew to Varde later.\n\n“Tonight we begin again,” the prime minister said.",
        "Tonight we begin again",
        "Torvald Eskedal",
        "description",
        "the prime minister is the one titled Prime Minister, not the latest minister",
    ),
    _case(
        DESCRIPTION,
        "Foreign Minister Brit Hallum flew to Varde. Prime Minister Torvald Eskedal addressed "
        "the nation on Tuesday.\n\n“We will talk to anyone,” the foreign minister said.",
        "talk to anyone",
        "Brit Hallum",
        "description",
        "the foreign minister, with the prime minister named since",
    ),
    _case(
        DESCRIPTION,
        "Health Minister Oddny Kvale visited the ward on Friday.\n\n“The staff are heroes,” "
        "the minister said.",
        "staff are heroes",
        "Oddny Kvale",
        "description",
        "near miss: the minister with no office word is any minister",
    ),
    # -- a body named for its kind: "the zoo" is the zoo the article named ----------------
    _case(
        DESCRIPTION,
        "A baby giraffe has been born at Ashcombe Zoo.\n\nThe calf arrived on Tuesday night, "
        "keepers said.\n\nIn a statement, the zoo said: “We are thrilled and so proud of "
        "the team.”",
        "thrilled and so proud",
        "Ashcombe Zoo",
        "description",
        "a kind word the article's body is named for: the zoo after Ashcombe Zoo",
    ),
    _case(
        DESCRIPTION,
        "Volunteers at the Tarnley Otter Sanctuary have launched an appeal for fish.\n\n"
        "Donations fell by half this winter.\n\n“We cannot feed nine otters on goodwill "
        "alone,” the sanctuary said.",
        "feed nine otters",
        "Tarnley Otter Sanctuary",
        "description",
        "a kind word the article's body is named for: the sanctuary",
    ),
    _case(
        DESCRIPTION,
        "Keeper Dan Park fed the lions at Ashcombe on Monday.\n\n“They were hungry,” the "
        "park said.",
        "They were hungry",
        None,
        "description",
        "near miss: a person's surname is no body named for its kind",
    ),
    _case(
        DESCRIPTION,
        "The calf was checked by zoo veterinarian Dr. Rhys Albany and Head zookeeper Mina "
        "Oduya on Wednesday.\n\n“Good weight and a strong heart,” the veterinarian said.",
        "Good weight and a strong heart",
        "Rhys Albany",
        "description",
        "the animal pages' trades are titles: the veterinarian, not the zookeeper beside him",
    ),
    # -- health, housing and motoring pages: firms named for their trade, affiliations --
    _case(
        DESCRIPTION,
        "Velmont Motors is recalling 40,000 vans sold in the United Kingdom, the company said "
        "on Tuesday.\n\n“We apologise to every owner affected,” the carmaker said in a "
        "statement.",
        "apologise to every owner",
        "Velmont Motors",
        "description",
        "the carmaker is the firm named Motors, and the United Kingdom is a country, no body",
    ),
    _case(
        DESCRIPTION,
        "Sales of hybrids rose in the United States last year, figures showed.\n\n“Demand "
        "will keep growing,” the company said.",
        "Demand will keep growing",
        None,
        "description",
        "near miss: 'United' opens a country's name here, not a club's, so no company is named",
    ),
    _case(
        DESCRIPTION,
        "The United Nations has warned of famine in the region.\n\n“Time is running out,” "
        "the organisation said.",
        "Time is running out",
        "United Nations",
        "description",
        "near miss: the United Nations is still a body",
    ),
    _case(
        DESCRIPTION,
        "DETROIT (Wire) -- Pellgrave Automotive cut its forecast on Thursday as sales slowed "
        "in the United States and Canada.\n\n“The second half will be tougher,” the "
        "automaker said.",
        "second half will be tougher",
        "Pellgrave Automotive",
        "description",
        "the automaker is the firm named Automotive, not the country named after it",
    ),
    _case(
        DESCRIPTION,
        "Tests from Orvale Diagnostics were used in 40 hospitals, the Lowmoor Health Trust "
        "said.\n\n“Our tests are accurate,” the company said.",
        "Our tests are accurate",
        "Orvale Diagnostics",
        "description",
        "a firm named Diagnostics is a company, the trust a public body",
    ),
    _case(
        DESCRIPTION,
        "A scheme by Corrow Developments for 300 flats near the marina were approved on Monday. "
        "Ellesby Council said it had imposed strict conditions.\n\n“This is a good day for "
        "the town,” the developer said.",
        "good day for the town",
        "Corrow Developments",
        "description",
        "a firm named Developments is an organisation, and the one 'the developer' means",
    ),
    _case(
        DESCRIPTION,
        "Brennick Therapeutics has won approval for its new asthma inhaler from the Marnholt "
        "Regulatory Agency.\n\n“We are proud of the team behind it,” the drugmaker said.",
        "proud of the team",
        "Brennick Therapeutics",
        "description",
        "the drugmaker is the firm named Therapeutics, not the regulator named after it",
    ),
    _case(
        DESCRIPTION,
        "The Marnholt Regulatory Agency approved the inhaler on Friday.\n\n“We are proud of "
        "the team behind it,” the drugmaker said.",
        "proud of the team",
        None,
        "description",
        "near miss: a business named by what it makes is never a public body's name",
    ),
    _case(
        DESCRIPTION,
        "The letting agent for the block, Osgood Lettings, said it had written to the "
        "owner.\n\n“We have passed every complaint to the owner,” the agency said.",
        "passed every complaint",
        "Osgood Lettings",
        "description",
        "a letting agency's name ends in Lettings: an organisation, and 'the agency'",
    ),
    _case(
        NAMED,
        "Patients waited longer than ever last winter.\n\nDr Wenna Threave, of the Brocklow "
        "Cardiac Institute, who was not involved in the research, said: “The results are "
        "encouraging but early.”",
        "results are encouraging",
        "Wenna Threave",
        "named",
        "a name, the body they are from, a relative clause: the name opening the sentence speaks",
    ),
    _case(
        NAMED,
        "Rents rose again.\n\nPavel Idris, from Thornby Lettings, who has let flats in the "
        "city for 20 years, said: “Owners are selling up.”",
        "Owners are selling up",
        "Pavel Idris",
        "named",
        "the same with 'from': the firm the person is from is no speaker",
    ),
    _case(
        DESCRIPTION,
        "Rents rose again.\n\nIn Marlby, of all places, residents, who have waited years, "
        "said: “Nobody listens to us.”",
        "Nobody listens",
        None,
        "description",
        "near miss: no name opens the sentence, so nobody is taken from before 'of'",
    ),
    _case(
        DESCRIPTION,
        "Mould has spread through several flats on the Pinfold estate.\n\nTessa Quayle, 31, "
        "shares a flat in Corrick, with her baby son.\n\nThe care worker said: “We cannot "
        "sleep for the damp.”",
        "cannot sleep for the damp",
        "Tessa Quayle",
        "description",
        "a paragraph opening with a fresh description after one person's introduction; "
        "', with her baby son' gives the town no role",
    ),
    _case(
        DESCRIPTION,
        "Mould has spread through several flats on the Pinfold estate.\n\nTessa Quayle, 31, "
        "shares a flat with her neighbour, Ada Pike.\n\nThe care worker said: “We cannot "
        "sleep for the damp.”",
        "cannot sleep for the damp",
        None,
        "description",
        "near miss: the paragraph before introduces two people, so the care worker is nobody",
    ),
    _case(
        DESCRIPTION,
        "Hal Fenby, 80, waited six hours for an ambulance after a fall.\n\nHis son, Rory "
        "Fenby, said his father had been left on the floor.\n\nThe Quarnby Health Board said "
        "demand had been high.\n\nThe board's chief executive wrote: “I apologise "
        "unreservedly to the family.”",
        "apologise unreservedly",
        None,
        "description",
        "a body's officer nobody was titled is not the son in view",
    ),
    _case(
        DESCRIPTION,
        "Hal Fenby, 80, waited six hours for an ambulance after a fall.\n\nHis son, Rory "
        "Fenby, said his father had been left on the floor.\n\nThe Quarnby Health Board's "
        "chief executive, Ida Morven, said demand had been high.\n\nThe board's chief "
        "executive wrote: “I apologise unreservedly to the family.”",
        "apologise unreservedly",
        "Ida Morven",
        "description",
        "near miss: an officer the article titled is still found",
    ),
    # -- a record after the quote reports the speaker its own clause names ---------
    _case(
        NAMED,
        "Corin Halse, 52, was charged with theft on Friday.\n\nInterviewed by officers, Halse "
        "said his employer “told me to keep whatever cash was left over,” the affidavit states.",
        "keep whatever cash",
        "Corin Halse",
        "named",
        "a record after the quote ('the affidavit states') is the source; its clause's speaker",
    ),
    _case(
        NAMED,
        "Tenants sued Marrow Lets in March.\n\nAgent Ilse Varga told one tenant the damp was "
        "“your own fault for drying clothes indoors,” the complaint says.",
        "your own fault",
        "Ilse Varga",
        "named",
        "'the complaint says' after 'Varga told one tenant': the agent, not the complaint",
    ),
    _case(
        STATEMENT,
        "Corin Halse, 52, was charged with theft on Friday.\n\nHalse wrote himself nine "
        "cheques, some marked “wages,” the affidavit states.",
        "wages",
        None,
        "description",
        "near miss: a verb parted from the quote by a comma ('cheques, some marked') is no speech",
    ),
    _case(
        PRONOUN,
        "Patrol boats gathered in the strait on Monday.\n\nThe state-run Orvane News Agency "
        "quoted Defence Minister Piet Calder as saying the drills were “a provocation”. He "
        "told the envoy that Orvane “will defend its waters”, the agency said.",
        "will defend its waters",
        "Piet Calder",
        "pronoun",
        "an agency after the quote relays it: the speech verb's subject before it speaks",
    ),
    _case(
        NAMED,
        "The port reopened on Tuesday.\n\nHarbour chief Ines Lodde told reporters the quays "
        "were “open for business again”, the broadcaster said.",
        "open for business",
        "Ines Lodde",
        "named",
        "'the broadcaster said' after 'Lodde told reporters': Lodde, not the outlet",
    ),
    _case(
        DESCRIPTION,
        "The Kelby Water Agency lost its case in the High Court on Monday.\n\nLawyers for "
        "the families welcomed the ruling. “We will appeal,” the agency said.",
        "We will appeal",
        "Kelby Water Agency",
        "description",
        "near miss: an agency that speaks with no speech verb before the quote is the speaker",
    ),
    # -- a vox pop who gave only a first name ---------------------------------------
    _case(
        NAMED,
        "Shoppers queued along Tanner Row on Saturday. One, who gave her first name as Odette, "
        "said: “I've shopped here every week for thirty years.”",
        "every week for thirty years",
        "Odette",
        "named",
        "a bare 'One, who gave her first name as Odette,' opening the clause is Odette",
    ),
    _case(
        NAMED,
        "Fans waited at the gates. Another, who would only give his name as Aurelio, said: "
        "“We drove through the night.”",
        "We drove through the night",
        "Aurelio",
        "named",
        "'who would only give his name as' names the speaker as 'who gave his name' does",
    ),
    _case(
        NAMED,
        "Fans waited at the gates. One supporter, known only as Radomir, said: “It was worth "
        "every mile.”",
        "worth every mile",
        "Radomir",
        "named",
        "a speaker 'known only as Radomir' is Radomir",
    ),
    _case(
        NAMED,
        "Fans waited at the gates. One, who gave her age as 19, said: “It was worth every mile.”",
        "worth every mile",
        None,
        None,
        "near miss: an age given in the appositive names no one",
    ),
    # -- a firm described by its trade -------------------------------------------------
    _case(
        DESCRIPTION,
        "Bakers at the Tollmere's bakery in Wendlow walked out on Monday.\n\nMembers of the "
        "Dyers and Cloth Finishers Union say the rota is unfair.\n\nThe firm said in a "
        "statement: “We have met every demand on pay.”",
        "met every demand",
        "Tollmere",
        "description",
        "'the firm' is the one business named, never the first trade of a union's name",
    ),
    _case(
        DESCRIPTION,
        "Members of the Dyers and Cloth Finishers Union walked out at Tollmere's bakery.\n\n"
        "“We will not back down,” the union said.",
        "will not back down",
        "Dyers and Cloth Finishers Union",
        "description",
        "a union named for two trades ('Dyers and Cloth Finishers Union') is one body",
    ),
    _case(
        DESCRIPTION,
        "Talks between Tollmere and Unity Union collapsed.\n\n“We will not back down,” the "
        "union said.",
        "will not back down",
        "Unity Union",
        "description",
        "near miss: one word after 'and' before the body's word is a second body, not one name",
    ),
    _case(
        DESCRIPTION,
        "Drivers at Harrowgate Tarnway, members of the Coach Workers Guild, had planned a "
        "strike.\n\nIn a short statement, the operator said: “Our drivers matter.”\n\n"
        "Tarnway's managing director, Oona Brell, added that talks would go on.",
        "Our drivers matter",
        "Harrowgate Tarnway",
        "description",
        "'the operator' in a statement is the one business named, though its name fits no trade",
    ),
    _case(
        DESCRIPTION,
        "Drivers at Harrowgate Tarnway and Tamblyn Mercer both plan to strike.\n\nIn a short "
        "statement, the operator said: “Our drivers matter.”",
        "Our drivers matter",
        None,
        "description",
        "near miss: two businesses in reach, so 'the operator' is neither",
    ),
    _case(
        DESCRIPTION,
        "Ravel Energy raised its tariffs on Monday.\n\n“I saw the crane tip over,” the operator "
        "said.",
        "saw the crane tip over",
        None,
        "description",
        "near miss: 'the operator' saying nothing in a document may be a person nobody named",
    ),
    # -- abbreviated ranks and a DJ's title ------------------------------------------
    _case(
        DESCRIPTION,
        "Flt Lt Ana Cray flew the last sortie with Jo Pell.\n\n“It was an honour,” the "
        "lieutenant said.",
        "It was an honour",
        "Ana Cray",
        "description",
        "'Flt Lt' is an air force rank: the lieutenant, not a person called 'Flt'",
    ),
    _case(
        DESCRIPTION,
        "Wg Cdr Tom Reyes led the flypast over Kelby.\n\n“A proud day,” the commander said.",
        "A proud day",
        "Tom Reyes",
        "description",
        "'Wg Cdr' stays out of the name and makes the commander",
    ),
    _case(
        DESCRIPTION,
        "Radio DJ Benny Pendrick dies aged 71\n\nBenny Pendrick has died. His friend Al Roe said "
        "he was kind.\n\n“I loved every minute,” the DJ told listeners in 2019.",
        "loved every minute",
        "Benny Pendrick",
        "description",
        "'Radio DJ' is a title before a name, not a station called 'Radio DJ Benny Pendrick'",
    ),
    # -- an organisation's appeal, then "the post read" -------------------------------
    _case(
        POSTS,
        "Kelby Council's wardens picked up 40 strays this year.\n\nDog owner Ann Pell said "
        "the wardens had been “brilliant”.\n\nThe council's Facebook appeal to trace the "
        "terriers' keepers reached 900 shares.\n\n“Do you know these two? Found on Mill "
        "Lane,” the post read.",
        "Found on Mill",
        "Kelby Council",
        "statement",
        "the post after 'The council's Facebook appeal' is the council's, not the last speaker's",
    ),
    _case(
        STATEMENT,
        "Ivo Brandt has died aged 77.\n\nA statement, read by his son Emil Brandt, said: "
        "“Dad loved this valley.”",
        "loved this valley",
        "Emil Brandt",
        "statement",
        "a statement someone reads aloud speaks in the reader's name, as one signed by them",
    ),
    # -- titles of a place, clerics' styles, issued documents, interviews, notes ------
    _case(
        PRONOUN,
        "Governor Aldous Pettigrew toured the Wexley shipyard on Monday.\n\nA Harbour "
        "Board spokesman said: “The yard has a future and no jobs will go.”\n\nAsked "
        "whether he would back a rescue, the governor smiled. “I am here to listen,” he "
        "said.",
        "I am here to listen",
        "Aldous Pettigrew",
        "pronoun",
        "he after 'Asked …, the governor smiled.' is the governor, not the spokesman quoted before",
    ),
    _case(
        PRONOUN,
        "Novelist Hedda Brangwyn, 70, read from her new book at the Ashcombe "
        "festival.\n\nThe festival's director, Petra Olsen, said tickets had sold out. “We "
        "could have filled the hall twice,” she said.\n\nSpeaking after the reading, the "
        "70-year-old was close to tears. “This town made me a writer,” she said.",
        "This town made me a writer",
        "Hedda Brangwyn",
        "pronoun",
        "she after 'Speaking …, the 70-year-old was close to tears.' is the one that age describes",
    ),
    _case(
        PRONOUN,
        "Tom Ashby has captained Dunmere Athletic for six seasons.\n\nAsked about the row "
        "over ticket prices, the club declined to comment. “I am staying out of it,” he "
        "said.",
        "staying out of it",
        "Tom Ashby",
        "pronoun",
        "near miss: a fronted sentence whose subject is an organisation leaves he to the person",
    ),
    _case(
        DESCRIPTION,
        "The Duchess of Ormesby opened the new children's ward at Fairley General on "
        "Friday.\n\n“Every child here deserves the very best,” the duchess told staff.",
        "Every child here",
        "Duchess of Ormesby",
        "description",
        "'the duchess' is the Duchess of Ormesby: a title of a place is a person's name",
    ),
    _case(
        NAMED,
        "The Earl of Rennick said on Sunday: “The estate will stay open to walkers all "
        "year.”",
        "stay open to walkers",
        "Earl of Rennick",
        "named",
        "'The Earl of Rennick said' names a person styled so, not an organisation",
    ),
    _case(
        DESCRIPTION,
        "The Marchioness of Tarbury has sold the family's tapestries to pay for the "
        "roof.\n\n“It broke my heart, but the house comes first,” the marchioness said.",
        "broke my heart",
        "Marchioness of Tarbury",
        "description",
        "'the marchioness' is the one person styled Marchioness of a place",
    ),
    _case(
        STATEMENT,
        "The Bishop of Cressford has urged parishes to “open their doors” to the cold, in "
        "a letter read at services on Sunday.\n\nThe Rt Rev Ruth Annandale, 58, wrote that "
        "nobody should be turned away.\n\n“Our doors must stay open all winter,” the "
        "letter said.",
        "doors must stay open",
        "Ruth Annandale",
        "statement",
        "the Bishop of a place in the lede is the bishop named next, so the letter is hers",
    ),
    _case(
        NAMED,
        "The Bishop of Cressford has urged parishes to open warm spaces.\n\nThe Rt Rev "
        "Ruth Annandale and the Rt Rev Colin Marr, two of her fellow bishops, backed the "
        "call.\n\n“Our doors must stay open all winter,” the Bishop of Cressford said.",
        "doors must stay open",
        "Bishop of Cressford",
        "named",
        "near miss: two other bishops named, so the styled title is given to neither",
    ),
    _case(
        NAMED,
        "The Bishop of Cressford has criticised the closure of village schools.\n\nHer "
        "predecessor, the Rt Rev Colin Marr, said he had warned of it years ago.\n\n“We "
        "are losing the heart of our villages,” the Bishop of Cressford said.",
        "losing the heart",
        "Bishop of Cressford",
        "named",
        "near miss: a predecessor given the same title is not its holder now",
    ),
    _case(
        NAMED,
        "The Prince of Arden opened the bridge on Monday.\n\nHis son, Prince Tomas, said the "
        "family was proud.\n\n“It is a great day for the town,” the Prince of Arden said.",
        "great day for the town",
        "Prince of Arden",
        "named",
        "near miss: a son given the same title is a relation, not the styled prince",
    ),
    _case(
        NAMED,
        "Nurses at the Prince of Wenlock Hospital have voted to strike.\n\n“We have been "
        "pushed too far,” the union's rep, Gail Storrow, said.",
        "pushed too far",
        "Gail Storrow",
        "named",
        "near miss: 'the Prince of Wenlock Hospital' is a place, not a prince speaking",
    ),
    _case(
        NAMED,
        "The Ministry of Harbours said on Friday: “The ferry timetable will not change.”",
        "ferry timetable",
        "Ministry of Harbours",
        "named",
        "near miss: 'the Ministry of Harbours' stays an organisation",
    ),
    _case(
        STATEMENT,
        "Thurlbeck Town Council has apologised for the flooding on Mill Lane.\n\nThe "
        "council issued a statement that read: “We share residents' anger and will fix "
        "the drains.”",
        "share residents",
        "Thurlbeck Town Council",
        "description",
        "'the council issued a statement that read:' is the council's",
    ),
    _case(
        STATEMENT,
        "The Larkspur Trust has lost its founder, Ida Penwarden.\n\nLater, the charity "
        "issued a short statement which said: “Ida built this place with her own hands.”",
        "built this place",
        "Larkspur Trust",
        "description",
        "'the charity issued a short statement which said:' is the charity's",
    ),
    _case(
        STATEMENT,
        "Felix Arnott, the club's owner, put out a statement that read: “I will not sell "
        "the club.”",
        "will not sell",
        "Felix Arnott",
        "named",
        "'Felix Arnott, the club's owner, put out a statement that read:' is the owner's",
    ),
    _case(
        STATEMENT,
        "The Brindlecombe Hospice Trust has closed its day centre.\n\nAfter the meeting, the "
        "trust published a statement which read:\n\n“We know how much the centre meant to "
        "families. We are sorry.”",
        "centre meant to families",
        "Brindlecombe Hospice Trust",
        "introduction",
        "a statement printed after 'the trust published a statement which read:' is the trust's",
    ),
    _case(
        DESCRIPTION,
        "The Wexcombe Trust has apologised to families.\n\nThe Trust said: “We are truly "
        "sorry for the delays.”",
        "truly sorry for the delays",
        "Wexcombe Trust",
        "named",
        "'The Trust said' in house capitals is the trust in view, not a body called Trust",
    ),
    _case(
        DESCRIPTION,
        "The Kelmarsh Diocese has closed two churches.\n\nThe Diocese said: “Both buildings "
        "are no longer safe.”",
        "no longer safe",
        "Kelmarsh Diocese",
        "description",
        "'The Diocese said', a kind read as a description, is the diocese named before",
    ),
    _case(
        DESCRIPTION,
        "Ardmore Palace confirmed the visit on Monday.\n\nThe Palace said: “The King is "
        "looking forward to it.”",
        "looking forward to it",
        "Ardmore Palace",
        "named",
        "'The Palace said' is the palace named before",
    ),
    _case(
        DESCRIPTION,
        "The Palace is a music venue in Dunmere.\n\nThe Palace said: “We are truly sorry "
        "for the delays.”",
        "truly sorry for the delays",
        "Palace",
        "named",
        "near miss: a venue called the Palace is itself the body",
    ),
    _case(
        DESCRIPTION,
        "The Wexcombe Trust will merge with the Ardley Trust in May.\n\nThe Trust said: "
        "“We are truly sorry for the delays.”",
        "truly sorry for the delays",
        None,
        None,
        "near miss: two trusts in view, so 'The Trust' is neither",
    ),
    _case(
        STATEMENT,
        "Ana Ruiz applied for a grant from the Fenmoor Fund in May.\n\nIn June she "
        "received a letter that read: “Your application has been refused.”",
        "application has been refused",
        None,
        None,
        "near miss: a letter someone received 'that read:' is not their words",
    ),
    _case(
        NAMED,
        "The cathedral has closed its tower after a stone fell.\n\nThe Provost, the Very "
        "Rev Maren Scholt, said: “Safety has to come first for everyone.”",
        "Safety has to come first",
        "Maren Scholt",
        "named",
        "'The Provost, the Very Rev Maren Scholt, said': the cleric after 'the Very Rev'",
    ),
    _case(
        NAMED,
        "The choir's tour has been cut short, the Dean, Very Rev Tobias Quarrie, said: "
        "“We are all very sad about it.”",
        "all very sad",
        "Tobias Quarrie",
        "named",
        "'the Dean, Very Rev …,' is a post and its holder, not a man called Dean",
    ),
    _case(
        NAMED,
        "The Minister, the Rev Alun Price, said: “The chapel will reopen at Easter.”",
        "chapel will reopen",
        "Alun Price",
        "named",
        "'The Minister, the Rev Alun Price, said': a minister of religion in apposition",
    ),
    _case(
        NAMED,
        "The Chair, Dean Harwood, said: “We will review the lease next year.”",
        "review the lease",
        "Dean Harwood",
        "named",
        "near miss: 'The Chair, Dean Harwood,' is a man called Dean",
    ),
    _case(
        NONE,
        "Oksana Brill, 19, won gold in Lindau on Saturday.\n\nThe teenager talked "
        "to Radio Darnmoor's Drive Time after her win. An edited transcript follows.\n\nQ: "
        "How does it feel?\n\nA: “I still cannot believe it happened to me.”",
        "still cannot believe",
        "Oksana Brill",
        "introduction",
        "'The teenager talked to Radio Darnmoor's Drive Time': she answers, not the show",
    ),
    _case(
        NONE,
        "Ivo Darnell, a potter, has a show opening in Brisk.\n\nThe paper's reporter sat down "
        "with Ivo Darnell at his studio.\n\nWhat got you started?\n\n“My grandmother had a "
        "wheel in her shed.”",
        "grandmother had a wheel",
        "Ivo Darnell",
        "introduction",
        "near miss: 'The paper's reporter sat down with Ivo Darnell': he answers",
    ),
    _case(
        STATEMENT,
        "The Harbour Trust received a gift on Monday.\n\nAda Reid left a note on the "
        "counter. “Spend it all on the children,” it read.",
        "Spend it all",
        "Ada Reid",
        "pronoun",
        "'it read' after 'Ada Reid left a note' is her note",
    ),
    _case(
        STATEMENT,
        "The Harbour Trust received £5,000 on Monday.\n\nA well-wisher, who did not give a "
        "name, pinned a card to the gate. “For the lifeboat crew, with love,” it read.",
        "lifeboat crew",
        None,
        None,
        "'it read' after an unnamed well-wisher's card is no organisation's words",
    ),
    _case(
        STATEMENT,
        "The Harbour Trust has thanked its donors.\n\nThe trust put out a statement on "
        "Monday. “We are so grateful to everyone,” it read.",
        "so grateful",
        "Harbour Trust",
        "pronoun",
        "near miss: 'it read' after the trust's statement is still the trust's",
    ),
    _case(
        STATEMENT,
        "Joss Fenner took note of the complaints at the Harbour Trust.\n\n“We will fix the "
        "roof,” it read on the trust's website.",
        "fix the roof",
        "Harbour Trust",
        "pronoun",
        "near miss: 'took note of' names no note, so 'it read' stays with the trust",
    ),
    # -- court and police copy of Commonwealth, Indian and Nigerian papers ---------------
    _case(
        DESCRIPTION,
        "Justice Rhona Telfer sentenced Corin Blakey, 33, to four years.\n\nDefence barrister "
        "Amos Kettering said his client had a troubled childhood.\n\n“Nothing in his history "
        "excuses what he did that night,” her Honour said.",
        "Nothing in his history",
        "Rhona Telfer",
        "description",
        "'her Honour' is the judge on the bench, never a person named Honour",
    ),
    _case(
        DESCRIPTION,
        "Magistrate Yvette Corran heard the bail application and Judge Ross Ilbery will hear "
        "the trial.\n\n“The matter is complex,” her Honour said.",
        "The matter is complex",
        None,
        "description",
        "near miss: with a magistrate and a judge both named, 'her Honour' is neither alone",
    ),
    _case(
        DESCRIPTION,
        "Kieran Dowsett, 40, of Ballyconnell, is charged with criminal damage.\n\nGarda "
        "Sergeant Nuala Breen told the court that on arrest, the accused replied: “I never "
        "set foot in that yard.”",
        "I never set foot",
        "Kieran Dowsett",
        "description",
        "'the accused' is the person the article says was charged, not the officer giving evidence",
    ),
    _case(
        DESCRIPTION,
        "Sergeant Paul Kinsella charged Kieran Dowsett at the station on Sunday.\n\nOn "
        "arrest, the accused replied: “I never set foot in that yard.”",
        "I never set foot",
        None,
        "description",
        "near miss: the officer who charged someone is no accused",
    ),
    _case(
        DESCRIPTION,
        "Kieran Dowsett, 40, and Liam Bracken, 38, were charged with criminal damage.\n\n"
        "On arrest, the accused replied: “I never set foot in that yard.”",
        "I never set foot",
        None,
        "description",
        "near miss: two co-accused, so 'the accused' is neither alone",
    ),
    _case(
        DESCRIPTION,
        "A pharmacist stole drugs worth £30,000 from his employer, a jury has heard.\n\n"
        "Gideon Odgers, 47, of Quay Street, Castlebrook, denies theft and two counts of "
        "fraud.\n\nIn a police interview read to the jury, the defendant said: “I was "
        "asked to dispose of them.”",
        "asked to dispose",
        "Gideon Odgers",
        "description",
        "a trial report's 'denies theft' after the name makes that person the defendant",
    ),
    _case(
        DESCRIPTION,
        "Rhoswen Yelverton, 29, is on trial at Castlebrook Crown Court.\n\nThe jury was "
        "shown her messages.\n\n“I only wanted to scare him,” the defendant wrote.",
        "only wanted to scare",
        "Rhoswen Yelverton",
        "description",
        "a person said to be on trial is the defendant",
    ),
    _case(
        DESCRIPTION,
        "Gideon Odgers, 47, denies the allegations made by his former employer.\n\n“I was "
        "asked to dispose of them,” the defendant said.",
        "asked to dispose",
        None,
        "description",
        "near miss: denying an allegation, not a charge, makes no one the defendant",
    ),
    _case(
        DESCRIPTION,
        "Gideon Odgers, 47, denies theft. His manager, Rhoswen Yelverton, 29, denies "
        "perverting the course of justice.\n\n“I was asked to dispose of them,” the "
        "defendant said.",
        "asked to dispose",
        None,
        "description",
        "near miss: two who each deny a charge are co-accused, so 'the defendant' is neither",
    ),
    _case(
        PRONOUN,
        "DC Gethin Tremayne said the cyclist had been riding home from work.\n\nIn a "
        "recorded interview played to the jury, the man said he had been pushed off his "
        "bike. “They took my phone and ran,” he said.",
        "took my phone",
        None,
        "pronoun",
        "a he after a sentence whose subject is a description naming nobody is that person",
    ),
    _case(
        PRONOUN,
        "Eluned Bosanko KC, prosecuting, said the flat had been searched.\n\nThe "
        "complainant told the court she had not slept since. “I keep the light on all "
        "night,” she said.",
        "keep the light on",
        None,
        "pronoun",
        "an unnamed complainant who told the court is the she after, not the barrister",
    ),
    _case(
        PRONOUN,
        "Nurse Eluned Kitto gave evidence on Tuesday.\n\nThe nurse told the jury she had "
        "raised the alarm. “I pressed the buzzer twice,” she said.",
        "pressed the buzzer",
        "Eluned Kitto",
        "pronoun",
        "near miss: a description the article has given to a named person is that person",
    ),
    _case(
        PRONOUN,
        "Gethin Rosewarne, 40, denies arson.\n\nThe woman, Morwenna Lowarth, said she "
        "had smelt petrol. “The whole stairwell reeked,” she said.",
        "whole stairwell reeked",
        "Morwenna Lowarth",
        "pronoun",
        "near miss: a description named in apposition is that name",
    ),
    _case(
        STATEMENT,
        _MOURNED + "Pentowan Police released a statement from his family.\n\n“He lit up every "
        "room he walked into,” the statement read.",
        "lit up every room",
        "Jowan Trenerry's family",
        "statement",
        "a family's statement released by the police is the family's, not the force's",
    ),
    _case(
        STATEMENT,
        _MOURNED + "His family issued a tribute through Pentowan Police.\n\n“He lit up every "
        "room he walked into,” the tribute said.",
        "lit up every room",
        "Jowan Trenerry's family",
        "statement",
        "a tribute the family issued through the police is the family's",
    ),
    _case(
        STATEMENT,
        _MOURNED + "His family's statement read: “He lit up every room he walked into.”",
        "lit up every room",
        "Jowan Trenerry's family",
        "statement",
        "a family's own statement is the family's, never the person it mourns",
    ),
    _case(
        STATEMENT,
        _MOURNED + "A statement from his family said: “He lit up every room he walked into.”",
        "lit up every room",
        "Jowan Trenerry's family",
        "statement",
        "a statement from his family is the family's, not his",
    ),
    _case(
        STATEMENT,
        _MOURNED + "Pentowan Police released a statement on Sunday.\n\n“Inquiries into the "
        "crash are continuing,” the statement read.",
        "Inquiries into the crash",
        "Pentowan Police",
        "statement",
        "near miss: the force's own statement stays the force's",
    ),
    _case(
        DESCRIPTION,
        _MOURNED + "The family of Jowan Trenerry said in a statement: “He was the joker of "
        "the house.”",
        "joker of the house",
        "Jowan Trenerry's family",
        "description",
        "the family of a named person speaks as that person's family",
    ),
    _case(
        DESCRIPTION,
        _MOURNED + "“He was the joker of the house,” the family of Mr Trenerry said.",
        "joker of the house",
        "Jowan Trenerry's family",
        "description",
        "the family of a person named by honorific and surname",
    ),
    _case(
        DESCRIPTION,
        "Police have named a man who died in a fire.\n\nThe family of a neighbour who "
        "tried to help said: “He went back in for the dog.”",
        "went back in for the dog",
        None,
        "description",
        "near miss: the family of someone the article never names is nobody",
    ),
    _case(
        NAMED,
        "Siobhan Garrity, 52, was remanded in custody.\n\nGarda Sergeant Paul Kinsella said "
        "she made no reply after caution.\n\n“She has no means to pay and nowhere to live,” "
        "counsel for the accused Diarmuid Coyle told the court.",
        "no means to pay",
        "Diarmuid Coyle",
        "named",
        "'the accused' after 'for the' is a noun: the phrase goes on to the counsel's name",
    ),
    _case(
        DESCRIPTION,
        "Osagie Marwell, 38, was arraigned before the Chief Magistrate on Tuesday.\n\nCounsel "
        "to the defendant, Mr Kelechi Onwuzor-Hart, asked for bail. “My client has a family and a "
        "business to run,” the counsel added.",
        "a family and a business",
        "Kelechi Onwuzor-Hart",
        "description",
        "'Counsel to the accused, Mr X,' gives X the role the counsel",
    ),
    _case(
        NAMED,
        "Counsel to the accused, Mr Kelechi Onwuzor-Hart, urged the court to let his client go "
        "home “to care for his ailing mother”.",
        "his ailing mother",
        "Kelechi Onwuzor-Hart",
        "named",
        "a role for a party with no article, then the name in apposition: the name speaks",
    ),
    _case(
        NAMED,
        "Osagie Marwell, 38, was arraigned on Tuesday.\n\nPolice prosecutor Sergeant Halima "
        "Ezeani-Cole informed the court that Mr Marwell “had been warned twice before”.",
        "warned twice before",
        "Halima Ezeani-Cole",
        "named",
        "'informed the court that' is a speech verb of court copy",
    ),
    _case(
        PRONOUN,
        "Two men were arrested for cheating a retired bank manager.\n\nAssistant Commissioner of "
        "Police (Cyber Security) Meenakshi Iyer said the pair posed as customs officers. “They "
        "kept him on a video call for two days,” she informed.",
        "video call for two days",
        "Meenakshi Iyer",
        "pronoun",
        "a bracketed remit in a title is no person; 'she informed' is a speech verb",
    ),
    _case(
        DESCRIPTION,
        "Two men were arrested for cheating a retired bank manager.\n\nAssistant Commissioner of "
        "Police (Cyber Security) Meenakshi Iyer said the men posed as customs officers.\n\n“The "
        "money went to nine accounts within a day,” the ACP stated further.",
        "nine accounts",
        "Meenakshi Iyer",
        "description",
        "'the ACP' is the Assistant Commissioner of Police, a bracketed remit left out",
    ),
    _case(
        DESCRIPTION,
        "Ravi Sundaresan, the Assistant Commissioner of Police (Cyber Security), said the gang "
        "targeted pensioners.\n\n“Victims should report such calls at once,” the ACP added.",
        "report such calls",
        "Ravi Sundaresan",
        "description",
        "a title with 'of Police' in apposition after the name gives the letters ACP",
    ),
    _case(
        NAMED,
        "The police public relations officer for the command, DSP Sani Adeoye, said three "
        "suspects were held.\n\nThe PPRO added that the three men “have admitted the offence and "
        "are helping detectives”.",
        "admitted the offence",
        "Sani Adeoye",
        "named",
        "'the PPRO' is the officer the article gave that title in full before his name",
    ),
    _case(
        NAMED,
        "Three suspects were paraded in Enugu on Sunday.\n\nThe PPRO added that the three men "
        "“have admitted the offence and are helping detectives”.",
        "admitted the offence",
        None,
        "named",
        "near miss: a post's letters with no holder named are nobody, never a name 'PPRO'",
    ),
    _case(
        NAMED,
        "The state police commissioner, CP Bello Orji-Mensah, visited the scene and urged "
        "residents to “report anyone acting suspiciously”.",
        "acting suspiciously",
        "Bello Orji-Mensah",
        "named",
        "a deed, then 'and urged … to “…”': the appositive's name ending the main clause speaks",
    ),
    # -- online speakers --------------------------------------------------------------
    _case(
        POSTS,
        "Staff at Brindlecombe Studios learned of the cuts on Tuesday.\n\n“Nobody told us "
        "anything until the badge stopped working,” wrote a user, u/quietpixel_dev.",
        "badge stopped working",
        "u/quietpixel_dev",
        "named",
        "a forum user name in apposition after 'a user' is who wrote",
    ),
    _case(
        POSTS,
        "Staff at Brindlecombe Studios learned of the cuts on Tuesday.\n\nOne viewer, "
        "posting as @mothlanternx on Threads, wrote: “Forty people gone and the game ships.”",
        "Forty people gone",
        "@mothlanternx",
        "named",
        "'posting as @handle on Threads': the handle, the platform after it left out",
    ),
    _case(
        POSTS,
        "Staff at Brindlecombe Studios learned of the cuts on Tuesday.\n\n“This place was "
        "special once,” wrote the original poster, PixelHound77.",
        "special once",
        "PixelHound77",
        "named",
        "a screen name in apposition after 'the original poster', not the company in the story",
    ),
    _case(
        POSTS,
        "Staff at Brindlecombe Studios learned of the cuts on Tuesday.\n\n“This place was "
        "special once,” wrote the original poster, who asked not to be named.",
        "special once",
        None,
        "description",
        "near miss: an author who gives no name is nobody, not the company",
    ),
    _case(
        POSTS,
        "Tamsin Orloff posted the video on Sunday.\n\nOne reply under her video read: “This is "
        "the best thing on the internet.”",
        "best thing on the internet",
        None,
        "description",
        "a reply under a video is its commenter's, not the video maker's",
    ),
    # -- a description resolved to the entity it describes ------------------------------
    _case(
        DESCRIPTION,
        "Tallowmere Interactive has slowed the Corsair GT in its racing game Duskline.\n\nThe "
        "Corsair GT won almost every ranked race last month.\n\nThe studio promised another "
        "update “once the numbers settle down”.",
        "once the numbers settle",
        "Tallowmere Interactive",
        "description",
        "'the studio' is the games company named for its trade, not the car the sentence names",
    ),
    _case(
        DESCRIPTION,
        "Brackenfold Games, which made the puzzle hit Lanternfall, is closing its Leeds "
        "office.\n\nThe developer said it would keep “a smaller crew working through the "
        "winter”.",
        "smaller crew",
        "Brackenfold Games",
        "description",
        "'the developer' with nobody titled so is the games company",
    ),
    _case(
        DESCRIPTION,
        "Property developer Ines Marlowe bought the old mill from Brackenfold Games.\n\n“It "
        "will be flats by spring,” the developer said.",
        "flats by spring",
        "Ines Marlowe",
        "description",
        "near miss: a person titled developer is found before any games company",
    ),
    _case(
        DESCRIPTION,
        "The Harbour Foxes beat the Vale Kites 3-1 in the final on Sunday.\n\n“We believed "
        "when nobody else did,” Foxes coach Ines Callard told reporters.\n\nThe Foxes' skipper, "
        "18-year-old Tomas “Brisk” Velloso, scored twice in the decider.\n\n“I can't stop "
        "shaking,” the teenager said.",
        "stop shaking",
        "Tomas Velloso",
        "description",
        "an age before the appositive's name is no title: the sentence is about the skipper",
    ),
    _case(
        DESCRIPTION,
        "The covered market in Ashby Lowe has traded every Saturday since 1884.\n\nFishmonger "
        "Dennis Harlowe has run his stall for thirty years.\n\nHe worries about the future. "
        "“Young people want their fish in plastic trays,” the fishmonger said.",
        "fish in plastic trays",
        "Dennis Harlowe",
        "description",
        "a high-street trade before a name is the person's title, not part of the name",
    ),
    # -- police ranks, provincial and county offices, the back pages' coinages ---------
    _case(
        NAMED,
        "A 19-year-old cyclist was seriously hurt in a collision on Quarry Road in "
        "Elmvale, B.C., on Sunday.\n\n“The driver stopped and is co-operating with us,” "
        "said Const. Ilse Varnier of the Elmvale RCMP.",
        "co-operating with us",
        "Ilse Varnier",
        "named",
        "a Canadian constable's rank written with a stop is a title, not the speaker",
    ),
    _case(
        NAMED,
        "Council voted 6-5 to delay the transit levy.\n\n“The levy will not pass in its "
        "current form,” Coun. Theo Brassard said after the vote.",
        "not pass in its current form",
        "Theo Brassard",
        "named",
        "a councillor's 'Coun.' is a title like 'Cllr'",
    ),
    _case(
        DESCRIPTION,
        "Agriculture MEC Zodwa Khuzwayo toured drought-hit farms near Kwandile on Thursday."
        "\n\n“Farmers cannot wait for another season of promises,” the MEC said.",
        "another season of promises",
        "Zodwa Khuzwayo",
        "description",
        "a provincial minister's letters (MEC) are a role before the name, and 'the MEC' her",
    ),
    _case(
        DESCRIPTION,
        "Peter Oduya, the MCA for Riverside ward, backed the county budget.\n\nA member "
        "of the county assembly for the minority side, who would not be identified, "
        "called it a sham. “Nobody has read the figures,” the MCA said.",
        "Nobody has read the figures",
        None,
        None,
        "'the MCA' after an unnamed member of the county assembly is that member, not Oduya",
    ),
    _case(
        DESCRIPTION,
        "Nurse Abigail Tresk was thanked by the hospital board last spring.\n\nOne nurse, "
        "who asked not to be named, said staff were exhausted. “We have not had a break "
        "in weeks,” the nurse said.",
        "not had a break in weeks",
        None,
        None,
        "a description after a person left unnamed is that person, not a named nurse",
    ),
    _case(
        DESCRIPTION,
        "Mayor Colm Fenlowe opened the new bridge on Friday.\n\nA resident, who asked not "
        "to be named, said the mayor had ignored the estate. “We have kept every "
        "promise,” the mayor said.",
        "kept every promise",
        "Colm Fenlowe",
        "description",
        "an unnamed resident does not make 'the mayor' unnamed: another noun, another person",
    ),
    _case(
        DESCRIPTION,
        "Harbourside fast bowler Kieran Ambler has been suspended for two matches.\n\nAmbler "
        "apologised on social media on Monday night.\n\n“I let my temper get the better "
        "of me,” the right-armer wrote.",
        "let my temper get the better",
        "Kieran Ambler",
        "description",
        "a bowler's coined word ('the right-armer') is kin to 'fast bowler'",
    ),
    _case(
        DESCRIPTION,
        "Harbourside batter Kieran Ambler has been suspended for two matches.\n\nAmbler "
        "apologised on social media on Monday night.\n\n“I let my temper get the better "
        "of me,” the right-armer wrote.",
        "let my temper get the better",
        None,
        None,
        "a batter is not 'the right-armer': a bowler nobody named wrote it",
    ),
    _case(
        DESCRIPTION,
        "Opening batter Rhys Delamere made 112 as Carnford chased down 290.\n\nHe was "
        "dropped twice before lunch.\n\n“The pitch flattened out after the break,” the "
        "left-hander said.",
        "pitch flattened out",
        "Rhys Delamere",
        "description",
        "'the left-hander' is kin to 'batter'",
    ),
    _case(
        DESCRIPTION,
        "Parents warn over AI tutor\n\nAn AI tutoring app told a 12-year-old boy to copy "
        "his answers from a website.\n\nHis mother, Maren Penrose, has written to its "
        "publisher, Lumiflow.\n\nThe model has since been withdrawn.\n\n"
        "“We are sorry and we are fixing it,” the firm said.",
        "sorry and we are fixing it",
        "Lumiflow",
        "description",
        "a firm glossed before its name ('its publisher, Lumiflow.') is a firm; 'AI' is none",
    ),
    _case(
        DESCRIPTION,
        "Professor Hana Ostrowska has resigned from the institute after 20 years.\n\nHer "
        "colleague Oskar Brandt said her departure was a loss. “She built this place,” he "
        "said.\n\nAsked what she would do next, the 58-year-old said: “Grow tomatoes, "
        "mostly.”",
        "Grow tomatoes",
        "Hana Ostrowska",
        "description",
        "the fronted clause's 'she' says the unaged 58-year-old is the woman, not the man",
    ),
    _case(
        DESCRIPTION,
        "Professor Hana Ostrowska has resigned from the institute after 20 years.\n\nHer "
        "colleague Oskar Brandt said her departure was a loss. “She built this place,” he "
        "said.\n\nAsked what he would do without her, the 58-year-old said: “Carry on, "
        "somehow.”",
        "Carry on",
        "Oskar Brandt",
        "description",
        "the fronted clause's subject 'he' is the man, whatever 'her' comes after it",
    ),
    _case(
        STATEMENT,
        "Mayor Lorraine Petcher was absent from the meeting.\n\nHer chief of staff, Rupert "
        "Arbury, read out a statement from the mayor: “I am sorry I cannot be with you "
        "tonight, and I back this plan.”",
        "back this plan",
        "Lorraine Petcher",
        "description",
        "a statement read out from someone is theirs, not the reader's",
    ),
    _case(
        STATEMENT,
        "Mayor Lorraine Petcher was absent from the meeting.\n\nRupert Arbury, who read a "
        "statement from the mayor last week, said: “I will not read another one.”",
        "not read another one",
        "Rupert Arbury",
        "named",
        "reading a statement in a relative clause does not move the speaker from the subject",
    ),
    # -- defence, science and court desks: ranks, retired officers, disciplines, titled
    # -- subjects, spokesmen for a named body, statements read out on someone's behalf ---
    _case(
        NAMED,
        "The Air Guard said the old jets would be retired.\n\n\"The new fleet will fly by "
        "spring,\" Brig. Gen. Odalys Tregunna-Voss, the program's executive officer, told "
        "reporters.",
        "new fleet will fly",
        "Odalys Tregunna-Voss",
        "named",
        "a US brigadier general's stacked, dotted ranks are stripped",
    ),
    _case(
        NAMED,
        "The frigate docked at dawn.\n\n\"We will not be rushed,\" Rear Adm. Casimir Okereke-Lyle "
        "said.",
        "will not be rushed",
        "Casimir Okereke-Lyle",
        "named",
        "a dotted admiral's rank after Rear is a title",
    ),
    _case(
        NAMED,
        "The battalion returned on Friday.\n\nSgt Maj Feodor Lusk said: \"The lads have "
        "earned a rest.\"",
        "earned a rest",
        "Feodor Lusk",
        "named",
        "Sgt Maj: both ranks are stripped, not a man called Maj",
    ),
    _case(
        NAMED,
        "The exercise ran for a week on the moor.\n\n\"It was freezing every night,\" said "
        "Pte Lowri Canavan.",
        "freezing every night",
        "Lowri Canavan",
        "named",
        "a private's abbreviated rank",
    ),
    _case(
        NAMED,
        "The association has 900 members.\n\n\"We are turning people away,\" said the "
        "association's chair, Colonel (retd) Crispin Tolhurst.",
        "turning people away",
        "Crispin Tolhurst",
        "named",
        "a retired officer's (retd) inside the name is dropped",
    ),
    _case(
        NAMED,
        "Lt Col (retd) Ysolde Carrowby, who chairs the fund, said: \"Every penny goes to "
        "families.\"",
        "Every penny",
        "Ysolde Carrowby",
        "named",
        "(retd) after a stacked rank before the subject",
    ),
    _case(
        NAMED,
        "The battalion returned to Fort Adley on Friday.\n\n“It feels unreal to be back,” "
        "said Sgt 1st Class Darnell Whitby, who served two tours.",
        "unreal to be back",
        "Darnell Whitby",
        "named",
        "a rank's grade ending in Class goes with the rank, not the name",
    ),
    _case(
        NAMED,
        "The patrol base was cleared by noon.\n\n“We had eyes on every road,” said S/Sgt "
        "Kit Trevellick.",
        "eyes on every road",
        "Kit Trevellick",
        "named",
        "a staff sergeant's slash rank after the verb is a rank, not a speaker called S",
    ),
    _case(
        NAMED,
        "“Nobody fired a round without a safety check,” C/Sgt Mabli Drewett said.",
        "without a safety check",
        "Mabli Drewett",
        "named",
        "a colour sergeant's slash rank in the subject after the quote",
    ),
    _case(
        NAMED,
        "The inquiry has taken eleven months.\n\n“We have spoken to more than 300 people,” "
        "T/Det Supt Demelza Polglaze said.",
        "more than 300 people",
        "Demelza Polglaze",
        "named",
        "a temporary rank's letter and slash before a stacked police rank",
    ),
    _case(
        NAMED,
        "“The crew did everything asked of them,” said Flt/Lt Idris Penberthy.",
        "did everything asked",
        "Idris Penberthy",
        "named",
        "two abbreviated ranks joined by a slash",
    ),
    _case(
        NAMED,
        "Rosters were published on Monday.\n\n“We still need drivers,” said Tamsin Carnhell, "
        "who runs B/Line Couriers.",
        "still need drivers",
        "Tamsin Carnhell",
        "named",
        "near miss: a slash before a word that is no rank is left alone",
    ),
    _case(
        NAMED,
        "Det Con Ysella Marrack, of Pentowan Police, said: “The phone was found in a hedge.”",
        "found in a hedge",
        "Ysella Marrack",
        "named",
        "a detective constable's Con after Det is a rank",
    ),
    _case(
        NAMED,
        "The club finished ninth.\n\n“We were poor all season,” said Con Treloar, the club's "
        "manager.",
        "poor all season",
        "Con Treloar",
        "named",
        "near miss: Con at the head of a name is a given name",
    ),
    _case(
        NAMED,
        "The boarding party was led by Petty Officer Bryok Hendra.\n\n“The hold was full "
        "of fuel drums,” PO Hendra said.",
        "full of fuel drums",
        "Bryok Hendra",
        "named",
        "a petty officer's letters before a bare surname find the full name",
    ),
    _case(
        NAMED,
        "CSgt Tobias Quenby said: “The young soldiers carried the day.”",
        "carried the day",
        "Tobias Quenby",
        "named",
        "a colour sergeant's letters written as one word",
    ),
    _case(
        NAMED,
        "Garda Niamh Costigan told Drumcarra District Court: “The accused was asleep in the "
        "driver's seat.”",
        "asleep in the driver's seat",
        "Niamh Costigan",
        "named",
        "an Irish police officer's rank before a full name",
    ),
    _case(
        DESCRIPTION,
        "Garda Ciarán Mulqueen said the van had no tax.\n\n“The tyres were bald,” the garda "
        "added.",
        "tyres were bald",
        "Ciarán Mulqueen",
        "description",
        "the garda is the person given that rank",
    ),
    _case(
        SPOKESPERSON,
        "A Garda spokeswoman said: “Inquiries are continuing.”",
        "Inquiries are continuing",
        "Garda",
        "spokesperson",
        "near miss: the rank alone is the force",
    ),
    _case(
        SPOKESPERSON,
        "The contract was paused in March.\n\nA Defence Training Authority spokeswoman said: "
        "“No decision has been taken on the next phase.”",
        "No decision has been taken",
        "Defence Training Authority",
        "spokesperson",
        "a portfolio's word opening a body's name is part of the name, not a title",
    ),
    _case(
        SPOKESPERSON,
        "Borrowing rose again in May.\n\nA Treasury spokeswoman said: “We will set out our "
        "plans in the autumn.”",
        "plans in the autumn",
        "Treasury",
        "spokesperson",
        "a portfolio that names a body alone ('Treasury') is not stripped as a title",
    ),
    _case(
        SPOKESPERSON,
        "“We expect the review by June,” a Health Standards Authority spokesman said.",
        "review by June",
        "Health Standards Authority",
        "spokesperson",
        "a health body's name keeps its first word",
    ),
    _case(
        NAMED,
        "“The fleet is ageing,” said Transport Minister Rhian Penwithen.",
        "fleet is ageing",
        "Rhian Penwithen",
        "named",
        "near miss: a portfolio's word before an office and a person's name is a title",
    ),
    _case(
        NAMED,
        "Fionnuala Reddan BL, prosecuting, said the car was seen twice.\n\n“It was the "
        "same car,” Ms Reddan said.",
        "same car",
        "Fionnuala Reddan",
        "named",
        "an Irish barrister's BL after the name is not part of it",
    ),
    _case(
        NAMED,
        "“We are delighted,” Drumcarra SC said in a statement.",
        "We are delighted",
        "Drumcarra SC",
        "named",
        "near miss: a club's SC after one word is its name",
    ),
    _case(
        NAMED,
        "The base held an open day.\n\n“It was a long year,” Private First Class Ana "
        "Ruiz said.\n\n“We are proud of them,” said Petty Officer 2nd Class Ivo Dean.",
        "proud of them",
        "Ivo Dean",
        "named",
        "2nd Class, the grade in figures, after a stacked rank",
    ),
    _case(
        NAMED,
        "The base held an open day.\n\n“It was a long year,” Private First Class Ana "
        "Ruiz said.",
        "a long year",
        "Ana Ruiz",
        "named",
        "First Class in words after Private",
    ),
    _case(
        NAMED,
        "The troupe toured schools all winter.\n\n“Children loved it,” Class Act Theatre "
        "said in a statement.",
        "Children loved it",
        "Class Act Theatre",
        "named",
        "near miss: Class opening a body's name stays in it",
    ),
    _case(
        NAMED,
        "Maj Strandvik, a florist in Tarnby, said: \"Trade has never been slower.\"",
        "never been slower",
        "Maj Strandvik",
        "named",
        "near miss: a rank's letters as a given name before a bare surname stay in the "
        "name",
    ),
    _case(
        NAMED,
        "The charity opened a second hostel in March.\n\n\"Nobody who served should sleep "
        "rough,\" said Cpl (rtd) Aurelio Pemworth, who founded it.",
        "sleep rough",
        "Aurelio Pemworth",
        "named",
        "(rtd) between rank and name after the verb",
    ),
    _case(
        DESCRIPTION,
        "Lt Col (Ret.) Ysolde Carrowby chairs the fund.\n\n\"Every penny goes to families,\" "
        "the colonel said.",
        "Every penny",
        "Ysolde Carrowby",
        "description",
        "(Ret.) is no part of the name a later title finds",
    ),
    _case(
        DESCRIPTION,
        "Prof Ottilie Korrigan of Tollbridge University led the survey of the comet.\n\n\"Its "
        "tail is unusually long,\" the astronomer said.",
        "unusually long",
        "Ottilie Korrigan",
        "description",
        "a discipline describes the one academic in view",
    ),
    _case(
        DESCRIPTION,
        "In a statement from the institute, Dr Jethro Osgood said the ice had "
        "thinned.\n\nThe survey ran for six winters.\n\n\"The shelf is breaking up from "
        "beneath,\" the glaciologist said.",
        "breaking up from beneath",
        "Jethro Osgood",
        "description",
        "an -ologist for the one doctor in view",
    ),
    _case(
        DESCRIPTION,
        "Prof Ottilie Korrigan and Dr Emeric Szalai-Doyle compared the two "
        "comets.\n\nThe pair published their results on Monday.\n\n\"Its tail is unusually "
        "long,\" the astronomer said.",
        "unusually long",
        None,
        None,
        "near miss: two academics in view, so the astronomer is neither",
    ),
    _case(
        DESCRIPTION,
        "Farmer Jory Pellowe found the hoard in a field.\n\nThe coins date from the ninth "
        "century.\n\n\"It is a remarkable find,\" the historian said.",
        "remarkable find",
        None,
        None,
        "near miss: a farmer is no historian",
    ),
    _case(
        DESCRIPTION,
        "Orchard growers' leader Tamsin Achterberg said the frost had ruined the blossom. \"We "
        "have lost the whole crop,\" the Wendmoor grower said.",
        "whole crop",
        "Tamsin Achterberg",
        "description",
        "a title before the subject's name still makes her the one the sentence is about",
    ),
    _case(
        DESCRIPTION,
        "After the vote union leader Tamsin Achterberg said the frost had ruined the "
        "blossom. \"We have lost the whole crop,\" the grower said.",
        "whole crop",
        None,
        None,
        "near miss: a fronted clause before the title",
    ),
    _case(
        DESCRIPTION,
        "Orchard growers' leader Tamsin Achterberg met Hal Vennick on Monday. \"We have lost the "
        "whole crop,\" the grower said.",
        "whole crop",
        None,
        None,
        "near miss: the sentence before is about two people",
    ),
    _case(
        PRONOUN,
        "A spokesman for the Pollard Mere Health Trust said wards were full.\n\n\"Our staff are "
        "working flat out,\" he said.",
        "flat out",
        "Pollard Mere Health Trust",
        "pronoun",
        "he after a spokesman for a body named with 'the'",
    ),
    _case(
        PRONOUN,
        "A spokeswoman for the Pollard Mere Health Trust said wards were full.\n\n\"Our staff "
        "are working flat out,\" he said.",
        "flat out",
        None,
        None,
        "near miss: a spokeswoman is no he",
    ),
    _case(
        SPOKESPERSON,
        "Defence firm Marrowgate Systems won the contract, the ministry said.\n\nThe company "
        "will build 40 drones. Shares of Marrowgate Systems rose 6 percent.\n\n\"We are ready,\" "
        "Marrowgate chief executive Delphine Achebe said.\n\nSallowby Aeronautics, which also bid, "
        "said it would study the decision. \"We are disappointed,\" a company spokesman "
        "said.",
        "disappointed",
        "Sallowby Aeronautics",
        "spokesperson",
        "a company spokesman speaks for the company the paragraph is about",
    ),
    _case(
        SPOKESPERSON,
        "Defence firm Marrowgate Systems won the contract, the ministry said.\n\nThe company "
        "will build 40 drones.\n\nTussock Vale Borough Council said it would review the plans. "
        "\"We are disappointed,\" a company spokesman said.",
        "disappointed",
        "Marrowgate Systems",
        "spokesperson",
        "near miss: a council opening the paragraph is no company",
    ),
    _case(
        NAMED,
        "Flt Sgt Orla Brannigan was cleared by the court martial on Friday.\n\nBrannigan's "
        "solicitor, Idris Mabuza, read a statement on her behalf: \"I never stopped "
        "believing the truth would come out.\"",
        "never stopped believing",
        "Orla Brannigan",
        "named",
        "a statement her solicitor read on her behalf is hers, not the solicitor's",
    ),
    _case(
        NAMED,
        "The inquest closed on Tuesday.\n\nOsric Weir, reading a statement on behalf of "
        "Lorcan Drummellan, said: \"My son loved the sea.\"",
        "loved the sea",
        "Lorcan Drummellan",
        "named",
        "reading a statement on behalf of a named person: that person's words",
    ),
    _case(
        NAMED,
        "Orla Brannigan was cleared on Friday.\n\n\"I never stopped believing,\" Brannigan "
        "said in a statement read on her behalf.",
        "never stopped believing",
        "Orla Brannigan",
        "named",
        "near miss: the subject of 'said in a statement read on her behalf' is who it "
        "speaks for",
    ),
    _case(
        NAMED,
        "The inquest closed on Tuesday.\n\nTheir lawyer, Osric Weir, speaking on behalf "
        "of the families, said: \"They want answers.\"",
        "want answers",
        "Osric Weir",
        "named",
        "near miss: speaking on behalf of a group reads nothing out, so the speaker's own "
        "words",
    ),
    _case(
        NAMED,
        "The channel at Porth Vessick reopened on Thursday.\n\nHarbourmaster Ruth Penlee "
        "said: \"We surveyed every metre of it before we let a ship through.\"",
        "surveyed every metre",
        "Ruth Penlee",
        "named",
        "a harbourmaster's trade before the name is a title, not part of the name",
    ),
    _case(
        DESCRIPTION,
        "Coxswain Ives Mardle took the lifeboat out in a force nine.\n\n\"The crew were "
        "magnificent,\" the coxswain said.",
        "crew were magnificent",
        "Ives Mardle",
        "description",
        "the coxswain is the person titled so",
    ),
    _case(
        DESCRIPTION,
        "Astronaut Delphine Ostrova returned from the station in May.\n\n\"I still dream "
        "about the view,\" the astronaut said.",
        "dream about the view",
        "Delphine Ostrova",
        "description",
        "the astronaut is the person titled so",
    ),
    _case(
        DESCRIPTION,
        "Skipper Jory Tallack said the boat went down in minutes. The lifeboat was "
        "alongside soon after.\n\n\"It was as rough as it gets,\" the coxswain said.",
        "rough as it gets",
        None,
        None,
        "near miss: a coxswain nobody was titled is not the skipper in view",
    ),
    _case(
        DESCRIPTION,
        "A Pelvane Atlantic flight from Harrowby to Quenton was diverted on Monday after "
        "crew reported smoke in the cabin.\n\n\"The safety of our customers always comes "
        "first,\" the airline said.",
        "always comes first",
        "Pelvane Atlantic",
        "description",
        "a name before 'flight' is the airline a later 'the airline' stands for",
    ),
    _case(
        DESCRIPTION,
        "An Ostrel Skyways jet skidded off the runway at Brannock on Friday.\n\nNobody was "
        "hurt. \"We are working with the investigators,\" the carrier said.",
        "working with the investigators",
        "Ostrel Skyways",
        "description",
        "a name before 'jet' is the carrier",
    ),
    _case(
        DESCRIPTION,
        "The Kirrow flight was cancelled on Monday. Flights to Kirrow resume on "
        "Friday.\n\n\"We apologise to every passenger,\" the airline said.",
        "apologise to every passenger",
        None,
        None,
        "near miss: a town the article flies to is no airline",
    ),
    _case(
        DESCRIPTION,
        "A Corvane jet operated by a charter firm lost power over the sea.\n\n\"We are "
        "investigating,\" the airline said.",
        "We are investigating",
        None,
        None,
        "near miss: the maker of a jet someone else operates is no airline",
    ),
    # -- fashion, press conferences and television: a house's statement, a transcript's
    # lead-in, a programme left, a club's short name -----------------------------------
    _case(
        STATEMENT,
        "Atelier Dervaux has parted ways with its artistic director, Bastien Orlemont, after "
        "six seasons.\n\nThe Danish house announced his exit in a statement on Friday, "
        "a day after trade paper Mode Hebdo reported the split.\n\n“We thank Bastien for his "
        "vision and wish him every success,” the statement read.",
        "We thank Bastien",
        "Atelier Dervaux",
        "statement",
        "'Atelier' opens a house's name, and 'the Danish house' is that house, not the designer",
    ),
    _case(
        STATEMENT,
        "Tessaro, the Florentine leather label, has closed its flagship store after a row with "
        "its landlord, Quill Estates.\n\nThe Italian label announced the closure in a statement "
        "on Monday.\n\n“This was not the ending we wanted,” the statement read.",
        "not the ending",
        "Tessaro",
        "statement",
        "a nationality before a body noun describes the body: the label's statement",
    ),
    _case(
        STATEMENT,
        "Fashion brand Kelvane has apologised for an advert that mocked food banks, after "
        "department store Pellow & Mabey dropped its range.\n\nThe advert ran on the label's "
        "channels on Thursday.\n\nBy Saturday the brand had withdrawn it.\n\n“We got this "
        "badly wrong,” the statement read. “We are sorry.”",
        "got this badly wrong",
        "Kelvane",
        "statement",
        "a dated opening ('By Saturday') leaves the brand as its sentence's subject",
    ),
    _case(
        PRONOUN,
        "Auctioneer Mara Quint handled the sale of Ridley Hall in Bath.\n\nThe Georgian "
        "house sold for £2.4m on Friday.\n\n“It was a bidding war,” she said.",
        "bidding war",
        "Mara Quint",
        "pronoun",
        "near miss: 'the Georgian house' is a building here, and she is still the agent",
    ),
    _case(
        NONE,
        _TRANSCRIPT,
        "We will know on Friday",
        "Greta Vollmer",
        "introduction",
        "a transcript's lead-in ('Here is what she told reporters:') gives the answers to her",
    ),
    _case(
        NONE,
        _TRANSCRIPT,
        "Of course it is a blow",
        "Greta Vollmer",
        "continuation",
        "a later answer of a transcript carries on the first answer's speaker",
    ),
    _case(
        NONE,
        "Kelby Town's head coach, Owen Marsh, spoke for twenty minutes at the club's training "
        "ground.\n\nHe was asked about the sale of his striker:\n\nDid you agree to it?\n\n"
        "“Nobody asked me. I read it on my phone.”",
        "Nobody asked me",
        "Owen Marsh",
        "introduction",
        "'He was asked about …:' hands over to a transcript as 'Here's what he had to say:' does",
    ),
    _case(
        NONE,
        "Kelby Town's head coach, Owen Marsh, spoke for twenty minutes at the club's training "
        "ground.\n\nHere is what the coach told reporters:\n\nDid you agree to the sale?\n\n"
        "“Nobody asked me. I read it on my phone.”",
        "Nobody asked me",
        "Owen Marsh",
        "introduction",
        "a lead-in with a description ('Here is what the coach told reporters:') is its holder",
    ),
    _case(
        NONE,
        "Kelby Town's head coach, Owen Marsh, and his captain, Jon Pyle, spoke at the club's "
        "training ground.\n\nHere is what they said:\n\nDid you agree to the sale?\n\n"
        "“Nobody asked us. We read it on our phones.”",
        "Nobody asked us",
        None,
        None,
        "near miss: a lead-in for two people gives the answers to neither",
    ),
    _case(
        PRONOUN,
        "Nadia Tremlow is leaving Brekkie Hour after nine years, the broadcaster has "
        "confirmed.\n\nThe presenter, 47, broke the news on air "
        "on Friday.\n\n“It has been a joy,” she said.",
        "It has been a joy",
        "Nadia Tremlow",
        "pronoun",
        "a programme one is leaving is no person, so she is the presenter",
    ),
    _case(
        DESCRIPTION,
        "Mo Quantock started out washing dishes in Harlby.\n\nSince 2020 he has been hosting "
        "Pan Fried Live, watched by a million viewers.\n\n“I still cook at home every single "
        "night,” the presenter said.",
        "cook at home",
        "Mo Quantock",
        "description",
        "a programme after a host's verb ('hosting Pan Fried Live') is no person",
    ),
    _case(
        PRONOUN,
        "The mayor presents Ana Ruiz with the freedom of the town on Friday.\n\n“It is the "
        "proudest day of my life,” she said.",
        "proudest day",
        "Ana Ruiz",
        "pronoun",
        "near miss: 'presents Ana Ruiz with' a prize presents a person, not a programme",
    ),
    _case(
        PRONOUN,
        "Hugh Penhallow quits Skillet Nights after a row over pay\n\nHugh Penhallow has quit "
        "as the host of Skillet Nights.\n\nThe chef, 58, told friends he was tired.\n\n“I "
        "have cooked my last omelette on telly,” he said.",
        "last omelette",
        "Hugh Penhallow",
        "pronoun",
        "the show after 'quits' and 'the host of' is a programme, not a man",
    ),
    _case(
        NAMED,
        "United have had a terrible week. Their coach quit on Friday, leaving Ana Ruiz in "
        "charge for Saturday's game.\n\n“We go again,” Ruiz said.",
        "We go again",
        "Ana Ruiz",
        "named",
        "near miss: a person left in charge is still a person when she speaks",
    ),
    _case(
        SPOKESPERSON,
        "Supporters of Harlow United will protest on Saturday. The United Supporters' Trust "
        "said the rise was unfair.\n\nThe club defended the move. A United spokesman said: "
        "“Our prices are still fair.”",
        "still fair",
        "Harlow United",
        "spokesperson",
        "a club's short name is the club, not the longer body it opens as a modifier",
    ),
    _case(
        SPOKESPERSON,
        "Supporters of Harlow United will protest on Saturday. The United Supporters' Trust "
        "said the rise was unfair.\n\nA spokesman for the United Supporters' Trust said: “We "
        "will be outside the ground.”",
        "outside the ground",
        "United Supporters' Trust",
        "spokesperson",
        "near miss: a spokesman for the trust named in full speaks for the trust",
    ),
    _case(
        PRONOUN,
        "Ferry services to resume next week\n\nPULAU SENTANG: Ferry services to the island "
        "will resume next week, says Rosli Kamarudin.\n\nThe Transport Minister said the "
        "new jetty had passed its safety checks.\n\n“We have waited long enough,” "
        "he told reporters after visiting the jetty here yesterday.",
        "waited long enough",
        "Rosli Kamarudin",
        "pronoun",
        "a dateline ending in a colon ('PULAU SENTANG:') is a place, never the person 'he' is",
    ),
    _case(
        PRONOUN,
        "Court adjourns bail hearing\n\nMARDAN KHAS (Wire Service): Lawyer Faisal Marwatek "
        "said his client would appeal.\n\n“The order will not stand,” he said.",
        "will not stand",
        "Faisal Marwatek",
        "pronoun",
        "a colon dateline with its agency in brackets is no speaker either",
    ),
    _case(
        NAMED,
        "Transcript of the hearing\n\nThe panel met on Tuesday. Senator Oona Threlkeld put "
        "questions to the witness.\n\nThe exchange went as follows.\n\nThe witness was "
        "calm.\n\nHe read a statement first.\n\nThen came the questions, one after "
        "another, for most of the afternoon, with short breaks between them for the panel "
        "to confer.\n\nTHRELKELD: Were you told about the leak?\n\n“I was told on the Friday,” "
        "Pellander said.",
        "told on the Friday",
        "Pellander",
        "named",
        "capitals and a colon far down the article are a transcript's label, not a dateline",
    ),
    _case(
        NAMED,
        "Bridge repairs delayed\n\nThe contractor missed its deadline.\n\n“We will finish "
        "the deck by May,” said Engr. Dario Villamor, the district engineer.",
        "finish the deck",
        "Dario Villamor",
        "named",
        "'Engr.' is a Philippine paper's title before a name, not the speaker's name",
    ),
    _case(
        DESCRIPTION,
        "Relief goods ready\n\nThe agency has packed 90,000 food packs.\n\n“All of them "
        "leave tonight,” Usec. Liza Manubay said in a briefing.\n\n“No town will be left "
        "out,” the undersecretary said.",
        "No town will be left",
        "Liza Manubay",
        "description",
        "'Usec.' is an undersecretary's title, and the role 'the undersecretary' finds her",
    ),
    _case(
        PRONOUN,
        "Traders call strike\n\nTalking to reporters, Federal Minister for Commerce Adil "
        "Zarrar Baig said the talks had failed.\n\n“We cannot exempt a whole sector,” he "
        "said.",
        "exempt a whole sector",
        "Adil Zarrar Baig",
        "pronoun",
        "'Federal Minister' before 'for' and a portfolio is an office, not a person called so",
    ),
    _case(
        NAMED,
        "Clinic hours cut\n\nThe clinic will close at noon.\n\n“We have no choice,” said "
        "Provincial Minister for Health Sadia Noorani.",
        "We have no choice",
        None,
        None,
        "an office with a tier before its portfolio is no speaker's name: None, not a title",
    ),
    _case(
        DESCRIPTION,
        "Pay talks collapse\n\nTalks at the Tarnby Arbitration Council broke down on "
        "Friday.\n\n“We remain ready to help both sides,” the council said.",
        "ready to help both sides",
        "Tarnby Arbitration Council",
        "description",
        "'the X Council broke down': an irregular past tense after a body's name is its verb",
    ),
    _case(
        NAMED,
        "Minister rejects pay claim\n\nNurses walked out on Monday.\n\nThe health minister, "
        "Corin Waddell, has called the guild's demands “simply out of reach this year”.",
        "simply out of reach",
        "Corin Waddell",
        "named",
        "'the guild's demands': a cue's form after a possessive is a noun; 'called' is the verb",
    ),
    _case(
        NAMED,
        "Rent row\n\nTenants met on Friday.\n\nShe's said the rise was “far too steep for "
        "pensioners”, Perpetua Lask told the meeting.",
        "far too steep",
        "Perpetua Lask",
        "named",
        "'she's said' is a verb after a contraction, not a possessive's noun",
    ),
    _case(
        DESCRIPTION,
        "Storm shuts ports\n\nThe storm reached the coast on Monday.\n\nBukidnon Norte Gov. "
        "Celso Abrigo said four towns were flooded.\n\n“We could not wait any longer,” the "
        "governor said.",
        "could not wait any longer",
        "Celso Abrigo",
        "description",
        "a place before an abbreviated title ('… Gov. Celso Abrigo') keeps the title's role",
    ),
    _case(
        DESCRIPTION,
        "Storm shuts ports\n\nThe storm reached the coast on Monday.\n\nGov. Celso “Sonny” "
        "Abrigo said four towns were flooded.\n\n“We could not wait any longer,” the "
        "governor said.",
        "could not wait any longer",
        "Celso Abrigo",
        "description",
        "a nickname between a titled given name and the surname joins one governor",
    ),
    _case(
        DESCRIPTION,
        "Bench orders report\n\nA bench headed by Chief Justice Omar Haqqani and comprising "
        "Justice Sara Lodhran and Justice Bilal Qamarzai heard the petitions.\n\nDuring "
        "the hearing, the chief justice remarked: “How can the state stay silent?”",
        "state stay silent",
        "Omar Haqqani",
        "description",
        "'the chief justice' is the one titled Chief Justice, not a justice named after him",
    ),
    _case(
        DESCRIPTION,
        "Bench orders report\n\nA bench of Justice Sara Lodhran and Justice Bilal Qamarzai "
        "heard the petitions.\n\nDuring the hearing, the chief justice remarked: “How can "
        "the state stay silent?”",
        "state stay silent",
        None,
        None,
        "with no chief justice named, 'the chief justice' is none of the justices named",
    ),
    _case(
        DESCRIPTION,
        "Camp visit\n\nChief Minister Aziz Karimullah visited the camp with Health Minister "
        "Noor Banoori.\n\n“We will rebuild every home,” the chief minister said.",
        "rebuild every home",
        "Aziz Karimullah",
        "description",
        "'the chief minister' is the one titled so, not the last minister named",
    ),
    _case(
        DESCRIPTION,
        "Brisvane pauses Kessick project\n\nBrisvane Minerals has become the latest casualty of "
        "the price slump, announcing on Monday it would pause the Kessick project.\n\nIn a "
        "statement to the stock exchange, the company said the decision was “hard but "
        "necessary for the balance sheet”.",
        "hard but necessary",
        "Brisvane Minerals",
        "description",
        "a name ending in a resources trade ('Minerals') is a company, which 'the company' finds",
    ),
    _case(
        DESCRIPTION,
        "Pay cuts\n\nAna Pell, head of Human Resources at Kelby Foods, met staff on "
        "Monday.\n\n“We will support everyone,” the company said.",
        "support everyone",
        "Kelby Foods",
        "description",
        "near miss: a department called Human Resources is not the company",
    ),
    _case(
        NAMED,
        "Food bank appeal\n\nShelves are empty before winter.\n\n“We need volunteers "
        "now,” said Mara Secretary of the Wexley Food Bank.",
        "We need volunteers",
        "Mara Secretary",
        "named",
        "a name before an office word and 'of' stays a name: only a tier ('Federal') makes "
        "the run a title",
    ),
    # --- civil suits: the parties and their filings ---
    _case(
        DESCRIPTION,
        "Marlwood Appliances Inc. has asked a federal judge to dismiss a lawsuit accusing the "
        "company of selling faulty dryers.\n\nIn a motion filed Monday, the defendants said "
        "the buyers “never registered a single complaint.”",
        "never registered a single complaint",
        "Marlwood Appliances Inc",
        "description",
        "'the defendants' in a civil suit is the one that asked a judge to dismiss it",
    ),
    _case(
        DESCRIPTION,
        "Retired teacher Gwenllian Hosk sued Dapplegate Bank in March over overdraft fees.\n\n"
        "“I just want my money back,” the plaintiff said.",
        "I just want my money back",
        "Gwenllian Hosk",
        "description",
        "'the plaintiff' is the one the article says sued",
    ),
    _case(
        DESCRIPTION,
        "Ferris Obi sued Tollbridge Haulage and Quarry Lane Freight in May after a crash.\n\n"
        "“The claims are baseless,” the defendants said.",
        "The claims are baseless",
        None,
        None,
        "two parties sued: 'the defendants' is neither alone",
    ),
    _case(
        DESCRIPTION,
        "Glasswick Foods sued over peanut labels\n\nA mother has sued Glasswick Foods over a "
        "cereal bar her son ate.\n\n“We want answers,” the plaintiff said.",
        "We want answers",
        None,
        None,
        "a headline's passive 'X sued over' makes X the defendant, never the plaintiff",
    ),
    _case(
        STATEMENT,
        "A borrower has sued Fenmoor Lending.\n\nThe lawsuit, filed in the Dorrance County "
        "Superior Court by Beatrix Ollerenshaw, says the lender “hid the fees in the small "
        "print.”",
        "hid the fees in the small print",
        "Beatrix Ollerenshaw",
        "statement",
        "a suit 'filed in a court by' someone is theirs, the court's name between",
    ),
    _case(
        STATEMENT,
        "Ansel Vasko has sued Trevallon Markets over a fall in its Kiln Road store.\n\n"
        "The suit says staff “ignored the spill for an hour.”",
        "ignored the spill for an hour",
        "Ansel Vasko",
        "statement",
        "'the suit says' is its plaintiff's",
    ),
    _case(
        STATEMENT,
        "A shopper has sued Trevallon Markets over a fall in its Kiln Road store.\n\n"
        "The lawsuit says staff “ignored the spill for an hour.”",
        "ignored the spill for an hour",
        None,
        None,
        "a suit whose plaintiff is unnamed is never the words of the company it is against",
    ),
    _case(
        STATEMENT,
        "Pemberly Outfitters has been sued by two former managers.\n\nIn court filings, "
        "Pemberly Outfitters argued the clause was valid. “The terms were plain,” the "
        "company’s brief said.",
        "The terms were plain",
        "Pemberly Outfitters",
        "statement",
        "a brief is a filing: 'the company's brief' is the company's",
    ),
    _case(
        STATEMENT,
        "Quillfeather Software has asked a judge to toss a suit over its renewal emails.\n\n"
        "In a motion filed Friday, Quillfeather Software said the emails were clear.\n\n"
        "“Every renewal was disclosed twice,” the motion says.",
        "Every renewal was disclosed twice",
        "Quillfeather Software",
        "statement",
        "a motion is a filing: its issuer is who filed it",
    ),
    # --- reports, letters and the bodies behind them ---
    _case(
        STATEMENT,
        "Brambles Cafe handed low hygiene score\n\nBrambles Cafe on Mill Lane was inspected by "
        "officers from Calderbrook Borough Council in May.\n\nThe inspection report, seen by "
        "the Calderbrook Gazette, says: “Staff did not wash their hands between tasks.”",
        "Staff did not wash their hands",
        "Calderbrook Borough Council",
        "statement",
        "a report is the work of the body whose officers inspected, not the cafe inspected",
    ),
    _case(
        STATEMENT,
        "Hetty Strathdene runs Fennel & Thyme on Quay Street. She was told last week her "
        "licence would lapse.\n\nA letter from the council’s licensing team said the tables "
        "“blocked the footway.”",
        "blocked the footway",
        None,
        None,
        "a letter from a council's team, no council named: nobody, not the shop it wrote to",
    ),
    _case(
        STATEMENT,
        "Hetty Strathdene runs Fennel & Thyme on Quay Street. Orlescombe District Council "
        "told her last week her licence would lapse.\n\nA letter from the council’s "
        "licensing team said the tables “blocked the footway.”",
        "blocked the footway",
        "Orlescombe District Council",
        "statement",
        "a letter from a council's team is the council's when the article names it",
    ),
    _case(
        DESCRIPTION,
        "Hetty Strathdene runs Fennel & Thyme on Quay Street.\n\n“The tables block the "
        "footway,” the council said.",
        "The tables block the footway",
        None,
        None,
        "'the council' is a body named council, never the salient shop",
    ),
    _case(
        STATEMENT,
        "Dozens fell ill aboard the Serin Tide, officials said.\n\nThe bureau’s report said "
        "the crew “did not wash their hands.”",
        "did not wash their hands",
        None,
        None,
        "a bureau's report with no bureau named is nobody's, not the ship's",
    ),
    # --- names and descriptions ---
    _case(
        DESCRIPTION,
        "At Quillon, a Singer Stakes the Farm on Vinyl\n\nTen years ago, Ines Harrowgate "
        "was busking outside a station.\n\n“Vinyl is a gamble every time,” Ms. Harrowgate "
        "said.\n\nThe singer, 41, opened her label in 2019.\n\n“I lose money on every "
        "pressing,” the singer said.",
        "I lose money on every pressing",
        "Ines Harrowgate",
        "description",
        "a Title Case headline's 'Singer Stakes' is no name: the singer is the one in the story",
    ),
    _case(
        DESCRIPTION,
        "Presenter Dara Quillfeather quits Daybreak Mug\n\nPresenter Dara Quillfeather has quit "
        "Daybreak Mug after nine years.\n\nThe 51-year-old said on Instagram: “It is time for "
        "something new.”\n\n“I will miss the crew,” the telly favourite added.",
        "I will miss the crew",
        "Dara Quillfeather",
        "description",
        "a tabloid's epithet ('the telly favourite') is the star in view",
    ),
    _case(
        DESCRIPTION,
        "Reality star Jodie Carraway has opened up about her split from footballer Dean "
        "Spiers.\n\n“I cried for a week, then I booked a holiday,” the blonde bombshell "
        "revealed.",
        "booked a holiday",
        "Jodie Carraway",
        "description",
        "a tabloid's epithet for looks ('the blonde bombshell') is the star in view",
    ),
    _case(
        DESCRIPTION,
        "TV favourite Nadia Fell wowed at the Glint Awards on Saturday night.\n\n“I borrowed "
        "the dress from my sister,” the stunner told us on the red carpet.",
        "borrowed the dress",
        "Nadia Fell",
        "description",
        "'the stunner' is the star the story is about",
    ),
    _case(
        DESCRIPTION,
        "The plan has one great advantage.\n\n“Nobody has to move house,” the beauty of it, "
        "as one planner put it.",
        "Nobody has to move house",
        None,
        None,
        "near miss: 'the beauty of it' is a plan's merit, not a speaker",
    ),
    _case(
        DESCRIPTION,
        "Brightwake Isles Cruises said on Friday 96 passengers fell ill aboard the Serin Tide."
        "\n\nBrightwake Isles disputed the finding. “Our crews are trained daily,” the company "
        "said.",
        "Our crews are trained daily",
        "Brightwake Isles Cruises",
        "description",
        "a firm's name without its kind word ('Brightwake Isles') is the firm",
    ),
    _case(
        DESCRIPTION,
        "Emrys and Carys Pendle say their flat in Wexcombe has been damp for two years.\n\n"
        "“The mould came back every winter,” Carys Pendle said.\n\n“We’re not asking for "
        "much,” her husband said.",
        "not asking for much",
        "Emrys Pendle",
        "description",
        "a couple named as a pair: her husband is the other of the pair",
    ),
    _case(
        DESCRIPTION,
        "Emrys and Carys Pendle say their flat has been damp.\n\nTheir neighbour Iolo Brace "
        "agreed.\n\n“It is a disgrace,” Iolo Brace said. “We’re not asking for much,” his "
        "wife said.",
        "not asking for much",
        None,
        None,
        "a pair that does not hold the owner says nothing of his wife",
    ),
    _case(
        STATEMENT,
        "Harrowlight Games has released patch 3.1 for Emberhold.\n\n“The Gravel Cannon was "
        "far too strong at range,” the patch notes read.",
        "far too strong at range",
        "Harrowlight Games",
        "statement",
        "'notes' before a document's verb is a noun: the patch notes are the studio's",
    ),
    _case(
        STATEMENT,
        "Harrowlight Games has released patch 3.1 for Emberhold. The patch notes read: “The "
        "Gravel Cannon was far too strong at range.”",
        "far too strong at range",
        "Harrowlight Games",
        "statement",
        "patch notes before the quote are a document like a statement",
    ),
    _case(
        NAMED,
        "Harrowlight Games has released patch 3.1.\n\n“The Gravel Cannon was far too strong,” "
        "Tamsin Okafor notes.",
        "far too strong",
        "Tamsin Okafor",
        "named",
        "'notes' ending a clause stays the verb of the one named",
    ),
    # The families of a reading of central-bank, racing and animal-welfare copy: documents
    # by their authors and panels, owned and titled descriptions, a cited source.
    _case(
        STATEMENT,
        "Harbour Baths Trust was told to close its pool on Monday.\n\nThe review, by "
        "independent assessor Dr Mira Kestle, stated: “The filtration plant is beyond "
        "repair.”",
        "filtration plant",
        "Mira Kestle",
        "statement",
        "a document 'by' a named author in an appositive is the author's, not its subject's",
    ),
    _case(
        STATEMENT,
        "Kelby Council paid for a study of the marsh.\n\nThe study, by ecologist Ivo "
        "Threadgill, said: “The marsh holds four rare orchids.”",
        "rare orchids",
        "Ivo Threadgill",
        "statement",
        "a study 'by' a named scientist in an appositive is the scientist's",
    ),
    _case(
        STATEMENT,
        "Kelby Council published its report on the ferry.\n\nThe report, by then three "
        "months late, stated: “The ferry must be replaced.”",
        "ferry must be",
        "Kelby Council",
        "statement",
        "'by then' names no author: the report stays the body's that published it",
    ),
    _case(
        STATEMENT,
        "Quillbrook Dog Rescue posted on Instagram on Friday. Its post read: “Lost for "
        "words tonight.”",
        "Lost for words",
        "Quillbrook Dog Rescue",
        "statement",
        "'Rescue' ends a charity's name, so 'its post' is the rescue's, not no one's",
    ),
    _case(
        STATEMENT,
        "Lathmore Donkey Sanctuary announced the birth on Facebook. Its post read: “Meet "
        "Clover, born at dawn.”",
        "Meet Clover",
        "Lathmore Donkey Sanctuary",
        "statement",
        "'Sanctuary' ends a charity's name, so 'its post' is the sanctuary's",
    ),
    _case(
        STATEMENT,
        "Tollworth Zoo posted on Facebook. Its post read: “Our oldest penguin has died.”",
        "oldest penguin",
        "Tollworth Zoo",
        "statement",
        "'Zoo' ends a place's name, never a person's, so 'its post' is the zoo's",
    ),
    _case(
        STATEMENT,
        "A crash brought down Joss Ollard with 20km to go. His Vantaro-Wrenn team said "
        "in a statement: “Joss has a broken wrist.”",
        "broken wrist",
        "Vantaro-Wrenn",
        "description",
        "an owned role noun with a name inside ('His X team') is the named team, not its owner",
    ),
    _case(
        STATEMENT,
        "Uma Sturridge was sent off in the first half. Her Kelby Rovers club said in a "
        "statement: “We will appeal.”",
        "We will appeal",
        "Kelby Rovers",
        "description",
        "'Her Kelby Rovers club said' is the club named inside the phrase",
    ),
    _case(
        STATEMENT,
        "A crash brought down Joss Ollard with 20km to go. His team said in a statement: "
        "“Joss has a broken wrist.”",
        "broken wrist",
        None,
        None,
        "'His team' with no name inside stays unresolved: the rider is not his own team",
    ),
    _case(
        STATEMENT,
        "Stewards at Kelmarsh banned Tia Carbury for six days on Friday.\n\nThe stewards' "
        "report said: “The rider hit the mare eleven times.”",
        "eleven times",
        "Kelmarsh stewards",
        "statement",
        "the stewards' report is the panel's, named for where it sat, not the rider it punished",
    ),
    _case(
        STATEMENT,
        "The Arvel commissaires disqualified Ben Azikwe after the sprint.\n\nThe "
        "commissaires’ decision read: “The rider deviated from his line.”",
        "deviated from",
        "Arvel commissaires",
        "statement",
        "the commissaires' decision is the panel's, named for the race",
    ),
    _case(
        STATEMENT,
        "Tia Carbury was banned for six days on Friday.\n\nThe stewards' report said: “The "
        "rider hit the mare eleven times.”",
        "eleven times",
        None,
        None,
        "a panel the article never placed has no name: None, never the rider it punished",
    ),
    _case(
        STATEMENT,
        "Stewards at Kelmarsh spoke to trainer Ana Quarrendon after the race.\n\nThe "
        "trainer's report read: “The horse was lame.”",
        "horse was lame",
        "Ana Quarrendon",
        "statement",
        "a singular owner's report ('the trainer's report') is not a panel's",
    ),
    _case(
        DESCRIPTION,
        "Finance minister Hew Venables presented his plan on Tuesday.\n\nA spokesman for "
        "the Kelby Traders' Guild said: “The plan is sensible.”\n\nAsked whether he "
        "would raise fuel duty, the 58-year-old said: “Not this year.”",
        "Not this year",
        "Hew Venables",
        "description",
        "an age is a person's: 'the 58-year-old' is not the body a spokesman spoke for",
    ),
    _case(
        DESCRIPTION,
        "Finance minister Hew Venables presented his plan on Tuesday.\n\nIvo Saltonstall, "
        "58, of the Kelby Traders' Guild, said: “The plan is sensible.”\n\nAsked whether "
        "he would hire more staff, the 58-year-old said: “Not this year.”",
        "Not this year",
        "Ivo Saltonstall",
        "description",
        "a person given that age is still the one 'the 58-year-old' names",
    ),
    _case(
        DESCRIPTION,
        "The Savings Standards Board has fined Cranmere Building Society £3m.\n\nThe "
        "regulator found the society had overcharged 9,000 savers.\n\n“Every saver "
        "deserves fair treatment,” the regulator said.",
        "fair treatment",
        "Savings Standards Board",
        "description",
        "'the regulator' is a body named as one that regulates (a board), not the firm it fined",
    ),
    _case(
        DESCRIPTION,
        "The Gaming Inspectorate fined Lucky Harbour Ltd £2m on Monday.\n\n“Operators must "
        "protect customers,” the watchdog said.",
        "protect customers",
        "Gaming Inspectorate",
        "description",
        "an inspectorate is a regulator's name: 'the watchdog' finds it",
    ),
    _case(
        DESCRIPTION,
        "Cranmere Building Society was fined £3m on Tuesday for overcharging "
        "savers.\n\n“Every saver deserves fair treatment,” the regulator said.",
        "fair treatment",
        None,
        None,
        "with no regulator named, 'the regulator' is nobody, never the building society it fined",
    ),
    _case(
        DESCRIPTION,
        "Copper Wren won the Kelmarsh Chase for trainer Ana Quarrendon. Stormcrest finished "
        "third under Ciaran Roe.\n\n“No excuses,” the jockey said.",
        "No excuses",
        "Ciaran Roe",
        "description",
        "racing's 'under X' names the jockey",
    ),
    _case(
        DESCRIPTION,
        "Copper Wren won the Kelmarsh Chase for trainer Ana Quarrendon, with Stormcrest, "
        "ridden by Ciaran Roe, second.\n\n“No excuses,” the jockey said.",
        "No excuses",
        "Ciaran Roe",
        "description",
        "'ridden by X' names the jockey, not the horse or the trainer",
    ),
    _case(
        DESCRIPTION,
        "Copper Wren won the Kelmarsh Chase for trainer Ana Quarrendon. Stormcrest finished "
        "third under Ciaran Roe.\n\n“He loves this ground,” the trainer said.",
        "loves this ground",
        "Ana Quarrendon",
        "description",
        "'the trainer' is still the trainer titled, not the jockey named after 'under'",
    ),
    _case(
        DESCRIPTION,
        "Tom Pendleford will retire at the end of the season.\n\nFour-time champion jockey "
        "Rhoswen Mallaby, who won her first race for him, paid tribute:\n\nThe boss. "
        "Taught me everything. Go well, boss.\n\n— Rhoswen Mallaby (@rhoswenmallaby) "
        "March 3, 2026\n\nLater, the four-time champion added: “Nobody in the weighing "
        "room will forget him.”",
        "weighing room",
        "Rhoswen Mallaby",
        "description",
        "a title before a name ('Four-time champion jockey X') describes that person later",
    ),
    _case(
        DESCRIPTION,
        "Former world champion sprinter Ivo Tandy watched from the stand as Dan Orr "
        "won.\n\nAsked about the race, the former world champion said: “That was the "
        "fastest start I have seen.”",
        "fastest start",
        "Ivo Tandy",
        "description",
        "'the former world champion' is the person the title stood before",
    ),
    _case(
        PRONOUN,
        "Keeper Nina Ferrabee, who fed the sea lion for ten years, said: “She was family "
        "to us.”\n\nThe 12-year-old had been ill since May, according to the aquarium's "
        "vet, Dr Anselm Pellinger.\n\n“Old age is hard on sea lions,” he said.",
        "Old age is hard",
        "Anselm Pellinger",
        "pronoun",
        "'he said' after 'according to ... Dr X' is the source cited, not the keeper before",
    ),
    _case(
        NAMED,
        "Kelvale rally\n\nIn-car footage from the last stage captured Tam Gethryn reading "
        "the route card: “Square right, then flat over the bridge.”",
        "Square right",
        "Tam Gethryn",
        "named",
        "a recording that 'captured X reading' the notes gives X as the speaker",
    ),
    _case(
        NAMED,
        "Kelvale rally\n\nFans were seen reading the programme: “Hello, Kelvale.”",
        "Hello, Kelvale",
        None,
        None,
        "fans 'seen reading' a programme: the programme's words, no speaker",
    ),
    _case(
        NAMED,
        "Protest at pylon route\n\nStop the Pylons, a residents' group, said the route "
        "should move. “Nobody asked us,” said Stop the Pylons.",
        "Nobody asked us",
        "Stop the Pylons",
        "named",
        "'Stop the Pylons' is one campaign name, not 'Pylons'",
    ),
    _case(
        NAMED,
        "Save the Otters, a campaign group, welcomed the ruling. “This is a good day,” "
        "said Save the Otters.",
        "good day",
        "Save the Otters",
        "named",
        "'Save the Otters' is one campaign name, not 'Otters'",
    ),
    _case(
        STATEMENT,
        "Rates held at 4%\n\nIvo Crandell, deputy governor of the Ravenmoor Reserve Bank, "
        "said on Friday that inflation was “stickier than we expected”.\n\n“Wage deals are "
        "still running hot,” Crandell told a farming conference.\n\nHe said rate-setters would "
        "“wait for more evidence”.\n\nMinutes released a week later showed two members had "
        "wanted a cut.\n\n“A minority judged the outlook weaker,” the minutes said.",
        "outlook weaker",
        "Ravenmoor Reserve Bank",
        "statement",
        "the minutes of a meeting are the body's that met, never the official quoted last",
    ),
    # -- politics pages and live blogs: offices with a remit, party rivals, blogs read
    # newest first, spokespeople reported with an auxiliary ----------------------------
    _case(
        DESCRIPTION,
        "On the steps of the legislature, the crossbench senator for the Ardvane Islands, "
        "Ysolde Carnaby, who chairs the finance committee, said she would abstain. Her "
        "colleague Joss Trelawney-Fry backed the bill.\n\n“I have not seen the costings,” "
        "the senator told reporters.",
        "I have not seen the costings",
        "Ysolde Carnaby",
        "description",
        "an office with its remit before the appositive name, after a fronted phrase",
    ),
    _case(
        DESCRIPTION,
        "But the shadow secretary of state for transport and local roads, Devi "
        "Okonedo-Hart, said the plan was unfunded. Transport minister Alun Preece defended "
        "it.\n\n“Not one new bus will run on these promises,” the shadow secretary said.",
        "Not one new bus",
        "Devi Okonedo-Hart",
        "description",
        "the shadow office is written in the remit before the comma, not before the name",
    ),
    _case(
        DESCRIPTION,
        "Rural affairs minister Nia Bellchamber met farmers on Monday. After talks with the "
        "minister for rural affairs, Colm Tavistock said farmers would keep protesting."
        "\n\n“We have made a fair offer,” the minister said.",
        "We have made a fair offer",
        "Nia Bellchamber",
        "description",
        "near miss: an office after a verb's preposition is whom the name met, not theirs",
    ),
    _case(
        DESCRIPTION,
        "His Common Ground opponent, Piet Vanstone, hit back on Tuesday.\n\n“The voters "
        "deserve better than this,” the 58-year-old said.",
        "The voters deserve better",
        "Piet Vanstone",
        "description",
        "a party's name between a possessive and 'opponent' is no person",
    ),
    _case(
        PRONOUN,
        "Budget live: Maddow-Lusk freezes fuel duty\n\n14.40 GMT\nUnions react\n\nThe "
        "mayor of Penbury, Ria Gallimore, has called the plans timid.\n\n14.31 GMT\nFuel "
        "duty frozen\n\nMaddow-Lusk confirms duty will be frozen for a further year.\n\n"
        "“Drivers asked us for a break this year and we listened,” he says.\n\n14.12 GMT\n"
        "Statement begins\n\nThe chancellor, Edwin Maddow-Lusk, is on his feet.",
        "Drivers asked us",
        "Edwin Maddow-Lusk",
        "pronoun",
        "a live blog newest first: the surname above the entry naming him in full is that person",
    ),
    _case(
        PRONOUN,
        "Budget live\n\n14.40 GMT\n\nThe mayor of Penbury, Ria Gallimore, has called the "
        "plans timid.\n\n14.31 GMT\n\nMaddow-Lusk confirms duty will be frozen.\n\n"
        "“Drivers asked us for a break,” she says.\n\n14.12 GMT\n\nEdwin Maddow-Lusk and "
        "his sister Jane Maddow-Lusk are on their feet.",
        "Drivers asked us",
        None,
        None,
        "near miss: a surname two people named later share stays nobody's, and a live blog's "
        "pronoun takes no one from another entry",
    ),
    _case(
        SPOKESPERSON,
        "The Dunmarsh Rates Office published its annual figures on Monday.\n\nA Corravan "
        "spokeswoman has since told this paper that the ferry subsidy will end in April."
        "\n\n“The subsidy was always meant to be temporary,” the spokeswoman said.",
        "always meant to be temporary",
        "Corravan",
        "spokesperson",
        "the spokeswoman reported with an auxiliary and an adverb before her verb",
    ),
    _case(
        DESCRIPTION,
        "A council candidate has apologised after a video of her doorstep remarks spread "
        "online.\n\nNadia Quarmby-Bates, 29, is standing in Elmridge North for the Hestley "
        "Independents.\n\nThe footage, filmed by a resident, shows the 29-year-old closing a "
        "gate and telling a canvasser: “Skip this street, they never vote.”",
        "Skip this street",
        "Nadia Quarmby-Bates",
        "description",
        "a recording shows someone doing something and saying: the one it shows speaks",
    ),
    _case(
        NAMED,
        "Protesters gathered outside the town hall on Sunday.\n\nFootage shared online "
        "showed councillor Ivo Brennet telling the crowd: “You have made your point, now go "
        "home.”",
        "made your point",
        "Ivo Brennet",
        "named",
        "footage showed NAME telling the crowd: the name, not the footage",
    ),
    _case(
        NAMED,
        "The housing committee met on Tuesday.\n\nThe minutes show the chair, Ivo Brennet, "
        "closing the meeting and adding: “We will return to this in May.”",
        "return to this in May",
        "Ivo Brennet",
        "named",
        "near miss: minutes are no recording; the chair's name is read as before",
    ),
    # -- Malaysian, Singaporean, Nigerian, Indian and Hong Kong house styles -------------
    _case(
        NAMED,
        "Penang exco member Datuk Halim Rasyid visited the jetty on Friday.\n\n“The ferry "
        "will run again by March,” said Datuk Halim.",
        "run again by March",
        "Halim Rasyid",
        "named",
        "Datuk is a style before the name, as Sir is, and before the given name alone",
    ),
    _case(
        NAMED,
        "“We have reserved land for 3,000 homes,” said Tan Sri Ong Peng Kiat, chairman of "
        "the Lembah Jaya Development Corporation.",
        "3,000 homes",
        "Ong Peng Kiat",
        "named",
        "'Tan Sri' is a style of two words; 'Tan' after it is not a surname",
    ),
    _case(
        NAMED,
        "Housing committee chairman Tan Boon Hock said the flats would be ready in 2027.\n\n"
        "“The contractor has assured us there will be no delay,” Tan said.",
        "no delay",
        "Tan Boon Hock",
        "named",
        "near miss: 'Tan' before a given name is a surname, not the style 'Tan Sri'",
    ),
    _case(
        PRONOUN,
        "Datuk Seri Kamal Idris Yusof chaired the meeting.\n\n“Every district will get a new "
        "clinic,” he said.",
        "new clinic",
        "Kamal Idris Yusof",
        "pronoun",
        "'Datuk Seri' is one style: the person is named without it",
    ),
    _case(
        DESCRIPTION,
        "Madam Chua Geok Lan, 80, has sold kueh at the market since 1975.\n\n“My legs are "
        "not so good now, but I still come every day,” said the grandmother of six.",
        "still come every day",
        "Chua Geok Lan",
        "description",
        "Madam is a courtesy style before a surname written first, as Mdm is",
    ),
    _case(
        NAMED,
        "The chairman of the traders' union, Alhaji Bashir Umaru-Dikko, condemned the "
        "levy.\n\n“Our members will not pay it,” Alhaji Umaru-Dikko said.",
        "will not pay it",
        "Bashir Umaru-Dikko",
        "named",
        "Alhaji is a style of Nigerian and Ghanaian papers, also before a bare surname",
    ),
    _case(
        NAMED,
        "“The strike continues until the arrears are paid,” said Comrade Emeka Ogbonnaya-"
        "Uche, the union's state chairman.",
        "arrears are paid",
        "Emeka Ogbonnaya-Uche",
        "named",
        "Comrade is the style a union or party paper gives its officials",
    ),
    _case(
        NAMED,
        "“The ghats will be cleaned before the festival,” Pandit Mohan Trivedi-Shukla, the "
        "temple trust's secretary, said.",
        "ghats will be cleaned",
        "Mohan Trivedi-Shukla",
        "named",
        "Pandit is a style before a priest's or scholar's name",
    ),
    _case(
        PRONOUN,
        "Council president Datuk Faridah Omar inspected the drains at Taman Seri Cempaka on "
        "Monday.\n\n“The contractor will be fined if the work is not done,” she said.",
        "will be fined",
        "Faridah Omar",
        "pronoun",
        "a Datuk who is a woman; 'Seri' after a Malay place word (Taman…) is the place's",
    ),
    _case(
        PRONOUN,
        "Ward councillor Sibusiso Khoza said the drain was blocked.\n\nResidents of Bukit "
        "Anggerik say the smell is unbearable.\n\n“This drain has not been cleared in two "
        "years,” he said.",
        "not been cleared",
        "Sibusiso Khoza",
        "pronoun",
        "a Malay place word opens a place's name: 'Bukit Anggerik' is no person for 'he'",
    ),
    _case(
        PRONOUN,
        "Residents' association chairwoman Nkechi Adaora Eze said the road was impassable.\n\n"
        "“Our children cannot get to school,” she said.",
        "cannot get to school",
        "Nkechi Adaora Eze",
        "pronoun",
        "a given name ending in -i opening a full name is no demonym to strip",
    ),
    _case(
        NAMED,
        "District councillor Lam Siu-fung said the footbridge was overdue.\n\n“Residents "
        "have waited nine years,” Lam said.",
        "waited nine years",
        "Lam Siu-fung",
        "named",
        "a Hong Kong name: the hyphenated given name after the surname is no modifier",
    ),
    _case(
        NAMED,
        "Legislator Josephine Tam Wing-sze, who chairs the panel, called the plan "
        "rushed.\n\n“We have not seen the costings,” Tam said.",
        "not seen the costings",
        "Josephine Tam Wing-sze",
        "named",
        "the surname of a Hong Kong name is the word before the given name, not the last",
    ),
    _case(
        NAMED,
        "The Hong Kong-based lender Harbour Crest Bank said profits rose.\n\n“Demand for "
        "mortgages picked up in the second half,” said chief executive Ivo Marsh.",
        "picked up",
        "Ivo Marsh",
        "named",
        "near miss: 'Hong Kong-based' is still a compound modifier, no person",
    ),
    _case(
        NAMED,
        "Exporters were promised more help.\n\n“Grants will open in March,” said Minister of "
        "State for Trade and Industry Farah Idris Latif.",
        "Grants will open",
        "Farah Idris Latif",
        "named",
        "an office and its brief before the name in the clause, 'and' in the brief too",
    ),
    _case(
        NAMED,
        "Cabinet Secretary for Lands Joseph Kamau-Ndirangu said: “Every title deed will be "
        "digitised by June.”",
        "title deed",
        "Joseph Kamau-Ndirangu",
        "named",
        "a Kenyan Cabinet Secretary's brief between the title and the name before 'said:'",
    ),
    _case(
        NAMED,
        "“Small firms will pay less,” said Minister for Enterprise Development Ruth Aboagye-"
        "Mensah.",
        "pay less",
        "Ruth Aboagye-Mensah",
        "named",
        "a brief of two words is no part of the name after 'said Minister for'",
    ),
    _case(
        NAMED,
        "Trade talks resumed on Monday.\n\n“The plan is sound,” said the minister for trade, "
        "who met Ana Ruiz of the Kelby Exporters Guild on Monday.",
        "plan is sound",
        None,
        None,
        "near miss: a name after the brief and a relative clause is someone the minister met",
    ),
    _case(
        NAMED,
        "State health committee chairman Datuk Nik Faisal Nik Omar opened the clinic.\n\n"
        "“It will serve 40,000 people in the district,” said Nik Faisal.",
        "40,000 people",
        "Nik Faisal Nik Omar",
        "named",
        "a Malay name given again without the father's name is the person named in full",
    ),
    _case(
        PRONOUN,
        "Siti Hajar Rahmat, 41, runs the stall with her sister.\n\nSiti Hajar said prices "
        "had doubled.\n\n“We cannot raise ours again,” she said.",
        "raise ours again",
        "Siti Hajar Rahmat",
        "pronoun",
        "a person's first two names, written alone, are that person for a later 'she'",
    ),
    _case(
        NAMED,
        "The Kelby Rovers Supporters Trust wrote to the board.\n\n“We were never consulted,” "
        "said Kelby Rovers Supporters Trust chair Ana Pell.\n\n“The club will reply in due "
        "course,” Kelby Rovers said.",
        "reply in due course",
        "Kelby Rovers",
        "named",
        "near miss: an organisation's first two words are another body, not its short form",
    ),
    # ---- clips embedded from TikTok
    _case(
        POSTS,
        "The clip has been viewed 900,000 times.\n\n@kelby.noodle.house Thirty years, same "
        "recipe, same wok 🍜 #kelbyeats #fyp ♬ original sound - Kelby Noodle House\n\nThe "
        "stall opens at 6am.",
        "same recipe",
        "@kelby.noodle.house",
        "post",
        "a TikTok embed: the handle it opens with is the author, the sound line ends it",
    ),
    _case(
        POSTS,
        "A nurse's clip went viral.\n\n@nurse.adaeze\nNight shift number 6 this week. We "
        "are tired but we are still here. #nursesoftiktok\n♬ Espresso - Marla Quinn",
        "still here",
        "@nurse.adaeze",
        "post",
        "the sound may be another artist's song: the clip's author is still its handle",
    ),
    _case(
        POSTS,
        "The account posted again on Sunday.\n\n@vanessa.cooks\n\nI tried the viral "
        "three-ingredient cake so you don't have to #baking ♬ original sound - V Cooks",
        "three-ingredient cake",
        "@vanessa.cooks",
        "post",
        "the handle alone on the paragraph before the caption and sound",
    ),
    _case(
        NAMED,
        "The video, set to ♬ a slowed-down love song, has been shared widely.\n\n“I never "
        "expected this,” said the stall's owner, Ren Takoda.",
        "never expected this",
        "Ren Takoda",
        "named",
        "near miss: a reporter's paragraph with the sound mark opens with no handle: no post",
    ),
    # ---- creators, channels, constituencies and a legislator's style
    _case(
        PRONOUN,
        "Food vlogger Arjun Mehta-Rao, whose YouTube channel Khao Gali has two million "
        "subscribers, deleted the video.\n\n“I should have checked the facts first,” he "
        "said.",
        "checked the facts",
        "Arjun Mehta-Rao",
        "pronoun",
        "a vlogger is a person's trade, and a channel named after 'channel' is no person",
    ),
    _case(
        DESCRIPTION,
        "Podcaster Kwame Boateng-Asare apologised on Sunday.\n\n“I misspoke,” the podcaster "
        "said.",
        "I misspoke",
        "Kwame Boateng-Asare",
        "description",
        "a podcaster's trade before the name is a title, not part of the name",
    ),
    _case(
        PRONOUN,
        "Beauty TikToker Amara Obi posted the clip on Monday.\n\n“I was not paid to say "
        "this,” she said.",
        "not paid",
        "Amara Obi",
        "pronoun",
        "'TikToker' before the name is what she is, not a word of her name",
    ),
    _case(
        DESCRIPTION,
        "The state chairman of the party, Chief Ade Bamigboye, rejected the result.\n\n"
        "Meanwhile, the lawmaker representing Ikeji West Federal Constituency, Hon. Tobenna "
        "Okafor-Eze, urged youths to stay calm.\n\n“Violence will only set us back,” the "
        "lawmaker said.",
        "set us back",
        "Tobenna Okafor-Eze",
        "description",
        "a long title glossed before a styled name ('…Constituency, Hon. NAME,') is that person",
    ),
    _case(
        DESCRIPTION,
        "The senator representing Ikeji West, Tobenna Okafor-Eze, met the governor of the "
        "state, Ada Nwankwo-Ibe, on Monday.\n\n“We agreed on the road,” the senator said.",
        "agreed on the road",
        "Tobenna Okafor-Eze",
        "description",
        "near miss: the title glosses the first name, not the governor named after it",
    ),
    # ---- parties named as movements and congresses
    _case(
        STATEMENT,
        "The Orvane Democratic Movement has rejected the results of the council polls "
        "conducted by the Orvane State Independent Electoral Commission.\n\nThe commission "
        "declared the ruling party winner in all 17 councils, and the Orvane State "
        "Independent Electoral Commission chairman defended the count.\n\nThe party, in a "
        "statement signed by its spokesman, Comrade Uche Nwosu-Alabi, said it would go to "
        "the tribunal.\n\n“What happened on Saturday was not an election,” the statement "
        "read.",
        "not an election",
        "Orvane Democratic Movement",
        "statement",
        "'the party' that issued the statement is the Democratic Movement, not the commission",
    ),
    _case(
        DESCRIPTION,
        "Talks between the Kelby Mineworkers' Union and the Ndawo Freedom Front broke down on "
        "Friday, the Kelby Mineworkers' Union said.\n\n“We will contest every seat,” the "
        "party said.",
        "contest every seat",
        "Ndawo Freedom Front",
        "description",
        "a Front with a political word is a party, not the union named more often",
    ),
    _case(
        DESCRIPTION,
        "The Kelby Green Party and the Fair Play Alliance both backed the petition, which "
        "the Electoral Commission rejected.\n\n“We will take this to court,” the party said.",
        "take this to court",
        "Kelby Green Party",
        "description",
        "near miss: an Alliance with no political word is a campaign, not 'the party'",
    ),
    # ---- a company's short name in the headline, its legal name in the body
    _case(
        DESCRIPTION,
        "Harbourvale Foods flags weaker sales as shoppers trade down\n\nHarbourvale Foods "
        "Holdings said on Monday that sales fell 6% in the half.\n\n“Shoppers are buying "
        "smaller packs,” the group said.",
        "smaller packs",
        "Harbourvale Foods Holdings",
        "description",
        "a headline's short name written before the legal name is the same firm",
    ),
    _case(
        NAMED,
        "Lembah Jaya to raise RM200mil\n\nKUALA TERAS: Property developer Lembah Jaya Bhd "
        "plans a rights issue.\n\n“The proceeds will fund two townships,” Lembah Jaya said "
        "in a filing.",
        "two townships",
        "Lembah Jaya Bhd",
        "named",
        "a Malaysian company's 'Bhd' is part of its name; the short form is the firm",
    ),
    _case(
        NAMED,
        "Kelby Rovers fined over pitch invasion\n\nThe Kelby Rovers Supporters Trust said "
        "the fine was unfair.\n\n“We accept the fine,” Kelby Rovers said in a statement.",
        "accept the fine",
        "Kelby Rovers",
        "named",
        "near miss: a body whose name ends in no legal word is not the club's full name",
    ),
    # -- a relative clause after a name says what the person joins, not what the name is --
    _case(
        NAMED,
        "Kelvane Robotics has raised £30m.\n\nBrackwater partner Imogen Tash-Wrathley, who "
        "joins Kelvane's board, said the fund had followed it for years.\n\n“The numbers are "
        "unusual,” Tash-Wrathley said.",
        "numbers are unusual",
        "Imogen Tash-Wrathley",
        "named",
        "', who joins Kelvane's board,' does not make the partner a board: her surname is hers",
    ),
    _case(
        NAMED,
        "Parish councillor Ewan Gathercole, who chairs the trust, backed the plan.\n\n“It "
        "is overdue,” Gathercole said.",
        "is overdue",
        "Ewan Gathercole",
        "named",
        "a body's noun inside a 'who' clause is what the person chairs",
    ),
    _case(
        NAMED,
        "Ardley Mutual, the building society, reported a loss.\n\n“Savers are safe,” "
        "Ardley Mutual said.",
        "Savers are safe",
        "Ardley Mutual",
        "named",
        "near miss: an apposition that is no relative clause still names the body's kind",
    ),
    # -- a tabloid's mood before a first name: the person the story named in full ----------
    _case(
        NAMED,
        "SOAP star Poppy Ravensworth was left in tears last night.\n\nTearful Poppy told "
        "the Sunday Flare: “I never saw it coming.”",
        "never saw it coming",
        "Poppy Ravensworth",
        "named",
        "'Tearful Poppy' is Poppy Ravensworth: the mood is no part of her name",
    ),
    _case(
        NAMED,
        "Striker Dan Okafor was dropped for the derby.\n\nFurious Dan Okafor said: "
        "“Nobody told me.”",
        "Nobody told me",
        "Dan Okafor",
        "named",
        "a mood before a full name is stripped as a title would be",
    ),
    _case(
        NAMED,
        "Parents at Hollin Primary have complained.\n\n“We were ignored,” Angry Parents "
        "Alliance said.",
        "We were ignored",
        "Angry Parents Alliance",
        "named",
        "near miss: a mood word opening a body's name stays in it",
    ),
    # -- a couple's shared surname: the honorific picks the partner by the given name ----
    _case(
        NAMED,
        "Retired couple Bernadette and Alan Kittering, from Ashby, fly to Spain twice a "
        "year.\n\n“We chose the flat for the airport,” said Mrs Kittering, 72.",
        "flat for the airport",
        "Bernadette Kittering",
        "named",
        "'Mrs Kittering' after 'Bernadette and Alan Kittering' is the wife, by her given name",
    ),
    _case(
        NAMED,
        "Retired couple Maureen and Derek Pardoe, from Lenham, run the village shop.\n\n"
        "“Trade has halved,” said Mr Pardoe.",
        "Trade has halved",
        "Derek Pardoe",
        "named",
        "'Mr Pardoe' after 'Maureen and Derek Pardoe' is the husband, named second or first",
    ),
    _case(
        NAMED,
        "Retired couple Sam and Jo Treloar, from Lenham, run the village shop.\n\n“Trade "
        "has halved,” said Mrs Treloar.",
        "Trade has halved",
        "Treloar",
        "named",
        "near miss: given names borne by either gender pick neither partner",
    ),
    # -- the spokesman keeps the organisation he was brought in with ---------------------
    _case(
        SPOKESPERSON,
        "Brisklane chief executive Marta Odukwe has apologised after the ferry operator "
        "cancelled 30 sailings.\n\n“We let you down,” she said.\n\nMaritime Crews Federation "
        "national organiser Tomas Rendell said the cuts were “no surprise”.\n\n“Brisklane has "
        "run its crews ragged for years,” Mr Rendell said.\n\nA Brisklane spokesman rejected "
        "the claim, saying crewing met every rule. “Our crews are fully staffed and "
        "independently checked,” the spokesman said.",
        "fully staffed",
        "Brisklane",
        "spokesperson",
        "'the spokesman' after 'A Brisklane spokesman rejected…' is Brisklane's, not the union's",
    ),
    _case(
        SPOKESPERSON,
        "Ferry operator Brisklane cancelled 30 sailings at short notice.\n\nMaritime Crews "
        "Federation organiser Tomas Rendell said the cuts were no surprise.\n\nA spokeswoman "
        "for the federation disputed the timetable. “Crews were warned a month ago,” the "
        "spokeswoman said.",
        "warned a month ago",
        "Maritime Crews Federation",
        "spokesperson",
        "near miss: the spokeswoman brought in for the union stays the union's, not the firm's",
    ),
    # -- a spokesperson who declines, then says a little ----------------------------------
    _case(
        SPOKESPERSON,
        "Ferry operators face fines over late sailings\n\nThe Harbour Authority fined three "
        "operators on Tuesday.\n\nA spokesman for Brisklane declined to comment, saying only "
        "that the firm was “reviewing the ruling carefully”.",
        "reviewing the ruling",
        "Brisklane",
        "spokesperson",
        "a spokesperson who declined to comment, 'saying only that…', still speaks for the firm",
    ),
    _case(
        SPOKESPERSON,
        "Prince Alaric opened a lifeboat station in Morwick, run by the Coastal Rescue Trust.\n\n"
        "The Coastal Rescue Trust said the station cost £2m. The Coastal Rescue Trust has 40 "
        "stations.\n\nHarwood Palace said the prince had been humbled by the volunteers.\n\nThe "
        "visit comes a month after his knee surgery. A palace spokesman said: “He is glad to "
        "be back on his feet.”",
        "back on his feet",
        "Harwood Palace",
        "spokesperson",
        "'a palace spokesman' speaks for Harwood Palace, not for the more salient trust",
    ),
    _case(
        NONE,
        "Ferry operators face fines over late sailings\n\nThe Harbour Authority fined three "
        "operators on Tuesday.\n\nOne passenger declined to give her name, saying only that "
        "she was “sick of the delays”.",
        "sick of the delays",
        None,
        None,
        "near miss: an unnamed passenger who declined is no spokesperson and names nobody",
    ),
    _case(
        SPOKESPERSON,
        "Prince Alaric opened a lifeboat station in Morwick on Friday.\n\nHarwood House said "
        "the prince had been humbled by the volunteers.\n\nA palace spokesman declined to "
        "comment, saying only that he was “glad to be back on his feet”.",
        "back on his feet",
        None,
        None,
        "near miss: no body named for a palace, so 'a palace spokesman' is nobody named",
    ),
    # -- the outlet writing the article is never the body a spokesperson speaks for -------
    _case(
        SPOKESPERSON,
        "A PENSIONER was stunned when Fenmoor Water sent him a bill for £4,000.\n\nDerek "
        "Halloway, 71, said he thought it was a joke. “I hardly use a drop,” he told the "
        "Gazette.\n\nFenmoor Water, which serves 900,000 homes, cancelled the bill after the "
        "Gazette got in touch.\n\nA spokesman for the firm said: “We are sorry for the distress "
        "this has caused.”",
        "sorry for the distress",
        "Fenmoor Water",
        "spokesperson",
        "the paper he 'told' and that 'got in touch' is the outlet, never the firm's voice",
    ),
    _case(
        SPOKESPERSON,
        "A PENSIONER was stunned by a bill for £4,000.\n\nDerek Halloway, 71, told Fenmoor "
        "Water the meter was broken. Fenmoor Water approached him a week later.\n\nFenmoor "
        "Water, which serves 900,000 homes, cancelled the bill on Monday.\n\nA spokesman for "
        "the firm said: “We are sorry for the distress this has caused.”",
        "sorry for the distress",
        "Fenmoor Water",
        "spokesperson",
        "near miss: a firm someone told, that also acts in the story, is no outlet",
    ),
    # -- a family's statement released through a club or the police is the family's ------
    _case(
        STATEMENT,
        "Kelby Town legend Stan Orme dies aged 80\n\nFormer Kelby Town striker Stan Orme has "
        "died aged 80, the club has announced.\n\nOrme's family have released a statement "
        "through the club. It reads in full:\n\n“It is with great sadness that we tell you "
        "Stan passed away this morning.\n\n“He loved this club more than anything.”\n\nKelby "
        "Town said flags would fly at half-mast.",
        "great sadness that we tell you",
        "Stan Orme's family",
        "pronoun",
        "'It' after 'Orme's family have released a statement through the club' is the family's",
    ),
    _case(
        STATEMENT,
        "A man who died after a crash on the A40 has been named as Stan Orme, 80.\n\nKelby "
        "Police released a statement from Mr Orme's family on Sunday. It said: “Stan was a "
        "loving husband and grandfather.”\n\nKelby Police said inquiries were continuing.",
        "loving husband",
        "Stan Orme's family",
        "pronoun",
        "a statement 'from Mr Orme's family' released by the police is the family's",
    ),
    _case(
        STATEMENT,
        "Former Kelby Town striker Stan Orme has died aged 80.\n\nOrme's family have issued "
        "a statement through the club. It reads:\n\n“He died peacefully, with Jean at his "
        "side.”\n\nOrme's granddaughter, Lily, has shared a photograph of the two of them.\n\n"
        "@lilyorme_ (Lily Orme): Grandad took me to my first game. Love you forever",
        "died peacefully",
        "Stan Orme's family",
        "pronoun",
        "a surname's possessive is the man named so far, not a namesake named later",
    ),
    _case(
        STATEMENT,
        "Former Kelby Town striker Stan Orme has died aged 80.\n\nKelby Town have released a "
        "statement on Orme's death. It reads in full:\n\n“Everyone at Kelby Town is devastated "
        "by the news.”",
        "devastated",
        "Kelby Town",
        "pronoun",
        "near miss: the club's own statement about his death is the club's",
    ),
    # -- the lede's unnamed body is the one the next paragraph names ----------------------
    _case(
        DESCRIPTION,
        "Exam board apologises after 1,800 pupils given wrong BTEC grades\n\nAn exam board "
        "has apologised after 1,800 pupils were given the wrong grade in a BTEC engineering "
        "paper.\n\nThe Northern Assessment Council (NAC) said an error in adding up marks "
        "meant some candidates were given a lower grade.\n\nCorrected results were sent to "
        "colleges on Friday.\n\nIn a statement, the board said: “We are sorry for the worry "
        "this has caused students and their families.”",
        "sorry for the worry",
        "Northern Assessment Council",
        "description",
        "'the board' after a lede's 'An exam board' is the body the next paragraph opens with",
    ),
    _case(
        DESCRIPTION,
        "Rural bus routes axed\n\nA council has been criticised after it cut "
        "funding for 12 rural bus routes.\n\nTallowmere Buses said the routes would end in "
        "May.\n\nHaldon Council approved the cuts in March.\n\nIn a statement, the council "
        "said: “We had no choice but to make savings this year.”",
        "no choice",
        "Haldon Council",
        "description",
        "near miss: a bus firm opening the next paragraph is no council",
    ),
    _case(
        DESCRIPTION,
        "Exam board apologises over wrong grades\n\nAn exam board has apologised after 1,800 "
        "pupils were given the wrong grade.\n\nParents at Kelby Academy said the error had "
        "caused weeks of worry.\n\nThe Northern Assessment Council sets the paper for 40 "
        "colleges and 9,000 pupils.\n\nIn a statement, the board said: “We are sorry for the "
        "worry this has caused students and their families.”",
        "sorry for the worry",
        "Northern Assessment Council",
        "description",
        "near miss: a body after 'Parents at' in the next paragraph is not the lede's board",
    ),
    # -- "Name, whose three children …": a number before the relative keeps a person ----
    _case(
        NAMED,
        "Niamh Carrow, whose three children attend Holmbrook Primary, said the closure had "
        "shocked the village.\n\n“We moved here for the school,” said Ms Carrow.",
        "moved here for the school",
        "Niamh Carrow",
        "named",
        "'whose three children' after a name describes a person, so Ms Carrow is Niamh Carrow",
    ),
    _case(
        NAMED,
        "Kieran Madigan, whose 2 sons play for the under-12s, said the pitch had been "
        "waterlogged for weeks.\n\n“Nobody has cut the grass since March,” Mr Madigan said.",
        "Nobody has cut the grass",
        "Kieran Madigan",
        "named",
        "a figure between 'whose' and a relative keeps the name a person's",
    ),
    _case(
        DESCRIPTION,
        "Quillet, whose two factories employ 300 people, said the strike would halt "
        "production.\n\n“We have no stock left,” the company said.",
        "no stock left",
        "Quillet",
        "description",
        "near miss: a number before what a firm owns still leaves the name a firm",
    ),
    # -- a body named for two briefs: "the Standards and Testing Authority" ------------
    _case(
        SPOKESPERSON,
        "The exams watchdog, the Standards and Testing Authority, said it would look into "
        "the errors.\n\nA spokesperson for the authority said: “Every script will be marked "
        "again.”",
        "Every script will be marked",
        "Standards and Testing Authority",
        "spokesperson",
        "a brief's word, 'and', and a body's name are one authority, not two",
    ),
    _case(
        DESCRIPTION,
        "Inspectors from the Equality and Fair Pay Commission visited the Dunlow plant in "
        "May.\n\n“We found serious failings,” the commission said.",
        "serious failings",
        "Equality and Fair Pay Commission",
        "description",
        "a commission named for two fields keeps its first word",
    ),
    _case(
        DESCRIPTION,
        "Talks with Labour and Kelby Council broke down on Friday.\n\n“We walked away,” the "
        "council said.",
        "We walked away",
        "Kelby Council",
        "description",
        "near miss: a party's name before 'and' and a council are two bodies",
    ),
    # -- a tabloid's tag for what someone is to the person in the story -----------------
    _case(
        DESCRIPTION,
        "A teenager drowned in the River Callow after a night out, an inquest heard.\n\n"
        "Pal Kit Arnow, 18, who was with him, told the hearing he had tried to reach him.\n\n"
        "“I saw him slip under and I went in after him,” the teen said.",
        "I saw him slip under",
        "Kit Arnow",
        "description",
        "'Pal' before a full name is a tabloid's tag, not part of the name 'the teen' finds",
    ),
    _case(
        NAMED,
        "The couple married in Portavon last spring.\n\nHubby Rory Tallis said: “She is the "
        "best thing that ever happened to me.”",
        "best thing that ever happened",
        "Rory Tallis",
        "named",
        "'Hubby' before a full name is stripped as 'Passenger' is",
    ),
    _case(
        NAMED,
        "Stallholders at Sealdah market counted their losses after the fire.\n\n“Everything "
        "is gone,” said Mr Pal, a cloth trader.",
        "Everything is gone",
        "Pal",
        "named",
        "near miss: a tag that is a surname too still names its bearer after an honorific",
    ),
    # -- "Emeritus" after a title: the title retired from, not part of the name --------
    _case(
        NAMED,
        "Hundreds gathered at St Brannoc's for the jubilee mass.\n\n“The parish has kept "
        "its doors open for a century,” said Archbishop Emeritus Colm Rathgar.",
        "kept its doors open",
        "Colm Rathgar",
        "named",
        "'Emeritus' after a title is the post held before, stripped with the title",
    ),
    _case(
        PRONOUN,
        "Professor Emeritus Hilda Quarrendale said the glacier data had been clear for "
        "decades.\n\n“We have known this since the 1990s,” she said.",
        "since the 1990s",
        "Hilda Quarrendale",
        "pronoun",
        "'Professor Emeritus' before a full name leaves the name alone for 'she' to find",
    ),
    _case(
        NAMED,
        "Online course provider Emeritus raised new funds this week.\n\n“We are growing "
        "fast,” Emeritus said.",
        "growing fast",
        "Emeritus",
        "named",
        "near miss: 'Emeritus' with no title before it is a name like any other",
    ),
    # -- "chairman of the board Name": an officer of a body, not the body ---------------
    _case(
        PRONOUN,
        "Writing to members, chairman of the board Oisín Tallon said the club would have to "
        "sell its ground.\n\n“We have no other way to clear the debt,” he wrote.",
        "no other way to clear the debt",
        "Oisín Tallon",
        "pronoun",
        "'chairman of the board' before a name is his office, so the name is a person's",
    ),
    _case(
        PRONOUN,
        "Chair of the trust Annika Rudd said the hospice would close its day unit.\n\n“We "
        "tried everything to keep it,” she said.",
        "tried everything to keep it",
        "Annika Rudd",
        "pronoun",
        "an office of a body opening the sentence types the name after it as a person",
    ),
    _case(
        DESCRIPTION,
        "The owner of the firm Kelby Preserves said the factory would shut in June.\n\n“We "
        "could not compete on price,” the company said.",
        "compete on price",
        "Kelby Preserves",
        "description",
        "near miss: 'owner of the firm' before a name: a firm's noun takes its name after it",
    ),
    # -- "the new bishop": not the holder who retired -----------------------------------
    _case(
        DESCRIPTION,
        "Bishop Aurelio Mbatha was installed as head of the diocese of Tarnby on Sunday.\n\n"
        "He succeeds Bishop Emeritus Konrad Vell, who retired in March at 75.\n\n“I will "
        "visit every parish within a year,” the new bishop told the congregation.",
        "visit every parish",
        "Aurelio Mbatha",
        "description",
        "'the new bishop' is not the bishop emeritus he succeeds, the latest titled so",
    ),
    _case(
        DESCRIPTION,
        "Mayor Ines Rovatti took office in Kelby on Monday. She succeeds Mayor Tom Vale, who "
        "stepped down in May.\n\n“Housing comes first,” the new mayor said.",
        "Housing comes first",
        "Ines Rovatti",
        "description",
        "'the new mayor' skips a predecessor who stepped down for the one in the lede",
    ),
    _case(
        DESCRIPTION,
        "Coach Ivo Brenner was unveiled by Kelby Rovers on Friday, replacing former coach "
        "Dan Petrak.\n\n“We will attack from the first minute,” the new coach said.",
        "attack from the first minute",
        "Ivo Brenner",
        "description",
        "'the new coach' is not the former coach named after him",
    ),
    _case(
        DESCRIPTION,
        "Kelby Rovers appointed coach Ivo Brenner on Friday after a month-long search.\n\n"
        "“We will attack from the first minute,” the new coach said.",
        "attack from the first minute",
        "Ivo Brenner",
        "description",
        "near miss: a new holder written with no past post is still the one titled so",
    ),
    # -- "the prelate", "the cleric": the senior clergy the article titled so -----------
    _case(
        DESCRIPTION,
        "Bishop Aurelio Mbatha was installed at Tarnby on Sunday. He succeeds Bishop "
        "Emeritus Konrad Vell, who retired in March.\n\n“He asks too many questions,” the "
        "retired prelate said, smiling.",
        "asks too many questions",
        "Konrad Vell",
        "description",
        "'the retired prelate' is the bishop emeritus, a prelate being a bishop's kin",
    ),
    _case(
        DESCRIPTION,
        "Imam Yusuf Adeyemi led Friday prayers at the Dunlow mosque.\n\n“We will listen "
        "before we speak,” the cleric said.",
        "listen before we speak",
        "Yusuf Adeyemi",
        "description",
        "'the cleric' is the imam named before",
    ),
    _case(
        DESCRIPTION,
        "Councillor Tom Reyes opened the new church hall on Saturday.\n\n“It is a fine "
        "building,” the prelate said.",
        "a fine building",
        None,
        "description",
        "near miss: 'the prelate' is no councillor",
    ),
    # -- the clergy's offices before a full name: "Canon", "Monsignor", "Archdeacon" -----
    _case(
        DESCRIPTION,
        "The cathedral reopened after two years of repairs.\n\nCanon Fiachra Dunleavy said the "
        "parish had raised half the cost.\n\n“Every family gave something,” the canon said.",
        "Every family gave something",
        "Fiachra Dunleavy",
        "description",
        "'Canon' before a full name is the cleric's office, so 'the canon' finds him",
    ),
    _case(
        NAMED,
        "Pilgrims arrived in Tarnby on Friday.\n\n“They walked four hundred miles,” said "
        "Monsignor Ettore Valli.",
        "four hundred miles",
        "Ettore Valli",
        "named",
        "'Monsignor' is a title, not part of the name",
    ),
    _case(
        NAMED,
        "Camera maker Canon reported its first loss in a decade.\n\n“We must adapt to "
        "phones,” Canon said.",
        "adapt to phones",
        "Canon",
        "named",
        "near miss: 'Canon' alone is a name (a firm here), not a title naming nobody",
    ),
    _case(
        DESCRIPTION,
        "Maison Ortelle has confirmed that creative director Wiebke Andersson will leave "
        "after its autumn show.\n\nAndersson, 39, joined the house from a Copenhagen label "
        "in 2022.\n\nIn a post on Instagram, the Swedish designer called it “the end of a "
        "beautiful chapter.”",
        "beautiful chapter",
        "Wiebke Andersson",
        "description",
        "a nationality before a kindred title says where she is from, not another employer",
    ),
    _case(
        PRONOUN,
        "Maison Ortelle has confirmed that creative director Wiebke Andersson will leave "
        "after its autumn show.\n\nIn a post on Instagram, the Swedish designer called it "
        "“the end of a beautiful chapter.”\n\n“I will miss the atelier every day,” she said.",
        "miss the atelier",
        "Wiebke Andersson",
        "pronoun",
        "'she' after a nationality's description goes on with the person it resolved to",
    ),
    _case(
        DESCRIPTION,
        "Netball Scotland boss Moira Dallow has named her squad for the Quadrangular "
        "Series.\n\n“They are a fine side,” the English coach said of the hosts.",
        "a fine side",
        None,
        None,
        "near miss: a nationality other than the country in the person's title is another post",
    ),
    _case(
        NAMED,
        "Reality star Kimi Lorrain has hit back at trolls who mocked her wedding dress.\n\n"
        "Her former co-host Bettina Quarles, who presented the show with her for three "
        "series, was quick to back her: ‘Ignore them, you looked like a princess.’",
        "looked like a princess",
        "Bettina Quarles",
        "named",
        "a role before the name opening a colon's clause: the name speaks, not the role",
    ),
    _case(
        NAMED,
        "Reality star Kimi Lorrain has hit back at trolls who mocked her wedding dress.\n\n"
        "Her former co-host Bettina Quarles also weighed in, commenting: ‘Ignore them, "
        "you looked like a princess.’",
        "looked like a princess",
        "Bettina Quarles",
        "named",
        "'commenting' introduces a quote as 'commented' does",
    ),
    _case(
        NAMED,
        "Reality star Kimi Lorrain has hit back at trolls who mocked her wedding dress.\n\n"
        "Her co-host Bettina Quarles, Tilda Marsh and Ros Yelland were quick to back her: "
        "‘Ignore them, you looked like a princess.’",
        "looked like a princess",
        None,
        None,
        "near miss: a role's name listed with others before the verb is one of several",
    ),
    _case(
        NAMED,
        "Pop star Nadia Corwell has accused her former label of withholding royalties.\n\n"
        "Corwell has since switched off comments on her Instagram, but she did post one "
        "more thought to her story: “Read your contracts, babes.”",
        "Read your contracts",
        "Nadia Corwell",
        "named",
        "'comments' after a particle is a noun, so the sentence's subject introduces the quote",
    ),
    _case(
        NAMED,
        "Pop star Nadia Corwell has accused her former label of withholding royalties.\n\n"
        "A friend Corwell confided in says: “Read your contracts, babes.”",
        "Read your contracts",
        None,
        None,
        "near miss: 'says' after a particle is no noun's plural: the verb of a friend unnamed",
    ),
    _case(
        SPOKESPERSON,
        "Rapper Dez Holloway walked on stage during the Brackfield Music Prize on Sunday.\n\n"
        "A spokesperson for the Brackfield Music Prize has been in touch: “We are aware of "
        "an incident during the broadcast.”",
        "aware of an incident",
        "Brackfield Music Prize",
        "spokesperson",
        "a spokesperson for a named body opening a colon's clause with no speech verb speaks",
    ),
    _case(
        SPOKESPERSON,
        "Rapper Dez Holloway walked on stage during the Brackfield Music Prize on Sunday.\n\n"
        "A spokesperson for the Brackfield Music Prize shared a post by Dez Holloway: “I "
        "regret nothing about tonight.”",
        "regret nothing",
        None,
        None,
        "near miss: a spokesperson's colon clause naming someone after the body gives nobody",
    ),
    _case(
        DESCRIPTION,
        "The Brackfield Music Prize was halted on Sunday after a stage invasion.\n\n"
        "A spokesperson for the Brackfield Music Prize said: “We are aware of an "
        "incident.”\n\n“I was stacking shelves a year ago,” the Tarrow-born singer said.",
        "stacking shelves",
        None,
        None,
        "near miss: a person's description is never the body of the spokesperson before it",
    ),
    _case(
        DESCRIPTION,
        "Harwick Records said on Tuesday that the new rates were fair. Its chief executive, "
        "Tom Bellamy, said the label would not back down.\n\nExecutives at two of the three "
        "big distributors privately back the complaint, but one, who asked not to be named "
        "because talks are continuing, said a lawsuit was “a last resort.”\n\n“Nobody wants "
        "a fight with the biggest label in the market,” the executive said.",
        "Nobody wants a fight",
        None,
        None,
        "'the executive' after 'Executives … but one, who asked not to be named' is that one",
    ),
    _case(
        DESCRIPTION,
        "Harwick Records said on Tuesday that the new rates were fair. Its lawyer, Tom "
        "Bellamy, said the label would not back down.\n\nExecutives at two of the three "
        "big distributors privately back the complaint, but one, who asked not to be named "
        "because talks are continuing, said a lawsuit was “a last resort.”\n\n“Nobody wants "
        "a fight with the biggest label in the market,” the lawyer said.",
        "Nobody wants a fight",
        "Tom Bellamy",
        "description",
        "near miss: another noun than the plural left unnamed is the one titled so",
    ),
    _case(
        PRONOUN,
        "Actress Yara Dunn is hosting our red-carpet coverage tonight.\n\nDunn caught up "
        "with producer Wes Skerry at the entrance. He has worked on three of the nominated "
        "albums.\n\n“It is a good year to be a producer,” he said.",
        "good year to be a producer",
        "Wes Skerry",
        "pronoun",
        "'he' never takes a person the article titled 'Actress': the man she spoke to",
    ),
    _case(
        PRONOUN,
        "Chairman Ada Pellow welcomed the rower Tom Crane back to the club on Friday.\n\n"
        "“We have missed him on the river,” she said.",
        "missed him on the river",
        "Ada Pellow",
        "pronoun",
        "near miss: 'Chairman' is written of women too, so it says no gender",
    ),
    _case(
        PRONOUN,
        "Album of the year went to Mira Castell for Saltmarsh, and she looked stunned.\n\n"
        "“I made this record in my bedroom,” Castell said.\n\nShe dedicated the award to "
        "“every kid in a small town who was told to be quiet.”",
        "every kid in a small town",
        "Mira Castell",
        "pronoun",
        "the words a person dedicates an award to are theirs",
    ),
    _case(
        NOT_SPEAKERS,
        "The memorial bench was unveiled in Harlow Park on Sunday.\n\nA plaque, dedicated "
        "by the Harlow Rotary Club, reads: “For Ted, who loved this view.”",
        "who loved this view",
        None,
        None,
        "near miss: a plaque's wording is nobody's, whoever dedicated it",
    ),
    # -- a spokesperson for a described body: the body the article names -----------------
    _case(
        SPOKESPERSON,
        "Morning Catch to return\n\nOla Brennick presents Morning Catch on Kestrel Bay, the "
        "coast's own channel, to 300,000 listeners.\n\n“I never planned any of it,” the "
        "presenter said.\n\nKestrel Bay confirmed on Monday that the show will return. A "
        "spokeswoman for the broadcaster said: “Ola is a natural and we are thrilled.”",
        "Ola is a natural",
        "Kestrel Bay",
        "spokesperson",
        "a spokeswoman for the broadcaster speaks for the broadcaster named, not its presenter",
    ),
    _case(
        SPOKESPERSON,
        "Morning Catch to return\n\nOla Brennick, 52, has presented the breakfast show since "
        "2019.\n\n“I love it,” she said.\n\nA spokeswoman for the broadcaster said: “Ola is "
        "a natural.”",
        "Ola is a natural",
        None,
        "spokesperson",
        "near miss: no broadcaster named, so nobody rather than the presenter",
    ),
    _case(
        SPOKESPERSON,
        "Tour cancelled\n\nThe singer Rhian Dacre has cancelled her tour.\n\nA spokesman "
        "for the singer said: “Rhian needs rest.”",
        "Rhian needs rest",
        "Rhian Dacre",
        "spokesperson",
        "near miss: a spokesman for the singer speaks for a person",
    ),
    _case(
        SPOKESPERSON,
        "Clock chimes again\n\nThe town clock was restored by specialist firm Pellow & Drage "
        "of Hartsmoor.\n\nA spokesman for the company said: “It was a joy to work on.”",
        "a joy to work on",
        "Pellow & Drage",
        "spokesperson",
        "a firm named for its partners, then 'of' and its town: the firm, not the town too",
    ),
    _case(
        SPOKESPERSON,
        "Fair returns\n\nThe fair was organised by the Arts & Crafts Guild of Wenbury.\n\n"
        "“We expect 2,000 visitors,” a spokesman for the guild said.",
        "We expect 2,000 visitors",
        "Arts & Crafts Guild of Wenbury",
        "spokesperson",
        "near miss: a body's head word before 'of' keeps the place in its name",
    ),
    # -- a government's spokesperson: the government named, never the last aid agency -----
    _case(
        SPOKESPERSON,
        "Floods in Perovia\n\nThe Perovian government has declared a state of emergency. Water "
        "minister Ivo Stanek said the rain would continue.\n\nThe charity Open Harbour Aid said "
        "its lorries were stuck at the border. “We have been waiting four days,” its director, "
        "Lena Moss, said.\n\nA government spokesperson said: “Every lorry will be cleared by "
        "Friday.”",
        "Every lorry will be cleared",
        "Perovian government",
        "spokesperson",
        "a government spokesperson speaks for the government named by its demonym",
    ),
    _case(
        SPOKESPERSON,
        "Floods in Perovia\n\nPerovia's government has declared a state of emergency.\n\nThe "
        "charity Open Harbour Aid said its lorries were stuck at the border.\n\nA government "
        "spokesman said: “Every lorry will be cleared by Friday.”",
        "Every lorry will be cleared",
        "Perovia's government",
        "spokesperson",
        "a government named by its country's possessive",
    ),
    _case(
        DESCRIPTION,
        "Floods in Perovia\n\nThe Perovian government has declared a state of emergency.\n\n"
        "The charity Open Harbour Aid said its lorries were stuck.\n\n“Every lorry will be "
        "cleared by Friday,” the government said.",
        "Every lorry will be cleared",
        "Perovian government",
        "description",
        "'the government' is the government named in reach, not the charity named last",
    ),
    _case(
        SPOKESPERSON,
        "Floods in Perovia\n\nThe charity Open Harbour Aid said its lorries were stuck at the "
        "border.\n\nA government spokesperson said: “Every lorry will be cleared by Friday.”",
        "Every lorry will be cleared",
        None,
        "spokesperson",
        "near miss: no government named, so nobody rather than the aid charity",
    ),
    _case(
        SPOKESPERSON,
        "Floods in Perovia\n\nThe charity Open Harbour Aid said its lorries were stuck.\n\n"
        "“Every clinic is staffed,” a ministry spokesperson said.",
        "Every clinic is staffed",
        None,
        "spokesperson",
        "near miss: a ministry's spokesperson with no ministry named is not the charity's",
    ),
    _case(
        SPOKESPERSON,
        "Ferry link cut\n\nThe Scottish Government has promised a new ferry. The charity "
        "Island Aid said islanders were cut off.\n\n“A new vessel is on order,” a government "
        "spokesman said.",
        "A new vessel is on order",
        "Scottish Government",
        "spokesperson",
        "near miss: a government written as a capitalised name is still found by its name",
    ),
    # -- a live blog's pronoun stays in its entry -----------------------------------------
    _case(
        PRONOUN,
        "Ferry strike live\n\n10:52\nThe harbour board's chair, Petra Lindqvist, has posted "
        "an update.\n\n11:15\nThe union said talks would resume.\n\n11:40\nA woman waiting "
        "outside the terminal for news of her son told us she had been there since dawn. "
        "“Nobody tells us anything,” she said.\n\n12:05\nBoats are moving again.",
        "Nobody tells us anything",
        None,
        None,
        "a live blog entry naming nobody: not a person named in another entry",
    ),
    _case(
        PRONOUN,
        "Ferry strike live\n\n10:52\nPetra Lindqvist, the harbour board's chair, says the "
        "talks are going well.\n\n11:15\nThe union said talks would resume.\n\n11:40\nThe "
        "queue at the terminal is now 200 metres long.\n\n“Nobody tells us anything,” she "
        "said.\n\n12:05\nBoats are moving again.",
        "Nobody tells us anything",
        None,
        None,
        "a live blog: nor the person salient across the other entries",
    ),
    _case(
        PRONOUN,
        "Ferry strike live\n\n12:05\nHarbourmaster Ilse Brand says the first boat left at "
        "noon.\n\n“We are moving again,” she says.\n\n11:40\nUnion rep Dana Roe has been "
        "at the gate since dawn.\n\n11:15\nTalks resume at 11.",
        "We are moving again",
        "Ilse Brand",
        "pronoun",
        "a live blog newest first: the person named in the pronoun's own entry",
    ),
    _case(
        PRONOUN,
        "Ferry strike\n\nHarbourmaster Ilse Brand says the first boat left at noon.\n\n"
        "Boats leave at 11:15 and 12:05 from now on.\n\n“We are moving again,” she says.",
        "We are moving again",
        "Ilse Brand",
        "pronoun",
        "near miss: times inside sentences make no live blog, so the pronoun reaches back",
    ),
    # -- a story's unnamed subject is the person it names next --------------------------
    _case(
        DESCRIPTION,
        "Nurse tells court of attack\n\nA nurse has told a court she feared for her life when "
        "a patient attacked her.\n\nMaria Keane, 41, was stabbed in the arm at Holmbury General "
        "Hospital in March.\n\nUnder cross-examination, Tom Fell KC, defending, asked whether "
        "Ms Keane had treated the man before.\n\n\"Not that I recall,\" the nurse replied.",
        "Not that I recall",
        "Maria Keane",
        "description",
        "'a nurse has told a court' then the person named next: 'the nurse' is her",
    ),
    _case(
        DESCRIPTION,
        "Nurse attacked\n\nA nurse was stabbed by a patient at Holmbury General Hospital in "
        "March.\n\nTom Fell, 30, denies wounding.\n\n\"I thought I would die,\" the nurse "
        "said.",
        "I thought I would die",
        None,
        None,
        "near miss: a nurse who does not speak in the opening may be followed by another's name",
    ),
    _case(
        DESCRIPTION,
        "Crash inquest\n\nA cyclist has told an inquest he saw the lorry too late.\n\nThe "
        "coroner, Jane Orde, heard evidence from six witnesses.\n\n\"It came from nowhere,\" "
        "the cyclist said.",
        "It came from nowhere",
        None,
        None,
        "near miss: a name inside the next sentence, not opening it, is someone else",
    ),
    # -- a tabloid's shouted mood opening the story, before a name in mixed case ---------
    _case(
        NAMED,
        "Harbourside boss blasts his flops\n\nLIVID Dermot Quellan laid into his players "
        "after a 3-0 home defeat.\n\n“Some of them will not play again,” said Quellan.",
        "will not play again",
        "Dermot Quellan",
        "named",
        "'LIVID Dermot Quellan': the shouted mood opening the story is no part of his name",
    ),
    _case(
        PRONOUN,
        "Bridge closure row\n\nDEFIANT Ottilie Brandwick refused to back down last night.\n\n"
        "“I stand by every word,” she said.",
        "stand by every word",
        "Ottilie Brandwick",
        "pronoun",
        "'DEFIANT' before a name in mixed case is a mood (cues.MOODS), not a given name",
    ),
    _case(
        NAMED,
        "Parents protest at school gates\n\nANGRY Parents Alliance staged a protest at "
        "Fernley Primary on Monday.\n\n“We were ignored,” ANGRY Parents Alliance said.",
        "We were ignored",
        "ANGRY Parents Alliance",
        "named",
        "near miss: a shouted mood opening a body's name stays in it",
    ),
    # -- a manager who has players: the club's boss, even right after his own words -------
    _case(
        DESCRIPTION,
        "Ormside Rovers lost 4-1 at Kelby.\n\nTorvald Enge tore into his players at the "
        "final whistle.\n\n“That was not acceptable,” he said.\n\nThe Hornets boss added: "
        "“Some of them have had it easy for too long.”",
        "had it easy",
        "Torvald Enge",
        "description",
        "a man with 'his players' is on the bench: 'the Hornets boss' after his words is him",
    ),
    _case(
        DESCRIPTION,
        "Ormside Rovers lost 4-1 at Kelby. Midfielder Torvald Enge scored their only goal."
        "\n\n“That was not acceptable,” Enge said.\n\n“He tried his best,” the Hornets boss "
        "added.",
        "tried his best",
        None,
        None,
        "near miss: a player in view is not the boss, nor the man who has just spoken",
    ),
    _case(
        DESCRIPTION,
        "Torvald Enge scored twice for Ormside Rovers. “I am delighted,” Enge said.\n\n"
        "“He was outstanding,” added the Hornets boss.",
        "was outstanding",
        None,
        None,
        "near miss: a club's boss right after a scorer with no players of his is someone else",
    ),
    _case(
        DESCRIPTION,
        "Torvald Enge scored twice with his father by his side in the stand. “I am "
        "delighted,” Enge said.\n\n“He was outstanding,” added the coach.",
        "was outstanding",
        None,
        None,
        "near miss: 'by his side' is a place beside him, not a side he picks",
    ),
    # -- a player's position for the player in view, never for the manager --------------
    _case(
        DESCRIPTION,
        "Brackley Town were beaten at home again.\n\nSkipper Jonas Mbeki-Ward, 30, took the "
        "blame.\n\n“The manager is not the problem,” admitted the centre-half.",
        "not the problem",
        "Jonas Mbeki-Ward",
        "description",
        "'the centre-half' is the skipper in view, as 'the winger' would be",
    ),
    _case(
        DESCRIPTION,
        "Brackley Town were beaten at home again.\n\nSkipper Jonas Mbeki-Ward, 30, took the "
        "blame.\n\n“We were too slow,” admitted the centre-back.",
        "too slow",
        "Jonas Mbeki-Ward",
        "description",
        "a back's position describes the captain in view (a player's kind of description)",
    ),
    _case(
        DESCRIPTION,
        "Brackley Town were beaten at home again. Manager Ilse Dornbach was furious.\n\n"
        "“We were too slow,” admitted the winger.",
        "too slow",
        None,
        None,
        "near miss: a player's position is not the manager in view",
    ),
    # -- "here is everything she said": a transcript under topic headers ------------------
    _case(
        NONE,
        _EVERYTHING_SAID,
        "has a knock on his knee",
        "Ines Varga",
        "introduction",
        "'Here is everything she said.' hands over to the answer under 'On team news:'",
    ),
    _case(
        NONE,
        _EVERYTHING_SAID,
        "settling in well",
        "Ines Varga",
        "continuation",
        "a topic header naming someone ('On Dario's fitness:') carries on the answers",
    ),
    _case(
        NONE,
        _EVERYTHING_SAID,
        "Every game is a priority",
        "Ines Varga",
        "continuation",
        "a topic header then a question ('Q: …?') then 'A: “…”' carries on the answers",
    ),
    _case(
        DESCRIPTION,
        _EVERYTHING_SAID,
        "two years left",
        "Ines Varga",
        "description",
        "the headline's 'Everything Ines Varga said' gives no 'Everything' to her name",
    ),
    _case(
        NONE,
        "Kelby Rovers manager Ines Varga and captain Dario Pell spoke to the media on Friday. "
        "Here is everything they said.\n\nOn team news:\n\n“Everyone is fit for Saturday.”",
        "Everyone is fit",
        None,
        None,
        "near miss: a hand-over to two people gives the answers to neither",
    ),
    _case(
        NONE,
        "Kelby Rovers manager Ines Varga spoke to the media on Friday. Here is everything she "
        "said.\n\nOn team news:\n\n“Everyone is fit for Saturday.”\n\nOn Monday chairman Olek "
        "Brandt told reporters:\n\n“The manager has my full backing.”",
        "full backing",
        "Olek Brandt",
        "named",
        "near miss: 'On Monday the chairman told reporters:' is a lead-in, not a topic header",
    ),
    # -- a headline's surname: the person the story names in full ------------------------
    _case(
        NAMED,
        "Harlow 3-1 Kelby: Brisco hails 'our best win in years'\n\nKelby manager Anwen "
        "Brisco said her side had been outstanding.\n\n“We never stopped running,” Brisco "
        "said.",
        "our best win in years",
        "Anwen Brisco",
        "named",
        "a headline's surname is the one person the body names in full with it",
    ),
    _case(
        NAMED,
        "Harlow 3-1 Kelby: Brisco hails 'our best win in years'\n\nKelby manager Anwen "
        "Brisco praised her side. Her brother, Tom Brisco, scored twice.",
        "our best win in years",
        "Brisco",
        "named",
        "near miss: two people of that surname named in full, so the headline's stays as written",
    ),
    # -- a live blog's reader: "Email from Neville in Stockleigh:" -------------------------
    _case(
        NAMED,
        "Transfer deadline day live\n\n21.10\nThe window shuts at 11pm.\n\n20.45\nEmail from "
        "Perpetua in Ashcombe: “Another window and still no left-back. Why does our club "
        "never learn?”",
        "still no left-back",
        "Perpetua",
        "named",
        "a reader's email: the given name it came from, not the town after 'in'",
    ),
    _case(
        NAMED,
        "Transfer deadline day live\n\n20.45\nA text from Oswin Radley: “Sell the lot and "
        "start again.”",
        "Sell the lot",
        "Oswin Radley",
        "named",
        "'A text from' and a full name: the one who sent it",
    ),
    _case(
        NAMED,
        "Transfer deadline day live\n\n20.45\nAn email from our Kelby readers: “Sell the lot "
        "and start again.”",
        "Sell the lot",
        None,
        None,
        "near miss: a message from a group written in lower case names no one",
    ),
    _case(
        NAMED,
        "Transfer deadline day live\n\n20.50\nAugustin in Harrowby writes: “We need a "
        "striker, not another winger.”",
        "not another winger",
        "Augustin",
        "named",
        "'Augustin in Harrowby writes': the name before 'in', not the town",
    ),
    _case(
        NAMED,
        "The flood defences were finished in May.\n\n“It held this time,” Ilona Marchetti in "
        "Pellbridge said.",
        "held this time",
        "Ilona Marchetti",
        "named",
        "a full name before 'in' and where she is: the name, as before 'of'",
    ),
    _case(
        DESCRIPTION,
        "The flood defences were finished in May.\n\n“It held this time,” police in Pellbridge "
        "said.",
        "held this time",
        None,
        None,
        "near miss: a group noun before 'in' is no name and the town is not the speaker",
    ),
    _case(
        NONE,
        "Ormside manager Tobias Wren spoke before the derby.\n\nHow is the squad?\n\n"
        "“Everyone is fit and ready.”\n\nKelby Rangers have won four in a row. Are you "
        "worried?\n\n“No. We respect them, but we fear nobody.”",
        "we fear nobody",
        "Tobias Wren",
        "continuation",
        "'Kelby Rangers' in a question is a club (cues.CLUB_WORDS), not a new speaker",
    ),
    _case(
        NAMED,
        "The hosts were beaten at home.\n\n“We have to improve,” said Jo Harrier.",
        "have to improve",
        "Jo Harrier",
        "named",
        "near miss: a surname like a club's word in the singular stays a person's",
    ),
    # -- a club's nickname before a role: the one manager the article titled -------------
    _case(
        DESCRIPTION,
        "Wexby Rovers lost 2-0 at home.\n\nRovers manager Casimir Drummond took the blame."
        "\n\n“It is on us,” the Magpies boss said.",
        "It is on us",
        "Casimir Drummond",
        "description",
        "a nickname ('the Magpies boss') opening no club named is the one manager titled",
    ),
    _case(
        DESCRIPTION,
        "Wexby Rovers lost 2-0 to Harlow Town.\n\nRovers manager Casimir Drummond took the "
        "blame. Harlow Town manager Ilse Dornbach was pleased.\n\n“It is on us,” the Magpies "
        "boss said.",
        "It is on us",
        None,
        None,
        "near miss: with two managers the nickname cannot say which",
    ),
    _case(
        DESCRIPTION,
        "Wexby Rovers lost 2-0 to Pellham Harriers.\n\nRovers manager Casimir Drummond took "
        "the blame.\n\n“It is on us,” the Harriers boss said.",
        "It is on us",
        None,
        None,
        "near miss: a plural that names the other club in the article is that club's boss",
    ),
    _case(
        PRONOUN,
        "Host Mina Carrow took calls on the parking charges all morning.\n\nThe first caller "
        "was Dorian from Hexley, who runs a bakery on the high street.\n\n“I will lose half "
        "my trade,” he told Mina.",
        "lose half my trade",
        "Dorian",
        "pronoun",
        "a phone-in caller introduced by first name and town is a person for he/she",
    ),
    _case(
        PRONOUN,
        "Presenter Tobias Rennet opened the lines after the flood.\n\nAnother caller, "
        "Perpetua from Long Stowe, said her lane was still shut.\n\n“There is no bus at "
        "all,” she said.",
        "no bus at all",
        "Perpetua",
        "pronoun",
        "'Another caller, Name from Place,' makes the first name a person",
    ),
    _case(
        PRONOUN,
        "Host Mina Carrow took calls on the parking charges all morning.\n\nLeontyne in "
        "Hexley rang in to back the council. “It has to be paid for somehow,” she said.",
        "paid for somehow",
        "Leontyne",
        "pronoun",
        "a first name and a town that 'rang in' is a caller, even opening the sentence",
    ),
    _case(
        PRONOUN,
        "Council leader Ilse Varden took questions from readers on Tuesday. One reader asked "
        "whether Pellbury from Monday would close its depot.\n\n“We have asked them to "
        "think again,” she said.",
        "think again",
        "Ilse Varden",
        "pronoun",
        "near miss: a word before 'from' and a day is no caller, even near 'reader'",
    ),
    _case(
        PRONOUN,
        "Nurse Ilse Varden has worked at the clinic for a decade. Patients who travel in from "
        "Hexley rely on her.\n\n“I know most of them by name,” she said.",
        "most of them by name",
        "Ilse Varden",
        "pronoun",
        "near miss: 'from' and a town with no caller or listener introduces no one",
    ),
    _case(
        STATEMENT,
        "Traders on Mill Street say the new parking charges are driving shoppers away.\n\n"
        "A spokeswoman for Hexley Borough Council pointed to its own visitor figures. “We are "
        "spending four million pounds on the high street,” she said.",
        "four million pounds",
        "Hexley Borough Council",
        "pronoun",
        "she after a spokeswoman for a body in her paragraph is the body, whatever her verb",
    ),
    _case(
        PRONOUN,
        "Traders on Mill Street say the new parking charges are driving shoppers away. A "
        "spokeswoman for Hexley Borough Council pointed to its visitor figures.\n\n“We are "
        "spending four million pounds on the high street,” she said.",
        "four million pounds",
        None,
        None,
        "near miss: across a paragraph break the spokeswoman needs a speech verb",
    ),
    _case(
        DESCRIPTION,
        "Flood water reached the church steps in Lower Hexley on Tuesday.\n\nThe local MP, "
        "Ingrid Vallance-Moor, visited the village. She said she had asked ministers for "
        "help.\n\n“These families have lost everything,” the MP said.",
        "lost everything",
        "Ingrid Vallance-Moor",
        "description",
        "'The local MP, Name,' gives her the seat, so 'the MP' finds her past her own paragraph",
    ),
    _case(
        DESCRIPTION,
        "Flood water reached the church steps in Lower Hexley on Tuesday.\n\nLabour MP Rohan "
        "Tisdall, Ingrid Vallance-Moor and Pip Ardent visited the village. Ingrid "
        "Vallance-Moor said she had asked ministers for help.\n\n“These families have lost "
        "everything,” the MP said.",
        "lost everything",
        "Rohan Tisdall",
        "description",
        "near miss: a name listed after an MP's name is not given the seat",
    ),
    _case(
        PRONOUN,
        "Planning officer Tobin Harrowgate said the market would reopen in spring. “We have "
        "the money in place,” Harrowgate said.\n\nI spoke to a stallholder near the old "
        "clock tower, who asked not to be named. He has sold fruit there since 1994.\n\n"
        "“Half my customers have gone,” he said.",
        "Half my customers",
        None,
        None,
        "a he-sentence right after a man left unnamed keeps him, so he is not the officer",
    ),
    _case(
        PRONOUN,
        "Planning officer Tobin Harrowgate said the market would reopen in spring.\n\nI spoke "
        "to a stallholder near the old clock tower, who asked not to be named. She has sold "
        "fruit there since 1994.\n\n“We have the money in place,” he said.",
        "money in place",
        "Tobin Harrowgate",
        "pronoun",
        "near miss: a she-sentence after the unnamed one keeps no one for a later he",
    ),
    _case(
        STATEMENT,
        "Host Mina Carrow took calls all morning.\n\nMina Carrow closed the show by reading a "
        "statement from Hexley Borough Council: “We will review the charges in the new year.”",
        "review the charges",
        "Hexley Borough Council",
        "named",
        "a statement someone is reading out from a body is the body's, not the reader's",
    ),
    _case(
        NONE,
        "Host Mina Carrow took calls all morning.\n\nMina Carrow closed the show by reading a "
        "message from a listener in Ely: “Keep up the good work, everyone.”",
        "Keep up the good work",
        None,
        None,
        "a message read out from an unnamed listener is nobody's named quote, not the host's",
    ),
    _case(
        NAMED,
        "Host Mina Carrow took calls all morning.\n\nMina Carrow closed the show by reading a "
        "passage from her new book: “The river was high that spring.”",
        "river was high",
        "Mina Carrow",
        "named",
        "near miss: a passage read from one's own book is no one else's statement",
    ),
    _case(
        POSTS,
        "Tributes poured in for the retiring lollipop man.\n\n10:42\nHis former pupil has "
        "posted this:\n\nPernille Odukwe (@pernille_oy): He taught half the town to cross "
        "the road safely. Enjoy the rest, Mr Hask.",
        "taught half the town",
        "Pernille Odukwe",
        "post",
        "a live blog's inline post opens with the display name and the handle in brackets",
    ),
    _case(
        POSTS,
        "The studio closed its Trellick office on Monday.\n\nStaff took to social media within "
        "the hour.\n\nMarisol Quennell @marisolq_art\nNine years at Trellick ended on a video "
        "call this morning. My portfolio is in my bio.\n\nThe studio declined to comment.",
        "Nine years at Trellick",
        "Marisol Quennell",
        "post",
        "a header line over the post's text is a post without the copied time line",
    ),
    _case(
        NAMED,
        "Ferry crews walk out\n\nTobiah Renkwell @tobiahrenk\nTransport Correspondent\n\n"
        "“We will not sail until the rota is fixed,” said union rep Dalia Wren.",
        "We will not sail",
        "Dalia Wren",
        "named",
        "a byline's name and handle over the writer's role is no post",
    ),
    _case(
        SPOKESPERSON,
        "RECALL FURY: Brake fault found in new Ostrava Pell hatchback\n\nOwners have turned on "
        "carmaker Ostrava after a fault was found in the brakes of its new Pell.\n\nMechanic Ivor "
        "Tamsett said the fault was easy to miss.\n\nAn Ostrava spokeswoman said: “Every owner "
        "will be contacted this week.”",
        "Every owner will be contacted",
        "Ostrava",
        "spokesperson",
        "a one-word carmaker named before its spokeswoman, though a headline made it a person",
    ),
    _case(
        SPOKESPERSON,
        "Tributes for Dorian Welk\n\nDorian Welk, the former minister, has died aged 81.\n\n"
        "A Welk spokesman said: “The family ask for privacy.”",
        "The family ask for privacy",
        None,
        None,
        "near miss: a spokesman named for a word that only ever named a person",
    ),
    _case(
        DESCRIPTION,
        "Tallisker Games shuts as publisher Brenmoor cuts costs\n\nTallisker Games, the studio "
        "behind the Ashgrove series, will close in March, owner Brenmoor Interactive said on "
        "Tuesday.\n\nBrenmoor said the decision followed a review of its studios.\n\n“We "
        "have had to make hard choices,” the publisher said.",
        "hard choices",
        "Brenmoor Interactive",
        "description",
        "a body given its role in a headline by a short name is reported by its fullest name",
    ),
    _case(
        DESCRIPTION,
        "Tallisker Games shuts as publisher Brenmoor cuts costs\n\nTallisker Games, the studio "
        "behind the Ashgrove series, will close in March.\n\n“We have had to make hard "
        "choices,” the publisher said.\n\nBrenmoor Interactive bought the studio in 2019.",
        "hard choices",
        "Brenmoor",
        "description",
        "near miss: a fuller name the article gives only after the quote is not taken",
    ),
    _case(
        DESCRIPTION,
        "Pilots of Corvan turboprop lost sight of runway, report finds\n\nInvestigators have "
        "found that the pilots of a Corvan turboprop that landed short of the runway at Tullagh "
        "Airport last May continued after losing sight of the lights.\n\n"
        "Chief inspector Oisin Draycott said the findings were preliminary and that Tullagh "
        "Airport had been asked for its weather records.\n\nCorvan said it was co-operating "
        "fully with the inquiry.\n\n“We have reviewed our procedures,” the airline said.",
        "reviewed our procedures",
        "Corvan",
        "description",
        "an airline is no body whose name ends in Airport, however salient the airport",
    ),
    _case(
        DESCRIPTION,
        "Pilots of Corvan turboprop lost sight of runway, report finds\n\nInvestigators have "
        "found that the pilots of a Corvan turboprop that landed short of the runway at Tullagh "
        "Airport last May continued after losing sight of the lights.\n\n"
        "Corvan said it was co-operating fully with the inquiry.\n\n“Our instruments were "
        "checked and found to be working,” the airport said.",
        "instruments were checked",
        "Tullagh Airport",
        "description",
        "near miss: the airport is still the body named for its kind, not the airline after it",
    ),
    _case(
        PRONOUN,
        "Cat lost after Marrowind Air flight\n\nA Dunsby man says his cat vanished after "
        "being flown on a Marrowind Air flight.\n\nOlwen Pryce-Bannock's cat, Biscuit, was "
        "checked in as cargo on Friday.\n\n“He was just gone,” Pryce-Bannock said.\n\n"
        "The 47-year-old said he had flown with Biscuit before. “I trusted them,” he said.",
        "I trusted them",
        "Olwen Pryce-Bannock",
        "pronoun",
        "a name ending in Air is an airline, even in a headline, so no he or she finds it",
    ),
    _case(
        NAMED,
        "Air Marshal Idris Kempthorne said: “The squadron is ready.”\n\n"
        "“We train every week,” he said.",
        "train every week",
        "Idris Kempthorne",
        "pronoun",
        "Air opening a name is a rank, and the man holding it is still a person",
    ),
    _case(
        DESCRIPTION,
        "Parcel lost at depot\n\nA Dunsby woman says a parcel holding her late father's "
        "medals vanished at a sorting depot.\n\nMaeve Corrigan-Holt, 58, said the box was "
        "signed for on Tuesday.\n\nThe airport courier desk is run by Southmoor Air. "
        "Deliveries from the depot are contracted to Brackwell Onward. “Our drivers followed "
        "every procedure,” the company said.",
        "Our drivers followed",
        "Brackwell Onward",
        "description",
        "the company is the firm its paragraph just named after a preposition, not the airline",
    ),
    _case(
        DESCRIPTION,
        "Parcel lost at depot\n\nA Dunsby woman says a parcel holding her late father's "
        "medals vanished at a sorting depot.\n\nMaeve Corrigan-Holt, 58, said the box was "
        "signed for on Tuesday.\n\nThe airport courier desk is run by Southmoor Air. "
        "Deliveries are loaded into the Brackwell Onward van. “Our drivers followed "
        "every procedure,” the company said.",
        "Our drivers followed",
        "Southmoor Air",
        "description",
        "a name after the is a thing the firm owns, not the firm the company stands for",
    ),
    _case(
        STATEMENT,
        "Flamingos loose in Brisby — live updates\n\n15:05\nPolice: keep away\n\nKelmarsh "
        "Police have posted an update on X:\n\nPlease keep away from the birds and call us "
        "with any sightings.\n— Kelmarsh Police (@KelmarshPolice) May 4, 2026\n\n14:40\n"
        "Park issues statement\n\nBrisby Safari Park has issued a statement about the "
        "escape. It reads in full:\n\n\"Three of our flamingos left their enclosure this "
        "morning.\"",
        "Three of our flamingos",
        "Brisby Safari Park",
        "pronoun",
        "a name read as a place for its last word that issues a statement is the body",
    ),
    _case(
        NAMED,
        "Crowds gathered at Brisby Park on Sunday. Brisby Park has issued a warning about "
        "ticks.\n\n“Check your dogs after every walk,” said ranger Oona Falkirk.",
        "Check your dogs",
        "Oona Falkirk",
        "named",
        "a warning is no document: the park stays a place and the ranger speaks",
    ),
    _case(
        PRONOUN,
        "Otters loose in Dunmere — live updates\n\n16:20\nStill no sign\n\nKeepers are "
        "searching the riverbank.\n\n16:05\nExpert view\n\nWe've been speaking to Dr Ilsa "
        "Brackenbury, a zoologist at the University of Dunmere, who says there is no reason "
        "to worry.\n\n“Otters are shy animals and will avoid people,” she said.\n\n"
        "15:50\nWhat we know\n\nTwo otters escaped on Monday.",
        "Otters are shy animals",
        "Ilsa Brackenbury",
        "pronoun",
        "whom we spoke to, titled after 'to', is who a live entry's she goes on with",
    ),
    _case(
        PRONOUN,
        "Otters loose in Dunmere — live updates\n\n16:20\nStill no sign\n\nKeepers are "
        "searching the riverbank.\n\n16:05\nExpert view\n\nWe have been speaking to a "
        "neighbour of Ilsa Brackenbury, who says there is no reason to worry.\n\n“Otters are "
        "shy animals and will avoid people,” she said.\n\n"
        "15:50\nWhat we know\n\nTwo otters escaped on Monday.",
        "Otters are shy animals",
        None,
        "pronoun",
        "a name after the one we spoke to is no subject: the entry's she stays open",
    ),
    _case(
        NAMED,
        _COUPLE_RETIRING,
        "Our ovens have earned",
        "Colin Stravane",
        "named",
        "a couple opening its sentence, called the couple one sentence on, gives Mr his own name",
    ),
    _case(
        NAMED,
        _COUPLE_RETIRING,
        "miss the early mornings",
        "Moira Stravane",
        "named",
        "and Mrs the given name readers take for a woman's, not the surname alone",
    ),
    _case(
        NAMED,
        "Bakery to close after 30 years\n\nTobin and Ysolde Marrick opened the Mill Lane "
        "bakery in 1994.\n\nThe pair announced their retirement on Monday.\n\nTobin said: "
        "“Our ovens have earned a rest.”",
        "Our ovens have earned",
        "Tobin Marrick",
        "named",
        "the pair one sentence on makes the opening first name a Marrick too",
    ),
    _case(
        NAMED,
        "New shop for Kelby\n\nHollin and Rosa Quint signed the lease on Monday. The shop "
        "opens in May.\n\nHollin said: “We are delighted.”",
        "We are delighted",
        "Hollin",
        "named",
        "with no family word in or after the sentence, the first word may be a firm: as written",
    ),
    _case(
        NAMED,
        "Bakery to close\n\nYsolde and Tobin Marrick opened the bakery in 1994.\n\nThe "
        "couple announced their retirement.\n\nMr Marrick said: “Our ovens have earned a "
        "rest.”\n\nMrs Marrick added: “We will miss it.”",
        "We will miss it",
        "Marrick",
        "named",
        "after Mr was written, Mrs still picks neither partner of unknown gender, not the latest",
    ),
    _case(
        PRONOUN,
        "Floodwater reached the rooftops in six villages overnight.\n\nDeputy Minister for "
        "Disaster Management Idunna Kraselvo said 300 families had been moved to schools. "
        "“We have tents for everyone who needs one,” she said.",
        "tents for everyone",
        "Idunna Kraselvo",
        "pronoun",
        "a relief brief after 'Minister for' belongs to the title, not the name",
    ),
    _case(
        NAMED,
        "Rebuilding will take two years, said Minister of State for Relief and Reconstruction "
        "Tavish Morrendale.\n\n“No family will be left behind,” Morrendale said.",
        "No family will",
        "Tavish Morrendale",
        "named",
        "a brief of relief and reconstruction is the office's, the surname is the minister",
    ),
    _case(
        DESCRIPTION,
        "The Disaster Management Authority has issued a red warning for the coast.\n\n"
        "“Stay indoors until the storm passes,” the authority said.",
        "Stay indoors",
        "Disaster Management Authority",
        "description",
        "near miss: relief words opening a body's name stay in that name",
    ),
    _case(
        NAMED,
        "Mudslides cut the road to Karangsari on Tuesday.\n\nRegent Dwiyanto Harsalim said "
        "the regency would rehouse 40 families.\n\n“Nobody will sleep under that slope "
        "again,” said Dwiyanto.",
        "Nobody will sleep",
        "Dwiyanto Harsalim",
        "named",
        "a regent's title is stripped, so his given name alone later is the same man",
    ),
    _case(
        NAMED,
        "Storms flattened the maize in three villages.\n\n“We have no seed for next year,” said "
        "Senior Village Headman Chikwamba.",
        "no seed for next year",
        "Chikwamba",
        "named",
        "a headman's title before one word is a title, the word his name",
    ),
    _case(
        DESCRIPTION,
        "Inkosi Mabhengu opened the new clinic on Friday.\n\n“Our mothers walked two hours "
        "to see a nurse,” the inkosi said.",
        "walked two hours",
        "Mabhengu",
        "description",
        "a Zulu chief's title is his role, so the title alone later finds him",
    ),
    _case(
        DESCRIPTION,
        "The Regent Cinema will close in June after 90 years.\n\n“It is no longer viable,” "
        "the cinema said.",
        "no longer viable",
        "Regent Cinema",
        "description",
        "near miss: 'Regent' opening a venue's name stays in it",
    ),
    _case(
        PRONOUN,
        "Waiting lists for therapy have doubled.\n\nMinister for Mental Health Adaeze Konwell "
        "said 200 counsellors would be hired. “Nobody should wait a year for help,” she said.",
        "wait a year",
        "Adaeze Konwell",
        "pronoun",
        "a word of the brief's own before its noun belongs to the title, not the name",
    ),
    _case(
        NAMED,
        "“The land was always theirs,” said Minister for Indigenous Affairs Tobias Wirrinpa.",
        "always theirs",
        "Tobias Wirrinpa",
        "named",
        "a qualified brief after 'said Minister for' is no part of the name",
    ),
    _case(
        SPOKESPERSON,
        "Two wards will close.\n\n“This is a disaster for patients,” said a spokesperson for "
        "Mental Health Action Kelby.",
        "disaster for patients",
        "Mental Health Action Kelby",
        "spokesperson",
        "near miss: a qualified brief opening a body's name after 'spokesperson for' stays in it",
    ),
    _case(
        PRONOUN,
        "The palace reopened after the floods.\n\nOba Adeyemi Olukoya said the festival "
        "would go ahead. “Our people are patient,” he said.",
        "people are patient",
        "Adeyemi Olukoya",
        "pronoun",
        "a Yoruba king's title before a full name is his role, as Prince is",
    ),
    _case(
        NAMED,
        "The palace reopened after the floods.\n\n“Our people are patient,” said the Oba of "
        "Ilemo.",
        "people are patient",
        "Oba of Ilemo",
        "named",
        "near miss: an oba styled by his town is named so, as a duchess is",
    ),
    _case(
        DESCRIPTION,
        "Councillor Maddy Quenell has asked for a crossing outside Brenfold school.\n\n"
        "“Someone will be hurt if we wait,” the Lib Dem said.",
        "Someone will be hurt",
        "Maddy Quenell",
        "description",
        "a two-word party label after 'the' describes the person in view, never a name",
    ),
    _case(
        DESCRIPTION,
        "Conservative councillor Pryce Hallam backed the budget. Green councillor Ada Mewes "
        "voted against it.\n\n“This is a fair settlement,” said the Conservative.",
        "fair settlement",
        "Pryce Hallam",
        "description",
        "a party label after 'the' is the member the article labelled so, not the last named",
    ),
    _case(
        NAMED,
        "Volunteers planted trees on Sunday.\n\n“We want a greener town,” the Green Party said.",
        "greener town",
        "Green Party",
        "named",
        "near miss: a party's name ending in 'Party' is the party, not a member",
    ),
    _case(
        DESCRIPTION,
        "The Tennick Space Agency delayed its launch by a month.\n\nThe faulty pump was "
        "made by Venmore Hydraulics, a private firm based in Carrow. The company said it was "
        "“working with the agency to find the cause”.",
        "find the cause",
        "Venmore Hydraulics",
        "description",
        "a maker named for its trade ('Hydraulics', 'Aerospace') is a company, not a person",
    ),
    _case(
        DESCRIPTION,
        "Robotics teacher Ansel Marrick won the county award on Friday.\n\n“I am stunned,” "
        "the teacher said.",
        "I am stunned",
        "Ansel Marrick",
        "description",
        "near miss: a trade word alone opening a sentence is no company's name",
    ),
    _case(
        STATEMENT,
        "Volunteers from the Harlow Mere Swan Sanctuary freed a cygnet on Sunday.\n\n"
        "Tibor Okafor-Lund, the warden, said the bird was “lucky to be alive”.\n\nLast night the "
        "charity called on anglers to take their line home. A statement said: “Discarded line "
        "kills hundreds of birds a year.”",
        "Discarded line",
        "Harlow Mere Swan Sanctuary",
        "statement",
        "'Last night' before the body described is a dated opening, so the statement is its",
    ),
    _case(
        STATEMENT,
        "Volunteers from the Harlow Mere Swan Sanctuary freed a cygnet on Sunday.\n\n"
        "Tibor Okafor-Lund, the warden, said the bird was “lucky to be alive”.\n\nLast night the "
        "warden called on anglers to take their line home. A statement said: “Discarded line "
        "kills hundreds of birds a year.”",
        "Discarded line",
        "Tibor Okafor-Lund",
        "statement",
        "near miss: a person's title after 'Last night' is that person, not the body",
    ),
    _case(
        NAMED,
        "09:14\nTOUCHDOWN. The booster came down on the barge to cheers at the press "
        "site.\n\nRace commentator and former pilot Idony Charrington, who is hosting the "
        "stream, could barely get the words out: “A landing at the first go. Remarkable.”",
        "landing at the first go",
        "Idony Charrington",
        "named",
        "a colon's sentence opening with a role of several words and a name is the name's",
    ),
    _case(
        NONE,
        "09:14\nTOUCHDOWN. The booster came down on the barge.\n\nMission lead Idony "
        "Charrington found a card from Osric Venn that read: “Good luck up there.”",
        "Good luck up there",
        None,
        None,
        "near miss: a card someone found and read out is no words of theirs",
    ),
    _case(
        DESCRIPTION,
        "A boy drowned at the flooded pit near Ashcombe last summer.\n\nThe pit's owners, "
        "Hollick Aggregates, said in a submission that the fence had been mended. “We have "
        "put up new fencing along the whole edge,” the company said.",
        "new fencing",
        "Hollick Aggregates",
        "description",
        "a quarrying or building firm named for its trade is a company, not a person",
    ),
    _case(
        DESCRIPTION,
        "SNP councillor Ewan Dalgairns backed the ferry plan. Labour councillor Morag "
        "Tullis-Reid opposed it.\n\n“The islands cannot wait another winter,” the SNP member "
        "said.",
        "another winter",
        "Ewan Dalgairns",
        "description",
        "a party's label before 'member' is the one person the article labelled so",
    ),
    _case(
        DESCRIPTION,
        "Councillor Ewan Dalgairns backed the ferry plan.\n\n“The islands cannot wait "
        "another winter,” the SNP member said.",
        "another winter",
        None,
        None,
        "near miss: with nobody labelled by that party, 'the SNP member' stays unresolved",
    ),
    _case(
        NAMED,
        "Floodwater reached the market stalls of Barangay Tumana by noon.\n\n“The river "
        "rose in one hour, faster than last year,” said Nanay Lorna Pacquiao-Dizon, 71, who "
        "sells rice cakes by the bridge.",
        "river rose in one hour",
        "Lorna Pacquiao-Dizon",
        "named",
        "a Filipino term of respect before an elder's name is courtesy, not part of the name",
    ),
    _case(
        NAMED,
        "Togbe Kofi Dzameshie IV, chief of Avetakpo, cut the tape at the new clinic.\n\n"
        "“We have waited ten years for this building,” Togbe Dzameshie said.",
        "waited ten years",
        "Kofi Dzameshie IV",
        "named",
        "an Ewe chief's style is dropped and his regnal number is no surname: his later name",
    ),
    _case(
        NAMED,
        "Sandbags were handed out in Tumana on Sunday.\n\n“I left my house in May and have "
        "not been back,” said Lola Brandt-Ivers, a nurse.",
        "left my house in May",
        "Lola Brandt-Ivers",
        "named",
        "near miss: 'Lola' is a given name too, so it is no courtesy title here",
    ),
    _case(
        NAMED,
        "Residents near the Sadim tower site have petitioned the municipality over "
        "night-time drilling.\n\n“Our children cannot sleep before two in the morning,” "
        "said Abdulrahman Al Sowaidi, a father of four who lives next to the site.",
        "children cannot sleep",
        "Abdulrahman Al Sowaidi",
        "named",
        "a given name ending like 'Welshman' opens the name; it is not a man from somewhere",
    ),
    _case(
        NAMED,
        "The Dales Cup went to the home side on Saturday.\n\n“We dug in when it mattered,” "
        "said Yorkshireman Tobias Kettlewell, the captain.",
        "dug in when it mattered",
        "Tobias Kettlewell",
        "named",
        "near miss: a man from a place before a full name is still dropped from it",
    ),
    _case(
        PRONOUN,
        "Paddy farmers in Welimada have been told to expect late payments.\n\n"
        "G.L. Abeywardena said the mills had not paid for the last harvest.\n\n"
        "“We sold on credit in March and we are still waiting,” he said.",
        "sold on credit",
        "G.L. Abeywardena",
        "pronoun",
        "initials with a stop after each letter open a person's name, not an acronym's body",
    ),
    _case(
        PRONOUN,
        "Vegetable growers staged a sit-in outside the Haputale market yesterday.\n\n"
        "Convener of the Haputale Growers' Collective S.P. Rodrigo said the traders had cut "
        "prices twice in a month.\n\n“Nobody can grow carrots at these prices,” he told "
        "reporters.",
        "grow carrots",
        "S.P. Rodrigo",
        "pronoun",
        "an office of a body written straight before its holder's name: the holder",
    ),
    _case(
        PRONOUN,
        "A grower from Ella, Kumari Senanayake (61), said she had sold her crop at a loss.\n\n"
        "“We cannot feed the children on this,” the grandmother said.\n\n"
        "Contacted for comment, the Chairman of the Badulla Millers' Association Nimal "
        "Jayasundara said mills were facing falling export prices.\n\n“If we pay more for "
        "paddy, we will sell rice at a loss,” he said.",
        "sell rice at a loss",
        "Nimal Jayasundara",
        "pronoun",
        "'the Chairman of the …' opening a sentence is its named holder, not the last person",
    ),
    _case(
        NAMED,
        "Banks have warned of a rise in card fraud.\n\n“Criminals are getting smarter,” "
        "U.K. Finance said in a statement.",
        "getting smarter",
        "U.K. Finance",
        "named",
        "near miss: a country's letters with stops open a body's name, not a person's",
    ),
    _case(
        PRONOUN,
        "Tessar Kellam carrier posts record profit\n\nOrlin Airways, the flag carrier of the "
        "emirate of Tessar Kellam, on Wednesday reported a record half-year profit.\n\n"
        "Speaking to reporters, chief executive Matthias Vordenbrink said the airline would "
        "add nine routes.\n\n“We are growing faster than we planned,” Vordenbrink said.\n\n"
        "The German executive declined to comment on reports of a takeover.\n\n"
        "“We never comment on speculation,” he said.",
        "never comment on speculation",
        "Matthias Vordenbrink",
        "pronoun",
        "'the emirate of' a name names a place, never a he or she",
    ),
    _case(
        PRONOUN,
        "The bakery on Mill Lane is run by a cousin of Tobiah Orrix, its founder.\n\n"
        "Tobiah Orrix said the shop had been his father's.\n\n“It has always been a family "
        "business,” he said.",
        "always been a family",
        "Tobiah Orrix",
        "pronoun",
        "near miss: a person's kin before 'of' leaves the name a person's",
    ),
    _case(
        DESCRIPTION,
        "Police Lt. Col. Darius Montalvo, chief of the Sto. Niño station, said the suspect "
        "was caught during a buy-bust operation.\n\nThe suspect's family disputed the "
        "account online.\n\n“We recorded the whole operation on body cameras,” the police "
        "officer said.",
        "whole operation on body cameras",
        "Darius Montalvo",
        "description",
        "a commissioned rank of a force ranked like an army is kin to 'officer'",
    ),
    _case(
        DESCRIPTION,
        "Col. Darius Montalvo said arrests were made overnight.\n\nAlicia Brennock, a "
        "resident, said she was relieved.\n\n“We had three people in custody within a "
        "day,” the police officer said.",
        "custody within a day",
        "Darius Montalvo",
        "description",
        "near miss: a resident just before is no officer, though the officer is only kin",
    ),
    _case(
        PRONOUN,
        "Mr. Tharoor-Vance told supporters the tram line was a scandal.\n\nThe party chief "
        "also took a swipe at the Chief Minister, Ms Meera Kallat, over the port. “She "
        "opened it twice. Where are the ships?” he asked.",
        "Where are the ships",
        "Tharoor-Vance",
        "pronoun",
        "near miss: an office holder named after the verb is not the one the office opened with",
    ),
    _case(
        PRONOUN,
        "Tea prices fell again at the Kandyvale auction.\n\nContacted for comment, the "
        "Chairman of the Hillside Growers' Union Ranil Weerakoon-Perera said costs had doubled. "
        "“We cannot pay more,” he said.",
        "cannot pay more",
        "Ranil Weerakoon-Perera",
        "pronoun",
        "a fronted phrase before the office does not stop its holder being named after it",
    ),
    _case(
        DESCRIPTION,
        "Brennock Dairies recalls yoghurt\n\nBrennock Dairies has recalled two batches of "
        "yoghurt. In a statement copied to the Harwick Ledger, the firm said the recall was a "
        "precaution.\n\n“No illness has been reported,” the company said.",
        "No illness has been reported",
        "Brennock Dairies",
        "description",
        "a statement copied to an outlet: the outlet is no company",
    ),
    _case(
        DESCRIPTION,
        "Brennock Dairies recalls yoghurt\n\nBrennock Dairies has recalled two batches of "
        "yoghurt. In a statement shared with the Harwick Ledger, the firm said the recall was a "
        "precaution.\n\n“No illness has been reported,” the company said.",
        "No illness has been reported",
        "Brennock Dairies",
        "description",
        "a statement shared with an outlet: the outlet is no company",
    ),
    _case(
        DESCRIPTION,
        "Residents of Orley Road have complained about the new bus lane. A letter signed by 40 "
        "households was copied to Pendry Council last week.\n\n“We will reply to every "
        "household,” the council said.",
        "reply to every household",
        "Pendry Council",
        "description",
        "near miss: a body a letter was copied to may still answer as itself",
    ),
    _case(
        DESCRIPTION,
        "Residents of Orley Road spoke to Pendry Council on Monday about the new bus "
        "lane.\n\n“We will reply to every household,” the council said.",
        "reply to every household",
        "Pendry Council",
        "description",
        "near miss: 'spoke to' is no outlet cue; a council spoken to still answers as itself",
    ),
    _case(
        STATEMENT,
        "Levy vote delayed\n\nMinisters delayed the vote on the farm levy on Tuesday.\n\n"
        "Meanwhile, the Centre for Soil and Rural Justice, a Brandmoor-based think tank, said "
        "in a statement that the levy was \"poorly drafted.\"\n\n\"Without clear exemptions, "
        "small growers will pay the most,\" the statement said.",
        "small growers will pay",
        "Centre for Soil and Rural Justice",
        "statement",
        "a body's field runs on after 'and'; 'the' and its full name is the body",
    ),
    _case(
        DESCRIPTION,
        "Farm levy passes\n\nMinisters passed the farm levy on Tuesday.\n\nThe Institute for "
        "Peace and Human Rights, a Tolvard-based charity, criticised the vote.\n\n“Small "
        "growers were never consulted,” the institute said.",
        "never consulted",
        "Institute for Peace and Human Rights",
        "description",
        "two field words after a body's 'and' are still its name",
    ),
    _case(
        DESCRIPTION,
        "Talks between the Ministry of Lands and Harrowgate District Council broke down on "
        "Monday.\n\n“We are disappointed,” the council said.",
        "We are disappointed",
        "Harrowgate District Council",
        "description",
        "near miss: a council after a ministry's 'and' is a second body",
    ),
    _case(
        NAMED,
        "Budget day live\n\n4.30 pm — Outside the Great Chamber, protesters have gathered.\n\n"
        "3.50 pm — The Tolvard Chamber of Trade and Industry has issued a brief statement "
        "welcoming the cut in business rates.\n\n\"The cut will help every shop on the high "
        "street,\" the Chamber said.",
        "every shop on the high street",
        "Tolvard Chamber of Trade and Industry",
        "named",
        "'the Chamber' is the chamber of trade by its full name, not the room",
    ),
    _case(
        NAMED,
        "The Tolvard Chamber of Commerce welcomed the cut.\n\n“The cut will help every "
        "shop,” the Chamber said.",
        "help every shop",
        "Tolvard Chamber of Commerce",
        "named",
        "a chamber of commerce written alone as 'the Chamber'",
    ),
    _case(
        DESCRIPTION,
        "Residents of Harwick Road have petitioned the Tolvard Municipality over night-time "
        "building work next to their homes. The Tolvard Municipality said inspectors had "
        "visited the site.\n\n\"We have stopped all work after 10pm,\" the company said.",
        "stopped all work",
        None,
        None,
        "a municipality is no company; the builder was never named",
    ),
    _case(
        DESCRIPTION,
        "The Tolvard Municipality fined Grenmore Builders Ltd over night-time work next to "
        "homes on Harwick Road.\n\n\"We have stopped all work after 10pm,\" the company said.",
        "stopped all work",
        "Grenmore Builders Ltd",
        "description",
        "near miss: the firm a municipality fined is the company",
    ),
    _case(
        PRONOUN,
        "In a statement, the Harlow district commissioner, Idris Tanwell, ordered the police "
        "to finish the inquiry within a week. \"The guilty must face the law,\" the statement "
        "quoted him as saying.",
        "guilty must face the law",
        "Idris Tanwell",
        "pronoun",
        "a statement quoting 'him' after the quote carries the official's words",
    ),
    _case(
        PRONOUN,
        "Idris Tanwell ordered the police to finish the inquiry within a week. The statement "
        "quoted him as saying: \"The guilty must face the law.\"",
        "guilty must face the law",
        "Idris Tanwell",
        "pronoun",
        "'quoted him as saying' before the quote: the person he stands for",
    ),
    _case(
        PRONOUN,
        "Ana Voss spoke first. \"We will not wait,\" she said, saying the money was ready.",
        "We will not wait",
        "Ana Voss",
        "pronoun",
        "near miss: a plain 'saying' after the cue carries nobody's words on",
    ),
    _case(
        NAMED,
        "Budget debate live\n\n5.10 pm — The debate resumes after a short break.\n\n"
        "4.55 pm — Housing Minister Talia Brenwood: \"We have built more homes in three years "
        "than in the ten before.\"",
        "built more homes",
        "Talia Brenwood",
        "named",
        "a live entry's time and dash before a role and a name and a colon",
    ),
    _case(
        NONE,
        "Budget debate live\n\n5.10 pm — The debate resumes after a short break.\n\n"
        "4.55 pm — The banner outside the hall reads: \"Homes not promises.\"",
        "Homes not promises",
        None,
        None,
        "near miss: after a live entry's time, a banner's words have no speaker",
    ),
    _case(
        DESCRIPTION,
        "Brennock Dairies recalls yoghurt\n\nBrennock Dairies has recalled two batches of "
        "yoghurt after complaints from shops.\n\nA milk supplier in Fallow Vale, who spoke on "
        "condition of anonymity, said farmers had not been paid.\n\n\"They owe me for two "
        "months,\" the supplier said.",
        "owe me for two months",
        None,
        None,
        "a supplier the article brought in unnamed is not the one business named",
    ),
    _case(
        DESCRIPTION,
        "Brennock Dairies, a milk supplier to three supermarkets, has recalled two batches of "
        "yoghurt.\n\n\"No illness has been reported,\" the supplier said in a statement.",
        "No illness has been reported",
        "Brennock Dairies",
        "description",
        "near miss: a trade's noun in apposition to the firm is the firm",
    ),
    _case(
        STATEMENT,
        "Pensioner Tricked Out Of Savings, Court Hears\n\nA Dunmarrow pensioner lost "
        "£40,000 to a phone scam, a court heard.\n\n\"I feel such a fool. I trusted a "
        "voice on the line,\" the statement said.",
        "such a fool",
        None,
        None,
        "a Title Case headline's clause before its comma is no name a statement falls back on",
    ),
    _case(
        PRONOUN,
        "Ilsa Fenwright, Pub Landlady, Wins Licence Appeal\n\nIlsa Fenwright has won "
        "her appeal against the loss of her licence.\n\n\"I am relieved,\" she said.",
        "relieved",
        "Ilsa Fenwright",
        "pronoun",
        "near miss: a name before a Title Case headline's comma that the story repeats "
        "stays a name",
    ),
    _case(
        STATEMENT,
        "Van driver jailed\n\nA van driver who hit a cyclist has been jailed.\n\nOwen "
        "Treloar, 29, admitted careless driving at Brackley Crown Court.\n\nIn a victim "
        "statement read to the court, the cyclist said he could no longer ride to "
        "work.\n\n\"I still wake up hearing the brakes,\" the statement said.",
        "hearing the brakes",
        None,
        None,
        "a statement fronting an unnamed person's reported words is theirs: no one, not the court",
    ),
    _case(
        STATEMENT,
        "Van driver jailed\n\nA van driver who hit a cyclist has been jailed.\n\nIn a "
        "statement read to the court, Corrin Vask said he could no longer ride to "
        "work.\n\n\"I still wake up hearing the brakes,\" the statement said.",
        "hearing the brakes",
        "Corrin Vask",
        "statement",
        "near miss: a statement fronting a named person's reported words is still theirs",
    ),
    _case(
        PRONOUN,
        "Roofer jailed for fraud\n\nA roofer who took deposits for work he never did "
        "was jailed on Friday.\n\nJoel Prentiss, 41, admitted nine counts of "
        "fraud.\n\nSentencing him, Recorder Martin Askell told him: \"You preyed on "
        "people who trusted you.\"\n\n\"Had you repaid a penny of it, your sentence "
        "would have been shorter,\" he said.",
        "repaid a penny",
        "Martin Askell",
        "pronoun",
        "the one who told him a quote goes on speaking to him in the next",
    ),
    _case(
        PRONOUN,
        "Roofer jailed for fraud\n\nA roofer who took deposits for work he never did "
        "was jailed on Friday.\n\nJoel Prentiss, 41, admitted nine counts of "
        "fraud.\n\nSentencing him, Recorder Marian Askell told him: \"You preyed on "
        "people who trusted you.\"\n\n\"I am sorry for all of it,\" he said.",
        "sorry for all",
        "Joel Prentiss",
        "pronoun",
        "near miss: a reply that speaks of 'I' is the one told, not a teller of no known gender",
    ),
    _case(
        PRONOUN,
        "Roofer jailed for fraud\n\nJoel Prentiss, 41, admitted nine counts of "
        "fraud.\n\nProsecutor Martin Askell asked him: \"Did you ever mean to do the "
        "work?\"\n\n\"I did at the start,\" he said.",
        "at the start",
        "Joel Prentiss",
        "pronoun",
        "near miss: a question put to him is answered by him",
    ),
    _case(
        PRONOUN,
        "LIVE: Flood inquest, day two\n\nKey points\n- Dorrin Hale, 58, lost his wife "
        "in the flood\n\n12:05\nThe coroner, Agnes Merrow, asked Hale about the "
        "pumps.\n\n\"They were off,\" Hale replied.\n\n11:40\nHale's voice cracked as "
        "he spoke about the night of the flood.\n\n\"I could hear her calling and I "
        "could not reach her,\" he told the coroner.\n\n11:15\nThe inquest resumed.",
        "could not reach her",
        "Dorrin Hale",
        "pronoun",
        "a sentence opened by a man's possessive and his own 'he' is about him",
    ),
    _case(
        PRONOUN,
        "LIVE: Flood inquest, day two\n\nKey points\n- Dorrin Hale, 58, lost his wife "
        "in the flood\n\n12:05\nThe coroner, Agnes Merrow, asked Hale about the "
        "pumps.\n\n\"They were off,\" Hale replied.\n\n11:40\nHale's barrister rose to "
        "question the engineer about the pumps.\n\n\"Were they running that night?\" he "
        "asked.\n\n11:15\nThe inquest resumed.",
        "running that night",
        None,
        None,
        "near miss: a possessive that owns a person is not the one the next 'he' stands for",
    ),
    _case(
        NAMED,
        "Driver cleared of careless driving\n\nThe jury heard that Aled Penhale told "
        "officers he \"never saw the light change\", a version the Crown said was "
        "contradicted by the camera.",
        "never saw the light",
        "Aled Penhale",
        "named",
        "a cue with a verb right after it is a relative clause about the quote, not its clause",
    ),
    _case(
        NAMED,
        "Driver cleared of careless driving\n\nThe jury heard the crash was \"a tragic "
        "accident\", his barrister Ona Pellit said.",
        "tragic accident",
        "Ona Pellit",
        "named",
        "near miss: a cue ending its sentence after the quote attributes it",
    ),
    _case(
        PRONOUN,
        "Councillor Gareth Vellacott has opposed the car park since it was first proposed. "
        "Hazel Brindcombe, who chairs the residents' group, said the council had ignored 600 "
        "letters.\n\n“It is a disgrace and we will fight it,” he said.",
        "It is a disgrace",
        "Gareth Vellacott",
        "pronoun",
        "a he passes over a woman's given name to the man named before her",
    ),
    _case(
        PRONOUN,
        "Carol Bednarek has run the Vellory bakery for 30 years. Mr Bednarek said the rent had "
        "tripled. Hazel Brindcombe, who owns the building, declined to comment.\n\n"
        "“I cannot pay it,” he said.",
        "I cannot pay it",
        "Carol Bednarek",
        "pronoun",
        "near miss: the article's Mr outweighs a given name the lists take for a woman's",
    ),
    _case(
        PRONOUN,
        "Carol Bednarek has run the Vellory bakery for 30 years. The rent has tripled since "
        "March.\n\n“I cannot pay it,” he said.",
        "I cannot pay it",
        "Carol Bednarek",
        "pronoun",
        "near miss: a he no man takes goes to the person in view whatever the given name",
    ),
    _case(
        PRONOUN,
        "Gareth Vellacott opened the meeting. Robin Quarrier, who chairs the residents' group, "
        "said the council had ignored 600 letters.\n\n“It is a disgrace,” she said.",
        "It is a disgrace",
        "Robin Quarrier",
        "pronoun",
        "near miss: a given name borne by either gender says nothing; she is the one in view",
    ),
    _case(
        PRONOUN,
        "Nell Brandvold never trailed on Sunday and won the county title by five shots.\n\n"
        "“I kept it simple,” Brandvold said.\n\n“She has worked for this since she was six,” "
        "said Erik Brandvold, a retired pilot who caddied for his daughter.\n\nAsked what "
        "came next, Brandvold laughed.\n\n“Sleep,” she said.",
        "Sleep",
        "Nell Brandvold",
        "pronoun",
        "a surname two people share is, for a she, the one whose given name is a woman's",
    ),
    _case(
        PRONOUN,
        "Nell Brandvold never trailed on Sunday and won the county title by five shots.\n\n"
        "“I kept it simple,” Brandvold said.\n\n“She has worked for this since she was six,” "
        "said Erik Brandvold, a retired pilot who caddied for his daughter.\n\nAsked about "
        "the final hole, Brandvold smiled.\n\n“I could not watch,” he said.",
        "could not watch",
        "Erik Brandvold",
        "pronoun",
        "near miss: for a he, the shared surname stays with the latest of that name, a man",
    ),
    _case(
        PRONOUN,
        "Chief Minister Shri Devakant Tambre opened the new bridge on Friday.\n\nPublic Works "
        "Minister Smt. Kalindi Pawar informed that the second span would open in June. \"The "
        "steel is already on site,\" she said.",
        "steel is already on site",
        "Kalindi Pawar",
        "pronoun",
        "Smt. with a stop is an honorific inside the name, a woman's, not a name of its own",
    ),
    _case(
        PRONOUN,
        "Chief Minister Shri. Devakant Tambre opened the new bridge on Friday.\n\nPublic Works "
        "Minister Smt. Kalindi Pawar informed that the second span would open in June.\n\n"
        "\"The bridge will carry 40,000 vehicles a day,\" he said.",
        "40,000 vehicles",
        "Devakant Tambre",
        "pronoun",
        "an honorific after a portfolio and its title still gives the gender: he is not Smt.",
    ),
    _case(
        PRONOUN,
        "Chief Minister Devakant Tambre opened the new bridge on Friday.\n\nHealth Minister "
        "Ms Kalindi Pawar said the clinic beside it would open in June. \"The staff are already "
        "hired,\" she said.",
        "staff are already",
        "Kalindi Pawar",
        "pronoun",
        "near miss: an honorific right after a one-word portfolio's title gave the gender already",
    ),
    _case(
        POSTS,
        "Relay heats, evening session\n\n19:40\nThe hosts are through, and their anchor has "
        "already been online:\n\nBethan Coriolo (@bethanruns)\n“Legs like jelly but we are "
        "through to the final. See you tomorrow!”",
        "Legs like jelly",
        "Bethan Coriolo",
        "post",
        "a live blog's header line with the handle in brackets, the post's quoted text under it",
    ),
    _case(
        NAMED,
        "Rowing club wins county cup\n\nPetra Slavenko (@petraslav)\nRowing Correspondent\n\n"
        "“The crew never once looked tired,” said coach Oren Malby.",
        "never once looked tired",
        "Oren Malby",
        "named",
        "near miss: a byline's name and bracketed handle over the writer's role is no post",
    ),
    _case(
        NONE,
        "Hallam Vesk was banned for four matches on Friday for an elbow on prop Piet Lorrimer."
        "\n\nTribunal chair Odile Maranta said the elbow had caused “a serious injury” to "
        "Lorrimer and that there had been “no attempt to play the ball” at any stage.",
        "no attempt to play the ball",
        "Odile Maranta",
        "continuation",
        "a second fragment joined by 'and that' is the first one's, a name in the first clause",
    ),
    _case(
        NONE,
        "Hallam Vesk was banned for four matches on Friday for an elbow on prop Piet Lorrimer."
        "\n\nTribunal chair Odile Maranta said the elbow had been “reckless”, and Lorrimer "
        "felt that it was “a cheap shot” all along.",
        "a cheap shot",
        None,
        None,
        "near miss: 'and' then a new subject before 'that' is no second clause of hers",
    ),
    _case(
        NAMED,
        "Winger Tobin Aldercott was cleared to play on Thursday.\n\nAldercott, 23, has not "
        "given an interview since the hearing, but posted on Instagram late on Thursday: "
        "“Grateful to everyone who stood by me. See you on Saturday.”",
        "Grateful to everyone",
        "Tobin Aldercott",
        "named",
        "a speech verb joined by 'but' to the sentence's first verb takes its subject",
    ),
    _case(
        NAMED,
        "Winger Tobin Aldercott was cleared to play on Thursday.\n\nAldercott has not given an "
        "interview since the hearing, but his coach Wenna Prydderch posted on Instagram: "
        "“Grateful to everyone who stood by him.”",
        "Grateful to everyone",
        "Wenna Prydderch",
        "named",
        "near miss: 'but' then a subject of its own speaks for itself",
    ),
    _case(
        DESCRIPTION,
        "The Harriers closed on 240 for six.\n\nGethin Marlowe, the pick of the visiting attack "
        "with four for 61, thought the surface would crumble by the weekend.\n\n“It is already "
        "turning square from the far end,” the off-spinner said.",
        "turning square",
        "Gethin Marlowe",
        "description",
        "a kind of bowler describes the player in view, as 'the spinner' does",
    ),
    _case(
        DESCRIPTION,
        "The Harriers closed on 240 for six.\n\nOff-spinner Gethin Marlowe took four for 61. "
        "Opening batter Idris Penhallow made 80 and was named player of the day.\n\n“It is "
        "already turning square from the far end,” the off-spinner said.",
        "turning square",
        "Gethin Marlowe",
        "description",
        "near miss: the player given that kind of bowler by title, not the last one named",
    ),
    _case(
        DESCRIPTION,
        "Westerly batter Lorcan Feeney has been fined for dissent.\n\nFeeney apologised to the "
        "umpires after the match on Saturday.\n\n“It was a heat-of-the-moment thing,” the "
        "spinner said.",
        "heat-of-the-moment",
        None,
        None,
        "a batter is not 'the spinner' either: a bowler nobody named said it",
    ),
    _case(
        STATEMENT,
        "Sprinter Bram Tolliver was relegated to last place in the bunch sprint at Hesselby."
        "\n\nThe Hesselby commissaires’ full decision, issued after the stage, found that "
        "Tolliver had “deviated from his line” in the final 150 metres.",
        "deviated from his line",
        "Hesselby commissaires",
        "statement",
        "a document's finding is its issuer's, a panel placed in the document's own words",
    ),
    _case(
        NAMED,
        "Sprinter Bram Tolliver was relegated to last place in the bunch sprint at Hesselby."
        "\n\nThe Hesselby commissaires’ full decision found that Tolliver had told a rival "
        "he would “put him in the barriers” if he came past.",
        "put him in the barriers",
        "Bram Tolliver",
        "named",
        "near miss: a speech verb after the finding's 'that' gives the quote its own speaker",
    ),
    _case(
        NONE,
        "Tamsin Okwuosa, 17, won the county junior title by three shots.\n\nAsked how she "
        "would celebrate, Okwuosa grinned.\n\n“Sleep, mostly,” she said. “It has been a long "
        "week.”\n\nThen, after a moment: “Maybe a pizza as well.”",
        "Maybe a pizza",
        "Tamsin Okwuosa",
        "continuation",
        "a paragraph opening with a beat of time alone carries the last speaker's words on",
    ),
    _case(
        NONE,
        "Tamsin Okwuosa, 17, won the county junior title by three shots.\n\nAsked how she "
        "would celebrate, Okwuosa grinned.\n\n“Sleep, mostly,” she said. “It has been a long "
        "week.”\n\nThen, one of her teammates: “She has earned a pizza.”",
        "earned a pizza",
        None,
        None,
        "near miss: a lead-in naming someone by a role or count is not a beat",
    ),
    _case(
        NAMED,
        "Dr Marit Selden, clinical director of Harrowgate and Vell Hospitals NHS Trust, who "
        "spoke after the paramedics, said: “We cannot take a patient in if every bed is full.”",
        "every bed is full",
        "Marit Selden",
        "named",
        "an office the name's phrase left a word of, then a relative clause: the name speaks",
    ),
    _case(
        NAMED,
        "Joss Amberley, chief executive of the Kindlewood Trust, a youth charity, said the "
        "cuts were “far too deep for us to absorb”.",
        "far too deep",
        "Joss Amberley",
        "named",
        "an office in a body with its article, then a gloss on the body: the name speaks",
    ),
    _case(
        SPOKESPERSON,
        "A spokesperson for the Kindlewood Trust, which runs the centre, said: “We will look "
        "again at the opening hours.”",
        "opening hours",
        "Kindlewood Trust",
        "spokesperson",
        "near miss: a spokesperson's office in a body, then a relative clause, is the body's",
    ),
    _case(
        DESCRIPTION,
        "Strike enters second day\n\nOur reporter Lila Marsh has been speaking to Dr Tobin "
        "Ferrow, a second-year doctor in surgery.\n\n“I owe more than I will earn in three "
        "years,” the 26-year-old said.",
        "owe more than",
        "Tobin Ferrow",
        "description",
        "the outlet's reporter is not the one quoted: the one she spoke to is in view",
    ),
    _case(
        PRONOUN,
        "Strike enters second day\n\nOur correspondent Lila Marsh sat down with Wenna "
        "Tregar, a ward sister, on the picket line.\n\n“We are exhausted and we are "
        "angry,” she said.",
        "exhausted and we are angry",
        "Wenna Tregar",
        "pronoun",
        "a correspondent who sat down with someone is not the 'she' who answers",
    ),
    _case(
        DESCRIPTION,
        "Strike enters second day\n\nDr Tobin Ferrow, a second-year doctor in surgery, has "
        "been speaking to our reporter Lila Marsh.\n\n“I owe more than I will earn in three "
        "years,” the 26-year-old said.",
        "owe more than",
        "Tobin Ferrow",
        "description",
        "near miss: the one who spoke to the reporter is the sentence's subject and stays so",
    ),
    _case(
        DESCRIPTION,
        "Walking study\n\nProfessor Ada Quill, who led the study, said the result was "
        "clear.\n\nDr Ivo Penhallow, a reader in epidemiology at Marle University who was not "
        "involved, said it should not be oversold.\n\n‘I would want to see this done again "
        "first,’ the epidemiologist said.",
        "done again first",
        "Ivo Penhallow",
        "description",
        "a post in a field ending in -ology makes its -ologist",
    ),
    _case(
        DESCRIPTION,
        "Heart study\n\nProfessor Ada Quill, head of cardiology at Vell General, led the "
        "trial.\n\nDr Ivo Penhallow, a lecturer in nursing at Marle University, said it "
        "should not be oversold.\n\n‘I would want to see this done again first,’ the "
        "cardiologist said.",
        "done again first",
        "Ada Quill",
        "description",
        "a head of cardiology is the cardiologist, though another academic was named since",
    ),
    _case(
        DESCRIPTION,
        "Walking study\n\nProfessor Ada Quill, an epidemiologist at Vell University, led the "
        "study.\n\nDr Ivo Penhallow, a reader in sociology at Marle University, said it "
        "should not be oversold.\n\n‘I would want to see this done again first,’ the "
        "epidemiologist said.",
        "done again first",
        "Ada Quill",
        "description",
        "near miss: a field with another ending makes no -ologist of the one named last",
    ),
    _case(
        STATEMENT,
        "Teachers to ballot\n\nGeneral secretary Nora Quenby said the offer was poor.\n\nA "
        "message to members from Ms Quenby, posted on the union's website on Monday, read: "
        "“Your ballot paper will arrive by post. Please check your address.”",
        "ballot paper will arrive",
        "Nora Quenby",
        "statement",
        "whom a message went to stands between it and its sender",
    ),
    _case(
        STATEMENT,
        "Teachers to ballot\n\nGeneral secretary Nora Quenby said the offer was poor.\n\nA "
        "letter to the council said: “We will look at every option before the winter.”",
        "every option",
        None,
        None,
        "near miss: a letter to someone with no sender after it names no issuer",
    ),
    _case(
        DESCRIPTION,
        "Hearing\n\nOwen Brathay, a committee member, asked why delays had worsened.\n\nMr "
        "Brathay said afterwards that he had been “struck by how normal this has "
        "become”.\n\n“Everyone in that room accepted that the waits are happening,” the "
        "Kelsby member said.",
        "Everyone in that room",
        "Owen Brathay",
        "description",
        "where a member sits for may be left out of the gloss that made him a member",
    ),
    _case(
        DESCRIPTION,
        "Hearing\n\nOwen Brathay, a committee member, asked why delays had worsened.\n\nMr "
        "Brathay said afterwards that he had been “struck by how normal this has "
        "become”.\n\n“Everyone in that room accepted that the waits are happening,” the "
        "cabinet member said.",
        "Everyone in that room",
        None,
        None,
        "near miss: a lower-case modifier no gloss holds still makes another person",
    ),
    _case(
        SPOKESPERSON,
        "Surgery to close\n\nHarnley and Wold Integrated Care Board, which pays for GP "
        "services in the area, said patients would be moved.\n\nA spokesman for the ICB "
        "said: “We understand this news is upsetting for patients.”",
        "news is upsetting",
        "Harnley and Wold Integrated Care Board",
        "spokesperson",
        "a body's kind by its letters, after the place it serves, is that body",
    ),
    _case(
        SPOKESPERSON,
        "Surgery to close\n\nHarnley and Wold Integrated Care Board said patients would be "
        "moved. The practice had been run for a decade by Ivel Care Bureau, a private "
        "firm.\n\nA spokesman for the ICB said: “We understand this news is upsetting for "
        "patients.”",
        "news is upsetting",
        "Ivel Care Bureau",
        "spokesperson",
        "near miss: a body whose whole name spells the letters keeps them",
    ),
    _case(
        NONE,
        "‘I Thought It Was Just A Cold. Two Days Later I Was On A Ventilator’\n\nBy Tam "
        "Orrell\n\nWhen Wenna Ashdown felt unwell last March, she assumed it was a cold.\n\n"
        "‘I remember the ambulance and then nothing at all,’ she says now.\n\nHer husband, "
        "Colm Ashdown, stayed at her side.",
        "Just A Cold",
        "Wenna Ashdown",
        "headline",
        "a headline's first-person quote the body never repeats is the lede's subject's",
    ),
    _case(
        NONE,
        "‘I Will Not Stand Down’\n\nCouncil leader Ada Brenner faces a vote of no confidence "
        "on Monday after the budget row. Ms Brenner has led the council since 2019.\n\n"
        "Opposition leader Ivo Rusk said: “She has lost the room and she knows it.”",
        "Not Stand Down",
        None,
        None,
        "near miss: a first quote by someone the lede is not about does not take the headline",
    ),
    _case(
        NONE,
        "‘A Cold That Nearly Killed’\n\nWhen Wenna Ashdown felt unwell last March, she "
        "assumed it was a cold.\n\n‘I remember the ambulance and then nothing at all,’ she "
        "says now.",
        "Nearly Killed",
        None,
        None,
        "near miss: a headline quote with no 'I' is no one's words",
    ),
    _case(
        PRONOUN,
        "Tessmore & Vine Drops Novel After Staff Revolt\n\nBy Ruth Calder | Books | May 2\n\n"
        "Tessmore & Vine has dropped the novel by podcaster Aldous Brimley, ten days after its "
        "editors refused to work on it.\n\nThe firm confirmed the move on Friday. It said in "
        "a statement:\n\n“We have heard our editors and the novel will not appear under our "
        "name.”",
        "heard our editors",
        "Tessmore & Vine",
        "pronoun",
        "a Title Case headline's run is cut to the name the story writes, and an ampersand "
        "joins a firm opening a sentence",
    ),
    _case(
        NAMED,
        "Orla Brennity Wins Landmark Poetry Prize\n\nOrla Brennity has won the Castellan Prize "
        "for her third collection.\n\n“I am still shaking,” Brennity said.",
        "still shaking",
        "Orla Brennity",
        "named",
        "near miss: a Title Case headline's name the story writes in full keeps its full form",
    ),
    _case(
        DESCRIPTION,
        "Tessmore & Vine has dropped the novel.\n\n“We will not publish it,” the publisher "
        "said.",
        "will not publish",
        "Tessmore & Vine",
        "description",
        "a firm's name joined by an ampersand opens the sentence: the first word is no "
        "ordinary capital",
    ),
    _case(
        PRONOUN,
        "Quillfeather Prize judges met on Monday to choose a winner.\n\n“The debate ran past "
        "midnight,” she said.",
        "ran past midnight",
        None,
        "pronoun",
        "a prize is run by a body, never a person 'she' stands for",
    ),
    _case(
        PRONOUN,
        "Wexby Film Festival director Ines Carrow opened the festival on Friday.\n\n“We sold "
        "every seat,” she said.",
        "every seat",
        "Ines Carrow",
        "pronoun",
        "near miss: the festival's director titled by the festival's name is the person",
    ),
    _case(
        DESCRIPTION,
        "The Kelby Heritage Group tried to buy the painting.\n\nThe group's chair, Mabel "
        "Thorne, said members had raised about £40,000.\n\n“We were outbid in a minute,” the "
        "retired schoolteacher said by phone.",
        "outbid in a minute",
        "Mabel Thorne",
        "description",
        "a schoolteacher is a teacher: with nobody titled so, the person in view",
    ),
    _case(
        DESCRIPTION,
        "The Kelby Heritage Group tried to buy the painting.\n\nThe group's chair, Mabel "
        "Thorne, said members had raised about £40,000.\n\n“We were outbid in a minute,” the "
        "retired teacher said by phone.",
        "outbid in a minute",
        "Mabel Thorne",
        "description",
        "near miss: a retired teacher with nobody titled so is the person in view",
    ),
    _case(
        PRONOUN,
        "Wexby Festival line-up live\n\n11:02\nThe final word goes to festival director Ollie "
        "Vance.\n\n10:58\nNot everyone is thrilled. The lack of a female headliner is the big "
        "talking point online.\n\n\"Third year running with no women headlining. What are we "
        "doing\"\n— Tamsin Reed (@tamreed) February 6, 2025\n\nThat post has been shared 9,000 "
        "times.\n\n10:40\nWe put that complaint to Vance directly.\n\n\"It is a fair point,\" "
        "he said.",
        "It is a fair point",
        "Ollie Vance",
        "pronoun",
        "whom the reporter put a complaint to answers it",
    ),
    _case(
        NAMED,
        "Wexby Festival line-up live\n\n10:40\nWe put that complaint to Vance directly.\n\n"
        "\"It is a fair point,\" said his co-founder, Mira Dunmore.",
        "It is a fair point",
        "Mira Dunmore",
        "named",
        "near miss: a name in the quote's own clause still speaks after a question put",
    ),
    _case(
        STATEMENT,
        "Ana Rusk wrote the novel at 74.\n\nA post on the critic Ivo Marrable’s blog called "
        "the list “timid and overlong”, a swipe at the judges.",
        "timid and overlong",
        "Ivo Marrable",
        "statement",
        "a post on someone's page is theirs",
    ),
    _case(
        NAMED,
        "The critic Ivo Marrable runs a popular blog.\n\nIn a post on Tuesday, Marrable called "
        "the list “timid and overlong”.",
        "timid and overlong",
        "Ivo Marrable",
        "named",
        "near miss: the writer named as the subject speaks, whatever the post",
    ),
    _case(
        NAMED,
        "‘I Kept the Pages in a Biscuit Tin’: Ysolde Parrish on Loss, Bees and Her Fifth "
        "Novel\n\nBy Tom Hale\n\nYsolde Parrish keeps bees behind her cottage in Wenlow.",
        "Biscuit Tin",
        "Ysolde Parrish",
        "named",
        "a headline's quote, a colon and its speaker on a topic ending the line",
    ),
    _case(
        NAMED,
        "Tom Hale called the ruling “a farce”: Ana Vell, 41, was furious too.",
        "a farce",
        "Tom Hale",
        "named",
        "near miss: a name after a colon that goes on as a sentence is no signature",
    ),
    _case(
        NAMED,
        "The Harrowgate Museum reopened on Friday.\n\nMuseum artistic director Wen Osterby "
        "introduced the show by calling it “a homecoming for the whole town”.",
        "a homecoming",
        "Wen Osterby",
        "named",
        "a body's word before a modified title opening the sentence: the name is the subject",
    ),
    _case(
        NAMED,
        "The Wexby Film Festival opened on Friday.\n\nGallery director Ivo Marrant opened the "
        "show by calling it “a homecoming”.",
        "a homecoming",
        "Ivo Marrant",
        "named",
        "near miss: a body's word before a one-word title, the name is the subject",
    ),
    _case(
        DESCRIPTION,
        "The Kelby Arts Festival opened on Friday.\n\nThe festival said on Sunday that "
        "sales for two added concerts had “outstripped the whole of last summer”.",
        "outstripped the whole",
        "Kelby Arts Festival",
        "description",
        "a participle between a count and a plural noun is no speech verb",
    ),
    _case(
        DESCRIPTION,
        "Ana Ruiz and Tom Hale run the Kelby Arts Festival.\n\nThe two added that they were "
        "“delighted with the crowds”.",
        "delighted with",
        None,
        "description",
        "near miss: a count after 'the' is the subject, and 'added' its verb",
    ),
    _case(
        NONE,
        "Staff at Tessmore Books are angry about the novel.\n\nOne translator who signed the "
        "petition, speaking on condition of anonymity because she feared losing work, called "
        "the decision “long overdue”.",
        "long overdue",
        None,
        "description",
        "a relative clause ends the head: the translator who signed the petition is no "
        "petition",
    ),
    _case(
        PRONOUN,
        "Ivo Brandt, a debut novelist, is the favourite for the Quillfeather Prize. Brandt "
        "kept his manuscript in a biscuit tin.\n\nThe prize's chair, Odile Marrant, said the "
        "panel had read 200 books. The winner is to be named at a dinner in May.\n\n"
        "“It was a hard year to choose,” she said.",
        "hard year to choose",
        "Odile Marrant",
        "pronoun",
        "a description still to be named is nobody in view, so 'she' is the chair",
    ),
    _case(
        PRONOUN,
        "Ivo Brandt, a debut novelist, is the favourite for the Quillfeather Prize. Brandt "
        "kept his manuscript in a biscuit tin.\n\nThe prize's chair, Odile Marrant, said the "
        "panel had read 200 books. The chair will be at the dinner in May.\n\n"
        "“It was a hard year to choose,” she said.",
        "hard year to choose",
        "Odile Marrant",
        "pronoun",
        "near miss: a description whose verb names no one later is the one titled so",
    ),
    _case(
        STATEMENT,
        "Staff at Tessmore Books are angry about the novel.\n\nThe petition, organised by "
        "the Tessmore Staff Union and first covered by the Kelby Post on Tuesday, called the "
        "book “cruel and lazy”.",
        "cruel and lazy",
        "Tessmore Staff Union",
        "statement",
        "a petition's organiser named before 'and' and a second participle issued it",
    ),
    _case(
        STATEMENT,
        "Staff at Tessmore Books are angry about the novel.\n\nThe petition, organised by "
        "the Tessmore Staff Union, called the book “cruel and lazy”.",
        "cruel and lazy",
        "Tessmore Staff Union",
        "statement",
        "near miss: a petition's organiser named before a comma issued it",
    ),
    _case(
        SPOKESPERSON,
        "Tessmore Books dropped the novel on Friday. Its chief executive, Ilse Varr, had "
        "praised it at the Wexby Trade Forum in March.\n\nVarr was not available on Friday. "
        "A company spokesperson said she was “fully focused on the spring list”.",
        "spring list",
        "Tessmore Books",
        "spokesperson",
        "an event where someone spoke is no company a company spokesperson speaks for",
    ),
    _case(
        SPOKESPERSON,
        "The Wexby Film Festival opened on Friday after a week of ticket problems.\n\nA "
        "festival spokesperson said the queues were “regrettable”.",
        "regrettable",
        "Wexby Film Festival",
        "spokesperson",
        "near miss: a festival's spokesperson speaks for the festival",
    ),
    _case(
        SPOKESPERSON,
        "The operator, Stanley Trams, said sorry to travellers on Monday. “We let you down,” "
        "a spokeswoman said.",
        "We let you down",
        "Stanley Trams",
        "spokesperson",
        "near miss: a body given a role of people and firms keeps it though its first word is "
        "a man's given name",
    ),
    _case(
        DESCRIPTION,
        "Maria and Carol Pask have run the Vellory bakery since 1994.\n\n“We never took a "
        "holiday,” Maria Pask said.\n\n“Not one,” her husband said.",
        "Not one",
        "Carol Pask",
        "description",
        "near miss: 'her husband' of a pair is the other partner, whose given name the lists "
        "take for a woman's",
    ),
    _case(
        PRONOUN,
        "Carol Bednarek, who has run his bakery in Vellory for 30 years, faces a rent rise of "
        "200 per cent. Hazel Brindcombe, who owns the building, said the rise was fair.\n\n"
        "“I cannot pay it,” he said.",
        "I cannot pay it",
        "Carol Bednarek",
        "pronoun",
        "near miss: a his after the name outweighs a given name the lists take for a woman's",
    ),
    _case(
        PRONOUN,
        "Coach Gareth Vellacott was sacked on Monday. Joan Castellvell, the club's president, "
        "said the board had lost faith in the project.\n\n“We owed the fans a change,” he said.",
        "We owed the fans",
        "Joan Castellvell",
        "pronoun",
        "near miss: Joan, a Catalan man's name too, is on neither list; he is the one in view",
    ),
    _case(
        DESCRIPTION,
        "Harbridge Foods Boss Admits ‘We Misread Shoppers’ as Shares Sink 12%\n\nBy Nell "
        "Ostry\n\nGROCER Harbridge Foods yesterday cut its profit forecast, and its boss "
        "admitted “we misread shoppers” over the summer.\n\nChief executive Piran Colquhoun, "
        "49, said prices had been raised too fast.",
        "we misread shoppers",
        "Piran Colquhoun",
        "description",
        "a Title Case headline's speech verb is no name; its boss is the chief executive named "
        "later",
    ),
    _case(
        NAMED,
        "Harbridge Foods Boss Piran Colquhoun on the Year Ahead\n\nBy Nell Ostry\n\nThe "
        "grocer's chief executive spoke to staff on Monday.\n\n“We misread shoppers,” "
        "Colquhoun said.",
        "We misread shoppers",
        "Piran Colquhoun",
        "named",
        "near miss: a name in a Title Case headline that the story writes again stays a name",
    ),
    _case(
        DESCRIPTION,
        "The Central Bank of Ostravia held its main rate at 5 per cent on Thursday, but its "
        "governor said the case for a cut was “getting stronger”.\n\nSpeaking in Lessing, "
        "Governor Matthias Orlov said inflation was falling.\n\nDeputy governor Ilse "
        "Varnhagen has voted for a cut twice this year.",
        "getting stronger",
        "Matthias Orlov",
        "description",
        "its one-word title is the one holder named later; a deputy holds another post",
    ),
    _case(
        DESCRIPTION,
        "The Central Bank of Ostravia held its main rate at 5 per cent on Thursday, but its "
        "governor said the case for a cut was “getting stronger”.\n\nDeputy governor Ilse "
        "Varnhagen has voted for a cut twice this year.",
        "getting stronger",
        None,
        None,
        "near miss: a deputy named later is not the body's own governor",
    ),
    _case(
        NAMED,
        "Ferry firm cuts forecast\n\nChief executive Oswin Tregarne, 58, met investors on "
        "Friday.\n\nBookings for the winter are ahead of last year.\n\nAnd Mr Tregarne — "
        "who took home a £1.8million bonus last year — insisted: “We will be back in profit "
        "by the summer.”",
        "back in profit",
        "Oswin Tregarne",
        "named",
        "a decimal point inside a pair of dashes between the name and the verb ends no sentence",
    ),
    _case(
        NONE,
        "Ferry firm cuts forecast\n\nChief executive Oswin Tregarne, 58, met investors on "
        "Friday.\n\nFares rose 2.5 per cent — the most since 2019. Analysts said: “This is a "
        "miss.”",
        "This is a miss",
        None,
        None,
        "near miss: a full stop after a dash still ends the sentence before unnamed analysts",
    ),
    _case(
        STATEMENT,
        "Harrowgate Inns lifts dividend\n\nHarrowgate Inns raised its interim dividend by 6 "
        "per cent.\n\nChief executive Maura Penlee said: “Summer was strong.”\n\nSir Alaric "
        "Dunstable, the chairman, retires in May. His letter accompanying the results said the "
        "board was “united behind the plan”.",
        "united behind the plan",
        "Alaric Dunstable",
        "statement",
        "a participle after a document noun describes the document, which stays the head",
    ),
    _case(
        DESCRIPTION,
        "Harrowgate Inns lifts dividend\n\nHarrowgate Inns raised its interim dividend by 6 "
        "per cent.\n\nSir Alaric Dunstable, the chairman, retires in May.\n\nThe governing "
        "council said the board was “united behind the plan”.",
        "united behind the plan",
        None,
        None,
        "near miss: a participle before a body's noun is no document's, the council unnamed",
    ),
    _case(
        STATEMENT,
        "Quellby Drones raises $30 million\n\nQuellby Drones, a three-year-old startup, has "
        "raised $30 million.\n\n“We build for the wind,” said Perpetua Marchetti, its chief "
        "executive.\n\nA post on Quellby’s blog announcing the round said the company would "
        "“hire forty engineers this year.”",
        "hire forty engineers",
        "Quellby Drones",
        "statement",
        "a post on a body's blog is the body's, not the speaker quoted last",
    ),
    _case(
        STATEMENT,
        "Quellby Drones raises $30 million\n\nQuellby Drones, a three-year-old startup, has "
        "raised $30 million.\n\nPerpetua Marchetti, its chief executive, wrote a post about "
        "the round.\n\nThe post said the company would “hire forty engineers this year.”",
        "hire forty engineers",
        "Perpetua Marchetti",
        "statement",
        "near miss: a post with no platform's owner is still the one who wrote it",
    ),
    _case(
        SPOKESPERSON,
        "Brackwell Homewares to Close Tarrant Branch With Loss of 20 Jobs\n\nBrackwell "
        "Homewares is to close its Tarrant branch in April, the chain confirmed.\n\nA "
        "Brackwell spokeswoman said staff would be offered jobs “wherever possible”.",
        "wherever possible",
        "Brackwell Homewares",
        "spokesperson",
        "a two-word name whose own verb acts on 'its' is a body, though the headline read a person",
    ),
    _case(
        PRONOUN,
        "Library Hours Cut Again in Tarrant\n\nCarys Lowden said the council had cut its "
        "library budget for a third year.\n\n“We were not consulted,” she said.",
        "We were not consulted",
        "Carys Lowden",
        "pronoun",
        "near miss: an 'its' further on in the clause is another body's, so she stays a person",
    ),
    _case(
        POSTS,
        "Markets live: Tarvin Freight shares rebound\n\n14:10\n\nTarvin Freight boss answers "
        "critics\n\nMaelor Quist, the chief executive of Tarvin Freight, has taken to social "
        "media after yesterday's slump. He posted this an hour ago:\n\nMaelor Quist "
        "(@MQuistTarvin)\n\"Our order book is full. One late supplier is not a demand "
        "problem.\"\n\nShares are up 4%.",
        "Our order book is full",
        "Maelor Quist",
        "post",
        "a live blog's card with the handle in brackets heads the post on the line under it",
    ),
    _case(
        NAMED,
        "Markets live: Tarvin Freight shares rebound\n\n14:10\n\nMaelor Quist "
        "(@MQuistTarvin)\n\n\"Supplier problems become demand problems,\" said Ines "
        "Caldwell, an analyst at Pendry Securities.",
        "Supplier problems",
        "Ines Caldwell",
        "named",
        "near miss: a card with a blank line under it heads nothing; the quote keeps its cue",
    ),
    _case(
        STATEMENT,
        "Ostravia holds rates\n\nThe Bank of Ostravia kept its main rate at 5 per cent on "
        "Thursday.\n\nThe Monetary Policy Board voted six to three to hold. Governor Matthias "
        "Orlov said the case for a cut was building.\n\nMinutes released alongside the "
        "decision said the three dissenters believed that waiting “risks needless damage to "
        "jobs”.",
        "risks needless damage",
        "Bank of Ostravia",
        "statement",
        "bare 'Minutes' opening a sentence, with a participle, is the body's document",
    ),
    _case(
        NAMED,
        "Ostravia holds rates\n\nThe Bank of Ostravia kept its main rate at 5 per cent on "
        "Thursday.\n\nMinutes Ltd, a clockmaker in Lessing, said the decision was “a relief "
        "for exporters”.",
        "a relief for exporters",
        "Minutes Ltd",
        "named",
        "near miss: a firm whose name opens with 'Minutes' is still a name",
    ),
    _case(
        DESCRIPTION,
        "Nurse killed in crash\n\nNurse Elin Brell, 41, died after a crash on the A40 "
        "in March.\n\nIn a statement read to the inquest by her husband, Tomas Brell, "
        "the family said: \"She lit up every ward she worked on.\"",
        "lit up every ward",
        "Tomas Brell",
        "description",
        "the family speaks through the relative its sentence names as reading its words",
    ),
    _case(
        DESCRIPTION,
        "Nurse killed in crash\n\nNurse Elin Brell, 41, died after a crash on the A40 "
        "in March.\n\nIn a statement read to the inquest by their solicitor, Ana "
        "Marrick, the family said: \"She lit up every ward she worked on.\"",
        "lit up every ward",
        None,
        None,
        "near miss: a solicitor who reads the family's words is no relative: the family "
        "stays unnamed",
    ),
    _case(
        NAMED,
        "Stalker jailed\n\nThe court heard Owen Dacre had bombarded Mia Lorne with 90 "
        "messages in two days, including one that read: \"You will regret this.\"",
        "regret this",
        "Owen Dacre",
        "named",
        "a message quoted after 'one that read' is the words of the one who sent it",
    ),
    _case(
        NAMED,
        "Stalker jailed\n\nMia Lorne said her former partner, Owen Dacre, sent her a "
        "text which said: \"You will regret this.\"",
        "regret this",
        "Owen Dacre",
        "named",
        "a message is its sender's, not the words of the one who tells of it",
    ),
    _case(
        NONE,
        "Road closure\n\nKelby Council sent residents a letter that read: \"The road "
        "will close on Monday.\"",
        "road will close",
        None,
        None,
        "near miss: a message sent by no person named keeps its other readings",
    ),
    _case(
        DESCRIPTION,
        "Firm fined over client money\n\nThe regulator has fined Marlow Pike LLP "
        "£80,000 over its handling of client accounts.\n\n\"We accept the findings in "
        "full,\" the firm said.",
        "accept the findings",
        "Marlow Pike LLP",
        "description",
        "a name ending in LLP is a firm, so 'the firm' finds it",
    ),
    _case(
        PRONOUN,
        "Firm fined over client money\n\nThe regulator has fined Marlow Pike LLP "
        "£80,000 over its handling of client accounts.\n\nSenior partner Rhian Doyle "
        "said the firm had changed its systems. \"We accept the findings in full,\" she "
        "said.",
        "accept the findings",
        "Rhian Doyle",
        "pronoun",
        "near miss: a partner of an LLP named in the sentence before is still the 'she'",
    ),
    _case(
        NAMED,
        "Labour Minister Prakash Venkatraman on Friday announced a levy on tobacco, stating "
        "that “every rupee will go to cancer care”.",
        "every rupee",
        "Prakash Venkatraman",
        "named",
        "'stating that' after a deed reads the deed's subject, as 'saying' does",
    ),
    _case(
        NAMED,
        "The council sent residents a letter stating that “the road will reopen in May”, "
        "Mayor Gerd Hollis said.",
        "road will reopen",
        "Gerd Hollis",
        "named",
        "a letter 'stating' a quote does not take it from the named speaker after it",
    ),
    _case(
        NAMED,
        "Former coach Dilip Varekar opined that the board had “lost the dressing room”.",
        "dressing room",
        "Dilip Varekar",
        "named",
        "'opined' is a speech verb of South Asian papers",
    ),
    _case(
        NAMED,
        "Speaking at the command headquarters, Commissioner Abu Tanko averred that the "
        "command would not tolerate “any form of lawlessness” in the state.",
        "any form of lawlessness",
        "Abu Tanko",
        "named",
        "'averred' is a speech verb of West African and South Asian papers",
    ),
    _case(
        NAMED,
        "Opposition leader Harindra Patil termed the budget “a hollow document” and walked out.",
        "hollow document",
        "Harindra Patil",
        "named",
        "'termed' names a thing as 'branded' does and attributes the partial quote",
    ),
    _case(
        NAMED,
        "Under the terms agreed on Friday, the club “will keep its place in the league”, "
        "Gerd Hollis said.",
        "keep its place",
        "Gerd Hollis",
        "named",
        "'terms', the noun of a deal, is no cue",
    ),
    _case(
        PRONOUN,
        "“The pipeline work will be done in ten months. Funds are released,” Mr Deshpal "
        "stated, adding that the rest would follow.\n\nIrrigation Resources Minister Smt. "
        "Kavita Rane informed that tenders for the pumps would be floated within a fortnight. "
        "“We are not waiting for the rains. Survey teams are out,” she said.",
        "not waiting for the rains",
        "Kavita Rane",
        "pronoun",
        "'Smt.' with a stop is a title inside a name, not a sentence end",
    ),
    _case(
        STATEMENT,
        "Harbour Police Arrest Four Over Attack On Quayside Stalls\n\nThe Harbour Police have "
        "arrested four people after Friday’s attack on the quayside stalls.\n\n“The force "
        "wishes to assure the public that calm has returned,” the statement read.",
        "calm has returned",
        "Harbour Police",
        "statement",
        "a headline that capitalises every word names no one from words the body never writes",
    ),
    _case(
        NAMED,
        "Tarrant Pledges New Ferry For Island As Storms Bite\n\nTransport Minister Ivo Tarrant "
        "has promised a new ferry for Skelmore island.\n\n“The crossing is a lifeline,” Mr "
        "Tarrant said.",
        "crossing is a lifeline",
        "Ivo Tarrant",
        "named",
        "near miss: a name in a headline of capitalised words that the body repeats is kept",
    ),
    _case(
        STATEMENT,
        "Brackmoor Water chief executive Dr Selma Ruddwick told staff in an email on Monday "
        "that the plant would close for a week.\n\n“There will be disruption, and I will not "
        "pretend otherwise,” the email read.",
        "There will be disruption",
        "Selma Ruddwick",
        "statement",
        "an employer, a title and an honorific before a name: the person is the subject",
    ),
    _case(
        STATEMENT,
        "Brackmoor Water chief executive Selma Ruddwick told staff in an email on Monday that "
        "the plant would close for a week.\n\n“There will be disruption, and I will not "
        "pretend otherwise,” the email read.",
        "There will be disruption",
        "Selma Ruddwick",
        "statement",
        "near miss: an employer and a title before a name, no honorific",
    ),
    _case(
        STATEMENT,
        "Halloway Books has dropped the novel by Piers Ambleton, days after more than 150 "
        "employees signed an open letter objecting to it.\n\nThe open letter, organised by the "
        "Halloway Staff Union and first reported by the Ledger, said the book had “no place "
        "on our list”.",
        "no place on our list",
        "Halloway Staff Union",
        "statement",
        "a document's organiser named right after it is its issuer",
    ),
    _case(
        STATEMENT,
        "Halloway Books has dropped the novel by Piers Ambleton after a letter from Cllr Ada "
        "Venn objecting to it.\n\nThe letter, first reported by the Ledger, said the book had "
        "“no place on our list”.",
        "no place on our list",
        "Ada Venn",
        "statement",
        "near miss: the outlet that first reported a letter did not send it",
    ),
    _case(
        DESCRIPTION,
        "The council voted on the plan on Monday.\n\nCathaoirleach Cllr Ciarán Duggery said "
        "the road was “the most important project in twenty years”.\n\n“If we lose the "
        "funding, we will not see it again,” the Cathaoirleach warned.",
        "we lose the funding",
        "Ciarán Duggery",
        "description",
        "'Cathaoirleach', an Irish council's chair, is a role before a name, not a name",
    ),
    _case(
        DESCRIPTION,
        "Council chief executive Maura Donlevy said the plan was on schedule.\n\n"
        "Cathaoirleach Cllr Ciarán Duggery said the road was “the most important project in "
        "twenty years”.\n\n“We have the money for two years,” the chief executive added.",
        "money for two years",
        "Maura Donlevy",
        "description",
        "near miss: the council's chief executive is not its Cathaoirleach",
    ),
    _case(
        PRONOUN,
        "The governor denied the claims on Monday.\n\nBrackley Citizens’ Watch coordinator "
        "Tobias Ngowi urged both sides to put residents first.\n\n“Mothers are still "
        "waiting,” he said.",
        "Mothers are still waiting",
        "Tobias Ngowi",
        "pronoun",
        "a body named with a plural possessive ('Citizens’ Watch') employs the coordinator",
    ),
    _case(
        DESCRIPTION,
        "The governor denied the claims on Monday.\n\nThe Tarrow Parents’ Council said it "
        "would meet the school, and its chair, Ilse Vantreck, wrote to the board.\n\n“We "
        "want answers,” the council said.",
        "We want answers",
        "Tarrow Parents’ Council",
        "description",
        "a plural possessive before a body's head word stays inside the body's name",
    ),
    _case(
        NAMED,
        "Party leader Ana Ruiz spoke on Monday.\n\nThe chairman of Ruiz’s Party, Tobias Ngowi, "
        "said the vote was “a triumph”.",
        "a triumph",
        "Tobias Ngowi",
        "named",
        "near miss: a singular possessive before 'Party' is the owner's, not a name",
    ),
    _case(
        DESCRIPTION,
        "Campaign coordinator Nell Ashgrove said the turnout was high.\n\n“We knocked on "
        "every door,” the coordinator said.",
        "knocked on every door",
        "Nell Ashgrove",
        "description",
        "near miss: a coordinator is a role before a name",
    ),
    _case(
        PRONOUN,
        "The police spokesman, SP Obinna Chukwudeluzo, said six suspects had been arrested. "
        "“Calm has returned,” he said.\n\nChukwudeluzo added that the Commissioner of Police, "
        "CP Musa Dantani, had ordered more patrols.\n\nSpeaking at the headquarters on Monday, "
        "CP Dantani said the command would not tolerate “any form of self-help”.\n\n“We will "
        "fish them out, no matter how long it takes,” he said.",
        "fish them out",
        "Musa Dantani",
        "pronoun",
        "a post's letters before a bare surname ('CP Dantani') make no acronym of a body",
    ),
    _case(
        DESCRIPTION,
        "NHS Tayside said on Monday that wards would close.\n\n“This was a hard decision,” the "
        "board said.",
        "hard decision",
        "NHS Tayside",
        "description",
        "near miss: a body's letters before a word, no post's letters, stay a body",
    ),
    _case(
        NONE,
        "The council voted for the route on Monday.\n\nFarmer Ivo Marrable, whose land at "
        "Drumcashel would be divided by the road, told the Gazette that he did not oppose the "
        "scheme.\n\n“All I want is a crossing for the cattle. That is all I have asked for.”",
        "crossing for the cattle",
        "Ivo Marrable",
        "introduction",
        "a passive in a 'whose' clause befalls what the subject owns, not the subject",
    ),
    _case(
        NONE,
        "The council voted for the route on Monday.\n\nFarmer Ivo Marrable, whose land at "
        "Drumcashel would be divided by the road, was arrested at the site.\n\n“All I want "
        "is a crossing for the cattle. That is all I have asked for.”",
        "crossing for the cattle",
        None,
        None,
        "near miss: after a 'whose' clause, the main clause's passive still befalls the subject",
    ),
    _case(
        DESCRIPTION,
        "The member representing Ilesha East in the State House of Assembly, Hon. Tunde "
        "Abiodun, who visited the market on Saturday, described the attack as “unfortunate”."
        "\n\n“Nobody will turn the town into a theatre of war,” the lawmaker stated.",
        "theatre of war",
        "Tunde Abiodun",
        "description",
        "'Hon.' before a name styles a legislator: 'the lawmaker' is the one so styled",
    ),
    _case(
        DESCRIPTION,
        "Senator Ada Okonkwo toured the site on Friday. The member for Ilesha East, Hon. Tunde "
        "Abiodun, stayed away.\n\n“We will fund the market rebuild,” the senator said.",
        "fund the market rebuild",
        "Ada Okonkwo",
        "description",
        "near miss: 'the senator' is the one titled senator, not a lawmaker styled 'Hon.'",
    ),
    _case(
        STATEMENT,
        "Residents say the noise starts around 10pm.\n\nThe Kelby Police Facebook page was "
        "less diplomatic.\n\n“Fourteen cars off the road and plenty of sorry faces,” the post "
        "read.",
        "plenty of sorry faces",
        "Kelby Police",
        "statement",
        "a name before a platform's page owns the post read from it",
    ),
    _case(
        STATEMENT,
        "Residents say the noise starts around 10pm.\n\nLocal mum Tessa Brannigan posted on "
        "her Facebook page on Monday.\n\n“My children cannot sleep,” the post read.",
        "children cannot sleep",
        "Tessa Brannigan",
        "statement",
        "near miss: 'her Facebook page' is the poster's own, named before it",
    ),
    _case(
        DESCRIPTION,
        "Counting resumed at noon. Dr Orlaith Meskell, who lectures in politics at the Tarrow "
        "Institute, has been watching the tallies.\n\n“This is a protest vote against delay,” "
        "the lecturer said.",
        "protest vote against delay",
        "Orlaith Meskell",
        "description",
        "the verb of a 'who' clause after a name gives its role: who lectures, the lecturer",
    ),
    _case(
        DESCRIPTION,
        "Dr Ivo Brannock, a lecturer at the Tarrow Institute, watched the count. Later, Orlaith "
        "Meskell, who runs a cafe on Main Street, joined him.\n\n“This is a protest vote "
        "against delay,” the lecturer said.",
        "protest vote against delay",
        "Ivo Brannock",
        "description",
        "near miss: 'who runs a cafe' gives no role ('runner' is not derived)",
    ),
    # --- a title-case headline's capitals ---
    _case(
        STATEMENT,
        "Relief Agency Warns Winter Appeal Will Fall Short\n\nThe Brismoor Refugee Fund has "
        "warned that its winter appeal for the Tarrow Valley will fall short, after donors "
        "gave only half of its target.\n\nThe agency's latest report says the camps near "
        "Ostwick are “overcrowded and freezing”.",
        "overcrowded and freezing",
        "Brismoor Refugee Fund",
        "statement",
        "a title-case headline's 'Relief Agency Warns Winter Appeal' is no body: the fund is",
    ),
    _case(
        NAMED,
        "Karsten Hollby Says He Will Stand Down As Mayor\n\nThe mayor of Dunwich Vale told "
        "councillors on Monday that he would not seek a third term.\n\n“It is time for "
        "someone new,” Hollby said.",
        "time for someone new",
        "Karsten Hollby",
        "named",
        "a name written in full only in a title-case headline stays a name: the surname's",
    ),
    # --- a time between the speaker and the verb; a body's page ---
    _case(
        DESCRIPTION,
        "Ferry timetable cut for the winter\n\nThe Merrow Parish Council met to discuss the "
        "loss of the late sailings.\n\nThe council on Tuesday evening said: “We will appeal "
        "this decision.”",
        "We will appeal",
        "Merrow Parish Council",
        "description",
        "a time between the speaker and the verb is no part of the speaker",
    ),
    _case(
        STATEMENT,
        "Ferry subsidy withdrawn\n\nThe Kelloway Islanders' Association called a meeting "
        "for Friday.\n\nA post on the Kelloway Islanders' Association's page on Monday "
        "evening read: “This is a sad day for all of us.”",
        "sad day for all of us",
        "Kelloway Islanders' Association",
        "statement",
        "a post on a body's page, with a time after it, speaks for the page's owner",
    ),
    _case(
        SPOKESPERSON,
        "Choir wins regional prize\n\nThe Elmstead Singers took first place on Saturday.\n\n"
        "A spokesman for the Monday Club said: “We sang our hearts out.”",
        "sang our hearts out",
        "Monday Club",
        "spokesperson",
        "a weekday inside a body's name, not at the end of the phrase, is no time",
    ),
    # --- a document's sender after 'from'; an organiser named with '&' ---
    _case(
        STATEMENT,
        "Island grant to end\n\nCouncillor Bryony Tallach said she was dismayed by the "
        "decision.\n\nThe written statement, from transport minister Odile Farrance, said the "
        "grant had always been “a temporary bridge” for the route.",
        "a temporary bridge",
        "Odile Farrance",
        "statement",
        "a statement 'from' a named sender in its appositive is the sender's",
    ),
    _case(
        STATEMENT,
        "Publisher drops novel\n\nStaff at Harlow & Venn walked out on Monday.\n\nThe open "
        "letter, organised by the Harlow & Venn Staff Union and first reported by the Tarrow "
        "Post, said the book was “cruel for the sake of it”.",
        "cruel for the sake of it",
        "Harlow & Venn Staff Union",
        "statement",
        "a document's organiser joined by '&', then 'and' going on with its history",
    ),
    _case(
        NAMED,
        "Publisher drops novel\n\nThe Harlow Staff Union met on Monday.\n\nThe letter, "
        "signed by Perpetua Lindell, said the book was “cruel for the sake of it”.",
        "cruel for the sake of it",
        "Perpetua Lindell",
        "statement",
        "a document's signer ending at a comma keeps its signer",
    ),
    # --- a country's mission is a body of its kind ---
    _case(
        DESCRIPTION,
        "Border talks postponed\n\nThe Embassy of Varrow in Tessport did not respond to a "
        "request for comment on Wednesday. In a post late on Tuesday, the embassy said Varrow "
        "“remains committed to a settlement”.",
        "remains committed to a settlement",
        "Embassy of Varrow",
        "description",
        "'the embassy' is the Embassy of Varrow the sentence before names",
    ),
    _case(
        DESCRIPTION,
        "Border talks postponed\n\nAmbassador Ilse Fendrow met the minister on Wednesday.\n\n"
        "“We remain committed to a settlement,” the ambassador said.",
        "We remain committed",
        "Ilse Fendrow",
        "description",
        "near miss: 'the ambassador' is the person titled so, not a body",
    ),
    # --- a verb inside reported speech ---
    _case(
        PRONOUN,
        "Ceasefire holds in the valley\n\nThe mediator, Brigitta Solheim, met both "
        "delegations on Friday.\n\nShe added that both sides had agreed in principle to "
        "exchange prisoners, and that lists of names would be handed over “before the end "
        "of the month”.",
        "before the end of the month",
        "Brigitta Solheim",
        "pronoun",
        "a speech verb inside what 'she added that' reports has no speaker of its own",
    ),
    _case(
        NONE,
        "Ceasefire holds in the valley\n\nThe mediator, Brigitta Solheim, met both "
        "delegations on Friday.\n\nBoth sides had agreed in principle to exchange "
        "“all remaining prisoners”.",
        "all remaining prisoners",
        None,
        None,
        "near miss: with no reporting verb before it the agreeing sides' clause names no one",
    ),
    # --- a headline's partial quote ---
    _case(
        NAMED,
        "Ostrand Says Harbour Deal ‘Far From Over’\n\nOstrand insisted on Monday that the "
        "stalled harbour deal with its neighbour was not dead.\n\n“The deal is far from "
        "over, and both sides know it,” Trade Minister Ansel Dorrow told reporters.",
        "Far From Over",
        "Ansel Dorrow",
        "headline",
        "a headline's few quoted words take the speaker of the later quote that repeats them",
    ),
    _case(
        NONE,
        "Ostrand Says Harbour Deal ‘Far From Over’\n\nOstrand insisted on Monday that the "
        "stalled harbour deal with its neighbour was not dead.\n\n“Both sides know what is "
        "at stake,” Trade Minister Ansel Dorrow told reporters.",
        "Far From Over",
        None,
        None,
        "near miss: a headline's quoted words that no later quote repeats keep no speaker",
    ),
    # --- a wire dateline is no speaker ---
    _case(
        NAMED,
        "Budget cuts defended\n\nMORRAVIK, May 4 (Lantern Wire) - Finance minister Edvin "
        "Saltmarsh on Tuesday defended a package of cuts, telling lawmakers the measures "
        "were “painful but necessary for the country”.\n\n“We had no choice,” Saltmarsh "
        "told the assembly.",
        "painful but necessary",
        "Edvin Saltmarsh",
        "named",
        "a dateline opening the lede is no part of the clause: the minister speaks",
    ),
    _case(
        NAMED,
        "Budget cuts defended\n\nMORRAVIK, May 4 (Lantern Wire) - Finance minister Edvin "
        "Saltmarsh said on Tuesday the cuts were “painful but necessary for the country”.",
        "painful but necessary",
        "Edvin Saltmarsh",
        "named",
        "near miss: a dateline before a name with its own verb keeps the name",
    ),
    # --- a place's office is the office ---
    _case(
        DESCRIPTION,
        "Spending cuts defended\n\nBrevania's finance minister on Tuesday defended a package "
        "of cuts, telling lawmakers the measures were “hard but unavoidable this year”.\n\n"
        "“We inherited a deficit,” Finance Minister Ottokar Vrell told the assembly.",
        "hard but unavoidable",
        "Ottokar Vrell",
        "description",
        "a country's finance minister is the finance minister the story names next",
    ),
    _case(
        DESCRIPTION,
        "Fraud trial opens\n\nAna Colquist denies fraud. Tom Haverley, a lawyer for the "
        "bank, spoke first.\n\nColquist's lawyer said the case was “weak and unfounded”.",
        "weak and unfounded",
        None,
        "description",
        "near miss: a person's lawyer keeps the person as owner, not the lawyer named before",
    ),
    # --- an "as" clause with its own object ---
    _case(
        NAMED,
        "Cuts defended\n\nFinance minister Sigrun Brandvik on Tuesday defended the cuts, "
        "telling lawmakers they were “hard but unavoidable this year” as the opposition "
        "demanded a confidence vote on the budget.",
        "hard but unavoidable",
        "Sigrun Brandvik",
        "named",
        "an 'as' clause whose verb has its own object is no attribution: the participle's is",
    ),
    _case(
        NAMED,
        "Strike called\n\nUnion leader Ada Krellwitz met members on Monday.\n\n“We will not "
        "back down this time,” as Krellwitz told a rally on Monday.",
        "We will not back down",
        "Ada Krellwitz",
        "named",
        "near miss: 'as … told a rally' still attributes: a listener is no object of the words",
    ),
    # --- a clause ending the sentence ---
    _case(
        NAMED,
        "Sanctions loom\n\nThe administration is “finalizing new measures” against Tarvos "
        "over last week’s seizure of a trawler in disputed waters, press secretary Mirela "
        "Castaign said Monday.",
        "finalizing new measures",
        "Mirela Castaign",
        "named",
        "a clause ending the sentence after its last comma speaks for a quote with none",
    ),
    _case(
        NAMED,
        "Row deepens\n\nThe mayor, Idris Penhallow, called the plan “a disgrace to the town” "
        "on Monday, and residents said they agreed.",
        "a disgrace to the town",
        "Idris Penhallow",
        "named",
        "near miss: a verb with words after it that ends the sentence is not the quote's",
    ),
    _case(
        PRONOUN,
        "Greta Varnum runs the bakery on Quay Street and said the plan would empty it.\n\n"
        "Walt Ostrager, a retired ferry pilot, handed the council a letter signed by 90 "
        "traders.\n\n“We are not against change,” she said.",
        "not against change",
        "Greta Varnum",
        "pronoun",
        "a short given name (Walt) is a man's like the full one, so 'she' passes him by",
    ),
    _case(
        PRONOUN,
        "Greta Varnum runs the bakery on Quay Street and said the plan would empty it.\n\n"
        "Walt Ostrager, a retired ferry pilot, handed the council a letter signed by 90 "
        "traders.\n\n“We are not against change,” he said.",
        "not against change",
        "Walt Ostrager",
        "pronoun",
        "a man called by a short given name still takes the 'he' after his paragraph",
    ),
    _case(
        PRONOUN,
        "Lawyer Mara Quist said the family would sue the county.\n\nThe dead man's sister, "
        "Ilona Brell, has not seen the footage, Quist said.\n\n“Ilona wants the truth, not "
        "a slideshow,” she said.",
        "wants the truth",
        "Mara Quist",
        "pronoun",
        "a sentence closing on ', Quist said.' gives the next 'she' to Quist, not its subject",
    ),
    _case(
        PRONOUN,
        "Lawyer Mara Quist said the family would sue the county.\n\nThe dead man's sister, "
        "Ilona Brell, has not seen the footage, said Quist.\n\n“Ilona wants the truth, not "
        "a slideshow,” she said.",
        "wants the truth",
        "Mara Quist",
        "pronoun",
        "a sentence closing on ', said Quist.' gives the next 'she' to Quist as well",
    ),
    _case(
        PRONOUN,
        "Lawyer Tomas Quist said the family would sue the county.\n\nThe dead man's sister, "
        "Ilona Brell, has not seen the footage, Quist said.\n\n“I cannot bring myself to "
        "watch it,” she said.",
        "cannot bring myself",
        "Ilona Brell",
        "pronoun",
        "near miss: a closing source of the other gender leaves 'she' with the sentence's subject",
    ),
    _case(
        NONE,
        "Residents packed the hall on Monday.\n\nTrust member Odile Farrant, who voted for the "
        "plan, said she had heard the objections.\n\n“We cannot keep the library open on "
        "hope alone.”",
        "library open on hope",
        "Odile Farrant",
        "introduction",
        "'member' between a body's name and a person's makes the person the sentence's subject",
    ),
    _case(
        NONE,
        "Residents packed the hall on Monday.\n\nTrust president Odile Farrant, who voted for "
        "the plan, said she had heard the objections.\n\n“We cannot keep the library open on "
        "hope alone.”",
        "library open on hope",
        "Odile Farrant",
        "introduction",
        "near miss: a role noun between a body's name and a person's already did so",
    ),
    _case(
        SPOKESPERSON,
        "Brackwell Ferries has agreed to buy the town's harbour from Orlen County for $40 "
        "million, ending a long fight over its future.\n\nBrackwell Ferries said it would "
        "dredge the channel. Brackwell Ferries will also keep the fares.\n\nAny change to "
        "fares would need approval from the state Marine Transport Commission. A "
        'spokesperson for the agency said it "will weigh any request on its merits."',
        "weigh any request",
        "Marine Transport Commission",
        "spokesperson",
        "'the agency' is a Commission named just before, not the company the story is about",
    ),
    _case(
        SPOKESPERSON,
        "Brackwell Ferries has agreed to buy the town's harbour from Orlen County for $40 "
        "million, ending a long fight over its future.\n\nBrackwell Ferries said it would "
        "dredge the channel. Brackwell Ferries will also keep the fares.\n\nAny change to "
        "fares would need approval from the state Marine Transport Commission. A "
        'spokesperson for the company said it "will weigh any request on its merits."',
        "weigh any request",
        "Brackwell Ferries",
        "spokesperson",
        "near miss: a spokesperson for 'the company' there still speaks for the company",
    ),
    _case(
        NAMED,
        "The watchdog's deputy head, Darra Mulvey, said in a separate statement that recalls "
        "of e-bike batteries had “nearly tripled since 2021” as cheap imports flood the market.",
        "nearly tripled",
        "Darra Mulvey",
        "named",
        "a reporting verb four words before its 'that' still owns the partial quote after a "
        "noun that is also a speech verb ('recalls')",
    ),
    _case(
        NONE,
        "Recalls of e-bike batteries had “nearly tripled since 2021” as cheap imports flood "
        "the market.",
        "nearly tripled",
        None,
        None,
        "with no reporting verb before it, 'recalls' is a noun and names nobody",
    ),
    _case(
        DESCRIPTION,
        "Dunmere Health Confirms Data Breach\n\nDunmere Health Systems said on Monday that "
        "attackers had copied billing records.\n\nIn a statement, the operator said it "
        "“deeply regrets the disruption”.",
        "deeply regrets",
        "Dunmere Health Systems",
        "description",
        "a headline's short name without 'Systems' is the firm named in full below it",
    ),
    _case(
        DESCRIPTION,
        "Dunmere Health Confirms Data Breach\n\nDunmere Health Systems said on Monday that "
        "attackers had copied billing records. Tarrow Care Industries, which runs its "
        "billing, declined to comment.\n\nIn a statement, the operator said it “deeply "
        "regrets the disruption”.",
        "deeply regrets",
        None,
        "description",
        "two businesses in reach: the operator is neither",
    ),
    _case(
        DESCRIPTION,
        "Drivers at Quellford Foods walked out on Friday over a pay offer.\n\nIn a statement "
        "posted to its website, the operator said it was “disappointed by the action”.",
        "disappointed by",
        "Quellford Foods",
        "description",
        "a document with a participle of its own still says the operator spoke as a firm",
    ),
    _case(
        DESCRIPTION,
        "Drivers at Quellford Foods walked out on Friday over a pay offer.\n\nSpeaking "
        "outside the depot, the operator said it was “disappointed by the action”.",
        "disappointed by",
        None,
        "description",
        "no document: 'the operator' is never the article's one firm by default",
    ),
    _case(
        POSTS,
        "Orlin Audio recalls 40,000 chargers\n\nOrlin founder Vesna Prell also addressed the "
        "recall on Threads on Thursday afternoon:\n\n@vprell\n“If you bought a charger "
        "between May and June, please stop using it today. We got this one wrong.”",
        "If you bought",
        "Vesna Prell",
        "named",
        "a handle line between the introducing colon and the post's text signs the post",
    ),
    _case(
        POSTS,
        "Orlin Audio recalls 40,000 chargers\n\nThe recall has been widely shared online."
        "\n\n@vprell\n“If you bought a charger between May and June, please stop using it "
        "today. We got this one wrong.”",
        "If you bought",
        None,
        None,
        "a handle line under no colon introduces nothing",
    ),
    _case(
        PRONOUN,
        "Vantrel Outage Live: Trains and Shops Hit as Cloud Firm Rolls Back Update\n\n"
        "Live updates from our newsroom.\n\n15:10\n\nVantrel’s status page now says the "
        "worst is over.\n\n14:50\n\nVantrel has finally updated its status page. It reads: "
        "“We have found the fault and are rolling it back.”",
        "found the fault",
        "Vantrel",
        "pronoun",
        "a headline word the story never writes after the firm's name is not the name's",
    ),
    _case(
        NAMED,
        "Vantrel Grid Restores Power After Storm\n\nVantrel crews worked through the night."
        "\n\n“We have found the fault and are rolling it back,” Vantrel Grid said.",
        "found the fault",
        "Vantrel Grid",
        "named",
        "a headline name the story writes whole keeps its second word",
    ),
    _case(
        NAMED,
        "Storm live: trains cancelled\n\nLots of you have been in touch. A reader, Marisa, "
        "got in touch from a stranded train: “We have been sitting outside Kelbrook for two "
        "hours with no announcements.”",
        "sitting outside",
        "Marisa",
        "named",
        "a reader named by a given name alone, then a short clause and a colon, speaks",
    ),
    _case(
        NONE,
        "Storm live: trains cancelled\n\nLots of you have been in touch. A neighbour, Marisa, "
        "got in touch from a stranded train: “We have been sitting outside Kelbrook for two "
        "hours with no announcements.”",
        "sitting outside",
        None,
        None,
        "near miss: one word after a description that is no audience noun is not yet a name",
    ),
    _case(
        STATEMENT,
        "Judge halts landfill in Vasseur Parish\n\nA judge on Monday halted a landfill in rural "
        "Vasseur Parish, ruling that the state had used an old map.\n\nJudge Odile Marcantel of "
        "the 14th District Court sent the permit back to the state Department of Natural "
        "Resources, saying the agency had relied on a survey that was out of date.\n\n“The "
        "agency looked at the wrong map,” the ruling said.\n\nThe landfill would have served "
        "all of Vasseur Parish.",
        "looked at the wrong map",
        "Odile Marcantel",
        "statement",
        "a parish is a place, so the ruling is the judge's, never a person named Vasseur Parish",
    ),
    _case(
        DESCRIPTION,
        "Flooding closed three roads in Tenville Township on Tuesday. Township trustee Gerald "
        "Amundsen said the pumps had failed.\n\n“We need new ones,” the 61-year-old said.",
        "We need new ones",
        "Gerald Amundsen",
        "description",
        "a township is a place, so 'Township trustee' opening a sentence names no person",
    ),
    _case(
        DESCRIPTION,
        "Oliver Hill, who runs the corner bakery on Quayside, said trade had halved since the "
        "roadworks began.\n\n“People are scared to park,” the 44-year-old said.",
        "scared to park",
        "Oliver Hill",
        "description",
        "a given name and a relative 'who' make a person of a name ending like a place's",
    ),
    _case(
        DESCRIPTION,
        "Wendy Parish, who runs the corner bakery on Quayside, said trade had halved since the "
        "roadworks began.\n\n“People are scared to park,” the 44-year-old said.",
        "scared to park",
        "Wendy Parish",
        "description",
        "Parish ends a place's name, but after a given name and before 'who' it is a surname",
    ),
    _case(
        DESCRIPTION,
        "Residents near Elmwood Park, which floods every winter, have asked for a new drain. "
        "Mavis Oduya has lived there since 1980.\n\n“The water comes up to the door,” the "
        "70-year-old said.",
        "comes up to the door",
        "Mavis Oduya",
        "description",
        "a place glossed with 'which' stays a place and is never the one described",
    ),
    _case(
        SPOKESPERSON,
        "Recall widens\n\nMaltby Foods has recalled two of its pies.\n\nA Maltby Foods "
        "spokeswoman last night said the recall was “a precaution while we check the batch”.",
        "a precaution while we check",
        "Maltby Foods",
        "spokesperson",
        "a part of the day after 'last' between the speaker and the verb is no part of the speaker",
    ),
    _case(
        NAMED,
        "Recall widens\n\nMaltby Foods has recalled two of its pies. Perpetua Lisle this "
        "morning said the recall was “a precaution while we check the batch”.",
        "a precaution while we check",
        "Perpetua Lisle",
        "named",
        "'this morning' between a name and its verb leaves the name the speaker",
    ),
    _case(
        NAMED,
        "Recall widens\n\nMaltby Foods has recalled two of its pies.\n\nPerpetua Lisle, whose "
        "daughter fell ill last night, said the recall was “far too late”.",
        "far too late",
        "Perpetua Lisle",
        "named",
        "near miss: 'last night' ending a relative clause before the verb leaves the name",
    ),
    _case(
        PRONOUN,
        "Bin strike ends\n\nThe county council's cabinet member for waste, Cllr Henrietta Frask, "
        "said collections would resume on Monday.\n\n“I want to thank residents for their "
        "patience,” she said.",
        "thank residents",
        "Henrietta Frask",
        "pronoun",
        "a two-word owner before the opening role ('county council's') is no role of the name",
    ),
    _case(
        PRONOUN,
        "Bin strike ends\n\nThe county council's waste contractor, Dunmore Haulage, said "
        "collections would resume on Monday.\n\n“We will clear the backlog within a week,” "
        "it said.",
        "clear the backlog",
        "Dunmore Haulage",
        "pronoun",
        "near miss: a body's role after a two-word owner still makes the name a body",
    ),
    _case(
        PRONOUN,
        "Bills to rise\n\nPellmore Water raised its charges on Monday.\n\nA spokesperson for "
        "the water regulator, Aquiline, said firms must treat customers fairly. “We will be "
        "checking every bill,” they said.",
        "checking every bill",
        "Aquiline",
        "pronoun",
        "a spokesperson for a role and the body's name after it speaks for that body",
    ),
    _case(
        PRONOUN,
        "Bills to rise\n\nPellmore Water raised its charges on Monday.\n\nA spokesperson for "
        "Aquiline said firms must treat customers fairly. “We will be checking every bill,” "
        "they said.",
        "checking every bill",
        "Aquiline",
        "pronoun",
        "near miss: a spokesperson for a named body, with no role before it, keeps the body",
    ),
    _case(
        DESCRIPTION,
        "Clinic plan stalls\n\nHon. Wilhelmina Achterberg, the MP for Tessaly North, and Mayor "
        "Osric Pembleton clashed over the clinic budget on Tuesday. The legislator, who chairs "
        "the health committee, said: “The money is simply not there.”",
        "simply not there",
        "Wilhelmina Achterberg",
        "description",
        "'the legislator' is the lawmaker's other word: the MP, not the mayor named after her",
    ),
    _case(
        DESCRIPTION,
        "Clinic plan stalls\n\nMayor Osric Pembleton and Hon. Wilhelmina Achterberg, the MP for "
        "Tessaly North, clashed over the clinic budget on Tuesday. The mayor, who chairs the "
        "health board, said: “The money is simply not there.”",
        "simply not there",
        "Osric Pembleton",
        "description",
        "near miss: 'the mayor' in the same clash is the mayor, not the legislator named after",
    ),
    _case(
        DESCRIPTION,
        "Boreholes for Kitale villages\n\n“Every family will have clean water within a year,” "
        "said the Minister for Water and Sanitation, Hon. Ruthanne Okoth-Barlow, at the launch "
        "in Kitale on Friday.\n\nShe said twelve boreholes had been drilled. “Not one village "
        "will be left behind,” the minister said.",
        "Not one village",
        "Ruthanne Okoth-Barlow",
        "description",
        "an office with its remit after an inverted 'said the' is the appositive name's office",
    ),
    _case(
        DESCRIPTION,
        "Boreholes for Kitale villages\n\n“Every family will have clean water within a year,” "
        "said the chair of the Water and Sanitation Board, Ruthanne Okoth-Barlow, at the launch "
        "in Kitale on Friday.\n\nThe minister, Tobiah Wanyama, was also there. “Not one "
        "village will be left behind,” the minister said.",
        "Not one village",
        "Tobiah Wanyama",
        "description",
        "near miss: 'said the chair of the Board, Name,' makes her the chair, not the minister",
    ),
    _case(
        STATEMENT,
        "Shuttle trial halted\n\nA driverless shuttle run by Pellbrook Transit hit a wall at "
        "Harwick State University on Monday.\n\nThe university issued a statement Monday "
        "evening which read: “We have suspended the pilot while the cause is found.”",
        "suspended the pilot",
        "Harwick State University",
        "description",
        "a time between a statement and 'which read' leaves the issuer the speaker",
    ),
    _case(
        STATEMENT,
        "Shuttle trial halted\n\nA driverless shuttle run by Pellbrook Transit hit a wall at "
        "Harwick State University on Monday.\n\nThe university issued a statement Monday "
        "evening, which student leader Corisande Vell read to the crowd before adding: “We "
        "were never asked about this.”",
        "never asked",
        "Corisande Vell",
        "named",
        "near miss: a 'which' clause with its own reader after the time is that reader's",
    ),
    _case(
        NAMED,
        "Rocket blows up\n\nTycoon Brannoc Ilves mocked critics after his rocket exploded off "
        "the coast.\n\nThe billionaire's ex-wife, socialite Mirelle Tarrant, couldn't resist a "
        "dig, sharing a clip on Instagram with the caption: \"Some dreams end in smoke.\"",
        "end in smoke",
        "Mirelle Tarrant",
        "named",
        "an 'ex-' role and a lower-case title before the appositive name: the name speaks",
    ),
    _case(
        NAMED,
        "Rocket blows up\n\nTycoon Brannoc Ilves mocked critics after his rocket exploded off "
        "the coast.\n\nThe billionaire's ex-wife, who asked not to be named, couldn't resist a "
        "dig, sharing a clip on Instagram with the caption: \"Some dreams end in smoke.\"",
        "end in smoke",
        None,
        None,
        "near miss: an 'ex-' role with a clause, not a name, after it names nobody",
    ),
    # --- "alleged", the verb of a charge made in words ---
    _case(
        NAMED,
        "Flyover tender row\n\nMayor Anand Kesavan on Monday defended the award of the "
        "flyover contract.\n\n“The tender was tailored for one bidder. The public deserves "
        "an inquiry,” alleged opposition leader P. Ravindran.",
        "tailored for one bidder",
        "P. Ravindran",
        "named",
        "'alleged' after a quote is the speech verb of a charge made in words",
    ),
    _case(
        NAMED,
        "Assault case heard\n\nThe alleged victim, a shopkeeper from Arcot Road, did not "
        "appear. “We will seek an adjournment,” defence counsel Meera Sundaram told the "
        "court.",
        "seek an adjournment",
        "Meera Sundaram",
        "named",
        "near miss: the adjective 'alleged' before a noun is no verb; the told-clause speaks",
    ),
    # --- a chamber of commerce is "the chamber" ---
    _case(
        DESCRIPTION,
        "Rail strike dates set\n\nThe Harnby Chamber of Commerce estimates that the walkout "
        "will cost city traders £4 million. In a bulletin to members, the chamber warned: "
        "“Those four days matter more to our cafés than the whole of February.”",
        "matter more to our cafés",
        "Harnby Chamber of Commerce",
        "description",
        "a chamber of commerce is 'the chamber' in business copy",
    ),
    _case(
        DESCRIPTION,
        "Budget vote delayed\n\nSenator Ottilie Kravst spoke for three hours in the chamber "
        "on Tuesday.\n\n“No vote will be held this week,” the chamber said in a notice.",
        "No vote will be held",
        None,
        "description",
        "near miss: a legislature's chamber the article names as no body keeps no speaker",
    ),
    # --- a document from a named owner's office ---
    _case(
        STATEMENT,
        "Bridge closure\n\nHollin Road Bridge Ltd issued a statement on Monday saying repairs "
        "would take a month.\n\nCllr Wenda Parrish toured the site on Tuesday. A statement "
        "from Parrish's office read: “Residents have waited long enough for this crossing.”",
        "waited long enough",
        "Wenda Parrish",
        "statement",
        "a statement from a named owner's office is the owner's, not the earlier issuer's",
    ),
    _case(
        STATEMENT,
        "Bridge closure\n\nHollin Road Bridge Ltd issued a statement on Monday saying repairs "
        "would take a month.\n\nCllr Wenda Parrish toured the site on Tuesday. A statement "
        "from Parrish's solicitor read: “Residents have waited long enough for this crossing.”",
        "waited long enough",
        None,
        "statement",
        "near miss: a named owner's unnamed solicitor is nobody known, not the earlier issuer",
    ),
    # --- a titled name before "whose" is a person ---
    _case(
        DESCRIPTION,
        "Level crossing crash\n\nA freight train hit a van at Ostley Lane on Monday.\n\nState "
        "Sen. Corinna Velde, whose district includes Ostley, said the crossing had no "
        "barriers. Velde's office said: “This crossing should have been closed years ago.”",
        "closed years ago",
        "Corinna Velde",
        "description",
        "a titled name before 'whose' is a person, so her office speaks for her",
    ),
    _case(
        PRONOUN,
        "Level crossing crash\n\nA freight train hit a van at Ostley Lane on Monday.\n\n"
        "Harrowgate Freight, whose trains use the line, said it was helping police. “Our "
        "thoughts are with the driver,” it said.",
        "thoughts are with the driver",
        "Harrowgate Freight",
        "pronoun",
        "near miss: an untitled name before 'whose' with a firm's things stays a body",
    ),
    _case(
        PRONOUN,
        "“We are still friends”: TV chef Harriet Varkas confirms split from rugby star Rowan "
        "Tessaro\n\nCookery show favourite Harriet Varkas has confirmed she and rugby star "
        "Rowan Tessaro have separated after five years.\n\nThe 36-year-old shared the news in "
        "a long post on Sunday evening.\n\n“Rowan and I have decided to go our own ways,” she "
        "wrote.",
        "go our own ways",
        "Harriet Varkas",
        "pronoun",
        "of two people named as often, 'she' is the one known to be a woman, not the last named",
    ),
    _case(
        PRONOUN,
        "“We are still friends”: TV chef Harriet Varkas confirms split from rugby star Rowan "
        "Tessaro\n\nCookery show favourite Harriet Varkas has confirmed she and rugby star "
        "Rowan Tessaro have separated after five years.\n\nThe 36-year-old shared the news in "
        "a long post on Sunday evening.\n\n“Harriet and I have decided to go our own ways,” he "
        "wrote.",
        "go our own ways",
        "Rowan Tessaro",
        "pronoun",
        "near miss: 'he' still takes the one whose gender is unknown over a known woman",
    ),
    _case(
        STATEMENT,
        "Lorry sheds load on bypass\n\nKelsham Fire and Rescue Service sent two crews to the "
        "A614 on Monday night, and Inspector Wendell Marsh of Kelsham Police said the road "
        "would stay shut until morning.\n\n“We are asking drivers to be patient,” Marsh "
        "said.\n\nThe fire service later released more details. “Two crews attended. One "
        "driver was treated at the scene,” the news release said.",
        "Two crews attended",
        "Kelsham Fire and Rescue Service",
        "statement",
        "a release is what the reporter's sentence before the quote is about, not a quoted one",
    ),
    _case(
        STATEMENT,
        "Lorry sheds load on bypass\n\nKelsham Police issued a statement on Tuesday "
        "morning.\n\nThe fire service said its crews had been stood down. “Two crews attended. "
        "One driver was treated at the scene,” the statement said.",
        "Two crews attended",
        "Kelsham Police",
        "statement",
        "near miss: a statement the article named before is still its issuer's",
    ),
    _case(
        DESCRIPTION,
        "Singer cancels Harwick show\n\nFolk singer Mae Corrin pulled out of Friday's concert "
        "at the Harwick Wool Exchange after losing her voice.\n\nCorrin's management company, "
        "Tall Pine Artists, said the date would be moved to the spring. “Every ticket will be "
        "valid for the new night,” the company said.",
        "Every ticket will be valid",
        "Tall Pine Artists",
        "description",
        "a name's possessive and a body's role before an appositive name make it that body",
    ),
    _case(
        DESCRIPTION,
        "Singer cancels Harwick show\n\nFolk singer Mae Corrin pulled out of Friday's concert "
        "at the Harwick Wool Exchange after losing her voice.\n\nCorrin's tour manager, Idris "
        "Fenwick, said the date would be moved to the spring. “Every ticket will be valid for "
        "the new night,” the manager said.",
        "Every ticket will be valid",
        "Idris Fenwick",
        "description",
        "near miss: a person's role after a name's possessive keeps the appositive a person",
    ),
    _case(
        STATEMENT,
        "Singer Odalys Prenn marries in secret\n\nSinger Odalys Prenn has married her "
        "long-time partner in a small ceremony in Lisbon.\n\nPrenn shared the first photos "
        "on Instagram on Monday. “Forever starts today,” the singer captioned the post.\n\nHer "
        "record label, Gullwing Records, also posted a message of congratulations. “Wishing "
        "the happy couple every joy,” the post read.",
        "Wishing the happy couple",
        "Gullwing Records",
        "statement",
        "'posted' names the latest post: the label's, not the singer's post named before it",
    ),
    _case(
        STATEMENT,
        "Singer Odalys Prenn marries in secret\n\nSinger Odalys Prenn has married her "
        "long-time partner in a small ceremony in Lisbon.\n\nHer record label, Gullwing "
        "Records, posted a message of congratulations on Monday. Later that evening Prenn "
        "shared her first wedding photos in a new post on Instagram. “Forever starts today,” "
        "the post read.",
        "Forever starts today",
        "Odalys Prenn",
        "statement",
        "near miss: a post named after the label's 'posted' is the later poster's",
    ),
    _case(
        SPOKESPERSON,
        "Baby news for Oduya\n\nActor Bram Oduya and his partner, model Lisette Carrow, are "
        "expecting their first child, a representative for the actor confirmed to Parade on "
        "Friday.\n\n“They are thrilled and cannot wait to meet the baby,” the representative "
        "said.",
        "They are thrilled",
        "Bram Oduya",
        "spokesperson",
        "a representative reporting the news after a comma is whom 'the representative' means",
    ),
    _case(
        SPOKESPERSON,
        "Baby news for Oduya\n\nActor Bram Oduya and his partner, model Lisette Carrow, are "
        "expecting their first child, a representative for Carrow confirmed to Parade on "
        "Friday.\n\n“They are thrilled and cannot wait to meet the baby,” the representative "
        "said.",
        "They are thrilled",
        "Lisette Carrow",
        "spokesperson",
        "near miss: the representative speaks for the one named after 'for', not the actor",
    ),
    _case(
        NONE,
        "Saltash takes gold in Lisbon\n\nSwimmer Imogen Saltash won her first world title in "
        "Lisbon on Sunday, finishing a second clear of the field.\n\nSaltash’s old club coach, "
        "Bethan Corley, 61, watched from the stands.\n\n“She was always first in the pool and "
        "last out. I knew she had something special.”",
        "first in the pool",
        "Bethan Corley",
        "introduction",
        "a relation introduced by her owner's possessive speaks of the owner, who is the 'she'",
    ),
    _case(
        NONE,
        "Saltash takes gold in Lisbon\n\nSwimmer Tobias Saltash won his first world title in "
        "Lisbon on Sunday, finishing a second clear of the field.\n\nSaltash’s old club coach, "
        "Bethan Corley, 61, watched from the stands.\n\n“She was always first in the pool and "
        "last out. I knew she had something special.”",
        "first in the pool",
        None,
        None,
        "near miss: an owner of the other gender leaves the 'she' the coach, so not her words",
    ),
    _case(
        DESCRIPTION,
        "ALLOTMENT FURY: Gran, 84, vows to fight eviction\n\nBy NELL ASKWITH\n\nANGRY "
        "gardeners have vowed to chain themselves to their sheds to stop a housing estate "
        "being built on their allotments.\n\nHousebuilder Cardle Homes wants to put 90 flats "
        "on Wexby Common, where 60 families have grown fruit and vegetables since the end of "
        "the war, and the town’s mayor backs the plan.\n\nGreat-grandmother Maud Pennicott, "
        "84, who has tended plot 14 since 1979, said: ‘It broke my heart when I read the "
        "letter. I cried for a week.’\n\nShe added: ‘The council never even wrote to us. We "
        "heard it from the man who delivers the compost.’\n\nThe retired nurse has gathered "
        "2,000 names on a petition.\n\nPICTURED ABOVE: Maud Pennicott on Wexby Common. ‘This "
        "is my whole life,’ says the gran",
        "my whole life",
        "Maud Pennicott",
        "description",
        "a caption's label in capitals before its colon ('PICTURED ABOVE:') is no name",
    ),
    _case(
        NAMED,
        "ALLOTMENT FURY: Gran, 84, vows to fight eviction\n\nBy NELL ASKWITH\n\nANGRY "
        "gardeners have vowed to chain themselves to their sheds to stop a housing estate "
        "being built on their allotments.\n\nHousebuilder Cardle Homes wants to put 90 flats "
        "on Wexby Common, where 60 families have grown fruit and vegetables since the end of "
        "the war, and the town’s mayor backs the plan.\n\nGreat-grandmother Maud Pennicott, "
        "84, who has tended plot 14 since 1979, said: ‘It broke my heart when I read the "
        "letter. I cried for a week.’\n\nThe retired nurse has gathered 2,000 names on a "
        "petition, and the developer’s director, Tobias Quennell, will meet her on "
        "Friday.\n\nQUENNELL: ‘We will listen to every gardener.’",
        "every gardener",
        "Tobias Quennell",
        "named",
        "near miss: a surname in capitals before a colon is a speaker's label, not a caption's",
    ),
    _case(
        STATEMENT,
        "Water cut for valley growers\n\nFarmers in the Corrin Basin will get a third less "
        "water after the Tolvane Irrigation District board voted on Tuesday.\n\nIn a "
        "statement to this station, the district said it would open a water market next "
        "month. “Growers who rest their fields can sell their share to neighbours,” the "
        "statement said.",
        "rest their fields",
        "Tolvane Irrigation District",
        "statement",
        "a local body opening the sentence that names a statement ('the district said') issued it",
    ),
    _case(
        STATEMENT,
        "Water cut for valley growers\n\nFarmers in the Corrin Basin will get a third less "
        "water after the Tolvane Irrigation District board voted on Tuesday.\n\nIn a "
        "statement to this station, the district attorney said no one would be charged over "
        "the protest. “Growers who blocked the canal acted within the law,” the statement "
        "said.",
        "blocked the canal",
        None,
        None,
        "near miss: 'the district attorney' is an officer, not the district named before",
    ),
    _case(
        STATEMENT,
        "Pupils' reading slips after closures\n\nA two-year review by the Dunmarrow Education "
        "Trust looked at 60 primary schools in the county.\n\n“Children who lost more than "
        "forty days of teaching were on average five months behind in reading,” the review "
        "found.",
        "forty days of teaching",
        "Dunmarrow Education Trust",
        "statement",
        "a document and a verb of finding after the quote ('the review found') speak as 'said'",
    ),
    _case(
        STATEMENT,
        "Pupils' reading slips after closures\n\nA two-year review by the Dunmarrow Education "
        "Trust looked at 60 primary schools in the county, and inspectors visited twelve of "
        "them.\n\n“Children who lost more than forty days of teaching were on average five "
        "months behind in reading,” the inspectors found.",
        "forty days of teaching",
        None,
        None,
        "near miss: 'found' after people, not a document, is no speech verb",
    ),
    _case(
        DESCRIPTION,
        "The return of the otters\n\nEwan Strick farms 200 acres at Hollin Edge, a holding his "
        "grandfather bought from the Pellow Estate Company in 1952.\n\nA 2022 study by the "
        "Tarn Valley Freshwater Lab counted otters on nine rivers over three summers. “Rivers "
        "with otters held twice as many young salmon as those without,” the authors "
        "wrote.\n\nStrick is not convinced. “I have never seen one,” he says.",
        "twice as many young salmon",
        "Tarn Valley Freshwater Lab",
        "description",
        "bare 'the authors' after a study named in the sentence before speak for its issuer",
    ),
    _case(
        DESCRIPTION,
        "Festival line-up\n\nEwan Strick runs the Hollin Edge Book Festival, which opens on "
        "Friday with readings from twelve novelists.\n\nIn an open letter to the council, the "
        "authors wrote that the library “must stay open”.\n\nStrick agrees. “I learnt to read "
        "there,” he says.",
        "must stay open",
        None,
        None,
        "near miss: 'the authors' with no study or report named before are unnamed writers",
    ),
    _case(
        DESCRIPTION,
        "Tenants angry over rent rise\n\nMum-of-two Hattie Grimsdyke has lived on the "
        "Fallowfield estate for years.\n\nSpeaking to the Lookout, the mum, who works nights at "
        "a bakery, added: “Nobody asked us anything.”",
        "Nobody asked us",
        "Hattie Grimsdyke",
        "description",
        "the outlet a fronted 'Speaking to' addresses takes no role from the subject after it",
    ),
    _case(
        DESCRIPTION,
        "Tenants angry over rent rise\n\nMum-of-two Hattie Grimsdyke has lived on the "
        "Fallowfield estate for years.\n\nSpeaking outside the Lookout office, Ivo Marsh, the "
        "landlord, who owns 40 flats, said the rise was fair.\n\n“I answer every letter,” the "
        "landlord added.",
        "I answer every letter",
        "Ivo Marsh",
        "description",
        "near miss: a name opening the main clause after a fronted phrase keeps its appositive",
    ),
    _case(
        DESCRIPTION,
        "Nurses back strike ballot\n\nDelegates at the Royal Guild of Nurses congress in "
        "Brantwick backed the motion on Tuesday.\n\nNot every delegate was convinced. Philippa "
        "Quennell, from the guild's northern branch, urged caution.\n\n“We need the members "
        "with us first,” the veteran delegate said.",
        "We need the members",
        "Philippa Quennell",
        "description",
        "a paragraph whose last sentence alone names someone introduces that person",
    ),
    _case(
        DESCRIPTION,
        "Nurses back strike ballot\n\nDelegates at the Royal Guild of Nurses congress in "
        "Brantwick backed the motion on Tuesday.\n\nBranch chair Tobias Hazelgrove spoke "
        "first. Philippa Quennell, from the guild's northern branch, urged caution.\n\n“We "
        "need the members with us first,” the veteran delegate said.",
        "We need the members",
        None,
        "description",
        "near miss: a paragraph naming two people introduces neither for a fresh description",
    ),
    _case(
        DESCRIPTION,
        "Library closure delayed\n\nPellingham Council has postponed a vote on closing "
        "Quarrendon library.\n\nCampaigners from the group Shelf Life Quarrendon told the Echo "
        "the fight would go on “until every branch is safe”.",
        "until every branch",
        "Shelf Life Quarrendon",
        "description",
        "campaigners from a group named after them speak for that group",
    ),
    _case(
        DESCRIPTION,
        "Library closure delayed\n\nPellingham Council has postponed a vote on closing "
        "Quarrendon library.\n\nCampaigners from Quarrendon told the Echo the fight would go "
        "on “until every branch is safe”.",
        "until every branch",
        None,
        "description",
        "near miss: campaigners from a place name no body",
    ),
    _case(
        STATEMENT,
        "Nurses strike\n\nNurses in Tindiret walked out on Monday.\n\nThe county government, in "
        "a statement signed by the County Executive Committee Member for Health, Dr Nyokabi "
        "Wachira, blamed the treasury.\n\n“We will pay every nurse,” the statement read.",
        "We will pay every nurse",
        "Nyokabi Wachira",
        "statement",
        "an office read as a body, then its holder in apposition: the holder signed it",
    ),
    _case(
        STATEMENT,
        "Nurses strike\n\nNurses in Tindiret walked out on Monday.\n\nIn a statement, the "
        "Tindiret Nurses Union, Dr Nyokabi Wachira's employer, blamed the treasury.\n\n“We "
        "will not pay for its failures,” the statement read.",
        "We will not pay",
        "Tindiret Nurses Union",
        "statement",
        "near miss: a body with no office in its name keeps the statement before a person",
    ),
    _case(
        PRONOUN,
        "Trustees shut Alder Creek Elementary\n\nAlder Creek parent Noreen Vasko urged the "
        "board to wait. “Our children learn to read in those rooms,” she told trustees.",
        "learn to read",
        "Noreen Vasko",
        "pronoun",
        "a US school named without 'School' ('Alder Creek Elementary') is no person",
    ),
    _case(
        PRONOUN,
        "Trustees shut Alder Creek Elementary\n\nAlder Creek Elementary teacher Pia Grell "
        "urged the board to wait. “Our children learn to read in those rooms,” she told "
        "trustees.",
        "learn to read",
        "Pia Grell",
        "pronoun",
        "near miss: the school's name before a teacher's role still leaves her the person",
    ),
    _case(
        STATEMENT,
        "Gambler banned\n\nMorwen Pell, 41, was charged at the Silver Pike Casino in Dunmore."
        "\n\nThe casino said in a statement on Monday that it had banned Pell from the "
        "property. “Silver Pike has zero tolerance for this,” the statement said.",
        "zero tolerance",
        "Silver Pike Casino",
        "statement",
        "'the casino' opening the sentence naming a statement is the casino the article named",
    ),
    _case(
        STATEMENT,
        "Gambler banned\n\nMorwen Pell, 41, was charged at the Tarn Hotel in Dunmore.\n\nThe "
        "hotel owner, Ivo Darrant, said in a statement on Monday that he had banned Pell from "
        "the property. “We have zero tolerance for this,” the statement said.",
        "zero tolerance",
        "Ivo Darrant",
        "statement",
        "near miss: a body's role before a person's ('The hotel owner, Ivo Darrant,') is the owner",
    ),
    _case(
        PRONOUN,
        "Children rescued from hot car\n\nTwo children were found in a hot car at the "
        "Silver Pike Casino. Morwen Pell, 41, was charged.\n\nThe guard, identified as "
        "Tomas Quirke, broke the window. He told reporters he had been on patrol.\n\n“I "
        "saw a little hand on the glass,” he said.",
        "little hand",
        "Tomas Quirke",
        "pronoun",
        "'The guard, identified as NAME,' is in apposition: the sentence is about the name",
    ),
    _case(
        PRONOUN,
        "Children rescued from hot car\n\nTwo children were found in a hot car at the "
        "Silver Pike Casino.\n\nGuard Ivo Brandt said he chased a man later identified as "
        "Tomas Quirke across the car park.\n\n“I shouted at him to stop,” he said.",
        "shouted at him",
        "Ivo Brandt",
        "pronoun",
        "near miss: a man 'identified as' a name in another's sentence leaves it the subject's",
    ),
    _case(
        DESCRIPTION,
        "Snow closes schools\n\nOstwin Valley Schools closed every building on Friday as the "
        "storm moved in.\n\n“We will update families by noon on Saturday,” the district "
        "wrote in an email to parents.",
        "update families",
        "Ostwin Valley Schools",
        "description",
        "'the district' is the school district the article named for its schools",
    ),
    _case(
        DESCRIPTION,
        "Snow closes roads\n\nDrifts cut off the Ostwin district on Friday as the storm moved "
        "in.\n\n“We will update families by noon on Saturday,” the district said.",
        "update families",
        None,
        "description",
        "near miss: 'the district' after only a place's district names no body",
    ),
    _case(
        SPOKESPERSON,
        "Bus routes cut\n\nTarrowby Buses will withdraw six routes from May, leaving villages "
        "around Kelby without a service.\n\nA spokesperson for Kelby Council confirmed the "
        "cuts but said the council \"cannot fund every route.\"",
        "cannot fund every route",
        "Kelby Council",
        "spokesperson",
        "a second verb after 'but' takes the spokesperson's body, not the words up to 'but'",
    ),
    _case(
        SPOKESPERSON,
        "Bus routes cut\n\nTarrowby Buses will withdraw six routes from May, leaving villages "
        "around Kelby without a service.\n\nA spokesperson for Kelby Council confirmed the "
        "cuts, but Tarrowby Buses said the council \"could have paid for every route.\"",
        "could have paid",
        "Tarrowby Buses",
        "named",
        "near miss: a second clause after 'but' with its own subject is that subject's",
    ),
    _case(
        PRONOUN,
        "Chip deal\n\nTessaly Silicon has signed a supply deal with Brackwater Ventures.\n\n"
        "\"We are delighted to have a partner for the next decade,\" it said.",
        "delighted to have a partner",
        "Tessaly Silicon",
        "pronoun",
        "a name ending in 'Silicon' is a chipmaker, so 'it' finds it, not the investor",
    ),
    _case(
        PRONOUN,
        "Chip deal\n\nBrackwater Ventures has signed a supply deal with Tessaly Silicon.\n\n"
        "\"We are delighted to have a partner for the next decade,\" it said.",
        "delighted to have a partner",
        "Brackwater Ventures",
        "pronoun",
        "near miss: a chipmaker named after 'with' leaves 'it' to the subject that signed",
    ),
    _case(
        DESCRIPTION,
        "Flood relief: 'No family will be left without shelter' - Governor\n\nBy Our "
        "Correspondent\n\nResidents of Tana Delta spent a third night in schools after the "
        "river burst its banks.\n\n'We lost everything in an hour,' said farmer Odhiambo "
        "Kerubo.\n\nThe Governor of Tana Delta County, Hon. Wanjiku Mbogo-Tessel, visited the "
        "camps on Tuesday. 'Tents and food will reach every camp by Friday,' the governor said.",
        "No family will be left",
        "Wanjiku Mbogo-Tessel",
        "headline",
        "a headline signed '- Governor' is the first later speaker titled governor",
    ),
    _case(
        DESCRIPTION,
        "Flood relief: 'No family will be left without shelter' - Governor\n\nBy Our "
        "Correspondent\n\nResidents of Tana Delta spent a third night in schools after the "
        "river burst its banks.\n\n'We lost everything in an hour,' said farmer Odhiambo "
        "Kerubo.\n\n'Nobody from the county has come,' said Wanjiku Mbogo-Tessel, a teacher.",
        "No family will be left",
        None,
        None,
        "near miss: a headline signed with a title no later speaker holds keeps no speaker",
    ),
    _case(
        PRONOUN,
        "Kestrel Motors unveils its van – as it happened\n\n10:02\nChief executive Perpetua "
        "Ollerenshaw has walked on stage at the Birmingham launch.\n\n10:09\nOllerenshaw opens "
        "with a promise: “This van will pay for itself in three years.”\n\n10:15\nThe big "
        "claim: the battery is “good for a million miles”, she says. Rivals will want to see "
        "the data.",
        "good for a million miles",
        "Perpetua Ollerenshaw",
        "pronoun",
        "an oldest-first live entry naming no one goes on with the last entry's speaker",
    ),
    _case(
        PRONOUN,
        "Kestrel Motors unveils its van – as it happened\n\n10:15\nThe big claim: the battery "
        "is “good for a million miles”, she says. Rivals will want to see the data.\n\n"
        "10:09\nOllerenshaw opens with a promise: “This van will pay for itself in three "
        "years.”\n\n10:02\nChief executive Perpetua Ollerenshaw has walked on stage at the "
        "Birmingham launch.",
        "good for a million miles",
        None,
        None,
        "near miss: in a newest-first blog the pronoun takes nobody from another entry",
    ),
    _case(
        NOT_SPEAKERS,
        "FERRY TYCOON'S TIKTOK TANTRUM: 'Sink or swim, I am not sorry'\n\nShipping magnate "
        "Osgar Velloway has been accused of mocking stranded passengers in a video.\n\nHe "
        "later said: \"I am not sorry, and I never will be.\"",
        "Sink or swim",
        "Osgar Velloway",
        "headline",
        "a name after a possessive is the owner's deed: the first-person quote is the subject's",
    ),
    _case(
        NAMED,
        "Ilves's coach Tomas Berrigan: 'We go again in June'\n\nBoxer Rafe Ilves lost on "
        "points on Saturday. His coach, Tomas Berrigan, was upbeat.\n\n\"He will be back,\" "
        "Berrigan said.",
        "We go again",
        "Tomas Berrigan",
        "named",
        "near miss: a name after a possessive that the story names elsewhere still speaks",
    ),
    _case(
        DESCRIPTION,
        "Boreholes for Kitale villages\n\nThe minister, Tobiah Wanyama, thanked the board. "
        "“Not one village will be left behind,” the minister said.",
        "Not one village",
        "Tobiah Wanyama",
        "description",
        "a verb and its object after the name's closing comma are his deed, not his role",
    ),
    _case(
        DESCRIPTION,
        "Boreholes for Kitale villages\n\nTobiah Wanyama, named the board's chairman in May, "
        "opened the borehole. “Not one village will be left behind,” the chairman said.",
        "Not one village",
        "Tobiah Wanyama",
        "description",
        "near miss: a participle's phrase closed by a comma is still an appositive role",
    ),
    _case(
        DESCRIPTION,
        "Queues at new Tarrow chippy\n\nChip shop owner Delphine Marr opened her second shop "
        "on Harbour Street on Saturday, and by teatime the fryers were empty.\n\nA sign in "
        "the window read: “All gone, sorry! Open again Monday at noon. Thanks, Delphine x”",
        "All gone, sorry",
        "Delphine Marr",
        "description",
        "a sign whose words sign off with a name the article gave a person is that person's",
    ),
    _case(
        DESCRIPTION,
        "Queues at new Tarrow chippy\n\nChip shop owner Delphine Marr opened her second shop "
        "on Harbour Street on Saturday, and by teatime the fryers were empty.\n\nA sign in "
        "the window read: “All gone, sorry! Open again Monday at noon. Thanks, the Harbour "
        "Street crew”",
        "All gone, sorry",
        None,
        None,
        "near miss: a sign signed off by no one the article named stays nobody's",
    ),
    _case(
        NONE,
        "Bridge repairs to take a year\n\nEngineers have found cracks in two of the six piers "
        "of the Osmer Bridge, which has been shut since March.\n\n“The river was higher than "
        "anything the piers were built for,” said the county's highways chief, Ruairi "
        "Doyle.\n\nOur reporter Nia Coltrane put four questions to structural engineer Prof "
        "Delia Hartsgrove.\n\nWill the bridge reopen this year?\n\n“Not before October. The "
        "piers have to be dried out before anyone can grout them.”\n\nCould it have been "
        "prevented?\n\n“Only if the inspections had gone under the waterline, and they never "
        "did.”",
        "Not before October",
        "Delia Hartsgrove",
        "introduction",
        "the one questions were put to answers them, not the reporter who put them",
    ),
    _case(
        NONE,
        "Bridge repairs to take a year\n\nEngineers have found cracks in two of the six piers "
        "of the Osmer Bridge, which has been shut since March.\n\n“The river was higher than "
        "anything the piers were built for,” said the county's highways chief, Ruairi "
        "Doyle.\n\nOur reporter Nia Coltrane put four questions to Prof Delia Hartsgrove and "
        "Dr Amos Fenlow, who inspected the piers.\n\nWill the bridge reopen this "
        "year?\n\n“Not before October. The piers have to be dried out before anyone can "
        "grout them.”",
        "Not before October",
        None,
        None,
        "near miss: questions put to two people leave the answer unattributed",
    ),
    _case(
        STATEMENT,
        "Farmers block highway over solar park\n\nHundreds of farmers from 14 villages blocked "
        "the Kalampur highway for six hours on Monday.\n\nA notice issued by the Deputy "
        "Commissioner's office read: 'Objections may be filed with the revenue officer within "
        "30 days of this notice.'",
        "Objections may be filed",
        "Deputy Commissioner's office",
        "statement",
        "a capitalised post's office ('the Deputy Commissioner's office') speaks as an office",
    ),
    _case(
        STATEMENT,
        "Farmers block highway over solar park\n\nHundreds of farmers from 14 villages blocked "
        "the Kalampur highway for six hours on Monday.\n\nA notice issued by the "
        "commissioner's office read: 'Objections may be filed with the revenue officer within "
        "30 days of this notice.'",
        "Objections may be filed",
        None,
        None,
        "near miss: a post in lower case before 'office' is the holder's staff, still no one",
    ),
    _case(
        NAMED,
        "Depot to close\n\nOrmsworth Rail will shut its Hallam depot in June.\n\nIts branch "
        "secretary, Casimir Threlfall, still describes the closure as “a betrayal of forty "
        "years”.",
        "a betrayal of forty years",
        "Casimir Threlfall",
        "named",
        "'still' between an appositive subject and its verb leaves the name the speaker",
    ),
    _case(
        NAMED,
        "Depot to close\n\nOrmsworth Rail will shut its Hallam depot in June.\n\nIts branch "
        "secretary, Casimir Threlfall, was still told the closure was “a simple cost saving”.",
        "a simple cost saving",
        None,
        None,
        "near miss: 'was still told' after the appositive makes the name the listener",
    ),
    _case(
        NONE,
        "Board weighs closures\n\nThe district plans to close three schools.\n\nBirchfield Run "
        "Elementary parent Dale Overmyer, 38, said her family moved for the school.\n\n“We "
        "chose this house because of that school. And now it could be gone?”",
        "We chose this house",
        "Dale Overmyer",
        "introduction",
        "a school named 'Elementary' is a body, so the paragraph before names one person",
    ),
    _case(
        NONE,
        "Board weighs closures\n\nThe district plans to close three schools.\n\nBirchfield Run "
        "Elementary parent Dale Overmyer, 38, and teacher Gloria Pennock both spoke at the "
        "meeting.\n\n“We chose this house because of that school. And now it could be gone?”",
        "We chose this house",
        None,
        None,
        "near miss: a parent and a teacher named before the quote leave it no one's",
    ),
    _case(
        STATEMENT,
        "Land sale row\n\nThe Dunmarrow Heritage Trust has been criticised over the future of "
        "Castle Meadow.\n\nThe trust's official line, given after Tuesday's vote, was that it "
        "“has no plans to sell the land”.",
        "has no plans to sell",
        "Dunmarrow Heritage Trust",
        "description",
        "an owner's stated line, a copula and 'that' before the quote: the owner speaks",
    ),
    _case(
        STATEMENT,
        "Land sale row\n\nThe Dunmarrow Heritage Trust has been criticised over the future of "
        "Castle Meadow.\n\nThe trust's problem was that it “never had a plan for the land”.",
        "never had a plan",
        None,
        None,
        "near miss: an owner's problem is no stated position, and names no speaker",
    ),
    _case(
        NONE,
        "Curtain up\n\nGreta Vallance has run the Harrowgate Playhouse for a decade. Critics "
        "called her first season “a folly”.\n\nDoes she regret taking the job?\n\n“Never. "
        "Not for a single day.”",
        "Not for a single day",
        "Greta Vallance",
        "introduction",
        "a profile's question about 'she' is answered, in the next paragraph, by her",
    ),
    _case(
        NONE,
        "Curtain up\n\nGreta Vallance has run the Harrowgate Playhouse for a decade. Critics "
        "called her first season “a folly”.\n\nDoes the board regret hiring her?\n\n“Never. "
        "Not for a single day.”",
        "Not for a single day",
        None,
        None,
        "near miss: a question about a body names no one who answers it",
    ),
    # --- a body's noun before a document names its issuer ---
    _case(
        STATEMENT,
        "Cycle lane delays\n\nBrackley County Council began the cycle lane in March. Cllr "
        "Imogen Tarrant, who sits for the Hollow ward, said the works were badly planned.\n\n"
        "A council statement issued on Monday read: “The route will open before the winter.”",
        "open before the winter",
        "Brackley County Council",
        "statement",
        "'a council statement' is the council's, not the councillor's quoted before it",
    ),
    _case(
        STATEMENT,
        "Cycle lane delays\n\nCllr Imogen Tarrant, who sits for the Hollow ward, said the "
        "works were badly planned.\n\nA council statement issued on Monday read: “The route "
        "will open before the winter.”",
        "open before the winter",
        None,
        "statement",
        "near miss: with no council named, a council statement is nobody's, not the councillor's",
    ),
    # --- someone brought in after a fronting phrase ---
    _case(
        PRONOUN,
        "Ring road works overrun\n\nCllr Hester Mowbray said the contractor had been warned "
        "twice.\n\nAt the bus stop opposite the library, one woman waiting with a shopping "
        "trolley shook her head. “They dig it up every spring,” she said.",
        "dig it up every spring",
        None,
        "pronoun",
        "after a fronting phrase, 'one woman' brought in is the she who speaks next: no name",
    ),
    _case(
        PRONOUN,
        "Ring road works overrun\n\nCllr Hester Mowbray said the contractor had been warned "
        "twice.\n\nAt the bus stop opposite the library, one man waiting with a shopping "
        "trolley shook his head. “They dig it up every spring,” she said.",
        "dig it up every spring",
        "Hester Mowbray",
        "pronoun",
        "near miss: 'one man' brought in after a fronting phrase is no 'she': the name keeps it",
    ),
    # --- a traveller is one of the public ---
    _case(
        PRONOUN,
        "Ferry cancelled\n\nHarbour master Osric Penhallow said the swell was too high for "
        "the crossing.\n\nAnother traveller, a man heading to a funeral on the island, said "
        "he had slept in his car. “Nobody from the company has spoken to us,” he said.",
        "Nobody from the company",
        None,
        "pronoun",
        "'another traveller' brought in unnamed is the he who speaks next, not the official",
    ),
    _case(
        PRONOUN,
        "Ferry cancelled\n\nHarbour master Osric Penhallow said the swell was too high for "
        "the crossing.\n\nAnother traveller, Brede Tallis, who was heading to a funeral on "
        "the island, said she had slept in her car. “Nobody from the company has spoken to "
        "us,” she said.",
        "Nobody from the company",
        "Brede Tallis",
        "pronoun",
        "near miss: a traveller named in apposition is the she who speaks, not nobody",
    ),
    # --- a name after a fronting phrase, with its relative clause ---
    _case(
        NAMED,
        "Sleeper trains return\n\nOperators want later departures. In a letter to the "
        "operators, Corvell Track Holdings, which owns most of the network, said: “Overnight "
        "maintenance windows cannot be shortened further.”",
        "maintenance windows cannot",
        "Corvell Track Holdings",
        "named",
        "after a fronting phrase, the name that a which-clause follows speaks",
    ),
    _case(
        NAMED,
        "Sleeper trains return\n\nOperators want later departures. Ines Barrowby, director "
        "of policy at the lobby group Rail Forward, which funds the campaign, said: "
        "“Overnight maintenance windows cannot be shortened further.”",
        "maintenance windows cannot",
        "Ines Barrowby",
        "named",
        "near miss: a name opening the sentence keeps the quote over the body in its appositive",
    ),
    # --- a trade's noun before a person's is no thing ---
    _case(
        NONE,
        "Metro opening slips again\n\nThe contractor said works were on schedule.\n\n"
        "Commuters are losing patience. Revathi Iyengar, a software professional who drives "
        "daily from Anandpet to the tech park, said the delays had become absurd.\n\n"
        "“Every quarter there is a new opening date. I have stopped believing any of them.”",
        "new opening date",
        "Revathi Iyengar",
        "introduction",
        "a person glossed as 'a software professional' is a person whose paragraph leads in",
    ),
    _case(
        NONE,
        "Metro opening slips again\n\nThe contractor said works were on schedule.\n\n"
        "Commuters are losing patience. Transit Pulse, a software service that tracks the "
        "trains, showed the delays had doubled.\n\n"
        "“Every quarter there is a new opening date. I have stopped believing any of them.”",
        "new opening date",
        None,
        None,
        "near miss: a name glossed as a software service is a thing, which says nothing",
    ),
    # --- what was not said is no attribution ---
    _case(
        NAMED,
        "Regional jets grounded\n\nPellam Air on Thursday grounded nine of its jets after "
        "cracks were found in a wing fitting.\n\nThe carrier said the aircraft would be out "
        "of service for at least three days.\n\nThe Civil Aviation Inspectorate said it was "
        "aware of the fault and was “working closely with the airline and the builder.” "
        "It did not say whether other operators would have to check their fleets.",
        "working closely with the airline",
        "Civil Aviation Inspectorate",
        "named",
        "a sentence of words withheld ('It did not say whether') is no clause for the quote",
    ),
    _case(
        PRONOUN,
        "Regional jets grounded\n\nPellam Air on Thursday grounded nine of its jets after "
        "cracks were found in a wing fitting.\n\nThe carrier said the aircraft would be out "
        "of service for at least three days.\n\nThe Civil Aviation Inspectorate was told of "
        "the fault on Wednesday. “We are working closely with the airline and the builder,” "
        "it said, but it would not say whether other fleets would be checked.",
        "working closely with the airline",
        "Civil Aviation Inspectorate",
        "pronoun",
        "near miss: a clause that speaks before a withheld answer still attributes the quote",
    ),
    # --- a model's letters and number are no body ---
    _case(
        DESCRIPTION,
        "Turboprops grounded\n\nSix turboprops were grounded on Tuesday after checks "
        "found worn brackets. The aircraft, all Ostwin OT-72s, will be out of service until "
        "Friday.\n\nOstwin Aerospace spokeswoman Liesel Vandam said the company had "
        "sent a bulletin to every operator of the OT-72. In an email, the company wrote: "
        "“We found the fault during our own checks.”",
        "found the fault",
        "Ostwin Aerospace",
        "description",
        "the capitals of a model's designation ('OT-72') are no organisation for 'the company'",
    ),
    _case(
        DESCRIPTION,
        "Turboprops grounded\n\nBrackwell Air grounded its turboprops on Tuesday.\n\nThe "
        "maker, OTK Aeronautics, said it had sent a bulletin to every operator. In an email, "
        "the company wrote: “We found the fault during our own checks.”",
        "found the fault",
        "OTK Aeronautics",
        "description",
        "near miss: capitals opening a company's name, with no number after them, still name it",
    ),
    # --- a role that adds is the one who just spoke ---
    _case(
        DESCRIPTION,
        "Hangar space runs short\n\n“Airlines are right about the crews, but they forget "
        "the hangars,” said Tobias Wrenfield, a partner at consultancy Kestrel Aviation "
        "Partners.\n\n“There is not a free maintenance slot in the region until next "
        "autumn,” the consultant added.",
        "free maintenance slot",
        "Tobias Wrenfield",
        "description",
        "'the consultant added' after a consultancy's partner's quote goes on for him",
    ),
    _case(
        DESCRIPTION,
        "Hangar space runs short\n\n“Airlines are right about the crews, but they forget "
        "the hangars,” the pilots' union said in a statement.\n\n“There is not a free "
        "maintenance slot in the region until next autumn,” the consultant added.",
        "free maintenance slot",
        None,
        "description",
        "near miss: after a body's quote, a consultant no one named stays no one",
    ),
    # --- a headline's body and role is the holder the story names ---
    _case(
        NAMED,
        "Harrowby Freight CEO: “Drivers, not lorries, set the pace”\n\nThe haulier has "
        "ordered forty new trucks.\n\nHarrowby Freight Group chief executive Odalys Fenner "
        "has warned that growth could stall unless more drivers are trained.",
        "Drivers, not lorries",
        "Odalys Fenner",
        "named",
        "a headline's body and role ('… CEO:') is the chief executive the story names",
    ),
    _case(
        NAMED,
        "Harrowby Freight CEO: “Drivers, not lorries, set the pace”\n\nThe haulier has "
        "ordered forty new trucks, its spokesman Piet Laaksonen said.",
        "Drivers, not lorries",
        "Harrowby Freight CEO",
        "named",
        "near miss: with no chief executive named, the headline's words keep its phrase",
    ),
    # --- an aircraft maker's name is a body ---
    _case(
        PRONOUN,
        "Certification on track\n\n“The test flights are going well,” Ostvald Aircraft’s "
        "programme chief, Anders Brask, said on Monday.\n\nRuth Carmody said she had asked "
        "Ostvald about the delay.\n\nCarmody: Ostvald has been open with us. When I asked "
        "their programme chief in May, he said, “You will have the aircraft before the "
        "crews,” and he may well be right.",
        "aircraft before the crews",
        "Anders Brask",
        "pronoun",
        "a name ending in Aircraft is a body, never the 'he' of its programme chief",
    ),
    _case(
        PRONOUN,
        "Certification on track\n\n“The test flights are going well,” Ostvald Aircraft’s "
        "programme chief, Linnea Brask, said on Monday.\n\n“We will publish the results in "
        "June,” it said.",
        "publish the results",
        "Ostvald Aircraft",
        "pronoun",
        "near miss: the maker, a body, is the 'it', not its officer named after it",
    ),
    _case(
        SPOKESPERSON,
        "Ambulance left running in bay\n\nAn ambulance was driven off from Kelby Regional "
        "Medical Center on Friday.\n\nThe hospital's parent company, Lakemoor Health "
        "Partners, said it was reviewing its procedures.\n\n“Our crews follow protocols "
        "designed to get patients inside quickly,” a spokesperson for the health system said.",
        "crews follow protocols",
        "Lakemoor Health Partners",
        "spokesperson",
        "'the health system' is the hospital network named for health, not one of its hospitals",
    ),
    _case(
        SPOKESPERSON,
        "Ambulance left running in bay\n\nAn ambulance was driven off from Kelby Regional "
        "Medical Center on Friday.\n\n“Our crews follow protocols designed to get patients "
        "inside quickly,” a spokesperson for the health system said.",
        "crews follow protocols",
        None,
        "spokesperson",
        "near miss: with only a hospital named, the health system it belongs to has no name",
    ),
    _case(
        STATEMENT,
        "Mother charged\n\nMorwen Pell, 34, was charged with neglect on Saturday, according "
        "to an arrest report obtained by local TV station KWPX.\n\nThe report states that a "
        "guard spotted the children.\n\n“The children were sweating and crying,” the arrest "
        "report read.\n\nDunmore Police Department spokesperson Ida Marr said the case was "
        "being reviewed.",
        "sweating and crying",
        "Dunmore Police Department",
        "statement",
        "an arrest report is the police force's, not the station that obtained it",
    ),
    _case(
        STATEMENT,
        "Mother charged\n\nMorwen Pell, 34, was charged with neglect on Saturday, according "
        "to an arrest report obtained by local TV station KWPX.\n\n“The children were "
        "sweating and crying,” the arrest report read.",
        "sweating and crying",
        None,
        "statement",
        "near miss: with no police force named, the arrest report is nobody's, not the suspect's",
    ),
    _case(
        NONE,
        "Sheriff on fatal crash: ‘Somebody out there saw it’\n\nA man died on Route 9 early "
        "on Sunday, the sheriff's office said.\n\nSheriff Ida Varro said deputies found a "
        "mirror at the scene. “A car does not lose a mirror without someone noticing,” Varro "
        "said.",
        "Somebody out there",
        "Ida Varro",
        "headline",
        "a headline labelled 'Sheriff on …:' quotes the one person the story titles sheriff",
    ),
    _case(
        NONE,
        "Sheriff on fatal crash: ‘Somebody out there saw it’\n\nA man died on Route 9 early "
        "on Sunday.\n\nSheriff Ida Varro said deputies found a mirror. Former sheriff Tom "
        "Pell said the road was dangerous. “It is a racetrack,” Pell said.",
        "Somebody out there",
        None,
        None,
        "near miss: with two people titled sheriff, the headline's sheriff is neither",
    ),
    _case(
        DESCRIPTION,
        "Woman charged\n\nMorwen Pell, 34, was charged on Saturday by Dunmore Police.\n\n“She "
        "left the children for two hours,” police said.",
        "two hours",
        "Dunmore Police",
        "description",
        "'police said' is the one police force the story names",
    ),
    _case(
        DESCRIPTION,
        "Woman charged\n\nMorwen Pell, 34, was arrested in Kelby by Kelby Constabulary and "
        "charged on Saturday by Dunmore Police.\n\n“She left the children for two hours,” "
        "police said.",
        "two hours",
        None,
        "description",
        "near miss: with two forces named, 'police' is neither",
    ),
    _case(
        SPOKESPERSON,
        "Nursery closes after damp complaints\n\nParents say they were given two days' notice "
        "that the Elmbrook Day Nursery in Carrow would shut.\n\nLast night an Elmbrook "
        "spokeswoman said: \"We could not keep the children safe in that building.\"",
        "We could not keep the children",
        "Elmbrook Day Nursery",
        "spokesperson",
        "an opening time with no comma ('Last night') is no part of the speaker phrase",
    ),
    _case(
        DESCRIPTION,
        "Nursery closes after damp complaints\n\nParents say they were given two days' notice "
        "that the Elmbrook Day Nursery in Carrow would shut.\n\nLast night a parent at the "
        "Carrow site said: \"We could not keep the children safe in that building.\"",
        "We could not keep the children",
        None,
        "description",
        "near miss: past the opening time, an unnamed parent is still no one",
    ),
    _case(
        STATEMENT,
        "Water bills to rise again\n\nHouseholds in the Tennick valley face a fourth rise in "
        "three years.\n\nA review by the Brayfield Water Trust last year concluded: \"Most "
        "customers cannot say what they pay for water.\"",
        "Most customers cannot say",
        "Brayfield Water Trust",
        "named",
        "'last year' between a document's author and the verb dates it, no part of the phrase",
    ),
    _case(
        DESCRIPTION,
        "Water bills to rise again\n\nHouseholds in the Tennick valley face a fourth rise in "
        "three years.\n\nA customer of the Brayfield Water Trust last year wrote: \"Nobody "
        "can tell me what I pay for.\"",
        "Nobody can tell me",
        None,
        "description",
        "near miss: a customer of the body dated 'last year' is not the body",
    ),
    _case(
        DESCRIPTION,
        "Housing trust to sell 200 homes\n\nThe Tollmere Housing Trust plans to sell 200 homes "
        "to cover repair bills, the Harwick Post reported on Friday.\n\nA person familiar "
        "with the review told the paper: \"The repair bill was never going to be met from "
        "rents.\"",
        "The repair bill was never",
        None,
        "description",
        "'a person familiar with the review' is an anonymous source, not the review's body",
    ),
    _case(
        STATEMENT,
        "Housing trust to sell 200 homes\n\nThe Tollmere Housing Trust plans to sell 200 homes "
        "to cover repair bills, the Harwick Post reported on Friday.\n\nA review "
        "commissioned by the trust told its board: \"The repair bill was never going to be "
        "met from rents.\"",
        "The repair bill was never",
        "Tollmere Housing Trust",
        "statement",
        "near miss: with no source adjective the review itself speaks for the trust",
    ),
    _case(
        NAMED,
        "Insurer told to pay flood claim\n\nThe Pellham Financial Tribunal has ordered Dunmarsh "
        "Insurance to pay a Corwen couple for flood damage to their cottage.\n\nDunmarsh "
        "Insurance, in its reply to the tribunal, had contended: \"The policy never covered "
        "water that rose from the ground.\"",
        "The policy never covered",
        "Dunmarsh Insurance",
        "named",
        "'contended' reports a party's case in court copy: a speech verb",
    ),
    _case(
        DESCRIPTION,
        "Insurer told to pay flood claim\n\nThe Pellham Financial Tribunal has ordered Dunmarsh "
        "Insurance to pay a Corwen couple for flood damage to their cottage.\n\nDunmarsh "
        "Insurance had contended that the policy did not cover rising water.\n\n\"That "
        "reading of the policy cannot stand,\" the tribunal said in its order.",
        "That reading of the policy",
        "Pellham Financial Tribunal",
        "description",
        "near miss: a case reported with 'contended that' leaves the next quote to its own clause",
    ),
    _case(
        SPOKESPERSON,
        "Tenants squeezed by fees\n\nThe housing charity Roofline says one in three tenants in "
        "Harlby has paid fees they could not afford.\n\n\"We see it every week,\" says Ola "
        "Brent, head of policy at Roofline. \"Roofline gets calls every day.\"\n\nOne tenant "
        "was charged 400 pounds to renew her lease by a letting agent in the town. A spokeswoman "
        "for the firm said: \"Our fees are clear and fair.\"",
        "Our fees are clear",
        None,
        "spokesperson",
        "'the firm' is never a body the article calls a charity; the agent is unnamed",
    ),
    _case(
        SPOKESPERSON,
        "Tenants squeezed by fees\n\nThe housing charity Roofline says one in three tenants in "
        "Harlby has paid fees they could not afford.\n\n\"We see it every week,\" says Ola "
        "Brent, head of policy at Roofline. \"Roofline gets calls every day.\"\n\nOne tenant "
        "was charged 400 pounds to renew her lease by a letting agent in the town. A spokeswoman "
        "for the charity said: \"Agents should publish their fees.\"",
        "Agents should publish",
        "Roofline",
        "spokesperson",
        "near miss: 'the charity' is the body the article calls a charity",
    ),
    _case(
        DESCRIPTION,
        "Ormsby & Vale fined over mortgage arrears\n\nThe Home Loans Standards Authority "
        "has fined Ormsby & Vale, one of the biggest regional lenders, 6m pounds for "
        "charging fees to borrowers in arrears.\n\nThe Home Loans Standards Authority "
        "said the bank had ignored warning signs. The authority found 9,000 borrowers had "
        "been affected.\n\nIn a statement, the lender said: \"We are sorry and have "
        "refunded every borrower.\"",
        "We are sorry and have refunded",
        "Ormsby & Vale",
        "description",
        "'the lender' never fits a public body's name, though it carries 'Loans'",
    ),
    _case(
        DESCRIPTION,
        "Harbour Credit Union fined over arrears\n\nThe Home Finance Standards Authority "
        "has fined Harbour Credit Union 6m pounds for charging fees to borrowers in "
        "arrears.\n\nThe Home Finance Standards Authority said the union had ignored "
        "warning signs. The authority found 9,000 borrowers had been affected.\n\nIn a "
        "statement, the lender said: \"We are sorry and have refunded every borrower.\"",
        "We are sorry and have refunded",
        "Harbour Credit Union",
        "description",
        "near miss: a credit union's name still fits 'the lender'",
    ),
    _case(
        NONE,
        "Homeware chain cuts forecast\n\nThe Pelling Home chain cut its profit forecast on "
        "Thursday after a glut of unsold garden furniture.\n\n“Everyone in the trade got "
        "caught by the same thing,” said Ivo Grant, a managing director at retail consultancy "
        "Lantern Advisory, who does not advise the company.\n\n“The ones who recover fastest will "
        "take the markdowns now.”",
        "The ones who recover fastest",
        "Ivo Grant",
        "named",
        "a title and a relative clause make the clause long; the next paragraph is joined on",
    ),
    _case(
        NONE,
        "Homeware chain cuts forecast\n\nThe Pelling Home chain cut its profit forecast on "
        "Thursday after a glut of unsold garden furniture.\n\n“Everyone in the trade got "
        "caught by the same thing,” said Ivo Grant, a managing director at retail consultancy "
        "Lantern Advisory. Lantern Advisory does not advise the company.\n\n“The ones who recover "
        "fastest will take the markdowns now.”",
        "The ones who recover fastest",
        None,
        None,
        "near miss: a sentence of narration after the clause ends the statement",
    ),
    _case(
        NAMED,
        "Pelling & Co. cuts outlook as boss admits: ‘We bought too much garden "
        "furniture’\n\nThe homeware chain cut its profit forecast on Thursday after a glut of "
        "unsold "
        "stock.\n\n“We bought too much garden furniture, and we paid for it in margin,” chief "
        "executive Ana Corley told analysts.",
        "We bought too much garden furniture",
        "Ana Corley",
        "headline",
        "the dot of a firm's 'Co.' ends no sentence: the first line is still a headline",
    ),
    _case(
        DESCRIPTION,
        "Pelling cut its outlook. One shopper wrote: ‘We bought too much garden "
        "furniture’\n\nThe homeware chain cut its profit forecast on Thursday after a glut of "
        "unsold "
        "stock.\n\n“We bought too much garden furniture, and we paid for it in margin,” chief "
        "executive Ana Corley told analysts.",
        "We bought too much garden furniture",
        None,
        "description",
        "near miss: a first line with a real sentence end is a sentence, not a headline",
    ),
    _case(
        NAMED,
        "Pelling Home cuts outlook as boss admits: ‘We bought too much, and we paid for it’"
        "\n\nThe homeware chain cut its profit forecast on Thursday after a glut of "
        "unsold stock.\n\n“We bought too much garden furniture, and we paid for it in "
        "margin,” chief executive Ana Corley told analysts.",
        "We bought too much, and we paid",
        "Ana Corley",
        "headline",
        "a headline that cuts a middle out of a later quote still repeats it",
    ),
    _case(
        NONE,
        "Pelling Home cuts outlook as boss admits: ‘We paid for it, and we bought too much’"
        "\n\nThe homeware chain cut its profit forecast on Thursday after a glut of "
        "unsold stock.\n\n“We bought too much garden furniture, and we paid for it in "
        "margin,” chief executive Ana Corley told analysts.",
        "We paid for it, and we bought",
        None,
        None,
        "near miss: the same runs in another order are no cut of the later quote",
    ),
    _case(
        NONE,
        "The quiet cost of store cards\n\nWhen Lena Fairlie opened her first store card at 22, "
        "it felt like free money.\n\nWithin a year she owed money on five of them.\n\n‘I "
        "wasn’t saving any of it. I’d spend it on payday and forget about it until the "
        "letters came.’\n\nDebt advisers say her story is common.\n\nCaption: Lena Fairlie "
        "at home in Crowbridge: ‘I wasn’t saving any of it’",
        "I’d spend it on payday",
        "Lena Fairlie",
        "repeated",
        "a caption after the story repeats the quote under a name: the quote is hers",
    ),
    _case(
        NONE,
        "The quiet cost of store cards\n\nWhen Lena Fairlie opened her first store card at 22, "
        "it felt like free money.\n\nWithin a year she owed money on five of them.\n\n‘I "
        "wasn’t saving any of it. I’d spend it on payday and forget about it until the "
        "letters came.’\n\nDebt advisers say her story is common.\n\nCaption: Lena Fairlie "
        "at home in Crowbridge: ‘I wasn’t saving’",
        "I’d spend it on payday",
        None,
        None,
        "near miss: a repeat of four words may be chance and names no one",
    ),
    _case(
        NAMED,
        "Hailstorm shreds orchards\n\nGrowers in the Vessel valley lost much of this year's "
        "apple crop on Sunday.\n\n“It sounded like gravel on a tin roof,” said Oskar Pellmann, "
        "63, who watched from the packing shed with his daughter, Ilse. “She cried. I nearly "
        "did too.”",
        "She cried",
        "Oskar Pellmann",
        "continuation",
        "a relative in apposition in the speaker's own clause does not break the continuation",
    ),
    _case(
        NAMED,
        "Hailstorm shreds orchards\n\nGrowers in the Vessel valley lost much of this year's "
        "apple crop on Sunday.\n\n“It sounded like gravel on a tin roof,” said Oskar "
        "Pellmann, 63. His daughter, Ilse, was less shaken. “We have insurance.”",
        "We have insurance",
        "Ilse",
        "introduction",
        "near miss: a relative given a sentence of her own is the one quoted next",
    ),
    _case(
        PRONOUN,
        "Mudslide buries hill village\n\nRegional fire chief Benedikt Aurel said crews had "
        "reached the upper road by noon. “We are working in shifts,” he said.\n\nAt the last "
        "house before the bridge, a volunteer in a torn jacket beckoned us over. “Her dog is "
        "still barking under there,” he said.",
        "Her dog is still barking",
        None,
        None,
        "a passer-by after a scene-setting phrase is the he who speaks next, not the chief",
    ),
    _case(
        PRONOUN,
        "Mudslide buries hill village\n\nRegional fire chief Benedikt Aurel said crews had "
        "reached the upper road by noon. “We are working in shifts,” he said.\n\nAt the last "
        "house before the bridge, Aurel beckoned us over. “Her dog is still barking under "
        "there,” he said.",
        "Her dog is still barking",
        "Benedikt Aurel",
        "pronoun",
        "near miss: a named subject after the scene-setting phrase keeps the he",
    ),
    _case(
        NAMED,
        "Depot flooded as canal overtops\n\nOur reporter Lise Varnholt went to the bus depot "
        "at Crane Wharf, where the yard foreman, Piet Aldous, told her: “Half the fleet is "
        "standing in a metre of water.”",
        "Half the fleet",
        "Piet Aldous",
        "named",
        "a 'where' clause bringing in ROLE, NAME, and a speech verb gives the name",
    ),
    _case(
        NAMED,
        "Depot flooded as canal overtops\n\nOur reporter Lise Varnholt went to the bus depot "
        "at Crane Wharf, where she told the yard foreman, Piet Aldous: “Half the fleet is "
        "standing in a metre of water.”",
        "Half the fleet",
        "Lise Varnholt",
        "pronoun",
        "near miss: in a 'where' clause whose subject is 'she', the one told is no speaker",
    ),
    _case(
        DESCRIPTION,
        "Border clash leaves two dead\n\nThe Korvell Armed Forces said 2,000 troops had been "
        "sent north on Tuesday. “Engineers are clearing the pass and will open a field "
        "kitchen by Friday,” the military said.",
        "Engineers are clearing the pass",
        "Korvell Armed Forces",
        "description",
        "'the military' stands for a body named Armed Forces",
    ),
    _case(
        DESCRIPTION,
        "Border clash leaves two dead\n\nThe Korvell Ministry of Defence said 2,000 troops "
        "had been sent north on Tuesday. “Engineers are clearing the pass and will open a "
        "field kitchen by Friday,” the military said.",
        "Engineers are clearing the pass",
        None,
        None,
        "near miss: a ministry of defence is no military, so 'the military' stays unnamed",
    ),
    _case(
        SPOKESPERSON,
        "Fire on patrol boat\n\nThe patrol boat was built by Ostrander Marine Engineering in "
        "2019 and refitted last year.\n\nA spokesman for the shipyard said: “We will help the "
        "inquiry in any way we can.”",
        "We will help the inquiry",
        "Ostrander Marine Engineering",
        "spokesperson",
        "'the shipyard' stands for a builder whose name says it builds ships",
    ),
    _case(
        SPOKESPERSON,
        "Fire on patrol boat\n\nThe patrol boat was built by Ostrander Yachts in 2019 and "
        "refitted last year.\n\nA spokesman for the shipyard said: “We will help the inquiry "
        "in any way we can.”",
        "We will help the inquiry",
        None,
        None,
        "near miss: a yacht maker's name is no shipyard's, so the spokesman stays unnamed",
    ),
    _case(
        STATEMENT,
        "Frigate refit delayed\n\nThe Navy has postponed the return of the frigate Tamsin "
        "after cracks were found in her propeller shafts.\n\nThe report, prepared by the "
        "Navy's Hull Survey Group and seen by this paper, concluded: “Both shafts must be "
        "replaced before the ship can sail again.”",
        "Both shafts must be replaced",
        "Hull Survey Group",
        "statement",
        "a report prepared by a parent body's named unit is the unit's, not the parent's",
    ),
    _case(
        STATEMENT,
        "Frigate refit delayed\n\nThe Navy has postponed the return of the frigate Tamsin "
        "after cracks were found in her propeller shafts.\n\nThe report, prepared by the "
        "Navy's own divers, concluded: “Both shafts must be replaced before the ship can sail "
        "again.”",
        "Both shafts must be replaced",
        "Navy",
        "statement",
        "near miss: a possessive before lower-case staff names no unit, so the body speaks",
    ),
    _case(
        STATEMENT,
        "Gales close ports\n\nThe Ostmark Met Service has issued its first red alert of the "
        "winter for the northern isles. “Waves of ten metres are expected near the harbour "
        "walls,” the alert said.",
        "Waves of ten metres",
        "Ostmark Met Service",
        "statement",
        "'the alert' speaks for the body whose own alert the sentence before named",
    ),
    _case(
        STATEMENT,
        "Gales close ports\n\nFerry operator Kessel Lines cancelled all sailings on Tuesday. "
        "A red alert is in force for the northern isles. “Waves of ten metres are expected "
        "near the harbour walls,” the alert said.",
        "Waves of ten metres",
        None,
        None,
        "near miss: an alert no body is said to have issued is not the firm in view",
    ),
    _case(
        STATEMENT,
        "Churchyard closed after storm\n\nFallen yews have blocked the paths of St Oda's "
        "churchyard in Welby since Sunday.\n\nBy Monday morning, a notice Welby Parish "
        "Council had pinned to the lychgate read: “Closed until further notice. Please "
        "keep out.”",
        "Closed until further notice",
        "Welby Parish Council",
        "named",
        "a notice someone pinned up, with no 'that' before the poster, is the poster's",
    ),
    _case(
        STATEMENT,
        "Churchyard closed after storm\n\nFallen yews have blocked the paths of St Oda's "
        "churchyard in Welby since Sunday.\n\nBy Monday morning, a sign Welby Parish "
        "Council had pinned to the lychgate read: “Closed until further notice. Please "
        "keep out.”",
        "Closed until further notice",
        None,
        None,
        "near miss: a sign's wording stays nobody's, whoever pinned it up",
    ),
    _case(
        STATEMENT,
        "Towpath shut\n\nA stretch of the Arle towpath has been closed after a wall "
        "collapsed near Hobb's Lock.\n\nA notice that the Arle Canal Trust has fixed to the "
        "lock gate reads: “Path closed. Use the diversion via Mill Street.”",
        "Path closed",
        "Arle Canal Trust",
        "named",
        "the present 'reads' and a 'that' before the poster give the notice to the poster",
    ),
    _case(
        NONE,
        "Brewery to close after 90 years\n\nOwner says family firm was ‘beaten by the "
        "energy bills’\n\nBy Tamsin Orrell\n\nThe Quarry Lane brewery in Dunmere will shut "
        "in March with the loss of 38 jobs.\n\n“We held on as long as we could, but in the "
        "end we were beaten by the energy bills,” said its owner, Gideon Pellow.",
        "beaten by the energy bills",
        "Gideon Pellow",
        "headline",
        "a deck under the headline quotes the story's own quote: its speaker's",
    ),
    _case(
        NONE,
        "Brewery to close after 90 years\n\nThe owner told staff on Friday. Workers said "
        "they were ‘beaten by the energy bills’\n\nThe Quarry Lane brewery in Dunmere will "
        "shut in March with the loss of 38 jobs.\n\n“We held on as long as we could, but in "
        "the end we were beaten by the energy bills,” said its owner, Gideon Pellow.",
        "beaten by the energy bills",
        None,
        "description",
        "near miss: a line of sentences under the headline is the body, not a deck",
    ),
    _case(
        NAMED,
        "Servers buckle at launch of Emberfall\n\nPlayers of Emberfall could not log in for "
        "most of Friday, said its developer, Quarrel Studios.\n\nThe publisher, Nettlewick "
        "Games, has issued a statement: “We are working to restore service and will "
        "compensate every player.”",
        "working to restore service",
        "Nettlewick Games",
        "named",
        "a body's role noun, then its name, as the subject of a colon's sentence: the name",
    ),
    _case(
        NAMED,
        "Servers buckle at launch of Emberfall\n\nPlayers of Emberfall could not log in for "
        "most of Friday, said its developer, Quarrel Studios.\n\nThe game's main city, Harrow "
        "Vale, has been deserted since the outage: “Nobody can get in at all.”",
        "Nobody can get in",
        None,
        None,
        "near miss: a noun of no body before the name: no speaker, not the developer",
    ),
    _case(
        DESCRIPTION,
        "Calderbrook studio cuts 60 jobs\n\nRookwell Games, the studio behind Driftholm, cut 60 "
        "jobs on Monday.\n\nA former Rookwell developer, who asked not to be identified, told "
        "reporters that morale had been low for months.\n\n“We were told everything was fine "
        "until the week it happened,” the developer said.",
        "We were told everything",
        None,
        "description",
        "an unnamed person with an employer's name before the noun keeps the description",
    ),
    _case(
        DESCRIPTION,
        "Calderbrook studio cuts 60 jobs\n\nRookwell Games, the studio behind Driftholm, cut 60 "
        "jobs on Monday.\n\nA former Rookwell developer, who asked not to be identified, told "
        "reporters that morale had been low for months.\n\n“We had no warning of this at "
        "all,” the studio said in a statement.",
        "We had no warning",
        "Rookwell Games",
        "description",
        "near miss: another noun after the unnamed person is resolved as usual",
    ),
    _case(
        DESCRIPTION,
        "Chess clubs fear age limit\n\nOmeara Quenby, who chairs the parents' forum, backed the "
        "plan. ‘Children need limits,’ she said.\n\n‘I started at twelve. I would never have "
        "learnt otherwise,’ said the teenager, a member of a local chess club who asked that "
        "only his first name, Ravi, be used.",
        "I started at twelve",
        "Ravi",
        "named",
        "a first name the speaker asked to be used, after a short appositive, is the speaker",
    ),
    _case(
        DESCRIPTION,
        "Chess clubs fear age limit\n\nOmeara Quenby, who chairs the parents' forum, backed the "
        "plan. ‘Children need limits,’ she said.\n\n‘I started at twelve. I would never have "
        "learnt otherwise,’ said the teenager, a member of a local chess club who asked that "
        "his name not be used.",
        "I started at twelve",
        None,
        "description",
        "near miss: a speaker who asked for no name at all stays unnamed, not the parent",
    ),
    _case(
        NONE,
        "Age limit for online games\n\nThe state will set an age limit for online games.\n\n"
        "Minister Suresh Pallavur said the ministry had received 900 complaints from parents "
        "since January.\n\n“We are not against games. We are against harm.”",
        "We are not against games",
        "Suresh Pallavur",
        "introduction",
        "documents counted in the plural are a tally: the quote paragraph is the speaker's",
    ),
    _case(
        NONE,
        "Row over barking dog\n\nThe council will look into the case.\n\nSuresh Pallavur "
        "said he had received a complaint from a neighbour.\n\n“Your dog barks all night "
        "and we cannot sleep.”",
        "Your dog barks",
        None,
        None,
        "near miss: one document received from someone: the quote is its wording, no one's",
    ),
    _case(
        STATEMENT,
        "Lantern Drift gets mixed reviews\n\nLantern Drift, a game about a lighthouse keeper, "
        "went on sale on Monday. Its maker, Ada Quill, wrote: “We made it in a shed.”\n\nA "
        "review on the gaming site Hexwire concluded: “It asks too much of the player.”",
        "It asks too much",
        "Hexwire",
        "statement",
        "a review on an outlet named after its noun is the outlet's, not the last speaker's",
    ),
    _case(
        STATEMENT,
        "Lantern Drift gets mixed reviews\n\nLantern Drift, a game about a lighthouse keeper, "
        "went on sale on Monday.\n\nA post on the gaming site Hexwire read: “Who asked for a "
        "game about waiting?”",
        "Who asked for a game",
        None,
        "statement",
        "near miss: a post on a site is some user's, not the site's",
    ),
    _case(
        DESCRIPTION,
        "Long queues for Vexmoor launch\n\nTarnlight Studios said its servers were overloaded "
        "by demand.\n\nPia Lundqvist, known as Kestrel to her followers, has been waiting "
        "since noon. The 26-year-old streamer told her viewers: “Two hours and still nothing.”",
        "Two hours and still",
        "Pia Lundqvist",
        "description",
        "a role of people and firms alike with a person's age is the person in view",
    ),
    _case(
        DESCRIPTION,
        "Coach firm sold\n\nOxtable Coaches, founded in 1874, has been sold to a rival "
        "group.\n\n“We are proud of our history,” the 150-year-old operator said.",
        "proud of our history",
        "Oxtable Coaches",
        "description",
        "near miss: an age no person reaches leaves a shared role to the firm",
    ),
    _case(
        PRONOUN,
        "Cup tie sold out\n\nThousands queued for tickets.\n\nOutside Harbeck Field on Sunday "
        "morning, steward Ines Rowle, 41, said she had bought a scarf for her son.\n\n“Some of "
        "them slept here overnight,” she said.",
        "slept here overnight",
        "Ines Rowle",
        "pronoun",
        "a preposition of place opening the sentence's scene is no part of a name",
    ),
    _case(
        PRONOUN,
        "Winter appeal\n\nAcross Borders, the refugee charity, said it had been overwhelmed "
        "by donations.\n\n“We have never seen generosity like it,” it said.",
        "never seen generosity",
        "Across Borders",
        "pronoun",
        "near miss: a charity called so, with its appositive after it, keeps its name",
    ),
    _case(
        STATEMENT,
        "Derby goes ahead\n\nThe club confirmed the fixture on Friday.\n\nA sign taped to the "
        "ticket office at Dunley Road yesterday read: “Saturday WILL go ahead. Bring your "
        "scarves.”",
        "Bring your scarves",
        None,
        None,
        "a place after a preposition deep in a long subject is no speaker: the sign's words",
    ),
    _case(
        STATEMENT,
        "Derby goes ahead\n\nThe club confirmed the fixture on Friday.\n\nAt the ticket office "
        "yesterday steward Ola Brenn said: “Saturday WILL go ahead. Bring your scarves.”",
        "Bring your scarves",
        "Ola Brenn",
        "named",
        "near miss: a preposition opening the sentence fronts it, and the subject speaks",
    ),
    _case(
        NONE,
        "Relay gold for Carrow\n\n“We knew we had the legs,” said Mirren Oldacre, 29.\n\nIn "
        "the same interview, she thanked her parents and her first coach, Pim Alderlee. “He "
        "drove me to the pool at five every morning for eight years.”",
        "drove me to the pool",
        "Mirren Oldacre",
        "introduction",
        "a sentence in which 'she' thanks someone leads to her words, not his",
    ),
    _case(
        NONE,
        "Relay gold for Carrow\n\n“We knew we had the legs,” said Mirren Oldacre, 29.\n\nShe "
        "saved special praise for Kesh Yardley, the squad's youngest swimmer. “Kesh swam out "
        "of his skin tonight.”",
        "swam out of his skin",
        "Mirren Oldacre",
        "introduction",
        "a noun of praise after the pronoun's verb judges the name that follows",
    ),
    _case(
        NONE,
        "Relay gold for Carrow\n\n“We knew we had the legs,” said Mirren Oldacre, 29.\n\nIn "
        "the same interview, she met her first coach, Pim Alderlee. “I drove her to the pool "
        "at five every morning.”",
        "drove her to the pool",
        None,
        None,
        "near miss: meeting a named man is no judging verb, so the quote is no one's",
    ),
    _case(
        PRONOUN,
        "Cup exit\n\nRavi Dunmore, the Kelby Town manager, was calm after the loss.\n\n“We "
        "will recover,” Dunmore said.\n\nHe was less calm about the penalty, given when Ostwin "
        "Pask went down under a late challenge. “I have seen it once and once was enough,” he "
        "said.",
        "once was enough",
        "Ravi Dunmore",
        "pronoun",
        "'he' after a sentence opened by 'He' is that sentence's man, not one named inside it",
    ),
    _case(
        PRONOUN,
        "Cup exit\n\nMara Dunmore, the Kelby Town manager, was calm after the loss.\n\n“We "
        "will recover,” Dunmore said.\n\nShe was less calm about the penalty, given when Ostwin "
        "Pask went down under a late challenge. “I went down because he hit me,” he said.",
        "because he hit me",
        "Ostwin Pask",
        "pronoun",
        "near miss: a sentence opened by 'She' leaves 'he' to the man named inside it",
    ),
    _case(
        DESCRIPTION,
        "Deadline day\n\nTeodor Halvik, the 33-year-old Brennock winger, has been linked with "
        "a move north all week. The winger was asked by reporters at the gate if he was "
        "leaving: “I'm not packing any bags. I like it here.”",
        "not packing any bags",
        "Teodor Halvik",
        "description",
        "a passive 'asked' whose question ends in a colon: the one asked answers",
    ),
    _case(
        DESCRIPTION,
        "Deadline day\n\nTeodor Halvik, the 33-year-old Brennock winger, has been linked with "
        "a move north all week. The winger was told by the manager at the gate: “You are not "
        "going anywhere.”",
        "not going anywhere",
        None,
        None,
        "near miss: a passive 'told' names the listener, who did not say it",
    ),
    _case(
        STATEMENT,
        "Parking fines doubled\n\nDrivers in Wexcombe paid twice as much in fines last year.\n\n"
        "A review by the Wexcombe Parking Adjudication Service last year concluded: “Signs at "
        "six car parks were unclear.”",
        "Signs at",
        "Wexcombe Parking Adjudication Service",
        "named",
        "the author after 'by' in a long subject is no subject's tail: the review's author speaks",
    ),
    _case(
        STATEMENT,
        "Rail fares to rise\n\nThe transport board approved the rise at Halden Hall on Monday.\n\n"
        "A study from the independent Corvale Transport Institute later described the rise as "
        "“a burden on every commuter”.",
        "a burden on every",
        "Corvale Transport Institute",
        "statement",
        "a lower-case adjective between 'the' and the issuer's name is no part of the name",
    ),
    _case(
        STATEMENT,
        "Rail fares to rise\n\nThe transport board approved the rise at Halden Hall on Monday.\n\n"
        "A study from the Corvale Transport Institute later described the rise as “a burden on "
        "every commuter”.",
        "a burden on every",
        "Corvale Transport Institute",
        "statement",
        "near miss: the issuer's name right after 'the' is read as before",
    ),
    _case(
        STATEMENT,
        "State sues grocer\n\nThe state's consumer watchdog sued grocery chain Pellham Foods on "
        "Tuesday over mislabelled meat. The complaint says Pellham “ignored repeated warnings "
        "from its own butchers.”",
        "ignored repeated warnings",
        None,
        None,
        "the party sued, named after its kind ('grocery chain'), never speaks for the complaint",
    ),
    _case(
        STATEMENT,
        "Shopper sues grocer\n\nRetired nurse Ada Brillowe sued grocery chain Pellham Foods on "
        "Tuesday over mislabelled meat. The complaint says Pellham “ignored repeated warnings "
        "from its own butchers.”",
        "ignored repeated warnings",
        "Ada Brillowe",
        "statement",
        "near miss: the one who sued still speaks for the complaint",
    ),
    _case(
        NAMED,
        "Ex-manager sues builder\n\nThe lawsuit claims the firm's finance director, Oren "
        "Vasquell, told staff to stop “asking questions,” and that chief executive Delia Hume "
        "later called the complaints “noise.”",
        "asking questions",
        "Oren Vasquell",
        "named",
        "a clause opened by 'and that' after a quote reports more; the quote's clause is before it",
    ),
    _case(
        NAMED,
        "Ex-manager sues builder\n\nThe lawsuit claims the firm's finance director, Oren "
        "Vasquell, told staff to stop “asking questions,” chief executive Delia Hume said.",
        "asking questions",
        "Delia Hume",
        "named",
        "near miss: a clause right after the quote with no 'and that' still attributes it",
    ),
    _case(
        PRONOUN,
        "Mayor faces challenger\n\nMayor Corin Bellweather opened a bridge on Tuesday.\n\n"
        "Bellweather himself was upbeat at the ribbon-cutting.\n\nBellweather, who is up for "
        "re-election in May, faces a challenge from Councilwoman Ines Varro, who criticised "
        "the bridge within hours.\n\n“The town deserves better than a photo opportunity,” she "
        "said.",
        "photo opportunity",
        "Ines Varro",
        "pronoun",
        "'himself' right after a name makes him a man, so 'she' is the councilwoman",
    ),
    _case(
        PRONOUN,
        "Mayor faces challenger\n\nMayor Corin Bellweather opened a bridge on Tuesday.\n\n"
        "Bellweather himself was upbeat at the ribbon-cutting.\n\nBellweather, who is up for "
        "re-election in May, faces a challenge from Councilwoman Ines Varro, who criticised "
        "the bridge within hours.\n\n“The town deserves a bridge,” he said.",
        "deserves a bridge",
        "Corin Bellweather",
        "pronoun",
        "near miss: 'he' is still the mayor in view",
    ),
    _case(
        PRONOUN,
        "Appeal court splits on tenancy case\n\nJudge Rowena Castell wrote for the majority. "
        "Judge Ilse Varnham dissented.\n\n“The lease is clear,” Varnham wrote.\n\n"
        "Castell’s judgment answered that point. Varnham’s reading, she wrote, “would leave "
        "every tenant guessing.”",
        "every tenant guessing",
        None,
        None,
        "a name in the words a pronoun reports (split by ', she wrote,') is not the pronoun",
    ),
    _case(
        PRONOUN,
        "Appeal court splits on tenancy case\n\nJudge Rowena Castell wrote for the majority. "
        "Judge Ilse Varnham dissented.\n\n“The lease is clear,” Varnham wrote.\n\n"
        "Castell’s judgment answered that point. In her reading, she wrote, the lease “would "
        "leave every tenant guessing.”",
        "every tenant guessing",
        "Ilse Varnham",
        "pronoun",
        "near miss: no name in the reported words, so 'she' keeps the judge who spoke",
    ),
    _case(
        STATEMENT,
        "Toss-up in the 9th\n\nThe contest to succeed retiring Rep. Aldous Penwarren, a "
        "Democrat, is rated a toss-up by the Harwick Election Letter. In its latest "
        "analysis, the newsletter called the district “the costliest race in the state.”",
        "the costliest race",
        "Harwick Election Letter",
        "statement",
        "a name after 'The contest to succeed' is the contest's object, not the subject",
    ),
    _case(
        STATEMENT,
        "Toss-up in the 9th\n\nThe contest is wide open. Rep. Aldous Penwarren, a Democrat, "
        "mailed his final newsletter to voters on Friday. The newsletter called the district "
        "“the best posting in the state.”",
        "the best posting",
        "Aldous Penwarren",
        "statement",
        "near miss: a name opening the sentence is still its subject",
    ),
    _case(
        NAMED,
        "Library closure quashed\n\nCampaigners in Ostley won their fight to keep the branch "
        "open.\n\nAt a hearing on Friday, Judge Wenna Callory ruled that the council had shown "
        "“no lawful basis for the closure”.",
        "no lawful basis",
        "Wenna Callory",
        "named",
        "who 'ruled that' speaks for the ruling's words, as a judge's verb of speech",
    ),
    _case(
        NAMED,
        "Library closure quashed\n\nCampaigners in Ostley won their fight to keep the branch "
        "open.\n\nCampaign leader Tobin Averill said the judge ruled that the council had shown "
        "“no lawful basis for the closure”.",
        "no lawful basis",
        "Tobin Averill",
        "named",
        "near miss: a speech verb before 'ruled that' still gives its own subject",
    ),
    _case(
        DESCRIPTION,
        "Post office closure blocked\n\nThe appeal was brought by the Elmcote Residents' "
        "Association and two residents, retired letter carrier Osric Penhallow and student "
        "Nia Faraday.\n\nFaraday, 22, said she was thrilled.\n\nPenhallow was blunter. "
        "“They tried to close it on the quiet,” the 68-year-old said.",
        "on the quiet",
        "Osric Penhallow",
        "description",
        "'retired' before a trade a business may bear ('carrier') makes the name a person",
    ),
    _case(
        DESCRIPTION,
        "Flights cancelled\n\nBudget carrier Pelwyn Air cancelled 40 flights on Monday "
        "after a strike by baggage handlers.\n\n“We are sorry for the disruption,” the "
        "carrier said.",
        "sorry for the disruption",
        "Pelwyn Air",
        "description",
        "near miss: with no 'retired' or age before it, 'carrier' still makes a firm",
    ),
    _case(
        PRONOUN,
        "Derby fallout\n\nHarwick Albion, whose fans were housed in the Brook End on Saturday, "
        "also condemned the chants. “Racism has no place in our ground,” they said.",
        "Racism has no place",
        "Harwick Albion",
        "pronoun",
        "a name after 'in the' is where something happened, never what 'they' stands for",
    ),
    _case(
        PRONOUN,
        "Derby fallout\n\nHarwick Albion fans sang for an hour. Later the Brook End Supporters "
        "Trust condemned the chants. “Racism has no place in our ground,” they said.",
        "Racism has no place",
        "Brook End Supporters Trust",
        "pronoun",
        "near miss: a body after 'the' and no preposition is a subject, who 'they' are",
    ),
    _case(
        PRONOUN,
        "Fraud case\n\nTom Pask's lawyer, Ivo Renn, said his client was “very sorry”.\n\n"
        "“He had been drinking, and he accepts that it was wrong,” Mr Renn added.\n\n"
        "District Judge Elin Marsh fined Pask £300 and banned him from driving for a year. "
        "He said: “You knew exactly what you were doing.”",
        "You knew exactly",
        "Elin Marsh",
        "pronoun",
        "'him' after a man named as the object is that man, so 'He' is still the subject",
    ),
    _case(
        PRONOUN,
        "Fraud case\n\nTom Pask's lawyer, Ivo Renn, said his client was “very sorry”.\n\n"
        "“He had been drinking, and he accepts that it was wrong,” Mr Renn added.\n\n"
        "District Judge Elin Marsh thanked him and fined Pask £300. "
        "He said: “My client will appeal.”",
        "My client will appeal",
        "Ivo Renn",
        "pronoun",
        "near miss: 'him' before the object is named is someone else, so 'He' is not the judge",
    ),
    _case(
        STATEMENT,
        "Transfer news\n\nMarlow Rovers have signed Piet Olander from Drammvik FK. Marlow Rovers "
        "paid £4m.\n\nDrammvik confirmed the sale on Friday. “We wish Piet every success,” the "
        "club said in a statement.",
        "We wish Piet",
        "Drammvik FK",
        "description",
        "'the club' is the club that opens the sentence before, not the one named most",
    ),
    _case(
        STATEMENT,
        "Transfer news\n\nMarlow Rovers have signed Piet Olander from Drammvik FK. Marlow Rovers "
        "paid £4m.\n\nThe fee was not disclosed by Drammvik. “We are delighted,” the club said "
        "in a statement.",
        "We are delighted",
        "Marlow Rovers",
        "description",
        "near miss: a club named after a preposition does not open the sentence before",
    ),
    _case(
        PRONOUN,
        "Vote of confidence\n\nKelby Council lost the vote. Ines Varro won it on Sunday.\n\n"
        "On Monday, she put it simply: “We won because we listened.”",
        "We won because",
        "Ines Varro",
        "pronoun",
        "the 'it' a colon's clause puts or has is its object; the pronoun opening it speaks",
    ),
    _case(
        PRONOUN,
        "Live: managers speak\n\n14:02\nTomas Veldt faces the cameras at Kelby Town. The first "
        "question is about the vacant job at Arvona FC. He's not having it:\n\n“I am focused "
        "on Saturday.”",
        "I am focused",
        "Tomas Veldt",
        "pronoun",
        "a contracted 'He's' opens the colon's clause; 'it' is never Arvona FC",
    ),
    _case(
        NAMED,
        "Vote of confidence\n\nKelby Council lost the vote. Ines Varro won it on Sunday.\n\n"
        "Varro was not having it: “We won because we listened.”",
        "We won because",
        "Ines Varro",
        "named",
        "near miss: a name opening the colon's clause still speaks, not the 'it' after it",
    ),
    _case(
        NONE,
        "Press conferences LIVE\n\n14:02\nMarit Ekholm is in front of the cameras at Kelby "
        "Rovers. She is asked about the derby:\n\n“It is the biggest game of our year.”\n\n"
        "14:06\nOn the fitness of captain Idris Penhallow, who limped off against Orwell last "
        "weekend:\n\n“He trained today. He will be available.”",
        "He trained today",
        "Marit Ekholm",
        "continuation",
        "a live blog's topic line names whom the answer is about; the manager goes on",
    ),
    _case(
        NAMED,
        "Press conferences LIVE\n\n14:02\nMarit Ekholm is in front of the cameras at Kelby "
        "Rovers. She is asked about the derby:\n\n“It is the biggest game of our year.”\n\n"
        "14:06\nOn the injury list, captain Idris Penhallow was upbeat:\n\n“I will be "
        "available.”",
        "I will be available",
        "Idris Penhallow",
        "named",
        "near miss: a clause with its own subject after the topic's comma names the speaker",
    ),
    _case(
        STATEMENT,
        "Transfer\n\nKelby Rovers signed Piet Olander from Drammvik FK on Tuesday.\n\nRovers’ "
        "announcement described the deal as “a statement of intent” from the new owners.",
        "a statement of intent",
        "Kelby Rovers",
        "statement",
        "a plural name's bare apostrophe owns the document, as 's does",
    ),
    _case(
        NOT_SPEAKERS,
        "Court case\n\nTom Jennings, 44, of Mill Road, admitted theft. Jennings’ lawyer said his "
        "client was “deeply ashamed” of what he had done.",
        "deeply ashamed",
        None,
        "description",
        "near miss: an owner's lawyer is someone the article does not name, never the owner",
    ),
    _case(
        STATEMENT,
        "Band splits\n\nThe Orrel Kites have split.\n\nSinger Wendel Farrox shared a long "
        "message with fans on Friday. Here it is in full:\n\n“We gave it ten good years. Thank "
        "you for every night.”",
        "ten good years",
        "Wendel Farrox",
        "introduction",
        "'here it is' hands over the post: 'it' is the text, the poster before it speaks",
    ),
    _case(
        PRONOUN,
        "Bus fares rise\n\nTarrowby Buses raised fares by 9p. It was blunt: “Costs have gone up.”",
        "Costs have gone up",
        "Tarrowby Buses",
        "pronoun",
        "near miss: 'it' before a colon with no 'here' is still the body in view",
    ),
    _case(
        PRONOUN,
        "Folk awards - live\n\n20:40\nBest Breakthrough Act: Lysa Morrow\n\nA huge night for "
        "the Corran singer. “I never thought I would be up here,” she said.",
        "never thought",
        "Lysa Morrow",
        "pronoun",
        "an award's category heading a live entry is no person: 'she' is the winner named",
    ),
    _case(
        PRONOUN,
        "Folk awards - live\n\n20:40\nHanne Best won the best album prize.\n\nA huge night for "
        "the Corran singer. “I never thought I would be up here,” she said.",
        "never thought",
        "Hanne Best",
        "pronoun",
        "near miss: a surname 'Best' is still a person's name",
    ),
    _case(
        NAMED,
        "Keeper signs on\n\nAugustin 'Gus' Varrell, 38, has signed a new deal at Corley Vale.\n\n"
        "“I am not done yet,” said Gus, who joined in 2015.",
        "not done yet",
        "Augustin Varrell",
        "named",
        "a quoted nickname after a sentence's first word: that word is the given name",
    ),
    _case(
        NAMED,
        "Keeper signs on\n\nVeteran keeper Augustin 'Gus' Varrell, 38, has signed a new deal at "
        "Corley Vale.\n\n“I am not done yet,” said Gus, who joined in 2015.",
        "not done yet",
        "Augustin Varrell",
        "named",
        "near miss: a nickname inside the sentence was joined to the full name already",
    ),
    _case(
        NAMED,
        "Osric Pendle 'truly ashamed' after tirade at waiter\n\nOsric Pendle has apologised "
        "after a video showed him shouting at a waiter.\n\nIn a statement, Pendle said: “I am "
        "truly ashamed of how I behaved.”",
        "truly ashamed",
        "Osric Pendle",
        "headline",
        "a headline's name right before a lower-case quote: his words, as his later quote shows",
    ),
    _case(
        NAMED,
        "Osric Pendle 'truly ashamed' after tirade at waiter\n\nOsric Pendle has apologised "
        "after a video showed him shouting at a waiter.\n\nIn a statement, his agent Dina Moor "
        "said: “He is truly ashamed.”",
        "truly ashamed",
        None,
        None,
        "near miss: no later quote is the headline's person's, so the phrase keeps no speaker",
    ),
    _case(
        STATEMENT,
        "Soap star quits\n\nDanae Corley is leaving Pier Street after nine years. Co-star Ollie "
        "Brand said he was sad.\n\n“Danae has been a cornerstone of Pier Street,” a statement "
        "from the show read. “We wish her every success.”",
        "cornerstone",
        None,
        None,
        "a statement from a thing the article does not name is nobody's, not the co-star's",
    ),
    _case(
        STATEMENT,
        "Soap star quits\n\nDanae Corley is leaving Pier Street after nine years. Producer Tam "
        "Ruel said he was sad.\n\n“Danae has been a cornerstone of Pier Street,” a statement "
        "from the producer read. “We wish her every success.”",
        "cornerstone",
        "Tam Ruel",
        "statement",
        "near miss: a statement from a person's role is still that person's",
    ),
    _case(
        STATEMENT,
        "Judge tosses suit\n\nA federal judge has dismissed the suit.\n\nIn a 20-page opinion, "
        "U.S. District Judge Corinne Vasht wrote that the claims “lack any basis.”\n\n“The "
        "plaintiff has shown nothing,” the opinion said.",
        "shown nothing",
        "Corinne Vasht",
        "statement",
        "a court's opinion is a document: its issuer is the judge who wrote it",
    ),
    _case(
        PRONOUN,
        "Poll on plan\n\nIn her opinion, councillor Ida Marsh said the plan “will fail.”\n\n"
        "“It is a mess,” she said.",
        "It is a mess",
        "Ida Marsh",
        "pronoun",
        "near miss: 'in her opinion' is still the speaker's own view",
    ),
    _case(
        DESCRIPTION,
        "Star in set row\n\nVeteran actor Brom Haskett has apologised after footage emerged of "
        "him on set.\n\nThe clip, filmed on a phone, appears to show the actor shouting “Do it "
        "again or get out!” at a runner.",
        "Do it again",
        "Brom Haskett",
        "description",
        "a recording shows someone with a speech participle right before the quote: they say it",
    ),
    _case(
        DESCRIPTION,
        "Star in set row\n\nVeteran actor Brom Haskett has apologised after footage emerged of "
        "him on set.\n\nThe clip, filmed on a phone, shows the actor turning to a runner and "
        "shouting: “Do it again or get out!”",
        "Do it again",
        "Brom Haskett",
        "description",
        "near miss: the colon form of a recording showing someone speaking, read as before",
    ),
    _case(
        DESCRIPTION,
        "Host quits gala\n\nThe Arvel Academy has replaced its host, Dev Harlan, for this year's "
        "gala.\n\nThe gala airs Sept. 21 on Stellan TV. The Academy had hoped Harlan would lift "
        "ratings.\n\nThe network said it “fully supports the decision.”",
        "fully supports",
        "Stellan TV",
        "description",
        "'the network' is the channel the show airs on, not the most salient body",
    ),
    _case(
        DESCRIPTION,
        "Quiz show axed\n\nThe quiz, which airs on Fridays, has been dropped after ten years.\n\n"
        "The broadcaster said it was “time for something new.”",
        "time for something",
        None,
        None,
        "near miss: a day after 'airs on' is no channel, so the broadcaster stays unknown",
    ),
    _case(
        PRONOUN,
        "Pellmore sells bakeries\n\nPellmore Holdings confirmed the sale of its bakeries on "
        "Monday. Trading in its shares was suspended before the news.\n\n“We are pleased with "
        "the price,” it said.",
        "pleased with the price",
        "Pellmore Holdings",
        "pronoun",
        "a gerund opening a sentence ('Trading in its shares') is no body 'it' can be",
    ),
    _case(
        PRONOUN,
        "Pellmore sells bakeries\n\nPellmore Holdings confirmed the sale of its bakeries on "
        "Monday. Orwin Trading said it would buy them.\n\n“We are pleased with the price,” "
        "it said.",
        "pleased with the price",
        "Orwin Trading",
        "pronoun",
        "near miss: a firm whose name ends in 'Trading' keeps its name",
    ),
    _case(
        STATEMENT,
        "Kell Foods founder steps down\n\nMirela Sandu, who founded Kell Foods in 2009, "
        "announced her departure in a letter to staff on Monday. A review by the law firm "
        "Dorran Vey is due next month.\n\nHere is the letter in full:\n\n“Dear colleagues, I "
        "am leaving with a heavy heart.”",
        "leaving with a heavy heart",
        "Mirela Sandu",
        "introduction",
        "'the letter' in an introduction is the one the story brought in, and its writer's",
    ),
    _case(
        STATEMENT,
        "Kell Foods shuts plant\n\nKell Foods closed its Harlow plant on Monday, with the loss "
        "of 80 jobs.\n\nHere is the statement in full:\n\n“We regret the closure.”",
        "We regret the closure",
        "Kell Foods",
        "introduction",
        "near miss: a statement the story never brought in is the organisation's in view",
    ),
    _case(
        NAMED,
        "Fare rise row\n\nThe rise was opposed by the Marlow Rail Society, whose chair, Ivo "
        "Belling, said in an emailed comment: “This is far too much.”",
        "far too much",
        "Ivo Belling",
        "named",
        "'whose chair, NAME, said': the officer named in apposition is the verb's subject",
    ),
    _case(
        NAMED,
        "Fare rise row\n\nAda Kerr, whose daughter uses the line every day, said: “It is a "
        "scandal.”",
        "It is a scandal",
        "Ada Kerr",
        "named",
        "near miss: a whose-clause with no role and name in apposition leaves the name before",
    ),
    _case(
        PRONOUN,
        "Kell Foods founder quits\n\nMirela Sandu, the founder of Kell Foods, has resigned. She "
        "announced her departure in a letter to staff.\n\nBrann, a former sales director, "
        "first made the allegations in March.\n\nTessa Brann, who left Kell Foods in 2022, said "
        "on Monday that the resignation was “a start, not an ending”.\n\nShe said she had "
        "spoken to Sandu only once since leaving the company.\n\n“She walked straight past "
        "me,” she said.",
        "walked straight past",
        "Tessa Brann",
        "pronoun",
        "'she' after a sentence opened by 'She' naming another woman only as an object",
    ),
    _case(
        PRONOUN,
        "Kell Foods founder quits\n\nIvo Sandu, the founder of Kell Foods, has resigned.\n\n"
        "Tessa Brann, who left Kell Foods in 2022, said the resignation was “a start, not an "
        "ending”.\n\nShe said she had spoken to Sandu only once since leaving the company."
        "\n\n“I have nothing to add,” he said.",
        "nothing to add",
        "Ivo Sandu",
        "pronoun",
        "near miss: a sentence opened by 'She' carries no referent to a later 'he'",
    ),
    _case(
        NOT_SPEAKERS,
        "Brindle Mill to close\n\nKelby Borough Council said it had been given no warning of "
        "the closure.\n\nBy Thursday afternoon, a handwritten sign had been taped to the mill "
        "gates. It read: \"Ninety families. Remember us.\"",
        "Remember us",
        None,
        None,
        "'It read:' after a sentence about a sign is the sign's wording, not the body in view",
    ),
    _case(
        STATEMENT,
        "Brindle Mill to close\n\nKelby Borough Council said it had been given no warning of "
        "the closure.\n\nBy Thursday afternoon, the council had issued a statement. It read: "
        "\"We will support every worker.\"",
        "support every worker",
        "Kelby Borough Council",
        "pronoun",
        "near miss: 'It read:' after a statement is still its issuer's",
    ),
    _case(
        PRONOUN,
        "Assembly suspends member\n\nThe Kelby State House of Assembly on Tuesday suspended Hon. "
        "Tunde Ajala for three months.\n\nThe suspension followed a motion moved by the Majority "
        "Leader, Hon. Bisi Adeyoke.\n\nMoving the motion, Adeyoke said Ajala had twice walked "
        "out of the chamber while the Speaker, Rt. Hon. Femi Olaniran, was addressing members."
        "\n\n\"This House cannot condone such conduct,\" she said.",
        "cannot condone",
        "Bisi Adeyoke",
        "pronoun",
        "the stop after 'Rt' ends no sentence: the Speaker is named inside, not a subject",
    ),
    _case(
        DESCRIPTION,
        "Bishop speaks\n\nThe Rt Rev Ann Dale led the service on Sunday. She said: \"We pray "
        "for them.\"\n\n\"It is hard,\" the bishop added.",
        "It is hard",
        "Ann Dale",
        "description",
        "near miss: 'Rt Rev' still makes a bishop, whom 'the bishop' finds",
    ),
    _case(
        NAMED,
        "Clinic row\n\nThe committee chairman, Dr. Ivo Rask, said the plan was “a disgrace”.",
        "a disgrace",
        "Ivo Rask",
        "named",
        "a dotted honorific inside 'ROLE, NAME,' before the verb: the name speaks",
    ),
    _case(
        NAMED,
        "Clinic row\n\nThe scheme was run by Ivo Rask, the clinic's director. Dr. Ada Pell said "
        "the wait was “far too long”.",
        "far too long",
        "Ada Pell",
        "named",
        "near miss: a stop after an appositive still ends the sentence before the speaker",
    ),
    _case(
        STATEMENT,
        "Singer walks out of awards\n\nKez Mallory left the Harbour Hall ceremony early.\n\n"
        "Mallory's management company, Brightline Artists, issued a statement on Monday. It "
        "read: “Kez left to be with family.”",
        "left to be with family",
        "Brightline Artists",
        "pronoun",
        "agents named in apposition after the agent noun issue in their own name",
    ),
    _case(
        STATEMENT,
        "Singer walks out of awards\n\nKez Mallory left the Harbour Hall ceremony early.\n\n"
        "Mallory's management company issued a statement on Monday. It read: “Kez left to be "
        "with family.”",
        "left to be with family",
        "Kez Mallory",
        "pronoun",
        "near miss: unnamed agents still issue for their client",
    ),
    _case(
        PRONOUN,
        "Attack ad row\n\nMayoral hopeful Idris Quennell shrugged off the advert. “Voters "
        "know my record,” he said.\n\nHis campaign went further. In a text to supporters "
        "sent on Wednesday, they wrote: “Our rivals are rattled. Give $5 tonight.”",
        "rivals are rattled",
        "Idris Quennell",
        "pronoun",
        "'they' after a sentence opened by 'His campaign' is the campaign, which speaks for him",
    ),
    _case(
        PRONOUN,
        "Attack ad row\n\nMayoral hopeful Idris Quennell shrugged off the advert. “Voters "
        "know my record,” he said.\n\nHis supporters went further. In a text to friends "
        "sent on Wednesday, they wrote: “Our rivals are rattled. Give $5 tonight.”",
        "rivals are rattled",
        None,
        None,
        "near miss: his supporters are not his campaign, so 'they' is nobody named",
    ),
    _case(
        DESCRIPTION,
        "Rent rise row\n\nThe Harrowgate Tenants Union has complained to the regulator about "
        "Castlemere Homes, which raised rents by 30% in May, a move the union called “naked "
        "profiteering”.",
        "naked profiteering",
        "Harrowgate Tenants Union",
        "description",
        "'a move the union called' is a reduced relative clause: the union, not the move, calls it",
    ),
    _case(
        DESCRIPTION,
        "Rent rise row\n\nThe Harrowgate Tenants Union has complained to the regulator about "
        "Castlemere Homes, which raised rents by 30% in May. A spokesman for the union called "
        "the move “naked profiteering”.",
        "naked profiteering",
        "Harrowgate Tenants Union",
        "spokesperson",
        "near miss: 'a spokesman for the union' keeps its preposition and speaks for the union",
    ),
    _case(
        DESCRIPTION,
        "Appeals court backs tenants\n\nJudge Rowan Estabrook wrote for the majority. Judge "
        "Philippa Marchbank, joined by Judge Odo Tremlett, dissented.\n\n“This ruling invites "
        "a wave of claims,” the dissent said.",
        "invites a wave",
        "Philippa Marchbank",
        "description",
        "'the dissent' is the one judge the story says dissented, not the majority's writer",
    ),
    _case(
        DESCRIPTION,
        "Appeals court backs tenants\n\nJudge Rowan Estabrook wrote for the majority. Judge "
        "Philippa Marchbank dissented. Judge Odo Tremlett dissented separately.\n\n“This "
        "ruling invites a wave of claims,” the dissent said.",
        "invites a wave",
        None,
        None,
        "near miss: two judges dissenting apart leave 'the dissent' to nobody",
    ),
    _case(
        NOT_SPEAKERS,
        "Band splits\n\nThe Orrel Kites have announced they are splitting, ending a run that "
        "produced four albums and one of the most-played folk singles, “Harbour Bells”.\n\n"
        "The band said: “It is time.”",
        "Harbour Bells",
        None,
        None,
        "a title-case name after a plural noun for works is a title, not the band's words",
    ),
    _case(
        NAMED,
        "Band splits\n\nThe Orrel Kites have announced they are splitting. Singer Tam Orr said "
        "of the singles, “We wrote them all in a shed.”",
        "wrote them all",
        "Tam Orr",
        "named",
        "near miss: a sentence after a plural work noun and a comma is still speech",
    ),
    _case(
        DESCRIPTION,
        "Singer cancels tour\n\nPop singer Lusa Varne has cancelled her tour, her management "
        "said on Tuesday.\n\nThe 31-year-old, whose third album topped the charts last year, "
        "had already postponed two concerts last week, telling fans at the time that she was "
        "suffering from a “nasty cold”.",
        "nasty cold",
        "Lusa Varne",
        "description",
        "an age before a 'whose' clause is a person, the subject of the participle's sentence",
    ),
    _case(
        DESCRIPTION,
        "Singer cancels tour\n\nPop singer Lusa Varne has cancelled her tour, her management "
        "said on Tuesday.\n\nThe 120-year-old, which once sold sweets, had already closed its "
        "doors last week, telling customers that the rent was “far too high”.",
        "far too high",
        None,
        None,
        "near miss: an age before 'which' is a thing, and names no one",
    ),
    _case(
        DESCRIPTION,
        "Awards night\n\nTessa Vine won three prizes. Vine was thrilled.\n\nOrin Tate's speech "
        "was cut short when his microphone went dead.\n\n“You can't mute the truth,” the "
        "rapper shouted as he walked off.",
        "mute the truth",
        "Orin Tate",
        "description",
        "a description takes the gender of the pronouns in the sentence before: the man in view",
    ),
    _case(
        DESCRIPTION,
        "Awards night\n\nOrin Tate won a prize. Tessa Vine won three. Vine thanked her producer "
        "in her speech.\n\n“This one is for Oscar,” the singer said.",
        "for Oscar",
        "Tessa Vine",
        "description",
        "near miss: her pronouns before keep the woman in view",
    ),
    _case(
        NAMED,
        "Brandvik SK accuse agents of “blackmail” in striker row\n\nBRANDVIK (Wire) - Brandvik "
        "SK have fallen out with the agents of striker Tomas Veldt.",
        "blackmail",
        "Brandvik SK",
        "named",
        "a headline's present-tense naming verb reports the word, as 'accused' does",
    ),
    _case(
        NOT_SPEAKERS,
        "Fans accuse Brandvik SK of “betrayal” over striker sale\n\nBRANDVIK (Wire) - Brandvik "
        "SK have sold striker Tomas Veldt.",
        "betrayal",
        None,
        "description",
        "near miss: unnamed fans who accuse are nobody, not the club they accuse",
    ),
    _case(
        NAMED,
        "‘I let the fans down’: Kelby star Ossian Rudd grovels after nightclub video\n\nKELBY "
        "City winger Ossian Rudd has said sorry after a video of him mocking his manager "
        "emerged.",
        "I let the fans down",
        "Ossian Rudd",
        "named",
        "a tabloid headline's quote, a colon, then its doer named in full with a present verb",
    ),
    _case(
        NAMED,
        "‘We were let down’: Kelby City fans turn on Ossian Rudd after nightclub video\n\nKELBY "
        "City winger Ossian Rudd has said sorry after a video of him mocking his manager "
        "emerged.",
        "We were let down",
        None,
        None,
        "near miss: a plural of people after the name is the subject, not a verb of the name",
    ),
    _case(
        DESCRIPTION,
        "Row\n\nOrvald Brisk, speaking outside the club, said he had “never promised "
        "anything”.\n\n“My door is open,” the veteran said.",
        "My door is open",
        "Orvald Brisk",
        "description",
        "a participle's place after the comma is where he spoke, not a role making him a club",
    ),
    _case(
        PRONOUN,
        "Row\n\nTarvik Athletic, the club, said it would appeal against the ban on Friday. "
        "“We will fight this,” it said.",
        "We will fight this",
        "Tarvik Athletic",
        "pronoun",
        "near miss: an appositive role noun after the comma still types the name",
    ),
    _case(
        DESCRIPTION,
        "Row\n\nKelby president Orvald Brisk said he had “never promised anything”.\n\n“My door "
        "is open,” the veteran administrator said.",
        "My door is open",
        "Orvald Brisk",
        "description",
        "a descriptor before a title nobody was given reads as the descriptor alone",
    ),
    _case(
        DESCRIPTION,
        "Row\n\nKelby president Orvald Brisk said he had “never promised anything”. A club "
        "steward, who gave his name only as Tam, disagreed.\n\n“My door is open,” the veteran "
        "steward said.",
        "My door is open",
        None,
        "description",
        "near miss: a title the article brought in for someone unnamed stays with them",
    ),
    _case(
        NAMED,
        "Fund attacks costs\n\nIn an open letter in June, activist fund Marrow Hill Partners, "
        "which owns about 4% of the company, described its costs as “bloated and "
        "unsustainable”.",
        "bloated and",
        "Marrow Hill Partners",
        "named",
        "a fronting phrase ending in a month: the kind-and-name its which-clause follows speaks",
    ),
    _case(
        NAMED,
        "Fund attacks costs\n\nIn an open letter in June, the fund's founder, Orla Brisk, "
        "described the costs as “far too high”.",
        "far too high",
        "Orla Brisk",
        "named",
        "near miss: a role and a name in apposition after the fronting phrase, no relative",
    ),
    _case(
        DESCRIPTION,
        "Airline cancels flights\n\nTravellers were stranded last night after budget airline "
        "Pelwyn cancelled 200 flights in a meltdown blamed on what the airline called a "
        "“rostering failure”.",
        "rostering failure",
        "Pelwyn",
        "description",
        "'what the airline called': the words between 'what' and the naming verb are its subject",
    ),
    _case(
        NAMED,
        "Airline cancels flights\n\nPelwyn cancelled 200 flights on Friday. Union official "
        "Rena Voss described what happened as “a shambles”.",
        "a shambles",
        "Rena Voss",
        "named",
        "near miss: 'what' after the naming verb is its object; the verb's subject speaks",
    ),
    _case(
        POSTS,
        "Actor apologises\n\nActor Tomas Reyel has apologised to a crew member after a video "
        "of him shouting went viral.\n\nProduction assistant Lina Corvo, 24, later shared the "
        "post on her own account with the caption: “Thank you, Tomas.”",
        "Thank you, Tomas",
        "Lina Corvo",
        "named",
        "'Production assistant NAME' opening a colon's sentence: assistant is a person's role",
    ),
    _case(
        NOT_SPEAKERS,
        "Actor apologises\n\nActor Tomas Reyel has apologised to a crew member after a video "
        "of him shouting went viral.\n\nProduction crews at Harlow Studios later shared the "
        "post with the caption: “Thank you, Tomas.”",
        "Thank you, Tomas",
        None,
        None,
        "near miss: a group and a place opening the sentence name no one",
    ),
    _case(
        STATEMENT,
        "Wallet firm fined\n\nThe mobile wallet company Tindal Pay has been fined over a data "
        "breach.\n\nA notice sent by the company to customers on Wednesday read: \"Your savings "
        "remain safe.\"",
        "savings remain safe",
        "Tindal Pay",
        "description",
        "a notice sent by someone, then to whom and when, reads in its sender's words",
    ),
    _case(
        STATEMENT,
        "Wallet firm fined\n\nThe mobile wallet company Tindal Pay has been fined over a data "
        "breach.\n\nA notice sent to customers on Wednesday read: \"Your savings remain safe.\"",
        "savings remain safe",
        "Tindal Pay",
        "statement",
        "near miss: a notice sent with no 'by' is the statement of the body in view, as before",
    ),
    _case(
        NOT_SPEAKERS,
        "Actor apologises\n\nActor Ivo Ramos has publicly apologized to a crew member after a "
        "video of him shouting on the set of the drama “Heart of the Sea” went viral over the "
        "weekend.",
        "Heart of the Sea",
        None,
        None,
        "a show's name after its kind ('the drama') is a title, nobody's words",
    ),
    _case(
        NAMED,
        "Actor apologises\n\nIvo Ramos spoke to reporters after the drama: “We were robbed by "
        "that referee.”",
        "We were robbed",
        "Ivo Ramos",
        "named",
        "near miss: a sentence after 'the drama' and a colon is still the speaker's quote",
    ),
    _case(
        STATEMENT,
        "Flats leak\n\nOwners at Marrow Court say Halvern Land built their flats badly.\n\n"
        "Halvern Land's reply stated that it would “act fast”.",
        "act fast",
        "Halvern Land",
        "description",
        "an owner's reply with a speech verb is the owner's statement",
    ),
    _case(
        STATEMENT,
        "Flats leak\n\nOwners at Marrow Court say their flats leak.\n\nThe council's response "
        "said it had “no powers”.",
        "no powers",
        None,
        None,
        "near miss: an owner the story never names gives no speaker",
    ),
    _case(
        NAMED,
        "Harriers hold on\n\nThe Harriers beat Coldbeck 21-20 on Saturday.\n\nHarriers coach "
        "Ewan Trask, speaking to Valley Radio:\n\n“I'm proud of them. Really proud.”",
        "proud of them",
        "Ewan Trask",
        "named",
        "a participle after the comma is what the speaker does; the outlet spoken to is no subject",
    ),
    _case(
        NAMED,
        "Harriers hold on\n\nThe Harriers beat Coldbeck 21-20 on Saturday.\n\nThe Harriers' head "
        "coach, Ewan Trask, talking to Valley Radio after the game:\n\n“I'm proud of them.”",
        "proud of them",
        "Ewan Trask",
        "named",
        "a role, the name in apposition, then a participle: the name speaks",
    ),
    _case(
        NAMED,
        "Harriers hold on\n\nThe Harriers beat Coldbeck 21-20 on Saturday.\n\nEwan Trask, "
        "Harriers coach:\n\n“I'm proud of them.”",
        "proud of them",
        "Ewan Trask",
        "named",
        "near miss: a name then its gloss before a colon is read as before",
    ),
    _case(
        STATEMENT,
        "Gig called off\n\nFolk singer Oren Stalby pulled out of his Friday show at the Corn "
        "Exchange two hours before doors.\n\nA notice taped to the box office window read: "
        "“TONIGHT'S SHOW WILL NOT GO AHEAD. SORRY.”",
        "WILL NOT GO AHEAD",
        None,
        "statement",
        "a notice put up by no one named is not the words of the person the story is about",
    ),
    _case(
        STATEMENT,
        "Derby off\n\nWexley Athletic have postponed Saturday's derby, manager Pell Dorring "
        "said.\n\nA notice pinned to the club's main gates read: “MATCH OFF. TICKETS VALID "
        "FOR THE REPLAY.”",
        "TICKETS VALID",
        "Wexley Athletic",
        "statement",
        "a notice put up on a body's gates, by no one named, is that body's",
    ),
    _case(
        STATEMENT,
        "Gig called off\n\nFolk singer Oren Stalby pulled out of his Friday show at the Corn "
        "Exchange two hours before doors.\n\nA notice the Corn Exchange had taped to the box "
        "office window read: “TONIGHT'S SHOW WILL NOT GO AHEAD. SORRY.”",
        "WILL NOT GO AHEAD",
        "Corn Exchange",
        "named",
        "near miss: a notice whose poster is named is the poster's, as before",
    ),
    _case(
        STATEMENT,
        "Lead quits West End show\n\nProducer Ida Venn said on Sunday that the run of Harbour "
        "Nights would continue after its lead actor, Bram Tolley, left the production. Venn "
        "said the cast had been told on Saturday.\n\nA statement posted to the actor's "
        "Instagram account late on Sunday read: “I have made the hardest decision of my "
        "career and I stand by it.”",
        "hardest decision",
        "Bram Tolley",
        "description",
        "a statement posted to its owner's own account speaks for the owner, past a long subject",
    ),
    _case(
        STATEMENT,
        "Lead quits West End show\n\nProducer Ida Venn said on Sunday that the run of Harbour "
        "Nights would continue after its lead actor, Bram Tolley, left the production. Venn "
        "said the cast had been told on Saturday.\n\nA statement posted by the producers late "
        "on Sunday read: “The show will go on and we wish Bram well.”",
        "show will go on",
        None,
        None,
        "near miss: a statement posted by someone names no account's owner and keeps no speaker",
    ),
    _case(
        STATEMENT,
        "Cult trio split\n\nPost-punk trio The Velvet Anchors have split after 12 years, their "
        "label, Moorgate Sound, confirmed.\n\nA statement posted to the band's official "
        "channels on Friday said the three had \"said all we had to say\".",
        "said all we had",
        "Velvet Anchors",
        "description",
        "a statement posted to a band's own channels: the band, also for a partial quote",
    ),
    _case(
        NAMED,
        "Striker banned\n\nDefender Ivo Rasmund was sent off in the derby. Club captain Tomas "
        "Welk said the side would appeal.\n\nRasmund allegedly told the referee: \"You have "
        "ruined this game.\"",
        "ruined this game",
        "Ivo Rasmund",
        "named",
        "an adverb of report (allegedly, reportedly) between speaker and verb keeps the clause",
    ),
    _case(
        NAMED,
        "Striker banned\n\nDefender Ivo Rasmund was sent off in the derby. Club captain Tomas "
        "Welk said the side would appeal.\n\nThe alleged remark to the referee, \"You have "
        "ruined this game\", is being reviewed.",
        "ruined this game",
        None,
        None,
        "near miss: 'alleged' as an adjective before a remark names no speaker",
    ),
    _case(
        STATEMENT,
        "Bonfire night returns\n\nWexmoor Borough Council has approved a bonfire on the green. "
        "Resident Idris Penhallow said: “It is far too close to the houses.”\n\nIn a "
        "statement, a council spokesperson said marshals would be hired. “We will keep "
        "residents safe,” the statement said.",
        "keep residents safe",
        "Wexmoor Borough Council",
        "statement",
        "a statement fronted before a spokesperson's clause is the body the spokesperson is for",
    ),
    _case(
        STATEMENT,
        "Bonfire night returns\n\nWexmoor Borough Council has approved a bonfire on the green. "
        "Resident Idris Penhallow said: “It is far too close to the houses.”\n\nIn a "
        "statement, a neighbour said marshals would be hired. “We will keep residents "
        "safe,” the statement said.",
        "keep residents safe",
        None,
        "statement",
        "near miss: a statement fronted before an unnamed neighbour's clause stays unnamed",
    ),
    _case(
        NOT_SPEAKERS,
        "Watchdog probes snack maker\n\nThe Orrin Valley Standards Board has opened an "
        "inquiry into Pellmar Snacks over its “guilt-free” crisp labels.",
        "guilt-free",
        None,
        None,
        "'opened' with an object of its own is a deed, not a speech verb: no speaker",
    ),
    _case(
        NAMED,
        "Gala night\n\nThe Carrow Film Awards were held on Saturday.\n\nHost Ama Tellwright "
        "opened with a joke: “Welcome to the most expensive picnic in the county.”",
        "most expensive picnic",
        "Ama Tellwright",
        "named",
        "near miss: 'opened with' and a colon still introduces the host's words",
    ),
    _case(
        DESCRIPTION,
        "Hollin & Vane boss admits advert error\n\nHollin & Vane chief executive Ruth "
        "Penmarric said the retailer had misjudged its summer campaign.\n\nThe advert, Bring "
        "It Home, showed a father ignoring his children at a barbecue.\n\nSpeaking at the "
        "firm's annual meeting, the 54-year-old said: “We made a mistake and we have owned it.”",
        "We made a mistake",
        "Ruth Penmarric",
        "description",
        "an advert's title in apposition is a title, not the person an age describes",
    ),
    _case(
        NAMED,
        "Hollin & Vane pulls advert\n\nThe advert, Dorrie Pask said, was “a mistake from start "
        "to finish”.",
        "a mistake from start",
        "Dorrie Pask",
        "named",
        "near miss: a name after the advert's comma that goes on to a verb still speaks",
    ),
    _case(
        DESCRIPTION,
        "Hollin & Vane profits slip\n\nHollin & Vane chief executive Ines Talbot said profits "
        "fell 4% in the year to March.\n\nLike-for-like sales across the group's 90 stores fell "
        "1.2%. Childrenswear, which accounts for a third of sales, was flat.\n\nIn its annual "
        "report, the company said the outlook was “uncertain”.",
        "uncertain",
        "Hollin & Vane",
        "description",
        "a line of business glossed by its share of sales is no company 'the company' stands for",
    ),
    _case(
        NAMED,
        "Hollin & Vane to sell Pellow\n\nHollin & Vane has agreed to sell its Pellow chain to a "
        "rival for £40m.\n\nPellow, which accounts for a third of group sales, said it was "
        "“delighted” with the deal.",
        "delighted",
        "Pellow",
        "named",
        "near miss: a name met before keeps speaking after a share-of-sales gloss",
    ),
    _case(
        STATEMENT,
        "Orla Vance pulls campaign\n\nOrla Vance has pulled its winter campaign after it "
        "emerged the images were shot at a former workhouse.\n\nThe Penn Heritage Trust, which "
        "represents descendants of former inmates, had called the shoot “callous”.\n\nHere is "
        "the statement in full, as posted on the brand's Instagram account on Friday:\n\n“We "
        "got this badly wrong and we are sorry.”",
        "We got this badly wrong",
        "Orla Vance",
        "introduction",
        "a statement posted on the brand's account is the brand's, not the critics' named last",
    ),
    _case(
        NAMED,
        "Orla Vance pulls campaign\n\nOrla Vance has pulled its winter campaign after it "
        "emerged the images were shot at a former workhouse.\n\nThe Penn Heritage Trust, which "
        "represents descendants of former inmates, had called the shoot “callous”.\n\nTrust "
        "chair Edith Moorcroft read out the statement on the brand's Instagram account on "
        "Friday:\n\n“We got this badly wrong and we are sorry.”",
        "We got this badly wrong",
        "Edith Moorcroft",
        "named",
        "near miss: a named reader of the statement keeps it, whoever owns the account",
    ),
    _case(
        NAMED,
        "Hollin & Vane boss: ‘We got it wrong’\nRetailer counts cost of pulled advert\n\nHollin "
        "& Vane chief executive Ines Talbot said profits fell 4% at the retailer, whose finance "
        "director Omar Vell is leaving.\n\n“We signed it off and we own it,” she said.",
        "We got it wrong",
        "Ines Talbot",
        "headline",
        "a firm then its boss labelling a headline quote is the boss the story names, not the firm",
    ),
    _case(
        NAMED,
        "Hollin & Vane: ‘We got it wrong’\nRetailer counts cost of pulled advert\n\nHollin & "
        "Vane said its advert had missed the mark.\n\n“We are sorry,” the company said.",
        "We got it wrong",
        "Hollin & Vane",
        "named",
        "near miss: a firm's name alone labelling a headline quote is still the firm's",
    ),
    _case(
        STATEMENT,
        "Tallow pulls ads\n\nHigh street chain Tallow has pulled its campaign after complaints "
        "from parents.\n\nA statement posted to Tallow's Instagram account last night read: "
        "“We have listened to the feedback.”",
        "We have listened",
        "Tallow",
        "named",
        "a statement posted to a named owner's account is the owner's",
    ),
    _case(
        STATEMENT,
        "Tallow pulls ads\n\nHigh street chain Tallow has pulled its campaign after complaints "
        "from parents.\n\nA note posted on the door of Tallow's store yesterday read: “Closed "
        "until further notice.”",
        "Closed until",
        None,
        None,
        "near miss: a note posted on a door, no account, still names no one",
    ),
    _case(
        STATEMENT,
        "Lord Penrick to wed\n\nAsked whether his brother had been told before the "
        "announcement, Penrick said: “Of course. He was the first I rang.”\n\nOrdwell Castle "
        "has just confirmed the engagement. The announcement reads: “The Earl and Countess "
        "are delighted to announce the engagement of their son.”",
        "delighted to announce",
        "Ordwell Castle",
        "statement",
        "a document named after 'before' dates a question; its asker issued no announcement",
    ),
    _case(
        STATEMENT,
        "Lord Penrick to wed\n\nPenrick made the announcement on Monday, saying he was "
        "“over the moon”.\n\nA day later the announcement read: “The couple thank everyone "
        "for their kind wishes.”",
        "thank everyone",
        "Penrick",
        "statement",
        "near miss: an announcement its subject made is still his",
    ),
    _case(
        STATEMENT,
        "Chef wins libel case\n\nTV chef Dario Fenn has won his libel case against the "
        "Westgate Echo.\n\nThe High Court found the articles had caused serious harm.\n\nThe "
        "judgment by Mr Justice Owain Trevithick, handed down yesterday, ran to 60 pages.\n\n"
        "“The defendant has proved nothing,” the judgment read.",
        "proved nothing",
        "Owain Trevithick",
        "statement",
        "a document 'by' someone is theirs, not the court the sentences before are about",
    ),
    _case(
        STATEMENT,
        "Chef wins libel case\n\nTV chef Dario Fenn has won his libel case against the "
        "Westgate Echo.\n\nThe High Court found the articles had caused serious harm.\n\n"
        "“The defendant has proved nothing,” the judgment read.",
        "proved nothing",
        "High Court",
        "statement",
        "near miss: a judgment with no author named is the court's, as before",
    ),
    _case(
        NAMED,
        "Singer sues tabloid\n\nSinger Lotte Brandvik is suing the Morning Gazette.\n\nHer "
        "barrister, Caspar Velloway, said in written submissions that the paper's conduct had "
        "been “reckless in the extreme” and that editors knew.",
        "reckless in the extreme",
        "Caspar Velloway",
        "named",
        "'written' after a preposition is an adjective, not the verb whose subject speaks",
    ),
    _case(
        NAMED,
        "Singer sues tabloid\n\nSinger Lotte Brandvik is suing the Morning Gazette.\n\nHer "
        "barrister, Caspar Velloway, has written to the court saying the claim was “reckless”.",
        "reckless",
        "Caspar Velloway",
        "named",
        "near miss: 'written' as a verb keeps its subject",
    ),
    _case(
        NAMED,
        "Duke's book out\n\nThe Duke of Ambling publishes his memoir on Tuesday.\n\nHistorian "
        "Quentin Marsh said the book would be read “page by page” in Whitehall.",
        "page by page",
        "Quentin Marsh",
        "named",
        "a passive 'be read' is no speech: the speech verb before it is the quote's",
    ),
    _case(
        STATEMENT,
        "Duke's book out\n\nThe Duke of Ambling publishes his memoir on Tuesday.\n\nThe "
        "Duke's statement would be read: “I regret nothing.”",
        "regret nothing",
        None,
        None,
        "near miss: a passive 'be read' with no speech verb before it still gives no speaker",
    ),
    _case(
        PRONOUN,
        "The butler who saw it all\n\nSir Edmund Penrose is retiring after 40 years at Hexmoor "
        "Hall.\n\nAsked about the memoir by Silas Brand, the Earl of Hexmoor’s former aide, "
        "Penrose puts down his pen.\n\n‘I have not read it,’ he says.",
        "have not read it",
        "Edmund Penrose",
        "pronoun",
        "a styled title in the possessive is no subject: 'he' is the man who acts",
    ),
    _case(
        PRONOUN,
        "The butler who saw it all\n\nSir Edmund Penrose is retiring after 40 years at Hexmoor "
        "Hall.\n\nThe Earl of Hexmoor puts down his pen.\n\n‘I have not read it,’ he says.",
        "have not read it",
        "Earl of Hexmoor",
        "pronoun",
        "near miss: a styled title as the subject is still whom 'he' goes to",
    ),
    _case(
        STATEMENT,
        "Boxer Lena Morrow, who trained at Hallam Amateur Boxing Club, will fight at the Town "
        "Hall in May.\n\nWexby Borough Council, which owns the hall, has waived part of the hire "
        "fee.\n\nPosters for the bout have gone up along Quarry Road.\n\nA notice on Hallam "
        "ABC's Facebook page read: \"Well done Lena. Bus leaves at 5pm.\"",
        "Bus leaves at 5pm",
        "Hallam ABC",
        "statement",
        "a notice on a named owner's Facebook page is the owner's, not the council in view",
    ),
    _case(
        NONE,
        "Boxer Lena Morrow, who trained at Hallam Amateur Boxing Club, will fight at the Town "
        "Hall in May.\n\nWexby Borough Council, which owns the hall, has waived part of the hire "
        "fee.\n\nPosters for the bout have gone up along Quarry Road.\n\nA notice on the door "
        "of the Quarry Road gym read: \"Well done Lena. Bus leaves at 5pm.\"",
        "Bus leaves at 5pm",
        None,
        None,
        "near miss: a notice on a door names no owner",
    ),
    _case(
        STATEMENT,
        "Kelby striker Alex Vance has apologised for a post that mocked supporters after "
        "the 2-1 defeat.\n\nThe post was deleted, but the Kelby Ravens Supporters’ Trust – "
        "whose Blues Till I Die campaign raised £60,000 last season – called for the player "
        "to be dropped.\n\nHis apology, posted on Sunday evening, read:\n\n“I am sorry to "
        "every fan I hurt.”",
        "sorry to every fan",
        "Alex Vance",
        "statement",
        "a capitalised run going on with I and a capital is a slogan, no one for his",
    ),
    _case(
        PRONOUN,
        "Pupils raised £4,000 for the Kelby food bank this term.\n\nHead teacher Ana Ruiz, "
        "who was herself a pupil at the King Edward I Grammar School, was "
        "delighted.\n\n\"We are very proud of them,\" she said.",
        "very proud of them",
        "Ana Ruiz",
        "pronoun",
        "near miss: a regnal I inside a school's name leaves the names around it alone",
    ),
    _case(
        PRONOUN,
        "Wexby Athletic have signed midfielder Ronan Pike from Hollin Town on a three-year "
        "deal.\n\nPike, 24, completed his medical on Monday and then sat down with Wexby TV "
        "at the Orchard Lane training ground. Here's what he had to say:\n\n\"It's a dream "
        "to be here. I can't wait to meet the fans.\"",
        "dream to be here",
        "Ronan Pike",
        "pronoun",
        "here's what he had to say: the words after what are the subject",
    ),
    _case(
        PRONOUN,
        "Wexby Athletic have signed midfielder Ronan Pike from Hollin Town on a three-year "
        "deal.\n\nPike, 24, completed his medical on Monday and then sat down with Wexby TV "
        "at the Orchard Lane training ground.\n\nWhat he said next surprised the club: \"I "
        "nearly joined Hollin's rivals instead.\"",
        "nearly joined",
        "Ronan Pike",
        "pronoun",
        "near miss: a sentence opened by what is read as before",
    ),
    _case(
        STATEMENT,
        "Kelby Rovers posted a loss of £9m, the annual report shows.\n\nFormer manager Tom "
        "Pell was paid £2m in compensation.\n\n"
        "The chairman's letter to shareholders, signed by "
        "Ivo Brask, said the club had \"outgrown\" its old methods.\n\n\"We will invest in "
        "people,\" the letter continued.",
        "invest in people",
        "Ivo Brask",
        "statement",
        "a letter to its readers with its signer in apposition is the signer's, not the manager's",
    ),
    _case(
        STATEMENT,
        "Kelby Rovers posted a loss of £9m, the annual report shows.\n\nFormer manager Tom "
        "Pell was paid £2m in compensation.\n\n"
        "A letter to parents said the club had \"outgrown\" "
        "its old methods.\n\n\"We will invest in people,\" the letter continued.",
        "invest in people",
        None,
        "statement",
        "near miss: a letter to its readers with no sender named stays unresolved",
    ),
    _case(
        DESCRIPTION,
        "Port Tarrow winger Eli Vonn was sent off in Saturday's 1-1 draw with Lindmark "
        "BK.\n\nVonn was shown a second yellow card in the 80th minute and will miss three "
        "games.\n\nThe club said on Monday that it would appeal against the \"harsh\" decision.",
        "harsh",
        "Port Tarrow",
        "description",
        "a body named before a player's role and name is his club, not the opponent with BK",
    ),
    _case(
        DESCRIPTION,
        "Lindmark BK striker Ola Berg scored twice in Saturday's 2-1 win over Port "
        "Tarrow.\n\nBerg has now scored nine goals in eight games this season.\n\nThe club "
        "said on Monday that it had turned down a \"significant\" offer for him.",
        "significant",
        "Lindmark BK",
        "description",
        "near miss: the player's club with a club word in its name is still the club",
    ),
    _case(
        DESCRIPTION,
        "Kelby Vale winger Rask apologises for TikTok story as club opens "
        "investigation\n\nWinger was booed off during Saturday’s draw with Orvik "
        "IF\n\nKelby Vale winger Eli Rask has apologised for an TikTok story that appeared "
        "to mock the club’s supporters after Saturday’s 2-2 draw with Orvik IF.\n\nThe "
        "25-year-old posted a photo of the away end with three clown emojis and the caption "
        "“Some of you need to find another hobby” shortly after being substituted to boos "
        "in the 61st minute.\n\nThe story was deleted within an hour, but screenshots had "
        "already been shared thousands of times, and the Kelby Vale Supporters’ Association "
        "– whose Vale Forever campaign raised £50,000 for the club’s academy last season – "
        "called for the player to be dropped.\n\nHis apology, posted on Sunday evening, "
        "read:\n\n“I will be meeting the supporters’ groups this week to say sorry in "
        "person.”\nThe supporters’ group, which met the winger on Tuesday evening, was more "
        "cautious.\n“Actions speak louder than TikTok stories. We’ll be watching,” the "
        "group said.",
        "Actions speak louder",
        "Kelby Vale Supporters’ Association",
        "description",
        "a supporters' group is the association the story named, not the club",
    ),
    _case(
        DESCRIPTION,
        "Vantor Group said profits fell 12% in the year to March as it closed 40 "
        "stores.\n\nThe Kelby Retailers’ Association said the closures were \"a blow\" to "
        "the high street.\n\nVantor Group chief executive Ada Holm said trading had been "
        "difficult.\n\n\"We have made hard choices to protect the business,\" the group "
        "said in its annual report.",
        "hard choices",
        "Vantor Group",
        "description",
        "near miss: a company with Group in its name is still the group",
    ),
    _case(
        NAMED,
        "Singer Lia Brandt has cancelled her European tour.\n\nHer agent, Odile Marchetti in "
        "Lyon, said: “Lia needs rest and will be back next year.”",
        "needs rest",
        "Odile Marchetti",
        "named",
        "a name in apposition, then the place the person is based in, still speaks",
    ),
    _case(
        DESCRIPTION,
        "Singer Lia Brandt has cancelled her European tour.\n\nHer agent, who is based in "
        "Lyon, said: “Lia needs rest and will be back next year.”",
        "needs rest",
        None,
        "description",
        "near miss: a relative clause with a place names no one",
    ),
)

# Cases the rules do not get right yet (docs/attribution.md, "Known limits").
KNOWN_LIMITS: tuple[Case, ...] = (
    _case(
        STATEMENT,
        "Harlow Council apologised for the flooding.\n\n“We got it wrong,” the assertion added.",
        "We got it wrong",
        "Harlow Council",
        "statement",
        "spun text's unusual noun for a statement",
    ),
    _case(
        NAMED,
        "Marks and Spencer cut prices.\n\n“We listen to customers,” Marks and Spencer said.",
        "We listen",
        "Marks and Spencer",
        "named",
        "a company named for two people reads as two speakers",
    ),
    _case(
        PRONOUN,
        "Robin Castlemere has run the shelter for a decade. Her deputy, Tam Fairholme, said "
        "donations had fallen.\n\n“We are turning people away,” she said.",
        "turning people away",
        "Robin Castlemere",
        "pronoun",
        "a man with no honorific is of no known gender, so 'she' stays with her deputy",
    ),
    _case(
        NONE,
        "Captain Jorik Almstedt said the fans had been brilliant. “They never stopped "
        "singing,” he said.\n\n“Blue and white, we'll fight, fight, fight!”",
        "Blue and white",
        None,
        None,
        "a chant paragraph right after a quote paragraph is joined to it as its next part",
    ),
    _case(
        DESCRIPTION,
        "Konrad Ebbeling won the stage ahead of Rui Tavaro. The German crossed the line four "
        "seconds clear.\n\n“My legs were gone,” the German said.",
        "My legs were gone",
        "Konrad Ebbeling",
        "description",
        "a nationality word is resolved by salience, not as the subject of the sentence before",
    ),
    _case(
        DESCRIPTION,
        "The Health and Safety Regulator has opened an inquiry into the Brackwater depot.\n\n"
        "“We will review every site,” the regulator said.",
        "review every site",
        "Health and Safety Regulator",
        "description",
        "a body named with 'and' opening a sentence is cut there, so 'the regulator' finds none",
    ),
    _case(
        DESCRIPTION,
        "Ellie Varga won best newcomer at the Brackfield Music Prize on Sunday.\n\n"
        "A spokesperson for the Brackfield Music Prize said: “We are aware of an "
        "incident.”\n\n“I was stacking shelves a year ago,” the Tarrow-born singer said.",
        "stacking shelves",
        "Ellie Varga",
        "description",
        "an unnamed spokesperson blocks the names before it for a person's description too",
    ),
)
