"""The body of a dump: sections, blocks, image credits, tags, and what is left out.

Each unit is first classified on its own (:func:`_classify`), then headings are
confirmed (something must follow them) and caption-like lines matched with
image credits, and finally the sections are assembled. Two passes, both linear.

A figure line, ``[Figure 2: alt text]`` or ``[Figure 2]`` (what the ``text`` format
writes where a figure stands), is a figure of the second image credit, its text
that credit's alt. When a dump has figure lines, caption-like lines are not
guessed at: they stay headings.
"""

from __future__ import annotations

import datetime as dt
import re
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

Kind = Literal["skip", "credit", "heading", "maybe-heading", "block", "caption", "figure"]

#: ``[Figure 2: alt text]``: the figure of image credit 2 (1-based), with its alt text.
FIGURE_LINE = re.compile(r"\[Figure (?P<n>[1-9][0-9]{0,3})(?:: (?P<alt>.+))?\]\Z")


@attrs.define
class _Item:
    kind: Kind
    text: str = ""
    level: int = DEFAULT_LEVEL
    block: Block | None = None
    credit: ImageCredit | None = None
    #: 0-based image credit of a figure line
    image: int = -1


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
    if text.startswith("[Figure "):
        m = FIGURE_LINE.match(text)
        if m is not None:
            return _Item("figure", text=m["alt"] or "", image=int(m["n"]) - 1)
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
            return _Item("credit", credit=_captioned(text) or credit)
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
    """Confirm figure lines and headings (content must follow) and pick the caption-like lines."""
    figures = False
    for item in items:
        if item.kind == "figure":
            if item.image < n_credits:
                figures = True
            else:  # no such image: the line is text
                item.kind, item.block = "block", Paragraph(text=_figure_text(item))
    content_after = False
    for item in reversed(items):
        if item.kind == "maybe-heading":
            item.kind = "heading" if content_after else "block"
            if item.kind == "block":
                item.block = Paragraph(text=item.text)
        if item.kind in ("heading", "block", "figure"):
            content_after = True
    if n_credits == 0 or figures:
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
        elif item.kind == "figure":
            count += 1
            if count > limits.max_blocks:
                continue
            if item.text:
                body.credits[item.image] = attrs.evolve(body.credits[item.image], alt=item.text)
            blocks.append(Figure(image=item.image))
        elif item.kind == "block" and item.block is not None:
            count += 1
            if count > limits.max_blocks:
                continue
            blocks.append(item.block)
    if heading is not None or blocks:
        body.sections.append(Section(heading=heading, level=level, blocks=tuple(blocks)))
    if count > limits.max_blocks:
        body.warnings.append(f"kept the first {limits.max_blocks} of {count} blocks")


def _captioned(line: str) -> ImageCredit | None:
    """``Caption text (Image 2: X via Y)``: the credit in the closing parentheses, with the
    text before them as its caption (as the ``text`` format writes a captioned credit);
    None when the line is not of that form."""
    if not line.endswith(")"):
        return None
    depth = 0
    for i in range(len(line) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(line[i], 0)
        if depth == 0:
            break
    else:
        return None
    caption, inner = line[: max(i - 1, 0)].strip(), line[i + 1 : -1]
    if i < 2 or line[i - 1] != " " or not caption or parse_credit(caption) is not None:
        return None
    credit = parse_credit(inner)
    if credit is None or credit.caption or not (credit.credit or credit.label or credit.via):
        return None
    return attrs.evolve(credit, caption=caption)


def _figure_text(item: _Item) -> str:
    return f"[Figure {item.image + 1}: {item.text}]" if item.text else f"[Figure {item.image + 1}]"


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
