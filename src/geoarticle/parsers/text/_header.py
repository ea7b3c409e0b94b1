"""The header of a dump: title, subtitle, byline and date lines; the wire dateline.

The first unit is the title (unless it is a long paragraph: then the dump has
no title line). The units right after it are read while they are metadata:
byline lines (``By ...``), date lines (``Published ...``, ``Updated ...`` or a
bare date), or furniture. Lines may combine segments (``By X | Oct 24, 2017``).
The unit right after the title is the subtitle when a metadata line follows it.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from ...models import Author, Dateline
from .._bylines import parse_byline, parse_dateline
from ._lines import date_line, heading_marks, is_byline, is_furniture, split_meta_segments
from ._units import TextUnit, Unit

__all__ = ["Header", "read_dateline", "read_header"]

#: How far past the title metadata lines are looked for, in units.
HEADER_SPAN = 8
_MAX_TITLE = 300
_FALLBACK_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.-]{1,40}(?: [A-Z][A-Z'’.-]{1,40}){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z.]{1,40}(?: [A-Z][A-Za-z.]{1,40}){0,2}))??"
    r"(?:,? (?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}))?"
    r"(?: ?\((?P<agency>[^()]{1,40})\))? ?[-–—]{1,2} "
)


@attrs.define
class Header:
    """What the header lines state, and where the body starts."""

    title: str = ""
    subtitle: str | None = None
    authors: list[Author] = attrs.Factory(list)
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    body_start: int = 0


def _meta(line: str) -> list[tuple[str, object]] | None:
    """The metadata a line states, or None when any segment is not metadata."""
    if is_furniture(line):
        return []
    found: list[tuple[str, object]] = []
    for seg in split_meta_segments(line):
        if is_byline(seg):
            found.append(("authors", parse_byline(seg)))
            continue
        date = date_line(seg, bare=True)
        if date is not None:
            found.append((date.field, date.value))
        elif not is_furniture(seg):
            return None
    return found


def _apply(header: Header, meta: list[tuple[str, object]]) -> None:
    for field, value in meta:
        if field == "authors" and isinstance(value, tuple):
            header.authors.extend(a for a in value if a not in header.authors)
        elif field == "published" and isinstance(value, dt.datetime):
            if header.published is None:
                header.published = value
            elif header.modified is None and value != header.published:
                header.modified = value
        elif field == "modified" and isinstance(value, dt.datetime) and header.modified is None:
            header.modified = value


def _title(first: Unit) -> str | None:
    if not isinstance(first, TextUnit):
        return None
    text = first.text
    marks = heading_marks(text)
    if marks is not None:
        return marks[1]
    if len(text) > _MAX_TITLE or (len(text.split()) > 25 and text.endswith((".", "!"))):
        return None
    return text


def read_header(units: list[Unit]) -> Header:
    """Title, subtitle, authors and dates from the first units of a dump."""
    header = Header()
    if not units:
        return header
    title = _title(units[0])
    if title is None:
        return header
    header.title = title
    i = 1
    limit = min(len(units), 1 + HEADER_SPAN)
    while i < limit:
        unit = units[i]
        if not isinstance(unit, TextUnit):
            break
        meta = _meta(unit.text)
        if meta is not None:
            _apply(header, meta)
            i += 1
            continue
        if i == 1 and len(unit.text) <= _MAX_TITLE and _next_is_meta(units, i + 1, limit):
            header.subtitle = unit.text
            i += 1
            continue
        break
    header.body_start = i
    return header


def _next_is_meta(units: list[Unit], start: int, limit: int) -> bool:
    for unit in units[start:limit]:
        if not isinstance(unit, TextUnit):
            return False
        meta = _meta(unit.text)
        if meta is None:
            return False
        if meta:
            return True
    return False


def read_dateline(paragraph: str) -> tuple[Dateline, str] | None:
    """The dateline opening ``paragraph`` and the paragraph without it.

    Uses :func:`geoarticle.parsers._bylines.parse_dateline`; while that finds
    nothing, a local pattern reads ``PLACE[, Region][, Mon DD] [(Agency)] -``.
    """
    found = parse_dateline(paragraph)
    if found is not None:
        dateline, offset = found
        return dateline, paragraph[offset:].lstrip()
    m = _FALLBACK_DATELINE.match(paragraph)
    if m is None:
        return None
    place = m["place"].title()
    if m["region"]:
        place = f"{place}, {m['region']}"
    agency = m["agency"].strip() if m["agency"] else None
    return Dateline(place=place, date_text=m["date"], agency=agency), paragraph[m.end() :].lstrip()
