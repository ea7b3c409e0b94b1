"""The input stage: size limits, binary sniffing, decoding, and whether input is HTML or text.

Every entry point that takes raw input goes through here, so the same bytes are
judged and decoded the same way whichever function receives them:

- :func:`check_input` refuses input over ``Limits.max_input_bytes``
  (:class:`~geoarticle.errors.LimitExceededError`), empty input and binary
  input (:class:`~geoarticle.errors.NotAnArticleError`);
- :func:`looks_binary` is the one binary test, for bytes (a file signature, or
  NUL and control bytes over 2 % of samples from the start, middle and end,
  unless the data is UTF-16 text) and for str (control characters, same samples);
- :func:`decode_bom` and :func:`utf16_without_bom` are the decoding steps every
  reader shares; :func:`decode_text` decodes a text dump (BOM, UTF-16 without
  a BOM, UTF-8, else cp1252, with warnings). HTML pages add their own step, a
  ``<meta charset>`` declaration, in ``parsers/html/_load.py``;
- :func:`detect_kind` says whether input is an HTML page or a text dump;
- :func:`read_file` reads a file without reading past the size limit.

The module sits in the lowest layer: it imports only the errors and the limits.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import unicodedata
import zlib
from collections.abc import Iterator
from typing import BinaryIO, Literal

from .errors import LimitExceededError, NotAnArticleError, TruncatedInputError
from .limits import Limits

__all__ = [
    "Kind",
    "check_input",
    "check_size",
    "cp1252",
    "decode_bom",
    "decode_text",
    "detect_kind",
    "iter_gunzip",
    "looks_binary",
    "read_bounded",
    "read_file",
    "utf16_without_bom",
]

#: What an input is: an HTML page or a plain-text dump.
Kind = Literal["html", "text"]

# --- sizes -----------------------------------------------------------------------------------


def check_size(data: bytes | str, limits: Limits) -> None:
    """Raise LimitExceededError when ``data`` is over ``limits.max_input_bytes`` (a str is
    measured in UTF-8 bytes)."""
    cap = limits.max_input_bytes
    if isinstance(data, str):
        if len(data) * 4 <= cap:  # no character takes more than four bytes
            return
        size = len(data.encode("utf-8", "surrogatepass"))
    else:
        size = len(data)
    if size > cap:
        raise LimitExceededError(f"input is {size} bytes, over the limit of {cap} bytes")


def check_input(data: bytes | str, limits: Limits) -> None:
    """Refuse input over the size limit (LimitExceededError), empty or whitespace-only
    input and binary input (:func:`looks_binary`; NotAnArticleError)."""
    check_size(data, limits)
    # (isspace, not strip: the same whitespace, without copying the page)
    if not data or data.isspace():
        raise NotAnArticleError("input is empty")
    if looks_binary(data):
        raise NotAnArticleError(
            "input is binary (a binary file signature, or NUL and control bytes), not text"
        )


_GZIP_MAGIC = b"\x1f\x8b"
_BLOCK = 1 << 16


def read_file(path: str | os.PathLike[str], limits: Limits) -> bytes:
    """The bytes of the file at ``path``, gunzipped when they are gzip data, never reading
    or unpacking more than ``limits.max_input_bytes`` + 1 bytes (LimitExceededError past
    the limit; TruncatedInputError for a cut or corrupt gzip stream)."""
    return read_bounded(os.fspath(path), limits.max_input_bytes)


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
        raise LimitExceededError(f"{path}: input is over the limit of {limit} bytes")
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


# --- binary ----------------------------------------------------------------------------------

_BINARY_MAGIC = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    _GZIP_MAGIC,
    b"BZh",
    b"\x7fELF",
    b"RIFF",
    b"OggS",
    b"\x00\x00\x01\x00",
)
#: Bytes of C0 controls that text never holds (tab, newline, form feed, carriage return
#: and escape, which ISO-2022 encodings use, are allowed).
_BINARY_CONTROLS = bytes([*range(0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
_NO_CONTROLS = dict.fromkeys(_BINARY_CONTROLS)
#: Share of those bytes (or of NUL bytes) in a sample above which input is binary, and the
#: fewest that count (a short page with a few stray control characters is text).
_BINARY_SHARE = 0.02
_BINARY_MIN = 16
_SAMPLE = 2048
# two ASCII words in a row, or a start tag: what 8-bit text shows and UTF-16 bytes almost
# never do (in UTF-16 every ASCII letter has a NUL beside it)
_ASCII_PHRASE = re.compile(rb"[A-Za-z]{2,}[ ,.][A-Za-z]{2,}|<[A-Za-z]{1,10}[ >]")
_ASCII_PHRASE_STR = re.compile("[A-Za-z]{2,}[ ,.][A-Za-z]{2,}|<[A-Za-z]{1,10}[ >]")
_ODD_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
_PRINTABLE_ASCII = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x7F)])


def _samples(data: bytes) -> list[bytes]:
    """Up to four 2 KB samples spread over ``data``, each starting at an even offset."""
    n = len(data)
    if n <= 4 * _SAMPLE:
        return [data[: n - n % 2]]
    starts = {0, (n // 3) & ~1, (2 * n // 3) & ~1, (n - _SAMPLE) & ~1}
    return [data[i : i + _SAMPLE] for i in sorted(starts)]


def _suspicious(sample: bytes) -> bool:
    """NUL bytes, or more control bytes than text holds: binary, or UTF-16 without a BOM."""
    if b"\x00" in sample:
        return True
    return _too_many(len(sample) - len(sample.translate(None, _BINARY_CONTROLS)), len(sample))


def _too_many(controls: int, size: int) -> bool:
    return controls > max(_BINARY_MIN, _BINARY_SHARE * size)


def _utf16_score(sample: bytes, codec: str) -> float | None:
    """How much ``sample`` reads like text in ``codec``: the share of ASCII characters,
    or None when it does not read as text (unpaired surrogates, over 2 % of control,
    unassigned or private-use characters), or when the bytes read as 8-bit text show
    more ASCII phrases than the decoded text (an ASCII page with stray NUL bytes)."""
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        # a sample may cut a surrogate pair in two at either end
        try:
            text = sample[2:-2].decode(codec)
        except UnicodeDecodeError:
            return None
    if not text:
        return None
    odd = sum(
        1 for ch in text if ch not in "\t\n\r\f" and unicodedata.category(ch) in _ODD_CATEGORIES
    )
    if odd > _BINARY_SHARE * len(text):
        return None
    raw = len(_ASCII_PHRASE.findall(sample))
    if raw >= 2 and raw > len(_ASCII_PHRASE_STR.findall(text)):
        return None
    return sum(1 for ch in text if " " <= ch <= "~" or ch in "\t\n\r") / len(text)


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when ``data`` (no BOM) reads as UTF-16 text, else None.

    Samples from the start, the middle and the end must all decode as text
    (letters of any script, not only ASCII); of the two byte orders, the one
    giving more ASCII characters wins (the wrong order turns ASCII into CJK).
    Data that reads as 8-bit text with a few NUL bytes in it stays 8-bit.
    """
    if len(data) < 16:
        return None
    samples = _samples(data)
    if not _suspicious(samples[0]) and not any(_suspicious(s) for s in samples[1:]):
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        scores = [_utf16_score(sample, codec) for sample in samples]
        if any(score is None for score in scores):
            continue
        total = sum(score for score in scores if score is not None)
        if best is None or total > best[0]:
            best = (total, codec)
    return None if best is None else best[1]


