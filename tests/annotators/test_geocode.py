"""The geocode step: coordinates and GeoNames ids for places and countries, nothing else."""

from __future__ import annotations

import json

import attrs
import pytest

import geoarticle
from geoarticle import Actor, ActorKind, Article, ModelError, Pipeline, PipelineConfigError
from geoarticle.annotators import REGISTRY
from geoarticle.annotators.geocode import City, Gazetteer, GeocodeAnnotator, GeoPoint, gazetteer

# An invented gazetteer: two countries, namesake cities, one known by another name.
SMALL = Gazetteer(
    countries={"AAA": GeoPoint(100, 10.0, 20.0), "BBB": GeoPoint(200, -5.0, -50.0)},
    cities=[
        City("Port Vale", "AAA", GeoPoint(1, 11.5, 21.25), 400_000, ("Vale Harbour",)),
        City("Port Vale", "BBB", GeoPoint(2, -6.0, -51.0), 30_000),
        City("Eastmere", "AAA", GeoPoint(3, 12.0, 22.0), 90_000),
        City("Eastmere", "BBB", GeoPoint(4, -7.0, -52.0), 80_000),
        City("Lonetown", "BBB", GeoPoint(5, -8.0, -53.0), 150_000),
        City("Smallville", "BBB", GeoPoint(6, -9.0, -54.0), 20_000, ("Asia",)),
    ],
    states={"Ohio": GeoPoint(5165418)},
)


def _article(*actors: Actor) -> Article:
    return Article(title="t", actors=actors)


def test_fills_countries_and_places_from_the_gazetteer() -> None:
    art = _article(
        Actor(id="country:AAA", name="Aland", kind=ActorKind.COUNTRY, country="AAA"),
        Actor(id="place:port-vale", name="Port Vale", kind=ActorKind.PLACE, country="BBB"),
        Actor(id="place:vh", name="Vale Harbour", kind=ActorKind.PLACE, country="AAA"),
        Actor(id="person:x", name="Port Vale", kind=ActorKind.PERSON, country="AAA"),
    )
    out = GeocodeAnnotator(SMALL)(art)
    country, namesake, alternate, person = out.actors
    assert (country.lat, country.lon, country.geonames_id) == (10.0, 20.0, 100)
    assert (namesake.lat, namesake.lon, namesake.geonames_id) == (-6.0, -51.0, 2)  # its country's
    assert alternate.geonames_id == 1  # by its other name
    assert person == art.actors[3]  # people are never geocoded
    assert out.title == art.title
    assert out.sections == art.sections


def test_a_place_without_country_needs_an_unambiguous_name() -> None:
    art = _article(
        Actor(id="place:a", name="Port Vale", kind=ActorKind.PLACE),  # 400k vs 30k: dominant
        Actor(id="place:b", name="Eastmere", kind=ActorKind.PLACE),  # 90k vs 80k: ambiguous
        Actor(id="place:c", name="Lonetown", kind=ActorKind.PLACE),  # the only one
        Actor(id="place:d", name="Nowhere Sea", kind=ActorKind.PLACE),
        Actor(id="place:e", name="Smallville", kind=ActorKind.PLACE),  # unique but small
        Actor(id="place:f", name="Asia", kind=ActorKind.PLACE),  # a small town's other name
    )
    a, b, c, d, e, f = GeocodeAnnotator(SMALL)(art).actors
    assert a.geonames_id == 1
    assert b.lat is None
    assert b.geonames_id is None
    assert c.geonames_id == 5
    assert d.lat is None
    assert d.geonames_id is None
    assert e.geonames_id is None
    assert f.geonames_id is None


