"""A shop named by its owner's possessive ("Marta's Salon and Spa") is one organisation."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_salon_and_spa_named_for_its_owner() -> None:
    found = kinds("Marta's Salon and Spa was founded 30 years ago in the town.")
    assert found.get("Marta's Salon and Spa") is ActorKind.ORGANIZATION


def test_bar_named_for_its_owner() -> None:
    found = kinds("He owns Dorgan's Bar on Main Street, which will stay open.")
    assert found.get("Dorgan's Bar") is ActorKind.ORGANIZATION


def test_possessive_before_a_body_word_is_left_alone() -> None:
    found = kinds("Sweden's Public Health Agency said on Monday that cases fell.")
    assert "Sweden's Public Health Agency" in found


def test_common_noun_possessive_opens_a_body() -> None:
    found = kinds("Hubs like a Citizen's Advice Bureau and a library were destroyed.")
    assert found.get("Citizen's Advice Bureau") is ActorKind.ORGANIZATION


def test_town_opens_a_possessive_body() -> None:
    found = kinds("Doctors at Seattle Children's Hospital said the boy was stable.")
    assert found.get("Seattle Children's Hospital") is ActorKind.ORGANIZATION
