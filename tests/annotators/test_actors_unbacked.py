"""A person guessed for want of evidence, said once with nothing around it, is left out."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


def _names(text: str) -> list[tuple[str, str]]:
    return [(a.name, a.kind.value) for a in find_actors(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Crowds lined Kestrel Parade to watch the floats go by.",
        "Latest figures from Ballot Tracker show support falling in the county.",
        "Buses avoided Marsh Hollow during the storm.",
    ],
)
def test_unbacked_title_case_phrase_is_no_person(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marta Quellen from the Orvik Trust said the plan was late.", "Marta Quellen"),
        ("Marta Quellen is a researcher at the institute.", "Marta Quellen"),
        ("Voters met Dario Pellum and Ines Varga on Tuesday.", "Dario Pellum"),
        ("The plan was drafted by Torv Ellang. Ellang defended it.", "Torv Ellang"),
        ("The vote came after ex-premier Torv Ellang lost his seat.", "Torv Ellang"),
        ("The match turned once Torv Ellang's side scored.", "Torv Ellang"),
    ],
)
def test_backed_or_repeated_person_is_kept(text: str, name: str) -> None:
    assert (name, "person") in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The scorers were T. Brannig 41 and others.", "T. Brannig"),
        ("The rally was led by strongman Torv Ellang last year.", "Torv Ellang"),
        ("Police found 34-year-old Torv Ellang unharmed.", "Torv Ellang"),
        ("Torv Ellang", "Torv Ellang"),
    ],
)
def test_an_initial_a_byline_or_a_person_word_backs_the_guess(text: str, name: str) -> None:
    assert (name, "person") in _names(text)
