"""Shortcuts taken for speed in the role finder, the sentence view and the actor reader
give what the long way gives (issue #15: faster, byte-identical output)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

import geoarticle
from geoarticle.annotators.actors._lexicon import lexicon
from geoarticle.annotators.actors._link import Doc
from geoarticle.annotators.document import passage_of
from geoarticle.annotators.events.analysis import Coref, SentenceView, analyse
from geoarticle.annotators.events.roles import _CLAUSE_BREAKS, _bounds, find_location, find_roles

_LETTERS = re.compile(r"[^\W\d_]+")


def _views(text: str) -> list[SentenceView]:
    """The sentence views of ``text`` as the event coder builds them (actors from the text)."""
    article = geoarticle.parse_text(text)
    mentions = [
        (m.start, m.end, a, m.metonym, m.group)
        for a in article.actors
        for m in a.mentions
        if m.section == 0 and m.block == 0
    ]
    block = article.sections[0].blocks[0].text
    passage = passage_of(block)
    coref = Coref.for_actors(article.actors)
    views = []
    for sent in passage.sentences:
        toks = passage.tokens[sent.first : sent.last + 1]
        view = analyse(block, toks, mentions, coref)  # type: ignore[arg-type]
        if view is not None:
            views.append(view)
    return views


_SENTENCES = (
    "Attacked by rebels (who fled), the town of Ruritania said Freedonia's troops "
    "shelled it; Sylvania condemned the attack, which Freedonia denied. "
    "Visits: the president of Ruritania met Sylvania's foreign minister, who "
    "welcomed him, and they signed a deal (a treaty) in Oslo. Freedonia attacked."
)


def test_the_per_token_slot_table_is_the_slot_of_every_token() -> None:
    views = _views(_SENTENCES)
    assert views
    for view in views:
        assert len(view.by_token) == len(view.tokens) == len(view.lows)
        for i in range(-2, len(view.tokens) + 2):
            expected = view.slot(i)
            if 0 <= i < len(view.tokens):
                assert view.by_token[i] is expected
            else:
                assert expected is None


def test_roles_and_locations_read_at_both_ends_of_a_sentence() -> None:
    # triggers first and last in their sentence, parentheses and clause breaks:
    # every index the shortcuts read stays inside the sentence
    for view in _views(_SENTENCES):
        for match in view.triggers:
            roles = find_roles(view, match)
            assert set(roles.sources) | set(roles.targets) <= {a for s in view.slots for a in s.ids}
            find_location(view, match)


def _bounds_long_way(view: SentenceView, i: int) -> tuple[int, int]:
    region = view.region_of(i)
    lows = view.lows
    lo, hi = (region.first, region.last) if region else (0, len(lows) - 1)
    j = i - 1
    while j >= lo and lows[j] not in _CLAUSE_BREAKS:
        j -= 1
    k = i + 1
    while k <= hi and lows[k] not in _CLAUSE_BREAKS:
        k += 1
    return j + 1, k - 1


def test_clause_bounds_skip_the_scan_only_where_it_finds_no_break() -> None:
    views = _views(_SENTENCES)
    assert any(not _CLAUSE_BREAKS.isdisjoint(v.lows) for v in views)
    assert any(_CLAUSE_BREAKS.isdisjoint(v.lows) for v in views)
    for view in views:
        for i in range(len(view.tokens)):
            assert _bounds(view, i) == _bounds_long_way(view, i)


def _written_lower_long_way(texts: list[str], phrase: str) -> bool:
    """``Doc.written_lower`` as it was: every lower-case word of the texts collected first."""
    low = phrase.lower()
    if low == phrase:
        return False
    words = frozenset(w for text in texts for w in _LETTERS.findall(text) if w == w.lower())
    if not all(w in words for w in _LETTERS.findall(low)):
        return False
    for text in texts:
        at = text.find(low)
        while at >= 0:
            end = at + len(low)
            if (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            ):
                return True
            at = text.find(low, at + 1)
    return False


_TEXTS = [
    "The birthright citizenship debate went on; Birthright Citizenship was the title.",
    "aaa aab covid19 x_y café naïve Straße 2nd-round re-elected",
    "ÉTAT état ǅemal ǆemal",
]


def test_written_lower_finds_whole_lower_case_words_only() -> None:
    doc = Doc(lexicon(), texts=list(_TEXTS))
    phrases = [
        "Birthright Citizenship",
        "Aa",
        "Aaa",
        "Covid",
        "X",
        "Y",
        "Café",
        "Naïve",
        "Straße",
        "Round",
        "Re-Elected",
        "État",
        "ǅemal",
        "Nowhere",
    ]
    for phrase in phrases:
        assert doc.written_lower(phrase) == _written_lower_long_way(_TEXTS, phrase), phrase


_ALPHABET = "aAbB é_1-' \n.ǅǆİ"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text(_ALPHABET, max_size=30), min_size=1, max_size=3),
    st.text(_ALPHABET, min_size=1, max_size=8),
)
def test_written_lower_agrees_with_the_long_way(texts: list[str], phrase: str) -> None:
    doc = Doc(lexicon(), texts=list(texts))
    assert doc.written_lower(phrase) == _written_lower_long_way(texts, phrase)
    assert doc.written_lower(phrase) == _written_lower_long_way(texts, phrase)  # memo
