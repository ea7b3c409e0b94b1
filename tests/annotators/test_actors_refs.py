"""Title-only references, generic agents and plural references, on invented sentences."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import Actor, ActorKind


def mentions_of(actors: tuple[Actor, ...], name: str) -> list[str]:
    for a in actors:
        if a.name == name:
            return [m.text for m in a.mentions]
    raise AssertionError(f"no actor {name!r}")


def agents(actors: tuple[Actor, ...]) -> dict[str, Actor]:
    return {a.id: a for a in actors if a.id.startswith("agent:")}


def test_title_with_country_picks_that_countrys_holder() -> None:
    text = (
        "Peruvian President Rosa Quispe received Chilean President Tomas Vidal in Lima. "
        "The Peruvian president later thanked her guest. The president also met students."
    )
    actors = find_actors(text)
    said = ["Rosa Quispe", "Peruvian president", "president"]
    assert mentions_of(actors, "Rosa Quispe") == said
    assert mentions_of(actors, "Tomas Vidal") == ["Tomas Vidal"]


def test_title_alone_names_the_latest_holder() -> None:
    text = (
        "Prime Minister Anna Berg met Prime Minister Lars Holm. "
        "The prime minister said the talks went well."
    )
    actors = find_actors(text)
    assert mentions_of(actors, "Lars Holm") == ["Lars Holm", "prime minister"]


def test_known_person_holds_the_title_of_its_role() -> None:
    text = "Donald Trump spoke on Monday. The U.S. president then left for Ohio."
    assert mentions_of(find_actors(text), "Donald Trump") == ["Donald Trump", "U.S. president"]


def test_generic_agents_take_the_country_of_their_modifier() -> None:
    text = (
        "Kenya-based terror groups attacked a convoy. An Italian-Swiss family was rescued. "
        "Malian security forces arrived later, and the security forces sealed the road."
    )
    found = agents(find_actors(text))
    groups = found["agent:ken-terrorists"]
    assert groups.kind is ActorKind.ARMED_GROUP
    assert groups.name == "Kenya-based terror groups"
    assert groups.code == "KENINS"
    family = found["agent:ita-family"]
    assert family.kind is ActorKind.PERSON
    assert family.code == "ITACVL"
    forces = found["agent:mli-security-forces"]
    assert forces.code == "MLIMIL"
    assert [m.text for m in forces.mentions] == ["Malian security forces", "security forces"]


def test_definite_agent_noun_names_a_named_force() -> None:
    text = "Afghan security forces arrived. Later the security forces sealed the road."
    forces = find_actors(text)[0]
    assert forces.id == "org:ansf"
    assert [m.text for m in forces.mentions] == ["Afghan security forces", "security forces"]


def test_generic_agents_share_one_actor_per_country() -> None:
    text = (
        "Turkish police detained 12 protesters in Izmir. "
        "Riot police fired tear gas at the protesters."
    )
    found = agents(find_actors(text))
    assert set(found) == {"agent:tur-police", "agent:tur-protesters"}
    assert len(found["agent:tur-police"].mentions) == 2
    assert len(found["agent:tur-protesters"].mentions) == 2


def test_agent_without_modifier_takes_the_country_of_its_sentence() -> None:
    text = "Gunmen abducted two aid workers near Kandahar on Sunday."
    found = agents(find_actors(text))
    assert set(found) == {"agent:afg-gunmen", "agent:afg-aid-workers"}


def test_agent_nouns_need_their_context() -> None:
    text = (
        "The civilian government thanked military leaders and police chief Omar Dahir. "
        "People gathered."
    )
    assert agents(find_actors(text)) == {}


def test_quantified_people_and_definite_militants() -> None:
    text = (
        "Thousands of people marched in Lagos. The Boko Haram attack killed nine. "
        "The militants later fled."
    )
    actors = find_actors(text)
    assert "agent:nga-people" in agents(actors)
    assert mentions_of(actors, "Boko Haram")[-1] == "militants"


def test_the_two_countries_names_both() -> None:
    text = "Chile and Peru signed a treaty. The two countries will share the river."
    actors = find_actors(text)
    assert mentions_of(actors, "Chile")[-1] == "two countries"
    assert mentions_of(actors, "Peru")[-1] == "two countries"


def test_definite_head_noun_names_the_organisation() -> None:
    text = "The World Food Programme cut rations. The programme blamed a lack of funds."
    assert mentions_of(find_actors(text), "World Food Programme")[-1] == "programme"


def test_capital_as_subject_or_object_of_a_government_verb_is_a_metonym() -> None:
    text = "Ankara rejected the plan. Rome thanked Ankara. Tourists filled Ankara."
    ankara = next(a for a in find_actors(text) if a.name == "Ankara")
    assert [m.metonym for m in ankara.mentions] == [True, True, False]


def test_abbreviated_title_is_stripped_and_held() -> None:
    text = "Gen. Omar Haddad met reporters in Tripoli. The general said the army was ready."
    actors = find_actors(text)
    haddad = next(a for a in actors if a.kind is ActorKind.PERSON)
    assert haddad.name == "Omar Haddad"
    assert haddad.role == "Gen."
    assert [m.text for m in haddad.mentions] == ["Omar Haddad", "general"]


def test_different_individuals_stay_apart() -> None:
    text = "A teenager and a journalist were hurt. An Israeli family fled. Israeli soldiers shot a boy."
    found = agents(find_actors(text))
    assert {
        "agent:x-teenager",
        "agent:x-journalist",
        "agent:isr-family",
        "agent:isr-troops",
    } <= set(found)
    assert found["agent:isr-family"].kind is ActorKind.PERSON
