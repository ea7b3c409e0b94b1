"""Shared test configuration: hypothesis profiles, the location of ../shared, and a
local HTTP site for the URL tests (127.0.0.1 only: no test touches the internet)."""

from __future__ import annotations

import http.server
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=30, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

ROOT = Path(__file__).resolve().parent.parent
#: The shared corpora, read in place; tests that need them skip when absent.
SHARED = Path(os.environ.get("GEOARTICLE_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seeds" / "000_6d7372103e3a1b89.txt"


@pytest.fixture
def seed_text() -> str:
    """The seed article from ../shared, or skip."""
    if not SEED.is_file():
        pytest.skip("../shared/seeds is not present")
    return SEED.read_text(encoding="utf-8")


#: An invented page the local site serves (no text here comes from a real article).
GOOD_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Ferry Talks Resume in Doha</title>
<meta property="article:published_time" content="2024-03-04T09:00:00Z"></head>
<body><article><h1>Ferry Talks Resume in Doha</h1>
<p class="byline">By Lena Okafor</p>
<p>Negotiators from Kenya and Somalia met in Doha on Monday to restart talks over a ferry line
across the gulf, officials said. Kenya proposed a joint inspection of the harbour.</p>
<p>Qatar hosted the meeting and promised to fund a survey of the route before the rainy season.
<a href="/related/ferry-route">Earlier: the ferry route</a></p>
</article></body></html>
"""

#: An invented plain-text dump the local site serves as text/plain.
TEXT_DUMP = (
    b"Drought council names new chair\n\n"
    b"The regional drought council chose a hydrologist as its chair on Tuesday, promising weekly "
    b"reports on reservoir levels and a review of irrigation permits.\n"
)

LATIN1_PAGE = (
    "<html><head><title>Caf\u00e9 owners meet the mayor</title></head><body><article>"
    "<p>Caf\u00e9 owners in the capital met the mayor on Friday to discuss the new licensing "
    "rules for terraces along the river.</p></article></body></html>"
).encode("latin-1")


class _Site(http.server.BaseHTTPRequestHandler):
    """The routes of the local site, one per way a fetch can end."""

    def log_message(self, format: str, *args: object) -> None:  # quiet
        del format, args

    def _send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        self.server.seen_agents.append(self.headers.get("User-Agent", ""))  # type: ignore[attr-defined]
        if path == "/good.html":
            self._send(200, GOOD_PAGE)
        elif path == "/moved":
            self._redirect("/good.html")
        elif path == "/dump.txt":
            self._send(200, TEXT_DUMP, "text/plain; charset=utf-8")
        elif path == "/latin1":
            self._send(200, LATIN1_PAGE, "text/html; charset=ISO-8859-1")
        elif path == "/slow":
            time.sleep(2)
            self._send(200, GOOD_PAGE)
        elif path == "/big":  # declares its size
            self._send(200, b"<p>" + b"x" * 5000 + b"</p>")
        elif path == "/big-chunked":  # does not: the reader must stop at the limit
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
            self.close_connection = True
        elif path == "/loop":
            self._redirect("/loop-again")
        elif path == "/loop-again":
            self._redirect("/loop")
        elif path == "/to-ftp":
            self._redirect("ftp://127.0.0.1/file.html")
        elif path == "/report.pdf":
            self._send(200, b"%PDF-1.4 not really", "application/pdf")
        else:
            self._send(404, b"<html><body>no such page</body></html>")


class LocalSite(str):
    """The base URL of the local site (a str), with the User-Agents it was sent."""

    agents: list[str]


class _QuietServer(http.server.ThreadingHTTPServer):
    """A test server whose handler threads report nothing: a client that gave up (a timeout
    test) must not print a traceback into another test's captured stderr."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture
def local_site(monkeypatch: pytest.MonkeyPatch) -> Iterator[LocalSite]:
    """A local HTTP site on 127.0.0.1 (a free port) for the fetch tests; yields its base URL.

    Proxy variables are cleared so that requests go straight to it.
    """
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    server = _QuietServer(("127.0.0.1", 0), _Site)
    server.daemon_threads = True
    agents: list[str] = []
    server.seen_agents = agents  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    site = LocalSite(f"http://127.0.0.1:{server.server_address[1]}")
    site.agents = agents
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
