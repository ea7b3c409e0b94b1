"""A place's name that opens a person's, known by the surname standing alone (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_a_city_before_a_surname_used_alone_is_a_given_name() -> None:
    found = _kinds("The show is the work of artist Alexandria Quellby. Quellby paints her archive.")
    assert found.get("Alexandria Quellby") == "person"


def test_a_region_before_a_surname_used_alone_is_a_given_name() -> None:
    found = _kinds("Alberta Quellby is on my list. Quellby tackles many themes.")
    assert found.get("Alberta Quellby") == "person"
    assert "Alberta" not in found


def test_a_team_written_with_the_stays_no_person() -> None:
    found = _kinds("Boston Quellbies won. The Quellbies play again on Monday.")
    assert found.get("Boston Quellbies") != "person"


def test_the_name_in_capitals_as_an_interview_label_is_the_same_person() -> None:
    found = geoarticle.find_actors(
        "The work of artist Alexandria Quellby is new. Quellby paints.\n"
        "ALEXANDRIA QUELLBY: I try to paint plants."
    )
    assert [(a.name, a.kind.value) for a in found] == [("Alexandria Quellby", "person")]
