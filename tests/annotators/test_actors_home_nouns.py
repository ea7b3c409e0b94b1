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
