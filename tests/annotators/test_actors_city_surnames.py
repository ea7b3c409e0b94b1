"""An unknown word before a city's name is a person's name when what follows marks a person."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_name_with_an_age_is_a_person() -> None:
    found = kinds("Police arrested Keyosha Jackson, 24, of Quincy on Tuesday.")
    assert found["Keyosha Jackson"] is ActorKind.PERSON


def test_name_that_speaks_is_a_person() -> None:
    found = kinds("On Monday Zelvina Houston said the road had been icy for days.")
    assert found["Zelvina Houston"] is ActorKind.PERSON


def test_unknown_word_before_a_city_alone_stays_a_body() -> None:
    found = kinds("The final was won by Olympiq Lyon in the second half.")
    assert found.get("Olympiq Lyon") is ActorKind.ORGANIZATION
