"""Furniture at the edges of the article container, decks in article headers, landing pages."""

from __future__ import annotations

import pytest

from geoarticle.parsers.html import parse_html

# invented prose, long enough to read as article paragraphs
ONE = (
    "The orchard cooperative counted its pear trees on Tuesday and found, to the surprise of "
    "its oldest members, that the frost had spared almost every row on the upper terraces."
)
TWO = (
    "Pickers from three villages will start in the lower fields next week, where the fruit "
    "ripens earlier, and move uphill as the crates fill at the pressing house."
)
THREE = (
    "The cooperative said it would sell the first juice at the autumn market, and that the "
    "school had asked to send its pupils to help label the bottles."
)
DECK = "A late frost threatened the harvest, but the upper terraces came through almost untouched."


def page(body: str) -> str:
    """A page around ``body`` with a title in the head."""
    return (
        f"<html><head><title>Pear harvest - Hill Gazette</title></head><body>{body}</body></html>"
    )


def article(inner: str) -> str:
    """An article container between a menu and a footer."""
    return page(
        '<nav><a href="/">Home</a> <a href="/farming">Farming</a></nav>'
        f'<div class="story">{inner}</div><footer>Hill Gazette</footer>'
    )


def test_stray_lines_at_the_edges_are_dropped() -> None:
    html = article(
        "<p>Promis</p><p>Drucken</p>"
        f"<p>{ONE}</p><p>{TWO}</p><p>{THREE}</p>"
        "<p>Mehr Themen:</p><p>Harvest festival dates</p>"
    )
    text = parse_html(html).body_text
    assert ONE in text
    assert THREE in text
    for stray in ("Promis", "Drucken", "Mehr Themen", "Harvest festival dates"):
        assert stray not in text


def test_short_closing_sentence_is_kept() -> None:
    html = article(f"<p>{ONE}</p><p>{TWO}</p><p>{THREE}</p><p>The picking starts Monday.</p>")
    assert "The picking starts Monday." in parse_html(html).body_text


@pytest.mark.parametrize(
    "prompt",
    [
        "Dieser Beitrag enthält Werbung für unsere Partner.",
        "We may receive compensation when you click on links to these products.",
        "MIRA: Los precios de la fruta suben en el mercado central",
        "Du musst eingeloggt sein um Kommentare zu schreiben!",
        "© 2024 Hill Gazette. This article is the copyrighted property of Hill Gazette.",
        "The terraces at dawn. © Hill Press / Ana Ruiz",
        "In diesem Beitrag befinden sich sogenannte Affiliate-Links zu Händlern.",
    ],
)
def test_prompts_and_credit_captions_stay_out(prompt: str) -> None:
    html = article(f"<p>{ONE}</p><p>{prompt}</p><p>{TWO}</p><p>{THREE}</p>")
    text = parse_html(html).body_text
    assert prompt not in text
    assert ONE in text
    assert TWO in text


def test_embedded_tweet_is_kept() -> None:
    tweet = "The upper terraces look better than anyone hoped after that night of frost."
    html = article(
        f'<p>{ONE}</p><blockquote class="twitter-tweet"><p>{tweet}</p></blockquote>'
        f"<p>{TWO}</p><p>{THREE}</p>"
    )
    assert tweet in parse_html(html).body_text


def test_deck_after_the_title_in_the_article_header() -> None:
    html = page(
        '<article class="post"><header><h1>Pear harvest</h1>'
        f"<p>{DECK}</p></header>"
        f'<div class="post-body"><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></div></article>'
        "<aside><p>Sign up for our farming letter.</p></aside>"
    )
    art = parse_html(html)
    assert art.summary == DECK
    assert art.body_text.startswith(ONE)
    assert THREE in art.body_text


def test_deck_marked_as_subtitle_is_the_summary_not_body_text() -> None:
    html = page(
        '<article><header><h1>Pear harvest</h1><p class="subtitle">'
        f"{DECK}</p></header><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></article>"
    )
    art = parse_html(html)
    assert DECK not in art.body_text
    assert art.summary == DECK


def test_landing_page_main_of_sections() -> None:
    features = "".join(
        f"<li><h2>Feature {n}</h2><p>{text}</p></li>" for n, text in enumerate((TWO, THREE))
    )
    html = page(
        '<header><a href="/">Home</a></header><main>'
        f'<section class="intro"><p>{ONE}</p></section>'
        f'<section class="more"><ul class="features">{features}</ul></section>'
        "</main><footer>Hill Gazette</footer>"
    )
    text = parse_html(html).body_text
    assert ONE in text
    assert TWO in text
    assert THREE in text


def test_closing_teaser_list_is_cut() -> None:
    teasers = "".join(
        f"<h4>Column {n}</h4><p>Writer {n} on market prices this week.</p>" for n in range(4)
    )
    html = article(f"<p>{ONE}</p><p>{TWO}</p><p>{THREE}</p><h2>Other columns</h2>{teasers}")
    art = parse_html(html)
    assert THREE in art.body_text
    assert "Column 2" not in art.body_text
    assert "Other columns" not in [s.heading for s in art.sections]


def test_soft_hyphens_do_not_split_words() -> None:
    html = article(f"<p>Die Ern&shy;te be\u00adginnt bald. {ONE}</p><p>{TWO}</p><p>{THREE}</p>")
    assert "Die Ernte beginnt bald." in parse_html(html).body_text


@pytest.mark.parametrize("sign_off", ["Euer Tomasz", "Cheers, Jane Rowe", "Viele Grüße, Anna"])
def test_closing_sign_off_with_a_name_is_kept(sign_off: str) -> None:
    html = article(f"<p>{ONE}</p><p>{TWO}</p><p>{THREE}</p><p>{sign_off}</p>")
    assert parse_html(html).body_text.endswith(sign_off)


def test_long_caption_ending_in_its_credit_stays_out() -> None:
    caption = (
        "The valley's terraces at dawn, seen from the old watchtower above the village, where "
        "the pickers gather before the first light to share bread and coffee and plan the day "
        "ahead; the lower rows were planted by the founders of the cooperative in the spring "
        "after the great flood, and are still harvested by hand every autumn. Foto: Ana Ruiz/dpa"
    )
    assert len(caption) > 300
    html = article(f"<p>{ONE}</p><p>{caption}</p><p>{TWO}</p><p>{THREE}</p>")
    text = parse_html(html).body_text
    assert "watchtower" not in text
    assert THREE in text
