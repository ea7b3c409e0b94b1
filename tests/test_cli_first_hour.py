"""The command line as a new user meets it: help, formats, -v, the summary on a terminal,
URLs (a local HTTP site, never the internet) and the checks made before any work."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from geoarticle.cli import commands, configure_logging, main

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples" / "articles"


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard output is taken for a terminal."""
    monkeypatch.setattr(commands, "stdout_is_terminal", lambda: True)


def test_parse_help_names_its_formats_and_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "Parse one article" in out
    for name in ("json", "markdown", "geojson", "summary"):
        assert name in out
    assert "default is the summary when standard output is a terminal and json" in out
    assert "http(s) URL" in out


def test_formats_have_a_description_each(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [ln.split()[0] for ln in lines]
    assert names[:2] == ["json", "text"]
    assert "summary" in names
    assert all(len(ln.split(None, 1)) == 2 for ln in lines)
    assert any(ln.startswith("json ") and "Lossless" in ln for ln in lines)


@pytest.mark.usefixtures("terminal")
def test_parse_on_a_terminal_prints_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLES / "port-talks.html")]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "Port Deal Talks Stall in Doha"
    assert lines[1] == "By Farid Haddad · 2024-05-21 · Harbour Line"
    assert "Sections (99 words)" in out
    assert "  (lead)  ·  99 words" in lines
    assert "  Countries:" in lines
    assert "    Hassan Nur (Somali Foreign Minister, SOM)" in lines
    # the talks ended on Monday: the meeting takes the day the narration is at, not the page's
    assert (
        "  Qatar — hosted (Host a visit, 043) — Hassan Nur and Somalia, about 2024-05-20" in lines
    )


@pytest.mark.usefixtures("terminal")
def test_format_json_on_a_terminal_is_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLES / "port-talks.html"), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Port Deal Talks Stall in Doha"


def test_piped_output_stays_json_and_summary_can_be_asked_for(
    capsys: pytest.CaptureFixture[str],
) -> None:
    page = str(EXAMPLES / "water-talks.html")
    assert main(["parse", page, "--no-annotate"]) == 0
    title = json.loads(capsys.readouterr().out)["title"]
    assert main(["parse", page, "--no-annotate", "-f", "summary"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(title + "\n")
    assert "Actors (0)\n  (none found)" in out


def test_verbose_parse_says_what_it_does(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(EXAMPLES / "port-talks.html"), "-v", "-f", "text"]) == 0
    err = capsys.readouterr().err
    assert "geoarticle: read " in err
    assert "parsing as an HTML page, then finding actors and events" in err
    assert "parsed 'Port Deal Talks Stall in Doha': 1 section(s), 99 words" in err
    assert main(["-v", "parse", str(EXAMPLES / "port-talks.html"), "--no-annotate"]) == 0
    assert "parsing as an HTML page\n" in capsys.readouterr().err
    assert main(["parse", str(EXAMPLES / "port-talks.html"), "--no-annotate"]) == 0
    assert capsys.readouterr().err == ""


def test_library_info_lines_only_with_verbose(capsys: pytest.CaptureFixture[str]) -> None:
    """Dask's distributed sets its loggers to INFO: they reach stderr only with -v."""
    chatty = logging.getLogger("distributed.scheduler")
    chatty.setLevel(logging.INFO)
    root = logging.getLogger()
    for verbose in (False, True):
        handler = configure_logging(verbose)
        try:
            chatty.info("State start")
            chatty.warning("a real problem")
        finally:
            root.removeHandler(handler)
        err = capsys.readouterr().err
        assert ("State start" in err) is verbose
        assert "a real problem" in err
    chatty.setLevel(logging.NOTSET)


def test_unknown_format_fails_before_reading_the_input(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["parse", "/nonexistent/page.html", "-f", "yaml"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("geoarticle: error: unknown format 'yaml'; known: json,")
    assert "nonexistent" not in err


def test_parse_a_url(local_site: str, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("httpx")
    assert main(["parse", f"{local_site}/moved", "--no-annotate", "-f", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == "Ferry Talks Resume in Doha"
    assert out["url"] == f"{local_site}/good.html"


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        ("/no-such-page", [], "the server answered 404"),
        ("/report.pdf", [], "content type is application/pdf"),
        ("/loop", [], "more than 5 redirects"),
        ("/slow", ["--timeout", "0.2"], "no complete answer within 0.2 s"),
    ],
)
def test_parse_a_bad_url_is_one_clear_line(
    local_site: str, path: str, options: list[str], message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    pytest.importorskip("httpx")
    assert main(["parse", f"{local_site}{path}", *options]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geoarticle: error: ")
    assert message in err
    assert err.count("\n") == 1


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="needs a pseudo-terminal")
def test_a_real_terminal_gets_the_summary() -> None:
    """End to end: ``python -m geoarticle parse`` with its stdout on a pseudo-terminal."""
    import os
    import subprocess
    import sys

    primary, secondary = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "geoarticle", "parse", str(EXAMPLES / "port-talks.html"),
         "--no-annotate"],
        stdout=secondary, stderr=subprocess.PIPE,
    )  # fmt: skip
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(primary)
    assert proc.wait(timeout=60) == 0
    out = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    assert out.startswith("Port Deal Talks Stall in Doha\nBy Farid Haddad")
