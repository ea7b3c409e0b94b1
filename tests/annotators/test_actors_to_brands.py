"""Two capitalised words joined by "to", named again, are one brand (invented text)."""

from __future__ import annotations

import geoarticle


def _kinds(text: str) -> dict[str, str]:
    return {a.name: a.kind.value for a in geoarticle.find_actors(text)}


def test_a_brand_of_two_words_joined_by_to_is_one_body() -> None:
    found = _kinds(
        "In 2019, she created Quells to Velds with Dana Orrel. "
        "Our goal at Quells to Velds is simple. Quells to Velds wigs are new."
    )
    assert found.get("Quells to Velds") == "organization"


def test_a_route_between_two_known_places_stays_two_places() -> None:
    found = _kinds("They went from London to Paris. Then from London to Paris again.")
    assert found == {"London": "place", "Paris": "place"}


def test_a_phrase_named_once_is_left_alone() -> None:
    assert "Quells to Velds" not in _kinds("She sold Quells to Velds last year.")


def test_a_collection_by_its_maker_named_again_is_one_brand() -> None:
    found = _kinds(
        "Orvik Hotels opened it as part of The Unbound Quell by Orvik. "
        "The Unbound Quell by Orvik brand is a portfolio."
    )
    assert found.get("Unbound Quell by Orvik") == "organization"


def test_a_place_struck_by_a_state_stays_apart() -> None:
    found = _kinds(
        "The Tarvel Valley by Russia was hit. Strikes on Tarvel Valley by Russia went on."
    )
    assert "Russia" in found
