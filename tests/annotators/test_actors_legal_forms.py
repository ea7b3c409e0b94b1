"""A company's legal form ("Inc", "Corp", "Ltd") names the same actor as the bare name (invented)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    "text",
    [
        "Brindle Foods Inc. said it would close two plants. Brindle Foods denied the report.",
        "Brindle Foods said it would close two plants. Brindle Foods Ltd denied the report.",
    ],
)
def test_one_company_with_and_without_its_legal_form(text: str) -> None:
    actors = find_actors(text)
    assert len(actors) == 1
    assert actors[0].kind.value == "organization"
    assert len(actors[0].mentions) == 2


def test_a_known_firms_group_is_the_firm() -> None:
    found = {
        a.name: a.aliases
        for a in find_actors("It sold its stake in Alibaba Group. Alibaba said no.")
    }
    assert "Alibaba Group" in found.get("Alibaba", ())
    assert "Alibaba Group" not in found
