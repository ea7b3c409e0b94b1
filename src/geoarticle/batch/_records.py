"""The batch data model: where a record came from, the record itself, and its result."""

from __future__ import annotations

import json
from typing import Any, Literal

import attrs

__all__ = ["LOST_ERRORS", "ErrorInfo", "Record", "Result", "Source"]

#: Error types that mean input was lost, not found wanting: a truncated or corrupt
#: container, a record over its time budget, a record whose worker process died.
LOST_ERRORS = frozenset({"TruncatedInputError", "TimeLimitExceededError", "WorkerDiedError"})

#: How a record was found: a whole file, one JSONL line, one WARC record, or one line of a
#: ``.urls`` file (the page at that URL).
SourceKind = Literal["file", "jsonl", "warc", "url"]


@attrs.frozen(kw_only=True)
class Source:
    """Where one input record came from; ``(path, index)`` identifies it within a run.

    ``index`` counts the records read from ``path`` (0 for a whole file), so it is
    stable across runs over the same input and is what ``--resume`` keys on.
    """

    kind: SourceKind
    path: str
    index: int = 0
    #: 1-based line number in a JSONL or ``.urls`` file.
    line: int | None = None
    #: The ``id`` field of a JSONL line, as given.
    id: str | None = None
    #: ``WARC-Record-ID`` and ``WARC-Target-URI`` of a WARC record, and its byte offset;
    #: ``target_uri`` is also the URL of a ``.urls`` line.
    record_id: str | None = None
    target_uri: str | None = None
    offset: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The fields that are set, for the output line (``index`` only where it adds to them)."""
        out: dict[str, Any] = {"kind": self.kind, "path": self.path}
        for name in ("line", "id", "record_id", "target_uri", "offset"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        return out

    def describe(self) -> str:
        """A short human label: ``path``, ``path:line``, ``path:line (url)`` or ``path@offset (uri)``."""
        if self.kind == "url":
            return f"{self.path}:{self.line} ({self.target_uri})"
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.kind == "warc":
            return f"{self.path}@{self.offset} ({self.target_uri or self.record_id})"
        return self.path


@attrs.frozen(kw_only=True)
class ErrorInfo:
    """Why a record produced no article: the exception's type name and message, and
    what the exception says in fields of its own, where it has them.

    In the output line these are keys beside ``type`` and ``message``, written only
    when set, so readers that know only those two keep working.
    """

    type: str
    message: str
    #: The pipeline step that failed (``GeoArticleError.step``).
    step: str | None = None
    #: Where in the document the error lies (a model field's path, e.g. ``ModelError.path``).
    path: str | None = None
    #: The URL that could not be fetched (``FetchError.url``).
    url: str | None = None
    #: The HTTP status the server answered (``HTTPStatusError.status``).
    status: int | None = None
    #: One ``"path: message"`` line per problem (``StructureError.errors``).
    errors: tuple[str, ...] = ()

    @classmethod
    def from_exception(cls, exc: BaseException) -> ErrorInfo:
        """Capture ``exc`` as plain values (exceptions do not always pickle)."""
        status = getattr(exc, "status", None)
        errors = getattr(exc, "errors", ())
        return cls(
            type=type(exc).__name__,
            message=str(exc) or type(exc).__name__,
            step=_text(getattr(exc, "step", None)),
            path=_text(getattr(exc, "path", None)),
            url=_text(getattr(exc, "url", None)),
            status=status if isinstance(status, int) and not isinstance(status, bool) else None,
            errors=tuple(str(e) for e in errors) if isinstance(errors, (tuple, list)) else (),
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ErrorInfo:
        """Read back what :meth:`to_dict` wrote (unknown keys are passed over)."""
        return cls(
            type=str(data.get("type", "")),
            message=str(data.get("message", "")),
            step=data.get("step"),
            path=data.get("path"),
            url=data.get("url"),
            status=data.get("status"),
            errors=tuple(data.get("errors", ())),
        )

    def to_dict(self) -> dict[str, Any]:
        """``{"type": ..., "message": ...}``, and each other field that is set."""
        out: dict[str, Any] = {"type": self.type, "message": self.message}
        for name in ("step", "path", "url", "status"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.errors:
            out["errors"] = list(self.errors)
        return out


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


@attrs.frozen(kw_only=True)
class Record:
    """One input to parse: inline ``data``, a file the worker reads (``data is None``), or,
    for a ``url`` source, the page at ``url``, which the worker fetches.

    A record that could not even be read (a malformed JSONL line, an unreadable
    file) carries ``error`` instead and becomes an error result unchanged.
    """

    source: Source
    data: bytes | str | None = None
    #: ``"html"`` or ``"text"`` when the container says so, else detected.
    kind: Literal["auto", "html", "text"] = "auto"
    url: str | None = None
    #: Publication date given alongside the input (JSONL ``published``), unparsed.
    published: str | None = None
    error: ErrorInfo | None = None


@attrs.frozen(kw_only=True)
class Result:
    """The outcome for one record: ``output`` (the format's text) or ``error``, never both."""

    source: Source
    format: str
    output: str | None = None
    error: ErrorInfo | None = None
    #: How to embed ``output`` in a JSON line: ``json`` (one JSON document),
    #: ``jsonl`` (one document a line) or ``text``.
    output_kind: Literal["json", "jsonl", "text"] = "json"

    @property
    def ok(self) -> bool:
        """True when the record was parsed and written."""
        return self.error is None

    def to_line(self) -> str:
        """The output line (no newline): ``{"source", "format", "output"}`` or ``{"source", "error"}``.

        ``output`` is the format's JSON document as written, an array of its
        lines for line-oriented formats, or a JSON string for text formats.
        """
        head = '{"source":' + json.dumps(self.source.to_dict(), ensure_ascii=False)
        if self.error is not None:
            return head + ',"error":' + json.dumps(self.error.to_dict(), ensure_ascii=False) + "}"
        output = self.output or ""
        if self.output_kind == "json":
            value = output
        elif self.output_kind == "jsonl":
            value = "[" + ",".join(ln for ln in output.split("\n") if ln.strip()) + "]"
        else:
            value = json.dumps(output, ensure_ascii=False)
        return head + ',"format":' + json.dumps(self.format) + ',"output":' + value + "}"
