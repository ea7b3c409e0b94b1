"""Actors, events and the spans that tie them to the text."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import attrs

from ..errors import ModelError
from ._checks import (
    CAMEO_ACTOR,
    CAMEO_EVENT,
    ISO3,
    matches,
    non_negative,
    of,
    optional_non_negative,
    optional_of,
    to_tuple,
    tuple_of,
)

__all__ = [
    "Actor",
    "ActorKind",
    "DatePrecision",
    "Event",
    "Evidence",
    "FuzzyDate",
    "Mention",
    "Modality",
    "Span",
]


class ActorKind(str, enum.Enum):
    """What kind of actor an :class:`Actor` is."""

    PERSON = "person"
    COUNTRY = "country"
    ORGANIZATION = "organization"
    ARMED_GROUP = "armed_group"
    PLACE = "place"


class Modality(str, enum.Enum):
    """How the text presents an event."""

    ASSERTED = "asserted"  #: stated as having happened
    HYPOTHETICAL = "hypothetical"  #: may, might, could
    CONDITIONAL = "conditional"  #: if ... then
    NEGATED = "negated"  #: did not happen
    REPORTED = "reported"  #: attributed to a source ("according to", "X said")
    FUTURE = "future"  #: announced or planned


class DatePrecision(str, enum.Enum):
    """How much of a :class:`FuzzyDate` is known."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    UNKNOWN = "unknown"  #: the text names a time ("recently") that could not be resolved


