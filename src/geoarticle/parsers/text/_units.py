"""Cut a cleaned dump into units: single text lines or paragraphs, lists, quotes and tables.

Blank lines separate chunks. Inside a chunk:

* lines that all start with ``>`` are a quote; a last line starting with a dash
  (``> — Name``) is its attribution;
* a quoted paragraph (opening with a quotation mark) followed by a dash line
  (``— Name``) is a quote too, its enclosing quotation marks removed;
* runs of bullet or numbered lines are a list (an unmarked line after an item
  that starts in lower case continues that item);
* lines that all hold the same number (one or more) of `` | `` separators are a table;
* other lines are either one hard-wrapped paragraph, joined with spaces, or one
  unit per line. A chunk is hard-wrapped when its lines (all but the last) are
  of similar length, at most :data:`WRAP_WIDTH` characters and at least
  :data:`MIN_WRAP` characters; a heading-like first line clearly shorter than the
  wrap width is split off first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from ._lines import is_heading_like, list_item

__all__ = ["ListUnit", "QuoteUnit", "TableUnit", "TextUnit", "Unit", "segment"]

#: Widest line of a hard-wrapped paragraph, and the narrowest wrap width taken as wrapping.
WRAP_WIDTH = 100
MIN_WRAP = 40
_DASHES = ("—", "―", "–", "--", "- ")
_OPEN_QUOTES = ('"', "“", "«", "„")
_CLOSE_QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“"}
_URL_LINE = re.compile(r"https?://\S+\Z")


@attrs.frozen
class TextUnit:
    """One line or one joined paragraph of plain text."""

    text: str


@attrs.frozen
class ListUnit:
    """A run of bullet or numbered items."""

    items: tuple[str, ...]
    ordered: bool


@attrs.frozen
class QuoteUnit:
    """A block quotation and its attribution."""

    text: str
    cite: str | None


@attrs.frozen
class TableUnit:
    """Rows of cells separated by `` | ``."""

    rows: tuple[tuple[str, ...], ...]


Unit = TextUnit | ListUnit | QuoteUnit | TableUnit


def _chunks(text: str) -> Iterator[list[str]]:
    chunk: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            chunk.append(line)
        elif chunk:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _strip_dash(line: str) -> str | None:
    for d in _DASHES:
        if line.startswith(d):
            return line[len(d) :].strip() or None
    return None


def _unquote(text: str) -> str:
    """The text without the quotation marks around all of it."""
    close = _CLOSE_QUOTES.get(text[:1])
    inner = text[1:-1]
    if close and text.endswith(close) and len(text) > 2 and text[0] not in inner:
        return inner.strip()
    return text


def _quote(lines: list[str]) -> QuoteUnit | None:
    if all(line.startswith(">") for line in lines):
        body = [line[1:].strip() for line in lines]
        cite = _strip_dash(body[-1]) if len(body) > 1 else None
        if cite is not None:
            body = body[:-1]
        text = " ".join(b for b in body if b)
        return QuoteUnit(text, cite) if text else None
    if len(lines) >= 2 and lines[0].startswith(_OPEN_QUOTES):
        cite = _strip_dash(lines[-1])
        if cite is not None and len(cite) <= 120:
            return QuoteUnit(_unquote(" ".join(lines[:-1])), cite)
    return None


def _table(lines: list[str]) -> TableUnit | None:
    if len(lines) < 2:
        return None
    counts = {line.count(" | ") for line in lines}
    if len(counts) != 1 or 0 in counts:
        return None
    return TableUnit(tuple(tuple(c.strip() for c in line.split(" | ")) for line in lines))


def _wrapped(lines: list[str]) -> bool:
    if any(_URL_LINE.match(line) for line in lines):
        return False
    body = lines[:-1]
    width = max(len(line) for line in body)
    return MIN_WRAP <= width <= WRAP_WIDTH and min(len(line) for line in body) >= 0.5 * width


def _plain(lines: list[str]) -> Iterator[TextUnit]:
    if len(lines) == 1:
        yield TextUnit(lines[0])
        return
    if len(lines) >= 2 and is_heading_like(lines[0]):
        rest = lines[1:]
        width = max(len(line) for line in rest[:-1]) if len(rest) > 1 else 70
        if len(lines[0]) < 0.75 * width and (len(rest) == 1 or _wrapped(rest)):
            yield TextUnit(lines[0])
            yield TextUnit(" ".join(rest))
            return
    if _wrapped(lines):
        yield TextUnit(" ".join(lines))
    else:
        yield from (TextUnit(line) for line in lines)


def _mixed(lines: list[str]) -> Iterator[Unit]:
    """Lists split out of a chunk; the other lines go through :func:`_plain`."""
    plain: list[str] = []
    items: list[str] = []
    ordered = False
    for line in lines:
        item = list_item(line)
        if item is not None:
            if plain:
                yield from _plain(plain)
                plain = []
            if not items:
                ordered = item[0]
            items.append(item[1])
        elif items and line[:1].islower():
            items[-1] = f"{items[-1]} {line}"
        else:
            if items:
                yield ListUnit(tuple(items), ordered)
                items = []
            plain.append(line)
    if items:
        yield ListUnit(tuple(items), ordered)
    if plain:
        yield from _plain(plain)


def segment(text: str) -> Iterator[Unit]:
    """The units of a cleaned dump, in order."""
    for lines in _chunks(text):
        special = _quote(lines) or _table(lines)
        if special is not None:
            yield special
        else:
            yield from _mixed(lines)
