"""The day an article speaks from, and how date words in a sentence are read."""

from __future__ import annotations

import datetime as dt

import pytest

from geoarticle.annotators.events._reference import reference_date_of, zone_of_place
from geoarticle.models import Article
from geoarticle.testing.factories import make_dateline, make_paragraph, make_section

UTC = dt.timezone.utc


def _article(
    text: str = "The council met on Friday.",
    *,
    published: dt.datetime | None = None,
    modified: dt.datetime | None = None,
    place: str | None = None,
    url: str | None = None,
) -> Article:
    return Article(
        title="A story",
        url=url,
        published=published,
        modified=modified,
        dateline=None if place is None else make_dateline(place),
        sections=(make_section(make_paragraph(text)),),
    )


needs_zones = pytest.mark.skipif(
    zone_of_place("Tokyo, Japan") is None, reason="no time-zone database on this system"
)


def test_published_date_is_the_reference() -> None:
    when = dt.datetime(2031, 3, 4, 10, 0, tzinfo=UTC)
    assert reference_date_of(_article(published=when), None) == dt.date(2031, 3, 4)
    assert reference_date_of(_article(), dt.date(2030, 1, 2)) == dt.date(2030, 1, 2)


@needs_zones
def test_a_dateline_story_speaks_from_its_place() -> None:
    # 23:30 UTC on the 4th is the morning of the 5th in Tokyo
    late = dt.datetime(2031, 3, 4, 23, 30, tzinfo=UTC)
    assert reference_date_of(_article(published=late, place="TOKYO, Japan"), None) == dt.date(
        2031, 3, 5
    )
    # a place the gazetteer does not know leaves the published date alone
    assert reference_date_of(_article(published=late, place="Nowhere Flats"), None) == dt.date(
        2031, 3, 4
    )


