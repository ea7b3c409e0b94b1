"""The annotators' one tokenizer and one sentence splitter.

Both annotators, and the gazetteers' keys, cut text into tokens here, so an
actor mention always starts and ends on the token boundaries the event coder
sees. A token is an abbreviation with its period ("Gen.", "Calif.", from
``data/text/abbreviations.tsv``), dotted initials ("U.S."), an initial before a
capital ("J. Smith"), a number with its separators ("1,200", "3.5"), a word
(inner hyphens and apostrophes kept, "n't" and a possessive "'s" split off as in
the Penn Treebank), or one other character.

Sentences end at ``.``, ``!`` or ``?`` (with closing quotes or brackets)
before white space and a capital, digit or opening quote, and at every line
break. Abbreviation tokens never end one, except company and state
abbreviations and dotted acronyms ("Inc.", "Calif.", "U.S.") followed by a
word that opens sentences ("... the U.S. The next day").
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from importlib import resources
from typing import NamedTuple

__all__ = ["TOKEN", "Token", "abbreviations", "split_sentences", "tokenize", "word_tokens"]


class Token(NamedTuple):
    """A word or mark: its text, a normalised lower-case form and its offsets."""

    text: str
    #: Lower case, curly apostrophes made straight ("’s" -> "'s").
    lower: str
    start: int
    end: int


@functools.cache
def abbreviations() -> dict[str, str]:
    """Abbreviation as written, without its period -> its kind (title, month, state ...)."""
    text = resources.files("geoarticle").joinpath("data/text/abbreviations.tsv").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, kind = line.split("\t")[:2]
            out[word] = kind
    return out


def _token_pattern() -> str:
    alts = "|".join(sorted(abbreviations(), key=lambda w: (-len(w), w)))
    return (
        rf"\b(?:{alts})\.(?!\w)"  # Gen. Calif. Inc.
        r"|(?:[A-Za-z]\.){2,}"  # U.S. a.m.
        r"|\b[A-Z]\.(?=\s+[A-Z])"  # J. Smith
        r"|\d+(?:[.,:]\d+)+"  # 1,200 3.5 10:30
        r"|\w+(?=[nN]['’][tT]\b)|[nN]['’][tT]\b"  # did n't
        r"|\w+(?:[-‐]\w+|['’](?![sS]\b)\w+)*"  # words, al-Qaeda, O'Brien
        r"|['’][sS]\b"  # possessive
        r"|\S"
    )


#: For speed, the common tokens first: a word that starts with a letter and is followed by
#: none of ``. - ‐ ' ’`` (nor another word character), or a mark that is no apostrophe.
#: Where one of these matches, every alternative of :func:`_token_pattern` before the
#: general word and ``\S`` fails (each needs a digit, a period or an apostrophe there),
#: and those two match the same text; so the tokens are the same, found without trying
#: the hundred abbreviations at every word.
_COMMON = r"[^\W\d]\w*(?![\w.\-‐'’])|[^\w\s'’]"

#: One token.
TOKEN = re.compile(_COMMON + "|" + _token_pattern())
#: The white space before a token, and the token; (?<!\s): a run of white space is tried
#: once, from its start (linear on long runs).
_PIECE = re.compile(r"(?<!\s)(\s*)(" + TOKEN.pattern + ")")


def _lower(word: str) -> str:
    low = word.lower()
    return low.replace("’", "'").replace("‘", "'") if "’" in low or "‘" in low else low


#: ``_new(Token, (text, lower, start, end))``: a ``Token`` without the Python-level
#: ``__new__`` of a NamedTuple (for speed).
_new = tuple.__new__


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]``, with offsets into ``text``."""
    stop = len(text) if end is None else end
    # (a slice, so that the look-behind does not see the white space before ``start``)
    pieces = _PIECE.findall(text[start:stop] if start else text, 0, stop - start)
    low = _lower(text[start:stop])
    if len(low) != stop - start:  # a character whose lower case is longer ("İ")
        low = ""
    pos = start
    if not low:
        out: list[Token] = []
        for space, word in pieces:
            first = pos + len(space)
            pos = first + len(word)
            out.append(_new(Token, (word, _lower(word), first, pos)))
        return out
    if start:
        low = " " * start + low  # (offsets into ``low`` are then those into ``text``)
    # a comprehension, the offsets carried by assignment expressions (for speed)
    return [
        _new(
            Token, (word, low[(first := pos + len(space)) : (pos := first + len(word))], first, pos)
        )
        for space, word in pieces
    ]