def looks_binary(data: bytes | str) -> bool:
    """True for data no text decoding reads.

    Bytes: a binary signature (PDF, PNG, ZIP, gzip...), or NUL and control bytes over
    2 % of the first sample or of most samples (start, middle, end), unless it is
    UTF-16 text or ASCII text with NUL bytes strewn in it. A str: control characters
    (other than tab, newlines, form feed and escape) over 2 % of its first 2,048
    characters.
    """
    if isinstance(data, str):
        head = data[:_SAMPLE]
        return _too_many(len(head) - len(head.translate(_NO_CONTROLS)), len(head))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return False  # UTF-32 BOMs start with these too
    if data.startswith(_BINARY_MAGIC):
        return True
    samples = _samples(data)
    if not any(_suspicious(sample) for sample in samples):
        return False
    if utf16_without_bom(data) is not None:
        return False
    # binary from the start, or in most of it: a page with some junk after it is still a page
    binary = [_binary_sample(sample) for sample in samples]
    return binary[0] or 2 * sum(binary) > len(binary)


def _binary_sample(sample: bytes) -> bool:
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))
    nuls = sample.count(0)
    if _too_many(controls - nuls, len(sample)):
        return True
    return (nuls > len(sample) // 10 or _too_many(controls, len(sample))) and not (
        _text_with_nuls(sample)
    )


