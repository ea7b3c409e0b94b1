"""Reading PETRARCH / Phoenix dictionaries: a small invented file, and the shared copy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from geoarticle.annotators.actors import ActorAnnotator, find_actors, load_petrarch
from geoarticle.errors import ParseError
from geoarticle.models import ActorKind, Article, Paragraph, Section

SHARED = Path(
    os.environ.get("GEOARTICLE_SHARED", Path(__file__).resolve().parents[2].parent / "shared")
)

ACTORS = """# invented entries in the PETRARCH layout
RIVERLAND_LIBERATION_CORPS_ [XRLREB] # a comment
+RLC_
+RIVER_CORPS_

ZALDO_MERKANTI_
\t[ABCGOV 990101-051231]
\t[ABCELI >051231]
"""
AGENTS = """!PERSON! = MAN, WOMAN
FERRY!PERSON! [~TRN]
HARBOUR_MASTER [~GOV]
"""


def test_reads_invented_actor_file(tmp_path: Path) -> None:
    f = tmp_path / "Invented.actors.txt"
    f.write_text(ACTORS, encoding="utf-8")
    gaz = load_petrarch(f)
    names = {e.name: e for e in gaz.entries}
    corps = names["Riverland Liberation Corps"]
    assert corps.code == "XRLREB"
    assert corps.kind is ActorKind.ARMED_GROUP
    assert "RLC" in corps.aliases
    zaldo = names["Zaldo Merkanti"]
    assert zaldo.kind is ActorKind.PERSON
    assert zaldo.code == "ABCELI"
    actors = {a.name: a for a in find_actors("Fighters of the RLC crossed the river.", extra=gaz)}
    assert actors["Riverland Liberation Corps"].code == "XRLREB"


def test_reads_invented_agents(tmp_path: Path) -> None:
    f = tmp_path / "Invented.agents.txt"
    f.write_text(AGENTS, encoding="utf-8")
    gaz = load_petrarch(f)
    assert ("ferryman", "TRN") in gaz.titles
    assert ("harbour master", "GOV") in gaz.titles


def test_missing_file_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError):
        load_petrarch(tmp_path / "none.actors.txt")


def test_shared_dictionaries() -> None:
    folder = SHARED / "reference" / "petrarch2"
    path = folder / "Phoenix.International.actors.txt"
    if not path.is_file():
        pytest.skip("../shared/reference/petrarch2 is not present")
    gaz = load_petrarch(path) + load_petrarch(folder / "Phoenix.agents.txt")
    assert len(gaz.entries) > 100
    assert len(gaz.titles) > 100
    article = Article(
        sections=(
            Section(blocks=(Paragraph(text="The Economic Community of West African States met."),)),
        )
    )
    out = ActorAnnotator(extra=gaz)(article)
    assert any(a.code and a.code.startswith("IGO") for a in out.actors)
