"""A known place followed by a name particle starts a longer name (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The hikers crossed Serra da Lontra before the storm.", "Serra da Lontra"),
        ("Shelling hit Deir al-Hamra overnight, medics said.", "Deir al-Hamra"),
        ("Skiers flocked to Val d'Orsenne for the holiday.", "Val d'Orsenne"),
    ],
)
def test_a_place_name_goes_on_past_its_particle(text: str, name: str) -> None:
    names = {a.name for a in find_actors(text)}
    assert name in names
    assert name.split()[0] not in names


def test_a_known_place_after_a_particle_ends_the_run_kindly() -> None:
    kinds = {a.name: a.kind.value for a in find_actors("The hikers crossed Serra da Lontra.")}
    assert kinds["Serra da Lontra"] == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Teacher Pension Fund officials said the money was safe.",
            "Teacher Pension Fund",
            "organization",
        ),
        (
            "She was taken to Lady Marlow Private Hospital at dawn.",
            "Lady Marlow Private Hospital",
            "organization",
        ),
    ],
)
def test_a_title_or_honorific_word_can_start_a_body_name(text: str, name: str, kind: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(text)}
    assert kinds.get(name) == kind
    assert not any(k == "person" for k in kinds.values())


def test_a_body_name_can_end_in_its_country() -> None:
    kinds = {
        a.name: a.kind.value for a in find_actors("Figures from Tallyworks Norway showed a rise.")
    }
    assert kinds.get("Tallyworks Norway") == "organization"


def test_a_person_named_like_a_country_stays_a_person_and_a_country() -> None:
    kinds = {
        a.name: a.kind.value for a in find_actors("Talks between Tom Greenland and the mayor.")
    }
    assert "Tom Greenland" not in kinds or kinds["Tom Greenland"] != "organization"


@pytest.mark.parametrize(
    "text",
    [
        "Inspector Dwayne Lane said the search would go on.",
        "Sergeant Marlon Banks told reporters the road was closed.",
    ],
)
def test_a_title_before_a_two_word_name_ending_like_a_place_is_a_person(text: str) -> None:
    kinds = {a.name: a.kind.value for a in find_actors(text)}
    assert "person" in kinds.values()


def test_two_particles_inside_a_person_name() -> None:
    text = "Commission chief Marta van der Holst spoke. Van der Holst said the plan would pass."
    people = [a for a in find_actors(text) if a.kind.value == "person"]
    assert [p.name for p in people] == ["Marta van der Holst"]
    assert len(people[0].mentions) == 2
