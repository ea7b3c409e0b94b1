"""The closing boilerplate of a press release names no actor of the story (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.models import Article, Paragraph, Section

OPENING = (
    "Orvik Hotels Corporation announced the opening of the Tarvel Lodge in Vietnam. "
    '"We are delighted," said Dana Orrel, president of Orvik Hotels Corporation.'
)


def _names(*paragraphs: str) -> set[str]:
    article = Article(sections=(Section(blocks=tuple(Paragraph(text=t) for t in paragraphs)),))
    return {a.name for a in ActorAnnotator()(article).actors}


def test_the_portfolio_after_the_convenience_note_is_left_out() -> None:
    names = _names(
        OPENING,
        "The lodge has four restaurants and a spa in Vietnam.",
        'The term "Orvik" is used in this release for convenience to refer to Orvik Hotels '
        "Corporation. Current properties include Hotel Velder in Barcelona, Spain; "
        "Quell House in Nashville, Tenn.; and Lindqvist Palace in Istanbul.",
    )
    assert {"Orvik Hotels Corporation", "Dana Orrel", "Vietnam"} <= names
    assert not names & {"Barcelona", "Spain", "Nashville", "Tennessee", "Istanbul"}


def test_the_about_note_closing_a_release_is_left_out() -> None:
    article = Article(
        sections=(
            Section(blocks=(Paragraph(text=OPENING), Paragraph(text="The lodge opens in May."))),
            Section(
                heading="About Orvik Hotels Corporation",
                level=2,
                blocks=(Paragraph(text="Orvik Hotels Corporation runs hotels in Paris and Lima."),),
            ),
        )
    )
    names = {a.name for a in ActorAnnotator()(article).actors}
    assert "Orvik Hotels Corporation" in names
    assert not names & {"Paris", "Lima"}


def test_a_release_without_boilerplate_keeps_every_name() -> None:
    names = _names(OPENING, "The company also runs hotels in Paris and Lima.")
    assert {"Paris", "Lima"} <= names


def test_the_links_to_other_stories_after_their_heading_are_left_out() -> None:
    names = _names(
        OPENING,
        "The lodge has four restaurants in Vietnam.",
        "Dana Orrel said the lodge would open in May.",
        "The company runs a spa too.",
        "TRENDING ON THE WEB",
        "Five Tips for Starting a Career",
        "Since 2020, the Bureau of Labor Statistics counted injuries in Phoenix.",
    )
    assert {"Orvik Hotels Corporation", "Dana Orrel", "Vietnam"} <= names
    assert not names & {"Bureau of Labor Statistics", "Phoenix"}
