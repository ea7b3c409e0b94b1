"""``json``: the lossless format; ``loads(dumps(a)) == a`` for every article."""

from __future__ import annotations

import json as _json
from typing import Any

from ..converters import structure_article, unstructure_article
from ..errors import StructureError
from ..models import Article
from . import Format

__all__ = ["FORMAT", "dumps", "loads"]


def dumps(article: Article, *, indent: int | None = 2, sort_keys: bool = False) -> str:
    """The article as JSON with a ``schema_version``; ``indent=None`` gives one line."""
    return _json.dumps(
        unstructure_article(article), ensure_ascii=False, indent=indent, sort_keys=sort_keys
    )


def loads(data: str | bytes) -> Article:
    """Read an article written by :func:`dumps`; StructureError names each bad path."""
    try:
        raw: Any = _json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise StructureError(f"not valid JSON: {exc}", [f"$: not valid JSON: {exc}"]) from None
    return structure_article(raw)


FORMAT = Format(
    name="json",
    media_type="application/json",
    dumps=dumps,
    description="Lossless JSON of the whole Article, with schema_version.",
    readable=True,
)
