"""One sentence prepared for coding: tokens, actor slots, relative clauses, triggers.

An *actor slot* is a run of tokens that names actors: a mention from
``Article.actors``, a pronoun ("he", "his", "their") or a definite role noun
("the secretary") resolved to an actor mentioned earlier.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from ...models import Actor, ActorKind
from ..actors._agents import PAIR_NOUNS  # one table for actors and events
from ..tokens import Token
from .lexicon import TriggerMatch, cues, match_triggers, may_hold_trigger

__all__ = [
    "ActorSlot",
    "Coref",
    "MentionSpan",
    "Region",
    "SentenceView",
    "analyse",
    "inverted_speaker",
    "name_between",
    "quote_ends",
]


class MentionSpan(NamedTuple):
    """One actor mention of a block, as the coder reads it."""

    start: int
    end: int
    actor: Actor
    #: A place named for its government ("Kyiv said").
    metonym: bool
    #: The noun of an unnamed group standing for the actor ("authorities" in
    #: "Russian authorities"), else None.
    group: str | None = None


_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their"})
_ROLE_NOUNS = frozenset(
    [
        "secretary",
        "president",
        "minister",
        "premier",
        "chancellor",
        "general",
        "commander",
        "chief",
        "ambassador",
        "envoy",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "leader",
        "king",
        "queen",
        "prince",
        "emir",
        "governor",
        "senator",
        "mayor",
    ]
)
#: Head nouns of a definite description of a body ("the court", "the defence ministry"):
#: the latest body mentioned whose name holds the noun.
_BODY_NOUNS = frozenset(
    [
        "court",
        "ministry",
        "company",
        "firm",
        "agency",
        "council",
        "department",
        "bank",
        "party",
        "police",
        "army",
        "parliament",
        "commission",
        "committee",
        "embassy",
        "union",
        "authority",
        "board",
        "bureau",
        "legislature",
        "congress",
        "senate",
        "tribunal",
        "organisation",
        "organization",
        "office",
        "service",
        "forces",
        "university",
        "college",
        "institute",
        "foundation",
        "association",
        "federation",
        "coalition",
        "alliance",
        "movement",
        "network",
        "charity",
        "corporation",
        "institution",
    ]
)
#: Words before a role noun that say nothing of which office it is ("the former president").
_VAGUE_MODIFIERS = frozenset(
    [
        "former",
        "late",
        "then",
        "current",
        "new",
        "outgoing",
        "incoming",
        "acting",
        "interim",
        "top",
        "senior",
        "same",
        "its",
        "their",
        "his",
        "her",
        "'s",
        "’s",
    ]
)
#: Words before a role noun that put its holder out of office ("the late president").
_PAST_MODIFIERS = frozenset(["former", "late", "ex", "then", "erstwhile", "deposed", "ousted"])
_HEAD_NOUNS = _ROLE_NOUNS | _BODY_NOUNS
#: How many words may stand between "the" and a role or body noun ("the deputy prime minister").
_DESCRIPTION_WORDS = 3
_REFERRING = frozenset({"he", "she", "his", "her", "him", "they", "their", "them", "the"})
_NOMINATIVE = frozenset({"he", "she"})
_POSSESSIVES = frozenset({"his", "her"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
#: How many sentences before the latest person a pronoun of the other gender may reach back.
_GENDER_REACH = 3
#: Verbs after "he"/"she" that continue someone's quote.
_SPEECH_AFTER = frozenset(
    [
        "said",
        "says",
        "added",
        "adds",
        "told",
        "explained",
        "noted",
        "stressed",
        "insisted",
        "argued",
        "wrote",
        "continued",
        "recalled",
        "warned",
    ]
)
#: Words before "both countries" that make them others than the sentence's own actor.
_TOWARD = frozenset(["with", "from", "to", "on", "urged", "urges", "urging", "between"])
#: How many sentences back a pair named together is still "the two countries".
_PAIR_REACH = 3
#: How many sentences back a quote's speaker is still the one speaking.
_SPEAKER_REACH = 4
_RELATIVES = frozenset({"who", "which", "whose", "where", "whom"})
#: Every word :func:`_coref_slots` may start a slot at (for speed, others are not looked at).
#: Nouns of a state ("the country", "the government"): the state that acted lately.
_STATE_NOUNS = frozenset({"country", "nation"})
#: Nouns of an armed group ("the rebels"): the armed group named lately.
_ARMED_NOUNS = frozenset({"rebels", "militants", "insurgents", "militia", "jihadists"})
#: Plurals of role nouns ("the chiefs", "the ministers"): all the people holding that role.
_PLURAL_ROLES = frozenset(
    {f"{noun}s" for noun in _ROLE_NOUNS if not noun.endswith(("s", "man", "woman"))}
)


_COREF_WORDS = (
    _PLURAL_ROLES
    | _PERSON_PRONOUNS
    | _GROUP_PRONOUNS
    | _ROLE_NOUNS
    | _BODY_NOUNS
    | _STATE_NOUNS
    | _ARMED_NOUNS
    | {"two", "both", "it", "its"}
)
#: Words after a sentence's opening "It" that make it no actor ("It is clear ...", "It
#: was not known who ...", "It may take weeks"): be, seem and the modals.
_EXPLETIVE_AFTER = frozenset(
    [
        *("is", "was", "'s", "has", "had", "would", "will", "may", "might", "could", "can"),
        *("should", "must", "seems", "seemed", "appears", "appeared", "remains", "remained"),
        *("takes", "took", "comes", "came", "means", "meant", "matters", "happened"),
    ]
)
#: Kinds an opening "It" may stand for: the body or state that acted last ("Turkey recalled
#: its envoy. It also closed ...").
_IT_KINDS = (ActorKind.COUNTRY, ActorKind.ORGANIZATION, ActorKind.ARMED_GROUP)
_LOWER = operator.attrgetter("lower")
_START = operator.attrgetter("start")
_END = operator.attrgetter("end")
_FIRST = operator.attrgetter("first")


@attrs.frozen
class ActorSlot:
    """Tokens ``first`` .. ``last`` of a sentence that name the actors ``ids``."""

    first: int
    last: int
    ids: tuple[str, ...]
    kind: ActorKind
    #: A place named as a place, not as its government ("in Kabul").
    is_place: bool
    pronoun: bool = False
    #: Named only by an unnamed group standing for it ("Russian authorities").
    unnamed: bool = False

    @property
    def can_locate(self) -> bool:
        """Whether the slot may be where an event happened."""
        return self.kind in (ActorKind.PLACE, ActorKind.COUNTRY)


@attrs.frozen
class Region:
    """A relative clause: tokens ``first`` .. ``last``, opened by ``word`` ("who", "where")."""

    first: int
    last: int
    word: str

    def __contains__(self, i: object) -> bool:
        return isinstance(i, int) and self.first <= i <= self.last


@attrs.define
class Coref:
    """Running state for pronoun and role resolution across an article."""

    #: Actor id -> position (sentence number) of its latest mention.
    last_seen: dict[str, int] = attrs.field(factory=dict)
    #: Actor id -> character offset of its latest mention (orders one sentence's actors).
    at_token: dict[str, int] = attrs.field(factory=dict)
    #: Actor id -> latest sentence in which it was an event's source.
    acted: dict[str, int] = attrs.field(factory=dict)
    kinds: dict[str, ActorKind] = attrs.field(factory=dict)
    roles: dict[str, str] = attrs.field(factory=dict)
    #: Actor id -> the lower-cased words of its name and aliases.
    names: dict[str, frozenset[str]] = attrs.field(factory=dict)
    sentence: int = 0
    #: The person who spoke last and the sentence where (a quote's "he said" is them).
    #: The latest speaker and the sentence they spoke in; "" for an unnamed one ("a
    #: spokesman said").
    last_speaker: tuple[str, int] | None = None
    #: People the text introduces as private ("resident X", "X, a local villager,").
    private: set[str] = attrs.field(factory=set)
    #: Person id -> "m" or "f", where the article's text tells (see :mod:`.people`).
    gender: dict[str, str] = attrs.field(factory=dict)
    #: Person id -> "past" or "sitting": how the text titles them (see :mod:`.people`).
    status: dict[str, str] = attrs.field(factory=dict)
    #: Kind -> the latest sentence naming several actors of that kind, and them in order
    #: ("the two countries" are the pair named together, see :meth:`latest_two`).
    together: dict[ActorKind, tuple[int, list[str]]] = attrs.field(factory=dict)
    #: The block mention list last indexed, and its index (see :meth:`inside`).
    _named: dict[ActorKind, tuple[int, list[str]]] = attrs.field(factory=dict)
    _block: object = None
    _index: tuple[list[int], list[MentionSpan], int] = ([], [], 0)

    def inside(self, mentions: Sequence[MentionSpan], start: int, end: int) -> list[MentionSpan]:
        """The ``mentions`` overlapping ``[start, end)``.

        The block's list is sorted once and searched by bisection, so a long
        block costs its sentences a logarithm each rather than a full pass.
        """
        if mentions is not self._block:
            ordered = sorted(mentions, key=lambda m: m[0])
            longest = max((m[1] - m[0] for m in ordered), default=0)
            self._block = mentions
            self._index = ([m[0] for m in ordered], ordered, longest)
        starts, ordered, longest = self._index
        lo = bisect.bisect_left(starts, start - longest)
        hi = bisect.bisect_left(starts, end, lo)
        return [m for m in ordered[lo:hi] if m[1] > start]

    @classmethod
    def for_actors(cls, actors: Sequence[Actor]) -> Coref:
        """State for an article with these actors."""
        return cls(
            kinds={a.id: a.kind for a in actors},
            roles={a.id: (a.role or "").lower() for a in actors if a.role},
            names={a.id: _name_words(a) for a in actors},
        )

    def latest(
        self,
        kinds: tuple[ActorKind, ...],
        within: int | None = None,
        near: bool = False,
        gender: str | None = None,
        exclude: tuple[str, ...] = (),
    ) -> str | None:
        """The most recently mentioned actor of one of ``kinds`` (ties: see :meth:`_tie`);
        with ``gender``, people the text gives the other gender are passed over; so are
        those in ``exclude``."""
        best: tuple[int, int, int, str] | None = None
        for aid, pos in self.last_seen.items():
            if self.kinds.get(aid) not in kinds or aid in exclude:
                continue
            if gender is not None and self.gender.get(aid, gender) != gender:
                continue
            key = (pos, *self._tie(aid, pos, near), aid)
            if best is None or key[:3] > best[:3]:
                best = key
        if best is None or (within is not None and self.sentence - best[0] > within):
            return None
        return best[3]

    def seen(self, aid: str, at: int) -> None:
        """Note a mention of ``aid`` at character ``at`` of the current sentence."""
        self.last_seen[aid] = self.sentence
        self.at_token[aid] = at
        kind = self.kinds.get(aid)
        if kind is not ActorKind.COUNTRY and kind is not ActorKind.PERSON:
            return
        group = self._named.get(kind)
        if group is None or group[0] != self.sentence:
            self._named[kind] = group = (self.sentence, [])
        if aid not in group[1]:
            group[1].append(aid)
            if len(group[1]) > 1:
                self.together[kind] = group

    def _tie(self, aid: str, pos: int, near: bool = False) -> tuple[int, int]:
        """Among actors last named in one sentence, which a pronoun means: the one
        that acted there (an event's source), then the one named first in it; with
        ``near``, in the pronoun's own sentence, the one named last before it."""
        at = self.at_token.get(aid, 0)
        if near and pos == self.sentence:
            return (0, at)
        return (int(self.acted.get(aid) == pos), -at)

    def latest_two(self, kind: ActorKind, other: bool = False) -> tuple[str, str] | None:
        """The two actors of ``kind`` named together lately ("India and Pakistan ... both
        countries"), else the two mentioned last, or None when fewer were named. With
        ``other`` ("X engages with both countries"), the first named in this sentence
        is not one of them."""
        now = self.sentence
        pair = self.together.get(kind)
        skip: str | None = None
        here = self._named.get(kind)
        if other and here is not None and here[0] == now:
            skip = here[1][0]
            if len(here[1]) >= 3:
                return (here[1][-2], here[1][-1])
        if (
            pair is not None
            and now - pair[0] <= _PAIR_REACH
            and len(pair[1]) == 2
            and skip not in pair[1]
        ):
            return (pair[1][0], pair[1][1])
        seen = sorted(
            (pos, self.at_token.get(aid, 0), aid)
            for aid, pos in self.last_seen.items()
            if self.kinds.get(aid) is kind and aid != skip
        )
        return None if len(seen) < 2 else (seen[-2][2], seen[-1][2])

    def by_role(self, noun: str, mods: Sequence[str] = ()) -> str | None:
        """The most recently mentioned actor whose role contains ``noun``, and the most
        of ``mods`` ("prime" in "the prime minister"): one that matches none of the
        telling ones is not that office ("the foreign minister" is no defence minister).
        "The former (late) president" is preferably one the text titles so, and not
        one it titles as sitting ("President X"); "the president" not a former one."""
        telling = [m for m in mods if m not in _VAGUE_MODIFIERS]
        past = not _PAST_MODIFIERS.isdisjoint(mods)
        best: tuple[int, int, int, str] | None = None
        for aid, role in self.roles.items():
            words = role.replace("-", " ").split()
            if noun not in words:
                continue
            score = sum(m in words for m in telling)
            if telling and not score:
                continue
            status = self.status.get(aid)
            fit = (status == "past") * 2 + (status is None) if past else int(status != "past")
            key = (score, fit, self.last_seen.get(aid, -1), aid)
            if best is None or key[:3] > best[:3]:
                best = key
        return None if best is None else best[3]

    def all_by_role(self, noun: str) -> tuple[str, ...]:
        """Every person whose role holds ``noun``, most recently mentioned first."""
        found = [
            aid
            for aid, role in self.roles.items()
            if noun in role.replace("-", " ").split() and self.kinds.get(aid) is ActorKind.PERSON
        ]
        return tuple(sorted(found, key=lambda a: -self.last_seen.get(a, -1)))

    def by_name(self, noun: str, mods: Sequence[str] = ()) -> str | None:
        """The latest body mentioned whose name holds ``noun`` ("the court" for the
        Constitutional Court), the one holding the most of ``mods`` first."""
        telling = [m for m in mods if m not in _VAGUE_MODIFIERS and not _names_holder(m)]
        heads = _LEGISLATURES if noun in _LEGISLATURES else frozenset({noun})
        best: tuple[int, int, str] | None = None
        for aid, pos in self.last_seen.items():
            kind = self.kinds.get(aid)
            if kind is ActorKind.PERSON or kind is ActorKind.PLACE or kind is ActorKind.COUNTRY:
                continue
            words = self.names.get(aid, frozenset())
            if heads.isdisjoint(words):
                continue
            score = sum(m in words for m in telling)
            if telling and not score:
                continue
            key = (score, pos, aid)
            if best is None or key[:2] > best[:2]:
                best = key
        return None if best is None else best[2]


#: Head nouns of a legislature's name: "the parliament" is the National Assembly or the
#: Diet named before, whatever its own name calls it.
_LEGISLATURES = frozenset(
    {"parliament", "legislature", "assembly", "congress", "senate", "diet", "duma", "knesset"}
)
#: Endings of a modifier that tells who holds a body, not which body it is
#: ("the opposition-controlled parliament", "the army-backed government").
_HELD_BY = ("-controlled", "-led", "-dominated", "-backed", "-run")


def _names_holder(modifier: str) -> bool:
    """Whether ``modifier`` says who holds a body ("opposition-controlled")."""
    return modifier.endswith(_HELD_BY)


def _name_words(actor: Actor) -> frozenset[str]:
    words: set[str] = set()
    for name in (actor.name, *actor.aliases):
        words.update(w.strip(".,()'’").lower() for w in name.replace("-", " ").split())
    return frozenset(words)


@attrs.frozen
class SentenceView:
    """Everything the coder reads about one sentence."""

    text: str  #: the whole block text
    start: int
    end: int
    tokens: tuple[Token, ...]
    slots: tuple[ActorSlot, ...]
    #: Index into ``slots`` by token (None where no actor is named).
    slot_at: tuple[int | None, ...]
    regions: tuple[Region, ...]
    triggers: tuple[TriggerMatch, ...]
    #: Lower-cased tokens.
    lows: tuple[str, ...] = ()
    #: The actor slot covering each token, or None (``slot`` without its bounds check).
    by_token: tuple[ActorSlot | None, ...] = ()

    def slot(self, i: int) -> ActorSlot | None:
        """The actor slot covering token ``i``, if any."""
        k = self.slot_at[i] if 0 <= i < len(self.slot_at) else None
        return None if k is None else self.slots[k]

    def region_of(self, i: int) -> Region | None:
        """The relative clause holding token ``i``, if any."""
        for r in self.regions:
            if i in r:
                return r
        return None

    def lower(self, i: int) -> str:
        """Lower-cased token ``i``, or "" outside the sentence."""
        return self.lows[i] if 0 <= i < len(self.lows) else ""


def _mention_slots(
    toks: Sequence[Token],
    spans: Sequence[MentionSpan],
) -> list[ActorSlot]:
    """Slots of the actor mentions: longer mentions first, a country before its capital.

    Mentions of several actors of one kind on the same words ("the two
    countries") make one slot naming them all.
    """
    slots: list[ActorSlot] = []
    used = bytearray(len(toks))
    at: dict[tuple[int, int], int] = {}
    order = sorted(spans, key=lambda s: (s[0] - s[1], s[0], s[2].kind is not ActorKind.COUNTRY))
    for start, end, actor, metonym, group in order:
        # for speed, searched by key: no lists of the token offsets are built
        first = bisect.bisect_right(toks, start, key=_END)
        last = bisect.bisect_left(toks, end, key=_START) - 1
        if first > last:
            continue
        k = at.get((first, last))
        if k is not None:
            slot = slots[k]
            if slot.kind is actor.kind and actor.id not in slot.ids:
                slots[k] = attrs.evolve(slot, ids=(*slot.ids, actor.id))
            continue
        if any(used[first : last + 1]):
            continue
        used[first : last + 1] = b"\x01" * (last + 1 - first)
        is_place = actor.kind is ActorKind.PLACE and not metonym
        at[(first, last)] = len(slots)
        slots.append(
            ActorSlot(first, last, (actor.id,), actor.kind, is_place, unnamed=group is not None)
        )
    return slots


#: Conjunctions that may open a sentence before its subject ("But the country ...").
_OPENING_CONJUNCTIONS = frozenset({"but", "and", "yet", "so"})


def _opening(lows: Sequence[str], i: int) -> bool:
    """Whether token ``i`` opens its sentence, after a conjunction at most ("But it ...")."""
    return i == 0 or (i == 1 and lows[0] in _OPENING_CONJUNCTIONS)


def _coref_slots(toks: Sequence[Token], taken: set[int], lows: Sequence[str]) -> list[ActorSlot]:
    slots: list[ActorSlot] = []
    for i, low in enumerate(lows):
        if low not in _COREF_WORDS or i in taken:
            continue  # for speed: no slot starts at a word outside _COREF_WORDS
        if low in _PERSON_PRONOUNS or low in _GROUP_PRONOUNS:
            slots.append(ActorSlot(i, i, (), ActorKind.PERSON, False, pronoun=True))
        elif low in _STATE_NOUNS:
            # as a sentence's subject only ("The country later expelled ..."); elsewhere
            # "the country" is as often the one the story is set in ("across the country")
            # ("But the country ..." too: a conjunction may open the sentence)
            opens = i == 1 or (i == 2 and lows[0] in _OPENING_CONJUNCTIONS)
            if opens and lows[i - 1] == "the" and (len(lows) == i + 1 or lows[i + 1] != "'s"):
                slots.append(ActorSlot(i - 1, i, (), ActorKind.COUNTRY, False, pronoun=True))
        elif low in _ARMED_NOUNS:
            if i > 0 and lows[i - 1] == "the":
                slots.append(ActorSlot(i - 1, i, (), ActorKind.ARMED_GROUP, False, pronoun=True))
        elif low == "its":
            if _opening(lows, i):  # "Its navy seized ...": the state or body that acted before
                slots.append(ActorSlot(i, i, (), ActorKind.ORGANIZATION, False, pronoun=True))
        elif low == "it":
            if _opening(lows, i) and len(lows) > i + 1 and lows[i + 1] not in _EXPLETIVE_AFTER:
                slots.append(ActorSlot(i, i, (), ActorKind.ORGANIZATION, False, pronoun=True))
        elif (low in _ROLE_NOUNS or low in _BODY_NOUNS) and _described(lows, i) is not None:
            kind = ActorKind.PERSON if low in _ROLE_NOUNS else ActorKind.ORGANIZATION
            slots.append(ActorSlot(i, i, (), kind, False, pronoun=True))
        elif low in _PLURAL_ROLES and i > 0 and lows[i - 1] in {"the", "both"}:
            # "accused the chiefs of ...": every person the text titles so
            slots.append(ActorSlot(i - 1, i, (), ActorKind.PERSON, False, pronoun=True))
        elif (
            ((low == "two" and i > 0 and lows[i - 1] == "the") or low == "both")
            and i + 1 < len(toks)
            and lows[i + 1] in PAIR_NOUNS
            and i + 1 not in taken
        ):
            slots.append(ActorSlot(i, i + 1, (), PAIR_NOUNS[lows[i + 1]], False, pronoun=True))
    return slots


def _described(lows: Sequence[str], i: int) -> tuple[str, ...] | None:
    """The words between "the" and the noun at ``i`` ("prime" in "the prime minister"),
    or None when no "the" opens the phrase within :data:`_DESCRIPTION_WORDS` words."""
    if i + 1 < len(lows) and lows[i + 1] in _HEAD_NOUNS:
        return None  # "the government spokesman": the noun after is the head
    for k in range(i - 1, max(-1, i - 2 - _DESCRIPTION_WORDS), -1):
        word = lows[k]
        if word == "the":
            return tuple(lows[k + 1 : i])
        if not (word[:1].isalpha() or word in {"-", "'s", "’s"}) or word in _NOT_MODIFIERS:
            return None
    return None


#: Words that end a description before its "the" ("the court said the minister").
_NOT_MODIFIERS = frozenset(
    ["the", "a", "an", "and", "or", "of", "to", "by", "said", "says", "that"]
)


def _regions(toks: Sequence[Token], words: set[str]) -> list[Region]:
    regions: list[Region] = []
    if _RELATIVES.isdisjoint(words):
        return regions  # for speed: no relative pronoun among the sentence's words
    i = 0
    while i < len(toks):
        if toks[i].lower in _RELATIVES and i > 0:
            first = i - 1 if toks[i - 1].lower == "," else i
            j = i + 1
            while j < len(toks) and toks[j].lower not in {",", ";", ":", "—", "–"}:
                j += 1
            last = j if j < len(toks) and toks[j].lower == "," else j - 1
            regions.append(Region(first, last, toks[i].lower))
            i = j
        i += 1
    return regions


def analyse(
    text: str,
    toks: Sequence[Token],
    mentions: Sequence[MentionSpan],
    coref: Coref,
) -> SentenceView | None:
    """Prepare the sentence of ``text`` made of ``toks`` for coding.

    ``mentions`` are the passage's actor mentions as (start, end, actor,
    metonym). Updates ``coref`` with the actors named in this sentence. Returns
    None for a sentence with no event trigger.
    """
    start, end = toks[0].start, toks[-1].end
    inside = coref.inside(mentions, start, end)
    lows = tuple(map(_LOWER, toks))
    words = set(lows)
    if not may_hold_trigger(words) or (not inside and _REFERRING.isdisjoint(words)):
        toks = ()
    first_word = next((i for i, t in enumerate(toks) if t.text[:1].isalnum()), 0)
    triggers = match_triggers(toks, first_word) if toks else []
    if triggers:
        triggers = [t for t in triggers if not _predicative(lows, t) and not _gap_clause(lows, t)]
    if not triggers:
        for m in sorted(inside, key=lambda m: m[0]):
            if not _byline(text, start, m[0]):
                coref.seen(m[2].id, m[0])
        coref.sentence += 1
        return None
    slots = _mention_slots(toks, inside)
    taken = {i for s in slots for i in range(s.first, s.last + 1)}
    # Pronouns resolve against what came before, including this sentence's earlier actors.
    ordered: list[ActorSlot] = []
    pending = sorted(slots + _coref_slots(toks, taken, lows), key=_FIRST)
    for cand in pending:
        # pronouns resolve against actors seen up to here, this sentence included
        if cand.pronoun:
            # "X criticised him": an object pronoun is not the clause's subject (the
            # actor named nearest before it); "Y said X criticised him" is Y
            near = (
                ordered[-1].ids
                if ordered
                and 0 < cand.first - ordered[-1].last <= _SUBJECT_REACH
                and lows[ordered[-1].last + 1] not in _POSSESSIVE
                and _object_pronoun(lows, cand.first)
                else ()
            )
            said_by = _sayers(lows, cand.first, ordered)
            if said_by is None:
                s = _reresolve(cand, toks, coref, near)
            elif said_by:
                s = attrs.evolve(cand, ids=said_by, kind=coref.kinds.get(said_by[0], cand.kind))
            else:
                s = None
        else:
            s = cand
        if s is None:
            continue
        ordered.append(s)
        at = toks[s.first].start
        if not s.pronoun and not _byline(text, start, at):
            for aid in s.ids:
                coref.seen(aid, at)
    _mark_private(toks, ordered, coref)
    coref.sentence += 1
    slot_at: list[int | None] = [None] * len(toks)
    by_token: list[ActorSlot | None] = [None] * len(toks)
    for k, s in enumerate(ordered):
        for i in range(s.first, s.last + 1):
            slot_at[i] = k
            by_token[i] = s
    return SentenceView(
        text=text,
        start=start,
        end=end,
        tokens=tuple(toks),
        slots=tuple(ordered),
        slot_at=tuple(slot_at),
        regions=tuple(_regions(toks, words)),
        triggers=tuple(triggers),
        lows=lows,
        by_token=tuple(by_token),
    )


#: Forms of "be" before a predicate ("was fine", "is otherwise free").
#: The possessive token ("Kenya's": "Kenya" and "'s"), which is also "is" ("he's").
_POSSESSIVE = frozenset({"'s", "’s"})
_BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "being", *_POSSESSIVE})


