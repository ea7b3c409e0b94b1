"""Words that are nouns or verbs: a plural after a participle is a noun (invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Tom Vale", "kind": "person", "role": "governor", "aliases": ["Vale"]},
    {"name": "Norland", "kind": "country"},
    {"name": "Sudria", "kind": "country"},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article)


def test_a_plural_after_a_participle_is_no_verb() -> None:
    assert _code("The cuts came under Vale, which has prompted protests in Sudria.") == ()
    # (the resignation is an event of its own: 083)
    assert [
        e.code for e in _code("Vale resigned. Now growing protests may topple the cabinet.")
    ] == ["083"]


def test_a_verb_after_its_subject_is_still_a_verb() -> None:
    (e,) = _code("Norland strongly protests the move by Sudria.")
    assert e.code == "140"
    assert e.sources == ("country:norland",)


def test_a_bare_verb_form_after_an_adjective_is_a_noun_modifier() -> None:
    """ "the city's main jail complex": a noun, no jailing."""
    coded = _code("Norland moved Tom Vale from the city's main jail complex.")
    assert all(e.code != "173" for e in coded)
    assert not [e for e in _code("Sudria's new strike force trained in Norland.") if e.root == "19"]
    # a hyphenated adjective too: "the state-owned press distribution chain"
    coded = _code("Norland sold the state-owned press distribution chain to Sudria.")
    assert all(e.code != "100" for e in coded)


def test_an_ies_plural_after_a_possessive_is_a_noun() -> None:
    """ "the governor's rallies are ...": the plural of "rally" is a noun, not the verb."""
    assert not [e for e in _code("Tom Vale's rallies in Norland are crowded.") if e.root == "14"]


@pytest.mark.parametrize(
    "text",
    [
        "An explosion leveled the Norland motel, killing two people, fire officials said.",
        "They asked me to call in the Norlandic charge d'affaires and discuss it with him.",
        "Traders said Norland's central bank was buying five-year notes.",
    ],
)
def test_noun_readings_of_verb_forms(text: str) -> None:
    """ "fire officials said", "the charge d'affaires", "five-year notes": nouns, no act."""
    assert not [e for e in _code(text) if e.root in ("01", "17")]
