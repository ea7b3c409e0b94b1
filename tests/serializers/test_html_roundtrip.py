"""``parse_html(dumps(a, "html"))`` gives back title, authors, dates, sections, credits, links.

The HTML layout is lossy for what it cannot carry (actors, events, provenance);
these tests compare what it does carry, on articles whose text is prose (HTML
collapses whitespace, so generated texts are normalised sentences).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from serializer_cases import LEAD, SECOND, full_article

import geoarticle
from geoarticle import Article, Author, AuthorKind, ImageCredit, RelatedLink, Section
from geoarticle.models import Figure, ListBlock, Paragraph, Preformatted, Quote, Table
from geoarticle.testing import strategies as gs


def _block(block: Any) -> Any:
    if isinstance(block, Paragraph):
        return ("p", block.text)
    if isinstance(block, ListBlock):
        return ("list", block.ordered, block.items)
    if isinstance(block, Quote):
        return ("quote", block.text, block.cite)
    if isinstance(block, Preformatted):
        return ("pre", block.text)
    if isinstance(block, Table):
        return ("table", block.rows)
    assert isinstance(block, Figure)
    return ("figure", block.image)


def _author(author: Author) -> Any:
    return (author.name, author.kind is AuthorKind.PERSON, author.role, author.affiliation)


def view(article: Article, *, related: bool = True) -> dict[str, Any]:
    """What the HTML layout carries, in comparable form."""
    return {
        "title": article.title,
        "authors": [_author(a) for a in article.authors],
        "published": article.published,
        "modified": article.modified,
        "sections": [
            (s.heading, s.level, [_block(b) for b in s.blocks])
            for s in article.sections
            if s.heading is not None or s.blocks
        ],
        "image_credits": list(article.image_credits),
        "related_links": list(article.related_links) if related else None,
    }


def _round_trip(article: Article) -> Article:
    return geoarticle.parse_html(geoarticle.dumps(article, "html"), annotate=False)


def test_full_article_round_trip() -> None:
    article = full_article()
    back = _round_trip(article)
    assert view(back, related=False) == view(article, related=False)
    # The teaser with a link and a long enough excerpt comes back whole.
    link = article.related_links[0]
    longer = attrs.evolve(link, excerpt="The court ruled on the sea border between the two states.")
    article = attrs.evolve(article, related_links=(longer,))
    assert list(_round_trip(article).related_links) == [longer]


def test_example_article_round_trip() -> None:
    """The bundled example (a text dump: credits as a trailing list, teasers without links)."""
    from geoarticle.cli.commands import example_text

    article = geoarticle.parse_text(example_text(), annotate=False)
    assert article.image_credits
    assert view(_round_trip(article), related=False) == view(article, related=False)


def test_unplaced_credits_come_back_as_credit_lines() -> None:
    credits = (
        ImageCredit(label="Image 1", credit="Jon Field", via="Flickr"),
        ImageCredit(label="Image 2", credit="Example Ministry", via="Wikimedia Commons"),
    )
    article = Article(
        title="Credits at the end",
        sections=(Section(blocks=(Paragraph(text=LEAD), Paragraph(text=SECOND))),),
        image_credits=credits,
    )
    back = _round_trip(article)
    assert back.image_credits == credits
    assert view(back)["sections"] == view(article)["sections"]


@pytest.mark.parametrize(
    "image",
    [
        ImageCredit(via="Flickr", src="https://img.example.org/a.jpg"),
        ImageCredit(license="CC BY 2.0", src="https://img.example.org/a.jpg"),
        ImageCredit(credit="Jon Field", license="CC BY 2.0", src="https://img.example.org/a.jpg"),
    ],
)
def test_credit_line_without_author(image: ImageCredit) -> None:
    article = Article(
        title="One picture",
        sections=(Section(blocks=(Paragraph(text=LEAD), Figure(image=0))),),
        image_credits=(image,),
    )
    assert _round_trip(article).image_credits == (image,)


def test_related_links_without_url_or_with_short_excerpt() -> None:
    article = full_article()
    assert list(_round_trip(article).related_links) == list(article.related_links)


def test_short_sections_are_kept() -> None:
    article = Article(
        title="Short sections",
        sections=(
            Section(blocks=(Quote(text="We came to listen."),)),
            Section(heading="Pre", level=2, blocks=(Preformatted(text="a = 1"),)),
            Section(heading="Next", level=2, blocks=(Paragraph(text=LEAD), Paragraph(text=SECOND))),
        ),
    )
    assert view(_round_trip(article))["sections"] == view(article)["sections"]


def test_subtitle_stays_out_of_the_body() -> None:
    article = Article(
        title="Talks at the border",
        subtitle="A visit and a list of promises",
        sections=(Section(blocks=(Paragraph(text=LEAD), Paragraph(text=SECOND))),),
    )
    back = _round_trip(article)
    assert back.subtitle == article.subtitle
    assert view(back)["sections"] == view(article)["sections"]


def test_one_column_table() -> None:
    rows = (("Patrols",), ("Convoys",))
    article = Article(
        title="Small tables",
        sections=(
            Section(blocks=(Paragraph(text=LEAD), Table(rows=rows), Paragraph(text=SECOND))),
        ),
    )
    assert view(_round_trip(article))["sections"] == view(article)["sections"]


def test_other_metadata_round_trip() -> None:
    """Fields beyond the required ones that the layout also carries."""
    article = full_article()
    back = _round_trip(article)
    assert back.subtitle == article.subtitle
    assert back.site_name == article.site_name
    assert back.language == article.language
    assert back.canonical_url == article.canonical_url
    assert back.categories == article.categories
    assert back.tags == article.tags
    assert back.summary == article.summary


_NAMES = st.builds(
    lambda first, last: f"{first.title()} {last.title()}",
    gs.words(ascii_only=True),
    gs.words(ascii_only=True),
).filter(lambda n: n.split()[0] not in ("By", "And"))  # byline words, rightly stripped
_ROLE = st.sampled_from(("Senior Fellow", "Correspondent", "Director of Research", None))
_AFFILIATION = st.sampled_from(("Example Institute", "Centre for Border Studies", None))
_AUTHORS = st.one_of(
    st.builds(Author, name=_NAMES, role=_ROLE, affiliation=_AFFILIATION),
    st.builds(
        Author, name=st.sampled_from(("Wire Agency", "Staff")), kind=st.just(AuthorKind.AGENCY)
    ),
)
_CREDITS = (
    st.builds(
        ImageCredit,
        label=st.one_of(st.none(), st.integers(1, 9).map(lambda n: f"Image {n}")),
        credit=st.one_of(st.none(), _NAMES),
        via=st.sampled_from((None, "Flickr", "Wikimedia Commons")),
        caption=st.one_of(st.none(), gs.sentences()),
        alt=st.one_of(st.none(), gs.sentences()),
        src=gs.urls(),
        license=st.sampled_from((None, "CC BY 2.0", "CC BY-SA 4.0")),
    )
    .filter(
        # see test_credit_line_without_author
        lambda c: c.credit is not None or (c.via is None and c.license is None)
    )
    .filter(lambda c: c.license is None or c.label is not None or c.via is not None)
    # A label alone ("Image 1", no credit, via or licence) is written as the whole credit
    # line and reads back as a credit: ambiguous in the output, so never generated.
    .filter(lambda c: c.label is None or any((c.credit, c.via, c.license)))
)
#: Teasers as sites print them: a linked title of a few words, an excerpt of a sentence or two.
_RELATED = st.builds(
    RelatedLink,
    title=gs.sentences(min_words=4, max_words=9),
    url=gs.urls(),
    categories=st.lists(
        st.sampled_from(("Diplomacy", "Defense & Security", "Humanitarian Affairs")),
        max_size=2,
        unique=True,
    ).map(tuple),
    excerpt=st.one_of(
        st.none(), gs.sentences(min_words=10, max_words=16).filter(lambda t: len(t) >= 40)
    ),
)
_PUBLISHED = gs.datetimes().filter(lambda d: 1995 <= d.year <= 2025)


def _data_table(table: Table) -> bool:
    """A table of data (rows of two cells or more, all as wide), not a layout table."""
    widths = {len(r) for r in table.rows}
    return len(widths) == 1 and widths.pop() >= 2


def _renumber_figures(sections: tuple[Section, ...]) -> tuple[tuple[Section, ...], int]:
    """Sections that hold prose, figures numbered 0, 1, 2 ... in reading order.

    Sections without a paragraph and tables that look like layout are left out:
    see test_short_sections_are_kept and test_one_column_table.
    """
    out, n = [], 0
    for section in sections:
        if not any(isinstance(b, Paragraph) for b in section.blocks):
            continue
        blocks = []
        for block in section.blocks:
            if isinstance(block, Table) and not _data_table(block):
                continue
            if isinstance(block, Figure):
                block = Figure(image=n)
                n += 1
            blocks.append(block)
        out.append(attrs.evolve(section, blocks=tuple(blocks)))
    return tuple(out), n


@st.composite
def prose_articles(draw: st.DrawFn) -> Article:
    """Articles as a site would publish them, in normalised prose.

    Realistic names, credit lines and teasers; sentences of three words or more; no
    subtitle; every section holds a paragraph; tables hold data; each image
    credit is placed by one figure, in reading order, and shows its own image;
    related links come with a body; no heading repeats the title; dates lie between 1995 and 2025
    and an article is never modified before it was published.
    """
    article = draw(
        gs.articles(
            text=gs.sentences(min_words=3),
            with_actors=False,
            with_events=False,
            with_provenance=False,
            with_warnings=False,
            with_dates=False,
            with_related=False,
        )
    )
    sections, figures = _renumber_figures(article.sections)
    # Paragraphs of two sentences or more, as articles have them (one-line sections are
    # taken for furniture: see test_short_sections_are_kept).
    longer = gs.sentences(min_words=6, max_words=14)
    sections = tuple(
        attrs.evolve(
            sec,
            blocks=tuple(
                Paragraph(text=f"{b.text} {draw(longer)}") if isinstance(b, Paragraph) else b
                for b in sec.blocks
            ),
        )
        for sec in sections
    )
    # Articles are prose: every section carries at least one paragraph (a section of only a
    # quote or a figure is what teaser boxes look like, and the content finder drops those).
    sections = tuple(
        sec
        if any(isinstance(b, Paragraph) for b in sec.blocks)
        else attrs.evolve(
            sec, blocks=(Paragraph(text=f"{draw(longer)} {draw(longer)}"), *sec.blocks)
        )
        for sec in sections
    ) or (Section(blocks=(Paragraph(text=f"{draw(longer)} {draw(longer)}"),)),)
    # A heading that repeats the title is the title printed twice, not a section.
    title = article.title.casefold()
    assume(all((s.heading or "").casefold() != title for s in sections))
    published = draw(st.one_of(st.none(), _PUBLISHED))
    modified = None
    if published is not None:
        later = st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=400))
        modified = draw(st.one_of(st.none(), later.map(lambda d: published + d)))
    return attrs.evolve(
        article,
        authors=tuple(draw(st.lists(_AUTHORS, max_size=3, unique_by=lambda a: a.name))),
        published=published,
        modified=modified,
        sections=sections,
        image_credits=tuple(
            draw(st.lists(_CREDITS, min_size=figures, max_size=figures, unique_by=lambda c: c.src))
        ),
        # Teasers with no article around them are taken for the article: never generated.
        related_links=tuple(
            draw(st.lists(_RELATED, max_size=3 if sections else 0, unique_by=lambda r: r.url))
        ),
    )


# Derandomized: the content finder is heuristic, so CI checks one fixed, reviewed sample;
# run with a --hypothesis-seed locally to explore further.
@settings(derandomize=True, max_examples=40, deadline=None)
@given(prose_articles())
def test_generated_articles_round_trip(article: Article) -> None:
    got, want = view(_round_trip(article)), view(article)
    assert got == want
