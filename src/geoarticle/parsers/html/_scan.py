"""One pass over the page body: what to remove, what may be a paragraph, where related blocks are.

The pass removes what a reader never sees (scripts, styles, embeds, form
controls, hidden elements, ``<noscript>`` copies of images already shown) and
records the paragraph-like elements the container search scores (``<p>``,
``<pre>``, ``<td>``, ``<blockquote>``, and ``<div>``-like elements without block
children: ``<div>`` soup and text in ``<span>``s) and the outermost elements
whose class or id names a related-articles block.
"""

from __future__ import annotations

import re

import attrs
import lxml.etree
from lxml.html import HtmlElement

from ._related import related_hint
from ._text import BLOCK_TAGS, SKIP_ROLES, boilerplate_hint, hint

__all__ = ["Scan", "scan"]

_DROP = frozenset(
    """script style template svg canvas iframe object embed button input select textarea
    link meta map audio video math dialog head title""".split()
)
_PARA = frozenset(("p", "pre", "td", "blockquote"))
_LEAF = frozenset(("div", "section", "article", "li", "dd", "font", "center"))
_INLINE = frozenset(
    "a b i em strong u s small sub sup abbr cite code kbd mark q time var wbr br img".split()
)
_FURNITURE_TAGS = frozenset(("nav", "aside", "footer", "header", "form", "menu"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@attrs.define
class Scan:
    """What the pass found: paragraph-like elements (with whether page furniture holds
    them) and the outermost related-articles blocks."""

    paragraphs: list[tuple[HtmlElement, bool]] = attrs.Factory(list)
    related: list[HtmlElement] = attrs.Factory(list)


def _hidden(el: HtmlElement) -> bool:
    get = el.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        return True
    style = get("style")
    return style is not None and _HIDDEN_STYLE.search(style) is not None


def _noscript_keeps(ns: HtmlElement) -> bool:
    """A ``<noscript>`` image is kept only when no script-driven copy sits beside it."""
    if next(ns.iter("img"), None) is None:
        return False
    parent = ns.getparent()
    if parent is None:
        return False
    return not any(el is not ns and next(el.iter("img"), None) is not None for el in parent)


class _Frame:
    __slots__ = ("bad", "has_block", "related", "tag")

    def __init__(self, tag: object, bad: bool) -> None:
        self.tag = tag
        self.bad = bad
        self.has_block = False
        self.related = False


def scan(body: HtmlElement) -> Scan:
    """Clean ``body`` in place and return its paragraph-like and related elements."""
    out = Scan()
    paragraphs = out.paragraphs
    drops: list[HtmlElement] = []
    unwrap: list[HtmlElement] = []
    hidden: list[HtmlElement] = []
    stack: list[_Frame] = [_Frame("", False)]
    in_related = 0
    walker = lxml.etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "end":
            frame = stack.pop()
            if frame.related:
                in_related -= 1
            if tag in _LEAF and not frame.has_block:
                paragraphs.append((el, frame.bad))
            continue
        parent = stack[-1]
        if tag in BLOCK_TAGS:
            parent.has_block = True
        frame = _Frame(tag, parent.bad)
        stack.append(frame)
        if tag in _INLINE:
            continue
        if not isinstance(tag, str) or tag in _DROP:
            drops.append(el)
            walker.skip_subtree()
            continue
        if tag == "noscript":
            if _noscript_keeps(el):
                unwrap.append(el)
            else:
                drops.append(el)
                walker.skip_subtree()
            continue
        if el.attrib:
            if _hidden(el) and el is not body:
                hidden.append(el)
                walker.skip_subtree()
                continue
            h = hint(el)
            if h:
                if not frame.bad and el is not body and boilerplate_hint(h):
                    frame.bad = True
                if not in_related and related_hint(h):
                    out.related.append(el)
                    frame.related = True
                    in_related += 1
            if not frame.bad and el.get("role") in SKIP_ROLES:
                frame.bad = True
        if tag in _FURNITURE_TAGS:
            frame.bad = True
        elif tag in _PARA:
            paragraphs.append((el, frame.bad))
    for el in drops:
        el.drop_tree()
    for el in unwrap:
        el.drop_tag()
    if hidden:
        total = len(body.text_content())
        for el in hidden:
            # a page that hides its whole article until a script runs keeps it
            if len(el.text_content()) <= 0.4 * total:
                el.drop_tree()
    return out
