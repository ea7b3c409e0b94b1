"""The actor step's shortcuts give what the plain forms gave: line styles, splits, ids, kinds."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from geoarticle.annotators.actors import _agents, _classify, _match, _read, _tokens
from geoarticle.annotators.actors._agents import agent_spans
from geoarticle.annotators.actors._credits import may_hold_furniture
from geoarticle.annotators.actors._lexicon import Lexicon, lexicon, slug
from geoarticle.annotators.actors._match import Span, scan_line

_WORDS = [
    *("the", "The", "THE", "of", "and", "A", "NATO", "UN", "I", "US", "U.S.", "x", "É", "ǅ"),
    *("Kyiv", "Russia", "Russian", "Russian-occupied", "Amazon-owned", "India-Pakistan"),
    *("American-Canadian", "London-based", "well-known", "-", "–", ",", ".", "(", ")", "?"),
    *("troops", "police", "protesters", "two", "countries", "group", "said", "President"),
    *("Pakistani", "Afghan", "Pakistan-based", "security", "forces", "militants", "both"),
    *("1,200", "2024", "COVID-19", "McDonald", "iPhone", "DoorDash", "by", "Reporting"),
]
_lines = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30)


def _line_style(toks: list[str]) -> str:
    """The line style as first written: every count taken in full."""
    words = [t for t in toks if t[0].isalpha()]
    if len(words) < 2:
        return "prose"
    upper = len([w for w in words if w.isupper() and len(w) > 1])
    if upper >= 2 and upper * 5 >= len(words) * 4:
        return "caps"
    content = [w for w in words if w.lower() not in _tokens._SMALL]
    if len(content) >= 3 and "," not in toks and "(" not in toks:
        caps = sum(1 for w in content if w[0].isupper())
        if caps * 4 >= len(content) * 3 and toks[-1] not in (".", "?", "!"):
            return "headline"
    return "prose"


@given(_lines)
def test_line_style(toks: list[str]) -> None:
    assert _tokens.line_style(toks) == _line_style(toks)


def _split_compounds(toks: list[str]) -> list[tuple[str, int, int]]:
    """Compound splitting as first written: every token copied in turn."""
    lex = lexicon()
    starts = [4 * k for k in range(len(toks))]
    out = []
    for t, s in zip(toks, starts, strict=True):
        parts = _read._compound_parts(t, lex) if "-" in t else None
        if parts is None:
            out.append((t, s, s + len(t)))
            continue
        pos = s
        for k, p in enumerate(parts):
            if k:
                out.append(("-", pos, pos + 1))
                pos += 1
            out.append((p, pos, pos + len(p)))
            pos += len(p)
    return out


@given(_lines)
def test_split_compounds(toks: list[str]) -> None:
    starts = [4 * k for k in range(len(toks))]
    ends = [s + len(t) for s, t in zip(starts, toks, strict=True)]
    got = _read._split_compounds((toks, starts, ends), lexicon())
    assert list(zip(*got, strict=True)) == _split_compounds(toks)


def _agent_spans(toks: list[str], spans: list[Span], lex: Lexicon) -> list[Span]:
    """Agent spans as first written: every token visited in turn."""
    words = set(toks)
    has_the = "the" in words or "The" in words
    if lex.agent_probe.isdisjoint(words) and not has_the:
        return []
    finder = _agents._Finder(toks, spans, lex)
    out: list[Span] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        found: Span | None = None
        if (t == "the" or t == "The") and has_the:
            found = _agents._pair_or_group(toks, i, finder.taken)
        if found is None and t in lex.agent_probe and not finder.taken[i]:
            found = finder.agent_at(i)
        if found is not None:
            out.append(found)
            finder.taken[found.i : found.j] = b"\x01" * (found.j - found.i)
            i = found.j
        else:
            i += 1
    return out


@given(_lines)
def test_agent_spans(toks: list[str]) -> None:
    lex = lexicon()
    spans = scan_line(toks, "prose", lex)
    assert agent_spans(toks, spans, lex) == _agent_spans(toks, spans, lex)


def _slug(text: str) -> str:
    out: list[str] = []
    dash = False
    for ch in text.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-") or "x"


def _camel(tok: str) -> bool:
    if len(tok) < 4 or not tok.isalpha() or tok.startswith(_classify._SURNAME_PREFIXES):
        return False
    return any(a.islower() and b.isupper() for a, b in pairwise(tok[1:]))


@given(st.text(max_size=20))
def test_slug_and_camel_case(text: str) -> None:
    assert slug(text) == _slug(text)
    assert _classify._camel(text) == _camel(text)


def _gaz(toks: list[str], i: int, caps: bool) -> tuple[int, object] | None:
    """The gazetteer lookup as first written: every length tried, longest first."""
    lex = lexicon()
    t = toks[i]
    longest = lex.first.get(t)
    if not longest:
        return None
    for size in range(min(longest, len(toks) - i), 0, -1):
        entry = lex.phrases.get(t if size == 1 else " ".join(toks[i : i + size]))
        if entry is None:
            continue
        if caps and size == 1 and t.lower() in lex.common:
            return None
        return size, entry
    return None


def _title_at(toks: list[str], i: int) -> tuple[int, str] | None:
    lex = lexicon()
    low = toks[i].lower()
    longest = lex.title_first.get(low)
    if not longest:
        return None
    for size in range(min(longest, len(toks) - i), 0, -1):
        key = low if size == 1 else " ".join(x.lower() for x in toks[i : i + size])
        sector = lex.titles.get(key)
        if sector is not None:
            return size, sector
    return None


#: Words of known names and titles, cut and mixed so that n-grams start, end and break off.
_NAME_WORDS = [
    *("United", "States", "of", "America", "Kingdom", "Nations", "Security", "Council"),
    *("New", "York", "City", "Times", "South", "Africa", "Korea", "North", "the", "The"),
    *("President", "Prime", "Minister", "Foreign", "Secretary", "of", "State", "Vice"),
    *("Islamic", "State", "al-Qaeda", "Hamas", "European", "Union", "Commission", "Bank"),
    *("UNITED", "STATES", "Defense", "Ministry", "Kyiv", "Joe", "Biden", "Smith", ","),
]


@given(st.lists(st.sampled_from(_NAME_WORDS), min_size=1, max_size=12), st.booleans())
def test_gazetteer_and_title_lookups_grow_as_far_as_a_name_goes(
    toks: list[str], caps: bool
) -> None:
    lex = lexicon()
    for i in range(len(toks)):
        assert _match._gaz(toks, i, lex, caps) == _gaz(toks, i, caps)
        assert _match.title_at(toks, i, lex) == _title_at(toks, i)


_FURNITURE_PIECES = [
    *("Click", "click ", "here", "HERE", "Read ", "more", "Don’t", " want to see this", "Σ"),
    *("ΑΣ", "İ", "ı", "K", " ", "\n", "’", "'", "subscribe", " to", "sign up for", "x"),
]


@given(
    st.lists(st.sampled_from(_FURNITURE_PIECES), max_size=12).map("".join),
    st.integers(0, 60),
    st.integers(0, 60),
)
def test_furniture_in_a_line_is_furniture_in_its_texts(text: str, a: int, b: int) -> None:
    lex = lexicon()
    low = text[a:b].lower().replace("’", "'")
    if any(p in low for p in lex.furniture_phrases):
        assert may_hold_furniture(["An article.", text], lex)


def test_no_letter_is_a_digit() -> None:
    """What ``_has_digit`` assumes: a token of letters holds no digit."""
    assert not [c for c in map(chr, range(0x110000)) if c.isalpha() and c.isdigit()]
