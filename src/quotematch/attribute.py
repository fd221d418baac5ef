"""Who said a quote, and with what verb: attribution over a whole article.

For each quote in reading order: find its attribution clause
(:mod:`quotematch.clauses`), resolve the clause's speaker phrase against the
article's entities with the rule the phrase calls for
(:mod:`quotematch.resolve`), and remember the speaker for later pronouns. A
quote with no clause of its own may continue the previous quote's statement,
be a statement printed in full after an introducing paragraph, or copy the
embedded post after it. The entity model (:mod:`quotematch.entities`) is
built once per article before the first quote. See ``docs/attribution.md``
for the rules.

The speaker is always a name (or a ministry named by its portfolio in lower
case, ``foreign ministry``, or a person's family) or ``None``: a pronoun or role noun with
nothing fitting before it, or a phrase that names no one (``officials``, ``a
spokesperson``, ``police`` in a story naming no police force), gives ``None`` — a
wrong name is worse than none. ``cue``
is the verb as written, lower-cased (``said``, ``told``, ``according to``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, NamedTuple, cast

from . import cues
from .clauses import Attribution, Phrase, find_clause, find_split_attribution
from .entities import plain_breaks, plain_ranks
from .models import Quote, Span
from .names import speaker_name
from .resolve import (
    NO_TURN,
    Scene,
    Turn,
    afterword,
    answer,
    claim_maker,
    continuation,
    exchange,
    handle_lead,
    headline,
    headline_lines,
    headline_mention,
    headline_named,
    headline_org_holder,
    headline_org_role,
    headline_subject,
    headline_title,
    headline_title_fits,
    headline_title_holder,
    in_headline,
    introduction,
    lead_in,
    mention_of,
    narration,
    post,
    resolve,
    signature,
    signed_off,
)

__all__ = [
    "Attribution",
    "Change",
    "Draft",
    "attribute",
    "changes",
    "copies_next_post",
    "find_split_attribution",
]

# Module-level constants are Final, read compiled from C statics (see quotematch.cues).

_SKIPPED_KINDS: Final = frozenset({"scare", "title"})
_HEADLINE_CHARS: Final = 300
# A headline's quote of a whole statement or of a few of its words (``Talks ‘Not Dead Yet’``).
_HEADLINE_KINDS: Final = frozenset({"direct", "partial"})


class Draft(NamedTuple):
    """The fields of a quote that attribution reads, before its :class:`Quote` is built.

    :func:`quotematch.extract.extract_quotes` attributes these and then builds
    each quote once, with its speaker, instead of building it twice.
    """

    spans: tuple[Span, ...]
    kind: str
    speaker: str | None = None
    cue: str | None = None


Change = tuple[str | None, str | None, str | None, Span | None, str | None]
"""What attribution sets on a quote: speaker, cue, rule, mention span, phrase as written."""


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
    found = changes(text, quotes)
    result = []
    for i, (quote, change) in enumerate(zip(quotes, found, strict=True)):
        if change is None:
            result.append(quote)
            continue
        handle = quote.handle
        if copies_next_post(change, quote.kind) and i + 1 < len(quotes):
            handle = quotes[i + 1].handle
        result.append(_with_speaker(quote, *change, handle=handle))
    return result


def copies_next_post(change: Change | None, kind: str) -> bool:
    """True when ``change`` gives a quote the author of the embedded post right after it.

    ``One fan wrote, “…”`` before the post it copies is that post quoted
    inline (rule ``post`` on a quote that is no post itself): it takes the
    post's handle too.

    >>> copies_next_post(("Mags", "wrote", "post", None, "One fan"), "direct")
    True
    >>> copies_next_post(("Ana Ruiz", "said", "named", None, "Ruiz"), "direct")
    False
    """
    return change is not None and change[2] == "post" and kind != "tweet"


def _with_speaker(
    quote: Quote,
    speaker: str | None,
    cue: str | None,
    rule: str | None = None,
    span: Span | None = None,
    phrase: str | None = None,
    *,
    handle: str | None = None,
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
        handle=handle,
        editorial=quote.editorial,
        nested=quote.nested,
        diagnostics=quote.diagnostics,
        source=quote.source,
        published=quote.published,
        speaker_rule=rule,
        speaker_span=span,
        speaker_phrase=phrase,
    )


def changes(text: str, quotes: Sequence[Quote] | Sequence[Draft]) -> list[Change | None]:
    """What :func:`attribute` changes per quote (see :data:`Change`), or None to keep it.

    Reads only ``spans``, ``kind``, ``speaker`` and ``cue`` of each quote, so
    drafts give the same answer as the quotes built from them.

    >>> text = "Ana Ruiz spoke. “We won,” she said."
    >>> s = text.index("We")
    >>> changes(text, [Draft(((s, s + 7),), "direct")])
    [('Ana Ruiz', 'said', 'pronoun', (0, 8), 'she')]
    """
    if not quotes:
        return []
    written_text = text
    text = plain_breaks(text)  # "\r\n\r\n" breaks paragraphs as "\n\n" does
    text = plain_ranks(text)  # "S/Sgt Ivo Marr" reads "Sgt Ivo Marr"
    # The scene reads only ``spans`` and ``kind``, which a draft has too.
    scene = Scene(text, cast("Sequence[Quote]", quotes))
    result: list[Change | None] = []
    previous: Sequence[Span] = ()
    previous_speaker: str | None = None
    previous_end = 0
    turns: tuple[Turn, Turn] = (NO_TURN, NO_TURN)  # the quote before the previous, the previous
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
            previous = ()  # and a post does not carry the story's statement on
            turns = (NO_TURN, NO_TURN)
            previous_end = max(previous_end, spans[-1][1])
            continue
        found = find_clause(scene.entities, spans, previous_end)
        change: Change | None
        speaker: str | None
        if quote.speaker is not None:
            change = None  # already attributed (an embedded post): keep it
            speaker = quote.speaker
        elif found is not None:
            phrase, cue, clause_start = found
            speaker, rule = resolve(scene, phrase, min(spans[0][0], clause_start), cue)
            if speaker is None and phrase.kind == "np" and (
                phrase.head in cues.SIGN_NOUNS or phrase.head in cues.DOCUMENT_NOUNS
            ):
                speaker = signed_off(scene, spans)  # "…, Love, Rosie x": its signer's
            if speaker is None and _adds_to_last(scene, phrase, cue, previous_speaker, previous,
                                                 spans):
                # Rule *a role that adds is the one who just spoke*: "“…,” said Owen Pell, a
                # principal at a consultancy." ⏎ "“…,” the consultant added." — a person's
                # noun the article gave no one, with "added", goes on for the person
                # quoted right before.
                speaker = previous_speaker
            written = phrase.text
            if phrase.end > phrase.start:
                written = written_text[phrase.start : phrase.end]
            change = (speaker, cue, rule, mention_of(scene, speaker, phrase), written)
        else:
            change, speaker = _unattributed(scene, quote, spans, previous, previous_speaker,
                                            previous_end, turns)
        if speaker is not None:
            # Register where the speaker was named, for later pronouns. The same
            # call happens when the result is attributed again (idempotence).
            if found is not None:
                scene.spoken.remember(speaker, found[2], found[0])
            else:
                scene.spoken.remember_plain(speaker, spans[0][0])
        elif found is not None:
            scene.spoken.remember_unnamed(found[2], found[0])
        result.append(change)
        turn_cue, turn_rule = (change[1], change[2]) if change is not None else (quote.cue, None)
        turns = (turns[1], Turn(spans, speaker, turn_cue, turn_rule))
        previous = quote.spans
        previous_speaker = speaker
        previous_end = max(previous_end, spans[-1][1])
    _copies_of_posts(text, quotes, result)
    _headline_quotes(scene, quotes, result)
    _repeated_later(scene.text, quotes, result)
    _full_names(scene, quotes, result)
    _speaker_names(text, result)
    return result


def _full_names(
    scene: Scene, quotes: Sequence[Quote] | Sequence[Draft], result: list[Change | None]
) -> None:
    """Rule *a headline's surname is the body's full name*: a headline quote whose speaker
    is a surname alone (``Pritchard hails ‘a fine day’``) is the one person the article
    names in full with that surname (``Gwilym Pritchard`` in the lede): a headline is
    shorthand for the story under it. Not when two people of that surname are named in
    full, nor for an organisation; in the body a surname before the full name stays as
    written (``entities._surnames_named_later``)."""
    text = scene.text
    end = text.find("\n")
    if end > _HEADLINE_CHARS:
        return None  # a first line this long is no headline
    index, kinds = scene.entities.index, scene.entities.kinds
    for i in range(len(quotes)):
        quote = quotes[i]
        if not quote.spans:
            continue
        if quote.spans[0][0] >= end:
            return None  # past the headline: the common case ends here at once
        change = result[i]
        if change is None or change[0] is None or " " in change[0]:
            continue
        if kinds.get(change[0]) not in ("person", None) or not in_headline(text, quote.spans):
            continue
        full = index.surname_holder(change[0])
        if full is not None and full != change[0]:
            result[i] = (full, change[1], change[2], change[3], change[4])
    return None


def _speaker_names(text: str, result: list[Change | None]) -> None:
    """Every found speaker as the person's name (rule :func:`quotematch.names.speaker_name`).

    Resolution works with the names as the article writes them (``Mr Hale`` finds
    ``Tom Hale``); only the speaker it returns drops the titles before the name, and
    a title with no name after it (``Joint Commissioner``) is no speaker. A mention
    written with the title (``Mr Hale``) is narrowed to the name.
    """
    for i, change in enumerate(result):
        if change is None or change[0] is None:
            continue
        name = speaker_name(change[0])
        if name is None and change[2] == "post":
            name = change[0]  # an account's name that is a title ("Chef"): as written
        if name != change[0]:
            span = change[3] if name is not None else None
            if name is not None and span is not None and text[span[0] : span[1]].endswith(name):
                span = (span[1] - len(name), span[1])
            result[i] = (name, change[1], change[2], span, change[4])


# The verbs that go on with words already begun: "the consultant added".
_ADDING_CUES: Final = frozenset({"added", "adds", "continued", "continues"})


def _adds_to_last(
    scene: Scene,
    phrase: Phrase,
    cue: str | None,
    previous_speaker: str | None,
    previous: Sequence[Span],
    spans: Sequence[Span],
) -> bool:
    """True when ``the <person's noun> added`` goes on for the person quoted right before
    (see :func:`changes`): the phrase is ``the`` and one person's role noun that resolved
    to no one, echoing a trade written with that person (``consultancy``), and the previous
    quote is a person's, in this paragraph or the one before."""
    if (
        cue not in _ADDING_CUES
        or previous_speaker is None
        or not previous
        or phrase.kind != "np"
        or phrase.text.split()[0].casefold() != "the"
        or len(phrase.text.split()) != 2
        or phrase.head not in cues.PERSON_ROLES
        or scene.entities.kinds.get(previous_speaker) != "person"
    ):
        return False
    layout = scene.layout
    if layout.paragraph(spans[0][0]) - layout.paragraph(previous[-1][0]) > 1:
        return False
    # The noun must echo the trade the article gave them ("a partner at consultancy
    # Kestrel" → "the consultant"): a different role ("added the coach" after a scorer's
    # words) is somebody else.
    stem = phrase.head[: len(phrase.head) - 2]
    lo = layout.paragraphs[layout.paragraph(previous[-1][0])]
    return len(phrase.head) >= 6 and any(
        word.casefold().startswith(stem) and word.casefold() != phrase.head
        for word in scene.text[lo : spans[0][0]].split()
    )


