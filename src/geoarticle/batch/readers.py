"""Turning inputs (files, folders, JSONL, WARC, URL lists; gzip or not) into a stream of Records.

Records stream: a folder is walked lazily, a JSONL or WARC file is read one
record at a time, and whole-file records carry only their path (the worker
reads the bytes). Order is deterministic (folders walk sorted), so a record's
``(path, index)`` names the same input in every run over the same files.
"""

from __future__ import annotations

import collections
import fnmatch
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, BinaryIO, Literal

from ..errors import (
    LimitExceededError,
    NotAnArticleError,
    ParseError,
    TruncatedInputError,
    UnsupportedURLError,
)
from ..fetch import is_url
from ..limits import DEFAULT_LIMITS, Limits
from ._io import is_readable_input, open_binary
from ._records import ErrorInfo, Record, Source
from .warc import iter_warc

__all__ = ["DEFAULT_INCLUDE", "ReadStats", "input_type", "iter_records"]

#: Files a folder contributes when no ``include`` globs are given.
DEFAULT_INCLUDE: tuple[str, ...] = tuple(
    f"*.{ext}{gz}"
    for ext in ("html", "htm", "xhtml", "txt", "text", "jsonl", "ndjson", "warc")
    for gz in ("", ".gz")
)

InputType = Literal["file", "jsonl", "warc", "url"]

#: Longest line of a URL list, in bytes; a longer line is an error record.
MAX_URL_LINE = 8192


class ReadStats:
    """What the readers passed over without making a record of it, by reason."""

    def __init__(self) -> None:
        self.ignored: collections.Counter[str] = collections.Counter()

    @property
    def ignored_total(self) -> int:
        """Every container entry that was not an article input (e.g. WARC request records)."""
        return sum(self.ignored.values())


