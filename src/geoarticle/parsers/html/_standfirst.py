"""The standfirst: the lead paragraph under the headline, kept as the article's summary.

It is found where pages put it: a block named as one ("lead", "intro", "standfirst",
"article-summary"; the names are ``[standfirst]`` in ``data/clutter/class-names.txt``) or
marked ``itemprop="description"`` just before the article container, when one of the page's
descriptions agrees with it or it is the deck right after the title, or the first
sentence-like block after the ``<h1>`` of the article's header. (The walk of the container
takes a heading of a deck's length right after the title as the standfirst too.)
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Sequence

from lxml.html import HtmlElement

from .._clutter import class_names
from .._phrase_syntax import to_regex
from ._heuristics import Heuristics
from ._hints import caption_hint, furniture_hint, hint
from ._score import link_len
from ._text import first_below

__all__ = [
    "agrees",
    "deck_after_title",
    "deck_between",
    "find_lead",
    "header_title",
    "lead_like",
    "text_only",
]

_NAMES = class_names()
_LEAD = re.compile(
    r"(?<![a-z0-9])(?:"
    + "|".join(to_regex(t, "token") for t in _NAMES["standfirst"])
    + r"|[a-z0-9]+[-_]{1,2}(?:"
    + "|".join(to_regex(t, "token") for t in _NAMES["standfirst-suffix"])
    + r"))(?![a-z0-9])"
)
_LEAD_TAGS = ("p", "div", "h2", "h3", "section", "span", "strong")
_LEAD_SET = frozenset(_LEAD_TAGS)


_LEAD_ITEMPROP = frozenset(("description", "alternativeHeadline", "abstract"))


@functools.lru_cache(maxsize=4096)
def _lead_named(names: str) -> bool:
    return _LEAD.search(names) is not None


def lead_like(el: HtmlElement, h: Heuristics) -> bool:
    """A block named (or marked with ``itemprop``) as a standfirst, of a standfirst's length
    (with the blocks of the same class right after it: a standfirst of several paragraphs)."""
    names = hint(el)
    if el.get("itemprop") in _LEAD_ITEMPROP:
        pass
    elif not names or not _lead_named(names) or furniture_hint(el, names=names):
        return False
    n = len(el.text_content().strip())
    if n < h.lead_min and names:
        cls = el.get("class")
        for nxt in el.itersiblings():
            if nxt.get("class") != cls or n >= h.lead_min:
                break
            n += len(nxt.text_content().strip())
    return h.lead_min <= n <= h.lead_max and link_len(el) * 4 < n


_DECK_TAGS = frozenset(("p", "h2", "h3", "div"))
_NOT_DECK = frozenset(("figure", "figcaption", "nav", "aside", "footer", "form", "ul", "ol"))


def header_title(header: HtmlElement) -> HtmlElement | None:
    """The title heading of an article's header: its ``<h1>``, else (the page's ``<h1>``
    set elsewhere, in a breadcrumb or for search engines) its first ``<h2>`` or ``<h3>``."""
    h1 = next(header.iter("h1"), None)
    return h1 if h1 is not None else next(header.iter("h2", "h3"), None)


def deck_after_title(header: HtmlElement, h: Heuristics) -> HtmlElement | None:
    """The first sentence-like block after the title heading of an article header
    (:func:`header_title`) that does not repeat it: its deck."""
    title = header_title(header)
    if title is None:
        return None
    seen_title = False
    titles = ""
    for el in header.iter():
        tag = el.tag
        if tag == "h1" or el is title:
            seen_title = True
            titles += " ".join(el.text_content().split()).casefold() + "\n"
            continue
        if not seen_title or tag not in _DECK_TAGS:
            continue
        if any(a is title for a in el.iterancestors()):
            continue
        if tag == "div" and first_below(el, _LEAD_SET) is not None:
            continue
        text = el.text_content().strip()
        n = len(text)
        if n < h.deck_min or n > h.deck_max or link_len(el) * 4 >= n or furniture_hint(el):
            continue
        if titles and " ".join(text.split()).casefold() in titles:
            continue  # the headline again (a second, styled copy), not the deck
        if tag in ("h2", "h3") and n < h.deck_heading_min:
            continue  # a short heading is a second headline (the page's own, beside an SEO h1)
        if any(a.tag in _NOT_DECK or furniture_hint(a) for a in el.iterancestors()):
            continue
        return el
    return None


def _boxes_between(heading: HtmlElement, stop: HtmlElement) -> Iterator[HtmlElement]:
    """The boxes that follow ``heading`` and come before ``stop`` in document order, each
    the largest such box (its subtree whole), in order; nothing when ``stop`` holds
    ``heading`` or comes first."""
    holders = set(stop.iterancestors())
    if heading in holders or heading is stop:
        return
    node = heading
    while node is not None and node not in holders:
        for sib in node.itersiblings():
            if sib is stop:
                return
            if sib in holders:
                yield from _boxes_within(sib, stop, holders)
                return
            yield sib
        node = node.getparent()
    # ``stop`` came first (it is no follower of ``heading``): nothing lies between


def _boxes_within(
    box: HtmlElement, stop: HtmlElement, holders: set[HtmlElement]
) -> Iterator[HtmlElement]:
    """The children of ``box`` (which holds ``stop``) before ``stop``, descending into the
    one that holds it."""
    while True:
        for child in box:
            if child is stop:
                return
            if child in holders:
                box = child
                break
            yield child
        else:
            return


def deck_between(
    heading: HtmlElement,
    container: HtmlElement,
    h: Heuristics,
    walked: Sequence[HtmlElement] = (),
) -> HtmlElement | None:
    """The deck set between the title heading and the article's container, in boxes of its
    own (not in a header with the title): the first block of a deck's length after the
    heading, when it reads like one (not mostly links, not the title again, not in a
    figure or a furniture-named box). Short lines before it (a byline, a date, a credit)
    and a heading shorter than ``deck_heading_min`` (a second headline) are passed over; a
    longer block that is no deck ends the search, and so does a box of ``walked`` (the
    other boxes the body is walked from: their text is the body's)."""
    others = set(walked)
    titles = " ".join(heading.text_content().split()).casefold()
    for box in _boxes_between(heading, container):
        if not isinstance(box.tag, str):
            continue
        if others and (box in others or any(a in others for a in box.iterancestors())):
            return None
        for el in box.iter():
            if el in others:
                return None
            if el.tag not in _DECK_TAGS:
                continue
            if el.tag == "div" and first_below(el, _LEAD_SET) is not None:
                continue
            text = " ".join(el.text_content().split())
            n = len(text)
            if n < h.deck_min:
                continue
            skipped = False
            for a in (el, *el.iterancestors()):
                if a.tag in _NOT_DECK or furniture_hint(a) or caption_hint(hint(a)):
                    skipped = True
                    break
                if a is box:
                    break
            if skipped or text.casefold() in titles:
                continue
            if el.tag in ("h2", "h3") and n < h.deck_heading_min:
                continue  # a second headline (the page's own, beside an SEO h1)
            if n > h.deck_max or link_len(el) * 4 >= n:
                return None
            return el
    return None


def _in_figure(el: HtmlElement) -> bool:
    """A caption's text ("description" of an image) is no standfirst."""
    return any(a.tag in ("figure", "figcaption") for a in el.iterancestors())


def find_lead(
    container: HtmlElement,
    h: Heuristics,
    heading: HtmlElement | None = None,
    walked: Sequence[HtmlElement] = (),
    descriptions: Sequence[str] = (),
) -> list[HtmlElement]:
    """The standfirst of the article just before its container ("lead", "intro", "deck"): the
    closest lead-like block and the lead-like blocks right before it (a standfirst of several
    paragraphs), or else the first block after the title in the article's header, or else
    the deck between the title heading ``heading`` and the container (:func:`deck_between`;
    ``walked``: all the boxes the body is walked from, ``container`` first).

    A lead-like block is taken only when it agrees with one of the page's ``descriptions``
    (JSON-LD and meta tags; :func:`agrees`), where the page gives any, or when it is the
    deck right after the title heading: a box named "intro" or "summary" away from the
    title that says something else is not the article's standfirst."""
    if container.tag in ("body", "html"):
        return []
    leads, named = _find_lead(container, h)
    if named and descriptions:
        text = " ".join(el.text_content() for el in leads)
        if not any(agrees(text, d, h.lead_agree) for d in descriptions):
            leads = []
    if not leads and heading is not None:
        deck = deck_between(heading, container, h, walked)
        return [deck] if deck is not None else []
    if leads:
        # a standfirst follows the headline: a lead-like block before the page's <h1> is a
        # teaser of another article
        body = next((a for a in container.iterancestors() if a.tag == "body"), None)
        h1 = next(body.iter("h1"), None) if body is not None else None
        if h1 is not None and _precedes(leads[-1], h1):
            return []
    return leads


_WORDS = re.compile(r"\w+")


def agrees(a: str, b: str, share: float) -> bool:
    """True when at least ``share`` of the words of the shorter of ``a`` and ``b`` (counted
    with repeats, without case) stand in the other."""
    wa = Counter(w.casefold() for w in _WORDS.findall(a))
    wb = Counter(w.casefold() for w in _WORDS.findall(b))
    least = min(sum(wa.values()), sum(wb.values()))
    return least > 0 and sum((wa & wb).values()) >= share * least


def _precedes(a: HtmlElement, b: HtmlElement) -> bool:
    """True when ``a`` starts before ``b`` in document order and does not hold it."""
    path_a = [a, *a.iterancestors()][::-1]
    path_b = [b, *b.iterancestors()][::-1]
    for x, y in zip(path_a, path_b, strict=False):
        if x is not y:
            parent = x.getparent()
            return parent is not None and parent.index(x) < parent.index(y)
    return False  # one holds the other


def _find_lead(container: HtmlElement, h: Heuristics) -> tuple[list[HtmlElement], bool]:
    """The lead-like blocks before ``container`` (and True), or the deck after the title of
    a header before it (and False)."""
    node = container
    header_checked = False
    for _ in range(6):
        parent = node.getparent()
        if parent is None or parent.tag == "html":
            return [], False
        # what comes before ``node`` at this level, closest first
        for sib in node.itersiblings(preceding=True):
            found = [el for el in sib.iter(*_LEAD_TAGS) if lead_like(el, h) and not _in_figure(el)]
            if found:
                chosen = set(found)
                outer = [el for el in found if not any(a in chosen for a in el.iterancestors())]
                run = [outer[-1]]
                for prev in outer[-1].itersiblings(preceding=True):
                    if prev not in chosen:
                        break
                    run.insert(0, prev)
                return run, True
            if not header_checked and next(sib.iter("h1"), None) is not None:
                header_checked = True
                deck = deck_after_title(sib, h)
                if deck is not None:
                    return [deck], False
        node = parent
    return [], False


_NOT_TEXT = frozenset(
    (
        *("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "figure", "img"),
        *("blockquote", "pre", "video", "picture"),
    )
)


def text_only(el: HtmlElement, most: int = 3) -> bool:
    """True when ``el`` is text and no more than ``most`` paragraphs: a standfirst, not a
    block of the article with its headings, lists or pictures."""
    if first_below(el, _NOT_TEXT) is not None:
        return False
    return sum(1 for _ in zip(el.iterdescendants("p"), range(most + 1), strict=False)) <= most
