"""Hypothesis strategies for every geoarticle model.

Every strategy produces *valid, consistent* objects: mention and evidence spans
lie inside their blocks (mentions may point at a heading with ``block=None``),
figures point at existing image credits, events use existing actor ids, actor
ids are unique, and datetimes (naive or with a fixed UTC offset) survive the
ISO 8601 round trip of the ``json`` format.

>>> from hypothesis import given
>>> from geoarticle.testing.strategies import articles
>>> @given(articles(with_events=False))
... def test_my_writer(article): ...

Keyword options restrict what is generated, so that a test of a lossy layout
(plain text, HTML) can ask only for what that layout carries, e.g.
``articles(with_actors=False, with_events=False, block_kinds=("paragraph",),
text=sentences())``.

Importing it registers the hypothesis settings profile :data:`PROFILE`
(``"geoarticle"``: no deadline, the *too slow* health check off), for suites whose
examples build whole articles: ``pytest --hypothesis-profile=geoarticle``, or
``settings.load_profile("geoarticle")`` in a ``conftest.py``.

This module needs hypothesis (``pip install geoarticle[test]``).
"""

from __future__ import annotations

try:
    from hypothesis import HealthCheck, settings
    from hypothesis import strategies as st
    from hypothesis.strategies import SearchStrategy
except ImportError as exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "geoarticle.testing.strategies needs hypothesis: pip install geoarticle[test]"
    ) from exc

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar, cast

import attrs

from ..errors import InvalidArgumentError
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
    FieldSource,
    Figure,
    FuzzyDate,
    ImageCredit,
    ListBlock,
    Mention,
    Modality,
    Paragraph,
    Preformatted,
    Quote,
    RelatedLink,
    Section,
    Table,
)
from ..models.article import span_sources
from ..models.blocks import BlockKind

_F = TypeVar("_F", bound=Callable[..., Any])


def _cached(func: _F) -> _F:
    """Build each strategy once per argument set: hypothesis validates every new strategy."""
    return cast(_F, functools.cache(func))


__all__ = [
    "ALL_BLOCK_KINDS",
    "PROFILE",
    "TRICKY_STRINGS",
    "actor_ids",
    "actors",
    "articles",
    "authors",
    "blocks",
    "datelines",
    "dates",
    "datetimes",
    "events",
    "evidence",
    "field_sources",
    "figures",
    "fuzzy_dates",
    "image_credits",
    "language_tags",
    "list_blocks",
    "mentions",
    "paragraphs",
    "preformatted",
    "quotes",
    "related_links",
    "sections",
    "sentences",
    "tables",
    "texts",
    "urls",
    "words",
]

