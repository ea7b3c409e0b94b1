"""Teaser cards and caption-named boxes set in an article, on invented pages: a short box
whose one heading is a link and whose text closes with a link to the same page is a related
link; a caption-named box holding a paragraph of prose and no image is text."""

from __future__ import annotations

from geoarticle.parsers.html import parse_html

FIRST = [
    "The ferry between the two islands will run twice a day from Saturday, the harbour "
    "office said, after the new pier on the northern shore passed its last inspection.",
    "Tickets can be bought on board or at the kiosk by the lighthouse, and bicycles travel "
    "free of charge during the first month, the operator added in a short statement.",
    "Fishermen, who had asked for the link for years, said the evening crossing would let "
    "them sell their catch at the market on the larger island before it closes.",
]
TITLE = "Ferry to run twice a day"


def page(body: str) -> str:
    """A page titled ``TITLE`` around ``body``."""
    return (
        f"<html><head><title>{TITLE} | Island Courier</title></head><body>"
        f"{body}<footer>Island Courier, 2 Harbour Row</footer></body></html>"
    )


def test_a_teaser_card_set_in_the_article_is_a_related_link() -> None:
    card = (
        '<div class="box"><div class="box-label">Our podcast</div><div class="card">'
        '<h2><a href="/podcast/ferries">The ferry podcast: every crossing explained</a></h2>'
        "<p>Each week our reporters ride a different ferry and talk to its crew. "
        '<a href="/podcast/ferries" class="cta">more</a></p></div></div>'
    )
    body = (
        f"<main><article><h1>{TITLE}</h1><p>{FIRST[0]}</p>{card}"
        f"<p>{FIRST[1]}</p><p>{FIRST[2]}</p></article></main>"
    )
    art = parse_html(page(body))
    assert all(p in art.body_text for p in FIRST)
    assert "Each week our reporters" not in art.body_text
    assert any(link.url and link.url.endswith("/podcast/ferries") for link in art.related_links)


def test_a_section_under_a_linked_heading_is_article_text() -> None:
    # its heading is a link, but its text does not close with a link to the same page
    body = (
        f"<main><article><h1>{TITLE}</h1><p>{FIRST[0]}</p>"
        f'<div><h2><a href="/pier">The new pier</a></h2><p>{FIRST[1]}</p></div>'
        f"<p>{FIRST[2]}</p></article></main>"
    )
    text = parse_html(page(body)).body_text
    assert all(p in text for p in FIRST)


def test_a_video_description_in_a_caption_named_box_is_text() -> None:
    desc = (
        "The new ferry makes its first crossing at dawn: our reporter rode along with the "
        "crew and the first passengers, and asked them what the link means for the islands."
    )
    body = (
        f"<main><article><h1>{TITLE}</h1><div class='video'><div class='player'></div>"
        f"<div class='item-caption'><p class='item-description'>{desc}</p>"
        "<dl><dt>Video verfügbar bis 28.02.2031</dt></dl></div></div></article></main>"
    )
    text = parse_html(page(body)).body_text
    assert desc in text
    assert "verfügbar" not in text


def test_a_short_caption_away_from_its_image_stays_out() -> None:
    body = (
        f"<main><article><h1>{TITLE}</h1><p>{FIRST[0]}</p>"
        "<div class='caption'><p>The pier at dawn.</p></div>"
        f"<p>{FIRST[1]}</p></article></main>"
    )
    text = parse_html(page(body)).body_text
    assert FIRST[1] in text
    assert "The pier at dawn" not in text
