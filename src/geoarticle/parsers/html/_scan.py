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

from ._heuristics import Heuristics
from ._hints import (
    CONTENT,
    FURNITURE,
    FURNITURE_TAGS,
    RELATED,
    SKIP_ROLES,
    hint_flags,
    may_be_related,
    weak_names,
)
from ._text import BLOCK_TAGS

__all__ = ["CHOICES_MARK", "Scan", "own_text", "prose_header", "scan"]

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
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# the same for lower-cased ASCII text: several times faster than the case-blind search
_HIDDEN_STYLE_LOWER = re.compile(_HIDDEN_STYLE.pattern)


def _hides(style: str) -> bool:
    """Whether a ``style`` attribute hides its element."""
    if style.isascii():  # (beyond ASCII, case-blind matching is more than lower-casing)
        return _HIDDEN_STYLE_LOWER.search(style.lower()) is not None
    return _HIDDEN_STYLE.search(style) is not None


# what the pass does with a tag, as bits: one look-up per element instead of one per set
_K_BLOCK, _K_INLINE, _K_DROP, _K_OWN, _K_FURNITURE, _K_PARA, _K_LEAF = 1, 2, 4, 8, 16, 32, 64


def _kinds() -> dict[str, int]:
    table: dict[str, int] = {}
    for bit, tags in (
        (_K_BLOCK, BLOCK_TAGS),
        (_K_INLINE, _INLINE),
        (_K_DROP, _DROP),
        (_K_OWN, ("noscript", "rt")),  # read by their own rules
        (_K_FURNITURE, FURNITURE_TAGS),
        (_K_PARA, _PARA),
        (_K_LEAF, _LEAF),
    ):
        for tag in tags:
            table[tag] = table.get(tag, 0) | bit
    return table


_KINDS = _kinds()

#: the scan's flags of names seen only inside furniture so far, where they were only asked
#: whether they may name a related block (they do not): no FURNITURE, CONTENT or RELATED bit
_UNRELATED = 1 << 16


@attrs.define
class Scan:
    """What the pass found: paragraph-like elements (with whether page furniture holds
    them) and the outermost related-articles blocks."""

    paragraphs: list[tuple[HtmlElement, bool]] = attrs.Factory(list)
    related: list[HtmlElement] = attrs.Factory(list)
    #: ``<div>`` elements that also hold blocks (with whether furniture holds them): their
    #: own text (:func:`own_text`, ``<br>`` text beside a figure) may be a paragraph, read
    #: only when the paragraphs alone find no strong candidate
    mixed: list[tuple[HtmlElement, bool]] = attrs.Factory(list)
    #: what the pass removed (scripts, styles, forms' controls ...), out of the tree now
    dropped: list[HtmlElement] = attrs.Factory(list)


_text_of = lxml.etree.tostring


def own_text(el: HtmlElement) -> tuple[str, int]:
    """The text of ``el`` outside its block children, and how much of it is link text."""
    parts = [el.text or ""]
    links = 0
    for child in el:
        tag = child.tag
        if isinstance(tag, str) and tag not in BLOCK_TAGS:
            # a leaf's text is all there is to serialize (most are: <img>, <br>, <a>, <span>)
            t = (
                _text_of(child, method="text", encoding=str, with_tail=False)
                if len(child)
                else child.text or ""
            )
            parts.append(t)
            if tag == "a":
                links += len(t)
        tail = child.tail
        if tail:
            parts.append(tail)
    return "".join(parts), links


def _noscript_keeps(ns: HtmlElement, least: int) -> bool:
    """A ``<noscript>`` is kept when it is the only copy of what it shows: an image with no
    script-driven twin beside it, or an article that a script would otherwise render."""
    parent = ns.getparent()
    if parent is None:
        return False
    if next(ns.iter("img"), None) is None:
        return _noscript_article(ns, parent, least)
    return not any(el is not ns and next(el.iter("img"), None) is not None for el in parent)


_SCRIPTED = frozenset(("script", "style", "template", "noscript"))


def _noscript_article(ns: HtmlElement, parent: HtmlElement, least: int) -> bool:
    """Several paragraphs of text in a ``<noscript>`` whose surroundings show almost none."""
    if next(ns.iter("p"), None) is None:
        return False
    size = len(ns.text_content())
    if size < least:
        return False
    beside = len(parent.text or "") + sum(
        len(el.text_content()) + len(el.tail or "")
        for el in parent
        if el is not ns and el.tag not in _SCRIPTED
    )
    return beside * 5 < size


