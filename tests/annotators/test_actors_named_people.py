"""The name after "someone named", "a man named" is a person's, common first word or not."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_someone_named_a_person_whose_name_opens_with_a_common_word() -> None:
    actors = _kinds("On Monday someone named Man Orvan Tesk, who was unstable, took hostages.")
    assert actors.get("Man Orvan Tesk") is ActorKind.PERSON


def test_a_group_named_after_a_body_word_is_no_person() -> None:
    actors = _kinds("A man named Orvik Rescue Service came to the door.")
    assert actors.get("Orvik Rescue Service") is not ActorKind.PERSON
