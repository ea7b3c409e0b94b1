"""Serializers: pure functions from an Article to text, registered by format name.

Each format lives in its own module and exposes ``FORMAT``, a :class:`Format`.
``dumps(article, "markdown")`` looks the format up in :data:`REGISTRY` and calls
it; :func:`register` adds a format of your own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from .._registry import Registry
from ..models import Article

__all__ = ["REGISTRY", "Format", "dumps", "formats", "get_format", "register"]


@attrs.frozen(kw_only=True)
class Format:
    """An output format: its name, media type and writer."""

    name: str
    media_type: str
    #: Pure function from Article (and keyword options) to text.
    dumps: Callable[..., str]
    description: str = ""
    #: True when ``geoarticle.loads(..., name)`` can read the output back.
    readable: bool = False


#: Built-in formats, imported on first use.
REGISTRY: Registry[Format] = Registry(
    "format",
    {
        "json": "geoarticle.serializers.json:FORMAT",
        "text": "geoarticle.serializers.text:FORMAT",
        "markdown": "geoarticle.serializers.markdown:FORMAT",
        "html": "geoarticle.serializers.html:FORMAT",
        "jsonld": "geoarticle.serializers.jsonld:FORMAT",
        "ninjs": "geoarticle.serializers.ninjs:FORMAT",
        "events-jsonl": "geoarticle.serializers.events_jsonl:FORMAT",
        "geojson": "geoarticle.serializers.geojson:FORMAT",
    },
)


def register(fmt: Format) -> None:
    """Add (or replace) a format in the default registry."""
    REGISTRY.register(fmt.name, fmt)


def get_format(name: str) -> Format:
    """The format registered as ``name``; UnknownFormatError lists the others."""
    return REGISTRY.get(name)


def formats() -> tuple[str, ...]:
    """Names of every format that can be written."""
    return REGISTRY.names()


def dumps(article: Article, format: str = "json", **options: Any) -> str:
    """Write ``article`` in ``format``; options go to that format's writer."""
    return get_format(format).dumps(article, **options)
