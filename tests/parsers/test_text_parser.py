"""parse_text on the fixtures, the seed, the bundled example and bad input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from geoarticle import dumps, parse_text
from geoarticle.errors import LimitExceededError, NotAnArticleError, ParseError
from geoarticle.limits import Limits
from geoarticle.models import Article, Figure

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "text"
CASES = sorted(FIXTURES.glob("*.txt"))
EXAMPLE = Path(__file__).resolve().parents[2] / "src" / "geoarticle" / "data" / "example.txt"


def _structure(data: dict[str, Any]) -> dict[str, Any]:
    """The fields the fixtures pin down (author names only: roles belong to the byline parser)."""
    return {
        "title": data["title"],
        "subtitle": data["subtitle"],
        "authors": [a["name"] for a in data["authors"]],
        "published": data["published"],
        "modified": data["modified"],
        "dateline": data["dateline"],
        "tags": data["tags"],
        "sections": data["sections"],
        "image_credits": data["image_credits"],
        "related_links": data["related_links"],
    }


def test_there_are_at_least_ten_fixtures() -> None:
    assert len(CASES) >= 10
    assert all(c.with_suffix(".json").is_file() for c in CASES)


@pytest.mark.parametrize("path", CASES, ids=[c.stem for c in CASES])
def test_fixture_structure(path: Path) -> None:
    article = parse_text(path.read_text(encoding="utf-8"), annotate=False)
    got = json.loads(dumps(article))
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert _structure(got) == _structure(expected)


@pytest.mark.parametrize("path", CASES, ids=[c.stem for c in CASES])
def test_fixture_survives_the_text_round_trip(path: Path) -> None:
    article = parse_text(path.read_text(encoding="utf-8"), annotate=False)
    back = parse_text(dumps(article, "text"), annotate=False)
    assert back.title == article.title
    assert back.related_links == article.related_links
    assert back.image_credits == article.image_credits
    assert back.sections == article.sections  # figures included, where they stand


def _seed(seed_text: str) -> Article:
    return parse_text(seed_text, annotate=False)


def test_seed_title_and_sections(seed_text: str) -> None:
    article = _seed(seed_text)
    assert article.title == "Pakistan and the United States"
    assert article.sections[0].heading is None
    assert article.sections[0].level == 0
    headings = [s.heading for s in article.sections[1:]]
    assert headings == ["Quid Pro Quo Policy with Modest Thaw"]


def test_seed_caption_like_line_becomes_a_figure(seed_text: str) -> None:
    article = _seed(seed_text)
    figures = [b for s in article.sections for b in s.blocks if isinstance(b, Figure)]
    assert figures == [Figure(image=1)]
    assert article.image_credits[1].alt == "US Afghanistan"
    assert "US Afghanistan" not in article.body_text


def test_seed_credits_and_related(seed_text: str) -> None:
    article = _seed(seed_text)
    assert len(article.image_credits) == 2
    for credit in article.image_credits:
        assert credit.credit == "U.S. Department of State"
        assert credit.via == "Flickr"
    links = article.related_links
    assert len(links) == 3
    assert links[2].categories == ("Defense & Security", "Geopolitics & Diplomacy")
    assert all(link.categories for link in links)
    for link in links:
        assert not any(cat in link.title for cat in link.categories)
        assert link.excerpt is not None
        assert link.excerpt.endswith("…")


def test_seed_body_keeps_furniture_out(seed_text: str) -> None:
    article = _seed(seed_text)
    body = article.body_text
    for junk in ("Share this", "Related articles", "Image 1:", "Image 2:"):
        assert junk not in body
    for link in article.related_links:
        assert link.title not in body


def test_bundled_example_is_rich() -> None:
    article = parse_text(EXAMPLE.read_text(encoding="utf-8"), annotate=False)
    assert article.title.startswith("Somalia and Kenya")
    assert [a.name for a in article.authors] == ["Laila Osman", "Peter Kamau"]
    assert article.dateline is not None
    assert article.dateline.place == "Nairobi"
    assert article.published is not None
    assert len([s for s in article.sections if s.heading]) == 3
    assert len(article.image_credits) == 2
    assert [len(link.categories) for link in article.related_links] == [1, 1, 2]


@pytest.mark.parametrize("text", ["", "   \n\t  \n", "\ufeff\u200b"])
def test_empty_input_is_not_an_article(text: str) -> None:
    with pytest.raises(NotAnArticleError):
        parse_text(text, annotate=False)


def test_nul_bytes_and_surrogates_are_cleaned_with_warnings() -> None:
    article = parse_text(
        "Title\x00 Here\n\nA paragraph with a lone \udc80 surrogate.\n", annotate=False
    )
    assert article.title == "Title Here"
    assert len(article.warnings) == 2
    assert "\ufffd" in article.body_text


def test_binary_junk_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_text("\x00\x01\x02\x03" * 100 + "abc", annotate=False)


def test_size_limit() -> None:
    with pytest.raises(LimitExceededError):
        parse_text("Title\n\n" + "word " * 100, annotate=False, limits=Limits(max_input_bytes=100))


def test_block_limit_keeps_a_warning() -> None:
    text = "Title\n\n" + "\n\n".join(f"Paragraph number {i} is here." for i in range(50))
    article = parse_text(text, annotate=False, limits=Limits(max_blocks=10))
    assert sum(len(s.blocks) for s in article.sections) == 10
    assert any("blocks" in w for w in article.warnings)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = (
        "Title Line\n\n"
        "The ministry said on Monday that talks would resume in the capital\n"
        "next week, after a pause of several months caused by the dispute over\n"
        "fishing rights.\n"
    )
    article = parse_text(text, annotate=False)
    assert len(article.sections[0].blocks) == 1
    assert article.sections[0].blocks[0].text.endswith("the dispute over fishing rights.")


def test_last_heading_like_line_stays_a_paragraph() -> None:
    article = parse_text("Title\n\nA body paragraph here.\n\nThe End", annotate=False)
    assert [s.heading for s in article.sections] == [None]
    assert article.sections[0].blocks[-1].text == "The End"
