"""``geoarticle batch``: many inputs to one JSON line per record, in parallel, resumable."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

import attrs

from ..errors import GeoArticleError, UnknownFormatError

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


def _seconds(value: str) -> float:
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
        help="parse many inputs (files, folders, JSONL, WARC) into JSONL",
        description=(
            "Parse every record of the inputs and write one JSON line per record: "
            '{"source": ..., "format": ..., "output": ...} or {"source": ..., "error": ...}. '
            "Folders are read recursively; .gz inputs are decompressed."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, .jsonl or .warc (.gz)")
    p.add_argument("-o", "--output", required=True, help="output JSONL file, or - for stdout")
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
        type=_seconds,
        metavar="SECONDS",
        help="time budget per record (default 10); with 2+ workers, a worker still busy "
        "past it (plus a grace) is replaced and the record written as an error",
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
    (``--on-error raise``, or the output could not be written; resumable); 2: bad
    options, an output taken by another run or already there, a run that cannot be
    resumed; 3: the run completed, but input was lost (truncated or corrupt input,
    records over their time budget or whose worker died; each has an error line).
    """
    from ..batch import (
        OutputError,
        OutputWriteError,
        RecordFailedError,
        ResumeError,
        run_to_file,
    )
    from ..limits import DEFAULT_LIMITS

    progress = sys.stderr if sys.stderr.isatty() and not args.no_progress else None
    limits = DEFAULT_LIMITS
    if args.timeout is not None:
        limits = attrs.evolve(limits, max_seconds=args.timeout)
    try:
        summary = run_to_file(
            args.inputs,
            args.output,
            resume=args.resume,
            overwrite=args.overwrite,
            limits=limits,
            progress=progress,
            format=args.format,
            annotate=not args.no_annotate,
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
