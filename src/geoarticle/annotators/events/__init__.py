"""CAMEO and PLOVER event coding: who did what to whom, when and where.

Rule-based and model-free. The article's text layer
(:mod:`geoarticle.annotators.document`) gives sentences and tokens; triggers
are found from a lexicon of verbs, nouns and light-verb phrases
(:mod:`.lexicon`, ``data/events/``), sources and targets read off the clause
from actor mentions (:mod:`.roles`, or any ``RoleFinder`` such as
:class:`.syntax.SpacyRoles`), dates resolved (:mod:`.dates`), modality judged
(:mod:`.modality`), and repeated mentions of one occurrence merged
(:mod:`.dedup`). Every event carries the sentences that state it as
:class:`~geoarticle.models.Evidence`.

What is reported (``strict=True``, the default) follows the event-coding
guide the package is measured by: a real event (not negated, supposed,
conditional or a mere purpose; an announced act is coded as the intent or
threat it expresses), with a named source, and a named target unless it is a
statement, protest, show of force, coercion or assault; statements of private
life are left out. An attribution ("X said Y attacked Z") is a statement and
its content an event of its own, marked ``reported``. Officials and state
bodies, and cities named as parties, are listed with their state.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ...limits import DEFAULT_LIMITS, Limits
from ...models import Article, Event
from ..document import document
from .coder import code_article
from .roles import RoleFinder, find_roles

__all__ = ["EventAnnotator", "find_events"]


def find_events(
    article: Article,
    *,
    reference_date: dt.date | None = None,
    strict: bool = True,
    roles: RoleFinder = find_roles,
) -> tuple[Event, ...]:
    """Events stated in ``article``, which must already carry its actors.

    Relative dates resolve against the article's published date, else its
    dateline's date, else ``reference_date``; without any they keep their words
    with precision ``unknown``. An event the text does not date takes that
    date, marked ``approx``. Negated, hypothetical and conditional mentions
    and mentions that name no source, or no target where the act needs one,
    are no events unless ``strict`` is false (then they come with their
    modality, for a reader who wants every mention). ``roles`` replaces the rules that
    find who acted on whom (see :mod:`geoarticle.annotators.events.syntax`).
    """
    return code_article(article, reference_date, strict=strict, roles=roles)


class EventAnnotator:
    """Fills ``Article.events`` from its text and actors."""

    name = "events"
    requires: tuple[str, ...] = ("actors",)
    assigns: tuple[str, ...] = ("events",)

    def __init__(
        self,
        *,
        reference_date: dt.date | None = None,
        limits: Limits | None = None,
        strict: bool = True,
        roles: RoleFinder = find_roles,
    ) -> None:
        self.reference_date = reference_date
        self.limits = limits or DEFAULT_LIMITS
        #: False: keep negated, hypothetical, conditional and incomplete mentions too.
        self.strict = strict
        #: Finds who acted on whom for each trigger (the built-in rules by default).
        self.roles = roles

    def __call__(self, article: Article) -> Article:
        if not article.actors:  # no events without actors: the text layer is not needed
            return attrs.evolve(article, events=())
        budget = self.limits.max_annotated_chars
        doc = document(article, budget)
        events = code_article(
            article, self.reference_date, doc=doc, strict=self.strict, roles=self.roles
        )
        warnings = article.warnings
        if len(events) > self.limits.max_events:
            events = events[: self.limits.max_events]
            warnings += (f"more than {self.limits.max_events} events; the rest were dropped",)
        return attrs.evolve(article, events=events, warnings=warnings)
