"""WARC and WARC.GZ input: one Record for each HTML response record.

Two backends read the same records: FastWARC (chosen by measurement, see
``docs/batch.md`` and ``benchmarks/bench_batch.py --warc``) and warcio, the
more common library. Whichever is installed is used, FastWARC first; both
come with the ``warc`` extra. Response records whose HTTP status is not 2xx or
whose content type is not HTML are counted in ``ReadStats.ignored``, not parsed;
payloads over ``Limits.max_input_bytes`` become error records without being read.

Neither library says when a file is damaged: both stop quietly at a cut in a
``.warc.gz`` (keeping a partial last record), and on corruption one raises and
the other may skip ahead. So before its records are read, the file's framing is
checked by :func:`warc_damage` (every gzip member complete, every record's
``Content-Length`` present in full). The record in which damage lies becomes a
``TruncatedInputError`` record instead of a partial page, and damage that no
record read covers (a cut between records, a corrupt stretch the library
skipped or stopped at) ends the file with one such error record.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

import attrs

from ..errors import LimitExceededError, MissingDependencyError, TruncatedInputError
from ..limits import DEFAULT_LIMITS, Limits
from ._io import iter_gunzip
from ._records import ErrorInfo, Record, Source

if TYPE_CHECKING:
    from .readers import ReadStats

__all__ = [
    "BACKENDS",
    "WarcDamage",
    "WarcResponse",
    "available_backends",
    "iter_warc",
    "iter_warc_responses",
    "warc_damage",
]

Backend = Literal["fastwarc", "warcio"]
#: In order of preference.
BACKENDS: tuple[Backend, ...] = ("fastwarc", "warcio")


@attrs.frozen(kw_only=True)
class WarcResponse:
    """The parts of a WARC response record batch needs; ``payload`` is None when over the limit.

    ``ordinal`` counts every record of the file (requests, metadata...) from 0.
    """

    ordinal: int
    record_id: str | None
    target_uri: str | None
    offset: int
    status: int | None
    content_type: str | None
    length: int
    payload: bytes | None


def available_backends() -> tuple[Backend, ...]:
    """The installed WARC backends, preferred first."""
    return tuple(b for b in BACKENDS if importlib.util.find_spec(b) is not None)


def iter_warc(
    path: str,
    *,
    limits: Limits = DEFAULT_LIMITS,
    stats: ReadStats | None = None,
    backend: Backend | None = None,
    check: bool = True,
) -> Iterator[Record]:
    """Records for the HTML responses in a WARC (gzip or not); others are counted as ignored.

    With ``check`` (the default) the file's framing is checked first
    (:func:`warc_damage`), and damage becomes a TruncatedInputError record.
    """
    damage = warc_damage(path) if check else None
    index = 0
    reported = False
    failure: Exception | None = None

    def source_of(resp: WarcResponse | None) -> Source:
        if resp is None:
            return Source(kind="warc", path=path, index=index)
        return Source(
            kind="warc", path=path, index=index, record_id=resp.record_id,
            target_uri=resp.target_uri, offset=resp.offset,
        )  # fmt: skip

    responses = iter_warc_responses(path, max_payload=limits.max_input_bytes, backend=backend)
    try:
        for resp in responses:
            damaged = damage is not None and resp.ordinal == damage.records
            reason = None if damaged else _ignore_reason(resp)
            if reason is not None:
                if stats is not None:
                    stats.ignored[reason] += 1
                continue
            source = source_of(resp)
            index += 1
            exc: Exception | None = None
            if damaged:
                assert damage is not None
                reported = True
                exc = TruncatedInputError(
                    f"the file is damaged inside this record ({damage.reason}); what followed "
                    "it may be lost"
                )
            elif resp.payload is None:
                exc = LimitExceededError(
                    f"payload is {resp.length} bytes, over the limit of {limits.max_input_bytes}"
                )
            if exc is not None:
                yield Record(source=source, error=ErrorInfo.from_exception(exc))
            else:
                yield Record(source=source, data=resp.payload, kind="html", url=resp.target_uri)
    except Exception as exc:  # the library gave up: reported below with the damage
        failure = exc
    if reported and failure is None:
        return
    if damage is not None or failure is not None:
        what = damage.reason if damage is not None else ""
        if failure is not None:
            what = f"{what}; " if what else ""
            what += f"the WARC reader stopped: {str(failure) or type(failure).__name__}"
        after = damage.records if damage is not None else "some"
        err = TruncatedInputError(
            f"{path} is damaged after {after} complete WARC records ({what}); the rest is lost"
        )
        yield Record(source=source_of(None), error=ErrorInfo.from_exception(err))


def _ignore_reason(resp: WarcResponse) -> str | None:
    if resp.status is not None and not 200 <= resp.status < 300:
        return "WARC response not 2xx"
    if resp.content_type is not None and "html" not in resp.content_type.lower():
        return "WARC response not HTML"
    return None


def iter_warc_responses(
    path: str, *, max_payload: int, backend: Backend | None = None
) -> Iterator[WarcResponse]:
    """Every response record of the file, through ``backend`` or the preferred installed one."""
    choices = (backend,) if backend is not None else available_backends()
    if not choices or importlib.util.find_spec(choices[0]) is None:
        raise MissingDependencyError("fastwarc or warcio", "warc", "reading WARC files")
    if choices[0] == "fastwarc":
        return _fastwarc(path, max_payload)
    return _warcio(path, max_payload)


def _fastwarc(path: str, max_payload: int) -> Iterator[WarcResponse]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with open(path, "rb") as fh:
        records = ArchiveIterator(fh, parse_http=True, auto_decode="all")
        for ordinal, rec in enumerate(records):
            if rec.record_type != WarcRecordType.response:
                continue
            http = rec.http_headers
            length = int(rec.content_length)
            yield WarcResponse(
                ordinal=ordinal,
                record_id=rec.record_id,
                target_uri=rec.headers.get("WARC-Target-URI"),
                offset=int(rec.stream_pos),
                status=None if http is None else http.status_code,
                content_type=None if http is None else http.get("Content-Type"),
                length=length,
                payload=rec.reader.read() if length <= max_payload else None,
            )


def _warcio(path: str, max_payload: int) -> Iterator[WarcResponse]:
    from warcio.archiveiterator import ArchiveIterator

    with open(path, "rb") as fh:
        records: Any = ArchiveIterator(fh)
        for ordinal, rec in enumerate(records):
            if rec.rec_type != "response":
                continue
            offset = int(records.offset)
            http = rec.http_headers
            length = int(rec.length or 0)
            status = http.get_statuscode() if http is not None else None
            yield WarcResponse(
                ordinal=ordinal,
                record_id=rec.rec_headers.get_header("WARC-Record-ID"),
                target_uri=rec.rec_headers.get_header("WARC-Target-URI"),
                offset=offset,
                status=int(status) if status and status.isdigit() else None,
                content_type=None if http is None else http.get_header("Content-Type"),
                length=length,
                payload=rec.content_stream().read() if length <= max_payload else None,
            )


# -- checking the framing --------------------------------------------------------------


@attrs.frozen
class WarcDamage:
    """Where a WARC file stops being whole: after ``records`` complete records, and why."""

    records: int
    reason: str


_MAX_HEADER = 1 << 20
_BLOCK = 1 << 16


def warc_damage(path: str) -> WarcDamage | None:
    """None when every record of the file is whole, else where the damage starts.

    Reads the file once (decompressing ``.gz``), checking that each record starts
    with a ``WARC/`` header block holding a ``Content-Length``, that the content
    and the blank line after it are all there, and (for gzip) that every
    compressed member is complete. Linear in the file size; record content is
    skipped, not kept.
    """
    done = _Count()
    try:
        with open(path, "rb") as fh:
            head = fh.read(2)
            blocks: Iterator[bytes]
            if head == b"\x1f\x8b":
                blocks = iter_gunzip(fh, path=path, head=head)
            else:
                blocks = _plain_blocks(fh, head)
            _check_framing(blocks, done)
    except _BrokenError as exc:
        return WarcDamage(records=done.records, reason=str(exc))
    except TruncatedInputError as exc:
        return WarcDamage(records=done.records, reason=str(exc).split(": ", 1)[-1])
    except OSError as exc:
        return WarcDamage(records=done.records, reason=f"read error: {exc.strerror or exc}")
    return None


class _BrokenError(Exception):
    """The framing is broken; the message says how."""


@attrs.define
class _Count:
    records: int = 0


def _plain_blocks(fh: BinaryIO, head: bytes) -> Iterator[bytes]:
    if head:
        yield head
    while block := fh.read(_BLOCK):
        yield block


def _check_framing(blocks: Iterator[bytes], done: _Count) -> None:
    """Count complete records in ``done``; _BrokenError at damage."""
    buf = bytearray()
    skip = 0  # content bytes (plus the closing blank line) still to pass over
    for block in blocks:
        if skip:
            if len(block) <= skip:
                skip -= len(block)
                if skip == 0:
                    done.records += 1
                continue
            block = block[skip:]
            skip = 0
            done.records += 1
        buf += block
        while True:
            start = 0
            while start < len(buf) and buf[start] in b"\r\n":  # blank lines between records
                start += 1
            if start:
                del buf[:start]
            if not buf:
                break
            end = buf.find(b"\r\n\r\n")
            if end < 0:
                if len(buf) > _MAX_HEADER or (len(buf) >= 5 and not buf.startswith(b"WARC/")):
                    raise _BrokenError(f"no WARC record header after record {done.records}")
                break
            if not buf.startswith(b"WARC/"):
                raise _BrokenError(f"no WARC record header after record {done.records}")
            length = _content_length(bytes(buf[:end]))
            if length is None:
                raise _BrokenError(f"record {done.records + 1} has no valid Content-Length")
            need = end + 4 + length + 4
            if len(buf) >= need:
                if buf[need - 4 : need] != b"\r\n\r\n":
                    raise _BrokenError(
                        f"record {done.records + 1} is longer than its Content-Length"
                    )
                del buf[:need]
                done.records += 1
            else:
                skip = need - len(buf)
                buf.clear()
                break
    if skip or buf.strip():
        raise _BrokenError(f"the file ends inside record {done.records + 1}")


def _content_length(header: bytes) -> int | None:
    for line in header.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            try:
                length = int(value.strip())
            except ValueError:
                return None
            return length if length >= 0 else None
    return None
