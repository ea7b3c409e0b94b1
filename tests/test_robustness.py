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
    assert "]>" not in article.body_text  # the entity declarations leave no debris either


def test_billion_laughs_does_not_expand() -> None:
    try:
        article = geoarticle.parse_html(HTML_CASES["billion-laughs"]())
    except GeoArticleError:
        return
    assert len(article.body_text) < 10_000
    assert "]>" not in article.body_text


def test_over_size_limit() -> None:
    with pytest.raises(geoarticle.LimitExceededError):
        geoarticle.parse_html(_page(PARA * 100), limits=geoarticle.Limits(max_input_bytes=1000))
    with pytest.raises(geoarticle.LimitExceededError):
        geoarticle.parse_text("x" * 2000, limits=geoarticle.Limits(max_input_bytes=1000))


def test_deep_nesting_keeps_its_text() -> None:
    for case in ("deep-nesting", "deep-unclosed"):
        article = geoarticle.parse_html(HTML_CASES[case](), annotate=False)
        assert "delegation met officials" in article.body_text
        assert any("flattened" in w for w in article.warnings)


def test_text_after_deep_nesting_survives() -> None:
    page = _page("<div>" * 3000 + "<p>inner words</p>" + "</div>" * 3000 + PARA)
    article = geoarticle.parse_html(page, annotate=False)
    assert "inner words" in article.body_text
    assert "delegation met officials" in article.body_text


def test_utf16_without_bom_is_read() -> None:
    for codec in ("utf-16-le", "utf-16-be"):
        article = geoarticle.parse_html(_page(PARA).encode(codec), annotate=False)
        assert "delegation met officials" in article.body_text


def test_control_characters_are_removed() -> None:
    page = _page("<p>The envoy\x01 spoke\x0b at\x1f length\ufffe about the talks.</p>")
    article = geoarticle.parse_html(page, annotate=False)
    assert article.body_text == "The envoy spoke at length about the talks."
    assert article.warnings


@pytest.mark.parametrize("ref", ["&#12;", "&#x0c;", "&#x1F;", "&#0;", "&#65535;", "&#xFFFE;"])
def test_control_character_references_are_dropped(ref: str) -> None:
    page = _page(f'<p title="a{ref}b">The envoy{ref} spoke at length about the talks.</p>')
    for source in (page, page.encode()):
        article = geoarticle.parse_html(source, annotate=False)
        assert article.body_text == "The envoy spoke at length about the talks."


@pytest.mark.parametrize(
    "script",
    [
        "[" * 200_000,
        '{"a":' * 50_000 + "1" + "}" * 50_000,
        '{"@type": "NewsArticle", "headline": "' + "x" * 1_100_000 + '"}',
        '{"@type": "NewsArticle", "headline": "unterminated' + " word" * 100_000,
        "{" * 300_000,
        '{"@type": ["NewsArticle", 7, null], "headline": {"x": 1}, "author": [null, 3, '
        '{"name": ["A", {"b": 2}]}], "datePublished": [2024], "image": 7, "keywords": {"k": 1}, '
        '"inLanguage": [], "@graph": "not a list", "publisher": 1.5, "mainEntity": true}',
    ],
    ids=["deep-array", "deep-object", "huge", "unterminated", "braces", "wrong-types"],
)
def test_hostile_jsonld(script: str) -> None:
    page = (
        f'<html><head><script type="application/ld+json">{script}</script></head>'
        f"<body>{PARA}</body></html>"
    )
    article = geoarticle.parse_html(page, annotate=False)
    assert "delegation met officials" in article.body_text


@pytest.mark.parametrize("run", [" ", "!", "A", "#", "-", ",", "\t", "'"])
def test_long_runs_of_one_character(run: str) -> None:
    # quadratic patterns would take minutes here (the suite's timeout catches a hang)
    hostile = run * 100_000 + " x"
    geoarticle.find_actors(hostile)
    _check(lambda: geoarticle.parse_text("Title\n\n" + hostile))
    _check(lambda: geoarticle.parse_html(_page(f"<pre>{hostile}</pre><p>{hostile}</p>")))


