"""Word tokens with character offsets, the unit the coder matches on."""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Token", "tokenize"]

# Apostrophes are normalised before matching, so "can’t" and "can't" give the same tokens.
_TOKEN = re.compile(r"\w+(?:[-.]\w+)*|'\w+|[^\w\s]")
#: A token with the white space before it.
# (?<!\s): a run of white space is tried once, from its start (linear on long runs)
_PIECE = re.compile(r"(?<!\s)\s*(?:" + _TOKEN.pattern + ")")


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
    # every non-space character belongs to a token, so white space plus token lengths
    # add up to the offsets without a match object per token
    pieces = _PIECE.findall(norm)
    out: list[Token] = []
    append = out.append
    pos = start
    for piece in pieces:
        pos += len(piece)
        word = piece.lstrip()
        append(Token(word, word.lower(), pos - len(word), pos))
    return out
