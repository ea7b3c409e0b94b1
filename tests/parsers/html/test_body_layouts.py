"""Modern news layouts, on invented pages: class names weighed against the text that carries
them, split articles, standfirsts, composite headings, live blogs, hidden streaming content."""

from __future__ import annotations

from geoarticle.parsers.html import parse_html

# invented prose, long enough to read as article paragraphs
P = [
    "The river authority opened the new flood gates on Monday, three weeks ahead of the plan, "
    "after the rain in the hills had filled the upper reservoirs faster than forecast.",
    "Engineers said the gates could hold back a flood twice the size of the one that swept "
    "through the old town in the spring, when the water reached the steps of the town hall.",
    "Shopkeepers on the quay, who had sandbagged their doors for a month, carried the bags "
    "back to the council depot and said they hoped not to need them again this year.",
    "The authority will publish the gauges of every sluice on its site from next week, so that "
    "farmers downstream can see how much water is let through and when.",
    "A second set of gates, on the canal that joins the river below the weir, is due to be "
    "finished before the winter, if the steel arrives from the foundry on time.",
]


def page(body: str, head: str = "") -> str:
    """A page around ``body``: a menu, the body, a footer."""
    return (
        "<html><head><title>Flood gates open early - River Post</title>"
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"{body}<footer>River Post, 1 Quay Street</footer></body></html>"
    )


def test_a_paywall_class_on_the_article_paragraphs_is_article_text() -> None:
    paras = "".join(f'<p class="paywall">{p}</p>' for p in P[1:])
    body = (
        f'<main><div class="body__inner"><p>{P[0]}</p>{paras}'
        '<h2 class="paywall">What the gates hold back</h2>'
        f'<p class="paywall">{P[0]}</p></div></main>'
    )
    art = parse_html(page(body))
    for p in P:
        assert p in art.body_text
    assert [s.heading for s in art.sections if s.heading] == ["What the gates hold back"]


def test_an_article_wrapped_in_a_paywall_box_is_found() -> None:
    inner = "".join(f"<p>{p}</p>" for p in P)
    body = (
        '<aside class="sidebar"><p>Most read: a long list of other stories of the week, '
        "with short teasers, each a sentence long, that the site shows beside every "
        "article.</p></aside>"
        f'<article><h1>Flood gates open early</h1><div class="pmc-paywall">{inner}</div></article>'
    )
    text = parse_html(page(body)).body_text
    assert all(p in text for p in P)
    assert "Most read" not in text


def test_a_small_paywall_prompt_beside_the_article_is_furniture() -> None:
    inner = "".join(f"<p>{p}</p>" for p in P)
    body = (
        f"<article>{inner}"
        '<div class="paywall"><p>Already a reader? Our journalism needs your help.</p></div>'
        "</article>"
    )
    text = parse_html(page(body)).body_text
    assert P[-1] in text
    assert "Already a reader" not in text


def test_a_hidden_paywall_box_holds_the_rest_of_the_article() -> None:
    rest = "".join(f"<p>{p}</p>" for p in P[1:])
    menu = "".join(
        f"<li><a href='/s/{i}'>Section number {i} of the site</a></li>" for i in range(40)
    )
    body = (
        f"<ul class='menu-list'>{menu}</ul>"
        f"<article><h1>Flood gates open early</h1><div class='text'><p>{P[0]}</p>"
        f'<div class="paywall" hidden>{rest}</div></div></article>'
    )
    text = parse_html(page(body)).body_text
    assert all(p in text for p in P)


def test_other_hidden_boxes_stay_hidden() -> None:
    inner = "".join(f"<p>{p}</p>" for p in P)
    body = (
        f"<article>{inner}<div hidden><p>Cookie settings: we and our partners store and "
        "read information on your device, as described in our cookie notice.</p></div>"
        "</article>"
    )
    assert "Cookie settings" not in parse_html(page(body)).body_text


def test_a_streamed_boundary_is_shown_where_its_placeholder_stands() -> None:
    # React's streaming server rendering: the shell holds a <template id="B:0"> placeholder
    # and the content arrives at the end of the page in a <div hidden id="S:0">
    streamed = "".join(f"<p>{p}</p>" for p in P)
    body = (
        "<main><h1>Flood gates open early</h1><!--$?--><template id='B:0'></template>"
        "<p>Loading…</p><!--/$--></main>"
        "<div class='links'>"
        + "".join(f"<a href='/s/{i}'>Section {i}</a> " for i in range(40))
        + f"</div><div hidden id='S:0'><article>{streamed}</article></div>"
        "<script>$RC('B:0','S:0')</script>"
    )
    art = parse_html(page(body))
    assert [b.text for s in art.sections for b in s.blocks] == P


