"""Speakers, participles and blockades: coder rules on invented sentences."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "foreign minister", "aliases": ["Berg"]},
    {"name": "Omar Said", "kind": "person", "role": "president", "aliases": ["Said"]},
    {"name": "Lena Voss", "kind": "person", "role": "editor", "aliases": ["Voss"]},
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
    {"name": "Sudria", "kind": "country", "aliases": ["Sudrian"]},
    {"name": "Kessa", "kind": "place"},
]


def _code(text: str, *, strict: bool = True) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article, strict=strict)


def _roots(events: tuple[Event, ...], root: str) -> list[Event]:
    return [e for e in events if e.root == root]


def test_people_named_together_each_condemn() -> None:
    found = _roots(_code("Anna Berg and Omar Said condemned Sudria on Monday."), "11")
    assert sorted(e.sources for e in found) == [("person:anna-berg",), ("person:omar-said",)]
    assert all(e.targets == ("country:sudria",) for e in found)


def test_a_meeting_of_two_people_stays_one_event() -> None:
    found = _roots(_code("Anna Berg and Omar Said met in Kessa on Monday."), "04")
    assert len(found) == 1


def test_participle_after_while_shares_the_clause_subject() -> None:
    found = _roots(_code("Norland held its ground while attacking Sudria on Monday."), "19")
    assert found
    assert found[0].sources == ("country:norland",)
    assert found[0].targets == ("country:sudria",)


def test_first_person_in_a_quote_is_the_speaker() -> None:
    text = '"We will never trust Norland again and we condemn Sudria," Lena Voss said.'
    found = _roots(_code(text), "11")
    assert found
    assert found[0].sources == ("person:lena-voss",)
    assert found[0].modality.value == "asserted"


def test_a_state_blockade_is_a_restriction_of_movement() -> None:
    (e,) = _roots(_code("Norland imposed a blockade on Sudria last week."), "19")
    assert e.code == "191"
    assert e.sources == ("country:norland",)


def test_the_actor_after_which_is_the_subject_of_its_clause() -> None:
    text = "Omar Said praised the raid on Sudria, which Kessa blamed on Norland."
    found = _roots(_code(text), "11")
    assert found
    assert found[0].sources == ("place:kessa",)
    assert found[0].targets == ("country:norland",)


def test_an_author_speaking_of_her_reading_is_no_event() -> None:
    text = "Author Mara Quill, from Kessa, said she loved the novels of Sudria as a girl."
    actors = [*ACTORS, {"name": "Mara Quill", "kind": "person", "role": "author"}]
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), actors)
    assert not _roots(find_events(article), "01")


def test_a_pattern_gap_holds_its_object_not_the_speaker_after_the_quote() -> None:
    text = '"Norland is urging Sudria and Kessa to show restraint," Anna Berg said on Monday.'
    (e,) = [e for e in _roots(_code(text), "02") if e.sources == ("country:norland",)]
    assert "person:anna-berg" not in e.targets
    assert "country:sudria" in e.targets


def test_a_pronoun_in_the_gap_is_no_object() -> None:
    text = "Omar Said postponed his planned visit to Sudria on Monday."
    (e,) = _roots(_code(text), "16")
    assert e.targets == ("country:sudria",)


def test_what_a_quote_opposes_is_not_its_speaker_after_the_quote() -> None:
    text = '"Norland opposes all forms of piracy," the Sudrian spokesman Omar Said said.'
    for e in _code(text):
        if e.root == "11":
            assert "person:omar-said" not in e.targets


def test_ordering_an_arrest_is_the_arrest_of_who_ordered_it() -> None:
    (e,) = _roots(_code("Omar Said ordered the arrest of Anna Berg on Monday."), "17")
    assert e.code == "173"
    assert e.sources == ("person:omar-said",)
    assert e.targets == ("person:anna-berg",)


def test_an_appeal_or_demand_from_someone_is_addressed_to_them() -> None:
    (e,) = _roots(_code("Omar Said demanded an apology from Sudria on Monday."), "10")
    assert e.targets == ("country:sudria",)
    found = _roots(_code("Anna Berg called for restraint from Sudria and Norland."), "02")
    assert found
    assert set(found[0].targets) == {"country:sudria", "country:norland"}


def test_a_private_person_from_a_country_is_not_that_country() -> None:
    (e,) = _roots(_code("Norland police arrested a Sudrian citizen in Kessa on Monday."), "17")
    assert e.sources == ("country:norland",)
    assert "country:sudria" not in e.targets


def test_a_name_with_a_private_word_in_it_makes_no_one_private() -> None:
    text = (
        "Omar Said, the commander of the Sudria National Guard, said on Monday that talks failed."
    )
    found = _roots(_code(text), "01")
    assert [e.sources[0] for e in found] == ["person:omar-said"]


def test_an_actor_before_an_event_noun_is_that_nouns_not_the_next_ones() -> None:
    text = "At a Norland emergency meeting on the strike, Anna Berg spoke for an hour."
    assert not _roots(_code(text), "19")


def test_an_ing_verb_after_unnamed_people_is_theirs_not_the_clauses_subject() -> None:
    found = _code("Norland issued travel alerts for those travelling to Sudria on Monday.")
    assert not [e for e in found if e.root == "04"]


def test_an_opening_it_before_a_form_of_be_is_no_actor() -> None:
    found = _code("Norland met Sudria in Kessa. It was not clear who attacked Sudria later.")
    assert not [e for e in found if e.root == "19" and "country:norland" in e.sources]


def test_the_institute_is_the_latest_body_whose_name_holds_the_word() -> None:
    text = "The Kessa Peace Institute published a report on Monday. The institute urged Norland to talk."
    actors = [*ACTORS, {"name": "Kessa Peace Institute", "kind": "organization"}]
    found = find_events(attach_actors(build_article(text, dt.datetime(2024, 3, 6)), actors))
    appeals = [e for e in found if e.root == "02"]
    assert [e.sources for e in appeals] == [("organization:kessa-peace-institute",)]


@pytest.mark.parametrize("opening", ["It", "The country", "But the country", "But it"])
def test_an_opening_the_country_or_it_is_the_state_that_acted_lately(opening: str) -> None:
    found = _code(f"Norland met Sudria in Kessa. {opening} later expelled two Sudrian diplomats.")
    expulsions = [e for e in found if e.root == "16"]
    assert [e.sources for e in expulsions] == [("country:norland",)]


def test_an_opening_its_is_the_state_that_acted_in_the_sentence_before() -> None:
    found = _code("Norland met Sudria in Kessa. Its navy later seized two Sudrian boats.")
    seizures = [e for e in found if e.root == "17"]
    assert [e.sources for e in seizures] == [("country:norland",)]


def test_the_rebels_are_the_armed_group_named_lately() -> None:
    text = "The Kessa Front met Sudria on Monday. The rebels later seized two Sudrian boats."
    actors = [*ACTORS, {"name": "Kessa Front", "kind": "armed_group"}]
    found = find_events(attach_actors(build_article(text, dt.datetime(2024, 3, 6)), actors))
    seizures = [e for e in found if e.root == "17"]
    assert [e.sources for e in seizures] == [("armed_group:kessa-front",)]


def test_an_events_evidence_names_each_sentence_once() -> None:
    found = _code(
        "Norland shelled Sudria, killing two soldiers, and struck Kessa. "
        "The Norlandic strikes on Sudria went on. Norland struck Sudria again."
    )
    assert found
    for event in found:
        assert len(set(event.evidence)) == len(event.evidence)
