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
import functools
import re

import attrs
import lxml.etree
import lxml.html
from lxml.html import HtmlElement

from ...errors import NotAnArticleError
from ...inputs import check_input, cp1252, decode_bom, looks_binary, utf16_without_bom
from ...limits import Limits, check_deadline
from . import _bounds

__all__ = ["Page", "decode", "decode_bom", "load_html", "looks_binary", "utf16_without_bom"]

_PRESCAN = 4096
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


def decode(data: bytes) -> tuple[str, str, tuple[str, ...]]:
    """``data`` as text: ``(text, encoding used, warnings)``."""
    bom = decode_bom(data)
    if bom is not None:
        return bom[0], bom[1], ()
    utf16 = utf16_without_bom(data)
    if utf16 is not None:
        note = f"the page is {utf16} without a byte-order mark"
        return data.decode(utf16, errors="replace"), utf16, (note,)
    # bytes that are valid UTF-8 are UTF-8 whatever the page declares: legacy text with
    # non-ASCII letters almost never is, and pages that say "gb2312" but are UTF-8 are common
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    declared = _declared(data[:_PRESCAN])  # (read only now: most pages are UTF-8)
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
        return cp1252(data), "cp1252", (warning,) if warning else ()
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


_tostring = lxml.etree.tostring


class _Element(HtmlElement):  # type: ignore[misc]
    """An ``HtmlElement`` whose ``text_content()`` comes from libxml2's text serializer.

    lxml.html evaluates the XPath ``string()`` for it; both concatenate the same text
    nodes, and the serializer skips the XPath context, which halves the cost of the
    many small calls the extraction makes. A leaf's text is its ``text``, read without
    starting the serializer at all.
    """

    def text_content(self) -> str:
        """The text of the element and its descendants, without its tail."""
        if not len(self):  # a leaf (most calls): its text is all there is to serialize
            return self.text or ""
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


# a reference to a control character or a soft hyphen ("&#1;", "&shy;"): one search for
# both finds that most pages hold neither, and spares each its own pass over the page
_ANY_REF = re.compile(
    rb"&(?:" + _bounds.CONTROL_REF.pattern[1:] + rb"|(?i:" + _SHY_REF.pattern[1:] + rb"))"
)


# what may follow the "&" of such a reference ("#", or "s"/"S" of "&shy;"), as byte values
_REF_SECOND = frozenset(b"#sS")
# "&"s looked at one by one before the density test below
_AMP_BATCH = 64
# the fewest bytes per "&" at which finding them one by one beats the expression's own scan
_AMP_GAP = 256
# how far the expression's scan reads a stretch dense with "&"s before the byte search resumes
_AMP_WINDOW = 1 << 16


def _holds_ref(data: bytes) -> bool:
    """Whether ``data`` holds a reference :data:`_ANY_REF` matches (same answer as
    ``_ANY_REF.search(data) is not None``).

    A match starts at an "&" followed by "#", "s" or "S". The "&"s are found by a byte
    search (memchr, many bytes at a time) and the expression is tried at those only, where
    its own search steps through every byte. A stretch dense with "&"s (a minified script)
    is left to the expression's search up to an "&" some way on: no match holds an "&"
    after its first byte, so a search that ends there finds what one over the whole page
    finds before it (an "&" is neither a digit nor a ";" for what follows a reference).
    """
    find = data.find
    match = _ANY_REF.match
    search = _ANY_REF.search
    second = _REF_SECOND
    size = len(data)
    start = 0
    looked = 0
    i = find(b"&")
    while i >= 0:
        if i + 1 < size and data[i + 1] in second and match(data, i) is not None:
            return True
        looked += 1
        if looked == _AMP_BATCH:
            if i - start < _AMP_BATCH * _AMP_GAP:  # dense: the expression reads a window
                end = find(b"&", i + _AMP_WINDOW)
                if end < 0:
                    return search(data, i + 1) is not None
                if search(data, i + 1, end) is not None:
                    return True
                i = end
                start, looked = i, 0
                continue
            start, looked = i, 0
        i = find(b"&", i + 1)
    return False


@functools.lru_cache(maxsize=8)
def _holds_elements(least: int) -> lxml.etree.XPath:
    """An XPath telling whether a document holds at least ``least`` (>= 1) elements
    (comments and processing instructions are never kept): libxml2 walks the tree up to
    the ``least``-th element and keeps none of the others, about a third of the work of
    counting them all (which collects every element into a node set first)."""
    return lxml.etree.XPath(f"boolean(/descendant::*[{least}])")


def _may_exceed(root: HtmlElement, max_elements: int) -> bool:
    """Whether the tree may hold ``max_elements`` or more elements: true when twice its
    element count plus 16 reaches the limit (which :func:`_bounds.cap_elements` settles)."""
    least = (max_elements - 15) // 2  # 2 * count + 16 >= max_elements, for a whole count
    return least <= 0 or bool(_holds_elements(least)(root))


def load_html(source: str | bytes, *, limits: Limits) -> Page:
    """Parse ``source`` into a tree; raises NotAnArticleError or LimitExceededError."""
    warnings: tuple[str, ...] = ()
    check_input(source, limits)
    if isinstance(source, bytes):
        text, encoding, warnings = decode(source)
        check_deadline("parse_html, decoding")
        data = source if encoding == "utf-8" else text.encode("utf-8")
    else:
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
    data = _bounds.drop_internal_subset(data)
    refs = _holds_ref(data)
    if refs:
        data = _bounds.drop_control_refs(data)
    data, huge = _bounds.drop_huge_runs(data)
    if huge:
        warnings += (
            f"{huge} attribute value(s) or script/style content(s) over "
            f"{_bounds.HUGE_RUN:,} bytes were dropped",
        )
        mirror = None
    # (without references or huge runs, only a soft hyphen in the text leaves work to do)
    if refs or mirror is None or "\xad" in mirror:
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
    # libxml2 looks for the elements in C, a fraction of the work of counting the page's "<"
    # bytes; the tree is cut (which walks it in Python) only when it may be over the limit
    if _may_exceed(root, limits.max_elements) and _bounds.cap_elements(root, limits.max_elements):
        warnings += (f"the page has over {limits.max_elements} elements; the rest was not read",)
    return Page(root, warnings)