def _predicative(lows: Sequence[str], t: TriggerMatch) -> bool:
    """Whether a verb trigger in its bare form follows a form of "be" (one adverb may
    stand between): an adjective or noun, not the verb ("he was otherwise fine")."""
    i = t.first
    if t.pattern.kind != "V" or lows[i] != t.pattern.verb or i == 0:
        return False
    before = lows[i - 1]
    if before in _BE_FORMS:
        return True
    return i > 1 and before in _PREDICATE_ADVERBS and lows[i - 2] in _BE_FORMS


#: Words that open or carry a clause of their own: a pattern's gap does not hold one
#: ("told X to act" but not "told X he was confined to his home").
_CLAUSE_WORDS = frozenset({"he", "she", "they", "we", "i", "it", *_BE_FORMS} - _POSSESSIVE)


def _gap_clause(lows: Sequence[str], t: TriggerMatch) -> bool:
    """Whether the words a pattern's gap spans hold a clause of their own."""
    if None not in t.pattern.slots or t.last - t.first < 2:
        return False
    return not _CLAUSE_WORDS.isdisjoint(lows[t.first + 1 : t.last])


#: Adverbs between "be" and a predicate ("was otherwise fine", "is still free").
_PREDICATE_ADVERBS = frozenset(
    {"otherwise", "still", "now", "not", "very", "quite", "also", "so", "too"}
)


