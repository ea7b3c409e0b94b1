"""Tag classes and the inline text of HTML elements (shared by the body steps)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from urllib.parse import urljoin

import lxml.etree
from lxml.html import HtmlElement

from ._hints import furniture_hint

__all__ = [
    "BLOCK_LIST",
    "BLOCK_TAGS",
    "HEADINGS",
    "SENTENCE_END",
    "block_paragraphs",
    "first_below",
    "inline_from_raw",
    "inline_text",
    "join_url",
    "nfc",
    "norm",
    "raw_text",
    "split",
]

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
#: How a sentence (or a quoted one) ends, in the scripts the corpora hold.
SENTENCE_END = (".", "!", "?", '"', "”", "“", "»", "«", "…", ")", "'", "’", "。", "！", "？")
#: Tags that start a new line of text in a browser.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "ul",
        "caption",
        "legend",
    ]
)
BLOCK_LIST = tuple(BLOCK_TAGS)
_BR_OR_BLOCK = BLOCK_TAGS | {"br"}


def first_below(el: HtmlElement, tags: frozenset[str]) -> HtmlElement | None:
    """The first descendant of ``el`` (in document order) whose tag is one of ``tags``:
    ``next(el.iterdescendants(*tags), None)``, which sets up lxml's matcher of many tags
    at every call (several microseconds, more than walking a paragraph's few children)."""
    for node in el.iterdescendants():
        if node.tag in tags:
            return node
    return None


_BR = "\x01"  # marks a <br> in collected text
_NL = "\x02"  # marks the edge of a block-level element in collected text
_LINE = re.compile(r" ?[\x01\x02] ?")
_PARA_SPLIT = re.compile(r" ?(\x02[\x01\x02 ]*|\x01 ?[\x01\x02][\x01\x02 ]*) ?")


def norm(text: str) -> str:
    """Whitespace collapsed to single spaces, stripped, in Unicode normal form C."""
    return nfc(" ".join(text.split()))


_SKIP_INSIDE = frozenset(("figure", "figcaption", "aside", "nav", "footer", "form"))


def _inner_furniture(node: HtmlElement, el: HtmlElement, size: list[int]) -> bool:
    """A box inside ``el`` to leave out of its text: an aside, a caption, a share bar ...
    (a furniture-named wrapper of most of ``el`` is kept)."""
    if node.tag in _SKIP_INSIDE:
        return True
    if not furniture_hint(node, weak=True):
        return False
    if not size:
        size.append(len(el.text_content()))
    return len(node.text_content()) < 0.5 * size[0]


def _pieces(el: HtmlElement) -> Iterator[str]:
    walker = lxml.etree.iterwalk(el, events=("start", "end"))
    skipped = None
    size: list[int] = []
    for event, node in walker:
        tag = node.tag
        if event == "start":
            if node is not el and tag in BLOCK_TAGS and _inner_furniture(node, el, size):
                skipped = node
                walker.skip_subtree()
                continue
            if tag == "br":
                yield _BR
            elif tag in BLOCK_TAGS:
                yield _NL
            if node.text:
                yield node.text
        else:
            if node is skipped or tag in BLOCK_TAGS:
                yield _NL
            if node is not el and node.tail:
                yield node.tail


def nfc(text: str) -> str:
    """``text`` in Unicode normal form C (one code point for "é", whatever the page used)."""
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


def raw_text(el: HtmlElement, *, tail: bool = False) -> str:
    """Text of ``el`` with break markers, whitespace not yet collapsed (for :func:`split`),
    in Unicode normal form C."""
    t = el.tail if tail and el.tail else ""
    if len(el) == 0:
        return nfc((el.text or "") + t)
    if first_below(el, _BR_OR_BLOCK) is None:
        return nfc(lxml.etree.tostring(el, method="text", encoding="unicode", with_tail=False) + t)
    return nfc("".join(_pieces(el)) + t)


def inline_text(el: HtmlElement) -> str:
    """The text of ``el`` as a browser shows it: spaces collapsed, line breaks as ``\\n``."""
    return inline_from_raw(raw_text(el))


def inline_from_raw(raw: str) -> str:
    """:func:`inline_text` from the element's :func:`raw_text`."""
    s = " ".join(raw.split())
    if _BR in s or _NL in s:
        s = _LINE.sub("\n", s)
        s = "\n".join(line for line in s.split("\n") if line)
    return s


def block_paragraphs(el: HtmlElement) -> list[str]:
    """The paragraphs of ``el``: ``<br><br>`` and block edges split, a single ``<br>`` breaks lines."""
    return split(raw_text(el))


def split(raw: str) -> list[str]:
    """Paragraphs of collected text: whitespace collapsed, breaks turned into paragraphs/lines."""
    s = " ".join(raw.split())
    if _BR not in s and _NL not in s:
        return [s] if s else []
    out: list[str] = []
    cur: list[str] = []
    # a paragraph ends at a block edge or at two line breaks in a row
    for i, piece in enumerate(_PARA_SPLIT.split(s)):
        if i % 2:
            if cur:
                out.append("\n".join(cur))
                cur = []
            continue
        cur.extend(x for x in (y.strip() for y in piece.split(_BR)) if x)
    if cur:
        out.append("\n".join(cur))
    return out


@functools.lru_cache(maxsize=1024)
def join_url(base: str, href: str) -> str:
    """``urljoin(base, href)``, kept in a bounded cache: a page joins the same links and
    image addresses to its base several times (teasers, lazy copies and their twins; 866
    joins, 533 of them distinct, on fundus-dev), and the result depends on the two alone."""
    return urljoin(base, href)
