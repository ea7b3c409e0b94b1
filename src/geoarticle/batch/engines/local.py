"""The local engine: worker processes (spawn-safe), each record under a time budget.

With ``workers=1`` records are processed in this process: the time budget is then
enforced only by the checks inside the parsers (:func:`geoarticle.limits.check_deadline`).

With more workers, each worker process takes one chunk at a time and reports every
record as it starts and as it ends, so this process always knows which record each
worker is busy with. A worker still busy with one record ``kill_after`` seconds after
it started (the record's ``max_seconds`` plus a grace) is killed, and a worker that
dies (killed by the system for memory, a crash in a C library) is noticed by its
process sentinel; either way the record becomes an error result
(``TimeLimitExceededError`` or ``WorkerDiedError``), the rest of its chunk goes back
to the queue, and a new worker takes the dead one's place. At most ``in_flight``
chunks are read ahead of the results, so memory stays flat.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import multiprocessing
import os
import signal
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from typing import Any

import attrs

from ...errors import (
    TimeLimitExceededError,
    WorkerDiedError,
    WorkerStartError,
)
from .._records import ErrorInfo, Record, Result
from ..worker import Options, process_partition, process_record, warm_up

__all__ = ["LocalEngine", "WorkerDiedError", "default_workers", "kill_after"]

#: The per-record function a worker runs (a module-level function: it is sent by name).
RecordFunction = Callable[[Record, Options], Result]


def default_workers() -> int:
    """The CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def kill_after(limits_seconds: float) -> float:
    """Seconds after which a record's worker is killed: its budget plus a grace.

    The grace (a quarter of the budget, at least half a second) lets the checks
    inside the parsers end an over-budget record with a clean error first.
    """
    return limits_seconds + max(0.5, 0.25 * limits_seconds)


class LocalEngine:
    """``workers`` processes (default: one per CPU); ``workers=1`` runs in this process.

    Each worker loads the default pipeline once (``warm_up``) and then takes
    chunks; at most ``in_flight`` chunks (default ``4 * workers``) are read ahead.
    ``process`` replaces the per-record function (default
    :func:`~geoarticle.batch.worker.process_record`), e.g. to test faults.
    """

    def __init__(
        self,
        workers: int | None = None,
        *,
        in_flight: int | None = None,
        process: RecordFunction | None = None,
    ) -> None:
        self.workers = max(1, workers if workers is not None else default_workers())
        self.in_flight = max(1, in_flight if in_flight is not None else 4 * self.workers)
        self.process = process

    def map(
        self, chunks: Iterator[list[Record]], options: Options, *, ordered: bool
    ) -> Iterator[list[Result]]:
        """Results per chunk (see :class:`~geoarticle.batch.engines.Engine`)."""
        if self.workers == 1:
            warm_up(options)
            for chunk in chunks:
                if self.process is None:
                    yield process_partition(chunk, options)
                else:
                    yield [self.process(record, options) for record in chunk]
            return
        pool = _Pool(self.workers, options, self.process or process_record)
        try:
            yield from pool.run(chunks, ordered=ordered, limit=self.in_flight)
        finally:
            pool.close()


# -- the worker process ----------------------------------------------------------------


