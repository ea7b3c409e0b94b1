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
            # the text serializer gives what text_content() gives, in half the time
            t = _text_of(child, method="text", encoding=str, with_tail=False)
            parts.append(t)
            if tag == "a":
                links += len(t)
        tail = child.tail
        if tail:
            parts.append(tail)
    return "".join(parts), links


def _noscript_keeps(ns: HtmlElement) -> bool:
    """A ``<noscript>`` image is kept only when no script-driven copy sits beside it."""
    if next(ns.iter("img"), None) is None:
        return False
    parent = ns.getparent()
    if parent is None:
        return False
    return not any(el is not ns and next(el.iter("img"), None) is not None for el in parent)


# flags of an open element on the scan's stack: the first is inherited by its children
_BAD, _HAS_BLOCK, _RELATED, _IS_LEAF, _IS_DIV = 1, 2, 4, 8, 16
# what a tag is, as bits, so that one dict look-up sorts each element
_BLOCK, _SKIPPED, _NOSCRIPT, _PASS, _FURN, _PARA_TAG = 32, 64, 128, 256, 512, 1024
_QUIET = _SKIPPED | _NOSCRIPT | _PASS


def _kinds() -> dict[str, int]:
    kinds: dict[str, int] = {}
    for tags, bit in (
        (BLOCK_TAGS, _BLOCK),
        (_INLINE, _PASS),
        (_DROP, _SKIPPED),
        (("noscript",), _NOSCRIPT),
        (_LEAF, _IS_LEAF),
        (("div",), _IS_DIV),
        (_FURNITURE_TAGS, _FURN),
        (_PARA, _PARA_TAG),
    ):
        for tag in tags:
            kinds[tag] = kinds.get(tag, 0) | bit
    # the scan's order of tests: an inline tag is never dropped, a dropped one never
    # read as a paragraph or a furniture part
    for tag, kind in kinds.items():
        if kind & _PASS:
            kinds[tag] = kind & (_PASS | _BLOCK)
        elif kind & (_SKIPPED | _NOSCRIPT):
            kinds[tag] = kind & (_SKIPPED | _NOSCRIPT | _BLOCK)
    # comments, processing instructions and entities (the parser keeps none of them)
    for node_tag in (lxml.etree.Comment, lxml.etree.ProcessingInstruction, lxml.etree.Entity):
        kinds[node_tag] = _SKIPPED  # type: ignore[index]
    return kinds


_KINDS = _kinds()
# the attributes that can hide an element
_HIDING = frozenset(("style", "hidden", "aria-hidden"))
# hint flags by (class, id): pages repeat their class names
_HINT_MEMO: dict[tuple[str | None, str | None], int] = {}


def _hint(cls: str | None, ident: str | None) -> int:
    hf = _HINT_MEMO.get((cls, ident))
    if hf is None:
        hf = hint_flags(f"{cls or ''} {ident or ''}".lower())
        if len(_HINT_MEMO) > 20_000:
            _HINT_MEMO.clear()
        _HINT_MEMO[(cls, ident)] = hf
    return hf


def _hidden(el: HtmlElement, keys: list[str]) -> bool:
    """Whether ``el`` (with attributes ``keys``) is hidden by its markup."""
    if "hidden" in keys:
        return True
    if "style" in keys:
        style = el.get("style")
        if style is not None and _HIDDEN_STYLE.search(style) is not None:
            return True
    return "aria-hidden" in keys and el.get("aria-hidden") == "true"


def scan(body: HtmlElement) -> Scan:
    """Clean ``body`` in place and return its paragraph-like and related elements."""
    out = Scan()
    paragraphs = out.paragraphs
    drops: list[HtmlElement] = []
    unwrap: list[HtmlElement] = []
    hidden_els: list[HtmlElement] = []
    stack: list[int] = [0]
    push, pop = stack.append, stack.pop
    in_related = 0
    kinds, memo = _KINDS, _HINT_MEMO
    walker = lxml.etree.iterwalk(body, events=("start", "end"))
    for event, el in walker:
        if event == "end":
            flags = pop()
            if flags & (_RELATED | _IS_LEAF):
                if flags & _RELATED:
                    in_related -= 1
                if not flags & _IS_LEAF:
                    pass
                elif not flags & _HAS_BLOCK:
                    paragraphs.append((el, bool(flags & _BAD)))
                elif flags & _IS_DIV:
                    own, links = _own_text(el)
                    if len(own) > 150:
                        out.mixed.append((el, bool(flags & _BAD), own, links))
            continue
        kind = kinds.get(el.tag, 0)
        if kind & _BLOCK:
            stack[-1] |= _HAS_BLOCK
        flags = stack[-1] & _BAD
        if kind & _QUIET:
            push(flags)
            if kind & _PASS:
                continue
            if kind & _NOSCRIPT and _noscript_keeps(el):
                unwrap.append(el)
                continue
            drops.append(el)
            walker.skip_subtree()
            continue
        keys = el.keys()
        if keys:
            if not _HIDING.isdisjoint(keys) and el is not body and _hidden(el, keys):
                push(flags | (kind & (_IS_LEAF | _IS_DIV)))
                hidden_els.append(el)
                walker.skip_subtree()
                continue
            get = el.get
            cls, ident = get("class"), get("id")
            if cls is not None or ident is not None:
                hf = memo.get((cls, ident))
                if hf is None:
                    hf = _hint(cls, ident)
                if hf:
                    if hf & (FURNITURE | CONTENT) == FURNITURE and el is not body:
                        flags |= _BAD
                    if hf & RELATED and not in_related:
                        out.related.append(el)
                        flags |= _RELATED
                        in_related += 1
            if "role" in keys and get("role") in SKIP_ROLES:
                flags |= _BAD
        if kind & _FURN:
            flags |= _BAD
        elif kind & _PARA_TAG:
            paragraphs.append((el, bool(flags & _BAD)))
        push(flags | (kind & (_IS_LEAF | _IS_DIV)))
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
