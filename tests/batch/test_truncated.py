"""Cut and corrupt inputs: the damage is an error record (never a partial page taken as
whole), every record before it is kept, and the command exits 3 (input was lost)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from geoarticle.batch import iter_records, run
from geoarticle.batch import warc as warc_module
from geoarticle.batch.warc import warc_damage
from geoarticle.cli import main

from .conftest import ARTICLES, html_page, text_dump, write_jsonl, write_warc

pytest.importorskip("fastwarc")
pytest.importorskip("warcio")

BACKENDS = ("fastwarc", "warcio")


def _responses(n: int) -> list[tuple[str, int, str, bytes]]:
    pages = []
    for i in range(n):
        title, body = ARTICLES[i % len(ARTICLES)]
        pages.append(
            (
                f"https://news.example/{i}",
                200,
                "text/html",
                html_page(f"{title} {i}", body).encode(),
            )
        )
    return pages


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    name: str = request.param
    monkeypatch.setattr(warc_module, "available_backends", lambda: (name,))
    return name


def _outcome(path: Path) -> list[tuple[int, str]]:
    """(index, "ok" or the error type) for each record read from ``path``."""
    return [
        (r.source.index, "ok" if r.error is None else r.error.type) for r in iter_records([path])
    ]


def test_whole_warc_files_have_no_damage(tmp_path: Path) -> None:
    for name in ("w.warc", "w.warc.gz"):
        path = write_warc(tmp_path / name, _responses(4))
        assert warc_damage(str(path)) is None


@pytest.mark.parametrize("suffix", [".warc.gz", ".warc"])
def test_a_warc_cut_inside_a_record(tmp_path: Path, backend: str, suffix: str) -> None:
    whole = write_warc(tmp_path / f"whole{suffix}", _responses(4)).read_bytes()
    cut = tmp_path / f"cut{suffix}"
    cut.write_bytes(whole[: int(len(whole) * 0.85)])  # inside the last response
    damage = warc_damage(str(cut))
    assert damage is not None
    assert damage.records == 7  # four requests and three responses are whole
    got = _outcome(cut)
    assert got == [(0, "ok"), (1, "ok"), (2, "ok"), (3, "TruncatedInputError")]


def test_a_warc_gz_missing_only_its_gzip_trailer(tmp_path: Path, backend: str) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", _responses(3)).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:-4])
    # every record's bytes are there, but the file is cut: said out loud, after them
    assert _outcome(cut) == [(0, "ok"), (1, "ok"), (2, "ok"), (3, "TruncatedInputError")]


def test_a_warc_gz_corrupt_in_the_middle(tmp_path: Path, backend: str) -> None:
    whole = bytearray(write_warc(tmp_path / "whole.warc.gz", _responses(6)).read_bytes())
    middle = len(whole) // 2
    whole[middle : middle + 40] = b"\x00" * 40
    bad = tmp_path / "bad.warc.gz"
    bad.write_bytes(bytes(whole))
    got = _outcome(bad)
    assert any(kind == "TruncatedInputError" for _, kind in got)
    assert [i for i, _ in got] == list(range(len(got)))  # each index once
    assert sum(kind == "ok" for _, kind in got) >= 2


def test_a_cut_html_gz_file_is_an_error(tmp_path: Path) -> None:
    data = gzip.compress(html_page(*ARTICLES[0]).encode())
    cut = tmp_path / "page.html.gz"
    cut.write_bytes(data[: len(data) - 30])
    (result,) = run([cut], workers=1, annotate=False)
    assert result.error is not None
    assert result.error.type == "TruncatedInputError"
    assert "cut" in result.error.message


def test_a_cut_jsonl_gz_ends_with_an_error_record(tmp_path: Path) -> None:
    rows = [
        {"text": text_dump(f"Note {i}", "A line of text about the port."), "id": i}
        for i in range(200)
    ]
    whole = write_jsonl(tmp_path / "whole.jsonl.gz", rows, gz=True).read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    got = _outcome(cut)
    assert got[-1][1] == "TruncatedInputError"
    assert [i for i, _ in got] == list(range(len(got)))
    assert 0 < sum(kind == "ok" for _, kind in got) < 200


def test_the_command_exits_3_when_input_was_lost(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    whole = write_warc(tmp_path / "whole.warc.gz", _responses(4)).read_bytes()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "crawl.warc.gz").write_bytes(whole[: int(len(whole) * 0.85)])
    (folder / "fine.html").write_text(html_page(*ARTICLES[1]), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(folder), "-o", str(out), "--workers", "1", "--no-annotate"]) == 3
    assert "1 lost" in capsys.readouterr().err
    lines = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 5  # three whole responses, the cut one as an error, the page
    errors = [ln["error"] for ln in lines if "error" in ln]
    assert [e["type"] for e in errors] == ["TruncatedInputError"]
    # the run is complete: resuming it does nothing and still says what was lost
    again = ["batch", str(folder), "-o", str(out), "--workers", "1", "--no-annotate", "--resume"]
    assert main(again) == 3
    assert out.read_text(encoding="utf-8").count("\n") == 5
