"""Pieces of the metadata step: JSON-LD tolerance, dates, titles, languages, limits."""

from __future__ import annotations

import datetime as dt
import json

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from geoarticle.limits import Limits
from geoarticle.parsers.html import _meta
from geoarticle.parsers.html._dates import check_plausible, date_from_url, parse_datetime
from geoarticle.parsers.html._jsonld import read_jsonld
from geoarticle.parsers.html._meta_lang import guess_language, normalize_language
from geoarticle.parsers.html._meta_title import clean_title, site_keys


def _page(head: str, body: str = "<p>A short body.</p>") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def _ld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_jsonld_wrong_types_are_ignored() -> None:
    head = _ld(
        {
            "@type": "NewsArticle",
            "headline": {"nested": ["not", "a", "title"]},
            "author": [5, None, {"@type": "Person"}, {"@type": "Person", "name": "Sana Idris"}],
            "datePublished": ["2021-04-02"],
            "keywords": {"bad": True},
            "image": 7,
        }
    )
    meta = _meta.extract_metadata(_page(head), url=None)
    assert [a.name for a in meta.authors] == ["Sana Idris"]
    assert meta.published == dt.datetime(2021, 4, 2)


def test_jsonld_graph_and_id_references() -> None:
    head = _ld(
        {
            "@graph": [
                {
                    "@type": "Person",
                    "@id": "#p1",
                    "name": "Yusuf Adeyemi",
                    "jobTitle": "Correspondent",
                },
                {
                    "@type": "BlogPosting",
                    "headline": "Notes from the border",
                    "author": {"@id": "#p1"},
                },
            ]
        }
    )
    meta = _meta.extract_metadata(_page(head), url=None)
    assert meta.title == "Notes from the border"
    assert [(a.name, a.role) for a in meta.authors] == [("Yusuf Adeyemi", "Correspondent")]


def test_jsonld_deep_nesting_is_bounded() -> None:
    deep: object = {"@type": "Article", "headline": "Deep"}
    for _ in range(400):
        deep = [deep]
    page = read_jsonld((json.dumps(deep),), max_chars=1_000_000)
    assert page.article is None  # too deep to be walked, and no crash


def test_jsonld_size_bound() -> None:
    big = json.dumps({"@type": "Article", "headline": "x" * 5000})
    page = read_jsonld((big,), max_chars=1000)
    assert page.article is None
    assert "over 1000" in page.warnings[0]
    meta = _meta.extract_metadata(
        _page(f'<script type="application/ld+json">{big}</script>'),
        url=None,
        limits=Limits(max_jsonld_chars=1000),
    )
    assert meta.warnings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-04-28 06:01:07", dt.datetime(2019, 4, 28, 6, 1, 7)),
        (
            "Fri Mar 13 21:30:09 EST 2015",
            dt.datetime(2015, 3, 13, 21, 30, 9, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("20170113", dt.datetime(2017, 1, 13)),
        (
            "2020-11-11 12:00:00.000-0600",
            dt.datetime(2020, 11, 11, 12, tzinfo=dt.timezone(dt.timedelta(hours=-6))),
        ),
        ("yesterday", None),
        ("12", None),
        ("x" * 200, None),
    ],
)
def test_parse_datetime(text: str, expected: dt.datetime | None) -> None:
    assert parse_datetime(text) == expected


def test_plausibility() -> None:
    now = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    assert check_plausible(dt.datetime(2023, 12, 31), now=now) is None
    assert "future" in (check_plausible(dt.datetime(2030, 1, 1), now=now) or "")
    assert "1900" in (check_plausible(dt.datetime(1850, 1, 1), now=now) or "")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/2019/11/18/story", dt.datetime(2019, 11, 18)),
        ("https://a.example/world/2019/nov/18/story", dt.datetime(2019, 11, 18)),
        ("https://a.example/news/20191118/story", dt.datetime(2019, 11, 18)),
        ("https://a.example/2019/13/40/story", None),
        ("https://a.example/story-2019", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: dt.datetime | None) -> None:
    assert date_from_url(url) == expected


