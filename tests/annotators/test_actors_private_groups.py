"""A state named only through private people who stand for it is no actor of the text."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_family_and_children_alone_name_no_state() -> None:
    found = names("The family moved to Tarvel, where the children went to school.")
    assert not any(n in found for n in ("United States", "United Kingdom"))


def test_demonym_before_the_group_still_names_the_state() -> None:
    assert "Kenya" in names("Kenyan families fled the floods on Monday.")
