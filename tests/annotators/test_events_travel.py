"""Events around travel (invented text): who holds talks one travels for, in the travel's
mood, and a date after "on" that lends no actor to a noun."""

from __future__ import annotations

from geoarticle import parse_text
from geoarticle.models import Modality

_HEAD = (
    "Invented headline\n\nBy A Writer\n\nPublished: 3 March 2025\n\n"
    "The government of Kenya faced protests over taxes in Nairobi on Monday.\n\n"
)


def _events(text: str) -> list[tuple[str, list[str], list[str], Modality]]:
    article = parse_text(_HEAD + text + "\n")
    names = {a.id: a.name for a in article.actors}
    return [
        (e.code, [names[s] for s in e.sources], [names[t] for t in e.targets], e.modality)
        for e in article.events
        if e.root != "14"
    ]


def test_the_traveller_holds_the_talks() -> None:
    """ "X flew to Y on Tuesday for talks with Z": X talks with Z."""
    found = _events(
        "Kenyan President William Ruto flew to Kampala on Tuesday for talks with Ugandan "
        "President Yoweri Museveni."
    )
    talks = [e for e in found if e[0] == "040"]
    assert [(e[1], e[2]) for e in talks] == [
        (["William Ruto", "Kenya"], ["Yoweri Museveni", "Uganda"])
    ]


def test_a_place_left_is_not_who_talks() -> None:
    """ "X left Bahrain for Baghdad on Monday for talks with Y": not Bahrain."""
    found = _events(
        "Senior United Nations arms official Rolf Ekeus left Bahrain for Baghdad on Monday "
        "for talks with Iraqi officials."
    )
    assert [(e[0], e[1]) for e in found] == [("040", ["Rolf Ekeus"])]


def test_talks_one_will_travel_for_are_intended() -> None:
    """ "X will travel to Y next week for a meeting": the meeting lies ahead."""
    found = _events(
        "Kenyan President William Ruto will travel to Kampala next week for a meeting with "
        "Ugandan officials."
    )
    assert found
    assert all(m is Modality.FUTURE and code == "036" for code, _, _, m in found)


def test_a_gerund_after_before_shares_the_first_verbs_subject_and_mood() -> None:
    """ "X will meet Y in Z, before visiting W": X visits W, later."""
    found = _events(
        "Kenyan Foreign Minister Musalia Mudavadi will meet Ugandan President Yoweri Museveni "
        "in Kampala, before visiting Rwanda."
    )
    visit = [e for e in found if e[2] == ["Rwanda"]]
    assert [(e[0], e[1], e[3]) for e in visit] == [
        ("036", ["Musalia Mudavadi", "Kenya"], Modality.FUTURE)
    ]


def test_what_talks_are_on_takes_no_part_in_them() -> None:
    """ "talks on African Union issues with Kenyan officials": Kenya talks, not the union."""
    found = _events(
        "US envoy Mike Hammer flew to Nairobi for talks on African Union issues with Kenyan "
        "officials."
    )
    assert all("African Union" not in e[2] for e in found), found


def test_a_day_announced_without_its_year_lies_ahead() -> None:
    """Published 3 March 2025: "will meet on September 9" is 2025-09-09; "met on September 9"
    and "will meet on September 9, 2024" keep 2024."""
    import datetime as dt

    def day(text: str) -> dt.date | None:
        article = parse_text(_HEAD + text + "\n")
        (e,) = [e for e in article.events if e.root == "03" or e.root == "04"]
        return e.date.value if e.date else None

    ruto = "Kenyan President William Ruto"
    assert day(f"{ruto} will meet Ugandan President Yoweri Museveni on September 9.") == (
        dt.date(2025, 9, 9)
    )
    assert day(f"{ruto} met Ugandan President Yoweri Museveni on September 9.") == (
        dt.date(2024, 9, 9)
    )
    assert day(f"{ruto} will meet Ugandan President Yoweri Museveni on September 9, 2024.") == (
        dt.date(2024, 9, 9)
    )


def test_whom_a_leader_meets_is_his_counterpart_not_himself() -> None:
    """ "X met his Ugandan counterpart, Y": Y and Uganda, not X's "his"."""
    found = _events(
        "Kenyan President William Ruto met his Ugandan counterpart, Tom Okello, on Monday."
    )
    assert [(e[0], e[2]) for e in found] == [("040", ["Tom Okello", "Uganda"])]
