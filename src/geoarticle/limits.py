"""Limits on what one call will take on, with safe defaults.

Every public entry point takes a :class:`Limits`; inputs over ``max_input_bytes``
raise :class:`~geoarticle.errors.LimitExceededError`; every other limit is a bound
past which the rest is dropped or left unread, with a warning recorded in
``Article.warnings``. None of them ever lets a call hang or exhaust memory.
docs/errors.md lists what each one does.

``max_seconds`` is a time budget per article. A call starts a :class:`Deadline`
(:func:`deadline`); code that may run long calls :func:`check_deadline` between
steps, which raises :class:`~geoarticle.errors.TimeLimitExceededError` once the
budget is spent. The batch runner also enforces it from outside: a worker still
busy with one record past its budget is stopped and replaced.
"""

from __future__ import annotations

import contextlib
import contextvars
import math
import time
from collections.abc import Iterator

import attrs

from .errors import ModelError, TimeLimitExceededError

__all__ = [
    "DEFAULT_LIMITS",
    "Deadline",
    "Limits",
    "check_deadline",
    "current_deadline",
    "deadline",
]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ModelError.at("Limits", attribute.name, f"expected a positive int, got {value!r}")


def _positive_seconds(instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    ok = isinstance(value, (int, float)) and not isinstance(value, bool)
    if not ok or not math.isfinite(value) or value <= 0:
        raise ModelError.at("Limits", attribute.name, f"expected a positive number, got {value!r}")


@attrs.frozen(kw_only=True)
class Limits:
    """Bounds on input size and on what a parse may produce (all positive ints)."""

    #: Largest input accepted, in bytes (str inputs are measured in UTF-8 code units).
    max_input_bytes: int = attrs.field(default=64 * 1024 * 1024, validator=_positive)
    #: Deepest element nesting kept in an HTML tree; deeper markup is flattened into its
    #: ancestor at that depth, text kept (the HTML parser itself stops at 256 levels).
    max_depth: int = attrs.field(default=200, validator=_positive)
    #: Most elements of an HTML tree read; the rest of the page is left unread.
    max_elements: int = attrs.field(default=100_000, validator=_positive)
    #: Most blocks kept in one article; the rest are dropped with a warning.
    max_blocks: int = attrs.field(default=20_000, validator=_positive)
    #: Most actors and events an article may carry; the rest are dropped with a warning.
    max_actors: int = attrs.field(default=2_000, validator=_positive)
    max_events: int = attrs.field(default=5_000, validator=_positive)
    #: Body text the annotators read, in characters: actors and events are found in the
    #: blocks that start within this many characters, the rest is not annotated.
    max_annotated_chars: int = attrs.field(default=150_000, validator=_positive)
    #: Largest JSON-LD script parsed in a page, in characters.
    max_jsonld_chars: int = attrs.field(default=1_000_000, validator=_positive)
    #: Time budget for one article (parse and annotation), in seconds of wall-clock time.
    max_seconds: float = attrs.field(default=10.0, validator=_positive_seconds)

    def deadline(self) -> contextlib.AbstractContextManager[Deadline]:
        """``with limits.deadline():`` runs its block under a :class:`Deadline` of ``max_seconds``."""
        return deadline(self.max_seconds)


DEFAULT_LIMITS = Limits()


@attrs.frozen
class Deadline:
    """A point in time, ``seconds`` after the deadline was started (monotonic clock)."""

    seconds: float
    started: float = attrs.field(factory=time.monotonic)

    @property
    def elapsed(self) -> float:
        """Seconds since the start."""
        return time.monotonic() - self.started

    @property
    def remaining(self) -> float:
        """Seconds left (negative once expired)."""
        return self.seconds - self.elapsed

    @property
    def expired(self) -> bool:
        """True once the budget is spent."""
        return self.remaining < 0

    def check(self, where: str = "") -> None:
        """Raise TimeLimitExceededError when the budget is spent; ``where`` names the step."""
        if self.remaining < 0:
            at = f" in {where}" if where else ""
            raise TimeLimitExceededError(
                f"over the time budget of {self.seconds:g} s{at} ({self.elapsed:.1f} s spent)",
                seconds=self.seconds,
            )


_CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "geoarticle_deadline", default=None
)


@contextlib.contextmanager
def deadline(seconds: float) -> Iterator[Deadline]:
    """Run the block under a deadline ``seconds`` from now (or the enclosing one, if sooner).

    Nested calls keep the earlier deadline, so a batch worker's budget is not
    extended by the parse functions it calls.
    """
    outer = _CURRENT.get()
    mine = Deadline(seconds)
    current = outer if outer is not None and outer.remaining <= mine.remaining else mine
    token = _CURRENT.set(current)
    try:
        yield current
    finally:
        _CURRENT.reset(token)


def current_deadline() -> Deadline | None:
    """The deadline of the running call, or None outside one."""
    return _CURRENT.get()


def check_deadline(where: str = "") -> None:
    """Raise TimeLimitExceededError if the running call is over its budget; else nothing.

    Cheap (a context-variable lookup and a clock read): call it between steps and
    every few thousand items of a loop that may run long.
    """
    current = _CURRENT.get()
    if current is not None:
        current.check(where)
