"""Running a batch: inputs to results (:func:`run`), or to a resumable JSONL file (:func:`run_to_file`)."""

from __future__ import annotations

import itertools
import logging
import os
import pickle
import sys
import time
from collections.abc import Generator, Iterable, Iterator
from typing import Any, TextIO

import attrs

from ..errors import InvalidArgumentError, PipelineConfigError, RecordFailedError
from ..fetch import require_httpx
from ..pipeline import PipelineSpec
from ._records import LOST_ERRORS, Record, Result
from .engines import Engine, make_engine
from .engines.local import LocalEngine
from .journal import DoneSet, OutputSink
from .options import OnError, RunOptions, resolve
from .progress import Progress, format_duration
from .readers import ReadStats, count_records, input_type, iter_records
from .worker import Options

__all__ = [
    "BatchRun",
    "OnError",
    "RecordFailedError",
    "RunOptions",
    "Summary",
    "run",
    "run_to_file",
]

logger = logging.getLogger("geoarticle.batch")

Inputs = Iterable[str | os.PathLike[str]]


@attrs.define
class Summary:
    """What a run did: every record read is counted as ok, error or skipped."""

    ok: int = 0
    errors: int = 0
    skipped: int = 0
    #: Container entries that are not article inputs (e.g. non-HTML WARC responses), by reason.
    ignored: dict[str, int] = attrs.field(factory=dict)
    #: Records already in the output when a run was resumed.
    previous: int = 0
    elapsed: float = 0.0
    #: Failed records (counted in ``errors`` or ``skipped`` too) whose input was lost rather
    #: than found wanting: truncated or corrupt containers, records over their time budget,
    #: records whose worker died; on resume, with those of the runs before. The command
    #: line exits 3 when there are any.
    lost: int = 0

    @property
    def records(self) -> int:
        """Records processed by this run."""
        return self.ok + self.errors + self.skipped

    def line(self) -> str:
        """One human line, e.g. for the end of the CLI run."""
        rate = self.records / self.elapsed if self.elapsed > 0 else 0.0
        text = (
            f"{self.records:,} records in {format_duration(self.elapsed)} ({rate:,.1f}/s): "
            f"{self.ok:,} ok, {self.errors:,} errors, {self.skipped:,} skipped"
        )
        for reason, n in sorted(self.ignored.items()):
            text += f"; {n:,} ignored ({reason})"
        if self.previous:
            text += f"; {self.previous:,} done before resuming"
        if self.lost:
            text += (
                f"; {self.lost:,} lost (truncated or corrupt input, over time budget, worker died)"
            )
        return text


@attrs.frozen(kw_only=True)
class _Plan:
    options: Options
    engine: Engine
    include: tuple[str, ...]
    ordered: bool
    chunk_size: int
    on_error: OnError


def _plan(run: RunOptions) -> _Plan:
    """Check what can be checked before any record is read, and choose the engine.

    The format and the pipeline are looked up in the instance the workers will use
    (the default one with ``run.plugins`` applied): UnknownFormatError or
    PipelineConfigError now, not once per record.
    """
    options = run.worker
    if run.pipeline is not None and not run.annotate:
        raise InvalidArgumentError("a pipeline was given with annotate=False")
    instance = options.instance()
    instance.formats.get(run.format)
    options.build_pipeline(instance)
    eng = (
        make_engine(run.engine, workers=run.workers, scheduler=run.scheduler)
        if isinstance(run.engine, str)
        else run.engine
    )
    if run.pipeline is not None and not _in_process(eng):
        _check_pickles(run.pipeline)
    return _Plan(
        options=options, engine=eng, include=run.include, ordered=run.ordered,
        chunk_size=run.chunk_size, on_error=run.on_error,
    )  # fmt: skip


def _in_process(engine: Engine) -> bool:
    return isinstance(engine, LocalEngine) and engine.workers == 1


def _check_pickles(spec: PipelineSpec) -> None:
    """PipelineConfigError now when a step cannot travel to the workers."""
    for step in spec.steps:
        if isinstance(step, str):
            continue
        try:
            pickle.dumps(step)
        except Exception as exc:
            raise PipelineConfigError(
                f"step {step.name!r} cannot be sent to the workers ({type(exc).__name__}: "
                f"{exc}); register its factory in a plugin and name it, or use workers=1"
            ) from exc


def _check_inputs(inputs: list[str | os.PathLike[str]]) -> None:
    """MissingDependencyError now, not once per URL, when a ``.urls`` input needs httpx."""
    for item in inputs:
        path = os.fspath(item)
        if input_type(path) == "url" and not os.path.isdir(path):
            require_httpx()
            return


def _results(
    inputs: Inputs, plan: _Plan, stats: ReadStats, done: DoneSet | None
) -> Generator[Result, None, None]:
    records: Iterator[Record] = iter_records(
        inputs, include=plan.include, limits=plan.options.limits, stats=stats
    )
    if done is not None:
        records = (r for r in records if not done.contains(r.source.path, r.source.index))
    chunks = iter(lambda: list(itertools.islice(records, plan.chunk_size)), [])
    for results in plan.engine.map(chunks, plan.options, ordered=plan.ordered):
        yield from results


