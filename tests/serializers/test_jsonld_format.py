"""``jsonld``: valid schema.org terms only, and JSON-LD expansion (pyld, local context) loses nothing."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from hypothesis import given, settings
from serializer_cases import full_article

from geoarticle import Article, dumps
from geoarticle.testing import strategies as gs

pyld = pytest.importorskip("pyld")
from pyld import jsonld  # noqa: E402

SCHEMA = "https://schema.org/"

#: Properties that schema.org defines for each type we write (own and inherited),
#: written by hand from schema.org: only what the serializer may use.
_THING = {"name", "alternateName", "description", "identifier", "url"}
_CREATIVE_WORK = _THING | {
    "headline",
    "alternativeHeadline",
    "author",
    "datePublished",
    "dateModified",
    "publisher",
    "inLanguage",
    "keywords",
    "image",
    "citation",
    "mentions",
    "about",
    "abstract",
    "creditText",
    "creator",
    "provider",
    "license",
    "copyrightNotice",
}
_ARTICLE = _CREATIVE_WORK | {"articleSection", "articleBody", "wordCount"}
ALLOWED: dict[str, set[str]] = {
    "NewsArticle": _ARTICLE | {"dateline"},
    "Article": _ARTICLE,
    "ImageObject": _CREATIVE_WORK | {"contentUrl", "caption"},
    "Person": _THING | {"jobTitle", "affiliation"},
    "Organization": _THING | {"parentOrganization"},
    "Place": _THING,
    "Country": _THING,
    "Event": _THING | {"startDate", "organizer", "attendee", "location"},
    "PropertyValue": _THING | {"propertyID", "value"},
}


def _context() -> dict[str, Any]:
    """A local stand-in for the schema.org context: one term per allowed type and property.

    No ``@vocab``: a term outside the table would vanish in expansion, which the
    no-loss test below then catches.
    """
    terms = set(ALLOWED) | set().union(*ALLOWED.values())
    return {"@context": {t: SCHEMA + t for t in sorted(terms)}}


def _loader(url: str, options: Any = None) -> dict[str, Any]:
    if url.rstrip("/") not in ("https://schema.org", "http://schema.org"):
        raise AssertionError(f"the test must not fetch {url}")
    return {"contextUrl": None, "documentUrl": url, "document": _context()}


def _compact_leaves(node: Any, path: tuple[str, ...], out: Counter[tuple[Any, ...]]) -> None:
    if isinstance(node, list):
        for item in node:
            _compact_leaves(item, path, out)
    elif isinstance(node, dict):
        for key, value in node.items():
            if key == "@context":
                continue
            if key in ("@type", "@id"):
                out[(*path, key, value)] += 1
            else:
                _compact_leaves(value, (*path, key), out)
    else:
        out[(*path, node)] += 1


def _expanded_leaves(node: Any, path: tuple[str, ...], out: Counter[tuple[Any, ...]]) -> None:
    if isinstance(node, list):
        for item in node:
            _expanded_leaves(item, path, out)
    elif isinstance(node, dict):
        if "@value" in node:
            out[(*path, node["@value"])] += 1
            return
        for key, value in node.items():
            if key == "@type":
                for t in value:
                    out[(*path, key, t.removeprefix(SCHEMA))] += 1
            elif key == "@id":
                out[(*path, key, value)] += 1
            else:
                assert key.startswith(SCHEMA), key
                _expanded_leaves(value, (*path, key.removeprefix(SCHEMA)), out)


def _check_terms(node: Any) -> None:
    if isinstance(node, list):
        for item in node:
            _check_terms(item)
    elif isinstance(node, dict):
        kind = node.get("@type")
        if kind is not None:
            assert kind in ALLOWED, f"type {kind} is not in the table"
            extra = {k for k in node if not k.startswith("@")} - ALLOWED[kind]
            assert not extra, f"{kind} has no properties {sorted(extra)} in schema.org"
        else:
            assert set(node) == {"@id"}, f"an untyped object must be a node reference: {node}"
        for key, value in node.items():
            if key != "@context":
                _check_terms(value)


def _check(article: Article) -> dict[str, Any]:
    doc = json.loads(dumps(article, "jsonld"))
    assert doc["@context"] == "https://schema.org"
    assert doc["@type"] == "NewsArticle"
    _check_terms(doc)
    expanded = jsonld.expand(doc, {"documentLoader": _loader})
    ours: Counter[tuple[Any, ...]] = Counter()
    theirs: Counter[tuple[Any, ...]] = Counter()
    _compact_leaves(doc, (), ours)
    _expanded_leaves(expanded, (), theirs)
    assert ours == theirs
    return doc


def test_full_article_maps_every_part() -> None:
    doc = _check(full_article())
    assert [a["@type"] for a in doc["author"]] == ["Person", "Person", "Organization"]
    assert doc["author"][0]["affiliation"] == {"@type": "Organization", "name": "Example Institute"}
    assert doc["author"][0]["jobTitle"] == "Senior Fellow"
    assert {m["@type"] for m in doc["mentions"]} == {"Country", "Person", "Place", "Organization"}
    marten = next(m for m in doc["mentions"] if m["name"] == "Ilse Marten")
    ids = {p["propertyID"]: p["value"] for p in marten["identifier"]}
    assert ids["geoarticle"] == "person:ilse-marten"
    assert ids["CAMEO"] == "NRLGOV"
    visit, threat = doc["about"]
    assert visit["@type"] == "Event"
    assert visit["name"] == "Make a visit"
    assert visit["startDate"] == "2024-03-11"
    assert threat["startDate"] == "2024-03"
    assert visit["organizer"] == [{"@id": marten["@id"]}]
    place = next(m for m in doc["mentions"] if m["@type"] == "Place")
    assert visit["location"] == {"@id": place["@id"]}
    assert {p["propertyID"]: p["value"] for p in visit["identifier"]}["CAMEO"] == "042"
    image = doc["image"][0]
    assert image["creditText"] == "Image 1: Jon Field via Flickr (CC BY 2.0)"
    assert image["caption"] == "The minister arrives."
    assert doc["citation"][0]["url"] == "https://news.example.org/2023/maritime"
    assert doc["dateline"] == "VALDORIA, March 11 (Wire Agency)"
    assert doc["publisher"]["name"] == "Example News"


def test_actor_ids_are_blank_nodes_without_a_url() -> None:
    import attrs

    article = attrs.evolve(full_article(), url=None, canonical_url=None)
    doc = _check(article)
    assert all(m["@id"].startswith("_:actor-") for m in doc["mentions"])
    assert "url" not in doc


def test_empty_article() -> None:
    doc = _check(Article())
    assert doc == {"@context": "https://schema.org", "@type": "NewsArticle"}


@settings(max_examples=25)
@given(gs.articles())
def test_generated_articles_expand_without_loss(article: Article) -> None:
    _check(article)