def _worker_main(conn: Connection, options: Options, process: RecordFunction) -> None:
    """Take ``(chunk id, first index, records)`` tasks until ``None``; report each record."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C and stops us
    warm_up(options)
    # what the warm-up loaded (pipeline, data tables) lives as long as the worker: keep it
    # out of the cyclic collector's full passes, which would otherwise walk it again and again
    gc.freeze()
    conn.send(("ready",))
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        chunk_id, first, records = task
        for offset, record in enumerate(records):
            conn.send(("start", chunk_id, first + offset))
            result = process(record, options)
            conn.send(("done", chunk_id, first + offset, result))


# -- the pool --------------------------------------------------------------------------

#: Workers that may die before they are ready (import or warm-up failure) before the run stops.
_MAX_STARTUP_DEATHS = 3


@attrs.define
class _Chunk:
    records: list[Record]
    results: list[Result | None]
    left: int


@attrs.define
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    #: its pipe broke: no more work for it
    broken: bool = False
    #: (chunk id, first index, end index) of the task it is on, or None when idle
    task: tuple[int, int, int] | None = None
    #: the record it is on and when it started
    current: int | None = None
    started: float = 0.0


class _Pool:
    def __init__(self, size: int, options: Options, process: RecordFunction) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self._options = options
        self._process = process
        self._kill_after = kill_after(options.limits.max_seconds)
        self._chunks: dict[int, _Chunk] = {}
        #: (chunk id, first index) of work not yet given to a worker, oldest first
        self._queue: collections.deque[tuple[int, int]] = collections.deque()
        self._startup_deaths = 0
        self._workers = [self._spawn() for _ in range(size)]

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(
            target=_worker_main, args=(child, self._options, self._process), daemon=True
        )
        proc.start()
        child.close()
        return _Worker(process=proc, conn=parent)

    def run(
        self, chunks: Iterator[list[Record]], *, ordered: bool, limit: int
    ) -> Iterator[list[Result]]:
        next_id = 0
        next_out = 0
        done: dict[int, list[Result]] = {}
        exhausted = False
        while True:
            # chunks held back for order count too: a slow first chunk stops the reading
            while not exhausted and len(self._chunks) + len(done) < limit:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                if chunk:
                    self._chunks[next_id] = _Chunk(chunk, [None] * len(chunk), len(chunk))
                    self._queue.append((next_id, 0))
                    next_id += 1
            if exhausted and not self._chunks:
                return
            self._dispatch()
            for chunk_id in self._step():
                finished = self._chunks.pop(chunk_id)
                results = [r for r in finished.results if r is not None]
                if ordered:
                    done[chunk_id] = results
                else:
                    yield results
            while ordered and next_out in done:
                yield done.pop(next_out)
                next_out += 1

    def _dispatch(self) -> None:
        for worker in self._workers:
            if not self._queue:
                return
            if worker.ready and worker.task is None and not worker.broken:
                chunk_id, first = self._queue.popleft()
                records = self._chunks[chunk_id].records
                try:
                    worker.conn.send((chunk_id, first, records[first:]))
                except OSError:  # it died since: _step sees its sentinel and replaces it
                    self._queue.appendleft((chunk_id, first))
                    worker.broken = True
                    continue
                worker.task = (chunk_id, first, len(records))

    def _step(self) -> list[int]:
        """Wait for messages, deaths or a timeout; the ids of chunks that are complete."""
        now = time.monotonic()
        deadlines = [
            w.started + self._kill_after - now for w in self._workers if w.current is not None
        ]
        timeout = max(0.0, min(deadlines)) if deadlines else None
        waitables: list[Any] = [w.conn for w in self._workers]
        waitables += [w.process.sentinel for w in self._workers]
        ready = set(wait(waitables, timeout))
        complete: list[int] = []
        for i, worker in enumerate(self._workers):
            if worker.conn in ready or worker.process.sentinel in ready:
                alive = self._drain(worker, complete)
                if not alive or not worker.process.is_alive():
                    self._replace(i, complete, died=True)
                    continue
            if worker.current is not None and time.monotonic() - worker.started > self._kill_after:
                self._replace(i, complete, died=False)
        return complete

    def _drain(self, worker: _Worker, complete: list[int]) -> bool:
        """Read every message waiting; False when the worker's end of the pipe closed."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                kind = message[0]
                if kind == "ready":
                    worker.ready = True
                elif kind == "start":
                    worker.current, worker.started = message[2], time.monotonic()
                elif kind == "done":
                    self._record(message[1], message[2], message[3], complete)
                    worker.current = None
                    assert worker.task is not None
                    if message[2] + 1 >= worker.task[2]:
                        worker.task = None
        except (EOFError, OSError):
            return False
        return True

    def _record(self, chunk_id: int, index: int, result: Result, complete: list[int]) -> None:
        chunk = self._chunks[chunk_id]
        if chunk.results[index] is None:
            chunk.results[index] = result
            chunk.left -= 1
            if chunk.left == 0:
                complete.append(chunk_id)

    def _replace(self, i: int, complete: list[int], *, died: bool) -> None:
        """Stop worker ``i``, write its record as an error, requeue the rest of its task."""
        worker = self._workers[i]
        code = _stop(worker.process)
        worker.conn.close()
        if not worker.ready:
            self._startup_deaths += 1
            if self._startup_deaths >= _MAX_STARTUP_DEATHS:
                raise WorkerStartError(
                    f"{self._startup_deaths} batch worker processes died before they were "
                    f"ready (last exit code {code}); is geoarticle importable in a new process?",
                )
        index = self._lost_index(worker)
        if worker.task is not None and index is not None:
            chunk_id, _, end = worker.task
            record = self._chunks[chunk_id].records[index]
            exc: Exception
            if died:
                exc = WorkerDiedError(
                    f"the worker process died (exit code {code}) while parsing this record"
                )
            else:
                exc = TimeLimitExceededError(
                    f"still running {self._kill_after:g} s after it started (budget "
                    f"{self._options.limits.max_seconds:g} s); its worker was stopped",
                    seconds=self._options.limits.max_seconds,
                )
            result = Result(
                source=record.source,
                format=self._options.format,
                error=ErrorInfo.from_exception(exc),
            )
            self._record(chunk_id, index, result, complete)
            if index + 1 < end:
                self._queue.appendleft((chunk_id, index + 1))
        self._workers[i] = self._spawn()

    def _lost_index(self, worker: _Worker) -> int | None:
        """The record a dead or stopped worker was on: the one it last started, else (it
        died between records, or while taking its task) the first of its task not done."""
        if worker.task is None:
            return None
        if worker.current is not None:
            return worker.current
        chunk_id, first, end = worker.task
        results = self._chunks[chunk_id].results
        return next((i for i in range(first, end) if results[i] is None), None)

    def close(self) -> None:
        for worker in self._workers:
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send(None)
        end = time.monotonic() + 2.0
        for worker in self._workers:
            worker.process.join(max(0.0, end - time.monotonic()))
            _stop(worker.process)
            worker.conn.close()


def _stop(proc: Any) -> int | None:
    """Kill ``proc`` if it still runs; its exit code."""
    if proc.is_alive():
        proc.kill()
    proc.join(5)
    code: int | None = proc.exitcode
    return code
