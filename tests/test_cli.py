"""The command line: exit codes and outputs, called in-process through main(argv)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import geoarticle
from geoarticle.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert geoarticle.__version__ in capsys.readouterr().out


def test_no_command_is_usage_error() -> None:
    assert main([]) == 2


def test_bad_option_is_usage_error() -> None:
    assert main(["parse"]) == 2


def test_example_prints_article_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["schema_version"] == geoarticle.SCHEMA_VERSION
    assert data["title"]
    assert data["sections"]


def test_parse_text_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text("A Title Here\n\nA first paragraph of the body, long enough to read.\n", "utf-8")
    assert main(["parse", str(src), "--no-annotate"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "A Title Here"


def test_parse_html_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.html"
    src.write_text(
        "<html><head><title>Page</title></head><body><article>"
        "<p>One paragraph of article text that is long enough to count as body.</p>"
        "</article></body></html>",
        "utf-8",
    )
    assert main(["parse", str(src), "--no-annotate"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "One paragraph" in "".join(b["text"] for s in out["sections"] for b in s["blocks"])


def test_parse_missing_file_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "/nonexistent/file.html"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geoarticle: error:")
    assert "Traceback" not in err


def test_parse_empty_input_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "empty.txt"
    src.write_text("   \n", "utf-8")
    assert main(["parse", str(src)]) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_unknown_format_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["example", "--format", "yaml"]) == 2
    assert "unknown format 'yaml'" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "geoarticle Article"


def test_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    assert "json" in capsys.readouterr().out.split()


def test_python_dash_m() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "geoarticle", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.startswith("geoarticle ")


def test_parse_gzip_file_and_cut_gzip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Files are read by the input stage: gzip is unpacked, a cut stream is a clear error."""
    import gzip

    packed = gzip.compress(b"Harbour talks\n\nEnvoys met in Valdora on Monday to talk.\n")
    src = tmp_path / "talks.txt.gz"
    src.write_bytes(packed)
    assert main(["parse", str(src), "--no-annotate", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Harbour talks"
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(packed[: len(packed) // 2])
    assert main(["parse", str(cut), "--no-annotate"]) == 1
    assert "gzip" in capsys.readouterr().err
