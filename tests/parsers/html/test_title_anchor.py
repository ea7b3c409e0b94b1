"""The title anchor, on invented pages: the heading that shows the page's title vouches for
the container after it, against a longer block that sits under a heading of its own."""

from __future__ import annotations

import attrs

from geoarticle.parsers.html import DEFAULT_HEURISTICS, parse_html

FIRST = [
    "The ferry between the two islands will run twice a day from Saturday, the harbour "
    "office said, after the new pier on the northern shore passed its last inspection.",
    "Tickets can be bought on board or at the kiosk by the lighthouse, and bicycles travel "
    "free of charge during the first month, the operator added in a short statement.",
    "Fishermen, who had asked for the link for years, said the evening crossing would let "
    "them sell their catch at the market on the larger island before it closes.",
]
OTHER = [
    "A storm that crossed the valley on Tuesday night tore roofs from three barns, toppled "
    "old oaks along the river road and left several villages without power until noon.",
    "Crews from four districts worked through the night to clear the road, which was "
    "reopened to traffic in the morning, while the school stayed closed for the day.",
    "The weather service had warned of gusts of up to ninety kilometres an hour, and said "
    "a second, weaker front, with heavy rain but less wind, would reach the coast on Friday.",
    "Farmers counted their losses in the afternoon; one, who lost the roof of his hay barn, "
    "said the insurance would cover the repair, but not the hay spoiled by the rain.",
    "The regional council has promised to pay for the clearing of fallen trees on private "
    "land, as it did after the last great storm, when the forest roads were closed for weeks.",
    "Volunteers from the fire brigade, who were called out eleven times in the night, asked "
    "people to keep away from the woods until the broken branches have been taken down.",
]
TITLE = "Ferry to run twice a day"


def page(body: str) -> str:
    """A page titled ``TITLE`` around ``body``."""
    return (
        f"<html><head><title>{TITLE} | Island Courier</title>"
        f'<meta property="og:title" content="{TITLE}"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"{body}<footer>Island Courier, 2 Harbour Row</footer></body></html>"
    )


def article(title: str, paras: list[str], n: int) -> str:
    """One article of a stacked page: its header with the title, its text, a teaser row."""
    text = "".join(f"<p>{p}</p>" for p in paras)
    return (
        f'<div class="scroll-item"><article class="story" id="story-{n}">'
        f'<header><h1 class="headline">{title}</h1></header>'
        f'<div class="story-text">{text}</div>'
        f'<section class="carousel"><h4><a href="/more/{n}">More from the region</a></h4>'
        "</section></article></div>"
    )


def test_a_page_of_stacked_articles_gives_the_one_under_its_title() -> None:
    body = (
        "<main>"
        + article(TITLE, FIRST, 0)
        + article("Storm tears roofs from barns", OTHER, 1)
        + "</main>"
    )
    art = parse_html(page(body))
    assert art.title == TITLE
    assert all(p in art.body_text for p in FIRST)
    assert not any(p in art.body_text for p in OTHER)


def test_without_the_anchor_the_stacked_articles_are_read_as_one() -> None:
    # the same page with the anchor's share out of reach: the container search climbs to
    # the box that holds both stories, as if they were one article split into boxes
    body = (
        "<main>"
        + article(TITLE, FIRST, 0)
        + article("Storm tears roofs from barns", OTHER, 1)
        + "</main>"
    )
    off = attrs.evolve(DEFAULT_HEURISTICS, anchor_share=10.0)
    text = parse_html(page(body), heuristics=off).body_text
    assert OTHER[0] in text
    assert FIRST[0] in text


def test_a_short_article_beats_a_longer_author_box_under_its_own_heading() -> None:
    bio = (
        "Born by the sea, she has written for the paper since 2015, mostly on fishing, "
        "ferries and the weather, and studied geography, history and Dutch at the "
        "university on the mainland before she came back to the islands."
    )
    body = (
        f'<main><article><header><h1>{TITLE}</h1></header><div class="text">'
        f'<section class="content article-content"><p><em>{FIRST[0]}</em></p></section></div>'
        '<div class="authors"><h2>Authors</h2><div class="content">'
        f"<p>{bio}</p></div></div></article></main>"
    )
    text = parse_html(page(body)).body_text
    assert FIRST[0] in text
    assert "Born by the sea" not in text


def test_a_subtitle_between_the_title_and_the_body_changes_nothing() -> None:
    text = "".join(f"<p>{p}</p>" for p in FIRST + OTHER[:2])
    body = (
        f"<main><article><h1>{TITLE}</h1><h2>The new pier passed its last inspection</h2>"
        f'<p class="intro">A short intro line before the text, of a sentence.</p>'
        f'<div class="body">{text}</div></article></main>'
    )
    out = parse_html(page(body)).body_text
    assert all(p in out for p in FIRST + OTHER[:2])


def test_an_article_in_sections_under_subheadings_is_read_whole() -> None:
    sections = "".join(
        f"<h2>Part {i}</h2><div class='part'><p>{a}</p><p>{b}</p></div>"
        for i, (a, b) in enumerate(zip(FIRST, OTHER, strict=False))
    )
    body = f"<main><article><h1>{TITLE}</h1>{sections}</article></main>"
    out = parse_html(page(body)).body_text
    assert all(p in out for p in FIRST + OTHER[:3])


def test_a_copy_of_the_title_is_no_other_article() -> None:
    text = "".join(f"<p>{p}</p>" for p in OTHER)
    body = (
        f'<div class="sticky"><h1>{TITLE}</h1></div>'
        f'<main><article><h1>{TITLE}</h1><div class="body">{text}</div></article></main>'
    )
    out = parse_html(page(body)).body_text
    assert all(p in out for p in OTHER)


def test_the_title_repeated_as_a_heading_after_a_line_of_text_is_no_section() -> None:
    text = "".join(f"<p>{p}</p>" for p in FIRST)
    body = (
        f'<nav><h1 class="breadcrumb">{TITLE}</h1></nav><main><article>'
        "<p>The new ferry at the pier on the northern shore, on its first morning.</p>"
        f'<h2 class="headline">{TITLE}</h2>'
        f'<div class="body">{text}<h2>What the fishermen say</h2><p>{OTHER[0]}</p></div>'
        "</article></main>"
    )
    art = parse_html(page(body))
    assert [s.heading for s in art.sections if s.heading] == ["What the fishermen say"]
    assert all(p in art.body_text for p in FIRST)
