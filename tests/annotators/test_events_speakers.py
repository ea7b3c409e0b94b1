"""Who speaks and what a first-person appeal or a court's sentence is coded as (invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "governor", "aliases": ["Berg"]},
    {"name": "Piet Kuyt", "kind": "person", "role": "judge", "aliases": ["Kuyt"]},
    {"name": "Jon Marr", "kind": "person", "aliases": ["Marr"]},
    {"name": "Tom Hale", "kind": "person", "aliases": ["Hale"]},
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article)


def test_a_polite_first_person_appeal_is_made_in_the_saying() -> None:
    found = _code('"I would call for calm in Norland at this time," Governor Anna Berg said.')
    appeals = [e for e in found if e.root == "02"]
    assert [e.sources for e in appeals] == [("person:anna-berg",)]
    assert appeals[0].targets == ("country:norland",)


@pytest.mark.parametrize(
    "quote",
    [
        "I would like to thank Norland for its help",
        "We want to thank Norland for its help",
        "I'd like to thank Norland for its help",
    ],
)
def test_a_polite_first_person_thanks_are_given_in_the_saying(quote: str) -> None:
    found = _code(f'"{quote}," Governor Anna Berg said.')
    thanks = [e for e in found if e.root == "05"]
    assert [e.sources for e in thanks] == [("person:anna-berg",)]
    assert thanks[0].targets == ("country:norland",)


def test_a_first_person_wish_to_act_is_no_act() -> None:
    found = _code('"We want to punish Norland," Governor Anna Berg said.')
    assert [e.root for e in found] == ["01"]


def test_a_supposed_appeal_of_a_third_party_stays_unreal() -> None:
    found = _code("Berg said Norland would call for calm if the talks failed.")
    assert not [e for e in found if e.root == "02"]


def test_a_sentence_passed_by_a_judge_is_coercion() -> None:
    # a sentence is an administrative sanction (172), a conviction an arrest or charge (173)
    found = _code("Judge Piet Kuyt sentenced Tom Hale to three years on Tuesday.")
    assert [e.code for e in found] == ["172"]
    assert found[0].targets == ("person:tom-hale",)


def test_a_reporters_words_are_no_event() -> None:
    found = _code(
        "Norlandic television reporter Jon Marr said the governor Anna Berg looked tired."
    )
    assert not [e for e in found if "person:jon-marr" in e.sources]


def test_the_writer_is_no_actor() -> None:
    actors = [
        {"name": "Anna Berg", "kind": "person", "role": "minister", "aliases": ["Berg"]},
        {"name": "Tom Vale", "kind": "person", "role": "governor", "aliases": ["Vale"]},
    ]
    text = "As I sit opposite Berg in her office, I ask if Vale is good enough to last."
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), actors)
    assert find_events(article) == ()


def test_first_person_words_of_a_quote_attributed_in_a_later_sentence_are_the_speakers() -> None:
    found = _code(
        '"We condemn the raid on the harbour. Two boats sank in the night. We urge Norland '
        'to explain what happened," Governor Anna Berg said.'
    )
    criticism = [e for e in found if e.root == "11"]
    assert [e.sources for e in criticism] == [("person:anna-berg",)]


def test_first_person_words_of_a_quote_opened_in_an_earlier_sentence_are_the_speakers() -> None:
    found = _code(
        'Governor Anna Berg said: "The harbour was raided at night. We condemn Norland for '
        'the raid."'
    )
    criticism = [e for e in found if e.root == "11"]
    assert [e.sources for e in criticism] == [("person:anna-berg",)]
    assert criticism[0].targets == ("country:norland",)


def test_first_person_words_outside_quotes_stay_the_writers() -> None:
    found = _code("We condemn the raid on the harbour. Governor Anna Berg said Norland was silent.")
    assert not [e for e in found if e.root == "11"]


def test_a_quoted_first_person_possessive_noun_is_the_speakers_act() -> None:
    found = _code('"Our condemnation of Norland is firm," Governor Anna Berg said.')
    criticism = [e for e in found if e.root == "11"]
    assert [e.sources for e in criticism] == [("person:anna-berg",)]
    assert criticism[0].targets == ("country:norland",)


def test_words_told_to_a_paper_are_what_precedes_the_closing_told() -> None:
    text = (
        '"The raid by Norland was shameful and illegal," Governor Anna Berg told the Kessa Courier.'
    )
    actors = [*ACTORS, {"name": "Kessa Courier", "kind": "organization"}]
    found = find_events(attach_actors(build_article(text, dt.datetime(2024, 3, 6)), actors))
    criticism = [e for e in found if e.root == "11"]
    assert [e.sources for e in criticism] == [("person:anna-berg",)]
    assert criticism[0].targets == ("country:norland",)


def test_backshifted_and_wanting_appeals_in_reported_words_are_appeals() -> None:
    for text in (
        "Governor Anna Berg said Norland needed to release the fishermen.",
        "Governor Anna Berg said Norland had to release the fishermen.",
        "Governor Anna Berg said she wanted Norland to release the fishermen.",
        "Governor Anna Berg said it was time for Norland to release the fishermen.",
    ):
        appeals = [e for e in _code(text) if e.root == "02"]
        assert [e.targets for e in appeals] == [("country:norland",)], text


def test_the_speakers_own_need_is_no_appeal() -> None:
    found = _code("Governor Anna Berg said she had to leave Norland early.")
    assert not [e for e in found if e.root == "02"]
