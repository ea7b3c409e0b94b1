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

from ._text import BLOCK_TAGS, CONTENT, FURNITURE, RELATED, SKIP_ROLES, hint_flags

__all__ = ["Scan", "scan"]

_DROP = frozenset(
    [
        "script",
        "style",
        "template",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
        "button",
        "input",
        "select",
        "textarea",
        "link",
        "meta",
        "map",
        "audio",
        "video",
        "dialog",
        "head",
        "title",
    ]
)
_DROP_LIST = tuple(_DROP)
_PARA = frozenset(("p", "pre", "td", "blockquote"))
_LEAF = frozenset(("div", "section", "article", "li", "dd", "font", "center"))
_INLINE = frozenset(
    [
        "a",
        "b",
        "i",
        "em",
        "strong",
        "u",
        "s",
        "small",
        "sub",
        "sup",
        "abbr",
        "cite",
        "code",
        "kbd",
        "mark",
        "q",
        "time",
        "var",
        "wbr",
        "br",
        "img",
    ]
)
_FURNITURE_TAGS = frozenset(("nav", "aside", "footer", "header", "form", "menu"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@attrs.define
class Scan:
    """What the pass found: paragraph-like elements (with whether page furniture holds
    them) and the outermost related-articles blocks."""

    paragraphs: list[tuple[HtmlElement, bool]] = attrs.Factory(list)
    related: list[HtmlElement] = attrs.Factory(list)
    #: paragraph-like elements that also hold blocks, with their own text (outside the block
    #: children) and its characters in links: ``<br>`` text beside a figure ``<div>``
    mixed: list[tuple[HtmlElement, bool, str, int]] = attrs.Factory(list)


_text_of = lxml.etree.tostring


def _own_text(el: HtmlElement) -> tuple[str, int]:
    """The text of ``el`` outside its block children, and how much of it is link text."""
    parts = [el.text or ""]
    links = 0
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in BLOCK_TAGS:
            t = _text_of(child, method="text", encoding=str, with_tail=False)
            parts.append(t)
            if tag == "a":
                links += len(t)
        tail = child.tail
        if tail:
            parts.append(tail)
    return "".join(parts), links


def _noscript_keeps(ns: HtmlElement) -> bool:
    """A ``<noscript>`` is kept when it is the only copy of what it shows: an image with no
    script-driven twin beside it, or an article that a script would otherwise render."""
    parent = ns.getparent()
    if parent is None:
        return False
    if next(ns.iter("img"), None) is None:
        return _noscript_article(ns, parent)
    return not any(el is not ns and next(el.iter("img"), None) is not None for el in parent)


_SCRIPTED = frozenset(("script", "style", "template", "noscript"))


def _noscript_article(ns: HtmlElement, parent: HtmlElement) -> bool:
    """Several paragraphs of text in a ``<noscript>`` whose surroundings show almost none."""
    if next(ns.iter("p"), None) is None:
        return False
    size = len(ns.text_content())
    if size < 400:
        return False
    beside = len(parent.text or "") + sum(
        len(el.text_content()) + len(el.tail or "")
        for el in parent
        if el is not ns and el.tag not in _SCRIPTED
    )
    return beside * 5 < size


# flags of an open element on the scan's stack
_BAD, _HAS_BLOCK, _RELATED = 1, 2, 4


def scan(body: HtmlElement) -> Scan:
    """Clean ``body`` in place and return its paragraph-like and related elements."""
    out = Scan()
    paragraphs = out.paragraphs
    drops: list[HtmlElement] = []
    unwrap: list[HtmlElement] = []
    hidden_els: list[HtmlElement] = []
    stack: list[int] = [0]
    in_related = 0
    walker = lxml.etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if event == "end":
            flags = stack.pop()
            if flags & _RELATED:
                in_related -= 1
            if tag in _LEAF:
                if not flags & _HAS_BLOCK:
                    paragraphs.append((el, bool(flags & _BAD)))
                elif tag == "div":
                    own, links = _own_text(el)
                    if len(own) > 150:
                        out.mixed.append((el, bool(flags & _BAD), own, links))
            continue
        if tag in BLOCK_TAGS:
            stack[-1] |= _HAS_BLOCK
        flags = stack[-1] & _BAD
        if tag in _INLINE:
            stack.append(flags)
            continue
        if not isinstance(tag, str) or tag in _DROP:
            stack.append(flags)
            drops.append(el)
            walker.skip_subtree()
            continue
        if tag == "noscript":
            stack.append(flags)
            if _noscript_keeps(el):
                unwrap.append(el)
            else:
                drops.append(el)
                walker.skip_subtree()
            continue
        attributes = el.items()
        if attributes:
            cls = ident = role = None
            hidden = False
            for key, value in attributes:
                if key == "class":
                    cls = value
                elif key == "id":
                    ident = value
                elif key == "style":
                    hidden = hidden or _HIDDEN_STYLE.search(value) is not None
                elif key == "hidden":
                    hidden = True
                elif key == "aria-hidden":
                    hidden = hidden or value == "true"
                elif key == "role":
                    role = value
            if hidden and el is not body:
                stack.append(flags)
                hidden_els.append(el)
                walker.skip_subtree()
                continue
            if cls is not None or ident is not None:
                hf = hint_flags(f"{cls or ''} {ident or ''}".lower())
                if hf & (FURNITURE | CONTENT) == FURNITURE and el is not body:
                    flags |= _BAD
                if hf & RELATED and not in_related:
                    out.related.append(el)
                    flags |= _RELATED
                    in_related += 1
            if role is not None and role in SKIP_ROLES:
                flags |= _BAD
        if tag in _FURNITURE_TAGS:
            flags |= _BAD
        elif tag in _PARA:
            paragraphs.append((el, bool(flags & _BAD)))
        stack.append(flags)
    for el in drops:
        el.drop_tree()
    for el in unwrap:
        el.drop_tag()
    if hidden_els:
        total = len(body.text_content())
        for el in hidden_els:
            # a page that hides its whole article until a script runs keeps it
            if len(el.text_content()) <= 0.7 * total:
                el.drop_tree()
            else:  # kept: it was not scanned, so clean it here
                for sub in list(el.iter(*_DROP_LIST)):
                    sub.drop_tree()
    return out