def test_a_utc_time_takes_the_offset_the_page_gives_elsewhere() -> None:
    published = dt.datetime(2031, 3, 5, 3, 15, tzinfo=UTC)
    modified = dt.datetime(2031, 3, 4, 22, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
    art = _article(published=published, modified=modified)
    assert reference_date_of(art, None) == dt.date(2031, 3, 4)
    # a time already given with its own offset is the site's own
    own = dt.datetime(2031, 3, 5, 3, 15, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert reference_date_of(_article(published=own, modified=modified), None) == dt.date(
        2031, 3, 5
    )


def test_a_utc_time_takes_the_day_before_that_the_address_gives() -> None:
    published = dt.datetime(2031, 3, 5, 4, 30, tzinfo=UTC)
    behind = _article(published=published, url="https://news.example/2031/03/04/a-story/")
    assert reference_date_of(behind, None) == dt.date(2031, 3, 4)
    # an address dated otherwise (older, or the same day) leaves the published day
    for url in ("https://news.example/2031/02/20/a-story/", "https://news.example/2031-03-05-x"):
        assert reference_date_of(_article(published=published, url=url), None) == dt.date(
            2031, 3, 5
        )


def test_an_updated_page_speaks_from_the_later_day_its_text_shows() -> None:
    published = dt.datetime(2031, 6, 1, 12, 0, tzinfo=UTC)
    modified = dt.datetime(2031, 6, 2, 18, 0, tzinfo=UTC)
    text = "Crowds gathered tonight in the square. — A resident (@resident) June 2, 2031"
    assert reference_date_of(
        _article(text, published=published, modified=modified), None
    ) == dt.date(2031, 6, 2)
    # without the text's own later date, the update changes nothing
    plain = _article("Crowds gathered tonight.", published=published, modified=modified)
    assert reference_date_of(plain, None) == dt.date(2031, 6, 1)
    # nor does a date beyond the update (a scheduled vote), nor an update weeks later
    ahead = _article("The vote is set for June 9, 2031.", published=published, modified=modified)
    assert reference_date_of(ahead, None) == dt.date(2031, 6, 1)
    late = dt.datetime(2031, 7, 20, tzinfo=UTC)
    assert reference_date_of(_article(text, published=published, modified=late), None) == (
        dt.date(2031, 6, 1)
    )


REF = dt.date(2031, 3, 12)  # a Wednesday


def _dates(text: str) -> list[tuple[str, bool]]:
    from geoarticle.annotators.events.dates import find_dates

    return [(text[d.start : d.end], d.nominal) for d in find_dates(text, 0, len(text), REF)]


@pytest.mark.parametrize(
    ("text", "nominal"),
    [
        ("The envoy condemned last month's raid on the port.", True),
        ("Officials blamed Tuesday’s blast on rebels.", True),
        ("They cited the March 3 strike as proof.", True),
        ("She spoke at yesterday's ceremony in the capital.", False),
        ("During the Monday session, the minister walked out.", False),
        ("In a March 3 letter, the ministry refused.", False),
        ("The army struck on Tuesday.", False),
    ],
)
def test_a_date_that_dates_a_noun_is_nominal(text: str, nominal: bool) -> None:
    ((_, got),) = _dates(text)
    assert got is nominal


def test_the_nominal_date_does_not_date_another_verb() -> None:
    from geoarticle.annotators.events import find_events
    from geoarticle.annotators.events.score import attach_actors, build_article

    actors = [{"name": "Norland", "kind": "country"}, {"name": "Sudria", "kind": "country"}]
    published = dt.datetime(2031, 3, 12, 9, 0)
    text = "Norland accused Sudria of lying after last month's raid on the border."
    events = find_events(attach_actors(build_article(text, published), actors), strict=False)
    accused = [e for e in events if e.root == "11"]
    assert accused, events
    assert accused[0].date is not None
    assert accused[0].date.iso == "2031-03-12"  # the report's day, not February's
    text = "During the Monday session, Norland accused Sudria of lying."
    events = find_events(attach_actors(build_article(text, published), actors), strict=False)
    assert {e.date.iso for e in events if e.root == "11" and e.date} == {"2031-03-10"}


def test_a_capitalised_day_word_inside_a_sentence_is_a_name() -> None:
    text = "The minister told the Today programme she would resign. Tonight, she left."
    assert _dates(text) == [("Tonight", False)]
    assert [t for t, _ in _dates("He said: Today we act. “Today is ours.”")] == ["Today"] * 2


def _events(text: str, published: dt.datetime) -> dict[str, str | None]:
    from geoarticle.annotators.events import find_events
    from geoarticle.annotators.events.score import attach_actors, build_article

    actors = [
        {"name": "Norland", "kind": "country"},
        {"name": "Sudria", "kind": "country"},
        {"name": "Vestia", "kind": "country"},
    ]
    events = find_events(attach_actors(build_article(text, published), actors), strict=False)
    return {e.trigger: e.date.iso if e.date else None for e in events}


MONDAY = dt.datetime(2031, 3, 10, 9, 0)


def test_undated_events_happen_on_the_day_the_narration_is_at() -> None:
    text = (
        "Trade ministers gathered in the port city on Saturday. "
        "Norland pressed Sudria to lower its tariffs. "
        "Sudria rejected the demand."
    )
    dates = _events(text, MONDAY)
    assert dates["pressed"] == "2031-03-08"
    assert dates["rejected"] == "2031-03-08"


def test_a_quoted_or_stale_day_sets_no_scene() -> None:
    quoted = (
        "“We never forget that Saturday,” a farmer recalled. Norland pressed Sudria on tariffs."
    )
    assert _events(quoted, MONDAY)["pressed"] == "2031-03-10"
    filler = " ".join(f"Harvest figure {n} was published." for n in range(8))
    stale = f"Trade ministers gathered on Saturday. {filler} Norland pressed Sudria on tariffs."
    assert _events(stale, MONDAY)["pressed"] == "2031-03-10"


def test_a_stretch_of_time_dates_no_statement() -> None:
    text = "Norland condemned the raids on Sudria in the last two weeks."
    assert _events(text, MONDAY)["condemned"] == "2031-03-10"
