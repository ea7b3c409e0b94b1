"""Batch processing: many inputs (files, folders, JSONL, WARC) to one JSON line per record.

>>> from geoarticle.batch import run
>>> for result in run(["pages/", "export.jsonl.gz"], workers=4):   # doctest: +SKIP
...     print(result.source.describe(), result.ok)

:func:`run` yields typed :class:`Result` objects (its options, one :class:`RunOptions`,
or the same names as keywords); :func:`run_to_file` writes
JSONL with a journal so that an interrupted run resumes where it stopped;
:func:`process_partition` is the per-partition function for Dask bags or
Spark's ``mapPartitions``. ``geoarticle batch`` is the command line over these.
Nothing outside this package imports it.
"""

from __future__ import annotations

from ._records import ErrorInfo, Record, Result, Source
from .engines.local import LocalEngine, WorkerDiedError
from .journal import (
    OutputBusyError,
    OutputError,
    OutputExistsError,
    OutputWriteError,
    ResumeError,
)
from .options import RunOptions
from .readers import DEFAULT_INCLUDE, ReadStats, iter_records
from .runner import BatchRun, OnError, RecordFailedError, Summary, run, run_to_file
from .worker import Options, process_partition, process_record

__all__ = [
    "DEFAULT_INCLUDE",
    "BatchRun",
    "ErrorInfo",
    "LocalEngine",
    "OnError",
    "Options",
    "OutputBusyError",
    "OutputError",
    "OutputExistsError",
    "OutputWriteError",
    "ReadStats",
    "Record",
    "RecordFailedError",
    "Result",
    "ResumeError",
    "RunOptions",
    "Source",
    "Summary",
    "WorkerDiedError",
    "iter_records",
    "process_partition",
    "process_record",
    "run",
    "run_to_file",
]
