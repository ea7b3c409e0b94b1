"""The Dask engine: each chunk is a one-partition Dask bag mapped with ``process_partition``.

Runs on a ``LocalCluster`` (processes, one thread each) unless given the
address of a running scheduler. Chunks are submitted as they are read, with a
bounded number in flight, so the driver's memory stays flat; the workers need
geoarticle installed and, for whole-file inputs, the same paths visible.
For one lazy bag over all inputs, see ``docs/batch.md``.
"""

from __future__ import annotations

import collections
import importlib
import logging
from collections.abc import Iterator
from typing import Any

from ...errors import MissingDependencyError
from .._records import Record, Result
from ..worker import Options, process_partition, warm_up
from .local import default_workers

__all__ = ["DaskEngine"]


class DaskEngine:
    """``scheduler`` is an address like ``tcp://host:8786``; else a LocalCluster of ``workers``."""

    def __init__(
        self,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        in_flight: int | None = None,
    ) -> None:
        self.workers = max(1, workers if workers is not None else default_workers())
        self.scheduler = scheduler
        self.in_flight = in_flight

    def map(
        self, chunks: Iterator[list[Record]], options: Options, *, ordered: bool
    ) -> Iterator[list[Result]]:
        """Results per chunk (see :class:`~geoarticle.batch.engines.Engine`)."""
        try:
            db: Any = importlib.import_module("dask.bag")
            dist: Any = importlib.import_module("distributed")
        except ImportError as exc:
            raise MissingDependencyError("dask", "dask", "the dask engine") from exc
        cluster: Any = None
        if self.scheduler is None:
            cluster = dist.LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            )
            client = dist.Client(cluster)
        else:
            client = dist.Client(self.scheduler)
        try:
            client.run(warm_up, options)
            cores = sum(client.nthreads().values()) or 1
            limit = self.in_flight if self.in_flight is not None else 4 * cores
            pending: collections.deque[Any] = collections.deque()
            finished = dist.as_completed()
            for chunk in chunks:
                bag = db.from_sequence(chunk, npartitions=1)
                future = client.compute(bag.map_partitions(process_partition, options))
                pending.append(future)
                if not ordered:
                    finished.add(future)
                while len(pending) >= limit:
                    yield from _take(pending, finished, ordered)
            while pending:
                yield from _take(pending, finished, ordered)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()


def _take(pending: collections.deque[Any], finished: Any, ordered: bool) -> Iterator[list[Result]]:
    if ordered:
        yield list(pending.popleft().result())
        return
    future = next(finished)
    pending.remove(future)
    yield list(future.result())
