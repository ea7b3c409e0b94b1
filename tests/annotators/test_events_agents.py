"""Who acted, where the name is not the nearest subject word, and the day a story narrates
(invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "governor", "aliases": ["Berg"]},
    {"name": "Tom Hale", "kind": "person", "aliases": ["Hale"]},
    {"name": "Norland Drug Agency", "kind": "organization", "aliases": ["NDA"]},
    {"name": "Vale Crown Court", "kind": "organization"},
    {"name": "NBI", "kind": "organization"},
    {"name": "Norland", "kind": "country"},
    {"name": "Ostia", "kind": "country"},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article)


def test_the_subject_of_an_after_clause_acts_in_it() -> None:
    found = _code(
        "Governor Anna Berg called for calm after Norland Drug Agency (NDA) officials "
        "arrested Tom Hale."
    )
    arrests = [e for e in found if e.code == "173"]
    assert [e.sources for e in arrests] == [("organization:norland-drug-agency",)]
    assert arrests[0].targets == ("person:tom-hale",)


def test_a_body_stands_for_the_people_at_it() -> None:
    found = _code("A jury at Vale Crown Court convicted Tom Hale of fraud.")
    assert [(e.code, e.sources) for e in found] == [("173", ("organization:vale-crown-court",))]


def test_an_abbreviation_in_brackets_names_an_unknown_body() -> None:
    found = _code("National Bureau of Inquiry (NBI) agents took custody of Tom Hale on Monday.")
    assert [(e.code, e.sources) for e in found] == [("173", ("organization:nbi",))]


def test_the_day_news_was_given_does_not_set_the_scene() -> None:
    found = _code(
        "Norland police seized a boat on Sunday, Governor Anna Berg announced Tuesday. "
        "The boat came from Ostia. Tom Hale condemned Ostia."
    )
    condemned = [e for e in found if e.root == "11"]
    assert condemned
    assert condemned[0].date is not None
    assert condemned[0].date.value == dt.date(2024, 3, 3)


def test_a_dated_meeting_sets_the_scene() -> None:
    found = _code(
        "Norland sent a note on Monday. Ostia was on the agenda of Tuesday's Vale Summit, "
        "held in the capital. Berg condemned Ostia."
    )
    condemned = [e for e in found if e.root == "11"]
    assert condemned
    assert condemned[0].date is not None
    assert condemned[0].date.value == dt.date(2024, 3, 5)


def test_a_speaker_after_a_bodys_short_name_speaks() -> None:
    found = _code(
        "Ostia must act now, warns Norland Drug Agency (NDA) Governor Anna Berg on Monday."
    )
    assert found
    assert "person:anna-berg" in found[0].sources


def test_a_byline_run_into_the_text_is_not_what_is_said() -> None:
    found = _code("By Tom Hale: Ostia cannot ignore the risk, said Governor Anna Berg.")
    assert found
    assert "person:tom-hale" not in found[0].targets
