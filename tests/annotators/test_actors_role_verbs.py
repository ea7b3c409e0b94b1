"""A role noun used as a verb after a name says nothing of the name's kind."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_lead_as_a_verb_makes_no_organisation() -> None:
    found = kinds("Both Ortiz and Kellerman lead in the latest polls of the state.")
    assert found.get("Kellerman") is not ActorKind.ORGANIZATION


def test_heads_as_a_verb_makes_no_organisation() -> None:
    found = kinds("After the vote Brandqvist heads to the capital for talks.")
    assert found.get("Brandqvist") is not ActorKind.ORGANIZATION


def test_role_noun_before_a_noun_still_names_a_body() -> None:
    found = kinds("A Torvane lead engineer said the plant was safe.")
    assert found.get("Torvane") is ActorKind.ORGANIZATION
