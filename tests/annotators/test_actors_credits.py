"""Credits of a picture or a report, and roles written like names, name no actor (invented text)."""

from __future__ import annotations

from geoarticle import find_actors
from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.models import Article, Paragraph, Section


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


def test_names_passed_on_via_an_agency_in_brackets() -> None:
    text = (
        "Crowds filled the square in Brellon on Sunday. "
        "(Tomsk Wire/Ilse Marrow via Pelham Pictures) The mayor of Brellon, Ossian Vardy, spoke."
    )
    found = names(text)
    assert "Ossian Vardy" in found
    assert not {"Tomsk Wire", "Ilse Marrow", "Pelham Pictures"} & found


def test_a_credit_opening_the_story_before_a_dash() -> None:
    found = names("Harbor Ledger via NPQ — Dunmore Shipping said it would close two yards.")
    assert "Dunmore Shipping" in found
    assert not {"Harbor Ledger", "NPQ"} & found


def test_via_inside_a_sentence_is_no_credit() -> None:
    found = names("Mira Okonjo travelled via Vienna before the summit in Geneva.")
    assert "Mira Okonjo" in found
    assert "Vienna" in found


def test_a_newsrooms_initials_signing_off_a_paragraph() -> None:
    found = names("The council of Brellon will vote again in March, Ossian Vardy said. QRT")
    assert "Ossian Vardy" in found
    assert "QRT" not in found


def test_an_agency_alone_under_a_picture_is_no_actor() -> None:
    article = Article(
        title="Vote in Brellon",
        sections=(
            Section(
                blocks=(
                    Paragraph(text="Voters queued outside the town hall of Brellon."),
                    Paragraph(text="REUTERS"),
                    Paragraph(text="Ossian Vardy said turnout was high."),
                )
            ),
        ),
    )
    found = {a.name for a in ActorAnnotator()(article).actors}
    assert "Ossian Vardy" in found
    assert "Reuters" not in found


def test_an_agency_in_the_story_stays() -> None:
    found = names("A Reuters investigation found that the shell was fired from Vostrany.")
    assert "Reuters" in found


def test_a_capitalised_role_before_of_is_no_person() -> None:
    found = names("“Prices will rise,” says Ilse Marrow, Regional Director of Pelham Holdings.")
    assert "Ilse Marrow" in found
    assert "Regional Director" not in found
