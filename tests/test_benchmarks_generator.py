"""The benchmark generators and metrics: seeded, consistent ground truth, scores right by hand.

Tiny sizes only; the benchmarks themselves are run by hand (see docs/benchmarks.md).
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict

import pytest
from benchmarks import vocab
from benchmarks.articles import generate_articles
from benchmarks.generate import apply_op, generate_corpus
from benchmarks.metrics import extraction_scores, labels_from_clusters, pair_scores
from benchmarks.peers import UnionFind, naive_quotes
from hypothesis import given, settings
from hypothesis import strategies as st

# --------------------------------------------------------------------------- quote corpus


def test_same_seed_same_corpus_other_seed_other_corpus() -> None:
    assert generate_corpus(120, seed=7) == generate_corpus(120, seed=7)
    assert generate_corpus(120, seed=7).texts != generate_corpus(120, seed=8).texts


def test_corpus_has_exactly_the_requested_size_and_every_role() -> None:
    corpus = generate_corpus(400, seed=1)
    assert len(corpus.texts) == len(corpus.statement_ids) == len(corpus.roles) == 400
    assert set(corpus.roles) == {"full", "fragment", "piece"}


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_fragments_and_pieces_are_word_windows_of_their_statement(seed: int) -> None:
    corpus = generate_corpus(60, seed=seed)
    for text, sid, role, window in zip(
        corpus.texts, corpus.statement_ids, corpus.roles, corpus.windows, strict=True
    ):
        if role == "full":
            assert window is None
            continue
        assert window is not None
        words = corpus.statements[sid].split()
        start, end = window
        assert text == " ".join(words[start:end])
        assert end - start >= 4
        if role == "fragment":
            n = len(words)
            assert max(4, round(0.3 * n)) <= end - start <= max(4, round(0.7 * n))


def test_fragments_reach_past_a_shared_opening() -> None:
    corpus = generate_corpus(3000, seed=2)
    shared = [k for k in corpus.shared_prefix if k]
    assert shared, "the generator should make shared-opening distractors at this size"
    for sid, window in zip(corpus.statement_ids, corpus.windows, strict=True):
        if window is not None and corpus.shared_prefix[sid]:
            assert window[1] >= corpus.shared_prefix[sid] + 3


def test_shared_openings_really_are_shared() -> None:
    corpus = generate_corpus(3000, seed=2)
    openings: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
    for sid, statement in enumerate(corpus.statements):
        k = corpus.shared_prefix[sid]
        if k:
            words = statement.split()[:k]
            words[-1] = words[-1].rstrip(".,;:!?")
            openings[tuple(words)].add(sid)
    # Each distractor and the statement it copied record the same opening length.
    assert any(len(sids) >= 2 for sids in openings.values())


def test_ground_truth_is_consistent() -> None:
    corpus = generate_corpus(500, seed=3)
    roles_by_statement: defaultdict[int, Counter[str]] = defaultdict(Counter)
    for sid, role in zip(corpus.statement_ids, corpus.roles, strict=True):
        assert 0 <= sid < len(corpus.statements)
        roles_by_statement[sid][role] += 1
    for roles in roles_by_statement.values():
        assert roles["full"] >= 1  # no fragment without a full version to join
        assert roles["piece"] in (0, 1, 2)
    exact = 0
    for text, sid, ops, window in zip(
        corpus.texts, corpus.statement_ids, corpus.ops, corpus.windows, strict=True
    ):
        if window is None and not ops:
            assert text == corpus.statements[sid]
            exact += 1
    assert exact > 0


def test_statements_have_12_to_60_words() -> None:
    corpus = generate_corpus(300, seed=4)
    assert all(12 <= len(s.split()) <= 60 for s in corpus.statements)
    assert not any("|" in s or "{" in s for s in corpus.statements)  # no leaked template syntax


def test_stock_phrases_appear_in_many_statements() -> None:
    corpus = generate_corpus(600, seed=5)
    with_stock = sum(
        any(p.casefold() in s.casefold() for p in vocab.STOCK_PHRASES) for s in corpus.statements
    )
    assert with_stock >= len(corpus.statements) // 5


# --------------------------------------------------------------------------- variant ops


def test_ops_make_the_documented_differences() -> None:
    rng = random.Random(0)
    assert apply_op(rng, "We apologise for the delay.", "spelling_locale") == (
        "We apologize for the delay."
    )
    assert apply_op(rng, "Fish and chips.", "ampersand") == "Fish & chips."
    assert apply_op(rng, "We don't know.", "typography") == "We don’t know."
    assert apply_op(rng, "No marks here.", "dash") is None
    assert apply_op(rng, "This is about the bridge — not the pier.", "dash") != (
        "This is about the bridge — not the pier."
    )


def test_pronoun_change_swaps_one_pronoun() -> None:
    out = apply_op(random.Random(1), "Our pier is closed.", "pronoun")
    assert out == "Their pier is closed."


# --------------------------------------------------------------------------- metrics


def test_pair_scores_on_a_clustering_worked_by_hand() -> None:
    # Statement A printed as two full versions (0, 1) and one fragment (2);
    # statement B as one full version (3). Predicted: {0, 2, 3} and {1}.
    scores = pair_scores(
        ["x", "y", "x", "x"], ["A", "A", "A", "B"], ["full", "full", "fragment", "full"]
    )
    # True pairs: 01, 02, 12. Predicted pairs: 02, 03, 23. Both: 02.
    assert (scores.all_true, scores.all_pred, scores.all_hit) == (3, 3, 1)
    assert scores.f1 == pytest.approx(1 / 3)
    # Full→full: true 01; predicted 03; none right.
    assert (scores.full_true, scores.full_pred, scores.full_hit) == (1, 1, 0)
    # Fragment→full: true 02, 12; predicted 02, 23; right 02.
    assert (scores.frag_true, scores.frag_pred, scores.frag_hit) == (2, 2, 1)
    assert scores.frag_recall == scores.frag_precision == 0.5


def test_pair_scores_perfect_and_singletons() -> None:
    truth = [0, 0, 1, 1, 1]
    assert pair_scores([5, 5, 9, 9, 9], truth).f1 == 1.0
    alone = pair_scores([0, 1, 2, 3, 4], truth)
    assert (alone.recall, alone.precision, alone.f1) == (0.0, 1.0, 0.0)
    merged = pair_scores([0] * 5, truth)
    assert merged.recall == 1.0 and merged.precision == pytest.approx(4 / 10)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 4), st.integers(0, 4), st.sampled_from(["full", "fragment"])),
        max_size=14,
    )
)
def test_pair_scores_agree_with_counting_every_pair(rows: list[tuple[int, int, str]]) -> None:
    predicted = [p for p, _, _ in rows]
    truth = [t for _, t, _ in rows]
    roles = [r for _, _, r in rows]
    counts = Counter[str]()
    for i in range(len(rows)):
        for j in range(i + 1, len(rows)):
            kinds = {roles[i], roles[j]}
            tags = (
                ["all"]
                + (["full"] if kinds == {"full"} else [])
                + (["frag"] if kinds == {"full", "fragment"} else [])
            )
            for tag in tags:
                counts[tag + "_true"] += truth[i] == truth[j]
                counts[tag + "_pred"] += predicted[i] == predicted[j]
                counts[tag + "_hit"] += truth[i] == truth[j] and predicted[i] == predicted[j]
    scores = pair_scores(predicted, truth, roles)
    for name in ("all", "full", "frag"):
        for part in ("true", "pred", "hit"):
            assert getattr(scores, f"{name}_{part}") == counts[f"{name}_{part}"]


def test_labels_from_clusters_gives_leftovers_their_own_label() -> None:
    assert labels_from_clusters(5, [[4, 1], [], [0]]) == [1, 0, 2, 3, 0]


def test_extraction_scores_match_by_text_per_article() -> None:
    # Article 1: one of two found is right; article 2: the one found is right.
    p, r, f, hit = extraction_scores(
        [["We won,", "oops"], ["Fine."]], [["We won,"], ["Fine.", "Later."]]
    )
    assert (hit, p, r) == (2, 2 / 3, 2 / 3)
    assert f == pytest.approx(2 / 3)


def test_union_find_and_naive_regex() -> None:
    uf = UnionFind(5)
    uf.union(0, 4)
    uf.union(4, 2)
    labels = uf.labels()
    assert labels[0] == labels[2] == labels[4] != labels[1] != labels[3]
    assert naive_quotes('“It’s over,” she said. "Done."') == ["It’s over,", "Done."]


# --------------------------------------------------------------------------- articles


def test_articles_are_seeded_and_article_sized() -> None:
    first = generate_articles(5, seed=11)
    assert first == generate_articles(5, seed=11)
    assert first != generate_articles(5, seed=12)
    assert all(2500 <= len(a.text) <= 4000 for a in first)


def test_article_truth_spans_round_trip_and_do_not_overlap() -> None:
    for article in generate_articles(20, seed=13):
        assert article.quotes
        previous_end = 0
        for quote in article.quotes:
            parts = [article.text[s:e] for s, e in quote.spans]
            assert quote.text == " ".join(parts)
            for start, end in quote.spans:
                assert previous_end <= start < end
                previous_end = end
            assert quote.kind in ("direct", "partial", "tweet")


def test_article_truth_excludes_marks_and_tweet_signatures() -> None:
    marks = "“”\"‘’'"
    for article in generate_articles(20, seed=14):
        for quote in article.quotes:
            for start, _end in quote.spans:
                before = article.text[start - 1] if start else ""
                assert before in marks or quote.kind == "tweet" or before == " "
            if quote.kind == "tweet":
                assert "pic.twitter.com" not in quote.text and "(@" not in quote.text


# --------------------------------------------------------------------------- blocking oracle


def test_link_oracle_equals_verifying_every_pair() -> None:
    link = pytest.importorskip("quotematch.link")
    from benchmarks.bench_cluster import link_oracle

    from quotematch.config import Config
    from quotematch.normalize import comparison_words

    texts = generate_corpus(40, seed=21).texts
    words = [comparison_words(t) for t in texts]
    expected = []
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            diagonal = link.best_diagonal(words[i], words[j])
            if diagonal is not None and link.verify(words[i], words[j], diagonal, Config()):
                expected.append((i, j))
    assert expected, "a corpus of 40 versions should hold some linked pairs"
    assert link_oracle(texts) == expected


def test_article_speakers_are_named_before_their_quote_or_in_the_signature() -> None:
    for article in generate_articles(20, seed=15):
        for quote in article.quotes:
            assert quote.speaker
            end = quote.spans[-1][1]
            if quote.kind == "tweet":
                assert article.text[end:].split("\n", 1)[0].count(f"— {quote.speaker} (@") == 1
            else:
                # Named before or inside the quote's own attribution (which may sit between
                # its parts), or just after it.
                seen = article.text[: end + 80]
                assert quote.speaker in seen or quote.speaker.split()[-1] in seen
