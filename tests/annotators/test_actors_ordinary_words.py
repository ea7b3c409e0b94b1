"""Words of ordinary (non-news) pages: programming languages and formats are no actors, a
cay is a place, a clinic a body (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_programming_languages_are_no_actors() -> None:
    found = _kinds(
        "Dana Orrel writes JavaScript and PostgreSQL at Orvik Labs in Tarvel. MySQL too."
    )
    assert not {"JavaScript", "PostgreSQL", "MySQL"} & set(found)


def test_a_cay_is_a_place() -> None:
    assert _kinds("The donation reached Pelican Cay last week.").get("Pelican Cay") == "place"


def test_a_clinic_is_a_body() -> None:
    assert _kinds("The Orvik Clinic opened on Monday.").get("Orvik Clinic") == "organization"


def test_rovers_are_no_actors() -> None:
    # (a telescope is a facility, a place: see test_actors_facility_places)
    found = _kinds("The Orvik Rover found rocks.")
    assert "Orvik Rover" not in set(found)


def test_a_copyright_line_names_no_copyright_body() -> None:
    assert "Copyright" not in _kinds("Copyright 2024 Orvik Media. All rights reserved.")


def test_a_title_case_verb_ends_a_name_in_a_heading() -> None:
    assert set(_kinds("Why Dana Orrel Is Leaving Orvik Air")) >= {"Dana Orrel"}
    assert "Dana Orrel Is" not in _kinds("Why Dana Orrel Is Leaving Orvik Air")
