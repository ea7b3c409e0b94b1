"""A small named registry with lazy, import-path entries."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from typing import Generic, TypeVar

from .errors import UnknownFormatError

T = TypeVar("T")

__all__ = ["Registry"]


class Registry(Generic[T]):
    """Names mapped to objects, or to ``"module:attribute"`` paths imported on first use.

    ``version`` counts the changes (``register``, ``unregister``, ``restore``): a memo
    built from a registry keys on it, so that a replaced entry takes effect at once.
    The entries given to the constructor are its *built-ins*
    (``copy(builtins_only=True)`` starts from them alone).
    """

    def __init__(self, kind: str, entries: dict[str, str] | None = None) -> None:
        self.kind = kind
        self._builtins: dict[str, str] = dict(entries or {})
        self._paths: dict[str, str] = dict(self._builtins)
        self._loaded: dict[str, T] = {}
        self._order: dict[str, None] = dict.fromkeys(self._paths)
        self._version = 0

    @property
    def version(self) -> int:
        """A number that grows with every change to the entries."""
        return self._version

    def register(self, name: str, obj: T) -> None:
        """Add or replace ``name``."""
        self._loaded[name] = obj
        self._paths.pop(name, None)
        self._order.setdefault(name, None)
        self._version += 1

    def unregister(self, name: str) -> None:
        """Remove ``name``; UnknownFormatError when it is not registered."""
        if name not in self:
            raise UnknownFormatError(self.kind, name, self.names())
        self._loaded.pop(name, None)
        self._paths.pop(name, None)
        self._order.pop(name, None)
        self._version += 1

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
        return tuple(self._order)

    def copy(self, *, builtins_only: bool = False) -> Registry[T]:
        """An independent registry with the same entries (or only the built-in ones)."""
        new: Registry[T] = Registry(self.kind, self._builtins)
        if not builtins_only:
            new.restore(self)
        return new

    def restore(self, other: Registry[T]) -> None:
        """Make this registry hold exactly ``other``'s entries (e.g. a ``copy()`` taken
        earlier); counts as a change."""
        self._paths = dict(other._paths)
        self._loaded = dict(other._loaded)
        self._order = dict(other._order)
        self._version += 1

    def __contains__(self, name: object) -> bool:
        return name in self._paths or name in self._loaded

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __repr__(self) -> str:
        return f"Registry({self.kind!r}, {list(self.names())!r})"
