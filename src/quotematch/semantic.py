"""Linking reworded versions of one statement by meaning (the optional ``semantic`` extra).

Lexical linking (:mod:`quotematch.link`) joins versions that share their
wording. A statement machine-translated into English and back, a spun copy of
a wire story or a paraphrase printed inside quote marks shares its meaning and
its names and numbers, but few runs of words. With ``Config(semantic=True)``
(``quotematch cluster --semantic``) and the extra installed
(``pip install "quotematch[semantic]"``), clustering adds links between such
versions after the lexical groups are built:

1. every distinct text of at least ``2 * Config.min_overlap_words`` words is
   embedded with a small *static* sentence-embedding model (WordLlama
   ``l2_supercat``, 256 dimensions, shipped inside the ``wordllama``
   package): a text's vector is the mean of its tokens' vectors, so any run
   of words of a text has its own vector at the cost of two subtractions
   (prefix sums);
2. candidates are texts of *other* lexical groups that share a rare content
   word with it (a name, a number, an unusual noun; a word printed by more than
   ``_MAX_WORD_GROUPS`` groups is not used to find candidates), the
   ``_NEIGHBOURS`` sharing most of them first, so the cost stays linear in the
   number of texts;
3. a candidate is verified by: speakers that share a name word (or are
   unknown); a *lexical anchor* (at least ``_ANCHOR_WORDS`` shared content
   words, and a fifth of the shorter side's); the cosine similarity of the
   shorter text with the best-matching run of the longer one, at least
   ``Config.semantic_score`` (0–100); and :func:`_reworded` (not nearly the
   same words, and the content words only one side has mean alike). Two
   texts with *evidence* of being one statement (the same known speaker, or
   printed in versions of one article: documents that share two statements)
   need ``_SAME_SPEAKER_EASE`` less cosine, may be fragments of 6 to 11
   words, and skip the leftover test when they share half their content
   words spread through the sentence (:func:`_interleaved`);
4. each text keeps only its best verified partner, and the two lexical groups
   are joined (:func:`join_reworded`). A changed number or an added "not"
   leaves the anchor and the similarity almost as they are: such versions are
   joined, and the difference is flagged on the record, not used to split
   them.

The model is loaded from the files bundled in the installed ``wordllama``
package, with ``tokenizers`` and ``safetensors`` directly: wordllama's own
loader looks for the tokenizer under another folder and then downloads it, and
importing wordllama configures the process's logging. Nothing here reads the
network.

A member joined by meaning is aligned to the statement's canonical passage by
the same vectors (its best-matching run of canonical words) and gets
``paraphrase`` :class:`~quotematch.Variant` records with ``similarity`` set;
see :func:`reworded_variants`.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import heapq
import importlib.util
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .block import STOP_WORDS
from .classify import mark_category, record_meaning, word_category
from .config import Config
from .errors import MissingExtraError
from .join import UnionFind
from .models import Coverage, Quote, Variant, VariantCategory
from .normalize import comparison_words, fold_word, token_columns
from .phrases import document_spans
from .rewrites import merge_rewritten

# float32 numpy arrays. numpy is imported only where used (the extra is
# optional, and the package must type-check and compile without it), so
# their type is spelt ``Any`` here.
Vectors = Any

__all__ = [
    "MODEL_NAME",
    "Reworded",
    "StaticModel",
    "load_model",
    "reworded_links",
    "reworded_variants",
    "speaker_words",
]

MODEL_NAME = "WordLlama l2_supercat 256"
_PACKAGE = "wordllama"
_WEIGHTS = ("weights", "l2_supercat_256.safetensors")
_TOKENIZER = ("tokenizers", "l2_supercat_tokenizer_config.json")
_TENSOR = "embedding.weight"

_MAX_WORD_GROUPS = 16  # a content word printed by more lexical groups is too common to block on
_NEIGHBOURS = 8  # candidates verified per text: those sharing most rare words
_ANCHOR_WORDS = 2  # shared content words a reworded version must keep
_ANCHOR_SHARE = 0.2  # ... and this share of the shorter side's content words
_VERBATIM = 0.9  # word-level likeness above which a pair is the lexical linker's call
_LEFTOVER = 0.3  # least cosine of the content words two versions do not share
# Versions attributed to the same person: the speaker is evidence of its own.
_SAME_SPEAKER_EASE = 0.07  # the similarity threshold is this much lower
_STRONG_SHARE = 0.5  # ... and sharing this share of content words waives the leftover test
_STRONG_BLOCKS = 3  # ... when the shared words come in at least this many separate runs
_STRONG_RATIO = 0.8  # ... and no more of the words are alike (more is an edit, not a rewording)
# Documents sharing this many statements are versions of one report: the same evidence.
_VERSION_STATEMENTS = 2
_MAX_VERSION_DOCS = 64  # a statement printed in more documents is not counted
# A text nothing joins, compared with its speaker's statements in its article and versions of it.
_LONE_EASE = 0.25  # the similarity threshold is this much lower
_LONE_WORDS = 3  # ... for a text of at least this many words
_LONE_RUNS = 4  # ... against the runs of a statement's text closest to it, at most
_MAX_ALIGN_WORDS = 120  # a longer part gets one record: the cut search grows with its square
_ENDS_SENTENCE = re.compile(r"[.!?;:…]")
_MARKS_AFTER = re.compile(r"[^\s\w]*")
_SNAP = 0.1  # cosine a run's end earns by falling on a sentence break
_REFINE = 3  # words by which each end of a member's part may move to fit it better


def _missing(what: str) -> MissingExtraError:
    return MissingExtraError(
        f"semantic linking needs {what}: install the extra with "
        '`pip install "quotematch[semantic]"`'
    )


class StaticModel:
    """A static sentence-embedding model: one vector per token, a text is their mean.

    Use :func:`load_model` to get the bundled one. ``table`` is the
    ``(tokens, dimensions)`` float32 matrix, ``tokenizer`` a
    ``tokenizers.Tokenizer``.
    """

    def __init__(self, table: Vectors, tokenizer: Any) -> None:
        self.table = table
        self.tokenizer = tokenizer

    def word_vectors(self, words: Sequence[str]) -> Vectors:
        """The sum of the token vectors of each word, one row per word.

        Words are tokenized one by one (the tokenizer marks the start of a
        word the same way inside a sentence), so the vector of any run of words
        points the way of the sum of its words' rows: cosines need no division
        by the number of tokens.
        """
        import numpy as np  # type: ignore[import-not-found,unused-ignore]

        encodings = self.tokenizer.encode_batch(list(words), add_special_tokens=False)
        sums = np.zeros((len(encodings), self.table.shape[1]), dtype=np.float32)
        for i, encoding in enumerate(encodings):
            if encoding.ids:
                sums[i] = self.table[encoding.ids].sum(axis=0)
        return sums

    def embed(self, texts: Sequence[Sequence[str]]) -> Vectors:
        """Unit vectors of texts given as words (a zero vector for a text without tokens).

        >>> model = load_model()
        >>> v = model.embed([["we", "deeply", "regret", "it"], ["we", "are", "very", "sorry"],
        ...                  ["the", "ferry", "runs", "on", "mondays"]])
        >>> bool(v[0] @ v[1] > v[0] @ v[2])
        True
        """
        import numpy as np  # type: ignore[import-not-found,unused-ignore]

        result = np.zeros((len(texts), self.table.shape[1]), dtype=np.float32)
        for t, rows in enumerate(_word_vectors(self, *texts)):
            if len(rows):
                result[t] = rows.sum(axis=0)
        return _unit(result)


def _unit(vectors: Vectors) -> Vectors:
    import numpy as np  # type: ignore[import-not-found,unused-ignore]

    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    norms[norms == 0] = 1.0
    out: Vectors = vectors / norms
    return out


@functools.cache
def load_model() -> StaticModel:
    """Load the bundled WordLlama model from the installed package's files, offline.

    The package is located without importing it, and its files are read with
    ``safetensors`` and ``tokenizers`` directly, so no download can start.

    Raises:
        MissingExtraError: the ``semantic`` extra is not installed.
    """
    spec = importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise _missing("the wordllama package")
    try:
        from safetensors.numpy import load_file  # type: ignore[import-not-found,unused-ignore]
        from tokenizers import Tokenizer  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise _missing(f"the {exc.name} package") from None
    root = Path(next(iter(spec.submodule_search_locations)))
    weights, tokenizer_file = root.joinpath(*_WEIGHTS), root.joinpath(*_TOKENIZER)
    if not weights.is_file() or not tokenizer_file.is_file():
        raise _missing(f"the model files bundled in wordllama ({weights.name})")
    table = load_file(str(weights))[_TENSOR].astype("float32")
    tokenizer = Tokenizer.from_file(str(tokenizer_file))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return StaticModel(table, tokenizer)


@attrs.frozen
class Reworded:
    """A link by meaning between two distinct texts.

    Attributes:
        a, b: indices of the texts; ``a`` is the one whose best partner ``b`` is.
        similarity: cosine similarity of the shorter text with the best-matching
            run of words of the longer, on the 0–100 scale.
        shared: content words the two have in common (the lexical anchor).
    """

    a: int
    b: int
    similarity: float
    shared: int


def _content(words: Sequence[str]) -> set[str]:
    return {w for w in words if len(w) > 1 and w not in STOP_WORDS}


def _best_run(short: Vectors, sums: Vectors, width: int) -> tuple[float, int]:
    """Best cosine of the unit vector ``short`` with a run of ``width`` words: (cosine, start).

    ``sums`` holds the prefix sums of the longer text's word vectors, one row
    more than it has words.
    """
    import numpy as np  # type: ignore[import-not-found,unused-ignore]

    runs = _unit(sums[width:] - sums[:-width])
    scores = runs @ short
    start = int(np.argmax(scores))
    return float(scores[start]), start


def _copied(short: Sequence[str], long_: Sequence[str], start: int) -> bool:
    """Whether ``short`` is nearly the words of ``long_`` at ``start``: lexical linking's call."""
    run = long_[start : start + len(short)]
    return difflib.SequenceMatcher(None, short, run, autojunk=False).ratio() >= _VERBATIM


