"""A sentence opened by "Research by X" that goes on as prose is no credit."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_research_by_a_scientist_in_prose_names_her() -> None:
    found = names(
        "Research by Marta Olsen, a materials scientist who trained at Stanford University, "
        "recently estimated that white roofs cool a city."
    )
    assert "Marta Olsen" in found
    assert "Stanford University" in found


def test_a_credit_line_still_names_nobody() -> None:
    found = names("The mayor resigned. With reporting by Orvik Press writer Marta Olsen.")
    assert "Marta Olsen" not in found
