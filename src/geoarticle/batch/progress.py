"""A one-line progress display on stderr (records, rate, errors, ETA), for terminals only."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TextIO

__all__ = ["Progress", "format_duration"]


def format_duration(seconds: float) -> str:
    """``42s``, ``3m05s`` or ``2h07m``."""
    s = int(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


class Progress:
    """Redraws at most every ``interval`` seconds; ``count_total`` runs in a background thread.

    ``count_total`` (optional) counts the records to expect so an ETA can be
    shown; until it returns, the display has no total.
    """

    def __init__(
        self,
        stream: TextIO,
        *,
        count_total: Callable[[], int] | None = None,
        already_done: int = 0,
        interval: float = 0.2,
    ) -> None:
        self.stream = stream
        self.interval = interval
        self.done = 0
        self.errors = 0
        self._already = already_done
        self._total: int | None = None
        self._start = time.monotonic()
        self._last = 0.0
        self._width = 0
        if count_total is not None:
            threading.Thread(target=self._count, args=(count_total,), daemon=True).start()

    def _count(self, count_total: Callable[[], int]) -> None:
        try:
            self._total = count_total()
        except Exception:  # an ETA is a nicety; the run itself reports errors
            self._total = None

    def update(self, *, ok: bool) -> None:
        """Count one record and redraw if it is time."""
        self.done += 1
        if not ok:
            self.errors += 1
        now = time.monotonic()
        if now - self._last >= self.interval:
            self._last = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self._start, 1e-9)
        rate = self.done / elapsed
        total = self._total
        count = f"{self._already + self.done:,}" + ("" if total is None else f"/{total:,}")
        parts = [f"{count} records", f"{rate:,.1f}/s", f"{self.errors:,} errors"]
        if total is not None and rate > 0:
            left = max(total - self._already - self.done, 0)
            parts.append(f"ETA {format_duration(left / rate)}")
        line = "  ".join(parts)
        pad = " " * max(self._width - len(line), 0)
        self._width = len(line)
        self.stream.write("\r" + line + pad)
        self.stream.flush()

    def close(self) -> None:
        """Clear the line."""
        if self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
