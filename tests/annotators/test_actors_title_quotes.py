"""Names inside a quoted title in title case (a book's, a film's) are no actors."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_words_of_a_book_title_name_nobody() -> None:
    found = names(
        "In her book “A Garden Grown in Ashes: The Quiet Towns that Rise After Floods,” "
        "Marta Olsen wrote of neighbours helping each other."
    )
    assert "Marta Olsen" in found
    assert not {"Ashes", "Quiet Towns", "Floods"} & found


def test_a_quoted_sentence_keeps_its_names() -> None:
    found = names("“We will meet the Orvik Harbour Authority on Monday,” Marta Olsen said.")
    assert "Orvik Harbour Authority" in found