def _has_number(words: set[str]) -> bool:
    """Whether any of ``words`` is a figure ("18", "2024", "3.5"): rewording never changes one."""
    return any(any(c.isdigit() for c in w) for w in words)


def _interleaved(short: Sequence[str], run: Sequence[str]) -> bool:
    """Whether the words two versions share are spread among the words they change.

    A translation keeps names and small words all through the sentence ("I want
    to thank Nadia Okoro and her crew" and "I wish to express gratitude to Nadia
    Okoro and to her crew"): at least ``_STRONG_BLOCKS`` separate
    runs of shared words, and small words changed too, so that no more than
    ``_STRONG_RATIO`` of the words are alike. Two statements that share an
    opening and then part ("The ferry will stay closed until engineers are
    sure" and "... until the council finds the money") share one run; a
    sentence with a word or two swapped and the rest verbatim ("reducing our
    team by 18 percent" and "reducing our office space by 30 percent") is an
    edit, which lexical linking has judged. A figure printed by one and not the
    other ("our team of drivers by 18 percent" and "our list of routes by 30
    percent") is another statement: a translation keeps its figures.
    """
    if _has_number(set(short) ^ set(run)):
        return False  # a translation keeps its figures: another figure is another statement
    matcher = difflib.SequenceMatcher(None, short, run, autojunk=False)
    if matcher.ratio() > _STRONG_RATIO:
        return False
    return sum(1 for block in matcher.get_matching_blocks() if block.size) >= _STRONG_BLOCKS


def _reworded(
    short: Sequence[str], long_: Sequence[str], start: int, sums: Vectors, index: dict[str, int]
) -> bool:
    """Whether ``long_[start:start + len(short)]`` rewords ``short``: other words, same meaning.

    Nearly the same words is the lexical linker's call, which already said no.
    Otherwise the content words the two do not share must still mean alike
    (cosine ``_LEFTOVER``): two statements of one story share its names and
    topic words, and what is left of them is unrelated, while a rewording's
    leftovers are its synonyms. The short side's leftovers are taken against
    the run widened by ``_REFINE`` words each way (a run of fixed width may
    cut off a word the long side has).
    """
    import numpy as np  # type: ignore[import-not-found,unused-ignore]

    run = long_[start : start + len(short)]
    if _copied(short, long_, start):
        return False
    wide = long_[max(0, start - _REFINE) : start + len(short) + _REFINE]
    a, b = _content(short) - set(wide), _content(run) - set(short)
    if not a or not b:
        return False  # the same content words in another order: no sign of a rewording
    if _has_number(a) or _has_number(b):
        return False  # a translation keeps its figures: another figure is another statement
    # Each word counts once, however many tokens it has.
    left = _unit(_unit(sums[sorted(index[w] for w in a)]).sum(axis=0))
    right = _unit(_unit(sums[sorted(index[w] for w in b)]).sum(axis=0))
    return float(np.dot(left, right)) >= _LEFTOVER


