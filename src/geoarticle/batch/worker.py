"""The per-record function every engine runs: a Record in, a Result out.

:func:`process_partition` is the unit of distribution: the local engine sends
it chunks of records, the Dask engine maps it over bag partitions, and Spark
users can hand it to ``RDD.mapPartitions`` (see ``docs/batch.md``). It never
raises for a bad record: every failure becomes an error :class:`Result`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Literal

import attrs
from dateutil.parser import isoparse

from .._registry import Registry
from ..fetch import fetch
from ..instance import GeoArticle, get_default
from ..limits import DEFAULT_LIMITS, Limits, check_deadline
from ..models import Article, FieldSource
from ..pipeline import Pipeline, PipelineSpec
from ..serializers import Format
from ..sources import parse
from ..types import Annotator
from ._io import read_bounded
from ._records import ErrorInfo, Record, Result

__all__ = ["Options", "as_spec", "output_kind", "process_partition", "process_record", "warm_up"]

OutputKind = Literal["json", "jsonl", "text"]


def as_spec(
    value: Pipeline | PipelineSpec | str | Iterable[str | Annotator] | None,
) -> PipelineSpec | None:
    """A ``pipeline`` option as a picklable spec (None: the instance's default pipeline)."""
    return None if value is None else PipelineSpec.of(value)


def as_strings(value: Iterable[str]) -> tuple[str, ...]:
    """Strings as a tuple; one string is one item, not its characters."""
    return (value,) if isinstance(value, str) else tuple(value)


@attrs.frozen(kw_only=True)
class Options:
    """What to do with each record; small and picklable, sent along with the work.

    Every worker (a local process, a Dask worker, the calling process) builds the
    same pipeline from these: the default instance (:func:`geoarticle.get_default`)
    with ``plugins`` applied to a copy of it, and ``pipeline`` built from that
    instance's annotator registry.
    """

    #: Output format (see :func:`geoarticle.formats`).
    format: str = "json"
    #: Run a pipeline (``pipeline``, else the instance's default: actors, geocode, events).
    annotate: bool = True
    #: Resolves relative dates in articles that state no date of their own.
    reference_date: dt.date | None = None
    #: Force ``"html"`` or ``"text"`` for inputs whose container does not say.
    kind: Literal["auto", "html", "text"] = "auto"
    limits: Limits = DEFAULT_LIMITS
    #: The steps to run: a :class:`~geoarticle.pipeline.PipelineSpec` (a Pipeline, step
    #: names or ``"actors,events"`` are turned into one); None for the default pipeline.
    pipeline: PipelineSpec | None = attrs.field(default=None, converter=as_spec)
    #: Plugins (``"module:function"``) applied to the worker's instance.
    plugins: tuple[str, ...] = attrs.field(default=(), converter=as_strings)

    def instance(self) -> GeoArticle:
        """The instance records are parsed and written with."""
        return get_default().with_plugins(self.plugins)

    def build_pipeline(self, instance: GeoArticle | None = None) -> Pipeline | None:
        """The pipeline to run (None when ``annotate`` is off); shared while the
        instance's registry is unchanged."""
        if not self.annotate:
            return None
        ga = instance if instance is not None else self.instance()
        return ga.pipeline(
            steps=self.pipeline, reference_date=self.reference_date, limits=self.limits
        )


def output_kind(format: str, formats: Registry[Format] | None = None) -> OutputKind:
    """How a format's text embeds in a JSON line, judged from its media type.

    ``formats`` is the registry to look it up in (default: the default instance's).
    """
    fmt = (formats if formats is not None else get_default().formats).get(format)
    media = fmt.media_type.lower()
    if any(tag in media for tag in ("ndjson", "jsonl", "json-seq")) or format.endswith("jsonl"):
        return "jsonl"
    if media.endswith(("/json", "+json")):
        return "json"
    return "text"


def warm_up(options: Options) -> None:
    """Apply the plugins and build the pipeline now (once per worker process)."""
    instance = options.instance()
    output_kind(options.format, instance.formats)
    options.build_pipeline(instance)


def process_partition(records: Iterable[Record], options: Options | None = None) -> list[Result]:
    """Every record of a partition, processed in order."""
    opts = options if options is not None else Options()
    return [process_record(record, opts) for record in records]


def process_record(record: Record, options: Options) -> Result:
    """Parse and write one record; any failure becomes an error result.

    The record runs under a deadline of ``options.limits.max_seconds``: the parsers'
    checks end it with a ``TimeLimitExceededError`` result once the budget is spent.
    """
    if record.error is not None:
        return Result(source=record.source, format=options.format, error=record.error)
    try:
        with options.limits.deadline():
            instance = options.instance()
            article = _parse(record, options, instance)
            kind = output_kind(options.format, instance.formats)
            output = _render(article, options.format, kind, instance)
    except Exception as exc:  # a batch records every failure, whatever it is
        return Result(
            source=record.source, format=options.format, error=ErrorInfo.from_exception(exc)
        )
    return Result(source=record.source, format=options.format, output=output, output_kind=kind)


def _parse(record: Record, options: Options, instance: GeoArticle) -> Article:
    data = record.data
    url = record.url
    kind = record.kind if record.kind != "auto" else options.kind
    if record.source.kind == "url" and data is None and url is not None:
        # the fetch counts against the record's time budget (its timeout is cut to fit)
        page = fetch(url, limits=options.limits)
        data, url = page.source(), page.url
        if kind == "auto":
            kind = page.kind
    elif data is None:
        data = read_bounded(record.source.path, options.limits.max_input_bytes)
    name = record.source.path if record.source.kind == "file" else None
    article = parse(data, url=url, kind=kind, name=name, annotate=False, limits=options.limits)
    if record.published is not None:
        article = _with_published(article, record.published)
    pipeline = options.build_pipeline(instance)
    if pipeline is not None:
        check_deadline("batch record, before annotation")
        article = pipeline(article)
    return article


def _with_published(article: Article, value: str) -> Article:
    """Fill ``published`` from the input's own field when the page gave none."""
    if article.published is not None:
        return article
    try:
        published = isoparse(value)
    except (ValueError, OverflowError):
        return attrs.evolve(
            article,
            warnings=(*article.warnings, f"input field published={value!r} is not an ISO date"),
        )
    return attrs.evolve(
        article,
        published=published,
        provenance=(*article.provenance, FieldSource(field="published", source="input")),
    )


def _render(article: Article, format: str, kind: OutputKind, instance: GeoArticle) -> str:
    if format == "json":
        return instance.dumps(article, "json", indent=None)
    text = instance.dumps(article, format)
    if kind == "json" and "\n" in text.strip():
        text = json.dumps(json.loads(text), ensure_ascii=False)
    return text.strip() if kind == "json" else text
