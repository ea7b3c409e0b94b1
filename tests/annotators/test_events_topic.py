"""Sports reports code no events (invented text)."""

from __future__ import annotations

import datetime as dt

import geoarticle
from geoarticle.annotators.events.topic import is_sport_report

MATCH = (
    "Derby day\n\nNorvale beat Eastport 3-1 on Saturday. The coach praised his striker after the"
    " game, and the goalkeeper saved a penalty in the first half. Norvale climb to second in the"
    " league with four games of the season left; the squad travels to the stadium in Westmarch"
    " for the cup semifinal, where the coach hopes his defenders will keep another clean sheet."
)
NEWS = (
    "Border talks\n\nFrance accused Spain on Monday of blocking the border. The French foreign"
    " minister met his Spanish counterpart in Madrid and urged Spain to reopen the crossing."
)


def test_a_match_report_is_a_sports_report_and_news_is_not() -> None:
    assert is_sport_report(MATCH)
    assert not is_sport_report(NEWS)
    assert not is_sport_report("")


def test_a_sports_report_codes_no_events() -> None:
    ref = dt.date(2024, 3, 6)
    assert geoarticle.parse_text(MATCH, reference_date=ref).events == ()
    assert geoarticle.parse_text(NEWS, reference_date=ref).events != ()
