"""A part of one longer name of the text, or the same name written otherwise, is that actor."""

from __future__ import annotations

from geoarticle import find_actors


def _actors(text: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.aliases for a in find_actors(text)}


def test_a_head_part_after_the_full_name() -> None:
    found = _actors(
        "The Police Federation of Tarvel and Wales said it would act. "
        "Later the Police Federation met the minister."
    )
    assert found == {"Police Federation of Tarvel and Wales": ("Police Federation",)}


def test_a_tail_part_before_or_after_the_full_name() -> None:
    found = _actors(
        "The Preservation Trust was formed in 2019. "
        "The Orvik Public Housing Preservation Trust voted on Monday."
    )
    assert list(found) == ["Orvik Public Housing Preservation Trust"]
    assert "Preservation Trust" in found["Orvik Public Housing Preservation Trust"]


def test_a_surname_of_two_words() -> None:
    found = _actors("Dr Walid Abu Hatab said the ward was full. Abu Hatab added more.")
    assert found == {"Walid Abu Hatab": ("Abu Hatab",)}


def test_case_and_apostrophe_forms_are_one_actor() -> None:
    found = _actors(
        "REBECCA Cordell spoke first. Rebecca Cordell left. "
        "The Tarvel Chiefs’ Council met. The Tarvel Chiefs' Council spoke."
    )
    assert set(found) == {"Rebecca Cordell", "Tarvel Chiefs’ Council"}


def test_a_part_held_by_two_longer_names_stays_apart() -> None:
    found = _actors(
        "The Tarvel Harbour Trust and the Orvik Harbour Trust met. The Harbour Trust said no."
    )
    assert "Harbour Trust" in found


def test_a_body_named_in_another_word_order() -> None:
    found = _actors(
        "The Department of Water Resources said no. The Water Resources Department later agreed."
    )
    assert found == {"Department of Water Resources": ("Water Resources Department",)}


def test_a_country_said_by_its_demonym_or_its_name() -> None:
    found = _actors("The Audit Court of Turkey ruled. The Turkish Audit Court was split.")
    assert found["Audit Court of Turkey"] == ("Turkish Audit Court",)


def test_another_countrys_body_stays_apart() -> None:
    found = _actors("The Audit Court of Turkey ruled. Nepal's audit court disagreed.")
    assert "Nepal's audit court" in found
