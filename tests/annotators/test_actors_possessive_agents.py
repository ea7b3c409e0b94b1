"""A state's possessive before a force ("Sudan's army") names that state (invented text)."""

from __future__ import annotations

import geoarticle


def _mentions(text: str) -> dict[str, list[str]]:
    art = geoarticle.parse_text("Title\n\n" + text)
    return {a.name: [m.text for m in a.mentions] for a in art.actors}


def test_a_states_army_is_that_state_not_the_last_army_named() -> None:
    found = _mentions(
        "Israeli troops raided a camp on Tuesday.\n\nSudan's army shelled a village on Friday."
    )
    assert found["Sudan"] == ["Sudan's army"]
    assert found["Israel"] == ["Israeli troops"]


def test_a_groups_possessive_before_its_fighters_names_the_group_once() -> None:
    assert _mentions("Hamas's fighters attacked the town.")["Hamas"] == ["Hamas"]


def test_a_constabulary_is_a_body() -> None:
    found = geoarticle.find_actors("Officers from Norland Constabulary searched the house.")
    assert [(a.name, a.kind.value) for a in found] == [("Norland Constabulary", "organization")]
