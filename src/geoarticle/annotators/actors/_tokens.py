"""Tokenisation and line styles: the cheap first pass everything else reads."""

from __future__ import annotations

import re
from itertools import accumulate

__all__ = ["SENTENCE_OPENERS", "TOKEN", "line_style", "tokenize"]

_ABBREV = (
    "Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Brig|Sen|Rep|Gov|Prof|St|Jr|Sr|Rev|Mt|Ft|Corp|Inc|"
    "Ltd|Co|Bros|Calif|Ala|Ariz|Ark|Colo|Conn|Fla|Ill|Kan|Ky|Md|Mass|Mich|Minn|Mont|Neb|Nev|"
    "Okla|Ore|Pa|Tenn|Tex|Vt|Wash|Wis|Wyo|Mme|Messrs"
)
#: One token: an abbreviation with its period, dotted initials ("U.S."), a word
#: (inner hyphens and apostrophes kept, a possessive ’s split off), or one other character.
TOKEN = re.compile(
    rf"\b(?:{_ABBREV})\.|(?:[A-Za-z]\.){{2,}}|\b[A-Z]\.(?=\s+[A-Z])|\w+(?:[-‐]\w+|['’](?![sS]\b)\w+)*|['’][sS]\b|\S"
)

#: Tokens after which a capitalised word starts a sentence (or a quote, or a list item).
SENTENCE_OPENERS = frozenset(
    {".", "!", "?", ":", ";", '"', "“", "”", "‘", "'", "(", "[", "-", "–", "—", "…", "•", "*", "|"}
)

_SMALL = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "over",
        "the",
        "to",
        "vs",
        "via",
        "with",
        "without",
    ]
)


#: A token with the white space before it: lengths add up to offsets without match objects.
# (?<!\s): a run of white space is tried once, from its start (linear on long runs)
_PIECE = re.compile(r"(?<!\s)\s*(?:" + TOKEN.pattern + ")")


def tokenize(line: str) -> tuple[list[str], list[int], list[int]]:
    """Tokens of ``line`` with their start and end offsets."""
    pieces = _PIECE.findall(line)
    ends = list(accumulate(map(len, pieces)))
    toks = [p.lstrip() for p in pieces]
    starts = [e - len(t) for e, t in zip(ends, toks, strict=False)]
    return toks, starts, ends


def line_style(toks: list[str]) -> str:
    """``"caps"`` for an all-capitals line, ``"headline"`` for title case, else ``"prose"``."""
    words = [t for t in toks if t[0].isalpha()]
    if len(words) < 2:
        return "prose"
    upper = len([w for w in words if w.isupper() and len(w) > 1])
    if upper >= 2 and upper * 5 >= len(words) * 4:
        return "caps"
    content = [w for w in words if w.lower() not in _SMALL]
    if len(content) >= 3 and "," not in toks and "(" not in toks:
        caps = sum(1 for w in content if w[0].isupper())
        if caps * 4 >= len(content) * 3 and toks[-1] not in (".", "?", "!"):
            return "headline"
    return "prose"
