"""Metadata from every source a page offers, reconciled by a fixed priority.

For each field the first source in its list that gives a usable value wins, and a
``FieldSource(field, source)`` records which one. Sources are named ``jsonld``
(schema.org JSON-LD), ``opengraph`` (``og:*``, ``article:*``), ``twitter``
(``twitter:*``), ``meta`` (other ``<meta>`` tags: author, date, parsely-*,
sailthru.*, Dublin Core ``dc.*``, citation_*), ``time`` (``<time datetime>``),
``byline`` (byline elements of the page), ``title`` (the ``<title>`` element),
``url`` (the page URL) and ``text`` (the body: first paragraph, first heading).

======================  ===============================================================
field                   priority
======================  ===============================================================
title                   jsonld headline (or name, whichever matches the page title),
                        unless og:title agrees with more of the page (``<title>``, a
                        shown ``<h1>``/``<h2>``) > dc.title > dcterms.title > og:title >
                        twitter:title >
                        parsely-title > sailthru.title > citation_title > meta title >
                        ``<title>`` > body heading (text); then a part naming the
                        site is cut (see ``_meta_title``)
subtitle                jsonld alternativeHeadline > meta subtitle / og:subtitle
authors                 jsonld author > meta dc.creator, dcterms.creator, author,
                        parsely-author, sailthru.author, article:author, citation_author,
                        byl > page byline elements > jsonld creator > dateline agency
                        (text)
published               jsonld datePublished > article:published_time and kin
                        (og, parsely-pub-date, dc.date.issued, citation dates, itemprop
                        datePublished, date, pubdate ...) > ``<time>`` marked published >
                        URL path date > jsonld dateCreated > first unmarked ``<time>`` >
                        a date shown near the headline (text, see ``_visible_date``)
modified                jsonld dateModified > article:modified_time > og:updated_time >
                        dc.date.modified > itemprop dateModified, last-modified ... >
                        ``<time>`` marked modified. Crawl/cache times are never read.
dateline                first paragraphs of the body (text)
site_name               jsonld publisher of the article > og:site_name >
                        application-name > apple-mobile-web-app-title > jsonld WebSite
                        or Organization node
language                ``<html lang>`` (meta) > content-language, dc.language (meta) >
                        og:locale > jsonld inLanguage > stop-word guess on the body (text)
categories              jsonld articleSection > article:section > parsely-section
tags                    jsonld keywords > article:tag > parsely-tags > news_keywords >
                        keywords
canonical_url           ``<link rel=canonical>`` (meta) > og:url > jsonld url
summary                 the standfirst shown under the headline (text) > jsonld
                        description (unless the others agree without it) >
                        og:description > description > twitter:description >
                        dc.description
image                   jsonld image (with caption/credit) > og:image > twitter:image
======================  ===============================================================

Dates that are implausible (before 1900, or more than two days in the future) are
skipped with a warning and the next source is tried; a modified date earlier than
the published one is dropped with a warning.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
from lxml.html import HtmlElement

from ...limits import DEFAULT_LIMITS, Limits
from ...models import Author, AuthorKind, FieldSource, ImageCredit, Paragraph
from .._bylines import parse_dateline, person_shaped
from . import _dates as dates
from . import _meta_authors, _meta_lang, _meta_title
from ._jsonld import LdArticle, LdPage, read_jsonld
from ._meta_tags import PageSignals, collect, meta_source
from ._types import Body, Metadata
from ._visible_date import visible_date

__all__ = ["complete", "extract_metadata"]

_PUBLISHED_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article:published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "datepublished",
    "date",
    "dc.date",
    "dcterms.date",
    "pubdate",
    "publishdate",
    "publish_date",
    "publish-date",
    "published_at",
    "published-date",
    "article.published",
    "article_date_original",
    "original-publish-date",
    "dcsext.articlefirstpublished",
    "ptime",
    "pdate",
    "displaydate",
    "article:publicationdate",
    "datecreated",
)
_MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "dc.date.modified",
    "dcterms.modified",
    "datemodified",
    "last-modified",
    "lastmod",
    "utime",
    "article.updated",
    "updated_time",
)
_AUTHOR_KEYS = (
    "dc.creator",
    "dcterms.creator",
    "author",
    "parsely-author",
    "sailthru.author",
    "article:author",
    "og:article:author",
    "article:author_name",
    "citation_author",
    "byl",
    "dcsext.author",
)
_TITLE_KEYS = (
    "dc.title",
    "dcterms.title",
    "og:title",
    "twitter:title",
    "parsely-title",
    "sailthru.title",
    "citation_title",
    "title",
)
_SUMMARY_KEYS = ("og:description", "description", "twitter:description", "dc.description")
_SITE_KEYS = ("og:site_name", "application-name", "apple-mobile-web-app-title")
_LANG_KEYS = ("content-language", "language", "dc.language", "dcterms.language")


@attrs.define
class _Builder:
    """Collects chosen values, their sources and warnings."""

    values: dict[str, Any] = attrs.field(factory=dict)
    provenance: list[FieldSource] = attrs.field(factory=list)
    warnings: list[str] = attrs.field(factory=list)

    def set(self, field: str, value: Any, source: str) -> None:
        self.values[field] = value
        self.provenance.append(FieldSource(field=field, source=source))

    def pick(self, field: str, candidates: Iterable[tuple[str, object]]) -> None:
        for source, value in candidates:
            if value:
                self.set(field, value, source)
                return


def _meta_values(sig: PageSignals, keys: Iterable[str]) -> Iterator[tuple[str, str]]:
    for key in keys:
        for value in sig.all(key):
            yield meta_source(key), value


def _host_name(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
    return parts[-2] if len(parts) >= 2 else None


# --- fields ------------------------------------------------------------------------------


def _jsonld_title(article: LdArticle | None, sig: PageSignals) -> str | None:
    if article is None:
        return None
    headline, name = article.headline, article.name
    if headline and name and headline != name:
        ref = (sig.first("og:title") or ("", sig.title))[1].casefold()
        if ref and _overlap(name.casefold(), ref) > _overlap(headline.casefold(), ref):
            return name
    return headline or name


def _overlap(a: str, b: str) -> float:
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(1, len(wa | wb))


def _title(b: _Builder, ld: LdPage, sig: PageSignals, sites: frozenset[str]) -> None:
    candidates: list[tuple[str, str | None]] = [("jsonld", _jsonld_title(ld.article, sig))]
    candidates.extend(_meta_values(sig, _TITLE_KEYS))
    candidates.append(("title", sig.title))
    chosen: list[tuple[str, str]] = []
    for source, value in candidates:
        if value:
            cleaned = _meta_title.clean_title(
                value, sites=sites, from_title_tag=source == "title", h1=sig.h1
            )
            if cleaned:
                chosen.append((source, cleaned))
    if not chosen:
        return
    source, title = chosen[0]
    if source == "jsonld":
        source, title = _agreed_title(title, chosen, sig)
    b.set("title", title, source)


def _agreed_title(ld: str, chosen: list[tuple[str, str]], sig: PageSignals) -> tuple[str, str]:
    """The JSON-LD headline, unless og:title has more of the page on its side: each counts
    the ``<title>`` holding it and a headline the page shows (an ``<h1>`` or ``<h2>`` outside
    menus) equal to it; the JSON-LD headline also counts og:title equal to it."""
    og = next((v for s, v in chosen if s == "opengraph"), None)
    if og is None:
        return "jsonld", ld
    key = _meta_title.title_key
    page = key(sig.title)
    shown = {key(h) for h in sig.headlines}

    def support(k: str) -> int:
        return int(bool(k) and k in page) + int(k in shown)

    ld_key, og_key = key(ld), key(og)
    if support(og_key) > support(ld_key) + int(ld_key == og_key):
        return "opengraph", og
    return "jsonld", ld


def _summaries(ld: str | None, sig: PageSignals) -> list[tuple[str, str | None]]:
    """The description sources in priority order, the JSON-LD one last when the page's
    other descriptions agree with each other and not with it (a JSON-LD description
    that is an image's caption)."""
    metas = list(_meta_values(sig, _SUMMARY_KEYS))
    if ld:
        key = _meta_title.title_key
        keys = [key(v) for _, v in metas if v]
        agreed = {k for k in keys if keys.count(k) > 1}
        if agreed and key(ld) not in keys:
            return [*metas, ("jsonld", ld)]
    return [("jsonld", ld), *metas]


def _dates(b: _Builder, ld: LdPage, sig: PageSignals, url: str | None) -> None:
    art = ld.article
    published: list[tuple[str, str | dt.datetime | None]] = [
        ("jsonld", art.published if art else None)
    ]
    published.extend(_meta_values(sig, _PUBLISHED_KEYS))
    published.extend(("time", t.value) for t in sig.times if t.kind == "published")
    published.append(("url", dates.date_from_url(url)))
    published.append(("jsonld", art.created if art else None))
    published.extend(("time", t.value) for t in sig.times[:1] if t.kind is None)
    modified: list[tuple[str, str | dt.datetime | None]] = [
        ("jsonld", art.modified if art else None)
    ]
    modified.extend(_meta_values(sig, _MODIFIED_KEYS))
    modified.extend(("time", t.value) for t in sig.times if t.kind == "modified")
    _pick_date(b, "published", published)
    _pick_date(b, "modified", modified)
    pub, mod = b.values.get("published"), b.values.get("modified")
    if (
        isinstance(pub, dt.datetime)
        and isinstance(mod, dt.datetime)
        and dates.as_utc_naive(mod) < dates.as_utc_naive(pub) - dt.timedelta(minutes=1)
    ):
        b.warnings.append(
            f"modified date {mod.isoformat()} is before the published date "
            f"{pub.isoformat()}; modified dropped"
        )
        del b.values["modified"]
        b.provenance = [fs for fs in b.provenance if fs.field != "modified"]


def _pick_date(
    b: _Builder, field: str, candidates: Iterable[tuple[str, str | dt.datetime | None]]
) -> None:
    for source, raw in candidates:
        if not raw:
            continue
        value = raw if isinstance(raw, dt.datetime) else dates.parse_datetime(raw)
        if value is None:
            continue
        problem = dates.check_plausible(value)
        if problem:
            b.warnings.append(f"{field} date from {source} ignored: {problem}")
            continue
        b.set(field, value, source)
        return


def _authors(
    b: _Builder, root: HtmlElement, ld: LdPage, sig: PageSignals, sites: frozenset[str]
) -> None:
    art = ld.article
    sources: list[tuple[str, Callable[[], tuple[Author, ...]]]] = [
        ("jsonld", lambda: _meta_authors.authors_from_jsonld(art.authors if art else ())),
    ]
    for key in _AUTHOR_KEYS:
        if sig.all(key):
            values = functools.partial(_meta_authors.authors_from_values, sig.all(key), sites)
            sources.append((meta_source(key), values))
    title = str(b.values.get("title", ""))
    sources.append(("byline", lambda: _meta_authors.page_bylines(root, title)))
    sources.append(
        ("jsonld", lambda: _meta_authors.authors_from_jsonld(art.creators if art else ()))
    )
    site_only: tuple[str, tuple[Author, ...]] | None = None
    for source, get in sources:
        authors = get()
        if not authors:
            continue
        authors = _meta_authors.with_site_staff(authors, sites)
        if site_only is None and all(a.kind is AuthorKind.STAFF for a in authors):
            # the metadata names only the site (or a desk): the page's byline may name
            # the reporter; the site's name stays when nothing later names a person
            site_only = (source, authors)
            continue
        if site_only is not None and not all(
            a.kind is AuthorKind.PERSON and person_shaped(a.name) for a in authors
        ):
            continue
        b.set("authors", authors, source)
        return
    if site_only is not None:
        b.set("authors", site_only[1], site_only[0])


def _language(b: _Builder, ld: LdPage, sig: PageSignals) -> None:
    candidates: list[tuple[str, str | None]] = [("meta", sig.html_lang)]
    candidates.extend(_meta_values(sig, _LANG_KEYS))
    candidates.extend(_meta_values(sig, ("og:locale",)))
    candidates.append(("jsonld", ld.article.language if ld.article else None))
    for source, value in candidates:
        tag = _meta_lang.normalize_language(value)
        if tag:
            b.set("language", tag, source)
            return


def _image(b: _Builder, ld: LdPage, sig: PageSignals, base: str | None) -> None:
    alt = sig.first("og:image:alt", "twitter:image:alt")
    alt_text = alt[1] if alt else None
    ld_image = ld.article.image if ld.article else None
    if ld_image:
        image = ImageCredit(
            src=_resolve(ld_image.url, base),
            caption=ld_image.caption,
            credit=ld_image.credit,
            license=ld_image.license,
            alt=alt_text,
        )
        b.set("image", image, "jsonld")
        return
    for key in (
        "og:image",
        "og:image:url",
        "og:image:secure_url",
        "twitter:image",
        "twitter:image:src",
    ):
        found = sig.first(key)
        if found:
            b.set(
                "image", ImageCredit(src=_resolve(found[1], base), alt=alt_text), meta_source(key)
            )
            return


def _resolve(href: str, base: str | None) -> str:
    if base and not urlsplit(href).scheme:
        try:
            return urljoin(base, href)
        except ValueError:
            return href
    return href


def _dedupe(values: Iterable[str], limit: int = 50) -> tuple[str, ...]:
    seen: set[str] = set()
    out: list[str] = []
    for v in values:
        v = " ".join(v.split())
        if v and v.casefold() not in seen and len(v) <= 100:
            seen.add(v.casefold())
            out.append(v)
            if len(out) >= limit:
                break
    return tuple(out)


def _split(values: Iterable[str]) -> list[str]:
    return [p for v in values for p in v.split(",")]


def _lists(b: _Builder, ld: LdPage, sig: PageSignals) -> None:
    art = ld.article
    b.pick(
        "categories",
        [
            ("jsonld", _dedupe(art.sections) if art else ()),
            ("opengraph", _dedupe(sig.all("article:section"))),
            ("meta", _dedupe(sig.all("parsely-section"))),
        ],
    )
    b.pick(
        "tags",
        [
            ("jsonld", _dedupe(art.keywords) if art else ()),
            ("opengraph", _dedupe(sig.all("article:tag"))),
            ("meta", _dedupe(_split(sig.all("parsely-tags")))),
            ("meta", _dedupe(_split(sig.all("news_keywords")))),
            ("meta", _dedupe(_split(sig.all("keywords")))),
        ],
    )


# --- entry points ------------------------------------------------------------------------


def extract_metadata(
    root: HtmlElement, *, url: str | None, limits: Limits | None = None
) -> Metadata:
    """Metadata from the untouched tree (see the module docstring for the priorities)."""
    limits = limits or DEFAULT_LIMITS
    sig = collect(root)
    ld = read_jsonld(sig.jsonld, max_chars=limits.max_jsonld_chars)
    b = _Builder(warnings=list(ld.warnings))
    art = ld.article

    b.pick(
        "site_name",
        [
            ("jsonld", ld.article.publisher if ld.article else None),
            *_meta_values(sig, _SITE_KEYS),
            ("jsonld", ld.site_name),
        ],
    )
    canonical = [("meta", sig.canonical), *_meta_values(sig, ("og:url",))]
    canonical.append(("jsonld", art.url if art else None))
    b.pick("canonical_url", [(s, _resolve(v, url) if v else None) for s, v in canonical])
    page_url = url or b.values.get("canonical_url")
    sites = _meta_title.site_keys(
        [
            ld.site_name,
            *(v for _, v in _meta_values(sig, _SITE_KEYS)),
            _host_name(page_url if isinstance(page_url, str) else None),
        ]
    )
    _title(b, ld, sig, sites)
    b.pick(
        "subtitle",
        [
            ("jsonld", art.alternative_headline if art else None),
            *_meta_values(sig, ("subtitle", "og:subtitle", "sailthru.subtitle")),
        ],
    )
    _authors(b, root, ld, sig, sites)
    _dates(b, ld, sig, page_url if isinstance(page_url, str) else None)
    if "published" not in b.values:
        _pick_date(b, "published", [("text", visible_date(root, str(b.values.get("title", ""))))])
    _language(b, ld, sig)
    _lists(b, ld, sig)
    summaries = _summaries(art.description if art else None, sig)
    b.pick("summary", summaries)
    _image(b, ld, sig, page_url if isinstance(page_url, str) else None)
    titles = [sig.title] if sig.title else []
    titles.extend(sig.title_tags)
    return Metadata(
        url=url,
        provenance=tuple(b.provenance),
        warnings=tuple(b.warnings),
        page_titles=tuple(titles),
        article_body=art.body if art else (),
        descriptions=tuple(v for _, v in summaries if v),
        **b.values,
    )


def _paragraphs(body: Body, limit: int = 3) -> list[str]:
    out: list[str] = []
    for section in body.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph) and block.text.strip():
                out.append(block.text)
                if len(out) >= limit:
                    return out
    return out


