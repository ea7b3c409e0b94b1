"""Main content of invented pages: structure kept, furniture out, figures and related links apart."""

from __future__ import annotations

from pathlib import Path

import pytest

import geoarticle
from geoarticle import Article
from geoarticle.models import (
    Figure,
    ImageCredit,
    ListBlock,
    Paragraph,
    Preformatted,
    Quote,
    RelatedLink,
    Section,
    Table,
)
from geoarticle.parsers.html import parse_html

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "html" / "body"
URL = "https://ledger.example.org/world/harbour-talks"

# Sentences long enough to read as article prose; each page below wraps them in a trap.
ONE = (
    "The river commission met in the old customs house on Monday and agreed, after a long "
    "debate, to publish the water levels of every lock twice a day."
)
TWO = (
    "Boat owners had asked for the figures since the drought of last summer, when three "
    "barges ran aground within a week near the southern locks."
)
THREE = (
    "The commission said the first tables would appear in May, and that volunteers from the "
    "rowing clubs had offered to read the gauges at the smaller weirs."
)


def page(body: str, title: str = "River levels to be published") -> str:
    """A page around ``body``, with a title in the head."""
    return f"<html><head><title>{title} - Valley Post</title></head><body>{body}</body></html>"


def kinds(article: Article) -> list[tuple[str | None, list[str]]]:
    """Each section's heading and the kinds of its blocks."""
    return [(s.heading, [b.kind for b in s.blocks]) for s in article.sections]


@pytest.fixture(scope="module")
def news() -> Article:
    """The invented news page with every kind of furniture around its article."""
    return parse_html((FIXTURES / "news_page.html").read_bytes(), url=URL)


def test_news_sections_and_block_kinds(news: Article) -> None:
    assert kinds(news) == [
        (None, ["paragraph", "paragraph", "figure"]),
        ("What the councils want", ["paragraph", "list", "quote"]),
        ("Costs", ["table", "paragraph"]),
    ]
    assert [(s.heading, s.level) for s in news.sections] == [
        (None, 0),
        ("What the councils want", 2),
        ("Costs", 3),
    ]


def test_news_blocks_keep_their_content(news: Article) -> None:
    blocks = news.sections[1].blocks
    assert blocks[1] == ListBlock(
        items=("Night work limited to two hours", "Spoil shipped to the southern pits")
    )
    assert blocks[2] == Quote(
        text="We have waited long enough for a channel that works in every tide.",
        cite="Hanne Vos, harbour master",
    )
    assert news.sections[2].blocks[0] == Table(
        rows=(
            ("Phase", "Season", "Share"),
            ("One", "Spring", "60 / 40"),
            ("Two", "Autumn", "50 / 50"),
        )
    )


def test_news_inline_text_is_joined(news: Article) -> None:
    para = news.sections[1].blocks[0]
    assert isinstance(para, Paragraph)
    assert "a clause on noise at night, while" in para.text
    assert "with the first phase starting" in news.body_text


def test_news_figure_credit_split_from_caption(news: Article) -> None:
    assert news.sections[0].blocks[2] == Figure(image=0)
    assert news.image_credits == (
        ImageCredit(
            label="Photo",
            credit="Ivo Brandt",
            via="Harbour Press",
            caption="Workers inspect the damaged northern quay.",
            alt="The northern quay under repair",
            src="https://ledger.example.org/img/quay.jpg",
        ),
    )


@pytest.mark.parametrize(
    "furniture",
    [
        "cookies",  # cookie banner
        "Opinion",  # navigation
        "Harbour talks resume",  # the h1 that repeats the title
        "Mara Quell",  # byline
        "12 March 2024",  # date line
        "Share on Facebook",  # share bar
        "hidden from readers",  # display:none
        "Subscribe",  # newsletter prompt
        "Ports",  # tag list
        "About time",  # comment thread
        "3 comments",
        "Most read",
        "A story about something else",
        "All rights reserved",
        "Workers inspect",  # caption
        "Ivo Brandt",  # credit
        "Storm damage",  # inline related box
        "Ferry timetable",  # related block after the article
    ],
)
def test_news_furniture_stays_out(news: Article, furniture: str) -> None:
    assert furniture not in news.body_text


def test_news_related_links(news: Article) -> None:
    assert news.related_links == (
        RelatedLink(
            title="Storm damage closes the northern quay for the season",
            url="https://ledger.example.org/world/storm-damage",
        ),
        RelatedLink(
            title="Ferry timetable changes for the spring season",
            url="https://ledger.example.org/world/ferry-timetable",
            categories=("Transport",),
            excerpt="The island ferry adds two crossings on weekdays from April, the operator "
            "said on Monday.",
        ),
    )


