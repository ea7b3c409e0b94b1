"""A name closed by "Project" is a body, as one closed by "Programme" is."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_project_built_on_a_place_is_a_body() -> None:
    found = kinds("Ana Varga, the chief executive of the Arctic Ice Project, spoke in Oslo.")
    assert found["Arctic Ice Project"] is ActorKind.ORGANIZATION


def test_project_that_speaks_is_a_body() -> None:
    found = kinds("The Tarvel Project said it would sue the county.")
    assert found["Tarvel Project"] is ActorKind.ORGANIZATION
