"""A social-media user the prose introduces by their handle (invented text)."""

from __future__ import annotations

import geoarticle


def _mentions(text: str) -> dict[str, tuple[str, int]]:
    return {a.name: (a.kind.value, len(a.mentions)) for a in geoarticle.find_actors(text)}


def test_a_user_introduced_by_their_handle_is_a_person() -> None:
    found = _mentions(
        "Twitter user @orvik42 wrote a series of tweets. @orvik42 goes on with more pointers.\n"
        "— Dana (@orvik42) January 24, 2020"
    )
    assert found["@orvik42"] == ("person", 3)


def test_a_handle_never_introduced_names_no_one() -> None:
    assert _mentions("Follow us @orvikmedia for more. @orvikmedia posts daily.") == {}
