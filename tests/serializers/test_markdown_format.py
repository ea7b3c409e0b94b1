"""``markdown``: rendered by markdown-it-py, the HTML keeps the headings and texts; nothing escapes."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest
import yaml
from hypothesis import given, settings
from serializer_cases import HOSTILE, HOSTILE_URLS, full_article, hostile_article

from geoarticle import Article, dumps
from geoarticle.models import ListBlock, Paragraph, Quote, Table
from geoarticle.serializers.markdown import RELATED_HEADING
from geoarticle.testing import strategies as gs

markdown_it = pytest.importorskip("markdown_it")
_MD = markdown_it.MarkdownIt("commonmark").enable("table")


def _norm(text: str) -> str:
    return " ".join(text.replace("\x00", "\ufffd").split())


def _split(doc: str) -> tuple[dict[str, Any], str]:
    assert doc.startswith("---\n")
    head, _, body = doc[4:].partition("\n---\n")
    meta = yaml.safe_load(head)
    assert isinstance(meta, dict)
    return meta, body


def _render(body: str) -> Any:
    html = _MD.render(body)
    return lxml.html.fragment_fromstring(html, create_parent="div")


def _expected_headings(article: Article) -> list[tuple[int, str]]:
    out = [(1, _norm(article.title))] if _norm(article.title) else []
    out += [(s.level, _norm(s.heading)) for s in article.sections if s.heading is not None]
    if article.related_links:
        out.append((2, RELATED_HEADING))
    return out


def _headings(root: Any) -> list[tuple[int, str]]:
    return [
        (int(h.tag[1]), _norm(h.text_content()))
        for h in root.iter("h1", "h2", "h3", "h4", "h5", "h6")
    ]


def _quote_text(block: Quote) -> str:
    parts = [_norm(p) for p in block.text.split("\n\n")]
    if block.cite and _norm(block.cite):
        parts.append("— " + _norm(block.cite))
    return " ".join(p for p in parts if p)


def _is_subsequence(needles: list[str], haystack: list[str]) -> bool:
    it = iter(haystack)
    return all(any(n == h for h in it) for n in needles)


def _check_structure(article: Article, root: Any) -> None:
    assert _headings(root) == _expected_headings(article)
    top_paras = [_norm(p.text_content()) for p in root.findall("p")]
    want = [
        _norm(b.text)
        for s in article.sections
        for b in s.blocks
        if isinstance(b, Paragraph) and _norm(b.text)
    ]
    assert _is_subsequence(want, top_paras), (want, top_paras)
    lists = [[_norm(li.text_content()) for li in el.findall("li")] for el in root.iter("ul", "ol")]
    want_lists = [
        [_norm(i) for i in b.items]
        for s in article.sections
        for b in s.blocks
        if isinstance(b, ListBlock) and b.items
    ]
    assert lists[: len(want_lists)] == want_lists
    quotes = [_norm(q.text_content()) for q in root.findall("blockquote")]
    want_quotes = [
        _quote_text(b) for s in article.sections for b in s.blocks if isinstance(b, Quote)
    ]
    assert quotes == [q for q in want_quotes if q]
    cells = [_norm(c.text_content()) for c in root.iter("td", "th")]
    want_cells = [
        _norm(c)
        for s in article.sections
        for b in s.blocks
        if isinstance(b, Table) and any(b.rows)
        for row in b.rows
        for c in row
    ]
    assert _is_subsequence(want_cells, cells)


def test_full_article_front_matter_and_body() -> None:
    article = full_article()
    meta, body = _split(dumps(article, "markdown"))
    assert meta["title"] == article.title
    assert [a["name"] for a in meta["authors"]] == [a.name for a in article.authors]
    assert meta["authors"][0]["role"] == "Senior Fellow"
    assert meta["published"] == "2024-03-12T09:30:00+00:00"
    assert meta["categories"] == ["Diplomacy", "Security"]
    assert meta["url"] == article.canonical_url
    root = _render(body)
    _check_structure(article, root)
    assert _headings(root) == [
        (1, article.title),
        (2, "What was agreed"),
        (3, "Risks ahead"),
        (2, RELATED_HEADING),
    ]
    img = root.find(".//img")
    assert img.get("src") == "https://img.example.org/arrival.jpg"
    assert img.get("alt") == "A woman steps off a plane"
    text = _norm(root.text_content())
    assert "The minister arrives." in text
    assert "Image 1: Jon Field via Flickr (CC BY 2.0)" in text
    assert root.find(".//ol") is not None
    assert root.find(".//pre").text_content() == "line one\n  line two\n"
    links = [a.get("href") for a in root.iter("a")]
    assert links == ["https://news.example.org/2023/maritime"]


def test_front_matter_can_be_left_out() -> None:
    doc = dumps(full_article(), "markdown", front_matter=False)
    assert doc.startswith("# Norland and Valdoria")


@pytest.mark.parametrize(
    "text",
    [
        *HOSTILE,
        "# not a heading",
        "1984. not a list",
        "- not a list",
        "+ not a list",
        "> not a quote",
        "***",
        "===",
        "```python",
        "~~~",
        "    not code",
        "[link](http://x.org) and ![img](http://x.org/i.png)",
        "*emphasis* _emphasis_ **strong** `code` ~~strike~~",
        "a | table | row",
        "[ref]: http://x.org",
        "trailing hashes ##",
        "back\\slash\\",
        "&copy; &#169; &#xA9;",
        "<http://autolink.org>",
        "line\nbreak\n\nparagraph",
        "nul\x00char",
    ],
)
def test_text_never_becomes_markdown(text: str) -> None:
    article = hostile_article(text, "https://ok.example.org/x")
    meta, body = _split(dumps(article, "markdown"))
    assert meta["title"] == text
    root = _render(body)
    _check_structure(article, root)
    allowed = {"div", "h1", "h2", "p", "em", "ul", "ol", "li", "blockquote", "pre", "code"}
    allowed |= {"table", "thead", "tbody", "tr", "th", "td", "img", "a"}
    assert {el.tag for el in root.iter()} <= allowed
    hrefs = {a.get("href") for a in root.iter("a")} | {i.get("src") for i in root.iter("img")}
    assert hrefs <= {"https://ok.example.org/x"}
    assert root.find(".//pre").text_content() == text.replace("\x00", "\ufffd") + "\n"


@pytest.mark.parametrize("url", HOSTILE_URLS)
def test_unsafe_urls_are_dropped(url: str) -> None:
    doc = dumps(hostile_article("text", url), "markdown")
    root = _render(_split(doc)[1])
    assert not list(root.iter("a"))
    assert not list(root.iter("img"))
    assert url.strip() not in doc


@settings(max_examples=25)
@given(gs.articles(with_actors=False, with_events=False))
def test_generated_articles_keep_headings_and_texts(article: Article) -> None:
    meta, body = _split(dumps(article, "markdown"))
    assert meta["title"] == article.title
    assert meta.get("categories", []) == list(article.categories)
    assert [a["name"] for a in meta.get("authors", [])] == [a.name for a in article.authors]
    _check_structure(article, _render(body))
