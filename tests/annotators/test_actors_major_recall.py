"""Names the main actors of an article are written with, that used to be cut, split or lost.

All texts are invented.
"""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_well_known_firm_opening_a_sentence() -> None:
    found = kinds("Netflix said the series would return. Walmart said it would hire more staff.")
    assert found.get("Netflix") is ActorKind.ORGANIZATION
    assert found.get("Walmart") is ActorKind.ORGANIZATION


def test_firm_named_for_a_region_is_the_region_after_the() -> None:
    found = kinds("Amazon argued it was not liable.")
    assert found.get("Amazon") is ActorKind.ORGANIZATION
    found = kinds("Smoke from fires raging in the Amazon reached the coast. The Amazon is drying.")
    assert found.get("Amazon") is ActorKind.PLACE
    found = kinds(
        "Scientists at the Institute for Research in the Amazon said the forest is dying."
    )
    assert "Institute for Research in the Amazon" in found


def test_firm_before_a_model_or_a_product_name() -> None:
    found = kinds("The cost of the Airbus A350 rose. She drove for Uber Eats and for a Lyft rival.")
    assert "Airbus" not in found
    assert found.get("Uber Eats") is ActorKind.ORGANIZATION
    found = kinds("They were riding in a Toyota Corvessa when it crashed.")
    assert not any(name.startswith("Toyota") for name in found)


def test_given_name_before_a_small_towns_name() -> None:
    found = kinds("The victims were named as Delia Marsh and a man known as Nigel Fennimore.")
    assert found.get("Nigel Fennimore") is ActorKind.PERSON


def test_body_ending_in_system_and_facility_ending_in_station() -> None:
    found = kinds("The money goes to the Teacher Retirement System of the state.")
    assert found.get("Teacher Retirement System") is ActorKind.ORGANIZATION
    found = kinds("She was attacked outside the Spanish Town Police Station on Friday.")
    assert found.get("Spanish Town Police Station") is ActorKind.PLACE


def test_place_before_department_of() -> None:
    found = kinds("The Ohio Department of Transportation said the bridge would close.")
    assert found.get("Ohio Department of Transportation") is ActorKind.ORGANIZATION


def test_plural_possessive_inside_a_bodys_name() -> None:
    found = kinds("The Citizens' Independent Transit Trust approved the plan on Monday.")
    assert found.get("Citizens' Independent Transit Trust") is ActorKind.ORGANIZATION


def test_regions_force_in_lower_case() -> None:
    found = kinds(
        "West Brenshire police said the pills were toxic, a spokesman for Thames Vale police added."
    )
    assert found.get("West Brenshire police") is ActorKind.ORGANIZATION
    assert "West Brenshire" not in found


def test_nickname_inside_a_persons_name() -> None:
    actors = {
        a.name: a for a in find_actors('Coach Renaldo "Bunny" Talbot said the team was ready.')
    }
    assert "Renaldo Talbot" in actors
    assert actors["Renaldo Talbot"].kind is ActorKind.PERSON


def test_three_word_name_ending_in_a_towns_name() -> None:
    found = kinds("Director Bong Joon Ho said backstage that nobody could predict it.")
    assert found.get("Bong Joon Ho") is ActorKind.PERSON
    assert "Ho" not in found


def test_the_x_area_is_a_place() -> None:
    found = kinds("Police searched a salon in the Marrowfield area on Tuesday.")
    assert found.get("Marrowfield") is ActorKind.PLACE


def test_lower_case_body_of_a_county() -> None:
    found = kinds("The Kessler County probation department said it would comply.")
    assert found.get("Kessler County probation department") is ActorKind.ORGANIZATION
    assert "Kessler County" not in found
    found = kinds("He went to the Texas department store.")
    assert not any("department" in name for name in found)


def test_the_americas_is_a_place() -> None:
    found = kinds("The Americas cannot ignore the risk of new waves, the agency warned.")
    assert found.get("Americas") is ActorKind.PLACE


def test_dateline_in_capitals_is_the_place_named_below() -> None:
    actors = find_actors(
        "NORTH KELBY, Ore. — A crash in North Kelby killed a boy, officials in North Kelby said."
    )
    places = [a for a in actors if a.name.upper() == "NORTH KELBY"]
    assert len(places) == 1
    assert places[0].kind is ActorKind.PLACE
    assert len(places[0].mentions) == 3
