"""Finding quoted statements in article text.

The work is done in one pass over the quote marks (``_marks``), a look at the
ends of paragraphs for embedded posts (``_tweets``), a cheap classification of
each quote (``_kinds``), and here: joining quotes split around their
attribution, recording editorial brackets, ellipses and nested quotes, and
attributing speakers as :func:`quotematch.attribute.attribute` does, before
each quote is built.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any, Final

from ._bisection import bisect_left
from ._kinds import SPEECH_CUES, classify
from ._marks import RawQuote, paragraphs, scan
from ._tweets import Post, find_posts
from .attribute import Draft, changes, copies_next_post
from .clauses import find_split_attribution
from .config import Config, resolve_config
from .cues import HONORIFICS
from .models import Diagnostic, Document, Quote, QuoteKind, Span, _to_datetime
from .names import speaker_name
from .resolve import signature

__all__ = ["extract_quotes"]

# Module-level constants are Final, read compiled from C statics (see quotematch.cues).

_EDITORIAL: Final = re.compile(r"\[[^\[\]\n]{0,120}\]|\.(?:\s?\.){2,}|…")
# A dot that another dot follows, perhaps after one space: where the dotted
# ellipsis of _EDITORIAL can start (its other marks start with "[" or "…").
_DOTS: Final = re.compile(r"\.(?=\s?\.)")
_MAX_GAP: Final = 90
"""The longest attribution clause that can sit between two parts of one quote."""
_WORD: Final = r"[\w’'.-]+"
_NAME: Final = rf"(?:{_WORD}\s+){{0,5}}?{_WORD}"
# A speaker may carry an age or a short apposition: "Sara Obi, 52," "Ruiz, the captain,".
_SPEAKER: Final = rf"{_NAME}(?:,\s*[^,“”\"«»\n]{{1,50}},)?"
_VERB: Final = rf"(?:{SPEECH_CUES})"
_CUE: Final = rf"{_VERB}(?:\s+{_WORD}){{0,3}}?"
_WHEN: Final = (
    rf"(?:,?\s+(?:on|in|at|to|from|during|after|before|of|via|by|with)(?:\s+{_WORD}){{1,5}})?"
    # How the words were given, as a participle within the sentence (words with no
    # full stop): ", speaking through an interpreter", ", speaking to reporters",
    # ", talking from her kitchen".
    r"(?:,\s+(?:speaking|talking|writing)(?:\s+[\w’'-]+){1,5})?"
)
# The clause between two parts of one quote: "the club said.", ", said coach Ana
# Ruiz,", "she told BBC Radio Kent on Monday.", "according to Ruiz,".
_SPLIT_FALLBACK: Final = re.compile(
    rf"^[,;]?\s*(?:according\s+to\s+{_SPEAKER}|{_CUE}\s+{_SPEAKER}|{_SPEAKER}\s+{_CUE})"
    rf"{_WHEN}\s*[,.:;]?\s*$",
    re.IGNORECASE,
)
# A clause that runs straight into the second part, with no punctuation
# before it, must be nothing but speaker and verb ("she said “and…”").
_SPLIT_TIGHT: Final = re.compile(
    rf"^[,;]?\s*(?:{_VERB}\s+{_NAME}|{_NAME}\s+{_VERB})\s*$", re.IGNORECASE
)
# A sentence end, then a speech verb: the gap holds a second speaker's clause, as in
# "“…,” Tom Hale told reporters. Ana Ruiz said: “…”", where the fallback's loose name
# would run across the full stop and join two speakers' words. A dot after an
# honorific or an initial ("Det. Supt. Ian Marr said") ends no sentence.
_SECOND_CLAUSE: Final = re.compile(
    rf"(?<![\w.])(?!(?:{'|'.join(sorted(HONORIFICS))})[.])[\w’'-]{{2,}}[.!?]"
    rf"[ \u00a0]+\S.*?\b(?:{SPEECH_CUES})\b",
    re.IGNORECASE,
)
_OWN_ATTRIBUTION: Final = re.compile(
    rf"[,]?\s*(?:(?:{SPEECH_CUES})\s+[\w’'.-]+|(?:[\w’'.-]+\s+){{0,3}}?(?:{SPEECH_CUES})\b)",
    re.IGNORECASE,
)
_FIRST_PART_ENDS: Final = frozenset(",!?-—–…:;")
_ASKED: Final = re.compile(r"\bask(?:ed|s)\b", re.IGNORECASE)


def _part_text(text: str, spans: Sequence[Span]) -> str:
    if len(spans) == 1:  # most quotes: no joining to do
        start, end = spans[0]
        return text[start:end]
    return " ".join([text[start:end] for start, end in spans])


def _is_split(text: str, first: RawQuote, second: RawQuote) -> bool:
    """Whether ``second`` continues ``first`` across a short attribution clause."""
    if not first.closed or first.para_last != second.para_first:
        return False
    gap_start, gap_end = first.close_end, second.open_pos
    if gap_end - gap_start > _MAX_GAP or gap_end <= gap_start:
        return False
    gap = text[gap_start:gap_end]
    if "\n" in gap:
        return False
    last = text[first.parts[-1][1] - 1]
    if last not in _FIRST_PART_ENDS and not gap.startswith(","):
        return False
    if last == "?" and gap.rstrip(" \t\u00a0").endswith(":"):
        return False  # "“Will she meet me?” The minister replied: “I will.”": an answer
    if gap.rstrip()[-1:].isalnum():
        # A clause running into the quote ("she said of the “deal”").
        if _SPLIT_TIGHT.match(gap) is None:
            return False
    elif not _attribution_between(text, gap_start, gap_end):
        return False
    if not second.closed or text[second.parts[-1][1] - 1] == ".":
        return True
    # "…,” she said. “Sure?” he asked. : the second part has its own speaker.
    after = text[second.close_end : second.close_end + 40].split("\n", 1)[0]
    return _OWN_ATTRIBUTION.match(after) is None


def _continues_paragraph(
    text: str, paras: list[Span], first: RawQuote, second: RawQuote, split_before: bool = False
) -> bool:
    """Whether ``second``, opening the next paragraph, carries on ``first``'s statement.

    News prints one speaker's statement over several paragraphs and closes
    the first part where its attribution goes: ``“We will win,” Ruiz said.``
    then ``“We have the players.”`` is one statement in two parts, as is a
    paragraph that is a whole quote followed by another. ``first`` must end
    its paragraph (closed, with at most an attribution clause after it, and
    nothing but an introduction before it when no clause follows); ``second``
    must open the next paragraph and have no clause or narration after it in
    its own (``“…,” Baines replied.`` is another speaker). A question and
    the quote after it are an exchange, not one statement: nothing is joined
    after a part ending in ``?`` or a clause with *asked*, nor to a quote
    ending in ``?`` with no clause between. With ``split_before``, ``first`` is
    the second part of a quote split around its attribution in the same
    paragraph (``“We will win,” Ruiz said. “We have the players.”``): what
    stands before it is that quote and its clause, so the next paragraph's
    ``“The fans will see it.”`` carries on the same statement.
    """
    if not first.closed or second.para_first != first.para_last + 1:
        return False
    if text[first.parts[-1][1] - 1] == "?":
        return False
    para_start = paras[second.para_first][0]
    if text[para_start : second.open_pos].strip(" \t\u00a0"):
        return False
    if second.closed and text[second.close_end : paras[second.para_last][1]].strip(" \t\u00a0"):
        return False
    first_end = paras[first.para_last][1]
    if first_end - first.close_end > _MAX_GAP and not _long_clause(
        text, first.close_end, first_end
    ):
        return False
    gap = text[first.close_end : first_end].strip(" \t\u00a0")
    if not gap:
        if text[second.parts[-1][1] - 1] == "?":
            return False  # "he said: “No.”" then "“Are you sure?”"
        lead = text[paras[first.para_first][0] : first.open_pos].rstrip(" \t\u00a0")
        return split_before or not lead or lead[-1] in ":,"
    if gap[-1] != "." or text[first.parts[-1][1] - 1] not in _FIRST_PART_ENDS:
        return False
    if _ASKED.search(gap) is not None:
        return False
    # Over the gap as attribution will read it: from the closing mark to the paragraph's end.
    return _attribution_between(text, first.close_end, first_end)


# A sentence end inside a gap: the clause is followed by narration of its own.
_INNER_STOP: Final = re.compile(r"[.!?][ \u00a0]+\S")


def _long_clause(text: str, start: int, end: int) -> bool:
    """Rule *a long clause still closes a statement*: whether ``text[start:end]``, longer
    than ``_MAX_GAP`` but at most twice it, is one sentence that is all attribution clause:
    ``“…,” said Ivo Grant, a managing director at retail consultancy Lantern Advisory, who
    does not advise the company.`` — a speaker's title and a relative clause after the
    name, as business and wire copy write them, before the statement goes on in the next
    paragraph. Bounded by the gap's length, so the cost per quote stays constant.
    """
    gap = text[start:end].strip(" \t\u00a0")
    if len(gap) > 2 * _MAX_GAP or _INNER_STOP.search(gap) is not None:
        return False
    found = find_split_attribution(text, start, end)
    return found is not None and found.end >= start + len(text[start:end].rstrip()) - 1


def _attribution_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, between two parts of a quote, is an attribution clause.

    ``find_split_attribution`` is asked first: the clause it finds is cached for the
    joined quote's attribution, which reads the same gap, and the fallback pattern is
    then rarely needed (compiled, per generated article, measured for the next-paragraph
    join: 3.54 M -> 3.47 M instructions, output identical).
    """
    if find_split_attribution(text, start, end) is not None:
        return True
    gap = text[start:end]
    return _SPLIT_FALLBACK.match(gap) is not None and _SECOND_CLAUSE.search(gap) is None