#: The hypothesis settings profile registered by this module: no deadline (the first
#: example of a test pays for loading parsers, formats and data tables once) and the
#: *too slow* health check off (an article is a big example to build).
PROFILE = "geoarticle"
settings.register_profile(PROFILE, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Every block kind, in the order of :data:`geoarticle.models.blocks.BLOCK_TYPES`.
ALL_BLOCK_KINDS: tuple[BlockKind, ...] = ("paragraph", "list", "quote", "pre", "table", "figure")

#: Strings that break naive text handling: spaces that are not ASCII spaces,
#: zero-width and bidi controls, line and paragraph separators, combining marks,
#: emoji sequences, curly quotes, a NUL, a CRLF.
TRICKY_STRINGS: tuple[str, ...] = (
    "\u00a0",  # no-break space
    "\u2009",  # thin space
    "\u200b",  # zero-width space
    "\u200d",  # zero-width joiner
    "\u200e",  # left-to-right mark
    "\u202e",  # right-to-left override
    "\u2028",  # line separator
    "\u2029",  # paragraph separator
    "\ufeff",  # byte order mark
    "e\u0301",  # e + combining acute
    "\u2019",  # right single quote
    "\u201cq\u201d",  # curly double quotes
    "\u2014",  # em dash
    "\U0001f1f5\U0001f1f0",  # flag: regional indicators
    "\U0001f469\u200d\U0001f467",  # emoji ZWJ sequence
    "\u0627\u0644\u0633\u0644\u0627\u0645",  # Arabic, right to left
    "\u5317\u4eac",  # CJK
    "\x00",
    "\r\n",
    "\t",
    "  ",
    "<b>&amp;</b>",
    '"\\',
)

_CHARS = st.characters(exclude_categories=["Cs"])
_LETTERS = st.characters(categories=("Lu", "Ll", "Lo"), exclude_characters="\u0130")


@_cached
def texts(*, min_size: int = 0, max_size: int = 60, tricky: bool = True) -> SearchStrategy[str]:
    """Any unicode text (no lone surrogates), often salted with one of :data:`TRICKY_STRINGS`.

    ``min_size`` and ``max_size`` bound the length of the plain part; a salted
    text is a tricky string between two plain parts of up to ``max_size // 2`` each.
    """
    plain = st.text(_CHARS, min_size=min_size, max_size=max_size)
    if not tricky:
        return plain
    half = st.text(_CHARS, max_size=max(max_size // 2, 1))
    salted = st.builds(_join3, half, st.sampled_from(TRICKY_STRINGS), half)
    return st.one_of(plain, salted)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _join3(a: str, b: str, c: str) -> str:
    return a + b + c


@_cached
def words(*, ascii_only: bool = False) -> SearchStrategy[str]:
    """One word: 1-12 letters (any script unless ``ascii_only``), no spaces or punctuation,
    in Unicode normal form C (as the parsers return text)."""
    if ascii_only:
        return st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12)
    return st.one_of(
        st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=12),
        st.text(_LETTERS, min_size=1, max_size=12).map(_nfc),
    )


@_cached
def sentences(
    *, min_words: int = 1, max_words: int = 10, ascii_only: bool = False
) -> SearchStrategy[str]:
    """Plain prose: words joined by single spaces, capitalised, ending with a full stop.

    No leading or trailing blanks, no newlines: what text and HTML layouts keep intact.
    """
    return st.lists(words(ascii_only=ascii_only), min_size=min_words, max_size=max_words).map(
        lambda ws: _nfc(ws[0][:1].upper() + ws[0][1:] + "".join(" " + w for w in ws[1:]) + ".")
    )


@_cached
def urls() -> SearchStrategy[str]:
    """Absolute http(s) URLs with a path, sometimes with unicode in it."""
    host = st.from_regex(r"[a-z][a-z0-9-]{0,12}\.(?:com|org|net|pk|in)", fullmatch=True)
    path = st.lists(words(), max_size=3).map("/".join)
    return st.builds(
        lambda scheme, h, p: f"{scheme}://{h}/{p}", st.sampled_from(("http", "https")), host, path
    )


@_cached
def language_tags() -> SearchStrategy[str]:
    """BCP 47 tags: common ones and random well-formed ones."""
    return st.one_of(
        st.sampled_from(("en", "en-US", "en-GB", "ur", "hi", "ar", "fr", "zh-Hans-CN")),
        st.from_regex(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8}){0,2}", fullmatch=True),
    )


_OFFSETS = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: dt.timezone(dt.timedelta(minutes=m))
)


@_cached
def datetimes(
    *, aware: bool | None = None, min_year: int = 1900, max_year: int = 2099
) -> SearchStrategy[dt.datetime]:
    """Datetimes that survive ``isoformat``/``fromisoformat`` unchanged.

    ``aware=True`` gives fixed UTC offsets (never zoneinfo zones, whose folds and
    gaps do not round-trip), ``False`` naive ones, ``None`` either. The wall-clock
    time lies in the years ``min_year`` to ``max_year``.
    """
    base = st.datetimes(
        min_value=dt.datetime(min_year, 1, 1), max_value=dt.datetime(max_year, 12, 31, 23, 59)
    ).map(lambda d: d.replace(fold=0))
    tz: SearchStrategy[dt.tzinfo | None]
    if aware is None:
        tz = st.one_of(st.none(), st.just(dt.timezone.utc), _OFFSETS)
    elif aware:
        tz = st.one_of(st.just(dt.timezone.utc), _OFFSETS)
    else:
        tz = st.none()
    return st.builds(lambda d, z: d.replace(tzinfo=z), base, tz)


@_cached
def dates(*, min_year: int = 1900, max_year: int = 2099) -> SearchStrategy[dt.date]:
    """Dates in the years ``min_year`` to ``max_year``."""
    return st.dates(min_value=dt.date(min_year, 1, 1), max_value=dt.date(max_year, 12, 31))


