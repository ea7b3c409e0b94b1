"""Who acted, on whom, and where: sources, targets and location from the clause.

Verbs take their source from the nearest actor to the left (the subject, with any
actors coordinated with it) and their target from the first actor to the right;
the passive ("X was killed by Y") flips them. Nouns take their source from a
possessor ("Tillerson's visit", "his visit", "the Tillerson visit"), a "by"
phrase or a fronted phrase's subject ("After a meeting with X, Y ..."), and
their target from the phrase that follows ("visit to Y", "the killing of Y").
Relative clauses ("X, who ..., said") are stepped over.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from ...models import ActorKind
from .analysis import (
    ActorSlot,
    Region,
    SentenceView,
    inverted_speaker,
    name_between,
    quote_ends,
)
from .lexicon import TRAVEL_VERBS, UNDERGOING, Pattern, TriggerMatch, cues, in_group

__all__ = [
    "RoleFinder",
    "Roles",
    "affiliated",
    "clause_subject",
    "find_location",
    "find_roles",
    "slot_ids",
]

_PREPS = frozenset(
    [
        "in",
        "at",
        "on",
        "of",
        "to",
        "from",
        "with",
        "against",
        "for",
        "into",
        "onto",
        "through",
        "across",
        "near",
        "inside",
        "outside",
        "about",
        "over",
        "under",
        "between",
        "among",
        "toward",
        "towards",
        "by",
        "via",
        "within",
        "without",
        "despite",
        "after",
        "before",
        "since",
        "during",
        "like",
        "upon",
        "around",
        "behind",
        "beyond",
        "along",
    ]
)
_LOC_PREPS = frozenset(["in", "at", "near", "inside", "outside", "across", "around", "within"])
_VISIT_PREPS = frozenset(["to", "in", "at", "into"])
#: Words before a place that is the target of a visit ("visited Kabul", "a trip to Kabul").
_PLACE_TARGET_PREPS: frozenset[str | None] = frozenset([None, *_VISIT_PREPS, "of"])
#: Words before a place that is the target of force ("struck Kyiv", "the assault on Gaza").
_FORCE_TARGET_PREPS: frozenset[str | None] = frozenset([None, "on", "against", "of"])


#: ... and of weapons fired or launched ("fired rockets at Kyiv", "drones towards Odesa").
_AIMED_TARGET_PREPS: frozenset[str | None] = _FORCE_TARGET_PREPS | {"at", "towards", "toward"}


#: Words before the target of a show of force ("drills around Taiwan", "troops near Kharkiv").
_SHOW_TARGET_PREPS: frozenset[str | None] = frozenset([None, "around", "near", "off", "against"])


def _place_preps(match: TriggerMatch, first: str = "") -> frozenset[str | None] | None:
    """Where a place may be ``match``'s target: after which words, or None when never
    (``first``: the verb's word, lower case).

    Visits go to places; force is used on them ("struck Kyiv" targets Kyiv, and
    its state with it); other events are done to actors, and a place is where.
    """
    if "place" in match.pattern.flags:
        return _PLACE_TARGET_PREPS
    if in_group(match.pattern.code, "violent"):
        if first in cues()["aiming_verbs"]:
            return _AIMED_TARGET_PREPS  # "fired rockets at Kyiv": what is fired is aimed
        return _FORCE_TARGET_PREPS
    if match.pattern.code.startswith("15"):
        return _SHOW_TARGET_PREPS  # "drills around Taiwan": force is shown to whom it is near
    return None


_DETS = frozenset(["the", "a", "an"])
_BOUNDARY = frozenset({";", ":", "—", "–", "(", ")"})
_CLAUSE_BREAKS = _BOUNDARY - {"(", ")"}
_SUBORDINATORS = frozenset(
    [
        "as",
        "because",
        "since",
        "while",
        "although",
        "though",
        "after",
        "before",
        "when",
        "if",
        "unless",
        "whereas",
        "but",
        "so",
        "until",
        "whether",
    ]
)
_AUX = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "must",
        "can",
        "do",
        "does",
        "did",
        "'s",
    ]
)
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "get", "gets", "got", "gotten"])
_COORD = frozenset({",", "and", "&", "or", "nor"})
_CONNECT = _COORD | frozenset({"both", "either", "neither", "the", "as", "well", "also"})
_NOMINATIVE = frozenset({"he", "she", "they"})
_LIGHT = frozenset(
    [
        "was",
        "were",
        "is",
        "are",
        "on",
        "made",
        "make",
        "makes",
        "paid",
        "pay",
        "pays",
        "held",
        "holds",
        "began",
        "begins",
        "led",
        "leads",
        "conducted",
        "carried",
        "launched",
        "staged",
        "imposed",
        "imposes",
        "issued",
        "issues",
        "mounted",
        "waged",
        "delivered",
        "undertook",
        "undertakes",
        "after",
        "before",
        "during",
        "following",
        "hold",
        "holds",
        "held",
    ]
)
#: Words after "on" that make it lend its actor to the noun ("X, on a visit to Y", "on his
#: tour"); "on Monday" does not.
_ON_LIGHT = frozenset({"a", "an", "the", "his", "her", "their", "its", "official", "state"})
#: Roots of acts that ask something of someone: appeals and demands.
_ASKING = frozenset({"02", "10"})
#: Prepositions that name, after an appeal's or demand's object, whom it asks to act.
_ASKED_OF = frozenset({"from", "by"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "their", "its"})
#: Words that cannot stand between a possessor and its noun ("X as criticism", "X heard blasts").
_NOT_MODIFIERS = (
    _SUBORDINATORS
    | _AUX
    | _COORD
    | frozenset({"that", "which", "who", "whose", "yesterday", "today", "tomorrow", "tonight"})
)
_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself", "myself", "ourselves"})
_RECEIVE = frozenset(["receive", "receives", "received", "receiving", "gets", "got", "getting"])
_FRONTED = frozenset(
    ["after", "before", "during", "following", "since", "upon", "ahead", "amid", "at", "in", "on"]
)
#: Irregular past participles (those not ending in -ed or -en).
_PARTICIPLES = frozenset(
    [
        *("held", "met", "told", "shot", "struck", "taken", "given", "sent", "hit"),
        *("beaten", "left", "sold", "cut", "put", "fought", "led", "lent", "caught", "seized"),
        *("found", "hung", "kept", "sought", "brought", "thrown", "won"),
    ]
)
_NOMINAL_WINDOW = 8
_VERBAL_WINDOW = 14


#: What finds the sources and targets of one trigger in its sentence.
RoleFinder = Callable[[SentenceView, TriggerMatch], "Roles"]


@attrs.frozen
class Roles:
    """The actors of one trigger."""

    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    passive: bool = False
    #: Set when a verb shares its subject with an earlier verb ("killed X and destroyed Y").
    inherit_from: TriggerMatch | None = None


def slot_ids(slots: Sequence[ActorSlot]) -> tuple[str, ...]:
    """The actor ids of ``slots``, each once, in order (shared with the syntactic finder)."""
    return tuple(dict.fromkeys(aid for s in slots for aid in s.ids))


def _prep_before(view: SentenceView, slot: ActorSlot) -> str | None:
    """The preposition before ``slot`` (past its determiners and up to three title words)."""
    if slot.pronoun and view.lows[slot.first] in _NOMINATIVE:
        return None  # "After he was received": a subject, not an object of "after"
    i = _prep_at(view, slot)
    return view.lows[i] if i >= 0 else None


def _prep_at(view: SentenceView, slot: ActorSlot) -> int:
    """Where the preposition before ``slot`` stands (-1 if none): see :func:`_prep_before`."""
    lows = view.lows  # for speed: indices here stay inside the sentence (a slot's, before it)
    i = slot.first - 1
    titles = 0
    toks = view.tokens
    while i >= 0 and (lows[i] in _DETS or (toks[i].text[:1].isupper() and titles < 3)):
        titles += lows[i] not in _DETS
        i -= 1
    return i if i >= 0 and lows[i] in _PREPS else -1


#: Roots of acts a town's government does under the town's name ("Chicago imposed a
#: curfew", "Mombasa banned street vending"); not fighting, protest or visits, which are
#: done in or to a place.
_GOVERNING_ROOTS = frozenset(
    {"01", "02", "03", "05", "06", "07", "08", "10", "11", "12", "16", "17"}
)
#: Words that may stand between a subject town and its verb ("Chicago, meanwhile, imposed").
_SUBJECT_ASIDES = frozenset({",", "meanwhile", "also", "then", "later", "has", "have", "had"})


def _governing_place(
    view: SentenceView, s: ActorSlot, match: TriggerMatch, prep: str | None
) -> bool:
    """Whether a town named as the subject of a verb acts as its government."""
    if (
        prep is not None
        or match.pattern.kind != "V"
        or match.pattern.code[:2] not in _GOVERNING_ROOTS
    ):
        return False
    return all(view.lows[k] in _SUBJECT_ASIDES for k in range(s.last + 1, match.first))


def _possessive(view: SentenceView, slot: ActorSlot) -> bool:
    after = slot.last + 1
    return after < len(view.lows) and view.lows[after] in {"'s", "'"}


def _bounds(view: SentenceView, i: int) -> tuple[int, int]:
    """First and last token of the clause around token ``i`` (relative clauses are their own)."""
    region = view.region_of(i) if view.regions else None
    lows = view.lows
    lo, hi = (region.first, region.last) if region else (0, len(lows) - 1)
    if lo <= i <= hi and _CLAUSE_BREAKS.isdisjoint(lows):
        return lo, hi  # for speed: no break in the sentence, the scans below would find none
    j = i - 1
    while j >= lo and lows[j] not in _CLAUSE_BREAKS:
        j -= 1
    k = i + 1
    while k <= hi and lows[k] not in _CLAUSE_BREAKS:
        k += 1
    return j + 1, k - 1


def _skip_region(view: SentenceView, i: int, home: int, step: int) -> int:
    """``i`` moved past a relative clause that does not hold ``home``."""
    region = view.region_of(i)
    if region is None or home in region:
        return i
    return region.first - 1 if step < 0 else region.last + 1


def _skip_parens(view: SentenceView, i: int, step: int) -> int:
    close, open_ = (")", "(") if step < 0 else ("(", ")")
    lows = view.lows
    n = len(lows)
    if not 0 <= i < n or lows[i] != close:
        return i
    j = i + step
    while 0 <= j < n and lows[j] != open_:
        j += step
    return j + step


def _abbreviation(view: SentenceView, before: int, close: int) -> ActorSlot | None:
    """The actor a parenthesis holds alone, after a name the text did not take as one:
    "Homeland Security Investigations (HSI)" where only "HSI" is an actor."""
    if before < 0 or close - before != 3 or not view.tokens[before].text[:1].isupper():
        return None
    s = view.slot(before + 2)
    return s if s is not None and not s.is_place and not s.pronoun else None


def _coordinated(
    view: SentenceView, slot: ActorSlot, step: int, lo: int, hi: int, *, place_ok: bool = False
) -> list[ActorSlot]:
    """``slot`` and the actors listed with it ("the US, China and Pakistan")."""
    found = [slot]
    cur = slot
    lows = view.lows  # for speed: read where lo <= i <= hi, inside the sentence
    at = view.by_token
    while True:
        i = cur.first - 1 if step < 0 else cur.last + 1
        if step < 0:
            # "X and Ugandan President Y": past "President"
            i = _before_titles(view, i, lo, person=cur.kind is ActorKind.PERSON)
        seen_coord = False
        seen_comma_only = True
        others = 0
        nxt: ActorSlot | None = None
        if step > 0 and view.lower(i) not in _COORD:
            return found
        while lo <= i <= hi:
            word = lows[i]
            owner = view.slot(i - 1) if step < 0 and word in {"'s", "'"} else None
            if owner is not None:
                i = owner.first - 1  # "France's X and ...": past the possessor
                continue
            s = at[i]
            if s is not None and s.pronoun and word in _POSSESSIVE_PRONOUNS:
                s = None  # "and his associate Y"
            if s is not None:
                nxt = s
                break
            if word in _COORD:
                seen_coord = True
                if word != ",":
                    seen_comma_only = False
            elif word in _CONNECT:
                pass
            elif word.isalpha() and word == view.tokens[i].text and others < 3:
                others += 1
            else:
                break
            i += step
        if nxt is None or not seen_coord or (seen_comma_only and others):
            return found
        after = nxt.last + 1
        owned = view.slot(after + 1) if view.lower(after) in {"'s", "'"} else None
        if owned is not None:  # "France's X and Germany's Y": the possessor is no member
            nxt, after = owned, owned.last + 1
        if step < 0 and view.lower(after) not in _COORD:
            return found
        if (nxt.is_place and not place_ok) or (
            step < 0 and _prep_before(view, nxt) not in (None, "of")
        ):
            return found
        found.append(nxt)
        cur = nxt


def _before_titles(view: SentenceView, i: int, lo: int, *, person: bool = False) -> int:
    """The token before the capitalised titles (and a state's adjective before them) that
    end at ``i``: "Ugandan President" before "Yoweri Museveni"; ``i`` when there are none.
    Before a ``person``, one lower-case title after a state's adjective too ("Ugandan
    adviser")."""
    k = i
    titles = 0
    while k >= lo and titles < _TITLE_RUN:
        text = view.tokens[k].text
        s = view.by_token[k]
        if s is None and text[:1].isupper() and text.isalpha():
            k -= 1
        elif s is not None and titles and s.kind is ActorKind.COUNTRY and s.first == s.last:
            k = s.first - 1  # the state's adjective before the title
        elif (
            person
            and not titles
            and text.isalpha()
            and text.islower()
            and text not in _CONNECT
            and _demonym_at(view, k - 1, lo)
        ):
            k -= 1  # "Ugandan adviser", "his Ugandan counterpart": a lower-case title
        else:
            break
        titles += 1
    return k if titles and k < i else i


def _demonym_at(view: SentenceView, k: int, lo: int) -> bool:
    """Whether token ``k`` is a state's one-word adjective ("Ugandan")."""
    if k < lo:
        return False
    s = view.by_token[k]
    return s is not None and s.kind is ActorKind.COUNTRY and s.first == s.last == k


#: How many capitalised words a title before a name may run to ("Deputy Prime Minister").
_TITLE_RUN = 4
#: Relatives and private companions: "X's wife" acts for herself, not for X.
_KIN = frozenset(
    {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "aunt"}
    | {"uncle", "cousin", "nephew", "niece", "widow", "widower", "grandson", "granddaughter"}
    | {"girlfriend", "boyfriend", "partner", "fiancee", "fiance", "children", "parents"}
    | {"sons", "daughters", "brothers", "sisters", "relatives", "family", "friend", "friends"}
)
#: Prepositions that name what talks are about, not who takes part ("talks on EU issues").
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
#: Words before a gerund that make it share the subject of the verb before them.
_TIME_SUBORDINATORS = frozenset({"before", "after", "while", "without"})


def _walk_left(
    view: SentenceView, match: TriggerMatch, lo: int, *, stop_at_speech: bool = True
) -> ActorSlot | TriggerMatch | None:
    i = match.first - 1
    lows = view.lows
    before = lows[i] if i >= 0 else ""
    if before in cues()["relative_heads"] and lows[match.first].endswith("ing"):
        return None  # "alerts for those travelling to X": they travel, no actor named
    if before in {"and", "but", "or"} or (
        before in _TIME_SUBORDINATORS and lows[match.first].endswith("ing")
    ):
        # "X met Y and signed ...", "X met Y before visiting Z": the first verb's subject
        earlier = [
            t
            for t in view.triggers
            if t.pattern.kind == "V" and lo <= t.last < i and not _gerund_object(view, t)
        ]
        if earlier:
            return earlier[-1]
    between_words = 0
    infinitive = before == "to"
    appositive = _apposed_subject(view, match.first, lo)
    if appositive is not None:
        return appositive
    # for speed: tokens read lie in lo .. match.first - 1, and only a token that ends
    # a trigger can be a speech verb or an earlier verb
    at = view.by_token
    trigger_ends = {t.last for t in view.triggers}
    regions = view.regions
    while i >= lo:
        # for speed, each skip only where it may move (no regions; no ")" at i)
        if regions:
            i = _skip_region(view, i, match.first, -1)
        if i >= 0 and lows[i] == ")":
            close = i
            i = _skip_parens(view, i, -1)
            inner = _abbreviation(view, i, close)
            if inner is not None and i >= lo and at[i] is None:
                return inner  # "Homeland Security Investigations (HSI) agents": the name
        if i < lo:
            break
        word = lows[i]
        if word in _BOUNDARY or (word in _SUBORDINATORS and word != "but"):
            break  # "as gangs fight": the subject is inside the subordinate clause
        if word == "-" and _dateline_dash(view, i):
            break  # "San Jose, Costa Rica - Kidnappers have seized ...": where it was filed
        if word == "that" and _speech_before(view, i):
            break  # "X told Reuters that 17 refugees handed over ...": not Reuters
        s = at[i]
        if s is not None:
            prep = _prep_before(view, s)
            blocked = (
                (s.is_place and not _governing_place(view, s, match, prep))
                or (prep not in (None, "of") and not _opens_clause(view, s, prep, match))
                or _modifier(view, s)
                or _one_of(view, s)
            )
            if _possessive(view, s):
                if view.lower(s.last + 2) in _KIN:
                    return None  # "X's aunt abducted the girl": the aunt, unnamed, did it
                nxt = view.slot(s.last + 2)
                blocked = blocked or (nxt is not None and nxt.is_place)
            if not blocked:
                if "speech" in match.pattern.flags and s.kind is not ActorKind.PERSON:
                    leader = _officer_before(view, s, lo)
                    if leader is not None:
                        return leader  # "X, leader of the opposition Y told a rally"
                return _head_of(view, s)
            i = s.first - 1
            continue
        speech = (
            [t for t in view.triggers if t.last == i and "speech" in t.pattern.flags]
            if i in trigger_ends
            else []
        )
        if stop_at_speech and speech:
            # "signaling its willingness to cooperate": the speaker acts
            controlled = view.lower(match.first - 1) == "to" or (
                i == match.first - 1 and view.lower(match.first).endswith("ing")
            )
            return speech[0] if controlled else None
        if word == "," and ("speech" in match.pattern.flags or infinitive):
            break  # ", to share intelligence": the subject is not the nearest actor
        if word in _UNNAMED_SPEAKERS and "speech" in match.pattern.flags:
            break  # "..., the source, who ..., told Reuters": someone left unnamed speaks
        for other in view.triggers if i in trigger_ends else ():
            if (
                other.last == i
                and other.pattern.kind == "V"
                and between_words <= 6
                and any(view.lower(j) == "and" for j in range(other.last + 1, match.first))
            ):
                return other
        between_words += 1
        i -= 1
    return None


def _named_in_phrase(view: SentenceView, k: int) -> bool:
    """Whether an actor is named at ``k`` or after a few lower-case words from it ("his
    Ugandan counterpart", "its neighbour Kenya", "his deputy Tom Okello")."""
    for j in range(k, min(k + _PHRASE_WORDS, len(view.tokens))):
        if view.slot(j) is not None:
            return True
        text = view.tokens[j].text
        if not (text.isalpha() and text.islower()):
            return False
    return False


#: How many words the phrase after a possessive pronoun may run to before a name.
_PHRASE_WORDS = 3


def _dateline_dash(view: SentenceView, i: int) -> bool:
    """Whether the dash at ``i`` ends a dateline that opens the sentence ("San Jose,
    Costa Rica - ..."): only capitalised words and commas before it."""
    return i <= _DATELINE_WORDS and all(
        view.tokens[k].text[:1].isupper() or view.lows[k] in {",", "(", ")", "."} for k in range(i)
    )


#: How many tokens a dateline before its dash may run to ("WASHINGTON, D.C. (AP)").
_DATELINE_WORDS = 8


def _speech_before(view: SentenceView, i: int) -> bool:
    """Whether a speech verb ends a few words before the "that" at ``i`` ("told Reuters in
    Kigali that"): the clause after it is what was said."""
    return any(
        "speech" in t.pattern.flags and i - _COMPLEMENT_REACH <= t.last < i for t in view.triggers
    )


#: How many words may stand between a speech verb and its "that" ("told Reuters in Kigali").
_COMPLEMENT_REACH = 5


#: Words that are a preposition before a noun and open a clause before a subject
#: ("after the talks"; "after DEA officials arrested him").
_CLAUSE_PREPS = frozenset({"after", "before", "since", "until"})
#: Words between a common noun of people and the body they belong to ("officials at Y").
_MEMBER_PREPS = frozenset({"at", "from", "for"})
#: Nouns of people who act for someone, the only ones "for" joins to a body ("lawyers for
#: Y", "a spokesman for Y"; not "support for Y").
_AGENT_NOUNS = frozenset(
    {
        *("lawyer", "lawyers", "attorney", "attorneys", "counsel", "advocate", "advocates"),
        *("representative", "representatives", "spokesman", "spokeswoman", "spokesperson"),
        *("negotiator", "negotiators", "envoy", "envoys", "delegate", "delegates"),
        "delegation",
    }
)
#: What may stand before such a noun: it opens its clause.
_HEAD_OPENERS = _DETS | {",", "“", '"', "and", "but"}


def _opens_clause(view: SentenceView, s: ActorSlot, prep: str | None, match: TriggerMatch) -> bool:
    """Whether ``s``, after ``prep``, stands for the subject of ``match``'s clause.

    "called for calm after DEA (DEA) officials arrested X": ``prep`` opens the
    clause; "A jury at Y Court convicted X", "Officials from Y said": the
    subject is a common noun of people whom ``s`` stands for.
    """
    if match.pattern.kind != "V":
        return False
    if prep in _MEMBER_PREPS:
        j = s.first - 1
        while j >= 0 and view.lower(j) != prep:
            j -= 1
        head = j - 1  # the noun: "A jury at", "Officials from"
        word = view.tokens[head].text if head >= 0 else ""
        if view.slot(head) is not None:
            return False
        if prep == "for":
            # "a spokesman for Y said": words of someone left unnamed (see _UNNAMED_SPEAKERS)
            if word.lower() not in _AGENT_NOUNS or "speech" in match.pattern.flags:
                return False
        elif not (word.isalpha() and word.islower()):
            return False
        if head > 0 and view.lower(head - 1) not in _HEAD_OPENERS:
            return False
    elif prep not in _CLAUSE_PREPS or "speech" in match.pattern.flags:
        return False  # "It comes after X announced ...": a statement told as background
    words = 0
    i = s.last + 1
    while i < match.first:
        if view.lower(i) == "(":
            i = _skip_parens(view, i, 1)
            continue
        if not view.tokens[i].text.isalpha() or words >= 2 or view.lower(i) in _PREPS:
            return False
        words += 1
        i += 1
    return True


_APPOSITIVE_WORDS = 30
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: Nouns of people a text leaves unnamed: a speech verb after one has no named speaker.
_UNNAMED_SPEAKERS = frozenset(
    {"source", "sources", "insider", "insiders", "aide", "aides", "person", "official"}
)
#: Nouns of what force is used on: a name before one says whose it is.
_STRUCK_NOUNS = frozenset(
    {
        *("target", "targets", "hideout", "hideouts", "compound", "compounds"),
        *("position", "positions", "facility", "facilities", "base", "bases"),
        *("camp", "camps", "stronghold", "strongholds", "outpost", "outposts", "site", "sites"),
    }
)


def _modifier(view: SentenceView, s: ActorSlot) -> bool:
    """A name that only says whose a struck thing is: "a Haqqani target", "a Hamas base".

    Such a noun phrase is what an attack hits, not who attacks ("a US Delta Force
    operation captured X" still names the doer).
    """
    nxt = s.last + 1
    return (
        view.lower(s.first - 1) in {"a", "an"}
        and nxt < len(view.tokens)
        and view.lower(nxt) in _STRUCK_NOUNS
    )


def _one_of(view: SentenceView, s: ActorSlot) -> bool:
    """A name that only says where a private person is from: "a British citizen",
    "an Indian student". The person, not the state, is meant; no actor is."""
    return (
        view.lower(s.first - 1) in {"a", "an"} and view.lower(s.last + 1) in cues()["private_roles"]
    )


def _officer_before(view: SentenceView, body: ActorSlot, lo: int) -> ActorSlot | None:
    """The person a body is the affiliation of in "X, leader of the main opposition Y":
    a comma after a person, then lower-case words holding "of", then the body."""
    lows = view.lows
    k = body.first - 1
    seen_of = False
    while k >= lo and body.first - k <= _OFFICE_WORDS:
        word = lows[k]
        if word == "of":
            seen_of = True
        elif word == ",":
            person = view.slot(k - 1)
            ok = seen_of and person is not None and person.kind is ActorKind.PERSON
            return person if ok else None
        elif not (word.isalpha() and view.tokens[k].text.islower()):
            return None
        k -= 1
    return None


#: How many words "leader of the main opposition" may run to before the body's name.
_OFFICE_WORDS = 8


def _apposed_subject(view: SentenceView, verb: int, lo: int) -> ActorSlot | None:
    """The subject before an appositive: "Kaja Kallas, the EU's foreign policy chief, said";
    or the appositive itself when it is just a person's name after a title ("the
    city's mayor, Tom Vale, said").

    The verb follows a comma that closes a phrase opened by a comma right after
    a person; that person, not one named inside the phrase, is the subject.
    The phrase may hold a relative clause ("X, a lawyer who served in Y and
    defended Z, said"); "and" outside one ends the search.
    """
    lows = view.lows  # for speed: lo <= i < verb, inside the sentence
    if verb < 1 or lows[verb - 1] != ",":
        return None
    i = verb - 2
    relative = False
    while i >= lo and verb - i <= _APPOSITIVE_WORDS:
        word = lows[i]
        if word in _BOUNDARY:
            return None
        if word in {"who", "which", "whose", "whom"}:
            relative = True
        if word in _UNNAMED_SPEAKERS and view.slot(i) is None:
            return None  # "..., the source, who ..., told": the source is the subject
        if word == ",":
            s = view.slot(i - 1)
            if s is not None and not s.is_place and s.kind is ActorKind.PERSON:
                return s
            named = name_between(view, i + 1, verb - 2)
            if named is not None:
                return named  # "the city's mayor, Tom Vale, said": the name is the subject
            if not relative:
                return None
            # the comma opening the relative clause: the next comma must open the phrase
            relative = view.lower(i + 1) not in {"who", "which", "whose", "whom"}
        i -= 1
    return None


def _head_of(view: SentenceView, slot: ActorSlot) -> ActorSlot:
    """For "President X of Y", the head X rather than Y."""
    if _prep_before(view, slot) != "of":
        return slot
    i = slot.first - 1
    while view.lower(i) in _DETS:
        i -= 1
    head = view.slot(i - 1)
    return head if head is not None and not head.is_place else slot


#: Nouns of a place's people, who stand for the place ("warned residents in X").
_PEOPLE_NOUNS = frozenset(
    {"people", "residents", "civilians", "citizens", "inhabitants", "villagers", "population"}
)


#: Words naming a part of a place ("people in northern X").
_PARTS = frozenset({"northern", "southern", "eastern", "western", "central", "the"})


def _people_of(view: SentenceView, s: ActorSlot) -> bool:
    """Whether the place ``s`` follows a noun of its people and "in" or "of"
    ("residents of X", "people in northern X")."""
    if not s.can_locate:
        return False
    k = s.first - 1
    while k >= 0 and view.lower(k) in _PARTS:
        k -= 1
    return k > 0 and view.lower(k) in ("in", "of") and view.lower(k - 1) in _PEOPLE_NOUNS


def _first_right(
    view: SentenceView,
    start: int,
    hi: int,
    *,
    home: int,
    place_ok: bool,
    nominal: bool,
    place_preps: frozenset[str | None] | None = None,
    asked: bool = False,
) -> ActorSlot | None:
    """The first actor right of ``start`` that can be the object; ``asked``: the act asks
    something of someone, so "from X" names whom ("called for restraint from X")."""
    i = start
    window = _NOMINAL_WINDOW if nominal else _VERBAL_WINDOW
    own_from = start - 1 > home and view.lows[start - 1] in {"from", "with"}
    # for speed: tokens read lie in start .. hi, inside the sentence
    lows = view.lows
    at = view.by_token
    verbs = {t.first for t in view.triggers if t.pattern.kind == "V"}
    regions = view.regions
    while i <= hi and i - start < window:
        # for speed, each skip only where it may move (no regions; no "(" at i)
        if regions:
            i = _skip_region(view, i, home, 1)
        if i < len(lows) and lows[i] == "(":
            i = _skip_parens(view, i, 1)
        if i > hi:
            break
        word = lows[i]
        if word in _BOUNDARY or (word in _SUBORDINATORS and i > start):
            break
        if word == "," and (
            view.lower(i + 1) in {"and", "but", "while", "whereas"} or _attribution(view, i + 1)
        ):
            break
        if quote_ends(view, i):
            break  # '"... oppose X," the ministry said': the quote ends, its speaker follows
        if nominal and word in _AUX and not (i == start and view.slot(i + 1) is not None):
            break
        if i in verbs:
            break
        s = at[i]
        if (
            s is not None
            and s.pronoun
            and word in _POSSESSIVE_PRONOUNS
            and _named_in_phrase(view, s.last + 1)
        ):
            i = s.last + 1  # "met his Ugandan counterpart": whose, not whom
            continue
        if s is not None:
            prep = _prep_before(view, s)
            if _people_of(view, s):
                return s  # "warned people in northern X": the people of X stand for it
            if _one_of(view, s):
                i = s.last + 1
                continue
            if s.is_place and not place_ok:
                i = s.last + 1
                continue
            if prep in _LOC_PREPS and not place_ok and s.can_locate:
                i = s.last + 1
                continue
            if prep in _ASKED_OF and asked and not s.is_place:
                return s  # "called for restraint from X", "for an inquiry by X"
            if prep in {"from", "with"} and own_from and _prep_at(view, s) == start - 1:
                # "resigned from X", "clashed with X": the pattern's own preposition
                return s
            if prep in {"from", "by", "through", "despite", "after", "before", "since", "during"}:
                i = s.last + 1
                continue
            if place_ok and s.can_locate and prep not in (place_preps or _PLACE_TARGET_PREPS):
                i = s.last + 1
                continue
            return s
        i += 1
    return None


#: How many words a speaker's name and title may take before its speech verb.
_SPEAKER_WORDS = 6


def _attribution(view: SentenceView, i: int) -> bool:
    """Whether a speaker and a speech verb start at token ``i``.

    ", the monitor said", ", Mayor Vitali Klitschko said", ", the ministry's
    spokesman said": a few words, none of them punctuation, then the verb.
    """
    n = len(view.tokens)
    stop = min(n, i + _SPEAKER_WORDS + 1)
    starts = {t.first for t in view.triggers if "speech" in t.pattern.flags}
    while i < stop:
        if i in starts:
            return True
        s = view.slot(i)
        if s is not None:
            i = s.last + 1
            continue
        word = view.lower(i)
        if not (word.isalpha() or word in _POSSESSIVE_MARKS):
            return False
        i += 1
    return False


def _with_appositions(view: SentenceView, found: list[ActorSlot], hi: int) -> list[ActorSlot]:
    """Add "X chief Y" and "one of their commanders, Y" persons to a target list."""
    last = found[-1]
    i = last.last + 1
    words = 0
    lows = view.lows  # for speed: last.last < i <= hi, inside the sentence
    at = view.by_token
    while i <= hi and words <= 6:
        s = at[i]
        word = lows[i]
        if s is not None:
            if s.kind.value == "person" and not s.pronoun and (words <= 2 or lows[i - 1] == ","):
                return [s, *found] if words <= 2 else [*found, s]
            return found
        if word in _BOUNDARY or word in _SUBORDINATORS or word in _AUX:
            return found
        if word == "," and view.slot(i + 1) is None:
            return found
        words += 1
        i += 1
    return found


def _by_agents(view: SentenceView, start: int, hi: int, home: int) -> list[ActorSlot]:
    i = start
    lows = view.lows  # for speed: start <= i <= hi, inside the sentence
    regions = view.regions
    while i <= hi:
        if regions:  # for speed: no regions, nothing to skip
            i = _skip_region(view, i, home, 1)
        if i > hi or lows[i] in _BOUNDARY:
            break
        if lows[i] == "by":
            if (
                i > start
                and _participle(view, i - 1)
                and not any(t.first <= i - 1 <= t.last for t in view.triggers)
                and view.lower(i - 2) not in _PASSIVE_GAP | {"and", "or", "&"}
            ):
                return []  # "kidnapped on a farm owned by X": X owns, no one named kidnaps
            for j in range(i + 1, min(i + 5, hi + 1)):
                s = view.slot(j)
                if s is not None and not s.is_place:
                    # "by Kenyan President X": the person, with the state's adjective
                    return _with_appositions(view, _coordinated(view, s, 1, j, hi), hi)
            return []
        i += 1
    return []


def _participle(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` is a lower-case past participle ("owned", "led", "run")."""
    text = view.tokens[k].text
    return text.isalpha() and text.islower() and (text.endswith("ed") or text in _PARTICIPLES)


def _gerund_object(view: SentenceView, t: TriggerMatch) -> bool:
    """ "accused X of opening fire": a gerund after a preposition is not a coordinated verb."""
    return view.lower(t.first).endswith("ing") and view.lower(t.first - 1) in _PREPS


def _noun_participle(view: SentenceView, match: TriggerMatch) -> bool:
    """Whether the trigger is a participle of charging with no agent, describing who
    it befalls: "refugees accused of ...", "X, accused of treason, appeared", "men
    appeared in court charged with ..." (no "be" before it: the passive rules read that)."""
    k = match.first
    if (
        k == 0
        or k + 1 >= len(view.tokens)
        or view.lower(k + 1) not in {"of", "with", "for", "over"}
    ):
        return False
    if view.tokens[k].text not in _CHARGING:
        return False
    prev = view.lower(k - 1)
    return prev not in _PASSIVE_GAP and prev not in {"and", "or", "not", "n't"}


#: Participles of charging and holding, which take no "of"/"with" as a finite verb
#: without an object ("refugees accused of ..."; but "leaders met with ...").
_CHARGING = frozenset(
    {"accused", "suspected", "convicted", "charged", "arrested", "detained", "jailed"}
    | {"sentenced", "wanted", "blamed", "indicted", "held", "imprisoned", "prosecuted"}
)


def _reduced_passive(view: SentenceView, match: TriggerMatch) -> ActorSlot | None:
    """ "schoolchildren kidnapped by gunmen": the actor before a participle with "by"."""
    if match.pattern.kind != "V" or view.lower(match.last + 1) != "by":
        return None
    head = view.lower(match.first)
    if not head.endswith(("ed", "en")) and head not in _PARTICIPLES:
        return None
    before = view.slot(match.first - 1)
    return None if before is None or before.is_place else before


#: Words that may stand between a passive subject and its participle ("has been badly hit").
_PASSIVE_GAP = _BE | {"has", "have", "had", "also", "again", "reportedly", "allegedly"}


def _passive_subject(view: SentenceView, participle: int, lo: int) -> ActorSlot | None:
    """The actor that is the subject of the passive participle at token ``participle``
    ("Bergen was struck", "the hospital has been severely damaged"), places included:
    what an attack falls on may be a town. None unless a form of "be" stands between."""
    i = participle - 1
    lows = view.lows
    seen_be = False
    while i >= lo and (lows[i] in _PASSIVE_GAP or lows[i].endswith("ly")):
        seen_be = seen_be or lows[i] in _BE
        i -= 1
    if i >= lo and lows[i] == ",":  # "the hospital, located in X, was hit": past the aside
        opening = next((k for k in range(i - 1, max(lo, i - 9) - 1, -1) if lows[k] == ","), None)
        if opening is not None:
            i = opening - 1
    s = view.slot(i) if i >= lo else None
    if not seen_be or s is None or s.last != i or (s.pronoun and not s.ids):
        return None
    if _prep_before(view, s) not in (None, "of"):
        return None  # "the embassy in Bergen was hit": the town only says where
    return s


#: Words between "by" and the noun of an attack ("by a Norlandic missile strike").
_BY_NOUN_GAP = frozenset({"a", "an", "the", "repeated", "heavy", "intense", "intensive"})


def _attack_agent_of(view: SentenceView, match: TriggerMatch, lo: int) -> ActorSlot | None:
    """What an attack named by a noun fell on when the noun is the agent of a passive:
    "the hospital was damaged by Norlandic airstrikes" (the hospital), or None."""
    i = match.first - 1
    lows = view.lows
    while i >= lo and match.first - i <= 4 and lows[i] != "by":
        s = view.slot(i)
        if s is None and lows[i] not in _BY_NOUN_GAP and not lows[i].endswith("ly"):
            return None
        i = s.first - 1 if s is not None else i - 1
    if i < lo or lows[i] != "by":
        return None
    i -= 1
    while i >= lo and lows[i].endswith("ly"):  # "damaged severely by ..."
        i -= 1
    if i < lo or (not lows[i].endswith(("ed", "en")) and lows[i] not in _PARTICIPLES):
        return None
    return _passive_subject(view, i, lo)


def _is_passive(view: SentenceView, match: TriggerMatch) -> bool:
    if match.pattern.kind != "V":
        return False
    head = view.tokens[match.first].lower
    if not head.endswith(("ed", "en")) and head not in _PARTICIPLES:
        return False
    for j in (match.first - 1, match.first - 2):
        if view.lower(j) in _BE:
            return True
        if view.lower(j) in {"being"}:
            return True
    return False


def _possessor(view: SentenceView, match: TriggerMatch) -> ActorSlot | None:
    i = match.first - 1
    mods = 0
    lows = view.lows  # for speed: 0 <= i < match.first, inside the sentence
    at = view.by_token
    verbs = {t.first for t in view.triggers if t.pattern.kind == "V"}
    while i >= 0 and mods <= 3:
        s = at[i]
        if s is not None:
            return (
                None if s.is_place else s
            )  # "the Tillerson visit", "his visit", "U.S. drone strike"
        word = lows[i]
        if word in {"'s", "'"}:
            for j in (i - 1, i - 2, i - 3):
                s = view.slot(j)
                if s is not None:
                    return s
                if j < 0 or not lows[j].isalpha():
                    break
            return None
        if word in _PREPS or word in _DETS or word in _NOT_MODIFIERS or word in _LIGHT:
            return None  # "replacing X as criticism grows": no possessor across a clause
        if i in verbs:
            return None  # "X attacked joint exercises": a verb stands between
        if word.replace("-", "").isalpha() and word == view.tokens[i].text:
            mods += 1  # "Russia's full-scale invasion"
            i -= 1
            continue
        return None
    return None


def _fronted_subject(view: SentenceView, match: TriggerMatch) -> ActorSlot | None:
    if view.lower(0) not in _FRONTED:
        return None
    comma = view.lows.index(",") if "," in view.lows else None
    if comma is None or comma < match.last:
        return None
    for i in range(comma + 1, min(comma + 6, len(view.tokens))):
        s = view.slot(i)
        if s is not None and not s.is_place:
            return s
    return None


_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})


#: Prepositions that tie a person to the body they work for ("X of the Y Institute").
_AFFILIATING = frozenset({"of", "at", "from", "with", "for"})
#: Longest description between a person's comma and the body ("X, a senior fellow at Y").
_AFFILIATION_WORDS = 6


def _body_after(view: SentenceView, i: int) -> ActorSlot | None:
    """The organisation named from token ``i`` on ("the Y Institute", "Y"), if any."""
    if view.lower(i) == "the":
        i += 1
    s = view.slot(i)
    if s is None or s.first != i or s.kind is not ActorKind.ORGANIZATION or s.pronoun:
        return None
    return s


def affiliated(view: SentenceView, speakers: list[ActorSlot]) -> list[ActorSlot]:
    """``speakers`` with the body a lone person speaks for, where the text says it
    right after the name: "X of the Y Institute", "X, a researcher at Y," (the guide's
    sources list the individual and the body they act for).

    Only an organisation counts, and only in the name's own phrase: a place
    says where someone is from, not whom they speak for.
    """
    if len(speakers) != 1:
        return speakers
    person = speakers[0]
    if person.kind is not ActorKind.PERSON or person.pronoun:
        return speakers
    i = person.last + 1
    word = view.lower(i)
    if word in _AFFILIATING:
        body = _body_after(view, i + 1)
        return speakers if body is None else [person, body]
    if word != ",":
        return speakers
    for j in range(i + 1, min(i + 2 + _AFFILIATION_WORDS, len(view.tokens))):
        w = view.lower(j)
        if w in _AFFILIATING and j > i + 1:
            body = _body_after(view, j + 1)
            return speakers if body is None else [person, body]
        if view.slot(j) is not None or not w.replace("-", "").isalpha():
            break
    return speakers


def _verbal(view: SentenceView, match: TriggerMatch, lo: int, hi: int) -> Roles:
    flags = match.pattern.flags
    if _noun_participle(view, match):
        return Roles((), ())  # "refugees accused of being trouble-makers": no accuser named
    if "speech" in flags:
        speaker = inverted_speaker(view, match)
        if speaker:
            return Roles(slot_ids(affiliated(view, speaker)), ())
    preps = _place_preps(match, view.lower(match.first))
    place_ok = preps is not None
    left = _walk_left(view, match, lo)
    inherit = left if isinstance(left, TriggerMatch) else None
    subject = _coordinated(view, left, -1, lo, hi) if isinstance(left, ActorSlot) else []
    # a pattern's gap holds its object ("urged X and Y to show restraint")
    inner = next(
        (
            s
            for s in view.slots
            if match.first < s.first
            and s.last <= match.last
            and not s.is_place
            and view.lows[s.first] not in _POSSESSIVE_PRONOUNS  # "postponed his trip to X"
        ),
        None,
    )
    obj_slot = inner or _first_right(
        view,
        match.last + 1,
        hi,
        home=match.first,
        place_ok=place_ok,
        nominal=False,
        place_preps=preps,
        asked=match.pattern.code[:2] in _ASKING,
    )
    obj = _coordinated(view, obj_slot, 1, lo, hi, place_ok=place_ok) if obj_slot else []
    if obj:
        obj = _with_appositions(view, obj, hi)
    patient = _reduced_passive(view, match)
    if patient is not None:
        agents = _by_agents(view, match.last, hi, match.first)
        return Roles(slot_ids(agents), patient.ids, passive=True)
    if _is_passive(view, match):
        agents = _by_agents(view, match.last, hi, match.first)
        if match.pattern.code.startswith("15"):
            return Roles(slot_ids(subject), (), passive=False)  # "troops were deployed"
        if "speech" in flags and "told" not in flags:
            # "her appointment was announced": what is said, not whom it is said to
            return Roles(slot_ids(agents), (), passive=True)
        if not subject and in_group(match.pattern.code, "violent"):
            # "Bergen was struck by drones": what an attack falls on may be a town
            place = _passive_subject(view, match.first, lo)
            subject = [place] if place is not None else []
        return Roles(slot_ids(agents), slot_ids(subject), passive=True)
    if "speech" in flags:
        subject = affiliated(view, subject)
        # a warning's object named at once is whom it threatens ("warned X", "warned
        # people in X"); other words of saying name no target as their object
        warned = (
            match.pattern.code[:2] == "13"
            and obj_slot is not None
            and (obj_slot.first == match.last + 1 or _people_of(view, obj_slot))
        )
        if "told" not in flags and not warned:
            obj = []
    if view.lower(match.last + 1) in _REFLEXIVE:
        return Roles()  # "killed himself": no one acted on another
    if "sym" in flags and not obj:
        if len(slot_ids(subject)) > 1:
            return Roles(slot_ids(subject), (), inherit_from=inherit)
        return Roles()  # "X met" with no one named: a meeting needs two sides
    return Roles(slot_ids(subject), slot_ids(obj), inherit_from=inherit)


def _nominal(view: SentenceView, match: TriggerMatch, lo: int, hi: int) -> Roles:
    flags = match.pattern.flags
    undergone = _came_under(view, match, lo, hi)
    if undergone is not None:
        return undergone
    owner = _possessor(view, match)
    agents = _by_agents(view, match.last + 1, hi, match.first)
    if not agents and in_group(match.pattern.code, "speech"):
        agents = _by_agents_from(view, match.last + 1, hi)
    if (
        owner is not None
        and in_group(match.pattern.code, "patient_possessor")
        and owner.kind.value == "person"
        and view.lower(match.last + 1) != "of"
    ):
        return Roles(slot_ids(agents), owner.ids)  # "the mayor's detention"
    sources = ([owner] if owner else []) + agents
    preps = _place_preps(match)
    start = match.last + 1
    while True:
        after = _first_right(
            view,
            start,
            hi,
            home=match.first,
            place_ok=preps is not None,
            nominal=True,
            place_preps=preps,
        )
        if after is None or "sym" not in flags or _prep_before(view, after) not in _TOPIC_PREPS:
            break
        start = after.last + 1  # "talks on African Union issues with X": X takes part
    if (
        after is not None
        and view.lower(after.last + 1) not in {"'s", "'"}
        and after.first == match.last + 1
        and not sources
    ):
        # "the attacks they launch": an actor right after the noun, then a verb
        nxt = view.lower(after.last + 1)
        if nxt in _RECEIVE:
            return Roles(slot_ids(_by_agents_from(view, after.last + 1, hi)), after.ids)
        if nxt.isalpha() and nxt not in _PREPS and nxt not in _COORD:
            return Roles(slot_ids([after]), ())
    targets = _coordinated(view, after, 1, lo, hi, place_ok=preps is not None) if after else []
    if targets:
        targets = _with_appositions(view, targets, hi)
    elif in_group(match.pattern.code, "violent"):
        hit = _attack_agent_of(view, match, lo)  # "X was damaged by Norlandic airstrikes"
        if hit is not None and hit not in sources:
            targets = [hit]
    if not sources and _word_before(view, match) == "for":
        traveller = _traveller(view, match, lo)  # "X flew to Y for talks with Z"
        if traveller is not None and traveller not in targets:
            sources = [s for s in _coordinated(view, traveller, -1, lo, hi) if s not in targets]
    if "sym" in flags and not sources and after is not None:
        prep = _prep_before(view, after)
        if prep in {"of", "between", "among", None}:
            members = list(targets)
            i = targets[-1].last + 1 if targets else match.last + 1
            lows = view.lows  # for speed: i <= hi, inside the sentence
            verbs = {t.first for t in view.triggers if t.pattern.kind == "V"}
            while i <= hi and lows[i] not in _AUX and lows[i] not in {";", ":"}:
                if i in verbs:
                    break  # "a meeting of X ministers said it would send a team to Y"
                s = view.slot(i)
                if (
                    s is not None
                    and not s.is_place
                    and _prep_before(view, s) not in _LOC_PREPS
                    and _prep_before(view, s) not in _TOPIC_PREPS
                ):
                    if s not in members:
                        members.append(s)
                    i = s.last + 1
                    continue
                i += 1
            return Roles(slot_ids(members), ())
    definite = _definite(view, match)
    if not sources and definite is None:
        front = _fronted_subject(view, match)
        if front is not None:
            sources = [front]
    if not sources:
        left = _walk_left(view, match, lo, stop_at_speech=False)
        # "the strike" names an attack told before; only "held the talks" gives it a subject
        reach = range(left.last + 1, match.first) if isinstance(left, ActorSlot) else range(0)
        if definite is not None:
            reach = range(definite - 1, definite)
        light = isinstance(left, ActorSlot) and any(
            _light_at(view, j, left.last + 1) for j in reach
        )
        if (
            isinstance(left, ActorSlot)
            and light
            and match.first - left.last <= 6
            and not _noun_between(view, left.last, match.first)
            and not any(view.lower(j) in UNDERGOING for j in reach)
        ):
            sources = [s for s in _coordinated(view, left, -1, lo, hi) if s not in targets]
    if not targets:
        undergoer = _undergoer(view, match, lo)
        if undergoer is not None and not set(undergoer.ids) & set(slot_ids(sources)):
            targets = [undergoer]  # "X suffered a Norlandic cyberattack": X undergoes it
    return Roles(slot_ids(sources), slot_ids(targets))


def _word_before(view: SentenceView, match: TriggerMatch) -> str:
    """The word before a noun trigger, past one article ("for the talks": "for")."""
    j = match.first - 1
    if j > 0 and view.lower(j) in {"a", "an", "the"}:
        j -= 1
    return view.lower(j) if j >= 0 else ""


def _traveller(view: SentenceView, match: TriggerMatch, lo: int) -> ActorSlot | None:
    """Who travels for the noun at ``match`` ("X left Y for Z on Monday for talks"): the
    subject of a verb of travel earlier in the clause, no other verb between."""
    lows = view.lows
    trigger_at = {t.first for t in view.triggers if t.pattern.kind == "V"}
    for v in range(match.first - 2, lo - 1, -1):
        if lows[v] in TRAVEL_VERBS:
            left = _walk_left(view, TriggerMatch(_NEUTRAL_VERB, v, v), lo, stop_at_speech=False)
            if isinstance(left, ActorSlot) and not left.is_place:
                return left
            return None
        if lows[v] in {";", ":"} or v in trigger_at:
            return None
    return None


def _undergoer(view: SentenceView, match: TriggerMatch, lo: int) -> ActorSlot | None:
    """The subject of a verb such as "suffered", "faces" or "is serving" before the noun
    ``match`` (up to a few words between), who undergoes what the noun names."""
    lows = view.lows
    for j in range(match.first - 1, max(lo - 1, match.first - 5), -1):
        if lows[j] in UNDERGOING:
            k = j - 1
            while k >= lo and (lows[k] in _PASSIVE_GAP or lows[k].endswith("ly")):
                k -= 1  # "X has also suffered", "X is currently serving"
            s = view.slot(k) if k >= lo else None
            return s if s is not None and s.last == k and not s.pronoun else None
    return None


def _noun_between(view: SentenceView, after: int, before: int) -> bool:
    """Whether an event noun lies between tokens ``after`` and ``before``: the actor
    before it is its own ("a Security Council meeting on the strike" is no one's strike)."""
    return any(t.pattern.kind == "N" and after < t.first and t.last < before for t in view.triggers)


_ANAPHORIC = frozenset({"the", "this", "that", "these", "those"})
_TEMPORAL = frozenset({"after", "before", "during", "following"})


def _light_at(view: SentenceView, j: int, start: int) -> bool:
    """Whether token ``j`` lends the actor that ends before ``start`` to the noun after it.

    "X held talks", "X's visit", "X, during the visit": yes; a time word after
    another verb does not ("X died following the attack": X did not attack).
    """
    word = view.lower(j)
    if word not in _LIGHT:
        return False
    if word == "on" and view.lower(j + 1) not in _ON_LIGHT:
        return False  # "X on a visit to", not "X left Y on Monday for talks"
    if word in _TEMPORAL:
        return all(not view.lower(k).isalpha() for k in range(start, j))
    return True


def _definite(view: SentenceView, match: TriggerMatch) -> int | None:
    """The token of "the"/"this" opening a noun trigger ("the strike", "the deadly attack")."""
    for i in (match.first - 1, match.first - 2):
        word = view.lower(i)
        if word in _ANAPHORIC:
            return i
        if not word.isalpha() or word != view.tokens[i].text:
            return None
    return None


def _by_agents_from(view: SentenceView, start: int, hi: int) -> list[ActorSlot]:
    """Actors after "from" ("the loans X receives from Y")."""
    for i in range(start, min(start + 4, hi + 1)):
        if view.lower(i) == "from":
            s = view.slot(i + 1) or view.slot(i + 2)
            return [s] if s is not None else []
    return []


def clause_subject(view: SentenceView, end: int) -> tuple[str, ...] | TriggerMatch:
    """Who acts in the clause that ends before token ``end`` (a comma before a participle).

    The actors found as a verb's subject would be, or the earlier trigger whose
    subject it shares.
    """
    probe = TriggerMatch(_NEUTRAL_VERB, end, end)
    lo, _ = _bounds(view, end)
    for c in range(end - 1, lo, -1):
        # "X, director of Y, backs this up, saying": the person before the apposition
        if view.lower(c) == "," and view.slot(c + 1) is None:
            apposed = _apposed_subject(view, c + 1, lo)
            if apposed is not None:
                return apposed.ids
    left = _walk_left(view, probe, lo, stop_at_speech=False)
    if isinstance(left, TriggerMatch):
        return left
    return slot_ids(_coordinated(view, left, -1, lo, end)) if left is not None else ()


#: A verb with no words or flags, to look for a subject from any position.
_NEUTRAL_VERB = Pattern("000", "V", (), frozenset(), None)


def _relative_subject(view: SentenceView, region: Region, match: TriggerMatch) -> ActorSlot | None:
    """The subject of an object relative clause: the actor between "which" and its verb.

    "..., which Moscow blamed on Kyiv": Moscow is named right after "which" and
    only auxiliaries stand before the verb; a city named so speaks for its state.
    """
    lows = view.lows  # for speed: the region and the trigger lie inside the sentence
    rel = next((i for i in range(region.first, match.first) if lows[i] == region.word), None)
    if rel is None:
        return None
    s = view.slot(rel + 1)
    if s is None or s.pronoun:
        return None
    if any(lows[i] not in _AUX for i in range(s.last + 1, match.first)):
        return None
    return s


def find_roles(view: SentenceView, match: TriggerMatch) -> Roles:
    """Sources and targets of ``match`` in ``view`` (actor ids, in text order)."""
    lo, hi = _bounds(view, match.first)
    region = view.region_of(match.first) if view.regions else None
    if region is not None and region.word in {"which", "whom"} and match.pattern.kind == "V":
        doer = _relative_subject(view, region, match)
        if doer is not None:
            # "the attack, which Islamabad denies": the actor after "which" acts
            # (what it acts on: its object, else the antecedent)
            ante = view.slot(region.first - 1)
            target = _verbal(view, match, region.first, hi).targets
            if not target and ante is not None and not ante.is_place:
                target = ante.ids
            return Roles(doer.ids, tuple(t for t in target if t not in doer.ids))
    if region is not None and region.word in {"who", "which"} and match.pattern.kind == "V":
        # "X, who met Y, ..." : the antecedent acts
        ante = view.slot(region.first - 1)
        roles = _verbal(view, match, region.first, hi)
        if ante is not None and roles.passive:
            # "X, who had been investigated (by Y)": the antecedent undergoes it
            targets = ante.ids + tuple(t for t in roles.targets if t not in ante.ids)
            return attrs.evolve(roles, targets=targets)
        if ante is not None and not roles.sources:
            return attrs.evolve(roles, sources=ante.ids)
        return roles
    if match.pattern.kind == "V":
        return _verbal(view, match, lo, hi)
    return _nominal(view, match, lo, hi)


#: Forms of "come" before "under attack" ("came under fire from X").
_COME = frozenset({"come", "came", "comes", "coming"})


def _came_under(view: SentenceView, match: TriggerMatch, lo: int, hi: int) -> Roles | None:
    """ "Y came under attack from X": X attacks, Y undergoes it (None: not this phrase)."""
    first = match.first
    if view.lower(first - 1) != "under" or view.lower(first - 2) not in _COME:
        return None
    source = next(
        (
            s
            for s in view.slots
            if match.last < s.first <= hi
            and view.lower(s.first - 1) in {"from", "by"}
            and not s.is_place
        ),
        None,
    )
    subject = clause_subject(view, first - 2)
    targets = () if isinstance(subject, TriggerMatch) else subject
    if source is None:
        return Roles((), targets, passive=True)
    return Roles(source.ids, tuple(t for t in targets if t not in source.ids))


def find_location(view: SentenceView, match: TriggerMatch) -> str | None:
    """The place actor where ``match`` happened: "in Oman", "at Bagram Airfield"."""
    lo, hi = _bounds(view, match.first)
    home = match.first
    best: tuple[int, str] | None = None
    for s in view.slots:
        if not s.can_locate or s.first < lo or s.last > hi or s.pronoun:
            continue
        region = view.region_of(s.first) if view.regions else None
        if region is not None and home not in region:
            continue
        prep = _prep_before(view, s)
        located = prep in _LOC_PREPS or ("place" in match.pattern.flags and prep in _VISIT_PREPS)
        if not located and not (prep is None and _possessive(view, s)):
            continue
        chosen = s
        if _possessive(view, s):
            nxt = view.slot(s.last + 2)
            if nxt is None or not nxt.can_locate:
                continue
            chosen = nxt
        after = s.first > match.last
        dist = (0 if after else 1000) + abs(s.first - match.last)
        if best is None or dist < best[0]:
            best = (dist, chosen.ids[0])
    return None if best is None else best[1]
