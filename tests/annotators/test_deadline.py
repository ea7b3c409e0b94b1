"""The annotators stop when the running call's time budget is spent."""

from __future__ import annotations

import time

import pytest

import geoarticle
from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.annotators.events import EventAnnotator
from geoarticle.errors import TimeLimitExceededError
from geoarticle.limits import Limits, check_deadline, deadline
from geoarticle.models import Article
from geoarticle.pipeline import Pipeline

TEXT = (
    "Talks in Geneva\n\n"
    "Russia and Ukraine met in Geneva on Monday. The Ukrainian foreign minister said the talks "
    "would go on.\n"
)


def _expired() -> None:
    time.sleep(0.002)


@pytest.mark.parametrize("where", ["actors", "events"])
def test_steps_check_the_deadline(where: str) -> None:
    article = geoarticle.parse_text(TEXT, pipeline=Pipeline([]))
    if where == "events":
        article = ActorAnnotator()(article)
    step = ActorAnnotator() if where == "actors" else EventAnnotator()
    with deadline(0.001):
        _expired()
        with pytest.raises(TimeLimitExceededError, match=where):
            step(article)


def test_a_spent_budget_stops_the_pipeline_with_a_warning() -> None:
    article = geoarticle.parse_text(TEXT, pipeline=Pipeline([]))
    with deadline(0.001):
        _expired()
        out = Pipeline([ActorAnnotator(), EventAnnotator()])(article)
    assert out.actors == ()
    assert out.events == ()
    assert any("time budget" in w and "'actors'" in w for w in out.warnings)


class _Slow:
    """A step that spends the budget, then checks it (as the real steps do)."""

    name = "slow"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, article: Article) -> Article:
        _expired()
        check_deadline(self.name)
        return article


def test_a_step_stopped_midway_leaves_what_was_done() -> None:
    article = geoarticle.parse_text(TEXT, pipeline=Pipeline([]))
    with deadline(0.001):
        out = Pipeline([ActorAnnotator(), _Slow(), EventAnnotator()])(article)
    names = {a.name for a in out.actors}
    assert {"Russia", "Ukraine"} <= names or any("'actors'" in w for w in out.warnings)
    assert out.events == ()
    assert any("time budget" in w for w in out.warnings)


class _Sleepy(_Slow):
    def __call__(self, article: Article) -> Article:
        time.sleep(0.3)
        check_deadline(self.name)
        return article


def test_parse_text_returns_the_article_when_annotation_runs_out() -> None:
    steps = Pipeline([_Sleepy(), ActorAnnotator()])
    out = geoarticle.parse_text(TEXT, pipeline=steps, limits=Limits(max_seconds=0.2))
    assert out.title == "Talks in Geneva"
    assert any("time budget" in w for w in out.warnings)


def test_no_deadline_no_check() -> None:
    article = geoarticle.parse_text(TEXT)
    assert {a.name for a in article.actors} >= {"Russia", "Ukraine", "Geneva"}
