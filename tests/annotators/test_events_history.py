"""Background history is no event of the report (invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "foreign minister", "aliases": ["Berg"]},
    {"name": "Norland", "kind": "country"},
    {"name": "Sudria", "kind": "country"},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article)


def test_an_act_dated_over_a_year_before_the_report_is_background() -> None:
    assert _code("In 2015, Norland invaded Sudria.") == ()
    assert _code("In March 2021, Berg visited Sudria.") == ()
    assert _code("In January 2023, Berg visited Sudria.") == ()


def test_an_act_of_the_last_year_is_kept() -> None:
    assert [e.code for e in _code("In 2023, Norland invaded Sudria.")] == ["190"]
    assert [e.code[:2] for e in _code("Last month, Berg visited Sudria.")] == ["04"]
    assert [e.code[:2] for e in _code("On Monday, Berg visited Sudria.")] == ["04"]
