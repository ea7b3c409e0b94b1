"""Pipeline: an ordered, checked list of annotators run over an Article."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

import attrs

from .annotators import REGISTRY
from .errors import GeoArticleError, PipelineConfigError, PipelineError, TimeLimitExceededError
from .limits import Limits, current_deadline
from .models import Article
from .types import Annotator

__all__ = ["Pipeline", "as_reference_date", "default_pipeline"]


def as_reference_date(value: object) -> dt.date | None:
    """A ``reference_date`` argument as a date: a ``datetime.date`` (a datetime gives its
    date), an ISO string such as ``"2020-01-01"``, or None.

    Raises ValueError for a string that is not an ISO date and TypeError for any other
    type, naming the argument, before any parsing is done.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"reference_date: not an ISO date (YYYY-MM-DD): {value!r}") from None
    raise TypeError(
        f"reference_date: expected a datetime.date or an ISO date string, got {type(value).__name__}"
    )


def _step(item: object, position: int) -> Annotator:
    """A step given as an annotator, or as the name of a registered one (built with its defaults)."""
    if isinstance(item, str):
        return REGISTRY.get(item)()  # UnknownFormatError lists the registered names
    missing = [a for a in ("name", "requires", "assigns") if not hasattr(item, a)]
    if missing or not callable(item):
        what = ", ".join(missing) if missing else "__call__"
        raise PipelineConfigError(
            f"step {position} is a {type(item).__name__}, not an annotator (it lacks {what}) "
            f"or the name of a registered one ({', '.join(REGISTRY.names())})"
        )
    return item  # type: ignore[return-value]


class Pipeline:
    """Annotators applied in order; built only if each step's ``requires`` is met earlier.

    A step is an annotator (see :class:`geoarticle.types.Annotator`) or the name of a
    registered one, built with its defaults: ``Pipeline(["actors", "geocode", "events"])``.
    An unknown name raises :class:`~geoarticle.errors.UnknownFormatError` listing the
    known ones; anything else that is not an annotator,
    :class:`~geoarticle.errors.PipelineConfigError`.
    """

    def __init__(self, steps: Iterable[Annotator | str] = ()) -> None:
        self.steps: tuple[Annotator, ...] = tuple(_step(s, i) for i, s in enumerate(steps))
        assigned: set[str] = set()
        names: set[str] = set()
        for step in self.steps:
            if step.name in names:
                raise PipelineConfigError(f"step name {step.name!r} appears twice")
            names.add(step.name)
            missing = [r for r in step.requires if r not in assigned]
            if missing:
                raise PipelineConfigError(
                    f"step {step.name!r} requires {', '.join(missing)}, which no earlier step assigns"
                )
            assigned.update(step.assigns)

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(s.name for s in self.steps)

    def without(self, *names: str) -> Pipeline:
        """A pipeline with the named steps removed (requirements are re-checked)."""
        return Pipeline(s for s in self.steps if s.name not in names)

    def __call__(self, article: Article) -> Article:
        """Run the steps in order. When the running call's time budget (see
        :func:`geoarticle.limits.deadline`) runs out, the article comes back as the
        steps before left it, with a warning naming the step that was stopped."""
        for step in self.steps:
            budget = current_deadline()
            if budget is not None and budget.expired:
                return _stopped(article, step.name)
            try:
                result = step(article)
            except TimeLimitExceededError:
                return _stopped(article, step.name)
            except GeoArticleError:
                raise
            except Exception as exc:  # a bug in a step: name the step, keep the cause
                raise PipelineError(step.name, f"{type(exc).__name__}: {exc}") from exc
            if not isinstance(result, Article):
                raise PipelineError(step.name, f"returned {type(result).__name__}, not Article")
            article = result
        return article

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"


def _stopped(article: Article, step: str) -> Article:
    warning = (
        f"time budget ran out at step {step!r}: its results and those of later steps are missing"
    )
    return attrs.evolve(article, warnings=(*article.warnings, warning))


def default_pipeline(
    *, reference_date: dt.date | str | None = None, limits: Limits | None = None
) -> Pipeline:
    """Actors, geocode, then events; ``reference_date`` resolves dates in undated articles.

    ``geocode`` gives places and countries their coordinates and GeoNames ids
    (:mod:`geoarticle.annotators.geocode`); drop it with ``.without("geocode")``.

    ``limits`` bounds what the annotators read and keep (``max_annotated_chars``,
    ``max_actors``, ``max_events``). Built once per reference date and limits, and
    shared: pipelines and their steps hold no per-article state. ``reference_date``
    may also be an ISO date string (see :func:`as_reference_date`).
    """
    return _default_pipeline(as_reference_date(reference_date), limits)


@functools.lru_cache(maxsize=8)
def _default_pipeline(reference_date: dt.date | None, limits: Limits | None) -> Pipeline:
    actors = REGISTRY.get("actors")(limits=limits)
    geocode = REGISTRY.get("geocode")()
    events = REGISTRY.get("events")(reference_date=reference_date, limits=limits)
    return Pipeline([actors, geocode, events])
