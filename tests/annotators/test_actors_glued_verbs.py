"""A speech verb glued to a linked name ("As Ann Leereports, ...") is cut off the name."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_glued_reports_is_cut_off_the_surname() -> None:
    names = {
        a.name
        for a in find_actors(
            "It is an evasion of rules. As Marta Tesquereports, the company ignored the city."
        )
    }
    assert "Marta Tesque" in names


def test_a_word_ending_like_a_verb_is_left_whole() -> None:
    names = {a.name for a in find_actors("Officials in Kansas said the storm had passed.")}
    assert "Kansas" in names
