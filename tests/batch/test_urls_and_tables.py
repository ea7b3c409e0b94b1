"""``geoarticle batch`` over a ``.urls`` file (a local HTTP site, never the internet), the
``--tables`` Parquet output, and the checks made before a run starts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geoarticle.batch import iter_records, run
from geoarticle.cli import main

pytest.importorskip("httpx")


def _url_list(tmp_path: Path, site: str) -> Path:
    urls = tmp_path / "pages.urls"
    urls.write_text(
        "# pages to fetch\n"
        f"{site}/good.html\n"
        "\n"
        f"{site}/no-such-page\n"
        f"{site}/report.pdf\n"
        f"{site}/loop\n"
        "ftp://127.0.0.1/a.html\n"
        f"{site}/dump.txt\n",
        encoding="utf-8",
    )
    return urls


def test_a_urls_file_gives_one_record_a_url(tmp_path: Path, local_site: str) -> None:
    records = list(iter_records([_url_list(tmp_path, local_site)]))
    assert [r.source.line for r in records] == [2, 4, 5, 6, 7, 8]
    assert [r.source.index for r in records] == list(range(6))
    assert records[0].url == f"{local_site}/good.html"
    assert records[0].source.describe().endswith(f":2 ({local_site}/good.html)")
    assert records[4].error is not None
    assert records[4].error.type == "UnsupportedURLError"


def test_batch_over_urls_records_every_failure_and_goes_on(
    tmp_path: Path, local_site: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    code = main(
        ["batch", str(_url_list(tmp_path, local_site)), "-o", str(out), "--workers", "1",
         "--ordered", "--no-annotate"]
    )  # fmt: skip
    assert code == 0
    lines = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 6  # no record dropped
    good, missing, pdf, loop, ftp, dump = lines
    assert good["output"]["title"] == "Ferry Talks Resume in Doha"
    assert good["output"]["url"] == f"{local_site}/good.html"
    assert good["source"] == {
        "kind": "url", "path": str(tmp_path / "pages.urls"), "line": 2,
        "target_uri": f"{local_site}/good.html",
    }  # fmt: skip
    assert missing["error"]["type"] == "HTTPStatusError"
    assert "404" in missing["error"]["message"]
    assert pdf["error"]["type"] == "ContentTypeError"
    assert loop["error"]["type"] == "TooManyRedirectsError"
    assert ftp["error"]["type"] == "UnsupportedURLError"
    assert dump["output"]["title"] == "Drought council names new chair"
    assert "2 ok, 4 errors" in capsys.readouterr().err


def test_run_fetches_in_worker_processes(tmp_path: Path, local_site: str) -> None:
    results = list(run([_url_list(tmp_path, local_site)], workers=2, annotate=False))
    assert sorted(r.ok for r in results) == [False] * 4 + [True] * 2


def test_batch_tables_writes_parquet(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out, tables = tmp_path / "o.jsonl", tmp_path / "tables"
    args = ["batch", str(corpus), "--workers", "1"]
    assert main([*args, "-o", str(out), "--tables", str(tables), "--no-annotate"]) == 0
    assert "tables written to" in capsys.readouterr().err
    ok = sum("output" in json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines())
    articles = pd.read_parquet(tables / "articles.parquet")
    assert len(articles) == ok == 8
    assert {p.name for p in tables.iterdir()} == {
        "articles.parquet", "actors.parquet", "mentions.parquet", "events.parquet"
    }  # fmt: skip
    # tables instead of the JSONL: no -o, nothing else written
    only = tmp_path / "only"
    assert main([*args, "--tables", str(only), "--no-annotate"]) == 0
    assert len(pd.read_parquet(only / "articles.parquet")) == 8
    assert sorted(p.name for p in only.iterdir()) == sorted(p.name for p in tables.iterdir())


def test_batch_tables_without_pyarrow_says_which_extra(
    tmp_path: Path,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(__import__("sys").modules, "pyarrow", None)
    assert main(["batch", str(corpus), "--tables", str(tmp_path / "t")]) == 2
    assert "geoarticle[parquet]" in capsys.readouterr().err
    assert not (tmp_path / "t").exists()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "give an output"),
        (["-o", "-", "--tables", "t"], "--tables needs -o FILE"),
        (["-o", "x.jsonl", "--tables", "t", "-f", "markdown"], "json format"),
    ],
)
def test_batch_option_checks(
    extra: list[str], message: str, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["batch", str(corpus), *extra]) == 2
    assert message in capsys.readouterr().err


def test_batch_on_a_missing_input_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x"
    assert main(["batch", str(tmp_path / "nonexistent"), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"no such file or folder: {tmp_path / 'nonexistent'}" in err
    assert not out.exists()


def test_batch_unknown_format_exits_2_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "a.html"
    page.write_text("<p>never read</p>", encoding="utf-8")
    assert main(["batch", str(page), "-o", str(tmp_path / "o.jsonl"), "-f", "yaml"]) == 2
    assert "unknown format 'yaml'" in capsys.readouterr().err
    assert not (tmp_path / "o.jsonl").exists()
