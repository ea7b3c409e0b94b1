"""Sentences of page furniture that invite readers to get in touch name no actor."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def _names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_contact_line_names_no_platform() -> None:
    text = (
        "Ann Lee said the Tarvel market would close on Monday. "
        "You can contact Orvik News on Facebook, Twitter, Instagram, or email."
    )
    names = _names(text)
    assert "Ann Lee" in names
    assert not names & {"Facebook", "Twitter", "Instagram"}


def test_help_line_names_no_body() -> None:
    text = "How to get help: in the US, call the National Calm Helpline at 555 0100."
    assert "National Calm Helpline" not in _names(text)


def test_story_sentence_with_a_platform_stays() -> None:
    text = "Facebook said on Monday it would close the Tarvel office, Ann Lee said."
    assert "Facebook" in _names(text)
