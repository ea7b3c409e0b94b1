"""Adjectives in -ical and -ional open no person's name (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_a_subject_opened_by_an_ical_adjective_is_no_person() -> None:
    found = _kinds("I teach art history and Critical Race Theory at a college in Tarvel.")
    assert "Critical Race Theory" not in found


def test_a_subject_opened_by_an_ional_adjective_is_no_person() -> None:
    found = _kinds("She studies Regional Quellby Studies at a college in Tarvel.")
    assert found.get("Regional Quellby Studies") != "person"
