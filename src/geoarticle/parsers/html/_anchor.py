"""The title anchor: the heading that shows the page's title, and the container it vouches for.

A page that stacks several articles (an endless scroll rendered server-side), or sets a
short article beside a longer block (other stories, an author's biography), can give the
container search a best candidate that is not the article the page is about. The page
says which one it is about: its title. The *title heading* is the first ``<h1>`` (else
``<h2>``, ``<h3>``) whose text is the page's title (the chosen title, ``og:title`` or the
``<title>``, compared without case, spaces or punctuation, at least
``Heuristics.anchor_title_min`` characters). The *title's region* runs from it to the next
heading built like it, the same tag and class (the next article's title in a template that
stacks articles; a copy of the title is none).

Two steps of the container search (:mod:`._score`) weigh it:

- **title-anchor**: the best candidate is left alone when it holds the title heading, or
  when nothing but text lies between the title and it. When a heading stands between
  them (the next article's title, "About the author") the candidate belongs to that
  heading, and the best candidate of the title's region (after the title heading and
  before that heading, or holding the title; at least ``anchor_min_chars`` characters)
  takes its place when it is strong enough. A heading built like the title is strong
  evidence: the title's candidate wins when it scores at least ``anchor_share`` of the
  best. Any other heading (an ``<h2>`` box label) is weak evidence: the title's candidate
  wins only over a short box (at most ``anchor_box_chars`` characters) and when it
  scores at least ``anchor_box_share`` of it.
- **title-fence**: a candidate inside the title's region does not climb or widen to an
  element that holds the next article's title: two stacked articles are not one article
  split into boxes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from lxml.html import HtmlElement

from ._heuristics import Heuristics
from ._meta_title import title_key
from ._text import HEADINGS

__all__ = ["TitleRegion", "anchored", "title_region"]

_TITLE_TAGS = ("h1", "h2", "h3")


class TitleRegion:
    """The title heading of a page and the heading that ends its region (``None``: the
    region runs to the end of the page)."""

    __slots__ = ("end", "heading", "key", "seps")

    def __init__(self, heading: HtmlElement, end: HtmlElement | None, key: str) -> None:
        self.heading = heading
        self.end = end
        self.key = key
        #: the separator found before each candidate asked about (see ``_separator``)
        self.seps: dict[HtmlElement, tuple[HtmlElement | None, bool]] = {}

    def fence(self, top: HtmlElement) -> HtmlElement | None:
        """The heading ``top`` may not be widened over: the region's end, when ``top`` lies
        inside the region (it holds the title heading or follows it, and comes before the
        end); else ``None``."""
        end = self.end
        if end is None or _contains(top, end) or not _before(top, end):
            return None
        if _contains(top, self.heading) or _before(self.heading, top):
            return end
        return None


def title_region(
    body: HtmlElement, titles: Iterable[str | None], h: Heuristics
) -> TitleRegion | None:
    """The region of the first ``<h1>`` (else ``<h2>``, ``<h3>``) of ``body`` showing one of
    ``titles``; ``None`` when no heading shows the title."""
    keys = {title_key(t) for t in titles if t}
    keys = {k for k in keys if len(k) >= h.anchor_title_min}
    if not keys:
        return None
    found: HtmlElement | None = None
    found_key = ""
    for el in body.iter(*_TITLE_TAGS):
        key = title_key(el.text_content())
        if key in keys and (found is None or HEADINGS[el.tag] < HEADINGS[found.tag]):
            found, found_key = el, key
            if el.tag == "h1":
                break
    if found is None:
        return None
    end = None
    seen = False
    for el in body.iter(found.tag):
        if el is found:
            seen = True
        elif seen and _alike(el, found):
            key = title_key(el.text_content())
            if key and key != found_key:
                end = el
                break
    return TitleRegion(found, end, found_key)


def _alike(el: HtmlElement, heading: HtmlElement) -> bool:
    """True when ``el`` is a heading built like ``heading``: the same tag and class."""
    return el.tag == heading.tag and (el.get("class") or "") == (heading.get("class") or "")


def _contains(outer: HtmlElement, inner: HtmlElement) -> bool:
    return outer is inner or any(a is outer for a in inner.iterancestors())


def _before(a: HtmlElement, b: HtmlElement) -> bool:
    """True when ``a`` starts before ``b`` in document order (neither holding the other)."""
    chain_a = [a, *a.iterancestors()]
    chain_b = [b, *b.iterancestors()]
    index_b = {id(el): i for i, el in enumerate(chain_b)}
    for i, el in enumerate(chain_a):
        j = index_b.get(id(el))
        if j is not None:
            if i == 0 or j == 0:
                return False  # one holds the other
            common = el
            child_a, child_b = chain_a[i - 1], chain_b[j - 1]
            return bool(common.index(child_a) < common.index(child_b))
    return False


def _separator(
    region: TitleRegion, top: HtmlElement, body: HtmlElement
) -> tuple[HtmlElement | None, bool]:
    """The heading that ends the title's region before ``top`` (not inside it), and whether
    it is built like the title: the first such heading when one stands between them, else
    the first heading with text (a copy of the title is none). ``(None, False)`` when no
    heading stands between them or ``top`` comes first."""
    known = region.seps.get(top)
    if known is not None:
        return known
    anchor = region.heading
    seen = False
    found: tuple[HtmlElement | None, bool] = (None, False)
    for el in body.iter(*HEADINGS, top.tag):
        if el is top:
            break
        if el is anchor:
            seen = True
        elif seen and el.tag in HEADINGS:
            text = title_key(el.text_content())
            if not text or text == region.key:
                continue  # empty, or the title again (a sticky header's copy)
            if _alike(el, anchor):
                found = (el, True)
                break
            if found[0] is None:
                found = (el, False)
    region.seps[top] = found
    return found


def anchored(
    region: TitleRegion | None,
    top: HtmlElement,
    best: float,
    scores: dict[HtmlElement, float],
    body: HtmlElement,
    h: Heuristics,
    sizes: Callable[[HtmlElement], tuple[int, int]],
    *,
    weak: bool = True,
) -> HtmlElement | None:
    """The title's candidate that replaces ``top`` (scored ``best``), or ``None`` to keep it
    (the title-anchor step of the module docstring). ``sizes`` gives an element's
    characters of text and of link text; ``weak``: whether a heading not built like the
    title may count (the search asks first without, before it climbs, then with it)."""
    if region is None or _contains(top, region.heading):
        return None
    sep, strong = _separator(region, top, body)
    if sep is None or not (strong or weak):
        return None
    anchor = region.heading
    pick: HtmlElement | None = None
    pick_score = 0.0
    for el, s in scores.items():
        if _contains(el, sep) or not _before(el, sep):
            continue
        if not _contains(el, anchor) and not _before(anchor, el):
            continue
        n, k = sizes(el)
        if n < h.anchor_min_chars:
            continue
        final = s * (1 - k / n)
        if final > pick_score:
            pick, pick_score = el, final
    if pick is None:
        return None
    if strong:
        return pick if pick_score >= h.anchor_share * best else None
    if sizes(top)[0] <= h.anchor_box_chars and pick_score >= h.anchor_box_share * best:
        return pick
    return None