def _unattributed(
    scene: Scene,
    quote: Quote | Draft,
    spans: Sequence[Span],
    previous: Sequence[Span],
    previous_speaker: str | None,
    previous_end: int,
    turns: tuple[Turn, Turn],
) -> tuple[Change | None, str | None]:
    """The change and speaker for a quote with no clause: a continuation or an introduction."""
    speaker = afterword(scene, spans[-1][1]) if quote.kind == "direct" else None
    if speaker is None:
        speaker = claim_maker(scene, spans[0][0], spans[-1][1])
    rule = "afterword" if speaker is not None else None
    if speaker is None and quote.kind == "direct":
        speaker = exchange(scene, turns[0], turns[1], spans)
        rule = "exchange" if speaker is not None else None
    if speaker is None:
        speaker = continuation(scene, previous, previous_speaker, spans)
        rule = "continuation" if speaker is not None else None
    if speaker is None:
        speaker = introduction(scene, spans[0][0], previous_end)
        if speaker is None and quote.kind == "direct":
            speaker = handle_lead(scene, spans[0][0], previous_end)
        if speaker is None and quote.kind == "direct":
            speaker = lead_in(scene, spans[0][0], previous_end)
        if speaker is None and quote.kind == "direct":
            speaker = answer(scene, spans[0][0], previous_end)
        if speaker is None and quote.kind == "direct":
            speaker = narration(scene, spans[0][0], previous_end)
        if speaker is not None:
            rule = "introduction"
    changed = speaker is not None or quote.cue is not None
    span = scene.entities.latest_mention(speaker, spans[0][0]) if speaker is not None else None
    if span is None and speaker is not None and speaker.startswith("@"):
        # "The top reply came from @ward_liz:": an account is no entity; where it is written.
        at = scene.text.rfind(speaker, max(0, spans[0][0] - 300), spans[0][0])
        span = (at, at + len(speaker)) if at >= 0 else None
    return ((speaker, None, rule, span, None) if changed else None), speaker


