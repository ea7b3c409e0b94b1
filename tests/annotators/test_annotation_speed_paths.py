"""The annotators' shortcuts taken for speed give the results of the long way."""

from __future__ import annotations

import attrs
import pytest

import geoarticle
import geoarticle.annotators.events as events_step
from geoarticle.annotators import document as text_layer
from geoarticle.annotators.events import EventAnnotator
from geoarticle.annotators.events.lexicon import (
    TriggerMatch,
    _match_at,
    _patterns,
    _plausible,
    match_triggers,
)
from geoarticle.annotators.tokens import Token, tokenize


def _every_token(toks: list[Token], first: int = 0) -> list[TriggerMatch]:
    """The trigger matcher as it was before the shortcut: every token is tried."""
    index = _patterns()
    found: list[TriggerMatch] = []
    i = 0
    while i < len(toks):
        best: TriggerMatch | None = None
        for pat in index.get(toks[i].lower, ()):
            last = _match_at(pat, toks, i)
            if last is None or not _plausible(pat, toks, i, first):
                continue
            if best is None or last > best.last:
                best = TriggerMatch(pat, i, last)
        if best is not None:
            found.append(best)
            i = best.last + 1
        else:
            i += 1
    return found


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops attacked the town and police arrested two men after the rally.",
        "The ministers met in Oslo, signed a deal and imposed new sanctions on Ruritania.",
        "Nothing happened here at all.",
        "",
    ],
)
def test_trigger_matching_visits_only_pattern_starts_with_the_same_result(sentence: str) -> None:
    toks = tokenize(sentence)
    found = match_triggers(toks)
    expected = _every_token(toks)
    # no two candidates of different kinds end together in these sentences, so the
    # reference without the noun-or-verb tie-break gives the same matches
    assert [(m.pattern, m.first, m.last) for m in found] == [
        (m.pattern, m.first, m.last) for m in expected
    ]
    if sentence.startswith("Troops"):
        assert len(found) >= 2


def test_events_step_builds_no_text_layer_for_an_article_without_actors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    article = geoarticle.parse_text("Quiet day\n\nThe weather was mild and nobody went out.")
    bare = attrs.evolve(article, actors=(), events=())
    asked: list[object] = []

    def document(*args: object) -> object:
        asked.append(args)
        return text_layer.document(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(events_step, "document", document)
    out = EventAnnotator()(bare)
    assert out.events == ()
    assert out.warnings == bare.warnings
    assert asked == []
