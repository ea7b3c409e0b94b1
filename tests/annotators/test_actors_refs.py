"""Title-only references, generic agents and plural references, on invented sentences."""

from __future__ import annotations

from geoarticle.annotators.actors import find_actors
from geoarticle.models import Actor, ActorKind


def mentions_of(actors: tuple[Actor, ...], name: str) -> list[str]:
    for a in actors:
        if a.name == name:
            return [m.text for m in a.mentions]
    raise AssertionError(f"no actor {name!r}")


def groups(actors: tuple[Actor, ...]) -> set[tuple[str, str, str]]:
    """(actor id, group noun, text) of every mention made by an unnamed group."""
    return {(a.id, m.group, m.text) for a in actors for m in a.mentions if m.group is not None}


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


def test_unnamed_groups_stand_for_their_country() -> None:
    text = (
        "Kenya-based terror groups attacked a convoy. An Italian-Swiss family was rescued. "
        "Malian security forces arrived later, and the security forces sealed the road."
    )
    actors = find_actors(text)
    assert groups(actors) == {
        ("country:ITA", "family", "Italian-Swiss family"),
        ("country:MLI", "security forces", "Malian security forces"),
        ("country:MLI", "security forces", "security forces"),
    }  # fighters act for no state: the terror groups are no actor
    mali = next(a for a in actors if a.id == "country:MLI")
    assert mali.aliases == ()  # group mentions are no names of the country


def test_definite_agent_noun_names_a_named_force() -> None:
    text = "Afghan security forces arrived. Later the security forces sealed the road."
    forces = find_actors(text)[0]
    assert forces.id == "org:ansf"
    assert [m.text for m in forces.mentions] == ["Afghan security forces", "security forces"]


def test_groups_without_a_country_word_take_the_country_of_their_context() -> None:
    text = (
        "Turkish police detained 12 protesters in Izmir. "
        "Riot police fired tear gas at the protesters."
    )
    assert groups(find_actors(text)) == {
        ("country:TUR", "police", "Turkish police"),
        ("country:TUR", "protesters", "protesters"),
        ("country:TUR", "police", "Riot police"),
    }


def test_fighters_and_aid_workers_without_a_named_actor_are_no_actors() -> None:
    text = "Gunmen abducted two aid workers near Kandahar on Sunday."
    assert groups(find_actors(text)) == set()


def test_agent_nouns_need_their_context() -> None:
    text = (
        "The civilian government thanked military leaders and police chief Omar Dahir. "
        "People gathered."
    )
    assert groups(find_actors(text)) == set()


def test_quantified_people_and_definite_militants() -> None:
    text = (
        "Thousands of people marched in Lagos. The Boko Haram attack killed nine. "
        "The militants later fled."
    )
    actors = find_actors(text)
    assert ("country:NGA", "people", "people") in groups(actors)
    assert mentions_of(actors, "Boko Haram")[-1] == "militants"


def test_the_two_countries_names_both() -> None:
    text = "Chile and Peru signed a treaty. The two countries will share the river."
    actors = find_actors(text)
    assert mentions_of(actors, "Chile")[-1] == "two countries"
    assert mentions_of(actors, "Peru")[-1] == "two countries"
    # a mention of each, an alias of neither: "the two countries" names no one country
    assert all("two countries" not in a.aliases for a in actors)


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


def test_individuals_of_a_country_stand_for_it() -> None:
    text = "A teenager and a journalist were hurt. An Israeli family fled. Israeli soldiers shot a boy."
    found = groups(find_actors(text))
    assert ("country:ISR", "family", "Israeli family") in found
    assert ("country:ISR", "troops", "Israeli soldiers") in found
    assert not any(g == "journalist" for _, g, _ in found)  # no country word, no state


def test_a_person_takes_a_country_only_from_their_own_phrase() -> None:
    text = (
        "Kenya and Uganda signed a deal on Monday. Mary Atieno said the talks went well. "
        "Lin Jian, China's foreign ministry spokesman, welcomed it."
    )
    people = {a.name: a.country for a in find_actors(text) if a.kind is ActorKind.PERSON}
    assert people == {"Mary Atieno": None, "Lin Jian": "CHN"}
