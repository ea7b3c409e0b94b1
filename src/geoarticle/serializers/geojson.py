"""``geojson``: the places and countries an article names, and the events located at them.

A GeoJSON ``FeatureCollection`` (RFC 7946): WGS84 coordinates in ``[longitude,
latitude]`` order, one ``Point`` feature per place or country that has
coordinates (filled by the ``geocode`` pipeline step), then one per event whose
``location`` is such a place, at that place's point. QGIS, kepler.gl, geopandas
and GDAL read it as it is; the ``layer`` property tells the two kinds apart.

    {"type": "FeatureCollection", "features": [
      {"type": "Feature", "id": "place:mogadishu",
       "geometry": {"type": "Point", "coordinates": [45.34375, 2.03711]},
       "properties": {"layer": "place", "actor_id": "place:mogadishu",
                      "name": "Mogadishu", "kind": "place", "country": "SOM",
                      "geonames_id": 53654, "point": "city", "mention_count": 3,
                      "event_count": 1}},
      {"type": "Feature", "id": "event:1",
       "geometry": {"type": "Point", "coordinates": [45.34375, 2.03711]},
       "properties": {"layer": "event", "event_id": "event:1", "code": "042",
                      "root": "04", "label": "Make a visit", "plover_type": "CONSULT",
                      "plover_mode": "visit", "date": "2024-03-11",
                      "date_precision": "day", "modality": "asserted",
                      "trigger": "flew to", "sources": ["Grace Wanjiru", "Kenya"],
                      "targets": ["Mogadishu", "Somalia"],
                      "source_ids": ["person:grace-wanjiru", "country:KEN"],
                      "target_ids": ["place:mogadishu", "country:SOM"],
                      "location_id": "place:mogadishu", "location": "Mogadishu",
                      "sentence": "Kenyan Foreign Minister Grace Wanjiru flew to ..."}}]}

``point`` says what the coordinates stand for: ``city`` for a place, ``capital``
for a country (a country is drawn at its capital). ``date`` is ISO 8601 at its
precision (``"2024-03"`` for a month) or null. Places without coordinates
(regions, seas, unknown names) and events at them, or with no location, are
left out: every feature has a geometry. ``events=False`` writes the places only.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from ..models import Actor, ActorKind, Article, Event
from . import Format
from ._common import actor_map, fuzzy_date

__all__ = ["FORMAT", "dumps", "feature_collection"]

_MAPPED = (ActorKind.PLACE, ActorKind.COUNTRY)


def _point(actor: Actor) -> dict[str, Any]:
    # RFC 7946 section 3.1.1: longitude first
    return {"type": "Point", "coordinates": [actor.lon, actor.lat]}


def _place(actor: Actor, events: int) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": actor.id,
        "geometry": _point(actor),
        "properties": {
            "layer": "place",
            "actor_id": actor.id,
            "name": actor.name,
            "kind": actor.kind.value,
            "country": actor.country,
            "geonames_id": actor.geonames_id,
            "point": "capital" if actor.kind is ActorKind.COUNTRY else "city",
            "mention_count": len(actor.mentions),
            "event_count": events,
        },
    }


def _event(event: Event, place: Actor, actors: dict[str, Actor]) -> dict[str, Any]:
    def names(ids: tuple[str, ...]) -> list[str]:
        return [actors[i].name for i in ids if i in actors]

    date = event.date
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": _point(place),
        "properties": {
            "layer": "event",
            "event_id": event.id,
            "code": event.code,
            "root": event.root,
            "label": event.label,
            "plover_type": event.plover_type,
            "plover_mode": event.plover_mode,
            "date": fuzzy_date(date),
            "date_precision": date.precision.value if date else None,
            "modality": event.modality.value,
            "trigger": event.trigger,
            "sources": names(event.sources),
            "targets": names(event.targets),
            "source_ids": list(event.sources),
            "target_ids": list(event.targets),
            "location_id": place.id,
            "location": place.name,
            "sentence": event.evidence[0].text if event.evidence else "",
        },
    }


def feature_collection(article: Article, *, events: bool = True) -> dict[str, Any]:
    """The article's places (and, with ``events``, their events) as a GeoJSON object."""
    actors = actor_map(article)
    located = [
        (event, actors[event.location])
        for event in article.events
        if event.location in actors and actors[event.location].lat is not None
    ]
    counts = Counter(place.id for _, place in located)
    features = [
        _place(a, counts[a.id]) for a in article.actors if a.kind in _MAPPED and a.lat is not None
    ]
    if events:
        features.extend(_event(event, place, actors) for event, place in located)
    return {"type": "FeatureCollection", "features": features}


def dumps(article: Article, *, events: bool = True, indent: int | None = 2) -> str:
    """The article's places and located events as a GeoJSON FeatureCollection."""
    return json.dumps(feature_collection(article, events=events), ensure_ascii=False, indent=indent)


FORMAT = Format(
    name="geojson",
    media_type="application/geo+json",
    dumps=dumps,
    description="GeoJSON FeatureCollection of the places and countries named, and the events at them.",
)
