"""A word never a name alone (a faith, a people) may open a place's name closed by a place word."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_county_named_by_a_faith_word_is_a_place() -> None:
    found = kinds("The family has farmed in Christian County for a century.")
    assert found["Christian County"] is ActorKind.PLACE


def test_county_force_keeps_the_whole_name() -> None:
    found = kinds("The arrest was made by the Christian County Sheriff's Department on Friday.")
    assert "Christian County Sheriff's Department" in found


def test_faith_word_before_a_common_noun_is_still_no_name() -> None:
    found = kinds("Christian leaders met the mayor in Rome.")
    assert not any(name.startswith("Christian") for name in found)


def test_body_named_by_a_faith_word_keeps_it() -> None:
    found = kinds("Doctors at the Jewish General Hospital said the ward was full.")
    assert found["Jewish General Hospital"] is ActorKind.ORGANIZATION
