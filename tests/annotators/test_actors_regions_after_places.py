"""One unknown word after a place and a comma, closing the phrase, is the larger place."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_region_after_a_town_before_a_day_is_a_place() -> None:
    found = kinds("Two people died in a crash in Osborne Store, Clarendon Tuesday.")
    assert found["Clarendon"] is ActorKind.PLACE


def test_region_after_a_city_at_the_end_is_a_place() -> None:
    found = kinds("The clinic opened last year in Kingston, Tavora.")
    assert found["Tavora"] is ActorKind.PLACE


def test_speaker_after_a_place_is_no_place() -> None:
    found = kinds("Talks were held in Paris, Ortiz said.")
    assert found.get("Ortiz") is not ActorKind.PLACE