def _neighbours(content: Sequence[set[str]], group_of: Sequence[int]) -> list[list[int]]:
    """For each text, the texts of other groups sharing most of its rare content words.

    A word printed in more than ``_MAX_WORD_GROUPS`` lexical groups is not
    used (the cost of a word grows with the square of its texts); at most
    ``_NEIGHBOURS`` per text, most shared words first, then lowest index. A
    text with an empty ``content`` set takes no part.
    """
    word_groups: defaultdict[str, set[int]] = defaultdict(set)
    for t, words in enumerate(content):
        for w in words:
            word_groups[w].add(group_of[t])
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for t, words in enumerate(content):
        for w in words:
            if 1 < len(word_groups[w]) <= _MAX_WORD_GROUPS:
                postings[w].append(t)
    result = []
    for t, words in enumerate(content):
        shared: Counter[int] = Counter()
        for w in words:
            if w in postings:
                shared.update(postings[w])
        own = group_of[t]
        ranked = heapq.nsmallest(
            _NEIGHBOURS,
            ((-count, u) for u, count in shared.items() if group_of[u] != own),
        )
        result.append([u for _, u in ranked])
    return result


def _verdict(
    texts: Sequence[Sequence[str]],
    ids: Sequence[Sequence[int]],
    pair: tuple[int, int],
    sums: Vectors,
    index: dict[str, int],
    threshold: float,
    strong: bool = False,
) -> float | None:
    """The similarity (0–100) of a candidate pair that passes, or None.

    ``threshold`` is the least cosine. ``strong`` (evidence of one statement,
    see :func:`reworded_links`, and half the content words shared) skips the
    test of the words the two do not share when the shared words are spread
    through a rewording (:func:`_interleaved`): a static model often puts a
    translated word far from the word it translates ("deeply" and
    "profoundly" have a cosine of 0.09), and the evidence and the shared
    words already say it is one statement.
    """
    t, u = pair
    short, long_ = (t, u) if len(texts[t]) <= len(texts[u]) else (u, t)
    vector = _unit(sums[ids[short]].sum(axis=0))
    cosine, start = _best_run(vector, _prefix_sums(sums[ids[long_]]), len(texts[short]))
    if cosine < threshold:
        return None
    if (
        strong
        and _interleaved(texts[short], texts[long_][start : start + len(texts[short])])
    ):
        return round(cosine * 100, 2)
    if not _reworded(texts[short], texts[long_], start, sums, index):
        return None
    return round(cosine * 100, 2)


def reworded_links(
    texts: Sequence[Sequence[str]],
    groups: Sequence[Sequence[int]],
    config: Config,
    *,
    speakers: Sequence[frozenset[str]] | None = None,
    documents: Sequence[frozenset[str]] | None = None,
    model: StaticModel | None = None,
) -> list[Reworded]:
    """Links by meaning between texts of different lexical groups.

    Args:
        texts: the comparison words of each distinct text.
        groups: the lexical groups, as lists of text indices (every text in one).
        config: ``semantic_score`` and ``min_overlap_words`` (the fewest
            words of a text that can be linked by meaning) apply.
        speakers: for each text, the words of the names its quotes are
            attributed to (:func:`speaker_words`); two texts whose known
            speakers share no word are never linked (empty: unknown), and
            two whose speakers share one need less similarity (see the
            module docstring).
        documents: for each text, the ids of the documents that print it.
            Documents sharing two statements are versions of one report:
            a pair of texts from such documents (or from one of them and the
            statement of the other) needs as little similarity as the same
            speaker does. Links found without this are kept.
        model: the embedding model; :func:`load_model` when None.

    Returns:
        For each text, at most one link: to the text of another group most
        similar to it among the candidates that pass the lexical anchor and
        the similarity threshold (see the module docstring), in text order.

    >>> from quotematch.normalize import comparison_words
    >>> texts = [comparison_words(t) for t in [
    ...     "The harbour ferry will stay closed until engineers are sure it is safe.",
    ...     "The ferry of the harbour will remain closed until the engineers are certain that "
    ...     "it is secure.",
    ...     "Engineers closed the harbour ferry after they found cracks in its hull.",
    ... ]]
    >>> [(r.a, r.b) for r in reworded_links(texts, [[0], [1], [2]], Config())]
    [(0, 1), (1, 0)]
    """
    if model is None:
        model = load_model()
    group_of = [0] * len(texts)
    for g, members in enumerate(groups):
        for t in members:
            group_of[t] = g
    # A text shorter than twice min_overlap_words shares too few words for its
    # meaning to be judged on them alone (a fragment of a statement, or a list
    # of names): it takes part only with the same speaker or in a version of its
    # article, and not at all below min_overlap_words.
    content = [
        _content(words) if len(words) >= config.min_overlap_words else set() for words in texts
    ]
    fragment = [len(words) < 2 * config.min_overlap_words for words in texts]
    vocabulary = sorted({w for words in texts for w in words})
    index = {w: i for i, w in enumerate(vocabulary)}
    sums = model.word_vectors(vocabulary)
    ids = [[index[w] for w in words] for words in texts]
    threshold = config.semantic_score / 100
    verdicts: dict[tuple[int, int, bool], float | None] = {}
    neighbours = _neighbours(content, group_of)
    no_one: frozenset[str] = frozenset()

    def links(vouched: Callable[[int, int], bool]) -> list[Reworded]:
        result = []
        for t, candidates in enumerate(neighbours):
            best: Reworded | None = None
            for u in candidates:
                said = (speakers[t], speakers[u]) if speakers else (no_one, no_one)
                if said[0] and said[1] and not said[0] & said[1]:
                    continue  # said by someone else: another statement, however alike
                eased = vouched(t, u)
                if (fragment[t] or fragment[u]) and not eased:
                    continue
                common = len(content[t] & content[u])
                fewer = min(len(content[t]), len(content[u]))
                if common < max(_ANCHOR_WORDS, _ANCHOR_SHARE * fewer):
                    continue
                key = (min(t, u), max(t, u), eased)
                if key not in verdicts:  # each pair is looked at from both sides
                    least = threshold - _SAME_SPEAKER_EASE if eased else threshold
                    strong = eased and common >= _STRONG_SHARE * fewer
                    verdicts[key] = _verdict(texts, ids, key[:2], sums, index, least, strong)
                similarity = verdicts[key]
                if similarity is not None and (best is None or similarity > best.similarity):
                    best = Reworded(t, u, similarity, common)
            if best is not None:
                result.append(best)
        return result

    def same_speaker(t: int, u: int) -> bool:
        return bool(speakers and speakers[t] & speakers[u])

    found = links(same_speaker)
    if not documents:
        return found
    versions = _versions(documents, groups, found)
    if versions:
        group_docs = [frozenset().union(*(documents[t] for t in members)) for members in groups]

        def in_context(t: int, u: int) -> bool:
            if same_speaker(t, u):
                return True
            return any(
                versions.get(doc, no_one) & group_docs[group_of[other]]
                for one, other in ((t, u), (u, t))
                for doc in documents[one]
            )

        found = links(in_context)
    return found + _lone_links(
        texts, groups, found, speakers, documents, versions, (sums, ids, index), threshold
    )


