"""Metadata from each source alone, conflicting sources, and provenance in the JSON output."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from geoarticle.models import AuthorKind
from geoarticle.parsers.html import parse_html

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "html" / "meta"


def _parse(name: str, url: str | None = None):  # type: ignore[no-untyped-def]
    return parse_html((FIXTURES / name).read_bytes(), url=url)


def test_jsonld_alone() -> None:
    art = _parse("jsonld_only.html")
    assert art.title == "Harbour talks stall over fishing quotas"
    assert art.subtitle == "Negotiators leave the table without a date to return"
    assert art.site_name == "Northwind Review"
    assert art.language == "en-GB"
    first, second, third = art.authors
    assert (first.name, first.role, first.affiliation) == (
        "Mirela Okonkwo-Stein",
        "Senior Fellow",
        "Tidewater Institute",
    )
    assert first.url == "https://northwind.example/people/mirela"
    assert second.name == "Tomas Varga"  # "By" removed
    assert (third.name, third.kind) == ("Reuters", AuthorKind.AGENCY)
    assert art.published == dt.datetime(
        2023, 3, 14, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert art.modified is not None
    assert art.modified.utcoffset() == dt.timedelta(hours=2)
    assert art.categories == ("World", "Maritime")
    assert art.tags == ("fisheries", "diplomacy", "quotas")
    assert art.canonical_url == "https://northwind.example/world/harbour-talks"
    assert art.image is not None
    assert art.image.credit == "Ines Marlow"
    assert art.image.caption == "Trawlers moored at the outer breakwater."
    for field in ("title", "authors", "published", "modified", "image", "tags", "language"):
        assert art.source_of(field) == "jsonld", field


def test_opengraph_alone() -> None:
    art = _parse("opengraph_only.html", url="https://ledger.example/x")
    assert art.title == "Grain corridor reopens after a week of shelling"  # " | Eastern Ledger" cut
    assert art.site_name == "Eastern Ledger"
    assert art.language == "en-GB"
    assert [a.name for a in art.authors] == ["Halvard Brenneman"]
    assert art.published == dt.datetime(2022, 8, 1, 7, 15, tzinfo=dt.timezone.utc)
    assert art.modified == dt.datetime(2022, 8, 1, 11, 40, tzinfo=dt.timezone.utc)
    assert art.categories == ("Economy",)
    assert art.tags == ("shipping", "food security")
    assert art.image is not None
    assert art.image.src == "https://ledger.example/media/grain.jpg"
    assert art.image.alt == "A bulk carrier leaving port at dawn"
    assert {fs.source for fs in art.provenance} == {"opengraph"}


def test_twitter_alone() -> None:
    art = _parse("twitter_only.html")
    assert art.title == "Border crossing closes for the winter season"
    assert art.summary == "The mountain pass will stay shut until the snow melts."
    assert art.source_of("title") == art.source_of("image") == "twitter"


def test_meta_tags_alone() -> None:
    art = _parse("meta_only.html")
    assert art.title == "Le conseil vote le budget de la défense"
    assert art.source_of("title") == "meta"
    assert [a.name for a in art.authors] == ["Lucienne Arbogast"]
    assert art.published is not None
    assert art.published.utcoffset() == dt.timedelta(hours=2)
    assert art.language == "fr-FR"
    assert art.tags == ("budget", "défense", "conseil")
    assert art.site_name == "Gazette du Midi"


def test_time_elements_alone() -> None:
    art = _parse("time_only.html")
    assert art.published == dt.datetime(2020, 2, 11, 8, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    assert art.modified is not None
    assert art.modified.hour == 13
    assert art.source_of("published") == art.source_of("modified") == "time"


def test_byline_alone_with_roles_and_several_authors() -> None:
    art = _parse("byline_only.html")
    assert art.title == "Why the river treaty matters"
    people = [(a.name, a.role, a.affiliation) for a in art.authors]
    assert people == [
        ("Priya Raman-Holt", "Senior Fellow", "Stimson Center"),
        ("Oskar Lindqvist", None, None),
        ("Amara Duvall", "editor", None),
    ]
    assert art.source_of("authors") == "byline"
    assert not any(w in a.name for a in art.authors for w in ("By", "Read", "Updated", "2023"))


def test_url_date_alone() -> None:
    art = _parse("url_date_only.html", url="https://envoy.example/news/2019/11/18/lakeside-talks")
    assert art.published == dt.datetime(2019, 11, 18)
    assert art.source_of("published") == "url"


def test_dateline_alone() -> None:
    art = _parse("dateline_only.html")
    assert art.dateline is not None
    assert (art.dateline.place, art.dateline.agency) == ("Hanoi, Vietnam", "AP")
    assert art.source_of("dateline") == "text"
    assert [(a.name, a.kind) for a in art.authors] == [("AP", AuthorKind.AGENCY)]


def test_conflicting_sources_follow_the_priority() -> None:
    art = _parse("conflicting.html")
    assert art.title == "Port strike spreads to the northern terminals"  # JSON-LD over og:title
    assert [a.name for a in art.authors] == ["Jsonld Author Person"]
    # the far-future og date is skipped, the meta date used, the earlier "modified" dropped
    assert art.published == dt.datetime(2019, 6, 2)
    assert art.source_of("published") == "meta"
    assert art.modified is None
    assert any("future" in w for w in art.warnings)
    assert any("modified" in w for w in art.warnings)
    assert art.tags == ("labour", "ports")  # JSON-LD with a trailing comma still read


def test_malformed_jsonld_is_tolerated() -> None:
    art = _parse("malformed.html")
    assert art.title == "Entity escaped headline"
    assert art.authors == ()
    assert art.published is None
    assert any("JSON-LD block 0" in w for w in art.warnings)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.html")))
def test_provenance_names_only_filled_fields(name: str) -> None:
    art = _parse(name)
    known = {"jsonld", "opengraph", "twitter", "meta", "time", "byline", "title", "url", "text"}
    for fs in art.provenance:
        assert fs.source in known
        assert getattr(art, fs.field) not in (None, "", ())


def test_cli_json_shows_provenance(capsys: pytest.CaptureFixture[str]) -> None:
    from geoarticle.cli import main

    code = main(
        ["parse", str(FIXTURES / "opengraph_only.html"), "--no-annotate", "--format", "json"]
    )
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert {"field": "title", "source": "opengraph"} in doc["provenance"]
    assert {"field": "published", "source": "opengraph"} in doc["provenance"]


def test_the_jsonld_headline_gives_way_to_the_title_the_page_shows() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Flood gates: what you need to know in 2024"}'
    html = (
        "<html><head><title>Flood gates open early | River Post</title>"
        '<meta property="og:title" content="Flood gates open early">'
        f'<script type="application/ld+json">{ld}</script></head>'
        "<body><ul class='crumbs'><li><h1>News</h1></li></ul>"
        "<h1>Flood gates open early</h1><p>The gates opened on Monday.</p></body></html>"
    )
    art = parse_html(html)
    assert art.title == "Flood gates open early"
    assert art.source_of("title") == "opengraph"


def test_the_jsonld_headline_stays_when_the_page_shows_it() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Flood gates open three weeks early"}'
    html = (
        "<html><head><title>Flood gates open three weeks early - River Post</title>"
        '<meta property="og:title" content="Gates open early">'
        f'<script type="application/ld+json">{ld}</script></head>'
        "<body><h1>Gates open early</h1><p>The gates opened on Monday.</p></body></html>"
    )
    assert parse_html(html).title == "Flood gates open three weeks early"


_SITE_AUTHOR_PAGE = """<html><head><title>Ferry timetable returns | Bayside Courier</title>
<meta property="og:site_name" content="Bayside Courier">
<meta name="author" content="Bayside Courier">
</head><body><article><h1>Ferry timetable returns</h1>
<div class="byline">By <a class="author" href="/staff/ines">{byline}</a></div>
<p>The harbour office said the winter timetable would end on Monday, and the morning
crossings would run every half hour again, as they did before the storms.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("byline", "expected", "source"),
    [
        # the metadata names only the site: the page's byline names the reporter
        ("Ines Calloway-Brandt", [("Ines Calloway-Brandt", AuthorKind.PERSON)], "byline"),
        # a byline that is no person's name (a photo credit) leaves the site's name
        ("Photo: Harbour Office", [("Bayside Courier", AuthorKind.STAFF)], "meta"),
    ],
)
def test_site_named_author_gives_way_to_a_person_byline(
    byline: str, expected: list[tuple[str, AuthorKind]], source: str
) -> None:
    art = parse_html(_SITE_AUTHOR_PAGE.format(byline=byline))
    assert [(a.name, a.kind) for a in art.authors] == expected
    assert art.source_of("authors") == source


