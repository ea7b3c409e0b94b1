"""``parse_html``: a web page into an Article (structure and metadata, no annotation).

Steps, each in its own module:

1. ``_load``: bytes or str to an lxml tree (charset detection, safe parser).
2. ``_meta``: metadata from JSON-LD, OpenGraph, meta tags, bylines, URL (on the
   untouched tree).
3. ``_body``: the main content as sections, figures and related links
   (may prune the tree).
4. ``_meta.complete``: what metadata can only take from the body (dateline,
   title fallback).
"""

from __future__ import annotations

from ...limits import DEFAULT_LIMITS, Limits
from ...models import Article
from . import _body, _load, _meta
from ._chain import Chain, Rule, Verdict
from ._heuristics import DEFAULT_HEURISTICS, Heuristics
from ._hints import hint_memo
from ._rules import DEFAULT_CHAIN

__all__ = [
    "DEFAULT_CHAIN",
    "DEFAULT_HEURISTICS",
    "Chain",
    "Heuristics",
    "Rule",
    "Verdict",
    "parse_html",
]


def parse_html(
    source: str | bytes,
    *,
    url: str | None = None,
    limits: Limits | None = None,
    chain: Chain = DEFAULT_CHAIN,
    heuristics: Heuristics = DEFAULT_HEURISTICS,
) -> Article:
    """Parse a web page; raises ParseError (or a subclass) when it holds no document.

    ``chain`` is the clutter rule chain (``DEFAULT_CHAIN.disable("prompt")`` lets calls to
    subscribe through), ``heuristics`` the numbers the body extraction weighs with."""
    limits = limits or DEFAULT_LIMITS
    with hint_memo():  # memo tables owned by this parse
        page = _load.load_html(source, limits=limits)
        meta = _meta.extract_metadata(page.root, url=url, limits=limits)
        body = _body.extract_body(
            page.root,
            url=url or meta.canonical_url,
            limits=limits,
            chain=chain,
            heuristics=heuristics,
            page_titles=list(meta.page_titles),
            ld_body=meta.article_body,
            descriptions=meta.descriptions,
            title=meta.title,
        )
    meta = _meta.complete(meta, body)
    return Article(
        title=meta.title,
        subtitle=meta.subtitle,
        url=meta.url,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        language=meta.language,
        authors=meta.authors,
        published=meta.published,
        modified=meta.modified,
        dateline=meta.dateline,
        categories=meta.categories,
        tags=meta.tags,
        summary=meta.summary,
        image=meta.image,
        sections=body.sections,
        image_credits=body.image_credits,
        related_links=body.related_links,
        provenance=meta.provenance,
        warnings=page.warnings + meta.warnings + body.warnings,
    )
