"""A title held "of" a place ("the Duke of Tarvel") names a person, not the place."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def test_place_of_a_title_is_no_place() -> None:
    actors = find_actors("The Duke of Edinburgh went to hospital, Ann Lee said in Leeds.")
    names = {a.name for a in actors}
    assert "Edinburgh" not in names
    assert "Leeds" in names


def test_title_after_a_named_person_is_an_alias() -> None:
    text = (
        "Catherine Vale met the mayor on Monday. Catherine, Duchess of Cambridge, "
        "said she was pleased."
    )
    actors = {a.name: a for a in find_actors(text)}
    assert "Cambridge" not in actors
    vale = actors["Catherine Vale"]
    assert vale.kind is ActorKind.PERSON
    assert "Duchess of Cambridge" in vale.aliases


def test_a_body_named_after_the_title_stays() -> None:
    names = {a.name for a in find_actors("Patients waited at the Prince of Wales Hospital.")}
    assert any("Hospital" in n for n in names)


def test_place_without_a_title_stays() -> None:
    kinds = {a.name: a.kind for a in find_actors("Ann Lee moved from Edinburgh to Cambridge.")}
    assert kinds["Edinburgh"] is ActorKind.PLACE
