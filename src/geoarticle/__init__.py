"""geoarticle: geopolitical articles (web pages, plain-text dumps) into typed, structured data.

>>> import geoarticle
>>> article = geoarticle.parse_text(open("dump.txt").read())   # doctest: +SKIP
>>> article.title, [a.name for a in article.actors]              # doctest: +SKIP
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .api import dumps, find_actors, find_events, loads, parse_html, parse_text
from .converters import SCHEMA_VERSION
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
    Table,
)
from .pipeline import Pipeline, default_pipeline
from .schema import json_schema
from .serializers import formats

try:
    __version__ = version("geoarticle")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

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
    "StructureError",
    "Table",
    "UnknownFormatError",
    "__version__",
    "default_pipeline",
    "dumps",
    "find_actors",
    "find_events",
    "formats",
    "json_schema",
    "loads",
    "parse_html",
    "parse_text",
]
