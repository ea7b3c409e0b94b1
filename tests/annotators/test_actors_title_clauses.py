"""A run of capitals holding a pronoun, a question word or a verb is a clause, no name."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_book_title_with_a_pronoun_names_nothing() -> None:
    found = names("In Why We’re Divided, Ezra Klein sets out to answer a simple question.")
    assert "Ezra Klein" in found
    assert not any("Divided" in name for name in found)


def test_title_case_verb_joins_no_name() -> None:
    found = names("Anna Berg Is Leaving The Orvik Herald after ten years.")
    assert not any(name.endswith(" Is") or " Is " in name for name in found)