def test_the_standfirst_is_the_summary_out_of_the_body() -> None:
    lead = "The gates held back the first autumn flood, and the quay stayed dry for once."
    body = (
        f"<article><header><h1>Flood gates open early</h1><p>{lead}</p>"
        "<p>By Ana Perl</p></header>" + "".join(f"<p>{p}</p>" for p in P) + "</article>"
    )
    head = '<meta name="description" content="What the new flood gates mean for the quay.">'
    art = parse_html(page(body, head))
    assert art.summary == lead
    assert art.source_of("summary") == "text"
    assert lead not in art.body_text
    assert art.body_text.startswith(P[0])


def test_a_standfirst_of_several_lead_paragraphs_is_read_whole() -> None:
    leads = [
        "The gates held back the first autumn flood.",
        "Shopkeepers on the quay carried their sandbags back to the depot.",
    ]
    body = (
        "<article><h1>Flood gates open early</h1>"
        + "".join(f'<p class="article-lead">{t}</p>' for t in leads)
        + "".join(f"<p>{p}</p>" for p in P)
        + "</article>"
    )
    art = parse_html(page(body))
    assert art.summary == "\n\n".join(leads)
    assert art.body_text.startswith(P[0])


def _intro_page(intro: str, description: str) -> str:
    # a row of topic links between the title and the box named "intro"
    names = ("rivers", "weather", "the quay", "floods", "the council", "farming", "the canal")
    topics = " ".join(f"<a href='/t/{t}'>{t}</a>" for t in names)
    body = (
        f'<div class="top"><h1>Flood gates open early</h1><p>{topics} and more topics</p>'
        f'<div class="intro">{intro}</div></div>'
        '<div class="story">' + "".join(f"<p>{p}</p>" for p in P) + "</div>"
    )
    return page(body, f'<meta property="og:description" content="{description}">')


def test_a_box_named_intro_that_the_pages_description_agrees_with_is_the_summary() -> None:
    intro = "The gates held back the first autumn flood, and the quay stayed dry for once."
    art = parse_html(_intro_page(intro, "The gates held back the first flood of the autumn."))
    assert art.summary == intro
    assert art.source_of("summary") == "text"


def test_a_box_named_intro_that_says_something_else_than_the_description_is_no_summary() -> None:
    # a box named like a standfirst, away from the title, that agrees with none of the page's
    # descriptions (a section's blurb, another story's teaser) gives way to the description
    intro = "Every week our reporters walk a stretch of the coast and write about what they find."
    description = "The gates held back the first flood of the autumn, and the quay stayed dry."
    art = parse_html(_intro_page(intro, description))
    assert art.summary == description
    assert art.source_of("summary") == "opengraph"
    assert art.body_text.startswith(P[0])


def test_a_heading_of_a_decks_length_right_after_the_title_is_the_standfirst() -> None:
    deck = (
        "THE QUAY: Shopkeepers who sandbagged their doors for a month carried the bags back "
        "to the depot as the new gates held"
    )
    body = (
        f"<div class='story'><h1>Flood gates open early</h1><h2>{deck}</h2>"
        + "".join(f"<p>{p}</p>" for p in P)
        + "<h2>What comes next</h2>"
        + f"<p>{P[0]}</p></div>"
    )
    art = parse_html(page(body))
    assert art.summary == deck
    assert [s.heading for s in art.sections if s.heading] == ["What comes next"]
    assert art.body_text.startswith(P[0])


def test_a_short_heading_right_after_the_title_stays_a_heading() -> None:
    body = (
        "<div class='story'><h1>Flood gates open early</h1><h2>The gates</h2>"
        + "".join(f"<p>{p}</p>" for p in P)
        + "</div>"
    )
    art = parse_html(page(body))
    assert [s.heading for s in art.sections if s.heading] == ["The gates"]


