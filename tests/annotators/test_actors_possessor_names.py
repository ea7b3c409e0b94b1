"""A body whose name opens with a place is named by itself after a state's possessive."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_university_named_for_a_city_stands_alone() -> None:
    found = names("She is a lecturer at Britain's Manchester Metropolitan University.")
    assert "Manchester Metropolitan University" in found
    assert not any(name.startswith("Britain") for name in found)


def test_state_body_keeps_its_possessor() -> None:
    assert "Russia's Defense Ministry" in names("Russia's Defense Ministry said on Friday.")
