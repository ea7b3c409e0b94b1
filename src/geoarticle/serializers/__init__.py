"""Serializers: pure functions from an Article to text, registered by format name.

Each format lives in its own module and exposes ``FORMAT``, a :class:`Format`.
``dumps(article, "markdown")`` looks the format up in :data:`REGISTRY` and calls
it; :func:`register` adds a format of your own. A format that can be read back
carries a ``reader``, which :func:`loads` (and ``geoarticle.loads``) calls.

``html``, ``markdown`` and ``text`` write each block with a render rule from a
table keyed by block type (:class:`RenderRules`): ``get_format("html")
.with_render_rule(Paragraph, rule)`` is a new format writing paragraphs with
``rule``, to register under a name of its own or as ``"html"``.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import warnings
from collections.abc import Callable
from typing import Any

import attrs

from .._registry import Registry
from ..errors import (
    GeoArticleError,
    InvalidArgumentError,
    InvalidArgumentTypeError,
    SerializationError,
    UnknownFormatError,
)
from ..models import Article
from ._rules import RenderContext, RenderRule, RenderRules

__all__ = [
    "REGISTRY",
    "Format",
    "RenderContext",
    "RenderRule",
    "RenderRules",
    "dumps",
    "formats",
    "get_format",
    "loads",
    "readable_formats",
    "register",
]

#: A reader: the format's text (str or bytes) and keyword options to an Article.
Reader = Callable[..., Article]


def _check_reader(inst: Format, attr: attrs.Attribute[Any], value: Reader | str | None) -> None:
    if isinstance(value, str):
        module, sep, name = value.partition(":")
        if not (module and sep and name):
            raise InvalidArgumentError(f"reader must be 'module:attribute', got {value!r}")
    elif value is not None and not callable(value):
        raise InvalidArgumentTypeError(
            f"reader must be callable or a 'module:attribute' path, got {value!r}"
        )


@attrs.frozen(kw_only=True, init=False)
class Format:
    """An output format: its name, media type, writer and, when it reads back, its reader.

    ``Format(name=..., media_type=..., dumps=...)`` writes only; give ``reader=``
    (a function ``(data, **options) -> Article``, or its ``"module:attribute"``
    path, imported on first use) and :func:`geoarticle.loads` reads it back.
    The ``readable=`` keyword of earlier versions is accepted with a
    DeprecationWarning and ignored: a format is readable when it has a reader.
    """

    name: str
    media_type: str
    #: Pure function from Article (and keyword options) to text. When the format has
    #: ``render_rules``, it also takes ``rules=`` (a :class:`RenderRules`; None for its own).
    dumps: Callable[..., str]
    description: str = ""
    #: Reads the output back: ``(data: str | bytes, **options) -> Article``, or the
    #: ``"module:attribute"`` path of such a function; None when it cannot be read back.
    reader: Reader | str | None = attrs.field(default=None, validator=_check_reader)
    #: The table of render rules ``dumps`` writes blocks with; None for formats that do
    #: not write block by block (``json``, ``jsonld``...).
    render_rules: RenderRules | None = None

    def __init__(
        self,
        *,
        name: str,
        media_type: str,
        dumps: Callable[..., str],
        description: str = "",
        reader: Reader | str | None = None,
        render_rules: RenderRules | None = None,
        readable: bool | None = None,
    ) -> None:
        if readable is not None:
            warnings.warn(
                "Format(readable=...) is deprecated and ignored: a format is readable "
                "when it has a reader (Format(reader=...))",
                DeprecationWarning,
                stacklevel=2,
            )
        self.__attrs_init__(
            name=name,
            media_type=media_type,
            dumps=dumps,
            description=description,
            reader=reader,
            render_rules=render_rules,
        )

    @property
    def readable(self) -> bool:
        """True when ``geoarticle.loads(..., name)`` can read the output back (it has a reader)."""
        return self.reader is not None

    def read(self, data: str | bytes, **options: Any) -> Article:
        """The article read back from ``data`` by this format's reader; options go to it.

        Raises :class:`~geoarticle.errors.UnknownFormatError` when the format has no
        reader (listing the readable formats of the default registry), and whatever
        the reader raises (:class:`~geoarticle.errors.ParseError`,
        :class:`~geoarticle.errors.StructureError`...).
        """
        reader = self.reader
        if reader is None:
            raise UnknownFormatError("readable format", self.name, readable_formats())
        if isinstance(reader, str):
            module, _, attr = reader.partition(":")
            reader = getattr(importlib.import_module(module), attr)
        article: Article = reader(data, **options)
        return article

    def write(self, article: Article, **options: Any) -> str:
        """``article`` written by :attr:`dumps`, options passed on.

        A writer's failure that is not a geoarticle error (a bug in it, or in a render
        rule, or a result that is not a str) becomes a
        :class:`~geoarticle.errors.SerializationError` naming the format, its cause
        chained; options the writer does not take raise TypeError, as before.
        """
        try:
            out = self.dumps(article, **options)
        except GeoArticleError:
            raise
        except TypeError as exc:
            if not _binds(self.dumps, article, options):
                raise
            raise _failed(self.name, exc) from exc
        except Exception as exc:
            raise _failed(self.name, exc) from exc
        if not isinstance(out, str):
            raise SerializationError(
                f"format {self.name!r}: the writer returned {type(out).__name__}, not str"
            )
        return out

    def with_render_rule(self, block_type: type, rule: RenderRule) -> Format:
        """A new format whose ``dumps`` writes ``block_type`` with ``rule``; this one is unchanged.

        ``rule(block, ctx) -> str`` gets the block and a :class:`RenderContext`; ``""``
        writes nothing. Blocks of subclasses of ``block_type`` use it too, unless they
        have a rule of their own. Register the result (under a new name, or this one)
        to use it by name. Raises :class:`~geoarticle.errors.SerializationError` for a
        format without render rules.
        """
        if self.render_rules is None:
            raise SerializationError(
                f"format {self.name!r} has no render rules (it does not write block by block)"
            )
        rules = self.render_rules.with_rule(block_type, rule)
        return attrs.evolve(
            self, render_rules=rules, dumps=functools.partial(self.dumps, rules=rules)
        )


def _binds(func: Callable[..., str], article: Article, options: dict[str, Any]) -> bool:
    """True when ``func`` takes these arguments (so a TypeError came from inside it)."""
    try:
        inspect.signature(func).bind(article, **options)
    except TypeError:
        return False
    except ValueError:  # no signature to check against
        return True
    return True


def _failed(name: str, exc: Exception) -> SerializationError:
    return SerializationError(f"format {name!r} failed: {type(exc).__name__}: {exc}")


#: Built-in formats, imported on first use.
REGISTRY: Registry[Format] = Registry(
    "format",
    {
        "json": "geoarticle.serializers.json:FORMAT",
        "text": "geoarticle.serializers.text:FORMAT",
        "markdown": "geoarticle.serializers.markdown:FORMAT",
        "html": "geoarticle.serializers.html:FORMAT",
        "jsonld": "geoarticle.serializers.jsonld:FORMAT",
        "ninjs": "geoarticle.serializers.ninjs:FORMAT",
        "events-jsonl": "geoarticle.serializers.events_jsonl:FORMAT",
        "geojson": "geoarticle.serializers.geojson:FORMAT",
    },
)


def register(fmt: Format) -> None:
    """Add (or replace) a format in the default registry."""
    REGISTRY.register(fmt.name, fmt)


def get_format(name: str) -> Format:
    """The format registered as ``name``; UnknownFormatError lists the others."""
    return REGISTRY.get(name)


def formats() -> tuple[str, ...]:
    """Names of every format that can be written."""
    return REGISTRY.names()


def readable_formats(registry: Registry[Format] | None = None) -> tuple[str, ...]:
    """Names of the formats of ``registry`` (the default one unless given) that have a reader."""
    reg = REGISTRY if registry is None else registry
    return tuple(name for name in reg.names() if reg.get(name).readable)


def dumps(article: Article, format: str = "json", **options: Any) -> str:
    """Write ``article`` in ``format``; options go to that format's writer.

    Raises :class:`~geoarticle.errors.UnknownFormatError` for a format not
    registered, and :class:`~geoarticle.errors.SerializationError` when the writer
    (or one of its render rules) fails (see :meth:`Format.write`).
    """
    return get_format(format).write(article, **options)


def loads(data: str | bytes, format: str = "json", **options: Any) -> Article:
    """Read an article back from ``format`` with its reader; options go to the reader.

    Raises :class:`~geoarticle.errors.UnknownFormatError`, listing the readable
    formats, when ``format`` is not registered or has no reader.
    """
    if format not in REGISTRY or not get_format(format).readable:
        raise UnknownFormatError("readable format", format, readable_formats())
    return get_format(format).read(data, **options)
