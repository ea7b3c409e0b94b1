"""Bylines and bare "contributed" credits name no actor (invented text)."""

from __future__ import annotations

import pytest

from geoarticle import find_actors
from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.models import Article, Paragraph, Section


def _names(text: str) -> set[str]:
    return {a.name for a in find_actors(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Orla Brenn and Tomas Vey contributed.",
        "Orla Brenn contributed to this story.",
    ],
)
def test_contributors_are_no_actors(text: str) -> None:
    assert not _names(text) & {"Orla Brenn", "Tomas Vey"}


def test_a_byline_before_a_colon_is_no_actor() -> None:
    names = _names("By Orla Brenn: The Tarvel council met Kenya's envoy on Monday.")
    assert "Orla Brenn" not in names
    assert "Kenya" in names


def test_a_body_that_contributed_to_a_fund_stays() -> None:
    assert "Acme Holdings" in _names("Acme Holdings contributed to this year's fund.")


def test_a_sentence_opening_with_by_and_no_colon_is_read() -> None:
    assert "Orla Brenn" in _names("By Friday, Orla Brenn said the talks had failed.")


def _annotated(*paragraphs: str) -> set[str]:
    article = Article(sections=(Section(blocks=tuple(Paragraph(text=t) for t in paragraphs)),))
    return {a.name for a in ActorAnnotator()(article).actors}


def test_a_name_under_a_line_closed_by_by_is_a_credit() -> None:
    names = _annotated("Article by\nOrla Brenn", "Mayor Dana Orrel said the vote was fair.")
    assert "Orla Brenn" not in names
    assert "Dana Orrel" in names


def test_a_sentence_after_a_line_closed_by_by_is_read() -> None:
    names = _annotated("Photos by\nOrla Brenn said the vote in Nairobi was fair.")
    assert "Nairobi" in names
