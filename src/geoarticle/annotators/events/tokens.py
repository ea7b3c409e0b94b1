"""Word tokens with character offsets, the unit the coder matches on."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

# Apostrophes are normalised before matching, so "can’t" and "can't" give the same tokens.
_TOKEN = re.compile(r"\w+(?:[-.]\w+)*|'\w+|[^\w\s]")


class Token(NamedTuple):
    """A word or punctuation mark: its text, lower-cased form and offsets in the block."""

    text: str
    lower: str
    start: int
    end: int


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    norm = text[start:stop].replace("’", "'").replace("‘", "'")
    out: list[Token] = []
    for m in _TOKEN.finditer(norm):
        word = m.group(0)
        out.append(Token(word, word.lower(), m.start() + start, m.end() + start))
    return out