def _join_split(text: str, raws: list[RawQuote], paras: list[Span]) -> list[list[RawQuote]]:
    groups: list[list[RawQuote]] = []
    for raw in raws:
        if groups and (
            _is_split(text, groups[-1][-1], raw)
            or _continues_paragraph(
                text,
                paras,
                groups[-1][-1],
                raw,
                len(groups[-1]) > 1 and groups[-1][-2].para_last == groups[-1][-1].para_first,
            )
        ):
            groups[-1].append(raw)
        else:
            groups.append([raw])
    return groups


def _editorial(text: str, spans: tuple[Span, ...], starts: list[int]) -> tuple[Span, ...]:
    """The editorial marks inside ``spans``: ``_EDITORIAL.finditer`` over each span.

    A match can start only at one of ``starts`` (:func:`_editorial_starts`),
    so the pattern is tried there alone, left to right, never inside an
    earlier match: the same matches as scanning the whole span, which costs
    far more (compiled, per generated article: about 23k instructions fewer).
    """
    found: list[Span] = []
    for start, end in spans:
        i = bisect_left(starts, start)
        done = start
        while i < len(starts) and starts[i] < end:
            at = starts[i]
            i += 1
            if at < done:
                continue
            match = _EDITORIAL.match(text, at, end)
            if match is not None:
                found.append(match.span())
                done = match.end()
    return tuple(found)


