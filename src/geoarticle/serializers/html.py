"""``html``: a standalone, semantic HTML5 document that :func:`geoarticle.parse_html` reads back.

The document, element by element:

    <html lang>
      <head>  <title>, <link rel=canonical>, description, author, OpenGraph
              (og:title, og:description, og:url, og:site_name, og:image) and
              article:published_time, article:modified_time, article:author,
              article:section, article:tag; a JSON-LD NewsArticle (the ``jsonld``
              format) unless ``jsonld=False``
      <body><article>
        <header> <h1> title, <p class=subtitle>, <p class=byline> (authors as
                 <a rel=author>/<span class=author>), <time class=published datetime>,
                 <time class=modified datetime>, <p class=dateline> </header>
        <section> per Section: <h1>-<h6> at its level, then <p>, <ul>/<ol>,
                  <blockquote> (attribution in <footer><cite>), <pre>, <table>,
                  <figure><img src alt><figcaption>caption
                  <small class=credit>Image 1: X via Y</small></figcaption></figure>;
                  the last section ends with <p> credit lines ("Image 2: X via Y") for
                  the image credits that no Figure block places (as text dumps have them)
        <aside class=related> <h2>Related articles</h2> a list of links, categories
                 (<span class=category>) and excerpts (<p class=excerpt>)
      </article></body>

Every text and attribute value is escaped; URLs whose scheme is not http, https or
mailto (``javascript:``, ``data:``, ``vbscript:`` ...) are dropped, and control
characters that HTML cannot carry are removed, so no input injects markup or script.

Each block, and each section's heading, is written by a render rule of ``RULES``
(a table keyed by block type): ``get_format("html").with_render_rule(Paragraph, rule)``
is a new format writing paragraphs with ``rule(block, ctx) -> str``.
"""

from __future__ import annotations

