"""A body's noun, a comma and an unknown name: the body's name (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


def test_a_company_named_in_apposition() -> None:
    assert _kinds("One company, Orvikon, sells these tools to schools.").get("Orvikon") == (
        "organization"
    )


def test_a_person_after_an_ambiguous_noun_stays_a_person() -> None:
    kinds = _kinds("The Tarvelian operator, Kang Shao Pin, owns the mine.")
    assert kinds.get("Kang Shao Pin") == "person"
