"""One unknown word in "As X reports, ..." is the outlet that reported."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_as_outlet_reports() -> None:
    actors = _kinds("As Tarvelnews reports, the company announced it would charge riders more.")
    assert actors.get("Tarvelnews") is ActorKind.ORGANIZATION


def test_as_a_named_person_reported_stays_the_person() -> None:
    actors = _kinds(
        "Reporter Anna Berg covered the case. As Berg reported, the firm paid the fine."
    )
    assert actors.get("Anna Berg") is ActorKind.PERSON
    assert "Berg" not in actors
