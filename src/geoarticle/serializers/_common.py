"""Helpers the serializers share: safe URLs, dates, credit lines, bylines, actor lookups.

Nothing here parses articles or touches I/O; every function is pure.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator

from ..converters import unstructure_article
from ..models import (
    Actor,
    Article,
    Author,
    AuthorKind,
    Block,
    Dateline,
    DatePrecision,
    FuzzyDate,
    ImageCredit,
)

__all__ = [
    "SAFE_SCHEMES",
    "actor_map",
    "article_digest",
    "article_url",
    "author_text",
    "byline",
    "byline_with_roles",
    "credit_line",
    "dateline_text",
    "fuzzy_date",
    "human_date",
    "is_person",
    "iso_datetime",
    "iter_blocks",
    "normalize_space",
    "safe_url",
]

#: URL schemes a serializer may write; anything else (javascript:, data:, vbscript: ...) is dropped.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

# Browsers drop ASCII tab and newlines inside URLs and strip C0 controls and spaces
# around them, so "java\tscript:" is "javascript:"; we remove the same characters first.
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_SCHEME = re.compile(r"\A([A-Za-z][A-Za-z0-9+.\-]*):")


def safe_url(url: str | None) -> str | None:
    """``url`` without control characters when its scheme is allowed, else None.

    Relative URLs (no scheme) are kept; ``javascript:``, ``data:``, ``vbscript:``
    and every other scheme outside :data:`SAFE_SCHEMES` give None, whatever their
    case or the control characters hidden in them.
    """
    if url is None:
        return None
    cleaned = _CONTROL.sub("", url).strip()
    if not cleaned:
        return None
    m = _SCHEME.match(cleaned)
    if m and m.group(1).lower() not in SAFE_SCHEMES:
        return None
    return cleaned


def article_url(article: Article) -> str | None:
    """The article's own address: the canonical URL, else the URL (safe ones only)."""
    return safe_url(article.canonical_url) or safe_url(article.url)


def normalize_space(text: str) -> str:
    """Runs of whitespace as single spaces, no leading or trailing space."""
    return " ".join(text.split())


def iso_datetime(value: dt.datetime) -> str:
    """ISO 8601 as written by :meth:`datetime.isoformat` (naive values stay naive)."""
    return value.isoformat()


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def human_date(value: dt.date) -> str:
    """A date for readers, the same in every locale: ``"14 March 2024"``."""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def fuzzy_date(date: FuzzyDate | None) -> str | None:
    """An ISO 8601 date at its precision ("2017-10-24", "2017-10", "2017"), or None."""
    if date is None or date.value is None:
        return None
    v = date.value
    if date.precision is DatePrecision.YEAR:
        return f"{v.year:04d}"
    if date.precision is DatePrecision.MONTH:
        return f"{v.year:04d}-{v.month:02d}"
    if date.precision is DatePrecision.UNKNOWN:
        return None
    return v.isoformat()


def credit_line(image: ImageCredit) -> str:
    """The credit as a reader sees it: ``"Image 1: U.S. Department of State via Flickr"``.

    The licence, when known, follows in parentheses. Empty when the image has
    neither label nor credit nor via.
    """
    who = image.credit or ""
    if image.via:
        who = f"{who} via {image.via}" if who else f"via {image.via}"
    if image.license:
        who = f"{who} ({image.license})" if who else f"({image.license})"
    if image.label and who:
        return f"{image.label}: {who}"
    return image.label or who


def author_text(author: Author) -> str:
    """An author with role and affiliation: ``"Jane Roe, Senior Fellow, Stimson Center"``."""
    parts = [author.name]
    if author.role:
        parts.append(author.role)
    if author.affiliation:
        parts.append(author.affiliation)
    return ", ".join(parts)


def byline(authors: tuple[Author, ...]) -> str:
    """Author names joined for a byline (``"A, B and C"``), empty without authors."""
    names = [a.name for a in authors]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def byline_with_roles(authors: tuple[Author, ...]) -> str:
    """Like :func:`byline`, each role and affiliation in parentheses after its name.

    ``"Jane Roe (Senior Fellow, Stimson Center) and Wire Agency"``.
    """
    parts = []
    for a in authors:
        extra = ", ".join(x for x in (a.role, a.affiliation) if x)
        parts.append(f"{a.name} ({extra})" if extra else a.name)
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def is_person(author: Author) -> bool:
    """True when the author is a person (not an agency or a staff byline)."""
    return author.kind is AuthorKind.PERSON


def dateline_text(dateline: Dateline) -> str:
    """A dateline as printed: ``"ISLAMABAD, Oct 24 (Reuters)"``."""
    text = dateline.place
    if dateline.date_text:
        text = f"{text}, {dateline.date_text}"
    if dateline.agency:
        text = f"{text} ({dateline.agency})"
    return text


def iter_blocks(article: Article) -> Iterator[tuple[int, int, Block]]:
    """Every block of the body with its section and block index."""
    for si, section in enumerate(article.sections):
        for bi, block in enumerate(section.blocks):
            yield si, bi, block


def actor_map(article: Article) -> dict[str, Actor]:
    """Actors by id."""
    return {a.id: a for a in article.actors}


def article_digest(article: Article) -> str:
    """A stable SHA-1 hex digest of the article's lossless JSON (for ids without a URL).

    The schema version is left out: the same article keeps its id across releases."""
    record = unstructure_article(article)
    record.pop("schema_version", None)
    data = json.dumps(record, ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(data.encode("utf-8", "surrogatepass")).hexdigest()