def test_the_page_subtitle_is_no_summary() -> None:
    sub = "A second headline the page names as such, long enough to pass for a deck."
    body = (
        f"<article><header><h1>Flood gates open early</h1><p class='subtitle'>{sub}</p>"
        "</header>" + "".join(f"<p>{p}</p>" for p in P) + "</article>"
    )
    head = (
        f'<meta property="og:subtitle" content="{sub}">'
        '<meta name="description" content="What the new flood gates mean for the quay.">'
    )
    art = parse_html(page(body, head))
    assert art.subtitle == sub
    assert art.summary == "What the new flood gates mean for the quay."
    assert sub not in art.body_text


def _headings(body: str) -> list[str]:
    art = parse_html(page(f"<article>{body}</article>"))
    return [s.heading for s in art.sections if s.heading]


def test_headings_drawn_in_bold_fragments_or_inside_a_styled_span() -> None:
    body = (
        f"<p>{P[0]}</p><p><strong>What the</strong> <strong>gates hold back</strong></p>"
        f"<p>{P[1]}</p><p><span style='font-size:20px'><strong>Who pays</strong></span></p>"
        f"<p>{P[2]}</p><p><strong>What happened?</strong></p><p>{P[3]}</p>"
    )
    assert _headings(body) == ["What the gates hold back", "Who pays", "What happened?"]


def test_a_heading_broken_from_its_paragraph_by_css_alone() -> None:
    body = f"<p>{P[0]}</p><p><strong>The new sluices</strong>{P[1]}</p><p>{P[2]}</p>"
    art = parse_html(page(f"<article>{body}</article>"))
    assert [s.heading for s in art.sections if s.heading] == ["The new sluices"]
    assert P[1] in art.body_text
    assert "sluicesEngineers" not in art.body_text


def test_bold_bylines_dates_and_run_in_labels_are_no_headings() -> None:
    body = (
        f"<p><strong>By Ana Perl</strong></p><p>{P[0]}</p>"
        f"<p><strong>Update:</strong> {P[1]}</p><p><strong>12.05.2024</strong></p>"
        f"<p>{P[2]}</p><p><strong>Why did the council wait so long before it acted?</strong></p>"
        f"<p>{P[3]}</p>"
    )
    assert _headings(body) == []


def test_a_live_blog_is_a_section_per_post_without_its_post_headers() -> None:
    posts = "".join(
        f"<div class='entry'><div class='entry-info'><time>1{i}:05</time><span>Ana Perl</span>"
        f"</div><div class='entry-content'><h3>Update {i} from the quay</h3><p>{p}</p></div></div>"
        for i, p in enumerate(P[:4])
    )
    art = parse_html(page(f"<article><div class='entries'>{posts}</div></article>"))
    assert [s.heading for s in art.sections if s.heading] == [
        f"Update {i} from the quay" for i in range(4)
    ]
    assert "Ana Perl" not in art.body_text
    assert ":05" not in art.body_text
    assert all(p in art.body_text for p in P[:4])


def test_headings_drawn_in_bold_stay_at_one_level() -> None:
    body = (
        f"<h2>The gates</h2><p>{P[0]}</p><p><strong>First point</strong></p><p>{P[1]}</p>"
        f"<p><strong>Second point</strong></p><p>{P[2]}</p>"
    )
    art = parse_html(page(f"<article>{body}</article>"))
    assert [(s.heading, s.level) for s in art.sections if s.heading] == [
        ("The gates", 2),
        ("First point", 3),
        ("Second point", 3),
    ]


def test_captions_ending_in_a_credit_label_are_image_credits_not_body() -> None:
    caption = "The new gates at dawn, seen from the quay. Foto: Ana Perl/River Post"
    body = f"<p>{P[0]}</p><p>{caption}</p><p>{P[1]}</p><p>Facebook</p><p>{P[2]}</p>"
    art = parse_html(page(f"<article>{body}</article>"))
    assert "Ana Perl" not in art.body_text
    assert "Facebook" not in art.body_text
    assert [c.credit for c in art.image_credits] == ["Ana Perl"]


def _widget_page(between: str) -> tuple[str, list[str]]:
    """An article cut into one widget per paragraph, with ads and teaser lists between."""
    long = " ".join(P[:3]).replace(".", ",") + " and more, and more, and more."
    paras = [long, *P[3:], *(p.replace("gates", "sluices") for p in P)]
    teasers = '<div class="widget widget-links"><h3>Read more</h3><ul>' + "".join(
        f"<li><a href='/x{i}'>Another story about the weather in the hills, part {i}</a></li>"
        for i in range(14)
    )
    teasers += "</ul></div>"
    out = ""
    for i, text in enumerate(paras):
        out += f'<div class="widget widget-text w-{i}"><div class="text"><p>{text}</p></div></div>'
        out += between if i == 2 else teasers if i == 5 else ""
    return f'<div class="page"><div class="widgets">{out}{teasers}{teasers}</div></div>', paras


