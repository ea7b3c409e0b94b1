"""Names that look like actors and are not, or are another kind (invented text)."""

from __future__ import annotations

from geoarticle import find_actors
from geoarticle.models import ActorKind


def test_towns_listed_as_examples_of_universities_are_universities() -> None:
    text = (
        "Students at universities including Tarvel, Orvik and Velder were sent home. "
        "Tarvel said its campus would close."
    )
    kinds = {a.name: a.kind for a in find_actors(text)}
    assert kinds.get("Tarvel") is ActorKind.ORGANIZATION
    assert kinds.get("Velder") is ActorKind.ORGANIZATION


def test_a_town_named_in_passing_stays_a_place() -> None:
    kinds = {a.name: a.kind for a in find_actors("Students in Cambridge were sent home.")}
    assert kinds.get("Cambridge") is ActorKind.PLACE


def test_a_currencys_country_mark_names_no_country() -> None:
    text = "Ada Holm pledged US$40 million, and HK$10 more came from Norland."
    names = {a.name for a in find_actors(text)}
    assert "United States" not in names
    assert "HK" not in names
