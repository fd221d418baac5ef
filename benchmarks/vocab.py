"""Word lists and a sentence maker shared by the benchmark generators.

Every name, place and outlet here is invented for quotematch. The lists are
large enough that statements drawn from them rarely share more than a stock
phrase or a few glue words by chance, which is what makes the ground truth of
the clustering generator trustworthy.
"""

from __future__ import annotations

import random
import re


def words_of(text: str, sep: str | None = None) -> tuple[str, ...]:
    """The words of ``text`` as a tuple (split on ``sep``, whitespace by default)."""
    return tuple(text.split(sep))


FIRST_NAMES_F = words_of(
    "Ana Brenna Carys Delia Esme Fenna Greta Hana Ines Joelle Kaia Lorna Maren Nadia Odile "
    "Petra Quilla Rosalind Sanne Tova Una Vesna Wren Ysolde Zelie Alba Bryony Celeste Dagny Eira"
)
FIRST_NAMES_M = words_of(
    "Tom Aldo Bram Cormac Dario Emrys Fintan Goran Hollis Ivo Jarek Kester Lucan Milo Niall "
    "Oskar Piet Quentin Rafe Stellan Tavish Ugo Viggo Wystan Xavi Yorick Zeno Anselm Bertil Caspian"
)
SURNAMES = words_of(
    "Ruiz Baines Okonkwo-Hale Pellworth Draycott Venn Marchetti Holloway Quarrie Ashdown Brisk "
    "Cadwell Dunmore Elstow Farrant Gilchrist Haverly Ilkes Jessop Kinvara Lutterell Mabry "
    "Nettleship Orrell Prowse Quaife Rendle Sallow Thursby Upcott Vellacott Wetherall Yarrow "
    "Zorzi Abernant Blenkin Coldrey Dewhirst Eastaugh Fennimore Goodliffe Hebblethwaite "
    "O’Neill Ivesley Jolliffe Kettlewell Lanyon Merriman Nuttall Ogden-Price Parfitt Rookwood"
)
TITLES = words_of(
    "creative director|council leader|head coach|chief executive|finance minister|"
    "spokeswoman|union secretary|harbour master|festival director|police commissioner|"
    "school principal|health secretary",
    "|",
)
PLACE_HEADS = words_of(
    "Brant Lower Cold Ash Wether Marl Gris Hollin Stow Fen Kettle Quarry Raven Salt "
    "Thorn Upper Wick Yarl Dun Elder"
)
PLACE_TAILS = words_of("ham ford bury stead wick mouth field by minster combe ley ton well gate")
ORG_KINDS = (
    ("Town Council", "the council"),
    ("Rovers FC", "the club"),
    ("Water Company", "the company"),
    ("General Hospital", "the hospital"),
    ("Rail Partnership", "the partnership"),
    ("Arts Trust", "the trust"),
)
OUTLETS = words_of(
    "The Daily Lantern|Harbour Gazette|Northgate Courier|The Evening Ledger|Valley Post|"
    "Morning Dispatch|Riverside Echo|The Weekly Beacon",
    "|",
)
MONTHS = words_of(
    "January February March April May June July August September October November December"
)

NOUNS = words_of(
    "budget bridge hospital library council school harbour ferry market festival stadium "
    "railway reservoir footpath museum orchard bakery clinic tram depot warehouse forest "
    "hillside quarry lighthouse pier allotment parade archive gallery studio theatre academy "
    "tournament season squad contract pension wage tariff subsidy grant loan mortgage rent "
    "vaccine ward ambulance surgery nurse teacher pupil driver farmer fisherman miner tenant "
    "landlord shopkeeper volunteer referee striker goalkeeper manager mayor inspector auditor "
    "report inquiry review petition ballot referendum strike protest vigil campaign appeal "
    "verdict ruling sentence charge fine permit license contract merger takeover outage flood "
    "drought storm landslide wildfire heatwave blackout shortage backlog deficit surplus "
    "timetable roadmap blueprint strategy pledge promise scheme programme initiative pilot "
    "coastline estuary meadow canal viaduct tunnel roundabout carpark cycleway pavement"
)
ADJECTIVES = words_of(
    "difficult honest urgent careful fragile bold modest generous stubborn patient reckless "
    "vital quiet crowded empty ancient modern rural coastal northern southern eastern western "
    "local national public private temporary permanent unusual painful hopeful bitter fair "
    "unfair costly cheap narrow broad steady shaky clear murky open closed brave tired proud "
    "grateful anxious furious calm fresh stale decent serious minor major rapid slow early late"
)
VERBS = (
    ("rebuild", "rebuilt"), ("reopen", "reopened"), ("protect", "protected"),
    ("fund", "funded"), ("review", "reviewed"), ("delay", "delayed"), ("approve", "approved"),
    ("reject", "rejected"), ("expand", "expanded"), ("close", "closed"), ("defend", "defended"),
    ("support", "supported"), ("question", "questioned"), ("inspect", "inspected"),
    ("repair", "repaired"), ("replace", "replaced"), ("restore", "restored"),
    ("announce", "announced"), ("finish", "finished"), ("launch", "launched"),
    ("challenge", "challenged"), ("welcome", "welcomed"), ("cut", "cut"), ("build", "built"),
    ("sell", "sold"), ("win", "won"), ("lose", "lost"), ("meet", "met"), ("pay", "paid"),
    ("hire", "hired"), ("train", "trained"), ("warn", "warned"), ("thank", "thanked"),
    ("ignore", "ignored"), ("measure", "measured"), ("publish", "published"),
    ("investigate", "investigated"), ("postpone", "postponed"), ("secure", "secured"),
)
ADVERBS = words_of(
    "quickly slowly carefully openly quietly firmly fully properly finally gradually "
    "immediately eventually honestly clearly deliberately"
)
TIMES = words_of(
    "this spring|by the summer|before the winter|next year|within weeks|over the next decade|"
    "by the end of March|after the election|this season|in the coming months|last autumn|"
    "since the flood|before Christmas|by next Easter",
    "|",
)
PREPS = words_of("for near across beyond around behind beside under along towards")
DETS = words_of("the the the every this our their a")
NUMBERS = words_of("two three four five six seven twelve twenty forty hundred")

