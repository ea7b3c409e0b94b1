"""API edges a new user meets: argument types, pipelines by step name, dir(geoarticle)."""

from __future__ import annotations

import datetime as dt

import pytest

import geoarticle
from geoarticle.errors import PipelineConfigError, UnknownFormatError
from geoarticle.pipeline import as_reference_date

DUMP = (
    "Envoys meet in Nairobi\n\n"
    "Kenya hosted the foreign minister of Somalia in Nairobi on Monday, officials said. "
    "The two countries agreed to reopen the border crossings.\n"
)


@pytest.mark.parametrize("data", [DUMP.encode(), bytearray(DUMP.encode())])
def test_parse_text_refuses_bytes_with_a_type_error(data: bytes) -> None:
    with pytest.raises(TypeError, match=r"parse_text expects str, got .*decode the bytes"):
        geoarticle.parse_text(data)  # type: ignore[arg-type]


def test_parse_text_refuses_none() -> None:
    with pytest.raises(TypeError, match="got NoneType"):
        geoarticle.parse_text(None)  # type: ignore[arg-type]


def test_reference_date_as_an_iso_string_is_a_date() -> None:
    by_string = geoarticle.parse_text(DUMP, reference_date="2020-01-01")
    by_date = geoarticle.parse_text(DUMP, reference_date=dt.date(2020, 1, 1))
    assert by_string == by_date
    assert [e.date.iso for e in by_string.events if e.date] == ["2019-12-30"]


@pytest.mark.parametrize(
    ("value", "error", "message"),
    [
        ("01/02/2020", ValueError, "not an ISO date"),
        ("yesterday", ValueError, "not an ISO date"),
        (20200101, TypeError, "got int"),
    ],
)
def test_a_bad_reference_date_is_refused_before_parsing(
    value: object, error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        geoarticle.parse_text(DUMP, reference_date=value)  # type: ignore[arg-type]
    with pytest.raises(error, match=message):
        geoarticle.parse_html(b"<p>x</p>", reference_date=value)  # type: ignore[arg-type]


def test_as_reference_date() -> None:
    assert as_reference_date(None) is None
    assert as_reference_date(dt.datetime(2021, 5, 6, 7, 8)) == dt.date(2021, 5, 6)
    assert as_reference_date(" 2021-05-06 ") == dt.date(2021, 5, 6)


def test_pipeline_from_registered_step_names() -> None:
    pipeline = geoarticle.Pipeline(["actors", "geocode", "events"])
    assert pipeline.names == ("actors", "geocode", "events")
    article = geoarticle.parse_text(DUMP, pipeline=pipeline)
    assert {a.name for a in article.actors} >= {"Kenya", "Somalia", "Nairobi"}


def test_pipeline_name_checks() -> None:
    with pytest.raises(UnknownFormatError, match="unknown annotator 'sentiment'; known: actors"):
        geoarticle.Pipeline(["actors", "sentiment"])
    with pytest.raises(PipelineConfigError, match="requires actors"):
        geoarticle.Pipeline(["events"])
    with pytest.raises(PipelineConfigError, match="step 1 is a int, not an annotator"):
        geoarticle.Pipeline(["actors", 3])  # type: ignore[list-item]


def test_dir_shows_the_public_names_only() -> None:
    names = dir(geoarticle)
    assert names == sorted(geoarticle.__all__)
    for hidden in ("Any", "TYPE_CHECKING", "importlib", "annotations"):
        assert hidden not in names
