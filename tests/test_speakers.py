"""The speaker a cluster's members agree on, with names matched across articles."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quotematch import Quote, cluster_quotes
from quotematch.speakers import agree_on_speaker, person_words, same_person

STATEMENT = "We will reopen the Kestrel Bay footbridge before the end of the summer holidays"


def quote(qid: str, speaker: str | None, text: str = STATEMENT) -> Quote:
    return Quote(id=qid, doc_id=qid, text=text, speaker=speaker)


def test_names_fold_honorifics_case_accents_and_apostrophes() -> None:
    assert person_words("Dr Helen Okafor") == person_words("helen okafor")
    assert person_words("Sean O'Neill") == person_words("Seán O’Neill")


def test_one_person_named_three_ways_is_one_speaker() -> None:
    speaker, conflicts = agree_on_speaker(
        [quote("a", "Dr Okafor"), quote("b", "Helen Okafor"), quote("c", "Okafor")]
    )
    assert (speaker, conflicts) == ("Helen Okafor", ())


def test_different_given_names_are_different_people() -> None:
    assert not same_person("James Okafor", "Helen Okafor")
    assert same_person("J. Okafor", "James Okafor")


def test_an_outlet_naming_someone_else_is_flagged() -> None:
    clusters = cluster_quotes(
        [
            quote("gazette:0", "Helen Okafor"),
            quote("courier:0", "Dr Okafor"),
            quote("ledger:0", "Mark Tully", STATEMENT.replace("reopen", "re-open")),
            quote("wire:0", None),
        ]
    )
    (cluster,) = clusters
    assert cluster.speaker == "Helen Okafor"
    assert cluster.speaker_conflicts == ("ledger:0",)
    record = cluster.to_dict()
    assert (record["speaker"], record["speaker_conflicts"]) == ("Helen Okafor", ["ledger:0"])


def test_no_named_speaker_means_none_and_no_conflict() -> None:
    (cluster,) = cluster_quotes([STATEMENT, STATEMENT.upper()])
    assert (cluster.speaker, cluster.speaker_conflicts) == (None, ())


NAMES = ["Dr Okafor", "Helen Okafor", "Okafor", "Mark Tully", "Mr Tully", "Ana Ruiz", None]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(NAMES), min_size=1, max_size=8).flatmap(st.permutations))
def test_the_agreed_speaker_does_not_depend_on_member_order(names: list[str | None]) -> None:
    members = [quote(str(i), name) for i, name in enumerate(names)]
    speaker, conflicts = agree_on_speaker(members)
    again, again_conflicts = agree_on_speaker(members[::-1])
    assert speaker == again
    assert set(conflicts) == set(again_conflicts)
    # Every member naming someone is either with the speaker or flagged.
    for member in members:
        if member.speaker is not None:
            assert same_person(member.speaker, speaker or "") != (member.id in conflicts)


def test_a_role_word_before_a_name_or_a_trailing_emoji_is_the_same_person() -> None:
    speaker, conflicts = agree_on_speaker(
        [quote("a", "Promoter Lumenra Live"), quote("b", "Lumenra Live"), quote("c", "Mo Baird 🌻")]
    )
    # The fullest form is shown: a role word is not told from a given name.
    assert (speaker, conflicts) == ("Promoter Lumenra Live", ("c",))
    assert same_person("Mo Baird 🌻", "Mo Baird")
    assert agree_on_speaker([quote("a", "X.")]) == (None, ())
