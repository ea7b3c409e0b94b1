"""Who a clause is about: object pronouns ("X criticised him" is not X), bodies named by their
kind ("the parliament"), people acting for a state ("lawyers for Y"). Invented names."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Tarek Volan", "kind": "person", "aliases": ["Volan"]},
    {"name": "Edris Marn", "kind": "person", "aliases": ["Marn"]},
    {"name": "Norland", "kind": "country"},
]


def _code(text: str) -> list[tuple[str, list[str], list[str]]]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    names = {a.id: a.name for a in article.actors}
    events: tuple[Event, ...] = find_events(article, strict=False)
    return [(e.code, [names[s] for s in e.sources], [names[t] for t in e.targets]) for e in events]


def test_an_object_pronoun_is_not_the_subject_just_before_it() -> None:
    events = _code(
        "Tarek Volan met Edris Marn on Tuesday. Volan then criticised him over the border."
    )
    assert ("111", ["Tarek Volan"], ["Edris Marn"]) in events


def test_an_object_pronoun_in_reported_words_may_be_the_speaker() -> None:
    events = _code("Edris Marn said on Monday that Tarek Volan had criticised him.")
    assert any(code == "111" and targets == ["Edris Marn"] for code, _, targets in events)


def test_the_parliament_is_the_legislature_named_before_whoever_holds_it() -> None:
    actors = [*ACTORS, {"name": "National Assembly of Norland", "kind": "organization"}]
    text = (
        "The National Assembly of Norland met on Monday. "
        "Tarek Volan accused the opposition-controlled parliament of blocking the budget."
    )
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), actors)
    names = {a.id: a.name for a in article.actors}
    coded = {
        (e.code[:2], names[e.targets[0]]) for e in find_events(article, strict=False) if e.targets
    }
    assert ("11", "National Assembly of Norland") in coded


def test_lawyers_for_a_state_act_for_it_but_a_spokesman_for_it_is_unnamed() -> None:
    assert ("112", ["Norland"], ["Edris Marn"]) in _code("Lawyers for Norland accused Edris Marn.")
    assert _code("A spokesman for Norland said the talks were over.") == []
