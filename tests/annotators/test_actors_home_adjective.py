"""The state a story is set in, named only by its adjective, is its setting (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def _names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_the_home_state_named_by_its_adjective_alone_is_no_actor() -> None:
    text = (
        "Ann Dorsey, a teacher in Ohio, said American schools are short of money. "
        "She spoke in Columbus on Monday."
    )
    assert "United States" not in _names(text)


def test_another_state_named_by_its_adjective_stays() -> None:
    text = (
        "Ann Dorsey, a teacher in Ohio, said Kenyan schools are short of money. "
        "She spoke in Columbus on Monday."
    )
    assert "Kenya" in _names(text)


def test_the_home_state_named_by_its_name_stays() -> None:
    text = "Ann Dorsey, a teacher in Ohio, said the United States spends less on American schools."
    assert "United States" in _names(text)