@pytest.mark.parametrize(
    ("title", "sites", "tag", "expected"),
    [
        (
            "Talks resume in Geneva | Lakeside Post",
            ["Lakeside Post"],
            False,
            "Talks resume in Geneva",
        ),
        (
            "Talks resume in Geneva - The Lakeside Post",
            ["Lakeside Post"],
            False,
            "Talks resume in Geneva",
        ),
        (
            "Lakeside Post: Talks resume in Geneva",
            ["Lakeside Post"],
            False,
            "Talks resume in Geneva",
        ),
        (
            "Talks resume in Geneva | Opinion",
            ["Lakeside Post"],
            False,
            "Talks resume in Geneva | Opinion",
        ),
        ("Geneva - Wikipedia", [], True, "Geneva - Wikipedia"),
        (
            "Talks resume in Geneva after long pause – My blog",
            [],
            True,
            "Talks resume in Geneva after long pause",
        ),
        (
            "Lakeside Post - Latest news",
            ["Lakeside Post - Latest news"],
            False,
            "Lakeside Post - Latest news",
        ),
    ],
)
def test_clean_title(title: str, sites: list[str], tag: bool, expected: str) -> None:
    assert clean_title(title, sites=site_keys(sites), from_title_tag=tag) == expected


@pytest.mark.parametrize("tag", [True, False])
def test_clean_title_to_shown_headline(tag: bool) -> None:
    # any title source (the <title>, og:title, JSON-LD) that is the page's <h1> plus a
    # separated tail naming section, site or date is that <h1>
    h1 = ("Harbour ferries return to the old timetable",)
    title = "Harbour ferries return to the old timetable | Local | Bayside Gazette | 02.03.2024"
    assert clean_title(title, sites=frozenset(), from_title_tag=tag, h1=h1) == h1[0]
    # a two-word <h1> may be a logo or a rubric: never taken this way
    title = "Harbour ferries: service returns to the old timetable"
    short = ("Harbour ferries",)
    assert clean_title(title, sites=frozenset(), from_title_tag=False, h1=short) == title


@pytest.mark.parametrize(
    ("raw", "tag"),
    [
        ("en_us", "en-US"),
        ("EN-gb", "en-GB"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("fr", "fr"),
        ("", None),
        ("x-default", None),
        ("12", None),
    ],
)
def test_normalize_language(raw: str, tag: str | None) -> None:
    assert normalize_language(raw) == tag


def test_guess_language() -> None:
    english = (
        "The council said that the talks would resume in the spring and that it was not yet clear who would attend. "
        * 2
    )
    german = (
        "Der Rat sagte, dass die Gespräche im Frühjahr wieder aufgenommen werden und dass es noch nicht klar ist, wer teilnimmt. "
        * 2
    )
    assert guess_language(english) == "en"
    assert guess_language(german) == "de"
    assert guess_language("tiny") is None


@given(st.text(max_size=500))
def test_extract_metadata_never_crashes(text: str) -> None:
    escaped = text.replace("<", "&lt;")
    root = _page(
        f'<title>{escaped}</title><meta name="author" content="{escaped.replace(chr(34), "")}">'
        f'<script type="application/ld+json">{escaped}</script>',
        f'<div class="byline">{escaped}</div><p>{escaped}</p>',
    )
    meta = _meta.extract_metadata(root, url=None)
    assert isinstance(meta.title, str)


@pytest.mark.parametrize(
    ("block", "headline"),
    [
        ('{"@type": "NewsArticle", "headline": "Quay reopens"}', "Quay reopens"),
        ('<!--\n{"@type": "NewsArticle", "headline": "Quay reopens"}\n-->', "Quay reopens"),
        (
            '//<![CDATA[\n{"@type": "NewsArticle", "headline": "Quay reopens"}\n//]]>',
            "Quay reopens",
        ),
        (
            '{"@type": "NewsArticle", "headline": "Quay reopens", "keywords": ["a", "b",],}',
            "Quay reopens",
        ),
        ('{"@type": "NewsArticle", "headline": "Quay &amp; dock", "x": "&quot;"}', "Quay & dock"),
    ],
)
def test_jsonld_blocks_wrapped_or_sloppy(block: str, headline: str) -> None:
    ld = read_jsonld((block,), max_chars=100_000)
    assert ld.article is not None
    assert ld.article.headline == headline
