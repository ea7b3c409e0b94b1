"""One object for everything a batch run is told: :class:`RunOptions`.

:func:`~geoarticle.batch.run` and :func:`~geoarticle.batch.run_to_file` take one
(``run(inputs, RunOptions(format="markdown", workers=2))``), and still accept its
fields as keywords (``run(inputs, format="markdown", workers=2)``), which override
the object's. The per-record part, :class:`~geoarticle.batch.worker.Options`, is what
travels to the workers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from ..errors import InvalidArgumentError, InvalidArgumentTypeError
from ..limits import DEFAULT_LIMITS, Limits
from ..pipeline import PipelineSpec, as_reference_date
from .engines import Engine
from .worker import Options, as_spec, as_strings

__all__ = ["OnError", "RunOptions", "resolve"]

#: What a failed record becomes: an error record, a logged and counted skip, or an exception.
OnError = Literal["record", "skip", "raise"]
_ON_ERROR = ("record", "skip", "raise")


def _on_error(_: object, __: attrs.Attribute[Any], value: str) -> None:
    if value not in _ON_ERROR:
        raise InvalidArgumentError(f"on_error must be one of {', '.join(_ON_ERROR)}, not {value!r}")


def _chunk_size(_: object, __: attrs.Attribute[Any], value: int) -> None:
    if value < 1:
        raise InvalidArgumentError("chunk_size must be at least 1")


@attrs.frozen(kw_only=True)
class RunOptions:
    """How a batch runs: what each record becomes (format, pipeline, plugins, dates,
    kind, limits) and how the work is done (engine, workers, order, chunks, errors).

    ``pipeline`` is a :class:`~geoarticle.Pipeline`, a
    :class:`~geoarticle.pipeline.PipelineSpec`, step names, or ``"actors,events"``;
    it is kept as a picklable spec that every worker rebuilds from its own instance
    (None: the default pipeline). ``plugins`` (``"module:function"``) are applied to
    that instance first, in every worker.
    """

    #: Output format (see :func:`geoarticle.formats`).
    format: str = "json"
    #: Annotate (run the pipeline); False parses only.
    annotate: bool = True
    pipeline: PipelineSpec | None = attrs.field(default=None, converter=as_spec)
    plugins: tuple[str, ...] = attrs.field(default=(), converter=as_strings)
    #: Resolves relative dates in articles that state no date of their own.
    reference_date: dt.date | None = attrs.field(default=None, converter=as_reference_date)
    #: Force ``"html"`` or ``"text"`` for inputs whose container does not say.
    kind: Literal["auto", "html", "text"] = "auto"
    #: Globs of the files to take from folders (default: see ``DEFAULT_INCLUDE``).
    include: tuple[str, ...] = attrs.field(default=(), converter=as_strings)
    #: Worker processes (default: one per CPU); 1 runs in the calling process.
    workers: int | None = None
    #: ``"local"``, ``"dask"``, or an engine object.
    engine: str | Engine = "local"
    #: Dask scheduler address (default: a LocalCluster).
    scheduler: str | None = None
    on_error: OnError = attrs.field(default="record", validator=_on_error)
    #: Yield results in input order.
    ordered: bool = False
    #: Records per task.
    chunk_size: int = attrs.field(default=8, validator=_chunk_size)
    limits: Limits = DEFAULT_LIMITS

    @property
    def worker(self) -> Options:
        """The per-record options sent to the workers."""
        return Options(
            format=self.format,
            annotate=self.annotate,
            reference_date=self.reference_date,
            kind=self.kind,
            limits=self.limits,
            pipeline=self.pipeline,
            plugins=self.plugins,
        )


def resolve(options: RunOptions | None, keywords: Mapping[str, Any], caller: str) -> RunOptions:
    """``options`` (default ``RunOptions()``) with ``keywords`` (its field names) set;
    TypeError names an unknown keyword as a function call would."""
    base = options if options is not None else RunOptions()
    if not isinstance(base, RunOptions):
        raise InvalidArgumentTypeError(
            f"{caller}() options must be a RunOptions, not {type(base).__name__}"
        )
    fields = attrs.fields_dict(RunOptions)
    for name in keywords:
        if name not in fields:
            raise InvalidArgumentTypeError(
                f"{caller}() got an unexpected keyword argument {name!r}"
            )
    return attrs.evolve(base, **keywords) if keywords else base
