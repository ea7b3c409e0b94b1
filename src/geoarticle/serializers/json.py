"""``json``: the lossless format; ``loads(dumps(a)) == a`` for every article."""

from __future__ import annotations

import json as _json
import re
from collections.abc import Iterator
from typing import Any

import cattrs

from ..converters import structure_article, unstructure_article
from ..errors import StructureError
from ..models import Article
from . import Format

__all__ = ["FORMAT", "dumps", "loads"]


def dumps(
    article: Article,
    *,
    indent: int | None = 2,
    sort_keys: bool = False,
    converter: cattrs.Converter | None = None,
) -> str:
    """The article as JSON with a ``schema_version``; ``indent=None`` gives one line.

    ``converter`` (default: :data:`geoarticle.converters.CONVERTER`) unstructures it; a
    :class:`geoarticle.GeoArticle` passes its own."""
    return _json.dumps(
        unstructure_article(article, converter),
        ensure_ascii=False,
        indent=indent,
        sort_keys=sort_keys,
    )


def loads(data: str | bytes, *, converter: cattrs.Converter | None = None) -> Article:
    """Read an article written by :func:`dumps`; StructureError names each bad path.

    ``converter`` structures it, as for :func:`dumps`."""
    try:
        raw: Any = _json.loads(data)
    except (ValueError, RecursionError) as exc:
        raise StructureError(f"not valid JSON: {exc}", [f"$: not valid JSON: {exc}"]) from None
    _reject_lone_surrogates(raw)
    return structure_article(raw, converter)


def _read(
    data: str | bytes, *, converter: cattrs.Converter | None = None, **options: Any
) -> Article:
    """The reader of the ``json`` format: :func:`loads`; options (for the parsed formats) are ignored."""
    return loads(data, converter=converter)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _reject_lone_surrogates(raw: Any) -> None:
    """StructureError naming each string that holds a lone surrogate (``"\\ud800"``).

    JSON lets such escapes through, but no UTF-8 text can hold them, so an article
    carrying one could be read but never written again.
    """
    try:
        _json.dumps(raw, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        paths = [f"{path}: lone surrogate in a string" for path in _surrogate_paths(raw, "")]
        raise StructureError(
            f"{len(paths)} string(s) hold a lone surrogate code point", paths[:20]
        ) from None
    except (ValueError, RecursionError):  # pragma: no cover - json.loads gave it to us
        return


def _surrogate_paths(value: Any, path: str) -> Iterator[str]:
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                yield where or "$"
        elif isinstance(item, dict):
            for key, sub in item.items():
                name = f"{where}.{key}" if where else str(key)
                if _SURROGATE.search(key):
                    yield name
                stack.append((sub, name))
        elif isinstance(item, list):
            stack.extend((sub, f"{where}[{i}]") for i, sub in enumerate(item))


FORMAT = Format(
    name="json",
    media_type="application/json",
    dumps=dumps,
    description="Lossless JSON of the whole Article, with schema_version.",
    reader=_read,
)
