"""Pairing quote marks: paragraphs, apostrophes and a one-pass stack scan.

The scan visits every quote-mark character once, left to right, and decides
from the characters on either side (and from what is currently open) whether
it opens a quote, closes one, or is an apostrophe. It never backtracks, so
hostile input (a megabyte of marks, thousands of unclosed openers) costs time
linear in its length. The open stack is capped, and every open quote is
closed as unclosed at the end of its paragraph or after ``max_chars``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from .models import Diagnostic, Span

__all__ = ["RawQuote", "marks", "paragraphs", "positions", "scan", "trim"]

# The module's constants are Final: compiled, a Final is read from a C static
# (an int is inlined) where any other module-level name is looked up in the
# module's dict at every use (per generated article: about 56k instructions fewer).

# Families of marks: which closer can end which opener.
DOUBLE: Final = 0
SINGLE: Final = 1
LOW_DOUBLE: Final = 2
LOW_SINGLE: Final = 3
GUILLEMET: Final = 4
_CLOSES_DOUBLE: Final = (DOUBLE, LOW_DOUBLE)
_CLOSES_SINGLE: Final = (SINGLE, LOW_SINGLE)

_MAX_DEPTH: Final = 12
"""Openers nested deeper than this are ignored (real text nests two or three)."""
_SEARCH_DEPTH: Final = 4
"""How far down the open stack a closer looks for its opener."""

# Every alternative starts with a literal, so the engine can skip straight to
# the next mark. A single ' or ’ between two letters or digits (don’t, O’Neill)
# is never a mark: the pattern leaves it out, saving the scan a step for each.
_TOKEN: Final = re.compile(
    "``|''|'(?<![^\\W_]')|'(?![^\\W_])|‘‘|‘|’’|’(?<![^\\W_]’)|’(?![^\\W_])"
    '|"|“|”|„|«|»|‚'
    "|&(?:quot|ldquo|rdquo|lsquo|rsquo|bdquo|laquo|raquo|apos|#34|#39|#822[0-2]|#821[6-8]);"
)
_MARK_CHARS: Final = "\"“”„«»‚'‘’`&"
"""The first characters of the alternatives of ``_TOKEN``: every mark starts with one."""
_ALWAYS_A_MARK: Final = frozenset('"“”„«»‚')
"""Characters that are a whole mark wherever they stand (no longer token starts with them)."""
# Character references left behind by careless HTML stripping act as their marks.
_ENTITY: Final = {
    "&quot;": '"', "&#34;": '"', "&ldquo;": "“", "&#8220;": "“", "&rdquo;": "”",
    "&#8221;": "”", "&bdquo;": "„", "&#8222;": "„", "&lsquo;": "‘", "&#8216;": "‘",
    "&rsquo;": "’", "&#8217;": "’", "&#8218;": "‚", "&apos;": "'", "&#39;": "'",
    "&laquo;": "«", "&raquo;": "»",
}  # fmt: skip
_DOUBLE_MARK: Final = re.compile('[“”"„«»]')
_EXTRA_SPACE: Final = frozenset("\u200b\u200c\u200d\u2060\ufeff")
# After a possible opening apostrophe: rock ’n’ roll, ’em, ’til, ’90s, ’cause.
_ELISION: Final = re.compile(
    r"(?:n['’‘](?![^\W\d_])|(?i:em|til|cause|cos|bout|tis|twas)(?![^\W\d_])"
    r"|(?:ere|im|er|ow)(?![^\W\d_])|\d\ds(?![^\W\d_]))"
)
# A two-digit year after a word: the Spring ’24 range, the class of '99.
_YEAR: Final = re.compile(r"\d\d(?!\w)")
# Context classes of the character before / after a mark.
_SPACE: Final = 0
_OPEN: Final = 1
_WORD: Final = 2
_PUNCT: Final = 3
_OPEN_CHARS: Final = frozenset("([{<—–-/“‘„‚«¿¡")
_WEAK_BEFORE: Final = frozenset("sSzZxX")
_SOFT_END: Final = frozenset(",;")
_RUN_ON_END: Final = frozenset(",.!?…—–-")
_CLOSING_START: Final = frozenset("”»,.;:!?)]}")


def _classify_char(ch: str) -> int:
    if not ch or ch.isspace() or ch in _EXTRA_SPACE:
        return _SPACE
    if ch.isalnum():
        return _WORD
    if ch in _OPEN_CHARS:
        return _OPEN
    return _PUNCT


class _CharClasses(dict[str, int]):
    """The context class of each character: stored for common ones, worked out for the rest."""

    def __missing__(self, ch: str) -> int:
        return _classify_char(ch)


_CLASS: Final = _CharClasses({chr(code): _classify_char(chr(code)) for code in range(0x250)})
_CLASS.update({ch: _classify_char(ch) for ch in "".join(_OPEN_CHARS) + "”’»…\u00a0\u200b"})


def marks(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
    """The marks of ``text[start:end]`` as ``(start, end, mark)``, in order.

    The tokens of ``_TOKEN.finditer(text, start, end)``, with character
    references replaced by their marks and apostrophes inside words left out
    however they are written (``don’t``, ``don&rsquo;t``). Found faster than
    by the pattern: ``str.find`` jumps from one mark character to the next,
    where the regex engine would test every character of the text against
    its set of first characters. The pattern itself runs only at ampersands;
    doubled marks and apostrophes are told apart here from their neighbours.

    >>> list(marks("“Don’t,” she said. &lsquo;Go.’", 0, 30))
    [(0, 1, '“'), (7, 8, '”'), (19, 26, '‘'), (29, 30, '’')]
    """
    found = positions(text, _MARK_CHARS, start, end)
    done = start
    always = _ALWAYS_A_MARK
    for at in found:
        if at < done:
            continue  # the second character of a mark already found: ‘‘, ``
        ch = text[at]
        if ch in always:
            done = at + 1
            yield at, done, ch
        elif ch == "&":
            match = _TOKEN.match(text, at, end)
            if match is None:
                continue
            done = match.end()
            mark = _ENTITY[match.group()]
            if (
                (mark == "’" or mark == "'")
                and at > 0
                and done < len(text)
                and text[at - 1].isalnum()
                and text[done].isalnum()
            ):
                continue  # an apostrophe inside a word, written as a reference
            yield at, done, mark
        else:  # ` ' ‘ ’
            after = at + 1
            if after < end and text[after] == ch:
                done = after + 1
                yield at, done, ch + ch
            elif ch == "`":
                continue  # only `` is a mark
            elif (
                ch != "‘"
                and at > 0
                and after < end
                and text[at - 1].isalnum()
                and text[after].isalnum()
            ):
                continue  # an apostrophe inside a word: don’t, O’Neill
            else:
                done = after
                yield at, done, ch


def positions(text: str, chars: str, start: int, end: int) -> list[int]:
    """Where any of ``chars`` occurs in ``text[start:end]``, in text order.

    >>> positions("a—b-c—", "-—", 0, 6)
    [1, 3, 5]
    """
    found: list[int] = []
    for ch in chars:
        # text.find itself, not a bound method kept in a local: compiled, the
        # method is a native call, the local one goes through the interpreter
        # (in the mark scan, per generated article: about 70k instructions fewer).
        at = text.find(ch, start, end)
        while at >= 0:
            found.append(at)
            at = text.find(ch, at + 1, end)
    found.sort()
    return found


def trim(text: str, start: int, end: int) -> Span:
    """Shrink ``(start, end)`` past surrounding whitespace.

    >>> trim("  we won \\n", 0, 10)
    (2, 8)
    """
    while start < end and (text[start].isspace() or text[start] in _EXTRA_SPACE):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EXTRA_SPACE):
        end -= 1
    return start, end


def paragraphs(text: str) -> list[Span]:
    """The paragraphs of ``text`` as trimmed spans, one per line.

    A line break inside a sentence (the line before ends in a letter or a
    comma and the next starts with a lower-case letter), or before a closing
    mark or punctuation, is taken as a soft wrap and does not end the
    paragraph.

    >>> paragraphs("One.\\n\\nTwo and\\nthree.")
    [(0, 4), (6, 20)]
    """
    result: list[Span] = []
    last = ""  # the last character of the paragraph before
    for start, end in _lines(text):
        first = text[start]
        if last and (
            first in _CLOSING_START or ((last.isalnum() or last in _SOFT_END) and first.islower())
        ):
            result[-1] = (result[-1][0], end)
        else:
            result.append((start, end))
        last = text[end - 1]
    return result


# Line breaks of str.splitlines other than "\n".
_OTHER_BREAKS: Final = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _lines(text: str) -> list[Span]:
    """Each line of ``text`` that holds more than blank space, trimmed (:func:`trim`).

    Where ``"\\n"`` is the only line break, each line is found by ``text.find``
    and trimmed by reading its ends in place; ``str.splitlines`` and ``str.strip``
    copy every line twice (compiled, per generated article, callgrind: about
    50k instructions fewer). Other text is split as ``str.splitlines`` splits it.

    >>> _lines("One.\\n\\n  Two \\u200b\\n")
    [(0, 4), (8, 11)]
    """
    for ch in _OTHER_BREAKS:
        if ch in text:
            return _split_lines(text)
    found: list[Span] = []
    extra = _EXTRA_SPACE
    size = len(text)
    line_start = 0
    while line_start < size:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = size
        start, end = line_start, line_end
        line_start = line_end + 1
        while start < end and text[start].isspace():
            start += 1
        if start == end:
            continue
        while text[end - 1].isspace():
            end -= 1
        if text[start] in extra or text[end - 1] in extra:
            start, end = trim(text, start, end)
            if start == end:
                continue
        found.append((start, end))
    return found


def _split_lines(text: str) -> list[Span]:
    """:func:`_lines` by ``str.splitlines``, for text with any of its line breaks."""
    found: list[Span] = []
    offset = 0
    extra = _EXTRA_SPACE
    for line in text.splitlines(keepends=True):
        line_start = offset
        offset += len(line)
        body = line.strip()
        if not body:
            continue
        start = line_start if line[0] == body[0] else line_start + line.find(body[0])
        end = start + len(body)
        if body[0] in extra or body[-1] in extra:
            start, end = trim(text, start, end)
            if start == end:
                continue
        found.append((start, end))
    return found


class RawQuote:
    """A quote as the scan found it: parts, nested quotes and oddities.

    ``content_start`` is the scan's working state while the quote is open:
    where the words after its latest opening mark begin.
    """

    __slots__ = (
        "children",
        "close_end",
        "closed",
        "content_start",
        "diagnostics",
        "family",
        "open_pos",
        "para_first",
        "para_last",
        "parts",
    )

    def __init__(self, family: int, open_pos: int, para: int, content_start: int) -> None:
        self.family = family
        self.open_pos = open_pos
        self.close_end = open_pos
        self.content_start = content_start
        self.parts: list[Span] = []
        self.children: list[RawQuote] = []
        self.diagnostics: list[Diagnostic] = []
        self.closed = False
        self.para_first = para
        self.para_last = para

    def nested_spans(self) -> list[Span]:
        """Every quote nested inside this one, at any depth."""
        if not self.children:
            return []
        spans: list[Span] = []
        for child in self.children:
            spans.extend(child.parts)
            spans.extend(child.nested_spans())
        return spans


class _Scanner:
    """One left-to-right pass over the marks of a run of paragraphs.

    The open stack holds the open quotes themselves, innermost last. Each kind
    of mark has its own handler (``_HANDLERS``), and a handler looks at the
    characters around its mark only on the paths that need them: a closing
    mark that finds its opener, or an opening mark with nothing open, needs
    no look at all.
    """

    __slots__ = (
        "events",
        "last_open_end",
        "max_chars",
        "out",
        "para",
        "paras",
        "run_on",
        "size",
        "skip_until",
        "stack",
        "tentative",
        "text",
    )

    def __init__(self, text: str, paras: list[Span], max_chars: int) -> None:
        self.text = text
        self.size = len(text)
        self.paras = paras
        self.max_chars = max_chars
        self.stack: list[RawQuote] = []
        self.out: list[RawQuote] = []
        self.para = 0
        self.events = 0
        self.last_open_end = -1
        self.skip_until = -1
        # A double quote left open at the end of a paragraph, which a closing
        # mark early in the next paragraph may still finish (the writer left
        # out the repeated opening mark).
        self.run_on: tuple[RawQuote, int, int] | None = None
        # A single quote closed by a weak closer (the players’ ...) that a
        # later, clearer closer in the same paragraph may still extend.
        self.tentative: tuple[RawQuote, list[RawQuote], int, int, int] | None = None

    # -- the characters around a mark ----------------------------------------
    def before(self, i: int) -> int:
        """The class of the character before the mark at ``i``; right after an opener, _OPEN."""
        if i == self.last_open_end:
            return _OPEN
        return _CLASS[self.text[i - 1]] if i > 0 else _SPACE

    def after(self, j: int) -> int:
        """The class of the character after the mark that ends at ``j``."""
        return _CLASS[self.text[j]] if j < self.size else _SPACE

    def closer_ish(self, i: int, j: int) -> bool:
        """After a word or punctuation and before a space or punctuation."""
        return self.before(i) >= _WORD and self.after(j) in (_SPACE, _PUNCT)

    # -- stack operations -------------------------------------------------
    def container(self) -> list[RawQuote]:
        return self.stack[-1].children if self.stack else self.out

    def find(self, families: tuple[int, ...]) -> int:
        stack = self.stack
        if not stack:
            return -1
        if stack[-1].family in families:
            return len(stack) - 1
        low = max(0, len(stack) - _SEARCH_DEPTH)
        for index in range(len(stack) - 1, low - 1, -1):
            if stack[index].family in families:
                return index
        return -1

    def open(self, family: int, start: int, end: int) -> None:
        self.events += 1
        self.last_open_end = end
        if len(self.stack) < _MAX_DEPTH:
            self.stack.append(RawQuote(family, start, self.para, end))

    def drop_above(self, index: int) -> None:
        """Discard unclosed quotes above ``index``; their finds move down."""
        stack = self.stack
        while len(stack) > index + 1:
            quote = stack.pop()
            stack[-1].children.extend(quote.children)

    def close(self, index: int, start: int, end: int, *, weak: bool = False) -> None:
        self.events += 1
        stack = self.stack
        if len(stack) > index + 1:
            self.drop_above(index)
        quote = stack.pop()
        parts = quote.parts
        before = len(parts)
        content = quote.content_start
        text = self.text
        if (
            content < start
            and _CLASS[text[content]] != _SPACE
            and _CLASS[text[start - 1]] != _SPACE
        ):
            parts.append((content, start))  # nothing to trim: the usual case
        else:
            part = trim(text, content, start)
            if part[0] < part[1]:
                parts.append(part)
        quote.closed = True
        quote.close_end = end
        quote.para_last = self.para
        target = stack[-1].children if stack else self.out
        if parts:
            target.append(quote)
            if weak:
                self.tentative = (quote, target, self.events, self.para, before)
        else:
            target.extend(quote.children)

    def extend_tentative(self, at: int) -> bool:
        """Reopen the quote closed by a weak closer, so the mark at ``at`` can close it."""
        tentative = self.tentative
        self.tentative = None
        if tentative is None:
            return False
        quote, target, events, para, parts = tentative
        if events != self.events or para != self.para:
            return False
        if at - quote.content_start > self.max_chars:
            return False
        if not target or target[-1] is not quote:
            return False
        target.pop()
        del quote.parts[parts:]
        quote.closed = False
        self.stack.append(quote)
        return True

    def unclose(self, index: int, end: int, reason: str) -> None:
        """End every quote from ``index`` up as unclosed at ``end``."""
        self.drop_above(index)
        quote = self.stack.pop()
        content = quote.content_start
        # The budget is the whole quote's, over all its paragraphs.
        limit = min(content + self.max_chars, max(content, quote.open_pos + 1 + self.max_chars))
        if end > limit:
            cut = self.text.rfind(" ", content, limit)
            end = cut if cut > content else limit
        part = trim(self.text, content, end)
        if part[0] < part[1]:
            quote.parts.append(part)
        quote.para_last = self.para
        quote.close_end = part[1]
        target = self.container()
        if quote.parts and self.keep_unclosed(quote):
            quote.diagnostics.append(
                Diagnostic(
                    "unclosed-quote",
                    f"the quote mark at offset {quote.open_pos} has no closing mark; "
                    f"the quote stops {reason}",
                    quote.open_pos,
                )
            )
            target.append(quote)
            if target is self.out and quote.family in _CLOSES_DOUBLE:
                self.run_on = (quote, self.para, self.events)
        else:
            target.extend(quote.children)

    def finish_run_on(self, i: int, j: int) -> bool:
        """Let a stray closing mark finish the quote left open in the paragraph before.

        Only the first mark of a paragraph qualifies, and only when it follows
        punctuation (`We have done it before,” she said.`).
        """
        run_on = self.run_on
        self.run_on = None
        if run_on is None or self.stack:
            return False
        quote, para, events = run_on
        text = self.text
        if para != self.para - 1 or events != self.events or text[i - 1] not in _RUN_ON_END:
            return False
        if not self.out or self.out[-1] is not quote:
            return False
        start = self.paras[self.para][0]
        part = trim(text, start, i)
        if part[0] >= part[1] or part[1] - part[0] > self.max_chars:
            return False
        self.events += 1
        quote.parts.append(part)
        quote.closed = True
        quote.close_end = j
        quote.para_last = self.para
        quote.diagnostics = [
            Diagnostic(
                "missing-opening-mark",
                f"the paragraph at offset {start} continues the quote opened at offset "
                f"{quote.open_pos} without repeating its opening mark",
                start,
            )
        ]
        return True

    def keep_unclosed(self, quote: RawQuote) -> bool:
        if quote.family not in _CLOSES_SINGLE:
            return True
        # A lone single mark is as likely a stray apostrophe as a quote:
        # keep it only when it reads like the start of a statement.
        text = self.text
        first = text[quote.parts[0][0]]
        if not first.isupper():
            return False
        if len(quote.parts) > 1:
            return True
        before = text[max(0, quote.open_pos - 3) : quote.open_pos].rstrip()
        para_start = self.paras[quote.para_first][0]
        return quote.open_pos == para_start or before[-1:] in (":", ",", "—", "–")

    # -- the scan ----------------------------------------------------------
    def run(self) -> list[RawQuote]:
        text = self.text
        paras = self.paras
        if not paras:
            return self.out
        count = len(paras)
        number = 0
        para_end = paras[0][1]
        stack = self.stack
        max_chars = self.max_chars
        handlers = _HANDLERS
        for i, j, tok in marks(text, paras[0][0], paras[-1][1]):
            while i >= para_end:
                if stack:
                    self.end_paragraph(number, para_end)
                number += 1
                self.para = number
                self.tentative = None
                para_end = paras[number][1]
            if i < self.skip_until:
                continue
            if stack and i - stack[0].content_start > max_chars:
                while stack:
                    self.unclose(len(stack) - 1, i, "after the longest allowed quote")
            handlers[tok](self, tok, i, j)
        while number < count:
            if stack:
                self.end_paragraph(number, paras[number][1])
            number += 1
            self.para = number
        return self.out

    def end_paragraph(self, number: int, end: int) -> None:
        text = self.text
        bottom = self.stack[0]
        family = bottom.family
        if number + 1 < len(self.paras):
            nstart = self.paras[number + 1][0]
            token = _TOKEN.match(text, nstart)
            if (
                token is not None
                and _continues(family, _ENTITY.get(token.group(), token.group()))
                # The whole quote, from its opening mark: content_start moves to
                # each new paragraph, so measuring from it let a quote grow forever.
                and end - bottom.open_pos <= self.max_chars
            ):
                self.drop_above(0)
                part = trim(text, bottom.content_start, end)
                if part[0] < part[1]:
                    bottom.parts.append(part)
                bottom.content_start = token.end()
                self.skip_until = token.end()
                self.last_open_end = token.end()
                return
            if self.wrapped(family, end, self.paras[number + 1]):
                return
        while self.stack:
            self.unclose(len(self.stack) - 1, end, "at the end of its paragraph")

    def wrapped(self, family: int, end: int, following: Span) -> bool:
        """Whether an open double quote runs on over a line break mid-sentence.

        True when the paragraph stops on a letter, digit or comma and the
        next double mark in the following paragraph closes rather than opens.
        """
        text = self.text
        if family not in _CLOSES_DOUBLE or not (text[end - 1].isalnum() or text[end - 1] == ","):
            return False
        if following[1] - self.stack[0].open_pos > self.max_chars:
            return False
        mark = _DOUBLE_MARK.search(text, following[0], following[1])
        if mark is None:
            return False
        found = mark.group()
        if found == "”":
            return True
        return found == '"' and not text[mark.start() - 1].isspace()

    # -- one handler per kind of mark --------------------------------------
    def left_double(self, tok: str, i: int, j: int) -> None:
        """“ and ‘‘: opens, unless it closes a „ or reads as a backwards closer."""
        stack = self.stack
        if stack:
            index = self.find(_CLOSES_DOUBLE)
            if index >= 0:
                if stack[index].family == LOW_DOUBLE or self.closer_ish(i, j):
                    self.close(index, i, j)
                    return
                if self.before(i) != _OPEN:
                    self.unclose(index, i, "where the next quote opens")
        self.open(DOUBLE, i, j)

    def right_double(self, tok: str, i: int, j: int) -> None:
        """”: closes the nearest double quote; with none open, a backwards opener or a run-on."""
        if self.stack:
            index = self.find(_CLOSES_DOUBLE)
            if index >= 0:
                self.close(index, i, j)
                return
        if self.after(j) == _WORD and self.before(i) <= _OPEN:
            self.open(DOUBLE, i, j)
        else:
            self.finish_run_on(i, j)

    def straight_double(self, tok: str, i: int, j: int) -> None:
        """ ": closes an open double quote unless it plainly starts a new one."""
        index = self.find(_CLOSES_DOUBLE)
        if index >= 0:
            if self.before(i) == _SPACE and self.after(j) == _WORD:
                self.unclose(index, i, "where the next quote opens")
                self.open(DOUBLE, i, j)
            else:
                self.close(index, i, j)
        elif self.closer_ish(i, j):
            self.finish_run_on(i, j)
        else:
            self.open(DOUBLE, i, j)

    def backticks(self, tok: str, i: int, j: int) -> None:
        """``: always opens (the TeX convention)."""
        self.open(DOUBLE, i, j)

    def double_apostrophe(self, tok: str, i: int, j: int) -> None:
        """’’ and '': a possessive then a single closer, else a double closer or opener."""
        stack = self.stack
        index = self.find(_CLOSES_SINGLE)
        if (
            index >= 0
            and index == len(stack) - 1
            and self.before(i) == _WORD
            and i + 1 - stack[index].content_start <= self.max_chars
        ):
            # the players’’ : a possessive apostrophe, then the closer
            self.close(index, i + 1, j)
            return
        index = self.find(_CLOSES_DOUBLE)
        if index >= 0:
            self.close(index, i, j)
        elif self.before(i) <= _OPEN and self.after(j) != _SPACE:
            self.open(DOUBLE, i, j)

    def low_double(self, tok: str, i: int, j: int) -> None:
        """„: always opens."""
        self.open(LOW_DOUBLE, i, j)

    def low_single(self, tok: str, i: int, j: int) -> None:
        """‚: opens when it stands before a word, else it is a comma."""
        if self.before(i) <= _OPEN and self.after(j) != _SPACE:
            self.open(LOW_SINGLE, i, j)

    def left_guillemet(self, tok: str, i: int, j: int) -> None:
        """«: always opens."""
        self.open(GUILLEMET, i, j)

    def right_guillemet(self, tok: str, i: int, j: int) -> None:
        """»: closes the nearest «, if any."""
        index = self.find((GUILLEMET,))
        if index >= 0:
            self.close(index, i, j)

    def single(self, tok: str, i: int, j: int) -> None:
        """‘ ’ and ' : quote marks or apostrophes."""
        text = self.text
        before = self.before(i)
        after = self.after(j)
        if before == _WORD and after == _WORD:
            return  # don’t, O’Neill
        if before <= _OPEN:
            if after == _SPACE:
                return
            elision = _ELISION.match(text, j)
            if elision is None and i > 1 and text[i - 2].isalnum():
                elision = _YEAR.match(text, j)
            if elision is not None:
                if elision.group()[:1] in "nN" and len(elision.group()) == 2:
                    self.skip_until = elision.end()
                return
            if tok == "’" and not (after == _WORD and text[j].isupper()):
                return  # ’90s, ’em: a leading apostrophe, not a sloppy opener
            index = self.find(_CLOSES_SINGLE)
            if index >= 0 and index == len(self.stack) - 1 and before == _SPACE:
                self.unclose(index, i, "where the next quote opens")
            self.open(SINGLE, i, j)
            return
        # before is a word character or punctuation
        if tok == "‘" and after == _WORD:
            return
        index = self.find(_CLOSES_SINGLE)
        weak = (before == _WORD and text[i - 1] in _WEAK_BEFORE) or text[i - 1].isdigit()
        weak = weak and after == _SPACE
        if index >= 0:
            self.close(index, i, j, weak=weak)
        elif not weak and self.extend_tentative(i):
            self.close(len(self.stack) - 1, i, j)


