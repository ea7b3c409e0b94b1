"""Parties whose names open with a country's or a region's name, and names joined by particles
(invented sentences)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leaders of the Uganda Democratic Party met on Monday.", "Uganda Democratic Party"),
        ("The Kenya Muslim League said on Monday it would appeal.", "Kenya Muslim League"),
        ("Leaders of the Kurdistan Democratic Party met on Monday.", "Kurdistan Democratic Party"),
    ],
)
def test_a_party_named_after_its_country_is_one_body(text: str, name: str) -> None:
    found = {(a.name, a.kind.value) for a in find_actors(text)}
    assert (name, "organization") in found, found


def test_a_country_before_a_party_of_one_word_stays_the_country() -> None:
    """ "Kenya said on Monday that Democratic Party leaders met": two actors."""
    names = {a.name for a in find_actors("Kenya said on Monday that Democratic Party leaders met.")}
    assert "Kenya" in names


def test_a_name_particle_joins_a_persons_name() -> None:
    """ "Kengo wa Dondo": one person, as "Hans van Mierlo" is."""
    found = [a.name for a in find_actors("Prime Minister Kengo wa Dondo said on Thursday.")]
    assert found == ["Kengo wa Dondo"]
