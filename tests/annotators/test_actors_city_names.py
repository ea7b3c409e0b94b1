"""Names closed by "City": a town unless the text treats it as a team."""

from __future__ import annotations

import pytest

from geoarticle import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rockets struck Tarvel City overnight, residents said.", "Tarvel City"),
        ("The senator flew back to Dunmore City on Friday.", "Dunmore City"),
        ("Shelling hit Gaza City on Monday, medics said.", "Gaza City"),
    ],
)
def test_a_city_name_is_a_place(text: str, name: str) -> None:
    assert _kinds(text)[name] is ActorKind.PLACE


def test_a_city_team_stays_an_organisation() -> None:
    text = (
        "Ann Lee is married to Manchester City midfielder Tom Brake. "
        "Speaking to Manchester City last year, Brake said he was happy."
    )
    kinds = _kinds(text)
    assert kinds["Manchester City"] is ActorKind.ORGANIZATION
    assert sum(1 for a in find_actors(text) if a.name == "Manchester City") == 1