def _byline(text: str, start: int, at: int) -> bool:
    """Whether the mention at ``at`` is a byline's author ("By Jane Doe: ...")."""
    return at - start < 8 and text[start:at].strip().lower() == "by"


def _mark_private(toks: Sequence[Token], slots: list[ActorSlot], coref: Coref) -> None:
    """Remember the people introduced as private: "Kyiv resident X", "X, a villager,", "X, 33,"."""
    roles = cues()["private_roles"]
    for s in slots:
        if s.pronoun or s.kind is not ActorKind.PERSON:
            continue
        # common nouns only: "national" in "the Somali National Army" names no one private
        near = [
            toks[i].lower
            for i in range(max(0, s.first - 3), s.first)
            if i == 0 or not toks[i].text[:1].isupper()
        ]
        aged = False
        if s.last + 1 < len(toks) and toks[s.last + 1].lower == ",":
            # "X, 33, ...": news gives the age of private people, not of officials
            aged = s.last + 2 < len(toks) and toks[s.last + 2].text.isdigit()
            for i in range(s.last + 2, min(len(toks), s.last + 10)):
                if toks[i].lower in {",", ".", ";"}:
                    break
                if not toks[i].text[:1].isupper():
                    near.append(toks[i].lower)
        if aged or not roles.isdisjoint(near):
            coref.private.update(s.ids)