def _lone_links(
    texts: Sequence[Sequence[str]],
    groups: Sequence[Sequence[int]],
    found: Sequence[Reworded],
    speakers: Sequence[frozenset[str]] | None,
    documents: Sequence[frozenset[str]],
    versions: dict[str, frozenset[str]],
    vectors: tuple[Vectors, Sequence[Sequence[int]], dict[str, int]],
    threshold: float,
) -> list[Reworded]:
    """Links for texts nothing else joins, found among their speaker's statements in context.

    A reprint that translates or spins an article rewords its short quotes
    too ("a rapid recovery" for "a speedy recovery", "Ines offered her
    regrets without condition" for "Ines has said sorry without reservation"): too short
    or too changed to share a rare word, so no candidate finds them. Such a
    text, when it stands alone (its lexical group has no other text and no
    link reaches it) and is attributed to someone, is compared with the
    statements that the *same speaker* is quoted in by its own document or
    by a version of it (:func:`_versions`): in a report about one event, a
    speaker's lone words are most likely a version of what the report's
    other copies quote them saying. Both the speaker and the article vouch,
    so the least cosine is ``_LONE_EASE`` below ``threshold``. Only
    statements printed by more than one document are offered (two lone
    texts of one article vouch for nothing), each with its ``_NEIGHBOURS``
    longest texts. The text must have ``_LONE_WORDS`` words and reword a run
    of one of them (:func:`_lone_verdict`).
    """
    if not speakers:
        return []
    sums, ids, index = vectors
    statement = _statements(groups, found)
    linked = {r.a for r in found} | {r.b for r in found}
    group_of = [0] * len(texts)
    for g, members in enumerate(groups):
        for t in members:
            group_of[t] = g
    by_doc: defaultdict[str, list[int]] = defaultdict(list)
    for t, docs in enumerate(documents):
        for doc in docs:
            by_doc[doc].append(t)
    texts_of: defaultdict[int, list[int]] = defaultdict(list)
    for t in range(len(texts)):
        texts_of[statement[group_of[t]]].append(t)
    printed_in: defaultdict[int, set[str]] = defaultdict(set)
    for t, docs in enumerate(documents):
        printed_in[statement[group_of[t]]].update(docs)
    reprinted = {s for s, docs in printed_in.items() if len(docs) > 1}
    longest = {
        s: heapq.nsmallest(_NEIGHBOURS, members, key=lambda u: (-len(texts[u]), u))
        for s, members in texts_of.items()
    }
    least = threshold - _LONE_EASE
    result = []
    for t, words in enumerate(texts):
        if (
            len(words) < _LONE_WORDS
            or not speakers[t]
            or t in linked
            or len(groups[group_of[t]]) > 1
        ):
            continue
        context = set(documents[t]).union(*(versions.get(doc, ()) for doc in documents[t]))
        offered = {
            statement[group_of[u]]
            for doc in context
            for u in by_doc[doc]
            if speakers[u] & speakers[t] and statement[group_of[u]] != statement[group_of[t]]
        }
        offered &= reprinted
        best: Reworded | None = None
        vector = _unit(sums[ids[t]].sum(axis=0))
        for s in sorted(offered):
            for u in longest[s]:
                if len(texts[u]) < len(words):
                    break
                similarity = _lone_verdict(words, texts[u], vector, sums, ids[u], index, least)
                if similarity is not None and (best is None or similarity > best.similarity):
                    shared = len(_content(words) & _content(texts[u]))
                    best = Reworded(t, u, similarity, shared)
        if best is not None:
            result.append(best)
    return result


def _lone_verdict(
    words: Sequence[str],
    long_: Sequence[str],
    vector: Vectors,
    sums: Vectors,
    long_ids: Sequence[int],
    index: dict[str, int],
    least: float,
) -> float | None:
    """The similarity (0–100) of a lone text with its closest fitting run of ``long_``, or None.

    The runs of ``long_`` as long as ``words`` are tried closest first, the
    ``_LONE_RUNS`` closest at most, down to the cosine ``least``: in a short
    text the function words weigh as much as the rest ("a rapid recovery"
    is closest to "recovery and we", and rewords "a speedy recovery"). The
    first run that ``words`` rewords without copying it (:func:`_reworded`,
    or :func:`_interleaved` when half the content words are shared) counts.
    """
    import numpy as np  # type: ignore[import-not-found,unused-ignore]

    width = len(words)
    prefix = _prefix_sums(sums[long_ids])
    scores = _unit(prefix[width:] - prefix[:-width]) @ vector
    content = _content(words)
    strong = len(content & _content(long_)) >= _STRONG_SHARE * len(content)
    for start in np.argsort(-scores, kind="stable")[:_LONE_RUNS]:
        cosine, start = float(scores[start]), int(start)
        if cosine < least:
            break
        if _copied(words, long_, start):
            continue
        run = long_[start : start + width]
        if _reworded(words, long_, start, sums, index) or (strong and _interleaved(words, run)):
            return round(cosine * 100, 2)
    return None


def _versions(
    documents: Sequence[frozenset[str]],
    groups: Sequence[Sequence[int]],
    links: Sequence[Reworded],
) -> dict[str, frozenset[str]]:
    """For each document, those printing ``_VERSION_STATEMENTS`` of its statements.

    Statements are the lexical groups joined along ``links``. Two articles
    that share two statements are versions of one report (a reprint, a
    translated copy, a rewrite of the same wire story), so their other quotes
    are likely versions of one another too. A statement printed in more than
    ``_MAX_VERSION_DOCS`` documents says little about any two of them and is
    not counted (the cost grows with the square of its documents).
    """
    statement = _statements(groups, links)
    printed_in: defaultdict[int, set[str]] = defaultdict(set)
    for g, members in enumerate(groups):
        for t in members:
            printed_in[statement[g]].update(documents[t])
    shared: Counter[tuple[str, str]] = Counter()
    for docs in printed_in.values():
        if 1 < len(docs) <= _MAX_VERSION_DOCS:
            shared.update(itertools.combinations(sorted(docs), 2))
    versions: defaultdict[str, set[str]] = defaultdict(set)
    for (a, b), count in shared.items():
        if count >= _VERSION_STATEMENTS:
            versions[a].add(b)
            versions[b].add(a)
    return {doc: frozenset(others) for doc, others in versions.items()}


