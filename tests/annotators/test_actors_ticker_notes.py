"""A note of a stock's listing, "(NYSE: ORV)", names no actor (invented sentences)."""

from __future__ import annotations

import geoarticle


def _names(text: str) -> set[str]:
    return {a.name for a in geoarticle.find_actors(text)}


def test_the_exchange_and_the_ticker_are_no_actors() -> None:
    found = _names("Orvik Corp (NYSE: ORV) announced the opening. Tarvel Inc. (Nasdaq: TRVL) fell.")
    assert found == {"Orvik Corp", "Tarvel Inc."}


def test_the_exchange_named_in_prose_stays() -> None:
    assert "NYSE" in _names("Shares fell on the NYSE on Monday.")