def test_loads_text_bytes_not_utf8() -> None:
    """Decoded as geoarticle.parse decodes them: cp1252, with a warning saying so."""
    data = b"A title\n\nBody \xff text of the piece.\n"
    article = geoarticle.loads(data, "text")
    assert "Body \xff text" in article.body_text
    assert any("cp1252" in w for w in article.warnings)
    assert article == geoarticle.parse(data)


@pytest.mark.parametrize("bad", [0, -1, True, 1.5, "10"])
def test_limits_must_be_positive_ints(bad: object) -> None:
    with pytest.raises(geoarticle.ModelError):
        geoarticle.Limits(max_blocks=bad)  # type: ignore[arg-type]


# --- each limit is enforced ------------------------------------------------------------------

ACTION = (
    "France accused Germany of breaking the accord on Monday. "
    "Spain and Italy signed a trade pact in Madrid. "
)


def test_max_depth_flattens() -> None:
    page = _page("<div>" * 40 + "<p>deep words of the article body here.</p>" + "</div>" * 40)
    article = geoarticle.parse_html(page, annotate=False, limits=geoarticle.Limits(max_depth=10))
    assert "deep words" in article.body_text


def test_max_elements_cuts_the_page() -> None:
    article = geoarticle.parse_html(
        _page(PARA * 300), annotate=False, limits=geoarticle.Limits(max_elements=100)
    )
    assert 0 < len(article.sections[0].blocks) < 100
    assert any("elements" in w for w in article.warnings)


def test_max_blocks() -> None:
    limits = geoarticle.Limits(max_blocks=10)
    html = geoarticle.parse_html(_page(PARA * 50), annotate=False, limits=limits)
    text = geoarticle.parse_text("Title\n\n" + "A line of body text.\n\n" * 50, limits=limits)
    for article in (html, text):
        assert sum(len(s.blocks) for s in article.sections) == 10
        assert article.warnings


def test_max_annotated_chars() -> None:
    body = "\n\n".join([ACTION] * 10 + ["Japan condemned China over the strike on Tuesday."])
    limits = geoarticle.Limits(max_annotated_chars=200)
    article = geoarticle.parse_text("Title\n\n" + body, limits=limits)
    names = {a.name for a in article.actors}
    assert "France" in names
    assert not names & {"Japan", "China"}
    assert any("annotated" in w for w in article.warnings)
    blocks = {(m.section, m.block) for a in article.actors for m in a.mentions}
    assert max(b for _, b in blocks if b is not None) <= 2
    full = geoarticle.parse_text("Title\n\n" + body)
    assert {"Japan", "China"} <= {a.name for a in full.actors}


def test_max_actors_and_events() -> None:
    body = "\n\n".join([ACTION, "Japan condemned China over the strike on Tuesday."])
    article = geoarticle.parse_text(
        "Title\n\n" + body, limits=geoarticle.Limits(max_actors=2, max_events=1)
    )
    assert len(article.actors) == 2
    assert len(article.events) <= 1
    assert any("actors" in w for w in article.warnings)
    assert geoarticle.loads(geoarticle.dumps(article)) == article


def test_max_jsonld_chars() -> None:
    ld = '{"@type": "NewsArticle", "headline": "A headline from the structured data"}'
    page = (
        f'<html><head><script type="application/ld+json">{ld}</script></head>'
        f"<body>{PARA}</body></html>"
    )
    small = geoarticle.parse_html(
        page, annotate=False, limits=geoarticle.Limits(max_jsonld_chars=20)
    )
    assert any("JSON-LD" in w for w in small.warnings)


@pytest.mark.slow
def test_fifty_megabyte_page() -> None:
    page = _page(PARA * 590_000)
    assert len(page) > 50_000_000
    _check(lambda: geoarticle.parse_html(page))
