"""``parse_text``: plain-text dumps of article pages into an Article (placeholder)."""

from __future__ import annotations

from ..errors import NotAnArticleError
from ..limits import Limits
from ..models import Article, Paragraph, Section

__all__ = ["parse_text"]


def parse_text(text: str, *, limits: Limits | None = None) -> Article:
    """First line as title, blank-line separated paragraphs (placeholder)."""
    del limits
    chunks = [c.strip() for c in text.split("\n\n") if c.strip()]
    if not chunks:
        raise NotAnArticleError("input is empty")
    title, *rest = chunks
    return Article(title=title, sections=(Section(blocks=tuple(Paragraph(text=c) for c in rest)),))
