"""More newspaper words close a body's name: "Citizen", "Mirror", "Mail", "Guardian" (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize("name", ["Tarvel Citizen", "Orvik Mirror", "Velder Mail"])
def test_a_newspaper_is_an_organisation(name: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(f"The mayor told the {name} on Monday.")}
    assert kinds.get(name) == "organization"
