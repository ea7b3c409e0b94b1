"""``geoarticle diff A B``: exit codes and the report, called in-process through main(argv)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

import geoarticle
from geoarticle import Article
from geoarticle.cli import main
from geoarticle.testing import make_article, make_event, make_paragraph, make_section

FIXTURES = Path(__file__).parent / "fixtures"


def _v1() -> Article:
    return make_article(
        title="Ceasefire monitors report calm along the frontier",
        sections=[
            make_section("Armenia and Azerbaijan kept the ceasefire for a full week."),
            make_section(
                "The monitoring mission logged no shelling in three daily reports.",
                "Diplomats from France are due in Yerevan next week.",
                heading="The mission",
            ),
        ],
        actors=["Armenia", "Azerbaijan", "France", "place:Yerevan"],
        events=[make_event("042", ["country:france"], ["place:yerevan"])],
    )


def _v2(v1: Article) -> Article:
    """One changed paragraph and one removed actor (Azerbaijan)."""
    mission = v1.sections[1]
    changed = attrs.evolve(
        mission,
        blocks=(
            make_paragraph("The monitoring mission logged two minor incidents."),
            mission.blocks[1],
        ),
    )
    return attrs.evolve(
        v1,
        sections=(v1.sections[0], changed),
        actors=tuple(a for a in v1.actors if a.name != "Azerbaijan"),
    )


@pytest.fixture
def versions(tmp_path: Path) -> tuple[str, str]:
    v1 = _v1()
    a, b = tmp_path / "v1.json", tmp_path / "v2.json"
    a.write_text(geoarticle.dumps(v1), encoding="utf-8")
    b.write_text(geoarticle.dumps(_v2(v1)), encoding="utf-8")
    return str(a), str(b)


def test_diff_prints_exactly_the_two_differences(
    versions: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = versions
    assert main(["diff", a, b]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:6] == [
        f"--- {a}",
        f"+++ {b}",
        'changed  sections[1].blocks[0].text  [section 1 "The mission", block 0 (paragraph)]',
        "  - 'The monitoring mission logged no shelling in three daily reports.'",
        "  + 'The monitoring mission logged two minor incidents.'",
        'removed  actors["country:azerbaijan"]  [actor "Azerbaijan" (country)]',
    ]
    assert lines[6].startswith(
        '  - {"aliases": [], "code": null, "country": null, "geonames_id": null, '
        '"id": "country:azerbaijan"'
    )
    assert len(lines) == 7


def test_diff_json_format(versions: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    a, b = versions
    assert main(["diff", a, b, "--format", "json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["equal"] is False
    assert [(d["op"], d["path"]) for d in report["differences"]] == [
        ("changed", "sections[1].blocks[0].text"),
        ("removed", 'actors["country:azerbaijan"]'),
    ]
    assert report["differences"][1]["old"]["name"] == "Azerbaijan"


def test_diff_ignore(versions: tuple[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    a, b = versions
    assert main(["diff", a, b, "--ignore", "actors", "--ignore", "sections.blocks.text"]) == 0
    assert capsys.readouterr().out == ""


def test_diff_equal_files_exit_0(
    versions: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    a, _ = versions
    assert main(["diff", a, a, "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"equal": True, "differences": []}


def test_diff_html_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = (FIXTURES / "wire.html").read_text(encoding="utf-8")
    edited = page.replace(
        "logged no shelling in its last three", "logged no shelling in its last four"
    )
    assert edited != page
    (tmp_path / "old.html").write_text(page, encoding="utf-8")
    (tmp_path / "new.html").write_text(edited, encoding="utf-8")
    old, new = str(tmp_path / "old.html"), str(tmp_path / "new.html")
    assert main(["diff", old, new, "--no-annotate", "--format", "json"]) == 1
    diffs = json.loads(capsys.readouterr().out)["differences"]
    assert len(diffs) == 1
    assert diffs[0]["op"] == "changed"
    assert diffs[0]["path"].startswith("sections[")
    assert "four" in diffs[0]["new"]
    assert main(["diff", old, old, "--no-annotate"]) == 0


def test_diff_text_against_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "A Short Title\n\nOne paragraph of body text for the comparison.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    parsed = geoarticle.parse_text(text, annotate=False)
    (tmp_path / "a.json").write_text(geoarticle.dumps(parsed), encoding="utf-8")
    args = ["diff", str(tmp_path / "a.txt"), str(tmp_path / "a.json"), "--no-annotate"]
    assert main(args) == 0, capsys.readouterr().out


def test_diff_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = str(tmp_path / "nope.json")
    assert main(["diff", missing, missing]) == 2
    assert "cannot read" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text('{"title": 5}', encoding="utf-8")
    assert main(["diff", str(bad), str(bad)]) == 2
    assert "title" in capsys.readouterr().err
    assert main(["diff", str(bad)]) == 2  # usage error


def test_diff_whitespace_only_unless_exact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text(geoarticle.dumps(make_article(title="Calm on the frontier")), encoding="utf-8")
    b.write_text(geoarticle.dumps(make_article(title="Calm on  the\nfrontier ")), encoding="utf-8")
    assert main(["diff", str(a), str(b)]) == 0
    assert main(["diff", str(a), str(b), "--exact"]) == 1
    assert "changed  title" in capsys.readouterr().out
