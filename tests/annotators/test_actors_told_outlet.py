"""One unknown word told something is a newsroom; a known surname stays its person (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in find_actors(text)}


def test_an_unknown_word_told_is_a_newsroom() -> None:
    assert _kinds("The dealer in Florida told Velnews.").get("Velnews") == "organization"


def test_a_known_surname_told_is_its_person() -> None:
    actors = {a.name: a for a in find_actors("Ann Orrel spoke first. The judge later told Orrel.")}
    assert "Orrel" in [m.text for m in actors["Ann Orrel"].mentions]
    assert "Orrel" not in actors
