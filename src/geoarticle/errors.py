"""The exceptions geoarticle raises.

Every error derives from :class:`GeoArticleError` and, where one fits, from the
builtin it refines, so ``except ValueError`` in calling code keeps working::

    GeoArticleError
    ├── ParseError (ValueError)             input could not be read as an article
    │   ├── NotAnArticleError               empty, binary or not article-shaped input
    │   ├── LimitExceededError              input over a configured limit (size, depth)
    │   │   └── TimeLimitExceededError      the article's time budget (max_seconds) ran out
    │   └── TruncatedInputError             the input ends early or is corrupt (cut gzip, WARC)
    ├── ModelError (ValueError)             a model was built with an invalid field;
    │                                       ``.path`` names it ("sections[0].blocks[2].text")
    ├── StructureError (ValueError)         a document could not be structured into models;
    │   │                                   ``.errors`` holds "path: message" lines
    │   └── SchemaVersionError              the document's schema_version is not supported
    ├── UnknownFormatError (LookupError)    no serializer, parser or component by that name
    ├── SerializationError (ValueError)     an article could not be written in a format
    ├── PipelineConfigError (ValueError)    steps in an order whose requirements are unmet
    ├── PipelineError (RuntimeError)        a pipeline step failed; ``.step`` names it
    ├── InvalidArgumentError (ValueError)   a call was given an argument it cannot take
    │   └── InvalidArgumentTypeError (TypeError) an argument of the wrong type (bytes for a
    │                                       str, a str where a path is meant...)
    ├── MissingDependencyError (ImportError) an optional extra's package or model is not
    │                                       installed; ``.package`` names it
    ├── BatchError (RuntimeError)           a batch run cannot go on as asked
    │   ├── ResumeError                     no journal, other options, or changed inputs
    │   ├── OutputError                     the output file cannot be used:
    │   │   ├── OutputBusyError             another run holds its lock
    │   │   ├── OutputExistsError           it exists (neither resume nor overwrite asked)
    │   │   └── OutputWriteError            writing failed (read-only, disk full); ``.records``
    │   ├── RecordFailedError               a record failed under ``on_error="raise"``;
    │   │                                   ``.result`` holds its source and error
    │   ├── WorkerDiedError                 a worker process died on a record
    │   └── WorkerStartError                worker processes die before they are ready
    └── FetchError (OSError)                a URL could not be fetched (refused, reset, bad
        │                                   TLS...); ``.url`` names it
        ├── UnsupportedURLError (ValueError) not an http(s) URL, or not a URL at all
        ├── FetchTimeoutError (TimeoutError) no answer, or no whole page, within the timeout
        ├── TooManyRedirectsError           more redirects than allowed (a loop, say)
        ├── HTTPStatusError                 the server answered with an error; ``.status``
        ├── ContentTypeError                the page is not HTML or plain text;
        │                                   ``.content_type`` names what it is
        └── ResponseTooLargeError           the page is over ``Limits.max_input_bytes``

Only :mod:`geoarticle.fetch` (the command line's and the batch's URL inputs) raises
the ``FetchError`` family; the parse functions never touch the network.

Single-document calls raise these. Batch runs turn them into error records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = [
    "BatchError",
    "ContentTypeError",
    "FetchError",
    "FetchTimeoutError",
    "GeoArticleError",
    "HTTPStatusError",
    "InvalidArgumentError",
    "InvalidArgumentTypeError",
    "LimitExceededError",
    "MissingDependencyError",
    "ModelError",
    "NotAnArticleError",
    "OutputBusyError",
    "OutputError",
    "OutputExistsError",
    "OutputWriteError",
    "ParseError",
    "PipelineConfigError",
    "PipelineError",
    "RecordFailedError",
    "ResponseTooLargeError",
    "ResumeError",
    "SchemaVersionError",
    "SerializationError",
    "StructureError",
    "TimeLimitExceededError",
    "TooManyRedirectsError",
    "TruncatedInputError",
    "UnknownFormatError",
    "UnsupportedURLError",
    "WorkerDiedError",
    "WorkerStartError",
]


class GeoArticleError(Exception):
    """Root of every error geoarticle raises on purpose."""

    step: str | None = None


class ParseError(GeoArticleError, ValueError):
    """The input could not be parsed into an article."""


class NotAnArticleError(ParseError):
    """The input is empty, binary, or holds no article text."""


class LimitExceededError(ParseError):
    """The input exceeds a configured limit (size, nesting depth, counts)."""


class TimeLimitExceededError(LimitExceededError):
    """The article took longer than its time budget (``Limits.max_seconds``)."""

    def __init__(self, message: str, *, seconds: float | None = None) -> None:
        self.seconds = seconds
        super().__init__(message)


class TruncatedInputError(ParseError):
    """The input ends early or is corrupt: a cut gzip stream, a WARC cut inside a record.

    What could be read before the damage may still have been used; this error
    says that the rest was lost.
    """


class ModelError(GeoArticleError, ValueError):
    """A model was constructed with an invalid value.

    ``path`` is the field's path inside the model that refused it (``"text"``,
    ``"rows[1][0]"``, ``"actors[2].mentions[0].section"``), ``model`` the model's class
    name (``"Paragraph"``) and ``reason`` what is wrong with it. The message reads
    ``"Paragraph.text: expected str, got int"``. When a JSON document is read back,
    :class:`StructureError` prefixes the path of the model in the document
    (``"sections[0].blocks[2].text"``).
    """

    def __init__(
        self,
        message: str,
        *,
        model: str | None = None,
        path: str | None = None,
        reason: str | None = None,
    ) -> None:
        if path is None:  # raised with a message alone: "Model.field[0].sub: reason"
            head, sep, rest = message.partition(": ")
            owner, dot, field = head.partition(".")
            if sep and dot and owner[:1].isupper() and owner.isidentifier() and field:
                model, path, reason = owner, field, rest
        self.model = model
        self.path = path
        self.reason = message if reason is None else reason
        super().__init__(message)

    @classmethod
    def at(cls, model: str, path: str, reason: str) -> ModelError:
        """The error for field ``path`` of ``model``, with the message ``"model.path: reason"``."""
        return cls(f"{model}.{path}: {reason}", model=model, path=path, reason=reason)


class StructureError(GeoArticleError, ValueError):
    """A serialized document does not match the models.

    ``errors`` holds one ``"path: message"`` line per problem, for example
    ``"sections[2].blocks[0].text: expected str"``.
    """

    def __init__(self, message: str, errors: Sequence[str] = ()) -> None:
        self.errors: tuple[str, ...] = tuple(errors)
        super().__init__(message)


class SchemaVersionError(StructureError):
    """The document carries a schema version this release cannot read."""


class UnknownFormatError(GeoArticleError, LookupError):
    """No component is registered under the requested name."""

    def __init__(self, kind: str, name: str, known: Sequence[str]) -> None:
        self.name = name
        self.known: tuple[str, ...] = tuple(known)
        super().__init__(f"unknown {kind} {name!r}; known: {', '.join(self.known)}")

    def __str__(self) -> str:  # LookupError would otherwise add quotes
        return str(self.args[0])


class SerializationError(GeoArticleError, ValueError):
    """The article cannot be written in the requested format."""


class PipelineConfigError(GeoArticleError, ValueError):
    """A pipeline was assembled with unmet requirements or duplicate names."""


class PipelineError(GeoArticleError, RuntimeError):
    """A pipeline step raised; ``step`` names it and the cause is chained."""

    def __init__(self, step: str, message: str) -> None:
        self.step = step
        super().__init__(f"step {step!r} failed: {message}")


class InvalidArgumentError(GeoArticleError, ValueError):
    """A function was called with an argument it cannot take (an unknown option, a value
    out of range); the input itself may be fine. Also a ``ValueError``."""


class InvalidArgumentTypeError(InvalidArgumentError, TypeError):
    """An argument of the wrong type (bytes where a str is meant, a str where a path is
    meant); also a ``TypeError``, so ``except TypeError`` keeps working."""


class MissingDependencyError(GeoArticleError, ImportError):
    """An optional component needs a package (or a model shipped as one) that is not installed.

    ``package`` names what is missing and ``extra`` the geoarticle extra that installs it.
    Nothing is ever downloaded at run time.
    """

    def __init__(self, package: str, extra: str, what: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{what} needs {package!r}, which is not installed;"
            f" install it with: pip install 'geoarticle[{extra}]'"
        )


class BatchError(GeoArticleError, RuntimeError):
    """A batch run cannot go on as asked (see :mod:`geoarticle.batch`)."""


class ResumeError(BatchError):
    """A run cannot be resumed: no journal, other options, or inputs changed since."""


class OutputError(BatchError):
    """The output file cannot be used: taken by another run, already there, or unwritable."""


class OutputBusyError(OutputError):
    """Another run is writing the same output file (it holds the lock)."""


class OutputExistsError(OutputError):
    """The output file exists and is not empty, and neither resume nor overwrite was asked."""


class OutputWriteError(OutputError):
    """Creating or writing the output or its journal failed (read-only place, full disk).

    ``records`` is how many records the journal vouches for when a write failed
    part-way (the run continues with ``resume`` once the cause is gone), or None
    when the output could not be opened at all.
    """

    def __init__(self, message: str, *, records: int | None = None) -> None:
        self.records = records
        super().__init__(message)


class RecordFailedError(BatchError):
    """A record failed under ``on_error="raise"``; ``result`` holds its source and error
    (a :class:`geoarticle.batch.Result`)."""

    def __init__(self, result: Any) -> None:
        self.result = result
        err = result.error
        detail = f"{err.type}: {err.message}" if err is not None else "failed"
        super().__init__(f"{result.source.describe()}: {detail}")


class WorkerDiedError(BatchError):
    """The worker process died while it was processing this record."""


class WorkerStartError(BatchError):
    """Batch worker processes keep dying before they are ready (is geoarticle importable
    in a new process?)."""


class FetchError(GeoArticleError, OSError):
    """A URL could not be fetched; ``url`` is the address asked for.

    Raised as such for network failures (name not found, connection refused or
    reset, a TLS error); the subclasses say what else went wrong.
    """

    def __init__(self, message: str, *, url: str) -> None:
        self.url = url
        super().__init__(message)

    def __str__(self) -> str:  # OSError would otherwise format its own way
        return str(self.args[0])


class UnsupportedURLError(FetchError, ValueError):
    """The address is not an ``http://`` or ``https://`` URL (a redirect to one counts too)."""


