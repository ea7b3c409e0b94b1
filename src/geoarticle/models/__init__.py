"""The typed models: frozen attrs classes that parsers build and serializers read."""

from .article import Article, Section
from .blocks import Block, BlockKind, Figure, ListBlock, Paragraph, Preformatted, Quote, Table
from .entities import (
    Actor,
    ActorKind,
    DatePrecision,
    Event,
    Evidence,
    FuzzyDate,
    Mention,
    Modality,
    Span,
)
from .media import ImageCredit, RelatedLink
from .meta import Author, AuthorKind, Dateline, FieldSource

__all__ = [
    "Actor",
    "ActorKind",
    "Article",
    "Author",
    "AuthorKind",
    "Block",
    "BlockKind",
    "DatePrecision",
    "Dateline",
    "Event",
    "Evidence",
    "FieldSource",
    "Figure",
    "FuzzyDate",
    "ImageCredit",
    "ListBlock",
    "Mention",
    "Modality",
    "Paragraph",
    "Preformatted",
    "Quote",
    "RelatedLink",
    "Section",
    "Span",
    "Table",
]
