"""Keeping hostile pages within bounds: over-deep markup, huge runs and over-large trees.

libxml2 stops parsing at 256 levels of nesting (its safe, non-huge mode) and drops
everything after that point, so a page of ten thousand unclosed ``<span>`` tags
would lose its article. :func:`flatten_markup` removes the tags that open beyond a
depth before parsing, keeping their text in the ancestor at that depth.
:func:`cap_elements` cuts a parsed tree after a number of elements, so every later
pass over the tree has bounded work.

libxml2 also stops at a single text node or attribute value over 10 MB, and loses the
rest of the page with it; :func:`drop_huge_runs` empties attribute values and
``script``/``style`` contents over :data:`HUGE_RUN` bytes before parsing (inline
images as data URLs, bundled scripts and state blobs: never article text).

All run in linear time and only do work on pages that need it.
"""

from __future__ import annotations

import re

import lxml.etree
from lxml.html import HtmlElement

__all__ = [
    "CONTROL_REF",
    "HUGE_RUN",
    "PARSER_DEPTH",
    "cap_elements",
    "drop_control_refs",
    "drop_huge_runs",
    "drop_internal_subset",
    "flatten_markup",
    "parser_trouble",
]

#: Deepest nesting kept when markup is flattened; under libxml2's 256 with room for
#: the ``html``/``body`` elements it adds.
PARSER_DEPTH = 240

# elements that never hold content, or that the parser closes by itself: never counted
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)
_SELF_CLOSING = frozenset(
    [
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "caption",
        "rp",
        "rt",
    ]
)
# elements whose content is raw text: a "<" inside is not a tag
_RAW = frozenset(
    ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]
)
_RAW_END = {name: re.compile(f"</{name}", re.IGNORECASE) for name in _RAW}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,63})")
# an XML prolog whose DOCTYPE has an internal subset ("[<!ENTITY ...>]"), at the very start
_SUBSET = re.compile(
    rb"\A\s{0,200}(?:<\?xml[^>]{0,500}\?>\s{0,200})?<!DOCTYPE[^\[>]{0,500}\[[^\]]{0,200000}\]\s{0,200}>",
    re.IGNORECASE,
)


#: Character references to C0 controls (other than tab, LF, CR) or U+FFFE/U+FFFF: the parser
#: would turn them into characters that lxml then refuses to store.
CONTROL_REF = re.compile(
    rb"&#(?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|6553[45])(?![0-9])"
    rb"|[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|[fF]{3}[eEfF])(?![0-9a-fA-F]));?"
)


#: Longest attribute value or ``script``/``style`` content kept, in bytes (libxml2's own
#: limit is 10,000,000; what is dropped below it is never article text).
HUGE_RUN = 1_000_000

_HUGE_ATTR = re.compile(rb"""(=[ \t\r\n\f]*)(?:"[^"]{%d,}"|'[^']{%d,}')""" % (HUGE_RUN, HUGE_RUN))
_RAW_OPEN = re.compile(rb"<(script|style)\b[^>]{0,10000}>", re.IGNORECASE)
_RAW_CLOSE = {
    b"script": re.compile(rb"</script", re.IGNORECASE),
    b"style": re.compile(rb"</style", re.IGNORECASE),
}


def drop_huge_runs(data: bytes) -> tuple[bytes, int]:
    """``data`` with attribute values and script/style contents over :data:`HUGE_RUN`
    bytes emptied, and how many were; pages no longer than that are returned as they are.
    """
    if len(data) <= HUGE_RUN:
        return data, 0
    dropped = 0
    out: list[bytes] = []
    pos = 0
    for m in _RAW_OPEN.finditer(data):
        if m.start() < pos:  # inside a script already passed over
            continue
        close = _RAW_CLOSE[m.group(1).lower()].search(data, m.end())
        end = len(data) if close is None else close.start()
        # a "<script" inside the content is not a tag: the next match must start after it
        out.append(data[pos : m.end()] if end - m.end() > HUGE_RUN else data[pos:end])
        dropped += end - m.end() > HUGE_RUN
        pos = end
    out.append(data[pos:])
    if dropped:
        data = b"".join(out)
    data, attrs = _HUGE_ATTR.subn(rb'\1""', data)
    return data, dropped + attrs


def drop_control_refs(data: bytes) -> bytes:
    """``data`` without character references to control characters (``&#12;``, ``&#x1f;``)."""
    if b"&#" not in data or CONTROL_REF.search(data) is None:
        return data
    return CONTROL_REF.sub(b"", data)


def drop_internal_subset(data: bytes) -> bytes:
    """``data`` without a leading DOCTYPE internal subset (entity declarations).

    The HTML parser never reads the declarations (no entity is ever expanded), but
    it would leave their tail (``]>``) as text at the top of the page.
    """
    if b"[" not in data[:1024]:
        return data
    m = _SUBSET.match(data)
    return data[m.end() :] if m else data


def flatten_markup(text: str, max_depth: int) -> str:
    """``text`` without the start and end tags of elements nested deeper than ``max_depth``.

    A tokenizer by ``str.find`` (no backtracking): comments are skipped whole,
    raw-text elements (``script``, ``style``...) are skipped to their end tag, void
    and self-closing elements do not count, and an end tag closes the nearest open
    element of its name (as HTML parsers do). Text is never removed.
    """
    out: list[str] = []
    stack: list[str] = []
    pos = scan = 0
    n = len(text)
    while (lt := text.find("<", scan)) >= 0:
        if text.startswith("<!--", lt):
            end = text.find("-->", lt + 4)
            scan = n if end < 0 else end + 3
            continue
        gt = text.find(">", lt + 1)
        if gt < 0:
            break
        scan = gt + 1
        m = _TAG.match(text, lt, gt)
        if m is None:
            continue
        name = m.group(2).lower()
        if m.group(1):
            keep = _close(stack, name)
        elif name in _RAW:
            end_m = _RAW_END[name].search(text, gt + 1)
            scan = n if end_m is None else end_m.start()
            keep = True
        elif name in _VOID or name in _SELF_CLOSING or text[gt - 1] == "/":
            keep = True
        else:
            keep = len(stack) < max_depth
            if keep:
                stack.append(name)
        if not keep:
            out.append(text[pos:lt])
            pos = gt + 1
    out.append(text[pos:])
    return "".join(out)


def _close(stack: list[str], name: str) -> bool:
    """Pop ``stack`` to the nearest open ``name``; False when none is open (drop the tag)."""
    if name in _VOID or name in _SELF_CLOSING or name in _RAW:
        return True
    for i in range(len(stack) - 1, -1, -1):
        if stack[i] == name:
            del stack[i:]
            return True
    return False


def parser_trouble(parser: lxml.etree.HTMLParser) -> tuple[bool, bool]:
    """``(too deep, other resource limit)`` from the errors libxml2 logged while parsing."""
    deep = other = False
    for entry in parser.error_log:
        if entry.type_name != "ERR_RESOURCE_LIMIT":
            continue
        if "depth" in entry.message.lower():
            deep = True
        else:
            other = True
    return deep, other


def cap_elements(root: HtmlElement, max_elements: int) -> bool:
    """Cut ``root`` after its first ``max_elements`` elements (document order); True if cut."""
    last = None
    for count, element in enumerate(root.iter(), 1):
        if count >= max_elements:
            last = element
            break
    if last is None:
        return False
    del last[:]
    node: HtmlElement | None = last
    while node is not None:
        parent = node.getparent()
        if parent is not None:
            del parent[parent.index(node) + 1 :]
        node = parent
    return True
