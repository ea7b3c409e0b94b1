"""Decoding and safe parsing: bytes or str into a tree, typed errors for what is no page."""

from __future__ import annotations

import codecs

import lxml.etree
import pytest

from geoarticle.errors import LimitExceededError, NotAnArticleError
from geoarticle.limits import DEFAULT_LIMITS, Limits
from geoarticle.parsers.html import parse_html
from geoarticle.parsers.html._load import decode, load_html

PAGE = "<html><head>{head}</head><body><p>{text}</p></body></html>"


def _text(source: str | bytes) -> str:
    root = load_html(source, limits=DEFAULT_LIMITS).root
    return root.findtext(".//p") or ""


def test_utf8_bytes() -> None:
    assert _text(PAGE.format(head="", text="Škoda in Zürich").encode()) == "Škoda in Zürich"


@pytest.mark.parametrize("bom_codec", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_mark_wins(bom_codec: str) -> None:
    data = PAGE.format(head='<meta charset="iso-8859-1">', text="Łódź").encode(bom_codec)
    assert _text(data) == "Łódź"


@pytest.mark.parametrize("label", ["iso-8859-1", "latin-1", "windows-1252", "us-ascii"])
def test_latin_labels_read_as_cp1252(label: str) -> None:
    data = PAGE.format(head=f'<meta charset="{label}">', text="“Café” – 10 €").encode("cp1252")
    assert _text(data) == "“Café” – 10 €"


def test_http_equiv_declaration() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    assert _text(PAGE.format(head=head, text="Привет").encode("cp1251")) == "Привет"


def test_valid_utf8_beats_a_wrong_declaration() -> None:
    data = PAGE.format(head='<meta charset="gb2312">', text="北京 Zürich").encode()
    assert _text(data) == "北京 Zürich"


def test_undeclared_legacy_bytes_fall_back_to_cp1252() -> None:
    data = PAGE.format(head="", text="Gr\xfc\xdfe aus K\xf6ln").encode("latin-1")
    text, encoding, _ = decode(data)
    assert encoding == "cp1252"
    assert "Grüße aus Köln" in text


def test_invalid_utf8_under_a_utf8_declaration_warns() -> None:
    data = PAGE.format(head='<meta charset="utf-8">', text="na\xefve").encode("latin-1")
    page = load_html(data, limits=DEFAULT_LIMITS)
    assert page.root.findtext(".//p") == "naïve"
    assert page.warnings


def test_str_is_taken_as_is_even_with_an_xml_declaration() -> None:
    source = '<?xml version="1.0" encoding="iso-8859-1"?>' + PAGE.format(head="", text="Ærø")
    assert _text(source) == "Ærø"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t ",
        "  ",
        b"%PDF-1.7\n1 0 obj",
        b"\x89PNG\r\n\x1a\n....",
        b"\x00" * 400 + b"<p>x",
    ],
)
def test_no_page(data: str | bytes) -> None:
    with pytest.raises(NotAnArticleError):
        load_html(data, limits=DEFAULT_LIMITS)


@pytest.mark.parametrize("data", [b"<p>" + b"x" * 200, "<p>" + "é" * 200])
def test_size_limit(data: str | bytes) -> None:
    with pytest.raises(LimitExceededError):
        load_html(data, limits=Limits(max_input_bytes=100))


def test_no_network_and_no_entities() -> None:
    source = (
        '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<html><body><p>a &x; b &amp; c</p></body></html>"
    )
    text = _text(source)
    assert "root:" not in text
    assert text.endswith("b & c")


def test_comments_and_processing_instructions_are_dropped() -> None:
    root = load_html("<p>a<!-- hidden -->b<?php echo 1 ?></p>", limits=DEFAULT_LIMITS).root
    assert root.findtext(".//p") == "ab"


def test_very_deep_markup_parses_without_recursion_error() -> None:
    deep = "<div>" * 5000 + "<p>Deep text that still belongs to the page.</p>" + "</div>" * 5000
    article = parse_html(deep)
    assert isinstance(article.body_text, str)


def test_bom_detection_order() -> None:
    # UTF-32 LE starts with the UTF-16 LE mark: the longer one must be tried first
    data = codecs.BOM_UTF32_LE + PAGE.format(head="", text="ok").encode("utf-32-le")
    assert _text(data) == "ok"


def test_soft_hyphens_and_nonchars_go_with_or_without_control_bytes() -> None:
    for extra in ("", "\x0b"):
        page = PAGE.format(head="", text=f"Ern\u00adte{extra} und Saat\ufffe&shy;zeit\uffff")
        for source in (page, page.encode()):
            assert _text(source) == "Ernte und Saatzeit"


def test_element_cap_still_applies_to_pages_with_many_tags() -> None:
    page = "<html><body>" + "<p>a</p>" * 300 + "</body></html>"
    loaded = load_html(page, limits=Limits(max_elements=100))
    assert sum(1 for _ in loaded.root.iter()) <= 100
    assert any("elements" in w for w in loaded.warnings)
    small = load_html(page, limits=Limits(max_elements=1000))
    assert sum(1 for _ in small.root.iter()) == 302
    assert not small.warnings


def test_text_content_is_the_xpath_string_value() -> None:
    page = (
        "<html><body><div>A &amp; B<p>one <b>two</b> three&nbsp;<i>four</i></p>tail"
        "<script>var x = '<p>';</script><ul><li>five</li><li></li></ul></div></body></html>"
    )
    root = load_html(page, limits=DEFAULT_LIMITS).root
    string_value = lxml.etree.XPath("string()")
    for el in root.iter():
        assert el.text_content() == string_value(el)
        assert type(el.text_content()) is str
