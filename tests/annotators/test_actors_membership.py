"""What one is "a member of" or "a founder of" is a body."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_member_of_a_club_names_a_body() -> None:
    found = kinds("The 80-year-old, a member of Tarvel Rotarians, said the town would recover.")
    assert found.get("Tarvel Rotarians") is ActorKind.ORGANIZATION


def test_founder_of_a_firm_names_a_body() -> None:
    found = kinds("She was a founder of Orvik Analytics before she ran for office.")
    assert found.get("Orvik Analytics") is ActorKind.ORGANIZATION
