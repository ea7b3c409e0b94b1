"""What the coder reports by default: real, complete events of public actors (invented text)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import geoarticle
from geoarticle.annotators.events import find_events
from geoarticle.annotators.events.score import attach_actors, build_article
from geoarticle.models import Article, Event

ACTORS: list[dict[str, Any]] = [
    {"name": "Anna Berg", "kind": "person", "role": "foreign minister", "aliases": ["Berg"]},
    {"name": "Tom Vale", "kind": "person", "aliases": ["Vale"]},
    {"name": "Norland", "kind": "country", "aliases": ["Norlandic"]},
    {"name": "Sudria", "kind": "country"},
    {"name": "Red Hand", "kind": "armed_group"},
    {"name": "Lev Marr", "kind": "person"},
]


def _parsed(text: str, ref: dt.date = dt.date(2024, 3, 6)) -> Article:
    """The invented ``text`` parsed as a user would, with every step (actors from the lexicon)."""
    return geoarticle.parse_text(text, reference_date=ref)


def _code(text: str) -> tuple[Event, ...]:
    article = attach_actors(build_article(text, dt.datetime(2024, 3, 6)), ACTORS)
    return find_events(article)


def _codes(text: str) -> list[str]:
    return [e.code for e in _code(text)]


def test_an_act_aimed_at_someone_needs_a_named_target() -> None:
    assert _codes("Norland condemned the decision.") == []
    assert _codes("Norland condemned Sudria.") == ["111"]
    assert _codes("Berg said the talks were over.") == ["010"]  # a statement needs no target


def test_statements_of_private_people_are_no_events() -> None:
    text = "Tom Vale, a local resident, said the night was loud. Berg said Sudria was wrong."
    events = _code(text)
    assert [e.sources for e in events] == [("person:anna-berg",)]


def test_a_statement_is_coded_by_what_it_says() -> None:
    (appeal,) = _code("Berg said Sudria should do more for peace.")
    assert appeal.code == "020"
    (criticism,) = _code("Berg said the decision by Sudria was cowardly and unlawful.")
    assert criticism.code == "111"
    assert "country:sudria" in criticism.targets


def test_purposes_and_undone_acts_are_no_events() -> None:
    assert _codes("Norland sent envoys in order to persuade Sudria.") == []
    assert _codes("Norland failed to persuade Sudria.") == []
    assert _codes("Norland advised against visiting Sudria.") == []
    assert _codes("Norland continued to shell Sudria.") == ["194"]


def test_a_person_captured_is_arrested() -> None:
    (e,) = _code("Norland captured Lev Marr on Monday.")
    assert e.code == "173"


def test_a_statement_is_not_dated_by_what_it_reports() -> None:
    (e,) = _code("On Monday, Berg said that the border was calm in 2019.")
    assert e.date is not None
    assert e.date.iso == "2024-03-04"


def test_private_talk_is_no_event() -> None:
    # Tom Vale has no role and names no public actor; Berg is a minister
    assert _code("Tom Vale said the weather was fine.") == ()
    assert [e.sources for e in _code("Tom Vale said Sudria was wrong.")] == [("person:tom-vale",)]
    assert _codes("Berg said the weather was fine.") == ["010"]


def test_an_attribution_of_an_act_of_others_is_no_event_of_its_own() -> None:
    # what is reported is the event; the saying is only its source
    (shelling,) = _code("Berg said Sudria shelled Norland on Monday.")
    assert shelling.code == "194"
    assert shelling.modality.value == "reported"
    article = attach_actors(
        build_article("Berg said Sudria shelled Norland.", dt.datetime(2024, 3, 6)), ACTORS
    )
    assert sorted(e.code for e in find_events(article, strict=False)) == ["010", "194"]
    # an act with no one named as its doer leaves the statement standing
    assert _codes("Berg said the border was shelled on Monday.") == ["010"]


def test_a_statement_is_coded_by_what_it_says_whatever_else_it_reports() -> None:
    # the reported attack is its own (reported) event; the statement still criticises
    events = _code("Berg said Sudria attacked Norland, an unlawful and reckless act.")
    assert sorted(e.code for e in events) == ["111", "190"]
    (criticism,) = [e for e in events if e.code == "111"]
    assert criticism.sources == ("person:anna-berg",)
    assert "country:sudria" in criticism.targets


def test_a_statement_calling_claims_baseless_is_criticism() -> None:
    (e,) = _code("Berg said the claims by Sudria were baseless and misleading.")
    assert e.code == "111"


def test_a_participle_saying_why_an_actor_acted_is_no_statement_of_its_own() -> None:
    assert _codes("Berg met Vale in Sudria on Monday, saying the talks went well.") == ["040"]
    assert _codes("Berg said the talks went well.") == ["010"]


def test_brushing_someone_off_is_a_rejection() -> None:
    assert _codes("Norland brushed off Sudria.") == ["120"]
    assert _codes("Berg brushed Vale off on Monday.") == ["120"]


def test_words_of_an_unnamed_source_are_no_statement() -> None:
    text = (
        "Border talks\n\nThe storm flooded two villages near the border, Chilean authorities"
        " said on Monday. Chile said on Tuesday that the roads to Peru would reopen."
        " Chilean minister Ana Rojas said on Wednesday that the border would stay open."
    )
    article = _parsed(text)
    statements = [e for e in article.events if e.code.startswith("01")]
    # "authorities" and the country itself speak through people left unnamed
    assert [(e.sources[0], e.date and e.date.value) for e in statements] == [
        ("person:ana-rojas", dt.date(2024, 3, 6))
    ]


def test_a_time_after_the_closing_speech_verb_leaves_the_quote_before_it() -> None:
    text = (
        "Trips\n\nPrivate donors did not fund Prime Minister Tomas Vale's journeys abroad,"
        " Chilean minister Ana Rojas said today."
    )
    article = _parsed(text)
    names = {a.id: a.name for a in article.actors}
    (statement,) = article.events
    assert [names[t] for t in statement.targets][:1] == ["Tomas Vale"]


def test_force_used_on_a_place_targets_the_place_and_its_state() -> None:
    text = (
        "Strikes\n\nUkraine braced. Russia struck Kyiv on Monday. Russia launched airstrikes on Odesa."
        " Russian troops fought in Kherson."
    )
    article = _parsed(text)
    names = {a.id: a.name for a in article.actors}
    targets = [[names[t] for t in e.targets] for e in article.events if e.code.startswith("19")]
    assert ["Kyiv", "Ukraine"] in targets
    assert ["Odesa", "Ukraine"] in targets
    assert all("Kherson" not in t for t in targets)  # where, not whom


def test_who_died_after_an_attack_did_not_attack() -> None:
    text = "Attack\n\nAnn Moor, 7, died following the brutal attack at The Blue Hall."
    article = _parsed(text, dt.date(2024, 8, 6))
    assert [e for e in article.events if "person:ann-moor" in e.sources] == []


def test_a_long_speaker_name_after_the_quote_still_closes_it() -> None:
    text = (
        "Ties\n\nChile's ties with Peru \u201coutlast any one government,\u201d"
        " Foreign Ministry deputy spokesperson Ana Rojas said Thursday."
    )
    article = _parsed(text, dt.date(2024, 12, 6))
    names = {a.id: a.name for a in article.actors}
    (statement,) = [e for e in article.events if e.code.startswith("01")]
    assert "Peru" in [names[t] for t in statement.targets]


def test_what_is_said_ends_at_a_dash() -> None:
    text = (
        "Warning\n\nOn Monday, minister Ana Rojas said the talks were over \u2014 a claim that"
        " Amnesty International called false."
    )
    article = _parsed(text, dt.date(2024, 8, 6))
    said = [e for e in article.events if "person:ana-rojas" in e.sources]
    assert said
    assert all("org:amnesty" not in e.targets for e in said)


def test_sanctions_lifted_are_eased_and_a_plan_to_lift_them_is_an_intent() -> None:
    codes = [
        [e.code for e in _parsed(f"Sanctions\n\nGermany {verb} sanctions on France.").events]
        for verb in ("lifted", "will lift")
    ]
    assert codes == [["081"], ["035"]]


def test_a_tour_of_a_region_gives_way_to_its_stops() -> None:
    text = (
        "Tour\n\nCanada's secretary of state Ana Rojas was on a tour of South Asia."
        " She visited Nepal on Monday and then flew to Bhutan."
    )
    article = _parsed(text, dt.date(2017, 11, 1))
    names = {a.id: a.name for a in article.actors}
    assert [(e.code, [names[t] for t in e.targets]) for e in article.events] == [
        ("042", ["Nepal"]),
        ("042", ["Bhutan"]),
    ]  # no visit to South Asia, and "secretary of state" states nothing


def test_a_participle_after_an_apposition_belongs_to_the_person_before_it() -> None:
    text = (
        "Plan\n\nAnn Vale, head of the Norvale Institute in Leeds, agrees, saying that"
        " France failed."
    )
    article = _parsed(text, dt.date(2024, 8, 6))
    assert [e.sources[0] for e in article.events] == ["person:ann-vale"]


def test_an_unnamed_source_after_named_people_is_no_named_speaker() -> None:
    text = (
        "Embassy\n\nThe two envoys are Ann Vale and Tom Reyes, who hid at the embassy after"
        " their offices were searched by soldiers, the official, who said he had talked to"
        " staff there, told Reuters."
    )
    article = _parsed(text, dt.date(2024, 8, 6))
    assert [e for e in article.events if e.trigger == "told"] == []


def test_a_should_without_a_named_actor_is_no_appeal() -> None:
    assert _codes("Berg said the plan should ease worries in Sudria.") == ["010"]
    assert _codes("Berg said Sudria should ease the rules.") == ["020"]


def test_a_name_that_says_whose_a_target_is_does_not_act() -> None:
    text = (
        "Raid\n\nThe first air raid hit a Hamas target near the coast, taking out one of its"
        " commanders, Tom Reyes."
    )
    article = _parsed(text)
    assert all("org:hamas" not in e.sources for e in article.events)


def test_words_of_outrage_make_a_statement_a_criticism() -> None:
    assert _codes("Berg said she was appalled that Sudria had closed the border.")[:1] == ["111"]
    assert _codes("Berg took aim at Sudria.") == ["111"]
    assert _codes("Berg questioned Sudria's motives.") == ["110"]


def test_more_acts_of_states_are_coded() -> None:
    assert _codes("Norland ratified a treaty with Sudria.") == ["057"]
    assert _codes("Norland blockaded Sudria.") == ["191"]
    assert _codes("Norland broke off talks with Sudria.") == ["164"]
    assert _codes("Norland launched missiles on Sudria.") == ["195"]
    assert _codes("Norland hacked Sudria.") == ["176"]


def test_a_joint_statement_of_two_governments_is_theirs() -> None:
    text = (
        "Border\n\nKenya and Somalia issued a joint statement on Tuesday. Kenya said on Monday"
        " that the border would open. The envoy urged the European Union and the Gulf states"
        " to close the gap."
    )
    article = _parsed(text, dt.date(2024, 3, 14))
    statements = [(e.trigger, e.sources) for e in article.events if e.code.startswith("01")]
    assert [(t, sorted(s)) for t, s in statements] == [
        ("issued a joint statement", ["country:KEN", "country:SOM"])
    ]


def test_support_voiced_and_praise_words_are_051() -> None:
    assert _codes("Berg voiced her support for Sudria.") == ["051"]
    assert _codes("Berg said Sudria was exceptional.") == ["051"]


def test_a_show_of_force_targets_whom_it_is_near_and_warnings_are_issued() -> None:
    assert _codes("Norland held military drills around Sudria.") == ["150"]
    assert _code("Norland held military drills around Sudria.")[0].targets == ("country:sudria",)
    assert _codes("Norland issued a stern warning to Sudria.") == ["130"]


def test_the_speaker_after_a_quote_is_no_target_of_what_is_quoted() -> None:
    text = (
        "Raid\n\nUkrainian air defenses shot down 12 drones over Lviv. A library was damaged"
        " by an attack while readers hid inside, Mayor Ann Vale said."
    )
    article = _parsed(text)
    assert all("person:ann-vale" not in e.targets for e in article.events)


def test_a_question_asks_and_tells_no_event() -> None:
    assert _codes("Did Norland criticise Sudria on Monday?") == []
    assert _codes("Norland criticised Sudria on Monday.") == ["111"]


def test_a_bare_verb_after_be_is_no_verb() -> None:
    assert _codes("Berg said Vale was otherwise fine.") == ["010"]


def test_a_patterns_gap_holds_no_clause_of_its_own() -> None:
    # "told X to act" is a demand; "told X he was sent to Y" is not
    assert "100" not in _codes("Berg told Lev Marr he was sent to Sudria by mistake.")


def test_a_habit_is_no_event() -> None:
    assert _codes("Norland usually criticises Sudria.") == []
    assert _codes("Norland criticised Sudria.") == ["111"]


def test_meetings_and_visits_of_private_people_are_no_events() -> None:
    # Tom Vale and Lev Marr have no role and no public code
    assert _code("That afternoon, Tom Vale arrived at Lev Marr's house.") == ()
    assert _code("Tom Vale met Lev Marr in the summer.") == ()
    assert [e.code[:2] for e in _code("Berg met Lev Marr in the summer.")] == ["04"]


def test_the_state_a_private_person_visits_gives_them_no_standing() -> None:
    assert _code("Tom Vale visited Sudria in the summer.") == ()
    assert [e.code[:2] for e in _code("Berg visited Sudria in the summer.")] == ["04"]
    assert [e.code[:2] for e in _code("Norland hosted Tom Vale in the summer.")] == ["04"]


def test_an_act_of_an_official_towards_their_own_state_is_no_event() -> None:
    own = "Forces\n\nPakistani Prime Minister Imran Zafar on Monday commended Pakistan's armed forces."
    assert _parsed(own).events == ()
    other = "Forces\n\nPakistani Prime Minister Imran Zafar on Monday commended India for its restraint."
    (e,) = _parsed(other).events
    assert (e.code, e.targets) == ("051", ("country:IND",))


def test_words_told_to_the_writer_by_private_people_are_no_events() -> None:
    # a feature's interview: Tom Vale has no role and no public code
    assert _code("Tom Vale told me that Sudria was ready.") == ()
    assert _codes("Tom Vale told reporters that Sudria was ready.") == ["010"]
    assert _codes("Berg told me that Sudria was ready.") == ["010"]


def test_judging_words_told_to_the_writer_by_private_people_are_no_events() -> None:
    # words coded by what they say (criticism) are still words of a private interview
    assert _code("Tom Vale told me that Sudria was wrong.") == ()
    assert _codes("Tom Vale told reporters that Sudria was wrong.") == ["111"]
