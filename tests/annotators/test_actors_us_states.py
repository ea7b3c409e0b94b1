"""A US state that shares its name with a country, after an American place (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, tuple[str, str | None]]:
    return {a.name: (a.kind.value, a.country) for a in geoarticle.find_actors(text)}


def test_georgia_after_an_american_city_is_the_state() -> None:
    found = _kinds("Dana Orrel is a software engineer in Atlanta, Georgia.")
    assert found["Georgia"] == ("place", "USA")


def test_georgia_after_its_own_capital_is_the_country() -> None:
    found = _kinds("The envoy flew to Tbilisi, Georgia, on Monday.")
    assert found["Georgia"] == ("country", "GEO")


def test_georgia_alone_is_the_country() -> None:
    assert _kinds("Georgia and Armenia signed a treaty.")["Georgia"][0] == "country"
