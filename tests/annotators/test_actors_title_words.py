"""A title's own last word after a title is no person's name (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_chief_executive_officer_names_no_officer() -> None:
    text = "Chief Executive Officer (Acting) of the Tarvel Zone Authority, Gary Orne, agreed."
    names = {a.name for a in find_actors(text)}
    assert "Officer" not in names
    assert "Gary Orne" in names


def test_a_surname_after_a_title_stays_a_person() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("Minister Okafor said no.")}
    assert kinds.get("Okafor") == "person"
