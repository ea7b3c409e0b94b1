"""Articles as four tables that join on ids: articles, actors, mentions and events.

:func:`tables` turns parsed articles into plain-Python rows (small frozen attrs
records, no dependency beyond the core); :func:`to_pandas` gives the same tables
as pandas DataFrames with proper dtypes (extra ``pandas``), and
:func:`write_parquet` writes them as Parquet files (extra ``parquet``).

The tables join on ``article_id`` (every table) and ``actor_id`` (actors and
mentions; an event's ``sources``, ``targets`` and ``location`` hold actor ids).
Actor and event ids are unique within their article only, so join on both.

An :class:`~geoarticle.Article` has no id of its own; :func:`article_id` derives a
stable one: ``"a"`` and 16 hex digits of the SHA-256 of its ``url`` (else its
``canonical_url``), or, for an article with neither, of its title, publication
time and body text. The same article always gets the same id, in any process;
two parses of one URL share it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

from .errors import InvalidArgumentTypeError, MissingDependencyError
from .models import Article

if TYPE_CHECKING:  # pragma: no cover - only for the annotations
    import pandas as pd

__all__ = [
    "TABLES",
    "ActorRow",
    "ArticleRow",
    "EventRow",
    "MentionRow",
    "Tables",
    "article_id",
    "tables",
    "to_pandas",
    "write_parquet",
]

#: Column dtypes in pandas, by meaning: see :func:`to_pandas`.
_CATEGORY = "category"
_STRING = "string"
_INT = "Int64"
_FLOAT = "Float64"
_BOOL = "boolean"
_DATETIME = "datetime"
_DATE = "date"
_OBJECT = "object"


def _col(dtype: str, default: Any = None) -> Any:
    return attrs.field(default=default, metadata={"dtype": dtype})


@attrs.frozen(kw_only=True)
class ArticleRow:
    """One row of the ``articles`` table: one article."""

    #: The article's id (:func:`article_id`).
    article_id: str = _col(_STRING)
    url: str | None = _col(_STRING)
    title: str = _col(_STRING, "")
    #: First publication time (timezone-aware when the page gives a zone).
    published: dt.datetime | None = _col(_DATETIME)  # noqa: RUF009 - an attrs field
    #: BCP 47 language tag.
    language: str | None = _col(_CATEGORY)
    #: The publication or site name.
    site: str | None = _col(_CATEGORY)
    #: Words in the body (headings and text blocks).
    word_count: int = _col(_INT, 0)
    #: Number of actors and events found.
    actor_count: int = _col(_INT, 0)
    event_count: int = _col(_INT, 0)


@attrs.frozen(kw_only=True)
class ActorRow:
    """One row of the ``actors`` table: one actor of one article."""

    article_id: str = _col(_STRING)
    #: Unique within the article (``"country:PAK"``, ``"person:hamid-mir"``).
    actor_id: str = _col(_STRING)
    name: str = _col(_STRING, "")
    #: ``person``, ``country``, ``organization``, ``armed_group`` or ``place``.
    kind: str = _col(_CATEGORY, "")
    #: ISO 3166-1 alpha-3 code of its country.
    country: str | None = _col(_CATEGORY)
    #: Role or title the text gives it.
    role: str | None = _col(_STRING)
    #: CAMEO actor code (``"USAGOV"``).
    code: str | None = _col(_CATEGORY)
    #: Other names the text uses for it.
    aliases: tuple[str, ...] = _col(_OBJECT, ())
    #: How many times the text names it.
    mention_count: int = _col(_INT, 0)
    #: Latitude and longitude (WGS84) of a place or a country's capital, when known.
    lat: float | None = _col(_FLOAT)
    lon: float | None = _col(_FLOAT)
    geonames_id: int | None = _col(_INT)


@attrs.frozen(kw_only=True)
class MentionRow:
    """One row of the ``mentions`` table: one span of text naming an actor."""

    article_id: str = _col(_STRING)
    actor_id: str = _col(_STRING)
    #: Index into the article's sections.
    section: int | None = _col(_INT)
    #: Index into the section's blocks; None for a mention in the section heading.
    block: int | None = _col(_INT)
    #: Character offsets into the block's text or the heading
    #: (``text == Article.span_source(mention)[start:end]``).
    start: int = _col(_INT, 0)
    end: int = _col(_INT, 0)
    text: str = _col(_STRING, "")
    #: True where a place name stands for its government ("Washington said").
    metonym: bool = _col(_BOOL, False)
    #: For an unnamed group acting for this actor, its noun ("troops").
    group: str | None = _col(_STRING)


@attrs.frozen(kw_only=True)
class EventRow:
    """One row of the ``events`` table: one coded event."""

    article_id: str = _col(_STRING)
    event_id: str = _col(_STRING)
    #: CAMEO event code, its two-digit root and its label.
    code: str = _col(_CATEGORY, "")
    root: str = _col(_CATEGORY, "")
    label: str = _col(_CATEGORY, "")
    #: PLOVER event type and mode.
    plover_type: str | None = _col(_CATEGORY)
    plover_mode: str | None = _col(_CATEGORY)
    #: Actor ids of who acted and of whom it was done to.
    sources: tuple[str, ...] = _col(_OBJECT, ())
    targets: tuple[str, ...] = _col(_OBJECT, ())
    #: The event's date (the first day of the month or year for those precisions).
    date: dt.date | None = _col(_DATE)  # noqa: RUF009 - an attrs field
    #: ``day``, ``month``, ``year`` or ``unknown``; None when the event has no date.
    date_precision: str | None = _col(_CATEGORY)
    #: The words that gave the date.
    date_text: str | None = _col(_STRING)
    #: True when the date is the article's, not stated for the event.
    date_approx: bool | None = _col(_BOOL)
    #: Actor id of the place where it happened.
    location: str | None = _col(_STRING)
    #: The words that express the event.
    trigger: str = _col(_STRING, "")
    #: ``asserted``, ``reported``, ``negated`` ...
    modality: str = _col(_CATEGORY, "")
    #: Section and block of the first sentence that states it (block None: the heading).
    section: int | None = _col(_INT)
    block: int | None = _col(_INT)
    #: Every sentence that states it: ``{"section", "block", "start", "end"}`` locators
    #: (``block`` None for a heading).
    evidence: tuple[dict[str, int | None], ...] = _col(_OBJECT, ())
    #: The first sentence that states it.
    sentence: str = _col(_STRING, "")


@attrs.frozen(kw_only=True)
class Tables:
    """The four tables, each a tuple of rows; :meth:`as_dicts` gives plain dicts."""

    articles: tuple[ArticleRow, ...] = ()
    actors: tuple[ActorRow, ...] = ()
    mentions: tuple[MentionRow, ...] = ()
    events: tuple[EventRow, ...] = ()

    def as_dicts(self) -> dict[str, list[dict[str, Any]]]:
        """Each table as a list of dicts, by table name (``articles``, ``actors`` ...)."""
        return {
            name: [attrs.asdict(row, recurse=False) for row in getattr(self, name)]
            for name in TABLES
        }


#: The tables in order, with the record class of their rows.
TABLES: Mapping[str, type[Any]] = MappingProxyType(
    {"articles": ArticleRow, "actors": ActorRow, "mentions": MentionRow, "events": EventRow}
)


def article_id(article: Article) -> str:
    """A stable id for ``article``: from its URL, else from its title, date and body.

    ``"a"`` and the first 16 hex digits of a SHA-256: of ``url`` (or
    ``canonical_url``) when there is one, else of the title, the ISO publication
    time and the body text, separated by newlines.
    """
    key = article.url or article.canonical_url
    if key:
        basis = "url\n" + key
    else:
        published = article.published.isoformat() if article.published else ""
        basis = "\n".join(("text", article.title, published, article.body_text))
    return "a" + hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def _as_list(articles: Article | Iterable[Article]) -> list[Article]:
    items = [articles] if isinstance(articles, Article) else list(articles)
    for i, item in enumerate(items):
        if not isinstance(item, Article):
            raise InvalidArgumentTypeError(
                f"articles[{i}]: expected Article, got {type(item).__name__}"
            )
    return items


def tables(articles: Article | Iterable[Article]) -> Tables:
    """Four tables that join on ids, from one article or many (plain Python, no extra).

    ```python
    t = geoarticle.tables([geoarticle.parse_text("Talks\\n\\nKenya and Somalia met.")])
    [a.name for a in t.actors]  # ['Kenya', 'Somalia']
    ```
    """
    out: dict[str, list[Any]] = {name: [] for name in TABLES}
    for article in _as_list(articles):
        aid = article_id(article)
        out["articles"].append(
            ArticleRow(
                article_id=aid,
                url=article.url or article.canonical_url,
                title=article.title,
                published=article.published,
                language=article.language,
                site=article.site_name,
                word_count=article.word_count,
                actor_count=len(article.actors),
                event_count=len(article.events),
            )
        )
        for actor in article.actors:
            out["actors"].append(
                ActorRow(
                    article_id=aid,
                    actor_id=actor.id,
                    name=actor.name,
                    kind=actor.kind.value,
                    country=actor.country,
                    role=actor.role,
                    code=actor.code,
                    aliases=actor.aliases,
                    mention_count=len(actor.mentions),
                    lat=actor.lat,
                    lon=actor.lon,
                    geonames_id=actor.geonames_id,
                )
            )
            out["mentions"].extend(
                MentionRow(
                    article_id=aid,
                    actor_id=actor.id,
                    section=m.section,
                    block=m.block,
                    start=m.start,
                    end=m.end,
                    text=m.text,
                    metonym=m.metonym,
                    group=m.group,
                )
                for m in actor.mentions
            )
        for event in article.events:
            first = event.evidence[0] if event.evidence else None
            date = event.date
            out["events"].append(
                EventRow(
                    article_id=aid,
                    event_id=event.id,
                    code=event.code,
                    root=event.root,
                    label=event.label,
                    plover_type=event.plover_type,
                    plover_mode=event.plover_mode,
                    sources=event.sources,
                    targets=event.targets,
                    date=date.value if date else None,
                    date_precision=date.precision.value if date else None,
                    date_text=date.text if date else None,
                    date_approx=date.approx if date else None,
                    location=event.location,
                    trigger=event.trigger,
                    modality=event.modality.value,
                    section=first.section if first else None,
                    block=first.block if first else None,
                    evidence=tuple(
                        {"section": e.section, "block": e.block, "start": e.start, "end": e.end}
                        for e in event.evidence
                    ),
                    sentence=first.text if first else "",
                )
            )
    return Tables(**{name: tuple(rows) for name, rows in out.items()})


def _require(module: str, extra: str, what: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(module, extra, what) from None


def _frame(pd: Any, rows: Iterable[Any], cls: type[Any]) -> pd.DataFrame:
    fields = attrs.fields(cls)
    data: dict[str, list[Any]] = {f.name: [] for f in fields}
    for row in rows:
        for f in fields:
            value = getattr(row, f.name)
            data[f.name].append(list(value) if isinstance(value, tuple) else value)
    columns: dict[str, Any] = {}
    for f in fields:
        dtype = f.metadata["dtype"]
        values = data[f.name]
        if dtype == _DATETIME:
            # one zone for the column: aware times are converted to UTC, naive ones taken as UTC
            columns[f.name] = pd.to_datetime(
                pd.Series([_utc(v) for v in values], dtype=object), utc=True
            )
        elif dtype == _DATE:
            columns[f.name] = pd.to_datetime(pd.Series(values, dtype=object)).astype(
                "datetime64[ms]"
            )
        elif dtype == _OBJECT:
            columns[f.name] = pd.Series(values, dtype=object)
        elif dtype == _CATEGORY:  # string categories, even when the column is empty or all null
            columns[f.name] = pd.Series(values, dtype=object).astype(_STRING).astype(dtype)
        else:
            columns[f.name] = pd.Series(values, dtype=object).astype(dtype)
    return pd.DataFrame(columns)


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        return value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc)


def to_pandas(articles: Article | Iterable[Article]) -> dict[str, pd.DataFrame]:
    """The four tables as pandas DataFrames, by name: ``articles``, ``actors``, ``mentions``, ``events``.

    Dtypes: ids, names and text are ``string``; codes, kinds, countries, languages,
    sites, labels, precisions and modalities ``category``; counts, offsets and
    GeoNames ids nullable ``Int64``; coordinates ``Float64``; flags ``boolean``;
    ``published`` is ``datetime64[ns, UTC]`` (a time without a zone is taken as
    UTC); an event's ``date`` is ``datetime64[ms]`` (midnight of its first day).
    ``aliases``, ``sources``, ``targets`` and ``evidence`` hold lists. Needs the
    ``pandas`` extra (:class:`~geoarticle.errors.MissingDependencyError` without it).
    """
    pd = _require("pandas", "pandas", "geoarticle.to_pandas")
    t = tables(articles)
    return {name: _frame(pd, getattr(t, name), cls) for name, cls in TABLES.items()}


def write_parquet(
    articles: Article | Iterable[Article], directory: str | os.PathLike[str]
) -> dict[str, Path]:
    """Write the four tables as ``articles.parquet``, ``actors.parquet`` ... into ``directory``.

    The directory is created if needed and files of the same names are replaced.
    The dtypes are those of :func:`to_pandas` (categories become dictionary-encoded
    columns, and pandas reads them back as categories). Returns the paths by table
    name. Needs the ``parquet`` extra (pandas and pyarrow).
    """
    _require("pyarrow", "parquet", "geoarticle.write_parquet")
    _require("pandas", "parquet", "geoarticle.write_parquet")
    frames = to_pandas(articles)
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    paths: dict[str, Path] = {}
    for name, frame in frames.items():
        path = out / f"{name}.parquet"
        frame.to_parquet(path, engine="pyarrow", index=False)
        paths[name] = path
    return paths
