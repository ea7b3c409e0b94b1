"""A known body's name before a known country or region: its branch there, one name."""

from __future__ import annotations

import pytest

from geoarticle.annotators.actors import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A spokesman for Amnesty International UK said the rule was unfair.",
            "Amnesty International UK",
        ),
        (
            "On Monday, Human Rights Watch Kenya said the arrests were unlawful.",
            "Human Rights Watch Kenya",
        ),
    ],
)
def test_branch_is_one_body(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(name) == "organization"


def test_branch_named_with_of() -> None:
    kinds = _kinds("The Sierra Club of Ohio has sued the county over the landfill.")
    assert kinds.get("Sierra Club of Ohio") == "organization"


def test_branch_before_an_adverb() -> None:
    kinds = _kinds("Oxfam Kenya previously ran the clinic in the town.")
    assert kinds.get("Oxfam Kenya") == "organization"


def test_branch_needs_the_clause_to_go_on() -> None:
    kinds = _kinds("The Amnesty International Kenya office opened on Monday.")
    assert "Amnesty International Kenya" not in kinds
    assert kinds.get("Kenya") == "country"


def test_state_body_keeps_the_country_apart() -> None:
    kinds = _kinds("The European Union Ukraine talks ended on Friday.")
    assert "European Union Ukraine" not in kinds


def test_known_universities_by_their_short_names() -> None:
    kinds = _kinds("A scientist who trained at M.I.T. now teaches a Stanford course.")
    assert kinds.get("Massachusetts Institute of Technology") == "organization"
    assert kinds.get("Stanford University") == "organization"


def test_the_us_house_by_its_short_name() -> None:
    found = {a.name: a.aliases for a in find_actors("In the U.S. House, the bill failed.")}
    assert "U.S. House" in found.get("U.S. House of Representatives", ())
