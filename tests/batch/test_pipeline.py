"""Batch with a custom pipeline and plugins: every worker builds the same pipeline."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import attrs
import pytest

from geoarticle.batch import ErrorInfo, Result, RunOptions, run, run_to_file
from geoarticle.batch.engines import make_engine
from geoarticle.cli import main
from geoarticle.errors import (
    HTTPStatusError,
    NotAnArticleError,
    PipelineConfigError,
    StructureError,
    UnknownFormatError,
)
from geoarticle.models import Article

from .conftest import ARTICLES, text_dump
from .steps import Stamp

#: An invented article naming places the geocode step knows.
PLACES = (
    "Harbour talks in Paris",
    "Officials of France met envoys of Velmora in Paris on Monday to settle a fishing dispute.",
)


def _folder(root: Path) -> Path:
    root.mkdir()
    for i, (title, body) in enumerate([*ARTICLES[:2], PLACES]):
        (root / f"{i}.txt").write_text(text_dump(title, body), encoding="utf-8")
    return root


def _tags(results: list[Result]) -> list[list[str]]:
    assert all(r.ok for r in results), [r.error for r in results]
    return [json.loads(r.output or "")["tags"] for r in results]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_custom_pipeline_runs_in_every_worker(tmp_path: Path, workers: int) -> None:
    folder = _folder(tmp_path / "in")
    pipeline = ("actors", Stamp(), "events")
    results = list(run([folder], workers=workers, ordered=True, pipeline=pipeline))
    tags = _tags(results)
    assert len(tags) == 3
    assert all(len(t) == 1 and t[0].startswith("stamp:") for t in tags)
    # no geocode step ran: no actor has coordinates (the default pipeline gives some)
    actors = [a for r in results for a in json.loads(r.output or "")["actors"]]
    assert actors
    assert all(a.get("lat") is None for a in actors)
    default = list(run([folder], workers=1))
    assert any(
        a.get("lat") is not None for r in default for a in json.loads(r.output or "")["actors"]
    )


def test_a_plugin_and_step_names_in_two_workers(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    options = RunOptions(
        pipeline="actors,stamp", plugins=["tests.batch.steps:plugin"], workers=2, ordered=True
    )
    tags = _tags(list(run([folder], options)))
    assert all(t[0].startswith("plugged:") for t in tags)


def test_keywords_override_the_options_object(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    options = RunOptions(format="markdown", workers=1)
    results = list(run([folder], options, format="json", annotate=False))
    assert all(r.format == "json" and r.ok for r in results)
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        run([folder], colour="red")


def test_pipeline_problems_stop_the_run_before_it_starts(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    with pytest.raises(UnknownFormatError, match="unknown annotator 'stamp'"):
        run([folder], workers=1, pipeline="actors,stamp")
    with pytest.raises(PipelineConfigError, match="requires actors"):
        run([folder], workers=1, pipeline=[Stamp()])
    with pytest.raises(ValueError, match="annotate=False"):
        run([folder], workers=1, pipeline="actors", annotate=False)


@attrs.frozen
class Unpicklable:
    """A step holding a lambda: it cannot travel to worker processes."""

    func: object = attrs.field(factory=lambda: lambda a: a)
    name: str = "local-only"
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()

    def __call__(self, article: Article) -> Article:
        return article


def test_a_step_that_cannot_travel(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    with pytest.raises(PipelineConfigError, match="'local-only' cannot be sent to the workers"):
        run([folder], workers=2, pipeline=[Unpicklable()])
    assert len(list(run([folder], workers=1, pipeline=[Unpicklable()]))) == 3


def test_unknown_engine_is_an_unknown_format_error() -> None:
    with pytest.raises(UnknownFormatError, match="unknown engine 'spark'; known: local, dask"):
        make_engine("spark")


def test_resume_refuses_another_pipeline(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    run_to_file([folder], str(out), workers=1, pipeline="actors")
    header = json.loads((tmp_path / "out.jsonl.journal").read_text().splitlines()[0])
    assert header["pipeline"] == ["actors"]
    from geoarticle.batch import ResumeError

    with pytest.raises(ResumeError, match="pipeline"):
        run_to_file([folder], str(out), workers=1, resume=True)
    summary = run_to_file([folder], str(out), workers=1, resume=True, pipeline=["actors"])
    assert summary.previous == 3
    assert summary.records == 0


def test_error_info_keeps_structured_fields() -> None:
    err = NotAnArticleError("empty")
    err.step = "actors"
    info = ErrorInfo.from_exception(err)
    assert (info.type, info.message, info.step) == ("NotAnArticleError", "empty", "actors")
    assert info.to_dict() == {"type": "NotAnArticleError", "message": "empty", "step": "actors"}
    http = ErrorInfo.from_exception(HTTPStatusError("gone", url="https://x.example/", status=404))
    assert http.to_dict() == {
        "type": "HTTPStatusError",
        "message": "gone",
        "url": "https://x.example/",
        "status": 404,
    }
    structure = ErrorInfo.from_exception(StructureError("bad", ["title: expected str"]))
    assert structure.errors == ("title: expected str",)
    assert ErrorInfo.from_dict(structure.to_dict()) == structure
    # what older readers know is still there, and nothing else for a plain error
    assert ErrorInfo.from_exception(ValueError("x")).to_dict() == {
        "type": "ValueError",
        "message": "x",
    }


def test_cli_pipeline_and_plugin(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(folder), "-o", str(out), "--workers", "2", "--ordered"]
    args += ["--pipeline", "actors,stamp", "--plugin", "tests.batch.steps:plugin"]
    assert main(args) == 0
    lines = [json.loads(ln) for ln in out.read_text().splitlines()]
    assert [ln["output"]["tags"][0].split(":")[0] for ln in lines] == ["plugged"] * 3


def test_cli_refuses_bad_pipeline_options(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _folder(tmp_path / "in")
    out = str(tmp_path / "out.jsonl")
    base = ["batch", str(folder), "-o", out, "--workers", "1"]
    assert main([*base, "--pipeline", "actors,stamp"]) == 2
    assert "unknown annotator 'stamp'" in capsys.readouterr().err
    assert main([*base, "--pipeline", "actors", "--no-annotate"]) == 2
    assert main([*base, "--plugin", "tests.batch.steps:nothing"]) == 2
    assert "--plugin tests.batch.steps:nothing" in capsys.readouterr().err
    assert main([*base, "--plugin", "nocolon"]) == 2
    assert not Path(out).exists()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert main([*base, "--pipeline", "actors"]) == 0
