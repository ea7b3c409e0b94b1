"""Statements of untitled people quoted in a report on public affairs (invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "foreign minister", "aliases": ["Berg"]},
    {"name": "Tom Vale", "kind": "person", "aliases": ["Vale"]},
    {"name": "Norland", "kind": "country"},
    {"name": "Sudria", "kind": "country"},
]

_POLICY = (
    "The parliament of Norland voted on the sanctions bill, and the government said the "
    "election of a new cabinet would follow. Foreign minister Berg met the envoy of Sudria "
    "on the treaty. "
)


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article)


def test_an_untitled_person_quoted_on_public_affairs_makes_a_statement() -> None:
    events = _code(_POLICY + "Tom Vale said the vote was only a first step.")
    assert ("person:tom-vale",) in [e.sources for e in events]


def test_an_untitled_person_on_an_everyday_page_stays_private() -> None:
    assert _code("Tom Vale said the weather was fine and the garden was green.") == ()
