"""Two unknown capitalised words after "the" name a body only with some evidence (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


def test_a_two_word_run_said_once_names_nobody() -> None:
    assert "Velder Space" not in _kinds("Volunteers cleaned the Velder Space on Sunday.")


def test_a_two_word_run_said_twice_is_a_body() -> None:
    text = "The Velder Crew played on Friday. Fans cheered the Velder Crew all night."
    assert _kinds(text).get("Velder Crew") == "organization"


def test_a_run_defined_by_an_acronym_is_a_body() -> None:
    text = "Staff of the Velder Panel (VDP) met on Friday."
    assert _kinds(text).get("Velder Panel") == "organization"


def test_a_run_before_a_member_of_its_staff_is_a_body() -> None:
    text = "He told the Velder Review’s Jane Orrin that he had never read it."
    assert _kinds(text).get("Velder Review") == "organization"


def test_a_three_word_run_is_a_body() -> None:
    assert (
        _kinds("He thanked the Velder Relief Panel on Friday.").get("Velder Relief Panel")
        == "organization"
    )


def test_a_title_case_group_named_twice_after_from_is_a_body() -> None:
    text = (
        "Hundreds of people from Walk Out For Velder gathered on Monday. "
        "A crowd from Walk Out For Velder then marched to the square."
    )
    assert _kinds(text).get("Walk Out For Velder") == "organization"


def test_a_title_case_slogan_said_once_names_nobody() -> None:
    text = "The poster was signed by Walk Out For Velder on Monday."
    assert "Walk Out For Velder" not in _kinds(text)
