"""What an article is about, as far as the coder needs to know: public affairs or ordinary life?

CAMEO codes the dealings of states, governments, organisations, armed groups
and their officials. Much of what a parser meets is about none of them: match
reports, celebrity news, recipes, product reviews, travel and technology pages.
Such an *ordinary* article still has people who say, meet, praise and fight
("the coach defended his striker", "the chef thanked the farmers"), and the
coder would code them. This module tells such articles from the article's own
evidence:

* its vocabulary: the share of its words from the language of public affairs
  (``public_affairs_words`` in ``data/events/cues.json``: government,
  elections, conflict, diplomacy, trade, justice) against the share from the
  everyday domains (sport, entertainment, shopping, food, health, home,
  technology, travel: the ``*_words`` lists named in :data:`EVERYDAY_LISTS`);
* its actors: how often it names political actors (countries, armed groups,
  officials and state bodies, international bodies: :func:`political_actors`).

:func:`read_topic` measures both; :meth:`Topic.ordinary` weighs them. On an
ordinary article the coder keeps only events whose every party is a political
actor (:func:`keep_public_affairs`), so a lifestyle page that mentions a
government's ban still codes it, while its people and companies code nothing.
A sports report (:func:`is_sport_report`), by the share of sport words alone,
codes nothing at all.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

import attrs

from ...models import Actor, ActorKind, Article
from ..actors._lexicon import lexicon
from .lexicon import cues

__all__ = [
    "COUNTRY_WEIGHT",
    "EVERYDAY_LISTS",
    "EVERYDAY_RATIO",
    "EVERYDAY_SHARE",
    "ORDINARY_POLITICS",
    "POLITICAL_SECTORS",
    "SPORT_SHARE",
    "SPORT_WORDS",
    "Topic",
    "is_sport_report",
    "keep_public_affairs",
    "political_actors",
    "read_topic",
]

#: Share of a text's words from the sport vocabulary that makes it a sports report.
SPORT_SHARE = 0.015
#: And the fewest such words (a short text is no report of anything).
SPORT_WORDS = 5

#: The word lists of ``data/events/cues.json`` whose union is the everyday vocabulary.
EVERYDAY_LISTS = (
    "sport_words",
    "entertainment_words",
    "consumer_words",
    "food_words",
    "health_words",
    "home_words",
    "technology_words",
    "travel_words",
)

#: CAMEO sector codes of political actors (state, opposition, insurgents, international bodies).
POLITICAL_SECTORS = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "INS", "REB", "OPP", "PTY", "IGO", "SEP", "UAF"}
)

#: Share of everyday words (per hundred) an ordinary article has at least: recipes,
#: reviews, match and celebrity reports run at three to ten; hard news under two.
EVERYDAY_SHARE = 2.0
#: Political evidence (public-affairs words plus political-actor mentions, per hundred
#: words) under which an article with that many everyday words is ordinary. News
#: about politics, conflict, trade and elections runs at three and more; everyday
#: pages mostly under one.
ORDINARY_POLITICS = 2.0
#: An article whose everyday words outnumber its political evidence this many
#: times over is ordinary too (a travel page naming many countries).
EVERYDAY_RATIO = 2.0

#: What a mention of a country counts for, against one of another political actor.
COUNTRY_WEIGHT = 0.5

_WORD = re.compile(r"[a-z]+")
_cut = threading.local()


def _words(text: str) -> list[str]:
    """The lower-case words of ``text`` (do not change the list).

    The sport check and :func:`read_topic` read the same body: the words of the
    latest text are kept, one text per thread, so it is cut once.
    """
    last = getattr(_cut, "last", None)
    if last is not None and last[0] == text:
        return last[1]  # type: ignore[no-any-return]
    words = _WORD.findall(text.lower())
    _cut.last = (text, words)
    return words


def _hits(words: list[str], vocabulary: frozenset[str]) -> int:
    """How many of ``words`` are in ``vocabulary``."""
    return sum(map(vocabulary.__contains__, words))


def is_sport_report(text: str) -> bool:
    """Whether ``text`` reads as a sports report."""
    words = _words(text)
    if not words:
        return False
    hits = _hits(words, cues()["sport_words"])
    return hits >= SPORT_WORDS and hits / len(words) >= SPORT_SHARE


def _sector_of_role(role: str) -> str:
    """The sector of the longest known title ending a role ("Pakistani Prime Minister": GOV)."""
    titles = lexicon().titles
    words = role.lower().split()
    for i in range(len(words)):
        sector = titles.get(" ".join(words[i:]))
        if sector is not None:
            return sector
    return ""


def _political(actor: Actor) -> bool:
    if actor.kind in (ActorKind.COUNTRY, ActorKind.ARMED_GROUP):
        return True
    code = actor.code or ""
    if code[:3] in POLITICAL_SECTORS or code[3:6] in POLITICAL_SECTORS:
        return True
    return actor.kind is ActorKind.PERSON and _sector_of_role(actor.role or "") in (
        POLITICAL_SECTORS
    )


def political_actors(actors: Iterable[Actor]) -> frozenset[str]:
    """Ids of the actors CAMEO codes the dealings of.

    Countries and armed groups; actors whose code names a political sector
    (government, military, police, judiciary, legislature, opposition, party,
    rebels, international bodies: :data:`POLITICAL_SECTORS`); people whose role
    is such an office ("the interior minister"). Companies, celebrities, private
    people and places are not.
    """
    return frozenset(a.id for a in actors if _political(a))


@attrs.frozen
class Topic:
    """How much of an article is public affairs and how much everyday life."""

    #: Words of the article's body.
    words: int
    #: Share of them (per hundred) from the vocabulary of public affairs.
    politics: float
    #: Share of them (per hundred) from the everyday domains (:data:`EVERYDAY_LISTS`).
    everyday: float
    #: Mentions of political actors per hundred words, a country's counting half
    #: (countries are named as places as often as parties: "hotels in Spain").
    political_mentions: float

    @property
    def evidence(self) -> float:
        """Political evidence: public-affairs words and political-actor mentions per hundred words."""
        return self.politics + self.political_mentions

    @property
    def ordinary(self) -> bool:
        """Whether the article is about ordinary life rather than public affairs.

        Its everyday words reach :data:`EVERYDAY_SHARE`, and its political
        evidence is weak (under :data:`ORDINARY_POLITICS`) or far below them
        (:data:`EVERYDAY_RATIO`). An article with little of either (a crime
        report, a company's news, an essay) is not judged ordinary: news of
        crime and business codes events too.
        """
        return self.everyday >= EVERYDAY_SHARE and (
            self.evidence < ORDINARY_POLITICS or self.everyday >= EVERYDAY_RATIO * self.evidence
        )


def _everyday() -> frozenset[str]:
    lists = cues()
    return frozenset().union(*(lists.get(name, frozenset()) for name in EVERYDAY_LISTS))


def read_topic(article: Article) -> Topic:
    """The :class:`Topic` of an article carrying its actors."""
    words = _words(article.body_text)
    n = len(words)
    if not n:
        return Topic(words=0, politics=0.0, everyday=0.0, political_mentions=0.0)
    public = cues()["public_affairs_words"]
    everyday = _everyday()
    political = political_actors(article.actors)
    mentions = sum(
        len(a.mentions) * (COUNTRY_WEIGHT if a.kind is ActorKind.COUNTRY else 1.0)
        for a in article.actors
        if a.id in political
    )
    return Topic(
        words=n,
        politics=100 * _hits(words, public) / n,
        everyday=100 * _hits(words, everyday) / n,
        political_mentions=100 * mentions / n,
    )


class _Parties(Protocol):
    """An event or candidate: who did it, to whom."""

    @property
    def sources(self) -> Sequence[str]: ...

    @property
    def targets(self) -> Sequence[str]: ...


_E = TypeVar("_E", bound=_Parties)


def keep_public_affairs(article: Article, events: Sequence[_E]) -> list[_E]:
    """``events`` (or the coder's candidates), less those of an ordinary article with a
    party that is no political actor.

    On an article about public affairs every event stays. On an ordinary one
    (:meth:`Topic.ordinary`) only the dealings of political actors with each
    other are left ("the ministry banned the import").
    """
    if not events or not read_topic(article).ordinary:
        return list(events)
    political = political_actors(article.actors)
    return [e for e in events if set(e.sources) | set(e.targets) <= political]
