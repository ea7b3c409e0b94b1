"""Events in wire copy (invented text): a news medium that reports others' words and deeds
makes no statement of its own, and is not whom the reported words are about."""

from __future__ import annotations

import pytest

from geoarticle import parse_text
from geoarticle.annotators.events import EventAnnotator

_HEAD = (
    "Invented headline\n\nBy A Writer\n\nPublished: 3 March 2025\n\n"
    "The government of Kenya faced protests over taxes in Nairobi on Monday.\n\n"
)


def _coded(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(code, source names, target names) of the page's events but the head's protest."""
    article = parse_text(_HEAD + text + "\n")
    names = {a.id: a.name for a in article.actors}
    return [
        (e.code, [names[s] for s in e.sources], [names[t] for t in e.targets])
        for e in article.events
        if e.root != "14"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Kampala daily Mwangaza said Uganda's decision to close the border was illegal.",
        "State television Kabari said Uganda's decision to close the border was illegal.",
        "Uganda sought on Thursday to play down an attack on a Kenyan consulate, saying it was "
        "a criminal act, the official Kabari news agency said.",
    ],
)
def test_a_medium_reporting_makes_no_statement(text: str) -> None:
    coded = _coded(text)
    assert all("Mwangaza" not in s and "Kabari" not in s for _, s, _ in coded), coded
    assert all("Mwangaza" not in t and "Kabari" not in t for _, _, t in coded), coded


def test_a_firm_named_before_its_website_still_speaks() -> None:
    """ "the Velcorp Holdings website": a firm, not a medium; its words stay its own."""
    article = parse_text(
        _HEAD + "Velcorp Holdings listed its prices on the Velcorp Holdings website. "
        "Velcorp Holdings said the Kenyan government's new tax was illegal.\n"
    )
    names = {a.id: a.name for a in article.actors}
    said = [e for e in article.events if e.root in ("01", "11")]
    assert [names[e.sources[0]] for e in said] == ["Velcorp Holdings"]


def test_a_described_source_speaks_not_the_names_in_its_words() -> None:
    """ "The source, who spoke on condition of anonymity, said X and Y met": no statement
    by X; X and Y met."""
    coded = _coded(
        "The source, who spoke on condition of anonymity, said Kenyan adviser Tom Okello and "
        "his Ugandan counterpart Joe Mwangi met on Wednesday."
    )
    assert not [c for c in coded if c[0].startswith("01")], coded
    assert [c for c in coded if c[0].startswith("04")], coded


def test_names_with_lower_case_titles_meet_together() -> None:
    """ "Kenyan adviser X and Ugandan adviser Y met": both met."""
    coded = _coded("Kenyan adviser Tom Okello and Ugandan adviser Joe Mwangi met on Wednesday.")
    (met,) = [c for c in coded if c[0].startswith("04")]
    assert {"Tom Okello", "Joe Mwangi"} <= set(met[1])


def test_a_relative_acts_for_herself() -> None:
    """ "X's aunt abducted the girl": not X."""
    coded = _coded("Police suspect Mary Okello's aunt abducted the girl and took her to Uganda.")
    assert all("Mary Okello" not in c[1] for c in coded), coded


def test_on_a_weekday_is_a_date_not_whom_a_call_is_on() -> None:
    """ "called on Tuesday for calm": an appeal, no one called on named."""
    article = parse_text(
        _HEAD + "Kenyan President William Ruto called on Tuesday for calm in Nairobi.\n"
    )
    assert [e.trigger for e in EventAnnotator(strict=False)(article).events if e.root == "02"] == [
        "called on Tuesday for"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Raila Odinga called on Tuesday for the impeachment of Kenyan "
        "President William Ruto.",
        "Opposition leader Raila Odinga demanded the immediate resignation of Kenyan President "
        "William Ruto.",
    ],
)
def test_a_call_for_a_leaders_removal_is_a_demand_for_new_leadership(text: str) -> None:
    coded = _coded(text)
    assert [(c[0], c[2]) for c in coded] == [("1041", ["William Ruto", "Kenya"])]


def test_whom_words_are_told_to_does_not_act_in_them() -> None:
    """ "X told Reuters in Kampala that 17 refugees handed over ...": Reuters hands over no
    one."""
    coded = _coded(
        "Captain Tom Okello, spokesman for the Ugandan army, told Reuters in Kampala that 17 "
        "of the 28 refugees handed over on Friday were soldiers."
    )
    assert all("Reuters" not in c[1] for c in coded), coded


def test_a_dateline_is_where_the_story_was_filed_not_who_acts() -> None:
    """ "San Jose, Costa Rica - Kidnappers have seized ...": Costa Rica seized no one."""
    coded = _coded("San Jose, Costa Rica - Kidnappers have seized a Dutch couple on a farm.")
    assert all("Costa Rica" not in c[1] for c in coded), coded


def test_an_alleged_act_is_what_others_allege() -> None:
    """ "extradite X for alleged hijacking": no hijacking coded, and "alleged" accuses no one."""
    coded = _coded("Uganda asked Kenya to extradite Tom Okello for alleged hijacking.")
    assert [c[0] for c in coded] == ["020"]


def test_agreeing_to_end_the_fighting_is_a_ceasefire() -> None:
    coded = _coded("Kenya and Uganda agreed on Friday to end six days of fighting.")
    assert [c[0] for c in coded] == ["0871"]
    assert set(coded[0][1]) == set(coded[0][2]) == {"Kenya", "Uganda"}


def test_a_speakers_own_company_is_not_what_the_words_are_about() -> None:
    """'"...," Velcorp chairman Tom Okello said' in a story about Velcorp: his own firm,
    neither named in the words nor their subject."""
    article = parse_text(
        _HEAD + "Velcorp Holdings said on Tuesday its offer for Arequipa Mining was "
        "successful. Velcorp Holdings will pay a billion shillings. Velcorp Holdings shares "
        "rose.\n\n“We now have the opportunity to grow,” Velcorp chairman Tom Okello said.\n"
    )
    names = {a.id: a.name for a in article.actors}
    said = [e for e in article.events if "Tom Okello" in [names[s] for s in e.sources]]
    assert all("Velcorp Holdings" not in [names[t] for t in e.targets] for e in said)


def test_talks_with_a_visiting_leader_are_talks_not_a_visit_by_the_host() -> None:
    coded = _coded(
        "Chinese President Xi Jinping held talks on Monday with visiting Kenyan "
        "President William Ruto."
    )
    assert [(c[0], c[1], c[2]) for c in coded] == [
        ("040", ["Xi Jinping", "China"], ["William Ruto", "Kenya"])
    ]


def test_contacts_with_a_leader_are_consultations() -> None:
    coded = _coded(
        "The agreement followed direct U.S. contacts with Kenyan President William Ruto."
    )
    assert [(c[0], c[1]) for c in coded] == [("040", ["United States"])]


def test_an_avoided_censure_did_not_happen() -> None:
    assert _coded("Kenya avoided censure at the African Union's human rights forum.") == []


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Raila Odinga attacked President William Ruto for his handling of the economy.", "111"),
        ("Uganda attacked Kenya on Wednesday for allowing rebel groups to meet in Nairobi.", "111"),
        ("Ugandan troops attacked Kenyan positions near Busia for the second time.", "190"),
    ],
)
def test_attacked_for_a_conduct_is_blame(text: str, code: str) -> None:
    assert [c[0] for c in _coded(text)] == [code]


def test_he_after_an_unnamed_spokesman_is_the_spokesman() -> None:
    """ "..., a Ugandan embassy spokesman said. "We submitted it," he said": not Okello."""
    coded = _coded(
        "Uganda has asked Kenya to extradite its former minister Tom Okello, a Ugandan "
        "embassy spokesman said on Wednesday. “We submitted the request three days ago,” "
        "he said."
    )
    assert all("Tom Okello" not in c[1] for c in coded), coded


def test_by_after_another_participle_names_that_ones_agent() -> None:
    """ "kidnapped on the farm, owned by X": X owns the farm, nobody named kidnaps; "attacked
    and beaten by Y": Y does both."""
    coded = _coded(
        "Reports said the couple were kidnapped on the farm, owned by Kenyan businessman "
        "Tom Okello, near the border."
    )
    assert all("Tom Okello" not in c[1] for c in coded), coded
    coded = _coded("Tom Okello was attacked and beaten by Ugandan soldiers.")
    assert coded
    assert all(c[1] == ["Uganda"] for c in coded), coded


def test_people_accused_of_something_are_accused_by_no_one_named() -> None:
    """ "expelled 28 Kenyan refugees accused of smuggling guns": no accusation by Kenya;
    "leaders met with X": a finite verb still."""
    coded = _coded("Uganda expelled 28 Kenyan refugees accused of smuggling guns.")
    assert [c[0] for c in coded] == ["174"]
    met = _coded("The leaders of seven opposition parties met with Kenyan President William Ruto.")
    assert not [c for c in met if c[0] == "112"]


def test_who_repelled_an_attack_was_attacked() -> None:
    coded = _coded("Kenyan troops repelled an attack by al-Shabaab fighters on Monday.")
    assert [(c[0], c[1], c[2]) for c in coded] == [("190", ["al-Shabaab"], ["Kenya"])]


def test_a_leader_of_a_party_speaks_not_the_party_named_in_his_title() -> None:
    coded = _coded(
        "“We will not let Uganda escape justice,” Raila Odinga, leader of the main opposition "
        "Orange Democratic Movement told a rally on Monday."
    )
    assert [c[1] for c in coded if c[0].startswith("01")] == [["Raila Odinga"]]


def test_a_meeting_of_a_body_has_no_member_named_after_its_verb() -> None:
    coded = _coded(
        "A meeting of Commonwealth ministers in London on Wednesday said it planned to send "
        "a team to Nigeria."
    )
    assert not [c for c in coded if c[0].startswith("04") and "Nigeria" in c[1]], coded


def test_a_medium_named_as_one_takes_no_part_in_what_it_reports() -> None:
    coded = _coded(
        "Uganda's army chief began new talks with rebel leader Tom Okello on Tuesday, the "
        "Kabari news agency said."
    )
    assert all("Kabari" not in c[1] + c[2] for c in coded), coded


@pytest.mark.parametrize(
    "text",
    [
        "Seven Ugandan men appeared in court on Saturday charged with air piracy.",
        "Tom Okello, accused of treason, appeared in court on Monday.",
    ],
)
def test_a_charge_befalls_whom_it_describes(text: str) -> None:
    """ "men appeared in court charged with ...": no one named charges them."""
    assert not [c for c in _coded(text) if c[0][:2] in ("11", "17")]
