"""Reading a text line by line: spans become mentions of new or already known actors."""

from __future__ import annotations

from ...models import ActorKind
from ._classify import guess_kind, is_acronym
from ._lexicon import Lexicon
from ._link import Doc, Record, Where
from ._match import Span, scan_line
from ._people import Anchor, anchor_for, infer_country, sentence_ids
from ._tokens import line_style, tokenize

__all__ = ["read_text"]

_POSSESSIVE = frozenset({"’s", "'s", "’S", "'S"})
_THE = frozenset({"the", "The"})


def _split_compounds(
    tokens: tuple[list[str], list[int], list[int]], lex: Lexicon
) -> tuple[list[str], list[int], list[int]]:
    """ "American-Canadian", "India-Pakistan": split when every part is a known name."""
    toks, starts, ends = tokens
    if "-" not in "".join(toks):
        return tokens
    out_t: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    for t, s, e in zip(toks, starts, ends, strict=False):
        parts = t.split("-") if "-" in t and t[0].isupper() and t not in lex.first else ()
        if len(parts) > 1 and all(p in lex.phrases for p in parts):
            pos = s
            for k, p in enumerate(parts):
                if k:
                    out_t.append("-")
                    out_s.append(pos)
                    out_e.append(pos + 1)
                    pos += 1
                out_t.append(p)
                out_s.append(pos)
                out_e.append(pos + len(p))
                pos += len(p)
        else:
            out_t.append(t)
            out_s.append(s)
            out_e.append(e)
    return out_t, out_s, out_e


class _Line:
    """One line being read: its tokens, spans and the countries seen in it."""

    __slots__ = (
        "base",
        "doc",
        "ends",
        "line",
        "marks",
        "spans",
        "starts",
        "toks",
        "unplaced",
        "where",
    )

    def __init__(self, doc: Doc, line: str, base: int, where: Where) -> None:
        self.doc = doc
        self.line = line
        self.base = base
        self.where = where
        self.toks, self.starts, self.ends = _split_compounds(tokenize(line), doc.lex)
        self.spans = scan_line(self.toks, line_style(self.toks), doc.lex)
        self.marks: list[tuple[int, str]] = []
        self.unplaced: list[tuple[int, Record]] = []

    def mention(self, rec: Record, i: int, j: int, metonym: bool = False) -> None:
        s, e = self.starts[i], self.ends[j - 1]
        rec.mentions.append((self.where, self.base + s, self.base + e, self.line[s:e], metonym))
        if rec.country and rec.kind is not ActorKind.PERSON:
            self.marks.append((i, rec.country))

    def text(self, i: int, j: int) -> str:
        return self.line[self.starts[i] : self.ends[j - 1]]


def _metonym(ln: _Line, s: Span) -> bool:
    nxt = ln.toks[s.j] if s.j < len(ln.toks) else ""
    return nxt in _POSSESSIVE or nxt in ln.doc.lex.speech_verbs


_VERSUS = frozenset({"v", "v.", "vs", "vs."})


def _team(ln: _Line, s: Span) -> bool:
    """A city or region named as a sports team: before a score, or around "v"."""
    toks = ln.toks
    nxt = toks[s.j] if s.j < len(toks) else ""
    prev = toks[s.i - 1] if s.i else ""
    return nxt.isdigit() or nxt in _VERSUS or prev in _VERSUS


def _read_gaz(ln: _Line, s: Span) -> Record:
    entry = s.entry
    assert entry is not None
    doc = ln.doc
    if entry.kind is ActorKind.PLACE and entry.form != "name" and _team(ln, s):
        text = ln.text(s.i, s.j)
        known = doc.lookup(text)
        rec = known if known is not None and known.kind is ActorKind.ORGANIZATION else None
        if rec is None:
            rec = doc.new(text, ActorKind.ORGANIZATION)
        ln.mention(rec, s.i, s.j)
        return rec
    rec = doc.record_for(entry)
    if entry.form == "capital" and _metonym(ln, s) and entry.country:
        ln.mention(rec, s.i, s.j, metonym=True)
        ln.mention(doc.record_for(doc.lex.countries[entry.country]), s.i, s.j, metonym=True)
    else:
        ln.mention(rec, s.i, s.j)
    return rec