_QUOTE_WORDS: Final = re.compile(r"\w+")
_REPEAT_WORDS: Final = 5  # fewer words repeat by chance ("I don't know what happened")


def _repeated_later(
    text: str, quotes: Sequence[Quote] | Sequence[Draft], result: list[Change | None]
) -> None:
    """Rule ``repeated``: a quote nobody is named for takes the speaker of a later quote that
    repeats five or more of its words in a row under a name — a caption or pull quote
    printed after the story: ``‘I wasn’t saving any of it. I’d spend it and forget.’``
    … ``Caption: Lena Fairlie at home in Crowbridge: ‘I wasn’t saving any of it’``. Only a
    quote whose later copy was named in its own clause (rule ``named``) gives its speaker.
    The later quotes are indexed by their first three words, so each quote costs its
    own length, not the article's.
    """
    needy = [
        i
        for i in range(len(quotes))
        if (result[i] is None or result[i][0] is None)  # type: ignore[index]
        and quotes[i].speaker is None
        and quotes[i].kind in _HEADLINE_KINDS
        and quotes[i].spans
    ]
    if not needy:
        return  # the common case: every quote has a speaker, nothing to index
    index: dict[tuple[str, ...], list[tuple[int, list[str]]]] = {}
    for j in range(needy[0] + 1, len(quotes)):
        quote = quotes[j]
        found = result[j]
        if found is None or found[0] is None or found[2] != "named" or not quote.spans:
            continue
        words = [
            w.casefold() for w in _QUOTE_WORDS.findall(text, quote.spans[0][0], quote.spans[-1][1])
        ]
        if len(words) >= _REPEAT_WORDS:
            index.setdefault(tuple(words[:3]), []).append((j, words))
    if not index:
        return
    for i in needy:
        quote = quotes[i]
        words = [
            w.casefold() for w in _QUOTE_WORDS.findall(text, quote.spans[0][0], quote.spans[-1][1])
        ]
        speaker = None
        for k in range(len(words) - 2):
            for j, later in index.get(tuple(words[k : k + 3]), ()):
                if j > i and words[k : k + len(later)] == later:
                    speaker, span = result[j][0], result[j][3]  # type: ignore[index]
                    break
            if speaker is not None:
                break
        if speaker is not None:
            result[i] = (speaker, None, "repeated", span, None)


