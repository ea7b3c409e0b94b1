"""The seed article (read in place from ../shared; skipped when absent).

Two variants: hand-made actors attached by name (the coder alone), and the whole
pipeline with the real actor recogniser (what users get).
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import pytest

import geoarticle
from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors
from geoarticle.models import Event, Modality

REF = dt.date(2017, 11, 1)

#: Hand-made actors (names only), attached by name search until the actor recogniser is good.
SEED_ACTORS: list[dict[str, Any]] = [
    {
        "name": "Rex Tillerson",
        "kind": "person",
        "role": "U.S. Secretary of State",
        "aliases": [
            "U.S. Secretary of State Rex Tillerson",
            "Secretary Tillerson",
            "Tillerson",
            "the U.S. Secretary",
        ],
    },
    {
        "name": "Donald Trump",
        "kind": "person",
        "role": "U.S. president",
        "aliases": ["Trump", "the U.S. president"],
    },
    {
        "name": "Ashraf Ghani",
        "kind": "person",
        "role": "President of Afghanistan",
        "aliases": ["President Ashraf Ghani"],
    },
    {"name": "Hamid Mir", "kind": "person", "role": "journalist", "aliases": ["Mir"]},
    {"name": "Sangeen Wali Shah", "kind": "person", "role": "commander"},
    {"name": "Umar Khalid Khorasani", "kind": "person", "role": "commander"},
    {"name": "Umar Mansoor", "kind": "person", "role": "commander"},
    {"name": "Hafiz Saeed", "kind": "person", "role": "chief"},
    {"name": "American-Canadian family", "kind": "person"},
    {
        "name": "United States",
        "kind": "country",
        "aliases": ["U.S.", "US", "America", "Washington", "American"],
        "metonym": ["Washington"],
    },
    {"name": "Pakistan", "kind": "country", "aliases": ["Pakistani", "Islamabad's"]},
    {"name": "Afghanistan", "kind": "country", "aliases": ["Afghan"]},
    {"name": "India", "kind": "country"},
    {"name": "China", "kind": "country"},
    {"name": "Oman", "kind": "country"},
    {"name": "Islamabad", "kind": "place"},
    {"name": "New Delhi", "kind": "place"},
    {"name": "Kabul", "kind": "place"},
    {"name": "Bagram Airfield", "kind": "place"},
    {"name": "Khurram Agency", "kind": "place"},
    {"name": "South Asia", "kind": "place"},
    {"name": "Taliban", "kind": "armed_group", "aliases": ["Pakistani Taliban"]},
    {"name": "Haqqani network", "kind": "armed_group", "aliases": ["Haqqani Network", "Haqqani"]},
    {"name": "Jamaat-ul-Ahrar", "kind": "armed_group", "aliases": ["JuA"]},
    {"name": "Jamaat-ud Dawa", "kind": "armed_group"},
    {"name": "Pakistan-based terror groups", "kind": "armed_group"},
    {"name": "BRICS", "kind": "organization"},
    {"name": "Quadrilateral Cooperation Group", "kind": "organization", "aliases": ["QCG"]},
    {"name": "International Monetary Fund", "kind": "organization", "aliases": ["IMF"]},
    {"name": "World Bank", "kind": "organization"},
    {"name": "Inter-Services Intelligence", "kind": "organization", "aliases": ["ISI"]},
    {"name": "security forces", "kind": "organization"},
]


@pytest.fixture
def seed_events(seed_text: str) -> tuple[Event, ...]:
    """Events of the seed with hand-made actors (found by name)."""
    article = attach_actors(geoarticle.parse_text(seed_text, annotate=False), SEED_ACTORS)
    return find_events(article, reference_date=REF)


def _find(events: tuple[Event, ...], code: str, source: str | None, target: str | None) -> Event:
    for e in events:
        if (
            e.code.startswith(code)
            and (source is None or source in e.sources)
            and (target is None or target in e.targets)
        ):
            return e
    raise AssertionError(f"no {code} {source} -> {target}")


def test_seed_events(seed_events: tuple[Event, ...]) -> None:
    ev = seed_events
    trump = _find(ev, "01", "person:donald-trump", None)
    assert trump.date is not None
    assert trump.date.value == dt.date(2017, 8, 1)
    stop = _find(ev, "042", "person:rex-tillerson", "country:afghanistan")
    assert stop.modality is Modality.ASSERTED
    ghani = _find(ev, "04", "person:rex-tillerson", "person:ashraf-ghani")
    assert ghani.location == "place:bagram-airfield"
    isb = _find(ev, "042", "person:rex-tillerson", "place:islamabad")
    assert isb.date is not None
    assert isb.date.value == dt.date(2017, 10, 24)
    assert len(isb.evidence) >= 3
    _find(ev, "04", "person:rex-tillerson", "country:pakistan")
    threat = _find(ev, "13", "person:rex-tillerson", "country:pakistan")
    assert threat.modality is Modality.CONDITIONAL
    _find(ev, "042", "person:rex-tillerson", "place:new-delhi")
    brics = _find(ev, "111", "organization:brics", "armed_group:pakistan-based-terror-groups")
    assert brics.modality is Modality.ASSERTED
    strike = _find(ev, "195", None, "person:sangeen-wali-shah")
    assert strike.location == "place:khurram-agency"
    _find(ev, "07", "country:pakistan", "person:american-canadian-family")
    kill = _find(ev, "19", "country:united-states", "armed_group:jamaat-ul-ahrar")
    assert kill.location == "country:afghanistan"
    qcg = _find(ev, "04", "organization:quadrilateral-cooperation-group", None)
    assert qcg.location == "country:oman"
    assert {"country:china", "country:pakistan"} <= set(qcg.sources)
    det = _find(ev, "173", "country:pakistan", "person:hafiz-saeed")
    assert det.modality is Modality.ASSERTED
    tal = _find(ev, "19", "armed_group:taliban", "organization:security-forces")
    assert tal.date is not None
    assert tal.date.value == dt.date(2017, 10, 1)


def test_seed_end_to_end_runs(seed_text: str) -> None:
    article = geoarticle.parse_text(seed_text, reference_date=REF)
    for e in article.events:
        assert e.evidence
        assert e.label


@pytest.fixture
def real_seed(seed_text: str) -> geoarticle.Article:
    """The seed through the whole pipeline: the real actor recogniser, then the coder."""
    return geoarticle.parse_text(seed_text, reference_date=REF)


def _actor_id(article: geoarticle.Article, name: str) -> str:
    for a in article.actors:
        if a.name == name or name in a.aliases:
            return a.id
    raise AssertionError(f"no actor {name!r}")


def _generic(article: geoarticle.Article, kind: str, code: str) -> set[str]:
    """Ids of the generic agents of ``kind`` whose actor code is ``code``."""
    return {
        a.id
        for a in article.actors
        if a.id.startswith("agent:") and a.kind.value == kind and a.code == code
    }


def _find_any(
    events: tuple[Event, ...], code: str, sources: set[str] | None, targets: set[str] | None
) -> Event:
    for e in events:
        if (
            e.code.startswith(code)
            and (sources is None or sources & set(e.sources))
            and (targets is None or targets & set(e.targets))
        ):
            return e
    raise AssertionError(f"no {code} {sources} -> {targets}")


def test_seed_events_real_pipeline(real_seed: geoarticle.Article) -> None:
    art = real_seed
    ev = art.events
    aid = functools.partial(_actor_id, art)
    tillerson, trump = {aid("Rex Tillerson")}, {aid("Donald Trump")}
    pakistan, usa = {aid("Pakistan")}, {aid("United States")}
    announce = _find_any(ev, "01", trump, None)
    assert announce.date is not None
    assert announce.date.value == dt.date(2017, 8, 1)
    said_by = [m.text for a in art.actors if a.id in trump for m in a.mentions]
    assert "U.S. president" in said_by  # the title-only mention joins Trump
    stop = _find_any(ev, "042", tillerson, {aid("Afghanistan")})
    assert stop.modality is Modality.ASSERTED
    ghani = _find_any(ev, "04", tillerson, {aid("Ashraf Ghani")})
    assert ghani.location == aid("Bagram Airfield")
    isb = _find_any(ev, "042", tillerson, {aid("Islamabad")})
    assert isb.date is not None
    assert isb.date.value == dt.date(2017, 10, 24)
    assert len(isb.evidence) >= 3
    _find_any(ev, "04", tillerson, pakistan)
    threat = _find_any(ev, "13", tillerson, pakistan)
    assert threat.modality is Modality.CONDITIONAL
    _find_any(ev, "042", tillerson, {aid("New Delhi")})
    groups = _generic(art, "armed_group", "PAKINS")
    brics = _find_any(ev, "111", {aid("BRICS")}, groups)
    assert brics.modality is Modality.ASSERTED
    strike = _find_any(ev, "195", None, {aid("Sangeen Wali Shah")})
    assert strike.location == aid("Khurram Agency")
    family = _generic(art, "person", "USACVL")
    rescue = _find_any(ev, "07", pakistan, family)
    assert rescue.modality is Modality.ASSERTED
    kill = _find_any(ev, "19", usa, {aid("Jamaat-ul-Ahrar")})
    assert kill.location == aid("Afghanistan")
    qcg = _find_any(ev, "04", {aid("Quadrilateral Cooperation Group")}, None)
    assert qcg.location == aid("Oman")
    assert {aid("China"), aid("Pakistan")} <= set(qcg.sources)
    det = _find_any(ev, "173", pakistan, {aid("Hafiz Saeed")})
    assert det.modality is Modality.ASSERTED
    forces = _generic(art, "organization", "AFGMIL")
    tal = _find_any(ev, "19", {aid("Taliban")}, forces)
    assert tal.date is not None
    assert tal.date.value == dt.date(2017, 10, 1)