def test_an_article_split_into_boxes_between_ads_and_prompts_is_joined() -> None:
    prompt = (
        '<div class="reg-prompt"><p>Sign in or create a free account to keep reading.</p>'
        "<a href='/login'>Sign in</a></div>"
    )
    body, paras = _widget_page(prompt + '<div class="ad-slot">Advertisement</div>')
    text = parse_html(page(body)).body_text
    assert all(p in text for p in paras)
    for furniture in ("Sign in", "Advertisement", "Another story"):
        assert furniture not in text


def test_entries_of_a_listing_are_not_joined_to_the_first() -> None:
    other = P[0].replace("river", "lake")
    tags = ", ".join(f"<a href='/tag/{i}'>a tag of the site, number {i}</a>" for i in range(30))
    posts = '<div class="post"><h2>The first post</h2><div class="entry">'
    posts += "".join(f"<p>{p}</p>" for p in P) + "</div></div>"
    posts += "".join(
        f'<div class="post"><h2>Post number {i}</h2><div class="entry"><p>{other}</p></div></div>'
        for i in range(3)
    )
    archive = f'<div class="archive"><p>{tags}</p></div>'
    text = parse_html(page(f'<div class="posts">{posts}{archive}</div>')).body_text
    assert all(p in text for p in P)
    assert other not in text


def _ld(body: str) -> str:
    import json

    doc = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Flood gates"}
    doc["articleBody"] = body
    return f'<script type="application/ld+json">{json.dumps(doc)}</script>'


def test_the_jsonld_article_body_stands_in_for_an_article_a_script_renders() -> None:
    body = '<main><div id="app"><p>Loading the article, please wait.</p></div></main>'
    art = parse_html(page(body, head=_ld("\n\n".join(P))))
    assert [b.text for s in art.sections for b in s.blocks] == P


def test_article_body_markup_breaks_paragraphs() -> None:
    marked = "".join(f"<p>{p}</p>" for p in P[:3]) + f"{P[3]}<br>{P[4]}"
    art = parse_html(page("<main><p>Loading.</p></main>", head=_ld(marked)))
    assert [b.text for s in art.sections for b in s.blocks] == P


def test_the_html_body_wins_over_the_jsonld_article_body_when_it_holds_the_article() -> None:
    # the HTML holds the article (and more than the JSON-LD's shortened copy)
    html_body = "<article>" + "".join(f"<p>{p}</p>" for p in P) + "</article>"
    art = parse_html(page(html_body, head=_ld(" ".join(P[:4]))))
    assert [b.text for s in art.sections for b in s.blocks] == P


def test_article_text_written_into_the_header_of_its_article_is_kept() -> None:
    # a page whose article text sits in the <header> of an <article> (no title in it)
    body = (
        "<main><section><div><p>To protect your data we have blocked the loading of content "
        "from the video site. If you want to see it here, agree to the terms below; you may "
        "take your consent back at any time, as the privacy page explains.</p><p>I agree that "
        "this content is shown to me and that my personal data, such as my address, is passed "
        "on to the operator of the site it comes from, for that purpose only.</p></div>"
        "</section><section>"
        f"<article><figure><img src='/gate.jpg'></figure><header><div><p>{P[0]}</p>"
        f"<p>{P[1]}</p></div></header></article>"
        f"<article><figure><img src='/quay.jpg'></figure><header><div><p>{P[2]}</p>"
        f"<p>{P[3]}</p></div></header></article>"
        "</section></main>"
    )
    art = parse_html(page(body))
    for p in P[:4]:
        assert p in art.body_text


def test_a_short_article_header_with_a_byline_stays_out() -> None:
    body = (
        "<article><header><p>By Ana Perl, river correspondent, 3 May</p></header>"
        + "".join(f"<p>{p}</p>" for p in P)
        + "</article>"
    )
    art = parse_html(page(body))
    assert "Ana Perl" not in art.body_text
    assert P[0] in art.body_text


def _state(markup: str) -> str:
    import json

    state = {"queries": [{"data": {"detail": {"title": "Flood gates", "contentHtml": markup}}}]}
    # as frameworks write it: "<" escaped inside the JSON string
    text = json.dumps(state).replace("<", "\\u003c").replace(">", "\\u003e")
    return f"<script>window.__STATE__ = {text};</script>"


