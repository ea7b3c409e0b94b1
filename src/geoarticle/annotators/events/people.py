"""What the article's own text tells of its people: gender, for "he" and "she", and
whether a title is held now or was held ("former President X"), for "the president".

No list of first names is consulted: a person is taken to be a man or a woman
only on evidence the article itself gives,

* strong: an honorific or a gendered role noun in the person's name or role, just
  before a mention ("Mrs", "Sir", "spokeswoman X", "his wife, X") or opening a phrase
  set off after it ("X, the queen's son,", "X, a mother of two,");
* weak: a sentence whose only person (of those the text does not give the other
  gender) is X, named as its subject, and that goes on with "he"/"his" or "she"
  after X ("X said she would ...").

Strong evidence outweighs any number of pronouns; pronouns alone tell only when at
least three sentences agree, by a clear majority. A pronoun then passes over the
people of the other gender (see :func:`.analysis.analyse`).
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Literal

from ...models import ActorKind
from ..document import Passage, Sentence
from .analysis import _ROLE_NOUNS, MentionSpan
from .lexicon import cues

__all__ = ["Gender", "gender_of_words", "genders", "genders_and_statuses", "statuses"]

Gender = Literal["m", "f"]

#: Pronouns that name a sentence's subject again ("her" and "him" are mostly objects: another).
_SUBJECTS: dict[str, Gender] = {
    "he": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "herself": "f",
}
_QUOTES = frozenset({'"', "“", "”", "‘", "'"})
_PREPOSITIONS = frozenset(
    ["against", "with", "by", "to", "of", "for", "from", "at", "on", "about", "than", "and"]
)
#: How many words after a person a pronoun naming them again is looked for.
_PRONOUN_REACH = 12
#: Words a phrase set off after a person may open with ("X, the son of ...").
_APPOSITION_OPENERS = frozenset({"a", "an", "the", "his", "her"})
#: How many words of a phrase set off after a person are read for a gendered noun.
_APPOSITION_WORDS = 5
#: How many sentences must agree on a person's pronoun when nothing else tells.
_PRONOUN_VOTES = 3
#: How much one strong clue weighs against pronouns.
_STRONG = 100
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_LOWER = operator.attrgetter("lower")


@functools.cache
def _words() -> dict[str, Gender]:
    table = cues()
    out: dict[str, Gender] = dict.fromkeys(table["male_words"], "m")
    out.update(dict.fromkeys(table["female_words"], "f"))
    return out


def gender_of_words(words: Iterable[str]) -> Gender | None:
    """The gender the first gendered word of ``words`` (lower case) names, if any."""
    table = _words()
    for w in words:
        g = table.get(w.rstrip("."))
        if g is not None:
            return g
    return None


def genders(
    passages: Iterable[Passage],
    mentions: Mapping[tuple[int, int], Sequence[MentionSpan]],
    names: Mapping[str, Sequence[str]] | None = None,
    roles: Mapping[str, str] | None = None,
) -> dict[str, Gender]:
    """Person actor id -> the gender the text gives them (people it gives none are left out).

    ``names`` maps a person's id to its name and aliases, whose first word may be a
    title ("Queen X", "Sir X"); ``roles`` to its role ("spokeswoman", "wife of X").
    """
    return _genders(_spans(passages, mentions), names, roles)


def genders_and_statuses(
    passages: Iterable[Passage],
    mentions: Mapping[tuple[int, int], Sequence[MentionSpan]],
    names: Mapping[str, Sequence[str]] | None = None,
    roles: Mapping[str, str] | None = None,
) -> tuple[dict[str, Gender], dict[str, str]]:
    """:func:`genders` and :func:`statuses` of the same text, its people's mentions
    found once for both."""
    spans = list(_spans(passages, mentions))
    return _genders(spans, names, roles), _statuses(spans)


def _genders(
    spans: Iterable[_PersonSpan],
    names: Mapping[str, Sequence[str]] | None,
    roles: Mapping[str, str] | None,
) -> dict[str, Gender]:
    votes: dict[str, list[int]] = {}

    def vote(aid: str, g: Gender, weight: int) -> None:
        v = votes.setdefault(aid, [0, 0])
        v[g == "f"] += weight

    for aid, texts in (names or {}).items():
        for text in texts:
            g = gender_of_words(text.lower().split()[:1])
            if g is not None:
                vote(aid, g, _STRONG)
    for aid, role in (roles or {}).items():
        g = gender_of_words(role.lower().replace("-", " ").split())
        if g is not None:
            vote(aid, g, _STRONG)
    sentences: dict[tuple[int, int], tuple[list[str], Sentence, list[tuple[int, int, str]]]] = {}
    for p, lows, first, last, aid in spans:
        g = _around(lows, first, last)
        if g is not None:
            vote(aid, g, _STRONG)
        k = bisect.bisect_right(p.firsts, first) - 1
        if k >= 0:
            key = (id(p.passage), k)
            if key not in sentences:
                sentences[key] = (lows, p.passage.sentences[k], [])
            sentences[key][2].append((first, last, aid))
    strong = _decide(votes)
    for lows, sent, found in sentences.values():
        hit = _pronoun_for(lows, sent, sorted(found), strong)
        if hit is not None:
            vote(*hit, 1)
    # pronouns alone tell only when the text keeps to them (three sentences or more)
    return {a: g for a, g in _decide(votes).items() if max(votes[a]) >= _PRONOUN_VOTES}


class _Text:
    """A passage with its lower-cased words and its sentences' first tokens."""

    __slots__ = ("firsts", "lows", "passage")

    def __init__(self, passage: Passage) -> None:
        self.passage = passage
        self.lows = list(map(_LOWER, passage.tokens))
        self.firsts = [s.first for s in passage.sentences]


