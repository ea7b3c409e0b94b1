"""Public gazetteers: TSV, JSON and Python entries, merging, frozenness, the annotator, PETRARCH."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import geoarticle
from geoarticle import ActorKind, Article, Gazetteer, GazetteerEntry, Paragraph, Pipeline, Section
from geoarticle.annotators.actors import ActorAnnotator, find_actors, load_petrarch
from geoarticle.annotators.actors._lexicon import lexicon
from geoarticle.errors import ParseError

# invented actors of an invented world
TSV = """# name\tkind\taliases\tcountry\tcode\trole
Arnor\tcountry\tNorth Kingdom\tARN\tARN
Free Company of Lindon\tarmed_group\tFCL|the Company\tARN\tARNREB
Elendra Vastmoor\tperson\tVastmoor\tARN\tARNGOV\tSteward
"""
HEADED = "kind\tname\tcountry\nplace\tMithlond Harbour\tARN\n"
TEXT = "Arnor said the Free Company of Lindon attacked Mithlond Harbour, Steward Vastmoor said."


def _article(text: str) -> Article:
    return Article(sections=(Section(blocks=(Paragraph(text=text),)),))


@pytest.fixture
def tsv(tmp_path: Path) -> Path:
    path = tmp_path / "world.tsv"
    path.write_text(TSV, encoding="utf-8")
    return path


def test_reads_tsv(tsv: Path) -> None:
    g = Gazetteer.from_tsv(tsv)
    by_name = {e.name: e for e in g.entries}
    assert by_name["Arnor"].kind is ActorKind.COUNTRY
    assert by_name["Arnor"].id == "country:ARN"
    company = by_name["Free Company of Lindon"]
    assert company.aliases == ("FCL", "the Company")
    assert company.id == "org:free-company-of-lindon"
    assert company.code == "ARNREB"
    assert by_name["Elendra Vastmoor"].role == "Steward"


def test_reads_tsv_with_header(tmp_path: Path) -> None:
    path = tmp_path / "h.tsv"
    path.write_text(HEADED, encoding="utf-8")
    (entry,) = Gazetteer.from_tsv(path).entries
    assert entry == GazetteerEntry("Mithlond Harbour", ActorKind.PLACE, country="ARN")
    assert entry.id == "place:mithlond-harbour"


def test_bad_tsv_is_a_parse_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text("Arnor\tkingdom\n", encoding="utf-8")
    with pytest.raises(ParseError, match=r"bad\.tsv:1"):
        Gazetteer.from_tsv(path)
    with pytest.raises(ParseError):
        Gazetteer.from_tsv(tmp_path / "missing.tsv")


def test_reads_json(tmp_path: Path) -> None:
    path = tmp_path / "world.json"
    data = {
        "entries": [
            {"name": "Free Company of Lindon", "kind": "armed_group", "aliases": ["FCL"]},
            {"name": "Arnor", "kind": "country", "country": "ARN"},
        ],
        "titles": [["harbour warden", "GOV"]],
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    g = Gazetteer.from_json(path)
    assert [e.name for e in g.entries] == ["Free Company of Lindon", "Arnor"]
    assert g.entries[0].aliases == ("FCL",)
    assert g.titles == (("harbour warden", "GOV"),)
    path.write_text(json.dumps(data["entries"]), encoding="utf-8")
    assert Gazetteer.from_json(path).entries == g.entries
    path.write_text('{"entries": [{"name": "X"}]}', encoding="utf-8")
    with pytest.raises(ParseError):
        Gazetteer.from_json(path)


def test_python_entries() -> None:
    g = Gazetteer(
        entries=[
            GazetteerEntry("Arnor", "country", country="ARN"),
            {"name": "Free Company of Lindon", "kind": "armed_group", "aliases": "FCL|Company"},
        ]
    )
    assert isinstance(g.entries, tuple)
    assert g.entries[1].aliases == ("FCL", "Company")
    assert geoarticle.Gazetteer is Gazetteer
    with pytest.raises(ValueError, match="kingdom"):
        GazetteerEntry("Arnor", "kingdom")


def test_merge_later_wins() -> None:
    a = Gazetteer(entries=[GazetteerEntry("Arnor", "country", country="ARN", code="ARN")])
    b = Gazetteer(entries=[GazetteerEntry("Arnor", "country", country="ARN", code="ARNGOV")])
    c = Gazetteer(entries=[GazetteerEntry("Lindon", "place")])
    merged = a | b | c
    assert [e.code for e in merged.entries if e.name == "Arnor"] == ["ARNGOV"]
    assert len(merged) == 2
    assert a.merge(b) == a | b
    assert (b | a).entries[0].code == "ARN"
    assert len(a) == 1  # the operands are unchanged


def test_frozen() -> None:
    g = Gazetteer(entries=[GazetteerEntry("Arnor", "country")])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        g.entries = ()  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        g.entries[0].name = "Gondor"  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        lexicon().phrases = {}  # type: ignore[misc]
    assert not hasattr(lexicon(), "add")


def test_takes_effect_through_the_annotator(tsv: Path) -> None:
    g = Gazetteer.from_tsv(tsv)
    before = len(lexicon().phrases)
    out = Pipeline([ActorAnnotator(gazetteers=(g,)), "geocode", "events"])(_article(TEXT))
    actors = {a.name: a for a in out.actors}
    assert actors["Free Company of Lindon"].kind is ActorKind.ARMED_GROUP
    assert actors["Free Company of Lindon"].code == "ARNREB"
    assert actors["Arnor"].kind is ActorKind.COUNTRY
    assert actors["Elendra Vastmoor"].kind is ActorKind.PERSON
    # the built-in lexicon is not changed: without the gazetteer, nothing of it is known
    assert len(lexicon().phrases) == before
    plain = {a.name: a for a in ActorAnnotator()(_article(TEXT)).actors}
    assert (
        plain.get("Free Company of Lindon") is None
        or plain["Free Company of Lindon"].code != "ARNREB"
    )
    assert "Elendra Vastmoor" not in plain


def test_gazetteer_wins_over_the_built_in_names() -> None:
    g = Gazetteer(entries=[GazetteerEntry("Paris", "person", role="Prince of Troy")])
    (paris,) = find_actors("Paris spoke.", gazetteers=(g,))
    assert paris.kind is ActorKind.PERSON
    # as ``extra`` (a PETRARCH dictionary, say) the built-in name keeps its entry
    (city,) = find_actors("Paris spoke.", extra=g)
    assert city.kind is not ActorKind.PERSON


PETRARCH = """# an invented dictionary in the PETRARCH layout
ARNOR_ [ARN]
+NORTH_KINGDOM_

