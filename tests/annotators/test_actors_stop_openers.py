"""After an abbreviation's stop, a word that opens sentences starts a new one, no name."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_the_after_a_stop_joins_no_name() -> None:
    names = {
        a.name
        for a in find_actors(
            "It works as it did with the Orvik One S. The company's app lets you cast."
        )
    }
    assert not any(name.endswith("The") for name in names)


def test_middle_initial_keeps_the_surname() -> None:
    assert "George W. Bush" in {a.name for a in find_actors("He met George W. Bush in 2004.")}
