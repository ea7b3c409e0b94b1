"""What the event coder reports by default: public, complete events that happened.

Each rule here is a predicate or a filter on a :class:`~.dedup.Candidate` that the
coder (:func:`.coder.code_article`) applies to what it found, unless it is asked for
everything (``strict=False``): who needs to be named (:func:`complete`), what the text
says happened (:func:`happened`), private life (:func:`private`), words a state alone
is said to speak (:func:`voiceless`), history (:func:`background`), a state's acts
towards itself (:func:`outward`) and tours of regions (:func:`without_region_tours`).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence

from ...models import Actor, ActorKind, DatePrecision, Modality
from .analysis import Coref
from .dedup import Candidate
from .lexicon import in_group

__all__ = [
    "background",
    "complete",
    "happened",
    "outward",
    "private",
    "public_actors",
    "voiceless",
    "without_region_tours",
]


def public_actors(actors: Sequence[Actor]) -> set[str]:
    """Actors of public standing: all but people with no role and no public code."""
    return {a.id for a in actors if a.kind is not ActorKind.PERSON or a.role or a.code}


#: Verbs that only attribute words ("X said"), unlike acts of stating ("X issued a statement").
_ATTRIBUTION_VERBS = frozenset({"said", "says", "say", "saying", "told", "tells", "added"})


def voiceless(c: Candidate, coref: Coref) -> bool:
    """Words only one country or place is said to speak ("India said", "Kyiv says").

    A state speaks through people the text does not name: an unnamed source,
    whose words count as second-hand (what they report is coded on its own).
    """
    geo = (ActorKind.COUNTRY, ActorKind.PLACE)
    if c.root != "01" or not c.sources:
        return False
    countries = [a for a in c.sources if coref.kinds.get(a) is ActorKind.COUNTRY]
    if len(countries) > 1 and c.trigger.split()[0].lower() not in _ATTRIBUTION_VERBS:
        return False  # "the two governments issued a joint statement": an act of theirs
    return all(coref.kinds.get(a) in geo for a in c.sources)


#: Roots of dealings that private people have with each other as often as states do:
#: meetings and visits, praise and help ("she met him", "he arrived at her house").
_SOCIAL_ROOTS = frozenset({"03", "04", "05", "06"})


#: Kinds of target that tell where a dealing happened rather than with whom.
_WHERE_KINDS = (ActorKind.PLACE, ActorKind.COUNTRY)


def private(c: Candidate, coref: Coref, public: set[str]) -> bool:
    """A statement or dealing of private life: a statement by people the text
    introduces as private (a resident, a witness); a statement, meeting, visit or
    help among people of no public standing and no public actor (the place or
    country visited does not count)."""
    if c.root in _SOCIAL_ROOTS:
        # where someone goes gives them no standing: "X, a nurse, flew to New York" or
        # "... visited Japan" is her own affair; a state that hosts or helps stays public
        kinds = coref.kinds
        sources = {a for a in c.sources if kinds.get(a) is not ActorKind.PLACE}
        targets = {a for a in c.targets if kinds.get(a) not in _WHERE_KINDS}
        return not (sources | targets) & public
    if c.root != "01" and not c.spoken:
        return False
    if all(s in coref.private for s in c.sources):
        return True
    if c.to_writer and not set(c.sources) & public:
        return True  # "X told me": a feature's interview of someone of no public standing
    return not (set(c.sources) | set(c.targets)) & public


#: How many days before the report an event's stated date must lie to make it history.
_HISTORY_DAYS = 365


def background(c: Candidate, ref: dt.date | None) -> bool:
    """Whether the text dates ``c`` over a year before the report: background history
    ("in 2002 he toured Africa"), which event data of the report's own news leaves out.

    A month or a year counts by its end ("in 2023" is recent in March 2024); what
    the text does not date, or dates only by inference, stays.
    """
    d = c.date
    if d is None or d.value is None or ref is None or d.approx:
        return False
    end = d.value
    if d.precision is DatePrecision.YEAR:
        end = dt.date(end.year, 12, 31)
    elif d.precision is DatePrecision.MONTH:
        end = dt.date(end.year, end.month, calendar.monthrange(end.year, end.month)[1])
    return (ref - end).days > _HISTORY_DAYS


#: Roots of acts a state may aim at itself: statements about it, appeals to its people.
_INWARD_ROOTS = frozenset({"01", "02"})


def outward(c: Candidate, states: dict[str, str]) -> None:
    """Leave out the targets that are the source's own state: "the prime minister
    commended Pakistan's armed forces" is no act of Pakistan towards Pakistan.

    Statements and appeals keep them ("the governor called on the islands for
    calm"), and so do mutual acts, where every party is on both sides.
    """
    if c.root in _INWARD_ROOTS or not c.targets or set(c.targets) <= set(c.sources):
        return
    own = {states.get(a, a) for a in c.sources}
    c.targets = [t for t in c.targets if t not in own]


def complete(c: Candidate) -> bool:
    """Who did it, and to whom: a named source, and a target where the act needs one.

    What no named actor did is not coded; an act aimed at someone with no one
    named as its object ("X condemned", "the talks", "X attacked") is too vague
    to code, but a statement may be made to no one in particular, an investigation is
    often into an incident, and protests, arrests and assaults often fall on people the
    text does not name.
    """
    if not c.sources:
        return False
    return bool(c.targets) or in_group(c.code, "untargeted") or (c.voiced and c.root in _VOICED)


#: Roots of a speaker's own appeals and demands, made to no one named ("We demand ...").
_VOICED = frozenset({"02", "10"})


_UNREAL = frozenset({Modality.NEGATED, Modality.HYPOTHETICAL, Modality.CONDITIONAL})


def happened(c: Candidate) -> bool:
    """Whether the text says it happened (or threatens it): negated, hypothetical and
    conditional mentions are no events, but a conditional threat is one."""
    return c.modality not in _UNREAL or c.root == "13"


def without_region_tours(cands: list[Candidate], actors: Sequence[Actor]) -> list[Candidate]:
    """A visit to a region of several countries ("a tour of South Asia", "a trip to Africa")
    is left out when the text names the visitor's stops: the visits to them are the events."""
    regions = {a.id for a in actors if a.kind is ActorKind.PLACE and a.country is None}
    if not regions:
        return cands

    def tour(c: Candidate) -> bool:
        return c.root == "04" and c.code.startswith("042") and set(c.targets) <= regions

    stops = {
        s
        for c in cands
        if c.code.startswith("042") and c.targets and not tour(c)
        for s in c.sources
    }
    return [c for c in cands if not (c.targets and tour(c) and stops & set(c.sources))]
