"""The cattrs converter that turns models into JSON-ready data and back.

``make_converter()`` returns a fresh, fully configured converter; ``CONVERTER``
is a module-level instance that geoarticle itself never mutates. Structuring is
strict: a number where a string belongs is an error, not a silent ``str()``.
Blocks carry a ``"type"`` tag (``paragraph``, ``list`` ...).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator, Mapping
from typing import Any

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.gen import make_dict_unstructure_fn

from .errors import ModelError, SchemaVersionError, StructureError
from .models import ActorKind, Article, AuthorKind, DatePrecision, Modality
from .models.blocks import BLOCK_TYPES, Block

__all__ = [
    "CONVERTER",
    "SCHEMA_VERSION",
    "make_converter",
    "structure_article",
    "unstructure_article",
]

#: Version of the JSON layout: major changes break readers, minor ones add fields.
SCHEMA_VERSION = "1.3"


def _strict(tp: type, name: str) -> Any:
    def hook(value: Any, _: Any) -> Any:
        if not isinstance(value, tp) or (tp is not bool and isinstance(value, bool)):
            raise TypeError(f"expected {name}, got {_json_type(value)}")
        return value

    return hook


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {
        bool: "bool",
        int: "int",
        float: "float",
        str: "str",
        list: "array",
        dict: "object",
    }.get(type(value), type(value).__name__)


def _structure_float(value: Any, _: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"expected number, got {_json_type(value)}")
    return float(value)


def _structure_datetime(value: Any, _: Any) -> dt.datetime:
    if not isinstance(value, str):
        raise TypeError(f"expected ISO 8601 date-time string, got {_json_type(value)}")
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"invalid ISO 8601 date-time {value!r}") from None


def _structure_date(value: Any, _: Any) -> dt.date:
    if not isinstance(value, str):
        raise TypeError(f"expected ISO 8601 date string, got {_json_type(value)}")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"invalid ISO 8601 date {value!r}") from None


def make_converter() -> cattrs.Converter:
    """A new converter configured for geoarticle's models."""
    conv = cattrs.Converter(detailed_validation=True)
    conv.register_structure_hook(str, _strict(str, "str"))
    conv.register_structure_hook(int, _strict(int, "int"))
    conv.register_structure_hook(bool, _strict(bool, "bool"))
    conv.register_structure_hook(float, _structure_float)
    # The str hook would also catch our str-valued enums: give each its own.
    for enum_type in (ActorKind, AuthorKind, DatePrecision, Modality):
        conv.register_structure_hook(enum_type, _enum_hook(enum_type))
    conv.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
    conv.register_structure_hook(dt.datetime, _structure_datetime)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(dt.date, _structure_date)
    _configure_blocks(conv)
    _guard_sequences(conv)
    return conv


def _enum_hook(tp: type[enum.Enum]) -> Any:
    values = ", ".join(repr(m.value) for m in tp)

    def hook(value: Any, _: Any) -> enum.Enum:
        try:
            return tp(value)
        except ValueError:
            raise ValueError(f"{value!r} is not one of {values}") from None

    return hook


def _configure_blocks(conv: cattrs.Converter) -> None:
    """Blocks are a union tagged by ``"type"``: the block's ``kind``."""
    by_tag: dict[str, type] = {_kind(cls): cls for cls in BLOCK_TYPES}

    def structure(value: Any, _: Any) -> Any:
        if not isinstance(value, Mapping):
            raise TypeError(f"expected object, got {_json_type(value)}")
        tag = value.get("type")
        cls = by_tag.get(tag) if isinstance(tag, str) else None
        if cls is None:
            raise ValueError(f"unknown block type {tag!r}; known: {', '.join(by_tag)}")
        return conv.structure({k: v for k, v in value.items() if k != "type"}, cls)

    conv.register_structure_hook(Block, structure)
    for cls in BLOCK_TYPES:
        plain: Any = make_dict_unstructure_fn(cls, conv)
        conv.register_unstructure_hook(cls, _tagged(_kind(cls), plain))


def _kind(cls: type) -> str:
    kind: str = getattr(cls, "kind")  # noqa: B009  (a ClassVar of every block type)
    return kind


def _tagged(tag: str, plain: Any) -> Any:
    def hook(value: Any) -> dict[str, Any]:
        return {"type": tag, **plain(value)}

    return hook


def _is_homogeneous_tuple(tp: Any) -> bool:
    args: tuple[Any, ...] = getattr(tp, "__args__", ())
    return getattr(tp, "__origin__", None) is tuple and len(args) == 2 and args[1] is Ellipsis


def _guard_sequences(conv: cattrs.Converter) -> None:
    """Reject a string or object where an array belongs (cattrs would iterate it)."""

    def factory(tp: Any) -> Any:
        hook = homogenous_tuple_structure_factory(tp, conv)

        def guarded(value: Any, t: Any) -> Any:
            if not isinstance(value, (list, tuple)):
                raise TypeError(f"expected array, got {_json_type(value)}")
            return hook(value, t)

        return guarded

    conv.register_structure_hook_factory(_is_homogeneous_tuple, factory)


CONVERTER = make_converter()


def unstructure_article(
    article: Article, converter: cattrs.Converter | None = None
) -> dict[str, Any]:
    """The article as JSON-ready data, with ``schema_version`` first."""
    data = (converter or CONVERTER).unstructure(article)
    return {"schema_version": SCHEMA_VERSION, **data}


def _located(path: str, exc: BaseException) -> str:
    """``"path: message"`` for an error met at ``path`` of the document.

    A ModelError carries the field it refused (``exc.path``, relative to its model): it
    is joined to the model's path, unless cattrs already put the error on that field.
    """
    msg = _format(exc)
    if isinstance(exc, ModelError) and exc.path:
        field, msg = exc.path, exc.reason
        leaf = field.split(".")[0].split("[")[0]
        if not path:
            path = field
        elif not path.rsplit(".", 1)[-1].startswith(leaf):
            path = f"{path}.{field}"
    return f"{path}: {msg}" if path else msg


def _errors(exc: BaseException, path: str = "") -> Iterator[tuple[str, BaseException]]:
    """Each leaf error of a cattrs validation error with its path (``sections[0].title``)."""
    if isinstance(exc, (cattrs.ClassValidationError, cattrs.IterableValidationError)):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            if isinstance(note, cattrs.AttributeValidationNote):
                where = f"{path}.{note.name}" if path else note.name
            else:
                where = f"{path}[{note.index!r}]"
            yield from _errors(sub, where)
        for sub in without:
            yield from _errors(sub, path)
    else:
        yield path, exc


def _format(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    return str(exc) or type(exc).__name__


def structure_article(data: Any, converter: cattrs.Converter | None = None) -> Article:
    """Build an Article from JSON-ready data; StructureError names each bad path."""
    if not isinstance(data, Mapping):
        raise StructureError(
            f"expected a JSON object, got {_json_type(data)}",
            [f"$: expected object, got {_json_type(data)}"],
        )
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, str) or version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise SchemaVersionError(
            f"schema_version {version!r} is not supported (this release reads {SCHEMA_VERSION.split('.')[0]}.x)"
        )
    body = {k: v for k, v in data.items() if k != "schema_version"}
    try:
        return (converter or CONVERTER).structure(body, Article)
    except cattrs.BaseValidationError as exc:
        lines = [_located(path, error) for path, error in _errors(exc)]
        raise StructureError(
            lines[0] if len(lines) == 1 else f"{lines[0]} (and {len(lines) - 1} more)", lines
        ) from None
    except ModelError as exc:
        line = _located("", exc)
        raise StructureError(line, [line]) from None
