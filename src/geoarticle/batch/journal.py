"""Crash-safe output: JSONL lines plus a journal of what they hold, for ``--resume``.

Protocol (safe against SIGKILL, and against power loss when ``durable``):

1. Output lines are buffered, then written, flushed and fsync'd to ``OUT``.
2. Only then are their journal entries (record key, status, end offset of the
   line in ``OUT``) written, flushed and fsync'd to ``OUT.journal``.

On resume the journal is read up to its last complete line, and ``OUT`` is
truncated to the end offset of the last entry: lines written without a
journal entry (a kill between steps 1 and 2) and a partial last line are cut
and their records processed again. So every record is in the output exactly
once, and records skipped under ``on_error="skip"`` are journaled too.

Journal lines: a JSON header, then ``P <id> <size> <mtime_ns> <json path>``
the first time an input file is met, and ``R <id> <index> <status> <end>`` per
record (status ``o`` ok, ``e`` error, ``s`` skipped; ``l`` and ``x`` for errors and
skips that mean input was lost). Memory stays small: for
each file, the records done are kept as a low-water mark plus the few done
above it (out of order).

Faults of the output itself:

* two runs writing the same output: the output file is locked (``flock``) for
  the whole run, and a second run refuses to start (:class:`OutputBusyError`);
* an output that exists and is not empty is neither overwritten nor appended to
  unless asked (``resume`` or ``overwrite``; :class:`OutputExistsError`);
* an output that cannot be created or written (read-only place, full disk): the
  run stops with :class:`OutputWriteError`; the journal never vouches for a line
  that was not written, so the run continues with ``resume`` once the cause is gone.
"""

from __future__ import annotations

import collections
import errno
import functools
import json
import os
import time
from typing import Any, BinaryIO

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX: no lock
    fcntl = None  # type: ignore[assignment]

from ..errors import (
    OutputBusyError,
    OutputError,
    OutputExistsError,
    OutputWriteError,
    ResumeError,
)
from ._records import LOST_ERRORS, Result

__all__ = [
    "JOURNAL_SUFFIX",
    "DoneSet",
    "OutputBusyError",
    "OutputError",
    "OutputExistsError",
    "OutputSink",
    "OutputWriteError",
    "ResumeError",
]

JOURNAL_SUFFIX = ".journal"
_VERSION = 1
#: ``lost`` and ``lost-skipped``: errors that mean input was lost (``LOST_ERRORS``),
#: kept apart so that a resumed run still reports them.
_STATUS = {"ok": "o", "error": "e", "skipped": "s", "lost": "l", "lost-skipped": "x"}
_STATUS_NAME = {v: k for k, v in _STATUS.items()}


@functools.lru_cache(maxsize=4096)
def _abspath(path: str) -> str:
    return os.path.abspath(path)


