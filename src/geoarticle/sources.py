"""Reading raw inputs: decide whether bytes are HTML or a text dump, decode, parse."""

from __future__ import annotations

import re
from typing import Any, Literal

import attrs

from .api import parse_html, parse_text
from .errors import NotAnArticleError
from .models import Article

__all__ = ["Kind", "decode_text", "detect_kind", "parse_source"]

Kind = Literal["html", "text"]

_HTML_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article)\b",
    re.I | re.S,
)
_HTML_TAGS = re.compile(rb"</(?:p|div|html|body|article|span|a|h[1-6]|li|td)>", re.I)
_BINARY = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def detect_kind(data: bytes | str) -> Kind:
    """``"html"`` when the input starts like a page or is full of closing tags, else ``"text"``."""
    head = (data.encode("utf-8", "replace") if isinstance(data, str) else data)[:65536]
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    return "text"


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a text dump: UTF-8 (BOM honoured), UTF-16 with a BOM, else cp1252 with a warning.

    Raises NotAnArticleError for binary data (NUL or control bytes in the first 64 KiB).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), ()
    if _BINARY.search(data[:65536]):
        raise NotAnArticleError("input looks binary (control bytes), not an article")
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        return text, (f"input is not UTF-8 (byte {exc.start}); decoded as cp1252",)


def parse_source(
    data: bytes | str,
    *,
    url: str | None = None,
    kind: Kind | Literal["auto"] = "auto",
    **options: Any,
) -> Article:
    """Parse raw input as HTML or text (detected unless ``kind`` says), with the default pipeline."""
    if kind == "auto":
        kind = detect_kind(data)
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
