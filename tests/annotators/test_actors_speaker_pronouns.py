"""One unknown word that speaks: a person when a person's pronoun takes it up, else a body."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_speaker_taken_up_by_she_is_a_person() -> None:
    found = kinds('"It was hard," Zorandi said, adding that she went to a doctor.')
    assert found["Zorandi"] is ActorKind.PERSON


def test_speaker_taken_up_by_it_is_a_body() -> None:
    found = kinds("Fares will fall, Skyvarro said, adding that it would add routes.")
    assert found["Skyvarro"] is ActorKind.ORGANIZATION
