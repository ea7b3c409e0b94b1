"""An unknown name between "a"/"an" and a common noun is a brand, not a person (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An Orvik Air flight from Oslo turned back on Tuesday.", "Orvik Air"),
        ("A Tarvel Survey poll released on Friday showed support fell.", "Tarvel Survey"),
    ],
)
def test_a_brand_before_its_product_is_an_organisation(text: str, name: str) -> None:
    assert _kinds(text)[name] is ActorKind.ORGANIZATION


def test_a_person_with_a_given_name_stays_a_person() -> None:
    assert _kinds("He was a Tom Brake fan for years.")["Tom Brake"] is ActorKind.PERSON
