"""A crypto-currency's name is no place nor body (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors


def test_payment_in_bitcoin_names_no_place() -> None:
    names = {
        a.name for a in find_actors("The note asks for a payment in Bitcoin within three days.")
    }
    assert "Bitcoin" not in names
