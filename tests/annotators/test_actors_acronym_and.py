"""An acronym before "and" is a name of its own, not the first word of the next (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_an_acronym_and_a_body_are_two_names() -> None:
    names = {a.name for a in find_actors("The deal went to VRT and Preservation Trust last year.")}
    assert "VRT and Preservation Trust" not in names
    assert "Preservation Trust" in names


def test_one_word_and_a_body_stay_one_name() -> None:
    names = {a.name for a in find_actors("Funds come from the Orvik and Tarvel Research Trust.")}
    assert "Orvik and Tarvel Research Trust" in names
