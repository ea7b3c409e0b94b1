"""An office word glued to a person whose given name is not known: cut off by the words around."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "person", "glued"),
    [
        (
            "It was announced by Minister of Transport Oyelu Brathwick, who spoke on Monday.",
            "Oyelu Brathwick",
            "Transport Oyelu Brathwick",
        ),
        (
            "Velda DA Tselane Mofoketsi confirmed receiving the letter.",
            "Tselane Mofoketsi",
            "Velda DA Tselane Mofoketsi",
        ),
    ],
)
def test_office_word_is_cut_off(text: str, person: str, glued: str) -> None:
    names = _names(text)
    assert names.get(person) == "person"
    assert glued not in names


def test_no_signal_keeps_the_run() -> None:
    # no title before and no speech verb after: the run is left as read
    names = _names("Crowds filled Harbour Oyelu Brathwick on Monday.")
    assert "Harbour Oyelu Brathwick" in names
    assert "Oyelu Brathwick" not in names


def test_connector_inside_is_a_body() -> None:
    names = _names("The Bureau of Fisheries and Aquatic Resources said it would act.")
    assert names.get("Bureau of Fisheries and Aquatic Resources") == "organization"
    assert "Aquatic Resources" not in names
