"""The annotators' fast paths give what the plain reading gives."""

from __future__ import annotations

from geoarticle.annotators.document import passage_of
from geoarticle.annotators.tokens import _lower, tokenize


def test_tokenize_slice_offsets_index_the_text() -> None:
    text = "Gen. Ama Owusu met U.S. envoys. It’s 3.5 km from Accra."
    # (a start right after white space is not tested: the first token is then lost to
    # the white-space look-behind, a known limit of ``start``, which only 0 reaches here)
    for start, end in ((0, len(text)), (4, 30), (18, len(text))):
        toks = tokenize(text, start, end)
        assert toks
        for tok in toks:
            assert text[tok.start : tok.end] == tok.text
            assert tok.lower == _lower(tok.text)
            assert start <= tok.start < tok.end <= end


def test_tokenize_a_character_whose_lower_case_is_longer() -> None:
    toks = tokenize("İstanbul and İzmir")
    assert [t.text for t in toks] == ["İstanbul", "and", "İzmir"]
    assert [t.lower for t in toks] == [_lower("İstanbul"), "and", _lower("İzmir")]
    assert [(t.start, t.end) for t in toks] == [(0, 8), (9, 12), (13, 18)]


def _lines_read_one_by_one(text: str) -> list[tuple[int, int]]:
    p = passage_of(text)
    out: list[tuple[int, int]] = []
    first = None
    prev = -1
    for s in p.sentences:
        if first is None:
            first = s.first
        elif "\n" in p.text[p.tokens[prev].end : p.tokens[s.first].start]:
            out.append((first, prev + 1))
            first = s.first
        prev = s.last
    if first is not None:
        out.append((first, prev + 1))
    return out


def test_lines_of_a_passage_with_and_without_line_breaks() -> None:
    for text in ("Envoys met. They spoke.", "Envoys met.\nThey spoke.\n\nLater.", "", "One"):
        assert list(passage_of(text).lines()) == _lines_read_one_by_one(text)
