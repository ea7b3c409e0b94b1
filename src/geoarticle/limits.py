"""Limits on what one call will take on, with safe defaults.

Every public entry point takes a :class:`Limits`; inputs over ``max_input_bytes``
raise :class:`~geoarticle.errors.LimitExceededError`; every other limit is a bound
past which the rest is dropped or left unread, with a warning recorded in
``Article.warnings``. None of them ever lets a call hang or exhaust memory.
docs/errors.md lists what each one does.
"""

from __future__ import annotations

import attrs

from .errors import ModelError

__all__ = ["DEFAULT_LIMITS", "Limits"]


def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ModelError(f"Limits.{attribute.name}: expected a positive int, got {value!r}")


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


DEFAULT_LIMITS = Limits()