def _bounded(low: float, high: float) -> Any:
    """None, or a float from ``low`` to ``high`` (a latitude or a longitude in degrees)."""
    kind = optional_of(float)

    def check(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
        kind(inst, attr, value)
        if value is not None and not low <= value <= high:
            raise ModelError(
                f"{type(inst).__name__}.{attr.name}: {value} is not between {low} and {high}"
            )

    return check


def _check_span(inst: Any, attr: attrs.Attribute[Any], value: Any) -> None:
    non_negative(inst, attr, value)
    if value < inst.start:
        raise ModelError(f"{type(inst).__name__}.end: {value} is before start {inst.start}")


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of text and where it lies: the one locator of mentions and evidence.

    In an article, ``section`` and ``block`` index ``Article.sections`` and that
    section's ``blocks``; ``block`` is None for a span of the section heading.
    Outside an article (:func:`geoarticle.find_actors` on a bare string) both are
    None and the offsets index that string. ``start``/``end`` are character
    offsets into that text, and ``text == source[start:end]``
    (``Article.span_source(span)`` gives ``source``).
    """

    #: Character offset where the span starts.
    start: int = attrs.field(validator=non_negative)
    #: Character offset just past the span.
    end: int = attrs.field(validator=_check_span)
    #: The text of the span.
    text: str = attrs.field(default="", validator=of(str))
    #: Index into Article.sections; None only outside an article (a span of a bare string).
    section: int | None = attrs.field(default=None, validator=optional_non_negative)
    #: Index into that section's blocks; None for the section heading (or, with
    #: ``section`` None, for a bare string).
    block: int | None = attrs.field(default=None, validator=optional_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.section is None and self.block is not None:
            raise ModelError(
                f"{type(self).__name__}.block: a span with a block index needs a section index"
            )


@attrs.frozen(kw_only=True)
class Mention(Span):
    """A place where an actor is named: a :class:`Span` of a block, a heading or a string."""

    #: True where a place name stands for its government ("Washington said").
    metonym: bool = attrs.field(default=False, validator=of(bool))
    #: For an unnamed group standing for this actor, its noun ("troops" in "Pakistani
    #: troops", "protesters"): the group acts for its state, as event coding counts it.
    group: str | None = attrs.field(default=None, validator=optional_of(str))


@attrs.frozen(kw_only=True)
class Actor:
    """One real-world actor, with every mention of it in the text."""

    #: Stable id, unique within the article (e.g. ``"person:rex-tillerson"``).
    id: str = attrs.field(validator=of(str))
    #: Canonical name.
    name: str = attrs.field(validator=of(str))
    #: What kind of actor it is.
    kind: ActorKind = attrs.field(validator=of(ActorKind))
    #: Other names the text uses for it (surname, acronym, demonym ...).
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    #: ISO 3166-1 alpha-3 code of the country it belongs to or lies in.
    country: str | None = attrs.field(
        default=None, validator=matches(ISO3, "an ISO 3166-1 alpha-3 code")
    )
    #: Role or title the text gives it ("U.S. Secretary of State").
    role: str | None = attrs.field(default=None, validator=optional_of(str))
    #: Actor code in the CAMEO style: country plus sector codes ("USAGOV", "PAKMIL").
    code: str | None = attrs.field(
        default=None, validator=matches(CAMEO_ACTOR, "a CAMEO actor code")
    )
    #: Every span of the body (a block or a heading) that names it.
    mentions: tuple[Mention, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Mention)
    )
    #: Latitude in degrees (WGS84) of a place, or of a country's capital; None when unknown.
    lat: float | None = attrs.field(default=None, validator=_bounded(-90.0, 90.0))
    #: Longitude in degrees (WGS84), with ``lat``.
    lon: float | None = attrs.field(default=None, validator=_bounded(-180.0, 180.0))
    #: The GeoNames id of the place or country (filled by the ``geocode`` step).
    geonames_id: int | None = attrs.field(default=None, validator=optional_non_negative)

    def __attrs_post_init__(self) -> None:
        if (self.lat is None) != (self.lon is None):
            raise ModelError("Actor.lat: lat and lon are given together or not at all")


@attrs.frozen(kw_only=True)
class FuzzyDate:
    """A date known to some precision, with the words that gave it.

    ``value`` is the first day of the period for month and year precision, and
    None when the expression could not be resolved (precision ``unknown``).
    """

    #: The date, or the first day of the month/year; None when unresolved.
    value: dt.date | None = attrs.field(default=None, validator=optional_of(dt.date))
    #: How much of the date is known.
    precision: DatePrecision = attrs.field(default=DatePrecision.DAY, validator=of(DatePrecision))
    #: The words in the text ("on October 24", "in August", "recently").
    text: str = attrs.field(default="", validator=of(str))
    #: True when the date is inferred rather than stated: an event the text does not
    #: date takes the article's date (``text`` is then empty).
    approx: bool = attrs.field(default=False, validator=of(bool))

    @property
    def iso(self) -> str | None:
        """The date as far as it is known: ``"2026-05-24"``, ``"2026-05"``, ``"2026"``."""
        if self.value is None:
            return None
        full = self.value.isoformat()
        return {DatePrecision.DAY: full, DatePrecision.MONTH: full[:7]}.get(
            self.precision, full[:4]
        )


@attrs.frozen(kw_only=True)
class Evidence(Span):
    """The sentence that states an event: a :class:`Span` of a block (or of a heading).

    It adds no field: ``text`` is the sentence itself, kept for reading without the
    article at hand (it may be left empty).
    """


@attrs.frozen(kw_only=True)
class Event:
    """Who did what to whom, when and where, coded in CAMEO."""

    #: Id unique within the article (the events step numbers them: "event:1", "event:2" ...).
    id: str = attrs.field(validator=of(str))
    #: CAMEO event code: the two-digit root or a three/four-digit refinement.
    code: str = attrs.field(validator=matches(CAMEO_EVENT, "a CAMEO event code", optional=False))
    #: The CAMEO label of ``code`` ("Make a visit").
    label: str = attrs.field(default="", validator=of(str))
    #: The PLOVER event type that ``code`` maps to ("CONSULT").
    plover_type: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The PLOVER mode, within ``plover_type`` ("visit").
    plover_mode: str | None = attrs.field(default=None, validator=optional_of(str))
    #: Actor ids of who acted.
    sources: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    #: Actor ids of whom it was done to; for a statement, whom it addresses or is about
    #: (when its words name no one, the story's most mentioned actor: an inference).
    targets: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(str))
    #: When it happened, as far as the text says.
    date: FuzzyDate | None = attrs.field(default=None, validator=optional_of(FuzzyDate))
    #: Actor id of the place where it happened.
    location: str | None = attrs.field(default=None, validator=optional_of(str))
    #: The words that express the event ("visited", "drone strike").
    trigger: str = attrs.field(default="", validator=of(str))
    #: How the text presents the event (asserted, conditional, reported ...).
    modality: Modality = attrs.field(default=Modality.ASSERTED, validator=of(Modality))
    #: Every sentence that states this event (one event per occurrence).
    evidence: tuple[Evidence, ...] = attrs.field(
        default=(), converter=to_tuple, validator=tuple_of(Evidence)
    )

    @property
    def root(self) -> str:
        """The two-digit CAMEO root of ``code``."""
        return self.code[:2]
