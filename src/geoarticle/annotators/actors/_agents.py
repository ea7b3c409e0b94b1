"""Generic agents and plural or definite references: spans the capitalised scan leaves out.

Three kinds of span are found in the lower-case text around the gazetteer spans:

- ``agent``: a common noun that names who acts or suffers ("security forces",
  "Pakistan-based terror groups", "an American-Canadian family", "thousands of
  people"), with the country its modifier gives ("Afghan", "Pakistan-based");
- ``group``: a definite description of a named organisation ("the group", "the
  programme", "the network");
- ``pair``: "the two countries", "the two leaders", naming the last two of a kind.
"""

from __future__ import annotations

from ...models import ActorKind
from ._lexicon import Agent, Lexicon
from ._match import Span
from ._tokens import POSSESSIVE_MARKS

__all__ = ["GROUP_HEADS", "PAIR_NOUNS", "agent_spans"]

#: Head nouns of organisation names that a definite description may use for them.
GROUP_HEADS = frozenset(
    [
        "group",
        "network",
        "movement",
        "organisation",
        "organization",
        "party",
        "alliance",
        "coalition",
        "programme",
        "program",
        "agency",
        "bank",
        "fund",
        "militia",
        "council",
        "commission",
        "committee",
        "ministry",
        "union",
        "bloc",
        "league",
        "front",
        "observatory",
        "monitor",
    ]
)
#: "the two ..." nouns: the kind of actor they count.
PAIR_NOUNS = {
    "countries": ActorKind.COUNTRY,
    "nations": ActorKind.COUNTRY,
    "states": ActorKind.COUNTRY,
    "governments": ActorKind.COUNTRY,
    "neighbours": ActorKind.COUNTRY,
    "neighbors": ActorKind.COUNTRY,
    "leaders": ActorKind.PERSON,
    "presidents": ActorKind.PERSON,
    "ministers": ActorKind.PERSON,
}
_DETS = frozenset({"the", "both", "these", "those", "this", "that"})
_THE = frozenset({"the", "The"})
#: Words before a singular agent noun that make it one person ("a civilian", "the teenager").
_ONE = frozenset({"a", "an", "one", "the", "another", "each", "every", "this", "that"})
_QUANTIFIERS = frozenset(
    ["thousands", "hundreds", "dozens", "scores", "millions", "many", "several", "tens"]
)
#: Words that may follow a phrase-final agent noun ("the army said", "police fired").
_PHRASE_END = frozenset(
    [
        "and",
        "or",
        "but",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "with",
        "by",
        "near",
        "into",
        "against",
        "who",
        "which",
        "that",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "could",
        "can",
        "may",
        "might",
        "must",
        "should",
        "did",
        "does",
        "do",
        "says",
        "say",
        "said",
        "told",
        "shot",
        "hit",
        "struck",
        "fought",
        "took",
        "held",
        "met",
        "left",
        "led",
        "fled",
        "seized",
        "began",
        "made",
        "sent",
        "set",
        "put",
        "cut",
        "also",
        "then",
        "later",
        "now",
        "still",
        "had",
    ]
)
#: Lower-case words that are not modifiers between a country and an agent noun.
_NUMBERS = frozenset(
    [
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
        *("twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand"),
    ]
)
_NOT_MODIFIERS = (
    _DETS | _PHRASE_END | _QUANTIFIERS | _NUMBERS | {"a", "an", "some", "all", "over", "least"}
)
_MAX_MODIFIERS = 2


def _phrase_end_ok(toks: list[str], j: int) -> bool:
    if j >= len(toks):
        return True
    nxt = toks[j]
    if not nxt[0].isalpha() or nxt[0].isupper():
        return True
    return nxt in _PHRASE_END or nxt.endswith("ed")


def _quantified(toks: list[str], i: int) -> bool:
    k = i - 1
    if k >= 0 and toks[k] == "of":
        k -= 1
    if k < 0:
        return False
    word = toks[k].lower()
    return word[0].isdigit() or word in _QUANTIFIERS


def _based(tok: str, lex: Lexicon) -> str | None:
    """The country of an "X-based" token ("Pakistan-based", "Kabul-based")."""
    low = tok.lower()
    if not low.endswith("-based"):
        return None
    entry = lex.phrases.get(tok[: -len("-based")])
    return None if entry is None else entry.country


