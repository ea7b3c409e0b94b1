"""Clause rules of the coder on invented sentences (actors attached by name)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import geoarticle
from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.annotators.events import EventAnnotator, find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event
from geoarticle.pipeline import Pipeline

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "foreign minister", "aliases": ["Berg"]},
    {"name": "Omar Said", "kind": "person", "role": "president", "aliases": ["Said"]},
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
    {"name": "Sudria", "kind": "country", "aliases": ["Sudrian"]},
    {"name": "Kessa", "kind": "place"},
    {"name": "raiders", "kind": "armed_group"},
    {"name": "villagers", "kind": "organization"},
    {"name": "Field Monitor", "kind": "organization", "aliases": ["the monitor"]},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article, strict=False)  # the role rules, before the output filter


def _roots(events: tuple[Event, ...], root: str) -> list[Event]:
    return [e for e in events if e.root == root]


def test_reduced_passive_takes_the_by_agent_as_source() -> None:
    (e,) = _roots(_code("Norland rescued villagers abducted by raiders near Kessa."), "18")
    assert e.sources == ("armed_group:raiders",)
    assert e.targets == ("organization:villagers",)


def test_participle_used_as_an_adjective_is_no_event() -> None:
    events = _code("Berg urged Sudria to free the detained villagers.")
    assert _roots(events, "17") == []


def test_coordinated_verb_skips_a_gerund_object() -> None:
    text = "Said accused Sudrian raiders of attacking Kessa and warned that Norland would respond."
    threats = _roots(_code(text), "13")
    assert threats
    assert threats[0].sources == ("person:omar-said",)


def test_attribution_clause_gives_no_target() -> None:
    (e,) = _roots(_code("Norland struck a depot near Kessa on Sunday, the monitor said."), "19")
    assert e.sources == ("country:norland",)
    assert e.targets == ()


def test_definite_elaboration_joins_the_attack() -> None:
    text = "Norland struck a depot on Sunday. The air strike killed nine raiders."
    (e,) = _roots(_code(text), "19")
    assert e.sources == ("country:norland",)
    assert "armed_group:raiders" in e.targets
    assert len(e.evidence) == 2


def test_the_two_countries_are_both_sources() -> None:
    text = "Norland and Sudria held talks. The two countries signed an accord on Friday."
    (e,) = _roots(_code(text), "05")
    assert set(e.sources) == {"country:norland", "country:sudria"}


def test_unnamed_groups_act_for_their_state_end_to_end() -> None:
    text = (
        "Aid workers freed\n\n"
        "Gunmen abducted two aid workers near Kandahar on Sunday. "
        "Afghan police later freed both workers."
    )
    steps = Pipeline([ActorAnnotator(), EventAnnotator(strict=False)])  # "freed" whom: no actor
    article = geoarticle.parse_text(text, reference_date=dt.date(2024, 3, 6), pipeline=steps)
    assert {a.id for a in article.actors} == {"place:kandahar", "country:AFG"}
    assert not [e for e in article.events if e.root == "18"]  # no named actor abducted them
    freed = next(e for e in article.events if e.code.startswith("084"))
    assert freed.sources == ("country:AFG",)


def test_what_is_fired_at_a_place_is_aimed_at_it() -> None:
    found = _code("Sudria fired rockets at Kessa on Monday.")
    assert [e.targets for e in _roots(found, "19")] == [("place:kessa",)]


def test_an_attack_at_a_place_happens_there() -> None:
    found = _code("Sudrian raiders attacked at Kessa on Monday.")
    assert all(e.targets != ("place:kessa",) for e in _roots(found, "19"))


def test_a_truce_agreed_by_two_with_no_one_else_named_is_mutual() -> None:
    found = _code("Norland and Sudria agreed to a ceasefire on Monday.")
    truce = [e for e in found if e.code == "0871"]
    assert [set(e.targets) for e in truce] == [{"country:norland", "country:sudria"}]
