"""A word after a person's name and age ("Ann Lee, 52, of Tarvel") is where they live."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Marta Quellen, 41, Bresk, was arrested for retail theft.", "Bresk"),
        ("A car driven by Dario Pellum, 52, of Orvin Heath, struck a fence.", "Orvin Heath"),
        ("Ines Varga, 30, Tallow was charged with trespassing.", "Tallow"),
    ],
)
def test_home_after_age_is_a_place(text: str, place: str) -> None:
    found = [(a.name, a.kind.value) for a in find_actors(text)]
    assert (place, "place") in found


def test_a_number_that_is_no_age_proves_nothing() -> None:
    found = [(a.name, a.kind.value) for a in find_actors("Scores were Brannig, 300, Kestrel.")]
    assert ("Kestrel", "place") not in found