def input_type(path: str) -> InputType:
    """``jsonl``, ``warc`` or ``url`` (a ``.urls`` list of URLs) by file name (``.gz`` aside),
    else ``file`` (one document)."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if name.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if name.endswith(".warc"):
        return "warc"
    if name.endswith(".urls"):
        return "url"
    return "file"


def iter_records(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    include: Sequence[str] = (),
    limits: Limits = DEFAULT_LIMITS,
    stats: ReadStats | None = None,
) -> Iterator[Record]:
    """Every record of every input, in order; unreadable inputs yield error records.

    Folders are walked recursively in sorted order, keeping files that match one
    of ``include`` (globs on the name or the path below the folder; default
    :data:`DEFAULT_INCLUDE`). Files named on their own are always read.
    """
    stats = stats if stats is not None else ReadStats()
    globs = tuple(include) or DEFAULT_INCLUDE
    for item in inputs:
        path = os.fspath(item)
        if os.path.isdir(path):
            for file in _walk(path, globs):
                yield from _records_of(file, limits, stats)
        else:
            yield from _records_of(path, limits, stats)


def _walk(folder: str, globs: tuple[str, ...]) -> Iterator[str]:
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(folder, onerror=errors.append):
        dirnames.sort()
        for name in sorted(filenames):
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, folder).replace(os.sep, "/")
            if any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in globs):
                yield full
    yield from (str(e.filename) for e in errors)  # reported as unreadable by _records_of


def _records_of(path: str, limits: Limits, stats: ReadStats) -> Iterator[Record]:
    kind = input_type(path)
    if not is_readable_input(path):
        exc = FileNotFoundError(
            f"no such file or folder: {path}"
            if not os.path.lexists(path)
            else f"not a file, device or pipe: {path}"
        )
        yield Record(source=Source(kind=kind, path=path), error=ErrorInfo.from_exception(exc))
    elif kind == "jsonl":
        yield from _guarded(path, kind, _jsonl_records(path, limits))
    elif kind == "warc":
        yield from _guarded(path, kind, iter_warc(path, limits=limits, stats=stats))
    elif kind == "url":
        yield from _guarded(path, kind, _url_records(path))
    else:
        yield Record(source=Source(kind="file", path=path))


def _guarded(path: str, kind: InputType, records: Iterator[Record]) -> Iterator[Record]:
    """Pass records on; a container that fails part-way ends with one error record.

    That record (a TruncatedInputError: the rest of the container is lost) takes
    the next index, so the failure is counted and reported with the position
    reached, and a resumed run does not retry it. Any exception counts: a reading
    library's own bug must not end the whole run.
    """
    index = 0
    try:
        for record in records:
            index = record.source.index + 1
            yield record
    except Exception as exc:  # a batch records every failure, whatever it is
        detail = str(exc) or type(exc).__name__
        err = TruncatedInputError(
            f"{path} could not be read past record {index}; the rest is lost: {detail}"
        )
        yield Record(
            source=Source(kind=kind, path=path, index=index), error=ErrorInfo.from_exception(err)
        )


def _jsonl_records(path: str, limits: Limits) -> Iterator[Record]:
    max_line = 2 * limits.max_input_bytes + 65536  # JSON escaping may double the text
    index = 0
    with open_binary(path) as fh:
        for lineno, raw in _lines(fh, max_line):
            if raw is not None and not raw.strip():
                continue
            source = Source(kind="jsonl", path=path, index=index, line=lineno)
            index += 1
            if raw is None:
                exc = LimitExceededError(f"line is longer than {max_line} bytes")
                yield Record(source=source, error=ErrorInfo.from_exception(exc))
            else:
                yield _jsonl_record(source, raw)


def _url_records(path: str) -> Iterator[Record]:
    """One record per URL of a ``.urls`` file: one URL a line; blank lines and lines
    starting with ``#`` are passed over. A line that is not an http(s) URL is an error
    record (never dropped); the worker fetches the others."""
    index = 0
    with open_binary(path) as fh:
        for lineno, raw in _lines(fh, MAX_URL_LINE):
            line = None if raw is None else raw.decode("utf-8", "replace").strip()
            if line is not None and (not line or line.startswith("#")):
                continue
            source = Source(kind="url", path=path, index=index, line=lineno, target_uri=line)
            index += 1
            if line is None:
                err: Exception = LimitExceededError(f"line is longer than {MAX_URL_LINE} bytes")
            elif not is_url(line) or any(c.isspace() for c in line):
                err = UnsupportedURLError(
                    f"not an http(s) URL: {line[:200]!r}; a .urls file holds one URL a line",
                    url=line,
                )
            else:
                yield Record(source=source, url=line)
                continue
            yield Record(source=source, error=ErrorInfo.from_exception(err))


def _lines(fh: BinaryIO, max_line: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``; ``None`` for a line over ``max_line`` (skipped unread)."""
    lineno = 0
    while True:
        raw = fh.readline(max_line + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_line and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(1 << 20)
            yield lineno, None
        else:
            yield lineno, raw


def _jsonl_record(source: Source, raw: bytes) -> Record:
    try:
        obj: Any = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        err: Exception = ParseError(f"not a JSON line: {exc}")
        return Record(source=source, error=ErrorInfo.from_exception(err))
    if not isinstance(obj, dict):
        err = NotAnArticleError(f"JSON line is a {type(obj).__name__}, not an object")
        return Record(source=source, error=ErrorInfo.from_exception(err))
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, (str, int)):
        ident = None
    source = Source(
        kind="jsonl", path=source.path, index=source.index, line=source.line,
        id=None if ident is None else str(ident),
    )  # fmt: skip
    html, text = obj.get("html"), obj.get("text")
    if isinstance(html, str):
        data, kind = html, "html"
    elif isinstance(text, str):
        data, kind = text, "text"
    else:
        err = NotAnArticleError("JSON line has no 'html' or 'text' string field")
        return Record(source=source, error=ErrorInfo.from_exception(err))
    url, published = obj.get("url"), obj.get("published")
    return Record(
        source=source,
        data=data,
        kind=kind,  # type: ignore[arg-type]
        url=url if isinstance(url, str) and url else None,
        published=published if isinstance(published, str) and published else None,
    )


def count_records(
    inputs: Iterable[str | os.PathLike[str]],
    *,
    include: Sequence[str] = (),
    limits: Limits = DEFAULT_LIMITS,
) -> int:
    """How many records :func:`iter_records` will yield, counted cheaply (for an ETA)."""
    globs = tuple(include) or DEFAULT_INCLUDE
    total = 0
    for item in inputs:
        path = os.fspath(item)
        files = _walk(path, globs) if os.path.isdir(path) else iter((path,))
        for file in files:
            kind = input_type(file)
            if kind == "file" or not os.path.isfile(file):
                total += 1
                continue
            try:
                if kind == "jsonl":
                    with open_binary(file) as fh:
                        total += sum(
                            1 for _, raw in _lines(fh, 1 << 20) if raw is None or raw.strip()
                        )
                elif kind == "url":
                    with open_binary(file) as fh:
                        total += sum(
                            1
                            for _, raw in _lines(fh, MAX_URL_LINE)
                            if raw is None or (raw.strip() and not raw.lstrip().startswith(b"#"))
                        )
                else:
                    total += sum(1 for _ in iter_warc(file, limits=limits, check=False))
            except Exception:  # damaged: the reader reports it; one more line for the estimate
                total += 1
    return total
