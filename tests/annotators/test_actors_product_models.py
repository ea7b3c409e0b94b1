"""A name and a number after a determiner or a possessive is a product's model, not a score."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_model_after_the_is_no_team() -> None:
    assert "Nanowave" not in names("In our tests the Nanowave 55 kept its warmth well.")


def test_model_after_a_possessive_is_no_team() -> None:
    assert "Magma" not in names("In the cold, Tarvel's Magma 15 was the warmest bag.")


def test_team_and_score_still_a_body() -> None:
    assert "Schalke" in names("Schalke 2 Bayern 1 in the league on Saturday.")
