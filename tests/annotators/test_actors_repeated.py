"""The article-level second pass (one unknown word used many times) and title-case phrases
that open with a known body's common-word name (invented texts)."""

from __future__ import annotations

from geoarticle import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


def test_repeated_surname_with_he_is_a_person() -> None:
    text = (
        "Okonkwa scored twelve points early, and he added four rebounds. "
        "The coach praised Okonkwa after the break. "
        "Okonkwa was tired late, though he kept running. Later Okonkwa starred again."
    )
    assert _kinds(text).get("Okonkwa") is ActorKind.PERSON


def test_a_word_used_once_stays_unread() -> None:
    assert "Okonkwa" not in _kinds("Okonkwa scored twelve points, and he added four rebounds.")


def test_in_the_x_twice_is_a_place() -> None:
    text = "Droughts spread in the Velmara last year. Fires burned across the Velmara in May."
    assert _kinds(text).get("Velmara") is ActorKind.PLACE


def test_demonym_joins_the_place_name() -> None:
    text = (
        "Chalets in the Danish Fjordlands sold fast. "
        "Buyers looked across the Danish Fjordlands for homes."
    )
    actors = {a.name: a for a in find_actors(text)}
    assert actors["Danish Fjordlands"].kind is ActorKind.PLACE
    assert [m.text for m in actors["Danish Fjordlands"].mentions] == ["Danish Fjordlands"] * 2
    assert "Denmark" not in actors  # the demonym belongs to the name


def test_plural_that_acts_after_the_is_an_organisation() -> None:
    text = (
        "The Hornblowers won again on Friday. The Hornblowers played well, "
        "and the Hornblowers' defence held until the end."
    )
    assert _kinds(text).get("Hornblowers") is ActorKind.ORGANIZATION


def test_mixed_evidence_names_nothing() -> None:
    text = "The Velmara grew. Velmara was calm. We saw the Velmara and Velmara again."
    assert "Velmara" not in _kinds(text)


def test_party_word_opening_a_longer_title_case_phrase() -> None:
    names = _kinds("Hiring rose, the Labour Force Survey showed on Friday.")
    assert "Labour Party" not in names
    assert "Force Survey" not in names


def test_party_word_before_a_body_noun_is_one_body() -> None:
    names = _kinds("Delegates gathered at the Labour Party Conference in the autumn.")
    assert names.get("Labour Party Conference") is ActorKind.ORGANIZATION


def test_common_word_opening_a_sentence_is_no_party() -> None:
    text = "Analysts watch the labour market closely. Labour shortages eased in spring."
    assert "Labour Party" not in _kinds(text)
    assert "Labour Party" in _kinds("Labour said it would vote against the bill.")


def test_name_after_title_of_is_a_body_not_a_person() -> None:
    names = _kinds("Rosa Quell, vice president of Dunmore Shipping, said the port was shut.")
    assert names.get("Rosa Quell") is ActorKind.PERSON
    assert names.get("Dunmore Shipping") is ActorKind.ORGANIZATION


def test_name_after_mayor_of_is_a_place() -> None:
    assert _kinds("The mayor of Tarvelby opened the bridge.").get("Tarvelby") is ActorKind.PLACE


def test_a_countrys_government_is_the_state() -> None:
    actors = {a.name: a for a in find_actors("The Government of Norway and the UK Government met.")}
    assert set(actors) == {"Norway", "United Kingdom"}
    assert [m.text for m in actors["Norway"].mentions] == ["Government of Norway"]


def test_numbered_common_noun_is_no_team() -> None:
    assert _kinds("The measure won more votes than Proposition 7 did under Section 12(2).") == {}


def test_direction_word_before_a_city_is_a_town() -> None:
    actors = find_actors("She moved to South Portland last year, and South Portland grew.")
    assert [(a.name, a.kind, len(a.mentions)) for a in actors] == [
        ("South Portland", ActorKind.PLACE, 2)
    ]
