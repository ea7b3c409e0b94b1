"""Factories: valid models with sensible defaults, so a test states only what it cares about.

>>> from geoarticle.testing import make_article
>>> a = make_article(paragraphs=["Freedonia recalled its envoy."], actors=["Freedonia"])
>>> a.actors[0].id, a.actors[0].mentions[0].start
('country:freedonia', 0)

Actors given by name are built with :func:`make_actor` and get a mention at
every place their name (or an alias) occurs in the article's headings and
blocks; ids are derived from kind and name (``"country:freedonia"``). Events
get evidence spans with :func:`make_evidence`. Every factory takes the
model's fields as keyword overrides.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from ..models import (
    Actor,
    ActorKind,
    Article,
    Author,
    AuthorKind,
    Block,
    Dateline,
    DatePrecision,
    Event,
    Evidence,
    Figure,
    FuzzyDate,
    ImageCredit,
    ListBlock,
    Mention,
    Paragraph,
    Preformatted,
    Quote,
    RelatedLink,
    Section,
    Table,
)
from ..models.article import span_sources

__all__ = [
    "DEFAULT_PARAGRAPHS",
    "actor_id",
    "find_mentions",
    "make_actor",
    "make_article",
    "make_author",
    "make_dateline",
    "make_event",
    "make_evidence",
    "make_figure",
    "make_fuzzy_date",
    "make_image_credit",
    "make_list",
    "make_mention",
    "make_paragraph",
    "make_preformatted",
    "make_quote",
    "make_related_link",
    "make_section",
    "make_table",
]

#: The body :func:`make_article` gives when none is asked for (invented countries).
DEFAULT_PARAGRAPHS: tuple[str, ...] = (
    "Freedonia and Sylvania agreed on Monday to reopen the border crossing at Marsh Gate.",
    "The foreign ministers of both countries are to meet again in the spring.",
)

_SLUG = re.compile(r"[^\w]+")


def actor_id(name: str, kind: ActorKind | str = ActorKind.COUNTRY) -> str:
    """The id the factories give an actor: ``kind:slug`` (``"country:freedonia"``)."""
    slug = _SLUG.sub("-", name.lower()).strip("-") or "actor"
    return f"{ActorKind(kind).value}:{slug}"


def make_paragraph(text: str = DEFAULT_PARAGRAPHS[0]) -> Paragraph:
    """A paragraph."""
    return Paragraph(text=text)


def make_list(*items: str, ordered: bool = False) -> ListBlock:
    """A list of ``items`` (two placeholder items when none are given)."""
    return ListBlock(items=items or ("First point.", "Second point."), ordered=ordered)


def make_quote(text: str = "We will not retreat.", cite: str | None = None) -> Quote:
    """A block quotation."""
    return Quote(text=text, cite=cite)


def make_preformatted(text: str = "code  block") -> Preformatted:
    """A preformatted block."""
    return Preformatted(text=text)


def make_table(rows: Sequence[Sequence[str]] = (("Year", "Trade"), ("2023", "12"))) -> Table:
    """A table from rows of cell texts."""
    return Table(rows=tuple(tuple(r) for r in rows))


def make_figure(image: int = 0) -> Figure:
    """A figure pointing at ``Article.image_credits[image]``."""
    return Figure(image=image)


def _block(value: Block | str) -> Block:
    return Paragraph(text=value) if isinstance(value, str) else value


def make_section(
    *blocks: Block | str, heading: str | None = None, level: int | None = None
) -> Section:
    """A section; strings become paragraphs. ``level`` defaults to 2 with a heading, else 0."""
    if level is None:
        level = 0 if heading is None else 2
    return Section(heading=heading, level=level, blocks=tuple(_block(b) for b in blocks))


def make_image_credit(**overrides: Any) -> ImageCredit:
    """An image credit (``Image 1: Ministry of Information via Flickr`` unless overridden)."""
    fields: dict[str, Any] = {
        "label": "Image 1",
        "credit": "Ministry of Information",
        "via": "Flickr",
    }
    return ImageCredit(**{**fields, **overrides})


def make_related_link(**overrides: Any) -> RelatedLink:
    """A related-article teaser."""
    fields: dict[str, Any] = {
        "title": "Border talks stall again",
        "url": "https://news.example/border-talks",
    }
    return RelatedLink(**{**fields, **overrides})


def make_author(
    name: str = "Jane Roe", kind: AuthorKind | str = AuthorKind.PERSON, **overrides: Any
) -> Author:
    """An author (a person unless ``kind`` says otherwise: ``"agency"``, ``"staff"``)."""
    return Author(name=name, kind=AuthorKind(kind), **overrides)


def make_dateline(place: str = "MARSH GATE", **overrides: Any) -> Dateline:
    """A dateline."""
    return Dateline(place=place, **overrides)


def make_fuzzy_date(
    value: dt.date | str | None = "2024-03-04",
    precision: DatePrecision | str = DatePrecision.DAY,
    text: str = "",
) -> FuzzyDate:
    """A FuzzyDate; ``value`` may be an ISO date string."""
    day = dt.date.fromisoformat(value) if isinstance(value, str) else value
    return FuzzyDate(value=day, precision=DatePrecision(precision), text=text)


def make_mention(
    source: str,
    phrase: str,
    *,
    occurrence: int = 0,
    section: int | None = None,
    block: int | None = None,
    metonym: bool = False,
) -> Mention:
    """The mention of ``phrase`` in ``source`` (its ``occurrence``-th one); ValueError if absent."""
    start = -1
    for _ in range(occurrence + 1):
        start = source.find(phrase, start + 1)
        if start < 0:
            raise InvalidArgumentError(
                f"{phrase!r} does not occur {occurrence + 1} time(s) in {source!r}"
            )
    return Mention(
        start=start,
        end=start + len(phrase),
        text=phrase,
        section=section,
        block=block,
        metonym=metonym,
    )


def _word_spans(text: str, phrase: str) -> Iterable[int]:
    """Start offsets of ``phrase`` in ``text`` as a whole word (not inside a longer word)."""
    if not phrase:
        return
    pattern = re.compile(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)")
    for m in pattern.finditer(text):
        yield m.start()


def find_mentions(sections: Sequence[Section], *names: str) -> tuple[Mention, ...]:
    """Mentions of every whole-word occurrence of ``names`` in the headings and blocks."""
    found: list[Mention] = []
    for place in span_sources(sections):
        spans = sorted(
            (start, name)
            for name in dict.fromkeys(names)
            for start in _word_spans(place.text, name)
        )
        found.extend(
            Mention(start=s, end=s + len(n), text=n, section=place.section, block=place.block)
            for s, n in spans
        )
    return tuple(found)


def make_actor(
    name: str = "Freedonia",
    kind: ActorKind | str = ActorKind.COUNTRY,
    *,
    sections: Sequence[Section] | None = None,
    **overrides: Any,
) -> Actor:
    """An actor with id :func:`actor_id` (``name``, ``kind``).

    With ``sections``, mentions are found there for the name and the aliases
    (see :func:`find_mentions`) unless ``mentions`` is given.
    """
    kind = ActorKind(kind)
    fields: dict[str, Any] = {"id": actor_id(name, kind), "name": name, "kind": kind}
    fields.update(overrides)
    if sections is not None and "mentions" not in overrides:
        fields["mentions"] = find_mentions(sections, name, *fields.get("aliases", ()))
    return Actor(**fields)


def make_evidence(
    sections: Sequence[Section],
    section: int = 0,
    block: int | None = 0,
    sentence: str | None = None,
) -> Evidence:
    """Evidence for ``sentence`` in that block, or in the heading when ``block`` is None.

    Without ``sentence`` the span is the whole block text (or heading).
    """
    sec = sections[section]
    text = (sec.heading or "") if block is None else sec.blocks[block].text
    if sentence is None:
        return Evidence(section=section, block=block, start=0, end=len(text), text=text)
    start = text.find(sentence)
    if start < 0:
        where = "the heading" if block is None else f"block {block}"
        raise InvalidArgumentError(f"{sentence!r} is not in {where} of section {section}")
    return Evidence(
        section=section, block=block, start=start, end=start + len(sentence), text=sentence
    )


def make_event(
    code: str = "042",
    sources: Sequence[str] = (),
    targets: Sequence[str] = (),
    *,
    id: str = "e1",
    **overrides: Any,
) -> Event:
    """An event (CAMEO ``042`` "Make a visit" unless overridden); actor ids as given."""
    fields: dict[str, Any] = {
        "id": id,
        "code": code,
        "label": "Make a visit" if code == "042" else "",
        "sources": tuple(sources),
        "targets": tuple(targets),
    }
    fields.update(overrides)
    return Event(**fields)


def make_article(
    *,
    paragraphs: Sequence[str] | None = None,
    actors: Sequence[Actor | str] = (),
    **overrides: Any,
) -> Article:
    """A valid Article: the fields given in ``overrides``, defaults for the rest.

    Without ``sections`` the body is one lead section of ``paragraphs``
    (:data:`DEFAULT_PARAGRAPHS` when None). ``actors`` may mix Actor objects
    (kept as they are) and names: a name becomes ``make_actor(name, sections=...)``
    with mentions found in the body (a ``kind:`` prefix picks the kind:
    ``"person:Jane Roe"``). Events referring to actor ids that are not there
    raise :class:`~geoarticle.errors.ModelError`, as for any Article.
    """
    fields: dict[str, Any] = {"title": "Freedonia and Sylvania reopen Marsh Gate crossing"}
    fields.update(overrides)
    if "sections" not in overrides:
        body = DEFAULT_PARAGRAPHS if paragraphs is None else tuple(paragraphs)
        fields["sections"] = (make_section(*body),)
    elif paragraphs is not None:
        raise InvalidArgumentTypeError("make_article: give either sections or paragraphs, not both")
    sections = tuple(fields["sections"])
    fields["actors"] = tuple(
        a if isinstance(a, Actor) else _named_actor(a, sections) for a in actors
    )
    return Article(**fields)


def _named_actor(spec: str, sections: Sequence[Section]) -> Actor:
    kind, sep, name = spec.partition(":")
    if sep and kind in {k.value for k in ActorKind}:
        return make_actor(name, kind, sections=sections)
    return make_actor(spec, sections=sections)
