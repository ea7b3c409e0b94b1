"""Annotators: pipeline steps ``Article -> Article`` that add actors and events.

Each is a class configured in ``__init__`` and applied with ``__call__``; it has
a ``name`` and declares what it ``requires`` and ``assigns`` (see
:class:`geoarticle.types.Annotator`). :data:`REGISTRY` maps names to their
default factories.
"""

from __future__ import annotations

from collections.abc import Callable

from .._registry import Registry
from ..types import Annotator

__all__ = ["REGISTRY"]

#: Built-in annotator factories by name, imported on first use.
REGISTRY: Registry[Callable[..., Annotator]] = Registry(
    "annotator",
    {
        "actors": "geoarticle.annotators.actors:ActorAnnotator",
        "events": "geoarticle.annotators.events:EventAnnotator",
        "geocode": "geoarticle.annotators.geocode:GeocodeAnnotator",
    },
)
