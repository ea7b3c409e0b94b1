"""The one told by name is an outlet when no person's name is read there (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


def test_told_one_word_before_a_colon() -> None:
    kinds = _kinds("The deal was done, director Ann Lee told Variety: it was over.")
    assert kinds.get("Variety") == "organization"


def test_common_words_reviewed_by() -> None:
    kinds = _kinds("The figures were in a transcript reviewed by Market Insider on Monday.")
    assert kinds.get("Market Insider") == "organization"


def test_common_words_told() -> None:
    kinds = _kinds("Later, Tom Ray told Town Limits that he agreed.")
    assert kinds.get("Town Limits") == "organization"
    assert kinds.get("Tom Ray") == "person"


def test_a_person_told_stays_a_person() -> None:
    kinds = _kinds("The mayor told Ann Lee that the road would close.")
    assert kinds.get("Ann Lee") == "person"


def test_the_and_a_demonym_inside_a_sentence_is_a_newspaper() -> None:
    kinds = _kinds("The minister Tom Ray told The Namibian last month that the deal was done.")
    assert kinds.get("The Namibian") == "organization"
    assert "Namibia" not in kinds


def test_a_demonym_before_a_name_stays_the_country() -> None:
    kinds = _kinds("Officials said The Namibian Broadcasting Corporation would air it.")
    assert "The Namibian" not in kinds


def test_sun_inside_a_papers_name() -> None:
    kinds = _kinds("The district is buying cameras, the Tarvel Sun Sentinel reports.")
    assert kinds.get("Tarvel Sun Sentinel") == "organization"


def test_sun_before_a_date_is_the_day() -> None:
    kinds = _kinds("Sun May 5 was hot in Tarvel, residents said.")
    assert not any(name.startswith("Sun") for name in kinds)


def test_the_paper_by_its_last_word() -> None:
    kinds = _kinds("The plan was wrong, noted lawyer Jim Dunham in an interview with the Globe.")
    assert kinds.get("Globe") == "organization"


def test_a_bare_paper_word_without_a_source_cue_is_nothing() -> None:
    kinds = _kinds("The Times were hard for the town, and the Post was empty.")
    assert "Times" not in kinds
