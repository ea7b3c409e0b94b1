"""Engines: run :func:`~geoarticle.batch.worker.process_partition` over chunks of records.

An engine's ``map(chunks, options, ordered=)`` yields one list of results per
chunk, in input order when ``ordered`` and as they finish otherwise, and keeps
only a bounded number of chunks in flight, so memory does not grow with the
input. ``local`` uses worker processes on this machine; ``dask`` a Dask
cluster (``LocalCluster`` by default).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from ...errors import InvalidArgumentError, UnknownFormatError
from .._records import Record, Result
from ..worker import Options

__all__ = ["Engine", "make_engine"]


class Engine(Protocol):
    """Runs the per-partition function over a stream of chunks."""

    def map(
        self, chunks: Iterator[list[Record]], options: Options, *, ordered: bool
    ) -> Iterator[list[Result]]:
        """Results per chunk; stops early (and cleans up) when the iterator is closed."""
        ...


def make_engine(name: str, *, workers: int | None = None, scheduler: str | None = None) -> Engine:
    """The engine called ``name`` (``local`` or ``dask``); UnknownFormatError (kind
    ``engine``) for any other name."""
    if name == "local":
        if scheduler is not None:
            raise InvalidArgumentError("--scheduler applies only to the dask engine")
        from .local import LocalEngine

        return LocalEngine(workers=workers)
    if name == "dask":
        from .dask import DaskEngine

        return DaskEngine(workers=workers, scheduler=scheduler)
    raise UnknownFormatError("engine", name, ("local", "dask"))
