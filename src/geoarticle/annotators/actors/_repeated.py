"""The article-level second pass: a name used many times as one unknown word.

A line alone often says too little about one capitalised word ("Embiid scored",
"the Sixers played", "in the Amazon"), so the reader drops it. Each dropped
occurrence leaves its evidence here (:class:`Unread`), and once the whole text is
read, :func:`resolve_repeated` weighs the evidence of all the occurrences of a
word together:

- a person: never after "the", at least three uses, and at least two of them
  followed by "he" or "she" (before any other person is named) or by a speech
  verb ("Embiid scored ..., though he ...");
- a place: always after "the" (lower-case position words may stand between:
  "the central and northern X"), at least two of them inside a spatial phrase
  ("in the X", "across the X"), never a possessor ("the X's");
- an organisation: a plural word always after "the" that acts ("the Xs played",
  "the Xs' win") at least twice and is never in a spatial phrase: a team, a band,
  a party known by its members; or a word used five times or more, never after "the"
  or a preposition of place, seldom taken up by "he" or "she" or followed by a speech
  verb (one use in eight at most), that acts or owns at least twice ("X is paying", "X's
  unit"): a company or a club.

A word that a country's demonym precedes in most of its uses takes it into its
name ("the French Riviera" -> "French Riviera"), and that demonym no longer counts
as a mention of the country.
"""

from __future__ import annotations

import attrs

from ...models import ActorKind
from ._link import Doc

__all__ = ["PERSONAL", "PRONOUN_REACH", "Unread", "evidence", "kind_of", "resolve_repeated"]

#: Pronouns that point back at one person.
PERSONAL = frozenset({"he", "she", "He", "She", "him", "his", "His", "himself", "herself"})
#: Prepositions that put a "the X" in space.
_SPATIAL = frozenset(
    {"in", "across", "throughout", "into", "inside", "around", "through", "within"}
)
#: Lower-case words that may stand between "the" and a place's name ("the northern X").
_POSITION = frozenset(
    {"and", "central", "northern", "southern", "eastern", "western", "upper", "lower", "whole"}
)
#: Words after a name that make it the subject of a clause.
_AUXILIARIES = frozenset(
    {
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "did",
        "do",
        "does",
        "got",
        "went",
        "made",
        "took",
        "won",
        "lost",
    }
)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
#: How far (in tokens) after a word a pronoun may stand and still point back at it.
PRONOUN_REACH = 30
#: Uses needed before a word's own evidence is read as a person or organisation.
_MIN_USES = 3
#: Uses needed before a word never after "the", never in a place, that no pronoun for a
#: person takes up, is read as a body by its acts and possessions.
_MIN_BODY_USES = 5
#: Prepositions right before a word that put it in space ("in X", "near X").
_IN_PLACE = _SPATIAL | {"at", "near", "outside", "from"}


@attrs.define(slots=True)
class Unread:
    """One dropped use of an unknown capitalised word, and what its line says of it."""

    #: Where the mention lies: (where, start, end, text), as a record's mention.
    where: tuple[int, int | None] | None
    start: int
    end: int
    text: str
    #: "the" before it (position words may stand between).
    the: bool = False
    #: A spatial preposition before that "the" ("in the X").
    spatial: bool = False
    #: A possessive mark after it ("the X's", "the Xs'").
    possessor: bool = False
    #: A verb after it ("the Xs played", "X was").
    acts: bool = False
    #: "he" or "she" soon after, before another person, or a speech verb right after.
    personal: bool = False
    #: A preposition of place right before it ("in X", "near X").
    placed: bool = False
    #: A capitalised word right before it, not opening the line: the end of a longer
    #: name ("Tarvel Analytica") that the reader did not join.
    joined: bool = False
    #: The demonym right before it: its text, the country record's id, and the start and
    #: text of the demonym and the word together.
    prefix: tuple[str, str, int, str] | None = None


