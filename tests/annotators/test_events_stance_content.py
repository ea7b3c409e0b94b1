"""What a statement's words make of it, and who says them (invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event, Modality

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "president", "aliases": ["Berg"]},
    {"name": "Piet Kuyt", "kind": "person", "role": "party leader", "aliases": ["Kuyt"]},
    {"name": "Jon Marr", "kind": "person", "role": "army chief", "aliases": ["Marr"]},
    {"name": "Tom Hale", "kind": "person", "role": "minister", "aliases": ["Hale"]},
    {"name": "Norland Central Bank", "kind": "organization", "aliases": []},
    {"name": "Norland Parliament", "kind": "organization", "aliases": ["Parliament"]},
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
]
REF = dt.date(2024, 3, 6)


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article)


def test_a_participle_of_saying_shares_the_subject_of_its_clause() -> None:
    # "saying" is no inverted speaker ("..., saying his ..."): the appeal is Berg's own act
    found = _code(
        "Berg called on Norland Parliament to pass the budget, saying the plan had his firm "
        "backing, once he called the verdict harmful for farmers."
    )
    appeals = [e for e in found if e.root == "02"]
    assert [e.sources for e in appeals] == [("person:anna-berg",)]
    assert appeals[0].modality is Modality.ASSERTED
    assert not [e for e in found if e.code == "010"]


def test_a_noun_of_saying_as_a_subject_reports_nothing() -> None:
    found = _code(
        "\u201cPresident Berg\u2019s statement was out of touch and fueled a sense of "
        "betrayal,\u201d Kuyt said."
    )
    by_kuyt = [e for e in found if e.sources[:1] == ("person:piet-kuyt",)]
    assert [e.root for e in by_kuyt] == ["11"]
    assert by_kuyt[0].targets == ("person:anna-berg",)
    assert by_kuyt[0].modality is Modality.ASSERTED


def test_disappointment_is_disapproval_of_its_object() -> None:
    found = _code(
        "Piet Kuyt, leader of the opposition and Berg\u2019s rival in the last "
        "presidential election, described the president\u2019s address as "
        "\u201cvery disappointing.\u201d"
    )
    assert [(e.code, e.sources, e.targets) for e in found] == [
        ("110", ("person:piet-kuyt",), ("person:anna-berg",))
    ]


def test_saying_someone_stole_accuses_them() -> None:
    found = _code("The Norland Central Bank says Tom Hale stole $5 billion outright.")
    assert [(e.code, e.targets) for e in found] == [("112", ("person:tom-hale",))]


def test_an_accusation_with_no_named_object_accuses_whom_its_speaker_spoke_of() -> None:
    found = _code(
        "Tom Hale told reporters that Jon Marr had blocked his reforms, and accused the "
        "general of enabling corruption."
    )
    accusations = [e for e in found if e.root == "11"]
    assert [(e.sources, e.targets) for e in accusations] == [
        (("person:tom-hale",), ("person:jon-marr",))
    ]


def test_a_present_progressive_act_is_dated_by_the_report() -> None:
    found = _code(
        "On Friday, Norlandic troops shelled the border town. "
        "Norland is refusing to let Piet Kuyt leave for the talks."
    )
    refusals = [e for e in found if e.root == "12"]
    assert refusals
    assert refusals[0].date is not None
    assert refusals[0].date.value == REF


def test_what_someone_needs_to_do_is_an_appeal_to_them() -> None:
    for text in (
        "Berg said Hale needs to resign before the vote.",
        "Berg said Hale has to resign before the vote.",
    ):
        found = _code(text)
        assert [(e.code, e.targets) for e in found] == [("020", ("person:tom-hale",))], text


def test_a_need_of_the_speaker_is_no_appeal() -> None:
    found = _code("Berg said she needs to rest before the vote.")
    assert not [e for e in found if e.root == "02"]


def test_labelling_something_by_a_cue_word_is_coded_by_it() -> None:
    for verb in ("labelled", "branded", "described"):
        found = _code(f"Berg {verb} the decision of Hale reckless.")
        assert [(e.code, e.targets) for e in found] == [("111", ("person:tom-hale",))], verb
