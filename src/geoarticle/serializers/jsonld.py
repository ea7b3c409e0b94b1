"""``jsonld``: the article as a schema.org ``NewsArticle`` in JSON-LD.

Mapping (every type and property is schema.org's own, for that type):

| Article field | JSON-LD |
|---|---|
| title, subtitle | ``headline``, ``alternativeHeadline`` |
| authors | ``author``: ``Person`` (``jobTitle``, ``affiliation`` as an ``Organization``) or, for agencies and staff, ``Organization`` |
| published, modified | ``datePublished``, ``dateModified`` (ISO 8601) |
| dateline | ``dateline`` (text: ``"ISLAMABAD, Oct 24 (Reuters)"``) |
| site_name | ``publisher`` (``Organization``) |
| language | ``inLanguage`` |
| canonical_url or url | ``url`` (and the base of node ids) |
| categories, tags | ``articleSection``, ``keywords`` |
| summary | ``description`` |
| sections | ``articleBody`` (``Article.body_text``), ``wordCount`` |
| image, image_credits | ``image``: ``ImageObject`` with ``contentUrl``, ``name`` (label), ``caption``, ``description`` (alt), ``creditText``, ``creator``, ``provider`` (via), ``license`` (a URL) or ``copyrightNotice`` |
| related_links | ``citation``: ``Article`` with ``headline``, ``url``, ``articleSection``, ``abstract`` (``relatedLink`` belongs to ``WebPage`` only, so it is not used on a ``NewsArticle``) |
| actors | ``mentions``: ``Person`` (``jobTitle``), ``Country``, ``Place``, ``Organization`` (organisations and armed groups), each with ``name``, ``alternateName`` and ``identifier`` ``PropertyValue`` objects (``geoarticle`` id, ``CAMEO`` actor code, ``kind``, ``ISO 3166-1 alpha-3`` country) |
| events | ``about``: ``Event`` with ``name`` (CAMEO label), ``startDate`` (at its precision: ``2017-10-24``, ``2017-10``, ``2017``), ``organizer`` (source actors), ``attendee`` (target actors), ``location`` (the place actor), ``description`` (the first evidence sentence) and ``identifier`` ``PropertyValue`` objects (``geoarticle`` id, ``CAMEO`` event code, ``PLOVER event type``, ``PLOVER mode``, ``modality``, ``trigger``) |

``organizer`` and ``attendee`` are the ``Event`` properties closest to CAMEO's source
and target: schema.org's ``agent`` and ``recipient`` belong to ``Action``, not ``Event``,
and ``Event.actor`` means a performer. Untyped values (``jobTitle``, ``dateline``) are text.

Actors and events are nodes with an ``@id``: ``<url>#actor-<n>`` / ``<url>#event-<n>``
when the article has a URL, blank nodes ``_:actor-<n>`` otherwise; events point at
their actors by that ``@id``. URLs with a scheme other than http, https and mailto
are left out.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..models import Actor, ActorKind, Article, Author, Event, ImageCredit, RelatedLink
from . import Format
from ._common import (
    article_url,
    credit_line,
    dateline_text,
    fuzzy_date,
    is_person,
    iso_datetime,
    safe_url,
)

__all__ = ["CONTEXT", "FORMAT", "dumps", "to_jsonld"]

#: The ``@context`` of every document this format writes.
CONTEXT = "https://schema.org"

_ACTOR_TYPES = {
    ActorKind.PERSON: "Person",
    ActorKind.COUNTRY: "Country",
    ActorKind.PLACE: "Place",
    ActorKind.ORGANIZATION: "Organization",
    ActorKind.ARMED_GROUP: "Organization",
}

# Words that mark an image credit as an organisation rather than a photographer.
_ORG_WORDS = re.compile(
    r"\b(?:Agency|Associated|Archive|Army|Bureau|Cent(?:er|re)|Commons|Corps|Council|Department|"
    r"Embassy|Forces?|Foundation|Government|Images|Institute|Library|Ministry|Museum|Navy|News|"
    r"Office|Photos?|Press|Service|Staff|Studio|University|AFP|AP|EPA|Reuters|Getty|NASA|UN)\b"
)


def _prop(name: str, value: str | None) -> dict[str, Any] | None:
    if value is None or value == "":
        return None
    return {"@type": "PropertyValue", "propertyID": name, "value": value}


def _props(*pairs: tuple[str, str | None]) -> list[dict[str, Any]]:
    return [p for p in (_prop(n, v) for n, v in pairs) if p is not None]


def _author(author: Author) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Person" if is_person(author) else "Organization"}
    node["name"] = author.name
    if author.role and is_person(author):
        node["jobTitle"] = author.role
    elif author.role:
        node["description"] = author.role
    if author.affiliation:
        key = "affiliation" if is_person(author) else "parentOrganization"
        node[key] = {"@type": "Organization", "name": author.affiliation}
    url = safe_url(author.url)
    if url:
        node["url"] = url
    return node


def _creator(name: str) -> dict[str, Any]:
    kind = "Organization" if _ORG_WORDS.search(name) else "Person"
    return {"@type": kind, "name": name}


def _image(image: ImageCredit) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "ImageObject"}
    src = safe_url(image.src)
    if src:
        node["contentUrl"] = src
    if image.label:
        node["name"] = image.label
    if image.caption:
        node["caption"] = image.caption
    if image.alt:
        node["description"] = image.alt
    credit = credit_line(image)
    if credit:
        node["creditText"] = credit
    if image.credit:
        node["creator"] = _creator(image.credit)
    if image.via:
        node["provider"] = {"@type": "Organization", "name": image.via}
    if image.license:
        lic = safe_url(image.license)
        if lic and lic.lower().startswith(("http://", "https://")):
            node["license"] = lic
        else:
            node["copyrightNotice"] = image.license
    return node


def _related(link: RelatedLink) -> dict[str, Any]:
    node: dict[str, Any] = {"@type": "Article", "headline": link.title}
    url = safe_url(link.url)
    if url:
        node["url"] = url
    if link.categories:
        node["articleSection"] = list(link.categories)
    if link.excerpt:
        node["abstract"] = link.excerpt
    return node


def _node_id(base: str | None, kind: str, index: int) -> str:
    if base:
        return f"{base.split('#', 1)[0]}#{kind}-{index}"
    return f"_:{kind}-{index}"


def _actor(actor: Actor, node_id: str) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": node_id, "@type": _ACTOR_TYPES[actor.kind], "name": actor.name}
    if actor.aliases:
        node["alternateName"] = list(actor.aliases)
    if actor.role:
        node["jobTitle" if actor.kind is ActorKind.PERSON else "description"] = actor.role
    node["identifier"] = _props(
        ("geoarticle", actor.id),
        ("kind", actor.kind.value),
        ("CAMEO", actor.code),
        ("ISO 3166-1 alpha-3", actor.country),
    )
    return node


def _event(event: Event, node_id: str, actor_ids: dict[str, str]) -> dict[str, Any]:
    node: dict[str, Any] = {"@id": node_id, "@type": "Event", "name": event.label or event.code}
    start = fuzzy_date(event.date)
    if start:
        node["startDate"] = start
    if event.sources:
        node["organizer"] = [{"@id": actor_ids[a]} for a in event.sources]
    if event.targets:
        node["attendee"] = [{"@id": actor_ids[a]} for a in event.targets]
    if event.location is not None:
        node["location"] = {"@id": actor_ids[event.location]}
    sentence = next((ev.text for ev in event.evidence if ev.text), None)
    if sentence:
        node["description"] = sentence
    node["identifier"] = _props(
        ("geoarticle", event.id),
        ("CAMEO", event.code),
        ("PLOVER event type", event.plover_type),
        ("PLOVER mode", event.plover_mode),
        ("modality", event.modality.value),
        ("trigger", event.trigger),
    )
    return node


def _set(doc: dict[str, Any], key: str, value: Any) -> None:
    if value is not None and value != "" and value != []:
        doc[key] = value


def to_jsonld(article: Article) -> dict[str, Any]:
    """The JSON-LD document (a dict ready for :func:`json.dumps`)."""
    base = article_url(article)
    doc: dict[str, Any] = {"@context": CONTEXT, "@type": "NewsArticle"}
    _set(doc, "headline", article.title)
    _set(doc, "alternativeHeadline", article.subtitle)
    _set(doc, "author", [_author(a) for a in article.authors])
    if article.published:
        doc["datePublished"] = iso_datetime(article.published)
    if article.modified:
        doc["dateModified"] = iso_datetime(article.modified)
    if article.dateline:
        doc["dateline"] = dateline_text(article.dateline)
    if article.site_name:
        doc["publisher"] = {"@type": "Organization", "name": article.site_name}
    _set(doc, "inLanguage", article.language)
    _set(doc, "url", base)
    _set(doc, "articleSection", list(article.categories))
    _set(doc, "keywords", list(article.tags))
    _set(doc, "description", article.summary)
    _set(doc, "articleBody", article.body_text)
    if article.sections:
        doc["wordCount"] = article.word_count
    images = ([article.image] if article.image else []) + [
        i for i in article.image_credits if i != article.image
    ]
    _set(doc, "image", [_image(i) for i in images])
    _set(doc, "citation", [_related(r) for r in article.related_links])
    actor_ids = {a.id: _node_id(base, "actor", n) for n, a in enumerate(article.actors)}
    _set(doc, "mentions", [_actor(a, actor_ids[a.id]) for a in article.actors])
    _set(
        doc,
        "about",
        [_event(e, _node_id(base, "event", n), actor_ids) for n, e in enumerate(article.events)],
    )
    return doc


#: Characters that could end or confuse a ``<script>`` element, and the line separators
#: older JavaScript parsers reject in strings: written as ``\\uXXXX`` escapes. Outside
#: strings JSON has none of them, so escaping them in the whole text only touches strings.
_SCRIPT_UNSAFE = str.maketrans(
    {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
)


def dumps(article: Article, *, indent: int | None = 2) -> str:
    """The article as a schema.org ``NewsArticle`` JSON-LD document.

    ``<``, ``>``, ``&``, U+2028 and U+2029 in strings are written as ``\\uXXXX``
    escapes, so the document can be embedded in a ``<script type="application/ld+json">``
    element as it is (``</script>`` in a title cannot end the element).
    """
    return json.dumps(to_jsonld(article), ensure_ascii=False, indent=indent).translate(
        _SCRIPT_UNSAFE
    )


FORMAT = Format(
    name="jsonld",
    media_type="application/ld+json",
    dumps=dumps,
    description="schema.org NewsArticle in JSON-LD, actors as mentions and events under about.",
)
