"""Capitalised phrases that name no actor: events, deals, ages, titles (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Fans in Tarvel watched the Harbour Bowl on Sunday.", "Harbour Bowl"),
        ("The council backed the Blue Coast Deal last year.", "Blue Coast Deal"),
        ("Blades from the Upper Neolithic were found near the river.", "Upper Neolithic"),
        ("Two songs, “Paper Moon” and “So Long Summer,” were released.", "Long Summer"),
        ("Sign up for Our Garden panel on Friday.", "Our Garden"),
    ],
)
def test_the_phrase_is_no_actor(text: str, phrase: str) -> None:
    assert not any(phrase in a.name for a in find_actors(text))


def test_a_name_quoted_alone_in_a_sentence_with_others_stays() -> None:
    names = {a.name for a in find_actors("Maria Olsen said the deal with Harlow Shipping held.")}
    assert {"Maria Olsen", "Harlow Shipping"} <= names
