"""The local engine: worker processes (spawn-safe) with a bounded number of chunks in flight."""

from __future__ import annotations

import collections
import multiprocessing
import os
from collections.abc import Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from .._records import Record, Result
from ..worker import Options, process_partition, warm_up

__all__ = ["LocalEngine", "default_workers"]


def default_workers() -> int:
    """The CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class LocalEngine:
    """``workers`` processes (default: one per CPU); ``workers=1`` runs in this process.

    Each worker loads the default pipeline once (``warm_up``) and then takes
    chunks; at most ``in_flight`` chunks (default ``4 * workers``) are queued.
    """

    def __init__(self, workers: int | None = None, *, in_flight: int | None = None) -> None:
        self.workers = max(1, workers if workers is not None else default_workers())
        self.in_flight = max(1, in_flight if in_flight is not None else 4 * self.workers)

    def map(
        self, chunks: Iterator[list[Record]], options: Options, *, ordered: bool
    ) -> Iterator[list[Result]]:
        """Results per chunk (see :class:`~geoarticle.batch.engines.Engine`)."""
        if self.workers == 1:
            warm_up(options)
            for chunk in chunks:
                yield process_partition(chunk, options)
            return
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=warm_up,
            initargs=(options,),
        )
        try:
            yield from _bounded(pool, chunks, options, ordered=ordered, limit=self.in_flight)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _bounded(
    pool: ProcessPoolExecutor,
    chunks: Iterator[list[Record]],
    options: Options,
    *,
    ordered: bool,
    limit: int,
) -> Iterator[list[Result]]:
    pending: collections.deque[Future[list[Result]]] = collections.deque()
    for chunk in chunks:
        pending.append(pool.submit(process_partition, chunk, options))
        while len(pending) >= limit:
            yield from _take(pending, ordered)
    while pending:
        yield from _take(pending, ordered)


def _take(
    pending: collections.deque[Future[list[Result]]], ordered: bool
) -> Iterator[list[Result]]:
    """The oldest chunk's results (ordered), or every chunk already finished."""
    if ordered:
        yield pending.popleft().result()
        return
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    for fut in [f for f in pending if f in done]:
        pending.remove(fut)
        yield fut.result()
