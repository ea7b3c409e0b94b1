"""A pipeline step and a plugin for batch tests, importable by worker processes."""

from __future__ import annotations

from typing import Any

import attrs

from geoarticle import GeoArticle
from geoarticle.models import Article


@attrs.frozen
class Stamp:
    """Tags an article with ``stamp:<pid-free label>`` and its actor count; needs actors."""

    label: str = "stamp"
    name: str = "stamp"
    requires: tuple[str, ...] = ("actors",)
    assigns: tuple[str, ...] = ()

    def __call__(self, article: Article) -> Article:
        return attrs.evolve(article, tags=(*article.tags, f"{self.label}:{len(article.actors)}"))


def plugin(ga: GeoArticle, **options: Any) -> None:
    """Registers ``stamp`` (labelled ``plugged``)."""
    ga.annotators.register("stamp", lambda **kw: Stamp("plugged"))
