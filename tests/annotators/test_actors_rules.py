"""Actor rules for real-article noise, on invented sentences: credits, labels, non-actor names."""

from __future__ import annotations

import pytest

from geoarticle.annotators.actors import ActorAnnotator, find_actors
from geoarticle.models import Actor, ActorKind, Article, Paragraph, Section


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


def test_a_name_stops_before_a_day_and_at_and_after_a_head_noun() -> None:
    found = by_name(
        find_actors(
            "The Vesna Defense Ministry on Sunday cited the Orlan Policy Institute and "
            "Tarsk State University, and the University of Science and Technology."
        )
    )
    assert "Vesna Defense Ministry" in found
    assert found["Orlan Policy Institute"].kind is ActorKind.ORGANIZATION
    assert found["Tarsk State University"].kind is ActorKind.ORGANIZATION
    assert "University of Science and Technology" in found


def test_a_hyphen_inside_an_organisation_name() -> None:
    found = names("She works at the Centre for EU-Asia Connectivity in Bochum.")
    assert "Centre for EU-Asia Connectivity" in found


def test_a_name_after_a_title_may_start_with_a_place() -> None:
    found = by_name(find_actors("Defence Minister Israel Katz said aid would stay blocked."))
    assert found["Israel Katz"].kind is ActorKind.PERSON
    assert found["Israel Katz"].role == "Defence Minister"


def test_an_occupation_before_a_name_is_its_role() -> None:
    found = by_name(
        find_actors("Novelist Jo Watson signed books. Reuters Editor-in-Chief Ana Lind spoke.")
    )
    assert found["Jo Watson"].role == "Novelist"
    assert "Ana Lind" in found


def test_a_first_name_joins_a_known_surname() -> None:
    found = find_actors("Ukrainian President Volodymyr Zelenskyy said Sunday the attack failed.")
    assert "Volodymyr" not in {a.name for a in found}


def test_a_known_name_before_a_participle_is_read() -> None:
    found = by_name(
        find_actors("The Kremlin-installed authorities and London-based analysts spoke.")
    )
    assert found["Kremlin"].kind is ActorKind.PLACE
    assert "London" in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Oil could rise, say analysts at Norvik Brandt.", "Norvik Brandt", ActorKind.ORGANIZATION),
        (
            "It may cost more, said Olek Varga of Tarsk Kettle, a Oslo-based research firm.",
            "Tarsk Kettle",
            ActorKind.ORGANIZATION,
        ),
        ("She grew up in Pellowan, Idaho.", "Pellowan", ActorKind.PLACE),
        ("Rallies spread to Kyiv, Lviv, Vorzel and Kharkiv.", "Vorzel", ActorKind.PLACE),
        ("He wrote on Parlo Hub that talks failed.", "Parlo Hub", ActorKind.ORGANIZATION),
        (
            "Data came from the Orvik Reporting Collaborative.",
            "Orvik Reporting Collaborative",
            ActorKind.ORGANIZATION,
        ),
        ("She delivered food for BrightPath after work.", "BrightPath", ActorKind.ORGANIZATION),
        ("In March her husband Mike took leave.", "Mike", ActorKind.PERSON),
        (
            "Mira Tallen, the European Union's trade chief, said talks failed.",
            "Mira Tallen",
            ActorKind.PERSON,
        ),
        (
            "Food is scarce in Valencia, Pilar Bernat, the delegate, told reporters.",
            "Pilar Bernat",
            ActorKind.PERSON,
        ),
    ],
)
def test_kind_of_an_unknown_name_from_its_context(text: str, name: str, kind: ActorKind) -> None:
    found = by_name(find_actors(text))
    assert found[name].kind is kind


@pytest.mark.parametrize(
    "text",
    [
        "I congratulate the Great Country of Freedonia on its Final Tips.",
        "We must work to end our Expensive Subsidy, he said.",
    ],
)
def test_common_words_in_capitals_are_no_person(text: str) -> None:
    people = [a.name for a in find_actors(text) if a.kind is ActorKind.PERSON]
    assert people == []


def test_a_later_mention_corrects_a_guessed_person() -> None:
    text = "Experts worked with Verdant Sprouts on it. Ola Dunn from Verdant Sprouts explains why."
    found = by_name(find_actors(text))
    assert found["Verdant Sprouts"].kind is ActorKind.ORGANIZATION
    assert found["Ola Dunn"].kind is ActorKind.PERSON


def test_a_kind_noun_before_a_name() -> None:
    found = by_name(find_actors("The report by newspaper Morgen Tidning angered him."))
    assert found["Morgen Tidning"].kind is ActorKind.ORGANIZATION


def test_a_state_that_is_a_given_name_starts_a_person() -> None:
    found = by_name(find_actors("One of the plaintiffs, Virginia Okafor, filed suit."))
    assert found["Virginia Okafor"].kind is ActorKind.PERSON


