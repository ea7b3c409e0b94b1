"""Content-finder rules added while measuring on the trafilatura-eval corpus, on invented pages."""

from __future__ import annotations

import pytest

from geoarticle.models import ImageCredit, RelatedLink
from geoarticle.parsers._clutter import is_prompt
from geoarticle.parsers.html import parse_html
from geoarticle.parsers.html._hints import FURNITURE, RELATED, hint_flags
from geoarticle.parsers.html._load import decode

ONE = (
    "The ferry company said on Tuesday that the winter timetable would start a week early, "
    "because the wind on the estuary had already cancelled six crossings this month."
)
TWO = (
    "Commuters from the island villages asked for an extra morning boat, and the harbour "
    "master agreed to test one on Mondays and Thursdays until the end of January."
)
THREE = (
    "A spokesman for the company added that the older of its two vessels would be refitted "
    "in the spring, with new engines paid for partly by the regional council."
)


def page(body: str) -> str:
    """A page around ``body``, with a title in the head."""
    return f"<html><head><title>Ferry timetable - Estuary News</title></head><body>{body}</body></html>"


def test_related_heading_block_ends_at_the_next_prose_paragraph() -> None:
    body = (
        f"<article><p>{ONE}</p><h2>Related</h2>"
        "<ul><li><a href='/a'>Ferry prices rise again this spring</a></li>"
        "<li><a href='/b'>New bridge opens to cyclists</a></li></ul>"
        f"<p>{TWO}</p><p>{THREE}</p></article>"
    )
    art = parse_html(page(body))
    assert art.body_text == f"{ONE}\n\n{TWO}\n\n{THREE}"
    assert [r.title for r in art.related_links] == [
        "Ferry prices rise again this spring",
        "New bridge opens to cyclists",
    ]


def test_paragraph_of_one_link_amid_the_article_is_a_teaser() -> None:
    body = (
        f"<article><p>{ONE}</p>"
        "<p><a href='https://post.example.net/locks'>Why the old locks leak every spring</a></p>"
        f"<p>{TWO}</p><p>{THREE}</p></article>"
    )
    art = parse_html(page(body))
    assert "old locks leak" not in art.body_text
    assert art.related_links == (
        RelatedLink(
            title="Why the old locks leak every spring", url="https://post.example.net/locks"
        ),
    )


def test_sentence_with_a_link_stays_in_the_body() -> None:
    body = (
        f"<article><p>{ONE}</p>"
        "<p>The full tables are <a href='/tables'>on the commission's site</a>.</p>"
        f"<p>{TWO}</p><p>{THREE}</p></article>"
    )
    assert "on the commission's site" in parse_html(page(body)).body_text


def test_labelled_credit_line_in_german_becomes_an_image_credit() -> None:
    body = f"<article><p>{ONE}</p><p>{TWO}</p><p>Titelbild: Ana Perl/Valley Post</p></article>"
    art = parse_html(page(body))
    assert "Ana Perl" not in art.body_text
    assert art.image_credits == (
        ImageCredit(label="Titelbild", credit="Ana Perl", via="Valley Post"),
    )


def test_class_names_read_by_their_parts() -> None:
    # BEM namespaces and elements, Drupal field prefixes
    assert hint_flags("c-newsletter__title") & FURNITURE
    assert hint_flags("field--name-field-tags") & FURNITURE
    assert hint_flags("field--name-field-related-articles") & RELATED
    assert hint_flags("relatedlinks") & RELATED
    # a behaviour hook that merely mentions the word is not a related block
    assert not hint_flags("js-truncate-related-to-my-size") & RELATED
    assert not hint_flags("js-code-nav-container") & FURNITURE


def test_text_is_in_unicode_normal_form_c() -> None:
    decomposed = "Cafe\u0301 owners on the quay said the new tables were welcome."
    body = f"<article><p>{ONE}</p><p>{decomposed}</p><p>{TWO}</p></article>"
    assert "Caf\u00e9 owners" in parse_html(page(body)).body_text


def test_stray_cp1252_byte_in_a_utf8_page_is_read_as_cp1252() -> None:
    html = (
        "<html><head><meta charset='utf-8'><title>T</title></head><body><p>"
        + "Die Br\u00fccke \u00fcber den Fluss ist f\u00fcr den Verkehr gesperrt. " * 3
        + "</p><p>Ein alter Satz: gr\xfc\xdfe.</p></body></html>"
    ).encode("latin-1", "ignore")
    utf8 = html.replace("Br\xfccke".encode("latin-1"), "Br\u00fccke".encode())
    utf8 = utf8.replace("\xfcber".encode("latin-1"), "\u00fcber".encode())
    utf8 = utf8.replace("f\xfcr".encode("latin-1"), "f\u00fcr".encode())
    text, encoding, warnings = decode(utf8)
    assert encoding == "utf-8"
    assert warnings
    assert "Br\u00fccke \u00fcber" in text
    assert "gr\u00fc\u00dfe" in text


def test_article_only_in_noscript_is_read() -> None:
    # a blog that renders its post from a script template, with a <noscript> copy for readers
    body = (
        "<div class='post-body'><script type='text/template'>"
        f"&lt;p&gt;{ONE}&lt;/p&gt;</script>"
        f"<noscript><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p></noscript></div>"
    )
    assert parse_html(page(body)).body_text == f"{ONE}\n\n{TWO}\n\n{THREE}"


