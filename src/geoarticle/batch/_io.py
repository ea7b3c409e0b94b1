"""Opening inputs: gzip is detected by its magic bytes, reads are bounded, damage is reported.

A gzip stream that ends inside a member (a cut download) or holds bytes that are
not gzip is a :class:`~geoarticle.errors.TruncatedInputError`, never a short
read taken for the whole input. Devices and pipes (``/dev/zero``, a FIFO) are
read like files, up to the same size limit.
"""

from __future__ import annotations

import gzip
import os
import stat
import zlib
from typing import BinaryIO

from ..errors import TruncatedInputError
from ..inputs import iter_gunzip, read_bounded

__all__ = ["is_gzip", "is_readable_input", "iter_gunzip", "open_binary", "read_bounded"]

_GZIP_MAGIC = b"\x1f\x8b"


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