# (British, American): the generator prints a statement in one, a variant in the other.
LOCALE_PAIRS = (
    ("apologise", "apologize"), ("apologised", "apologized"), ("honour", "honor"),
    ("offence", "offense"), ("defence", "defense"), ("colour", "color"), ("centre", "center"),
    ("organise", "organize"), ("organised", "organized"), ("realise", "realize"),
    ("labour", "labor"), ("favour", "favor"), ("neighbours", "neighbors"),
    ("behaviour", "behavior"), ("analyse", "analyze"), ("recognise", "recognize"),
    ("criticised", "criticized"), ("travelled", "traveled"), ("cancelled", "canceled"),
    ("harbour", "harbor"), ("rumours", "rumors"), ("prioritise", "prioritize"),
)
LOCALE_NOUNS_UK = words_of("honour offence defence colour centre labour favour behaviour harbour")
LOCALE_VERBS_UK = words_of("apologise organise realise analyse recognise prioritise")
LOCALE_PAST_UK = words_of("apologised organised criticised travelled cancelled")
UK_TO_US = dict(LOCALE_PAIRS)
US_TO_UK = {us: uk for uk, us in LOCALE_PAIRS}

STOCK_PHRASES = (
    "thoughts and prayers",
    "I have been",
    "we are deeply sorry",
    "at the end of the day",
    "our hearts go out to",
    "I want to thank",
    "we will not stop",
    "it is what it is",
)

# ``{a|b|c}`` picks one alternative, so the glue between slots varies too and two
# statements from one template rarely share more than a few words.
SENTENCE_TEMPLATES = (
    "The {adj} {noun} {in|near|outside|north of} {place} {will|must|should|is going to} {verb} "
    "{the|its|every} {noun2} {time}.",
    "We {modal} {verb} {det} {noun} {prep} {place} {and|but|so} we {modal2} not {verb2} "
    "{the|any|a single} {noun2}.",
    "I {verb_past} {first} {last} {time} {and|before|after|while} {pronoun} {verb_past2} {det} "
    "{adj} {noun}.",
    "{Nobody|No one|Not a single family|None of us} in {place} "
    "{wanted|expected|asked for|voted for} the {noun} to be {verb_past} "
    "{like this|this way|so quickly|without a vote|in secret}.",
    "There {are|were|will be} {number} {noun}s {prep} the {noun2} and {every one of them|each of "
    "them|all of them|most of them} {is|was|looked|felt} {adj}.",
    "{It's|It was|That is} {adj}, {it's|it was|that is} {adj2} {and|but} {it's|that is} the {noun} "
    "{that|which} {place} {deserves|needs|has waited for}.",
    "{They|The ministers|The owners|Our partners} told {us|me|the town} the {noun} would be {adj} "
    "but the {noun2} {is|turned out|looks} {adj2}.",
    "This is about the {noun} {—|-|–} not the {noun2}, not the {noun3}, and not {place}.",
    "{Don't|Do not|Never} {verb} the {noun} {just|simply|only} because the {noun2} "
    "{is|looks|seems} {adj}.",
    "We {loc_verb} to the {noun}s of {place} and {we|I|our staff} {verb} the {adj} {noun2} {time}.",
    "The {loc_noun} of {this|that|our|their} {noun} {matters more than|outweighs|counts for more "
    "than} any {adj} {noun2}.",
    "{first} {last} {loc_past} the {noun} {adverb} and {we|they|the board} {verb_past} the {noun2} "
    "{time}.",
    "You {can't|cannot|won't} {verb} a {adj} {noun} with a {adj2} {noun2} & a {noun3}.",
    "{We're|They're|I'm} {adverb} {verb_ing} the {noun} and the {adj} {noun2} {prep} {place}.",
    "{Our|This|My} {noun} has {number} {adj} {noun2}s and I'm {proud of|worried about|sure of} "
    "{det} {noun3}.",
    "If the {noun} {fails|collapses|goes}, {place} will {verb} {its|the} {adj} {noun2} {time}.",
    "{Ask|Tell|Show} {first} {last} {why|how|when} the {noun} {was|got} {verb_past} {prep} "
    "{place}.",
    "{Frankly|Honestly|Look}, the {noun} {prep} {place} {was|is} {adj} {long before|well before|"
    "ever since} the {noun2} {was|got} {verb_past}.",
    "{Every|Each} {noun} {in|across} {place} {owes|gives} {something|a debt|thanks} to the "
    "{adj} {noun2} {and|or} the {noun3}.",
    "{What|All} we {ask|need|want} is {a|one} {adj} {noun} {for|near} {place} {time}.",
)
_CHOICE = re.compile(r"\{([^{}]*\|[^{}]*)\}")
MODALS = words_of("will must can should could would")
PRONOUNS = words_of("she he they we")