#: A named person's mention: its passage, words, first and last token, and id.
_PersonSpan = tuple[_Text, list[str], int, int, str]


def _spans(
    passages: Iterable[Passage], mentions: Mapping[tuple[int, int], Sequence[MentionSpan]]
) -> Iterator[_PersonSpan]:
    """Each named person's mention: its passage, words, first and last token, and id."""
    for p in passages:
        if p.block is None:
            continue
        people = [m for m in mentions.get((p.section, p.block), ()) if _person(m)]
        if not people:
            continue
        text = _Text(p)
        toks = p.tokens
        for m in people:
            first = bisect.bisect_right(toks, m.start, key=_END)
            last = bisect.bisect_left(toks, m.end, key=_START) - 1
            if first <= last:
                yield text, text.lows, first, last, m.actor.id


#: Words before a title that say its holder no longer holds it ("former President X").
_PAST = frozenset(["former", "late", "ex", "ex-", "then", "erstwhile", "deposed", "ousted"])
#: How many words before a name a title may run back ("former U.S. Vice President X").
_TITLE_WORDS = 4


def statuses(
    passages: Iterable[Passage],
    mentions: Mapping[tuple[int, int], Sequence[MentionSpan]],
) -> dict[str, str]:
    """Person id -> "past" when the text titles them as out of office ("former President
    X", "the late Premier X"), else "sitting" when it gives them a title as a capitalised
    word before the name with no such word ("President X"); others are left out."""
    return _statuses(_spans(passages, mentions))


def _statuses(spans: Iterable[_PersonSpan]) -> dict[str, str]:
    out: dict[str, str] = {}
    for p, lows, first, _, aid in spans:
        toks = p.passage.tokens
        titled = False
        for i in range(first - 1, max(-1, first - 1 - _TITLE_WORDS), -1):
            low = lows[i]
            if low in _PAST:
                out[aid] = "past"
                break
            if not toks[i].text[:1].isupper():
                break
            titled = titled or low in _TITLES
        if titled and out.get(aid) != "past":
            out[aid] = "sitting"
    return out


#: Title words ("President", "Premier") read before a name; from the role nouns of :mod:`.analysis`.
_TITLES = _ROLE_NOUNS


def _decide(votes: Mapping[str, list[int]]) -> dict[str, Gender]:
    out: dict[str, Gender] = {}
    for aid, (male, female) in votes.items():
        if male != female and min(male, female) * 2 < max(male, female):
            out[aid] = "m" if male > female else "f"
    return out


def _pronoun_for(
    lows: Sequence[str],
    sent: Sentence,
    found: Sequence[tuple[int, int, str]],
    known: Mapping[str, Gender],
) -> tuple[str, Gender] | None:
    """The person a sentence's first "he"/"she" (or "his", "himself", "herself") names
    again, and its gender, where only one person named before it can be meant
    ("X said she would ...", "X met Prince Y, and she ..."): one the text gives the
    other gender is not meant. None when that person is not the sentence's subject:
    after a preposition ("against X") or as a possessor ("X's lawyer said he"), or
    when a quotation opens first."""
    g: Gender | None = None
    at = sent.first
    while at <= sent.last:
        low = lows[at]
        if low in _QUOTES:
            return None
        g = _SUBJECTS.get(low)
        if g is not None:
            break
        at += 1
    if g is None:
        return None
    before = [f for f in found if f[1] < at and known.get(f[2], g) == g]
    if len({aid for _, _, aid in before}) != 1:
        return None  # two people: the pronoun may be either's
    first, last, aid = before[-1]
    if at - last > _PRONOUN_REACH or lows[last + 1] in {"'s", "’s"}:
        return None
    if first > 0 and lows[first - 1] in _PREPOSITIONS:
        return None
    return aid, g


def _person(m: MentionSpan) -> bool:
    return m.actor.kind is ActorKind.PERSON and m.group is None


def _around(lows: Sequence[str], first: int, last: int) -> Gender | None:
    """The gender the words at a mention's edges give it: "Mrs X", "his wife, X",
    "X, the king's son,"; a noun of another's ("X's wife", "the son of X") is not read."""
    # the mention's own title ("Queen X"; a lone "King" may be a surname), the word before it
    for i in (first, first - 1) if last > first else (first - 1,):
        g = gender_of_words(lows[i : i + 1]) if i >= 0 else None
        if g is not None:
            return g
    if first >= 2 and lows[first - 1] == ",":  # "his wife, X"
        g = gender_of_words(lows[first - 2 : first - 1])
        if g is not None and (first < 3 or lows[first - 3] in _APPOSITION_OPENERS):
            return g
    if last + 2 < len(lows) and lows[last + 1] == "," and lows[last + 2] in _APPOSITION_OPENERS:
        phrase: list[str] = []
        for w in lows[last + 2 : last + 2 + _APPOSITION_WORDS]:
            if w in {",", ".", ";", "of", "to", "for", "and", "who"}:
                break
            phrase.append(w)
        if phrase and phrase[-1] not in {"'s", "’s"}:
            # the phrase's head is its last word before the break ("the king's son")
            return gender_of_words(phrase[-1:])
    return None
