"""A state the text never names, only guessed behind bare group nouns, is no actor."""

from __future__ import annotations

from geoarticle import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


def test_officials_alone_name_no_state() -> None:
    text = (
        "Legislators in Tarvel County approved the budget on Monday. "
        "Authorities said the police would patrol the Tarvel fair."
    )
    assert "country" not in _kinds(text).values()


def test_a_state_named_once_stays() -> None:
    text = "Kenyan police arrested two men. Authorities said the police would patrol Nakuru."
    assert _kinds(text).get("Kenya") == "country"


def test_a_crowd_stands_for_its_state() -> None:
    text = "Thousands of people marched in Lagos on Sunday."
    assert _kinds(text).get("Nigeria") == "country"
