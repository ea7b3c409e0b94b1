"""Names of languages are no places nor bodies (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_a_language_is_no_actor() -> None:
    names = {a.name for a in find_actors("The sign was written in Hindi and in Swahili.")}
    assert not names & {"Hindi", "Swahili"}
