"""``markdown``: CommonMark for people, with optional YAML front matter.

Layout:

* YAML front matter (``front_matter=True``, the default; ``front_matter=False``
  leaves it out): ``title``, ``subtitle``, ``authors`` (name, role, affiliation),
  ``published``, ``modified``, ``dateline``, ``url``, ``site_name``, ``language``,
  ``categories``, ``tags``. Every string is a double-quoted YAML scalar.
* ``# Title``, the subtitle in emphasis, a ``By ...`` line (roles in parentheses) and a
  ``Published 14 March 2024 · Updated 15 March 2024`` line.
* Each section's heading at its own level (``##`` for level 2), then its blocks:
  paragraphs, ``-`` or ``1.`` lists, ``>`` quotes (attribution on a ``— `` line),
  fenced code for preformatted text, GFM pipe tables (first row as header), and
  figures as ``![alt](<src>)`` followed by the caption in emphasis and the credit line.
* ``## Related articles``: a list of ``[title](<url>)`` links with categories and excerpt.

Article text is escaped so that it never turns into Markdown syntax: a backslash goes
before every asterisk, underscore, bracket, angle bracket, ampersand, pipe, tilde, hash,
backtick and backslash, and before a list, quote or heading marker at the start of a line;
whitespace runs (newlines too) become single spaces;
URLs with a scheme other than http, https and mailto are dropped.

Each block, and each section's heading, is written by a render rule of ``RULES``
(a table keyed by block type): ``get_format("markdown").with_render_rule(Paragraph, rule)``
is a new format writing paragraphs with ``rule(block, ctx) -> str``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from ..models import (
    Article,
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
from ._common import (
    article_url,
    byline_with_roles,
    credit_line,
    dateline_text,
    human_date,
    safe_url,
)
from ._markdown_escape import escape_inline, fence, link_destination, yaml_string
from ._rules import RenderContext, RenderRules

__all__ = ["FORMAT", "RELATED_HEADING", "RULES", "dumps"]

#: The heading of the related-articles list.
RELATED_HEADING = "Related articles"


def _front_matter(article: Article) -> Iterator[str]:
    yield "---"
    yield f"title: {yaml_string(article.title)}"
    if article.subtitle:
        yield f"subtitle: {yaml_string(article.subtitle)}"
    if article.authors:
        yield "authors:"
        for a in article.authors:
            yield f"  - name: {yaml_string(a.name)}"
            yield f"    kind: {a.kind.value}"
            if a.role:
                yield f"    role: {yaml_string(a.role)}"
            if a.affiliation:
                yield f"    affiliation: {yaml_string(a.affiliation)}"
    if article.published:
        yield f"published: {yaml_string(article.published.isoformat())}"
    if article.modified:
        yield f"modified: {yaml_string(article.modified.isoformat())}"
    if article.dateline:
        yield f"dateline: {yaml_string(dateline_text(article.dateline))}"
    for key, value in (
        ("url", article_url(article)),
        ("site_name", article.site_name),
        ("language", article.language),
    ):
        if value:
            yield f"{key}: {yaml_string(value)}"
    for key, values in (("categories", article.categories), ("tags", article.tags)):
        if values:
            yield f"{key}:"
            yield from (f"  - {yaml_string(v)}" for v in values)
    yield "---"


def _header(article: Article) -> Iterator[str]:
    title = escape_inline(article.title)
    if title:
        yield f"# {title}"
    if article.subtitle and escape_inline(article.subtitle):
        yield f"*{escape_inline(article.subtitle)}*"
    if article.authors:
        yield escape_inline(f"By {byline_with_roles(article.authors)}")
    dates = [
        f"{label} {human_date(value)}"
        for label, value in (("Published", article.published), ("Updated", article.modified))
        if value is not None
    ]
    if dates:
        yield escape_inline(" · ".join(dates))


def _list(block: ListBlock, ctx: RenderContext) -> str:
    # Two lists in a row would merge into one: the second uses the other marker.
    lines = []
    for n, item in enumerate(block.items, 1):
        delimiter = ")" if ctx.alternate else "."
        marker = f"{n}{delimiter}" if block.ordered else ("*" if ctx.alternate else "-")
        lines.append(f"{marker} {escape_inline(item)}".rstrip())
    return "\n".join(lines)


def _paragraph(block: Paragraph, ctx: RenderContext) -> str:
    return escape_inline(block.text)


def _quote(block: Quote, ctx: RenderContext) -> str:
    paras = [escape_inline(p) for p in block.text.split("\n\n")]
    if block.cite and escape_inline(block.cite):
        paras.append("— " + escape_inline(block.cite))
    return "\n>\n".join(f"> {p}" for p in paras if p)


def _pre(block: Preformatted, ctx: RenderContext) -> str:
    marks = fence(block.text)
    return f"{marks}\n{block.text}\n{marks}"


def _table(block: Table, ctx: RenderContext) -> str:
    if not any(block.rows):
        return ""
    width = max(len(r) for r in block.rows)

    def row(cells: tuple[str, ...]) -> str:
        padded = [escape_inline(c) for c in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(padded) + " |"

    lines = [row(block.rows[0]), "|" + "---|" * width]
    lines.extend(row(r) for r in block.rows[1:])
    return "\n".join(lines)


def _figure_lines(image: ImageCredit) -> Iterator[str]:
    src = safe_url(image.src)
    if src:
        alt = escape_inline(image.alt or image.caption or image.label or "")
        yield f"![{alt}]({link_destination(src)})"
    if image.caption and escape_inline(image.caption):
        yield f"*{escape_inline(image.caption)}*"
    credit = escape_inline(credit_line(image))
    if credit:
        yield credit


def _figure(block: Figure, ctx: RenderContext) -> str:
    return "\n\n".join(_figure_lines(ctx.article.image_credits[block.image]))


def _heading(section: Section, ctx: RenderContext) -> str:
    return f"{'#' * section.level} {escape_inline(section.heading or '')}".rstrip()


#: How ``markdown`` writes each block type (and, for Section, a section's heading).
RULES = RenderRules(
    "markdown",
    {
        Section: _heading,
        Paragraph: _paragraph,
        ListBlock: _list,
        Quote: _quote,
        Preformatted: _pre,
        Table: _table,
        Figure: _figure,
    },
)


def _section(
    index: int, article: Article, rules: RenderRules, options: Mapping[str, Any]
) -> Iterator[str]:
    section = article.sections[index]

    def ctx(block: int | None, alternate: bool = False) -> RenderContext:
        return RenderContext(
            article=article,
            format=rules.format,
            section=index,
            block=block,
            options=options,
            alternate=alternate,
        )

    if section.heading is not None:
        heading = rules.render(section, ctx(None))
        if heading:
            yield heading
    previous: ListBlock | None = None
    previous_alternate = False
    for bi, block in enumerate(section.blocks):
        alternate = False
        if isinstance(block, ListBlock) and previous is not None:
            alternate = previous.ordered == block.ordered and not previous_alternate
        out = rules.render(block, ctx(bi, alternate))
        if out:
            previous = block if isinstance(block, ListBlock) else None
            previous_alternate = alternate
            yield out


def _related(link: RelatedLink) -> str:
    title = escape_inline(link.title)
    url = safe_url(link.url)
    item = f"[{title}]({link_destination(url)})" if url else title
    if link.categories:
        item += " — *" + escape_inline(", ".join(link.categories)) + "*"
    if link.excerpt and escape_inline(link.excerpt):
        item += ": " + escape_inline(link.excerpt)
    return f"- {item}".rstrip()


def dumps(article: Article, *, front_matter: bool = True, rules: RenderRules | None = None) -> str:
    """The article as CommonMark (plus GFM tables), front matter first unless disabled.

    Blocks and section headings are written by ``rules`` (:data:`RULES` unless given).
    Raises :class:`~geoarticle.errors.SerializationError` when a render rule fails.
    """
    table = RULES if rules is None else rules
    options = MappingProxyType({"front_matter": front_matter})
    parts: list[str] = []
    if front_matter:
        parts.append("\n".join(_front_matter(article)))
    parts.extend(_header(article))
    for index in range(len(article.sections)):
        parts.extend(_section(index, article, table, options))
    if article.related_links:
        parts.append(f"## {RELATED_HEADING}")
        parts.append("\n".join(_related(r) for r in article.related_links))
    return "\n\n".join(parts) + "\n"


FORMAT = Format(
    name="markdown",
    media_type="text/markdown",
    dumps=dumps,
    description="CommonMark with YAML front matter: headings, lists, quotes, figures, links.",
    render_rules=RULES,
)
