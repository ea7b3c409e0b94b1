"""A known state body named after another state's adjective is that state's own (invented text)."""

from __future__ import annotations

import geoarticle


def _by_name(text: str) -> dict[str, geoarticle.Actor]:
    return {a.name: a for a in geoarticle.find_actors(text)}


def test_another_states_adjective_makes_the_body_that_states_own() -> None:
    actors = _by_name("The Greek National Security Council met in Athens on Monday.")
    body = actors["Greek National Security Council"]
    assert body.country == "GRC"
    assert body.code == "GRCGOV"
    assert "National Security Council" not in actors


def test_the_gazetteer_body_without_an_adjective_keeps_its_state() -> None:
    actors = _by_name("The National Security Council met in Washington on Monday.")
    assert actors["National Security Council"].country == "USA"
