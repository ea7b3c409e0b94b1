"""The one input stage: every entry point decodes, sniffs and limits input the same way.

``parse``, ``parse_html``, ``parse_text`` and ``sources.read_text`` (what ``loads(data,
"text")`` reads with) give the same Article for the same content, whatever the encoding
it arrives in. All texts and pages here are invented.
"""

from __future__ import annotations

import codecs
import gzip
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import geoarticle
from geoarticle import inputs, sources
from geoarticle.errors import (
    InvalidArgumentError,
    InvalidArgumentTypeError,
    LimitExceededError,
    ModelError,
    NotAnArticleError,
    StructureError,
    TruncatedInputError,
)
from geoarticle.limits import Limits
from geoarticle.models import Article, Paragraph, Section

# letters cp1252 holds at 0xC0 and above: no run of them is valid UTF-8, so cp1252 bytes
# of these texts are never mistaken for UTF-8
WORDS = (
    "talks", "envoys", "met", "in", "Genève", "Zürich", "señora", "délégation", "on",
    "Tuesday", "the", "ceasefire", "öffentlich", "à", "border", "minister", "agreed",
)  # fmt: skip
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252")

words = st.lists(st.sampled_from(WORDS), min_size=6, max_size=18)
titles = st.lists(st.sampled_from(WORDS), min_size=2, max_size=5).map(
    lambda ws: " ".join(w[:1].upper() + w[1:] for w in ws)
)
paragraphs = st.lists(
    words.map(lambda ws: " ".join(ws)[:1].upper() + " ".join(ws)[1:] + "."),
    min_size=1,
    max_size=4,
)


def _dump(title: str, paras: list[str]) -> str:
    return title + "\n\n" + "\n\n".join(paras) + "\n"


def _page(title: str, paras: list[str], charset: str | None) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def _declared(encoding: str) -> str | None:
    return {"utf-8": "utf-8", "utf-8-sig": "utf-8", "cp1252": "windows-1252"}.get(encoding)


@settings(max_examples=20, deadline=None)
@given(title=titles, paras=paragraphs, encoding=st.sampled_from(ENCODINGS))
def test_a_dump_reads_the_same_through_every_entry_point(
    title: str, paras: list[str], encoding: str
) -> None:
    text = _dump(title, paras)
    data = text.encode(encoding)
    direct = geoarticle.parse_text(text, annotate=False)
    assert geoarticle.parse(text, annotate=False) == direct
    decoded, warnings = inputs.decode_text(data)
    assert decoded == text
    expected = attrs.evolve(direct, warnings=warnings + direct.warnings)
    assert geoarticle.parse(data, annotate=False) == expected
    assert geoarticle.parse(data, kind="text", annotate=False) == expected
    assert sources.read_text(data, annotate=False) == expected
    if encoding in ("utf-8", "utf-8-sig", "utf-16") or text.isascii():
        assert not warnings  # a BOM, or plain UTF-8: nothing to say
        assert geoarticle.parse(data, annotate=False) == direct


@settings(max_examples=20, deadline=None)
@given(title=titles, paras=paragraphs, encoding=st.sampled_from(ENCODINGS))
def test_a_page_reads_the_same_through_every_entry_point(
    title: str, paras: list[str], encoding: str
) -> None:
    page = _page(title, paras, _declared(encoding))
    data = page.encode(encoding)
    direct = geoarticle.parse_html(page, annotate=False)
    assert direct.title == title
    assert geoarticle.parse(page, annotate=False) == direct
    from_bytes = geoarticle.parse_html(data, annotate=False)
    if encoding == "utf-16-le":  # no BOM: the page says how it was read
        note = "the page is utf-16-le without a byte-order mark"
        assert from_bytes.warnings[0] == note
        from_bytes = attrs.evolve(from_bytes, warnings=from_bytes.warnings[1:])
    assert from_bytes == direct
    assert geoarticle.parse(data, annotate=False) == geoarticle.parse_html(data, annotate=False)


def test_annotated_articles_agree_too() -> None:
    text = "Talks in Genève\n\nThe foreign minister of Pakistan met envoys of India in Genève.\n"
    data = text.encode("cp1252")
    article = geoarticle.parse(data)
    assert article.actors
    assert article == sources.read_text(data)
    assert article.sections == geoarticle.parse_text(text).sections
    assert article.actors == geoarticle.parse_text(text).actors


def test_cp1252_bytes_decode_the_same_in_the_text_reader_and_parse() -> None:
    data = "Café talks\n\nThe envoys met in Genève on Tuesday.\n".encode("cp1252")
    for article in (
        sources.read_text(data, annotate=False),
        geoarticle.parse(data, annotate=False),
    ):
        assert article.title == "Café talks"
        assert article.warnings[0] == "input is not UTF-8 (byte 3); decoded as cp1252"


