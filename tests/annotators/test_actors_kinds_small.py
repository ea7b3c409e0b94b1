"""Small kind rules: a state's possessive force, constabularies, given names before place words, treasurers (invented text)."""

from __future__ import annotations

import geoarticle


def _mentions(text: str) -> dict[str, list[str]]:
    art = geoarticle.parse_text("Title\n\n" + text)
    return {a.name: [m.text for m in a.mentions] for a in art.actors}


def test_a_states_army_is_that_state_not_the_last_army_named() -> None:
    found = _mentions(
        "Israeli troops raided a camp on Tuesday.\n\nSudan's army shelled a village on Friday."
    )
    assert found["Sudan"] == ["Sudan's army"]
    assert found["Israel"] == ["Israeli troops"]


def test_a_groups_possessive_before_its_fighters_names_the_group_once() -> None:
    assert _mentions("Hamas's fighters attacked the town.")["Hamas"] == ["Hamas"]


def test_a_constabulary_is_a_body() -> None:
    found = geoarticle.find_actors("Officers from Norland Constabulary searched the house.")
    assert [(a.name, a.kind.value) for a in found] == [("Norland Constabulary", "organization")]


def test_a_given_name_before_a_place_word_is_a_person_when_they_speak() -> None:
    for text in ("Anna Park said the road would reopen.", "Anna Park, the city attorney, said so."):
        found = geoarticle.find_actors(text)
        assert [(a.name, a.kind.value) for a in found] == [("Anna Park", "person")], text
    assert geoarticle.find_actors("They met in Anna Park on Sunday.")[0].kind.value == "place"


def test_a_treasurer_is_a_role() -> None:
    found = geoarticle.find_actors("Jon Vale, the state treasurer, said the fund was safe.")
    assert [(a.name, a.kind.value) for a in found] == [("Jon Vale", "person")]


def test_a_role_in_apposition_is_the_persons_role() -> None:
    found = geoarticle.find_actors("Jon Vale, the county sheriff, said the road was closed.")
    assert [(a.name, a.role) for a in found] == [("Jon Vale", "county sheriff")]
    found = geoarticle.find_actors("Jon Vale, the father of two, said he was worried.")
    assert [(a.name, a.role) for a in found] == [("Jon Vale", None)]


def test_an_apposed_role_is_the_longest_title() -> None:
    found = geoarticle.find_actors("Jon Vale, the chief executive of Norco, said profits fell.")
    assert [a.role for a in found if a.name == "Jon Vale"] == ["chief executive"]


def test_a_role_before_a_name_set_off_in_commas_is_the_persons_role() -> None:
    found = geoarticle.find_actors("The county sheriff, Jon Vale, said the road was closed.")
    assert [(a.name, a.role) for a in found] == [("Jon Vale", "county sheriff")]
    found = geoarticle.find_actors("Jon Vale, Ann Fox and Tom Lee said the road was closed.")
    assert all(a.role is None for a in found)


def test_a_possessive_or_another_opens_a_role_set_off_before_a_name() -> None:
    found = geoarticle.find_actors(
        "Norland's foreign minister, Jon Vale, said the road was closed."
    )
    assert ("Jon Vale", "foreign minister") in [(a.name, a.role) for a in found]
    found = geoarticle.find_actors("Another officer, Jon Vale, said the road was closed.")
    assert [(a.name, a.role) for a in found] == [("Jon Vale", "officer")]


def test_an_officer_is_a_role_beside_a_name_but_no_title_before_one() -> None:
    found = geoarticle.find_actors("Jon Vale, a former police officer, said the road was closed.")
    assert [(a.name, a.role) for a in found] == [("Jon Vale", "former police officer")]
    found = geoarticle.find_actors("Chief Education Officer Dr Ann Vale said the road was closed.")
    assert [(a.name, a.role) for a in found] == [("Ann Vale", "Chief Education Officer")]


def test_a_role_of_a_named_place_set_off_before_a_name_is_the_persons_role() -> None:
    found = geoarticle.find_actors("The president of Kenya, Jon Vale, said the road was closed.")
    assert ("Jon Vale", "president of Kenya") in [(a.name, a.role) for a in found]


def test_an_adjective_of_names_opening_a_sentence_keeps_the_longer_bank() -> None:
    text = (
        "Royal Bank of Norland economist Jon Vale said the data was strong. "
        "He expects the Bank of Norland to hold rates. "
        "Former Bank of Norland governor Ann Fox agreed."
    )
    names = {a.name for a in geoarticle.find_actors(text) if a.kind.value == "organization"}
    assert {"Royal Bank of Norland", "Bank of Norland"} <= names
    assert "Former Bank of Norland" not in names


def test_and_before_the_opens_a_second_name() -> None:
    found = geoarticle.find_actors("Staff of the Norland Herald and The Sudria Times said so.")
    names = {a.name for a in found}
    assert "Norland Herald" in names
    assert not any(" and " in n for n in names)


def test_a_body_word_heading_a_name_outweighs_its_last_word() -> None:
    found = geoarticle.find_actors("The suit was filed with the Tarvel Center for Youth Law.")
    assert ("Tarvel Center for Youth Law", "organization") in [
        (a.name, a.kind.value) for a in found
    ]
    assert "Orvik Law" not in {a.name for a in geoarticle.find_actors("They passed Orvik Law.")}


def test_a_school_district_is_a_body() -> None:
    found = geoarticle.find_actors("Tarvel County Public Schools confirmed the closure.")
    assert ("Tarvel County Public Schools", "organization") in [
        (a.name, a.kind.value) for a in found
    ]
