"""One pass over the head-level signals of a page: ``<meta>``, ``<title>``, links, JSON-LD, ``<time>``."""

from __future__ import annotations

import functools
import re

import attrs
from lxml.html import HtmlElement

__all__ = ["PageSignals", "TimeTag", "collect", "meta_source"]

_KEY_PREFIX = re.compile(r"^(dc|dcterms|dcterm|dcsext)[:.]", re.I)


@attrs.frozen
class TimeTag:
    """A ``<time datetime>`` and what the page says it is."""

    value: str
    #: "published", "modified" or None when the markup does not say.
    kind: str | None


@attrs.frozen
class PageSignals:
    """What the page declares about itself outside the body text."""

    #: Normalised meta key (``og:title``, ``dc.creator``, ``author``) to its values, in order;
    #: ``property=`` values come before ``name=`` ones.
    meta: dict[str, tuple[str, ...]]
    title: str = ""
    html_lang: str | None = None
    canonical: str | None = None
    h1: tuple[str, ...] = ()
    #: the headlines the page shows: ``<h1>`` and the first ``<h2>`` outside lists and menus
    #: (an ``<h1>`` in a breadcrumb is navigation)
    headlines: tuple[str, ...] = ()
    #: the values of og:title and twitter:title (property) and twitter:title and title (name)
    title_tags: tuple[str, ...] = ()
    jsonld: tuple[str, ...] = ()
    times: tuple[TimeTag, ...] = ()

    def first(self, *keys: str) -> tuple[str, str] | None:
        """The first (key, value) among ``keys`` that the page gives."""
        for key in keys:
            values = self.meta.get(key)
            if values:
                return key, values[0]
        return None

    def all(self, key: str) -> tuple[str, ...]:
        """Every value of ``key``."""
        return self.meta.get(key, ())


def meta_source(key: str) -> str:
    """The provenance name of a meta key: ``opengraph``, ``twitter`` or ``meta``."""
    if key.startswith(("og:", "article:")):
        return "opengraph"
    if key.startswith("twitter:"):
        return "twitter"
    return "meta"


@functools.lru_cache(maxsize=2048)
def _norm_key(key: str) -> str:
    key = key.strip().lower()
    return _KEY_PREFIX.sub(lambda m: m.group(1).lower().replace("dcterm", "dcterms") + ".", key)


def _text(el: HtmlElement) -> str:
    return " ".join(el.text_content().split())


_PUBLISHED = re.compile(r"publish|posted|created|pubdate|date-?pub", re.I)
_MODIFIED = re.compile(r"modif|updated|update", re.I)


def _time_kind(el: HtmlElement) -> str | None:
    prop = (el.get("itemprop") or "").lower()
    if "datepublished" in prop or "datecreated" in prop or el.get("pubdate") is not None:
        return "published"
    if "datemodified" in prop:
        return "modified"
    attrs_text = " ".join(filter(None, (el.get("class"), el.get("id"))))
    parent = el.getparent()
    if parent is not None:
        attrs_text += " " + (parent.get("class") or "")
    if _MODIFIED.search(attrs_text):
        return "modified"
    if _PUBLISHED.search(attrs_text):
        return "published"
    return None


_TITLE_PROPERTIES = ("og:title", "twitter:title")
_TITLE_NAMES = ("twitter:title", "title")


def _in_menu(el: HtmlElement) -> bool:
    return any(a.tag in ("li", "nav", "a", "menu") for a in el.iterancestors())


def collect(root: HtmlElement) -> PageSignals:
    """Read the page's declared metadata in one walk of the tree."""
    by_property: dict[str, list[str]] = {}
    by_name: dict[str, list[str]] = {}
    title = ""
    canonical = None
    h1: list[str] = []
    jsonld: list[str] = []
    times: list[TimeTag] = []
    headlines: list[str] = []
    title_tags: list[str] = []
    for el in root.iter("meta", "title", "link", "script", "time", "h1", "h2"):
        tag = el.tag
        if tag == "meta":
            # its attributes read at once (a meta tag has two or three)
            attrs_ = dict(el.items())
            content = attrs_.get("content")
            if content is None:
                continue
            content = " ".join(content.split())
            if not content:
                continue
            prop, name = attrs_.get("property"), attrs_.get("name")
            if prop in _TITLE_PROPERTIES or name in _TITLE_NAMES:
                title_tags.append(content)
            for raw, store in (
                (prop, by_property),
                (name, by_name),
                (attrs_.get("itemprop"), by_name),
            ):
                if raw:
                    for key in raw.split():
                        store.setdefault(_norm_key(key), []).append(content)
            equiv = attrs_.get("http-equiv")
            if equiv and equiv.lower() == "content-language":
                by_name.setdefault("content-language", []).append(content)
        elif tag == "title":
            if not title:
                title = _text(el)
        elif tag == "link":
            if canonical is None:  # (the first canonical link wins: later ones are not read)
                rel = (el.get("rel") or "").lower().split()
                if "canonical" in rel and el.get("href"):
                    canonical = el.get("href", "").strip() or None
        elif tag == "script":
            if (el.get("type") or "").strip().lower() == "application/ld+json":
                jsonld.append(el.text or "")
        elif tag == "time":
            value = el.get("datetime")
            if value and value.strip():
                times.append(TimeTag(value.strip(), _time_kind(el)))
        elif tag == "h2":
            if len(headlines) < 8 and not _in_menu(el):
                text = _text(el)
                if text:
                    headlines.append(text)
        elif len(h1) < 5:
            text = _text(el)
            if text:
                h1.append(text)
                if not _in_menu(el):
                    headlines.append(text)
    meta = {k: tuple(v) for k, v in by_property.items()}
    for k, v in by_name.items():
        meta[k] = meta.get(k, ()) + tuple(v)
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return PageSignals(
        meta=meta,
        title=title,
        html_lang=lang.strip() if lang and lang.strip() else None,
        canonical=canonical,
        h1=tuple(h1),
        headlines=tuple(headlines),
        title_tags=tuple(title_tags),
        jsonld=tuple(jsonld),
        times=tuple(times),
    )
