"""The public entry points: parse, annotate, write and read back."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .annotators.actors import find_actors as _find_actors
from .annotators.events import find_events as _find_events
from .errors import InvalidArgumentTypeError
from .instance import get_default
from .limits import DEFAULT_LIMITS, Limits
from .models import Actor, Article, Event
from .parsers.html import parse_html as _parse_html
from .parsers.text import parse_text as _parse_text
from .pipeline import Pipeline, as_reference_date, default_pipeline
from .serializers import dumps as _dumps
from .serializers import loads as _loads
from .serializers import readable_formats as _readable_formats

__all__ = ["dumps", "find_actors", "find_events", "loads", "parse_html", "parse_text"]


def _pipeline(
    annotate: bool,
    pipeline: Pipeline | None,
    reference_date: dt.date | str | None,
    limits: Limits | None = None,
) -> Pipeline | None:
    if not annotate:
        return None
    if pipeline is not None:
        return pipeline
    return default_pipeline(reference_date=reference_date, limits=limits)


def parse_html(
    source: str | bytes,
    *,
    url: str | None = None,
    annotate: bool = True,
    reference_date: dt.date | str | None = None,
    pipeline: Pipeline | None = None,
    limits: Limits | None = None,
) -> Article:
    """Parse a web page into an Article, with actors and events unless ``annotate=False``.

    ``source`` may be bytes (the charset is detected) or str. ``url`` is the
    page's address, used for relative links and URL dates. ``reference_date``
    (a date, or an ISO date string such as ``"2020-01-01"``) resolves relative
    dates in pages that state no date of their own; any other value raises
    TypeError or ValueError before anything is parsed. Nothing is fetched: to
    read a page by its URL, see :func:`geoarticle.fetch.parse_url`.
    Raises :class:`~geoarticle.errors.ParseError` when the input holds no document,
    and :class:`~geoarticle.errors.TimeLimitExceededError` when the time budget
    (``limits.max_seconds``) runs out while the page is parsed; once it is parsed,
    an annotator stopped by the budget leaves a warning and the article comes back.
    """
    reference_date = as_reference_date(reference_date)
    with (limits or DEFAULT_LIMITS).deadline():
        article = _parse_html(source, url=url, limits=limits)
        steps = _pipeline(annotate, pipeline, reference_date, limits)
        if steps is None:
            return article
        return steps(article)


def parse_text(
    text: str,
    *,
    annotate: bool = True,
    reference_date: dt.date | str | None = None,
    pipeline: Pipeline | None = None,
    limits: Limits | None = None,
) -> Article:
    """Parse a plain-text dump of an article page, with actors and events unless ``annotate=False``.

    ``text`` must be a str: bytes raise TypeError (decode them first, or use
    ``loads(data, "text")``, which decodes UTF-8). ``reference_date`` is as for
    :func:`parse_html`.
    Raises :class:`~geoarticle.errors.ParseError` on empty or binary input, and
    :class:`~geoarticle.errors.TimeLimitExceededError` when the time budget
    (``limits.max_seconds``) runs out while the text is parsed; once it is parsed,
    an annotator stopped by the budget leaves a warning and the article comes back.
    """
    if not isinstance(text, str):
        hint = (
            " (decode the bytes first, e.g. data.decode('utf-8'))"
            if isinstance(text, (bytes, bytearray, memoryview))
            else ""
        )
        raise InvalidArgumentTypeError(f"parse_text expects str, got {type(text).__name__}{hint}")
    reference_date = as_reference_date(reference_date)
    with (limits or DEFAULT_LIMITS).deadline():
        article = _parse_text(text, limits=limits)
        steps = _pipeline(annotate, pipeline, reference_date, limits)
        if steps is None:
            return article
        return steps(article)


def find_actors(text: str) -> tuple[Actor, ...]:
    """Every actor named in ``text``, with mention offsets into ``text``."""
    return _find_actors(text)


def find_events(
    article: Article, *, reference_date: dt.date | str | None = None
) -> tuple[Event, ...]:
    """Events stated in ``article`` (which must carry its actors), e.g. for articles built by hand.

    ``reference_date`` is as for :func:`parse_html`."""
    return _find_events(article, reference_date=as_reference_date(reference_date))


def dumps(article: Article, format: str = "json", **options: Any) -> str:
    """Write ``article`` in a registered format (see :func:`geoarticle.formats`).

    Raises :class:`~geoarticle.errors.UnknownFormatError` for a format not
    registered, and :class:`~geoarticle.errors.SerializationError` when writing
    fails (the format's writer or one of its render rules raised, or gave no str).
    """
    get_default()  # plugins found by entry point register their formats on first use
    return _dumps(article, format, **options)


def loads(data: str | bytes, format: str = "json", **options: Any) -> Article:
    """Read an article back from a registered format that has a reader.

    Built in: ``json`` (lossless), ``text`` and ``html``; ``text`` and ``html`` are
    parsed as by :func:`parse_text` and :func:`parse_html` (options such as
    ``annotate`` are passed on). A format registered with a ``reader`` (see
    :class:`geoarticle.serializers.Format`) is read back by it. Raises
    :class:`~geoarticle.errors.UnknownFormatError`, listing the readable formats,
    for any other format.
    """
    get_default()
    return _loads(data, format, **options)


def _read_html(data: str | bytes, **options: Any) -> Article:
    """The reader of the ``html`` format: :func:`parse_html`."""
    return parse_html(data, **options)


def _read_text(data: str | bytes, **options: Any) -> Article:
    """The reader of the ``text`` format: :func:`parse_text`, bytes decoded by the input
    stage exactly as :func:`geoarticle.parse` decodes them (BOM, UTF-16, UTF-8, else
    cp1252 with a warning)."""
    from .sources import read_text  # sources builds on this module: import when used

    return read_text(data, **options)


def __getattr__(name: str) -> Any:
    """``READABLE_FORMATS``: the formats ``loads`` can read back, computed when asked."""
    if name == "READABLE_FORMATS":
        return _readable_formats()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
