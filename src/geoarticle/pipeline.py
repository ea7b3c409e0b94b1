"""Pipeline: an ordered, checked list of annotators run over an Article.

A pipeline is immutable: :meth:`Pipeline.add`, :meth:`~Pipeline.remove`,
:meth:`~Pipeline.replace` and :meth:`~Pipeline.without` return new, re-checked
pipelines. :attr:`Pipeline.spec` is a picklable description (step names, or steps
that pickle) that another process rebuilds with :meth:`PipelineSpec.build`.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from .errors import (
    GeoArticleError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    PipelineConfigError,
    PipelineError,
    TimeLimitExceededError,
)
from .limits import Limits, current_deadline
from .models import Article
from .types import Annotator

if TYPE_CHECKING:
    from ._registry import Registry

__all__ = ["Pipeline", "PipelineSpec", "as_reference_date", "build_step", "default_pipeline"]


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
            raise InvalidArgumentError(
                f"reference_date: not an ISO date (YYYY-MM-DD): {value!r}"
            ) from None
    raise InvalidArgumentTypeError(
        f"reference_date: expected a datetime.date or an ISO date string, got {type(value).__name__}"
    )


def takes_keyword(factory: Callable[..., object], keyword: str) -> bool:
    """Whether ``factory`` takes ``keyword`` (by name, or through ``**kwargs``)."""
    try:
        params = inspect.signature(factory).parameters.values()
    except (TypeError, ValueError):  # no signature to read: pass nothing
        return False
    for p in params:
        if p.kind is inspect.Parameter.VAR_KEYWORD:
            return True
        if p.name == keyword and p.kind is not inspect.Parameter.POSITIONAL_ONLY:
            return True
    return False


def build_step(
    factory: Callable[..., Annotator],
    options: Mapping[str, Any] | None = None,
    *,
    reference_date: dt.date | None = None,
    limits: Limits | None = None,
) -> Annotator:
    """Call an annotator factory with ``options``, and with ``reference_date`` and
    ``limits`` when they are set and the factory takes them (``options`` win)."""
    kwargs: dict[str, Any] = {}
    for key, value in (("reference_date", reference_date), ("limits", limits)):
        if value is not None and takes_keyword(factory, key):
            kwargs[key] = value
    kwargs.update(options or {})
    return factory(**kwargs)


def _default_annotators() -> Registry[Callable[..., Annotator]]:
    from .instance import get_default  # the instance module builds pipelines: import late

    return get_default().annotators


def _check_annotator(item: object, position: int, names: Callable[[], Iterable[str]]) -> Annotator:
    missing = [a for a in ("name", "requires", "assigns") if not hasattr(item, a)]
    if missing or not callable(item):
        what = ", ".join(missing) if missing else "__call__"
        raise PipelineConfigError(
            f"step {position} is a {type(item).__name__}, not an annotator (it lacks {what}) "
            f"or the name of a registered one ({', '.join(names())})"
        )
    return item  # type: ignore[return-value]


@attrs.frozen(kw_only=True)
class _Build:
    """How named steps are built: the registry and the context handed to factories."""

    annotators: Registry[Callable[..., Annotator]] | None = None
    reference_date: dt.date | None = None
    limits: Limits | None = None

    def registry(self) -> Registry[Callable[..., Annotator]]:
        return self.annotators if self.annotators is not None else _default_annotators()

    def step(self, item: object, position: int, options: Mapping[str, Any] | None) -> Annotator:
        """A step given as an annotator, or as the name of a registered one."""
        if isinstance(item, str):
            factory = self.registry().get(item)  # UnknownFormatError lists the registered names
            return build_step(
                factory, options, reference_date=self.reference_date, limits=self.limits
            )
        if options:
            raise PipelineConfigError(f"options given for step {position}, which is not a name")
        return _check_annotator(item, position, lambda: self.registry().names())


def _as_steps(steps: Iterable[str | Annotator]) -> tuple[str | Annotator, ...]:
    return tuple(steps)


@attrs.frozen(kw_only=True)
class PipelineSpec:
    """A pipeline described so that it pickles: what a batch worker rebuilds.

    ``steps`` are names of registered annotators (built with their ``options``, and
    with the reference date and limits of wherever it is built) or annotator objects
    that pickle. ``PipelineSpec.of("actors,events")`` reads a comma-separated list.
    """

    steps: tuple[str | Annotator, ...] = attrs.field(converter=_as_steps)
    #: Factory keyword options of named steps: ``((name, ((key, value), ...)), ...)``.
    options: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...] = ()

    @classmethod
    def of(cls, value: Pipeline | PipelineSpec | str | Iterable[str | Annotator]) -> PipelineSpec:
        """A spec from a pipeline, a spec, a comma-separated string of names, or steps."""
        if isinstance(value, PipelineSpec):
            return value
        if isinstance(value, Pipeline):
            return value.spec
        if isinstance(value, str):
            names = tuple(n.strip() for n in value.split(",") if n.strip())
            if not names:
                raise PipelineConfigError(f"no step names in {value!r}")
            return cls(steps=names)
        return cls(steps=_as_steps(value))

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(s if isinstance(s, str) else s.name for s in self.steps)

    def options_for(self, name: str) -> dict[str, Any]:
        """The factory options given for the step ``name``."""
        for step, pairs in self.options:
            if step == name:
                return dict(pairs)
        return {}

    def build(
        self,
        *,
        annotators: Registry[Callable[..., Annotator]] | None = None,
        reference_date: dt.date | str | None = None,
        limits: Limits | None = None,
    ) -> Pipeline:
        """The pipeline, its named steps taken from ``annotators`` (default: the
        default instance's registry)."""
        build = _Build(
            annotators=annotators, reference_date=as_reference_date(reference_date), limits=limits
        )
        options = {name: dict(pairs) for name, pairs in self.options}
        return Pipeline._assemble(list(self.steps), options, build)

    def describe(self) -> list[str]:
        """The step names, each marked ``*`` when it is an object rather than a name."""
        return [s if isinstance(s, str) else f"{s.name}*" for s in self.steps]


def _freeze(
    options: Mapping[str, Mapping[str, Any]],
) -> tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]:
    return tuple((name, tuple(sorted(opts.items()))) for name, opts in options.items() if opts)