def _dot_starts(text: str) -> list[int]:
    """The starts of ``_DOTS.finditer(text)``: each dot that another dot follows,
    perhaps after one space (``\\s`` is what ``str.isspace`` calls space).

    ``text.find`` jumps from dot to dot and two characters settle each, where
    the pattern's scan builds a match object for every dot of the article
    (compiled, per generated article, callgrind: about 20k instructions fewer).

    >>> _dot_starts("Wait... No. . yes. .")
    [4, 5, 10, 17]
    """
    found: list[int] = []
    size = len(text)
    at = text.find(".")
    while at >= 0:
        after = at + 1
        if after < size and (
            text[after] == "."
            or (after + 1 < size and text[after + 1] == "." and text[after].isspace())
        ):
            found.append(at)
        at = text.find(".", after)
    return found


def _editorial_starts(text: str) -> list[int]:
    """Every offset in ``text`` where an ``_EDITORIAL`` match could start, in order.

    A quote with none of these inside has no editorial marks: one look at
    this list spares scanning the quote, and the list costs a few fast
    searches of the article.
    """
    starts = _dot_starts(text)
    for char in "[…":
        at = text.find(char)
        while at >= 0:
            starts.append(at)
            at = text.find(char, at + 1)
    starts.sort()
    return starts


def _slot_setter(name: str) -> Callable[[Quote, Any], None]:
    setter: Callable[[Quote, Any], None] = Quote.__dict__[name].__set__
    return setter


# Each of Quote's fields as the setter of its slot. Quote(...) runs attrs'
# __init__, which takes keywords and converts ``published`` for every quote;
# _new_quote fills the same slots directly, about twice as fast. A test checks
# that the two build equal quotes and that no field is left out.
_SET_ID: Final = _slot_setter("id")
_SET_DOC_ID: Final = _slot_setter("doc_id")
_SET_TEXT: Final = _slot_setter("text")
_SET_SPANS: Final = _slot_setter("spans")
_SET_KIND: Final = _slot_setter("kind")
_SET_SPEAKER: Final = _slot_setter("speaker")
_SET_CUE: Final = _slot_setter("cue")
_SET_HANDLE: Final = _slot_setter("handle")
_SET_EDITORIAL: Final = _slot_setter("editorial")
_SET_NESTED: Final = _slot_setter("nested")
_SET_DIAGNOSTICS: Final = _slot_setter("diagnostics")
_SET_SOURCE: Final = _slot_setter("source")
_SET_PUBLISHED: Final = _slot_setter("published")
_SET_SPEAKER_RULE: Final = _slot_setter("speaker_rule")
_SET_SPEAKER_SPAN: Final = _slot_setter("speaker_span")
_SET_SPEAKER_PHRASE: Final = _slot_setter("speaker_phrase")
_new_object: Final = object.__new__
_new_tuple: Final = tuple.__new__


