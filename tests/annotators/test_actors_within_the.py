"""An unknown name one is "in" or travels "across", after "the", is a place."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_in_the_unknown_name_is_a_place() -> None:
    assert _kinds("Hikers camp in the Tarvel Gyre every summer.")["Tarvel Gyre"] is ActorKind.PLACE


def test_across_the_unknown_name_is_a_place() -> None:
    kinds = _kinds("The boat sailed across the Orvik Gyre toward Norway.")
    assert kinds["Orvik Gyre"] is ActorKind.PLACE


def test_demonym_region_in_the_is_a_place() -> None:
    kinds = _kinds("It was cold at night in the Canadian Rockies, she said.")
    assert kinds["Canadian Rockies"] is ActorKind.PLACE


def test_at_the_unknown_name_stays_a_body() -> None:
    kinds = _kinds("She spoke at the Orvik Kalis last year.")
    assert kinds["Orvik Kalis"] is ActorKind.ORGANIZATION


def test_in_the_named_body_keeps_its_suffix() -> None:
    kinds = _kinds("He works in the Tarvel Kalis Group, she said.")
    assert kinds["Tarvel Kalis Group"] is ActorKind.ORGANIZATION