class Pipeline:
    """Annotators applied in order; built only if each step's ``requires`` is met earlier.

    A step is an annotator (see :class:`geoarticle.types.Annotator`) or the name of a
    registered one, built with its defaults: ``Pipeline(["actors", "geocode", "events"])``;
    names are looked up in ``annotators`` (default: the default instance's registry,
    :func:`geoarticle.get_default`). An unknown name raises
    :class:`~geoarticle.errors.UnknownFormatError` listing the known ones; anything else
    that is not an annotator, :class:`~geoarticle.errors.PipelineConfigError`.

    A :class:`~geoarticle.errors.GeoArticleError` raised by a step leaves with its
    ``step`` attribute set to the step's name; any other exception is wrapped in
    :class:`~geoarticle.errors.PipelineError`, which names the step too.
    """

    def __init__(
        self,
        steps: Iterable[Annotator | str] = (),
        *,
        annotators: Registry[Callable[..., Annotator]] | None = None,
    ) -> None:
        self._init(list(steps), {}, _Build(annotators=annotators))

    def _init(
        self,
        origins: list[Annotator | str],
        options: dict[str, dict[str, Any]],
        build: _Build,
        built: list[Annotator | None] | None = None,
    ) -> None:
        made = built or [None] * len(origins)
        steps: list[Annotator] = []
        for i, (origin, step) in enumerate(zip(origins, made, strict=True)):
            if step is None:
                name = origin if isinstance(origin, str) else None
                step = build.step(origin, i, options.get(name) if name else None)
            steps.append(step)
        self.steps: tuple[Annotator, ...] = tuple(steps)
        self._origins = tuple(origins)
        named = {o for o in origins if isinstance(o, str)}
        self._options = {k: v for k, v in options.items() if k in named}
        self._build = build
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

    @classmethod
    def _assemble(
        cls,
        origins: list[Annotator | str],
        options: dict[str, dict[str, Any]],
        build: _Build,
        built: list[Annotator | None] | None = None,
    ) -> Pipeline:
        pipeline = cls.__new__(cls)
        pipeline._init(origins, options, build, built)
        return pipeline

    @classmethod
    def from_names(
        cls,
        names: Iterable[str | Annotator],
        *,
        annotators: Registry[Callable[..., Annotator]] | None = None,
        reference_date: dt.date | str | None = None,
        limits: Limits | None = None,
        **options_by_step: Mapping[str, Any],
    ) -> Pipeline:
        """A pipeline of registered annotators built by name, e.g.
        ``Pipeline.from_names(["actors", "events"], events={"strict": False})``.

        Each factory gets the keyword options given under its step's name, and
        ``reference_date`` and ``limits`` when it takes them. ``annotators`` is the
        registry to look names up in (default: the default instance's).
        """
        build = _Build(
            annotators=annotators, reference_date=as_reference_date(reference_date), limits=limits
        )
        origins = list(names)
        known = {o if isinstance(o, str) else o.name for o in origins}
        unused = sorted(set(options_by_step) - known)
        if unused:
            raise PipelineConfigError(f"options given for steps not in the pipeline: {unused}")
        return cls._assemble(origins, {k: dict(v) for k, v in options_by_step.items()}, build)

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(s.name for s in self.steps)

    @property
    def spec(self) -> PipelineSpec:
        """A picklable description: names for steps built by name, the step objects otherwise."""
        return PipelineSpec(steps=self._origins, options=_freeze(self._options))

    # -- editing: each returns a new, re-checked pipeline ------------------------------

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise PipelineConfigError(
                f"no step named {name!r} in the pipeline ({', '.join(self.names)})"
            ) from None

    def _edited(
        self, parts: list[tuple[Annotator | str, Annotator | None]], options: dict[str, Any]
    ) -> Pipeline:
        return Pipeline._assemble(
            [origin for origin, _ in parts],
            {**self._options, **options},
            self._build,
            [step for _, step in parts],
        )

    def _parts(self) -> list[tuple[Annotator | str, Annotator | None]]:
        return list(zip(self._origins, self.steps, strict=True))

    def add(
        self,
        step: Annotator | str,
        *,
        before: str | None = None,
        after: str | None = None,
        **options: Any,
    ) -> Pipeline:
        """A pipeline with ``step`` (an annotator, or a registered name built with
        ``options``) inserted before or after the named step, or at the end."""
        if before is not None and after is not None:
            raise PipelineConfigError("give before= or after=, not both")
        parts = self._parts()
        if before is not None:
            at = self._index(before)
        elif after is not None:
            at = self._index(after) + 1
        else:
            at = len(parts)
        parts.insert(at, (step, None))
        return self._edited(parts, _step_options(step, options))

    def remove(self, name: str) -> Pipeline:
        """A pipeline without the step ``name`` (which must be there)."""
        at = self._index(name)
        parts = self._parts()
        del parts[at]
        return self._edited(parts, {})

    def replace(self, name: str, step: Annotator | str, **options: Any) -> Pipeline:
        """A pipeline with ``step`` in the place of the step ``name``."""
        at = self._index(name)
        parts = self._parts()
        parts[at] = (step, None)
        return self._edited(parts, _step_options(step, options))

    def without(self, *names: str) -> Pipeline:
        """A pipeline with the named steps removed (requirements are re-checked)."""
        return self._edited(
            [p for p in self._parts() if p[1] is not None and p[1].name not in names], {}
        )

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
            except GeoArticleError as exc:
                if exc.step is None:
                    exc.step = step.name
                raise
            except Exception as exc:  # a bug in a step: name the step, keep the cause
                raise PipelineError(step.name, f"{type(exc).__name__}: {exc}") from exc
            if not isinstance(result, Article):
                raise PipelineError(step.name, f"returned {type(result).__name__}, not Article")
            article = result
        return article

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"