def test_a_us_state_gets_its_id_only_and_known_points_are_kept() -> None:
    art = _article(
        Actor(id="place:ohio-usa", name="Ohio", kind=ActorKind.PLACE, country="USA"),
        Actor(
            id="place:port-vale",
            name="Port Vale",
            kind=ActorKind.PLACE,
            country="AAA",
            lat=1.0,
            lon=2.0,
        ),
    )
    state, given = GeocodeAnnotator(SMALL)(art).actors
    assert (state.lat, state.lon, state.geonames_id) == (None, None, 5165418)
    assert (given.lat, given.lon, given.geonames_id) == (1.0, 2.0, None)


def test_nothing_to_do_returns_the_same_article() -> None:
    art = _article(Actor(id="person:x", name="X", kind=ActorKind.PERSON))
    assert GeocodeAnnotator(SMALL)(art) is art


def test_step_declares_what_it_needs() -> None:
    step = REGISTRY.get("geocode")()
    assert (step.name, step.requires, step.assigns) == ("geocode", ("actors",), ("coordinates",))
    with pytest.raises(PipelineConfigError, match="'geocode' requires actors"):
        Pipeline([step])
    assert geoarticle.default_pipeline().names == ("actors", "geocode", "events")


def test_built_in_gazetteer_on_invented_text() -> None:
    text = (
        "Envoys Meet in Nairobi\n\n"
        "Diplomats from Pakistan and Kenya met in Nairobi on Tuesday. "
        "A second round is planned in Islamabad, officials in Ohio said.\n"
    )
    art = geoarticle.parse_text(text)
    nairobi = art.actor("place:nairobi")
    assert nairobi.geonames_id == 184745
    assert nairobi.lat == pytest.approx(-1.283, abs=0.01)
    assert nairobi.lon == pytest.approx(36.817, abs=0.01)
    pakistan = art.actor("country:PAK")
    islamabad = art.actor("place:islamabad")
    assert pakistan.geonames_id == 1168579  # the country's own id ...
    assert (pakistan.lat, pakistan.lon) == (islamabad.lat, islamabad.lon)  # ... at its capital
    without = geoarticle.parse_text(text, pipeline=geoarticle.default_pipeline().without("geocode"))
    assert all(a.lat is None and a.geonames_id is None for a in without.actors)
    assert [a.id for a in without.actors] == [a.id for a in art.actors]


def test_every_country_of_the_table_is_known() -> None:
    countries = gazetteer().countries
    assert len(countries) > 240
    drawn = [p for p in countries.values() if p.lat is not None]
    assert len(drawn) > 240
    for p in drawn:
        assert p.lat is not None
        assert p.lon is not None
        assert -90 <= p.lat <= 90
        assert -180 <= p.lon <= 180


def test_coordinates_round_trip_and_old_json_loads() -> None:
    art = _article(
        Actor(id="place:x", name="X", kind=ActorKind.PLACE, lat=-1.5, lon=36.25, geonames_id=7)
    )
    assert geoarticle.loads(geoarticle.dumps(art)) == art
    data = json.loads(geoarticle.dumps(art))
    data["schema_version"] = "1.1"
    for key in ("lat", "lon", "geonames_id"):
        del data["actors"][0][key]
    old = geoarticle.loads(json.dumps(data))
    assert old.actors[0] == attrs.evolve(art.actors[0], lat=None, lon=None, geonames_id=None)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"lat": 91.0, "lon": 0.0}, "Actor.lat: 91.0 is not between"),
        ({"lat": 0.0, "lon": -180.5}, "Actor.lon: -180.5 is not between"),
        ({"lat": 1.0}, "lat and lon are given together"),
        ({"geonames_id": -3}, "Actor.geonames_id"),
    ],
)
def test_coordinates_are_validated(fields: dict[str, float], message: str) -> None:
    with pytest.raises(ModelError, match=message):
        Actor(id="place:x", name="X", kind=ActorKind.PLACE, **fields)  # type: ignore[arg-type]


def test_a_place_without_country_by_its_other_name() -> None:
    art = _article(Actor(id="place:vh", name="Vale Harbour", kind=ActorKind.PLACE))
    (place,) = GeocodeAnnotator(SMALL)(art).actors
    assert place.geonames_id == 1
