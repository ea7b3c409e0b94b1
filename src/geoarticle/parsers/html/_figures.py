"""Figures and body images: source, alt text, caption, and the credit split out of it."""

from __future__ import annotations

import re

import attrs
from lxml.html import HtmlElement

from ...models import ImageCredit
from .._credits import parse_credit, read_marked_credit
from ._hints import hint
from ._text import inline_text, join_url, norm

__all__ = ["figure_credit", "image_src", "is_figure_like", "merge_credit", "split_credit"]

_LAZY = (
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-lazyload",
    "data-url",
    "data-hi-res-src",
)
_SKIP_IMG = re.compile(
    r"logo|avatar|icon|pixel|spacer|emoji|gravatar|badge|sprite|blank\.gif|tracking|1x1",
    re.IGNORECASE,
)
# the same for lower-cased ASCII text: many times faster than the case-blind search
_SKIP_IMG_LOWER = re.compile(_SKIP_IMG.pattern)


def _skipped(value: str) -> bool:
    """Whether an image URL (or the image's class and id) names a logo, an icon, a pixel..."""
    if value.isascii():  # (beyond ASCII, case-blind matching is more than lower-casing)
        return _SKIP_IMG_LOWER.search(value.lower()) is not None
    return _SKIP_IMG.search(value) is not None


_CAPTION = re.compile(r"caption|legend|figcaption|wp-caption-text")
_CREDIT = re.compile(r"credit|copyright|photographer|source|attribution|byline|courtesy")
_FIGURE_HINT = re.compile(r"wp-caption|figure|image|photo|picture|media|img")
# "(Photo: X/AFP)" or "Photo: X via Flickr" at the end of a caption
_TRAILING_PAREN = re.compile(r"(?<!\s)\s*[(\[]([^()\[\]]{3,200})[)\]]\s*\.?$")
_TRAILING_LABEL = re.compile(
    r"(?:^|(?<=[.!?])\s+|(?<!\s)\s+[|–—-]\s+)((?:Photo|Image|Picture|Foto|Bild|Credit|Source|"
    r"Photograph|Illustration|Graphic|Video)s?\s*(?:\d+\s*)?(?:credit)?\s*:\s*[^.]{2,200})\.?$",
    re.IGNORECASE,
)


def _first_srcset(value: str | None) -> str | None:
    if not value:
        return None
    first = value.strip().split(",")[0].strip().split(" ")[0]
    return first or None


def image_src(img: HtmlElement, base: str | None) -> str | None:
    """The real image URL: lazy-loading attributes first, placeholders skipped."""
    src = None
    for attr in _LAZY:
        v = img.get(attr)
        if v and not v.startswith("data:"):
            src = v.strip()
            break
    if src is None:
        v = img.get("src")
        if v and not v.startswith("data:"):
            src = v.strip()
    if src is None:
        src = _first_srcset(img.get("data-srcset") or img.get("srcset"))
    if not src:
        return None
    return join_url(base, src) if base else src


def _tiny(img: HtmlElement) -> bool:
    for attr in ("width", "height"):
        v = img.get(attr, "")
        if v.isdigit() and int(v) <= 40:
            return True
    return False


def split_credit(caption: str) -> tuple[str, ImageCredit | None]:
    """A caption without its credit, and the credit it stated ("... (Photo: X/AFP)")."""
    whole = parse_credit(caption)
    if whole is not None and (whole.credit or whole.via or whole.license):
        # the shared parser reads "Caption (Photo: X/Agency)" whole and hands the caption back
        return whole.caption or "", attrs.evolve(whole, caption=None)
    for pattern in (_TRAILING_PAREN, _TRAILING_LABEL):
        m = pattern.search(caption)
        if m:
            found = parse_credit(m.group(1))
            if found is None:
                found = _labelled(m.group(1))
            if found is not None:
                return caption[: m.start()].rstrip(" -–—|"), found
    return caption, None


def _labelled(line: str) -> ImageCredit | None:
    """A fallback for "Photo: X/Agency" when the shared credit parser does not read it."""
    label, sep, rest = line.partition(":")
    if not sep or not rest.strip() or len(label) > 30:
        return None
    credit, _, via = rest.strip().partition(" via ")
    if not via and "/" in credit:
        credit, _, via = credit.rpartition("/")
    return ImageCredit(
        label=label.strip() or None, credit=credit.strip() or None, via=via.strip() or None
    )


def merge_credit(base: ImageCredit, found: ImageCredit) -> ImageCredit:
    """``base`` with the label, credit, via and licence of ``found`` filled in."""
    return attrs.evolve(
        base,
        label=base.label or found.label,
        credit=found.credit or base.credit,
        via=found.via or base.via,
        license=found.license or base.license,
    )


def is_figure_like(el: HtmlElement) -> bool:
    """A wrapper of one image and its caption (``div.wp-caption``, ``span.image``)."""
    h = hint(el)
    if not h or not _FIGURE_HINT.search(h):
        return False
    imgs = 0
    for _ in el.iter("img"):
        imgs += 1
        if imgs > 1:
            return False
    return imgs == 1 and len(el.text_content()) < 600


def figure_credit(el: HtmlElement, base: str | None) -> ImageCredit | None:
    """The ImageCredit of a figure, a captioned wrapper or a bare ``<img>`` (None for icons)."""
    img = el if el.tag == "img" else next(el.iter("img"), None)
    if img is None:
        return None
    src = image_src(img, base)
    if src is None or _tiny(img) or _skipped(src) or _skipped(hint(img)):
        return None
    alt = norm(img.get("alt") or "") or None
    caption_el = None
    credit_el = None
    if el is not img:
        for node in el.iter():
            if node is img or not isinstance(node.tag, str):
                continue
            h = hint(node)
            if credit_el is None and (
                (h and _CREDIT.search(h))
                or (node.tag in ("small", "cite") and caption_el is not None)
            ):
                credit_el = node
            elif caption_el is None and (node.tag == "figcaption" or (h and _CAPTION.search(h))):
                caption_el = node
    credit_text = inline_text(credit_el) if credit_el is not None else ""
    caption = ""
    if caption_el is not None:
        caption = inline_text(caption_el)
        if credit_text and credit_text in caption:
            caption = caption.replace(credit_text, "").strip(" \n-–—|")
    caption = norm(caption)
    found = None
    if credit_text:
        found = parse_credit(credit_text) or _labelled(credit_text)
        if found is None:
            found = read_marked_credit(norm(credit_text))
    elif caption:
        caption, found = split_credit(caption)
    credit = ImageCredit(alt=alt, src=src, caption=caption or None)
    return merge_credit(credit, found) if found is not None else credit
