"""The annotators' text layer: one tokenizer, one splitter, one bounded document."""

from __future__ import annotations

import pytest

from geoarticle.annotators.document import build, document, passage_of
from geoarticle.annotators.tokens import split_sentences, tokenize
from geoarticle.models import Article, Figure, ImageCredit, ListBlock, Paragraph, Section


def _texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Gen. Ortiz", ["Gen.", "Ortiz"]),
        ("the U.S. envoy", ["the", "U.S.", "envoy"]),
        ("J. Smith", ["J.", "Smith"]),
        ("they didn’t", ["they", "did", "n’t"]),
        ("Pakistan’s army", ["Pakistan", "’s", "army"]),
        ("1,200 troops", ["1,200", "troops"]),
        ("al-Qaeda and O'Brien", ["al-Qaeda", "and", "O'Brien"]),
        ("no. 5", ["no", ".", "5"]),  # abbreviations match as written only
    ],
)
def test_tokens(text: str, tokens: list[str]) -> None:
    assert _texts(text) == tokens


def test_lower_form_straightens_apostrophes() -> None:
    assert [t.lower for t in tokenize("Kyiv’s DIDN’T")] == ["kyiv", "'s", "did", "n't"]


def test_offsets_index_the_text() -> None:
    text = "  Two  words\tand\nmore "
    for tok in tokenize(text):
        assert text[tok.start : tok.end] == tok.text


def _sentences(text: str) -> list[str]:
    toks = tokenize(text)
    return [text[toks[a].start : toks[b].end] for a, b in split_sentences(text, toks)]


def test_company_and_state_abbreviations_may_end_a_sentence() -> None:
    assert _sentences("It sued Apple Inc. The firm said no.") == [
        "It sued Apple Inc.",
        "The firm said no.",
    ]
    assert _sentences("He lives in Calif. Now he waits.") == ["He lives in Calif. Now he waits."]
    assert _sentences("He flew to Sacramento, Calif. The next day he left.") == [
        "He flew to Sacramento, Calif.",
        "The next day he left.",
    ]


def test_line_breaks_always_end_sentences() -> None:
    assert _sentences("First line.\nsecond line") == ["First line.", "second line"]


def _article(*blocks: str, heading: str | None = None) -> Article:
    section = Section(heading=heading, blocks=tuple(Paragraph(text=b) for b in blocks))
    return Article(sections=(section,))


def test_document_passages_and_numbering() -> None:
    art = Article(
        sections=(
            Section(
                heading="Talks resume",
                level=2,
                blocks=(
                    Paragraph(text="One. Two."),
                    Figure(image=0),
                    ListBlock(items=("Three", "Four.")),
                ),
            ),
        ),
        image_credits=(ImageCredit(credit="Jo Doe"),),
    )
    doc = build(art, 10_000)
    assert [(p.block, p.kind) for p in doc.passages] == [
        (None, "heading"),
        (0, "paragraph"),
        (2, "list"),
    ]
    numbers = [s.number for _, s in doc.sentences()]
    assert numbers == list(range(len(numbers)))
    assert not doc.truncated
    assert [p.prose for p in doc.passages] == [False, True, True]
    lst = doc.passages[2]
    assert [[t.text for t in lst.tokens[a:b]] for a, b in lst.lines()] == [
        ["Three"],
        ["Four", "."],
    ]


def test_budget_cuts_one_huge_block_at_a_sentence_end() -> None:
    huge = "Pakistan and India met in Geneva. " * 10_000
    doc = build(_article(huge, "Never read."), 1_000)
    assert doc.truncated
    (passage,) = doc.passages
    assert passage.tokens[-1].end <= 1_000
    assert passage.text[passage.tokens[-1].end - 1] == "."
    assert len(passage.sentences) == 1_000 // len("Pakistan and India met in Geneva. ")


def test_budget_counts_blocks_in_order() -> None:
    doc = build(_article("a" * 50, "b" * 50, "c" * 50), 100)
    assert [p.block for p in doc.passages] == [0, 1]
    assert doc.truncated


def test_consecutive_steps_share_the_document() -> None:
    art = _article("Kabul said so.")
    first = document(art, 1_000)
    assert document(art, 1_000) is first
    assert document(art, 500) is not first
    assert document(_article("Kabul said so."), 1_000) is not first


def test_passage_of_a_bare_string() -> None:
    p = passage_of("A. B. Smith met Ms. Jones. They talked.")
    assert p.block is None
    assert len(p.sentences) == 2
