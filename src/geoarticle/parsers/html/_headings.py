"""Headings pages draw without heading tags: bold lines, and run-in headings broken by CSS.

* A *bold line*: a paragraph whose whole text is bold (one ``<strong>``, several
  fragments, or a ``<strong>`` inside a styled ``<span>``), short and no sentence.
* A *run-in heading*: a paragraph that opens with a bold phrase glued to the text after it
  (``<p><strong>Heading</strong>The text ...</p>``): with no space between them the page can
  only show them apart, the phrase on a line of its own (``display: block`` in a style
  sheet), so it is a heading and the rest its first paragraph.
"""

from __future__ import annotations

from lxml.html import HtmlElement

from .._bylines import byline_start
from ._heuristics import Heuristics
from ._text import norm

__all__ = ["bold_line", "run_in_heading"]

_BOLD = ("strong", "b")
# how a sentence (or a label) ends: such a line is body text, not a heading
_TERMINAL = (".", "!", ":", ";", ",", '"', "”", "»", "…")


def _bold_text(el: HtmlElement) -> str:
    """The text of the outermost bold elements inside ``el``."""
    parts: list[str] = []
    for b in el.iter(*_BOLD):
        if b is not el and not _in_bold(b, el):
            parts.append(b.text_content())
    return norm(" ".join(parts))


def _in_bold(node: HtmlElement, top: HtmlElement) -> bool:
    for a in node.iterancestors():
        if a is top:
            return False
        if a.tag in _BOLD:
            return True
    return False


def _heading_like(text: str, h: Heuristics) -> bool:
    words = len(text.split())
    if len(text) > h.heading_chars or words > h.heading_words or "\n" in text:
        return False
    if sum(c.isalpha() for c in text) < 2 or "@" in text or "://" in text:
        return False  # a score, a time, an initial, an address
    if byline_start(text):
        return False  # "By Jane Doe" in bold
    if text.endswith("?"):
        return words <= h.question_heading_words  # "What happened?", not an interview question
    return not text.endswith(_TERMINAL)


def bold_line(el: HtmlElement, text: str, h: Heuristics) -> bool:
    """True when ``el`` (a paragraph of one line, ``text``) is all bold and heading-like."""
    if len(text) > h.heading_chars or next(el.iter(*_BOLD), None) is None:
        return False
    if not _heading_like(text, h):
        return False
    bold = _bold_text(el)
    return bold.replace(" ", "") == text.replace(" ", "")


def run_in_heading(el: HtmlElement, first: str, h: Heuristics) -> str | None:
    """The heading a paragraph opens with when CSS alone breaks it from the text after it
    (``first`` is the paragraph's first line); ``None`` otherwise."""
    if (el.text or "").strip() or not len(el):
        return None
    lead = el[0]
    tail = lead.tail or ""
    if lead.tag not in _BOLD or not tail or tail[0].isspace():
        return None
    head = norm(lead.text_content())
    if not head or not head[-1].isalnum() or not _heading_like(head, h):
        return None
    rest = first[len(head) :]
    if not first.startswith(head) or len(rest) < h.run_in_rest or not rest[0].isupper():
        return None
    return head
