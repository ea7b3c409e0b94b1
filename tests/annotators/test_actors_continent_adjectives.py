"""A continent's adjective names the continent, not a person "North" (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_north_american_names_north_america() -> None:
    actors = {a.name: a for a in find_actors("Prices at North American resorts keep rising.")}
    assert "North America" in actors
    assert "North" not in actors
