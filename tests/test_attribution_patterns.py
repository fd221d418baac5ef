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


def test_a_title_after_of_the_is_not_the_organisation_that_issued_the_statement() -> None:
    text = (
        "Playhouse sorry over casting\n\n"
        "The Harwick Playhouse has apologised over its casting for a new staging of "
        "The Winter Garden.\n\n"
        "The statement read: \u201cWe got this wrong and we are sorry.\u201d\n"
    )
    ((_, speaker, rule),) = _speakers(text)
    assert (speaker, rule) == ("Harwick Playhouse", "statement")


def test_narration_about_the_speaker_between_two_quote_paragraphs_keeps_the_speaker() -> None:
    text = (
        "Nurse Ama Boateng spent a year in a field hospital.\n\n"
        "\u201cI was frightened every night,\u201d she says.\n\n"
        "She describes twenty-hour shifts.\n\n"
        "\u201cSome days there were four of us for ninety patients.\u201d\n"
    )
    speakers = [speaker for _, speaker, _ in _speakers(text)]
    assert speakers == ["Ama Boateng", "Ama Boateng"]


def test_narration_about_someone_else_between_two_quote_paragraphs_breaks_the_chain() -> None:
    text = (
        "Nurse Ama Boateng spent a year in a field hospital.\n\n"
        "\u201cI was frightened every night,\u201d she says.\n\n"
        "He describes twenty-hour shifts.\n\n"
        "\u201cSome days there were four of us for ninety patients.\u201d\n"
    )
    assert [speaker for _, speaker, _ in _speakers(text)][1] is None


def test_an_organisations_trustees_speak_for_it() -> None:
    text = (
        "The Wrenfield Youth Trust is to close after losing its main grant.\n\n"
        "In a statement, the trust's trustees said: \u201cIt is with great sadness that "
        "we announce the closure.\u201d\n"
    )
    ((_, speaker, rule),) = _speakers(text)
    assert (speaker, rule) == ("Wrenfield Youth Trust", "description")


def test_she_never_goes_to_the_only_man_named() -> None:
    text = (
        "TV chef Dario Russo has apologised for insulting a diner online.\n\n"
        "\u201cI am sorry,\u201d he wrote.\n\n"
        "The diner, who has not been named, said she accepted the apology.\n\n"
        "\u201cI just wanted my money back,\u201d she said.\n"
    )
    speakers = [speaker for _, speaker, _ in _speakers(text)]
    assert speakers == ["Dario Russo", None]


def test_a_bare_spokesperson_speaks_for_the_organisation_opening_the_paragraph() -> None:
    text = (
        "Premier League midfielder Joel Arden has been charged with dangerous driving.\n\n"
        "His club, Calder Rovers, said it was aware of the case. \u201cThe club will not "
        "comment while proceedings are active,\u201d a spokesperson said.\n"
    )
    ((_, speaker, rule),) = _speakers(text)
    assert (speaker, rule) == ("Calder Rovers", "spokesperson")
