"""A known town or state opening a firm's, paper's or team's name; names glued to web marks."""

from __future__ import annotations

import pytest

from geoarticle import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officials at Cambridge Quortex declined to comment on Monday.", "Cambridge Quortex"),
        (
            "An editorial in the Manchester Tarvel-Ledger backed the mayor.",
            "Manchester Tarvel-Ledger",
        ),
        ("A poll by the California Zentry found support slipping.", "California Zentry"),
    ],
)
def test_a_town_opens_a_firm_name(text: str, name: str) -> None:
    kinds = _kinds(text)
    assert kinds[name] is ActorKind.ORGANIZATION
    assert name.split()[0] not in kinds  # the town is a word of the name, no actor


def test_the_firm_keeps_later_mentions() -> None:
    text = (
        "The Boston Quorvats beat the home side on Friday. The Quorvats led throughout. "
        "Boston Quorvats fans cheered."
    )
    actors = [a for a in find_actors(text) if "Quorvats" in a.name]
    assert [a.name for a in actors] == ["Boston Quorvats"]
    assert len(actors[0].mentions) == 3
    assert "Boston" not in _kinds(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Leaders signed the Paris Agreement in 2015.", None),
        ("The crash closed Illinois Route 29 for hours.", None),
        ("Ann Lee, a New Hampshire Democratic activist, spoke.", "New Hampshire"),
    ],
)
def test_no_firm_from_a_pact_a_road_or_an_adjective(text: str, kept: str | None) -> None:
    kinds = _kinds(text)
    assert not any(k is ActorKind.ORGANIZATION and " " in n for n, k in kinds.items()), kinds
    if kept is not None:
        assert kept in kinds


def test_an_acronym_skips_the_place_opening_the_name() -> None:
    text = (
        "The Nevada Regional Transmission Operator warned of outages. "
        "A spokeswoman for Nevada RTO said demand was high."
    )
    names = [a.name for a in find_actors(text)]
    assert "RTO" not in names
    assert "Nevada Regional Transmission Operator" in names


@pytest.mark.parametrize(
    "text",
    [
        "Fans shared the news with the #SaveTarvelPark tag on Sunday.",
        "The minister wrote to @TarvelMinister about the plan.",
        "A post at https://www.example.com/TarvelBar/posts/12345 said the bar would close.",
        "See the video at pic.example.com/QzwXyTarv for more.",
    ],
)
def test_names_glued_to_web_marks_are_no_actors(text: str) -> None:
    assert not [a.name for a in find_actors(text) if "Tarv" in a.name]


def test_two_names_around_a_slash_are_kept() -> None:
    assert "Mayflower Street" in _kinds("No buses ran down Royal Parade/Mayflower Street.")


def test_cayman_names_the_islands() -> None:
    actors = find_actors("A prison official said anyone could escape from Cayman's prison.")
    assert [(a.name, a.kind) for a in actors] == [("Cayman Islands", ActorKind.COUNTRY)]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Bahamian officials said the storm had passed.", "Bahamas"),
        ("Grenadian troops left on Monday.", "Grenada"),
    ],
)
def test_small_states_have_their_demonyms(text: str, country: str) -> None:
    assert country in {a.name for a in find_actors(text) if a.kind is ActorKind.COUNTRY}


def test_a_demonym_is_no_organisation() -> None:
    actors = find_actors("The Grenadian leader and the Seychellois minister praised the deal.")
    assert all(a.kind is ActorKind.COUNTRY for a in actors)


def test_a_town_that_is_a_first_name_opens_no_firm() -> None:
    kinds = _kinds("Madison Quorvex, 21, was among the victims, police said.")
    assert kinds.get("Madison Quorvex") is not ActorKind.ORGANIZATION