#: Words after "her" that show it is an object ("praised her for", "met her."), not a
#: possessive ("her party").
_AFTER_OBJECT = frozenset(
    {
        ",",
        ".",
        ";",
        ":",
        "for",
        "to",
        "of",
        "over",
        "in",
        "on",
        "at",
        "with",
        "as",
        "and",
        "after",
        "before",
        "when",
        "by",
        "from",
        "about",
        "that",
        "the",
        "a",
        "an",
        "again",
        "too",
        "while",
        "last",
        "this",
        "”",
        '"',
    }
)


#: Verbs of saying after which "they" is the one saying ("police say they will ...").
_SAYING = _SPEECH_AFTER | {"say", "add", "insist", "claim", "claimed", "claims", "warn", "warns"}


def _sayers(lows: Sequence[str], i: int, ordered: Sequence[ActorSlot]) -> tuple[str, ...] | None:
    """Whom "they" at ``i`` means when it opens what a plural subject says: "Norwegian
    police say they will ..." is the police, whether the text names them as an actor
    (their ids) or not (no actor: ``()``, rather than an earlier body); None when
    "they" follows no verb of saying."""
    if lows[i] != "they" or i < 2:
        return None
    verb = i - 2 if lows[i - 1] == "that" else i - 1
    if verb < 1 or lows[verb] not in _SAYING:
        return None
    subject = verb - 1
    if ordered and 0 <= subject - ordered[-1].last <= 1:
        return ordered[-1].ids  # "Norway say", "Norwegian police say"
    word = lows[subject]
    if word.isalpha() and (word.endswith("s") or word in ("police", "people")):
        return ()  # "residents say they ...": people the text names as no actor
    return None


