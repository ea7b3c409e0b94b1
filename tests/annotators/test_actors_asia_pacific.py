"""The Asia-Pacific is one region, not Asia and the Pacific Ocean (invented sentences)."""

from __future__ import annotations

import geoarticle


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_asia_pacific_is_one_region() -> None:
    assert _names("Trade in the Asia-Pacific region grew.") == {"Asia-Pacific": "place"}
    assert "Pacific Ocean" not in _names("said Dana Orrel, President, Asia Pacific, Orvik Hotels.")


def test_apec_is_a_body() -> None:
    found = _names("Leaders met at the Asia-Pacific Economic Cooperation summit.")
    assert found == {"Asia-Pacific Economic Cooperation": "organization"}
