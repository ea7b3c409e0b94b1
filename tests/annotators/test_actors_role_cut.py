"""A title inside a run of capitals ends the name of its holder's body."""

from __future__ import annotations

from geoarticle import find_actors


def _found(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind.value, a.role) for a in find_actors(text)}


def test_an_acronym_before_a_title_is_the_body_alone() -> None:
    found = _found("The QRZ Director warned of a surge in cases.")
    assert "QRZ" in found
    assert "QRZ Director" not in found


def test_a_deputy_title_after_an_acronym_is_no_name() -> None:
    found = _found("Orla Venn, the QRZ Deputy, spoke on Monday.")
    assert "QRZ Deputy" not in found
    assert found["Orla Venn"][0] == "person"


def test_a_body_before_a_title_and_a_name() -> None:
    found = _found("Velden Marine Corps Commandant Ray Ortel said the drill went well.")
    assert found["Velden Marine Corps"][0] == "organization"
    assert found["Ray Ortel"] == ("person", "Commandant")


def test_a_given_name_before_a_title_word_keeps_the_name() -> None:
    assert "Carole King" in _found("Carole King sang at the gala.")
