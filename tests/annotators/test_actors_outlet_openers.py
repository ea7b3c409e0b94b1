"""A name opened by "Daily" or "Weekly" is a newspaper's, not a person's (invented text)."""

from __future__ import annotations

from geoarticle import find_actors


def test_a_daily_is_an_organisation() -> None:
    kinds = {
        a.name: a.kind.value for a in find_actors("The lawyer told Daily Orvik the case was weak.")
    }
    assert kinds.get("Daily Orvik") == "organization"
