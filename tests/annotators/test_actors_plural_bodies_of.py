"""A body named by a plural noun "of" a country keeps the country in its name."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_accountants_of_canada_is_one_body() -> None:
    names = {
        a.name
        for a in find_actors(
            "The debate is over, said Chartered Tax Advisers of Canada’s chief economist Anna Berg."
        )
    }
    assert "Chartered Tax Advisers of Canada" in names
    assert "Anna Berg" in names
