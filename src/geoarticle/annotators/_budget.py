"""How much of an article the annotators read: ``Limits.max_annotated_chars``.

Actors and events are found in the blocks (and headings) that start within the
first ``max_annotated_chars`` characters of the body; the rest of a huge page is
left unannotated, with a warning, so annotating never takes unbounded time. Both
annotators use :func:`annotation_stop`, so they agree on where reading stops.
"""

from __future__ import annotations

from ..models import Article, Figure

__all__ = ["annotation_stop", "stop_warning"]

#: Position of a section's heading, before its first block.
HEADING = -1


def annotation_stop(article: Article, max_chars: int) -> tuple[int, int] | None:
    """``(section, block)`` of the first part left unread, or None when all is read.

    A heading is at block :data:`HEADING`; compare positions as tuples
    (``(si, bi) >= stop`` means "not read").
    """
    used = 0
    for si, section in enumerate(article.sections):
        if section.heading:
            if used >= max_chars:
                return (si, HEADING)
            used += len(section.heading)
        for bi, block in enumerate(section.blocks):
            if isinstance(block, Figure):
                continue
            if used >= max_chars:
                return (si, bi)
            used += len(block.text)
    return None


def stop_warning(max_chars: int) -> str:
    """The warning an annotator records when it stops early."""
    return f"only the first {max_chars} characters of the body were annotated"