def test_names_built_on_a_known_place() -> None:
    text = (
        "Missiles hit the Kyiv region. Russia's Defense Ministry said so, and Ukraine's "
        "state emergency service counted the dead. India's home ministry and the Durban "
        "high court were silent."
    )
    found = by_name(find_actors(text))
    assert found["Kyiv region"].kind is ActorKind.PLACE
    ministry = found["Russia's Defense Ministry"]
    assert ministry.kind is ActorKind.ORGANIZATION
    assert ministry.country == "RUS"
    assert "Russia" in found  # the state keeps its mention
    assert "Ukraine's state emergency service" in found
    assert "India's home ministry" in found
    assert found["Durban high court"].kind is ActorKind.ORGANIZATION


def test_platforms_and_the_letter_x() -> None:
    found = by_name(find_actors("He wrote on X and on Telegram that X marks the spot."))
    assert found["X"].kind is ActorKind.ORGANIZATION
    assert len(found["X"].mentions) == 1
    assert "Telegram" in found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "It invited companies such as Norvant, Kelpo, and others.",
            "Kelpo",
            ActorKind.ORGANIZATION,
        ),
        (
            "It hurt US firms like Kelvar Dunmore, which left in 2007.",
            "Kelvar Dunmore",
            ActorKind.ORGANIZATION,
        ),
        (
            "Residents of Ha Motse, Lekhalo and Ha Tsepo say they live in fear.",
            "Ha Tsepo",
            ActorKind.PLACE,
        ),
        ("Dust covers the fields, Bela Tumo villagers say.", "Bela Tumo", ActorKind.PLACE),
        ("But that call was from madam Geingwa herself.", "Geingwa", ActorKind.PERSON),
        ("She wrote to her younger sister Tamsin often.", "Tamsin", ActorKind.PERSON),
    ],
)
def test_kind_from_examples_residents_and_kin(text: str, name: str, kind: ActorKind) -> None:
    found = by_name(find_actors(text))
    assert found[name].kind is kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ten whales died on Ninety Furlong beach last week.", "Ninety Furlong", ActorKind.PLACE),
        (
            "It hurts tourism, said Lotfa Azzam, Tunisia country director.",
            "Lotfa Azzam",
            ActorKind.PERSON,
        ),
        (
            "The claim was checked by Kestrel News and Factwise.",
            "Kestrel News and Factwise",
            ActorKind.ORGANIZATION,
        ),
    ],
)
def test_feature_nouns_inverted_speech_and_suffixes(text: str, name: str, kind: ActorKind) -> None:
    found = by_name(find_actors(text))
    assert found[name].kind is kind


def test_a_shouted_heading_names_nobody() -> None:
    assert names("FUNDA OLUNYE UDABA LAPHA") == set()


def test_one_person_with_and_without_a_middle_initial() -> None:
    text = "Marten Q. Holloway spoke first. Later Marten Holloway left, and Holloway said no."
    people = [a for a in find_actors(text) if a.kind is ActorKind.PERSON]
    assert [p.name for p in people] == ["Marten Q. Holloway"]
    assert len(people[0].mentions) == 3


def test_a_surname_that_is_a_city_names_the_person() -> None:
    found = by_name(find_actors("Senator Elena Warren spoke. Warren said the bill would pass."))
    assert len(found["Elena Warren"].mentions) == 2
    assert "Warren" not in found


def test_a_person_known_by_a_middle_name() -> None:
    text = "President Luiz Inacio Lula da Silva came. Lula said he would stay."
    found = by_name(find_actors(text))
    assert len(found["Luiz Inacio Lula da Silva"].mentions) == 2
    assert "Lula" not in found


def test_a_name_defined_by_its_acronym() -> None:
    text = (
        "Floors went back to Public Works and Procurement Vesland (PWPV). "
        "Later PWPV said the Harbour, Rivers and Canals Board (HRCB) agreed."
    )
    found = by_name(find_actors(text))
    works = found["Public Works and Procurement Vesland"]
    assert works.kind is ActorKind.ORGANIZATION
    assert "PWPV" in works.aliases
    assert len(works.mentions) == 3
    assert "Harbour, Rivers and Canals Board" in found


def test_capitals_of_a_phrase_the_text_also_writes_in_lower_case() -> None:
    text = "He wants to end birthright citizenship. “End Birthright Citizenship now,” he wrote."
    assert names(text) == set()


def test_one_unknown_word_that_speaks_and_a_first_name_reference() -> None:
    found = by_name(
        find_actors(
            "On Thursday, Norvald demanded their release. Communications Minister Fahmi "
            "Dazil spoke. Fahmi said the jet was chartered."
        )
    )
    assert found["Norvald"].kind is ActorKind.ORGANIZATION
    assert len(found["Fahmi Dazil"].mentions) == 2


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Crews dug up streets in Lower Brenton for days.", "Lower Brenton", ActorKind.PLACE),
        ("A Harlow Sachs executive said rates would rise.", "Harlow Sachs", ActorKind.ORGANIZATION),
    ],
)
def test_direction_words_and_member_nouns(text: str, name: str, kind: ActorKind) -> None:
    assert by_name(find_actors(text))[name].kind is kind


