"""The small phrase language of the lists in ``geoarticle/data/clutter/``.

A list file holds one phrase per line under ``[section]`` headers; a line that starts
with ``#`` is a comment, as is the rest of a line after `` #``. A phrase is lower-case
text, matched without regard to case:

=====================  ==================================================================
``share this``         the words, with white space between them
``(a|b c)``            one of the alternatives
``[a]``, ``[a|b]``     optional: one of the alternatives, or nothing
``{n}``                a number (digits)
``{w}``                a word (letters and digits)
``{p}``                optional punctuation (``» Anzeige``)
``word*``              a word that starts so (``datenschutz*``: "Datenschutzerklärung")
``…``                  any text: the rest of the line, or inside a phrase searched for
                       in a line a gap of up to 80 characters on one line; beside a space
                       it starts (ends) at a word's edge
``\\x``                 the character ``x`` itself (``\\|``, ``\\(``, ``\\[``, ``\\*``)
=====================  ==================================================================

:func:`to_regex` turns a phrase into a regular expression (no nested unbounded
repeats: every pattern built here is linear); :func:`key_words` gives the words one
of which every match must hold, from which the lists build their fast pre-checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Literal

__all__ = [
    "Mode",
    "expand",
    "is_cjk",
    "key_words",
    "parse_sections",
    "to_regex",
]

#: How ``…`` reads: ``rest`` (the rest of a whole line), ``gap`` (a gap inside a phrase
#: searched for), ``token`` (class names: no white space, no ``…``).
Mode = Literal["rest", "gap", "token"]

# nodes: ("lit", text) ("space",) ("num",) ("word",) ("punct",) ("more",) ("any",)
#        ("alt", [seq, ...], optional)
_Node = tuple[object, ...]
_Seq = list[_Node]

_CJK = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_WORDCHAR = re.compile(r"\w")


def is_cjk(text: str) -> bool:
    """True when ``text`` holds a character of a script written without spaces."""
    return _CJK.search(text) is not None


class _Parser:
    def __init__(self, phrase: str) -> None:
        self.s = phrase
        self.i = 0

    def error(self, why: str) -> ValueError:
        return ValueError(f"phrase {self.s!r}: {why} at {self.i}")

    def alternatives(self, close: str) -> list[_Seq]:
        alts = [self.sequence("|" + close)]
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            alts.append(self.sequence("|" + close))
        if self.i >= len(self.s) or self.s[self.i] != close:
            raise self.error(f"expected {close!r}")
        self.i += 1
        return alts

    def sequence(self, stop: str) -> _Seq:
        out: _Seq = []
        s = self.s
        while self.i < len(s) and s[self.i] not in stop:
            ch = s[self.i]
            if ch == "\\":
                if self.i + 1 >= len(s):
                    raise self.error("a lone backslash")
                out.append(("lit", s[self.i + 1]))
                self.i += 2
            elif ch in "([":
                self.i += 1
                alts = self.alternatives(")" if ch == "(" else "]")
                out.append(("alt", alts, ch == "["))
            elif ch == "{":
                end = s.find("}", self.i)
                name = s[self.i + 1 : end] if end > 0 else ""
                if name not in ("n", "w", "p"):
                    raise self.error("expected {n}, {w} or {p}")
                out.append(({"n": "num", "w": "word", "p": "punct"}[name],))
                self.i = end + 1
            elif ch == "…":
                out.append(("any",))
                self.i += 1
            elif ch == "*":
                out.append(("more",))
                self.i += 1
            elif ch.isspace():
                while self.i < len(s) and s[self.i].isspace():
                    self.i += 1
                out.append(("space",))
            elif ch in ")]|}":
                raise self.error(f"unexpected {ch!r}")
            else:
                out.append(("lit", ch))
                self.i += 1
        return out


def _parse(phrase: str) -> _Seq:
    p = _Parser(phrase.strip())
    seq = p.sequence("")
    if p.i != len(p.s):  # pragma: no cover - sequence("") reads to the end
        raise p.error("trailing text")
    return seq


def _compile(seq: _Seq, mode: Mode) -> str:
    out: list[str] = []
    for k, node in enumerate(seq):
        kind = node[0]
        nxt = seq[k + 1][0] if k + 1 < len(seq) else None
        prev = seq[k - 1][0] if k else None
        if kind == "lit":
            out.append(re.escape(str(node[1])))
        elif kind == "space":
            if mode == "token":
                raise ValueError("class names hold no white space")
            if "any" not in (nxt, prev):
                out.append(r"\s+")
            else:  # at a word's edge; at the end of a line's words, white space too
                out.append(r"\b" if mode == "gap" else r"(?:\b|\s+)")
        elif kind == "num":
            out.append(r"\d+")
        elif kind == "word":
            out.append(r"\w+")
        elif kind == "punct":
            out.append(r"\W*")
        elif kind == "more":
            out.append(r"\w*")
        elif kind == "any":
            if mode == "token":
                raise ValueError("class names hold no …")
            out.append(".{0,80}" if mode == "gap" else ".*")
        else:
            alts = [_compile(a, mode) for a in node[1]]  # type: ignore[attr-defined]
            out.append(f"(?:{'|'.join(alts)}){'?' if node[2] else ''}")
    return "".join(out)


def _variants(seq: _Seq, limit: int = 4096) -> list[list[_Node]]:
    """Every sequence of plain nodes an alternation-bearing sequence stands for."""
    outs: list[list[_Node]] = [[]]
    for node in seq:
        if node[0] == "alt":
            options: list[list[_Node]] = [
                v
                for a in node[1]  # type: ignore[attr-defined]
                for v in _variants(a, limit)
            ]
            if node[2]:
                options.append([])
            outs = [o + x for o in outs for x in options]
            if len(outs) > limit:
                raise ValueError("a phrase with too many variants")
        else:
            outs = [[*o, node] for o in outs]
    return outs


def expand(phrase: str) -> list[str]:
    """Every text a phrase without wildcards stands for (``comment[s]``: comment, comments)."""
    out = []
    for variant in _variants(_parse(phrase)):
        if any(n[0] != "lit" for n in variant):
            raise ValueError(f"phrase {phrase!r}: expand() takes phrases without wildcards")
        out.append("".join(str(n[1]) for n in variant))
    return out


def _edges(variant: list[_Node]) -> tuple[str, str]:
    """The first and last character of a variant ("" when a wildcard stands there)."""
    first = variant[0] if variant else ("any",)
    last = variant[-1] if variant else ("any",)
    return (
        str(first[1]) if first[0] == "lit" else "",
        str(last[1]) if last[0] == "lit" else "",
    )


def _word_edge(ch: str) -> bool:
    return bool(ch) and _WORDCHAR.match(ch) is not None and not is_cjk(ch)


def to_regex(phrase: str, mode: Mode, *, bounded: bool = False) -> str:
    """The regular expression of ``phrase``; with ``bounded``, ``\\b`` at each end where
    every variant of the phrase starts (ends) with a letter or digit of a spaced script."""
    seq = _parse(phrase)
    body = _compile(seq, mode)
    if not bounded:
        return body
    edges = [_edges(v) for v in _variants(seq)]
    start = all(_word_edge(a) for a, _ in edges)
    end = all(_word_edge(b) for _, b in edges)
    return ("\\b" if start else "") + body + ("\\b" if end else "")


def key_words(phrase: str) -> set[str]:
    """Words one of which every match of ``phrase`` holds: for each variant its longest
    whole word (a run of letters and digits that nothing glues to). Raises ValueError when
    a variant has none (a phrase made only of wildcards cannot be pre-checked)."""
    keys: set[str] = set()
    for variant in _variants(_parse(phrase)):
        words: list[str] = []
        cur: list[str] = []
        glued = False  # the word under way touches a wildcard that extends it
        for node in [*variant, ("space",)]:
            ch = str(node[1]) if node[0] == "lit" else ""
            if ch and _WORDCHAR.match(ch):
                cur.append(ch)
                continue
            if node[0] in ("more", "word", "num", "any"):
                glued = True  # a wildcard right after the word may extend it
            if cur and not glued:
                words.append("".join(cur))
            cur = []
            glued = node[0] in ("word", "num", "any")
        if not words:
            raise ValueError(f"phrase {phrase!r}: a variant holds no whole word to pre-check")
        keys.add(max(words, key=len))
    return keys


_SECTION = re.compile(r"\[([a-z][a-z-]*)\]")


def parse_sections(text: str, where: str) -> Iterator[tuple[str, str]]:
    """(section, phrase) for every phrase of a list file (comments and blanks skipped)."""
    section = ""
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split(" #", 1)[0].strip()
        if not line or line.startswith("#"):
            continue
        m = _SECTION.fullmatch(line)
        if m:
            section = m.group(1)
            continue
        if not section:
            raise ValueError(f"{where}:{n}: a phrase before any [section]")
        yield section, line
