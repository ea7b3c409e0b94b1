"""The article a script renders: HTML written as a JSON string into an inline script.

Pages built by a client-side framework may ship the article only in the state they hand
their script (``"contentHtml":"\\u003cp\\u003e..."``, a hydration state, an API answer):
the HTML of the page holds no body. :func:`script_sources` picks the inline scripts
(taken before the tree is cleaned) that hold paragraph markup, :func:`attribute_sources` the
JSON props written into ``data-*`` attributes for a component to hydrate; :func:`embedded_article` reads the
longest JSON string of paragraph markup among them into a tree of its own, for the body
step to walk when the page's HTML gave (nearly) nothing.
"""

from __future__ import annotations

import json
import re

import lxml.html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from ._heuristics import Heuristics

__all__ = ["attribute_sources", "embedded_article", "script_sources"]

# paragraph markup as a JSON string writes it: escaped ("\u003cp") or plain ("<p>")
_MARKS = ("\\u003cp", "\\u003Cp", "<p>", "<p ")
# a JSON string literal (escapes kept), long enough to hold an article
_STRING = re.compile(r'"((?:[^"\\]|\\.){200,})"')
_P_OPEN = re.compile(r"<p[\s>]", re.IGNORECASE)
_TYPES = frozenset(("", "application/json", "text/javascript", "application/javascript"))


def script_sources(scripts: list[HtmlElement]) -> list[str]:
    """The texts of the inline ``scripts`` that hold paragraph markup."""
    out = []
    for script in scripts:
        text = script.text
        if not text or len(text) < 200 or script.get("src") is not None:
            continue
        if (script.get("type") or "").strip().lower() not in _TYPES:
            continue
        if any(mark in text for mark in _MARKS):
            out.append(text)
    return out


def attribute_sources(root: HtmlElement) -> list[str]:
    """The JSON objects written into ``data-*`` attributes (a component's props handed to its
    script: ``data-react-props="{...}"``) that hold paragraph markup."""
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for key, value in el.items():
            if (
                key.startswith("data-")
                and len(value) >= 200
                and value.lstrip()[:1] in ("{", "[")
                and any(mark in value for mark in _MARKS)
            ):
                out.append(value)
    return out


def embedded_article(scripts: list[str], h: Heuristics) -> HtmlElement | None:
    """The longest JSON string of paragraph markup (at least ``script_body_min`` characters
    of text, in at least ``script_body_paragraphs`` paragraphs) in ``scripts``, as a tree."""
    best: tuple[int, HtmlElement] | None = None
    for text in scripts:
        for m in _STRING.finditer(text):
            raw = m.group(1)
            if not any(mark in raw for mark in _MARKS):
                continue
            try:
                value = json.loads(f'"{raw}"')
            except ValueError:
                continue
            if len(_P_OPEN.findall(value)) < h.script_body_paragraphs:
                continue
            try:
                tree = lxml.html.fragment_fromstring(value, create_parent="div")
            except (ParserError, ValueError):
                continue
            n = len(tree.text_content())
            if n >= h.script_body_min and (best is None or n > best[0]):
                best = (n, tree)
    return best[1] if best else None
