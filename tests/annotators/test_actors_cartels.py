"""A name before "cartel" in lower case is the cartel, an armed group (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_cartels_named_for_a_place() -> None:
    kinds = {
        a.name: a.kind.value
        for a in find_actors(
            "An informant posed as a member of the Orvika drug cartel, officials said. "
            "The Tarvela cartel denied it."
        )
    }
    assert kinds.get("Orvika drug cartel") == "armed_group"
    assert kinds.get("Tarvela cartel") == "armed_group"
