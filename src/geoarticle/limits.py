"""Limits on what one call will take on, with safe defaults.

Every public entry point takes a :class:`Limits`; inputs over a limit raise
:class:`~geoarticle.errors.LimitExceededError` (size) or are truncated with a
recorded warning (counts), never hang or exhaust memory.
"""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_LIMITS", "Limits"]


@attrs.frozen(kw_only=True)
class Limits:
    """Bounds on input size and on what a parse may produce."""

    #: Largest input accepted, in bytes (str inputs are measured in UTF-8 code units).
    max_input_bytes: int = 64 * 1024 * 1024
    #: Deepest element nesting walked in an HTML tree; deeper content is flattened.
    max_depth: int = 512
    #: Most blocks kept in one article; the rest are dropped with a warning.
    max_blocks: int = 20_000
    #: Most actors and events an article may carry.
    max_actors: int = 2_000
    max_events: int = 5_000
    #: Largest JSON-LD script parsed in a page, in characters.
    max_jsonld_chars: int = 1_000_000


DEFAULT_LIMITS = Limits()
