"""Actor recognition on invented sentences."""

from __future__ import annotations

import pytest

from geoarticle.annotators.actors import ActorAnnotator, find_actors
from geoarticle.models import Actor, ActorKind, Article, Paragraph, Section


def by_name(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    return {a.name: a for a in actors}


TEXT = (
    "Kenyan Foreign Minister Miriam Otieno arrived in Nairobi on Monday. "
    "Otieno said the talks with the International Monetary Fund (IMF) went well. "
    "Later the minister met envoys from Brazil and Norway."
)


def test_person_with_title_role_country_and_code() -> None:
    actors = by_name(find_actors(TEXT))
    miriam = actors["Miriam Otieno"]
    assert miriam.kind is ActorKind.PERSON
    assert miriam.id == "person:miriam-otieno"
    assert miriam.role == "Kenyan Foreign Minister"
    assert miriam.country == "KEN"
    assert miriam.code == "KENGOV"
    texts = [m.text for m in miriam.mentions]
    assert texts == ["Miriam Otieno", "Otieno", "minister"]


def test_mentions_index_the_text() -> None:
    for actor in find_actors(TEXT):
        for m in actor.mentions:
            assert TEXT[m.start : m.end] == m.text
            assert m.section is None
            assert m.block is None


def test_countries_places_and_orgs() -> None:
    actors = by_name(find_actors(TEXT))
    assert actors["Kenya"].kind is ActorKind.COUNTRY
    assert actors["Kenya"].aliases == ("Kenyan",)
    assert actors["Nairobi"].kind is ActorKind.PLACE
    assert actors["Nairobi"].country == "KEN"
    imf = actors["International Monetary Fund"]
    assert imf.id == "org:imf"
    assert imf.code == "IGOIMF"
    assert "IMF" in imf.aliases
    assert {"Brazil", "Norway"} <= set(actors)
    assert "Monday" not in actors


def test_defined_acronym_for_unknown_org() -> None:
    text = (
        "Delegates of the Northern Water Sharing Council (NWSC) met in Dhaka. "
        "The NWSC will meet again in spring."
    )
    actors = by_name(find_actors(text))
    council = actors["Northern Water Sharing Council"]
    assert council.kind is ActorKind.ORGANIZATION
    assert council.aliases == ("NWSC",)
    assert len(council.mentions) == 3


def test_armed_groups_and_aliases() -> None:
    text = "Analysts said Daesh and al-Shabaab lost ground, while Lashkar-e-Taiba regrouped."
    actors = by_name(find_actors(text))
    assert actors["Islamic State"].kind is ActorKind.ARMED_GROUP
    assert actors["Islamic State"].aliases == ("Daesh",)
    assert actors["al-Shabaab"].country == "SOM"
    assert actors["Lashkar-e-Taiba"].country == "PAK"


def test_demonyms_and_compounds_resolve_to_countries() -> None:
    text = "The Brazilian-Argentine team and a Pakistani delegation toured the U.S. and the UK."
    ids = {a.id for a in find_actors(text)}
    assert {"country:BRA", "country:ARG", "country:PAK", "country:USA", "country:GBR"} <= ids


def test_capital_as_speaker_is_a_metonym() -> None:
    text = "Moscow warned of consequences. Moscow's envoy left. Tourists crowded Moscow."
    actors = by_name(find_actors(text))
    place = actors["Moscow"]
    assert [m.metonym for m in place.mentions] == [True, True, False]
    russia = actors["Russia"]
    assert all(m.metonym for m in russia.mentions)
    assert len(russia.mentions) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Despite the rain, crowds gathered.",
        "However, nothing changed.",
        "Image 3: a view of the river",
        "THE WEEK AHEAD IN MARKETS",
        "A Quiet Week for Modest Reforms",
    ],
)
def test_common_words_and_headlines_are_not_actors(text: str) -> None:
    named = [a for a in find_actors(text) if not a.id.startswith("agent:")]
    assert named == []


def test_honorific_stripped_and_speech_verb() -> None:
    text = "Mr. Tobias Lindqvist disagreed. Later Lindqvist said he would resign."
    actors = by_name(find_actors(text))
    assert "Tobias Lindqvist" in actors
    assert len(actors["Tobias Lindqvist"].mentions) == 2


def test_article_mentions_point_into_blocks() -> None:
    article = Article(
        title="Talks in Nairobi",
        sections=(
            Section(blocks=(Paragraph(text="Chad and Niger signed a deal."),)),
            Section(
                heading="Reactions in Kenya",
                level=2,
                blocks=(Paragraph(text="Kenyan officials welcomed it."),),
            ),
        ),
    )
    out = ActorAnnotator()(article)
    kenya = out.actor("country:KEN")
    assert [(m.section, m.block, m.text, m.group) for m in kenya.mentions] == [
        (1, None, "Kenya", None),
        (1, 0, "Kenyan officials", "officials"),  # an unnamed group stands for its state
    ]
    for actor in out.actors:
        for m in actor.mentions:
            assert out.mention_text(m)[m.start : m.end] == m.text
    assert "Nairobi" not in {a.name for a in out.actors}  # the title is not annotated


def test_limit_on_actors() -> None:
    from geoarticle.limits import Limits

    actors = find_actors("France, Spain, Italy and Greece met.", limits=Limits(max_actors=2))
    assert [a.name for a in actors] == ["France", "Spain"]


def test_junk_input_does_not_crash() -> None:
    for text in ("", "\n\n", "((((", "A" * 5000, "Ü-Ü-Ü " * 100, "\x00\x01 Pakistan"):
        find_actors(text)
