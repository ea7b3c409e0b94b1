"""Dates as pages write them, parsed with python-dateutil and checked for plausibility.

A value is kept timezone-aware when the string gives a zone (an offset, ``Z`` or a
common abbreviation such as ``EST``); otherwise it stays naive. Strings without a
four-digit year are not trusted (dateutil would fill the gaps with today's date).
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

from dateutil import parser as du_parser
from dateutil import tz

__all__ = ["as_utc_naive", "check_plausible", "date_from_url", "parse_datetime"]

_MAX_LEN = 80
_YEAR = re.compile(r"(?<!\d)[12]\d{3}(?!\d)|^\d{8}(?:\d{4,6})?$")
_UTC = tz.UTC
_TZINFOS: dict[str, int | dt.tzinfo] = {
    "UTC": _UTC,
    "GMT": _UTC,
    "Z": _UTC,
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "CST": -6 * 3600,
    "CDT": -5 * 3600,
    "MST": -7 * 3600,
    "MDT": -6 * 3600,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "AKST": -9 * 3600,
    "AKDT": -8 * 3600,
    "HST": -10 * 3600,
    "BST": 1 * 3600,
    "CET": 1 * 3600,
    "CEST": 2 * 3600,
    "EET": 2 * 3600,
    "EEST": 3 * 3600,
    "MSK": 3 * 3600,
    "PKT": 5 * 3600,
    "IST": 5 * 3600 + 1800,
    "JST": 9 * 3600,
    "KST": 9 * 3600,
    "HKT": 8 * 3600,
    "SGT": 8 * 3600,
    "AEST": 10 * 3600,
    "AEDT": 11 * 3600,
    "NZST": 12 * 3600,
    "NZDT": 13 * 3600,
}
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$")
# ISO 8601 as most pages write it; read without dateutil (same values as dateutil gives)
_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,6}))?)?)?"
    r"(?:(Z)|([+-])(\d{2}):?(\d{2}))?$",
    re.ASCII,
)
_URL_DATE = re.compile(
    r"/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"[/-](0?[1-9]|[12]\d|3[01])(?:/|-|\.|$|_)",
    re.I,
)
_URL_COMPACT = re.compile(r"/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:/|$|[-_.])")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


#: What dateutil fills a date's missing fields from (it would use today's date).
_DEFAULT = dt.datetime(1900, 1, 1)


def parse_datetime(text: str) -> dt.datetime | None:
    """The datetime a page's date string states, or None when it cannot be trusted."""
    text = " ".join(text.split())
    if not text or len(text) > _MAX_LEN or not _YEAR.search(text):
        return None
    iso = _ISO.match(text)
    if iso:
        try:
            return _from_iso(iso)
        except ValueError:
            pass  # out-of-range fields: dateutil decides
    m = _COMPACT.match(text)
    try:
        if m:
            parts = [int(p) for p in m.groups() if p is not None]
            return dt.datetime(*parts)  # type: ignore[arg-type]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # a fixed default: a field the text leaves out ("May 2023") is the first,
            # never today's (the same page parses the same any day)
            return du_parser.parse(text, tzinfos=_TZINFOS, default=_DEFAULT)
    except (ValueError, OverflowError, TypeError, du_parser.ParserError):
        return None


def _from_iso(m: re.Match[str]) -> dt.datetime:
    year, month, day, hour, minute, second, frac, zulu, sign, oh, om = m.groups()
    zone: dt.tzinfo | None = None
    if zulu:
        zone = _UTC
    elif sign:
        offset = (int(oh) * 60 + int(om)) * 60 * (-1 if sign == "-" else 1)
        zone = _UTC if offset == 0 else tz.tzoffset(None, offset)
    return dt.datetime(
        int(year),
        int(month),
        int(day),
        int(hour or 0),
        int(minute or 0),
        int(second or 0),
        int(frac.ljust(6, "0")) if frac else 0,
        tzinfo=zone,
    )


def date_from_url(url: str | None) -> dt.datetime | None:
    """The date in a URL path (``/2019/11/18/``, ``/2019/nov/18/``, ``/20191118/``), if any."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    m = _URL_DATE.search(path)
    try:
        if m:
            month = m[2].lower()
            mon = int(month) if month.isdigit() else _MONTHS[month[:3]]
            return dt.datetime(int(m[1]), mon, int(m[3]))
        m = _URL_COMPACT.search(path)
        if m:
            return dt.datetime(int(m[1]), int(m[2]), int(m[3]))
    except (ValueError, KeyError):
        return None
    return None


def as_utc_naive(value: dt.datetime) -> dt.datetime:
    """``value`` as a naive UTC datetime (naive values are taken as they are), for comparisons."""
    if value.tzinfo is None:
        return value
    return value.astimezone(_UTC).replace(tzinfo=None)


def check_plausible(value: dt.datetime, *, now: dt.datetime | None = None) -> str | None:
    """Why ``value`` cannot be an article's date (far future, before 1900), or None."""
    now = now or dt.datetime.now(_UTC)
    if value.year < 1900:
        return f"{value.isoformat()} is before 1900"
    if as_utc_naive(value) > as_utc_naive(now) + dt.timedelta(days=2):
        return f"{value.isoformat()} is in the future"
    return None
