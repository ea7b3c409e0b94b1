"""An unknown acronym joins the actor whose initials it is, or names a common thing (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_acronym_before_its_long_form_joins_it() -> None:
    text = "TVI Premier Oskar Velde was held. Voters in the Tarn Valley Islands stayed home."
    actors = {a.name: a for a in find_actors(text)}
    assert "TVI" not in actors
    assert "TVI" in actors["Tarn Valley Islands"].aliases


def test_acronym_with_the_small_words_joins_the_body() -> None:
    text = "The Commission of Harbours met. The COH report comes out next week."
    actors = {a.name: a for a in find_actors(text)}
    assert "COH" not in actors
    assert "COH" in actors["Commission of Harbours"].aliases


def test_acronym_defined_in_lower_case_is_no_actor() -> None:
    text = "Over the long-run spending plan (LRSP) period, the council will spend more."
    assert "LRSP" not in {a.name for a in find_actors(text)}


def test_an_acronym_of_no_name_stays() -> None:
    text = "The QZT said on Monday it would appeal."
    assert "QZT" in {a.name for a in find_actors(text)}
