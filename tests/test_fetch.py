"""geoarticle.fetch against a local HTTP site (the ``local_site`` fixture): never the internet."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

import geoarticle
from geoarticle.errors import (
    ContentTypeError,
    FetchError,
    FetchTimeoutError,
    GeoArticleError,
    HTTPStatusError,
    MissingDependencyError,
    ResponseTooLargeError,
    TooManyRedirectsError,
    UnsupportedURLError,
)
from geoarticle.fetch import fetch, is_url, parse_url, user_agent
from geoarticle.limits import Limits, deadline

pytest.importorskip("httpx")

SMALL = Limits(max_input_bytes=2000)


def test_a_good_page_is_fetched_with_a_named_user_agent(local_site: str) -> None:
    page = fetch(f"{local_site}/good.html")
    assert page.status == 200
    assert page.kind == "html"
    assert page.charset == "utf-8"
    assert b"Ferry Talks Resume" in page.content
    agent = local_site.agents[-1]  # type: ignore[attr-defined]
    assert agent == user_agent()
    assert agent.startswith(f"geoarticle/{geoarticle.__version__} ")


def test_parse_url_passes_the_final_url_to_the_parser(local_site: str) -> None:
    article = parse_url(f"{local_site}/moved", annotate=False)
    assert article.url == f"{local_site}/good.html"
    assert article.title == "Ferry Talks Resume in Doha"
    assert [a.name for a in article.authors] == ["Lena Okafor"]


def test_plain_text_is_parsed_as_a_dump(local_site: str) -> None:
    article = parse_url(f"{local_site}/dump.txt", annotate=False)
    assert article.title == "Drought council names new chair"
    assert article.url == f"{local_site}/dump.txt"


def test_the_servers_charset_decodes_the_page(local_site: str) -> None:
    article = parse_url(f"{local_site}/latin1", annotate=False)
    assert article.title == "Café owners meet the mayor"


def test_timeout(local_site: str) -> None:
    start = time.monotonic()
    with pytest.raises(FetchTimeoutError) as info:
        fetch(f"{local_site}/slow", timeout=0.3)
    assert time.monotonic() - start < 1.5
    assert info.value.seconds == 0.3
    assert isinstance(info.value, TimeoutError)
    assert "0.3 s" in str(info.value)


def test_a_running_time_budget_shortens_the_timeout(local_site: str) -> None:
    with deadline(0.3), pytest.raises(FetchTimeoutError):
        fetch(f"{local_site}/slow", timeout=30)


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
def test_oversize(local_site: str, path: str) -> None:
    with pytest.raises(ResponseTooLargeError, match="over the limit of 2000 bytes") as info:
        fetch(f"{local_site}{path}", limits=SMALL)
    assert info.value.limit == 2000


def test_redirect_loop(local_site: str) -> None:
    with pytest.raises(TooManyRedirectsError, match="more than 3 redirects") as info:
        fetch(f"{local_site}/loop", max_redirects=3)
    assert info.value.url == f"{local_site}/loop"


def test_a_redirect_off_http_is_refused(local_site: str) -> None:
    with pytest.raises(UnsupportedURLError, match="ftp://"):
        fetch(f"{local_site}/to-ftp")


def test_non_html(local_site: str) -> None:
    with pytest.raises(ContentTypeError, match="application/pdf") as info:
        fetch(f"{local_site}/report.pdf")
    assert info.value.content_type == "application/pdf"


def test_404(local_site: str) -> None:
    with pytest.raises(HTTPStatusError, match="404") as info:
        fetch(f"{local_site}/no-such-page")
    assert info.value.status == 404


def test_connection_refused() -> None:
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(FetchError, match="could not be fetched") as info:
        fetch(f"http://127.0.0.1:{port}/", timeout=2)
    assert isinstance(info.value, OSError)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/a", "page.html", ""])
def test_only_http_urls(url: str) -> None:
    with pytest.raises(UnsupportedURLError) as info:
        fetch(url)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, GeoArticleError)


def test_is_url() -> None:
    assert is_url("https://example.org/a")
    assert is_url("HTTP://example.org")
    assert not is_url("page.html")
    assert not is_url("ftp://example.org")


def test_without_httpx(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx", None)  # as if it were not installed
    with pytest.raises(MissingDependencyError, match=r"geoarticle\[fetch\]") as info:
        fetch("http://127.0.0.1:9/")
    assert info.value.extra == "fetch"


def test_the_parse_functions_never_import_the_fetcher() -> None:
    """parse_html and parse_text stay offline: nothing below fetch imports it."""
    code = (
        "import sys, geoarticle\n"
        "geoarticle.parse_html(b'<html><body><p>Some text of a page.</p></body></html>')\n"
        "geoarticle.parse_text('A title\\n\\nSome text of a dump, long enough.')\n"
        "assert 'geoarticle.fetch' not in sys.modules\n"
        "assert 'httpx' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
