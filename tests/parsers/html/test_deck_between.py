"""The deck set in a box of its own between the title heading and the article's container."""

from __future__ import annotations

from geoarticle.parsers.html import parse_html

# invented prose
ONE = (
    "The ferry company added a second boat to the island crossing on Monday, after a summer "
    "in which queues at the harbour ran past the old customs house every weekend."
)
TWO = (
    "Islanders had asked for the extra sailings for three years, and the council said the "
    "timetable would be reviewed again once the autumn figures were in."
)
THREE = (
    "The new boat carries fewer cars but more bicycles, which the company said matched how "
    "most summer visitors now arrive on the island."
)
DECK = "Queues at the harbour ran for hours all summer; a second boat should halve the wait."
LONG_DECK = DECK + " The company says the new timetable starts in June."
TITLE = "Second ferry for the island crossing"


def page(body: str) -> str:
    """A page with ``TITLE`` in its head around ``body``."""
    return f"<html><head><title>{TITLE} - Coast Post</title></head><body>{body}</body></html>"


def story(between: str, *, heading: str = f"<h1>{TITLE}</h1>") -> str:
    """A title box, ``between``, then the story's text in a column of its own."""
    return page(
        '<nav><a href="/">Home</a> <a href="/coast">Coast</a></nav>'
        f'<div class="top"><div class="title-card">{heading}'
        '<div class="when">12.05.2025 10:00</div></div></div>'
        f'<div class="grid"><div class="col">{between}'
        f'<div class="text"><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></div></div>'
        '<div class="rail"></div></div><footer>Coast Post</footer>'
    )


def test_a_deck_in_its_own_box_before_the_text_is_the_summary() -> None:
    html = story(
        '<div class="media"><img src="a.jpg"><div class="credit">Photo Agency</div></div>'
        f'<div class="card"><h2 class="big">{LONG_DECK}</h2></div>'
    )
    art = parse_html(html)
    assert art.summary == LONG_DECK
    assert art.source_of("summary") == "text"
    assert art.body_text.startswith(ONE)


def test_a_deck_after_a_second_headline_beside_an_seo_h1() -> None:
    html = page(
        f'<div class="crumbs"><a href="/">Home</a><h1>{TITLE}</h1></div>'
        '<div class="head"><div><span>Published</span> <time>12 May</time></div>'
        "<div><h2>Ferries: the island gets its second boat</h2></div>"
        f"<div><p>{DECK}</p></div><div>by Ana Perl</div></div>"
        f'<div class="story-text"><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></div>'
    )
    art = parse_html(html)
    assert art.summary == DECK
    assert DECK not in art.body_text


def test_a_caption_or_a_list_of_links_is_no_deck() -> None:
    caption = "The old customs house by the harbour, where the queues began every weekend."
    links = "".join(
        f'<a href="/{n}">Another story about the coast, number {n}</a> ' for n in range(3)
    )
    for between in (
        f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption></figure>",
        f'<div class="more">{links}</div>',
    ):
        art = parse_html(story(between))
        assert art.source_of("summary") != "text"
        assert art.body_text.startswith(ONE)


def test_a_deck_is_not_taken_from_a_box_the_body_is_read_from() -> None:
    # the lead paragraph in a box before the rest of the text: the body's start, not a deck
    html = story(f'<div class="text"><p>{DECK} {ONE}</p></div>')
    art = parse_html(html)
    assert art.body_text.count("Queues at the harbour") == 1


def test_an_article_header_titled_by_an_h2_gives_its_deck() -> None:
    # the page's <h1> stands in a breadcrumb: the article's own header has an <h2> for title
    html = page(
        f'<div class="crumbs"><a href="/">Home</a><h1>{TITLE}</h1></div>'
        "<article><header><div><time>12 May</time></div>"
        "<div><h2>Ferries: the island gets its second boat</h2></div>"
        f'<div class="top-lead"><p>{DECK}</p></div><div>by Ana Perl</div></header>'
        f"<p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></article>"
    )
    art = parse_html(html)
    assert art.summary == DECK
    assert art.body_text.startswith(ONE)
    assert "Ana Perl" not in art.body_text
