"""Metadata from every source a page offers (placeholder)."""

from __future__ import annotations

from lxml.html import HtmlElement

from ._types import Body, Metadata


def extract_metadata(root: HtmlElement, *, url: str | None) -> Metadata:
    """The ``<title>`` only (placeholder)."""
    title = root.findtext(".//title") or ""
    return Metadata(title=" ".join(title.split()), url=url)


def complete(meta: Metadata, body: Body) -> Metadata:
    """Fill what only the body can give (placeholder: nothing)."""
    return meta
