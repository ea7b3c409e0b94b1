"""A run holding a hyphened word closed by a lower-case word is a modifier, not a name."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def _names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_prize_winning_is_no_body() -> None:
    names = _names("The Tarvel Prize-winning economist Ann Lee said so.")
    assert "Tarvel Prize-winning" not in names
    assert "Ann Lee" in names


def test_free_of_is_no_body() -> None:
    assert not any("QXZ" in n for n in _names("The shell uses a QXZ-free ZRW coating."))


def test_korean_given_name_stays() -> None:
    assert "Han Dong-hoon" in _names("Han Dong-hoon said the party would win, and Han left.")


def test_lower_case_particle_inside_a_name_stays() -> None:
    assert "Port-au-Prince" in _names("Officials in Port-au-Prince said the port was shut.")


def test_hyphened_noun_inside_a_body_stays() -> None:
    text = "The Organization for Tarvel Co-operation said the vote was fair."
    assert any("Co-operation" in n for n in _names(text))
