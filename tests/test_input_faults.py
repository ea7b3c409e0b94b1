"""The single-document cases of "bounded work and honest failure", each with the outcome it has.

Batch faults (concurrent writers, truncated containers, dead or slow workers) are in
``tests/batch/test_faults.py`` and ``tests/batch/test_truncated.py``.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest

import geoarticle
from geoarticle.cli import main
from geoarticle.errors import NotAnArticleError, StructureError, TimeLimitExceededError
from geoarticle.models import Article, Paragraph, Section
from geoarticle.parsers.html._load import utf16_without_bom
from geoarticle.sources import decode_text, detect_kind

# -- JSON-LD inside <script>, lone surrogates on the way in ---------------------------


def test_jsonld_is_safe_inside_a_script_element() -> None:
    article = Article(
        title="Talks </script><script>alert(1)</script> & more",
        sections=(Section(blocks=(Paragraph(text="a < b > c & d \u2028 e"),)),),
    )
    text = geoarticle.dumps(article, "jsonld")
    for unsafe in ("<", ">", "&", "\u2028"):
        assert unsafe not in text
    assert json.loads(text)["headline"] == article.title


def test_loads_rejects_lone_surrogates_that_could_not_be_written() -> None:
    doc = '{"schema_version": "1.0", "title": "a\\ud800b", "sections": [{"heading": "\\udfff"}]}'
    with pytest.raises(StructureError) as info:
        geoarticle.loads(doc)
    assert set(info.value.errors) == {
        "title: lone surrogate in a string",
        "sections[0].heading: lone surrogate in a string",
    }
    # a surrogate pair written as two escapes is one character, and fine
    assert geoarticle.loads('{"schema_version": "1.0", "title": "\\ud83d\\ude00"}').title == "😀"


# -- the time budget --------------------------------------------------------------------


def test_limits_carry_a_time_budget_and_a_deadline() -> None:
    from geoarticle.limits import Limits, check_deadline, current_deadline, deadline

    assert Limits().max_seconds == 10.0
    for bad in (0, -1.0, float("nan"), float("inf"), True, "5"):
        with pytest.raises(geoarticle.ModelError):
            Limits(max_seconds=bad)  # type: ignore[arg-type]
    assert current_deadline() is None
    check_deadline("outside any call")  # no deadline: nothing happens
    with deadline(0.05) as outer:
        with deadline(100) as inner:  # nesting keeps the sooner deadline
            assert inner is outer
        assert not outer.expired

        time.sleep(0.06)
        assert outer.expired
        with pytest.raises(
            TimeLimitExceededError, match=r"over the time budget of 0\.05 s in step"
        ):
            check_deadline("step")
    assert current_deadline() is None


def test_parsers_stop_at_their_checks_once_the_budget_is_spent() -> None:
    from geoarticle.limits import Limits

    tiny = Limits(max_seconds=1e-9)
    with pytest.raises(TimeLimitExceededError, match="parse_text"):
        geoarticle.parse_text("Title\n\nA paragraph of text.\n", limits=tiny)
    with pytest.raises(TimeLimitExceededError, match="parse_html"):
        geoarticle.parse_html("<title>T</title><p>A paragraph of text.</p>", limits=tiny)
    assert issubclass(TimeLimitExceededError, geoarticle.LimitExceededError)


def test_the_text_parser_is_linear_on_one_huge_paragraph() -> None:
    # 10 MB in one paragraph: the case, without the annotators (not this stage's)
    text = "Title\n\n" + "Pakistan and India met in Geneva. " * 300_000
    article = geoarticle.parse_text(text, annotate=False)
    assert len(article.sections[0].blocks) == 1


# -- reading input: sizes, huge runs, encodings, binary ---------------------------------

PARA = "<p>The envoy said on Tuesday that talks with the ministry would resume in Geneva.</p>"
PAGE = (
    "<html><head><title>Talks resume in Geneva</title>{head}</head><body><article>"
    "<h1>Talks resume in Geneva</h1>" + PARA * 4 + "</article></body></html>"
)
RU = (
    "<html><head><title>Переговоры в Женеве</title></head><body><article>"
    "<h1>Переговоры в Женеве</h1>"
    + "<p>Делегации встретились в Женеве во вторник и договорились о новом раунде.</p>" * 4
    + "</article></body></html>"
)


def _cli_parse(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["parse", str(path), "--no-annotate"])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_device_is_read_up_to_the_size_limit(capsys: pytest.CaptureFixture[str]) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    code, _, err = _cli_parse(Path("/dev/zero"), capsys)
    assert code == 1
    assert "over the limit of 67108864 bytes" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "head",
    [
        '<meta name="blob" content="' + "x" * 12_000_000 + '">',
        "<script>var state = '" + "x" * 12_000_000 + "';</script>",
        "<style>" + "a{}" * 4_000_000 + "</style>",
    ],
    ids=["attribute", "script", "style"],
)
def test_a_huge_attribute_or_script_is_dropped_not_the_body(head: str) -> None:
    article = geoarticle.parse_html(PAGE.format(head=head).encode(), annotate=False)
    assert article.body_text.count("The envoy said") == 4
    assert any("over 1,000,000 bytes were dropped" in w for w in article.warnings)


def test_random_bytes_are_refused_as_binary_by_parse_html_and_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = random.Random(19).randbytes(1_000_000)
    with pytest.raises(NotAnArticleError, match="binary"):
        geoarticle.parse_html(data)
    path = tmp_path / "noise.bin"
    path.write_bytes(data)
    code, _, err = _cli_parse(path, capsys)
    assert code == 1
    assert "binary" in err


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf-16 with a BOM", PAGE.format(head="").encode("utf-16")),
        ("utf-16-le, no BOM, ASCII", PAGE.format(head="").encode("utf-16-le")),
        ("utf-16-le, no BOM, Cyrillic", RU.encode("utf-16-le")),
        ("utf-16-be, no BOM, Cyrillic", RU.encode("utf-16-be")),
        ("utf-32 with a BOM", RU.encode("utf-32")),
        ("script first", ("<script>var a = 1;</script>" + PAGE.format(head="")).encode()),
        ("xml declaration", ('<?xml version="1.0"?>\n' + PAGE.format(head="")).encode()),
    ],
)
def test_kind_detection_agrees_with_parse_html_decoding(
    name: str, data: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert detect_kind(data) == "html", name
    direct = geoarticle.parse_html(data, annotate=False)
    assert direct.title in ("Talks resume in Geneva", "Переговоры в Женеве")
    path = tmp_path / "page.bin"
    path.write_bytes(data)
    code, out, _ = _cli_parse(path, capsys)
    assert code == 0
    assert json.loads(out)["title"] == direct.title


def test_utf16_text_dump_without_bom_is_text_not_binary() -> None:
    dump = "Переговоры в Женеве\n\nДелегации встретились в Женеве во вторник.\n"
    for codec in ("utf-16-le", "utf-16-be"):
        data = dump.encode(codec)
        assert detect_kind(data) == "text"
        text, warnings = decode_text(data)
        assert text == dump
        assert warnings == (f"the text is {codec} without a byte-order mark",)


def test_an_ascii_page_with_stray_nul_pairs_stays_ascii() -> None:
    data = (
        b"<html><head><title>Talks resume in Geneva</title></head><body>"
        + PARA.encode() * 3
        + b"a\x00" * 2000
        + PARA.encode()
        + b"</body></html>"
    )
    assert utf16_without_bom(data) is None  # before: utf-16-le, and the page read as CJK
    article = geoarticle.parse_html(data, annotate=False)
    assert article.title == "Talks resume in Geneva"
    assert article.body_text.count("The envoy said") == 4
    assert "NUL and other control characters were removed" in article.warnings


def test_kind_detection_takes_an_html_file_name_over_the_content() -> None:
    fragment = b"Talks resume <b>in Geneva</b> as envoys <i>meet</i> again."
    assert detect_kind(fragment) == "text"
    assert detect_kind(fragment, name="saved/page.HTM") == "html"
    assert detect_kind(fragment, name="saved/page.html.gz") == "html"
    assert detect_kind(PAGE.format(head="").encode(), name="dump.txt") == "html"  # content
    assert detect_kind(b"Title\n\nBody text.\n", name="dump.txt") == "text"


def test_a_page_with_junk_after_it_is_still_a_page() -> None:
    junk = random.Random(7).randbytes(3000)
    page = PAGE.format(head="").encode() * 30
    article = geoarticle.parse_html(page + junk, annotate=False)
    assert article.title == "Talks resume in Geneva"
    with pytest.raises(NotAnArticleError):
        geoarticle.parse_html(junk + page)
