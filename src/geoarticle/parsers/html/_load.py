"""Decoding and parsing bytes or str into an lxml tree: the only place that does.

Bytes are decoded by, in order: a byte-order mark; a ``<meta charset>`` or
``http-equiv`` declaration (or an XML declaration) in the first 4 KB; strict
UTF-8; cp1252 (what browsers use for "iso-8859-1"), byte by byte for what
cp1252 leaves undefined. A str is taken as is. The tree comes from lxml's HTML
parser with no network, no DTD, no entity expansion beyond HTML's own, and
comments and processing instructions dropped.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import attrs
import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from ...errors import LimitExceededError, NotAnArticleError
from ...limits import Limits, check_deadline
from . import _bounds

__all__ = ["Page", "decode", "decode_bom", "load_html", "looks_binary", "utf16_without_bom"]

_PRESCAN = 4096
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BINARY_MAGIC = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\x7fELF",
    b"RIFF",
    b"OggS",
    b"\x00\x00\x01\x00",
)
# <meta charset="x">, <meta http-equiv=Content-Type content="text/html; charset=x">,
# <?xml ... encoding="x"?>: the name after "charset=" or "encoding=".
_DECLARED = re.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})"""
    rb"""|<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)
# WHATWG: these labels mean windows-1252 in a browser.
_AS_CP1252 = frozenset({"iso-8859-1", "latin-1", "latin1", "iso8859-1", "ascii", "us-ascii"})
_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,500}\?>")
# bytes of C0 control characters other than tab, newline and carriage return
_CONTROL_BYTES = bytes([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)])
# one byte each: looking for them one by one (memchr) beats translating the page
_CONTROL_SINGLES = tuple(bytes([b]) for b in _CONTROL_BYTES)


@attrs.frozen
class Page:
    """A parsed page and what was noticed while loading it."""

    root: HtmlElement
    warnings: tuple[str, ...] = ()


def _declared(head: bytes) -> str | None:
    m = _DECLARED.search(head)
    if not m:
        return None
    label = (m.group(1) or m.group(2)).decode("ascii").strip().lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if label in _AS_CP1252 or name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if name.startswith(("utf-16", "utf-32")):
        return "utf-8"  # a page that is read as ASCII here cannot be UTF-16
    return name


def _cp1252(data: bytes) -> str:
    """cp1252, with the five bytes it leaves undefined read as Latin-1."""
    return data.decode("cp1252", errors="_geoarticle_latin1")


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("_geoarticle_latin1", _latin1_fallback)


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """``data`` as text: ``(text, encoding used, warnings)``."""
    bom = decode_bom(data)
    if bom is not None:
        return bom[0], bom[1], ()
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        note = f"the page is {utf16} without a byte-order mark"
        return data.decode(utf16, errors="replace"), utf16, (note,)
    declared = _declared(data[:_PRESCAN])
    # bytes that are valid UTF-8 are UTF-8 whatever the page declares: legacy text with
    # non-ASCII letters almost never is, and pages that say "gb2312" but are UTF-8 are common
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    if declared in (None, "utf-8"):
        mixed = _mostly_utf8(data)
        if mixed is not None:
            return mixed, "utf-8", ("stray bytes that are not utf-8 were read as cp1252",)
    if declared in (None, "utf-8", "cp1252"):
        warning = (
            "page declares utf-8 but is not valid utf-8; read as cp1252"
            if declared == "utf-8"
            else ""
        )
        return _cp1252(data), "cp1252", (warning,) if warning else ()
    try:
        return data.decode(declared), declared, ()
    except UnicodeDecodeError:
        return (
            data.decode(declared, errors="replace"),
            declared,
            (f"bytes invalid in the declared charset {declared} were replaced",),
        )


_STRAY = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray legacy bytes (a cp1252 "ü" pasted into a UTF-8 page),
    those bytes read as cp1252; None when the stray bytes are not a small minority."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = len(_STRAY.findall(text))
    if len(_NON_ASCII.findall(text)) < 4 * stray:
        return None
    return _STRAY.sub(lambda m: bytes([ord(m.group()) - 0xDC00]).decode("cp1252", "replace"), text)


#: Bytes of C0 controls that text never holds (tab, newline, form feed, carriage return
#: and escape, which ISO-2022 encodings use, are allowed).
_BINARY_CONTROLS = bytes([*range(0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20)])
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


def looks_binary(data: bytes) -> bool:
    """True for data no text decoding reads: a binary signature (PDF, PNG, ZIP, gzip...),
    or NUL and control bytes over 2 % of the first sample or of most samples (start,
    middle, end), unless it is UTF-16 text or ASCII text with NUL bytes strewn in it."""
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


_NO_CONTROLS = dict.fromkeys(_BINARY_CONTROLS)
_PRINTABLE_ASCII = bytes([0x09, 0x0A, 0x0D, *range(0x20, 0x7F)])


def decode_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, encoding)`` when ``data`` starts with a UTF-8, UTF-16 or UTF-32 BOM."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc, errors="replace"), enc
    return None


_tostring = lxml.etree.tostring


class _Element(HtmlElement):  # type: ignore[misc]
    """An ``HtmlElement`` whose ``text_content()`` comes from libxml2's text serializer.

    lxml.html evaluates the XPath ``string()`` for it; both concatenate the same text
    nodes, and the serializer skips the XPath context, which halves the cost of the
    many small calls the extraction makes.
    """

    def text_content(self) -> str:
        """The text of the element and its descendants, without its tail."""
        return _tostring(self, method="text", encoding=str, with_tail=False)


# proxies chosen in C: lxml.html's own lookup runs Python code for every element the tree
# hands out, which costs more than the whole extraction's logic.
_LOOKUP = lxml.etree.ElementDefaultClassLookup(
    element=_Element,
    comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction,
    entity=lxml.html.HtmlEntity,
)


def _parser() -> lxml.etree.HTMLParser:
    # One per call: lxml parsers must not be shared between threads, and they are cheap.
    parser = lxml.etree.HTMLParser(
        encoding="utf-8",
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        recover=True,
        huge_tree=False,
        collect_ids=False,
    )
    parser.set_element_class_lookup(_LOOKUP)
    return parser


_SHY_REF = re.compile(rb"&(?:shy|#173|#x0*ad);", re.IGNORECASE)


def _drop_soft_hyphens(data: bytes, text: str | None) -> bytes:
    """Soft hyphens (U+00AD, ``&shy;``) out: invisible break hints that split words.

    ``text``, when given, holds a U+00AD wherever ``data`` holds its UTF-8 bytes:
    searching one character in it is cheaper than searching two bytes in ``data``.
    """
    if ("\xad" in text) if text is not None else (b"\xc2\xad" in data):
        data = data.replace(b"\xc2\xad", b"")
    if _SHY_REF.search(data) is not None:
        data = _SHY_REF.sub(b"", data)
    return data


def load_html(source: str | bytes, *, limits: Limits) -> Page:
    """Parse ``source`` into a tree; raises NotAnArticleError or LimitExceededError."""
    warnings: tuple[str, ...] = ()
    if isinstance(source, bytes):
        if len(source) > limits.max_input_bytes:
            raise LimitExceededError(
                f"input is {len(source)} bytes, over the limit of {limits.max_input_bytes}"
            )
        if not source.strip():
            raise NotAnArticleError("input is empty")
        if looks_binary(source):
            raise NotAnArticleError(
                "input is binary (a binary file signature, or NUL and control bytes), not HTML"
            )
        text, encoding, warnings = decode(source)
        check_deadline("parse_html, decoding")
        data = source if encoding == "utf-8" else text.encode("utf-8")
    else:
        if len(source) > limits.max_input_bytes // 4 and (
            len(source.encode("utf-8", "surrogatepass")) > limits.max_input_bytes
        ):
            raise LimitExceededError(f"input is over the limit of {limits.max_input_bytes} bytes")
        if not source.strip():
            raise NotAnArticleError("input is empty")
        head = source[:_SAMPLE]
        controls = len(head) - len(head.translate(_NO_CONTROLS))
        if _too_many(controls, len(head)):
            raise NotAnArticleError("input is binary (control characters), not HTML")
        text = _XML_DECL.sub("", source, count=1) if source.lstrip()[:5] == "<?xml" else source
        data = text.encode("utf-8", "replace")
    # C0 controls and U+FFFE/U+FFFF are not allowed in HTML text: lxml rejects them later
    has_controls = any(b in data for b in _CONTROL_SINGLES)
    cleaned = data.translate(None, _CONTROL_BYTES) if has_controls else data
    # with no byte removed, ``text`` holds a character wherever ``data`` holds its UTF-8
    # bytes, and one character is cheaper to look for than a byte sequence
    mirror = text if len(cleaned) == len(data) else None
    if (
        ("\ufffe" in mirror or "\uffff" in mirror)
        if mirror is not None
        else (b"\xef\xbf\xbe" in cleaned or b"\xef\xbf\xbf" in cleaned)
    ):
        cleaned = cleaned.replace(b"\xef\xbf\xbe", b"").replace(b"\xef\xbf\xbf", b"")
    if len(cleaned) != len(data):
        data = cleaned
        warnings += ("NUL and other control characters were removed",)
    data = _bounds.drop_control_refs(_bounds.drop_internal_subset(data))
    data, huge = _bounds.drop_huge_runs(data)
    if huge:
        warnings += (
            f"{huge} attribute value(s) or script/style content(s) over "
            f"{_bounds.HUGE_RUN:,} bytes were dropped",
        )
        mirror = None
    data = _drop_soft_hyphens(data, mirror)
    try:
        parser = _parser()
        root = lxml.etree.fromstring(data, parser)
        too_deep, too_big = _bounds.parser_trouble(parser)
        if too_deep:  # libxml2 gave up at 256 levels: flatten the markup and parse again
            depth = min(limits.max_depth, _bounds.PARSER_DEPTH)
            flat = _bounds.flatten_markup(data.decode("utf-8", "replace"), depth)
            parser = _parser()
            root = lxml.etree.fromstring(flat.encode("utf-8"), parser)
            warnings += (f"markup nested over {depth} levels deep was flattened",)
            too_big = _bounds.parser_trouble(parser)[1] or too_big
        if too_big:
            warnings += ("the page exceeds the HTML parser's limits; text after that was lost",)
    except (lxml.etree.ParserError, ValueError) as exc:  # pragma: no cover - defensive
        raise NotAnArticleError(f"input could not be parsed as HTML: {exc}") from exc
    if root is None or not isinstance(root, HtmlElement):
        raise NotAnArticleError("input holds no HTML document")
    check_deadline("parse_html, parsing")
    # a tree has at most an element per "<" plus the few the parser adds (html, head, body,
    # a <p> for stray text): counting bytes is cheaper than counting elements
    if 2 * data.count(b"<") + 16 >= limits.max_elements and _bounds.cap_elements(
        root, limits.max_elements
    ):
        warnings += (f"the page has over {limits.max_elements} elements; the rest was not read",)
    return Page(root, warnings)
