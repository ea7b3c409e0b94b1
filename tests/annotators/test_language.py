"""The English rules are not run on articles in other languages (issue 19)."""

from __future__ import annotations

import geoarticle

FRENCH = (
    "Rencontre à Genève\n\n"
    "Le ministre des Affaires étrangères de la République a rencontré son homologue à Genève "
    "lundi. Les deux délégations ont discuté pendant plusieurs heures de la situation dans la "
    "région et des questions qui restent ouvertes. Selon un porte-parole, les échanges ont été "
    "francs et les parties se retrouveront dans un mois pour une nouvelle série de discussions "
    "avec les représentants de la Commission et du Conseil.\n"
)
ENGLISH = (
    "Talks in Geneva\n\n"
    "The foreign minister of Ruvalia met his counterpart from Ukraine in Geneva on Monday. The "
    "two delegations discussed the situation in the region for several hours, and a spokesman "
    "said that the talks had been frank and that they would meet again next month with the "
    "representatives of the European Commission.\n"
)
PAGE = """<html lang="{lang}"><head><title>Talks</title></head><body><article><h1>Talks</h1>
<p>{text}</p></article></body></html>"""


def test_french_text_gets_no_actors_and_a_warning() -> None:
    article = geoarticle.parse_text(FRENCH)
    assert article.actors == ()
    assert article.events == ()
    assert any("English" in w for w in article.warnings)


def test_english_text_is_annotated() -> None:
    article = geoarticle.parse_text(ENGLISH)
    assert {"Ukraine", "Geneva"} <= {a.name for a in article.actors}
    assert not any("English" in w for w in article.warnings)


def test_the_page_language_tag_decides() -> None:
    body = ENGLISH.split("\n\n", 1)[1]
    tagged_de = geoarticle.parse_html(PAGE.format(lang="de", text=body))
    assert tagged_de.actors == ()
    assert any("'de'" in w for w in tagged_de.warnings)
    tagged_en = geoarticle.parse_html(PAGE.format(lang="en-GB", text=body))
    assert "Ukraine" in {a.name for a in tagged_en.actors}


def test_a_page_tagged_english_but_written_in_french_is_not_annotated() -> None:
    body = FRENCH.split("\n\n", 1)[1]
    article = geoarticle.parse_html(PAGE.format(lang="en", text=body))
    assert article.actors == ()