@st.composite
def _fuzzy_date(draw: st.DrawFn, text: SearchStrategy[str]) -> FuzzyDate:
    precision = draw(st.sampled_from(DatePrecision))
    if precision is DatePrecision.UNKNOWN:
        return FuzzyDate(value=None, precision=precision, text=draw(text))
    day = draw(dates())
    if precision is DatePrecision.MONTH:
        day = day.replace(day=1)
    elif precision is DatePrecision.YEAR:
        day = day.replace(month=1, day=1)
    return FuzzyDate(value=day, precision=precision, text=draw(text))


@_cached
def fuzzy_dates(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[FuzzyDate]:
    """FuzzyDates: the first day of the period for month/year precision, None for unknown."""
    return _fuzzy_date(text if text is not None else texts(max_size=20))


@_cached
def _opt(strategy: SearchStrategy[str]) -> SearchStrategy[str | None]:
    return st.one_of(st.none(), strategy)


@_cached
def authors(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[Author]:
    """Authors of every kind, with or without role, affiliation and URL."""
    t = text if text is not None else texts(min_size=1, max_size=30)
    return st.builds(
        Author,
        name=t,
        kind=st.sampled_from(AuthorKind),
        role=_opt(t),
        affiliation=_opt(t),
        url=_opt(urls()),
    )


@_cached
def datelines(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[Dateline]:
    """Datelines (place, optional date text and agency)."""
    t = text if text is not None else texts(min_size=1, max_size=20)
    return st.builds(Dateline, place=t, date_text=_opt(t), agency=_opt(t))


@_cached
def field_sources() -> SearchStrategy[FieldSource]:
    """Provenance records for the metadata fields."""
    return st.builds(
        FieldSource,
        field=st.sampled_from(("title", "authors", "published", "modified", "language", "image")),
        source=st.sampled_from(
            ("jsonld", "opengraph", "twitter", "meta", "time", "byline", "title", "url", "text")
        ),
    )


@_cached
def image_credits(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[ImageCredit]:
    """Image credits, any of whose fields may be missing."""
    t = text if text is not None else texts(min_size=1, max_size=30)
    return st.builds(
        ImageCredit,
        label=_opt(t),
        credit=_opt(t),
        via=_opt(t),
        caption=_opt(t),
        alt=_opt(t),
        src=_opt(urls()),
        license=_opt(st.sampled_from(("CC BY 2.0", "CC BY-SA 4.0", "Public domain"))),
    )


@_cached
def related_links(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[RelatedLink]:
    """Related-article teasers."""
    t = text if text is not None else texts(min_size=1, max_size=30)
    return st.builds(
        RelatedLink,
        title=t,
        url=_opt(urls()),
        categories=st.lists(t, max_size=3).map(tuple),
        excerpt=_opt(t),
    )


@_cached
def paragraphs(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[Paragraph]:
    """Paragraphs."""
    return st.builds(Paragraph, text=text if text is not None else texts())


@_cached
def list_blocks(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[ListBlock]:
    """Lists of 1-5 items, ordered or not."""
    t = text if text is not None else texts(min_size=1, max_size=40)
    return st.builds(
        ListBlock, items=st.lists(t, min_size=1, max_size=5).map(tuple), ordered=st.booleans()
    )


@_cached
def quotes(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[Quote]:
    """Block quotations, with or without attribution."""
    t = text if text is not None else texts()
    return st.builds(Quote, text=t, cite=_opt(t))


@_cached
def preformatted(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[Preformatted]:
    """Preformatted blocks."""
    return st.builds(Preformatted, text=text if text is not None else texts())


@_cached
def tables(*, text: SearchStrategy[str] | None = None) -> SearchStrategy[Table]:
    """Tables of 1-4 rows of 1-4 cells (rows may differ in length)."""
    t = text if text is not None else texts(max_size=20)
    row = st.lists(t, min_size=1, max_size=4).map(tuple)
    return st.builds(Table, rows=st.lists(row, min_size=1, max_size=4).map(tuple))


@_cached
def figures(images: int) -> SearchStrategy[Figure]:
    """Figures pointing at one of ``images`` image credits (``images`` must be > 0)."""
    if images <= 0:
        raise InvalidArgumentError("figures() needs at least one image credit to point at")
    return st.builds(Figure, image=st.integers(min_value=0, max_value=images - 1))


def blocks(
    *,
    kinds: Iterable[BlockKind] = ALL_BLOCK_KINDS,
    text: SearchStrategy[str] | None = None,
    images: int = 0,
) -> SearchStrategy[Block]:
    """Blocks of the given kinds; figures only when ``images`` > 0 credits exist."""
    return _blocks(tuple(kinds), text, images)


_BLOCK_MAKERS: dict[str, Callable[..., SearchStrategy[Any]]] = {
    "paragraph": paragraphs,
    "list": list_blocks,
    "quote": quotes,
    "pre": preformatted,
    "table": tables,
}


@_cached
def _blocks(
    kinds: tuple[BlockKind, ...], text: SearchStrategy[str] | None, images: int
) -> SearchStrategy[Block]:
    options: list[SearchStrategy[Block]] = []
    for kind in kinds:
        if kind == "figure":
            if images > 0:
                options.append(figures(images))
        elif kind in _BLOCK_MAKERS:
            options.append(_BLOCK_MAKERS[kind](text=text))
        else:
            raise InvalidArgumentError(
                f"unknown block kind {kind!r}; known: {', '.join(ALL_BLOCK_KINDS)}"
            )
    if not options:
        raise InvalidArgumentError("blocks(): no block kind can be generated")
    return st.one_of(options)


@st.composite
def _section(
    draw: st.DrawFn,
    kinds: tuple[BlockKind, ...],
    text: SearchStrategy[str],
    images: int,
    max_blocks: int,
    lead: bool | None,
) -> Section:
    is_lead = draw(st.booleans()) if lead is None else lead
    usable = tuple(k for k in kinds if k != "figure" or images > 0)
    body: tuple[Block, ...] = ()
    if usable:
        body = tuple(
            draw(st.lists(blocks(kinds=usable, text=text, images=images), max_size=max_blocks))
        )
    if is_lead:
        return Section(blocks=body)
    return Section(heading=draw(text), level=draw(st.integers(1, 6)), blocks=body)


def sections(
    *,
    kinds: Iterable[BlockKind] = ALL_BLOCK_KINDS,
    text: SearchStrategy[str] | None = None,
    images: int = 0,
    max_blocks: int = 4,
    lead: bool | None = None,
) -> SearchStrategy[Section]:
    """Sections: a lead (no heading, level 0) or a heading of level 1-6, with blocks.

    ``lead=True``/``False`` forces one or the other; figures point below ``images``.
    """
    return _sections(tuple(kinds), text if text is not None else texts(), images, max_blocks, lead)


_sections = _cached(_section)


def _draw_span(draw: st.DrawFn, source: str, max_len: int = 30) -> tuple[int, int]:
    if not source:
        return 0, 0
    start = draw(st.integers(0, len(source) - 1))
    end = draw(st.integers(start + 1, min(len(source), start + max_len)))
    return start, end


def _draw_mention(
    draw: st.DrawFn, source: str | None, section: int | None, block: int | None
) -> Mention:
    src = draw(texts(min_size=1)) if source is None else source
    start, end = _draw_span(draw, src)
    return Mention(
        start=start,
        end=end,
        text=src[start:end],
        section=section,
        block=block,
        metonym=draw(st.booleans()),
    )


@st.composite
def _mention(
    draw: st.DrawFn, source: str | None, section: int | None, block: int | None
) -> Mention:
    return _draw_mention(draw, source, section, block)


def mentions(
    source: str | None = None, *, section: int | None = None, block: int | None = None
) -> SearchStrategy[Mention]:
    """Mentions whose span lies in ``source`` (a generated string when None), ``text`` its slice.

    ``section``/``block`` are stored as given: pass the indexes of the block (or
    ``block=None`` for a heading) that ``source`` is the text of.
    """
    return _mention(source, section, block)


def _draw_evidence(
    draw: st.DrawFn, source: str | None, section: int | None, block: int | None
) -> Evidence:
    src = draw(texts(min_size=1)) if source is None else source
    start, end = _draw_span(draw, src, max_len=200)
    return Evidence(section=section, block=block, start=start, end=end, text=src[start:end])


@st.composite
def _evidence(
    draw: st.DrawFn, source: str | None, section: int | None, block: int | None
) -> Evidence:
    return _draw_evidence(draw, source, section, block)


def evidence(
    source: str | None = None, *, section: int | None = 0, block: int | None = 0
) -> SearchStrategy[Evidence]:
    """Evidence spans in ``source`` (a generated string when None), ``text`` the sentence.

    ``section``/``block`` are stored as given, as for :func:`mentions` (``block=None``
    for a heading).
    """
    return _evidence(source, section, block)


@_cached
def actor_ids() -> SearchStrategy[str]:
    """Actor ids in the library's style (``kind:slug``) and arbitrary strings."""
    return st.one_of(
        st.builds(
            lambda k, w: f"{k.value}:{w}", st.sampled_from(ActorKind), words(ascii_only=True)
        ),
        texts(min_size=1, max_size=15),
    )


_ISO3 = st.one_of(st.none(), st.from_regex(r"[A-Z]{3}", fullmatch=True))
_ACTOR_CODE = st.one_of(st.none(), st.from_regex(r"(?:[A-Z]{3}){1,3}", fullmatch=True))
_EVENT_ID = st.from_regex(r"e[0-9]{1,3}", fullmatch=True)
_EVENT_CODE = st.from_regex(r"[0-9]{2,4}", fullmatch=True)
_PLOVER_TYPE = st.one_of(st.none(), st.sampled_from(("CONSULT", "AID", "DEMAND", "ASSAULT")))
_PLOVER_MODE = st.one_of(st.none(), st.sampled_from(("visit", "call", "air", "ground")))


def _draw_actor(
    draw: st.DrawFn, secs: Sequence[Section], id_: str | None, text: SearchStrategy[str]
) -> Actor:
    places = list(span_sources(secs))
    ms: list[Mention] = []
    if places:
        for t in draw(st.lists(st.sampled_from(places), max_size=4)):
            ms.append(_draw_mention(draw, t.text, t.section, t.block))
    return Actor(
        id=draw(actor_ids()) if id_ is None else id_,
        name=draw(text),
        kind=draw(st.sampled_from(ActorKind)),
        aliases=tuple(draw(st.lists(text, max_size=3))),
        country=draw(_ISO3),
        role=draw(_opt(text)),
        code=draw(_ACTOR_CODE),
        mentions=tuple(ms),
    )


_actor = st.composite(_draw_actor)


def actors(
    *,
    sections: Sequence[Section] = (),
    id: str | None = None,
    text: SearchStrategy[str] | None = None,
) -> SearchStrategy[Actor]:
    """Actors whose mentions point into ``sections`` (no mentions when there are none).

    ``id`` fixes the actor id; otherwise one is drawn from :func:`actor_ids`.
    """
    return _actor(tuple(sections), id, text if text is not None else texts(min_size=1, max_size=30))


def _draw_event(
    draw: st.DrawFn,
    ids: Sequence[str],
    secs: Sequence[Section],
    id_: str | None,
    text: SearchStrategy[str],
) -> Event:
    refs = st.lists(st.sampled_from(ids), max_size=3, unique=True) if ids else st.just([])
    places = list(span_sources(secs))
    ev: list[Evidence] = []
    if places:
        for t in draw(st.lists(st.sampled_from(places), max_size=3)):
            ev.append(_draw_evidence(draw, t.text, t.section, t.block))
    return Event(
        id=draw(_EVENT_ID) if id_ is None else id_,
        code=draw(_EVENT_CODE),
        label=draw(text),
        plover_type=draw(_PLOVER_TYPE),
        plover_mode=draw(_PLOVER_MODE),
        sources=tuple(draw(refs)),
        targets=tuple(draw(refs)),
        date=draw(st.one_of(st.none(), fuzzy_dates(text=text))),
        location=draw(st.one_of(st.none(), st.sampled_from(ids))) if ids else None,
        trigger=draw(text),
        modality=draw(st.sampled_from(Modality)),
        evidence=tuple(ev),
    )


_event = st.composite(_draw_event)


def events(
    *,
    actor_ids: Sequence[str] = (),
    sections: Sequence[Section] = (),
    id: str | None = None,
    text: SearchStrategy[str] | None = None,
) -> SearchStrategy[Event]:
    """Events whose sources, targets and location are among ``actor_ids``.

    Evidence spans point into the non-empty blocks and headings of ``sections`` (none when
    there are none).
    """
    return _event(
        tuple(actor_ids),
        tuple(sections),
        id,
        text if text is not None else texts(min_size=1, max_size=30),
    )


@attrs.frozen
class _ArticleOptions:
    text: SearchStrategy[str]
    kinds: tuple[BlockKind, ...]
    max_sections: int
    max_blocks: int
    lead: bool | None
    metadata: bool
    with_authors: bool
    with_dates: bool
    aware: bool | None
    with_media: bool
    with_related: bool
    with_actors: bool
    with_events: bool
    with_provenance: bool
    with_warnings: bool


def _maybe(draw: st.DrawFn, on: bool, strategy: SearchStrategy[str]) -> str | None:
    return draw(_opt(strategy)) if on else None


def _many(draw: st.DrawFn, on: bool, strategy: SearchStrategy[object], n: int) -> list[object]:
    return draw(st.lists(strategy, max_size=n)) if on else []


@st.composite
def _article(draw: st.DrawFn, o: _ArticleOptions) -> Article:
    t = o.text
    credits = tuple(draw(st.lists(image_credits(text=t), max_size=3))) if o.with_media else ()
    secs: list[Section] = []
    for i in range(draw(st.integers(0, o.max_sections))):
        lead = o.lead if i == 0 else False
        secs.append(draw(_sections(o.kinds, t, len(credits), o.max_blocks, lead)))
    people: list[Actor] = []
    if o.with_actors:
        ids = draw(st.lists(actor_ids(), max_size=4, unique=True))
        people = [_draw_actor(draw, secs, i, t) for i in ids]
    evs: list[Event] = []
    if o.with_events:
        n = draw(st.integers(0, 3))
        pool = [a.id for a in people]
        evs = [_draw_event(draw, pool, secs, f"e{k + 1}", t) for k in range(n)]
    return Article(
        title=draw(t),
        subtitle=_maybe(draw, o.metadata, t),
        url=_maybe(draw, o.metadata, urls()),
        canonical_url=_maybe(draw, o.metadata, urls()),
        site_name=_maybe(draw, o.metadata, t),
        language=_maybe(draw, o.metadata, language_tags()),
        authors=tuple(draw(st.lists(authors(text=t), max_size=3))) if o.with_authors else (),
        published=draw(st.one_of(st.none(), datetimes(aware=o.aware))) if o.with_dates else None,
        modified=draw(st.one_of(st.none(), datetimes(aware=o.aware))) if o.with_dates else None,
        dateline=draw(st.one_of(st.none(), datelines(text=t))) if o.metadata else None,
        categories=tuple(_many(draw, o.metadata, t, 3)),
        tags=tuple(_many(draw, o.metadata, t, 4)),
        summary=_maybe(draw, o.metadata, t),
        image=draw(st.one_of(st.none(), image_credits(text=t))) if o.with_media else None,
        sections=tuple(secs),
        image_credits=credits,
        related_links=tuple(_many(draw, o.with_related, related_links(text=t), 3)),
        actors=tuple(people),
        events=tuple(evs),
        provenance=tuple(_many(draw, o.with_provenance, field_sources(), 3)),
        warnings=tuple(_many(draw, o.with_warnings, texts(min_size=1, max_size=40), 2)),
    )


def articles(
    *,
    text: SearchStrategy[str] | None = None,
    block_kinds: Iterable[BlockKind] = ALL_BLOCK_KINDS,
    max_sections: int = 3,
    max_blocks: int = 3,
    lead: bool | None = None,
    with_metadata: bool = True,
    with_authors: bool = True,
    with_dates: bool = True,
    aware: bool | None = None,
    with_media: bool = True,
    with_related: bool = True,
    with_actors: bool = True,
    with_events: bool = True,
    with_provenance: bool = True,
    with_warnings: bool = True,
) -> SearchStrategy[Article]:
    """Valid, consistent Articles.

    ``text`` generates every prose string (title, headings, block texts, names,
    captions ...; default :func:`texts`, with tricky unicode). ``block_kinds``
    limits the blocks (figures also need ``with_media``). ``lead`` forces the
    first section to be (or not be) a heading-less lead. ``with_metadata``
    covers subtitle, URLs, site name, language, dateline, categories, tags and
    summary; ``with_media`` the lead image, image credits and figures;
    ``with_dates`` published/modified (``aware`` as in :func:`datetimes`).
    Turning a ``with_*`` option off leaves those fields at their defaults.
    """
    kinds = tuple(block_kinds)
    if not with_media:
        kinds = tuple(k for k in kinds if k != "figure")
    return _article(
        _ArticleOptions(
            text=text if text is not None else texts(),
            kinds=kinds,
            max_sections=max_sections,
            max_blocks=max_blocks,
            lead=lead,
            metadata=with_metadata,
            with_authors=with_authors,
            with_dates=with_dates,
            aware=aware,
            with_media=with_media,
            with_related=with_related,
            with_actors=with_actors,
            with_events=with_events,
            with_provenance=with_provenance,
            with_warnings=with_warnings,
        )
    )
