"""The seed article (read in place from ../shared; skipped when absent)."""

from __future__ import annotations

import datetime as dt
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
