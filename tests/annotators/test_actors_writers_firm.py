"""The firm a page's writers speak for, or send the reader to, after "at" (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_at_a_firm_we_do_is_the_firm() -> None:
    assert _kinds("At Orvik, we provide training data for hospitals.")["Orvik"] == "organization"


def test_learn_more_at_a_firm_is_the_firm() -> None:
    assert _kinds("Learn more at Tarvelo.")["Tarvelo"] == "organization"


def test_a_visit_told_in_the_past_stays_a_place() -> None:
    assert _kinds("At Orvik, we waited for the ferry.")["Orvik"] == "place"
