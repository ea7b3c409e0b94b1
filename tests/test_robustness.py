"""Hostile and broken input: each case parses or raises the documented error, never crashes.

The documented errors are GeoArticleError subclasses (docs/errors.md). RecursionError,
MemoryError, lxml or cattrs errors escaping are failures. Times are not asserted here:
benchmarks/bench_robustness.py measures them.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable

import pytest

import geoarticle
from geoarticle import Article, GeoArticleError, NotAnArticleError

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + zlib.compress(bytes(range(256)) * 64)
PARA = "<p>The delegation met officials in the capital to discuss the border, trade and aid.</p>"


def _page(body: str) -> str:
    return f"<html><head><title>T</title></head><body>{body}</body></html>"


HTML_CASES: dict[str, Callable[[], str | bytes]] = {
    "empty": lambda: b"",
    "whitespace": lambda: " \n\t \r\n",
    "nul-bytes": lambda: _page(PARA).encode() + b"\x00" * 100 + b"<p>after</p>",
    "invalid-utf8": lambda: _page(PARA).encode() + b"\xff\xfe\xfa\x80<p>caf\xe9</p>",
    "utf16-no-bom": lambda: _page(PARA).encode("utf-16-le"),
    "mixed-encodings": lambda: (
        _page(PARA + "<p>Zürich</p>").encode() + "<p>Zürich</p>".encode("cp1252")
    ),
    "deep-nesting": lambda: _page("<div>" * 10_000 + PARA + "</div>" * 10_000),
    "deep-unclosed": lambda: _page("<span><b><i>" * 5_000 + PARA),
    "many-siblings": lambda: _page(PARA * 100_000),
    "giant-pre": lambda: _page("<pre>" + "x = 1\n" * 200_000 + "</pre>"),
    "png": lambda: PNG,
    "pdf": lambda: PDF,
    "no-body": lambda: "<html><head><title>Only a head</title></head></html>",
    "frames-only": lambda: (
        '<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>'
    ),
    "xxe": lambda: (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>&x; visible text of the article body that is long enough.</p></body></html>"
    ),
    "billion-laughs": lambda: (
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        + "".join(
            f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "]><html><body><p>&i;</p></body></html>"
    ),
    "external-dtd": lambda: (
        '<!DOCTYPE html SYSTEM "http://127.0.0.1:9/evil.dtd"><html><body>' + PARA + "</body></html>"
    ),
    "svg-mathml-islands": lambda: _page(
        PARA + "<svg><script>alert(1)</script><text>label</text></svg>"
        "<math><mi>x</mi></math><xml><data>1</data></xml>" + PARA
    ),
    "broken-jsonld": lambda: (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"name": {"x": [1, 2, {"@graph": null}]}}, 7, null], "datePublished": 12,'
        '</script><script type="application/ld+json">' + "[" * 5000 + "]" * 5000 + "</script>"
        "</head><body>" + PARA + "</body></html>"
    ),
    "one-megabyte-line": lambda: _page("<p>" + "word " * 200_000 + "</p>"),
    "no-sentence-ends": lambda: _page("<p>" + "and the talks went on " * 5_000 + "</p>"),
}

TEXT_CASES: dict[str, Callable[[], str]] = {
    "empty": lambda: "",
    "whitespace": lambda: "  \n\n\t ",
    "nul-bytes": lambda: "Title\n\nBody \x00 text with a NUL.\x00\n",
    "lone-surrogates": lambda: "Title\n\nBody \ud800 text \udfff here.\n",
    "no-sentence-ends": lambda: "Title\n\n" + "and the talks went on " * 20_000,
    "one-megabyte-line": lambda: "word " * 200_000,
    "many-lines": lambda: "Title\n\n" + "A short line of text.\n\n" * 50_000,
    "only-furniture": lambda: "Share this:\n\nRelated articles\n",
}


def _check(result: Callable[[], Article]) -> None:
    try:
        article = result()
    except GeoArticleError:
        return
    assert isinstance(article, Article)
    # whatever parses must survive the lossless round trip
    assert geoarticle.loads(geoarticle.dumps(article)) == article


@pytest.mark.parametrize("case", sorted(HTML_CASES))
def test_html_contract(case: str) -> None:
    source = HTML_CASES[case]()
    _check(lambda: geoarticle.parse_html(source))


@pytest.mark.parametrize("case", sorted(TEXT_CASES))
def test_text_contract(case: str) -> None:
    source = TEXT_CASES[case]()
    _check(lambda: geoarticle.parse_text(source))


@pytest.mark.parametrize("data", [b"", b"   ", PNG, PDF], ids=["empty", "blank", "png", "pdf"])
def test_not_an_article(data: bytes) -> None:
    with pytest.raises(NotAnArticleError):
        geoarticle.parse_html(data)


def test_xxe_does_not_read_files() -> None:
    try:
        article = geoarticle.parse_html(HTML_CASES["xxe"]())
    except GeoArticleError:
        return
    assert "root:" not in article.body_text


def test_billion_laughs_does_not_expand() -> None:
    try:
        article = geoarticle.parse_html(HTML_CASES["billion-laughs"]())
    except GeoArticleError:
        return
    assert len(article.body_text) < 10_000


def test_over_size_limit() -> None:
    with pytest.raises(geoarticle.LimitExceededError):
        geoarticle.parse_html(_page(PARA * 100), limits=geoarticle.Limits(max_input_bytes=1000))
    with pytest.raises(geoarticle.LimitExceededError):
        geoarticle.parse_text("x" * 2000, limits=geoarticle.Limits(max_input_bytes=1000))


@pytest.mark.slow
def test_fifty_megabyte_page() -> None:
    page = _page(PARA * 590_000)
    assert len(page) > 50_000_000
    _check(lambda: geoarticle.parse_html(page))
