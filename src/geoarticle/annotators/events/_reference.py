"""The day an article speaks from: what "today", "on Tuesday" and "last week" count back from.

An article's ``published`` time is an instant; its *day* depends on where it is
read. The reference day is that instant seen from where the text was written:

1. a wire dateline names the place the reporter writes from ("SEOUL, South Korea
   --"): its time zone (from the gazetteer's cities) dates the story;
2. otherwise a time the page gave in UTC is put in the site's own zone when the
   page states that zone elsewhere (a modified time with a non-zero offset);
3. otherwise the published time's own date, or the day before it when the time is in
   UTC and the page's address carries that earlier day ("/2023/11/08/" for
   2023-11-09T05:30Z): the site dated the story in its own zone, behind UTC.

A page updated within days of publication whose text already carries a fuller,
later date (a live report quoting posts dated the next day) speaks from that
later day: :func:`updated_day`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from ...models import Article, DatePrecision
from .dates import full_dates, parse_loose_date

__all__ = ["reference_date_of", "updated_day", "zone_of_place"]

#: How long after publication an update may still restate the story's day.
_UPDATE_DAYS = 3


@functools.cache
def _city_zones() -> dict[str, str]:
    """Lower-cased city name -> time zone of the most populous city of that name."""
    from .._geonames import cities

    best: dict[str, tuple[int, str]] = {}
    for rec in cities().values():
        zone = rec.get("timezone")
        if not zone:
            continue
        pop = int(rec.get("population") or 0)
        names = {rec.get("name", ""), rec.get("asciiname", "")}
        for name in names:
            key = name.lower()
            if key and (key not in best or best[key][0] < pop):
                best[key] = (pop, zone)
    return {k: v[1] for k, v in best.items()}


def zone_of_place(place: str) -> dt.tzinfo | None:
    """The time zone of a dateline's place ("Seoul, South Korea", "KYIV"), when known."""
    head = re.split(r"[,(/]", place, maxsplit=1)[0].strip().lower()
    name = _city_zones().get(head)
    if name is None:
        return None
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except (ImportError, ValueError, OSError, KeyError):  # no tz database on this system
        return None


def _is_utc(when: dt.datetime) -> bool:
    offset = when.utcoffset()
    return offset is not None and offset == dt.timedelta(0)


def _local_published(article: Article) -> dt.datetime | None:
    """The published time in the zone the story is written from, when that is known."""
    published = article.published
    if published is None or published.tzinfo is None:
        return published
    if article.dateline is not None:
        zone = zone_of_place(article.dateline.place)
        if zone is not None:
            return published.astimezone(zone)
    modified = article.modified
    if _is_utc(published) and modified is not None and modified.tzinfo is not None:
        offset = modified.utcoffset()
        if offset:
            return published.astimezone(dt.timezone(offset))
    return published


def updated_day(article: Article, day: dt.date) -> dt.date:
    """``day``, or the later day a recently updated page's text shows it was written on.

    A page updated within :data:`_UPDATE_DAYS` of publication whose text gives a
    full date (with its year) after ``day`` and no later than the update speaks
    from that date.
    """
    published, modified = article.published, article.modified
    if published is None or modified is None:
        return day
    last = modified.date()
    if not day < last <= day + dt.timedelta(days=_UPDATE_DAYS):
        return day
    text = article.body_text
    if not re.search(r"\b(?:19|20)\d\d\b", text):
        return day
    later = day
    for found in full_dates(text):
        date = found.date
        if (
            date.precision is DatePrecision.DAY
            and date.value is not None
            and later < date.value <= last
        ):
            later = date.value
    return later


#: A date in a page's address: "/2023/11/08/", "/2023-11-08-".
_URL_DAY = re.compile(r"/((?:19|20)\d\d)[/-](\d\d)[/-](\d\d)(?:[/_-]|$)")


def _url_day(article: Article, published: dt.datetime) -> dt.date:
    """The published day, or the day before it that the page's address gives when the
    time is in UTC (a site behind UTC dates late-evening stories in its own zone)."""
    day = published.date()
    if article.url is None or not _is_utc(published):
        return day
    found = _URL_DAY.search(article.url)
    if found is None:
        return day
    try:
        stated = dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return day
    return stated if stated == day - dt.timedelta(days=1) else day


def reference_date_of(article: Article, reference_date: dt.date | None) -> dt.date | None:
    """The date relative expressions resolve against: published, dateline, then the one given.

    The published time is read in the zone the story is written from (see the
    module's docstring), and moved to a later day a recent update's text shows.
    """
    published = _local_published(article)
    if published is not None:
        return updated_day(article, _url_day(article, published))
    if article.dateline is not None and article.dateline.date_text:
        found = parse_loose_date(article.dateline.date_text)
        if found is not None:
            return found
    return reference_date
