"""Protocols for the pluggable parts: annotators and serializers."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .models import Article

__all__ = ["Annotator", "Dumps"]


@runtime_checkable
class Annotator(Protocol):
    """A pipeline step: takes an Article, returns a new one (never mutates).

    ``requires`` names the fields earlier steps must have filled; ``assigns``
    names those this step fills. The pipeline checks the order when built.
    """

    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, article: Article) -> Article: ...


class Dumps(Protocol):
    """A serializer: a pure function from Article to text."""

    def __call__(self, article: Article) -> str: ...