#: How many tokens after its subject an object pronoun may stand ("X then met him").
_SUBJECT_REACH = 4


def _object_pronoun(lows: Sequence[str], i: int) -> bool:
    """Whether the pronoun at ``i`` is an object: "him", "them", or "her" not before a noun."""
    word = lows[i]
    if word in ("him", "them"):
        return True
    return word == "her" and (i + 1 >= len(lows) or lows[i + 1] in _AFTER_OBJECT)


def _reresolve(
    s: ActorSlot, toks: Sequence[Token], coref: Coref, exclude: tuple[str, ...] = ()
) -> ActorSlot | None:
    """The actor a pronoun or description slot means (``exclude``: who it cannot be)."""
    word = toks[s.first].lower
    if word in ("two", "both"):  # "the two countries", "both sides": the last two of that kind
        before = toks[s.first - 2 if word == "two" else s.first - 1].lower if s.first > 1 else ""
        pair = coref.latest_two(s.kind, other=before in _TOWARD)
        return None if pair is None else attrs.evolve(s, ids=pair)
    speaker = coref.last_speaker
    gender = _PRONOUN_GENDER.get(word)
    if (
        word in _NOMINATIVE
        and speaker is not None
        and coref.gender.get(speaker[0], gender) == gender
        and coref.sentence - speaker[1] <= _SPEAKER_REACH
        and s.first + 1 < len(toks)
        and toks[s.first + 1].lower in _SPEECH_AFTER
    ):
        # "..., he said": the quote goes on (no one named when its speaker was unnamed:
        # "an embassy spokesman said ... "We submitted it," he said")
        aid: str | None = speaker[0] or None
    elif word in _PERSON_PRONOUNS:
        # "X doubts Y's health, as his trip shows": a possessive is of the nearer one
        aid = _person_for(word, coref, gender, exclude)
    elif word in _GROUP_PRONOUNS:
        aid = coref.latest(
            (ActorKind.ARMED_GROUP, ActorKind.ORGANIZATION), within=2, exclude=exclude
        )
    elif word in ("it", "its"):
        aid = coref.latest(_IT_KINDS, within=1)
    elif toks[s.last].lower in _PLURAL_ROLES:
        holders = coref.all_by_role(toks[s.last].lower[:-1])
        return attrs.evolve(s, ids=holders) if len(holders) >= 2 else None
    elif toks[s.last].lower in _ARMED_NOUNS:
        aid = coref.latest((ActorKind.ARMED_GROUP,), within=3)
    elif toks[s.last].lower in _STATE_NOUNS:
        aid = coref.latest((ActorKind.COUNTRY,), within=2)
    else:
        mods = _described([t.lower for t in toks], s.first) or ()
        by = coref.by_role if word in _ROLE_NOUNS else coref.by_name
        aid = by(word, mods)
    if aid is None:
        return None
    return attrs.evolve(s, ids=(aid,), kind=coref.kinds[aid])


