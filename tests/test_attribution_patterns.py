"""Attribution patterns of real news: a named owner's role before an appositive name,
kindred player positions, and a role noun opening a headline."""

from __future__ import annotations

import quotematch


def _speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker, q.speaker_rule) for q in quotematch.extract_quotes(text)]


def test_a_named_organisations_role_then_the_appositive_name_speaks() -> None:
    text = (
        "Researchers at Hollin University published the trial on Monday.\n\n"
        "Brightwater Health UK's director of policy, Dr Nadia Osei, said: "
        "\u201cThese figures should worry every minister.\u201d\n"
    )
    ((_, speaker, rule),) = _speakers(text)
    assert (speaker, rule) == ("Nadia Osei", "named")


def test_an_owned_role_with_no_name_after_it_names_nobody_new() -> None:
    text = (
        "Brightwater Health UK's director of policy said on Monday that "
        "\u201cthese figures should worry every minister\u201d.\n"
    )
    assert all(speaker != "Health UK" for _, speaker, _ in _speakers(text))


def test_the_forward_is_the_striker_the_article_named() -> None:
    text = (
        "Calder Town striker Ruben Okafor scored twice as his side beat Pellow 3-1.\n\n"
        "Okafor, 24, was in no mood to celebrate.\n\n"
        "\u201cWe switched off for the goal and that annoys me,\u201d the forward said.\n"
    )
    ((_, speaker, rule),) = _speakers(text)
    assert (speaker, rule) == ("Ruben Okafor", "description")


def test_a_role_noun_opening_the_headline_is_not_the_organisation() -> None:
    text = (
        "Museum apologises over missing loan\n\n"
        "The Harwick Gallery has apologised after a painting on loan went missing.\n\n"
        "In a statement, the museum said: \u201cWe are deeply sorry and are working "
        "with the police.\u201d\n"
    )
    ((_, speaker, _),) = _speakers(text)
    assert speaker == "Harwick Gallery"


def test_a_role_noun_opening_a_body_sentence_stays_an_organisation() -> None:
    text = (
        "Flood review promised\n\n"
        "Council leader Ivy Marsh visited the estate on Monday.\n\n"
        "The council said it \u201cwill review every warning that went out\u201d.\n"
    )
    ((_, speaker, _),) = _speakers(text)
    assert speaker == "Council"
