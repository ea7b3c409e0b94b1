"""Who "he", "the prime minister" and "the court" stand for as a source or target (invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {
        "name": "Anna Berg",
        "kind": "person",
        "role": "Norlandic Prime Minister",
        "aliases": ["Berg"],
    },
    {"name": "Ivo Dask", "kind": "person", "role": "Foreign Minister", "aliases": ["Dask"]},
    {"name": "Tom Hale", "kind": "person", "role": "Defence Minister", "aliases": ["Hale"]},
    {"name": "Jon Marr", "kind": "person", "aliases": ["Marr"]},
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
    {"name": "Sudovia", "kind": "country", "aliases": ["Sudovian"]},
    {"name": "Supreme Court of Sudovia", "kind": "organization", "country": "Sudovia"},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article)


def _root(found: tuple[Event, ...], root: str) -> list[Event]:
    return [e for e in found if e.root == root]


def test_a_multiword_title_names_the_person_holding_it() -> None:
    found = _code(
        "Anna Berg met Ivo Dask in Norland on Monday. "
        "On Tuesday the prime minister accused Sudovia of spying."
    )
    accusations = _root(found, "11")
    assert accusations
    assert "person:anna-berg" in accusations[0].sources


def test_a_title_of_another_office_names_no_one() -> None:
    found = _code(
        "Tom Hale visited Norland on Monday. On Tuesday the foreign minister accused Sudovia of spying."
    )
    assert not [e for e in _root(found, "11") if "person:tom-hale" in e.sources]


def test_the_court_is_the_court_named_before() -> None:
    found = _code(
        "Jon Marr appealed to the Supreme Court of Sudovia on Monday. "
        "On Tuesday the court condemned Norland."
    )
    condemnations = _root(found, "11")
    assert condemnations
    assert condemnations[0].sources[0] == "organization:supreme-court-of-sudovia"


def test_a_pronoun_means_who_acted_in_the_last_sentence_not_who_came_first() -> None:
    found = _code(
        "Ivo Dask attended a summit in Norland. "
        "On Monday Tom Hale met Dask in Sudovia. "
        "On Tuesday he accused Sudovia of spying."
    )
    accusations = _root(found, "11")
    assert accusations
    assert "person:tom-hale" in accusations[0].sources


def test_a_bylines_author_is_no_antecedent() -> None:
    found = _code("By Jon Marr: Tom Hale said on Monday he condemned Sudovia for the raid.")
    assert not [e for e in found if "person:jon-marr" in e.sources]


def test_a_minister_with_no_country_of_his_own_still_speaks() -> None:
    found = _code("On Monday the defence minister Tom Hale condemned Sudovia for the raid.")
    condemnations = _root(found, "11")
    assert condemnations
    assert "person:tom-hale" in condemnations[0].sources
