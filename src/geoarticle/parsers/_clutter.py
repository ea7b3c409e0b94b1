"""What page furniture says: the phrase lists of ``geoarticle/data/clutter/``, compiled once.

The lists are data (one file per language, ``phrases/<lang>.txt``, in the phrase
language of :mod:`._phrase_syntax`) and are read at import; every language's
phrases are matched on every page (a German page carries English share bars).
Each kind of list becomes one pattern, and the kinds searched for anywhere in a
line get a pre-check built from the same phrases (:func:`._phrase_syntax.key_words`):
a line is searched only when it holds one of the words every match must hold.

Both parsers use these: the HTML parser's rule chain (``html/_rules.py``) and,
for plain-text dumps, the same tests on lines (``is_furniture_line``,
``is_related_heading``, ``is_prompt``, ``is_legal``). The class-name list
(``class-names.txt``) is read here too and compiled by ``html/_hints.py``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from importlib import resources

from ._phrase_syntax import Mode, is_cjk, key_words, parse_sections, to_regex

__all__ = [
    "CREDIT_LABELS",
    "FURNITURE_LINE",
    "LANGUAGES",
    "PROMPT_START",
    "READ_ALSO",
    "RELATED_HEADING",
    "class_names",
    "credit_at",
    "is_furniture_line",
    "is_legal",
    "is_line",
    "is_prompt",
    "is_related_heading",
    "is_sign_off",
]

_DATA = resources.files("geoarticle") / "data" / "clutter"
_KINDS = (
    "line",
    "related-heading",
    "read-also",
    "prompt",
    "prompt-start",
    "legal",
    "credit-label",
    "sign-off",
)


def _read_phrases() -> tuple[tuple[str, ...], dict[str, list[str]]]:
    by_kind: dict[str, list[str]] = {k: [] for k in _KINDS}
    languages = []
    for entry in sorted(_DATA.joinpath("phrases").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".txt"):
            continue
        languages.append(entry.name.removesuffix(".txt"))
        where = f"clutter/phrases/{entry.name}"
        for kind, phrase in parse_sections(entry.read_text(encoding="utf-8"), where):
            if kind not in by_kind:
                raise ValueError(f"{where}: unknown section [{kind}]")
            if phrase not in by_kind[kind]:
                by_kind[kind].append(phrase)
    return tuple(languages), by_kind


#: The languages with a phrase file (``mul``: marks of any language).
LANGUAGES, _PHRASES = _read_phrases()


def _alternation(phrases: Iterable[str], mode: Mode, *, bounded: bool = False) -> str:
    return "|".join(to_regex(p, mode, bounded=bounded) for p in phrases)


def _whole_line(kind: str, tail: str) -> re.Pattern[str]:
    return re.compile(f"^(?:{_alternation(_PHRASES[kind], 'rest')}){tail}", re.IGNORECASE)


#: A whole line of furniture ("Share this", "Advertisement", "5 min read"), trailing
#: punctuation allowed.
FURNITURE_LINE = _whole_line("line", r"\W*$")
#: A heading (or lone line) that opens a block of teasers for other articles.
RELATED_HEADING = _whole_line("related-heading", r"\s*[:?!.]?$")
#: The label of a "Read more: <title>" line (the match ends where the title starts).
READ_ALSO = re.compile(
    f"^(?:{_alternation(_PHRASES['read-also'], 'rest')})\\s*[:：|»>]\\s*", re.IGNORECASE
)
#: The start of a furniture line: a contact label, "Anzeige -", "©", "Donate".
PROMPT_START = re.compile(
    f"(?:{_alternation(_PHRASES['prompt-start'], 'rest', bounded=True)})", re.IGNORECASE
)


#: the most key words a list may have for its lines to be searched for them one by one
_FEW_KEYS = 16


class _Search:
    """Phrases searched for anywhere in a line, behind a pre-check on their key words: a
    line is searched only for the phrases whose key words it holds."""

    __slots__ = ("by_key", "few", "pattern", "substrings", "words")

    def __init__(self, phrases: list[str]) -> None:
        #: every phrase at once (what the regular-expression checks look at)
        self.pattern = re.compile(_alternation(phrases, "gap", bounded=True), re.IGNORECASE)
        grouped: dict[str, list[str]] = {}
        for p in phrases:
            for k in key_words(p):
                grouped.setdefault(k, []).append(p)
        #: the phrases of each key word
        self.by_key = {
            k: re.compile(_alternation(ps, "gap", bounded=True), re.IGNORECASE)
            for k, ps in grouped.items()
        }
        #: keys of spaced scripts must stand as whole words; others are looked for as text
        self.words = frozenset(k for k in grouped if not is_cjk(k))
        self.substrings = tuple(sorted(k for k in grouped if is_cjk(k)))
        #: few enough key words to look for each in the line as text first: a key word that
        #: is not even a substring of the line is none of its words, and splitting a long
        #: line into words costs more than a few substring searches
        self.few = tuple(sorted(self.words)) if len(self.words) <= _FEW_KEYS else None

    def __call__(self, text: str) -> bool:
        by_key = self.by_key
        few = self.few
        low = text.lower() if few is not None or self.substrings else ""
        if few is None or any(k in low for k in few):
            for k in self.words.intersection(_words(text)):
                if by_key[k].search(text) is not None:
                    return True
        if self.substrings:
            for k in self.substrings:
                if k in low and by_key[k].search(text) is not None:
                    return True
        return False


_WORD = re.compile(r"\w+")
# ASCII characters that are no word characters (``\w``), each turned into a space: an ASCII
# line split at white space after this gives the words ``_WORD`` finds, several times faster
_ASCII_GAPS = str.maketrans({chr(c): " " for c in range(128) if not re.match(r"\w", chr(c))})


@functools.lru_cache(maxsize=256)
def _words(text: str) -> frozenset[str]:
    """The lower-cased words of a line (each line is pre-checked by several lists)."""
    low = text.lower()
    if low.isascii():
        return frozenset(low.translate(_ASCII_GAPS).split())
    return frozenset(_WORD.findall(low))


_PROMPT = _Search(_PHRASES["prompt"])
_PROMPT_RE = _PROMPT.pattern  # (module-level, so the regex checks find them)
_PROMPT_BY_KEY = _PROMPT.by_key
_LEGAL = _Search(_PHRASES["legal"])
_LEGAL_RE = _LEGAL.pattern
_LEGAL_BY_KEY = _LEGAL.by_key


class _Lines:
    """The whole-line furniture test behind a pre-check: a line is matched against
    :data:`FURNITURE_LINE` only when it holds a key word of one of its phrases (the few
    phrases without one, "{n} / {n}", are matched on every line)."""

    __slots__ = ("bare", "substrings", "words")

    def __init__(self, phrases: list[str]) -> None:
        keys: set[str] = set()
        bare: list[str] = []
        for p in phrases:
            try:
                keys |= key_words(p)
            except ValueError:
                bare.append(p)
        self.words = frozenset(k for k in keys if not is_cjk(k))
        self.substrings = tuple(sorted(k for k in keys if is_cjk(k)))
        self.bare = (
            re.compile(f"^(?:{_alternation(bare, 'rest')})\\W*$", re.IGNORECASE) if bare else None
        )

    def __call__(self, text: str) -> bool:
        if self.bare is not None and self.bare.match(text) is not None:
            return True
        if self.words.isdisjoint(_words(text)):
            low = text.lower()
            if not any(k in low for k in self.substrings):
                return False
        return FURNITURE_LINE.match(text) is not None


_LINES = _Lines(_PHRASES["line"])


def is_line(text: str) -> bool:
    """A whole line of furniture ("Share this", "Advertisement", "5 min read"): what
    ``FURNITURE_LINE.match`` says, behind a pre-check on the phrases' key words."""
    return _LINES(text)


