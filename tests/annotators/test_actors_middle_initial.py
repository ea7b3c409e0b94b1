"""A middle initial without a stop stays inside a person's name (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_a_bare_middle_initial_keeps_the_name_whole() -> None:
    names = {
        a.name for a in find_actors("The novelist Kelly T Varrow said she wrote it in a week.")
    }
    assert "Kelly T Varrow" in names
