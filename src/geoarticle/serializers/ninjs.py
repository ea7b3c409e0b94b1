"""``ninjs``: the article as an IPTC ninjs 2.2 news item (JSON).

Mapping:

| Article field | ninjs 2.2 |
|---|---|
| canonical_url or url | ``uri`` (else ``urn:geoarticle:sha1:<digest of the JSON dump>``); the other URL under ``altids`` |
| title, subtitle | ``headlines`` (roles ``main`` and ``sub``) |
| summary | ``descriptions`` (role ``summary``) |
| sections | ``bodies``: ``text/plain`` (``Article.body_text``, with ``wordcount`` and ``charcount``) and ``text/html`` (the sections as in the ``html`` format), both role ``main`` |
| authors | ``by`` (``"Jane Roe (Senior Fellow, Stimson Center) and AP"``) |
| published, modified | ``firstcreated``, ``versioncreated`` (RFC 3339; a datetime without zone is written as UTC) |
| language | ``language`` |
| dateline | ``located`` (the place) |
| site_name | ``copyrightholder`` is not claimed; ``infosources`` names the site |
| actors | ``people``, ``organisations`` (organisations, armed groups), ``places`` (countries, places): ``name``, ``rel: "mentioned"``, ``literal`` (the actor id) |
| categories, tags | ``subjects`` with ``rel`` ``category`` or ``tag`` |
| events | ``events``: ``name`` (CAMEO label), ``literal`` (``cameo:<code>``), ``rel`` (the modality) |
| image, image_credits | ``renditions`` (``href``, ``contenttype`` from the extension, ``title`` = caption) and ``associations`` of type ``picture`` carrying caption, alt text, credit line and licence |

Only absolute http(s) URLs are written, percent-encoded where a URI needs it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import quote, urlsplit

from ..models import ActorKind, Article, ImageCredit
from . import Format
from . import html as _html
from ._common import article_digest, byline_with_roles, credit_line, safe_url

__all__ = ["FORMAT", "NINJS_SCHEMA", "dumps", "to_ninjs"]

#: The schema the output claims to follow (the ``standard`` object).
NINJS_SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json"

_MEDIA_TYPES = {
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "gif": "image/gif",
    "webp": "image/webp",
    "avif": "image/avif",
    "svg": "image/svg+xml",
}
_GROUPS = {
    ActorKind.PERSON: "people",
    ActorKind.ORGANIZATION: "organisations",
    ActorKind.ARMED_GROUP: "organisations",
    ActorKind.COUNTRY: "places",
    ActorKind.PLACE: "places",
}


def _uri(url: str | None) -> str | None:
    """An absolute http(s) URI (IRI characters percent-encoded), or None."""
    url = safe_url(url)
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")


def _rfc3339(value: dt.datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.isoformat()


def _contenttype(url: str) -> str | None:
    path = urlsplit(url).path
    ext = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    return _MEDIA_TYPES.get(ext)


def _images(article: Article) -> list[tuple[str, ImageCredit]]:
    named: list[tuple[str, ImageCredit]] = []
    if article.image is not None:
        named.append(("lead-image", article.image))
    for n, image in enumerate(article.image_credits, 1):
        if image != article.image:
            named.append((f"image-{n}", image))
    return named


def _rendition(name: str, image: ImageCredit, href: str) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "href": href}
    ctype = _contenttype(href)
    if ctype:
        out["contenttype"] = ctype
    if image.caption or image.alt:
        out["title"] = image.caption or image.alt
    return out


def _association(name: str, image: ImageCredit, href: str) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "uri": href, "type": "picture"}
    if image.caption:
        out["headlines"] = [{"role": "caption", "value": image.caption}]
    if image.alt:
        out["descriptions"] = [{"role": "alt", "value": image.alt}]
    credit = credit_line(image)
    if credit:
        out["by"] = credit
    if image.license:
        out["usageterms"] = image.license
    out["renditions"] = [_rendition("original", image, href)]
    return out


def _mentions(article: Article, doc: dict[str, Any]) -> None:
    for actor in article.actors:
        entry = {"name": actor.name, "rel": "mentioned", "literal": actor.id}
        doc.setdefault(_GROUPS[actor.kind], []).append(entry)
    subjects = [{"name": c, "rel": "category"} for c in article.categories]
    subjects += [{"name": t, "rel": "tag"} for t in article.tags]
    if subjects:
        doc["subjects"] = subjects
    if article.events:
        doc["events"] = [
            {"name": e.label or e.code, "rel": e.modality.value, "literal": f"cameo:{e.code}"}
            for e in article.events
        ]


def _identity(article: Article, doc: dict[str, Any]) -> None:
    canonical, url = _uri(article.canonical_url), _uri(article.url)
    uri = canonical or url
    if uri is None:
        uri = f"urn:geoarticle:sha1:{article_digest(article)}"
    doc["uri"] = uri
    if canonical and url and url != canonical:
        doc["altids"] = [{"role": "url", "value": url}]


def _text(article: Article, doc: dict[str, Any], html_body: bool) -> None:
    headlines = [{"role": "main", "value": article.title}]
    if article.subtitle:
        headlines.append({"role": "sub", "value": article.subtitle})
    doc["headlines"] = headlines
    if article.summary:
        doc["descriptions"] = [{"role": "summary", "value": article.summary}]
    body = article.body_text
    bodies: list[dict[str, Any]] = [
        {
            "role": "main",
            "contenttype": "text/plain",
            "value": body,
            "charcount": len(body),
            "wordcount": article.word_count,
        }
    ]
    if html_body and article.sections:
        fragment = "\n".join(
            line for section in article.sections for line in _html.section_lines(section, article)
        )
        bodies.append({"role": "main", "contenttype": "text/html", "value": fragment})
    doc["bodies"] = bodies


def to_ninjs(article: Article, *, html_body: bool = True) -> dict[str, Any]:
    """The ninjs item as a dict ready for :func:`json.dumps`."""
    doc: dict[str, Any] = {}
    _identity(article, doc)
    doc["type"] = "text"
    doc["representationtype"] = "full"
    doc["standard"] = {"name": "ninjs", "version": "2.2", "schema": NINJS_SCHEMA}
    if article.published:
        doc["firstcreated"] = _rfc3339(article.published)
    latest = article.modified or article.published
    if latest:
        doc["versioncreated"] = _rfc3339(latest)
    if article.language:
        doc["language"] = article.language
    _text(article, doc, html_body)
    if article.authors:
        doc["by"] = byline_with_roles(article.authors)
    if article.dateline:
        doc["located"] = article.dateline.place
    if article.site_name:
        doc["infosources"] = [{"name": article.site_name, "role": "publisher"}]
    _mentions(article, doc)
    images = [(n, i, _uri(i.src)) for n, i in _images(article)]
    renditions = [_rendition(n, i, href) for n, i, href in images if href]
    if renditions:
        doc["renditions"] = renditions
        doc["associations"] = [_association(n, i, href) for n, i, href in images if href]
    return doc


def dumps(article: Article, *, indent: int | None = 2, html_body: bool = True) -> str:
    """The article as an IPTC ninjs 2.2 JSON item."""
    return json.dumps(to_ninjs(article, html_body=html_body), ensure_ascii=False, indent=indent)


FORMAT = Format(
    name="ninjs",
    media_type="application/json",
    dumps=dumps,
    description="IPTC ninjs 2.2 news item: headlines, bodies, people, places, images.",
)
