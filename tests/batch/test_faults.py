"""Batch under faults: each test ends with every input accounted for exactly once, and a
non-zero exit wherever something was lost.

Faults: two runs writing the same output, an output that is already there, a read-only
output, a full disk part-way (a file-size limit in a child process), a worker killed
mid-record, a record over its time budget (hard: the worker is stopped; soft: the
parser's own check). Truncated and corrupt gzip and WARC inputs are in ``test_truncated.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geoarticle.batch import LocalEngine, OutputBusyError, run, run_to_file
from geoarticle.batch.journal import OutputSink
from geoarticle.cli import main
from geoarticle.limits import Limits

from .conftest import text_dump, write_jsonl
from .faulty import crash_or_hang


def _feed(path: Path, n: int, special: dict[int, str] | None = None) -> Path:
    rows: list[object] = []
    for i in range(n):
        body = f"Item {i} of the port log was filed on time. " + (special or {}).get(i, "")
        rows.append({"text": text_dump(f"Bulletin {i}", body), "id": i})
    return write_jsonl(path, rows)


def _lines(out: Path) -> list[dict[str, object]]:
    """The complete lines of ``out`` (a write cut part-way leaves a partial last line)."""
    text = out.read_text(encoding="utf-8")
    return [json.loads(ln) for ln in text[: text.rfind("\n") + 1].splitlines()]


def _ids(lines: list[dict[str, object]]) -> list[int]:
    return sorted(int(ln["source"]["id"]) for ln in lines)  # type: ignore[index]


# -- the output ------------------------------------------------------------------------


def test_a_second_run_on_the_same_output_refuses(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 6)
    out = tmp_path / "out.jsonl"
    holder = OutputSink(str(out), header={"x": 1})  # a run in progress holds the lock
    try:
        with pytest.raises(OutputBusyError):
            run_to_file([feed], str(out), workers=1, annotate=False)
        assert main(["batch", str(feed), "-o", str(out), "--workers", "1", "--resume"]) == 2
    finally:
        holder.close()
    assert main(["batch", str(feed), "-o", str(out), "--workers", "1", "--overwrite"]) == 0
    assert _ids(_lines(out)) == list(range(6))


SLOW_CLI = """
import os, sys, time
from geoarticle.batch import worker
_process = worker.process_record
_gate = os.environ.get("GEOARTICLE_TEST_GATE")
def slow(record, options):
    time.sleep(0.05)
    # held while the test's gate file exists (bounded), so a slow machine cannot let this
    # run finish before the second writer has tried
    limit = time.monotonic() + 60
    while _gate and os.path.exists(_gate) and time.monotonic() < limit:
        time.sleep(0.01)
    return _process(record, options)
