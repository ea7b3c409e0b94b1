"""A past participle closes no person's name (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_a_heading_glued_to_a_participle_is_no_person() -> None:
    found = _kinds("Guestrooms Grounded in sustainable architecture, the villas are new.")
    assert "Guestrooms Grounded" not in found


def test_a_surname_in_ed_still_closes_a_person() -> None:
    assert _kinds("The award went to Tarek Saeed, 42, on Monday.").get("Tarek Saeed") == "person"