def word_tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    """Token texts of ``text`` with their start and end offsets (three parallel lists)."""
    toks: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for space, word in _PIECE.findall(text):
        first = pos + len(space)
        pos = first + len(word)
        toks.append(word)
        starts.append(first)
        ends.append(pos)
    return toks, starts, ends


_TERMINALS = frozenset(".!?")
_CLOSERS = frozenset("\"”’')]")
_OPENERS = frozenset("\"“‘'(")
_TRAILERS = _TERMINALS | _CLOSERS
#: Words that open a sentence after a dotted acronym or a company abbreviation.
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
_ENDING_KINDS = frozenset({"company", "state", "suffix"})


def _opens(tok: Token) -> bool:
    first = tok.text[0]
    return first.isupper() or first.isdigit() or first in _OPENERS


def _period_word_ends(tok: Token, nxt: Token) -> bool:
    """Whether a token carrying its own period ("U.S.", "Inc.", "Gen.") ends a sentence."""
    word = tok.text[:-1]
    kind = abbreviations().get(word)
    if kind is not None and kind not in _ENDING_KINDS:
        return False
    if kind is None and not ("." in word or len(word) > 1):
        return False  # an initial: "J. Smith"
    return nxt.lower in _STARTERS


#: The characters a sentence may end at: a terminal, a period of a token, a line break.
_BREAK = re.compile(r"[.!?\n]")


_END = operator.itemgetter(3)  # a token's end (see Token)


def split_sentences(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Sentences of ``text`` as ``(first, last)`` token indices (inclusive)."""
    out: list[tuple[int, int]] = []
    n = len(tokens)
    if n == 0:
        return out
    first = 0
    # For speed, only the tokens where a sentence may end are visited: those that
    # carry one of ``.!?`` and those before a gap with a line break, found from those
    # characters in the text. Tokens hold no white space, so a line break at ``p``
    # lies in the gap after the last token ending at or before ``p``.
    ends = list(map(_END, tokens))
    k_next = 0  # tokens before this one are read
    for m in _BREAK.finditer(text, tokens[0].start, tokens[-1].end):
        p = m.start()
        k = bisect.bisect_right(ends, p)  # the token holding p, or the one after the gap
        if text[p] == "\n":
            k -= 1
        if k < k_next:
            continue
        if k + 1 >= n:
            break
        tok = tokens[k]
        nxt = tokens[k + 1]
        k_next = k + 1
        gap = text[tok.end : nxt.start]
        if "\n" in gap:
            out.append((first, k))
            first = k + 1
        elif tok.text in _TERMINALS or (len(tok.text) > 1 and tok.text.endswith(".")):
            last = k
            while (
                last + 1 < n
                and tokens[last + 1].text in _TRAILERS
                and tokens[last + 1].start == tokens[last].end
            ):
                last += 1
            after = tokens[last + 1] if last + 1 < n else None
            if after is None:
                break
            spaced = tokens[last].end < after.start
            ends_here = spaced and _opens(after)
            if ends_here and tok.text not in _TERMINALS:
                ends_here = _period_word_ends(tok, after)
            if ends_here:
                out.append((first, last))
                first = last + 1
            k_next = last + 1
    if first < n:
        out.append((first, n - 1))
    return out
