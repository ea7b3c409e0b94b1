"""Ordinary articles (reviews, recipes, celebrity and travel pages) code almost no events.

The texts are invented.
"""

from __future__ import annotations

import datetime as dt

import geoarticle
from geoarticle.annotators.events.topic import (
    Topic,
    keep_public_affairs,
    political_actors,
    read_topic,
)
from geoarticle.models import Actor, ActorKind

REF = dt.date(2024, 3, 6)

REVIEW = (
    "The best budget blenders of the year\n\n"
    "Maria Okonkwo, the chef behind the Larkspur restaurant, praised the Vortex 500 after a month of"
    " testing in her kitchen. She said the blender crushed ice for smoothies in seconds and that"
    " customers loved the fruit desserts she made with it. Tom Reyes, a reviewer for Home Gadget"
    " Weekly, criticised its rival, the Whirlo Pro, for its noisy motor and flimsy lid. The Vortex"
    " costs less than most brands, ships with a two-year warranty and comes in three colours."
    " Shoppers can find it at most stores, and the price drops during the holiday sale. For the"
    " recipe, add two cups of frozen fruit, a tablespoon of sugar and a splash of cream, then blend"
    " for a minute until the dessert is smooth. Okonkwo thanked her kitchen staff for tasting dozens"
    " of recipes, and Reyes met the brand's designers at a product fair in Lisbon."
)
NEWS = (
    "Border talks stall\n\n"
    "France accused Spain on Monday of blocking the border crossing at Irun. The French foreign"
    " minister met his Spanish counterpart in Madrid and urged Spain to reopen the crossing before"
    " the summit. The Spanish government said the closure was a security measure and criticised"
    " the French police for the delays. Lawmakers in both parliaments called for talks."
)
#: A travel piece whose one line of public affairs is a dealing between two states.
TRAVEL = (
    "A long weekend on the coast\n\n"
    "The hotel sits above a quiet beach, and its guests wake to fresh fruit and pastries on the"
    " terrace. Rooms are bright, the spa is small but calm, and the restaurant's chef, Ines Barros,"
    " praised the local fishermen for the morning's catch. Tourists can book a cruise along the"
    " cliffs or rent bikes for the afternoon; the price of a suite drops after the holiday season."
    " Portugal thanked Spain for restoring the ferry last spring. Travellers should pack light,"
    " bring sunscreen and leave room in their luggage for the cheese and wine sold at the market."
)


def _codes(text: str) -> list[tuple[str, list[str], list[str]]]:
    article = geoarticle.parse_text(text, reference_date=REF)
    names = {a.id: a.name for a in article.actors}
    return [
        (e.code, [names[s] for s in e.sources], [names[t] for t in e.targets])
        for e in article.events
    ]


def test_a_product_review_codes_no_events() -> None:
    assert _codes(REVIEW) == []


def test_news_of_states_keeps_its_events() -> None:
    codes = _codes(NEWS)
    assert len(codes) >= 3
    assert all(set(s) | set(t) <= {"France", "Spain"} for _, s, t in codes)


def test_an_ordinary_article_keeps_only_the_dealings_of_states() -> None:
    codes = _codes(TRAVEL)
    assert codes
    assert all(set(s) | set(t) <= {"Portugal", "Spain"} for _, s, t in codes)


def test_the_topic_weighs_everyday_words_against_political_evidence() -> None:
    review = read_topic(geoarticle.parse_text(REVIEW, reference_date=REF))
    news = read_topic(geoarticle.parse_text(NEWS, reference_date=REF))
    assert review.ordinary
    assert not news.ordinary
    assert review.everyday > news.everyday
    assert news.evidence > review.evidence
    assert not Topic(words=0, politics=0.0, everyday=0.0, political_mentions=0.0).ordinary
    # little of either (a crime report, a company's news) is not ordinary
    assert not Topic(words=500, politics=0.2, everyday=0.8, political_mentions=0.1).ordinary
    # everyday words far above some politics: ordinary
    assert Topic(words=500, politics=1.5, everyday=8.0, political_mentions=1.0).ordinary


def test_political_actors_are_states_officials_and_armed_groups() -> None:
    actors = [
        Actor(id="a1", name="Norland", kind=ActorKind.COUNTRY, country="NOR", code="NOR"),
        Actor(id="a2", name="Ana Silva", kind=ActorKind.PERSON, role="Interior Minister"),
        Actor(id="a3", name="Red Dawn", kind=ActorKind.ARMED_GROUP),
        Actor(id="a4", name="Tom Reyes", kind=ActorKind.PERSON, role="reviewer"),
        Actor(id="a5", name="Blendco", kind=ActorKind.ORGANIZATION),
        Actor(id="a6", name="Norland police", kind=ActorKind.ORGANIZATION, code="NORCOP"),
    ]
    assert political_actors(actors) == {"a1", "a2", "a3", "a6"}


def test_keep_public_affairs_leaves_news_alone() -> None:
    article = geoarticle.parse_text(NEWS, reference_date=REF)
    assert keep_public_affairs(article, article.events) == list(article.events)
