"""A sentence built round one long link is prose; furniture lines broken in one paragraph go."""

from __future__ import annotations

from geoarticle.parsers.html import parse_html

# invented prose
ONE = (
    "The harbour master said the new pontoon would open before the regatta, although the "
    "divers had found more silt under the old one than the survey had promised."
)
TWO = (
    "Sailing clubs along the estuary welcomed the news and asked for the slipway to be "
    "resurfaced at the same time, which the council has not yet agreed to do."
)
THREE = (
    "Work will start on the north side so that the ferry can keep its berth through the "
    "summer, and the car park will close for a fortnight in June."
)


def page(inner: str) -> str:
    """An interview page whose blocks sit in their own boxes."""
    return (
        "<html><head><title>Pontoon - Estuary News</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/sea">Sea</a></nav>'
        f'<div class="story"><p>{ONE}</p>{inner}<p>{TWO}</p><p>{THREE}</p></div>'
        "<footer>Estuary News</footer></body></html>"
    )


def test_a_question_round_one_long_link_is_kept() -> None:
    inside = (
        '<div><div><p>What is your <a href="/a">verdict on the survey of the old pontoon</a>, '
        "two weeks in?</p></div></div>"
    )
    at_end = (
        '<div><div><p>Why was there such a <a href="/b">rush to book the regatta '
        "berths this spring</a>?</p></div></div>"
    )
    text = parse_html(page(inside + at_end)).body_text
    assert "What is your verdict on the survey of the old pontoon, two weeks in?" in text
    assert "Why was there such a rush to book the regatta berths this spring?" in text


def test_a_labelled_link_or_a_menu_still_goes() -> None:
    teaser = (
        '<div><p>Read more: <a href="/c">The regatta returns to the estuary in style</a>.</p></div>'
    )
    menu = (
        '<div><a href="/d">Sailing news</a> <a href="/e">Tide tables and harbour notices</a></div>'
    )
    text = parse_html(page(teaser + menu)).body_text
    assert "regatta returns" not in text
    assert "Tide tables" not in text


def test_furniture_lines_broken_in_one_paragraph_go() -> None:
    fallback = (
        '<div class="player"><div>Try refreshing your browser, or<br>'
        '<a href="/videos">tap here to see other videos from our team</a>.</div></div>'
    )
    text = parse_html(page(fallback)).body_text
    assert "refreshing" not in text
    assert text.startswith(ONE)


def test_a_list_of_labels_glossed_in_sentences_is_the_articles() -> None:
    items = "".join(
        f"<li><strong>{label}:</strong> {gloss}</li>"
        for label, gloss in (
            ("Keep", "You use this rope on every trip and could not sail without it."),
            ("Mend", "You use it now and then, and a new splice would make it last."),
            ("Sell", "You bought it on a whim and have not taken it out of its bag."),
        )
    )
    meta = "<ul><li><b>Date</b> 12.05.2025</li><li><b>Author</b> Ana Perl</li><li><b>Tags</b> sea</li></ul>"
    text = parse_html(page(f"<ul>{items}</ul>{meta}")).body_text
    assert "Mend: You use it now and then" in text
    assert "Ana Perl" not in text
