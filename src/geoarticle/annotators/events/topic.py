"""What an article is about, as far as the coder needs to know: is it a sports report?

A sports report tells of games, not of the dealings of states and bodies that
CAMEO codes ("Chelsea beat Spurs", "the coach defended his striker"), so the
coder leaves it alone. It is known by the share of its words that belong to the
vocabulary of sport (``sport_words`` in ``data/events/cues.json``): on news about
politics, conflict, trade and elections that share stays under half a percent;
match reports run at two to four percent.
"""

from __future__ import annotations

import re

from .lexicon import cues

__all__ = ["SPORT_SHARE", "SPORT_WORDS", "is_sport_report"]

#: Share of a text's words from the sport vocabulary that makes it a sports report.
SPORT_SHARE = 0.015
#: And the fewest such words (a short text is no report of anything).
SPORT_WORDS = 5

_WORD = re.compile(r"[a-z]+")


def is_sport_report(text: str) -> bool:
    """Whether ``text`` reads as a sports report."""
    words = _WORD.findall(text.lower())
    if not words:
        return False
    vocabulary = cues()["sport_words"]
    hits = sum(1 for w in words if w in vocabulary)
    return hits >= SPORT_WORDS and hits / len(words) >= SPORT_SHARE