def _person_for(
    word: str, coref: Coref, gender: str | None, exclude: tuple[str, ...] = ()
) -> str | None:
    """The person "he", "she", "his" or "her" means: the latest not of the other gender
    (see :mod:`.people`); none when that person was last named well before the latest
    person of any gender ("she" far back past three men is more likely someone unnamed)."""
    near = word in _POSSESSIVES  # "X doubts Y's health, as his trip shows": the nearer one
    aid = coref.latest((ActorKind.PERSON,), near=near, gender=gender, exclude=exclude)
    if aid is None or not coref.gender:
        return aid
    plain = coref.latest((ActorKind.PERSON,), near=near, exclude=exclude)
    if plain is not None and coref.last_seen[plain] - coref.last_seen[aid] > _GENDER_REACH:
        return None
    return aid


_QUOTE_ENDS = frozenset({",", "”", '"', "'", "’", ":"})
_SPEAKER_STOPS = frozenset({",", ".", ";", ":", "(", "—", "–", "that", "in", "on", "at", "to"})


#: Longest phrase set off after a person ("X, leader of the Y party and Z's rival in ...,").
_APPOSED_WORDS = 30


def _person_apposed(view: SentenceView, comma: int) -> bool:
    """Whether ``comma`` closes a phrase set off after a person ("X, 74, a resident,"),
    or a person's name set off after a title ("the city's mayor, X,")."""
    i = comma - 1
    lows = view.lows  # for speed: 0 <= i < comma, inside the sentence
    while i >= 0 and comma - i <= _APPOSED_WORDS:
        word = lows[i]
        if word in {".", ";", ":", "“", '"'}:
            return False
        if word == ",":
            s = view.slot(i - 1)
            if s is not None and s.kind is ActorKind.PERSON:
                return True
            return name_between(view, i + 1, comma - 1) is not None
        i -= 1
    return False