def speaker_words(quotes: Sequence[Quote]) -> frozenset[str]:
    """The folded words of the speakers the quotes are attributed to (empty: none known).

    Function words ("the" council, "the" club) are left out: they name nobody.

    >>> speaker_words([Quote(id="a", doc_id="a", text="", speaker="The Lowenby City Council"),
    ...                Quote(id="b", doc_id="b", text="")]) == {"lowenby", "city", "council"}
    True
    """
    return frozenset(
        word
        for quote in quotes
        if quote.speaker
        for word in comparison_words(quote.speaker)
        if word not in STOP_WORDS
    )


def _statements(groups: Sequence[Sequence[int]], links: Sequence[Reworded]) -> list[int]:
    """For each lexical group, the lowest group it is joined to along ``links``."""
    group_of = {t: g for g, members in enumerate(groups) for t in members}
    sets = UnionFind(len(groups))
    for link in links:
        sets.union(group_of[link.a], group_of[link.b])
    return [sets.find(g) for g in range(len(groups))]


def join_reworded(
    groups: Sequence[Sequence[int]], links: Sequence[Reworded], weights: Sequence[int]
) -> list[tuple[int, list[int]]]:
    """Join lexical groups along links by meaning.

    Args:
        groups: the lexical groups (lists of text indices).
        links: :func:`reworded_links`.
        weights: how many quotes print each text.

    Returns:
        One ``(main group, [other groups])`` per joined statement, in order of
        the main group: the main group is the one printed by the most quotes
        (ties: the lowest index); its members carry the statement's wording, the
        others are its reworded versions. Every group is in exactly one entry.

    >>> join_reworded([[0], [1, 2], [3]], [Reworded(0, 1, 80.0, 3)], [1, 1, 1, 1])
    [(1, [0]), (2, [])]
    """
    statement = _statements(groups, links)
    joined: defaultdict[int, list[int]] = defaultdict(list)
    for g in range(len(groups)):
        joined[statement[g]].append(g)
    size = [sum(weights[t] for t in members) for members in groups]
    result = []
    for members in joined.values():
        main = min(members, key=lambda g: (-size[g], g))
        result.append((main, [g for g in members if g != main]))
    result.sort()
    return result


def reworded_variants(
    quote: Quote, canonical: str, *, model: StaticModel | None = None
) -> tuple[Coverage, tuple[Variant, ...]]:
    """Place a member joined by meaning on the canonical passage and describe its rewording.

    The member's part of the passage is the run of canonical words whose
    vector is closest to the member's: first a run as long as the member (or
    the whole passage), then each end moved by up to ``_REFINE`` words while
    that brings them closer. The cosine is the member's similarity.

    The member is then aligned part by part: the parts it was printed in
    (split around "she said", or over paragraphs) share out the canonical
    words in order, each taking the consecutive run closest in meaning
    (dynamic programming over the cut points, which prefer the passage's
    sentence breaks). Every part that differs from its run is one
    ``paraphrase`` record, without the words it opens and ends with alike, so
    an editor sees which passage became which rewording; a member too long to
    align this way is one part. Together with the other parts, the records
    rebuild the member from the passage (:func:`quotematch.apply_variants`).

    Returns:
        The member's :class:`~quotematch.Coverage` (``score`` is the
        similarity) and its variant records, each carrying the similarity.

    >>> quote = Quote(id="b:0", doc_id="b", text="We strongly condemn these cuts to the ferry.")
    >>> passage = "The council met today. We firmly oppose the cuts to the ferry. Talks go on."
    >>> cover, variants = reworded_variants(quote, passage)
    >>> passage[cover.start:cover.end], round(cover.score)
    ('We firmly oppose the cuts to the ferry.', 69)
    >>> [(v.category, v.canonical_text, v.variant_text) for v in variants]
    [('paraphrase', 'firmly oppose the', 'strongly condemn these')]
    """
    if model is None:
        model = load_model()
    text = quote.text
    c_norms, c_starts, c_ends, _ = token_columns(canonical)
    m_norms, m_starts, m_ends, _ = token_columns(text)
    body = _strip_span(text, 0, len(text))
    if not c_norms or not m_norms:
        cover = Coverage(quote_id=quote.id, start=0, end=0, score=0.0)
        return cover, (_record(quote, canonical, (0, 0), body, 0.0),)
    c_vectors, m_vectors = _word_vectors(model, c_norms, m_norms)
    prefix = _prefix_sums(c_vectors)
    breaks = _breaks(canonical, c_starts, c_ends)
    member = _unit(m_vectors.sum(axis=0))
    width = min(len(m_norms), len(c_norms))
    found = _refine(member, prefix, *_best_run(member, prefix, width), breaks, width)
    cosine, first, stop = _whole_sentences(member, prefix, breaks, len(m_norms), found)
    first, stop = _facing(c_norms, m_norms, first, stop, breaks)
    similarity = round(max(cosine, 0.0) * 100, 2)
    cuts = _part_cuts(quote, m_starts)
    pieces = [_unit(m_vectors[a:b].sum(axis=0)) for a, b in itertools.pairwise(cuts)]
    part_breaks = frozenset(b - first for b in breaks if first < b < stop)
    bounds = _share_out(pieces, prefix[first : stop + 1] - prefix[first], part_breaks)
    if bounds is None:
        bounds, cuts = [0, stop - first], [0, len(m_norms)]
    c_runs = [(c_starts[first + a], c_ends[first + b - 1]) for a, b in itertools.pairwise(bounds)]
    m_runs = [(m_starts[a], m_ends[b - 1]) for a, b in itertools.pairwise(cuts)]
    m_runs[0], m_runs[-1] = (body[0], m_runs[0][1]), (m_runs[-1][0], body[1])
    # The passage's mark after its last word (a full stop, a comma) ends the last piece.
    last = c_runs[-1]
    marks = _MARKS_AFTER.match(canonical, last[1])
    c_runs[-1] = (last[0], marks.end() if marks else last[1])
    cover = Coverage(quote_id=quote.id, start=c_runs[0][0], end=c_runs[-1][1], score=similarity)
    records = _piece_records(quote, canonical, c_runs, m_runs, similarity)
    cover, records = _unprinted_ends(canonical, cover, records)
    return cover, merge_rewritten(quote, canonical, records, (cover.start, cover.end))


