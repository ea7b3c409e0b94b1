"""A body's name that goes on past "of the" (invented sentences)."""

from __future__ import annotations

import geoarticle


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_a_school_of_the_name_is_one_body() -> None:
    found = _names("She studied at the School of the Tarvel Institute of Chicago.")
    assert found == {"School of the Tarvel Institute of Chicago": "organization"}


def test_a_university_of_the_region_is_one_body() -> None:
    assert _names("He studied at the University of the West Indies.") == {
        "University of the West Indies": "organization"
    }


def test_a_firm_closed_before_of_the_country_stays_apart() -> None:
    found = _names("Orvik Chemical Co of the United States said on Monday.")
    assert "United States" in found


def test_a_court_of_the_region_stays_apart_from_the_region() -> None:
    found = _names("The Economic Court of the Dnipropetrovsk region ruled.")
    assert "Dnipropetrovsk region" in found