class BatchRun(Iterator[Result]):
    """The results of :func:`run`, one per record (errors included unless skipped or raised).

    ``summary`` is filled in as results are taken; ``close()`` stops the
    workers early.
    """

    def __init__(self, inputs: Inputs, plan: _Plan) -> None:
        self.summary = Summary()
        self._stats = ReadStats()
        self._plan = plan
        self._start = time.monotonic()
        self._gen = self._iterate(_results(inputs, plan, self._stats, None))

    def _iterate(self, results: Iterator[Result]) -> Generator[Result, None, None]:
        try:
            for result in results:
                if _count(self.summary, result, self._plan.on_error):
                    yield result
        finally:
            self.summary.elapsed = time.monotonic() - self._start
            self.summary.ignored = dict(self._stats.ignored)

    def __next__(self) -> Result:
        return next(self._gen)

    def close(self) -> None:
        """Stop the run and its workers."""
        self._gen.close()


def _count(summary: Summary, result: Result, on_error: OnError) -> bool:
    """Count ``result``; True when it is to be written or yielded."""
    if result.ok:
        summary.ok += 1
        return True
    if result.error is not None and result.error.type in LOST_ERRORS:
        summary.lost += 1
    if on_error == "raise":
        raise RecordFailedError(result)
    if on_error == "skip":
        summary.skipped += 1
        err = result.error
        assert err is not None
        logger.warning("skipped %s: %s: %s", result.source.describe(), err.type, err.message)
        return False
    summary.errors += 1
    return True


def run(inputs: Inputs, options: RunOptions | None = None, **keywords: Any) -> BatchRun:
    """Parse every record of ``inputs`` (files, folders, JSONL, WARC, ``.urls`` lists of
    URLs, each page fetched by the worker) and yield a Result each.

    ``options`` is a :class:`RunOptions`; its fields may also be given (or overridden)
    as keywords: ``run(inputs, format="markdown", workers=2)``. ``format`` is any
    output format; ``pipeline`` the steps to run (names, a Pipeline, or a spec: every
    worker rebuilds it), ``plugins`` applied to each worker's instance first;
    ``workers`` processes (default: one per CPU) or a Dask cluster
    (``engine="dask"``, ``scheduler`` address or a LocalCluster) do the work;
    ``ordered`` keeps input order. Failed records are yielded as error results
    (``on_error="record"``), logged and counted in ``.summary`` (``"skip"``), or stop
    the run with RecordFailedError (``"raise"``). Raises UnknownFormatError for an
    unknown format, step name or engine, PipelineConfigError for steps in an order
    that cannot run, and MissingDependencyError for a ``.urls`` input without httpx,
    at once.
    """
    run_options = resolve(options, keywords, "run")
    inputs = list(inputs)
    _check_inputs(inputs)
    return BatchRun(inputs, _plan(run_options))


def run_to_file(
    inputs: Inputs,
    output: str,
    options: RunOptions | None = None,
    *,
    resume: bool = False,
    overwrite: bool = False,
    progress: TextIO | None = None,
    durable: bool = True,
    **keywords: Any,
) -> Summary:
    """Like :func:`run`, writing one JSON line per record to ``output`` (``-``: stdout).

    With a file, ``output + ".journal"`` records what the output holds, so a
    run killed at any moment continues with ``resume=True``: no record twice,
    none lost (see :mod:`geoarticle.batch.journal`). An output that exists and is
    not empty is continued (``resume``) or replaced (``overwrite``), never silently
    overwritten. ``progress`` is a stream to draw a progress line on (pass a
    terminal). Raises ResumeError when the previous run cannot be continued
    (other output options, a pipeline or plugins included),
    OutputBusyError when another run writes the same output, OutputExistsError,
    OutputWriteError when the output cannot be written (the run stays resumable)
    and RecordFailedError under ``on_error="raise"`` (what was written before
    stays resumable).
    """
    run_options = resolve(options, keywords, "run_to_file")
    limits = run_options.limits
    inputs = list(inputs)
    _check_inputs(inputs)
    plan = _plan(run_options)
    if output == "-":
        if resume:
            raise InvalidArgumentError("resume needs an output file, not standard output")
        sink: OutputSink | None = None
    else:
        sink = OutputSink(
            output,
            header=_header(plan.options),
            resume=resume,
            overwrite=overwrite,
            durable=durable,
        )
    summary = Summary(
        previous=sum(sink.previous.values()) if sink else 0,
        lost=(sink.previous["lost"] + sink.previous["lost-skipped"]) if sink else 0,
    )
    bar = None
    if progress is not None:
        bar = Progress(
            progress,
            count_total=lambda: count_records(inputs, include=plan.include, limits=limits),
            already_done=summary.previous,
        )
    stats = ReadStats()
    start = time.monotonic()
    results = _results(inputs, plan, stats, sink.done if sink else None)
    try:
        for result in results:
            write = _count(summary, result, plan.on_error)
            if sink is not None:
                sink.add(result, write=write)
            elif write:
                sys.stdout.write(result.to_line() + "\n")
            if bar is not None:
                bar.update(ok=result.ok)
    finally:
        results.close()
        if sink is not None:
            sink.close()
        if bar is not None:
            bar.close()
        summary.elapsed = time.monotonic() - start
        summary.ignored = dict(stats.ignored)
    return summary


def _header(options: Options) -> dict[str, object]:
    """The options that shape the output; a resumed run must use the same."""
    return {
        "format": options.format,
        "annotate": options.annotate,
        "reference_date": None
        if options.reference_date is None
        else options.reference_date.isoformat(),
        "kind": options.kind,
        # set only when given, so that journals of runs without them still resume
        **({"pipeline": options.pipeline.describe()} if options.pipeline is not None else {}),
        **({"plugins": list(options.plugins)} if options.plugins else {}),
    }