def _headline_quotes(
    scene: Scene, quotes: Sequence[Quote] | Sequence[Draft], result: list[Change | None]
) -> None:
    """A headline's quote takes the speaker of the first later quote that repeats its
    words (rule :func:`quotematch.resolve.headline`), whatever its own frame gave it.

    ``‘I'LL KNOCK HIM OUT’ Dom Achebe fires warning`` and ``Fire chief: ‘We will catch
    the arsonist’`` (the chief named only in the lede) take the speaker of the body
    quote; so does ``Carmaker Orvane slumps after warning: ‘…’``, whose frame names the
    story's subject, not the speaker. The mention is where the headline names the
    speaker, else the later quote's. The headline is a short first line that is no
    sentence (:func:`quotematch.resolve.in_headline`). A headline that gives its
    speaker a title (``‘We will rebuild,’ vows mayor``) is not someone the article gave
    another job (:func:`quotematch.resolve.headline_title_fits`).
    """
    text = scene.text
    if text.find("\n") > _HEADLINE_CHARS:
        return  # a first line this long is no headline (and would cost quadratic time)
    lines = headline_lines(text)
    end = lines[-1] if lines else -1
    for i in range(len(quotes)):
        quote = quotes[i]
        if not quote.spans:
            continue  # a quote built from a plain string sits nowhere in the text
        if quote.spans[0][0] >= end:
            return  # past the headline and its deck: the common case ends here at once
        if quote.speaker is not None:
            continue
        if quote.kind not in _HEADLINE_KINDS:
            if quote.kind == "scare" and in_headline(text, quote.spans):
                # "Osric Pendle ‘truly ashamed’ after row": a phrase read as scare
                # quotes, set right after a name
                _headline_named(scene, quotes, result, i)
            continue
        if not in_headline(text, quote.spans):
            continue
        for j in range(i + 1, len(quotes)):
            found = result[j]
            speaker = found[0] if found is not None else quotes[j].speaker
            if (
                speaker is not None
                and headline(text, quote.spans, quotes[j].spans)
                and headline_title_fits(scene, quote.spans, speaker)
            ):
                named = headline_mention(text, speaker, quote.spans)
                span = named or (found[3] if found is not None else None)
                result[i] = (speaker, None, "headline", span, None)
                break
        given = result[i]
        if (
            given is not None
            and given[2] == "named"
            and given[0] is not None
            and given[3] is not None
            and (role := headline_org_role(scene, given[0], given[3])) is not None
        ):
            # Rule *a firm's boss is no firm*: "Calloway & Finch boss: ‘…’" is the boss the
            # story names after the firm, or no one — never the firm.
            holder = headline_org_holder(scene, given[0], role)
            result[i] = None if holder is None else (holder[0], None, "headline", holder[1], None)
        if result[i] is None:
            _headline_subject(scene, quotes, result, i)


