"""A university named with its campus town is one organisation (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "She works at the University of Varnau, Nairobi, on pulsars.",
            "University of Varnau, Nairobi",
        ),
        ("He teaches at the University of Varnau at Mombasa.", "University of Varnau at Mombasa"),
    ],
)
def test_a_campus_is_part_of_the_name(text: str, name: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(text)}
    assert kinds.get(name) == "organization"


def test_a_country_after_a_university_is_its_own_actor() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("The University of Varnau, Kenya, said so.")}
    assert kinds.get("University of Varnau") == "organization"
    assert kinds.get("Kenya") == "country"
