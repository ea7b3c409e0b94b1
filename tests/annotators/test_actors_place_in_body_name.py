"""A place's name that opens a body's name is a word of that name, not a mention of the place."""

from __future__ import annotations

from geoarticle import find_actors


def test_place_opening_a_body_is_no_mention_of_the_place() -> None:
    text = "She could not compete in the United States Rowing Association races."
    assert [a.name for a in find_actors(text)] == ["United States Rowing Association"]


def test_a_possessive_keeps_the_state() -> None:
    names = [a.name for a in find_actors("Russia's Defence Ministry said the drills ended.")]
    assert "Russia" in names
