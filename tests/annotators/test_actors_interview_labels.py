"""The asking side of an interview, named by its label on every question (invented text)."""

from __future__ import annotations

from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.models import Article, Paragraph, Section


def _kinds(*paragraphs: str) -> dict[str, str]:
    article = Article(sections=(Section(blocks=tuple(Paragraph(text=t) for t in paragraphs)),))
    return {a.name: a.kind.value for a in ActorAnnotator()(article).actors}


def test_a_publication_asking_every_question_is_a_body() -> None:
    found = _kinds(
        "The Economist: What do you mean by that?",
        "Mr Quellby: I mean that groups decide well.",
        "The Economist: Why is that so?",
    )
    assert found.get("The Economist") == "organization"


def test_a_title_word_once_before_a_colon_names_no_one() -> None:
    found = _kinds("The Economist: a word once.", "Mr Quellby said groups decide well.")
    assert "The Economist" not in found
