"""Sentence splitting, dates and the lexicon tables of the event coder."""

from __future__ import annotations

import datetime as dt

import pytest

from geoarticle.annotators.events.dates import find_dates
from geoarticle.annotators.events.lexicon import cameo_label, match_triggers, plover
from geoarticle.annotators.tokens import split_sentences, tokenize
from geoarticle.models import DatePrecision

REF = dt.date(2017, 11, 1)


def _sentences(text: str) -> list[str]:
    toks = tokenize(text)
    return [text[toks[a].start : toks[b].end] for a, b in split_sentences(text, toks)]


def test_sentences_survive_abbreviations_initials_and_quotes() -> None:
    text = (
        "The U.S. envoy met Gen. J. Ortiz on Oct. 3 in Lima. He said “we are done.” "
        "Then he left! Ties with the U.S. The talks ended."
    )
    assert _sentences(text) == [
        "The U.S. envoy met Gen. J. Ortiz on Oct. 3 in Lima.",
        "He said “we are done.”",
        "Then he left!",
        "Ties with the U.S.",
        "The talks ended.",
    ]


def test_sentences_of_empty_and_odd_input() -> None:
    assert _sentences("") == []
    assert _sentences("   \n ") == []
    assert _sentences("no final stop") == ["no final stop"]
    assert _sentences("One.\nTwo") == ["One.", "Two"]


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("on October 24", dt.date(2017, 10, 24), DatePrecision.DAY),
        ("24 Oct 2017", dt.date(2017, 10, 24), DatePrecision.DAY),
        ("in August", dt.date(2017, 8, 1), DatePrecision.MONTH),
        ("since 2012", dt.date(2012, 1, 1), DatePrecision.YEAR),
        ("in the last two weeks", dt.date(2017, 10, 1), DatePrecision.MONTH),
        ("on Tuesday", dt.date(2017, 10, 31), DatePrecision.DAY),
        ("last month", dt.date(2017, 10, 1), DatePrecision.MONTH),
        ("three days ago", dt.date(2017, 10, 29), DatePrecision.DAY),
        ("yesterday", dt.date(2017, 10, 31), DatePrecision.DAY),
        ("by June", dt.date(2018, 6, 1), DatePrecision.MONTH),
        ("recently", dt.date(2017, 10, 1), DatePrecision.MONTH),
        ("in recent months", dt.date(2017, 1, 1), DatePrecision.YEAR),
    ],
)
def test_dates_resolve_against_the_reference(
    text: str, value: dt.date | None, precision: DatePrecision
) -> None:
    (found,) = find_dates(text, 0, len(text), REF)
    assert found.date.value == value
    assert found.date.precision is precision
    assert found.date.text == text


def test_dates_without_reference_keep_their_words() -> None:
    (found,) = find_dates("on Tuesday", 0, 10, None)
    assert found.date.value is None
    assert found.date.precision is DatePrecision.UNKNOWN
    assert found.date.text == "on Tuesday"
    (full,) = find_dates("on 5 May 2020", 0, 13, None)
    assert full.date.value == dt.date(2020, 5, 1).replace(day=5)


def test_modal_may_and_verb_march_are_not_dates() -> None:
    text = "They may march to the square"
    assert find_dates(text, 0, len(text), REF) == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [("042", ("CONSULT", "visit")), ("195", ("ASSAULT", "aerial")), ("173", ("COERCE", "arrest"))],
)
def test_plover_mapping(code: str, expected: tuple[str, str]) -> None:
    assert plover(code) == expected


def test_labels_fall_back_to_parents() -> None:
    assert cameo_label("042") == "Make a visit"
    assert cameo_label("1951") == "Employ aerial weapons"
    assert cameo_label("99") == ""


@pytest.mark.parametrize(
    ("sentence", "code", "words"),
    [
        ("He held a closed-door discussion with her", "040", "held a closed-door discussion"),
        ("They made specific requests of us", "020", "made specific requests"),
        ("She landed in the capital", "042", "landed in"),
        ("A drone strike hit the camp", "195", "drone strike"),
        ("The rescue operation ended", "073", "rescue operation"),
        ("The extension of the detention was criticised", "173", "extension of the detention"),
        ("They imposed new sanctions", "163", "imposed new sanctions"),
    ],
)
def test_triggers(sentence: str, code: str, words: str) -> None:
    toks = tokenize(sentence)
    found = match_triggers(toks)
    assert found, sentence
    m = found[0]
    assert m.pattern.code == code
    assert sentence[toks[m.first].start : toks[m.last].end] == words


def test_proper_nouns_and_nouns_are_not_verb_triggers() -> None:
    for sentence in ("Secretary of State Kim spoke", "in order to win", "the state of ties"):
        toks = tokenize(sentence)
        assert not [m for m in match_triggers(toks) if m.pattern.verb in {"state", "order"}]


def test_a_short_span_across_two_months_takes_the_later_month() -> None:
    text = "in the last week"
    (found,) = find_dates(text, 0, len(text), dt.date(2024, 8, 4))
    assert (found.date.value, found.date.precision) == (dt.date(2024, 8, 1), DatePrecision.MONTH)
    assert found.date.approx


def test_an_old_date_does_not_date_the_story_after_it() -> None:
    import geoarticle

    text = (
        "Mine\n\nAnn Vale said on Monday that the lease began in 2014."
        " In 2014 Ann Vale visited Norway. Ann Vale also criticised Norway."
    )
    article = geoarticle.parse_text(text, reference_date=dt.date(2025, 11, 21))
    later = [e for e in article.events if e.code.startswith("11")]
    assert later
    # dated by the latest recent occasion (Monday), not by the visit of 2014
    assert all(e.date is not None and e.date.value == dt.date(2025, 11, 17) for e in later)
