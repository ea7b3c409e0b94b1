"""Round trip: ``parse_text(dumps(a, "text"))`` gives back what the text layout carries.

Three sources. The seed article (read in place from ``../shared``, skipped when
absent) must come back exactly. The shared :func:`geoarticle.testing.strategies.articles`,
with prose sentences for every string, drives sections and blocks: headings of any
level (written with ``#`` marks when they would not read back as headings
unmarked), paragraphs, lists and quotes. Its credits are drawn from the same
sentences, which no credit-line reader takes for credits, so figures and credits
are driven by the local :func:`text_articles`, constrained to what the layout can
carry: title-cased headings without closing punctuation, sentences for
paragraphs, lists, quotes, tables, figures with alt text, image credits with
captions, related links with categories, bylines, dates and datelines.
"""

from __future__ import annotations

import datetime as dt
import string

import attrs
from hypothesis import assume, given
from hypothesis import strategies as st

from geoarticle import dumps, parse_text
from geoarticle.models import (
    Article,
    Author,
    Block,
    Dateline,
    Figure,
    ImageCredit,
    ListBlock,
    Paragraph,
    Quote,
    RelatedLink,
    Section,
    Table,
)
from geoarticle.parsers._bylines import _NOISE_WORDS
from geoarticle.parsers._bylines import _lexicon as _byline_lexicon
from geoarticle.parsers._credits import parse_credit
from geoarticle.parsers.text._lines import (
    date_line,
    is_caption_like,
    is_furniture,
    is_related_header,
    is_wire_credit,
    tags_line,
)
from geoarticle.testing.strategies import articles, sentences

_RESERVED = {"and", "via", "by", "of", "courtesy", "photo", "image", "credit", "source"}
word = st.text(string.ascii_lowercase, min_size=2, max_size=9).filter(lambda w: w not in _RESERVED)
cap = word.map(str.capitalize)


def _caps(lo: int, hi: int) -> st.SearchStrategy[str]:
    return st.lists(cap, min_size=lo, max_size=hi).map(" ".join)


def _plain_line(text: str) -> bool:
    return not (
        is_furniture(text)
        or is_related_header(text)
        or is_wire_credit(text)
        or tags_line(text) is not None
        or date_line(text, bare=True) is not None
        or parse_credit(text) is not None
    )


sentence = st.lists(word, min_size=6, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
heading = _caps(1, 6).filter(lambda h: _plain_line(h) and not is_caption_like(h))
_LEX = _byline_lexicon()
#: Words a byline reader rightly takes for roles, organisations or agencies, not names.
_NOT_NAME = _LEX.role_nouns | _LEX.role_modifiers | _LEX.org_nouns | _NOISE_WORDS
name = _caps(2, 3).filter(lambda n: not any(w.casefold() in _NOT_NAME for w in n.split()))
paragraph = st.builds(Paragraph, text=sentence)
list_block = st.builds(
    ListBlock, items=st.lists(sentence, min_size=1, max_size=4).map(tuple), ordered=st.booleans()
)
quote = st.builds(Quote, text=sentence, cite=st.none() | name)
table = (
    st.integers(2, 3)
    .flatmap(
        lambda n: st.lists(st.lists(cap, min_size=n, max_size=n).map(tuple), min_size=2, max_size=4)
    )
    .map(lambda rows: Table(rows=tuple(rows)))
)
block: st.SearchStrategy[Block] = st.one_of(paragraph, paragraph, list_block, quote, table)
credit = st.builds(
    ImageCredit,
    label=st.none() | st.integers(1, 9).map(lambda n: f"Image {n}"),
    credit=_caps(1, 4),
    via=st.none() | _caps(1, 2),
    caption=st.none() | sentence,
)
dates = st.one_of(
    st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)).map(
        lambda d: dt.datetime(d.year, d.month, d.day)
    ),
    st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2030, 12, 31)).map(
        lambda d: d.replace(microsecond=0, tzinfo=dt.timezone.utc)
    ),
)
dateline = st.builds(
    Dateline,
    place=_caps(1, 2),
    date_text=st.none() | st.sampled_from(["Oct 24", "Mar 3", "Jan 15"]),
    agency=st.none() | cap,
)


@st.composite
def related_links(draw: st.DrawFn) -> list[RelatedLink]:
    links = draw(
        st.lists(
            st.builds(
                RelatedLink,
                title=_caps(2, 7).filter(_plain_line),
                categories=st.lists(_caps(1, 3), max_size=2).map(tuple),
                url=st.none() | word.map(lambda w: f"https://example.org/{w}"),
                excerpt=st.none() | sentence.map(lambda s: s[:-1] + "…"),
            ),
            max_size=3,
            unique_by=lambda link: link.title.split()[0],
        )
    )
    cats = {c for link in links for c in link.categories}
    assume(not any(link.title.endswith(" " + c) for link in links for c in cats))
    return links


