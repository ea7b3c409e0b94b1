"""Opening inputs: gzip is detected by its magic bytes, reads are bounded, damage is reported.

A gzip stream that ends inside a member (a cut download) or holds bytes that are
not gzip is a :class:`~geoarticle.errors.TruncatedInputError`, never a short
read taken for the whole input. Devices and pipes (``/dev/zero``, a FIFO) are
read like files, up to the same size limit.
"""

from __future__ import annotations

import gzip
import io
import os
import stat
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ..errors import LimitExceededError, TruncatedInputError

__all__ = ["is_gzip", "is_readable_input", "iter_gunzip", "open_binary", "read_bounded"]

_GZIP_MAGIC = b"\x1f\x8b"
_BLOCK = 1 << 16


def is_readable_input(path: str) -> bool:
    """A regular file, a character device or a FIFO: something to read records from."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISREG(mode) or stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def is_gzip(path: str) -> bool:
    """True when the file starts with the gzip magic bytes (never for devices and pipes:
    peeking would consume what the reader needs)."""
    if not os.path.isfile(path):
        return False
    with open(path, "rb") as fh:
        return fh.read(2) == _GZIP_MAGIC


class _CheckedGzip(gzip.GzipFile):
    """A GzipFile whose end-of-data errors are TruncatedInputError (a ParseError)."""

    def read(self, size: int | None = -1) -> bytes:
        try:
            return super().read(size)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise TruncatedInputError(f"{self.name}: gzip data is cut or corrupt: {exc}") from None

    def readline(self, size: int | None = -1) -> bytes:
        try:
            return super().readline(size)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise TruncatedInputError(f"{self.name}: gzip data is cut or corrupt: {exc}") from None


def open_binary(path: str) -> BinaryIO:
    """The file's bytes, decompressed on the fly when it is gzip (damage raises
    TruncatedInputError as it is met)."""
    if is_gzip(path):
        return _CheckedGzip(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # the caller closes it


def read_bounded(path: str, limit: int) -> bytes:
    """The whole file (decompressed if gzip); LimitExceededError past ``limit`` bytes.

    Decompression stops at the limit, so a gzip bomb costs no more than ``limit``.
    A gzip stream that is cut or corrupt raises TruncatedInputError. Devices and
    pipes are read up to the limit too.
    """
    with open(path, "rb") as fh:
        head = fh.read(2)
        if head == _GZIP_MAGIC:
            data = _gunzip_bounded(head, fh, limit, path)
        else:
            data = head + fh.read(limit + 1 - len(head))
    if len(data) > limit:
        raise LimitExceededError(f"{path} holds more than {limit} bytes")
    return data


def _gunzip_bounded(head: bytes, fh: BinaryIO, limit: int, path: str) -> bytes:
    """Decompress every gzip member of ``fh`` until more than ``limit`` bytes are out."""
    out = io.BytesIO()
    for block in iter_gunzip(fh, path=path, head=head):
        out.write(block)
        if out.tell() > limit:
            break
    return out.getvalue()


def iter_gunzip(
    fh: BinaryIO, *, path: str, head: bytes = b"", max_out: int = _BLOCK
) -> Iterator[bytes]:
    """The decompressed bytes of every gzip member in ``head`` + the rest of ``fh``, in
    blocks of at most ``max_out`` bytes.

    Raises TruncatedInputError when the data ends inside a member or holds bytes that
    are not gzip (NUL padding after the last member is allowed, as gzip allows it).
    """
    decomp = zlib.decompressobj(wbits=31)
    in_member = False
    consumed = len(head)
    pending = head
    at_end = False
    while True:
        if not pending and not at_end:
            pending = fh.read(_BLOCK)
            consumed += len(pending)
            at_end = not pending
        if not in_member:
            pending = pending.lstrip(b"\x00")
            if not pending:  # padding (or nothing) between or after members
                if at_end:
                    return
                continue
            in_member = True
        try:
            block = decomp.decompress(pending, max_out)
        except zlib.error as exc:
            raise TruncatedInputError(
                f"{path}: gzip data is corrupt near byte {consumed}: {exc}"
            ) from None
        if block:
            yield block
        if decomp.eof:
            pending = decomp.unused_data
            decomp = zlib.decompressobj(wbits=31)
            in_member = False
        else:
            pending = decomp.unconsumed_tail
            if at_end and not block and not pending:
                raise TruncatedInputError(
                    f"{path}: gzip data ends inside a compressed member (the file is cut "
                    f"at byte {consumed})"
                )
