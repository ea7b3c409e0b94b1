"""The Python API: one result per record, error policies, order, output lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoarticle.batch import RecordFailedError, Result, Source, run
from geoarticle.batch.progress import Progress, format_duration


def test_every_record_accounted_for(corpus: Path) -> None:
    results = run([corpus], workers=1, ordered=True)
    got = list(results)
    assert len(got) == 11
    assert sum(not r.ok for r in got) == 3
    s = results.summary
    assert (s.ok, s.errors, s.skipped, s.records) == (8, 3, 0, 11)
    assert sum(s.ignored.values()) == 2
    assert "11 records" in s.line()
    assert "ignored" in s.line()


def test_lines_carry_source_and_output(corpus: Path) -> None:
    lines = [json.loads(r.to_line()) for r in run([corpus], workers=1, ordered=True)]
    warc = lines[0]
    assert warc["source"]["kind"] == "warc"
    assert warc["source"]["target_uri"] == "https://news.example/v"
    assert warc["source"]["record_id"].startswith("<urn:uuid:")
    assert warc["output"]["url"] == "https://news.example/v"
    jsonl = lines[2]
    assert jsonl["source"]["line"] == 1
    assert jsonl["source"]["id"] == "a1"
    assert jsonl["format"] == "json"
    assert jsonl["output"]["schema_version"]
    dated = lines[3]["output"]
    assert dated["published"].startswith("2024-05-02")
    errors = [ln for ln in lines if "error" in ln]
    assert {e["error"]["type"] for e in errors} == {"ParseError", "NotAnArticleError"}
    assert all(set(e["error"]) == {"type", "message"} and e["source"]["path"] for e in errors)


def test_skip_drops_but_counts_and_logs(corpus: Path, caplog: pytest.LogCaptureFixture) -> None:
    results = run([corpus], workers=1, on_error="skip")
    assert all(r.ok for r in results)
    assert results.summary.skipped == 3
    assert results.summary.records == 11
    assert sum("skipped" in m for m in caplog.messages) == 3


def test_raise_stops_at_the_first_failure(corpus: Path) -> None:
    with pytest.raises(RecordFailedError) as info:
        list(run([corpus], workers=1, on_error="raise", ordered=True))
    assert info.value.result.source.line == 4


def test_unknown_format_fails_before_any_work(corpus: Path) -> None:
    with pytest.raises(LookupError):
        run([corpus], format="no-such-format")


def test_two_processes_give_the_same_lines(corpus: Path) -> None:
    one = [r.to_line() for r in run([corpus], workers=1, ordered=True, annotate=False)]
    two = [
        r.to_line() for r in run([corpus], workers=2, ordered=True, chunk_size=2, annotate=False)
    ]
    assert two == one


def test_output_kinds_embed_as_json() -> None:
    src = Source(kind="file", path="a.html")
    lines = Result(source=src, format="x", output='{"a":1}\n{"a":2}\n', output_kind="jsonl")
    assert json.loads(lines.to_line())["output"] == [{"a": 1}, {"a": 2}]
    text = Result(source=src, format="markdown", output="# T\n\nline\u2028two", output_kind="text")
    assert json.loads(text.to_line())["output"] == "# T\n\nline\u2028two"
    assert "\n" not in text.to_line()


def test_progress_line_and_eta() -> None:
    import io

    out = io.StringIO()
    bar = Progress(out, interval=0.0)
    bar._total = 10  # as if the counting thread had finished
    for i in range(4):
        bar.update(ok=i != 2)
    bar.close()
    shown = out.getvalue()
    assert "4/10 records" in shown
    assert "1 errors" in shown
    assert "ETA" in shown
    assert shown.endswith("\r")
    assert format_duration(3725) == "1h02m"
    assert format_duration(65) == "1m05s"
