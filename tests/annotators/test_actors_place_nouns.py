"""A place noun names the place after it, whatever its words (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They filmed near the hill village of Alma Tarek for an hour.", "Alma Tarek"),
        ("A ball of fire lit his village, Orda Kalan, at night.", "Orda Kalan"),
        ("Troops crossed into the town of Velmor on Monday.", "Velmor"),
    ],
)
def test_the_name_is_a_place(text: str, name: str) -> None:
    assert _kinds(text).get(name) == "place"


def test_an_area_of_streets_is_no_new_place() -> None:
    kinds = _kinds("It happened in the area of Orvik Drive and Southwest 12th Avenue.")
    assert "Orvik Drive and Southwest" not in kinds


def test_a_firm_by_its_apposition_despite_a_place_word() -> None:
    text = "Peter Moll of Orvik Bridge, a London-based research firm, said so."
    assert _kinds(text).get("Orvik Bridge") == "organization"


def test_an_adjective_before_a_region_noun_names_no_region() -> None:
    kinds = _kinds("Among the Democratic state legislators in Ohio, few spoke.")
    assert "Democratic state" not in kinds


def test_an_unknown_region_with_its_noun_stays() -> None:
    assert _kinds("Troops entered the Kunene region on Monday.").get("Kunene region") == "place"
