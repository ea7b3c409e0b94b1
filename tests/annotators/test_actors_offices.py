"""Office words glued before a person's name are a role, not part of the name (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


def _people(text: str) -> dict[str, str | None]:
    return {a.name: a.role for a in find_actors(text) if a.kind.value == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Minister of Health Jane Corbin said the clinics would reopen.", "Jane Corbin"),
        ("Chief Medical Officer Dr Peter Quail told reporters cases had fallen.", "Peter Quail"),
        ("Attorney for the District of Vermont Daniel Royce announced charges.", "Daniel Royce"),
        ("Defendants Thomas Hale and Ruth Moss appeared in court on Monday.", "Thomas Hale"),
    ],
)
def test_the_name_starts_at_the_given_name(text: str, name: str) -> None:
    people = _people(text)
    assert name in people
    assert not any(p != name and p.endswith(name) for p in people)


def test_a_title_keeps_its_role_across_an_honorific() -> None:
    people = _people("Chief Education Officer Dr Lena Marsh said schools were ready.")
    assert people["Lena Marsh"] is not None
    assert people["Lena Marsh"].startswith("Chief")


def test_a_body_named_after_a_person_stays_whole() -> None:
    names = {
        a.name for a in find_actors("She was treated at the Royal Anne Rowe Memorial Hospital.")
    }
    assert "Royal Anne Rowe Memorial Hospital" in names
