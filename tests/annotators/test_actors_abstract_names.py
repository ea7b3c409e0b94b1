"""Two unknown words closed by an abstract noun name a body, not a person (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize("name", ["Tidewater Engineering", "Meadow Rebellion", "Velde Publishing"])
def test_the_name_is_an_organisation(name: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(f"On Monday, {name} joined the protest.")}
    assert kinds.get(name) == "organization"


def test_a_short_surname_ending_alike_stays_a_person() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("The host, Bebo King, smiled.")}
    assert kinds.get("Bebo King") == "person"
