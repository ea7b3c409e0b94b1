"""A publication named "The" and one word, reporting (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_the_and_a_word_reporting_is_a_publication() -> None:
    assert _kinds("The Quellver reported that sales slowed.").get("Quellver") == "organization"
    found = _kinds("Sales slowed, The Information reported on Monday.")
    assert found.get("Information") == "organization"


def test_a_government_speaking_is_no_publication() -> None:
    assert "Government" not in _kinds("The Government said it would act.")
