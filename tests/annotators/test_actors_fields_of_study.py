"""A field of study after a degree and "in" is no place (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_a_degree_in_a_field_names_no_place() -> None:
    assert _kinds("Requirements: Bachelor's Degree in Computer Science. Apply Now.") == {}
    found = _kinds("She holds a PhD in Political Science from Tarvel University.")
    assert "Political Science" not in found


def test_a_town_after_in_stays_a_place() -> None:
    assert _kinds("They met in Orvik Studies last year.").get("Orvik Studies") == "place"