def _fingerprint(path: str) -> tuple[int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return -1, -1
    return st.st_size, st.st_mtime_ns


class _Progress:
    """Indexes done in one file: all below ``low``, plus ``above``."""

    __slots__ = ("above", "low")

    def __init__(self) -> None:
        self.low = 0
        self.above: set[int] = set()

    def add(self, index: int) -> None:
        if index == self.low:
            self.low += 1
            while self.low in self.above:
                self.above.remove(self.low)
                self.low += 1
        elif index > self.low:
            self.above.add(index)

    def __contains__(self, index: int) -> bool:
        return index < self.low or index in self.above


class DoneSet:
    """The ``(path, index)`` keys of records already in the output."""

    def __init__(self) -> None:
        self._files: dict[str, _Progress] = {}

    def add(self, path: str, index: int) -> None:
        """Mark a record done."""
        progress = self._files.get(path)
        if progress is None:
            progress = self._files[path] = _Progress()
        progress.add(index)

    def contains(self, path: str, index: int) -> bool:
        """True when the record at ``index`` in ``path`` (as given) is done."""
        progress = self._files.get(_abspath(path))
        return progress is not None and index in progress

    def __len__(self) -> int:
        return len(self._files)


class OutputSink:
    """Writes result lines to ``path`` and journals them; ``resume`` continues a previous run.

    ``header`` (the options that shape the output) is stored in the journal and
    must match on resume. Commits happen every ``commit_every`` records or
    ``commit_seconds``, and on :meth:`close`.
    """

    def __init__(
        self,
        path: str,
        *,
        header: dict[str, Any],
        resume: bool = False,
        overwrite: bool = False,
        durable: bool = True,
        commit_every: int = 512,
        commit_seconds: float = 1.0,
    ) -> None:
        self.path = path
        self.journal_path = path + JOURNAL_SUFFIX
        self.done = DoneSet()
        #: Records found in the journal at start, by status (ok, error, skipped).
        self.previous: collections.Counter[str] = collections.Counter()
        self._header = header
        self._durable = durable
        self._commit_every = commit_every
        self._commit_seconds = commit_seconds
        self._path_ids: dict[str, int] = {}
        self._out_buf: list[bytes] = []
        self._journal_buf: list[str] = []
        self._last_commit = time.monotonic()
        self._failed = False
        self._committed = 0
        self._out = self._open_locked(path)
        try:
            if not resume and not overwrite and os.fstat(self._out.fileno()).st_size > 0:
                raise OutputExistsError(
                    f"{path} already exists; continue it with --resume or replace it "
                    "with --overwrite"
                )
            end = (self._load() if resume else 0) or 0
            self._end = end
            self._out.truncate(end)
            self._out.seek(end)
            self._journal: BinaryIO = open(self.journal_path, "ab" if resume else "wb")  # noqa: SIM115
        except OSError as exc:
            self._out.close()
            raise OutputWriteError(_os_message(self.journal_path, exc)) from None
        except BaseException:
            self._out.close()
            raise
        if self._journal.tell() == 0:
            self._journal_buf.append(json.dumps({"geoarticle-batch-journal": _VERSION, **header}))

    @staticmethod
    def _open_locked(path: str) -> BinaryIO:
        """``path`` opened for writing without truncating it, under an exclusive lock."""
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
        except OSError as exc:
            raise OutputWriteError(_os_message(path, exc)) from None
        fh = os.fdopen(fd, "r+b")
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                fh.close()
                if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise OutputBusyError(
                        f"{path} is being written by another geoarticle batch run"
                    ) from None
                raise OutputWriteError(_os_message(path, exc)) from None
        return fh

    # -- resume ------------------------------------------------------------------------

    def _load(self) -> int | None:
        """Read the journal; the output end offset it vouches for (None: start afresh)."""
        out_size = os.path.getsize(self.path) if os.path.exists(self.path) else 0
        if not os.path.exists(self.journal_path):
            if out_size:
                raise ResumeError(
                    f"{self.path} exists but has no journal ({self.journal_path}); "
                    "cannot tell which records it holds"
                )
            return None
        with open(self.journal_path, "rb") as fh:
            data = fh.read()
        cut = data.rfind(b"\n") + 1
        lines = data[:cut].decode("utf-8").splitlines()
        if not lines:
            return None
        self._check_header(lines[0])
        try:
            end = self._replay(lines[1:])
        except (ValueError, KeyError) as exc:
            raise ResumeError(f"{self.journal_path} is damaged: {exc}") from None
        if end > out_size:
            raise ResumeError(f"{self.path} is shorter than its journal says; was it edited?")
        with open(self.journal_path, "r+b") as fh:
            fh.truncate(cut)
        return end

    def _check_header(self, line: str) -> None:
        try:
            found = json.loads(line)
        except ValueError:
            raise ResumeError(f"{self.journal_path} is not a batch journal") from None
        if not isinstance(found, dict) or found.get("geoarticle-batch-journal") != _VERSION:
            raise ResumeError(f"{self.journal_path} is not a batch journal (version {_VERSION})")
        found.pop("geoarticle-batch-journal")
        if found != self._header:
            diff = sorted(k for k in {*found, *self._header} if found.get(k) != self._header.get(k))
            raise ResumeError(f"cannot resume with different options: {', '.join(diff)}")

    def _replay(self, lines: list[str]) -> int:
        names: dict[str, str] = {}
        end = 0
        for line in lines:
            tag, _, rest = line.partition(" ")
            if tag == "P":
                pid, size, mtime, name = rest.split(" ", 3)
                path = json.loads(name)
                if (int(size), int(mtime)) != _fingerprint(path):
                    raise ResumeError(f"input changed since the interrupted run: {path}")
                if int(pid) != len(self._path_ids):
                    raise ResumeError(f"{self.journal_path} is damaged (path ids out of order)")
                names[pid] = path
                self._path_ids[path] = int(pid)
            elif tag == "R":
                pid, index, status, offset = rest.split(" ")
                self.done.add(names[pid], int(index))
                self.previous[_STATUS_NAME[status]] += 1
                end = int(offset)
        return end

    # -- writing -----------------------------------------------------------------------

    def add(self, result: Result, *, write: bool = True) -> None:
        """Journal ``result``, and append its line unless ``write`` is False (skipped)."""
        if write:
            data = (result.to_line() + "\n").encode("utf-8")
            self._out_buf.append(data)
            self._end += len(data)
        status = "ok" if result.ok else ("error" if write else "skipped")
        if result.error is not None and result.error.type in LOST_ERRORS:
            status = "lost" if write else "lost-skipped"
        path = _abspath(result.source.path)
        pid = self._path_ids.get(path)
        if pid is None:
            pid = self._path_ids[path] = len(self._path_ids)
            size, mtime = _fingerprint(path)
            self._journal_buf.append(f"P {pid} {size} {mtime} {json.dumps(path)}")
        self._journal_buf.append(f"R {pid} {result.source.index} {_STATUS[status]} {self._end}")
        if (
            len(self._journal_buf) >= self._commit_every
            or time.monotonic() - self._last_commit >= self._commit_seconds
        ):
            self.commit()

    def commit(self) -> None:
        """Make everything added so far durable: output first, then its journal entries.

        Raises OutputWriteError when either write fails; nothing is written after that.
        """
        if self._failed:
            return
        try:
            self._commit()
        except OSError as exc:
            self._failed = True
            done = sum(self.previous.values()) + self._committed
            raise OutputWriteError(
                f"{_os_message(self.path, exc)}; the journal vouches for {done:,} records, "
                "continue with --resume once the output can be written",
                records=done,
            ) from None

    def _commit(self) -> None:
        if self._out_buf:
            self._out.write(b"".join(self._out_buf))
            self._out_buf.clear()
            self._sync(self._out)
        if self._journal_buf:
            records = sum(1 for line in self._journal_buf if line.startswith("R "))
            self._journal.write(("\n".join(self._journal_buf) + "\n").encode("utf-8"))
            self._journal_buf.clear()
            self._sync(self._journal)
            self._committed += records
        self._last_commit = time.monotonic()

    def _sync(self, fh: BinaryIO) -> None:
        fh.flush()
        if self._durable:
            os.fsync(fh.fileno())

    def close(self) -> None:
        """Commit and close both files (the lock goes with the output file)."""
        try:
            self.commit()
        finally:
            for fh in (self._journal, self._out):
                try:
                    fh.close()
                except OSError:  # a failed flush of what could not be written anyway
                    self._failed = True


def _os_message(path: str, exc: OSError) -> str:
    return f"cannot write {exc.filename or path}: {exc.strerror or exc}"
