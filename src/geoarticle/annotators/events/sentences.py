"""Sentence splitting that survives abbreviations, initials and quotes.

A sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets)
followed by white space and a capital, digit or opening quote, unless the word
before the period is a known abbreviation ("Gen.", "Oct."), an initial ("J."),
or a dotted acronym ("U.S.") followed by a word that does not start sentences.
A line break always ends a sentence.
"""

from __future__ import annotations

import re

__all__ = ["split_sentences"]

_END = re.compile(r"(?<![.!?])[.!?]+[\"”’')\]]*\s+|\n+")  # a run of marks is tried once
_WORD_BEFORE = re.compile(r"(\S+)\Z")

#: Abbreviations that do not end a sentence (lower case, no period).
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "cpt",
        "maj",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "pres",
        "st",
        "jr",
        "sr",
        "rev",
        "hon",
        "amb",
        "brig",
        "pvt",
        "cpl",
        "supt",
        "insp",
        "det",
        "fr",
        "messrs",
        "mme",
        "mlle",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "nos",
        "vs",
        "v",
        "inc",
        "corp",
        "ltd",
        "co",
        "dept",
        "univ",
        "approx",
        "est",
        "fig",
        "al",
        "op",
        "ed",
        "vol",
        "art",
        "sec",
        "ch",
        "pp",
        "p",
    ]
)

#: Words that open a sentence after a dotted acronym ("... the U.S. The next day").
_STARTERS = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "his",
        "her",
        "its",
        "their",
        "our",
        "this",
        "that",
        "these",
        "those",
        "there",
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "while",
        "but",
        "and",
        "however",
        "meanwhile",
        "also",
        "yet",
        "still",
        "then",
        "according",
        "since",
        "as",
        "if",
        "although",
        "though",
        "despite",
        "during",
        "following",
        "some",
        "many",
        "most",
    ]
)

_OPENERS = "\"“‘'("
#: Characters before a terminator that are looked at.
_WINDOW = 80


def _is_boundary(text: str, end: int, nxt: int) -> bool:
    """Whether the terminator ending at ``end`` closes a sentence starting at ``nxt``."""
    if nxt >= len(text):
        return True
    first = text[nxt]
    if not (first.isupper() or first.isdigit() or first in _OPENERS):
        return False
    # a bounded window: the word before the period is all that matters (and keeps this linear)
    head = text[max(0, end - _WINDOW) : end].rstrip("\"”’')] \t")
    if not head.endswith("."):
        return True
    m = _WORD_BEFORE.search(head[:-1])
    if m is None:
        return True
    word = m.group(1).lstrip(_OPENERS)
    bare = word.lower()
    if bare in _ABBREVIATIONS:
        return bare in {"etc"}
    if len(word) == 1 and word.isalpha():
        return False  # an initial: "J. Smith"
    if "." in word:  # dotted acronym: "U.S.", "e.g."
        m2 = re.match(r"[A-Za-z]+", text[nxt:])
        return m2 is not None and m2.group(0).lower() in _STARTERS
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` spans of the sentences of ``text``, trimmed of white space."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0)[0] != "\n" and not _is_boundary(text, m.end(), m.end()):
            continue
        _add(text, start, m.end(), spans)
        start = m.end()
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
