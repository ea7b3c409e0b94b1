"""A royal known by a title and one given name keeps the title in the name (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_a_royal_is_named_with_the_title() -> None:
    text = (
        "Prince Tomas of Varnau visited the school. Queen Maria II later praised him. "
        "Tomas said he was proud."
    )
    actors = {a.name: a for a in find_actors(text)}
    assert actors["Prince Tomas"].role == "Prince"
    assert "Tomas" in actors["Prince Tomas"].aliases
    assert "Queen Maria II" in actors


def test_a_full_name_after_a_royal_title_stays_the_name() -> None:
    names = {a.name for a in find_actors("Crown Prince Mohammed bin Salman met officials.")}
    assert "Mohammed bin Salman" in names
