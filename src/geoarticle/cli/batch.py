"""``geoarticle batch``: many inputs to one JSON line per record, in parallel, resumable."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import tempfile
from typing import Any

import attrs

from ..errors import (
    GeoArticleError,
    MissingDependencyError,
    PipelineConfigError,
    UnknownFormatError,
)
from ..limits import Limits

logger = logging.getLogger("geoarticle")

__all__ = ["configure", "run"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, not {value!r}")
    return n


def seconds(value: str) -> float:
    """An argparse type: a positive, finite number of seconds."""
    try:
        n = float(value)
    except ValueError:
        n = 0.0
    if not 0 < n < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, not {value!r}")
    return n


def configure(sub: Any) -> None:
    """Add the ``batch`` subcommand."""
    p = sub.add_parser(
        "batch",
        help="parse many inputs (files, folders, JSONL, WARC, lists of URLs) into JSONL",
        description=(
            "Parse every record of the inputs and write one JSON line per record: "
            '{"source": ..., "format": ..., "output": ...} or {"source": ..., "error": ...}. '
            "Folders are read recursively; .gz inputs are decompressed. A file named *.urls "
            "lists pages to fetch, one http(s) URL a line (blank lines and # comments are "
            "passed over; needs the 'fetch' extra); a URL that cannot be fetched becomes an "
            "error line. --tables DIR also writes the articles as four Parquet tables."
        ),
    )
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="file, folder, .jsonl, .warc or .urls (.gz)"
    )
    p.add_argument(
        "-o",
        "--output",
        help="output JSONL file, or - for stdout (may be left out with --tables)",
    )
    p.add_argument(
        "--tables",
        metavar="DIR",
        help="also write the articles, actors, mentions and events tables as Parquet files "
        "into DIR (needs the 'parquet' extra and the json format)",
    )
    p.add_argument(
        "-f", "--format", default="json", help="output format (see `geoarticle formats`)"
    )
    p.add_argument("--workers", type=_positive, help="worker processes (default: one per CPU)")
    p.add_argument("--engine", choices=("local", "dask"), default="local", help="where to run")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler (default: LocalCluster)")
    p.add_argument("--resume", action="store_true", help="continue an interrupted run into -o")
    p.add_argument(
        "--overwrite", action="store_true", help="replace an existing -o file (default: refuse)"
    )
    p.add_argument(
        "--timeout",
        type=seconds,
        metavar="SECONDS",
        help="time budget per record (default 10), fetching a URL included; with 2+ workers, "
        "a worker still busy past it (plus a grace) is replaced and the record written as "
        "an error",
    )
    p.add_argument(
        "--on-error",
        choices=("record", "skip", "raise"),
        default="record",
        help="failed records: write an error line (default), log and count, or stop",
    )
    p.add_argument("--ordered", action="store_true", help="write lines in input order")
    p.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="files to take from folders (repeatable; default: html, txt, jsonl, warc and .gz)",
    )
    p.add_argument("--kind", choices=("auto", "html", "text"), default="auto", help="input kind")
    p.add_argument("--no-annotate", action="store_true", help="skip actors and events")
    p.add_argument(
        "--pipeline",
        metavar="STEPS",
        help="the annotators to run, by registered name and in order, e.g. 'actors,events' "
        "(default: actors,geocode,events)",
    )
    p.add_argument(
        "--plugin",
        action="append",
        default=[],
        metavar="MODULE:FUNCTION",
        help="a plugin applied to every worker's instance before the run (repeatable); "
        "it may register formats and annotators that --format and --pipeline then name",
    )
    p.add_argument(
        "--reference-date", type=_date, help="date that resolves relative dates (YYYY-MM-DD)"
    )
    p.add_argument("--chunk-size", type=_positive, default=8, help="records per task (default 8)")
    p.add_argument(
        "--no-progress", action="store_true", help="no progress line, even on a terminal"
    )
    p.set_defaults(func=run)


def _say(message: str) -> None:
    print(f"geoarticle batch: {message}", file=sys.stderr)


#: Exit code of a run that completed but lost input (see ``Summary.lost``).
EXIT_LOST = 3


def run(args: argparse.Namespace) -> int:
    """Run the batch.

    0: every record is accounted for and none was lost; 1: stopped before the end
    (``--on-error raise``, or the output could not be written; resumable), or the
    tables could not be written; 2: bad options, an input that does not exist, a
    missing extra, an output taken by another run or already there, a run that
    cannot be resumed; 3: the run completed, but input was lost (truncated or corrupt
    input, records over their time budget or whose worker died; each has an error line).
    """
    from ..limits import DEFAULT_LIMITS

    problem = _check_args(args)
    if problem:
        _say(f"error: {problem}")
        return 2
    if args.tables is not None:
        from ..batch.tables import require_parquet

        try:
            require_parquet()
        except MissingDependencyError as exc:
            _say(f"error: {exc}")
            return 2
    scratch = None
    output = args.output
    if output is None:  # --tables alone: the JSON lines are only a step on the way
        scratch = tempfile.TemporaryDirectory(prefix="geoarticle-batch-")
        output = os.path.join(scratch.name, "articles.jsonl")
    try:
        code = _run(args, output, DEFAULT_LIMITS)
        if code in (0, EXIT_LOST) and args.tables is not None:
            return _tables(output, args.tables) or code
        return code
    finally:
        if scratch is not None:
            scratch.cleanup()


def _check_args(args: argparse.Namespace) -> str | None:
    """What is wrong with the options or inputs, before any work; None when nothing is."""
    if args.output is None and args.tables is None:
        return "give an output: -o FILE (or - for stdout), --tables DIR, or both"
    if args.tables is not None:
        if args.format != "json":
            return f"--tables reads the articles from the json format, not {args.format!r}"
        if args.output == "-":
            return "--tables needs -o FILE (or no -o), not standard output"
    if args.pipeline is not None and args.no_annotate:
        return "--pipeline names steps to run; --no-annotate runs none: give one of them"
    if args.pipeline is not None and not [n for n in args.pipeline.split(",") if n.strip()]:
        return f"--pipeline: no step names in {args.pipeline!r}"
    for ref in args.plugin:
        problem = _plugin_problem(ref)
        if problem:
            return problem
    missing = [path for path in args.inputs if not os.path.lexists(path)]
    if missing:
        return "no such file or folder: " + ", ".join(missing)
    return None


def _plugin_problem(ref: str) -> str | None:
    """Why the plugin ``ref`` cannot be loaded; None when it can."""
    from ..instance import load_plugin

    try:
        load_plugin(ref)
    except (ImportError, ValueError, TypeError) as exc:
        return f"--plugin {ref}: {exc}"
    return None


def _tables(output: str, directory: str) -> int:
    from ..batch.tables import write_tables

    try:
        paths = write_tables(output, directory)
    except (GeoArticleError, OSError) as exc:
        _say(f"error: tables not written: {exc}")
        return 1
    _say(f"tables written to {directory}: " + ", ".join(p.name for p in paths.values()))
    return 0


def _run(args: argparse.Namespace, output: str, limits: Limits) -> int:
    from ..batch import (
        OutputError,
        OutputWriteError,
        RecordFailedError,
        ResumeError,
        run_to_file,
    )

    progress = sys.stderr if sys.stderr.isatty() and not args.no_progress else None
    if args.timeout is not None:
        limits = attrs.evolve(limits, max_seconds=args.timeout)
    try:
        logger.info(
            "%d input(s) to %s, format %s, engine %s",
            len(args.inputs),
            output if args.output is not None else "tables only",
            args.format,
            args.engine,
        )
        summary = run_to_file(
            args.inputs,
            output,
            resume=args.resume,
            overwrite=args.overwrite,
            limits=limits,
            progress=progress,
            format=args.format,
            annotate=not args.no_annotate,
            pipeline=args.pipeline,
            plugins=tuple(args.plugin),
            reference_date=args.reference_date,
            kind=args.kind,
            include=args.include,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            on_error=args.on_error,
            ordered=args.ordered,
            chunk_size=args.chunk_size,
        )
    except RecordFailedError as exc:
        _say(f"error: {exc}")
        _say("stopped (--on-error raise); what was written can be continued with --resume")
        return 1
    except OutputWriteError as exc:
        _say(f"error: {exc}")
        if exc.records is None:  # the output could not be opened: nothing was done
            return 2
        _say("stopped; what was written can be continued with --resume")
        return 1
    except (
        UnknownFormatError,
        PipelineConfigError,
        MissingDependencyError,
        ResumeError,
        OutputError,
        ModuleNotFoundError,
        ValueError,
        OSError,
    ) as exc:
        _say(f"error: {exc}")
        return 2
    except GeoArticleError as exc:
        _say(f"error: {exc}")
        return 1
    except KeyboardInterrupt:
        _say("interrupted; continue with --resume")
        return 130
    _say(summary.line())
    if summary.lost:
        _say(f"error: {summary.lost:,} record(s) lost; their error lines say why")
        return EXIT_LOST
    return 0
