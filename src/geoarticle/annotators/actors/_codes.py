"""CAMEO-style actor codes: a country code followed by sector codes."""

from __future__ import annotations

from ...models import ActorKind

__all__ = ["actor_code"]


def actor_code(kind: ActorKind, country: str | None, sector: str = "") -> str | None:
    """The code for an actor of ``kind`` in ``country`` working in ``sector``.

    Countries get their ISO code ("PAK"); people and organisations get country
    plus sector ("USAGOV", "PAKJRN") when both are known, a bare sector for an
    international body ("IGO"), and no code when nothing is known.
    """
    if kind is ActorKind.COUNTRY:
        return country
    if kind is ActorKind.PLACE:
        return None
    if sector.startswith(("IGO", "IMG")):
        return sector
    if country and sector:
        return country + sector
    if kind is ActorKind.ARMED_GROUP and country:
        return country + "INS"
    return None
