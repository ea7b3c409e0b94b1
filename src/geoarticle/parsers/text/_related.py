"""The related-articles block after a ``Related articles`` header.

Dumps repeat each teaser as three lines: the title with its category labels
run on (``Title Defense & Security, Geopolitics & Diplomacy``), the bare title,
then the excerpt (usually ending in an ellipsis). When a unit starts with the
next unit plus a space, the remainder is the category list (split on ``,``,
``|`` and ``·``). Teasers without the repeated line are a title, an optional
URL line and an optional excerpt; category labels learnt from other teasers of
the block are taken off their titles too. Bulleted items are titles.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from ...models import RelatedLink
from ._lines import is_furniture
from ._units import ListUnit, TextUnit, Unit

__all__ = ["read_related"]

_CATEGORY_SEP = re.compile(r"(?<!\s)\s*(?:,|\||·)\s*")
_URL = re.compile(r"https?://\S+\Z")
_MAX_TITLE_WORDS = 30


def _is_excerpt(text: str) -> bool:
    return text.endswith(("…", "...", ".")) or len(text.split()) > 25


@attrs.define
class _Draft:
    title: str
    categories: tuple[str, ...] = ()
    url: str | None = None
    excerpt: str | None = None


def _texts(units: Sequence[Unit]) -> list[str]:
    texts: list[str] = []
    for unit in units:
        if isinstance(unit, TextUnit) and not is_furniture(unit.text):
            texts.append(unit.text)
        elif isinstance(unit, ListUnit):
            texts.extend(unit.items)
    return texts


def _drafts(texts: list[str]) -> list[_Draft]:
    drafts: list[_Draft] = []
    i, n = 0, len(texts)
    while i < n:
        text = texts[i]
        nxt = texts[i + 1] if i + 1 < n else None
        if nxt and len(text) > len(nxt) + 1 and text.startswith(nxt + " ") and not _is_excerpt(nxt):
            cats = tuple(c for c in _CATEGORY_SEP.split(text[len(nxt) + 1 :]) if c)
            draft = _Draft(nxt, cats)
            i += 2
        elif not _is_excerpt(text) and len(text.split()) <= _MAX_TITLE_WORDS:
            draft = _Draft(text)
            i += 1
        else:
            i += 1
            continue
        if i < n and _URL.match(texts[i]):
            draft.url = texts[i]
            i += 1
        if i < n and _is_excerpt(texts[i]):
            draft.excerpt = texts[i]
            i += 1
        drafts.append(draft)
    return drafts


def _strip_known(draft: _Draft, known: list[str]) -> None:
    for cat in known:
        suffix = " " + cat
        if draft.title.endswith(suffix) and len(draft.title) > len(suffix):
            draft.title = draft.title[: -len(suffix)].rstrip(" ,|·")
            draft.categories = (cat, *draft.categories)


def read_related(units: Sequence[Unit]) -> list[RelatedLink]:
    """The teasers of a related-articles block, categories taken off their titles."""
    drafts = _drafts(_texts(units))
    known = sorted({c for d in drafts for c in d.categories}, key=len, reverse=True)
    links = []
    for draft in drafts:
        if not draft.categories and known:
            _strip_known(draft, known)
        links.append(
            RelatedLink(
                title=draft.title,
                url=draft.url,
                categories=draft.categories,
                excerpt=draft.excerpt,
            )
        )
    return links
