"""Section and Article: the document model everything else reads and writes."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from ..errors import ModelError
from ._checks import BCP47, matches, of, optional_of, to_tuple, tuple_of
from .blocks import BLOCK_TYPES, Block, Figure
from .entities import Actor, Event, Span
from .media import ImageCredit, RelatedLink
from .meta import Author, Dateline, FieldSource

__all__ = ["Article", "Section", "span_sources"]

_WORD = re.compile(r"\w+(?:[’'.-]\w+)*")


def _check_level(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
    of(int)(inst, attr, value)
    if not 0 <= value <= 6:
        raise ModelError(f"Section.level: must be between 0 and 6, got {value}")


@attrs.frozen(kw_only=True)
class Section:
    """A heading and the blocks under it.

    The lead, before the first heading, is a section whose ``heading`` is None
    and whose ``level`` is 0. Headings have levels 1 to 6 as in HTML.
    """

    #: The heading text; None for the lead section.
    heading: str | None = attrs.field(default=None, validator=optional_of(str))
    #: Heading level 1-6 as in HTML; 0 for the lead.
    level: int = attrs.field(default=0, validator=_check_level)
    #: The section's paragraphs, lists, quotes, tables and figures, in order.
    blocks: tuple[Block, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(*BLOCK_TYPES)
    )

    def __attrs_post_init__(self) -> None:
        if self.heading is not None and self.level == 0:
            raise ModelError("Section.level: a section with a heading needs a level from 1 to 6")

    @property
    def text(self) -> str:
        """The heading and the text blocks, blank-line separated (figures left out)."""
        parts = [self.heading] if self.heading else []
        parts.extend(b.text for b in self.blocks if not isinstance(b, Figure) and b.text)
        return "\n\n".join(parts)


def span_sources(sections: Sequence[Section]) -> Iterator[Span]:
    """Every text a span can point into, as a span covering all of it, in reading order.

    Each section's heading (``block`` None) comes before its blocks; empty texts
    (the lead's missing heading, figures) are left out.
    """
    for si, sec in enumerate(sections):
        if sec.heading:
            yield Span(start=0, end=len(sec.heading), text=sec.heading, section=si)
        for bi, blk in enumerate(sec.blocks):
            text = blk.text
            if text:
                yield Span(start=0, end=len(text), text=text, section=si, block=bi)


def _block_text(sections: tuple[Section, ...], where: str, span: Span) -> str:
    """The text a span's offsets index: its block's text, or the heading when ``block`` is None."""
    section, block = span.section, span.block
    if section is None:
        raise ModelError(f"{where}.section: a span in an article needs a section index")
    if section >= len(sections):
        raise ModelError(f"{where}.section: {section} is out of range ({len(sections)} sections)")
    sec = sections[section]
    if block is None:
        return sec.heading or ""
    if block >= len(sec.blocks):
        raise ModelError(
            f"{where}.block: {block} is out of range ({len(sec.blocks)} blocks in section {section})"
        )
    return sec.blocks[block].text


def _check_span(sections: tuple[Section, ...], where: str, span: Span) -> int:
    """Check that a span lies in its block or heading; the length of that text."""
    text = _block_text(sections, where, span)
    if span.end > len(text):
        what = "heading" if span.block is None else "block"
        raise ModelError(
            f"{where}.end: {span.end} is past the end of its {what} ({len(text)} chars)"
        )
    return len(text)


@attrs.frozen(kw_only=True)
class Article:
    """A parsed article: metadata, body structure, media, actors and events.

    Construction checks cross-references: every mention and evidence span lies
    inside its block or heading, every figure points at an image credit, and every
    actor id an event uses belongs to an actor of the article.
    """

    #: The article's headline, cleaned of site-name suffixes.
    title: str = attrs.field(default="", validator=of(str))
    #: A second headline the page names as such (JSON-LD alternativeHeadline, og:subtitle).
    subtitle: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The address the article was fetched from (as given by the caller or the page).
    url: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The page's canonical address (link rel=canonical, og:url).
    canonical_url: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The publication or site name.
    site_name: str | None = attrs.field(default=None, validator=optional_of(str))
    #: BCP 47 language tag ("en", "en-US").
    language: str | None = attrs.field(
        default=None, validator=matches(BCP47, "a BCP 47 language tag")
    )
    #: Who wrote it, people and organisations, in byline order.
    authors: tuple[Author, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Author)
    )
    #: When it was first published; timezone-aware when the page gives a zone.
    published: dt.datetime | None = attrs.field(default=None, validator=optional_of(dt.datetime))
    #: When it was last modified (never the crawl time).
    modified: dt.datetime | None = attrs.field(default=None, validator=optional_of(dt.datetime))
    #: The wire dateline, when the story opens with one.
    dateline: Dateline | None = attrs.field(default=None, validator=optional_of(Dateline))
    #: Sections or categories the site files it under.
    categories: tuple[str, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(str)
    )
    #: Keywords and tags.
    tags: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    #: The standfirst shown under the headline (kept out of the body), or else the page's
    #: description.
    summary: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The lead image (og:image or the first figure), when the page names one.
    image: ImageCredit | None = attrs.field(default=None, validator=optional_of(ImageCredit))
    #: The main body: the lead section (no heading) first, then one section per heading.
    sections: tuple[Section, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Section)
    )
    #: Every image of the article with its credit, in page order.
    image_credits: tuple[ImageCredit, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(ImageCredit)
    )
    #: Teasers for other articles (kept out of the body).
    related_links: tuple[RelatedLink, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(RelatedLink)
    )
    #: People, countries, organisations, armed groups and places named in the body.
    actors: tuple[Actor, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Actor)
    )
    #: Events coded from the body, each tied to its sentences.
    events: tuple[Event, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Event)
    )
    #: Where each metadata field came from.
    provenance: tuple[FieldSource, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(FieldSource)
    )
    #: Problems met while parsing that did not stop it (dropped dates, cleaned bytes ...).
    warnings: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))

    def __attrs_post_init__(self) -> None:
        sections = self.sections
        for si, sec in enumerate(sections):
            for bi, blk in enumerate(sec.blocks):
                if isinstance(blk, Figure) and blk.image >= len(self.image_credits):
                    raise ModelError(
                        f"Article.sections[{si}].blocks[{bi}].image: {blk.image} is out of range "
                        f"({len(self.image_credits)} image credits)"
                    )
        # For speed, each block's text length is found once, by the first span in it; a
        # span that ends within a length already found needs no other check.
        lengths: dict[tuple[int | None, int | None], int] = {}
        ids: set[str] = set()
        for ai, actor in enumerate(self.actors):
            if actor.id in ids:
                raise ModelError(f"Article.actors[{ai}].id: duplicate actor id {actor.id!r}")
            ids.add(actor.id)
            for mi, m in enumerate(actor.mentions):
                key = (m.section, m.block)
                size = lengths.get(key)
                if size is None or m.end > size:
                    where = f"Article.actors[{ai}].mentions[{mi}]"
                    lengths[key] = _check_span(sections, where, m)
        for ei, event in enumerate(self.events):
            where = f"Article.events[{ei}]"
            for name in ("sources", "targets"):
                for ref in getattr(event, name):
                    if ref not in ids:
                        raise ModelError(f"{where}.{name}: unknown actor id {ref!r}")
            if event.location is not None and event.location not in ids:
                raise ModelError(f"{where}.location: unknown actor id {event.location!r}")
            for vi, ev in enumerate(event.evidence):
                key = (ev.section, ev.block)
                size = lengths.get(key)
                if size is None or ev.end > size:
                    where_ev = f"{where}.evidence[{vi}]"
                    lengths[key] = _check_span(sections, where_ev, ev)

    @property
    def body_text(self) -> str:
        """Headings and text blocks of the main body, blank-line separated, nothing else."""
        return "\n\n".join(t for t in (s.text for s in self.sections) if t)

    @property
    def word_count(self) -> int:
        """Number of words in :attr:`body_text`."""
        return len(_WORD.findall(self.body_text))

    def actor(self, actor_id: str) -> Actor:
        """The actor with this id; KeyError when there is none."""
        for a in self.actors:
            if a.id == actor_id:
                return a
        raise KeyError(actor_id)

    def span_source(self, span: Span) -> str:
        """The text a span's offsets index: its block's text, or its section's heading.

        ``article.span_source(s)[s.start:s.end] == s.text`` for every mention and
        evidence span of the article. ModelError when the span points nowhere.
        """
        return _block_text(self.sections, type(span).__name__, span)

    def mention_text(self, mention: Span) -> str:
        """The text of the block (or heading) a mention points into: :meth:`span_source`."""
        return self.span_source(mention)

    def source_of(self, field: str) -> str | None:
        """Where the metadata field ``field`` came from, if recorded."""
        for fs in self.provenance:
            if fs.field == field:
                return fs.source
        return None
