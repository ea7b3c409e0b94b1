"""What the text tells of its people: pronoun gender from titles, role nouns and agreeing
pronouns (no list of first names is read); titles held now or before (invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.document import build
from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.coder import _mentions
from geoarticle.annotators.events.people import (
    gender_of_words,
    genders,
    genders_and_statuses,
    statuses,
)
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Article, Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Kiri Osk", "kind": "person", "aliases": ["Osk"]},
    {"name": "Dale Venn", "kind": "person", "aliases": ["Venn"]},
    {"name": "Tamsin Rue", "kind": "person", "aliases": ["Rue"]},
    {"name": "Norland", "kind": "country"},
    {"name": "Suthia", "kind": "country"},
]


def _article(text: str, actors: list[dict[str, Any]] = ACTORS) -> Article:
    return attach_actors(build_article(text, dt.datetime(2024, 3, 6)), actors)


def _genders(text: str, actors: list[dict[str, Any]] = ACTORS) -> dict[str, str]:
    article = _article(text, actors)
    doc = build(article, len(article.body_text) + 1)
    people = [a for a in article.actors if a.kind.value == "person"]
    return dict(
        genders(
            doc.passages,
            _mentions(article),
            names={a.id: (a.name, *a.aliases) for a in people},
            roles={a.id: a.role for a in people if a.role},
        )
    )


def _code(text: str) -> tuple[Event, ...]:
    return find_events(_article(text))


def test_role_nouns_and_titles_tell_a_gender() -> None:
    assert gender_of_words(["the", "spokeswoman"]) == "f"
    assert gender_of_words(["mr."]) == "m"
    assert gender_of_words(["minister"]) is None


def test_an_honorific_or_a_set_off_role_noun_gives_a_person_a_gender() -> None:
    found = _genders(
        "Mrs Osk arrived in Norland on Monday. Venn, the former king's son, met officials."
    )
    assert found == {"person:kiri-osk": "f", "person:dale-venn": "m"}


def test_a_noun_of_someone_else_gives_no_gender() -> None:
    # "Osk's wife" is not Osk; "the son of Venn" is not Venn
    found = _genders("Osk's wife spoke first. The son of Venn spoke later.")
    assert found == {}


def test_one_sentence_of_pronouns_is_not_enough() -> None:
    assert _genders("Osk said she would travel to Norland.") == {}
    text = (
        "Osk said she would travel to Norland. Osk added that she had no plan. "
        "Later Osk said she was tired."
    )
    assert _genders(text) == {"person:kiri-osk": "f"}


def test_she_passes_over_a_man_named_since() -> None:
    text = (
        "Spokeswoman Tamsin Rue spoke to reporters in Norland on Monday. "
        "Mr Venn arrived later. "
        "She condemned Suthia for the border raid."
    )
    condemned = [e for e in _code(text) if e.root == "11"]
    assert [e.sources for e in condemned] == [("person:tamsin-rue",)]


def test_without_evidence_the_latest_person_is_meant() -> None:
    text = (
        "Tamsin Rue spoke to reporters in Norland on Monday. Dale Venn arrived later. "
        "She condemned Suthia for the border raid."
    )
    condemned = [e for e in _code(text) if e.root == "11"]
    assert [e.sources for e in condemned] == [("person:dale-venn",)]


def _statuses(text: str, actors: list[dict[str, Any]]) -> dict[str, str]:
    article = _article(text, actors)
    doc = build(article, len(article.body_text) + 1)
    return statuses(doc.passages, _mentions(article))


PRESIDENTS: list[dict[str, Any]] = [
    {"name": "Ama Sole", "kind": "person", "role": "president", "aliases": ["Sole"]},
    {"name": "Ivo Brand", "kind": "person", "role": "president", "aliases": ["Brand"]},
    {"name": "Norland", "kind": "country"},
    {"name": "Suthia", "kind": "country"},
]


def test_a_title_before_a_name_tells_whether_it_is_held_now() -> None:
    found = _statuses("President Ama Sole met former President Ivo Brand in Norland.", PRESIDENTS)
    assert found == {"person:ama-sole": "sitting", "person:ivo-brand": "past"}


def test_the_late_president_is_not_the_sitting_one() -> None:
    text = (
        "President Ama Sole spoke of the late President Ivo Brand in Norland. "
        "Sole said the late president had condemned Suthia in 2023."
    )
    found = [e for e in find_events(_article(text, PRESIDENTS)) if e.root == "11"]
    assert [e.sources for e in found] == [("person:ivo-brand",)]


def test_genders_and_statuses_read_together_as_apart() -> None:
    article = _article(
        "Mrs Osk arrived in Norland on Monday. Former President Venn met her, and he said "
        "he would return. President Rue said she agreed. Osk said she would go to Suthia."
    )
    doc = build(article, len(article.body_text) + 1)
    mentions = _mentions(article)
    names = {a.id: (a.name, *a.aliases) for a in article.actors if a.kind.value == "person"}
    both = genders_and_statuses(doc.passages, mentions, names=names)
    assert both == (genders(doc.passages, mentions, names=names), statuses(doc.passages, mentions))
    assert both[1] == {"person:dale-venn": "past", "person:tamsin-rue": "sitting"}
