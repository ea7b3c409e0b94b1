"""A city that names a pact made there ("the Paris Agreement") is no mention of the city."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_city_naming_a_pact_is_not_a_place() -> None:
    text = (
        "Norway said it would meet the targets of the Paris Agreement. "
        "Earlier pledges under the Kyoto protocol and the Oslo peace accords fell short."
    )
    found = names(text)
    assert "Norway" in found
    assert not found & {"Paris", "Kyoto", "Oslo", "France", "Japan"}


def test_city_itself_is_still_a_place() -> None:
    found = names("Ministers met in Paris on Monday to discuss the agreement.")
    assert "Paris" in found
