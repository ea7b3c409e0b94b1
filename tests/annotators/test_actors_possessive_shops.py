"""A shop named by its owner's possessive ("Marta's Salon and Spa") is one organisation."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_salon_and_spa_named_for_its_owner() -> None:
    found = kinds("Marta's Salon and Spa opened its second room on Tarvel Lane last spring.")
    assert found.get("Marta's Salon and Spa") is ActorKind.ORGANIZATION


def test_bar_named_for_its_owner() -> None:
    found = kinds("Her cousin runs Dorgan's Bar near the quay, open until late.")
    assert found.get("Dorgan's Bar") is ActorKind.ORGANIZATION


def test_possessive_before_a_body_word_is_left_alone() -> None:
    found = kinds("Norway's Public Health Agency counted fewer flu patients this winter.")
    assert "Norway's Public Health Agency" in found


def test_common_noun_possessive_opens_a_body() -> None:
    found = kinds("A Citizen's Advice Bureau and the old cinema shared one roof there.")
    assert found.get("Citizen's Advice Bureau") is ActorKind.ORGANIZATION


def test_town_opens_a_possessive_body() -> None:
    found = kinds("Nurses at Seattle Children's Hospital painted the ward in spring.")
    assert found.get("Seattle Children's Hospital") is ActorKind.ORGANIZATION