FREE_COMPANY_OF_LINDON_ [ARNREB]
+FCL_

THE_EU_OF_ARNOR_ [IGOARN]

WESTMARCH_UNION_ [IGOWMU]
+WMU_
+THE_WMU_

U.S._RANGERS_OF_ARNOR_ [ARNMIL]
"""


def test_petrarch_casing_and_acronyms(tmp_path: Path) -> None:
    path = tmp_path / "Invented.actors.txt"
    path.write_text(PETRARCH, encoding="utf-8")
    g = load_petrarch(path)
    by_name = {e.name: e for e in g.entries}
    assert "Arnor" in by_name  # one word in capitals: a name, not an acronym
    assert "Free Company of Lindon" in by_name
    assert "The EU of Arnor" in by_name  # not "The Eu of Arnor"
    assert "The WMU" in by_name["Westmarch Union"].aliases  # not "The Wmu"
    assert "U.S. Rangers of Arnor" in by_name  # not "U.s. Rangers"
    names = {a.name for a in find_actors("Arnor and the Westmarch Union met.", extra=g)}
    assert {"Arnor", "Westmarch Union"} <= names
    caps = {a.name for a in find_actors("ARNOR AND THE FCL MET TODAY IN THE HALL.", extra=g)}
    assert "Arnor" in caps
    found = {a.name for a in find_actors("Envoys of the WMU arrived.", extra=g)}
    assert "Westmarch Union" in found
