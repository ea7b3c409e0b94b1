"""A state named only by its adjective as the first word of another actor's name."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_adjective_inside_a_hospital_name_names_no_state() -> None:
    found = names("The Danish Friendship Hospital is one of 16 hospitals shut down in Gaza.")
    assert "Danish Friendship Hospital" in found
    assert "Denmark" not in found


def test_adjective_of_a_state_body_keeps_the_state() -> None:
    found = names("The Danish Federal Police sent officers to Gaza on Monday.")
    assert "Danish Federal Police" in found
    assert "Denmark" in found


def test_adjective_said_alone_keeps_the_state() -> None:
    found = names(
        "The Danish Friendship Hospital is one of 16 hospitals shut down in Gaza. "
        "Danish officials said they would send fuel."
    )
    assert "Denmark" in found
