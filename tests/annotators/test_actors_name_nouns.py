"""Kinds from a name's last noun: a plural "Resorts" is a firm, a "Zone" a place; typefaces are no actors."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import ActorKind


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_resorts_company_and_economic_zone() -> None:
    found = kinds(
        "Talvora Hotels and Resorts signed the lease. "
        "The firm will also build at the Karvel Special Economic Zone."
    )
    assert found["Talvora Hotels and Resorts"] is ActorKind.ORGANIZATION
    assert found["Karvel Special Economic Zone"] is ActorKind.PLACE


def test_typeface_menu_names_no_actors() -> None:
    found = kinds("Font\n\nPalatino Linotype\n\nArial Black\n\nLucida Console\n\nVerdana")
    assert not found