def name_between(view: SentenceView, first: int, last: int) -> ActorSlot | None:
    """The person named by exactly the tokens ``first`` to ``last`` (a name set off
    between commas after a title: "the city's mayor, Tom Vale, said"), if any."""
    named = view.slot(first)
    if (
        named is not None
        and named.first == first
        and named.last == last
        and named.kind is ActorKind.PERSON
        and not named.pronoun
    ):
        return named
    return None


_QUOTE_MARKS = frozenset({'"', "“", "”"})


def quote_ends(view: SentenceView, i: int) -> bool:
    """Whether a quotation ends at token ``i``: a quote mark beside a comma
    ('"... oppose X," the ministry said'), with its speaker after it."""
    return view.lower(i) in _QUOTE_MARKS and "," in (view.lower(i - 1), view.lower(i + 1))


def quote_around(text: str, pos: int) -> tuple[int, int] | None:
    """The quotation ``pos`` lies in: the offsets of its opening mark and of its closing
    mark (the end of ``text`` when it runs on), or None outside quotes. Curly marks
    pair by direction, straight ones by count (the marks are read once per text)."""
    spans = _quote_spans(text)
    k = bisect.bisect_right(spans, (pos, len(text) + 1)) - 1
    if k >= 0 and spans[k][0] < pos <= spans[k][1]:
        return spans[k]
    return None


