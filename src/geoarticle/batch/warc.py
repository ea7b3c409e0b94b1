"""WARC and WARC.GZ input: one Record for each HTML response record.

Two backends read the same records: FastWARC (chosen by measurement, see
``docs/batch.md`` and ``benchmarks/bench_batch.py --warc``) and warcio, the
more common library. Whichever is installed is used, FastWARC first; both
come with the ``warc`` extra. Response records whose HTTP status is not 2xx or
whose content type is not HTML are counted in ``ReadStats.ignored``, not parsed;
payloads over ``Limits.max_input_bytes`` become error records without being read.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ..errors import LimitExceededError
from ..limits import DEFAULT_LIMITS, Limits
from ._records import ErrorInfo, Record, Source

if TYPE_CHECKING:
    from .readers import ReadStats

__all__ = ["BACKENDS", "WarcResponse", "available_backends", "iter_warc", "iter_warc_responses"]

Backend = Literal["fastwarc", "warcio"]
#: In order of preference.
BACKENDS: tuple[Backend, ...] = ("fastwarc", "warcio")


@attrs.frozen(kw_only=True)
class WarcResponse:
    """The parts of a WARC response record batch needs; ``payload`` is None when over the limit."""

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
) -> Iterator[Record]:
    """Records for the HTML responses in a WARC (gzip or not); others are counted as ignored."""
    index = 0
    for resp in iter_warc_responses(path, max_payload=limits.max_input_bytes, backend=backend):
        reason = _ignore_reason(resp)
        if reason is not None:
            if stats is not None:
                stats.ignored[reason] += 1
            continue
        source = Source(
            kind="warc", path=path, index=index, record_id=resp.record_id,
            target_uri=resp.target_uri, offset=resp.offset,
        )  # fmt: skip
        index += 1
        if resp.payload is None:
            exc = LimitExceededError(
                f"payload is {resp.length} bytes, over the limit of {limits.max_input_bytes}"
            )
            yield Record(source=source, error=ErrorInfo.from_exception(exc))
        else:
            yield Record(source=source, data=resp.payload, kind="html", url=resp.target_uri)


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
        raise ModuleNotFoundError(
            "reading WARC files needs FastWARC or warcio: pip install 'geoarticle[warc]'"
        )
    if choices[0] == "fastwarc":
        return _fastwarc(path, max_payload)
    return _warcio(path, max_payload)


def _fastwarc(path: str, max_payload: int) -> Iterator[WarcResponse]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    with open(path, "rb") as fh:
        records = ArchiveIterator(
            fh, record_types=WarcRecordType.response, parse_http=True, auto_decode="all"
        )
        for rec in records:
            http = rec.http_headers
            length = int(rec.content_length)
            yield WarcResponse(
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
        for rec in records:
            if rec.rec_type != "response":
                continue
            offset = int(records.offset)
            http = rec.http_headers
            length = int(rec.length or 0)
            status = http.get_statuscode() if http is not None else None
            yield WarcResponse(
                record_id=rec.rec_headers.get_header("WARC-Record-ID"),
                target_uri=rec.rec_headers.get_header("WARC-Target-URI"),
                offset=offset,
                status=int(status) if status and status.isdigit() else None,
                content_type=None if http is None else http.get_header("Content-Type"),
                length=length,
                payload=rec.content_stream().read() if length <= max_payload else None,
            )
