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

    [Figure 2: Alt text]           (a figure of image credit 2, where it stands)

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
figures where they stand with the alt text of their image, image credit
label/credit/via/caption/license, related-link titles, categories, URLs and
excerpts, and heading levels: a heading is written unmarked when it is of level 2
(the level the reader gives unmarked headings) and would read back as a heading,
else with ``#`` marks of its level (it ends with a full stop, is long, opens with
a word the reader takes for page furniture, a credit or a date...); pass
``marks=True`` to mark every heading. What plain text cannot carry: author roles
and affiliations, summary, image src and the alt text of an image no figure
shows, the difference between preformatted text and a paragraph, table rows of
different lengths, and the exact newlines inside a paragraph (written as
spaces). Text that the reader takes for something else (a paragraph reading
"Share this:", a credit line or a date) is not escaped.

Each block, and each section's heading, is written by a render rule of ``RULES``
(a table keyed by block type): ``get_format("text").with_render_rule(Paragraph, rule)``
is a new format writing paragraphs with ``rule(block, ctx) -> str``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from ..models import (
    Article,
    Dateline,
    Figure,
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
from ._rules import RenderContext, RenderRules

__all__ = ["FORMAT", "RULES", "dumps", "format_credit"]


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


def _figure(figure: Figure, ctx: RenderContext) -> str:
    """``[Figure 2: Alt text]``: where a figure stands, with its image's alt text."""
    credits = ctx.article.image_credits
    alt = _one_line(credits[figure.image].alt or "") if figure.image < len(credits) else ""
    return f"[Figure {figure.image + 1}: {alt}]" if alt else f"[Figure {figure.image + 1}]"


def _running_text(block: Paragraph | Preformatted, ctx: RenderContext) -> str:
    return _one_line(block.text)


def _list(block: ListBlock, ctx: RenderContext) -> str:
    marks = (f"{i}." if block.ordered else "-" for i in range(1, len(block.items) + 1))
    return "\n".join(f"{m} {_one_line(item)}" for m, item in zip(marks, block.items, strict=True))


def _quote(block: Quote, ctx: RenderContext) -> str:
    lines = [f"> {_one_line(block.text)}"]
    if block.cite:
        lines.append(f"> — {_one_line(block.cite)}")
    return "\n".join(lines)


def _table(block: Table, ctx: RenderContext) -> str:
    return "\n".join(" | ".join(_one_line(c) for c in row) for row in block.rows)


# Conservatively, what the text reader takes for a heading when it is not marked: a short
# line opening with a capital letter, without punctuation that ends or breaks a sentence,
# without a month name or a first word that may make it a byline, a credit, a date line
# or page furniture, and with a lower-case letter (all-capital lines read as captions).
_PLAIN_HEADING = re.compile(r"[A-Z][A-Za-z0-9' ]{0,79}\Z")
_NOT_PLAIN_FIRST = frozenset(
    [
        "by",
        "written",
        "words",
        "story",
        "authors",
        "author",
        "posted",
        "opinion",
        "analysis",
        "share",
        "tweet",
        "email",
        "e",
        "print",
        "like",
        "loading",
        "advertisement",
        "advert",
        "sponsored",
        "copy",
        "comment",
        "comments",
        "leave",
        "subscribe",
        "sign",
        "follow",
        "click",
        "read",
        "continue",
        "skip",
        "back",
        "listen",
        "related",
        "you",
        "more",
        "recommended",
        "further",
        "see",
        "also",
        "tags",
        "tag",
        "categories",
        "category",
        "filed",
        "topics",
        "image",
        "images",
        "photo",
        "photos",
        "picture",
        "credit",
        "credits",
        "courtesy",
        "source",
        "via",
        "published",
        "updated",
        "modified",
        "posted",
        "reporting",
        "editing",
        "additional",
        "writing",
        "figure",
    ]
)
_MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.IGNORECASE
)


#: The level the reader gives an unmarked heading; headings of other levels are marked.
_UNMARKED_LEVEL = 2


def _plain_heading(heading: str) -> bool:
    words = heading.split()
    return (
        _PLAIN_HEADING.match(heading) is not None
        and 1 <= len(words) <= 10
        and any(c.islower() for c in heading)
        and words[0].lower() not in _NOT_PLAIN_FIRST
        and _MONTHS.search(heading) is None
    )


def _heading(section: Section, ctx: RenderContext) -> str:
    heading = _one_line(section.heading or "")
    marks = bool(ctx.options.get("marks", False))
    if marks or section.level != _UNMARKED_LEVEL or not _plain_heading(heading):
        return f"{'#' * max(1, section.level)} {heading}"
    return heading


#: How ``text`` writes each block type (and, for Section, a section's heading).
RULES = RenderRules(
    "text",
    {
        Section: _heading,
        Paragraph: _running_text,
        ListBlock: _list,
        Quote: _quote,
        Preformatted: _running_text,
        Table: _table,
        Figure: _figure,
    },
)


def _body(article: Article, rules: RenderRules, options: Mapping[str, Any]) -> Iterator[str]:
    """Headings and blocks; the dateline opens the first paragraph of the first section."""
    prefix = _dateline(article.dateline) if article.dateline else ""
    for si, section in enumerate(article.sections):
        if section.heading:
            ctx = RenderContext(article=article, format=rules.format, section=si, options=options)
            heading = rules.render(section, ctx)
            if heading:
                yield heading
        if si == 0 and prefix and not any(isinstance(b, Paragraph) for b in section.blocks):
            yield prefix.rstrip()
            prefix = ""
        for bi, block in enumerate(section.blocks):
            ctx = RenderContext(
                article=article, format=rules.format, section=si, block=bi, options=options
            )
            text = rules.render(block, ctx)
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


def _chunks(article: Article, rules: RenderRules, options: Mapping[str, Any]) -> Iterator[str]:
    yield _one_line(article.title)
    if article.subtitle:
        yield _one_line(article.subtitle)
    if article.authors:
        yield f"By {_names(article)}"
    if article.published:
        yield f"Published {_date(article.published)}"
    if article.modified:
        yield f"Updated {_date(article.modified)}"
    yield from _body(article, rules, options)
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


def dumps(article: Article, *, marks: bool = False, rules: RenderRules | None = None) -> str:
    """The article in the plain-text dump layout; ``marks`` writes ``#`` heading levels.

    Blocks and section headings are written by ``rules`` (:data:`RULES` unless given).
    Raises :class:`~geoarticle.errors.SerializationError` when a render rule fails.
    """
    table = RULES if rules is None else rules
    chunks = _chunks(article, table, MappingProxyType({"marks": marks}))
    return "\n\n".join(c for c in chunks if c) + "\n"


FORMAT = Format(
    name="text",
    media_type="text/plain",
    dumps=dumps,
    description="Plain-text dump layout (title, byline, sections, credits, related links) "
    "that parse_text reads back.",
    reader="geoarticle.api:_read_text",
    render_rules=RULES,
)
