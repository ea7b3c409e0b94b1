"""A firm's one-word name used as a thing or a verb names no body (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def _names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_a_ride_and_a_search_are_no_firm() -> None:
    assert "Uber" not in _names("She could not call an Uber to the house on Friday.")
    assert "Google" not in _names("At night she would Google the words of the song.")


def test_the_firm_before_its_staff_stays() -> None:
    assert "Google" in _names("A Google spokesman said the tool was safe.")
    assert "Uber" in _names("Drivers said Uber had cut their pay.")
