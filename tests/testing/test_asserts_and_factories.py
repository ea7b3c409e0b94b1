"""``assert_articles_equal`` messages and the ``make_*`` factories."""

from __future__ import annotations

import attrs
import pytest

from geoarticle import ActorKind, Article, DatePrecision, ModelError
from geoarticle.testing import (
    DEFAULT_PARAGRAPHS,
    actor_id,
    assert_articles_equal,
    make_actor,
    make_article,
    make_author,
    make_dateline,
    make_event,
    make_evidence,
    make_figure,
    make_fuzzy_date,
    make_image_credit,
    make_list,
    make_mention,
    make_preformatted,
    make_quote,
    make_related_link,
    make_section,
    make_table,
)


def _expected() -> Article:
    return make_article(
        sections=[
            make_section("Pakistan and India resumed water talks in Vienna."),
            make_section("The World Bank sent two observers.", heading="Observers"),
        ],
        actors=["Pakistan", "India", "organization:World Bank"],
    )


def test_failure_message_is_a_structural_diff() -> None:
    expected = _expected()
    second = attrs.evolve(
        expected.sections[1], blocks=(make_quote("The World Bank sent three observers."),)
    )
    actual = attrs.evolve(
        expected,
        title="Another title",
        sections=(expected.sections[0], second),
        actors=expected.actors[:2],
    )
    with pytest.raises(AssertionError) as info:
        assert_articles_equal(actual, expected)
    assert str(info.value).splitlines() == [
        "articles differ (3 differences):",
        "--- expected",
        "+++ actual",
        "changed  title",
        "  - 'Freedonia and Sylvania reopen Marsh Gate crossing'",
        "  + 'Another title'",
        'changed  sections[1].blocks[0]  [section 1 "Observers", block 0 (quote)]',
        '  - {"text": "The World Bank sent two observers.", "type": "paragraph"}',
        '  + {"cite": null, "text": "The World Bank sent three observers.", "type": "quote"}',
        'removed  actors["organization:world-bank"]  [actor "World Bank" (organization)]',
        '  - {"aliases": [], "code": null, "country": null, "geonames_id": null, '
        '"id": "organization:world-bank", "kind": "organization", "lat": null, "lon": null, '
        '"mentions": [{"block": 0, "end": 14, "group": nu…',
    ]


def test_whitespace_and_ignored_fields_pass() -> None:
    expected = _expected()
    actual = attrs.evolve(
        expected,
        title=" Freedonia and  Sylvania reopen\nMarsh Gate crossing ",
        warnings=("a warning",),
        actors=tuple(attrs.evolve(a, mentions=()) for a in expected.actors),
    )
    assert_articles_equal(actual, expected, ignore=("actors.mentions", "warnings"))
    with pytest.raises(AssertionError, match="warnings"):
        assert_articles_equal(actual, expected, ignore=("actors.mentions",))


def test_make_article_defaults_are_valid() -> None:
    article = make_article()
    assert article.title
    assert [b.text for b in article.sections[0].blocks] == list(DEFAULT_PARAGRAPHS)
    only = make_article(paragraphs=["One."], title="T")
    assert only.body_text == "One."
    with pytest.raises(TypeError):
        make_article(paragraphs=["x"], sections=[])


def test_named_actors_get_ids_and_mentions() -> None:
    article = make_article(
        paragraphs=["Sylvania warned Freedonia. Freedonia replied.", "Jane Roe left."],
        actors=["Freedonia", "person:Jane Roe", make_actor("Sylvania")],
    )
    freedonia, jane, sylvania = article.actors
    assert freedonia.id == "country:freedonia" == actor_id("Freedonia")
    assert [(m.block, m.start) for m in freedonia.mentions] == [(0, 16), (0, 27)]
    assert jane.kind is ActorKind.PERSON
    assert [(m.block, m.text) for m in jane.mentions] == [(1, "Jane Roe")]
    assert sylvania.mentions == ()  # given as an Actor: kept as it is
    for actor in article.actors:
        for m in actor.mentions:
            assert article.mention_text(m)[m.start : m.end] == m.text


def test_actor_aliases_and_whole_words() -> None:
    sec = make_section("The Sylvanian army and Sylvania's allies; Sylv.", heading="Sylvania")
    actor = make_actor("Sylvania", aliases=("Sylv",), sections=[sec])
    assert [(m.block, m.start, m.text) for m in actor.mentions] == [
        (None, 0, "Sylvania"),
        (0, 23, "Sylvania"),
        (0, 42, "Sylv"),
    ]


def test_events_and_evidence() -> None:
    sections = (make_section("Freedonia hosted Sylvania's envoy. Talks went on."),)
    evidence = make_evidence(sections, sentence="Freedonia hosted Sylvania's envoy.")
    assert (evidence.start, evidence.end) == (0, 34)
    event = make_event("042", ["country:sylvania"], ["country:freedonia"], evidence=(evidence,))
    article = make_article(sections=sections, actors=["Freedonia", "Sylvania"], events=[event])
    assert article.events[0].label == "Make a visit"
    assert make_evidence(sections).text == sections[0].blocks[0].text
    with pytest.raises(ModelError, match="unknown actor id"):
        make_article(sections=sections, events=[event])
    with pytest.raises(ValueError, match="not in block"):
        make_evidence(sections, sentence="absent")


def test_other_factories() -> None:
    credit = make_image_credit(caption="A river")
    article = make_article(
        sections=[
            make_section(
                make_figure(0),
                make_list("a", "b", ordered=True),
                make_table([["x", "y"]]),
                make_preformatted(),
                make_quote(cite="a delegate"),
            )
        ],
        image_credits=[credit],
        related_links=[make_related_link()],
        authors=[make_author(), make_author("Wire", kind="agency")],
        dateline=make_dateline(agency="Northwind"),
    )
    assert article.image_credits[0].caption == "A river"
    assert make_fuzzy_date("2024-05-01", "month").precision is DatePrecision.MONTH
    assert make_mention("a b a", "a", occurrence=1).start == 4
    with pytest.raises(ValueError, match="does not occur"):
        make_mention("abc", "z")
