"""A person's name set off by commas after a title is the subject (invented sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Tom Vale", "kind": "person", "role": "mayor", "aliases": ["Vale"]},
    {"name": "Port Amber", "kind": "place"},
    {"name": "Norland", "kind": "country"},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article, strict=False)


def test_a_name_after_a_title_speaks() -> None:
    (e,) = _code("The mayor, Tom Vale, said the cause was still unknown.")
    assert e.sources == ("person:tom-vale",)


def test_a_name_after_a_possessive_title_speaks_of_whom_follows() -> None:
    (e,) = _code("Port Amber's mayor, Tom Vale, said Norland was wrong.")
    assert (e.sources, e.targets) == (("person:tom-vale",), ("country:norland",))


def test_a_name_after_a_title_acts() -> None:
    (e,) = _code("Norland's envoy, Tom Vale, criticised Port Amber.")
    assert e.sources == ("person:tom-vale",)
