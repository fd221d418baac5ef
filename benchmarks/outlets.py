"""Invented news outlets with house styles, and how an outlet prints the words someone said.

Real outlets differ in ways that stay the same across everything they publish: British or
American spelling, curly, straight or British single quote marks (and matching apostrophes), the
dash they set, how often they split a quote around "she said", how often they quote only a few
words inside their own sentence, whether they embed social-media posts, and how careful their
copy desk is (typos, trims, editorial brackets, the rare misquote). An :class:`Outlet` holds one
such house style; :func:`house_style` applies its systematic part to a statement's words, and
:func:`copy_edit` its chance part, each returning the ground-truth differences it made.

Everything is invented: the outlet names come from :data:`benchmarks.vocab.OUTLETS`.
"""

from __future__ import annotations

import difflib
import random
import re

import attrs

from . import vocab
from .articles import Difference
from .generate import MEANING_OPS, OP_CATEGORY, apply_op

__all__ = [
    "EDIT_OPS",
    "MARKS",
    "Outlet",
    "changed_words",
    "copy_edit",
    "features",
    "house_style",
    "make_outlets",
]

MARKS = {"curly": ("“", "”", "‘", "’"), "straight": ('"', '"', "'", "'"),
         "british": ("‘", "’", "“", "”")}
"""Quote marks per style: outer open, outer close, inner open, inner close."""

DASHES = ("—", "–", "-")
EDIT_OPS = ("omission", "insertion", "pronoun", "editorial_bracket", "ellipsis", "case",
            "punctuation", "ampersand")
"""The copy desk's one-off changes (typos are counted apart, at the outlet's own rate)."""

_DASH_WORD = re.compile(r"(?<!\S)(?:—|–|-|--)(?!\S)")


@attrs.frozen
class Outlet:
    """One invented outlet's house style.

    Attributes:
        name: the outlet's invented name.
        spelling: ``uk`` or ``us``: every locale-dependent word it prints is spelled so.
        marks: ``curly``, ``straight`` or ``british`` (see ``MARKS``); apostrophes follow
            (straight marks, straight apostrophes; otherwise ’).
        dash: the dash it sets between words.
        split_rate: share of quotes of two sentences or more split around the attribution
            (“…,” she said. “…”).
        partial_rate: share of quotations printed as a few words inside the reporter's sentence.
        excerpt_rate: share printed in marks but trimmed to a part of the statement.
        typo_rate: share of printed quotes carrying one typo.
        edit_rate: share carrying one change from ``EDIT_OPS``.
        misquote_rate: share carrying one change of meaning (``generate.MEANING_OPS``).
        embeds_posts: True when it embeds a post with its signature; otherwise it quotes the
            post in marks (“…,” she wrote on social media).
    """

    name: str
    spelling: str
    marks: str
    dash: str
    split_rate: float
    partial_rate: float
    excerpt_rate: float
    typo_rate: float
    edit_rate: float
    misquote_rate: float
    embeds_posts: bool

    @property
    def apostrophe(self) -> str:
        return "'" if self.marks == "straight" else "’"


def make_outlets(rng: random.Random, n: int = len(vocab.OUTLETS)) -> tuple[Outlet, ...]:
    """``n`` outlets with house styles drawn from ``rng`` (names repeat with a number past 8).

    >>> outlets = make_outlets(random.Random(0), 3)
    >>> [o.name for o in outlets]
    ['The Daily Lantern', 'Harbour Gazette', 'Northgate Courier']
    >>> all(o.spelling in ("uk", "us") for o in outlets)
    True
    """
    outlets = []
    for i in range(n):
        base = vocab.OUTLETS[i % len(vocab.OUTLETS)]
        name = base if i < len(vocab.OUTLETS) else f"{base} {i // len(vocab.OUTLETS) + 1}"
        spelling = rng.choice(("uk", "us"))
        outlets.append(Outlet(
            name=name,
            spelling=spelling,
            marks=rng.choice(("curly", "straight", "british") if spelling == "uk"
                             else ("curly", "straight")),
            dash=rng.choice(DASHES),
            split_rate=rng.choice((0.0, 0.3, 0.6)),
            partial_rate=rng.uniform(0.05, 0.2),
            excerpt_rate=rng.uniform(0.0, 0.15),
            typo_rate=rng.choice((0.0, 0.02, 0.08)),
            edit_rate=rng.uniform(0.05, 0.25),
            misquote_rate=rng.choice((0.0, 0.01, 0.03)),
            embeds_posts=rng.random() < 0.6,
        ))
    return tuple(outlets)