class _Finder:
    """Agent, group and pair spans of one line."""

    def __init__(self, toks: list[str], spans: list[Span], lex: Lexicon) -> None:
        self.toks = toks
        self.lex = lex
        self.span_end: dict[int, Span] = {s.j: s for s in spans}
        self.taken = bytearray(len(toks))
        for s in spans:
            self.taken[s.i : s.j] = b"\x01" * (s.j - s.i)

    def longest(self, i: int) -> tuple[int, Agent] | None:
        toks = self.toks
        low = toks[i].lower()
        longest = self.lex.agent_first.get(low)
        if not longest:
            return None
        for size in range(min(longest, len(toks) - i), 0, -1):
            key = low if size == 1 else " ".join(t.lower() for t in toks[i : i + size])
            agent = self.lex.agents.get(key)
            if agent is not None and not any(self.taken[i : i + size]):
                return size, agent
        return None

    def modifier(self, i: int) -> tuple[int, str | None, bool]:
        """Start of the phrase before the agent noun at ``i``, its country, and a named owner.

        Returns ``(start, country, owned)``: ``owned`` when a named organisation
        stands right before the noun ("Taliban militants"), which then names it.
        """
        toks = self.toks
        k = i - 1
        words = 0
        while k >= 0 and words < _MAX_MODIFIERS:
            t = toks[k]
            if (
                t.isalpha()
                and t.islower()
                and t not in _NOT_MODIFIERS
                and not t.endswith("ed")
                and not self.taken[k]
            ):
                k -= 1
                words += 1
                continue
            break
        if k < 0:
            return i, None, False
        if toks[k] in POSSESSIVE_MARKS and k >= 1:
            # "Sudan's army": the state it belongs to; "Hamas's fighters": the group's own
            owner = self.span_end.get(k)
            if owner is None or owner.tag != "gaz" or owner.entry is None:
                return i, None, False
            if owner.entry.kind in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP):
                return i, None, words == 0
            if owner.entry.kind is ActorKind.COUNTRY:
                return owner.i, owner.entry.country, False
            return i, None, False
        country = _based(toks[k], self.lex)
        if country is not None:
            return k, country, False
        if toks[k] == "based" and k >= 2 and toks[k - 1] == "-":
            # "Pakistan - based": the compound was split at the known name
            based = self.span_end.get(k - 1)
            if based is not None and based.tag == "gaz" and based.entry is not None:
                return based.i, based.entry.country, False
        span = self.span_end.get(k + 1)
        if span is None or span.tag != "gaz" or span.entry is None:
            return i, None, False
        entry = span.entry
        if entry.kind in (ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP):
            return i, None, words == 0
        before = self.span_end.get(span.i)
        if before is not None and before.tag == "name" and not before.initial and words == 0:
            return i, None, True  # "Orvik Edison officials": a firm named with a town's name
        if entry.kind is ActorKind.PERSON or (entry.kind is ActorKind.PLACE and words):
            return i, None, False
        start = span.i
        # "American-Canadian": the first of hyphenated demonyms gives the country
        while start >= 2 and toks[start - 1] == "-":
            before = self.span_end.get(start - 1)
            if before is None or before.tag != "gaz" or before.entry is None:
                break
            span = before
            start = before.i
        return start, span.entry.country if span.entry else None, False

    def agent_at(self, i: int) -> Span | None:
        found = self.longest(i)
        if found is None:
            return None
        size, agent = found
        j = i + size
        toks = self.toks
        if agent.needs in ("end", "one") and not _phrase_end_ok(toks, j):
            return None
        if agent.needs == "num" and not _quantified(toks, i):
            return None
        start, country, owned = self.modifier(i)
        if owned or (agent.needs == "mod" and country is None):
            return None
        if country is None:
            start = i
        det = toks[start - 1].lower() if start else ""
        if agent.needs == "one" and det not in _ONE:
            return None
        return Span(start, j, "agent", agent=agent, country=country, det=det)


def _pair_or_group(toks: list[str], i: int, taken: bytearray) -> Span | None:
    """ "the two countries" or "the group" starting at the article ``toks[i]``."""
    if i + 1 >= len(toks) or taken[i + 1]:
        return None
    nxt = toks[i + 1]
    if nxt == "two" and i + 2 < len(toks) and toks[i + 2] in PAIR_NOUNS and not taken[i + 2]:
        return Span(i + 1, i + 3, "pair")
    if nxt in GROUP_HEADS and _phrase_end_ok(toks, i + 2):
        return Span(i + 1, i + 2, "group", det="the")
    return None


def agent_spans(toks: list[str], spans: list[Span], lex: Lexicon) -> list[Span]:
    """The ``agent``, ``group`` and ``pair`` spans of a line, left to right."""
    probe = lex.agent_probe
    # only the tokens that may start a span are visited (for speed)
    starts = [i for i, t in enumerate(toks) if t in probe or t in _THE]
    if not starts:
        return []
    finder = _Finder(toks, spans, lex)
    out: list[Span] = []
    after = 0  # where the latest span ends
    for i in starts:
        if i < after:
            continue
        t = toks[i]
        found: Span | None = None
        if t in _THE:
            found = _pair_or_group(toks, i, finder.taken)
        if found is None and t in probe and not finder.taken[i]:
            found = finder.agent_at(i)
        if found is not None:
            out.append(found)
            finder.taken[found.i : found.j] = b"\x01" * (found.j - found.i)
            after = found.j
    return out
