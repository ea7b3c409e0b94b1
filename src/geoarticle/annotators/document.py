"""The text layer both annotators read: one document per article.

A :class:`Document` holds every *passage* of the body the annotators read (a
section heading or a text block), each with its tokens and sentences, cut by
the one tokenizer and sentence splitter in :mod:`.tokens`. Actor mentions and
event evidence are located by ``(section, block)`` and character offsets into
the passage text, so what the actor step finds, the event step sees on the same
token boundaries.

Reading is bounded by ``Limits.max_annotated_chars``: passages are read in order
until the budget is spent; the passage that crosses it is cut at the last
sentence that ends within it (a single huge block is bounded too), and
:attr:`Document.truncated` is set. Both annotators build the same document, so
they agree on where reading stops.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from ..models import Article, Figure, ListBlock, Paragraph, Preformatted, Quote, Table
from .tokens import Token, split_sentences, tokenize

__all__ = ["Document", "Passage", "Sentence", "build", "document", "passage_of", "stop_warning"]


class Sentence(NamedTuple):
    """Tokens ``first`` to ``last`` (inclusive) of a passage (a named tuple: made
    thousands of times per article, and a tuple is made fast)."""

    first: int
    last: int
    #: Character offsets of the sentence in the passage text.
    start: int
    end: int
    #: Position of the sentence in the whole document (reading order).
    number: int


class Passage(NamedTuple):
    """A section heading or one text block of the body (a named tuple, as :class:`Sentence`)."""

    section: int
    #: Index of the block in its section; None for the section heading.
    block: int | None
    #: ``heading``, ``paragraph``, ``list``, ``quote``, ``table`` or ``pre``.
    kind: str
    text: str
    tokens: tuple[Token, ...]
    sentences: tuple[Sentence, ...]

    @property
    def prose(self) -> bool:
        """Whether events are read from this passage (paragraphs, lists and quotes)."""
        return self.kind in ("paragraph", "list", "quote")

    def lines(self) -> Iterator[tuple[int, int]]:
        """Token ranges ``[first, end)`` of the passage's lines (no sentence spans two)."""
        if "\n" not in self.text:  # one line (most passages: tested first for speed)
            if self.sentences:
                yield self.sentences[0].first, self.sentences[-1].last + 1
            return
        first = None
        prev = -1
        for s in self.sentences:
            if first is None:
                first = s.first
            elif "\n" in self.text[self.tokens[prev].end : self.tokens[s.first].start]:
                yield first, prev + 1
                first = s.first
            prev = s.last
        if first is not None:
            yield first, prev + 1


@attrs.frozen(slots=True)
class Document:
    """The passages of an article's body that the annotators read."""

    passages: tuple[Passage, ...]
    #: True when ``max_annotated_chars`` stopped reading before the end of the body.
    truncated: bool = False

    def sentences(self) -> Iterator[tuple[Passage, Sentence]]:
        """Every sentence with its passage, in reading order."""
        for p in self.passages:
            for s in p.sentences:
                yield p, s


#: ``Sentence`` and ``Passage`` from a tuple, without the Python-level ``__new__`` of a
#: NamedTuple (for speed).
_sentence = functools.partial(tuple.__new__, Sentence)
_passage_of = functools.partial(tuple.__new__, Passage)

_KINDS: dict[type, str] = {
    Paragraph: "paragraph",
    ListBlock: "list",
    Quote: "quote",
    Table: "table",
    Preformatted: "pre",
}


def _passage(
    section: int, block: int | None, kind: str, text: str, first_number: int, budget: int
) -> tuple[Passage, bool]:
    """The passage of ``text``, cut at a sentence end within ``budget`` characters."""
    cut = len(text) > budget
    tokens = tokenize(text, 0, min(len(text), budget + 1)) if cut else tokenize(text)
    spans = split_sentences(text, tokens)
    if cut:
        spans = [sp for sp in spans[:-1] if tokens[sp[1]].end <= budget]
        tokens = tokens[: spans[-1][1] + 1] if spans else []
    sentences = tuple(
        _sentence((a, b, tokens[a].start, tokens[b].end, first_number + n))
        for n, (a, b) in enumerate(spans)
    )
    return _passage_of((section, block, kind, text, tuple(tokens), sentences)), cut


def passage_of(text: str) -> Passage:
    """A bare string as one passage (section 0, no block), read in full."""
    return _passage(0, None, "paragraph", text, 0, len(text))[0]


def build(article: Article, max_chars: int) -> Document:
    """The document of ``article``, reading at most ``max_chars`` characters of its body."""
    passages: list[Passage] = []
    used = 0
    number = 0
    for si, section in enumerate(article.sections):
        items: list[tuple[int | None, str, str]] = []
        if section.heading:
            items.append((None, "heading", section.heading))
        for bi, blk in enumerate(section.blocks):
            if not isinstance(blk, Figure) and blk.text:
                items.append((bi, _KINDS.get(type(blk), "paragraph"), blk.text))
        for where, kind, text in items:
            if used >= max_chars:
                return Document(tuple(passages), truncated=True)
            p, cut = _passage(si, where, kind, text, number, max_chars - used)
            passages.append(p)
            number += len(p.sentences)
            used += len(text)
            if cut:
                return Document(tuple(passages), truncated=True)
    return Document(tuple(passages))


_memo = threading.local()


def document(article: Article, max_chars: int) -> Document:
    """The document of ``article``; built once for consecutive steps over the same body.

    The actor step and the event step read the same sections (``attrs.evolve``
    keeps the tuple), so the second gets the first's document; the memo holds
    only the latest body, per thread, and never changes a result.
    """
    last = getattr(_memo, "last", None)
    if last is not None and last[0] is article.sections and last[1] == max_chars:
        return last[2]  # type: ignore[no-any-return]
    doc = build(article, max_chars)
    _memo.last = (article.sections, max_chars, doc)
    return doc


def stop_warning(max_chars: int) -> str:
    """The warning an annotator records when it stops early."""
    return f"only the first {max_chars} characters of the body were annotated"
