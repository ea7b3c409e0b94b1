"""A related teaser's excerpt is kept even where it repeats the teaser's title."""

from __future__ import annotations

import geoarticle
from geoarticle.models.article import Article, Section
from geoarticle.models.blocks import Paragraph
from geoarticle.models.media import RelatedLink


def test_excerpt_ending_with_the_title_survives_the_html_round_trip() -> None:
    link = RelatedLink(
        title="Port talks resume.",
        url="http://example.org/port",
        excerpt="Negotiators met again on Monday. Port talks resume.",
    )
    article = Article(
        title="Harbour news.",
        sections=(Section(blocks=(Paragraph(text="The harbour reopened on Monday."),)),),
        related_links=(link,),
    )
    back = geoarticle.parse_html(geoarticle.dumps(article, "html"), annotate=False)
    assert back.related_links[0].excerpt == link.excerpt


def test_a_read_more_line_repeating_the_title_is_no_excerpt() -> None:
    page = """<html><body><article><h1>Harbour news</h1>
    <p>The harbour reopened on Monday after a week of repairs to the quay wall.</p>
    <p>Ferries will run to the usual timetable from Tuesday, the port said.</p>
    <aside class="related"><h2>Related</h2><ul><li>
    <a href="/port">Port talks resume after the strike</a>
    <div>Read more: <a href="/port">Port talks resume after the strike</a></div>
    </li></ul></aside></article></body></html>"""
    back = geoarticle.parse_html(page, url="http://example.org/a", annotate=False)
    assert [r.excerpt for r in back.related_links] == [None]
