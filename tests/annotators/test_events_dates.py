"""The day an article speaks from, and how date words in a sentence are read."""

from __future__ import annotations

import datetime as dt

import pytest

from geoarticle.annotators.events._reference import reference_date_of, zone_of_place
from geoarticle.models import Article
from geoarticle.testing.factories import make_dateline, make_paragraph, make_section

UTC = dt.timezone.utc


def _article(
    text: str = "The council met on Friday.",
    *,
    published: dt.datetime | None = None,
    modified: dt.datetime | None = None,
    place: str | None = None,
) -> Article:
    return Article(
        title="A story",
        published=published,
        modified=modified,
        dateline=None if place is None else make_dateline(place),
        sections=(make_section(make_paragraph(text)),),
    )


needs_zones = pytest.mark.skipif(
    zone_of_place("Tokyo, Japan") is None, reason="no time-zone database on this system"
)


def test_published_date_is_the_reference() -> None:
    when = dt.datetime(2031, 3, 4, 10, 0, tzinfo=UTC)
    assert reference_date_of(_article(published=when), None) == dt.date(2031, 3, 4)
    assert reference_date_of(_article(), dt.date(2030, 1, 2)) == dt.date(2030, 1, 2)


@needs_zones
def test_a_dateline_story_speaks_from_its_place() -> None:
    # 23:30 UTC on the 4th is the morning of the 5th in Tokyo
    late = dt.datetime(2031, 3, 4, 23, 30, tzinfo=UTC)
    assert reference_date_of(_article(published=late, place="TOKYO, Japan"), None) == dt.date(
        2031, 3, 5
    )
    # a place the gazetteer does not know leaves the published date alone
    assert reference_date_of(_article(published=late, place="Nowhere Flats"), None) == dt.date(
        2031, 3, 4
    )


def test_a_utc_time_takes_the_offset_the_page_gives_elsewhere() -> None:
    published = dt.datetime(2031, 3, 5, 3, 15, tzinfo=UTC)
    modified = dt.datetime(2031, 3, 4, 22, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    art = _article(published=published, modified=modified)
    assert reference_date_of(art, None) == dt.date(2031, 3, 4)
    # a time already given with its own offset is the site's own
    own = dt.datetime(2031, 3, 5, 3, 15, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert reference_date_of(_article(published=own, modified=modified), None) == dt.date(
        2031, 3, 5
    )


def test_an_updated_page_speaks_from_the_later_day_its_text_shows() -> None:
    published = dt.datetime(2031, 6, 1, 12, 0, tzinfo=UTC)
    modified = dt.datetime(2031, 6, 2, 18, 0, tzinfo=UTC)
    text = "Crowds gathered tonight in the square. — A resident (@resident) June 2, 2031"
    assert reference_date_of(
        _article(text, published=published, modified=modified), None
    ) == dt.date(2031, 6, 2)
    # without the text's own later date, the update changes nothing
    plain = _article("Crowds gathered tonight.", published=published, modified=modified)
    assert reference_date_of(plain, None) == dt.date(2031, 6, 1)
    # nor does a date beyond the update (a scheduled vote), nor an update weeks later
    ahead = _article("The vote is set for June 9, 2031.", published=published, modified=modified)
    assert reference_date_of(ahead, None) == dt.date(2031, 6, 1)
    late = dt.datetime(2031, 7, 20, tzinfo=UTC)
    assert reference_date_of(_article(text, published=published, modified=late), None) == (
        dt.date(2031, 6, 1)
    )
