"""A numbered road's name ("Ohio Route 29", "Orvik Road 1950E") names no actor."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_state_opening_a_route_number_is_no_mention() -> None:
    found = names("The crash happened on the bridge at Ohio Route 29 at 10:21 a.m. on Monday.")
    assert "Ohio" not in found


def test_numbered_township_road_is_no_place() -> None:
    found = names("Anna Berg was southbound on Orvik Road 1950E when the car hit her.")
    assert "Anna Berg" in found
    assert not any(name.startswith("Orvik") for name in found)


def test_state_without_a_road_number_stays() -> None:
    assert "Ohio" in names("The governor of Ohio closed the route on Monday.")
