"""A town's name alone, after a body named for the town, is the town (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_the_town_after_its_police() -> None:
    found = {
        a.name: (a.kind.value, a.aliases)
        for a in find_actors(
            "The reports were recorded by the Tarvelton Police Department. "
            "Ann Lee, 30, of Tarvelton, was hurt."
        )
    }
    assert found.get("Tarvelton", ("",))[0] == "place"
    assert "Tarvelton" not in found["Tarvelton Police Department"][1]


def test_a_firms_first_word_still_names_the_firm() -> None:
    found = {
        a.name: a.aliases
        for a in find_actors("Orvikon Widgets Inc. cut jobs on Monday. Orvikon said sales fell.")
    }
    assert any("Orvikon" in aliases for aliases in found.values())


def test_an_unknown_towns_police_acting() -> None:
    kinds = {
        a.name: a.kind.value for a in find_actors("Ann Lee, 37, was arrested by Tarvelton police.")
    }
    assert kinds.get("Tarvelton police") == "organization"


def test_the_towns_police_is_its_named_force() -> None:
    found = {
        a.name: a.aliases
        for a in find_actors(
            "Reports came from the Tarvelton Police Department. "
            "Ann Lee, 37, was arrested by Tarvelton police for theft."
        )
    }
    assert "Tarvelton police" in found.get("Tarvelton Police Department", ())
    assert "Tarvelton police" not in found
