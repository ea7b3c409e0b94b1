"""Blocks: the units of a section's body, each keeping its kind.

Every block has a ``text``: the string that mentions and evidence spans index
into. For lists it is the items joined by newlines, for tables the rows (cells
joined by `` | ``) joined by newlines; figures have empty text and are
left out of :attr:`Article.body_text`.
"""

from __future__ import annotations

from typing import ClassVar, Literal, Union

import attrs

from ..errors import ModelError
from ._checks import non_negative, of, optional_of, to_tuple, tuple_of

__all__ = [
    "Block",
    "BlockKind",
    "Figure",
    "ListBlock",
    "Paragraph",
    "Preformatted",
    "Quote",
    "Table",
]

BlockKind = Literal["paragraph", "list", "quote", "pre", "table", "figure"]


@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph of running text."""

    kind: ClassVar[BlockKind] = "paragraph"
    #: The paragraph's text, whitespace normalised.
    text: str = attrs.field(validator=of(str))


@attrs.frozen(kw_only=True)
class ListBlock:
    """A bulleted or numbered list; ``text`` is the items joined by newlines."""

    kind: ClassVar[BlockKind] = "list"
    #: The list items' texts.
    items: tuple[str, ...] = attrs.field(converter=to_tuple, validator=tuple_of(str))
    #: True for a numbered list.
    ordered: bool = attrs.field(default=False, validator=of(bool))

    @property
    def text(self) -> str:
        """The items, one per line."""
        return "\n".join(self.items)


@attrs.frozen(kw_only=True)
class Quote:
    """A block quotation, with its attribution when the page gives one."""

    kind: ClassVar[BlockKind] = "quote"
    #: The quoted text, whitespace normalised.
    text: str = attrs.field(validator=of(str))
    #: Who or what is quoted, when the page says.
    cite: str | None = attrs.field(default=None, validator=optional_of(str))


@attrs.frozen(kw_only=True)
class Preformatted:
    """Preformatted text (``<pre>``), whitespace kept."""

    kind: ClassVar[BlockKind] = "pre"
    #: The text as the page gives it, whitespace and line breaks kept.
    text: str = attrs.field(validator=of(str))


def _rows(value: object) -> object:
    if isinstance(value, list):
        return tuple(tuple(r) if isinstance(r, list) else r for r in value)
    return value


def _check_rows(inst: Table, attr: attrs.Attribute[object], value: object) -> None:
    tuple_of(tuple)(inst, attr, value)
    assert isinstance(value, tuple)
    for i, row in enumerate(value):
        for j, cell in enumerate(row):
            if not isinstance(cell, str):
                raise ModelError(f"Table.rows[{i}][{j}]: expected str, got {type(cell).__name__}")


@attrs.frozen(kw_only=True)
class Table:
    """A table as rows of cell texts; ``text`` is one line per row, cells joined by `` | ``."""

    kind: ClassVar[BlockKind] = "table"
    #: Rows of cell texts, header row first.
    rows: tuple[tuple[str, ...], ...] = attrs.field(converter=_rows, validator=_check_rows)

    @property
    def text(self) -> str:
        """The rows, one per line, cells joined by `` | ``."""
        return "\n".join(" | ".join(row) for row in self.rows)


@attrs.frozen(kw_only=True)
class Figure:
    """Where a figure sits in the body; ``image`` indexes ``Article.image_credits``.

    Its ``text`` is empty: captions and credits live in the ImageCredit and
    never enter the body text.
    """

    kind: ClassVar[BlockKind] = "figure"
    #: Index into Article.image_credits.
    image: int = attrs.field(validator=non_negative)

    @property
    def text(self) -> str:
        """Always the empty string."""
        return ""


#: Any block of a section.
Block = Union[Paragraph, ListBlock, Quote, Preformatted, Table, Figure]  # noqa: UP007

BLOCK_TYPES: tuple[type, ...] = (Paragraph, ListBlock, Quote, Preformatted, Table, Figure)