def _new_quote(
    id: str,
    doc_id: str,
    text: str,
    spans: tuple[Span, ...],
    kind: QuoteKind,
    speaker: str | None,
    cue: str | None,
    handle: str | None,
    editorial: tuple[Span, ...],
    nested: tuple[Span, ...],
    diagnostics: tuple[Diagnostic, ...],
    source: str | None,
    published: Any,
    speaker_rule: str | None = None,
    speaker_span: Span | None = None,
    speaker_phrase: str | None = None,
) -> Quote:
    """The quote ``Quote(id=id, doc_id=doc_id, …)`` builds; ``published`` already converted."""
    quote = _new_object(Quote)
    _SET_ID(quote, id)
    _SET_DOC_ID(quote, doc_id)
    _SET_TEXT(quote, text)
    _SET_SPANS(quote, spans)
    _SET_KIND(quote, kind)
    _SET_SPEAKER(quote, speaker)
    _SET_CUE(quote, cue)
    _SET_HANDLE(quote, handle)
    _SET_EDITORIAL(quote, editorial)
    _SET_NESTED(quote, nested)
    _SET_DIAGNOSTICS(quote, diagnostics)
    _SET_SOURCE(quote, source)
    _SET_PUBLISHED(quote, published)
    _SET_SPEAKER_RULE(quote, speaker_rule)
    _SET_SPEAKER_SPAN(quote, speaker_span)
    _SET_SPEAKER_PHRASE(quote, speaker_phrase)
    return quote


def _nested(spans: tuple[Span, ...], candidates: list[Span]) -> tuple[Span, ...]:
    """The candidate spans that lie inside one of ``spans`` (both in reading order)."""
    if not candidates:
        return ()
    inside: list[Span] = []
    index = 0
    for start, end in sorted(set(candidates)):
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        if index < len(spans) and spans[index][0] <= start < end <= spans[index][1]:
            inside.append((start, end))
    return tuple(inside)


def _kind_of(text: str, group: list[RawQuote], paras: list[Span]) -> QuoteKind:
    first = group[0]
    if len(first.parts) > 1:
        return "direct"
    start, end = first.parts[0]
    kind = classify(text, first.open_pos, start, end, paras[first.para_first][0])
    if len(group) > 1 and kind not in ("direct", "partial"):
        return "direct"
    return kind


def _quotes_from_raws(
    text: str, raws: list[RawQuote], paras: list[Span]
) -> list[tuple[tuple[Span, ...], QuoteKind, list[Span], list[Diagnostic]]]:
    found = []
    for group in _join_split(text, raws, paras):
        if len(group) == 1:  # the usual case: one quote, nothing to join
            raw = group[0]
            spans = tuple(raw.parts)
            nested = raw.nested_spans()
            diagnostics = raw.diagnostics
        else:
            spans = tuple(span for raw in group for span in raw.parts)
            nested = [span for raw in group for span in raw.nested_spans()]
            diagnostics = [d for raw in group for d in raw.diagnostics]
        found.append((spans, _kind_of(text, group, paras), nested, diagnostics))
    return found


def _post_quote(
    text: str, post: Post, max_chars: int
) -> tuple[tuple[Span, ...], list[Span], list[Diagnostic]]:
    start, end = post.body
    if post.earlier:
        # A post over several paragraphs: one part per paragraph, like a
        # statement whose paragraphs each open with a mark.
        inner = scan(text, [*post.earlier, post.body], max_chars)
        nested = [span for raw in inner for span in (*raw.parts, *raw.nested_spans())]
        return (*post.earlier, (start, end)), nested, []
    inner = scan(text, [post.body], max_chars)
    if (
        len(inner) == 1
        and inner[0].closed
        and len(inner[0].parts) == 1
        and inner[0].close_end == end
        and (inner[0].open_pos == start or text[start : inner[0].open_pos].rstrip().endswith(":"))
    ):
        # The whole body is in quote marks, perhaps after a lead-in such as
        # "She posted:": report the quoted words without the marks.
        return tuple(inner[0].parts), inner[0].nested_spans(), inner[0].diagnostics
    nested = [span for raw in inner for span in (*raw.parts, *raw.nested_spans())]
    return ((start, end),), nested, []


