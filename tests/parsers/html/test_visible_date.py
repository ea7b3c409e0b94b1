"""The date a page shows near its headline, used only when the metadata gives none."""

from __future__ import annotations

import datetime as dt

import pytest

from geoarticle.models import FieldSource
from geoarticle.parsers.html import parse_html
from geoarticle.parsers.html._visible_date import find_date_text

_PARA = "<p>{}</p>".format(
    "The river authority opened the new locks after eleven years of planning and "
    "argument between the valley towns, and the first barges passed on the same day. "
)


def _page(head: str = "", top: str = "", aside: str = "") -> str:
    return (
        f"<html><head><title>Locks open on the river</title>{head}</head><body>"
        f"<div class='page'><article><header><h1>Locks open on the river</h1>{top}</header>"
        f"{_PARA * 4}</article>{aside}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8 March 2021, 4:05 pm", dt.datetime(2021, 3, 8, 16, 5)),
        ("Published On June 3, 2019 11:20 AM", dt.datetime(2019, 6, 3, 11, 20)),
        ("Veröffentlicht am 4. Oktober 2022 um 09:15", dt.datetime(2022, 10, 4, 9, 15)),
        ("Publié le 12 décembre 2020", dt.datetime(2020, 12, 12)),
        ("Datum 05.04.2023", dt.datetime(2023, 4, 5)),  # dotted: day first
        ("Updated 2024-01-09 07:30", dt.datetime(2024, 1, 9, 7, 30)),
        ("3 de mayo de 2018", dt.datetime(2018, 5, 3)),
        ("no date here 2020", None),
        ("31.02.2020", None),
    ],
)
def test_find_date_text(text: str, expected: dt.datetime | None) -> None:
    assert find_date_text(text) == expected


def test_visible_date_under_headline_when_metadata_has_none() -> None:
    art = parse_html(
        _page(top="<div class='byline'><span class='date'>8 March 2021, 4:05 pm</span></div>")
    )
    assert art.published == dt.datetime(2021, 3, 8, 16, 5)
    assert FieldSource(field="published", source="text") in art.provenance


def test_label_with_date_in_its_tail() -> None:
    art = parse_html(_page(top="<ul><li><strong>Published</strong> 05.04.2023</li></ul>"))
    assert art.published == dt.datetime(2023, 4, 5)


def test_teaser_and_link_dates_are_not_taken() -> None:
    teasers = (
        "<div class='related'><span class='date'>1 May 2020</span></div>"
        "<a href='/x'><span class='date'>2 May 2020</span></a>"
    )
    assert parse_html(_page(aside=teasers)).published is None


def test_metadata_date_wins_over_the_visible_one() -> None:
    head = "<meta property='article:published_time' content='2021-03-08T15:05:00Z'>"
    top = "<time datetime='2021-03-08T16:05'>8 March 2021, 4:05 pm</time>"
    art = parse_html(_page(head=head, top=top))
    assert art.published == dt.datetime(2021, 3, 8, 15, 5, tzinfo=dt.timezone.utc)