def test_br_paragraphs() -> None:
    art = parse_html(page(f"<div class='story'>{ONE}<br><br>{TWO}<br>\n<br>{THREE}</div>"))
    assert [b.text for b in art.sections[0].blocks] == [ONE, TWO, THREE]


def test_single_br_breaks_a_line() -> None:
    art = parse_html(page(f"<p>{ONE}</p><p>Line one<br>line two</p><p>{TWO}</p>"))
    assert art.sections[0].blocks[1] == Paragraph(text="Line one\nline two")


def test_div_soup_without_p() -> None:
    body = f"<div id='main'><div>{ONE}</div><div><div>{TWO}</div></div><div>{THREE}</div></div>"
    art = parse_html(page(body))
    assert [b.text for b in art.sections[0].blocks] == [ONE, TWO, THREE]


def test_text_in_spans_and_inline_spacing() -> None:
    body = (
        f"<div class='article-body'><p>{ONE}</p>"
        "<div><span>The </span><span>level</span><span> at the <b>upper</b>lock</span> "
        "<a href='/x'>rose</a>, <em>slightly</em> , by <i>four</i>centimetres overnight.</span></div>"
        f"<p>{TWO}</p></div>"
    )
    art = parse_html(page(body))
    texts = [b.text for b in art.sections[0].blocks]
    assert texts[1] == "The level at the upperlock rose, slightly , by fourcentimetres overnight."
    assert "  " not in art.body_text


def test_nested_tables() -> None:
    body = (
        "<table class='layout'><tr><td class='nav'><a href='/a'>Home</a></td><td>"
        f"<p>{ONE}</p><table><tr><th>Lock</th><th>Level</th></tr>"
        "<tr><td>North</td><td>2.1 m</td></tr></table>"
        f"<p>{TWO}</p></td></tr></table>"
    )
    art = parse_html(page(body))
    assert kinds(art) == [(None, ["paragraph", "table", "paragraph"])]
    assert art.sections[0].blocks[1] == Table(rows=(("Lock", "Level"), ("North", "2.1 m")))


def test_lazy_image_and_noscript_copy() -> None:
    body = (
        f"<article><p>{ONE}</p>"
        "<img class='lazy' src='data:image/gif;base64,AAAA' data-src='/img/lock.jpg' alt='A lock'>"
        "<noscript><img src='/img/lock.jpg' alt='A lock'></noscript>"
        f"<p>{TWO}</p></article>"
    )
    art = parse_html(page(body), url="https://post.example.net/news/1")
    assert art.image_credits == (
        ImageCredit(alt="A lock", src="https://post.example.net/img/lock.jpg"),
    )
    assert kinds(art) == [(None, ["paragraph", "figure", "paragraph"])]


def test_noscript_image_kept_when_it_is_the_only_copy() -> None:
    body = f"<article><p>{ONE}</p><noscript><img src='/weir.png' alt='Weir'></noscript><p>{TWO}</p></article>"
    art = parse_html(page(body))
    assert [c.src for c in art.image_credits] == ["/weir.png"]


@pytest.mark.parametrize(
    "hidden",
    [
        "<p hidden>Secret words nobody should read here.</p>",
        "<p style='display: none'>Secret words nobody should read here.</p>",
        "<div style='visibility:hidden'><p>Secret words nobody should read here.</p></div>",
        "<div aria-hidden='true'>Secret words nobody should read here.</div>",
    ],
)
def test_hidden_elements(hidden: str) -> None:
    art = parse_html(page(f"<article><p>{ONE}</p>{hidden}<p>{TWO}</p></article>"))
    assert "Secret words" not in art.body_text
    assert ONE in art.body_text
    assert TWO in art.body_text


def test_comment_thread_and_cookie_banner() -> None:
    body = (
        "<div class='cookie-notice'><p>This site uses cookies for statistics and advertising "
        "partners, please accept them all.</p></div>"
        f"<div class='entry-content'><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></div>"
        "<section id='comments'><h3>Leave a reply</h3><article class='comment'>"
        "<p>I have lived by the river for forty years, and the levels were never published, "
        "which is a scandal, frankly, and a long one.</p></article></section>"
    )
    art = parse_html(page(body))
    assert [b.text for b in art.sections[0].blocks] == [ONE, TWO, THREE]
    assert len(art.sections) == 1


