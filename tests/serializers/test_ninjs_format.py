"""``ninjs``: every item validates against the IPTC ninjs 2.2 JSON Schema (read in place)."""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from hypothesis import given, settings
from serializer_cases import HOSTILE_URLS, full_article, hostile_article

from geoarticle import Article, dumps
from geoarticle.testing import strategies as gs

jsonschema = pytest.importorskip("jsonschema")
ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("GEOARTICLE_SHARED", ROOT.parent / "shared"))
SCHEMA_PATH = SHARED / "reference" / "ninjs" / "ninjs-schema_2.2.json"


@functools.cache
def _validator() -> Any:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture
def validator() -> Any:
    """The ninjs 2.2 validator, or skip when ../shared is absent."""
    if not SCHEMA_PATH.is_file():
        pytest.skip("../shared/reference/ninjs is not present")
    return _validator()


def _formats(node: Any, key: str = "") -> None:
    """The ``uri`` and ``date-time`` formats, which jsonschema checks only with extra packages."""
    if isinstance(node, list):
        for item in node:
            _formats(item, key)
    elif isinstance(node, dict):
        for k, v in node.items():
            if k in ("uri", "href", "schema") and isinstance(v, str):
                parts = urlsplit(v)
                assert parts.scheme in ("http", "https", "urn"), v
                assert not any(ch.isspace() or ord(ch) > 126 for ch in v), v
            elif k in ("firstcreated", "versioncreated"):
                assert dt.datetime.fromisoformat(v).utcoffset() is not None, v
            else:
                _formats(v, k)


def _check(article: Article, validator: Any) -> dict[str, Any]:
    item = json.loads(dumps(article, "ninjs"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(item)]
    assert not errors
    _formats(item)
    return item


def test_full_article(validator: Any) -> None:
    article = full_article()
    item = _check(article, validator)
    assert item["uri"] == article.canonical_url
    assert item["headlines"][0] == {"role": "main", "value": article.title}
    assert item["by"] == "Mara Quill (Senior Fellow, Example Institute), Tomas Reed and Wire Agency"
    assert item["firstcreated"] == "2024-03-12T09:30:00+00:00"
    assert item["versioncreated"] == "2024-03-12T14:00:00+02:00"
    assert item["language"] == "en"
    assert item["located"] == "VALDORIA"
    assert [p["name"] for p in item["people"]] == ["Ilse Marten", "Ruben Ostrava"]
    assert [o["name"] for o in item["organisations"]] == ["Northern Front", "United Nations"]
    assert [p["name"] for p in item["places"]] == ["Norland", "Valdoria"]
    assert {(s["name"], s["rel"]) for s in item["subjects"]} >= {("Diplomacy", "category")}
    plain, html = item["bodies"]
    assert plain["value"] == article.body_text
    assert html["contenttype"] == "text/html"
    assert item["renditions"] == [
        {
            "name": "lead-image",
            "href": "https://img.example.org/arrival.jpg",
            "contenttype": "image/jpeg",
            "title": "The minister arrives.",
        }
    ]
    assert item["associations"][0]["by"] == "Image 1: Jon Field via Flickr (CC BY 2.0)"


def test_article_without_url_gets_a_stable_urn(validator: Any) -> None:
    item = _check(Article(title="No address"), validator)
    assert item["uri"].startswith("urn:geoarticle:sha1:")
    assert item["uri"] == json.loads(dumps(Article(title="No address"), "ninjs"))["uri"]


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_unsafe_urls_never_reach_the_item(url: str, validator: Any) -> None:
    item = _check(hostile_article("text", url), validator)
    assert item["uri"].startswith("urn:")
    assert "renditions" not in item


def test_naive_datetimes_are_written_as_utc(validator: Any) -> None:
    item = _check(Article(published=dt.datetime(2024, 1, 2, 3, 4, 5)), validator)
    assert item["firstcreated"] == "2024-01-02T03:04:05+00:00"


@settings(max_examples=20)
@given(gs.articles())
def test_generated_articles_validate(article: Article) -> None:
    if not SCHEMA_PATH.is_file():
        pytest.skip("../shared/reference/ninjs is not present")
    _check(article, _validator())
