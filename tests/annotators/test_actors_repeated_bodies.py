"""A one-word name used many times, never in a place nor taken up by "he" or "she",
that acts or owns, is a body."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind

_USES = (
    "Tarvel Foods agreed a sale to Orvikon on Monday. The cash Orvikon is paying is large. "
    "Orvikon's unit will run the shops. The fee goes to Orvikon. Orvikon has agreed to "
    "the terms. Analysts like Orvikon."
)


def test_repeated_acting_word_is_a_body() -> None:
    kinds = {a.name: a.kind for a in find_actors(_USES)}
    assert kinds.get("Orvikon") is ActorKind.ORGANIZATION


def test_word_also_written_in_lower_case_is_no_body() -> None:
    text = _USES.replace("Analysts like Orvikon.", "Analysts like orvikon in tea.")
    assert "Orvikon" not in {a.name for a in find_actors(text)}


def test_word_in_a_place_is_no_body() -> None:
    text = _USES.replace("Analysts like Orvikon.", "Ann Lee lives in Orvikon.")
    kinds = {a.name: a.kind for a in find_actors(text)}
    assert kinds.get("Orvikon") is not ActorKind.ORGANIZATION


def test_few_uses_say_too_little() -> None:
    text = "The cash Orvikon is paying is large. Orvikon's unit will run the shops."
    assert "Orvikon" not in {a.name for a in find_actors(text)}


def test_one_he_nearby_in_many_uses_keeps_the_body() -> None:
    text = (
        "Orvikon won the cup on Thursday and he was proud, the coach said. "
        "Fans of the club were loud in the town square and in the streets all night long. "
        "Orvikon know what to do next. Orvikon's players were tired. Analysts like Orvikon. "
        "Critics doubt Orvikon. Orvikon has a new stadium. Orvikon was founded long ago. "
        "Orvikon's shirts sold out."
    )
    kinds = {a.name: a.kind for a in find_actors(text)}
    assert kinds.get("Orvikon") is ActorKind.ORGANIZATION
