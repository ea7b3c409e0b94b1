"""Fetching a page by its URL, for ``geoarticle parse URL`` and the batch's ``.urls`` inputs.

This is the only module of geoarticle that touches the network; the parse functions
(:func:`geoarticle.parse_html`, :func:`geoarticle.parse_text`) never do. It needs the
``fetch`` extra (httpx: ``pip install 'geoarticle[fetch]'``); without it
:func:`fetch` raises :class:`~geoarticle.errors.MissingDependencyError`.

A fetch is bounded every way a server could make it run away:

* only ``http://`` and ``https://`` URLs, at the start and after every redirect
  (:class:`~geoarticle.errors.UnsupportedURLError`);
* one ``timeout`` for the whole fetch, connection, redirects and body included, and
  never past the running call's time budget (:func:`geoarticle.limits.deadline`)
  (:class:`~geoarticle.errors.FetchTimeoutError`);
* at most ``max_redirects`` redirects (:class:`~geoarticle.errors.TooManyRedirectsError`);
* a body of at most ``Limits.max_input_bytes`` once decompressed, refused from its
  ``Content-Length`` when it says so and never read past the limit
  (:class:`~geoarticle.errors.ResponseTooLargeError`);
* a 2xx answer (:class:`~geoarticle.errors.HTTPStatusError`) with an HTML or plain-text
  media type, or none (:class:`~geoarticle.errors.ContentTypeError`).

Requests name geoarticle and its version in their ``User-Agent``. Proxies are taken
from the environment (``HTTPS_PROXY``, ``NO_PROXY``...) as httpx does.
"""

from __future__ import annotations

import codecs
import importlib
import time
from typing import Any, Literal

import attrs

from .errors import (
    ContentTypeError,
    FetchError,
    FetchTimeoutError,
    HTTPStatusError,
    MissingDependencyError,
    ResponseTooLargeError,
    TooManyRedirectsError,
    UnsupportedURLError,
)
from .limits import DEFAULT_LIMITS, Limits, current_deadline
from .models import Article
from .sources import parse

__all__ = [
    "DEFAULT_MAX_REDIRECTS",
    "DEFAULT_TIMEOUT",
    "HTML_TYPES",
    "TEXT_TYPES",
    "Page",
    "fetch",
    "is_url",
    "parse_url",
    "require_httpx",
    "user_agent",
]

#: Seconds a whole fetch may take (connection, redirects and body), unless told otherwise.
DEFAULT_TIMEOUT = 10.0
#: Redirects followed before :class:`~geoarticle.errors.TooManyRedirectsError`.
DEFAULT_MAX_REDIRECTS = 5
#: Media types read as HTML pages.
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Media types read as plain-text dumps.
TEXT_TYPES = ("text/plain",)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


def is_url(value: str) -> bool:
    """True when ``value`` starts with ``http://`` or ``https://`` (any case)."""
    return value[:8].lower().startswith(("http://", "https://"))


def require_httpx() -> Any:
    """The httpx module; :class:`~geoarticle.errors.MissingDependencyError` when it is not installed."""
    try:
        return importlib.import_module("httpx")
    except ImportError:
        raise MissingDependencyError("httpx", "fetch", "fetching URLs") from None


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("geoarticle")
    except PackageNotFoundError:  # a source tree that was not installed
        return "0.0.0"


def user_agent() -> str:
    """The ``User-Agent`` of every request, e.g. ``geoarticle/0.1.0 (article parser; httpx)``."""
    return f"geoarticle/{_version()} (article parser; httpx)"


@attrs.frozen(kw_only=True)
class Page:
    """A fetched page: its bytes and what the server said about them."""

    #: The address the page was finally read from (after redirects).
    url: str
    #: The address asked for.
    requested_url: str
    status: int
    #: The media type, lower case and without parameters; ``""`` when the server gave none.
    content_type: str
    #: The ``charset`` parameter of the content type, when it names a known encoding.
    charset: str | None
    content: bytes

    @property
    def kind(self) -> Literal["html", "text", "auto"]:
        """``"html"`` or ``"text"`` from the media type; ``"auto"`` (detect) when none was given."""
        if self.content_type in HTML_TYPES:
            return "html"
        if self.content_type in TEXT_TYPES:
            return "text"
        return "auto"

    def source(self) -> str | bytes:
        """What to parse: the text decoded with the server's charset when it gave one
        (it takes precedence over the page's own ``<meta charset>``), else the bytes."""
        if self.charset is None:
            return self.content
        return self.content.decode(self.charset, "replace")


