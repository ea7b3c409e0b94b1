"""British short names: "Tory" is the Conservative Party, "the Commons" Parliament (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_tory_and_commons_name_known_bodies() -> None:
    actors = {
        a.name: a for a in find_actors("A Tory rebellion is expected in the Commons next week.")
    }
    assert "Tory" in actors["Conservative Party"].aliases
    assert "Commons" in actors["UK Parliament"].aliases