def house_style(outlet: Outlet, text: str) -> tuple[str, tuple[Difference, ...]]:
    """``text`` as ``outlet`` prints every quote: its spelling, apostrophes and dash.

    Returns the printed words and one ``Difference`` per feature that changed them.

    >>> us = Outlet("Valley Post", "us", "curly", "–", 0, 0, 0, 0, 0, 0, True)
    >>> text, diffs = house_style(us, "We apologise - it's our harbour.")
    >>> text
    'We apologize – it’s our harbor.'
    >>> sorted(d.feature for d in diffs)
    ['apostrophe', 'dash', 'spelling']
    """
    diffs = []
    spelled = _spell(text, uk=outlet.spelling == "uk")
    if spelled != text:
        diffs.append(Difference("spelling_locale", "spelling_locale", "spelling",
                                outlet.spelling, *changed_words(text, spelled)))
    marked = re.sub("['’]", outlet.apostrophe, spelled)
    if marked != spelled:
        diffs.append(Difference("typography", "typography", "apostrophe", outlet.apostrophe,
                                *changed_words(spelled, marked)))
    dashed = _DASH_WORD.sub(outlet.dash, marked)
    if dashed != marked:
        diffs.append(Difference("dash", "typography", "dash", outlet.dash,
                                *changed_words(marked, dashed)))
    return dashed, tuple(diffs)


def changed_words(old: str, new: str) -> tuple[str, str]:
    """The words of ``old`` that ``new`` replaced and the words it has instead, in order.

    >>> changed_words("We will rebuild the pier.", "We will not rebuild the pier.")
    ('', 'not')
    >>> changed_words("our harbour and our colour", "our harbor and our color")
    ('harbour colour', 'harbor color')
    """
    a, b = old.split(), new.split()
    before: list[str] = []
    after: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag != "equal":
            before += a[i1:i2]
            after += b[j1:j2]
    return " ".join(before), " ".join(after)


def features(text: str) -> dict[str, str]:
    """The house-style features ``text`` shows and its value for each (see ``house_style``).

    A statement with no locale word, apostrophe or dash shows no such feature, so outlets
    cannot differ there.

    >>> features("We apologize – it’s ours.")
    {'spelling': 'us', 'apostrophe': '’', 'dash': '–'}
    """
    found: dict[str, str] = {}
    for word in re.findall(r"[A-Za-z]+", text):
        low = word.casefold()
        if low in vocab.UK_TO_US:
            found.setdefault("spelling", "uk")
        elif low in vocab.US_TO_UK:
            found.setdefault("spelling", "us")
    marks = re.findall("['’]", text)
    if marks:
        found["apostrophe"] = marks[0]
    dash = _DASH_WORD.search(text)
    if dash:
        found["dash"] = dash.group()
    return found


def _spell(text: str, *, uk: bool) -> str:
    table = vocab.US_TO_UK if uk else vocab.UK_TO_US

    def swap(m: re.Match[str]) -> str:
        word = m.group()
        other = table.get(word.casefold())
        if other is None:
            return word
        return other[:1].upper() + other[1:] if word[:1].isupper() else other

    return re.sub(r"[A-Za-z]+", swap, text)


def _category(op: str, before: str, after: str) -> str | None:
    """The variant category of a copy-desk change; a misquote is one too (an added "not" is
    an insertion, another number a substitution), besides changing the meaning."""
    if op in OP_CATEGORY:
        return OP_CATEGORY[op]
    if op in MEANING_OPS:
        return "substitution" if before and after else "insertion" if after else "omission"
    return None


def copy_edit(rng: random.Random, outlet: Outlet, text: str
              ) -> tuple[str, tuple[Difference, ...]]:
    """``text`` after the outlet's copy desk: a typo, an edit or a misquote, each at its rate.

    >>> careless = Outlet("X", "uk", "curly", "—", 0, 0, 0, 1.0, 0, 0, True)
    >>> text, diffs = copy_edit(random.Random(2), careless, "We will rebuild the harbour wall.")
    >>> text != "We will rebuild the harbour wall.", [d.op for d in diffs]
    (True, ['typo'])
    """
    diffs = []
    plan = []
    if rng.random() < outlet.typo_rate:
        plan.append("typo")
    if rng.random() < outlet.edit_rate:
        plan.append(rng.choice(EDIT_OPS))
    if rng.random() < outlet.misquote_rate:
        plan.append(rng.choice(MEANING_OPS))
    for op in plan:
        changed = apply_op(rng, text, op)
        if changed is None or changed == text:
            continue
        before, after = changed_words(text, changed)
        diffs.append(Difference(op, _category(op, before, after), None, "", before, after))
        text = changed
    return text, tuple(diffs)