def _text_with_nuls(sample: bytes) -> bool:
    """8-bit text with NUL bytes strewn in it (an ASCII page with ``a\\x00`` pairs): its
    other bytes are ASCII text, with words."""
    rest = sample.replace(b"\x00", b"")
    if len(rest) < 64 or len(_ASCII_PHRASE.findall(rest)) < 2:
        return False
    printable = len(rest.translate(None, _PRINTABLE_ASCII))
    return printable <= 0.2 * len(rest)


# --- decoding --------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` when ``data`` starts with a UTF-8, UTF-16 or UTF-32 BOM."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace"), enc
    return None


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("_geoarticle_latin1", _latin1_fallback)


def cp1252(data: bytes) -> str:
    """``data`` as cp1252 (what browsers read for "iso-8859-1"), the five bytes cp1252 leaves
    undefined read as Latin-1."""
    return data.decode("cp1252", errors="_geoarticle_latin1")


def decode_text(data: bytes) -> tuple[str, tuple[str, ...]]:
    """Decode a text dump: ``(text, warnings)``.

    In order: a BOM (UTF-8, UTF-16, UTF-32); UTF-16 without a BOM (with a warning);
    UTF-8; else cp1252 with a warning. Raises NotAnArticleError for binary data
    (:func:`looks_binary`).
    """
    bom = decode_bom(data)
    if bom is not None:
        return bom[0], ()
    if looks_binary(data):
        raise NotAnArticleError(
            "input is binary (a binary file signature, or NUL and control bytes), not text"
        )
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return data.decode(utf16, "replace"), (f"the text is {utf16} without a byte-order mark",)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        return text, (f"input is not UTF-8 (byte {exc.start}); decoded as cp1252",)


# --- HTML or text ----------------------------------------------------------------------------

# what a page starts with (after a BOM, an XML declaration, comments and blank space): a
# doctype or an element of HTML's head or body
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]{0,500}\?>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|(?:html|head|body|meta|title|link|base|script|style|noscript|template"
    r"|div|p|article|main|header|footer|nav|section|aside|span|a|h[1-6]|table|ul|ol|form"
    r"|iframe|img|figure|center|font|b|i|br|hr|pre|blockquote|svg)\b)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(r"</(?:p|div|html|body|article|span|a|h[1-6]|li|td|script|title)>", re.I)
_HEAD = 65536
_HTML_NAME = re.compile(r"\.(?:html?|xhtml|shtml)(?:\.gz)?\Z", re.IGNORECASE)


def _head_text(data: bytes | str) -> str:
    """The first 64 KB of ``data`` as text, decoded as HTML pages are decoded (BOMs,
    UTF-16 without a BOM), else as UTF-8 with replacement characters."""
    if isinstance(data, str):
        return data[:_HEAD]
    head = data[: 2 * _HEAD]
    bom = decode_bom(head)
    if bom is not None:
        return bom[0][:_HEAD]
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        return head.decode(utf16, "replace")[:_HEAD]
    return head[:_HEAD].decode("utf-8", "replace")


def detect_kind(data: bytes | str, *, name: str | None = None) -> Kind:
    """``"html"`` when the input starts like a page or is full of closing tags, else ``"text"``.

    Bytes are decoded first as HTML pages are decoded, so a UTF-16 page (with or
    without a BOM) is recognised as HTML too. A file ``name`` ending in ``.html``,
    ``.htm``, ``.xhtml`` or ``.shtml`` (``.gz`` aside) is HTML whatever it starts with;
    other names (``.txt`` dumps sometimes hold pages) leave it to the content.
    """
    if name is not None and _HTML_NAME.search(name):
        return "html"
    head = _head_text(data)
    if _HTML_START.match(head) or len(_HTML_TAGS.findall(head)) >= 3:
        return "html"
    return "text"