@st.composite
def text_articles(draw: st.DrawFn, *, marks: bool = False) -> Article:
    credits = draw(st.lists(credit, max_size=3))
    blocks_of = block
    if credits:
        figure = st.integers(0, len(credits) - 1).map(lambda i: Figure(image=i))
        blocks_of = st.one_of(block, figure)
    sections = []
    if draw(st.booleans()):
        sections.append(Section(blocks=tuple(draw(st.lists(blocks_of, min_size=1, max_size=3)))))
    for _ in range(draw(st.integers(0, 3))):
        level = draw(st.integers(1, 6)) if marks else 2
        blocks = tuple(draw(st.lists(blocks_of, min_size=1, max_size=3)))
        sections.append(Section(heading=draw(heading), level=level, blocks=blocks))
    shown = {b.image for s in sections for b in s.blocks if isinstance(b, Figure)}
    # alt text travels with a figure: images that no figure shows have none to carry
    credits = [
        attrs.evolve(c, alt=draw(st.none() | _caps(1, 5)) if i in shown else None)
        for i, c in enumerate(credits)
    ]
    authors = tuple(Author(name=n) for n in draw(st.lists(name, max_size=3, unique=True)))
    first_has_paragraph = bool(sections) and any(
        isinstance(b, Paragraph) for b in sections[0].blocks
    )
    return Article(
        title=draw(_caps(1, 10)),
        subtitle=draw(sentence) if authors and draw(st.booleans()) else None,
        authors=authors,
        published=draw(st.none() | dates),
        modified=draw(st.none() | dates),
        dateline=draw(dateline) if first_has_paragraph and draw(st.booleans()) else None,
        tags=tuple(draw(st.lists(cap, max_size=3, unique=True))),
        categories=tuple(draw(st.lists(cap, max_size=2, unique=True))),
        sections=tuple(sections),
        image_credits=tuple(credits),
        related_links=tuple(draw(related_links())),
    )


def _carried(a: Article) -> dict[str, object]:
    return {
        "title": a.title,
        "subtitle": a.subtitle,
        "authors": [x.name for x in a.authors],
        "published": a.published,
        "modified": a.modified,
        "dateline": a.dateline,
        "tags": a.tags,
        "categories": a.categories,
        "sections": a.sections,
        "image_credits": a.image_credits,
        "related_links": a.related_links,
    }


@given(text_articles())
def test_round_trip_carries_the_layout(article: Article) -> None:
    back = parse_text(dumps(article, "text"), annotate=False)
    assert _carried(back) == _carried(article)


@given(text_articles(marks=True))
def test_round_trip_with_heading_marks_keeps_levels(article: Article) -> None:
    back = parse_text(dumps(article, "text", marks=True), annotate=False)
    assert _carried(back) == _carried(article)


_simple = articles(
    text=sentences(min_words=3, max_words=12, ascii_only=True),
    block_kinds=("paragraph",),
    max_sections=1,
    lead=True,
    with_metadata=False,
    with_authors=False,
    with_dates=False,
    with_media=False,
    with_related=False,
    with_actors=False,
    with_events=False,
    with_provenance=False,
    with_warnings=False,
)


@given(_simple)
def test_round_trip_of_shared_paragraph_articles(article: Article) -> None:
    assume(any(s.blocks for s in article.sections))
    back = parse_text(dumps(article, "text"), annotate=False)
    assert back.title == article.title
    assert back.sections == tuple(s for s in article.sections if s.blocks)


_shared = articles(
    text=sentences(min_words=2, max_words=12, ascii_only=True),
    block_kinds=("paragraph", "list", "quote"),
    max_sections=3,
    with_metadata=False,
    with_authors=False,
    with_dates=False,
    with_media=False,
    with_related=False,
    with_actors=False,
    with_events=False,
    with_provenance=False,
    with_warnings=False,
)


@given(_shared)
def test_round_trip_of_shared_articles_keeps_sections_and_blocks(article: Article) -> None:
    # a lead section without blocks writes nothing: there is nothing to read back
    expected = tuple(s for s in article.sections if s.blocks or s.heading)
    assume(any(s.blocks for s in expected))
    # a heading with nothing after it reads back as a paragraph, as in any dump
    assume(expected[-1].blocks)
    back = parse_text(dumps(article, "text"), annotate=False)
    assert back.title == article.title
    assert back.sections == expected


def test_the_seed_round_trips_exactly(seed_text: str) -> None:
    first = parse_text(seed_text, annotate=False)
    assert any(isinstance(b, Figure) for s in first.sections for b in s.blocks)
    text = dumps(first, "text")
    assert "\n[Figure 2: US Afghanistan]\n" in text
    again = parse_text(text, annotate=False)
    assert attrs.evolve(again, warnings=first.warnings) == first
    assert dumps(again, "text") == text


def test_figure_lines_read_back_and_unknown_ones_stay_text() -> None:
    text = (
        "Talks in Geneva\n\nThe envoys met on Tuesday.\n\n[Figure 1: Envoys at the table]\n\n"
        "[Figure 3]\n\nThey met again.\n\nImage 1: Jane Roe via Flickr\n"
    )
    article = parse_text(text, annotate=False)
    blocks = article.sections[0].blocks
    assert blocks[1] == Figure(image=0)
    assert blocks[2] == Paragraph(text="[Figure 3]")
    assert article.image_credits[0].alt == "Envoys at the table"


def test_heading_levels_come_back_marked_only_where_needed() -> None:
    article = Article(
        title="Border Talks",
        sections=(
            Section(heading="The Crossing", level=4, blocks=(Paragraph(text="It reopened."),)),
            Section(heading="What Comes Next", level=2, blocks=(Paragraph(text="Talks."),)),
            Section(heading="Share this.", level=2, blocks=(Paragraph(text="Odd."),)),
        ),
    )
    text = dumps(article, "text")
    assert "\n#### The Crossing\n" in text
    assert "\nWhat Comes Next\n" in text  # level 2 reads back unmarked
    assert "\n## Share this.\n" in text  # would read as a paragraph (or furniture)
    back = parse_text(text, annotate=False)
    assert back.sections == article.sections
