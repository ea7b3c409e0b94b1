"""Language tags: normalised to BCP 47 casing, or guessed from text when the page says nothing.

The guess reads the script first (kana: ja, hangul: ko, han: zh, Cyrillic: ru,
Arabic: ar, Hebrew: he, Devanagari: hi, Greek: el, Thai: th) and otherwise counts
stop words of a handful of Latin-script languages (``data/meta/stopwords.json``).
It answers only with enough words and a clear winner.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

__all__ = ["guess_language", "normalize_language"]

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")
_WORD = re.compile(r"[^\W\d_]+")
_MIN_WORDS = 20
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)


def normalize_language(value: str | None) -> str | None:
    """``en_us``, ``EN-us`` and ``en-US`` all give ``en-US``; None when not a language tag."""
    if not value:
        return None
    value = value.strip().replace("_", "-").split(",")[0].split(";")[0].strip()
    if not _TAG.match(value):
        return None
    parts = value.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    if out[0] in ("x", "i", "und", "mul", "zxx"):
        return None
    return "-".join(out)


@functools.cache
def _stopwords() -> dict[str, frozenset[str]]:
    raw = json.loads(
        resources.files("geoarticle").joinpath("data/meta/stopwords.json").read_text("utf-8")
    )
    return {lang: frozenset(words) for lang, words in raw.items()}


def guess_language(text: str) -> str | None:
    """A light guess at the language of ``text``, or None when unsure."""
    sample = text[:4000]
    letters = sum(1 for c in sample if c.isalpha())
    if letters < 40:
        return None
    for lang, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) > letters * 0.3:
            if lang == "zh" and _SCRIPTS[0][1].search(sample):
                return "ja"
            return lang
    words = [w.casefold() for w in _WORD.findall(sample)]
    if len(words) < _MIN_WORDS:
        return None
    scores = sorted(
        ((sum(1 for w in words if w in stop), lang) for lang, stop in _stopwords().items()),
        reverse=True,
    )
    (best, lang), (second, _) = scores[0], scores[1]
    if best < max(5, len(words) * 0.08) or best < second * 1.5:
        return None
    return lang
