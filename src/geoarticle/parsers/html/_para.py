"""The record the container search keeps for each paragraph-like element."""

from __future__ import annotations

from typing import NamedTuple

from lxml.html import HtmlElement

__all__ = ["Para"]


class Para(NamedTuple):
    """A paragraph-like element the container search weighs."""

    element: HtmlElement
    #: Characters of its text (stripped).
    chars: int
    #: Commas in it (Latin and CJK), a mark of prose.
    commas: int
    #: Whether it sits inside a box the chain calls furniture.
    in_furniture: bool
    #: Characters of its text inside links.
    link_chars: int
