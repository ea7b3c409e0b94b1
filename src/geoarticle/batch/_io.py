"""Opening inputs: gzip is detected by its magic bytes, and reads are bounded."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from ..errors import LimitExceededError, ParseError

__all__ = ["is_gzip", "open_binary", "read_bounded"]

_GZIP_MAGIC = b"\x1f\x8b"
_BLOCK = 1 << 16


def is_gzip(path: str) -> bool:
    """True when the file starts with the gzip magic bytes."""
    with open(path, "rb") as fh:
        return fh.read(2) == _GZIP_MAGIC


def open_binary(path: str) -> BinaryIO:
    """The file's bytes, decompressed on the fly when it is gzip."""
    if is_gzip(path):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # the caller closes it


def read_bounded(path: str, limit: int) -> bytes:
    """The whole file (decompressed if gzip); LimitExceededError past ``limit`` bytes.

    Decompression stops at the limit, so a gzip bomb costs no more than ``limit``.
    """
    with open(path, "rb") as fh:
        head = fh.read(2)
        fh.seek(0)
        data = _gunzip_bounded(fh, limit) if head == _GZIP_MAGIC else fh.read(limit + 1)
    if len(data) > limit:
        raise LimitExceededError(f"{path} holds more than {limit} bytes")
    return data


def _gunzip_bounded(fh: BinaryIO, limit: int) -> bytes:
    """Decompress every gzip member of ``fh`` until more than ``limit`` bytes are out."""
    out = io.BytesIO()
    decomp = zlib.decompressobj(wbits=31)
    pending = b""
    try:
        while out.tell() <= limit:
            if not pending:
                pending = decomp.unconsumed_tail or fh.read(_BLOCK)
                if not pending:
                    break
            out.write(decomp.decompress(pending, limit + 1 - out.tell()))
            pending = b""
            if decomp.eof:  # a concatenated member may follow
                pending = decomp.unused_data
                decomp = zlib.decompressobj(wbits=31)
    except zlib.error as exc:
        raise ParseError(f"corrupt gzip data: {exc}") from None
    return out.getvalue()