def complete(meta: Metadata, body: Body) -> Metadata:
    """Fill what only the body can give: the standfirst as the summary, dateline, agency
    author, title and language fallbacks."""
    changes: dict[str, object] = {}
    provenance = list(meta.provenance)
    # the standfirst, unless it is the subtitle the page names as such
    if body.standfirst and " ".join(body.standfirst.split()) != " ".join(
        (meta.subtitle or "").split()
    ):
        changes["summary"] = body.standfirst
        provenance = [fs for fs in provenance if fs.field != "summary"]
        provenance.append(FieldSource(field="summary", source="text"))
    if meta.dateline is None:
        for text in _paragraphs(body):
            found = parse_dateline(text)
            if found:
                changes["dateline"] = found[0]
                provenance.append(FieldSource(field="dateline", source="text"))
                agency = found[0].agency
                if agency and not meta.authors:
                    changes["authors"] = (Author(name=agency, kind=AuthorKind.AGENCY),)
                    provenance.append(FieldSource(field="authors", source="text"))
                break
    if not meta.title:
        headings = [s for s in body.sections if s.heading]
        heading = next((s.heading for s in headings if s.level == 1), None) or (
            headings[0].heading if headings else None
        )
        if heading:
            changes["title"] = heading
            provenance.append(FieldSource(field="title", source="text"))
    if meta.language is None:
        guess = _meta_lang.guess_language(" ".join(_paragraphs(body, limit=30)))
        if guess:
            changes["language"] = guess
            provenance.append(FieldSource(field="language", source="text"))
    if not changes:
        return meta
    return attrs.evolve(meta, provenance=tuple(provenance), **changes)  # type: ignore[arg-type]
