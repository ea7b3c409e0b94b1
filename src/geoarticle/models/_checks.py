"""Field validators shared by the models; each raises ModelError naming the field."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import attrs

from ..errors import ModelError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

ISO3 = re.compile(r"[A-Z]{3}\Z")
CAMEO_ACTOR = re.compile(r"(?:[A-Z]{3})+\Z")
CAMEO_EVENT = re.compile(r"\d{2,4}\Z")
BCP47 = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*\Z")


def _owner(inst: Any) -> str:
    return type(inst).__name__


def of(*types: type) -> Validator:
    """The value is an instance of one of ``types`` (bool is never accepted as int)."""
    names = " or ".join(t.__name__ for t in types)

    def check(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, types) or (isinstance(value, bool) and bool not in types):
            raise ModelError.at(
                _owner(inst), attr.name, f"expected {names}, got {type(value).__name__}"
            )

    return check


def optional_of(*types: type) -> Validator:
    """None or an instance of one of ``types``."""
    inner = of(*types)

    def check(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            inner(inst, attr, value)

    return check


def tuple_of(*types: type) -> Validator:
    """A tuple whose every item is an instance of one of ``types``."""
    names = " or ".join(t.__name__ for t in types)

    def check(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise ModelError.at(
                _owner(inst), attr.name, f"expected tuple, got {type(value).__name__}"
            )
        for i, item in enumerate(value):
            if not isinstance(item, types):
                raise ModelError.at(
                    _owner(inst),
                    f"{attr.name}[{i}]",
                    f"expected {names}, got {type(item).__name__}",
                )

    return check


def matches(pattern: re.Pattern[str], what: str, optional: bool = True) -> Validator:
    """A string matching ``pattern`` (or None when ``optional``)."""

    def check(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        if value is None and optional:
            return
        if not isinstance(value, str) or not pattern.match(value):
            raise ModelError.at(_owner(inst), attr.name, f"{value!r} is not {what}")

    return check


_int = of(int)  # built once: validators run for every model field


def non_negative(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
    """An int >= 0."""
    if type(value) is not int:  # a plain int passes: checked only otherwise, for speed
        _int(inst, attr, value)
    if value < 0:
        raise ModelError.at(_owner(inst), attr.name, f"must be >= 0, got {value}")


def optional_non_negative(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
    """None or an int >= 0."""
    if value is not None:
        non_negative(inst, attr, value)


def to_tuple(value: Any) -> Any:
    """Converter: lists become tuples so that models stay hashable and immutable."""
    if isinstance(value, list):
        return tuple(value)
    return value
