"""Render rules: how a format writes each kind of block, as a table keyed by type.

A *render rule* is a function ``(block, ctx) -> str``: it gets one block (a
:class:`~geoarticle.models.Paragraph`, :class:`~geoarticle.models.Table`...) and a
:class:`RenderContext`, and returns that block's text in the format; ``""`` writes
nothing. The ``html``, ``markdown`` and ``text`` formats keep one
:class:`RenderRules` table each (``Format.render_rules``), with a rule for every
block type and one for :class:`~geoarticle.models.Section`, which writes a
section's heading. Tables are immutable: :meth:`RenderRules.with_rule` returns a
new one, and :meth:`Format.with_render_rule <geoarticle.serializers.Format.with_render_rule>`
a new format writing with it (as markdown-it-py's ``add_render_rule``)::

    def paragraph(block, ctx):
        return f'<p class="lead">{html.escape(block.text)}</p>'

    fmt = get_format("html").with_render_rule(Paragraph, paragraph)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from ..errors import GeoArticleError, InvalidArgumentTypeError, SerializationError
from ..models import Article

__all__ = ["RenderContext", "RenderRule", "RenderRules"]

#: A render rule: the block (or the Section, for its heading) and the context, to text.
RenderRule = Callable[[Any, "RenderContext"], str]


def _frozen_options(value: Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(value, MappingProxyType):  # the writers build one per call
        return value
    return MappingProxyType(dict(value))


@attrs.frozen(kw_only=True)
class RenderContext:
    """What a render rule knows besides its block: the article and where the block stands."""

    #: The article being written.
    article: Article
    #: The name of the format being written (``"html"``...).
    format: str
    #: Index of the block's section in ``article.sections``.
    section: int = 0
    #: Index of the block in its section's ``blocks``; None when a Section's heading is written.
    block: int | None = None
    #: The keyword options the format's ``dumps`` was called with (``marks``, ``jsonld``...).
    options: Mapping[str, Any] = attrs.field(
        factory=dict, converter=_frozen_options, eq=False, hash=False
    )
    #: ``markdown`` only: write this list with the other marker, so that it does not
    #: merge into the list of the same kind just before it.
    alternate: bool = False


def _check_rule(block_type: object, rule: object) -> None:
    if not isinstance(block_type, type):
        raise InvalidArgumentTypeError(f"a render rule is keyed by a type, got {block_type!r}")
    if not callable(rule):
        raise InvalidArgumentTypeError(
            f"the render rule for {block_type.__name__} is not callable: {rule!r}"
        )


def _as_pairs(value: Mapping[type, RenderRule]) -> tuple[tuple[type, RenderRule], ...]:
    pairs = tuple(dict(value).items())
    for block_type, rule in pairs:
        _check_rule(block_type, rule)
    return pairs


@attrs.frozen(repr=False)
class RenderRules(Mapping[type, RenderRule]):
    """A format's render rules, keyed by block type; immutable.

    A block is written by the rule of its own type, else of the nearest base class
    that has one (its method resolution order). As a mapping it holds the rules as
    registered: ``rules[Paragraph]``, ``Paragraph in rules``, ``list(rules)``.
    """

    #: The name of the format these rules write (named in errors).
    format: str
    _pairs: tuple[tuple[type, RenderRule], ...] = attrs.field(converter=_as_pairs, alias="rules")
    _index: dict[type, RenderRule] = attrs.field(init=False, eq=False, hash=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_index", dict(self._pairs))  # private: never changed

    def __getitem__(self, block_type: type) -> RenderRule:
        return self._index[block_type]

    def __iter__(self) -> Iterator[type]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __repr__(self) -> str:
        names = ", ".join(t.__name__ for t in self._index)
        return f"RenderRules({self.format!r}: {names})"

    def rule_for(self, block_type: type) -> RenderRule:
        """The rule that writes blocks of ``block_type`` (its own, else its nearest base's).

        Raises :class:`~geoarticle.errors.SerializationError` when no rule applies.
        """
        for cls in block_type.__mro__:
            rule = self._index.get(cls)
            if rule is not None:
                return rule
        raise SerializationError(
            f"format {self.format!r} has no render rule for {block_type.__name__}"
        )

    def with_rule(self, block_type: type, rule: RenderRule) -> RenderRules:
        """A new table where ``rule`` writes ``block_type`` (added, or replacing its rule)."""
        _check_rule(block_type, rule)
        return RenderRules(self.format, {**self._index, block_type: rule})

    def render(self, block: object, ctx: RenderContext) -> str:
        """``block`` written by its rule.

        Raises :class:`~geoarticle.errors.SerializationError`, naming the format and
        the block type (the rule's exception chained as the cause), when the rule
        raises anything but a geoarticle error, or returns something that is not a str.
        """
        rule = self._index.get(type(block)) or self.rule_for(type(block))
        try:
            out = rule(block, ctx)
        except GeoArticleError:
            raise
        except Exception as exc:
            raise SerializationError(
                f"format {self.format!r}: the render rule for {type(block).__name__} "
                f"(section {ctx.section}{_where(ctx)}) failed: {type(exc).__name__}: {exc}"
            ) from exc
        if not isinstance(out, str):
            raise SerializationError(
                f"format {self.format!r}: the render rule for {type(block).__name__} "
                f"(section {ctx.section}{_where(ctx)}) returned {type(out).__name__}, not str"
            )
        return out


def _where(ctx: RenderContext) -> str:
    return "" if ctx.block is None else f", block {ctx.block}"
