"""A title-case run opened by an adjective names no person."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_adjective_opened_run_is_no_person() -> None:
    kinds = _kinds("Iconic Tarvel spot Orvik Lane is open today, Ann Lee said.")
    assert "Iconic Tarvel" not in kinds


def test_caucus_closes_a_body() -> None:
    kinds = _kinds("Ann Lee leads the 34-member Hispanic Caucus in the state house.")
    assert kinds.get("Hispanic Caucus") is ActorKind.ORGANIZATION


def test_short_given_name_is_no_adjective() -> None:
    kinds = _kinds("Nic Tarvelo scored twice, and Nic Tarvelo said he was tired.")
    assert kinds.get("Nic Tarvelo") is ActorKind.PERSON
