"""Title-case modifiers before a noun name no person; "X and Y Centre" is one body (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They met at a Zorb Con to discuss writing.", "Zorb Con"),
        ("Families gathered at a Velde Tarn-themed holiday club on Monday.", "Velde Tarn-themed"),
        ("The Harbour Gazette's Claim Tracker team counted 400 claims.", "Claim Tracker"),
    ],
)
def test_a_modifier_before_a_noun_is_no_person(text: str, name: str) -> None:
    assert name not in {a.name for a in find_actors(text)}


def test_a_person_after_a_possessive_still_speaks_or_acts() -> None:
    names = {
        a.name: a.kind.value for a in find_actors("Tarnwell's Oskarin Velde announced a deal.")
    }
    assert names.get("Oskarin Velde") == "person"


def test_common_words_and_a_body_name_make_one_body() -> None:
    text = "Ministers opened the Global Harbour Resilience and Storm Management Centre in Tarnwell."
    kinds = {a.name: a.kind.value for a in find_actors(text)}
    assert kinds.get("Global Harbour Resilience and Storm Management Centre") == "organization"
    assert "Storm Management Centre" not in kinds


def test_two_bodies_listed_stay_two() -> None:
    kinds = {a.name for a in find_actors("Velde Holdings and the Tarn Trade Centre signed a deal.")}
    assert "Tarn Trade Centre" in kinds
