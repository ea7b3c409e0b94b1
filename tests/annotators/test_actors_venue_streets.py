"""A venue's name stops before "on" and its street; a short street name is no person."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_pub_name_stops_before_its_street() -> None:
    found = kinds("Dorgans Pub on Tarvel St will be staying open through the winter.")
    assert "Dorgans Pub" in found
    assert not any(" on " in name for name in found)


def test_committee_on_a_field_keeps_its_name() -> None:
    assert "Committee on Foreign Affairs" in kinds("The Committee on Foreign Affairs met.")


def test_short_street_name_is_no_person() -> None:
    found = kinds("Voting in person is at 2344 Orvik St., Apt. 1C, between noon and 8 p.m.")
    assert found.get("Orvik St.") is not ActorKind.PERSON
