"""Image credit lines ("Image 1: X via Flickr", "Photo: X/AFP") (shared by both parsers).

Placeholder with the final signature; the text-parser work fills it in.
"""

from __future__ import annotations

import re

from ..models import ImageCredit

__all__ = ["parse_credit"]

_LABELLED = re.compile(r"^(?P<label>Image \d+):\s*(?P<rest>.+)$")


def parse_credit(line: str) -> ImageCredit | None:
    """The ImageCredit a credit line states, or None when ``line`` is not one."""
    m = _LABELLED.match(line.strip())
    if not m:
        return None
    credit, _, via = m["rest"].partition(" via ")
    return ImageCredit(label=m["label"], credit=credit.strip() or None, via=via.strip() or None)
