"""Body text from ruby readings, component props and archive lists (invented pages)."""

from __future__ import annotations

import html
import json

from geoarticle.parsers.html import parse_html

_PARA = (
    "The harbour of Westmarch reopened on Monday after a week of repairs to its old sea wall, "
    "and the fishing boats returned at dawn."
)


def test_ruby_reading_without_parentheses_is_left_out() -> None:
    page = (
        "<html><body><article><h1>Tide</h1><p><ruby>港<rt>みなと</rt></ruby>が"
        "月曜日に再開しました。漁船は夜明けに戻り、港長は取引がすぐに回復すると述べました。"
        "修理は一週間続きました。</p></article></body></html>"
    )
    body = parse_html(page).body_text
    assert "港が月曜日" in body
    assert "みなと" not in body


def test_ruby_reading_with_parentheses_is_text() -> None:
    page = (
        "<html><body><article><h1>Tide</h1><p><ruby>港<rp>（</rp><rt>みなと</rt><rp>）</rp>"
        "</ruby>が月曜日に再開しました。漁船は夜明けに戻り、港長は取引がすぐに回復すると"
        "述べました。修理は一週間続きました。</p></article></body></html>"
    )
    assert "港（みなと）が" in parse_html(page).body_text


def test_component_props_in_a_data_attribute() -> None:
    article = "".join(f"<p>{_PARA} Part {i}.</p>" for i in range(5))
    props = html.escape(json.dumps({"project": {"title": "Harbour", "body": article}}))
    page = (
        "<html><head><title>Harbour</title></head><body><div id='app'>"
        f'<div data-react-props="{props}"></div></div></body></html>'
    )
    body = parse_html(page).body_text
    assert "Part 0." in body
    assert "Part 4." in body


def test_archive_list_is_not_body() -> None:
    items = "".join(
        f"<li class='archive-item'><span>Oct {d}, 2019</span> <a href='/news/{d}'>Letter {d}</a>"
        f" <span>Oct {d}, 2019</span></li>"
        for d in range(1, 9)
    )
    page = (
        "<html><body><div class='main'><article><h1>Harbour</h1>"
        f"<p>{_PARA}</p><p>{_PARA} Again.</p></article>"
        f"<ul class='archive-item-list'>{items}</ul></div></body></html>"
    )
    art = parse_html(page)
    assert "Letter 3" not in art.body_text
    assert _PARA in art.body_text
