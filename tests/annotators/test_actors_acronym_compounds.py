"""A hyphened word with a part in capitals is a body's name (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_a_party_with_a_capital_part_is_an_organisation() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("She rose through the ranks of Velo-PF.")}
    assert kinds.get("Velo-PF") == "organization"


def test_a_code_with_digits_is_no_body() -> None:
    assert "COVID-19" not in {a.name for a in find_actors("Cases of COVID-19 rose again.")}
