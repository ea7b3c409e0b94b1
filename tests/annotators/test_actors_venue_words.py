"""Words that close the names of venues, trails and ranges, and Irish government titles."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Brannigans Pub will stay open through the winter.", "Brannigans Pub", "organization"),
        ("We walked the Kestrel Trail for a week.", "Kestrel Trail", "place"),
        ("Snow closed the Orvik Range on Monday.", "Orvik Range", "place"),
        ("Tarvel Wilderness was closed to hikers.", "Tarvel Wilderness", "place"),
    ],
)
def test_closing_word_gives_the_kind(text: str, name: str, kind: str) -> None:
    assert (name, kind) in [(a.name, a.kind.value) for a in find_actors(text)]


def test_taoiseach_is_a_title() -> None:
    (person,) = find_actors("Taoiseach Marta Quellen confirmed the new rules this evening.")
    assert (person.name, person.role) == ("Marta Quellen", "Taoiseach")
