"""Decoding and parsing bytes or str into an lxml tree: the only place that does."""

from __future__ import annotations

import attrs
import lxml.html
from lxml.html import HtmlElement

from ...errors import LimitExceededError, NotAnArticleError
from ...limits import Limits


@attrs.frozen
class Page:
    """A parsed page and what was noticed while loading it."""

    root: HtmlElement
    warnings: tuple[str, ...] = ()


def load_html(source: str | bytes, *, limits: Limits) -> Page:
    """Parse ``source`` into a tree (placeholder: the HTML-body work replaces this)."""
    size = (
        len(source) if isinstance(source, bytes) else len(source.encode("utf-8", "surrogatepass"))
    )
    if size > limits.max_input_bytes:
        raise LimitExceededError(
            f"input is {size} bytes, over the limit of {limits.max_input_bytes}"
        )
    if not source.strip():
        raise NotAnArticleError("input is empty")
    return Page(lxml.html.document_fromstring(source))
