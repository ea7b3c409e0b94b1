"""parse_byline and parse_dateline: names kept clean, roles and agencies kept apart."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoarticle.models import AuthorKind, Dateline
from geoarticle.parsers._bylines import parse_byline, parse_dateline, person_shaped


def _names(text: str) -> list[str]:
    return [a.name for a in parse_byline(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Imre Kovalenko", ["Imre Kovalenko"]),
        ("by Dalia Fenwick and Rustam Orlov", ["Dalia Fenwick", "Rustam Orlov"]),
        ("Dalia Fenwick, Rustam Orlov & Wen Lau", ["Dalia Fenwick", "Rustam Orlov", "Wen Lau"]),
        ("Par Aurélie Chassagne", ["Aurélie Chassagne"]),
        ("por Maite Urquidi 1 de diciembre de 2017 3:00 AM PST", ["Maite Urquidi"]),
        ("Imre Kovalenko - Apr 16, 2015 8:02 pm UTC", ["Imre Kovalenko"]),
        ("Imre Kovalenko on Mar 2714 min", ["Imre Kovalenko"]),
        ("by Imre Kovalenko22 Dec 2016651", ["Imre Kovalenko"]),
        ("By Imre Kovalenko | 5 Minute Read | Published", ["Imre Kovalenko"]),
        ("By Imre Kovalenko Published 3 May 2024", ["Imre Kovalenko"]),
        # a label word closing the line straight after a name is the name's (text round trip)
        ("By Aa Published", ["Aa Published"]),
        ("Updated March 3, 2023 at 6:01 am", []),
        ("Last Updated: January 7, 2025", []),
        ("Follow Author", []),
        ("IMRE KOVALENKO", ["Imre Kovalenko"]),
        ("Section Desk by Imre Kovalenko @imrek", ["Imre Kovalenko"]),
        (
            "Olu Ferreira (with Jan Brandt and Sami Haddad)",
            ["Olu Ferreira", "Jan Brandt", "Sami Haddad"],
        ),
        ("Liesel van der Berg", ["Liesel van der Berg"]),
        ("Carlo Di Matteo", ["Carlo Di Matteo"]),
        ("Berg, Liesel van der", ["Liesel van der Berg"]),
        ("Imre Kovalenko (https://imre.example/)", ["Imre Kovalenko"]),
    ],
)
def test_names(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_role_and_affiliation() -> None:
    (a,) = parse_byline("By Nadia Orbeli, Senior Fellow, Tidewater Institute")
    assert (a.name, a.role, a.affiliation) == (
        "Nadia Orbeli",
        "Senior Fellow",
        "Tidewater Institute",
    )


def test_affiliation_with_commas_and_a_second_author() -> None:
    a, b = parse_byline(
        "By Nadia Orbeli, Staff Technologist, Harbour Speech, Privacy, and Technology Project, "
        "and Tomas Varga"
    )
    assert a.role == "Staff Technologist"
    assert a.affiliation == "Harbour Speech, Privacy, and Technology Project"
    assert b.name == "Tomas Varga"


def test_trailing_role_without_comma() -> None:
    (a,) = parse_byline("By Kenji Alvarado Lakeside Times business reporter")
    assert (a.name, a.role) == ("Kenji Alvarado", "Lakeside Times business reporter")


def test_role_markers() -> None:
    authors = parse_byline("Written by Oona Brisk Edited by Pavel Mrozek. Photos by Ada Quint")
    assert [(a.name, a.role) for a in authors] == [
        ("Oona Brisk", None),
        ("Pavel Mrozek", "editor"),
        ("Ada Quint", "photographer"),
    ]


def test_credentials_go_to_the_role() -> None:
    (a,) = parse_byline("Lena Hoskins, MD")
    assert (a.name, a.role) == ("Lena Hoskins", "MD")


def test_agencies_and_staff_are_kept_apart() -> None:
    authors = parse_byline("By Imre Kovalenko and The Associated Press")
    assert [(a.name, a.kind) for a in authors] == [
        ("Imre Kovalenko", AuthorKind.PERSON),
        ("Associated Press", AuthorKind.AGENCY),
    ]
    assert parse_byline("Reuters Staff")[0].kind is AuthorKind.AGENCY
    assert parse_byline("Our Foreign Staff")[0].kind is AuthorKind.STAFF
    assert parse_byline("AFP")[0].kind is AuthorKind.AGENCY


def test_url_in_parentheses_becomes_the_url() -> None:
    (a,) = parse_byline("Imre Kovalenko (https://imre.example/)")
    assert a.url == "https://imre.example/"


@pytest.mark.parametrize(
    ("text", "dateline", "offset"),
    [
        (
            "ISLAMABAD, Oct 24 (Reuters) - Pakistan said",
            Dateline(place="Islamabad", date_text="Oct 24", agency="Reuters"),
            30,
        ),
        ("HANOI, Vietnam (AP) — Police said", Dateline(place="Hanoi, Vietnam", agency="AP"), 22),
        ("CAIRO — The attack", Dateline(place="Cairo"), 8),
        ("NEW DELHI: The ministry", Dateline(place="New Delhi"), 11),
        ("Kyiv (AFP) - The city", Dateline(place="Kyiv", agency="AFP"), 13),
        (
            "BEIJING, Jan. 5 (Xinhua) -- The talks",
            Dateline(place="Beijing", date_text="Jan. 5", agency="Xinhua"),
            28,
        ),
    ],
)
def test_datelines(text: str, dateline: Dateline, offset: int) -> None:
    assert parse_dateline(text) == (dateline, offset)


@pytest.mark.parametrize(
    "text",
    [
        "NATO said on Monday that the exercise would go ahead.",
        "UPDATE: the story has changed.",
        "The minister said - without notes - that talks would resume.",
        "In Kyiv, the lights went out.",
        "",
    ],
)
def test_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


@given(st.text(max_size=300))
def test_never_crash(text: str) -> None:
    for author in parse_byline(text):
        assert author.name.strip() == author.name
        assert author.name
    found = parse_dateline(text)
    if found is not None:
        assert 0 < found[1] <= len(text)


@pytest.mark.parametrize(
    ("name", "shaped"),
    [
        ("Ines Calloway-Brandt", True),
        ("Pieter van der Molen", True),
        ("Rhoswen McAllister", True),
        ("Tidewater", False),  # one word
        ("Photo: Harbour Office", False),
        ("AuthorInes Calloway", False),  # two words glued
        ("Tidewater Research Institute", False),  # an organisation noun
        ("Ines Calloway Editor", False),  # a role noun
        ("Ines Calloway (left)", False),
        ("published two hours ago", False),
    ],
)
def test_person_shaped(name: str, shaped: bool) -> None:
    assert person_shaped(name) is shaped
