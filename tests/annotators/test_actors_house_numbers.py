"""A street named with a house number keeps the address as an alias."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_address_is_an_alias_of_the_street() -> None:
    actors = {a.name: a for a in find_actors("The office at 180 Tarvel Street was closed.")}
    assert "180 Tarvel Street" in actors["Tarvel Street"].aliases


def test_an_amount_is_no_house_number() -> None:
    actors = {a.name: a for a in find_actors("They paid $ 180 Tarvel Street rent.")}
    street = actors.get("Tarvel Street")
    assert street is None or "180 Tarvel Street" not in street.aliases
