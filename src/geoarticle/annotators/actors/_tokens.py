"""Line styles and sentence openers; tokens come from the annotators' one tokenizer."""

from __future__ import annotations

from ..tokens import word_tokens as tokenize

__all__ = ["POSSESSIVE_MARKS", "SENTENCE_OPENERS", "line_style", "tokenize"]

#: The tokens of a possessive ("Kenya's" is "Kenya" and "'s").
POSSESSIVE_MARKS = frozenset({"'s", "’s"})
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


def line_style(toks: list[str]) -> str:
    """``"caps"`` for an all-capitals line, ``"headline"`` for title case, else ``"prose"``."""
    if ("," in toks or "(" in toks) and sum(map(str.isupper, toks)) < 2:
        # no headline (a comma or a bracket), and too few tokens in capitals (a bound on the
        # words in capitals) for a line of capitals: most prose lines, answered without a
        # look at each word (for speed)
        return "prose"
    words = [t for t in toks if t[0].isalpha()]
    if len(words) < 2:
        return "prose"
    # For speed, the exact count only where the words in capitals (one-letter ones
    # too: a bound) could make the line one of capitals.
    most = sum(map(str.isupper, words))
    if most >= 2 and most * 5 >= len(words) * 4:
        upper = len([w for w in words if w.isupper() and len(w) > 1])
        if upper >= 2 and upper * 5 >= len(words) * 4:
            return "caps"
    if "," not in toks and "(" not in toks:
        content = [w for w in words if w.lower() not in _SMALL]
        if len(content) >= 3:
            caps = sum(1 for w in content if w[0].isupper())
            if caps * 4 >= len(content) * 3 and toks[-1] not in (".", "?", "!"):
                return "headline"
    return "prose"
