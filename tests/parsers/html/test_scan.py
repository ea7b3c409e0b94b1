"""The body scan: what it removes, which elements may be paragraphs, where related blocks are.

These pin the scan's rules (including its quirks) so that a faster pass gives the same
candidates in the same order.
"""

from __future__ import annotations

import lxml.html
import pytest
from lxml.html import HtmlElement

from geoarticle.limits import DEFAULT_LIMITS
from geoarticle.parsers.html._heuristics import DEFAULT_HEURISTICS
from geoarticle.parsers.html._hints import RELATED, hint_flags, may_be_related
from geoarticle.parsers.html._load import load_html
from geoarticle.parsers.html._scan import own_text, scan

LONG = "Harbour officials counted the ferries twice before the storm reached the coast. " * 3


def _body(markup: str) -> HtmlElement:
    root = load_html(f"<html><body>{markup}</body></html>", limits=DEFAULT_LIMITS).root
    body = root.find("body")
    assert body is not None
    return body


def _names(pairs: list[tuple[HtmlElement, bool]]) -> list[tuple[str, bool]]:
    return [(el.get("id") or el.tag, bad) for el, bad in pairs]


def test_paragraph_order_mixes_start_and_end_order() -> None:
    body = _body(
        '<div id="a"><p id="p1">x</p></div><div id="b"><span>y</span></div><p id="p2">z</p>'
    )
    found = scan(body, DEFAULT_HEURISTICS)
    # <p> counts when it opens, a leaf <div> when it closes
    assert _names(found.paragraphs) == [("p1", False), ("b", False), ("p2", False)]


def test_furniture_marks_what_it_holds() -> None:
    body = _body(
        '<nav><p id="n">menu</p></nav>'
        '<div class="share-buttons"><div id="s">share</div></div>'
        '<div role="navigation"><p id="r">links</p></div>'
        '<div class="comments article-body"><p id="c">both</p></div>'
    )
    assert _names(scan(body, DEFAULT_HEURISTICS).paragraphs) == [
        ("n", True),
        ("s", True),
        ("r", True),
        ("c", False),
    ]


def test_inline_elements_are_not_read_for_hints_or_hiding() -> None:
    body = _body('<a class="share"><div id="x">kept</div></a><em style="display:none">t</em>')
    found = scan(body, DEFAULT_HEURISTICS)
    assert ("x", False) in _names(found.paragraphs)
    assert body.find(".//em") is not None
    # a block inside an inline element does not make the outer element a non-leaf
    body = _body('<div id="outer"><a href="#"><div id="inner">t</div></a></div>')
    assert _names(scan(body, DEFAULT_HEURISTICS).paragraphs) == [("inner", False), ("outer", False)]


def test_dropped_and_hidden_elements() -> None:
    body = _body(
        "<script>var a = 1;</script><form><input></form>"
        '<div id="hid" style="display: none"><p>secret</p></div>'
        '<section hidden id="sec"><p>x</p></section>'
        f'<div aria-hidden="true"><p>x</p></div><p id="main">{LONG}</p>'
    )
    found = scan(body, DEFAULT_HEURISTICS)
    # hidden leaf-like elements are still listed (they are removed afterwards)
    assert _names(found.paragraphs) == [
        ("hid", False),
        ("sec", False),
        ("div", False),
        ("main", False),
    ]
    assert body.find(".//script") is None
    assert body.find(".//input") is None
    assert "secret" not in body.text_content()


def test_a_hidden_article_is_kept_and_cleaned() -> None:
    body = _body(f'<div style="visibility:hidden"><p>{LONG}</p><script>x()</script></div>')
    scan(body, DEFAULT_HEURISTICS)
    assert LONG.strip() in body.text_content()
    assert body.find(".//script") is None


def test_noscript_image_kept_only_without_a_scripted_copy() -> None:
    body = _body('<div><noscript><img src="a.jpg"></noscript></div>')
    scan(body, DEFAULT_HEURISTICS)
    assert body.find(".//img") is not None
    assert body.find(".//noscript") is None
    body = _body('<div><img data-src="a.jpg"><noscript><img src="a.jpg"></noscript></div>')
    scan(body, DEFAULT_HEURISTICS)
    assert len(body.findall(".//img")) == 1
    assert body.find(".//noscript") is None


def test_outermost_related_blocks() -> None:
    body = _body(
        '<div class="related-posts" id="r1"><div class="related">a</div></div>'
        '<aside id="r2" class="recommended"><p>b</p></aside>'
    )
    assert [el.get("id") for el in scan(body, DEFAULT_HEURISTICS).related] == ["r1", "r2"]


def test_mixed_divs_keep_their_own_text() -> None:
    body = _body(f'<div id="m">{LONG}<a href="/x">more</a><figure><img src="f.jpg"></figure></div>')
    found = scan(body, DEFAULT_HEURISTICS)
    assert len(found.mixed) == 1
    el, bad = found.mixed[0]
    assert el.get("id") == "m"
    assert not bad
    own, links = own_text(el)
    assert own.startswith(LONG.strip()[:20])
    assert own.endswith("more")
    assert links == len("more")


def test_scan_on_a_tree_with_comments() -> None:
    # the loader drops comments; a tree from elsewhere may hold them, and they are passed over
    root = lxml.html.fromstring("<div><!-- note --><p>t</p><div>u</div></div>")
    found = scan(root, DEFAULT_HEURISTICS)
    assert [el.tag for el, _ in found.paragraphs] == ["p", "div"]


def test_names_seen_first_inside_furniture_still_count_outside_it() -> None:
    # the same class inside a menu (where only a related name matters) and then outside one
    body = _body(
        '<nav><div class="teaser-strip sidebar" id="n1"><p>x</p></div>'
        '<div class="related-posts" id="r1"><p>y</p></div></nav>'
        '<div class="teaser-strip sidebar" id="s1"><p id="p1">z</p></div>'
        '<div class="teaser-strip sidebar" id="s1"><div class="related-posts" id="r2">w</div></div>'
    )
    found = scan(body, DEFAULT_HEURISTICS)
    assert [el.get("id") for el in found.related] == ["r1", "r2"]
    assert ("p1", True) in _names(found.paragraphs)  # "sidebar" is furniture out there too


@pytest.mark.parametrize(
    "names",
    [
        "related-posts",
        "wp_related_links box",
        "post-recommendations",
        "yarpp-list",
        "see-also",
        "col-md-8 row",
        "sidebar widget",
        "menu nav-main",
        "",
    ],
)
def test_related_prefilter_never_misses_a_related_name(names: str) -> None:
    if not may_be_related(names):
        assert not hint_flags(names) & RELATED


def test_mixed_text_is_read_after_the_scan_cleaned_the_tree() -> None:
    # a script beside the blocks is no text of the box: its code never makes it a paragraph
    code = "window.pageData = {" + ", ".join(f'"k{i}": {i}' for i in range(40)) + "};"
    body = _body(f'<div id="m"><script>{code}</script><div><p>short</p></div></div>')
    found = scan(body, DEFAULT_HEURISTICS)
    el, _ = next(pair for pair in found.mixed if pair[0].get("id") == "m")
    own, links = own_text(el)
    assert own.strip() == ""
    assert links == 0
