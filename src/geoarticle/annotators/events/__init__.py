"""CAMEO event coding (placeholder)."""

from __future__ import annotations

import datetime as dt

from ...models import Article, Event

__all__ = ["EventAnnotator", "find_events"]


def find_events(article: Article, *, reference_date: dt.date | None = None) -> tuple[Event, ...]:
    """Events stated in the article (placeholder: none)."""
    del article, reference_date
    return ()


class EventAnnotator:
    """Fills ``Article.events`` from its text and actors (placeholder)."""

    name = "events"
    requires: tuple[str, ...] = ("actors",)
    assigns: tuple[str, ...] = ("events",)

    def __init__(self, *, reference_date: dt.date | None = None) -> None:
        self.reference_date = reference_date

    def __call__(self, article: Article) -> Article:
        return article
