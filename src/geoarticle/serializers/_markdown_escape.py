"""Escaping for CommonMark: article text that stays text, whatever characters it holds."""

from __future__ import annotations

import re

__all__ = ["escape_inline", "fence", "link_destination", "yaml_string"]

# Characters that can open inline syntax anywhere in a line (emphasis, code, links, raw
# HTML, entities, GFM tables and strikethrough, ATX closing sequences).
_INLINE = re.compile(r"([\\`*_\[\]<>&|~#])")
# Things that only mean something at the start of a line (block syntax).
_LINE_START = re.compile(r"[-+=]|\d{1,9}(?=[.)])")


def escape_inline(text: str) -> str:
    """``text`` on one line with every Markdown-significant character backslash-escaped.

    Whitespace runs (newlines included) become single spaces, so text never
    opens a new block; a leading ``-``, ``+``, ``=`` or ``1.`` is escaped so it
    never starts a list, heading underline or quote.
    """
    # CommonMark reads NUL as U+FFFD; write what a reader will see.
    one_line = " ".join(text.replace("\x00", "\ufffd").split())
    escaped = _INLINE.sub(r"\\\1", one_line)
    m = _LINE_START.match(escaped)
    if m is None:
        return escaped
    if escaped[0].isdigit():
        # "1984. A year" must not become an ordered list: escape the delimiter.
        return escaped[: m.end()] + "\\" + escaped[m.end() :]
    return "\\" + escaped


def link_destination(url: str) -> str:
    """``url`` as a link destination in angle brackets, safe against Markdown syntax."""
    out = []
    for ch in url:
        if ch in "<> \\" or ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
        elif ch == "&":
            out.append("\\&")
        else:
            out.append(ch)
    return "<" + "".join(out) + ">"


def fence(text: str) -> str:
    """A backtick fence longer than any run of backticks in ``text`` (at least three)."""
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _yaml_char(ch: str) -> str:
    code = ord(ch)
    if ch == '"':
        return '\\"'
    if ch == "\\":
        return "\\\\"
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    # NEL, LS and PS are line breaks to YAML 1.1 readers: escape them too.
    printable = (
        0x20 <= code <= 0x7E
        or (0xA0 <= code <= 0xD7FF and code not in (0x2028, 0x2029))
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )
    if printable and code != 0xFEFF:
        return ch
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def yaml_string(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that any YAML 1.1 or 1.2 reader reads back."""
    return '"' + "".join(_yaml_char(ch) for ch in text) + '"'