def place_name(rng: random.Random) -> str:
    """An invented place name such as ``Brantham`` or ``Lower Fenwick``."""
    head = rng.choice(PLACE_HEADS)
    tail = rng.choice(PLACE_TAILS)
    if head in ("Lower", "Upper"):
        return f"{head} {rng.choice(PLACE_HEADS[2:])}{tail}"
    return f"{head}{tail}"


def _ing(verb: str) -> str:
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    if verb in ("cut", "win", "plan"):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def sentence(rng: random.Random, *, uk: bool = True) -> str:
    """One invented sentence drawn from the templates, British or American spelling."""
    template = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")),
                           rng.choice(SENTENCE_TEMPLATES))
    nouns = rng.sample(NOUNS, 3)
    adjs = rng.sample(ADJECTIVES, 2)
    verbs = rng.sample(VERBS, 2)
    loc_noun = rng.choice(LOCALE_NOUNS_UK)
    loc_verb = rng.choice(LOCALE_VERBS_UK)
    loc_past = rng.choice(LOCALE_PAST_UK)
    if not uk:
        loc_noun, loc_verb, loc_past = UK_TO_US[loc_noun], UK_TO_US[loc_verb], UK_TO_US[loc_past]
    first = rng.choice(FIRST_NAMES_F + FIRST_NAMES_M)
    return template.format(
        adj=adjs[0],
        adj2=adjs[1],
        noun=nouns[0],
        noun2=nouns[1],
        noun3=nouns[2],
        verb=verbs[0][0],
        verb2=verbs[1][0],
        verb_past=verbs[0][1],
        verb_past2=verbs[1][1],
        verb_ing=_ing(verbs[0][0]),
        modal=rng.choice(MODALS),
        modal2=rng.choice(MODALS),
        det=rng.choice(DETS),
        prep=rng.choice(PREPS),
        place=place_name(rng),
        time=rng.choice(TIMES),
        number=rng.choice(NUMBERS),
        first=first,
        last=rng.choice(SURNAMES),
        pronoun=rng.choice(PRONOUNS),
        adverb=rng.choice(ADVERBS),
        loc_noun=loc_noun,
        loc_verb=loc_verb,
        loc_past=loc_past,
    )


def lower_first(text: str) -> str:
    """Lower-case the first letter so a sentence can continue another, unless it opens with a
    name or "I"."""
    first = text.split(" ", 1)[0]
    if first in ("I", "I'm") or first in FIRST_NAMES_F or first in FIRST_NAMES_M:
        return text
    return text[:1].lower() + text[1:]


def stock_sentence(rng: random.Random, *, uk: bool = True) -> str:
    """A sentence that opens with a stock phrase, then continues with fresh words."""
    phrase = rng.choice(STOCK_PHRASES)
    rest = sentence(rng, uk=uk)
    rest = lower_first(rest)
    phrase = phrase[0].upper() + phrase[1:]
    joiner = ", and " if phrase.endswith(("prayers", "sorry", "day", "stop", "is")) else " "
    if phrase.endswith(("been", "thank", "to")):
        joiner = " "
        rest = f"{rng.choice(NOUNS)} {rng.choice(PREPS)} {place_name(rng)}, and " + rest
    return f"{phrase}{joiner}{rest}"
