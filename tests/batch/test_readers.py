"""Readers: folders, gzip, JSONL and WARC inputs become records with their sources."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from geoarticle.batch import ReadStats, iter_records
from geoarticle.batch.readers import count_records, input_type
from geoarticle.batch.warc import available_backends, iter_warc
from geoarticle.limits import Limits

from .conftest import html_page, write_jsonl, write_warc


def test_folder_walk_is_sorted_recursive_and_filtered(corpus: Path) -> None:
    stats = ReadStats()
    records = list(iter_records([corpus], stats=stats))
    names = [(Path(r.source.path).relative_to(corpus).as_posix(), r.source.index) for r in records]
    assert names == [
        ("crawl.warc.gz", 0),
        ("crawl.warc.gz", 1),
        *[("export.jsonl.gz", i) for i in range(5)],
        ("pages/a.html", 0),
        ("pages/c.html.gz", 0),
        ("pages/empty.txt", 0),
        ("pages/sub/b.txt", 0),
    ]
    assert dict(stats.ignored) == {"WARC response not 2xx": 1, "WARC response not HTML": 1}
    assert count_records([corpus]) == len(records)


def test_include_globs_match_names_and_relative_paths(corpus: Path) -> None:
    only_txt = list(iter_records([corpus], include=["*.txt"]))
    assert [Path(r.source.path).name for r in only_txt] == ["empty.txt", "b.txt"]
    sub = list(iter_records([corpus], include=["pages/sub/*"]))
    assert [Path(r.source.path).name for r in sub] == ["b.txt"]


def test_jsonl_fields_lines_and_errors(corpus: Path) -> None:
    recs = list(iter_records([corpus / "export.jsonl.gz"]))
    assert [r.source.line for r in recs] == [1, 2, 4, 5, 6]  # line 3 is blank
    assert [r.source.index for r in recs] == [0, 1, 2, 3, 4]
    first, second, bad_json, no_body, last = recs
    assert first.kind == "html"
    assert first.url == "https://news.example/a"
    assert first.source.id == "a1"
    assert second.source.id == "2"
    assert second.kind == "text"
    assert second.published == "2024-05-02T10:00:00Z"
    assert bad_json.error is not None
    assert bad_json.error.type == "ParseError"
    assert no_body.error is not None
    assert no_body.error.type == "NotAnArticleError"
    assert last.error is None
    assert last.source.id is None


def test_overlong_jsonl_line_is_an_error_record(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "x.jsonl", [{"text": "T\n\n" + "x" * 70_000}, {"text": "ok"}])
    recs = list(iter_records([path], limits=Limits(max_input_bytes=1000)))
    assert recs[0].error is not None
    assert recs[0].error.type == "LimitExceededError"
    assert recs[1].source.line == 2
    assert recs[1].data == "ok"


def test_truncated_gzip_container_ends_with_an_error_record(tmp_path: Path) -> None:
    rows = [{"text": f"Title {i}\n\nBody {i}."} for i in range(200)]
    whole = gzip.compress(write_jsonl(tmp_path / "a.jsonl", rows).read_bytes())
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])
    recs = list(iter_records([tmp_path / "cut.jsonl.gz"]))
    assert recs[-1].error is not None
    assert "could not be read" in recs[-1].error.message
    assert [r.source.index for r in recs] == list(range(len(recs)))


def test_missing_input_is_an_error_record(tmp_path: Path) -> None:
    (rec,) = iter_records([tmp_path / "nope.html"])
    assert rec.error is not None
    assert rec.error.type == "FileNotFoundError"


def test_input_types() -> None:
    assert input_type("a/B.JSONL.GZ") == "jsonl"
    assert input_type("x.ndjson") == "jsonl"
    assert input_type("cc.warc.gz") == "warc"
    assert input_type("page.html.gz") == "file"


@pytest.mark.parametrize("suffix", [".warc", ".warc.gz"])
def test_warc_records_written_with_fastwarc(tmp_path: Path, suffix: str) -> None:
    page = html_page("Quay inspection", "Inspectors walked the quay.").encode()
    path = write_warc(
        tmp_path / f"c{suffix}",
        [
            ("https://a.example/1", 200, "text/html; charset=utf-8", page),
            ("https://a.example/2", 200, "application/xhtml+xml", page),
            ("https://a.example/3", 301, "text/html", b""),
        ],
    )
    for backend in available_backends():
        stats = ReadStats()
        recs = list(iter_warc(str(path), stats=stats, backend=backend))
        assert [r.source.target_uri for r in recs] == ["https://a.example/1", "https://a.example/2"]
        assert all(r.data == page and r.kind == "html" for r in recs)
        assert all(r.source.record_id and r.source.record_id.startswith("<urn:uuid:") for r in recs)
        assert recs[0].url == "https://a.example/1"
        assert stats.ignored_total == 1


def test_warc_payload_over_limit_is_an_error_without_reading(tmp_path: Path) -> None:
    path = write_warc(
        tmp_path / "big.warc", [("https://a.example/", 200, "text/html", b"x" * 5000)]
    )
    (rec,) = iter_warc(str(path), limits=Limits(max_input_bytes=1000))
    assert rec.error is not None
    assert rec.error.type == "LimitExceededError"
    assert rec.data is None