#: Labels that introduce an image credit at the end of a caption ("Foto: dpa", "© Agency").
CREDIT_LABELS = tuple(p for p in _PHRASES["credit-label"])


# the last character of every label ("foto:", "©"): a caption holding none of them has no
# label (a pre-check, used only while those characters have no case to change)
_CREDIT_MARKS = tuple(sorted({label[-1] for label in CREDIT_LABELS}))
_CREDIT_PRECHECK = all(m.lower() == m == m.upper() for m in _CREDIT_MARKS)


def credit_at(text: str) -> tuple[int, int]:
    """Where the last credit label of a caption starts, and where the credit after it starts
    ("... Foto: dpa": the "F" and the "d"); ``(-1, -1)`` when there is none."""
    if _CREDIT_PRECHECK and not any(m in text for m in _CREDIT_MARKS):
        return (-1, -1)
    low = text.lower()
    best = (-1, -1)
    for label in CREDIT_LABELS:
        at = low.rfind(label)
        if at > best[0] and (at == 0 or not label[0].isalpha() or not low[at - 1].isalpha()):
            best = (at, at + len(label))
    return best


def is_prompt(text: str) -> bool:
    """A call to subscribe, follow, share or log in, a cookie notice, a paid-link note."""
    return PROMPT_START.match(text) is not None or _PROMPT(text)


def is_legal(text: str) -> bool:
    """A copyright, reprint or licence notice, or a disclosure of paid links."""
    return _LEGAL(text)


def is_related_heading(text: str) -> bool:
    """A heading that opens a block of teasers ("Related articles", "Lesen Sie auch")."""
    return RELATED_HEADING.match(text) is not None


#: A closing greeting and the writer's name, one to three words ("Euer Max", "Cheers, Jane").
SIGN_OFF = _whole_line("sign-off", r"[,!.]?\s+(\w[\w.'-]*(?:\s+\w[\w.'-]*){0,2})\W*$")


def is_sign_off(text: str) -> bool:
    """A closing greeting followed by a name ("Euer Max", "Cheers, Jane Doe", "Liebe
    Grüße, Anna"): the last line of a letter-like article, not a stray label."""
    m = SIGN_OFF.match(text)
    return m is not None and all(w[0].isupper() for w in m.group(1).split())


def is_furniture_line(text: str, *, longest: int = 60) -> bool:
    """A short line of page furniture: a share, print or comment line, a related-block
    heading, a call to subscribe ("Comments", "Share this", "Related articles")."""
    return len(text) < longest and (
        _LINES(text) or RELATED_HEADING.match(text) is not None or is_prompt(text)
    )


def class_names() -> dict[str, list[str]]:
    """The sections of ``class-names.txt``: section name to its terms (phrase syntax)."""
    out: dict[str, list[str]] = {}
    text = _DATA.joinpath("class-names.txt").read_text(encoding="utf-8")
    for section, term in parse_sections(text, "clutter/class-names.txt"):
        out.setdefault(section, []).append(term)
    return out
