"""An unnamed force is the force of its state that the article names (invented text)."""

from __future__ import annotations

import geoarticle
from geoarticle.models import ActorKind, Article


def _page(*paragraphs: str) -> Article:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return geoarticle.parse_html(
        "<html><head><title>News</title>"
        '<meta property="article:published_time" content="2025-03-06T10:00:00Z"></head>'
        f"<body><article><h1>News</h1>{body}</article></body></html>"
    )


def _arrests(article: Article) -> list[tuple[str, ...]]:
    return [e.sources for e in article.events if e.code.startswith("173")]


def test_police_are_the_named_police_force_of_their_state() -> None:
    art = _page(
        "The Kenya Police Service deployed extra units in Mombasa on Friday.",
        "Kenyan police arrested two men in Mombasa on Saturday.",
    )
    force = next(a.id for a in art.actors if a.name == "Kenya Police Service")
    assert [force in s and "country:KEN" in s for s in _arrests(art)] == [True]


def test_without_a_named_force_police_stay_their_state() -> None:
    art = _page("Kenyan police arrested two men in Mombasa on Saturday.")
    assert _arrests(art) == [("country:KEN",)]
    assert not [a for a in art.actors if a.kind is ActorKind.ORGANIZATION]