class _Pass:
    """One recursive pass over the tree; each element is classified by its parent's loop."""

    __slots__ = ("drops", "flags", "h", "hidden", "out", "slots", "streamed", "unwrap")

    def __init__(self, h: Heuristics) -> None:
        self.h = h
        self.out = Scan()
        self.drops: list[HtmlElement] = []
        self.unwrap: list[HtmlElement] = []
        self.hidden: list[HtmlElement] = []
        #: React's streamed boundaries: ``<div hidden id="S:n">`` and its ``<template id="B:n">``
        self.streamed: list[HtmlElement] = []
        self.slots: dict[str, HtmlElement] = {}
        #: hint flags by the raw class and id (the same pairs recur across a page), or by
        #: the class alone for an element without an id
        self.flags: dict[str | tuple[str | None, str | None], int] = {}

    def _streamed(self, el: HtmlElement, ident: str | None) -> bool:
        """A ``<div hidden id="S:n">`` of streamed server rendering: content a script moves
        into its placeholder ``<template id="B:n">`` as soon as it arrives, not hidden."""
        if el.tag != "div" or ident is None or not ident.startswith("S:"):
            return False
        self.streamed.append(el)
        return True

    def _slot(self, template: HtmlElement) -> None:
        ident = template.get("id")
        if ident is not None and ident.startswith("B:"):
            self.slots[ident[2:]] = template

    def reveal(self) -> None:
        """Move each streamed boundary to its placeholder, where the page shows it."""
        for el in self.streamed:
            slot = self.slots.get((el.get("id") or "")[2:])
            if slot is not None and el not in set(slot.iterancestors()):
                slot.addnext(el)

    def visit(self, el: HtmlElement, bad: bool, related: bool) -> None:
        """The children of ``el`` (``bad``: inside furniture; ``related``: inside a related
        block), then ``el`` itself as a leaf or a ``<div>`` with text beside its blocks."""
        has_block = False
        paragraphs = self.out.paragraphs
        kinds = _KINDS
        for child in el:
            tag = child.tag
            kind = kinds.get(tag, 0)
            if kind:
                if kind & _K_BLOCK:
                    has_block = True
                if kind & _K_INLINE:
                    if len(child):
                        self.visit(child, bad, related)
                    continue
                if kind & _K_DROP:
                    self.drops.append(child)
                    if tag == "template":
                        self._slot(child)
                    continue
                if kind & _K_OWN:
                    if tag == "noscript":
                        if _noscript_keeps(child, self.h.noscript_article):
                            self.unwrap.append(child)
                            if len(child):
                                self.visit(child, bad, related)
                        else:
                            self.drops.append(child)
                        continue
                    if _annotation(el):  # an <rt> that is a reading, not text
                        self.drops.append(child)
                        continue
            elif not isinstance(tag, str):  # an entity or other non-element node
                self.drops.append(child)
                continue
            child_bad, child_related = bad, related
            attributes = child.items()
            if attributes:
                cls = ident = role = None
                hidden = False
                for key, value in attributes:
                    if key == "class":
                        cls = value
                    elif key == "id":
                        ident = value
                    elif key == "style":
                        hidden = hidden or _hides(value)
                    elif key == "hidden":
                        hidden = True
                    elif key == "aria-hidden":
                        hidden = hidden or value == "true"
                    elif key == "role":
                        role = value
                if hidden and not _gated(cls, ident) and not self._streamed(child, ident):
                    self.hidden.append(child)
                    if kind & _K_LEAF:
                        # not looked into, so a leaf: a candidate that leaves with the tree
                        # when it is dropped, and votes only when it holds most of the page
                        paragraphs.append((child, bad))
                    continue
                if (cls is not None or ident is not None) and not (bad and related):
                    # (most elements have a class and no id: the class alone is their key)
                    names_key: str | tuple[str | None, str | None] = (
                        cls if ident is None and cls is not None else (cls, ident)
                    )
                    flags = self.flags.get(names_key)
                    if flags is None or (flags == _UNRELATED and not bad):
                        names = f"{cls or ''} {ident or ''}".lower()
                        # inside furniture only the related bit can still change anything,
                        # and most names hold no word of a related term: the full flags of
                        # those wait until the names turn up outside furniture
                        if bad and not may_be_related(names):
                            flags = self.flags[names_key] = _UNRELATED
                        else:
                            flags = self.flags[names_key] = hint_flags(names)
                    if flags & (FURNITURE | CONTENT) == FURNITURE:
                        child_bad = True
                    if flags & RELATED and not related:
                        self.out.related.append(child)
                        child_related = True
                if role is not None and role in SKIP_ROLES:
                    child_bad = True
            if kind & _K_FURNITURE:
                # the header of an <article> may hold its text (see the header-prose rule)
                child_bad = child_bad or not prose_header(child, el)
            elif kind & _K_PARA:
                paragraphs.append((child, child_bad))
            if len(child):
                self.visit(child, child_bad, child_related)
            elif kind & _K_LEAF:
                paragraphs.append((child, child_bad))
        if not has_block:
            if el.tag in _LEAF:
                paragraphs.append((el, bad))
        elif el.tag == "div":
            self.out.mixed.append((el, bad))


