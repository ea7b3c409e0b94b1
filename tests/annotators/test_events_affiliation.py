"""A speaker's body: "X of the Y Institute", "X, a researcher at Y," (invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Jon Marr", "kind": "person", "aliases": ["Marr"]},
    {"name": "Tom Hale", "kind": "person", "aliases": ["Hale"]},
    {"name": "Norland Policy Institute", "kind": "organization", "aliases": []},
    {"name": "Ostvik", "kind": "place", "aliases": []},
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article)


def _statements(found: tuple[Event, ...]) -> list[tuple[str, ...]]:
    return [e.sources for e in found if e.root == "01"]


def test_a_speaker_of_a_body_speaks_for_it() -> None:
    found = _code("Jon Marr of the Norland Policy Institute said the plan fell short.")
    assert _statements(found) == [("person:jon-marr", "organization:norland-policy-institute")]


def test_a_described_speaker_at_a_body_speaks_for_it() -> None:
    for text in (
        "Jon Marr, a senior researcher at the Norland Policy Institute, said the plan fell short.",
        '"The plan falls short," said Jon Marr, an analyst at the Norland Policy Institute.',
    ):
        found = _code(text)
        assert _statements(found) == [
            ("person:jon-marr", "organization:norland-policy-institute")
        ], text


def test_a_place_is_no_body_and_a_private_speaker_stays_private() -> None:
    assert _statements(_code("Tom Hale, a farmer from Ostvik, said the plan fell short.")) == []