def _facing(
    passage: Sequence[str], member: Sequence[str], first: int, stop: int, breaks: frozenset[int]
) -> tuple[int, int]:
    """Widen the run ``passage[first:stop]`` over the words the member's unshared ends reword.

    A run chosen by its vector leaves out a passage word that the model puts
    far from its rewording ("a rapid recovery" placed on "recovery", without
    "a speedy"; "ran exactly as they had been set up to" on "as they were
    set up to", without "operated"). When the member prints words before
    its first word in common with the run and the run has none, those words
    face the passage's words just before the run: as many as it takes to
    hold as many content words (at least one), or all of them when the
    member's first word is printed there too. The same holds after the last
    word in common. A run never grows across a sentence break.

    >>> _facing("we wish her a speedy recovery".split(), "a rapid recovery".split(), 5, 6,
    ...         frozenset({0, 6}))
    (3, 6)
    """
    blocks = [
        b
        for b in difflib.SequenceMatcher(
            None, passage[first:stop], member, autojunk=False
        ).get_matching_blocks()
        if b.size
    ]
    if not blocks:
        return first, stop
    width = stop - first
    if blocks[0].a == 0 and blocks[0].b:
        lead = member[: blocks[0].b]
        first -= _facing_words(passage[:first][::-1], lead[::-1], breaks, first, -1)
    last = blocks[-1]
    if last.a + last.size == width and last.b + last.size < len(member):
        tail = member[last.b + last.size :]
        stop += _facing_words(passage[stop:], tail, breaks, stop, 1)
    return first, stop


def _facing_words(
    beyond: Sequence[str], words: Sequence[str], breaks: frozenset[int], at: int, step: int
) -> int:
    """How many of the passage words ``beyond`` the run (nearest first) face ``words``.

    ``words`` are the member's unshared words, nearest the run first; ``at``
    is the run's end on that side and ``step`` the direction, so that no
    word past a sentence break (``breaks``) is taken.
    """
    room = 0
    while room < min(len(words), len(beyond)) and (at + step * room) not in breaks:
        room += 1
    if room == len(words) and beyond[room - 1] == words[-1]:
        return room
    need = max(1, len(_content(words)))
    taken = 0
    for k in range(room):
        taken += beyond[k] not in STOP_WORDS and len(beyond[k]) > 1
        if taken >= need:
            return k + 1
    return 0


def _unprinted_ends(
    canonical: str, cover: Coverage, records: Sequence[Variant]
) -> tuple[Coverage, tuple[Variant, ...]]:
    """The coverage without the passage's words the member leaves out at either end.

    The run closest in meaning prefers whole sentences, so it may reach past
    the last word a fragment prints ("... the final lap" placed on "... the final
    lap I will ever get to race"). Words left out at the ends are a shorter part,
    as for members joined by wording, not an omission to report.
    """
    kept = list(records)
    start, end = cover.start, cover.end
    if kept and kept[0].category == "omission" and kept[0].canonical_span[0] <= start:
        start = _strip_span(canonical, kept.pop(0).canonical_span[1], end)[0]
    if kept and kept[-1].category == "omission":
        omitted = kept[-1].canonical_span
        if not any(ch.isalnum() for ch in canonical[omitted[1] : end]):
            end = _strip_span(canonical, start, kept.pop().canonical_span[0])[1]
    if (start, end) == (cover.start, cover.end):
        return cover, tuple(records)
    return attrs.evolve(cover, start=start, end=end), tuple(kept)


def _word_vectors(model: StaticModel, *texts: Sequence[str]) -> list[Vectors]:
    """Per text, the matrix of its words' vector sums (one row per word)."""
    vocabulary = sorted({w for text in texts for w in text})
    index = {w: i for i, w in enumerate(vocabulary)}
    sums = model.word_vectors(vocabulary)
    return [sums[[index[w] for w in text]] for text in texts]


def _prefix_sums(vectors: Vectors) -> Vectors:
    """Row ``i`` is the sum of the first ``i`` rows of ``vectors`` (row 0 is zeros).

    A product with a lower-triangular matrix of ones rather than
    ``numpy.cumsum`` along the rows, which is strided: for a 30-word text of
    256-dimensional rows, 31 µs against 120 µs, and this runs once per
    candidate pair.
    """
    import numpy as np  # type: ignore[import-not-found,unused-ignore]

    n = len(vectors)
    out: Vectors = np.tri(n + 1, n, -1, dtype=np.float32) @ vectors
    return out


def _piece_records(
    quote: Quote,
    canonical: str,
    c_runs: Sequence[tuple[int, int]],
    m_runs: Sequence[tuple[int, int]],
    similarity: float,
) -> tuple[Variant, ...]:
    """One ``paraphrase`` record per piece that differs, and one per differing mark.

    ``c_runs[k]`` (in the passage) and ``m_runs[k]`` (in the member) are the
    k-th pieces; together the records turn the passage's part into the member.
    A piece's record leaves out the words it opens and ends with exactly as
    the passage does ("If your child ... please keep the jar closed"); the marks
    after its last word belong to the record when it reaches that word, and
    are a record of their own otherwise.
    """
    text = quote.text
    records: list[Variant] = []
    for k, (c_span, m_span) in enumerate(zip(c_runs, m_runs, strict=True)):
        (c_words, m_words), (c_tail, m_tail) = _split_marks(canonical, c_span, text, m_span)
        c_body, m_body = _trim_alike(canonical, c_words, text, m_words)
        if c_body[1] == c_words[1] and m_body[1] == m_words[1]:
            # Reworded up to its last word: the marks after it belong to the rewording.
            c_body, m_body = (c_body[0], c_tail[1]), (m_body[0], m_tail[1])
            c_tail, m_tail = (c_tail[1], c_tail[1]), (m_tail[1], m_tail[1])
        if canonical[c_body[0] : c_body[1]] != text[m_body[0] : m_body[1]]:
            records.extend(_aligned(quote, canonical, c_body, m_body, similarity))
        if k + 1 < len(c_runs):  # the marks up to the next piece
            c_tail = _strip_span(canonical, c_tail[0], c_runs[k + 1][0])
            m_tail = _strip_span(text, m_tail[0], m_runs[k + 1][0])
        c_text, m_text = canonical[c_tail[0] : c_tail[1]], text[m_tail[0] : m_tail[1]]
        if c_text != m_text:
            category, minor = mark_category(c_text, m_text)
            records.append(
                Variant(
                    quote_id=quote.id,
                    category=category,
                    canonical_text=c_text,
                    variant_text=m_text,
                    canonical_span=c_tail,
                    spans=document_spans(quote, *m_tail),
                    minor=minor,
                    similarity=similarity,
                )
            )
    return tuple(records)


