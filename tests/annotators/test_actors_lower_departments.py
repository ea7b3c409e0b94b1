"""A department named only in lower case, at least twice, is a body (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


def test_a_department_named_twice() -> None:
    kinds = _kinds(
        "The trust said the transportation department had kept it in the dark. "
        "It sent questions to the county transportation department in June."
    )
    assert kinds.get("transportation department") == "organization"


def test_a_department_named_once_is_no_body() -> None:
    kinds = _kinds("The trust said the transportation department had kept it in the dark.")
    assert "transportation department" not in kinds


def test_the_police_department_is_left_to_the_agents() -> None:
    kinds = _kinds(
        "The police department said the road was shut. The police department reopened it."
    )
    assert "police department" not in kinds
