"""Names found only in table cells are no actors by default; prose actors keep their cells."""

from __future__ import annotations

from geoarticle.annotators.actors import ActorAnnotator
from geoarticle.models import Article, Paragraph, Section, Table

ROWS = (
    ("Ward", "Councillor", "Email"),
    ("Hollin Vale", "Marta Quellen", "marta.quellen@example.org"),
    ("Brisk Cross", "Dario Pellum", "dario.pellum@example.org"),
    ("Ostrem Heath", "Ines Varga", "ines.varga@example.org"),
)


def _article() -> Article:
    return Article(
        sections=(
            Section(
                blocks=(
                    Paragraph(text="Councillor Ines Varga said the bridge vote was a mistake."),
                    Paragraph(text="Below is a list of councillors you can write to."),
                    Table(rows=ROWS),
                )
            ),
        )
    )


def _names(article: Article) -> set[str]:
    return {a.name for a in article.actors}


def test_table_only_names_are_left_out() -> None:
    names = _names(ActorAnnotator()(_article()))
    assert "Ines Varga" in names
    assert not names & {"Marta Quellen", "Dario Pellum", "Hollin Vale", "Brisk Cross"}


def test_a_prose_actor_keeps_its_table_mention() -> None:
    (varga,) = (a for a in ActorAnnotator()(_article()).actors if a.name == "Ines Varga")
    assert {m.block for m in varga.mentions} == {0, 2}


def test_tables_true_keeps_table_only_names() -> None:
    names = _names(ActorAnnotator(tables=True)(_article()))
    assert {"Marta Quellen", "Dario Pellum", "Ines Varga"} <= names
