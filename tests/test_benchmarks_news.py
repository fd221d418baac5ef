"""The generated news coverage: truth consistent with the text, house styles kept, fair scoring.

Tiny sizes; the end-to-end benchmark itself runs in the suite (``python -m benchmarks``).
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from types import SimpleNamespace

import pytest
from benchmarks import vocab
from benchmarks.articles import Article, Difference, ExpectedQuote, part_patterns
from benchmarks.bench_news import pair_up, run_news, score_variants, table
from benchmarks.generate import Statement
from benchmarks.newsroom import NewsCorpus, Said, generate_news
from benchmarks.outlets import MARKS, Outlet, copy_edit, house_style, make_outlets

NEWS = generate_news(120, seed=4)
OUTLETS = {o.name: o for o in NEWS.outlets}


def _quotes() -> list[tuple[Article, ExpectedQuote]]:
    return [(a, q) for a in NEWS.articles for q in a.quotes]


def test_same_seed_same_news_other_seed_other_news() -> None:
    assert generate_news(10, seed=2) == generate_news(10, seed=2)
    assert generate_news(10, seed=2).articles != generate_news(10, seed=3).articles


def test_spans_point_at_the_quoted_characters_between_the_outlets_marks() -> None:
    for article, quote in _quotes():
        opening, closing = MARKS[OUTLETS[article.outlet or ""].marks][:2]
        assert quote.text == " ".join(article.text[s:e] for s, e in quote.spans)
        for start, end in quote.spans:
            assert 0 <= start < end <= len(article.text)
            if quote.kind == "tweet":
                assert article.text[start - 2:start] == "\n\n"
                assert re.match(r"( pic\.twitter\.com/\w+)? — [^\n]+ \(@\w+\) \w+ \d+, \d{4}",
                                article.text[end:])
            else:
                assert article.text[start - 1] == opening
        if quote.kind != "tweet":
            assert article.text[quote.spans[-1][1]] == closing


def test_every_version_prints_words_of_its_one_statement() -> None:
    texts = [s.text for s in NEWS.statements]
    assert len(set(texts)) == len(texts)  # no statement is two true clusters
    for article, quote in _quotes():
        said = NEWS.statements[quote.statement or 0]
        assert quote.statement is not None and quote.speaker == said.speaker
        outlet = OUTLETS[article.outlet or ""]
        styled = house_style(outlet, said.text)[0].split()
        edited = any(d.feature is None and d.op not in ("comma", "split")
                     for d in quote.differences)
        if edited:
            continue
        # The statement's words, save the comma news puts where an attribution follows or a
        # quote is split: a full version prints all of them, an excerpt or partial a run.
        printed = quote.text.split()
        changed = [i for i, (a, b) in enumerate(zip(printed, styled, strict=False)) if a != b]
        if quote.role != "fragment":  # a fragment's words start mid-statement: no index match
            assert all(printed[i].rstrip(",") == styled[i].rstrip(".") for i in changed)
        if quote.role == "full":
            assert len(printed) == len(styled)
        else:
            plain = [w.rstrip(".,") for w in styled]
            want = [w.rstrip(".,") for w in printed]
            assert any(plain[i:i + len(want)] == want for i in range(len(plain))), quote.text


def test_each_outlet_keeps_its_house_style_in_every_quote() -> None:
    seen: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for article, quote in _quotes():
        outlet = OUTLETS[article.outlet or ""]
        if any(d.feature is None and d.category for d in quote.differences):
            continue  # a copy-desk change may itself be a spelling or mark change
        for word in re.findall(r"[A-Za-z]+", quote.text):
            low = word.casefold()
            if low in vocab.UK_TO_US:
                seen[outlet.name]["uk"] += 1
            elif low in vocab.US_TO_UK:
                seen[outlet.name]["us"] += 1
        for mark in re.findall("['’]", quote.text):
            assert mark == outlet.apostrophe, (outlet, quote.text)
        for dash in re.findall(r"(?<= )(?:—|–|-)(?= )", quote.text):
            assert dash == outlet.dash
    assert seen, "the statements should hold locale words"
    for name, spellings in seen.items():
        assert set(spellings) == {OUTLETS[name].spelling}


def test_differences_name_the_house_style_that_changed_the_words() -> None:
    for article, quote in _quotes():
        outlet = OUTLETS[article.outlet or ""]
        for d in quote.differences:
            if d.feature == "spelling":
                assert d.value == outlet.spelling
            elif d.feature == "apostrophe":
                assert d.value == outlet.apostrophe
            elif d.feature == "dash":
                assert d.value == outlet.dash


def test_one_statement_is_printed_by_most_articles_and_by_every_outlet() -> None:
    news = generate_news(400, seed=1)
    counts = Counter(q.statement for a in news.articles for q in a.quotes)
    top, n = counts.most_common(1)[0]
    assert n >= 0.3 * len(news.articles)
    outlets = {a.outlet for a in news.articles for q in a.quotes if q.statement == top}
    assert len(outlets) == len(news.outlets)
    assert sum(1 for c in counts.values() if c == 1) > 0.3 * len(counts)  # a long tail


def test_distractors_share_openings_and_excerpts_reach_past_them() -> None:
    news = generate_news(400, seed=1)
    shared = [s for s in news.statements if s.statement.shared_prefix]
    assert shared
    by_opening: defaultdict[tuple[str, ...], set[int]] = defaultdict(set)
    for i, s in enumerate(news.statements):
        by_opening[tuple(s.text.split()[:7])].add(i)
    assert any(len(ids) >= 2 for ids in by_opening.values())
    outlets = {o.name: o for o in news.outlets}
    checked = 0
    for article in news.articles:
        for quote in article.quotes:
            said = news.statements[quote.statement or 0]
            k = said.statement.shared_prefix
            if quote.role == "fragment" and k:
                # An excerpt never lies wholly inside the opening two statements share.
                styled = house_style(outlets[article.outlet or ""], said.text)[0].split()
                opening = {w.strip(".,") for w in styled[:k]}
                assert any(w.strip(".,") not in opening for w in quote.text.split())
                checked += 1
    assert checked


def test_the_attribution_mix_is_close_to_real_news() -> None:
    # Real news: under a third name the speaker in the quote's clause; about a fifth each are
    # statements as subject and unattributed paragraphs; then pronouns, descriptions, posts.
    news = generate_news(400, seed=2)
    # Counted by paragraph, as real news was: a statement's second paragraph is "none".
    counts = Counter(p for a in news.articles for q in a.quotes for p in part_patterns(a.text, q))
    share = {k: n / sum(counts.values()) for k, n in counts.items()}
    assert share["name"] < 0.4
    assert share["none"] > 0.15 and share["statement"] > 0.1
    assert all(share[k] > 0.03 for k in ("pronoun", "description", "embedded"))


def test_outlets_differ_and_copy_desks_record_what_they_changed() -> None:
    outlets = make_outlets(random.Random(5), 8)
    assert len({o.name for o in outlets}) == 8
    assert len({(o.spelling, o.marks, o.dash) for o in outlets}) > 2
    sloppy = Outlet("Test Post", "uk", "curly", "—", 0, 0, 0, 1.0, 1.0, 1.0, True)
    rng = random.Random(9)
    base = "We will not close the two libraries and we must rebuild the harbour wall."
    for _ in range(20):
        text, diffs = copy_edit(rng, sloppy, base)
        assert (text == base) == (not diffs)


# --------------------------------------------------------------------------- the scorer


def _variant(quote_id: str, category: str, meaning: tuple[str, ...] = (), *,
             canonical: str = "", printed: str = "") -> SimpleNamespace:
    return SimpleNamespace(quote_id=quote_id, category=category, categories=(category,),
                           meaning=meaning, canonical_text=canonical, variant_text=printed)


def test_spelling_is_expected_only_on_the_minority_reading() -> None:
    # One statement in British spelling; two outlets print it American, one British.
    base = "We will honour the harbour crews."
    us = "We will honor the harbor crews."
    said = Said(Statement(base, frozenset()), "Ines Ward", "spoken", 0)
    spelled = (Difference("spelling_locale", "spelling_locale", "spelling", "us"),)
    quotes = [ExpectedQuote(us, ((0, len(us)),), "Ines Ward", "direct", "name", 0, "full",
                            spelled) for _ in range(2)]
    quotes.append(ExpectedQuote(base, ((0, len(base)),), "Ines Ward", "direct", "name", 0,
                                "full", ()))
    arts = tuple(Article(f"a{i}", q.text, (q,), "curly", f"O{i}") for i, q in enumerate(quotes))
    corpus = NewsCorpus(arts, (), (said,))
    found = [SimpleNamespace(id=f"a{i}:0") for i in range(3)]
    pairs = list(zip(quotes, found, strict=True))
    # The canonical passage takes the American reading: the British print carries the record.
    right = score_variants(corpus, pairs, {"a2:0": [
        _variant("a2:0", "spelling_locale", canonical="honor", printed="honour"),
        _variant("a2:0", "spelling_locale", canonical="harbor", printed="harbour")]})
    assert right["per_category"]["spelling_locale"] == {
        "expected": 1, "reported": 2, "precision": 1.0, "recall": 1.0}
    # Records on the majority's prints are wrong, and the minority one is missed.
    wrong = score_variants(corpus, pairs, {"a0:0": [_variant("a0:0", "spelling_locale")]})
    assert wrong["per_category"]["spelling_locale"]["precision"] == 0.0
    assert wrong["per_category"]["spelling_locale"]["recall"] == 0.0


def test_meaning_flags_are_right_only_on_misquotes() -> None:
    base = "We will not close the two libraries."
    said = Said(Statement(base, frozenset()), "Ines Ward", "spoken", 0)
    dropped = Difference("negation", "omission", None, "", "not", "")
    misquote = ExpectedQuote("We will close the two libraries.", ((0, 10),), "Ines Ward",
                             "direct", "name", 0, "full", (dropped,))
    exact = ExpectedQuote(base, ((0, 10),), "Ines Ward", "direct", "name", 0, "full", ())
    corpus = NewsCorpus((), (), (said,))
    pairs = [(misquote, SimpleNamespace(id="m")), (exact, SimpleNamespace(id="e"))]
    score = score_variants(corpus, pairs, {
        "m": [_variant("m", "omission", ("negation",), canonical="not")],
        "e": [_variant("e", "typo", ("number",), canonical="two", printed="twp")],
    })
    m = score["meaning_changes"]
    assert (m["expected"], m["found"], m["flagged"], m["flagged_right"]) == (1, 1, 2, 1)
    assert m["precision"] == 0.5 and m["recall"] == 1.0
    # The dropped "not" is also an omission; the typo on the exact print is not there.
    assert score["per_category"]["omission"]["precision"] == 1.0
    assert score["per_category"]["typo"] == {
        "expected": 0, "reported": 1, "precision": 0.0, "recall": None}


def test_a_change_the_canonical_passage_took_is_found_on_the_other_prints() -> None:
    # Two prints of one statement; one added "very". The canonical passage took the added word,
    # so the record sits on the print that kept the words said, as an omission of "very".
    base = "We will rebuild the harbour wall this spring."
    said = Said(Statement(base, frozenset()), "Ines Ward", "spoken", 0)
    added = Difference("insertion", "insertion", None, "", "", "very")
    longer = ExpectedQuote("We will very rebuild the harbour wall this spring.", ((0, 5),),
                           "Ines Ward", "direct", "name", 0, "full", (added,))
    exact = ExpectedQuote(base, ((0, 5),), "Ines Ward", "direct", "name", 0, "full", ())
    pairs = [(longer, SimpleNamespace(id="l")), (exact, SimpleNamespace(id="e"))]
    score = score_variants(NewsCorpus((), (), (said,)), pairs, {
        "e": [_variant("e", "omission", canonical="very")]})
    assert score["per_category"]["insertion"]["recall"] == 1.0
    assert score["per_category"]["omission"]["precision"] == 1.0


def test_found_quotes_pair_with_expected_ones_once_by_text() -> None:
    expected = [ExpectedQuote("We  won.", ((0, 1),), None, "direct"),
                ExpectedQuote("We won.", ((5, 6),), None, "direct"),
                ExpectedQuote("Lost.", ((9, 10),), None, "direct")]
    found = [SimpleNamespace(text="We won.", kind="direct", id="x"),
             SimpleNamespace(text="We won.", kind="scare", id="y")]
    assert [getattr(q, "id", None) for q in pair_up(expected, found)] == ["x", None, None]


def test_the_end_to_end_run_scores_every_stage() -> None:
    result = run_news(12, seed=3)
    for stage in ("extract", "clusters", "variants"):
        assert result[stage]
    assert 0.0 <= result["clusters"]["bcubed_f1"] <= 1.0
    assert result["quotes_expected"] == sum(
        len(a.quotes) for a in generate_news(12, seed=3).articles)
    assert "End to end on generated news" in table(result)


@pytest.mark.parametrize("marks", sorted(MARKS))
def test_house_style_is_idempotent(marks: str) -> None:
    outlet = Outlet("X", "us", marks, "–", 0, 0, 0, 0, 0, 0, True)
    once, _ = house_style(outlet, "We can't apologise - not for the harbour.")
    twice, diffs = house_style(outlet, once)
    assert once == twice and diffs == ()


def test_each_difference_names_words_of_the_statement_and_of_the_print() -> None:
    checked = Counter[str]()
    for article, quote in _quotes():
        said = NEWS.statements[quote.statement or 0]
        if quote.role != "full":
            continue
        printed = {w.rstrip(".,") for w in quote.text.split()}
        changes = [d for d in quote.differences if d.op not in ("comma", "split")]
        styled = house_style(OUTLETS[article.outlet or ""], said.text)[0].split()
        made: set[str] = set()
        for d in changes:
            # What a change replaced was said, printed by the outlet's house style first, or
            # printed by an earlier change (a typo then given a comma).
            known = (w in said.text.split() or w in styled or w in made for w in d.before.split())
            assert all(known), d
            assert d.before or d.after
            made.update(d.after.split())
            checked[d.op] += 1
        if changes:
            # What the last change printed is in the quote (earlier ones may be re-edited).
            assert {w.rstrip(".,") for w in changes[-1].after.split()} <= printed, quote
    assert {"typo", "spelling_locale"} <= set(checked)
