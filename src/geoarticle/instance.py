"""The object that owns the registries: formats, annotators, the default pipeline, plugins.

``GeoArticle()`` is an independent instance that starts from the built-in formats and
annotators; :func:`get_default` is the process's default instance, whose registries
*are* :data:`geoarticle.serializers.REGISTRY` and :data:`geoarticle.annotators.REGISTRY`
and which the module-level functions (``geoarticle.parse_text`` and the rest) use.

A plugin is a callable ``plugin(instance, **options) -> None`` that registers what
it brings on the instance it is given::

    def plugin(ga, **options):
        ga.annotators.register("actors", MyActors)

    ga = GeoArticle().use(plugin)

Installed packages offer plugins as entry points in the ``geoarticle.plugins``
group; the default instance loads them once, when it is first asked for.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import threading
import warnings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Literal

import attrs
import cattrs

from . import annotators as _annotators
from . import serializers as _serializers
from ._registry import Registry
from .converters import CONVERTER
from .errors import InvalidArgumentError, InvalidArgumentTypeError, UnknownFormatError
from .limits import Limits
from .models import Article
from .pipeline import Pipeline, PipelineSpec, as_reference_date, takes_keyword
from .serializers import Format
from .types import Annotator

if TYPE_CHECKING:
    from .annotators.actors import Gazetteer

__all__ = ["DEFAULT_STEPS", "PLUGIN_GROUP", "GeoArticle", "Plugin", "get_default", "load_plugin"]

#: The steps of the default pipeline, by registered name.
DEFAULT_STEPS: tuple[str, ...] = ("actors", "geocode", "events")

#: The entry-point group plugins are discovered in.
PLUGIN_GROUP = "geoarticle.plugins"

#: A plugin: called with the instance (and keyword options) to register what it brings.
Plugin = Callable[..., None]

#: Pipelines kept per instance (one per reference date and limits asked for).
_MEMO_SIZE = 8


def load_plugin(ref: str) -> Plugin:
    """The plugin named by ``"module:function"`` (``function`` may be a dotted path).

    Raises ValueError for a reference without ``:``, ImportError when the module or
    the attribute cannot be found, TypeError when it is not callable.
    """
    module_name, sep, attr = ref.partition(":")
    if not sep or not module_name.strip() or not attr.strip():
        raise InvalidArgumentError(f"a plugin is named 'module:function', not {ref!r}")
    obj: Any = importlib.import_module(module_name.strip())
    for part in attr.strip().split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise ImportError(f"plugin {ref!r}: {module_name!r} has no {attr!r}") from None
    if not callable(obj):
        raise InvalidArgumentTypeError(f"plugin {ref!r} is a {type(obj).__name__}, not a callable")
    plugin: Plugin = obj
    return plugin


class GeoArticle:
    """Registries of formats and annotators, the default pipeline built from them, and
    the parse and write functions that use them.

    ``GeoArticle()`` starts from the built-in formats and annotators
    (``builtins=False``: from empty registries); ``formats`` and ``annotators`` may
    instead be given as registries to own. Changes to an instance never reach another:
    ``copy()`` gives an independent one with the same entries.

    ``pipeline()`` is built from ``default_steps`` and the annotator registry, and
    rebuilt as soon as either changes: registering a replacement ``"actors"`` takes
    effect at the next parse. ``gazetteers`` (:class:`~geoarticle.Gazetteer`) are
    merged into the built-in names by every ``"actors"`` step the instance builds
    (:meth:`add_gazetteer` adds one).
    """

    def __init__(
        self,
        *,
        builtins: bool = True,
        formats: Registry[Format] | None = None,
        annotators: Registry[Callable[..., Annotator]] | None = None,
        default_steps: Iterable[str] = DEFAULT_STEPS,
        gazetteers: Iterable[Gazetteer] = (),
        converter: cattrs.Converter | None = None,
    ) -> None:
        if formats is None:
            formats = _serializers.REGISTRY.copy(builtins_only=True) if builtins else None
        if annotators is None:
            annotators = _annotators.REGISTRY.copy(builtins_only=True) if builtins else None
        #: Output formats by name (:class:`geoarticle.serializers.Format`).
        self.formats: Registry[Format] = formats if formats is not None else Registry("format")
        #: Annotator factories by name: ``factory(**options) -> Annotator``.
        self.annotators: Registry[Callable[..., Annotator]] = (
            annotators if annotators is not None else Registry("annotator")
        )
        #: The step names of :meth:`pipeline`, in order.
        self.default_steps: tuple[str, ...] = tuple(default_steps)
        #: Gazetteers the instance's ``"actors"`` steps merge into the built-in names.
        self.gazetteers: tuple[Gazetteer, ...] = tuple(gazetteers)
        #: The cattrs converter that (un)structures articles for the formats that take one
        #: (``json``); by default the package's strict one, ``converters.CONVERTER``
        #: (``converters.make_converter()`` gives a fresh one to add hooks to).
        self.converter: cattrs.Converter = converter if converter is not None else CONVERTER
        #: Plugins applied so far, by name, in order.
        self.plugins: list[str] = []
        self._pipelines: dict[tuple[Any, ...], Pipeline] = {}
        self._derived: dict[tuple[str, ...], tuple[tuple[int, int], GeoArticle]] = {}
        self._lock = threading.Lock()

    # -- pipelines ---------------------------------------------------------------------

    def pipeline(
        self,
        *,
        reference_date: dt.date | str | None = None,
        limits: Limits | None = None,
        steps: PipelineSpec | Iterable[str | Annotator] | None = None,
    ) -> Pipeline:
        """The default pipeline: ``default_steps`` built from :attr:`annotators`.

        Each factory gets ``reference_date`` (which resolves dates in undated articles;
        a date or an ISO string) and ``limits`` when it takes them. ``steps`` (names,
        annotators, or a :class:`~geoarticle.pipeline.PipelineSpec`) builds another
        pipeline the same way. Shared while the registry and ``default_steps`` are
        unchanged; for factory options per step, see ``Pipeline.from_names``.
        """
        date = as_reference_date(reference_date)
        spec = self._with_gazetteers(
            PipelineSpec.of(self.default_steps if steps is None else steps)
        )
        key = (self.annotators.version, spec, date, limits)
        try:
            hash(key)
        except TypeError:  # a step or an option that cannot be a key: build it each time
            return spec.build(annotators=self.annotators, reference_date=date, limits=limits)
        with self._lock:
            found = self._pipelines.get(key)
        if found is not None:
            return found
        built = spec.build(annotators=self.annotators, reference_date=date, limits=limits)
        with self._lock:
            stale = any(k[0] != key[0] for k in self._pipelines)
            if stale or len(self._pipelines) >= _MEMO_SIZE:
                self._pipelines.clear()
            self._pipelines[key] = built
        return built

    def add_gazetteer(self, gazetteer: Gazetteer) -> GeoArticle:
        """Own ``gazetteer`` too (later gazetteers win); returns the instance."""
        self.gazetteers = (*self.gazetteers, gazetteer)
        return self

    def _with_gazetteers(self, spec: PipelineSpec) -> PipelineSpec:
        """``spec`` with the instance's gazetteers given to its ``"actors"`` step, unless
        that step names its own."""
        if not self.gazetteers or "actors" not in spec.steps:
            return spec
        if "actors" not in self.annotators or not takes_keyword(
            self.annotators.get("actors"), "gazetteers"
        ):
            return spec
        if "gazetteers" in spec.options_for("actors"):
            return spec
        pairs = (*spec.options_for("actors").items(), ("gazetteers", self.gazetteers))
        others = tuple((n, o) for n, o in spec.options if n != "actors")
        return attrs.evolve(spec, options=(*others, ("actors", tuple(sorted(pairs)))))

    # -- parse and write ---------------------------------------------------------------

    def parse(
        self,
        source: bytes | str | os.PathLike[str],
        *,
        kind: Literal["auto", "html", "text"] = "auto",
        url: str | None = None,
        name: str | None = None,
        **options: Any,
    ) -> Article:
        """:func:`geoarticle.parse` (bytes, str or a path; HTML or text) with this
        instance's pipeline, unless ``pipeline=`` is given or ``annotate=False``."""
        from .sources import parse  # the parsers load on first use

        if options.get("annotate", True) and options.get("pipeline") is None:
            options["pipeline"] = self.pipeline(
                reference_date=options.get("reference_date"), limits=options.get("limits")
            )
        return parse(source, kind=kind, url=url, name=name, **options)

    def parse_html(
        self,
        source: str | bytes,
        *,
        url: str | None = None,
        annotate: bool = True,
        reference_date: dt.date | str | None = None,
        pipeline: Pipeline | None = None,
        limits: Limits | None = None,
    ) -> Article:
        """:func:`geoarticle.parse_html` with this instance's pipeline (unless one is given)."""
        from .api import parse_html  # the parsers load on first use

        if annotate and pipeline is None:
            pipeline = self.pipeline(reference_date=reference_date, limits=limits)
        return parse_html(
            source,
            url=url,
            annotate=annotate,
            reference_date=reference_date,
            pipeline=pipeline,
            limits=limits,
        )

    def parse_text(
        self,
        text: str,
        *,
        annotate: bool = True,
        reference_date: dt.date | str | None = None,
        pipeline: Pipeline | None = None,
        limits: Limits | None = None,
    ) -> Article:
        """:func:`geoarticle.parse_text` with this instance's pipeline (unless one is given)."""
        from .api import parse_text  # the parsers load on first use

        if annotate and pipeline is None and isinstance(text, str):
            pipeline = self.pipeline(reference_date=reference_date, limits=limits)
        return parse_text(
            text,
            annotate=annotate,
            reference_date=reference_date,
            pipeline=pipeline,
            limits=limits,
        )

    def dumps(self, article: Article, format: str = "json", **options: Any) -> str:
        """Write ``article`` in a format of :attr:`formats`; options go to its writer.

        Raises :class:`~geoarticle.errors.UnknownFormatError` for a format not
        registered and :class:`~geoarticle.errors.SerializationError` when writing fails.
        """
        fmt = self.formats.get(format)
        return fmt.write(article, **self._converter_option(fmt, options))

    def loads(self, data: str | bytes, format: str = "json", **options: Any) -> Article:
        """Read an article back with the reader of a format of :attr:`formats`.

        Raises :class:`~geoarticle.errors.UnknownFormatError`, listing this instance's
        readable formats, for a format not registered or without a reader.
        """
        if format not in self.formats or not self.formats.get(format).readable:
            readable = _serializers.readable_formats(self.formats)
            raise UnknownFormatError("readable format", format, readable)
        fmt = self.formats.get(format)
        return fmt.read(data, **self._converter_option(fmt, options))

    def _converter_option(self, fmt: Format, options: dict[str, Any]) -> dict[str, Any]:
        """``options`` with this instance's converter for a format whose writer takes one
        (its reader then does too), unless the instance uses the package's own."""
        if self.converter is CONVERTER or "converter" in options:
            return options
        if not takes_keyword(fmt.dumps, "converter"):
            return options
        return {**options, "converter": self.converter}

    # -- plugins -----------------------------------------------------------------------

    def use(self, plugin: Plugin | str, **options: Any) -> GeoArticle:
        """Apply ``plugin`` (a callable, or ``"module:function"``) to this instance:
        ``plugin(self, **options)``. Returns the instance, for chaining."""
        func = load_plugin(plugin) if isinstance(plugin, str) else plugin
        func(self, **options)
        name = plugin if isinstance(plugin, str) else _name_of(func)
        self.plugins.append(name)
        return self

    def load_entry_points(
        self, group: str = PLUGIN_GROUP, *, errors: Literal["raise", "warn"] = "raise"
    ) -> GeoArticle:
        """Apply every plugin installed packages offer in the entry-point ``group``,
        in order of name (a name offered twice is applied once).

        A plugin that cannot be loaded or fails raises, or with ``errors="warn"``
        gives a RuntimeWarning and is passed over. Returns the instance.
        """
        from importlib.metadata import entry_points

        seen: set[str] = set()
        for ep in sorted(entry_points(group=group), key=lambda e: (e.name, e.value)):
            if ep.name in seen:
                continue
            seen.add(ep.name)
            try:
                self.use(ep.load())
            except Exception as exc:
                if errors == "raise":
                    raise
                warnings.warn(
                    f"geoarticle plugin {ep.name!r} ({ep.value}) was not applied: "
                    f"{type(exc).__name__}: {exc}",
                    RuntimeWarning,
                    stacklevel=2,
                )
        return self

    def with_plugins(self, refs: Iterable[str]) -> GeoArticle:
        """A copy of this instance with the plugins ``refs`` (``"module:function"``)
        applied, or the instance itself when there are none; shared while this
        instance's registries are unchanged (what batch workers use)."""
        key = tuple(refs)
        if not key:
            return self
        versions = (self.formats.version, self.annotators.version)
        with self._lock:
            found = self._derived.get(key)
        if found is not None and found[0] == versions:
            return found[1]
        derived = self.copy()
        for ref in key:
            derived.use(ref)
        with self._lock:
            if len(self._derived) >= _MEMO_SIZE:
                self._derived.clear()
            self._derived[key] = (versions, derived)
        return derived

    # -- copies ------------------------------------------------------------------------

    def copy(self) -> GeoArticle:
        """An independent instance with the same entries, steps, gazetteers and converter."""
        new = GeoArticle(
            formats=self.formats.copy(),
            annotators=self.annotators.copy(),
            default_steps=self.default_steps,
            gazetteers=self.gazetteers,
            converter=self.converter,
        )
        new.plugins = list(self.plugins)
        return new

    def __repr__(self) -> str:
        return (
            f"GeoArticle(formats={list(self.formats.names())!r}, "
            f"annotators={list(self.annotators.names())!r}, "
            f"default_steps={list(self.default_steps)!r})"
        )


def _name_of(func: Callable[..., object]) -> str:
    module = getattr(func, "__module__", None) or "?"
    name = getattr(func, "__qualname__", None) or type(func).__name__
    return f"{module}:{name}"


_DEFAULT: GeoArticle | None = None
_DEFAULT_READY = False
_DEFAULT_LOCK = threading.RLock()


def get_default() -> GeoArticle:
    """The process's default instance, used by the module-level functions.

    Its registries are :data:`geoarticle.serializers.REGISTRY` and
    :data:`geoarticle.annotators.REGISTRY` (so ``serializers.register(...)`` reaches
    it). On the first call it applies the plugins of the ``geoarticle.plugins``
    entry-point group; one that fails gives a RuntimeWarning and is passed over.
    """
    global _DEFAULT, _DEFAULT_READY
    if _DEFAULT_READY and _DEFAULT is not None:
        return _DEFAULT
    with _DEFAULT_LOCK:  # re-entrant: a plugin that asks for the default gets this one
        if _DEFAULT is None:
            _DEFAULT = GeoArticle(formats=_serializers.REGISTRY, annotators=_annotators.REGISTRY)
            try:
                _DEFAULT.load_entry_points(errors="warn")
            finally:
                _DEFAULT_READY = True
        return _DEFAULT
