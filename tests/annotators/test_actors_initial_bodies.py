"""A body's name "X of Y" opening a sentence is read whole, though X is a common word."""

from __future__ import annotations

import pytest

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("University of Tarvel researchers said the ice was thinning.", "University of Tarvel"),
        ("Bank of Orvik's chief economist said rates would stay.", "Bank of Orvik"),
        ("Ministry of Defence officials declined to comment.", "Ministry of Defence"),
    ],
)
def test_sentence_opening_body_of_a_place(text: str, name: str) -> None:
    actors = {a.name: a for a in find_actors(text)}
    assert name in actors
    assert actors[name].kind is ActorKind.ORGANIZATION
