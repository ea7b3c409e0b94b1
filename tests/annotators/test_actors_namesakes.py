"""Cities named in several countries: the one an article means (invented sentences)."""

from __future__ import annotations

from geoarticle.annotators.actors._lexicon import lexicon
from geoarticle.annotators.actors._namesakes import country_meant, for_texts


def test_a_namesake_city_is_in_the_country_the_article_names() -> None:
    lex = lexicon()
    entry = lex.phrases["Valencia"]
    spanish = ["Flames spread through a tower block in the Spanish city of Valencia."]
    assert country_meant(entry, lex, spanish) == "ESP"
    assert for_texts(lex, spanish).phrases["Valencia"].country == "ESP"


def test_without_a_named_country_the_largest_namesake_stays() -> None:
    lex = lexicon()
    entry = lex.phrases["Valencia"]
    plain = ["Flames spread through a tower block in Valencia."]
    assert country_meant(entry, lex, plain) == entry.country
    assert for_texts(lex, plain) is lex


def test_the_entrys_own_country_named_keeps_it() -> None:
    lex = lexicon()
    entry = lex.phrases["Valencia"]
    both = ["Valencia lies far from Spain and from Venezuela."]
    assert country_meant(entry, lex, both) == entry.country


def test_the_annotator_places_a_namesake_city_in_the_named_country() -> None:
    from geoarticle import find_actors

    actors = find_actors("A fire spread through a tower block in the Spanish city of Valencia.")
    (city,) = [a for a in actors if a.name == "Valencia"]
    assert city.country == "ESP"
    assert "Venezuela" not in {a.name for a in actors}
