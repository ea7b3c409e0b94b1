"""After "a", an unknown name before a noun for a person by who they are is their home."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_a_name_driver_is_a_place() -> None:
    assert _kinds("A Tarvel driver was ticketed on Monday.")["Tarvel"] is ActorKind.PLACE


def test_a_name_man_is_a_place() -> None:
    assert _kinds("An Orvik man was arrested on Monday.")["Orvik"] is ActorKind.PLACE


def test_a_body_executive_stays_a_body() -> None:
    kinds = _kinds("An Orvik Labs executive said the plant would close.")
    assert kinds["Orvik Labs"] is ActorKind.ORGANIZATION


def test_speakers_in_a_place_leave_it_a_place() -> None:
    kinds = {a.name: a.kind for a in find_actors("The note was found, police in Tarvel said.")}
    assert kinds.get("Tarvel") is ActorKind.PLACE
