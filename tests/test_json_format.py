"""The json format: schema validation and error paths (round trips: test_roundtrip.py)."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest

import geoarticle
from geoarticle import (
    Actor,
    ActorKind,
    Article,
    Event,
    Evidence,
    Mention,
    Paragraph,
    SchemaVersionError,
    Section,
    StructureError,
)


def _article() -> Article:
    text = "Pakistan met India."
    return Article(
        title="T",
        sections=(Section(blocks=(Paragraph(text=text),)), Section(heading="H", level=2)),
        actors=(
            Actor(
                id="c:PAK",
                name="Pakistan",
                kind=ActorKind.COUNTRY,
                country="PAK",
                mentions=(Mention(start=0, end=8, text="Pakistan", section=0, block=0),),
            ),
            Actor(id="c:IND", name="India", kind=ActorKind.COUNTRY, country="IND"),
        ),
        events=(
            Event(
                id="e1",
                code="036",
                sources=("c:PAK",),
                targets=("c:IND",),
                evidence=(Evidence(section=0, block=0, start=0, end=len(text)),),
            ),
        ),
    )


def _dumped() -> dict[str, Any]:
    return json.loads(geoarticle.dumps(_article()))  # type: ignore[no-any-return]


def test_schema_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(geoarticle.json_schema())


def test_dump_validates_against_schema() -> None:
    jsonschema.validate(_dumped(), geoarticle.json_schema())


def test_schema_version_present_and_checked() -> None:
    data = _dumped()
    assert data["schema_version"] == geoarticle.SCHEMA_VERSION
    data["schema_version"] = "99.0"
    with pytest.raises(SchemaVersionError, match=r"99\.0"):
        geoarticle.loads(json.dumps(data))


@pytest.mark.parametrize(
    ("edit", "line"),
    [
        (
            lambda d: d["sections"][0]["blocks"][0].__setitem__("text", 5),
            "sections[0].blocks[0].text: expected str, got int",
        ),
        (
            lambda d: d["sections"][1].__setitem__("level", "2"),
            "sections[1].level: expected int, got str",
        ),
        (lambda d: d.__setitem__("tags", "abc"), "tags: expected array, got str"),
        (lambda d: d["actors"][0].__setitem__("kind", "planet"), "actors[0].kind"),
        (
            lambda d: d["events"][0].__setitem__("targets", ["ghost"]),
            "events[0].targets: unknown actor id 'ghost'",
        ),
        (
            lambda d: d["sections"][0]["blocks"][0].__setitem__("type", "poem"),
            "sections[0].blocks[0]: unknown block type 'poem'",
        ),
        (
            lambda d: d["sections"][0]["blocks"][0].pop("text"),
            "sections[0].blocks[0].text: required field missing",
        ),
    ],
)
def test_errors_name_the_path(edit: Any, line: str) -> None:
    data = _dumped()
    edit(data)
    with pytest.raises(StructureError) as info:
        geoarticle.loads(json.dumps(data))
    assert any(e.startswith(line) for e in info.value.errors), info.value.errors
    assert isinstance(info.value, ValueError)


def test_not_json() -> None:
    with pytest.raises(StructureError, match="not valid JSON"):
        geoarticle.loads("{nope")
    with pytest.raises(StructureError, match="expected a JSON object"):
        geoarticle.loads("[]")


def test_dumps_one_line() -> None:
    assert "\n" not in geoarticle.dumps(_article(), "json", indent=None)
