"""Clutter told from structure alone (labelled metadata lists, repeated lines), on invented pages."""

from __future__ import annotations

from geoarticle.parsers.html import parse_html
from geoarticle.parsers.html._rules import DEFAULT_CHAIN

ONE = (
    "The orchard cooperative said on Friday that the late frost had cost it about a third "
    "of this year's cherries, the worst loss its members could remember."
)
TWO = (
    "Growers on the lower slopes fared better, and several said they would plant later "
    "flowering varieties next spring to spread the risk across the season."
)
THREE = (
    "The regional farm office promised to publish an estimate of the damage next month, "
    "after its inspectors have visited every member of the cooperative."
)


def page(body: str) -> str:
    """A page around ``body``, with a title in the head."""
    return f"<html><head><title>Frost hits cherries - Valley Post</title></head><body>{body}</body></html>"


def test_list_of_bold_labels_and_values_after_the_article_is_metadata() -> None:
    body = (
        f"<article><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p>"
        "<ul><li><strong>Date</strong> 12.05.2031</li>"
        "<li><strong>Author</strong> Mara Quell</li>"
        "<li><strong>Topics</strong> <a href='/t/a'>Farming</a>, <a href='/t/b'>Weather</a></li>"
        "<li><strong>Print</strong> <a href='#'>Print this page</a></li></ul></article>"
    )
    art = parse_html(page(body))
    assert art.body_text == f"{ONE}\n\n{TWO}\n\n{THREE}"


def test_definition_list_of_short_pairs_is_metadata() -> None:
    body = (
        f"<article><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p>"
        "<dl><dt>Date</dt><dd>12.05.2031</dd><dt>Author</dt><dd>Mara Quell</dd>"
        "<dt>Section</dt><dd>Farming</dd></dl></article>"
    )
    assert parse_html(page(body)).body_text == f"{ONE}\n\n{TWO}\n\n{THREE}"


def test_list_of_plain_items_stays() -> None:
    body = (
        f"<article><p>{ONE}</p><ul><li>Cherries lost a third</li><li>Plums lost a tenth</li>"
        f"<li>Apples were spared</li></ul><p>{TWO}</p><p>{THREE}</p></article>"
    )
    assert "Plums lost a tenth" in parse_html(page(body)).body_text


def test_the_rules_are_listed() -> None:
    assert "label-list" in DEFAULT_CHAIN.names()


def test_prompt_repeated_under_every_item_of_a_list_goes() -> None:
    tip = "Follow a topic to read its stories together on your page. Members only."
    body = (
        f"<article><p>{ONE}</p><p>{TWO}</p><p>{THREE}</p>"
        f"<ul><li><button>Farming</button><div><p>{tip}</p></div></li>"
        f"<li><button>Weather</button><div><p>{tip}</p></div></li></ul></article>"
    )
    assert "Follow a topic" not in parse_html(page(body)).body_text


def test_list_without_repeats_stays_whole() -> None:
    body = (
        f"<article><p>{ONE}</p><ul><li>Cherries lost a third</li><li>Plums lost a tenth</li>"
        f"</ul><p>{TWO}</p><p>{THREE}</p></article>"
    )
    assert "Cherries lost a third\nPlums lost a tenth" in parse_html(page(body)).body_text


def test_repeated_line_rule_is_listed() -> None:
    assert "repeated-line" in DEFAULT_CHAIN.names()
