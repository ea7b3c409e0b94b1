"""Every number the body extraction weighs with, in one frozen object.

The defaults were tuned on the trafilatura-eval, readability and fundus-dev corpora
(``benchmarks/bench_html_body.py``) with general rules only; ``tests/parsers/html/
test_quality_gate.py`` holds the floors they reach. Lengths are in characters of
text (whitespace collapsed), shares are fractions of characters.
"""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_HEURISTICS", "Heuristics"]


@attrs.frozen(kw_only=True)
class Heuristics:
    """The thresholds of the clutter rules, the body's edges, the scan and the container
    search. Pass a changed copy (``attrs.evolve(DEFAULT_HEURISTICS, ...)``) to experiment."""

    # --- lines (the rule chain's line rules) --------------------------------------------
    #: lines shorter than this are compared with the whole-line furniture phrases
    #: ("Share this"), date lines, agency credits and related-block headings
    short_line: int = 60
    #: lines shorter than this may be calls to subscribe, follow or log in
    prompt_line: int = 250
    #: lines shorter than this may be copyright or licence notices
    legal_line: int = 600
    #: lines shorter than this may be captions ending in a "© Agency" credit ...
    credit_tail_line: int = 500
    #: ... whose credit after the "©" is shorter than this and has at most so many words
    credit_tail_chars: int = 60
    credit_tail_words: int = 8
    #: ... after a caption of at least this many characters ("Titelbild: X" is a credit line
    #: of its own, read as an image credit)
    caption_min: int = 15
    #: lines shorter than this may be labelled credit lines ("Titelbild: X/Agency") ...
    credit_line: int = 200
    #: ... with their label's colon within so many characters
    credit_label_within: int = 40

    # --- boxes (the rule chain's element rules) -----------------------------------------
    #: a furniture-named box holding at least this share of the container is the article
    wrapper_share: float = 0.5
    #: a box (below ``link_box_chars``) with more than this share of link text is a link list
    link_box_share: float = 0.55
    link_box_chars: int = 3000
    #: a list with more than this share of link text is a link list
    link_list_share: float = 0.6
    #: a list of at least ``label_items`` items, each below ``label_item_chars`` and opening
    #: with a bold label of at most ``label_words`` words (or a definition list of such
    #: terms), is the page's metadata ("Datum ...", "Autor ...")
    label_items: int = 3
    label_item_chars: int = 200
    #: ... unless half its items or more are sentences of at least this many words
    label_sentence_words: int = 8
    label_words: int = 3
    #: the article's own header (with the ``<h1>``) is below this share of the container,
    #: or shorter than ``header_chars``
    header_share: float = 0.5
    header_chars: int = 600
    #: the header of an ``<article>`` (without the ``<h1>``) holding at least this many
    #: characters of paragraphs is article text
    header_prose: int = 300
    #: a box named as a caption, without an image, holding a paragraph of at least this many
    #: characters is text (a video's description), not a stray caption
    caption_prose: int = 150

    # --- the body's edges -----------------------------------------------------------------
    #: at each end of a body of at least ``edge_min_body`` characters, up to ``edge_most``
    #: stray lines are dropped: shorter than ``stray_line`` and no sentence, or a label
    #: ending in ":" shorter than twice that
    stray_line: int = 50
    edge_most: int = 3
    edge_min_body: int = 400
    #: a section is a teaser when its one text block is shorter than this; a closing run of
    #: at least ``teaser_run`` teaser sections after an empty heading is cut
    teaser_chars: int = 400
    teaser_run: int = 3
    #: a list item shorter than this that stands at least ``repeat_min``
    #: times in its list is furniture at every place
    repeat_line: int = 250
    repeat_min: int = 2

    # --- the scan -------------------------------------------------------------------------
    #: a hidden element is kept when it holds more than this share of the page's text
    hidden_keep_share: float = 0.7
    #: text written into a ``<div>`` beside its blocks counts when longer than this
    mixed_text: int = 150
    #: a ``<noscript>`` holding at least this much paragraph text, five times what
    #: surrounds it, is the article a script would render
    noscript_article: int = 400

    # --- the container search -------------------------------------------------------------
    #: paragraph-like elements shorter than this do not vote (table cells: ``min_cell``)
    min_paragraph: int = 25
    min_cell: int = 100
    #: a best candidate scoring below this is weak
    weak_score: float = 15.0
    #: the weight of a content-like (furniture-like) class or id
    class_weight: int = 25
    #: candidates kept after the first ranking
    top_candidates: int = 8
    #: a sibling joins the container when it scores this share of the best (and at least
    #: ``sibling_floor``); a sibling with the same class gets this share as a bonus
    sibling_share: float = 0.2
    sibling_floor: float = 10.0
    #: other candidates at least this share of the best make the search climb to their
    #: common ancestor
    climb_share: float = 0.4
    #: ... and hold at least this many characters, or as many as the best one (a short list
    #: of many commas is no chunk of a long article)
    climb_chars: int = 250
    #: a box beside the container (or beside one of its ancestors, up to ``split_levels``
    #: up) continues a split article when its paragraphs built like the article's hold at
    #: least ``split_min_chars`` characters, ``split_para_chars`` a paragraph on average and
    #: ``split_share`` of its text outside headings, lists, quotes, figures and tables, and
    #: links at most ``split_link_share`` of all its text
    split_levels: int = 3
    split_min_chars: int = 80
    split_para_chars: int = 80
    split_share: float = 0.6
    split_link_share: float = 0.3
    #: a best candidate outside the page's one ``<article>`` gives way to the best one
    #: inside it when that one scores at least ``weak_score`` and holds this many
    #: characters (a portal's stream of teasers beside the story)
    article_rival_chars: int = 1500
    #: a best candidate holding less than this share of the paragraph text is doubted:
    #: the search runs again without the furniture test
    doubt_share: float = 0.2
    #: the title anchor (``_anchor``): a heading showing the page's title (a title of at
    #: least ``anchor_title_min`` characters, compared without spaces or punctuation)
    #: vouches for the candidates after it; when a heading stands between it and the best
    #: candidate, the title's best candidate (at least ``anchor_min_chars`` characters)
    #: wins when it scores ``anchor_share`` of the best and the heading between is built
    #: like the title (the same tag and class: the next article's title), or, after another
    #: heading, when the best is a box of at most ``anchor_box_chars`` characters and it
    #: scores ``anchor_box_share`` of it
    anchor_title_min: int = 10
    anchor_min_chars: int = 100
    anchor_share: float = 0.25
    anchor_box_chars: int = 600
    anchor_box_share: float = 0.25

    # --- the JSON-LD articleBody ------------------------------------------------------------
    #: the page's JSON-LD ``articleBody`` (at least ``ld_body_min`` characters) replaces a
    #: body found in the HTML holding less than ``ld_body_share`` of its text (the article
    #: a script renders, or a teaser left in the HTML)
    ld_body_min: int = 500
    ld_body_share: float = 0.25
    #: a body shorter than this is looked for in the page's inline scripts too: the longest
    #: JSON string of paragraph markup (at least ``script_body_paragraphs`` ``<p>``, and this
    #: many characters of text) is the article when the body found is less than
    #: ``ld_body_share`` of it
    script_body_min: int = 500
    script_body_paragraphs: int = 2

    # --- headings without heading tags ----------------------------------------------------
    #: a bold line (or a bold phrase glued to the text after it) is a heading when it has at
    #: most this many characters and words, and no sentence end; a question at most
    #: ``question_heading_words`` words ("What happened?", not an interview's question)
    heading_chars: int = 100
    heading_words: int = 12
    question_heading_words: int = 4
    #: a run-in heading is followed by at least this much text in its paragraph
    run_in_rest: int = 40

    # --- live blogs -------------------------------------------------------------------------
    #: a box is a live blog when at least this many children are posts: each with a
    #: ``<time>``, a paragraph of at least ``live_prose`` characters, and links making at
    #: most ``live_link_share`` of its text
    live_posts: int = 3
    live_prose: int = 40
    live_link_share: float = 0.3
    #: ... and at most this many characters (a whole article is no post)
    live_post_chars: int = 4000
    #: a post's header (time, author, marks) holds at most this many characters
    live_header_chars: int = 80

    #: a poll's box of choice buttons grows to a parent adding at most this many characters
    #: (its question, a call to vote)
    choice_intro_chars: int = 200

    # --- the standfirst -------------------------------------------------------------------
    #: a lead-like block beside the container holds between these many characters
    lead_min: int = 60
    lead_max: int = 1500
    #: ... and, where the page has description meta tags, one of them agrees with it: at
    #: least this share of the words of the shorter of the two stand in the other
    lead_agree: float = 0.5
    #: the deck after the ``<h1>`` of the article's header holds between these many
    deck_min: int = 60
    deck_max: int = 1000
    #: ... and when it is a heading (``<h2>``, ``<h3>``), at least this many (so long a
    #: heading right after the title in the container is its deck too)
    deck_heading_min: int = 100


#: The heuristics ``parse_html`` uses.
DEFAULT_HEURISTICS = Heuristics()