def _annotation(ruby: HtmlElement) -> bool:
    """A ``<ruby>`` without ``<rp>`` parentheses: its ``<rt>`` is a reading drawn above the
    characters, not text (with them, the page writes the reading out in parentheses)."""
    return ruby.tag == "ruby" and ruby.find("rp") is None


def prose_header(el: HtmlElement, parent: HtmlElement) -> bool:
    """The ``<header>`` of an ``<article>`` without the title (``<h1>``): it may hold the
    article's text (see the header-prose rule), so its paragraphs vote."""
    return el.tag == "header" and parent.tag == "article" and next(el.iter("h1"), None) is None


def _gated(cls: str | None, ident: str | None) -> bool:
    """A hidden box named as a paywall slot ("paywall", "gate") holds the rest of the article
    until a script checks the reader's subscription: it is read like a visible box."""
    if cls is None and ident is None:
        return False
    return bool(weak_names(f"{cls or ''} {ident or ''}".lower()))


def _body_flags(body: HtmlElement, out: Scan) -> tuple[bool, bool]:
    """``body`` itself: never hidden nor furniture by its class, but it may be a related
    block or carry a furniture role."""
    cls, ident, role = body.get("class"), body.get("id"), body.get("role")
    related = False
    if (cls is not None or ident is not None) and hint_flags(
        f"{cls or ''} {ident or ''}".lower()
    ) & RELATED:
        out.related.append(body)
        related = True
    bad = (role is not None and role in SKIP_ROLES) or body.tag in FURNITURE_TAGS
    if body.tag not in FURNITURE_TAGS and body.tag in _PARA:
        out.paragraphs.append((body, bad))
    return bad, related


#: the attribute the scan sets on a box of choice buttons (a poll, quiz or survey), for the
#: ``form-widget`` rule to judge
CHOICES_MARK = "data-geoarticle-choices"
_CHOICE_TYPES = frozenset(("radio", "checkbox"))


def _common_ancestor(a: HtmlElement, b: HtmlElement) -> HtmlElement | None:
    above = set(a.iterancestors())
    return next((x for x in b.iterancestors() if x in above), None)


def _mark_choices(drops: list[HtmlElement], h: Heuristics) -> None:
    """Mark the boxes holding two or more choice buttons of one question (radio buttons or
    check boxes of one ``name``): the box of the buttons with the question beside it (a
    parent adding no more than ``choice_intro_chars`` characters)."""
    groups: dict[tuple[HtmlElement | None, str], list[HtmlElement]] = {}
    for el in drops:
        if el.tag == "input" and (el.get("type") or "").lower() in _CHOICE_TYPES:
            key = (None, el.get("name") or "") if el.get("name") else (el.getparent(), "")
            groups.setdefault(key, []).append(el)
    for inputs in groups.values():
        if len(inputs) < 2:
            continue
        box = _common_ancestor(inputs[0], inputs[-1])
        if box is None or box.tag in ("body", "html"):
            continue
        size = len(box.text_content())
        parent = box.getparent()
        while parent is not None and parent.tag not in ("body", "html"):
            if len(parent.text_content()) > size + h.choice_intro_chars:
                break
            box, parent = parent, parent.getparent()
        box.set(CHOICES_MARK, "")


def scan(body: HtmlElement, h: Heuristics) -> Scan:
    """Clean ``body`` in place and return its paragraph-like and related elements."""
    walk = _Pass(h)
    walk.visit(body, *_body_flags(body, walk.out))
    if walk.streamed:
        walk.reveal()
    _mark_choices(walk.drops, h)
    for el in walk.drops:
        el.drop_tree()
    walk.out.dropped = walk.drops
    for el in walk.unwrap:
        el.drop_tag()
    if walk.hidden:
        _drop_hidden(body, walk.hidden, h)
    return walk.out


def _drop_hidden(body: HtmlElement, hidden: list[HtmlElement], h: Heuristics) -> None:
    """Drop the hidden elements, but one holding most of the page's text: a page that hides
    its whole article until a script runs keeps it (cleaned here, as the pass skipped it)."""
    sizes = [len(el.text_content()) for el in hidden]
    # the pass never looks into a hidden element, so they are disjoint and the page holds at
    # least all their text: its own length is needed only when one holds most of that
    least = sum(sizes)
    share = h.hidden_keep_share
    total = least if max(sizes) <= share * least else len(body.text_content())
    for el, size in zip(hidden, sizes, strict=True):
        if size <= share * total:
            el.drop_tree()
        else:
            for sub in list(el.iter(*_DROP_LIST)):
                sub.drop_tree()
