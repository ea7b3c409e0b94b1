"""``tokenize`` on a slice: offsets into the whole text, nothing skipped after white space."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from geoarticle.annotators.tokens import tokenize


def test_a_slice_starting_after_white_space_keeps_its_first_word() -> None:
    text = "Gen. Ama Owusu said."
    assert [t.text for t in tokenize(text, 5)] == ["Ama", "Owusu", "said", "."]
    assert [(t.start, t.end) for t in tokenize(text, 5, 8)] == [(5, 8)]


@given(st.text(alphabet="ab .,İ\n'", max_size=30), st.data())
def test_every_token_of_a_slice_is_its_text_at_its_offsets(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    for token in tokenize(text, start):
        assert start <= token.start < token.end <= len(text)
        assert text[token.start : token.end] == token.text
