"""A firm whose name ends in a town's name, named again with its first word read alone
(invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_the_firm_again_before_officials() -> None:
    text = (
        "The power is supplied by Vel Edison, which maintains the cables. "
        "Even in January, Vel Edison officials said there were leaks."
    )
    kinds = {a.name: a.kind.value for a in find_actors(text)}
    assert kinds.get("Vel Edison") == "organization"
    assert "Edison" not in kinds
    assert "United States" not in kinds
