"""A title-case run of three words or more closed by a title word is a role, not a body."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def _names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_capitalised_role_is_no_body() -> None:
    text = "The Tarvel Fisheries Secretary insists that the quota is fair."
    assert "Tarvel Fisheries Secretary" not in _names(text)


def test_role_before_a_name_keeps_the_person() -> None:
    names = _names("Coastal Fisheries Secretary Ann Lee faces pressure over the quota.")
    assert "Ann Lee" in names
    assert "Coastal Fisheries Secretary" not in names


def test_two_word_name_closed_by_a_title_word_stays() -> None:
    assert "Gayla King" in _names("Gayla King said the talks went well.")
