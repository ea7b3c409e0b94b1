"""Title-case phrases opened by a common adjective or noun name no person (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Indoor Arts classes are cancelled this week.", "Indoor Arts"),
        ("On Monday, Marine Interdiction agents searched a boat.", "Marine Interdiction"),
        ("The film won at the Golden Reels and the Tarvel awards.", "Golden Reels"),
    ],
)
def test_the_phrase_is_no_person(text: str, phrase: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(text)}
    assert kinds.get(phrase) != "person"


def test_a_given_name_still_opens_a_person() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("Anna Marlow, 34, was charged.")}
    assert kinds.get("Anna Marlow") == "person"


def test_a_buyers_guide_heading_names_nobody() -> None:
    names = {
        a.name for a in find_actors("See our guides to the Best Camp Kettles and Top Velder Mats.")
    }
    assert not names & {"Best Camp Kettles", "Top Velder Mats"}


def test_a_common_word_before_a_residents_noun_is_no_place() -> None:
    names = {a.name for a in find_actors("The firm will work with Indigenous communities first.")}
    assert "Indigenous" not in names


def test_an_unknown_town_before_its_residents_is_a_place() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("Dozens of Velmorra residents met.")}
    assert kinds.get("Velmorra") == "place"
