"""``geoarticle batch`` on the command line: exit codes, summary, quiet stderr off a terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoarticle.cli import main


def test_batch_writes_lines_and_a_summary(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "o.jsonl"
    code = main(["batch", str(corpus), "-o", str(out), "--workers", "1", "--ordered"])
    assert code == 0
    lines = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 11
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "11 records" in err
    assert "\r" not in err


def test_batch_to_stdout_with_skip(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["batch", str(corpus), "-o", "-", "--workers", "1", "--on-error", "skip"])
    assert code == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == 8
    assert "3 skipped" in captured.err


def test_batch_exit_codes(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = str(tmp_path / "o.jsonl")
    assert main(["batch", str(corpus), "-o", out, "--workers", "1", "--on-error", "raise"]) == 1
    assert "--resume" in capsys.readouterr().err
    assert main(["batch", str(corpus), "-o", out, "--format", "nope"]) == 2
    assert main(["batch", str(corpus), "-o", out, "--workers", "0"]) == 2
    Path(out + ".journal").unlink()
    assert main(["batch", str(corpus), "-o", out, "--resume"]) == 2
    assert "no journal" in capsys.readouterr().err
