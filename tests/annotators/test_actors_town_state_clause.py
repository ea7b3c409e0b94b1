"""An unknown town before ", <state>" is a place though the clause goes on after the state."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def test_town_and_state_before_a_date() -> None:
    actors = {
        a.name: a
        for a in find_actors(
            "The victims were Anna Berg of Tarvelton, Idaho on November 13 and a friend."
        )
    }
    assert actors["Tarvelton"].kind is ActorKind.PLACE
