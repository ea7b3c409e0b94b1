"""Parties the text implies (invented text): what a passive attack falls on, who
arrests when no one is named, whom an appeal for calm is made to."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import ActorKind, Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
    {"name": "Sudria", "kind": "country", "aliases": ["Sudrian"]},
    {"name": "Kessa", "kind": "place"},
    {"name": "Kessa General Hospital", "kind": "organization"},
]


def _attacks(text: str) -> list[Event]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return [e for e in find_events(article, strict=False) if e.root in {"18", "19", "20"}]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kessa was struck by Norlandic drones overnight.", "place:kessa"),
        (
            "Kessa General Hospital was damaged by Norlandic airstrikes.",
            "organization:kessa-general-hospital",
        ),
        (
            "Kessa General Hospital, near the old port, has been damaged severely by "
            "Norlandic airstrikes.",
            "organization:kessa-general-hospital",
        ),
    ],
)
def test_the_subject_of_a_passive_attack_is_its_target(text: str, target: str) -> None:
    (attack,) = _attacks(text)
    assert attack.sources == ("country:norland",)
    assert target in attack.targets


def test_a_town_that_only_says_where_is_no_target() -> None:
    # the embassy was hit; "in Kessa" says where it stands
    (attack,) = _attacks("The embassy in Kessa was hit by a Norlandic missile strike.")
    assert "place:kessa" not in attack.targets


STATES: list[dict[str, Any]] = [
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
    {"name": "Kessa", "kind": "place"},
    {"name": "Omar Vell", "kind": "person", "role": "envoy"},
]


def _events(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), STATES)
    # Norland and its town Kessa share a country code
    placed = tuple(
        attrs.evolve(a, country="NOR") if a.kind is not ActorKind.PERSON else a
        for a in article.actors
    )
    return find_events(attrs.evolve(article, actors=placed))


def test_an_arrest_with_no_doer_named_is_by_the_state_where_it_happened() -> None:
    found = _events("The envoy Omar Vell was arrested in Kessa on Monday.")
    (arrest,) = [e for e in found if e.root == "17"]
    assert arrest.sources == ("country:norland",)
    assert arrest.targets == ("person:omar-vell",)


def test_an_arrest_with_no_doer_and_no_place_stays_out() -> None:
    assert not [e for e in _events("The envoy Omar Vell was arrested.") if e.root == "17"]


def test_an_appeal_for_calm_to_no_one_named_is_made_to_the_speakers_state() -> None:
    people = [*STATES[:2], {"name": "Ada Holm", "kind": "person", "role": "premier"}]
    article = attach_actors(
        build_article("Premier Ada Holm of Norland urged calm on Monday.", dt.datetime(2024, 3, 6)),
        people,
    )
    placed = tuple(attrs.evolve(a, country="NOR", code="NORGOV") for a in article.actors)
    (appeal,) = [e for e in find_events(attrs.evolve(article, actors=placed)) if e.root == "02"]
    assert appeal.targets == ("country:norland",)


def test_blame_for_an_occurrence_told_before_falls_on_its_doer() -> None:
    text = "Norlandic drones struck Kessa on Sunday. Sudria condemned the attack on Monday."
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    (blame,) = [e for e in find_events(article) if e.root == "11"]
    assert (blame.sources, blame.targets) == (("country:sudria",), ("country:norland",))


def test_a_threat_to_answer_an_attack_is_aimed_at_the_attackers() -> None:
    text = (
        "Norlandic drones struck Sudria on Sunday. "
        "Sudria reserves the right to respond at a time of its choosing."
    )
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    (threat,) = [e for e in find_events(article) if e.root == "13"]
    assert (threat.sources, threat.targets) == (("country:sudria",), ("country:norland",))


def test_a_judicial_act_in_a_named_court_is_the_courts() -> None:
    people = [
        {"name": "Omar Vell", "kind": "person", "role": "envoy"},
        {"name": "Kessa District Court", "kind": "organization"},
    ]
    text = "Omar Vell was arraigned in Kessa District Court on Wednesday."
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), people)
    (act,) = [e for e in find_events(article) if e.root == "17"]
    assert act.sources == ("organization:kessa-district-court",)
    assert act.targets == ("person:omar-vell",)


@pytest.mark.parametrize(
    "text",
    [
        "Norland warned people in northern Kessa to move south.",
        "Norland warned residents of Kessa to leave.",
    ],
)
def test_the_people_of_a_place_stand_for_it(text: str) -> None:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    (warning,) = [e for e in find_events(article) if e.root == "13"]
    assert warning.targets == ("place:kessa",)


def test_who_suffers_or_serves_an_occurrence_undergoes_it() -> None:
    article = attach_actors(
        build_article(
            "Sudria suffered a Norlandic cyberattack on Monday.", dt.datetime(2024, 3, 6)
        ),
        ACTORS,
    )
    (attack,) = [e for e in find_events(article) if e.root == "17"]
    assert (attack.sources, attack.targets) == (("country:norland",), ("country:sudria",))
    serving = attach_actors(
        build_article("Sudria's envoy is serving two prison sentences.", dt.datetime(2024, 3, 6)),
        ACTORS,
    )
    assert not find_events(serving)
