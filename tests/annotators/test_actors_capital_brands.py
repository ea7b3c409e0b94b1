"""A two-word name opened by a word in capitals (no given name) is a brand, no person."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_capitals_opening_a_name_make_a_brand() -> None:
    found = kinds("Apartment blocks including ORVIK Brookfield stand near the station.")
    assert found.get("ORVIK Brookfield") is not ActorKind.PERSON


def test_given_name_in_capitals_stays_a_person() -> None:
    found = kinds("MARTA Olsen, 34, said the blocks stand near the station.")
    assert found.get("MARTA Olsen", ActorKind.PERSON) is ActorKind.PERSON
