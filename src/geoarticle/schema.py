"""The JSON Schema (draft 2020-12) of the ``json`` format, derived from the models."""

from __future__ import annotations

import copy
import datetime as dt
import enum
import functools
import types
import typing
from typing import Any

import attrs

from .converters import SCHEMA_VERSION
from .models import Article
from .models.blocks import BLOCK_TYPES, Block

__all__ = ["json_schema"]

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    type(None): {"type": "null"},
    dt.datetime: {"type": "string", "format": "date-time"},
    dt.date: {"type": "string", "format": "date"},
}


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def of(self, tp: Any) -> dict[str, Any]:
        if tp in _SCALARS:
            return dict(_SCALARS[tp])
        if tp is Block:
            return {"oneOf": [self.ref(cls) for cls in BLOCK_TYPES]}
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            return {"anyOf": [self.of(a) for a in typing.get_args(tp)]}
        if origin is tuple:
            item, *_ = typing.get_args(tp)
            return {"type": "array", "items": self.of(item)}
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return {"type": "string", "enum": [m.value for m in tp]}
        if attrs.has(tp):
            return self.ref(tp)
        raise TypeError(f"no JSON Schema for {tp!r}")  # pragma: no cover - a new model type

    def ref(self, cls: type) -> dict[str, Any]:
        name = cls.__name__
        if name not in self.defs:
            self.defs[name] = {}  # placeholder against recursion
            self.defs[name] = self.object(cls)
        return {"$ref": f"#/$defs/{name}"}

    def object(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        props: dict[str, Any] = {}
        required: list[str] = []
        kind = getattr(cls, "kind", None)
        if cls in BLOCK_TYPES and isinstance(kind, str):
            props["type"] = {"const": kind}
            required.append("type")
        for field in attrs.fields(cls):
            props[field.name] = self.of(hints[field.name])
            if field.default is attrs.NOTHING:
                required.append(field.name)
        out: dict[str, Any] = {"type": "object", "properties": props, "required": required}
        if cls.__doc__:
            out = {"description": cls.__doc__.strip().split("\n\n")[0], **out}
        return out


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    builder = _Builder()
    root = builder.object(Article)
    root["properties"] = {
        "schema_version": {"type": "string", "pattern": rf"^{SCHEMA_VERSION.split('.')[0]}\.\d+$"},
        **root["properties"],
    }
    root["required"] = ["schema_version", *root["required"]]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://geoarticle.invalid/schema/article-{SCHEMA_VERSION}.json",
        "title": "geoarticle Article",
        **root,
        "$defs": builder.defs,
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema every ``dumps(article, "json")`` output validates against."""
    return copy.deepcopy(_schema())