def _words_in(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The (start, end) of each word of ``text`` inside ``span``."""
    _, starts, ends, _ = token_columns(text[span[0] : span[1]])
    return [(span[0] + a, span[0] + b) for a, b in zip(starts, ends, strict=True)]


def _aligned(
    quote: Quote,
    canonical: str,
    c_span: tuple[int, int],
    m_span: tuple[int, int],
    similarity: float,
) -> list[Variant]:
    """The records that turn ``canonical[c_span]`` into the member's ``m_span``, word by word.

    The two are aligned on their words (a longest common subsequence of
    folded words); words printed exactly alike anchor the alignment, and each
    stretch between two anchors that differs is one record: a single word
    named by :func:`~quotematch.classify.word_category` ("allowed" for
    "permitted" is a substitution), marks by
    :func:`~quotematch.classify.mark_category`, anything longer a
    ``paraphrase``. When fewer than half the words of the shorter side
    align, there is no alignment to speak of and the whole span is one
    ``paraphrase`` record. Sentences rewritten throughout become one record
    later (:mod:`quotematch.rewrites`).
    """
    text = quote.text
    c_words, m_words = _words_in(canonical, c_span), _words_in(text, m_span)
    c_fold = [fold_word(canonical[a:b]) for a, b in c_words]
    m_fold = [fold_word(text[a:b]) for a, b in m_words]
    matcher = difflib.SequenceMatcher(None, c_fold, m_fold, autojunk=False)
    anchors = [
        (c_words[i + k], m_words[j + k])
        for i, j, size in matcher.get_matching_blocks()
        for k in range(size)
        if c_fold[i + k] == m_fold[j + k] and _same(canonical, c_words[i + k], text, m_words[j + k])
    ]
    if 2 * len(anchors) < min(len(c_words), len(m_words)):
        return _unaligned(quote, canonical, c_span, m_span, anchors, similarity)
    ends = ((c_span[1], c_span[1]), (m_span[1], m_span[1]))
    records = []
    c_at, m_at = c_span[0], m_span[0]
    for c_word, m_word in [*anchors, ends]:
        c_gap = _strip_span(canonical, c_at, c_word[0])
        m_gap = _strip_span(text, m_at, m_word[0])
        if canonical[c_gap[0] : c_gap[1]] != text[m_gap[0] : m_gap[1]]:
            c_gap, m_gap = _trim_alike(canonical, c_gap, text, m_gap)  # ". Families", ". The ..."
            records.append(_gap_record(quote, canonical, c_gap, m_gap, similarity))
        c_at, m_at = c_word[1], m_word[1]
    return records


def _unaligned(
    quote: Quote,
    canonical: str,
    c_span: tuple[int, int],
    m_span: tuple[int, int],
    anchors: Sequence[tuple[tuple[int, int], tuple[int, int]]],
    similarity: float,
) -> list[Variant]:
    """One ``paraphrase`` record for a span that does not align, and the passage it goes past.

    When the member's last word is printed exactly as a word inside the
    passage's span ("... the final lap" against "... the final lap I will ever get
    to race"), the passage's words after it are a separate ``omission``, so
    that the coverage can end there (:func:`_unprinted_ends`).
    """
    end = c_span[1]
    tail: list[Variant] = []
    if anchors and anchors[-1][1][1] == m_span[1] and anchors[-1][0][1] < end:
        end = anchors[-1][0][1]
        rest = _strip_span(canonical, end, c_span[1])
        tail.append(_gap_record(quote, canonical, rest, (m_span[1], m_span[1]), similarity))
    body, printed = _trim_alike(canonical, (c_span[0], end), quote.text, m_span)
    return [_record(quote, canonical, body, printed, similarity), *tail]


def _gap_record(
    quote: Quote,
    canonical: str,
    span: tuple[int, int],
    printed: tuple[int, int],
    similarity: float,
) -> Variant:
    """One stretch between aligned words: a word, marks, words added or left out, or a phrase."""
    old, new = canonical[span[0] : span[1]], quote.text[printed[0] : printed[1]]
    old_words, new_words = comparison_words(old), comparison_words(new)
    category: VariantCategory = "paraphrase"
    minor = False
    if not old_words and not new_words:
        category, minor = mark_category(old, new)
    elif len(old_words) == len(new_words) == 1 and old.isalnum() and new.isalnum():
        category, minor = word_category(old, new)
    elif not old.strip() or not new.strip():
        category = "insertion" if not old.strip() else "omission"
    return _record(quote, canonical, span, printed, similarity, category, minor)


def _split_marks(
    canonical: str, c_span: tuple[int, int], text: str, m_span: tuple[int, int]
) -> tuple[tuple[tuple[int, int], tuple[int, int]], tuple[tuple[int, int], tuple[int, int]]]:
    """Each piece cut into its words and the marks after its last word: (bodies, tails)."""
    bodies, tails = [], []
    for string, (start, end) in ((canonical, c_span), (text, m_span)):
        cut = end
        while cut > start and not string[cut - 1].isalnum():
            cut -= 1
        bodies.append((start, cut))
        tails.append((cut, end))
    return (bodies[0], bodies[1]), (tails[0], tails[1])


def _trim_alike(
    canonical: str, c_span: tuple[int, int], text: str, m_span: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """Both spans without the whole words they open and end with alike.

    Only identical characters are left out, cut at a space, so replacing the
    rest of one by the rest of the other still turns one into the other.

    >>> a, b = "Ask a nurse or anyone on duty, please", "Ask a nurse or a person on duty, please"
    >>> _trim_alike(a, (0, len(a)), b, (0, len(b)))
    ((15, 21), (15, 23))
    """
    a, b = canonical[c_span[0] : c_span[1]], text[m_span[0] : m_span[1]]
    if a == b:
        return c_span, m_span
    shorter = min(len(a), len(b))
    k = 0
    while k < shorter and a[k] == b[k]:
        k += 1
    k = a.rfind(" ", 0, k) + 1 if k < shorter or len(a) != len(b) else k
    j = 0
    while j < shorter - k and a[len(a) - 1 - j] == b[len(b) - 1 - j]:
        j += 1
    tail = a[len(a) - j :]
    j = j - tail.find(" ") if " " in tail else 0
    c_new, m_new = (c_span[0] + k, c_span[1] - j), (m_span[0] + k, m_span[1] - j)
    return _strip_span(canonical, *c_new), _strip_span(text, *m_new)


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the whitespace at either end (an empty span at ``start``)."""
    piece = text[start:end]
    if not piece.strip():
        return start, start
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + len(piece.rstrip())


def _part_cuts(quote: Quote, starts: Sequence[int]) -> list[int]:
    """Word positions where each printed part of ``quote`` starts, and its number of words.

    A quote split around "she said" or run on over paragraphs has one span per
    part in its document, and its text joins them with one space.
    """
    cuts = [0]
    base = 0
    for part_start, part_end in quote.spans[:-1]:
        base += part_end - part_start + 1
        first = bisect.bisect_left(starts, base)
        if cuts[-1] < first < len(starts):
            cuts.append(first)
    cuts.append(len(starts))
    return cuts


def _breaks(text: str, starts: Sequence[int], ends: Sequence[int]) -> frozenset[int]:
    """Word positions where a sentence of ``text`` starts, and the position after its last word."""
    inner = (
        k + 1 for k in range(len(starts) - 1) if _ENDS_SENTENCE.search(text, ends[k], starts[k + 1])
    )
    return frozenset((0, *inner, len(starts)))


def _share_out(
    sentences: Sequence[Vectors], prefix: Vectors, breaks: frozenset[int]
) -> list[int] | None:
    """Cut a run of words (given by its prefix sums) into one consecutive piece per sentence.

    Returns the cut points (``0 = b_0 < b_1 < ... < b_k = n``) that maximise
    the summed cosine of each sentence with its piece (a cut on one of the
    run's own sentence ``breaks`` earns ``_SNAP``), or None when there are
    more sentences than words or too many words to try every cut.
    """
    import numpy as np  # type: ignore[import-not-found,unused-ignore]

    n, k = len(prefix) - 1, len(sentences)
    if k > n or n > _MAX_ALIGN_WORDS:
        return None
    if k == 1:
        return [0, n]
    runs = prefix[None, :, :] - prefix[:, None, :]  # runs[a, b] = words a..b-1
    runs = _unit(runs)
    score = np.stack([runs @ s for s in sentences])  # (k, n+1, n+1)
    best = np.full((k + 1, n + 1), -np.inf)
    back = np.zeros((k + 1, n + 1), dtype=np.int64)
    best[0, 0] = 0.0
    bonus = np.array([_SNAP if b in breaks else 0.0 for b in range(n + 1)])
    for i in range(1, k + 1):
        for b in range(i, n - (k - i) + 1):
            options = best[i - 1, :b] + score[i - 1, :b, b] + bonus[b]
            a = int(np.argmax(options))
            best[i, b], back[i, b] = options[a], a
    cuts = [n]
    for i in range(k, 0, -1):
        cuts.append(int(back[i, cuts[-1]]))
    return cuts[::-1]


def _whole_sentences(
    member: Vectors,
    prefix: Vectors,
    breaks: frozenset[int],
    words: int,
    found: tuple[float, int, int],
) -> tuple[float, int, int]:
    """The run of whole sentences closest to ``member``, if closer than the run ``found``.

    Runs from a sentence break to a later one, between half and one and a
    half times the member's ``words`` long, each end earning ``_SNAP`` like
    :func:`_refine`'s; a rewording is often longer or shorter than what it
    rewords, which a run of fixed width cannot follow.
    """
    import numpy as np  # type: ignore[import-not-found,unused-ignore]

    cosine, first, stop = found
    best = (cosine + _SNAP * ((first in breaks) + (stop in breaks)), cosine, first, stop)
    ordered = sorted(breaks)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b - a > 1.5 * words:
                break
            if b - a < 0.5 * words:
                continue
            run = prefix[b] - prefix[a]
            norm = float(np.linalg.norm(run))
            value = float(run @ member) / norm if norm else 0.0
            if value + 2 * _SNAP > best[0] + 1e-6:
                best = (value + 2 * _SNAP, value, a, b)
    return best[1], best[2], best[3]


def _refine(
    member: Vectors, prefix: Vectors, cosine: float, first: int, breaks: frozenset[int], width: int
) -> tuple[float, int, int]:
    """Move the ends of the run of ``width`` words at ``first`` while that brings it closer.

    An end on a sentence break (``breaks``, word positions) earns ``_SNAP``:
    reprints quote whole sentences, and dropping a sentence's opening words
    ("Today is ...") barely moves a mean vector. Returns (cosine, first, stop).
    """
    import numpy as np  # type: ignore[import-not-found,unused-ignore]

    n = len(prefix) - 1
    stop = first + width
    best = (-2.0, cosine, first, stop)
    for a in range(max(0, first - _REFINE), min(n - 1, first + _REFINE) + 1):
        for b in range(max(a + 1, stop - _REFINE), min(n, stop + _REFINE) + 1):
            run = prefix[b] - prefix[a]
            norm = float(np.linalg.norm(run))
            value = float(run @ member) / norm if norm else 0.0
            rank = value + _SNAP * ((a in breaks) + (b in breaks))
            if rank > best[0] + 1e-6:
                best = (rank, value, a, b)
    return best[1], best[2], best[3]


def _record(
    quote: Quote,
    canonical: str,
    span: tuple[int, int],
    printed: tuple[int, int],
    similarity: float,
    category: VariantCategory = "paraphrase",
    minor: bool = False,
) -> Variant:
    old, new = canonical[span[0] : span[1]], quote.text[printed[0] : printed[1]]
    return Variant(
        quote_id=quote.id,
        category=category,
        canonical_text=old,
        variant_text=new,
        canonical_span=span,
        spans=document_spans(quote, *printed),
        minor=minor,
        meaning=record_meaning(category, minor, old, new, _opens(canonical, span[0])),
        similarity=similarity,
    )


def _opens(text: str, start: int) -> bool:
    """Whether ``text[start:]`` opens a sentence (its first word is then no name)."""
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?:\"“‘'"


def _same(a: str, a_span: tuple[int, int], b: str, b_span: tuple[int, int]) -> bool:
    """Whether two words are printed exactly alike."""
    return a[a_span[0] : a_span[1]] == b[b_span[0] : b_span[1]]