class FetchTimeoutError(FetchError, TimeoutError):
    """The server did not answer, or not with the whole page, within the timeout."""

    def __init__(self, message: str, *, url: str, seconds: float) -> None:
        self.seconds = seconds
        super().__init__(message, url=url)


class TooManyRedirectsError(FetchError):
    """The URL redirected more times than allowed (often a redirect loop)."""

    def __init__(self, message: str, *, url: str, max_redirects: int) -> None:
        self.max_redirects = max_redirects
        super().__init__(message, url=url)


class HTTPStatusError(FetchError):
    """The server answered with an error status (4xx, 5xx); ``status`` is the code."""

    def __init__(self, message: str, *, url: str, status: int) -> None:
        self.status = status
        super().__init__(message, url=url)


class ContentTypeError(FetchError):
    """The response is not a page geoarticle reads (HTML or plain text);
    ``content_type`` is the media type the server gave."""

    def __init__(self, message: str, *, url: str, content_type: str) -> None:
        self.content_type = content_type
        super().__init__(message, url=url)


class ResponseTooLargeError(FetchError):
    """The response is larger than the input limit (``Limits.max_input_bytes``); ``limit``
    is that limit in bytes. The body is not read past it."""

    def __init__(self, message: str, *, url: str, limit: int) -> None:
        self.limit = limit
        super().__init__(message, url=url)
