"""CoNLL-2003 documents as plain-text wire pages, for the actors-and-events gold set.

The CoNLL-2003 files (``../shared/corpora/conll2003``) hold Reuters stories of
August 1996 as tokens, one per line, a blank line between sentences and a
``-DOCSTART-`` line between documents. A story opens with its headline, then a
dateline ("BEIJING 1996-08-22"), then the body. :func:`wire_page` rebuilds one
story as a page in the seed's plain-text format (headline, "Published:" line,
one paragraph per sentence, the dateline's city in capitals before the first), which
:func:`geoarticle.parse_text` reads; the text is built in memory from the
corpus, read in place, and never stored in the repository.

A page is named ``<file>#<n>``: the n-th document (from 0) of ``valid.txt`` or
``train.txt``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

CONLL = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "conll2003"

_DATELINE = re.compile(r"^(?P<place>[A-Z][A-Za-z .,'-]*?)\s+(?P<date>\d{4}-\d\d-\d\d)$")
#: Tokens written against the word before them.
_CLOSERS = frozenset(
    {".", ",", ";", ":", "!", "?", "%", ")", "]", "}", "'s", "n't", "'", "'ve", "'re", "'ll"}
    | {"'d", "'m"}
)
_OPENERS = frozenset({"(", "[", "{", "$"})


@cache
def documents(name: str) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The documents of a CoNLL file: each a tuple of sentences of tokens."""
    docs: list[list[tuple[str, ...]]] = []
    sentence: list[str] = []
    for line in (CONLL / name).read_text("utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            docs.append([])
            continue
        if not line.strip():
            if sentence and docs:
                docs[-1].append(tuple(sentence))
            sentence = []
            continue
        sentence.append(line.split(" ")[0])
    if sentence and docs:
        docs[-1].append(tuple(sentence))
    return tuple(tuple(d) for d in docs)


def detokenize(tokens: tuple[str, ...]) -> str:
    """The sentence as running text: no space before closing punctuation, after an
    opening one, or inside a pair of straight double quotes."""
    out: list[str] = []
    quote_open = False
    glue = False  # the next token is written against the previous one
    for tok in tokens:
        if tok == '"':
            if quote_open:
                out.append('"')
            else:
                out.append((" " if out else "") + '"')
                glue = True
            quote_open = not quote_open
            continue
        if out and not glue and tok not in _CLOSERS:
            out.append(" ")
        out.append(tok)
        glue = tok in _OPENERS
    return "".join(out).strip()


def _headline(tokens: tuple[str, ...]) -> str:
    text = detokenize(tokens)
    return text.title() if text.isupper() else text


def dateline(name: str, index: int) -> tuple[str, dt.date] | None:
    """The story's dateline city (as written) and date, or None when it has none."""
    doc = documents(name)[index]
    if len(doc) < 2:
        return None
    m = _DATELINE.match(detokenize(doc[1]))
    if m is None:
        return None
    return m["place"].strip(" ,"), dt.date.fromisoformat(m["date"])


def wire_page(page: str) -> str:
    """The story ``<file>#<n>`` as a plain-text page in the seed's format."""
    name, _, number = page.partition("#")
    index = int(number)
    doc = documents(name)[index]
    head = dateline(name, index)
    sentences = doc[2:] if head else doc[1:]
    # the wire's sign-off ("-- Dublin Newsroom +353 ...") is no part of the story
    body = [detokenize(s) for s in sentences if s and s[0] != "--"]
    if head and body:
        body[0] = f"{head[0]} - {body[0]}"  # the dateline as the wire writes it: "CAIRO - "
    lines = [_headline(doc[0]), "By Reuters"]
    if head:
        lines.append(f"Published: {head[1].isoformat()}")
    return "\n\n".join(lines + body) + "\n"


def published(page: str) -> dt.date | None:
    """The story's date, from its dateline."""
    name, _, number = page.partition("#")
    head = dateline(name, int(number))
    return head[1] if head else None
