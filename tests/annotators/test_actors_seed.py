"""The seed article (read in place from ../shared; skipped when absent)."""

from __future__ import annotations

import pytest

from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.models import Actor, Article
from geoarticle.parsers.text import parse_text

PEOPLE = {
    "Rex Tillerson": "USA",
    "Donald Trump": "USA",
    "Ashraf Ghani": "AFG",
    "Hamid Mir": "PAK",
    "Sangeen Wali Shah": None,
    "Umar Khalid Khorasani": None,
    "Umar Mansoor": None,
    "Hafiz Saeed": "PAK",
}
COUNTRIES = ["USA", "PAK", "AFG", "IND", "CHN", "OMN", "CAN"]
GROUPS = {
    "org:taliban": "armed_group",
    "org:ttp": "armed_group",
    "org:haqqani-network": "armed_group",
    "org:jua": "armed_group",
    "org:jud": "armed_group",
    "org:isi": "organization",
    "org:imf": "organization",
    "org:world-bank": "organization",
    "org:brics": "organization",
}
PLACES = ["Islamabad", "New Delhi", "Kabul", "Bagram Airfield", "Khurram Agency"]


@pytest.fixture
def article(seed_text: str) -> Article:
    return ActorAnnotator()(parse_text(seed_text))


def named(article: Article, name: str) -> Actor:
    for a in article.actors:
        if a.name == name or name in a.aliases:
            return a
    raise AssertionError(f"{name} not found in {[a.name for a in article.actors]}")


def test_people(article: Article) -> None:
    for name, country in PEOPLE.items():
        actor = named(article, name)
        assert actor.kind.value == "person", name
        # a country the text gives them, or none: never one borrowed from a nearby name
        assert actor.country == country, name
    assert named(article, "Rex Tillerson").role == "U.S. Secretary of State"


def test_tillerson_mentions_are_one_actor(article: Article) -> None:
    rex = named(article, "Rex Tillerson")
    texts = {m.text for m in rex.mentions}
    assert {"Rex Tillerson", "Tillerson", "secretary", "Secretary"} <= texts
    assert len(rex.mentions) >= 8


def test_countries_groups_places(article: Article) -> None:
    ids = {a.id: a for a in article.actors}
    for iso in COUNTRIES:
        assert ids[f"country:{iso}"].kind.value == "country"
    for oid, kind in GROUPS.items():
        assert ids[oid].kind.value == kind, oid
    assert "JuA" in ids["org:jua"].aliases
    assert ids["org:isi"].name == "Inter-Services Intelligence"
    qcg = named(article, "Quadrilateral Cooperation Group")
    assert "QCG" in qcg.aliases
    for place in PLACES:
        assert named(article, place).kind.value == "place", place


def test_capitals_as_governments(article: Article) -> None:
    washington = named(article, "Washington")
    assert any(m.metonym for m in washington.mentions)
    assert any(not m.metonym for m in washington.mentions)


def test_no_actor_from_credits_or_teasers(article: Article) -> None:
    if not article.related_links:
        pytest.skip("parse_text does not split off related articles yet")
    names = {a.name for a in article.actors}
    assert "Bharatiya Janata Party" not in names
    assert "Narendra Modi" not in names
    for a in article.actors:
        assert "Flickr" not in a.name
