"""A per-record function for fault tests, sent to worker processes by name.

Records whose text holds ``CRASH-WORKER`` kill their worker process on the spot;
``SLEEP-FOREVER`` makes the worker sleep without end (past any time budget);
``SLOW-CHECKED`` runs a loop that checks the deadline, as parsers do. Every other
record is processed as usual.
"""

from __future__ import annotations

import os
import time

from geoarticle.batch import Options, Record, Result, process_record
from geoarticle.limits import check_deadline


def crash_or_hang(record: Record, options: Options) -> Result:
    data = record.data
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else (data or "")
    if "CRASH-WORKER" in text:
        os._exit(7)
    if "SLEEP-FOREVER" in text:
        time.sleep(600)
    if "SLOW-CHECKED" in text:

        def slow(record: Record, options: Options) -> Result:
            while True:
                check_deadline("test loop")
                time.sleep(0.01)

        return _guarded(slow, record, options)
    return process_record(record, options)


def _guarded(func, record: Record, options: Options) -> Result:  # type: ignore[no-untyped-def]
    from geoarticle.batch import ErrorInfo

    with options.limits.deadline():
        try:
            return func(record, options)
        except Exception as exc:
            return Result(
                source=record.source, format=options.format, error=ErrorInfo.from_exception(exc)
            )