def test_inline_related_box_mid_article() -> None:
    body = (
        f"<div class='story-body'><p>{ONE}</p>"
        "<p><strong>Read more:</strong> <a href='/drought'>Barges stuck as the drought bites</a></p>"
        "<div class='related-box'><h4>Related</h4><a href='/gauges'>Volunteers read the river "
        "gauges</a></div>"
        f"<p>{TWO}</p></div>"
    )
    art = parse_html(page(body), url="https://post.example.net/news/2")
    assert [b.text for b in art.sections[0].blocks] == [ONE, TWO]
    assert [(r.title, r.url) for r in art.related_links] == [
        ("Barges stuck as the drought bites", "https://post.example.net/drought"),
        ("Volunteers read the river gauges", "https://post.example.net/gauges"),
    ]


def test_related_heading_takes_the_list_after_it() -> None:
    body = (
        f"<div class='content'><p>{ONE}</p><p>{TWO}</p><h2>More from the valley</h2>"
        "<ul><li><a href='/a'>Ferry prices rise again this spring</a></li>"
        "<li><a href='/b'>New bridge opens to cyclists</a></li></ul></div>"
    )
    art = parse_html(page(body))
    assert len(art.sections) == 1
    assert [r.title for r in art.related_links] == [
        "Ferry prices rise again this spring",
        "New bridge opens to cyclists",
    ]


def test_trailing_image_credit_list_becomes_credits() -> None:
    body = (
        f"<article><p>{ONE}</p><figure><img src='/a.jpg' alt='Lock'></figure><p>{TWO}</p>"
        "<p>Image 1: Valley Archive via Flickr</p></article>"
    )
    art = parse_html(page(body))
    assert art.sections[0].blocks[-1] == Paragraph(text=TWO)
    assert art.image_credits == (
        ImageCredit(
            label="Image 1", credit="Valley Archive", via="Flickr", alt="Lock", src="/a.jpg"
        ),
    )
    assert "Valley Archive" not in art.body_text


def test_caption_credit_in_parentheses() -> None:
    body = (
        f"<article><p>{ONE}</p><figure><img src='/b.jpg'>"
        "<figcaption>The upper lock at dawn (Photo: Ana Perl/Valley Post)</figcaption></figure>"
        f"<p>{TWO}</p></article>"
    )
    (credit,) = parse_html(page(body)).image_credits
    assert (credit.caption, credit.credit, credit.via) == (
        "The upper lock at dawn",
        "Ana Perl",
        "Valley Post",
    )


def test_pseudo_heading_pre_and_ordered_list() -> None:
    body = (
        f"<div class='post-content'><p>{ONE}</p><p><strong>How the gauges work</strong></p>"
        f"<p>{TWO}</p><pre>level = read(gauge)\n  publish(level)</pre>"
        "<ol><li>Read the gauge</li><li>Send the figure</li></ol></div>"
    )
    art = parse_html(page(body))
    assert art.sections[1].heading == "How the gauges work"
    assert art.sections[1].level == 2
    blocks = art.sections[1].blocks
    assert blocks[1] == Preformatted(text="level = read(gauge)\n  publish(level)")
    assert blocks[2] == ListBlock(items=("Read the gauge", "Send the figure"), ordered=True)


def test_lead_before_the_container_is_the_summary() -> None:
    body = (
        "<div class='article'><div class='article-header'><h1>River levels to be published</h1>"
        "<p class='lead'>Twice a day, every lock: the commission gives in to the boat owners.</p>"
        f"</div><div class='article-body'><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></div></div>"
    )
    art = parse_html(page(body))
    assert art.summary == "Twice a day, every lock: the commission gives in to the boat owners."
    assert art.source_of("summary") == "text"
    assert art.sections[0].blocks[0] == Paragraph(text=ONE)
    assert "Twice a day" not in art.body_text


def test_page_without_paragraphs_still_gives_its_text() -> None:
    art = parse_html(page("<a href='/x'><p>abc</p><p>def</p>ghi</a>"))
    assert art.body_text == "abc\n\ndef\n\nghi"


def test_own_html_serializer_reads_back() -> None:
    article = Article(
        title="Locks and levels",
        sections=(
            Section(blocks=(Paragraph(text=ONE), Figure(image=0))),
            Section(heading="Gauges", level=2, blocks=(Paragraph(text=TWO), Quote(text=THREE))),
        ),
        image_credits=(
            ImageCredit(
                label="Image 1", credit="Ana Perl", via="Flickr", src="https://x.example/a.jpg"
            ),
        ),
        related_links=(RelatedLink(title="Ferry prices rise again", url="https://x.example/f"),),
    )
    back = geoarticle.parse_html(geoarticle.dumps(article, "html"), annotate=False)
    assert back.sections == article.sections
    assert back.image_credits == article.image_credits
    assert back.related_links == article.related_links
