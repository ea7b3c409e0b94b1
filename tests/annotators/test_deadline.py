"""The annotators stop when the running call's time budget is spent."""

from __future__ import annotations

import time

import pytest

import geoarticle
from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.annotators.events import EventAnnotator
from geoarticle.errors import TimeLimitExceededError
from geoarticle.limits import deadline
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


def test_pipeline_checks_between_steps() -> None:
    article = geoarticle.parse_text(TEXT, pipeline=Pipeline([]))
    with deadline(0.001):
        _expired()
        with pytest.raises(TimeLimitExceededError, match="actors"):
            Pipeline([ActorAnnotator(), EventAnnotator()])(article)


def test_no_deadline_no_check() -> None:
    article = geoarticle.parse_text(TEXT)
    assert {a.name for a in article.actors} >= {"Russia", "Ukraine", "Geneva"}
