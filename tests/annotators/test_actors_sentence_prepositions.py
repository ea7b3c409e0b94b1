"""A capitalised preposition opening the next sentence is no word of the name before it."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_sentence_after_a_regnal_number_starts_a_new_name_run() -> None:
    found = {
        a.name
        for a in find_actors(
            "The museum bought a portrait of King Henri I. Between 1990 and 2001 it also "
            "restored two chapels."
        )
    }
    assert "Henri I." in found
    assert not any("Between" in name for name in found)


def test_during_opening_a_sentence_joins_no_name() -> None:
    found = {
        a.name
        for a in find_actors(
            "The gift went to Queen Maud II. During the war the palace was closed."
        )
    }
    assert not any("During" in name for name in found)
