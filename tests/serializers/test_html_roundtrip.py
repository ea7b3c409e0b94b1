"""``parse_html(dumps(a, "html"))`` gives back title, authors, dates, sections, credits, links.

The HTML layout is lossy for what it cannot carry (actors, events, provenance);
these tests compare what it does carry, on articles whose text is prose (HTML
collapses whitespace, so generated texts are normalised sentences).
"""

from __future__ import annotations

from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st
from serializer_cases import full_article

import geoarticle
from geoarticle import Article, Author, AuthorKind, ImageCredit
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


def view(article: Article) -> dict[str, Any]:
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
        "related_links": list(article.related_links),
    }


def _round_trip(article: Article) -> Article:
    return geoarticle.parse_html(geoarticle.dumps(article, "html"), annotate=False)


def test_full_article_round_trip() -> None:
    article = full_article()
    assert view(_round_trip(article)) == view(article)


_NAMES = st.builds(
    lambda first, last: f"{first.title()} {last.title()}",
    gs.words(ascii_only=True),
    gs.words(ascii_only=True),
)
_ROLE = st.sampled_from(("Senior Fellow", "Correspondent", "Director of Research", None))
_AFFILIATION = st.sampled_from(("Example Institute", "Centre for Border Studies", None))
_AUTHORS = st.one_of(
    st.builds(Author, name=_NAMES, role=_ROLE, affiliation=_AFFILIATION),
    st.builds(
        Author, name=st.sampled_from(("Wire Agency", "Staff")), kind=st.just(AuthorKind.AGENCY)
    ),
)
_CREDITS = st.builds(
    ImageCredit,
    label=st.one_of(st.none(), st.integers(1, 9).map(lambda n: f"Image {n}")),
    credit=st.one_of(st.none(), _NAMES),
    via=st.sampled_from((None, "Flickr", "Wikimedia Commons")),
    caption=st.one_of(st.none(), gs.sentences()),
    alt=st.one_of(st.none(), gs.sentences()),
    src=gs.urls(),
    license=st.sampled_from((None, "CC BY 2.0", "CC BY-SA 4.0")),
)


@st.composite
def prose_articles(draw: st.DrawFn) -> Article:
    """Articles of normalised prose with realistic names and credit lines."""
    article = draw(
        gs.articles(
            text=gs.sentences(),
            with_actors=False,
            with_events=False,
            with_provenance=False,
            with_warnings=False,
        )
    )
    n = len(article.image_credits)
    return attrs.evolve(
        article,
        authors=tuple(draw(st.lists(_AUTHORS, max_size=3, unique_by=lambda a: a.name))),
        image_credits=tuple(draw(st.lists(_CREDITS, min_size=n, max_size=n))),
    )


@given(prose_articles())
def test_generated_articles_round_trip(article: Article) -> None:
    assert view(_round_trip(article)) == view(article)
