"""Property tests: generated HTML and text never break the contract, and round trips hold.

The HTML is random trees of real tags with real attributes (classes and ids that the
extractor reacts to, links, images, JSON-LD scripts, meta tags) around random unicode text,
serialized as markup and sometimes cut short or mis-nested. The text is random lines of
random unicode. Every call must return an Article that survives ``loads(dumps(a)) == a`` or
raise a GeoArticleError; annotation is left on so the annotators see the same input.
"""

from __future__ import annotations

import html
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geoarticle
from geoarticle import Article, GeoArticleError

_FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_BLOCK = ["div", "p", "section", "article", "main", "aside", "nav", "header", "footer",
          "ul", "ol", "li", "blockquote", "pre", "table", "tr", "td", "th", "figure",
          "figcaption", "h1", "h2", "h3", "h4", "dl", "dt", "dd", "form", "noscript",
          "svg", "math", "frameset", "iframe", "template"]  # fmt: skip
_INLINE = ["span", "a", "b", "i", "em", "strong", "small", "time", "cite", "sup", "code",
           "br", "img", "wbr", "font", "mark", "abbr", "q"]  # fmt: skip
_CLASSES = ["content", "article-body", "post", "comment", "share", "related", "byline",
            "author", "caption", "credit", "sidebar", "hidden", "ad", "footer", "entry",
            "story", "meta", "date", "x"]  # fmt: skip

_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40
) | st.sampled_from(
    [
        "The minister said talks with Moscow would resume on Monday.",
        "By Jane Roe, Reuters",
        "Photo: AP Photo/John Doe",
        "GENEVA (AFP) — Envoys met again.",
        "Related: Ceasefire holds",
        "Share this article",
        "<>&\"'",
        "",
    ]
)


def _attrs(draw: st.DrawFn, tag: str) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append(f'class="{" ".join(draw(st.lists(st.sampled_from(_CLASSES), max_size=3)))}"')
    if draw(st.booleans()):
        parts.append(f'id="{draw(st.sampled_from(_CLASSES))}"')
    if tag == "a":
        parts.append(
            f'href="{html.escape(draw(st.sampled_from(["/x", "https://e.example/a", "javascript:1", "", "#"])))}"'
        )
    if tag == "img":
        parts.append(f'src="{draw(st.sampled_from(["a.jpg", "/i/b.png", "data:x", ""]))}"')
        parts.append(f'alt="{html.escape(draw(_text))}"')
    if tag == "time":
        parts.append(
            f'datetime="{draw(st.sampled_from(["2024-03-01", "garbage", "1999-13-40T99:00"]))}"'
        )
    if draw(st.integers(0, 9)) == 0:
        parts.append('style="display:none"')
    return (" " + " ".join(parts)) if parts else ""


@st.composite
def _tree(draw: st.DrawFn, depth: int = 0) -> str:
    if depth > 6 or draw(st.integers(0, 3)) == 0:
        return html.escape(draw(_text)) if draw(st.booleans()) else draw(_text)
    tag = draw(st.sampled_from(_BLOCK + _INLINE))
    children = draw(st.lists(_tree(depth + 1), max_size=4))
    close = "" if draw(st.integers(0, 6)) == 0 else f"</{tag}>"  # sometimes left open
    return f"<{tag}{_attrs(draw, tag)}>{''.join(children)}{close}"


@st.composite
def pages(draw: st.DrawFn) -> str | bytes:
    """A random page: head metadata, JSON-LD, a body of random trees, maybe cut short."""
    head = []
    if draw(st.booleans()):
        head.append(f"<title>{html.escape(draw(_text))}</title>")
    if draw(st.booleans()):
        head.append(f'<meta property="og:title" content="{html.escape(draw(_text))}">')
    if draw(st.booleans()):
        head.append(f'<meta name="author" content="{html.escape(draw(_text))}">')
    if draw(st.booleans()):
        ld = draw(
            st.recursive(
                st.none() | st.booleans() | st.integers() | _text,
                lambda kids: (
                    st.lists(kids, max_size=3)
                    | st.dictionaries(
                        st.sampled_from(
                            [
                                "@type",
                                "headline",
                                "author",
                                "name",
                                "datePublished",
                                "@graph",
                                "image",
                                "keywords",
                                "url",
                                "x",
                            ]
                        ),
                        kids,
                        max_size=4,
                    )
                ),
                max_leaves=12,
            )
        )
        head.append(f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    body = "".join(draw(st.lists(_tree(), min_size=1, max_size=6)))
    page = f"<html><head>{''.join(head)}</head><body>{body}</body></html>"
    if draw(st.integers(0, 4)) == 0:
        page = page[: draw(st.integers(0, len(page)))]
    encoding = draw(st.sampled_from([None, "utf-8", "cp1252", "utf-16"]))
    if encoding is None:
        return page
    return page.encode(encoding, errors="replace")


def _holds(make: object) -> Article | None:
    try:
        article = make()  # type: ignore[operator]
    except GeoArticleError:
        return None
    assert isinstance(article, Article)
    assert geoarticle.loads(geoarticle.dumps(article)) == article
    return article


@_FAST
@given(pages())
def test_generated_html_keeps_the_contract(page: str | bytes) -> None:
    _holds(lambda: geoarticle.parse_html(page, url="https://news.example/a/b"))


@_FAST
@given(st.text(max_size=300))
def test_arbitrary_unicode_as_html(text: str) -> None:
    _holds(lambda: geoarticle.parse_html(text))


@_FAST
@given(st.binary(max_size=300))
def test_arbitrary_bytes_as_html(data: bytes) -> None:
    _holds(lambda: geoarticle.parse_html(data))


_line = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "",
            "By Jane Roe and John Doe",
            "Published: 3 March 2024",
            "KYIV, March 3 (Reuters) - Officials said the talks would resume.",
            "Photo: AP Photo/John Doe",
            "Related articles",
            "- a list item",
            "## A heading",
            "> a quoted line",
            "Share this:",
            "The envoy met the foreign minister of France in Geneva on Monday.",
        ]
    ),
)


@_FAST
@given(st.lists(_line, max_size=25))
def test_generated_text_keeps_the_contract(lines: list[str]) -> None:
    text = "\n".join(lines)
    article = _holds(lambda: geoarticle.parse_text(text))
    if article is not None:
        # the text layout reads back into an Article too (the text round trip is lossy by design)
        _holds(lambda: geoarticle.loads(geoarticle.dumps(article, "text"), "text"))


@_FAST
@given(st.text(max_size=400))
def test_find_actors_takes_any_text(text: str) -> None:
    for actor in geoarticle.find_actors(text):
        assert actor.mentions
