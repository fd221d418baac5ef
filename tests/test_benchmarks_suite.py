"""The benchmark suite's pieces: the attribution mix, the hand-annotated scorer, the metrics.

The suite itself runs in CI as ``python -m benchmarks --size small`` (see .ci/run); these tests
check its parts against values worked out by hand.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from benchmarks.articles import PATTERNS, generate_articles, part_patterns
from benchmarks.devset import score_folder, table
from benchmarks.metrics import bcubed, growth_exponent
from benchmarks.suite import SECTIONS, main


def test_every_direct_quote_and_post_has_an_attribution_pattern() -> None:
    for article in generate_articles(40, seed=5):
        for quote in article.quotes:
            if quote.kind == "partial":
                assert quote.pattern is None
            else:
                assert quote.pattern in PATTERNS, quote


def test_the_attribution_mix_is_close_to_real_news() -> None:
    # Real news: about a fifth each named, statement-as-subject and unattributed; then
    # pronouns, descriptions and embedded posts. Only about a quarter name the speaker.
    # Counted by paragraph, as real news was: a statement's second paragraph is "none".
    counts = Counter(p for a in generate_articles(200, seed=1) for q in a.quotes
                     for p in part_patterns(a.text, q))
    share = {k: counts[k] / sum(counts.values()) for k in PATTERNS}
    assert share["name"] < 0.4
    assert share["statement"] > 0.1 and share["none"] > 0.15
    assert all(share[k] > 0.03 for k in PATTERNS)


def test_statement_as_subject_is_attributed_to_the_organisation() -> None:
    for article in generate_articles(60, seed=2):
        for quote in article.quotes:
            if quote.pattern == "statement":
                assert quote.speaker is not None
                assert quote.speaker.split()[-1] in {
                    "Council", "FC", "Company", "Hospital", "Partnership", "Trust"}


def test_bcubed_by_hand() -> None:
    # Predicted {0,1} {2}; truth all one cluster. Precision 1; recall (2/3·2 + 1/3)/3 = 5/9.
    p, r, f = bcubed([0, 0, 1], ["x", "x", "x"])
    assert p == 1.0
    assert r == pytest.approx(5 / 9)
    assert f == pytest.approx(2 * (5 / 9) / (1 + 5 / 9))


def test_growth_exponent_of_quadratic_cost_is_two() -> None:
    assert growth_exponent([10, 100, 1000], [1, 100, 10_000]) == pytest.approx(2.0)
    assert growth_exponent([10], [1]) is None


def _folder(tmp_path: Path) -> Path:
    one = "“We will rebuild the harbour wall before the winter storms,” said Ines Ward.\n"
    two = ("Ward said: “We will rebuild the harbor wall before the winter storms.”\n\n"
           "“It is a scandal,” the club said.\n")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(one, encoding="utf-8")
    (tmp_path / "articles" / "b.txt").write_text(two, encoding="utf-8")
    s1 = one.index("We")
    e1 = one.index(",”") + 1
    s2 = two.index("We")
    e2 = two.index(".”") + 1
    s3 = two.index("It is")
    e3 = two.index("scandal,") + len("scandal,")
    w1 = one.index("harbour")
    w2 = two.index("harbor")
    gold = {
        "quotes": [
            {"id": "q1", "doc": "a.txt", "text": one[s1:e1], "start": s1, "end": e1,
             "kind": "direct", "speaker": "Ines Ward", "cluster": "wall", "attribution": "name"},
            {"id": "q2", "doc": "b.txt", "text": two[s2:e2], "start": s2, "end": e2,
             "kind": "direct", "speaker": "Ines Ward", "cluster": "wall", "attribution": "name"},
            {"id": "q3", "doc": "b.txt", "text": two[s3:e3], "start": s3, "end": e3,
             "kind": "direct", "speaker": "Tollbridge Rovers", "cluster": None,
             "attribution": "description"},
        ],
        "variants": [
            {"a": "q1", "a_span": [w1, w1 + 7], "b": "q2", "b_span": [w2, w2 + 6],
             "b_text": "harbor", "category": "spelling_locale", "editor_relevant": True},
        ],
    }
    assert one[w1:w1 + 7] == "harbour"
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    return tmp_path


def test_hand_annotated_folder_is_scored(tmp_path: Path) -> None:
    score = score_folder(_folder(tmp_path))
    assert score["extract"]["recall"] == 1.0
    assert score["extract"]["precision"] == 1.0
    # "the club" names no one in the article, so the third quote's speaker cannot be right.
    assert score["speaker_by_pattern"] == {"description": {"right": 0, "n": 1},
                                          "name": {"right": 2, "n": 2}}
    assert score["cluster_pairs"]["recall"] == 1.0
    assert score["variants_found_total"] == [1, 1]
    assert "| speaker, name | 2 / 2 |" in table(score)


def test_the_command_writes_its_result_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                            ) -> None:
    out = tmp_path / "result.json"
    assert main(["--size", "small", "--only", "variants", "--out", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert {"machine", "python", "versions", "commit", "date"} <= set(result["environment"])
    assert result["variants"]["per_category"]
    assert "Variants per category" in capsys.readouterr().out


def test_unknown_sections_are_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--only", "extract,nonsense"])
    assert exc.value.code == 2
    assert "devset" in SECTIONS


def test_meaning_ops_change_what_is_said() -> None:
    import random

    from benchmarks.generate import apply_op

    rng = random.Random(0)
    assert apply_op(rng, "We will not close the two libraries.", "negation") == (
        "We will close the two libraries.")
    assert apply_op(rng, "We will close the libraries.", "negation") == (
        "We will not close the libraries.")
    changed = apply_op(rng, "We will close two libraries.", "number")
    assert changed is not None and "two" not in changed.split()
    assert apply_op(rng, "We will close it.", "modal") == "We would close it."
    assert apply_op(rng, "No modal here.", "modal") is None


def test_semantic_time_is_reported_against_the_lexical_run() -> None:
    from benchmarks.suite import _semantic_ratios

    runs = [
        {"method": "quotematch", "n": 1000, "cpu_seconds": 2.0},
        {"method": "semantic", "n": 1000, "cpu_seconds": 3.0},
        {"method": "minhash", "n": 1000, "cpu_seconds": 9.0},
        {"method": "semantic", "n": 3000, "error": "timeout"},
        {"method": "quotematch", "n": 3000, "cpu_seconds": 6.0},
    ]
    assert _semantic_ratios(runs) == [(1000, 1.5)]
