"""An office named for the official heading it ("the Sheriff's Office") is one body."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_official_possessive_office_is_one_organisation() -> None:
    found = kinds(
        "The Dorvan County Sheriff's Office said deputies were called. "
        "The U.S. Attorney's Office in Boston filed charges."
    )
    assert found["Dorvan County Sheriff's Office"] is ActorKind.ORGANIZATION
    assert found["U.S. Attorney's Office"] is ActorKind.ORGANIZATION
    assert "Dorvan County Sheriff" not in found


def test_lower_case_office_of_a_title_is_no_name() -> None:
    found = kinds("Someone from the sheriff's office took a report in Boston.")
    assert "sheriff's office" not in found


def test_a_persons_office_is_not_joined() -> None:
    found = kinds("Mara Velnik's office said she would visit Boston.")
    assert "Mara Velnik's office" not in found
