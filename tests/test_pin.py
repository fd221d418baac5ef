"""A source's wording as the canonical passage: found in the source, and winning every vote."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

import quotematch
from quotematch import Document, Quote, cluster_quotes, match
from quotematch.config import Config
from quotematch.pin import find_passage, pin_clusters, pinned_assembly, source_places

# Subprocesses import this checkout's package, whatever their working folder.
_ENV = {**os.environ, "PYTHONPATH": str(Path(quotematch.__file__).resolve().parents[1])}

RELEASE = Document(
    "release",
    "Mayor Ines Ward said: “The council will rebuild the town centre and the harbour wall "
    "before the storms.”",
)
OUTLETS = [
    Document(f"outlet-{n}", f"“{text},” Ward said.")
    for n, text in enumerate(
        [
            "The council will rebuild the town center and the harbour wall before the storms",
            "The council will rebuild the town center and the harbour wall before the storms",
            "The council will rebuild the town center and the harbor wall before storms",
        ]
    )
]


def test_the_official_wording_is_canonical_even_when_most_outlets_differ() -> None:
    plain = match(OUTLETS)
    assert "center" in plain.clusters[0].canonical  # two outlets out of three print "center"
    pinned = match(OUTLETS, against=[RELEASE])
    [cluster] = pinned.clusters
    assert cluster.pinned == "release"
    assert cluster.canonical.startswith("The council will rebuild the town centre")
    centre = [v for v in cluster.variants if v.canonical_text == "centre"]
    assert sorted(v.quote_id for v in centre) == ["outlet-0:0", "outlet-1:0", "outlet-2:0"]
    assert all(v.variant_text == "center" for v in centre)
    dropped = [v for v in cluster.variants if v.category == "omission"]
    assert [(v.quote_id, v.canonical_text) for v in dropped] == [("outlet-2:0", "the")]


def test_variant_offsets_still_point_into_each_outlets_text() -> None:
    [cluster] = match(OUTLETS, against=[RELEASE]).clusters
    texts = {doc.id: doc.text for doc in OUTLETS}
    for variant in cluster.variants:
        doc = variant.quote_id.split(":")[0]
        printed = " ".join(texts[doc][s:e] for s, e in variant.spans)
        assert printed == variant.variant_text or not variant.variant_text


def test_clusters_not_in_the_source_are_left_as_they_were() -> None:
    clusters = cluster_quotes(
        ["Our thoughts are with the families tonight.", "Nobody saw it coming."]
    )
    assert pin_clusters(clusters, [RELEASE]) == clusters


def test_a_passage_is_found_in_a_transcript_without_quote_marks() -> None:
    transcript = Document("t", "WARD: We will not let the harbour decay.\nREPORTER: Thank you.\n")
    found = find_passage("we will not let the harbour decay", source_places([transcript]))
    assert found is not None
    [(start, end)] = found.pin.spans
    assert transcript.text[start:end] == "We will not let the harbour decay."


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["center", "centre", "middle"]), min_size=1, max_size=6))
def test_the_pinned_wording_wins_whatever_the_members_print(words: list[str]) -> None:
    pin = Quote(id="pin", doc_id="s", text="We will rebuild the town centre by May.")
    members = [
        Quote(id=f"m{i}", doc_id=f"m{i}", text=f"We will rebuild the town {w} by May.")
        for i, w in enumerate(words)
    ]
    result = pinned_assembly(pin, 0, members, [0] * len(members), Config())
    assert result.canonical == pin.text
    assert [c.quote_id for c in result.coverage] == [m.id for m in members]
    assert {v.quote_id for v in result.variants} == {
        m.id for m, w in zip(members, words, strict=True) if w != "centre"
    }


def test_cluster_against_a_source_file(tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text(RELEASE.text, encoding="utf-8")
    for doc in OUTLETS:
        (tmp_path / f"{doc.id}.txt").write_text(doc.text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "quotematch", "cluster", "outlet-0.txt", "outlet-1.txt",
         "outlet-2.txt", "--against", "release.txt"],
        cwd=tmp_path, capture_output=True, text=True, encoding="utf-8", check=False, env=_ENV,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    [cluster] = json.loads(done.stdout)["clusters"]
    assert cluster["pinned"] == "release.txt"
    assert "town centre" in cluster["canonical"]
