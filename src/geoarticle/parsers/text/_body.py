"""The body of a dump: sections, blocks, image credits, tags, and what is left out.

Each unit is first classified on its own (:func:`_classify`), then headings are
confirmed (something must follow them) and caption-like lines matched with
image credits, and finally the sections are assembled. Two passes, both linear.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Literal

import attrs

from ...limits import Limits
from ...models import (
    Block,
    Figure,
    ImageCredit,
    ListBlock,
    Paragraph,
    Quote,
    Section,
    Table,
)
from .._credits import parse_credit
from ._lines import (
    date_line,
    heading_marks,
    is_caption_like,
    is_furniture,
    is_heading_like,
    is_wire_credit,
    tags_line,
)
from ._units import ListUnit, QuoteUnit, TableUnit, TextUnit, Unit

__all__ = ["Body", "read_body"]

#: Level given to headings a plain-text dump shows without marks.
DEFAULT_LEVEL = 2
#: Longest line read as an image credit.
MAX_CREDIT_LINE = 250

Kind = Literal["skip", "credit", "heading", "maybe-heading", "block", "caption"]


@attrs.define
class _Item:
    kind: Kind
    text: str = ""
    level: int = DEFAULT_LEVEL
    block: Block | None = None
    credit: ImageCredit | None = None


@attrs.define
class Body:
    """Sections, credits and extra metadata read from the body units."""

    sections: list[Section] = attrs.Factory(list)
    credits: list[ImageCredit] = attrs.Factory(list)
    tags: list[str] = attrs.Factory(list)
    categories: list[str] = attrs.Factory(list)
    modified: dt.datetime | None = None
    warnings: list[str] = attrs.Factory(list)


def _classify_text(text: str, body: Body) -> _Item:
    if is_furniture(text) or is_wire_credit(text):
        return _Item("skip")
    tags = tags_line(text)
    if tags is not None:
        (body.categories if tags[0] == "categories" else body.tags).extend(tags[1])
        return _Item("skip")
    date = date_line(text, bare=False)
    if date is not None:
        if date.field == "modified" and body.modified is None:
            body.modified = date.value
        return _Item("skip")
    if len(text) <= MAX_CREDIT_LINE:
        credit = parse_credit(text)
        if credit is not None:
            return _Item("credit", credit=credit)
    marks = heading_marks(text)
    if marks is not None:
        return _Item("heading", text=marks[1], level=marks[0])
    if is_heading_like(text):
        return _Item("maybe-heading", text=text)
    return _Item("block", block=Paragraph(text=text))


def _classify(unit: Unit, body: Body) -> _Item:
    if isinstance(unit, TextUnit):
        return _classify_text(unit.text, body)
    if isinstance(unit, ListUnit):
        return _Item("block", block=ListBlock(items=unit.items, ordered=unit.ordered))
    if isinstance(unit, QuoteUnit):
        return _Item("block", block=Quote(text=unit.text, cite=unit.cite))
    assert isinstance(unit, TableUnit)
    return _Item("block", block=Table(rows=unit.rows))


def _resolve(items: list[_Item], n_credits: int) -> None:
    """Confirm headings (content must follow) and pick the caption-like lines."""
    content_after = False
    for item in reversed(items):
        if item.kind == "maybe-heading":
            item.kind = "heading" if content_after else "block"
            if item.kind == "block":
                item.block = Paragraph(text=item.text)
        if item.kind in ("heading", "block"):
            content_after = True
    if n_credits == 0:
        return
    captions = [it for it in items if it.kind == "heading" and is_caption_like(it.text)]
    for item in captions[:n_credits]:
        item.kind = "caption"


def _assemble(items: list[_Item], body: Body, limits: Limits) -> None:
    next_image = len(body.credits) - sum(1 for it in items if it.kind == "caption")
    heading: str | None = None
    level = 0
    blocks: list[Block] = []
    count = 0
    for item in items:
        if item.kind == "heading":
            if heading is not None or blocks:
                body.sections.append(Section(heading=heading, level=level, blocks=tuple(blocks)))
            heading, level, blocks = item.text, item.level, []
        elif item.kind == "caption":
            index, next_image = next_image, next_image + 1
            body.credits[index] = attrs.evolve(body.credits[index], alt=item.text)
            blocks.append(Figure(image=index))
        elif item.kind == "block" and item.block is not None:
            count += 1
            if count > limits.max_blocks:
                continue
            blocks.append(item.block)
    if heading is not None or blocks:
        body.sections.append(Section(heading=heading, level=level, blocks=tuple(blocks)))
    if count > limits.max_blocks:
        body.warnings.append(f"kept the first {limits.max_blocks} of {count} blocks")


def read_body(units: Sequence[Unit], limits: Limits) -> Body:
    """Sections and image credits from the units between the header and the related block.

    Headings without marks get level :data:`DEFAULT_LEVEL`; ``#`` marks give their own.
    """
    body = Body()
    items: list[_Item] = []
    for unit in units:
        item = _classify(unit, body)
        if item.kind == "credit" and item.credit is not None:
            body.credits.append(item.credit)
        elif item.kind != "skip":
            items.append(item)
    _resolve(items, len(body.credits))
    _assemble(items, body, limits)
    return body
