"""Main-content detection and the body's structure (placeholder)."""

from __future__ import annotations

from lxml.html import HtmlElement

from ...limits import Limits
from ...models import Paragraph, Section
from ._types import Body


def extract_body(root: HtmlElement, *, url: str | None, limits: Limits) -> Body:
    """Every ``<p>`` as a paragraph of one lead section (placeholder)."""
    paras = [" ".join(p.text_content().split()) for p in root.iter("p")]
    blocks = tuple(Paragraph(text=t) for t in paras if t)
    return Body(sections=(Section(blocks=blocks),) if blocks else ())
