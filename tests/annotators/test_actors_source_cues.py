"""A name after "told the", "according to the", "obtained by the": the body a report comes from."""

from __future__ import annotations

import pytest

from geoarticle import find_actors
from geoarticle.models import ActorKind


def _kinds(text: str) -> dict[str, ActorKind]:
    return {a.name: a.kind for a in find_actors(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mayor told the Tarvel Journal that the plan was dead.", "Tarvel Journal"),
        ("According to the Orvik-Review, the school will close.", "Orvik-Review"),
        ("A memo obtained by the Dunmore Courier showed the cuts.", "Dunmore Courier"),
        ("In an interview with the Halden Ledger, she said no.", "Halden Ledger"),
    ],
)
def test_a_source_after_a_cue_is_an_organisation(text: str, name: str) -> None:
    assert _kinds(text)[name] is ActorKind.ORGANIZATION


def test_a_book_is_no_source() -> None:
    assert not _kinds("According to the Talmud, the rest day starts at dusk.")


def test_a_long_apposition_still_gives_the_kind() -> None:
    text = (
        "Sales may dip next year, said Ann Lee of Orvik Bridge, a Leeds-based opinion "
        "polling and consumer market research firm."
    )
    assert _kinds(text)["Orvik Bridge"] is ActorKind.ORGANIZATION


def test_in_governs_the_possessed_noun_not_the_possessor() -> None:
    assert "Quorvex" not in _kinds("Pension funds objected, as they did in Quorvex's takeover.")
