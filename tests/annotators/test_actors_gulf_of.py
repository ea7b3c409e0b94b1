"""A place's word known alone as a name, then "of" and a name: a longer place's name
(invented sentences)."""

from __future__ import annotations

import geoarticle


def _names(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_gulf_of_a_country_is_that_gulf_not_the_persian_gulf() -> None:
    found = _names("Storms hit the Gulf of Mexico and the Gulf of Thailand.")
    assert found == {"Gulf of Mexico": "place", "Gulf of Thailand": "place"}


def test_the_gulf_alone_stays_the_persian_gulf() -> None:
    assert "Persian Gulf" in _names("Tensions rose in the Gulf on Monday.")
