"""A title-case run opened by a common word, with no given name and nothing else that
points to a person, is no person ("Public Toilets remain open")."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    "text",
    [
        "Playgrounds and Public Toilets remain open this week.",
        "Big Tech is at war with itself again, the newsletter said.",
    ],
)
def test_common_word_run_is_no_person(text: str) -> None:
    assert [a.name for a in find_actors(text) if a.kind.value == "person"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marta Quellen and Dario Pellum met on Tuesday.", "Marta Quellen"),
        ("Princess Ysolde visited the ward, and Ysolde thanked the nurses.", "Ysolde"),
    ],
)
def test_given_names_and_titles_still_make_people(text: str, name: str) -> None:
    assert (name, "person") in [(a.name, a.kind.value) for a in find_actors(text)]
