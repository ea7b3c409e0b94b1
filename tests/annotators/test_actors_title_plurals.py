"""A title word before a plural common noun is a heading's adjective, no rank (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_major_before_a_plural_noun_names_no_one() -> None:
    found = _kinds(
        "In this edition: How Major Hospitals are Already Using AI. Hospitals must plan."
    )
    assert found.get("Hospitals") != "person"


def test_major_before_a_surname_is_a_rank() -> None:
    assert _kinds("Major Quellby said the base was safe.").get("Quellby") == "person"
