"""A paper whose name opens with another language's article, as a source, is a body."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def test_interview_with_a_paper_named_with_an_article() -> None:
    actors = {
        a.name: a.kind
        for a in find_actors(
            "The museum's director said so in an interview with Le Tarvelien on Sunday."
        )
    }
    assert actors.get("Le Tarvelien") is ActorKind.ORGANIZATION
