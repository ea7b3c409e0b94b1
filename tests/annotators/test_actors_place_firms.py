"""A place that opens a firm's or team's name is part of that name (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ohio Gas & Electric cut supply to 5,000 homes on Friday.", "Ohio Gas & Electric"),
        ("The Denver Giants signed a new coach this week.", "Denver Giants"),
    ],
)
def test_the_place_opens_the_name(text: str, name: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(text)}
    assert kinds.get(name) == "organization"
    assert len(kinds) == 1


def test_a_plural_of_bodies_after_a_country_is_no_name() -> None:
    names = {a.name for a in find_actors("Several United States Embassies in Africa closed.")}
    assert "United States" in names
    assert not any("Embassies" in n for n in names)
