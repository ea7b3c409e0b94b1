"""A one-word town's name that opens a person's name (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


def test_a_town_and_an_unknown_word_before_a_role_name_a_person() -> None:
    text = (
        "Yao Linwei, a marine researcher at the institute, doubts the figures. "
        "The numbers keep rising, says Yao."
    )
    actors = {a.name: a for a in find_actors(text)}
    assert actors["Yao Linwei"].kind.value == "person"
    assert "Yao" in [m.text for m in actors["Yao Linwei"].mentions]
    assert "Yao" not in actors


def test_a_town_and_an_age_name_a_person() -> None:
    assert _kinds("Milton Dravec, 41, was charged on Friday.").get("Milton Dravec") == "person"


def test_a_firm_named_for_its_town_that_speaks_is_no_person() -> None:
    kinds = _kinds("Plymouth Citibus explained that no buses would run after noon.")
    assert kinds.get("Plymouth Citibus") != "person"
