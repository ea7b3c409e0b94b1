"""British short names: "Tory" is the Conservative Party, "the Commons" the House of Commons (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_tory_and_commons_name_known_bodies() -> None:
    actors = {
        a.name: a for a in find_actors("A Tory rebellion is expected in the Commons next week.")
    }
    assert "Tory" in actors["Conservative Party"].aliases
    assert "Commons" in actors["House of Commons"].aliases


def test_the_two_houses_are_bodies_of_their_own() -> None:
    names = {
        a.name
        for a in find_actors("The bill passed the House of Lords and went to the House of Commons.")
    }
    assert {"House of Lords", "House of Commons"} <= names


def test_the_palace_speaks_for_the_royal_household() -> None:
    kinds = {
        a.name: a.kind.value
        for a in find_actors("Buckingham Palace said on Tuesday it would reply.")
    }
    assert kinds.get("Buckingham Palace") == "organization"
