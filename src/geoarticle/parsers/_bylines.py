"""Bylines and datelines as written in pages and dumps (shared by both parsers).

Placeholder with the final signatures; the HTML-metadata work fills it in.
"""

from __future__ import annotations

import re

from ..models import Author, Dateline

__all__ = ["parse_byline", "parse_dateline"]

_BY = re.compile(r"^\s*by\s+", re.I)


def parse_byline(text: str) -> tuple[Author, ...]:
    """Authors named in a byline ("By Jane Doe and John Roe, Senior Fellow ...")."""
    text = _BY.sub("", text).strip()
    names = [n.strip() for n in re.split(r",|\band\b|&", text) if n.strip()]
    return tuple(Author(name=n) for n in names)


def parse_dateline(text: str) -> tuple[Dateline, int] | None:
    """A dateline at the start of ``text`` and the offset where the story begins, if any.

    ``"ISLAMABAD, Oct 24 (Reuters) - Pakistan ..."`` gives
    ``(Dateline(place="Islamabad", date_text="Oct 24", agency="Reuters"), 28)``.
    """
    del text
    return None
