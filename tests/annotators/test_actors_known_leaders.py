"""Leaders of the gazetteer named by surname alone; one with no role there takes no bare
title (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_a_surname_alone_names_the_leader() -> None:
    found = {a.name: a.kind.value for a in find_actors("Thatcher said the plan was sound.")}
    assert found.get("Margaret Thatcher") == "person"


def test_a_bare_title_names_no_leader_without_a_role() -> None:
    names = {a.name for a in find_actors("The Prime Minister said the plan was sound.")}
    assert "Rishi Sunak" not in names
    assert "Keir Starmer" not in names
