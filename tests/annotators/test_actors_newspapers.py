"""A newspaper named by its town and its masthead word is one organisation."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plan was first reported by the Tarvel Register on Monday.", "Tarvel Register"),
        ("Kestrel Sentinel reporters asked the mayor about it.", "Kestrel Sentinel"),
        ("An editorial in the Orvik Dispatch backed the bill.", "Orvik Dispatch"),
        ("The Des Moines Register endorsed her.", "Des Moines Register"),
    ],
)
def test_masthead_word_closes_a_newspaper(text: str, name: str) -> None:
    assert (name, "organization") in [(a.name, a.kind.value) for a in find_actors(text)]
