"""Sentences of page furniture (a newsletter's pitch, a reprint note, a photo credit)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_newsletter_pitch_names_nobody() -> None:
    found = names("Crews fixed the main on Monday. Get Orvik Morning in your inbox.")
    assert "Orvik Morning" not in found


def test_reprint_note_names_nobody() -> None:
    found = names("The mayor resigned. This article originally appeared on Tarvel Weekly UK.")
    assert not {"Tarvel Weekly", "Tarvel Weekly UK", "United Kingdom"} & found


def test_photo_credit_names_nobody() -> None:
    found = names("The airline joins the alliance. Featured image by Marta Olsen/Orvik Air.")
    assert "Marta Olsen" not in found