def evidence(
    toks: list[str],
    i: int,
    speech_verbs: frozenset[str],
    people_at: set[int],
    *,
    prefix_at: int | None = None,
) -> dict[str, bool]:
    """What the line ``toks`` says of the unknown word ``toks[i]``.

    ``people_at``: token indexes where another person's name starts (a pronoun
    after one of them points at that person); ``prefix_at``: where a demonym that
    belongs to the name starts.
    """
    at = i if prefix_at is None else prefix_at
    k = at - 1
    while k >= 0 and toks[k] in _POSITION:
        k -= 1
    the = k >= 0 and toks[k] in ("the", "The")
    spatial = the and k >= 1 and toks[k - 1].lower() in _SPATIAL
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    possessor = nxt in _POSSESSIVE
    acts = (
        possessor
        or nxt in _AUXILIARIES
        or (len(nxt) > 3 and nxt.isalpha() and nxt.islower() and nxt.endswith("ed"))
    )
    personal = nxt in speech_verbs
    if not personal:
        for m in range(i + 1, min(len(toks), i + 1 + PRONOUN_REACH)):
            if m in people_at:
                break
            if toks[m] in PERSONAL:
                personal = True
                break
    placed = at >= 1 and toks[at - 1] in _IN_PLACE
    joined = at >= 2 and toks[at - 1][:1].isupper() and toks[at - 1].isalpha()
    return {
        "placed": placed,
        "joined": joined,
        "the": the,
        "spatial": spatial,
        "possessor": possessor,
        "acts": acts,
        "personal": personal,
    }


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def kind_of(word: str, uses: list[Unread]) -> ActorKind | None:
    """The kind all the uses of ``word`` together give it, or None when they say too little."""
    n = len(uses)
    the = sum(u.the for u in uses)
    spatial = sum(u.spatial for u in uses)
    possessor = sum(u.possessor for u in uses)
    acts = sum(u.acts for u in uses)
    personal = sum(u.personal for u in uses)
    if the == n and spatial >= 2 and possessor == 0:
        return ActorKind.PLACE
    if n < _MIN_USES:
        return None
    if the * 4 >= n * 3 and _plural(word) and acts >= 2 and acts > 2 * spatial:
        return ActorKind.ORGANIZATION
    if the == 0 and personal >= 2:
        return ActorKind.PERSON
    if (
        n >= _MIN_BODY_USES
        and the == 0
        and personal * 8 <= n  # (one "he" in eight uses: a person's nearby, not its own)
        and not any(u.placed or u.joined for u in uses)
        and possessor + acts >= 2
    ):
        return ActorKind.ORGANIZATION  # "a sale to Orvikon ... Orvikon's unit ... Orvikon is"
    return None


def resolve_repeated(doc: Doc) -> None:
    """Make actors of the words the reader dropped whose uses together say what they are."""
    for word, uses in doc.unread.items():
        if len(uses) < 2 or doc.lookup(word) is not None:
            continue
        kind = kind_of(word, uses)
        if kind is None or (kind is ActorKind.ORGANIZATION and doc.written_lower(word)):
            continue  # "Glutathione is ... glutathione": a common noun opening sentences
        prefixes = [u.prefix[0] for u in uses if u.prefix is not None]
        lead = max(set(prefixes), key=prefixes.count) if prefixes else None
        if lead is not None and prefixes.count(lead) * 2 < len(uses):
            lead = None
        name = word if lead is None else f"{lead} {word}"
        rec = doc.new(name, kind)
        for u in uses:
            start, text = u.start, u.text
            if lead is not None and u.prefix is not None and u.prefix[0] == lead:
                _, owner_id, start, text = u.prefix
                owner = doc.records.get(owner_id)
                if owner is not None:
                    owner.mentions = [m for m in owner.mentions if (m[0], m[1]) != (u.where, start)]
            rec.mentions.append((u.where, start, u.end, text, False, None))
