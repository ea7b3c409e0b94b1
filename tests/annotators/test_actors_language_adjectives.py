"""A state's adjective naming its language ("in French", "Greek names") names no state."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_language_uses_name_no_state() -> None:
    found = names(
        "Anna Berg moved to a French-speaking city in Canada. She had no French to speak "
        "of, so she enrolled in a French language school and gave her cats Greek names."
    )
    assert "France" not in found
    assert "Greece" not in found
    assert "Canada" in found


def test_troops_keep_their_state() -> None:
    assert "France" in names("French troops in Mali said the convoy was attacked.")
