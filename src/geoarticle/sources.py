"""Parsing raw input of either kind: :func:`parse` takes bytes, a str or a path, decides
whether it is an HTML page or a text dump, decodes it through the input stage
(:mod:`geoarticle.inputs`) and calls the parser of that kind with the default pipeline.

:func:`read_text` is the text half on its own: it decodes bytes exactly as :func:`parse`
does, so ``loads(data, "text")`` and ``parse(data, kind="text")`` give the same article.
"""

from __future__ import annotations

import os
from typing import Any, Literal

import attrs

from .api import parse_html, parse_text
from .errors import InvalidArgumentError, InvalidArgumentTypeError
from .inputs import Kind, check_input, decode_text, detect_kind, read_file
from .limits import DEFAULT_LIMITS, Limits
from .models import Article

__all__ = ["Kind", "decode_text", "detect_kind", "parse", "parse_source", "read_text"]

_KINDS = ("auto", "html", "text")


def parse(
    source: bytes | str | os.PathLike[str],
    *,
    kind: Kind | Literal["auto"] = "auto",
    url: str | None = None,
    name: str | None = None,
    **options: Any,
) -> Article:
    """Parse an HTML page or a plain-text dump, whichever ``source`` holds.

    ``source`` is the input itself as bytes or str (a str is always content, never a
    file name), or a path (:class:`os.PathLike`, e.g. :class:`pathlib.Path`) to a file
    to read, gunzipped if it is gzip data; a file is never read past
    ``Limits.max_input_bytes``. ``kind`` is ``"html"``, ``"text"`` or ``"auto"``
    (the default): a page is recognised by how it starts or by its many closing tags,
    after decoding, and a file ``name`` (a path's own name, unless given) ending in
    ``.html``/``.htm`` is HTML whatever it holds. ``url`` is the page's address.

    Bytes are decoded once, by the input stage: a page as :func:`parse_html` decodes
    it (BOM, UTF-16, ``<meta charset>``, UTF-8, cp1252), a text dump as
    :func:`read_text` does (BOM, UTF-16, UTF-8, else cp1252, with a warning), so
    ``parse(data)`` gives the same article as ``parse_html(data)`` for a page and as
    ``parse_text(data.decode(...))`` for a dump (plus the decoding's warnings).

    ``options`` go to the parser: ``annotate``, ``reference_date``, ``pipeline``,
    ``limits``. Raises as :func:`parse_html` and :func:`parse_text` do;
    :class:`~geoarticle.errors.InvalidArgumentTypeError` (a TypeError) for a source
    of another type and :class:`~geoarticle.errors.InvalidArgumentError` (a
    ValueError) for an unknown ``kind``; OSError when the file cannot be read.
    """
    if kind not in _KINDS:
        raise InvalidArgumentError(f"kind must be one of {', '.join(_KINDS)}, not {kind!r}")
    data: bytes | str
    if isinstance(source, os.PathLike):
        path = os.fspath(source)
        if name is None:
            name = os.fsdecode(path)
        data = read_file(path, _limits(options))
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif isinstance(source, str):
        data = source
    else:
        raise InvalidArgumentTypeError(
            f"parse expects bytes, str or a path (os.PathLike), got {type(source).__name__}"
        )
    if kind == "auto":
        kind = detect_kind(data, name=name)
    if kind == "html":
        return parse_html(data, url=url, **options)
    return read_text(data, url=url, **options)


def read_text(data: bytes | str, *, url: str | None = None, **options: Any) -> Article:
    """Parse a plain-text dump given as bytes or str, decoding bytes as :func:`parse` does.

    Bytes are checked (size limit, empty, binary) and decoded by
    :func:`geoarticle.inputs.decode_text`; what the decoding noticed (cp1252, UTF-16
    without a byte-order mark) comes first in ``Article.warnings``. ``options`` are
    those of :func:`parse_text`.
    """
    warnings: tuple[str, ...] = ()
    if isinstance(data, (bytes, bytearray, memoryview)):
        data = bytes(data)
        check_input(data, _limits(options))
        text, warnings = decode_text(data)
    else:
        text = data
    article = parse_text(text, **options)
    if url is None and not warnings:
        return article
    return attrs.evolve(article, url=url or article.url, warnings=warnings + article.warnings)


def _limits(options: dict[str, Any]) -> Limits:
    limits = options.get("limits")
    return limits if isinstance(limits, Limits) else DEFAULT_LIMITS


#: The former name of :func:`parse`, kept for code that used it.
parse_source = parse
