"""``html``: semantic, escaped (no input injects markup or script), and well formed."""

from __future__ import annotations

import json
from typing import Any

import lxml.html
import pytest
from hypothesis import given, settings
from serializer_cases import HOSTILE, HOSTILE_URLS, full_article, hostile_article

from geoarticle import Article, dumps
from geoarticle.serializers._common import safe_url
from geoarticle.testing import strategies as gs

#: Every element the serializer writes.
TAGS = {
    "html", "head", "meta", "title", "link", "script", "body", "article", "header", "section",
    "aside", "h1", "h2", "h3", "h4", "h5", "h6", "p", "a", "span", "time", "ul", "ol", "li",
    "blockquote", "footer", "cite", "pre", "table", "tbody", "tr", "td", "figure", "img",
    "figcaption", "small",
}  # fmt: skip
#: Every attribute the serializer writes.
ATTRIBUTES = {"lang", "charset", "rel", "href", "name", "content", "property", "type", "class"}
ATTRIBUTES |= {"datetime", "src", "alt"}


def _tree(doc: str) -> Any:
    return lxml.html.document_fromstring(doc)


def _check_safe(doc: str) -> Any:
    root = _tree(doc)
    for el in root.iter():
        if not isinstance(el.tag, str):
            raise AssertionError(f"unexpected node {el!r}")
        assert el.tag in TAGS, el.tag
        assert set(el.attrib) <= ATTRIBUTES, dict(el.attrib)
        for attr in ("href", "src"):
            if el.get(attr) is not None:
                assert safe_url(el.get(attr)) == el.get(attr)
                assert el.get(attr).split(":", 1)[0].lower() in ("http", "https", "mailto")
    scripts = root.findall(".//script")
    assert len(scripts) <= 1
    for script in scripts:
        assert script.get("type") == "application/ld+json"
        json.loads(script.text)
    return root


def test_full_article_is_semantic() -> None:
    article = full_article()
    root = _check_safe(dumps(article, "html"))
    assert root.get("lang") == "en"
    assert root.findtext(".//title") == article.title
    header = root.find(".//article/header")
    assert header.findtext("h1") == article.title
    assert header.find(".//time").get("datetime") == "2024-03-12T09:30:00+00:00"
    metas = {m.get("property") or m.get("name"): m.get("content") for m in root.iter("meta")}
    assert metas["article:published_time"] == "2024-03-12T09:30:00+00:00"
    assert metas["og:title"] == article.title
    sections = root.findall(".//article/section")
    assert len(sections) == 3
    assert sections[1].findtext("h2") == "What was agreed"
    assert sections[2].findtext("h3") == "Risks ahead"
    figure = sections[0].find("figure")
    assert figure.find("img").get("src") == "https://img.example.org/arrival.jpg"
    assert figure.findtext(".//small") == "Image 1: Jon Field via Flickr (CC BY 2.0)"
    aside = root.find(".//article/aside")
    assert [a.get("href") for a in aside.iter("a")] == ["https://news.example.org/2023/maritime"]
    ld = json.loads(root.find(".//script").text)
    assert ld["headline"] == article.title


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_stays_text(text: str) -> None:
    article = hostile_article(text, "https://ok.example.org/x")
    doc = dumps(article, "html")
    root = _check_safe(doc)
    assert root.findtext(".//title") == text
    assert root.find(".//header/h1").text_content() == text
    assert root.find(".//section/h2").text_content() == text
    assert root.find(".//section/p").text_content() == text
    assert root.find(".//figcaption").text_content().startswith(text)
    assert root.find(".//img").get("alt") == text
    ld = json.loads(root.find(".//script").text)
    assert ld["headline"] == text


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_unsafe_urls_are_dropped(url: str) -> None:
    doc = dumps(hostile_article("text", url), "html")
    root = _check_safe(doc)
    assert not [el for el in root.iter() if el.get("href") or el.get("src")]
    assert not [m for m in root.iter("meta") if m.get("property") in ("og:url", "og:image")]
    assert "javascript:" not in doc.lower()
    assert "vbscript:" not in doc.lower()


def test_relative_and_mailto_urls_are_kept() -> None:
    doc = dumps(hostile_article("text", "/news/other-story"), "html")
    assert 'href="/news/other-story"' in doc
    doc = dumps(hostile_article("text", "mailto:desk@example.org"), "html")
    assert 'href="mailto:desk@example.org"' in doc


def test_control_characters_do_not_reach_the_document() -> None:
    article = hostile_article("bell\x07 nul\x00 esc\x1b", "https://ok.example.org/x")
    doc = dumps(article, "html")
    assert not any(ch in doc for ch in "\x00\x07\x1b")
    assert _check_safe(doc).findtext(".//title") == "bell nul esc"


@settings(max_examples=20)
@given(gs.articles())
def test_generated_articles_are_safe(article: Article) -> None:
    _check_safe(dumps(article, "html"))