def test_short_noscript_notice_stays_out() -> None:
    body = (
        f"<article><p>{ONE}</p><noscript><p>Please turn on JavaScript to see the comments.</p>"
        f"</noscript><p>{TWO}</p></article>"
    )
    assert "JavaScript" not in parse_html(page(body)).body_text


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our weekly letter",
        "Sign up for the harbour bulletin",
        "Follow us on the usual networks",
        "To continue reading, log in",
        "Jetzt abonnieren und nichts verpassen",
        "Suscríbete a nuestro boletín",
        "Únete a la comunidad",
        "Abonnez-vous pour lire la suite",
        "We may earn compensation from links on this page",
        "Um zu kommentieren, müssen Sie sich einloggen",
        "You must be logged in to post a comment",
        "Wir verwenden Cookies auf dieser Seite",
        "Impressum und Datenschutz",
        "Kontakt: redaktion@example.org",
        "© Valley Post",
        "Anzeige: Bootsmotoren im Angebot",
        "Kommentar verfassen Antwort abbrechen",
        "Sie müssen sich einloggen, um mitzureden",
        "We need your help to keep the dictionary free",
        "Leave a reply",
    ],
)
def test_prompt_lines(line: str) -> None:
    # each of these takes the fast path's key test and then the pattern
    assert is_prompt(line)


def test_prose_is_no_prompt() -> None:
    assert not is_prompt(ONE)
    assert not is_prompt(TWO)


def test_a_heading_that_calls_to_subscribe_is_furniture() -> None:
    body = (
        f"<article><p>{ONE}</p><p>{TWO}</p><h3>Pour lire la suite, créez votre compte</h3>"
        f"<p>{THREE}</p><h2>Kommentar verfassen</h2></article>"
    )
    art = parse_html(page(body))
    assert [s.heading for s in art.sections if s.heading] == []
    assert THREE in art.body_text


def test_link_box_shares_ignore_template_indentation() -> None:
    # a teaser list set with deep indentation: counted raw, the white space between the
    # links would pass for text of the box and keep it in the body
    pad = "\n" + " " * 48
    items = "".join(
        f"<div>{pad}<a href='/n{i}'>{title}</a>{pad}<span>Town desk, 1{i} January</span>{pad}</div>"
        for i, title in enumerate(
            (
                "Harbour master retires after forty years",
                "Night bus returns to the island route",
                "Fish market moves to the old customs hall",
                "Lighthouse open to visitors on Sundays",
            )
        )
    )
    box = f"<div class='box'>{pad}<h3>Town notes</h3>{pad}{items}</div>"
    body = f"<article><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p>{box}</article>"
    art = parse_html(page(body))
    assert art.body_text == f"{ONE}\n\n{TWO}\n\n{THREE}"


def test_a_furniture_name_is_weighed_against_the_prose_its_box_holds() -> None:
    # the class name says "ad", the box holds the page's paragraphs as its own children:
    # the name is a hint weighed against the prose, not a verdict (when no strong candidate
    # lies outside furniture); a list of comments holds its text in items, not paragraphs
    from lxml.html import fromstring

    from geoarticle.parsers.html._heuristics import Heuristics
    from geoarticle.parsers.html._para import Para
    from geoarticle.parsers.html._score import _in_furniture

    h = Heuristics()
    box = fromstring(f"<div class='story-ad'><p>{ONE}</p><p>{TWO}</p></div>")
    paras = [Para(p, len(p.text_content()), 2, True, 0) for p in box.iter("p")]
    assert not _in_furniture(box, paras, h)
    assert _in_furniture(box, None, h)  # a strong candidate outside furniture: the name holds
    comments = fromstring(f"<ul class='comments'><li><p>{ONE}</p></li><li><p>{TWO}</p></li></ul>")
    paras = [Para(p, len(p.text_content()), 2, True, 0) for p in comments.iter("p")]
    assert _in_furniture(comments, paras, h)


def test_comments_named_box_stays_out_beside_the_article() -> None:
    comments = "".join(
        f"<li><p>{t}</p></li>" for t in (ONE.upper(), TWO.upper(), THREE.upper(), ONE.lower())
    )
    body = (
        f"<article><h1>Ferry timetable starts early</h1><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p>"
        f"</article><ul class='comments'>{comments}</ul>"
    )
    art = parse_html(page(body))
    assert THREE in art.body_text
    assert ONE.upper() not in art.body_text


_PROSE = (
    "<p>The harbour board met on Tuesday to settle the dispute over the new quay, and the "
    "fishermen left the hall satisfied with the promise of a second mooring line.</p>"
)


def test_poll_of_choice_buttons_is_no_body() -> None:
    from geoarticle.parsers.html import parse_html

    poll = (
        "<div class='vote'><p>Which quay should open first this spring?</p><div>"
        "<label><input type='radio' name='q1'>The north quay.</label>"
        "<label><input type='radio' name='q1'>The south quay.</label>"
        "<label><input type='radio' name='q1'>Neither of them.</label></div></div>"
    )
    page = f"<html><body><article><h1>Quay dispute settled</h1>{_PROSE * 3}{poll}{_PROSE}</article></body></html>"
    text = parse_html(page).body_text
    assert "harbour board" in text
    assert "Which quay" not in text
    assert "north quay" not in text


def test_long_deck_under_the_headline_is_the_summary() -> None:
    from geoarticle.parsers.html import parse_html

    deck = " ".join(["The board agreed a plan for both quays after a long night of talks."] * 11)
    page = (
        f"<html><body><div class='top'><h1>Quay dispute settled</h1><h2>{deck}</h2></div>"
        f"<div class='story'>{_PROSE * 5}</div></body></html>"
    )
    art = parse_html(page)
    assert 600 < len(deck) < 1000
    assert art.summary == deck
    assert art.source_of("summary") == "text"
