"""Input hygiene for text dumps: size limit, binary junk, line endings, invisible characters."""

from __future__ import annotations

import re

from ...errors import InvalidArgumentTypeError, NotAnArticleError
from ...inputs import check_size
from ...limits import DEFAULT_LIMITS, Limits

__all__ = ["clean_text"]

_SURROGATE = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES = re.compile("\r\n?|[\f\v\u2028\u2029\x85]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
#: Share of control characters above which the input is taken for binary data (bytes have
#: met :func:`geoarticle.inputs.looks_binary` before they were decoded; this is the text
#: parser's own tolerance for control characters in a str, which it removes).
_BINARY_SHARE = 0.1


def clean_text(text: str, limits: Limits | None = None) -> tuple[str, list[str]]:
    """The text with unified newlines, single spaces and junk removed, plus warnings.

    Raises LimitExceededError over ``limits.max_input_bytes`` and
    NotAnArticleError when nothing readable is left or the input is mostly binary.
    """
    if not isinstance(text, str):
        raise InvalidArgumentTypeError(f"expected str, got {type(text).__name__}")
    check_size(text, limits or DEFAULT_LIMITS)
    warnings: list[str] = []
    surrogates = len(_SURROGATE.findall(text))
    if surrogates:
        text = _SURROGATE.sub("\ufffd", text)
        warnings.append(f"replaced {surrogates} lone surrogate code point(s) with U+FFFD")
    controls = len(_CONTROL.findall(text))
    if controls:
        if controls > _BINARY_SHARE * len(text):
            raise NotAnArticleError("input looks like binary data, not text")
        text = _CONTROL.sub("", text)
        warnings.append(f"removed {controls} control character(s) (NUL and the like)")
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    if not text.strip():
        raise NotAnArticleError("input is empty")
    return text, warnings
