"""A venue's or a brand's name set off after its noun is no person's (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_a_restaurant_named_after_its_noun_is_no_person() -> None:
    found = _kinds("The all-day restaurant, Ocean Quellby, offers dishes.")
    assert found.get("Ocean Quellby") == "organization"


def test_a_brand_named_after_its_noun_is_no_person() -> None:
    assert _kinds("Her brand, Velder Quellby, sells wigs.").get("Velder Quellby") == "organization"
