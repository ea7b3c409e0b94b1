"""Trigger lexicon entries that must reach real phrasings (invented sentences)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
    {"name": "Sudria", "kind": "country", "aliases": ["Sudrian"]},
    {"name": "Ostria", "kind": "country"},
]


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article, strict=False)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norland held huge drills around Sudria on Monday.", "150"),
        ("Norland held war games near Sudria on Monday.", "150"),
        ("Norland launched a cyberattack on Sudria on Monday.", "176"),
        ("Norland's bombardment of Sudria went on for a week.", "194"),
        ("Norland's president paid a visit to Sudria on Monday.", "042"),
        ("Norland launched a manhunt for the gunmen on Monday.", "090"),
        ("Norland renewed its calls for Sudria to free the sailors.", "020"),
        ("The rescue was coordinated by both the Norlandic and Sudrian navies.", "060"),
        ("Norland opened an investigation into the shooting.", "090"),
        ("Norland stepped up its patrols near the border on Monday.", "153"),
        ("Norland is increasing its presence along the border.", "153"),
        ("Norland encouraged dialogue with Sudria on Monday.", "026"),
        ("Norland's minister resigned from the Sudrian commission.", "083"),
        ("Norland withdrew from talks with Sudria.", "0874"),
    ],
)
def test_phrasing_is_coded(text: str, code: str) -> None:
    assert code in {e.code for e in _code(text)}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Norland plans to end its dispute with Sudria and lift sanctions on Sudria.", "future"),
        ("Norland wants to end its dispute and meet Sudria.", "hypothetical"),
        ("Norland ended its dispute with Sudria and met Sudria.", "asserted"),
    ],
)
def test_second_verb_of_a_coordination_shares_the_mood_of_the_first(
    text: str, modality: str
) -> None:
    last = [e for e in _code(text) if e.code[:2] in {"03", "04", "08"}][-1]
    assert last.modality.value == modality


def test_readiness_to_strike_is_a_threat() -> None:
    assert "138" in {e.code for e in _code("Norland said it was ready to strike Sudria.")}


def test_found_guilty_is_a_conviction_and_its_passive_flips_the_roles() -> None:
    (active,) = [e for e in _code("A Norland court found Sudria's envoy guilty.") if e.root == "17"]
    assert active.code == "173"
    (passive,) = [e for e in _code("Sudria was found guilty by Norland.") if e.root == "17"]
    assert passive.sources == ("country:norland",)
    assert passive.targets == ("country:sudria",)


def test_a_light_verb_lends_all_its_coordinated_subjects_to_the_noun() -> None:
    (e,) = [
        e for e in _code("Norland and Sudria issued sanctions against Ostria.") if e.root == "16"
    ]
    assert set(e.sources) == {"country:norland", "country:sudria"}


def test_a_labour_strike_is_a_protest_not_an_attack() -> None:
    from geoarticle.annotators.events.lexicon import match_triggers
    from geoarticle.annotators.tokens import tokenize

    for text in (
        "Dock workers went on strike in the port.",
        "They backed a rent strike in the halls.",
        "The union began strike action on Monday.",
    ):
        codes = [m.pattern.code for m in match_triggers(tokenize(text))]
        assert "143" in codes, text
        assert "190" not in codes, text


def test_they_after_a_verb_of_saying_is_who_says_it() -> None:
    # "Norlandic police say they ...": the police (standing for Norland), not the
    # body named in the sentence before
    text = (
        "The Ostrian Union met Sudria on Monday. "
        "Norlandic police say they will step up their patrols near the border."
    )
    (patrols,) = [e for e in _code(text) if e.root == "15"]
    assert patrols.sources == ("country:norland",)


def test_they_after_people_who_say_it_is_no_earlier_body() -> None:
    text = "Norland met Sudria on Monday. Residents say they will protest on Friday."
    assert not [e for e in _code(text) if e.root == "14" and "country:sudria" in e.sources]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Norland's president lifted the martial law order on Wednesday.", "0814"),
        ("Norland's defence minister tendered his resignation on Monday.", "083"),
    ],
)
def test_acts_that_need_no_one_named_as_their_object(text: str, code: str) -> None:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    assert code in {e.code for e in find_events(article)}


def test_a_gerund_after_since_or_after_shares_its_clauses_subject() -> None:
    text = "Norland has stayed silent since lifting the state of emergency on Monday."
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    (lifted,) = [e for e in find_events(article) if e.root == "08"]
    assert lifted.sources == ("country:norland",)


def test_what_a_crowd_calls_for_is_a_demonstration() -> None:
    text = "Crowds of Norlandic protesters called for the ouster of Sudria's envoy."
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    assert [e.code for e in find_events(article) if e.root in {"02", "14"}] == ["141"]


def test_demonstrators_who_gather_demonstrate_and_officials_do_not() -> None:
    actors = [*ACTORS, {"name": "Kessa Peace Union", "kind": "organization"}]

    def code(text: str) -> list[tuple[str, tuple[str, ...]]]:
        article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), actors)
        return [(e.code, e.sources) for e in find_events(article) if e.root == "14"]

    union = ("organization:kessa-peace-union",)
    assert code("Hundreds of demonstrators from the Kessa Peace Union gathered.") == [
        ("141", union)
    ]
    assert code("Norlandic officials gathered in the capital on Monday.") == []


def test_a_bare_verb_form_between_a_name_and_a_noun_is_a_noun() -> None:
    # "press" in "a Norland Palace press secretary" is no demand; "say" after a force stays
    article = attach_actors(
        build_article(
            "Ada Holm, a Norland Palace press secretary for Sudria, left on Monday.",
            dt.datetime(2024, 3, 6),
        ),
        ACTORS,
    )
    assert not [e for e in find_events(article, strict=False) if e.root == "10"]


def test_a_quote_mark_inside_a_pattern_does_not_break_it() -> None:
    """'a “stern warning” to Taiwan': the pattern "warning to" still matches."""
    from geoarticle.annotators.events.lexicon import match_triggers
    from geoarticle.annotators.tokens import tokenize

    toks = tokenize("Beijing called the drills a “stern warning” to Taiwan.")
    assert [(m.pattern.code, toks[m.first].text) for m in match_triggers(toks)] == [
        ("130", "warning")
    ]


def test_a_warning_named_by_its_doer_is_theirs() -> None:
    """ "Norland called the drills a stern warning to Sudria": Norland warns Sudria."""
    (e,) = [
        e for e in _code("Norland called the drills a stern warning to Sudria.") if e.root == "13"
    ]
    assert e.sources == ("country:norland",)
    assert e.targets == ("country:sudria",)


def test_an_attack_named_by_another_is_not_theirs() -> None:
    coded = _code("Norland described the raid as an attack on Sudria.")
    assert not [e for e in coded if e.root == "19" and "country:norland" in e.sources]