def test_slogans_parties_and_company_endings() -> None:
    found = names(
        "Mark Warrick, a Virginia Democrat, read Kestrel Insider Inc Nintendo news and "
        "Allergy Relief That Works At The Source ads during the Great Depression."
    )
    assert "Mark Warrick" in found
    assert "Kestrel Insider Inc" in found
    assert not any("Democrat" in n or "Relief" in n or "Depression" in n for n in found)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "It's no secret, said Jeff Moller, a city councilman in Hendersby.",
            "Jeff Moller",
            ActorKind.PERSON,
        ),
        (
            "Kenneth Prestwick, a Broward County high school student, agrees.",
            "Kenneth Prestwick",
            ActorKind.PERSON,
        ),
        (
            "The winners were Joaquin Phoenix and Renee Zellweger.",
            "Joaquin Phoenix",
            ActorKind.PERSON,
        ),
    ],
)
def test_the_head_of_an_apposition_and_a_first_name_before_a_city(
    text: str, name: str, kind: ActorKind
) -> None:
    assert by_name(find_actors(text))[name].kind is kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "She studied at Imperial College Lonbury for years.",
            "Imperial College Lonbury",
            ActorKind.ORGANIZATION,
        ),
        ("Police closed Ellijay Drive overnight.", "Ellijay Drive", ActorKind.PLACE),
    ],
)
def test_organisation_words_inside_and_street_words(text: str, name: str, kind: ActorKind) -> None:
    assert by_name(find_actors(text))[name].kind is kind


def test_pronouns_inside_a_run_and_el_nino() -> None:
    assert names("Temperatures hit 50 C. This follows El Niño.") == set()


def test_page_furniture_names_nobody() -> None:
    text = "Togo signed the deal.\nGet daily Ghana news delivered to your inbox.\nDon’t want to see this? Remove ads"
    assert names(text) == {"Togo"}


def test_a_title_word_before_an_organisation_word_is_part_of_a_name() -> None:
    found = by_name(
        find_actors(
            "Justice Department Inspector General Marla Hirsch spoke at the Jewish General "
            "Hospital. Ana Lind from Vaal Environmental Justice Alliance agreed."
        )
    )
    assert found["Justice Department"].kind is ActorKind.ORGANIZATION
    assert found["Marla Hirsch"].kind is ActorKind.PERSON
    assert found["Jewish General Hospital"].kind is ActorKind.ORGANIZATION
    assert found["Vaal Environmental Justice Alliance"].kind is ActorKind.ORGANIZATION


def test_unknown_regions_institutions_and_washington_dc() -> None:
    found = by_name(
        find_actors(
            "The pipe runs from Namibia's Korene region to Oslo. In a speech to Parliament "
            "she cited a study from Washington, D.C., on Monday."
        )
    )
    assert found["Korene region"].kind is ActorKind.PLACE
    assert found["Parliament"].kind is ActorKind.ORGANIZATION
    assert found["Washington, D.C."].kind is ActorKind.PLACE
    assert "District of Columbia" not in found


def test_other_spellings_of_known_places() -> None:
    found = by_name(
        find_actors("Kiev and Kyiv, Côte d’Ivoire and the Democratic Republic of Congo.")
    )
    assert len(found["Kyiv"].mentions) == 2
    assert found["Ivory Coast"].kind is ActorKind.COUNTRY
    assert "Democratic Republic of the Congo" in found


def test_quoted_titles_and_squares() -> None:
    found = by_name(find_actors("Crowds in Tarrow Square sang “Distant Starling” all night."))
    assert found["Tarrow Square"].kind is ActorKind.PLACE
    assert "Distant Starling" not in found


def test_names_ending_in_a_plural_common_noun_are_bodies() -> None:
    found = by_name(
        find_actors(
            "Brightwater Advisers said prices would fall, and Quillon Solutions agreed, "
            "while Marta Evans said they would not."
        )
    )
    assert found["Brightwater Advisers"].kind is ActorKind.ORGANIZATION
    assert found["Quillon Solutions"].kind is ActorKind.ORGANIZATION
    assert found["Marta Evans"].kind is ActorKind.PERSON  # a given name first: a person


def test_a_body_named_with_a_common_word_first_at_a_sentence_start() -> None:
    found = by_name(find_actors("Capital Economics said rates would rise. Analysts agreed."))
    assert found["Capital Economics"].kind is ActorKind.ORGANIZATION  # "capital": a common word
    assert "Analysts" not in found
