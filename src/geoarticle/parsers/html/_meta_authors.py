"""Authors from JSON-LD people, meta tags and byline elements of the page.

Byline elements are those whose ``rel``, ``itemprop``, ``class`` or ``id`` say
author/byline/writer, outside comments, related-content and footer areas. The
first such element (in document order) that names someone wins; when it holds
narrower author elements (``<a class="author">`` inside ``<div class="byline">``),
names come from those and the rest of its text may give a role or affiliation
("Seattle Times business reporter"). A byline naming only a wire agency lets the
next few bylines add the people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree
from lxml.html import HtmlElement

from ...models import Author, AuthorKind
from .._bylines import classify_name, parse_byline, tidy_name
from ._hints import in_area
from ._jsonld import LdPerson

__all__ = ["authors_from_jsonld", "authors_from_values", "page_bylines", "with_site_staff"]

_CANDIDATE = re.compile(r"author(?!i[tz])|byline|writer|contributor|autor|auteur|creator", re.I)
# the same for lower-cased ASCII text: several times faster than the case-blind search
_CANDIDATE_LOWER = re.compile(_CANDIDATE.pattern)
_SELF_NEGATIVE = re.compile(
    r"avatar|image|img|photo|pic|social|follow|tweet|share|credit|caption|comment|date|time"
    r"|more-?by|about|bio|email|tab|menu|desc|label|source",
    re.I,
)
_AREA_NEGATIVE = re.compile(
    r"comment|related|recirc|sidebar|footer|promo|newsletter|rail|widget|teaser|more-from"
    r"|most-popular|trending|recommend|outbrain|taboola",
    re.I,
)
_AREA_TAGS = frozenset({"footer", "nav"})
_LEADING_BY = re.compile(r"^[\s,|:-]*(?:by|par|por|von|door)\b[\s:]*", re.I)
_SKIP_TAGS = frozenset({"script", "style", "meta", "link", "noscript", "template", "html", "body"})
_MAX_CANDIDATES = 40
_MAX_TEXT = 300
_ANCESTOR_DEPTH = 15
_URLISH = re.compile(r"^(?:https?:)?//|^www\.|\.(?:com|org|net)/", re.I)
# the attributes whose values may name a byline element
_NAMED_BY = frozenset(("class", "id", "rel", "itemprop"))
_DOC_INDEX = etree.XPath("count(preceding::*) + count(ancestor::*)")


def _attr_text(el: HtmlElement) -> str:
    return " ".join(
        v for v in (el.get("class"), el.get("id"), el.get("rel"), el.get("itemprop")) if v
    )


def _in_bad_area(el: HtmlElement) -> bool:
    return in_area(el, _AREA_TAGS, _AREA_NEGATIVE, depth=_ANCESTOR_DEPTH)


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _says_author(value: str) -> bool:
    if value.isascii():  # (beyond ASCII, case-blind matching is more than lower-casing)
        return _CANDIDATE_LOWER.search(value.lower()) is not None
    return _CANDIDATE.search(value) is not None


def _matching(root: HtmlElement) -> list[HtmlElement]:
    """Elements (document order) with a class, id, rel or itemprop value saying author/byline."""
    out: list[HtmlElement] = []
    # whether a value says author/byline, for this page only (a page repeats its class names)
    memo: dict[str, bool] = {}
    # one walk reading each element's attributes at once: cheaper than an XPath that hands
    # out every value as a string that knows its element (most values never match)
    for el in root.iter(etree.Element):
        for key, value in el.items():
            if key in _NAMED_BY:
                # the pattern cannot match across two values, so testing them one by one
                # is the same as testing their joined text
                hit = memo.get(value)
                if hit is None:
                    hit = memo[value] = _says_author(value)
                if hit:
                    out.append(el)
                    break
    return out


def _candidates(root: HtmlElement) -> list[HtmlElement]:
    out: list[HtmlElement] = []
    for el in _matching(root):
        if el.tag in _SKIP_TAGS:
            continue
        rel_author = "author" in (el.get("rel") or "").lower().split()
        if not rel_author and _SELF_NEGATIVE.search(_attr_text(el)):
            continue
        if _in_bad_area(el):
            continue
        out.append(el)
        if len(out) >= _MAX_CANDIDATES:
            break
    return out


def _is_inside(el: HtmlElement, container: HtmlElement) -> bool:
    return any(anc is container for anc in el.iterancestors())


def _from_element(el: HtmlElement, inner: list[HtmlElement]) -> tuple[Author, ...]:
    text = _text(el)
    if not text or (len(text) > _MAX_TEXT and not inner):
        return ()
    leaves = [c for c in inner if not any(_is_inside(o, c) for o in inner if o is not c)]
    leaf_texts = [t for t in (_text(c) for c in leaves) if t and len(t) <= _MAX_TEXT]
    if not leaf_texts:
        return parse_byline(text) if len(text) <= _MAX_TEXT else ()
    authors = parse_byline(", ".join(dict.fromkeys(leaf_texts)))
    if not authors or len(text) > _MAX_TEXT:
        return authors
    rest = text
    for t in leaf_texts:
        rest = rest.replace(t, " ")
    rest = _LEADING_BY.sub("", rest)
    if not rest.strip(" ,.-–—|:()"):
        return authors
    extra = parse_byline(authors[-1].name + ", " + rest)
    if not extra or extra[0].name != authors[-1].name:
        return authors
    last, more = authors[-1], extra[0]
    merged = Author(
        name=last.name,
        kind=last.kind,
        role=last.role or more.role,
        affiliation=last.affiliation or more.affiliation,
        url=last.url,
    )
    known = {a.name.casefold() for a in authors}
    added = [a for a in extra[1:] if a.name.casefold() not in known]
    return (*authors[:-1], merged, *added)


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return len(wa & wb) / max(1, len(wa | wb))


def _by_distance(root: HtmlElement, groups: list[HtmlElement], title: str) -> list[HtmlElement]:
    """``groups`` ordered by distance from the headline (after it first), if one is found."""
    if not title or len(groups) < 2:
        return groups
    wanted = {id(g) for g in groups}
    anchor = next(
        (
            h
            for h in root.iter("h1", "h2")
            if id(h) not in wanted and _overlap(_text(h), title) >= 0.6
        ),
        None,
    )
    if anchor is None:
        return groups
    # document order: elements before the anchor plus its ancestors (the order is all
    # that matters: after the anchor nearest first, then before it nearest first)
    at = _position(anchor)
    where = {id(g): _position(g) for g in groups}

    def key(el: HtmlElement) -> tuple[int, float]:
        d = where[id(el)] - at
        return (0, d) if d >= 0 else (1, -d)

    return sorted(groups, key=key)


def _position(el: HtmlElement) -> float:
    value = _DOC_INDEX(el)
    return float(value) if isinstance(value, float) else 0.0


def page_bylines(root: HtmlElement, title: str = "") -> tuple[Author, ...]:
    """Authors named by the byline elements of the page (see the module docstring)."""
    candidates = _candidates(root)
    groups = [
        el for el in candidates if not any(_is_inside(el, o) for o in candidates if o is not el)
    ]
    found: list[Author] = []
    looked_after_agency = 0
    for el in _by_distance(root, groups, title):
        inner = [c for c in candidates if c is not el and _is_inside(c, el)]
        authors = _from_element(el, inner)
        if not authors:
            continue
        names = {a.name.casefold() for a in found}
        found.extend(a for a in authors if a.name.casefold() not in names)
        if any(a.kind is AuthorKind.PERSON for a in found):
            break
        looked_after_agency += 1
        if looked_after_agency > 3:
            break
    return tuple(found)


def _person(p: LdPerson) -> tuple[Author, ...]:
    if _URLISH.search(p.name):
        return ()
    if any(sep in p.name for sep in (",", " and ", " & ", "By ", "by ", "|")):
        parsed = parse_byline(p.name)
    else:
        name = tidy_name(p.name)
        parsed = (Author(name=name, kind=classify_name(name)),) if name else ()
    if len(parsed) != 1:
        return parsed
    a = parsed[0]
    kind = a.kind
    if p.is_org and kind is AuthorKind.PERSON:
        kind = AuthorKind.STAFF
    return (
        Author(
            name=a.name,
            kind=kind,
            role=p.role or a.role,
            affiliation=p.affiliation or a.affiliation,
            url=p.url or a.url,
        ),
    )


def authors_from_jsonld(people: Iterable[LdPerson]) -> tuple[Author, ...]:
    """Authors from JSON-LD ``author`` entries (names cleaned, roles kept)."""
    out: list[Author] = []
    for p in people:
        out.extend(_person(p))
    return _dedupe(out)


def authors_from_values(values: Iterable[str], sites: frozenset[str]) -> tuple[Author, ...]:
    """Authors from meta-tag values (URLs and handles skipped, a site's own name kept whole)."""
    out: list[Author] = []
    for value in values:
        value = value.strip()
        if not value or (_URLISH.search(value) and " " not in value) or value.startswith("@"):
            continue
        if _site_key(value) in sites:
            out.append(Author(name=value, kind=AuthorKind.STAFF))
            continue
        out.extend(parse_byline(value))
    return _dedupe(out)


def _site_key(text: str) -> str:
    key = re.sub(r"[\W_]+", "", text.casefold())
    return key[3:] if key.startswith("the") and len(key) > 6 else key


def with_site_staff(authors: tuple[Author, ...], sites: frozenset[str]) -> tuple[Author, ...]:
    """Authors whose name is the site's own become staff bylines."""
    out = []
    for a in authors:
        if a.kind is AuthorKind.PERSON and _site_key(a.name) in sites:
            a = Author(name=a.name, kind=AuthorKind.STAFF, role=a.role, affiliation=a.affiliation)
        out.append(a)
    return tuple(out)


def _dedupe(authors: list[Author]) -> tuple[Author, ...]:
    seen: set[str] = set()
    out = []
    for a in authors:
        key = a.name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(a)
    return tuple(out)