@functools.lru_cache(maxsize=4)
def _quote_spans(text: str) -> list[tuple[int, int]]:
    """Every quotation of ``text``, in order: (opening mark, closing mark or the end)."""
    spans: list[tuple[int, int]] = []
    opened = -1  # a curly quotation open at this offset
    straight = -1  # a straight one
    for m in _QUOTE_MARK.finditer(text):
        at, mark = m.start(), m.group()
        if mark == "“" and opened < 0 and straight < 0:
            opened = at
        elif mark == "”" and opened >= 0:
            spans.append((opened, at))
            opened = -1
        elif mark == '"' and opened < 0:
            if straight < 0:
                straight = at
            else:
                spans.append((straight, at))
                straight = -1
    if opened >= 0 or straight >= 0:
        spans.append((max(opened, straight), len(text)))
    return spans


_QUOTE_MARK = re.compile('[“”"]')


#: Relative pronouns of a clause that describes a subject before its verb.
_WHO = frozenset({"who", "which", "whose"})


def inverted_speaker(view: SentenceView, match: TriggerMatch) -> list[ActorSlot]:
    """The speaker after a speech verb that follows what was said.

    ``"...," says Claudio Angelo, a coordinator at X`` and ``..., said the
    ministry``: the verb comes after a comma or a closing quote and the
    speaker after the verb. A person named there is preferred to the body
    before it ("said Reuters editor Jane Doe"); nothing when no actor follows.
    """
    if match.first == 0 or view.lower(match.first - 1) not in _QUOTE_ENDS:
        return []
    if view.lower(match.first).endswith("ing"):
        return []  # "X called on Y, saying it would ...": a participle shares X as subject
    if "told" in match.pattern.flags:
        return []  # "X, a villager, told the AP ...": the AP is whom he told
    if view.lower(match.first - 1) == "," and _person_apposed(view, match.first - 1):
        return []  # "X, a villager, said ...": the speaker came first
    if any(r.last == match.first - 1 and r.word in _WHO for r in view.regions):
        return []  # "The source, who spoke on condition of anonymity, said X met Y"
    found: list[ActorSlot] = []
    i = match.last + 1
    lows = view.lows  # for speed: match.last < i < len(lows), inside the sentence
    at = view.by_token
    reach = match.last + 7
    while i < len(view.tokens) and i <= reach:
        if lows[i] == "(" and found:
            close = next((k for k in range(i + 1, min(i + 6, len(lows))) if lows[k] == ")"), None)
            if close is not None:  # "said the Y Organization (YO) Director X": past the short name
                reach += close + 1 - i
                i = close + 1
                continue
        if lows[i] in _SPEAKER_STOPS:
            break
        s = at[i]
        if s is not None:
            if not s.is_place:
                found.append(s)
            i = s.last + 1
            continue
        i += 1
    people = [s for s in found if s.kind is ActorKind.PERSON]
    return people[:1] + [s for s in found if s not in people][:1] if people else found[:1]