def test_an_article_only_in_a_script_state_is_read_from_it() -> None:
    markup = f"<p>{P[0]}</p><div class='ad'></div><h3>Below the weir</h3><p>{P[1]}</p><p>{P[2]}</p>"
    art = parse_html(page('<main><div id="root"></div></main>', head=_state(markup)))
    assert [s.heading for s in art.sections] == [None, "Below the weir"]
    assert all(p in art.body_text for p in P[:3])


def test_a_script_string_does_not_replace_an_article_in_the_html() -> None:
    html_body = "<article>" + "".join(f"<p>{p}</p>" for p in P[:3]) + "</article>"
    teaser = f"<p>{P[3]}</p><p>{P[4]}</p>"
    art = parse_html(page(html_body, head=_state(teaser)))
    assert P[0] in art.body_text
    assert P[3] not in art.body_text


def test_a_short_last_block_of_a_split_article_joins_it_despite_indented_markup() -> None:
    # each block is one field item with its own (here empty) heading, the markup indented:
    # whitespace is not text, and an empty heading titles nothing
    pad = "\n" + " " * 40
    blocks = [
        f'<div class="item">{pad}<div class="text">{pad}<h2></h2>{pad}<div class="x">'
        f"<p>{' '.join(P[:4])}</p></div>{pad}</div>{pad}</div>",
        f'<div class="item">{pad}<div class="text">{pad}<h2>{pad}Gauges online{pad}</h2>{pad}'
        f'<div class="x"><p>{P[3]}</p></div>{pad}{pad}</div>{pad}</div>',
    ]
    body = f'<main><div class="field">{"".join(blocks)}</div></main>'
    text = parse_html(page(body)).body_text
    assert P[0] in text
    assert "Gauges online" in text
    assert text.endswith(P[3])


def test_a_list_set_straight_inside_a_list_keeps_its_items() -> None:
    steps = ["Weigh the bags at the depot.", "Stack them on pallets.", "Log them."]
    inner = "".join(f"<li>{s}</li>" for s in steps[1:])
    body = f"<main>{''.join(f'<p>{p}</p>' for p in P)}<ol><li>{steps[0]}</li><ol>{inner}</ol></ol></main>"
    art = parse_html(page(body))
    lists = [b for s in art.sections for b in s.blocks if type(b).__name__ == "ListBlock"]
    assert lists
    assert list(lists[0].items) == steps


def test_the_pages_one_article_beats_a_longer_stream_of_other_stories() -> None:
    teaser = (
        "A short summary of another story on the portal, with enough words in it to count "
        "as a paragraph of prose for the scorer of candidate containers, and some more words."
    )
    stream = "".join(
        f"<li><h3><a href='/s/{k}'>Other story {k}</a></h3><p>{teaser} Item {k}.</p></li>"
        for k in range(14)
    )
    story = "".join(f"<p>{p}</p>" for p in P * 2)
    columns = (
        f"<div class='col'><article><div class='text'>{story}</div></article></div>"
        f"<div class='col'><ul class='stream'>{stream}</ul></div>"
    )
    art = parse_html(page(columns))
    assert art.body_text.startswith(P[0])
    assert "Other story" not in art.body_text
    assert "portal" not in art.body_text


def test_a_split_box_with_a_subheading_and_a_list_beside_its_paragraph_joins_the_article() -> None:
    # the rest of the article in a box of its own after an advertisement: a subheading and a
    # list of short items take more of its text than its one paragraph, yet it is the article's
    items = [f"Sluice number {n}, open" for n in range(1, 9)]
    first = "".join(f"<p class='txt'>{p}</p>" for p in P[:3] * 3)
    rest = (
        "<h2>Where the water goes now</h2><ul>"
        + "".join(f"<li>{i}</li>" for i in items)
        + f"</ul><p class='txt'>{P[4]}</p>"
    )
    body = (
        '<div class="layout"><div class="story-top"><div class="part">'
        f"{first}</div></div>"
        '<div class="ad-slot">Advertisement</div>'
        f'<div class="story-more"><div class="part">{rest}</div></div></div>'
    )
    text = parse_html(page(body)).body_text
    assert P[0] in text
    assert P[4] in text
    assert items[0] in text
    assert "Advertisement" not in text
