"""The text layer's shortcuts give what the plain forms gave: tokens and sentence ends."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from geoarticle.annotators import tokens
from geoarticle.annotators.tokens import Token, split_sentences, tokenize

#: Pieces that reach every alternative of the token pattern and every sentence rule.
_PIECES = [
    *"aAnNtTsSxZé_İΣ019",
    *" \n\t",
    *".,:;!?-‐'’\"“”()[]",
    *("Gen", "U.S", "a.m", "Inc", "Calif", "J", "n't", "n’t", "’s", "'S", "did", "The", "the"),
    *("al-Qaeda", "O'Brien", "1,200", "3.5", "10:30", "Smith", "He", "said"),
]
_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

_GENERAL = re.compile(tokens._token_pattern())


@given(_texts)
def test_common_tokens_first_change_no_token(text: str) -> None:
    assert tokens.TOKEN.findall(text) == _GENERAL.findall(text)


@given(_texts)
def test_tokens_are_token_tuples(text: str) -> None:
    toks = tokenize(text)
    assert all(type(t) is Token for t in toks)
    assert [(t.text, t.start, t.end) for t in toks] == [
        (text[t.start : t.end], t.start, t.end) for t in toks
    ]
    assert [t.text for t in toks] == tokens.word_tokens(text)[0]


def _every_token(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """The splitter as first written: every token visited in turn."""
    out: list[tuple[int, int]] = []
    n = len(toks)
    first = 0
    k = 0
    while k < n - 1:
        tok, nxt = toks[k], toks[k + 1]
        if "\n" in text[tok.end : nxt.start]:
            out.append((first, k))
            first = k + 1
        elif tok.text in tokens._TERMINALS or (len(tok.text) > 1 and tok.text.endswith(".")):
            last = k
            while (
                last + 1 < n
                and toks[last + 1].text in tokens._TRAILERS
                and toks[last + 1].start == toks[last].end
            ):
                last += 1
            if last + 1 >= n:
                break
            after = toks[last + 1]
            ends = toks[last].end < after.start and tokens._opens(after)
            if ends and tok.text not in tokens._TERMINALS:
                ends = tokens._period_word_ends(tok, after)
            if ends:
                out.append((first, last))
                first = last + 1
            k = last
        k += 1
    if first < n:
        out.append((first, n - 1))
    return out


@given(_texts)
def test_sentence_ends_found_from_their_characters(text: str) -> None:
    toks = tokenize(text)
    assert split_sentences(text, toks) == _every_token(text, toks)
    cut = tokenize(text, 0, len(text) // 2)
    assert split_sentences(text, cut) == _every_token(text, cut)
