"""British to American spelling, for comparing quotes printed in either style.

Only the comparison form is folded; reports always show the words as printed.

The table is built from written-out lists: whole word pairs, and stems whose
inflections follow one pattern (``apologis`` gives apologise/apologised/
apologises/apologising → apologize...). There is deliberately no open-ended
suffix rule: "-ise" → "-ize" would turn rise, advertise, compromise, exercise,
surprise, wise, otherwise, promise, premise, franchise, televise, supervise,
revise, devise, comprise, despise, enterprise and merchandise into words that
do not exist, and "-our" → "-or" would break four, hour, your, tour and pour.
A word missing from the table simply stays as printed, which costs a little
recall and never a false match.
"""

from __future__ import annotations

__all__ = ["is_locale_pair", "spelling_pairs", "to_american"]

# Verbs in -ise/-ize: each stem (ending in "is") gives -ise, -ised, -ises,
# -ising, -iser, -isers, and the nouns -isation/-isations.
_ISE_STEMS = """
apologis organis realis recognis criticis emphasis summaris authoris
characteris minimis maximis prioritis legalis normalis stabilis mobilis
modernis specialis finalis industrialis privatis nationalis centralis
decentralis capitalis commercialis computeris digitalis globalis hospitalis
idealis immunis jeopardis legitimis liberalis localis marginalis memorialis
monopolis neutralis optimis penalis polaris popularis publicis rationalis
revolutionis sanitis scrutinis sensitis socialis standardis sterilis
subsidis symbolis sympathis synchronis terroris theoris tranquillis
trivialis unionis utilis vandalis victimis visualis vocalis agonis antagonis
baptis brutalis canonis categoris civilis colonis crystallis demoralis
dramatis economis energis equalis evangelis familiaris fantasis fertilis
fossilis formalis galvanis harmonis humanis hypnotis immortalis itemis
lionis magnetis mechanis mesmeris metabolis militaris miniaturis mobilis
moralis motoris neutralis ostracis oxidis patronis pasteuris personalis
philosophis plagiaris polaris politicis pressuris publicis
radicalis randomis recognis reorganis satiris scandalis sermonis signalis
solemnis specialis stigmatis subsidis tantalis temporis urbanis vaporis
westernis womanis circularis customis finalis generalis hospitalis
incentivis internationalis marginalis materialis operationalis
professionalis regularis revitalis trivialis weaponis fraternis
"""

# Verbs in -yse/-yze: each stem gives -yse, -ysed, -yses, -ysing, -yser.
_YSE_STEMS = "analy paraly cataly dialy electroly hydroly psychoanaly"

# Nouns in -our/-or: each stem gives -our, -ours, -oured, -ouring, -ourite(s)
# and -ourable. Forms that are not words are harmless: they never occur.
_OUR_STEMS = """
colo hono favo labo neighbo humo flavo harbo behavio rumo vigo valo savo
endeavo armo ardo cando clamo demeano fervo glamo odo parlo ranco
rigo splendo succo tumo vapo arbo
"""

# -re/-er nouns: each stem gives -re and -res.
_RE_STEMS = """
cent theat met lit fib calib spect sab lust
"""

# -ence/-ense nouns: each stem gives -ence and -ences.
_ENCE_STEMS = "offen defen preten licen"

# Doubled l before a suffix: each (British, American) stem gives -ed, -ing,
# -er, -ers, -or and -ors (travelled, travelling, traveller, counsellor...).
_DOUBLE_L = """
travell:travel cancell:cancel labell:label modell:model counsell:counsel
jewell:jewel fuell:fuel signall:signal totall:total equall:equal
levell:level marvell:marvel quarrell:quarrel tunnell:tunnel channell:channel
funnell:funnel pummell:pummel shovell:shovel snorkell:snorkel swivell:swivel
tassell:tassel unravell:unravel grovell:grovel propell:propel revell:revel
rivall:rival libell:libel duell:duel enamell:enamel initiall:initial
panell:panel pedall:pedal pencill:pencil stencill:stencil chisell:chisel
dishevell:dishevel gravell:gravel yodell:yodel cudgell:cudgel bevell:bevel
"""

