"""A note on the authors closing an article names no actor of the story (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.models import Article, Paragraph, Section


def _names(*paragraphs: str) -> set[str]:
    article = Article(sections=(Section(blocks=tuple(Paragraph(text=t) for t in paragraphs)),))
    return {a.name for a in ActorAnnotator()(article).actors}


STORY = "Mayor Dana Orrel said on Monday that the Tarvel market would reopen in Nairobi."


def test_the_authors_and_their_employers_are_left_out() -> None:
    names = _names(
        STORY,
        "Vera Lindqvist is a senior researcher with the Orvik Policy Institute. "
        "Tomas Quell\nis an associate professor at Velder University.",
    )
    assert "Dana Orrel" in names
    assert not names & {"Vera Lindqvist", "Tomas Quell", "Orvik Policy Institute"}
    assert "Velder University" not in names


def test_a_story_actor_described_at_the_end_stays() -> None:
    names = _names(STORY, "Dana Orrel is a former teacher who was elected in 2019.")
    assert "Dana Orrel" in names


def test_a_note_in_the_middle_of_the_story_is_read() -> None:
    names = _names(
        "Vera Lindqvist is a senior researcher with the Orvik Policy Institute.",
        STORY,
        "The market has been closed since March.",
        "Traders said they had lost money.",
    )
    assert "Vera Lindqvist" in names


def test_a_note_naming_the_desk_is_left_out() -> None:
    names = _names(
        STORY, "Vera Lindqvist is a Metro reporter. She won the Tarvel Prize for Local News."
    )
    assert "Dana Orrel" in names
    assert not names & {"Vera Lindqvist", "Tarvel Prize for Local News", "Local News", "Metro"}
