"""A street named after a city ("London Road") says nothing of the country it lies in."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Police closed Dresden Drive in Tarvel on Monday.", "Dresden Drive"),
        ("The crash happened on London Road near the depot, officers said.", "London Road"),
        ("A market on Moscow Street reopened after the storm.", "Moscow Street"),
    ],
)
def test_a_street_named_after_a_city_has_no_country(text: str, street: str) -> None:
    actors = {a.name: a for a in find_actors(text)}
    assert actors[street].country is None
    assert not any(a.kind.value == "country" for a in actors.values())


def test_a_region_named_after_its_country_keeps_it() -> None:
    actors = {a.name: a for a in find_actors("Shelling hit the Moscow Oblast overnight.")}
    assert actors["Moscow Oblast"].country == "RUS"


def test_two_streets_joined_by_and_are_two_places() -> None:
    names = {
        a.name for a in find_actors("The road is closed between Varnau Drive and Elm Valley Road.")
    }
    assert {"Varnau Drive", "Elm Valley Road"} <= names
