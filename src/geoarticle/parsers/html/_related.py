"""Related-article blocks ("Related", "Read more", "More from" ...) as RelatedLink teasers.

The headings and "Read more:" labels that open them are phrase lists of package data
(:mod:`geoarticle.parsers._clutter`); the class names of the blocks are in :mod:`._hints`.
"""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from ...models import RelatedLink
from .._clutter import READ_ALSO
from ._hints import hint, related_hint
from ._text import join_url, norm

__all__ = ["inline_related", "is_related", "link_url", "related_links"]

_CATEGORY_HINT = re.compile(r"cat|categor|tag|context|kicker|label|section|topic|rubri")
_CATEGORY_HREF = re.compile(r"/(?:category|categories|tag|tags|topics?|section|rubrik)/")
_EXCERPT_HINT = re.compile(r"excerpt|summary|desc|teaser|dek|snippet")
_TITLE_HINT = re.compile(r"(?<![a-z])(?:title|headline|heading)(?![a-z])")
_IN_QUOTES = re.compile(r'^(?:in|en|im)\s+["“”\'‘’]?(.+?)["“”\'‘’]?$', re.IGNORECASE)


def is_related(el: HtmlElement) -> bool:
    """True when class or id name ``el`` as a related-articles block."""
    h = hint(el)
    return bool(h) and related_hint(h)


def inline_related(el: HtmlElement, text: str, base: str | None) -> RelatedLink | None:
    """The teaser of a "Read more: <title>" line, or None when ``text`` is not one."""
    m = READ_ALSO.match(text)
    if not m:
        return None
    a = next(el.iter("a"), None)
    title = text[m.end() :].strip(" :-–—»>")
    if a is not None and not title:
        title = norm(a.text_content())
    if not title:
        return None
    return RelatedLink(title=title, url=link_url(a, base) if a is not None else None)


def link_url(a: HtmlElement, base: str | None) -> str | None:
    """The absolute URL a link points to; None for anchors, scripts, mail, phone and data."""
    href = (a.get("href") or "").strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    return join_url(base, href) if base else href


def _item(
    a: HtmlElement,
    block: HtmlElement,
    url: str,
    base: str | None,
    targets: dict[HtmlElement, str | None],
) -> HtmlElement:
    """The largest ancestor of ``a`` inside ``block`` that links to no other article
    (``targets``: the article URL of each link met so far, None for a category link; the
    climb meets the same links at every level)."""
    item = a
    node = a.getparent()
    while node is not None and node is not block:
        others = set()
        for x in node.iter("a"):
            if x not in targets:
                targets[x] = None if _is_category(x) else link_url(x, base)
            others.add(targets[x])
        others.discard(None)
        if others - {url}:
            break
        item = node
        node = node.getparent()
    return item


def _is_category(a: HtmlElement) -> bool:
    rel = (a.get("rel") or "").lower()
    if "tag" in rel or "category" in rel:
        return True
    h = hint(a)
    if h and _CATEGORY_HINT.search(h):
        return True
    return _CATEGORY_HREF.search(a.get("href") or "") is not None


def related_links(block: HtmlElement, base: str | None) -> list[RelatedLink]:
    """The teasers of a related block: title, absolute URL, categories, excerpt."""
    seen: dict[str, int] = {}
    out: list[RelatedLink] = []
    targets: dict[HtmlElement, str | None] = {}
    for a in block.iter("a"):
        if _is_category(a):
            continue
        url = link_url(a, base)
        title = norm(a.text_content())
        if url is None or len(title) < 8:
            continue
        if url in seen:
            prev = out[seen[url]]
            if len(title) > len(prev.title):
                out[seen[url]] = RelatedLink(
                    title=title, url=url, categories=prev.categories, excerpt=prev.excerpt
                )
            continue
        item = _item(a, block, url, base, targets)
        categories: list[str] = []
        excerpt = None
        if item is not a:
            # a box round the link is no excerpt of its own; nor is one round another link
            # to the article that repeats its title ("Read more: <title>")
            holders = set(a.iterancestors())
            linking = {
                box
                for link in item.iter("a")
                if link is not a and link_url(link, base) == url
                for box in link.iterancestors()
            }
            for node in item.iter():
                if node is a or node in holders or not isinstance(node.tag, str):
                    continue
                text = norm(node.text_content())
                if not text or text == title or (title in text and len(text) < len(title) + 3):
                    continue
                h = hint(node)
                if (node.tag == "a" and _is_category(node)) or (h and _CATEGORY_HINT.search(h)):
                    m = _IN_QUOTES.match(text)
                    label = m.group(1) if m else text
                    if label not in categories and len(label) < 60:
                        categories.append(label)
                elif (
                    node.tag in ("p", "div", "span")
                    and not (node in linking and title in text)
                    and (len(text) >= 40 or (h and _EXCERPT_HINT.search(h)))
                    and (excerpt is None or len(text) > len(excerpt))
                ):
                    excerpt = text
        seen[url] = len(out)
        out.append(RelatedLink(title=title, url=url, categories=categories, excerpt=excerpt))
    out.extend(_unlinked(block, seen))
    return out


def _unlinked(block: HtmlElement, seen: dict[str, int]) -> list[RelatedLink]:
    """Teasers of a list that name an article without linking it (``<li><span class=title>``)."""
    out = []
    for li in block.iter("li"):
        if next(li.iter("a"), None) is not None:
            continue
        title_el = next((n for n in li.iter() if _TITLE_HINT.search(hint(n) or "")), None)
        if title_el is None:
            continue
        title = norm(title_el.text_content())
        if not title:
            continue
        categories = [
            norm(n.text_content())
            for n in li.iter()
            if n is not title_el and _CATEGORY_HINT.search(hint(n) or "")
        ]
        excerpts = [
            norm(n.text_content())
            for n in li.iter()
            if n is not title_el and _EXCERPT_HINT.search(hint(n) or "")
        ]
        out.append(
            RelatedLink(
                title=title,
                categories=[c for c in categories if c],
                excerpt=excerpts[0] if excerpts else None,
            )
        )
    return out
