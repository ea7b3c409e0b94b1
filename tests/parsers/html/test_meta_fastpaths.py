"""The metadata step's shortcuts give what the slow paths gave: ISO dates, byline scan order."""

from __future__ import annotations

import datetime as dt
import warnings

import lxml.html
import pytest
from dateutil import parser as du_parser
from hypothesis import given
from hypothesis import strategies as st

from geoarticle.models import AuthorKind
from geoarticle.parsers.html import _dates
from geoarticle.parsers.html._dates import parse_datetime
from geoarticle.parsers.html._meta_authors import page_bylines


def _dateutil(text: str) -> dt.datetime | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return du_parser.parse(text, tzinfos=_dates._TZINFOS)
    except (ValueError, OverflowError):
        return None


@pytest.mark.parametrize(
    "text",
    [
        "2021-03-04",
        "2021-03-04T05:06",
        "2021-03-04T05:06:07",
        "2021-03-04 05:06:07",
        "2021-03-04T05:06:07Z",
        "2021-03-04T05:06:07.5Z",
        "2021-03-04T05:06:07.123456+05:30",
        "2021-03-04T05:06:07,25-03:00",
        "2021-03-04T05:06:07+0100",
        "2021-03-04T05:06:07-00:00",
        "2021-03-04T05:06:07+00:00",
        "2021-02-30T10:00:00Z",
    ],
)
def test_iso_dates_match_dateutil(text: str) -> None:
    assert _dates._ISO.match(text)
    got, want = parse_datetime(text), _dateutil(text)
    assert repr(got) == repr(want)


@given(
    st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2099, 12, 31)),
    st.sampled_from(["", "Z", "+01:00", "-0430", "+00:00"]),
    st.sampled_from([" ", "T"]),
)
def test_iso_dates_match_dateutil_generated(value: dt.datetime, zone: str, sep: str) -> None:
    text = value.isoformat(sep=sep) + zone
    assert repr(parse_datetime(text)) == repr(_dateutil(text))


def test_non_iso_dates_still_parsed() -> None:
    assert parse_datetime("March 4, 2021 5:06 PM EST") == dt.datetime(
        2021, 3, 4, 17, 6, tzinfo=dt.timezone(dt.timedelta(hours=-5))
    )


def _root(body: str) -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(f"<html><body>{body}</body></html>")


def test_byline_nearest_after_the_headline_wins() -> None:
    root = _root(
        '<div class="top-writer-box"><span class="author">Wendell Brooks</span></div>'
        "<h1>Harbour dredging plan approved after long delay</h1>"
        '<p class="byline">By Marisol Quintana</p>'
        "<p>The port board voted on Tuesday.</p>"
    )
    authors = page_bylines(root, "Harbour dredging plan approved after long delay")
    assert [a.name for a in authors] == ["Marisol Quintana"]


def test_byline_before_the_headline_when_none_after() -> None:
    root = _root(
        '<p class="byline">By Marisol Quintana</p>'
        "<h1>Harbour dredging plan approved after long delay</h1>"
        "<p>The port board voted on Tuesday.</p>"
        '<div class="story-contributor"><span>Wendell Brooks</span></div>'
        "<p>More text follows the contributor box here.</p>"
    )
    far = page_bylines(root, "Harbour dredging plan approved after long delay")
    assert [a.name for a in far] == ["Wendell Brooks"]
    assert [a.name for a in page_bylines(root)] == ["Marisol Quintana"]


@pytest.mark.parametrize(
    "attrs",
    [
        'class="ArticleByLine"',
        'id="AUTHOR-name"',
        'rel="author"',
        'itemprop="author"',
        'class="x" data-role="y" id="post-writer"',
    ],
)
def test_byline_attributes_any_case(attrs: str) -> None:
    root = _root(f"<div {attrs}>Tamsin Okafor</div><p>Body text.</p>")
    authors = page_bylines(root)
    assert [(a.name, a.kind) for a in authors] == [("Tamsin Okafor", AuthorKind.PERSON)]


def test_authority_is_not_an_author_class() -> None:
    root = _root('<div class="authority-notice">Tamsin Okafor</div><p>Body text.</p>')
    assert page_bylines(root) == ()


def test_byline_with_several_matching_attributes_counts_once() -> None:
    root = _root(
        '<div class="byline" id="byline" itemprop="author">'
        '<a rel="author" class="author-link">Tamsin Okafor</a></div><p>Body text.</p>'
    )
    assert [a.name for a in page_bylines(root)] == ["Tamsin Okafor"]
    assert [a.name for a in page_bylines(root)] == ["Tamsin Okafor"]  # memoised values agree