def _title_ref(ln: _Line, k: int) -> None:
    """ "the secretary", "the U.S. Secretary": a title alone names its last holder."""
    s = ln.spans[k]
    toks = ln.toks
    prev = toks[s.i - 1] if s.i else ""
    if prev not in _THE and not (k and ln.spans[k - 1].j == s.i and ln.spans[k - 1].i > 0):
        return
    if prev not in _THE and toks[ln.spans[k - 1].i - 1] not in _THE:
        return
    rid = ln.doc.titles.get(" ".join(t.lower() for t in toks[s.i : s.j]))
    if rid is None:
        rid = ln.doc.titles.get(toks[s.i].lower())
    if rid is not None:
        ln.mention(ln.doc.records[rid], s.i, s.j)


def _person(ln: _Line, i: int, j: int, anchor: Anchor | None) -> Record:
    doc = ln.doc
    name = ln.text(i, j)
    rec = doc.lookup(name)
    if rec is None or rec.kind is not ActorKind.PERSON:
        rec = doc.new(name, ActorKind.PERSON)
    if anchor is not None and anchor.role:
        if rec.role is None:
            rec.role = anchor.role
            rec.sector = anchor.sector
            if anchor.code and not rec.code:
                rec.code = anchor.code
        if rec.country is None and anchor.country:
            rec.country = anchor.country
        if anchor.title:
            doc.hold_title(rec, anchor.title)
    if rec.country is None:
        ln.unplaced.append((i, rec))
    return rec


def _name(
    ln: _Line, k: int, anchor: Anchor | None, last: tuple[Record, int] | None
) -> Record | None:
    s = ln.spans[k]
    doc = ln.doc
    toks = ln.toks
    i, j = s.i, s.j
    if anchor is not None and anchor.end == i:
        rec = _person(ln, i, j, anchor)
        ln.mention(rec, i, j)
        return rec
    text = ln.text(i, j)
    if (
        j - i == 1
        and last is not None
        and last[1] == i - 1
        and toks[i - 1] == "("
        and j < len(toks)
        and toks[j] == ")"
        and is_acronym(text)
    ):
        doc.alias(last[0], text)
        ln.mention(last[0], i, j)
        return last[0]
    known = doc.lookup(text)
    if known is not None:
        ln.mention(known, i, j)
        return known
    nxt = ln.spans[k + 1] if k + 1 < len(ln.spans) else None
    if (
        nxt is not None
        and nxt.tag == "gaz"
        and nxt.i == j
        and nxt.entry is not None
        and nxt.entry.form in ("city", "capital")
        and not s.initial
    ):
        rec = doc.new(ln.text(i, nxt.j), ActorKind.ORGANIZATION)
        ln.mention(rec, i, nxt.j)
        s.j = nxt.j
        nxt.tag = "skip"
        return rec
    kind = guess_kind(toks, i, j, doc.lex, initial=s.initial)
    if kind is None:
        return None
    rec = _person(ln, i, j, None) if kind is ActorKind.PERSON else doc.new(text, kind)
    ln.mention(rec, i, j)
    return rec


def _read_line(ln: _Line) -> None:
    anchor: Anchor | None = None
    last: tuple[Record, int] | None = None
    spans = ln.spans
    for k, s in enumerate(spans):
        rec: Record | None = None
        if s.tag == "gaz":
            rec = _read_gaz(ln, s)
        elif s.tag in ("title", "hon"):
            nxt = spans[k + 1] if k + 1 < len(spans) else None
            if nxt is not None and nxt.i == s.j and nxt.tag in ("name", "hon", "gaz"):
                anchor = anchor_for(spans, k, ln.toks, ln.line, ln.starts, ln.ends)
                if nxt.tag == "hon":
                    anchor.end = nxt.j
            else:
                _title_ref(ln, k)
            continue
        elif s.tag == "name":
            rec = _name(ln, k, anchor, last)
        last = None if rec is None else (rec, s.j)
    if ln.unplaced:
        sent = sentence_ids(ln.toks)
        for at, rec in ln.unplaced:
            if rec.country is None:
                rec.country = infer_country(at, ln.marks, sent, ln.toks)


def read_text(doc: Doc, text: str, where: Where) -> None:
    """Read every line of ``text`` into ``doc``; offsets index ``text``."""
    base = 0
    for line in text.split("\n"):
        if line.strip():
            _read_line(_Line(doc, line, base, where))
        base += len(line) + 1
