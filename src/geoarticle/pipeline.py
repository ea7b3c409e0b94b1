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

__all__ = ["Pipeline", "default_pipeline"]


class Pipeline:
    """Annotators applied in order; built only if each step's ``requires`` is met earlier."""

    def __init__(self, steps: Iterable[Annotator] = ()) -> None:
        self.steps: tuple[Annotator, ...] = tuple(steps)
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


@functools.lru_cache(maxsize=8)
def default_pipeline(
    *, reference_date: dt.date | None = None, limits: Limits | None = None
) -> Pipeline:
    """Actors, geocode, then events; ``reference_date`` resolves dates in undated articles.

    ``geocode`` gives places and countries their coordinates and GeoNames ids
    (:mod:`geoarticle.annotators.geocode`); drop it with ``.without("geocode")``.

    ``limits`` bounds what the annotators read and keep (``max_annotated_chars``,
    ``max_actors``, ``max_events``). Built once per reference date and limits, and
    shared: pipelines and their steps hold no per-article state.
    """
    actors = REGISTRY.get("actors")(limits=limits)
    geocode = REGISTRY.get("geocode")()
    events = REGISTRY.get("events")(reference_date=reference_date, limits=limits)
    return Pipeline([actors, geocode, events])
