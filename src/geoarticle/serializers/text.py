"""``text``: the plain-text dump layout that :func:`geoarticle.parse_text` reads back.

Layout, one chunk per blank-line-separated group::

    Title

    Subtitle                       (when there is one)

    By Jane Roe and John Doe       (author names)

    Published October 24, 2017     (ISO 8601 when the time is set)

    Updated 2017-10-25T10:42:00+00:00

    ISLAMABAD, Oct 24 (Agency) - First paragraph of the lead ...

    Heading                        (or "### Heading" with marks=True)

    Paragraph ...

    - item                         ("1. item" for ordered lists)

    > Quoted text
    > — Attribution

    a | b | c                      (tables)

    Categories: a, b
    Tags: c, d

    Image 1: Credit via Flickr     (one line per image credit)

    Related articles

    Linked Title Category A, Category B
    Linked Title
    https://example.org/linked     (when known)
    Excerpt…

What comes back through ``parse_text``: title, subtitle (when a byline or date
follows it, as here), author names, dates, dateline, headings and text blocks,
image credit label/credit/via/caption/license, related-link titles,
categories, URLs and excerpts. What plain text cannot carry: heading levels
(unmarked headings read back as level 2; pass ``marks=True`` to write
``#`` marks that keep them), author roles and affiliations, figure positions
(figures are left out; their credits are listed), summary, image alt and src,
and the exact newlines inside a paragraph (written as spaces).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..models import (
    Article,
    Block,
    Dateline,
    ImageCredit,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    RelatedLink,
    Section,
    Table,
)
from . import Format

__all__ = ["FORMAT", "dumps", "format_credit"]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _date(value: dt.datetime) -> str:
    if value.tzinfo is None and value.time() == dt.time(0, 0):
        return f"{value:%B} {value.day}, {value.year}"
    return value.isoformat()


def _names(article: Article) -> str:
    names = [_one_line(a.name) for a in article.authors]
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} and {names[-1]}"


def _dateline(d: Dateline) -> str:
    text = d.place.upper()
    if d.date_text:
        text += f", {d.date_text}"
    if d.agency:
        text += f" ({d.agency})"
    return text + " - "


def format_credit(credit: ImageCredit) -> str:
    """One credit line (``Image 1: X via Flickr``) that ``parse_credit`` reads back."""
    who = _one_line(credit.credit or "")
    if credit.via:
        who = f"{who} via {_one_line(credit.via)}" if who else f"Image via {_one_line(credit.via)}"
    if credit.license:
        who += f" ({credit.license})"
    if credit.label:
        line = f"{_one_line(credit.label)}: {who}"
    elif credit.via:
        line = who
    else:
        line = f"Courtesy of {who}"
    if credit.caption:
        line = f"{_one_line(credit.caption)} ({line})"
    return line


def _block(block: Block) -> str | None:
    if isinstance(block, Paragraph | Preformatted):
        return _one_line(block.text) or None
    if isinstance(block, ListBlock):
        marks = (f"{i}." if block.ordered else "-" for i in range(1, len(block.items) + 1))
        return (
            "\n".join(f"{m} {_one_line(item)}" for m, item in zip(marks, block.items, strict=True))
            or None
        )
    if isinstance(block, Quote):
        lines = [f"> {_one_line(block.text)}"]
        if block.cite:
            lines.append(f"> — {_one_line(block.cite)}")
        return "\n".join(lines)
    if isinstance(block, Table):
        return "\n".join(" | ".join(_one_line(c) for c in row) for row in block.rows) or None
    return None  # figures: positions are not kept in text


def _heading(section: Section, marks: bool) -> str:
    heading = _one_line(section.heading or "")
    return f"{'#' * section.level} {heading}" if marks else heading


def _body(article: Article, marks: bool) -> Iterator[str]:
    """Headings and blocks; the dateline opens the first paragraph of the first section."""
    prefix = _dateline(article.dateline) if article.dateline else ""
    for si, section in enumerate(article.sections):
        if section.heading:
            yield _heading(section, marks)
        if si == 0 and prefix and not any(isinstance(b, Paragraph) for b in section.blocks):
            yield prefix.rstrip()
            prefix = ""
        for block in section.blocks:
            text = _block(block)
            if not text:
                continue
            if prefix and isinstance(block, Paragraph):
                text, prefix = prefix + text, ""
            yield text
    if prefix:
        yield prefix.rstrip()


def _related(link: RelatedLink) -> Iterator[str]:
    title = _one_line(link.title)
    if link.categories:
        yield f"{title} {', '.join(_one_line(c) for c in link.categories)}"
    yield title
    if link.url:
        yield link.url
    if link.excerpt:
        yield _one_line(link.excerpt)


def _chunks(article: Article, marks: bool) -> Iterator[str]:
    yield _one_line(article.title)
    if article.subtitle:
        yield _one_line(article.subtitle)
    if article.authors:
        yield f"By {_names(article)}"
    if article.published:
        yield f"Published {_date(article.published)}"
    if article.modified:
        yield f"Updated {_date(article.modified)}"
    yield from _body(article, marks)
    meta = []
    if article.categories:
        meta.append(f"Categories: {', '.join(article.categories)}")
    if article.tags:
        meta.append(f"Tags: {', '.join(article.tags)}")
    if meta:
        yield "\n".join(meta)
    yield from (format_credit(c) for c in article.image_credits)
    if article.related_links:
        yield "Related articles"
        for link in article.related_links:
            yield from _related(link)


def dumps(article: Article, *, marks: bool = False) -> str:
    """The article in the plain-text dump layout; ``marks`` writes ``#`` heading levels."""
    return "\n\n".join(c for c in _chunks(article, marks) if c) + "\n"


FORMAT = Format(
    name="text",
    media_type="text/plain",
    dumps=dumps,
    description="Plain-text dump layout (title, byline, sections, credits, related links) "
    "that parse_text reads back.",
    readable=True,
)
