"""The hypothesis strategies of ``geoarticle.testing.strategies`` keep their promises."""

from __future__ import annotations

import importlib
import sys

import pytest
from hypothesis import given, settings

from geoarticle import Article, Figure, ListBlock, Paragraph
from geoarticle.testing import strategies as gs


@settings(max_examples=15)
@given(gs.articles())
def test_spans_point_at_their_text(article: Article) -> None:
    for actor in article.actors:
        for m in actor.mentions:
            assert article.span_source(m)[m.start : m.end] == m.text
    ids = {a.id for a in article.actors}
    assert len(ids) == len(article.actors)
    for event in article.events:
        assert set(event.sources) | set(event.targets) <= ids
        for ev in event.evidence:
            assert article.span_source(ev)[ev.start : ev.end] == ev.text


@settings(max_examples=15)
@given(
    gs.articles(
        with_actors=False,
        with_events=False,
        with_metadata=False,
        with_media=False,
        block_kinds=("paragraph", "list"),
        text=gs.sentences(),
    )
)
def test_options_restrict_what_is_generated(article: Article) -> None:
    assert not article.actors
    assert not article.events
    assert not article.image_credits
    assert article.image is None
    assert article.language is None
    for section in article.sections:
        for block in section.blocks:
            assert isinstance(block, (Paragraph, ListBlock))
        if section.heading is not None:
            assert section.heading.endswith(".")
            assert "  " not in section.heading


@settings(max_examples=15)
@given(gs.articles(block_kinds=("figure",), max_sections=2))
def test_figures_point_at_credits(article: Article) -> None:
    for section in article.sections:
        for block in section.blocks:
            assert isinstance(block, Figure)
            assert block.image < len(article.image_credits)


def test_clear_error_without_hypothesis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hypothesis", None)  # as if it were not installed
    monkeypatch.delitem(sys.modules, "geoarticle.testing.strategies")
    with pytest.raises(ImportError, match=r"pip install geoarticle\[test\]"):
        importlib.import_module("geoarticle.testing.strategies")


@settings(max_examples=15)
@given(gs.datetimes(min_year=1995, max_year=2025), gs.dates(min_year=2000, max_year=2001))
def test_date_ranges(when: object, day: object) -> None:
    import datetime as dt

    assert isinstance(when, dt.datetime)
    assert 1995 <= when.year <= 2025
    assert isinstance(day, dt.date)
    assert 2000 <= day.year <= 2001