# Whole words written out: spellings that follow no shared stem pattern.
_WORDS = """
aeroplane:airplane aeroplanes:airplanes aluminium:aluminum ageing:aging
anaemia:anemia anaemic:anemic anaesthetic:anesthetic anaesthetics:anesthetics
anaesthesia:anesthesia archaeology:archeology archaeologist:archeologist
archaeologists:archeologists axe:ax axes:axes behove:behoove
cheque:check cheques:checks chequebook:checkbook catalogue:catalog
catalogues:catalogs catalogued:cataloged cataloguing:cataloging
analogue:analog dialogue:dialog dialogues:dialogs monologue:monolog
monologues:monologs epilogue:epilog prologue:prolog travelogue:travelog
cosy:cozy cosier:cozier cosiest:coziest
defence:defense defences:defenses defenceless:defenseless
offence:offense offences:offenses pretence:pretense licence:license
licences:licenses
diarrhoea:diarrhea doughnut:donut draught:draft draughts:drafts
draughty:drafty enrol:enroll enrols:enrolls enrolment:enrollment
enrolments:enrollments fulfil:fulfill fulfils:fulfills fulfilment:fulfillment
instil:instill instils:instills distil:distill distils:distills
skilful:skillful skilfully:skillfully wilful:willful wilfully:willfully
instalment:installment instalments:installments
foetus:fetus foetal:fetal gaol:jail gaols:jails gaoled:jailed
grey:gray greys:grays greyer:grayer greyest:grayest greying:graying
greyish:grayish greyhound:greyhound
haemoglobin:hemoglobin haemorrhage:hemorrhage haemorrhages:hemorrhages
jewellery:jewelry kerb:curb kerbs:curbs kerbside:curbside
manoeuvre:maneuver manoeuvres:maneuvers manoeuvred:maneuvered
manoeuvring:maneuvering manoeuvrable:maneuverable
mould:mold moulds:molds mouldy:moldy moulded:molded moulding:molding
moult:molt moulted:molted smoulder:smolder smouldering:smoldering
smouldered:smoldered
moustache:mustache moustaches:mustaches
oestrogen:estrogen oesophagus:esophagus
paediatric:pediatric paediatrics:pediatrics paediatrician:pediatrician
paediatricians:pediatricians encyclopaedia:encyclopedia
encyclopaedias:encyclopedias orthopaedic:orthopedic orthopaedics:orthopedics
leukaemia:leukemia gynaecology:gynecology gynaecologist:gynecologist
caesarean:cesarean haematology:hematology
plough:plow ploughs:plows ploughed:plowed ploughing:plowing
programme:program programmes:programs pyjamas:pajamas
sceptic:skeptic sceptics:skeptics sceptical:skeptical scepticism:skepticism
storey:story storeys:stories sulphur:sulfur
tyre:tire tyres:tires whisky:whiskey yoghurt:yogurt yoghurts:yogurts
practise:practice practised:practiced practises:practices practising:practicing
judgement:judgment judgements:judgments acknowledgement:acknowledgment
acknowledgements:acknowledgments ageing:aging
towards:toward afterwards:afterward
learnt:learned spelt:spelled spilt:spilled dreamt:dreamed
mum:mom mums:moms
cheque:check
colour:color
neighbourhood:neighborhood neighbourhoods:neighborhoods
neighbouring:neighboring
favourite:favorite favourites:favorites favourable:favorable
favourably:favorably unfavourable:unfavorable
honourable:honorable dishonour:dishonor dishonourable:dishonorable
honourably:honorably
humourous:humorous
labourer:laborer labourers:laborers
vapourise:vaporize
colourful:colorful colourless:colorless discoloured:discolored
armoured:armored armoury:armory
endeavoured:endeavored endeavouring:endeavoring
saviour:savior saviours:saviors
centred:centered centring:centering centrepiece:centerpiece
theatregoer:theatergoer
fibreglass:fiberglass
litre:liter litres:liters millimetre:millimeter millimetres:millimeters
centimetre:centimeter centimetres:centimeters kilometre:kilometer
kilometres:kilometers metre:meter metres:meters
fibre:fiber fibres:fibers
calibre:caliber sabre:saber sombre:somber lustre:luster
spectre:specter
"""


def _build() -> dict[str, str]:
    table: dict[str, str] = {}

    def add(british: str, american: str) -> None:
        if british != american:
            table.setdefault(british, american)

    for stem in _ISE_STEMS.split():
        us = stem[:-1] + "z"
        for suffix in ("e", "ed", "es", "ing", "er", "ers", "ation", "ations"):
            add(stem + suffix, us + suffix)
    for stem in _YSE_STEMS.split():
        for suffix in ("se", "sed", "ses", "sing", "ser", "sers"):
            add(stem + suffix, stem + "z" + suffix[1:])
    for stem in _OUR_STEMS.split():
        for suffix in ("ur", "urs", "ured", "uring", "urite", "urites", "urable"):
            add(stem + suffix, stem + "r" + suffix[2:])
    for stem in _RE_STEMS.split():
        for suffix in ("re", "res"):
            add(stem + suffix, stem + "er" + suffix[2:])
    for stem in _ENCE_STEMS.split():
        for suffix in ("ce", "ces"):
            add(stem + suffix, stem + "se" + suffix[2:])
    for pair in _DOUBLE_L.split():
        british, american = pair.split(":")
        for suffix in ("ed", "ing", "er", "ers", "or", "ors"):
            add(british + suffix, american + suffix)
    for pair in _WORDS.split():
        british, american = pair.split(":")
        add(british, american)
    # Words spelled the same in both styles.
    for word in ("greyhound", "axes"):
        table.pop(word, None)
    return table


_BRITISH_TO_AMERICAN: dict[str, str] = _build()


def to_american(word: str) -> str:
    """The American spelling of a folded (lower-case) word, or the word itself.

    A single dict lookup: it runs for every token of every quote.

    >>> to_american("honour"), to_american("honor"), to_american("sorry")
    ('honor', 'honor', 'sorry')
    >>> to_american("travelled"), to_american("catalogue"), to_american("surprise")
    ('traveled', 'catalog', 'surprise')
    """
    return _BRITISH_TO_AMERICAN.get(word, word)


def is_locale_pair(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` are the British and American spellings of one word.

    Case is ignored; two identical spellings are not a pair.

    >>> is_locale_pair("Apologise", "apologize"), is_locale_pair("cat", "cot")
    (True, False)
    >>> is_locale_pair("grey", "gray"), is_locale_pair("gray", "gray")
    (True, False)
    """
    a, b = a.casefold(), b.casefold()
    return a != b and to_american(a) == to_american(b)


def spelling_pairs() -> tuple[tuple[str, str], ...]:
    """Every (British, American) pair of the table, sorted: what the folding depends on.

    The quote index fingerprints the comparison form with it (see
    :func:`quotematch.normalize.comparison_fingerprint`).

    >>> ("honour", "honor") in spelling_pairs()
    True
    """
    return tuple(sorted(_BRITISH_TO_AMERICAN.items()))
