"""Live blogs: a series of timed posts becomes a series of sections, one per post.

A box holds a live blog when at least ``live_posts`` of its children are posts: boxes
marked ``itemprop="liveBlogUpdate"``, or holding a ``<time>`` and a paragraph of prose
with few links, in a post's length; together they hold most of the box's text. Each post opens a section
headed by its title (its first heading), and its header (the time, which a reader sees as
"14:32" or "2 minutes ago", with the author's name or a "key event" mark beside it) stays
out of the text.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from ._heuristics import Heuristics
from ._text import norm

__all__ = ["live_posts", "post_header", "post_title", "timed"]

_TITLES = ("h2", "h3", "h4", "h5")


def timed(containers: list[HtmlElement]) -> set[HtmlElement]:
    """The elements of ``containers`` that hold a ``<time>`` (what a post must hold)."""
    out: set[HtmlElement] = set()
    for c in containers:
        for t in c.iter("time"):
            for a in t.iterancestors():
                if a in out:
                    break
                out.add(a)
                if a is c:
                    break
    return out


def _post(el: HtmlElement, h: Heuristics, holders: set[HtmlElement]) -> bool:
    if el.get("itemprop") == "liveBlogUpdate":
        return True
    if el not in holders:
        return False
    n = len(el.text_content())
    if not n or n > h.live_post_chars:
        return False  # a whole article of a page of several, not a post
    links = sum(len(a.text_content()) for a in el.iter("a"))
    if links > h.live_link_share * n:
        return False
    return any(len(p.text_content()) >= h.live_prose for p in el.iter("p"))


def live_posts(el: HtmlElement, h: Heuristics, holders: set[HtmlElement]) -> set[HtmlElement]:
    """The children of ``el`` that are posts of a live blog (empty when ``el`` is none);
    ``holders`` are the elements that hold a ``<time>`` (see :func:`timed`)."""
    if el not in holders:
        return set()
    kids = [c for c in el if isinstance(c.tag, str)]
    if len(kids) < h.live_posts:
        return set()
    posts = [c for c in kids if _post(c, h, holders)]
    if len(posts) < h.live_posts:
        return set()
    # the other entries of the same kind are posts too (a post of one link, a photo)
    kinds = {(p.tag, p.get("class")) for p in posts}
    posts = [c for c in kids if (c.tag, c.get("class")) in kinds or c in posts]
    held = sum(len(p.text_content()) for p in posts)
    return set(posts) if held >= h.wrapper_share * len(el.text_content()) else set()


def post_header(post: HtmlElement, h: Heuristics) -> list[HtmlElement]:
    """The header lines of a post: for each ``<time>``, the largest box around it that holds
    no paragraph and little text (the time, the author's name, a "key event" mark)."""
    out: list[HtmlElement] = []
    for t in post.iter("time"):
        top = t
        for a in t.iterancestors():
            if a is post or next(a.iter("p"), None) is not None:
                break
            if len(a.text_content()) > h.live_header_chars:
                break
            top = a
        if not any(top is o or o in top.iterancestors() for o in out):
            out.append(top)
    return out


def post_title(post: HtmlElement) -> tuple[str | None, HtmlElement | None]:
    """The title of a post (its first heading) and the element that holds it."""
    for t in post.iter(*_TITLES):
        text = norm(t.text_content())
        if text:
            return text, t
    return None, None