import datetime as dt
import html as _html
import json
import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from ..models import (
    Article,
    Author,
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
from . import jsonld as _jsonld
from ._common import article_url, credit_line, dateline_text, human_date, is_person, safe_url
from ._rules import RenderContext, RenderRules

__all__ = ["FORMAT", "RELATED_HEADING", "RULES", "dumps", "section_lines"]

#: The heading of the related-articles aside.
RELATED_HEADING = "Related articles"

# C0/C1 controls (but tab, newline, carriage return), noncharacters and lone surrogates.
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")


def _t(text: str) -> str:
    """Text content, escaped."""
    return _html.escape(_UNSAFE.sub("", text), quote=False)


def _a(text: str) -> str:
    """An attribute value, escaped for double quotes."""
    return _html.escape(_UNSAFE.sub("", text), quote=True)


def _meta(attr: str, key: str, content: str | None) -> str | None:
    if not content:
        return None
    return f'<meta {attr}="{key}" content="{_a(content)}">'


def _json_script(article: Article) -> str:
    data = json.dumps(_jsonld.to_jsonld(article), ensure_ascii=False, indent=1)
    # Inside <script>, "</script" or "<!--" would end or confuse the element.
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    data = _UNSAFE.sub("", data)
    return f'<script type="application/ld+json">\n{data}\n</script>'


def _head(article: Article, with_jsonld: bool) -> Iterator[str]:
    url = article_url(article)
    yield '<meta charset="utf-8">'
    yield f"<title>{_t(article.title)}</title>"
    canonical = safe_url(article.canonical_url)
    if canonical:
        yield f'<link rel="canonical" href="{_a(canonical)}">'
    image = safe_url(article.image.src) if article.image else None
    metas = [
        _meta("name", "description", article.summary),
        *(_meta("name", "author", a.name) for a in article.authors),
        _meta("property", "og:type", "article"),
        _meta("property", "og:title", article.title),
        _meta("property", "og:description", article.summary),
        _meta("property", "og:url", url),
        _meta("property", "og:site_name", article.site_name),
        _meta("property", "og:image", image),
        _meta("property", "article:published_time", _iso(article.published)),
        _meta("property", "article:modified_time", _iso(article.modified)),
        *(_meta("property", "article:author", a.name) for a in article.authors),
        *(_meta("property", "article:section", c) for c in article.categories),
        *(_meta("property", "article:tag", t) for t in article.tags),
    ]
    yield from (m for m in metas if m)
    if with_jsonld:
        yield _json_script(article)


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _author(author: Author) -> str:
    url = safe_url(author.url)
    cls = "author" if is_person(author) else "author organization"
    name = _t(author.name)
    out = (
        f'<a rel="author" class="{cls}" href="{_a(url)}">{name}</a>'
        if url
        else f'<span class="{cls}">{name}</span>'
    )
    extra = [x for x in (author.role, author.affiliation) if x]
    if extra:
        out += f' <span class="author-role">({_t(", ".join(extra))})</span>'
    return out


def _byline(authors: tuple[Author, ...]) -> str:
    parts = [_author(a) for a in authors]
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f'<p class="byline">By {joined}</p>'


def _time(cls: str, label: str, value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    iso = value.isoformat()
    human = human_date(value)
    return f'<p class="{cls}">{label} <time datetime="{_a(iso)}">{human}</time></p>'


def _header(article: Article) -> Iterator[str]:
    yield "<header>"
    yield f"<h1>{_t(article.title)}</h1>"
    if article.subtitle:
        yield f'<p class="subtitle">{_t(article.subtitle)}</p>'
    if article.authors:
        yield _byline(article.authors)
    for line in (
        _time("published", "Published", article.published),
        _time("modified", "Updated", article.modified),
    ):
        if line:
            yield line
    if article.dateline:
        yield f'<p class="dateline">{_t(dateline_text(article.dateline))}</p>'
    yield "</header>"


def _figure(image: ImageCredit) -> str:
    parts = ["<figure>"]
    src = safe_url(image.src)
    if src:
        alt = f' alt="{_a(image.alt)}"' if image.alt is not None else ""
        parts.append(f'<img src="{_a(src)}"{alt}>')
    credit = credit_line(image)
    if image.caption or credit:
        caption = _t(image.caption or "")
        small = f'<small class="credit">{_t(credit)}</small>' if credit else ""
        parts.append(f"<figcaption>{caption}{' ' if caption and small else ''}{small}</figcaption>")
    parts.append("</figure>")
    return "".join(parts)


def _paragraph(block: Paragraph, ctx: RenderContext) -> str:
    return f"<p>{_t(block.text)}</p>"


def _list(block: ListBlock, ctx: RenderContext) -> str:
    tag = "ol" if block.ordered else "ul"
    items = "".join(f"<li>{_t(i)}</li>" for i in block.items)
    return f"<{tag}>{items}</{tag}>"


def _quote(block: Quote, ctx: RenderContext) -> str:
    paras = "".join(f"<p>{_t(p)}</p>" for p in block.text.split("\n\n") if p.strip())
    cite = f"<footer><cite>{_t(block.cite)}</cite></footer>" if block.cite else ""
    return f"<blockquote>{paras}{cite}</blockquote>"


def _pre(block: Preformatted, ctx: RenderContext) -> str:
    return f"<pre>{_t(block.text)}</pre>"


def _table(block: Table, ctx: RenderContext) -> str:
    rows = "".join(
        "<tr>" + "".join(f"<td>{_t(c)}</td>" for c in row) + "</tr>" for row in block.rows
    )
    return f"<table><tbody>{rows}</tbody></table>"


def _figure_block(block: Figure, ctx: RenderContext) -> str:
    return _figure(ctx.article.image_credits[block.image])


def _heading(section: Section, ctx: RenderContext) -> str:
    return f"<h{section.level}>{_t(section.heading or '')}</h{section.level}>"


#: How ``html`` writes each block type (and, for Section, a section's heading).
RULES = RenderRules(
    "html",
    {
        Section: _heading,
        Paragraph: _paragraph,
        ListBlock: _list,
        Quote: _quote,
        Preformatted: _pre,
        Table: _table,
        Figure: _figure_block,
    },
)


def section_lines(
    section: Section,
    article: Article,
    *,
    rules: RenderRules | None = None,
    index: int | None = None,
    options: Mapping[str, Any] | None = None,
) -> Iterator[str]:
    """A section as ``<section>`` HTML lines (also the ``text/html`` body of ``ninjs``).

    Blocks are written by ``rules`` (:data:`RULES` unless given); ``index`` is the
    section's place in ``article.sections`` (found when not given) and ``options``
    the writer's options, both for the rules' :class:`RenderContext`.
    """
    table = RULES if rules is None else rules
    if index is None:
        index = next((i for i, s in enumerate(article.sections) if s is section), 0)
    opts = (
        options if isinstance(options, MappingProxyType) else MappingProxyType(dict(options or {}))
    )

    def ctx(block: int | None) -> RenderContext:
        return RenderContext(
            article=article, format=table.format, section=index, block=block, options=opts
        )

    yield "<section>"
    if section.heading is not None:
        heading = table.render(section, ctx(None))
        if heading:
            yield heading
    for bi, block in enumerate(section.blocks):
        out = table.render(block, ctx(bi))
        if out:
            yield out
    yield "</section>"


def _related_item(link: RelatedLink) -> str:
    url = safe_url(link.url)
    title = _t(link.title)
    out = f'<a href="{_a(url)}">{title}</a>' if url else f'<span class="title">{title}</span>'
    out += "".join(f' <span class="category">{_t(c)}</span>' for c in link.categories)
    if link.excerpt:
        out += f'<p class="excerpt">{_t(link.excerpt)}</p>'
    return f"<li>{out}</li>"


def _related(links: tuple[RelatedLink, ...]) -> Iterator[str]:
    yield '<aside class="related">'
    yield f"<h2>{RELATED_HEADING}</h2>"
    yield "<ul>" + "".join(_related_item(r) for r in links) + "</ul>"
    yield "</aside>"


def _unplaced(article: Article) -> list[str]:
    """Credit lines of the image credits that no Figure block places (a trailing list)."""
    placed = {b.image for s in article.sections for b in s.blocks if isinstance(b, Figure)}
    lines = [credit_line(c) for i, c in enumerate(article.image_credits) if i not in placed]
    # Plain paragraphs, as pages and dumps print them: readers drop "credit" classes as furniture.
    return [f"<p>{_t(line)}</p>" for line in lines if line]


def dumps(article: Article, *, jsonld: bool = True, rules: RenderRules | None = None) -> str:
    """The article as a standalone HTML5 document (with JSON-LD in the head unless disabled).

    Blocks and section headings are written by ``rules`` (:data:`RULES` unless given).
    Raises :class:`~geoarticle.errors.SerializationError` when a render rule fails.
    """
    lang = f' lang="{_a(article.language)}"' if article.language else ""
    lines = ["<!DOCTYPE html>", f"<html{lang}>", "<head>"]
    lines.extend(_head(article, jsonld))
    lines.extend(["</head>", "<body>", "<article>"])
    lines.extend(_header(article))
    options = MappingProxyType({"jsonld": jsonld})
    body = [
        list(section_lines(section, article, rules=rules, index=i, options=options))
        for i, section in enumerate(article.sections)
    ]
    credits = _unplaced(article)
    if credits and body:
        body[-1][-1:-1] = credits  # before the last </section>
    elif credits:
        body.append(["<section>", *credits, "</section>"])
    for section_html in body:
        lines.extend(section_html)
    if article.related_links:
        lines.extend(_related(article.related_links))
    lines.extend(["</article>", "</body>", "</html>"])
    return "\n".join(lines) + "\n"


FORMAT = Format(
    name="html",
    media_type="text/html",
    dumps=dumps,
    description="Standalone semantic HTML5 with OpenGraph and JSON-LD; parse_html reads it back.",
    reader="geoarticle.api:_read_html",
    render_rules=RULES,
)
