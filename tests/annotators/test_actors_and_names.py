"""A body's name holding "and": one word, "and", a name ending in an abstract noun of doing."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The boat was seized in Port Velda, Customs and Border Protection announced.",
            "Customs and Border Protection",
        ),
        (
            "On Monday, Air and Marine Operations agents stopped a boat.",
            "Air and Marine Operations",
        ),
        (
            "The Seed and Soil Administration said on Friday it would act.",
            "Seed and Soil Administration",
        ),
    ],
)
def test_function_body_keeps_its_and(text: str, name: str) -> None:
    assert _names(text).get(name) == "organization"


def test_one_word_after_and_is_not_joined() -> None:
    names = _names("Tariq met Anna and Protection in Velda on Monday.")
    assert "Anna and Protection" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Guests of Kestrelvale Hotels and Resorts were moved on Monday.",
            "Kestrelvale Hotels and Resorts",
        ),
        (
            "The deal went to Orvane Shipping and Logistics Group on Monday.",
            "Orvane Shipping and Logistics Group",
        ),
    ],
)
def test_unknown_run_and_body(text: str, name: str) -> None:
    assert _names(text).get(name) == "organization"


def test_person_and_body_stay_apart() -> None:
    names = _names("Talks between Tariq Orvane and Velda Council went on.")
    assert names.get("Tariq Orvane") == "person"
    assert names.get("Velda Council") == "organization"


def test_a_body_closed_by_international_is_one_name() -> None:
    names = _names("The charity Fauna and Velda International worked on the island.")
    assert names.get("Fauna and Velda International") == "organization"
    # "International" opens a title, not a body
    assert "International Trade" not in _names("International Trade Secretary Ann Orrel spoke.")