def _step_options(step: Annotator | str, options: dict[str, Any]) -> dict[str, Any]:
    if not options:
        return {}
    if not isinstance(step, str):
        raise PipelineConfigError("options are for a step given by name, not an annotator")
    return {step: options}


def _stopped(article: Article, step: str) -> Article:
    warning = (
        f"time budget ran out at step {step!r}: its results and those of later steps are missing"
    )
    return attrs.evolve(article, warnings=(*article.warnings, warning))


def default_pipeline(
    *, reference_date: dt.date | str | None = None, limits: Limits | None = None
) -> Pipeline:
    """Actors, geocode, then events; ``reference_date`` resolves dates in undated articles.

    The default instance's pipeline (:meth:`geoarticle.GeoArticle.pipeline`): its
    ``default_steps`` built from its annotator registry, so a step registered in
    :data:`geoarticle.annotators.REGISTRY` under a built-in name takes effect at once.
    ``geocode`` gives places and countries their coordinates and GeoNames ids
    (:mod:`geoarticle.annotators.geocode`); drop it with ``.without("geocode")``.

    ``limits`` bounds what the annotators read and keep (``max_annotated_chars``,
    ``max_actors``, ``max_events``). Shared while the registry is unchanged:
    pipelines and their steps hold no per-article state. ``reference_date`` may also
    be an ISO date string (see :func:`as_reference_date`).
    """
    from .instance import get_default

    return get_default().pipeline(reference_date=reference_date, limits=limits)
