"""A given name before a known body's one-word name makes a person ("Michael Bloomberg")."""

from __future__ import annotations

from geoarticle import find_actors


def _found(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind.value) for a in find_actors(text)]


def test_given_name_and_body_name_is_a_person() -> None:
    text = "Michael Bloomberg founded the firm. Later Bloomberg said he would run."
    assert _found(text) == [("Michael Bloomberg", "person")]


def test_the_body_alone_stays_a_body() -> None:
    assert _found("Bloomberg reported the deal on Monday.") == [("Bloomberg", "organization")]


def test_a_question_opening_with_will_is_no_name() -> None:
    assert ("Google", "organization") in _found("Will Google win the case?")
