"""What the HTML parser's steps hand each other (never leaves parsers/html)."""

from __future__ import annotations

import datetime as dt

import attrs

from ...models import (
    Author,
    Dateline,
    FieldSource,
    ImageCredit,
    RelatedLink,
    Section,
)


@attrs.frozen(kw_only=True)
class Metadata:
    """Everything about the article that is not its body."""

    title: str = ""
    subtitle: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    authors: tuple[Author, ...] = ()
    published: dt.datetime | None = None
    modified: dt.datetime | None = None
    dateline: Dateline | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    summary: str | None = None
    image: ImageCredit | None = None
    provenance: tuple[FieldSource, ...] = ()
    warnings: tuple[str, ...] = ()
    #: the ``<title>`` and the title meta tags as the page gives them (for the body step)
    page_titles: tuple[str, ...] = ()
    #: the JSON-LD ``articleBody`` in paragraphs (for the body step's fallback)
    article_body: tuple[str, ...] = ()
    #: the page's descriptions: JSON-LD and meta tags (for the body step's standfirst check)
    descriptions: tuple[str, ...] = ()


@attrs.frozen(kw_only=True)
class Body:
    """The main content: the standfirst, sections, credits of its images, related links."""

    standfirst: str | None = None
    sections: tuple[Section, ...] = ()
    image_credits: tuple[ImageCredit, ...] = ()
    related_links: tuple[RelatedLink, ...] = ()
    warnings: tuple[str, ...] = ()