def extract_quotes(
    text_or_document: str | Document,
    *,
    doc_id: str | None = None,
    config: Config | None = None,
) -> list[Quote]:
    """Every quoted statement in an article, in reading order.

    Args:
        text_or_document: the article, as plain text or a :class:`Document`.
        doc_id: the id to give the quotes' ``doc_id`` (default: the document's
            id, or ``"doc"`` for plain text).
        config: the :class:`Config`; ``max_quote_chars`` bounds unclosed quotes.

    Returns:
        The quotes in reading order, ids ``"<doc_id>:0"``, ``"<doc_id>:1"``…,
        each with spans into the original text and speakers filled in as
        :func:`quotematch.attribute.attribute` fills them. Never raises on odd text:
        unclosed marks become diagnostics on the quote they affect.

    >>> quotes = extract_quotes("“We are saddened,” the club said. “Our thoughts are with him.”")
    >>> [(q.text, q.kind, len(q.spans)) for q in quotes]
    [('We are saddened, Our thoughts are with him.', 'direct', 2)]
    """
    cfg = resolve_config(config)
    if isinstance(text_or_document, Document):
        text = text_or_document.text
        ident = doc_id if doc_id is not None else text_or_document.id
        source, published = text_or_document.source, text_or_document.published
    else:
        text = text_or_document
        ident = doc_id if doc_id is not None else "doc"
        source, published = None, None

    paras = paragraphs(text)
    posts = find_posts(text, paras, cfg.max_quote_chars)
    in_post = {number for post in posts for number in post.paragraphs}

    found: list[tuple[tuple[Span, ...], QuoteKind, list[Span], list[Diagnostic], Post | None]] = []
    run: list[Span] = []
    run_numbers: list[int] = []

    def flush() -> None:
        if run:
            raws = scan(text, run, cfg.max_quote_chars)
            for spans, kind, nested, diagnostics in _quotes_from_raws(text, raws, run):
                found.append((spans, kind, nested, diagnostics, None))
            run.clear()
            run_numbers.clear()

    for number, para in enumerate(paras):
        if number in in_post:
            flush()
        else:
            run.append(para)
            run_numbers.append(number)
    flush()
    for one in posts:
        spans, nested, diagnostics = _post_quote(text, one, cfg.max_quote_chars)
        found.append((spans, "tweet", nested, diagnostics, one))

    found.sort(key=lambda item: item[0][0])
    # Attribute first, on drafts, so that each Quote is built once, speaker and all.
    # tuple.__new__ builds the same Draft without its Python-level __new__ (compiled,
    # per generated article: about 17k instructions fewer). Each item is unpacked
    # whole: a starred target builds a list per quote (about 13k instructions).
    drafts = [
        _new_tuple(Draft, (spans, kind, post.name if post else None, None))
        for spans, kind, _nested, _diagnostics, post in found
    ]
    found_changes = changes(text, drafts)
    quotes = []
    published = _to_datetime(published)  # what Quote's converter would make of it
    marks = _editorial_starts(text)
    count = len(marks)
    for number, ((spans, kind, nested, diagnostics, post), change) in enumerate(
        zip(found, found_changes, strict=True)
    ):
        rule: str | None = None
        mention: Span | None = None
        phrase: str | None = None
        if change is not None:
            speaker, cue, rule, mention, phrase = change
        else:
            speaker, cue = None, None
            if post is not None:
                # the name in the signature line after the body, as a person's name
                # (rule *a speaker is a name*), or as the account writes it
                speaker = speaker_name(post.name) or post.name
                rule = "post"
                mention = (
                    signature(text, post.name, spans[-1][1], spans[0][0]) if spans else None
                )
        handle = (post.handle or None) if post else None  # a Facebook page has none
        if copies_next_post(change, kind) and number + 1 < len(found):
            copied = found[number + 1][4]  # "One fan wrote, “…”" copies this post
            handle = copied.handle if copied else None
        at = bisect_left(marks, spans[0][0]) if spans else count
        editorial = (
            _editorial(text, spans, marks) if at < count and marks[at] < spans[-1][1] else ()
        )
        quotes.append(
            _new_quote(
                f"{ident}:{number}",
                ident,
                _part_text(text, spans),
                spans,
                kind,
                speaker,
                cue,
                handle,
                editorial,
                _nested(spans, nested),
                tuple(diagnostics),
                source,
                published,
                rule,
                mention,
                phrase,
            )
        )
    return quotes
