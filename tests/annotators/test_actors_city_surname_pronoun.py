"""An unknown word before a city's name, taken up by "he" or "she", is a person's name."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_pronoun_after_makes_a_person() -> None:
    text = (
        "A car driven by Kelisha Jackson, no age given, was northbound on the road "
        "when the driver said she lost control."
    )
    assert _kinds(text).get("Kelisha Jackson") is ActorKind.PERSON


def test_pronoun_of_another_named_person_does_not() -> None:
    text = "Ahli Jeddah won the cup and coach Ann Lee said he was happy."
    assert _kinds(text).get("Ahli Jeddah") is not ActorKind.PERSON
