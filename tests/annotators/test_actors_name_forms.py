"""Forms of one actor's name: a known region with its noun, honorifics, "al-" surnames."""

from __future__ import annotations

from geoarticle import find_actors
from geoarticle.models import ActorKind


def test_a_known_region_and_its_region_noun_are_one_actor() -> None:
    text = "Fighting spread across the Darfur region on Monday. Aid reached Darfur later."
    places = [a for a in find_actors(text) if "Darfur" in a.name]
    assert [a.name for a in places] == ["Darfur"]
    assert len(places[0].mentions) == 2


def test_a_city_region_stays_apart_from_the_city() -> None:
    names = {a.name for a in find_actors("Drones hit the Kyiv region, and Kyiv itself.")}
    assert {"Kyiv region", "Kyiv"} <= names


def test_malay_honorifics_are_no_part_of_the_name() -> None:
    text = "Prime Minister Datuk Seri Tarvin Ozman left. Later, Tarvin said the trip was paid."
    people = [a for a in find_actors(text) if a.kind is ActorKind.PERSON]
    assert [a.name for a in people] == ["Tarvin Ozman"]
    assert len(people[0].mentions) == 2


def test_a_surname_after_al_joins_its_person() -> None:
    text = "Tarek Omran al-Quzai was ousted in April. Later, Quzai said he had fled."
    people = [a for a in find_actors(text) if a.kind is ActorKind.PERSON]
    assert [a.name for a in people] == ["Tarek Omran al-Quzai"]
    assert len(people[0].mentions) == 2


def test_mountain_ranges_and_atlantic_islands_are_places() -> None:
    text = (
        "Glaciers in the Himalayas, the Hindu Kush and Svalbard shrank; the Azores and Madeira too."
    )
    kinds = {a.name: a.kind for a in find_actors(text)}
    for name in ("Himalayas", "Hindu Kush", "Svalbard", "Azores", "Madeira"):
        assert kinds[name] is ActorKind.PLACE


def test_a_region_named_like_a_firm_stays_one_place() -> None:
    text = (
        "The Amazon has been burning for weeks. Smoke drifted from fires in the Amazon, "
        "reports said. Fires in the Amazon release carbon."
    )
    places = [a for a in find_actors(text) if a.name == "Amazon"]
    assert [a.kind for a in places] == [ActorKind.PLACE]
    assert len(places[0].mentions) == 3