def test_a_str_is_content_never_a_path(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text("Talks resume\n\nThe envoys met again on Tuesday.\n", encoding="utf-8")
    article = geoarticle.parse(str(path), annotate=False)
    assert article.title == str(path)  # read as a one-line dump, not opened
    assert geoarticle.parse(path, annotate=False).title == "Talks resume"


def test_a_path_is_read_gunzipped_and_its_name_counts(tmp_path: Path) -> None:
    fragment = b"Talks resume <b>in Geneva</b> as envoys <i>meet</i> again."
    (tmp_path / "a.html.gz").write_bytes(gzip.compress(fragment))
    (tmp_path / "a.txt").write_bytes(fragment)
    assert geoarticle.parse(tmp_path / "a.html.gz", annotate=False) == geoarticle.parse_html(
        fragment, annotate=False
    )
    assert geoarticle.parse(tmp_path / "a.txt", annotate=False) == geoarticle.parse_text(
        fragment.decode(), annotate=False
    )
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(fragment * 50)[:40])
    with pytest.raises(TruncatedInputError):
        geoarticle.parse(tmp_path / "cut.html.gz")


def test_every_entry_point_applies_the_same_size_limit(tmp_path: Path) -> None:
    limits = Limits(max_input_bytes=64)
    text = "Talks\n\n" + "The envoys met. " * 10
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    for source in (text, text.encode(), path):
        with pytest.raises(LimitExceededError):
            geoarticle.parse(source, limits=limits, annotate=False)
    with pytest.raises(LimitExceededError):
        geoarticle.parse_text(text, limits=limits)
    with pytest.raises(LimitExceededError):
        geoarticle.parse_html(text.encode(), limits=limits)


def test_binary_is_refused_by_every_entry_point() -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert inputs.looks_binary(png)
    assert inputs.looks_binary("\x00\x01\x02\x03" * 100)
    assert not inputs.looks_binary("Talks\n\nThe envoys met.\n")
    for kind in ("auto", "html", "text"):
        with pytest.raises(NotAnArticleError, match="binary"):
            geoarticle.parse(png, kind=kind)  # type: ignore[arg-type]
    with pytest.raises(NotAnArticleError, match="binary"):
        sources.read_text(png)


def test_bad_arguments_raise_documented_errors_that_stay_builtin() -> None:
    with pytest.raises(InvalidArgumentTypeError) as info:
        geoarticle.parse(42)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    with pytest.raises(InvalidArgumentError) as error:
        geoarticle.parse(b"Talks", kind="pdf")  # type: ignore[arg-type]
    assert isinstance(error.value, ValueError)
    assert sources.parse_source is geoarticle.parse


def test_a_utf32_bom_and_a_utf8_bom_are_taken_off() -> None:
    text = "Talks in Zürich\n\nThe envoys met on Tuesday.\n"
    for codec in ("utf-32", "utf-8-sig", "utf-16-be"):
        data = text.encode(codec)
        if codec == "utf-16-be":
            data = codecs.BOM_UTF16_BE + data
        assert inputs.decode_text(data) == (text, ())


def test_model_error_carries_the_field_path() -> None:
    with pytest.raises(ModelError) as info:
        Paragraph(text=1)  # type: ignore[arg-type]
    assert (info.value.model, info.value.path) == ("Paragraph", "text")
    assert info.value.reason == "expected str, got int"
    assert str(info.value) == "Paragraph.text: expected str, got int"
    with pytest.raises(ModelError) as info:
        Limits(max_depth=0)
    assert (info.value.model, info.value.path) == ("Limits", "max_depth")
    with pytest.raises(ModelError) as info:  # raised with a message alone: still located
        Section(level=9)
    assert (info.value.model, info.value.path) == ("Section", "level")


def test_structure_errors_join_the_document_path_and_the_field() -> None:
    article = Article(title="T", sections=(Section(blocks=(Paragraph(text="x"),)),))
    doc = geoarticle.dumps(article).replace('"level": 0', '"level": 9')
    with pytest.raises(StructureError) as info:
        geoarticle.loads(doc)
    assert info.value.errors == ("sections[0].level: must be between 0 and 6, got 9",)
    doc = geoarticle.dumps(article).replace('"text": "x"', '"text": 5')
    with pytest.raises(StructureError) as info:
        geoarticle.loads(doc)
    assert info.value.errors == ("sections[0].blocks[0].text: expected str, got int",)


@pytest.mark.parametrize(
    "data", [b"", b" \t\r\n\x0b\x0c ", "", " \n\t", "\u3000\u2003 \n", "\x1c\x1d\x1e\x1f"]
)
def test_empty_and_blank_input_is_refused(data: bytes | str) -> None:
    with pytest.raises(NotAnArticleError, match="empty"):
        inputs.check_input(data, Limits())


@pytest.mark.parametrize("data", [b"\xa0", b" x ", "\xa0x", " . "])
def test_input_with_anything_but_whitespace_is_not_empty(data: bytes | str) -> None:
    inputs.check_input(data, Limits())  # no error: not empty, not binary
