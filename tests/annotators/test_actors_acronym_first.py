"""A name opened by an acronym is a body's, never a person's (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_an_acronym_and_a_word_named_twice_is_a_body() -> None:
    found = _kinds("ORV Health is hiring pharmacists. Join ORV Health in Denver today.")
    assert found["ORV Health"] == "organization"


def test_an_acronym_and_a_word_named_once_is_no_person() -> None:
    found = _kinds("The new tent from QXT Outdoors weighs little.")
    assert found.get("QXT Outdoors") != "person"


def test_a_given_name_in_capitals_still_opens_a_person() -> None:
    assert _kinds("Dana Orrel met ANNA Velder in Paris.").get("ANNA Velder") != "organization"
