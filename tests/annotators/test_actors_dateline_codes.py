"""A station's call sign in a dateline is the station, no alias of the dateline's city."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_dateline_call_sign_is_the_station() -> None:
    actors = {
        a.name: a
        for a in find_actors(
            "AUSTIN (KTVX) — Texas voters approved an amendment on Tuesday. "
            "Tim Lee told KTVX it was a win."
        )
    }
    assert "KTVX" not in actors["Austin"].aliases
    assert "KTVX" in actors


def test_code_of_a_place_in_prose_stays_its_alias() -> None:
    actors = {a.name: a for a in find_actors("Flights leave Spokane (GEG) — and Boise — daily.")}
    assert "GEG" in actors["Spokane"].aliases
