"""A town listed next to a club's name is a team too (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


def test_a_town_before_a_club() -> None:
    kinds = _kinds("It was their game in hand over Newcastle and Tarvel United.")
    assert kinds.get("Newcastle") == "organization"


def test_a_town_after_a_club() -> None:
    kinds = _kinds("They still have to face Orvik Albion and Bournemouth this month.")
    assert kinds.get("Bournemouth") == "organization"


def test_towns_listed_with_towns_stay_places() -> None:
    kinds = _kinds("Flights to Denver and Kansas City were cut on Monday.")
    assert kinds.get("Denver") == "place"


def test_club_contests_are_no_bodies() -> None:
    kinds = _kinds("They hope to reach the Europa League or the Conference League next year.")
    assert not any(name.endswith("League") for name in kinds)
