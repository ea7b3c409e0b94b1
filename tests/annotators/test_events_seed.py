"""The seed article through the whole pipeline (read in place from ../shared; skipped when absent).

The expected events are those of the seed's gold file (``benchmarks/gold/dev/seed.json``),
annotated by ``../shared/eval/ANNOTATION.md`` in a pass that had not seen the package's
output: who did what to whom, with the date and place the gold gives.
"""

from __future__ import annotations

import datetime as dt
import functools

import pytest

import geoarticle
from geoarticle.models import Event, Modality

REF = dt.date(2017, 11, 1)


@pytest.fixture
def seed(seed_text: str) -> geoarticle.Article:
    """The seed as a user parses it, dated as the scorer dates it."""
    return geoarticle.parse_text(seed_text, reference_date=REF)


def _actor_id(article: geoarticle.Article, name: str) -> str:
    for a in article.actors:
        if a.name == name or name in a.aliases:
            return a.id
    raise AssertionError(f"no actor {name!r}")


def _find(
    events: tuple[Event, ...], code: str, sources: set[str], targets: set[str] | None
) -> Event:
    for e in events:
        if (
            e.code.startswith(code)
            and sources & set(e.sources)
            and (targets is None or targets & set(e.targets))
        ):
            return e
    raise AssertionError(f"no {code} {sources} -> {targets}")


def test_seed_events_of_the_gold(seed: geoarticle.Article) -> None:
    ev = seed.events
    aid = functools.partial(_actor_id, seed)
    tillerson = {aid("Rex Tillerson"), aid("United States")}
    pakistan, usa = {aid("Pakistan")}, {aid("United States")}
    stop = _find(ev, "042", tillerson, {aid("Afghanistan")})
    assert stop.modality is Modality.ASSERTED
    ghani = _find(ev, "04", tillerson, {aid("Ashraf Ghani")})
    assert ghani.location == aid("Bagram Airfield")
    visit = _find(ev, "042", tillerson, {aid("Islamabad"), aid("Pakistan")})
    assert visit.date is not None
    assert visit.date.iso == "2017-10-24"
    _find(ev, "100", tillerson, pakistan)  # "continued to press Pakistan"
    threat = _find(ev, "13", tillerson, pakistan)
    assert threat.modality is Modality.CONDITIONAL
    _find(ev, "051", tillerson, pakistan)  # "reassured"
    kill = _find(ev, "19", usa, {aid("Jamaat-ul-Ahrar")})
    assert kill.location == aid("Afghanistan")
    qcg = _find(ev, "044", {aid("Quadrilateral Cooperation Group")}, None)
    assert qcg.location == aid("Oman")
    assert {aid("China"), aid("Pakistan")} <= set(qcg.sources)
    _find(ev, "173", pakistan, {aid("Hafiz Saeed")})
    taliban = _find(ev, "19", {aid("Taliban")}, {aid("Afghanistan")})
    assert taliban.date is not None
    assert taliban.date.iso == "2017-10"


def test_seed_mentions_and_evidence(seed: geoarticle.Article) -> None:
    trump = next(a for a in seed.actors if a.name == "Donald Trump")
    assert "U.S. president" in [m.text for m in trump.mentions]  # the title joins Trump
    for e in seed.events:
        assert e.evidence
        assert e.label
        assert e.sources  # what no named actor did is no event