def _check_scheme(url: str, asked: str) -> None:
    if not is_url(url):
        what = "redirected to" if url != asked else "not an http(s) URL:"
        raise UnsupportedURLError(
            f"{what} {url!r}; only http:// and https:// URLs are fetched", url=asked
        )


def _media(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            name = value.strip().strip("\"'")
            try:
                charset = codecs.lookup(name).name
            except LookupError:  # an unknown charset: leave decoding to the parser
                charset = None
    return media.strip().lower(), charset


def fetch(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    limits: Limits | None = None,
) -> Page:
    """GET ``url`` and return the :class:`Page`, or raise a :class:`~geoarticle.errors.FetchError`.

    ``timeout`` bounds the whole fetch in seconds (under a running time budget, the
    sooner of the two); ``limits.max_input_bytes`` bounds the body. See the module's
    documentation for every check and the error each one raises.
    """
    httpx = require_httpx()
    _check_scheme(url, url)
    limit = (limits or DEFAULT_LIMITS).max_input_bytes
    budget = current_deadline()
    if budget is not None:
        timeout = min(timeout, max(0.0, budget.remaining))
    end = time.monotonic() + timeout
    current = url
    try:
        with httpx.Client(
            follow_redirects=False, headers={"User-Agent": user_agent()}, timeout=timeout
        ) as client:
            for _hop in range(max_redirects + 1):
                page = _get(httpx, client, current, url, end, timeout, limit)
                if isinstance(page, Page):
                    return page
                current = page
                _check_scheme(current, url)
            raise TooManyRedirectsError(
                f"{url}: more than {max_redirects} redirects (last to {current})",
                url=url,
                max_redirects=max_redirects,
            )
    except FetchError:
        raise
    except httpx.TimeoutException:
        raise _timeout(url, timeout) from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise UnsupportedURLError(f"{url}: {exc}", url=url) from None
    except (httpx.HTTPError, httpx.StreamError, OSError) as exc:
        detail = str(exc) or type(exc).__name__
        raise FetchError(f"{url}: could not be fetched: {detail}", url=url) from None


def _timeout(url: str, seconds: float) -> FetchTimeoutError:
    return FetchTimeoutError(
        f"{url}: no complete answer within {seconds:g} s", url=url, seconds=seconds
    )


def _get(
    httpx: Any, client: Any, current: str, asked: str, end: float, timeout: float, limit: int
) -> Page | str:
    """One request: the page, or the address it redirects to."""
    left = end - time.monotonic()
    if left <= 0:
        raise _timeout(asked, timeout)
    with client.stream("GET", current, timeout=httpx.Timeout(left)) as response:
        status = int(response.status_code)
        if status in _REDIRECTS and "location" in response.headers:
            return str(response.url.join(response.headers["location"]))
        if not 200 <= status < 300:
            reason = response.reason_phrase or "error"
            raise HTTPStatusError(
                f"{current}: the server answered {status} ({reason})", url=asked, status=status
            )
        media, charset = _media(response.headers.get("content-type", ""))
        if media and media not in HTML_TYPES + TEXT_TYPES:
            raise ContentTypeError(
                f"{current}: the content type is {media}, not HTML or plain text",
                url=asked,
                content_type=media,
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise _too_large(current, asked, limit)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise _too_large(current, asked, limit)
            if time.monotonic() > end:
                raise _timeout(asked, timeout)
            chunks.append(chunk)
        return Page(
            url=str(response.url),
            requested_url=asked,
            status=status,
            content_type=media,
            charset=charset,
            content=b"".join(chunks),
        )


def _too_large(current: str, asked: str, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"{current}: the page is over the limit of {limit} bytes", url=asked, limit=limit
    )


def parse_url(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
    limits: Limits | None = None,
    **options: Any,
) -> Article:
    """Fetch ``url`` (see :func:`fetch`) and parse it as its media type says.

    The page's final address is passed on as ``url`` (for relative links and URL
    dates); ``options`` (``annotate``, ``reference_date``, ``pipeline``) go to the parse
    function. Raises the :class:`~geoarticle.errors.FetchError` family, then what
    :func:`geoarticle.parse_html` and :func:`geoarticle.parse_text` raise.
    """
    page = fetch(url, timeout=timeout, max_redirects=max_redirects, limits=limits)
    return parse(page.source(), url=page.url, kind=page.kind, limits=limits, **options)
