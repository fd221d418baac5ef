"""A seeded generator of printed quote versions with ground truth, for the clustering benchmark.

Each *statement* is an invented passage of 12–60 words. It is printed as
several *quote versions*:

- ``full``: the whole statement with 0–3 of the differences outlets introduce
  (typo, UK/US spelling, case, punctuation, curly/straight marks, dashes,
  ``&``/``and``, a dropped or added word, a changed pronoun, an editorial
  ``[bracket]``, an ellipsis);
- ``fragment``: a contiguous window of 30–70% of the statement's words
  (at least four), printed exactly;
- ``piece``: the statement printed in two pieces that together cover it.

Distractors make the task honest: some statements share a long opening
(8–12 words) with an earlier statement and then continue differently, and
many statements contain stock phrases ("thoughts and prayers", "I have been",
"we are deeply sorry", "at the end of the day"...). Fragments and pieces
always reach at least three words past a shared opening and hold at least
three words outside stock phrases, so the ground truth never asks for the
impossible.

The ground truth is the statement index of each quote; the quotes come out in
a seeded random order.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Sequence

import attrs

from . import vocab

__all__ = [
    "MEANING_OPS",
    "OP_CATEGORY",
    "QuoteCorpus",
    "Statement",
    "apply_op",
    "fragment_window",
    "generate_corpus",
    "make_statement",
]

ROLES = ("full", "fragment", "piece")
OPS = (
    "typo",
    "spelling_locale",
    "case",
    "punctuation",
    "typography",
    "dash",
    "ampersand",
    "omission",
    "insertion",
    "pronoun",
    "editorial_bracket",
    "ellipsis",
)

OP_CATEGORY = {
    "typo": "typo", "spelling_locale": "spelling_locale", "case": "case",
    "punctuation": "punctuation", "typography": "typography", "dash": "typography",
    "ampersand": "substitution", "omission": "omission", "insertion": "insertion",
    "pronoun": "substitution", "editorial_bracket": "editorial_bracket",
    "ellipsis": "ellipsis",
}
"""The variant category quotematch should report for each difference in ``OPS``."""


@attrs.frozen
class Statement:
    """One invented statement: its base text and where its stock phrases sit (word indexes)."""

    text: str
    stock_words: frozenset[int]
    shared_prefix: int = 0


@attrs.frozen
class QuoteCorpus:
    """Generated quote versions and their ground truth, position by position.

    Attributes:
        texts: the printed quote versions, in shuffled order.
        statement_ids: the index into ``statements`` each version prints.
        roles: ``full``, ``fragment`` or ``piece`` for each version.
        ops: the differences applied to each version (empty for exact prints).
        windows: for fragments and pieces, the ``(start, end)`` word window of
            the statement's base text they print; ``None`` for full versions.
        statements: the base text of every statement.
        shared_prefix: for every statement, how many opening words it shares
            with another statement (0 when none).
    """

    texts: tuple[str, ...]
    statement_ids: tuple[int, ...]
    roles: tuple[str, ...]
    ops: tuple[tuple[str, ...], ...]
    windows: tuple[tuple[int, int] | None, ...]
    statements: tuple[str, ...]
    shared_prefix: tuple[int, ...]


# --------------------------------------------------------------------------- statements


def _stock_positions(words: Sequence[str]) -> frozenset[int]:
    """Word indexes covered by any stock phrase (case- and punctuation-insensitive)."""
    plain = [re.sub(r"[^\w']", "", w).casefold() for w in words]
    covered: set[int] = set()
    for phrase in vocab.STOCK_PHRASES:
        target = phrase.casefold().split()
        k = len(target)
        for i in range(len(plain) - k + 1):
            if plain[i : i + k] == target:
                covered.update(range(i, i + k))
    return frozenset(covered)


def make_statement(rng: random.Random, *, prefix: Sequence[str] = ()) -> Statement:
    """An invented statement of 12–60 words, optionally opening with ``prefix`` words.

    >>> s = make_statement(random.Random(1))
    >>> 12 <= len(s.text.split()) <= 60
    True
    """
    uk = rng.random() < 0.5
    target = rng.randint(12, 60)
    words: list[str] = list(prefix)
    if prefix:
        # Continue the shared opening differently: a fresh clause, then fresh sentences.
        words += ("and " + vocab.lower_first(vocab.sentence(rng, uk=uk))).split()
    while len(words) < target:
        maker = vocab.stock_sentence if rng.random() < 0.3 else vocab.sentence
        words += maker(rng, uk=uk).split()
    if len(words) > 60:
        ends = [i + 1 for i in range(len(prefix) + 12, 60) if words[i].endswith(".")]
        words = words[: ends[-1] if ends else 60]
    if not words[-1].endswith((".", "!", "?")):
        words[-1] = words[-1].rstrip(",;:—") + "."
    return Statement(" ".join(words), _stock_positions(words), len(prefix))


# --------------------------------------------------------------------------- variant ops

_PRONOUN_SWAPS = {
    "we": "they", "they": "we", "our": "their", "their": "our", "us": "them", "them": "us",
    "i": "we", "my": "our", "he": "she", "she": "he",
}
_BRACKET_TARGETS = {"it", "they", "he", "she", "this", "them"}
_FILLERS = vocab.words_of("really very just also now truly certainly still")


def _case_like(template: str, word: str) -> str:
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _split_punct(token: str) -> tuple[str, str, str]:
    m = re.match(r"^(\W*)(.*?)(\W*)$", token)
    assert m is not None
    return m.group(1), m.group(2), m.group(3)


def _op_typo(rng: random.Random, words: list[str]) -> bool:
    cands = [i for i, w in enumerate(words) if sum(c.isalpha() for c in w) >= 5]
    if not cands:
        return False
    i = rng.choice(cands)
    lead, core, trail = _split_punct(words[i])
    if len(core) < 5:
        return False
    j = rng.randrange(1, len(core) - 2)
    how = rng.randrange(3)
    if how == 0:
        core = core[:j] + core[j + 1] + core[j] + core[j + 2 :]
    elif how == 1:
        core = core[:j] + core[j + 1 :]
    else:
        core = core[:j] + core[j] + core[j:]
    words[i] = lead + core + trail
    return True


def _op_locale(rng: random.Random, words: list[str]) -> bool:
    changed = False
    for i, w in enumerate(words):
        lead, core, trail = _split_punct(w)
        low = core.casefold()
        other = vocab.UK_TO_US.get(low) or vocab.US_TO_UK.get(low)
        if other:
            words[i] = lead + _case_like(core, other) + trail
            changed = True
    return changed


def _op_case(rng: random.Random, words: list[str]) -> bool:
    how = rng.randrange(3)
    if how == 0 and words[0][:1].isupper():
        words[0] = words[0][:1].lower() + words[0][1:]
        return True
    i = rng.randrange(len(words))
    if how == 1:
        words[i] = words[i].upper()
    else:
        words[i] = words[i][:1].swapcase() + words[i][1:]
    return True


def _op_punctuation(rng: random.Random, words: list[str]) -> bool:
    how = rng.randrange(3)
    if how == 0 and words[-1].endswith("."):
        words[-1] = words[-1][:-1] + ","
        return True
    commas = [i for i, w in enumerate(words) if w.endswith(",")]
    if how == 1 and commas:
        i = rng.choice(commas)
        words[i] = words[i][:-1]
        return True
    i = rng.randrange(len(words) - 1)
    if words[i][-1:].isalnum():
        words[i] += ","
        return True
    return False


def _op_typography(rng: random.Random, words: list[str]) -> bool:
    text = " ".join(words)
    if "'" in text:
        new = text.replace("'", "’")
    elif "’" in text:
        new = text.replace("’", "'")
    else:
        return False
    words[:] = new.split(" ")
    return True


def _op_dash(rng: random.Random, words: list[str]) -> bool:
    dashes = [i for i, w in enumerate(words) if w in ("—", "–", "-", "--")]
    if not dashes:
        return False
    choices = ["—", "–", "-", "--"]
    for i in dashes:
        words[i] = rng.choice([c for c in choices if c != words[i]])
    return True


def _op_ampersand(rng: random.Random, words: list[str]) -> bool:
    ands = [i for i, w in enumerate(words) if w in ("and", "&")]
    if not ands:
        return False
    i = rng.choice(ands)
    words[i] = "&" if words[i] == "and" else "and"
    return True


def _op_omission(rng: random.Random, words: list[str]) -> bool:
    if len(words) < 13:
        return False
    del words[rng.randrange(1, len(words) - 1)]
    return True


def _op_insertion(rng: random.Random, words: list[str]) -> bool:
    words.insert(rng.randrange(1, len(words)), rng.choice(_FILLERS))
    return True


def _op_pronoun(rng: random.Random, words: list[str]) -> bool:
    cands = [i for i, w in enumerate(words) if _split_punct(w)[1].casefold() in _PRONOUN_SWAPS]
    if not cands:
        return False
    i = rng.choice(cands)
    lead, core, trail = _split_punct(words[i])
    swap = _PRONOUN_SWAPS[core.casefold()]
    words[i] = lead + (swap.upper() if swap == "i" else _case_like(core, swap)) + trail
    return True


def _op_bracket(rng: random.Random, words: list[str]) -> bool:
    cands = [i for i, w in enumerate(words) if _split_punct(w)[1].casefold() in _BRACKET_TARGETS]
    if cands:
        i = rng.choice(cands)
        lead, _core, trail = _split_punct(words[i])
        words[i] = f"{lead}[the {rng.choice(vocab.NOUNS)}]{trail}"
    else:
        words.insert(rng.randrange(1, len(words)), "[sic]")
    return True


def _op_ellipsis(rng: random.Random, words: list[str]) -> bool:
    if len(words) < 14:
        return False
    span = rng.randint(2, 6)
    start = rng.randrange(2, len(words) - span - 1)
    words[start : start + span] = [rng.choice(["...", "…", "[...]"])]
    return True


_MODAL_SWAPS = {"will": "would", "would": "will", "must": "may", "can": "could",
                "could": "can", "should": "could"}


def _op_negation(rng: random.Random, words: list[str]) -> bool:
    """Drop a "not", or add one after a modal: a change of meaning an editor must see first."""
    nots = [i for i, w in enumerate(words) if _split_punct(w)[1].casefold() == "not"]
    if nots:
        del words[rng.choice(nots)]
        return True
    modals = [i for i, w in enumerate(words) if w.casefold() in vocab.MODALS]
    if not modals:
        return False
    words.insert(rng.choice(modals) + 1, "not")
    return True


def _op_number(rng: random.Random, words: list[str]) -> bool:
    cands = [i for i, w in enumerate(words) if _split_punct(w)[1].casefold() in vocab.NUMBERS]
    if not cands:
        return False
    i = rng.choice(cands)
    lead, core, trail = _split_punct(words[i])
    other = rng.choice([n for n in vocab.NUMBERS if n != core.casefold()])
    words[i] = lead + _case_like(core, other) + trail
    return True


def _op_modal(rng: random.Random, words: list[str]) -> bool:
    cands = [i for i, w in enumerate(words) if w.casefold() in _MODAL_SWAPS]
    if not cands:
        return False
    i = rng.choice(cands)
    words[i] = _case_like(words[i], _MODAL_SWAPS[words[i].casefold()])
    return True


MEANING_OPS = ("negation", "number", "modal")
"""Differences that change what a statement says. ``generate_corpus`` never applies them (its
corpus stays as measured); the variants benchmark adds versions with one each."""

_OP_FUNCS: dict[str, Callable[[random.Random, list[str]], bool]] = {
    "typo": _op_typo,
    "spelling_locale": _op_locale,
    "case": _op_case,
    "punctuation": _op_punctuation,
    "typography": _op_typography,
    "dash": _op_dash,
    "ampersand": _op_ampersand,
    "omission": _op_omission,
    "insertion": _op_insertion,
    "pronoun": _op_pronoun,
    "editorial_bracket": _op_bracket,
    "ellipsis": _op_ellipsis,
    "negation": _op_negation,
    "number": _op_number,
    "modal": _op_modal,
}


def apply_op(rng: random.Random, text: str, op: str) -> str | None:
    """``text`` with one difference of kind ``op`` applied, or None when it does not apply.

    >>> apply_op(random.Random(0), "We will rebuild the bridge and the pier.", "ampersand")
    'We will rebuild the bridge & the pier.'
    >>> apply_op(random.Random(0), "No marks here at all.", "dash") is None
    True
    """
    words = text.split(" ")
    if not _OP_FUNCS[op](rng, words):
        return None
    return " ".join(words)


# --------------------------------------------------------------------------- versions

_Version = tuple[str, str, tuple[str, ...], tuple[int, int] | None]  # role, text, ops, window


def _window_ok(stmt: Statement, start: int, end: int) -> bool:
    """A window is fair ground truth: past any shared opening, not just stock phrases."""
    if end < stmt.shared_prefix + 3:
        return False
    own = sum(1 for i in range(start, end) if i not in stmt.stock_words)
    return own >= 3


def fragment_window(rng: random.Random, stmt: Statement) -> tuple[int, int] | None:
    """A word window of 30–70% of ``stmt`` (at least four words) that is fair ground truth.

    Fair: it reaches three words past any opening the statement shares with another and holds
    three words outside stock phrases. None when no such window was found in 20 draws.
    """
    n = len(stmt.text.split())
    for _ in range(20):
        size = max(4, round(n * rng.uniform(0.3, 0.7)))
        if size >= n:
            return None
        start = rng.randrange(0, n - size + 1)
        if _window_ok(stmt, start, start + size):
            return start, start + size
    return None


def _split_point(rng: random.Random, stmt: Statement) -> int | None:
    words = stmt.text.split()
    n = len(words)
    ok = [k for k in range(4, n - 3) if _window_ok(stmt, 0, k) and _window_ok(stmt, k, n)]
    if not ok:
        return None
    sentence_ends = [k for k in ok if words[k - 1].endswith((".", "!", "?"))]
    return rng.choice(sentence_ends or ok)


def _full_version(rng: random.Random, base: str) -> tuple[str, tuple[str, ...]]:
    n_ops = rng.choices((0, 1, 2, 3), weights=(35, 35, 20, 10))[0]
    text = base
    applied: list[str] = []
    tries = 0
    while len(applied) < n_ops and tries < 12:
        tries += 1
        op = rng.choice(OPS)
        new = apply_op(rng, text, op)
        if new is not None and new != text:
            text = new
            applied.append(op)
    return text, tuple(applied)


def generate_corpus(
    n_quotes: int,
    *,
    seed: int = 0,
    shared_opening_rate: float = 0.08,
) -> QuoteCorpus:
    """Exactly ``n_quotes`` printed versions of invented statements, with ground truth.

    >>> c = generate_corpus(50, seed=3)
    >>> len(c.texts), len(c.texts) == len(c.statement_ids) == len(c.roles)
    (50, True)
    """
    rng = random.Random(seed)
    statements: list[Statement] = []
    rows: list[tuple[str, int, str, tuple[str, ...], tuple[int, int] | None]] = []
    min_end: dict[int, int] = {}  # statement -> the earliest end of its printed windows
    # Every statement gets a full version first, so truncating at n_quotes never
    # leaves a fragment without the version it belongs to.
    while len(rows) < n_quotes:
        prefix: list[str] = []
        if statements and rng.random() < shared_opening_rate:
            other_i = rng.randrange(len(statements))
            other = statements[other_i]
            other_words = other.text.split()
            k = rng.randint(8, 12)
            # The copied statement's fragments are already printed: they must still
            # reach three words past the opening the two will now share.
            if len(other_words) >= k + 6 and k + 3 <= min_end.get(other_i, k + 3):
                prefix = other_words[:k]
                prefix[-1] = prefix[-1].rstrip(".,;:!?")
                if other.shared_prefix < k:
                    statements[other_i] = attrs.evolve(other, shared_prefix=k)
        stmt = make_statement(rng, prefix=prefix)
        sid = len(statements)
        statements.append(stmt)
        versions: list[_Version] = [("full", *_full_version(rng, stmt.text), None)]
        if rng.random() >= 0.3:
            for _ in range(rng.randint(0, 3)):
                versions.append(("full", *_full_version(rng, stmt.text), None))
            words = stmt.text.split()
            for _ in range(rng.choices((0, 1, 2, 3), weights=(30, 35, 25, 10))[0]):
                window = fragment_window(rng, stmt)
                if window is not None:
                    versions.append(("fragment", " ".join(words[slice(*window)]), (), window))
            if rng.random() < 0.2:
                cut = _split_point(rng, stmt)
                if cut is not None:
                    versions.append(("piece", " ".join(words[:cut]), (), (0, cut)))
                    versions.append(("piece", " ".join(words[cut:]), (), (cut, len(words))))
        for role, text, ops, window in versions[: n_quotes - len(rows)]:
            rows.append((text, sid, role, ops, window))
            if window is not None:
                min_end[sid] = min(min_end.get(sid, window[1]), window[1])
    order = list(range(len(rows)))
    rng.shuffle(order)
    picked = [rows[i] for i in order]
    return QuoteCorpus(
        texts=tuple(r[0] for r in picked),
        statement_ids=tuple(r[1] for r in picked),
        roles=tuple(r[2] for r in picked),
        ops=tuple(r[3] for r in picked),
        windows=tuple(r[4] for r in picked),
        statements=tuple(s.text for s in statements),
        shared_prefix=tuple(s.shared_prefix for s in statements),
    )
