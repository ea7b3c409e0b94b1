"""Actor recognition, classification, normalisation and linking (placeholder)."""

from __future__ import annotations

from ...models import Actor, Article

__all__ = ["ActorAnnotator", "find_actors"]


def find_actors(text: str) -> tuple[Actor, ...]:
    """Every actor named in ``text``; mention offsets index ``text`` (placeholder: none)."""
    del text
    return ()


class ActorAnnotator:
    """Fills ``Article.actors`` (placeholder: leaves the article as it is)."""

    name = "actors"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ("actors",)

    def __call__(self, article: Article) -> Article:
        return article
