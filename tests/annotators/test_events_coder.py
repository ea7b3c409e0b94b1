"""The event coder on small hand-built articles (actors attached by name)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from geoarticle.annotators.events import EventAnnotator, find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Article, DatePrecision, Event, Modality

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "foreign minister", "aliases": ["Berg"]},
    {"name": "Omar Said", "kind": "person", "role": "president", "aliases": ["Said"]},
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
    {"name": "Sudria", "kind": "country", "aliases": ["Sudrian"]},
    {"name": "Vestia", "kind": "country"},
    {"name": "Kessa", "kind": "place"},
    {"name": "Red Hand", "kind": "armed_group"},
    {"name": "Lev Marr", "kind": "person", "role": "commander"},
]


def _code(
    text: str, published: dt.datetime | None = dt.datetime(2024, 3, 6), *, strict: bool = False
) -> tuple[Article, tuple[Event, ...]]:
    article = attach_actors(build_article(text, published), ACTORS)
    return article, find_events(article, strict=strict)


def _one(events: tuple[Event, ...], root: str) -> Event:
    found = [e for e in events if e.root == root]
    assert len(found) == 1, events
    return found[0]


def test_visit_with_date_place_label_plover_and_evidence() -> None:
    text = "Berg arrived in Kessa on Monday. Her visit to Kessa was her first."
    article, events = _code(text)
    e = _one(events, "04")
    assert e.code == "042"
    assert e.label == "Make a visit"
    assert (e.plover_type, e.plover_mode) == ("CONSULT", "visit")
    assert e.sources == ("person:anna-berg",)
    assert e.targets == ("place:kessa",)
    assert e.location == "place:kessa"
    assert e.date is not None
    assert e.date.value == dt.date(2024, 3, 4)
    assert e.date.precision is DatePrecision.DAY
    assert len(e.evidence) == 2  # one event, two sentences
    block = article.sections[0].blocks[0].text
    assert [block[v.start : v.end] for v in e.evidence] == [v.text for v in e.evidence]


def test_passive_with_agent_and_nominal_killing_of_by() -> None:
    _, events = _code("Lev Marr was killed by Norlandic forces in Kessa.")
    e = _one(events, "19")
    assert e.sources == ("country:norland",)
    assert e.targets == ("person:lev-marr",)
    assert e.location == "place:kessa"
    _, events = _code("The killing of Lev Marr by Red Hand shocked Vestia.")
    e = _one(events, "19")
    assert e.sources == ("armed_group:red-hand",)
    assert e.targets == ("person:lev-marr",)


def test_possessive_visit_and_relative_clause_speaker() -> None:
    _, events = _code("Said's visit to Vestia ended early.")
    e = _one(events, "04")
    assert e.sources == ("person:omar-said",)
    assert e.targets == ("country:vestia",)
    _, events = _code("Berg, who met Said in Kessa, said the talks went well.")
    met = _one(events, "04")
    assert met.sources == ("person:anna-berg",)
    assert met.targets == ("person:omar-said",)


def test_list_of_participants_is_one_event() -> None:
    _, events = _code("Norland, Sudria and Vestia met in Kessa on 2 March 2024.")
    e = _one(events, "04")
    assert set(e.sources) == {"country:norland", "country:sudria", "country:vestia"}
    assert e.date is not None
    assert e.date.value == dt.date(2024, 3, 2)


def test_modalities() -> None:
    cases = {
        "Norland did not impose sanctions on Sudria.": Modality.NEGATED,
        "Norland may impose sanctions on Sudria.": Modality.HYPOTHETICAL,
        "Norland will impose sanctions on Sudria.": Modality.FUTURE,
        "Norland imposed sanctions on Sudria, according to Said.": Modality.REPORTED,
        "Norland imposed sanctions on Sudria.": Modality.ASSERTED,
    }
    for text, modality in cases.items():
        _, events = _code(text)
        root = "13" if modality is Modality.FUTURE else "16"  # announced sanctions: a threat
        assert _one(events, root).modality is modality, text


def test_conditional_threat() -> None:
    text = "If Sudria does not withdraw, then Norland will act alone, Berg said."
    _, events = _code(text)
    e = _one(events, "13")
    assert e.modality is Modality.CONDITIONAL
    assert "person:anna-berg" in e.sources
    assert e.targets == ("country:sudria",)


def test_statement_with_speaker_and_accusation() -> None:
    _, events = _code("Said accused Norland of arming Red Hand.")
    e = _one(events, "11")
    assert e.code == "112"
    assert e.sources == ("person:omar-said",)
    assert e.targets == ("country:norland",)


def test_undated_article_uses_reference_date_or_keeps_words() -> None:
    article = attach_actors(build_article("Berg visited Vestia on Tuesday."), ACTORS)
    (e,) = find_events(article)
    assert e.date is not None
    assert e.date.precision is DatePrecision.UNKNOWN
    assert e.date.text == "on Tuesday"
    (e,) = find_events(article, reference_date=dt.date(2024, 3, 8))
    assert e.date is not None
    assert e.date.value == dt.date(2024, 3, 5)


def test_annotator_fills_events_and_article_validates() -> None:
    article = attach_actors(build_article("Red Hand attacked Kessa and killed Lev Marr."), ACTORS)
    out = EventAnnotator(reference_date=dt.date(2024, 1, 1))(article)
    assert out.events
    assert out.events[0].root == "19"
    assert EventAnnotator.requires == ("actors",)


def test_no_actors_and_odd_text_do_not_crash() -> None:
    assert find_events(build_article("Nothing happened.")) == ()
    for text in ("", "(((", "If then, if then.", "“”" * 50, "a " * 2000):
        article = attach_actors(build_article(text or "x"), ACTORS)
        find_events(article)


def test_unreal_and_incomplete_mentions_are_no_events_by_default() -> None:
    for text in (
        "Norland did not impose sanctions on Sudria.",
        "Norland may impose sanctions on Sudria.",
        "If Sudria votes, Norland could impose sanctions on Sudria.",
    ):
        assert _code(text, strict=True)[1] == (), text
    assert _code("Norland condemned the move.", strict=True)[1] == ()  # condemned whom?
    _, events = _code("Norland will impose sanctions on Sudria.", strict=True)
    threat = _one(events, "13")  # sanctions announced: a threat
    assert (threat.code, threat.modality) == ("131", Modality.FUTURE)


def test_what_a_speaker_says_it_would_do_is_its_intent() -> None:
    # the future of the past: "said it would" announces the speaker's own act
    text = "Norlandic Foreign Minister Anna Berg said she would impose sanctions on Sudria."
    threat = _one(_code(text, strict=True)[1], "13")
    assert (threat.sources, threat.modality) == (("person:anna-berg",), Modality.FUTURE)


def test_undated_events_take_the_article_date_marked_approx() -> None:
    _, events = _code("Berg condemned Sudria.")
    date = _one(events, "11").date
    assert date is not None
    assert (date.value, date.precision, date.approx, date.text) == (
        dt.date(2024, 3, 6),
        DatePrecision.DAY,
        True,
        "",
    )
    assert date.iso == "2024-03-06"
