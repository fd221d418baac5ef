"""Grouping a member's word-level differences into the phrases an editor reads.

:func:`quotematch.align.assemble` compares a member with the canonical
passage word by word and mark by mark and numbers the stretches between
agreeing words (an agreeing word, or an agreeing punctuation mark such as a
sentence's full stop, ends a stretch). This module turns each stretch into one
:class:`Phrase`: ``our pine martin appeal`` against ``our Pine Marten
appeal`` is one change ``Pine Marten`` → ``pine martin`` (a typo and a case
change), not two. A word left out and the same word added a few words away
is one ``reordering``; a change that is only marks is shown with the word
before it, so that it reads in context (``summer,`` → ``summer.``).

The categories are named by :mod:`quotematch.classify`.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs
import regex

from .classify import PRIORITY, is_editors_note, phrase_category, says_the_same
from .models import Quote, Span, VariantCategory
from .normalize import ELLIPSIS_PATTERN, comparison_words, is_bracket_mask

__all__ = [
    "Edit",
    "Phrase",
    "document_spans",
    "group_phrases",
    "reproduce_form",
    "trimmed",
]

_SPACES = regex.compile(r"\s+")
_AROUND_MARK = regex.compile(r" ?([^\w\s]) ?")
_REORDER_REACH = 3  # most agreeing words between a left-out word and the same word added
_PHRASE_REACH = 8  # ... and between a left-out phrase of two words or more and the same added
_ELLIPSIS_END = regex.compile(rf"(?:{ELLIPSIS_PATTERN})$")
_CURRENCY_SIGN = regex.compile(r"\p{Sc}\s*$")  # a sign written before the amount it belongs to
_SIGNED_AMOUNT = regex.compile(r"\p{Sc}\d")
_END_MARKS = ".!?"


@attrs.define
class Edit:
    """One primitive difference before grouping (working state).

    ``kind`` is ``word`` (a word printed differently), ``mark`` (the marks
    between words), ``omit`` or ``insert``; ``run`` numbers the stretch
    between agreeing words that it belongs to. ``placed`` marks a word whose
    only difference is a first capital that one side owes to starting a
    sentence or quote there (``We`` printed as ``we`` by a fragment).
    """

    kind: str
    cstart: int
    cend: int
    mstart: int
    mend: int
    run: int
    category: VariantCategory = "substitution"
    minor: bool = False
    editorial: bool = False
    placed: bool = False  # a case change of a first letter that its place explains


@attrs.frozen
class Phrase:
    """One editor-facing change: spans into the canonical passage and the member's text.

    ``parts`` are the smaller changes a record joined (across one agreeing
    word), each named as it was on its own: the record's meaning flags are
    theirs.
    """

    category: VariantCategory
    categories: tuple[VariantCategory, ...]
    cstart: int
    cend: int
    mstart: int
    mend: int
    minor: bool
    parts: tuple[Phrase, ...] = ()

    def pieces(self) -> tuple[Phrase, ...]:
        """The changes this record stands for: its parts, or itself."""
        return tuple(p for part in self.parts for p in part.pieces()) or (self,)


def reproduce_form(text: str) -> str:
    """The form in which :func:`apply_variants` reproduces a member's text.

    Runs of whitespace become one space, the ends are stripped, and spaces
    next to a punctuation mark are dropped. Words, their case, punctuation
    and typography all count; only the spacing around marks does not.

    >>> reproduce_form("  We will , of course…  rebuild ")
    'We will,of course…rebuild'
    """
    return _AROUND_MARK.sub(r"\1", _SPACES.sub(" ", text).strip())


def trimmed(
    canonical: str, cs: int, ce: int, text: str, ms: int, me: int
) -> tuple[int, int, int, int]:
    """Shrink two differing stretches by their common first and last characters.

    >>> trimmed("summer, and", 6, 8, "summer. and", 6, 8)
    (6, 7, 6, 7)
    """
    while cs < ce and ms < me and canonical[cs] == text[ms]:
        cs += 1
        ms += 1
    while cs < ce and ms < me and canonical[ce - 1] == text[me - 1]:
        ce -= 1
        me -= 1
    return cs, ce, ms, me


def document_spans(quote: Quote, start: int, end: int) -> tuple[Span, ...]:
    """Where ``quote.text[start:end]`` sits in the document, one span per printed part.

    >>> q = Quote(id="d:0", doc_id="d", text="We won and we will", spans=((1, 7), (20, 31)))
    >>> document_spans(q, 3, 10)
    ((4, 7), (20, 23))
    """
    if not quote.spans:
        return ((start, end),)
    if start >= end:
        at = quote.document_offset(start)
        return ((at, at),)
    result: list[Span] = []
    base = 0
    for part_start, part_end in quote.spans:
        length = part_end - part_start
        lo, hi = max(start, base), min(end, base + length)
        if lo < hi:
            result.append((part_start + lo - base, part_start + hi - base))
        base += length + 1
    if not result:
        at = quote.document_offset(start)
        return ((at, at),)
    return tuple(result)


def group_phrases(
    edits: Sequence[Edit],
    canonical: str,
    text: str,
    canonical_words: Sequence[tuple[int, int]],
    member_words: tuple[Sequence[int], Sequence[int]],
) -> list[Phrase]:
    """One :class:`Phrase` per stretch of ``edits``, in reading order.

    ``canonical_words`` are the (start, end) of each word of ``canonical``;
    ``member_words`` the starts and ends of the words of ``text``. Edits of
    one stretch (same ``run``) become one phrase; a left-out word and the
    same word added nearby become one ``reordering``; a phrase that starts
    with a mark takes in the agreeing word before it.
    """
    phrases = [
        _phrase(piece, canonical, text)
        for _, group in itertools.groupby(edits, key=lambda e: e.run)
        for part in _sentences(list(group), canonical, text)
        for placed in _placed_apart(part)
        for piece in _case_apart(placed, text)
    ]
    phrases = _join_reorderings(phrases, canonical, text, canonical_words)
    phrases = _join_across_a_word(phrases, canonical, text)
    phrases = _join_title_case(phrases, canonical, text)
    phrases = [part for phrase in phrases for part in _stop_apart(phrase, canonical, text)]
    return _with_context(phrases, canonical, text, canonical_words, member_words)


def _placed_apart(group: list[Edit]) -> list[list[Edit]]:
    """Take a capital of place out of the change beside it.

    A fragment that prints ``we may`` for the passage's ``We must`` changed
    ``must`` to ``may``; its lower-case ``we`` only says that the quote
    starts inside the reporter's sentence. That case change is a record of
    its own (minor), so the editor reads ``must`` → ``may``. A stretch that
    is all case changes (a headline's ``Overwhelmed By The Response``)
    stays one record, and so does a capital that words added before it took
    over (``Tempers were`` → ``The tempers were`` is one insertion) or
    that a changed mark before it moved (``lost. But`` → ``lost, but``: one
    sentence made of two).
    """
    if len(group) < 2 or not any(e.placed for e in group):
        return [group]
    if all(e.kind == "word" and e.category == "case" for e in group):
        return [group]
    pieces: list[list[Edit]] = [[]]
    for k, e in enumerate(group):
        if e.placed and not (k and group[k - 1].kind in ("insert", "mark")):
            pieces.extend(([e], []))
        else:
            pieces[-1].append(e)
    return [piece for piece in pieces if piece]


_CASE_RUN = 2  # the fewest recased words beside a gap that read as a headline's Title Case


def _case_apart(group: list[Edit], text: str) -> list[list[Edit]]:
    """Take a run of words printed in Title Case out of the words left out or added beside it.

    A headline that prints ``They Beat Us With A Penalty … We Will Be
    Appealing`` for ``They beat us with a penalty that nobody in the ground
    believed was fair, and we will be appealing`` changed the case of words
    (minor) and left a clause out at the ellipsis (not minor): records apart, so that
    the editor reads the clause left out apart from the house style. A
    single recased word stays with the change beside it (``Tempers were``
    → ``The tempers were``: the capital moved to the word added), and so do
    words printed in lower case (``the Coastal Path`` → ``coastal path`` is one
    changed phrase: no headline prints lower case).
    """
    if len(group) <= _CASE_RUN or not any(
        e.kind in ("omit", "insert") or e.category == "ellipsis" for e in group
    ):
        return [group]
    lead = 0
    while lead < len(group) and _recased(group[lead], text):
        lead += 1
    tail = len(group)
    while tail > lead and _recased(group[tail - 1], text):
        tail -= 1
    start = lead if lead >= _CASE_RUN else 0
    end = tail if len(group) - tail >= _CASE_RUN else len(group)
    return [piece for piece in (group[:start], group[start:end], group[end:]) if piece]


def _recased(edit: Edit, text: str) -> bool:
    """Whether ``edit`` is a word whose case alone changed, printed with a capital."""
    printed = text[edit.mstart : edit.mend]
    return edit.kind == "word" and edit.category == "case" and printed[:1].isupper()


def _stop_apart(phrase: Phrase, canonical: str, text: str) -> list[Phrase]:
    """An ellipsis that ends a sentence stands for the words; the full stop is a minor record.

    ``like that from a linesman. He`` printed as ``like that ... He``: the
    dots stand for ``from a linesman`` and end the sentence as its full stop
    did, so the record is ``from a linesman`` → ``...`` and the full stop left
    out is reported apart, as minor punctuation.
    """
    old, new = canonical[phrase.cstart : phrase.cend], text[phrase.mstart : phrase.mend]
    if (
        phrase.category != "ellipsis"
        or len(old) < 2
        or old[-1] not in ".!?"
        or not old[-2].isalnum()
        or not _ELLIPSIS_END.search(new)
        or not _opens_sentence(text, phrase.mend)
    ):
        return [phrase]
    stop = phrase.cend - 1
    return [
        attrs.evolve(phrase, cend=stop),
        Phrase("punctuation", ("punctuation",), stop, phrase.cend, phrase.mend, phrase.mend, True),
    ]


def _opens_sentence(text: str, at: int) -> bool:
    """Whether what follows ``at`` is the end of the text or a capitalised word."""
    rest = text[at:].lstrip()
    return not rest or rest[:1].isupper()


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?"))


def _sentences(group: list[Edit], canonical: str, text: str) -> list[list[Edit]]:
    """Cut a stretch where both sides end a sentence inside it: one phrase per sentence.

    ``was wrong. Tempers were`` printed as ``was an error. The tempers
    were`` is two changes, ``wrong.`` → ``an error.`` and ``Tempers`` →
    ``The tempers``, however the left-out and added words interleave.
    """
    if len(group) < 2 or any(e.editorial for e in group):
        return [group]
    c_end = next(
        (
            k
            for k, e in enumerate(group)
            if e.kind == "omit" and _ends_sentence(canonical[e.cstart : e.cend])
        ),
        None,
    )
    m_end = next(
        (
            k
            for k, e in enumerate(group)
            if e.kind == "insert" and _ends_sentence(text[e.mstart : e.mend])
        ),
        None,
    )
    if c_end is None or m_end is None:
        return [group]
    first: list[Edit] = []
    rest: list[Edit] = []
    for k, e in enumerate(group):
        if e.kind == "omit":
            early = k <= c_end
        elif e.kind == "insert":
            early = k <= m_end
        else:
            early = k < min(c_end, m_end)
        (first if early else rest).append(e)
    if not rest or not first:
        return [group]
    # Words added (left out) in the second sentence go after the first one's.
    c_cut, m_cut = group[c_end].cend, group[m_end].mend
    first = [_anchored(e, c_cut, m_cut, before=True) for e in first]
    rest = [_anchored(e, c_cut, m_cut, before=False) for e in rest]
    if c_cut > min(e.cstart for e in rest) or m_cut > min(e.mstart for e in rest):
        return [group]
    return [first, *_sentences(rest, canonical, text)]


def _anchored(edit: Edit, c_cut: int, m_cut: int, before: bool) -> Edit:
    """Put the zero-width side of an added or left-out word on its side of the cut."""
    if edit.kind == "insert" and (edit.cstart > c_cut if before else edit.cstart < c_cut):
        return attrs.evolve(edit, cstart=c_cut, cend=c_cut)
    if edit.kind == "omit" and (edit.mstart > m_cut if before else edit.mstart < m_cut):
        return attrs.evolve(edit, mstart=m_cut, mend=m_cut)
    return edit


def _phrase(group: list[Edit], canonical: str, text: str) -> Phrase:
    cs, ce = min(e.cstart for e in group), max(e.cend for e in group)
    ms, me = min(e.mstart for e in group), max(e.mend for e in group)
    if len(group) > 1 or group[0].kind == "mark":
        cs, ce, ms, me = _shrink(canonical, cs, ce, text, ms, me)
    if any(e.kind != "mark" for e in group):
        # A full stop both print after the changed words is not part of the change:
        # "didn't." printed as "did not." is "didn't" -> "did not".
        while (
            ce > cs
            and me > ms
            and canonical[ce - 1] == text[me - 1] in _END_MARKS
            and text[me - 2 : me - 1] not in (".", "…")  # the last dot of an ellipsis
        ):
            ce -= 1
            me -= 1
    if any(e.editorial for e in group):
        # Brackets around words printed as in the passage, or an editor's note beside
        # them ("there [sic] own"), change nothing said.
        minor = all(e.kind == "mark" for e in group) or is_editors_note(
            canonical[cs:ce], text[ms:me]
        )
        return Phrase("editorial_bracket", ("editorial_bracket",), cs, ce, ms, me, minor)
    gaps = any(e.kind in ("omit", "insert") for e in group)
    if gaps and any(e.category == "ellipsis" for e in group):
        return Phrase("ellipsis", ("ellipsis",), cs, ce, ms, me, False)
    parts: list[tuple[VariantCategory, bool]] = []
    for e in group:
        if e.kind == "omit":
            parts.append(("omission", False))
        elif e.kind == "insert":
            parts.append(("insertion", False))
        else:
            parts.append((e.category, e.minor))
    if len(parts) == 1 and group[0].kind == "word":
        cs, ce, ms, me = _changed_part(canonical, cs, ce, text, ms, me)
    if len(parts) == 1 and group[0].kind in ("word", "mark"):
        return Phrase(parts[0][0], (parts[0][0],), cs, ce, ms, me, parts[0][1])
    category, categories, minor = phrase_category(parts, canonical[cs:ce], text[ms:me])
    return Phrase(category, categories, cs, ce, ms, me, minor)


def _changed_part(
    canonical: str, cs: int, ce: int, text: str, ms: int, me: int
) -> tuple[int, int, int, int]:
    """The part of one compared word that changed, when it is printed as several.

    An amount is one compared word however it is written, so ``10 per
    cent`` against ``15 per cent`` differ in ``10`` → ``15`` and ``10 per
    cent`` against ``10 percent`` in ``per cent`` → ``percent``: words
    printed alike at either end are left out, keeping a word on each side.

    >>> a, b = "a 10 per cent cut", "a 15 per cent cut"
    >>> cs, ce, ms, me = _changed_part(a, 2, 13, b, 2, 13)
    >>> a[cs:ce], b[ms:me]
    ('10', '15')
    """
    old, new = canonical[cs:ce], text[ms:me]
    if " " not in old and " " not in new:
        return cs, ce, ms, me
    a, b = old.split(" "), new.split(" ")
    head = 0
    while head < min(len(a), len(b)) - 1 and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - 1 - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    if not head and not tail:
        return cs, ce, ms, me
    cut_a = sum(len(w) + 1 for w in a[:head]), sum(len(w) + 1 for w in a[len(a) - tail :])
    cut_b = sum(len(w) + 1 for w in b[:head]), sum(len(w) + 1 for w in b[len(b) - tail :])
    return cs + cut_a[0], ce - cut_a[1], ms + cut_b[0], me - cut_b[1]


def _shrink(
    canonical: str, cs: int, ce: int, text: str, ms: int, me: int
) -> tuple[int, int, int, int]:
    """Leave the whitespace at either end of a stretch outside it."""
    while cs < ce and canonical[cs].isspace():
        cs += 1
    while ce > cs and canonical[ce - 1].isspace():
        ce -= 1
    while ms < me and text[ms].isspace():
        ms += 1
    while me > ms and text[me - 1].isspace():
        me -= 1
    return cs, ce, ms, me


def _join_reorderings(
    phrases: list[Phrase], canonical: str, text: str, canonical_words: Sequence[tuple[int, int]]
) -> list[Phrase]:
    """Join a left-out phrase and the same words added a few words away into a reordering.

    ``should have not`` printed as ``should not have`` is ``not`` added
    before ``have`` and left out after it: one ``reordering`` of ``have not``.
    A moved phrase of two words or more (``did not in any real sense consult
    the families`` for ``did not consult the families in any real sense``) may
    move further, up to :data:`_PHRASE_REACH` words, in one sentence: a single
    common word left out in one place and added in another is as often two
    edits.
    """
    word_starts = [start for start, _ in canonical_words]
    result: list[Phrase] = []
    for phrase in phrases:
        if result and _moved(result[-1], phrase, canonical, text):
            before = result[-1]
            between = bisect.bisect_left(word_starts, phrase.cstart) - bisect.bisect_left(
                word_starts, before.cend
            )
            sentence = canonical[before.cend : phrase.cstart]
            reach = _REORDER_REACH if _moved_words(phrase, canonical, text) < 2 else _PHRASE_REACH
            if between <= reach and not any(ch in sentence for ch in ".!?;"):
                cs, ce, ms, me = _shrink(
                    canonical, before.cstart, phrase.cend, text, before.mstart, phrase.mend
                )
                # "March 3" moved to "3 March" is one date written another way
                category, categories, minor = phrase_category(
                    [("reordering", False)], canonical[cs:ce], text[ms:me]
                )
                result[-1] = Phrase(category, categories, cs, ce, ms, me, minor)
                continue
        result.append(phrase)
    return result


_REWORDED = frozenset(("substitution", "typo"))
_ONE_WORD = regex.compile(r"\s+[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*\s+")


def _join_across_a_word(phrases: list[Phrase], canonical: str, text: str) -> list[Phrase]:
    """Join two reworded words that only one agreeing word keeps apart.

    ``do permanent damage`` printed as ``cause permanent damages`` is one
    change of wording, read as one phrase, not ``do`` → ``cause`` and
    ``damage`` → ``damages``. Both sides must be one word printed as another
    (a substitution or a typo, not minor), and the word between them must be
    printed alike with nothing but spaces around it; longer changes stay
    apart (a sentence rewritten in many places is :mod:`quotematch.rewrites`'
    business). A change of form on
    either side (``didn't`` → ``did not``, ``two`` → ``2``) stays its own record.
    Two words left out around one kept word are one record too (see
    :func:`_left_out_around_a_word`).
    """
    result: list[Phrase] = []
    for phrase in phrases:
        if result:
            before = result[-1]
            between = canonical[before.cend : phrase.cstart]
            if (
                before.category in _REWORDED
                and phrase.category in _REWORDED
                and not before.minor
                and not phrase.minor
                and _ONE_WORD.fullmatch(between)
                and text[before.mend : phrase.mstart] == between
                and not any(_same_words(p, canonical, text) for p in (before, phrase))
                and all(_one_word(p, canonical, text) for p in (before, phrase))
            ):
                kinds = (*before.categories, *phrase.categories)
                ordered = tuple(sorted(set(kinds), key=PRIORITY.index))
                result[-1] = Phrase(
                    ordered[0],
                    ordered,
                    before.cstart,
                    phrase.cend,
                    before.mstart,
                    phrase.mend,
                    False,
                    (before, phrase),
                )
                continue
            if _left_out_around_a_word(before, phrase, canonical, text):
                start = before.mstart
                while start < phrase.mend and text[start].isspace():
                    start += 1
                result[-1] = Phrase(
                    "omission",
                    ("omission",),
                    before.cstart,
                    phrase.cend,
                    start,
                    phrase.mend,
                    False,
                    (before, phrase),
                )
                continue
        result.append(phrase)
    return result


def _left_out_around_a_word(first: Phrase, second: Phrase, canonical: str, text: str) -> bool:
    """Whether two words left out keep only one agreeing word between them.

    ``before the people affected have`` printed as ``before people have`` cut
    the phrase ``the people affected`` down to ``people``: one record, as two
    words reworded across one agreeing word are.
    """
    between = canonical[first.cend : second.cstart]
    return (
        first.category == second.category == "omission"
        and not first.minor
        and not second.minor
        and first.mstart == first.mend
        and second.mstart == second.mend
        and _ONE_WORD.fullmatch(between) is not None
        and text[first.mend : second.mstart].strip() == between.strip()
        and not any(ch.isspace() for ch in canonical[first.cstart : first.cend].strip())
        and not any(ch.isspace() for ch in canonical[second.cstart : second.cend].strip())
    )


def _join_title_case(phrases: list[Phrase], canonical: str, text: str) -> list[Phrase]:
    """Join case changes that only capitalised words keep apart: one headline's Title Case.

    ``We'll Be Back Next Summer, I Promise`` against ``we'll be back next
    summer, I promise`` is one case change; ``I`` (or a name) between the
    recased words is capitalised on both sides, so it agrees and would split
    the record in two. At most two such words, in one sentence.
    """
    result: list[Phrase] = []
    for phrase in phrases:
        if result and _title_cased_across(result[-1], phrase, canonical, text):
            before = result[-1]
            result[-1] = attrs.evolve(
                before, cend=phrase.cend, mend=phrase.mend, parts=(*before.pieces(), phrase)
            )
            continue
        result.append(phrase)
    return result


def _title_cased_across(first: Phrase, second: Phrase, canonical: str, text: str) -> bool:
    between = canonical[first.cend : second.cstart]
    words = between.split()
    return (
        first.category == second.category == "case"
        and first.minor
        and second.minor
        and text[first.mend : second.mstart] == between
        and len(words) <= 2
        and not any(mark in between for mark in _END_MARKS)
        and all(w.strip(",;:")[:1].isupper() for w in words if w.strip(",;:"))
    )


def _one_word(phrase: Phrase, canonical: str, text: str) -> bool:
    """Whether a phrase is one word printed as one other word."""
    old, new = canonical[phrase.cstart : phrase.cend], text[phrase.mstart : phrase.mend]
    return bool(old) and bool(new) and not any(ch.isspace() for ch in old + new)


def _same_words(phrase: Phrase, canonical: str, text: str) -> bool:
    return says_the_same(canonical[phrase.cstart : phrase.cend], text[phrase.mstart : phrase.mend])


def _moved_words(phrase: Phrase, canonical: str, text: str) -> int:
    """How many words a left-out or added phrase holds."""
    if phrase.category == "omission":
        return len(comparison_words(canonical[phrase.cstart : phrase.cend]))
    return len(comparison_words(text[phrase.mstart : phrase.mend]))


def _moved(first: Phrase, second: Phrase, canonical: str, text: str) -> bool:
    kinds = {first.category, second.category}
    if kinds != {"omission", "insertion"}:
        return False
    words = [
        comparison_words(
            canonical[p.cstart : p.cend] if p.category == "omission" else text[p.mstart : p.mend]
        )
        for p in (first, second)
    ]
    return bool(words[0]) and words[0] == words[1]


_CUT_WORDS = 2  # the fewest words an ellipsis stands for that read as a record on their own


def _cut_words(phrase: Phrase, canonical: str) -> bool:
    """Whether ``phrase`` is an ellipsis standing for a stretch of words: what it cut is the record.

    The mark the cut words start with (``changing — slowly, but it is
    changing`` printed as ``changing …``) went with them, so the record is
    ``— slowly, but it is changing`` → ``…`` and needs no agreeing word
    beside it. A single word cut (``summer, and`` → ``summer …``) keeps the
    word before it, which shows where the cut is, and so does a cut that
    starts after a full stop (``tour. All 23 shows`` → ``tour …``): a
    record opening on a stop would not show which sentence it follows.
    """
    cut = canonical[phrase.cstart : phrase.cend]
    return (
        phrase.category == "ellipsis"
        and not cut.startswith((".", "!", "?"))
        and len(comparison_words(cut)) >= _CUT_WORDS
    )


def _with_context(
    phrases: list[Phrase],
    canonical: str,
    text: str,
    canonical_words: Sequence[tuple[int, int]],
    member_words: tuple[Sequence[int], Sequence[int]],
) -> list[Phrase]:
    """Let a phrase that starts with a mark take in the agreeing word before it.

    An ellipsis that stands for words (:func:`_cut_words`) does not: the
    words it cut, with the mark before them, are the record.

    A phrase of marks ending in a currency sign (``$`` dropped before
    ``1.2 billion``) takes in the amount after it instead, which the sign belongs to.

    A hyphen added or dropped inside a word (``long-term`` → ``long term``)
    takes in the word after it too, so that the record shows the whole word.
    """
    starts, ends = member_words
    canonical_ends = [end for _, end in canonical_words]
    result: list[Phrase] = []
    for n, phrase in enumerate(phrases):
        shown = canonical[phrase.cstart : phrase.cend] or text[phrase.mstart : phrase.mend]
        if phrase.category == "spelling_locale" and shown[:1].isalnum():
            # A compound hyphenated on the member's side only: "the" -> "-the-".
            shown = text[phrase.mstart : phrase.mend]
        if (
            shown[:1].isalnum()
            or not shown
            or phrase.category == "editorial_bracket"
            or is_bracket_mask(shown)  # "[expletive]" for a masked word: a word of its own
            or _SIGNED_AMOUNT.match(shown)  # "$1.2bn": the sign opens the amount
            or _cut_words(phrase, canonical)  # ", slowly but surely" -> "…": the words cut
        ):
            result.append(phrase)
            continue
        if _CURRENCY_SIGN.search(canonical[phrase.cstart : phrase.cend]) or _CURRENCY_SIGN.search(
            text[phrase.mstart : phrase.mend]
        ):
            # A currency sign belongs to the amount after it: "$1.2bn" -> "1.2bn".
            phrase = _with_next_word(
                phrase, phrases[n + 1 : n + 2], canonical, text, canonical_words, member_words
            )
            result.append(phrase)
            continue
        c = bisect.bisect_right(canonical_ends, phrase.cstart) - 1
        t = bisect.bisect_right(ends, phrase.mstart) - 1
        floor_c = result[-1].cend if result else 0
        floor_m = result[-1].mend if result else 0
        if c < 0 or t < 0:
            result.append(phrase)
            continue
        cw_start, cw_end = canonical_words[c]
        if (
            cw_start < floor_c
            or starts[t] < floor_m
            or canonical[cw_start:cw_end] != text[starts[t] : ends[t]]
        ):
            result.append(phrase)
            continue
        phrase = attrs.evolve(phrase, cstart=cw_start, mstart=starts[t])
        if phrase.category == "spelling_locale" and not shown[-1:].isalnum():
            phrase = _with_next_word(
                phrase, phrases[n + 1 : n + 2], canonical, text, canonical_words, member_words
            )
        result.append(phrase)
    return result


def _with_next_word(
    phrase: Phrase,
    following: Sequence[Phrase],
    canonical: str,
    text: str,
    canonical_words: Sequence[tuple[int, int]],
    member_words: tuple[Sequence[int], Sequence[int]],
) -> Phrase:
    """``phrase`` extended over the agreeing word after it, if no other phrase starts there."""
    starts, ends = member_words
    c = bisect.bisect_left(canonical_words, (phrase.cend, phrase.cend))
    t = bisect.bisect_left(starts, phrase.mend)
    if c >= len(canonical_words) or t >= len(starts):
        return phrase
    cw_start, cw_end = canonical_words[c]
    ceiling_c = following[0].cstart if following else len(canonical)
    ceiling_m = following[0].mstart if following else len(text)
    if (
        cw_end > ceiling_c
        or ends[t] > ceiling_m
        or canonical[cw_start:cw_end] != text[starts[t] : ends[t]]
    ):
        return phrase
    return attrs.evolve(phrase, cend=cw_end, mend=ends[t])
