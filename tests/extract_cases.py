"""Labelled extraction cases: article-shaped text and the quotes a careful reader finds.

Every expectation here was worked out by hand from the text. ``parts`` are the
quote's printed parts in order (marks excluded, surrounding spaces trimmed);
``speaker`` is who said it as the article names them most fully, or None when
the text does not say. Extraction owns the parts, the kind and a post's
author; the other speakers are there for the attribution tests to reuse.
"""

from __future__ import annotations

from typing import NamedTuple


class Want(NamedTuple):
    parts: tuple[str, ...]
    kind: str = "direct"
    speaker: str | None = None


class Case(NamedTuple):
    name: str
    text: str
    quotes: tuple[Want, ...]
    reason: str


def want(*parts: str, kind: str = "direct", speaker: str | None = None) -> Want:
    return Want(tuple(parts), kind, speaker)


CASES: tuple[Case, ...] = (
    # -- marks ------------------------------------------------------------
    Case(
        "curly-double",
        "“The bridge will reopen on Monday,” said Ana Ruiz, the council’s engineer.",
        (want("The bridge will reopen on Monday,", speaker="Ana Ruiz"),),
        "curly double marks around a statement with a trailing attribution",
    ),
    Case(
        "straight-double",
        'Harbour master Tom Baines said: "Nobody sails until the wind drops."',
        (want("Nobody sails until the wind drops.", speaker="Tom Baines"),),
        "straight double marks pair just like curly ones",
    ),
    Case(
        "curly-single-british",
        "‘We have waited long enough,’ said Priya Shah, who chairs the residents’ group.",
        (want("We have waited long enough,", speaker="Priya Shah"),),
        "British style: single curly marks are the outer quote; residents’ is an apostrophe",
    ),
    Case(
        "straight-single-british",
        "Mr Okafor said: 'The figures speak for themselves.'",
        (want("The figures speak for themselves.", speaker="Mr Okafor"),),
        "straight single marks as outer quotes",
    ),
    Case(
        "doubled-single",
        "''It was the best night of my life,'' said the goalkeeper, Lena Marsh.",
        (want("It was the best night of my life,", speaker="Lena Marsh"),),
        "two straight single marks stand in for a double mark",
    ),
    Case(
        "guillemets",
        "Le maire a déclaré : « Nous reconstruirons l’école. »",
        (want("Nous reconstruirons l’école."),),
        "French guillemets with the spaces inside them trimmed",
    ),
    Case(
        "german-low-high",
        "Die Trainerin sagte: „Wir haben alles gegeben.“ Danach ging sie.",
        (want("Wir haben alles gegeben."),),
        "German „…“ where the high mark closes",
    ),
    Case(
        "backtick-latex",
        "The memo read: ``Staff must badge in at all times.''",
        (want("Staff must badge in at all times."),),
        "``…'' typewriter quotes pair as double marks",
    ),
    Case(
        "html-entities",
        "&ldquo;We don&rsquo;t give up,&rdquo; Ruiz said. &ldquo;Never.&rdquo;",
        (want("We don&rsquo;t give up,", "Never.", speaker="Ruiz"),),
        "character references left by HTML stripping act as the marks they name",
    ),
    Case(
        "right-mark-as-opener",
        "”We were robbed,” the captain said after the final whistle.",
        (want("We were robbed,"),),
        "a closing mark typed at the start of a quote still opens it",
    ),
    # -- apostrophes --------------------------------------------------------
    Case(
        "apostrophes-in-words",
        "O’Neill didn’t wait: “I’ll sign it today, and that’s that,” he said.",
        (want("I’ll sign it today, and that’s that,"),),
        "apostrophes between letters never open or close a quote",
    ),
    Case(
        "plural-possessive-inside-single",
        "‘The players’ union has let us down,’ said the club’s owner.",
        (want("The players’ union has let us down,"),),
        "a plural possessive inside single marks does not close the quote",
    ),
    Case(
        "plural-possessive-before-close",
        "The chair praised what she called ‘the work of the nurses’’.",
        (want("the work of the nurses’", kind="partial"),),
        "a possessive apostrophe right before the closing mark stays in the quote",
    ),
    Case(
        "possessive-outside-quotes",
        "The teachers’ union and the parents’ forum both met on Thursday.",
        (),
        "plural possessives with no quote open are apostrophes",
    ),
    Case(
        "decade-and-rock-n-roll",
        "The band played rock ’n’ roll from the ’90s and the ’80s all night.",
        (),
        "’n’ and ’90s are elisions, not quotes",
    ),
    Case(
        "straight-elisions",
        "It was rock 'n' roll till dawn, and the '90s were back in fashion.",
        (),
        "straight-mark elisions are apostrophes too",
    ),
    Case(
        "stray-mark-after-number",
        "Shoppers queued for the Spring 24’ range outside the store on Friday.",
        (),
        "a stray mark after a number is not a quote",
    ),
    Case(
        "british-apostrophes-inside",
        "‘It’s the council’s fault, and everyone knows it,’ Mr Hale said.",
        (want("It’s the council’s fault, and everyone knows it,", speaker="Mr Hale"),),
        "apostrophes inside a single-marked quote leave it whole",
    ),
    Case(
        "quote-opening-with-er",
        "‘Er, no,’ the minister replied when asked about the figures.",
        (want("Er, no,"),),
        "a quote beginning with a word that is also an elision in lower case",
    ),
    Case(
        "year-after-word",
        "Tickets for the class of ’99 reunion sold out, and ‘it was a shock’, said the organiser.",
        (want("it was a shock", kind="partial"),),
        "a two-digit year after a word is an apostrophe; the later quote still pairs",
    ),
    # -- several parts -----------------------------------------------------
    Case(
        "split-said-sentence",
        "“We are saddened,” the club said. “Our thoughts are with the family.”",
        (want("We are saddened,", "Our thoughts are with the family."),),
        "a quote split by its attribution, second part opening the next sentence",
    ),
    Case(
        "split-said-comma",
        "“We are saddened,” said coach Ana Ruiz, “and we will honour him.”",
        (want("We are saddened,", "and we will honour him.", speaker="Ana Ruiz"),),
        "a quote split by an attribution clause in the middle of the sentence",
    ),
    Case(
        "split-british",
        "‘I don’t know,’ she said, ‘but I’ll find out.’",
        (want("I don’t know,", "but I’ll find out."),),
        "a split quote in single marks",
    ),
    Case(
        "two-speakers-not-joined",
        "“Is it over?” Mia asked. “Not yet,” Sam replied.",
        (want("Is it over?", speaker="Mia"), want("Not yet,", speaker="Sam")),
        "the second quote has its own attribution, so the two are separate",
    ),
    Case(
        "question-then-introduced-answer",
        "Wendy Pask asked: “Will the minister meet the families?” The minister replied: “I "
        "will meet them next week.”",
        (
            want("Will the minister meet the families?", speaker="Wendy Pask"),
            want("I will meet them next week."),
        ),
        "a question, then a clause ending in a colon: it introduces the answer, not a split",
    ),
    Case(
        "clause-running-into-quote",
        "“We won,” she said of the “deal”.",
        (want("We won,"), want("deal", kind="partial")),
        "an attribution clause that runs into a second quote does not join them",
    ),
    Case(
        "split-second-part-ends-sentence",
        "“We won,” she said. “Nothing else matters.” Fans said otherwise on the radio.",
        (want("We won,", "Nothing else matters."),),
        "a speech verb in the next sentence is not the second part's own attribution",
    ),
    Case(
        "multi-paragraph",
        "The club said in a statement: “We are devastated.\n\n"
        "“Jo was part of our family for twenty years.\n\n"
        "“We will miss her.”\n\nThe funeral is on Friday.",
        (
            want(
                "We are devastated.",
                "Jo was part of our family for twenty years.",
                "We will miss her.",
            ),
        ),
        "opening mark repeated at each paragraph, closing mark only at the end",
    ),
    Case(
        "multi-paragraph-single",
        "‘We will rebuild,’ she said.\n‘We have done it before.\n‘We will do it again.’",
        (want("We will rebuild,", "We have done it before.", "We will do it again."),),
        "multi-paragraph continuation in single marks after a part closed by its clause",
    ),
    Case(
        "split-clause-with-comma-tail",
        "“See you in the spring,” the letter concluded, before signing off, “With love, Nan.”",
        (want("See you in the spring,", "With love, Nan."),),
        "a clause with a comma and a short tail (before signing off) between two parts",
    ),
    Case(
        "clause-tail-running-into-partial",
        "“We won,” she said, before “the party” began.",
        (want("We won,"), want("the party", kind="partial")),
        "a tail running into a quote inside narration does not join it",
    ),
    Case(
        "next-paragraph-after-clause",
        "“We will rebuild,” Ana Ruiz said on Monday.\n\n“We have done it before.”\n\n"
        "The work starts in May.",
        (want("We will rebuild,", "We have done it before.", speaker="Ana Ruiz"),),
        "a statement carried on in the next paragraph after the clause that ends the first",
    ),
    Case(
        "next-paragraph-whole-quotes",
        "The council said:\n\n“The defences held.”\n\n“We will review them.”\n\nMore soon.",
        (want("The defences held.", "We will review them."),),
        "a paragraph that is a whole quote, then another: one statement",
    ),
    Case(
        "next-paragraph-question-and-answer",
        "“Did you know?” I asked the minister.\n\n“No, I did not.”",
        (want("Did you know?"), want("No, I did not.")),
        "a question and the answer in the next paragraph are an exchange, not one statement",
    ),
    Case(
        "next-paragraph-asked",
        "“Will you stay,” the reporter asked.\n\n“I will stay.”",
        (want("Will you stay,"), want("I will stay.")),
        "a clause with asked: the next paragraph answers",
    ),
    Case(
        "next-paragraph-answered-by-question",
        "He said: “No.”\n\n“Are you sure?”",
        (want("No."), want("Are you sure?")),
        "a quote, then a question with no clause between: an exchange",
    ),
    Case(
        "next-line-after-clause",
        "“We will rebuild,” Ana Ruiz said.\n“We have done it before.”",
        (want("We will rebuild,", "We have done it before."),),
        "a single newline parts paragraphs too: the statement carries on",
    ),
    Case(
        "split-clause-long-comma-tail",
        "“We won,” she said, in the club's statement on its website this morning, “and we "
        "will win again.”",
        (want("We won,"), want("and we will win again.")),
        "a comma tail longer than five words is not an attribution clause",
    ),
    Case(
        "next-paragraph-own-clause",
        "“We will rebuild,” Ana Ruiz said.\n\n“We have heard that before,” Tom Baines replied.",
        (
            want("We will rebuild,", speaker="Ana Ruiz"),
            want("We have heard that before,", speaker="Tom Baines"),
        ),
        "the next paragraph's quote has its own clause: another speaker, not joined",
    ),
    Case(
        "next-paragraph-after-narration",
        "Ruiz called the plan “a disaster”.\n\n“We will rebuild.”",
        (want("a disaster", kind="partial"), want("We will rebuild.")),
        "a quote inside narration does not carry on into the next paragraph",
    ),
    Case(
        "next-paragraph-narration-after",
        "“We will rebuild,” Ruiz said.\n\n“We have done it before,” she added, smiling.",
        (want("We will rebuild,"), want("We have done it before,")),
        "a next paragraph with its own clause after the quote is a new quote",
    ),
    Case(
        "multi-paragraph-missing-reopen",
        "“We will rebuild the pavilion.\nWe have done it before,” the chairman said.",
        (want("We will rebuild the pavilion.", "We have done it before,"),),
        "a closing mark early in the next paragraph finishes a quote left open",
    ),
    Case(
        "closed-paragraphs-separate",
        "“We won,” she said.\n“Now we rest.”",
        (want("We won,", "Now we rest."),),
        "a quote closed by its clause at the end of its paragraph is continued by the next",
    ),
    Case(
        "split-then-continued",
        "“We tried,” she said. “We failed.\n“We will try again.”",
        (want("We tried,", "We failed.", "We will try again."),),
        "a split quote whose second part runs on into the next paragraph",
    ),
    Case(
        "split-closed-then-next-paragraph",
        "“The pier will reopen in June,” the harbour trust’s chair, Odile Farquharson, said. "
        "“The repairs are on budget.”\n\n“Every berth has been let for the summer.”\n\n"
        "Boat owners welcomed the news.",
        (
            want(
                "The pier will reopen in June,",
                "The repairs are on budget.",
                "Every berth has been let for the summer.",
                speaker="Odile Farquharson",
            ),
        ),
        "a split quote closed at its paragraph's end is carried on by the next paragraph's quote",
    ),
    Case(
        "split-closed-then-own-clause",
        "“The pier will reopen in June,” Odile Farquharson said. “The repairs are on budget.”"
        "\n\n“We will believe it when we see it,” said Tamsin Arrowby, a boat owner.",
        (
            want(
                "The pier will reopen in June,",
                "The repairs are on budget.",
                speaker="Odile Farquharson",
            ),
            want("We will believe it when we see it,", speaker="Tamsin Arrowby"),
        ),
        "after a split quote, a next paragraph with its own clause is another speaker",
    ),
    Case(
        "split-closed-then-question",
        "“The pier will reopen in June,” Odile Farquharson said. “Is that soon enough?”"
        "\n\n“Not for us.”",
        (
            want("The pier will reopen in June,", "Is that soon enough?"),
            want("Not for us."),
        ),
        "after a split quote ending in a question, the next paragraph answers it",
    ),
    Case(
        "narration-split-closed-then-next-paragraph",
        "The trust called the repairs “on budget”. “The pier will reopen in June.”"
        "\n\n“Every berth has been let.”",
        (
            want("on budget", kind="partial"),
            want("The pier will reopen in June."),
            want("Every berth has been let."),
        ),
        "a partial in the narration before a quote is no split: the next paragraph is not joined",
    ),
    Case(
        "split-clause-participle",
        "“We slept in the orchard for a week,” said Farida Tosun, speaking through an "
        "interpreter. “Then the buses came.”",
        (
            want(
                "We slept in the orchard for a week,",
                "Then the buses came.",
                speaker="Farida Tosun",
            ),
        ),
        "a participle saying how the words were given (speaking through an interpreter)",
    ),
    Case(
        "split-clause-participle-then-sentence",
        "“We slept in the orchard,” she said, speaking to reporters. Aid workers left. “Then "
        "the buses came.”",
        (want("We slept in the orchard,"), want("Then the buses came.")),
        "the participle stops at its sentence's end: a narrated sentence after it parts them",
    ),
    Case(
        "split-with-age",
        '"We will not back down," Sara Obi, 52, said on Thursday. "Our members deserve better."',
        (want("We will not back down,", "Our members deserve better.", speaker="Sara Obi"),),
        "the attribution clause may carry an age and a time",
    ),
    Case(
        "split-with-age-and-apposition",
        "“The pool was our lifeline,” said Marguerite Dubois, 71, a retired swimming coach. "
        "“Where will the children learn now?”\n\nDubois said she would write to the council.",
        (
            want(
                "The pool was our lifeline,",
                "Where will the children learn now?",
                speaker="Marguerite Dubois",
            ),
        ),
        "the speaker may carry an age and an apposition; a verb in the next paragraph is not "
        "the second part's own attribution",
    ),
    Case(
        "split-with-three-appositives",
        "“We want answers,” said Piotr Zielinski, 45, a father of three, who lives on the estate. "
        "“Nobody has told us anything.”",
        (want("We want answers,", "Nobody has told us anything.", speaker="Piotr Zielinski"),),
        "an age, a description and a relative clause after the name still make a short clause",
    ),
    # -- colon, kinds --------------------------------------------------------
    Case(
        "colon-introduced",
        "The council wrote: “All libraries reopen in March.”",
        (want("All libraries reopen in March."),),
        "a quote introduced by a colon",
    ),
    Case(
        "according-to",
        "According to Ana Ruiz, “the budget is simply not there.”",
        (want("the budget is simply not there.", speaker="Ana Ruiz"),),
        "a quote after a comma-ended lead-in is a statement even in lower case",
    ),
    Case(
        "partial-fragment",
        "He called the plan “a betrayal of every family in this town”.",
        (want("a betrayal of every family in this town", kind="partial"),),
        "a fragment inside the reporter's own sentence",
    ),
    Case(
        "partial-british",
        "She said the ruling was 'a victory for common sense', and left.",
        (want("a victory for common sense", kind="partial"),),
        "a fragment in single marks with the comma outside",
    ),
    Case(
        "scare-so-called",
        "The so-called “experts” have been wrong before.",
        (want("experts", kind="scare"),),
        "so-called marks a scare quote",
    ),
    Case(
        "scare-word",
        "After weeks of talks the “deal” was finally signed on Tuesday.",
        (want("deal", kind="scare"),),
        "a single word in marks with no speaker",
    ),
    Case(
        "title-film",
        "The film “Northern Lights” opens at the Regal on Friday.",
        (want("Northern Lights", kind="title"),),
        "the name of a work after film",
    ),
    Case(
        "title-button",
        "Most visitors simply clicked “Accept all” without reading.",
        (want("Accept all", kind="title"),),
        "a button label after clicked",
    ),
    Case(
        "title-campaign",
        "The council launched a campaign called 'Clean Streets Now' last spring.",
        (want("Clean Streets Now", kind="title"),),
        "a campaign name after called",
    ),
    Case(
        "question-direct",
        "She asked the minister: “Why was nobody told?”",
        (want("Why was nobody told?"),),
        "a question after a colon is a direct quote",
    ),
    # -- nesting and editorial ---------------------------------------------
    Case(
        "nested",
        "“She told me ‘we’re done here’ and left,” he said.",
        (want("She told me ‘we’re done here’ and left,"),),
        "the inner quote stays inside the outer one and is not a statement of its own",
    ),
    Case(
        "nested-british",
        "‘He shouted “run” and we ran,’ the witness said.",
        (want("He shouted “run” and we ran,"),),
        "double marks nested in single marks",
    ),
    Case(
        "editorial-bracket",
        "“He [the minister] knew exactly what was happening,” she said.",
        (want("He [the minister] knew exactly what was happening,"),),
        "editorial brackets are kept verbatim",
    ),
    Case(
        "ellipsis",
        "“We tried … and we failed... but we learned,” Ruiz said.",
        (want("We tried … and we failed... but we learned,", speaker="Ruiz"),),
        "ellipses are kept verbatim",
    ),
    # -- embedded posts ----------------------------------------------------
    Case(
        "tweet-inline-signature",
        "Fans celebrated late into the night.\n"
        "What a night at the Bowl! pic.twitter.com/AbC123xy — Jo Bloggs (@jobloggs) July 3, 2023\n"
        "The team flies home today.",
        (want("What a night at the Bowl!", kind="tweet", speaker="Jo Bloggs"),),
        "a post body and its signature in one paragraph, media link removed",
    ),
    Case(
        "tweet-signature-own-line",
        "Road closed both ways near the bridge, please avoid.\n"
        "— City Roads Team (@cityroads) 12 March 2024 https://t.co/Zx81",
        (
            want(
                "Road closed both ways near the bridge, please avoid.",
                kind="tweet",
                speaker="City Roads Team",
            ),
        ),
        "a signature on its own line after the post body, with a trailing link",
    ),
    Case(
        "tweet-in-marks",
        "“Proud of this squad. Always.” — Lena Marsh (@lenamarsh9) Aug 14, 2022",
        (want("Proud of this squad. Always.", kind="tweet", speaker="Lena Marsh"),),
        "a post body printed in quote marks loses the marks",
    ),
    Case(
        "tweet-after-lead-in",
        "The striker posted: “Gutted for the fans. We go again.”\n"
        "— Sam Cole (@samcole9) 2 May 2024",
        (want("Gutted for the fans. We go again.", kind="tweet", speaker="Sam Cole"),),
        "a post quoted after a colon keeps only the quoted words",
    ),
    Case(
        "tweet-hyphen-dash",
        "Season tickets on sale now - Rovers FC (@roversfc) May 1, 2024",
        (want("Season tickets on sale now", kind="tweet", speaker="Rovers FC"),),
        "a plain hyphen as the signature dash",
    ),
    Case(
        "tweet-earlier-paragraph-with-a-speech-verb",
        "Ada Marsh shared a plea on X, warning parents.\n\n"
        "My son had two bites and could not breathe. The label says NOTHING about nuts.\n\n"
        "He is recovering, so read every wrapper twice.\n\n"
        "— Ada Marsh (@adamarsh) March 3, 2025",
        (
            want(
                "My son had two bites and could not breathe. The label says NOTHING about nuts.",
                "He is recovering, so read every wrapper twice.",
                kind="tweet",
                speaker="Ada Marsh",
            ),
        ),
        "a post's paragraph opening with my keeps its speech verb (a reporter never writes my)",
    ),
    Case(
        "tweet-after-column-i",
        "I asked the club, which said it would respond.\n\n"
        "Season tickets are on sale now.\n\n"
        "— Rovers FC (@roversfc) May 1, 2024",
        (want("Season tickets are on sale now.", kind="tweet", speaker="Rovers FC"),),
        "a column's I reporting a speech verb in its first sentence stays the writer's",
    ),
    Case(
        "tweet-after-outlet-we",
        "We asked the club, which said it would respond.\n\n"
        "Season tickets are on sale now.\n\n"
        "— Rovers FC (@roversfc) May 1, 2024",
        (want("Season tickets are on sale now.", kind="tweet", speaker="Rovers FC"),),
        "the outlet's we with a speech verb stays the reporter's paragraph",
    ),
    # -- broken marks -----------------------------------------------------
    Case(
        "unclosed-stops-at-paragraph",
        "“We will appeal the decision, the lawyer said.\n\n"
        "The hearing lasted four hours and ended without a ruling.",
        (want("We will appeal the decision, the lawyer said."),),
        "an unclosed mark stops at the end of its paragraph",
    ),
    Case(
        "unclosed-then-new-quote",
        "“We knew it was coming, she said. “Nobody listened.”",
        (want("We knew it was coming, she said."), want("Nobody listened.")),
        "a new opening mark ends the unclosed quote before it",
    ),
    Case(
        "stray-closer",
        "The word appeared in capitals” on the banner. “Shame,” one sign read.",
        (want("Shame,"),),
        "a stray closing mark is ignored and the real quote still found",
    ),
    Case(
        "inch-mark",
        'The 12" pipe burst and “water was everywhere,” a neighbour said.',
        (want("water was everywhere,", kind="partial"),),
        "an inch mark after a number does not open a quote",
    ),
    Case(
        "no-quotes",
        "Residents met on Tuesday to discuss the plans for the old depot.",
        (),
        "plain reporting has no quotes",
    ),
    Case(
        "soft-wrapped-line",
        "“We will keep the library open,\nwhatever it costs,” the mayor said.",
        (want("We will keep the library open,\nwhatever it costs,"),),
        "a line break inside a sentence does not end the paragraph",
    ),
    Case(
        "wrapped-before-capital",
        "“We beat the\nRovers fair and square,” the captain said.",
        (want("We beat the\nRovers fair and square,"),),
        "a double quote runs on over a line break when the next line closes it",
    ),
    Case(
        "odd-whitespace",
        "Ruiz said:\u00a0“\u00a0We won. \u00a0”\u2003Then she left.",
        (want("We won.", speaker="Ruiz"),),
        "no-break and em spaces inside the marks are trimmed",
    ),
)
