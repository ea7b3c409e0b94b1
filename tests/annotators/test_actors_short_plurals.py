"""A surname ending in "s" after a two-letter stem is no plural noun (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_a_surname_like_das_keeps_a_person() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("Anupam Das said the ice was thin.")}
    assert kinds.get("Anupam Das") == "person"


def test_a_plural_noun_still_closes_a_body() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("Tarvo Advisers said rates would rise.")}
    assert kinds.get("Tarvo Advisers") == "organization"
