"""Reading raw inputs: decide whether bytes are HTML or a text dump, decode, parse."""

from __future__ import annotations

import re
from typing import Any, Literal

import attrs

from .api import parse_html, parse_text
from .errors import NotAnArticleError
from .models import Article
from .parsers.html import _load

__all__ = ["Kind", "decode_text", "detect_kind", "parse_source"]

Kind = Literal["html", "text"]

# what a page starts with (after a BOM, an XML declaration, comments and blank space): a
# doctype or an element of HTML's head or body
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,500}\?>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|(?:html|head|body|meta|title|link|base|script|style|noscript|template"
    r"|div|p|article|main|header|footer|nav|section|aside|span|a|h[1-6]|table|ul|ol|form"
    r"|iframe|img|figure|center|font|b|i|br|hr|pre|blockquote|svg)\b)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"</(?:p|div|html|body|article|span|a|h[1-6]|li|td|script|title)>", re.I)
_HEAD = 65536


def _head_text(data: bytes | str) -> str:
    """The first 64 KB of ``data`` as text, decoded as :func:`parse_html` would decode it
    (BOMs, UTF-16 without a BOM), else as UTF-8 with replacement characters."""
    if isinstance(data, str):
        return data[:_HEAD]
    head = data[: 2 * _HEAD]
    bom = _load.decode_bom(head)
    if bom is not None:
        return bom[0][:_HEAD]
    utf16 = _load.utf16_without_bom(data)
    if utf16 is not None:
        return head.decode(utf16, "replace")[:_HEAD]
    return head[:_HEAD].decode("utf-8", "replace")


_HTML_NAME = re.compile(r"\.(?:html?|xhtml|shtml)(?:\.gz)?\Z", re.IGNORECASE)


def detect_kind(data: bytes | str, *, name: str | None = None) -> Kind:
    """``"html"`` when the input starts like a page or is full of closing tags, else ``"text"``.

    Bytes are decoded first as :func:`parse_html` decodes them, so a UTF-16 page (with or
    without a BOM) is recognised as HTML too. A file ``name`` ending in ``.html``,
    ``.htm``, ``.xhtml`` or ``.shtml`` (``.gz`` aside) is HTML whatever it starts with;
    other names (``.txt`` dumps sometimes hold pages) leave it to the content.
    """
    if name is not None and _HTML_NAME.search(name):
        return "html"
    head = _head_text(data)
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    return "text"


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a text dump: a BOM (UTF-8, UTF-16, UTF-32), UTF-16 without a BOM, UTF-8,
    else cp1252 with a warning.

    Raises NotAnArticleError for binary data, judged as :func:`parse_html` judges it (a
    binary signature, or NUL and control bytes over 2 % of a sample, unless UTF-16).
    """
    bom = _load.decode_bom(data)
    if bom is not None:
        return bom[0], ()
    if _load.looks_binary(data):
        raise NotAnArticleError("input looks binary (control bytes), not an article")
    utf16 = _load.utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, "replace"), (f"the text is {utf16} without a byte-order mark",)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        return text, (f"input is not UTF-8 (byte {exc.start}); decoded as cp1252",)


def parse_source(
    data: bytes | str,
    *,
    url: str | None = None,
    kind: Kind | Literal["auto"] = "auto",
    name: str | None = None,
    **options: Any,
) -> Article:
    """Parse raw input as HTML or text (detected unless ``kind`` says), with the default pipeline.

    ``name`` is the file name the input came from, if any (see :func:`detect_kind`).
    """
    if kind == "auto":
        kind = detect_kind(data, name=name)
    if kind == "html":
        return parse_html(data, url=url, **options)
    if isinstance(data, bytes):
        text, warnings = decode_text(data)
    else:
        text, warnings = data, ()
    article = parse_text(text, **options)
    if url is not None or warnings:
        article = attrs.evolve(
            article, url=url or article.url, warnings=article.warnings + warnings
        )
    return article
