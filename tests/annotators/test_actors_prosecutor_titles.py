"""Prosecutors' titles ("District Attorney", "State's Attorney") are titles, no place's words."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_county_district_attorney_is_a_title() -> None:
    actors = {
        a.name: a
        for a in find_actors("Orvik County District Attorney Pamela Reyes dropped the charges.")
    }
    assert "Pamela Reyes" in actors
    assert not any(name.endswith("District") for name in actors)
    assert actors["Pamela Reyes"].role is not None
    assert "District Attorney" in actors["Pamela Reyes"].role
