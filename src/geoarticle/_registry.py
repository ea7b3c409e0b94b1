"""A small named registry with lazy, import-path entries."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Generic, TypeVar

from .errors import UnknownFormatError

T = TypeVar("T")

__all__ = ["Registry"]


class Registry(Generic[T]):
    """Names mapped to objects, or to ``"module:attribute"`` paths imported on first use."""

    def __init__(self, kind: str, entries: dict[str, str] | None = None) -> None:
        self.kind = kind
        self._paths: dict[str, str] = dict(entries or {})
        self._loaded: dict[str, T] = {}

    def register(self, name: str, obj: T) -> None:
        """Add or replace ``name``."""
        self._loaded[name] = obj
        self._paths.pop(name, None)

    def get(self, name: str) -> T:
        """The object registered as ``name``; UnknownFormatError lists the known names."""
        if name in self._loaded:
            return self._loaded[name]
        path = self._paths.get(name)
        if path is None:
            raise UnknownFormatError(self.kind, name, self.names())
        module, _, attr = path.partition(":")
        obj: T = getattr(importlib.import_module(module), attr)
        self._loaded[name] = obj
        return obj

    def names(self) -> tuple[str, ...]:
        """Every registered name, in registration order."""
        return tuple(dict.fromkeys([*self._paths, *self._loaded]))

    def __contains__(self, name: object) -> bool:
        return name in self._paths or name in self._loaded

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())
