"""Resume: every record exactly once in the output, whatever moment the run was killed."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geoarticle.batch import OutputExistsError, ResumeError, run_to_file

from .conftest import text_dump, write_jsonl

#: Runs the CLI in-process with each record slowed down and commits every 20 ms,
#: so that a kill lands part-way through the run with several commits behind it.
SLOW_CLI = """
import sys, time
from geoarticle.batch import journal, worker
_process = worker.process_record
def slow(record, options):
    time.sleep(0.003)
    return _process(record, options)
worker.process_record = slow
journal.OutputSink.__init__.__kwdefaults__["commit_seconds"] = 0.02
from geoarticle.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _keys(out: Path) -> list[tuple[str, int | None, str | None]]:
    keys = []
    for line in out.read_text(encoding="utf-8").splitlines():
        src = json.loads(line)["source"]
        keys.append((src["path"], src.get("line"), src.get("record_id")))
    return keys


def _inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "docs").mkdir(parents=True)
    rows = [
        {"text": text_dump(f"Bulletin {i}", f"Item {i} of the port log."), "id": i}
        for i in range(300)
    ]
    rows[17] = "{broken"  # an error record must survive the kill too
    write_jsonl(root / "feed.jsonl", rows)
    for i in range(60):
        (root / "docs" / f"{i:03d}.txt").write_text(text_dump(f"Note {i}", f"Body {i}."))
    return root


def test_sigkill_part_way_then_resume_gives_each_input_once(tmp_path: Path) -> None:
    root = _inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    journal = Path(str(out) + ".journal")
    cmd = [
        sys.executable,
        "-c",
        SLOW_CLI,
        "batch",
        str(root),
        "-o",
        str(out),
        "--workers",
        "1",
        "--no-annotate",
    ]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        if journal.exists() and journal.read_bytes().count(b"\nR ") >= 40:
            break
        time.sleep(0.005)
    time.sleep(random.uniform(0, 0.1))
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stderr.close()  # type: ignore[union-attr]
    written = out.read_bytes().count(b"\n")
    assert 0 < written < 360

    resumed = subprocess.run(
        [sys.executable, "-m", "geoarticle", "batch", str(root), "-o", str(out), "--resume", "--no-annotate"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert "done before resuming" in resumed.stderr
    keys = _keys(out)
    assert len(keys) == 360
    assert len(set(keys)) == 360

    clean = tmp_path / "clean.jsonl"
    run_to_file([root], str(clean), workers=1, annotate=False)
    assert sorted(out.read_bytes().splitlines()) == sorted(clean.read_bytes().splitlines())


def test_partial_and_unjournaled_lines_are_cut(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    run_to_file([corpus], str(out), workers=1, ordered=True)
    expected = out.read_bytes()
    lines = expected.splitlines(keepends=True)
    journal = Path(str(out) + ".journal")
    entries = journal.read_bytes().splitlines(keepends=True)
    # as if killed after writing 11 lines but journaling only the first 4, mid-way
    # through the 5th journal entry and mid-way through a 12th output line
    keep = [e for e in entries if not e.startswith(b"R ")]
    records = [e for e in entries if e.startswith(b"R ")]
    journal.write_bytes(
        b"".join(keep[:1] + entries[1:][: entries[1:].index(records[4])]) + records[4][:3]
    )
    out.write_bytes(b"".join(lines) + lines[0][:20])
    summary = run_to_file([corpus], str(out), workers=1, ordered=True, resume=True)
    assert summary.previous == 4
    assert summary.records == 7
    assert out.read_bytes() == expected


def test_resume_of_a_finished_run_does_nothing(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    run_to_file([corpus], str(out), workers=1, on_error="skip")
    before = out.read_bytes()
    summary = run_to_file([corpus], str(out), workers=1, on_error="skip", resume=True)
    assert summary.records == 0
    assert summary.previous == 11
    assert out.read_bytes() == before


def test_resume_refuses_what_it_cannot_vouch_for(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text('{"not": "ours"}\n')
    with pytest.raises(ResumeError, match="no journal"):
        run_to_file([corpus], str(out), workers=1, resume=True)
    with pytest.raises(OutputExistsError, match="--overwrite"):
        run_to_file([corpus], str(out), workers=1)
    assert out.read_text() == '{"not": "ours"}\n'
    run_to_file([corpus], str(out), workers=1, overwrite=True)
    with pytest.raises(ResumeError, match="annotate"):
        run_to_file([corpus], str(out), workers=1, resume=True, annotate=False)
    (corpus / "pages" / "a.html").write_text("<p>edited since</p>")
    with pytest.raises(ResumeError, match="changed"):
        run_to_file([corpus], str(out), workers=1, resume=True)
