"""Two unknown one-word names after "in" or "from", the second closing the clause: a town
and its county."""

from __future__ import annotations

import pytest

from geoarticle import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "town", "county"),
    [
        ("The fitter, 37, from Tarvelby, Orvikshire, did a rushed job.", "Tarvelby", "Orvikshire"),
        ("Fumes filled the house in Bath, Dunmoreshire, on Friday.", "Bath", "Dunmoreshire"),
    ],
)
def test_a_town_and_its_county_are_places(text: str, town: str, county: str) -> None:
    kinds = _kinds(text)
    assert kinds[town] is ActorKind.PLACE
    assert kinds[county] is ActorKind.PLACE


def test_the_county_named_before_backs_a_second_town() -> None:
    text = (
        "The fitter came from Tarvelby, Orvikshire, last year. "
        "Fumes filled a house in Bath, Orvikshire, instead of the flue."
    )
    assert _kinds(text)["Bath"] is ActorKind.PLACE


def test_a_list_of_people_is_no_town() -> None:
    kinds = _kinds("The bill won support from Quarles, Tembly, and other senators.")
    assert ActorKind.PLACE not in kinds.values()
