"""A list mark before a known person's surname that is also a city lists people, not places."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_name_listed_with_a_surname_is_no_place() -> None:
    found = kinds(
        "Elizabeth Warren spoke in Ohio on Monday. "
        "Party donors may yet rally behind Kellerman or Warren next month."
    )
    assert found["Elizabeth Warren"] is ActorKind.PERSON
    assert found.get("Kellerman") is not ActorKind.PLACE


def test_name_listed_with_a_city_stays_a_place() -> None:
    found = kinds("Students came from Dunmore or Warren for the fair.")
    assert found["Dunmore"] is ActorKind.PLACE
