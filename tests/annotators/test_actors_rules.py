"""Actor rules for real-article noise, on invented sentences: credits, labels, non-actor names."""

from __future__ import annotations

import pytest

from geoarticle.annotators.actors import ActorAnnotator, find_actors
from geoarticle.models import Actor, Article, Paragraph, Section


def by_name(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


@pytest.mark.parametrize(
    "credit",
    [
        "Reporting by Wendel Okafor in Lagos; Editing by Marit Solberg",
        "Additional reporting by Wendel Okafor, writing by Marit Solberg.",
        "With reporting by news agency writer Wendel Okafor in Lagos.",
        "Agency writer Wendel Okafor in Lagos contributed to this report.",
    ],
)
def test_reporting_credits_name_no_actor(credit: str) -> None:
    text = f"Ghana and Togo signed a border deal on Friday.\n{credit}"
    assert names(text) == {"Ghana", "Togo"}


def test_reported_by_inside_a_sentence_is_no_credit() -> None:
    found = names("The deal, as reported by Wendel Okafor, angered Togo.")
    assert "Wendel Okafor" in found


def test_labels_of_an_article_name_no_unknown_actor() -> None:
    blocks = (
        Paragraph(text="Trending Stories"),
        Paragraph(text="Wendel Okafor"),
        Paragraph(text="Ghana and Togo signed a border deal, Marit Solberg said."),
    )
    article = Article(
        title="Deal", sections=(Section(heading="Latest Picks", level=2, blocks=blocks),)
    )
    found = {a.name for a in ActorAnnotator()(article).actors}
    assert found == {"Ghana", "Togo", "Marit Solberg"}


@pytest.mark.parametrize(
    "text",
    [
        "Critics invoked the Fourteenth Amendment and the Citizenship Clause.",
        "It won't end like the First World War, he said.",
        "The cost was RM900,000 for the Airbus A350 and more during COVID-19.",
        "The vote closed at 17:40 AEST on Tuesday.",
        "They broke the Political Funds Control Law.",
    ],
)
def test_laws_wars_amounts_and_codes_are_not_actors(text: str) -> None:
    assert names(text) == set()
