"""``geojson``: valid RFC 7946 (the geojson package, and a schema of our own), lon before lat."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import geoarticle
from geoarticle import Actor, ActorKind, Article, Event, Mention, Paragraph, Section

geojson = pytest.importorskip("geojson")
jsonschema = pytest.importorskip("jsonschema")

EXAMPLE = (
    Path(__file__).resolve().parents[2] / "src" / "geoarticle" / "data" / "example.txt"
).read_text(encoding="utf-8")

_POSITION = {
    "type": "array",
    "prefixItems": [
        {"type": "number", "minimum": -180, "maximum": 180},  # longitude first
        {"type": "number", "minimum": -90, "maximum": 90},
    ],
    "minItems": 2,
    "maxItems": 2,
}
#: The part of RFC 7946 this format uses: a FeatureCollection of Point features.
SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "type": "object",
    "required": ["type", "features"],
    "not": {"required": ["crs"]},  # RFC 7946 removed crs: WGS84 only
    "properties": {
        "type": {"const": "FeatureCollection"},
        "features": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["type", "geometry", "properties"],
                "properties": {
                    "type": {"const": "Feature"},
                    "id": {"type": ["string", "number"]},
                    "geometry": {
                        "type": "object",
                        "required": ["type", "coordinates"],
                        "properties": {"type": {"const": "Point"}, "coordinates": _POSITION},
                    },
                    "properties": {"type": "object"},
                },
            },
        },
    },
}


def _check(text: str) -> dict[str, Any]:
    obj = geojson.loads(text)
    assert obj.is_valid, obj.errors()
    data: dict[str, Any] = json.loads(text)
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    return data


@pytest.fixture(scope="module")
def example() -> Article:
    return geoarticle.parse_text(EXAMPLE)


def test_the_example_is_valid_geojson_with_lon_first(example: Article) -> None:
    data = _check(geoarticle.dumps(example, "geojson"))
    places = {f["id"]: f for f in data["features"] if f["properties"]["layer"] == "place"}
    mogadishu = places["place:mogadishu"]
    lon, lat = mogadishu["geometry"]["coordinates"]
    assert lon == pytest.approx(45.34, abs=0.05)  # east of Greenwich ...
    assert lat == pytest.approx(2.04, abs=0.05)  # ... just north of the equator
    props = mogadishu["properties"]
    assert props["name"] == "Mogadishu"
    assert props["kind"] == "place"
    assert props["country"] == "SOM"
    assert props["point"] == "city"
    assert props["mention_count"] == len(example.actor("place:mogadishu").mentions)
    kenya = places["country:KEN"]["properties"]
    assert kenya["point"] == "capital"
    assert kenya["geonames_id"] == example.actor("country:KEN").geonames_id
    # every mapped actor is a place or country with coordinates, and every such actor is mapped
    mapped = {a.id for a in example.actors if a.lat is not None}
    assert set(places) == mapped


def test_events_sit_at_their_location(example: Article) -> None:
    data = _check(geoarticle.dumps(example, "geojson"))
    features = data["features"]
    places = {f["id"]: f for f in features if f["properties"]["layer"] == "place"}
    events = [f for f in features if f["properties"]["layer"] == "event"]
    located = [e for e in example.events if e.location in places]
    assert [f["id"] for f in events] == [e.id for e in located]
    for feature, event in zip(events, located, strict=True):
        props = feature["properties"]
        assert feature["geometry"] == places[event.location]["geometry"]
        assert props["code"] == event.code
        assert props["label"] == event.label
        assert props["sources"] == [example.actor(i).name for i in event.sources]
        assert props["targets"] == [example.actor(i).name for i in event.targets]
        assert props["location"] == example.actor(event.location or "").name
    first = events[0]["properties"]
    assert (first["date"], first["date_precision"]) == ("2024-03-11", "day")
    counts = {pid: f["properties"]["event_count"] for pid, f in places.items()}
    assert sum(counts.values()) == len(events)


def test_places_only_and_one_line(example: Article) -> None:
    text = geoarticle.dumps(example, "geojson", events=False, indent=None)
    assert "\n" not in text
    data = _check(text)
    assert {f["properties"]["layer"] for f in data["features"]} == {"place"}


def test_unlocated_places_and_other_kinds_are_left_out() -> None:
    sec = Section(blocks=(Paragraph(text="Envoys of Ruritania met at the Red Sea."),))
    art = Article(
        sections=(sec,),
        actors=(
            Actor(
                id="country:RUR",
                name="Ruritania",
                kind=ActorKind.COUNTRY,
                lat=-33.5,
                lon=-70.25,
                geonames_id=9,
                mentions=(Mention(section=0, block=0, start=10, end=19, text="Ruritania"),),
            ),
            Actor(id="place:red-sea", name="Red Sea", kind=ActorKind.PLACE),
            Actor(id="person:x", name="X \u201cthe\u201d envoy", kind=ActorKind.PERSON),
        ),
        events=(
            Event(id="event:1", code="040", sources=("person:x",), location="place:red-sea"),
            Event(id="event:2", code="040", sources=("person:x",), location="country:RUR"),
        ),
    )
    data = _check(geoarticle.dumps(art, "geojson"))
    assert [f["id"] for f in data["features"]] == ["country:RUR", "event:2"]
    assert data["features"][0]["geometry"]["coordinates"] == [-70.25, -33.5]
    assert data["features"][1]["properties"]["sources"] == ["X \u201cthe\u201d envoy"]
    assert data["features"][1]["properties"]["date"] is None


def test_an_article_with_no_places_is_an_empty_collection() -> None:
    assert _check(geoarticle.dumps(Article(), "geojson")) == {
        "type": "FeatureCollection",
        "features": [],
    }


def test_registered_with_its_media_type() -> None:
    from geoarticle.serializers import get_format

    fmt = get_format("geojson")
    assert fmt.media_type == "application/geo+json"
    assert not fmt.readable
    assert "geojson" in geoarticle.formats()
