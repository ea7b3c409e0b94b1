"""Titles without the site's name: ``"Story | Site"``, ``"Story - Site"``, ``"Site: Story"``.

A part is cut only when it names the site (og:site_name, the JSON-LD publisher,
application-name, the twitter handle, the host name), compared without case,
punctuation or a leading "The". A ``<title>`` that names no known site loses its
last `` | ... `` part only when at least five words remain (so "Mozilla - Wikipedia"
stays whole). A last part of five words or fewer that holds a known site name (the host
"norlandherald" in "Story - The Daily Norland Herald"), or that is the host name itself
("Story - norlandherald.no"), is cut too. Any title (``<title>``, og:title, the JSON-LD headline) that is the page's
``<h1>`` (three words or more) followed by a separator and more ("Story | Section | Site |
date") is that ``<h1>``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

__all__ = ["clean_title", "site_keys", "title_key"]

_SEP_RE = re.compile(r"(?<!\s)\s+(?:\||-|–|—|·|•|::|»|/)\s+|(?<!\s)\s*(?:\||::)\s*$")
_PREFIX_RE = re.compile(r"^(?P<head>[^|–—·•»:]{2,60}?)\s*(?:\||-|–|—|·|•|::|»|:)\s+")
_NON_ALNUM = re.compile(r"[\W_]+")
_MIN_WORDS_LEFT = 5


def _key(text: str) -> str:
    key = _NON_ALNUM.sub("", text.casefold())
    return key[3:] if key.startswith("the") and len(key) > 6 else key


@functools.lru_cache(maxsize=2048)
def title_key(text: str) -> str:
    """A title compared without case, spaces or punctuation.

    A pure function of the text, kept in a bounded cache: a page compares the same titles
    and headings several times (metadata, title region, anchors), and no result depends on
    what an earlier parse asked."""
    return _NON_ALNUM.sub("", text.casefold())


def site_keys(names: Iterable[str | None]) -> frozenset[str]:
    """Comparison keys for the names a site goes by (each name and its first part)."""
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        name = name.lstrip("@")
        keys.add(_key(name))
        first = re.split(r"\s+(?:\||-|–|—|:)\s+", name, maxsplit=1)[0]
        keys.add(_key(first))
    keys.discard("")
    return frozenset(k for k in keys if len(k) >= 2)


def _words(text: str) -> int:
    return len(text.split())


#: Longest site name spelled out in a title's tail ("Story - The Daily Norland Herald").
_SITE_TAIL_WORDS = 5
#: Shortest site key that may be found inside a longer name (a host's "heraldnews").
_SITE_INNER_CHARS = 6


def _names_site(tail: str, sites: frozenset[str]) -> bool:
    """Whether a short ``tail`` spells out a site name that holds a known one (the
    host "norlandherald" in "The Daily Norland Herald") or is a known host ("rp.pl")."""
    if _words(tail) > _SITE_TAIL_WORDS:
        return False
    if " " not in tail.strip() and "." in tail:  # the host itself: "Story - norlandpost.no"
        return _key(tail.strip().split(".")[0]) in sites
    key = _key(tail)
    return any(len(k) >= _SITE_INNER_CHARS and k in key for k in sites)


def clean_title(
    title: str, *, sites: frozenset[str], from_title_tag: bool, h1: tuple[str, ...] = ()
) -> str:
    """``title`` without a site-name part (see the module docstring)."""
    title = " ".join(title.split())
    if _key(title) in sites:
        return title  # the "site name" is the title itself (application-name = og:title)
    seps = [m for m in _SEP_RE.finditer(title) if m.start() > 0]
    if seps:
        last = seps[-1]
        if last.end() == len(title) and len(seps) > 1:
            last = seps[-2]  # "Story :: Site ::"
        tail = title[last.end() :]
        if _key(tail) in sites or _names_site(tail, sites):
            return title[: last.start()].strip()
    m = _PREFIX_RE.match(title)
    if m and _key(m["head"]) in sites and _words(title[m.end() :]) >= 2:
        return title[m.end() :].strip()
    folded = title.casefold()
    for heading in h1:
        if (
            _words(heading) >= 3
            and heading.casefold() != folded
            and folded.startswith(heading.casefold())
        ):
            rest = title[len(heading) :].lstrip()
            if rest[:1] in ("|", "-", "–", "—", "·", "•", ":", "»"):
                return heading
    if not from_title_tag:
        return title
    seps = [m for m in _SEP_RE.finditer(title) if m.start() > 0 and m.end() < len(title)]
    if seps:
        head, tail = title[: seps[-1].start()], title[seps[-1].end() :]
        if _words(head) >= _MIN_WORDS_LEFT and _words(tail) <= 8:
            return head.strip()
    return title
