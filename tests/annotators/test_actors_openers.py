"""Common words opening a sentence ("Unlike", "Notably") are not part of a name."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_sentence_opening_preposition_is_not_joined_to_the_name() -> None:
    found = names("Unlike Marta Kovic, the governor never went to prison.")
    assert "Marta Kovic" in found
    assert "Unlike Marta Kovic" not in found


def test_abstract_nouns_alone_are_no_actors() -> None:
    found = names("The forum's themes were set.\n\nSustainability\n\nProsperity\n\nResilience")
    assert not found & {"Sustainability", "Prosperity", "Resilience"}