_Handler = Callable[[_Scanner, str, int, int], None]
_HANDLERS: Final[dict[str, _Handler]] = {
    "“": _Scanner.left_double, "‘‘": _Scanner.left_double,
    "”": _Scanner.right_double,
    '"': _Scanner.straight_double,
    "``": _Scanner.backticks,
    "’’": _Scanner.double_apostrophe, "''": _Scanner.double_apostrophe,
    "„": _Scanner.low_double,
    "‚": _Scanner.low_single,
    "«": _Scanner.left_guillemet,
    "»": _Scanner.right_guillemet,
    "‘": _Scanner.single, "’": _Scanner.single, "'": _Scanner.single,
}  # fmt: skip
"""What each mark (after character references are resolved) does, by its text."""


def _continues(family: int, token: str) -> bool:
    if family in _CLOSES_DOUBLE:
        return token in ("“", '"', "``", "''", "‘‘", "„")
    if family in _CLOSES_SINGLE:
        return token in ("‘", "'", "‚")
    return token == "«"


def scan(text: str, paras: list[Span], max_chars: int) -> list[RawQuote]:
    """Pair the quote marks in ``paras`` (consecutive paragraphs of ``text``).

    Returns the outermost quotes in reading order; quotes inside them are in
    their ``children``.

    >>> found = scan("“We won,” she said.", [(0, 19)], 2000)
    >>> [found[0].parts, found[0].closed]
    [[(1, 8)], True]
    """
    return _Scanner(text, paras, max_chars).run()
