"""Bylines opening a sentence and bare "contributed" credits name no actor (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


def _names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Orla Brenn and Tomas Vey contributed.",
        "Orla Brenn contributed to this story.",
    ],
)
def test_contributors_are_no_actors(text: str) -> None:
    assert not _names(text) & {"Orla Brenn", "Tomas Vey"}


def test_a_byline_before_a_colon_is_no_actor() -> None:
    names = _names("By Orla Brenn: The Tarvel council met Kenya's envoy on Monday.")
    assert "Orla Brenn" not in names
    assert "Kenya" in names


def test_a_body_that_contributed_to_a_fund_stays() -> None:
    assert "Acme Holdings" in _names("Acme Holdings contributed to this year's fund.")


def test_a_sentence_opening_with_by_and_no_colon_is_read() -> None:
    assert "Orla Brenn" in _names("By Friday, Orla Brenn said the talks had failed.")
