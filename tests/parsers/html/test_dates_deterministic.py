"""A date with a missing field parses the same on any day (dateutil's default is fixed)."""

from __future__ import annotations

import datetime as dt

from geoarticle.parsers.html._dates import parse_datetime


def test_a_month_and_year_is_the_first_of_the_month() -> None:
    assert parse_datetime("May 2023") == dt.datetime(2023, 5, 1)


def test_a_full_date_keeps_its_day() -> None:
    assert parse_datetime("24 October 2017") == dt.datetime(2017, 10, 24)
