"""Venues and housing named by their buildings are places (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The summit opens at the Orvik Convention Centre on Monday.", "Orvik Convention Centre"),
        ("He was held at Tarvel Correctional Center for a year.", "Tarvel Correctional Center"),
        ("Police searched the Velder Road Residence on Monday.", "Velder Road Residence"),
    ],
)
def test_the_venue_is_a_place(text: str, name: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(text)}
    assert kinds.get(name) == "place"


def test_a_research_centre_stays_a_body() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("The Orvik Research Centre said so.")}
    assert kinds.get("Orvik Research Centre") == "organization"


@pytest.mark.parametrize("name", ["Orvik Cemetery", "Velder Gardens", "Orvik Reservoir"])
def test_a_landmark_word_makes_a_place(name: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(f"Flowers were laid at {name} on Monday.")}
    assert kinds.get(name) == "place"