def _headline_named(
    scene: Scene, quotes: Sequence[Quote] | Sequence[Draft], result: list[Change | None], i: int
) -> bool:
    """Rule *a headline's name, then its words* (:func:`quotematch.resolve.headline_named`):
    ``Osric Pendle ‘truly ashamed’ after row`` is his when a later quote is his; True when
    it gave the headline's quote ``i`` its speaker."""
    named = headline_named(scene, quotes[i].spans)
    if named is None:
        return False
    for j in range(i + 1, len(quotes)):
        found = result[j]
        speaker = found[0] if found is not None else quotes[j].speaker
        if speaker == named.name:
            result[i] = (speaker, None, "headline", (named.start, named.end), None)
            return True
    return False


def _headline_subject(
    scene: Scene, quotes: Sequence[Quote] | Sequence[Draft], result: list[Change | None], i: int
) -> None:
    """The headline's quote ``i`` that no later quote repeats: the speaker of the first
    later quote with one, when the headline says *I* and the lede is about that speaker
    (rule :func:`quotematch.resolve.headline_subject`)."""
    quote = quotes[i]
    if _headline_named(scene, quotes, result, i):
        return
    title = headline_title(scene.text, quote.spans)
    if title is not None:
        # Rule *a headline's title is the one the story titles so*: "Sheriff on fatal
        # crash: ‘…’" and "‘A proud day’ - Minister" are the one person the article gives
        # that title or its kin; given to none or to two, the rule below may still hold.
        holder = headline_title_holder(scene, title)
        if holder is not None:
            result[i] = (holder[0], None, "headline", holder[1], None)
            return
    for j in range(i + 1, len(quotes)):
        found = result[j]
        speaker = found[0] if found is not None else quotes[j].speaker
        if speaker is None:
            continue
        if headline_subject(scene, quote.spans, quotes[j].spans, speaker):
            span = found[3] if found is not None else None
            result[i] = (speaker, None, "headline", span, None)
        return


def _copies_of_posts(
    text: str, quotes: Sequence[Quote] | Sequence[Draft], result: list[Change | None]
) -> None:
    """``One fan wrote, “…”`` right before the embedded post it copies: the post's author.

    A quote whose clause names nobody (``One fan``, ``a user``) and that
    copies the embedded post after it (rule :func:`quotematch.resolve.post`)
    is that post, quoted inline.
    """
    for i in range(len(quotes) - 1):
        change = result[i]
        after = quotes[i + 1]
        if change is None or change[0] is not None or change[4] is None:
            continue
        if after.kind != "tweet" or after.speaker is None or not after.spans:
            continue
        if post(text, quotes[i].spans, after.spans):
            span = signature(text, after.speaker, after.spans[-1][1], after.spans[0][0])
            result[i] = (after.speaker, change[1], "post", span, change[4])