def test_a_title_tail_spelling_out_the_host_is_cut() -> None:
    html = (
        '<html><head><meta property="og:title" content="Gates open - The Daily River Post">'
        "</head><body><h1>Gates open</h1><p>The gates opened on Monday.</p></body></html>"
    )
    assert parse_html(html, url="https://www.riverpost.example/a/1").title == "Gates open"
    # without the host the tail may be the story's own words
    kept = parse_html(html).title
    assert kept == "Gates open - The Daily River Post"


def test_a_title_tail_that_is_the_host_is_cut() -> None:
    html = (
        '<html><head><meta property="og:title" content="Gates open early - rp.example">'
        "</head><body><p>The gates opened on Monday.</p></body></html>"
    )
    assert parse_html(html, url="https://www.rp.example/a/1").title == "Gates open early"


def test_a_jsonld_description_the_other_descriptions_disagree_with_gives_way() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Gates open", "description": "The gates. (File photo)"}'
    teaser = "The river authority opened the flood gates three weeks early."
    html = (
        f'<html><head><meta property="og:description" content="{teaser}">'
        f'<meta name="description" content="{teaser}">'
        f'<script type="application/ld+json">{ld}</script></head>'
        "<body><h1>Gates open</h1><p>The gates opened on Monday.</p></body></html>"
    )
    art = parse_html(html)
    assert art.summary == teaser
    assert art.source_of("summary") == "opengraph"


def test_a_jsonld_description_stays_when_a_meta_description_agrees() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Gates open", "description": "Gates opened early."}'
    html = (
        '<html><head><meta property="og:description" content="Gates opened early.">'
        '<meta name="description" content="A river town waits.">'
        f'<script type="application/ld+json">{ld}</script></head>'
        "<body><h1>Gates open</h1><p>The gates opened on Monday.</p></body></html>"
    )
    assert parse_html(html).source_of("summary") == "jsonld"