worker.process_record = slow
from geoarticle.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_concurrent_writers_do_not_interleave(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 30)
    out = tmp_path / "out.jsonl"
    args = ["batch", str(feed), "-o", str(out), "--workers", "1", "--no-annotate"]
    gate = tmp_path / "gate"
    gate.touch()
    env = {**os.environ, "GEOARTICLE_TEST_GATE": str(gate)}
    first = subprocess.Popen(
        [sys.executable, "-c", SLOW_CLI, *args], stderr=subprocess.PIPE, env=env
    )
    try:
        limit = time.monotonic() + 30
        while not Path(str(out) + ".journal").exists() and time.monotonic() < limit:
            time.sleep(0.01)
        second = subprocess.run(
            [sys.executable, "-m", "geoarticle", *args, "--overwrite"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        gate.unlink()
        _, err = first.communicate(timeout=90)
    assert second.returncode == 2
    assert "being written by another" in second.stderr
    assert first.returncode == 0, err
    assert _ids(_lines(out)) == list(range(30))


def test_an_existing_output_is_not_overwritten(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 3)
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    assert main(["batch", str(feed), "-o", str(out), "--workers", "1"]) == 2
    assert out.read_text() == "precious\n"
    assert main(["batch", str(feed), "-o", str(out), "--workers", "1", "--overwrite"]) == 0
    assert _ids(_lines(out)) == [0, 1, 2]


def _read_only_place(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o555)
        return folder / "out.jsonl"
    if not Path("/sys/kernel").is_dir():  # root writes anywhere else
        pytest.skip("no read-only place to write to")
    return Path("/sys/kernel/geoarticle-out.jsonl")


def test_read_only_output_stops_with_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 2)
    out = _read_only_place(tmp_path)
    assert main(["batch", str(feed), "-o", str(out), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert f"cannot write {out}" in err
    assert "Traceback" not in err


FULL_DISK_CLI = """
import resource, sys
limit = int(sys.argv.pop(1))
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from geoarticle.batch import journal
journal.OutputSink.__init__.__kwdefaults__["commit_every"] = 4
from geoarticle.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_full_disk_part_way_stops_and_resumes(tmp_path: Path) -> None:
    pytest.importorskip("resource")
    feed = _feed(tmp_path / "feed.jsonl", 40)
    out = tmp_path / "out.jsonl"
    args = ["batch", str(feed), "-o", str(out), "--workers", "1", "--no-annotate"]
    # files may not grow past 20 KB: the output fills up after a few commits
    full = subprocess.run(
        [sys.executable, "-c", FULL_DISK_CLI, "20000", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert full.returncode == 1, full.stderr
    assert "File too large" in full.stderr
    assert "--resume" in full.stderr
    assert "Traceback" not in full.stderr
    assert 0 < len(_lines(out)) < 40
    assert main([*args, "--resume"]) == 0
    assert _ids(_lines(out)) == list(range(40))


# -- the workers -----------------------------------------------------------------------


def test_a_worker_killed_mid_record_is_replaced(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 12, {3: "CRASH-WORKER", 8: "CRASH-WORKER"})
    engine = LocalEngine(workers=2, process=crash_or_hang)
    results = run([feed], engine=engine, chunk_size=4, annotate=False)
    got = {int(r.source.id or -1): r for r in results}
    assert sorted(got) == list(range(12))
    assert {i for i, r in got.items() if not r.ok} == {3, 8}
    assert got[3].error is not None
    assert got[3].error.type == "WorkerDiedError"
    assert "exit code 7" in got[3].error.message
    assert results.summary.lost == 2


def test_a_record_over_budget_is_stopped_and_its_worker_replaced(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 8, {2: "SLEEP-FOREVER"})
    engine = LocalEngine(workers=2, process=crash_or_hang)
    start = time.monotonic()
    results = run(
        [feed], engine=engine, chunk_size=3, annotate=False, limits=Limits(max_seconds=0.5)
    )
    got = {int(r.source.id or -1): r for r in results}
    assert time.monotonic() - start < 60
    assert sorted(got) == list(range(8))
    assert [i for i, r in got.items() if not r.ok] == [2]
    error = got[2].error
    assert error is not None
    assert error.type == "TimeLimitExceededError"
    assert "worker was stopped" in error.message
    assert results.summary.lost == 1


def test_a_record_over_budget_ends_at_the_parsers_check(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 4, {1: "SLOW-CHECKED"})
    for engine in (
        LocalEngine(workers=1, process=crash_or_hang),
        LocalEngine(workers=2, process=crash_or_hang),
    ):
        results = run([feed], engine=engine, annotate=False, limits=Limits(max_seconds=0.3))
        got = {int(r.source.id or -1): r for r in results}
        assert sorted(got) == list(range(4))
        error = got[1].error
        assert error is not None
        assert error.type == "TimeLimitExceededError"
        assert "test loop" in error.message


def test_lost_records_make_the_command_exit_3(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 5, {4: "CRASH-WORKER"})
    out = tmp_path / "out.jsonl"
    import geoarticle.batch.engines as engines

    monkeypatch.setattr(
        engines, "make_engine", lambda *a, **k: LocalEngine(workers=2, process=crash_or_hang)
    )
    monkeypatch.setattr("geoarticle.batch.runner.make_engine", engines.make_engine)
    assert main(["batch", str(feed), "-o", str(out), "--no-annotate"]) == 3
    err = capsys.readouterr().err
    assert "1 lost" in err
    lines = _lines(out)
    assert _ids(lines) == list(range(5))
    assert [ln["error"]["type"] for ln in lines if "error" in ln] == ["WorkerDiedError"]  # type: ignore[index]


def test_ordered_results_stay_in_input_order_through_faults(tmp_path: Path) -> None:
    feed = _feed(tmp_path / "feed.jsonl", 10, {1: "CRASH-WORKER", 6: "SLEEP-FOREVER"})
    engine = LocalEngine(workers=2, process=crash_or_hang, in_flight=3)
    results = list(
        run(
            [feed],
            engine=engine,
            chunk_size=2,
            ordered=True,
            annotate=False,
            limits=Limits(max_seconds=0.5),
        )
    )
    assert [int(r.source.id or -1) for r in results] == list(range(10))
    assert [(i, r.error.type) for i, r in enumerate(results) if r.error is not None] == [
        (1, "WorkerDiedError"),
        (6, "TimeLimitExceededError"),
    ]
