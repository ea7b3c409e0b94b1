"""Facilities one goes to or points at are places: telescopes, châteaux, gardens, apartments."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_telescope_is_a_place() -> None:
    found = kinds("The Orvik Radio Telescope in southern China has passed its tests.")
    assert found["Orvik Radio Telescope"] is ActorKind.PLACE


def test_chateau_is_a_place() -> None:
    found = kinds("The donation paid for repairs at the Château de Montval last year.")
    assert found["Château de Montval"] is ActorKind.PLACE


def test_garden_and_apartments_are_places() -> None:
    found = kinds("Crowds gathered in the Tarvel Garden, near the Orvik Apartments, on Sunday.")
    assert found.get("Tarvel Garden") is ActorKind.PLACE
    assert found.get("Orvik Apartments") is ActorKind.PLACE
