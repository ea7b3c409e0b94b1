"""geoarticle: geopolitical articles (web pages, plain-text dumps) into typed, structured data.

>>> import geoarticle
>>> article = geoarticle.parse_text(open("dump.txt").read())   # doctest: +SKIP
>>> article.title, [a.name for a in article.actors]              # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    GeoArticleError,
    LimitExceededError,
    ModelError,
    NotAnArticleError,
    ParseError,
    PipelineConfigError,
    PipelineError,
    SchemaVersionError,
    SerializationError,
    StructureError,
    UnknownFormatError,
)

if TYPE_CHECKING:
    from .annotators.actors import Gazetteer, GazetteerEntry
    from .api import dumps, find_actors, find_events, loads, parse_html, parse_text
    from .converters import SCHEMA_VERSION
    from .instance import GeoArticle, get_default
    from .limits import Limits
    from .models import (
        Actor,
        ActorKind,
        Article,
        Author,
        AuthorKind,
        Block,
        Dateline,
        DatePrecision,
        Event,
        Evidence,
        FieldSource,
        Figure,
        FuzzyDate,
        ImageCredit,
        ListBlock,
        Mention,
        Modality,
        Paragraph,
        Preformatted,
        Quote,
        RelatedLink,
        Section,
        Span,
        Table,
    )
    from .pipeline import Pipeline, default_pipeline
    from .schema import json_schema
    from .serializers import formats
    from .sources import parse
    from .tabular import Tables, article_id, tables, to_pandas, write_parquet

    __version__: str

# Public names load on first use: ``import geoarticle`` stays cheap (the pytest plugin and the
# command line pay for the parsers and annotators only when they use them). A name is taken
# from the first of these modules that has it (``api`` before ``serializers``: its ``dumps``).
_HOMES = (
    "models",
    "converters",
    "limits",
    "pipeline",
    "schema",
    "api",
    "sources",
    "serializers",
    "tabular",
    "instance",
)
#: Public names that live deeper than the modules of ``_HOMES``: name -> module.
_DEEP = {"Gazetteer": "annotators.actors", "GazetteerEntry": "annotators.actors"}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geoarticle")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0"


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use (PEP 562)."""
    if name == "__version__":
        value: Any = _version()
    elif name in _DEEP:
        value = getattr(importlib.import_module(f".{_DEEP[name]}", __name__), name)
    elif name in __all__:
        for home in _HOMES:
            module = importlib.import_module(f".{home}", __name__)
            if hasattr(module, name):
                value = getattr(module, name)
                break
        else:  # pragma: no cover - a name in __all__ that no module defines
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names (``__all__``): not the helpers this module imports for itself."""
    return sorted(__all__)


__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ActorKind",
    "Article",
    "Author",
    "AuthorKind",
    "Block",
    "DatePrecision",
    "Dateline",
    "Event",
    "Evidence",
    "FieldSource",
    "Figure",
    "FuzzyDate",
    "Gazetteer",
    "GazetteerEntry",
    "GeoArticle",
    "GeoArticleError",
    "ImageCredit",
    "LimitExceededError",
    "Limits",
    "ListBlock",
    "Mention",
    "Modality",
    "ModelError",
    "NotAnArticleError",
    "Paragraph",
    "ParseError",
    "Pipeline",
    "PipelineConfigError",
    "PipelineError",
    "Preformatted",
    "Quote",
    "RelatedLink",
    "SchemaVersionError",
    "Section",
    "SerializationError",
    "Span",
    "StructureError",
    "Table",
    "Tables",
    "UnknownFormatError",
    "__version__",
    "article_id",
    "default_pipeline",
    "dumps",
    "find_actors",
    "find_events",
    "formats",
    "get_default",
    "json_schema",
    "loads",
    "parse",
    "parse_html",
    "parse_text",
    "tables",
    "to_pandas",
    "write_parquet",
]
