"""An adjective of names before a body the gazetteer knows makes one body ("National Treasury")."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def test_national_treasury_is_one_body() -> None:
    actors = {
        a.name: a
        for a in find_actors(
            "The tax chief called on National Treasury to allocate more money to the agency."
        )
    }
    assert actors["National Treasury"].kind is ActorKind.ORGANIZATION
    assert "Treasury" not in actors
