"""``parse_text``: plain-text dumps of article pages into an Article (no actors or events).

A dump is what copying a web page as text gives: a title line, paragraphs,
section headings, image credits, share buttons and a related-articles block.
:func:`parse_text` recognises, without being told anything about the site:

Header
    The first line is the title (a ``# `` mark comes off; a long paragraph in
    first place means there is no title line). Following lines are read while
    they are metadata: bylines (``By ...``, ``Written by ...``, ``Authors: ...``)
    go to :func:`~geoarticle.parsers._bylines.parse_byline`; date lines
    (``Published October 24, 2017``, ``Updated ...``, ``Posted on ...``, a bare
    date) set ``published``/``modified`` through python-dateutil; segments
    joined by ``|``, ``·`` or a dash are read one by one. The line just after
    the title is the subtitle when a metadata line follows it.
Dateline
    When the first body paragraph opens with an upper-case place
    (``ISLAMABAD, Oct 24 (Agency) -``), the dateline goes to ``Article.dateline``
    and comes off the paragraph.
Headings
    A unit is a heading when it is a single short line (at most 120 characters
    and 16 words) starting with a capital or digit, not ending in ``.``, ``,``,
    ``:``, ``;``, a dash or an ellipsis, with no sentence break inside, in title
    case (or sentence case up to ten words), and some body content follows it.
    Plain text has no heading levels: unmarked headings get level 2;
    Markdown-style marks (``### Heading``) give their level. Text before the
    first heading is the lead section (no heading, level 0).
Captions left in the flow
    A heading-like line of one to four words that are all acronyms or country
    names (``US Afghanistan``) is alt text of an image, not a heading, when the
    dump has image credit lines. It becomes a :class:`~geoarticle.models.Figure`
    at its place and the ``alt`` of an image credit: caption lines are matched,
    in order, with the last credits (the first image is usually the page's
    lead image, shown above the text). Other short lines stay headings.
Image credits
    Lines :func:`~geoarticle.parsers._credits.parse_credit` accepts
    (``Image 1: X via Flickr``, ``Photo: X/Agency``, ``Courtesy of X`` ...) go to
    ``Article.image_credits`` wherever they stand and never into the body.
Furniture
    ``Share this:``, social, print and email lines, ``Advertisement``, ``Read
    more``, wire credits (``Reporting by ...``) and date lines inside the body
    are dropped. ``Tags: a, b`` and ``Categories: a, b`` lines fill
    ``Article.tags`` and ``Article.categories``.
Related block
    Everything after a ``Related articles`` header (``Related``, ``You may also
    like``, ``Recommended``, ``Further reading`` ...) is read by
    :mod:`._related` into ``Article.related_links``.
Blocks
    See :mod:`._units`: paragraphs (one per line, or hard-wrapped and joined),
    bullet and numbered lists, ``>`` quotes with a ``> — Name`` attribution,
    and ``a | b`` tables.

Bad input: empty or whitespace-only text raises
:class:`~geoarticle.errors.NotAnArticleError`; NUL bytes, control characters
and lone surrogates are removed with a warning in ``Article.warnings`` (mostly
binary input raises NotAnArticleError); input over ``limits.max_input_bytes``
raises :class:`~geoarticle.errors.LimitExceededError`. Every step is linear in
the input size.
"""

from __future__ import annotations

from ...errors import NotAnArticleError
from ...limits import DEFAULT_LIMITS, Limits, check_deadline
from ...models import Article, Dateline, FieldSource, Paragraph, Section
from ._body import Body, read_body
from ._clean import clean_text
from ._header import Header, read_dateline, read_header
from ._lines import is_related_header, looks_like_dateline
from ._related import read_related
from ._units import TextUnit, Unit, segment

__all__ = ["parse_text"]


def _related_start(units: list[Unit], start: int) -> int:
    for i in range(start, len(units)):
        unit = units[i]
        if isinstance(unit, TextUnit) and is_related_header(unit.text):
            return i
    return len(units)


def _take_dateline(sections: list[Section]) -> Dateline | None:
    """Find a dateline opening the first paragraph; take it off that paragraph."""
    if not sections:
        return None
    first = sections[0]
    for bi, block in enumerate(first.blocks):
        if not isinstance(block, Paragraph):
            continue
        if not looks_like_dateline(block.text):
            return None
        found = read_dateline(block.text)
        if found is None:
            return None
        dateline, rest = found
        blocks = list(first.blocks)
        if rest:
            blocks[bi] = Paragraph(text=rest)
        else:
            del blocks[bi]
        sections[0] = Section(heading=first.heading, level=first.level, blocks=tuple(blocks))
        return dateline
    return None


def _provenance(header: Header, body: Body, dateline: Dateline | None) -> list[FieldSource]:
    found = [
        ("title", bool(header.title), "text"),
        ("subtitle", header.subtitle is not None, "text"),
        ("authors", bool(header.authors), "byline"),
        ("published", header.published is not None, "text"),
        ("modified", (header.modified or body.modified) is not None, "text"),
        ("dateline", dateline is not None, "text"),
    ]
    return [FieldSource(field=f, source=s) for f, present, s in found if present]


def parse_text(text: str, *, limits: Limits | None = None) -> Article:
    """Parse a plain-text dump of an article page (see the module docstring for the rules).

    Returns an Article without actors or events; :func:`geoarticle.parse_text`
    runs the annotators afterwards. Raises NotAnArticleError on empty or binary
    input and LimitExceededError over ``limits.max_input_bytes``.
    """
    limits = limits or DEFAULT_LIMITS
    cleaned, warnings = clean_text(text, limits)
    check_deadline("parse_text, cleaning")
    units = list(segment(cleaned))
    if not units:
        raise NotAnArticleError("input is empty")
    check_deadline("parse_text, segmenting")
    header = read_header(units)
    if not header.title:
        warnings.append("no title line: the first line reads as body text")
    rel = _related_start(units, header.body_start)
    body = read_body(units[header.body_start : rel], limits)
    check_deadline("parse_text, body")
    related = read_related(units[rel + 1 :]) if rel < len(units) else []
    sections = body.sections
    dateline = _take_dateline(sections)
    if not header.title and not sections:
        raise NotAnArticleError("no article text found")
    return Article(
        title=header.title,
        subtitle=header.subtitle,
        authors=tuple(header.authors),
        published=header.published,
        modified=header.modified or body.modified,
        dateline=dateline,
        categories=tuple(dict.fromkeys(body.categories)),
        tags=tuple(dict.fromkeys(body.tags)),
        sections=tuple(sections),
        image_credits=tuple(body.credits),
        related_links=tuple(related),
        provenance=tuple(_provenance(header, body, dateline)),
        warnings=tuple(warnings + body.warnings),
    )
